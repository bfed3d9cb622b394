/*
 * packs.c - the rule packs as a pack author and a bureau see them
 * (jixiao/pack.h): the installed packs listed, one pack shown after
 * inheritance (fields, sources, framework, formulas, checks), its schema
 * linted, and its own test cases (tests.yaml) run.  What `jixiao rules`
 * prints, to any stream.
 */
#include <cjson/cJSON.h>
#include <dirent.h>
#include <lauxlib.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "doc_int.h"
#include "read/read.h"
#include "vocab.h"
#include "rules.h"
#include "write/write.h"

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* One row of the listing, padded by display width (CJK is two columns). */
static void list_row(FILE *out, const char *a, const char *b, const char *c, const char *d, const char *e)
{
    jx_buf r;
    jx_buf_init(&r);
    jx_pad(&r, a, 20);
    jx_pad(&r, b, 8);
    jx_pad(&r, c, 24);
    jx_pad(&r, d, 12);
    jx_buf_puts(&r, e);
    jx_buf_putc(&r, '\n');
    fwrite(r.p, 1, r.len, out);
    jx_buf_free(&r);
}

/* Pack fields read as strings ("—" when absent), inside a protected
 * call: reading the state can run out of memory like anything else. */
typedef struct fields_ctx {
    jx_engine *e;
    const char *f[3];
    char **v;
} fields_ctx;

static int read_fields(lua_State *L, void *ud)
{
    fields_ctx *c = ud;
    for (int k = 0; k < 3; k++) {
        jx_rules_push(c->e, c->f[k]);
        int t = lua_type(L, -1);
        const char *s = t == LUA_TSTRING || t == LUA_TNUMBER ? lua_tostring(L, -1) : "—";
        c->v[k] = strdup(s);
        lua_pop(L, 1);
        if (!c->v[k])
            return JX_ENOMEM;
    }
    return JX_OK;
}

jx_status jx_pack_list(const char *const *search, FILE *out, jx_error *err)
{
    const char *const *dirs = search ? search : jx_rules_default_dirs();
    (void)err; /* a pack that fails to load is a row saying so */
    char *seen[256];
    int nseen = 0;
    list_row(out, "规则包", "版本", "地区", "继承", "位置");
    for (; *dirs; dirs++) {
        DIR *dp = opendir(*dirs);
        if (!dp)
            continue;
        char *names[256];
        int n = 0;
        struct dirent *de;
        while ((de = readdir(dp)) && n < 256) {
            if (de->d_name[0] == '.')
                continue;
            char p[4096], q[4096];
            snprintf(p, sizeof p, "%s/%s/pack.lua", *dirs, de->d_name);
            snprintf(q, sizeof q, "%s/%s/data.lua", *dirs, de->d_name); /* a data-only pack */
            struct stat st;
            if ((stat(p, &st) == 0 || stat(q, &st) == 0) && (names[n] = strdup(de->d_name)))
                n++;
        }
        closedir(dp);
        qsort(names, (size_t)n, sizeof *names, cmp_str);
        for (int i = 0; i < n; i++) {
            int dup = 0;
            for (int k = 0; k < nseen; k++)
                dup |= !strcmp(seen[k], names[i]);
            if (dup || nseen >= 256) {
                free(names[i]);
                continue;
            }
            seen[nseen++] = names[i];
            char path[4096];
            snprintf(path, sizeof path, "%s/%s", *dirs, names[i]);
            jx_engine *e;
            jx_engine_opts eo = {search, 0, 0};
            jx_error perr = {0};
            if (jx_engine_open(path, &eo, &e, &perr)) {
                fprintf(out, "%-18s （加载失败：%s）\n", names[i], perr.msg);
                continue;
            }
            char *v[3] = {NULL, NULL, NULL};
            fields_ctx fc = {e, {"version", "region", "extends"}, v};
            if (jx_rules_protect(e, read_fields, &fc, "读取规则包字段", &perr)) {
                fprintf(out, "%-18s （读取失败：%s）\n", names[i], perr.msg);
                for (int k = 0; k < 3; k++)
                    free(v[k]);
                jx_engine_free(e);
                continue;
            }
            list_row(out, names[i], v[0], v[1], v[2], path);
            for (int k = 0; k < 3; k++)
                free(v[k]);
            jx_engine_free(e);
        }
    }
    for (int k = 0; k < nseen; k++)
        free(seen[k]);
    return JX_OK;
}

/* ---- show ---- */

/* Everything show prints is read inside one protected call (show_body)
 * and raw: a pack table's __index is rule code and must not run here. */

/* Pushes t[k] of the table at idx without metamethods (nil when the value
 * at idx is not a table); returns its type. */
static int rawkey(lua_State *L, int idx, const char *k)
{
    idx = lua_absindex(L, idx);
    if (!lua_istable(L, idx)) {
        lua_pushnil(L);
        return LUA_TNIL;
    }
    lua_pushstring(L, k);
    return lua_rawget(L, idx);
}

