/*
 * check.h - a review (绩效目标审核): the pack's checks run over one or
 * more documents, the findings collected in order and written as the
 * `check` command writes them (text like a compiler, JSON, CSV, or a
 * printable HTML page of 审核意见).
 *
 * A review copies every finding: it borrows nothing from the documents
 * (free each after jx_review_doc) and needs its engine until
 * jx_review_write.  What it hands out lives as long as it does.
 */
#ifndef JIXIAO_CHECK_H
#define JIXIAO_CHECK_H

#include <stdio.h>
#include "jixiao/base.h"
#include "jixiao/doc.h"
#include "jixiao/engine.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct jx_review jx_review;

typedef enum jx_review_format {
    JX_REVIEW_TEXT = 0, /* FILE:LINE: severity[code]: message, then a count */
    JX_REVIEW_JSON,     /* {"findings":[…],"summary":{…}} (docs/formats.md) */
    JX_REVIEW_CSV,      /* UTF-8 with BOM, one finding per row */
    JX_REVIEW_HTML      /* one printable page (A4), no network */
} jx_review_format;

/* "text", "json", "csv", "html"; JX_EUSAGE for another name. */
JX_API jx_status jx_review_format_parse(const char *name, jx_review_format *out);

/* A review with the checks of e's pack, written as f. */
JX_API jx_status jx_review_new(jx_engine *e, jx_review_format f, jx_review **out,
                               struct jx_error *err);
/* NULL is a no-op. */
JX_API void jx_review_free(jx_review *r);

/* Runs the checks over doc and adds its findings, ordered by line (then
 * code and message); a document without tables gets a "no-tables" error
 * finding.  A check that fails is a "rule-error" finding; the status is
 * jx_engine_check's (JX_OK, or JX_ELIMIT/JX_ERULE with err filled when
 * the document could not be handed to the checks at all, also reported
 * as a finding) or JX_ENOMEM. */
JX_API jx_status jx_review_doc(jx_review *r, jx_doc *doc, struct jx_error *err);

/* The findings so far; source, strings and all live as long as r. */
JX_API size_t jx_review_nfindings(const jx_review *r);
JX_API const jx_finding *jx_review_finding(const jx_review *r, size_t i);
/* How many findings have severity s. */
JX_API size_t jx_review_count(const jx_review *r, jx_severity s);

/* Writes the report of every document reviewed so far to out.  JX_ENOMEM
 * when it could not be built whole (what was built is written), JX_EIO
 * when out fails. */
JX_API jx_status jx_review_write(const jx_review *r, FILE *out, struct jx_error *err);

#ifdef __cplusplus
}
#endif

#endif
