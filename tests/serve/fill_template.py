#!/usr/bin/python3
"""
fill_template.py TEMPLATE.xlsx ACTUALS.csv OUT.xlsx - fills the yellow
cells of a downloaded 自评填报表 the way an officer would in Excel: each
实际完成值 and 偏差原因 by project code and 三级指标, and each project's
全年预算数 / 全年执行数, taken from a filled CSV template (examples/).
Used by the browser test.  Exit 77 when python3-openpyxl is missing.
"""
import csv
import sys

try:
    import openpyxl
except ImportError:
    print("SKIP: python3-openpyxl not installed")
    sys.exit(77)

tpl, act_csv, out = sys.argv[1:4]


def cell_of(ws, text):
    for row in ws.iter_rows():
        for c in row:
            if c.value == text:
                return c
    return None


acts, execs = {}, {}
with open(act_csv, encoding="utf-8-sig") as fh:
    for rec in csv.DictReader(fh):
        key = rec["项目编码"] or "部门整体"
        if rec["一级指标"] == "预算执行率":
            if rec["全年预算数"] and rec["全年执行数"]:
                execs[key] = (float(rec["全年预算数"]), float(rec["全年执行数"]))
        elif rec["实际完成值"]:
            acts[(key, rec["三级指标"])] = (rec["实际完成值"], rec["偏差原因分析及改进措施"])

wb = openpyxl.load_workbook(tpl)
filled = 0
for ws in wb.worksheets:
    if ws.title == "说明":
        continue
    key = "部门整体" if ws.title == "部门整体" else ws["B4"].value
    fc = cell_of(ws, "年度资金总额")
    if fc is not None and key in execs:
        ws.cell(fc.row, 4).value, ws.cell(fc.row, 5).value = execs[key]
    h = cell_of(ws, "三级指标")
    for x in range(h.row + 1 if h else ws.max_row + 1, ws.max_row + 1):
        a = acts.get((key, ws.cell(x, 4).value))
        if a:
            ws.cell(x, 6).value = a[0]
            filled += 1
            if a[1]:
                ws.cell(x, 9).value = a[1]
wb.save(out)
print("filled %d 实际完成值" % filled)
sys.exit(0 if filled else 1)
