/*
 * json.c - a document as JSON and NDJSON (docs/formats.md), and the JSON
 * of a value and an indicator that score and batch output reuse.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>

#include "doc_int.h"
#include "write.h"


/* The keys are plain ASCII literals: quoted as they are, the length known
 * (jkey), written at once when the buffer has room. */
static void jkey_n(jx_buf *b, const char *k, size_t kl, int *first)
{
    if (b->failed || b->cap - b->len <= kl + 4) {
        if (!*first)
            jx_buf_putc(b, ',');
        *first = 0;
        jx_buf_putc(b, '"');
        jx_buf_put(b, k, kl);
        jx_buf_put(b, "\":", 2);
        return;
    }
    char *p = b->p + b->len;
    if (!*first)
        *p++ = ',';
    *first = 0;
    *p++ = '"';
    memcpy(p, k, kl);
    p += kl;
    *p++ = '"';
    *p++ = ':';
    *p = '\0';
    b->len = (size_t)(p - b->p);
}
#define jkey(b, k, first) jkey_n(b, k, sizeof(k) - 1, first)

static void nl(jx_buf *b, int pretty, int depth)
{
    if (!pretty)
        return;
    jx_buf_putc(b, '\n');
    for (int i = 0; i < depth; i++)
        jx_buf_puts(b, "  ");
}

void jx_json_value(jx_buf *b, const jx_value *v) { jx_buf_json_value(b, v); }

void jx_json_indicator(jx_buf *b, const jx_indicator *ind)
{
    int f = 1;
    jx_buf_putc(b, '{');
    jkey(b, "level1", &f);
    jx_buf_json_cstr(b, ind->level1);
    jkey(b, "level2", &f);
    jx_buf_json_cstr(b, ind->level2);
    jkey(b, "level2_inferred", &f);
    jx_buf_puts(b, ind->level2_inferred ? "true" : "false");
    if (ind->level1_inferred) {
        jkey(b, "level1_inferred", &f);
        jx_buf_puts(b, "true");
    }
    jkey(b, "level3", &f);
    jx_buf_json_cstr(b, ind->level3);
    if (ind->period) {
        jkey(b, "period", &f);
        jx_buf_json_cstr(b, ind->period);
    }
    jkey(b, "target", &f);
    jx_json_value(b, &ind->target);
    jkey(b, "explanation", &f);
    jx_buf_json_cstr(b, ind->explanation);
    jkey(b, "line", &f);
    jx_buf_put_int(b, ind->line);
    if (ind->pos) {
        jkey(b, "pos", &f);
        jx_buf_json_cstr(b, ind->pos);
    }
    if (ind->realigned) {
        jkey(b, "realigned", &f);
        jx_buf_puts(b, "true");
    }
    if (ind->split) {
        jkey(b, "split", &f);
        jx_buf_puts(b, "true");
    }
    if (ind->note) {
        jkey(b, "note", &f);
        jx_buf_json_cstr(b, ind->note);
    }
    if (ind->actual_raw) {
        jkey(b, "actual", &f);
        jx_buf_json_cstr(b, ind->actual_raw);
    }
    if (!isnan(ind->points)) {
        jkey(b, "points", &f);
        jx_buf_json_num(b, ind->points);
    }
    if (!isnan(ind->score)) {
        jkey(b, "score", &f);
        jx_buf_json_num(b, ind->score);
    }
    if (ind->deviation) {
        jkey(b, "deviation", &f);
        jx_buf_json_cstr(b, ind->deviation);
    }
    if (ind->current_raw) {
        jkey(b, "current", &f);
        jx_buf_json_cstr(b, ind->current_raw);
    }
    if (ind->previous_raw) {
        jkey(b, "previous", &f);
        jx_buf_json_cstr(b, ind->previous_raw);
    }
    jx_buf_putc(b, '}');
}

static void jnum_or_null(jx_buf *b, double d) { jx_buf_json_num(b, d); }

