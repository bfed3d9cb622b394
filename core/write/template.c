/*
 * template.c - the fill-in sheet as text (`template --format csv|yaml|json`):
 * one row per 年度 indicator with empty 实际完成值, 得分 and 偏差原因,
 * and the 预算执行率 inputs per project (in the CSV right after its
 * project, in YAML/JSON an execution list).  CSV is UTF-8 with BOM so
 * Excel and WPS open it right.  The workbook is in xlsx.c.
 */
#include <math.h>
#include <stdio.h>

#include "doc_int.h"
#include "write.h"

/* A 变动率 indicator's 本年数 and 上年数 on a CSV row of another
 * indicator: nothing to fill. */
#define NO_YEARS "/"

static const char *num(char *buf, size_t n, double v)
{
    if (isnan(v))
        return "";
    snprintf(buf, n, "%.2f", v);
    /* 2 decimals, trailing zeros dropped: 12.5, 10, 1.54 */
    char *dot = strchr(buf, '.');
    if (dot) {
        char *end = buf + strlen(buf) - 1;
        while (end > dot && *end == '0')
            *end-- = '\0';
        if (end == dot)
            *end = '\0';
    }
    return buf;
}

static void yq(jx_buf *b, const char *s)
{
    if (!s) {
        jx_buf_puts(b, "null");
        return;
    }
    jx_buf_json_str(b, s, strlen(s)); /* a JSON string is a YAML string */
}

static int wants_years(const jx_template *tp, const jx_indicator *ind)
{
    return tp->ti.wants_years(ind, tp->ti.ud);
}

/* The BOM and header row, or the start of the YAML/JSON document. */
static void head(jx_buf *b, const jx_template *tp, jx_tpl_format f)
{
    if (f == JX_TPL_CSV) {
        jx_buf_puts(b, "\xEF\xBB\xBF表类型,项目编码,项目名称,一级指标,二级指标,三级指标,"
                       "年度指标值,分值,实际完成值,本年数,上年数（或上年实际）,得分,"
                       "偏差原因分析及改进措施,全年预算数,全年执行数\n");
        return;
    }
    if (f == JX_TPL_JSON)
        jx_buf_puts(b, "{\"source\":");
    else
        jx_buf_puts(b, "# jixiao 自评填报表：填写 actual（实际完成值）、deviation（偏差原因），\n"
                       "# 以及每个项目的 budget（全年预算数）和 executed（全年执行数）。\n"
                       "# 分值：同一一级指标下各三级指标平分该一级的分值，保留两位小数，\n"
                       "# 除不尽的差额放在最后一项（如 50 分分给 3 项：16.67、16.67、16.66）。\n"
                       "source: ");
    yq(b, jx_doc_source(tp->d));
    jx_buf_puts(b, f == JX_TPL_JSON ? ",\"actuals\":[" : "\nactuals:\n");
}

static void csv_row(jx_buf *b, const jx_template *tp, const jx_table *t,
                    const jx_indicator *ind)
{
    char p[32];
    jx_csv_cell(b, t->kind == JX_TABLE_DEPARTMENT ? "部门整体" : "项目", 1);
    jx_csv_cell(b, t->code, 0);
    jx_csv_cell(b, t->kind == JX_TABLE_PROJECT ? t->name : NULL, 0);
    jx_csv_cell(b, ind->level1, 0);
    jx_csv_cell(b, ind->level2, 0);
    jx_csv_cell(b, ind->level3, 0);
    jx_csv_cell(b, ind->target_raw, 0);
    jx_csv_cell(b, num(p, sizeof p, ind->points), 0);
    /* 实际完成值, then 本年数 and 上年数 */
    jx_buf_puts(b, wants_years(tp, ind) ? ",,," : ",," NO_YEARS "," NO_YEARS);
    jx_buf_puts(b, ",,,,\n");
}

