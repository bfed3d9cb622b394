/*
 * html.c - the printable report: one self-contained HTML page (no
 * network, no script) that prints on A4.  `score --format html` gives a
 * summary for the document, then per table the 自评表 as the official form
 * shows it (funds block, 年度总体目标, indicators, 总分, 等级, room for
 * signatures), a bar chart (inline SVG) of points given against points
 * available per 一级, the scoring details and the deviation list; `check
 * --format html` gives the reviewer's findings the same way.  Every text
 * from a table goes through jx_html_escape.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc_int.h"
#include "write.h"

void jx_html_escape(jx_buf *b, const char *s)
{
    if (!s)
        return;
    for (const char *p = s; *p; p++) {
        switch (*p) {
        case '&': jx_buf_puts(b, "&amp;"); break;
        case '<': jx_buf_puts(b, "&lt;"); break;
        case '>': jx_buf_puts(b, "&gt;"); break;
        case '"': jx_buf_puts(b, "&quot;"); break;
        case '\'': jx_buf_puts(b, "&#39;"); break;
        default: jx_buf_putc(b, *p);
        }
    }
}

#define E(s) jx_html_escape(b, (s))

static const char css[] =
    "@page{size:A4;margin:14mm 12mm}\n"
    "*{box-sizing:border-box}\n"
    "body{font-family:\"Noto Sans CJK SC\",\"Source Han Sans SC\",\"WenQuanYi Micro Hei\","
    "\"Microsoft YaHei\",\"SimSun\",sans-serif;font-size:10pt;line-height:1.35;color:#000;"
    "margin:0 auto;max-width:186mm;padding:0}\n"
    "@media screen{body{padding:6mm 0}}\n"
    "h1{font-size:17pt;text-align:center;margin:0 0 2mm}\n"
    "h2{font-size:15pt;text-align:center;margin:0 0 1mm;letter-spacing:.1em}\n"
    "h3{font-size:11pt;margin:4mm 0 1.5mm;break-after:avoid}\n"
    ".year{text-align:center;margin:0 0 2mm}\n"
    ".meta{color:#333;font-size:9pt;text-align:center;margin:0 0 3mm}\n"
    "table{width:100%;border-collapse:collapse;table-layout:fixed;margin:0 0 2mm}\n"
    "th,td{border:1px solid #000;padding:1.2mm 1.2mm;vertical-align:middle;"
    "word-break:break-all;overflow-wrap:anywhere;font-size:9pt}\n"
    "th{background:#ededed;font-weight:bold;text-align:center}\n"
    "td.n{text-align:right;white-space:nowrap;word-break:normal}\n"
    "td.c{text-align:center}\n"
    "td.cont{border-top:0;border-bottom:0;background:#ededed}\n"
    "tr:last-child td.cont{border-bottom:1px solid #000}\n"
    ".unscored{background:#fce4d6}\n"
    ".lost{background:#f8cbad}\n"
    ".prov{color:#b45309;font-weight:bold}\n"
    ".table{break-before:page}\n"
    ".sign{display:flex;justify-content:space-between;margin:6mm 0 0;font-size:10pt}\n"
    ".sign span{display:inline-block;min-width:40mm}\n"
    ".chart{width:100%;height:auto;display:block;margin:1mm 0 2mm;break-inside:avoid}\n"
    ".legend{font-size:8.5pt;color:#333}\n"
    ".sw{display:inline-block;width:3mm;height:3mm;margin:0 1mm 0 3mm;vertical-align:middle}\n"
    "ul.f{padding-left:5mm;margin:0}\n"
    "ul.f li{margin:0 0 1mm;break-inside:avoid}\n"
    ".sev-error{color:#b91c1c;font-weight:bold}\n"
    ".sev-warning{color:#b45309;font-weight:bold}\n"
    ".sev-info{color:#1d4ed8}\n";

static void head(jx_buf *b, const char *title)
{
    jx_buf_puts(b, "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
                   "<meta name=\"viewport\" content=\"width=device-width\">\n<title>");
    E(title);
    jx_buf_puts(b, "</title>\n<style>\n");
    jx_buf_puts(b, css);
    jx_buf_puts(b, "</style>\n</head>\n<body>\n");
}

static void num(jx_buf *b, double v)
{
    if (isnan(v))
        jx_buf_puts(b, "—");
    else
        jx_buf_printf(b, "%.2f", v);
}

static void td_num(jx_buf *b, double v, const char *cls)
{
    jx_buf_printf(b, "<td class=\"n%s%s\">", cls ? " " : "", cls ? cls : "");
    num(b, v);
    jx_buf_puts(b, "</td>");
}

static void td(jx_buf *b, const char *s, int colspan, const char *cls)
{
    jx_buf_puts(b, "<td");
    if (colspan > 1)
        jx_buf_printf(b, " colspan=\"%d\"", colspan);
    if (cls)
        jx_buf_printf(b, " class=\"%s\"", cls);
    jx_buf_putc(b, '>');
    E(s);
    jx_buf_puts(b, "</td>");
}

static void th(jx_buf *b, const char *s, int colspan, int rowspan)
{
    jx_buf_puts(b, "<th");
    if (colspan > 1)
        jx_buf_printf(b, " colspan=\"%d\"", colspan);
    if (rowspan > 1)
        jx_buf_printf(b, " rowspan=\"%d\"", rowspan);
    jx_buf_putc(b, '>');
    E(s);
    jx_buf_puts(b, "</th>");
}

static const char *grade_text(const jx_scored_table *st, char *buf, size_t n)
{
    if (!st->grade)
        snprintf(buf, n, "—（没有可计分的项）");
    else if (st->unscored)
        snprintf(buf, n, "%s（暂定：%zu 项未计分）", st->grade, st->unscored);
    else
        snprintf(buf, n, "%s", st->grade);
    return buf;
}

static const char *table_label(const jx_table *t, char *buf, size_t n)
{
    if (t->kind == JX_TABLE_DEPARTMENT)
        snprintf(buf, n, "部门整体 %s", t->name ? t->name : "");
    else
        snprintf(buf, n, "%s%s%s", t->code ? t->code : "", t->code ? " " : "",
                 t->name ? t->name : "");
    return buf;
}

/* 项目名称 … and the funds block, in 9 columns like the printed form. */
static void form_head(jx_buf *b, const jx_scored_table *st)
{
    const jx_table *t = st->t;
    jx_buf_puts(b, "<colgroup><col style=\"width:10%\"><col style=\"width:10%\">"
                   "<col style=\"width:11%\"><col style=\"width:17%\"><col style=\"width:12%\">"
                   "<col style=\"width:12%\"><col style=\"width:7%\"><col style=\"width:7%\">"
                   "<col style=\"width:14%\"></colgroup>\n");
    if (t->kind == JX_TABLE_PROJECT) {
        jx_buf_puts(b, "<tr>");
        th(b, "项目名称", 1, 1);
        td(b, t->name, 8, NULL);
        jx_buf_puts(b, "</tr>\n<tr>");
        th(b, "项目编码", 1, 1);
        td(b, t->code, 8, NULL);
        jx_buf_puts(b, "</tr>\n<tr>");
        th(b, "主管部门", 1, 1);
        td(b, t->department, 3, NULL);
        th(b, "实施单位", 1, 1);
        td(b, t->department, 4, NULL);
        jx_buf_puts(b, "</tr>\n");
    } else {
        jx_buf_puts(b, "<tr>");
        th(b, "单位名称", 2, 1);
        td(b, t->name, 7, NULL);
        jx_buf_puts(b, "</tr>\n");
    }
    if (!st->has_exec)
        return;
    const jx_execution *x = &st->execution;
    jx_buf_puts(b, "<tr>");
    th(b, "项目资金（万元）", 1, 5);
    th(b, "", 2, 1);
    static const char *h[] = {"年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"};
    for (int k = 0; k < 6; k++)
        th(b, h[k], 1, 1);
    jx_buf_puts(b, "</tr>\n<tr>");
    td(b, "年度资金总额", 2, NULL);
    td_num(b, x->initial, NULL);
    td_num(b, x->budget, NULL);
    td_num(b, x->executed, NULL);
    td_num(b, st->exec.points, NULL);
    if (x->budget > 0 && !isnan(x->executed))
        jx_buf_printf(b, "<td class=\"n\">%.2f%%</td>", x->executed / x->budget * 100);
    else
        jx_buf_puts(b, "<td class=\"n\">—</td>");
    td_num(b, st->exec.finding ? NAN : st->exec.score, st->exec.finding ? "unscored" : NULL);
    jx_buf_puts(b, "</tr>\n");
    static const char *sub[] = {"其中：当年财政拨款", "上年结转资金", "其他资金"};
    for (int k = 0; k < 3; k++) {
        jx_buf_puts(b, "<tr>");
        td(b, sub[k], 2, NULL);
        for (int c = 0; c < 6; c++)
            td(b, "—", 1, "c");
        jx_buf_puts(b, "</tr>\n");
    }
}

