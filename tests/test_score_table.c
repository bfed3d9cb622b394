/*
 * test_score_table.c - scoring a table in one call of the pack
 * (jx_engine_score_rows, the pack's score_table: docs/rules.md 3.2).  The
 * one-call path must give exactly what one call per indicator gives
 * (score, rule, explanation, met, findings), decline for a pack that
 * replaces score, and leave a rule error to the indicator it belongs to,
 * with rule-stopped after three, as before.
 */
#include <criterion/criterion.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "doc_int.h"
#include "jixiao/jixiao.h"
#include "rules.h"
#include "scorecard.h"

static const char *const dirs[] = {JX_SOURCE_DIR "/tests/data/packs", JX_SOURCE_DIR "/rules",
                                   NULL};

static jx_engine *open_pack(const char *name)
{
    jx_engine_opts o = {dirs, 0, 0};
    jx_engine *e = NULL;
    jx_error err = {0};
    cr_assert_eq(jx_engine_open(name, &o, &e, &err), JX_OK, "%s", err.msg);
    return e;
}

static jx_doc *csv(const char *text)
{
    jx_doc *d = NULL;
    jx_error err = {0};
    jx_parse_opts po = {.encoding = JX_ENC_AUTO, .format = JX_FMT_CSV};
    cr_assert_eq(jx_doc_parse(text, strlen(text), "form.csv", &po, &d, &err), JX_OK, "%s",
                 err.msg);
    return d;
}

/* a filled form: every formula of national once, and the cases around
 * them (units converted, a fraction for a %, strict bounds met exactly,
 * words for a number, units that do not fit, words repeated) */
#define FORM                                                                         \
    "项目编码,项目名称,一级指标,二级指标,三级指标,年度指标值,分值,实际完成值\n"     \
    "1-1,示例,产出指标,数量指标,离休干部人数,≥16人,5,15人\n"                        \
    "1-1,示例,产出指标,成本指标,报销成本,≤140万元,10,150万元\n"                     \
    "1-1,示例,产出指标,时效指标,响应时间,≤2小时,10,2小时\n"                         \
    "1-1,示例,产出指标,数量指标,参保人数,4.5万人,10,45000人\n"                      \
    "1-1,示例,产出指标,质量指标,救助率,≥95%,5,0.9\n"                                \
    "1-1,示例,产出指标,质量指标,差错率,<5%,5,5%\n"                                  \
    "1-1,示例,产出指标,质量指标,合格率,>90%,5,90%\n"                                \
    "1-1,示例,产出指标,数量指标,培训场次,3-5场,5,6场\n"                             \
    "1-1,示例,产出指标,时效指标,完成时间,2023年12月31日前完成,5,2023年11月完成\n"    \
    "1-1,示例,产出指标,成本指标,公用经费变动率,≤5%,5,8%\n"                         \
    "1-1,示例,产出指标,成本指标,印刷费,≤0,5,2\n"                                    \
    "1-1,示例,效益指标,社会效益指标,就医方便程度,明显提高,10,达成\n"                \
    "1-1,示例,效益指标,社会效益指标,覆盖人数,≥100人,5,完成\n"                       \
    "1-1,示例,效益指标,社会效益指标,服务人次,≥100人次,5,90人\n"                     \
    "1-1,示例,效益指标,可持续影响指标,长效机制,长期,5,长期\n"                       \
    "1-1,示例,效益指标,可持续影响指标,政策延续,长期,5,未达成\n"                     \
    "1-1,示例,满意度指标,服务对象满意度指标,满意度,≥90%,10,95%\n"

/* Scores every row of d's tables both ways and compares them field by
 * field; returns how many rows were compared. */
