/*
 * batch.c - one document of a batch: parse, frame, check, score, and one
 * NDJSON line that says how it went.  Faults stay with the document.
 */
#include "batch.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "doc_int.h"
#include "findings.h"
#include "scorecard.h"

static void count_grade(jx_batch_stats *st, const char *g)
{
    if (!g || !*g)
        return;
    for (int i = 0; i < JX_BATCH_GRADES; i++) {
        if (!st->grade[i][0]) {
            snprintf(st->grade[i], sizeof st->grade[i], "%s", g);
            st->grade_n[i] = 1;
            return;
        }
        if (!strcmp(st->grade[i], g)) {
            st->grade_n[i]++;
            return;
        }
    }
}

void jx_batch_stats_add(jx_batch_stats *a, const jx_batch_stats *b)
{
    a->docs += b->docs;
    a->ok += b->ok;
    a->failed += b->failed;
    a->tables += b->tables;
    a->indicators += b->indicators;
    a->scored += b->scored;
    a->bytes += b->bytes;
    for (int i = 0; i < 3; i++)
        a->findings[i] += b->findings[i];
    for (int i = 0; i < JX_BATCH_GRADES && b->grade[i][0]; i++)
        for (size_t k = 0; k < b->grade_n[i]; k++)
            count_grade(a, b->grade[i]);
}

typedef struct fctx {
    jx_flist list;
    jx_batch_stats *st;
    const char *rule_error; /* first rule failure, copied */
    char rbuf[512];
} fctx;

/* Keeps f for the line, and the first rule failure's message. */
static void add_finding(fctx *c, const jx_finding *f)
{
    if (!strcmp(f->code, "rule-error") && !c->rule_error) {
        snprintf(c->rbuf, sizeof c->rbuf, "%s", f->message);
        c->rule_error = c->rbuf;
    }
    jx_flist_add(&c->list, f); /* a lost finding fails the line (list.nomem) */
}

/* The batch line's findings: severity, code, line, project, indicator,
 * message (docs/formats.md; the file is the line's "source"). */
static void write_findings(jx_buf *b, fctx *c)
{
    jx_flist_sort(&c->list, 0);
    for (size_t i = 0; i < c->list.n; i++) {
        const jx_finding *f = jx_flist_at(&c->list, i);
        jx_buf_puts(b, i ? ",{\"severity\":\"" : "{\"severity\":\"");
        jx_buf_puts(b, jx_severity_name(f->severity)); /* a plain ASCII word */
        jx_buf_puts(b, "\",\"code\":");
        jx_buf_json_cstr(b, f->code);
        jx_buf_puts(b, ",\"line\":");
        jx_buf_put_int(b, f->line);
        jx_buf_puts(b, ",\"project\":");
        jx_buf_json_cstr(b, f->project);
        jx_buf_puts(b, ",\"indicator\":");
        jx_buf_json_cstr(b, f->indicator);
        jx_buf_puts(b, ",\"message\":");
        jx_buf_json_cstr(b, f->message);
        jx_buf_putc(b, '}');
    }
}

static int on_finding(const jx_finding *f, void *ud)
{
    fctx *c = ud;
    c->st->findings[f->severity]++;
    add_finding(c, f);
    return 0;
}

