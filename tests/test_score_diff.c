/*
 * test_score_diff.c - scoring a table in one call (jx_engine_score_rows:
 * the pack's score_table, its closures, the host's built-in formulas and
 * explanation templates, docs/rules.md 3.2 item 6) against one call per
 * indicator (jx_engine_score_change), on made-up forms.
 *
 * The forms come from a fixed seed: targets of every comparison (≥ ≤ < >
 * = ranges, none written), 0, negatives, decimals, huge numbers, in 人 %
 * 万元 元 件 小时 and others, words and dates; actuals that are numbers in
 * the target's unit or another, fractions, words of national's vocabulary
 * with and without white space (U+3000 too) around them, 本年/上年 text,
 * braces, long text; 分值 with decimals, 0, below 0, NaN; 填报得分 and
 * 本年数/上年数 now and then.  Every row is compared field by field
 * (score to the bit, rule, explanation, finding, unmet, points), with
 * explanations on and off, the host's memo cold and warm, the two paths in
 * either order, for national, the packs that change its formulas
 * (tests/data/packs), the regional packs under rules/ and packs written
 * here for the corners (p.round 0, 3 and below 0; band names and
 * vocabulary words with braces, empty, repeated, padded, long).
 */
#include <criterion/criterion.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "doc_int.h"
#include "jixiao/jixiao.h"
#include "rules.h"

/* ---- a fixed stream of numbers (splitmix64) ---- */

static uint64_t seed;

