#!/usr/bin/env bash
# Regression guard for the reader on the dev..dev13 corpora (run by ctest): every
# document must match at least as many hand-written expected records as
# recorded in dev.baseline, with no more extra records.  The baseline is
# the hand-written expected.tsv measured, not the program's output: a
# document reaches its line only by matching what the officer wrote down.
#   tests/corpus/check.sh JIXIAO [--update]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
jx=$1
out=$("$here/measure.sh" "$jx" dev; "$here/measure.sh" "$jx" dev2; "$here/measure.sh" "$jx" dev3;
      "$here/measure.sh" "$jx" dev4; "$here/measure.sh" "$jx" dev5; "$here/measure.sh" "$jx" dev6;
      "$here/measure.sh" "$jx" dev7; "$here/measure.sh" "$jx" dev8; "$here/measure.sh" "$jx" dev9; "$here/measure.sh" "$jx" dev10;
      "$here/measure.sh" "$jx" dev11; "$here/measure.sh" "$jx" dev12;
      "$here/measure.sh" "$jx" dev13)
if [ "${2:-}" = --update ]; then
  echo "$out" | awk '$1 ~ /^[a-z][0-9]/ {print $1, $4, $3 - $4}' > "$here/dev.baseline"
  echo "updated $here/dev.baseline"; exit 0
fi
# .doc/.xls go through LibreOffice, an optional helper: without it those
# documents are skipped here (and said so), not failed.
have_soffice=1
command -v soffice >/dev/null 2>&1 || command -v libreoffice >/dev/null 2>&1 || have_soffice=0
fail=0
skipped=0
while read -r name matched extra; do
  case "$name" in
    *-doc|*-xls) if [ $have_soffice = 0 ]; then skipped=$((skipped + 1)); continue; fi ;;
  esac
  line=$(echo "$out" | awk -v n="$name" '$1 == n')
  if [ -z "$line" ]; then echo "FAIL $name: not measured"; fail=1; continue; fi
  m=$(echo "$line" | awk '{print $4}'); f=$(echo "$line" | awk '{print $3}')
  e=$((f - m))
  if [ "$m" -lt "$matched" ] || [ "$e" -gt "$extra" ]; then
    echo "FAIL $name: matched $m (was $matched), extra $e (was $extra)"; fail=1
  fi
done < "$here/dev.baseline"
echo "$out" | grep '^TOTAL'
[ $skipped = 0 ] || echo "corpus: $skipped .doc/.xls documents skipped: LibreOffice (soffice) is not installed"
[ $fail = 0 ] && echo "corpus: every dev document reads at least as well as its baseline"
exit $fail
