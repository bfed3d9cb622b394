/*
 * csv.c - CSV: the cell quoting every CSV output shares, a document as
 * CSV (`parse --format csv`, docs/formats.md), and `score --format
 * csv-zh`: the scored rows for a person who opens
 * the file in Excel or WPS: Chinese column names, 预算执行率 beside its
 * project, a 总分 row per table with the 等级 and the 暂定 mark.  UTF-8
 * with BOM.  The machine CSV (`--format csv`, English field names) stays
 * in score.c and is documented in docs/formats.md.
 */
#include <math.h>
#include <stdio.h>

#include "doc_int.h"
#include "write.h"

/* ---- the machine CSV of a document (parse --format csv) ---- */

void jx_csv_cell(jx_buf *b, const char *s, int first)
{
    if (!first)
        jx_buf_putc(b, ',');
    if (!s)
        return;
    int quote = 0;
    for (const char *p = s; *p; p++)
        if (*p == ',' || *p == '"' || *p == '\n' || *p == '\r')
            quote = 1;
    if (s[0] == ' ' || (s[0] && s[strlen(s) - 1] == ' '))
        quote = 1;
    if (!quote) {
        jx_buf_puts(b, s);
        return;
    }
    jx_buf_putc(b, '"');
    for (const char *p = s; *p; p++) {
        if (*p == '"')
            jx_buf_putc(b, '"');
        jx_buf_putc(b, *p);
    }
    jx_buf_putc(b, '"');
}

void jx_csv_num(jx_buf *b, double d)
{
    jx_buf_putc(b, ',');
    if (!isnan(d))
        jx_buf_printf(b, "%.15g", d);
}

jx_status jx_doc_write_csv(FILE *f, jx_doc *const *docs, size_t n)
{
    jx_buf b;
    jx_buf_init(&b);
    /* a BOM so Excel and WPS open the UTF-8 right; readers skip it */
    jx_buf_puts(&b, "\xEF\xBB\xBFsource,table,code,name,level1,level2,level2_inferred,"
                    "level3,period,target,kind,op,value,value_max,unit,line\n");
    for (size_t di = 0; di < n; di++) {
        const jx_doc *d = docs[di];
        for (size_t ti = 0; ti < d->ntables; ti++) {
            const jx_table *t = &d->tables[ti];
            for (size_t i = 0; i < t->n; i++) {
                const jx_indicator *ind = &t->ind[i];
                const jx_value *v = &ind->target;
                jx_csv_cell(&b, d->source, 1);
                jx_csv_cell(&b, jx_table_kind_name(t->kind), 0);
                jx_csv_cell(&b, t->code, 0);
                jx_csv_cell(&b, t->name, 0);
                jx_csv_cell(&b, ind->level1, 0);
                jx_csv_cell(&b, ind->level2, 0);
                jx_csv_cell(&b, ind->level2_inferred ? "true" : "false", 0);
                jx_csv_cell(&b, ind->level3, 0);
                jx_csv_cell(&b, ind->period, 0);
                jx_csv_cell(&b, ind->target_raw, 0);
                jx_csv_cell(&b, jx_vkind_name(v->kind), 0);
                if (v->n) {
                    jx_csv_cell(&b, jx_op_name(v->t[0].op), 0);
                    jx_csv_num(&b, v->t[0].value);
                    jx_csv_num(&b, v->t[0].op == JX_OP_RANGE ? v->t[0].value_max
                                                             : NAN);
                    jx_csv_cell(&b, v->t[0].unit, 0);
                } else {
                    jx_buf_puts(&b, ",,,,");
                }
                jx_buf_printf(&b, ",%d\n", ind->line);
            }
        }
    }
    return jx_write_flush(f, &b);
}

/* ---- csv-zh: the scored rows for a person ---- */

static void lead(jx_buf *b, const jx_table *t)
{
    jx_csv_cell(b, t->kind == JX_TABLE_DEPARTMENT ? "部门整体" : "项目", 1);
    jx_csv_cell(b, t->code, 0);
    jx_csv_cell(b, t->name, 0);
}

static const char *state(const jx_score *s, int short_of_target)
{
    if (s->finding || isnan(s->score))
        return "未计分";
    return short_of_target ? "未达标" : "达标";
}

int jx_scorecard_csv_zh(jx_buf *b, const jx_scorecard *sc)
{
    jx_buf_puts(b, "\xEF\xBB\xBF表类型,项目编码,项目名称,一级指标,二级指标,三级指标,年度指标值,"
                   "实际完成值,分值,得分,状态,计分说明,偏差原因分析及改进措施\n");
    for (size_t ti = 0; ti < sc->n; ti++) {
        const jx_scored_table *st = &sc->tables[ti];
        const jx_table *t = st->t;
        for (size_t i = 0; i < st->n; i++) {
            const jx_scored *r = &st->rows[i];
            lead(b, t);
            jx_csv_cell(b, r->ind->level1, 0);
            jx_csv_cell(b, r->ind->level2, 0);
            jx_csv_cell(b, r->ind->level3, 0);
            jx_csv_cell(b, r->ind->target_raw, 0);
            jx_csv_cell(b, r->actual, 0);
            jx_csv_num(b, r->s.points);
            jx_csv_num(b, r->s.score);
            jx_csv_cell(b, state(&r->s, r->short_of_target), 0);
            jx_csv_cell(b, r->s.explain, 0);
            int missing = r->short_of_target && (!r->deviation || !*r->deviation);
            jx_csv_cell(b, missing ? "（未填写）" : r->deviation, 0);
            jx_buf_putc(b, '\n');
        }
        if (st->has_exec) {
            lead(b, t);
            jx_buf_puts(b, ",预算执行率,,,,");
            jx_csv_num(b, st->exec.points);
            jx_csv_num(b, st->exec.finding ? NAN : st->exec.score);
            jx_csv_cell(b, st->exec.finding ? "未计分" : "", 0);
            jx_csv_cell(b, st->exec.explain, 0);
            jx_buf_puts(b, ",\n");
        }
        char g[160];
        if (!st->grade)
            snprintf(g, sizeof g, "等级：—（没有可计分的项）");
        else if (st->unscored)
            snprintf(g, sizeof g, "等级：%s（暂定：%zu 项未计分）", st->grade, st->unscored);
        else
            snprintf(g, sizeof g, "等级：%s", st->grade);
        lead(b, t);
        jx_buf_puts(b, ",总分,,,,");
        jx_csv_num(b, st->points);
        jx_csv_num(b, st->grade ? st->total : NAN);
        jx_csv_cell(b, st->grade && st->unscored ? "暂定" : "", 0);
        jx_csv_cell(b, g, 0);
        jx_buf_puts(b, ",\n");
    }
    return 0;
}
