/*
 * read/xlsx.c - an Excel/WPS workbook (.xlsx) -> one grid per sheet.
 *
 * The zip is read with libzip (office.c, under limits), each XML part
 * streamed with libxml2's xmlTextReader: workbook.xml (sheet order and
 * names) and its rels, sharedStrings.xml (rich-text runs joined, phonetic
 * runs left out), styles.xml (number formats of the cell styles), and each
 * worksheet: cells (shared, inline, formula strings, numbers formatted as
 * the sheet shows them: 0.95 in a 0% cell is "95%", a date serial is
 * "2023年12月31日" or "2023-12-31"), <mergeCells> (the origin keeps text
 * and span, covered cells are empty and flagged), hidden rows and columns.
 *
 * Limits: JX_SHEET_COLS_MAX columns and JX_SHEET_CELLS_MAX cells with text
 * per sheet (a clear JX_ELIMIT error, not a silent cut).
 */
#include "office.h"

#include <libxml/xmlreader.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

typedef struct strs { /* shared strings */
    char **s;
    size_t n, cap;
} strs;

typedef struct xcell {
    int row, col; /* 0-based */
    char *s;      /* malloc'd */
    int number;
} xcell;

typedef struct book {
    jx_zip zip;
    const char *name;
    jx_error *err;
    strs sst;
    int *xf_fmt;       /* cellXfs index -> numFmtId */
    size_t nxf;
    struct { int id; char *code; } *fmt; /* custom numFmts */
    size_t nfmt;
    int date1904;
} book;

/* ---- small XML helpers ---- */

static char *attr(xmlTextReaderPtr r, const char *name)
{
    return (char *)xmlTextReaderGetAttribute(r, (const xmlChar *)name);
}

static int is(xmlTextReaderPtr r, const char *local)
{
    const xmlChar *n = xmlTextReaderConstLocalName(r);
    return n && !strcmp((const char *)n, local);
}

static xmlTextReaderPtr open_part(book *b, const char *member, char **buf,
                                  int required, int *rc)
{
    size_t len;
    *rc = jx_zip_read(&b->zip, member, required, buf, &len, b->err);
    if (*rc || !*buf)
        return NULL;
    if ((*rc = jx_xml_check(*buf, len, b->name, member, b->err)))
        return NULL;
    if (len > INT32_MAX) {
        *rc = jx_fail(b->err, JX_ELIMIT, b->name, 0, 0, "%s 过大", member);
        return NULL;
    }
    xmlTextReaderPtr r = xmlReaderForMemory(*buf, (int)len, member, NULL, JX_XML_OPTS);
    if (!r)
        *rc = jx_fail(b->err, JX_ENOMEM, b->name, 0, 0, "内存不足");
    return r;
}

static int xml_done(book *b, xmlTextReaderPtr r, int st, const char *member)
{
    xmlFreeTextReader(r);
    if (st < 0)
        return jx_fail(b->err, JX_EINPUT, b->name, 0, 0, "%s 不是格式正确的 XML",
                       member);
    return JX_OK;
}

/* Text of the element the reader is on, up to its end (all descendant
 * text nodes in <t>, skipping <rPh> phonetic runs) appended to out. */
static int element_text(xmlTextReaderPtr r, jx_buf *out)
{
    if (xmlTextReaderIsEmptyElement(r))
        return 1;
    int depth = xmlTextReaderDepth(r), st, skip = 0, in_t = 0;
    while ((st = xmlTextReaderRead(r)) == 1) {
        int type = xmlTextReaderNodeType(r);
        int d = xmlTextReaderDepth(r);
        if (type == XML_READER_TYPE_END_ELEMENT && d == depth)
            return 1;
        if (type == XML_READER_TYPE_ELEMENT && is(r, "rPh") &&
            !xmlTextReaderIsEmptyElement(r))
            skip = d;
        else if (type == XML_READER_TYPE_END_ELEMENT && skip && d == skip)
            skip = 0;
        else if (type == XML_READER_TYPE_ELEMENT && is(r, "t"))
            in_t = !xmlTextReaderIsEmptyElement(r);
        else if (type == XML_READER_TYPE_END_ELEMENT && is(r, "t"))
            in_t = 0;
        else if (!skip && (in_t || is(r, "v")) &&
                 (type == XML_READER_TYPE_TEXT ||
                  type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE ||
                  type == XML_READER_TYPE_WHITESPACE ||
                  type == XML_READER_TYPE_CDATA)) {
            const char *v = (const char *)xmlTextReaderConstValue(r);
            if (v && jx_buf_puts(out, v) < 0)
                return -2;
        }
    }
    return st;
}

