/*
 * test_value.c - the 指标值 grammar: every form in domain.md §4, every
 * target printed in the two seed documents, and hostile input.  Expected
 * values are written by hand from the documents.
 */
#include <criterion/criterion.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "jixiao/jixiao.h"

typedef struct expect {
    const char *raw;
    jx_vkind kind;
    jx_op op;
    double value, value_max;
    const char *unit;
    int implied;
} expect;

#define Q(raw, op, v, unit, implied) {raw, JX_V_QUANT, op, v, v, unit, implied}

static jx_value parse(const char *s)
{
    jx_value v;
    jx_error err = {0};
    cr_assert_eq(jx_value_parse(s, strlen(s), &v, &err), JX_OK, "%s: %s", s, err.msg);
    return v;
}

static void check(const expect *e)
{
    jx_value v = parse(e->raw);
    cr_expect_eq(v.kind, e->kind, "%s: kind %s, expected %s", e->raw,
                 jx_vkind_name(v.kind), jx_vkind_name(e->kind));
    cr_expect_eq(v.raw_len, strlen(e->raw), "%s: raw kept verbatim", e->raw);
    if (e->kind != JX_V_QUANT) {
        cr_expect_eq(v.n, 0, "%s: no thresholds", e->raw);
        return;
    }
    cr_assert_eq(v.n, 1, "%s: %d thresholds", e->raw, v.n);
    const jx_threshold *t = &v.t[0];
    cr_expect_eq(t->op, e->op, "%s: op %s expected %s", e->raw,
                 jx_op_name(t->op), jx_op_name(e->op));
    cr_expect(fabs(t->value - e->value) < 1e-9, "%s: value %g expected %g",
              e->raw, t->value, e->value);
    cr_expect(fabs(t->value_max - e->value_max) < 1e-9, "%s: max %g expected %g",
              e->raw, t->value_max, e->value_max);
    cr_expect_str_eq(t->unit, e->unit, "%s: unit '%s' expected '%s'", e->raw,
                     t->unit, e->unit);
    cr_expect_eq(t->implied, e->implied, "%s: implied", e->raw);
}

/* domain.md §4, form by form */
static const expect forms[] = {
    Q("≥95%", JX_OP_GE, 95, "%", 0),
    Q("≤140万", JX_OP_LE, 140, "万元", 0), /* money in these tables is 万元 */
    Q("≤140万元", JX_OP_LE, 140, "万元", 0),
    Q("≤2小时", JX_OP_LE, 2, "小时", 0),
    Q("> 90%", JX_OP_GT, 90, "%", 0),
    Q("<5%", JX_OP_LT, 5, "%", 0),
    Q("≈100%", JX_OP_APPROX, 100, "%", 0),
    Q("≈5506人", JX_OP_APPROX, 5506, "人", 0),
    Q("≤0", JX_OP_LE, 0, "", 0),
    Q("≥100人次", JX_OP_GE, 100, "人次", 0),
    Q("≥1个", JX_OP_GE, 1, "个", 0),
    Q("≥25种", JX_OP_GE, 25, "种", 0),
    Q("8700人", JX_OP_EQ, 8700, "人", 1),
    Q("33万人", JX_OP_EQ, 330000, "人", 1),
    Q("4.5万人", JX_OP_EQ, 45000, "人", 1),
    Q("45000人", JX_OP_EQ, 45000, "人", 1),
    Q("1次", JX_OP_EQ, 1, "次", 1),
    Q("100%", JX_OP_EQ, 100, "%", 1),
    Q("5.88%", JX_OP_EQ, 5.88, "%", 1),
    Q("29.34万元", JX_OP_EQ, 29.34, "万元", 1),
    Q("0万元", JX_OP_EQ, 0, "万元", 1),
    Q("不低于33万人", JX_OP_GE, 330000, "人", 0),
    Q("不低于70%", JX_OP_GE, 70, "%", 0),
    Q("不超过5%", JX_OP_LE, 5, "%", 0),
    Q("不高于10天", JX_OP_LE, 10, "天", 0),
    Q("低于3%", JX_OP_LT, 3, "%", 0),
    Q("高于80%", JX_OP_GT, 80, "%", 0),
    Q("达到90%", JX_OP_GE, 90, "%", 0),
    Q("至少2次", JX_OP_GE, 2, "次", 0),
    Q("90%以上", JX_OP_GE, 90, "%", 0),
    Q("2小时以内", JX_OP_LE, 2, "小时", 0),
    Q("控制在10%以内", JX_OP_LE, 10, "%", 0),
    Q("约20人", JX_OP_APPROX, 20, "人", 0),
    Q("100人左右", JX_OP_APPROX, 100, "人", 0),
    {"3-5", JX_V_QUANT, JX_OP_RANGE, 3, 5, "", 0},
    {"1-3", JX_V_QUANT, JX_OP_RANGE, 1, 3, "", 0},
    {"5至10人", JX_V_QUANT, JX_OP_RANGE, 5, 10, "人", 0},
    {"80%~90%", JX_V_QUANT, JX_OP_RANGE, 80, 90, "%", 0},
    Q("5*8小时", JX_OP_EQ, 40, "小时", 1),
    Q("7*24小时", JX_OP_EQ, 168, "小时", 1),
    Q("≥100百分比", JX_OP_GE, 100, "%", 0),
    Q("＞９０％", JX_OP_GT, 90, "%", 0),     /* full-width */
    Q("≥９５％", JX_OP_GE, 95, "%", 0),
    Q("≧80%", JX_OP_GE, 80, "%", 0),
    Q(">=80%", JX_OP_GE, 80, "%", 0),
    Q("<= 3天", JX_OP_LE, 3, "天", 0),
    Q("1,234.5万元", JX_OP_EQ, 1234.5, "万元", 1), /* thousands separator */
    Q("2亿元", JX_OP_EQ, 20000, "万元", 1),
    Q("3000元", JX_OP_EQ, 0.3, "万元", 1),
    Q("1次/年", JX_OP_EQ, 1, "次/年", 1),
    Q("3个月", JX_OP_EQ, 3, "月", 1),
    Q("<-5%", JX_OP_LT, -5, "%", 0),
    Q("  ≥95%  ", JX_OP_GE, 95, "%", 0),
    {"充分", JX_V_QUAL, 0, 0, 0, "", 0},
    {"合理", JX_V_QUAL, 0, 0, 0, "", 0},
    {"明显提高", JX_V_QUAL, 0, 0, 0, "", 0},
    {"逐步扩大", JX_V_QUAL, 0, 0, 0, "", 0},
    {"符合相关要求", JX_V_QUAL, 0, 0, 0, "", 0},
    {"间接效益", JX_V_QUAL, 0, 0, 0, "", 0},
    {"按协议实施", JX_V_QUAL, 0, 0, 0, "", 0},
    {"2020年10月至2021年9月", JX_V_TIME, 0, 0, 0, "", 0},
    {"即时结算", JX_V_TIME, 0, 0, 0, "", 0},
    {"在规定时间内", JX_V_TIME, 0, 0, 0, "", 0},
    {"及时完成", JX_V_TIME, 0, 0, 0, "", 0},
    {"准确按时", JX_V_TIME, 0, 0, 0, "", 0},
    {"", JX_V_EMPTY, 0, 0, 0, "", 0},
    {"   ", JX_V_EMPTY, 0, 0, 0, "", 0},
    {"……", JX_V_PLACEHOLDER, 0, 0, 0, "", 0},
    {"/", JX_V_PLACEHOLDER, 0, 0, 0, "", 0},
    {"-", JX_V_PLACEHOLDER, 0, 0, 0, "", 0},
    {"——", JX_V_PLACEHOLDER, 0, 0, 0, "", 0},
    {"无", JX_V_PLACEHOLDER, 0, 0, 0, "", 0},
    {"指标2：", JX_V_PLACEHOLDER, 0, 0, 0, "", 0},
    {"上年度第四季度集中参保，次年全", JX_V_DAMAGED, 0, 0, 0, "", 0},
    {"≥", JX_V_DAMAGED, 0, 0, 0, "", 0},
    {"不低于", JX_V_DAMAGED, 0, 0, 0, "", 0},
    {"（以财政批复为准", JX_V_DAMAGED, 0, 0, 0, "", 0},
    {"安全", JX_V_QUAL, 0, 0, 0, "", 0}, /* 全 ends a whole word here */
    {"预算执行率=（预算执行数/预算数）×100%", JX_V_TEXT, 0, 0, 0, "", 0},
    {"通过项目实施，进一步提升医疗保障服务水平和群众获得感", JX_V_TEXT, 0, 0, 0, "", 0},
};

Test(value, forms)
{
    for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++)
        check(&forms[i]);
}

/* Every distinct 指标值 printed in seed 000 (洛龙区医疗保障局 2021), read by
 * hand from its department table (lines 434-493) and wide project table
 * (lines 500-545). */
static const expect seed000[] = {
    {"充分", JX_V_QUAL, 0, 0, 0, "", 0},
    {"合理", JX_V_QUAL, 0, 0, 0, "", 0},
    {"有效", JX_V_QUAL, 0, 0, 0, "", 0},
    {"完整", JX_V_QUAL, 0, 0, 0, "", 0},
    {"规范", JX_V_QUAL, 0, 0, 0, "", 0},
    {"完备", JX_V_QUAL, 0, 0, 0, "", 0},
    {"符合相关要求", JX_V_QUAL, 0, 0, 0, "", 0},
    {"明显", JX_V_QUAL, 0, 0, 0, "", 0},
    {"明显提高", JX_V_QUAL, 0, 0, 0, "", 0},
    {"逐步扩大", JX_V_QUAL, 0, 0, 0, "", 0},
    {"有效缓解", JX_V_QUAL, 0, 0, 0, "", 0},
    {"成效明显", JX_V_QUAL, 0, 0, 0, "", 0},
    {"即时结算", JX_V_TIME, 0, 0, 0, "", 0},
    {"在规定时间内", JX_V_TIME, 0, 0, 0, "", 0},
    {"上年度第四季度集中参保，次年全", JX_V_DAMAGED, 0, 0, 0, "", 0},
    {"", JX_V_EMPTY, 0, 0, 0, "", 0},
    Q("≥95%", JX_OP_GE, 95, "%", 0),
    Q("≥80%", JX_OP_GE, 80, "%", 0),
    Q("≥96%", JX_OP_GE, 96, "%", 0),
    Q("≥100%", JX_OP_GE, 100, "%", 0),
    Q("≥90%", JX_OP_GE, 90, "%", 0),
    Q("<5%", JX_OP_LT, 5, "%", 0),
    Q("≤0", JX_OP_LE, 0, "", 0),
    Q("≤10%", JX_OP_LE, 10, "%", 0),
    Q("> 90%", JX_OP_GT, 90, "%", 0),
    Q("1人", JX_OP_EQ, 1, "人", 1),
    Q("不低于33万人", JX_OP_GE, 330000, "人", 0),
    Q("≥2次", JX_OP_GE, 2, "次", 0),
    Q("≥2天", JX_OP_GE, 2, "天", 0),
    Q("≥100人次", JX_OP_GE, 100, "人次", 0),
    Q("≤16人", JX_OP_LE, 16, "人", 0),
    Q("≤140万", JX_OP_LE, 140, "万元", 0),
    Q("8700人", JX_OP_EQ, 8700, "人", 1),
    Q("≤260万元", JX_OP_LE, 260, "万元", 0),
    Q("≈100%", JX_OP_APPROX, 100, "%", 0),
    Q("≤2350万元", JX_OP_LE, 2350, "万元", 0),
    Q("33万人", JX_OP_EQ, 330000, "人", 1),
    Q("≤20万元", JX_OP_LE, 20, "万元", 0),
    Q("≥25%", JX_OP_GE, 25, "%", 0),
    Q("≥70%", JX_OP_GE, 70, "%", 0),
    Q("≤30万元", JX_OP_LE, 30, "万元", 0),
    Q("42000人", JX_OP_EQ, 42000, "人", 1),
    Q("≤680万元", JX_OP_LE, 680, "万元", 0),
    Q("5600人", JX_OP_EQ, 5600, "人", 1),
    Q("≤153万元", JX_OP_LE, 153, "万元", 0),
    Q("≥1个", JX_OP_GE, 1, "个", 0),
    Q("≤2小时", JX_OP_LE, 2, "小时", 0),
    Q("≤3.4万", JX_OP_LE, 3.4, "万元", 0),
    Q("≈5506人", JX_OP_APPROX, 5506, "人", 0),
    Q("≤70万元", JX_OP_LE, 70, "万元", 0),
    Q("8个", JX_OP_EQ, 8, "个", 1),
    Q("≤100%", JX_OP_LE, 100, "%", 0),
    Q("≤33.6万元", JX_OP_LE, 33.6, "万元", 0),
    Q("≤7万人", JX_OP_LE, 70000, "人", 0),
    Q("≤19.1万元", JX_OP_LE, 19.1, "万元", 0),
    Q("4.5万人", JX_OP_EQ, 45000, "人", 1),
    Q("≤1260万元", JX_OP_LE, 1260, "万元", 0),
    Q("1次", JX_OP_EQ, 1, "次", 1),
    Q("救助对象政策内救助报销比例不低于70%", JX_OP_GE, 70, "%", 0),
    Q("实现基金智能化、信息化监管，实地监管次数不低于1次", JX_OP_GE, 1, "次", 0),
    Q("医保信息集中一体化率100%", JX_OP_EQ, 100, "%", 1),
};

Test(value, seed000_targets)
{
    for (size_t i = 0; i < sizeof seed000 / sizeof seed000[0]; i++)
        check(&seed000[i]);
}

/* Every distinct 指标值 in seed 004 (鲁山县医疗保障局 2020): department table
 * (lines 348-396) and 预算10表 (lines 402-423). */
static const expect seed004[] = {
    {"充分", JX_V_QUAL, 0, 0, 0, "", 0},
    {"合理", JX_V_QUAL, 0, 0, 0, "", 0},
    {"有效", JX_V_QUAL, 0, 0, 0, "", 0},
    {"完整", JX_V_QUAL, 0, 0, 0, "", 0},
    {"符合要求", JX_V_QUAL, 0, 0, 0, "", 0},
    {"规范", JX_V_QUAL, 0, 0, 0, "", 0},
    {"完备", JX_V_QUAL, 0, 0, 0, "", 0},
    {"……", JX_V_PLACEHOLDER, 0, 0, 0, "", 0},
    {"完成", JX_V_QUAL, 0, 0, 0, "", 0},
    {"优化实现", JX_V_QUAL, 0, 0, 0, "", 0},
    {"及时进行", JX_V_TIME, 0, 0, 0, "", 0},
    {"及时完成", JX_V_TIME, 0, 0, 0, "", 0},
    {"准确按时", JX_V_TIME, 0, 0, 0, "", 0},
    {"按协议实施", JX_V_QUAL, 0, 0, 0, "", 0},
    {"间接效益", JX_V_QUAL, 0, 0, 0, "", 0},
    {"积极影响", JX_V_QUAL, 0, 0, 0, "", 0},
    {"有所提高", JX_V_QUAL, 0, 0, 0, "", 0},
    Q("100%", JX_OP_EQ, 100, "%", 1),
    Q("≤10%", JX_OP_LE, 10, "%", 0),
    Q("5.88%", JX_OP_EQ, 5.88, "%", 1),
    Q("7.14%", JX_OP_EQ, 7.14, "%", 1),
    Q("10%", JX_OP_EQ, 10, "%", 1),
    Q("219.30%", JX_OP_EQ, 219.3, "%", 1),
    Q("≥96%", JX_OP_GE, 96, "%", 0),
    Q("≥90%", JX_OP_GE, 90, "%", 0),
    Q("≥95%", JX_OP_GE, 95, "%", 0),
    {"3-5", JX_V_QUANT, JX_OP_RANGE, 3, 5, "", 0},
    {"1-3", JX_V_QUANT, JX_OP_RANGE, 1, 3, "", 0},
    Q("5*8小时", JX_OP_EQ, 40, "小时", 1),
    Q("7*24小时", JX_OP_EQ, 168, "小时", 1),
    Q("33.5万", JX_OP_EQ, 33.5, "万元", 1),
    Q("0万元", JX_OP_EQ, 0, "万元", 1),
    Q("29.34万元", JX_OP_EQ, 29.34, "万元", 1),
};

Test(value, seed004_targets)
{
    for (size_t i = 0; i < sizeof seed004 / sizeof seed004[0]; i++)
        check(&seed004[i]);
}

static void span_is(const jx_value *v, uint32_t off, uint32_t len, const char *want)
{
    cr_expect_eq(len, strlen(want), "span length %u for '%s'", len, want);
    cr_expect(len == strlen(want) && !memcmp(v->raw + off, want, len),
              "span '%.*s' expected '%s'", (int)len, v->raw + off, want);
}

Test(value, several_thresholds_with_subjects)
{
    jx_value v = parse("集中采购药品品种不低于25种，预付金支付比例不低于合同金额的50%");
    cr_assert_eq(v.kind, JX_V_QUANT);
    cr_assert_eq(v.n, 2);
    cr_expect_eq(v.t[0].op, JX_OP_GE);
    cr_expect_eq(v.t[0].value, 25);
    cr_expect_str_eq(v.t[0].unit, "种");
    span_is(&v, v.t[0].subj_off, v.t[0].subj_len, "集中采购药品品种");
    span_is(&v, v.t[0].off, v.t[0].len, "不低于25种");
    cr_expect_eq(v.t[1].op, JX_OP_GE);
    cr_expect_eq(v.t[1].value, 50);
    cr_expect_str_eq(v.t[1].unit, "%");
    span_is(&v, v.t[1].subj_off, v.t[1].subj_len, "预付金支付比例");

    v = parse("服务费为筹集资金的2%");
    cr_assert_eq(v.n, 1);
    cr_expect_eq(v.t[0].op, JX_OP_EQ);
    cr_expect_eq(v.t[0].implied, 0);
    cr_expect_eq(v.t[0].value, 2);
    span_is(&v, v.t[0].subj_off, v.t[0].subj_len, "服务费");

    v = parse("医保信息集中一体化率100%");
    span_is(&v, v.t[0].subj_off, v.t[0].subj_len, "医保信息集中一体化率");
}

Test(value, products_keep_factors)
{
    jx_value v = parse("5*8小时");
    cr_assert_eq(v.n, 1);
    cr_expect(v.t[0].product);
    cr_expect_eq(v.t[0].factors[0], 5);
    cr_expect_eq(v.t[0].factors[1], 8);
    v = parse("7×24小时");
    cr_expect(v.t[0].product);
    cr_expect_eq(v.t[0].value, 168);
}

Test(value, scale_makes_equal_values)
{
    jx_value a = parse("4.5万人"), b = parse("45000人");
    cr_expect_eq(a.t[0].value, b.t[0].value);
    cr_expect_str_eq(a.t[0].unit, b.t[0].unit);
    cr_expect(a.t[0].scaled);
    cr_expect(!b.t[0].scaled);
    a = parse("≤140万");
    b = parse("≤140万元");
    cr_expect_eq(a.t[0].value, b.t[0].value);
    cr_expect_str_eq(a.t[0].unit, b.t[0].unit);
}

Test(value, periods)
{
    jx_value v = parse("2020年10月至2021年9月");
    cr_expect_eq(v.kind, JX_V_TIME);
    cr_expect_eq(v.from_year, 2020);
    cr_expect_eq(v.from_month, 10);
    cr_expect_eq(v.to_year, 2021);
    cr_expect_eq(v.to_month, 9);
}

Test(value, damage_has_a_reason)
{
    jx_value v = parse("上年度第四季度集中参保，次年全");
    cr_expect_eq(v.kind, JX_V_DAMAGED);
    cr_expect_not_null(v.damage);
}

