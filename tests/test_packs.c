/*
 * test_packs.c - rule packs a finance bureau writes: the pack schema
 * check at load (core/packcheck.lua) and the data-shaped child packs.
 * Every mistake that used to pass silently (issue 14) now fails the load
 * with a message naming the author's own file and line and saying what
 * to write.  Bad packs live in tests/data/packs/<name>/, each saying in
 * its first lines what it gets wrong.
 */
#include <criterion/criterion.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "jixiao/jixiao.h"
#include "rules.h"

static const char *const search[] = {JX_TEST_DATA "/packs", JX_SOURCE_DIR "/rules", NULL};

#define EXPECT_HAS(hay, needle)                                                     \
    cr_expect(strstr((hay), (needle)) != NULL, "expected «%s» in «%s»", (needle), (hay))

/* Opens a pack that must fail the schema check; fills err. */
static void open_bad(const char *name, jx_error *err)
{
    jx_engine_opts o = {search, 0, 0};
    jx_engine *e = NULL;
    memset(err, 0, sizeof *err);
    int rc = jx_engine_open(name, &o, &e, err);
    cr_expect_eq(rc, JX_ERULE, "open %s: %s (%s)", name, jx_status_name(rc), err->msg);
    cr_expect_null(e);
    if (e)
        jx_engine_free(e);
}

static jx_engine *open_ok(const char *name)
{
    jx_engine_opts o = {search, 0, 0};
    jx_engine *e = NULL;
    jx_error err = {0};
    int rc = jx_engine_open(name, &o, &e, &err);
    cr_assert_eq(rc, JX_OK, "open %s: %s", name, err.msg);
    return e;
}

typedef struct seen {
    char all[4096];
    int n;
} seen;

static int collect(const char *file, int line, const char *msg, void *ud)
{
    seen *s = ud;
    size_t k = strlen(s->all);
    snprintf(s->all + k, sizeof s->all - k, "%s:%d: %s\n", file, line, msg);
    s->n++;
    return 0;
}

/* All findings of `rules lint`, one per line. */
static int lint(const char *name, seen *s)
{
    jx_engine_opts o = {search, 0, 0};
    jx_engine *e = NULL;
    jx_error err = {0};
    memset(s, 0, sizeof *s);
    cr_assert_eq(jx_engine_open_unchecked(name, &o, &e, &err), JX_OK, "%s", err.msg);
    int n = jx_pack_check(e, collect, s, &err);
    jx_engine_free(e);
    return n;
}

/* 产出40/效益30/满意度10 + 执行率10: 90, named with its parts, at the
 * line that set the points (l1.points = 40, line 7). */
Test(schema, weights_not_100)
{
    jx_error err;
    open_bad("weights-90", &err);
    cr_expect_str_eq(err.file, "weights-90/pack.lua");
    cr_expect_eq(err.line, 7);
    EXPECT_HAS(err.msg, "权重合计 90");
    EXPECT_HAS(err.msg, "产出指标 40 + 效益指标 30 + 满意度指标 10 + 预算执行率 10");
    EXPECT_HAS(err.msg, "应为 100");
}

Test(schema, typo_grade_suggests_grades)
{
    jx_error err;
    open_bad("typo-grade", &err);
    cr_expect_str_eq(err.file, "typo-grade/pack.lua");
    cr_expect_eq(err.line, 7);
    EXPECT_HAS(err.msg, "你是不是想写 grades");
}

Test(schema, unknown_key_nearest_name)
{
    seen s;
    /* weights-alias-data is data-shaped; its one finding besides the alias
     * is the sum, so check the nearest-name suggestion on a formula key */
    cr_expect_eq(lint("formula-unknown", &s), 1, "%s", s.all);
    EXPECT_HAS(s.all, "formula-unknown/pack.lua:6:");
}

Test(schema, unknown_formula_lists_known)
{
    jx_error err;
    open_bad("formula-unknown", &err);
    cr_expect_eq(err.line, 6);
    EXPECT_HAS(err.msg, "formulas.reverse = \"A/B\" 不是已知的公式");
    EXPECT_HAS(err.msg, "deviation、ratio");
}

/* a local weights table keyed by the alias 产出: 产出 keeps 50, total 110;
 * both the sum and the alias key at its own line are reported */
Test(schema, alias_as_weight_key)
{
    seen s;
    cr_expect_eq(lint("weights-alias", &s), 2, "%s", s.all);
    EXPECT_HAS(s.all, "weights-alias/pack.lua:7: 项目支出的权重合计 110");
    EXPECT_HAS(s.all, "weights-alias/pack.lua:8: 键「产出」是一级指标 产出指标 的别名");
}

