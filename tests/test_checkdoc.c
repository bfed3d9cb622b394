/*
 * test_checkdoc.c - what the checks are handed and what they share: every
 * field of the document as docs/rules.md §3.3 lists it (built from field
 * names and enum names the engine makes once), a check that changes its
 * document does not change the next one's, and national's per-pack cache
 * of 计分归属 (prep) answers for the pack that asks.
 */
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc_int.h"
#include "jixiao/jixiao.h"
#include "rules.h"

static const char *const search[] = {JX_TEST_DATA "/packs", JX_SOURCE_DIR "/rules", NULL};

static jx_engine *open_ok(const char *name)
{
    jx_engine_opts o = {search, 0, 0};
    jx_engine *e = NULL;
    jx_error err = {0};
    cr_assert_eq(jx_engine_open(name, &o, &e, &err), JX_OK, "open %s: %s", name, err.msg);
    return e;
}

typedef struct got {
    const char *code; /* keep only this code's messages (NULL: all codes) */
    char msg[8][2048];
    char codes[2048];
    int n;
} got;

static int collect(const jx_finding *f, void *ud)
{
    got *g = ud;
    size_t k = strlen(g->codes);
    snprintf(g->codes + k, sizeof g->codes - k, "%s ", f->code);
    if (g->code && strcmp(f->code, g->code))
        return 0;
    if (g->n < 8)
        snprintf(g->msg[g->n], sizeof g->msg[0], "%s", f->message);
    g->n++;
    return 0;
}

static void add_ind(jx_doc *d, const char *l1, const char *l2, const char *l3,
                    const char *period, const char *target, int line)
{
    jx_indicator *ind = jx_doc_add_indicator(d);
    cr_assert_not_null(ind);
    ind->level1 = l1;
    ind->level2 = l2;
    ind->level3 = l3;
    ind->period = period;
    ind->line = line;
    jx_error err = {0};
    cr_assert_eq(jx_doc_set_target(d, ind, target, strlen(target), &err), JX_OK, "%s", err.msg);
}

/* A project table of three indicators (a 下限 with its unit, a 约 with a
 * subject, a 5*8 product) and a department table without indicators. */
static jx_doc *sample(void)
{
    jx_doc *d = jx_doc_new("t.txt");
    cr_assert_not_null(d);
    d->unit = "某单位";
    d->year = 2024;
    d->project_spending = 12.5;
    jx_doc_add_note(d, 2, "header-repeat", "重复表头");
    jx_table *t = jx_doc_add_table(d, JX_TABLE_PROJECT, JX_LAYOUT_WIDE, 3);
    cr_assert_not_null(t);
    t->code = "1-1";
    t->name = "示例";
    t->funds.total = 10;
    t->funds.fiscal = 8;
    add_ind(d, "产出指标", "数量指标", "培训人次", "年度", "≥100人次", 5);
    d->tables[0].ind[0].level2_inferred = 1;
    d->tables[0].ind[0].note = "说明";
    add_ind(d, "效益指标", NULL, "服务次数", NULL, "全年约12次", 6);
    d->tables[0].ind[1].explanation = "每周";
    d->tables[0].ind[1].split = 1;
    add_ind(d, "满意度指标", "服务对象满意度指标", "服务时长", NULL, "5*8小时", 7);
    d->tables[0].ind[2].realigned = 1;
    t = jx_doc_add_table(d, JX_TABLE_DEPARTMENT, JX_LAYOUT_DEPARTMENT, 20);
    cr_assert_not_null(t);
    t->name = "某部门";
    t->department = "上级";
    return d;
}

/* Worked out from the sample by hand: numbers the host pushes as floats
 * print as 10.0; value_max is the value itself unless a range
 * (include/jixiao/value.h); NaN funds, a missing 二级, explanation or
 * subject are nil;
 * 约12次 keeps 全年 as its subject; 5*8小时 is an implied = 40 (product). */
static const char expected[] =
    "t.txt|某单位|2024|12.5|2/header-repeat/重复表头"
    "|project,wide,1-1,示例,nil,3,10.0,8.0,nil"
    "|产出指标,数量指标,培训人次,年度,nil,说明,5,true,false,false,≥100人次,quantitative,nil,1"
    "|ge,100.0,100.0,人次,false,false,≥100人次,nil"
    "|效益指标,nil,服务次数,nil,每周,nil,6,false,false,true,全年约12次,quantitative,nil,1"
    "|approx,12.0,12.0,次,false,false,约12次,全年"
    "|满意度指标,服务对象满意度指标,服务时长,nil,nil,nil,7,false,true,false,5*8小时,quantitative,nil,1"
    "|eq,40.0,40.0,小时,true,true,5*8小时,nil"
    "|department,department,nil,某部门,上级,20,nil,nil,nil";

