/*
 * read/html.c - a web page -> one grid per data table.
 *
 * Parsed with libxml2's HTML parser (no network, errors tolerated).  The
 * charset is the one the page declares (<meta charset>, http-equiv); GB2312
 * and GBK are read as GB18030, their superset, since pages declared GB2312
 * routinely hold GBK characters; with no declaration, UTF-8 if the bytes
 * are valid UTF-8, else GB18030.
 *
 * Every <table> that holds no other table becomes a grid "表格N" (a table
 * used for page layout, around the data table, is walked through): rows
 * from <tr>, cells from <td>/<th> placed on an occupancy grid so that
 * rowspan and colspan land where a browser draws them; markup inside a
 * cell is flattened, <br> and block ends become a space.  Text outside
 * tables (headings, paragraphs, div text) is kept as JX_ROW_OUTSIDE rows
 * on top of the next table's grid (after the last table: appended to it);
 * script, style and head are ignored.
 */
#include "office.h"

#include <libxml/HTMLparser.h>
#include <stdio.h>
#include <stdlib.h>
#include <strings.h>

typedef struct hdoc {
    const char *name;
    jx_error *err;
    jx_grids *gs;
    jx_grid *pending; /* outside text waiting for the next table */
    jx_grid *last;
    int ntables;
    jx_buf line;      /* inline text of the current block */
    int rc;
} hdoc;

static int tag(const xmlNode *n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && !strcasecmp((const char *)n->name, name);
}

static int skipped(const xmlNode *n)
{
    return tag(n, "script") || tag(n, "style") || tag(n, "head") ||
           tag(n, "noscript") || tag(n, "template") || tag(n, "select");
}

static int is_block(const xmlNode *n)
{
    static const char *const b[] = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6",
                                    "li", "ul", "ol", "section", "article", "header",
                                    "footer", "center", "blockquote", "pre", "dd",
                                    "dt", "tr", "table", "form", "body", "hr"};
    for (size_t i = 0; i < JX_ARRAY_LEN(b); i++)
        if (tag(n, b[i]))
            return 1;
    return 0;
}

/* Appends text with runs of whitespace folded to one space. */
static int put_text(jx_buf *b, const char *s)
{
    for (; *s; s++) {
        char c = *s;
        if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
            if (b->len && b->p[b->len - 1] == ' ')
                continue;
            c = ' ';
        }
        if (jx_buf_putc(b, c) < 0)
            return -1;
    }
    return 0;
}

/* A cell's text: everything below it, nested tables included. */
static int flatten(const xmlNode *n, jx_buf *b, int depth)
{
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (depth > 200 || skipped(c))
            continue;
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            if (c->content && put_text(b, (const char *)c->content))
                return -1;
        } else if (c->type == XML_ELEMENT_NODE) {
            if (tag(c, "br") && put_text(b, " "))
                return -1;
            if (flatten(c, b, depth + 1))
                return -1;
            if ((is_block(c) || tag(c, "td") || tag(c, "th")) && put_text(b, " "))
                return -1;
        }
    }
    return 0;
}

static int has_table(const xmlNode *n, int depth)
{
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (tag(c, "table"))
            return 1;
        if (c->type == XML_ELEMENT_NODE && depth < 200 && has_table(c, depth + 1))
            return 1;
    }
    return 0;
}

static int flush_line(hdoc *h)
{
    if (!h->line.len)
        return 0;
    if (!h->pending && !(h->pending = jx_grid_new(JX_GRID_HTML, "正文")))
        return -1;
    int rc = jx_grid_outside(h->pending, h->line.p, h->line.len, 0);
    h->line.len = 0;
    return rc;
}

/* Occupancy of the table's cells, grown by rows. */
typedef struct occ {
    unsigned char *m;
    int rows, cols; /* allocated */
} occ;

static int occ_get(const occ *o, int r, int c)
{
    return r < o->rows && c < o->cols && o->m[(size_t)r * (size_t)o->cols + (size_t)c];
}

