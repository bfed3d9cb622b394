/*
 * test_util.c - the helpers every module leans on: arena, buffer and its
 * JSON escaping, UTF-8 stepping and width, trimming, amounts, errors.
 */
#include <criterion/criterion.h>
#include <math.h>
#include <string.h>

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
