/*
 * test_office.c - office front ends (core/read/): the grids they build
 * from XLSX, DOCX, HTML, PDF and legacy files (cells, spans, positions,
 * number formats), that each fixture reads into the same records as the
 * TAB text of the same table, detection by content, and hostile files.
 *
 * Fixtures: tests/office/fixtures, made by tests/office/make-fixtures.sh
 * from the tables written out in make-fixtures.py (NAME.txt is the TAB
 * text of each).  Expected cells below are read off those tables.
 */
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "doc_int.h"
#include "grid.h"
#include "jixiao/jixiao.h"
#include "read/office.h"

#define FIX JX_SOURCE_DIR "/tests/office/fixtures/"

typedef int (*front_fn)(jx_grids *, const char *, size_t, const char *, jx_error *);

static void grids_of(const char *file, front_fn fn, jx_grids *gs)
{
    char *data;
    size_t len;
    jx_error err = {0};
    cr_assert_eq(jx_read_file(file, &data, &len, &err), JX_OK,
                 "%s", err.msg);
    memset(gs, 0, sizeof *gs);
    int rc = fn(gs, data, len, file, &err);
    free(data);
    cr_assert_eq(rc, JX_OK, "%s: %s", file, err.msg);
}

static const jx_cell *cell(const jx_grid *g, size_t row, int col)
{
    cr_assert_lt(row, g->nrows);
    cr_assert_lt(col, g->rows[row].n, "row %zu has %d cells", row, g->rows[row].n);
    return &g->rows[row].c[col];
}

/* The grid row whose line (sheet row / table row) is line, outside rows
 * skipped. */
static size_t row_at(const jx_grid *g, int line)
{
    for (size_t i = 0; i < g->nrows; i++)
        if (g->rows[i].line == line && !(g->rows[i].flags & JX_ROW_OUTSIDE))
            return i;
    cr_assert_fail("no row %d", line);
    return 0;
}

static jx_doc *load(const char *path, const jx_parse_opts *o)
{
    jx_doc *d = NULL;
    jx_error err = {0};
    cr_assert_eq(jx_doc_parse_file(path, o, &d, &err), JX_OK, "%s: %s", path, err.msg);
    return d;
}

static int load_err(const char *path, jx_error *err)
{
    jx_doc *d = NULL;
    memset(err, 0, sizeof *err);
    int rc = jx_doc_parse_file(path, NULL, &d, err);
    jx_doc_free(d);
    return rc;
}

static void same_str(const char *a, const char *b, const char *what, size_t i)
{
    if (!a || !b)
        cr_assert(a == b, "%s of #%zu: %s vs %s", what, i, a ? a : "NULL", b ? b : "NULL");
    else
        cr_assert_str_eq(a, b, "%s of #%zu", what, i);
}

static void same_num(double a, double b, const char *what, size_t i)
{
    cr_assert((isnan(a) && isnan(b)) || a == b, "%s of #%zu: %g vs %g", what, i, a, b);
}

/* The records of the office file equal those of its TAB text, line and
 * position aside.  Returns the number of indicators compared. */
static size_t same_records(const char *txt, const char *office)
{
    jx_doc *a = load(txt, NULL), *b = load(office, NULL);
    cr_assert_eq(jx_doc_ntables(a), jx_doc_ntables(b), "%s: tables", office);
    cr_assert_eq(jx_doc_year(a), jx_doc_year(b));
    same_str(jx_doc_unit(a), jx_doc_unit(b), "unit", 0);
    size_t n = 0;
    for (size_t t = 0; t < jx_doc_ntables(a); t++) {
        jx_table *x = jx_doc_table(a, t), *y = jx_doc_table(b, t);
        cr_assert_eq(x->kind, y->kind);
        cr_assert_eq(x->layout, y->layout);
        same_str(x->code, y->code, "code", t);
        same_str(x->name, y->name, "name", t);
        same_num(x->funds.total, y->funds.total, "funds", t);
        same_num(x->execution.rate, y->execution.rate, "rate", t);
        same_num(x->total_printed, y->total_printed, "total", t);
        cr_assert_eq(x->n, y->n, "%s: table %zu indicators %zu vs %zu", office, t, x->n,
                     y->n);
        for (size_t i = 0; i < x->n; i++, n++) {
            const jx_indicator *p = &x->ind[i], *q = &y->ind[i];
            same_str(p->level1, q->level1, "level1", i);
            same_str(p->level2, q->level2, "level2", i);
            same_str(p->level3, q->level3, "level3", i);
            same_str(p->target_raw, q->target_raw, "target", i);
            same_str(p->explanation, q->explanation, "explanation", i);
            same_str(p->actual_raw, q->actual_raw, "actual", i);
            same_str(p->deviation, q->deviation, "deviation", i);
            same_num(p->points, q->points, "points", i);
            same_num(p->score, q->score, "score", i);
        }
    }
    jx_doc_free(a);
    jx_doc_free(b);
    return n;
}

