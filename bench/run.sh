#!/usr/bin/env bash
# The benchmark (issue 16): one run reports, side by side,
#   1. Lua scoring vs the same formulas in plain C, per indicator, with
#      and without the explanation (jxbench)
#   2. the whole pipeline per document (parse, frame, check, score; jxbench
#      and `jixiao batch -j 1`), against an older build's jixiao when
#      BEFORE_BUILD_DIR is given (CPU time, and whether the output is the same)
#   3. `jixiao batch -j 1` from raw text vs bench/ref_score.py scoring
#      the same documents from records parsed beforehand
#   4. `jixiao parse` over every file vs `wc -l` on the same bytes
#   5. peak RSS of `jixiao batch -j 2` over 200 and over N documents
# and a table of the issue's targets.  Times are CPU seconds (user+sys)
# where a command is timed, the least of JXBENCH_REPEAT runs (3), so other
# load on the machine counts less; numbers are reported, never asserted.
#
#   bench/run.sh [N] [BUILD_DIR] [BEFORE_BUILD_DIR]   (default 2000, ./build)
#   JXBENCH_DOCS=400 JXBENCH_ROUNDS=5: documents and rounds jxbench uses;
#   JXBENCH_REPEAT=3: runs of each timed command (the least CPU time counts)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-2000}
B=${2:-build}
BEFORE=${3:-}
DOCS=${JXBENCH_DOCS:-400}
ROUNDS=${JXBENCH_ROUNDS:-5}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# cpu NAME CMD... : runs CMD $REPEAT times (default 3); "CPU_SECONDS PEAK_RSS_KB"
# of the run with the least CPU time into $tmp/NAME.cpu (other load on this
# shared machine only ever adds time)
REPEAT=${JXBENCH_REPEAT:-3}
cpu() {
  local name=$1
  shift
  : > "$tmp/$name.all"
  for _ in $(seq "$REPEAT"); do
    /usr/bin/time -f "%U %S %M" -o "$tmp/time" "$@" || true
    awk '{printf "%.3f %d\n", $1 + $2, $3}' "$tmp/time" >> "$tmp/$name.all"
  done
  sort -n "$tmp/$name.all" | head -1 > "$tmp/$name.cpu"
}
# the interpreter itself, not a version manager's shim script
PY=$(python3 -c 'import sys; print(sys.executable)')

