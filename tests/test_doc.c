/*
 * test_doc.c - reading target tables: the four text layouts on the two
 * real seeds (expectations read off the documents by hand), encodings,
 * extraction damage, CSV/JSON/YAML records and their errors.
 */
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc_int.h"
#include "jixiao/jixiao.h"

#define SEED000 JX_SOURCE_DIR "/examples/luolong-2021.txt"
#define SEED004 JX_SOURCE_DIR "/examples/lushan-2020.txt"

static jx_doc *load(const char *path)
{
    jx_doc *d = NULL;
    jx_error err = {0};
    int rc = jx_doc_parse_file(path, NULL, &d, &err);
    cr_assert_eq(rc, JX_OK, "%s: %s", path, err.msg);
    return d;
}

static jx_doc *parse_str(const char *s, const char *name, jx_error *err)
{
    jx_doc *d = NULL;
    jx_doc_parse(s, strlen(s), name, NULL, &d, err);
    return d;
}

static const jx_indicator *find_ind(jx_doc *d, const char *code, const char *l3)
{
    for (size_t i = 0; i < jx_doc_ntables(d); i++) {
        jx_table *t = jx_doc_table(d, i);
        if (code ? !(t->code && !strcmp(t->code, code)) : t->kind != JX_TABLE_DEPARTMENT)
            continue;
        for (size_t k = 0; k < t->n; k++)
            if (!strcmp(t->ind[k].level3, l3))
                return &t->ind[k];
    }
    return NULL;
}

static const jx_table *find_table(jx_doc *d, const char *code)
{
    for (size_t i = 0; i < jx_doc_ntables(d); i++)
        if (jx_doc_table(d, i)->code && !strcmp(jx_doc_table(d, i)->code, code))
            return jx_doc_table(d, i);
    return NULL;
}

Test(seed000, document_facts)
{
    jx_doc *d = load(SEED000);
    cr_expect_str_eq(jx_doc_unit(d), "洛龙区医疗保障局");
    cr_expect_eq(jx_doc_year(d), 2021);
    cr_expect_float_eq(jx_doc_project_spending(d), 5058.44, 1e-9);
    /* one department table + 15 projects 312001-1 … 312001-15 */
    cr_assert_eq(jx_doc_ntables(d), 16);
    cr_expect_eq(jx_doc_table(d, 0)->kind, JX_TABLE_DEPARTMENT);
    cr_expect_eq(jx_doc_table(d, 0)->line, 414);
    for (int i = 1; i <= 15; i++) {
        char code[32];
        snprintf(code, sizeof code, "312001-%d", i);
        const jx_table *t = find_table(d, code);
        cr_expect(t != NULL, "project %s missing", code);
        if (t)
            cr_expect_eq(t->layout, JX_LAYOUT_WIDE);
    }
    jx_doc_free(d);
}

Test(seed000, department_rows_and_damage)
{
    jx_doc *d = load(SEED000);
    const jx_table *t = jx_doc_table(d, 0);
    cr_expect_eq(t->n, 49, "department indicators: %zu", t->n);
    const jx_indicator *x = find_ind(d, NULL, "目标依据充分性");
    cr_assert(x);
    cr_expect_str_eq(x->level1, "履职效能");
    cr_expect_str_eq(x->level2, "工作目标管理情况");
    cr_expect_str_eq(x->target_raw, "充分");
    cr_expect_eq(x->line, 415);
    /* merged cells: inherits 一级 and 二级 from above */
    x = find_ind(d, NULL, "目标管理有效性");
    cr_assert(x);
    cr_expect_str_eq(x->level2, "工作目标管理情况");
    /* line 428 lost its leading cells: name in the 一级 cell, value two
     * cells right; re-anchored on the value */
    x = find_ind(d, NULL, "应保尽保参保率");
    cr_assert(x);
    cr_expect_str_eq(x->target_raw, "≥96%");
    cr_expect(x->realigned);
    cr_expect_eq(x->line, 428);
    /* line 461: 对口部门满意度 | ≥80% | 得分=…: the formula is explanation */
    x = find_ind(d, NULL, "对口部门满意度");
    cr_assert(x);
    cr_expect_str_eq(x->target_raw, "≥80%");
    cr_expect(x->explanation && strstr(x->explanation, "得分=实际完成值"));
    /* header repeated with a one-cell shift (445-446) */
    x = find_ind(d, NULL, "内控制度有效性");
    cr_assert(x);
    cr_expect_str_eq(x->level2, "财务管理");
    cr_expect_str_eq(x->target_raw, "有效");
    x = find_ind(d, NULL, "资产管理规范性");
    cr_assert(x);
    cr_expect_str_eq(x->level2, "资产管理");
    /* continuation rows extend 指标说明 (432) */
    x = find_ind(d, NULL, "预算执行率");
    cr_assert(x);
    cr_expect(x->explanation && strstr(x->explanation, "其中，预算完成数"));
    /* two names in one cell (473) */
    const jx_indicator *a = find_ind(d, NULL, "高级职称人才比重"),
                       *b = find_ind(d, NULL, "硕士和博士人才数量");
    cr_assert(a && b);
    cr_expect(a->split && b->split);
    cr_expect_eq(a->line, 473);
    /* 人才支撑 lost its 一级 cell (471): it is the 二级 */
    x = find_ind(d, NULL, "高层次领军人才");
    cr_assert(x);
    cr_expect_str_eq(x->level2, "人才支撑");
    cr_expect_str_eq(x->target_raw, "1人");
    jx_doc_free(d);
}

