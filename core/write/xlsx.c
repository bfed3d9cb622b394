/*
 * xlsx.c - the 自评表 as an Excel workbook (libxlsxwriter): the fill-in
 * template (`template --format xlsx`) and the scored form (`score
 * --format xlsx`), one sheet per table laid out like the official
 * 项目支出绩效自评表: title, 项目名称/编码/主管部门, the funds block with
 * its 预算执行率, 年度总体目标, then 一级/二级/三级 … with 一级 and 二级
 * merged over their rows.  The indicator header uses the CSV template's
 * column names, so a filled sheet reads back like the text form.
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <xlsxwriter.h>

#include "doc_int.h"
#include "write.h"

enum { C_LABEL, C_L1, C_L2, C_L3, C_TARGET, C_ACTUAL, C_POINTS, C_SCORE, C_DEV, C_EXPLAIN };
/* the template's 变动率 inputs, on a sheet that has such an indicator */
enum { C_CUR = C_DEV + 1, C_PREV = C_DEV + 2 };

#define FILL_BG 0xFFF2CC /* yellow: cells the officer fills */
#define LABEL_BG 0xEDEDED
#define WARN_BG 0xFCE4D6 /* orange: unscored */
#define BAD_BG 0xF8CBAD  /* red: points lost, 偏差原因 missing */

typedef struct fmts {
    lxw_format *title, *sub, *label, *text, *center, *num, *pct, *fill, *fillnum, *warn,
        *warnnum, *bad, *badnum, *note, *wide;
} fmts;

typedef struct xrow {
    const jx_indicator *ind;
    const jx_scored *r; /* NULL in the template */
} xrow;

typedef struct xctx {
    lxw_workbook *wb;
    fmts f;
    int scored;  /* 1: the scored form, 0: the template */
    int lastcol; /* C_DEV, C_PREV (template with 变动率 rows) or C_EXPLAIN */
    const jx_template_info *ti; /* the template's */
    char names[64][56];
    size_t nnames;
} xctx;

static lxw_format *mkfmt(lxw_workbook *wb, int border, int wrap, lxw_color_t bg,
                         const char *numfmt, int unlocked)
{
    lxw_format *f = workbook_add_format(wb);
    if (!f)
        return NULL;
    format_set_font_name(f, "等线");
    format_set_font_size(f, 10.5);
    format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
    if (border)
        format_set_border(f, LXW_BORDER_THIN);
    if (wrap)
        format_set_text_wrap(f);
    if (bg) {
        format_set_pattern(f, LXW_PATTERN_SOLID);
        format_set_bg_color(f, bg);
    }
    if (numfmt)
        format_set_num_format(f, numfmt);
    if (unlocked)
        format_set_unlocked(f);
    return f;
}

static int make_fmts(xctx *x)
{
    fmts *f = &x->f;
    lxw_workbook *wb = x->wb;
    f->title = mkfmt(wb, 0, 0, 0, NULL, 0);
    f->sub = mkfmt(wb, 0, 0, 0, NULL, 0);
    f->label = mkfmt(wb, 1, 1, LABEL_BG, NULL, 0);
    f->text = mkfmt(wb, 1, 1, 0, NULL, 0);
    f->center = mkfmt(wb, 1, 1, 0, NULL, 0);
    f->num = mkfmt(wb, 1, 0, 0, "0.00", 0);
    f->pct = mkfmt(wb, 1, 0, 0, "0.00%", 0);
    f->fill = mkfmt(wb, 1, 1, FILL_BG, "@", 1);
    f->fillnum = mkfmt(wb, 1, 0, FILL_BG, "0.00", 1);
    f->warn = mkfmt(wb, 1, 1, WARN_BG, NULL, 0);
    f->warnnum = mkfmt(wb, 1, 0, WARN_BG, "0.00", 0);
    f->bad = mkfmt(wb, 1, 1, BAD_BG, NULL, 0);
    f->badnum = mkfmt(wb, 1, 0, BAD_BG, "0.00", 0);
    f->note = mkfmt(wb, 0, 1, 0, NULL, 0);
    f->wide = mkfmt(wb, 0, 1, 0, NULL, 0);
    lxw_format **all = &f->title;
    for (size_t i = 0; i < sizeof *f / sizeof *all; i++)
        if (!all[i])
            return -1;
    format_set_bold(f->title);
    format_set_font_size(f->title, 16);
    format_set_align(f->title, LXW_ALIGN_CENTER);
    format_set_align(f->sub, LXW_ALIGN_CENTER);
    format_set_bold(f->label);
    format_set_align(f->label, LXW_ALIGN_CENTER);
    format_set_align(f->center, LXW_ALIGN_CENTER);
    format_set_font_color(f->note, 0x595959);
    return 0;
}

