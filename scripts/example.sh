#!/usr/bin/env bash
# The main job on the bundled example (seed 000, 洛龙区医疗保障局 2021).
set -euo pipefail
cd "$(dirname "$0")/.."
./build/jixiao value '≥95%' '不低于33万人' '集中采购药品品种不低于25种，预付金支付比例不低于合同金额的50%'
