/*
 * value.c - the 指标值 grammar (domain.md §4): a cell such as "≥95%",
 * "不低于33万人", "5*8小时", "3-5", "集中采购药品品种不低于25种，预付金支付
 * 比例不低于合同金额的50%", "充分", "2020年10月至2021年9月" or "……" becomes a
 * jx_value: its kind and every numeric threshold in it, with the phrase each
 * one measures.
 *
 * The text is scanned once into code points (full-width digits and symbols
 * folded to ASCII) with their byte offsets; thresholds are found around
 * each number: an operator before it (symbol, or word such as 不低于, which
 * may stand apart: "不低于合同金额的50%"), scale and unit after it, a range or
 * product, an operator word after it (以上, 以内, 左右).  Nothing is
 * allocated unless a cell has more than LOCAL_CPS code points.
 */
#include "util.h"

#include <math.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>

#define LOCAL_CPS 512

typedef struct cpt {
    uint32_t cp;  /* folded code point */
    uint32_t off; /* byte offset in raw */
} cpt;

typedef struct scan {
    const char *raw;
    size_t len;
    cpt *c;
    size_t n; /* code points; c[n].off == len (sentinel) */
} scan;

/* A word with its length (sizeof, not strlen per use). */
typedef struct lit {
    const char *s;
    size_t len;
} lit;

#define LIT(t) {t, sizeof(t) - 1}

/* Low six bits of the first code point of word w: the last byte of its
 * first character's sequence.  A word matches the raw bytes, so where it
 * starts, the character has these low bits too (a filter for scans). */
static unsigned lead_bits(const char *w, size_t wl)
{
    unsigned char c = (unsigned char)w[0];
    size_t k = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    return (unsigned char)w[k <= wl ? k - 1 : wl - 1] & 63;
}

/* The index of the lowest set bit of m (m != 0). */
static inline unsigned low_bit(uint64_t m)
{
#if defined(__GNUC__)
    return (unsigned)__builtin_ctzll(m);
#else
    unsigned k = 0;
    while (!(m & 1))
        m >>= 1, k++;
    return k;
#endif
}

/* The words of a list (at most 64) by the lead_bits of their first
 * character: a scan tries, at each character, only the words that can
 * start there.  Made once per list; every thread makes the same (atomic
 * ORs of the same bits). */
typedef struct lead_index {
    _Atomic uint64_t any;       /* every word's lead_bits; 0 until made */
    _Atomic uint64_t words[64]; /* per lead_bits, the words: bit k is w[k] */
} lead_index;

static uint64_t lead_index_of(const lit *w, size_t n, lead_index *ix)
{
    uint64_t any = atomic_load_explicit(&ix->any, memory_order_acquire);
    if (!any) {
        for (size_t k = 0; k < n; k++) {
            unsigned b = lead_bits(w[k].s, w[k].len);
            atomic_fetch_or_explicit(&ix->words[b], 1ull << k, memory_order_relaxed);
            any |= 1ull << b;
        }
        atomic_store_explicit(&ix->any, any, memory_order_release);
    }
    return any;
}

/* The words of the index that can start with a character of these bits. */
static inline uint64_t lead_words(const lead_index *ix, unsigned bits)
{
    return atomic_load_explicit(&ix->words[bits], memory_order_relaxed);
}

/* The same bits of the character at code point i of the text. */
static inline unsigned char_bits(const scan *s, size_t i)
{
    return (unsigned char)s->raw[s->c[i + 1].off - 1] & 63;
}

/* ---- names ---- */

static const char *const kind_names[] = {
    "empty", "placeholder", "quantitative", "qualitative", "time", "text",
    "damaged",
};

const char *jx_vkind_name(jx_vkind k)
{
    return (size_t)k < JX_ARRAY_LEN(kind_names) ? kind_names[k] : "?";
}

static const char *const op_syms[] = {"", "=", "≥", ">", "≤", "<", "≈", "range"};
static const char *const op_names[] = {"none", "eq", "ge", "gt", "le", "lt",
                                       "approx", "range"};

const char *jx_op_symbol(jx_op op)
{
    return (size_t)op < JX_ARRAY_LEN(op_syms) ? op_syms[op] : "?";
}

const char *jx_op_name(jx_op op)
{
    return (size_t)op < JX_ARRAY_LEN(op_names) ? op_names[op] : "?";
}

/* ---- code points ---- */

static uint32_t fold(uint32_t cp)
{
    if ((cp >= 0x20 && cp < 0x80) || (cp >= 0x4E00 && cp <= 0x9FFF))
        return cp; /* most text: ASCII and CJK ideographs are as they are */
    switch (cp) {
    case 0xFF10: case 0xFF11: case 0xFF12: case 0xFF13: case 0xFF14:
    case 0xFF15: case 0xFF16: case 0xFF17: case 0xFF18: case 0xFF19:
        return cp - 0xFF10 + '0';
    case 0xFF05: case 0xFE6A: return '%';
    case 0xFF1E: return '>';
    case 0xFF1C: return '<';
    case 0xFF1D: return '=';
    case 0xFF0E: return '.';
    case 0xFF0A: return '*';
    case 0xFF0B: return '+';
    case 0xFF0D: case 0x2212: return '-';
    case 0xFF5E: case 0x301C: return '~';
    case 0x2267: case 0x2A7E: return 0x2265; /* ≧ ⩾ -> ≥ */
    case 0x2266: case 0x2A7D: return 0x2264; /* ≦ ⩽ -> ≤ */
    case 0x3000: case 0xA0: case '\t': case '\r': case '\n': return ' ';
    default: return cp;
    }
}

static int is_digit(uint32_t cp) { return cp >= '0' && cp <= '9'; }

static int is_sep(uint32_t cp)
{
    /* clause boundaries: a phrase never reaches across them */
    return cp == 0xFF0C || cp == ',' || cp == 0xFF1B || cp == ';' ||
           cp == 0x3002 || cp == 0x3001 || cp == 0xFF01 || cp == '!' ||
           cp == 0xFF1F || cp == '?';
}

/* Does the raw text at byte offset `off` start with word w? */
static inline int at_n(const scan *s, size_t i, const char *w, size_t wl)
{
    size_t off = s->c[i].off;
    return off + wl <= s->len && s->raw[off] == w[0] &&
           memcmp(s->raw + off, w, wl) == 0;
}

static int at(const scan *s, size_t i, const char *w)
{
    size_t off = s->c[i].off;
    /* the first byte before strlen: most positions start no word */
    if (off < s->len && s->raw[off] != w[0])
        return 0;
    return at_n(s, i, w, strlen(w));
}

/* Code point index just after a word that starts at i (word known to match). */
static size_t after_n(const scan *s, size_t i, size_t wl)
{
    size_t end = s->c[i].off + wl;
    while (i < s->n && s->c[i].off < end)
        i++;
    return i;
}


/* Does word w end exactly before code point i?  Returns its start or -1. */
static inline long ends_before_n(const scan *s, size_t i, size_t lo,
                                 const char *w, size_t wl)
{
    size_t end = s->c[i].off;
    if (end < wl || end - wl < s->c[lo].off)
        return -1;
    if (s->raw[end - 1] != w[wl - 1] || memcmp(s->raw + end - wl, w, wl) != 0)
        return -1;
    long j = (long)i;
    while (j > (long)lo && s->c[j].off > end - wl)
        j--;
    return s->c[j].off == end - wl ? j : -1;
}

static size_t skip_space(const scan *s, size_t i)
{
    while (i < s->n && s->c[i].cp == ' ')
        i++;
    return i;
}

/* ---- numbers ---- */

/* Reads a number at i: digits, ASCII thousands separators, a decimal
 * point.  Returns the index after it, or i when there is none.  A run of
 * digits longer than the buffer is still one number: the integer digits
 * past it scale by ten, the fraction digits past it are dropped. */
