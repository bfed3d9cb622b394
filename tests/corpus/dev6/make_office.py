#!/usr/bin/env python3
"""Writes the office documents of dev6 (.xlsx, .docx, .html) and their
NAME.expected.tsv, from the OOXML spec with the standard library only
(zipfile), so the files look like what officers are sent: Excel with merged
cells (mergeCells), shared strings, percentages stored as numbers with a
percent number format, two sheets; Word with vertically merged cells
(w:vMerge) and gridSpan; a saved web page with rowspan/colspan.
All content is made up (real county names, invented projects and numbers).
Run from anywhere: python3 tests/corpus/dev6/make_office.py
The output is deterministic (fixed zip timestamps)."""
import datetime
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


# cellXfs: 0 default, 1 text with border, 2 "0.0%", 3 "0%", 4 general number,
# 5 title, 6 "0.00", 7 date yyyy"年"m"月"d"日", 8 "0.00%", 9 date yyyy-mm-dd
STYLES = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="3"><numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="177" formatCode="yyyy\\-mm\\-dd"/></numFmts>
<fonts count="2"><font><sz val="11"/><name val="宋体"/><family val="3"/><charset val="134"/></font><font><b/><sz val="16"/><name val="方正小标宋简体"/><family val="3"/><charset val="134"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="10">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>
<xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/>
<xf numFmtId="9" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/>
<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1"/>
<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center"/></xf>
<xf numFmtId="2" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/>
<xf numFmtId="176" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/>
<xf numFmtId="10" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/>
<xf numFmtId="177" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/>
</cellXfs>
<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>'''


class Num:
    """a number cell with a number format; .shown is what Excel shows"""
    def __init__(self, v, style, shown):
        self.v, self.style, self.shown = v, style, shown

    def __str__(self):
        return self.shown


def pct(v, decimals=0):
    style = {0: 3, 1: 2, 2: 8}[decimals]
    return Num(v, style, ('%.' + str(decimals) + 'f%%') % (v * 100))


def fixed2(v):
    return Num(v, 6, '%.2f' % v)


def gen(v):
    return Num(v, 4, ('%g' % v))


def date(y, m, d, iso=False):
    serial = (datetime.date(y, m, d) - datetime.date(1899, 12, 30)).days
    return Num(serial, 9 if iso else 7, ('%04d-%02d-%02d' % (y, m, d)) if iso else '%d年%d月%d日' % (y, m, d))


def shown(v):
    return v.shown if isinstance(v, Num) else str(v)


class Sheet:
    def __init__(self, name, widths, hidden=(), inline=False):
        self.name, self.widths, self.hidden, self.inline = name, widths, set(hidden), inline
        self.cells = {}
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

    def merge_runs(self, r0, rows, cols, key_cols=None):
        """merge column c over runs of equal rows[..][:c+1] (the form's
        vertically merged 一级/二级 cells); rows give the sheet columns"""
        for c in cols:
            for a, b in merged_runs([list(r[:c + 1]) for r in rows], c):
                for k in range(a + 1, b + 1):
                    self.cells.pop((r0 + k, c), None)
                self.merge(r0 + a, c, r0 + b, c)


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
        out.append('<col min="%d" max="%d" width="%s" %scustomWidth="1"/>' % (
            i + 1, i + 1, w, 'hidden="1" ' if i in sh.hidden else ''))
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
            if isinstance(v, Num):
                out.append('<c r="%s" s="%d"><v>%s</v></c>' % (ref(r, c), v.style, repr(v.v)))
            elif isinstance(v, (int, float)):
                out.append('<c r="%s" s="4"><v>%s</v></c>' % (ref(r, c), v))
            elif sh.inline:
                out.append('<c r="%s" s="%d" t="inlineStr"><is><t%s>%s</t></is></c>' % (
                    ref(r, c), style, ' xml:space="preserve"' if '\n' in v else '', escape(v)))
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




def w_runs_para(paras, rpr=''):
    """a cell's content as Word splits it: paras is a list of paragraphs,
    each a list of runs (Word cuts runs at spell-check and edit marks)"""
    out = []
    for runs in paras:
        body = ''.join('<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, escape(t)) for t in runs)
        out.append('<w:p><w:pPr><w:jc w:val="center"/></w:pPr>%s</w:p>' % body)
    return ''.join(out)


def w_table2(grid, rows, header_rows=()):
    """like w_table, cells (text, span, vmerge[, opts]); opts: 'paras' = a
    list of paragraphs of runs, 'pagebreak' = a rendered page break before
    the cell text; rows in header_rows repeat on every page (w:tblHeader)"""
    out = ['<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>' % sum(grid)]
    for b in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        out.append('<w:%s w:val="single" w:sz="4" w:space="0" w:color="000000"/>' % b)
    out.append('</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="57" w:type="dxa"/>'
               '<w:right w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>')
    out += ['<w:gridCol w:w="%d"/>' % g for g in grid]
    out.append('</w:tblGrid>')
    for ri, row in enumerate(rows):
        out.append('<w:tr><w:trPr><w:cantSplit/>%s<w:jc w:val="center"/></w:trPr>' % (
            '<w:tblHeader/>' if ri in header_rows else ''))
        c = 0
        for cell in row:
            text, span, vm = cell[:3]
            opts = cell[3] if len(cell) > 3 else {}
            tcpr = '<w:tcW w:w="%d" w:type="dxa"/>' % sum(grid[c:c + span])
            if span > 1:
                tcpr += '<w:gridSpan w:val="%d"/>' % span
            if vm == 'restart':
                tcpr += '<w:vMerge w:val="restart"/>'
            elif vm == 'continue':
                tcpr += '<w:vMerge/>'
            tcpr += '<w:vAlign w:val="center"/>'
            if vm == 'continue':
                content = '<w:p/>'
            elif 'paras' in opts:
                content = w_runs_para(opts['paras'])
            else:
                content = w_para(text)
            if opts.get('pagebreak'):
                content = content.replace('<w:r>', '<w:r><w:lastRenderedPageBreak/>', 1) if '<w:r>' in content \
                    else content
            out.append('<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>' % (tcpr, content))
            c += span
        assert c == len(grid), (c, len(grid), row)
        out.append('</w:tr>')
    out.append('</w:tbl>')
    return ''.join(out)


def merged_flags(R, col):
    """per row of R: the cell (text, 1, vmerge) for column col merged over equal runs"""
    flags = [None] * len(R)
    for a, b in merged_runs([list(r[:col + 1]) for r in R], col):
        flags[a] = (R[a][col], 1, 'restart' if b > a else None)
        for k in range(a + 1, b + 1):
            flags[k] = ('', 1, 'continue')
    return flags


def html_rows(R, ncells, td=lambda x: '<td>%s</td>' % x):
    """<tr> rows with the first two columns as rowspan cells"""
    rows = []
    runs0 = {a: b for a, b in merged_runs([list(r[:1]) for r in R], 0)}
    runs1 = {a: b for a, b in merged_runs([list(r[:2]) for r in R], 1)}
    for i, r in enumerate(R):
        cells = []
        for col, runs in ((0, runs0), (1, runs1)):
            if i in runs:
                n = runs[i] - i + 1
                cells.append(td(html.escape(r[col])).replace('<td', '<td rowspan="%d"' % n if n > 1 else '<td', 1))
        cells += [td(html.escape(x) if x else '&nbsp;') for x in r[2:ncells]]
        rows.append('<tr>' + ''.join(cells) + '</tr>')
    return rows


# ---------------------------------------------------------------- documents

def yanqing():
    """x01: title row merged across all columns, header on rows 4-5 with a
    merged 年度指标值 over 比较符/数值/计量单位, numbers with 0% and 0.00"""
    name = 'x01-beijing-yanqing-yingjiguangbo-twoheader-xlsx'
    T = '延庆区应急广播体系建设项目'
    R = [
        ('产出指标', '数量指标', '新建行政村应急广播终端', '≥', gen(376), '个', '新建并接入区级平台的终端数量'),
        ('产出指标', '数量指标', '乡镇应急广播适配器部署', '=', gen(15), '套', '覆盖全区15个乡镇'),
        ('产出指标', '质量指标', '终端设备在线率', '≥', pct(0.95), '', '在线终端数/终端总数'),
        ('产出指标', '质量指标', '设备到货验收合格率', '=', pct(1), '%', '验收合格设备/到货设备'),
        ('产出指标', '时效指标', '项目完工时间', '', '2024年10月底前', '', '按合同工期完成'),
        ('产出指标', '成本指标', '单个终端采购安装成本', '≤', fixed2(0.38), '万元', '含设备、安装及调试'),
        ('产出指标', '成本指标', '项目总成本', '≤', fixed2(186.5), '万元', '控制在批复预算内'),
        ('效益指标', '社会效益指标', '突发事件预警信息行政村覆盖率', '≥', pct(0.98), '', '覆盖行政村/行政村总数'),
        ('效益指标', '社会效益指标', '预警信息发布平均时长', '≤', gen(10), '分钟', '自接收至播出'),
        ('效益指标', '可持续影响指标', '设备运维保障期', '≥', gen(3), '年', '质保及运维合同期限'),
        ('满意度指标', '服务对象满意度指标', '村民满意度', '≥', pct(0.9), '', '抽样问卷调查'),
    ]
    sh = Sheet('项目绩效目标', [12, 16, 28, 8, 10, 8, 30])
    sh.row(0, ['2024年延庆区项目支出绩效目标表'])
    sh.title_rows.add(0)
    sh.merge(0, 0, 0, 6)
    sh.row(1, ['填报单位：北京市延庆区应急管理局', None, None, None, None, '单位：万元'])
    sh.merge(1, 0, 1, 4)
    sh.merge(1, 5, 1, 6)
    sh.row(2, ['项目名称', T, None, '项目资金', fixed2(186.5), None, '其中财政资金186.50'])
    sh.merge(2, 1, 2, 2)
    sh.merge(2, 4, 2, 5)
    sh.row(3, ['一级指标', '二级指标', '三级指标', '年度指标值', None, None, '指标解释'])
    sh.row(4, [None, None, None, '比较符', '数值', '计量单位'])
    sh.merge(3, 3, 3, 5)
    for c in (0, 1, 2, 6):
        sh.merge(3, c, 4, c)
    r0 = 5
    for i, r in enumerate(R):
        sh.row(r0 + i, list(r))
    sh.merge_runs(r0, R, (0, 1))
    end = r0 + len(R)
    sh.row(end + 1, ['审核人：赵立军', None, None, '填报人：孟凡星', None, None, '联系电话：6919xxxx'])
    write_xlsx(os.path.join(HERE, name + '.xlsx'), [sh])

    def target(r):
        v = shown(r[4])
        unit = '' if v.endswith(r[5]) else r[5]
        return r[3] + v + unit
    write_expected(name, [('project', T, r[0], r[1], r[2], target(r), '', '') for r in R])


def chengkou():
    """x02: inline strings, hidden empty columns, dates as serial numbers,
    header on row 3, 一级 merged over many rows"""
    name = 'x02-chongqing-chengkou-dizai-inlinestr-dates-xlsx'
    T = '城口县地质灾害隐患点搬迁避让及监测预警项目'
    R = [
        ('产出指标', '数量指标', '完成搬迁避让农户', '≥126户', '高山地区隐患点威胁农户'),
        ('产出指标', '数量指标', '新建普适型监测设备', '≥48台（套）', '雨量计、裂缝计、GNSS'),
        ('产出指标', '数量指标', '开展群测群防员培训', '≥320人次', ''),
        ('产出指标', '质量指标', '监测设备运行正常率', pct(0.95), '不含汛期停电时段'),
        ('产出指标', '质量指标', '搬迁安置房竣工验收合格率', pct(1), ''),
        ('产出指标', '时效指标', '搬迁安置完成时间', date(2024, 11, 30), ''),
        ('产出指标', '时效指标', '监测设备安装调试完成时间', date(2024, 5, 31, iso=True), '汛期前'),
        ('产出指标', '成本指标', '户均搬迁补助', '≤5万元/户', '按县级标准'),
        ('效益指标', '社会效益指标', '因地质灾害造成人员伤亡', '0人', ''),
        ('效益指标', '社会效益指标', '受威胁群众转移避险预警到户率', pct(1), ''),
        ('效益指标', '可持续影响指标', '群测群防体系', '长效运行', ''),
        ('满意度指标', '服务对象满意度指标', '搬迁群众满意度', '≥92%', ''),
    ]
    # columns: A 一级, B 二级, C 三级, D hidden empty, E 指标值, F hidden empty, G 备注
    sh = Sheet('Sheet1', [12, 16, 30, 4, 16, 4, 24], hidden=(3, 5), inline=True)
    sh.row(0, ['城口县2024年度项目支出绩效目标表'])
    sh.title_rows.add(0)
    sh.merge(0, 0, 0, 6)
    sh.row(1, ['项目名称：' + T, None, None, None, '主管部门：城口县规划和自然资源局'])
    sh.merge(1, 0, 1, 3)
    sh.merge(1, 4, 1, 6)
    sh.row(2, ['一级指标', '二级指标', '三级指标', None, '指标值', None, '备注'])
    r0 = 3
    for i, r in enumerate(R):
        sh.row(r0 + i, [r[0], r[1], r[2], None, r[3], None, r[4]])
    sh.merge_runs(r0, R, (0, 1))
    write_xlsx(os.path.join(HERE, name + '.xlsx'), [sh])
    write_expected(name, [('project', T, r[0], r[1], r[2], shown(r[3]), '', '') for r in R])


def jingyuan():
    """x03: one sheet holding three project tables one under another"""
    name = 'x03-ningxia-jingyuan-three-projects-one-sheet-xlsx'
    P = [
        ('中蜂产业发展补助项目', [
            ('产出指标', '数量指标', '补助中蜂养殖户', '≥260户'),
            ('产出指标', '数量指标', '发放标准化蜂箱', '≥3200箱'),
            ('产出指标', '质量指标', '蜂箱验收合格率', pct(1)),
            ('产出指标', '时效指标', '补助资金兑付时间', '2024年9月底前'),
            ('效益指标', '经济效益指标', '户均增收', '≥2000元'),
            ('满意度指标', '服务对象满意度指标', '养蜂户满意度', pct(0.9)),
        ]),
        ('乡村公益性岗位补贴项目', [
            ('产出指标', '数量指标', '开发乡村公益性岗位', '≥450个'),
            ('产出指标', '质量指标', '岗位人员在岗率', '≥95%'),
            ('产出指标', '成本指标', '岗位补贴标准', '≤800元/人·月'),
            ('效益指标', '社会效益指标', '脱贫劳动力就业人数', '≥400人'),
            ('满意度指标', '服务对象满意度指标', '上岗人员满意度', '≥90%'),
        ]),
        ('农村户厕问题整改项目', [
            ('产出指标', '数量指标', '整改问题户厕', '≥1180户'),
            ('产出指标', '质量指标', '整改后正常使用率', pct(0.98)),
            ('产出指标', '时效指标', '整改完成时间', '2024年10月31日前'),
            ('效益指标', '生态效益指标', '农村卫生厕所普及率', '≥72%'),
            ('满意度指标', '服务对象满意度指标', '农户满意度', '≥90%'),
        ]),
    ]
    sh = Sheet('2024年项目绩效目标', [12, 18, 28, 18])
    sh.row(0, ['泾源县农业农村局2024年项目支出绩效目标表'])
    sh.title_rows.add(0)
    sh.merge(0, 0, 0, 3)
    r = 1
    exp = []
    for k, (T, R) in enumerate(P):
        sh.row(r, ['表%d' % (k + 1)])
        r += 1
        sh.row(r, ['项目名称', T])
        sh.merge(r, 1, r, 3)
        sh.row(r + 1, ['一级指标', '二级指标', '三级指标', '指标值'])
        r0 = r + 2
        for i, row in enumerate(R):
            sh.row(r0 + i, list(row))
        sh.merge_runs(r0, R, (0, 1))
        r = r0 + len(R) + 1
        exp += [('project', T, x[0], x[1], x[2], shown(x[3]), '', '') for x in R]
    write_xlsx(os.path.join(HERE, name + '.xlsx'), [sh])
    write_expected(name, exp)


def baisha():
    """x04: a 部门整体 sheet after a 部门基本情况 sheet, percentages as numbers"""
    name = 'x04-hainan-baisha-yingji-dept-xlsx'
    T = '白沙黎族自治县应急管理局'
    R = [
        ('履职效能', '部门目标实现', '安全生产执法检查企业', '≥220家', '年度执法计划'),
        ('履职效能', '部门目标实现', '生产安全事故死亡人数', '≤2人', '控制指标'),
        ('履职效能', '重点工作履行', '森林火灾受害率', '≤0.9‰', '受害森林面积/森林总面积'),
        ('履职效能', '重点工作履行', '应急救援队伍培训演练', '≥12次', ''),
        ('履职效能', '重点工作履行', '自然灾害受灾群众救助及时率', pct(1), '灾后24小时内'),
        ('管理效率', '预算管理', '预算执行率', pct(0.95), '执行数/预算数'),
        ('管理效率', '资产管理', '应急物资储备账实相符率', pct(1), ''),
        ('管理效率', '收支管理', '政府采购执行率', pct(0.9), ''),
        ('运行成本', '成本控制成效', '“三公”经费变动率', '≤0', '(本年-上年)/上年'),
        ('服务满意', '服务对象满意', '辖区企业满意度', pct(0.85), '问卷调查'),
        ('可持续性', '人才支撑', '执法人员持证上岗率', pct(1), ''),
        ('可持续性', '创新能力', '灾害风险普查成果应用', '全面应用', ''),
    ]
    info = Sheet('部门基本情况', [20, 60])
    info.row(0, ['部门（单位）名称', T])
    info.row(1, ['部门职能', '负责全县应急管理、安全生产监督管理、防灾减灾救灾和应急救援工作。'])
    info.row(2, ['年度预算（万元）', gen(1865.4)])
    info.row(3, ['年度主要任务', '开展安全生产专项整治，完善森林防灭火体系，提升应急救援能力。'])
    sh = Sheet('部门整体绩效目标', [12, 16, 30, 14, 24])
    sh.row(0, ['部门（单位）整体绩效目标表'])
    sh.title_rows.add(0)
    sh.merge(0, 0, 0, 4)
    sh.row(1, ['（2024年度）'])
    sh.title_rows.add(1)
    sh.merge(1, 0, 1, 4)
    sh.row(2, ['部门名称：' + T, None, None, '单位：万元'])
    sh.merge(2, 0, 2, 2)
    sh.merge(2, 3, 2, 4)
    sh.row(3, ['一级指标', '二级指标', '三级指标', '指标值', '指标说明'])
    r0 = 4
    for i, r in enumerate(R):
        sh.row(r0 + i, list(r))
    sh.merge_runs(r0, R, (0, 1))
    write_xlsx(os.path.join(HERE, name + '.xlsx'), [info, sh])
    write_expected(name, [('department', T, r[0], r[1], r[2], shown(r[3]), '', '') for r in R])


def yadong():
    """x05: self-evaluation, header on row 5, actuals as numbers with 0.00%,
    points and scores as numbers"""
    name = 'x05-xizang-yadong-zhaoming-selfeval-xlsx'
    T = '亚东县边境村公共照明运行维护项目'
    R = [
        ('产出指标', '数量指标', '维护太阳能路灯', '≥1450盏', '1486盏', 15, 15, ''),
        ('产出指标', '数量指标', '更换损坏灯具', '≥180套', '164套', 10, 9.1, '部分高海拔村道冬季无法施工，顺延至次年5月'),
        ('产出指标', '质量指标', '路灯亮灯率', '≥95%', pct(0.9650, 2), 10, 10, ''),
        ('产出指标', '时效指标', '故障报修处理时限', '≤72小时', '平均41小时', 10, 10, ''),
        ('产出指标', '成本指标', '单灯年维护成本', '≤620元', '598元', 5, 5, ''),
        ('效益指标', '社会效益指标', '边境村夜间出行安全事故', '0起', '0起', 10, 10, ''),
        ('效益指标', '社会效益指标', '夜间照明覆盖边境村', '≥28个', '28个', 10, 10, ''),
        ('效益指标', '可持续影响指标', '村级照明管护员到岗率', '100%', pct(1, 2), 10, 10, ''),
        ('满意度指标', '服务对象满意度指标', '边境村群众满意度', '≥90%', pct(0.9420, 2), 10, 10, ''),
    ]
    sh = Sheet('自评表', [12, 18, 26, 14, 14, 8, 8, 30])
    sh.row(0, ['项目支出绩效自评表'])
    sh.title_rows.add(0)
    sh.merge(0, 0, 0, 7)
    sh.row(1, ['（2023年度）'])
    sh.title_rows.add(1)
    sh.merge(1, 0, 1, 7)
    sh.row(2, ['项目名称', T, None, None, '主管部门', '亚东县住房和城乡建设局'])
    sh.merge(2, 1, 2, 3)
    sh.merge(2, 5, 2, 7)
    sh.row(3, ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'])
    sh.row(4, [None, fixed2(96), fixed2(96), fixed2(92.3), gen(10), pct(0.9615, 2), gen(9.6)])
    sh.row(5, ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'])
    r0 = 6
    for i, r in enumerate(R):
        sh.row(r0 + i, [r[0], r[1], r[2], r[3], r[4], gen(r[5]), gen(r[6]), r[7]])
    sh.merge_runs(r0, R, (0, 1))
    end = r0 + len(R)
    sh.row(end, ['总分', None, None, None, None, gen(100), gen(98.7)])
    sh.merge(end, 0, end, 4)
    sh.row(end + 1, ['评价结论', '优'])
    sh.merge(end + 1, 1, end + 1, 7)
    write_xlsx(os.path.join(HERE, name + '.xlsx'), [sh])
    write_expected(name, [('project', T, r[0], r[1], r[2], shown(r[3]), shown(r[4]), '%g' % r[5]) for r in R])


def fuyuan():
    """w01: one Word table, 一级 vMerge'd over rows that a page break splits
    (rendered page break inside the merge, header row repeated by Word)"""
    name = 'w01-heilongjiang-fuyuan-shuiwen-pagebreak-docx'
    T = '抚远市中小河流水文监测站网建设项目'
    R = [
        ('产出指标', '数量指标', '新建自动雨量站', '≥24处'),
        ('产出指标', '数量指标', '改造水位站', '≥9处'),
        ('产出指标', '数量指标', '建设视频监控点', '≥12个'),
        ('产出指标', '质量指标', '监测数据到报率', '≥95%'),
        ('产出指标', '质量指标', '工程验收合格率', '100%'),
        ('产出指标', '时效指标', '站点建设完成时间', '2024年9月30日前'),
        ('产出指标', '成本指标', '单站平均建设成本', '≤8.5万元'),
        ('效益指标', '社会效益指标', '洪水预报预见期', '≥24小时'),
        ('效益指标', '社会效益指标', '山洪预警信息覆盖乡镇', '11个'),
        ('效益指标', '生态效益指标', '水资源监测覆盖率', '较上年提高8个百分点'),
        ('效益指标', '可持续影响指标', '站网运行维护机制', '长期有效'),
        ('满意度指标', '服务对象满意度指标', '沿河群众满意度', '≥90%'),
    ]
    grid = [1500, 2100, 3800, 2600]
    head = [
        [('项目名称', 1, None), (T, 3, None)],
        [('主管部门', 1, None), ('抚远市水务局', 3, None)],
        [('项目资金（万元）', 1, None), ('312.00', 3, None)],
        [('年度目标', 1, None), ('新建自动雨量站24处、改造水位站9处，提升中小河流洪水监测预警能力。', 3, None)],
        [('一级指标', 1, None), ('二级指标', 1, None), ('三级指标', 1, None), ('指标值', 1, None)],
    ]
    f0, f1 = merged_flags(R, 0), merged_flags(R, 1)
    rows = []
    for i, r in enumerate(R):
        # the page ends after row 5: Word's rendered break sits in the next
        # row's first text, inside the 一级 merge (产出指标 goes on)
        opts = {'pagebreak': True} if i == 5 else {}
        rows.append([f0[i], f1[i], (r[2], 1, None, opts), (r[3], 1, None)])
    body = (w_para('抚远市2024年项目支出绩效目标表', bold=True, center=True, size=36)
            + w_para('单位：万元')
            + w_table2(grid, head + rows, header_rows=(4,))
            + w_para('填报人：孙宏伟　　　联系电话：0454-xxxxxxx'))
    write_docx(os.path.join(HERE, name + '.docx'), body)
    write_expected(name, [('project', T, r[0], r[1], r[2], r[3], '', '') for r in R])


def hunchun():
    """w02: title paragraph, 项目名称 fields as a 2-column table, then the
    indicator table with gridSpan (三级 over two grid columns, label rows)"""
    name = 'w02-jilin-hunchun-kepu-fields-gridspan-docx'
    T = '珲春市科普惠农服务站提升项目'
    R = [
        ('产出指标', '数量指标', '提升改造科普惠农服务站', '≥18个'),
        ('产出指标', '数量指标', '开展农业实用技术科普培训', '≥60场次'),
        ('产出指标', '数量指标', '发放科普宣传资料', '≥1.2万份'),
        ('产出指标', '质量指标', '服务站达标率', '≥90%'),
        ('产出指标', '时效指标', '培训完成时间', '2024年11月底前'),
        ('产出指标', '成本指标', '每个服务站提升补助', '≤3万元'),
        ('效益指标', '社会效益指标', '农民科学素质达标率', '较上年提高0.5个百分点'),
        ('效益指标', '经济效益指标', '带动农户应用新技术', '≥800户'),
        ('效益指标', '可持续影响指标', '服务站常态化运行', '持续运行'),
        ('满意度指标', '服务对象满意度指标', '参训农民满意度', '≥90%'),
    ]
    fields = [
        [('项目名称', 1, None), (T, 1, None)],
        [('主管部门', 1, None), ('珲春市科学技术协会', 1, None)],
        [('实施单位', 1, None), ('珲春市科技馆', 1, None)],
        [('项目资金（万元）', 1, None), ('年度资金总额：86.00　其中：财政拨款：86.00', 1, None)],
        [('年度绩效目标', 1, None), ('完成18个科普惠农服务站提升改造，开展科普培训60场次以上。', 1, None)],
    ]
    grid = [1500, 2000, 2200, 1800, 2500]
    head = [
        [('绩效指标', 5, None)],
        [('一级指标', 1, None), ('二级指标', 1, None), ('三级指标', 2, None), ('指标值', 1, None)],
    ]
    f0, f1 = merged_flags(R, 0), merged_flags(R, 1)
    rows = [[f0[i], f1[i], (r[2], 2, None), (r[3], 1, None)] for i, r in enumerate(R)]
    body = (w_para('珲春市2024年度项目支出绩效目标申报表', bold=True, center=True, size=36)
            + w_table2([2200, 7800], fields)
            + w_para('')
            + w_table2(grid, head + rows, header_rows=(0, 1))
            + w_para('')
            + w_para('单位负责人：金哲　　　填表人：朴美兰　　　填报日期：2023年12月8日'))
    write_docx(os.path.join(HERE, name + '.docx'), body)
    write_expected(name, [('project', T, r[0], r[1], r[2], r[3], '', '') for r in R])


def wuyuan():
    """w03: self-evaluation in Word, 实际完成值/分值/得分/偏差原因"""
    name = 'w03-jiangxi-wuyuan-gucun-xiaofang-selfeval-docx'
    T = '古村落消防安全设施改造项目'
    R = [
        ('产出指标', '数量指标', '改造古村落消防供水管网', '≥14个', '14个', '10', '10', ''),
        ('产出指标', '数量指标', '新增室外消火栓', '≥210个', '196个', '10', '9.3', '2个村落管网路由调整，余14个并入下年度计划'),
        ('产出指标', '数量指标', '配备微型消防站器材', '≥30套', '30套', '5', '5', ''),
        ('产出指标', '质量指标', '消防设施验收合格率', '100%', '100%', '10', '10', ''),
        ('产出指标', '时效指标', '项目完工时间', '2023年12月31日前', '2023年12月25日', '10', '10', ''),
        ('产出指标', '成本指标', '单村平均改造成本', '≤45万元', '43.6万元', '5', '5', ''),
        ('效益指标', '社会效益指标', '古村落火灾事故', '0起', '0起', '10', '10', ''),
        ('效益指标', '社会效益指标', '村民消防安全知晓率', '≥85%', '88.2%', '10', '10', ''),
        ('效益指标', '可持续影响指标', '古建筑消防安全管理制度', '建立健全', '已建立', '10', '9', '部分村落管护员未落实到人'),
        ('满意度指标', '服务对象满意度指标', '村民满意度', '≥90%', '93.5%', '10', '10', ''),
    ]
    grid = [1200, 1700, 2800, 1500, 1500, 800, 800, 3000]
    top = [
        [('项目名称', 1, None), (T, 3, None), ('主管部门', 1, None), ('婺源县文化广电新闻出版旅游局', 3, None)],
        [('实施单位', 1, None), ('婺源县文物保护中心', 3, None), ('项目负责人', 1, None), ('程建新', 3, None)],
        [('项目资金（万元）', 1, 'restart'), ('', 1, None), ('年初预算数', 1, None), ('全年预算数', 1, None), ('全年执行数', 1, None),
         ('分值', 1, None), ('执行率', 1, None), ('得分', 1, None)],
        [('', 1, 'continue'), ('年度资金总额', 1, None), ('620', 1, None), ('620', 1, None), ('611.8', 1, None),
         ('10', 1, None), ('98.7%', 1, None), ('9.9', 1, None)],
        [('年度总体目标', 1, None), ('完成14个古村落消防供水管网改造，新增室外消火栓210个，配齐微型消防站器材。', 7, None)],
        [('一级指标', 1, None), ('二级指标', 1, None), ('三级指标', 1, None), ('年度指标值', 1, None), ('实际完成值', 1, None),
         ('分值', 1, None), ('得分', 1, None), ('偏差原因分析及改进措施', 1, None)],
    ]
    f0, f1 = merged_flags(R, 0), merged_flags(R, 1)
    rows = [[f0[i], f1[i]] + [(t, 1, None) for t in r[2:8]] for i, r in enumerate(R)]
    tail = [[('总分', 5, None), ('100', 1, None), ('97.2', 1, None), ('', 1, None)],
            [('自评结论', 2, None), ('优', 6, None)],
            [('存在问题及改进措施', 2, None), ('部分村落管网路由调整导致消火栓未全部完成，下年度优先安排。', 6, None)]]
    body = (w_para('项目支出绩效自评表', bold=True, center=True, size=36)
            + w_para('（2023年度）', center=True)
            + w_table2(grid, top + rows + tail)
            + w_para('填表人：汪丽华　　　联系电话：0793-7xxxxxx'))
    write_docx(os.path.join(HERE, name + '.docx'), body)
    write_expected(name, [('project', T, r[0], r[1], r[2], r[3], r[4], r[5]) for r in R])


def xiahe():
    """w04: Word cells as Word writes them: runs cut inside a value
    (`≥` `9` `5%`), a 三级 over two paragraphs, 2021 framework with 成本指标 一级"""
    name = 'w04-gansu-xiahe-zangyiyao-splitruns-docx'
    T = '夏河县藏医药传承发展项目'
    # l1, l2, l3 paragraphs (list of runs per paragraph), target runs
    R = [
        ('产出指标', '数量指标', [['培养藏医药师承', '弟子']], ['≥', '2', '4人']),
        ('产出指标', '数量指标', [['整理藏医药古籍文献']], ['≥', '1', '5部']),
        ('产出指标', '数量指标', [['开展藏医适宜技术'], ['基层推广培训']], ['≥', '12', '期']),
        ('产出指标', '质量指标', [['师承弟子出师考核', '合格率']], ['≥', '9', '0%']),
        ('产出指标', '时效指标', [['古籍整理出版时间']], ['2024年12月', '底前']),
        ('成本指标', '经济成本指标', [['师承带教补助标准']], ['≤', '1.2万元/', '人·年']),
        ('成本指标', '社会成本指标', [['对传统诊疗秩序的', '影响']], ['无', '不利影响']),
        ('效益指标', '社会效益指标', [['乡镇卫生院藏医科', '覆盖率']], ['1', '00%']),
        ('效益指标', '可持续影响指标', [['藏医药传承人才', '梯队']], ['逐步', '完善']),
        ('满意度指标', '服务对象满意度指标', [['患者满意度']], ['≥', '90', '%']),
    ]
    grid = [1500, 2200, 3800, 2500]
    head = [
        [('项目名称', 1, None), (T, 3, None)],
        [('主管部门', 1, None), ('夏河县卫生健康局', 1, None), ('项目资金（万元）', 1, None), ('145.00', 1, None)],
        [('一级指标', 1, None), ('二级指标', 1, None), ('三级指标', 1, None), ('指标值', 1, None)],
    ]
    f0, f1 = merged_flags(R, 0), merged_flags(R, 1)
    rows = [[f0[i], f1[i], ('', 1, None, {'paras': r[2]}), ('', 1, None, {'paras': [r[3]]})] for i, r in enumerate(R)]
    body = (w_para('附件2', bold=True)
            + w_para('2024年夏河县项目支出绩效目标表', bold=True, center=True, size=36)
            + w_table2(grid, head + rows)
            + w_para('注：本表成本指标按2021年版项目支出绩效指标体系框架填列。'))
    write_docx(os.path.join(HERE, name + '.docx'), body)
    write_expected(name, [('project', T, r[0], r[1], ''.join(''.join(p) for p in r[2]), ''.join(r[3]), '', '')
                          for r in R])


def liannan():
    """h01: a saved government page: nav, breadcrumb, footer; table with
    thead/tbody, rowspan and colspan, inline styles, &nbsp;"""
    name = 'h01-guangdong-liannan-tejiao-govpage-html'
    T = '连南瑶族自治县特殊教育提升计划项目'
    R = [
        ('产出指标', '数量指标', '资助适龄残疾儿童少年', '≥185人'),
        ('产出指标', '数量指标', '送教上门服务', '≥1600人次'),
        ('产出指标', '数量指标', '建设资源教室', '4间'),
        ('产出指标', '质量指标', '适龄残疾儿童少年入学率', '≥97%'),
        ('产出指标', '质量指标', '特教教师培训覆盖率', '100%'),
        ('产出指标', '时效指标', '资源教室建成投入使用时间', '2024年8月31日前'),
        ('产出指标', '成本指标', '生均公用经费补助标准', '≥6000元/生·年'),
        ('效益指标', '社会效益指标', '残疾学生家庭教育负担', '有效减轻'),
        ('效益指标', '可持续影响指标', '融合教育保障机制', '持续完善'),
        ('满意度指标', '服务对象满意度指标', '残疾学生家长满意度', '≥90%'),
        ('满意度指标', '服务对象满意度指标', '普通学校教师满意度', '≥85%'),
    ]
    td = lambda x: '<td style="border:1px solid #000;padding:4px 6px;text-align:center;">%s</td>' % x
    rows = html_rows(R, 4, td)
    page = '''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>连南瑶族自治县教育局2024年项目支出绩效目标公开 - 连南瑶族自治县人民政府网</title>
