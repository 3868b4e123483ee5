#!/bin/sh
#
# KV store throughput, one thread, on embedded Derby and on PostgreSQL, each next to its peer:
# raw JDBC insert-and-commit of one row on the same database (a durable set cannot beat it).
# Prints JMH's table, then each figure with its ratio to the peer. Figures, not a gate.
#
#   durableSet          one set of a new key, durable when it returns
#   batchedSet          sets in batches of 100, one transaction each (counted per set)
#   get                 a present key out of 10,000
#   prefixScan10k       a prefix scan returning 10,000 entries
#   rawInsertAndCommit  the peer
#
# PostgreSQL: STRATA_BENCH_POSTGRES_URL / STRATA_BENCH_POSTGRES_USER (default: the local
# server's database test, user postgres). Usage: benchmarks/kvstore/run.sh [JMH_INCLUDE_REGEX]
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
"${ROOT}/mvnw" -B -ntp -q -f "${ROOT}/pom.xml" -pl bundles/kvstore -am -DskipTests install
"${ROOT}/mvnw" -B -ntp -q -f "${ROOT}/benchmarks/kvstore/pom.xml" package
exec java -jar "${ROOT}/benchmarks/kvstore/target/kvstore-benchmarks.jar" "$@"
