#!/usr/bin/python3
"""Makes the office fixtures of tests/test_office.c from tables written
here as TAB grids plus merges, so every fixture has its TAB text twin
(NAME.txt) that must read into the same records.

Needs (Debian 12): python3-openpyxl python3-docx, and LibreOffice for the
PDF, .xls and .doc files.  Run by tests/office/make-fixtures.sh; the
generated files are committed, tests do not need these tools."""
import io, os, sys, zipfile, zlib
import openpyxl
from openpyxl.styles import Alignment
import docx
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = sys.argv[1] if len(sys.argv) > 1 else 'fixtures'

def grid(text):
    rows = [r.split('\t') for r in text.strip('\n').split('\n')]
    n = max(len(r) for r in rows)
    return [r + [''] * (n - len(r)) for r in rows]

# 项目支出绩效自评表 (layout 4), as tests/data/selfeval-luolong-2021.txt
SELFEVAL = grid('''项目支出绩效自评表
（2021年度）
项目名称\t离休干部住院及医疗补贴\t\t\t
项目编码\t312001-2\t\t\t
主管部门\t洛龙区医疗保障局\t\t实施单位\t洛龙区医疗保障局
项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分
\t年度资金总额\t140\t140\t126\t10\t90%\t9
\t其中：当年财政拨款\t140\t140\t126\t—\t—\t—
\t上年结转资金\t0\t0\t0\t—\t—\t—
\t其他资金\t0\t0\t0\t—\t—\t—
年度总体目标\t保障离休干部住院及医疗补贴按时足额报销
绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施
\t(50分)\t数量指标\t离休干部人数\t≤16人\t15人\t12.5\t12.5\t
\t\t质量指标\t离休干部住院及医疗补贴报销救助指标\t≥95%\t96%\t12.5\t12.5\t
\t\t时效指标\t离休干部住院及医疗补贴报销及时性\t≥95%\t90%\t12.5\t12\t
\t\t成本指标\t报销成本\t≤140万\t126万元\t12.5\t12.5\t
\t效益指标（30分）\t社会效益指标\t通过该项目保障代缴费工作正常开展\t≥95%\t完成\t15\t15\t
\t\t\t住院实际补偿比提高\t≥95%\t93%\t15\t14.68\t个别病种自付比例偏高，已提请调整目录
\t满意度指标（10分）\t服务对象满意度指标\t让离休干部满意度\t≥95%\t98%\t10\t10\t
总分\t100\t97.18''')
# (row0, col0, row1, col1), 0-based inclusive; covered cells are empty
SELFEVAL_M = [(0, 0, 0, 8), (1, 0, 1, 8), (2, 1, 2, 8), (3, 1, 3, 8), (4, 1, 4, 2),
              (4, 4, 4, 8), (5, 0, 5, 1), (6, 0, 9, 0), (10, 1, 10, 8), (11, 0, 18, 0),
              (12, 1, 15, 1), (16, 1, 17, 1), (16, 2, 17, 2)]

SELFEVAL2 = grid('''项目支出绩效自评表
（2021年度）
项目名称\t城乡居民医疗救助\t\t\t
项目编码\t312001-5\t\t\t
主管部门\t洛龙区医疗保障局\t\t实施单位\t洛龙区医疗保障局
项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分
\t年度资金总额\t80\t80\t76\t10\t95%\t9.5
年度总体目标\t对符合条件的困难群众实施医疗救助
绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施
\t产出指标（50分）\t数量指标\t救助人次\t≥1200人次\t1260人次\t20\t20\t
\t\t质量指标\t救助对象识别准确率\t≥98%\t99%\t15\t15\t
\t\t时效指标\t救助资金拨付及时率\t100%\t100%\t15\t15\t
\t效益指标（30分）\t社会效益指标\t困难群众就医负担减轻\t有效减轻\t有效减轻\t30\t30\t
\t满意度指标（10分）\t服务对象满意度指标\t救助对象满意度\t≥90%\t95%\t10\t10\t
总分\t100\t99.5''')
SELFEVAL2_M = [(0, 0, 0, 8), (1, 0, 1, 8), (2, 1, 2, 8), (3, 1, 3, 8), (4, 1, 4, 2),
               (4, 4, 4, 8), (5, 0, 5, 1), (7, 1, 7, 8), (8, 0, 13, 0), (9, 1, 11, 1)]