/* Alias keys in a file the pack never loads, written every way the
 * schema check must tell apart (tests/data/packs/alias-keys/helper.lua,
 * CRLF, no newline at the end): two on line 3 ('效益' and "产出"), mixed
 * quotes on 5, spaces inside the brackets on 7, no spaces on 8 (the last
 * line); not the comment on 2, the key after "--" on 4 (the line holds a
 * quoted 产出 before it), the == on 6, nor the full name on 7. */
Test(schema, alias_keys_found_on_their_lines_only)
{
    seen s;
    cr_expect_eq(lint("alias-keys", &s), 5, "%s", s.all);
    const char *want[] = {
        "alias-keys/helper.lua:3: 键「效益」是一级指标 效益指标 的别名",
        "alias-keys/helper.lua:3: 键「产出」是一级指标 产出指标 的别名",
        "alias-keys/helper.lua:5: 键「产出」",
        "alias-keys/helper.lua:7: 键「效益」",
        "alias-keys/helper.lua:8: 键「产出」",
    };
    const char *at = s.all;
    for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
        const char *hit = strstr(at, want[i]);
        cr_expect_not_null(hit, "finding %zu «%s» (in order) in «%s»", i, want[i], s.all);
        if (hit)
            at = hit + 1;
    }
    /* and the pack does not load, with the first finding as its error */
    jx_error err;
    open_bad("alias-keys", &err);
    cr_expect_str_eq(err.file, "alias-keys/helper.lua");
    cr_expect_eq(err.line, 3);
    EXPECT_HAS(err.msg, "键「效益」是一级指标 效益指标 的别名");
    EXPECT_HAS(err.msg, "共 5 处问题");
}

/* The same pack opened again in the same process is checked again: a
 * changed file is seen (nothing about a pack's check is kept between
 * opens), and an invalid pack stays invalid with its message. */
Test(schema, reopened_pack_is_checked_again)
{
    char dir[] = "/tmp/jx-packXXXXXX";
    cr_assert_not_null(mkdtemp(dir));
    char pack[sizeof dir + 16], path[sizeof dir + 32];
    snprintf(pack, sizeof pack, "%s/reopen", dir);
    cr_assert_eq(mkdir(pack, 0700), 0);
    snprintf(path, sizeof path, "%s/data.lua", pack);
    const char *good = "return { name = \"reopen\", extends = \"national\" }\n";
    const char *bad = "return { name = \"reopen\", extends = \"national\",\n"
                      "  formulas = { reverse = \"A/B\" } }\n";
    const char *texts[] = {good, bad, bad, good};
    for (int round = 0; round < 4; round++) {
        FILE *f = fopen(path, "w");
        cr_assert_not_null(f);
        fputs(texts[round], f);
        fclose(f);
        jx_engine_opts o = {search, 0, 0};
        jx_engine *e = NULL;
        jx_error err = {0};
        int rc = jx_engine_open(pack, &o, &e, &err);
        if (texts[round] == good) {
            cr_expect_eq(rc, JX_OK, "round %d: %s", round, err.msg);
        } else {
            cr_expect_eq(rc, JX_ERULE, "round %d", round);
            cr_expect_str_eq(err.file, "reopen/data.lua", "round %d", round);
            cr_expect_eq(err.line, 2, "round %d", round);
            EXPECT_HAS(err.msg, "formulas.reverse = \"A/B\" 不是已知的公式");
        }
        jx_engine_free(e);
    }
    remove(path);
    rmdir(pack);
    rmdir(dir);
}

Test(schema, alias_in_data_weights)
{
    jx_error err;
    open_bad("weights-alias-data", &err);
    cr_expect_str_eq(err.file, "weights-alias-data/data.lua");
    cr_expect_eq(err.line, 6);
    EXPECT_HAS(err.msg, "是别名");
    EXPECT_HAS(err.msg, "[\"产出指标\"] = 50");
}

Test(schema, grades_ascending)
{
    jx_error err;
    open_bad("grades-ascending", &err);
    cr_expect_eq(err.line, 6);
    EXPECT_HAS(err.msg, "从高到低");
    EXPECT_HAS(err.msg, "第 2 项 min = 60 不低于第 1 项 min = 0");
}

/* used to fail at national/pack.lua:852 (the parent's line) */
Test(schema, grade_without_min_points_at_the_author)
{
    jx_error err;
    open_bad("grade-no-min", &err);
    cr_expect_str_eq(err.file, "grade-no-min/pack.lua");
    cr_expect_eq(err.line, 6);
    EXPECT_HAS(err.msg, "第 2 项没有数字 min");
    cr_expect_null(strstr(err.msg, "national/pack.lua"), "%s", err.msg);
}