static uint64_t rnd(void)
{
    uint64_t z = (seed += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

static int pick(int n) { return (int)(rnd() % (uint64_t)n); }
static int chance(int pct) { return pick(100) < pct; }
#define ONE_OF(a) ((a)[pick((int)(sizeof(a) / sizeof *(a)))])

/* ---- text ---- */

typedef struct sbuf {
    char s[4096];
    size_t n;
} sbuf;

static void put(sbuf *b, const char *s, size_t n)
{
    if (b->n >= sizeof b->s - 1)
        return;
    size_t room = sizeof b->s - 1 - b->n;
    if (n > room)
        n = room;
    memcpy(b->s + b->n, s, n);
    b->n += n;
    b->s[b->n] = '\0';
}

static void puts_(sbuf *b, const char *s) { put(b, s, strlen(s)); }

static void putf(sbuf *b, const char *fmt, ...)
{
    char t[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(t, sizeof t, fmt, ap);
    va_end(ap);
    put(b, t, n < 0 ? 0 : (size_t)n < sizeof t ? (size_t)n : sizeof t - 1);
}

/* the words of national's vocabulary (rules/national/vocabulary.lua),
 * read from the file so the test follows it */
static char *vocab[256];
static int nvocab;

static void read_vocab(void)
{
    if (nvocab)
        return;
    FILE *f = fopen(JX_SOURCE_DIR "/rules/national/vocabulary.lua", "rb");
    cr_assert_not_null(f);
    char line[4096];
    while (fgets(line, sizeof line, f)) {
        if (!strncmp(line, "--", 2))
            continue;
        for (char *p = line; (p = strchr(p, '"'));) {
            char *q = strchr(p + 1, '"');
            if (!q)
                break;
            if (nvocab < 256)
                vocab[nvocab++] = strndup(p + 1, (size_t)(q - p - 1));
            p = q + 1;
        }
    }
    fclose(f);
    cr_assert_gt(nvocab, 40);
}

/* words the packs written here put in their vocabulary, and some that are
 * in none */
static const char *const more_words[] = {
    "{P}", "{{", "达成{B}", "较好", "基本 完成", "很好", "较好完成", "未知", "完成情况良好",
    "按计划推进", "长期", "明显提高", "是", "否", "{T}", "}", "{", "达成　完成",
    "这是一个很长很长很长很长很长很长很长很长很长很长很长很长很长的达成词语", "好　", " 好",
    "好", "达成", "未完成", "基本完成", "无",
};

static const char *const pads[] = {"", "", "", "", " ", "　", "\t", "　 ", " 　", "\r\n", "　　"};

/* ---- a made-up form ---- */

static void gen_number(sbuf *b)
{
    switch (pick(14)) {
    case 0:
        puts_(b, chance(70) ? "0" : chance(50) ? "-0" : "-0.00");
        break;
    case 12:
        /* just below 1, and far below: jx.fmt's four significant digits */
        putf(b, chance(50) ? "0.9999%d" : "0.0000000000%04d", pick(10000));
        break;
    case 13:
        putf(b, "%d.%03d", pick(100000), pick(1000));
        break;
    case 1:
        putf(b, "-%d", 1 + pick(60));
        break;
    case 2:
        putf(b, "%d.%d", pick(200), pick(10));
        break;
    case 3:
        putf(b, "%d.%03d", pick(150), pick(1000));
        break;
    case 4:
        putf(b, "0.%0*d", 1 + pick(5), 1 + pick(999));
        break;
    case 5: {
        /* huge: 10^13 .. 10^27, or just under; now and then past the
         * largest double (an infinite value) */
        int k = chance(10) ? 295 + pick(30) : 13 + pick(15);
        if (chance(50)) {
            puts_(b, "1");
            for (int i = 0; i < k; i++)
                puts_(b, "0");
        } else {
            for (int i = 0; i < k; i++)
                puts_(b, "9");
        }
        break;
    }
    case 6:
        putf(b, "%d.%d5", pick(120), pick(10)); /* rounds at the last digit */
        break;
    case 7:
        putf(b, "-%d.%02d", pick(20), pick(100));
        break;
    default:
        putf(b, "%d", 1 + pick(120));
        break;
    }
}

static const char *const units[] = {"人", "%", "万元", "元", "件", "小时", "人次", "", "", "户",
                                    "元/人", "天", "万人"};
static const char *const ops[] = {"≥", "≤", "<", ">", "=", "", "", "＞", "≦", "不低于", "不高于",
                                  "≥", "≤"};

/* a target cell; *unit the unit it names (for actuals in the same unit),
 * *words whether it is words (actuals mostly words then) */
static void gen_target(sbuf *b, const char **unit, int *words)
{
    *words = 0;
    *unit = ONE_OF(units);
    int k = pick(100);
    if (k < 62) {
        puts_(b, ONE_OF(ops));
        gen_number(b);
        puts_(b, *unit);
    } else if (k < 70) {
        gen_number(b);
        puts_(b, "-");
        gen_number(b);
        puts_(b, *unit);
    } else if (k < 84) {
        *words = 1;
        static const char *const wds[] = {"好", "明显提高", "长期", "有效", "达成", "逐步提高",
                                            "按期完成", "是", "优", "{P}"};
        puts_(b, ONE_OF(wds));
        *unit = "";
    } else if (k < 90) {
        static const char *const dates[] = {"2023年12月31日前完成", "12月底前", "2023年6月30日前",
                                            "2024年3月前"};
        puts_(b, ONE_OF(dates));
        *unit = "";
    } else if (k < 95) {
        static const char *const changes[] = {"同比下降5%", "较上年提高", "≤上年", "下降10%"};
        puts_(b, ONE_OF(changes));
        *unit = "%";
    } else {
        static const char *const odd[] = {"", "—", "0", "/", "xx"};
        puts_(b, ONE_OF(odd));
        *unit = "";
    }
}

static const struct {
    const char *l1, *l2;
} levels[] = {
    {"产出指标", "数量指标"},         {"产出指标", "质量指标"},
    {"产出指标", "时效指标"},         {"产出指标", "成本指标"},
    {"成本指标", "经济成本指标"},     {"效益指标", "经济效益指标"},
    {"效益指标", "社会效益指标"},     {"效益指标", "生态效益指标"},
    {"效益指标", "可持续影响指标"},   {"满意度指标", "服务对象满意度指标"},
};

static const char *const names3[] = {
    "离休干部人数", "报销成本",       "响应时间",     "参保人数",       "救助率",
    "差错率",       "合格率",         "培训场次",     "完成时间",       "公用经费变动率",
    "印刷费",       "就医方便程度",   "覆盖人数",     "满意度",         "投诉件数",
    "达标率",       "增长率",         "节约率",       "成本降低率",     "人均补助",
    "“三公经费”变动率", "办公经费",   "项目完成及时率", "政策知晓率",   "群众反映",
};

/* a CSV cell, quoted */
static void cell(sbuf *b, const char *s)
{
    puts_(b, "\"");
    for (const char *p = s; *p; p++) {
        if (*p == '"')
            puts_(b, "\"");
        put(b, p, 1);
    }
    puts_(b, "\"");
}

typedef struct form {
    char csv[1 << 16];
    size_t n;
    const char *unit[64]; /* the unit each row's target names */
    int words[64];        /* the row's target is words */
    int rows;
} form;

static void gen_form(form *f)
{
    f->n = 0;
    f->rows = 4 + pick(40);
    static const char head[] =
        "项目编码,项目名称,一级指标,二级指标,三级指标,年度指标值,分值,实际完成值\n";
    memcpy(f->csv, head, sizeof head - 1);
    f->n = sizeof head - 1;
    for (int r = 0; r < f->rows; r++) {
        sbuf b = {.n = 0};
        sbuf t = {.n = 0};
        int lv = (int)pick((int)(sizeof levels / sizeof *levels));
        puts_(&b, "1-1,示例,");
        cell(&b, levels[lv].l1);
        puts_(&b, ",");
        cell(&b, levels[lv].l2);
        puts_(&b, ",");
        sbuf n3 = {.n = 0};
        puts_(&n3, ONE_OF(names3));
        if (chance(60))
            putf(&n3, "%d", pick(3000)); /* many distinct keys: the memo fills, is cleared */
        putf(&n3, "#%d", r);             /* one name per row: rows stay apart */
        cell(&b, n3.s);
        puts_(&b, ",");
        gen_target(&t, &f->unit[r], &f->words[r]);
        cell(&b, t.s);
        puts_(&b, ",5,\n");
        cr_assert_lt(f->n + b.n, sizeof f->csv);
        memcpy(f->csv + f->n, b.s, b.n);
        f->n += b.n;
    }
    f->csv[f->n] = '\0';
}

/* an actual cell for a row whose target names unit u, or is words */
static void gen_actual(sbuf *b, const char *u, int words)
{
    int k = words && chance(60) ? 50 : pick(100);
    const char *l = ONE_OF(pads), *r = ONE_OF(pads);
    if (k < 40) {
        if (chance(15))
            puts_(b, l);
        gen_number(b);
        puts_(b, chance(60) ? u : chance(50) ? "" : ONE_OF(units));
        if (chance(15))
            puts_(b, r);
    } else if (k < 45) {
        putf(b, "0.%02d", pick(100)); /* a fraction for a % */
    } else if (k < 75) {
        puts_(b, l);
        puts_(b, chance(70) ? vocab[pick(nvocab)] : ONE_OF(more_words));
        puts_(b, r);
    } else if (k < 83) {
        static const char *const years[] = {"本年%d，上年%d", "上年%d本年%d",
                                            "本年完成%d%%，上年%d%%", "本年数：%d；上年数：%d",
                                            "本年达成，上年%d%d"};
        putf(b, ONE_OF(years), pick(200), pick(200));
    } else if (k < 89) {
        static const char *const dates[] = {"2023年11月完成", "2024年1月5日", "2023年12月",
                                            "12月20日", "2023年12月31日", "按期完成"};
        puts_(b, ONE_OF(dates));
    } else if (k < 93) {
        /* long: past JX_EXPLAIN_MAX with the rest of an explanation */
        int n = 20 + pick(60);
        for (int i = 0; i < n; i++)
            puts_(b, i % 7 == 3 ? "a" : "达");
        if (chance(50))
            puts_(b, "完成");
    } else {
        static const char *const odd[] = {"", " ", "　", "{P}", "{{A}}", "完成120人", "—", "无",
                                          "达成{", "{V}{H}{T}"};
        puts_(b, ONE_OF(odd));
    }
}

static double gen_points(void)
{
    int k = pick(100);
    if (k < 35)
        return 5;
    if (k < 60)
        return 1 + pick(20);
    if (k < 80) {
        static const double d[] = {2.5, 3.3, 7.5, 0.333, 4.5, 1.25, 6.66, 0.5, 12.345, 0.05};
        return ONE_OF(d);
    }
    if (k < 88)
        return 0;
    if (k < 92)
        return -(double)(1 + pick(5));
    if (k < 95)
        return NAN;
    if (k < 98)
        return 1e6 + pick(1000) / 7.0;
    return 1e300;
}

/* ---- the packs ---- */

static char packdir[256];

static void write_file(const char *dir, const char *name, const char *text)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", packdir, dir);
    mkdir(path, 0755);
    snprintf(path, sizeof path, "%s/%s/%s", packdir, dir, name);
    FILE *f = fopen(path, "wb");
    cr_assert_not_null(f, "%s", path);
    fputs(text, f);
    fclose(f);
}

static void write_packs(void)
{
    if (packdir[0])
        return;
    snprintf(packdir, sizeof packdir, "/tmp/jx-score-diff-XXXXXX");
    cr_assert_not_null(mkdtemp(packdir));
    write_file("diff-round0", "pack.lua",
               "-- extends: national\n"
               "local p = base\np.name = \"diff-round0\"\np.extends = \"national\"\n"
               "p.round = 0\nreturn p.bind(p)\n");
    /* three decimals; band names and words with braces, a long band name;
     * words empty, repeated (in one band and in two), padded, long; a step
     * and tiers for project rows; the overshoot deduction */
    write_file(
        "diff-round3", "pack.lua",
        "-- extends: national\n"
        "local p = base\np.name = \"diff-round3\"\np.extends = \"national\"\n"
        "p.round = 3\n"
        "p.band_names = { achieved = \"达{P}成{{\", failed = \"未{\",\n"
        "  partial = string.rep(\"部分达成的很长的档位名称\", 9) }\n"
        "p.bands = { achieved = { 1, 0.8 }, partial = { 0.8, 0.6 }, failed = { 0.6, 0 } }\n"
        "p.vocabulary = {\n"
        "  achieved = { \"达成\", \"\", \"完成\", \"达成\", \" 好\", \"{P}\", \"好　\", \"{T}\",\n"
        "    \"这是一个很长很长很长很长很长很长很长很长很长很长很长很长很长的达成词语\", \"较好\" },\n"
        "  partial = { \"较好\", \"达成{B}\", \"基本 完成\", \"基本完成\", \"{{\" },\n"
        "  failed = { \"未达成\", \"\", \"未完成\", \"}\", \"{\", \"无\" },\n"
        "}\n"
        "p.formulas.tiers = { { match = \"达标率\", tiers = { { min = 90, share = 1 },\n"
        "  { min = 80, share = 0.8 }, { min = 0, share = 0 } } } }\n"
        "p.formulas.steps[#p.formulas.steps + 1] = { match = \"投诉\", limit = 3, per = 1,\n"
        "  share = 0.1, step_name = \"件\" }\n"
        "p.formulas.overshoot = { threshold = 20, deduct = true }\n"
        "return p.bind(p)\n");
    /* p.round below 0: the pack rounds to tens (K.m = 0.1), the host to
     * two decimals; ratio for 反向; bands with integers */
    write_file("diff-roundneg", "pack.lua",
               "-- extends: national\n"
               "local p = base\np.name = \"diff-roundneg\"\np.extends = \"national\"\n"
               "p.round = -1\np.formulas.reverse = \"ratio\"\n"
               "p.bands = { achieved = { 1, 1 }, partial = { 0.7, 0.5 }, failed = { 0.25, 0 } }\n"
               "return p.bind(p)\n");
    /* national's table entry behind formula ids past 5000 (no built-in
     * kept for them) and names past 100 (rule names and templates not
     * kept by id): the same results */
    write_file("diff-offset", "pack.lua",
               "-- extends: national\n"
               "local p = base\np.name = \"diff-offset\"\np.extends = \"national\"\n"
               "local entry = p.lib.score_table\n"
               "p.lib.score_table = function(pk, score)\n"
               "  local resolve, run, names, formula = entry(pk, score)\n"
               "  if not resolve then return nil end\n"
               "  if #names == 0 then for i = 1, 100 do names[i] = \"{P}占位\" .. i end end\n"
               "  return function(...)\n"
               "    local id, text = resolve(...)\n"
               "    return id + 5000, text\n"
               "  end, function(n, ne, I, ...)\n"
               "    for i = 1, n do I[i] = I[i] - 5000 end\n"
               "    return run(n, ne, I, ...)\n"
               "  end, names, function(id, ne) return formula(id - 5000, ne) end\n"
               "end\n"
               "return p.bind(p)\n");
    /* formula ids the host cannot double (math.maxinteger): the table
     * call fails, the rows are scored one at a time */
    write_file("diff-bigid", "pack.lua",
               "-- extends: national\n"
               "local p = base\np.name = \"diff-bigid\"\np.extends = \"national\"\n"
               "p.lib.score_table = function(pk, score)\n"
               "  local names = { \"规则\" }\n"
               "  local big = math.maxinteger - (pk.round or 0)\n"
               "  return function() return big, false end,\n"
               "    function(n, ne, I, N, G, T, TT, C, V, S, R, X)\n"
               "      for i = 1, n do S[i], R[i], X[i] = 1, 1, \"x\" end\n"
               "    end, names, function(id, ne)\n"
               "      return function() return 1, 1, \"x\" end,\n"
               "        { kind = \"positive\", m = 100, rule = 1 }\n"
               "    end\n"
               "end\n"
               "return p.bind(p)\n");
    /* built-in specs of every odd shape over national's closures: the
     * host reads them without harm (the results follow the specs) */
    write_file(
        "diff-spec", "pack.lua",
        "-- extends: national\n"
        "local p = base\np.name = \"diff-spec\"\np.extends = \"national\"\n"
        "local weird = {\n"
        "  function(sp) sp.m = 0/0 end, function(sp) sp.m = 1/0 end, function(sp) sp.m = 0 end,\n"
        "  function(sp) sp.m = -1e308 end, function(sp) sp.m = \"100\" end,\n"
        "  function(sp) sp.rule = math.maxinteger end, function(sp) sp.rule = -1 end,\n"
        "  function(sp) sp.rule = 0 end, function(sp) sp.rule = 1.5 end,\n"
        "  function(sp) sp.full = 100000; sp.part = -3 end,\n"
        "  function(sp) sp.full = math.maxinteger; sp.part = math.mininteger end,\n"
        "  function(sp) sp.full = sp.rule; sp.part = sp.rule end,\n"
        "  function(sp) sp.note = { \"a\", \"b\", \"c\", \"d\", \"e\" } end,\n"
        "  function(sp) sp.note = { \"\" } end, function(sp) sp.note = { 1, 2 } end,\n"
        "  function(sp) sp.note = { string.rep(\"x\", 40) } end,\n"
        "  function(sp) sp.note = { string.rep(\"x\", 31), \"本年\" } end,\n"
        "  function(sp) sp.kind = \"bands\"; sp.words = { { \"达成\", 0/0, 1 }, { \"完成\" }, 5 } end,\n"
        "  function(sp) sp.kind = \"bands\"; sp.words = { { \"达成\", 1e308, sp.full or 1 },\n"
        "    { \"\", 0.5, 2 }, { \"好\", -1, math.maxinteger }, { \"完成\", 0.5, -7 },\n"
        "    { \"未完成\", 0.5, 0 }, { \"较好\", \"0.7\", 2.5 } } end,\n"
        "  function(sp) sp.kind = \"bands\"; sp.words = {} end,\n"
        "  function(sp) sp.kind = \"bands\"; sp.words = nil end,\n"
        "  function(sp) sp.kind = \"bands\"; sp.words = { [1] = { \"达成\", 1, 1 }, [3] = {} } end,\n"
        "  function(sp) sp.kind = 5 end, function(sp) sp.kind = \"reverse\"; sp.ratio = 1 end,\n"
        "  function(sp) sp.kind = \"positive\"; sp.edge = 0 end, function(sp) end,\n"
        "}\n"
        "local entry = p.lib.score_table\n"
        "p.lib.score_table = function(pk, score)\n"
        "  local resolve, run, names, formula = entry(pk, score)\n"
        "  if not resolve then return nil end\n"
        "  local calls = 0\n"
        "  return resolve, run, names, function(id, ne)\n"
        "    local q, sp = formula(id, ne)\n"
        "    calls = calls + 1\n"
        "    local c = {}\n"
        "    for k, v in pairs(sp or { kind = \"positive\", m = 100, rule = 1 }) do c[k] = v end\n"
        "    weird[(id * 7 + calls) % #weird + 1](c)\n"
        "    return q, c\n"
        "  end\n"
        "end\n"
        "return p.bind(p)\n");
    /* national, whose resolve fills the memory cap for 占满内存 and keeps
     * what it filled (as memory-hog does in its score) */
    write_file("diff-hog", "pack.lua",
               "-- extends: national\n"
               "local p = base\np.name = \"diff-hog\"\np.extends = \"national\"\n"
               "local entry = p.lib.score_table\n"
               "local hog\n"
               "p.lib.score_table = function(pk, score)\n"
               "  local resolve, run, names, formula = entry(pk, score)\n"
               "  if not resolve then return nil end\n"
               "  return function(kind, l1, l2, l3, ...)\n"
               "    if l3 == \"占满内存\" then\n"
               "      for _, size in ipairs({ 65536, 4096, 256, 16, 1 }) do\n"
               "        pcall(function() while true do hog = { hog, string.rep(\"h\", size) } end end)\n"
               "      end\n"
               "    end\n"
               "    return resolve(kind, l1, l2, l3, ...)\n"
               "  end, run, names, formula\n"
               "end\n"
               "return p.bind(p)\n");
}

/* after each test, passed or failed (the suite's fini) */
static void remove_packs(void)
{
    if (!packdir[0])
        return;
    static const char *const names[] = {"diff-round0", "diff-round3", "diff-roundneg",
                                        "diff-offset", "diff-bigid",   "diff-spec",
                                        "diff-hog"};
    char path[512];
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        snprintf(path, sizeof path, "%s/%s/pack.lua", packdir, names[i]);
        unlink(path);
        snprintf(path, sizeof path, "%s/%s", packdir, names[i]);
        rmdir(path);
    }
    rmdir(packdir);
    packdir[0] = '\0';
}

static const char *const dirs[] = {JX_SOURCE_DIR "/tests/data/packs", JX_SOURCE_DIR "/rules",
                                   NULL};

static jx_engine *open_limited(const char *name, size_t memory)
{
    char path[512];
    if (!strncmp(name, "diff-", 5)) {
        snprintf(path, sizeof path, "%s/%s", packdir, name);
        name = path;
    }
    jx_engine_opts o = {dirs, 0, memory};
    jx_engine *e = NULL;
    jx_error err = {0};
    cr_assert_eq(jx_engine_open(name, &o, &e, &err), JX_OK, "%s: %s", name, err.msg);
    return e;
}

static jx_engine *open_pack(const char *name) { return open_limited(name, 0); }

/* ---- the comparison ---- */

static void esc(char *o, size_t on, const char *s, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n && k + 5 < on; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x20)
            k += (size_t)snprintf(o + k, on - k, "\\x%02x", c);
        else
            o[k++] = (char)c;
    }
    o[k] = '\0';
}