/* Every field, twice: the check changes kinds, operator and names of the
 * first document's tables; the second check of the same document gets
 * fresh tables and the same names. */
Test(checkdoc, every_field_and_a_changed_document_stays_its_own)
{
    jx_engine *e = open_ok("doc-fields");
    jx_doc *d = sample();
    for (int round = 0; round < 2; round++) {
        got g = {"doc-fields", {{0}}, "", 0};
        jx_error err = {0};
        cr_assert_eq(jx_engine_check(e, d, collect, &g, &err), JX_OK, "%s", err.msg);
        cr_assert_eq(g.n, 1, "round %d: %d findings (%s)", round, g.n, g.codes);
        cr_expect_str_eq(g.msg[0], expected, "round %d: got\n%s\nwant\n%s", round, g.msg[0], expected);
    }
    jx_doc_free(d);
    jx_engine_free(e);
}

/* One project table whose satisfaction row is written under the older
 * framework (效益指标 / 服务对象满意度指标 / 群众满意度).  national counts
 * it under 满意度指标 (kept_as_printed); not-kept, a child without that
 * combination, counts it under 效益指标 and so has no satisfaction
 * indicator.  Both engines in turn, twice: each pack's answer is its own. */
static jx_doc *older_framework(void)
{
    jx_doc *d = jx_doc_new("older.txt");
    cr_assert_not_null(d);
    jx_table *t = jx_doc_add_table(d, JX_TABLE_PROJECT, JX_LAYOUT_WIDE, 1);
    cr_assert_not_null(t);
    t->code = "2-1";
    t->name = "培训";
    add_ind(d, "产出指标", "数量指标", "培训人次", NULL, "≥100人次", 2);
    add_ind(d, "效益指标", "社会效益指标", "参训人员技能提升", NULL, "明显提升", 3);
    add_ind(d, "效益指标", "服务对象满意度指标", "群众满意度", NULL, "≥90%", 4);
    return d;
}

static int has_missing_satisfaction(jx_engine *e, jx_doc *d)
{
    got g = {"missing-satisfaction", {{0}}, "", 0};
    jx_error err = {0};
    cr_assert_eq(jx_engine_check(e, d, collect, &g, &err), JX_OK, "%s", err.msg);
    return g.n;
}

Test(checkdoc, points_group_per_pack)
{
    jx_engine *national = open_ok("national"), *child = open_ok("not-kept");
    jx_doc *d = older_framework();
    for (int round = 0; round < 2; round++) {
        cr_expect_eq(has_missing_satisfaction(national, d), 0, "national, round %d", round);
        cr_expect_eq(has_missing_satisfaction(child, d), 1, "not-kept, round %d", round);
    }
    jx_doc_free(d);
    jx_engine_free(child);
    jx_engine_free(national);
}

/* More distinct (一级, 二级) names than national keeps (4096): the cache
 * starts again and every table is still judged by its own rows. */
Test(checkdoc, points_group_cache_full_starts_again, .timeout = 60)
{
    jx_engine *e = open_ok("national");
    jx_doc *d = jx_doc_new("many.txt");
    cr_assert_not_null(d);
    for (int i = 0; i < 5000; i++) {
        jx_table *t = jx_doc_add_table(d, JX_TABLE_PROJECT, JX_LAYOUT_WIDE, i + 1);
        cr_assert_not_null(t);
        char name[32];
        snprintf(name, sizeof name, "%d", i);
        t->code = jx_doc_strdup(d, name);
        t->name = "项目";
        char l2[48];
        snprintf(l2, sizeof l2, "第%d类", i);
        /* a real 产出 row, and a 效益 row under a 二级 of its own */
        add_ind(d, "产出指标", "数量指标", "培训人次", NULL, "≥100人次", i + 1);
        add_ind(d, "效益指标", jx_doc_strdup(d, l2), "群众满意度", NULL, "≥90%", i + 1);
    }
    got g = {"missing-benefit", {{0}}, "", 0};
    jx_error err = {0};
    cr_assert_eq(jx_engine_check(e, d, collect, &g, &err), JX_OK, "%s", err.msg);
    /* every table has 产出 and 效益; none lacks benefit */
    cr_expect_eq(g.n, 0, "missing-benefit %d times", g.n);
    g = (got){"missing-output", {{0}}, "", 0};
    cr_assert_eq(jx_engine_check(e, d, collect, &g, &err), JX_OK, "%s", err.msg);
    cr_expect_eq(g.n, 0, "missing-output %d times", g.n);
    jx_doc_free(d);
    jx_engine_free(e);
}