# 部门整体绩效目标表 (layout 1)
DEPT = grid('''XX县医疗保障局2021年部门整体绩效目标表
部门（单位）名称\tXX县医疗保障局
一级指标\t二级指标\t三级指标\t指标值\t指标解释\t指标说明
履职效能\t工作目标管理情况\t目标依据充分性\t充分\t部门设立的工作目标的依据是否充分\t
\t\t工作目标合理性\t合理\t部门设立的工作目标是否明确\t
\t整体工作完成\t总体工作完成率\t100%\t反映部门年度总体工作完成情况\t总体工作完成率=已完成数量/计划数量×100%
\t重点工作履行\t重点工作计划完成率\t100%\t反映本部门负责的重点工作进展情况\t
管理效率\t预算管理\t预算执行率\t100%\t\t预算执行率=（预算执行数/预算数）×100%
\t\t预算调整率\t≤10%\t反映部门年度预算调整程度\t
\t资产管理\t部门固定资产利用率\t100%\t\t部门实际在用固定资产总额/部门所有固定资产总额×100%
运行成本\t成本控制成效\t在职人员经费变动率\t5.88%\t反映部门对在职人员成本的控制程度\t
服务满意\t服务对象满意\t群众满意度\t≥96%\t反映普通用户对部门服务的满意度\t数据一般通过问卷调查取得
\t\t对口部门满意度\t≥90%\t\t
可持续性\t创新能力\t重点创新事项\t1-3\t反映本部门创新事项对部门可持续发展的支撑情况\t''')
DEPT_M = [(0, 0, 0, 5), (1, 1, 1, 5), (3, 0, 6, 0), (3, 1, 4, 1), (7, 0, 9, 0),
          (7, 1, 8, 1), (11, 0, 12, 0), (11, 1, 12, 1)]

