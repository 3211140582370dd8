#!/usr/bin/env bash
# When the page answers input, with the matrix's first view on and off (issue 16: "not slower than today"):
# starts the production jar three times, each on its own H2 file: as built; with redlines.share.first-view=false;
# and with that and redlines.share.client-files-from-memory=false too (the page and the static files as before
# issue 16), and loads /matrix of each in turn in Debian's Chromium, fresh context each time (docs/PERFORMANCE.md
# 4e and 4g).
# Usage: scripts/bench-interactive.sh [loads]      (default 30; needs ./mvnw package first, and chromium)
# Node comes from scripts/ensure-node.sh or the system; playwright-core from the npm registry into target/.
set -euo pipefail
cd "$(dirname "$0")/.."
loads=${1:-30}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
jar=$(ls target/redlines-*.jar | grep -v original | head -1)
bash scripts/ensure-node.sh >/dev/null
PATH="$PWD/.tools/node/bin:$PATH"
if [ ! -d target/bench-node/node_modules/playwright-core ]; then
  npm install --silent --no-audit --no-fund --prefix target/bench-node playwright-core@1.65.2
fi
work=$(mktemp -d)
pids=()
trap 'kill "${pids[@]}" 2>/dev/null; rm -rf "$work"' EXIT
start() { # port, extra arguments
  local port=$1
  shift
  "$java" -Xmx2g -jar "$jar" --server.port="$port" --redlines.data-dir="$work/$port" "$@" >"$work/$port.log" 2>&1 &
  pids+=($!)
}
start 18091
start 18092 --redlines.share.first-view=false
start 18093 --redlines.share.first-view=false --redlines.share.client-files-from-memory=false
for i in 0 1 2; do
  port=$((18091 + i))
  until curl -fs "http://localhost:$port/actuator/health" >/dev/null 2>&1; do
    kill -0 "${pids[$i]}" 2>/dev/null || { cat "$work/$port.log"; exit 1; }
    sleep 0.5
  done
done
cp scripts/bench-interactive.mjs target/bench-node/
echo "as built: http://127.0.0.1:18091/matrix; first view off: http://127.0.0.1:18092/matrix;" \
  "first view off and static files served by Vaadin (as before issue 16): http://127.0.0.1:18093/matrix"
node target/bench-node/bench-interactive.mjs "$loads" \
  http://127.0.0.1:18091/matrix http://127.0.0.1:18092/matrix http://127.0.0.1:18093/matrix
