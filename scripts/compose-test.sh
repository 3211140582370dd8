#!/usr/bin/env bash
# The deployment of docs/DEPLOYMENT.md for real, with podman-compose: PostgreSQL, two Redlines instances and HAProxy
# with sticky sessions. Checks that both instances serve through the proxy, stops one, and shows that a view's link
# still opens the same view through the other (the URL holds the view's whole state). Brings everything down again.
#
#   bash scripts/compose-test.sh [redlines image] [base image for PostgreSQL and HAProxy, or "public"]
# scripts/container-test.sh --compose runs it with the image it built.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
out=target/container
mkdir -p "$out"
say() { echo "compose-test: $*"; }

export CONTAINERS_CONF="$PWD/scripts/container/containers.conf"
PODMAN=(podman --runtime runc --cgroup-manager cgroupfs)
export REDLINES_IMAGE=${1:-localhost/redlines:test}
base=${2:-public}
if [ "$base" != public ]; then
  for part in postgres haproxy; do
    if ! "${PODMAN[@]}" image exists "localhost/redlines-$part:trixie"; then
      "${PODMAN[@]}" build -q --format docker --network host --ulimit nofile=4096:4096 --ulimit nproc=4096:4096 \
        --build-arg BASE="$base" -t "localhost/redlines-$part:trixie" -f "scripts/container/$part.Containerfile" \
        scripts/container >/dev/null
      say "made localhost/redlines-$part:trixie from Debian's $part package"
    fi
  done
  export POSTGRES_IMAGE=localhost/redlines-postgres:trixie PROXY_IMAGE=localhost/redlines-haproxy:trixie
fi
export REDLINES_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
export REDLINES_DB_PASSWORD=compose-test-db
project=redlinesct$$
compose=(podman-compose -p "$project" -f compose.yaml)
cleanup() { "${compose[@]}" down -v >/dev/null 2>&1 || true; }
trap cleanup EXIT

healthy_inside() { # service: its container answers UP on its own port
  for _ in $(seq 1 120); do
    if "${PODMAN[@]}" exec "${project}_$1_1" curl -fsS http://localhost:8080/actuator/health 2>/dev/null \
        | grep -q UP; then return 0; fi
    sleep 1
  done
  "${PODMAN[@]}" logs "${project}_$1_1" 2>&1 | tail -30 >&2
  return 1
}

# On an empty database one instance first: it migrates and seeds; the second finds the data.
"${compose[@]}" up -d db redlines1 >"$out/compose-up.log" 2>&1
healthy_inside redlines1
"${compose[@]}" up -d redlines2 proxy >>"$out/compose-up.log" 2>&1
healthy_inside redlines2
base_url="http://127.0.0.1:$REDLINES_PORT"

# Both instances serve through the proxy: new clients (no cookie) are spread round robin, each pinned by SERVERID.
seen=""
for _ in $(seq 1 60); do
  headers=$(curl -s -o /dev/null -D - "$base_url/matrix?plan=US-UA-20" || true)
  served=$(grep -i '^x-served-by:' <<<"$headers" | tr -d '\r' | awk '{print $2}')
  cookie=$(grep -io 'SERVERID=[a-z0-9]*' <<<"$headers" || true)
  [ -n "$served" ] && [[ " $seen " != *" $served "* ]] && seen="$seen $served" && say "served by $served, $cookie"
  [[ "$seen" == *app1* && "$seen" == *app2* ]] && break
  sleep 1
done
[[ "$seen" == *app1* && "$seen" == *app2* ]] || { say "not both instances served through the proxy:$seen"; exit 1; }
second_log=$("${PODMAN[@]}" logs "${project}_redlines2_1" 2>&1)
grep -q "already holds a dataset" <<<"$second_log" || { say "the second instance loaded the dataset again"; grep -i "dataset\|Started" <<<"$second_log" | head -5; exit 1; }

# A user's link, opened in Chromium through the proxy; then the instance behind its cookie goes away.
link="$base_url/matrix?plan=US-UA-20&actors=UA,RU&stances=opposes,conditional&point=4"
chromium=$(command -v chromium || command -v chromium-browser)
dom() {
  "$chromium" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --virtual-time-budget=20000 \
    --window-size=1440,900 --dump-dom "$link" 2>/dev/null
}
# The grid's cells as "ref actor stance" lines: what the reader sees, whichever instance rendered it.
rows() {
  python3 -c '
import re, sys
cells = set()
for tag in re.findall(r"<span [^>]*class=\"rl-cell[^>]*>", sys.stdin.read()):
    attrs = dict(re.findall(r"(data-[a-z]+)=\"([^\"]*)\"", tag))
    if "data-ref" in attrs and "data-actor" in attrs:
        cells.add(" ".join((attrs["data-ref"], attrs["data-actor"], attrs.get("data-stance", ""))))
print("\n".join(sorted(cells)))'
}
before=$(dom)
echo "$before" >"$out/compose-before.html"
grep -q 'id="matrix-grid"' <<<"$before" || { say "the matrix did not render through the proxy"; exit 1; }
grep -q 'id="point-detail"' <<<"$before" || { say "the point panel did not open"; exit 1; }
"${compose[@]}" stop redlines1 >>"$out/compose-up.log" 2>&1
say "stopped redlines1"
after_headers=$(curl -s -o /dev/null -D - -b SERVERID=app1 "$link")
grep -q ' 200' <<<"$(head -1 <<<"$after_headers")" || { say "through the proxy after the stop: $(head -1 <<<"$after_headers")"; exit 1; }
grep -qi '^x-served-by: app2' <<<"$after_headers" || { say "a client pinned to app1 was not sent to app2"; exit 1; }
after=$(dom)
echo "$after" >"$out/compose-after.html"
"$chromium" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --virtual-time-budget=20000 \
  --window-size=1440,900 --screenshot="$out/compose-after-stop.png" "$link" >/dev/null 2>&1
[ -n "$(rows <<<"$before")" ] || { say "no cells in the first view"; exit 1; }
if [ "$(rows <<<"$before")" != "$(rows <<<"$after")" ]; then
  say "the link opened another view after the stop"; diff <(rows <<<"$before") <(rows <<<"$after") || true; exit 1
fi
grep -q 'id="point-detail"' <<<"$after" || { say "the point panel did not open after the stop"; exit 1; }
say "after the stop the same link opens the same view through app2 ($(rows <<<"$after" | wc -l) cells, point 4 open)"
say "done in $(( $(date +%s) - started )) s"