/* the string at idx, "?" for anything that is not a string or number */
static const char *str_at(lua_State *L, int idx)
{
    int t = lua_type(L, idx);
    return t == LUA_TSTRING || t == LUA_TNUMBER ? lua_tostring(L, idx) : "?";
}

static void strlist(FILE *out, lua_State *L, int idx, const char *sep)
{
    int n = (int)lua_rawlen(L, idx);
    for (int i = 1; i <= n; i++) {
        lua_rawgeti(L, idx, i);
        fprintf(out, "%s%s", i > 1 ? sep : "", str_at(L, -1));
        lua_pop(L, 1);
    }
}

/* columns: the header names the reader knows, by what the column holds */
static void show_columns(FILE *out, const jx_engine *e)
{
    const jx_columns *c = jx_engine_columns(e);
    if (!c || !jx_columns_count(c))
        return;
    fprintf(out, "\n表头词表（表头名称 → 列；…表示以此开头）\n");
    for (int col = 1; col < JX_COL_COUNT; col++) {
        int first = 1;
        for (size_t i = 0; i < jx_columns_count(c); i++) {
            const char *name;
            jx_col k;
            int prefix;
            jx_columns_entry(c, i, &name, &k, &prefix);
            if ((int)k != col)
                continue;
            if (first)
                fprintf(out, "  %s：", jx_col_name(k));
            fprintf(out, "%s%s%s", first ? "" : "、", name, prefix ? "…" : "");
            first = 0;
        }
        if (!first)
            fputc('\n', out);
    }
    fprintf(out, "  （词表外的表头：含“指标值”“目标值”“预期实现值”的为指标值列，"
                 "含“实际”“完成值”的为实际完成值列；“长期”“中期”“实施期”标出期间）\n");
}

/* kept_as_printed: an older framework's 一级/二级 pairs read as printed */
static void show_kept(FILE *out, lua_State *L, const char *kind)
{
    if (!lua_istable(L, -1) || !lua_rawlen(L, -1))
        return;
    fprintf(out, "\n%s：按表上写法保留的较早框架（一级 / 二级 → 计分归属）\n", kind);
    int n = (int)lua_rawlen(L, -1);
    for (int i = 1; i <= n; i++) {
        lua_rawgeti(L, -1, i);
        rawkey(L, -1, "level1");
        rawkey(L, -2, "level2");
        rawkey(L, -3, "points_of");
        fprintf(out, "  %s / %s → %s\n", str_at(L, -3), str_at(L, -2), str_at(L, -1));
        lua_pop(L, 4);
    }
}

static void show_framework(FILE *out, lua_State *L, const char *title)
{
    if (!lua_istable(L, -1))
        return;
    fprintf(out, "\n%s\n", title);
    int n = (int)lua_rawlen(L, -1);
    for (int i = 1; i <= n; i++) {
        lua_rawgeti(L, -1, i);
        rawkey(L, -1, "name");
        rawkey(L, -2, "points");
        if (lua_isnumber(L, -1))
            fprintf(out, "  %s（%g 分）", str_at(L, -2), lua_tonumber(L, -1));
        else
            fprintf(out, "  %s", str_at(L, -2));
        lua_pop(L, 2);
        if (rawkey(L, -1, "points_of") == LUA_TSTRING)
            fprintf(out, "（与%s共用分值）", str_at(L, -1));
        lua_pop(L, 1);
        if (rawkey(L, -1, "aliases") == LUA_TTABLE && lua_rawlen(L, -1)) {
            fprintf(out, "　别名：");
            strlist(out, L, lua_gettop(L), "、");
        }
        lua_pop(L, 1);
        fprintf(out, "\n");
        if (rawkey(L, -1, "level2") == LUA_TTABLE) {
            int m = (int)lua_rawlen(L, -1);
            for (int k = 1; k <= m; k++) {
                lua_rawgeti(L, -1, k);
                rawkey(L, -1, "name");
                fprintf(out, "    └ %s", str_at(L, -1));
                lua_pop(L, 1);
                if (rawkey(L, -1, "keywords") == LUA_TTABLE && lua_rawlen(L, -1)) {
                    fprintf(out, "　推断关键词：");
                    strlist(out, L, lua_gettop(L), "、");
                }
                lua_pop(L, 1);
                fprintf(out, "\n");
                lua_pop(L, 1);
            }
        }
        lua_pop(L, 2);
    }
}

typedef struct skey {
    int num;
    lua_Integer i;
    char s[128];
} skey;

static int skey_cmp(const void *a, const void *b)
{
    const skey *x = a, *y = b;
    if (x->num != y->num)
        return x->num ? -1 : 1;
    if (x->num)
        return x->i < y->i ? -1 : x->i > y->i;
    return strcmp(x->s, y->s);
}