Test(schema, no_extends_says_so)
{
    jx_error err;
    open_bad("no-extends", &err);
    EXPECT_HAS(err.msg, "no-extends/pack.lua:3");
    EXPECT_HAS(err.msg, "本包没有声明父包");
    EXPECT_HAS(err.msg, "extends = \"national\"");
}

Test(schema, folder_differs_from_name)
{
    jx_error err;
    open_bad("folder-mismatch", &err);
    cr_expect_eq(err.line, 4);
    EXPECT_HAS(err.msg, "文件夹名 folder-mismatch 与 name = \"my-province\" 不一致");
}

Test(schema, not_found_names_jixiao_rules)
{
    static const char *const shipped[] = {JX_SOURCE_DIR "/rules", NULL};
    jx_engine_opts o = {shipped, 0, 0};
    jx_engine *e = NULL;
    jx_error err = {0};
    cr_expect_eq(jx_engine_open("no-such-pack-x", &o, &e, &err), JX_ENOTFOUND);
    EXPECT_HAS(err.msg, "JIXIAO_RULES");
    EXPECT_HAS(err.msg, "已安装的规则包：jiangxi-2017、national、sichuan、system-80-70-60。");
}

Test(schema, shipped_packs_clean)
{
    static const char *const packs[] = {"national", "sichuan", "jiangxi-2017",
                                        "system-80-70-60", "data-child"};
    for (size_t i = 0; i < sizeof packs / sizeof *packs; i++) {
        seen s;
        cr_expect_eq(lint(packs[i], &s), 0, "%s: %s", packs[i], s.all);
    }
}

/* ---- data-shaped child packs ---- */

/* framework.project[1].points, read raw inside a protected call */
typedef struct points_ctx {
    jx_engine *e;
    double pts;
} points_ctx;

static int first_points(lua_State *L, void *ud)
{
    points_ctx *c = ud;
    if (jx_rules_push(c->e, "framework.project") && lua_istable(L, -1) &&
        lua_rawgeti(L, -1, 1) == LUA_TTABLE) {
        lua_pushliteral(L, "points");
        if (lua_rawget(L, -2) == LUA_TNUMBER)
            c->pts = lua_tonumber(L, -1);
    }
    return JX_OK;
}

/* data-child/data.lua: weights 40/30/20 (+ execution 10), grades
 * 90/75/60, funds-missing off; no pack.lua, no bind */
Test(data_child, merged_and_bound_by_the_host)
{
    jx_engine *e = open_ok("data-child");
    jx_error err = {0};
    cr_expect_str_eq(jx_engine_pack(e), "data-child");
    const char *g = jx_engine_grade(e, 76, &err);
    cr_assert_not_null(g, "%s", err.msg);
    cr_expect_str_eq(g, "良", "76 under 90/75/60 is 良, got %s", g);
    g = jx_engine_grade(e, 74.99, &err);
    cr_assert_not_null(g, "%s", err.msg);
    cr_expect_str_eq(g, "中");
    points_ctx pc = {e, NAN};
    cr_assert_eq(jx_rules_protect(e, first_points, &pc, "测试", &err), JX_OK, "%s", err.msg);
    cr_expect_eq(pc.pts, 40, "产出指标 points %g", pc.pts);
    int off = 0, n = 0;
    for (size_t i = 0; i < jx_engine_ncheck(e); i++) {
        const char *code, *sev, *desc;
        if (jx_engine_check_info(e, i, &code, &sev, &desc)) {
            n++;
            if (!strcmp(code, "funds-missing"))
                off = !strcmp(sev, "off");
        }
    }
    cr_expect(off, "funds-missing is off");
    cr_expect_geq(n, 25, "national's checks kept: %d", n);
    jx_engine_free(e);
}

/* ---- the data-shaped loader inside the sandbox of issue 11 ---- */

/* data.lua and framework.lua run in the same environment as pack.lua:
 * the libraries they see are the read-only proxies, so a data file
 * cannot change string.format (which the host's helpers and national
 * use) nor the string metatable.  The load fails naming the file. */
