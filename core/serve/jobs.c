/*
 * jobs.c - the jobs of `jixiao serve`, and the only file of core/serve/
 * that calls libjixiao: parse an upload from memory, frame, check, make
 * the template, score, batch, and describe the installed packs.  Each
 * request opens its own engine (the pack's sandbox, instruction budget and
 * memory cap per evaluation, exactly as the command line), so one upload
 * cannot disturb another.  Messages are the CLI's (jx_error_format: file,
 * sheet, cell).  Only the public API (include/jixiao/), as the command's
 * own files: the reports come from jx_scorecard_write, jx_review_write
 * and jx_html_pdf_write, a batch line from jx_batch_one_mem.
 */
#define _XOPEN_SOURCE 700
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <spawn.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cjson/cJSON.h>

#include "jixiao/jixiao.h"
#include "serve.h"

extern char **environ;

/* ---- small helpers ---- */

static void esc(sv_buf *b, const char *s) { sv_escape(b, s); }

/* What jx_fail would fill in: no file, no position. */
static int no_memory(jx_error *err)
{
    *err = (jx_error){.code = JX_ENOMEM};
    snprintf(err->msg, sizeof err->msg, "内存不足");
    return JX_ENOMEM;
}

static void error_line(sv_res *r, const jx_error *err)
{
    char msg[1024];
    jx_error_format(err, msg, sizeof msg);
    sv_res_error(r, "%s", msg);
}

static jx_engine *open_engine(const char *pack, sv_res *r)
{
    jx_engine *e = NULL;
    jx_error err = {0};
    if (jx_engine_open(pack, NULL, &e, &err)) {
        error_line(r, &err);
        r->status = 500;
        return NULL;
    }
    return e;
}

/* Parses one upload; frames it when e is given.  The error goes to r. */
static jx_doc *load(const sv_file *f, jx_engine *e, sv_res *r)
{
    jx_parse_opts po = {.columns = jx_engine_columns(e)};
    jx_doc *d = NULL;
    jx_error err = {0};
    if (jx_doc_parse(f->data, f->len, f->name, &po, &d, &err)) {
        error_line(r, &err);
        return NULL;
    }
    jx_error fe = {0};
    if (e && jx_engine_frame(e, d, &fe))
        error_line(r, &fe); /* noted in the document; go on, as the CLI does */
    return d;
}

/* What write puts on a stream, in memory (open_memstream): *p is
 * malloc'd (sv_res_add takes it), *n its length.  Writers that need a
 * file (XLSX, PDF) go through a temporary file under $TMPDIR, which
 * cmd_serve points at --data DIR/tmp. */
static int to_memory(int (*write)(FILE *f, void *ud, jx_error *err), void *ud, char **p,
                     size_t *n, jx_error *err)
{
    *p = NULL;
    *n = 0;
    FILE *f = open_memstream(p, n);
    if (!f)
        return no_memory(err);
    int rc = write(f, ud, err);
    if (fclose(f) && !rc)
        rc = no_memory(err);
    if (rc) {
        free(*p);
        *p = NULL;
        *n = 0;
    }
    return rc;
}

/* ---- 审核 ---- */

/* A review of the uploads (jx_review, as `jixiao check`); NULL and the
 * error in r when it cannot be opened. */
static jx_review *open_review(jx_engine *e, sv_res *r)
{
    jx_review *rv = NULL;
    jx_error err = {0};
    if (jx_review_new(e, JX_REVIEW_HTML, &rv, &err)) {
        error_line(r, &err);
        r->status = 500;
    }
    return rv;
}

/* Reviews d; the counts of its findings by severity into cnt.  A failed
 * rule is a finding of the review (as the CLI); only running out of
 * memory is reported. */
static void check_doc(jx_review *rv, jx_doc *d, size_t cnt[3], sv_res *r)
{
    size_t from = jx_review_nfindings(rv);
    jx_error err = {0};
    if (jx_review_doc(rv, d, &err) == JX_ENOMEM)
        error_line(r, &err);
    for (size_t k = from; k < jx_review_nfindings(rv); k++)
        cnt[jx_review_finding(rv, k)->severity]++;
}

