/*
 * template.h - the fill-in sheet for the year's actuals (自评填报表):
 * one row per 年度 indicator of the targets with its 分值 from the pack,
 * and per project the 预算执行率 inputs (全年预算数, 全年执行数).  What
 * `jixiao template` writes: CSV (UTF-8 with BOM, for Excel and WPS), an
 * Excel workbook laid out like the official 自评表, YAML or JSON; a
 * filled sheet reads back as the actuals of jx_score_doc.
 *
 * A template borrows its engine and its document: free it before them.
 * Making it sets every table's 分值 from the pack (jx_engine_points),
 * in the document itself.  What it hands out lives as long as it does.
 */
#ifndef JIXIAO_TEMPLATE_H
#define JIXIAO_TEMPLATE_H

#include <stdio.h>
#include "jixiao/base.h"
#include "jixiao/doc.h"
#include "jixiao/engine.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct jx_template jx_template;

typedef enum jx_tpl_format {
    JX_TPL_CSV = 0, /* UTF-8 with BOM, Chinese headers */
    JX_TPL_XLSX,    /* the 自评表 workbook: cells to fill, hints, a 说明 sheet (binary) */
    JX_TPL_YAML,    /* jixiao's actuals list, with comments for the person filling it */
    JX_TPL_JSON     /* the same list as JSON */
} jx_tpl_format;

/* "csv", "xlsx", "yaml", "json"; JX_EUSAGE for another name. */
JX_API jx_status jx_tpl_format_parse(const char *name, jx_tpl_format *out);

/*
 * The template of doc (framed with e first, as the command does):
 * reads the pack's 预算执行率 name and 分值 and sets every table's 分值.
 * A table whose 分值 the pack cannot give is no failure here: see
 * jx_template_table_error.  JX_EINPUT when doc has no table, JX_ENOMEM;
 * on success *out is the template (jx_template_free).
 */
JX_API jx_status jx_template_new(jx_engine *e, jx_doc *doc, jx_template **out,
                                 struct jx_error *err);
/* NULL is a no-op. */
JX_API void jx_template_free(jx_template *tp);

/* Why the pack gave no 分值 for table t of the document (0-based):
 * JX_ERULE with the message; NULL when it gave them (or t is beyond the
 * count).  Lives as long as tp. */
JX_API const struct jx_error *jx_template_table_error(const jx_template *tp, size_t t);

/* Writes the template as f to out.  CSV, YAML and JSON leave the 分值
 * of a table in error empty; XLSX is not written at all then (the
 * first table error is returned, JX_ERULE).  Nothing is written when
 * out of memory (JX_ENOMEM); JX_EIO when out fails (err.file empty: the
 * caller names out).  XLSX goes through a temporary file. */
JX_API jx_status jx_template_write(const jx_template *tp, jx_tpl_format f, FILE *out,
                                   struct jx_error *err);
/* The same into the file at path (created or truncated; err names it). */
JX_API jx_status jx_template_write_file(const jx_template *tp, jx_tpl_format f,
                                        const char *path, struct jx_error *err);

#ifdef __cplusplus
}
#endif

#endif