static size_t read_number(const scan *s, size_t i, double *out)
{
    char buf[72];
    size_t k = 0, j = i;
    int seen_dot = 0, digits = 0, extra = 0, frac = 0;
    uint64_t m = 0; /* the digits as an integer, while there are at most 15 */
    while (j < s->n) {
        uint32_t cp = s->c[j].cp;
        if (is_digit(cp)) {
            if (k < 40)
                buf[k++] = (char)cp;
            else if (!seen_dot && extra < 9999)
                extra++;
            if (digits < 15)
                m = m * 10 + (cp - '0');
            frac += seen_dot;
            digits++;
            j++;
        } else if (cp == '.' && !seen_dot && digits && j + 1 < s->n &&
                   is_digit(s->c[j + 1].cp)) {
            if (k < 40)
                buf[k++] = '.';
            seen_dot = 1;
            j++;
        } else if (cp == ',' && !seen_dot && digits && j + 3 < s->n + 1 &&
                   j + 3 <= s->n && is_digit(s->c[j + 1].cp) &&
                   j + 2 < s->n && is_digit(s->c[j + 2].cp) &&
                   j + 3 < s->n && is_digit(s->c[j + 3].cp) &&
                   (j + 4 >= s->n || !is_digit(s->c[j + 4].cp))) {
            j++; /* 1,234: a thousands separator, not a clause comma */
        } else {
            break;
        }
    }
    if (!digits)
        return i;
    if (digits <= 15) {
        /* m < 10^15 and 10^frac are exact doubles and the division is
         * correctly rounded: the double strtod gives, without strtod */
        static const double p10[] = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7,
                                     1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
        *out = frac ? (double)m / p10[frac] : (double)m;
        return j;
    }
    if (k && buf[k - 1] == '.')
        k--;
    /* digits past the 40th only scale the number (strtod("123") is
     * strtod("123e0") exactly; formatting the exponent cost more than
     * the rest of the parse) */
    if (extra)
        k += (size_t)snprintf(buf + k, sizeof buf - k, "e%d", extra);
    else
        buf[k] = '\0';
    *out = strtod(buf, NULL);
    return j;
}

/* ---- units ---- */

typedef struct unit_def {
    const char *text; /* as written */
    const char *norm; /* normalized unit */
    double mul;       /* applied to the number */
    uint8_t len, nlen;
} unit_def;

#define U(t, n, m) {t, n, m, sizeof(t) - 1, sizeof(n) - 1}

/* Longest first where one is a prefix of another. */
static const unit_def units[] = {
    U("个百分点", "百分点", 1), U("百分点", "百分点", 1), U("百分比", "%", 1),
    U("%", "%", 1), U("‰", "‰", 1),
    U("亿元", "万元", 1e4), U("万元", "万元", 1), U("千元", "万元", 0.1),
    U("元", "万元", 1e-4),
    U("万人次", "人次", 1e4), U("人次", "人次", 1), U("万人", "人", 1e4),
    U("人", "人", 1), U("万户", "户", 1e4), U("户", "户", 1),
    U("个工作日", "工作日", 1), U("工作日", "工作日", 1), U("个月", "月", 1),
    U("小时", "小时", 1), U("分钟", "分钟", 1), U("秒", "秒", 1),
    U("天", "天", 1), U("日", "天", 1), U("周", "周", 1), U("月", "月", 1),
    U("季度", "季度", 1), U("年", "年", 1),
    U("批次", "批次", 1), U("台件", "台件", 1), U("台次", "台次", 1), U("架次", "架次", 1),
    U("车次", "车次", 1), U("班次", "班次", 1), U("航次", "航次", 1), U("课时", "课时", 1),
    U("学时", "学时", 1), U("人日", "人日", 1),
    U("万次", "次", 1e4), U("次", "次", 1), U("个", "个", 1), U("种", "种", 1),
    U("项", "项", 1), U("平方米", "平方米", 1), U("公里", "公里", 1),
    U("千米", "公里", 1), U("米", "米", 1), U("万亩", "亩", 1e4), U("亩", "亩", 1),
    U("吨", "吨", 1), U("公斤", "千克", 1), U("千克", "千克", 1),
    U("家", "家", 1), U("所", "所", 1), U("台", "台", 1), U("套", "套", 1),
    U("件", "件", 1), U("份", "份", 1), U("篇", "篇", 1), U("场次", "场次", 1),
    U("场", "场", 1), U("期", "期", 1), U("批", "批", 1), U("册", "册", 1),
    U("本", "本", 1), U("张", "张", 1), U("辆", "辆", 1), U("名", "名", 1),
    U("位", "位", 1), U("座", "座", 1), U("条", "条", 1), U("处", "处", 1),
    U("岁", "岁", 1), U("间", "间", 1), U("床", "床", 1), U("例", "例", 1),
    U("分", "分", 1), U("倍", "倍", 1), U("户次", "户次", 1), U("类", "类", 1),
    U("厘米", "厘米", 1), U("毫米", "毫米", 1), U("公顷", "公顷", 1),
    U("立方米", "立方米", 1), U("千瓦", "千瓦", 1),
    U("万", "万元", 1), /* bare 万: money, the tables' unit (issue 2) */
    U("亿", "万元", 1e4),
};

/* Characters after a number that are not its unit: operator and joining
 * words, date parts, direction words (同比下降5%). */
static const uint32_t not_units[] = {
    0x4EE5 /* 以 */, 0x53CA /* 及 */, 0x4E4B /* 之 */, 0x5185 /* 内 */, 0x5DE6 /* 左 */,
    0x4E0A /* 上 */, 0x4E0B /* 下 */, 0x81F3 /* 至 */, 0x5230 /* 到 */, 0x7684 /* 的 */,
    0x548C /* 和 */, 0x4E0E /* 与 */, 0x6216 /* 或 */, 0x524D /* 前 */, 0x540E /* 后 */,
    0x5E95 /* 底 */, 0x672B /* 末 */, 0x53F7 /* 号 */, 0x4E07 /* 万 */, 0x4EBF /* 亿 */,
    0x5343 /* 千 */, 0x767E /* 百 */, 0x5341 /* 十 */, 0x5B8C /* 完 */, 0x5E76 /* 并 */,
    0x540C /* 同 */, 0x8F83 /* 较 */, 0x6BD4 /* 比 */, 0x4E3A /* 为 */, 0x662F /* 是 */,
    0x4E0D /* 不 */, 0x6BCF /* 每 */, 0x5DF2 /* 已 */, 0x5E74 /* 年 */, 0x6708 /* 月 */,
    0x7B49 /* 等 */, 0x5404 /* 各 */, 0x4E2A /* 个 */, 0x5171 /* 共 */, 0x5185 /* 内 */,
};

/* Any other measure word right after a number is its unit (≥5000头,
 * 3只): one CJK ideograph that is not an operator or joining word. */
static size_t free_unit(const scan *s, size_t i, jx_threshold *t)
{
    uint32_t cp = s->c[i].cp;
    if (cp < 0x4E00 || cp > 0x9FFF)
        return i;
    for (size_t k = 0; k < JX_ARRAY_LEN(not_units); k++)
        if (cp == not_units[k])
            return i;
    size_t a = s->c[i].off, b = i + 1 < s->n ? s->c[i + 1].off : a + 3;
    if (b - a >= sizeof t->unit)
        return i;
    memcpy(t->unit, s->raw + a, b - a);
    t->unit[b - a] = '\0';
    return i + 1;
}

static int not_unit(uint32_t cp)
{
    for (size_t k = 0; k < JX_ARRAY_LEN(not_units); k++)
        if (cp == not_units[k])
            return 1;
    return 0;
}

