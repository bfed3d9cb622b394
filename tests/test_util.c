/*
 * test_util.c - the helpers every module leans on: arena, buffer and its
 * JSON escaping, UTF-8 stepping and width, trimming, amounts, errors.
 */
#include <criterion/criterion.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "doc_int.h"
#include "util.h"

Test(arena, strings_survive_many_chunks)
{
    jx_arena a;
    jx_arena_init(&a);
    char *first = jx_arena_strdup(&a, "第一");
    for (int i = 0; i < 20000; i++)
        cr_assert(jx_arena_printf(&a, "指标%d", i));
    cr_expect_str_eq(first, "第一");
    void *big = jx_arena_alloc(&a, 3 << 20); /* larger than a chunk */
    cr_expect(big != NULL);
    cr_expect_eq(((uintptr_t)big) % 16, 0);
    cr_expect_null(jx_arena_strdup(&a, NULL));
    jx_arena_free(&a);
}

/* jx_arena_printf formats into the chunk's free room when the text fits
 * and again into a new chunk when it does not: every text, short or past
 * the room, comes back whole and stays put. */
Test(arena, printf_fits_or_not)
{
    jx_arena a;
    jx_arena_init(&a);
    static char *got[3000];
    char pad[9000];
    memset(pad, 'x', sizeof pad - 1);
    pad[sizeof pad - 1] = '\0';
    for (int i = 0; i < 3000; i++) {
        int w = (i * 7919) % (i % 50 ? 40 : 8500); /* now and then longer than a chunk */
        got[i] = jx_arena_printf(&a, "%d:%.*s|", i, w, pad);
        cr_assert(got[i]);
    }
    char want[9100];
    for (int i = 0; i < 3000; i++) {
        int w = (i * 7919) % (i % 50 ? 40 : 8500);
        snprintf(want, sizeof want, "%d:%.*s|", i, w, pad);
        cr_assert_str_eq(got[i], want, "text %d", i);
    }
    cr_expect_str_eq(jx_arena_printf(&a, "%s", ""), "");
    jx_arena_free(&a);
}

Test(buf, json_strings_are_escaped)
{
    jx_buf b;
    jx_buf_init(&b);
    const char s[] = "a\"b\\c\n\t\x01中";
    jx_buf_json_str(&b, s, sizeof s - 1);
    jx_buf_putc(&b, '\0');
    cr_expect_str_eq(b.p, "\"a\\\"b\\\\c\\n\\t\\u0001中\"");
    b.len = 0;
    jx_buf_json_str(&b, "\xff", 1); /* invalid UTF-8 never reaches JSON raw */
    jx_buf_putc(&b, '\0');
    cr_expect_str_eq(b.p, "\"\\ufffd\"");
    b.len = 0;
    jx_buf_json_num(&b, NAN);
    jx_buf_putc(&b, ',');
    jx_buf_json_num(&b, 4.69);
    jx_buf_putc(&b, ',');
    jx_buf_json_num(&b, 330000);
    jx_buf_putc(&b, '\0');
    cr_expect_str_eq(b.p, "null,4.69,330000");
    jx_buf_free(&b);
}

Test(utf8, decode_width_trim)
{
    uint32_t cp;
    cr_expect_eq(jx_utf8_decode((const unsigned char *)"≥", 3, &cp), 3);
    cr_expect_eq(cp, 0x2265);
    cr_expect_eq(jx_utf8_decode((const unsigned char *)"\xc0\xaf", 2, &cp), 0); /* overlong */
    cr_expect_eq(jx_utf8_decode((const unsigned char *)"\xed\xa0\x80", 3, &cp), 0); /* surrogate */
    cr_expect_eq(jx_utf8_width("指标值", strlen("指标值")), 6);
    cr_expect_eq(jx_utf8_width("≥95%", strlen("≥95%")), 4);
    const char *s = " \t\u3000 指标 \r";
    size_t n = strlen(s);
    jx_trim(&s, &n);
    cr_expect_eq(n, strlen("指标"));
    cr_expect(!memcmp(s, "指标", n));
}

