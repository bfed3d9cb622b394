/*
 * test_score.c - scoring end to end through the shipped packs: targets
 * and actuals as an officer writes them, every expected score worked out
 * by hand in the comment beside it.
 */
#include <criterion/criterion.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "doc_int.h"
#include "jixiao/jixiao.h"
#include "scorecard.h"

static const char *const dirs[] = {JX_SOURCE_DIR "/rules", NULL};

static jx_engine *open_pack(const char *name)
{
    jx_engine_opts o = {dirs, 0, 0};
    jx_engine *e = NULL;
    jx_error err = {0};
    cr_assert_eq(jx_engine_open(name, &o, &e, &err), JX_OK, "%s", err.msg);
    return e;
}

static jx_doc *csv(const char *text, const char *name)
{
    jx_doc *d = NULL;
    jx_error err = {0};
    jx_parse_opts po = {.encoding = JX_ENC_AUTO, .format = JX_FMT_CSV};
    cr_assert_eq(jx_doc_parse(text, strlen(text), name, &po, &d, &err), JX_OK, "%s", err.msg);
    return d;
}

#define TARGETS                                                                  \
    "项目编码,项目名称,一级指标,二级指标,三级指标,年度指标值,分值\n"             \
    "1-1,示例,产出指标,数量指标,离休干部人数,≥16人,5\n"                          \
    "1-1,示例,产出指标,成本指标,报销成本,≤140万元,10\n"                          \
    "1-1,示例,产出指标,时效指标,响应时间,≤2小时,10\n"                            \
    "1-1,示例,产出指标,数量指标,参保人数,4.5万人,10\n"                           \
    "1-1,示例,产出指标,质量指标,救助率,≥95%,5\n"                                 \
    "1-1,示例,效益指标,社会效益指标,就医方便程度,明显提高,10\n"                  \
    "1-1,示例,满意度指标,服务对象满意度指标,满意度,≥90%,10\n"

static const jx_scored *row(const jx_scorecard *sc, const char *l3)
{
    for (size_t i = 0; i < sc->n; i++)
        for (size_t k = 0; k < sc->tables[i].n; k++)
            if (!strcmp(sc->tables[i].rows[k].ind->level3, l3))
                return &sc->tables[i].rows[k];
    cr_assert_fail("no row %s", l3);
    return NULL;
}

static jx_scorecard *score(jx_engine *e, const char *actuals, jx_doc **t, jx_doc **a)
{
    *t = csv(TARGETS, "targets.csv");
    *a = csv(actuals, "actuals.csv");
    jx_scorecard *sc = NULL;
    jx_error err = {0};
    cr_assert_eq(jx_score_doc(e, *t, *a, 0, &sc, &err), JX_OK, "%s", err.msg);
    return sc;
}

#define ACT_HEAD "项目编码,三级指标,实际完成值,偏差原因分析及改进措施,全年预算数,全年执行数\n"