Test(seed000, wide_project_table)
{
    jx_doc *d = load(SEED000);
    const jx_table *t = find_table(d, "312001-2");
    cr_assert(t);
    cr_expect_str_eq(t->name, "离休干部住院及医疗补贴");
    cr_expect_float_eq(t->funds.total, 140, 1e-9);
    cr_expect_float_eq(t->funds.fiscal, 140, 1e-9);
    cr_expect_float_eq(t->funds.other, 0, 1e-9);
    cr_expect_eq(t->n, 8);
    /* grouped by column pair: 产出 first, then 效益, then 满意度 */
    cr_expect_str_eq(t->ind[0].level1, "产出指标");
    cr_expect_str_eq(t->ind[0].level3, "离休干部人数");
    cr_expect_str_eq(t->ind[0].target_raw, "≤16人");
    cr_expect_str_eq(t->ind[3].level3, "报销成本");
    cr_expect_str_eq(t->ind[3].target_raw, "≤140万");
    cr_expect_float_eq(t->ind[3].target.t[0].value, 140, 1e-9);
    cr_expect_str_eq(t->ind[3].target.t[0].unit, "万元");
    cr_expect_str_eq(t->ind[7].level1, "满意度指标");
    /* no 二级 in this layout before framing */
    cr_expect_null(t->ind[0].level2);
    /* "提高, 充分享受…": a space after a comma is not two indicators */
    const jx_indicator *x = find_ind(d, "312001-2", "住院实际补偿比提高,充分享受国家政策带来的实惠。");
    cr_expect(x != NULL);
    /* empty funds cells stay empty, not zero */
    t = find_table(d, "312001-9");
    cr_assert(t);
    cr_expect(isnan(t->funds.other));
    t = find_table(d, "312001-10");
    cr_assert(t);
    cr_expect(isnan(t->funds.fiscal));
    /* 509: a value in the 满意度 column with no name belongs to the 效益
     * name on its left that has no value */
    x = find_ind(d, "312001-7", "区60岁以上农村居民享受到报销补贴应有的待遇，减轻其医疗负担");
    cr_assert(x);
    cr_expect_str_eq(x->target_raw, "≥95%");
    cr_expect(x->realigned);
    /* cut at a page edge */
    x = find_ind(d, "312001-8", "医保代缴完成时间");
    cr_assert(x);
    cr_expect_eq(x->target.kind, JX_V_DAMAGED);
    jx_doc_free(d);
}

Test(seed004, department_and_form)
{
    jx_doc *d = load(SEED004);
    cr_expect_str_eq(jx_doc_unit(d), "鲁山县医疗保障局");
    cr_expect_eq(jx_doc_year(d), 2020);
    cr_expect_float_eq(jx_doc_project_spending(d), 44914.3, 1e-9);
    cr_assert_eq(jx_doc_ntables(d), 2);
    const jx_table *dep = jx_doc_table(d, 0), *form = jx_doc_table(d, 1);
    cr_expect_eq(dep->kind, JX_TABLE_DEPARTMENT);
    cr_expect_eq(dep->n, 43);
    cr_expect_eq(form->layout, JX_LAYOUT_FORM);
    cr_expect_str_eq(form->name, "金保工程统一软件维护");
    cr_expect_str_eq(form->department, "鲁山县医疗保障局");
    cr_expect(isnan(form->funds.total)); /* the form leaves it blank */
    /* 15 indicators, each for 实施期 and 年度 */
    cr_expect_eq(form->n, 30);
    size_t year = 0, impl = 0;
    for (size_t i = 0; i < form->n; i++) {
        year += form->ind[i].period && !strcmp(form->ind[i].period, "年度");
        impl += form->ind[i].period && !strcmp(form->ind[i].period, "实施期");
    }
    cr_expect_eq(year, 15);
    cr_expect_eq(impl, 15);
    /* "指标1：驻场服务" -> "驻场服务", 5*8小时 a product */
    cr_expect_str_eq(form->ind[0].level3, "驻场服务");
    cr_expect_str_eq(form->ind[0].level1, "产出指标");
    cr_expect_str_eq(form->ind[0].level2, "数量指标");
    cr_expect(form->ind[0].target.t[0].product);
    cr_expect_float_eq(form->ind[0].target.t[0].value, 40, 1e-9);
    /* the placeholder row (378) is kept and noted */
    const jx_indicator *x = find_ind(d, NULL, "……");
    cr_assert(x);
    cr_expect_eq(x->target.kind, JX_V_PLACEHOLDER);
    /* "高级职称人才比 重": a space inside a name is removed, not a split */
    cr_expect(find_ind(d, NULL, "高级职称人才比重") != NULL);
    jx_doc_free(d);
}

