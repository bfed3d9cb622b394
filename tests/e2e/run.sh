#!/usr/bin/env bash
# End-to-end tests: run the real jixiao binary on real files and compare
# with checked-in expected output.
#
# Each case is a folder tests/e2e/cases/NAME/ holding
#   cmd              one line: the arguments to jixiao (run from the repo
#                    root; $CASE expands to the case folder)
#   stdin            optional: fed to the command's standard input
#   expected.out     expected standard output, byte for byte
#   expected.status  optional: expected exit status (default 0)
#   expected.err     optional: a fixed string that stderr must contain
#
# Usage: run.sh /path/to/jixiao [CASE...]   (UPDATE=1 rewrites expected.out:
# review every diff by hand before committing it)
set -u
JX=${1:?usage: run.sh JIXIAO [CASE...]}
shift
JX=$(cd "$(dirname "$JX")" && pwd)/$(basename "$JX")
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root"
pass=0 fail=0
cases=("$@")
[ ${#cases[@]} -gt 0 ] || cases=($(ls "$here/cases"))
out=$(mktemp) err=$(mktemp) san=$(mktemp -d)
trap 'rm -rf "$out" "$err" "$san"' EXIT
# A sanitizer build (ctest in build-asan) writes its reports to files in
# $san, whatever the case does with stderr: a report fails the case even
# when the output and exit status happen to be the expected ones.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}log_path=$san/asan"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:+$UBSAN_OPTIONS:}print_stacktrace=1:log_path=$san/ubsan"
for name in "${cases[@]}"; do
  dir=$here/cases/$name
  [ -f "$dir/cmd" ] || continue
  args=$(sed "s#\$CASE#$dir#g" "$dir/cmd")
  want_status=0
  [ -f "$dir/expected.status" ] && want_status=$(cat "$dir/expected.status")
  if [ -f "$dir/stdin" ]; then
    eval "\"$JX\" $args" <"$dir/stdin" >"$out" 2>"$err"
  else
    eval "\"$JX\" $args" </dev/null >"$out" 2>"$err"
  fi
  status=$?
  ok=1
  if [ "${UPDATE:-}" = 1 ]; then cp "$out" "$dir/expected.out"; fi
  if [ "$status" != "$want_status" ]; then
    echo "FAIL $name: exit status $status, expected $want_status"; ok=0
  fi
  if [ -f "$dir/expected.out" ] && ! diff -u "$dir/expected.out" "$out" >/dev/null; then
    echo "FAIL $name: stdout differs"; diff -u "$dir/expected.out" "$out" | head -40; ok=0
  fi
  if [ -n "$(ls -A "$san")" ]; then
    echo "FAIL $name: sanitizer report"; cat "$san"/* | head -30; rm -f "$san"/*; ok=0
  fi
  if [ -f "$dir/expected.err" ] && ! grep -qF -- "$(cat "$dir/expected.err")" "$err"; then
    echo "FAIL $name: stderr lacks '$(cat "$dir/expected.err")'"; head -5 "$err"; ok=0
  fi
  if [ $ok = 1 ]; then pass=$((pass+1)); else fail=$((fail+1)); sed 's/^/    stderr: /' "$err" | head -5; fi
done
echo "e2e: $pass passed, $fail failed"
[ $fail = 0 ]