Test(national, every_formula_worked_by_hand)
{
    jx_engine *e = open_pack("national");
    jx_doc *t, *a;
    jx_scorecard *sc = score(e,
                             ACT_HEAD "1-1,离休干部人数,15人,退休减员,,\n"
                                      "1-1,报销成本,154万元,病例增加,,\n"
                                      "1-1,响应时间,4.5小时,故障,,\n"
                                      "1-1,参保人数,4.4万人,外出务工,,\n"
                                      "1-1,救助率,0.9,材料不全,,\n"
                                      "1-1,就医方便程度,部分达成,接口未完成,,\n"
                                      "1-1,满意度,92%,,,\n"
                                      "1-1,,,,140,126\n",
                             &t, &a);
    /* positive: 15 ÷ 16 × 5 = 4.6875 */
    const jx_scored *r = row(sc, "离休干部人数");
    cr_expect_float_eq(r->s.score, 4.69, 1e-9);
    cr_expect_str_eq(r->s.rule, "正向指标");
    cr_expect(strstr(r->s.explain, "15 ÷ 16 × 5 = 4.69"), "%s", r->s.explain);
    /* reverse, national: (1 − (154 − 140) ÷ 140) × 10 = 9 */
    r = row(sc, "报销成本");
    cr_expect_float_eq(r->s.score, 9, 1e-9);
    cr_expect_str_eq(r->s.rule, "反向指标");
    /* reverse at more than twice the target: 4.5 ≥ 2 × 2 → 0 */
    cr_expect_float_eq(row(sc, "响应时间")->s.score, 0, 1e-9);
    /* 万 scale on both sides: 44000 ÷ 45000 × 10 = 9.777… */
    cr_expect_float_eq(row(sc, "参保人数")->s.score, 9.78, 1e-9);
    /* a fraction against a % target: 90 ÷ 95 × 5 = 4.7368… */
    cr_expect_float_eq(row(sc, "救助率")->s.score, 4.74, 1e-9);
    /* qualitative, 部分达成 band 80%–60%, top of band: 0.8 × 10 */
    r = row(sc, "就医方便程度");
    cr_expect_float_eq(r->s.score, 8, 1e-9);
    cr_expect_str_eq(r->s.rule, "定性指标");
    cr_expect_float_eq(row(sc, "满意度")->s.score, 10, 1e-9);
    /* 预算执行率: 126 ÷ 140 × 10 = 9 */
    const jx_scored_table *st = &sc->tables[0];
    cr_expect_float_eq(st->exec.score, 9, 1e-9);
    /* total: 4.69 + 9 + 0 + 9.78 + 4.74 + 8 + 10 + 9 = 55.21 -> 差 */
    cr_expect_float_eq(st->total, 55.21, 1e-9);
    cr_expect_str_eq(st->grade, "差");
    cr_expect_eq(st->unscored, 0);
    jx_scorecard_free(sc);
    jx_doc_free(t);
    jx_doc_free(a);
    jx_engine_free(e);
}

Test(national, missing_actual_is_never_zero_or_full)
{
    jx_engine *e = open_pack("national");
    jx_doc *t, *a;
    jx_scorecard *sc = score(e, ACT_HEAD "1-1,离休干部人数,16人,,,\n", &t, &a);
    const jx_scored *r = row(sc, "报销成本");
    cr_expect(isnan(r->s.score));
    cr_expect(r->s.finding);
    cr_expect_eq(sc->tables[0].unscored, 7); /* 6 indicators + 预算执行率 */
    int found = 0;
    for (size_t i = 0; i < sc->nf; i++)
        found += !strcmp(sc->f[i].code, "missing-actual");
    cr_expect_eq(found, 6);
    /* the total counts only what was scored: 5 */
    cr_expect_float_eq(sc->tables[0].total, 5, 1e-9);
    jx_scorecard_free(sc);
    jx_doc_free(t);
    jx_doc_free(a);
    jx_engine_free(e);
}

Test(national, bad_actuals)
{
    jx_engine *e = open_pack("national");
    jx_doc *t = csv(TARGETS, "targets.csv");
    jx_scorecard *sc = NULL;
    jx_error err = {0};
    /* unknown indicator: an input error naming the actuals line */
    jx_doc *a = csv(ACT_HEAD "1-1,离休干部人数,16人,,,\n1-1,培训课时,3,,,\n", "u.csv");
    cr_expect_eq(jx_score_doc(e, t, a, 0, &sc, &err), JX_EINPUT);
    cr_expect_eq(err.line, 3);
    cr_expect(strstr(err.msg, "培训课时"), "%s", err.msg);
    jx_doc_free(a);
    /* duplicated actual */
    a = csv(ACT_HEAD "1-1,离休干部人数,16人,,,\n1-1,离休干部人数,15人,,,\n", "d.csv");
    cr_expect_eq(jx_score_doc(e, t, a, 0, &sc, &err), JX_EINPUT);
    cr_expect(strstr(err.msg, "重复"), "%s", err.msg);
    jx_doc_free(a);
    /* wrong unit and text where a number belongs: findings, not guesses */
    a = csv(ACT_HEAD "1-1,离休干部人数,15万元,,,\n1-1,报销成本,很多,,,\n", "w.csv");
    cr_assert_eq(jx_score_doc(e, t, a, 0, &sc, &err), JX_OK, "%s", err.msg);
    const jx_scored *r = row(sc, "离休干部人数");
    cr_expect(r->s.finding);
    cr_expect(strstr(r->s.explain, "单位"), "%s", r->s.explain);
    cr_expect(isnan(row(sc, "报销成本")->s.score));
    jx_scorecard_free(sc);
    jx_doc_free(a);
    jx_doc_free(t);
    jx_engine_free(e);
}