/* Per-unit suffixes kept in the unit: 次/年, 次/月, 人/天. */
static const char *const per_units[] = {"年", "月", "季度", "周", "天", "日", "人", "次", "户"};

/* "/年", "/千人", "/吨·年" after a unit (次/年, 批次/千人, 元/吨·年): up to
 * four ideographs or "·", a scale word (千, 万) only first.  It belongs to
 * the threshold's text; the unit keeps it only for the time and count
 * suffixes above (a 万元/亩 cost is still an amount in 万元).  Returns where
 * the unit ends. */
static size_t per_unit(const scan *s, size_t j, jx_threshold *t)
{
    if (j >= s->n || (s->c[j].cp != '/' && s->c[j].cp != 0xFF0F))
        return j;
    size_t e = j + 1;
    while (e < s->n && e - j <= 4) {
        uint32_t cp = s->c[e].cp;
        int scale = e == j + 1 && (cp == 0x5343 /* 千 */ || cp == 0x4E07 /* 万 */ ||
                                   cp == 0x767E /* 百 */);
        if (cp == 0xB7 /* · */ && e > j + 1)
            e++;
        else if (cp >= 0x4E00 && cp <= 0x9FFF && (scale || !not_unit(cp) ||
                                                  cp == 0x5E74 /* 年 */ || cp == 0x6708 /* 月 */))
            e++;
        else
            break;
    }
    while (e > j + 1 && s->c[e - 1].cp == 0xB7)
        e--;
    if (e == j + 1)
        return j;
    size_t a = s->c[j + 1].off, b = s->c[e].off, ul = strlen(t->unit);
    for (size_t p = 0; p < JX_ARRAY_LEN(per_units); p++)
        if (strlen(per_units[p]) == b - a && !memcmp(s->raw + a, per_units[p], b - a) &&
            ul + 1 + (b - a) < sizeof t->unit) {
            t->unit[ul] = '/';
            memcpy(t->unit + ul + 1, s->raw + a, b - a);
            t->unit[ul + 1 + (b - a)] = '\0';
        }
    return e;
}

/* The units whose first character has these char_bits, as a set of
 * indexes into units[] (two words), made once: a unit is looked for only
 * where its first character can stand (a unit that matches starts with
 * the text's character, so their bits are equal), in table order.  Every
 * thread makes the same sets (atomic ORs of the same bits). */
static _Atomic uint64_t unit_sets[64][2];
static _Atomic int unit_sets_made;

_Static_assert(JX_ARRAY_LEN(units) <= 128, "unit sets hold 128 units");

static void unit_set(unsigned bits, uint64_t set[2])
{
    if (!atomic_load_explicit(&unit_sets_made, memory_order_acquire)) {
        for (size_t u = 0; u < JX_ARRAY_LEN(units); u++)
            atomic_fetch_or_explicit(&unit_sets[lead_bits(units[u].text, units[u].len)][u / 64],
                                     1ull << u % 64, memory_order_relaxed);
        atomic_store_explicit(&unit_sets_made, 1, memory_order_release);
    }
    set[0] = atomic_load_explicit(&unit_sets[bits][0], memory_order_relaxed);
    set[1] = atomic_load_explicit(&unit_sets[bits][1], memory_order_relaxed);
}

/* The first unit of the set at or after u, or JX_ARRAY_LEN(units). */
static size_t next_unit(const uint64_t set[2], size_t u)
{
    for (; u < JX_ARRAY_LEN(units); u = (u | 63) + 1) {
        uint64_t m = set[u / 64] >> u % 64;
        if (m)
            return u + low_bit(m);
    }
    return JX_ARRAY_LEN(units);
}

static size_t read_unit(const scan *s, size_t i, jx_threshold *t, double *mul)
{
    *mul = 1;
    t->unit[0] = '\0';
    if (i >= s->n)
        return i;
    if (s->c[i].cp == '%') { /* also ％ and ﹪, folded */
        memcpy(t->unit, "%", 2);
        return i + 1;
    }
    uint64_t set[2];
    unit_set(char_bits(s, i), set);
    for (size_t u = next_unit(set, 0); u < JX_ARRAY_LEN(units); u = next_unit(set, u + 1)) {
        if (!at_n(s, i, units[u].text, units[u].len))
            continue;
        size_t j = after_n(s, i, units[u].len);
        if ((!strcmp(units[u].text, "万") || !strcmp(units[u].text, "亿")) && j < s->n &&
            s->c[j].cp != 0x4E07 && s->c[j].cp != 0x4EBF) { /* (one level deep only) */
            /* "0.8万吨", "5万平方米", "2万头": 万 or 亿 then a unit of its own
             * scales the number; bare 万 (then nothing that is a unit) is
             * money, the tables' unit */
            double big = !strcmp(units[u].text, "万") ? 1e4 : 1e8;
            double m2;
            jx_threshold t2 = *t;
            size_t k = read_unit(s, j, &t2, &m2);
            if (k > j && t2.unit[0] && strcmp(t2.unit, "万元") && strcmp(t2.unit, "%") &&
                strcmp(t2.unit, "‰") && m2 == 1) {
                *t = t2;
                *mul = big;
                t->scaled = 1;
                return k;
            }
        }
        memcpy(t->unit, units[u].norm, units[u].nlen + 1u);
        *mul = units[u].mul;
        t->scaled = units[u].mul != 1;
        return per_unit(s, j, t);
    }
    size_t j = free_unit(s, i, t);
    return j > i ? per_unit(s, j, t) : j;
}

/* ---- operators ---- */

typedef struct op_word {
    const char *text;
    jx_op op;
    uint8_t len;
} op_word;

#define W(t, op) {t, op, sizeof(t) - 1}

/* Written before the number.  Longest first where one ends another. */
static const op_word pre_words[] = {
    W("大于或等于", JX_OP_GE), W("大于等于", JX_OP_GE), W("不低于", JX_OP_GE),
    W("不少于", JX_OP_GE), W("不小于", JX_OP_GE), W("不下于", JX_OP_GE),
    W("至少", JX_OP_GE), W("最少", JX_OP_GE), W("达到", JX_OP_GE),
    W("小于或等于", JX_OP_LE), W("小于等于", JX_OP_LE), W("不高于", JX_OP_LE),
    W("不超过", JX_OP_LE), W("不多于", JX_OP_LE), W("不大于", JX_OP_LE),
    W("最多", JX_OP_LE), W("至多", JX_OP_LE), W("控制在", JX_OP_LE),
    W("高于", JX_OP_GT), W("超过", JX_OP_GT), W("多于", JX_OP_GT),
    W("大于", JX_OP_GT), W("低于", JX_OP_LT), W("少于", JX_OP_LT),
    W("小于", JX_OP_LT), W("约为", JX_OP_APPROX), W("大约", JX_OP_APPROX),
    W("约", JX_OP_APPROX), W("接近", JX_OP_APPROX), W("等于", JX_OP_EQ),
    W("为", JX_OP_EQ),
};

/* Written after the number and unit. */
static const op_word post_words[] = {
    W("及以上", JX_OP_GE), W("以上", JX_OP_GE), W("之上", JX_OP_GE),
    W("及以下", JX_OP_LE), W("以下", JX_OP_LE), W("以内", JX_OP_LE),
    W("之内", JX_OP_LE), W("内", JX_OP_LE), W("左右", JX_OP_APPROX),
    W("上下", JX_OP_APPROX),
};

/* Operator symbol(s) ending right before i (spaces skipped).  Returns the
 * op and sets *start to the symbol's first code point. */