static void json_table(jx_buf *b, const jx_table *t, int pretty, int depth)
{
    int f = 1;
    jx_buf_putc(b, '{');
    nl(b, pretty, depth + 1);
    jkey(b, "kind", &f);
    jx_buf_json_cstr(b, jx_table_kind_name(t->kind));
    jkey(b, "layout", &f);
    jx_buf_json_cstr(b, jx_layout_name(t->layout));
    jkey(b, "code", &f);
    jx_buf_json_cstr(b, t->code);
    jkey(b, "name", &f);
    jx_buf_json_cstr(b, t->name);
    jkey(b, "department", &f);
    jx_buf_json_cstr(b, t->department);
    jkey(b, "line", &f);
    jx_buf_put_int(b, t->line);
    if (t->pos) {
        jkey(b, "pos", &f);
        jx_buf_json_cstr(b, t->pos);
    }
    nl(b, pretty, depth + 1);
    jkey(b, "funds", &f);
    jx_buf_puts(b, "{\"total\":");
    jnum_or_null(b, t->funds.total);
    jx_buf_puts(b, ",\"fiscal\":");
    jnum_or_null(b, t->funds.fiscal);
    jx_buf_puts(b, ",\"other\":");
    jnum_or_null(b, t->funds.other);
    jx_buf_putc(b, '}');
    const jx_execution *e = &t->execution;
    if (!isnan(e->budget) || !isnan(e->executed) || !isnan(e->initial)) {
        jkey(b, "execution", &f);
        jx_buf_puts(b, "{\"initial\":");
        jnum_or_null(b, e->initial);
        jx_buf_puts(b, ",\"budget\":");
        jnum_or_null(b, e->budget);
        jx_buf_puts(b, ",\"adjusted\":");
        jnum_or_null(b, e->adjusted);
        jx_buf_puts(b, ",\"executed\":");
        jnum_or_null(b, e->executed);
        jx_buf_puts(b, ",\"points\":");
        jnum_or_null(b, e->points);
        jx_buf_puts(b, ",\"rate\":");
        jnum_or_null(b, e->rate);
        jx_buf_puts(b, ",\"score\":");
        jnum_or_null(b, e->score);
        jx_buf_putc(b, '}');
    }
    if (!isnan(t->total_printed)) {
        jkey(b, "total_printed", &f);
        jx_buf_json_num(b, t->total_printed);
    }
    nl(b, pretty, depth + 1);
    jkey(b, "indicators", &f);
    jx_buf_putc(b, '[');
    for (size_t i = 0; i < t->n; i++) {
        if (i)
            jx_buf_putc(b, ',');
        nl(b, pretty, depth + 2);
        jx_json_indicator(b, &t->ind[i]);
    }
    if (t->n)
        nl(b, pretty, depth + 1);
    jx_buf_putc(b, ']');
    nl(b, pretty, depth);
    jx_buf_putc(b, '}');
}

static void json_doc(jx_buf *b, const jx_doc *d, int pretty, int depth)
{
    int f = 1;
    jx_buf_putc(b, '{');
    nl(b, pretty, depth + 1);
    jkey(b, "source", &f);
    jx_buf_json_cstr(b, d->source);
    jkey(b, "unit", &f);
    jx_buf_json_cstr(b, d->unit);
    jkey(b, "year", &f);
    if (d->year)
        jx_buf_put_int(b, d->year);
    else
        jx_buf_puts(b, "null");
    jkey(b, "project_spending", &f);
    jx_buf_json_num(b, d->project_spending);
    nl(b, pretty, depth + 1);
    jkey(b, "tables", &f);
    jx_buf_putc(b, '[');
    for (size_t i = 0; i < d->ntables; i++) {
        if (i)
            jx_buf_putc(b, ',');
        nl(b, pretty, depth + 2);
        json_table(b, &d->tables[i], pretty, depth + 2);
    }
    if (d->ntables)
        nl(b, pretty, depth + 1);
    jx_buf_puts(b, "],");
    nl(b, pretty, depth + 1);
    jx_buf_puts(b, "\"notes\":[");
    for (size_t i = 0; i < d->nnotes; i++) {
        if (i)
            jx_buf_putc(b, ',');
        nl(b, pretty, depth + 2);
        int g = 1;
        jx_buf_putc(b, '{');
        jkey(b, "line", &g);
        jx_buf_put_int(b, d->notes[i].line);
        jkey(b, "code", &g);
        jx_buf_json_cstr(b, d->notes[i].code);
        jkey(b, "message", &g);
        jx_buf_json_cstr(b, d->notes[i].message);
        jx_buf_putc(b, '}');
    }
    if (d->nnotes)
        nl(b, pretty, depth + 1);
    jx_buf_putc(b, ']');
    nl(b, pretty, depth);
    jx_buf_putc(b, '}');
}