static size_t compare_paths(jx_engine *e, jx_doc *d)
{
    size_t compared = 0;
    for (size_t ti = 0; ti < d->ntables; ti++) {
        jx_table *t = &d->tables[ti];
        jx_value *av = calloc(t->n + 1, sizeof *av);
        jx_score_row *in = calloc(t->n + 1, sizeof *in);
        jx_score *out = calloc(t->n + 1, sizeof *out);
        size_t n = 0;
        for (size_t i = 0; i < t->n; i++) {
            const jx_indicator *ind = &t->ind[i];
            if (!jx_indicator_scored(ind) || !ind->actual_raw)
                continue;
            jx_error ve = {0};
            cr_assert_eq(jx_value_parse(ind->actual_raw, strlen(ind->actual_raw), &av[n], &ve),
                         JX_OK);
            in[n] = (jx_score_row){ind, &av[n], NAN, NAN, isnan(ind->points) ? 5 : ind->points,
                                   NAN};
            n++;
        }
        jx_error err = {0};
        cr_assert_eq(jx_engine_score_rows(e, t, in, n, out, &err), JX_OK, "%s", err.msg);
        /* explanations of the one call live until the next score call: copy */
        char **kept = calloc(n + 1, sizeof *kept);
        for (size_t k = 0; k < n; k++)
            kept[k] = strdup(out[k].explain);
        for (size_t k = 0; k < n; k++) {
            jx_score one;
            cr_assert_eq(jx_engine_score_change(e, t, in[k].ind, in[k].actual, NAN, NAN,
                                                in[k].points, NAN, &one, &err),
                         JX_OK, "%s", err.msg);
            const char *l3 = in[k].ind->level3;
            cr_expect(isnan(one.score) ? isnan(out[k].score) : one.score == out[k].score,
                      "%s: %g one by one, %g in one call", l3, one.score, out[k].score);
            cr_expect_str_eq(out[k].rule, one.rule, "%s", l3);
            cr_expect_eq(out[k].rule, one.rule, "%s: the same interned name", l3);
            cr_expect_str_eq(kept[k], one.explain, "%s", l3);
            cr_expect_eq(out[k].finding, one.finding, "%s", l3);
            cr_expect_eq(out[k].unmet, one.unmet, "%s", l3);
            cr_expect_eq(out[k].points, one.points, "%s", l3);
            free(kept[k]);
            compared++;
        }
        free(kept);
        free(out);
        free(in);
        free(av);
    }
    return compared;
}

Test(score_table, same_as_one_call_per_indicator)
{
    jx_engine *e = open_pack("national");
    jx_doc *d = csv(FORM);
    jx_error err = {0};
    cr_assert_eq(jx_engine_frame(e, d, &err), JX_OK, "%s", err.msg);
    cr_expect_eq(compare_paths(e, d), 17);
    /* twice: the second time every formula id comes from the host's memo */
    compare_paths(e, d);
    jx_engine_set_explain(e, 0);
    compare_paths(e, d);
    jx_doc_free(d);
    jx_engine_free(e);
}

/* The row of the scorecard's first table whose 三级 is l3 (the last one
 * so named), or NULL. */
static const jx_scored *row_named(const jx_scorecard *sc, const char *l3)
{
    const jx_scored *r = NULL;
    for (size_t k = 0; k < sc->tables[0].n; k++)
        if (!strcmp(sc->tables[0].rows[k].ind->level3, l3))
            r = &sc->tables[0].rows[k];
    return r;
}

/* Rows around the edges of the host's built-in formulas (docs/rules.md
 * 3.2 item 6, spec): a target of 0 or below, an actual below 0, huge
 * numbers, shares that round at the last digit, decimals in 分值, a
 * 本年/上年 actual (its explanation is the closure's), qualitative words
 * with white space at an end, inside, or in two bands. */
#define EDGES                                                                        \
    "项目编码,项目名称,一级指标,二级指标,三级指标,年度指标值,分值,实际完成值\n"     \
    "2-1,边界,产出指标,数量指标,新增户数,≥0户,5,5户\n"                              \
    "2-1,边界,产出指标,数量指标,净增人数,≥10人,5,-3人\n"                            \
    "2-1,边界,产出指标,成本指标,成本降低率,≤-5%,5,-3%\n"                           \
    "2-1,边界,产出指标,成本指标,费用降幅,≤-5%,5,-8%\n"                             \
    "2-1,边界,产出指标,成本指标,超支金额,≤0元,5,0元\n"                              \
    "2-1,边界,产出指标,数量指标,受益人次,≥1000000000000000人次,5,500000000000000人次\n" \
    "2-1,边界,产出指标,数量指标,完成件数,≥3件,2.5,2.333件\n"                        \
    "2-1,边界,产出指标,数量指标,覆盖面积,≥7亩,3.3,6.125亩\n"                        \
    "2-1,边界,产出指标,成本指标,投诉件数,≤120件,7.5,121.5件\n"                     \
    "2-1,边界,产出指标,质量指标,完成率,≥95%,5,本年完成96%，上年90%\n"               \
    "2-1,边界,效益指标,社会效益指标,群众反映,好,5, 达成\n"                          \
    "2-1,边界,效益指标,社会效益指标,服务质量,好,5,达成　\n"                         \
    "2-1,边界,效益指标,社会效益指标,工作成效,好,5,较好\n"                           \
    "2-1,边界,效益指标,社会效益指标,推进情况,好,5,基本 完成\n"                      \
    "2-1,边界,效益指标,社会效益指标,整改情况,好,4.5,未完成\n"                       \
    "2-1,边界,产出指标,成本指标,人均补助,≤120元/人,7.5,121.5元/人\n"                 \
    "2-1,边界,效益指标,社会效益指标,落实情况,好,5,部分达成\n"