static int check_same = 1; /* 0: the results are not compared (packs whose specs lie) */

typedef struct stats {
    size_t rows, mismatches, declined, tables;
} stats;

static int same_score(double a, double b)
{
    if (isnan(a) || isnan(b))
        return isnan(a) && isnan(b);
    return a == b && signbit(a) == signbit(b);
}

/* Scores rows both ways (table first when table_first) and compares. */
static void compare(jx_engine *e, const char *pack, const char *mode, const jx_table *t,
                    const jx_score_row *in, size_t n, int table_first, stats *st)
{
    jx_score *out = calloc(n + 1, sizeof *out);
    jx_score *one = calloc(n + 1, sizeof *one);
    char **tx = calloc(n + 1, sizeof *tx), **ox = calloc(n + 1, sizeof *ox);
    jx_error err = {0};
    for (int pass = 0; pass < 2; pass++) {
        if (pass == !table_first) {
            jx_status rc = jx_engine_score_rows(e, t, in, n, out, &err);
            if (rc != JX_OK) {
                /* the caller scores the rows one at a time then */
                st->declined++;
                for (size_t k = 0; k < n; k++)
                    out[k].points = NAN;
                memset(tx, 0, n * sizeof *tx);
                goto next;
            }
            for (size_t k = 0; k < n; k++)
                tx[k] = strdup(out[k].explain);
        } else {
            for (size_t k = 0; k < n; k++) {
                cr_assert_eq(jx_engine_score_change(e, t, in[k].ind, in[k].actual, in[k].current,
                                                    in[k].previous, in[k].points, in[k].given,
                                                    &one[k], &err),
                             JX_OK, "%s", err.msg);
                ox[k] = strdup(one[k].explain);
            }
        }
    next:;
    }
    st->tables++;
    for (size_t k = 0; k < n && tx[0]; k++) {
        const jx_score *a = &out[k], *b = &one[k];
        st->rows++;
        int ok = same_score(a->score, b->score) && !strcmp(a->rule, b->rule) &&
                 a->rule == b->rule && !strcmp(tx[k], ox[k]) && a->finding == b->finding &&
                 a->unmet == b->unmet && same_score(a->points, b->points);
        if (ok)
            continue;
        if (!check_same)
            continue;
        if (st->mismatches++ < 12) {
            char act[600], tg[300], x1[800], x2[800];
            esc(act, sizeof act, in[k].actual->raw, in[k].actual->raw_len);
            esc(tg, sizeof tg, in[k].ind->target_raw, strlen(in[k].ind->target_raw));
            esc(x1, sizeof x1, tx[k], strlen(tx[k]));
            esc(x2, sizeof x2, ox[k], strlen(ox[k]));
            cr_log_error("%s (%s, %s%s): %s / %s / target [%s] actual [%s] points %.17g given "
                         "%.17g years %g %g\n"
                         "  table: %.17g %s finding %d unmet %d [%s]\n"
                         "  one:   %.17g %s finding %d unmet %d [%s]",
                         pack, mode, table_first ? "table first" : "one first",
                         t->kind == JX_TABLE_DEPARTMENT ? ", department" : "", in[k].ind->level2,
                         in[k].ind->level3, tg, act, in[k].points, in[k].given, in[k].current,
                         in[k].previous, a->score, a->rule, a->finding, a->unmet, x1, b->score,
                         b->rule, b->finding, b->unmet, x2);
        }
    }
    for (size_t k = 0; k < n; k++) {
        free(tx[k]);
        free(ox[k]);
    }
    free(tx);
    free(ox);
    free(one);
    free(out);
}