/* Writes s over cols a..b of row r (merged when more than one cell). */
static void put(lxw_worksheet *ws, int r, int a, int b, const char *s, lxw_format *f)
{
    if (!s)
        s = "";
    if (b > a)
        worksheet_merge_range(ws, (lxw_row_t)r, (lxw_col_t)a, (lxw_row_t)r, (lxw_col_t)b, s, f);
    else
        worksheet_write_string(ws, (lxw_row_t)r, (lxw_col_t)a, s, f);
}

static void put_num(lxw_worksheet *ws, int r, int c, double v, lxw_format *f, lxw_format *blank)
{
    if (isnan(v))
        worksheet_write_blank(ws, (lxw_row_t)r, (lxw_col_t)c, blank ? blank : f);
    else
        worksheet_write_number(ws, (lxw_row_t)r, (lxw_col_t)c, v, f);
}

/* A sheet name Excel takes: ≤31 characters, none of []:*?/\, unique. */
static const char *sheet_name(xctx *x, const char *want)
{
    char base[40];
    size_t o = 0, chars = 0;
    for (const char *p = want && *want ? want : "表"; *p && chars < 28 && o < sizeof base - 5;) {
        size_t len = 1;
        unsigned char c = (unsigned char)*p;
        if (c >= 0xF0)
            len = 4;
        else if (c >= 0xE0)
            len = 3;
        else if (c >= 0xC0)
            len = 2;
        if (o + len >= sizeof base - 5)
            break;
        if (strchr("[]:*?/\\'", *p) && len == 1)
            base[o++] = '_';
        else
            for (size_t k = 0; k < len && p[k]; k++)
                base[o++] = p[k];
        p += len;
        chars++;
    }
    base[o] = '\0';
    if (x->nnames == 64)
        return NULL;
    char *dst = x->names[x->nnames];
    snprintf(dst, sizeof x->names[0], "%s", base);
    for (int k = 2;; k++) {
        size_t i = 0;
        while (i < x->nnames && strcmp(x->names[i], dst))
            i++;
        if (i == x->nnames)
            break;
        snprintf(dst, sizeof x->names[0], "%s(%d)", base, k);
    }
    x->nnames++;
    return dst;
}

static void page_setup(lxw_worksheet *ws, int lastcol)
{
    worksheet_set_paper(ws, 9); /* A4 */
    worksheet_set_landscape(ws);
    worksheet_fit_to_pages(ws, 1, 0);
    worksheet_set_margins(ws, 0.5, 0.5, 0.6, 0.6);
    static const double widths[] = {12, 12, 14, 28, 16, 16, 8, 8, 28, 40, 14};
    for (int c = 0; c <= lastcol; c++)
        worksheet_set_column(ws, (lxw_col_t)c, (lxw_col_t)c, widths[c], NULL);
}

/* Title, 项目名称 / 编码 / 主管部门; returns the next row. */
static int head_block(xctx *x, lxw_worksheet *ws, const jx_table *t, int year)
{
    int L = x->lastcol, r = 0;
    int proj = t->kind == JX_TABLE_PROJECT;
    worksheet_set_row(ws, 0, 30, NULL);
    put(ws, r++, 0, L, proj ? "项目支出绩效自评表" : "部门整体支出绩效自评表", x->f.title);
    char y[32] = "";
    if (year)
        snprintf(y, sizeof y, "（%d年度）", year);
    put(ws, r++, 0, L, y, x->f.sub);
    if (proj) {
        put(ws, r, 0, 0, "项目名称", x->f.label);
        put(ws, r++, 1, L, t->name, x->f.text);
        put(ws, r, 0, 0, "项目编码", x->f.label);
        put(ws, r++, 1, L, t->code, x->f.text);
        put(ws, r, 0, 0, "主管部门", x->f.label);
        put(ws, r, 1, 3, t->department, x->f.text);
        put(ws, r, 4, 4, "实施单位", x->f.label);
        put(ws, r++, 5, L, t->department, x->scored ? x->f.text : x->f.fill);
    } else {
        put(ws, r, 0, 0, "单位名称", x->f.label);
        put(ws, r++, 1, L, t->name, x->f.text);
    }
    return r;
}