Test(variants, jiangxi_reverse_and_sichuan_execution)
{
    /* 江西 2017: reverse = A ÷ B × points: 140 ÷ 154 × 10 = 9.0909… */
    jx_engine *e = open_pack("jiangxi-2017");
    jx_doc *t, *a;
    jx_scorecard *sc = score(e, ACT_HEAD "1-1,报销成本,154万元,病例增加,,\n", &t, &a);
    cr_expect_float_eq(row(sc, "报销成本")->s.score, 9.09, 1e-9);
    jx_scorecard_free(sc);
    jx_doc_free(t);
    jx_doc_free(a);
    jx_engine_free(e);
    /* 四川: 预算执行率 over the adjusted budget: 76 ÷ 80 × 10 = 9.5 */
    e = open_pack("sichuan");
    t = csv(TARGETS, "targets.csv");
    a = csv("项目编码,三级指标,实际完成值,全年预算数,调整后预算数,全年执行数\n"
            "1-1,,,100,80,76\n",
            "s.csv");
    jx_error err = {0};
    cr_assert_eq(jx_score_doc(e, t, a, 0, &sc, &err), JX_OK, "%s", err.msg);
    cr_expect_float_eq(sc->tables[0].exec.score, 9.5, 1e-9);
    jx_scorecard_free(sc);
    jx_doc_free(t);
    jx_doc_free(a);
    jx_engine_free(e);
    /* a system's 80/70/60 grades: 85 is 优 there, 良 nationally */
    e = open_pack("system-80-70-60");
    cr_expect_str_eq(jx_engine_grade(e, 85, &err), "优");
    jx_engine_free(e);
}

Test(verify, filled_form_differences)
{
    jx_engine *e = open_pack("national");
    jx_doc *d = NULL;
    jx_error err = {0};
    cr_assert_eq(jx_doc_parse_file(JX_TEST_DATA "/selfeval-luolong-2021.txt", NULL, &d, &err),
                 JX_OK, "%s", err.msg);
    jx_engine_frame(e, d, &err);
    /* "(50分)" lost its 一级; the pack names it from the 二级 */
    cr_expect_str_eq(jx_doc_table(d, 0)->ind[0].level1, "产出指标");
    jx_scorecard *sc = NULL;
    cr_assert_eq(jx_score_doc(e, d, NULL, 1, &sc, &err), JX_OK, "%s", err.msg);
    int differs = 0, total = 0, missing_dev = 0;
    for (size_t i = 0; i < sc->nf; i++) {
        differs += !strcmp(sc->f[i].code, "score-differs");
        total += !strcmp(sc->f[i].code, "total-differs");
        missing_dev += !strcmp(sc->f[i].code, "missing-deviation");
    }
    /* 报销及时性: printed 12, rules give 90 ÷ 95 × 12.5 = 11.84 */
    cr_expect_eq(differs, 1);
    cr_expect_float_eq(row(sc, "离休干部住院及医疗补贴报销及时性")->s.score, 11.84, 1e-9);
    /* printed 97.18; the printed scores add to 98.18; the rules give 98.02 */
    cr_expect_eq(total, 2);
    cr_expect_float_eq(sc->tables[0].total, 98.02, 1e-9);
    cr_expect_eq(missing_dev, 1);
    jx_scorecard_free(sc);
    jx_doc_free(d);
    jx_engine_free(e);
}

Test(national, same_score_without_the_explanation)
{
    jx_engine *e = open_pack("national");
    jx_doc *t, *a;
    const char *acts = ACT_HEAD "1-1,离休干部人数,15人,,,\n1-1,报销成本,154万元,,,\n"
                                "1-1,就医方便程度,部分达成,,,\n1-1,满意度,92%,,,\n";
    jx_doc *t1, *a1;
    jx_scorecard *with = score(e, acts, &t1, &a1); /* rows point into t1 */
    jx_engine_set_explain(e, 0);
    jx_scorecard *without = score(e, acts, &t, &a);
    const char *names[] = {"离休干部人数", "报销成本", "就医方便程度", "满意度"};
    for (size_t i = 0; i < 4; i++) {
        const jx_scored *x = row(with, names[i]), *y = row(without, names[i]);
        cr_expect_float_eq(x->s.score, y->s.score, 1e-12, "%s", names[i]);
        cr_expect_str_eq(x->s.rule, y->s.rule);
        cr_expect_neq(x->s.explain[0], '\0');
    }
    cr_expect_str_eq(row(without, "离休干部人数")->s.explain, "");
    jx_scorecard_free(with);
    jx_scorecard_free(without);
    jx_doc_free(t1);
    jx_doc_free(a1);
    jx_doc_free(t);
    jx_doc_free(a);
    jx_engine_free(e);
}

