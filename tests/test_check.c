/*
 * test_check.c - a review through jixiao/check.h: the national pack's
 * checks over the bundled disclosure, findings ordered by line, counts,
 * the no-tables finding, and the report's formats.
 */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "jixiao/jixiao.h"

static const char *const dirs[] = {JX_SOURCE_DIR "/rules", NULL};

static jx_engine *national(void)
{
    jx_engine_opts o = {dirs, 0, 0};
    jx_engine *e = NULL;
    jx_error err = {0};
    cr_assert_eq(jx_engine_open("national", &o, &e, &err), JX_OK, "%s", err.msg);
    return e;
}

static jx_doc *lushan(jx_engine *e)
{
    jx_doc *d = NULL;
    jx_error err = {0};
    cr_assert_eq(jx_doc_parse_file(JX_SOURCE_DIR "/examples/lushan-2020.txt", NULL, &d, &err),
                 JX_OK, "%s", err.msg);
    cr_assert_eq(jx_engine_frame(e, d, &err), JX_OK, "%s", err.msg);
    return d;
}

/* The report written to memory. */
static char *report(const jx_review *r)
{
    char *mem = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&mem, &len);
    jx_error err = {0};
    cr_assert_eq(jx_review_write(r, f, &err), JX_OK, "%s", err.msg);
    fclose(f);
    return mem;
}

Test(review, findings_in_line_order_with_counts)
{
    jx_engine *e = national();
    jx_review *r;
    jx_error err = {0};
    cr_assert_eq(jx_review_new(e, JX_REVIEW_TEXT, &r, &err), JX_OK);
    jx_doc *d = lushan(e);
    cr_assert_eq(jx_review_doc(r, d, &err), JX_OK, "%s", err.msg);
    jx_doc_free(d); /* the review keeps copies */
    size_t n = jx_review_nfindings(r), sum = 0, placeholder = 0;
    cr_assert_gt(n, 0);
    for (size_t i = 0; i < n; i++) {
        const jx_finding *f = jx_review_finding(r, i);
        cr_expect_str_eq(f->source, JX_SOURCE_DIR "/examples/lushan-2020.txt");
        if (i)
            cr_expect_geq(f->line, jx_review_finding(r, i - 1)->line);
        /* README: line 378 holds only the placeholder "……" */
        placeholder += f->line == 378 && !strcmp(f->code, "placeholder-target") &&
                       f->severity == JX_SEV_ERROR;
    }
    cr_expect_eq(placeholder, 1);
    for (int s = 0; s < 3; s++)
        sum += jx_review_count(r, (jx_severity)s);
    cr_expect_eq(sum, n);
    cr_expect_null(jx_review_finding(r, n));
    char *text = report(r);
    cr_expect(strstr(text, "lushan-2020.txt:378: error[placeholder-target]: "), "%s", text);
    char tail[128];
    snprintf(tail, sizeof tail, "共 %zu 条：错误 %zu，警告 %zu，提示 %zu\n", n,
             jx_review_count(r, JX_SEV_ERROR), jx_review_count(r, JX_SEV_WARNING),
             jx_review_count(r, JX_SEV_INFO));
    cr_expect(strstr(text, tail), "%s", tail);
    free(text);
    jx_review_free(r);
    jx_engine_free(e);
}

Test(review, a_document_without_tables_is_a_finding)
{
    jx_engine *e = national();
    jx_review *r;
    jx_error err = {0};
    cr_assert_eq(jx_review_new(e, JX_REVIEW_JSON, &r, &err), JX_OK);
    jx_doc *d = NULL;
    const char *text = "这是一封信，不是绩效目标表。\n";
    cr_assert_eq(jx_doc_parse(text, strlen(text), "letter.txt", NULL, &d, &err), JX_OK);
    cr_assert_eq(jx_review_doc(r, d, &err), JX_OK, "%s", err.msg);
    jx_doc_free(d);
    /* and the parser's own note, which the pack reports as info */
    cr_assert_eq(jx_review_nfindings(r), 2);
    cr_expect_str_eq(jx_review_finding(r, 0)->code, "no-tables");
    cr_expect_str_eq(jx_review_finding(r, 1)->code, "parser-note");
    char *json = report(r);
    const char *head = "{\"findings\":[\n  {\"severity\":\"error\",\"code\":\"no-tables\","
                       "\"message\":\"文件中没有找到绩效目标表（部门整体、项目表、预算10表或自评表）\","
                       "\"source\":\"letter.txt\",\"line\":0,\"project\":null,\"indicator\":null},\n";
    cr_expect(!strncmp(json, head, strlen(head)), "%s", json);
    const char *tail = "\n],\"summary\":{\"error\":1,\"warning\":0,\"info\":1}}\n";
    cr_expect(strlen(json) > strlen(tail) && !strcmp(json + strlen(json) - strlen(tail), tail),
              "%s", json);
    free(json);
    jx_review_free(r);
    jx_engine_free(e);
}

Test(review, format_names)
{
    jx_review_format f;
    cr_expect_eq(jx_review_format_parse("csv", &f), JX_OK);
    cr_expect_eq(f, JX_REVIEW_CSV);
    cr_expect_eq(jx_review_format_parse("html", &f), JX_OK);
    cr_expect_eq(f, JX_REVIEW_HTML);
    cr_expect_eq(jx_review_format_parse("xml", &f), JX_EUSAGE);
}