/* The funds block (projects); *exec_row gets the 年度资金总额 row. */
static int funds_block(xctx *x, lxw_worksheet *ws, const jx_table *t, const jx_scored_table *st,
                       const jx_template_info *ti, int r, int *exec_row)
{
    const fmts *f = &x->f;
    static const char *heads[] = {"年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"};
    static const char *rows[] = {"年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"};
    worksheet_merge_range(ws, (lxw_row_t)r, 0, (lxw_row_t)(r + 4), 0, "项目资金（万元）", f->label);
    put(ws, r, 1, 1, "", f->label);
    for (int k = 0; k < 6; k++)
        put(ws, r, 2 + k, 2 + k, heads[k], f->label);
    if (x->lastcol > 7)
        worksheet_merge_range(ws, (lxw_row_t)r, 8, (lxw_row_t)(r + 4), (lxw_col_t)x->lastcol, "",
                              f->text);
    r++;
    *exec_row = r;
    jx_execution ex = st ? st->execution
                         : (jx_execution){NAN, NAN, NAN, NAN, NAN, NAN, NAN};
    for (int k = 0; k < 4; k++, r++) {
        put(ws, r, 1, 1, rows[k], f->text);
        if (k || !x->scored) {
            lxw_format *in = x->scored ? f->num : f->fillnum;
            for (int c = 2; c <= 4; c++)
                worksheet_write_blank(ws, (lxw_row_t)r, (lxw_col_t)c, in);
            /* 年初预算数 is the target table's 资金总额 (财政拨款): filled in
             * for the officer to confirm */
            double pre = k == 0 ? t->funds.total : k == 1 ? t->funds.fiscal : NAN;
            if (!x->scored && !isnan(pre))
                worksheet_write_number(ws, (lxw_row_t)r, 2, pre, in);
            if (k) {
                for (int c = 5; c <= 7; c++)
                    put(ws, r, c, c, "—", f->center);
                continue;
            }
        } else {
            put_num(ws, r, 2, ex.initial, f->num, NULL);
            put_num(ws, r, 3, ex.budget, f->num, NULL);
            put_num(ws, r, 4, ex.executed, f->num, NULL);
        }
        /* 年度资金总额: 分值, 执行率 (live), 得分 */
        double pts = st ? st->exec.points : ti->exec_points;
        put_num(ws, r, 5, pts, f->num, NULL);
        char fm[64];
        snprintf(fm, sizeof fm, "=IF(N(D%d)>0,E%d/D%d,\"\")", r + 1, r + 1, r + 1);
        double rate = ex.executed / ex.budget;
        if (x->scored && !isnan(rate) && ex.budget > 0)
            worksheet_write_formula_num(ws, (lxw_row_t)r, 6, fm, f->pct, rate);
        else
            worksheet_write_formula_str(ws, (lxw_row_t)r, 6, fm, f->pct, "");
        if (x->scored) {
            int un = st->exec.finding || isnan(st->exec.score);
            put_num(ws, r, 7, st->exec.score, un ? f->warnnum : f->num, f->warn);
        } else {
            worksheet_write_blank(ws, (lxw_row_t)r, 7, f->num);
        }
    }
    if (!x->scored) {
        lxw_data_validation dv = {0};
        dv.validate = LXW_VALIDATION_TYPE_DECIMAL;
        dv.criteria = LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO;
        dv.value_number = 0;
        dv.input_title = "填写提示";
        dv.input_message = "金额，单位万元，填数字（如 126.5）";
        dv.error_title = "应为数字";
        dv.error_message = "请填不小于 0 的数字，单位万元";
        worksheet_data_validation_range(ws, (lxw_row_t)*exec_row, 2, (lxw_row_t)(*exec_row + 3), 4,
                                        &dv);
        worksheet_write_comment(ws, (lxw_row_t)*exec_row, 3,
                                "年初预算数、全年预算数 A、全年执行数 B 都要填（年初预算数已按目标表预填，请核对）：预算执行率 = B ÷ A，按规则包计分。");
    }
    return r;
}

/* 年度总体目标 against 实际完成情况. */
static int goal_block(xctx *x, lxw_worksheet *ws, int r)
{
    const fmts *f = &x->f;
    int L = x->lastcol;
    worksheet_merge_range(ws, (lxw_row_t)r, 0, (lxw_row_t)(r + 1), 0, "年度总体目标", f->label);
    put(ws, r, 1, 4, "预期目标", f->label);
    put(ws, r, 5, L, "实际完成情况", f->label);
    r++;
    worksheet_set_row(ws, (lxw_row_t)r, 45, NULL);
    put(ws, r, 1, 4, "（见绩效目标表）", f->text);
    put(ws, r, 5, L, "", x->scored ? f->text : f->fill);
    if (!x->scored)
        worksheet_write_comment(ws, (lxw_row_t)r, 5,
                                "用一两句话写年度总体目标的实际完成情况。");
    return r + 1;
}

/* The end of a run of rows i.. with the same value of a level. */
static size_t run_end(const xrow *rows, size_t n, size_t i, int level)
{
    size_t j = i + 1;
    for (; j < n; j++) {
        const jx_indicator *a = rows[i].ind, *b = rows[j].ind;
        if (!jx_streq(a->level1 ? a->level1 : "", b->level1 ? b->level1 : ""))
            break;
        if (level == 2 && !jx_streq(a->level2 ? a->level2 : "", b->level2 ? b->level2 : ""))
            break;
    }
    return j;
}