/* One form through one pack: every mode, the rows' actuals drawn anew
 * (text kept in bufs for the parse's life). */
static void run_form(jx_engine *e, const char *pack, form *f, int years, stats *st)
{
    jx_doc *d = NULL;
    jx_error err = {0};
    jx_parse_opts po = {.encoding = JX_ENC_AUTO, .format = JX_FMT_CSV};
    cr_assert_eq(jx_doc_parse(f->csv, f->n, "form.csv", &po, &d, &err), JX_OK, "%s", err.msg);
    cr_assert_eq(jx_engine_frame(e, d, &err), JX_OK, "%s", err.msg);
    for (size_t ti = 0; ti < d->ntables; ti++) {
        jx_table *t = &d->tables[ti];
        if (chance(20))
            t->kind = JX_TABLE_DEPARTMENT; /* the department formulas (“三公经费”) */
        size_t n = 0;
        jx_value *av = calloc(t->n + 1, sizeof *av);
        sbuf *text = calloc(t->n + 1, sizeof *text);
        jx_score_row *in = calloc(t->n + 1, sizeof *in);
        for (size_t i = 0; i < t->n; i++) {
            const jx_indicator *ind = &t->ind[i];
            if (!jx_indicator_scored(ind))
                continue;
            /* the row's unit: the form's row whose name it is */
            const char *u = "";
            int words = 0;
            const char *hash = strrchr(ind->level3, '#');
            if (hash && atoi(hash + 1) < f->rows) {
                u = f->unit[atoi(hash + 1)];
                words = f->words[atoi(hash + 1)];
            }
            sbuf *b = &text[n];
            gen_actual(b, u, words);
            jx_error ve = {0};
            if (jx_value_parse(b->s, b->n, &av[n], &ve) != JX_OK)
                continue;
            if (chance(1) && b->n) {
                /* a NUL inside the text (jx_value_parse refuses it, a
                 * caller that builds values need not) */
                size_t at = b->n;
                put(b, "\0达成", 7);
                av[n].raw = b->s;
                av[n].raw_len = at + 7;
            }
            double cur = NAN, prev = NAN;
            if (years && chance(30)) {
                cur = pick(300) - 20 + (chance(30) ? 0.5 : 0);
                prev = chance(15) ? 0 : pick(300) + 1;
            }
            double pts = gen_points();
            double given = chance(12) ? (chance(70) ? pick(11) : pick(1000) / 37.0) : NAN;
            in[n] = (jx_score_row){ind, &av[n], cur, prev, pts, given};
            n++;
        }
        static const char *const modes[] = {"explain", "no explain"};
        for (int explain = 1; explain >= 0; explain--) {
            jx_engine_set_explain(e, explain);
            /* cold (the first table with these keys), then warm */
            for (int pass = 0; pass < 2; pass++) {
                char mode[64];
                snprintf(mode, sizeof mode, "%s, pass %d", modes[!explain], pass);
                compare(e, pack, mode, t, in, n, pass == 0 ? chance(70) : 1, st);
            }
        }
        jx_engine_set_explain(e, 1);
        free(in);
        free(text);
        free(av);
    }
    jx_doc_free(d);
}