void jx_json_doc(jx_buf *b, const jx_doc *d) { json_doc(b, d, 0, 0); }

jx_status jx_doc_write_json(FILE *f, jx_doc *const *docs, size_t n, int pretty)
{
    jx_buf b;
    jx_buf_init(&b);
    jx_buf_puts(&b, "{");
    nl(&b, pretty, 1);
    jx_buf_puts(&b, "\"documents\":[");
    for (size_t i = 0; i < n; i++) {
        if (i)
            jx_buf_putc(&b, ',');
        nl(&b, pretty, 2);
        json_doc(&b, docs[i], pretty, 2);
    }
    if (n)
        nl(&b, pretty, 1);
    jx_buf_puts(&b, "]");
    nl(&b, pretty, 0);
    jx_buf_puts(&b, "}\n");
    return jx_write_flush(f, &b);
}

jx_status jx_doc_write_ndjson(FILE *f, jx_doc *d)
{
    jx_buf b;
    jx_buf_init(&b);
    jx_buf_reserve(&b, 65535); /* a document's line is tens of kB: one
                                  block instead of doubling from 256 bytes
                                  (on failure b fails, as a later growth would) */
    json_doc(&b, d, 0, 0);
    jx_buf_putc(&b, '\n');
    return jx_write_flush(f, &b);
}


void jx_json_seen_str(jx_buf *b, jx_json_seen *w, const char *s)
{
    if (!s || !w) {
        jx_buf_json_cstr(b, s);
        return;
    }
    uintptr_t a = (uintptr_t)s;
    size_t h = (size_t)(a >> 3 ^ a >> 12) & (JX_JSON_SEEN - 1);
    /* the room first: the bytes copied are in the buffer itself */
    if (w->s[h] == s && jx_buf_reserve(b, w->len[h]) == 0) {
        jx_buf_put(b, b->p + w->off[h], w->len[h]);
        return;
    }
    size_t at = b->len;
    jx_buf_json_cstr(b, s);
    if (!jx_buf_failed(b)) {
        w->s[h] = s;
        w->off[h] = at;
        w->len[h] = b->len - at;
    }
}

void jx_json_finding_seen(jx_buf *b, const jx_finding *f, jx_json_seen *w)
{
    jx_buf_puts(b, "{\"severity\":");
    jx_json_seen_str(b, w, jx_severity_name(f->severity));
    jx_buf_puts(b, ",\"code\":");
    jx_json_seen_str(b, w, f->code);
    jx_buf_puts(b, ",\"message\":");
    jx_buf_json_cstr(b, f->message);
    jx_buf_puts(b, ",\"source\":");
    jx_json_seen_str(b, w, f->source);
    jx_buf_puts(b, ",\"line\":");
    jx_buf_put_int(b, f->line);
    jx_buf_puts(b, ",\"project\":");
    jx_json_seen_str(b, w, f->project);
    jx_buf_puts(b, ",\"indicator\":");
    jx_json_seen_str(b, w, f->indicator);
    jx_buf_putc(b, '}');
}

void jx_json_finding(jx_buf *b, const jx_finding *f) { jx_json_finding_seen(b, f, NULL); }