static int occ_set(occ *o, int r, int c)
{
    if (c >= JX_SHEET_COLS_MAX || (size_t)(r + 1) * JX_SHEET_COLS_MAX > 64u << 20)
        return -1;
    if (r >= o->rows || c >= o->cols) {
        int nr = r >= o->rows ? r + 16 : o->rows;
        int nc = c >= o->cols ? (c + 8 > JX_SHEET_COLS_MAX ? JX_SHEET_COLS_MAX : c + 8)
                              : o->cols;
        unsigned char *m = calloc((size_t)nr * (size_t)nc, 1);
        if (!m)
            return -1;
        for (int y = 0; y < o->rows; y++)
            memcpy(m + (size_t)y * (size_t)nc, o->m + (size_t)y * (size_t)o->cols,
                   (size_t)o->cols);
        free(o->m);
        o->m = m;
        o->rows = nr;
        o->cols = nc;
    }
    o->m[(size_t)r * (size_t)o->cols + (size_t)c] = 1;
    return 0;
}

static int span_attr(const xmlNode *n, const char *name)
{
    xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
    int k = v ? atoi((const char *)v) : 1;
    xmlFree(v);
    return k < 1 ? 1 : k > 1000 ? 1000 : k;
}

/* The rows of a table, thead/tbody/tfoot looked into, nested tables not. */
static int collect_rows(const xmlNode *t, const xmlNode **rows, int *n, int cap)
{
    for (const xmlNode *c = t->children; c; c = c->next) {
        if (tag(c, "tr")) {
            if (*n >= cap)
                return -1;
            rows[(*n)++] = c;
        } else if (tag(c, "thead") || tag(c, "tbody") || tag(c, "tfoot")) {
            if (collect_rows(c, rows, n, cap))
                return -1;
        }
    }
    return 0;
}

static int read_table(hdoc *h, const xmlNode *t)
{
    enum { MAXROWS = 65536 };
    const xmlNode **rows = malloc(MAXROWS * sizeof *rows);
    int nrows = 0, rc = 0;
    jx_tbuild tb = {0};
    occ o = {0};
    jx_buf b;
    jx_buf_init(&b);
    if (!rows)
        return -1;
    if (collect_rows(t, rows, &nrows, MAXROWS)) {
        rc = -2;
        goto out;
    }
    for (int y = 0; y < nrows; y++) {
        int x = 0;
        for (const xmlNode *c = rows[y]->children; c; c = c->next) {
            if (!tag(c, "td") && !tag(c, "th"))
                continue;
            while (occ_get(&o, y, x))
                x++;
            int rs = span_attr(c, "rowspan"), cs = span_attr(c, "colspan");
            if (rs > nrows - y)
                rs = nrows - y;
            b.len = 0;
            if (flatten(c, &b, 0)) {
                rc = -1;
                goto out;
            }
            for (int yy = y; yy < y + rs; yy++)
                for (int xx = x; xx < x + cs; xx++)
                    if (occ_set(&o, yy, xx)) {
                        rc = -2;
                        goto out;
                    }
            if (jx_tb_add(&tb, y, x, rs, cs, b.p ? b.p : "", b.len)) {
                rc = -2;
                goto out;
            }
            if (tag(c, "th"))
                tb.c[tb.n - 1].flags |= JX_CELL_HEADER;
            x += cs;
        }
    }
    if (tb.nrows < nrows)
        tb.nrows = nrows;
    char nm[32];
    snprintf(nm, sizeof nm, "表格%d", ++h->ntables);
    jx_grid *g = jx_grid_new(JX_GRID_HTML, nm);
    if (!g || jx_grids_push(h->gs, g)) {
        rc = -1;
        goto out;
    }
    h->last = g;
    if (h->pending) { /* the text above the table goes on top */
        rc = jx_grid_append(g, h->pending);
        jx_grid_free(h->pending);
        h->pending = NULL;
    }
    if (!rc)
        rc = jx_tb_flush(&tb, g);
out:
    free(rows);
    free(o.m);
    jx_tb_free(&tb);
    jx_buf_free(&b);
    return rc;
}

