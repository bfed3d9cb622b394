#!/usr/bin/env bash
# The shared library exports exactly the documented API: the jx_ symbols
# libjixiao.so defines in its dynamic table (nm -D --defined-only) must be
# the functions declared JX_API in include/jixiao/*.h, no more, no fewer.
# A leak (an internal jx_ function without hidden visibility) or a
# declared function that is not exported fails, listing the difference.
#   tests/abi_check.sh path/to/libjixiao.so path/to/include/jixiao
set -euo pipefail
so=$1
inc=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
nm -D --defined-only "$so" | awk '$3 ~ /^jx_/ {print $3}' | sort -u > "$tmp/exported"
# every JX_API declaration names its function on the same line
grep -h 'JX_API' "$inc"/*.h | grep -v '^#' | grep -o 'jx_[A-Za-z0-9_]*[[:space:]]*(' |
    sed 's/[[:space:]]*($//' | sort -u > "$tmp/declared"
if [ ! -s "$tmp/declared" ] || [ ! -s "$tmp/exported" ]; then
    echo "abi_check: no symbols found (declared: $(wc -l < "$tmp/declared"), exported: $(wc -l < "$tmp/exported"))" >&2
    exit 1
fi
if ! diff -u "$tmp/declared" "$tmp/exported" > "$tmp/diff"; then
    echo "abi_check: exported jx_ symbols differ from the JX_API declarations" >&2
    echo "  (- declared but not exported, + exported but not declared)" >&2
    grep '^[-+]jx_' "$tmp/diff" >&2
    exit 1
fi
echo "abi_check: $(wc -l < "$tmp/exported") exported jx_ functions, all declared JX_API"