static void show_scalars(FILE *out, lua_State *L, const char *prefix, int depth)
{
    /* plain data (formulas), keys sorted: Lua's own order is not stable */
    if (!lua_istable(L, -1) || depth > 3)
        return;
    luaL_checkstack(L, 4, "show");
    skey keys[256];
    int nk = 0;
    lua_pushnil(L);
    while (lua_next(L, -2)) {
        lua_pop(L, 1);
        if (nk >= 256)
            continue;
        if (lua_type(L, -1) == LUA_TNUMBER && lua_isinteger(L, -1)) {
            keys[nk].num = 1;
            keys[nk].i = lua_tointeger(L, -1);
            nk++;
        } else if (lua_type(L, -1) == LUA_TSTRING) {
            keys[nk].num = 0;
            snprintf(keys[nk].s, sizeof keys[nk].s, "%s", lua_tostring(L, -1));
            nk++;
        }
    }
    qsort(keys, (size_t)nk, sizeof *keys, skey_cmp);
    for (int ki = 0; ki < nk; ki++) {
        if (keys[ki].num)
            lua_pushinteger(L, keys[ki].i);
        else
            lua_pushstring(L, keys[ki].s);
        lua_pushvalue(L, -1);
        lua_rawget(L, -3);
        const char *k = NULL;
        char kb[32];
        if (lua_type(L, -2) == LUA_TSTRING)
            k = lua_tostring(L, -2);
        else if (lua_type(L, -2) == LUA_TNUMBER) {
            snprintf(kb, sizeof kb, "[%lld]", (long long)lua_tointeger(L, -2));
            k = kb;
        }
        if (k && lua_type(L, -1) == LUA_TTABLE) {
            char p[256];
            snprintf(p, sizeof p, "%s%s%s", prefix, *prefix && k[0] != '[' ? "." : "", k);
            show_scalars(out, L, p, depth + 1);
        } else if (k && (lua_type(L, -1) == LUA_TSTRING || lua_type(L, -1) == LUA_TNUMBER ||
                         lua_type(L, -1) == LUA_TBOOLEAN)) {
            fprintf(out, "  %s%s%s = %s\n", prefix, *prefix && k[0] != '[' ? "." : "", k,
                   lua_type(L, -1) == LUA_TBOOLEAN ? (lua_toboolean(L, -1) ? "true" : "false")
                                                   : lua_tostring(L, -1));
        }
        lua_pop(L, 2);
    }
}

typedef struct show_ctx {
    jx_engine *e;
    FILE *out;
} show_ctx;

static int show_body(lua_State *L, void *ud)
{
    jx_engine *e = ((show_ctx *)ud)->e;
    FILE *out = ((show_ctx *)ud)->out;
    const char *f[5] = {"name", "version", "region", "extends", "description"};
    const char *lab[5] = {"规则包", "版本", "地区", "继承自", "说明"};
    for (int k = 0; k < 5; k++) {
        jx_rules_push(e, f[k]);
        fprintf(out, "%s：%s\n", lab[k], lua_isstring(L, -1) ? lua_tostring(L, -1) : "—");
        lua_pop(L, 1);
    }
    if (jx_rules_push(e, "sources") && lua_istable(L, -1)) {
        fprintf(out, "\n依据\n");
        int n = (int)lua_rawlen(L, -1);
        for (int i = 1; i <= n; i++) {
            lua_rawgeti(L, -1, i);
            fprintf(out, "  - %s\n", str_at(L, -1));
            lua_pop(L, 1);
        }
    }
    lua_pop(L, 1);
    jx_rules_push(e, "framework.project");
    show_framework(out, L, "项目支出指标框架（一级 → 二级）");
    lua_pop(L, 1);
    jx_rules_push(e, "framework.department");
    show_framework(out, L, "部门整体指标框架（一级 → 二级）");
    lua_pop(L, 1);
    show_columns(out, e);
    jx_rules_push(e, "kept_as_printed.project");
    show_kept(out, L, "项目支出");
    lua_pop(L, 1);
    jx_rules_push(e, "kept_as_printed.department");
    show_kept(out, L, "部门整体");
    lua_pop(L, 1);
    if (jx_rules_push(e, "execution")) {
        fprintf(out, "\n预算执行率\n");
        show_scalars(out, L, "execution", 0);
    }
    lua_pop(L, 1);
    if (jx_rules_push(e, "grades") && lua_istable(L, -1)) {
        fprintf(out, "\n等级\n");
        int n = (int)lua_rawlen(L, -1);
        for (int i = 1; i <= n; i++) {
            lua_rawgeti(L, -1, i);
            rawkey(L, -1, "name");
            rawkey(L, -2, "min");
            fprintf(out, "  %s：≥ %g 分\n", str_at(L, -2), lua_tonumber(L, -1));
            lua_pop(L, 3);
        }
    }
    lua_pop(L, 1);
    static const char *const bands[3][2] = {
        {"achieved", "达成年度指标"}, {"partial", "部分达成"}, {"failed", "未达成"}};
    fprintf(out, "\n定性指标档次（占分值比例，上限–下限）与实际完成值用语\n");
    for (int i = 0; i < 3; i++) {
        char p[64];
        snprintf(p, sizeof p, "bands.%s", bands[i][0]);
        fprintf(out, "  %s：", bands[i][1]);
        if (jx_rules_push(e, p) && lua_istable(L, -1)) {
            lua_rawgeti(L, -1, 1);
            lua_rawgeti(L, -2, 2);
            fprintf(out, "%g%%–%g%%", lua_tonumber(L, -2) * 100, lua_tonumber(L, -1) * 100);
            lua_pop(L, 2);
        }
        lua_pop(L, 1);
        snprintf(p, sizeof p, "vocabulary.%s", bands[i][0]);
        if (jx_rules_push(e, p) && lua_istable(L, -1)) {
            fprintf(out, "　用语：");
            strlist(out, L, lua_gettop(L), "、");
        }
        lua_pop(L, 1);
        fprintf(out, "\n");
    }
    if (jx_rules_push(e, "formulas")) {
        fprintf(out, "\n公式参数（formulas）\n");
        show_scalars(out, L, "", 0);
    }
    lua_pop(L, 1);
    size_t nc = jx_engine_ncheck(e);
    fprintf(out, "\n审核项（%zu 项）\n", nc);
    for (size_t i = 0; i < nc; i++) {
        const char *code, *sev, *desc;
        if (jx_engine_check_info(e, i, &code, &sev, &desc))
            fprintf(out, "  %-22s %-8s %s\n", code, sev, desc);
    }
    return JX_OK;
}