static int have(const char *prog)
{
    const char *path = getenv("PATH");
    char buf[4096];
    snprintf(buf, sizeof buf, "%s", path ? path : "");
    for (char *dir = strtok(buf, ":"); dir; dir = strtok(NULL, ":")) {
        char p[4200];
        snprintf(p, sizeof p, "%s/%s", dir, prog);
        if (access(p, X_OK) == 0)
            return 1;
    }
    return 0;
}

/* ---- XLSX ---- */

Test(xlsx, selfeval_grid_spans_formats_positions)
{
    jx_grids gs;
    grids_of(FIX "selfeval.xlsx", jx_grid_from_xlsx, &gs);
    cr_assert_eq(gs.n, 1);
    const jx_grid *g = gs.g[0];
    cr_assert_str_eq(g->name, "自评表");
    cr_assert_eq(g->source, JX_GRID_SHEET);
    cr_assert_eq(g->nrows, 20);
    cr_assert_eq(g->ncols, 9);
    /* A1:I1 title merged across */
    cr_assert_str_eq(cell(g, 0, 0)->s, "项目支出绩效自评表");
    cr_assert_eq(cell(g, 0, 0)->colspan, 9);
    cr_assert_eq(cell(g, 0, 8)->flags & JX_CELL_COVERED_LEFT, JX_CELL_COVERED_LEFT);
    /* 执行率 stored as 0.9 with 0% -> "90%"; 140 a plain number */
    size_t r7 = row_at(g, 7);
    cr_assert_str_eq(cell(g, r7, 6)->s, "90%");
    cr_assert(cell(g, r7, 6)->flags & JX_CELL_NUMBER);
    cr_assert_str_eq(cell(g, r7, 2)->s, "140");
    /* 绩效指标 A12:A19, (50分) B13:B16; covered cells empty and flagged */
    size_t r12 = row_at(g, 12), r13 = row_at(g, 13), r14 = row_at(g, 14);
    cr_assert_str_eq(cell(g, r12, 0)->s, "绩效指标");
    cr_assert_eq(cell(g, r12, 0)->rowspan, 8);
    cr_assert_str_eq(cell(g, r13, 1)->s, "(50分)");
    cr_assert_eq(cell(g, r13, 1)->rowspan, 4);
    cr_assert_str_eq(cell(g, r14, 1)->s, "");
    cr_assert(cell(g, r14, 1)->flags & JX_CELL_COVERED_UP);
    cr_assert(cell(g, r14, 0)->flags & JX_CELL_COVERED_UP);
    /* 12.5 and 14.68 without trailing zeros, 96% from 0.96 */
    size_t r18 = row_at(g, 18);
    cr_assert_str_eq(cell(g, r18, 7)->s, "14.68");
    cr_assert_str_eq(cell(g, row_at(g, 14), 5)->s, "96%");
    char pos[64];
    cr_assert_str_eq(jx_grid_pos(g, &g->rows[r13], 3, pos, sizeof pos), "自评表!D13");
    jx_grids_free(&gs);
}

Test(xlsx, number_formats_as_excel_shows_them)
{
    jx_grids gs;
    grids_of(FIX "formats.xlsx", jx_grid_from_xlsx, &gs);
    const jx_grid *g = gs.g[0];
    static const char *const want[] = {"2023年12月31日", "2023-12-31", "2021-03-01",
                                       "95.50%", "95%", "12.5", "1200", "0.3", "≥95%"};
    cr_assert_eq(g->nrows, 9);
    for (size_t i = 0; i < 9; i++) {
        cr_assert_eq(g->rows[i].line, (int)i + 1);
        cr_assert_str_eq(cell(g, i, 0)->s, want[i], "A%zu", i + 1);
        cr_assert_eq(!!(cell(g, i, 0)->flags & JX_CELL_NUMBER), i < 8, "A%zu", i + 1);
    }
    cr_assert(g->rows[8].flags & JX_ROW_HIDDEN);
    cr_assert_not(g->rows[7].flags & JX_ROW_HIDDEN);
    jx_grids_free(&gs);
}

/* Formats that print text around the number ("亩" in 0"亩", "≥" in
 * "≥"0%, 元 in 0\元): the cell reads as the sheet shows it, "5000亩". */
Test(xlsx, unit_text_of_number_formats)
{
    jx_grids gs;
    grids_of(FIX "unit-formats.xlsx", jx_grid_from_xlsx, &gs);
    const jx_grid *g = gs.g[0];
    static const char *const want[] = {"5000亩", "420.00万元", "≥95%", "150元",
                                       "35人",   "8000户",     "12个"};
    cr_assert_eq(g->nrows, 7);
    for (size_t i = 0; i < 7; i++)
        cr_expect_str_eq(cell(g, i, 0)->s, want[i], "A%zu", i + 1);
    jx_grids_free(&gs);
}

