#!/bin/sh
#
# Ingest throughput of the real distribution next to the bare embedding model, on the same chunks.
#
#   strata  a fresh copy of distribution/target/strata-distribution-*.tar.gz, unpacked into a
#           temporary folder and started with `bin/strata start` (its shipped etc/run.yaml:
#           inline scheduler, files, inline::onnx, a Lucene vector store; all defaults, so
#           batch_concurrency 2), then two batches one after the other, each `vs:create NAME`
#           and `vs:ingest NAME FILES...` into a store of its own: "first" right after the start,
#           while the JVM still compiles the code ingest runs, and "second" on the warm JVM, as
#           a long-running server ingests. A batch's figure is its chunks per second: the
#           chunks of its store (read from its Lucene folder after `bin/strata stop`) over the
#           batch job's running time, from job:info's Started to Finished. The upload before
#           the batch is not in it.
#   bare    a plain Java main (no OSGi): langchain4j's quantized all-MiniLM-L6-v2, the model
#           inline::onnx serves, embedding exactly those chunk texts (read from the first round's
#           stopped store), one text per call, on 2 threads like batch_concurrency 2. It reads
#           every token of a chunk, as Strata does: langchain4j's AllMiniLmL6V2Quantized class
#           would cut each text to its tokenizer's 128 positions and so embed only half of a
#           256-token chunk (WholeTextModel explains); the peer prints the tokens it read. It
#           runs twice a round: "bare 1" with one ONNX Runtime thread per run, as the shipped
#           run.yaml sets inline::onnx's threads, and "bare all" with ONNX Runtime's default
#           (every core per run), as langchain4j ships it. The overhead is taken against the
#           faster of the two. The peer embeds the texts twice in one JVM, "first" and
#           "second" as Strata's batches.
#
# What Strata costs over the bare model is then reading and extracting each HTML file, cutting it
# into chunks by tokens, the Lucene writes and commits, the scheduler's job and checkpoints, the
# catalog records in Derby, vs:ingest polling the batch every 500 ms, and, in the first batch,
# compiling Lucene, jsoup and Derby code, which the bare model hardly has. Both sides load the
# model before their clock starts. The documents: the first FILES .html
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
# Builds the distribution (with every module it needs) and needs postgresql-doc-15 (apt-get install
# postgresql-doc-15). About 5 minutes a round on 2 cores.
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

# Always built, with every module it needs, so the figures are those of the code checked out.
echo "building the distribution"
"${ROOT}/mvnw" -B -ntp -q -f "${ROOT}/pom.xml" install -DskipTests -pl distribution -am
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

# One batch on the running instance: strata_batch DIR ROUND PHASE. Creates the store PHASE, ingests
# the files into it and appends "strata ROUND PHASE STORE seconds upload wait others cpu load" to
# the results file (chunks per second are worked out once the store can be read).
strata_batch() {
    dir=$1
    out="${dir}.$3"
    "${dir}/bin/strata" cmd "vs:create $3" >"${out}.create"
    store=$(grep -o 'vs_[0-9a-f]*' "${out}.create" | head -n 1)
    pid=$(cat "${dir}/karaf.pid")

    load_before=$(load1)
    machine0=$(machine_ticks)
    own0=$(process_ticks "${pid}")
    wall0=$(date +%s.%N)
    STRATA_CMD_TIMEOUT=3600 "${dir}/bin/strata" cmd "vs:ingest $3 $(tr '\n' ' ' <"${WORK}/files.txt")" \
        >"${out}.ingest"
    wall1=$(date +%s.%N)
    own1=$(process_ticks "${pid}")
    machine1=$(machine_ticks)
    load_after=$(load1)

    grep -q "completed in .*; ${FILES} completed, 0 failed, 0 cancelled" "${out}.ingest" || {
        echo "round $2, $3 batch: it did not complete all ${FILES} files:" >&2
        cat "${out}.ingest" >&2
        exit 1
    }
    upload=$(sed -n 's/^Uploaded .* in \([0-9.]*\)s[.;].*/\1/p' "${out}.ingest")
    job=$(grep -o 'job-[0-9a-f]*' "${out}.ingest" | head -n 1)
    "${dir}/bin/strata" cmd "job:info ${job}" >"${out}.job"
    # a second attempt would embed some files twice and not be the figure asked for
    grep -q '^Status: *completed' "${out}.job" && grep -q '^Attempts: *1$' "${out}.job" || {
        echo "round $2, $3 batch: its job did not complete in one attempt:" >&2
        cat "${out}.job" >&2
        exit 1
    }
    created=$(epoch "$(sed -n 's/^Created: *//p' "${out}.job")")
    started=$(epoch "$(sed -n 's/^Started: *//p' "${out}.job")")
    finished=$(epoch "$(sed -n 's/^Finished: *//p' "${out}.job")")
    awk -v s="${started}" -v f="${finished}" -v cr="${created}" -v up="${upload:-nan}" \
        -v m="$((machine1 - machine0))" -v o="$((own1 - own0))" -v w0="${wall0}" -v w1="${wall1}" \
        -v l0="${load_before}" -v l1="${load_after}" -v r="$2" -v p="$3" -v st="${store}" 'BEGIN {
            others = (m - o) / 100 / (w1 - w0); if (others < 0) others = 0
            printf "strata %d %s %s %.3f %s %.3f %.2f %.1f %s-%s\n", r, p, st, f - s, up, s - cr, others, o / 100, l0, l1
        }' >>"${WORK}/strata-rows"
}