/* Every finding of a check as one line: code, line, project, indicator,
 * message. */
typedef struct lines {
    char *buf;
    size_t len, cap;
} lines;

static int add_line(const jx_finding *f, void *ud)
{
    lines *l = ud;
    char one[4096];
    int n = snprintf(one, sizeof one, "%s|%d|%s|%s|%s\n", f->code, f->line,
                     f->project ? f->project : "-", f->indicator ? f->indicator : "-", f->message);
    cr_assert(n > 0);
    size_t k = (size_t)n < sizeof one ? (size_t)n : sizeof one - 1;
    if (l->len + k + 1 > l->cap) {
        l->cap = (l->len + k + 1) * 2;
        l->buf = realloc(l->buf, l->cap);
        cr_assert_not_null(l->buf);
    }
    memcpy(l->buf + l->len, one, k);
    l->len += k;
    l->buf[l->len] = 0;
    return 0;
}

static char *findings_of(jx_engine *e, const char *path)
{
    jx_doc *d = NULL;
    jx_error err = {0};
    cr_assert_eq(jx_doc_parse_file(path, NULL, &d, &err), JX_OK, "%s: %s", path, err.msg);
    cr_assert_eq(jx_engine_frame(e, d, &err), JX_OK, "%s", err.msg);
    lines l = {NULL, 0, 0};
    add_line(&(jx_finding){JX_SEV_INFO, "start", "", path, 0, NULL, NULL}, &l);
    cr_assert_eq(jx_engine_check(e, d, add_line, &l, &err), JX_OK, "%s", err.msg);
    jx_doc_free(d);
    return l.buf;
}

/* documents of both frameworks, self-evaluations and wide tables, for
 * the tests that compare two ways of reading the rows */
static const char *const compared_docs[] = {
    JX_SOURCE_DIR "/examples/lushan-2020.txt",
    JX_SOURCE_DIR "/examples/luolong-2021.txt",
    JX_TEST_DATA "/selfeval-luolong-2021.txt",
    JX_TEST_DATA "/selfeval-sichuan-style.txt",
    JX_TEST_DATA "/wide-projects.xlsx",
    JX_TEST_DATA "/wide-two-pairs.txt",
};

/* national's checks read the indicators from doc._rows; when a check run
 * before them has made the tables' indicators (rows-touched), they read
 * doc.tables instead: the same findings, in the same order, with the same
 * lines, projects and indicators. */
Test(checkdoc, rows_read_from_tables_give_the_same_findings, .timeout = 60)
{
    jx_engine *national = open_ok("national"), *touched = open_ok("rows-touched");
    for (size_t i = 0; i < sizeof compared_docs / sizeof *compared_docs; i++) {
        for (int round = 0; round < 2; round++) {
            char *a = findings_of(national, compared_docs[i]);
            char *b = findings_of(touched, compared_docs[i]);
            cr_expect_gt(strlen(a), strlen(compared_docs[i]) + 20, "%s: no findings", compared_docs[i]);
            cr_expect_str_eq(b, a, "%s, round %d", compared_docs[i], round);
            free(a);
            free(b);
        }
    }
    jx_engine_free(touched);
    jx_engine_free(national);
}

/* Documents whose rows go round more (kind, 一级, 二级) than the host keeps
 * recent (CLASS_RECENT in core/engine/check.c), with names repeated within
 * and across tables and documents, 年度 and 实施期 rows, satisfaction rows
 * that are and are not: seed picks the names. */