/* Text of a <v> element (a number, a shared-string index). */
static int value_text(xmlTextReaderPtr r, jx_buf *out)
{
    if (xmlTextReaderIsEmptyElement(r))
        return 1;
    int depth = xmlTextReaderDepth(r), st;
    while ((st = xmlTextReaderRead(r)) == 1) {
        int type = xmlTextReaderNodeType(r);
        if (type == XML_READER_TYPE_END_ELEMENT && xmlTextReaderDepth(r) == depth)
            return 1;
        if (type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA) {
            const char *v = (const char *)xmlTextReaderConstValue(r);
            if (v && jx_buf_puts(out, v) < 0)
                return -2;
        }
    }
    return st;
}

static char *buf_take(jx_buf *b)
{
    char *s = malloc(b->len + 1);
    if (s) {
        if (b->len)
            memcpy(s, b->p, b->len);
        s[b->len] = '\0';
    }
    return s;
}

/* ---- shared strings ---- */

static int read_sst(book *b)
{
    char *buf = NULL;
    int rc;
    const char *member = "xl/sharedStrings.xml";
    xmlTextReaderPtr r = open_part(b, member, &buf, 0, &rc);
    if (!r) {
        free(buf);
        return rc;
    }
    jx_buf t;
    jx_buf_init(&t);
    int st;
    while ((st = xmlTextReaderRead(r)) == 1) {
        if (xmlTextReaderNodeType(r) != XML_READER_TYPE_ELEMENT || !is(r, "si"))
            continue;
        t.len = 0;
        if ((st = element_text(r, &t)) != 1)
            break;
        if (b->sst.n == b->sst.cap) {
            size_t cap = b->sst.cap ? b->sst.cap * 2 : 256;
            char **ns = realloc(b->sst.s, cap * sizeof *ns);
            if (!ns) {
                st = -2;
                break;
            }
            b->sst.s = ns;
            b->sst.cap = cap;
        }
        if (!(b->sst.s[b->sst.n] = buf_take(&t))) {
            st = -2;
            break;
        }
        b->sst.n++;
    }
    jx_buf_free(&t);
    if (st == -2) {
        xmlFreeTextReader(r);
        free(buf);
        return jx_fail(b->err, JX_ENOMEM, b->name, 0, 0, "内存不足");
    }
    rc = xml_done(b, r, st, member);
    free(buf);
    return rc;
}

/* ---- styles: which number format each cell style uses ---- */

static int read_styles(book *b)
{
    char *buf = NULL;
    int rc;
    const char *member = "xl/styles.xml";
    xmlTextReaderPtr r = open_part(b, member, &buf, 0, &rc);
    if (!r) {
        free(buf);
        return rc;
    }
    int st, in_xfs = 0;
    size_t cap = 0, fcap = 0;
    while ((st = xmlTextReaderRead(r)) == 1) {
        int type = xmlTextReaderNodeType(r);
        if (type == XML_READER_TYPE_END_ELEMENT && is(r, "cellXfs"))
            in_xfs = 0;
        if (type != XML_READER_TYPE_ELEMENT)
            continue;
        if (is(r, "cellXfs")) {
            in_xfs = !xmlTextReaderIsEmptyElement(r);
        } else if (is(r, "numFmt")) {
            char *id = attr(r, "numFmtId"), *code = attr(r, "formatCode");
            if (id && code && b->nfmt < 4096) {
                if (b->nfmt == fcap) {
                    fcap = fcap ? fcap * 2 : 16;
                    void *nf = realloc(b->fmt, fcap * sizeof *b->fmt);
                    if (!nf) {
                        xmlFree(id);
                        xmlFree(code);
                        st = -2;
                        break;
                    }
                    b->fmt = nf;
                }
                b->fmt[b->nfmt].id = atoi(id);
                b->fmt[b->nfmt].code = strdup(code);
                if (b->fmt[b->nfmt].code)
                    b->nfmt++;
            }
            xmlFree(id);
            xmlFree(code);
        } else if (in_xfs && is(r, "xf") && b->nxf < 65536) {
            char *id = attr(r, "numFmtId");
            if (b->nxf == cap) {
                cap = cap ? cap * 2 : 64;
                int *nx = realloc(b->xf_fmt, cap * sizeof *nx);
                if (!nx) {
                    xmlFree(id);
                    st = -2;
                    break;
                }
                b->xf_fmt = nx;
            }
            b->xf_fmt[b->nxf++] = id ? atoi(id) : 0;
            xmlFree(id);
        }
    }
    if (st == -2) {
        xmlFreeTextReader(r);
        free(buf);
        return jx_fail(b->err, JX_ENOMEM, b->name, 0, 0, "内存不足");
    }
    rc = xml_done(b, r, st, member);
    free(buf);
    return rc;
}

