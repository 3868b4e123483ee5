#!/bin/sh
#
# Boot time of the Strata distribution, measured from outside with hyperfine (5 runs each):
#
#   1. strata-ready    `bin/strata start`: from launch until the stack is ready
#   2. strata-console  `bin/strata start` and then a first console command answered
#   3. karaf-console   the peer: stock Apache Karaf 4.4.10 (the full distribution; Central serves no minimal one) started with bin/start
#                      until a first console command is answered through bin/client
#
# 2 and 3 measure the same thing (launch to first answered command), so their ratio is the
# cost of Strata's features over plain Karaf. Needs the built distribution
# (./mvnw -DskipTests package) and hyperfine (Debian: apt-get install hyperfine).
#
# Usage: benchmarks/boot/run.sh [RUNS]      (RUNS defaults to 5)
set -eu

RUNS=${1:-5}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "${WORK}"' EXIT
KARAF_VERSION=4.4.10
JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
export JAVA_HOME

archive=$(ls "${ROOT}"/distribution/target/strata-distribution-*.tar.gz 2>/dev/null | head -n 1)
[ -n "${archive}" ] || { echo "build the distribution first: ./mvnw -DskipTests package" >&2; exit 1; }
command -v hyperfine >/dev/null || { echo "hyperfine is missing: apt-get install hyperfine" >&2; exit 1; }

mkdir -p "${WORK}/strata" "${WORK}/karaf"
tar xzf "${archive}" -C "${WORK}/strata" --strip-components=1

# The peer comes from Maven Central, as any Maven artifact does.
"${ROOT}/mvnw" -B -q dependency:copy -Dartifact="org.apache.karaf:apache-karaf:${KARAF_VERSION}:tar.gz" \
    -DoutputDirectory="${WORK}" >/dev/null
tar xzf "${WORK}/apache-karaf-${KARAF_VERSION}.tar.gz" -C "${WORK}/karaf" --strip-components=1
# Stock Karaf ships every console user commented out; bin/client needs one.
sed -i 's/^#karaf = karaf,_g_:admingroup/karaf = karaf,_g_:admingroup/; s/^#_g_/_g_/' "${WORK}/karaf/etc/users.properties"
# Both listen on their own SSH port, so a Strata running on this machine is not disturbed.
sed -i 's/^sshPort *=.*/sshPort = 18101/' "${WORK}/strata/etc/org.apache.karaf.shell.cfg"
sed -i 's/^sshPort *=.*/sshPort = 18102/' "${WORK}/karaf/etc/org.apache.karaf.shell.cfg"

S="${WORK}/strata/bin"
K="${WORK}/karaf/bin"
# Each run stops what the last run started and begins from an empty data folder, as a
# first boot after unpacking does.
reset_strata="${S}/strata stop >/dev/null; rm -rf ${WORK}/strata/data"
# bin/status says "not running" while the JVM is still exiting; wait for the process itself.
stop_karaf="${K}/stop >/dev/null 2>&1; pid=\$(cat ${WORK}/karaf/karaf.pid 2>/dev/null); while [ -n \"\$pid\" ] && kill -0 \$pid 2>/dev/null; do sleep 0.2; done"
reset_karaf="${stop_karaf}; rm -rf ${WORK}/karaf/data"
hyperfine --runs "${RUNS}" --export-json "${WORK}/strata.json" \
    --prepare "${reset_strata}" -n strata-ready "${S}/strata start" \
    --prepare "${reset_strata}" -n strata-console "${S}/strata start && ${S}/strata cmd 'stack:status --ready' >/dev/null" \
    --cleanup "${S}/strata stop >/dev/null"
hyperfine --runs "${RUNS}" --export-json "${WORK}/karaf.json" \
    --prepare "${reset_karaf}" -n karaf-console "${K}/start && printf 'bundle:list\\n' | ${K}/client -r 60 -d 1 -u karaf -p karaf -b >/dev/null" \
    --cleanup "${stop_karaf}"
# Medians, and the ratio of the two "first console answer" figures.
python3 - "${WORK}/strata.json" "${WORK}/karaf.json" <<'PY'
import json, sys
rows = [r for f in sys.argv[1:] for r in json.load(open(f))["results"]]
print(f"{'benchmark':<16}{'median s':>10}{'min s':>8}{'max s':>8}")
for r in rows:
    print(f"{r['command']:<16}{r['median']:>10.2f}{r['min']:>8.2f}{r['max']:>8.2f}")
median = {r["command"]: r["median"] for r in rows}
print(f"strata-console / karaf-console = {median['strata-console'] / median['karaf-console']:.2f}")
PY
