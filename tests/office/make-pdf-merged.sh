#!/usr/bin/env bash
# Regenerates the pdf-merged-* and pdf-selfeval-score fixtures (committed;
# tests do not run this).  Needs LibreOffice (libreoffice-writer) and a CJK
# font (fonts-noto-cjk).  See make-pdf-merged.py for what each shows.
set -euo pipefail
cd "$(dirname "$0")"
out=fixtures
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
/usr/bin/python3 make-pdf-merged.py "$tmp"
conv() { # FORMAT FILE OUTDIR
  timeout 120 soffice -env:UserInstallation="file://$tmp/profile" --headless \
    --convert-to "$1" --outdir "$3" "$2" >/dev/null 2>&1
}
# Word's table model: through .docx
conv 'docx:MS Word 2007 XML' "$tmp/pdf-merged-centre.html" "$tmp"
conv pdf "$tmp/pdf-merged-centre.docx" "$out"
conv pdf "$tmp/pdf-merged-top.html" "$out"
conv pdf "$tmp/pdf-selfeval-score.html" "$out"
# a spreadsheet's print: the page opened in Calc, saved as xlsx, printed
timeout 120 soffice -env:UserInstallation="file://$tmp/profile" --headless \
  --infilter="HTML (StarCalc)" --convert-to xlsx --outdir "$tmp" \
  "$tmp/pdf-calc-bottom.html" >/dev/null 2>&1
conv pdf "$tmp/pdf-calc-bottom.xlsx" "$out"
cp "$tmp"/*.expected.tsv "$out"/
ls -l "$out"/pdf-merged-* "$out"/pdf-selfeval-score.* "$out"/pdf-calc-bottom.*