/* ---- number formats ---- */

/* NF_FIXED: a number with a fixed count of decimals ("0.00" shows 186.5
 * as 186.50); thousands separators are not written, so the text still
 * reads as one number. */
enum { NF_GENERAL, NF_PERCENT, NF_DATE, NF_FIXED };

/* Text a format code prints around the number: "亩" in 0"亩", "≥" in
 * "≥"0%, "元" in 0\元 (up to 31 bytes each side). */
typedef struct nf_text {
    char pre[32], suf[32];
} nf_text;

static void nf_add(nf_text *t, int after, const char *s, size_t n)
{
    char *d = after ? t->suf : t->pre;
    size_t have = strlen(d);
    if (have + n < sizeof t->pre) {
        memcpy(d + have, s, n);
        d[have + n] = '\0';
    }
}

/* The kind of a format code and, for percentages, its decimals; the
 * date style: 1 Chinese (年月日), 0 ISO; and the text it prints around
 * the number (quoted, escaped with \, or characters beyond ASCII). */
static int classify(const char *code, int *dec, int *cn, nf_text *t)
{
    int kind = NF_GENERAL, in_b = 0, after_dot = 0, digits = 0;
    *dec = 0;
    *cn = strstr(code, "年") != NULL;
    t->pre[0] = t->suf[0] = '\0';
    for (const char *p = code; *p; p++) {
        char c = *p;
        if (c == ';')
            break; /* first section decides */
        if (in_b) {
            in_b = c != ']';
            continue;
        }
        if (c == '"') {
            const char *q = strchr(p + 1, '"');
            size_t n = q ? (size_t)(q - p - 1) : strlen(p + 1);
            nf_add(t, digits, p + 1, n);
            p += n + (q != NULL);
        } else if (c == '[') {
            in_b = 1;
        } else if (c == '\\') {
            if (p[1]) {
                size_t n = 1;
                while ((p[1 + n] & 0xC0) == 0x80) /* the rest of a UTF-8 character */
                    n++;
                nf_add(t, digits, p + 1, n);
                p += n;
            }
        } else if ((unsigned char)c >= 0x80) {
            nf_add(t, digits, p, 1);
        } else if (c == '%') {
            kind = NF_PERCENT;
        } else if (c == '.') {
            after_dot = 1;
        } else if (c == '0' && after_dot) {
            (*dec)++;
            digits = 1;
            if (kind == NF_GENERAL)
                kind = NF_FIXED;
        } else if (c == '0' && kind == NF_GENERAL) {
            kind = NF_FIXED;
            digits = 1;
        } else if (c == '0' || c == '#' || c == '?') {
            digits = 1;
        } else if (c == 'G' && !strncmp(p, "General", 7)) {
            digits = 1;
            p += 6;
        } else if ((c == 'y' || c == 'Y' || c == 'd' || c == 'D' || c == 'm' ||
                    c == 'M') && kind != NF_PERCENT) {
            kind = NF_DATE;
        }
    }
    if (kind == NF_DATE)
        t->pre[0] = t->suf[0] = '\0'; /* a date's 年/月/日 are written below */
    return kind;
}

