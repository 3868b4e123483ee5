#!/bin/sh
#
# Ingest throughput of the real distribution next to the bare embedding model, on the same chunks.
#
#   strata  a fresh copy of distribution/target/strata-distribution-*.tar.gz, unpacked into a
#           temporary folder and started with `bin/strata start` (its shipped etc/run.yaml:
#           inline scheduler, files, inline::onnx, a Lucene vector store; all defaults, so
#           batch_concurrency 2), then `vs:create bench` and one `vs:ingest bench FILES...`.
#           Its figure is the batch's chunks per second: the chunks of the store (read from its
#           Lucene folder after `bin/strata stop`) over the batch job's running time, from
#           job:info's Started to Finished. The upload before the batch is not in it.
#   bare    a plain Java main (no OSGi): langchain4j's AllMiniLmL6V2QuantizedEmbeddingModel, the
#           model inline::onnx serves, embedding exactly those chunk texts (read from the first
#           round's stopped store), one text per call, on 2 threads like batch_concurrency 2.
#
# What Strata costs over the bare model is then reading and extracting each HTML file, cutting it
# into chunks by tokens, the Lucene writes and commits, the scheduler's job and checkpoints, the
# catalog records in Derby, and vs:ingest polling the batch every 500 ms. Both sides load the
# model before their clock starts and neither warms it up. The documents: the first FILES .html
# files by name (C locale) of Debian's postgresql-doc-15. Each round starts a new instance and
# a new peer JVM, alternating which side runs first; every Strata round must cut the same
# chunks (checked by digest). Per measurement it also prints the CPU time of the measured JVM (for
# Strata, over the whole vs:ingest command, upload included) and the cores that other processes
# used meanwhile (/proc/stat less the measured JVM; for Strata the console client's start is in
# it): on a shared machine read those before trusting a ratio of wall-clock rates.
# Figures, not a gate. Everything listens on 127.0.0.1 only.
#
# Usage: benchmarks/ingest/run.sh [ROUNDS]   (default 3)
# Environment: INGEST_FILES (default 150), INGEST_SSH_PORT (console port of the instances
# started here, default 18121; the run refuses to start if something listens there already).
# Needs the distribution (built here if missing) and postgresql-doc-15 (apt-get install
# postgresql-doc-15). About 3 minutes a round on 2 cores.
set -eu

ROUNDS=${1:-3}
FILES=${INGEST_FILES:-150}
PORT=${INGEST_SSH_PORT:-18121}
THREADS=2 # the Lucene provider's default batch_concurrency, so both sides run 2 at a time
DOCS=/usr/share/doc/postgresql-doc-15/html
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BENCH="${ROOT}/benchmarks/ingest"
PEER=dev.strata.benchmarks.ingest.IngestPeer

[ -d "${DOCS}" ] || { echo "${DOCS} is missing: apt-get install postgresql-doc-15" >&2; exit 1; }
case "${ROUNDS}" in
    '' | *[!0-9]* | 0) echo "ROUNDS must be a positive number, not '${ROUNDS}'" >&2; exit 2 ;;
esac

