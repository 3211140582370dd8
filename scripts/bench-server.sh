#!/usr/bin/env bash
# Server-side benchmarks against the production jar, as an operator would run it:
#   memory retained per open matrix UI, and concurrent simulated users opening the matrix and changing filters,
#   once pausing about a second between actions as readers do, once without pauses.
# Usage: scripts/bench-server.sh [S|M|L] [users] [changes-per-user]
# Needs ./mvnw package first (the jar) and a JDK with jcmd; everything runs on this machine (loopback only).
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-S}
users=${2:-50}
changes=${3:-10}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
jcmd=${JAVA_HOME:+$JAVA_HOME/bin/}jcmd
jar=$(ls target/redlines-*.jar | grep -v original | head -1)
port=${PORT:-18090}
work=$(mktemp -d)
args=(--server.port="$port" --spring.datasource.url="jdbc:h2:file:$work/redlines")
plan=""
if [ "$size" != S ]; then
  ./mvnw -q -B test-compile exec:java -Dexec.mainClass=org.redlines.bench.DatasetGenerator \
    -Dexec.args="$size target/bench/$size.json" >/dev/null
  args+=(--redlines.dataset.location="file:$PWD/target/bench/$size.json")
  plan=PLAN-3
fi
"$java" -Xmx4g -jar "$jar" "${args[@]}" >"$work/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$work"' EXIT
until curl -fs "http://localhost:$port/actuator/health" >/dev/null 2>&1; do
  kill -0 $pid 2>/dev/null || { cat "$work/app.log"; exit 1; }
  sleep 0.5
done
load() { ./mvnw -q -B exec:java -Dexec.mainClass=org.redlines.bench.LoadBenchmark \
  -Dexec.args="http://localhost:$port/ $1 $2 ${plan:--} ${3:-0}" 2>/dev/null | tail -1; }
heap() { "$jcmd" $pid GC.run >/dev/null; sleep 1; "$jcmd" $pid GC.heap_info | grep -o 'used [0-9]*K' | head -1 | tr -dc 0-9; }

echo "dataset $size, $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
# Warm up the JIT and the database's own caches first, so that the difference below is what the UIs keep.
load 5 5 >/dev/null
load 20 0 >/dev/null
before=$(heap)
uis=100
load $uis 0 >/dev/null
after=$(heap)
echo "memory: $uis matrix UIs retain $(( (after - before) / 1024 )) MiB, $(( (after - before) / uis )) KiB per UI (heap after full GC)"
echo "load, users pausing about 1 s between actions: $(load "$users" "$changes" 1000)"
echo "load, no pauses (stress): $(load "$users" "$changes" 0)"