Test(amount, as_printed_in_funds_cells)
{
    double v;
    cr_expect(jx_parse_amount("44,914.3", 8, &v));
    cr_expect_float_eq(v, 44914.3, 1e-9);
    cr_expect(jx_parse_amount("29.34万元", strlen("29.34万元"), &v));
    cr_expect_float_eq(v, 29.34, 1e-9);
    cr_expect(jx_parse_amount("1.2亿元", strlen("1.2亿元"), &v));
    cr_expect_float_eq(v, 12000, 1e-9);
    cr_expect(jx_parse_amount("5000元", strlen("5000元"), &v));
    cr_expect_float_eq(v, 0.5, 1e-9);
    cr_expect(jx_parse_amount(" ", 1, &v)); /* empty: NaN, not an error */
    cr_expect(isnan(v));
    cr_expect_not(jx_parse_amount("十", strlen("十"), &v));
    cr_expect_not(jx_parse_amount("12人", strlen("12人"), &v));
}

Test(error, format_names_file_line_cell)
{
    jx_error e = {0};
    cr_expect_eq(jx_fail(&e, JX_EINPUT, "a.csv", 3, 8, "「分值」应为数字"), JX_EINPUT);
    char buf[256];
    jx_error_format(&e, buf, sizeof buf);
    cr_expect_str_eq(buf, "a.csv:3:8: 「分值」应为数字");
    jx_fail(&e, JX_EIO, "b.txt", 0, 0, "无法打开");
    jx_error_format(&e, buf, sizeof buf);
    cr_expect_str_eq(buf, "b.txt: 无法打开");
    cr_expect_str_eq(jx_status_name(JX_EENCODING), "encoding");
}

/* ---- issue 11: sizes, sticky buffer errors, the map, the input cap ---- */

Test(size, checked_arithmetic)
{
    size_t r = 0;
    cr_expect(jx_mul_ok(3, 5, &r));
    cr_expect_eq(r, 15);
    cr_expect_not(jx_mul_ok(SIZE_MAX / 2 + 1, 2, &r));
    cr_expect(jx_mul_ok(SIZE_MAX, 0, &r));
    cr_expect_eq(r, 0);
    cr_expect(jx_add_ok(SIZE_MAX - 1, 1, &r));
    cr_expect_eq(r, SIZE_MAX);
    cr_expect_not(jx_add_ok(SIZE_MAX, 1, &r));
}

Test(buf, failure_is_sticky)
{
    jx_buf b;
    jx_buf_init(&b);
    cr_expect_eq(jx_buf_puts(&b, "{\"a\":"), 0);
    cr_expect_not(jx_buf_failed(&b));
    /* a request no allocator can meet fails the buffer ... */
    cr_expect_eq(jx_buf_reserve(&b, SIZE_MAX - 8), -1);
    cr_expect(jx_buf_failed(&b));
    /* ... and every later append is a no-op, even a small one */
    cr_expect_eq(jx_buf_puts(&b, "1}"), -1);
    cr_expect_eq(jx_buf_printf(&b, "%d", 7), -1);
    cr_expect_eq(jx_buf_json_num(&b, 2.5), -1);
    cr_expect_eq(b.len, 5);
    cr_expect_str_eq(b.p, "{\"a\":");
    jx_buf_rewind(&b, 1);
    cr_expect_not(jx_buf_failed(&b));
    cr_expect_eq(jx_buf_puts(&b, "}"), 0);
    cr_expect_str_eq(b.p, "{}");
    jx_buf_free(&b);
}

Test(buf, json_num_out_of_long_long_range)
{
    /* 68 nines, 1e300, -1e19: the integer path is for |d| < 1e15 only
     * (UBSan flags the old (long long) cast of these) */
    static const struct { double d; const char *want; } c[] = {
        {1e68, "1e+68"}, {1e300, "1e+300"}, {-1e19, "-1e+19"},
        {9223372036854775808.0, "9.223372036854776e+18"} /* 2^63: 16 digits round-trip */, {1e15, "1e+15"},
        {999999999999999.0, "999999999999999"}, {-3, "-3"}, {0.1, "0.1"},
    };
    for (size_t i = 0; i < sizeof c / sizeof c[0]; i++) {
        jx_buf b;
        jx_buf_init(&b);
        cr_expect_eq(jx_buf_json_num(&b, c[i].d), 0);
        cr_expect_str_eq(b.p, c[i].want);
        jx_buf_free(&b);
    }
}