Test(value, many_thresholds_overflow)
{
    jx_value v = parse("a≥1,b≥2,c≥3,d≥4,e≥5,f≥6,g≥7,h≥8,i≥9,j≥10");
    cr_expect_eq(v.n, JX_MAX_THRESHOLDS);
    cr_expect(v.overflow);
}

Test(value, json_shape)
{
    jx_value v = parse("不低于合同金额的50%");
    char buf[1024];
    size_t n = jx_value_json(&v, buf, sizeof buf);
    cr_assert_lt(n, sizeof buf);
    cr_expect_str_eq(buf,
        "{\"raw\":\"不低于合同金额的50%\",\"kind\":\"quantitative\",\"thresholds\":"
        "[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":50,\"unit\":\"%\","
        "\"implied\":false,\"text\":\"不低于合同金额的50%\",\"subject\":null}]}");
    /* a buffer too small still terminates and reports the size needed */
    char small[8];
    cr_expect_eq(jx_value_json(&v, small, sizeof small), n);
    cr_expect_eq(strlen(small), sizeof small - 1);
}

/* ---- hostile input ---- */

Test(value, invalid_utf8_names_bytes)
{
    jx_value v;
    jx_error err = {0};
    const char bad[] = "≥9\xC0\xAF%"; /* overlong '/' */
    cr_expect_eq(jx_value_parse(bad, sizeof bad - 1, &v, &err), JX_EENCODING);
    cr_expect(strstr(err.msg, "0xC0") != NULL, "message names bytes: %s", err.msg);
    cr_expect(strstr(err.msg, "第 5 字节") != NULL, "message names offset: %s", err.msg);
    cr_expect_eq(v.kind, JX_V_EMPTY);

    const char surrogate[] = "\xED\xA0\x80";
    cr_expect_eq(jx_value_parse(surrogate, 3, &v, &err), JX_EENCODING);
    const char cut[] = "95\xE2\x89"; /* ≥ cut in half */
    cr_expect_eq(jx_value_parse(cut, 4, &v, &err), JX_EENCODING);
    const char overlong4[] = "\xF0\x80\x80\xAF";
    cr_expect_eq(jx_value_parse(overlong4, 4, &v, &err), JX_EENCODING);
}

Test(value, nul_byte_is_invalid)
{
    jx_value v;
    jx_error err = {0};
    const char s[] = "≥9\0005%";
    cr_expect_eq(jx_value_parse(s, sizeof s - 1, &v, &err), JX_EENCODING);
}

Test(value, very_long_cells)
{
    /* longest allowed cell: many clauses, parses without overflow */
    size_t n = JX_VALUE_MAX;
    char *s = malloc(n + 1);
    const char *unit = "比例不低于50%，";
    size_t ul = strlen(unit), k = 0;
    while (k + ul <= n) {
        memcpy(s + k, unit, ul);
        k += ul;
    }
    memset(s + k, 'x', n - k);
    s[n] = '\0';
    jx_value v;
    jx_error err = {0};
    cr_expect_eq(jx_value_parse(s, n, &v, &err), JX_OK, "%s", err.msg);
    cr_expect_eq(v.n, JX_MAX_THRESHOLDS);
    cr_expect(v.overflow);
    /* one byte more is refused with a clear limit error */
    char *t = malloc(n + 2);
    memcpy(t, s, n);
    t[n] = 'x';
    cr_expect_eq(jx_value_parse(t, n + 1, &v, &err), JX_ELIMIT);
    free(s);
    free(t);
}

/* Junk a fuzzer or a broken extraction produces: what each must be,
 * worked out from the grammar (domain.md §4), not only "no crash". */
typedef struct junk {
    const char *s;
    jx_vkind kind;
    int n;           /* thresholds */
    double v0, v1;   /* the first two values, when there are */
    const char *u0;  /* unit of the first */
} junk;

Test(value, long_digit_runs_and_junk)
{
    static const junk c[] = {
        /* 68 nines: one number (not 1e63 and 99999), as big as it is */
        {"99999999999999999999999999999999999999999999999999999999999999999999",
         JX_V_QUANT, 1, 1e68, 0, ""},
        /* operators with no number: damaged, never a threshold */
        {"≥≥≥≥≥≥", JX_V_DAMAGED, 0, 0, 0, NULL},
        {"（（（", JX_V_DAMAGED, 0, 0, 0, NULL},
        /* separators around one number: that number */
        {",,,,1", JX_V_QUANT, 1, 1, 0, ""},
        /* 1,2,3 is not 123: a thousands comma needs three digits after */
        {"1,2,3", JX_V_QUANT, 3, 1, 2, ""},
        {"--5", JX_V_QUANT, 1, -5, 0, ""},
        /* a dash or a star with nothing after: no range, no product */
        {"5-", JX_V_QUANT, 1, 5, 0, ""},
        {"5*", JX_V_QUANT, 1, 5, 0, ""},
        {"*8小时", JX_V_QUANT, 1, 8, 0, "小时"},
        {"0000年", JX_V_QUANT, 1, 0, 0, "年"},
        /* words without a number are not quantitative */
        {"至至至", JX_V_QUAL, 0, 0, 0, NULL},
        {"年月", JX_V_QUAL, 0, 0, 0, NULL},
    };
    for (size_t i = 0; i < sizeof c / sizeof c[0]; i++) {
        jx_value v;
        jx_error err = {0};
        cr_assert_eq(jx_value_parse(c[i].s, strlen(c[i].s), &v, &err), JX_OK, "%s", c[i].s);
        cr_expect_eq(v.kind, c[i].kind, "%s: %s", c[i].s, jx_vkind_name(v.kind));
        cr_expect_eq(v.n, (unsigned)c[i].n, "%s: %u thresholds", c[i].s, v.n);
        if (c[i].n >= 1 && v.n >= 1) {
            cr_expect(fabs(v.t[0].value - c[i].v0) <= 1e-9 * fmax(1, fabs(c[i].v0)),
                      "%s: %g", c[i].s, v.t[0].value);
            cr_expect_str_eq(v.t[0].unit, c[i].u0, "%s", c[i].s);
        }
        if (c[i].n >= 2 && v.n >= 2)
            cr_expect_float_eq(v.t[1].value, c[i].v1, 1e-9, "%s", c[i].s);
    }
    /* no number at all: never quantitative, never a threshold */
    static const char *const words[] = {"%%%%", "））", "-"};
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
        jx_value v;
        cr_assert_eq(jx_value_parse(words[i], strlen(words[i]), &v, NULL), JX_OK);
        cr_expect_eq(v.n, 0, "%s", words[i]);
        cr_expect_neq(v.kind, JX_V_QUANT, "%s", words[i]);
    }
    /* 13 is no month: not a date */
    jx_value v;
    cr_assert_eq(jx_value_parse("2020年13月", strlen("2020年13月"), &v, NULL), JX_OK);
    cr_expect_neq(v.from_month, 13);
    cr_expect_neq(v.to_month, 13);
    /* 1.2.3.4: no number reads across the second dot */
    cr_assert_eq(jx_value_parse("1.2.3.4", 7, &v, NULL), JX_OK);
    for (unsigned i = 0; i < v.n; i++)
        cr_expect(v.t[i].value == 1.2 || v.t[i].value == 3.4 || v.t[i].value == 2.3,
                  "%g", v.t[i].value);
}

/* A digit run of any length is one number: 200 digits, and a long
 * fraction (digits past the 40th are dropped, not a second number). */
Test(value, over_long_numbers_are_one_number)
{
    char s[260];
    memset(s, '1', 200);
    strcpy(s + 200, "人");
    jx_value v;
    cr_assert_eq(jx_value_parse(s, strlen(s), &v, NULL), JX_OK);
    cr_assert_eq(v.n, 1);
    cr_expect(fabs(v.t[0].value / 1.111111111111111e199 - 1) < 1e-12, "%g", v.t[0].value);
    cr_expect_str_eq(v.t[0].unit, "人");
    strcpy(s, "≥0.");
    size_t k = strlen(s);
    memset(s + k, '5', 100);
    strcpy(s + k + 100, "%");
    cr_assert_eq(jx_value_parse(s, strlen(s), &v, NULL), JX_OK);
    cr_assert_eq(v.n, 1);
    cr_expect_float_eq(v.t[0].value, 0.5555555555555556, 1e-15);
    cr_expect_eq(v.t[0].op, JX_OP_GE);
}

Test(value, null_and_empty)
{
    jx_value v;
    cr_expect_eq(jx_value_parse(NULL, 0, &v, NULL), JX_OK);
    cr_expect_eq(v.kind, JX_V_EMPTY);
}

/* Excel users type a space before the unit; the unit must not be lost
 * (a lost unit turned 32.6 万人 into 32.6 against 330000). */
Test(value, space_before_unit)
{
    jx_value v = parse("32.6 万人");
    cr_assert_eq(v.kind, JX_V_QUANT);
    cr_expect_float_eq(v.t[0].value, 326000, 1e-6);
    cr_expect_str_eq(v.t[0].unit, "人");
    v = parse("95 %");
    cr_expect_str_eq(v.t[0].unit, "%");
    v = parse("≤ 2 小时");
    cr_expect_eq(v.t[0].op, JX_OP_LE);
    cr_expect_str_eq(v.t[0].unit, "小时");
    v = parse("100 万元");
    cr_expect_float_eq(v.t[0].value, 100, 1e-9);
    cr_expect_str_eq(v.t[0].unit, "万元");
}

/* ---- issue 14: dates as deadlines, free units, change targets ---- */

/* One date threshold: op ≤, unit 日期, value YYYYMMDD (MMDD without a
 * year; 月底 the month's last day). */
static void expect_due(const char *raw, double date)
{
    jx_value v = parse(raw);
    cr_expect_eq(v.kind, JX_V_TIME, "%s: kind %s", raw, jx_vkind_name(v.kind));
    cr_assert_eq(v.n, 1, "%s: %u thresholds", raw, v.n);
    cr_expect_eq(v.t[0].op, JX_OP_LE, "%s: op %s", raw, jx_op_name(v.t[0].op));
    cr_expect_str_eq(v.t[0].unit, "日期", "%s", raw);
    cr_expect_float_eq(v.t[0].value, date, 1e-9, "%s: %.15g, expected %.15g", raw,
                       v.t[0].value, date);
}

/* used to parse as "= 31 天" and "= 12 月" */
Test(value_issue14, deadlines)
{
    expect_due("2023年12月31日前完成", 20231231);
    expect_due("12月底前", 1231);
    expect_due("2021年9月底", 20210930);
    expect_due("2023年12月31日之前", 20231231);
    expect_due("2024年2月底前", 20240229); /* leap year */
    expect_due("2023年2月底", 20230228);
    expect_due("6月30日前", 630);
}

Test(value_issue14, completion_dates)
{
    expect_due("2023年11月完成", 20231130);
    expect_due("11月20日", 1120);
    expect_due("2023年11月20号", 20231120);
    jx_value v = parse("按期完成");
    cr_expect_eq(v.kind, JX_V_TIME);
    cr_expect_eq(v.n, 0);
}

/* periods and plain months keep their old parse */
Test(value_issue14, periods_unchanged)
{
    jx_value v = parse("2020年10月至2021年9月");
    cr_expect_eq(v.kind, JX_V_TIME);
    cr_expect_eq(v.n, 0);
    cr_expect_eq(v.from_year, 2020);
    cr_expect_eq(v.to_month, 9);
    v = parse("≤12个月");
    cr_assert_eq(v.n, 1);
    cr_expect_str_eq(v.t[0].unit, "月");
    cr_expect_float_eq(v.t[0].value, 12, 1e-9);
}

Test(value_issue14, free_units)
{
    jx_value v = parse("≥50厘米");
    cr_assert_eq(v.n, 1);
    cr_expect_str_eq(v.t[0].unit, "厘米");
    cr_expect_float_eq(v.t[0].value, 50, 1e-9);
    v = parse("≥5000头");
    cr_assert_eq(v.n, 1);
    cr_expect_str_eq(v.t[0].unit, "头");
    cr_expect_eq(v.t[0].op, JX_OP_GE);
    v = parse("3只");
    cr_expect_str_eq(v.t[0].unit, "只");
    /* joining and operator words are not units */
    v = parse("3至5");
    cr_expect_eq(v.t[0].op, JX_OP_RANGE);
    cr_expect_str_eq(v.t[0].unit, "");
    v = parse("100以上");
    cr_expect_eq(v.t[0].op, JX_OP_GE);
    cr_expect_str_eq(v.t[0].unit, "");
}

Test(value_issue14, change_targets)
{
    jx_value v = parse("同比下降5%");
    cr_expect_eq(v.change, 1);
    cr_assert_eq(v.n, 1);
    cr_expect_eq(v.t[0].op, JX_OP_LE, "down 5%%: change ≤ −5, got %s", jx_op_name(v.t[0].op));
    cr_expect_float_eq(v.t[0].value, -5, 1e-9);
    cr_expect_str_eq(v.t[0].unit, "%");
    v = parse("较上年提高");
    cr_expect_eq(v.kind, JX_V_QUANT);
    cr_expect_eq(v.change, 1);
    cr_expect_eq(v.t[0].op, JX_OP_GT);
    cr_expect_float_eq(v.t[0].value, 0, 1e-9);
    v = parse("≤上年");
    cr_expect_eq(v.change, 1);
    cr_expect_eq(v.t[0].op, JX_OP_LE);
    cr_expect_float_eq(v.t[0].value, 0, 1e-9);
    v = parse("比上年增长10%");
    cr_expect_eq(v.t[0].op, JX_OP_GE);
    cr_expect_float_eq(v.t[0].value, 10, 1e-9);
    /* not a change target */
    v = parse("≥95%");
    cr_expect_eq(v.change, 0);
    v = parse("<5%");
    cr_expect_eq(v.t[0].op, JX_OP_LT);
    cr_expect_eq(v.change, 0);
}

Test(value_issue14, json_fields)
{
    char buf[1024];
    jx_value v = parse("2023年12月31日前完成");
    jx_value_json(&v, buf, sizeof buf);
    cr_expect(strstr(buf, "\"date\":\"2023-12-31\"") != NULL, "%s", buf);
    v = parse("12月底前");
    jx_value_json(&v, buf, sizeof buf);
    cr_expect(strstr(buf, "\"date\":\"--12-31\"") != NULL, "%s", buf);
    v = parse("同比下降5%");
    jx_value_json(&v, buf, sizeof buf);
    cr_expect(strstr(buf, "\"change\":true") != NULL, "%s", buf);
    v = parse("≥95%");
    jx_value_json(&v, buf, sizeof buf);
    cr_expect(strstr(buf, "change") == NULL && strstr(buf, "date") == NULL, "%s", buf);
}

/* the template's cell for a 变动率 indicator: the rate is computed,
 * (本年−上年)÷上年×100 */
Test(value_issue14, rate_from_two_years)
{
    jx_value v = parse("本年数：95万元；上年数：100万元");
    cr_assert_eq(v.n, 1);
    cr_expect_eq(v.change, 1);
    cr_expect_float_eq(v.t[0].value, -5, 1e-9);
    cr_expect_str_eq(v.t[0].unit, "%");
    v = parse("本年数：120；上年数：100");
    cr_expect_float_eq(v.t[0].value, 20, 1e-9);
    /* different units are not a pair */
    v = parse("本年数：120人；上年数：100万元");
    cr_expect_eq(v.n, 2);
    cr_expect_eq(v.change, 0);
    /* 上年 0: no rate */
    v = parse("本年数：5；上年数：0");
    cr_expect_eq(v.n, 2);
}

/* A unit per something (批次/千人, 万元/亩, 元/吨·年): the whole of it is
 * the threshold's text; the unit keeps the per part only for time and
 * count suffixes (次/年), so a cost per 亩 is still an amount in 万元. */
Test(value, per_units)
{
    static const struct {
        const char *raw, *unit, *text;
    } c[] = {
        {"≥4.5批次/千人", "批次", "≥4.5批次/千人"},
        {"≤0.45万元/亩", "万元", "≤0.45万元/亩"},
        {"≥3个/村", "个", "≥3个/村"},
        {"≤56元/吨·年", "万元", "≤56元/吨·年"},
        {"≥2次/年", "次/年", "≥2次/年"},
        {"≥1次/季度", "次/季度", "≥1次/季度"},
        {"≥6000台件", "台件", "≥6000台件"},
    };
    for (size_t i = 0; i < sizeof c / sizeof c[0]; i++) {
        jx_value v = parse(c[i].raw);
        cr_assert_eq(v.kind, JX_V_QUANT, "%s", c[i].raw);
        cr_assert_eq(v.n, 1, "%s: %d thresholds", c[i].raw, v.n);
        cr_expect_str_eq(v.t[0].unit, c[i].unit, "%s", c[i].raw);
        cr_expect_eq(v.t[0].len, strlen(c[i].text), "%s: text %.*s", c[i].raw,
                     (int)v.t[0].len, c[i].raw + v.t[0].off);
    }
}

/* 万/亿 before a unit of its own scales the number ("0.8万吨" is 8000
 * 吨, not 0.8 万元); bare 万 stays money, the tables' unit. */
Test(value, wan_before_a_unit_scales)
{
    static const struct { const char *in; double v; const char *unit; } c[] = {
        {"≥0.8万吨二氧化碳当量", 8000, "吨"}, {"≥5万平方米", 50000, "平方米"},
        {"≥3万头", 30000, "头"}, {"≥1.2亿吨", 1.2e8, "吨"}, {"5万元", 5, "万元"},
        {"≥5万", 5, "万元"}, {"3万左右", 3, "万元"}, {"≥0.5万亩", 5000, "亩"},
    };
    for (size_t i = 0; i < sizeof c / sizeof c[0]; i++) {
        jx_value v;
        jx_error e;
        cr_assert_eq(jx_value_parse(c[i].in, strlen(c[i].in), &v, &e), JX_OK, "%s", c[i].in);
        cr_expect_float_eq(v.t[0].value, c[i].v, 1e-6, "%s", c[i].in);
        cr_expect_str_eq(v.t[0].unit, c[i].unit, "%s", c[i].in);
    }
}

/* A text and the JSON its parse gave before (the golden tests below). */
typedef struct json_case {
    const char *raw, *json;
} json_case;

static void expect_json_as_before(const json_case *cases, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        jx_value v = parse(cases[k].raw);
        char json[2048];
        jx_value_json(&v, json, sizeof json);
        cr_expect_str_eq(json, cases[k].json, "%s", cases[k].raw);
    }
}

/* Every unit of the table after a number, scaled by 万, with a per-unit
 * suffix, between operator words: the JSON the parse gave before read_unit
 * looked only at the units whose first character can stand there (issue
 * 16, sixth pass; made with that build's `jixiao value`). */