/* ---- the public API of jixiao/score.h ---- */

/* Row l3 of table 0 through the accessors. */
static const jx_score *api_row(const jx_scorecard *sc, const char *l3, const char **actual)
{
    for (size_t r = 0; r < jx_scorecard_nrows(sc, 0); r++) {
        const jx_indicator *ind = NULL;
        const jx_score *s = jx_scorecard_row(sc, 0, r, &ind, actual);
        cr_assert(s && ind);
        if (!strcmp(ind->level3, l3))
            return s;
    }
    cr_assert_fail("no row %s", l3);
    return NULL;
}

Test(api, accessors_give_what_the_scorecard_holds)
{
    jx_engine *e = open_pack("national");
    jx_doc *t, *a;
    jx_scorecard *sc = score(e, ACT_HEAD "1-1,离休干部人数,15人,退休减员,,\n", &t, &a);
    cr_assert_eq(jx_scorecard_ntables(sc), 1);
    cr_expect_str_eq(jx_scorecard_table(sc, 0)->code, "1-1");
    cr_expect_str_eq(jx_scorecard_pack(sc), "national");
    cr_expect_str_eq(jx_scorecard_source(sc), "targets.csv");
    cr_expect_eq(jx_scorecard_nrows(sc, 0), 7); /* every row of TARGETS is 年度 */
    const char *actual = NULL;
    const jx_score *s = api_row(sc, "离休干部人数", &actual);
    /* 正向指标: 15 ÷ 16 × 5 = 4.6875 -> 4.69 */
    cr_expect_float_eq(s->score, 4.69, 1e-9);
    cr_expect_str_eq(actual, "15人");
    cr_expect(strstr(s->explain, "15 ÷ 16 × 5 = 4.69"), "%s", s->explain);
    /* the others have no actual: unscored, with the reason */
    s = api_row(sc, "满意度", &actual);
    cr_expect(isnan(s->score) && s->finding);
    cr_expect_null(actual);
    cr_expect_str_eq(s->explain, "未填写实际完成值，未计分");
    /* a project takes 预算执行率; no funds block here: a finding */
    const jx_score *x = jx_scorecard_execution(sc, 0);
    cr_assert_not_null(x);
    cr_expect(x->finding);
    /* beyond the counts */
    cr_expect_null(jx_scorecard_table(sc, 1));
    cr_expect_null(jx_scorecard_row(sc, 0, 7, NULL, NULL));
    cr_expect_null(jx_scorecard_row(sc, 1, 0, NULL, NULL));
    cr_expect(isnan(jx_scorecard_total(sc, 1)));
    cr_expect_null(jx_scorecard_finding(sc, jx_scorecard_nfindings(sc)));
    size_t missing = 0;
    for (size_t i = 0; i < jx_scorecard_nfindings(sc); i++) {
        const jx_finding *f = jx_scorecard_finding(sc, i);
        cr_expect_str_eq(f->source, "targets.csv");
        missing += f->severity == JX_SEV_WARNING && !strcmp(f->code, "missing-actual");
    }
    cr_expect_eq(missing, 6);
    jx_scorecard_free(sc);
    jx_doc_free(t);
    jx_doc_free(a);
    jx_engine_free(e);
}

/* jx_score.explain points into the engine until its next score call; the
 * scorecard keeps its own copy, so a second scorecard does not change
 * the first one's explanations. */