/* The short-decimal path of jx_buf_json_num writes what the %.15g ..
 * %.17g loop writes (issue 16: it skips snprintf and strtod). */
static void num_by_printf(char *tmp, double d)
{
    for (int prec = 15; prec <= 17; prec++) {
        snprintf(tmp, 32, "%.*g", prec, d);
        if (strtod(tmp, NULL) == d)
            break;
    }
}

Test(buf, json_num_short_decimals_as_printf)
{
    static const double edge[] = {
        0.1, 0.2, 0.1 + 0.2, 1e-4, 1.5e-4, 9.9e-5, 5e-5, 0.00012345678, 2.675, 1.005,
        0.125, 33.333333, 66.67, 1 / 3.0, 99999999999999.9, 999999999999999.9,
        123456789.12345678, 0.30000001, 4.69, 95.5, 1e14 + 0.5,
    };
    jx_buf b;
    jx_buf_init(&b);
    char want[32];
    for (int sign = 0; sign < 2; sign++) {
        for (size_t i = 0; i < sizeof edge / sizeof edge[0]; i++) {
            double d = sign ? -edge[i] : edge[i];
            b.len = 0;
            jx_buf_json_num(&b, d);
            num_by_printf(want, d);
            cr_expect_str_eq(b.p, want, "%.17g", d);
        }
        /* m / 10^k over a sweep of m and every k the path takes, and past it */
        uint64_t m = 1;
        for (int it = 0; it < 20000; it++) {
            m = m * 6364136223846793005ull + 1442695040888963407ull;
            double d = (double)((m >> 11) % (it % 3 ? 100000 : 1000000000000000ull));
            for (int k = 0; k < it % 11; k++)
                d /= 10;
            if (sign)
                d = -d;
            b.len = 0;
            jx_buf_json_num(&b, d);
            num_by_printf(want, d);
            cr_assert_str_eq(b.p, want, "%.17g", d);
        }
    }
    jx_buf_free(&b);
}