/* The built-in formulas give what the closures give, for national and
 * for packs whose data changes them, with the memo cold (the first pass
 * asks the pack) and warm (rows scored without entering Lua). */
Test(score_table, builtin_formulas_same_as_closures)
{
    static const char *const packs[] = {"national", "overshoot-deduct", "reverse-ratio"};
    for (size_t k = 0; k < sizeof packs / sizeof *packs; k++) {
        jx_engine *e = open_pack(packs[k]);
        jx_doc *d = csv(FORM);
        jx_doc *g = csv(EDGES);
        jx_error err = {0};
        cr_assert_eq(jx_engine_frame(e, d, &err), JX_OK, "%s", err.msg);
        cr_assert_eq(jx_engine_frame(e, g, &err), JX_OK, "%s", err.msg);
        for (int explain = 1; explain >= 0; explain--) {
            jx_engine_set_explain(e, explain);
            for (int pass = 0; pass < 2; pass++) {
                cr_expect_eq(compare_paths(e, d), 17, "%s", packs[k]);
                cr_expect_eq(compare_paths(e, g), 17, "%s", packs[k]);
            }
        }
        jx_doc_free(g);
        jx_doc_free(d);
        jx_engine_free(e);
    }
}

/* Explanations the host writes from templates, by hand: the numbers as
 * jx.fmt writes them, the rule name, the qualitative word. */
Test(score_table, template_explanations_by_hand)
{
    jx_engine *e = open_pack("national");
    jx_doc *g = csv(EDGES);
    jx_scorecard *sc = NULL;
    jx_error err = {0};
    for (int pass = 0; pass < 2; pass++) {
        cr_assert_eq(jx_score_doc(e, g, NULL, 0, &sc, &err), JX_OK, "%s", err.msg);
        static const struct {
            const char *l3, *explain;
        } want[] = {
            {"新增户数", "正向指标: 5 ≥ 0，得满分 5"},
            {"完成件数", "正向指标: 2.33 ÷ 3 × 2.5 = 1.94"},
            {"覆盖面积", "正向指标: 6.13 ÷ 7 × 3.3 = 2.89"},
            {"投诉件数", "反向指标: (1 − (121.5 − 120) ÷ 120) × 7.5 = 7.41"},
            {"受益人次", "正向指标: 500000000000000 ÷ 1000000000000000 × 5 = 2.5"},
            {"整改情况", "定性指标: “未完成”属未达成档 60%–0%，取档上限 60% × 4.5 = 2.7"},
            /* 元 in 万元: below 1, four significant digits (0.01 before) */
            {"人均补助", "反向指标: (1 − (0.01215 − 0.012) ÷ 0.012) × 7.5 = 7.41"},
        };
        for (size_t w = 0; w < sizeof want / sizeof *want; w++) {
            const jx_scored *r = row_named(sc, want[w].l3);
            cr_assert_not_null(r, "%s", want[w].l3);
            cr_expect_str_eq(r->s.explain, want[w].explain, "%s (pass %d)", want[w].l3, pass);
        }
        jx_scorecard_free(sc);
    }
    jx_doc_free(g);
    jx_engine_free(e);
}