static int review_write(FILE *f, void *ud, jx_error *err)
{
    return jx_review_write(ud, f, err);
}

/* The printable page of every finding of the review (rv is HTML, see
 * open_review) into *p, *n; 0, or -1 when out of memory. */
static int findings_html(const jx_review *rv, char **p, size_t *n)
{
    jx_error err = {0};
    return to_memory(review_write, (void *)rv, p, n, &err) ? -1 : 0;
}

static int sc_html_write(FILE *f, void *ud, jx_error *err)
{
    return jx_scorecard_write(ud, JX_SC_HTML, 0, f, err);
}

/* The printable page of a scorecard (jx_scorecard_write as HTML); NULL
 * when out of memory. */
static char *scorecard_html(const jx_scorecard *sc, size_t *n)
{
    char *p = NULL;
    jx_error err = {0};
    if (to_memory(sc_html_write, (void *)sc, &p, n, &err))
        return NULL;
    return p;
}

/* Adds p (taken) as an artifact; NULL: out of memory, said in r. */
static void add_mem(sv_res *r, const char *name, const char *type, const char *label, char *p,
                    size_t n)
{
    if (!p) {
        sv_res_error(r, "内存不足，未能写出%s", label);
        return;
    }
    sv_res_add(r, name, type, label, p, n);
}

static void add_buf(sv_res *r, const char *name, const char *type, const char *label, sv_buf *b)
{
    if (sv_buf_failed(b) || !b->p) {
        sv_buf_free(b);
        add_mem(r, name, type, label, NULL, 0);
        return;
    }
    sv_res_add(r, name, type, label, b->p, b->len);
    b->p = NULL; /* taken */
    b->len = 0;
}

/* The CLI's text line for one finding: FILE:LINE or the sheet and cell. */
static void finding_text(sv_buf *b, const jx_doc *d, const char *source, int line,
                         const char *sev, const char *code, const char *msg)
{
    const char *pos = d ? jx_doc_line_pos(d, line) : NULL;
    sv_buf_puts(b, "<li class=\"");
    esc(b, sev);
    sv_buf_puts(b, "\"><code>");
    if (pos)
        esc(b, pos);
    else if (line) {
        esc(b, source);
        sv_buf_printf(b, ":%d", line);
    } else
        esc(b, source);
    sv_buf_puts(b, "</code> ");
    esc(b, sev);
    sv_buf_puts(b, "[");
    esc(b, code);
    sv_buf_puts(b, "]：");
    esc(b, msg);
    sv_buf_puts(b, "</li>\n");
}