Test(xlsx, two_sheets_in_order_with_names)
{
    jx_grids gs;
    grids_of(FIX "two-sheets.xlsx", jx_grid_from_xlsx, &gs);
    cr_assert_eq(gs.n, 2);
    cr_assert_str_eq(gs.g[0]->name, "部门整体");
    cr_assert_str_eq(gs.g[1]->name, "项目自评");
    cr_assert_str_eq(cell(gs.g[1], row_at(gs.g[1], 3), 1)->s, "城乡居民医疗救助");
    jx_grids_free(&gs);
}

Test(xlsx, hidden_column_flagged_not_dropped)
{
    jx_grids gs;
    grids_of(FIX "dept.xlsx", jx_grid_from_xlsx, &gs);
    const jx_grid *g = gs.g[0];
    size_t r = row_at(g, 3);
    cr_assert_str_eq(cell(g, r, 5)->s, "指标说明");
    cr_assert(cell(g, r, 5)->flags & JX_CELL_HIDDEN);
    cr_assert_not(cell(g, r, 4)->flags & JX_CELL_HIDDEN);
    /* 100% typed as the number 1 with a 0% format */
    cr_assert_str_eq(cell(g, row_at(g, 6), 3)->s, "100%");
    cr_assert(cell(g, row_at(g, 6), 3)->flags & JX_CELL_NUMBER);
    jx_grids_free(&gs);
}

Test(xlsx, shared_strings_of_libreoffice)
{
    jx_grids gs;
    grids_of(FIX "two-sheets-lo.xlsx", jx_grid_from_xlsx, &gs);
    cr_assert_eq(gs.n, 2);
    cr_assert_str_eq(cell(gs.g[0], row_at(gs.g[0], 3), 2)->s, "三级指标");
    jx_grids_free(&gs);
}

Test(xlsx, same_records_as_text)
{
    cr_assert_eq(same_records(FIX "selfeval.txt", FIX "selfeval.xlsx"), 7);
    cr_assert_eq(same_records(FIX "selfeval.txt", FIX "selfeval-text.xlsx"), 7);
    cr_assert_eq(same_records(FIX "dept.txt", FIX "dept.xlsx"), 11);
    cr_assert_eq(same_records(FIX "two-sheets.txt", FIX "two-sheets.xlsx"), 16);
    cr_assert_eq(same_records(FIX "two-sheets.txt", FIX "two-sheets-lo.xlsx"), 16);
}

Test(xlsx, sheet_and_table_options)
{
    jx_parse_opts o = {.sheet = "项目自评"};
    jx_doc *d = load(FIX "two-sheets.xlsx", &o);
    cr_assert_eq(jx_doc_ntables(d), 1);
    cr_assert_str_eq(jx_doc_table(d, 0)->code, "312001-5");
    jx_doc_free(d);
    o.sheet = "1";
    d = load(FIX "two-sheets.xlsx", &o);
    cr_assert_eq(jx_doc_ntables(d), 1);
    cr_assert_eq(jx_doc_table(d, 0)->kind, JX_TABLE_DEPARTMENT);
    jx_doc_free(d);
    jx_parse_opts t = {.table = 3};
    jx_error err = {0};
    cr_assert_eq(jx_doc_parse_file(FIX "two-sheets.xlsx", &t, &d, &err), JX_ENOTFOUND);
    cr_assert(strstr(err.msg, "共 2 个") && strstr(err.msg, "项目自评"), "%s", err.msg);
}

Test(xlsx, actuals_sheet_reads_like_the_csv)
{
    /* the template header (表类型 …) goes through the CSV records path */
    jx_doc *a = load(JX_SOURCE_DIR "/examples/luolong-2021.actuals.csv", NULL);
    jx_doc *b = load(FIX "luolong-2021.actuals.xlsx", NULL);
    cr_assert_eq(jx_doc_ntables(a), jx_doc_ntables(b));
    size_t n = 0;
    for (size_t t = 0; t < jx_doc_ntables(a); t++) {
        jx_table *x = jx_doc_table(a, t), *y = jx_doc_table(b, t);
        cr_assert_eq(x->layout, JX_LAYOUT_RECORDS);
        cr_assert_eq(x->n, y->n);
        same_num(x->execution.budget, y->execution.budget, "budget", t);
        for (size_t i = 0; i < x->n; i++, n++) {
            same_str(x->ind[i].level3, y->ind[i].level3, "level3", i);
            same_str(x->ind[i].actual_raw, y->ind[i].actual_raw, "actual", i);
            same_num(x->ind[i].points, y->ind[i].points, "points", i);
            cr_assert(y->ind[i].pos && !strncmp(y->ind[i].pos, "实际完成值!F", 16),
                      "pos %s", y->ind[i].pos ? y->ind[i].pos : "NULL");
        }
    }
    cr_assert_gt(n, 100);
    jx_doc_free(a);
    jx_doc_free(b);
}

