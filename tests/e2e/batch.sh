#!/usr/bin/env bash
# Batch end-to-end tests: a mixed corpus (good documents, a corrupt one, a
# GB18030 one, one whose pack loops forever, one without actuals) gives
# exactly one line per input with the right status; --resume after an
# interrupted run finishes the rest without duplicates; a killed run leaves
# no output file.  Usage: batch.sh /path/to/jixiao [/path/to/gencorpus]
set -u
JX=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
GEN=${2:-}
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
# A sanitizer build (ctest in build-asan) writes its reports to files in
# $tmp/san, whatever a step does with stderr or the exit status; any
# report fails the run (checked at the end).
mkdir -p "$tmp/san"
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}log_path=$tmp/san/asan"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:+$UBSAN_OPTIONS:}print_stacktrace=1:log_path=$tmp/san/ubsan"
ok() { echo "ok   $1"; }
bad() { echo "FAIL $1"; fail=1; }
status_of() { # file id -> status
  python3 - "$1" "$2" <<'PY' 2>/dev/null || grep -F "\"id\":\"$2\"" "$1" | sed 's/.*"status":"\([a-z]*\)".*/\1/'
import json, sys
for l in open(sys.argv[1], encoding='utf-8'):
    o = json.loads(l)
    if o['id'] == sys.argv[2]:
        print(o['status'])
PY
}