static void merged_level(xctx *x, lxw_worksheet *ws, const xrow *rows, size_t n, int r0,
                         int level)
{
    for (size_t i = 0; i < n;) {
        size_t j = run_end(rows, n, i, level);
        const jx_indicator *ind = rows[i].ind;
        const char *s = level == 1 ? ind->level1 : ind->level2;
        if (j - i > 1)
            worksheet_merge_range(ws, (lxw_row_t)(r0 + (int)i), (lxw_col_t)level,
                                  (lxw_row_t)(r0 + (int)j - 1), (lxw_col_t)level, s ? s : "",
                                  x->f.center);
        else
            put(ws, r0 + (int)i, level, level, s, x->f.center);
        i = j;
    }
}

static int wants_years(const xctx *x, const jx_indicator *ind)
{
    return x->ti && x->ti->wants_years && x->ti->wants_years(ind, x->ti->ud);
}

/* 本年数 / 上年数 cells: yellow for a 变动率 indicator, blank and locked for
 * the rest (a "/" there would be read as the 偏差原因 of a row whose
 * 指标值 is empty) */
static void years_cells(xctx *x, lxw_worksheet *ws, int years, int r)
{
    const fmts *f = &x->f;
    for (int c = C_CUR; c <= C_PREV; c++) {
        if (!years) {
            worksheet_write_blank(ws, (lxw_row_t)r, (lxw_col_t)c, f->label);
            continue;
        }
        worksheet_write_blank(ws, (lxw_row_t)r, (lxw_col_t)c, f->fill);
        lxw_data_validation dv = {0};
        dv.validate = LXW_VALIDATION_TYPE_ANY;
        dv.input_title = c == C_CUR ? "本年数" : "上年数（或上年实际）";
        dv.input_message = "变动率指标：填本年和上年的数（可带单位，两栏单位相同），"
                           "jixiao 按 (本年数−上年数)÷上年数×100% 计算变动率并计分。";
        worksheet_data_validation_cell(ws, (lxw_row_t)r, (lxw_col_t)c, &dv);
    }
}

static void template_cells(xctx *x, lxw_worksheet *ws, const jx_indicator *ind, int r)
{
    const fmts *f = &x->f;
    char hint[400];
    int years = wants_years(x, ind);
    if (years)
        snprintf(hint, sizeof hint, "变动率指标：在右边「本年数」「上年数」两栏填数即可，变动率由 jixiao 计算"
                 "（也可以在这里直接填变动率，如「3%%」）（指标值：%s）", ind->target_raw);
    else
        jx_write_hint(ind, hint, sizeof hint);
    worksheet_write_blank(ws, (lxw_row_t)r, C_ACTUAL, f->fill);
    worksheet_write_comment(ws, (lxw_row_t)r, C_ACTUAL, hint);
    lxw_data_validation dv = {0};
    static const char *qual[] = {"达成", "部分达成", "未达成", NULL};
    int q = ind->target.kind != JX_V_QUANT && ind->target.kind != JX_V_TIME;
    dv.validate = q ? LXW_VALIDATION_TYPE_LIST : LXW_VALIDATION_TYPE_ANY;
    dv.value_list = q ? (char **)qual : NULL;
    dv.error_type = LXW_VALIDATION_ERROR_TYPE_INFORMATION; /* other words still allowed */
    dv.input_title = "填写提示";
    /* Excel caps the input message at 255 characters: cut at a UTF-8
     * boundary */
    char msg[256];
    size_t len = strlen(hint);
    if (len > sizeof msg - 1) {
        len = sizeof msg - 1;
        while (len && ((unsigned char)hint[len] & 0xC0) == 0x80)
            len--;
    }
    memcpy(msg, hint, len);
    msg[len] = '\0';
    dv.input_message = msg;
    worksheet_data_validation_cell(ws, (lxw_row_t)r, C_ACTUAL, &dv);
    put_num(ws, r, C_POINTS, ind->points, f->num, NULL);
    worksheet_write_blank(ws, (lxw_row_t)r, C_SCORE, f->fillnum);
    lxw_data_validation sv = {0};
    sv.validate = LXW_VALIDATION_TYPE_DECIMAL;
    sv.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
    sv.minimum_number = 0;
    sv.maximum_number = isnan(ind->points) ? 100 : ind->points;
    sv.input_title = "得分（可不填）";
    sv.input_message = "一般不填，由 jixiao 按规则计分；只在定性指标要在档次内给分时填写。";
    worksheet_data_validation_cell(ws, (lxw_row_t)r, C_SCORE, &sv);
    worksheet_write_blank(ws, (lxw_row_t)r, C_DEV, f->fill);
    if (x->lastcol == C_PREV)
        years_cells(x, ws, years, r);
}

