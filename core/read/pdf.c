/*
 * read/pdf.c - a PDF -> one grid of its pages' text, cells by the columns
 * of the table's header and rows by its 三级 cells.
 *
 * poppler's `pdftotext -bbox-layout` (run without a shell, 60 s timeout,
 * output capped) gives every word of every page with its box; its XHTML is
 * read with libxml2's xmlTextReader.  Words are joined into fragments while
 * the gap between them is narrower than 0.4 of a line (0.25 between two
 * ideographs: Chinese has no spaces, a gap there is a cell border); a
 * fragment keeps where its words start.  Per page, fragments are grouped
 * into visual lines by their tops, then:
 *   - a page with a table header (the line with 三级指标, and header cells
 *     printed a little above or below it) is read by the header's columns:
 *     a fragment falls in the column it overlaps most, a column reaching
 *     halfway to its neighbours' header cells, or, where the cells are
 *     left-aligned (most lines start where a header cell does), from its
 *     header's start to the next one's; a fragment whose words stand in two
 *     columns (a number right-aligned against the next cell, cells without
 *     padding) is cut there;
 *   - the 三级 column's lines are cut into cells (a line goes on with the
 *     cell above when that one filled the column and it stands one line
 *     pitch below, and no new value cell starts beside it); each 三级 cell
 *     is a row;
 *   - every other column's lines are cut into cells and given rows by
 *     dynamic programming (fit_column): a value cell stands where its 三级
 *     cell does (centred, top or bottom aligned alike), a merged 一级/二级
 *     label is centred over the rows it spans (or at their top) and goes on
 *     the first of them, as an office grid has it; lines join one cell only
 *     where the line above filled the column at an even line pitch; a line
 *     that fits no row (a total, a note) is a row of its own;
 *   - a page without a header after a table's page takes the table's
 *     columns, its first lines going on with the row the page break split;
 *   - other text: columns from left edges shared by two or more fragments,
 *     a visual line going on with the row above when its cells wrapped;
 *   - page numbers alone at the top or bottom of a page are dropped.
 * Pages are joined into one grid: the first row of each later page is
 * flagged JX_ROW_PAGEBREAK, and a header row repeated at the top of a
 * page (the same cells as the table's header with 三级指标) is left out,
 * so the interpreter reads one continuous table.  Rows keep their page and
 * their visual line on that page ("p.3 第12行").
 */
#include "office.h"
#include "vocab.h"

#include <ctype.h>
#include <errno.h>
#include <libxml/xmlreader.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

typedef struct wseam { /* where a word of a fragment starts */
    size_t off;        /* in its text */
    double x0, px1;    /* its left edge, the right edge of the word before */
} wseam;

typedef struct frag {
    int page;
    double x0, y0, x1, y1;
    char *s;
    int col, vline;
    wseam *w; /* its words after the first: where a column border may cut */
    size_t nw;
} frag;

typedef struct pdoc {
    frag *f;
    size_t n, cap;
    double page_h;
} pdoc;

static void pdoc_free(pdoc *p)
{
    for (size_t i = 0; i < p->n; i++) {
        free(p->f[i].s);
        free(p->f[i].w);
    }
    free(p->f);
}

static double dattr(xmlTextReaderPtr r, const char *name)
{
    xmlChar *v = xmlTextReaderGetAttribute(r, (const xmlChar *)name);
    double d = v ? strtod((const char *)v, NULL) : 0;
    xmlFree(v);
    return isfinite(d) ? d : 0;
}

