/*
 * test_public.c - what a front end of its own (as `jixiao serve`) needs,
 * through the public API only (jixiao/jixiao.h, nothing from core/): a
 * batch line of documents held in memory, and an HTML page printed to a
 * PDF stream.
 */
#define _XOPEN_SOURCE 700
#include <cjson/cJSON.h>
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "jixiao/jixiao.h"

static const char *const dirs[] = {JX_SOURCE_DIR "/rules", NULL};
static const char *const tpath = JX_SOURCE_DIR "/examples/lushan-2020.txt";
static const char *const apath = JX_SOURCE_DIR "/examples/lushan-2020.actuals.yaml";

static jx_engine *national(void)
{
    jx_engine_opts o = {dirs, 0, 0};
    jx_engine *e = NULL;
    jx_error err = {0};
    cr_assert_eq(jx_engine_open("national", &o, &e, &err), JX_OK, "%s", err.msg);
    return e;
}

static char *slurp(const char *path, size_t *n)
{
    char *p = NULL;
    jx_error err = {0};
    cr_assert_eq(jx_file_read(path, 1 << 24, &p, n, &err), JX_OK, "%s", err.msg);
    return p;
}

/* The line, checked to be exactly one line of JSON; the caller frees. */
static cJSON *parse_line(const char *p, size_t len)
{
    cr_assert(p && len > 0);
    cr_expect_eq(p[len - 1], '\n');
    cr_expect_null(memchr(p, '\n', len - 1), "more than one line");
    cJSON *o = cJSON_ParseWithLength(p, len);
    cr_assert(o, "not JSON: %.*s", (int)len, p);
    return o;
}

static const char *str(const cJSON *o, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    return cJSON_IsString(v) ? v->valuestring : "";
}

/* The bytes of the files give the line the files themselves give, byte
 * for byte, and the same counts. */
Test(public, batch_line_from_memory_is_the_files_line)
{
    jx_engine *e = national();
    size_t tn, an;
    char *t = slurp(tpath, &tn), *a = slurp(apath, &an);
    jx_batch_job job = {"id-1", tpath, apath, "national"};
    jx_parse_opts po = {0};
    jx_batch_stats *fst = jx_batch_stats_new(), *mst = jx_batch_stats_new();
    cr_assert(fst && mst);
    char *fl = NULL, *ml = NULL;
    size_t fn = 0, mn = 0;
    cr_expect_eq(jx_batch_one(e, NULL, &job, &po, JX_BATCH_DETAIL, &fl, &fn, fst), JX_OK);
    /* NULL options are the defaults, as for jx_doc_parse */
    cr_expect_eq(jx_batch_one_mem(e, NULL, &job, t, tn, a, an, NULL, JX_BATCH_DETAIL, &ml, &mn,
                                  mst),
                 JX_OK);
    cr_assert(fl && ml);
    cr_expect_eq(fn, mn);
    cr_expect_eq(memcmp(fl, ml, fn < mn ? fn : mn), 0, "%s\n%s", fl, ml);
    cJSON *o = parse_line(ml, mn);
    cr_expect_str_eq(str(o, "status"), "ok");
    cr_expect_str_eq(str(o, "source"), tpath);
    cr_expect(cJSON_GetObjectItemCaseSensitive(o, "score") != NULL, "JX_BATCH_DETAIL");
    cJSON_Delete(o);
    cr_expect_eq(jx_batch_stats_count(mst, JX_BATCH_OK), 1);
    cr_expect_eq(jx_batch_stats_count(mst, JX_BATCH_DOCS), 1);
    cr_expect_gt(jx_batch_stats_count(mst, JX_BATCH_SCORED), 0);
    for (jx_batch_count c = JX_BATCH_DOCS; c <= JX_BATCH_INFOS; c++)
        cr_expect_eq(jx_batch_stats_count(mst, c), jx_batch_stats_count(fst, c), "count %d",
                     (int)c);
    size_t gf = 0, gm = 0;
    const char *g = jx_batch_stats_grade(mst, 0, &gm);
    cr_assert_not_null(g);
    cr_expect_str_eq(g, jx_batch_stats_grade(fst, 0, &gf));
    cr_expect_eq(gm, gf);
    jx_free(fl);
    jx_free(ml);
    jx_batch_stats_free(fst);
    jx_batch_stats_free(mst);
    jx_free(t);
    jx_free(a);
    jx_engine_free(e);
}

/* Bytes that are not what they claim: an error line naming the stage,
 * counted as failed; the names are only names (no file is opened). */
Test(public, batch_line_from_memory_bad_documents)
{
    jx_engine *e = national();
    size_t tn;
    char *t = slurp(tpath, &tn);
    jx_batch_job job = {"id-2", "/nonexistent/targets.txt", "/nonexistent/actuals.yaml", NULL};
    jx_parse_opts po = {0};
    jx_batch_stats *st = jx_batch_stats_new();
    char *l = NULL;
    size_t n = 0;
    static const char junk[] = "\x01\x02 not a table";
    cr_expect_neq(jx_batch_one_mem(e, NULL, &job, t, tn, junk, sizeof junk - 1, &po, 0, &l, &n,
                                   st),
                  JX_OK);
    cJSON *o = parse_line(l, n);
    cr_expect_str_eq(str(o, "status"), "error");
    cr_expect_str_eq(str(o, "actuals"), "/nonexistent/actuals.yaml");
    cr_expect_str_eq(str(cJSON_GetObjectItemCaseSensitive(o, "error"), "stage"), "actuals");
    cJSON_Delete(o);
    jx_free(l);
    /* targets without a table; the actuals are not read without a name */
    static const char none[] = "只是一段文字，没有表。\n";
    job.actuals = NULL;
    cr_expect_eq(jx_batch_one_mem(e, NULL, &job, none, sizeof none - 1, NULL, 0, &po, 0, &l, &n,
                                  st),
                 JX_EINPUT);
    o = parse_line(l, n);
    const cJSON *er = cJSON_GetObjectItemCaseSensitive(o, "error");
    cr_expect_str_eq(str(er, "stage"), "parse");
    cr_expect(strstr(str(er, "message"), "没有找到绩效目标表"), "%s", str(er, "message"));
    cJSON_Delete(o);
    jx_free(l);
    cr_expect_eq(jx_batch_stats_count(st, JX_BATCH_FAILED), 2);
    cr_expect_eq(jx_batch_stats_count(st, JX_BATCH_OK), 0);
    jx_batch_stats_free(st);
    jx_free(t);
    jx_engine_free(e);
}