Test(buf, json_str_runs_and_printf_past_the_room)
{
    jx_buf b;
    jx_buf_init(&b);
    /* escapes and invalid bytes between runs of text, at both ends */
    const char s[] = "\"中文\xe4\xb8" "ab\x80\tc\xed\xa0\x80" "d\xef\xbf\xbd\x1f\"";
    jx_buf_json_str(&b, s, sizeof s - 1);
    cr_expect_str_eq(b.p, "\"\\\"中文\\ufffd\\ufffdab\\ufffd\\tc\\ufffd\\ufffd\\ufffdd\xef\xbf\xbd" "\\u001f\\\"\"");
    /* a printf that does not fit the room left is written whole */
    b.len = 0;
    jx_buf_reserve(&b, 8);
    jx_buf_puts(&b, "x");
    size_t room = b.cap - b.len;
    char big[600];
    memset(big, 'y', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    cr_assert_lt(room, sizeof big);
    cr_expect_eq(jx_buf_printf(&b, "%s%d", big, 42), 0);
    cr_expect_eq(b.len, 1 + sizeof big - 1 + 2);
    cr_expect_eq(strlen(b.p), b.len);
    cr_expect_str_eq(b.p + b.len - 3, "y42");
    b.len = 0;
    jx_buf_put_int(&b, 0);
    jx_buf_putc(&b, ',');
    jx_buf_put_int(&b, -2147483648LL);
    jx_buf_putc(&b, ',');
    jx_buf_put_int(&b, LLONG_MIN);
    cr_expect_str_eq(b.p, "0,-2147483648,-9223372036854775808");
    jx_buf_free(&b);
}

/* jx_utf8_check's fast paths say what jx_utf8_decode says, byte for
 * byte: random strings of the bytes that matter (ASCII, NUL, lead and
 * continuation bytes, E0/ED/F4 edges). */
static size_t check_by_decode(const char *s, size_t len)
{
    size_t i = 0;
    while (i < len) {
        uint32_t cp;
        int k = jx_utf8_decode((const unsigned char *)s + i, len - i, &cp);
        if (!k)
            return i;
        i += (size_t)k;
    }
    return len;
}

Test(utf8, check_agrees_with_decode)
{
    static const unsigned char pick[] = {'a', ' ', 0, 0x7F, 0x80, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2,
                                         0xDF, 0xE0, 0xE1, 0xE4, 0xEC, 0xED, 0xEE, 0xEF,
                                         0xF0, 0xF4, 0xF5, 0xFF, 0xB8, 0xAD};
    uint64_t x = 88172645463325252ull;
    char buf[16];
    for (int it = 0; it < 300000; it++) {
        x ^= x << 13, x ^= x >> 7, x ^= x << 17;
        size_t n = x % sizeof buf;
        for (size_t i = 0; i < n; i++) {
            x ^= x << 13, x ^= x >> 7, x ^= x << 17;
            buf[i] = (char)pick[x % sizeof pick];
        }
        cr_assert_eq(jx_utf8_check(buf, n), check_by_decode(buf, n));
    }
    const char ok[] = "指标值≥95% 中文 abc";
    cr_expect_eq(jx_utf8_check(ok, sizeof ok - 1), sizeof ok - 1);
}

/* jx_utf8_check as it was before the eight-bytes-at-a-time loop (issue
 * 16, sixth pass), kept as the reference: the new one must give the same
 * offset of the first bad byte for every input. */
static int ref_utf8_len(const unsigned char *s, size_t len)
{
    unsigned char c = s[0];
    if (c >= 0xE1 && c <= 0xEF && c != 0xED && len >= 3 && (s[1] & 0xC0) == 0x80 &&
        (s[2] & 0xC0) == 0x80)
        return 3;
    if ((c & 0xF0) == 0xE0 && len >= 3 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80) {
        uint32_t v = ((uint32_t)(c & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) |
                     (s[2] & 0x3F);
        return v >= 0x800 && (v < 0xD800 || v > 0xDFFF) ? 3 : 0;
    }
    uint32_t cp;
    return jx_utf8_decode(s, len, &cp);
}

static size_t ref_utf8_check(const char *s, size_t len)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < len) {
        unsigned char c = u[i];
        if (c < 0x80) {
            if (!c)
                return i;
            i++;
            for (uint64_t x; i + 8 <= len; i += 8) {
                const uint64_t ones = 0x0101010101010101u;
                memcpy(&x, u + i, 8);
                if ((x | ((x - ones) & ~x)) & (ones * 0x80))
                    break;
            }
            continue;
        }
        while (i + 3 <= len && (unsigned char)(u[i] - 0xE1) <= 0xEF - 0xE1 && u[i] != 0xED &&
               ((u[i + 1] & 0xC0) | ((u[i + 2] & 0xC0) >> 2)) == (0x80 | 0x20))
            i += 3;
        if (i >= len)
            break;
        c = u[i];
        if (c < 0x80)
            continue;
        int k = ref_utf8_len(u + i, len - i);
        if (!k)
            return i;
        i += (size_t)k;
    }
    return len;
}

static uint64_t xorshift(uint64_t *x)
{
    *x ^= *x << 13, *x ^= *x >> 7, *x ^= *x << 17;
    return *x;
}

/* Appends one piece of text, mostly valid (ASCII runs, CJK, ≥, 2- and
 * 4-byte characters), sometimes an adversarial one: overlongs, surrogates,
 * above U+10FFFF, lone continuation bytes, NUL, a sequence cut short. */
static size_t put_piece(unsigned char *p, uint64_t *x)
{
    static const char *const pieces[] = {
        "指标", "值", "≥", "95", "%", " ", "abcdefgh", "，", "万元", "\xc2\xa0",
        "\xc3\x97", "\xf0\x9f\x98\x80", "\xf4\x8f\xbf\xbf", "\xe0\xa0\x80", "\xed\x9f\xbf",
        "\xee\x80\x80", "\xef\xbf\xbf", "\xe1\x80\x80", "\xec\xbf\xbf", "\n", "1234567",
        /* bad */
        "\xc0\xaf", "\xc1\xbf", "\xe0\x80\xaf", "\xe0\x9f\xbf", "\xed\xa0\x80", "\xed\xbf\xbf",
        "\xf0\x80\x80\xaf", "\xf0\x8f\xbf\xbf", "\xf4\x90\x80\x80", "\xf5\x80\x80\x80",
        "\xff", "\xfe", "\x80", "\xbf", "\xe4\xb8", "\xe4", "\xf0\x9f\x98", "\xe4\xb8\x41",
        "\xe4\x41\xad", "\xe4\xc0\xad", "\xe4\xb8\xc0",
    };
    uint64_t r = xorshift(x);
    size_t k = r % 64 < 56 ? r % 21 : 21 + (r >> 8) % (JX_ARRAY_LEN(pieces) - 21);
    if (r % 97 == 0) {
        p[0] = 0; /* NUL */
        return 1;
    }
    size_t n = strlen(pieces[k]);
    memcpy(p, pieces[k], n);
    return n;
}

