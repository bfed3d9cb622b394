/*
 * doc.c - the parsed document (the model) and the builder the readers
 * fill it with: tables, indicators, notes, strings in the document's
 * arena; and the accessors.  Nothing here knows a file format: readers
 * (core/read/, layout.c, records.c) call in, parse.c dispatches to them,
 * writers (core/write/) only read.
 */
#include "doc_int.h"

#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>

/* ---- construction ---- */

jx_doc *jx_doc_new(const char *source)
{
    jx_doc *d = calloc(1, sizeof *d);
    if (!d)
        return NULL;
    jx_arena_init(&d->arena);
    d->source = jx_arena_strdup(&d->arena, source ? source : "-");
    d->project_spending = NAN;
    if (!d->source) {
        free(d);
        return NULL;
    }
    return d;
}

void jx_doc_free(jx_doc *d)
{
    if (!d)
        return;
    for (size_t i = 0; i < d->ntables; i++)
        free(d->tables[i].ind);
    free(d->tables);
    free(d->icap);
    free(d->notes);
    jx_map_free(&d->tmap);
    jx_map_free(&d->vmap);
    free(d->vals);
    jx_arena_free(&d->arena);
    free(d);
}

/* The capacity after cap that holds need elements of elem bytes:
 * doubling from 4; 0 when that does not fit in size_t.  (An indicator
 * is ~800 bytes and a project often has three: a 100 000-project CSV
 * takes 300 MB less than when starting at 8.) */
static size_t next_cap(size_t cap, size_t need, size_t elem)
{
    size_t n = cap ? cap : 4, bytes;
    while (n < need) {
        if (n > SIZE_MAX / 2)
            return 0;
        n *= 2;
    }
    return jx_mul_ok(n, elem, &bytes) ? n : 0;
}

static int grow(void **p, size_t *cap, size_t need, size_t elem)
{
    if (need <= *cap)
        return 0;
    size_t n = next_cap(*cap, need, elem);
    if (!n)
        return -1;
    void *q = realloc(*p, n * elem);
    if (!q)
        return -1;
    *p = q;
    *cap = n;
    return 0;
}

/* Room for one more table: both arrays are reallocated before the
 * capacity changes, so a failed second realloc leaves tcap true for
 * both (the first array is then merely larger than tcap says). */
static int grow_tables(jx_doc *d)
{
    if (d->ntables < d->tcap)
        return 0;
    size_t n = next_cap(d->tcap, d->ntables + 1, sizeof *d->tables), ib;
    if (!n || !jx_mul_ok(n, sizeof *d->icap, &ib))
        return -1;
    jx_table *t = realloc(d->tables, n * sizeof *t);
    if (!t)
        return -1;
    d->tables = t;
    size_t *ic = realloc(d->icap, ib);
    if (!ic)
        return -1;
    d->icap = ic;
    d->tcap = n;
    return 0;
}

jx_table *jx_doc_add_table(jx_doc *d, jx_table_kind kind, jx_layout layout,
                           int line)
{
    if (grow_tables(d))
        return NULL;
    jx_table *t = &d->tables[d->ntables];
    memset(t, 0, sizeof *t);
    t->kind = kind;
    t->layout = layout;
    t->line = line;
    t->funds.total = t->funds.fiscal = t->funds.other = NAN;
    t->execution.initial = t->execution.budget = t->execution.executed = NAN;
    t->execution.adjusted = NAN;
    t->execution.points = t->execution.rate = t->execution.score = NAN;
    t->total_printed = NAN;
    d->icap[d->ntables] = 0;
    d->ntables++;
    return t;
}

/* The first array of table ti's indicators: as many as the table before
 * it holds (the tables of a document are alike: a table that fits its
 * first array is not copied again), a power of two from 4 to 16 (a small
 * table after a large one wastes at most 16 rows). */
static size_t first_icap(const jx_doc *d, size_t ti)
{
    size_t prev = ti ? d->tables[ti - 1].n : 0, n = 4;
    while (n < prev && n < 16)
        n *= 2;
    return n;
}