static void scored_cells(xctx *x, lxw_worksheet *ws, const jx_scored *s, int r)
{
    const fmts *f = &x->f;
    int un = s->s.finding || isnan(s->s.score);
    put(ws, r, C_ACTUAL, C_ACTUAL, s->actual ? s->actual : "（未填）", s->actual ? f->text : f->warn);
    put_num(ws, r, C_POINTS, s->s.points, f->num, NULL);
    lxw_format *sf = un ? f->warnnum : s->short_of_target ? f->badnum : f->num;
    put_num(ws, r, C_SCORE, s->s.score, sf, f->warn);
    int missing = s->short_of_target && (!s->deviation || !*s->deviation);
    put(ws, r, C_DEV, C_DEV, missing ? "（未填写）" : s->deviation, missing ? f->bad : f->text);
    put(ws, r, C_EXPLAIN, C_EXPLAIN, s->s.explain, un ? f->warn : f->text);
}

/* 绩效指标 header and rows; returns the next row, sets first/last. */
static int indicator_block(xctx *x, lxw_worksheet *ws, const xrow *rows, size_t n, int r,
                           int *first, int *last)
{
    const fmts *f = &x->f;
    static const char *heads[] = {"绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值",
                                  "实际完成值", "分值", "得分", "偏差原因分析及改进措施",
                                  "计分说明"};
    static const char *years_heads[] = {"本年数", "上年数（或上年实际）"};
    for (int c = 0; c <= x->lastcol; c++)
        if (c)
            put(ws, r, c, c, !x->scored && c > C_DEV ? years_heads[c - C_CUR] : heads[c], f->label);
    int hr = r++;
    *first = r;
    *last = r + (int)n - 1;
    if (n)
        worksheet_merge_range(ws, (lxw_row_t)hr, 0, (lxw_row_t)*last, 0, heads[0], f->label);
    else
        put(ws, hr, 0, 0, heads[0], f->label);
    merged_level(x, ws, rows, n, r, 1);
    merged_level(x, ws, rows, n, r, 2);
    for (size_t i = 0; i < n; i++, r++) {
        const jx_indicator *ind = rows[i].ind;
        put(ws, r, C_L3, C_L3, ind->level3, f->text);
        put(ws, r, C_TARGET, C_TARGET, ind->target_raw, f->text);
        if (x->scored)
            scored_cells(x, ws, rows[i].r, r);
        else
            template_cells(x, ws, ind, r);
    }
    return r;
}

/* 总分 row: 总分 | 分值 | 得分 | 等级 … as the printed form has it. */
static int total_row(xctx *x, lxw_worksheet *ws, const jx_scored_table *st, int r, int first,
                     int last, int exec_row, double sum)
{
    const fmts *f = &x->f;
    char fm[96];
    int L = x->lastcol;
    put(ws, r, 0, 0, "总分", f->label);
    if (exec_row >= 0)
        snprintf(fm, sizeof fm, "=SUM(G%d:G%d)+N(F%d)", first + 1, last + 1, exec_row + 1);
    else
        snprintf(fm, sizeof fm, "=SUM(G%d:G%d)", first + 1, last + 1);
    if (!x->scored) {
        worksheet_write_formula_num(ws, (lxw_row_t)r, 1, fm, f->num, sum);
        put(ws, r, 2, L, "← 分值合计（随分值列自动求和），应为 100", f->note);
        return r + 1;
    }
    worksheet_write_formula_num(ws, (lxw_row_t)r, 1, fm, f->num, st->points);
    int prov = st->grade && st->unscored;
    put_num(ws, r, 2, st->grade ? st->total : NAN, prov ? f->warnnum : f->num, f->warn);
    put(ws, r, 3, 3, "等级", f->label);
    char g[128];
    if (!st->grade)
        snprintf(g, sizeof g, "—（没有可计分的项）");
    else if (prov)
        snprintf(g, sizeof g, "%s（暂定：%zu 项未计分）", st->grade, st->unscored);
    else
        snprintf(g, sizeof g, "%s", st->grade);
    put(ws, r, 4, L, g, prov || !st->grade ? f->warn : f->text);
    return r + 1;
}

/* 分项得分: per 一级 and 预算执行率. */
static int subtotals(xctx *x, lxw_worksheet *ws, const jx_scored_table *st, int r)
{
    const fmts *f = &x->f;
    jx_level1_sum s[16];
    size_t k = jx_level1_sums(st, s, 16);
    r++;
    put(ws, r, 0, 1, "分项得分", f->label);
    put(ws, r, 2, 2, "分值", f->label);
    put(ws, r, 3, 3, "得分", f->label);
    put(ws, r, 4, 4, "未计分项", f->label);
    r++;
    for (size_t i = 0; i < k; i++, r++) {
        put(ws, r, 0, 1, s[i].name, f->text);
        put_num(ws, r, 2, s[i].points, f->num, NULL);
        put_num(ws, r, 3, s[i].score, s[i].score < s[i].points - 0.005 ? f->badnum : f->num, NULL);
        worksheet_write_number(ws, (lxw_row_t)r, 4, (double)s[i].unscored,
                               s[i].unscored ? f->warn : f->center);
    }
    if (st->has_exec) {
        put(ws, r, 0, 1, "预算执行率", f->text);
        put_num(ws, r, 2, st->exec.points, f->num, NULL);
        put_num(ws, r, 3, st->exec.finding ? NAN : st->exec.score, f->num, f->warn);
        worksheet_write_number(ws, (lxw_row_t)r, 4, st->exec.finding ? 1 : 0,
                               st->exec.finding ? f->warn : f->center);
        r++;
    }
    return r;
}