Test(encoding, gb18030_reads_the_same)
{
    jx_doc *u = load(SEED004), *g = load(JX_TEST_DATA "/lushan-2020-gb18030.txt");
    cr_assert_eq(jx_doc_ntables(u), jx_doc_ntables(g));
    for (size_t i = 0; i < jx_doc_ntables(u); i++) {
        const jx_table *a = jx_doc_table(u, i), *b = jx_doc_table(g, i);
        cr_assert_eq(a->n, b->n);
        for (size_t k = 0; k < a->n; k++) {
            cr_expect_str_eq(a->ind[k].level3, b->ind[k].level3);
            cr_expect_str_eq(a->ind[k].target_raw, b->ind[k].target_raw);
            cr_expect_eq(a->ind[k].line, b->ind[k].line);
        }
    }
    jx_doc_free(u);
    jx_doc_free(g);
}

Test(encoding, forced_utf8_names_line_and_bytes)
{
    jx_doc *d = NULL;
    jx_error err = {0};
    jx_parse_opts o = {.encoding = JX_ENC_UTF8, .format = JX_FMT_AUTO};
    int rc = jx_doc_parse_file(JX_TEST_DATA "/lushan-2020-gb18030.txt", &o, &d, &err);
    cr_expect_eq(rc, JX_EENCODING);
    cr_expect_null(d);
    /* line 3 is "2020年部门收支总体情况表": 年 is C4 EA in GB18030, the
     * fifth byte of the line */
    cr_expect_eq(err.line, 3);
    cr_expect(strstr(err.msg, "第 5 字节") && strstr(err.msg, "C4 EA"), "%s", err.msg);
}

Test(encoding, bom_crlf_and_nul)
{
    const char *s = "\xEF\xBB\xBF一级指标\t二级指标\t三级指标\t指标值\r\n"
                    "产出指标\t数量指标\t培训人次\t≥100人次\r\n";
    jx_error err = {0};
    jx_doc *d = parse_str(s, "bom.txt", &err);
    cr_assert(d, "%s", err.msg);
    cr_assert_eq(jx_doc_ntables(d), 1);
    cr_expect_str_eq(jx_doc_table(d, 0)->ind[0].target_raw, "≥100人次");
    cr_expect_eq(jx_doc_table(d, 0)->ind[0].line, 2);
    jx_doc_free(d);
    const char nul[] = "一级指标\t二级指标\n产出\0指标\n";
    d = NULL;

    int rc = jx_doc_parse(nul, sizeof nul - 1, "nul.txt", NULL, &d, &err);
    cr_expect_eq(rc, JX_EENCODING);
    cr_expect_eq(err.line, 2);
    cr_expect(strstr(err.msg, "NUL"), "%s", err.msg);
}

Test(damage, html_and_markdown_mixed_in)
{
    const char *s = "## 部门（单位）整体绩效目标申报表\n"
                    "<table><tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>\n"
                    "<tr><td>产出指标</td><td>数量指标</td><td>培训人次<br/></td><td>≥100人次</td></tr>\n"
                    "| 产出指标 | 质量指标 | 合格率 | ≥95% |\n"
                    "|---|---|---|---|\n"
                    " \t\t及时率\t≥90%\n";
    jx_error err = {0};
    jx_doc *d = parse_str(s, "mixed.txt", &err);
    cr_assert(d, "%s", err.msg);
    cr_assert_eq(jx_doc_ntables(d), 1);
    const jx_table *t = jx_doc_table(d, 0);
    cr_assert_eq(t->n, 3);
    cr_expect_str_eq(t->ind[0].level3, "培训人次");
    cr_expect_str_eq(t->ind[1].level3, "合格率");
    cr_expect_str_eq(t->ind[1].target_raw, "≥95%");
    cr_expect_str_eq(t->ind[2].level2, "质量指标"); /* stray leading space */
    cr_expect_str_eq(t->ind[2].target_raw, "≥90%");
    jx_doc_free(d);
}