/* The rows national scores in one call, worked by hand. */
Test(score_table, formulas_by_hand)
{
    jx_engine *e = open_pack("national");
    jx_doc *d = csv(FORM);
    jx_scorecard *sc = NULL;
    jx_error err = {0};
    cr_assert_eq(jx_score_doc(e, d, NULL, 0, &sc, &err), JX_OK, "%s", err.msg);
    static const struct {
        const char *l3;
        double score;
        const char *rule;
        int unmet;
    } want[] = {
        {"离休干部人数", 4.69, "正向指标", 0},   /* 15 ÷ 16 × 5 = 4.6875 */
        {"报销成本", 9.29, "反向指标", 0},       /* (1 − (150 − 140) ÷ 140) × 10 */
        {"响应时间", 10, "反向指标", 0},         /* 2 ≤ 2 */
        {"参保人数", 10, "正向指标", 0},         /* 45000人 = 4.5万人 */
        {"救助率", 4.74, "正向指标", 0},         /* 90 ÷ 95 × 5 */
        {"差错率", 5, "反向指标", 1},            /* 5 不小于 5: full, not met */
        {"合格率", 5, "正向指标", 1},            /* 90 不大于 90 */
        {"培训场次", 4.17, "区间指标", 0},       /* 5 ÷ 6 × 5 */
        {"完成时间", 5, "时效指标", 0},          /* 11月 before 12月31日 */
        {"公用经费变动率", 2, "变动率", 0},      /* (1 − (8 − 5) ÷ 5) × 5 */
        {"印刷费", 0, "反向指标", 0},            /* ≤0, 2 > 0 */
        {"就医方便程度", 10, "定性指标", 0},     /* 达成: 100% */
        {"覆盖人数", 5, "定性指标", 0},          /* 完成 for a number: 达成 band */
        {"长效机制", 5, "定性指标", 0},          /* 长期 as the target says */
        {"政策延续", 3, "定性指标", 0},          /* 未达成: 60% × 5 */
        {"满意度", 10, "正向指标", 0},           /* 95 ≥ 90 */
    };
    for (size_t w = 0; w < sizeof want / sizeof *want; w++) {
        const jx_scored *r = row_named(sc, want[w].l3);
        cr_assert_not_null(r, "%s", want[w].l3);
        cr_expect_float_eq(r->s.score, want[w].score, 1e-9, "%s: %s", want[w].l3, r->s.explain);
        cr_expect_str_eq(r->s.rule, want[w].rule, "%s", want[w].l3);
        cr_expect_eq(r->s.unmet, want[w].unmet, "%s", want[w].l3);
    }
    /* 人次 against 人: a finding, never a guess */
    for (size_t k = 0; k < sc->tables[0].n; k++)
        if (!strcmp(sc->tables[0].rows[k].ind->level3, "服务人次"))
            cr_expect(sc->tables[0].rows[k].s.finding && isnan(sc->tables[0].rows[k].s.score));
    jx_scorecard_free(sc);
    jx_doc_free(d);
    jx_engine_free(e);
}

/* A pack that replaces score (after bind, or p.lib.score before it) is
 * called for every indicator: the table entry declines. */
Test(score_table, override_per_indicator_is_honoured)
{
    static const struct {
        const char *pack;
        double score; /* 离休干部人数, 5 points */
    } packs[] = {{"table-override", 2.5}, {"table-lib-override", 1}};
    for (size_t p = 0; p < 2; p++) {
        jx_engine *e = open_pack(packs[p].pack);
        jx_doc *d = csv(FORM);
        jx_error err = {0};
        jx_engine_frame(e, d, &err);
        jx_score out[1];
        jx_value av;
        cr_assert_eq(jx_value_parse("15人", strlen("15人"), &av, &err), JX_OK);
        jx_score_row in = {&d->tables[0].ind[0], &av, NAN, NAN, 5, NAN};
        cr_expect_eq(jx_engine_score_rows(e, &d->tables[0], &in, 1, out, &err), JX_ENOTFOUND,
                     "%s", packs[p].pack);
        jx_scorecard *sc = NULL;
        cr_assert_eq(jx_score_doc(e, d, NULL, 0, &sc, &err), JX_OK, "%s", err.msg);
        const jx_scored *r = &sc->tables[0].rows[0];
        cr_assert_str_eq(r->ind->level3, "离休干部人数");
        cr_expect_float_eq(r->s.score, packs[p].score, 1e-9, "%s: %s", packs[p].pack,
                           r->s.explain);
        cr_expect_str_eq(r->s.rule, "本市口径");
        /* the rest as national scores them */
        cr_expect_float_eq(sc->tables[0].rows[1].s.score, 9.29, 1e-9);
        jx_scorecard_free(sc);
        jx_doc_free(d);
        jx_engine_free(e);
    }
}