static stats run_forms(const char *pack, int forms, uint64_t s)
{
    read_vocab();
    write_packs();
    seed = s;
    stats st = {0};
    static form f;
    jx_engine *e = open_pack(pack);
    for (int i = 0; i < forms; i++) {
        if (i && i % 60 == 0) {
            /* a new engine now and then: the memo and the built-ins cold */
            jx_engine_free(e);
            e = open_pack(pack);
        }
        gen_form(&f);
        run_form(e, pack, &f, chance(25), &st);
    }
    jx_engine_free(e);
    cr_log_info("%s: %zu rows in %zu tables compared, %zu declined, %zu differ", pack, st.rows,
                st.tables, st.declined, st.mismatches);
    return st;
}

static void run_pack(const char *pack, int forms, uint64_t s)
{
    stats st = run_forms(pack, forms, s);
    cr_expect_gt(st.rows, (size_t)forms * 10, "%s", pack);
    cr_expect_eq(st.declined, 0, "%s: the table call failed %zu times", pack, st.declined);
    cr_expect_eq(st.mismatches, 0, "%s: %zu rows differ (the first are logged above)", pack,
                 st.mismatches);
}

TestSuite(score_diff, .fini = remove_packs);

#define FORMS 480

Test(score_diff, national) { run_pack("national", FORMS * 2, 0x5EED0001); }
Test(score_diff, overshoot_deduct) { run_pack("overshoot-deduct", FORMS, 0x5EED0002); }
Test(score_diff, reverse_ratio) { run_pack("reverse-ratio", FORMS, 0x5EED0003); }
Test(score_diff, sichuan) { run_pack("sichuan", FORMS, 0x5EED0004); }
Test(score_diff, jiangxi_2017) { run_pack("jiangxi-2017", FORMS, 0x5EED0005); }
Test(score_diff, system_80_70_60) { run_pack("system-80-70-60", FORMS, 0x5EED0006); }
Test(score_diff, round_0) { run_pack("diff-round0", FORMS, 0x5EED0007); }
Test(score_diff, round_3_braces_words) { run_pack("diff-round3", FORMS * 2, 0x5EED0008); }
Test(score_diff, round_below_0) { run_pack("diff-roundneg", FORMS, 0x5EED0009); }
Test(score_diff, ids_past_the_kept_ones) { run_pack("diff-offset", FORMS, 0x5EED000A); }

