/*
 * read/docx.c - a Word/WPS document (.docx) -> one grid per table.
 *
 * word/document.xml is streamed with libxml2's xmlTextReader.  Every
 * top-level <w:tbl> of the body becomes a grid named "表格N" (N from 1,
 * what --table picks); the paragraphs before it (a title, 项目名称：…) are
 * its first rows, flagged JX_ROW_OUTSIDE and split at TABs, so the
 * interpreter sees the title above each table; paragraphs after the last
 * table (合计, signatures) are appended to the last grid.  A document
 * without tables is one grid "正文" of paragraphs.
 *
 * Cells: <w:gridSpan> is a colspan; <w:vMerge w:val="restart"> opens a
 * vertical merge that each following <w:vMerge/> extends (the origin keeps
 * the text, covered cells are empty and flagged).  Paragraphs inside a
 * cell are joined with a space; a table nested in a cell is flattened into
 * that cell's text.
 */
#include "office.h"

#include <libxml/xmlreader.h>
#include <stdio.h>
#include <stdlib.h>

#define W_NS "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

typedef struct vcol { /* an open vertical merge, by column */
    size_t cell; /* index into tb.c */
    int open;
} vcol;

typedef struct wdoc {
    const char *name;
    jx_error *err;
    jx_grids *gs;
    jx_grid *cur;        /* grid of the current / last table */
    jx_grid *pending;    /* paragraphs waiting for the next table */
    int ntables;
    /* the table being read */
    jx_tbuild tb;
    vcol *vm;
    int nvm;
    int depth;           /* <w:tbl> nesting */
    int row, col;        /* current row, next column */
    int span, vmerge;    /* of the current cell: 0 none, 1 restart, 2 continue */
    jx_buf cell, para;
    int in_cell, in_para, para_has, in_run;
} wdoc;

static int is(xmlTextReaderPtr r, const char *local)
{
    const xmlChar *n = xmlTextReaderConstLocalName(r);
    const xmlChar *ns = xmlTextReaderConstNamespaceUri(r);
    return n && ns && !strcmp((const char *)n, local) &&
           !strcmp((const char *)ns, W_NS);
}

static char *wval(xmlTextReaderPtr r)
{
    char *v = (char *)xmlTextReaderGetAttributeNs(r, (const xmlChar *)"val",
                                                   (const xmlChar *)W_NS);
    return v;
}

static int nomem(wdoc *w)
{
    return jx_fail(w->err, JX_ENOMEM, w->name, 0, 0, "内存不足");
}

static int pending_grid(wdoc *w)
{
    if (w->pending)
        return 0;
    w->pending = jx_grid_new(JX_GRID_WORD, "正文");
    return w->pending ? 0 : -1;
}

static int table_start(wdoc *w)
{
    char nm[32];
    snprintf(nm, sizeof nm, "表格%d", ++w->ntables);
    jx_grid *g = jx_grid_new(JX_GRID_WORD, nm);
    if (!g || jx_grids_push(w->gs, g))
        return -1;
    /* the paragraphs read since the last table go on top */
    if (w->pending) {
        if (jx_grid_append(g, w->pending))
            return -1;
        jx_grid_free(w->pending);
        w->pending = NULL;
    }
    w->cur = g;
    w->row = -1;
    free(w->vm);
    w->vm = NULL;
    w->nvm = 0;
    return 0;
}

static int vm_at(wdoc *w, int col)
{
    if (col >= JX_SHEET_COLS_MAX)
        return -1;
    if (col >= w->nvm) {
        int n = col + 16;
        vcol *nv = realloc(w->vm, (size_t)n * sizeof *nv);
        if (!nv)
            return -1;
        memset(nv + w->nvm, 0, (size_t)(n - w->nvm) * sizeof *nv);
        w->vm = nv;
        w->nvm = n;
    }
    return 0;
}