jx_indicator *jx_doc_add_indicator_to(jx_doc *d, size_t ti)
{
    if (ti >= d->ntables)
        return NULL;
    jx_table *t = &d->tables[ti];
    size_t need = t->n + 1;
    if (!d->icap[ti] && !t->ind)
        need = first_icap(d, ti);
    if (t->n == SIZE_MAX || grow((void **)&t->ind, &d->icap[ti], need, sizeof *t->ind))
        return NULL;
    jx_indicator *ind = &t->ind[t->n++];
    memset(ind, 0, sizeof *ind);
    ind->target_raw = "";
    ind->target.raw = "";
    ind->points = ind->score = NAN;
    return ind;
}

jx_indicator *jx_doc_add_indicator(jx_doc *d)
{
    return d->ntables ? jx_doc_add_indicator_to(d, d->ntables - 1) : NULL;
}

char *jx_doc_strndup(jx_doc *d, const char *s, size_t n)
{
    return jx_arena_strndup(&d->arena, s, n);
}

const char *jx_doc_strdup(jx_doc *d, const char *s)
{
    return jx_arena_strdup(&d->arena, s);
}

/* ---- values parsed once per text ---- */

/* Remembered values at most (in the arena, up to ~700 bytes each): the
 * distinct texts of a big document beyond these are parsed every time. */
#define VMEMO_MAX 4096

/* Copies v (its header and the thresholds it uses: jx_value_parse
 * leaves the others unwritten) into out. */
static void value_copy(jx_value *out, const jx_value *v)
{
    memcpy(out, v, offsetof(jx_value, t) + v->n * sizeof v->t[0]);
}

/* Remembers v, parsed from its raw text: the key is that text, which
 * must be in d's arena.  Nothing is remembered when memory is short. */
static void vmemo_put(jx_doc *d, const jx_value *v)
{
    if (d->nvals >= VMEMO_MAX ||
        grow((void **)&d->vals, &d->vcap, d->nvals + 1, sizeof *d->vals))
        return;
    jx_value *m = jx_arena_alloc(&d->arena, offsetof(jx_value, t) + v->n * sizeof v->t[0]);
    if (!m || jx_map_put(&d->vmap, v->raw, v->raw_len, d->nvals) < 0)
        return;
    value_copy(m, v);
    d->vals[d->nvals++] = m;
}

static const jx_value *vmemo_get(const jx_doc *d, const char *s, size_t n)
{
    size_t k;
    return d->nvals && jx_map_get(&d->vmap, s, n, &k) ? d->vals[k] : NULL;
}

int jx_doc_value(jx_doc *d, const char *s, size_t n, jx_value *out, jx_error *err)
{
    const jx_value *m = vmemo_get(d, s, n);
    if (m) {
        value_copy(out, m);
        out->raw = s;
        return JX_OK;
    }
    int rc = jx_value_parse(s, n, out, err);
    char *key;
    if (rc == JX_OK && n && d->nvals < VMEMO_MAX && (key = jx_doc_strndup(d, s, n))) {
        out->raw = key;
        vmemo_put(d, out);
        out->raw = s;
    }
    return rc;
}

int jx_doc_set_target(jx_doc *d, jx_indicator *ind, const char *s, size_t n,
                      jx_error *err)
{
    /* the text seen before: its copy and its value are shared */
    const jx_value *m = vmemo_get(d, s, n);
    if (m) {
        value_copy(&ind->target, m);
        ind->target_raw = m->raw;
        return JX_OK;
    }
    char *raw = jx_doc_strndup(d, s, n);
    if (!raw)
        return jx_fail(err, JX_ENOMEM, NULL, 0, 0, "内存不足");
    ind->target_raw = raw;
    jx_error e2 = {0};
    int rc = jx_value_parse(raw, n, &ind->target, &e2);
    if (rc == JX_ENOMEM)
        return jx_fail(err, JX_ENOMEM, NULL, 0, 0, "内存不足");
    if (rc != JX_OK) {
        /* over-long cell: keep the text, record why it is not parsed */
        ind->target.raw = raw;
        ind->target.raw_len = n;
        ind->target.kind = JX_V_DAMAGED;
        ind->target.damage = "单元格过长，未解析";
    } else if (n) {
        vmemo_put(d, &ind->target);
    }
    return JX_OK;
}