Test(records, csv_with_quotes_and_errors)
{
    const char *s = "项目编码,项目名称,一级指标,二级指标,三级指标,指标值,分值\n"
                    "1-1,\"示例, 项目\",产出指标,数量指标,\"培训\n人次\",≥100人次,10\n"
                    "1-1,\"示例, 项目\",效益指标,,知晓率,≥90%,5\n";
    jx_error err = {0};
    jx_doc *d = parse_str(s, "a.csv", &err);
    cr_assert(d, "%s", err.msg);
    cr_assert_eq(jx_doc_ntables(d), 1);
    const jx_table *t = jx_doc_table(d, 0);
    cr_expect_str_eq(t->name, "示例, 项目");
    cr_assert_eq(t->n, 2);
    cr_expect_str_eq(t->ind[0].level3, "培训\n人次");
    cr_expect_float_eq(t->ind[0].points, 10, 1e-9);
    cr_expect_eq(t->ind[1].line, 4); /* the quoted newline counts */
    cr_expect_null(t->ind[1].level2);
    jx_doc_free(d);

    d = parse_str("三级指标,指标值,分值\n培训人次,≥100人次,十\n", "b.csv", &err);
    cr_expect_null(d);
    cr_expect_eq(err.code, JX_EINPUT);
    cr_expect_eq(err.line, 2);
    cr_expect_eq(err.cell, 3);
    cr_expect(strstr(err.msg, "分值"), "%s", err.msg);

    /* a header the record columns do not cover (三级, not 三级指标): read
     * as a form, like the sheet it was saved from */
    d = parse_str("项目名称,一级指标,三级,指标值\nx,y,z,1\n", "c.csv", &err);
    cr_assert(d, "%s", err.msg);
    cr_assert_eq(jx_doc_ntables(d), 1);
    cr_expect_str_eq(jx_doc_table(d, 0)->name, "x");
    cr_assert_eq(jx_doc_table(d, 0)->n, 1);
    cr_expect_str_eq(jx_doc_table(d, 0)->ind[0].level3, "z");
    jx_doc_free(d);
    d = parse_str("项目名称,三级指标,备注\nx,y,z\n", "d.csv", &err);
    cr_expect_null(d);
    cr_expect(strstr(err.msg, "指标值"), "%s", err.msg);
    d = parse_str("三级指标,指标值\na,1,extra\n", "e.csv", &err);
    cr_expect_null(d);
    cr_expect_eq(err.cell, 3);
}

static char *to_json(jx_doc *d, size_t *len)
{
    char *buf = NULL;
    FILE *f = open_memstream(&buf, len);
    jx_doc_write_json(f, &d, 1, 1);
    fclose(f);
    return buf;
}

Test(records, json_round_trip_is_lossless)
{
    jx_doc *d = load(SEED000);
    size_t len;
    char *js = to_json(d, &len);
    jx_doc *back = NULL;
    jx_error err = {0};
    cr_assert_eq(jx_doc_parse(js, len, "back.json", NULL, &back, &err), JX_OK, "%s", err.msg);
    cr_assert_eq(jx_doc_ntables(back), jx_doc_ntables(d));
    cr_expect_str_eq(jx_doc_unit(back), jx_doc_unit(d));
    cr_expect_float_eq(jx_doc_project_spending(back), 5058.44, 1e-9);
    for (size_t i = 0; i < jx_doc_ntables(d); i++) {
        const jx_table *a = jx_doc_table(d, i), *b = jx_doc_table(back, i);
        cr_assert_eq(a->n, b->n);
        cr_expect_eq(a->kind, b->kind);
        cr_expect_eq(a->layout, b->layout);
        cr_expect(isnan(a->funds.other) == isnan(b->funds.other));
        for (size_t k = 0; k < a->n; k++) {
            const jx_indicator *x = &a->ind[k], *y = &b->ind[k];
            cr_expect_str_eq(x->level3, y->level3);
            cr_expect_str_eq(x->target_raw, y->target_raw);
            cr_expect_eq(x->target.kind, y->target.kind);
            cr_expect_eq(x->line, y->line);
            cr_expect_eq(x->realigned, y->realigned);
            cr_expect_eq(x->split, y->split);
            cr_expect((x->level1 == NULL) == (y->level1 == NULL));
        }
    }
    size_t len2;
    char *js2 = to_json(back, &len2);
    /* the second write differs only in the source name */
    cr_expect(len2 > 0);
    free(js);
    free(js2);
    jx_doc_free(back);
    jx_doc_free(d);
}

Test(records, yaml_actuals_and_syntax_error)
{
    const char *s = "actuals:\n"
                    "  - {code: \"1-1\", level3: 培训人次, actual: 90人次, deviation: 疫情}\n"
                    "  - code: \"1-1\"\n"
                    "    level3: 知晓率\n"
                    "    actual: 0.93\n"
                    "execution:\n"
                    "  - {code: \"1-1\", budget: 10, executed: 9.2}\n";
    jx_error err = {0};
    jx_doc *d = NULL;
    cr_assert_eq(jx_doc_parse(s, strlen(s), "a.yaml", NULL, &d, &err), JX_OK, "%s", err.msg);
    cr_assert_eq(jx_doc_ntables(d), 1);
    const jx_table *t = jx_doc_table(d, 0);
    cr_expect_str_eq(t->code, "1-1");
    cr_assert_eq(t->n, 2);
    cr_expect_str_eq(t->ind[0].actual_raw, "90人次");
    cr_expect_str_eq(t->ind[0].deviation, "疫情");
    cr_expect_str_eq(t->ind[1].actual_raw, "0.93");
    cr_expect_float_eq(t->execution.executed, 9.2, 1e-9);
    jx_doc_free(d);
    const char *bad = "actuals:\n  - {code: 1\n  - x\n";
    d = NULL;
    cr_expect_eq(jx_doc_parse(bad, strlen(bad), "b.yaml", NULL, &d, &err), JX_EINPUT);
    cr_expect_gt(err.line, 1);
    cr_expect(strstr(err.msg, "YAML"), "%s", err.msg);
}