WORK=$(mktemp -d)
RUNNING=""
cleanup() {
    # only what this script started: the instance it is running, by its own bin/strata stop
    if [ -n "${RUNNING}" ]; then
        "${RUNNING}/bin/strata" stop >/dev/null 2>&1 || true
    fi
    rm -rf "${WORK}"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if ! ls "${ROOT}"/distribution/target/strata-distribution-*.tar.gz >/dev/null 2>&1; then
    echo "building the distribution (bundles/vectorio, features, distribution)"
    "${ROOT}/mvnw" -B -o -q -f "${ROOT}/pom.xml" install -DskipTests -pl bundles/vectorio,features,distribution
fi
archive=$(ls -t "${ROOT}"/distribution/target/strata-distribution-*.tar.gz | head -n 1)
# A copy, so that a build running meanwhile cannot change the distribution between rounds.
cp "${archive}" "${WORK}/distribution.tar.gz"

"${ROOT}/mvnw" -B -ntp -q -f "${BENCH}/pom.xml" package dependency:build-classpath \
    -Dmdep.outputFile=target/classpath.txt
CP="${BENCH}/target/classes:$(cat "${BENCH}/target/classpath.txt")"

find "${DOCS}" -maxdepth 1 -name '*.html' | LC_ALL=C sort | head -n "${FILES}" >"${WORK}/files.txt"
FILES=$(wc -l <"${WORK}/files.txt")
BYTES=$(xargs cat <"${WORK}/files.txt" | wc -c)

# Machine-wide busy CPU ticks (every state but idle and iowait), as CpuShare reads them.
machine_ticks() {
    awk '/^cpu /{print $2 + $3 + $4 + $7 + $8 + $9; exit}' /proc/stat
}
# utime + stime of one process, all its threads
process_ticks() {
    sed 's/.*) //' "/proc/$1/stat" | awk '{print $12 + $13}'
}
load1() {
    cut -d' ' -f1 /proc/loadavg
}
epoch() {
    date -u -d "$1" +%s.%N
}
field() { # field NAME FILE: the value of a key=value line
    sed -n "s/^$1=//p" "$2"
}

echo "distribution: $(basename "${archive}") ($(date -u -r "${archive}" +%FT%TZ))"
echo "documents:    the first ${FILES} .html files by name of ${DOCS} ($((BYTES / 1024)) KiB)"
echo "uptime at start: $(uptime)"
echo

# One Strata round: prints "rate seconds upload wait others load1" to the results file.
strata_round() {
    round=$1
    dir="${WORK}/strata-${round}"
    mkdir "${dir}"
    tar xzf "${WORK}/distribution.tar.gz" -C "${dir}" --strip-components=1
    # its own console port, so that a Strata already running here is neither used nor disturbed
    sed -i "s/^sshPort *=.*/sshPort = ${PORT}/" "${dir}/etc/org.apache.karaf.shell.cfg"
    if [ -n "$(ss -ltnH "sport = :${PORT}")" ]; then
        echo "port ${PORT} is taken; set INGEST_SSH_PORT to a free one" >&2
        exit 1
    fi
    RUNNING="${dir}"
    "${dir}/bin/strata" start >/dev/null
    "${dir}/bin/strata" cmd 'vs:create bench' >"${dir}.create"
    store=$(grep -o 'vs_[0-9a-f]*' "${dir}.create" | head -n 1)
    pid=$(cat "${dir}/karaf.pid")

    load_before=$(load1)
    machine0=$(machine_ticks)
    own0=$(process_ticks "${pid}")
    wall0=$(date +%s.%N)
    STRATA_CMD_TIMEOUT=3600 "${dir}/bin/strata" cmd "vs:ingest bench $(tr '\n' ' ' <"${WORK}/files.txt")" \
        >"${dir}.ingest"
    wall1=$(date +%s.%N)
    own1=$(process_ticks "${pid}")
    machine1=$(machine_ticks)
    load_after=$(load1)

    grep -q "completed in .*; ${FILES} completed, 0 failed, 0 cancelled" "${dir}.ingest" || {
        echo "round ${round}: the batch did not complete all ${FILES} files:" >&2
        cat "${dir}.ingest" >&2
        exit 1
    }
    upload=$(sed -n 's/^Uploaded .* in \([0-9.]*\)s[.;].*/\1/p' "${dir}.ingest")
    job=$(grep -o 'job-[0-9a-f]*' "${dir}.ingest" | head -n 1)
    "${dir}/bin/strata" cmd "job:info ${job}" >"${dir}.job"
    # a second attempt would embed some files twice and not be the figure asked for
    grep -q '^Status: *completed' "${dir}.job" && grep -q '^Attempts: *1$' "${dir}.job" || {
        echo "round ${round}: the batch job did not complete in one attempt:" >&2
        cat "${dir}.job" >&2
        exit 1
    }
    created=$(epoch "$(sed -n 's/^Created: *//p' "${dir}.job")")
    started=$(epoch "$(sed -n 's/^Started: *//p' "${dir}.job")")
    finished=$(epoch "$(sed -n 's/^Finished: *//p' "${dir}.job")")
    "${dir}/bin/strata" stop >/dev/null
    RUNNING=""

    java -cp "${CP}" "${PEER}" chunks "${dir}/data/vectorio/lucene/${store}" >"${dir}.chunks"
    [ "$(field files "${dir}.chunks")" -eq "${FILES}" ] || { cat "${dir}.chunks" >&2; exit 1; }
    if [ ! -d "${WORK}/texts" ]; then
        # the first round's chunks are the texts every bare round embeds
        cp -r "${dir}/data/vectorio/lucene/${store}" "${WORK}/texts"
        cp "${dir}.chunks" "${WORK}/texts.chunks"
    elif [ "$(field digest "${dir}.chunks")" != "$(field digest "${WORK}/texts.chunks")" ]; then
        echo "round ${round} cut other chunks than round 1:" >&2
        cat "${WORK}/texts.chunks" "${dir}.chunks" >&2
        exit 1
    fi
    chunks=$(field chunks "${dir}.chunks")
    rm -rf "${dir}"

    awk -v c="${chunks}" -v s="${started}" -v f="${finished}" -v cr="${created}" -v up="${upload:-nan}" \
        -v m="$((machine1 - machine0))" -v o="$((own1 - own0))" -v w0="${wall0}" -v w1="${wall1}" \
        -v l0="${load_before}" -v l1="${load_after}" -v r="${round}" 'BEGIN {
            others = (m - o) / 100 / (w1 - w0); if (others < 0) others = 0
            printf "strata %d %.2f %.3f %s %.3f %.2f %.1f %s-%s\n", r, c / (f - s), f - s, up, s - cr, others, o / 100, l0, l1
        }' >>"${WORK}/results"
}

