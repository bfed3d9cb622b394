#!/usr/bin/env python3
"""Writes the office documents of dev5 (.xlsx, .docx, .html) and their
NAME.expected.tsv, from the OOXML spec with the standard library only
(zipfile), so the files look like what officers are sent: Excel with merged
cells (mergeCells), shared strings, percentages stored as numbers with a
percent number format, two sheets; Word with vertically merged cells
(w:vMerge) and gridSpan; a saved web page with rowspan/colspan.
All content is made up (real county names, invented projects and numbers).
Run from anywhere: python3 tests/corpus/dev5/make_office.py
The output is deterministic (fixed zip timestamps)."""
import html
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
HEAD = ['kind', 'table', 'level1', 'level2', 'level3', 'target', 'actual', 'points']
STAMP = (2024, 3, 18, 9, 30, 0)


def write_expected(name, rows):
    with open(os.path.join(HERE, name + '.expected.tsv'), 'w', encoding='utf-8') as fh:
        fh.write('\t'.join(HEAD) + '\n')
        for r in rows:
            assert len(r) == 8 and all('\t' not in x and '\n' not in x for x in r), r
            fh.write('\t'.join(r) + '\n')


def write_zip(path, parts):
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode('utf-8'))


def merged_runs(rows, col):
    """(first, last) row index ranges over which column col repeats (and all
    columns left of it agree): the cells a form merges vertically."""
    runs, i = [], 0
    while i < len(rows):
        j = i
        while j + 1 < len(rows) and rows[j + 1][:col + 1] == rows[i][:col + 1]:
            j += 1
        runs.append((i, j))
        i = j + 1
    return runs


# ---------------------------------------------------------------- xlsx

def col_name(c):
    s = ''
    c += 1
    while c:
        c, r = divmod(c - 1, 26)
        s = chr(65 + r) + s
    return s


def ref(r, c):
    return '%s%d' % (col_name(c), r + 1)