static void error_line(jx_buf *out, const jx_batch_job *job, const jx_error *err,
                       const char *stage)
{
    jx_buf_puts(out, "{\"id\":");
    jx_buf_json_cstr(out, job->id);
    jx_buf_puts(out, ",\"source\":");
    jx_buf_json_cstr(out, job->targets);
    jx_buf_puts(out, ",\"actuals\":");
    jx_buf_json_cstr(out, job->actuals);
    jx_buf_puts(out, ",\"rules\":");
    jx_buf_json_cstr(out, job->rules);
    jx_buf_puts(out, ",\"status\":\"error\",\"error\":{\"stage\":");
    jx_buf_json_cstr(out, stage);
    jx_buf_puts(out, ",\"code\":");
    jx_buf_json_cstr(out, jx_status_name(err->code));
    jx_buf_puts(out, ",\"file\":");
    jx_buf_json_cstr(out, err->file[0] ? err->file : NULL);
    jx_buf_puts(out, ",\"line\":");
    if (err->line)
        jx_buf_printf(out, "%d", err->line);
    else
        jx_buf_puts(out, "null");
    jx_buf_puts(out, ",\"cell\":");
    if (err->cell)
        jx_buf_printf(out, "%d", err->cell);
    else
        jx_buf_puts(out, "null");
    jx_buf_puts(out, ",\"message\":");
    char msg[1024];
    jx_error_format(err, msg, sizeof msg);
    jx_buf_json_cstr(out, msg);
    /* the same fields as a scored line, so a consumer never meets a
     * missing key */
    jx_buf_puts(out, "},\"unit\":null,\"year\":null,\"indicators\":0,\"tables\":[],"
                     "\"findings\":[]}\n");
}

/* Where a job's documents come from: the files it names, or (serve)
 * buffers in memory that job->targets and job->actuals only name. */
typedef struct src {
    const char *tdata, *adata; /* NULL: read the files */
    size_t tlen, alen;
} src;

static int parse_one(const src *m, int actuals, const char *name, const jx_parse_opts *po,
                     jx_doc **d, jx_error *err)
{
    if (!m)
        return jx_doc_parse_file(name, po, d, err);
    return actuals ? jx_doc_parse(m->adata, m->alen, name, po, d, err)
                   : jx_doc_parse(m->tdata, m->tlen, name, po, d, err);
}

/* The documents of a job: targets (with tables) and actuals.  JX_OK, or
 * the failure with its error line written and nothing left open. */
static jx_status load_docs(const jx_batch_job *job, const src *m, const jx_parse_opts *po,
                           jx_doc **d, jx_doc **a, jx_buf *out)
{
    jx_error err = {0};
    *d = *a = NULL;
    if (parse_one(m, 0, job->targets, po, d, &err)) {
        error_line(out, job, &err, "parse");
        return err.code;
    }
    if (!jx_doc_ntables(*d)) {
        jx_fail(&err, JX_EINPUT, job->targets, 0, 0, "没有找到绩效目标表");
    } else if (job->actuals && parse_one(m, 1, job->actuals, po, a, &err)) {
        jx_doc_free(*d);
        *d = NULL;
        error_line(out, job, &err, "actuals");
        return err.code;
    } else {
        return JX_OK;
    }
    jx_doc_free(*d);
    *d = NULL;
    error_line(out, job, &err, "parse");
    return err.code;
}

/* Frames d and scores it when there are actuals or the form carries its
 * own (a filled self-evaluation); *sc stays NULL otherwise.  A frame
 * failure goes to *fe (a finding later); a score failure is returned. */
static jx_status frame_and_score(jx_engine *e, jx_doc *d, jx_doc *a, int detail,
                                 jx_error *fe, int *frame_rc, jx_scorecard **sc, jx_error *err)
{
    /* a line without --detail carries totals only: no explanation text */
    jx_engine_set_explain(e, detail);
    *frame_rc = jx_engine_frame(e, d, fe);
    *sc = NULL;
    int self = 0;
    for (size_t i = 0; !a && i < jx_doc_ntables(d); i++)
        self |= jx_doc_table(d, i)->layout == JX_LAYOUT_SELFEVAL;
    if (!a && !self)
        return JX_OK;
    return jx_score_doc(e, d, a, self, sc, err);
}

/* {"id", "source", "actuals", "rules", "status", "error", "unit", "year":
 * returns where ,"status" starts (a rule error rewrites from there). */
