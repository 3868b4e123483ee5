#!/bin/sh
#
# The inline scheduler's engine (bundles/scheduler, on the PostgreSQL KV store) next to its peer,
# db-scheduler 16.7.1, on the same PostgreSQL, one scheduler at a time. Each run of a figure gets
# fresh storage: a new KV namespace for Strata (deleted and the table vacuumed afterwards), a
# freshly created table for db-scheduler (dropped afterwards). Jobs are no-ops; both run at most
# 10 at once (the engine's default max_concurrent_jobs, db-scheduler's thread pool) on a pool of
# 12 connections. db-scheduler is set up for throughput: lock-and-fetch polling every 10 ms that
# picks up to 4 times its threads (its default, 1 time, ran end to end about 1.5 times slower),
# immediate execution, its documented PostgreSQL table. Prints each figure for both, the ratio
# Strata/db-scheduler, and whether Strata meets its target. Figures, not a gate.
#
#   1  durable enqueues/s, 1 thread     one job per call, durable when it returns     (>= 1.0x)
#   2  durable enqueues/s, 4 threads    the same from 4 threads; Strata group-commits  (>= 3x)
#   3  batch enqueue, jobs/s            100 jobs per call: scheduleAll / scheduleBatch (>= 1.0x)
#   4  no-op jobs/s end to end          20,000 jobs scheduled 100 a call into a running
#                                       scheduler, until the last completion is durable (>= 2x)
#   5  schedule-to-start p50 and p99    one job at a time, the next once the last completed:
#                                       from the schedule call's return (and, for insight, from
#                                       just before it) to the executor being entered (p50 <= 1 ms)
#   6  restart to first running job     100,000 jobs persisted with nothing running, scheduler
#                                       closed; then from opening a new one (pool included) and
#                                       starting it to the first executor call (<= 2 s)
#
# Method: 1-3 are JMH throughput benchmarks (1 fork, 1 x 3 s warm-up, 3 x 3 s measured, the mean),
# with neither scheduler started, so only enqueueing touches the database. 4-6 are plain rounds in
# one JVM: 4 and 6 two warm-up rounds and the median of 5 measured; 5 the percentiles of 2,000
# jobs after 500 warm-up jobs. Every round and JMH iteration begins with a CHECKPOINT (the user
# needs superuser or pg_checkpoint), so none pays for a checkpoint its predecessor made due. A
# full run takes about 5 minutes on 2 cores after the build; keep the machine otherwise idle (a
# parallel build halves some figures), or they measure the neighbours.
#
# PostgreSQL: STRATA_BENCH_POSTGRES_URL / STRATA_BENCH_POSTGRES_USER (default: the local server's
# database test, user postgres). Usage: benchmarks/scheduler/run.sh [quick]; quick (or
# STRATA_BENCH_QUICK=true) is a smoke run of under a minute with small sizes, not figures to quote.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
"${ROOT}/mvnw" -B -ntp -q -f "${ROOT}/pom.xml" -pl bundles/scheduler,bundles/kvstore -am -DskipTests install
"${ROOT}/mvnw" -B -ntp -q -f "${ROOT}/benchmarks/scheduler/pom.xml" package
exec java -Xmx2g -jar "${ROOT}/benchmarks/scheduler/target/scheduler-benchmarks.jar" "$@"
