/*
 * table.c - `parse --format table`: a document for a person at a
 * terminal, columns padded by display width.
 */
#include <math.h>
#include <stdio.h>

#include "doc_int.h"
#include "write.h"

/* ---- terminal view ---- */

/* Appends s padded (or cut with …) to exactly w columns. */
void jx_pad(jx_buf *b, const char *s, size_t w)
{
    if (!s)
        s = "";
    size_t len = strlen(s), cols = 0, i = 0;
    size_t full = jx_utf8_width(s, len);
    size_t room = w > 4 ? w - 2 : w; /* columns keep a gap of two */
    if (full <= room) {
        jx_buf_puts(b, s);
        cols = full;
    } else {
        while (i < len) {
            uint32_t cp;
            int k = jx_utf8_decode((const unsigned char *)s + i, len - i, &cp);
            if (k <= 0)
                break;
            size_t cw = jx_utf8_width(s + i, (size_t)k);
            if (cols + cw + 1 > room)
                break;
            jx_buf_put(b, s + i, (size_t)k);
            cols += cw;
            i += (size_t)k;
        }
        jx_buf_puts(b, "…");
        cols++;
    }
    for (; cols < w; cols++)
        jx_buf_putc(b, ' ');
}

static size_t colw(const char *s, size_t cap)
{
    size_t w = s ? jx_utf8_width(s, strlen(s)) : 0;
    return w > cap ? cap : w;
}

static void fmt_amount(char *buf, size_t n, double v)
{
    if (isnan(v))
        snprintf(buf, n, "（空）");
    else
        snprintf(buf, n, "%.15g", v);
}

jx_status jx_doc_write_table(FILE *f, jx_doc *d)
{
    jx_buf b;
    jx_buf_init(&b);
    jx_buf_printf(&b, "文件：%s", d->source);
    if (d->unit)
        jx_buf_printf(&b, "　单位：%s", d->unit);
    if (d->year)
        jx_buf_printf(&b, "　年度：%d", d->year);
    if (!isnan(d->project_spending))
        jx_buf_printf(&b, "　项目支出：%.15g 万元", d->project_spending);
    jx_buf_printf(&b, "\n");
    for (size_t ti = 0; ti < d->ntables; ti++) {
        const jx_table *t = &d->tables[ti];
        jx_buf_puts(&b, "\n");
        if (t->kind == JX_TABLE_DEPARTMENT)
            jx_buf_printf(&b, "== 部门整体绩效目标　%s", t->name ? t->name : "");
        else
            jx_buf_printf(&b, "== 项目　%s%s%s", t->code ? t->code : "",
                          t->code ? " " : "", t->name ? t->name : "");
        jx_buf_printf(&b, "（第 %d 行）\n", t->line);
        if (!isnan(t->funds.total) || !isnan(t->funds.fiscal)) {
            char a[32], c[32], o[32];
            fmt_amount(a, sizeof a, t->funds.total);
            fmt_amount(c, sizeof c, t->funds.fiscal);
            fmt_amount(o, sizeof o, t->funds.other);
            jx_buf_printf(&b, "   资金总额 %s 万元　财政性资金 %s　其他资金 %s\n", a,
                          c, o);
        }
        size_t w1 = 8, w2 = 8, w3 = 8, w4 = 6;
        for (size_t i = 0; i < t->n; i++) {
            const jx_indicator *ind = &t->ind[i];
            size_t a = colw(ind->level1, 16), c = colw(ind->level2, 18) + 1,
                   e = colw(ind->level3, 40), g = colw(ind->target_raw, 30);
            if (a > w1) w1 = a;
            if (c > w2) w2 = c;
            if (e > w3) w3 = e;
            if (g > w4) w4 = g;
        }
        int period = t->layout == JX_LAYOUT_FORM;
        if (period)
            jx_pad(&b, "期间", 8);
        jx_pad(&b, "一级指标", w1 + 2);
        jx_pad(&b, "二级指标", w2 + 2);
        jx_pad(&b, "三级指标", w3 + 2);
        jx_pad(&b, "指标值", w4 + 2);
        jx_buf_puts(&b, "行\n");
        for (size_t i = 0; i < t->n; i++) {
            const jx_indicator *ind = &t->ind[i];
            if (period)
                jx_pad(&b, ind->period, 8);
            jx_pad(&b, ind->level1, w1 + 2);
            char l2[256];
            snprintf(l2, sizeof l2, "%s%s", ind->level2 ? ind->level2 : "—",
                     ind->level2_inferred ? "*" : "");
            jx_pad(&b, l2, w2 + 2);
            jx_pad(&b, ind->level3, w3 + 2);
            jx_pad(&b, ind->target_raw[0] ? ind->target_raw : "（空）", w4 + 2);
            jx_buf_printf(&b, "%d%s\n", ind->line, ind->realigned ? "　已调整位置" : "");
        }
    }
    int inferred = 0;
    for (size_t ti = 0; ti < d->ntables; ti++)
        for (size_t i = 0; i < d->tables[ti].n; i++)
            inferred |= d->tables[ti].ind[i].level2_inferred;
    if (inferred)
        jx_buf_puts(&b, "\n* 二级指标由规则包推断\n");
    if (d->nnotes) {
        jx_buf_puts(&b, "\n解析说明：\n");
        for (size_t i = 0; i < d->nnotes; i++)
            jx_buf_printf(&b, "  第 %d 行 [%s] %s\n", d->notes[i].line,
                          d->notes[i].code, d->notes[i].message);
    }
    return jx_write_flush(f, &b);
}