def long_dept():
    """A department table long enough to break over a PDF page."""
    rows = [r[:] for r in DEPT]
    merges = list(DEPT_M)
    l2 = ['业务管理', '服务保障', '信息建设', '队伍建设']
    for i in range(32):
        first = i % 8 == 0
        rows.append(['运行管理' if i == 0 else '', l2[i // 8] if first else '',
                     '管理事项%d办结率' % (i + 1), '≥%d%%' % (90 + i % 10),
                     '反映第%d项管理事项按期办结的情况，按季度统计，年末汇总' % (i + 1), ''])
    base = len(DEPT)
    merges.append((base, 0, base + 31, 0))
    for k in range(4):
        merges.append((base + 8 * k, 1, base + 8 * k + 7, 1))
    return rows, merges

def tab_text(rows):
    return '\n'.join('\t'.join(r).rstrip('\t') for r in rows) + '\n'

def covered(merges, r, c):
    for (r0, c0, r1, c1) in merges:
        if r0 <= r <= r1 and c0 <= c <= c1 and (r, c) != (r0, c0):
            return True
    return False

def check(rows, merges):
    for r in range(len(rows)):
        for c in range(len(rows[r])):
            assert not (covered(merges, r, c) and rows[r][c]), (r, c, rows[r][c])

# ---- xlsx ----
def as_number(s, pct):
    """'140' -> 140, '90%' -> (0.9, '0%') when pct, else None."""
    try:
        if s.endswith('%') and pct:
            v = float(s[:-1]) / 100
            dec = len(s[:-1].split('.')[1]) if '.' in s else 0
            return v, '0%' if dec == 0 else '0.' + '0' * dec + '%'
        if s and s[0].isdigit() and not s.startswith('0') or s == '0':
            return (int(s) if s.isdigit() else float(s)), None
    except ValueError:
        pass
    return None

def fill_sheet(ws, rows, merges, pct=True, hidden_col=None):
    check(rows, merges)
    for r, row in enumerate(rows):
        for c, s in enumerate(row):
            if not s:
                continue
            cell = ws.cell(row=r + 1, column=c + 1)
            num = as_number(s, pct)
            if num is not None:
                cell.value = num[0]
                if num[1]:
                    cell.number_format = num[1]
            else:
                cell.value = s
    for (r0, c0, r1, c1) in merges:
        ws.merge_cells(start_row=r0 + 1, start_column=c0 + 1, end_row=r1 + 1, end_column=c1 + 1)
    if hidden_col:
        ws.column_dimensions[hidden_col].hidden = True

def xlsx(path, sheets):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows, merges, kw in sheets:
        fill_sheet(wb.create_sheet(name), rows, merges, **kw)
    wb.save(path)

# ---- docx ----
def docx_file(path, rows, merges, title_rows=0, header_repeat=False):
    """Title rows (merged across) become paragraphs above the table."""
    d = docx.Document()
    for r in range(title_rows):
        d.add_paragraph('\t'.join(rows[r]).rstrip('\t'))
    body = rows[title_rows:]
    ncols = len(rows[0])
    t = d.add_table(rows=len(body), cols=ncols)
    t.style = 'Table Grid'
    for r, row in enumerate(body):
        for c, s in enumerate(row):
            if s:
                t.cell(r, c).text = s
    for (r0, c0, r1, c1) in merges:
        if r0 < title_rows:
            continue
        a = t.cell(r0 - title_rows, c0)
        b = t.cell(r1 - title_rows, c1)
        text = a.text
        m = a.merge(b)
        m.text = text  # merge() joins paragraphs; keep the origin's text
    if header_repeat:
        for tr in t.rows[:1]:
            trPr = tr._tr.get_or_add_trPr()
            h = OxmlElement('w:tblHeader')
            h.set(qn('w:val'), 'true')
            trPr.append(h)
    d.save(path)

# ---- html ----
def html(rows, merges, title_rows, charset, extra_head=''):
    out = ['<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s">' % charset,
           '<title>绩效目标公开</title><style>td{border:1px solid}</style>',
           '<script>var nav = "<table><tr><td>不是表格</td></tr></table>";</script>%s</head><body>' % extra_head,
           '<div class="nav">首页 &gt; 信息公开 &gt; 预算公开</div>']
    for r in range(title_rows):
        out.append('<h2>%s</h2>' % rows[r][0])
    out.append('<table border="1" cellspacing="0">')
    for r in range(title_rows, len(rows)):
        out.append('<tr>')
        for c, s in enumerate(rows[r]):
            if covered(merges, r, c):
                continue
            span = ''
            for (r0, c0, r1, c1) in merges:
                if (r0, c0) == (r, c):
                    if r1 > r0:
                        span += ' rowspan="%d"' % (r1 - r0 + 1)
                    if c1 > c0:
                        span += ' colspan="%d"' % (c1 - c0 + 1)
            s = s.replace('≥', '&ge;', 1) if '≥' in s and r % 2 else s
            out.append('<td%s><p><span>%s</span></p></td>' % (span, s) if s else '<td%s>&nbsp;</td>' % span)
        out.append('</tr>')
    out.append('</table><p>联系电话：0379-12345678<br>地址：某某路1号</p></body></html>')
    return '\n'.join(out) + '\n'

def write(path, data, enc='utf-8'):
    with open(path, 'wb') as f:
        f.write(data.encode(enc) if isinstance(data, str) else data)

def main():
    os.makedirs(OUT, exist_ok=True)
    p = lambda n: os.path.join(OUT, n)
    lrows, lmerges = long_dept()
    for name, rows in [('selfeval', SELFEVAL), ('dept', DEPT), ('long', lrows)]:
        write(p(name + '.txt'), tab_text(rows))
    write(p('two-sheets.txt'), tab_text(DEPT) + '\n' + tab_text(SELFEVAL2))
    xlsx(p('selfeval.xlsx'), [('自评表', SELFEVAL, SELFEVAL_M, {})])
    xlsx(p('dept.xlsx'), [('Sheet1', DEPT, DEPT_M, {'hidden_col': 'F'})])
    xlsx(p('two-sheets.xlsx'), [('部门整体', DEPT, DEPT_M, {}),
                               ('项目自评', SELFEVAL2, SELFEVAL2_M, {})])
    # the same self-evaluation with every cell text (no number formats)
    xlsx(p('selfeval-text.xlsx'), [('Sheet1', SELFEVAL, SELFEVAL_M, {'pct': False})])
    docx_file(p('selfeval.docx'), SELFEVAL, SELFEVAL_M, title_rows=2)
    docx_file(p('dept.docx'), DEPT, DEPT_M, title_rows=1)
    docx_file(p('long.docx'), lrows, lmerges, title_rows=2, header_repeat=True)
    write(p('selfeval.html'), html(SELFEVAL, SELFEVAL_M, 2, 'utf-8'))
    write(p('dept-gb2312.html'), html(DEPT, DEPT_M, 1, 'gb2312'), 'gb18030')
    actuals_xlsx(p('luolong-2021.actuals.xlsx'))
    formats_xlsx(p('formats.xlsx'))
    unit_formats_xlsx(p('unit-formats.xlsx'))
    hostile(p)

def formats_xlsx(path):
    """One cell per number format the reader must show as Excel does."""
    import datetime
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = '格式'
    cells = [  # value, number format (None: General)
        (datetime.date(2023, 12, 31), 'yyyy"年"m"月"d"日"'),
        (datetime.date(2023, 12, 31), 'yyyy-mm-dd'),
        (datetime.date(2021, 3, 1), 'm/d/yy'),
        (0.955, '0.00%'),
        (0.95, '0%'),
        (12.5, None),
        (1200, '#,##0'),
        (0.1 + 0.2, None),
        ('≥95%', None),
    ]
    for i, (v, f) in enumerate(cells):
        c = ws.cell(row=i + 1, column=1)
        c.value = v
        if f:
            c.number_format = f
    ws.row_dimensions[9].hidden = True
    wb.save(path)

def unit_formats_xlsx(path):
    """Formats that print text around the number, as Excel shows them:
    5000 in 0"亩" is "5000亩"."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = '单位格式'
    cells = [
        (5000, '0"亩"'),
        (420, '0.00"万元"'),
        (0.95, '"≥"0%'),
        (150, '0\\元'),
        (35, 'General"人"'),
        (8000, '#,##0"户"'),
        (12, '[Red]0"个";[Blue]-0"个"'),
    ]
    for i, (v, f) in enumerate(cells):
        c = ws.cell(row=i + 1, column=1)
        c.value = v
        c.number_format = f
    wb.save(path)


def actuals_xlsx(path):
    """The officer's filled template, as Excel keeps it: numbers typed as
    numbers, 93% as 0.93 with a 0% format."""
    import csv
    here = os.path.dirname(os.path.abspath(__file__))
    src = os.path.join(here, '..', '..', 'examples', 'luolong-2021.actuals.csv')
    with open(src, encoding='utf-8-sig') as f:
        rows = list(csv.reader(f))
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = '实际完成值'
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if not v:
                continue
            cell = ws.cell(row=r + 1, column=c + 1)
            num = as_number(v, True) if r and rows[0][c] in ('分值', '实际完成值', '得分', '全年预算数', '全年执行数') else None
            if num is not None:
                cell.value = num[0]
                if num[1]:
                    cell.number_format = num[1]
            else:
                cell.value = v
    wb.save(path)

def hostile(p):
    # a zip bomb: 200 MiB of spaces in the sheet, a few hundred KiB packed
    src = open(p('selfeval.xlsx'), 'rb').read()
    zin = zipfile.ZipFile(io.BytesIO(src))
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, 'w', zipfile.ZIP_DEFLATED) as z:
        for it in zin.infolist():
            data = zin.read(it.filename)
            if it.filename == 'xl/worksheets/sheet1.xml':
                data = data.replace(b'<sheetData>', b'<sheetData>' + b' ' * (200 << 20), 1)
            z.writestr(it.filename, data, compresslevel=9)
    write(p('hostile-bomb.xlsx'), bomb.getvalue())
    write(p('hostile-truncated.xlsx'), src[:len(src) // 2])
    def patched(member, fn, name):
        out = io.BytesIO()
        with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
            for it in zin.infolist():
                data = zin.read(it.filename)
                if it.filename == member:
                    data = fn(data)
                z.writestr(it.filename, data)
        write(p(name), out.getvalue())
    lol = (b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
           + b''.join(b'<!ENTITY lol%d "%s">' % (i, (b'&lol%d;' % (i - 1) if i > 1 else b'&lol;') * 10)
                      for i in range(1, 10))
           + b']>\n')
    sheet = 'xl/worksheets/sheet1.xml'
    patched(sheet, lambda d: lol + d.replace(b'<t>', b'<t>&lol9;', 1), 'hostile-laughs.xlsx')
    xxe = b'<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
    patched(sheet, lambda d: xxe + d.replace(b'<t>', b'<t>&xxe;', 1), 'hostile-xxe.xlsx')
    write(p('hostile-notpdf.pdf'), b'%PDF-1.4\nthis is not a pdf at all\n' * 10)
    wb = openpyxl.Workbook()
    ws = wb.active
    for c in range(1, 10001):
        ws.cell(row=1, column=c).value = 'c%d' % c
    wb.save(p('hostile-wide.xlsx'))

main()