static jx_op symbol_before(const scan *s, size_t i, size_t lo, size_t *start)
{
    size_t j = i;
    while (j > lo && s->c[j - 1].cp == ' ')
        j--;
    if (j == lo)
        return JX_OP_NONE;
    uint32_t a = s->c[j - 1].cp, b = j - 1 > lo ? s->c[j - 2].cp : 0;
    *start = j - 1;
    if (a == '=' && (b == '>' || b == '<' || b == 0x2265 || b == 0x2264)) {
        *start = j - 2;
        return b == '>' || b == 0x2265 ? JX_OP_GE : JX_OP_LE;
    }
    switch (a) {
    case 0x2265: return JX_OP_GE;
    case 0x2264: return JX_OP_LE;
    case '>': return JX_OP_GT;
    case '<': return JX_OP_LT;
    case '=': return JX_OP_EQ;
    case 0x2248: case '~': return j - 1 == lo || s->c[j - 2].cp == ' ' ||
                                  is_sep(s->c[j - 2].cp) || !is_digit(b)
                                  ? JX_OP_APPROX : JX_OP_NONE;
    default: return JX_OP_NONE;
    }
}

/* An operator word before i: right before it, or apart from it by a short
 * phrase ending in 的 ("不低于合同金额的50%").  Sets *start. */
static jx_op word_before(const scan *s, size_t i, size_t lo, size_t *start)
{
    size_t j = i;
    while (j > lo && s->c[j - 1].cp == ' ')
        j--;
    /* a word ends before code point g only where the byte before g is its
     * last byte: a filter on that byte's low six bits, made once */
    static _Atomic uint64_t last_bits;
    uint64_t last = atomic_load_explicit(&last_bits, memory_order_relaxed);
    if (!last) {
        for (size_t w = 0; w < JX_ARRAY_LEN(pre_words); w++)
            last |= 1ull << ((unsigned char)pre_words[w].text[pre_words[w].len - 1] & 63);
        atomic_store_explicit(&last_bits, last, memory_order_relaxed);
    }
#define MAY_END_BEFORE(g) \
    (s->c[g].off > 0 && (last >> ((unsigned char)s->raw[s->c[g].off - 1] & 63) & 1))
    for (size_t w = 0; MAY_END_BEFORE(j) && w < JX_ARRAY_LEN(pre_words); w++) {
        long k = ends_before_n(s, j, lo, pre_words[w].text, pre_words[w].len);
        if (k >= 0) {
            *start = (size_t)k;
            return pre_words[w].op;
        }
    }
    if (j > lo && s->c[j - 1].cp == 0x7684 /* 的 */) {
        size_t gap_lo = j > lo + 12 ? j - 12 : lo;
        for (size_t g = j - 1; g > gap_lo; g--) {
            for (size_t w = 0; MAY_END_BEFORE(g) && w < JX_ARRAY_LEN(pre_words); w++) {
                long k = ends_before_n(s, g, lo, pre_words[w].text, pre_words[w].len);
                if (k >= 0) {
                    *start = (size_t)k;
                    return pre_words[w].op;
                }
            }
        }
    }
#undef MAY_END_BEFORE
    return JX_OP_NONE;
}

/* ---- dates ---- */

/* "2020年10月" at i: returns the index after it (after 年 if no month). */
static size_t read_date(const scan *s, size_t i, int *year, int *month)
{
    size_t j = i;
    int y = 0, d = 0;
    while (j < s->n && is_digit(s->c[j].cp) && d < 5) {
        y = y * 10 + (int)(s->c[j].cp - '0');
        j++, d++;
    }
    if (d != 4 || y < 1900 || y > 2199 || j >= s->n || s->c[j].cp != 0x5E74 /* 年 */)
        return i;
    j++;
    *year = y;
    *month = 0;
    size_t k = j;
    int m = 0, md = 0;
    while (k < s->n && is_digit(s->c[k].cp) && md < 3) {
        m = m * 10 + (int)(s->c[k].cp - '0');
        k++, md++;
    }
    if (md && m >= 1 && m <= 12 && k < s->n && s->c[k].cp == 0x6708 /* 月 */) {
        *month = m;
        j = k + 1;
    }
    return j;
}

/* ---- due dates ---- */

static int days_in(int y, int m)
{
    static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && (!y || (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0))))
        return 29;
    return d[(m - 1) % 12];
}

static size_t read_digits(const scan *s, size_t i, int max, int *out)
{
    int v = 0, d = 0;
    while (i < s->n && is_digit(s->c[i].cp) && d < max) {
        v = v * 10 + (int)(s->c[i].cp - '0');
        i++, d++;
    }
    *out = d ? v : -1;
    return i;
}

/*
 * A due date at i: [YYYY年]M月(D日|D号|底|末)[前|之前|以前|止], or
 * YYYY年M月 followed by 前/完成.  A deadline written as a date is a
 * target "on or before" it (2023年12月31日前完成, 12月底前, 2021年9月底);
 * an actual written so is the completion date (11月20日, 2023年11月完成).
 * Sets *date to YYYYMMDD (MMDD without a year; 月底: the month's last
 * day) and returns the index after it, or i when there is none.
 */
static size_t read_due(const scan *s, size_t i, double *date)
{
    int y = 0, m, d = 0, end = 0, before = 0;
    size_t j = i;
    size_t k = read_digits(s, j, 4, &y);
    if (k - j == 4 && k < s->n && s->c[k].cp == 0x5E74 /* 年 */) {
        j = k + 1;
    } else {
        y = 0;
    }
    k = read_digits(s, j, 2, &m);
    if (m < 1 || m > 12 || k >= s->n || s->c[k].cp != 0x6708 /* 月 */)
        return i;
    j = k + 1;
    k = read_digits(s, j, 2, &d);
    if (d >= 1 && d <= 31 && k < s->n && (s->c[k].cp == 0x65E5 || s->c[k].cp == 0x53F7)) {
        j = k + 1; /* 日 号 */
    } else if (j < s->n && (s->c[j].cp == 0x5E95 || s->c[j].cp == 0x672B)) {
        end = 1; /* 底 末 */
        j++;
        d = 0;
    } else {
        d = 0;
    }
    if (at(s, j, "之前") || at(s, j, "以前")) {
        before = 1;
        j += 2;
    }
    if (!before && j < s->n && (s->c[j].cp == 0x524D /* 前 */ || s->c[j].cp == 0x6B62 /* 止 */)) {
        before = 1;
        j++;
    }
    int done = at(s, j, "完成");
    if (!d && !end && !before && !(y && done))
        return i; /* a plain month (12月), or 2020年10月 in a period */
    if (!d)
        d = days_in(y, m);
    *date = (double)y * 10000 + m * 100 + d;
    return j;
}

/* ---- words ---- */

/* A mark that stands for no value: … . 。 / ／ - — – * x X × · space _ ? ？ */
static int placeholder_mark(uint32_t cp)
{
    switch (cp) {
    case 0x2026: case '.': case 0x3002: case '/': case 0xFF0F: case '-':
    case 0x2014: case 0x2013: case '*': case 'x': case 'X': case 0xD7:
    case 0xB7: case ' ': case '_': case '?': case 0xFF1F:
        return 1;
    default:
        return 0;
    }
}

static int all_marks(const scan *s, size_t lo, size_t hi)
{
    if (lo >= hi)
        return 0;
    for (size_t i = lo; i < hi; i++)
        if (!placeholder_mark(s->c[i].cp))
            return 0;
    return 1;
}

/* Does any of the n words stand in code points [lo, hi)? */
static int contains_any(const scan *s, size_t lo, size_t hi, const lit *w, size_t n,
                        lead_index *ix)
{
    uint64_t first = lead_index_of(w, n, ix);
    size_t b = s->c[hi].off;
    for (size_t i = lo; i < hi; i++) {
        unsigned bits = char_bits(s, i);
        if (!(first >> bits & 1))
            continue;
        size_t off = s->c[i].off;
        for (uint64_t m = lead_words(ix, bits); m; m &= m - 1) {
            size_t k = low_bit(m);
            if (off + w[k].len <= b && s->raw[off] == w[k].s[0] &&
                memcmp(s->raw + off, w[k].s, w[k].len) == 0)
                return 1;
        }
    }
    return 0;
}

