#!/usr/bin/env bash
# Linear time and memory on big structured inputs (issue 11 item 8):
# `jixiao parse` of a 100k-project CSV and of a 1M-row department table,
# with wall time and peak RSS from /usr/bin/time -v.  Reported only.
#
#   bench/run-big.sh [PROJECTS] [ROWS] [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
P=${1:-100000}
R=${2:-1000000}
B=${3:-build}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
bench/gen-csv projects "$P" "$tmp/projects.csv"
bench/gen-csv department "$R" "$tmp/dept.csv"
for f in projects dept; do
  printf '%s (%s): ' "$f" "$(du -h "$tmp/$f.csv" | cut -f1)"
  /usr/bin/time -v "$B/jixiao" parse --no-frame --format ndjson "$tmp/$f.csv" \
      2> "$tmp/time" > "$tmp/out"
  awk -F': ' '/Elapsed \(wall clock\)/ {t = $2} /Maximum resident/ {m = $2}
              END {printf "%s wall, peak RSS %.0f MB\n", t, m / 1024}' "$tmp/time"
done