# The chunks of a stopped store: checks them against the first round's, prints their count.
store_chunks() { # store_chunks DIR STORE LABEL
    java -cp "${CP}" "${PEER}" chunks "$1/data/vectorio/lucene/$2" >"$1.chunks"
    [ "$(field files "$1.chunks")" -eq "${FILES}" ] || { cat "$1.chunks" >&2; exit 1; }
    if [ ! -d "${WORK}/texts" ]; then
        # the first round's chunks are the texts every bare round embeds
        cp -r "$1/data/vectorio/lucene/$2" "${WORK}/texts"
        cp "$1.chunks" "${WORK}/texts.chunks"
    elif [ "$(field digest "$1.chunks")" != "$(field digest "${WORK}/texts.chunks")" ]; then
        echo "$3 cut other chunks than round 1's first batch:" >&2
        cat "${WORK}/texts.chunks" "$1.chunks" >&2
        exit 1
    fi
    field chunks "$1.chunks"
}

# One Strata round: a new instance, a first batch right after its start, then a second.
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
    : >"${WORK}/strata-rows"
    strata_batch "${dir}" "${round}" first
    strata_batch "${dir}" "${round}" second
    "${dir}/bin/strata" stop >/dev/null
    RUNNING=""
    while read -r kind r phase store rest; do
        chunks=$(store_chunks "${dir}" "${store}" "round ${r}, ${phase} batch")
        echo "${kind} ${r} ${phase} ${chunks} ${rest}" | awk '{
            printf "%s %s %s %.2f %s %s %s %s %s %s\n", $1, $2, $3, $4 / $5, $5, $6, $7, $8, $9, $10
        }' >>"${WORK}/results"
    done <"${WORK}/strata-rows"
    rm -rf "${dir}"
}

# One bare round, on the first Strata round's chunks: bare_round ROUND ONNX_THREADS_PER_RUN
# (0: ONNX Runtime's default). Appends a row for its first pass and one for its second.
bare_round() {
    round=$1
    out="${WORK}/bare-${round}-$2"
    load_before=$(load1)
    OPT_OUT_TRACKING=true java -Dai.djl.offline=true -cp "${CP}" "${PEER}" bare "${WORK}/texts" "${THREADS}" "$2" \
        >"${out}"
    load_after=$(load1)
    for phase in first second; do
        printf "bare$2 %d %s %s %s - - %s %s %s-%s %s %s\n" "${round}" "${phase}" \
            "$(field "${phase}_rate" "${out}")" "$(field "${phase}_seconds" "${out}")" \
            "$(field "${phase}_others_cores" "${out}")" "$(field "${phase}_cpu_seconds" "${out}")" \
            "${load_before}" "${load_after}" "$(field tokens "${out}")" "$(field longest_text_tokens "${out}")" \
            >>"${WORK}/results"
    done
}

