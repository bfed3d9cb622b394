/*
 * write.h - internal: the writers for what an officer hands in: the
 * 自评表 as an Excel workbook (fill-in template and scored form), the
 * printable HTML report, and PDF through headless Chromium.  One file
 * per format under core/write/, with the machine formats of a document
 * (json.c, csv.c, table.c); the scorecard's machine formats are in
 * score.c.
 */
#ifndef JX_WRITE_H
#define JX_WRITE_H

#include "scorecard.h"

/* What the fill-in template states besides the tables. */
typedef struct jx_template_info {
    const char *pack;      /* rule pack that gave the 分值 */
    const char *exec_name; /* "预算执行率" */
    double exec_points;    /* its 分值, NaN when the pack gives none */
    int year;              /* 0 when unknown */
    /* a 变动率 indicator, whose rate is computed from 本年数 and 上年数:
     * its sheet gets those two columns (NULL: none does) */
    int (*wants_years)(const jx_indicator *ind, void *ud);
    void *ud;
} jx_template_info;

/* The fill-in 自评表 (one sheet per table, a 说明 sheet), written to path.
 * The tables' points must already be set (jx_engine_points). */
int jx_template_xlsx(const char *path, jx_doc *d, const jx_template_info *ti,
                     jx_error *err);

/* What is behind the jx_template of jixiao/template.h (template.c). */
struct jx_template {
    jx_engine *e;
    jx_doc *d;
    jx_template_info ti; /* wants_years: jx_template_wants_years, ud e */
    jx_error *errs;      /* per table: code JX_OK when the pack gave its 分值 */
    size_t n;            /* tables */
};
/* A 变动率 indicator gets 本年数 and 上年数 columns (ud: the engine). */
int jx_template_wants_years(const jx_indicator *ind, void *ud);
/* The CSV, YAML or JSON template into b (write/template.c). */
void jx_template_text(jx_buf *b, const jx_template *tp, jx_tpl_format f);

/* The scored 自评表 with subtotals, deviation list and findings. */
int jx_scorecard_xlsx(const char *path, const jx_scorecard *sc, jx_error *err);

/* The scored rows for a person opening the file in Excel: Chinese
 * headers, 暂定 and 等级 in the 总分 rows (UTF-8 with BOM). */
int jx_scorecard_csv_zh(jx_buf *b, const jx_scorecard *sc);

/* One self-contained printable page (A4, no network). */
int jx_scorecard_html(jx_buf *b, const jx_scorecard *sc);

/* A reviewer's findings as one printable page (check --format html). */
int jx_findings_html(jx_buf *b, const jx_finding *f, size_t n, const char *pack);

/* Appends s to b with & < > " ' escaped. */
void jx_html_escape(jx_buf *b, const char *s);

/* Prints the HTML in html to out_path as PDF with headless Chromium.
 * JX_EIO with a Chinese message when no Chromium is installed. */
int jx_html_to_pdf(const char *html, size_t len, const char *out_path, jx_error *err);

/* Hints and helpers shared by the writers (write/common.c). */
const char *jx_write_hint(const jx_indicator *ind, char *buf, size_t n);
/* Per-一级 subtotals of a scored table: at most cap groups. */
typedef struct jx_level1_sum {
    const char *name;
    double points, score;
    size_t unscored;
} jx_level1_sum;
size_t jx_level1_sums(const jx_scored_table *st, jx_level1_sum *out, size_t cap);
/* Runs fn on a fresh temporary file, copies the file to out, removes it.
 * fn returns 0 or a jx_status it has already put in err. */
int jx_write_via_temp(int (*fn)(const char *path, void *ud), void *ud, FILE *out,
                      jx_error *err);

/* ---- machine formats of a document and the pieces score.c reuses ---- */

/* json.c, csv.c, table.c; used by score and batch output too. */
void jx_json_value(jx_buf *b, const jx_value *v);
void jx_json_indicator(jx_buf *b, const jx_indicator *ind);
void jx_json_doc(jx_buf *b, const jx_doc *d);
/* A finding as the score and check JSON write it: severity, code,
 * message, source, line, project, indicator. */
void jx_json_finding(jx_buf *b, const jx_finding *f);

/* The JSON literals of strings a writer has put into one buffer, by the
 * string's address: a string met again (the document's name in every
 * finding, a rule name in most rows, a row's 三级 in its finding) is
 * copied from where it was written instead of escaped again.  Only for
 * strings that do not change while the buffer is written; zeroed to
 * start (s[] at least).  A slot holds the last string whose address
 * falls in it. */
#define JX_JSON_SEEN 128 /* power of 2 */
typedef struct jx_json_seen {
    const char *s[JX_JSON_SEEN];
    size_t off[JX_JSON_SEEN], len[JX_JSON_SEEN];
} jx_json_seen;
/* s as jx_buf_json_cstr writes it (NULL as null), through w. */
void jx_json_seen_str(jx_buf *b, jx_json_seen *w, const char *s);
/* jx_json_finding, its short strings through w (the message is never
 * the same twice). */
void jx_json_finding_seen(jx_buf *b, const jx_finding *f, jx_json_seen *w);
void jx_csv_cell(jx_buf *b, const char *s, int first); /* quoted as needed */
void jx_csv_num(jx_buf *b, double d);                  /* ",N" or "," */
void jx_pad(jx_buf *b, const char *s, size_t w);      /* pad/cut to w cols */

/* Writes the buffer to f unless an append failed (then nothing at all,
 * so a truncated document never comes out); frees it.  JX_OK, JX_ENOMEM
 * or JX_EIO. */
int jx_write_flush(FILE *f, jx_buf *b);

#endif