static int is_placeholder(const scan *s, size_t lo, size_t hi)
{
    if (all_marks(s, lo, hi))
        return 1;
    static const lit words[] = {LIT("无"), LIT("暂无"), LIT("略"), LIT("待定"), LIT("空"),
                                LIT("N/A"), LIT("n/a"), LIT("NA"), LIT("null"), LIT("NULL"),
                                LIT("XX"), LIT("xx")};
    size_t a = s->c[lo].off, b = s->c[hi].off;
    if (b - a > 6)
        return 0; /* longer than every word */
    switch ((unsigned char)s->raw[a]) {
    case 0xE5: case 0xE6: case 0xE7: case 'N': case 'n': case 'X': case 'x':
        break; /* the words' first bytes */
    default:
        return 0;
    }
    for (size_t w = 0; w < JX_ARRAY_LEN(words); w++)
        if (b - a == words[w].len && s->raw[a] == words[w].s[0] &&
            memcmp(s->raw + a, words[w].s, b - a) == 0)
            return 1;
    return 0;
}

/* A word or mark a text does not end with unless it was cut short. */
static int dangling(uint32_t cp)
{
    switch (cp) {
    case 0x7684 /* 的 */: case 0x548C /* 和 */: case 0x4E0E /* 与 */: case 0x53CA /* 及 */:
    case 0x6216 /* 或 */: case 0x5BF9 /* 对 */: case 0x5C06 /* 将 */: case 0x628A /* 把 */:
    case 0x88AB /* 被 */: case 0x4E8E /* 于 */: case 0x4ECE /* 从 */: case 0x5411 /* 向 */:
    case 0x5E76 /* 并 */: case 0x4E14 /* 且 */: case 0x4E4B /* 之 */: case 0x5176 /* 其 */:
    case 0x6BCF /* 每 */: case 0x5404 /* 各 */: case 0x8BE5 /* 该 */: case 0x3001 /* 、 */:
    case 0xFF0C /* ， */: case ',': case 0xFF1A /* ： */: case ':': case 0xFF08: case '(':
    case 0x201C: case 0x300A: case 0x2265: case 0x2264: case '>': case '<': case '=':
    case 0x2248: case '-': case '+': case '*':
        return 1;
    default:
        return 0;
    }
}

/* Why the text looks cut short, or NULL. */
static const char *damage_of(const scan *s, size_t lo, size_t hi)
{
    int paren = 0, quote = 0, book = 0;
    for (size_t i = lo; i < hi; i++) {
        switch (s->c[i].cp) {
        case '(': case 0xFF08: paren++; break;
        case ')': case 0xFF09: paren--; break;
        case 0x201C: quote++; break;
        case 0x201D: quote--; break;
        case 0x300A: book++; break;
        case 0x300B: book--; break;
        }
    }
    if (paren > 0 || quote > 0 || book > 0)
        return "括号或引号未闭合";
    uint32_t last = s->c[hi - 1].cp;
    if (dangling(last))
        return "以虚词或标点结尾，疑似被截断";
    /* "次年全": 全 after a time word; 安全 齐全 健全 完全 are whole words */
    if (last == 0x5168 /* 全 */ && hi - lo >= 2) {
        uint32_t prev = s->c[hi - 2].cp;
        if (prev == 0x5E74 || prev == 0x6708 || prev == 0x65E5 ||
            prev == 0x6B21 || prev == 0x90E8 || prev == 0x9762)
            return "以“全”结尾，疑似被截断（如“次年全…”）";
    }
    return NULL;
}

/* How indicator names end: such a cell names an indicator, it is not a
 * qualitative target (培训场次, 患者满意度, 专项资金细化率). */
static const lit name_endings[] = {
    LIT("率"), LIT("度"), LIT("数"), LIT("量"), LIT("性"), LIT("费"), LIT("额"),
    LIT("比例"), LIT("比重"), LIT("情况"), LIT("人次"), LIT("场次"), LIT("天数"),
    LIT("时间"), LIT("指标"), LIT("名称"), LIT("成本"), LIT("资金"), LIT("人员"),
    LIT("人口"), LIT("事项"), LIT("项目"), LIT("工资"), LIT("补贴"), LIT("经费"),
};

static const lit time_words[] = {
    LIT("即时"), LIT("及时"), LIT("按时"), LIT("按期"), LIT("准时"), LIT("规定时间"),
    LIT("规定期限"), LIT("限时"), LIT("实时"), LIT("当日"), LIT("当天"), LIT("当月"),
    LIT("年底前"), LIT("年底"), LIT("年内"), LIT("月底前"), LIT("季度内"), LIT("工作日内"),
    LIT("期限内"),
};

_Static_assert(JX_ARRAY_LEN(time_words) <= 64, "a lead_index holds 64 words");

/* ---- thresholds ---- */

static void set_span(jx_threshold *t, const scan *s, size_t a, size_t b)
{
    t->off = s->c[a].off;
    t->len = s->c[b].off - s->c[a].off;
}

static void set_subject(jx_threshold *t, const scan *s, size_t lo, size_t hi)
{
    /* trim spaces, colons and a leading "指标N：" index */
    while (lo < hi && (s->c[lo].cp == ' ' || s->c[lo].cp == 0xFF1A || s->c[lo].cp == ':'))
        lo++;
    while (hi > lo && (s->c[hi - 1].cp == ' ' || s->c[hi - 1].cp == 0xFF1A ||
                       s->c[hi - 1].cp == ':'))
        hi--;
    t->subj_off = s->c[lo].off;
    t->subj_len = s->c[hi].off - s->c[lo].off;
}

/*
 * Reads the threshold whose number starts at i (clause starts at lo).
 * Returns the index after it, or i when the number is not a threshold.
 */