echo "corpus: $N documents and 200 documents (gencorpus, seed 7)"
"$B/bench/gencorpus" "$tmp/corpus" "$N" 7 >/dev/null
"$B/bench/gencorpus" "$tmp/c200" 200 7 >/dev/null
du -sh "$tmp/corpus" | sed 's/^/size: /'
bytes=$(cat "$tmp"/corpus/*.txt | wc -c)

echo
echo "== 1, 2. jxbench: $DOCS documents, $ROUNDS scoring rounds"
"$B/bench/jxbench" "$tmp/corpus" --max-docs "$DOCS" --rounds "$ROUNDS" | tee "$tmp/jx"
sum() { sed -n 's/^summary: //p' "$tmp/${2:-jx}" | tr ' ' '\n' | sed -n "s/^$1=//p"; }
doc_ms=$(sum doc_ms)
lua_ns=$(sum lua_ns)
quiet_ns=$(sum quiet_ns)
c_ns=$(sum c_ns)
lua0="" quiet0="" c0=""
if [ -n "$BEFORE" ] && [ -x "$BEFORE/bench/jxbench" ]; then
  echo
  echo "== 1, 2. the same with $BEFORE/bench/jxbench"
  "$BEFORE/bench/jxbench" "$tmp/corpus" --max-docs "$DOCS" --rounds "$ROUNDS" | tee "$tmp/jx0"
  lua0=$(sum lua_ns jx0)
  quiet0=$(sum quiet_ns jx0)
  c0=$(sum c_ns jx0)
fi
echo
echo "== 3. jixiao batch -j 1 (raw text) vs bench/ref_score.py (records parsed beforehand)"
"$B/jixiao" parse --format ndjson "$tmp"/corpus/*.txt > "$tmp/records.ndjson" 2>/dev/null || true
cpu py "$PY" bench/ref_score.py "$tmp/records.ndjson" >"$tmp/py" 2>&1
read -r py_s _ < "$tmp/py.cpu"
tail -1 "$tmp/py"
cpu jx "$B/jixiao" batch -j 1 --quiet "$tmp/corpus" -o "$tmp/b1.ndjson"
read -r jx_s _ < "$tmp/jx.cpu"
echo "jixiao batch -j 1: $(wc -l < "$tmp/b1.ndjson") documents in $jx_s s CPU; python $py_s s CPU"
before_s=""
if [ -n "$BEFORE" ]; then
  cpu jx0 "$BEFORE/jixiao" batch -j 1 --quiet "$tmp/corpus" -o "$tmp/b0.ndjson"
  read -r before_s _ < "$tmp/jx0.cpu"
  echo "the same with $BEFORE/jixiao: $before_s s CPU"
  if cmp -s <(sort "$tmp/b0.ndjson") <(sort "$tmp/b1.ndjson"); then
    echo "batch output: byte-identical to $BEFORE"
  else
    echo "batch output: DIFFERS from $BEFORE"
  fi
fi

echo
echo "== 4. jixiao parse over $N files vs wc -l"
cpu parse "$B/jixiao" parse --format ndjson "$tmp"/corpus/*.txt >/dev/null 2>&1
read -r parse_s _ < "$tmp/parse.cpu"
parse0=""
if [ -n "$BEFORE" ]; then
  cpu parse0 "$BEFORE/jixiao" parse --format ndjson "$tmp"/corpus/*.txt >/dev/null 2>&1
  read -r parse0 _ < "$tmp/parse0.cpu"
  echo "the same with $BEFORE/jixiao: $parse0 s CPU"
fi
cpu wc wc -l "$tmp"/corpus/*.txt >/dev/null
read -r wc_s _ < "$tmp/wc.cpu"
awk -v b="$bytes" -v p="$parse_s" -v w="$wc_s" 'BEGIN {
  if (w < 0.01) w = 0.01
  printf "jixiao parse %.1f MB/s (%.2f s CPU), wc -l %.1f MB/s (%.2f s CPU)\n",
         b / 1e6 / (p > 0 ? p : 0.01), p, b / 1e6 / w, w }'

echo
echo "== 5. peak RSS, jixiao batch -j 2"
cpu r200 "$B/jixiao" batch -j 2 --quiet "$tmp/c200" -o "$tmp/b200.ndjson"
read -r _ rss200 < "$tmp/r200.cpu"
cpu rn "$B/jixiao" batch -j 2 --quiet "$tmp/corpus" -o "$tmp/bn.ndjson"
read -r bn_s rssn < "$tmp/rn.cpu"
echo "200 documents: $((rss200 / 1024)) MB; $N documents: $((rssn / 1024)) MB ($bn_s s CPU)"
r0200="" r0n=""
if [ -n "$BEFORE" ]; then
  cpu r0200 "$BEFORE/jixiao" batch -j 2 --quiet "$tmp/c200" -o "$tmp/b0200.ndjson"
  read -r _ r0200 < "$tmp/r0200.cpu"
  cpu r0n "$BEFORE/jixiao" batch -j 2 --quiet "$tmp/corpus" -o "$tmp/b0n.ndjson"
  read -r _ r0n < "$tmp/r0n.cpu"
  echo "the same with $BEFORE/jixiao: $((r0200 / 1024)) MB; $((r0n / 1024)) MB"
fi

echo
echo "== targets (issue 16)$([ -n "$BEFORE" ] && echo ", before = $BEFORE")"
awk -v l="$lua_ns" -v q="$quiet_ns" -v c="$c_ns" -v n="$N" -v d0="$before_s" \
    -v py="$py_s" -v jx="$jx_s" -v p="$parse_s" -v w="$wc_s" -v r0="$rss200" -v r1="$rssn" \
    -v l0="$lua0" -v q0="$quiet0" -v c0="$c0" -v p0="$parse0" -v s0="$r0200" -v s1="$r0n" '
function row(what, before, value, goal, ok) {
  printf "%-40s %-16s %-16s %-8s %s\n", what, before, value, goal, ok ? "met" : "NOT met" }
BEGIN {
  if (w < 0.01) w = 0.01
  printf "%-40s %-16s %-16s %-8s %s\n", "target", "before", "now", "goal", "now"
  row("Lua scoring / plain C, no explanation", c0 != "" ? sprintf("%.1fx", q0 / c0) : "-",
      sprintf("%.1fx", q / c), "<= 3x", q / c <= 3)
  row("Lua scoring / plain C, with explanation", c0 != "" ? sprintf("%.1fx", l0 / c0) : "-",
      sprintf("%.1fx", l / c), "<= 6x", l / c <= 6)
  if (d0 != "")
    row("batch -j1 per document (CPU)", sprintf("%.2f ms", d0 / n * 1e3),
        sprintf("%.2f ms (%.2fx)", jx / n * 1e3, d0 / jx), ">= 5x", d0 / jx >= 5)
  else
    printf "%-40s %-16s %-16s %-8s %s\n", "batch -j1 per document (CPU)", "-",
           sprintf("%.2f ms", jx / n * 1e3), ">= 5x", "(give BEFORE_BUILD_DIR to compare)"
  row("python (pre-parsed) / jixiao -j1 (raw)", d0 != "" ? sprintf("%.2f", py / d0) : "-",
      sprintf("%.2f", py / jx), ">= 5", py / jx >= 5)
  row("jixiao parse / wc -l, CPU time", p0 != "" ? sprintf("%.0fx", p0 / w) : "-",
      sprintf("%.0fx", p / w), "<= 20x", p / w <= 20)
  row("peak RSS, N documents / 200", s0 != "" ? sprintf("%.2f", s1 / s0) : "-",
      sprintf("%.2f", r1 / r0), "<= 1.5", r1 / r0 <= 1.5)
}'