static int ascii_alnum(int c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Appends s to b: a space between two Latin words, none next to CJK. */
static int join(jx_buf *b, const char *s)
{
    if (b->len && *s && ascii_alnum((unsigned char)b->p[b->len - 1]) &&
        ascii_alnum((unsigned char)*s) && jx_buf_putc(b, ' ') < 0)
        return -1;
    return jx_buf_puts(b, s);
}

static int is_name(xmlTextReaderPtr r, const char *n)
{
    const xmlChar *l = xmlTextReaderConstLocalName(r);
    return l && !strcmp((const char *)l, n);
}

typedef struct seams {
    wseam *w;
    size_t n, cap;
} seams;

static int push_frag(pdoc *p, frag *cur, jx_buf *b, seams *sm)
{
    if (!b->len)
        return 0;
    cur->w = NULL;
    cur->nw = 0;
    if (sm->n) {
        cur->w = malloc(sm->n * sizeof *cur->w);
        if (!cur->w)
            return -1;
        memcpy(cur->w, sm->w, sm->n * sizeof *cur->w);
        cur->nw = sm->n;
        sm->n = 0;
    }
    if (p->n == p->cap) {
        size_t cap = p->cap ? p->cap * 2 : 256;
        frag *nf = realloc(p->f, cap * sizeof *nf);
        if (!nf)
            return -1;
        p->f = nf;
        p->cap = cap;
    }
    cur->s = strndup(b->p, b->len);
    if (!cur->s) {
        free(cur->w);
        return -1;
    }
    p->f[p->n++] = *cur;
    b->len = 0;
    return 0;
}

static int add_seam(seams *sm, size_t off, double x0, double px1)
{
    if (sm->n == sm->cap) {
        size_t cap = sm->cap ? sm->cap * 2 : 16;
        wseam *nw = realloc(sm->w, cap * sizeof *nw);
        if (!nw)
            return -1;
        sm->w = nw;
        sm->cap = cap;
    }
    sm->w[sm->n++] = (wseam){off, x0, px1};
    return 0;
}

static int is_ideograph(uint32_t cp)
{
    return (cp >= 0x3400 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF);
}

/* Does text b end, and v begin, with an ideograph?  Chinese text has no
 * spaces: a visible gap between two ideographs is a cell border. */
static int ideo_seam(const jx_buf *b, const char *v)
{
    size_t i = b->len;
    while (i > 0 && ((unsigned char)b->p[i - 1] & 0xC0) == 0x80)
        i--;
    uint32_t a, c;
    if (i == 0 || jx_utf8_decode((const unsigned char *)b->p + i - 1, b->len - i + 1, &a) <= 0)
        return 0;
    if (jx_utf8_decode((const unsigned char *)v, strlen(v), &c) <= 0)
        return 0;
    return is_ideograph(a) && is_ideograph(c);
}

/* pdftotext's XHTML -> fragments: the words of a line, joined while the
 * gap between them is narrower than a character (a cell's padding on
 * both sides is wider, so neighbouring cells stay apart), or than a
 * quarter of one between two ideographs. */
static int read_bbox(pdoc *p, const char *xml, size_t len)
{
    xmlTextReaderPtr r = xmlReaderForMemory(xml, (int)len, "pdftotext", "UTF-8",
                                            JX_XML_OPTS);
    if (!r)
        return -1;
    jx_buf b;
    jx_buf_init(&b);
    int st, page = 0, in_word = 0, rc = 0;
    frag cur = {0}, w = {0};
    seams sm = {0};
    while (!rc && (st = xmlTextReaderRead(r)) == 1) {
        int t = xmlTextReaderNodeType(r);
        if (t == XML_READER_TYPE_ELEMENT && is_name(r, "page")) {
            page++;
            p->page_h = dattr(r, "height");
        } else if (t == XML_READER_TYPE_ELEMENT && is_name(r, "word")) {
            w = (frag){page, dattr(r, "xMin"), dattr(r, "yMin"), dattr(r, "xMax"),
                       dattr(r, "yMax"), NULL, 0, 0, NULL, 0};
            in_word = !xmlTextReaderIsEmptyElement(r);
        } else if (t == XML_READER_TYPE_END_ELEMENT && is_name(r, "word")) {
            in_word = 0;
        } else if (t == XML_READER_TYPE_TEXT && in_word) {
            const char *v = (const char *)xmlTextReaderConstValue(r);
            double h = w.y1 - w.y0 > 0 ? w.y1 - w.y0 : 10;
            if (!v || !*v)
                continue;
            if (b.len && (w.x0 - cur.x1 > (ideo_seam(&b, v) ? 0.25 : 0.4) * h ||
                          fabs(w.y0 - cur.y0) > 0.5 * h))
                rc = push_frag(p, &cur, &b, &sm);
            double px1 = cur.x1;
            size_t before = b.len;
            if (!b.len)
                cur = w;
            if (w.x1 > cur.x1)
                cur.x1 = w.x1;
            if (join(&b, v))
                rc = -1;
            else if (before && add_seam(&sm, b.len - strlen(v), w.x0, px1))
                rc = -1;
        } else if (t == XML_READER_TYPE_END_ELEMENT && is_name(r, "line")) {
            rc = push_frag(p, &cur, &b, &sm);
        }
    }
    free(sm.w);
    jx_buf_free(&b);
    xmlFreeTextReader(r);
    return rc ? -1 : st < 0 ? -2 : 0;
}

static int cmp_frag(const void *a, const void *b)
{
    const frag *x = a, *y = b;
    if (x->page != y->page)
        return x->page - y->page;
    if (fabs(x->y0 - y->y0) > 0.01)
        return x->y0 < y->y0 ? -1 : 1;
    return x->x0 < y->x0 ? -1 : x->x0 > y->x0;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

/* "3", "- 3 -", "第 3 页", "3/12", "第3页 共12页" */
static int page_marker(const char *s)
{
    int digits = 0;
    for (const char *p = s; *p; p++) {
        if (*p >= '0' && *p <= '9')
            digits++;
        else if (!strchr(" -/", *p) && strncmp(p, "第", 3) && strncmp(p, "页", 3) &&
                 strncmp(p, "共", 3) && strncmp(p, "—", 3))
            return 0;
        else if (!strncmp(p, "第", 3) || !strncmp(p, "页", 3) || !strncmp(p, "共", 3) ||
                 !strncmp(p, "—", 3))
            p += 2;
    }
    return digits > 0 && digits <= 8;
}

#define MAXCOLS 64

/* Column starts of one page's fragments [a, b), with the starts of the
 * page before counted twice (a continuation page has few rows). */
static int columns(const frag *f, size_t a, size_t b, const double *prev,
                   int nprev, double *start)
{
    size_t n = b - a + 2 * (size_t)nprev;
    double *x = malloc((n ? n : 1) * sizeof *x);
    if (!x)
        return -1;
    for (size_t i = 0; i < b - a; i++)
        x[i] = f[a + i].x0;
    for (int i = 0; i < nprev; i++)
        x[b - a + 2 * (size_t)i] = x[b - a + 2 * (size_t)i + 1] = prev[i];
    qsort(x, n, sizeof *x, cmp_double);
    int nc = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i + 1;
        while (j < n && x[j] - x[j - 1] < 4)
            j++;
        if (j - i >= 2 && nc < MAXCOLS)
            start[nc++] = x[i];
        i = j;
    }
    free(x);
    if (nc == 0)
        start[nc++] = 0;
    start[0] = 0; /* anything left of the first column is in it */
    return nc;
}

typedef struct prow { /* a table row being assembled */
    jx_buf c[MAXCOLS];
    double x1[MAXCOLS]; /* right end of each column's last text */
    double cy[MAXCOLS]; /* top of each column's last text */
    double y0;          /* top of its last visual line */
    int line, any;
    size_t lastf[MAXCOLS]; /* table pages: each column's last fragment + 1 */
    int page, pagebreak; /* where it starts; first row begun on a page > 1 */
    int pagebreak_done;  /* this page's first row has begun */
} prow;

static void prow_reset(prow *r)
{
    for (int i = 0; i < MAXCOLS; i++) {
        r->c[i].len = 0;
        r->x1[i] = -1;
        r->lastf[i] = 0;
    }
    r->any = 0;
}

/* Header row text "一级指标|二级指标|…" for recognising its repeat. */
static int row_key(const prow *r, int nc, jx_buf *k)
{
    k->len = 0;
    while (nc > 0 && !r->c[nc - 1].len)
        nc--;
    for (int i = 0; i < nc; i++)
        if (jx_buf_put(k, r->c[i].p ? r->c[i].p : "", r->c[i].len) < 0 ||
            jx_buf_putc(k, '|') < 0)
            return -1;
    return 0;
}

typedef struct tcol { /* a column of the table, from its header cell */
    double x0, x1;
    jx_buf s;
} tcol;

typedef struct emit_st {
    jx_grid *g;
    jx_buf header, key;
    double start[MAXCOLS]; /* column starts of the page before */
    int nstart;
    tcol col[MAXCOLS]; /* the table's columns, from its header row */
    int ncol, anchor;  /* anchor: the 三级指标 column, one per row */
    int left;          /* cells left-aligned: a column starts at its header */
    jx_buf hkey;       /* the header's text, to know it repeated */
} emit_st;

static int emit(emit_st *e, prow *r, int nc)
{
    if (!r->any)
        return 0;
    int has_l3 = 0;
    for (int i = 0; i < nc; i++)
        if (r->c[i].len == 12 && !memcmp(r->c[i].p, "三级指标", 12))
            has_l3 = 1;
    if (row_key(r, nc, &e->key))
        return -1;
    if (r->pagebreak && e->header.len && e->header.len == e->key.len &&
        !memcmp(e->header.p, e->key.p, e->key.len))
        return 0; /* the header repeated on a new page */
    if (has_l3 && !e->header.len &&
        jx_buf_put(&e->header, e->key.p, e->key.len) < 0)
        return -1;
    int last = -1;
    for (int i = 0; i < nc; i++)
        if (r->c[i].len)
            last = i;
    jx_grow *row = jx_grid_add_row(e->g, last + 1, r->line, r->page);
    if (!row)
        return -1;
    if (r->pagebreak)
        row->flags |= JX_ROW_PAGEBREAK;
    for (int i = 0; i <= last; i++)
        if (r->c[i].len && jx_grid_set(e->g, row, i, r->c[i].p, r->c[i].len))
            return -1;
    return 0;
}

/* The width the first unbreakable piece of s needs: one CJK character,
 * with the punctuation and Latin run that cling to it ("（10", "）×100%"),
 * a CJK character about 0.75 of the line height, a Latin one 0.55. */
static double first_word(const char *s, double h)
{
    double w = 0;
    const unsigned char *u = (const unsigned char *)s;
    size_t n = strlen(s);
    while (n) {
        uint32_t cp;
        int k = jx_utf8_decode(u, n, &cp);
        if (k <= 0 || cp == ' ')
            break;
        int punct = (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFF0F) ||
                    (cp >= 0xFF1A && cp <= 0xFF20) || (cp >= 0x2018 && cp <= 0x201F);
        if (cp >= 0x2E80 && !punct)
            return w ? w : 0.75 * h; /* a line may break before an ideograph */
        w += (cp >= 0x2E80 || punct) ? 0.75 * h : 0.55 * h;
        u += k;
        n -= (size_t)k;
    }
    return w ? w : 0.75 * h;
}

/* Key of a visual line [i, j) as row_key makes it for a row. */
static int vline_key(const frag *f, size_t i, size_t j, int nc, jx_buf *k)
{
    int last = -1;
    k->len = 0;
    for (size_t q = i; q < j; q++)
        if (f[q].col > last)
            last = f[q].col;
    for (int c = 0; c <= last && c < nc; c++) {
        for (size_t q = i; q < j; q++)
            if (f[q].col == c && join(k, f[q].s))
                return -1;
        if (jx_buf_putc(k, '|') < 0)
            return -1;
    }
    return 0;
}

/* Starts row r anew at visual line `line` of `page`, the row before sent. */
static int new_row(emit_st *e, prow *r, int line, int page)
{
    if (emit(e, r, MAXCOLS))
        return -1;
    prow_reset(r);
    r->line = line;
    r->page = page;
    r->pagebreak = page > 1 && !r->pagebreak_done;
    r->pagebreak_done = 1;
    return 0;
}

/* Visual lines of a page: fragments whose tops agree, numbered from 1. */
static void visual_lines(frag *f, size_t a, size_t b)
{
    int vline = 0;
    for (size_t i = a; i < b;) {
        size_t j = i + 1;
        double h = f[i].y1 - f[i].y0;
        if (h <= 0)
            h = 10;
        while (j < b && fabs(f[j].y0 - f[i].y0) < h * 0.5)
            j++;
        vline++;
        for (size_t k = i; k < j; k++)
            f[k].vline = vline;
        i = j;
    }
}

/* A page number alone on its line at the top or bottom of the page. */
static int page_number(const pdoc *p, size_t a, size_t b, size_t i)
{
    const frag *f = p->f;
    int alone = (i == a || f[i - 1].vline != f[i].vline) &&
                (i + 1 == b || f[i + 1].vline != f[i].vline);
    return alone && page_marker(f[i].s) && p->page_h > 0 &&
           (f[i].y0 > p->page_h * 0.9 || f[i].y0 < p->page_h * 0.08);
}

/* Fragments [i0, i1) of a page, line by line: columns from shared left
 * edges (for text outside a table with a header, or a page without one). */
static int line_rows(pdoc *p, size_t a, size_t b, size_t i0, size_t i1, emit_st *e,
                     prow *r)
{
    double start[MAXCOLS];
    int nc = columns(p->f, a, b, e->start, e->nstart, start);
    if (nc < 0)
        return -1;
    int page = p->f[a].page, first = 1;
    double right_edge = 0;
    for (size_t i = a; i < b; i++)
        if (p->f[i].x1 > right_edge)
            right_edge = p->f[i].x1;
    for (size_t i = a; i < b; i++) {
        int c = 0;
        while (c + 1 < nc && start[c + 1] <= p->f[i].x0 + 2)
            c++;
        p->f[i].col = c;
    }
    for (size_t i = i0; i < i1;) {
        size_t j = i + 1;
        double h = p->f[i].y1 - p->f[i].y0;
        if (h <= 0)
            h = 10;
        while (j < i1 && p->f[j].vline == p->f[i].vline)
            j++;
        int vline = p->f[i].vline;
        double y = p->f[i].y0;
        if (j == i + 1 && page_number(p, a, b, i)) {
            i = j;
            continue;
        }
        /* a header repeated at the top of a later page is left out; a row
         * split by the page break goes on below it */
        if (first && page > 1 && e->header.len) {
            int rk = vline_key(p->f, i, j, nc, &e->key);
            if (rk)
                return -1;
            if (e->key.len == e->header.len &&
                !memcmp(e->key.p, e->header.p, e->key.len)) {
                i = j;
                continue;
            }
        }
        /* the first line of a page may continue a row split by the break */
        int top = first;
        int cont = r->any && (top || y - r->y0 < h * 1.6);
        first = 0;
        int fits = 0;
        for (size_t k = i; k < j && cont; k++) {
            int c = p->f[k].col;
            double edge = c + 1 < nc ? start[c + 1] : right_edge;
            /* a wrapped cell goes on right below its own last line; at
             * least one cell ran up to where its next word did not fit */
            cont = r->c[c].len &&
                   (top || (y > r->cy[c] && y - r->cy[c] < h * 1.6));
            fits |= r->x1[c] + first_word(p->f[k].s, h) >= edge - 1.2 * h;
        }
        cont = cont && fits;
        if (!cont && new_row(e, r, vline, page))
            return -1;
        for (size_t k = i; k < j; k++) {
            int c = p->f[k].col;
            if (k > i && p->f[k - 1].col == c && jx_buf_putc(&r->c[c], ' ') < 0)
                return -1; /* two fragments side by side in one cell */
            if (join(&r->c[c], p->f[k].s))
                return -1;
            r->x1[c] = p->f[k].x1;
            r->cy[c] = y;
            r->any = 1;
        }
        r->y0 = y;
        i = j;
    }
    memcpy(e->start, start, (size_t)nc * sizeof *start);
    e->nstart = nc;
    return 0;
}

/* ---- tables with a header row: cells from the header's columns ------ */

static int has_digit(const char *s)
{
    for (; *s; s++)
        if (*s >= '0' && *s <= '9')
            return 1;
    return 0;
}

static double frag_h(const frag *f)
{
    return f->y1 - f->y0 > 0 ? f->y1 - f->y0 : 10;
}

/* A header cell naming a period under a merged 指标值, or a piece of one
 * wrapped: "2025年度", "实施期（2025-2027", "年）", "中期". */
static int period_label(const char *s)
{
    static const char *const w[] = {"实施期", "中期", "长期", "年度", "年", "度"};
    size_t n = strlen(s);
    if (!n || n > 40)
        return 0;
    int word = 0;
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        if ((c >= '0' && c <= '9') || c == '-' || c == '(' || c == ')' || c == ' ') {
            i++;
            continue;
        }
        size_t q = 0;
        while (q < JX_ARRAY_LEN(w) && strncmp(s + i, w[q], strlen(w[q])))
            q++;
        if (q < JX_ARRAY_LEN(w)) {
            word |= q < 4;
            i += strlen(w[q]);
        } else if (!strncmp(s + i, "（", 3) || !strncmp(s + i, "）", 3) ||
                   !strncmp(s + i, "—", 3) || !strncmp(s + i, "－", 3)) {
            i += 3;
        } else {
            return 0;
        }
    }
    return word || strstr(s, "年") != NULL;
}