static size_t write_head(jx_buf *out, const jx_batch_job *job, jx_engine *e, const jx_doc *d)
{
    jx_buf_puts(out, "{\"id\":");
    jx_buf_json_cstr(out, job->id);
    jx_buf_puts(out, ",\"source\":");
    jx_buf_json_cstr(out, job->targets);
    jx_buf_puts(out, ",\"actuals\":");
    jx_buf_json_cstr(out, job->actuals);
    jx_buf_puts(out, ",\"rules\":");
    jx_buf_json_cstr(out, jx_engine_pack(e));
    size_t status_at = out->len;
    jx_buf_puts(out, ",\"status\":\"ok\",\"error\":null");
    jx_buf_puts(out, ",\"unit\":");
    jx_buf_json_cstr(out, jx_doc_unit(d));
    jx_buf_puts(out, ",\"year\":");
    if (jx_doc_year(d))
        jx_buf_put_int(out, jx_doc_year(d));
    else
        jx_buf_puts(out, "null");
    return status_at;
}

/* "indicators" and "tables": each table with its total and grade when
 * scored. */
static void write_tables(jx_buf *out, jx_doc *d, const jx_scorecard *sc, jx_batch_stats *st)
{
    size_t nind = 0;
    for (size_t i = 0; i < jx_doc_ntables(d); i++)
        nind += jx_doc_table(d, i)->n;
    st->tables += jx_doc_ntables(d);
    st->indicators += nind;
    jx_buf_puts(out, ",\"indicators\":");
    jx_buf_put_int(out, (long long)nind);
    jx_buf_puts(out, ",\"tables\":[");
    for (size_t i = 0; i < jx_doc_ntables(d); i++) {
        const jx_table *t = jx_doc_table(d, i);
        const jx_scored_table *stt = NULL;
        for (size_t k = 0; sc && k < sc->n; k++)
            if (sc->tables[k].t == t)
                stt = &sc->tables[k];
        jx_buf_puts(out, i ? ",{\"kind\":" : "{\"kind\":");
        jx_buf_json_cstr(out, jx_table_kind_name(t->kind));
        jx_buf_puts(out, ",\"code\":");
        jx_buf_json_cstr(out, t->code);
        jx_buf_puts(out, ",\"name\":");
        jx_buf_json_cstr(out, t->name);
        jx_buf_puts(out, ",\"indicators\":");
        jx_buf_put_int(out, (long long)t->n);
        if (stt) {
            jx_buf_puts(out, ",\"total\":");
            jx_buf_json_num(out, stt->total);
            jx_buf_puts(out, ",\"points\":");
            jx_buf_json_num(out, stt->points);
            jx_buf_puts(out, ",\"grade\":");
            jx_buf_json_cstr(out, stt->grade);
            jx_buf_puts(out, stt->unscored ? ",\"complete\":false" : ",\"complete\":true");
            count_grade(st, stt->grade);
        } else {
            jx_buf_puts(out, ",\"total\":null,\"points\":null,\"grade\":null,\"complete\":null");
        }
        jx_buf_putc(out, '}');
    }
    jx_buf_putc(out, ']');
}

/* The findings of framing, the checks and the scorecard, into c. */
static void gather_findings(fctx *c, jx_engine *e, jx_doc *d, const jx_scorecard *sc,
                            int frame_rc, const jx_error *fe)
{
    jx_error err = {0};
    if (frame_rc) {
        jx_finding f = {JX_SEV_ERROR, "rule-error", fe->msg, NULL, fe->line, NULL, NULL};
        add_finding(c, &f);
    }
    jx_engine_check(e, d, on_finding, c, &err);
    if (!sc)
        return;
    c->st->scored += sc->scored;
    for (size_t i = 0; i < sc->nf; i++) {
        c->st->findings[sc->f[i].severity]++;
        add_finding(c, &sc->f[i]);
    }
}

/* A rule failed: the document's result cannot be trusted.  The line from
 * status_at becomes an error naming it, keeping what was computed after
 * the error. */