static int builtin_kind(int id, int *dec, int *cn)
{
    *dec = 0;
    *cn = 0;
    if (id == 9)
        return NF_PERCENT;
    if (id == 10) {
        *dec = 2;
        return NF_PERCENT;
    }
    if (id >= 1 && id <= 4) { /* 0, 0.00, #,##0, #,##0.00 */
        *dec = id == 2 || id == 4 ? 2 : 0;
        return NF_FIXED;
    }
    if ((id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) ||
        (id >= 50 && id <= 58)) {
        *cn = id >= 27;
        return NF_DATE;
    }
    return NF_GENERAL;
}

static void civil(long days, int *y, int *m, int *d)
{
    /* days since 1970-01-01 -> y-m-d (Howard Hinnant's algorithm) */
    long z = days + 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long yy = yoe + era * 400;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yy + (*m <= 2));
}

/* Formats a number cell as the sheet shows it. */
static void format_number(const book *b, const char *v, int style, char *out,
                          size_t size)
{
    char *end;
    double x = strtod(v, &end);
    if (end == v || !isfinite(x)) {
        snprintf(out, size, "%s", v);
        return;
    }
    int id = style >= 0 && (size_t)style < b->nxf ? b->xf_fmt[style] : 0;
    int dec = 0, cn = 0, kind = builtin_kind(id, &dec, &cn);
    nf_text t = {{0}, {0}};
    for (size_t i = 0; i < b->nfmt; i++)
        if (b->fmt[i].id == id)
            kind = classify(b->fmt[i].code, &dec, &cn, &t);
    if (kind == NF_PERCENT) {
        snprintf(out, size, "%s%.*f%%%s", t.pre, dec > 10 ? 10 : dec, x * 100, t.suf);
    } else if (kind == NF_FIXED && fabs(x) < 1e15) {
        snprintf(out, size, "%s%.*f%s", t.pre, dec > 10 ? 10 : dec, x, t.suf);
    } else if (kind == NF_GENERAL && (t.pre[0] || t.suf[0])) {
        snprintf(out, size, "%s%.15g%s", t.pre, x, t.suf); /* General"人" */
    } else if (kind == NF_DATE && x >= 1 && x < 2958466) {
        long serial = (long)floor(x);
        /* 1900 system: serial 1 = 1900-01-01, with Excel's phantom 1900-02-29 */
        long days = b->date1904 ? serial + 24107 - 25569 + 1462
                                : serial - 25569 + (serial < 61 ? 1 : 0);
        int y, m, d;
        civil(days, &y, &m, &d);
        if (cn)
            snprintf(out, size, "%d年%d月%d日", y, m, d);
        else
            snprintf(out, size, "%04d-%02d-%02d", y, m, d);
    } else {
        snprintf(out, size, "%.15g", x);
    }
}

/* ---- workbook: sheet names and parts ---- */

typedef struct sheet {
    char *name, *rid, *part;
} sheet;

static void free_sheets(sheet *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        xmlFree(s[i].name);
        xmlFree(s[i].rid);
        free(s[i].part);
    }
    free(s);
}