static int names_target(const char *s)
{
    int per;
    jx_col c = jx_vocab_column(s, strlen(s), &per);
    return c == JX_COL_TARGET || c == JX_COL_ACTUAL;
}

/* A header of two rows: 指标值 printed above the line with 三级指标 and
 * merged over the periods printed below it ("2025年度" | "实施期（2025-
 * 2027年）"), while the 一级/二级 labels of the first rows stand beside
 * those.  When the line has no value column, the fragments of such cells
 * within two lines above and below, right of 三级指标, join the header:
 * [a, b) is reordered so that they follow the header's line (the others
 * above it before, the others below after) and [*h0, *h1) grows to hold
 * them.  Returns -1 on ENOMEM. */
static int spanned_header(frag *f, size_t a, size_t b, size_t k, size_t *h0, size_t *h1)
{
    for (size_t i = *h0; i < *h1; i++)
        if (names_target(f[i].s))
            return 0;
    double y = f[k].y0, h = frag_h(&f[k]);
    size_t lo = *h0, hi = *h1;
    while (lo > a && y - f[lo - 1].y0 < 2.6 * h)
        lo--;
    while (hi < b && f[hi].y0 - y < 2.6 * h)
        hi++;
    int above = 0, below = 0;
    unsigned char *take = calloc(hi - lo, 1);
    if (!take)
        return -1;
    for (size_t i = lo; i < hi; i++) {
        if (i >= *h0 && i < *h1) {
            take[i - lo] = 1;
            continue;
        }
        if (f[i].x0 <= f[k].x0 || f[i].page != f[k].page)
            continue;
        if (i < *h0 && names_target(f[i].s))
            take[i - lo] = 1, above++;
        else if (i >= *h1 && period_label(f[i].s))
            take[i - lo] = 1, below++;
    }
    int rc = 0;
    if (above && below) {
        frag *tmp = malloc((hi - lo) * sizeof *tmp);
        if (!tmp) {
            rc = -1;
        } else {
            size_t n = 0, first = 0;
            for (int pass = 0; pass < 3; pass++)
                for (size_t i = lo; i < hi; i++) {
                    int t = take[i - lo];
                    int want = pass == 0 ? !t && i < *h0 : pass == 1 ? t : !t && i >= *h0;
                    if (!want)
                        continue;
                    if (pass == 1 && !first)
                        first = n + 1;
                    tmp[n++] = f[i];
                }
            memcpy(f + lo, tmp, n * sizeof *tmp);
            free(tmp);
            size_t nh = (size_t)(*h1 - *h0) + (size_t)above + (size_t)below;
            *h0 = lo + first - 1;
            *h1 = *h0 + nh;
        }
    }
    free(take);
    return rc;
}

/* The header row of a page: the line with 三级指标, and the cells of a
 * taller header printed a little above or below it (a two-line 偏差原因分析
 * 及改进措施 centred beside one-line cells).  [*h0, *h1) are its fragments;
 * 0 when the page has none, -1 on ENOMEM. */
static int find_header(frag *f, size_t a, size_t b, size_t *h0, size_t *h1)
{
    size_t k = a;
    while (k < b && !strstr(f[k].s, "三级指标"))
        k++;
    if (k == b)
        return 0;
    double y = f[k].y0, h = frag_h(&f[k]);
    size_t i = k, j = k;
    while (i > a && y - f[i - 1].y0 < 0.8 * h && !has_digit(f[i - 1].s))
        i--;
    while (j < b && f[j].y0 - y < 0.8 * h && (j <= k || !has_digit(f[j].s)))
        j++;
    *h0 = i;
    *h1 = j;
    return spanned_header(f, a, b, k, h0, h1) < 0 ? -1 : 1;
}

static void tcols_free(emit_st *e)
{
    for (int c = 0; c < MAXCOLS; c++)
        jx_buf_free(&e->col[c].s);
}

/* 指标值 printed above period cells ("2025年度", "实施期（…）") that stand
 * in the header below it: a cell merged over them (spanned_header). */
static int spans_periods(const frag *f, size_t h0, size_t h1, size_t i)
{
    if (!names_target(f[i].s))
        return 0;
    for (size_t j = h0; j < h1; j++)
        if (j != i && f[j].y0 > f[i].y1 && period_label(f[j].s))
            return 1;
    return 0;
}

/* The header's fragments -> columns (fragments one above the other are one
 * cell; 指标值 merged over period cells goes before the text of each);
 * the anchor is the 三级指标 column. */
static int header_cols(const frag *f, size_t h0, size_t h1, emit_st *e)
{
    int n = 0;
    for (size_t i = h0; i < h1; i++) {
        if (spans_periods(f, h0, h1, i))
            continue;
        int c = 0;
        while (c < n && !(f[i].x0 < e->col[c].x1 && f[i].x1 > e->col[c].x0))
            c++;
        if (c == n) {
            if (n == MAXCOLS)
                continue;
            int at = 0;
            while (at < n && e->col[at].x0 < f[i].x0)
                at++;
            jx_buf s = e->col[n].s;
            memmove(&e->col[at + 1], &e->col[at], (size_t)(n - at) * sizeof *e->col);
            e->col[at] = (tcol){f[i].x0, f[i].x1, s};
            e->col[at].s.len = 0;
            c = at;
            n++;
        }
        tcol *t = &e->col[c];
        if (f[i].x0 < t->x0)
            t->x0 = f[i].x0;
        if (f[i].x1 > t->x1)
            t->x1 = f[i].x1;
        if (join(&t->s, f[i].s))
            return -1;
    }
    for (size_t i = h0; i < h1; i++) {
        if (!spans_periods(f, h0, h1, i))
            continue;
        for (int c = 0; c < n; c++) {
            if (!e->col[c].s.len || !period_label(e->col[c].s.p))
                continue;
            /* "指标值" + "2025年度" */
            size_t sl = strlen(f[i].s), cl = e->col[c].s.len;
            if (jx_buf_put(&e->col[c].s, f[i].s, sl) < 0)
                return -1;
            char *p = e->col[c].s.p;
            char *tmp = malloc(cl ? cl : 1);
            if (!tmp)
                return -1;
            memcpy(tmp, p, cl);
            memcpy(p, f[i].s, sl);
            memcpy(p + sl, tmp, cl);
            free(tmp);
        }
    }
    e->ncol = n;
    e->anchor = -1;
    for (int c = 0; c < n && e->anchor < 0; c++)
        if (e->col[c].s.len && strstr(e->col[c].s.p, "三级"))
            e->anchor = c;
    return 0;
}

/* The x-range a column's cells take: halfway to its neighbours' header
 * cells. */