# cellXfs: 0 default, 1 text with border, 2 "0.0%", 3 "0%", 4 general number with border
STYLES = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts>
<fonts count="2"><font><sz val="11"/><name val="宋体"/><family val="3"/><charset val="134"/></font><font><b/><sz val="14"/><name val="宋体"/><family val="3"/><charset val="134"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="6">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>
<xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/>
<xf numFmtId="9" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/>
<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1"/>
<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center"/></xf>
</cellXfs>
<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>'''


class Pct(float):
    """a number shown with a percent format: Pct(0.962) -> 96.2% ("0.0%"),
    Pct(1, whole=True) -> 100% ("0%")"""
    def __new__(cls, v, whole=False):
        o = float.__new__(cls, v)
        o.whole = whole
        return o


class Sheet:
    def __init__(self, name, widths):
        self.name, self.widths = name, widths
        self.cells = {}   # (r, c) -> value
        self.merges = []
        self.title_rows = set()

    def put(self, r, c, v):
        if v is not None and v != '':
            self.cells[(r, c)] = v

    def row(self, r, values, c0=0):
        for i, v in enumerate(values):
            self.put(r, c0 + i, v)

    def merge(self, r0, c0, r1, c1):
        if (r0, c0) != (r1, c1):
            self.merges.append('%s:%s' % (ref(r0, c0), ref(r1, c1)))


def sheet_xml(sh, sst, index):
    nrows = max(r for r, _ in sh.cells) + 1
    ncols = len(sh.widths)
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
           '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
           '<dimension ref="A1:%s"/>' % ref(nrows - 1, ncols - 1),
           '<sheetViews><sheetView workbookViewId="0"%s/></sheetViews>' % (' tabSelected="1"' if index == 0 else ''),
           '<sheetFormatPr defaultRowHeight="13.5"/>', '<cols>']
    for i, w in enumerate(sh.widths):
        out.append('<col min="%d" max="%d" width="%s" customWidth="1"/>' % (i + 1, i + 1, w))
    out.append('</cols><sheetData>')
    for r in range(nrows):
        out.append('<row r="%d">' % (r + 1))
        for c in range(ncols):
            v = sh.cells.get((r, c))
            style = 5 if r in sh.title_rows else 1
            if v is None:
                if r not in sh.title_rows:
                    out.append('<c r="%s" s="1"/>' % ref(r, c))
                continue
            if isinstance(v, Pct):
                out.append('<c r="%s" s="%d"><v>%s</v></c>' % (ref(r, c), 3 if v.whole else 2, repr(float(v))))
            elif isinstance(v, (int, float)):
                out.append('<c r="%s" s="4"><v>%s</v></c>' % (ref(r, c), v))
            else:
                if v not in index_of(sst):
                    sst.append(v)
                out.append('<c r="%s" s="%d" t="s"><v>%d</v></c>' % (ref(r, c), style, index_of(sst)[v]))
        out.append('</row>')
    out.append('</sheetData>')
    if sh.merges:
        out.append('<mergeCells count="%d">' % len(sh.merges))
        out += ['<mergeCell ref="%s"/>' % m for m in sh.merges]
        out.append('</mergeCells>')
    out.append('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>')
    out.append('<pageSetup paperSize="9" orientation="landscape"/></worksheet>')
    return ''.join(out)


_idx_cache = {}


def index_of(sst):
    key = id(sst)
    d = _idx_cache.setdefault(key, {})
    if len(d) != len(sst):
        d.clear()
        d.update({s: i for i, s in enumerate(sst)})
    return d


def write_xlsx(path, sheets):
    sst = []
    sheet_parts = [sheet_xml(sh, sst, i) for i, sh in enumerate(sheets)]
    n = len(sheets)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          + ''.join('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % (i + 1) for i in range(n))
          + '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<bookViews><workbookView activeTab="0"/></bookViews><sheets>'
          + ''.join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (escape(sh.name), i + 1, i + 1) for i, sh in enumerate(sheets))
          + '</sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              + ''.join('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i + 1, i + 1) for i in range(n))
              + '<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' % (n + 1)
              + '<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' % (n + 2)
              + '</Relationships>')
    total = sum(1 for sh in sheets for v in sh.cells.values() if isinstance(v, str))
    sstxml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">' % (total, len(sst))
              + ''.join('<si><t%s>%s</t></si>' % (' xml:space="preserve"' if (s != s.strip() or '\n' in s) else '', escape(s)) for s in sst)
              + '</sst>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>Administrator</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2024-03-18T09:30:00Z</dcterms:created></cp:coreProperties>')
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           '<Application>Microsoft Excel</Application></Properties>')
    parts = [('[Content_Types].xml', ct), ('_rels/.rels', rels), ('docProps/core.xml', core), ('docProps/app.xml', app),
             ('xl/workbook.xml', wb), ('xl/_rels/workbook.xml.rels', wbrels), ('xl/styles.xml', STYLES),
             ('xl/sharedStrings.xml', sstxml)]
    parts += [('xl/worksheets/sheet%d.xml' % (i + 1), x) for i, x in enumerate(sheet_parts)]
    write_zip(path, parts)


def shown(v):
    """what Excel shows for a cell value (what the officer reads)"""
    if isinstance(v, Pct):
        return ('%.0f%%' if v.whole else '%.1f%%') % (float(v) * 100)
    if isinstance(v, float) and v == int(v):
        return str(int(v))
    return str(v)


# ---------------------------------------------------------------- docx

W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'


def w_para(text, bold=False, center=False, size=None):
    ppr = '<w:pPr><w:jc w:val="center"/></w:pPr>' if center else ''
    rpr = ''
    if bold or size:
        rpr = '<w:rPr>%s%s</w:rPr>' % ('<w:b/>' if bold else '', '<w:sz w:val="%d"/>' % size if size else '')
    if not text:
        return '<w:p>%s</w:p>' % ppr
    # a line break inside a cell is a w:br between runs
    runs = '<w:r>%s<w:br/></w:r>' % rpr
    body = runs.join('<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, escape(t)) for t in text.split('\n'))
    return '<w:p>%s%s</w:p>' % (ppr, body)


def w_cell(text, width, span=1, vmerge=None):
    tcpr = '<w:tcW w:w="%d" w:type="dxa"/>' % width
    if span > 1:
        tcpr += '<w:gridSpan w:val="%d"/>' % span
    if vmerge == 'restart':
        tcpr += '<w:vMerge w:val="restart"/>'
    elif vmerge == 'continue':
        tcpr += '<w:vMerge/>'
    tcpr += '<w:vAlign w:val="center"/>'
    return '<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>' % (tcpr, w_para('' if vmerge == 'continue' else text))


def w_table(grid, rows):
    """grid: column widths (dxa); rows: list of lists of (text, span, vmerge)"""
    out = ['<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>' % sum(grid)]
    for b in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        out.append('<w:%s w:val="single" w:sz="4" w:space="0" w:color="000000"/>' % b)
    out.append('</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>')
    out += ['<w:gridCol w:w="%d"/>' % g for g in grid]
    out.append('</w:tblGrid>')
    for row in rows:
        out.append('<w:tr>')
        c = 0
        for text, span, vm in row:
            out.append(w_cell(text, sum(grid[c:c + span]), span, vm))
            c += span
        assert c == len(grid), (c, len(grid), row)
        out.append('</w:tr>')
    out.append('</w:tbl>')
    return ''.join(out)


def write_docx(path, body):
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '</Relationships>')
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           '<Application>Microsoft Office Word</Application></Properties>')
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="%s" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
           '<w:body>%s<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>'
           '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="851" w:footer="992" w:gutter="0"/>'
           '</w:sectPr></w:body></w:document>') % (W_NS, body)
    write_zip(path, [('[Content_Types].xml', ct), ('_rels/.rels', rels), ('docProps/app.xml', app),
                     ('word/document.xml', doc)])


def indicator_rows_docx(R, ncols_before, cols):
    """rows for indicators: first two columns vertically merged over their runs;
    cols(r) gives the remaining cell texts"""
    out = []
    starts0 = {a: b for a, b in merged_runs([list(r[:1]) for r in R], 0)}
    starts1 = {a: b for a, b in merged_runs([list(r[:2]) for r in R], 1)}
    in0 = in1 = None
    for i, r in enumerate(R):
        row = []
        if i in starts0:
            row.append((r[0], 1, 'restart' if starts0[i] > i else None))
        else:
            row.append(('', 1, 'continue'))
        if i in starts1:
            row.append((r[1], 1, 'restart' if starts1[i] > i else None))
        else:
            row.append(('', 1, 'continue'))
        row += [(t, 1, None) for t in cols(r)]
        out.append(row)
    return out


# ---------------------------------------------------------------- documents

def selfeval_sheet(name, title, info, funds, R):
    """a project self-evaluation on one sheet: title, header fields, funds
    block, indicators with 一级/二级 merged; R rows are
    (l1, l2, l3, target, actual, points, score, reason)"""
    sh = Sheet(name, [12, 16, 26, 16, 14, 8, 8, 28])
    sh.row(0, [title])
    sh.title_rows.add(0)
    sh.merge(0, 0, 0, 7)
    sh.row(1, ['项目名称', info[0], None, None, '主管部门', info[1]])
    sh.merge(1, 1, 1, 3)
    sh.merge(1, 5, 1, 7)
    sh.row(2, ['实施单位', info[2], None, None, '项目负责人', info[3]])
    sh.merge(2, 1, 2, 3)
    sh.merge(2, 5, 2, 7)
    sh.row(3, ['项目资金（万元）', None, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'])
    sh.row(4, [None, '年度资金总额'] + funds)
    sh.row(5, [None, '其中：财政拨款'] + funds[:3])
    sh.merge(3, 0, 5, 0)
    sh.row(6, ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'])
    r0 = 7
    for i, r in enumerate(R):
        sh.row(r0 + i, list(r))
    for a, b in merged_runs([list(r[:1]) for r in R], 0):
        for k in range(a + 1, b + 1):
            sh.cells.pop((r0 + k, 0), None)
        sh.merge(r0 + a, 0, r0 + b, 0)
    for a, b in merged_runs([list(r[:2]) for r in R], 1):
        for k in range(a + 1, b + 1):
            sh.cells.pop((r0 + k, 1), None)
        sh.merge(r0 + a, 1, r0 + b, 1)
    end = r0 + len(R)
    pts = sum(r[5] for r in R) + funds[3]
    score = round(sum(r[6] for r in R) + funds[5], 1)
    sh.row(end, ['总分', None, None, None, None, pts, score])
    sh.merge(end, 0, end, 4)
    sh.row(end + 1, ['自评结论', '优' if score >= 90 else '良'])
    sh.merge(end + 1, 1, end + 1, 7)
    sh.row(end + 2, ['填表人：施卫东', None, None, '联系电话：021-59xxxxxx', None, None, '填表日期：2024年3月15日'])
    return sh


def chongming():
    name = 'o01-shanghai-chongming-yuye-selfeval-two-sheets'
    A = '长江退捕渔民安置保障项目'
    RA = [
        ('产出指标', '数量指标', '退捕渔民参加职业技能培训', '≥300人次', '326人次', 10, 10, ''),
        ('产出指标', '数量指标', '落实养老保险补贴人数', '≥480人', '492人', 10, 10, ''),
        ('产出指标', '质量指标', '有就业意愿退捕渔民就业率', Pct(1, True), Pct(0.984), 10, 9.8, '2人因身体原因暂缓就业，持续跟踪帮扶'),
        ('产出指标', '时效指标', '补贴资金发放及时率', '≥95%', Pct(1, True), 10, 10, ''),
        ('产出指标', '成本指标', '人均技能培训成本', '≤2500元', '2380元', 10, 10, ''),
        ('效益指标', '社会效益指标', '退捕渔民返捕偷捕案件', '0起', '0起', 15, 15, ''),
        ('效益指标', '可持续影响指标', '禁捕水域巡护长效机制', '持续运行', '持续运行', 15, 15, ''),
        ('满意度指标', '服务对象满意度指标', '退捕渔民满意度', '≥90%', Pct(0.937), 10, 10, ''),
    ]
    B = '水产养殖尾水治理项目'
    RB = [
        ('产出指标', '数量指标', '完成尾水治理养殖场', '≥18家', '18家', 15, 15, ''),
        ('产出指标', '数量指标', '尾水治理养殖面积', '≥6500亩', '6120亩', 10, 9.4, '2家养殖场土地手续未完成，改至2024年实施'),
        ('产出指标', '质量指标', '尾水排放达标率', '≥90%', Pct(0.926), 10, 10, ''),
        ('产出指标', '时效指标', '治理工程完工时间', '2023年11月底前', '2023年12月中旬', 5, 4, '雨季影响施工进度，加强进度管理'),
        ('产出指标', '成本指标', '亩均治理补助', '≤1200元/亩', '1150元/亩', 10, 10, ''),
        ('效益指标', '生态效益指标', '养殖尾水总氮削减率', '≥30%', Pct(0.342), 15, 15, ''),
        ('效益指标', '经济效益指标', '水产品质量安全抽检合格率', Pct(1, True), Pct(1, True), 15, 15, ''),
        ('满意度指标', '服务对象满意度指标', '养殖户满意度', '≥85%', Pct(0.912), 10, 10, ''),
    ]
    s1 = selfeval_sheet('退捕渔民安置', '2023年度项目支出绩效自评表',
                        (A, '上海市崇明区农业农村委员会', '崇明区渔政站', '陆建华'),
                        [1260, 1260, 1231.5, 10, Pct(0.977), 9.8], RA)
    s2 = selfeval_sheet('尾水治理', '2023年度项目支出绩效自评表',
                        (B, '上海市崇明区农业农村委员会', '崇明区水产技术推广站', '黄晓琳'),
                        [780, 780, 742.6, 10, Pct(0.952), 9.5], RB)
    write_xlsx(os.path.join(HERE, name + '.xlsx'), [s1, s2])
    exp = [('project', t, r[0], r[1], r[2], shown(r[3]), shown(r[4]), shown(r[5])) for t, R in ((A, RA), (B, RB)) for r in R]
    write_expected(name, exp)


def chaling():
    name = 'o02-hunan-chaling-fangyi-split-xlsx'
    T = '重大动物疫病防控项目'
    # l1, l2, l3, 指标值类型, 指标值, 计量单位, 分值, 评(扣)分标准, 备注 ; expected target
    R = [
        ('产出指标', '数量指标', '口蹄疫免疫猪牛羊', '定量', '≥42', '万头（只）', 10, '按完成比例计分', '', '≥42万头（只）'),
        ('产出指标', '数量指标', '高致病性禽流感免疫家禽', '定量', '≥310', '万羽', 10, '按完成比例计分', '', '≥310万羽'),
        ('产出指标', '数量指标', '开展血清学监测样品', '定量', 12000, '份', 5, '每少500份扣1分', '', '12000份'),
        ('产出指标', '质量指标', '应免畜禽免疫密度', '定量', '≥90', '%', 10, '每低1个百分点扣1分', '常年保持', '≥90%'),
        ('产出指标', '质量指标', '免疫抗体合格率', '定量', Pct(0.7, True), '%', 10, '按完成比例计分', '', '70%'),
        ('产出指标', '时效指标', '春秋两季集中免疫完成时间', '定性', '5月底、11月底前', '', 5, '延期不得分', '', '5月底、11月底前'),
        ('产出指标', '成本指标', '村级防疫员劳务补助', '定量', '≤1.2', '万元/人·年', 5, '超标准不得分', '', '≤1.2万元/人·年'),
        ('效益指标', '社会效益指标', '区域性重大动物疫情发生', '定量', '0', '起', 10, '发生疫情不得分', '', '0起'),
        ('效益指标', '经济效益指标', '畜禽养殖业因疫损失', '定性', '明显减少', '', 10, '酌情扣分', '', '明显减少'),
        ('效益指标', '可持续影响指标', '动物防疫体系运行', '定性', '优良中低差', '', 5, '按评价等级计分', '', '优良中低差'),
        ('满意度指标', '服务对象满意度指标', '养殖场户满意度', '定量', '≥90%', '%', 10, '每低1个百分点扣1分', '问卷调查', '≥90%'),
    ]
    sh = Sheet('绩效目标表', [12, 18, 26, 10, 14, 12, 6, 20, 12])
    sh.row(0, ['茶陵县农业农村局2024年项目支出绩效目标表'])
    sh.title_rows.add(0)
    sh.merge(0, 0, 0, 8)
    sh.row(1, ['单位名称', '茶陵县农业农村局', None, None, '项目名称', T])
    sh.merge(1, 1, 1, 3)
    sh.merge(1, 5, 1, 8)
    sh.row(2, ['项目类别', '专项', None, None, '项目属性', '延续项目'])
    sh.merge(2, 1, 2, 3)
    sh.merge(2, 5, 2, 8)
    sh.row(3, ['项目资金（万元）', 236, None, None, '其中：财政资金', 236])
    sh.merge(3, 1, 3, 3)
    sh.merge(3, 5, 3, 8)
    sh.row(4, ['年度目标', '完成重大动物疫病强制免疫，应免畜禽免疫密度常年保持在90%以上，确保不发生区域性重大动物疫情。'])
    sh.merge(4, 1, 4, 8)
    sh.row(5, ['一级指标', '二级指标', '三级指标', '指标值类型', '指标值', '计量单位', '分值', '评(扣)分标准', '备注'])
    r0 = 6
    for i, r in enumerate(R):
        sh.row(r0 + i, list(r[:9]))
    for col in (0, 1):
        for a, b in merged_runs([list(r[:col + 1]) for r in R], col):
            for k in range(a + 1, b + 1):
                sh.cells.pop((r0 + k, col), None)
            sh.merge(r0 + a, col, r0 + b, col)
    end = r0 + len(R)
    sh.row(end, ['合计', None, None, None, None, None, sum(r[6] for r in R)])
    sh.merge(end, 0, end, 5)
    sh.row(end + 2, ['单位负责人：谭振华', None, None, '财务负责人：陈玉兰', None, None, '填报人：尹志刚'])
    note = Sheet('填报说明', [90])
    for i, t in enumerate(['填报说明：',
                           '1.指标值类型填写"定量"或"定性"；定量指标的指标值应含比较符号（≥、≤、=）。',
                           '2.计量单位按统计口径填写，定性指标可不填。',
                           '3.分值合计为90分，预算执行率10分另行计算。']):
        note.row(i, [t])
    write_xlsx(os.path.join(HERE, name + '.xlsx'), [sh, note])
    write_expected(name, [('project', T, r[0], r[1], r[2], r[9], '', '') for r in R])


def guangshan():
    name = 'o03-henan-guangshan-peixun-zhongqi-docx'
    T = '职业技能提升行动培训补贴项目'
    # l1, l2, l3, 中期指标值, 年度指标值
    R = [
        ('产出指标', '数量指标', '开展补贴性职业技能培训', '≥1.5万人次', '≥5200人次'),
        ('产出指标', '数量指标', '其中：脱贫劳动力培训', '≥4500人次', '≥1500人次'),
        ('产出指标', '数量指标', '新认定职业技能等级评价机构', '6家', '2家'),
        ('产出指标', '质量指标', '培训合格率', '≥90%', '≥90%'),
        ('产出指标', '质量指标', '取得职业资格或技能等级证书比例', '≥70%', '≥65%'),
        ('产出指标', '时效指标', '培训补贴审核拨付时限', '', '培训结束后60日内'),
        ('产出指标', '成本指标', '人均培训补贴标准', '≤1800元/人', '≤1800元/人'),
        ('效益指标', '社会效益指标', '培训后就业率', '≥75%', '≥70%'),
        ('效益指标', '经济效益指标', '带动参训人员月均增收', '≥800元', '≥600元'),
        ('效益指标', '可持续影响指标', '技能人才占就业人员比例', '提高5个百分点', '提高1.5个百分点'),
        ('满意度指标', '服务对象满意度指标', '参训人员满意度', '≥90%', '≥92%'),
    ]
    grid = [1500, 2000, 3600, 2600, 2600]
    top = [
        [('项目名称', 1, None), (T, 4, None)],
        [('主管部门', 1, None), ('光山县人力资源和社会保障局', 2, None), ('实施单位', 1, None), ('光山县就业服务中心', 1, None)],
        [('项目资金（万元）', 1, 'restart'), ('中期资金总额（2024—2026年）', 2, None), ('2800', 2, None)],
        [('', 1, 'continue'), ('年度资金总额', 2, None), ('950', 2, None)],
        [('总体目标', 1, 'restart'), ('中期目标（2024—2026年）', 2, None), ('年度目标（2024年）', 2, None)],
        [('', 1, 'continue'), ('三年开展补贴性职业技能培训1.5万人次以上，培训后就业率75%以上。', 2, None),
         ('开展补贴性职业技能培训5200人次以上，其中脱贫劳动力1500人次以上。', 2, None)],
        [('一级指标', 1, None), ('二级指标', 1, None), ('三级指标', 1, None), ('中期指标值', 1, None), ('年度指标值', 1, None)],
    ]
    body_rows = indicator_rows_docx(R, 2, lambda r: [r[2], r[3], r[4]])
    body = (w_para('附件3', bold=True)
            + w_para('光山县2024年项目支出绩效目标申报表', bold=True, center=True, size=36)
            + w_para('填报单位（盖章）：光山县人力资源和社会保障局                    单位：万元')
            + w_table(grid, top + body_rows)
            + w_para('')
            + w_para('填报人：胡春燕        联系电话：0376-86xxxxx        填报日期：2023年11月20日'))
    write_docx(os.path.join(HERE, name + '.docx'), body)
    write_expected(name, [('project', T, r[0], r[1], r[2], r[4], '', '') for r in R])


def yuexi():
    name = 'o04-anhui-yuexi-yiliao-jiuzhu-selfeval-docx'
    T = '城乡医疗救助项目'
    # l1, l2, l3, target, actual, points, score, reason ; 满意度 as a 二级 under 效益
    R = [
        ('产出指标', '数量指标', '资助参加城乡居民医保人数', '≥2.1万人', '2.16万人', '10', '10', ''),
        ('产出指标', '数量指标', '住院救助人次', '≥6800人次', '7125人次', '10', '10', ''),
        ('产出指标', '数量指标', '门诊慢特病救助人次', '≥9000人次', '8430人次', '5', '4.7', '部分慢病患者转入\n职工医保，救助对象减少'),
        ('产出指标', '质量指标', '救助对象参保率', '100%', '100%', '10', '10', ''),
        ('产出指标', '质量指标', '政策范围内住院费用救助比例', '≥70%', '72.5%', '5', '5', ''),
        ('产出指标', '时效指标', '"一站式"即时结算率', '≥95%', '97.8%', '5', '5', ''),
        ('产出指标', '成本指标', '年度救助资金支出', '≤4200万元', '4085万元', '5', '5', ''),
        ('效益指标', '社会效益指标', '困难群众个人自付费用负担', '明显减轻', '明显减轻', '15', '15', ''),
        ('效益指标', '社会效益指标', '因病致贫返贫发生', '0例', '0例', '15', '15', ''),
        ('效益指标', '服务对象满意度指标', '救助对象满意度', '≥90%', '95.6%', '10', '10', ''),
    ]
    grid = [1300, 1700, 3000, 1500, 1500, 900, 900, 2800]
    top = [
        [('项目名称', 1, None), (T, 3, None), ('主管部门', 1, None), ('岳西县医疗保障局', 3, None)],
        [('实施单位', 1, None), ('岳西县医疗保险基金管理中心', 3, None), ('项目属性', 1, None), ('经常性项目', 3, None)],
        [('项目资金（万元）', 1, 'restart'), ('', 1, None), ('年初预算数', 1, None), ('全年预算数', 1, None), ('全年执行数', 1, None),
         ('分值', 1, None), ('得分', 1, None), ('执行率', 1, None)],
        [('', 1, 'continue'), ('年度资金总额', 1, None), ('4200', 1, None), ('4200', 1, None), ('4085', 1, None),
         ('10', 1, None), ('9.7', 1, None), ('97.3%', 1, None)],
        [('年度总体目标', 1, None), ('资助特困人员、低保对象等参加城乡居民医保，对困难群众住院和门诊慢特病费用实施救助，防止因病致贫返贫。', 7, None)],
        [('绩效指标', 8, None)],
        [('一级指标', 1, None), ('二级指标', 1, None), ('三级指标', 1, None), ('年度指标值', 1, None), ('实际完成值', 1, None),
         ('分值', 1, None), ('得分', 1, None), ('偏差原因分析及改进措施', 1, None)],
    ]
    body_rows = indicator_rows_docx(R, 2, lambda r: list(r[2:8]))
    score = round(sum(float(r[6]) for r in R) + 9.7, 1)
    tail = [[('总分', 5, None), ('90', 1, None), ('%g' % score, 1, None), ('', 1, None)],
            [('评价等次', 2, None), ('优', 6, None)]]
    body = (w_para('岳西县2023年度项目支出绩效自评表', bold=True, center=True, size=36)
            + w_para('（2023年度）', center=True)
            + w_table(grid, top + body_rows + tail)
            + w_para('注：预算执行率分值10分，绩效指标分值90分。')
            + w_para('单位负责人：吴国庆　　　财务负责人：储丽萍　　　填表人：王海涛'))
    write_docx(os.path.join(HERE, name + '.docx'), body)
    write_expected(name, [('project', T, r[0], r[1], r[2], r[3], r[4], r[5]) for r in R])


def golmud():
    name = 'o05-qinghai-golmud-tongji-dept-html'
    T = '格尔木市统计局'
    # l1, l2, l3, target, 指标说明
    R = [
        ('履职效能', '部门目标实现', '统计调查项目按期完成率', '100%', '按期完成的统计调查项目/计划项目×100%'),
        ('履职效能', '部门目标实现', '统计数据上报及时率', '≥98%', '按时上报的报表/应上报报表×100%'),
        ('履职效能', '重点工作履行', '第五次全国经济普查入户清查单位', '≥1.1万个', '清查登记的法人单位和个体经营户'),
        ('履职效能', '重点工作履行', '统计执法检查企业', '≥40家', '年度统计执法检查企业数'),
        ('管理效率', '预算管理', '预算执行率', '≥95%', '预算执行数/预算数×100%'),
        ('管理效率', '财务管理', '财务制度健全性', '健全', '是否制定完善的财务管理制度'),
        ('管理效率', '资产管理', '资产账实相符率', '100%', '账实相符资产/资产总额×100%'),
        ('运行成本', '成本控制成效', '"三公经费"变动率', '≤0', '（本年-上年）/上年×100%'),
        ('运行成本', '成本控制成效', '普查人均劳务补助', '≤3200元/人', '按省定标准执行'),
        ('服务满意', '服务对象满意', '统计数据使用单位满意度', '≥90%', '问卷调查'),
        ('可持续性', '人才支撑', '统计人员业务培训覆盖率', '100%', '参训人数/统计人员总数×100%'),
        ('可持续性', '创新能力', '联网直报企业覆盖率', '≥95%', '联网直报企业/调查对象×100%'),
    ]
    rows = []
    runs0 = {a: b for a, b in merged_runs([list(r[:1]) for r in R], 0)}
    runs1 = {a: b for a, b in merged_runs([list(r[:2]) for r in R], 1)}
    for i, r in enumerate(R):
        cells = []
        if i in runs0:
            n = runs0[i] - i + 1
            cells.append('<td%s>%s</td>' % (' rowspan="%d"' % n if n > 1 else '', html.escape(r[0])))
        if i in runs1:
            n = runs1[i] - i + 1
            cells.append('<td%s>%s</td>' % (' rowspan="%d"' % n if n > 1 else '', html.escape(r[1])))
        cells += ['<td>%s</td>' % html.escape(x) for x in r[2:]]
        rows.append('    <tr>' + ''.join(cells) + '</tr>')
    page = '''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>格尔木市统计局2024年部门整体支出绩效目标表-格尔木市人民政府</title>