Test(api, explanations_outlive_the_next_score_call)
{
    jx_engine *e = open_pack("national");
    jx_doc *t1, *a1, *t2, *a2;
    jx_scorecard *one = score(e, ACT_HEAD "1-1,离休干部人数,15人,,,\n", &t1, &a1);
    const jx_score *s = api_row(one, "离休干部人数", NULL);
    char before[JX_EXPLAIN_MAX];
    snprintf(before, sizeof before, "%s", s->explain);
    jx_scorecard *two = score(e, ACT_HEAD "1-1,离休干部人数,8人,,,\n", &t2, &a2);
    /* 8 ÷ 16 × 5 = 2.5 */
    cr_expect(strstr(api_row(two, "离休干部人数", NULL)->explain, "8 ÷ 16 × 5 = 2.5"));
    cr_expect_str_eq(s->explain, before);
    jx_scorecard_free(one);
    jx_scorecard_free(two);
    jx_doc_free(t1);
    jx_doc_free(a1);
    jx_doc_free(t2);
    jx_doc_free(a2);
    jx_engine_free(e);
}

Test(api, scorecard_write_is_the_format_named)
{
    jx_sc_format f;
    cr_expect_eq(jx_sc_format_parse("csv-zh", &f), JX_OK);
    cr_expect_eq(f, JX_SC_CSV_ZH);
    cr_expect_eq(jx_sc_format_parse("pdf", &f), JX_OK);
    cr_expect_eq(f, JX_SC_PDF);
    cr_expect_eq(jx_sc_format_parse("docx", &f), JX_EUSAGE);
    jx_engine *e = open_pack("national");
    jx_doc *t, *a;
    jx_scorecard *sc = score(e, ACT_HEAD "1-1,离休干部人数,15人,,,\n", &t, &a);
    char *mem = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&mem, &len);
    jx_error err = {0};
    cr_assert_eq(jx_scorecard_write(sc, JX_SC_JSON, 0, out, &err), JX_OK, "%s", err.msg);
    fclose(out);
    jx_buf b;
    jx_buf_init(&b);
    jx_scorecard_json(&b, sc, 1);
    cr_expect_eq(len, b.len);
    cr_expect(len == b.len && !memcmp(mem, b.p, len));
    cr_expect(strstr(mem, "\"severity\":\"warning\",\"code\":\"missing-actual\""));
    /* an unwritable path: JX_EIO naming it, nothing else */
    cr_expect_eq(jx_scorecard_write_file(sc, JX_SC_TABLE, JX_SC_EXPLAIN, "/nonexistent/x.txt", &err),
                 JX_EIO);
    cr_expect_str_eq(err.file, "/nonexistent/x.txt");
    free(mem);
    jx_buf_free(&b);
    jx_scorecard_free(sc);
    jx_doc_free(t);
    jx_doc_free(a);
    jx_engine_free(e);
}

/* 变动率 from the template's 本年数 and 上年数 columns: the pack computes
 * (本年−上年)÷上年×100 % (部门整体绩效目标申报表), shows it and scores it;
 * the old single cell "本年数：98；上年数：100" still works.  Expected
 * values by hand beside each row. */
#define CHANGE_TARGETS                                                              \
    "表类型,一级指标,二级指标,三级指标,年度指标值,分值\n"                            \
    "部门整体,运行成本,成本控制成效,在职人员经费变动率,<5%,10\n"                     \
    "部门整体,运行成本,成本控制成效,离退休人员经费变动率,<5%,10\n"                   \
    "部门整体,运行成本,成本控制成效,人均公用经费变动率,<5%,10\n"                     \
    "部门整体,运行成本,成本控制成效,厉行节约支出变动率,≤0,10\n"                      \
    "部门整体,运行成本,成本控制成效,公务接待费变动率,≤0,10\n"                        \
    "部门整体,管理效率,预算管理,结转结余变动率,<5%,10\n"                             \
    "部门整体,管理效率,预算管理,预算调整率,≤5%,10\n"                                 \
    "部门整体,运行成本,成本控制成效,会议费变动率,≤0,10\n"                           \
    "部门整体,运行成本,成本控制成效,差旅费变动率,≤0,10\n"
