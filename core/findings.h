/*
 * findings.h - internal: a list of findings (jx_finding) that owns copies
 * of their strings, in the one order every report uses: by line, then
 * code and message (a pack iterating with pairs() must not change the
 * order from run to run), then arrival.  The review (check.c) and the
 * batch line (batch.c) collect into it.
 */
#ifndef JX_FINDINGS_H
#define JX_FINDINGS_H

#include "jixiao/jixiao.h"
#include "util.h"

#include <stdarg.h>

typedef struct jx_fitem {
    jx_finding f;
    size_t seq; /* arrival */
} jx_fitem;

typedef struct jx_flist {
    jx_arena arena; /* the findings' strings */
    jx_fitem *v;
    size_t n, cap;
    int nomem; /* a finding was lost */
} jx_flist;

void jx_flist_init(jx_flist *l);
void jx_flist_free(jx_flist *l);
/* Adds a copy of f; -1 (and l->nomem) when out of memory. */
int jx_flist_add(jx_flist *l, const jx_finding *f);
/* Orders findings [from, n). */
void jx_flist_sort(jx_flist *l, size_t from);
static inline const jx_finding *jx_flist_at(const jx_flist *l, size_t i)
{
    return &l->v[i].f;
}

/* vsnprintf(buf, size, fmt, ap), the same bytes, for the messages of
 * findings: %s, %%, %d and %zu are copied or written as digits, and a
 * double in %.0f, %.1f, %.2f (rounded exactly, as printf does) or an
 * integral one in %.15g too; only another double in %.15g takes one
 * snprintf, and a format with any other conversion is vsnprintf's. */
int jx_msg_vformat(char *buf, size_t size, const char *fmt, va_list ap);
int jx_msg_format(char *buf, size_t size, const char *fmt, ...) JX_PRINTF(3, 4);

#endif
