#!/usr/bin/python3
"""Fills `jixiao template examples/luolong-2021.txt --format xlsx` as an
officer would, with the standard library only (no openpyxl): the 部门整体
sheet's 变动率 rows get 本年数 / 上年数 (numbers typed as numbers, or text
with a unit), one row keeps the old single-cell form in 实际完成值, one
plain row gets its actual.  Writes filled.xlsx beside this script.

    jixiao template examples/luolong-2021.txt --format xlsx -o /tmp/t.xlsx
    python3 tests/e2e/cases/score-change-years-xlsx/fill.py /tmp/t.xlsx
"""
import os, re, sys, zipfile
from xml.sax.saxutils import escape

# 三级指标: (实际完成值 F, 本年数 J, 上年数 K); hand-computed expectations:
FILL = {
    '总体工作完成率': ('0.93', None, None),             # 93% of ≥95%: 93÷95×1.54 = 1.51
    '结转结余变动率': ('本年数：98；上年数：100', None, None),  # old form: −2% < 5%, full 1.18
    '在职人员经费变动率': (None, '412.6万元', '400万元'),  # 3.15% < 5%: full 3.33
    '离退休人员经费变动率': (None, 105.5, 100),           # 5.5%: (1−0.5÷5)×3.33 = 3.00
    '人均公用经费变动率': (None, 2.1, 0),                 # 上年 0: not scored
    '“三公经费”变动率': (None, 18, 20),                  # −10% ≤ 0: full 3.33
    '厉行节约支出变动率': (None, None, 50),               # 本年数 missing: not scored
}

def cell(ref, style, v):
    if isinstance(v, (int, float)):
        return f'<c r="{ref}" s="{style}"><v>{v}</v></c>'
    return f'<c r="{ref}" s="{style}" t="inlineStr"><is><t>{escape(v)}</t></is></c>'

def main(src):
    zin = zipfile.ZipFile(src)
    shared = re.findall(r'<si><t[^>]*>(.*?)</t></si>', zin.read('xl/sharedStrings.xml').decode())
    sheet = zin.read('xl/worksheets/sheet1.xml').decode()
    def fill_row(m):
        row = m.group(0)
        d = re.search(r'<c r="D\d+" s="\d+" t="s"><v>(\d+)</v></c>', row)
        if not d or shared[int(d.group(1))] not in FILL:
            return row
        for col, v in zip('FJK', FILL[shared[int(d.group(1))]]):
            if v is None:
                continue
            row, n = re.subn(rf'<c r="({col}\d+)" s="(\d+)"/>', lambda c: cell(c.group(1), c.group(2), v), row)
            assert n == 1, (col, row)
        return row
    sheet = re.sub(r'<row r="\d+"[^>]*>.*?</row>', fill_row, sheet)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'filled.xlsx')
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for it in zin.infolist():
            data = sheet.encode() if it.filename == 'xl/worksheets/sheet1.xml' else zin.read(it.filename)
            z.writestr(it, data)

main(sys.argv[1])
