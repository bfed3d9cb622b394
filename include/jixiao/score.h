/*
 * score.h - the year-end self-evaluation of one document (绩效自评): the
 * targets matched with their actuals, every indicator scored by the
 * pack with its explanation, 预算执行率, totals and grades, and the
 * findings an officer must see; and its writers (table, Markdown, JSON,
 * CSV, Chinese CSV, Excel, HTML, PDF).
 *
 * A scorecard borrows from what it was made of: the engine (rule and
 * grade names) and both documents (tables, indicators, sources).  Free
 * it before them.  Everything it hands out lives as long as it does.
 */
#ifndef JIXIAO_SCORE_H
#define JIXIAO_SCORE_H

#include <stdio.h>
#include "jixiao/base.h"
#include "jixiao/doc.h"
#include "jixiao/engine.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct jx_scorecard jx_scorecard;

/* Flags for jx_score_doc. */
#define JX_SCORE_VERIFY 1u      /* compare each printed 得分, total and
                                   execution rate with the pack's (--verify) */
#define JX_SCORE_PACK_POINTS 2u /* every 分值 from the pack, not the sheet
                                   (re-scoring with another pack's weights) */

/*
 * Scores targets against actuals (a second document: filled template,
 * YAML or JSON list), or, when actuals is NULL, against the 实际完成值
 * carried by the targets themselves (a filled self-evaluation form).
 * Frame targets first (jx_engine_frame) as the command does.  An actual
 * that matches no indicator, or one given twice, is an input error
 * (JX_EINPUT naming the actuals file and line).  On success *out is the
 * scorecard (jx_scorecard_free); a failing rule is a finding, not an
 * error.  Both documents are written to (framing, and the values parsed
 * are remembered in them): score a document from one thread at a time.
 */
JX_API jx_status jx_score_doc(jx_engine *e, jx_doc *targets, jx_doc *actuals,
                              unsigned flags, jx_scorecard **out, struct jx_error *err);
/* NULL is a no-op. */
JX_API void jx_scorecard_free(jx_scorecard *sc);

/* The targets' source and the pack's name. */
JX_API const char *jx_scorecard_source(const jx_scorecard *sc);
JX_API const char *jx_scorecard_pack(const jx_scorecard *sc);

/* Scored tables, in the targets' order (t: 0-based). */
JX_API size_t jx_scorecard_ntables(const jx_scorecard *sc);
/* The targets' table t; NULL beyond the count. */
JX_API const jx_table *jx_scorecard_table(const jx_scorecard *sc, size_t t);
/* Its total (indicators + 预算执行率) and the points available, rounded
 * as the pack says; NaN beyond the count. */
JX_API double jx_scorecard_total(const jx_scorecard *sc, size_t t);
JX_API double jx_scorecard_points(const jx_scorecard *sc, size_t t);
/* Its grade ("优" …); NULL when nothing in it could be scored. */
JX_API const char *jx_scorecard_grade(const jx_scorecard *sc, size_t t);
/* How many of its rows (and its 预算执行率) were left unscored (no
 * actual, a unit that does not fit, a rule error): with any, the total
 * and grade are provisional (暂定).  0 beyond the count. */
JX_API size_t jx_scorecard_unscored(const jx_scorecard *sc, size_t t);
/* Its 预算执行率 score; NULL when the table takes none (department). */
JX_API const jx_score *jx_scorecard_execution(const jx_scorecard *sc, size_t t);
/* Its scored rows (the 年度 indicators). */
JX_API size_t jx_scorecard_nrows(const jx_scorecard *sc, size_t t);
/* Row r of table t: the score with its explanation; NULL beyond the
 * counts.  When not NULL, *ind is set to the target indicator and
 * *actual to the 实际完成值 as written (NULL when none was given). */
JX_API const jx_score *jx_scorecard_row(const jx_scorecard *sc, size_t t, size_t r,
                                        const jx_indicator **ind, const char **actual);

/* Findings, in the order they were found; source is the targets'. */
JX_API size_t jx_scorecard_nfindings(const jx_scorecard *sc);
JX_API const jx_finding *jx_scorecard_finding(const jx_scorecard *sc, size_t i);

/* ---- writers ---- */

typedef enum jx_sc_format {
    JX_SC_TABLE = 0, /* for a terminal, Chinese */
    JX_SC_MD,        /* the same as Markdown */
    JX_SC_JSON,      /* docs/formats.md */
    JX_SC_CSV,       /* one row per indicator, English field names */
    JX_SC_CSV_ZH,    /* for Excel/WPS: Chinese headers, 总分 rows, BOM */
    JX_SC_XLSX,      /* the scored 自评表 (binary) */
    JX_SC_HTML,      /* one printable page, no network */
    JX_SC_PDF        /* that page printed by headless Chromium (binary) */
} jx_sc_format;

/* "table", "md", "json", "csv", "csv-zh", "xlsx", "html", "pdf";
 * JX_EUSAGE for another name. */
JX_API jx_status jx_sc_format_parse(const char *name, jx_sc_format *out);

/* Flags for the writers. */
#define JX_SC_EXPLAIN 1u /* table, md: the formula under each row */

/* Writes sc to out.  Nothing is written when out of memory (JX_ENOMEM);
 * JX_EIO when out fails (err.file empty: the caller names out).  XLSX
 * and PDF go through a temporary file; PDF needs Chromium (JX_EIO with a
 * message saying so). */
JX_API jx_status jx_scorecard_write(const jx_scorecard *sc, jx_sc_format f, unsigned flags,
                                    FILE *out, struct jx_error *err);
/* The same into the file at path (created or truncated; err names it). */
JX_API jx_status jx_scorecard_write_file(const jx_scorecard *sc, jx_sc_format f,
                                         unsigned flags, const char *path,
                                         struct jx_error *err);

/* A page of HTML (what jx_scorecard_write or jx_review_write gave as
 * HTML, len bytes) printed to PDF by headless Chromium, as JX_SC_PDF
 * does, and written to out.  The page is only read during the call; it
 * goes through temporary files under $TMPDIR.  JX_EIO when out fails or
 * Chromium is missing or fails (a Chinese message saying so). */
JX_API jx_status jx_html_pdf_write(const char *html, size_t len, FILE *out,
                                   struct jx_error *err);

#ifdef __cplusplus
}
#endif

#endif
