/*
 * value.h - the 指标值 grammar: a target or actual as printed in a table
 * ("≥95%", "≤140万", "不低于33万人", "5*8小时", "充分", "……") turned
 * into a typed value.
 *
 * Parsing allocates nothing: a jx_value is a fixed-size struct that points
 * into the caller's text (raw) and keeps offsets for the phrases inside it.
 * The text must outlive the jx_value.
 */
#ifndef JIXIAO_VALUE_H
#define JIXIAO_VALUE_H

#include <stddef.h>
#include <stdint.h>
#include "jixiao/base.h"

#ifdef __cplusplus
extern "C" {
#endif

struct jx_error;

typedef enum jx_vkind {
    JX_V_EMPTY = 0,   /* nothing written */
    JX_V_PLACEHOLDER, /* "……", "/", "-", "无", "指标2：" with nothing after */
    JX_V_QUANT,       /* one or more numeric thresholds */
    JX_V_QUAL,        /* a short qualitative word: 充分, 明显提高, 有效 */
    JX_V_TIME,        /* a period or time: 2020年10月至2021年9月, 即时结算 */
    JX_V_TEXT,        /* free text with no threshold in it */
    JX_V_DAMAGED      /* cut short or broken: "次年全", unbalanced brackets */
} jx_vkind;

typedef enum jx_op {
    JX_OP_NONE = 0,
    JX_OP_EQ,     /* =  (also a bare number: implied = 1) */
    JX_OP_GE,     /* ≥  不低于 至少 以上 达到 */
    JX_OP_GT,     /* >  高于 超过 */
    JX_OP_LE,     /* ≤  不超过 不高于 以内 控制在…以内 */
    JX_OP_LT,     /* <  低于 */
    JX_OP_APPROX, /* ≈  约 左右 */
    JX_OP_RANGE   /* a-b: value ≤ x ≤ value_max */
} jx_op;

/* Units are normalized: money to 万元 (the tables' unit), 百分比 to %,
 * scale words applied to the number (4.5万人 -> 45000 人). */
#define JX_UNIT_MAX 24
#define JX_MAX_THRESHOLDS 8

typedef struct jx_threshold {
    jx_op op;
    uint8_t implied;  /* operator not written (bare number): a rule decides */
    uint8_t product;  /* written a*b (5*8小时): factors[] hold a and b */
    uint8_t scaled;   /* a 万/亿 scale word was applied */
    double value;     /* the number, scale applied; for products a*b */
    double value_max; /* upper end of a range, else equal to value */
    double factors[2];
    char unit[JX_UNIT_MAX]; /* normalized unit, "" when none */
    /* byte spans in the raw text: the threshold itself and the phrase it
     * measures ("集中采购药品品种" in "集中采购药品品种不低于25种") */
    uint32_t off, len;
    uint32_t subj_off, subj_len;
} jx_threshold;

typedef struct jx_value {
    const char *raw; /* the text as given, verbatim; not owned */
    size_t raw_len;
    jx_vkind kind;
    uint8_t n;          /* thresholds used in t[] */
    uint8_t overflow;   /* more thresholds than JX_MAX_THRESHOLDS */
    /* JX_V_TIME periods: year/month (0 when not written) */
    int16_t from_year, from_month, to_year, to_month;
    const char *damage; /* why JX_V_DAMAGED (static string), else NULL */
    /* a change target (同比下降5%, 较上年提高, ≤上年): the thresholds bound
     * the change on the previous year in % ((本年−上年)÷上年×100) */
    uint8_t change;
    jx_threshold t[JX_MAX_THRESHOLDS];
} jx_value;

/*
 * Parses len bytes of UTF-8 at s.  Returns JX_OK and fills *out, or
 * JX_EENCODING (invalid UTF-8: err names the offending bytes and their
 * offset) or JX_ELIMIT (longer than JX_VALUE_MAX bytes).  NUL bytes inside
 * the text are invalid input.  On failure *out is a JX_V_EMPTY value.
 */
#define JX_VALUE_MAX 65535
JX_API jx_status jx_value_parse(const char *s, size_t len, jx_value *out,
                                struct jx_error *err);

/* Static names. */
JX_API const char *jx_vkind_name(jx_vkind k); /* "quantitative", "qualitative" … */
JX_API const char *jx_op_symbol(jx_op op);    /* "≥", "=", "range" … */
JX_API const char *jx_op_name(jx_op op);      /* "ge", "eq", "range" … */

/* Writes the parse as one JSON object (no trailing newline) to buf;
 * returns the length it needed, like snprintf. */
JX_API size_t jx_value_json(const jx_value *v, char *buf, size_t size);

/* Validates UTF-8 (no overlong forms, no surrogates, no NUL).  Returns the
 * offset of the first bad byte, or len when all is valid. */
JX_API size_t jx_utf8_check(const char *s, size_t len);

#ifdef __cplusplus
}
#endif

#endif