/* ---- DOCX ---- */

Test(docx, vertical_merges_and_title_paragraphs)
{
    jx_grids gs;
    grids_of(FIX "selfeval.docx", jx_grid_from_docx, &gs);
    cr_assert_eq(gs.n, 1);
    const jx_grid *g = gs.g[0];
    cr_assert_str_eq(g->name, "表格1");
    /* the two title paragraphs sit on top, flagged outside */
    cr_assert(g->rows[0].flags & JX_ROW_OUTSIDE);
    cr_assert_str_eq(cell(g, 0, 0)->s, "项目支出绩效自评表");
    cr_assert_str_eq(cell(g, 1, 0)->s, "（2021年度）");
    /* table row 1 = 项目名称 with B:I merged (gridSpan 8) */
    size_t r1 = row_at(g, 1);
    cr_assert_str_eq(cell(g, r1, 0)->s, "项目名称");
    cr_assert_eq(cell(g, r1, 1)->colspan, 8);
    cr_assert(cell(g, r1, 2)->flags & JX_CELL_COVERED_LEFT);
    /* 绩效指标: vMerge restart on table row 10, continued 7 rows */
    size_t r10 = row_at(g, 10), r11 = row_at(g, 11);
    cr_assert_str_eq(cell(g, r10, 0)->s, "绩效指标");
    cr_assert_eq(cell(g, r10, 0)->rowspan, 8);
    cr_assert(cell(g, r11, 0)->flags & JX_CELL_COVERED_UP);
    cr_assert_str_eq(cell(g, r11, 1)->s, "(50分)");
    cr_assert_eq(cell(g, r11, 1)->rowspan, 4);
    cr_assert_str_eq(cell(g, r11, 4)->s, "≤16人");
    char pos[64];
    cr_assert_str_eq(jx_grid_pos(g, &g->rows[r11], 3, pos, sizeof pos),
                     "表格1 第11行第4列");
    jx_grids_free(&gs);
}

Test(docx, same_records_as_text)
{
    cr_assert_eq(same_records(FIX "selfeval.txt", FIX "selfeval.docx"), 7);
    cr_assert_eq(same_records(FIX "dept.txt", FIX "dept.docx"), 11);
    cr_assert_eq(same_records(FIX "long.txt", FIX "long.docx"), 43);
}

/* ---- HTML ---- */

Test(html, occupancy_grid_and_outside_text)
{
    jx_grids gs;
    grids_of(FIX "selfeval.html", jx_grid_from_html, &gs);
    cr_assert_eq(gs.n, 1);
    const jx_grid *g = gs.g[0];
    cr_assert_str_eq(g->name, "表格1");
    int nav = 0, script = 0, contact = 0;
    for (size_t i = 0; i < g->nrows; i++)
        for (int k = 0; k < g->rows[i].n; k++) {
            nav |= strstr(g->rows[i].c[k].s, "首页 > 信息公开") != NULL;
            script |= strstr(g->rows[i].c[k].s, "不是表格") != NULL;
            contact |= (g->rows[i].flags & JX_ROW_OUTSIDE) &&
                       strstr(g->rows[i].c[k].s, "联系电话") != NULL;
        }
    cr_assert(nav, "text before the table kept");
    cr_assert(contact, "text after the table appended");
    cr_assert_not(script, "script ignored");
    /* rowspan 8 on 绩效指标; the next row's cells shifted right of it */
    size_t r10 = row_at(g, 10), r11 = row_at(g, 11);
    cr_assert_str_eq(cell(g, r10, 0)->s, "绩效指标");
    cr_assert_eq(cell(g, r10, 0)->rowspan, 8);
    cr_assert(cell(g, r11, 0)->flags & JX_CELL_COVERED_UP);
    cr_assert_str_eq(cell(g, r11, 3)->s, "离休干部人数");
    /* <td><p><span>…</span></p></td> flattened; &nbsp; cell empty */
    cr_assert_str_eq(cell(g, r11, 8)->s, "");
    jx_grids_free(&gs);
}

Test(html, gb2312_page)
{
    jx_grids gs;
    grids_of(FIX "dept-gb2312.html", jx_grid_from_html, &gs);
    const jx_grid *g = gs.g[0];
    cr_assert_str_eq(cell(g, row_at(g, 3), 0)->s, "履职效能");
    jx_grids_free(&gs);
}

Test(html, same_records_as_text)
{
    cr_assert_eq(same_records(FIX "selfeval.txt", FIX "selfeval.html"), 7);
    cr_assert_eq(same_records(FIX "dept.txt", FIX "dept-gb2312.html"), 11);
}