static int read_workbook(book *b, sheet **out, size_t *nout)
{
    char *buf = NULL;
    int rc;
    *out = NULL;
    *nout = 0;
    xmlTextReaderPtr r = open_part(b, "xl/workbook.xml", &buf, 1, &rc);
    if (!r) {
        free(buf);
        return rc;
    }
    sheet *s = NULL;
    size_t n = 0, cap = 0;
    int st;
    while ((st = xmlTextReaderRead(r)) == 1) {
        if (xmlTextReaderNodeType(r) != XML_READER_TYPE_ELEMENT)
            continue;
        if (is(r, "workbookPr")) {
            char *d = attr(r, "date1904");
            b->date1904 = d && (!strcmp(d, "1") || !strcmp(d, "true"));
            xmlFree(d);
        }
        if (!is(r, "sheet") || n >= 1024)
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 8;
            sheet *ns = realloc(s, cap * sizeof *ns);
            if (!ns) {
                st = -2;
                break;
            }
            s = ns;
        }
        s[n].name = attr(r, "name");
        s[n].rid = (char *)xmlTextReaderGetAttributeNs(
            r, (const xmlChar *)"id",
            (const xmlChar *)"http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        s[n].part = NULL;
        n++;
    }
    *out = s;
    *nout = n;
    if (st == -2) {
        xmlFreeTextReader(r);
        free(buf);
        return jx_fail(b->err, JX_ENOMEM, b->name, 0, 0, "内存不足");
    }
    rc = xml_done(b, r, st, "xl/workbook.xml");
    free(buf);
    if (rc)
        return rc;
    /* relationships: rId -> worksheets/sheetN.xml */
    r = open_part(b, "xl/_rels/workbook.xml.rels", &buf, 0, &rc);
    if (!r) {
        free(buf);
        buf = NULL;
    }
    while (r && (st = xmlTextReaderRead(r)) == 1) {
        if (xmlTextReaderNodeType(r) != XML_READER_TYPE_ELEMENT ||
            !is(r, "Relationship"))
            continue;
        char *id = attr(r, "Id"), *tg = attr(r, "Target");
        for (size_t i = 0; id && tg && i < n; i++) {
            if (!s[i].rid || strcmp(s[i].rid, id) || s[i].part)
                continue;
            const char *t = tg[0] == '/' ? tg + 1 : tg;
            size_t need = strlen(t) + 4;
            s[i].part = malloc(need);
            if (s[i].part)
                snprintf(s[i].part, need, "%s%s", tg[0] == '/' ? "" : "xl/", t);
        }
        xmlFree(id);
        xmlFree(tg);
    }
    if (r)
        rc = xml_done(b, r, st, "xl/_rels/workbook.xml.rels");
    free(buf);
    /* without rels, the conventional names */
    for (size_t i = 0; !rc && i < n; i++) {
        if (s[i].part)
            continue;
        s[i].part = malloc(64);
        if (!s[i].part)
            return jx_fail(b->err, JX_ENOMEM, b->name, 0, 0, "内存不足");
        snprintf(s[i].part, 64, "xl/worksheets/sheet%zu.xml", i + 1);
    }
    return rc;
}

/* ---- a worksheet ---- */

/* "C12" -> col 2, row 11; returns 0 on success. */
static int parse_ref(const char *s, int *row, int *col)
{
    long c = 0, rw = 0;
    const char *p = s;
    while ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z')) {
        c = c * 26 + ((*p | 0x20) - 'a' + 1);
        if (c > 1 << 20)
            return -1;
        p++;
    }
    while (*p >= '0' && *p <= '9') {
        rw = rw * 10 + (*p - '0');
        if (rw > 1 << 21)
            return -1;
        p++;
    }
    if (!c || !rw || *p)
        return -1;
    *row = (int)rw - 1;
    *col = (int)c - 1;
    return 0;
}

typedef struct ws {
    xcell *c;
    size_t n, cap;
    struct { int r0, c0, r1, c1; } *m; /* merges */
    size_t nm, mcap;
    char *hidden_row; /* by row, size nrow_h */
    size_t nrow_h;
    struct { int min, max; } *hc; /* hidden column ranges */
    size_t nhc, hccap;
    int maxrow, maxcol;
} ws;

static void ws_free(ws *w)
{
    for (size_t i = 0; i < w->n; i++)
        free(w->c[i].s);
    free(w->c);
    free(w->m);
    free(w->hidden_row);
    free(w->hc);
}

static int push_cell(ws *w, int row, int col, char *s, int number)
{
    if (w->n == w->cap) {
        size_t cap = w->cap ? w->cap * 2 : 256;
        xcell *nc = realloc(w->c, cap * sizeof *nc);
        if (!nc)
            return -1;
        w->c = nc;
        w->cap = cap;
    }
    w->c[w->n++] = (xcell){row, col, s, number};
    if (row + 1 > w->maxrow)
        w->maxrow = row + 1;
    if (col + 1 > w->maxcol)
        w->maxcol = col + 1;
    return 0;
}