jx_status jx_pack_show(jx_engine *e, FILE *out, jx_error *err)
{
    show_ctx c = {e, out};
    jx_status rc = jx_rules_protect(e, show_body, &c, "显示规则包", err);
    fflush(out);
    return rc;
}

/* ---- test ---- */

static const char *s_of(const cJSON *o, const char *k)
{
    const cJSON *x = cJSON_GetObjectItemCaseSensitive(o, k);
    return cJSON_IsString(x) ? x->valuestring : NULL;
}

static double n_of(const cJSON *o, const char *k)
{
    const cJSON *x = cJSON_GetObjectItemCaseSensitive(o, k);
    if (cJSON_IsNumber(x))
        return x->valuedouble;
    if (cJSON_IsString(x)) {
        double v;
        if (jx_parse_amount(x->valuestring, strlen(x->valuestring), &v))
            return v;
    }
    return NAN;
}

typedef struct codes {
    char *c[256];
    int n;
    jx_buf errors; /* the Lua messages of checks that failed */
} codes;

static int add_code(const jx_finding *f, void *ud)
{
    codes *cs = ud;
    char *d = cs->n < 256 ? strdup(f->code) : NULL;
    if (d)
        cs->c[cs->n++] = d;
    if (!strcmp(f->code, "rule-error"))
        jx_buf_printf(&cs->errors, "；规则出错：%s", f->message);
    return 0;
}

static int has_code(const codes *cs, const char *c)
{
    for (int i = 0; i < cs->n; i++)
        if (!strcmp(cs->c[i], c))
            return 1;
    return 0;
}

/* What a case found: expected and actual for the FAIL message. */
typedef struct case_res {
    char got[600], want[600];
    int fail;
    const char *bad; /* the case itself does not make sense: printed alone */
} case_res;

/* The case's outcome when the rules fail. */
static int rule_failed(case_res *o, const char *what, const jx_error *err)
{
    snprintf(o->got, sizeof o->got, "%s：%s", what, err->msg);
    o->fail = 1;
    return 0;
}

static jx_table_kind kind_of(const cJSON *x)
{
    const char *kind = s_of(x, "kind");
    return kind && !strcmp(kind, "department") ? JX_TABLE_DEPARTMENT : JX_TABLE_PROJECT;
}

/* A document of one table with one indicator, named and targeted as x
 * says; NULL when out of memory. */
static jx_doc *one_indicator(const cJSON *x, jx_table **t, jx_indicator **ind, jx_error *err)
{
    jx_doc *d = jx_doc_new("tests.yaml");
    *t = d ? jx_doc_add_table(d, kind_of(x), JX_LAYOUT_RECORDS, 0) : NULL;
    *ind = *t ? jx_doc_add_indicator(d) : NULL;
    if (!*ind) {
        jx_doc_free(d);
        return NULL;
    }
    (*ind)->level1 = s_of(x, "level1");
    (*ind)->level2 = s_of(x, "level2");
    (*ind)->level3 = s_of(x, "level3") ? s_of(x, "level3") : "";
    const char *tg = s_of(x, "target") ? s_of(x, "target") : "";
    jx_doc_set_target(d, *ind, tg, strlen(tg), err);
    return d;
}

/* The score the pack gave against expect: score, rule, unscored,
 * explain, not_explain, met. */
