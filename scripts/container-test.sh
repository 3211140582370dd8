#!/usr/bin/env bash
# Builds the container image with podman and runs it for real (issue 21): the matrix in Chromium against the
# container, a restart that keeps the data on its volume, and a process that is not root. CI runs it after the test
# command. Where the public base images cannot be pulled, it makes equivalent ones from Debian's packages with
# debootstrap (kept between runs as local images). It cleans up what it started.
#
#   bash scripts/container-test.sh            # image + single container
#   bash scripts/container-test.sh --compose  # also PostgreSQL, two instances and HAProxy (scripts/compose-test.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
out=target/container
mkdir -p "$out"

say() { echo "container-test: $*"; }
secs() { echo $(( $(date +%s) - $1 )); }

need=()
command -v podman >/dev/null 2>&1 || need+=(podman)
command -v runc >/dev/null 2>&1 || need+=(runc)
command -v debootstrap >/dev/null 2>&1 || need+=(debootstrap)
command -v podman-compose >/dev/null 2>&1 || need+=(podman-compose)
command -v curl >/dev/null 2>&1 || need+=(curl)
if [ ${#need[@]} -gt 0 ]; then
  say "installing Debian's ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
fi

# crun refuses these machines' hybrid cgroups; rootful podman with runc, cgroupfs and explicit limits works.
export CONTAINERS_CONF="$PWD/scripts/container/containers.conf"
PODMAN=(podman --runtime runc --cgroup-manager cgroupfs)
LIMITS=(--ulimit nofile=4096:4096 --ulimit nproc=4096:4096)

# Base images: the public ones when they can be pulled, else made from Debian's packages (once; kept as images).
BUILD_IMAGE=eclipse-temurin:21-jdk
RUNTIME_IMAGE=eclipse-temurin:21-jre
if ! timeout 60 "${PODMAN[@]}" pull -q docker.io/library/eclipse-temurin:21-jre >/dev/null 2>&1; then
  BUILD_IMAGE=localhost/redlines-base-jdk:trixie
  RUNTIME_IMAGE=localhost/redlines-base-jre:trixie
  if ! "${PODMAN[@]}" image exists "$RUNTIME_IMAGE"; then
    t=$(date +%s)
    rootfs=$(mktemp -d /var/tmp/redlines-rootfs.XXXXXX)
    say "public images cannot be pulled; making $RUNTIME_IMAGE with debootstrap (Debian 13, OpenJDK 21 JRE)"
    debootstrap --variant=minbase --include=openjdk-21-jre-headless,curl,ca-certificates \
      trixie "$rootfs" http://deb.debian.org/debian >"$out/debootstrap.log" 2>&1
    rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*
    tar -C "$rootfs" -c . | "${PODMAN[@]}" import --change 'CMD ["/bin/bash"]' - "$RUNTIME_IMAGE" >/dev/null
    rm -rf "$rootfs"
    say "made $RUNTIME_IMAGE in $(secs "$t") s"
  fi
  if ! "${PODMAN[@]}" image exists "$BUILD_IMAGE"; then
    t=$(date +%s)
    "${PODMAN[@]}" build -q --format docker "${LIMITS[@]}" --network host --build-arg BASE="$RUNTIME_IMAGE" \
      -t "$BUILD_IMAGE" -f scripts/container/jdk.Containerfile scripts/container >/dev/null
    say "made $BUILD_IMAGE in $(secs "$t") s"
  fi
fi

# The build stage reuses this machine's Maven repository when there is one (a mount, not part of any layer).
m2=()
[ -d "$HOME/.m2/repository" ] && m2=(-v "$HOME/.m2:/root/.m2")
t=$(date +%s)
"${PODMAN[@]}" build --format docker "${LIMITS[@]}" --network host "${m2[@]}" \
  --build-arg BUILD_IMAGE="$BUILD_IMAGE" --build-arg RUNTIME_IMAGE="$RUNTIME_IMAGE" \
  -t localhost/redlines:test . >"$out/build.log" 2>&1 || { tail -40 "$out/build.log"; exit 1; }
build_secs=$(secs "$t")
size=$("${PODMAN[@]}" image inspect localhost/redlines:test --format '{{.Size}}')
say "built localhost/redlines:test in ${build_secs} s, $((size / 1024 / 1024)) MiB (runtime base $RUNTIME_IMAGE)"

name=redlines-ct-$$
volume=redlines-ct-data-$$
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null \
  || echo 18080)
cleanup() {
  "${PODMAN[@]}" rm -f -t 5 "$name" >/dev/null 2>&1 || true
  "${PODMAN[@]}" volume rm -f "$volume" >/dev/null 2>&1 || true
}
trap cleanup EXIT

run() {
  "${PODMAN[@]}" run -d --name "$name" "${LIMITS[@]}" -p "127.0.0.1:$port:8080" -v "$volume:/data" \
    -e REDLINES_ADMIN_INITIAL_PASSWORD=container-test-1 -e JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=60" \
    --memory 1g localhost/redlines:test >/dev/null 2>"$out/run.err"
}

wait_healthy() {
  local t=$(date +%s)
  for _ in $(seq 1 180); do
    if grep -q '"status":"UP"' <<<"$(curl -fsS "http://127.0.0.1:$port/actuator/health" 2>/dev/null || true)"; then
      echo $(( $(date +%s) - t ))
      return 0
    fi
    sleep 1
  done
  "${PODMAN[@]}" logs "$name" | tail -40 >&2
  return 1
}

run
healthy=$(wait_healthy)
say "healthy after ${healthy} s on port $port"
# The image's own HEALTHCHECK, run once by hand (podman schedules it with systemd timers, which this machine lacks).
"${PODMAN[@]}" healthcheck run "$name" >/dev/null 2>&1 || { say "the image's health check fails"; exit 1; }
say "the image's HEALTHCHECK passes"

# Not root: the image's user, as the process table shows it.
uid=$("${PODMAN[@]}" exec "$name" id -u)
[ "$uid" != 0 ] || { say "the process runs as root"; exit 1; }
say "runs as uid $uid ($("${PODMAN[@]}" top "$name" user,args | tail -n +2 | head -1))"

# The matrix in Chromium, against the container: the live UI's grid, not only the first HTML answer.
chromium=$(command -v chromium || command -v chromium-browser)
dom="$out/matrix.html"
"$chromium" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --virtual-time-budget=20000 \
  --window-size=1440,900 --dump-dom "http://127.0.0.1:$port/matrix?plan=US-28&point=21" >"$dom" 2>/dev/null
"$chromium" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --virtual-time-budget=20000 \
  --window-size=1440,900 --screenshot="$out/matrix.png" "http://127.0.0.1:$port/matrix?plan=US-28&point=21" \
  >/dev/null 2>&1
grep -q 'id="matrix-grid"' "$dom" || { say "the matrix grid is not in the page"; exit 1; }
grep -q 'data-ref="21"' "$dom" || { say "point 21 is not in the grid"; exit 1; }
grep -q 'id="point-detail"' "$dom" || { say "the point panel is not in the page"; exit 1; }
say "the matrix renders in Chromium (grid, point 21, its panel); screenshot $out/matrix.png"

# The data outlives the container: restart it on the same volume. The first start seeded the dataset and made the
# first account; the second finds both in /data and does neither again.
first_logs=$("${PODMAN[@]}" logs "$name" 2>&1)
grep -q 'Loaded dataset' <<<"$first_logs" || { say "the first start did not seed"; exit 1; }
grep -q 'Created the first user' <<<"$first_logs" || { say "the first start made no account"; exit 1; }
"${PODMAN[@]}" rm -f -t 10 "$name" >/dev/null 2>&1
run
again=$(wait_healthy)
logs=$("${PODMAN[@]}" logs "$name" 2>&1)
grep -q 'already holds a dataset' <<<"$logs" || { say "the restarted container did not find its data"; exit 1; }
if grep -q 'Created the first user' <<<"$logs"; then say "the restart made the first account again"; exit 1; fi
"${PODMAN[@]}" exec "$name" sh -c 'ls -l /data/redlines.mv.db' >/dev/null
csv=$(curl -fsS "http://127.0.0.1:$port/export/matrix.csv?plan=US-28&actors=UA")
grep -q '^21,' <<<"$csv" || { say "the restarted container serves no matrix"; exit 1; }
say "restarted on the same volume: healthy after ${again} s, the dataset and the first account kept"

if [ "${1:-}" = "--compose" ]; then
  bash scripts/compose-test.sh localhost/redlines:test "$RUNTIME_IMAGE"
fi
say "done in $(secs "$started") s"