static int hide_row(ws *w, int row)
{
    if (row < 0 || row >= (1 << 21))
        return 0;
    if ((size_t)row >= w->nrow_h) {
        size_t n = (size_t)row + 64;
        char *h = realloc(w->hidden_row, n);
        if (!h)
            return -1;
        memset(h + w->nrow_h, 0, n - w->nrow_h);
        w->hidden_row = h;
        w->nrow_h = n;
    }
    w->hidden_row[row] = 1;
    return 0;
}

/* One <c> element: its text as shown. */
static int read_cell(book *b, xmlTextReaderPtr r, ws *w, int row_hint,
                     int *col_next, jx_buf *t)
{
    char *ref = attr(r, "r"), *type = attr(r, "t"), *style = attr(r, "s");
    int row = row_hint, col = *col_next, st = 1, rc = 0;
    if (ref && parse_ref(ref, &row, &col))
        row = row_hint, col = *col_next;
    *col_next = col + 1;
    t->len = 0;
    int is_inline = type && !strcmp(type, "inlineStr");
    if (!xmlTextReaderIsEmptyElement(r)) {
        int depth = xmlTextReaderDepth(r);
        while ((st = xmlTextReaderRead(r)) == 1) {
            int nt = xmlTextReaderNodeType(r);
            if (nt == XML_READER_TYPE_END_ELEMENT && xmlTextReaderDepth(r) == depth)
                break;
            if (nt != XML_READER_TYPE_ELEMENT)
                continue;
            if (is(r, "v") && !is_inline)
                st = value_text(r, t);
            else if (is(r, "is") && is_inline)
                st = element_text(r, t);
            if (st != 1)
                break;
        }
    }
    if (st != 1)
        goto out;
    if (row < 0 || col < 0 || t->len == 0)
        goto out;
    if (jx_buf_putc(t, '\0') < 0) {
        st = -2;
        goto out;
    }
    const char *v = t->p, *text = v;
    char num[128];
    int number = 0;
    if (type && !strcmp(type, "s")) {
        long i = strtol(v, NULL, 10);
        text = i >= 0 && (size_t)i < b->sst.n ? b->sst.s[i] : "";
    } else if (type && !strcmp(type, "b")) {
        text = strcmp(v, "0") ? "TRUE" : "FALSE";
    } else if (!type || !strcmp(type, "n")) {
        format_number(b, v, style ? atoi(style) : 0, num, sizeof num);
        text = num;
        number = 1;
    }
    if (!*text)
        goto out;
    if (col >= JX_SHEET_COLS_MAX) {
        rc = 1;
        *col_next = col + 1;
        goto out;
    }
    char *copy = strdup(text);
    if (!copy || push_cell(w, row, col, copy, number)) {
        free(copy);
        st = -2;
    }
out:
    xmlFree(ref);
    xmlFree(type);
    xmlFree(style);
    if (rc)
        return 2; /* over the column limit */
    return st;
}

static int read_merge(ws *w, xmlTextReaderPtr r)
{
    char *ref = attr(r, "ref");
    int ok = 0;
    if (ref) {
        char *colon = strchr(ref, ':');
        int r0, c0, r1, c1;
        if (colon) {
            *colon = '\0';
            if (!parse_ref(ref, &r0, &c0) && !parse_ref(colon + 1, &r1, &c1) &&
                r1 >= r0 && c1 >= c0 && w->nm < 65536) {
                if (w->nm == w->mcap) {
                    size_t cap = w->mcap ? w->mcap * 2 : 32;
                    void *nm = realloc(w->m, cap * sizeof *w->m);
                    if (!nm) {
                        xmlFree(ref);
                        return -1;
                    }
                    w->m = nm;
                    w->mcap = cap;
                }
                w->m[w->nm].r0 = r0;
                w->m[w->nm].c0 = c0;
                w->m[w->nm].r1 = r1;
                w->m[w->nm].c1 = c1;
                w->nm++;
            }
        }
        ok = 1;
    }
    xmlFree(ref);
    (void)ok;
    return 0;
}