<meta name="SiteName" content="连南瑶族自治县人民政府网" />
<link href="/css/common.css" rel="stylesheet" type="text/css" />
<style type="text/css">.nav li{float:left;margin:0 12px}.crumb{color:#666}</style>
</head>
<body>
<div class="header"><img src="/images/logo.png" alt="连南瑶族自治县人民政府网" /></div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zjln/">走进连南</a></li></ul>
<div class="crumb">当前位置：<a href="/">首页</a>&nbsp;&gt;&nbsp;<a href="/zwgk/">政务公开</a>&nbsp;&gt;&nbsp;<a href="/zwgk/czyjs/">财政预决算</a>&nbsp;&gt;&nbsp;部门预算</div>
<div class="article">
<h1 style="font-size:22px;text-align:center;">连南瑶族自治县教育局2024年项目支出绩效目标公开</h1>
<div class="meta">发布时间：2024-02-21&nbsp;&nbsp;来源：连南瑶族自治县教育局&nbsp;&nbsp;浏览次数：<span id="hits">386</span>&nbsp;&nbsp;【字体：<a href="#">大</a>&nbsp;<a href="#">中</a>&nbsp;<a href="#">小</a>】</div>
<div class="content" style="font-family:仿宋_GB2312;font-size:16px;">
<p style="text-indent:2em;">根据预算信息公开要求，现将我局2024年重点项目绩效目标公开如下：</p>
<table style="border-collapse:collapse;width:100%;font-size:14px;" cellspacing="0" cellpadding="0">
<thead>
<tr><th colspan="4" style="font-size:18px;padding:8px;">2024年项目支出绩效目标表</th></tr>
<tr><td style="border:1px solid #000;">项目名称</td><td colspan="3" style="border:1px solid #000;">@T@</td></tr>
<tr><td style="border:1px solid #000;">主管部门</td><td style="border:1px solid #000;">连南瑶族自治县教育局</td><td style="border:1px solid #000;">项目资金（万元）</td><td style="border:1px solid #000;">138.60</td></tr>
<tr><td style="border:1px solid #000;">年度绩效目标</td><td colspan="3" style="border:1px solid #000;">保障适龄残疾儿童少年接受义务教育，送教上门1600人次以上，建成资源教室4间。</td></tr>
<tr style="font-weight:bold;background:#f2f2f2;"><td style="border:1px solid #000;">一级指标</td><td style="border:1px solid #000;">二级指标</td><td style="border:1px solid #000;">三级指标</td><td style="border:1px solid #000;">指标值</td></tr>
</thead>
<tbody>
@ROWS@
</tbody>
</table>
<p>&nbsp;</p>
<p style="text-align:right;">连南瑶族自治县教育局<br />2024年2月20日</p>
</div>
<div class="fj">附件：<a href="/attachment/2024/0221/xmjxmb.xlsx">2024年项目支出绩效目标表.xlsx</a></div>
<div class="share">分享到：<a href="#">微信</a>&nbsp;<a href="#">微博</a>&nbsp;&nbsp;【<a href="javascript:window.print();">打印本页</a>】【<a href="javascript:window.close();">关闭窗口</a>】</div>
</div>
<div class="footer">
<p>主办单位：连南瑶族自治县人民政府办公室&nbsp;&nbsp;承办单位：连南瑶族自治县政务服务数据管理局</p>
<p>网站标识码：441826xxxx&nbsp;&nbsp;粤ICP备xxxxxxxx号&nbsp;&nbsp;<a href="#">网站地图</a>&nbsp;|&nbsp;<a href="#">联系我们</a></p>
</div>
<script type="text/javascript">var _hmt = _hmt || [];</script>
</body>
</html>
'''.replace('@T@', T).replace('@ROWS@', '\n'.join(rows))
    with open(os.path.join(HERE, name + '.html'), 'w', encoding='utf-8') as fh:
        fh.write(page)
    write_expected(name, [('project', T, r[0], r[1], r[2], r[3], '', '') for r in R])


def shennongjia():
    """h02: a GB2312 page (meta charset=gb2312), rowspan, &nbsp; in empty cells"""
    name = 'h02-hubei-shennongjia-yiyuan-gb2312-html'
    T = '神农架林区野生动物疫源疫病监测项目'
    R = [
        ('产出指标', '数量指标', '国家级监测站日常监测', '365天'),
        ('产出指标', '数量指标', '野生动物样品采集', '≥600份'),
        ('产出指标', '数量指标', '巡查监测样线', '≥40条'),
        ('产出指标', '质量指标', '监测信息报告准确率', '100%'),
        ('产出指标', '时效指标', '异常情况报告时限', '发现后2小时内'),
        ('产出指标', '成本指标', '监测设备购置', '≤18万元'),
        ('效益指标', '社会效益指标', '野生动物源性疫情传入', '0起'),
        ('效益指标', '生态效益指标', '重点保护野生动物种群', '保持稳定'),
        ('效益指标', '可持续影响指标', '监测防控体系', '不断健全'),
        ('满意度指标', '服务对象满意度指标', '周边社区群众满意度', '≥90%'),
    ]
    rows = html_rows(R, 5, lambda x: '<td align="center">%s</td>' % x)
    # a 备注 column, mostly empty (&nbsp;)
    rows = [r.replace('</tr>', '<td>&nbsp;</td></tr>') for r in rows]
    page = '''<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>神农架林区林业管理局2024年项目绩效目标表</title>
</head>
<body bgcolor="#FFFFFF">
<table width="960" border="0" align="center"><tr><td><a href="index.html">首页</a> &gt;&gt; 信息公开 &gt;&gt; 预算公开</td></tr></table>
<p align="center"><font size="5"><b>神农架林区林业管理局2024年项目绩效目标表</b></font></p>
<p>项目名称：@T@<br>
主管部门：神农架林区林业管理局&nbsp;&nbsp;&nbsp;&nbsp;项目资金：52万元</p>
<table width="960" border="1" cellspacing="0" cellpadding="3" align="center">
<tr><td align="center"><b>一级指标</b></td><td align="center"><b>二级指标</b></td><td align="center"><b>三级指标</b></td><td align="center"><b>指标值</b></td><td align="center"><b>备注</b></td></tr>
@ROWS@
</table>
<p>&nbsp;</p>
<p align="center">版权所有：神农架林区林业管理局&nbsp;&nbsp;鄂ICP备xxxxxxxx号</p>
</body>
</html>
'''.replace('@T@', T).replace('@ROWS@', '\n'.join(rows))
    with open(os.path.join(HERE, name + '.html'), 'wb') as fh:
        fh.write(page.encode('gb2312'))
    write_expected(name, [('project', T, r[0], r[1], r[2], r[3], '', '') for r in R])


def libo():
    """h03: a self-evaluation saved from Word as a web page: MsoNormal
    paragraphs and spans inside the cells, vertical-merge as rowspan"""
    name = 'h03-guizhou-libo-yichan-selfeval-wordhtml-html'
    T = '荔波世界自然遗产地保护管理项目'
    R = [
        ('产出指标', '数量指标', '遗产地日常巡护', '≥3600人次', '3820人次', '10', '10', ''),
        ('产出指标', '数量指标', '修复受损游步道', '≥4.5公里', '4.2公里', '10', '9.3', '雨季塌方路段需重新设计，延至次年'),
        ('产出指标', '质量指标', '遗产地监测数据完整率', '≥95%', '97.3%', '10', '10', ''),
        ('产出指标', '时效指标', '年度保护状况报告报送', '2023年12月15日前', '2023年12月12日', '10', '10', ''),
        ('产出指标', '成本指标', '游步道修复单价', '≤38万元/公里', '36.5万元/公里', '10', '10', ''),
        ('效益指标', '生态效益指标', '森林覆盖率', '≥89%', '89.6%', '10', '10', ''),
        ('效益指标', '社会效益指标', '遗产地违法违规建设', '0起', '0起', '10', '10', ''),
        ('效益指标', '可持续影响指标', '遗产价值完整性', '保持完好', '保持完好', '10', '10', ''),
        ('满意度指标', '服务对象满意度指标', '游客满意度', '≥90%', '92.8%', '10', '10', ''),
    ]

    def td(x, w=80):
        return ("<td width=%d valign=middle style='width:%dpt;border:solid windowtext 1.0pt;border-top:none;"
                "padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal align=center style='text-align:center'>"
                "<span style='font-size:10.5pt;font-family:宋体'>%s</span></p></td>") % (w, w, x)
    rows = html_rows(R, 8, td)
    head = ''.join(td(x) for x in ('一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分',
                                    '偏差原因分析及改进措施'))
    page = '''<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<title>项目支出绩效自评表</title>
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View></w:WordDocument></xml><![endif]-->
<style>
<!-- p.MsoNormal {margin:0cm;text-align:justify;font-size:10.5pt;font-family:"Times New Roman";}
@page WordSection1 {size:841.9pt 595.3pt;mso-page-orientation:landscape;} -->
</style>
</head>
<body lang=ZH-CN style='tab-interval:21.0pt'>
<div class=WordSection1>
<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:18.0pt;font-family:方正小标宋简体'>项目支出绩效自评表</span></b></p>
<p class=MsoNormal align=center style='text-align:center'><span style='font-family:楷体'>（2023年度）</span></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>
<tr>@F1@</tr>
<tr>@F2@</tr>
<tr>@F3@</tr>
<tr>@HEAD@</tr>
@ROWS@
<tr>@TOTAL@</tr>
</table>
<p class=MsoNormal><span lang=EN-US>&nbsp;</span></p>
<p class=MsoNormal><span style='font-family:宋体'>填报人：莫光辉&nbsp;&nbsp;&nbsp;&nbsp;联系电话：0854-36xxxxx</span></p>
</div>
</body>
</html>
'''
    f1 = td('项目名称') + td(T).replace('<td ', '<td colspan=3 ', 1) + td('主管部门') + \
        td('荔波县世界自然遗产管理局').replace('<td ', '<td colspan=3 ', 1)
    f2 = td('项目资金（万元）') + td('年初预算数') + td('全年预算数') + td('全年执行数') + td('分值') + td('执行率') + \
        td('得分') + td('&nbsp;')
    f3 = td('年度资金总额') + td('480') + td('480') + td('466.2') + td('10') + td('97.1%') + td('9.7') + td('&nbsp;')
    total = td('总分').replace('<td ', '<td colspan=5 ', 1) + td('100') + td('98.7') + td('&nbsp;')
    page = page.replace('@F1@', f1).replace('@F2@', f2).replace('@F3@', f3).replace('@HEAD@', head) \
        .replace('@ROWS@', '\n'.join(rows)).replace('@TOTAL@', total)
    with open(os.path.join(HERE, name + '.html'), 'w', encoding='utf-8') as fh:
        fh.write(page)
    write_expected(name, [('project', T, r[0], r[1], r[2], r[3], r[4], r[5]) for r in R])


if __name__ == '__main__':
    yanqing()
    chengkou()
    jingyuan()
    baisha()
    yadong()
    fuyuan()
    hunchun()
    wuyuan()
    xiahe()
    liannan()
    shennongjia()
    libo()