static void mark_rule_error(jx_buf *out, size_t status_at, const char *msg)
{
    jx_buf tail;
    jx_buf_init(&tail);
    jx_buf_put(&tail, out->p + status_at, out->len - status_at);
    out->len = status_at;
    jx_buf_puts(out, ",\"status\":\"error\",\"error\":{\"stage\":\"rules\",\"code\":\"rule\","
                     "\"file\":null,\"line\":null,\"cell\":null,\"message\":");
    jx_buf_json_cstr(out, msg);
    jx_buf_putc(out, '}');
    const char *rest = strstr(tail.p ? tail.p : "", ",\"unit\":");
    if (rest)
        jx_buf_put(out, rest, tail.len - (size_t)(rest - tail.p));
    else
        out->failed = 1; /* the copy failed: never a line cut short */
    jx_buf_free(&tail);
}

/* The line of a loaded document: head, tables, findings, the scorecard
 * with --detail.  JX_OK, JX_ERULE (a rule failed) or JX_ENOMEM (the line
 * replaced by a short error line from start). */
static jx_status write_line(jx_buf *out, size_t start, const jx_batch_job *job, jx_engine *e,
                            jx_doc *d, const jx_scorecard *sc, int detail, int frame_rc,
                            const jx_error *fe, jx_batch_stats *st)
{
    size_t status_at = write_head(out, job, e, d);
    write_tables(out, d, sc, st);
    jx_buf_puts(out, ",\"findings\":[");
    fctx c;
    memset(&c, 0, sizeof c);
    jx_flist_init(&c.list);
    c.st = st;
    gather_findings(&c, e, d, sc, frame_rc, fe);
    write_findings(out, &c);
    jx_buf_putc(out, ']');
    if (sc && detail) {
        jx_buf_puts(out, ",\"score\":");
        jx_scorecard_json(out, sc, 0);
        if (out->len && out->p[out->len - 1] == '\n')
            out->len--;
    }
    jx_buf_puts(out, "}\n");
    jx_status rc = JX_OK;
    if (c.rule_error) {
        mark_rule_error(out, status_at, c.rule_error);
        rc = JX_ERULE;
    }
    if (jx_buf_failed(out) || c.list.nomem) {
        /* out of memory while writing: one short error line instead */
        jx_error err = {0};
        jx_buf_rewind(out, start);
        jx_fail(&err, JX_ENOMEM, job->targets, 0, 0, "内存不足，未能写出这份文件的结果");
        error_line(out, job, &err, "output");
        rc = JX_ENOMEM;
    }
    jx_flist_free(&c.list);
    return rc;
}

/* One job's line from its documents, wherever they come from. */
static jx_status batch_line(jx_engine *e, const jx_error *pack_err, const jx_batch_job *job,
                            const src *m, const jx_parse_opts *po, int detail, jx_buf *out,
                            jx_batch_stats *st)
{
    size_t start = out->len;
    st->docs++;
    if (!e) {
        st->failed++;
        error_line(out, job, pack_err, "rules");
        return pack_err->code ? pack_err->code : JX_ERULE;
    }
    jx_doc *d, *a;
    jx_parse_opts o = {0}; /* po NULL: the defaults, as for jx_doc_parse */
    if (po)
        o = *po;
    if (!o.columns)
        o.columns = jx_engine_columns(e); /* the pack's column names */
    jx_status rc = load_docs(job, m, &o, &d, &a, out);
    if (rc) {
        st->failed++;
        return rc;
    }
    jx_error fe = {0}, err = {0};
    int frame_rc;
    jx_scorecard *sc;
    rc = frame_and_score(e, d, a, detail, &fe, &frame_rc, &sc, &err);
    if (rc) {
        error_line(out, job, &err, "score");
        rc = err.code;
    } else {
        rc = write_line(out, start, job, e, d, sc, detail, frame_rc, &fe, st);
    }
    if (rc)
        st->failed++;
    else
        st->ok++;
    jx_scorecard_free(sc);
    jx_doc_free(d);
    jx_doc_free(a);
    return rc;
}