Test(utf8, check_agrees_with_reference)
{
    uint64_t x = 0x9E3779B97F4A7C15ull;
    unsigned char buf[256 + 8];
    for (int it = 0; it < 200000; it++) {
        size_t want = xorshift(&x) % 200, n = 0;
        while (n < want)
            n += put_piece(buf + n, &x);
        if (xorshift(&x) % 4 == 0 && n) /* a cut anywhere, often inside a sequence */
            n -= xorshift(&x) % (n < 4 ? n : 4);
        if (xorshift(&x) % 8 == 0 && n) /* one byte changed anywhere */
            buf[xorshift(&x) % n] = (unsigned char)xorshift(&x);
        /* every start offset: the eight-byte steps see other alignments */
        size_t off = xorshift(&x) % 8;
        off = off < n ? off : 0;
        const char *s = (const char *)buf + off;
        cr_assert_eq(jx_utf8_check(s, n - off), ref_utf8_check(s, n - off),
                     "iteration %d, length %zu", it, n - off);
    }
    /* random bytes of every value */
    for (int it = 0; it < 100000; it++) {
        size_t n = xorshift(&x) % 40;
        for (size_t i = 0; i < n; i++)
            buf[i] = (unsigned char)(xorshift(&x) >> 24);
        cr_assert_eq(jx_utf8_check((const char *)buf, n), ref_utf8_check((const char *)buf, n));
    }
}

Test(utf8, check_edges)
{
    /* the first bad byte, wherever in an eight-byte step it falls */
    const char cjk[] = "指标值指标值指标值指标值";
    char buf[64];
    for (size_t at = 0; at <= sizeof cjk - 1; at++) {
        memcpy(buf, cjk, sizeof cjk - 1);
        buf[at] = '\xff';
        size_t n = sizeof cjk - 1 + (at == sizeof cjk - 1);
        cr_expect_eq(jx_utf8_check(buf, n), at / 3 * 3, "at %zu", at);
        buf[at] = '\0';
        cr_expect_eq(jx_utf8_check(buf, n), at / 3 * 3, "NUL at %zu", at);
    }
    cr_expect_eq(jx_utf8_check("abcdefgh\0ijk", 12), 8);
    cr_expect_eq(jx_utf8_check("abc\0defghijk", 12), 3);
    cr_expect_eq(jx_utf8_check("指标\xed\xa0\x80值指标值", 18), 6);  /* surrogate */
    cr_expect_eq(jx_utf8_check("指标\xe0\x80\xaf值指标值", 18), 6);  /* overlong */
    cr_expect_eq(jx_utf8_check("指标\xf4\x90\x80\x80值指标", 16), 6); /* > U+10FFFF */
    cr_expect_eq(jx_utf8_check("指标\xe0\xa0\x80值指标值", 18), 18); /* U+0800 */
    cr_expect_eq(jx_utf8_check("abcdefg\xe4\xb8", 9), 7);            /* cut at the end */
}

/* jx_buf_json_str as it was before its eight-bytes-at-a-time runs (issue
 * 16, sixth pass), kept as the reference. */