Test(data_child, data_files_see_read_only_libraries)
{
    static const char *const bad[][2] = {
        {"data-poison", "data-poison/data.lua:4"},
        {"data-poison-mt", "data-poison-mt/framework.lua:3"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        jx_error err;
        open_bad(bad[i][0], &err);
        EXPECT_HAS(err.msg, bad[i][1]);
        EXPECT_HAS(err.msg, "只读");
    }
    /* nothing leaked into another engine: national grades as before */
    jx_engine *e = open_ok("national");
    jx_error err = {0};
    const char *g = jx_engine_grade(e, 95, &err);
    cr_assert_not_null(g, "%s", err.msg);
    cr_expect_str_eq(g, "优");
    jx_engine_free(e);
}

/* Loading (each file, the merge, the host's bind) and the schema check
 * run inside the host's protected call: under any memory cap, opening a
 * data-only child, an old-style child and national either succeeds and
 * the engine works, or fails with a clean error; never an abort. */
Test(data_child, loading_under_memory_caps_is_clean, .timeout = 120)
{
    static const char *const packs[] = {"data-child", "child-80", "national"};
    int failed = 0, opened = 0;
    for (size_t i = 0; i < sizeof packs / sizeof *packs; i++) {
        for (size_t kb = 128; kb <= 2048; kb += 64) {
            jx_engine_opts o = {search, 0, kb << 10};
            jx_engine *e = NULL;
            jx_error err = {0};
            int rc = jx_engine_open(packs[i], &o, &e, &err);
            if (rc) {
                failed++;
                cr_expect(rc == JX_ERULE || rc == JX_ELIMIT || rc == JX_ENOMEM,
                          "%s at %zu KiB: %s %s", packs[i], kb, jx_status_name(rc), err.msg);
                cr_expect_null(e);
                cr_expect_neq(err.msg[0], '\0', "%s at %zu KiB: no message", packs[i], kb);
                cr_expect(strstr(err.msg, packs[i]) || strstr(err.msg, "national"),
                          "%s at %zu KiB: the pack is not named: %s", packs[i], kb, err.msg);
                continue;
            }
            opened++;
            const char *g = jx_engine_grade(e, 95, &err);
            cr_expect(g != NULL || err.msg[0], "%s at %zu KiB: no grade, no error", packs[i], kb);
            jx_engine_free(e);
        }
    }
    /* the loop must cover both outcomes to test anything */
    cr_expect_gt(failed, 0, "no cap was small enough to fail a load");
    cr_expect_gt(opened, 0, "no cap was large enough to load");
}

/* ---- jixiao/pack.h: what `rules list|lint|test` do, to a stream ---- */

/* A stream into *mem (set when the stream is closed). */
static FILE *to_mem(char **mem, size_t *len)
{
    *mem = NULL;
    FILE *f = open_memstream(mem, len);
    cr_assert_not_null(f);
    return f;
}

Test(pack_api, test_runs_the_shipped_cases)
{
    jx_engine_opts o = {search, 0, 0};
    jx_engine *e = NULL;
    jx_error err = {0};
    cr_assert_eq(jx_engine_open("national", &o, &e, &err), JX_OK, "%s", err.msg);
    char *mem;
    size_t len, n = 0, failed = 9;
    FILE *f = to_mem(&mem, &len);
    cr_assert_eq(jx_pack_test(e, "national", f, &n, &failed, &err), JX_OK, "%s", err.msg);
    fclose(f);
    cr_expect_gt(n, 10);
    cr_expect_eq(failed, 0);
    char last[128];
    snprintf(last, sizeof last, "national：%zu 个用例，%zu 个通过，0 个失败\n", n, n);
    cr_expect(len >= strlen(last) && !strcmp(mem + len - strlen(last), last), "%s", mem);
    free(mem);
    jx_engine_free(e);
}

Test(pack_api, lint_and_list)
{
    jx_engine_opts o = {search, 0, 0};
    jx_error err = {0};
    FILE *f;
    size_t len, problems = 0;
    char *mem;
    f = to_mem(&mem, &len);
    cr_assert_eq(jx_pack_lint(JX_TEST_DATA "/packs/typo-grade", &o, f, &problems, &err), JX_OK,
                 "%s", err.msg);
    fclose(f);
    cr_expect_gt(problems, 0);
    cr_expect(strstr(mem, "typo-grade/"), "%s", mem); /* each problem names its file */
    free(mem);
    f = to_mem(&mem, &len);
    cr_expect_eq(jx_pack_lint("no-such-pack", &o, f, &problems, &err), JX_ENOTFOUND);
    fclose(f);
    free(mem);
    f = to_mem(&mem, &len);
    cr_assert_eq(jx_pack_list(search, f, &err), JX_OK);
    fclose(f);
    cr_expect(strstr(mem, "\nnational "), "%s", mem);
    cr_expect(strstr(mem, JX_SOURCE_DIR "/rules/sichuan\n"), "%s", mem);
    free(mem);
}