Test(value, every_unit_as_before)
{
    static const json_case cases[] = {
        {"5个百分点",
         "{\"raw\":\"5个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"百分点\",\"implied\":true,\"text\":\"5个百分点\",\"subject\":null}]}"},
        {"≥0.8万个百分点",
         "{\"raw\":\"≥0.8万个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"百分点\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万个百分点\",\"subject\":null}]}"},
        {"3个百分点/年",
         "{\"raw\":\"3个百分点/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"百分点/年\",\"implied\":true,\"text\":\"3个百分点/年\",\"subject\":null}]}"},
        {"不低于12个百分点以上",
         "{\"raw\":\"不低于12个百分点以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不低于12个百分点以上\",\"subject\":null}]}"},
        {"约个百分点5个百分点",
         "{\"raw\":\"约个百分点5个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"百分点\",\"implied\":true,\"text\":\"5个百分点\",\"subject\":\"约个百分点\"}]}"},
        {"5百分点",
         "{\"raw\":\"5百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"百分点\",\"implied\":true,\"text\":\"5百分点\",\"subject\":null}]}"},
        {"≥0.8万百分点",
         "{\"raw\":\"≥0.8万百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"百分点\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万百分点\",\"subject\":null}]}"},
        {"3百分点/年",
         "{\"raw\":\"3百分点/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"百分点/年\",\"implied\":true,\"text\":\"3百分点/年\",\"subject\":null}]}"},
        {"不低于12百分点以上",
         "{\"raw\":\"不低于12百分点以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不低于12百分点以上\",\"subject\":null}]}"},
        {"约百分点5百分点",
         "{\"raw\":\"约百分点5百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"百分点\",\"implied\":true,\"text\":\"5百分点\",\"subject\":\"约百分点\"}]}"},
        {"5百分比",
         "{\"raw\":\"5百分比\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"%\",\"implied\":true,\"text\":\"5百分比\",\"subject\":null}]}"},
        {"≥0.8万百分比",
         "{\"raw\":\"≥0.8万百分比\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":0.8,\"unit\":\"万元\",\"implied\":false,\"text\":\"≥0.8万\",\"subject\":null}]}"},
        {"3百分比/年",
         "{\"raw\":\"3百分比/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"%/年\",\"implied\":true,\"text\":\"3百分比/年\",\"subject\":null}]}"},
        {"不低于12百分比以上",
         "{\"raw\":\"不低于12百分比以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"%\",\"implied\":false,\"text\":\"不低于12百分比以上\",\"subject\":null}]}"},
        {"约百分比5百分比",
         "{\"raw\":\"约百分比5百分比\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"%\",\"implied\":true,\"text\":\"5百分比\",\"subject\":\"约百分比\"}]}"},
        {"5%",
         "{\"raw\":\"5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"%\",\"implied\":true,\"text\":\"5%\",\"subject\":null}]}"},
        {"≥0.8万%",
         "{\"raw\":\"≥0.8万%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":0.8,\"unit\":\"万元\",\"implied\":false,\"text\":\"≥0.8万\",\"subject\":null}]}"},
        {"3%/年",
         "{\"raw\":\"3%/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"%\",\"implied\":true,\"text\":\"3%\",\"subject\":null}]}"},
        {"不低于12%以上",
         "{\"raw\":\"不低于12%以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"%\",\"implied\":false,\"text\":\"不低于12%以上\",\"subject\":null}]}"},
        {"约%5%",
         "{\"raw\":\"约%5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"%\",\"implied\":true,\"text\":\"5%\",\"subject\":\"约%\"}]}"},
        {"5‰",
         "{\"raw\":\"5‰\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"‰\",\"implied\":true,\"text\":\"5‰\",\"subject\":null}]}"},
        {"≥0.8万‰",
         "{\"raw\":\"≥0.8万‰\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":0.8,\"unit\":\"万元\",\"implied\":false,\"text\":\"≥0.8万\",\"subject\":null}]}"},
        {"3‰/年",
         "{\"raw\":\"3‰/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"‰/年\",\"implied\":true,\"text\":\"3‰/年\",\"subject\":null}]}"},
        {"不低于12‰以上",
         "{\"raw\":\"不低于12‰以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"‰\",\"implied\":false,\"text\":\"不低于12‰以上\",\"subject\":null}]}"},
        {"约‰5‰",
         "{\"raw\":\"约‰5‰\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"‰\",\"implied\":true,\"text\":\"5‰\",\"subject\":\"约‰\"}]}"},
        {"5亿元",
         "{\"raw\":\"5亿元\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":50000,\"unit\":\"万元\",\"implied\":true,\"scaled\":true,\"text\":\"5亿元\",\"subject\":null}]}"},
        {"≥0.8万亿元",
         "{\"raw\":\"≥0.8万亿元\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":0.8,\"unit\":\"万元\",\"implied\":false,\"text\":\"≥0.8万\",\"subject\":null}]}"},
        {"3亿元/年",
         "{\"raw\":\"3亿元/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":30000,\"unit\":\"万元/年\",\"implied\":true,\"scaled\":true,\"text\":\"3亿元/年\",\"subject\":null}]}"},
        {"不低于12亿元以上",
         "{\"raw\":\"不低于12亿元以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":120000,\"unit\":\"万元\",\"implied\":false,\"scaled\":true,\"text\":\"不低于12亿元以上\",\"subject\":null}]}"},
        {"约亿元5亿元",
         "{\"raw\":\"约亿元5亿元\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":50000,\"unit\":\"万元\",\"implied\":true,\"scaled\":true,\"text\":\"5亿元\",\"subject\":\"约亿元\"}]}"},
        {"5万元",
         "{\"raw\":\"5万元\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"万元\",\"implied\":true,\"text\":\"5万元\",\"subject\":null}]}"},
        {"≥0.8万万元",
         "{\"raw\":\"≥0.8万万元\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":0.8,\"unit\":\"万元\",\"implied\":false,\"text\":\"≥0.8万\",\"subject\":null}]}"},
        {"3万元/年",
         "{\"raw\":\"3万元/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"万元/年\",\"implied\":true,\"text\":\"3万元/年\",\"subject\":null}]}"},
        {"不低于12万元以上",
         "{\"raw\":\"不低于12万元以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"万元\",\"implied\":false,\"text\":\"不低于12万元以上\",\"subject\":null}]}"},
        {"约万元5万元",
         "{\"raw\":\"约万元5万元\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"万元\",\"implied\":true,\"text\":\"5万元\",\"subject\":\"约万元\"}]}"},
        {"5千元",
         "{\"raw\":\"5千元\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":0.5,\"unit\":\"万元\",\"implied\":true,\"scaled\":true,\"text\":\"5千元\",\"subject\":null}]}"},
        {"≥0.8万千元",
         "{\"raw\":\"≥0.8万千元\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":0.8,\"unit\":\"万元\",\"implied\":false,\"text\":\"≥0.8万\",\"subject\":null}]}"},
        {"3千元/年",
         "{\"raw\":\"3千元/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":0.30000000000000004,\"unit\":\"万元/年\",\"implied\":true,\"scaled\":true,\"text\":\"3千元/年\",\"subject\":null}]}"},
        {"不低于12千元以上",
         "{\"raw\":\"不低于12千元以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":1.2000000000000002,\"unit\":\"万元\",\"implied\":false,\"scaled\":true,\"text\":\"不低于12千元以上\",\"subject\":null}]}"},
        {"约千元5千元",
         "{\"raw\":\"约千元5千元\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":0.5,\"unit\":\"万元\",\"implied\":true,\"scaled\":true,\"text\":\"5千元\",\"subject\":\"约千元\"}]}"},
        {"5元",
         "{\"raw\":\"5元\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":0.0005,\"unit\":\"万元\",\"implied\":true,\"scaled\":true,\"text\":\"5元\",\"subject\":null}]}"},
        {"≥0.8万元",
         "{\"raw\":\"≥0.8万元\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":0.8,\"unit\":\"万元\",\"implied\":false,\"text\":\"≥0.8万元\",\"subject\":null}]}"},
        {"3元/年",
         "{\"raw\":\"3元/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":0.00030000000000000003,\"unit\":\"万元/年\",\"implied\":true,\"scaled\":true,\"text\":\"3元/年\",\"subject\":null}]}"},
        {"不低于12元以上",
         "{\"raw\":\"不低于12元以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":0.0012000000000000001,\"unit\":\"万元\",\"implied\":false,\"scaled\":true,\"text\":\"不低于12元以上\",\"subject\":null}]}"},
        {"约元5元",
         "{\"raw\":\"约元5元\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":0.0005,\"unit\":\"万元\",\"implied\":true,\"scaled\":true,\"text\":\"5元\",\"subject\":\"约元\"}]}"},
        {"5万人次",
         "{\"raw\":\"5万人次\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":50000,\"unit\":\"人次\",\"implied\":true,\"scaled\":true,\"text\":\"5万人次\",\"subject\":null}]}"},
        {"≥0.8万万人次",
         "{\"raw\":\"≥0.8万万人次\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":0.8,\"unit\":\"万元\",\"implied\":false,\"text\":\"≥0.8万\",\"subject\":null}]}"},
        {"3万人次/年",
         "{\"raw\":\"3万人次/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":30000,\"unit\":\"人次/年\",\"implied\":true,\"scaled\":true,\"text\":\"3万人次/年\",\"subject\":null}]}"},
        {"不低于12万人次以上",
         "{\"raw\":\"不低于12万人次以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":120000,\"unit\":\"人次\",\"implied\":false,\"scaled\":true,\"text\":\"不低于12万人次以上\",\"subject\":null}]}"},
        {"约万人次5万人次",
         "{\"raw\":\"约万人次5万人次\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":50000,\"unit\":\"人次\",\"implied\":true,\"scaled\":true,\"text\":\"5万人次\",\"subject\":\"约万人次\"}]}"},
        {"5人次",
         "{\"raw\":\"5人次\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"人次\",\"implied\":true,\"text\":\"5人次\",\"subject\":null}]}"},
        {"≥0.8万人次",
         "{\"raw\":\"≥0.8万人次\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"人次\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万人次\",\"subject\":null}]}"},
        {"3人次/年",
         "{\"raw\":\"3人次/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"人次/年\",\"implied\":true,\"text\":\"3人次/年\",\"subject\":null}]}"},
        {"不低于12人次以上",
         "{\"raw\":\"不低于12人次以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"人次\",\"implied\":false,\"text\":\"不低于12人次以上\",\"subject\":null}]}"},
        {"约人次5人次",
         "{\"raw\":\"约人次5人次\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"人次\",\"implied\":true,\"text\":\"5人次\",\"subject\":\"约人次\"}]}"},
        {"5万人",
         "{\"raw\":\"5万人\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":50000,\"unit\":\"人\",\"implied\":true,\"scaled\":true,\"text\":\"5万人\",\"subject\":null}]}"},
        {"≥0.8万万人",
         "{\"raw\":\"≥0.8万万人\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":0.8,\"unit\":\"万元\",\"implied\":false,\"text\":\"≥0.8万\",\"subject\":null}]}"},
        {"3万人/年",
         "{\"raw\":\"3万人/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":30000,\"unit\":\"人/年\",\"implied\":true,\"scaled\":true,\"text\":\"3万人/年\",\"subject\":null}]}"},
        {"不低于12万人以上",
         "{\"raw\":\"不低于12万人以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":120000,\"unit\":\"人\",\"implied\":false,\"scaled\":true,\"text\":\"不低于12万人以上\",\"subject\":null}]}"},
        {"约万人5万人",
         "{\"raw\":\"约万人5万人\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":50000,\"unit\":\"人\",\"implied\":true,\"scaled\":true,\"text\":\"5万人\",\"subject\":\"约万人\"}]}"},
        {"5人",
         "{\"raw\":\"5人\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"人\",\"implied\":true,\"text\":\"5人\",\"subject\":null}]}"},
        {"≥0.8万人",
         "{\"raw\":\"≥0.8万人\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"人\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万人\",\"subject\":null}]}"},
        {"3人/年",
         "{\"raw\":\"3人/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"人/年\",\"implied\":true,\"text\":\"3人/年\",\"subject\":null}]}"},
        {"不低于12人以上",
         "{\"raw\":\"不低于12人以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"人\",\"implied\":false,\"text\":\"不低于12人以上\",\"subject\":null}]}"},
        {"约人5人",
         "{\"raw\":\"约人5人\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"人\",\"implied\":true,\"text\":\"5人\",\"subject\":\"约人\"}]}"},
        {"5万户",
         "{\"raw\":\"5万户\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":50000,\"unit\":\"户\",\"implied\":true,\"scaled\":true,\"text\":\"5万户\",\"subject\":null}]}"},
        {"≥0.8万万户",
         "{\"raw\":\"≥0.8万万户\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":0.8,\"unit\":\"万元\",\"implied\":false,\"text\":\"≥0.8万\",\"subject\":null}]}"},
        {"3万户/年",
         "{\"raw\":\"3万户/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":30000,\"unit\":\"户/年\",\"implied\":true,\"scaled\":true,\"text\":\"3万户/年\",\"subject\":null}]}"},
        {"不低于12万户以上",
         "{\"raw\":\"不低于12万户以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":120000,\"unit\":\"户\",\"implied\":false,\"scaled\":true,\"text\":\"不低于12万户以上\",\"subject\":null}]}"},
        {"约万户5万户",
         "{\"raw\":\"约万户5万户\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":50000,\"unit\":\"户\",\"implied\":true,\"scaled\":true,\"text\":\"5万户\",\"subject\":\"约万户\"}]}"},
        {"5户",
         "{\"raw\":\"5户\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"户\",\"implied\":true,\"text\":\"5户\",\"subject\":null}]}"},
        {"≥0.8万户",
         "{\"raw\":\"≥0.8万户\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"户\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万户\",\"subject\":null}]}"},
        {"3户/年",
         "{\"raw\":\"3户/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"户/年\",\"implied\":true,\"text\":\"3户/年\",\"subject\":null}]}"},
        {"不低于12户以上",
         "{\"raw\":\"不低于12户以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"户\",\"implied\":false,\"text\":\"不低于12户以上\",\"subject\":null}]}"},
        {"约户5户",
         "{\"raw\":\"约户5户\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"户\",\"implied\":true,\"text\":\"5户\",\"subject\":\"约户\"}]}"},
        {"5个工作日",
         "{\"raw\":\"5个工作日\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"工作日\",\"implied\":true,\"text\":\"5个工作日\",\"subject\":null}]}"},
        {"≥0.8万个工作日",
         "{\"raw\":\"≥0.8万个工作日\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"工作日\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万个工作日\",\"subject\":null}]}"},
        {"3个工作日/年",
         "{\"raw\":\"3个工作日/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"工作日/年\",\"implied\":true,\"text\":\"3个工作日/年\",\"subject\":null}]}"},
        {"不低于12个工作日以上",
         "{\"raw\":\"不低于12个工作日以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"工作日\",\"implied\":false,\"text\":\"不低于12个工作日以上\",\"subject\":null}]}"},
        {"约个工作日5个工作日",
         "{\"raw\":\"约个工作日5个工作日\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"工作日\",\"implied\":true,\"text\":\"5个工作日\",\"subject\":\"约个工作日\"}]}"},
        {"5工作日",
         "{\"raw\":\"5工作日\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"工作日\",\"implied\":true,\"text\":\"5工作日\",\"subject\":null}]}"},
        {"≥0.8万工作日",
         "{\"raw\":\"≥0.8万工作日\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"工作日\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万工作日\",\"subject\":null}]}"},
        {"3工作日/年",
         "{\"raw\":\"3工作日/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"工作日/年\",\"implied\":true,\"text\":\"3工作日/年\",\"subject\":null}]}"},
        {"不低于12工作日以上",
         "{\"raw\":\"不低于12工作日以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"工作日\",\"implied\":false,\"text\":\"不低于12工作日以上\",\"subject\":null}]}"},
        {"约工作日5工作日",
         "{\"raw\":\"约工作日5工作日\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"工作日\",\"implied\":true,\"text\":\"5工作日\",\"subject\":\"约工作日\"}]}"},
        {"5个月",
         "{\"raw\":\"5个月\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"月\",\"implied\":true,\"text\":\"5个月\",\"subject\":null}]}"},
        {"≥0.8万个月",
         "{\"raw\":\"≥0.8万个月\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"月\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万个月\",\"subject\":null}]}"},
        {"3个月/年",
         "{\"raw\":\"3个月/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"月/年\",\"implied\":true,\"text\":\"3个月/年\",\"subject\":null}]}"},
        {"不低于12个月以上",
         "{\"raw\":\"不低于12个月以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"月\",\"implied\":false,\"text\":\"不低于12个月以上\",\"subject\":null}]}"},
        {"约个月5个月",
         "{\"raw\":\"约个月5个月\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"月\",\"implied\":true,\"text\":\"5个月\",\"subject\":\"约个月\"}]}"},
        {"5小时",
         "{\"raw\":\"5小时\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"小时\",\"implied\":true,\"text\":\"5小时\",\"subject\":null}]}"},
        {"≥0.8万小时",
         "{\"raw\":\"≥0.8万小时\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"小时\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万小时\",\"subject\":null}]}"},
        {"3小时/年",
         "{\"raw\":\"3小时/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"小时/年\",\"implied\":true,\"text\":\"3小时/年\",\"subject\":null}]}"},
        {"不低于12小时以上",
         "{\"raw\":\"不低于12小时以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"小时\",\"implied\":false,\"text\":\"不低于12小时以上\",\"subject\":null}]}"},
        {"约小时5小时",
         "{\"raw\":\"约小时5小时\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"小时\",\"implied\":true,\"text\":\"5小时\",\"subject\":\"约小时\"}]}"},
        {"5分钟",
         "{\"raw\":\"5分钟\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"分钟\",\"implied\":true,\"text\":\"5分钟\",\"subject\":null}]}"},
        {"≥0.8万分钟",
         "{\"raw\":\"≥0.8万分钟\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"分钟\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万分钟\",\"subject\":null}]}"},
        {"3分钟/年",
         "{\"raw\":\"3分钟/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"分钟/年\",\"implied\":true,\"text\":\"3分钟/年\",\"subject\":null}]}"},
        {"不低于12分钟以上",
         "{\"raw\":\"不低于12分钟以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"分钟\",\"implied\":false,\"text\":\"不低于12分钟以上\",\"subject\":null}]}"},
        {"约分钟5分钟",
         "{\"raw\":\"约分钟5分钟\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"分钟\",\"implied\":true,\"text\":\"5分钟\",\"subject\":\"约分钟\"}]}"},
        {"5秒",
         "{\"raw\":\"5秒\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"秒\",\"implied\":true,\"text\":\"5秒\",\"subject\":null}]}"},
        {"≥0.8万秒",
         "{\"raw\":\"≥0.8万秒\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"秒\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万秒\",\"subject\":null}]}"},
        {"3秒/年",
         "{\"raw\":\"3秒/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"秒/年\",\"implied\":true,\"text\":\"3秒/年\",\"subject\":null}]}"},
        {"不低于12秒以上",
         "{\"raw\":\"不低于12秒以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"秒\",\"implied\":false,\"text\":\"不低于12秒以上\",\"subject\":null}]}"},
        {"约秒5秒",
         "{\"raw\":\"约秒5秒\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"秒\",\"implied\":true,\"text\":\"5秒\",\"subject\":\"约秒\"}]}"},
        {"5天",
         "{\"raw\":\"5天\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"天\",\"implied\":true,\"text\":\"5天\",\"subject\":null}]}"},
        {"≥0.8万天",
         "{\"raw\":\"≥0.8万天\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"天\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万天\",\"subject\":null}]}"},
        {"3天/年",
         "{\"raw\":\"3天/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"天/年\",\"implied\":true,\"text\":\"3天/年\",\"subject\":null}]}"},
        {"不低于12天以上",
         "{\"raw\":\"不低于12天以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"天\",\"implied\":false,\"text\":\"不低于12天以上\",\"subject\":null}]}"},
        {"约天5天",
         "{\"raw\":\"约天5天\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"天\",\"implied\":true,\"text\":\"5天\",\"subject\":\"约天\"}]}"},
        {"5日",
         "{\"raw\":\"5日\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"天\",\"implied\":true,\"text\":\"5日\",\"subject\":null}]}"},
        {"≥0.8万日",
         "{\"raw\":\"≥0.8万日\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"天\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万日\",\"subject\":null}]}"},
        {"3日/年",
         "{\"raw\":\"3日/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"天/年\",\"implied\":true,\"text\":\"3日/年\",\"subject\":null}]}"},
        {"不低于12日以上",
         "{\"raw\":\"不低于12日以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"天\",\"implied\":false,\"text\":\"不低于12日以上\",\"subject\":null}]}"},
        {"约日5日",
         "{\"raw\":\"约日5日\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"天\",\"implied\":true,\"text\":\"5日\",\"subject\":\"约日\"}]}"},
        {"5周",
         "{\"raw\":\"5周\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"周\",\"implied\":true,\"text\":\"5周\",\"subject\":null}]}"},
        {"≥0.8万周",
         "{\"raw\":\"≥0.8万周\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"周\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万周\",\"subject\":null}]}"},
        {"3周/年",
         "{\"raw\":\"3周/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"周/年\",\"implied\":true,\"text\":\"3周/年\",\"subject\":null}]}"},
        {"不低于12周以上",
         "{\"raw\":\"不低于12周以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"周\",\"implied\":false,\"text\":\"不低于12周以上\",\"subject\":null}]}"},
        {"约周5周",
         "{\"raw\":\"约周5周\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"周\",\"implied\":true,\"text\":\"5周\",\"subject\":\"约周\"}]}"},
        {"5月",
         "{\"raw\":\"5月\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"月\",\"implied\":true,\"text\":\"5月\",\"subject\":null}]}"},
        {"≥0.8万月",
         "{\"raw\":\"≥0.8万月\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"月\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万月\",\"subject\":null}]}"},
        {"3月/年",
         "{\"raw\":\"3月/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"月/年\",\"implied\":true,\"text\":\"3月/年\",\"subject\":null}]}"},
        {"不低于12月以上",
         "{\"raw\":\"不低于12月以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"月\",\"implied\":false,\"text\":\"不低于12月以上\",\"subject\":null}]}"},
        {"约月5月",
         "{\"raw\":\"约月5月\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"月\",\"implied\":true,\"text\":\"5月\",\"subject\":\"约月\"}]}"},
        {"5季度",
         "{\"raw\":\"5季度\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"季度\",\"implied\":true,\"text\":\"5季度\",\"subject\":null}]}"},
        {"≥0.8万季度",
         "{\"raw\":\"≥0.8万季度\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"季度\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万季度\",\"subject\":null}]}"},
        {"3季度/年",
         "{\"raw\":\"3季度/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"季度/年\",\"implied\":true,\"text\":\"3季度/年\",\"subject\":null}]}"},
        {"不低于12季度以上",
         "{\"raw\":\"不低于12季度以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"季度\",\"implied\":false,\"text\":\"不低于12季度以上\",\"subject\":null}]}"},
        {"约季度5季度",
         "{\"raw\":\"约季度5季度\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"季度\",\"implied\":true,\"text\":\"5季度\",\"subject\":\"约季度\"}]}"},
        {"5年",
         "{\"raw\":\"5年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"年\",\"implied\":true,\"text\":\"5年\",\"subject\":null}]}"},
        {"≥0.8万年",
         "{\"raw\":\"≥0.8万年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"年\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万年\",\"subject\":null}]}"},
        {"3年/年",
         "{\"raw\":\"3年/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"年/年\",\"implied\":true,\"text\":\"3年/年\",\"subject\":null}]}"},
        {"不低于12年以上",
         "{\"raw\":\"不低于12年以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"年\",\"implied\":false,\"text\":\"不低于12年以上\",\"subject\":null}]}"},
        {"约年5年",
         "{\"raw\":\"约年5年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"年\",\"implied\":true,\"text\":\"5年\",\"subject\":\"约年\"}]}"},
        {"5批次",
         "{\"raw\":\"5批次\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"批次\",\"implied\":true,\"text\":\"5批次\",\"subject\":null}]}"},
        {"≥0.8万批次",
         "{\"raw\":\"≥0.8万批次\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"批次\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万批次\",\"subject\":null}]}"},
        {"3批次/年",
         "{\"raw\":\"3批次/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"批次/年\",\"implied\":true,\"text\":\"3批次/年\",\"subject\":null}]}"},
        {"不低于12批次以上",
         "{\"raw\":\"不低于12批次以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"批次\",\"implied\":false,\"text\":\"不低于12批次以上\",\"subject\":null}]}"},
        {"约批次5批次",
         "{\"raw\":\"约批次5批次\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"批次\",\"implied\":true,\"text\":\"5批次\",\"subject\":\"约批次\"}]}"},
        {"5台件",
         "{\"raw\":\"5台件\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"台件\",\"implied\":true,\"text\":\"5台件\",\"subject\":null}]}"},
        {"≥0.8万台件",
         "{\"raw\":\"≥0.8万台件\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"台件\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万台件\",\"subject\":null}]}"},
        {"3台件/年",
         "{\"raw\":\"3台件/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"台件/年\",\"implied\":true,\"text\":\"3台件/年\",\"subject\":null}]}"},
        {"不低于12台件以上",
         "{\"raw\":\"不低于12台件以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"台件\",\"implied\":false,\"text\":\"不低于12台件以上\",\"subject\":null}]}"},
        {"约台件5台件",
         "{\"raw\":\"约台件5台件\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"台件\",\"implied\":true,\"text\":\"5台件\",\"subject\":\"约台件\"}]}"},
        {"5台次",
         "{\"raw\":\"5台次\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"台次\",\"implied\":true,\"text\":\"5台次\",\"subject\":null}]}"},
        {"≥0.8万台次",
         "{\"raw\":\"≥0.8万台次\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"台次\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万台次\",\"subject\":null}]}"},
        {"3台次/年",
         "{\"raw\":\"3台次/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"台次/年\",\"implied\":true,\"text\":\"3台次/年\",\"subject\":null}]}"},
        {"不低于12台次以上",
         "{\"raw\":\"不低于12台次以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"台次\",\"implied\":false,\"text\":\"不低于12台次以上\",\"subject\":null}]}"},
        {"约台次5台次",
         "{\"raw\":\"约台次5台次\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"台次\",\"implied\":true,\"text\":\"5台次\",\"subject\":\"约台次\"}]}"},
        {"5架次",
         "{\"raw\":\"5架次\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"架次\",\"implied\":true,\"text\":\"5架次\",\"subject\":null}]}"},
        {"≥0.8万架次",
         "{\"raw\":\"≥0.8万架次\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"架次\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万架次\",\"subject\":null}]}"},
        {"3架次/年",
         "{\"raw\":\"3架次/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"架次/年\",\"implied\":true,\"text\":\"3架次/年\",\"subject\":null}]}"},
        {"不低于12架次以上",
         "{\"raw\":\"不低于12架次以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"架次\",\"implied\":false,\"text\":\"不低于12架次以上\",\"subject\":null}]}"},
        {"约架次5架次",
         "{\"raw\":\"约架次5架次\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"架次\",\"implied\":true,\"text\":\"5架次\",\"subject\":\"约架次\"}]}"},
        {"5车次",
         "{\"raw\":\"5车次\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"车次\",\"implied\":true,\"text\":\"5车次\",\"subject\":null}]}"},
        {"≥0.8万车次",
         "{\"raw\":\"≥0.8万车次\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"车次\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万车次\",\"subject\":null}]}"},
        {"3车次/年",
         "{\"raw\":\"3车次/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"车次/年\",\"implied\":true,\"text\":\"3车次/年\",\"subject\":null}]}"},
        {"不低于12车次以上",
         "{\"raw\":\"不低于12车次以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"车次\",\"implied\":false,\"text\":\"不低于12车次以上\",\"subject\":null}]}"},
        {"约车次5车次",
         "{\"raw\":\"约车次5车次\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"车次\",\"implied\":true,\"text\":\"5车次\",\"subject\":\"约车次\"}]}"},
        {"5班次",
         "{\"raw\":\"5班次\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"班次\",\"implied\":true,\"text\":\"5班次\",\"subject\":null}]}"},
        {"≥0.8万班次",
         "{\"raw\":\"≥0.8万班次\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"班次\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万班次\",\"subject\":null}]}"},
        {"3班次/年",
         "{\"raw\":\"3班次/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"班次/年\",\"implied\":true,\"text\":\"3班次/年\",\"subject\":null}]}"},
        {"不低于12班次以上",
         "{\"raw\":\"不低于12班次以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"班次\",\"implied\":false,\"text\":\"不低于12班次以上\",\"subject\":null}]}"},
        {"约班次5班次",
         "{\"raw\":\"约班次5班次\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"班次\",\"implied\":true,\"text\":\"5班次\",\"subject\":\"约班次\"}]}"},
        {"5航次",
         "{\"raw\":\"5航次\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"航次\",\"implied\":true,\"text\":\"5航次\",\"subject\":null}]}"},
        {"≥0.8万航次",
         "{\"raw\":\"≥0.8万航次\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"航次\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万航次\",\"subject\":null}]}"},
        {"3航次/年",
         "{\"raw\":\"3航次/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"航次/年\",\"implied\":true,\"text\":\"3航次/年\",\"subject\":null}]}"},
        {"不低于12航次以上",
         "{\"raw\":\"不低于12航次以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"航次\",\"implied\":false,\"text\":\"不低于12航次以上\",\"subject\":null}]}"},
        {"约航次5航次",
         "{\"raw\":\"约航次5航次\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"航次\",\"implied\":true,\"text\":\"5航次\",\"subject\":\"约航次\"}]}"},
        {"5课时",
         "{\"raw\":\"5课时\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"课时\",\"implied\":true,\"text\":\"5课时\",\"subject\":null}]}"},
        {"≥0.8万课时",
         "{\"raw\":\"≥0.8万课时\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"课时\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万课时\",\"subject\":null}]}"},
        {"3课时/年",
         "{\"raw\":\"3课时/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"课时/年\",\"implied\":true,\"text\":\"3课时/年\",\"subject\":null}]}"},
        {"不低于12课时以上",
         "{\"raw\":\"不低于12课时以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"课时\",\"implied\":false,\"text\":\"不低于12课时以上\",\"subject\":null}]}"},
        {"约课时5课时",
         "{\"raw\":\"约课时5课时\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"课时\",\"implied\":true,\"text\":\"5课时\",\"subject\":\"约课时\"}]}"},
        {"5学时",
         "{\"raw\":\"5学时\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"学时\",\"implied\":true,\"text\":\"5学时\",\"subject\":null}]}"},
        {"≥0.8万学时",
         "{\"raw\":\"≥0.8万学时\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"学时\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万学时\",\"subject\":null}]}"},
        {"3学时/年",
         "{\"raw\":\"3学时/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"学时/年\",\"implied\":true,\"text\":\"3学时/年\",\"subject\":null}]}"},
        {"不低于12学时以上",
         "{\"raw\":\"不低于12学时以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"学时\",\"implied\":false,\"text\":\"不低于12学时以上\",\"subject\":null}]}"},
        {"约学时5学时",
         "{\"raw\":\"约学时5学时\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"学时\",\"implied\":true,\"text\":\"5学时\",\"subject\":\"约学时\"}]}"},
        {"5人日",
         "{\"raw\":\"5人日\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"人\",\"implied\":true,\"text\":\"5人\",\"subject\":null}]}"},
        {"≥0.8万人日",
         "{\"raw\":\"≥0.8万人日\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"人\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万人\",\"subject\":null}]}"},
        {"3人日/年",
         "{\"raw\":\"3人日/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"人\",\"implied\":true,\"text\":\"3人\",\"subject\":null}]}"},
        {"不低于12人日以上",
         "{\"raw\":\"不低于12人日以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"人\",\"implied\":false,\"text\":\"不低于12人\",\"subject\":null}]}"},
        {"约人日5人日",
         "{\"raw\":\"约人日5人日\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"人\",\"implied\":true,\"text\":\"5人\",\"subject\":\"约人日\"}]}"},
        {"5万次",
         "{\"raw\":\"5万次\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":50000,\"unit\":\"次\",\"implied\":true,\"scaled\":true,\"text\":\"5万次\",\"subject\":null}]}"},
        {"≥0.8万万次",
         "{\"raw\":\"≥0.8万万次\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":0.8,\"unit\":\"万元\",\"implied\":false,\"text\":\"≥0.8万\",\"subject\":null}]}"},
        {"3万次/年",
         "{\"raw\":\"3万次/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":30000,\"unit\":\"次/年\",\"implied\":true,\"scaled\":true,\"text\":\"3万次/年\",\"subject\":null}]}"},
        {"不低于12万次以上",
         "{\"raw\":\"不低于12万次以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":120000,\"unit\":\"次\",\"implied\":false,\"scaled\":true,\"text\":\"不低于12万次以上\",\"subject\":null}]}"},
        {"约万次5万次",
         "{\"raw\":\"约万次5万次\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":50000,\"unit\":\"次\",\"implied\":true,\"scaled\":true,\"text\":\"5万次\",\"subject\":\"约万次\"}]}"},
        {"5次",
         "{\"raw\":\"5次\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"次\",\"implied\":true,\"text\":\"5次\",\"subject\":null}]}"},
        {"≥0.8万次",
         "{\"raw\":\"≥0.8万次\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"次\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万次\",\"subject\":null}]}"},
        {"3次/年",
         "{\"raw\":\"3次/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"次/年\",\"implied\":true,\"text\":\"3次/年\",\"subject\":null}]}"},
        {"不低于12次以上",
         "{\"raw\":\"不低于12次以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"次\",\"implied\":false,\"text\":\"不低于12次以上\",\"subject\":null}]}"},
        {"约次5次",
         "{\"raw\":\"约次5次\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"次\",\"implied\":true,\"text\":\"5次\",\"subject\":\"约次\"}]}"},
        {"5个",
         "{\"raw\":\"5个\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"个\",\"implied\":true,\"text\":\"5个\",\"subject\":null}]}"},
        {"≥0.8万个",
         "{\"raw\":\"≥0.8万个\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"个\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万个\",\"subject\":null}]}"},
        {"3个/年",
         "{\"raw\":\"3个/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"个/年\",\"implied\":true,\"text\":\"3个/年\",\"subject\":null}]}"},
        {"不低于12个以上",
         "{\"raw\":\"不低于12个以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"个\",\"implied\":false,\"text\":\"不低于12个以上\",\"subject\":null}]}"},
        {"约个5个",
         "{\"raw\":\"约个5个\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"个\",\"implied\":true,\"text\":\"5个\",\"subject\":\"约个\"}]}"},
        {"5种",
         "{\"raw\":\"5种\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"种\",\"implied\":true,\"text\":\"5种\",\"subject\":null}]}"},
        {"≥0.8万种",
         "{\"raw\":\"≥0.8万种\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"种\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万种\",\"subject\":null}]}"},
        {"3种/年",
         "{\"raw\":\"3种/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"种/年\",\"implied\":true,\"text\":\"3种/年\",\"subject\":null}]}"},
        {"不低于12种以上",
         "{\"raw\":\"不低于12种以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"种\",\"implied\":false,\"text\":\"不低于12种以上\",\"subject\":null}]}"},
        {"约种5种",
         "{\"raw\":\"约种5种\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"种\",\"implied\":true,\"text\":\"5种\",\"subject\":\"约种\"}]}"},
        {"5项",
         "{\"raw\":\"5项\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"项\",\"implied\":true,\"text\":\"5项\",\"subject\":null}]}"},
        {"≥0.8万项",
         "{\"raw\":\"≥0.8万项\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"项\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万项\",\"subject\":null}]}"},
        {"3项/年",
         "{\"raw\":\"3项/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"项/年\",\"implied\":true,\"text\":\"3项/年\",\"subject\":null}]}"},
        {"不低于12项以上",
         "{\"raw\":\"不低于12项以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"项\",\"implied\":false,\"text\":\"不低于12项以上\",\"subject\":null}]}"},
        {"约项5项",
         "{\"raw\":\"约项5项\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"项\",\"implied\":true,\"text\":\"5项\",\"subject\":\"约项\"}]}"},
        {"5平方米",
         "{\"raw\":\"5平方米\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"平方米\",\"implied\":true,\"text\":\"5平方米\",\"subject\":null}]}"},
        {"≥0.8万平方米",
         "{\"raw\":\"≥0.8万平方米\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"平方米\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万平方米\",\"subject\":null}]}"},
        {"3平方米/年",
         "{\"raw\":\"3平方米/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"平方米/年\",\"implied\":true,\"text\":\"3平方米/年\",\"subject\":null}]}"},
        {"不低于12平方米以上",
         "{\"raw\":\"不低于12平方米以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"平方米\",\"implied\":false,\"text\":\"不低于12平方米以上\",\"subject\":null}]}"},
        {"约平方米5平方米",
         "{\"raw\":\"约平方米5平方米\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"平方米\",\"implied\":true,\"text\":\"5平方米\",\"subject\":\"约平方米\"}]}"},
        {"5公里",
         "{\"raw\":\"5公里\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"公里\",\"implied\":true,\"text\":\"5公里\",\"subject\":null}]}"},
        {"≥0.8万公里",
         "{\"raw\":\"≥0.8万公里\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"公里\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万公里\",\"subject\":null}]}"},
        {"3公里/年",
         "{\"raw\":\"3公里/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"公里/年\",\"implied\":true,\"text\":\"3公里/年\",\"subject\":null}]}"},
        {"不低于12公里以上",
         "{\"raw\":\"不低于12公里以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"公里\",\"implied\":false,\"text\":\"不低于12公里以上\",\"subject\":null}]}"},
        {"约公里5公里",
         "{\"raw\":\"约公里5公里\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"公里\",\"implied\":true,\"text\":\"5公里\",\"subject\":\"约公里\"}]}"},
        {"5千米",
         "{\"raw\":\"5千米\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"公里\",\"implied\":true,\"text\":\"5千米\",\"subject\":null}]}"},
        {"≥0.8万千米",
         "{\"raw\":\"≥0.8万千米\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"公里\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万千米\",\"subject\":null}]}"},
        {"3千米/年",
         "{\"raw\":\"3千米/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"公里/年\",\"implied\":true,\"text\":\"3千米/年\",\"subject\":null}]}"},
        {"不低于12千米以上",
         "{\"raw\":\"不低于12千米以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"公里\",\"implied\":false,\"text\":\"不低于12千米以上\",\"subject\":null}]}"},
        {"约千米5千米",
         "{\"raw\":\"约千米5千米\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"公里\",\"implied\":true,\"text\":\"5千米\",\"subject\":\"约千米\"}]}"},
        {"5米",
         "{\"raw\":\"5米\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"米\",\"implied\":true,\"text\":\"5米\",\"subject\":null}]}"},
        {"≥0.8万米",
         "{\"raw\":\"≥0.8万米\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"米\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万米\",\"subject\":null}]}"},
        {"3米/年",
         "{\"raw\":\"3米/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"米/年\",\"implied\":true,\"text\":\"3米/年\",\"subject\":null}]}"},
        {"不低于12米以上",
         "{\"raw\":\"不低于12米以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"米\",\"implied\":false,\"text\":\"不低于12米以上\",\"subject\":null}]}"},
        {"约米5米",
         "{\"raw\":\"约米5米\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"米\",\"implied\":true,\"text\":\"5米\",\"subject\":\"约米\"}]}"},
        {"5万亩",
         "{\"raw\":\"5万亩\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":50000,\"unit\":\"亩\",\"implied\":true,\"scaled\":true,\"text\":\"5万亩\",\"subject\":null}]}"},
        {"≥0.8万万亩",
         "{\"raw\":\"≥0.8万万亩\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":0.8,\"unit\":\"万元\",\"implied\":false,\"text\":\"≥0.8万\",\"subject\":null}]}"},
        {"3万亩/年",
         "{\"raw\":\"3万亩/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":30000,\"unit\":\"亩/年\",\"implied\":true,\"scaled\":true,\"text\":\"3万亩/年\",\"subject\":null}]}"},
        {"不低于12万亩以上",
         "{\"raw\":\"不低于12万亩以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":120000,\"unit\":\"亩\",\"implied\":false,\"scaled\":true,\"text\":\"不低于12万亩以上\",\"subject\":null}]}"},
        {"约万亩5万亩",
         "{\"raw\":\"约万亩5万亩\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":50000,\"unit\":\"亩\",\"implied\":true,\"scaled\":true,\"text\":\"5万亩\",\"subject\":\"约万亩\"}]}"},
        {"5亩",
         "{\"raw\":\"5亩\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"亩\",\"implied\":true,\"text\":\"5亩\",\"subject\":null}]}"},
        {"≥0.8万亩",
         "{\"raw\":\"≥0.8万亩\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"亩\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万亩\",\"subject\":null}]}"},
        {"3亩/年",
         "{\"raw\":\"3亩/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"亩/年\",\"implied\":true,\"text\":\"3亩/年\",\"subject\":null}]}"},
        {"不低于12亩以上",
         "{\"raw\":\"不低于12亩以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"亩\",\"implied\":false,\"text\":\"不低于12亩以上\",\"subject\":null}]}"},
        {"约亩5亩",
         "{\"raw\":\"约亩5亩\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"亩\",\"implied\":true,\"text\":\"5亩\",\"subject\":\"约亩\"}]}"},
        {"5吨",
         "{\"raw\":\"5吨\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"吨\",\"implied\":true,\"text\":\"5吨\",\"subject\":null}]}"},
        {"≥0.8万吨",
         "{\"raw\":\"≥0.8万吨\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"吨\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万吨\",\"subject\":null}]}"},
        {"3吨/年",
         "{\"raw\":\"3吨/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"吨/年\",\"implied\":true,\"text\":\"3吨/年\",\"subject\":null}]}"},
        {"不低于12吨以上",
         "{\"raw\":\"不低于12吨以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"吨\",\"implied\":false,\"text\":\"不低于12吨以上\",\"subject\":null}]}"},
        {"约吨5吨",
         "{\"raw\":\"约吨5吨\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"吨\",\"implied\":true,\"text\":\"5吨\",\"subject\":\"约吨\"}]}"},
        {"5公斤",
         "{\"raw\":\"5公斤\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"千克\",\"implied\":true,\"text\":\"5公斤\",\"subject\":null}]}"},
        {"≥0.8万公斤",
         "{\"raw\":\"≥0.8万公斤\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"千克\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万公斤\",\"subject\":null}]}"},
        {"3公斤/年",
         "{\"raw\":\"3公斤/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"千克/年\",\"implied\":true,\"text\":\"3公斤/年\",\"subject\":null}]}"},
        {"不低于12公斤以上",
         "{\"raw\":\"不低于12公斤以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"千克\",\"implied\":false,\"text\":\"不低于12公斤以上\",\"subject\":null}]}"},
        {"约公斤5公斤",
         "{\"raw\":\"约公斤5公斤\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"千克\",\"implied\":true,\"text\":\"5公斤\",\"subject\":\"约公斤\"}]}"},
        {"5千克",
         "{\"raw\":\"5千克\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"千克\",\"implied\":true,\"text\":\"5千克\",\"subject\":null}]}"},
        {"≥0.8万千克",
         "{\"raw\":\"≥0.8万千克\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"千克\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万千克\",\"subject\":null}]}"},
        {"3千克/年",
         "{\"raw\":\"3千克/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"千克/年\",\"implied\":true,\"text\":\"3千克/年\",\"subject\":null}]}"},
        {"不低于12千克以上",
         "{\"raw\":\"不低于12千克以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"千克\",\"implied\":false,\"text\":\"不低于12千克以上\",\"subject\":null}]}"},
        {"约千克5千克",
         "{\"raw\":\"约千克5千克\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"千克\",\"implied\":true,\"text\":\"5千克\",\"subject\":\"约千克\"}]}"},
        {"5家",
         "{\"raw\":\"5家\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"家\",\"implied\":true,\"text\":\"5家\",\"subject\":null}]}"},
        {"≥0.8万家",
         "{\"raw\":\"≥0.8万家\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"家\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万家\",\"subject\":null}]}"},
        {"3家/年",
         "{\"raw\":\"3家/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"家/年\",\"implied\":true,\"text\":\"3家/年\",\"subject\":null}]}"},
        {"不低于12家以上",
         "{\"raw\":\"不低于12家以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"家\",\"implied\":false,\"text\":\"不低于12家以上\",\"subject\":null}]}"},
        {"约家5家",
         "{\"raw\":\"约家5家\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"家\",\"implied\":true,\"text\":\"5家\",\"subject\":\"约家\"}]}"},
        {"5所",
         "{\"raw\":\"5所\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"所\",\"implied\":true,\"text\":\"5所\",\"subject\":null}]}"},
        {"≥0.8万所",
         "{\"raw\":\"≥0.8万所\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"所\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万所\",\"subject\":null}]}"},
        {"3所/年",
         "{\"raw\":\"3所/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"所/年\",\"implied\":true,\"text\":\"3所/年\",\"subject\":null}]}"},
        {"不低于12所以上",
         "{\"raw\":\"不低于12所以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"所\",\"implied\":false,\"text\":\"不低于12所以上\",\"subject\":null}]}"},
        {"约所5所",
         "{\"raw\":\"约所5所\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"所\",\"implied\":true,\"text\":\"5所\",\"subject\":\"约所\"}]}"},
        {"5台",
         "{\"raw\":\"5台\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"台\",\"implied\":true,\"text\":\"5台\",\"subject\":null}]}"},
        {"≥0.8万台",
         "{\"raw\":\"≥0.8万台\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"台\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万台\",\"subject\":null}]}"},
        {"3台/年",
         "{\"raw\":\"3台/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"台/年\",\"implied\":true,\"text\":\"3台/年\",\"subject\":null}]}"},
        {"不低于12台以上",
         "{\"raw\":\"不低于12台以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"台\",\"implied\":false,\"text\":\"不低于12台以上\",\"subject\":null}]}"},
        {"约台5台",
         "{\"raw\":\"约台5台\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"台\",\"implied\":true,\"text\":\"5台\",\"subject\":\"约台\"}]}"},
        {"5套",
         "{\"raw\":\"5套\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"套\",\"implied\":true,\"text\":\"5套\",\"subject\":null}]}"},
        {"≥0.8万套",
         "{\"raw\":\"≥0.8万套\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"套\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万套\",\"subject\":null}]}"},
        {"3套/年",
         "{\"raw\":\"3套/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"套/年\",\"implied\":true,\"text\":\"3套/年\",\"subject\":null}]}"},
        {"不低于12套以上",
         "{\"raw\":\"不低于12套以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"套\",\"implied\":false,\"text\":\"不低于12套以上\",\"subject\":null}]}"},
        {"约套5套",
         "{\"raw\":\"约套5套\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"套\",\"implied\":true,\"text\":\"5套\",\"subject\":\"约套\"}]}"},
        {"5件",
         "{\"raw\":\"5件\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"件\",\"implied\":true,\"text\":\"5件\",\"subject\":null}]}"},
        {"≥0.8万件",
         "{\"raw\":\"≥0.8万件\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"件\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万件\",\"subject\":null}]}"},
        {"3件/年",
         "{\"raw\":\"3件/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"件/年\",\"implied\":true,\"text\":\"3件/年\",\"subject\":null}]}"},
        {"不低于12件以上",
         "{\"raw\":\"不低于12件以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"件\",\"implied\":false,\"text\":\"不低于12件以上\",\"subject\":null}]}"},
        {"约件5件",
         "{\"raw\":\"约件5件\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"件\",\"implied\":true,\"text\":\"5件\",\"subject\":\"约件\"}]}"},
        {"5份",
         "{\"raw\":\"5份\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"份\",\"implied\":true,\"text\":\"5份\",\"subject\":null}]}"},
        {"≥0.8万份",
         "{\"raw\":\"≥0.8万份\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"份\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万份\",\"subject\":null}]}"},
        {"3份/年",
         "{\"raw\":\"3份/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"份/年\",\"implied\":true,\"text\":\"3份/年\",\"subject\":null}]}"},
        {"不低于12份以上",
         "{\"raw\":\"不低于12份以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"份\",\"implied\":false,\"text\":\"不低于12份以上\",\"subject\":null}]}"},
        {"约份5份",
         "{\"raw\":\"约份5份\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"份\",\"implied\":true,\"text\":\"5份\",\"subject\":\"约份\"}]}"},
        {"5篇",
         "{\"raw\":\"5篇\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"篇\",\"implied\":true,\"text\":\"5篇\",\"subject\":null}]}"},
        {"≥0.8万篇",
         "{\"raw\":\"≥0.8万篇\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"篇\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万篇\",\"subject\":null}]}"},
        {"3篇/年",
         "{\"raw\":\"3篇/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"篇/年\",\"implied\":true,\"text\":\"3篇/年\",\"subject\":null}]}"},
        {"不低于12篇以上",
         "{\"raw\":\"不低于12篇以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"篇\",\"implied\":false,\"text\":\"不低于12篇以上\",\"subject\":null}]}"},
        {"约篇5篇",
         "{\"raw\":\"约篇5篇\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"篇\",\"implied\":true,\"text\":\"5篇\",\"subject\":\"约篇\"}]}"},
        {"5场次",
         "{\"raw\":\"5场次\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"场次\",\"implied\":true,\"text\":\"5场次\",\"subject\":null}]}"},
        {"≥0.8万场次",
         "{\"raw\":\"≥0.8万场次\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"场次\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万场次\",\"subject\":null}]}"},
        {"3场次/年",
         "{\"raw\":\"3场次/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"场次/年\",\"implied\":true,\"text\":\"3场次/年\",\"subject\":null}]}"},
        {"不低于12场次以上",
         "{\"raw\":\"不低于12场次以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"场次\",\"implied\":false,\"text\":\"不低于12场次以上\",\"subject\":null}]}"},
        {"约场次5场次",
         "{\"raw\":\"约场次5场次\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"场次\",\"implied\":true,\"text\":\"5场次\",\"subject\":\"约场次\"}]}"},
        {"5场",
         "{\"raw\":\"5场\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"场\",\"implied\":true,\"text\":\"5场\",\"subject\":null}]}"},
        {"≥0.8万场",
         "{\"raw\":\"≥0.8万场\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"场\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万场\",\"subject\":null}]}"},
        {"3场/年",
         "{\"raw\":\"3场/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"场/年\",\"implied\":true,\"text\":\"3场/年\",\"subject\":null}]}"},
        {"不低于12场以上",
         "{\"raw\":\"不低于12场以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"场\",\"implied\":false,\"text\":\"不低于12场以上\",\"subject\":null}]}"},
        {"约场5场",
         "{\"raw\":\"约场5场\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"场\",\"implied\":true,\"text\":\"5场\",\"subject\":\"约场\"}]}"},
        {"5期",
         "{\"raw\":\"5期\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"期\",\"implied\":true,\"text\":\"5期\",\"subject\":null}]}"},
        {"≥0.8万期",
         "{\"raw\":\"≥0.8万期\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"期\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万期\",\"subject\":null}]}"},
        {"3期/年",
         "{\"raw\":\"3期/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"期/年\",\"implied\":true,\"text\":\"3期/年\",\"subject\":null}]}"},
        {"不低于12期以上",
         "{\"raw\":\"不低于12期以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"期\",\"implied\":false,\"text\":\"不低于12期以上\",\"subject\":null}]}"},
        {"约期5期",
         "{\"raw\":\"约期5期\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"期\",\"implied\":true,\"text\":\"5期\",\"subject\":\"约期\"}]}"},
        {"5批",
         "{\"raw\":\"5批\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"批\",\"implied\":true,\"text\":\"5批\",\"subject\":null}]}"},
        {"≥0.8万批",
         "{\"raw\":\"≥0.8万批\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"批\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万批\",\"subject\":null}]}"},
        {"3批/年",
         "{\"raw\":\"3批/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"批/年\",\"implied\":true,\"text\":\"3批/年\",\"subject\":null}]}"},
        {"不低于12批以上",
         "{\"raw\":\"不低于12批以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"批\",\"implied\":false,\"text\":\"不低于12批以上\",\"subject\":null}]}"},
        {"约批5批",
         "{\"raw\":\"约批5批\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"批\",\"implied\":true,\"text\":\"5批\",\"subject\":\"约批\"}]}"},
        {"5册",
         "{\"raw\":\"5册\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"册\",\"implied\":true,\"text\":\"5册\",\"subject\":null}]}"},
        {"≥0.8万册",
         "{\"raw\":\"≥0.8万册\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"册\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万册\",\"subject\":null}]}"},
        {"3册/年",
         "{\"raw\":\"3册/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"册/年\",\"implied\":true,\"text\":\"3册/年\",\"subject\":null}]}"},
        {"不低于12册以上",
         "{\"raw\":\"不低于12册以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"册\",\"implied\":false,\"text\":\"不低于12册以上\",\"subject\":null}]}"},
        {"约册5册",
         "{\"raw\":\"约册5册\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"册\",\"implied\":true,\"text\":\"5册\",\"subject\":\"约册\"}]}"},
        {"5本",
         "{\"raw\":\"5本\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"本\",\"implied\":true,\"text\":\"5本\",\"subject\":null}]}"},
        {"≥0.8万本",
         "{\"raw\":\"≥0.8万本\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"本\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万本\",\"subject\":null}]}"},
        {"3本/年",
         "{\"raw\":\"3本/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"本/年\",\"implied\":true,\"text\":\"3本/年\",\"subject\":null}]}"},
        {"不低于12本以上",
         "{\"raw\":\"不低于12本以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"本\",\"implied\":false,\"text\":\"不低于12本以上\",\"subject\":null}]}"},
        {"约本5本",
         "{\"raw\":\"约本5本\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"本\",\"implied\":true,\"text\":\"5本\",\"subject\":\"约本\"}]}"},
        {"5张",
         "{\"raw\":\"5张\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"张\",\"implied\":true,\"text\":\"5张\",\"subject\":null}]}"},
        {"≥0.8万张",
         "{\"raw\":\"≥0.8万张\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"张\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万张\",\"subject\":null}]}"},
        {"3张/年",
         "{\"raw\":\"3张/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"张/年\",\"implied\":true,\"text\":\"3张/年\",\"subject\":null}]}"},
        {"不低于12张以上",
         "{\"raw\":\"不低于12张以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"张\",\"implied\":false,\"text\":\"不低于12张以上\",\"subject\":null}]}"},
        {"约张5张",
         "{\"raw\":\"约张5张\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"张\",\"implied\":true,\"text\":\"5张\",\"subject\":\"约张\"}]}"},
        {"5辆",
         "{\"raw\":\"5辆\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"辆\",\"implied\":true,\"text\":\"5辆\",\"subject\":null}]}"},
        {"≥0.8万辆",
         "{\"raw\":\"≥0.8万辆\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"辆\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万辆\",\"subject\":null}]}"},
        {"3辆/年",
         "{\"raw\":\"3辆/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"辆/年\",\"implied\":true,\"text\":\"3辆/年\",\"subject\":null}]}"},
        {"不低于12辆以上",
         "{\"raw\":\"不低于12辆以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"辆\",\"implied\":false,\"text\":\"不低于12辆以上\",\"subject\":null}]}"},
        {"约辆5辆",
         "{\"raw\":\"约辆5辆\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"辆\",\"implied\":true,\"text\":\"5辆\",\"subject\":\"约辆\"}]}"},
        {"5名",
         "{\"raw\":\"5名\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"名\",\"implied\":true,\"text\":\"5名\",\"subject\":null}]}"},
        {"≥0.8万名",
         "{\"raw\":\"≥0.8万名\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"名\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万名\",\"subject\":null}]}"},
        {"3名/年",
         "{\"raw\":\"3名/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"名/年\",\"implied\":true,\"text\":\"3名/年\",\"subject\":null}]}"},
        {"不低于12名以上",
         "{\"raw\":\"不低于12名以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"名\",\"implied\":false,\"text\":\"不低于12名以上\",\"subject\":null}]}"},
        {"约名5名",
         "{\"raw\":\"约名5名\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"名\",\"implied\":true,\"text\":\"5名\",\"subject\":\"约名\"}]}"},
        {"5位",
         "{\"raw\":\"5位\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"位\",\"implied\":true,\"text\":\"5位\",\"subject\":null}]}"},
        {"≥0.8万位",
         "{\"raw\":\"≥0.8万位\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"位\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万位\",\"subject\":null}]}"},
        {"3位/年",
         "{\"raw\":\"3位/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"位/年\",\"implied\":true,\"text\":\"3位/年\",\"subject\":null}]}"},
        {"不低于12位以上",
         "{\"raw\":\"不低于12位以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"位\",\"implied\":false,\"text\":\"不低于12位以上\",\"subject\":null}]}"},
        {"约位5位",
         "{\"raw\":\"约位5位\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"位\",\"implied\":true,\"text\":\"5位\",\"subject\":\"约位\"}]}"},
        {"5座",
         "{\"raw\":\"5座\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"座\",\"implied\":true,\"text\":\"5座\",\"subject\":null}]}"},
        {"≥0.8万座",
         "{\"raw\":\"≥0.8万座\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"座\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万座\",\"subject\":null}]}"},
        {"3座/年",
         "{\"raw\":\"3座/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"座/年\",\"implied\":true,\"text\":\"3座/年\",\"subject\":null}]}"},
        {"不低于12座以上",
         "{\"raw\":\"不低于12座以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"座\",\"implied\":false,\"text\":\"不低于12座以上\",\"subject\":null}]}"},
        {"约座5座",
         "{\"raw\":\"约座5座\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"座\",\"implied\":true,\"text\":\"5座\",\"subject\":\"约座\"}]}"},
        {"5条",
         "{\"raw\":\"5条\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"条\",\"implied\":true,\"text\":\"5条\",\"subject\":null}]}"},
        {"≥0.8万条",
         "{\"raw\":\"≥0.8万条\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"条\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万条\",\"subject\":null}]}"},
        {"3条/年",
         "{\"raw\":\"3条/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"条/年\",\"implied\":true,\"text\":\"3条/年\",\"subject\":null}]}"},
        {"不低于12条以上",
         "{\"raw\":\"不低于12条以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"条\",\"implied\":false,\"text\":\"不低于12条以上\",\"subject\":null}]}"},
        {"约条5条",
         "{\"raw\":\"约条5条\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"条\",\"implied\":true,\"text\":\"5条\",\"subject\":\"约条\"}]}"},
        {"5处",
         "{\"raw\":\"5处\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"处\",\"implied\":true,\"text\":\"5处\",\"subject\":null}]}"},
        {"≥0.8万处",
         "{\"raw\":\"≥0.8万处\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"处\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万处\",\"subject\":null}]}"},
        {"3处/年",
         "{\"raw\":\"3处/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"处/年\",\"implied\":true,\"text\":\"3处/年\",\"subject\":null}]}"},
        {"不低于12处以上",
         "{\"raw\":\"不低于12处以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"处\",\"implied\":false,\"text\":\"不低于12处以上\",\"subject\":null}]}"},
        {"约处5处",
         "{\"raw\":\"约处5处\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"处\",\"implied\":true,\"text\":\"5处\",\"subject\":\"约处\"}]}"},
        {"5岁",
         "{\"raw\":\"5岁\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"岁\",\"implied\":true,\"text\":\"5岁\",\"subject\":null}]}"},
        {"≥0.8万岁",
         "{\"raw\":\"≥0.8万岁\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"岁\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万岁\",\"subject\":null}]}"},
        {"3岁/年",
         "{\"raw\":\"3岁/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"岁/年\",\"implied\":true,\"text\":\"3岁/年\",\"subject\":null}]}"},
        {"不低于12岁以上",
         "{\"raw\":\"不低于12岁以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"岁\",\"implied\":false,\"text\":\"不低于12岁以上\",\"subject\":null}]}"},
        {"约岁5岁",
         "{\"raw\":\"约岁5岁\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"岁\",\"implied\":true,\"text\":\"5岁\",\"subject\":\"约岁\"}]}"},
        {"5间",
         "{\"raw\":\"5间\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"间\",\"implied\":true,\"text\":\"5间\",\"subject\":null}]}"},
        {"≥0.8万间",
         "{\"raw\":\"≥0.8万间\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"间\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万间\",\"subject\":null}]}"},
        {"3间/年",
         "{\"raw\":\"3间/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"间/年\",\"implied\":true,\"text\":\"3间/年\",\"subject\":null}]}"},
        {"不低于12间以上",
         "{\"raw\":\"不低于12间以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"间\",\"implied\":false,\"text\":\"不低于12间以上\",\"subject\":null}]}"},
        {"约间5间",
         "{\"raw\":\"约间5间\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"间\",\"implied\":true,\"text\":\"5间\",\"subject\":\"约间\"}]}"},
        {"5床",
         "{\"raw\":\"5床\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"床\",\"implied\":true,\"text\":\"5床\",\"subject\":null}]}"},
        {"≥0.8万床",
         "{\"raw\":\"≥0.8万床\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"床\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万床\",\"subject\":null}]}"},
        {"3床/年",
         "{\"raw\":\"3床/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"床/年\",\"implied\":true,\"text\":\"3床/年\",\"subject\":null}]}"},
        {"不低于12床以上",
         "{\"raw\":\"不低于12床以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"床\",\"implied\":false,\"text\":\"不低于12床以上\",\"subject\":null}]}"},
        {"约床5床",
         "{\"raw\":\"约床5床\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"床\",\"implied\":true,\"text\":\"5床\",\"subject\":\"约床\"}]}"},
        {"5例",
         "{\"raw\":\"5例\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"例\",\"implied\":true,\"text\":\"5例\",\"subject\":null}]}"},
        {"≥0.8万例",
         "{\"raw\":\"≥0.8万例\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"例\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万例\",\"subject\":null}]}"},
        {"3例/年",
         "{\"raw\":\"3例/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"例/年\",\"implied\":true,\"text\":\"3例/年\",\"subject\":null}]}"},
        {"不低于12例以上",
         "{\"raw\":\"不低于12例以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"例\",\"implied\":false,\"text\":\"不低于12例以上\",\"subject\":null}]}"},
        {"约例5例",
         "{\"raw\":\"约例5例\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"例\",\"implied\":true,\"text\":\"5例\",\"subject\":\"约例\"}]}"},
        {"5分",
         "{\"raw\":\"5分\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"分\",\"implied\":true,\"text\":\"5分\",\"subject\":null}]}"},
        {"≥0.8万分",
         "{\"raw\":\"≥0.8万分\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"分\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万分\",\"subject\":null}]}"},
        {"3分/年",
         "{\"raw\":\"3分/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"分/年\",\"implied\":true,\"text\":\"3分/年\",\"subject\":null}]}"},
        {"不低于12分以上",
         "{\"raw\":\"不低于12分以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"分\",\"implied\":false,\"text\":\"不低于12分以上\",\"subject\":null}]}"},
        {"约分5分",
         "{\"raw\":\"约分5分\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"分\",\"implied\":true,\"text\":\"5分\",\"subject\":\"约分\"}]}"},
        {"5倍",
         "{\"raw\":\"5倍\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"倍\",\"implied\":true,\"text\":\"5倍\",\"subject\":null}]}"},
        {"≥0.8万倍",
         "{\"raw\":\"≥0.8万倍\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"倍\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万倍\",\"subject\":null}]}"},
        {"3倍/年",
         "{\"raw\":\"3倍/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"倍/年\",\"implied\":true,\"text\":\"3倍/年\",\"subject\":null}]}"},
        {"不低于12倍以上",
         "{\"raw\":\"不低于12倍以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"倍\",\"implied\":false,\"text\":\"不低于12倍以上\",\"subject\":null}]}"},
        {"约倍5倍",
         "{\"raw\":\"约倍5倍\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"倍\",\"implied\":true,\"text\":\"5倍\",\"subject\":\"约倍\"}]}"},
        {"5户次",
         "{\"raw\":\"5户次\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"户\",\"implied\":true,\"text\":\"5户\",\"subject\":null}]}"},
        {"≥0.8万户次",
         "{\"raw\":\"≥0.8万户次\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"户\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万户\",\"subject\":null}]}"},
        {"3户次/年",
         "{\"raw\":\"3户次/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"户\",\"implied\":true,\"text\":\"3户\",\"subject\":null}]}"},
        {"不低于12户次以上",
         "{\"raw\":\"不低于12户次以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"户\",\"implied\":false,\"text\":\"不低于12户\",\"subject\":null}]}"},
        {"约户次5户次",
         "{\"raw\":\"约户次5户次\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"户\",\"implied\":true,\"text\":\"5户\",\"subject\":\"约户次\"}]}"},
        {"5类",
         "{\"raw\":\"5类\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"类\",\"implied\":true,\"text\":\"5类\",\"subject\":null}]}"},
        {"≥0.8万类",
         "{\"raw\":\"≥0.8万类\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"类\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万类\",\"subject\":null}]}"},
        {"3类/年",
         "{\"raw\":\"3类/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"类/年\",\"implied\":true,\"text\":\"3类/年\",\"subject\":null}]}"},
        {"不低于12类以上",
         "{\"raw\":\"不低于12类以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"类\",\"implied\":false,\"text\":\"不低于12类以上\",\"subject\":null}]}"},
        {"约类5类",
         "{\"raw\":\"约类5类\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"类\",\"implied\":true,\"text\":\"5类\",\"subject\":\"约类\"}]}"},
        {"5厘米",
         "{\"raw\":\"5厘米\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"厘米\",\"implied\":true,\"text\":\"5厘米\",\"subject\":null}]}"},
        {"≥0.8万厘米",
         "{\"raw\":\"≥0.8万厘米\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"厘米\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万厘米\",\"subject\":null}]}"},
        {"3厘米/年",
         "{\"raw\":\"3厘米/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"厘米/年\",\"implied\":true,\"text\":\"3厘米/年\",\"subject\":null}]}"},
        {"不低于12厘米以上",
         "{\"raw\":\"不低于12厘米以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"厘米\",\"implied\":false,\"text\":\"不低于12厘米以上\",\"subject\":null}]}"},
        {"约厘米5厘米",
         "{\"raw\":\"约厘米5厘米\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"厘米\",\"implied\":true,\"text\":\"5厘米\",\"subject\":\"约厘米\"}]}"},
        {"5毫米",
         "{\"raw\":\"5毫米\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"毫米\",\"implied\":true,\"text\":\"5毫米\",\"subject\":null}]}"},
        {"≥0.8万毫米",
         "{\"raw\":\"≥0.8万毫米\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"毫米\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万毫米\",\"subject\":null}]}"},
        {"3毫米/年",
         "{\"raw\":\"3毫米/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"毫米/年\",\"implied\":true,\"text\":\"3毫米/年\",\"subject\":null}]}"},
        {"不低于12毫米以上",
         "{\"raw\":\"不低于12毫米以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"毫米\",\"implied\":false,\"text\":\"不低于12毫米以上\",\"subject\":null}]}"},
        {"约毫米5毫米",
         "{\"raw\":\"约毫米5毫米\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"毫米\",\"implied\":true,\"text\":\"5毫米\",\"subject\":\"约毫米\"}]}"},
        {"5公顷",
         "{\"raw\":\"5公顷\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"公顷\",\"implied\":true,\"text\":\"5公顷\",\"subject\":null}]}"},
        {"≥0.8万公顷",
         "{\"raw\":\"≥0.8万公顷\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"公顷\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万公顷\",\"subject\":null}]}"},
        {"3公顷/年",
         "{\"raw\":\"3公顷/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"公顷/年\",\"implied\":true,\"text\":\"3公顷/年\",\"subject\":null}]}"},
        {"不低于12公顷以上",
         "{\"raw\":\"不低于12公顷以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"公顷\",\"implied\":false,\"text\":\"不低于12公顷以上\",\"subject\":null}]}"},
        {"约公顷5公顷",
         "{\"raw\":\"约公顷5公顷\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"公顷\",\"implied\":true,\"text\":\"5公顷\",\"subject\":\"约公顷\"}]}"},
        {"5立方米",
         "{\"raw\":\"5立方米\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"立方米\",\"implied\":true,\"text\":\"5立方米\",\"subject\":null}]}"},
        {"≥0.8万立方米",
         "{\"raw\":\"≥0.8万立方米\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"立方米\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万立方米\",\"subject\":null}]}"},
        {"3立方米/年",
         "{\"raw\":\"3立方米/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"立方米/年\",\"implied\":true,\"text\":\"3立方米/年\",\"subject\":null}]}"},
        {"不低于12立方米以上",
         "{\"raw\":\"不低于12立方米以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"立方米\",\"implied\":false,\"text\":\"不低于12立方米以上\",\"subject\":null}]}"},
        {"约立方米5立方米",
         "{\"raw\":\"约立方米5立方米\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"立方米\",\"implied\":true,\"text\":\"5立方米\",\"subject\":\"约立方米\"}]}"},
        {"5千瓦",
         "{\"raw\":\"5千瓦\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"千瓦\",\"implied\":true,\"text\":\"5千瓦\",\"subject\":null}]}"},
        {"≥0.8万千瓦",
         "{\"raw\":\"≥0.8万千瓦\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":8000,\"unit\":\"千瓦\",\"implied\":false,\"scaled\":true,\"text\":\"≥0.8万千瓦\",\"subject\":null}]}"},
        {"3千瓦/年",
         "{\"raw\":\"3千瓦/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"千瓦/年\",\"implied\":true,\"text\":\"3千瓦/年\",\"subject\":null}]}"},
        {"不低于12千瓦以上",
         "{\"raw\":\"不低于12千瓦以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"千瓦\",\"implied\":false,\"text\":\"不低于12千瓦以上\",\"subject\":null}]}"},
        {"约千瓦5千瓦",
         "{\"raw\":\"约千瓦5千瓦\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"千瓦\",\"implied\":true,\"text\":\"5千瓦\",\"subject\":\"约千瓦\"}]}"},
        {"5万",
         "{\"raw\":\"5万\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"万元\",\"implied\":true,\"text\":\"5万\",\"subject\":null}]}"},
        {"≥0.8万万",
         "{\"raw\":\"≥0.8万万\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":0.8,\"unit\":\"万元\",\"implied\":false,\"text\":\"≥0.8万\",\"subject\":null}]}"},
        {"3万/年",
         "{\"raw\":\"3万/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"万元/年\",\"implied\":true,\"text\":\"3万/年\",\"subject\":null}]}"},
        {"不低于12万以上",
         "{\"raw\":\"不低于12万以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":12,\"unit\":\"万元\",\"implied\":false,\"text\":\"不低于12万以上\",\"subject\":null}]}"},
        {"约万5万",
         "{\"raw\":\"约万5万\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"万元\",\"implied\":true,\"text\":\"5万\",\"subject\":\"约万\"}]}"},
        {"5亿",
         "{\"raw\":\"5亿\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":50000,\"unit\":\"万元\",\"implied\":true,\"scaled\":true,\"text\":\"5亿\",\"subject\":null}]}"},
        {"≥0.8万亿",
         "{\"raw\":\"≥0.8万亿\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":0.8,\"unit\":\"万元\",\"implied\":false,\"text\":\"≥0.8万\",\"subject\":null}]}"},
        {"3亿/年",
         "{\"raw\":\"3亿/年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":30000,\"unit\":\"万元/年\",\"implied\":true,\"scaled\":true,\"text\":\"3亿/年\",\"subject\":null}]}"},
        {"不低于12亿以上",
         "{\"raw\":\"不低于12亿以上\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":120000,\"unit\":\"万元\",\"implied\":false,\"scaled\":true,\"text\":\"不低于12亿以上\",\"subject\":null}]}"},
        {"约亿5亿",
         "{\"raw\":\"约亿5亿\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":50000,\"unit\":\"万元\",\"implied\":true,\"scaled\":true,\"text\":\"5亿\",\"subject\":\"约亿\"}]}"},
        {"5头",
         "{\"raw\":\"5头\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":5,\"unit\":\"头\",\"implied\":true,\"text\":\"5头\",\"subject\":null}]}"},
        {"3只",
         "{\"raw\":\"3只\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":3,\"unit\":\"只\",\"implied\":true,\"text\":\"3只\",\"subject\":null}]}"},
        {"95 %",
         "{\"raw\":\"95 %\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":95,\"unit\":\"%\",\"implied\":true,\"text\":\"95 %\",\"subject\":null}]}"},
        {"100 万元",
         "{\"raw\":\"100 万元\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"eq\",\"symbol\":\"=\",\"value\":100,\"unit\":\"万元\",\"implied\":true,\"text\":\"100 万元\",\"subject\":null}]}"},
    };
    expect_json_as_before(cases, sizeof cases / sizeof cases[0]);
}

