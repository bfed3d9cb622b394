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