static size_t count(const jx_scorecard *sc, const char *code, const char *needle)
{
    size_t n = 0;
    for (size_t i = 0; i < sc->nf; i++)
        if (!strcmp(sc->f[i].code, code) && (!needle || strstr(sc->f[i].message, needle)))
            n++;
    return n;
}

#define BAD_HEAD "项目编码,项目名称,一级指标,二级指标,三级指标,年度指标值,分值,实际完成值\n"
#define BAD_ROW(code, name) code ",示例,产出指标,质量指标," name ",≥90%,10,85%\n"

/* national's own score failing on one indicator (table-one-error: a
 * broken band for 坏档指标) fails that indicator only, with its message;
 * the table around it is scored as national scores it. */
Test(score_table, a_rule_error_fails_its_indicator_only)
{
    jx_engine *e = open_pack("table-one-error");
    jx_doc *d = csv(BAD_HEAD BAD_ROW("1-1", "合格率") BAD_ROW("1-1", "坏档指标")
                        BAD_ROW("1-1", "达标率"));
    jx_error err = {0};
    jx_engine_frame(e, d, &err);
    jx_value av;
    cr_assert_eq(jx_value_parse("85%", strlen("85%"), &av, &err), JX_OK);
    jx_score_row in[3];
    jx_score out[3];
    for (int i = 0; i < 3; i++)
        in[i] = (jx_score_row){&d->tables[0].ind[i], &av, NAN, NAN, 10, NAN};
    cr_expect_eq(jx_engine_score_rows(e, &d->tables[0], in, 3, out, &err), JX_ERULE);
    jx_scorecard *sc = NULL;
    cr_assert_eq(jx_score_doc(e, d, NULL, 0, &sc, &err), JX_OK, "%s", err.msg);
    const jx_scored_table *st = &sc->tables[0];
    cr_assert_eq(st->n, 3);
    cr_expect_float_eq(st->rows[0].s.score, 9.44, 1e-9, "%s", st->rows[0].s.explain); /* 85 ÷ 90 × 10 */
    cr_expect(st->rows[1].s.finding && isnan(st->rows[1].s.score));
    cr_expect(strstr(st->rows[1].s.explain, "坏档指标") != NULL, "%s", st->rows[1].s.explain);
    cr_expect(strstr(st->rows[1].s.explain, "compare") != NULL, "%s", st->rows[1].s.explain);
    cr_expect_float_eq(st->rows[2].s.score, 9.44, 1e-9);
    cr_expect_eq(count(sc, "rule-error", "坏档指标"), 1);
    cr_expect_eq(count(sc, "rule-stopped", NULL), 0);
    cr_expect_eq(sc->rule_errors, 1);
    jx_scorecard_free(sc);
    jx_doc_free(d);
    /* five failing indicators over two tables: three errors, then the pack
     * is stopped for the document at the fourth, as one call per
     * indicator always did; the good row before them is scored */
    d = csv(BAD_HEAD BAD_ROW("1-1", "合格率") BAD_ROW("1-1", "坏档指标") BAD_ROW("1-1", "坏档指标一")
                BAD_ROW("2-1", "坏档指标二") BAD_ROW("2-1", "坏档指标三") BAD_ROW("2-1", "达标率")
                    BAD_ROW("2-1", "坏档指标四"));
    jx_engine_frame(e, d, &err);
    cr_assert_eq(jx_score_doc(e, d, NULL, 0, &sc, &err), JX_OK, "%s", err.msg);
    cr_expect_float_eq(sc->tables[0].rows[0].s.score, 9.44, 1e-9);
    cr_expect_eq(count(sc, "rule-error", NULL), 3);
    cr_expect_eq(count(sc, "rule-stopped", "坏档指标三"), 1);
    cr_expect(isnan(sc->tables[1].rows[2].s.score), "达标率 is after the stop");
    jx_scorecard_free(sc);
    jx_doc_free(d);
    jx_engine_free(e);
}
