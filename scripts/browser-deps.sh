#!/usr/bin/env bash
# What the browser test of `jixiao serve` needs (tests/serve/browser.sh):
# Chromium and node from Debian when missing, and puppeteer-core from npm
# into ~/.cache/jixiao/node (npm's own cache makes a second run fast).
# Not needed to build or use jixiao.
set -euo pipefail
sudo=""
[ "$(id -u)" = 0 ] || sudo=sudo
missing=()
command -v chromium >/dev/null || missing+=(chromium fonts-noto-cjk)
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
dir=${JIXIAO_NODE_PREFIX:-$HOME/.cache/jixiao/node}
mkdir -p "$dir"
if [ ! -d "$dir/node_modules/puppeteer-core" ]; then
  # no browser download: the test drives the system Chromium
  PUPPETEER_SKIP_DOWNLOAD=1 npm install --prefix "$dir" --no-audit --no-fund --silent puppeteer-core@24
fi
echo "browser test: chromium $(command -v chromium), node $(node --version), puppeteer-core in $dir"