/* ---- PDF ---- */

/* A header of two rows (dev12 p02, html printed by LibreOffice): 指标值
 * above the line with 三级指标, merged over "2025 年度" and "实施期（2025-
 * 2027" / "年）" printed below it, beside the first rows' 一级/二级 labels:
 * two value columns, the labels left in the body. */
Test(pdf, period_columns_under_a_merged_target_header)
{
    if (!have("pdftotext"))
        cr_skip_test("pdftotext 未安装（apt-get install poppler-utils）");
    jx_grids gs;
    grids_of(FIX "merged-target-header.pdf", jx_grid_from_pdf, &gs);
    const jx_grid *g = gs.g[0];
    const jx_grow *h = NULL, *first = NULL;
    for (size_t i = 0; i < g->nrows && !first; i++) {
        const jx_grow *r = &g->rows[i];
        if (!h && r->n > 2 && !strcmp(r->c[2].s, "三级指标"))
            h = r;
        else if (h && r->n > 2 && !strcmp(r->c[2].s, "传统村落保护修缮"))
            first = r;
    }
    cr_assert(h && first);
    cr_assert_eq(h->n, 5);
    cr_expect_str_eq(h->c[3].s, "指标值2025年度");
    cr_expect_str_eq(h->c[4].s, "指标值实施期（2025-2027年）");
    cr_expect_str_eq(first->c[0].s, "产出指标");
    cr_expect_str_eq(first->c[3].s, "8个");
    cr_expect_str_eq(first->c[4].s, "24个");
    jx_grids_free(&gs);
}

/* A 三级 name wrapped in a Word cell whose neighbour (指标解释) took a
 * line more: its second line ("圃") stands two visual lines below the
 * first and is joined to it, not read as a record of its own (dev13 p01). */
Test(pdf, wrapped_name_two_lines_below)
{
    if (!have("pdftotext"))
        cr_skip_test("pdftotext 未安装（apt-get install poppler-utils）");
    jx_doc *d = load(FIX "wrapped-name-pdf.pdf", NULL);
    int whole = 0, piece = 0;
    for (size_t t = 0; t < jx_doc_ntables(d); t++) {
        const jx_table *tb = jx_doc_table(d, t);
        for (size_t i = 0; i < tb->n; i++) {
            whole += !strcmp(tb->ind[i].level3, "新建沙棘良种采穗圃");
            piece += !strcmp(tb->ind[i].level3, "圃");
        }
    }
    cr_expect_gt(whole, 0);
    cr_expect_eq(piece, 0);
    jx_doc_free(d);
}

/* A table going on over a page break without its header: page 2 opens
 * with a new row ("患者满意度", "≥90%" on its first line) under a row
 * whose value was whole ("≤1.6万元"): the two values are two rows'
 * (dev13 p03). */
Test(pdf, whole_values_do_not_join_over_a_page_break)
{
    if (!have("pdftotext"))
        cr_skip_test("pdftotext 未安装（apt-get install poppler-utils）");
    jx_doc *d = load(FIX "page-break-no-header.pdf", NULL);
    int cost = 0, sat = 0;
    for (size_t t = 0; t < jx_doc_ntables(d); t++) {
        const jx_table *tb = jx_doc_table(d, t);
        for (size_t i = 0; i < tb->n; i++) {
            if (!strcmp(tb->ind[i].level3, "人均公用经费")) {
                cost = 1;
                cr_expect_str_eq(tb->ind[i].target_raw, "≤1.6万元");
            }
            if (!strcmp(tb->ind[i].level3, "患者满意度")) {
                sat = 1;
                cr_expect_str_eq(tb->ind[i].target_raw, "≥90%");
            }
        }
    }
    cr_expect(cost && sat);
    jx_doc_free(d);
}

Test(pdf, page_break_joined_header_skipped)
{
    if (!have("pdftotext"))
        cr_skip_test("pdftotext 未安装（apt-get install poppler-utils）");
    jx_grids gs;
    grids_of(FIX "long.pdf", jx_grid_from_pdf, &gs);
    cr_assert_eq(gs.n, 1);
    const jx_grid *g = gs.g[0];
    int headers = 0, breaks = 0, maxpage = 0;
    for (size_t i = 0; i < g->nrows; i++) {
        const jx_grow *r = &g->rows[i];
        if (r->n > 2 && !strcmp(r->c[2].s, "三级指标"))
            headers++;
        breaks += (r->flags & JX_ROW_PAGEBREAK) != 0;
        if (r->page > maxpage)
            maxpage = r->page;
    }
    cr_assert_eq(headers, 1, "the repeated header rows are left out");
    cr_assert_geq(maxpage, 2);
    cr_assert_eq(breaks, maxpage - 1);
    /* a row split by the page break is one row: 管理事项1办结率 whole */
    int whole = 0;
    for (size_t i = 0; i < g->nrows; i++)
        if (g->rows[i].n > 4 && !strcmp(g->rows[i].c[2].s, "管理事项1办结率"))
            whole = !strcmp(g->rows[i].c[4].s,
                            "反映第1项管理事项按期办结的情况，按季度统计，年末汇总");
    cr_assert(whole);
    jx_grids_free(&gs);
}

