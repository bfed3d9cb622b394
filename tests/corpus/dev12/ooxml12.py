"""OOXML writers for dev12 and dev13 (standard library only), copied from
dev7/ooxml7.py and extended with unit number formats (0"万元", 0"亩", 0"户"),
Sheet.orient (the printed page, landscape by default) and Sheet.heights
(row -> height in points, as Excel stores rows an officer resized).
Imported by make_dev12.py and make_dev13.py; writes nothing by itself."""
import datetime
import html
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
HEAD = ['kind', 'table', 'level1', 'level2', 'level3', 'target', 'actual', 'points']
STAMP = (2024, 3, 18, 9, 30, 0)


def write_expected(name, rows, here=HERE):
    with open(os.path.join(here, name + '.expected.tsv'), 'w', encoding='utf-8') as fh:
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
<numFmts count="6"><numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="177" formatCode="yyyy\\-mm\\-dd"/><numFmt numFmtId="178" formatCode="0&quot;万元&quot;"/><numFmt numFmtId="179" formatCode="0&quot;亩&quot;"/><numFmt numFmtId="180" formatCode="0&quot;户&quot;"/></numFmts>
<fonts count="2"><font><sz val="11"/><name val="宋体"/><family val="3"/><charset val="134"/></font><font><b/><sz val="16"/><name val="方正小标宋简体"/><family val="3"/><charset val="134"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="13">
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
<xf numFmtId="178" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/>
<xf numFmtId="179" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/>
<xf numFmtId="180" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/>
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


def unit(v, u):
    """an integer stored as a number, shown with a unit format (0"万元" …)"""
    return Num(v, {'万元': 10, '亩': 11, '户': 12}[u], '%d%s' % (v, u))


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
           '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>',
           '<dimension ref="A1:%s"/>' % ref(nrows - 1, ncols - 1),
           '<sheetViews><sheetView workbookViewId="0"%s/></sheetViews>' % (' tabSelected="1"' if index == 0 else ''),
           '<sheetFormatPr defaultRowHeight="13.5"/>', '<cols>']
    for i, w in enumerate(sh.widths):
        out.append('<col min="%d" max="%d" width="%s" %scustomWidth="1"/>' % (
            i + 1, i + 1, w, 'hidden="1" ' if i in sh.hidden else ''))
    out.append('</cols><sheetData>')
    for r in range(nrows):
        ht = getattr(sh, 'heights', {}).get(r)
        out.append('<row r="%d"%s>' % (r + 1, ' ht="%s" customHeight="1"' % ht if ht else ''))
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
    out.append('<pageSetup paperSize="9" orientation="%s" fitToWidth="1" fitToHeight="0"/></worksheet>'
               % getattr(sh, 'orient', 'landscape'))
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


PGSZ = {'landscape': '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>',
        'portrait': '<w:pgSz w:w="11906" w:h="16838"/>'}


def write_docx(path, body, orient='landscape'):
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
           '<w:body>%s<w:sectPr>' + PGSZ[orient] +
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