/* </w:tc> of the top-level table: place the cell. */
static int cell_end(wdoc *w)
{
    int col = w->col, span = w->span < 1 ? 1 : w->span;
    w->col += span;
    if (vm_at(w, col))
        return -2;
    if (w->vmerge == 2 && w->vm[col].open) {
        jx_tcell *o = &w->tb.c[w->vm[col].cell];
        if (w->row - o->row + 1 > o->rowspan)
            o->rowspan = w->row - o->row + 1;
        return 0;
    }
    const char *s = w->cell.p ? w->cell.p : "";
    if (jx_tb_add(&w->tb, w->row, col, 1, span, s, w->cell.len))
        return -1;
    w->vm[col].open = w->vmerge == 1;
    w->vm[col].cell = w->tb.n - 1;
    return 0;
}

static int table_end(wdoc *w)
{
    int rc = jx_tb_flush(&w->tb, w->cur);
    return rc;
}

/* A paragraph that ends a sentence or a list item: "。" "；" "：" "，" "、". */
static int ends_with_stop(const char *s, size_t n)
{
    static const char *const stops[] = {"。", "；", "：", "，", "、", "）", ")"};
    for (size_t i = 0; i < sizeof stops / sizeof *stops; i++) {
        size_t k = strlen(stops[i]);
        if (n >= k && !memcmp(s + n - k, stops[i], k))
            return 1;
    }
    return 0;
}

static int text_node(wdoc *w, const char *v)
{
    jx_buf *b = w->in_cell ? &w->cell : &w->para;
    if (w->in_cell && w->para_has == 0 && b->len) {
        /* a new paragraph in a cell: Enter pressed to wrap a long name
         * ("开展藏医适宜技术" / "基层推广培训") joins CJK to CJK directly;
         * elsewhere the break is a space */
        int cjk = (unsigned char)b->p[b->len - 1] >= 0x80 && (unsigned char)v[0] >= 0x80 &&
                  !ends_with_stop(b->p, b->len);
        if (!cjk && jx_buf_putc(b, ' ') < 0)
            return -1;
    }
    w->para_has = 1;
    return jx_buf_puts(b, v);
}

static int element(wdoc *w, xmlTextReaderPtr r)
{
    int empty = xmlTextReaderIsEmptyElement(r);
    if (is(r, "tbl")) {
        if (empty)
            return 0;
        if (++w->depth == 1)
            return table_start(w) ? -1 : 0;
    } else if (w->depth == 1 && is(r, "tr")) {
        w->row++;
        w->col = 0;
    } else if (w->depth == 1 && is(r, "tc")) {
        w->in_cell = 1;
        w->cell.len = 0;
        w->span = 1;
        w->vmerge = 0;
        if (empty)
            return cell_end(w);
    } else if (w->depth == 1 && is(r, "gridSpan")) {
        char *v = wval(r);
        w->span = v ? atoi(v) : 1;
        if (w->span < 1 || w->span > JX_SHEET_COLS_MAX)
            w->span = 1;
        xmlFree(v);
    } else if (w->depth == 1 && is(r, "gridBefore")) {
        char *v = wval(r);
        int k = v ? atoi(v) : 0;
        if (k > 0 && k < JX_SHEET_COLS_MAX)
            w->col += k;
        xmlFree(v);
    } else if (w->depth == 1 && is(r, "vMerge")) {
        char *v = wval(r);
        w->vmerge = v && !strcmp(v, "restart") ? 1 : 2;
        xmlFree(v);
    } else if (is(r, "p")) {
        w->para_has = 0;
        if (!w->in_cell) {
            w->para.len = 0;
            w->in_para = 1;
        }
    } else if (is(r, "r")) {
        w->in_run = !empty;
    } else if (is(r, "tab") && w->in_run) {
        if (!w->in_cell)
            return jx_buf_putc(&w->para, '\t');
        return text_node(w, " ");
    } else if ((is(r, "br") || is(r, "cr")) && w->in_run) {
        return text_node(w, " ");
    }
    return 0;
}

