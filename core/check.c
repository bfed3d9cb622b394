/*
 * check.c - a review (jixiao/check.h): the pack's checks over each
 * document, the findings copied and ordered by line, and the report in
 * the `check` command's formats.  Text, CSV and JSON entries are written
 * as each document is reviewed (a text entry names the sheet and cell of
 * an office file, which only the document knows); the HTML page and the
 * summaries when the report is written.
 */
#include <stdio.h>
#include <stdlib.h>

#include "findings.h"
#include "jixiao/jixiao.h"
#include "util.h"
#include "write/write.h"

struct jx_review {
    jx_engine *e;
    jx_review_format format;
    jx_flist list;     /* every finding so far, each document's in order */
    size_t counts[3];  /* by jx_severity */
    size_t docs;       /* documents reviewed */
    jx_buf body;       /* text, CSV or JSON entries so far */
};

static const char *const review_formats[] = {"text", "json", "csv", "html"};

jx_status jx_review_format_parse(const char *name, jx_review_format *out)
{
    for (size_t i = 0; i < JX_ARRAY_LEN(review_formats); i++)
        if (!strcmp(name, review_formats[i])) {
            *out = (jx_review_format)i;
            return JX_OK;
        }
    return JX_EUSAGE;
}

jx_status jx_review_new(jx_engine *e, jx_review_format f, jx_review **out, jx_error *err)
{
    jx_review *r = calloc(1, sizeof *r);
    *out = NULL;
    if (!r)
        return jx_fail(err, JX_ENOMEM, NULL, 0, 0, "内存不足");
    r->e = e;
    r->format = f;
    jx_flist_init(&r->list);
    jx_buf_init(&r->body);
    if (f == JX_REVIEW_CSV)
        jx_buf_puts(&r->body, "\xEF\xBB\xBFseverity,code,source,line,project,indicator,message\n");
    *out = r;
    return JX_OK;
}

void jx_review_free(jx_review *r)
{
    if (!r)
        return;
    jx_flist_free(&r->list);
    jx_buf_free(&r->body);
    free(r);
}

/* jx_finding_cb: keeps a copy; stops the checks when out of memory. */
static int collect(const jx_finding *f, void *ud)
{
    jx_review *r = ud;
    return jx_flist_add(&r->list, f) < 0;
}

/* One finding as a line of text; pos names the sheet and cell or page
 * of an office file. */
static void text_entry(jx_buf *b, const jx_finding *f, const char *pos)
{
    const char *sev = jx_severity_name(f->severity);
    if (pos)
        jx_buf_printf(b, "%s: %s[%s]: %s\n", pos, sev, f->code, f->message);
    else if (f->line)
        jx_buf_printf(b, "%s:%d: %s[%s]: %s\n", f->source, f->line, sev, f->code, f->message);
    else
        jx_buf_printf(b, "%s: %s[%s]: %s\n", f->source, sev, f->code, f->message);
}

static void csv_entry(jx_buf *b, const jx_finding *f)
{
    jx_csv_cell(b, jx_severity_name(f->severity), 1);
    jx_csv_cell(b, f->code, 0);
    jx_csv_cell(b, f->source, 0);
    jx_buf_printf(b, ",%d", f->line);
    jx_csv_cell(b, f->project, 0);
    jx_csv_cell(b, f->indicator, 0);
    jx_csv_cell(b, f->message, 0);
    jx_buf_putc(b, '\n');
}

/* The entries of findings [from, n) of doc, in the review's format. */
static void add_entries(jx_review *r, const jx_doc *doc, size_t from)
{
    for (size_t k = from; k < r->list.n; k++) {
        const jx_finding *f = jx_flist_at(&r->list, k);
        r->counts[f->severity]++;
        if (r->format == JX_REVIEW_TEXT) {
            text_entry(&r->body, f, jx_doc_line_pos(doc, f->line));
        } else if (r->format == JX_REVIEW_CSV) {
            csv_entry(&r->body, f);
        } else if (r->format == JX_REVIEW_JSON) {
            jx_buf_puts(&r->body, k ? ",\n  " : "\n  ");
            jx_json_finding(&r->body, f);
        }
    }
}

jx_status jx_review_doc(jx_review *r, jx_doc *doc, jx_error *err)
{
    size_t from = r->list.n;
    r->docs++;
    if (!jx_doc_ntables(doc)) {
        /* nothing to review is itself a finding: wrong file? */
        jx_finding nf = {JX_SEV_ERROR, "no-tables",
                         "文件中没有找到绩效目标表（部门整体、项目表、预算10表或自评表）",
                         jx_doc_source(doc), 0, NULL, NULL};
        collect(&nf, r);
    }
    jx_status rc = jx_engine_check(r->e, doc, collect, r, err);
    jx_flist_sort(&r->list, from);
    add_entries(r, doc, from);
    if (r->list.nomem)
        return jx_fail(err, JX_ENOMEM, jx_doc_source(doc), 0, 0, "内存不足：审核发现未能全部保存");
    return rc;
}

size_t jx_review_nfindings(const jx_review *r) { return r->list.n; }

const jx_finding *jx_review_finding(const jx_review *r, size_t i)
{
    return i < r->list.n ? jx_flist_at(&r->list, i) : NULL;
}

size_t jx_review_count(const jx_review *r, jx_severity s)
{
    return (unsigned)s < 3 ? r->counts[s] : 0;
}

/* The HTML page of every finding. */
static int html_page(jx_buf *b, const jx_review *r)
{
    jx_finding *h = calloc(r->list.n + 1, sizeof *h);
    if (!h)
        return -1;
    for (size_t i = 0; i < r->list.n; i++)
        h[i] = *jx_flist_at(&r->list, i);
    jx_findings_html(b, h, r->list.n, jx_engine_pack(r->e));
    free(h);
    return 0;
}

/* The report's head, its entries and its tail (summary) into b. */
static int build_report(jx_buf *b, const jx_review *r)
{
    const size_t *c = r->counts;
    if (r->format == JX_REVIEW_JSON)
        jx_buf_puts(b, "{\"findings\":[");
    jx_buf_put(b, r->body.p ? r->body.p : "", r->body.len);
    if (r->format == JX_REVIEW_JSON)
        jx_buf_printf(b, "%s],\"summary\":{\"error\":%zu,\"warning\":%zu,\"info\":%zu}}\n",
                      r->list.n ? "\n" : "", c[JX_SEV_ERROR], c[JX_SEV_WARNING], c[JX_SEV_INFO]);
    else if (r->format == JX_REVIEW_TEXT && r->docs)
        jx_buf_printf(b, "共 %zu 条：错误 %zu，警告 %zu，提示 %zu\n", r->list.n, c[JX_SEV_ERROR],
                      c[JX_SEV_WARNING], c[JX_SEV_INFO]);
    else if (r->format == JX_REVIEW_HTML)
        return html_page(b, r);
    return 0;
}

jx_status jx_review_write(const jx_review *r, FILE *out, jx_error *err)
{
    jx_buf b;
    jx_buf_init(&b);
    int bad = build_report(&b, r) || jx_buf_failed(&b) || jx_buf_failed(&r->body);
    jx_status rc = JX_OK;
    if (b.len && fwrite(b.p, 1, b.len, out) != b.len)
        rc = jx_fail(err, JX_EIO, NULL, 0, 0, "无法写入");
    else if (bad)
        rc = jx_fail(err, JX_ENOMEM, NULL, 0, 0, "内存不足");
    jx_buf_free(&b);
    return rc;
}
