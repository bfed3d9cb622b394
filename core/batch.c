/*
 * batch.c - one document of a batch: parse, frame, check, score, and one
 * NDJSON line that says how it went.  Faults stay with the document.
 */
#include "batch.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "doc_int.h"
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

typedef struct bfind {
    const char *sev, *code, *project, *indicator, *msg;
    int line;
    size_t seq;
} bfind;

typedef struct fctx {
    jx_arena arena;
    bfind *f;
    size_t n, cap;
    jx_batch_stats *st;
    const char *rule_error; /* first rule failure, copied */
    char rbuf[512];
} fctx;

static void finding_json(fctx *c, const char *sev, const char *code, int line,
                         const char *project, const char *indicator, const char *msg)
{
    if (!strcmp(code, "rule-error") && !c->rule_error) {
        snprintf(c->rbuf, sizeof c->rbuf, "%s", msg);
        c->rule_error = c->rbuf;
    }
    if (c->n == c->cap) {
        size_t cap = c->cap ? c->cap * 2 : 32;
        bfind *nf = realloc(c->f, cap * sizeof *nf);
        if (!nf) {
            c->arena.failed = 1; /* a lost finding fails the line */
            return;
        }
        c->f = nf;
        c->cap = cap;
    }
    bfind *f = &c->f[c->n];
    f->sev = sev; /* static strings */
    f->code = jx_arena_strdup(&c->arena, code);
    f->project = jx_arena_strdup(&c->arena, project);
    f->indicator = jx_arena_strdup(&c->arena, indicator);
    f->msg = jx_arena_strdup(&c->arena, msg);
    f->line = line;
    f->seq = c->n++;
}