static int end_element(wdoc *w, xmlTextReaderPtr r)
{
    if (is(r, "r")) {
        w->in_run = 0;
    } else if (is(r, "tbl")) {
        if (--w->depth == 0)
            return table_end(w);
    } else if (w->depth == 1 && is(r, "tc")) {
        w->in_cell = 0;
        return cell_end(w);
    } else if (is(r, "p") && !w->in_cell && w->in_para) {
        w->in_para = 0;
        if (pending_grid(w))
            return -1;
        const char *s = w->para.p ? w->para.p : "";
        return jx_grid_outside(w->pending, s, w->para.len, 0);
    }
    return 0;
}

static int walk(wdoc *w, xmlTextReaderPtr r)
{
    int st;
    while ((st = xmlTextReaderRead(r)) == 1) {
        int type = xmlTextReaderNodeType(r), rc = 0;
        if (type == XML_READER_TYPE_ELEMENT)
            rc = element(w, r);
        else if (type == XML_READER_TYPE_END_ELEMENT)
            rc = end_element(w, r);
        else if ((type == XML_READER_TYPE_TEXT ||
                  type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE) &&
                 (w->in_cell || w->in_para)) {
            const char *v = (const char *)xmlTextReaderConstValue(r);
            if (v)
                rc = text_node(w, v);
        }
        if (rc == -2)
            return jx_fail(w->err, JX_ELIMIT, w->name, 0, 0,
                           "表格%d 超过 %d 列，不像绩效目标表", w->ntables,
                           JX_SHEET_COLS_MAX);
        if (rc)
            return nomem(w);
    }
    if (st < 0)
        return jx_fail(w->err, JX_EINPUT, w->name, 0, 0,
                       "word/document.xml 不是格式正确的 XML");
    return JX_OK;
}

int jx_grid_from_docx(jx_grids *gs, const char *data, size_t len,
                      const char *name, jx_error *err)
{
    jx_zip zf;
    char *xml = NULL;
    size_t xl;
    int rc = jx_zip_open(&zf, data, len, name, err);
    if (rc)
        return rc;
    const char *member = "word/document.xml";
    if ((rc = jx_zip_read(&zf, member, 1, &xml, &xl, err)) ||
        (rc = jx_xml_check(xml, xl, name, member, err)))
        goto out;
    if (xl > INT32_MAX) {
        rc = jx_fail(err, JX_ELIMIT, name, 0, 0, "%s 过大", member);
        goto out;
    }
    xmlTextReaderPtr r = xmlReaderForMemory(xml, (int)xl, member, NULL, JX_XML_OPTS);
    if (!r) {
        rc = jx_fail(err, JX_ENOMEM, name, 0, 0, "内存不足");
        goto out;
    }
    wdoc w;
    memset(&w, 0, sizeof w);
    w.name = name;
    w.err = err;
    w.gs = gs;
    jx_buf_init(&w.cell);
    jx_buf_init(&w.para);
    rc = walk(&w, r);
    xmlFreeTextReader(r);
    if (!rc && w.pending && w.cur) {
        /* paragraphs after the last table (合计, signatures) close it */
        if (jx_grid_append(w.cur, w.pending))
            rc = jx_fail(err, JX_ENOMEM, name, 0, 0, "内存不足");
    } else if (!rc && w.pending) {
        /* no table at all: the paragraphs are the document */
        if (jx_grids_push(gs, w.pending))
            rc = jx_fail(err, JX_ENOMEM, name, 0, 0, "内存不足");
        w.pending = NULL;
    }
    jx_grid_free(w.pending);
    jx_tb_free(&w.tb);
    free(w.vm);
    jx_buf_free(&w.cell);
    jx_buf_free(&w.para);
out:
    free(xml);
    jx_zip_close(&zf);
    return rc;
}
