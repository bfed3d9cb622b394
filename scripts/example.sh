#!/usr/bin/env bash
# The main job on the bundled example (seed 000, 洛龙区医疗保障局 2021):
# review the targets as a 绩效目标审核 reviewer would, then score the
# year's actuals (examples/luolong-2021.actuals.csv, a filled template).
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== jixiao check examples/luolong-2021.txt"
# exit 1 means "findings at error level": expected for this document
./build/jixiao check examples/luolong-2021.txt || [ $? -eq 1 ]
echo
echo "== jixiao score examples/luolong-2021.txt --actuals examples/luolong-2021.actuals.csv"
./build/jixiao score examples/luolong-2021.txt --actuals examples/luolong-2021.actuals.csv