/* Packs whose table entry the host must survive: no crash, no leak, no
 * undefined behaviour (the sanitizer build), every row still scored one
 * call at a time when the table call fails. */
Test(score_diff, hostile_entries)
{
    check_same = 0;
    stats st = run_forms("diff-spec", FORMS / 2, 0x5EED000B);
    cr_expect_gt(st.rows, (size_t)FORMS * 4);
    st = run_forms("diff-bigid", FORMS / 8, 0x5EED000C);
    cr_expect_eq(st.declined, st.tables, "every table call refused");
}

/* A pack that keeps more than its memory cap is refused before every
 * call (jx_eng_kept_over): one call per indicator reports it, and the
 * table call must too, not score the rows it can score in C. */
Test(score_diff, kept_over_the_cap_is_refused_both_ways, .timeout = 60)
{
    write_packs();
    jx_engine *e = open_limited("diff-hog", (size_t)48 << 20);
    jx_error err = {0};
    jx_doc *d = NULL;
    static const char csv[] =
        "项目编码,项目名称,一级指标,二级指标,三级指标,年度指标值,分值,实际完成值\n"
        "1-1,示例,产出指标,数量指标,离休干部人数,≥16人,5,\n"
        "1-1,示例,产出指标,成本指标,报销成本,≤140万元,10,\n"
        "1-1,示例,效益指标,社会效益指标,就医方便程度,明显提高,10,\n"
        "2-1,示例,产出指标,数量指标,占满内存,≥16人,5,\n";
    jx_parse_opts po = {.encoding = JX_ENC_AUTO, .format = JX_FMT_CSV};
    cr_assert_eq(jx_doc_parse(csv, strlen(csv), "form.csv", &po, &d, &err), JX_OK, "%s", err.msg);
    cr_assert_eq(jx_engine_frame(e, d, &err), JX_OK, "%s", err.msg);
    cr_assert_eq(d->ntables, 2);
    static const char *const acts[] = {"15人", "150万元", "达成"};
    jx_value av[3];
    jx_score_row in[3];
    jx_score out[3];
    for (int i = 0; i < 3; i++) {
        cr_assert_eq(jx_value_parse(acts[i], strlen(acts[i]), &av[i], &err), JX_OK);
        in[i] = (jx_score_row){&d->tables[0].ind[i], &av[i], NAN, NAN, 5, NAN};
    }
    /* twice: the second time every row is the host's (built-in formulas) */
    for (int k = 0; k < 2; k++)
        cr_assert_eq(jx_engine_score_rows(e, &d->tables[0], in, 3, out, &err), JX_OK, "%s",
                     err.msg);
    cr_expect_float_eq(out[0].score, 4.69, 1e-9);
    /* the hog */
    jx_score_row h = {&d->tables[1].ind[0], &av[0], NAN, NAN, 5, NAN};
    cr_expect_neq(jx_engine_score_rows(e, &d->tables[1], &h, 1, out, &err), JX_OK);
    jx_score one;
    cr_expect_eq(jx_engine_score_change(e, &d->tables[0], in[0].ind, in[0].actual, NAN, NAN, 5, NAN,
                                        &one, &err),
                 JX_ERULE, "one call: refused");
    cr_expect(strstr(err.msg, "占用的内存已超出限制") != NULL, "%s", err.msg);
    err = (jx_error){0};
    cr_expect_eq(jx_engine_score_rows(e, &d->tables[0], in, 3, out, &err), JX_ERULE,
                 "the table: refused as well");
    cr_expect(strstr(err.msg, "占用的内存已超出限制") != NULL, "%s", err.msg);
    jx_doc_free(d);
    jx_engine_free(e);
}