static int read_col(ws *w, xmlTextReaderPtr r)
{
    char *h = attr(r, "hidden"), *mn = attr(r, "min"), *mx = attr(r, "max");
    int rc = 0;
    if (h && (!strcmp(h, "1") || !strcmp(h, "true")) && mn && mx && w->nhc < 4096) {
        if (w->nhc == w->hccap) {
            size_t cap = w->hccap ? w->hccap * 2 : 8;
            void *n = realloc(w->hc, cap * sizeof *w->hc);
            if (!n) {
                rc = -1;
                goto out;
            }
            w->hc = n;
            w->hccap = cap;
        }
        w->hc[w->nhc].min = atoi(mn) - 1;
        w->hc[w->nhc].max = atoi(mx) - 1;
        w->nhc++;
    }
out:
    xmlFree(h);
    xmlFree(mn);
    xmlFree(mx);
    return rc;
}

static int read_sheet_xml(book *b, const char *part, const char *sname, ws *w)
{
    char *buf = NULL;
    int rc;
    xmlTextReaderPtr r = open_part(b, part, &buf, 1, &rc);
    if (!r) {
        free(buf);
        return rc;
    }
    jx_buf t;
    jx_buf_init(&t);
    int st, row = -1, col_next = 0, over = 0;
    while ((st = xmlTextReaderRead(r)) == 1) {
        if (xmlTextReaderNodeType(r) != XML_READER_TYPE_ELEMENT)
            continue;
        if (is(r, "row")) {
            char *rn = attr(r, "r"), *h = attr(r, "hidden");
            row = rn ? atoi(rn) - 1 : row + 1;
            col_next = 0;
            if (h && (!strcmp(h, "1") || !strcmp(h, "true")) && hide_row(w, row))
                st = -2;
            xmlFree(rn);
            xmlFree(h);
        } else if (is(r, "c")) {
            st = read_cell(b, r, w, row < 0 ? 0 : row, &col_next, &t);
            if (st == 2) {
                over = col_next;
                st = 1;
            }
        } else if (is(r, "mergeCell")) {
            st = read_merge(w, r) ? -2 : 1;
        } else if (is(r, "col")) {
            st = read_col(w, r) ? -2 : 1;
        }
        if (st != 1)
            break;
    }
    jx_buf_free(&t);
    if (st == -2) {
        xmlFreeTextReader(r);
        free(buf);
        return jx_fail(b->err, JX_ENOMEM, b->name, 0, 0, "内存不足");
    }
    rc = xml_done(b, r, st, part);
    free(buf);
    if (!rc && over)
        rc = jx_fail(b->err, JX_ELIMIT, b->name, 0, 0,
                     "工作表「%s」有内容的列超过 %d 列（至少 %d 列），不像绩效目标表；"
                     "请删去多余的列后再读",
                     sname, JX_SHEET_COLS_MAX, over);
    return rc;
}

static int col_hidden(const ws *w, int col)
{
    for (size_t i = 0; i < w->nhc; i++)
        if (col >= w->hc[i].min && col <= w->hc[i].max)
            return 1;
    return 0;
}