Test(selfeval, filled_form_reads_back)
{
    jx_doc *d = load(JX_TEST_DATA "/selfeval-luolong-2021.txt");
    cr_assert_eq(jx_doc_ntables(d), 1);
    const jx_table *t = jx_doc_table(d, 0);
    cr_expect_eq(t->layout, JX_LAYOUT_SELFEVAL);
    cr_expect_str_eq(t->code, "312001-2");
    cr_expect_float_eq(t->execution.budget, 140, 1e-9);
    cr_expect_float_eq(t->execution.executed, 126, 1e-9);
    cr_expect_float_eq(t->execution.rate, 90, 1e-9);
    cr_expect_float_eq(t->total_printed, 97.18, 1e-9);
    cr_assert_eq(t->n, 7);
    /* "(50分)": the 一级 survives only as its points; its 二级 (数量指标)
     * names it, marked as inferred */
    cr_expect_str_eq(t->ind[0].level1, "产出指标");
    cr_expect(t->ind[0].level1_inferred);
    cr_expect_str_eq(t->ind[0].actual_raw, "15人");
    cr_expect_float_eq(t->ind[2].score, 12, 1e-9);
    cr_expect_str_eq(t->ind[4].level1, "效益指标");
    cr_expect(t->ind[5].deviation != NULL);
    jx_doc_free(d);
}

/* ---- hostile inputs: a clear error or an empty result, never a crash ---- */

Test(hostile, empty_file_has_no_tables)
{
    jx_doc *d = NULL;
    jx_error err = {0};
    cr_assert_eq(jx_doc_parse("", 0, "empty.txt", NULL, &d, &err), JX_OK, "%s", err.msg);
    cr_expect_eq(jx_doc_ntables(d), 0);
    jx_doc_free(d);
}

/* A continuation page with no header (domain.md §5a): read with the most
 * likely columns, and said so in a note. */
Test(hostile, rows_without_a_header_take_the_likely_columns)
{
    const char *s = "产出指标\t数量指标\t培训人次\t≥100人次\n效益指标\t社会效益指标\t知晓率\t≥90%\n";
    jx_error err = {0};
    jx_doc *d = parse_str(s, "noheader.txt", &err);
    cr_assert(d, "%s", err.msg);
    cr_assert_eq(jx_doc_ntables(d), 1);
    jx_table *t = jx_doc_table(d, 0);
    cr_assert_eq(t->n, 2);
    cr_expect_str_eq(t->ind[0].level1, "产出指标");
    cr_expect_str_eq(t->ind[0].level2, "数量指标");
    cr_expect_str_eq(t->ind[0].level3, "培训人次");
    cr_expect_str_eq(t->ind[0].target_raw, "≥100人次");
    cr_expect_str_eq(t->ind[1].level3, "知晓率");
    cr_expect_eq(t->kind, JX_TABLE_PROJECT);
    int noted = 0;
    for (size_t i = 0; i < jx_doc_nnotes(d); i++)
        noted |= !strcmp(jx_doc_note(d, i)->code, "no-header");
    cr_expect(noted, "a no-header note");
    jx_doc_free(d);
}

/* Text lines and a table with no indicator rows: nothing. */
Test(hostile, header_words_in_prose_are_not_a_table)
{
    const char *s = "本表中的一级指标、二级指标和三级指标按规定填写。\n指标值应当量化。\n";
    jx_error err = {0};
    jx_doc *d = parse_str(s, "prose.txt", &err);
    cr_assert(d, "%s", err.msg);
    cr_expect_eq(jx_doc_ntables(d), 0);
    jx_doc_free(d);
}

Test(hostile, truncated_seed)
{
    char *data;
    size_t len;
    jx_error err = {0};
    cr_assert_eq(jx_read_file(SEED000, &data, &len, &err), JX_OK);
    /* cut at every 997th byte: inside a UTF-8 sequence it is an encoding
     * error naming the line; elsewhere a shorter document */
    size_t ok = 0, bad = 0;
    for (size_t cut = 1; cut < len; cut += 997) {
        jx_doc *d = NULL;
        int rc = jx_doc_parse(data, cut, "cut.txt", NULL, &d, &err);
        if (rc == JX_OK) {
            ok++;
            jx_doc_free(d);
        } else {
            cr_expect_eq(rc, JX_EENCODING, "cut at %zu: %s", cut, err.msg);
            cr_expect_gt(err.line, 0);
            bad++;
        }
    }
    cr_expect_gt(ok, 0);
    free(data);
}