/* One item of the actuals list; first: the list's first (JSON commas). */
static void list_row(jx_buf *b, const jx_template *tp, const jx_table *t,
                     const jx_indicator *ind, int json, int first)
{
    char p[32];
    jx_buf_puts(b, json ? (first ? "\n  {" : ",\n  {") : "  - {");
    jx_buf_puts(b, json ? "\"kind\":" : "kind: ");
    yq(b, t->kind == JX_TABLE_DEPARTMENT ? "department" : "project");
    jx_buf_puts(b, json ? ",\"code\":" : ", code: ");
    yq(b, t->code);
    jx_buf_puts(b, json ? ",\"name\":" : ", name: ");
    yq(b, t->kind == JX_TABLE_PROJECT ? t->name : NULL);
    jx_buf_puts(b, json ? ",\"level1\":" : ",\n      level1: ");
    yq(b, ind->level1);
    jx_buf_puts(b, json ? ",\"level2\":" : ", level2: ");
    yq(b, ind->level2);
    jx_buf_puts(b, json ? ",\"level3\":" : ", level3: ");
    yq(b, ind->level3);
    jx_buf_puts(b, json ? ",\"target\":" : ",\n      target: ");
    yq(b, ind->target_raw);
    jx_buf_puts(b, json ? ",\"points\":" : ", points: ");
    jx_buf_puts(b, isnan(ind->points) ? "null" : num(p, sizeof p, ind->points));
    jx_buf_puts(b, json ? ",\"actual\":\"\"" : ",\n      actual: \"\"");
    if (wants_years(tp, ind)) /* the two numbers the rate is computed from */
        jx_buf_puts(b, json ? ",\"current\":null,\"previous\":null"
                            : ", current: null, previous: null");
    jx_buf_puts(b, json ? ",\"score\":null,\"deviation\":\"\"}"
                        : ", score: null, deviation: \"\"}\n");
}

/* 预算执行率 beside its project in the CSV, not at the bottom. */
static void csv_execution(jx_buf *b, const jx_template *tp, const jx_table *t)
{
    char p[32];
    jx_csv_cell(b, "项目", 1);
    jx_csv_cell(b, t->code, 0);
    jx_csv_cell(b, t->name, 0);
    jx_csv_cell(b, tp->ti.exec_name, 0);
    jx_buf_puts(b, ",,,");
    jx_csv_cell(b, num(p, sizeof p, tp->ti.exec_points), 0);
    jx_buf_puts(b, ",,,,,,,\n");
}

/* The rows of every table: the CSV's, or the YAML/JSON actuals list. */
static void rows(jx_buf *b, const jx_template *tp, jx_tpl_format f)
{
    int first = 1;
    for (size_t ti = 0; ti < jx_doc_ntables(tp->d); ti++) {
        const jx_table *t = jx_doc_table(tp->d, ti);
        for (size_t i = 0; i < t->n; i++) {
            const jx_indicator *ind = &t->ind[i];
            if ((ind->period && strcmp(ind->period, "年度")) || !jx_indicator_scored(ind))
                continue; /* 实施期 rows and placeholders (……) take no actual */
            if (f == JX_TPL_CSV)
                csv_row(b, tp, t, ind);
            else
                list_row(b, tp, t, ind, f == JX_TPL_JSON, first);
            first = 0;
        }
        if (f == JX_TPL_CSV && t->kind == JX_TABLE_PROJECT)
            csv_execution(b, tp, t);
    }
}

/* YAML/JSON: the execution list, one item per project, and the end. */
static void execution_list(jx_buf *b, const jx_template *tp, int json)
{
    jx_buf_puts(b, json ? "\n],\"execution\":[" : "execution:\n");
    int first = 1;
    for (size_t ti = 0; ti < jx_doc_ntables(tp->d); ti++) {
        const jx_table *t = jx_doc_table(tp->d, ti);
        if (t->kind != JX_TABLE_PROJECT)
            continue;
        jx_buf_puts(b, json ? (first ? "\n  {" : ",\n  {") : "  - {");
        first = 0;
        jx_buf_puts(b, json ? "\"code\":" : "code: ");
        yq(b, t->code);
        jx_buf_puts(b, json ? ",\"name\":" : ", name: ");
        yq(b, t->name);
        jx_buf_puts(b, json ? ",\"budget\":null,\"executed\":null}"
                            : ", budget: null, executed: null}\n");
    }
    if (json)
        jx_buf_puts(b, "\n]}\n");
}

void jx_template_text(jx_buf *b, const jx_template *tp, jx_tpl_format f)
{
    head(b, tp, f);
    rows(b, tp, f);
    if (f != JX_TPL_CSV)
        execution_list(b, tp, f == JX_TPL_JSON);
}