/* Rows that hold text or lie inside a merge become grid rows. */
static int build_grid(book *b, ws *w, const char *sname, jx_grid *g)
{
    int nr = w->maxrow, nc = w->maxcol;
    for (size_t i = 0; i < w->nm; i++) {
        if (w->m[i].r0 >= nr || w->m[i].c0 >= nc)
            continue; /* a merge of empty cells */
        if (w->m[i].r1 + 1 > nr)
            w->m[i].r1 = nr - 1;
        if (w->m[i].c1 + 1 > nc)
            w->m[i].c1 = nc - 1;
    }
    if (nr == 0 || nc == 0)
        return JX_OK;
    /* which rows are used */
    char *used = calloc((size_t)nr, 1);
    int *idx = malloc((size_t)nr * sizeof *idx);
    int rc = JX_OK;
    if (!used || !idx) {
        rc = jx_fail(b->err, JX_ENOMEM, b->name, 0, 0, "内存不足");
        goto out;
    }
    for (size_t i = 0; i < w->n; i++)
        used[w->c[i].row] = 1;
    for (size_t i = 0; i < w->nm; i++)
        for (int y = w->m[i].r0; y <= w->m[i].r1 && y < nr && w->m[i].c0 < nc; y++)
            used[y] = 1;
    size_t rows = 0;
    for (int y = 0; y < nr; y++)
        rows += used[y];
    if (rows * (size_t)nc > JX_SHEET_CELLS_MAX) {
        rc = jx_fail(b->err, JX_ELIMIT, b->name, 0, 0,
                     "工作表「%s」有 %zu 行 × %d 列，超过上限 %u 个单元格", sname, rows,
                     nc, JX_SHEET_CELLS_MAX);
        goto out;
    }
    for (int y = 0; y < nr; y++) {
        idx[y] = -1;
        if (!used[y])
            continue;
        jx_grow *row = jx_grid_add_row(g, nc, y + 1, 0);
        if (!row) {
            rc = jx_fail(b->err, JX_ENOMEM, b->name, 0, 0, "内存不足");
            goto out;
        }
        idx[y] = (int)(g->nrows - 1);
        if ((size_t)y < w->nrow_h && w->hidden_row[y])
            row->flags |= JX_ROW_HIDDEN;
        for (int x = 0; x < nc; x++)
            if (w->nhc && col_hidden(w, x))
                row->c[x].flags |= JX_CELL_HIDDEN;
    }
    for (size_t i = 0; i < w->n; i++) {
        jx_grow *row = &g->rows[idx[w->c[i].row]];
        if (jx_grid_set(g, row, w->c[i].col, w->c[i].s, strlen(w->c[i].s))) {
            rc = jx_fail(b->err, JX_ENOMEM, b->name, 0, 0, "内存不足");
            goto out;
        }
        if (w->c[i].number)
            row->c[w->c[i].col].flags |= JX_CELL_NUMBER;
    }
    for (size_t i = 0; i < w->nm; i++) {
        int r0 = w->m[i].r0, c0 = w->m[i].c0, r1 = w->m[i].r1, c1 = w->m[i].c1;
        if (r0 >= nr || c0 >= nc)
            continue;
        jx_cell *o = &g->rows[idx[r0]].c[c0];
        o->rowspan = r1 - r0 + 1;
        o->colspan = c1 - c0 + 1;
        for (int y = r0; y <= r1; y++)
            for (int x = c0; x <= c1; x++) {
                if (y == r0 && x == c0)
                    continue;
                jx_cell *c = &g->rows[idx[y]].c[x];
                c->s = "";
                c->n = 0;
                c->flags |= y > r0 ? JX_CELL_COVERED_UP : JX_CELL_COVERED_LEFT;
            }
    }
out:
    free(used);
    free(idx);
    return rc;
}

static int read_sheet(book *b, const sheet *s, size_t i, jx_grids *gs)
{
    char fallback[32];
    snprintf(fallback, sizeof fallback, "Sheet%zu", i + 1);
    const char *sname = s->name && *s->name ? s->name : fallback;
    ws w;
    memset(&w, 0, sizeof w);
    int rc = read_sheet_xml(b, s->part, sname, &w);
    if (!rc) {
        jx_grid *g = jx_grid_new(JX_GRID_SHEET, sname);
        if (!g || jx_grids_push(gs, g))
            rc = jx_fail(b->err, JX_ENOMEM, b->name, 0, 0, "内存不足");
        else
            rc = build_grid(b, &w, sname, g);
    }
    ws_free(&w);
    return rc;
}

int jx_grid_from_xlsx(jx_grids *gs, const char *data, size_t len,
                      const char *name, jx_error *err)
{
    book b;
    memset(&b, 0, sizeof b);
    b.name = name;
    b.err = err;
    sheet *sh = NULL;
    size_t nsh = 0;
    int rc = jx_zip_open(&b.zip, data, len, name, err);
    if (rc)
        return rc;
    if (!(rc = read_workbook(&b, &sh, &nsh)) && !(rc = read_sst(&b)) &&
        !(rc = read_styles(&b)))
        for (size_t i = 0; !rc && i < nsh; i++)
            rc = read_sheet(&b, &sh[i], i, gs);
    free_sheets(sh, nsh);
    for (size_t i = 0; i < b.sst.n; i++)
        free(b.sst.s[i]);
    free(b.sst.s);
    free(b.xf_fmt);
    for (size_t i = 0; i < b.nfmt; i++)
        free(b.fmt[i].code);
    free(b.fmt);
    jx_zip_close(&b.zip);
    return rc;
}