Test(hostile, binary_garbage)
{
    unsigned char buf[65536];
    uint32_t x = 2463534242u;
    for (size_t i = 0; i < sizeof buf; i++) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        buf[i] = (unsigned char)x;
    }
    jx_doc *d = NULL;
    jx_error err = {0};
    int rc = jx_doc_parse((const char *)buf, sizeof buf, "garbage.bin", NULL, &d, &err);
    cr_expect_eq(rc, JX_EENCODING, "%d %s", rc, err.msg);
    cr_expect_null(d);
    cr_expect(strstr(err.msg, "字节"), "%s", err.msg);
}

Test(hostile, fifty_megabytes, .timeout = 120)
{
    char *data;
    size_t len;
    jx_error err = {0};
    cr_assert_eq(jx_read_file(SEED000, &data, &len, &err), JX_OK);
    size_t copies = (50u << 20) / len + 1;
    char *big = malloc(copies * len);
    cr_assert(big);
    for (size_t i = 0; i < copies; i++)
        memcpy(big + i * len, data, len);
    jx_doc *d = NULL;
    cr_assert_eq(jx_doc_parse(big, copies * len, "big.txt", NULL, &d, &err), JX_OK, "%s", err.msg);
    /* every copy's 16 tables, nothing lost or merged */
    cr_expect_eq(jx_doc_ntables(d), copies * 16);
    jx_doc_free(d);
    free(big);
    free(data);
}

Test(hostile, very_long_cell_is_kept_not_parsed)
{
    size_t n = 70000;
    char *s = malloc(n + 200);
    cr_assert(s);
    strcpy(s, "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t培训人次\t");
    size_t k = strlen(s);
    memset(s + k, '9', n);
    strcpy(s + k + n, "\n");
    jx_error err = {0};
    jx_doc *d = parse_str(s, "long.txt", &err);
    cr_assert(d, "%s", err.msg);
    cr_assert_eq(jx_doc_ntables(d), 1);
    cr_expect_eq(jx_doc_table(d, 0)->ind[0].target.kind, JX_V_DAMAGED);
    cr_expect_eq(strlen(jx_doc_table(d, 0)->ind[0].target_raw), n);
    jx_doc_free(d);
    free(s);
}

/* ---- memory safety: pointers into growing arrays (issue 11) ---- */

/* A cell with two names split by a space on the 8th indicator: the
 * second of the two is the 9th and reallocates the table's array. */
Test(memsafe, split_cell_on_eighth_indicator)
{
    static const char *const names[] = {"培训场次数量", "培训天数总计", "培训人次总计",
                                        "政策知晓比率", "宣传资料份数", "覆盖社区数量",
                                        "参保人数总计"};
    jx_buf b;
    jx_buf_init(&b);
    jx_buf_puts(&b, "一级指标\t二级指标\t三级指标\t指标值\t指标解释\n");
    for (int i = 0; i < 7; i++)
        jx_buf_printf(&b, "%s\t%s\t%s\t≥%d次\t说明\n", i ? "" : "产出指标",
                      i ? "" : "数量指标", names[i], i + 1);
    jx_buf_puts(&b, "\t\t高级职称人才比重 硕士和博士人才数量\t≥90%\t说明\n");
    jx_error err = {0};
    jx_doc *d = parse_str(b.p, "split8.txt", &err);
    jx_buf_free(&b);
    cr_assert(d, "%s", err.msg);
    cr_assert_eq(jx_doc_ntables(d), 1);
    const jx_table *t = jx_doc_table(d, 0);
    cr_assert_eq(t->n, 9);
    cr_expect_str_eq(t->ind[7].level3, "高级职称人才比重");
    cr_expect_str_eq(t->ind[8].level3, "硕士和博士人才数量");
    for (int i = 7; i < 9; i++) {
        cr_expect(t->ind[i].split);
        cr_expect_not(t->ind[i].realigned);
        cr_expect_str_eq(t->ind[i].target_raw, "≥90%");
        cr_expect_str_eq(t->ind[i].note, "同一单元格中的两个指标之一");
        cr_expect_str_eq(t->ind[i].level1, "产出指标");
    }
    jx_doc_free(d);
}

/* A wide project row whose first pair has a name and no value, whose
 * second pair is the 9th indicator (the array grows), and whose third
 * pair has a value without a name: the value slides left onto the first
 * pair's indicator, which must be found by index after the growth. */