static void col_range(const emit_st *e, int c, double *lo, double *hi)
{
    if (e->left) { /* a number right-aligned under a left-aligned header */
        *lo = c ? e->col[c].x0 - 2 : -1e300;
        *hi = c + 1 < e->ncol ? e->col[c + 1].x0 - 2 : 1e300;
        return;
    }
    *lo = c ? (e->col[c - 1].x1 + e->col[c].x0) / 2 : -1e300;
    *hi = c + 1 < e->ncol ? (e->col[c].x1 + e->col[c + 1].x0) / 2 : 1e300;
}

/* Are the table's cells left-aligned: most lines of the body start where
 * a header cell starts (Excel's and Word's default; centred cells start
 * wherever their text's width puts them). */
static int left_aligned(const emit_st *e, const frag *f, size_t a, size_t b)
{
    size_t n = 0, at = 0;
    unsigned char hit[MAXCOLS] = {0};
    for (size_t i = a; i < b; i++) {
        if (i > a && f[i - 1].vline == f[i].vline && f[i - 1].x1 > f[i].x0 - 20)
            continue; /* a word further in a line */
        n++;
        for (int c = 0; c < e->ncol; c++)
            if (fabs(f[i].x0 - e->col[c].x0) < 1.0) {
                at++;
                hit[c] = 1;
                break;
            }
    }
    int cols = 0;
    for (int c = 0; c < e->ncol; c++)
        cols += hit[c];
    return n && at * 2 >= n && cols * 2 > e->ncol;
}

/* The column a fragment falls in: the one it overlaps most, a column
 * reaching halfway to its neighbours' header cells. */
static int col_of(const emit_st *e, const frag *f)
{
    int best = 0;
    double bo = -1e300;
    for (int c = 0; c < e->ncol; c++) {
        double lo, hi;
        col_range(e, c, &lo, &hi);
        double ov = fmin(f->x1, hi) - fmax(f->x0, lo);
        if (ov > bo) {
            bo = ov;
            best = c;
        }
    }
    return best;
}

/* Width of a wide (CJK) character of f, from its own text. */
static double em_of(const frag *f)
{
    const unsigned char *u = (const unsigned char *)f->s;
    size_t n = strlen(f->s);
    double units = 0;
    while (n) {
        uint32_t cp;
        int k = jx_utf8_decode(u, n, &cp);
        if (k <= 0)
            break;
        units += cp >= 0x2E80 ? 1 : 0.55;
        u += k;
        n -= (size_t)k;
    }
    return units > 0 && f->x1 > f->x0 ? (f->x1 - f->x0) / units : 0.75 * frag_h(f);
}

typedef struct tblk { /* a cell's text in one column: lines of one cell */
    int col, row, vline;
    double top, bot;
    size_t last; /* its last fragment */
    int fit;     /* its row was given by fit_column (-1: outside the rows) */
} tblk;

typedef struct trow {
    double top, bot;
    int vline;
    unsigned char *has; /* per column: a block already here */
} trow;

typedef struct tpage {
    pdoc *p;
    size_t *idx; /* the body's fragments, in reading order */
    size_t n;
    int *bid;    /* per body fragment: its block */
    tblk *bk;
    int nbk;
    double colw[MAXCOLS]; /* widest line of each column */
    double pitch;         /* lines of a wrapped cell, top to top */
    unsigned char *astart; /* per visual line: an anchor cell starts there */
    int nvl;
    int lead; /* rows may go on from labels of the page before */
} tpage;

/* The end of a number: a digit, or a percent sign after one (Unicode
 * line breaking allows no break between it and a digit, UAX 14 LB25). */
static int numeric_end(char ch)
{
    return isdigit((unsigned char)ch) || ch == '%';
}

/* Did line l fill its column: with its next word it would be wider than
 * the widest line of the column (whatever the alignment, a wrapped line
 * is the widest that fits); slack: or as wide. */
static int full(const tpage *t, int c, const frag *l, const frag *next, int slack)
{
    size_t n = strlen(l->s);
    if (n && numeric_end(l->s[n - 1]) && isdigit((unsigned char)next->s[0]))
        return 0; /* no line breaks before a digit that follows a number */
    double em = em_of(l);
    return (l->x1 - l->x0) + first_word(next->s, em / 0.75) >
           t->colw[c] + (slack ? -0.15 : 0.3) * em;
}

/* The page's line pitch inside a cell: the median distance from a line
 * that surely wrapped to the next line of its column; 0 when none. */
static int line_pitch(tpage *t)
{
    const frag *F = t->p->f;
    size_t prev[MAXCOLS], n = 0;
    double *d = malloc((t->n + 1) * sizeof *d);
    if (!d)
        return -1;
    for (int c = 0; c < MAXCOLS; c++)
        prev[c] = 0;
    for (size_t q = 0; q < t->n; q++) {
        const frag *f = &F[t->idx[q]];
        if (prev[f->col]) {
            const frag *l = &F[prev[f->col] - 1];
            double g = f->y0 - l->y0;
            if (l->vline != f->vline && g < 1.6 * frag_h(l) && full(t, f->col, l, f, 0))
                d[n++] = g;
        }
        prev[f->col] = t->idx[q] + 1;
    }
    qsort(d, n, sizeof *d, cmp_double);
    t->pitch = n ? d[n / 2] : 0;
    free(d);
    return 0;
}

/* Is g the page's line pitch?  The lines of a paragraph stand exactly one
 * pitch apart (measured between their middles: a line of digits has a
 * taller box than one of ideographs); the next row's text is a cell's
 * padding further, or, where Excel did not grow a row, nearer. */
static int at_pitch(const tpage *t, double g)
{
    return t->pitch <= 0 || fabs(g - t->pitch) < 0.03 * t->pitch;
}

static double frag_mid(const frag *f)
{
    return (f->y0 + f->y1) / 2;
}

/* Does line l wrap on to line f of its column: l filled it, or l with f's
 * first word is exactly as wide as the column and f stands one line pitch
 * below (not the next row's text one row height below). */
static int wrapped(const tpage *t, int c, const frag *l, const frag *f)
{
    if (full(t, c, l, f, 0))
        return 1;
    return full(t, c, l, f, 1) && at_pitch(t, frag_mid(f) - frag_mid(l));
}

/* Does a second value cell start beside anchor cell k on f's line: a
 * fragment right of the anchor that does not wrap on from the line of its
 * column already beside k (a centred value beside a wrapped 三级 name
 * starts on a lower line of it). */
static int value_starts(const tpage *t, const emit_st *e, int k, size_t q)
{
    const frag *F = t->p->f;
    size_t a = q;
    while (a > 0 && F[t->idx[a - 1]].vline == F[t->idx[q]].vline)
        a--;
    for (size_t j = a; j < t->n && F[t->idx[j]].vline == F[t->idx[q]].vline; j++) {
        const frag *f = &F[t->idx[j]];
        if (f->col <= e->anchor)
            continue;
        size_t u = a;
        while (u > 0 && a - u < 512 && F[t->idx[u - 1]].col != f->col)
            u--;
        if (u == 0 || F[t->idx[u - 1]].col != f->col)
            continue;
        const frag *l = &F[t->idx[u - 1]];
        if (frag_mid(l) > t->bk[k].top && !wrapped(t, f->col, l, f))
            return 1;
    }
    return 0;
}

/* Does line f (body fragment q) continue cell block k of its column: the
 * next line of text, the line above filled the column; for the anchor no
 * new value cell starts beside it, for a column right of the anchor no new
 * 三级 cell starts beside it. */
static int wraps(const tpage *t, const emit_st *e, int k, size_t q)
{
    const frag *l = &t->p->f[t->bk[k].last], *f = &t->p->f[t->idx[q]];
    if (l->vline == f->vline)
        return 1; /* side by side in one cell */
    int c = t->bk[k].col;
    if (f->y0 - l->y0 >= 1.6 * frag_h(l) || !wrapped(t, c, l, f))
        return 0;
    if (c > e->anchor && f->vline < t->nvl && t->astart[f->vline])
        return 0;
    return c != e->anchor || !value_starts(t, e, k, q);
}

static int cells_of_col(tpage *t, const emit_st *e, int c)
{
    int cur = -1;
    for (size_t q = 0; q < t->n; q++) {
        const frag *f = &t->p->f[t->idx[q]];
        if (f->col != c)
            continue;
        if (cur < 0 || !wraps(t, e, cur, q)) {
            cur = t->nbk++;
            t->bk[cur] = (tblk){c, -1, f->vline, f->y0, f->y1, t->idx[q], 0};
            if (c == e->anchor && f->vline < t->nvl)
                t->astart[f->vline] = 1;
        }
        if (f->y1 > t->bk[cur].bot)
            t->bk[cur].bot = f->y1;
        t->bk[cur].last = t->idx[q];
        t->bid[q] = cur;
    }
    return 0;
}

/* The row a block belongs to: the anchor row whose middle is nearest its
 * middle (cells are top-aligned or centred in their row; a merged label is
 * centred in its rows), if the block is within a line of it; -1 when none. */
static int nearest_row(const trow *rw, int nr, const tblk *b, double h)
{
    double m = (b->top + b->bot) / 2, bd = 1e300;
    int best = -1;
    for (int i = 0; i < nr; i++) {
        double d = fabs((rw[i].top + rw[i].bot) / 2 - m);
        if (d < bd && m > rw[i].top - h && m < rw[i].bot + h) {
            bd = d;
            best = i;
        }
    }
    return best;
}