#define CHANGE_ACTUALS                                                              \
    "表类型,三级指标,实际完成值,本年数,上年数（或上年实际）\n"                       \
    "部门整体,在职人员经费变动率,,412.6万元,400万元\n" /* 3.15% < 5: 10 */           \
    "部门整体,离退休人员经费变动率,,105.5,100\n"     /* 5.5%: (1−0.5÷5)×10 = 9 */    \
    "部门整体,人均公用经费变动率,,2.1,0\n"           /* 上年 0: not scored */        \
    "部门整体,厉行节约支出变动率,,,50\n"             /* 本年 missing: not scored */  \
    "部门整体,公务接待费变动率,,12万元,12000元\n" /* 12 vs 1.2 万元: 900% > 0 → 0 */ \
    "部门整体,结转结余变动率,本年数：98；上年数：100,/,/\n" /* old cell: −2%: 10 */  \
    "部门整体,预算调整率,3%,/,/\n"                   /* "/" is nothing: 3 ≤ 5: 10 */ \
    "部门整体,会议费变动率,-2%,30,25\n"              /* the columns win: 20% > 0 → 0 */ \
    "部门整体,差旅费变动率,,12人,10万元\n"           /* units differ: not scored */

Test(national, change_rate_from_current_and_previous)
{
    jx_engine *e = open_pack("national");
    jx_doc *t = csv(CHANGE_TARGETS, "targets.csv"), *a = csv(CHANGE_ACTUALS, "actuals.csv");
    jx_scorecard *sc = NULL;
    jx_error err = {0};
    cr_assert_eq(jx_score_doc(e, t, a, 0, &sc, &err), JX_OK, "%s", err.msg);
    const jx_scored *r = row(sc, "在职人员经费变动率");
    cr_expect_float_eq(r->s.score, 10, 1e-9, "%s", r->s.explain);
    cr_expect(strstr(r->s.explain, "变动率 (412.6 − 400) ÷ 400 × 100% = 3.15%") != NULL, "%s",
              r->s.explain);
    cr_expect_str_eq(r->actual, "本年数 412.6万元；上年数 400万元");
    r = row(sc, "离退休人员经费变动率");
    cr_expect_float_eq(r->s.score, 9, 1e-9, "%s", r->s.explain);
    cr_expect(strstr(r->s.explain, "= 5.5%；变动率: (1 − (5.5 − 5) ÷ 5) × 10 = 9") != NULL, "%s",
              r->s.explain);
    r = row(sc, "人均公用经费变动率");
    cr_expect(r->s.finding && isnan(r->s.score));
    cr_expect(strstr(r->s.explain, "上年数为 0") != NULL, "%s", r->s.explain);
    r = row(sc, "厉行节约支出变动率");
    cr_expect(r->s.finding && isnan(r->s.score));
    cr_expect(strstr(r->s.explain, "本年数未填写") != NULL, "%s", r->s.explain);
    r = row(sc, "公务接待费变动率");
    cr_expect_float_eq(r->s.score, 0, 1e-9, "%s", r->s.explain);
    cr_expect(strstr(r->s.explain, "(12 − 1.2) ÷ 1.2 × 100% = 900%") != NULL, "%s", r->s.explain);
    r = row(sc, "差旅费变动率");
    cr_expect(r->s.finding && isnan(r->s.score));
    cr_expect(strstr(r->s.explain, "单位") != NULL, "%s", r->s.explain);
    r = row(sc, "结转结余变动率");
    cr_expect_float_eq(r->s.score, 10, 1e-9, "%s", r->s.explain);
    cr_expect(strstr(r->s.explain, "变动率 (98 − 100) ÷ 100 × 100% = -2%") != NULL, "%s",
              r->s.explain);
    r = row(sc, "预算调整率");
    cr_expect_float_eq(r->s.score, 10, 1e-9, "%s", r->s.explain);
    cr_expect_null(strstr(r->s.explain, "本年"), "%s", r->s.explain);
    r = row(sc, "会议费变动率");
    cr_expect_float_eq(r->s.score, 0, 1e-9, "%s", r->s.explain);
    cr_expect(strstr(r->s.explain, "与本年数、上年数算出的不同") != NULL, "%s", r->s.explain);
    jx_scorecard_free(sc);
    jx_doc_free(t);
    jx_doc_free(a);
    jx_engine_free(e);
}

