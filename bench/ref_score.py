#!/usr/bin/env python3
"""ref_score.py - the Python reference for bench/run.sh.

Scores documents from records parsed beforehand (`jixiao parse --format
ndjson`, not timed) against their NAME.actuals.csv with the national
formulas written plainly: positive B/A, reverse 1-(B-A)/A for ≤/<
and 变动率, qualitative bands from a short vocabulary (the same formulas
as c_score in jxbench.c).  It stands for "a straightforward script on
pre-parsed records": run.sh times it against `jixiao batch -j 1` from
raw text and reports the ratio.  Numbers only, nothing asserted.

    ref_score.py RECORDS.ndjson
"""
import csv
import json
import re
import sys
import time

NUM = re.compile(r"(-?\d+(?:\.\d+)?)\s*(万)?")
FULL = {"达成", "完成", "效果明显", "达成预期指标"}
PART = {"部分达成", "基本完成"}


def actual_number(text, target_unit):
    m = NUM.search(text or "")
    if not m:
        return None
    b = float(m.group(1))
    if m.group(2):
        b *= 1e4
    rest = text[m.end():].strip()
    if target_unit == "%" and not rest and b <= 1.5:
        b *= 100
    return b


def score(ind, actual, points):
    t = ind["target"]
    th = t.get("thresholds") or []
    if t["kind"] == "quantitative" and th:
        a, op = th[0]["value"], th[0]["op"]
        b = actual_number(actual, th[0]["unit"])
        if b is not None and a is not None:
            if "变动率" in ind["level3"]:
                op = "le"
            if op in ("le", "lt"):
                s = points if b <= a else (0 if a <= 0 else (1 - (b - a) / a) * points)
            else:
                s = points if b >= a else (b / a * points if a > 0 else 0)
            return round(min(max(s, 0), points), 2)
    if actual in PART:
        return round(points * 0.8, 2)
    if actual in FULL:
        return points
    return None


def actuals_of(source):
    path = source[:-4] + ".actuals.csv"
    out = {}
    try:
        with open(path, encoding="utf-8-sig", newline="") as f:
            for row in csv.DictReader(f):
                out[(row.get("项目编码") or "", row.get("三级指标") or "")] = row.get("实际完成值") or ""
    except OSError:
        pass
    return out


def main():
    t0 = time.perf_counter()
    docs = inds = scored = 0
    total = 0.0
    with open(sys.argv[1], encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            docs += 1
            acts = actuals_of(doc["source"])
            for t in doc.get("tables", []):
                code = t.get("code") or ""
                n = len(t.get("indicators", []))
                for ind in t.get("indicators", []):
                    inds += 1
                    a = acts.get((code, ind["level3"]))
                    if a is None:
                        continue
                    pts = ind.get("points") or (100.0 / n if n else 0)
                    s = score(ind, a, pts)
                    if s is not None:
                        scored += 1
                        total += s
    dt = time.perf_counter() - t0
    print("python: %d documents, %d indicators, %d scored (sum %.2f) in %.3f s"
          % (docs, inds, scored, total, dt))


if __name__ == "__main__":
    main()
