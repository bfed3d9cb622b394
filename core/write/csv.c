/*
 * csv.c - `score --format csv-zh`: the scored rows for a person who opens
 * the file in Excel or WPS: Chinese column names, 预算执行率 beside its
 * project, a 总分 row per table with the 等级 and the 暂定 mark.  UTF-8
 * with BOM.  The machine CSV (`--format csv`, English field names) stays
 * in score.c and is documented in docs/formats.md.
 */
#include <math.h>
#include <stdio.h>

#include "doc_int.h"
#include "write.h"

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