Test(memsafe, wide_value_slides_across_growth)
{
    const char *s =
        "\t\t\t\t\t产出指标\t\t效益指标\t\t满意度指标\n"
        "单位编码\t单位名称\t资金总额\t财政性资金\t其他资金\t三级指标\t指标值\t三级指标\t指标值\t三级指标\t指标值\n"
        "312001-1\t宣传培训费\t10\t10\t0\t培训场次\t≥2次\t宣传覆盖\t≥90%\t培训满意度\t≥90%\n"
        "\t\t\t\t\t培训天数\t≥2天\t知识知晓\t≥80%\t政策满意度\t≥85%\n"
        "\t\t\t\t\t培训人次\t≥100人次\n"
        "\t\t\t\t\t资料份数\t\t宣传效果\t≥70%\t\t≥500份\n";
    jx_error err = {0};
    jx_doc *d = parse_str(s, "wide9.txt", &err);
    cr_assert(d, "%s", err.msg);
    const jx_table *t = find_table(d, "312001-1");
    cr_assert(t);
    cr_assert_eq(t->n, 9);
    /* grouped by pair: 产出 4 (the 4th is 资料份数), 效益 3, 满意度 2 */
    cr_expect_str_eq(t->ind[3].level3, "资料份数");
    cr_expect_str_eq(t->ind[3].target_raw, "≥500份");
    cr_expect(t->ind[3].realigned);
    cr_expect_str_eq(t->ind[3].level1, "产出指标");
    cr_expect_str_eq(t->ind[6].level3, "宣传效果");
    cr_expect_str_eq(t->ind[6].target_raw, "≥70%");
    cr_expect_not(t->ind[6].realigned);
    jx_doc_free(d);
}

/* A mapping key that is a list or a mapping: refused, naming the place
 * (the loader used to free the key node and then fill it). */
Test(memsafe, yaml_key_must_be_scalar)
{
    static const struct { const char *src; int line, col; } c[] = {
        {"tables:\n  - {[x]: y}\n", 2, 6},
        {"? [a, b]\n: c\n", 1, 3},
        {"{{He", 1, 2},
        {"tables:\n  - ? {code: 1}\n    : v\n", 2, 7},
    };
    for (size_t i = 0; i < sizeof c / sizeof c[0]; i++) {
        jx_error err = {0};
        jx_doc *d = parse_str(c[i].src, "k.yaml", &err);
        cr_expect_null(d, "%s", c[i].src);
        cr_expect_eq(err.code, JX_EINPUT, "%s: %s", c[i].src, err.msg);
        cr_expect_eq(err.line, c[i].line, "%s: %d", c[i].src, err.line);
        cr_expect_eq(err.cell, c[i].col, "%s: %d", c[i].src, err.cell);
        cr_expect(strstr(err.msg, "键必须是简单值"), "%s", err.msg);
        jx_doc_free(d);
    }
    /* scalar keys of every kind still work */
    jx_error err = {0};
    jx_doc *d = parse_str("tables:\n  - code: 312001-1\n    1: x\n    true: y\n"
                          "    indicators:\n      - {level3: 培训场次, target: ≥2次}\n",
                          "k.yaml", &err);
    cr_assert(d, "%s", err.msg);
    cr_expect_str_eq(jx_doc_table(d, 0)->code, "312001-1");
    cr_expect_eq(jx_doc_table(d, 0)->n, 1);
    jx_doc_free(d);
}

/* 68 nines: one threshold of 1e68 from every reader, written as 1e+68
 * (the writer cast it to long long first: undefined). */
#define NINES68 "99999999999999999999999999999999999999999999999999999999999999999999"
Test(memsafe, sixty_eight_nines_are_one_number)
{
    static const struct { const char *name, *src; } c[] = {
        {"n.txt", "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t培训人次\t" NINES68 "\n"},
        {"n.csv", "三级指标,指标值\n培训人次," NINES68 "\n"},
        {"n.json", "{\"tables\":[{\"indicators\":[{\"level3\":\"培训人次\",\"target\":\"" NINES68
                   "\",\"points\":" NINES68 "}]}]}"},
    };
    for (size_t i = 0; i < sizeof c / sizeof c[0]; i++) {
        jx_error err = {0};
        jx_doc *d = parse_str(c[i].src, c[i].name, &err);
        cr_assert(d, "%s: %s", c[i].name, err.msg);
        const jx_indicator *x = &jx_doc_table(d, 0)->ind[0];
        cr_expect_eq(x->target.kind, JX_V_QUANT, "%s", c[i].name);
        cr_assert_eq(x->target.n, 1, "%s: %u thresholds", c[i].name, x->target.n);
        cr_expect_float_eq(x->target.t[0].value, 1e68, 1e53, "%s", c[i].name);
        char *out = NULL;
        size_t n = 0;
        FILE *f = open_memstream(&out, &n);
        cr_assert_eq(jx_doc_write_json(f, &d, 1, 0), JX_OK);
        fclose(f);
        cr_expect(strstr(out, "\"value\":1e+68"), "%s", c[i].name);
        cr_expect_null(strstr(out, "99999,"), "%s", c[i].name);
        free(out);
        jx_doc_free(d);
    }
}