/* No engine: the pack's error when given, else "no pack"; stats may be
 * NULL. */
Test(public, batch_line_from_memory_without_a_pack)
{
    jx_batch_job job = {"id-3", "t.txt", NULL, "nowhere"};
    jx_parse_opts po = {0};
    char *l = NULL;
    size_t n = 0;
    cr_expect_eq(jx_batch_one_mem(NULL, NULL, &job, "x", 1, NULL, 0, &po, 0, &l, &n, NULL),
                 JX_ERULE);
    cJSON *o = parse_line(l, n);
    const cJSON *er = cJSON_GetObjectItemCaseSensitive(o, "error");
    cr_expect_str_eq(str(er, "stage"), "rules");
    cr_expect(strstr(str(er, "message"), "没有规则包"), "%s", str(er, "message"));
    cJSON_Delete(o);
    jx_free(l);
    jx_error pe = {.code = JX_EIO};
    snprintf(pe.msg, sizeof pe.msg, "规则包读不出");
    cr_expect_eq(jx_batch_one_mem(NULL, &pe, &job, "x", 1, NULL, 0, &po, 0, &l, &n, NULL),
                 JX_EIO);
    o = parse_line(l, n);
    er = cJSON_GetObjectItemCaseSensitive(o, "error");
    cr_expect(strstr(str(er, "message"), "规则包读不出"), "%s", str(er, "message"));
    cJSON_Delete(o);
    jx_free(l);
}

/* What a stream got, as a string. */
static char *pdf_of(const char *html, jx_status want, size_t *n, jx_error *err)
{
    char *p = NULL;
    *n = 0;
    FILE *f = open_memstream(&p, n);
    cr_assert(f);
    cr_expect_eq(jx_html_pdf_write(html, strlen(html), f, err), want, "%s", err->msg);
    cr_assert_eq(fclose(f), 0);
    return p;
}

Test(public, html_pdf_without_chromium_writes_nothing)
{
    setenv("JIXIAO_CHROMIUM", "/nonexistent/chromium", 1);
    jx_error err = {0};
    size_t n;
    char *p = pdf_of("<p>x</p>", JX_EIO, &n, &err);
    cr_expect_eq(n, 0);
    cr_expect_not_null(strstr(err.msg, "apt-get install chromium"), "%s", err.msg);
    free(p);
    unsetenv("JIXIAO_CHROMIUM");
}

/* A stand-in for Chromium that "prints" the page it is given: the stream
 * gets exactly the file it wrote. */
Test(public, html_pdf_prints_the_page_to_the_stream)
{
    char dir[] = "/tmp/jx-pdf-test-XXXXXX";
    cr_assert_not_null(mkdtemp(dir));
    char exe[64];
    snprintf(exe, sizeof exe, "%s/chromium", dir);
    FILE *s = fopen(exe, "w");
    cr_assert(s);
    fputs("#!/bin/sh\n"
          "for a in \"$@\"; do case \"$a\" in\n"
          "  --print-to-pdf=*) out=\"${a#--print-to-pdf=}\";;\n"
          "  file://*) page=\"${a#file://}\";;\n"
          "esac; done\n"
          "{ printf '%%PDF-fake\\n'; cat \"$page\"; printf '\\n%0100d\\n' 0; } > \"$out\"\n",
          s);
    cr_assert_eq(fclose(s), 0);
    cr_assert_eq(chmod(exe, 0755), 0);
    setenv("JIXIAO_CHROMIUM", exe, 1);
    static const char html[] = "<!doctype html><p>自评报告 &amp; 审核意见</p>";
    char want[512];
    snprintf(want, sizeof want, "%%PDF-fake\n%s\n%0100d\n", html, 0);
    jx_error err = {0};
    size_t n;
    char *p = pdf_of(html, JX_OK, &n, &err);
    cr_expect_eq(n, strlen(want));
    cr_expect(p && n == strlen(want) && !memcmp(p, want, n), "got %.*s", (int)n, p ? p : "");
    free(p);
    /* the stand-in fails: the status says so and nothing is written */
    s = fopen(exe, "w");
    cr_assert(s);
    fputs("#!/bin/sh\nexit 3\n", s);
    cr_assert_eq(fclose(s), 0);
    p = pdf_of(html, JX_EIO, &n, &err);
    cr_expect_eq(n, 0);
    cr_expect_not_null(strstr(err.msg, "3"), "%s", err.msg);
    free(p);
    unsetenv("JIXIAO_CHROMIUM");
    unlink(exe);
    rmdir(dir);
}