void sv_job_check(const char *pack, const sv_files *fs, sv_res *r)
{
    jx_engine *e = open_engine(pack, r);
    if (!e)
        return;
    jx_review *rv = open_review(e, r);
    if (!rv) {
        jx_engine_free(e);
        return;
    }
    size_t total[3] = {0, 0, 0};
    int read_ok = 0;
    sv_buf_puts(&r->summary, "<table class=\"files\"><tr><th>文件</th><th>表</th><th>错误</th>"
                             "<th>警告</th><th>提示</th></tr>\n");
    sv_buf lines;
    sv_buf_init(&lines);
    for (size_t i = 0; i < fs->n; i++) {
        jx_doc *d = load(&fs->v[i], e, r);
        if (!d)
            continue;
        read_ok++;
        size_t cnt[3] = {0, 0, 0}, from = jx_review_nfindings(rv);
        check_doc(rv, d, cnt, r);
        for (size_t k = from; k < jx_review_nfindings(rv); k++) {
            const jx_finding *f = jx_review_finding(rv, k);
            finding_text(&lines, d, f->source, f->line, jx_severity_name(f->severity), f->code,
                         f->message);
        }
        sv_buf_puts(&r->summary, "<tr><td>");
        esc(&r->summary, fs->v[i].name);
        sv_buf_printf(&r->summary, "</td><td>%zu</td><td>%zu</td><td>%zu</td><td>%zu</td></tr>\n",
                      jx_doc_ntables(d), cnt[JX_SEV_ERROR], cnt[JX_SEV_WARNING], cnt[JX_SEV_INFO]);
        for (int s = 0; s < 3; s++)
            total[s] += cnt[s];
        jx_doc_free(d);
    }
    sv_buf_puts(&r->summary, "</table>\n");
    if (read_ok) {
        sv_buf_printf(&r->summary, "<p class=\"total\">共 %zu 条：错误 %zu，警告 %zu，提示 %zu</p>\n",
                      jx_review_nfindings(rv), total[JX_SEV_ERROR], total[JX_SEV_WARNING],
                      total[JX_SEV_INFO]);
        if (lines.len) {
            sv_buf_puts(&r->summary, "<ul class=\"findings\">\n");
            sv_buf_put(&r->summary, lines.p, lines.len);
            sv_buf_puts(&r->summary, "</ul>\n");
        }
        char *p = NULL;
        size_t n = 0;
        if (findings_html(rv, &p, &n))
            sv_res_error(r, "内存不足，未能写出审核意见");
        else
            add_mem(r, "findings.html", "text/html; charset=utf-8", "审核意见（可打印）", p, n);
    } else {
        r->status = 422;
    }
    sv_buf_free(&lines);
    jx_review_free(rv);
    jx_engine_free(e);
}

/* ---- 自评: template ---- */

static int tpl_write(FILE *f, void *ud, jx_error *err)
{
    return jx_template_write(ud, JX_TPL_XLSX, f, err);
}

