#!/usr/bin/env bash
# First-time set-up on a fresh Debian 12 machine: installs the packages
# jixiao needs (only those missing), builds it in ./build, and runs the
# main job on the bundled example.  Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

pkgs=(gcc clang cmake make pkg-config python3 liblua5.4-dev libcjson-dev libyaml-dev libcriterion-dev libxlsxwriter-dev python3-openpyxl poppler-utils
      libzip-dev libxml2-dev libclang-rt-14-dev libmicrohttpd-dev)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  sudo=""
  [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)"

# The main job on the bundled example.
exec scripts/example.sh