static size_t read_threshold(const scan *s, size_t lo, size_t i, jx_threshold *t)
{
    memset(t, 0, sizeof *t);
    size_t num = i, start = i;
    int neg = 0;
    if (i > lo && s->c[i - 1].cp == '-' && (i - 1 == lo || !is_digit(s->c[i - 2].cp))) {
        neg = 1;
        num = start = i - 1;
    }
    double a;
    size_t j = read_number(s, i, &a);
    if (j == i)
        return i;
    if (neg)
        a = -a;

    /* operator before */
    size_t op_at = num;
    jx_op op = symbol_before(s, num, lo, &op_at);
    if (op == JX_OP_NONE)
        op = word_before(s, num, lo, &op_at);
    if (op != JX_OP_NONE)
        start = op_at;

    /* product a*b */
    double mul = 1, b = a;
    int product = 0;
    if (j + 1 < s->n && (s->c[j].cp == '*' || s->c[j].cp == 0xD7 ||
                         s->c[j].cp == 'x' || s->c[j].cp == 'X') &&
        is_digit(s->c[j + 1].cp)) {
        size_t k = read_number(s, j + 1, &b);
        if (k > j + 1) {
            product = 1;
            t->factors[0] = a;
            t->factors[1] = b;
            j = k;
        }
    }
    size_t u = read_unit(s, j, t, &mul);
    if (u == j) {
        /* "95 %", "100 万元", "≤ 2 小时": a space before the unit */
        size_t sp = skip_space(s, j);
        if (sp > j) {
            size_t u2 = read_unit(s, sp, t, &mul);
            if (u2 > sp)
                u = u2;
        }
    }
    j = u;

    /* range a-b, a~b, a至b */
    double hi_v = NAN;
    if (!product && j < s->n) {
        size_t r = j;
        uint32_t c = s->c[r].cp;
        int dash = c == '-' || c == '~' || c == 0x2014 || c == 0x2013 ||
                   c == 0x81F3 /* 至 */ || c == 0x5230 /* 到 */;
        if (dash) {
            r = skip_space(s, r + 1);
            if (r < s->n && s->c[r].cp == 0x2014)
                r++; /* —— */
            double v2;
            size_t k = read_number(s, r, &v2);
            if (k > r) {
                jx_threshold t2;
                memset(&t2, 0, sizeof t2);
                double mul2 = 1;
                size_t k2 = read_unit(s, k, &t2, &mul2);
                if (!t->unit[0] && t2.unit[0]) {
                    memcpy(t->unit, t2.unit, sizeof t->unit);
                    t->scaled = t2.scaled;
                    mul = mul2;
                }
                hi_v = v2 * (t2.unit[0] ? mul2 : mul);
                j = k2;
                op = JX_OP_RANGE;
            }
        }
    }

    /* operator word after */
    size_t pj = skip_space(s, j);
    for (size_t w = 0; pj < s->n && w < JX_ARRAY_LEN(post_words); w++) {
        if (at_n(s, pj, post_words[w].text, post_words[w].len)) {
            /* 以内 after 控制在/在/为/达到 wins; a real symbol before wins */
            int pre_weak = op == JX_OP_NONE || op == JX_OP_EQ ||
                           (op_at < num && (at(s, op_at, "控制在") || at(s, op_at, "达到")));
            if (op == JX_OP_RANGE)
                break;
            if (pre_weak || op == post_words[w].op)
                op = post_words[w].op;
            j = after_n(s, pj, post_words[w].len);
            break;
        }
    }
    if (op == JX_OP_NONE) {
        op = JX_OP_EQ;
        t->implied = 1;
    }
    t->op = op;
    t->product = (uint8_t)product;
    t->value = (product ? a * b : a) * mul;
    if (product) {
        t->factors[0] = a;
        t->factors[1] = b;
    }
    t->value_max = op == JX_OP_RANGE ? hi_v : t->value;
    if (op == JX_OP_RANGE && t->value_max < t->value) {
        double x = t->value;
        t->value = t->value_max;
        t->value_max = x;
    }
    set_span(t, s, start, j);
    set_subject(t, s, lo, start);
    return j;
}

/* ---- the parse ---- */

static void classify_words(const scan *s, size_t lo, size_t hi, jx_value *v)
{
    size_t st;
    if ((symbol_before(s, hi, lo, &st) != JX_OP_NONE ||
         word_before(s, hi, lo, &st) != JX_OP_NONE) && st == lo) {
        v->kind = JX_V_DAMAGED;
        v->damage = "只有比较符号，没有数值";
        return;
    }
    const char *why = damage_of(s, lo, hi);
    if (why) {
        v->kind = JX_V_DAMAGED;
        v->damage = why;
        return;
    }
    static lead_index time_ix;
    if (contains_any(s, lo, hi, time_words, JX_ARRAY_LEN(time_words), &time_ix)) {
        v->kind = JX_V_TIME;
        return;
    }
    /* a short phrase without clause punctuation is a qualitative word
     * (whether the pack knows the word is the checks' business); one that
     * ends like an indicator's name (…率, …满意度, …人数) is not a target */
    int sep = 0;
    for (size_t i = lo; i < hi; i++)
        if (is_sep(s->c[i].cp) || s->c[i].cp == '=' || s->c[i].cp == 0xFF1A)
            sep = 1;
    v->kind = !sep && hi - lo <= 8 ? JX_V_QUAL : JX_V_TEXT;
    /* a word ends the text only if its last byte does: a filter on that
     * byte's low six bits, made once */
    static _Atomic uint64_t ending_bits;
    uint64_t ends = atomic_load_explicit(&ending_bits, memory_order_relaxed);
    if (!ends) {
        for (size_t w = 0; w < JX_ARRAY_LEN(name_endings); w++)
            ends |= 1ull << ((unsigned char)name_endings[w].s[name_endings[w].len - 1] & 63);
        atomic_store_explicit(&ending_bits, ends, memory_order_relaxed);
    }
    if (v->kind == JX_V_QUAL && (ends >> ((unsigned char)s->raw[s->c[hi].off - 1] & 63) & 1)) {
        for (size_t w = 0; w < JX_ARRAY_LEN(name_endings); w++)
            if (ends_before_n(s, hi, lo, name_endings[w].s, name_endings[w].len) >= 0) {
                v->kind = JX_V_TEXT;
                break;
            }
    }
}

static int is_formula(const scan *s, uint32_t off, uint32_t len)
{
    /* "=", "＝" (EF BC 9D), "×" (C3 97), "÷" (C3 B7), "/" in one pass */
    const unsigned char *u = (const unsigned char *)s->raw;
    for (uint32_t k = off; k < off + len; k++) {
        switch (u[k]) {
        case '=': case '/': return 1;
        case 0xC3:
            if (k + 2 <= off + len && (u[k + 1] == 0x97 || u[k + 1] == 0xB7))
                return 1;
            break;
        case 0xEF:
            if (k + 3 <= off + len && u[k + 1] == 0xBC && u[k + 2] == 0x9D)
                return 1;
            break;
        }
    }
    return 0;
}

/* ---- change targets ---- */

static const lit base_words[] = {LIT("同比"), LIT("较上年"), LIT("比上年"), LIT("与上年相比"),
                                 LIT("较去年"), LIT("比去年"), LIT("较上一年"), LIT("上年")};
static const lit down_words[] = {LIT("下降"), LIT("降低"), LIT("减少"), LIT("压减"), LIT("缩减")};
static const lit up_words[] = {LIT("提高"), LIT("增长"), LIT("增加"), LIT("上升"), LIT("提升")};
static const lit year_words[] = {LIT("上年"), LIT("去年")};

_Static_assert(JX_ARRAY_LEN(base_words) <= 64 && JX_ARRAY_LEN(down_words) <= 64 &&
               JX_ARRAY_LEN(up_words) <= 64 && JX_ARRAY_LEN(year_words) <= 64,
               "a lead_index holds 64 words");

/* The first code point in [lo, hi) where one of the n words starts. */
static long find_any(const scan *s, size_t lo, size_t hi, const lit *w, size_t n,
                     lead_index *ix)
{
    uint64_t first = lead_index_of(w, n, ix);
    for (size_t i = lo; i < hi; i++) {
        unsigned bits = char_bits(s, i);
        if (!(first >> bits & 1))
            continue;
        for (uint64_t m = lead_words(ix, bits); m; m &= m - 1) {
            size_t k = low_bit(m);
            if (at_n(s, i, w[k].s, w[k].len))
                return (long)i;
        }
    }
    return -1;
}

/*
 * 同比下降5%, 较上年提高, ≤上年: the target bounds the change on the
 * previous year, in % ((本年−上年)÷上年×100).  下降5% is a change of at
 * most −5 (≤ −5); 提高 without a number is > 0; ≤上年 is ≤ 0.
 */
