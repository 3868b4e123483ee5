#!/bin/sh
#
# Vector search in a store's Lucene index (StoreIndex: HNSW, cosine) next to its peer, exact
# brute-force search in plain Java over the same vectors, which defines the right answer. Data:
# synthetic 384-dimensional unit vectors in 100 clusters (so that nearest neighbours mean
# something and approximate search can miss them), at 10,000 and 100,000 chunks, written as files
# of 500 chunks from 4 threads, then the index closed (which waits for its merges) and reopened.
# Queries: 1,000 new points from the same clusters, after 200 warm-up queries, limit 10, one thread.
# Prints, per size and for a search without and with a filter (an attribute that 10% of chunks
# have): p50 and p99 latency of the index and of the peer, and the index's recall@10 (the share
# of the exact 10 nearest it returns). Figures, not a gate.
#
# A full run takes about 5 minutes on 2 cores after the build; keep the machine otherwise idle,
# or it measures the neighbours. Usage: benchmarks/vectorio/run.sh [quick]; quick (or
# STRATA_BENCH_QUICK=true) is a smoke run with 2,000 and 10,000 chunks, not figures to quote.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
"${ROOT}/mvnw" -B -ntp -q -f "${ROOT}/pom.xml" -pl bundles/vectorio -am -DskipTests install
"${ROOT}/mvnw" -B -ntp -q -f "${ROOT}/benchmarks/vectorio/pom.xml" package
exec java -Xmx2g -jar "${ROOT}/benchmarks/vectorio/target/vectorio-benchmarks.jar" "$@"
