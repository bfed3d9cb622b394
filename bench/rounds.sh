#!/usr/bin/env bash
# Instructions per indicator (callgrind, LD_PRELOAD=nokick.so) of jxbench's
# measured rounds: Lua by table with and without the explanation, one call
# per indicator without and with it, the plain-C formulas and the pack's
# 分值 (jx_engine_points), for BUILD and, when given, BEFORE_BUILD (a build
# of the same jxbench, e.g. an older tree with this bench/ copied in).
#
#   bench/rounds.sh [DOCS] [BUILD_DIR] [BEFORE_BUILD_DIR]   (default 50, ./build)
#
# Needs valgrind.  The Lua parts move by a few percent between runs (Lua's
# per-state string hash seed).
set -euo pipefail
cd "$(dirname "$0")/.."
DOCS=${1:-50}
B=${2:-build}
BEFORE=${3:-}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
command -v valgrind >/dev/null || { echo "rounds.sh: valgrind is not installed (apt-get install valgrind)" >&2; exit 2; }
cc -O2 -shared -fPIC -o "$tmp/nokick.so" bench/nokick.c -ldl
"$B/bench/gencorpus" "$tmp/c" "$DOCS" 7 >/dev/null

count() { # BUILD
  local dir
  dir=$(cd "$1" && pwd)
  (cd "$tmp" && LD_PRELOAD="$tmp/nokick.so" valgrind --tool=callgrind \
     --callgrind-out-file="$tmp/r.cg" "$dir/bench/jxbench" c --max-docs "$DOCS" --rounds 2 \
     > "$tmp/r.out" 2>/dev/null)
  callgrind_annotate --inclusive=yes "$tmp/r.cg" > "$tmp/r.txt" 2>/dev/null
  local recs pts
  recs=$(sed -n 's/.* over \([0-9]*\) records x 2 rounds.*/\1/p' "$tmp/r.out")
  pts=$(sed -n 's/^points: *[0-9]* tables, \([0-9]*\) indicators.*/\1/p' "$tmp/r.out")
  for f in m_table_explain m_table_quiet m_indicator_quiet m_indicator_explain c_rounds points_rounds; do
    local v per=$recs
    v=$(grep -E "[: ]$f[. ]" "$tmp/r.txt" | head -1 | awk '{gsub(",", "", $1); print $1}')
    [ "$f" = points_rounds ] && per=$pts
    awk -v n="$f" -v v="${v:-0}" -v r="$per" 'BEGIN { printf "%-20s %8.0f per indicator\n", n, v / (2 * r) }'
  done
  grep '^same:' "$tmp/r.out" || true
}

echo "== $B: jxbench, $DOCS documents, 2 rounds, instructions per indicator"
count "$B"
if [ -n "$BEFORE" ]; then
  echo
  echo "== $BEFORE"
  count "$BEFORE"
fi