# 1. mixed corpus through a manifest
cp examples/luolong-2021.txt examples/luolong-2021.actuals.csv "$tmp/"
cp examples/lushan-2020.txt "$tmp/lushan-no-actuals.txt"
cp tests/data/lushan-2020-gb18030.txt "$tmp/gb.txt"
printf 'garbage \x80\x80\x00\xff\xfe end\n' > "$tmp/corrupt.txt"
cat > "$tmp/manifest.ndjson" <<M
{"id":"good","targets":"$tmp/luolong-2021.txt","actuals":"$tmp/luolong-2021.actuals.csv"}
{"id":"no-actuals","targets":"$tmp/lushan-no-actuals.txt"}
{"id":"gb18030","targets":"$tmp/gb.txt"}
{"id":"corrupt","targets":"$tmp/corrupt.txt"}
{"id":"missing","targets":"$tmp/does-not-exist.txt"}
{"id":"loops","targets":"$tmp/luolong-2021.txt","actuals":"$tmp/luolong-2021.actuals.csv","rules":"tests/data/packs/batch-loop"}
{"id":"sichuan","targets":"$tmp/luolong-2021.txt","actuals":"$tmp/luolong-2021.actuals.csv","rules":"sichuan"}
M
"$JX" batch -j 2 --quiet --manifest "$tmp/manifest.ndjson" -o "$tmp/out.ndjson"
rc=$?
[ "$rc" = 1 ] && ok "mixed corpus exits 1 (some failed)" || bad "mixed corpus exit $rc, want 1"
n=$(wc -l < "$tmp/out.ndjson")
[ "$n" = 7 ] && ok "one line per input (7)" || bad "got $n lines, want 7"
for pair in good:ok no-actuals:ok gb18030:ok corrupt:error missing:error loops:error sichuan:ok; do
  id=${pair%%:*} want=${pair#*:}
  got=$(status_of "$tmp/out.ndjson" "$id")
  [ "$got" = "$want" ] && ok "$id -> $want" || bad "$id -> '$got', want $want"
done
grep -F '"id":"loops"' "$tmp/out.ndjson" | grep -q '指令' && ok "loop stopped by the instruction budget" || bad "loop message"
grep -F '"id":"corrupt"' "$tmp/out.ndjson" | grep -q 'GB18030\|UTF-8\|NUL' && ok "corrupt file named with its bytes" || bad "corrupt message"
[ ! -e "$tmp/out.ndjson.partial" ] && ok "no .partial left after a finished run" || bad ".partial left behind"

# 2. directory input pairs actuals by name, --ordered gives input order
mkdir -p "$tmp/dir/sub"
cp examples/luolong-2021.txt examples/luolong-2021.actuals.csv "$tmp/dir/"
cp examples/lushan-2020.txt examples/lushan-2020.actuals.yaml "$tmp/dir/sub/"
"$JX" batch -j 2 --ordered --quiet "$tmp/dir" > "$tmp/dir.ndjson"
rc=$?
[ "$rc" = 0 ] && ok "directory batch exits 0" || bad "directory batch exit $rc"
[ "$(wc -l < "$tmp/dir.ndjson")" = 2 ] && ok "directory: 2 lines (actuals files are not targets)" || bad "directory line count"
head -1 "$tmp/dir.ndjson" | grep -q 'luolong-2021.actuals.csv' && ok "actuals paired by name" || bad "actuals pairing"
sed -n 2p "$tmp/dir.ndjson" | grep -q 'lushan-2020.actuals.yaml' && ok "--ordered keeps input order" || bad "ordered"

# 3. --resume after an interrupted run: complete lines kept, half line dropped
mkdir -p "$tmp/many"
for i in $(seq -w 1 30); do cp examples/lushan-2020.txt "$tmp/many/doc$i.txt"; done
"$JX" batch -j 2 --ordered --quiet "$tmp/many" > "$tmp/full.ndjson"
head -10 "$tmp/full.ndjson" > "$tmp/r.ndjson.partial"
sed -n 11p "$tmp/full.ndjson" | head -c 100 >> "$tmp/r.ndjson.partial"   # a cut line
"$JX" batch -j 2 --quiet --resume "$tmp/many" -o "$tmp/r.ndjson"
rc=$?
[ "$rc" = 0 ] && ok "resume exits 0" || bad "resume exit $rc"
[ "$(wc -l < "$tmp/r.ndjson")" = 30 ] && ok "resume: 30 lines" || bad "resume: $(wc -l < "$tmp/r.ndjson") lines"
dups=$(sed 's/.*"id":"\([^"]*\)".*/\1/' "$tmp/r.ndjson" | sort | uniq -d | wc -l)
[ "$dups" = 0 ] && ok "resume: no duplicates" || bad "resume: $dups duplicated ids"
[ ! -e "$tmp/r.ndjson.partial" ] && ok "resume: .partial renamed" || bad "resume left .partial"
"$JX" batch --quiet --resume "$tmp/many" -o "$tmp/r.ndjson"
[ "$(wc -l < "$tmp/r.ndjson")" = 30 ] && ok "resume of a finished run changes nothing" || bad "second resume"

# 4. a killed run leaves no output file, and resume finishes it
if [ -n "$GEN" ] && [ -x "$GEN" ]; then
  "$GEN" "$tmp/big" 400 3 >/dev/null
  "$JX" batch -j 1 --quiet "$tmp/big" -o "$tmp/k.ndjson" &
  pid=$!
  for _ in $(seq 1 100); do [ -s "$tmp/k.ndjson.partial" ] && break; sleep 0.05; done
  kill -9 "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
  [ ! -e "$tmp/k.ndjson" ] && ok "killed run: no output file" || bad "killed run left $tmp/k.ndjson"
  "$JX" batch -j 2 --quiet --resume "$tmp/big" -o "$tmp/k.ndjson"
  n=$(wc -l < "$tmp/k.ndjson")
  u=$(sed 's/.*"id":"\([^"]*\)".*/\1/' "$tmp/k.ndjson" | sort -u | wc -l)
  [ "$n" = 400 ] && [ "$u" = 400 ] && ok "killed + resumed: 400 unique lines" || bad "killed + resumed: $n lines, $u unique"
else
  echo "skip kill test (no gencorpus)"
fi

# 4b. --resume keeps results of documents that are not in this run
"$JX" batch --quiet --ordered "$tmp/dir" -o "$tmp/keep.ndjson"
"$JX" batch --quiet --resume "$tmp/dir/luolong-2021.txt" -o "$tmp/keep.ndjson"
[ "$(wc -l < "$tmp/keep.ndjson")" = 2 ] && ok "resume keeps lines of other documents" || bad "resume dropped lines: $(wc -l < "$tmp/keep.ndjson")"
"$JX" batch --quiet --resume "$tmp/dir/" -o "$tmp/keep.ndjson"
[ "$(wc -l < "$tmp/keep.ndjson")" = 2 ] && ok "dir/ and dir give the same ids" || bad "trailing slash changed ids"

# 4c. -o to something that is not a regular file (a FIFO here, /dev/null
# in scripts) is written in place: renaming FILE.partial over it would
# replace the device
mkfifo "$tmp/fifo"
cat "$tmp/fifo" > "$tmp/fifo.got" &
"$JX" batch --quiet "$tmp/dir" -o "$tmp/fifo"; rc=$?
wait
[ $rc = 0 ] && [ -p "$tmp/fifo" ] && [ "$(wc -l < "$tmp/fifo.got")" = 2 ] && [ ! -e "$tmp/fifo.partial" ] \
  && ok "-o FIFO written in place" || bad "-o FIFO: rc=$rc, $(ls -l "$tmp" | grep fifo)"
"$JX" batch --quiet --resume "$tmp/dir" -o "$tmp/fifo" 2>/dev/null; [ $? = 2 ] && ok "--resume to a FIFO -> 2" || bad "resume to FIFO"

# 5. usage errors exit 2
printf '{"id":"x","targets":"a.txt"}\n{"id":"x","targets":"b.txt"}\n' > "$tmp/dup.ndjson"
"$JX" batch --quiet --manifest "$tmp/dup.ndjson" 2>/dev/null; [ $? = 2 ] && ok "duplicate ids -> 2" || bad "duplicate ids"
"$JX" batch --quiet --rules no-such-pack "$tmp/dir" 2>/dev/null; [ $? = 2 ] && ok "unknown pack -> 2" || bad "unknown pack"
"$JX" batch --quiet "$tmp/dir" -o "$tmp" 2>/dev/null; [ $? = 2 ] && ok "-o DIR -> 2" || bad "-o DIR"
"$JX" batch --quiet 2>/dev/null; [ $? = 2 ] && ok "no inputs -> 2" || bad "no inputs"
"$JX" batch --resume "$tmp/many" 2>/dev/null; [ $? = 2 ] && ok "--resume without -o -> 2" || bad "resume w/o -o"

# 5b. nothing above replaced a device (a rename over -o /dev/null once did)
[ -c /dev/null ] && ok "/dev/null is still a device" || bad "/dev/null is no longer a character device"

# 6. no sanitizer report from any run above (ASan/UBSan builds)
if [ -n "$(ls -A "$tmp/san")" ]; then
  bad "sanitizer report:"; cat "$tmp/san"/* | head -40
else
  ok "no sanitizer report"
fi
[ $fail = 0 ] && echo "batch: all passed" || echo "batch: FAILED"
exit $fail