static void change_target(const scan *s, size_t lo, size_t hi, jx_value *v)
{
    static lead_index base_ix, down_ix, up_ix, year_ix;
    long b = find_any(s, lo, hi, base_words, JX_ARRAY_LEN(base_words), &base_ix);
    if (b < 0 || v->n > 1 || (v->n == 1 && strcmp(v->t[0].unit, "%") &&
                              strcmp(v->t[0].unit, "百分点") && v->t[0].unit[0]))
        return;
    long dn = find_any(s, (size_t)b, hi, down_words, JX_ARRAY_LEN(down_words), &down_ix);
    long up = find_any(s, (size_t)b, hi, up_words, JX_ARRAY_LEN(up_words), &up_ix);
    jx_threshold *t = &v->t[0];
    if (v->n == 1) {
        if (dn < 0 && up < 0)
            return;
        if (dn >= 0 && (up < 0 || dn < up)) {
            /* 下降5% (at least 5): change ≤ −5; 下降不超过5%: ≥ −5 */
            jx_op op = t->op == JX_OP_LE ? JX_OP_GE : t->op == JX_OP_LT ? JX_OP_GT
                       : t->op == JX_OP_GT ? JX_OP_LT : JX_OP_LE;
            t->op = op;
            t->value = t->value_max = -t->value;
        } else if (t->op == JX_OP_EQ && t->implied) {
            t->op = JX_OP_GE;
        }
        t->implied = 0;
        if (!t->unit[0])
            memcpy(t->unit, "%", 2);
        v->change = 1;
        return;
    }
    /* no number: a direction or a comparison with 上年 */
    size_t st = 0;
    jx_op op = JX_OP_NONE;
    long base = find_any(s, lo, hi, year_words, JX_ARRAY_LEN(year_words), &year_ix);
    if (base >= 0) {
        op = symbol_before(s, (size_t)base, lo, &st);
        if (op == JX_OP_NONE)
            op = word_before(s, (size_t)base, lo, &st);
    }
    if (op == JX_OP_NONE && dn >= 0)
        op = JX_OP_LT;
    else if (op == JX_OP_NONE && up >= 0)
        op = JX_OP_GT;
    if (op == JX_OP_NONE || op == JX_OP_APPROX)
        return;
    memset(t, 0, sizeof *t);
    t->op = op;
    memcpy(t->unit, "%", 2);
    set_span(t, s, lo, hi);
    v->n = 1;
    v->change = 1;
}

static int subject_has(const scan *s, const jx_threshold *t, const char *w)
{
    size_t wl = strlen(w);
    for (uint32_t k = t->subj_off; k + wl <= t->subj_off + t->subj_len; k++)
        if (s->raw[k] == w[0] && !memcmp(s->raw + k, w, wl))
            return 1;
    return 0;
}

/*
 * 本年数：120；上年数：100 (the template's cell for a 变动率 indicator):
 * the actual is the change, (本年−上年)÷上年×100 %, computed here so an
 * officer never computes it by hand (rule: 部门整体绩效目标申报表 变动率 =
 * （本年数−上年数）÷上年数×100%).  The text keeps both numbers for the
 * explanation.
 */
static void year_pair(const scan *s, jx_value *v)
{
    if (v->n != 2 || v->change || !subject_has(s, &v->t[0], "本年") ||
        !subject_has(s, &v->t[1], "上年") || strcmp(v->t[0].unit, v->t[1].unit) ||
        v->t[1].value == 0)
        return;
    double rate = (v->t[0].value - v->t[1].value) / v->t[1].value * 100;
    jx_threshold *t = &v->t[0];
    t->op = JX_OP_EQ;
    t->implied = 1;
    t->value = t->value_max = rate;
    memcpy(t->unit, "%", 2);
    uint32_t end = v->t[1].off + v->t[1].len;
    if (t->subj_len)
        t->off = t->subj_off;
    t->len = end - t->off;
    t->subj_off = t->subj_len = 0;
    v->n = 1;
    v->change = 1;
}

static void parse_scanned(const scan *s, jx_value *v)
{
    size_t lo = 0, hi = s->n;
    while (lo < hi && s->c[lo].cp == ' ')
        lo++;
    while (hi > lo && s->c[hi - 1].cp == ' ')
        hi--;
    if (lo == hi) {
        v->kind = JX_V_EMPTY;
        return;
    }
    /* "指标2：" index prefix: only a placeholder when nothing follows */
    if (at_n(s, lo, "指标", sizeof "指标" - 1)) {
        size_t k = lo + 2;
        while (k < hi && is_digit(s->c[k].cp))
            k++;
        if (k > lo + 2 && k < hi && (s->c[k].cp == 0xFF1A || s->c[k].cp == ':')) {
            k = skip_space(s, k + 1);
            if (k >= hi) {
                v->kind = JX_V_PLACEHOLDER;
                return;
            }
            lo = k;
        }
    }
    if (is_placeholder(s, lo, hi)) {
        v->kind = JX_V_PLACEHOLDER;
        return;
    }

    size_t clause = lo, dates = 0;
    for (size_t i = lo; i < hi;) {
        uint32_t cp = s->c[i].cp;
        if (is_sep(cp) && !(cp == ',' && i > lo && is_digit(s->c[i - 1].cp) &&
                            i + 1 < hi && is_digit(s->c[i + 1].cp))) {
            clause = ++i;
            continue;
        }
        if (!is_digit(cp)) {
            i++;
            continue;
        }
        double due;
        size_t dd = read_due(s, i, &due);
        if (dd > i) {
            jx_threshold t;
            memset(&t, 0, sizeof t);
            t.op = JX_OP_LE;
            t.value = t.value_max = due;
            memcpy(t.unit, "日期", sizeof "日期");
            set_span(&t, s, i, dd);
            set_subject(&t, s, clause, i);
            if (v->n < JX_MAX_THRESHOLDS)
                v->t[v->n++] = t;
            i = clause = dd;
            continue;
        }
        int y, m;
        size_t d = read_date(s, i, &y, &m);
        if (d > i) {
            if (!dates) {
                v->from_year = (int16_t)y, v->from_month = (int16_t)m;
            } else {
                v->to_year = (int16_t)y, v->to_month = (int16_t)m;
            }
            dates++;
            i = clause = d;
            continue;
        }
        jx_threshold t;
        size_t j = read_threshold(s, clause, i, &t);
        if (j == i) {
            i++;
            continue;
        }
        if (t.implied && is_formula(s, t.subj_off, t.subj_len)) {
            i = j; /* "预算执行率=（预算执行数/预算数）×100%": a formula, not a target */
            continue;
        }
        if (v->n < JX_MAX_THRESHOLDS)
            v->t[v->n++] = t;
        else
            v->overflow = 1;
        i = clause = j;
    }
    change_target(s, lo, hi, v);
    year_pair(s, v);
    if (v->n) {
        int all_dates = 1;
        for (unsigned k = 0; k < v->n; k++)
            all_dates &= !strcmp(v->t[k].unit, "日期");
        v->kind = all_dates ? JX_V_TIME : JX_V_QUANT;
        return;
    }
    if (dates) {
        v->kind = JX_V_TIME;
        return;
    }
    classify_words(s, lo, hi, v);
}

/*
 * "188.34", "07", "300003", "≥95%", "<5%": the amounts and codes of a
 * budget table and the commonest targets, most of the cells a reader
 * classifies.  An optional sign (≥ ≤ > <, as written), digits with at most
 * one "." between digits (at most 15 digits), an optional ASCII "%":
 * parse_scanned finds no date, no operator word, no other unit, no range
 * and no change word in them and makes one threshold of the whole text:
 * the sign's operator (else an implied "="), the number read_number reads,
 * unit "%" or none.  Returns 0 when s is not such a text.
 */