Test(pdf, same_records_as_text)
{
    if (!have("pdftotext"))
        cr_skip_test("pdftotext 未安装（apt-get install poppler-utils）");
    cr_assert_eq(same_records(FIX "selfeval.txt", FIX "selfeval.pdf"), 7);
    cr_assert_eq(same_records(FIX "long.txt", FIX "long.pdf"), 43);
}

/* A web page printed to PDF: centred cells, a 三级 name wrapped over
 * three lines beside one-line values, dates wrapped in two columns, merged
 * labels centred (fixtures/pdf-wrap.expected.tsv, written before the
 * reader ran on it; make-pdf-wrap.py). */
Test(pdf, wrapped_centred_cells_are_one_cell)
{
    if (!have("pdftotext"))
        cr_skip_test("pdftotext 未安装（apt-get install poppler-utils）");
    static const char *want[][6] = {
        {"产出指标", "数量指标", "农村饮水安全巩固提升工程受益人口", "≥12000人", "12650人", "10"},
        {"产出指标", "数量指标", "新建集中供水站", "3处", "3处", "10"},
        {"产出指标", "质量指标", "水质检测合格率", "≥95%", "97.5%", "10"},
        {"产出指标", "时效指标", "工程完工时间", "2024年10月31日前", "2024年10月25日", "10"},
        {"效益指标", "社会效益指标", "农村自来水普及率", "≥92%", "93.1%", "20"},
        {"效益指标", "可持续影响指标", "工程长效运行管护机制", "健全", "健全", "10"},
        {"满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "94%", "10"},
    };
    jx_doc *d = load(FIX "pdf-wrap.pdf", NULL);
    cr_assert_eq(jx_doc_ntables(d), 1);
    jx_table *t = jx_doc_table(d, 0);
    cr_assert_eq(t->n, 7);
    for (size_t i = 0; i < 7; i++) {
        const jx_indicator *x = &t->ind[i];
        same_str(x->level1, want[i][0], "level1", i);
        same_str(x->level2, want[i][1], "level2", i);
        same_str(x->level3, want[i][2], "level3", i);
        same_str(x->target_raw, want[i][3], "target", i);
        same_str(x->actual_raw, want[i][4], "actual", i);
        same_num(x->points, atof(want[i][5]), "points", i);
    }
    jx_doc_free(d);
}

/* Printed tables whose merged labels, wrapped cells and values the reader
 * must put back as an officer would (tests/office/make-pdf-merged.py, the
 * expected records written from its rows before the reader ran on them):
 * labels centred over several rows or at their top, 三级 names wrapped in a
 * narrow column, rows of one to three lines, cells without padding, a
 * spreadsheet's print with bottom-aligned text and right-aligned numbers,
 * 分值/得分 and a 合计 row.  Each NAME.expected.tsv: level1 level2 level3
 * target actual points score. */
static void same_as_expected(const char *pdf, const char *tsv)
{
    FILE *fp = fopen(tsv, "r");
    cr_assert(fp, "%s", tsv);
    jx_doc *d = load(pdf, NULL);
    cr_assert_eq(jx_doc_ntables(d), 1, "%s", pdf);
    const jx_table *t = jx_doc_table(d, 0);
    char line[2048];
    size_t i = 0;
    cr_assert(fgets(line, sizeof line, fp)); /* the header */
    while (fgets(line, sizeof line, fp)) {
        char *f[7] = {0}, *p = line;
        line[strcspn(line, "\n")] = '\0';
        for (int k = 0; k < 7; k++) {
            f[k] = p;
            p = p ? strchr(p, '\t') : NULL;
            if (p)
                *p++ = '\0';
        }
        cr_assert_lt(i, t->n, "%s: only %zu records", pdf, t->n);
        const jx_indicator *x = &t->ind[i];
        same_str(x->level1, f[0], "level1", i);
        same_str(x->level2, f[1], "level2", i);
        same_str(x->level3, f[2], "level3", i);
        same_str(x->target_raw, f[3], "target", i);
        same_str(x->actual_raw, *f[4] ? f[4] : NULL, "actual", i);
        same_num(x->points, *f[5] ? atof(f[5]) : NAN, "points", i);
        same_num(x->score, f[6] && *f[6] ? atof(f[6]) : NAN, "score", i);
        i++;
    }
    fclose(fp);
    cr_assert_eq(t->n, i, "%s: %zu records, %zu expected", pdf, t->n, i);
    jx_doc_free(d);
}

Test(pdf, merged_labels_wrapped_cells_as_printed)
{
    if (!have("pdftotext"))
        cr_skip_test("pdftotext 未安装（apt-get install poppler-utils）");
    static const char *const name[] = {"pdf-merged-centre", "pdf-merged-top",
                                       "pdf-selfeval-score", "pdf-calc-bottom"};
    for (size_t k = 0; k < sizeof name / sizeof *name; k++) {
        char pdf[512], tsv[512];
        snprintf(pdf, sizeof pdf, FIX "%s.pdf", name[k]);
        snprintf(tsv, sizeof tsv, FIX "%s.expected.tsv", name[k]);
        same_as_expected(pdf, tsv);
    }
}

Test(pdf, missing_pdftotext_says_how_to_install)
{
    setenv("PATH", "/nonexistent", 1);
    jx_error err;
    cr_assert_eq(load_err(FIX "selfeval.pdf", &err), JX_ENOTFOUND);
    cr_assert(strstr(err.msg, "apt-get install poppler-utils"), "%s", err.msg);
}

/* ---- legacy ---- */

Test(legacy, xls_and_doc_through_libreoffice, .timeout = 300)
{
    if (!have("soffice"))
        cr_skip_test("LibreOffice 未安装，跳过（CI 会装）");
    cr_assert_eq(same_records(FIX "selfeval.txt", FIX "selfeval.xls"), 7);
    cr_assert_eq(same_records(FIX "dept.txt", FIX "dept.doc"), 11);
}

Test(legacy, missing_soffice_says_how_to_install)
{
    setenv("PATH", "/nonexistent", 1);
    jx_error err;
    cr_assert_eq(load_err(FIX "selfeval.xls", &err), JX_ENOTFOUND);
    cr_assert(strstr(err.msg, "apt-get install libreoffice-calc"), "%s", err.msg);
}

/* ---- detection ---- */

Test(detect, by_content_not_extension)
{
    static const struct { const char *file; jx_format f; } cases[] = {
        {FIX "selfeval.xlsx", JX_FMT_XLSX}, {FIX "selfeval.docx", JX_FMT_DOCX},
        {FIX "selfeval.html", JX_FMT_HTML},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char *data;
        size_t len;
        jx_error err = {0};
        cr_assert_eq(jx_read_file(cases[i].file, &data, &len, &err), JX_OK);
        jx_doc *d = NULL;
        /* a name without an extension, and one that lies */
        cr_assert_eq(jx_doc_parse(data, len, "upload", NULL, &d, &err), JX_OK, "%s",
                     err.msg);
        cr_assert_eq(jx_doc_ntables(d), 1, "%s", cases[i].file);
        jx_doc_free(d);
        cr_assert_eq(jx_doc_parse(data, len, "upload.txt", NULL, &d, &err), JX_OK);
        cr_assert_eq(jx_doc_ntables(d), 1);
        jx_doc_free(d);
        free(data);
    }
    /* HTML after a BOM and blank lines, tag in capitals */
    const char page[] = "\xEF\xBB\xBF\n  <TABLE><tr><td>一级指标</td><td>二级指标</td>"
                        "<td>三级指标</td><td>指标值</td></tr><tr><td>产出指标</td>"
                        "<td>数量指标</td><td>培训人次</td><td>≥100人次</td></tr></TABLE>";
    jx_doc *d = NULL;
    jx_error err = {0};
    cr_assert_eq(jx_doc_parse(page, sizeof page - 1, "p", NULL, &d, &err), JX_OK);
    cr_assert_eq(jx_doc_ntables(d), 1);
    cr_assert_str_eq(jx_doc_table(d, 0)->ind[0].level3, "培训人次");
    jx_doc_free(d);
}

Test(detect, format_names)
{
    jx_format f;
    cr_assert_eq(jx_format_parse("xlsx", &f), 0);
    cr_assert_eq(f, JX_FMT_XLSX);
    cr_assert_eq(jx_format_parse("XLS", &f), 0);
    cr_assert_eq(f, JX_FMT_LEGACY);
    cr_assert_eq(jx_format_parse("odt", &f), JX_EUSAGE);
    cr_assert_str_eq(jx_format_name(JX_FMT_PDF), "pdf");
}

/* ---- hostile files: a clear error, quickly, in bounded memory ---- */

Test(hostile, zip_bomb, .timeout = 10)
{
    jx_error err;
    cr_assert_eq(load_err(FIX "hostile-bomb.xlsx", &err), JX_ELIMIT);
    cr_assert(strstr(err.msg, "压缩炸弹"), "%s", err.msg);
}

Test(hostile, truncated_zip, .timeout = 10)
{
    jx_error err;
    cr_assert_eq(load_err(FIX "hostile-truncated.xlsx", &err), JX_EINPUT);
    cr_assert(strstr(err.msg, "ZIP"), "%s", err.msg);
}

Test(hostile, entity_expansion_and_external_entity, .timeout = 10)
{
    jx_error err;
    cr_assert_eq(load_err(FIX "hostile-laughs.xlsx", &err), JX_EINPUT);
    cr_assert(strstr(err.msg, "DOCTYPE"), "%s", err.msg);
    cr_assert_eq(load_err(FIX "hostile-xxe.xlsx", &err), JX_EINPUT);
    cr_assert(strstr(err.msg, "DOCTYPE"), "%s", err.msg);
}

Test(hostile, not_a_pdf, .timeout = 30)
{
    if (!have("pdftotext"))
        cr_skip_test("pdftotext 未安装");
    jx_error err;
    cr_assert_eq(load_err(FIX "hostile-notpdf.pdf", &err), JX_EINPUT);
    cr_assert(strstr(err.msg, "不是有效的 PDF"), "%s", err.msg);
}

Test(hostile, ten_thousand_columns, .timeout = 10)
{
    jx_error err;
    cr_assert_eq(load_err(FIX "hostile-wide.xlsx", &err), JX_ELIMIT);
    cr_assert(strstr(err.msg, "1024 列"), "%s", err.msg);
}

Test(hostile, html_huge_spans, .timeout = 10)
{
    /* rowspan/colspan far past the table: clamped, no giant grid */
    const char page[] = "<html><body><table><tr><th rowspan=\"99999999\" colspan=\"99999\">"
                        "一级指标</th><td>x</td></tr><tr><td>y</td></tr></table></body></html>";
    jx_grids gs = {0};
    jx_error err = {0};
    int rc = jx_grid_from_html(&gs, page, sizeof page - 1, "p", &err);
    if (rc == JX_OK) {
        cr_assert_eq(gs.n, 1);
        cr_assert_leq(gs.g[0]->nrows, 2);
        cr_assert_leq(gs.g[0]->ncols, JX_SHEET_COLS_MAX);
        cr_assert(gs.g[0]->rows[0].c[0].flags & JX_CELL_HEADER, "<th> flagged");
    } else {
        cr_assert_eq(rc, JX_ELIMIT);
    }
    jx_grids_free(&gs);
}

/* A filled template whose 指标值 cell is empty: the next row, with a name
 * of its own in the 三级 column, is its own indicator, and the 分值 is not
 * taken for the 实际完成值. */
Test(xlsx, empty_target_row_keeps_the_next_row_and_its_points)
{
    jx_error err = {0};
    jx_doc *d = NULL;
    const char *tsv = "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
                      "\t可持续性\t体制机制改革情况\t重要改革事项1\t\t\t2.5\t\n"
                      "\t\t\t重要改革事项2\t\t\t2.5\t\n";
    cr_assert_eq(jx_doc_parse(tsv, strlen(tsv), "t.tsv.txt", NULL, &d, &err), JX_OK, "%s", err.msg);
    cr_assert_eq(jx_doc_ntables(d), 1);
    jx_table *t = jx_doc_table(d, 0);
    cr_assert_eq(t->n, 2);
    cr_expect_str_eq(t->ind[1].level3, "重要改革事项2");
    cr_expect(!t->ind[0].actual_raw || !t->ind[0].actual_raw[0], "actual %s", t->ind[0].actual_raw);
    jx_doc_free(d);
}

/* A cell whose name was wrapped by pressing Enter: two paragraphs of CJK
 * text are one name, not two names in one cell. */
Test(docx, paragraphs_in_a_cell_join_as_one_name)
{
    jx_grids gs;
    grids_of(FIX "paragraphs-in-cell.docx", jx_grid_from_docx, &gs);
    int found = 0;
    for (size_t i = 0; i < gs.n; i++)
        for (size_t r = 0; r < gs.g[i]->nrows; r++)
            for (int c = 0; c < gs.g[i]->rows[r].n; c++) {
                const char *s = gs.g[i]->rows[r].c[c].s;
                found |= !strcmp(s, "开展藏医适宜技术基层推广培训");
                cr_expect(strcmp(s, "开展藏医适宜技术 基层推广培训"), "a space joined the paragraphs");
            }
    cr_expect(found, "no cell holds the joined name");
    jx_grids_free(&gs);
}

/* "0.00" (built-in format 2) shows 186.5 as 186.50, as Excel does. */
Test(xlsx, fixed_decimals_as_excel_shows_them)
{
    jx_grids gs;
    grids_of(FIX "two-header-rows.xlsx", jx_grid_from_xlsx, &gs);
    const jx_grid *g = gs.g[0];
    size_t r3 = row_at(g, 3);
    cr_expect_str_eq(cell(g, r3, 4)->s, "186.50");
    jx_grids_free(&gs);
}