/* How many rows from i share level1 (and level2 when level == 2). */
static size_t run_len(const jx_scored_table *st, size_t i, int level)
{
    size_t j = i + 1;
    for (; j < st->n; j++) {
        const jx_indicator *a = st->rows[i].ind, *c = st->rows[j].ind;
        if (!jx_streq(a->level1 ? a->level1 : "", c->level1 ? c->level1 : ""))
            break;
        if (level == 2 && !jx_streq(a->level2 ? a->level2 : "", c->level2 ? c->level2 : ""))
            break;
    }
    return j - i;
}

static void indicator_rows(jx_buf *b, const jx_scored_table *st)
{
    jx_buf_puts(b, "<tr>");
    th(b, "年度总体目标", 1, 2);
    th(b, "预期目标", 4, 1);
    th(b, "实际完成情况", 4, 1);
    jx_buf_puts(b, "</tr>\n<tr>");
    td(b, "（见绩效目标表）", 4, NULL);
    td(b, "", 4, NULL);
    jx_buf_puts(b, "</tr>\n<tr>");
    /* 绩效指标 spans the indicator rows on the printed form; here its cell
     * continues without borders so the table can break across pages */
    th(b, "绩效指标", 1, 1);
    static const char *h[] = {"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                              "分值", "得分", "偏差原因分析及改进措施"};
    for (int k = 0; k < 8; k++)
        th(b, h[k], 1, 1);
    jx_buf_puts(b, "</tr>\n");
    size_t end1 = 0, end2 = 0;
    for (size_t i = 0; i < st->n; i++) {
        const jx_scored *r = &st->rows[i];
        const jx_indicator *ind = r->ind;
        jx_buf_puts(b, "<tr><td class=\"cont\"></td>");
        if (i >= end1) {
            size_t k = run_len(st, i, 1);
            end1 = i + k;
            jx_buf_printf(b, "<td class=\"c\" rowspan=\"%zu\">", k);
            E(ind->level1);
            jx_buf_puts(b, "</td>");
        }
        if (i >= end2) {
            size_t k = run_len(st, i, 2);
            end2 = i + k;
            jx_buf_printf(b, "<td class=\"c\" rowspan=\"%zu\">", k);
            E(ind->level2);
            jx_buf_puts(b, "</td>");
        }
        int un = r->s.finding || isnan(r->s.score);
        td(b, ind->level3, 1, NULL);
        td(b, ind->target_raw, 1, NULL);
        td(b, r->actual ? r->actual : "（未填）", 1, r->actual ? NULL : "unscored");
        td_num(b, r->s.points, NULL);
        td_num(b, r->s.score, un ? "unscored" : r->short_of_target ? "lost" : NULL);
        int missing = r->short_of_target && (!r->deviation || !*r->deviation);
        td(b, missing ? "（未填写）" : r->deviation, 1, missing ? "lost" : NULL);
        jx_buf_puts(b, "</tr>\n");
    }
}

static void total_rows(jx_buf *b, const jx_scored_table *st)
{
    char g[160];
    int prov = st->grade && st->unscored;
    jx_buf_puts(b, "<tr>");
    th(b, "总分", 1, 1);
    jx_buf_puts(b, st->has_exec ? "<td colspan=\"5\">（含预算执行率）</td>" : "<td colspan=\"5\"></td>");
    td_num(b, st->points, NULL);
    td_num(b, st->grade ? st->total : NAN, prov ? "unscored" : NULL);
    jx_buf_puts(b, "<td></td></tr>\n<tr>");
    th(b, "等级", 1, 1);
    td(b, grade_text(st, g, sizeof g), 8, prov || !st->grade ? "prov" : NULL);
    jx_buf_puts(b, "</tr>\n");
}

/* Bars of points given against points available per 一级 (and 预算执行率). */
static void chart(jx_buf *b, const jx_scored_table *st)
{
    jx_level1_sum s[17];
    size_t k = jx_level1_sums(st, s, 16);
    if (st->has_exec)
        s[k++] = (jx_level1_sum){"预算执行率", st->exec.points,
                                 st->exec.finding ? 0 : st->exec.score, st->exec.finding ? 1u : 0u};
    double max = 0;
    for (size_t i = 0; i < k; i++)
        if (s[i].points > max)
            max = s[i].points;
    if (!k || max <= 0)
        return;
    const int W = 700, L = 150, R = 170, bar = 16, gap = 10;
    int h = (int)k * (bar + gap) + gap;
    jx_buf_printf(b, "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" "
                     "role=\"img\" aria-label=\"各一级指标得分与分值\">\n", W, h);
    double scale = (W - L - R) / max;
    for (size_t i = 0; i < k; i++) {
        int y = gap + (int)i * (bar + gap);
        double pw = s[i].points * scale, sw = s[i].score * scale;
        int full = s[i].score >= s[i].points - 0.005 && !s[i].unscored;
        jx_buf_printf(b, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" font-size=\"13\">", L - 8,
                      y + 13);
        E(s[i].name);
        jx_buf_printf(b, "</text><rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"#e5e7eb\" "
                         "stroke=\"#9ca3af\"/>",
                      L, y, pw, bar);
        jx_buf_printf(b, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>", L, y,
                      sw, bar, full ? "#2563eb" : "#f59e0b");
        jx_buf_printf(b, "<text x=\"%.1f\" y=\"%d\" font-size=\"13\">%.2f / %.2f%s</text>\n",
                      L + pw + 6, y + 13, s[i].score, s[i].points, s[i].unscored ? " 暂定" : "");
    }
    jx_buf_puts(b, "</svg>\n<p class=\"legend\"><span class=\"sw\" style=\"background:#2563eb\">"
                   "</span>得分（满分）<span class=\"sw\" style=\"background:#f59e0b\"></span>"
                   "得分（有失分或未计分）<span class=\"sw\" style=\"background:#e5e7eb;"
                   "border:1px solid #9ca3af\"></span>分值</p>\n");
}

static void details(jx_buf *b, const jx_scored_table *st)
{
    jx_buf_puts(b, "<h3>计分说明</h3>\n<table><colgroup><col style=\"width:28%\">"
                   "<col style=\"width:72%\"></colgroup>\n<tr>");
    th(b, "三级指标", 1, 1);
    th(b, "计分（规则与算式）", 1, 1);
    jx_buf_puts(b, "</tr>\n");
    for (size_t i = 0; i < st->n; i++) {
        const jx_scored *r = &st->rows[i];
        int un = r->s.finding || isnan(r->s.score);
        jx_buf_puts(b, "<tr>");
        td(b, r->ind->level3, 1, NULL);
        td(b, r->s.explain, 1, un ? "unscored" : NULL);
        jx_buf_puts(b, "</tr>\n");
    }
    if (st->has_exec) {
        jx_buf_puts(b, "<tr>");
        td(b, "预算执行率", 1, NULL);
        td(b, st->exec.explain, 1, st->exec.finding ? "unscored" : NULL);
        jx_buf_puts(b, "</tr>\n");
    }
    jx_buf_puts(b, "</table>\n");
}

static void deviations(jx_buf *b, const jx_scored_table *st)
{
    size_t any = 0;
    for (size_t i = 0; i < st->n; i++) {
        const jx_scored *r = &st->rows[i];
        if (!r->short_of_target)
            continue;
        if (!any++)
            jx_buf_puts(b, "<h3>偏差清单（未达到目标的指标）</h3>\n<ul class=\"f\">\n");
        jx_buf_puts(b, "<li>");
        E(r->ind->level3);
        jx_buf_puts(b, "：目标 ");
        E(r->ind->target_raw);
        jx_buf_puts(b, "，实际 ");
        E(r->actual);
        jx_buf_printf(b, "，得分 %.2f / %.2f；偏差原因：", r->s.score, r->s.points);
        if (r->deviation && *r->deviation)
            E(r->deviation);
        else
            jx_buf_puts(b, "<span class=\"sev-warning\">（未填写）</span>");
        jx_buf_puts(b, "</li>\n");
    }
    if (any)
        jx_buf_puts(b, "</ul>\n");
}

static void one_table(jx_buf *b, const jx_scored_table *st)
{
    const jx_table *t = st->t;
    jx_buf_puts(b, "<section class=\"table\">\n<h2>");
    jx_buf_puts(b, t->kind == JX_TABLE_DEPARTMENT ? "部门整体支出绩效自评表" : "项目支出绩效自评表");
    jx_buf_puts(b, "</h2>\n<table class=\"form\">\n");
    form_head(b, st);
    indicator_rows(b, st);
    total_rows(b, st);
    jx_buf_puts(b, "</table>\n<div class=\"sign\"><span>填报人：</span><span>审核人：</span>"
                   "<span>填报日期：　　年　　月　　日</span></div>\n<h3>各一级指标得分</h3>\n");
    chart(b, st);
    deviations(b, st);
    details(b, st);
    jx_buf_puts(b, "</section>\n");
}

typedef struct lost {
    const jx_scored_table *st;
    const jx_scored *r;
    double lost;
} lost;

static int by_lost(const void *a, const void *c)
{
    const lost *x = a, *y = c;
    if (x->lost != y->lost)
        return x->lost < y->lost ? 1 : -1;
    return x->r->ind->line - y->r->ind->line;
}

static void top_lost(jx_buf *b, const jx_scorecard *sc)
{
    size_t n = 0;
    for (size_t i = 0; i < sc->n; i++)
        n += sc->tables[i].n;
    lost *l = calloc(n + 1, sizeof *l);
    if (!l)
        return;
    size_t k = 0;
    for (size_t i = 0; i < sc->n; i++)
        for (size_t j = 0; j < sc->tables[i].n; j++) {
            const jx_scored *r = &sc->tables[i].rows[j];
            if (!r->short_of_target)
                continue;
            l[k++] = (lost){&sc->tables[i], r, r->s.points - r->s.score};
        }
    qsort(l, k, sizeof *l, by_lost);
    if (k) {
        jx_buf_puts(b, "<h3>失分最多的指标</h3>\n<table><colgroup><col style=\"width:30%\">"
                       "<col style=\"width:30%\"><col style=\"width:14%\"><col style=\"width:13%\">"
                       "<col style=\"width:13%\"></colgroup>\n<tr>");
        static const char *h[] = {"表", "三级指标", "实际完成值", "得分/分值", "失分"};
        for (int c = 0; c < 5; c++)
            th(b, h[c], 1, 1);
        jx_buf_puts(b, "</tr>\n");
    }
    for (size_t i = 0; i < k && i < 10; i++) {
        char tl[300];
        jx_buf_puts(b, "<tr>");
        td(b, table_label(l[i].st->t, tl, sizeof tl), 1, NULL);
        td(b, l[i].r->ind->level3, 1, NULL);
        td(b, l[i].r->actual, 1, NULL);
        jx_buf_printf(b, "<td class=\"n\">%.2f / %.2f</td><td class=\"n lost\">%.2f</td></tr>\n",
                      l[i].r->s.score, l[i].r->s.points, l[i].lost);
    }
    if (k)
        jx_buf_puts(b, "</table>\n");
    free(l);
}

static void summary(jx_buf *b, const jx_scorecard *sc)
{
    jx_buf_puts(b, "<section class=\"summary\">\n<h1>绩效自评报告</h1>\n<p class=\"meta\">目标表 ");
    E(sc->source);
    if (sc->actuals_source) {
        jx_buf_puts(b, "　实际完成值 ");
        E(sc->actuals_source);
    }
    jx_buf_puts(b, "　规则包 ");
    E(sc->pack);
    jx_buf_puts(b, "</p>\n<table><colgroup><col style=\"width:46%\"><col style=\"width:12%\">"
                   "<col style=\"width:12%\"><col style=\"width:30%\"></colgroup>\n<tr>");
    static const char *h[] = {"表", "总分", "满分", "等级"};
    for (int c = 0; c < 4; c++)
        th(b, h[c], 1, 1);
    jx_buf_puts(b, "</tr>\n");
    for (size_t i = 0; i < sc->n; i++) {
        const jx_scored_table *st = &sc->tables[i];
        char tl[300], g[160];
        int prov = st->grade && st->unscored;
        jx_buf_puts(b, "<tr>");
        td(b, table_label(st->t, tl, sizeof tl), 1, NULL);
        td_num(b, st->grade ? st->total : NAN, prov ? "unscored" : NULL);
        td_num(b, st->points, NULL);
        td(b, grade_text(st, g, sizeof g), 1, prov || !st->grade ? "prov" : NULL);
        jx_buf_puts(b, "</tr>\n");
    }
    jx_buf_puts(b, "</table>\n");
    /* grade distribution */
    const char *gs[16];
    size_t gn[16], ng = 0;
    for (size_t i = 0; i < sc->n; i++) {
        const char *g = sc->tables[i].grade ? sc->tables[i].grade : "未评级";
        size_t k = 0;
        while (k < ng && strcmp(gs[k], g))
            k++;
        if (k == ng && ng < 16) {
            gs[ng] = g;
            gn[ng++] = 0;
        }
        if (k < ng)
            gn[k]++;
    }
    jx_buf_puts(b, "<p>等级分布：");
    for (size_t k = 0; k < ng; k++) {
        jx_buf_puts(b, k ? "，" : "");
        E(gs[k]);
        jx_buf_printf(b, " %zu 个", gn[k]);
    }
    jx_buf_printf(b, "；已计分指标 %zu 个，未计分 %zu 个。</p>\n", sc->scored, sc->unscored);
    top_lost(b, sc);
    jx_buf_puts(b, "</section>\n");
}

static const char *sev_zh(jx_severity s)
{
    return s == JX_SEV_ERROR ? "错误" : s == JX_SEV_WARNING ? "警告" : "提示";
}

static void findings_list(jx_buf *b, const jx_finding *f, size_t n, const char *source)
{
    if (!n)
        return;
    jx_buf_printf(b, "<section class=\"table\">\n<h3>发现（%zu 条）</h3>\n<ul class=\"f\">\n", n);
    for (size_t i = 0; i < n; i++) {
        jx_buf_printf(b, "<li><span class=\"sev-%s\">%s</span> ",
                      jx_severity_name(f[i].severity), sev_zh(f[i].severity));
        E(source);
        jx_buf_printf(b, ":%d [", f[i].line);
        E(f[i].code);
        jx_buf_puts(b, "] ");
        E(f[i].message);
        jx_buf_puts(b, "</li>\n");
    }
    jx_buf_puts(b, "</ul>\n</section>\n");
}

int jx_scorecard_html(jx_buf *b, const jx_scorecard *sc)
{
    char title[600];
    snprintf(title, sizeof title, "绩效自评报告 %s", sc->source);
    head(b, title);
    summary(b, sc);
    for (size_t i = 0; i < sc->n; i++)
        one_table(b, &sc->tables[i]);
    findings_list(b, sc->f, sc->nf, sc->source);
    jx_buf_puts(b, "</body>\n</html>\n");
    return 0;
}

int jx_findings_html(jx_buf *b, const jx_finding *f, size_t n, const char *pack)
{
    head(b, "绩效目标审核意见");
    jx_buf_puts(b, "<h1>绩效目标审核意见</h1>\n<p class=\"meta\">规则包 ");
    E(pack);
    size_t c[3] = {0, 0, 0};
    for (size_t i = 0; i < n; i++)
        c[f[i].severity == JX_SEV_ERROR ? 0 : f[i].severity == JX_SEV_WARNING ? 1 : 2]++;
    jx_buf_printf(b, "　共 %zu 条：错误 %zu，警告 %zu，提示 %zu</p>\n", n, c[0], c[1], c[2]);
    const char *src = NULL;
    for (size_t i = 0; i < n; i++) {
        if (!src || strcmp(src, f[i].source ? f[i].source : "")) {
            if (src)
                jx_buf_puts(b, "</table>\n");
            src = f[i].source ? f[i].source : "";
            jx_buf_puts(b, "<h3>");
            E(src);
            jx_buf_puts(b, "</h3>\n<table><colgroup><col style=\"width:8%\"><col style=\"width:7%\">"
                           "<col style=\"width:15%\"><col style=\"width:18%\"><col style=\"width:52%\">"
                           "</colgroup>\n<thead><tr><th>级别</th><th>行</th><th>项目</th><th>指标</th>"
                           "<th>意见</th></tr></thead>\n");
        }
        jx_buf_printf(b, "<tr><td class=\"c sev-%s\">%s</td><td class=\"n\">%d</td>",
                      jx_severity_name(f[i].severity), sev_zh(f[i].severity), f[i].line);
        td(b, f[i].project, 1, NULL);
        td(b, f[i].indicator, 1, NULL);
        jx_buf_puts(b, "<td>");
        E(f[i].message);
        jx_buf_puts(b, " <span class=\"legend\">[");
        E(f[i].code);
        jx_buf_puts(b, "]</span></td></tr>\n");
    }
    if (src)
        jx_buf_puts(b, "</table>\n");
    else
        jx_buf_puts(b, "<p>没有发现。</p>\n");
    jx_buf_puts(b, "<div class=\"sign\"><span>审核人：</span><span>审核日期：　　年　　月　　日</span></div>\n"
                   "</body>\n</html>\n");
    return 0;
}