void sv_job_template(const char *pack, const sv_file *targets, sv_res *r)
{
    jx_engine *e = open_engine(pack, r);
    if (!e)
        return;
    jx_doc *d = load(targets, e, r);
    jx_template *tp = NULL;
    if (!d) {
        r->status = 422;
        jx_engine_free(e);
        return;
    }
    if (!jx_doc_ntables(d)) {
        const char *why = jx_doc_empty_reason(d);
        sv_res_error(r, "%s: 没有找到绩效目标表%s%s", jx_doc_source(d), why ? "：" : "",
                     why ? why : "");
        r->status = 422;
        goto out;
    }
    jx_error err = {0};
    if (jx_template_new(e, d, &tp, &err)) {
        error_line(r, &err);
        r->status = 422;
        goto out;
    }
    const jx_error *te = NULL;
    for (size_t ti = 0; ti < jx_doc_ntables(d) && !te; ti++)
        te = jx_template_table_error(tp, ti);
    if (te) {
        error_line(r, te);
        r->status = 422;
        goto out;
    }
    char *p = NULL;
    size_t n = 0;
    if (to_memory(tpl_write, tp, &p, &n, &err)) {
        error_line(r, &err);
        r->status = 500;
        goto out;
    }
    if (!sv_res_add(r, "template.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    "自评填报表（Excel）", p, n))
        r->download = r->art[r->nart - 1].name;
out:
    jx_template_free(tp);
    jx_doc_free(d);
    jx_engine_free(e);
}

/* ---- 自评: score ---- */

static int sc_xlsx_write(FILE *f, void *ud, jx_error *err)
{
    return jx_scorecard_write(ud, JX_SC_XLSX, 0, f, err);
}

static void num(sv_buf *b, double v)
{
    if (isnan(v))
        sv_buf_puts(b, "—");
    else
        sv_buf_printf(b, "%.2f", v);
}

/* The scored tables at a glance: name, 得分 / 分值, 等级 (暂定). */
static void score_summary(sv_buf *b, const jx_scorecard *sc, const jx_doc *td)
{
    sv_buf_puts(b, "<table class=\"scores\"><tr><th>表</th><th>得分</th><th>分值</th>"
                   "<th>等级</th><th>未计分</th></tr>\n");
    for (size_t i = 0; i < jx_scorecard_ntables(sc); i++) {
        const jx_table *t = jx_scorecard_table(sc, i);
        size_t unscored = jx_scorecard_unscored(sc, i);
        sv_buf_puts(b, "<tr><td>");
        esc(b, t->kind == JX_TABLE_DEPARTMENT ? "部门整体" : "项目");
        sv_buf_puts(b, "：");
        esc(b, t->name ? t->name : t->code);
        sv_buf_puts(b, "</td><td class=\"num total\">");
        num(b, jx_scorecard_total(sc, i));
        sv_buf_puts(b, "</td><td class=\"num\">");
        num(b, jx_scorecard_points(sc, i));
        sv_buf_puts(b, "</td><td class=\"grade\">");
        esc(b, jx_scorecard_grade(sc, i));
        if (unscored)
            sv_buf_puts(b, "（暂定）");
        sv_buf_printf(b, "</td><td class=\"num\">%zu</td></tr>\n", unscored);
    }
    sv_buf_puts(b, "</table>\n");
    size_t nf = jx_scorecard_nfindings(sc);
    if (!nf)
        return;
    sv_buf_printf(b, "<p>发现 %zu 条：</p><ul class=\"findings\">\n", nf);
    for (size_t i = 0; i < nf; i++) {
        const jx_finding *f = jx_scorecard_finding(sc, i);
        finding_text(b, td, jx_scorecard_source(sc), f->line, jx_severity_name(f->severity),
                     f->code, f->message);
    }
    sv_buf_puts(b, "</ul>\n");
}

void sv_job_score(const char *pack, const sv_file *targets, const sv_file *filled, sv_res *r)
{
    r->status = 422;
    jx_engine *e = open_engine(pack, r);
    if (!e)
        return;
    jx_doc *td = load(targets ? targets : filled, e, r), *ad = NULL;
    jx_scorecard *sc = NULL;
    if (!td || (targets && !(ad = load(filled, NULL, r))))
        goto out;
    if (!jx_doc_ntables(td)) {
        const char *why = jx_doc_empty_reason(td);
        sv_res_error(r, "%s: 没有找到绩效目标表%s%s", jx_doc_source(td), why ? "：" : "",
                     why ? why : "");
        goto out;
    }
    int form = 0; /* a filled 自评表 carries targets and actuals */
    for (size_t i = 0; i < jx_doc_ntables(td); i++)
        form |= jx_doc_table(td, i)->layout == JX_LAYOUT_SELFEVAL;
    if (!targets && !form) {
        sv_res_error(r, "%s: 这不是填好的自评表：请同时上传目标表（填报表按目标表中的指标计分）",
                     jx_doc_source(td));
        goto out;
    }
    jx_error err = {0};
    if (jx_score_doc(e, td, ad, 0, &sc, &err)) {
        error_line(r, &err);
        goto out;
    }
    score_summary(&r->summary, sc, td);
    size_t n = 0;
    char *p = scorecard_html(sc, &n);
    add_mem(r, "report.html", "text/html; charset=utf-8", "自评报告（可打印）", p, n);
    p = NULL;
    n = 0;
    jx_error xe = {0};
    if (to_memory(sc_xlsx_write, sc, &p, &n, &xe))
        error_line(r, &xe);
    else
        sv_res_add(r, "scored.xlsx",
                   "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                   "自评表（Excel）", p, n);
    r->status = r->nart ? 200 : 500;
out:
    jx_scorecard_free(sc);
    jx_doc_free(td);
    jx_doc_free(ad);
    jx_engine_free(e);
}

/* ---- PDF ---- */

int sv_pdf_available(void)
{
    const char *env = getenv("JIXIAO_CHROMIUM");
    if (env && *env)
        return access(env, X_OK) == 0;
    static const char *names[] = {"chromium", "chromium-browser", "google-chrome",
                                  "google-chrome-stable"};
    const char *path = getenv("PATH");
    if (!path)
        path = "/usr/bin:/bin";
    for (size_t k = 0; k < SV_ARRAY_LEN(names); k++) {
        for (const char *p = path; *p;) {
            const char *c = strchr(p, ':');
            size_t len = c ? (size_t)(c - p) : strlen(p);
            char exe[1024];
            snprintf(exe, sizeof exe, "%.*s/%s", (int)len, p, names[k]);
            if (len && access(exe, X_OK) == 0)
                return 1;
            p += len + (c ? 1 : 0);
        }
    }
    return 0;
}

typedef struct pdf_job {
    const char *html;
    size_t len;
} pdf_job;

static int pdf_write(FILE *f, void *ud, jx_error *err)
{
    const pdf_job *j = ud;
    return jx_html_pdf_write(j->html, j->len, f, err);
}

int sv_job_pdf(const char *html, size_t len, char **pdf, size_t *pdflen, char *err, size_t errn)
{
    pdf_job j = {html, len};
    jx_error je = {0};
    if (to_memory(pdf_write, &j, pdf, pdflen, &je)) {
        jx_error_format(&je, err, errn);
        return -1;
    }
    return 0;
}

/* ---- 批量 ---- */

/* "X.actuals.csv" pairs with "X.txt": same stem before the last dot. */
static const sv_file *actuals_for(const sv_files *fs, const sv_file *t)
{
    const char *dot = strrchr(t->name, '.');
    size_t stem = dot ? (size_t)(dot - t->name) : strlen(t->name);
    for (size_t i = 0; i < fs->n; i++) {
        const char *n = fs->v[i].name;
        if (!strncmp(n, t->name, stem) && !strncmp(n + stem, ".actuals.", 9))
            return &fs->v[i];
    }
    return NULL;
}

/* The report of one document of a batch into *p, *n: the scored 自评表
 * when it has actuals (or is a filled form), else the findings.  0 (*p
 * NULL when out of memory for the scored page), or -1: no report. */
static int doc_report(jx_engine *e, const sv_file *t, const sv_file *a, int scored, char **p,
                      size_t *n)
{
    *p = NULL;
    *n = 0;
    sv_res tmp;
    sv_res_init(&tmp);
    jx_doc *d = load(t, e, &tmp), *ad = a ? load(a, NULL, &tmp) : NULL;
    int rc = -1;
    if (d && scored) {
        jx_scorecard *sc = NULL;
        jx_error err = {0};
        if (!jx_score_doc(e, d, ad, 0, &sc, &err)) {
            *p = scorecard_html(sc, n);
            rc = 0;
        }
        jx_scorecard_free(sc);
    } else if (d) {
        jx_review *rv = open_review(e, &tmp);
        size_t cnt[3] = {0, 0, 0};
        if (rv) {
            check_doc(rv, d, cnt, &tmp);
            rc = findings_html(rv, p, n);
        }
        jx_review_free(rv);
    }
    jx_doc_free(d);
    jx_doc_free(ad);
    sv_res_free(&tmp);
    return rc;
}

/* One row of the 批量 table from the document's NDJSON line. */
static int batch_row(sv_buf *b, const char *line, size_t len, size_t k, int *scored)
{
    cJSON *o = cJSON_ParseWithLength(line, len);
    *scored = 0;
    if (!o)
        return -1;
    const cJSON *st = cJSON_GetObjectItem(o, "status"), *tables = cJSON_GetObjectItem(o, "tables");
    int ok = cJSON_IsString(st) && !strcmp(st->valuestring, "ok");
    sv_buf_puts(b, "<tr><td>");
    const cJSON *src = cJSON_GetObjectItem(o, "source");
    esc(b, cJSON_IsString(src) ? src->valuestring : "");
    sv_buf_printf(b, "</td><td class=\"%s\">%s</td><td>", ok ? "ok" : "error", ok ? "完成" : "出错");
    if (!ok) {
        const cJSON *m = cJSON_GetObjectItem(cJSON_GetObjectItem(o, "error"), "message");
        esc(b, cJSON_IsString(m) ? m->valuestring : "");
    }
    const cJSON *t;
    int first = 1;
    cJSON_ArrayForEach(t, tables)
    {
        const cJSON *name = cJSON_GetObjectItem(t, "name"), *g = cJSON_GetObjectItem(t, "grade"),
                    *tot = cJSON_GetObjectItem(t, "total"), *pts = cJSON_GetObjectItem(t, "points"),
                    *cpl = cJSON_GetObjectItem(t, "complete");
        sv_buf_puts(b, first ? "" : "<br>");
        first = 0;
        esc(b, cJSON_IsString(name) ? name->valuestring : "（未命名）");
        if (cJSON_IsString(g)) {
            *scored = 1;
            sv_buf_puts(b, "：");
            num(b, cJSON_IsNumber(tot) ? tot->valuedouble : NAN);
            sv_buf_puts(b, " / ");
            num(b, cJSON_IsNumber(pts) ? pts->valuedouble : NAN);
            sv_buf_puts(b, " 分，");
            esc(b, g->valuestring);
            if (cJSON_IsFalse(cpl))
                sv_buf_puts(b, "（暂定）");
        }
    }
    size_t cnt[3] = {0, 0, 0};
    const cJSON *f;
    cJSON_ArrayForEach(f, cJSON_GetObjectItem(o, "findings"))
    {
        const cJSON *s = cJSON_GetObjectItem(f, "severity");
        if (cJSON_IsString(s))
            cnt[!strcmp(s->valuestring, "error") ? 2 : !strcmp(s->valuestring, "warning")]++;
    }
    sv_buf_printf(b, "</td><td>错误 %zu，警告 %zu，提示 %zu</td><td>", cnt[2], cnt[1], cnt[0]);
    if (ok)
        sv_buf_printf(b, "<a href=\"doc-%zu.html\">报告</a>", k);
    sv_buf_puts(b, "</td></tr>\n");
    cJSON_Delete(o);
    return ok ? 0 : 1;
}

void sv_job_batch(const char *pack, const sv_files *fs, sv_res *r)
{
    jx_engine *e = open_engine(pack, r);
    if (!e)
        return;
    sv_buf nd;
    sv_buf_init(&nd);
    jx_parse_opts po = {0};
    size_t k = 0, failed = 0;
    sv_buf_puts(&r->summary, "<table class=\"batch\"><tr><th>文件</th><th>状态</th>"
                             "<th>表：得分 / 分值，等级</th><th>发现</th><th></th></tr>\n");
    for (size_t i = 0; i < fs->n; i++) {
        const sv_file *t = &fs->v[i];
        if (strstr(t->name, ".actuals."))
            continue; /* paired with its targets */
        const sv_file *a = actuals_for(fs, t);
        jx_batch_job job = {t->name, t->name, a ? a->name : NULL, NULL};
        size_t at = nd.len, len = 0;
        char *line = NULL;
        jx_batch_one_mem(e, NULL, &job, t->data, t->len, a ? a->data : NULL, a ? a->len : 0,
                         &po, 0, &line, &len, NULL);
        if (!line)
            nd.failed = 1; /* not even an error line: out of memory */
        else
            sv_buf_put(&nd, line, len);
        jx_free(line);
        if (sv_buf_failed(&nd))
            break;
        k++;
        int scored = 0, bad = batch_row(&r->summary, nd.p + at, nd.len - at, k, &scored);
        if (bad) {
            failed++;
            continue;
        }
        char name[48], *rep;
        size_t repn;
        snprintf(name, sizeof name, "doc-%zu.html", k);
        if (!doc_report(e, t, a, scored, &rep, &repn))
            add_mem(r, name, "text/html; charset=utf-8", "报告", rep, repn);
    }
    sv_buf_puts(&r->summary, "</table>\n");
    sv_buf_printf(&r->summary, "<p class=\"total\">共 %zu 份文档：成功 %zu，出错 %zu</p>\n", k,
                  k - failed, failed);
    if (!k) {
        sv_res_error(r, "上传的文件中没有目标表（只有 *.actuals.* 实际完成值文件）");
        r->status = 422;
    }
    add_buf(r, "results.ndjson", "application/x-ndjson; charset=utf-8", "全部结果（NDJSON）", &nd);
    jx_engine_free(e);
}

/* ---- 规则包 ---- */

typedef struct pack_info {
    char *name, *dir, *show; /* `jixiao rules show NAME`, as printed */
} pack_info;

static pack_info packs[64];
static size_t npacks;
static char *packs_page;

int sv_pack_known(const char *name)
{
    for (size_t i = 0; i < npacks; i++)
        if (!strcmp(packs[i].name, name))
            return 1;
    return 0;
}

size_t sv_npacks(void) { return npacks; }
const char *sv_pack_name(size_t i) { return i < npacks ? packs[i].name : NULL; }
const char *sv_packs_html(void) { return packs_page ? packs_page : ""; }

/* The output of `SELF rules show DIR` (the same code as the command). */
static char *rules_show(const char *self, const char *dir)
{
    int fd[2];
    if (pipe(fd))
        return NULL;
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, fd[1], 1);
    posix_spawn_file_actions_addclose(&fa, fd[0]);
    posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
    char *argv[] = {(char *)self, "rules", "show", (char *)dir, NULL};
    pid_t pid;
    int e = posix_spawn(&pid, self, &fa, NULL, argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    close(fd[1]);
    if (e) {
        close(fd[0]);
        return NULL;
    }
    sv_buf b;
    sv_buf_init(&b);
    char tmp[4096];
    ssize_t n;
    while ((n = read(fd[0], tmp, sizeof tmp)) > 0 || (n < 0 && errno == EINTR))
        if (n > 0)
            sv_buf_put(&b, tmp, (size_t)n);
    close(fd[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    sv_buf_putc(&b, '\0');
    if (sv_buf_failed(&b) || !WIFEXITED(status) || WEXITSTATUS(status)) {
        sv_buf_free(&b);
        return NULL;
    }
    return b.p;
}

static int has_line(const char *text, const char *line, size_t len)
{
    for (const char *p = text; p && *p;) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        if (n == len && !memcmp(p, line, len))
            return 1;
        p = nl ? nl + 1 : NULL;
    }
    return 0;
}

/* The lines of a's listing that national's has not: what the pack changes. */
static void diff_lines(sv_buf *b, const char *a, const char *base)
{
    const char *section = NULL;
    size_t slen = 0;
    int shown = 0;
    for (const char *p = a; *p;) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        if (n && p[0] != ' ') { /* a section heading */
            section = p;
            slen = n;
        } else if (n && !has_line(base, p, n)) {
            if (section) {
                sv_buf_puts(b, "\n");
                sv_buf_put(b, section, slen);
                sv_buf_puts(b, "\n");
                section = NULL;
            }
            sv_buf_put(b, p, n);
            sv_buf_putc(b, '\n');
            shown++;
        }
        p = nl ? nl + 1 : p + n;
    }
    if (!shown)
        sv_buf_puts(b, "（与 national 相同）\n");
}

static void pack_section(sv_buf *b, const pack_info *p, const pack_info *base)
{
    sv_buf_puts(b, "<section class=\"pack\" id=\"pack-");
    esc(b, p->name);
    sv_buf_puts(b, "\"><h2>");
    esc(b, p->name);
    sv_buf_puts(b, "</h2>\n");
    /* the head of the listing: name, version, region, extends, description, 依据 */
    const char *end = strstr(p->show, "\n项目支出指标框架");
    sv_buf hb;
    sv_buf_init(&hb);
    sv_buf_put(&hb, p->show, end ? (size_t)(end - p->show) : strlen(p->show));
    sv_buf_putc(&hb, '\0');
    sv_buf_puts(b, "<pre class=\"head\">");
    esc(b, hb.p);
    sv_buf_puts(b, "</pre>\n");
    sv_buf_free(&hb);
    if (base && base != p) {
        sv_buf d;
        sv_buf_init(&d);
        diff_lines(&d, p->show, base->show);
        sv_buf_putc(&d, '\0');
        sv_buf_puts(b, "<h3>与 national 不同之处</h3>\n<pre class=\"diff\">");
        esc(b, d.p);
        sv_buf_puts(b, "</pre>\n");
        sv_buf_free(&d);
    }
    sv_buf_puts(b, "<details><summary>全部内容（jixiao rules show ");
    esc(b, p->name);
    sv_buf_puts(b, "）</summary><pre>");
    esc(b, p->show);
    sv_buf_puts(b, "</pre></details></section>\n");
}

static int cmp_pack(const void *a, const void *b)
{
    return strcmp(((const pack_info *)a)->name, ((const pack_info *)b)->name);
}

static void add_pack(const char *self, const char *dir, const char *name)
{
    if (npacks >= SV_ARRAY_LEN(packs) || sv_pack_known(name))
        return;
    char path[4096], a[4200], q[4200];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    snprintf(a, sizeof a, "%s/pack.lua", path);
    snprintf(q, sizeof q, "%s/data.lua", path);
    struct stat st;
    if (stat(a, &st) && stat(q, &st))
        return;
    char *show = rules_show(self, path);
    if (!show)
        return; /* a pack that does not load is not offered */
    packs[npacks++] = (pack_info){strdup(name), strdup(path), show};
}

int sv_packs_load(const char *self, const char *default_pack, char *err, size_t errn)
{
    for (const char *const *d = jx_rules_default_dirs(); *d; d++) {
        DIR *dp = opendir(*d);
        struct dirent *de;
        while (dp && (de = readdir(dp)))
            if (de->d_name[0] != '.')
                add_pack(self, *d, de->d_name);
        if (dp)
            closedir(dp);
    }
    /* --rules may name a folder of its own: offered under that name */
    if (!sv_pack_known(default_pack)) {
        jx_engine *e;
        jx_error je = {0};
        if (jx_engine_open(default_pack, NULL, &e, &je)) {
            jx_error_format(&je, err, errn);
            return -1;
        }
        jx_engine_free(e);
        char *show = rules_show(self, default_pack);
        if (npacks < SV_ARRAY_LEN(packs) && show)
            packs[npacks++] = (pack_info){strdup(default_pack), strdup(default_pack), show};
        else
            free(show);
    }
    qsort(packs, npacks, sizeof *packs, cmp_pack);
    const pack_info *base = NULL;
    for (size_t i = 0; i < npacks; i++)
        if (!strcmp(packs[i].name, "national"))
            base = &packs[i];
    sv_buf b;
    sv_buf_init(&b);
    sv_buf_printf(&b, "<p>本机安装的规则包 %zu 个（只读；修改规则包见 docs/rules.md）：", npacks);
    for (size_t i = 0; i < npacks; i++) {
        sv_buf_puts(&b, i ? "、<a href=\"#pack-" : "<a href=\"#pack-");
        esc(&b, packs[i].name);
        sv_buf_puts(&b, "\">");
        esc(&b, packs[i].name);
        sv_buf_puts(&b, "</a>");
    }
    sv_buf_puts(&b, "</p>\n");
    for (size_t i = 0; i < npacks; i++)
        pack_section(&b, &packs[i], base);
    sv_buf_putc(&b, '\0');
    if (sv_buf_failed(&b)) {
        sv_buf_free(&b);
        snprintf(err, errn, "内存不足");
        return -1;
    }
    packs_page = b.p;
    return 0;
}

void sv_packs_free(void)
{
    for (size_t i = 0; i < npacks; i++) {
        free(packs[i].name);
        free(packs[i].dir);
        free(packs[i].show);
    }
    npacks = 0;
    free(packs_page);
    packs_page = NULL;
}