/* the columns read back from CSV and JSON onto the record */
Test(national, change_rate_columns_read_back)
{
    jx_doc *a = csv(CHANGE_ACTUALS, "actuals.csv");
    const jx_table *t = jx_doc_table(a, 0);
    cr_assert_geq(t->n, 2);
    cr_expect_str_eq(t->ind[0].current_raw, "412.6万元");
    cr_expect_str_eq(t->ind[0].previous_raw, "400万元");
    cr_expect_null(t->ind[3].current_raw, "an empty cell is no input");
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    cr_assert_not_null(f);
    cr_assert_eq(jx_doc_write_json(f, &a, 1, 0), JX_OK);
    fclose(f);
    cr_expect(strstr(text, "\"current\":\"412.6万元\",\"previous\":\"400万元\"") != NULL, "%s", text);
    jx_doc *j = NULL;
    jx_error err = {0};
    jx_parse_opts po = {.encoding = JX_ENC_AUTO, .format = JX_FMT_JSON};
    cr_assert_eq(jx_doc_parse(text, len, "a.json", &po, &j, &err), JX_OK, "%s", err.msg);
    cr_expect_str_eq(jx_doc_table(j, 0)->ind[1].current_raw, "105.5");
    cr_expect_str_eq(jx_doc_table(j, 0)->ind[1].previous_raw, "100");
    free(text);
    jx_doc_free(j);
    jx_doc_free(a);
}

/* JSON actuals with only the two numbers (no 实际完成值) are actuals */
Test(national, change_rate_json_actuals_without_actual)
{
    static const char json[] =
        "{\"actuals\": [{\"level3\": \"在职人员经费变动率\", \"current\": \"412.6万元\","
        " \"previous\": 400}]}";
    jx_engine *e = open_pack("national");
    jx_doc *t = csv(CHANGE_TARGETS, "targets.csv"), *a = NULL;
    jx_error err = {0};
    jx_parse_opts po = {.encoding = JX_ENC_AUTO, .format = JX_FMT_JSON};
    cr_assert_eq(jx_doc_parse(json, strlen(json), "a.json", &po, &a, &err), JX_OK, "%s", err.msg);
    jx_scorecard *sc = NULL;
    cr_assert_eq(jx_score_doc(e, t, a, 0, &sc, &err), JX_OK, "%s", err.msg);
    const jx_scored *r = row(sc, "在职人员经费变动率");
    /* 412.6万元 against a bare 400: the same unit, 3.15% < 5%: 10 */
    cr_expect_float_eq(r->s.score, 10, 1e-9, "%s", r->s.explain);
    cr_expect(strstr(r->s.explain, "= 3.15%") != NULL, "%s", r->s.explain);
    jx_scorecard_free(sc);
    jx_doc_free(t);
    jx_doc_free(a);
    jx_engine_free(e);
}

/* jx_engine_points: the arguments the pack's points gets (i among the
 * scored indicators of the same 一级, counting those whose 分值 is given;
 * n1; n) with the 一级 interleaved, and national's remainder rule per
 * 一级 (产出 50 over 3: 16.67 16.67 16.66, the last takes the rest). */
#define INTERLEAVED                                                              \
    "项目编码,项目名称,一级指标,二级指标,三级指标,年度指标值,分值\n"             \
    "1-1,示例,产出指标,数量指标,离休干部人数,≥16人,\n"                           \
    "1-1,示例,效益指标,社会效益指标,就医方便程度,明显提高,\n"                    \
    "1-1,示例,产出指标,成本指标,报销成本,≤140万元,\n"                           \
    "1-1,示例,满意度指标,服务对象满意度指标,满意度,≥90%,\n"                      \
    "1-1,示例,效益指标,社会效益指标,群众负担,有所减轻,7\n"                       \
    "1-1,示例,产出指标,时效指标,响应时间,≤2小时,\n"

static double points_of(jx_table *t, const char *l3)
{
    for (size_t i = 0; i < t->n; i++)
        if (!strcmp(t->ind[i].level3, l3))
            return t->ind[i].points;
    cr_assert_fail("no indicator %s", l3);
    return NAN;
}

/* The 分值 of INTERLEAVED through pack `name`, in the order of the rows. */
static void points_through(const char *name, double *out)
{
    static const char *const with_tests[] = {JX_TEST_DATA "/packs", JX_SOURCE_DIR "/rules",
                                             NULL};
    jx_engine_opts o = {with_tests, 0, 0};
    jx_error err = {0};
    jx_engine *e = NULL;
    cr_assert_eq(jx_engine_open(name, &o, &e, &err), JX_OK, "%s: %s", name, err.msg);
    for (int round = 0; round < 2; round++) { /* the second with the pack's caches warm */
        jx_doc *d = csv(INTERLEAVED, "targets.csv");
        jx_table *t = jx_doc_table(d, 0);
        cr_assert_eq(t->n, 6);
        cr_assert_eq(jx_engine_points(e, t, &err), JX_OK, "%s: %s", name, err.msg);
        for (size_t i = 0; i < t->n; i++) {
            if (round)
                cr_expect_eq(out[i], t->ind[i].points, "%s row %zu: %g then %g", name, i, out[i],
                             t->ind[i].points);
            out[i] = t->ind[i].points;
        }
        jx_doc_free(d);
    }
    jx_engine_free(e);
}