static int walk(hdoc *h, const xmlNode *n, int depth)
{
    for (const xmlNode *c = n; c && !h->rc; c = c->next) {
        if (depth > 200 || skipped(c))
            continue;
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            if (c->content && put_text(&h->line, (const char *)c->content))
                return -1;
            continue;
        }
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (tag(c, "br")) {
            if (flush_line(h))
                return -1;
            continue;
        }
        int block = is_block(c) || tag(c, "td") || tag(c, "th");
        if (block && flush_line(h))
            return -1;
        if (tag(c, "table") && !has_table(c, 0)) {
            int rc = read_table(h, c);
            if (rc)
                return rc;
            continue;
        }
        int rc = walk(h, c->children, depth + 1);
        if (rc)
            return rc;
        if (block && flush_line(h))
            return -1;
    }
    return 0;
}

/* The charset the page declares in its first 4 KiB, as iconv names it. */
static const char *declared_charset(const char *data, size_t len)
{
    size_t n = len < 4096 ? len : 4096;
    for (size_t i = 0; i + 8 < n; i++) {
        if (strncasecmp(data + i, "charset", 7))
            continue;
        size_t j = i + 7;
        while (j < n && (data[j] == ' ' || data[j] == '=' || data[j] == '"' ||
                         data[j] == '\''))
            j++;
        if (j + 2 <= n && !strncasecmp(data + j, "gb", 2))
            return "GB18030";
        if (j + 3 <= n && !strncasecmp(data + j, "utf", 3))
            return "UTF-8";
        if (j + 4 <= n && !strncasecmp(data + j, "big5", 4))
            return "BIG5";
    }
    return NULL;
}

int jx_grid_from_html(jx_grids *gs, const char *data, size_t len,
                      const char *name, jx_error *err)
{
    if (len > JX_ZIP_TOTAL_MAX)
        return jx_fail(err, JX_ELIMIT, name, 0, 0, "网页超过 %u MiB", JX_ZIP_TOTAL_MAX >> 20);
    const char *enc = declared_charset(data, len);
    if (len >= 3 && !memcmp(data, "\xEF\xBB\xBF", 3))
        enc = "UTF-8";
    if (!enc)
        enc = jx_utf8_check(data, len) == len ? "UTF-8" : "GB18030";
    htmlDocPtr doc = htmlReadMemory(data, (int)len, name, enc,
                                    HTML_PARSE_NONET | HTML_PARSE_NOERROR |
                                        HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER |
                                        HTML_PARSE_NOBLANKS);
    if (!doc)
        return jx_fail(err, JX_EINPUT, name, 0, 0, "无法解析网页（%s 编码）", enc);
    hdoc h;
    memset(&h, 0, sizeof h);
    h.name = name;
    h.err = err;
    h.gs = gs;
    jx_buf_init(&h.line);
    int rc = walk(&h, xmlDocGetRootElement(doc), 0);
    if (!rc)
        rc = flush_line(&h);
    if (!rc && h.pending) {
        if (h.last) { /* text after the last table closes it */
            rc = jx_grid_append(h.last, h.pending);
        } else {
            rc = jx_grids_push(gs, h.pending) ? -1 : 0;
            h.pending = NULL;
        }
    }
    jx_grid_free(h.pending);
    jx_buf_free(&h.line);
    xmlFreeDoc(doc);
    if (rc == -2)
        return jx_fail(err, JX_ELIMIT, name, 0, 0, "第 %d 个表格过大（超过 %d 列或 %u 个单元格）",
                       h.ntables + 1, JX_SHEET_COLS_MAX, JX_SHEET_CELLS_MAX);
    if (rc)
        return jx_fail(err, JX_ENOMEM, name, 0, 0, "内存不足");
    return JX_OK;
}
