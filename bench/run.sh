#!/usr/bin/env bash
# The benchmark: builds a synthetic corpus in the seed layouts, reports
# jxbench's numbers (parse MB/s, pipeline docs/s, Lua vs C scoring, RSS)
# and times `jixiao batch -j 2` end to end over N documents with its peak
# RSS.  Numbers are reported, never asserted.
#
#   bench/run.sh [N] [BUILD_DIR]      (default 10000, ./build)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-10000}
B=${2:-build}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "corpus: $N documents (gencorpus, seed 7)"
"$B/bench/gencorpus" "$tmp/corpus" "$N" 7 >/dev/null
du -sh "$tmp/corpus" | sed 's/^/size: /'
echo
"$B/bench/jxbench" "$tmp/corpus" --max-docs 2000
echo
echo "end to end: jixiao batch -j 2 over $N documents (parse, check, score, NDJSON)"
start=$(date +%s.%N)
if [ -x /usr/bin/time ]; then
  /usr/bin/time -f "peak RSS %M KB" "$B/jixiao" batch -j 2 --quiet "$tmp/corpus" -o "$tmp/out.ndjson"
else
  python3 - "$B/jixiao" "$tmp" <<'PY'
import resource, subprocess, sys
subprocess.run([sys.argv[1], 'batch', '-j', '2', '--quiet', sys.argv[2] + '/corpus',
                '-o', sys.argv[2] + '/out.ndjson'])
print('peak RSS %d KB' % resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
PY
fi
end=$(date +%s.%N)
lines=$(wc -l < "$tmp/out.ndjson")
ok=$(grep -c '"status":"ok"' "$tmp/out.ndjson" || true)
awk -v s="$start" -v e="$end" -v n="$lines" -v ok="$ok" \
  'BEGIN { t = e - s; printf "%d lines (%d ok) in %.2f s: %.0f documents/s\n", n, ok, t, n / t }'