/* A table entry that fails leaves the 分值 to one call per indicator:
 * national's, and no error. */
Test(points, table_entry_that_fails_gives_the_same_points)
{
    double want[6], got[6];
    points_through("national", want);
    points_through("points-table-error", got);
    for (int i = 0; i < 6; i++)
        cr_expect_float_eq(got[i], want[i], 1e-12, "row %d: %g, want %g", i, got[i], want[i]);
}

/* A child that replaces p.lib.points and p.lib.points_group before bind:
 * national's entry calls them (i * 100 + n1, 成本指标 its own group). */
Test(points, table_entry_calls_replaced_lib_functions)
{
    double got[6];
    points_through("points-lib-override", got);
    /* rows: 离休干部人数 (产出/数量), 就医方便程度 (效益), 报销成本 (产出/成本),
     * 满意度, 群众负担 (printed 7), 响应时间 (产出/时效): 产出 and 效益 two rows each */
    double want[6] = {102, 102, 101, 101, 7, 202};
    for (int i = 0; i < 6; i++)
        cr_expect_eq(got[i], want[i], "row %d: %g, want %g", i, got[i], want[i]);
}

/* The host remembers the pack's answers by their arguments: a table
 * asked again (every answer remembered) gets the same 分值, i, n1 and n
 * included (points-order returns them). */
Test(points, remembered_answers_are_the_same)
{
    double got[6];
    points_through("points-order", got);
    double want[6] = {10306, 10206, 20306, 10106, 7, 30306};
    for (int i = 0; i < 6; i++)
        cr_expect_eq(got[i], want[i], "row %d: %g, want %g", i, got[i], want[i]);
}

Test(points, arguments_and_remainder_with_interleaved_level1)
{
    static const char *const with_tests[] = {JX_TEST_DATA "/packs", JX_SOURCE_DIR "/rules",
                                             NULL};
    jx_engine_opts o = {with_tests, 0, 0};
    jx_error err = {0};
    jx_engine *e = NULL;
    cr_assert_eq(jx_engine_open("points-order", &o, &e, &err), JX_OK, "%s", err.msg);
    jx_doc *d = csv(INTERLEAVED, "targets.csv");
    jx_table *t = jx_doc_table(d, 0);
    cr_assert_eq(t->n, 6);
    cr_assert_eq(jx_engine_points(e, t, &err), JX_OK, "%s", err.msg);
    cr_expect_eq(points_of(t, "离休干部人数"), 10306);
    cr_expect_eq(points_of(t, "就医方便程度"), 10206);
    cr_expect_eq(points_of(t, "报销成本"), 20306);
    cr_expect_eq(points_of(t, "满意度"), 10106);
    cr_expect_eq(points_of(t, "群众负担"), 7);
    cr_expect_eq(points_of(t, "响应时间"), 30306);
    jx_doc_free(d);
    jx_engine_free(e);

    e = open_pack("national");
    d = csv(INTERLEAVED, "targets.csv");
    t = jx_doc_table(d, 0);
    cr_assert_eq(jx_engine_points(e, t, &err), JX_OK, "%s", err.msg);
    cr_expect_float_eq(points_of(t, "离休干部人数"), 16.67, 1e-9);
    cr_expect_float_eq(points_of(t, "报销成本"), 16.67, 1e-9);
    cr_expect_float_eq(points_of(t, "响应时间"), 16.66, 1e-9);
    cr_expect_float_eq(points_of(t, "就医方便程度"), 15, 1e-9);
    cr_expect_float_eq(points_of(t, "满意度"), 10, 1e-9);
    cr_expect_eq(points_of(t, "群众负担"), 7);
    jx_doc_free(d);
    jx_engine_free(e);
}