static jx_doc *many_classes(unsigned seed)
{
    static const char *const l1[] = {"产出指标", "效益指标", "满意度指标", "成本指标", NULL};
    static const char *const l2[] = {"数量指标", "质量指标", "时效指标", "社会效益指标",
                                     "服务对象满意度指标", "经济成本指标", NULL};
    static const char *const l3[] = {"培训人次", "群众满意度", "政策知晓率", "完成时间",
                                     "成本控制", "", "……", "通过该项目保障代缴费工作正常开展",
                                     "通过该项目保障代缴费工作正常开", "覆盖率"};
    /* every doc._rows sub-list: qt, bad, le, imp (a bare number), wan (万元 first) */
    static const char *const target[] = {"≥100人次", "≥90%", "明显提高", "≤5万元", "/", "",
                                         "95%", "5万元", "≤100%", "2023年12月"};
    jx_doc *d = jx_doc_new("many.txt");
    cr_assert_not_null(d);
    for (int ti = 0; ti < 4; ti++) {
        jx_table *t = jx_doc_add_table(d, ti == 3 ? JX_TABLE_DEPARTMENT : JX_TABLE_PROJECT,
                                       JX_LAYOUT_WIDE, 10 * ti + 1);
        cr_assert_not_null(t);
        char code[16];
        snprintf(code, sizeof code, "1-%d", ti + 1);
        t->code = jx_doc_strdup(d, code);
        t->name = "项目";
        for (int i = 0; i < 30; i++) {
            seed = seed * 1103515245u + 12345u;
            unsigned r = seed >> 8;
            const char *period = r % 3 == 0 ? "年度" : r % 3 == 1 ? "实施期" : NULL;
            /* table 3: 成本指标 rows (计分归属 产出指标) and no 产出指标 row */
            const char *one = l1[(i + r % 2) % 5], *two = l2[(i * 5 + r % 3) % 7];
            if (ti == 2) {
                one = i % 2 ? "成本指标" : "效益指标";
                two = i % 2 ? "经济成本指标" : "社会效益指标";
            }
            add_ind(d, one, two, l3[(r >> 4) % 10], period, target[(r >> 8) % 10], 10 * ti + i + 2);
            /* split and realigned rows (doc._rows.flag) */
            jx_indicator *last = &t->ind[t->n - 1];
            last->split = (r >> 12) % 5 == 0;
            last->realigned = (r >> 15) % 7 == 0;
        }
    }
    return d;
}

static void expect_same_facts(jx_engine *e, jx_doc *d, const char *what)
{
    jx_error err = {0};
    cr_assert_eq(jx_engine_frame(e, d, &err), JX_OK, "%s: %s", what, err.msg);
    got g = {"facts", {{0}}, "", 0};
    cr_assert_eq(jx_engine_check(e, d, collect, &g, &err), JX_OK, "%s: %s", what, err.msg);
    cr_expect_eq(g.n, 1, "%s: %s", what, g.msg[0]);
    cr_expect(!strncmp(g.msg[0], "rows ", 5) && atoi(g.msg[0] + 5) > 0, "%s: %s", what, g.msg[0]);
}

/* What national's prep_rows hands its checks, read from doc._rows in one
 * pass (row classes numbered by the host with its recent-class cache, the
 * rows' class facts D.f, the pre-screens T.dup, T.sat and D.dist), is what
 * working it out record by record from doc.tables gives (rows-facts). */
Test(checkdoc, prep_rows_facts_are_the_records_facts, .timeout = 60)
{
    jx_engine *e = open_ok("rows-facts");
    for (unsigned seed = 1; seed <= 40; seed++) {
        jx_doc *d = many_classes(seed);
        char what[32];
        snprintf(what, sizeof what, "seed %u", seed);
        expect_same_facts(e, d, what);
        jx_doc_free(d);
    }
    /* more 一级 names than prep_rows has bits for (has_level1 then looks row by row) */
    jx_doc *wide = jx_doc_new("names.txt");
    cr_assert_not_null(wide);
    for (int ti = 0; ti < 2; ti++) {
        jx_table *t = jx_doc_add_table(wide, JX_TABLE_PROJECT, JX_LAYOUT_WIDE, 1 + 100 * ti);
        cr_assert_not_null(t);
        for (int i = 0; i < 80; i++) {
            char name[32], two[32];
            snprintf(name, sizeof name, "一级%d", ti ? 79 - i : i);
            snprintf(two, sizeof two, "二级%d", i);
            add_ind(wide, jx_doc_strdup(wide, name), jx_doc_strdup(wide, two), "某某", NULL,
                    "≥100人次", 2 + 100 * ti + i);
        }
    }
    expect_same_facts(e, wide, "80 一级 names");
    jx_doc_free(wide);
    for (size_t i = 0; i < sizeof compared_docs / sizeof *compared_docs; i++) {
        jx_doc *d = NULL;
        jx_error err = {0};
        cr_assert_eq(jx_doc_parse_file(compared_docs[i], NULL, &d, &err), JX_OK, "%s: %s", compared_docs[i],
                     err.msg);
        expect_same_facts(e, d, compared_docs[i]);
        jx_doc_free(d);
    }
    jx_engine_free(e);
}
