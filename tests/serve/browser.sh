#!/bin/sh
# browser.sh JIXIAO WORKDIR - runs browser_test.cjs when headless Chromium,
# node and puppeteer-core are there; otherwise says what is missing and
# exits 77 (skipped).  puppeteer-core is looked for in $JIXIAO_NODE_MODULES,
# else ~/.cache/jixiao/node/node_modules (scripts/browser-deps.sh puts it
# there; .ci/run does).
here=$(dirname "$0")
chromium=${JIXIAO_CHROMIUM:-}
for n in chromium chromium-browser google-chrome; do
  [ -n "$chromium" ] && break
  chromium=$(command -v "$n" 2>/dev/null)
done
mods=${JIXIAO_NODE_MODULES:-${HOME:-/root}/.cache/jixiao/node/node_modules}
if [ -z "$chromium" ]; then
  echo "SKIP: no Chromium (apt-get install chromium fonts-noto-cjk)"; exit 77
fi
if ! command -v node >/dev/null 2>&1; then
  echo "SKIP: no node (apt-get install nodejs npm)"; exit 77
fi
if [ ! -d "$mods/puppeteer-core" ]; then
  echo "SKIP: no puppeteer-core in $mods (run scripts/browser-deps.sh)"; exit 77
fi
py=python3   # Debian's first: that is where apt puts openpyxl
[ -x /usr/bin/python3 ] && py=/usr/bin/python3
if ! "$py" -c 'import openpyxl' 2>/dev/null; then
  echo "SKIP: python3-openpyxl not installed"; exit 77
fi
JIXIAO_PYTHON=$py JIXIAO_CHROMIUM=$chromium JIXIAO_NODE_MODULES=$mods exec node "$here/browser_test.cjs" "$1" "$2"