/* Every time word and change word (同比, 下降, 提高, 上年 and the rest) in a
 * few forms: the JSON the parse gave before find_any and contains_any
 * tried only the words that can start at a character (issue 16, sixth
 * pass; made with that build's `jixiao value`). */
Test(value, change_and_time_words_as_before)
{
    static const json_case cases[] = {
        {"即时",
         "{\"raw\":\"即时\",\"kind\":\"time\",\"thresholds\":[]}"},
        {"在即时完成",
         "{\"raw\":\"在即时完成\",\"kind\":\"time\",\"thresholds\":[]}"},
        {"即时，",
         "{\"raw\":\"即时，\",\"kind\":\"damaged\",\"thresholds\":[],\"damage\":\"以虚词或标点结尾，疑似被截断\"}"},
        {"及时",
         "{\"raw\":\"及时\",\"kind\":\"time\",\"thresholds\":[]}"},
        {"在及时完成",
         "{\"raw\":\"在及时完成\",\"kind\":\"time\",\"thresholds\":[]}"},
        {"及时，",
         "{\"raw\":\"及时，\",\"kind\":\"damaged\",\"thresholds\":[],\"damage\":\"以虚词或标点结尾，疑似被截断\"}"},
        {"按时",
         "{\"raw\":\"按时\",\"kind\":\"time\",\"thresholds\":[]}"},
        {"在按时完成",
         "{\"raw\":\"在按时完成\",\"kind\":\"time\",\"thresholds\":[]}"},
        {"按时，",
         "{\"raw\":\"按时，\",\"kind\":\"damaged\",\"thresholds\":[],\"damage\":\"以虚词或标点结尾，疑似被截断\"}"},
        {"按期",
         "{\"raw\":\"按期\",\"kind\":\"time\",\"thresholds\":[]}"},
        {"在按期完成",
         "{\"raw\":\"在按期完成\",\"kind\":\"time\",\"thresholds\":[]}"},
        {"按期，",
         "{\"raw\":\"按期，\",\"kind\":\"damaged\",\"thresholds\":[],\"damage\":\"以虚词或标点结尾，疑似被截断\"}"},
        {"准时",
         "{\"raw\":\"准时\",\"kind\":\"time\",\"thresholds\":[]}"},
        {"在准时完成",
         "{\"raw\":\"在准时完成\",\"kind\":\"time\",\"thresholds\":[]}"},
        {"准时，",
         "{\"raw\":\"准时，\",\"kind\":\"damaged\",\"thresholds\":[],\"damage\":\"以虚词或标点结尾，疑似被截断\"}"},
        {"规定时间",
         "{\"raw\":\"规定时间\",\"kind\":\"time\",\"thresholds\":[]}"},
        {"在规定时间完成",
         "{\"raw\":\"在规定时间完成\",\"kind\":\"time\",\"thresholds\":[]}"},
        {"规定时间，",
         "{\"raw\":\"规定时间，\",\"kind\":\"damaged\",\"thresholds\":[],\"damage\":\"以虚词或标点结尾，疑似被截断\"}"},
        {"规定期限",
         "{\"raw\":\"规定期限\",\"kind\":\"time\",\"thresholds\":[]}"},
        {"在规定期限完成",
         "{\"raw\":\"在规定期限完成\",\"kind\":\"time\",\"thresholds\":[]}"},
        {"规定期限，",
         "{\"raw\":\"规定期限，\",\"kind\":\"damaged\",\"thresholds\":[],\"damage\":\"以虚词或标点结尾，疑似被截断\"}"},
        {"限时",
         "{\"raw\":\"限时\",\"kind\":\"time\",\"thresholds\":[]}"},
        {"在限时完成",
         "{\"raw\":\"在限时完成\",\"kind\":\"time\",\"thresholds\":[]}"},
        {"限时，",
         "{\"raw\":\"限时，\",\"kind\":\"damaged\",\"thresholds\":[],\"damage\":\"以虚词或标点结尾，疑似被截断\"}"},
        {"实时",
         "{\"raw\":\"实时\",\"kind\":\"time\",\"thresholds\":[]}"},
        {"在实时完成",
         "{\"raw\":\"在实时完成\",\"kind\":\"time\",\"thresholds\":[]}"},
        {"实时，",
         "{\"raw\":\"实时，\",\"kind\":\"damaged\",\"thresholds\":[],\"damage\":\"以虚词或标点结尾，疑似被截断\"}"},
        {"当日",
         "{\"raw\":\"当日\",\"kind\":\"time\",\"thresholds\":[]}"},
        {"在当日完成",
         "{\"raw\":\"在当日完成\",\"kind\":\"time\",\"thresholds\":[]}"},
        {"当日，",
         "{\"raw\":\"当日，\",\"kind\":\"damaged\",\"thresholds\":[],\"damage\":\"以虚词或标点结尾，疑似被截断\"}"},
        {"当天",
         "{\"raw\":\"当天\",\"kind\":\"time\",\"thresholds\":[]}"},
        {"在当天完成",
         "{\"raw\":\"在当天完成\",\"kind\":\"time\",\"thresholds\":[]}"},
        {"当天，",
         "{\"raw\":\"当天，\",\"kind\":\"damaged\",\"thresholds\":[],\"damage\":\"以虚词或标点结尾，疑似被截断\"}"},
        {"当月",
         "{\"raw\":\"当月\",\"kind\":\"time\",\"thresholds\":[]}"},
        {"在当月完成",
         "{\"raw\":\"在当月完成\",\"kind\":\"time\",\"thresholds\":[]}"},
        {"当月，",
         "{\"raw\":\"当月，\",\"kind\":\"damaged\",\"thresholds\":[],\"damage\":\"以虚词或标点结尾，疑似被截断\"}"},
        {"年底前",
         "{\"raw\":\"年底前\",\"kind\":\"time\",\"thresholds\":[]}"},
        {"在年底前完成",
         "{\"raw\":\"在年底前完成\",\"kind\":\"time\",\"thresholds\":[]}"},
        {"年底前，",
         "{\"raw\":\"年底前，\",\"kind\":\"damaged\",\"thresholds\":[],\"damage\":\"以虚词或标点结尾，疑似被截断\"}"},
        {"年底",
         "{\"raw\":\"年底\",\"kind\":\"time\",\"thresholds\":[]}"},
        {"在年底完成",
         "{\"raw\":\"在年底完成\",\"kind\":\"time\",\"thresholds\":[]}"},
        {"年底，",
         "{\"raw\":\"年底，\",\"kind\":\"damaged\",\"thresholds\":[],\"damage\":\"以虚词或标点结尾，疑似被截断\"}"},
        {"年内",
         "{\"raw\":\"年内\",\"kind\":\"time\",\"thresholds\":[]}"},
        {"在年内完成",
         "{\"raw\":\"在年内完成\",\"kind\":\"time\",\"thresholds\":[]}"},
        {"年内，",
         "{\"raw\":\"年内，\",\"kind\":\"damaged\",\"thresholds\":[],\"damage\":\"以虚词或标点结尾，疑似被截断\"}"},
        {"月底前",
         "{\"raw\":\"月底前\",\"kind\":\"time\",\"thresholds\":[]}"},
        {"在月底前完成",
         "{\"raw\":\"在月底前完成\",\"kind\":\"time\",\"thresholds\":[]}"},
        {"月底前，",
         "{\"raw\":\"月底前，\",\"kind\":\"damaged\",\"thresholds\":[],\"damage\":\"以虚词或标点结尾，疑似被截断\"}"},
        {"季度内",
         "{\"raw\":\"季度内\",\"kind\":\"time\",\"thresholds\":[]}"},
        {"在季度内完成",
         "{\"raw\":\"在季度内完成\",\"kind\":\"time\",\"thresholds\":[]}"},
        {"季度内，",
         "{\"raw\":\"季度内，\",\"kind\":\"damaged\",\"thresholds\":[],\"damage\":\"以虚词或标点结尾，疑似被截断\"}"},
        {"工作日内",
         "{\"raw\":\"工作日内\",\"kind\":\"time\",\"thresholds\":[]}"},
        {"在工作日内完成",
         "{\"raw\":\"在工作日内完成\",\"kind\":\"time\",\"thresholds\":[]}"},
        {"工作日内，",
         "{\"raw\":\"工作日内，\",\"kind\":\"damaged\",\"thresholds\":[],\"damage\":\"以虚词或标点结尾，疑似被截断\"}"},
        {"期限内",
         "{\"raw\":\"期限内\",\"kind\":\"time\",\"thresholds\":[]}"},
        {"在期限内完成",
         "{\"raw\":\"在期限内完成\",\"kind\":\"time\",\"thresholds\":[]}"},
        {"期限内，",
         "{\"raw\":\"期限内，\",\"kind\":\"damaged\",\"thresholds\":[],\"damage\":\"以虚词或标点结尾，疑似被截断\"}"},
        {"同比下降5%",
         "{\"raw\":\"同比下降5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":-5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"同比下降\"}],\"change\":true}"},
        {"同比下降",
         "{\"raw\":\"同比下降\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"lt\",\"symbol\":\"<\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"同比下降\",\"subject\":null}],\"change\":true}"},
        {"≤同比",
         "{\"raw\":\"≤同比\",\"kind\":\"qualitative\",\"thresholds\":[]}"},
        {"同比降低5%",
         "{\"raw\":\"同比降低5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":-5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"同比降低\"}],\"change\":true}"},
        {"同比降低",
         "{\"raw\":\"同比降低\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"lt\",\"symbol\":\"<\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"同比降低\",\"subject\":null}],\"change\":true}"},
        {"同比降低不超过3个百分点",
         "{\"raw\":\"同比降低不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":-3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"同比降低\"}],\"change\":true}"},
        {"同比减少5%",
         "{\"raw\":\"同比减少5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":-5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"同比减少\"}],\"change\":true}"},
        {"同比减少",
         "{\"raw\":\"同比减少\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"lt\",\"symbol\":\"<\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"同比减少\",\"subject\":null}],\"change\":true}"},
        {"同比减少不超过3个百分点",
         "{\"raw\":\"同比减少不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":-3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"同比减少\"}],\"change\":true}"},
        {"同比压减5%",
         "{\"raw\":\"同比压减5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":-5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"同比压减\"}],\"change\":true}"},
        {"同比压减",
         "{\"raw\":\"同比压减\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"lt\",\"symbol\":\"<\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"同比压减\",\"subject\":null}],\"change\":true}"},
        {"同比压减不超过3个百分点",
         "{\"raw\":\"同比压减不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":-3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"同比压减\"}],\"change\":true}"},
        {"同比缩减5%",
         "{\"raw\":\"同比缩减5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":-5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"同比缩减\"}],\"change\":true}"},
        {"同比缩减",
         "{\"raw\":\"同比缩减\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"lt\",\"symbol\":\"<\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"同比缩减\",\"subject\":null}],\"change\":true}"},
        {"同比缩减不超过3个百分点",
         "{\"raw\":\"同比缩减不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":-3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"同比缩减\"}],\"change\":true}"},
        {"同比提高5%",
         "{\"raw\":\"同比提高5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"同比提高\"}],\"change\":true}"},
        {"同比提高",
         "{\"raw\":\"同比提高\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"gt\",\"symbol\":\">\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"同比提高\",\"subject\":null}],\"change\":true}"},
        {"同比提高不超过3个百分点",
         "{\"raw\":\"同比提高不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"同比提高\"}],\"change\":true}"},
        {"同比增长5%",
         "{\"raw\":\"同比增长5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"同比增长\"}],\"change\":true}"},
        {"同比增长",
         "{\"raw\":\"同比增长\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"gt\",\"symbol\":\">\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"同比增长\",\"subject\":null}],\"change\":true}"},
        {"同比增长不超过3个百分点",
         "{\"raw\":\"同比增长不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"同比增长\"}],\"change\":true}"},
        {"同比增加5%",
         "{\"raw\":\"同比增加5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"同比增加\"}],\"change\":true}"},
        {"同比增加",
         "{\"raw\":\"同比增加\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"gt\",\"symbol\":\">\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"同比增加\",\"subject\":null}],\"change\":true}"},
        {"同比增加不超过3个百分点",
         "{\"raw\":\"同比增加不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"同比增加\"}],\"change\":true}"},
        {"同比上升5%",
         "{\"raw\":\"同比上升5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"同比上升\"}],\"change\":true}"},
        {"同比上升",
         "{\"raw\":\"同比上升\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"gt\",\"symbol\":\">\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"同比上升\",\"subject\":null}],\"change\":true}"},
        {"同比上升不超过3个百分点",
         "{\"raw\":\"同比上升不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"同比上升\"}],\"change\":true}"},
        {"同比提升5%",
         "{\"raw\":\"同比提升5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"同比提升\"}],\"change\":true}"},
        {"同比提升",
         "{\"raw\":\"同比提升\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"gt\",\"symbol\":\">\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"同比提升\",\"subject\":null}],\"change\":true}"},
        {"同比提升不超过3个百分点",
         "{\"raw\":\"同比提升不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"同比提升\"}],\"change\":true}"},
        {"较上年下降5%",
         "{\"raw\":\"较上年下降5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":-5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"较上年下降\"}],\"change\":true}"},
        {"较上年下降",
         "{\"raw\":\"较上年下降\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"lt\",\"symbol\":\"<\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"较上年下降\",\"subject\":null}],\"change\":true}"},
        {"≤较上年",
         "{\"raw\":\"≤较上年\",\"kind\":\"qualitative\",\"thresholds\":[]}"},
        {"较上年降低5%",
         "{\"raw\":\"较上年降低5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":-5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"较上年降低\"}],\"change\":true}"},
        {"较上年降低",
         "{\"raw\":\"较上年降低\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"lt\",\"symbol\":\"<\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"较上年降低\",\"subject\":null}],\"change\":true}"},
        {"较上年降低不超过3个百分点",
         "{\"raw\":\"较上年降低不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":-3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"较上年降低\"}],\"change\":true}"},
        {"较上年减少5%",
         "{\"raw\":\"较上年减少5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":-5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"较上年减少\"}],\"change\":true}"},
        {"较上年减少",
         "{\"raw\":\"较上年减少\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"lt\",\"symbol\":\"<\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"较上年减少\",\"subject\":null}],\"change\":true}"},
        {"较上年减少不超过3个百分点",
         "{\"raw\":\"较上年减少不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":-3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"较上年减少\"}],\"change\":true}"},
        {"较上年压减5%",
         "{\"raw\":\"较上年压减5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":-5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"较上年压减\"}],\"change\":true}"},
        {"较上年压减",
         "{\"raw\":\"较上年压减\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"lt\",\"symbol\":\"<\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"较上年压减\",\"subject\":null}],\"change\":true}"},
        {"较上年压减不超过3个百分点",
         "{\"raw\":\"较上年压减不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":-3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"较上年压减\"}],\"change\":true}"},
        {"较上年缩减5%",
         "{\"raw\":\"较上年缩减5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":-5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"较上年缩减\"}],\"change\":true}"},
        {"较上年缩减",
         "{\"raw\":\"较上年缩减\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"lt\",\"symbol\":\"<\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"较上年缩减\",\"subject\":null}],\"change\":true}"},
        {"较上年缩减不超过3个百分点",
         "{\"raw\":\"较上年缩减不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":-3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"较上年缩减\"}],\"change\":true}"},
        {"较上年提高5%",
         "{\"raw\":\"较上年提高5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"较上年提高\"}],\"change\":true}"},
        {"较上年提高",
         "{\"raw\":\"较上年提高\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"gt\",\"symbol\":\">\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"较上年提高\",\"subject\":null}],\"change\":true}"},
        {"较上年提高不超过3个百分点",
         "{\"raw\":\"较上年提高不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"较上年提高\"}],\"change\":true}"},
        {"较上年增长5%",
         "{\"raw\":\"较上年增长5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"较上年增长\"}],\"change\":true}"},
        {"较上年增长",
         "{\"raw\":\"较上年增长\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"gt\",\"symbol\":\">\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"较上年增长\",\"subject\":null}],\"change\":true}"},
        {"较上年增长不超过3个百分点",
         "{\"raw\":\"较上年增长不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"较上年增长\"}],\"change\":true}"},
        {"较上年增加5%",
         "{\"raw\":\"较上年增加5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"较上年增加\"}],\"change\":true}"},
        {"较上年增加",
         "{\"raw\":\"较上年增加\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"gt\",\"symbol\":\">\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"较上年增加\",\"subject\":null}],\"change\":true}"},
        {"较上年增加不超过3个百分点",
         "{\"raw\":\"较上年增加不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"较上年增加\"}],\"change\":true}"},
        {"较上年上升5%",
         "{\"raw\":\"较上年上升5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"较上年上升\"}],\"change\":true}"},
        {"较上年上升",
         "{\"raw\":\"较上年上升\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"gt\",\"symbol\":\">\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"较上年上升\",\"subject\":null}],\"change\":true}"},
        {"较上年上升不超过3个百分点",
         "{\"raw\":\"较上年上升不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"较上年上升\"}],\"change\":true}"},
        {"较上年提升5%",
         "{\"raw\":\"较上年提升5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"较上年提升\"}],\"change\":true}"},
        {"较上年提升",
         "{\"raw\":\"较上年提升\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"gt\",\"symbol\":\">\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"较上年提升\",\"subject\":null}],\"change\":true}"},
        {"较上年提升不超过3个百分点",
         "{\"raw\":\"较上年提升不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"较上年提升\"}],\"change\":true}"},
        {"比上年下降5%",
         "{\"raw\":\"比上年下降5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":-5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"比上年下降\"}],\"change\":true}"},
        {"比上年下降",
         "{\"raw\":\"比上年下降\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"lt\",\"symbol\":\"<\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"比上年下降\",\"subject\":null}],\"change\":true}"},
        {"≤比上年",
         "{\"raw\":\"≤比上年\",\"kind\":\"qualitative\",\"thresholds\":[]}"},
        {"比上年降低5%",
         "{\"raw\":\"比上年降低5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":-5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"比上年降低\"}],\"change\":true}"},
        {"比上年降低",
         "{\"raw\":\"比上年降低\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"lt\",\"symbol\":\"<\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"比上年降低\",\"subject\":null}],\"change\":true}"},
        {"比上年降低不超过3个百分点",
         "{\"raw\":\"比上年降低不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":-3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"比上年降低\"}],\"change\":true}"},
        {"比上年减少5%",
         "{\"raw\":\"比上年减少5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":-5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"比上年减少\"}],\"change\":true}"},
        {"比上年减少",
         "{\"raw\":\"比上年减少\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"lt\",\"symbol\":\"<\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"比上年减少\",\"subject\":null}],\"change\":true}"},
        {"比上年减少不超过3个百分点",
         "{\"raw\":\"比上年减少不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":-3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"比上年减少\"}],\"change\":true}"},
        {"比上年压减5%",
         "{\"raw\":\"比上年压减5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":-5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"比上年压减\"}],\"change\":true}"},
        {"比上年压减",
         "{\"raw\":\"比上年压减\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"lt\",\"symbol\":\"<\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"比上年压减\",\"subject\":null}],\"change\":true}"},
        {"比上年压减不超过3个百分点",
         "{\"raw\":\"比上年压减不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":-3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"比上年压减\"}],\"change\":true}"},
        {"比上年缩减5%",
         "{\"raw\":\"比上年缩减5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":-5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"比上年缩减\"}],\"change\":true}"},
        {"比上年缩减",
         "{\"raw\":\"比上年缩减\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"lt\",\"symbol\":\"<\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"比上年缩减\",\"subject\":null}],\"change\":true}"},
        {"比上年缩减不超过3个百分点",
         "{\"raw\":\"比上年缩减不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":-3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"比上年缩减\"}],\"change\":true}"},
        {"比上年提高5%",
         "{\"raw\":\"比上年提高5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"比上年提高\"}],\"change\":true}"},
        {"比上年提高",
         "{\"raw\":\"比上年提高\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"gt\",\"symbol\":\">\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"比上年提高\",\"subject\":null}],\"change\":true}"},
        {"比上年提高不超过3个百分点",
         "{\"raw\":\"比上年提高不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"比上年提高\"}],\"change\":true}"},
        {"比上年增长5%",
         "{\"raw\":\"比上年增长5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"比上年增长\"}],\"change\":true}"},
        {"比上年增长",
         "{\"raw\":\"比上年增长\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"gt\",\"symbol\":\">\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"比上年增长\",\"subject\":null}],\"change\":true}"},
        {"比上年增长不超过3个百分点",
         "{\"raw\":\"比上年增长不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"比上年增长\"}],\"change\":true}"},
        {"比上年增加5%",
         "{\"raw\":\"比上年增加5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"比上年增加\"}],\"change\":true}"},
        {"比上年增加",
         "{\"raw\":\"比上年增加\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"gt\",\"symbol\":\">\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"比上年增加\",\"subject\":null}],\"change\":true}"},
        {"比上年增加不超过3个百分点",
         "{\"raw\":\"比上年增加不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"比上年增加\"}],\"change\":true}"},
        {"比上年上升5%",
         "{\"raw\":\"比上年上升5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"比上年上升\"}],\"change\":true}"},
        {"比上年上升",
         "{\"raw\":\"比上年上升\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"gt\",\"symbol\":\">\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"比上年上升\",\"subject\":null}],\"change\":true}"},
        {"比上年上升不超过3个百分点",
         "{\"raw\":\"比上年上升不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"比上年上升\"}],\"change\":true}"},
        {"比上年提升5%",
         "{\"raw\":\"比上年提升5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"比上年提升\"}],\"change\":true}"},
        {"比上年提升",
         "{\"raw\":\"比上年提升\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"gt\",\"symbol\":\">\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"比上年提升\",\"subject\":null}],\"change\":true}"},
        {"比上年提升不超过3个百分点",
         "{\"raw\":\"比上年提升不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"比上年提升\"}],\"change\":true}"},
        {"与上年相比下降5%",
         "{\"raw\":\"与上年相比下降5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":-5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"与上年相比下降\"}],\"change\":true}"},
        {"与上年相比下降",
         "{\"raw\":\"与上年相比下降\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"lt\",\"symbol\":\"<\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"与上年相比下降\",\"subject\":null}],\"change\":true}"},
        {"≤与上年相比",
         "{\"raw\":\"≤与上年相比\",\"kind\":\"qualitative\",\"thresholds\":[]}"},
        {"与上年相比降低5%",
         "{\"raw\":\"与上年相比降低5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":-5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"与上年相比降低\"}],\"change\":true}"},
        {"与上年相比降低",
         "{\"raw\":\"与上年相比降低\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"lt\",\"symbol\":\"<\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"与上年相比降低\",\"subject\":null}],\"change\":true}"},
        {"与上年相比降低不超过3个百分点",
         "{\"raw\":\"与上年相比降低不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":-3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"与上年相比降低\"}],\"change\":true}"},
        {"与上年相比减少5%",
         "{\"raw\":\"与上年相比减少5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":-5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"与上年相比减少\"}],\"change\":true}"},
        {"与上年相比减少",
         "{\"raw\":\"与上年相比减少\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"lt\",\"symbol\":\"<\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"与上年相比减少\",\"subject\":null}],\"change\":true}"},
        {"与上年相比减少不超过3个百分点",
         "{\"raw\":\"与上年相比减少不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":-3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"与上年相比减少\"}],\"change\":true}"},
        {"与上年相比压减5%",
         "{\"raw\":\"与上年相比压减5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":-5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"与上年相比压减\"}],\"change\":true}"},
        {"与上年相比压减",
         "{\"raw\":\"与上年相比压减\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"lt\",\"symbol\":\"<\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"与上年相比压减\",\"subject\":null}],\"change\":true}"},
        {"与上年相比压减不超过3个百分点",
         "{\"raw\":\"与上年相比压减不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":-3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"与上年相比压减\"}],\"change\":true}"},
        {"与上年相比缩减5%",
         "{\"raw\":\"与上年相比缩减5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":-5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"与上年相比缩减\"}],\"change\":true}"},
        {"与上年相比缩减",
         "{\"raw\":\"与上年相比缩减\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"lt\",\"symbol\":\"<\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"与上年相比缩减\",\"subject\":null}],\"change\":true}"},
        {"与上年相比缩减不超过3个百分点",
         "{\"raw\":\"与上年相比缩减不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":-3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"与上年相比缩减\"}],\"change\":true}"},
        {"与上年相比提高5%",
         "{\"raw\":\"与上年相比提高5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"与上年相比提高\"}],\"change\":true}"},
        {"与上年相比提高",
         "{\"raw\":\"与上年相比提高\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"gt\",\"symbol\":\">\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"与上年相比提高\",\"subject\":null}],\"change\":true}"},
        {"与上年相比提高不超过3个百分点",
         "{\"raw\":\"与上年相比提高不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"与上年相比提高\"}],\"change\":true}"},
        {"与上年相比增长5%",
         "{\"raw\":\"与上年相比增长5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"与上年相比增长\"}],\"change\":true}"},
        {"与上年相比增长",
         "{\"raw\":\"与上年相比增长\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"gt\",\"symbol\":\">\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"与上年相比增长\",\"subject\":null}],\"change\":true}"},
        {"与上年相比增长不超过3个百分点",
         "{\"raw\":\"与上年相比增长不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"与上年相比增长\"}],\"change\":true}"},
        {"与上年相比增加5%",
         "{\"raw\":\"与上年相比增加5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"与上年相比增加\"}],\"change\":true}"},
        {"与上年相比增加",
         "{\"raw\":\"与上年相比增加\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"gt\",\"symbol\":\">\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"与上年相比增加\",\"subject\":null}],\"change\":true}"},
        {"与上年相比增加不超过3个百分点",
         "{\"raw\":\"与上年相比增加不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"与上年相比增加\"}],\"change\":true}"},
        {"与上年相比上升5%",
         "{\"raw\":\"与上年相比上升5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"与上年相比上升\"}],\"change\":true}"},
        {"与上年相比上升",
         "{\"raw\":\"与上年相比上升\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"gt\",\"symbol\":\">\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"与上年相比上升\",\"subject\":null}],\"change\":true}"},
        {"与上年相比上升不超过3个百分点",
         "{\"raw\":\"与上年相比上升不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"与上年相比上升\"}],\"change\":true}"},
        {"与上年相比提升5%",
         "{\"raw\":\"与上年相比提升5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"与上年相比提升\"}],\"change\":true}"},
        {"与上年相比提升",
         "{\"raw\":\"与上年相比提升\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"gt\",\"symbol\":\">\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"与上年相比提升\",\"subject\":null}],\"change\":true}"},
        {"与上年相比提升不超过3个百分点",
         "{\"raw\":\"与上年相比提升不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"与上年相比提升\"}],\"change\":true}"},
        {"较去年下降5%",
         "{\"raw\":\"较去年下降5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":-5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"较去年下降\"}],\"change\":true}"},
        {"较去年下降",
         "{\"raw\":\"较去年下降\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"lt\",\"symbol\":\"<\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"较去年下降\",\"subject\":null}],\"change\":true}"},
        {"≤较去年",
         "{\"raw\":\"≤较去年\",\"kind\":\"qualitative\",\"thresholds\":[]}"},
        {"较去年降低5%",
         "{\"raw\":\"较去年降低5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":-5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"较去年降低\"}],\"change\":true}"},
        {"较去年降低",
         "{\"raw\":\"较去年降低\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"lt\",\"symbol\":\"<\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"较去年降低\",\"subject\":null}],\"change\":true}"},
        {"较去年降低不超过3个百分点",
         "{\"raw\":\"较去年降低不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":-3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"较去年降低\"}],\"change\":true}"},
        {"较去年减少5%",
         "{\"raw\":\"较去年减少5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":-5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"较去年减少\"}],\"change\":true}"},
        {"较去年减少",
         "{\"raw\":\"较去年减少\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"lt\",\"symbol\":\"<\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"较去年减少\",\"subject\":null}],\"change\":true}"},
        {"较去年减少不超过3个百分点",
         "{\"raw\":\"较去年减少不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":-3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"较去年减少\"}],\"change\":true}"},
        {"较去年压减5%",
         "{\"raw\":\"较去年压减5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":-5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"较去年压减\"}],\"change\":true}"},
        {"较去年压减",
         "{\"raw\":\"较去年压减\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"lt\",\"symbol\":\"<\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"较去年压减\",\"subject\":null}],\"change\":true}"},
        {"较去年压减不超过3个百分点",
         "{\"raw\":\"较去年压减不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":-3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"较去年压减\"}],\"change\":true}"},
        {"较去年缩减5%",
         "{\"raw\":\"较去年缩减5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":-5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"较去年缩减\"}],\"change\":true}"},
        {"较去年缩减",
         "{\"raw\":\"较去年缩减\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"lt\",\"symbol\":\"<\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"较去年缩减\",\"subject\":null}],\"change\":true}"},
        {"较去年缩减不超过3个百分点",
         "{\"raw\":\"较去年缩减不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":-3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"较去年缩减\"}],\"change\":true}"},
        {"较去年提高5%",
         "{\"raw\":\"较去年提高5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"较去年提高\"}],\"change\":true}"},
        {"较去年提高",
         "{\"raw\":\"较去年提高\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"gt\",\"symbol\":\">\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"较去年提高\",\"subject\":null}],\"change\":true}"},
        {"较去年提高不超过3个百分点",
         "{\"raw\":\"较去年提高不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"较去年提高\"}],\"change\":true}"},
        {"较去年增长5%",
         "{\"raw\":\"较去年增长5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"较去年增长\"}],\"change\":true}"},
        {"较去年增长",
         "{\"raw\":\"较去年增长\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"gt\",\"symbol\":\">\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"较去年增长\",\"subject\":null}],\"change\":true}"},
        {"较去年增长不超过3个百分点",
         "{\"raw\":\"较去年增长不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"较去年增长\"}],\"change\":true}"},
        {"较去年增加5%",
         "{\"raw\":\"较去年增加5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"较去年增加\"}],\"change\":true}"},
        {"较去年增加",
         "{\"raw\":\"较去年增加\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"gt\",\"symbol\":\">\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"较去年增加\",\"subject\":null}],\"change\":true}"},
        {"较去年增加不超过3个百分点",
         "{\"raw\":\"较去年增加不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"较去年增加\"}],\"change\":true}"},
        {"较去年上升5%",
         "{\"raw\":\"较去年上升5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"较去年上升\"}],\"change\":true}"},
        {"较去年上升",
         "{\"raw\":\"较去年上升\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"gt\",\"symbol\":\">\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"较去年上升\",\"subject\":null}],\"change\":true}"},
        {"较去年上升不超过3个百分点",
         "{\"raw\":\"较去年上升不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"较去年上升\"}],\"change\":true}"},
        {"较去年提升5%",
         "{\"raw\":\"较去年提升5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"较去年提升\"}],\"change\":true}"},
        {"较去年提升",
         "{\"raw\":\"较去年提升\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"gt\",\"symbol\":\">\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"较去年提升\",\"subject\":null}],\"change\":true}"},
        {"较去年提升不超过3个百分点",
         "{\"raw\":\"较去年提升不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"较去年提升\"}],\"change\":true}"},
        {"比去年下降5%",
         "{\"raw\":\"比去年下降5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":-5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"比去年下降\"}],\"change\":true}"},
        {"比去年下降",
         "{\"raw\":\"比去年下降\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"lt\",\"symbol\":\"<\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"比去年下降\",\"subject\":null}],\"change\":true}"},
        {"≤比去年",
         "{\"raw\":\"≤比去年\",\"kind\":\"qualitative\",\"thresholds\":[]}"},
        {"比去年降低5%",
         "{\"raw\":\"比去年降低5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":-5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"比去年降低\"}],\"change\":true}"},
        {"比去年降低",
         "{\"raw\":\"比去年降低\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"lt\",\"symbol\":\"<\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"比去年降低\",\"subject\":null}],\"change\":true}"},
        {"比去年降低不超过3个百分点",
         "{\"raw\":\"比去年降低不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":-3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"比去年降低\"}],\"change\":true}"},
        {"比去年减少5%",
         "{\"raw\":\"比去年减少5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":-5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"比去年减少\"}],\"change\":true}"},
        {"比去年减少",
         "{\"raw\":\"比去年减少\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"lt\",\"symbol\":\"<\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"比去年减少\",\"subject\":null}],\"change\":true}"},
        {"比去年减少不超过3个百分点",
         "{\"raw\":\"比去年减少不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":-3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"比去年减少\"}],\"change\":true}"},
        {"比去年压减5%",
         "{\"raw\":\"比去年压减5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":-5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"比去年压减\"}],\"change\":true}"},
        {"比去年压减",
         "{\"raw\":\"比去年压减\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"lt\",\"symbol\":\"<\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"比去年压减\",\"subject\":null}],\"change\":true}"},
        {"比去年压减不超过3个百分点",
         "{\"raw\":\"比去年压减不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":-3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"比去年压减\"}],\"change\":true}"},
        {"比去年缩减5%",
         "{\"raw\":\"比去年缩减5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":-5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"比去年缩减\"}],\"change\":true}"},
        {"比去年缩减",
         "{\"raw\":\"比去年缩减\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"lt\",\"symbol\":\"<\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"比去年缩减\",\"subject\":null}],\"change\":true}"},
        {"比去年缩减不超过3个百分点",
         "{\"raw\":\"比去年缩减不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":-3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"比去年缩减\"}],\"change\":true}"},
        {"比去年提高5%",
         "{\"raw\":\"比去年提高5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"比去年提高\"}],\"change\":true}"},
        {"比去年提高",
         "{\"raw\":\"比去年提高\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"gt\",\"symbol\":\">\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"比去年提高\",\"subject\":null}],\"change\":true}"},
        {"比去年提高不超过3个百分点",
         "{\"raw\":\"比去年提高不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"比去年提高\"}],\"change\":true}"},
        {"比去年增长5%",
         "{\"raw\":\"比去年增长5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"比去年增长\"}],\"change\":true}"},
        {"比去年增长",
         "{\"raw\":\"比去年增长\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"gt\",\"symbol\":\">\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"比去年增长\",\"subject\":null}],\"change\":true}"},
        {"比去年增长不超过3个百分点",
         "{\"raw\":\"比去年增长不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"比去年增长\"}],\"change\":true}"},
        {"比去年增加5%",
         "{\"raw\":\"比去年增加5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"比去年增加\"}],\"change\":true}"},
        {"比去年增加",
         "{\"raw\":\"比去年增加\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"gt\",\"symbol\":\">\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"比去年增加\",\"subject\":null}],\"change\":true}"},
        {"比去年增加不超过3个百分点",
         "{\"raw\":\"比去年增加不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"比去年增加\"}],\"change\":true}"},
        {"比去年上升5%",
         "{\"raw\":\"比去年上升5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"比去年上升\"}],\"change\":true}"},
        {"比去年上升",
         "{\"raw\":\"比去年上升\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"gt\",\"symbol\":\">\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"比去年上升\",\"subject\":null}],\"change\":true}"},
        {"比去年上升不超过3个百分点",
         "{\"raw\":\"比去年上升不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"比去年上升\"}],\"change\":true}"},
        {"比去年提升5%",
         "{\"raw\":\"比去年提升5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"比去年提升\"}],\"change\":true}"},
        {"比去年提升",
         "{\"raw\":\"比去年提升\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"gt\",\"symbol\":\">\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"比去年提升\",\"subject\":null}],\"change\":true}"},
        {"比去年提升不超过3个百分点",
         "{\"raw\":\"比去年提升不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"比去年提升\"}],\"change\":true}"},
        {"较上一年下降5%",
         "{\"raw\":\"较上一年下降5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":-5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"较上一年下降\"}],\"change\":true}"},
        {"较上一年下降",
         "{\"raw\":\"较上一年下降\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"lt\",\"symbol\":\"<\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"较上一年下降\",\"subject\":null}],\"change\":true}"},
        {"≤较上一年",
         "{\"raw\":\"≤较上一年\",\"kind\":\"qualitative\",\"thresholds\":[]}"},
        {"较上一年降低5%",
         "{\"raw\":\"较上一年降低5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":-5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"较上一年降低\"}],\"change\":true}"},
        {"较上一年降低",
         "{\"raw\":\"较上一年降低\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"lt\",\"symbol\":\"<\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"较上一年降低\",\"subject\":null}],\"change\":true}"},
        {"较上一年降低不超过3个百分点",
         "{\"raw\":\"较上一年降低不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":-3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"较上一年降低\"}],\"change\":true}"},
        {"较上一年减少5%",
         "{\"raw\":\"较上一年减少5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":-5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"较上一年减少\"}],\"change\":true}"},
        {"较上一年减少",
         "{\"raw\":\"较上一年减少\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"lt\",\"symbol\":\"<\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"较上一年减少\",\"subject\":null}],\"change\":true}"},
        {"较上一年减少不超过3个百分点",
         "{\"raw\":\"较上一年减少不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":-3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"较上一年减少\"}],\"change\":true}"},
        {"较上一年压减5%",
         "{\"raw\":\"较上一年压减5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":-5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"较上一年压减\"}],\"change\":true}"},
        {"较上一年压减",
         "{\"raw\":\"较上一年压减\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"lt\",\"symbol\":\"<\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"较上一年压减\",\"subject\":null}],\"change\":true}"},
        {"较上一年压减不超过3个百分点",
         "{\"raw\":\"较上一年压减不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":-3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"较上一年压减\"}],\"change\":true}"},
        {"较上一年缩减5%",
         "{\"raw\":\"较上一年缩减5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":-5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"较上一年缩减\"}],\"change\":true}"},
        {"较上一年缩减",
         "{\"raw\":\"较上一年缩减\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"lt\",\"symbol\":\"<\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"较上一年缩减\",\"subject\":null}],\"change\":true}"},
        {"较上一年缩减不超过3个百分点",
         "{\"raw\":\"较上一年缩减不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":-3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"较上一年缩减\"}],\"change\":true}"},
        {"较上一年提高5%",
         "{\"raw\":\"较上一年提高5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"较上一年提高\"}],\"change\":true}"},
        {"较上一年提高",
         "{\"raw\":\"较上一年提高\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"gt\",\"symbol\":\">\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"较上一年提高\",\"subject\":null}],\"change\":true}"},
        {"较上一年提高不超过3个百分点",
         "{\"raw\":\"较上一年提高不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"较上一年提高\"}],\"change\":true}"},
        {"较上一年增长5%",
         "{\"raw\":\"较上一年增长5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"较上一年增长\"}],\"change\":true}"},
        {"较上一年增长",
         "{\"raw\":\"较上一年增长\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"gt\",\"symbol\":\">\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"较上一年增长\",\"subject\":null}],\"change\":true}"},
        {"较上一年增长不超过3个百分点",
         "{\"raw\":\"较上一年增长不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"较上一年增长\"}],\"change\":true}"},
        {"较上一年增加5%",
         "{\"raw\":\"较上一年增加5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"较上一年增加\"}],\"change\":true}"},
        {"较上一年增加",
         "{\"raw\":\"较上一年增加\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"gt\",\"symbol\":\">\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"较上一年增加\",\"subject\":null}],\"change\":true}"},
        {"较上一年增加不超过3个百分点",
         "{\"raw\":\"较上一年增加不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"较上一年增加\"}],\"change\":true}"},
        {"较上一年上升5%",
         "{\"raw\":\"较上一年上升5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"较上一年上升\"}],\"change\":true}"},
        {"较上一年上升",
         "{\"raw\":\"较上一年上升\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"gt\",\"symbol\":\">\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"较上一年上升\",\"subject\":null}],\"change\":true}"},
        {"较上一年上升不超过3个百分点",
         "{\"raw\":\"较上一年上升不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"较上一年上升\"}],\"change\":true}"},
        {"较上一年提升5%",
         "{\"raw\":\"较上一年提升5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"较上一年提升\"}],\"change\":true}"},
        {"较上一年提升",
         "{\"raw\":\"较上一年提升\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"gt\",\"symbol\":\">\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"较上一年提升\",\"subject\":null}],\"change\":true}"},
        {"较上一年提升不超过3个百分点",
         "{\"raw\":\"较上一年提升不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"较上一年提升\"}],\"change\":true}"},
        {"上年下降5%",
         "{\"raw\":\"上年下降5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":-5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"上年下降\"}],\"change\":true}"},
        {"上年下降",
         "{\"raw\":\"上年下降\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"lt\",\"symbol\":\"<\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"上年下降\",\"subject\":null}],\"change\":true}"},
        {"≤上年",
         "{\"raw\":\"≤上年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"≤上年\",\"subject\":null}],\"change\":true}"},
        {"上年降低5%",
         "{\"raw\":\"上年降低5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":-5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"上年降低\"}],\"change\":true}"},
        {"上年降低",
         "{\"raw\":\"上年降低\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"lt\",\"symbol\":\"<\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"上年降低\",\"subject\":null}],\"change\":true}"},
        {"上年降低不超过3个百分点",
         "{\"raw\":\"上年降低不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":-3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"上年降低\"}],\"change\":true}"},
        {"上年减少5%",
         "{\"raw\":\"上年减少5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":-5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"上年减少\"}],\"change\":true}"},
        {"上年减少",
         "{\"raw\":\"上年减少\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"lt\",\"symbol\":\"<\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"上年减少\",\"subject\":null}],\"change\":true}"},
        {"上年减少不超过3个百分点",
         "{\"raw\":\"上年减少不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":-3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"上年减少\"}],\"change\":true}"},
        {"上年压减5%",
         "{\"raw\":\"上年压减5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":-5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"上年压减\"}],\"change\":true}"},
        {"上年压减",
         "{\"raw\":\"上年压减\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"lt\",\"symbol\":\"<\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"上年压减\",\"subject\":null}],\"change\":true}"},
        {"上年压减不超过3个百分点",
         "{\"raw\":\"上年压减不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":-3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"上年压减\"}],\"change\":true}"},
        {"上年缩减5%",
         "{\"raw\":\"上年缩减5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":-5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"上年缩减\"}],\"change\":true}"},
        {"上年缩减",
         "{\"raw\":\"上年缩减\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"lt\",\"symbol\":\"<\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"上年缩减\",\"subject\":null}],\"change\":true}"},
        {"上年缩减不超过3个百分点",
         "{\"raw\":\"上年缩减不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":-3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"上年缩减\"}],\"change\":true}"},
        {"上年提高5%",
         "{\"raw\":\"上年提高5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"上年提高\"}],\"change\":true}"},
        {"上年提高",
         "{\"raw\":\"上年提高\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"gt\",\"symbol\":\">\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"上年提高\",\"subject\":null}],\"change\":true}"},
        {"上年提高不超过3个百分点",
         "{\"raw\":\"上年提高不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"上年提高\"}],\"change\":true}"},
        {"上年增长5%",
         "{\"raw\":\"上年增长5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"上年增长\"}],\"change\":true}"},
        {"上年增长",
         "{\"raw\":\"上年增长\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"gt\",\"symbol\":\">\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"上年增长\",\"subject\":null}],\"change\":true}"},
        {"上年增长不超过3个百分点",
         "{\"raw\":\"上年增长不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"上年增长\"}],\"change\":true}"},
        {"上年增加5%",
         "{\"raw\":\"上年增加5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"上年增加\"}],\"change\":true}"},
        {"上年增加",
         "{\"raw\":\"上年增加\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"gt\",\"symbol\":\">\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"上年增加\",\"subject\":null}],\"change\":true}"},
        {"上年增加不超过3个百分点",
         "{\"raw\":\"上年增加不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"上年增加\"}],\"change\":true}"},
        {"上年上升5%",
         "{\"raw\":\"上年上升5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"上年上升\"}],\"change\":true}"},
        {"上年上升",
         "{\"raw\":\"上年上升\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"gt\",\"symbol\":\">\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"上年上升\",\"subject\":null}],\"change\":true}"},
        {"上年上升不超过3个百分点",
         "{\"raw\":\"上年上升不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"上年上升\"}],\"change\":true}"},
        {"上年提升5%",
         "{\"raw\":\"上年提升5%\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":5,\"unit\":\"%\",\"implied\":false,\"text\":\"5%\",\"subject\":\"上年提升\"}],\"change\":true}"},
        {"上年提升",
         "{\"raw\":\"上年提升\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"gt\",\"symbol\":\">\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"上年提升\",\"subject\":null}],\"change\":true}"},
        {"上年提升不超过3个百分点",
         "{\"raw\":\"上年提升不超过3个百分点\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"le\",\"symbol\":\"≤\",\"value\":3,\"unit\":\"百分点\",\"implied\":false,\"text\":\"不超过3个百分点\",\"subject\":\"上年提升\"}],\"change\":true}"},
        {"≥上年",
         "{\"raw\":\"≥上年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"≥上年\",\"subject\":null}],\"change\":true}"},
        {"不低于上年",
         "{\"raw\":\"不低于上年\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"ge\",\"symbol\":\"≥\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"不低于上年\",\"subject\":null}],\"change\":true}"},
        {"高于上年水平",
         "{\"raw\":\"高于上年水平\",\"kind\":\"quantitative\",\"thresholds\":[{\"op\":\"gt\",\"symbol\":\">\",\"value\":0,\"unit\":\"%\",\"implied\":false,\"text\":\"高于上年水平\",\"subject\":null}],\"change\":true}"},
        {"≥去年",
         "{\"raw\":\"≥去年\",\"kind\":\"qualitative\",\"thresholds\":[]}"},
        {"不低于去年",
         "{\"raw\":\"不低于去年\",\"kind\":\"qualitative\",\"thresholds\":[]}"},
        {"高于去年水平",
         "{\"raw\":\"高于去年水平\",\"kind\":\"qualitative\",\"thresholds\":[]}"},
    };
    expect_json_as_before(cases, sizeof cases / sizeof cases[0]);
}
