#!/usr/bin/env bash
# Byte-identical outputs of two builds (for performance work: every
# output must stay the same bytes).  Compares, BEFORE_BUILD against
# AFTER_BUILD, stdout and exit status of:
#   - `jixiao parse --format json` of every .txt/.csv/.tsv/.html/.md/
#     .xlsx/.docx/.pdf file under tests/ and examples/ (one process per
#     file), and `parse --format ndjson|csv|table` of all of them in one
#     process each;
#   - `check --format json` with national, sichuan and jiangxi-2017 on
#     the same files (one process per file and pack);
#   - `batch --detail` on 200 generated documents (bench/gencorpus, seed
#     7), -j 1 and -j 2 --ordered;
#   - `jixiao value` of every cell of those files (lines split at TAB,
#     '|' and commas) and of 200 000 made-up cells (bench/cells.py:
#     numbers, operators, units, dates, words of the 指标值 grammar);
#   - tests/corpus/measure.sh all (the corpus guard's numbers);
# then runs the e2e goldens (tests/e2e/run.sh) with AFTER_BUILD.
#
#   bench/same.sh BEFORE_BUILD AFTER_BUILD
#
# BEFORE_BUILD must be built from its own source tree: jixiao finds the
# shipped packs in the source tree it was built from (JX_RULES_SOURCE_DIR).
# Exit status 0 when everything is the same.
set -uo pipefail
cd "$(dirname "$0")/.."
[ $# = 2 ] || { echo "usage: bench/same.sh BEFORE_BUILD AFTER_BUILD" >&2; exit 2; }
B0=$(cd "$1" && pwd)
B1=$(cd "$2" && pwd)
tmp=$(mktemp -d /tmp/same-XXXXXX)
trap 'rm -rf "$tmp"' EXIT
fail=0

mapfile -t files < <(find tests examples -type f \( -name '*.txt' -o -name '*.csv' \
  -o -name '*.tsv' -o -name '*.html' -o -name '*.md' -o -name '*.xlsx' -o -name '*.docx' \
  -o -name '*.pdf' \) | LC_ALL=C sort)
"$B1/bench/gencorpus" "$tmp/c200" 200 7 >/dev/null
python3 bench/cells.py 200000 "${files[@]}" > "$tmp/cells.txt"

run_all() { # BUILD OUTDIR
  local jx=$1/jixiao out=$2 f
  mkdir -p "$out"
  for f in "${files[@]}"; do
    {
      echo "== parse $f"
      "$jx" parse --format json "$f" 2>&1; echo "rc=$?"
      for p in national sichuan jiangxi-2017; do
        echo "== check $p $f"
        "$jx" check --format json --rules "$p" "$f" 2>&1; echo "rc=$?"
      done
    } >> "$out/files.txt"
  done
  for fmt in ndjson csv table; do
    "$jx" parse --format "$fmt" "${files[@]}" > "$out/parse.$fmt" 2>&1; echo "rc=$?" >> "$out/parse.$fmt"
  done
  (cd "$tmp" && "$jx" batch -j 1 --quiet --detail c200 -o "$out/batch1.ndjson"; echo "rc=$?" >> "$out/batch1.ndjson")
  (cd "$tmp" && "$jx" batch -j 2 --ordered --quiet --detail c200 -o "$out/batch2.ndjson"; echo "rc=$?" >> "$out/batch2.ndjson")
  "$jx" value < "$tmp/cells.txt" > "$out/value.ndjson" 2>&1; echo "rc=$?" >> "$out/value.ndjson"
  tests/corpus/measure.sh "$jx" all > "$out/corpus.txt" 2>&1
}

echo "same.sh: ${#files[@]} files under tests/ and examples/, 200 generated documents"
run_all "$B0" "$tmp/before"
run_all "$B1" "$tmp/after"
for f in files.txt parse.ndjson parse.csv parse.table batch1.ndjson batch2.ndjson value.ndjson corpus.txt; do
  if cmp -s "$tmp/before/$f" "$tmp/after/$f"; then
    echo "same     $f ($(wc -c < "$tmp/after/$f") bytes)"
  else
    echo "DIFFERS  $f"
    diff "$tmp/before/$f" "$tmp/after/$f" | head -20
    fail=1
  fi
done
if tests/e2e/run.sh "$B1/jixiao" > "$tmp/e2e.txt" 2>&1; then
  echo "same     e2e goldens ($(tail -1 "$tmp/e2e.txt"))"
else
  echo "DIFFERS  e2e goldens"; grep -v '^ok' "$tmp/e2e.txt" | head -20; fail=1
fi
[ $fail = 0 ] && echo "same.sh: byte-identical"
exit $fail
