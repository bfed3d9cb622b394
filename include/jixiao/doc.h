/*
 * doc.h - a parsed disclosure: the 绩效目标 tables found in one input and
 * their indicator records.
 *
 * A jx_doc owns all its memory in one arena: every string and record it
 * hands out lives until jx_doc_free().  Tables and indicators are plain
 * structs, read directly.  Numbers that a table leaves empty are NaN.
 */
#ifndef JIXIAO_DOC_H
#define JIXIAO_DOC_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include "jixiao/base.h"
#include "jixiao/value.h"

#ifdef __cplusplus
extern "C" {
#endif

struct jx_error;

typedef enum jx_table_kind {
    JX_TABLE_DEPARTMENT = 0, /* 部门（单位）整体绩效目标 */
    JX_TABLE_PROJECT         /* 项目绩效目标 / 项目支出绩效自评 */
} jx_table_kind;

/* Which layout a table was read from (domain.md §5) */
typedef enum jx_layout {
    JX_LAYOUT_DEPARTMENT = 0, /* 1: 一级/二级/三级/指标值/指标解释/指标说明 */
    JX_LAYOUT_WIDE,           /* 2: project rows with 产出/效益/满意度 pairs */
    JX_LAYOUT_FORM,           /* 3: 预算10表, 实施期 and 年度 side by side */
    JX_LAYOUT_SELFEVAL,       /* 4: 项目支出绩效自评表 */
    JX_LAYOUT_RECORDS         /* CSV / JSON / YAML in jixiao's schema */
} jx_layout;

typedef struct jx_funds { /* 万元 */
    double total;  /* 资金总额 */
    double fiscal; /* 财政性资金 / 财政拨款 */
    double other;  /* 其他资金 */
} jx_funds;

/* The funds block of a self-evaluation table (预算执行率 inputs). */
typedef struct jx_execution {
    double initial;  /* 年初预算数 */
    double budget;   /* 全年预算数 A */
    double adjusted; /* 调整后预算数, NaN when the form has none */
    double executed; /* 全年执行数 B */
    double points;   /* 分值 */
    double rate;     /* 执行率 B/A as printed, percent */
    double score;    /* 得分 as printed */
} jx_execution;

typedef struct jx_indicator {
    const char *level1; /* 一级指标, never NULL for a finished record */
    const char *level2; /* 二级指标, NULL when neither table nor pack says */
    const char *level3; /* 三级指标 */
    const char *period; /* NULL, or "年度" / "实施期" (layout 3) */
    const char *target_raw; /* 指标值 verbatim ("" when empty) */
    jx_value target;        /* parse of target_raw */
    const char *explanation; /* 指标解释 / 指标说明, joined; NULL if none */
    int line;                /* source line of the 三级 name (text), or the
                                sheet row / table row of an office file */
    const char *pos;         /* where a person finds the row in an office
                                file ("自评表.xlsx!Sheet1!C12", "p.3 第12行");
                                NULL for plain text, where line says it */
    uint8_t level2_inferred; /* level2 came from the pack, not the table */
    uint8_t level1_inferred; /* level1 likewise (a 一级 cell lost) */
    uint8_t realigned;       /* the parser moved this row; see note */
    uint8_t split;           /* one of several names found in one cell */
    const char *note;             /* parser's remark, NULL if none */
    /* year-end columns (layout 4, filled templates); NULL / NaN if absent */
    const char *actual_raw; /* 实际完成值 */
    double points;          /* 分值 */
    double score;           /* 得分 */
    const char *deviation;  /* 偏差原因分析及改进措施 */
    /* a 变动率 indicator's inputs on a filled template: 本年数 and
     * 上年数（或上年实际）as written; the pack computes the rate from them */
    const char *current_raw;
    const char *previous_raw;
} jx_indicator;

typedef struct jx_table {
    jx_table_kind kind;
    jx_layout layout;
    const char *code;       /* project code "312001-2", or unit code; NULL */
    const char *name;       /* project name, or department name */
    const char *department; /* 主管部门 / 单位名称, NULL if not given */
    jx_funds funds;
    jx_execution execution; /* layout 4 only; NaN elsewhere */
    double total_printed;   /* 总分 as printed (layout 4), else NaN */
    int line;               /* where the table (or project row) starts */
    const char *pos;        /* the same for a person, in an office file
                               ("自评表.xlsx!Sheet1!A3"); NULL for text */
    size_t n;               /* indicators */
    jx_indicator *ind;
} jx_table;

/* Something the parser noticed and handled: a realigned row, a skipped
 * fragment, a split cell.  Checks turn these into findings. */
typedef struct jx_note {
    int line;
    const char *code;    /* stable: "realigned", "split-cell", … */
    const char *message; /* Chinese, for a person */
} jx_note;

typedef struct jx_doc jx_doc;

typedef enum jx_encoding {
    JX_ENC_AUTO = 0, /* BOM, then UTF-8 if valid, else GB18030 */
    JX_ENC_UTF8,
    JX_ENC_GB18030
} jx_encoding;

typedef enum jx_format {
    JX_FMT_AUTO = 0, /* by extension, then by content */
    JX_FMT_TEXT,     /* TAB-separated text extracted from PDF/Word */
    JX_FMT_CSV,      /* comma- or TAB-separated with a Chinese header row */
    JX_FMT_JSON,     /* jixiao's record schema (the output of parse) */
    JX_FMT_YAML,
    JX_FMT_XLSX,     /* Excel/WPS workbook: every sheet a table source */
    JX_FMT_DOCX,     /* Word/WPS document: its tables and paragraphs */
    JX_FMT_HTML,     /* a web page: its <table>s (charset as declared) */
    JX_FMT_PDF,      /* text placed on pages, via poppler's pdftotext */
    JX_FMT_LEGACY    /* .xls/.doc/.et/.wps, converted by LibreOffice */
} jx_format;

typedef struct jx_parse_opts {
    jx_encoding encoding;
    jx_format format;
    const char *sheet; /* office files: read only this sheet (name or 1-based
                          number); NULL for all */
    int table;         /* office files: read only the N-th table (1-based:
                          a sheet, a Word/HTML table); 0 for all */
    int kind;          /* 0: decided from the tables (title, 项目名称, 一级
                          names); 1: every table is the department's
                          (部门整体); 2: every table is a project's */
    int stage;         /* 0: decided from the columns; 1: target tables
                          (绩效目标表); 2: self-evaluations (自评表) */
    /* Largest input accepted, in bytes; 0 means the default, 256 MiB.
     * A bigger input fails with JX_ELIMIT; jx_doc_parse_file stops
     * reading at max_input + 1 bytes (pipes and devices too). */
    size_t max_input;
    /* The header vocabulary: which header names mean which column, from a
     * rule pack (jx_engine_columns; it must outlive the call).  NULL: the
     * national pack's (rules/national/columns.lua), compiled in. */
    const struct jx_columns *columns;
} jx_parse_opts;

/* "xlsx", "docx", "html", "pdf", "legacy", "text", "csv", "json", "yaml"
 * (static strings); jx_format_parse also takes the aliases (tsv, yml,
 * xls, doc, …) and returns JX_EUSAGE for an unknown name. */
JX_API const char *jx_format_name(jx_format f);
JX_API jx_status jx_format_parse(const char *s, jx_format *out);

/*
 * Reads a whole input.  name is used in messages and as the document's
 * source ("-" for stdin).  Returns JX_OK with *out set, or an error with
 * *out NULL and err filled (file, line, cell).  An input with no target
 * table is not an error: the document simply has no tables.
 */
JX_API jx_status jx_doc_parse(const char *data, size_t len, const char *name,
                              const jx_parse_opts *opts, jx_doc **out,
                              struct jx_error *err);
/* The same for a file ("-" is stdin, named "<stdin>"). */
JX_API jx_status jx_doc_parse_file(const char *path, const jx_parse_opts *opts,
                                   jx_doc **out, struct jx_error *err);
/* Frees the document and every string, table and note it handed out.
 * NULL is a no-op. */
JX_API void jx_doc_free(jx_doc *doc);

/* The strings below live as long as doc. */
JX_API const char *jx_doc_source(const jx_doc *doc);
JX_API const char *jx_doc_unit(const jx_doc *doc); /* department name or NULL */
JX_API int jx_doc_year(const jx_doc *doc);         /* 0 when unknown */
/* 项目支出 total from the document's budget tables (万元), NaN if none */
JX_API double jx_doc_project_spending(const jx_doc *doc);

JX_API size_t jx_doc_ntables(const jx_doc *doc);
/* When the document has no table: why, for a person ("第 5 行有表头…，但其后
 *没有读出任何指标行"); NULL when it has tables.  Lives as long as doc. */
JX_API const char *jx_doc_empty_reason(const jx_doc *doc);
/* Where a person finds source line `line` of an office file
 * ("自评表.xlsx!Sheet1!C12", "p.3 第12行"): the pos of the record read from
 * it; NULL for plain text (the line says it) or an unknown line.  Lives as
 * long as doc. */
JX_API const char *jx_doc_line_pos(const jx_doc *doc, int line);
/* Table i (0-based; NULL when i >= jx_doc_ntables).  The table, its
 * indicators and their strings live as long as doc; jx_engine_frame
 * changes them in place (the pointers stay valid). */
JX_API jx_table *jx_doc_table(jx_doc *doc, size_t i);
JX_API size_t jx_doc_nnotes(const jx_doc *doc);
/* Note i (NULL when i >= jx_doc_nnotes).  The pointer is valid until the
 * next jx_doc_add_note or jx_engine_frame on doc (the notes array may
 * move); the strings in it live as long as doc. */
JX_API const jx_note *jx_doc_note(const jx_doc *doc, size_t i);

/* A copy of s that lives as long as the document (for rules that
 * rename); NULL when out of memory. */
JX_API const char *jx_doc_strdup(jx_doc *doc, const char *s);
/* Adds a note; code and message are copied. */
JX_API void jx_doc_add_note(jx_doc *doc, int line, const char *code,
                            const char *message);

/* Writers: stable machine formats (docs/formats.md), and a Chinese view
 * for people.  Nothing is written when out of memory (JX_ENOMEM); JX_EIO
 * when f fails. */
JX_API jx_status jx_doc_write_json(FILE *f, jx_doc *const *docs, size_t n, int pretty);
JX_API jx_status jx_doc_write_ndjson(FILE *f, jx_doc *doc);
JX_API jx_status jx_doc_write_csv(FILE *f, jx_doc *const *docs, size_t n);
JX_API jx_status jx_doc_write_table(FILE *f, jx_doc *doc);

/* Static names: "department", "wide", "form", "selfeval", "records";
 * "department", "project". */
JX_API const char *jx_layout_name(jx_layout l);
JX_API const char *jx_table_kind_name(jx_table_kind k);

#ifdef __cplusplus
}
#endif

#endif