static int by_line(const void *a, const void *b)
{
    const bfind *x = a, *y = b;
    if (x->line != y->line)
        return x->line < y->line ? -1 : 1;
    int k = strcmp(x->code ? x->code : "", y->code ? y->code : "");
    if (k)
        return k;
    k = strcmp(x->msg ? x->msg : "", y->msg ? y->msg : "");
    if (k)
        return k;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static void write_findings(jx_buf *b, fctx *c)
{
    qsort(c->f, c->n, sizeof *c->f, by_line);
    for (size_t i = 0; i < c->n; i++) {
        const bfind *f = &c->f[i];
        jx_buf_puts(b, i ? ",{\"severity\":" : "{\"severity\":");
        jx_buf_json_cstr(b, f->sev);
        jx_buf_puts(b, ",\"code\":");
        jx_buf_json_cstr(b, f->code);
        jx_buf_printf(b, ",\"line\":%d,\"project\":", f->line);
        jx_buf_json_cstr(b, f->project);
        jx_buf_puts(b, ",\"indicator\":");
        jx_buf_json_cstr(b, f->indicator);
        jx_buf_puts(b, ",\"message\":");
        jx_buf_json_cstr(b, f->msg);
        jx_buf_putc(b, '}');
    }
}

static int on_finding(const jx_finding *f, void *ud)
{
    fctx *c = ud;
    c->st->findings[f->severity]++;
    finding_json(c, jx_severity_name(f->severity), f->code, f->line, f->project,
                 f->indicator, f->message);
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

static int one_doc(jx_engine *e, const jx_batch_job *job, jx_doc *d, jx_doc *a, int detail,
                   jx_buf *out, jx_batch_stats *st);

/* A document without a target table is an error line; frees d then. */
static int no_tables(const jx_batch_job *job, jx_doc *d, jx_buf *out, jx_batch_stats *st)
{
    if (jx_doc_ntables(d))
        return 0;
    jx_error err = {0};
    jx_fail(&err, JX_EINPUT, job->targets, 0, 0, "没有找到绩效目标表");
    st->failed++;
    error_line(out, job, &err, "parse");
    jx_doc_free(d);
    return 1;
}

int jx_batch_one(jx_engine *e, const jx_error *pack_err, const jx_batch_job *job,
                 const jx_parse_opts *po, int detail, jx_buf *out, jx_batch_stats *st)
{
    st->docs++;
    if (!e) {
        st->failed++;
        error_line(out, job, pack_err, "rules");
        return 1;
    }
    jx_error err = {0};
    jx_doc *d = NULL, *a = NULL;
    if (jx_doc_parse_file(job->targets, po, &d, &err)) {
        st->failed++;
        error_line(out, job, &err, "parse");
        return 1;
    }
    if (no_tables(job, d, out, st))
        return 1;
    if (job->actuals && jx_doc_parse_file(job->actuals, po, &a, &err)) {
        st->failed++;
        error_line(out, job, &err, "actuals");
        jx_doc_free(d);
        return 1;
    }
    return one_doc(e, job, d, a, detail, out, st);
}

int jx_batch_one_mem(jx_engine *e, const jx_batch_job *job, const char *tdata, size_t tlen,
                     const char *adata, size_t alen, const jx_parse_opts *po, int detail,
                     jx_buf *out, jx_batch_stats *st)
{
    st->docs++;
    jx_error err = {0};
    jx_doc *d = NULL, *a = NULL;
    if (jx_doc_parse(tdata, tlen, job->targets, po, &d, &err)) {
        st->failed++;
        error_line(out, job, &err, "parse");
        return 1;
    }
    if (no_tables(job, d, out, st))
        return 1;
    if (job->actuals && jx_doc_parse(adata, alen, job->actuals, po, &a, &err)) {
        st->failed++;
        error_line(out, job, &err, "actuals");
        jx_doc_free(d);
        return 1;
    }
    return one_doc(e, job, d, a, detail, out, st);
}

/* Frame, check, score d (with actuals a, or NULL) and write its line;
 * frees both. */
static int one_doc(jx_engine *e, const jx_batch_job *job, jx_doc *d, jx_doc *a, int detail,
                   jx_buf *out, jx_batch_stats *st)
{
    size_t start = out->len;
    jx_error err = {0};
    /* a line without --detail carries totals only: no explanation text */
    jx_engine_set_explain(e, detail);
    jx_error fe = {0};
    int frame_rc = jx_engine_frame(e, d, &fe);
    jx_scorecard *sc = NULL;
    /* a filled self-evaluation form carries its own actuals */
    int self = 0;
    for (size_t i = 0; !a && i < jx_doc_ntables(d); i++)
        self |= jx_doc_table(d, i)->layout == JX_LAYOUT_SELFEVAL;
    if ((a || self) && jx_score_doc(e, d, a, self, &sc, &err)) {
        st->failed++;
        error_line(out, job, &err, "score");
        jx_doc_free(d);
        jx_doc_free(a);
        return 1;
    }
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
        jx_buf_printf(out, "%d", jx_doc_year(d));
    else
        jx_buf_puts(out, "null");
    size_t nind = 0;
    for (size_t i = 0; i < jx_doc_ntables(d); i++)
        nind += jx_doc_table(d, i)->n;
    st->tables += jx_doc_ntables(d);
    st->indicators += nind;
    jx_buf_printf(out, ",\"indicators\":%zu,\"tables\":[", nind);
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
        jx_buf_printf(out, ",\"indicators\":%zu", t->n);
        if (stt) {
            jx_buf_puts(out, ",\"total\":");
            jx_buf_json_num(out, stt->total);
            jx_buf_puts(out, ",\"points\":");
            jx_buf_json_num(out, stt->points);
            jx_buf_puts(out, ",\"grade\":");
            jx_buf_json_cstr(out, stt->grade);
            jx_buf_printf(out, ",\"complete\":%s", stt->unscored ? "false" : "true");
            count_grade(st, stt->grade);
        } else {
            jx_buf_puts(out, ",\"total\":null,\"points\":null,\"grade\":null,\"complete\":null");
        }
        jx_buf_putc(out, '}');
    }
    jx_buf_puts(out, "],\"findings\":[");
    fctx c;
    memset(&c, 0, sizeof c);
    jx_arena_init(&c.arena);
    c.st = st;
    if (frame_rc)
        finding_json(&c, "error", "rule-error", fe.line, NULL, NULL, fe.msg);
    jx_engine_check(e, d, on_finding, &c, &err);
    if (sc) {
        st->scored += sc->scored;
        for (size_t i = 0; i < sc->nf; i++) {
            const jx_sc_finding *f = &sc->f[i];
            jx_severity sv = !strcmp(f->severity, "error") ? JX_SEV_ERROR
                             : !strcmp(f->severity, "warning") ? JX_SEV_WARNING
                                                               : JX_SEV_INFO;
            st->findings[sv]++;
            finding_json(&c, !strcmp(f->severity, "error")     ? "error"
                             : !strcmp(f->severity, "warning") ? "warning"
                                                               : "info",
                         f->code, f->line, f->project, f->indicator, f->message);
        }
    }
    write_findings(out, &c);
    jx_buf_putc(out, ']');
    if (sc && detail) {
        jx_buf_puts(out, ",\"score\":");
        jx_scorecard_json(out, sc, 0);
        if (out->len && out->p[out->len - 1] == '\n')
            out->len--;
    }
    jx_buf_puts(out, "}\n");
    int bad = 0;
    if (c.rule_error) {
        /* a rule failed: the document's result cannot be trusted */
        jx_buf tail;
        jx_buf_init(&tail);
        jx_buf_put(&tail, out->p + status_at, out->len - status_at);
        out->len = status_at;
        jx_buf_puts(out, ",\"status\":\"error\",\"error\":{\"stage\":\"rules\",\"code\":\"rule\","
                         "\"file\":null,\"line\":null,\"cell\":null,\"message\":");
        jx_buf_json_cstr(out, c.rule_error);
        jx_buf_putc(out, '}');
        /* keep what was computed, after the error */
        const char *rest = strstr(tail.p ? tail.p : "", ",\"unit\":");
        if (rest)
            jx_buf_put(out, rest, tail.len - (size_t)(rest - tail.p));
        else
            out->failed = 1; /* the copy failed: never a line cut short */
        jx_buf_free(&tail);
        bad = 1;
    }
    if (jx_buf_failed(out) || c.arena.failed) {
        /* out of memory while writing: one short error line instead */
        jx_buf_rewind(out, start);
        jx_fail(&err, JX_ENOMEM, job->targets, 0, 0, "内存不足，未能写出这份文件的结果");
        error_line(out, job, &err, "output");
        bad = 1;
    }
    free(c.f);
    jx_arena_free(&c.arena);
    if (bad)
        st->failed++;
    else
        st->ok++;
    jx_scorecard_free(sc);
    jx_doc_free(d);
    jx_doc_free(a);
    return bad;
}
