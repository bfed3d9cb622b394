/*
 * doc_int.h - internal: the jx_doc behind doc.h and the builder the
 * readers fill it with (doc.c, amount.c).  Readers (read/read.h) and
 * writers (write/write.h) include this; it includes neither.
 */
#ifndef JX_DOC_INT_H
#define JX_DOC_INT_H

#include "jixiao/jixiao.h"
#include "util.h"

struct jx_doc {
    jx_arena arena;
    const char *source;
    const char *unit;
    int year;
    double project_spending;
    jx_table *tables; /* malloc'd; each tables[i].ind malloc'd */
    size_t ntables, tcap;
    size_t *icap;     /* capacity of tables[i].ind */
    jx_note *notes;
    size_t nnotes, ncap;
    int nomem;    /* a note could not be kept: the parse fails ENOMEM */
    jx_map tmap;  /* records.c: table index by kind and code or name */
    /* values parsed so far, by their text (jx_doc_value): a table says
     * "≥95%" or "达成" row after row, each text is parsed once */
    jx_map vmap;
    const jx_value **vals; /* in the arena */
    size_t nvals, vcap;
};

jx_doc *jx_doc_new(const char *source);
/* Appends an empty table (numbers NaN); NULL on ENOMEM. */
jx_table *jx_doc_add_table(jx_doc *d, jx_table_kind kind, jx_layout layout,
                           int line);
/* Appends an empty indicator to the last table (or to table ti); NULL
 * on ENOMEM.  The pointer is good until the next indicator is added to
 * that table (the array grows with realloc): keep indices, not pointers,
 * across adds; so with jx_table pointers across jx_doc_add_table. */
jx_indicator *jx_doc_add_indicator(jx_doc *d);
jx_indicator *jx_doc_add_indicator_to(jx_doc *d, size_t ti);
/* Copies n bytes into the document's arena. */
char *jx_doc_strndup(jx_doc *d, const char *s, size_t n);
/* Sets ind->target_raw (copied) and parses it; a parse failure (bad bytes
 * were already rejected by the decoder) leaves an empty value. */
int jx_doc_set_target(jx_doc *d, jx_indicator *ind, const char *s, size_t n,
                      jx_error *err);
/* jx_value_parse of n bytes at s, remembered in d by the text: the same
 * text again is copied, not parsed.  out->raw is s, as jx_value_parse
 * sets it.  For values read while d lives (its targets, or its actuals
 * while they are scored). */
int jx_doc_value(jx_doc *d, const char *s, size_t n, jx_value *out, jx_error *err);
void jx_doc_notef(jx_doc *d, int line, const char *code, const char *fmt, ...)
    JX_PRINTF(4, 5);
/* Drops tables without indicators that carry nothing (no funds). */
void jx_doc_finish(jx_doc *d);

/* Whether an indicator takes points and a score: the 年度 (or only)
 * period, and not a row that holds nothing but a placeholder ("……" as
 * name and value: a blank template row). */
static inline int jx_indicator_scored(const jx_indicator *ind)
{
    if (ind->target.kind == JX_V_PLACEHOLDER && ind->level3 &&
        !strcmp(ind->level3, ind->target_raw))
        return 0;
    return !ind->period || !strcmp(ind->period, "年度");
}

/* Number as printed in a funds cell: "44,914.3", "5058.44", "29.34万元";
 * NaN when empty; returns 0 when the cell holds no number at all. */
int jx_parse_amount(const char *s, size_t n, double *out);

#endif