jx_status jx_batch_line(jx_engine *e, const jx_error *pack_err, const jx_batch_job *job,
                        const jx_parse_opts *po, int detail, jx_buf *out, jx_batch_stats *st)
{
    return batch_line(e, pack_err, job, NULL, po, detail, out, st);
}

/* ---- jixiao/batch.h ---- */

jx_batch_stats *jx_batch_stats_new(void) { return calloc(1, sizeof(jx_batch_stats)); }

void jx_batch_stats_free(jx_batch_stats *st) { free(st); }

size_t jx_batch_stats_count(const jx_batch_stats *st, jx_batch_count what)
{
    switch (what) {
    case JX_BATCH_DOCS: return st->docs;
    case JX_BATCH_OK: return st->ok;
    case JX_BATCH_FAILED: return st->failed;
    case JX_BATCH_TABLES: return st->tables;
    case JX_BATCH_INDICATORS: return st->indicators;
    case JX_BATCH_SCORED: return st->scored;
    case JX_BATCH_ERRORS: return st->findings[JX_SEV_ERROR];
    case JX_BATCH_WARNINGS: return st->findings[JX_SEV_WARNING];
    case JX_BATCH_INFOS: return st->findings[JX_SEV_INFO];
    }
    return 0;
}

const char *jx_batch_stats_grade(const jx_batch_stats *st, size_t i, size_t *n)
{
    if (i >= JX_BATCH_GRADES || !st->grade[i][0])
        return NULL;
    if (n)
        *n = st->grade_n[i];
    return st->grade[i];
}

/* One line of a job into a malloc'd string, its documents read from
 * their files (m NULL) or from memory. */
static jx_status one_line(jx_engine *e, const jx_error *pack_err, const jx_batch_job *job,
                          const src *m, const jx_parse_opts *po, unsigned flags, char **line,
                          size_t *len, jx_batch_stats *st)
{
    jx_batch_stats none;
    if (!st) {
        memset(&none, 0, sizeof none);
        st = &none;
    }
    jx_error no_pack = {0};
    if (!e && !pack_err) {
        jx_fail(&no_pack, JX_ERULE, NULL, 0, 0, "没有规则包");
        pack_err = &no_pack;
    }
    jx_buf b;
    jx_buf_init(&b);
    jx_status rc = batch_line(e, pack_err, job, m, po, (flags & JX_BATCH_DETAIL) != 0, &b, st);
    *line = NULL;
    *len = 0;
    if (jx_buf_failed(&b) || !b.p) {
        jx_buf_free(&b);
        return JX_ENOMEM;
    }
    *line = b.p; /* the buffer is malloc'd and NUL-terminated */
    *len = b.len;
    return rc;
}

jx_status jx_batch_one(jx_engine *e, const jx_error *pack_err, const jx_batch_job *job,
                       const jx_parse_opts *po, unsigned flags, char **line, size_t *len,
                       jx_batch_stats *st)
{
    return one_line(e, pack_err, job, NULL, po, flags, line, len, st);
}

jx_status jx_batch_one_mem(jx_engine *e, const jx_error *pack_err, const jx_batch_job *job,
                           const char *tdata, size_t tlen, const char *adata, size_t alen,
                           const jx_parse_opts *po, unsigned flags, char **line, size_t *len,
                           jx_batch_stats *st)
{
    src m = {tdata, adata, tlen, alen};
    return one_line(e, pack_err, job, &m, po, flags, line, len, st);
}

jx_status jx_file_read(const char *path, size_t max, char **data, size_t *len, jx_error *err)
{
    return jx_read_file_max(path, max, data, len, err);
}

void jx_free(void *p) { free(p); }
