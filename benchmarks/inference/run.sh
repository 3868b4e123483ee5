#!/bin/sh
#
# Local embeddings: texts per second through the bare model (langchain4j's
# AllMiniLmL6V2QuantizedEmbeddingModel, called directly) and through Strata's Inference service
# (inline::onnx, its default settings), alternating in rounds after a warm-up, on the same
# 256 short texts; then the memory the model needs: the resident set (VmRSS) of a JVM that has
# loaded it through the service, less that of the same JVM that has not. Figures, not a gate.
#
# Usage: benchmarks/inference/run.sh [ROUNDS]   (default 7)
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
"${ROOT}/mvnw" -B -ntp -q -f "${ROOT}/pom.xml" -pl bundles/inference -am -DskipTests install
"${ROOT}/mvnw" -B -ntp -q -f "${ROOT}/benchmarks/inference/pom.xml" package dependency:build-classpath \
    -Dmdep.outputFile=target/classpath.txt
CP="${ROOT}/benchmarks/inference/target/classes:$(cat "${ROOT}/benchmarks/inference/target/classpath.txt")"
# DJL must stay off the network (ARCHITECTURE.md section 7); the service refuses to start otherwise
OPT_OUT_TRACKING=true exec java -Dai.djl.offline=true -cp "${CP}" dev.strata.benchmarks.inference.Ratios "$@"