/* ---- cells of the other columns: lines cut into cells that fit rows ----
 *
 * A table's rows are its 三级 cells.  Every other column's lines are cut
 * into cells, and each cell given rows, by dynamic programming: the cut
 * whose cells stand where a cell of their rows would stand wins.  A cell
 * is vertically centred in its row (or top or bottom aligned, as Word and
 * Excel print by default), like the 三级 name beside it: a value cell's
 * middle (top, bottom) is its 三级 cell's.  A merged 一级/二级 label spans
 * several rows and is centred in them (or stands on the first).  Lines go
 * into one cell only where the first filled its column; where the gap
 * between them is a row's pitch rather than a wrapped line's, cutting is
 * cheaper (a short label beside a label wrapped below it).  A line that
 * fits no row stays outside them (a total, a note). */

typedef struct cline { /* a line of one column: fragments on one visual line */
    size_t q0, q1;     /* its fragments: body indices, [q0, q1) of the list */
    double top, bot, w, em;
    int vline;
} cline;

typedef struct colfit {
    tpage *t;
    int c;
    size_t *q; /* body indices of the column's fragments, reading order */
    cline *l;
    int nl;
    double h;            /* a line's height */
    double rpitch;       /* pitch of one-line rows, 0 when unknown */
    const double *at, *ab; /* rows: their 三级 cell's top and bottom */
    const double *rt, *rb; /* rows: their cells' top and bottom */
    const double *beta;    /* rows: borders, beta[i] above row i */
    int n;
    int align; /* the column's cells: 0 centred, 1 top, 2 bottom aligned */
    int label; /* a 一级/二级 column */
} colfit;

#define FIT_MAXLINES 8 /* lines in one cell */
#define FIT_MAXWORK 40000000.0

/* The column's fragments (k->q) and its lines (k->l). */
static void col_lines(colfit *k)
{
    const frag *F = k->t->p->f;
    size_t m = 0;
    for (size_t q = 0; q < k->t->n; q++)
        if (F[k->t->idx[q]].col == k->c)
            k->q[m++] = q;
    k->nl = 0;
    for (size_t i = 0; i < m;) {
        const frag *f = &F[k->t->idx[k->q[i]]];
        size_t j = i;
        cline *l = &k->l[k->nl++];
        double x0 = f->x0, x1 = f->x1, wmax = -1;
        *l = (cline){i, 0, f->y0, f->y1, 0, 0, f->vline};
        for (; j < m && F[k->t->idx[k->q[j]]].vline == f->vline; j++) {
            const frag *g = &F[k->t->idx[k->q[j]]];
            x0 = fmin(x0, g->x0);
            x1 = fmax(x1, g->x1);
            l->top = fmin(l->top, g->y0);
            l->bot = fmax(l->bot, g->y1);
            if (g->x1 - g->x0 > wmax) {
                wmax = g->x1 - g->x0;
                l->em = em_of(g);
            }
        }
        l->q1 = j;
        l->w = x1 - x0;
        i = j;
    }
}

static double mid(const cline *l)
{
    return (l->top + l->bot) / 2;
}

/* Could line a wrap on to line b (the next of the column): a filled
 * first, by the rule of wrapped(). */
static int line_wraps(const colfit *k, int a, int b)
{
    const cline *la = &k->l[a], *lb = &k->l[b];
    const frag *F = k->t->p->f;
    const frag *nf = &F[k->t->idx[k->q[lb->q0]]];
    double g = lb->top - la->top, cw = k->t->colw[k->c];
    double lh = la->bot - la->top > 0 ? la->bot - la->top : k->h;
    if (g <= 0 || g >= 1.6 * lh)
        return 0;
    const frag *lf = &F[k->t->idx[k->q[la->q1 - 1]]];
    size_t n = strlen(lf->s);
    if (n && numeric_end(lf->s[n - 1]) && isdigit((unsigned char)nf->s[0]))
        return 0; /* no line breaks before a digit that follows a number */
    double need = la->w + first_word(nf->s, la->em / 0.75);
    if (need > cw + 0.3 * la->em)
        return 1;
    return need > cw - 0.15 * la->em && at_pitch(k->t, mid(lb) - mid(la));
}

/* Line j's text (its fragments joined) into b. */
static int line_text(const colfit *k, int j, jx_buf *b)
{
    const frag *F = k->t->p->f;
    for (size_t i = k->l[j].q0; i < k->l[j].q1; i++)
        if (join(b, F[k->t->idx[k->q[i]]].s))
            return -1;
    return 0;
}

/* In a label column, does the framework's vocabulary say how lines a and
 * a + 1 go: 1 when a is a level name alone and not with a + 1 (a short
 * label above a wrapped one), -1 when only together they are one, 0 when
 * it does not tell (or out of memory). */
static int names_say(const colfit *k, int a)
{
    if (!k->label)
        return 0;
    jx_buf b;
    jx_buf_init(&b);
    char kind;
    const char *parent;
    int r = 0;
    if (!line_text(k, a, &b)) {
        int alone = jx_vocab_level(b.p, b.len, &kind, &parent) > 0;
        if (!line_text(k, a + 1, &b)) {
            int both = jx_vocab_level(b.p, b.len, &kind, &parent) > 0;
            r = alone && !both ? 1 : !alone && both ? -1 : 0;
        }
    }
    jx_buf_free(&b);
    return r;
}

/* The cost of joining (join) or cutting between lines a and a + 1. */
static double seam(const colfit *k, int a, int join)
{
    int w = line_wraps(k, a, a + 1);
    if (join && !w)
        return HUGE_VAL;
    if (!w)
        return 0;
    double g = k->l[a + 1].top - k->l[a].top, p = k->t->pitch;
    /* the gap says: a wrapped line (the cell's pitch) or the next row */
    int rowgap = p > 0 && k->rpitch > 0 && fabs(k->rpitch - p) > 0.02 * p &&
                 fabs(g - k->rpitch) < fabs(g - p);
    double c = join == rowgap ? 0.3 * k->h : 0;
    /* where the rows are a line apart, the names tell */
    int say = names_say(k, a);
    if ((say > 0 && join) || (say < 0 && !join))
        c += 0.5 * k->h;
    return c;
}

/* A cell of rows s..e does not reach over the 三级 cell of another row
 * (centred text may overflow its row a little on both sides: Excel does
 * not grow a row); a cell aligned at the top or bottom does not reach the
 * middle of one. */
static int inside(const colfit *k, double top, double bot, int s, int e, int centred)
{
    double up = s == 0 ? -1e300 : centred ? k->at[s - 1] : (k->at[s - 1] + k->ab[s - 1]) / 2;
    double down = e + 1 >= k->n ? 1e300
                  : centred     ? k->ab[e + 1]
                                : (k->at[e + 1] + k->ab[e + 1]) / 2;
    return top > up && bot < down;
}

/* The distance under the column's alignment (centred, top, bottom: d[0],
 * d[1], d[2]); another alignment costs half a line more (LibreOffice tops
 * a merged cell that a page break may split).  HUGE_VAL where a cell so
 * aligned would reach over another row. */
static double aligned(const colfit *k, double *d, double top, double bot, int s, int e)
{
    double best = HUGE_VAL;
    for (int a = 0; a < 3; a++) {
        if (!inside(k, top, bot, s, e, a == 0))
            continue;
        double v = d[a] + (a == k->align ? 0 : 0.5 * k->h);
        if (v < best)
            best = v;
    }
    return best;
}

/* How far lines [a, b) stand from where a value cell of row i stands. */
static double fit_value(const colfit *k, int a, int b, int i)
{
    double top = k->l[a].top, bot = k->l[b - 1].bot;
    double d[3] = {fabs((top + bot) / 2 - (k->at[i] + k->ab[i]) / 2), fabs(top - k->at[i]),
                   fabs(bot - k->ab[i])};
    return aligned(k, d, top, bot, i, i);
}

/* How far lines [a, b) stand from where a label over rows s..e stands. */
static double fit_label(const colfit *k, int a, int b, int s, int e)
{
    double top = k->l[a].top, bot = k->l[b - 1].bot;
    double d[3] = {fabs((top + bot) / 2 - (k->beta[s] + k->beta[e + 1]) / 2),
                   fabs(top - k->rt[s]), fabs(bot - k->rb[e])};
    return aligned(k, d, top, bot, s, e);
}

typedef struct fitstep { /* how f[j][i] was reached */
    int pj, pi; /* the state before */
    int s;      /* the cell's first row, -1: line pj left outside */
} fitstep;

/* Cuts the column's lines into cells and gives each its row (label: its
 * first row); row[j] for line j's cell (-1 outside), first[j] when line j
 * starts a cell.  Returns -1 out of memory, 1 when too large to solve. */