static int signature_row(xctx *x, lxw_worksheet *ws, int r)
{
    worksheet_set_row(ws, (lxw_row_t)(r + 1), 30, NULL);
    put(ws, r + 1, 0, x->lastcol,
        "填报人：　　　　　　　　审核人：　　　　　　　　联系电话：　　　　　　　　填报日期：　　　　年　　月　　日",
        x->f.wide);
    return r + 2;
}

static void protect(lxw_worksheet *ws)
{
    lxw_protection p = {0};
    p.format_columns = 1;
    p.format_rows = 1;
    worksheet_protect(ws, NULL, &p); /* no password: a guard, not a lock */
}

static int form_sheet(xctx *x, const jx_table *t, const jx_scored_table *st, const xrow *rows,
                      size_t n, const jx_template_info *ti, int year)
{
    char want[300];
    if (t->kind == JX_TABLE_DEPARTMENT)
        snprintf(want, sizeof want, "部门整体");
    else
        snprintf(want, sizeof want, "%s", t->code ? t->code : t->name ? t->name : "项目");
    lxw_worksheet *ws = workbook_add_worksheet(x->wb, sheet_name(x, want));
    if (!ws)
        return -1;
    page_setup(ws, x->lastcol);
    if (!x->scored && x->lastcol == C_PREV)
        worksheet_set_column(ws, C_CUR, C_PREV, 14, NULL);
    int r = head_block(x, ws, t, year), exec_row = -1, first, last;
    if (t->kind == JX_TABLE_PROJECT)
        r = funds_block(x, ws, t, st, ti, r, &exec_row);
    r = goal_block(x, ws, r);
    r = indicator_block(x, ws, rows, n, r, &first, &last);
    double sum = 0; /* the formula's value until Excel recomputes it */
    for (size_t i = 0; i < n; i++)
        sum += isnan(rows[i].ind->points) ? 0 : rows[i].ind->points;
    if (exec_row >= 0 && ti && !isnan(ti->exec_points))
        sum += ti->exec_points;
    r = total_row(x, ws, st, r, first, last, exec_row, sum);
    if (x->scored)
        r = subtotals(x, ws, st, r);
    signature_row(x, ws, r);
    if (!x->scored)
        protect(ws);
    return 0;
}

static int finish(lxw_workbook *wb, const char *path, int rc, jx_error *err)
{
    lxw_error le = workbook_close(wb);
    if (rc)
        return jx_fail(err, JX_ENOMEM, path, 0, 0, "写 Excel 文件失败：内存不足或表太多");
    if (le != LXW_NO_ERROR)
        return jx_fail(err, JX_EIO, path, 0, 0, "写 Excel 文件失败：%s", lxw_strerror(le));
    return JX_OK;
}

static const char *guide[] = {
    "怎样填写这份自评表",
    "1. 每个项目一张工作表，部门整体一张（「部门整体」）。黄色单元格是要填的，其余单元格已锁定（工作表保护，没有密码：审阅 → 撤销工作表保护）。",
    "2. 项目资金：填「年初预算数」「全年预算数」「全年执行数」（万元，数字；年初预算数已按目标表的资金总额预填，请核对）。执行率随填随算；预算执行率按规则包计分，分值见表。",
    "3. 实际完成值：数量、质量、成本类指标填数值和单位（如「15人」「96%」「126万元」）；定性指标填「达成」「部分达成」或「未达成」（下拉可选，也可写简短的实际情况）；时效指标填实际完成的日期（如「2021年11月30日」）。鼠标停在单元格上可看每个指标的提示。",
    "4. 没有达到指标值的，在「偏差原因分析及改进措施」写明原因和措施，否则自评会列为问题。",
    "5. 「得分」一般不填，由 jixiao 按规则包计分；只在定性指标要在档次内给分时填写。",
    "6. 分值：目标表自带分值的按目标表；否则同一一级指标下各三级指标平分该一级指标的分值，保留两位小数，除不尽的差额放在最后一项，如 50 分分给 3 项为 16.67、16.67、16.66。表下「总分」行的分值合计随表自动求和，应为 100。",
    "7. 没有实际完成值的指标不计分（既不按 0 分也不按满分），总分和等级标为「暂定」。",
    "8. 变动率指标（如「在职人员经费变动率」）：在表右边的「本年数」「上年数（或上年实际）」两栏填数，不用自己算；jixiao 按 (本年数−上年数)÷上年数×100% 算出变动率，写进计分说明并计分。其他指标这两栏是灰色的，不用填。",
    "9. 填好保存后计分：jixiao score 目标表文件 --actuals 这个文件.xlsx（或 --format xlsx/html/pdf 得到可上交的自评表和报告）。",
};