static void ref_json_str(jx_buf *b, const char *s, size_t n)
{
    jx_buf_putc(b, '"');
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n) {
            unsigned char c = u[j];
            if (c < 0x80) {
                if (c < 0x20 || c == '"' || c == '\\')
                    break;
                j++;
                continue;
            }
            int k = ref_utf8_len(u + j, n - j);
            if (!k)
                break;
            j += (size_t)k;
        }
        if (j > i)
            jx_buf_put(b, s + i, j - i);
        i = j;
        if (i >= n)
            break;
        unsigned char c = u[i];
        switch (c) {
        case '"': jx_buf_puts(b, "\\\""); break;
        case '\\': jx_buf_puts(b, "\\\\"); break;
        case '\n': jx_buf_puts(b, "\\n"); break;
        case '\r': jx_buf_puts(b, "\\r"); break;
        case '\t': jx_buf_puts(b, "\\t"); break;
        default:
            if (c < 0x20)
                jx_buf_printf(b, "\\u%04x", c);
            else
                jx_buf_puts(b, "\\ufffd");
        }
        i++;
    }
    jx_buf_putc(b, '"');
}

Test(buf, json_str_agrees_with_reference)
{
    static const char *const specials[] = {"\"", "\\", "\x01", "\x1f", "\t", "\n", "\r",
                                           " ", "\x7f", "a\"b\\c"};
    uint64_t x = 0x2545F4914F6CDD1Dull;
    unsigned char buf[256 + 16];
    jx_buf got, want;
    jx_buf_init(&got);
    jx_buf_init(&want);
    for (int it = 0; it < 200000; it++) {
        size_t target = xorshift(&x) % 120, n = 0;
        while (n < target) {
            if (xorshift(&x) % 5 == 0) {
                const char *sp = specials[xorshift(&x) % JX_ARRAY_LEN(specials)];
                memcpy(buf + n, sp, strlen(sp));
                n += strlen(sp);
            } else {
                n += put_piece(buf + n, &x);
            }
        }
        if (it % 3 == 0 && n) /* random bytes anywhere */
            buf[xorshift(&x) % n] = (unsigned char)xorshift(&x);
        size_t off = xorshift(&x) % 8;
        off = off < n ? off : 0;
        got.len = want.len = 0;
        jx_buf_json_str(&got, (const char *)buf + off, n - off);
        ref_json_str(&want, (const char *)buf + off, n - off);
        cr_assert(!jx_buf_failed(&got) && !jx_buf_failed(&want));
        cr_assert_eq(got.len, want.len, "iteration %d", it);
        cr_assert(!memcmp(got.p, want.p, got.len), "iteration %d", it);
    }
    jx_buf_free(&got);
    jx_buf_free(&want);
}

Test(map, put_get_replace_and_grow)
{
    jx_map m;
    jx_map_init(&m);
    size_t v = 99;
    cr_expect_not(jx_map_get(&m, "x", 1, &v));
    static char keys[5000][12];
    for (size_t i = 0; i < 5000; i++) {
        snprintf(keys[i], sizeof keys[i], "p%zu", i);
        cr_assert_eq(jx_map_put(&m, keys[i], strlen(keys[i]), i), 0);
    }
    cr_expect_eq(m.n, 5000);
    cr_expect_leq(m.n * 2, m.cap);
    for (size_t i = 0; i < 5000; i++) {
        cr_assert(jx_map_get(&m, keys[i], strlen(keys[i]), &v));
        cr_expect_eq(v, i);
    }
    /* a key is its bytes: "p1" is not "p10" cut short, and "" is a key */
    cr_expect(jx_map_get(&m, "p10", 2, &v));
    cr_expect_eq(v, 1);
    cr_expect_not(jx_map_get(&m, "", 0, &v));
    cr_expect_eq(jx_map_put(&m, "", 0, 7), 0);
    cr_expect(jx_map_get(&m, "", 0, &v));
    cr_expect_eq(v, 7);
    cr_expect_eq(jx_map_put(&m, keys[3], strlen(keys[3]), 42), 0);
    cr_expect(jx_map_get(&m, "p3", 2, &v));
    cr_expect_eq(v, 42);
    cr_expect_eq(m.n, 5001);
    jx_map_free(&m);
}

/* Regular files are read in one go into a buffer of their size: every
 * size around the old 64 KiB steps comes back whole and NUL-terminated,
 * at the cap and one byte past it; a file whose size stat does not know
 * (/proc) still reads to its end. */
