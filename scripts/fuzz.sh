#!/usr/bin/env bash
# Fuzzing: builds the libFuzzer harnesses (tests/fuzz/fuzz_*.c) in
# ./build-fuzz with clang, ASan and UBSan, and runs each for SECONDS
# (default 3600: the long local run; CI runs 60).
#
#   scripts/fuzz.sh [SECONDS] [HARNESS...]     e.g.  scripts/fuzz.sh 600 yaml text
#
# Each harness starts from its corpus tests/fuzz/corpus/<h>/ and its
# dictionary tests/fuzz/<h>.dict, after replaying tests/fuzz/regress/<h>/.
# New inputs go to build-fuzz/fuzz-run/<h>/new; at the end only those
# that add coverage are merged (-merge=1) into tests/fuzz/corpus/<h>/, so
# the corpus in the repo grows by what matters (commit it if you like).
# A harness may set its input size with "#define JX_FUZZ_MAX_LEN n"
# (default 65536).  Extra libFuzzer flags: FUZZ_FLAGS="-fork=1 ...".
#
# Exit status: 0 when nothing was found; 1 on any crash, leak, timeout,
# out-of-memory or sanitizer report (the reproducer path is printed: run
# build-fuzz/tests/fuzz/fuzz_<h> PATH to see it again); 2 on a build error.
set -uo pipefail
cd "$(dirname "$0")/.."
secs=${1:-3600}
shift || true
if [ $# -gt 0 ]; then
  harnesses=("${@#fuzz_}")
else
  harnesses=()
  for f in tests/fuzz/fuzz_*.c; do h=${f##*/fuzz_}; harnesses+=("${h%.c}"); done
fi
jobs=$(nproc); [ "$jobs" -gt 2 ] && jobs=2

echo "== fuzz: building build-fuzz (clang, -fsanitize=fuzzer,address,undefined)"
CC=clang cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DJX_FUZZ=ON \
  -DJX_TESTS=OFF >/dev/null || exit 2
targets=()
for h in "${harnesses[@]}"; do targets+=(--target "fuzz_$h"); done
cmake --build build-fuzz -j"$jobs" "${targets[@]}" >/dev/null || exit 2

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
failed=0
for h in "${harnesses[@]}"; do
  bin=build-fuzz/tests/fuzz/fuzz_$h
  corpus=tests/fuzz/corpus/$h
  work=build-fuzz/fuzz-run/$h
  rm -rf "$work"
  mkdir -p "$work/new" "$work/artifacts" "$corpus"
  maxlen=$(sed -n 's/^#define JX_FUZZ_MAX_LEN \([0-9]*\).*/\1/p' "tests/fuzz/fuzz_$h.c")
  maxlen=${maxlen:-65536}
  dict=(); [ -f "tests/fuzz/$h.dict" ] && dict=(-dict="tests/fuzz/$h.dict")
  common=(-timeout=10 -rss_limit_mb=2048 -max_len="$maxlen" -artifact_prefix="$work/artifacts/")
  log=$work/fuzz.log
  # the reproducers of fixed bugs first: each must now pass
  if [ -d "tests/fuzz/regress/$h" ] && [ -n "$(ls -A "tests/fuzz/regress/$h")" ]; then
    if ! "$bin" "${common[@]}" "tests/fuzz/regress/$h"/* >"$work/regress.log" 2>&1; then
      echo "FAIL fuzz_$h: a regression reproducer fails again (tests/fuzz/regress/$h/)"
      grep -E "Running:|ERROR|SUMMARY|runtime error" "$work/regress.log" | head -20
      failed=1
      continue
    fi
  fi
  echo "== fuzz_$h: ${secs}s, -max_len=$maxlen, corpus $corpus ($(ls "$corpus" | wc -l) files)"
  # shellcheck disable=SC2086
  "$bin" "${common[@]}" "${dict[@]}" -max_total_time="$secs" -print_final_stats=1 \
    ${FUZZ_FLAGS:-} "$work/new" "$corpus" >"$log" 2>&1
  rc=$?
  grep -E "^stat::number_of_executed_units|^stat::peak_rss_mb|^#[0-9]+ +DONE" "$log" | sed 's/^/   /'
  found=$(ls -A "$work/artifacts")
  if [ $rc != 0 ] || [ -n "$found" ]; then
    failed=1
    echo "FAIL fuzz_$h (exit $rc): log $log"
    # one line per distinct report (fork mode can find many)
    grep -E "^==[0-9]+==ERROR|^SUMMARY|runtime error|ALARM|out-of-memory" "$log" |
      sed 's/^==[0-9]*==/==/' | sort | uniq -c | sort -rn | head -20
    n=0
    for a in $found; do
      n=$((n + 1)); [ $n -le 10 ] || continue
      echo "   reproducer: $work/artifacts/$a"
    done
    [ $n -le 10 ] || echo "   ... $n reproducers in all in $work/artifacts/"
    echo "   replay one: $bin REPRODUCER"
    continue
  fi
  # keep the corpus small: add only the new inputs that reach an edge the
  # corpus does not (-use_counters=0: edges, not hit counts)
  before=$(ls "$corpus" | wc -l)
  "$bin" "${common[@]}" -merge=1 -use_counters=0 "$corpus" "$work/new" >"$work/merge.log" 2>&1 || {
    echo "FAIL fuzz_$h: merge failed, see $work/merge.log"; failed=1; continue; }
  echo "   ok; corpus $before -> $(ls "$corpus" | wc -l) files"
done
[ $failed = 0 ] && echo "fuzz: nothing found" || echo "fuzz: FOUND PROBLEMS (see above)"
exit $failed