static int guide_sheet(xctx *x, const jx_doc *d, const jx_template_info *ti)
{
    lxw_worksheet *ws = workbook_add_worksheet(x->wb, "说明");
    if (!ws)
        return -1;
    worksheet_set_column(ws, 0, 0, 110, x->f.wide);
    int r = 0;
    put(ws, r++, 0, 0, guide[0], x->f.title);
    for (size_t i = 1; i < sizeof guide / sizeof *guide; i++)
        put(ws, r++, 0, 0, guide[i], x->f.wide);
    char ep[64] = "", s[700];
    if (!isnan(ti->exec_points))
        snprintf(ep, sizeof ep, "，预算执行率 %.15g 分", ti->exec_points);
    snprintf(s, sizeof s, "目标表：%s；分值来自规则包 %s%s。本表由 jixiao %s 生成。",
             jx_doc_source(d), ti->pack, ep, JX_VERSION);
    r++;
    put(ws, r++, 0, 0, s, x->f.wide);
    return 0;
}

/* Rows of a table that take a score (placeholders and 实施期 left out). */
static size_t template_rows(const jx_table *t, xrow *rows)
{
    size_t n = 0;
    for (size_t i = 0; i < t->n; i++) {
        const jx_indicator *ind = &t->ind[i];
        if (!jx_indicator_scored(ind) || (ind->period && strcmp(ind->period, "年度")))
            continue;
        rows[n++] = (xrow){ind, NULL};
    }
    return n;
}

/* libxlsxwriter reports an unwritable path on stderr in English, late:
 * try the path first. */
static int can_create(const char *path, jx_error *err)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        return jx_fail(err, JX_EIO, path, 0, 0, "无法创建 Excel 文件：%s", strerror(errno));
    fclose(f);
    return JX_OK;
}

int jx_template_xlsx(const char *path, jx_doc *d, const jx_template_info *ti, jx_error *err)
{
    if (can_create(path, err))
        return err->code;
    xctx x;
    memset(&x, 0, sizeof x);
    lxw_workbook_options wo = {0};
    x.wb = workbook_new_opt(path, &wo);
    if (!x.wb)
        return jx_fail(err, JX_EIO, path, 0, 0, "无法创建 Excel 文件");
    x.ti = ti;
    int rc = make_fmts(&x);
    for (size_t ti_ = 0; !rc && ti_ < jx_doc_ntables(d); ti_++) {
        const jx_table *t = jx_doc_table(d, ti_);
        xrow *rows = calloc(t->n + 1, sizeof *rows);
        if (!rows) {
            rc = -1;
            break;
        }
        size_t n = template_rows(t, rows);
        /* 本年数 / 上年数 columns only where a 变动率 indicator needs them */
        x.lastcol = C_DEV;
        for (size_t i = 0; i < n; i++)
            if (wants_years(&x, rows[i].ind))
                x.lastcol = C_PREV;
        rc = form_sheet(&x, t, NULL, rows, n, ti, ti->year);
        free(rows);
    }
    if (!rc)
        rc = guide_sheet(&x, d, ti);
    return finish(x.wb, path, rc, err);
}

static int summary_sheet(xctx *x, const jx_scorecard *sc)
{
    lxw_worksheet *ws = workbook_add_worksheet(x->wb, "汇总");
    if (!ws)
        return -1;
    const fmts *f = &x->f;
    static const double w[] = {44, 10, 10, 22, 10};
    for (int c = 0; c < 5; c++)
        worksheet_set_column(ws, (lxw_col_t)c, (lxw_col_t)c, w[c], NULL);
    char s[600];
    snprintf(s, sizeof s, "绩效自评汇总：%s（规则包 %s）", sc->source, sc->pack);
    put(ws, 0, 0, 4, s, f->title);
    static const char *h[] = {"表", "总分", "满分", "等级", "未计分项"};
    for (int c = 0; c < 5; c++)
        put(ws, 2, c, c, h[c], f->label);
    int r = 3;
    for (size_t i = 0; i < sc->n; i++, r++) {
        const jx_scored_table *st = &sc->tables[i];
        const jx_table *t = st->t;
        if (t->kind == JX_TABLE_DEPARTMENT)
            snprintf(s, sizeof s, "部门整体 %s", t->name ? t->name : "");
        else
            snprintf(s, sizeof s, "%s %s", t->code ? t->code : "", t->name ? t->name : "");
        put(ws, r, 0, 0, s, f->text);
        int prov = st->grade && st->unscored;
        put_num(ws, r, 1, st->grade ? st->total : NAN, prov ? f->warnnum : f->num, f->warn);
        put_num(ws, r, 2, st->points, f->num, NULL);
        snprintf(s, sizeof s, "%s%s", st->grade ? st->grade : "—", prov ? "（暂定）" : "");
        put(ws, r, 3, 3, s, prov || !st->grade ? f->warn : f->text);
        worksheet_write_number(ws, (lxw_row_t)r, 4, (double)st->unscored,
                               st->unscored ? f->warn : f->center);
    }
    return 0;
}

