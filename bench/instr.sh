#!/usr/bin/env bash
# Instruction counts (callgrind, deterministic on a loaded machine) of
# `jixiao batch -j 1 --detail` over N generated documents, in total and
# per stage (inclusive), for BUILD and, when given, BEFORE_BUILD; and
# whether the two batch outputs are byte-identical.
#
#   bench/instr.sh [N] [BUILD_DIR] [BEFORE_BUILD_DIR]   (default 20, ./build)
#
# Needs valgrind and a C compiler (for bench/nokick.c, see there).
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-20}
B=${2:-build}
BEFORE=${3:-}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
command -v valgrind >/dev/null || { echo "instr.sh: valgrind is not installed (apt-get install valgrind)" >&2; exit 2; }
cc -O2 -shared -fPIC -o "$tmp/nokick.so" bench/nokick.c -ldl
"$B/bench/gencorpus" "$tmp/c" "$N" 7 >/dev/null
stages="jx_doc_parse jx_engine_open jx_engine_frame jx_engine_check run_one_check jx_score_doc jx_scorecard_json"

count() { # NAME BUILD (relative to the repository or absolute)
  local jx
  jx=$(cd "$2" && pwd)/jixiao
  (cd "$tmp" && LD_PRELOAD="$tmp/nokick.so" valgrind --tool=callgrind \
     --callgrind-out-file="$tmp/$1.cg" "$jx" batch -j 1 --quiet --detail c \
     -o "$tmp/$1.ndjson" >/dev/null 2>&1)
  callgrind_annotate --inclusive=yes "$tmp/$1.cg" > "$tmp/$1.txt" 2>/dev/null
  printf "%-20s %8.1f M\n" "total" "$(sed -n 's/^ *\([0-9,]*\) .*PROGRAM TOTALS.*/\1/p' "$tmp/$1.txt" | tr -d , | awk '{print $1 / 1e6}')"
  for s in $stages; do
    # a stage the build does not have (renamed, or below callgrind's
    # threshold) prints 0 instead of ending the script (set -e, pipefail)
    v=$( (grep -E ":$s \[" "$tmp/$1.txt" || true) | head -1 | awk '{gsub(",", "", $1); print $1 / 1e6}')
    printf "%-20s %8.1f M\n" "$s" "${v:-0}"
  done
}

echo "== $B: jixiao batch -j 1 --detail, $N documents, instructions (inclusive)"
count after "$B"
if [ -n "$BEFORE" ]; then
  echo
  echo "== $BEFORE"
  count before "$BEFORE"
  echo
  if cmp -s "$tmp/before.ndjson" "$tmp/after.ndjson"; then
    echo "batch --detail output: byte-identical"
  else
    echo "batch --detail output: DIFFERS"
  fi
fi