static void compare_score(const jx_score *s, const cJSON *expect, jx_arena *a, case_res *o)
{
    double ws = n_of(expect, "score");
    const char *wr = s_of(expect, "rule");
    int unscored = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(expect, "unscored"));
    const char *wx = s_of(expect, "explain"), *nx = s_of(expect, "not_explain");
    /* met: false when the pack judged the target not met at full points */
    const cJSON *met = cJSON_GetObjectItemCaseSensitive(expect, "met");
    if (cJSON_IsBool(met) && cJSON_IsTrue(met) == s->unmet)
        o->fail = 1;
    if (unscored != s->finding || (!isnan(ws) && (isnan(s->score) || fabs(ws - s->score) > 0.005)) ||
        (wr && strcmp(wr, s->rule ? s->rule : "")) || (wx && !strstr(s->explain, wx)) ||
        (nx && strstr(s->explain, nx)))
        o->fail = 1;
    snprintf(o->want, sizeof o->want, "%s%s%s", unscored ? "未计分" : "得分 ",
             unscored ? "" : jx_arena_printf(a, "%g", ws),
             wr ? jx_arena_printf(a, "，规则 %s", wr) : "");
    snprintf(o->got, sizeof o->got, "%s%s（%s）",
             s->finding ? "未计分" : jx_arena_printf(a, "得分 %g，规则 %s", s->score, s->rule),
             s->unmet ? "，未达标（met = false）" : "", s->explain);
    if (cJSON_IsBool(met))
        snprintf(o->want + strlen(o->want), sizeof o->want - strlen(o->want), "，%s",
                 cJSON_IsTrue(met) ? "达标" : "未达标（met = false）");
}

/* score: one indicator with its target and actual (and 本年数/上年数). */
static int case_score(jx_engine *e, const cJSON *x, const cJSON *expect, case_res *o)
{
    jx_error err = {0};
    jx_table *t;
    jx_indicator *ind;
    jx_doc *d = one_indicator(x, &t, &ind, &err);
    if (!d)
        return 1;
    const char *ac = s_of(x, "actual");
    char abuf[64];
    if (!ac && cJSON_IsNumber(cJSON_GetObjectItemCaseSensitive(x, "actual"))) {
        snprintf(abuf, sizeof abuf, "%.15g", n_of(x, "actual"));
        ac = abuf;
    }
    if (!ac)
        ac = "";
    jx_value av;
    jx_value_parse(ac, strlen(ac), &av, &err);
    jx_score s;
    /* current / previous: a 变动率 indicator's 本年数 and 上年数 */
    if (jx_engine_score_change(e, t, ind, &av, n_of(x, "current"), n_of(x, "previous"),
                               n_of(x, "points"), n_of(x, "given"), &s, &err))
        rule_failed(o, "规则出错", &err);
    else
        compare_score(&s, expect, &d->arena, o);
    jx_doc_free(d);
    return 0;
}

/* execution: 预算执行率 from budget, executed, points, adjusted. */
static int case_execution(jx_engine *e, const cJSON *x, const cJSON *expect, case_res *o)
{
    jx_error err = {0};
    jx_doc *d = jx_doc_new("tests.yaml");
    jx_table *t = d ? jx_doc_add_table(d, JX_TABLE_PROJECT, JX_LAYOUT_RECORDS, 0) : NULL;
    if (!t) {
        jx_doc_free(d);
        return 1;
    }
    t->execution.budget = n_of(x, "budget");
    t->execution.executed = n_of(x, "executed");
    t->execution.points = n_of(x, "points");
    t->execution.adjusted = n_of(x, "adjusted");
    jx_score s;
    if (jx_engine_score_execution(e, t, &s, &err)) {
        rule_failed(o, "规则出错", &err);
    } else {
        double ws = n_of(expect, "score");
        o->fail = isnan(s.score) || fabs(ws - s.score) > 0.005;
        snprintf(o->want, sizeof o->want, "得分 %g", ws);
        snprintf(o->got, sizeof o->got, "得分 %g（%s）", s.score, s.explain);
    }
    jx_doc_free(d);
    return 0;
}

/* points: 分值 of the i-th of n1 indicators under a 一级, n in the table. */
static int case_points(jx_engine *e, const cJSON *x, const cJSON *expect, case_res *o)
{
    jx_error err = {0};
    jx_doc *d = jx_doc_new("tests.yaml");
    int n = (int)n_of(x, "n"), n1 = (int)n_of(x, "n1"), i = (int)n_of(x, "i");
    jx_table *t = d ? jx_doc_add_table(d, kind_of(x), JX_LAYOUT_RECORDS, 0) : NULL;
    if (!t || n < 1 || n1 < 1 || n1 > n || i < 1 || i > n1 || n > 10000) {
        jx_doc_free(d);
        o->bad = "用例的 i/n1/n 不合理";
        return 1;
    }
    for (int k = 0; k < n; k++) {
        jx_indicator *ind = jx_doc_add_indicator(d);
        if (!ind)
            break;
        ind->level1 = k < n1 ? s_of(x, "level1") : "（其他）";
        ind->level3 = "x";
    }
    if (jx_engine_points(e, t, &err)) {
        rule_failed(o, "规则出错", &err);
    } else {
        double wp = n_of(expect, "points"), gp = t->ind[i - 1].points;
        o->fail = isnan(gp) || fabs(wp - gp) > 0.005;
        snprintf(o->want, sizeof o->want, "分值 %g", wp);
        snprintf(o->got, sizeof o->got, "分值 %g", gp);
    }
    jx_doc_free(d);
    return 0;
}