<link rel="stylesheet" href="../css/style.css">
<script src="../js/jquery.min.js"></script>
</head>
<body>
<div class="top"><a href="/">格尔木市人民政府</a> | <a href="/zwgk/">政务公开</a> | <a href="/zwgk/czzj/">财政资金</a></div>
<div class="info">索引号：11632801MB1xxxxxx/2024-00021　发布日期：2024-02-06　来源：格尔木市统计局</div>
<h2 style="text-align:center">格尔木市统计局2024年部门整体支出绩效目标表</h2>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
  <tbody>
    <tr><td colspan="2">部门（单位）名称</td><td colspan="3">格尔木市统计局</td></tr>
    <tr><td colspan="2" rowspan="3">年度预算申请（万元）</td><td>资金总额</td><td colspan="2">428.60</td></tr>
    <tr><td>其中：基本支出</td><td colspan="2">312.40</td></tr>
    <tr><td>项目支出</td><td colspan="2">116.20</td></tr>
    <tr><td colspan="2">年度总体目标</td><td colspan="3">完成第五次全国经济普查登记和数据处理，统计数据上报及时率98%以上，依法开展统计执法检查。</td></tr>
    <tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标值</th><th>指标说明</th></tr>
@ROWS@
  </tbody>
</table>
<p>备注：指标值为2024年度目标值。</p>
<div class="share">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
<div class="foot">主办：格尔木市人民政府办公室　青ICP备xxxxxxxx号-1　<img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==" alt=""></div>
</body>
</html>
'''.replace('@ROWS@', '\n'.join(rows))
    with open(os.path.join(HERE, name + '.html'), 'w', encoding='utf-8') as fh:
        fh.write(page)
    write_expected(name, [('department', T, r[0], r[1], r[2], r[3], '', '') for r in R])


if __name__ == '__main__':
    chongming()
    chaling()
    guangshan()
    yuexi()
    golmud()