static int fit_column(const colfit *k, int label, int lead, int *row, unsigned char *first,
                      double *cost)
{
    int L = k->nl, n = k->n;
    *cost = 0;
    if (!L)
        return 0;
    if ((double)L * (n + 1) * (label ? n + 1 : 1) * FIT_MAXLINES > FIT_MAXWORK)
        return 1;
    size_t ns = (size_t)(L + 1) * (size_t)(n + 1);
    double *f = malloc(ns * sizeof *f);
    fitstep *from = malloc(ns * sizeof *from);
    double *sj = malloc((size_t)L * sizeof *sj), *sc = malloc((size_t)L * sizeof *sc);
    if (!f || !from || !sj || !sc) {
        free(f);
        free(from);
        free(sj);
        free(sc);
        return -1;
    }
    for (int a = 0; a + 1 < L; a++) {
        sj[a] = seam(k, a, 1);
        sc[a] = seam(k, a, 0);
    }
    double out = 0.75 * k->h, skip = label ? (lead ? 0 : k->h) : 0;
#define F(j, i) f[(size_t)(j) * (size_t)(n + 1) + (size_t)(i)]
#define FROM(j, i) from[(size_t)(j) * (size_t)(n + 1) + (size_t)(i)]
    for (size_t s = 0; s < ns; s++)
        f[s] = HUGE_VAL;
    F(0, 0) = 0;
    FROM(0, 0) = (fitstep){-1, -1, -1};
    for (int j = 0; j <= L; j++)
        for (int i = 0; i <= n; i++) {
            double v = F(j, i);
            if (v == HUGE_VAL)
                continue;
            double cut = j > 0 && j < L ? sc[j - 1] : 0; /* a cell ends before j */
            /* row i gets no cell of this column (labels: before the first) */
            if (i < n) {
                double c = v + (!label ? 0 : j > 0 ? k->h : skip);
                if (c < F(j, i + 1)) {
                    F(j, i + 1) = c;
                    FROM(j, i + 1) = (fitstep){j, i, -2};
                }
            }
            if (j == L)
                continue;
            /* line j outside the rows */
            if (v + cut + out < F(j + 1, i)) {
                F(j + 1, i) = v + cut + out;
                FROM(j + 1, i) = (fitstep){j, i, -1};
            }
            double joins = 0;
            for (int b = j + 1; b <= L && b - j <= FIT_MAXLINES; b++) {
                if (b > j + 1)
                    joins += sj[b - 2];
                /* the lines of one paragraph are evenly spaced (by their
                 * middles: a line of digits has a taller box) */
                if (b > j + 2 && fabs((mid(&k->l[b - 1]) - mid(&k->l[b - 2])) -
                                      (mid(&k->l[j + 1]) - mid(&k->l[j]))) > 0.6)
                    break;
                if (joins == HUGE_VAL)
                    break;
                double base = v + cut + joins;
                if (!label) {
                    if (i < n) {
                        double c = base + (b - j) * fit_value(k, j, b, i);
                        if (c < F(b, i + 1)) {
                            F(b, i + 1) = c;
                            FROM(b, i + 1) = (fitstep){j, i, i};
                        }
                    }
                    continue;
                }
                for (int e = i; e < n; e++) {
                    double c = base + fit_label(k, j, b, i, e);
                    if (c < F(b, e + 1)) {
                        F(b, e + 1) = c;
                        FROM(b, e + 1) = (fitstep){j, i, i};
                    }
                }
            }
        }
    *cost = F(L, n);
    for (int j = L, i = n; j > 0;) {
        fitstep st = FROM(j, i);
        if (st.s == -1) {
            row[st.pj] = -1;
            first[st.pj] = 1;
        } else if (st.s >= 0) {
            for (int q = st.pj; q < j; q++) {
                row[q] = st.s;
                first[q] = q == st.pj;
            }
        }
        j = st.pj;
        i = st.pi;
    }
#undef F
#undef FROM
    free(f);
    free(from);
    free(sj);
    free(sc);
    return 0;
}

/* Column c's cells as blocks of t, with the rows fit_column gave them
 * (-1: outside, a row of its own follows).  Returns 1 when not solved. */
static int fit_blocks(tpage *t, int c, int label, int lead,
                      const double *at, const double *ab, const double *rt, const double *rb,
                      const double *beta, int n, double rpitch)
{
    colfit k = {t, c, NULL, NULL, 0, 0, rpitch, at, ab, rt, rb, beta, n, 0, label};
    k.q = malloc((t->n + 1) * sizeof *k.q);
    k.l = malloc((t->n + 1) * sizeof *k.l);
    int *row = malloc((t->n + 1) * 2 * sizeof *row), *row2 = row ? row + t->n + 1 : NULL;
    unsigned char *first = malloc((t->n + 1) * 2), *first2 = first ? first + t->n + 1 : NULL;
    int rc = -1;
    if (!k.q || !k.l || !row || !first)
        goto out;
    col_lines(&k);
    double hs = 0;
    for (int j = 0; j < k.nl; j++)
        hs += k.l[j].bot - k.l[j].top;
    k.h = k.nl && hs > 0 ? hs / k.nl : 10;
    /* one alignment for the column, the one its cells fit best (ties:
     * centred, then top) */
    double best = HUGE_VAL;
    for (int al = 0; al < 3; al++) {
        double cost;
        k.align = al;
        rc = fit_column(&k, label, lead, row2, first2, &cost);
        if (rc)
            goto out;
        if (cost < best - 0.5) {
            best = cost;
            memcpy(row, row2, (size_t)k.nl * sizeof *row);
            memcpy(first, first2, (size_t)k.nl);
        }
    }
    if (best == HUGE_VAL)
        rc = 1;
    for (int j = 0; !rc && j < k.nl; j++) {
        const cline *l = &k.l[j];
        if (first[j])
            t->bk[t->nbk++] = (tblk){c, row[j], l->vline, l->top, l->bot, 0, 1};
        tblk *b = &t->bk[t->nbk - 1];
        b->bot = fmax(b->bot, l->bot);
        for (size_t i = l->q0; i < l->q1; i++) {
            t->bid[k.q[i]] = t->nbk - 1;
            b->last = t->idx[k.q[i]];
        }
    }
out:
    free(k.q);
    free(k.l);
    free(row);
    free(first);
    return rc;
}

/* The rows' extents and borders once the value cells are in them. */
static void row_borders(const tpage *t, int na, double *rt, double *rb, double *beta)
{
    for (int i = 0; i < na; i++) {
        rt[i] = 1e300;
        rb[i] = -1e300;
    }
    for (int k = 0; k < t->nbk; k++) {
        const tblk *b = &t->bk[k];
        if (b->row < 0 || b->row >= na)
            continue;
        rt[b->row] = fmin(rt[b->row], b->top);
        rb[b->row] = fmax(rb[b->row], b->bot);
    }
    double g = 0, *gaps = malloc(((size_t)na + 1) * sizeof *gaps);
    int ng = 0;
    for (int i = 0; gaps && i + 1 < na; i++)
        if (rt[i + 1] > rb[i])
            gaps[ng++] = (rt[i + 1] - rb[i]) / 2;
    if (gaps && ng) {
        qsort(gaps, (size_t)ng, sizeof *gaps, cmp_double);
        g = gaps[ng / 2];
    }
    free(gaps);
    for (int i = 1; i < na; i++)
        beta[i] = (rb[i - 1] + rt[i]) / 2;
    if (na) {
        beta[0] = rt[0] - g;
        beta[na] = rb[na - 1] + g;
    }
}

/* The pitch of rows one line high: median distance between the tops of
 * two such 三级 cells one after the other; 0 when none. */
static double row_pitch(const tpage *t, const double *at, const double *ab, int na)
{
    double *d = malloc(((size_t)na + 1) * sizeof *d);
    int n = 0;
    if (!d)
        return 0;
    for (int i = 0; i + 1 < na; i++) {
        double h0 = ab[i] - at[i], h1 = ab[i + 1] - at[i + 1];
        double g = at[i + 1] - at[i];
        /* one line each: less than 1.3 line pitches tall */
        if (t->pitch > 0 && h0 < 1.3 * t->pitch && h1 < 1.3 * t->pitch && g < 1.6 * h0)
            d[n++] = g;
    }
    qsort(d, (size_t)n, sizeof *d, cmp_double);
    double p = n ? d[n / 2] : 0;
    free(d);
    return p;
}

/* The columns other than 三级 into blocks with their rows: values first
 * (the rows' extents come from them), then labels; a column too large to
 * solve falls back to cells_of_col and the nearest row. */
static int fit_cols(tpage *t, const emit_st *e, const trow *rw, int na)
{
    int rc = -1;
    double *v = malloc(((size_t)na + 1) * 6 * sizeof *v);
    if (!v)
        return -1;
    double *at = v, *ab = v + na + 1, *rt = ab + na + 1, *rb = rt + na + 1;
    double *beta = rb + na + 1;
    for (int i = 0; i < na; i++) {
        at[i] = rw[i].top;
        ab[i] = rw[i].bot;
    }
    double rpitch = row_pitch(t, at, ab, na);
    /* the labels cover the rows before a total (合计, 总分) */
    int nlab = na;
    for (size_t q = 0; q < t->n; q++) {
        const frag *f = &t->p->f[t->idx[q]];
        int row = f->col == e->anchor ? t->bk[t->bid[q]].row : -1;
        if (row >= 0 && row < nlab && jx_vocab_trailer(f->s, strlen(f->s)) == 1)
            nlab = row;
    }
    for (int pass = 0; pass < 2; pass++) {
        if (pass)
            row_borders(t, nlab, rt, rb, beta);
        for (int c = pass ? 0 : e->anchor + 1; c < (pass ? e->anchor : e->ncol); c++) {
            int r = fit_blocks(t, c, pass, t->lead, at, ab, rt, rb, beta,
                               pass ? nlab : na, rpitch);
            if (r < 0 || (r > 0 && cells_of_col(t, e, c)))
                goto out;
        }
    }
    rc = 0;
out:
    free(v);
    return rc;
}

