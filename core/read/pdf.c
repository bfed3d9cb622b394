/*
 * read/pdf.c - a PDF -> one grid of its pages' text, cells recovered from
 * positions.
 *
 * poppler's `pdftotext -bbox-layout` (run without a shell, 60 s timeout,
 * output capped) gives every text line of the page with its box; its
 * XHTML is read with libxml2's xmlTextReader.  Per page:
 *   - fragments (a pdftotext line: words joined, with a space only between
 *     two Latin words) are grouped into visual lines by their top;
 *   - column starts are the left edges shared by two or more fragments
 *     (table cells are left-aligned at their column's padding); each
 *     fragment falls in the column whose start is at or left of it;
 *   - a visual line continues the row above (a wrapped cell) when each of
 *     its fragments sits in a column whose text above ran up to the
 *     column's right edge, right below it; otherwise it starts a row;
 *   - page numbers alone at the top or bottom of a page are dropped.
 * Pages are joined into one grid: the first row of each later page is
 * flagged JX_ROW_PAGEBREAK, and a header row repeated at the top of a
 * page (the same cells as the table's header with 三级指标) is left out,
 * so the interpreter reads one continuous table.  Rows keep their page and
 * their visual line on that page ("p.3 第12行").
 */
#include "office.h"

#include <errno.h>
#include <libxml/xmlreader.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

typedef struct frag {
    int page;
    double x0, y0, x1, y1;
    char *s;
    int col, vline;
} frag;

typedef struct pdoc {
    frag *f;
    size_t n, cap;
    double page_h;
} pdoc;

static void pdoc_free(pdoc *p)
{
    for (size_t i = 0; i < p->n; i++)
        free(p->f[i].s);
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

static int push_frag(pdoc *p, frag *cur, jx_buf *b)
{
    if (!b->len)
        return 0;
    if (p->n == p->cap) {
        size_t cap = p->cap ? p->cap * 2 : 256;
        frag *nf = realloc(p->f, cap * sizeof *nf);
        if (!nf)
            return -1;
        p->f = nf;
        p->cap = cap;
    }
    cur->s = strndup(b->p, b->len);
    if (!cur->s)
        return -1;
    p->f[p->n++] = *cur;
    b->len = 0;
    return 0;
}

/* pdftotext's XHTML -> fragments: the words of a line, joined while the
 * gap between them is narrower than a character (a cell's padding on
 * both sides is wider, so neighbouring cells stay apart). */
static int read_bbox(pdoc *p, const char *xml, size_t len)
{
    xmlTextReaderPtr r = xmlReaderForMemory(xml, (int)len, "pdftotext", "UTF-8",
                                            JX_XML_OPTS);
    if (!r)
        return -1;
    jx_buf b;
    jx_buf_init(&b);
    int st, page = 0, in_word = 0, rc = 0;
    frag cur = {0};
    while (!rc && (st = xmlTextReaderRead(r)) == 1) {
        int t = xmlTextReaderNodeType(r);
        if (t == XML_READER_TYPE_ELEMENT && is_name(r, "page")) {
            page++;
            p->page_h = dattr(r, "height");
        } else if (t == XML_READER_TYPE_ELEMENT && is_name(r, "word")) {
            double x0 = dattr(r, "xMin"), y0 = dattr(r, "yMin");
            double x1 = dattr(r, "xMax"), y1 = dattr(r, "yMax");
            double h = y1 - y0 > 0 ? y1 - y0 : 10;
            if (b.len && (x0 - cur.x1 > 0.4 * h || fabs(y0 - cur.y0) > 0.5 * h))
                rc = push_frag(p, &cur, &b);
            if (!b.len)
                cur = (frag){page, x0, y0, x1, y1, NULL, 0, 0};
            if (x1 > cur.x1)
                cur.x1 = x1;
            in_word = !xmlTextReaderIsEmptyElement(r);
        } else if (t == XML_READER_TYPE_END_ELEMENT && is_name(r, "word")) {
            in_word = 0;
        } else if (t == XML_READER_TYPE_TEXT && in_word) {
            const char *v = (const char *)xmlTextReaderConstValue(r);
            if (v && join(&b, v))
                rc = -1;
        } else if (t == XML_READER_TYPE_END_ELEMENT && is_name(r, "line")) {
            rc = push_frag(p, &cur, &b);
        }
    }
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
    int page, pagebreak; /* where it starts; first row begun on a page > 1 */
    int pagebreak_done;  /* this page's first row has begun */
} prow;

static void prow_reset(prow *r)
{
    for (int i = 0; i < MAXCOLS; i++) {
        r->c[i].len = 0;
        r->x1[i] = -1;
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

typedef struct emit_st {
    jx_grid *g;
    jx_buf header, key;
    double start[MAXCOLS]; /* column starts of the page before */
    int nstart;
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

/* One page's fragments [a, b) -> rows. */
static int page_rows(pdoc *p, size_t a, size_t b, emit_st *e, prow *r)
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
    int vline = 0;
    for (size_t i = a; i < b;) {
        /* a visual line: fragments whose tops agree */
        size_t j = i + 1;
        double h = p->f[i].y1 - p->f[i].y0;
        if (h <= 0)
            h = 10;
        while (j < b && fabs(p->f[j].y0 - p->f[i].y0) < h * 0.5)
            j++;
        vline++;
        double y = p->f[i].y0;
        if (j == i + 1 && page_marker(p->f[i].s) && p->page_h > 0 &&
            (y > p->page_h * 0.9 || y < p->page_h * 0.08)) {
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
        if (!cont) {
            if (emit(e, r, nc))
                return -1;
            prow_reset(r);
            r->line = vline;
            r->page = page;
            r->pagebreak = page > 1 && !r->pagebreak_done;
            r->pagebreak_done = 1;
        }
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
    r->pagebreak_done = 0; /* the next page's first row is flagged */
    return 0;
}

static int layout(pdoc *p, jx_grid *g)
{
    qsort(p->f, p->n, sizeof *p->f, cmp_frag);
    prow *r = calloc(1, sizeof *r);
    emit_st e = {g, {0}, {0}, {0}, 0};
    if (!r)
        return -1;
    int rc = 0;
    prow_reset(r);
    for (size_t a = 0; a < p->n && !rc;) {
        size_t b = a;
        while (b < p->n && p->f[b].page == p->f[a].page)
            b++;
        rc = page_rows(p, a, b, &e, r);
        a = b;
    }
    if (!rc)
        rc = emit(&e, r, MAXCOLS);
    for (int i = 0; i < MAXCOLS; i++)
        jx_buf_free(&r->c[i]);
    free(r);
    jx_buf_free(&e.header);
    jx_buf_free(&e.key);
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