/* grade: the 等级 of a total. */
static int case_grade(jx_engine *e, const cJSON *x, const cJSON *expect, case_res *o)
{
    jx_error err = {0};
    const char *g = jx_engine_grade(e, x->valuedouble, &err);
    const char *w = s_of(expect, "grade");
    o->fail = !g || !w || strcmp(g, w);
    snprintf(o->want, sizeof o->want, "%s", w ? w : "?");
    snprintf(o->got, sizeof o->got, "%s", g ? g : err.msg);
    return 0;
}

/* frame: the 一级/二级 the framework gives one indicator, and how. */
static int case_frame(jx_engine *e, const cJSON *x, const cJSON *expect, case_res *o)
{
    jx_error err = {0};
    jx_table *t;
    jx_indicator *ind;
    jx_doc *d = one_indicator(x, &t, &ind, &err);
    if (!d)
        return 1;
    if (jx_engine_frame(e, d, &err)) {
        rule_failed(o, "规则出错", &err);
    } else {
        const char *w1 = s_of(expect, "level1"), *w2 = s_of(expect, "level2"),
                   *wh = s_of(expect, "how");
        const char *how = ind->realigned ? "realigned"
                          : ind->level2_inferred || ind->level1_inferred ? "inferred"
                                                                        : "none";
        if ((w1 && !jx_streq(w1, ind->level1)) || (w2 && !jx_streq(w2, ind->level2)) ||
            (cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(expect, "level2")) && ind->level2) ||
            (wh && strcmp(wh, how)))
            o->fail = 1;
        snprintf(o->want, sizeof o->want, "%s / %s（%s）", w1 ? w1 : "*", w2 ? w2 : "*",
                 wh ? wh : "*");
        snprintf(o->got, sizeof o->got, "%s / %s（%s）", ind->level1 ? ind->level1 : "null",
                 ind->level2 ? ind->level2 : "null", how);
    }
    jx_doc_free(d);
    return 0;
}

/* The finding codes the checks gave against expect's findings (each
 * wanted) and absent (each not), into g; frees cs's codes. */
static int compare_codes(codes *cs, const cJSON *expect, jx_buf *g)
{
    int fail = 0;
    const cJSON *it;
    cJSON_ArrayForEach(it, cJSON_GetObjectItemCaseSensitive(expect, "findings"))
        if (cJSON_IsString(it) && !has_code(cs, it->valuestring)) {
            fail = 1;
            jx_buf_printf(g, "缺少 %s；", it->valuestring);
        }
    cJSON_ArrayForEach(it, cJSON_GetObjectItemCaseSensitive(expect, "absent"))
        if (cJSON_IsString(it) && has_code(cs, it->valuestring)) {
            fail = 1;
            jx_buf_printf(g, "不应有 %s；", it->valuestring);
        }
    jx_buf_puts(g, "实际：");
    for (int i = 0; i < cs->n; i++) {
        jx_buf_printf(g, "%s%s", i ? "," : "", cs->c[i]);
        free(cs->c[i]);
    }
    if (cs->errors.len)
        jx_buf_puts(g, cs->errors.p);
    return fail;
}

/* check: a whole document (the JSON schema) through the pack's checks. */
static int case_check(jx_engine *e, const cJSON *x, const cJSON *expect, case_res *o)
{
    jx_error err = {0};
    jx_doc *d = jx_doc_new("tests.yaml");
    if (!d)
        return 1;
    if (jx_read_tree(d, x, &err) || jx_engine_frame(e, d, &err)) {
        rule_failed(o, "用例文档有误", &err);
    } else {
        codes cs = {{0}, 0, {0}};
        jx_buf_init(&cs.errors);
        jx_engine_check(e, d, add_code, &cs, &err);
        jx_buf g;
        jx_buf_init(&g);
        o->fail = compare_codes(&cs, expect, &g);
        snprintf(o->want, sizeof o->want, "见 findings/absent");
        snprintf(o->got, sizeof o->got, "%.*s", (int)(g.len < 590 ? g.len : 590), g.p ? g.p : "");
        jx_buf_free(&g);
        jx_buf_free(&cs.errors);
    }
    jx_doc_free(d);
    return 0;
}

/* The kinds of case, by the key that holds what to run. */
static const struct {
    const char *key;
    int (*run)(jx_engine *e, const cJSON *x, const cJSON *expect, case_res *o);
} case_kinds[] = {{"score", case_score},   {"execution", case_execution},
                  {"points", case_points}, {"grade", case_grade},
                  {"frame", case_frame},   {"check", case_check}};

