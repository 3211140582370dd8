#!/usr/bin/env bash
# Measures the time from `java -jar` to the first matrix rendered in headless Chromium, on a fresh H2 database
# (so it includes Flyway and seeding). Usage: scripts/first-render-time.sh [jar] ; needs chromium on the PATH.
set -euo pipefail
jar=${1:-$(ls target/redlines-*.jar | grep -v original | head -1)}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
port=${PORT:-18080}
data=$(mktemp -d)
start=$(date +%s.%N)
"$java" -jar "$jar" --server.port="$port" --spring.datasource.url="jdbc:h2:file:$data/redlines" >"$data/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$data"' EXIT
until curl -fs "http://localhost:$port/actuator/health" >/dev/null 2>&1; do
  kill -0 $pid 2>/dev/null || { cat "$data/app.log"; exit 1; }
  sleep 0.1
done
up=$(date +%s.%N)
cells=0
while [ "$cells" -eq 0 ]; do
  cells=$(timeout 60 chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage \
      --disable-background-networking --no-first-run --user-data-dir="$data/chrome" \
      --virtual-time-budget=10000 --dump-dom "http://localhost:$port/matrix" 2>/dev/null | grep -c 'data-ref=' || true)
done
done_at=$(date +%s.%N)
echo "health UP after $(awk "BEGIN{print $up - $start}") s; first matrix rendered (with $cells cell lines in the DOM) after $(awk "BEGIN{print $done_at - $start}") s"
grep -o 'Started Application in [0-9.]* seconds' "$data/app.log" || true