show() { # show LINES: the latest result lines, readable
    tail -n "$1" "${WORK}/results" | awk '{
        if ($1 == "strata")
            printf "  strata   %-6s %7.2f chunks/s  ingest %6.1f s  CPU %6.1f s  upload %s s  job wait %.3f s  others %.2f cores  load %s\n", $3, $4, $5, $9, $6, $7, $8, $10
        else
            printf "  %-8s %-6s %7.2f chunks/s  embed  %6.1f s  CPU %6.1f s  tokens %d (longest text %d)  others %.2f cores  load %s\n", ($1 == "bare1" ? "bare 1" : "bare all"), $3, $4, $5, $9, $11, $12, $8, $10
    }'
}

round=1
while [ "${round}" -le "${ROUNDS}" ]; do
    echo "round ${round}/${ROUNDS}"
    # Strata first in odd rounds, and always in round 1: the bare rounds embed its chunks.
    if [ $((round % 2)) -eq 1 ]; then
        strata_round "${round}"
        show 2
        bare_round "${round}" 1
        show 2
        bare_round "${round}" 0
        show 2
    else
        bare_round "${round}" 0
        show 2
        bare_round "${round}" 1
        show 2
        strata_round "${round}"
        show 2
    fi
    round=$((round + 1))
done

echo "uptime at end:   $(uptime)"
python3 - "${WORK}/results" "${WORK}/texts.chunks" <<'PY'
import statistics, sys

# columns: side round phase rate seconds upload wait others cpu load [tokens longest]
rows = [line.split() for line in open(sys.argv[1])]
chunks = dict(line.strip().split("=", 1) for line in open(sys.argv[2]))
count = int(chunks["chunks"])
names = {"strata": "strata", "bare1": "bare 1", "bare0": "bare all"}

def pick(side, phase):
    return sorted((r for r in rows if r[0] == side and r[2] == phase), key=lambda r: int(r[1]))

def median(rows, column):
    values = [float(r[column]) for r in rows if r[column] not in ("nan", "-", "")]
    return statistics.median(values) if values else float("nan")

print()
print(f"files {chunks['files']}, chunks {count} ({int(chunks['chars']) // 1024} KiB of text),"
      f" 2 at a time on every side; median of {len(pick('strata', 'first'))} rounds")
tokens = pick("bare1", "first")[0]
print(f"the bare model read {int(tokens[10]) / count:.0f} tokens a chunk on average, at most {tokens[11]}")
for phase, what in (("first", "first batch after start (cold JVM)"), ("second", "second batch (warm JVM)")):
    print()
    print(f"{what}")
    print("  round  strata chunks/s  bare 1 chunks/s  bare all chunks/s  CPU s strata / bare 1 / bare all")
    for s, one, every in zip(pick("strata", phase), pick("bare1", phase), pick("bare0", phase)):
        print(f"  {s[1]:>5}  {float(s[3]):>15.2f}  {float(one[3]):>15.2f}  {float(every[3]):>17.2f}"
              f"  {float(s[8]):>7.1f} / {float(one[8]):.1f} / {float(every[8]):.1f}")
    for side in ("strata", "bare1", "bare0"):
        picked = pick(side, phase)
        print(f"  {names[side]:<9} {median(picked, 3):8.2f} chunks/s  {median(picked, 4):6.2f} s"
              f"  CPU {median(picked, 8) * 1000 / count:5.1f} ms a chunk  others {median(picked, 7):.2f} cores")
    best = max(("bare1", "bare0"), key=lambda side: median(pick(side, phase), 3))
    b_rate, s_rate = median(pick(best, phase), 3), median(pick("strata", phase), 3)
    print(f"  overhead against {names[best]}: (bare - strata) / bare = {(b_rate - s_rate) / b_rate * 100:.1f} %"
          f"   target: at most 10 %")
print()
print(f"upload before the first batch (not in its figure): median {median(pick('strata', 'first'), 5):.1f} s")
PY