/* Runs one case; returns 0 pass, 1 fail (message printed). */
static int run_case(FILE *out, jx_engine *e, const cJSON *c, const char *name, int idx)
{
    const cJSON *expect = cJSON_GetObjectItemCaseSensitive(c, "expect");
    case_res o = {"", "", 0, NULL};
    size_t k = 0;
    const cJSON *x = NULL;
    while (k < JX_ARRAY_LEN(case_kinds) &&
           !(x = cJSON_GetObjectItemCaseSensitive(c, case_kinds[k].key)))
        k++;
    if (!x) {
        snprintf(o.got, sizeof o.got, "用例缺少 score/execution/points/grade/frame/check");
        o.fail = 1;
    } else if (case_kinds[k].run(e, x, expect, &o)) {
        if (o.bad)
            fprintf(out, "FAIL %d - %s\n     %s\n", idx, name, o.bad);
        return 1;
    }
    if (o.fail)
        fprintf(out, "FAIL %d - %s\n     期望：%s\n     实际：%s\n", idx, name, o.want, o.got);
    return o.fail;
}

/* ---- tests.yaml keys, and `rules lint` ---- */

/* The keys a case may have, per part (NULL-ended lists). */
static const char *const case_keys[] = {"name", "score", "execution", "grade", "points",
                                        "frame", "check", "expect", NULL};
static const char *const score_keys[] = {"kind", "level1", "level2", "level3", "target",
                                         "actual", "points", "given", "current", "previous", NULL};
static const char *const exec_keys[] = {"budget", "executed", "points", "adjusted", NULL};
static const char *const points_keys[] = {"kind", "level1", "i", "n1", "n", NULL};
static const char *const frame_keys[] = {"kind", "level1", "level2", "level3", "target",
                                         "unit", NULL};
static const char *const expect_keys[] = {"score", "rule", "unscored", "explain", "not_explain",
                                          "grade", "points", "level1", "level2", "how",
                                          "findings", "absent", "met", NULL};

static int edit_distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la > 40 || lb > 40)
        return 99;
    int prev[41], cur[41];
    for (size_t j = 0; j <= lb; j++)
        prev[j] = (int)j;
    for (size_t i = 1; i <= la; i++) {
        cur[0] = (int)i;
        for (size_t j = 1; j <= lb; j++) {
            int c = prev[j - 1] + (a[i - 1] != b[j - 1]);
            int d = prev[j] + 1 < cur[j - 1] + 1 ? prev[j] + 1 : cur[j - 1] + 1;
            cur[j] = c < d ? c : d;
        }
        memcpy(prev, cur, sizeof cur);
    }
    return prev[lb];
}

/* The first line at or after `from` where `key:` is written. */
static int yaml_line(const char *text, const char *key, int from)
{
    int line = 1;
    size_t kl = strlen(key);
    for (const char *p = text; *p; p++) {
        if (line >= from && !strncmp(p, key, kl) && p[kl] == ':' &&
            (p == text || strchr(" \t{,-\n", p[-1])))
            return line;
        if (*p == '\n')
            line++;
    }
    return 0;
}

static int keys_ok(FILE *out, const cJSON *o, const char *const *known, const char *part,
                   const char *path, const char *text, const char *name, int from)
{
    int bad = 0;
    const cJSON *it;
    if (!cJSON_IsObject(o))
        return 0;
    cJSON_ArrayForEach(it, o)
    {
        int ok = 0;
        const char *near = NULL;
        int best = 99;
        for (const char *const *k = known; *k; k++) {
            if (!strcmp(*k, it->string))
                ok = 1;
            int d = edit_distance(it->string, *k);
            if (d < best) {
                best = d;
                near = *k;
            }
        }
        if (ok)
            continue;
        bad++;
        jx_buf m;
        jx_buf_init(&m);
        for (const char *const *k = known; *k; k++)
            jx_buf_printf(&m, "%s%s", k == known ? "" : "、", *k);
        int line = yaml_line(text, it->string, from);
        fprintf(out, "%s:%d: 用例「%s」的 %s 中没有字段 %s", path, line, name, part, it->string);
        if (best <= 2)
            fprintf(out, "（你是不是想写 %s？）", near);
        fprintf(out, "。可用：%s\n", m.p ? m.p : "");
        jx_buf_free(&m);
    }
    return bad;
}

/* Checks the keys of every case; prints each unknown key with file and
 * line.  Returns the number of bad keys. */