void jx_doc_add_note(jx_doc *d, int line, const char *code, const char *message)
{
    if (grow((void **)&d->notes, &d->ncap, d->nnotes + 1, sizeof *d->notes)) {
        d->nomem = 1; /* jx_doc_parse reports it */
        return;
    }
    jx_note *n = &d->notes[d->nnotes];
    n->line = line;
    n->code = jx_arena_strdup(&d->arena, code);
    n->message = jx_arena_strdup(&d->arena, message);
    if (n->code && n->message)
        d->nnotes++;
}

void jx_doc_notef(jx_doc *d, int line, const char *code, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    jx_doc_add_note(d, line, code, msg);
}

void jx_doc_finish(jx_doc *d)
{
    size_t w = 0;
    jx_map_free(&d->tmap); /* indices change below */
    /* the values of a parse: the memory back, scoring remembers anew */
    jx_map_free(&d->vmap);
    free(d->vals);
    d->vals = NULL;
    d->nvals = d->vcap = 0;
    for (size_t i = 0; i < d->ntables; i++) {
        jx_table *t = &d->tables[i];
        if (t->n == 0 && isnan(t->funds.total) && !t->name && !t->code &&
            isnan(t->execution.budget) && isnan(t->execution.executed)) {
            free(t->ind);
            continue;
        }
        if (w != i) {
            d->tables[w] = *t;
            d->icap[w] = d->icap[i];
        }
        w++;
    }
    d->ntables = w;
}

/* ---- accessors ---- */

const char *jx_doc_source(const jx_doc *d) { return d->source; }
const char *jx_doc_unit(const jx_doc *d) { return d->unit; }
int jx_doc_year(const jx_doc *d) { return d->year; }
double jx_doc_project_spending(const jx_doc *d) { return d->project_spending; }
size_t jx_doc_ntables(const jx_doc *d) { return d->ntables; }
jx_table *jx_doc_table(jx_doc *d, size_t i)
{
    return i < d->ntables ? &d->tables[i] : NULL;
}
size_t jx_doc_nnotes(const jx_doc *d) { return d->nnotes; }
const jx_note *jx_doc_note(const jx_doc *d, size_t i)
{
    return i < d->nnotes ? &d->notes[i] : NULL;
}

const char *jx_layout_name(jx_layout l)
{
    static const char *const names[] = {"department", "wide", "form",
                                        "selfeval", "records"};
    return (unsigned)l < JX_ARRAY_LEN(names) ? names[l] : "?";
}

const char *jx_table_kind_name(jx_table_kind k)
{
    return k == JX_TABLE_DEPARTMENT ? "department" : "project";
}

const char *jx_doc_empty_reason(const jx_doc *d)
{
    if (d->ntables)
        return NULL;
    for (size_t i = 0; i < d->nnotes; i++)
        if (!strcmp(d->notes[i].code, "no-table"))
            return d->notes[i].message;
    return NULL;
}

const char *jx_doc_line_pos(const jx_doc *d, int line)
{
    if (line <= 0)
        return NULL;
    for (size_t t = 0; t < d->ntables; t++)
        for (size_t i = 0; i < d->tables[t].n; i++)
            if (d->tables[t].ind[i].line == line && d->tables[t].ind[i].pos)
                return d->tables[t].ind[i].pos;
    for (size_t t = 0; t < d->ntables; t++)
        if (d->tables[t].line == line && d->tables[t].pos)
            return d->tables[t].pos;
    return NULL;
}