# One bare round, on the first Strata round's chunks.
bare_round() {
    round=$1
    load_before=$(load1)
    OPT_OUT_TRACKING=true java -Dai.djl.offline=true -cp "${CP}" "${PEER}" bare "${WORK}/texts" "${THREADS}" \
        >"${WORK}/bare-${round}"
    load_after=$(load1)
    out="${WORK}/bare-${round}"
    printf 'bare %d %s %s - - %s %s %s-%s\n' "${round}" "$(field rate "${out}")" "$(field seconds "${out}")" \
        "$(field others_cores "${out}")" "$(field cpu_seconds "${out}")" "${load_before}" "${load_after}" \
        >>"${WORK}/results"
}

show() { # the latest result line, readable
    tail -n 1 "${WORK}/results" | awk '{
        if ($1 == "strata")
            printf "  strata %7.2f chunks/s  ingest %6.1f s  CPU %6.1f s  upload %s s  job wait %.3f s  others %.2f cores  load %s\n", $3, $4, $8, $5, $6, $7, $9
        else
            printf "  bare   %7.2f chunks/s  embed  %6.1f s  CPU %6.1f s                                others %.2f cores  load %s\n", $3, $4, $8, $7, $9
    }'
}

round=1
while [ "${round}" -le "${ROUNDS}" ]; do
    echo "round ${round}/${ROUNDS}"
    # Strata first in odd rounds, and always in round 1: the bare rounds embed its chunks.
    if [ $((round % 2)) -eq 1 ]; then
        strata_round "${round}"
        show
        bare_round "${round}"
        show
    else
        bare_round "${round}"
        show
        strata_round "${round}"
        show
    fi
    round=$((round + 1))
done

echo "uptime at end:   $(uptime)"
python3 - "${WORK}/results" "${WORK}/texts.chunks" <<'PY'
import statistics, sys

rows = [line.split() for line in open(sys.argv[1])]
chunks = dict(line.strip().split("=", 1) for line in open(sys.argv[2]))
strata = [r for r in rows if r[0] == "strata"]
bare = [r for r in rows if r[0] == "bare"]

def median(rows, column):
    values = [float(r[column]) for r in rows if r[column] not in ("nan", "-", "")]
    return statistics.median(values) if values else float("nan")

print()
print(f"files {chunks['files']}, chunks {chunks['chunks']} ({int(chunks['chars']) // 1024} KiB of text),"
      f" 2 at a time on both sides; median of {len(strata)} rounds")
print("round  strata chunks/s  bare chunks/s  overhead  CPU s strata/bare")
for s, b in zip(sorted(strata, key=lambda r: int(r[1])), sorted(bare, key=lambda r: int(r[1]))):
    overhead = (float(b[2]) - float(s[2])) / float(b[2]) * 100
    print(f"{s[1]:>5}  {float(s[2]):>15.2f}  {float(b[2]):>13.2f}  {overhead:>7.1f}%  {float(s[7]):>7.1f} / {float(b[7]):.1f}")
s_rate, b_rate = median(strata, 2), median(bare, 2)
print()
print(f"  Strata (vs:ingest batch job)      {s_rate:8.2f} chunks/s  ingest {median(strata, 3):.2f} s,"
      f" upload {median(strata, 4):.1f} s (not in the figure)")
print(f"  bare model (langchain4j, 2 thr.)  {b_rate:8.2f} chunks/s  embed  {median(bare, 3):.2f} s")
print(f"  overhead (bare - strata) / bare   {(b_rate - s_rate) / b_rate * 100:8.1f} %   target: at most 10 %")
print(f"  CPU time per chunk                strata {median(strata, 7) * 1000 / int(chunks['chunks']):.1f} ms,"
      f" bare {median(bare, 7) * 1000 / int(chunks['chunks']):.1f} ms (all threads of the measured JVM)")
print(f"  other processes meanwhile: median {median(rows, 6):.2f} cores of 2"
      f" (strata {median(strata, 6):.2f}, bare {median(bare, 6):.2f})")
PY
