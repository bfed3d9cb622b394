/*
 * findings.c - the list of findings behind a review and a batch line
 * (findings.h).
 */
#include "findings.h"

#include <stdlib.h>

void jx_flist_init(jx_flist *l)
{
    memset(l, 0, sizeof *l);
    jx_arena_init(&l->arena);
}

void jx_flist_free(jx_flist *l)
{
    free(l->v);
    jx_arena_free(&l->arena);
    memset(l, 0, sizeof *l);
}

int jx_flist_add(jx_flist *l, const jx_finding *f)
{
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 32;
        jx_fitem *v = realloc(l->v, cap * sizeof *v);
        if (!v) {
            l->nomem = 1;
            return -1;
        }
        l->v = v;
        l->cap = cap;
    }
    jx_fitem *x = &l->v[l->n];
    x->f.severity = f->severity;
    x->f.code = jx_arena_strdup(&l->arena, f->code);
    x->f.message = jx_arena_strdup(&l->arena, f->message);
    x->f.source = jx_arena_strdup(&l->arena, f->source);
    x->f.project = jx_arena_strdup(&l->arena, f->project);
    x->f.indicator = jx_arena_strdup(&l->arena, f->indicator);
    x->f.line = f->line;
    x->seq = l->n++;
    if (l->arena.failed)
        l->nomem = 1;
    return l->nomem ? -1 : 0;
}

static int by_line(const void *a, const void *b)
{
    const jx_fitem *x = a, *y = b;
    if (x->f.line != y->f.line)
        return x->f.line < y->f.line ? -1 : 1;
    int k = strcmp(x->f.code ? x->f.code : "", y->f.code ? y->f.code : "");
    if (k)
        return k;
    k = strcmp(x->f.message ? x->f.message : "", y->f.message ? y->f.message : "");
    if (k)
        return k;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

void jx_flist_sort(jx_flist *l, size_t from)
{
    if (from < l->n)
        qsort(l->v + from, l->n - from, sizeof *l->v, by_line);
}