static int lint_cases(FILE *out, const cJSON *cases, const char *path, const char *text)
{
    int bad = 0, n = 0;
    const cJSON *c;
    cJSON_ArrayForEach(c, cases)
    {
        n++;
        const char *name = s_of(c, "name");
        char nb[32];
        if (!name) {
            snprintf(nb, sizeof nb, "第 %d 个", n);
            name = nb;
        }
        int from = 0; /* search from this case's own name line */
        if (s_of(c, "name")) {
            const char *at = strstr(text, s_of(c, "name"));
            from = 1;
            for (const char *p = text; at && p < at; p++)
                from += *p == '\n';
        }
        bad += keys_ok(out, c, case_keys, "用例", path, text, name, from);
        bad += keys_ok(out, cJSON_GetObjectItemCaseSensitive(c, "score"), score_keys, "score", path,
                       text, name, from);
        bad += keys_ok(out, cJSON_GetObjectItemCaseSensitive(c, "execution"), exec_keys, "execution",
                       path, text, name, from);
        bad += keys_ok(out, cJSON_GetObjectItemCaseSensitive(c, "points"), points_keys, "points", path,
                       text, name, from);
        bad += keys_ok(out, cJSON_GetObjectItemCaseSensitive(c, "frame"), frame_keys, "frame", path,
                       text, name, from);
        bad += keys_ok(out, cJSON_GetObjectItemCaseSensitive(c, "expect"), expect_keys, "expect", path,
                       text, name, from);
    }
    return bad;
}

/* "national/tests.yaml": the name a message shows (as Lua chunk names) */
static void tests_name(char *buf, size_t n, const char *dir)
{
    const char *b = strrchr(dir, '/');
    snprintf(buf, n, "%s/tests.yaml", b ? b + 1 : dir);
}


/* `rules lint PACK`: the schema check only (and the keys of tests.yaml). */
static int print_finding(const char *file, int line, const char *msg, void *ud)
{
    FILE *out = ud;
    if (line > 0)
        fprintf(out, "%s:%d: %s\n", file, line, msg);
    else
        fprintf(out, "%s: %s\n", file, msg);
    return 0;
}

/* The keys of tests.yaml beside the pack, if it has one: how many are
 * unknown (each printed), or 1 when the file does not parse. */
static size_t lint_tests(jx_engine *e, FILE *out)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/tests.yaml", jx_engine_pack_dir(e));
    char *data = NULL;
    size_t len, n = 0;
    jx_error err = {0};
    if (jx_read_file(path, &data, &len, &err))
        return 0;
    cJSON *root = jx_yaml_load(data, len, path, &err);
    if (root) {
        char shown[300];
        tests_name(shown, sizeof shown, jx_engine_pack_dir(e));
        n += (size_t)lint_cases(out, cJSON_GetObjectItemCaseSensitive(root, "cases"), shown, data);
    } else {
        char m[800];
        jx_error_format(&err, m, sizeof m);
        fprintf(out, "%s\n", m);
        n++;
    }
    cJSON_Delete(root);
    free(data);
    return n;
}

jx_status jx_pack_lint(const char *pack, const jx_engine_opts *opts, FILE *out, size_t *problems,
                       jx_error *err)
{
    jx_engine *e = NULL;
    *problems = 0;
    jx_status rc = jx_engine_open_unchecked(pack, opts, &e, err);
    if (rc)
        return rc;
    int n = jx_pack_check(e, print_finding, out, err);
    if (n < 0) {
        jx_engine_free(e);
        return (jx_status)-n;
    }
    *problems = (size_t)n + lint_tests(e, out);
    if (!*problems)
        fprintf(out, "%s：没有发现问题\n", jx_engine_pack(e));
    jx_engine_free(e);
    return JX_OK;
}

/* Runs every case of root; prints each failure and the count line. */
static void run_cases(jx_engine *e, const cJSON *cases, FILE *out, size_t *ncases, size_t *failed)
{
    int n = 0, bad = 0;
    const cJSON *c;
    cJSON_ArrayForEach(c, cases)
    {
        n++;
        const char *name = s_of(c, "name");
        bad += run_case(out, e, c, name ? name : "?", n);
    }
    fprintf(out, "%s：%d 个用例，%d 个通过，%d 个失败\n", jx_engine_pack(e), n, n - bad, bad);
    *ncases = (size_t)n;
    *failed = (size_t)bad;
}

jx_status jx_pack_test(jx_engine *e, const char *name, FILE *out, size_t *ncases, size_t *failed,
                       jx_error *err)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/tests.yaml", jx_engine_pack_dir(e));
    *ncases = *failed = 0;
    char *data;
    size_t len;
    jx_status rc = jx_read_file(path, &data, &len, err);
    if (rc)
        return rc;
    cJSON *root = jx_yaml_load(data, len, path, err);
    if (!root) {
        free(data);
        return err->code ? err->code : JX_EINPUT;
    }
    const cJSON *cases = cJSON_GetObjectItemCaseSensitive(root, "cases");
    char shown[300];
    tests_name(shown, sizeof shown, jx_engine_pack_dir(e));
    int badkeys = lint_cases(out, cases, shown, data);
    free(data);
    run_cases(e, cases, out, ncases, failed);
    cJSON_Delete(root);
    if (!*ncases)
        return jx_fail(err, JX_ENOTFOUND, NULL, 0, 0, "%s 没有测试用例", path);
    if (badkeys)
        fprintf(out, "%s：tests.yaml 中有 %d 个未知字段（见上），用例按失败计\n", name, badkeys);
    *failed += (size_t)badkeys;
    return JX_OK;
}