/* Body fragments -> blocks -> rows, sent through r. */
static int table_rows(tpage *t, emit_st *e, prow *r, int page)
{
    int rc = -1, nc = e->ncol, nr = 0;
    /* every fragment may become a block, and every block a row */
    trow *rw = calloc(t->n + 1, sizeof *rw);
    int *ord = malloc((t->n + 1) * sizeof *ord);
    int *rowmap = malloc((t->n + 1) * sizeof *rowmap);
    unsigned char *has = calloc((t->n + 1) * (size_t)nc, 1);
    if (!rw || !ord || !has || !rowmap)
        goto out;
    for (int k = 0; k < t->nbk; k++)
        if (t->bk[k].col == e->anchor) {
            rw[nr] = (trow){t->bk[k].top, t->bk[k].bot, t->bk[k].vline, has + (size_t)nr * nc};
            rw[nr].has[e->anchor] = 1;
            t->bk[k].row = nr++;
        }
    int na = nr;
    if (fit_cols(t, e, rw, na))
        goto out;
    for (int k = 0; k < t->nbk; k++) {
        tblk *b = &t->bk[k];
        if (b->col == e->anchor)
            continue;
        double h = frag_h(&t->p->f[b->last]);
        if (b->fit && b->row >= 0) {
            rw[b->row].has[b->col] = 1;
            continue;
        }
        int i = b->fit ? -1 : nearest_row(rw, na, b, h);
        /* a merged label centred in its rows stands in the row it lies in,
         * else between rows, on its own line: the interpreter shares it
         * out (centred_levels) */
        double m = (b->top + b->bot) / 2;
        if (i >= 0 && b->col < e->anchor &&
            (rw[i].has[b->col] || m < rw[i].top - 0.25 * h || m > rw[i].bot + 0.25 * h))
            i = -1;
        if (i < 0) { /* outside the indicator rows: a row of its own line */
            for (i = na; i < nr && fabs(rw[i].top - b->top) >= 0.5 * h; i++)
                ;
            if (i == nr) {
                rw[nr] = (trow){b->top, b->bot, b->vline, has + (size_t)nr * nc};
                nr++;
            }
        }
        rw[i].has[b->col] = 1;
        b->row = i;
    }
    /* rows in order of their tops */
    for (int i = 0; i < nr; i++)
        ord[i] = i;
    for (int i = 1; i < nr; i++) /* insertion sort, nearly sorted */
        for (int j = i; j > 0 && rw[ord[j]].top < rw[ord[j - 1]].top; j--) {
            int x = ord[j];
            ord[j] = ord[j - 1];
            ord[j - 1] = x;
        }
    for (int i = 0; i < nr; i++)
        rowmap[ord[i]] = i;
    /* fragments bucketed by row, reading order kept within */
    size_t *cnt = calloc((size_t)nr + 1, sizeof *cnt), *by = malloc((t->n + 1) * sizeof *by);
    if (!cnt || !by) {
        free(cnt);
        free(by);
        goto out;
    }
    for (size_t q = 0; q < t->n; q++)
        cnt[rowmap[t->bk[t->bid[q]].row] + 1]++;
    for (int i = 0; i < nr; i++)
        cnt[i + 1] += cnt[i];
    for (size_t q = 0; q < t->n; q++)
        by[cnt[rowmap[t->bk[t->bid[q]].row]]++] = q;
    size_t q = 0;
    rc = 0;
    for (int i = 0; i < nr && !rc; i++) {
        const trow *w = &rw[ord[i]];
        if (new_row(e, r, w->vline, page)) {
            rc = -1;
            break;
        }
        int lastv[MAXCOLS];
        for (int c = 0; c < nc; c++)
            lastv[c] = -1;
        for (; q < t->n && rowmap[t->bk[t->bid[by[q]]].row] == i; q++) {
            const frag *f = &t->p->f[t->idx[by[q]]];
            int c = f->col;
            if (lastv[c] == f->vline && jx_buf_putc(&r->c[c], ' ') < 0)
                rc = -1; /* two fragments side by side in one cell */
            if (rc || join(&r->c[c], f->s)) {
                rc = -1;
                break;
            }
            lastv[c] = f->vline;
            r->lastf[c] = t->idx[by[q]] + 1;
            r->any = 1;
        }
    }
    free(cnt);
    free(by);
out:
    free(rw);
    free(ord);
    free(rowmap);
    free(has);
    return rc;
}

/* The first lines of a later page go on with the row the page break
 * split: each fragment of the first line in a column of that row, one of
 * whose lines filled its column; then the lines that wrap on from those.
 * They join the row and leave the page. */
static int continued(tpage *t, prow *r)
{
    const frag *F = t->p->f;
    size_t i = 0;
    for (int first = 1; i < t->n; first = 0) {
        size_t j = i;
        int fits = 0, ok = r->any;
        while (j < t->n && F[t->idx[j]].vline == F[t->idx[i]].vline)
            j++;
        for (size_t q = i; q < j && ok; q++) {
            const frag *f = &F[t->idx[q]], *l;
            ok = r->lastf[f->col] != 0;
            if (!ok)
                break;
            l = &F[r->lastf[f->col] - 1];
            if (!first)
                ok = l->page == f->page && f->y0 - l->y0 < 1.6 * frag_h(l) &&
                     wrapped(t, f->col, l, f);
            /* two whole values ("≤1.6万元", then "≥90%" atop the next
             * page) are two rows' */
            if (ok && r->c[f->col].len &&
                jx_vocab_is_quantity(r->c[f->col].p, r->c[f->col].len) &&
                jx_vocab_is_quantity(f->s, strlen(f->s)))
                ok = 0;
            fits |= full(t, f->col, l, f, 1);
        }
        if (!ok || !fits)
            break;
        for (size_t q = i; q < j; q++) {
            const frag *f = &F[t->idx[q]];
            if (join(&r->c[f->col], f->s))
                return -1;
            r->lastf[f->col] = t->idx[q] + 1;
        }
        i = j;
    }
    memmove(t->idx, t->idx + i, (t->n - i) * sizeof *t->idx);
    t->n -= i;
    return 0;
}

static int header_key(const emit_st *e, jx_buf *k)
{
    k->len = 0;
    for (int c = 0; c < e->ncol; c++)
        if (jx_buf_put(k, e->col[c].s.p ? e->col[c].s.p : "", e->col[c].s.len) < 0 ||
            jx_buf_putc(k, '|') < 0)
            return -1;
    return 0;
}

/* Word j of fragment f (0 .. f->nw): its left and right edges. */
static void word_x(const frag *f, size_t j, double *x0, double *x1)
{
    *x0 = j ? f->w[j - 1].x0 : f->x0;
    *x1 = j < f->nw ? f->w[j].px1 : f->x1;
}

/* Is f cut before its word k + 1: the two words stand in two columns,
 * and either word k is a number (right-aligned against the next column's
 * text) or, the cells being left-aligned, word k + 1 starts where its
 * column's header does (cells without padding touch). */
static int cut_at(const emit_st *e, const frag *f, size_t k)
{
    frag l = *f, rr = *f;
    word_x(f, k, &l.x0, &l.x1);
    word_x(f, k + 1, &rr.x0, &rr.x1);
    int cl = col_of(e, &l), cr = col_of(e, &rr);
    if (cl == cr)
        return 0;
    if (e->left && fabs(rr.x0 - e->col[cr].x0) < 1.5)
        return 1;
    size_t a = k ? f->w[k - 1].off : 0;
    for (size_t i = a; i < f->w[k].off; i++)
        if (!strchr("0123456789.% ", f->s[i]))
            return 0;
    return 1;
}

/* Body fragments [from, *b) whose words stand in two columns (a number
 * right-aligned against the next column's text) are cut there; the page's
 * fragments after them move up (*b and p->n grow).  The pieces' texts are
 * made first, so that running out of memory leaves p whole. */