/* CSV rows of one project may come apart; each goes to its table (found
 * by code through a hash map), tables in the order they first appear. */
Test(records, interleaved_projects_by_code)
{
    const char *s = "项目编码,项目名称,三级指标,指标值\n"
                    "P-1,甲,培训场次,≥2次\n"
                    "P-2,乙,覆盖人数,≥100人\n"
                    "P-1,,培训天数,≥2天\n"
                    ",乙,知晓率,≥90%\n"
                    ",,部门指标,≥1项\n";
    jx_error err = {0};
    jx_doc *d = parse_str(s, "i.csv", &err);
    cr_assert(d, "%s", err.msg);
    /* P-1, P-2, then 乙 by name alone (no code: not P-2), then the
     * department (neither code nor name) */
    cr_assert_eq(jx_doc_ntables(d), 4);
    cr_expect_str_eq(jx_doc_table(d, 0)->code, "P-1");
    cr_expect_str_eq(jx_doc_table(d, 0)->name, "甲");
    cr_expect_eq(jx_doc_table(d, 0)->n, 2);
    cr_expect_str_eq(jx_doc_table(d, 0)->ind[1].level3, "培训天数");
    cr_expect_str_eq(jx_doc_table(d, 1)->code, "P-2");
    cr_expect_eq(jx_doc_table(d, 1)->n, 1);
    cr_expect_null(jx_doc_table(d, 2)->code);
    cr_expect_str_eq(jx_doc_table(d, 2)->name, "乙");
    cr_expect_eq(jx_doc_table(d, 3)->kind, JX_TABLE_DEPARTMENT);
    jx_doc_free(d);
}

/* Bad JSON stays a syntax error (JX_EINPUT); the second look that tells
 * a failed allocation from bad syntax must not call these well formed. */
Test(records, json_syntax_errors_stay_input_errors)
{
    static const char *const bad[] = {
        "{\"tables\":}", "{\"tables\":[1,", "{\"tables\" []}", "{\"tables\":[tru]}",
        "[[[", "{\"a\":1,}", "{\"tables\":[\"a]}", "{\"tables\":[1 2]}",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        jx_error err = {0};
        jx_doc *d = parse_str(bad[i], "bad.json", &err);
        cr_expect_null(d, "%s", bad[i]);
        cr_expect_eq(err.code, JX_EINPUT, "%s: %s", bad[i], err.msg);
        cr_expect(strstr(err.msg, "JSON 语法错误"), "%s: %s", bad[i], err.msg);
        jx_doc_free(d);
    }
}

/* A project name longer than the lookup's stack buffer: still one table. */
Test(records, long_project_name_is_one_table)
{
    jx_buf b;
    jx_buf_init(&b);
    jx_buf_puts(&b, "项目名称,三级指标,指标值\n");
    for (int r = 0; r < 3; r++) {
        for (int i = 0; i < 120; i++)
            jx_buf_puts(&b, "项");
        jx_buf_printf(&b, ",指标%d,≥%d次\n", r, r + 1);
    }
    jx_error err = {0};
    jx_doc *d = parse_str(b.p, "long.csv", &err);
    jx_buf_free(&b);
    cr_assert(d, "%s", err.msg);
    cr_expect_eq(jx_doc_ntables(d), 1);
    cr_expect_eq(jx_doc_table(d, 0)->n, 3);
    cr_expect_eq(strlen(jx_doc_table(d, 0)->name), 360);
    jx_doc_free(d);
}

/* A sheet saved as TSV with its title alone on the first line: the
 * delimiter is taken from the lines that hold one, not from the title. */
Test(records, tsv_title_line_without_tabs)
{
    jx_error err = {0};
    const char *s = "某县2024年湿地保护项目支出绩效目标表\r\n"
                    "项目名称：\t湿地保护项目\r\n"
                    "\r\n"
                    "一级指标\t二级指标\t指标名称\t指标说明\t预期目标\r\n"
                    "产出指标\t数量指标\t湿地巡护里程\t全年累计\t≥2400公里\r\n"
                    "\t\t退化湿地修复面积\t面积\t≥320亩\r\n";
    jx_doc *d = parse_str(s, "w.tsv", &err);
    cr_assert_not_null(d, "%s", err.msg);
    cr_assert_eq(jx_doc_ntables(d), 1);
    const jx_table *t = jx_doc_table(d, 0);
    cr_assert_eq(t->n, 2);
    cr_assert_str_eq(t->ind[0].level3, "湿地巡护里程");
    cr_assert_str_eq(t->ind[0].target_raw, "≥2400公里");
    cr_assert_str_eq(t->ind[1].level2, "数量指标");
    cr_assert_str_eq(t->ind[1].target_raw, "≥320亩");
    jx_doc_free(d);
}