static int simple_value(const char *s, size_t n, jx_threshold *t)
{
    static const double p10[] = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7,
                                 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0, e = n;
    jx_op op = JX_OP_NONE;
    if (n > 20)
        return 0;
    if (u[0] == '>' || u[0] == '<') {
        op = u[0] == '>' ? JX_OP_GT : JX_OP_LT;
        i = 1;
    } else if (n > 3 && u[0] == 0xE2 && u[1] == 0x89 && (u[2] == 0xA5 || u[2] == 0xA4)) {
        op = u[2] == 0xA5 ? JX_OP_GE : JX_OP_LE; /* ≥ ≤ */
        i = 3;
    }
    int pct = e > i && u[e - 1] == '%';
    e -= (size_t)pct;
    if (e <= i || u[i] < '0' || u[i] > '9' || u[e - 1] < '0' || u[e - 1] > '9')
        return 0;
    uint64_t m = 0;
    size_t dot = 0;
    for (size_t k = i; k < e; k++) {
        if (u[k] >= '0' && u[k] <= '9')
            m = m * 10 + (u[k] - '0');
        else if (u[k] == '.' && !dot)
            dot = k;
        else
            return 0;
    }
    size_t digits = e - i - (dot ? 1 : 0);
    if (digits > 15)
        return 0;
    size_t frac = dot ? e - 1 - dot : 0;
    memset(t, 0, sizeof *t);
    t->op = op == JX_OP_NONE ? JX_OP_EQ : op;
    t->implied = op == JX_OP_NONE;
    t->value = t->value_max = frac ? (double)m / p10[frac] : (double)m;
    if (pct)
        memcpy(t->unit, "%", 2);
    t->len = (uint32_t)n;
    return 1;
}

jx_status jx_value_parse(const char *str, size_t len, jx_value *out, jx_error *err)
{
    /* thresholds beyond out->n are never read: zero only the header */
    memset(out, 0, offsetof(jx_value, t));
    out->raw = str ? str : "";
    out->raw_len = str ? len : 0;
    if (!str || !len)
        return JX_OK;
    if (simple_value(str, len, &out->t[0])) { /* what parse_scanned makes of it */
        out->n = 1;
        out->kind = JX_V_QUANT;
        return JX_OK;
    }
    if (len > JX_VALUE_MAX) {
        out->raw_len = 0;
        return jx_fail(err, JX_ELIMIT, NULL, 0, 0,
                       "指标值过长: %zu 字节（上限 %d）", len, JX_VALUE_MAX);
    }
    size_t bad = jx_utf8_check(str, len);
    if (bad < len) {
        char hex[40] = "";
        size_t k = 0;
        for (size_t i = bad; i < len && i < bad + 4; i++)
            k += (size_t)snprintf(hex + k, sizeof hex - k, "%s0x%02X",
                                  k ? " " : "", (unsigned char)str[i]);
        out->raw_len = 0;
        return jx_fail(err, JX_EENCODING, NULL, 0, 0,
                       "无效的 UTF-8：第 %zu 字节起 %s", bad + 1, hex);
    }

    cpt local[LOCAL_CPS + 1];
    scan s = {str, len, local, 0};
    if (len > LOCAL_CPS) { /* at most one code point per byte */
        s.c = malloc((len + 1) * sizeof *s.c);
        if (!s.c) {
            out->raw_len = 0;
            return jx_fail(err, JX_ENOMEM, NULL, 0, 0, "内存不足");
        }
    }
    const unsigned char *u = (const unsigned char *)str;
    for (size_t i = 0; i < len;) {
        /* valid UTF-8 (checked above): ASCII and CJK without a call */
        uint32_t cp;
        int k;
        if (u[i] < 0x80) {
            cp = u[i];
            k = 1;
        } else if ((u[i] & 0xF0) == 0xE0) {
            cp = ((uint32_t)(u[i] & 0x0F) << 12) | ((uint32_t)(u[i + 1] & 0x3F) << 6) |
                 (u[i + 2] & 0x3F);
            k = 3;
        } else {
            k = jx_utf8_decode(u + i, len - i, &cp);
        }
        s.c[s.n].cp = fold(cp);
        s.c[s.n].off = (uint32_t)i;
        s.n++;
        i += (size_t)k;
    }
    s.c[s.n].cp = 0;
    s.c[s.n].off = (uint32_t)len;

    parse_scanned(&s, out);
    if (s.c != local)
        free(s.c);
    return JX_OK;
}

/* ---- JSON ---- */

static void json_span(jx_buf *b, const jx_value *v, uint32_t off, uint32_t len)
{
    jx_buf_json_str(b, v->raw + off, len);
}

static void json_threshold(jx_buf *b, const jx_value *v, const jx_threshold *t)
{
    jx_buf_puts(b, "{\"op\":\"");
    jx_buf_puts(b, jx_op_name(t->op));
    jx_buf_puts(b, "\",\"symbol\":\"");
    jx_buf_puts(b, jx_op_symbol(t->op));
    jx_buf_puts(b, "\",\"value\":");
    jx_buf_json_num(b, t->value);
    if (t->op == JX_OP_RANGE) {
        jx_buf_puts(b, ",\"value_max\":");
        jx_buf_json_num(b, t->value_max);
    }
    jx_buf_puts(b, ",\"unit\":");
    jx_buf_json_str(b, t->unit, strlen(t->unit));
    jx_buf_puts(b, t->implied ? ",\"implied\":true" : ",\"implied\":false");
    if (t->scaled)
        jx_buf_puts(b, ",\"scaled\":true");
    if (!strcmp(t->unit, "日期")) {
        long d = (long)t->value;
        if (d >= 10000)
            jx_buf_printf(b, ",\"date\":\"%04ld-%02ld-%02ld\"", d / 10000, d / 100 % 100, d % 100);
        else
            jx_buf_printf(b, ",\"date\":\"--%02ld-%02ld\"", d / 100 % 100, d % 100);
    }
    if (t->product) {
        jx_buf_puts(b, ",\"product\":[");
        jx_buf_json_num(b, t->factors[0]);
        jx_buf_putc(b, ',');
        jx_buf_json_num(b, t->factors[1]);
        jx_buf_putc(b, ']');
    }
    jx_buf_puts(b, ",\"text\":");
    json_span(b, v, t->off, t->len);
    jx_buf_puts(b, ",\"subject\":");
    if (t->subj_len)
        json_span(b, v, t->subj_off, t->subj_len);
    else
        jx_buf_puts(b, "null");
    jx_buf_putc(b, '}');
}

int jx_buf_json_value(jx_buf *b, const jx_value *v)
{
    jx_buf_puts(b, "{\"raw\":");
    jx_buf_json_str(b, v->raw, v->raw_len);
    jx_buf_puts(b, ",\"kind\":\"");
    jx_buf_puts(b, jx_vkind_name(v->kind));
    jx_buf_puts(b, "\",\"thresholds\":[");
    for (unsigned i = 0; i < v->n; i++) {
        if (i)
            jx_buf_putc(b, ',');
        json_threshold(b, v, &v->t[i]);
    }
    jx_buf_putc(b, ']');
    if (v->overflow)
        jx_buf_puts(b, ",\"overflow\":true");
    if (v->from_year) {
        jx_buf_printf(b, ",\"from\":\"%04d", v->from_year);
        if (v->from_month)
            jx_buf_printf(b, "-%02d", v->from_month);
        jx_buf_putc(b, '"');
    }
    if (v->to_year) {
        jx_buf_printf(b, ",\"to\":\"%04d", v->to_year);
        if (v->to_month)
            jx_buf_printf(b, "-%02d", v->to_month);
        jx_buf_putc(b, '"');
    }
    if (v->change)
        jx_buf_puts(b, ",\"change\":true");
    if (v->damage) {
        jx_buf_puts(b, ",\"damage\":");
        jx_buf_json_str(b, v->damage, strlen(v->damage));
    }
    return jx_buf_putc(b, '}');
}

size_t jx_value_json(const jx_value *v, char *out, size_t size)
{
    jx_buf b;
    jx_buf_init(&b);
    jx_buf_json_value(&b, v);
    /* out of memory: an empty text, never a truncated one */
    size_t need = b.p && !jx_buf_failed(&b) ? b.len : 0;
    if (size) {
        size_t k = need < size - 1 ? need : size - 1;
        if (k)
            memcpy(out, b.p, k);
        out[k] = '\0';
    }
    jx_buf_free(&b);
    return need;
}
