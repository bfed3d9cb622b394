#!/usr/bin/env bash
# Regenerates tests/office/fixtures (committed; tests do not run this).
# Needs: apt-get install python3-openpyxl python3-docx libreoffice-calc
# libreoffice-writer.  PDFs, .xls and .doc are LibreOffice conversions of
# the generated docx/xlsx.
set -euo pipefail
cd "$(dirname "$0")"
out=fixtures
/usr/bin/python3 make-fixtures.py "$out"
prof=$(mktemp -d)
trap 'rm -rf "$prof"' EXIT
conv() { # FORMAT FILE [OUTDIR]
  timeout 120 soffice -env:UserInstallation="file://$prof/profile" --headless \
    --convert-to "$1" --outdir "${3:-$out}" "$2" >/dev/null 2>&1
}
conv pdf "$out/selfeval.docx"
conv pdf "$out/long.docx"
conv xls "$out/selfeval.xlsx"
# LibreOffice's own xlsx: shared strings and a styles.xml with numFmts
mkdir -p "$prof/lo"
conv xlsx "$out/two-sheets.xlsx" "$prof/lo"
cp "$prof/lo/two-sheets.xlsx" "$out/two-sheets-lo.xlsx"
# docx -> doc directly loses python-docx's table; through odt it keeps it
conv odt "$out/dept.docx" "$prof"
conv doc "$prof/dept.odt"
ls -l "$out"
