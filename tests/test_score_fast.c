/*
 * test_score_fast.c - the fast paths of reading actuals and scoring
 * against the general ones, on generated inputs: jx_msg_format against
 * vsnprintf, values remembered per document (jx_doc_value,
 * jx_doc_set_target) against jx_value_parse, and the CSV cells cut in
 * place against a plain reference splitter.
 */
#include <criterion/criterion.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc_int.h"
#include "findings.h"
#include "jixiao/jixiao.h"

static unsigned long long rng = 88172645463325252ULL;

static unsigned long long next(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

static size_t pick(size_t n) { return (size_t)(next() % n); }

/* ---- jx_msg_format against vsnprintf ---- */

static void same_as_printf(size_t size, const char *fmt, ...)
{
    char a[700], b[700];
    va_list ap, aq;
    va_start(ap, fmt);
    va_copy(aq, ap);
    int na = jx_msg_vformat(a, size, fmt, ap);
    int nb = vsnprintf(b, size, fmt, aq);
    va_end(aq);
    va_end(ap);
    cr_assert_eq(na, nb, "%s: length %d, vsnprintf %d", fmt, na, nb);
    if (size)
        cr_assert_str_eq(a, b, "%s", fmt);
}

/* A double as the scorecard's numbers come: points and scores with few
 * decimals, eighths (ties at two decimals), values one ulp beside a
 * tie, any bits, huge, negative, zero of both signs, NaN, infinity. */
static double some_double(void)
{
    double x;
    switch (pick(9)) {
    case 0: x = (double)pick(100000) / 100; break;
    case 1: x = (double)pick(100000) / 8; break;
    case 2: x = ((double)pick(100000) + 0.5) / 100; break;
    case 3: x = nextafter(((double)pick(10000) + 0.5) / 100, pick(2) ? INFINITY : -INFINITY); break;
    case 4: {
        unsigned long long u = next();
        memcpy(&x, &u, sizeof x);
        break;
    }
    case 5: x = ldexp((double)(next() >> 11), (int)pick(80) - 60); break;
    case 6: x = (double)pick(3) == 0 ? -0.0 : 0.0; break;
    case 7: x = pick(2) ? NAN : INFINITY; break;
    default: x = (double)(next() % 100000000000000000ULL) / (double)(1 + pick(1000)); break;
    }
    return pick(3) ? x : -x;
}

Test(msg_format, numbers_as_printf)
{
    for (int i = 0; i < 200000; i++) {
        double x = some_double(), y = some_double();
        same_as_printf(600, "%.2f", x);
        same_as_printf(600, "%.1f|%.0f", x, y);
        same_as_printf(600, "%.15g", x);
        same_as_printf(600, "（%.15g 分中得 %.2f 分）", x, y);
        same_as_printf(600, "%zu 个%d%%", (size_t)next(), (int)next());
    }
}

Test(msg_format, strings_cut_as_printf)
{
    char s[400];
    for (int i = 0; i < 20000; i++) {
        size_t n = pick(sizeof s);
        for (size_t k = 0; k < n; k++)
            s[k] = "ab中文，「」%"[pick(12)];
        s[n] = '\0';
        size_t size = pick(4) ? 600 : pick(80);
        same_as_printf(size, "%s：指标「%s」未计分：%s（实际完成值「%s」）", s, s + n / 2, "x", s);
        same_as_printf(size, "%s：%.2f%s", s, some_double(), s);
        /* a conversion it leaves to vsnprintf */
        same_as_printf(size, "%5s|%x|%s", "ab", (unsigned)n, s);
    }
}

/* a NULL string is written "(null)", as glibc's printf writes it, not
 * read (no caller passes one today; a later one gets a message, not a
 * crash) */
Test(msg_format, null_string_as_glibc)
{
    char buf[64];
    const char *volatile none = NULL;
    cr_expect_eq(jx_msg_format(buf, sizeof buf, "指标「%s」%d", none, 3),
                 (int)strlen("指标「(null)」3"));
    cr_expect_str_eq(buf, "指标「(null)」3");
}

/* ---- values remembered per document ---- */

static void same_value(const jx_value *a, const jx_value *b, const char *s)
{
    cr_assert_eq(a->raw_len, b->raw_len, "%s", s);
    cr_assert(!memcmp(a->raw, b->raw, a->raw_len), "%s", s);
    cr_assert_eq(a->kind, b->kind, "%s", s);
    cr_assert_eq(a->n, b->n, "%s", s);
    cr_assert_eq(a->overflow, b->overflow, "%s", s);
    cr_assert_eq(a->from_year, b->from_year, "%s", s);
    cr_assert_eq(a->from_month, b->from_month, "%s", s);
    cr_assert_eq(a->to_year, b->to_year, "%s", s);
    cr_assert_eq(a->to_month, b->to_month, "%s", s);
    cr_assert_eq(a->damage, b->damage, "%s", s);
    cr_assert_eq(a->change, b->change, "%s", s);
    for (int i = 0; i < a->n; i++) {
        const jx_threshold *x = &a->t[i], *y = &b->t[i];
        cr_assert_eq(x->op, y->op, "%s", s);
        cr_assert_eq(x->implied, y->implied, "%s", s);
        cr_assert_eq(x->product, y->product, "%s", s);
        cr_assert_eq(x->scaled, y->scaled, "%s", s);
        cr_assert(x->value == y->value || (isnan(x->value) && isnan(y->value)), "%s", s);
        cr_assert(x->value_max == y->value_max || (isnan(x->value_max) && isnan(y->value_max)),
                  "%s", s);
        cr_assert(!memcmp(x->factors, y->factors, sizeof x->factors), "%s", s);
        cr_assert_str_eq(x->unit, y->unit, "%s", s);
        cr_assert_eq(x->off, y->off, "%s", s);
        cr_assert_eq(x->len, y->len, "%s", s);
        cr_assert_eq(x->subj_off, y->subj_off, "%s", s);
        cr_assert_eq(x->subj_len, y->subj_len, "%s", s);
    }
}

/* A 指标值 from a small vocabulary: repeats come often, as in a table. */
static void some_value(char *buf, size_t size)
{
    static const char *ops[] = {"", "≥", "≤", "约", "不低于", "=", ">", "控制在"};
    static const char *units[] = {"", "%", "万元", "人次", "个", "天", "元"};
    static const char *words[] = {"达成", "明显提高", "有效缓解", "……", "/", "部分达成",
                                  "2024年11月30日前", "同比下降5%", "较上年提高", ""};
    if (pick(3) == 0) {
        snprintf(buf, size, "%s", words[pick(sizeof words / sizeof *words)]);
        return;
    }
    int n = snprintf(buf, size, "%s%d%s%s", ops[pick(8)], (int)pick(120),
                     pick(2) ? ".5" : "", units[pick(7)]);
    if (pick(4) == 0)
        snprintf(buf + n, size - (size_t)n, "，%s%d%s", ops[pick(8)], (int)pick(50),
                 units[pick(7)]);
}

Test(value_memo, as_parsed)
{
    jx_doc *d = jx_doc_new("memo");
    cr_assert_not_null(d);
    cr_assert_not_null(jx_doc_add_table(d, JX_TABLE_PROJECT, JX_LAYOUT_RECORDS, 1));
    char s[128], copy[128];
    for (int i = 0; i < 30000; i++) {
        some_value(s, sizeof s);
        size_t n = strlen(s);
        jx_value want, got;
        jx_error e1 = {0}, e2 = {0};
        int r1 = jx_value_parse(s, n, &want, &e1);
        /* the same text at another address: a hit copies, raw is the caller's */
        memcpy(copy, s, n + 1);
        int r2 = jx_doc_value(d, copy, n, &got, &e2);
        cr_assert_eq(r1, r2, "%s", s);
        cr_assert_eq(got.raw, copy, "%s", s);
        same_value(&want, &got, s);
        jx_indicator *ind = jx_doc_add_indicator(d);
        cr_assert_not_null(ind);
        cr_assert_eq(jx_doc_set_target(d, ind, s, n, &e2), JX_OK, "%s", s);
        cr_assert_str_eq(ind->target_raw, s);
        cr_assert_eq(ind->target.raw, ind->target_raw);
        same_value(&want, &ind->target, s);
    }
    jx_doc_free(d);
}

/* ---- CSV cells cut in place ---- */

/* A field as written in the CSV (quoted when it holds a comma, a quote
 * or a line break, sometimes anyway) and as read: without the quotes,
 * "" as ", spaces trimmed. */
static void some_field(jx_buf *csv, jx_buf *want, int nonempty)
{
    static const char *bits[] = {"培训", "人次", ",", "\"", "\n", " ", "≥95%", "a", "达成", "；"};
    char f[64];
    size_t n = 0;
    int len = (int)pick(6) + nonempty;
    for (int k = 0; k < len; k++) {
        const char *b = bits[pick(10)];
        size_t bl = strlen(b);
        memcpy(f + n, b, bl);
        n += bl;
    }
    if (nonempty) /* a letter inside: not all spaces */
        f[n++] = 'x';
    int quote = pick(3) == 0;
    for (size_t k = 0; k < n; k++)
        quote |= f[k] == ',' || f[k] == '"' || f[k] == '\n';
    if (!quote) {
        jx_buf_put(csv, f, n);
    } else {
        jx_buf_putc(csv, '"');
        for (size_t k = 0; k < n; k++) {
            if (f[k] == '"')
                jx_buf_putc(csv, '"');
            jx_buf_putc(csv, f[k]);
        }
        jx_buf_putc(csv, '"');
    }
    size_t a = 0, z = n;
    while (a < z && (f[a] == ' ' || f[a] == '\t' || f[a] == '\n'))
        a++;
    while (z > a && (f[z - 1] == ' ' || f[z - 1] == '\t' || f[z - 1] == '\n'))
        z--;
    jx_buf_put(want, f + a, z - a);
    jx_buf_putc(want, '\0');
}

/* Rows of the projects and the department's (no code),
 * one after another or mixed: each row goes to its code's table, in
 * order (the table of the row before is taken again without a lookup). */
Test(csv_cells, as_split)
{
    static const char *codes[] = {"", "A-1", "A-2"};
    for (int round = 0; round < 300; round++) {
        jx_buf csv, want;
        jx_buf_init(&csv);
        jx_buf_init(&want);
        const char *eol = pick(2) ? "\r\n" : "\n";
        jx_buf_puts(&csv, "项目编码,三级指标,指标值,实际完成值,偏差原因");
        jx_buf_puts(&csv, eol);
        size_t rows = 1 + pick(30), code = pick(3);
        int row_code[32];
        for (size_t r = 0; r < rows; r++) {
            if (pick(4) == 0)
                code = pick(3);
            row_code[r] = (int)code;
            jx_buf_puts(&csv, codes[code]);
            for (int c = 0; c < 4; c++) {
                jx_buf_putc(&csv, ',');
                some_field(&csv, &want, c == 0);
            }
            if (r + 1 < rows || pick(2))
                jx_buf_puts(&csv, eol);
        }
        jx_buf_putc(&csv, '\0');
        const char *cells[32][4], *w = want.p;
        for (size_t r = 0; r < rows; r++)
            for (int c = 0; c < 4; c++) {
                cells[r][c] = w;
                w += strlen(w) + 1;
            }
        jx_doc *d = NULL;
        jx_error err = {0};
        cr_assert_eq(jx_doc_parse(csv.p, csv.len - 1, "cells.csv", NULL, &d, &err), JX_OK,
                     "%s\n%s", err.msg, csv.p);
        size_t seen = 0;
        for (size_t t = 0; t < jx_doc_ntables(d); t++) {
            const jx_table *tb = jx_doc_table(d, t);
            const char *tc = tb->code ? tb->code : "";
            size_t r = 0;
            for (size_t i = 0; i < tb->n; i++, r++, seen++) {
                while (r < rows && strcmp(codes[row_code[r]], tc))
                    r++;
                cr_assert_lt(r, rows, "table %s has too many rows:\n%s", tc, csv.p);
                const jx_indicator *ind = &tb->ind[i];
                const char *got[4] = {ind->level3, ind->target_raw, ind->actual_raw,
                                      ind->deviation ? ind->deviation : ""};
                for (int c = 0; c < 4; c++)
                    cr_assert_str_eq(got[c], cells[r][c], "row %zu column %d of\n%s", r, c,
                                     csv.p);
            }
        }
        cr_assert_eq(seen, rows, "%s", csv.p);
        jx_doc_free(d);
        jx_buf_free(&csv);
        jx_buf_free(&want);
    }
}

/* ---- 分值 of a table with many (一级, 二级) pairs ----
 * The first 16 pairs of a table are kept without the heap, more go to
 * it: a table of 40 pairs gets the same 分值 in the one call of the
 * table (national) as asked one indicator at a time (a pack whose table
 * entry fails). */

static void points_of_pairs(const char *pack, size_t pairs, double *out)
{
    static const char *const dirs[] = {JX_TEST_DATA "/packs", JX_SOURCE_DIR "/rules", NULL};
    static const char *l1[] = {"产出指标", "效益指标", "满意度指标", "成本指标"};
    jx_engine_opts o = {dirs, 0, 0};
    jx_error err = {0};
    jx_engine *e = NULL;
    cr_assert_eq(jx_engine_open(pack, &o, &e, &err), JX_OK, "%s: %s", pack, err.msg);
    jx_buf b;
    jx_buf_init(&b);
    jx_buf_puts(&b, "项目编码,项目名称,一级指标,二级指标,三级指标,年度指标值,分值\n");
    for (size_t i = 0; i < pairs; i++)
        jx_buf_printf(&b, "1-1,示例,%s,二级%zu,指标%zu,≥%zu人,%s\n", l1[i % 4], i % (pairs - 3), i,
                      i + 1, i % 7 == 3 ? "2" : "");
    jx_doc *d = NULL;
    cr_assert_eq(jx_doc_parse(b.p, b.len, "pairs.csv", NULL, &d, &err), JX_OK, "%s", err.msg);
    jx_table *t = jx_doc_table(d, 0);
    cr_assert_eq(t->n, pairs);
    cr_assert_eq(jx_engine_points(e, t, &err), JX_OK, "%s: %s", pack, err.msg);
    for (size_t i = 0; i < t->n; i++)
        out[i] = t->ind[i].points;
    jx_doc_free(d);
    jx_buf_free(&b);
    jx_engine_free(e);
}

Test(points, many_pairs_as_one_at_a_time)
{
    size_t sizes[] = {5, 16, 17, 40};
    for (size_t k = 0; k < sizeof sizes / sizeof *sizes; k++) {
        double want[40], got[40];
        points_of_pairs("points-table-error", sizes[k], want);
        points_of_pairs("national", sizes[k], got);
        for (size_t i = 0; i < sizes[k]; i++)
            cr_expect_float_eq(got[i], want[i], 1e-12, "%zu pairs, row %zu: %g, want %g",
                               sizes[k], i, got[i], want[i]);
    }
}