static int deviation_sheet(xctx *x, const jx_scorecard *sc)
{
    lxw_worksheet *ws = workbook_add_worksheet(x->wb, "偏差清单");
    if (!ws)
        return -1;
    const fmts *f = &x->f;
    static const char *h[] = {"项目", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                              "偏差原因分析及改进措施"};
    static const double w[] = {30, 28, 16, 16, 8, 8, 40};
    for (int c = 0; c < 7; c++) {
        worksheet_set_column(ws, (lxw_col_t)c, (lxw_col_t)c, w[c], NULL);
        put(ws, 0, c, c, h[c], f->label);
    }
    int r = 1;
    for (size_t ti = 0; ti < sc->n; ti++)
        for (size_t i = 0; i < sc->tables[ti].n; i++) {
            const jx_scored *s = &sc->tables[ti].rows[i];
            if (!s->short_of_target)
                continue;
            const jx_table *t = sc->tables[ti].t;
            char l[300];
            snprintf(l, sizeof l, "%s %s", t->kind == JX_TABLE_DEPARTMENT ? "部门整体" : t->code ? t->code : "",
                     t->name ? t->name : "");
            put(ws, r, 0, 0, l, f->text);
            put(ws, r, 1, 1, s->ind->level3, f->text);
            put(ws, r, 2, 2, s->ind->target_raw, f->text);
            put(ws, r, 3, 3, s->actual, f->text);
            put_num(ws, r, 4, s->s.points, f->num, NULL);
            put_num(ws, r, 5, s->s.score, f->badnum, NULL);
            int missing = !s->deviation || !*s->deviation;
            put(ws, r, 6, 6, missing ? "（未填写）" : s->deviation, missing ? f->bad : f->text);
            r++;
        }
    if (r == 1)
        put(ws, 1, 0, 6, "没有未达到目标的指标。", f->text);
    return 0;
}

static int findings_sheet(xctx *x, const jx_scorecard *sc)
{
    lxw_worksheet *ws = workbook_add_worksheet(x->wb, "发现");
    if (!ws)
        return -1;
    const fmts *f = &x->f;
    static const char *h[] = {"级别", "代码", "行", "项目", "指标", "说明"};
    static const double w[] = {8, 18, 6, 14, 24, 80};
    for (int c = 0; c < 6; c++) {
        worksheet_set_column(ws, (lxw_col_t)c, (lxw_col_t)c, w[c], NULL);
        put(ws, 0, c, c, h[c], f->label);
    }
    for (size_t i = 0; i < sc->nf; i++) {
        const jx_finding *g = &sc->f[i];
        int r = (int)i + 1;
        const char *sev = g->severity == JX_SEV_ERROR     ? "错误"
                          : g->severity == JX_SEV_WARNING ? "警告" : "提示";
        put(ws, r, 0, 0, sev, g->severity != JX_SEV_INFO ? f->bad : f->text);
        put(ws, r, 1, 1, g->code, f->text);
        worksheet_write_number(ws, (lxw_row_t)r, 2, g->line, f->center);
        put(ws, r, 3, 3, g->project, f->text);
        put(ws, r, 4, 4, g->indicator, f->text);
        put(ws, r, 5, 5, g->message, f->text);
    }
    if (!sc->nf)
        put(ws, 1, 0, 5, "没有发现。", f->text);
    return 0;
}

int jx_scorecard_xlsx(const char *path, const jx_scorecard *sc, jx_error *err)
{
    if (can_create(path, err))
        return err->code;
    xctx x;
    memset(&x, 0, sizeof x);
    lxw_workbook_options wo = {0};
    x.wb = workbook_new_opt(path, &wo);
    if (!x.wb)
        return jx_fail(err, JX_EIO, path, 0, 0, "无法创建 Excel 文件");
    x.scored = 1;
    x.lastcol = C_EXPLAIN;
    int rc = make_fmts(&x);
    if (!rc)
        rc = summary_sheet(&x, sc);
    for (size_t i = 0; !rc && i < sc->n; i++) {
        const jx_scored_table *st = &sc->tables[i];
        xrow *rows = calloc(st->n + 1, sizeof *rows);
        if (!rows) {
            rc = -1;
            break;
        }
        for (size_t k = 0; k < st->n; k++)
            rows[k] = (xrow){st->rows[k].ind, &st->rows[k]};
        rc = form_sheet(&x, st->t, st, rows, st->n, NULL, 0);
        free(rows);
    }
    if (!rc)
        rc = deviation_sheet(&x, sc);
    if (!rc)
        rc = findings_sheet(&x, sc);
    return finish(x.wb, path, rc, err);
}