Test(input, regular_files_whole_and_capped)
{
    static const size_t sizes[] = {1, 2, 255, 256, 65535, 65536, 65537, 200003};
    char path[] = "/tmp/jx-test-read-XXXXXX";
    int fd = mkstemp(path);
    cr_assert(fd >= 0);
    close(fd);
    for (size_t k = 0; k < JX_ARRAY_LEN(sizes); k++) {
        size_t n = sizes[k];
        char *want = malloc(n);
        for (size_t i = 0; i < n; i++)
            want[i] = (char)('a' + (i * 31 + k) % 26);
        FILE *f = fopen(path, "wb");
        cr_assert(f);
        cr_assert_eq(fwrite(want, 1, n, f), n);
        fclose(f);
        char *data = NULL;
        size_t len = 0;
        jx_error err = {0};
        cr_assert_eq(jx_read_file(path, &data, &len, &err), JX_OK, "%zu: %s", n, err.msg);
        cr_expect_eq(len, n);
        cr_expect(!memcmp(data, want, n), "%zu", n);
        cr_expect_eq(data[n], '\0');
        free(data);
        cr_expect_eq(jx_read_file_max(path, n, &data, &len, &err), JX_OK, "at the cap, %zu", n);
        cr_expect_eq(len, n);
        free(data);
        if (n > 1) {
            cr_expect_eq(jx_read_file_max(path, n - 1, &data, &len, &err), JX_ELIMIT,
                         "past the cap, %zu", n);
            cr_expect_null(data);
        }
        free(want);
    }
    remove(path);
    char *data = NULL;
    size_t len = 0;
    jx_error err = {0};
    cr_assert_eq(jx_read_file("/proc/self/status", &data, &len, &err), JX_OK, "%s", err.msg);
    cr_expect(len > 0 && strstr(data, "Name:"));
    cr_expect_eq(strlen(data), len);
    free(data);
}

Test(input, cap_of_size_max_reads_it_all)
{
    /* max + 1 wrapped to 0: nothing was read, and the file came back
     * empty with JX_OK */
    const char *path = "test_util_sizemax.tmp";
    FILE *f = fopen(path, "wb");
    cr_assert(f);
    cr_assert_eq(fwrite("abc,def\n", 1, 8, f), 8);
    fclose(f);
    char *data = NULL;
    size_t len = 0;
    jx_error err = {0};
    cr_assert_eq(jx_read_file_max(path, SIZE_MAX, &data, &len, &err), JX_OK, "%s", err.msg);
    cr_expect_eq(len, 8);
    cr_expect_str_eq(data, "abc,def\n");
    free(data);
    cr_assert_eq(jx_read_file_max(path, SIZE_MAX - 1, &data, &len, &err), JX_OK, "%s", err.msg);
    cr_expect_eq(len, 8);
    free(data);
    remove(path);
}

Test(input, cap_stops_an_endless_device)
{
    char *data = (char *)1;
    size_t len = 1;
    jx_error err = {0};
    cr_assert_eq(jx_read_file_max("/dev/zero", 1000, &data, &len, &err), JX_ELIMIT);
    cr_expect_null(data);
    cr_expect_eq(len, 0);
    cr_expect_str_eq(err.file, "/dev/zero");
    cr_expect(strstr(err.msg, "1000 字节"), "%s", err.msg);
    cr_expect(strstr(err.msg, "--max-input"), "%s", err.msg);
    /* through the parse options too */
    jx_parse_opts po = {.max_input = 4096};
    jx_doc *d = NULL;
    cr_expect_eq(jx_doc_parse_file("/dev/zero", &po, &d, &err), JX_ELIMIT);
    cr_expect_null(d);
    cr_expect(strstr(err.msg, "4 KiB"), "%s", err.msg);
    /* exactly at the cap is fine; one byte more is not */
    cr_expect_eq(jx_doc_parse("ab", 2, "two", &(jx_parse_opts){.max_input = 2}, &d, &err), JX_OK);
    jx_doc_free(d);
    cr_expect_eq(jx_doc_parse("abc", 3, "three", &(jx_parse_opts){.max_input = 2}, &d, &err),
                 JX_ELIMIT);
}

Test(input, size_names)
{
    char b[32];
    jx_format_size((size_t)256 << 20, b, sizeof b);
    cr_expect_str_eq(b, "256 MiB");
    jx_format_size((size_t)3 << 29, b, sizeof b);
    cr_expect_str_eq(b, "1.5 GiB");
    jx_format_size(1000, b, sizeof b);
    cr_expect_str_eq(b, "1000 字节");
}