static int split_frags(pdoc *p, size_t from, size_t *b, const emit_st *e)
{
    size_t extra = 0, np = 0;
    for (size_t i = from; i < *b; i++)
        for (size_t k = 0; k < p->f[i].nw; k++)
            extra += cut_at(e, &p->f[i], k);
    if (!extra)
        return 0;
    char **piece = calloc(extra, sizeof *piece);
    if (!piece)
        return -1;
    for (size_t i = *b; i-- > from;) {
        const frag *f = &p->f[i];
        size_t end = strlen(f->s);
        for (size_t k = f->nw; k-- > 0;) {
            if (!cut_at(e, f, k))
                continue;
            size_t n = end - f->w[k].off;
            while (n && f->s[f->w[k].off + n - 1] == ' ')
                n--;
            if (!(piece[np++] = strndup(f->s + f->w[k].off, n)))
                goto oom;
            end = f->w[k].off;
        }
    }
    if (p->n + extra > p->cap) {
        frag *nf = realloc(p->f, (p->n + extra) * sizeof *nf);
        if (!nf)
            goto oom;
        p->f = nf;
        p->cap = p->n + extra;
    }
    memmove(p->f + *b + extra, p->f + *b, (p->n - *b) * sizeof *p->f);
    size_t dst = *b + extra;
    np = 0;
    for (size_t i = *b; i-- > from;) {
        frag f = p->f[i];
        size_t end = strlen(f.s);
        double x1 = f.x1;
        for (size_t k = f.nw; k-- > 0;) {
            if (!cut_at(e, &f, k))
                continue;
            p->f[--dst] = (frag){f.page, f.w[k].x0, f.y0, x1, f.y1, piece[np++], 0, f.vline,
                                 NULL, 0};
            end = f.w[k].off;
            x1 = f.w[k].px1;
        }
        while (end && f.s[end - 1] == ' ')
            end--;
        f.s[end] = '\0';
        f.x1 = x1;
        if (end < strlen(p->f[i].s) || x1 < p->f[i].x1) { /* it was cut */
            free(f.w);
            f.w = NULL;
            f.nw = 0;
        }
        p->f[--dst] = f;
    }
    free(piece);
    p->n += extra;
    *b += extra;
    return 0;
oom:
    for (size_t q = 0; q < extra; q++)
        free(piece[q]);
    free(piece);
    return -1;
}

/* A page of a table with a header: the header (left out when it repeats
 * the table's), then its body [b0, b), cells by the header's columns. */
static int header_page(pdoc *p, size_t a, size_t *bp, size_t h0, size_t h1, emit_st *e,
                       prow *r)
{
    int page = p->f[a].page, rc = -1, lead = 1;
    if (h1 > h0) {
        if (header_cols(p->f, h0, h1, e) || header_key(e, &e->key))
            return -1;
        int repeat = page > 1 && e->hkey.len == e->key.len &&
                     !memcmp(e->hkey.p, e->key.p, e->key.len);
        lead = repeat;
        if (!repeat) {
            if (jx_buf_put(&e->hkey, e->key.p, e->key.len) < 0 ||
                new_row(e, r, p->f[h0].vline, page))
                return -1;
            for (int c = 0; c < e->ncol; c++)
                if (jx_buf_put(&r->c[c], e->col[c].s.p, e->col[c].s.len) < 0)
                    return -1;
            r->any = 1;
        }
    }
    if (h1 > h0)
        e->left = left_aligned(e, p->f, h1, *bp);
    if (split_frags(p, h1 > h0 ? h1 : a, bp, e))
        return -1;
    size_t b = *bp;
    tpage t = {.p = p, .lead = lead};
    size_t n = b - a;
    t.idx = malloc((n + 1) * sizeof *t.idx);
    t.bid = malloc((n + 1) * sizeof *t.bid);
    t.bk = malloc((n + 1) * sizeof *t.bk);
    t.nvl = p->f[b - 1].vline + 1;
    t.astart = calloc((size_t)t.nvl, 1);
    if (!t.idx || !t.bid || !t.bk || !t.astart)
        goto out;
    for (size_t i = h1 > h0 ? h1 : a; i < b; i++) {
        if (page_number(p, a, b, i))
            continue;
        frag *f = &p->f[i];
        f->col = col_of(e, f);
        /* text reaching a neighbour's header (a signature line) is no cell */
        int c = f->col;
        int spill = (c > 0 && f->x0 < e->col[c - 1].x1) ||
                    (c + 1 < e->ncol && f->x1 > e->col[c + 1].x0);
        if (!spill && f->x1 - f->x0 > t.colw[c])
            t.colw[c] = f->x1 - f->x0;
        t.idx[t.n++] = i;
    }
    if (line_pitch(&t) || (page > 1 && continued(&t, r)))
        goto out;
    if (cells_of_col(&t, e, e->anchor))
        goto out;
    rc = table_rows(&t, e, r, page);
out:
    free(t.idx);
    free(t.bid);
    free(t.bk);
    free(t.astart);
    return rc;
}

/* One page's fragments [a, b) -> rows: a table's page (its header on it,
 * or the page before's) by the header's columns, other text by lines. */
static int page_rows(pdoc *p, size_t a, size_t *bp, emit_st *e, prow *r)
{
    size_t b = *bp;
    visual_lines(p->f, a, b);
    size_t h0 = 0, h1 = 0;
    int rc;
    int fh = find_header(p->f, a, b, &h0, &h1);
    if (fh < 0)
        return -1;
    if (fh) {
        rc = line_rows(p, a, b, a, h0, e, r);
        if (!rc)
            rc = header_cols(p->f, h0, h1, e);
        if (!rc && e->anchor >= 0)
            rc = header_page(p, a, bp, h0, h1, e, r);
        else if (!rc)
            rc = line_rows(p, a, b, h0, b, e, r);
    } else if (e->ncol && e->anchor >= 0) {
        rc = header_page(p, a, bp, a, a, e, r);
    } else {
        rc = line_rows(p, a, b, a, b, e, r);
    }
    r->pagebreak_done = 0; /* the next page's first row is flagged */
    return rc;
}

static int layout(pdoc *p, jx_grid *g)
{
    qsort(p->f, p->n, sizeof *p->f, cmp_frag);
    prow *r = calloc(1, sizeof *r);
    emit_st e = {.g = g};
    if (!r)
        return -1;
    int rc = 0;
    prow_reset(r);
    for (size_t a = 0; a < p->n && !rc;) {
        size_t b = a;
        while (b < p->n && p->f[b].page == p->f[a].page)
            b++;
        rc = page_rows(p, a, &b, &e, r);
        a = b;
    }
    if (!rc)
        rc = emit(&e, r, MAXCOLS);
    for (int i = 0; i < MAXCOLS; i++)
        jx_buf_free(&r->c[i]);
    free(r);
    jx_buf_free(&e.header);
    jx_buf_free(&e.key);
    jx_buf_free(&e.hkey);
    tcols_free(&e);
    return rc;
}

/* Writes the bytes to a private temporary file for pdftotext. */
static int temp_copy(const char *data, size_t len, char *path, size_t size)
{
    const char *dir = getenv("TMPDIR");
    snprintf(path, size, "%s/jixiao-XXXXXX.pdf", dir && *dir ? dir : "/tmp");
    int fd = mkstemps(path, 4);
    if (fd < 0)
        return -1;
    size_t off = 0;
    while (off < len) {
        ssize_t w = write(fd, data + off, len - off);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0) {
            close(fd);
            unlink(path);
            return -1;
        }
        off += (size_t)w;
    }
    close(fd);
    return 0;
}

int jx_grid_from_pdf(jx_grids *gs, const char *data, size_t len,
                     const char *name, jx_error *err)
{
    char path[4096];
    if (temp_copy(data, len, path, sizeof path))
        return jx_fail(err, JX_EIO, name, 0, 0, "无法写临时文件：%s", strerror(errno));
    char *argv[] = {"pdftotext", "-bbox-layout", "-enc", "UTF-8", path, "-", NULL};
    char *out = NULL;
    size_t olen = 0;
    int status = 0, rc;
    int r = jx_run(argv, 60, JX_ZIP_TOTAL_MAX, &out, &olen, &status);
    int e = errno;
    unlink(path);
    if (r) {
        if (e == ENOENT)
            return jx_fail(err, JX_ENOTFOUND, name, 0, 0,
                           "读 PDF 需要 poppler 的 pdftotext：apt-get install poppler-utils");
        if (e == ETIMEDOUT)
            return jx_fail(err, JX_ELIMIT, name, 0, 0, "pdftotext 超过 60 秒未完成");
        if (e == EFBIG)
            return jx_fail(err, JX_ELIMIT, name, 0, 0, "PDF 文字超过 %u MiB",
                           JX_ZIP_TOTAL_MAX >> 20);
        return jx_fail(err, JX_EIO, name, 0, 0, "无法运行 pdftotext：%s", strerror(e));
    }
    if (status)
        rc = jx_fail(err, JX_EINPUT, name, 0, 0,
                     "不是有效的 PDF，或已损坏（pdftotext 退出码 %d）", status);
    else
        rc = jx_grid_from_pdf_bbox(gs, out, olen, name, err);
    free(out);
    return rc;
}

int jx_grid_from_pdf_bbox(jx_grids *gs, const char *xml, size_t len, const char *name,
                          jx_error *err)
{
    pdoc p;
    memset(&p, 0, sizeof p);
    jx_grid *g = NULL;
    int rc = JX_OK;
    int br = read_bbox(&p, xml, len);
    if (br) {
        rc = br == -2 ? jx_fail(err, JX_EINPUT, name, 0, 0, "pdftotext 的输出无法解析")
                      : jx_fail(err, JX_ENOMEM, name, 0, 0, "内存不足");
        goto out;
    }
    if (p.n == 0) {
        rc = jx_fail(err, JX_EINPUT, name, 0, 0,
                     "PDF 里没有文字（可能是扫描件，需要先做文字识别）");
        goto out;
    }
    g = jx_grid_new(JX_GRID_PDF, NULL);
    if (!g || jx_grids_push(gs, g)) { /* push frees g when it fails */
        rc = jx_fail(err, JX_ENOMEM, name, 0, 0, "内存不足");
        goto out;
    }
    if (layout(&p, g))
        rc = jx_fail(err, JX_ENOMEM, name, 0, 0, "内存不足");
out:
    pdoc_free(&p);
    return rc;
}
