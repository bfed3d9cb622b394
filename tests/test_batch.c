/*
 * test_batch.c - one batch document, start to finish: exactly one line,
 * valid JSON, with the status a scheduler can trust.
 */
#include <cjson/cJSON.h>
#include <criterion/criterion.h>
#include <string.h>

#include "batch.h"
#include "jixiao/jixiao.h"

static const char *const dirs[] = {JX_SOURCE_DIR "/rules", NULL};

/* One line through the public jx_batch_one. */
static cJSON *one(jx_engine *e, const jx_error *perr, const char *targets,
                  const char *actuals, jx_batch_stats *st, jx_status *rc)
{
    jx_batch_job job = {"id-1", targets, actuals, "national"};
    jx_parse_opts po = {0};
    char *p = NULL;
    size_t len = 0;
    *rc = jx_batch_one(e, perr, &job, &po, 0, &p, &len, st);
    cr_assert(p && len > 0);
    cr_expect_eq(p[len - 1], '\n');
    cr_expect_eq(strlen(p), len);
    cr_expect_null(memchr(p, '\n', len - 1), "more than one line");
    cJSON *o = cJSON_ParseWithLength(p, len);
    cr_assert(o, "not JSON: %.*s", (int)len, p);
    jx_free(p);
    return o;
}

static const char *str(const cJSON *o, const char *k)
{
    const cJSON *x = cJSON_GetObjectItemCaseSensitive(o, k);
    return cJSON_IsString(x) ? x->valuestring : NULL;
}

Test(batch, scored_document)
{
    jx_engine_opts o = {dirs, 0, 0};
    jx_engine *e;
    jx_error err = {0};
    cr_assert_eq(jx_engine_open("national", &o, &e, &err), JX_OK, "%s", err.msg);
    jx_batch_stats st;
    memset(&st, 0, sizeof st);
    jx_status rc;
    cJSON *line = one(e, NULL, JX_SOURCE_DIR "/examples/lushan-2020.txt",
                      JX_SOURCE_DIR "/examples/lushan-2020.actuals.yaml", &st, &rc);
    cr_expect_eq(rc, 0);
    cr_expect_str_eq(str(line, "status"), "ok");
    cr_expect_str_eq(str(line, "id"), "id-1");
    cr_expect_str_eq(str(line, "unit"), "鲁山县医疗保障局");
    const cJSON *tables = cJSON_GetObjectItemCaseSensitive(line, "tables");
    cr_assert_eq(cJSON_GetArraySize(tables), 2);
    const cJSON *form = cJSON_GetArrayItem(tables, 1);
    /* hand total in score-lushan-json: 97.8, 优 */
    cr_expect_float_eq(cJSON_GetObjectItemCaseSensitive(form, "total")->valuedouble, 97.8, 1e-9);
    cr_expect_str_eq(str(form, "grade"), "优");
    cr_expect_eq(st.docs, 1);
    cr_expect_eq(st.ok, 1);
    cr_expect_eq(st.indicators, 73);
    cr_expect_gt(st.findings[JX_SEV_WARNING], 0);
    /* the same through the accessors, and added up */
    cr_expect_eq(jx_batch_stats_count(&st, JX_BATCH_INDICATORS), 73);
    cr_expect_eq(jx_batch_stats_count(&st, JX_BATCH_WARNINGS), st.findings[JX_SEV_WARNING]);
    jx_batch_stats *sum = jx_batch_stats_new();
    cr_assert_not_null(sum);
    jx_batch_stats_add(sum, &st);
    jx_batch_stats_add(sum, &st);
    cr_expect_eq(jx_batch_stats_count(sum, JX_BATCH_DOCS), 2);
    size_t n = 0, you = 0;
    for (size_t i = 0; jx_batch_stats_grade(sum, i, &n); i++)
        if (!strcmp(jx_batch_stats_grade(sum, i, NULL), "优"))
            you = n;
    cr_expect_eq(you, 2); /* the project table, twice */
    jx_batch_stats_free(sum);
    cJSON_Delete(line);
    jx_engine_free(e);
}

Test(batch, unreadable_and_undecodable_documents)
{
    jx_engine_opts o = {dirs, 0, 0};
    jx_engine *e;
    jx_error err = {0};
    cr_assert_eq(jx_engine_open("national", &o, &e, &err), JX_OK, "%s", err.msg);
    jx_batch_stats st;
    memset(&st, 0, sizeof st);
    jx_status rc;
    cJSON *line = one(e, NULL, "/nonexistent/x.txt", NULL, &st, &rc);
    cr_expect_eq(rc, JX_EIO);
    cr_expect_str_eq(str(line, "status"), "error");
    const cJSON *er = cJSON_GetObjectItemCaseSensitive(line, "error");
    cr_expect_str_eq(str(er, "stage"), "parse");
    cr_expect_str_eq(str(er, "code"), "io");
    cJSON_Delete(line);
    line = one(e, NULL, JX_SOURCE_DIR "/examples/lushan-2020.txt",
               JX_TEST_DATA "/actuals-duplicate.csv", &st, &rc);
    cr_expect_eq(rc, JX_EINPUT);
    er = cJSON_GetObjectItemCaseSensitive(line, "error");
    cr_expect_str_eq(str(er, "stage"), "score");
    cJSON_Delete(line);
    cr_expect_eq(st.failed, 2);
    jx_engine_free(e);
}

Test(batch, broken_and_looping_packs)
{
    /* a pack that did not load: every document gets the reason */
    jx_error perr = {0};
    jx_engine *none = NULL;
    jx_engine_opts o = {dirs, 0, 0};
    cr_assert_neq(jx_engine_open("no-such-pack", &o, &none, &perr), JX_OK);
    jx_batch_stats st;
    memset(&st, 0, sizeof st);
    jx_status rc;
    cJSON *line = one(NULL, &perr, JX_SOURCE_DIR "/examples/lushan-2020.txt", NULL, &st, &rc);
    cr_expect_eq(rc, JX_ENOTFOUND);
    const cJSON *er = cJSON_GetObjectItemCaseSensitive(line, "error");
    cr_expect_str_eq(str(er, "stage"), "rules");
    cr_expect(strstr(str(er, "message"), "no-such-pack"));
    cJSON_Delete(line);
    /* a pack whose score() loops: the document fails, with the reason */
    jx_engine *e;
    jx_error err = {0};
    jx_engine_opts lo = {dirs, 200000, 0};
    cr_assert_eq(jx_engine_open(JX_TEST_DATA "/packs/batch-loop", &lo, &e, &err), JX_OK, "%s",
                 err.msg);
    line = one(e, NULL, JX_SOURCE_DIR "/examples/lushan-2020.txt",
               JX_SOURCE_DIR "/examples/lushan-2020.actuals.yaml", &st, &rc);
    cr_expect_eq(rc, JX_ERULE);
    cr_expect_str_eq(str(line, "status"), "error");
    er = cJSON_GetObjectItemCaseSensitive(line, "error");
    cr_expect(strstr(str(er, "message"), "指令"), "%s", str(er, "message"));
    /* what was computed before the failure is still there */
    cr_expect(cJSON_GetObjectItemCaseSensitive(line, "tables") != NULL);
    cJSON_Delete(line);
    jx_engine_free(e);
}
