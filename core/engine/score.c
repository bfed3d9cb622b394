/*
 * score.c - the scoring calls into the pack: points (分值 from weights),
 * score (one indicator against its actual, units reconciled first),
 * execution_score (预算执行率) and grade.
 */
#include "engine_int.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

/* ---- names pushed on every call ---- */

/* Pushes the Lua string for name slot k of refs (made on first use, from
 * name(k)); a k beyond the slots is pushed as a new string. */
static void push_cached(lua_State *L, int *refs, int k, const char *(*name)(int))
{
    if (k < 0 || k >= NAME_SLOTS) {
        lua_pushstring(L, name(k));
        return;
    }
    if (!refs[k]) {
        lua_pushstring(L, name(k));
        refs[k] = luaL_ref(L, LUA_REGISTRYINDEX); /* never 0 (LUA_RIDX_*) */
    }
    lua_rawgeti(L, LUA_REGISTRYINDEX, refs[k]);
}

static const char *kind_name(int k) { return jx_table_kind_name((jx_table_kind)k); }
static const char *vkind_name(int k) { return jx_vkind_name((jx_vkind)k); }
static const char *op_name(int k) { return jx_op_name((jx_op)k); }

static void push_kind(lua_State *L, jx_engine *e, jx_table_kind k)
{
    push_cached(L, e->ref_kind, (int)k, kind_name);
}

/* ---- points, score, execution, grade ---- */

/* points(kind, group, k, n1, n): the k-th of the n1 scored indicators that
 * share the points of 一级 `group`, n scored in the table. */
typedef struct points_args {
    const jx_table *t;
    const char *group;
    lua_Integer k, n1, n;
    double points;
} points_args;

static int points_push(lua_State *L, rcall *c)
{
    points_args *a = c->args;
    push_kind(L, c->e, a->t->kind);
    push_str(L, a->group);
    lua_pushinteger(L, a->k);
    lua_pushinteger(L, a->n1);
    lua_pushinteger(L, a->n);
    return 5;
}

static int points_take(lua_State *L, rcall *c)
{
    points_args *a = c->args;
    if (lua_isnumber(L, -1))
        a->points = lua_tonumber(L, -1);
    return JX_OK;
}

/* The 一级 whose points a row shares (计分归属), asked of the pack once
 * per distinct (一级, 二级) of a table: a row kept under the 一级 the table
 * prints (成本指标 as a 一级, 满意度 as a 二级 of 效益) still takes the
 * points of the 一级 the weights name.  Packs without points_group: the
 * row's own 一级. */
typedef struct group_args {
    const jx_table *t;
    const jx_indicator *ind;
    char *group;
} group_args;

static int group_push(lua_State *L, rcall *c)
{
    group_args *a = c->args;
    push_kind(L, c->e, a->t->kind);
    push_str(L, a->ind->level1);
    push_str(L, a->ind->level2);
    return 3;
}

static int group_take(lua_State *L, rcall *c)
{
    group_args *a = c->args;
    if (lua_type(L, -1) != LUA_TSTRING)
        return JX_OK;
    a->group = strdup(lua_tostring(L, -1));
    return a->group ? JX_OK : JX_ENOMEM;
}

typedef struct pgroup {
    const char *l1, *l2; /* the pair, borrowed from the first row */
    const char *name;    /* the group's 一级 (owned when own) */
    int own;
    size_t id;           /* groups with the same name share one id */
    size_t seen, count;  /* rows counted so far / in all */
    double raw, rounded;
    size_t last;
} pgroup;

static const char *nz(const char *s) { return s ? s : ""; }

/* Fills gid[i] for every scored row; the distinct pairs go to *pg. */
static jx_status points_groups(jx_engine *e, jx_table *t, size_t *gid, pgroup **pg,
                               size_t *npg, jx_error *err)
{
    size_t cap = 0;
    for (size_t i = 0; i < t->n; i++) {
        const jx_indicator *ind = &t->ind[i];
        if (!jx_indicator_scored(ind))
            continue;
        size_t g = 0;
        while (g < *npg && !(jx_streq(nz((*pg)[g].l1), nz(ind->level1)) &&
                             jx_streq(nz((*pg)[g].l2), nz(ind->level2))))
            g++;
        if (g == *npg) {
            if (*npg == cap) {
                size_t nc = cap ? cap * 2 : 16;
                pgroup *np = realloc(*pg, nc * sizeof *np);
                if (!np)
                    return jx_fail(err, JX_ENOMEM, NULL, 0, 0, "内存不足");
                *pg = np;
                cap = nc;
            }
            pgroup *p = &(*pg)[g];
            memset(p, 0, sizeof *p);
            p->l1 = ind->level1;
            p->l2 = ind->level2;
            p->name = nz(ind->level1);
            (*npg)++;
            if (e->ref_group != LUA_NOREF) {
                group_args a = {t, ind, NULL};
                rcall c = {e, e->ref_group, 1, group_push, group_take, &a};
                int rc = jx_eng_call(e, &c, t, ind, NULL, err);
                if (rc) {
                    free(a.group);
                    return rc;
                }
                if (a.group) {
                    p->name = a.group;
                    p->own = 1;
                }
            }
            p->id = g;
            for (size_t h = 0; h < g; h++)
                if (jx_streq((*pg)[h].name, p->name)) {
                    p->id = (*pg)[h].id;
                    break;
                }
        }
        gid[i] = (*pg)[g].id;
        (*pg)[gid[i]].count++;
    }
    return JX_OK;
}

/* Frees the names owned, and pg when it is on the heap. */
static void free_groups(pgroup *pg, size_t n, int heap)
{
    for (size_t g = 0; g < n; g++)
        if (pg[g].own)
            free((char *)pg[g].name);
    if (heap)
        free(pg);
}

static int points_batch(jx_engine *e, jx_table *t, size_t n);

/* One protected call per indicator (and per (一级, 二级) for the groups):
 * what a table whose one call failed falls back to, so that an error is
 * reported exactly as it always was. */
static jx_status points_each(jx_engine *e, jx_table *t, size_t n, jx_error *err)
{
    size_t *gid = calloc(t->n, sizeof *gid);
    unsigned char *computed = calloc(t->n, 1);
    pgroup *pg = NULL;
    size_t npg = 0;
    int rc = JX_OK;
    if (!gid || !computed) {
        rc = jx_fail(err, JX_ENOMEM, NULL, 0, 0, "内存不足");
        goto out;
    }
    if ((rc = points_groups(e, t, gid, &pg, &npg, err)))
        goto out;
    for (size_t i = 0; i < t->n; i++) {
        jx_indicator *ind = &t->ind[i];
        if (!jx_indicator_scored(ind))
            continue;
        pgroup *g = &pg[gid[i]];
        size_t k = g->seen++;
        if (!isnan(ind->points))
            continue;
        points_args a = {t, g->name, (lua_Integer)k + 1, (lua_Integer)g->count, (lua_Integer)n, NAN};
        rcall c = {e, e->ref_points, 1, points_push, points_take, &a};
        if ((rc = jx_eng_call(e, &c, t, ind, NULL, err)))
            goto out;
        if (!isnan(a.points))
            ind->points = a.points;
        computed[i] = 1;
    }
    /* Round as the pack says, and let the last indicator of each group
     * take the remainder so a 一级 still adds up (50 over 3: 16.67 16.67
     * 16.66). */
    for (size_t i = 0; i < t->n; i++) {
        if (!computed[i])
            continue;
        pgroup *g = &pg[gid[i]];
        g->raw += t->ind[i].points;
        t->ind[i].points = jx_engine_round(e, t->ind[i].points);
        g->rounded += t->ind[i].points;
        g->last = i;
        g->seen = SIZE_MAX; /* marks a group with computed rows */
    }
    for (size_t h = 0; h < npg; h++) {
        pgroup *g = &pg[h];
        if (g->id != h || g->seen != SIZE_MAX)
            continue;
        jx_indicator *last = &t->ind[g->last];
        last->points = jx_engine_round(e, last->points + jx_engine_round(e, g->raw) - g->rounded);
    }
out:
    free_groups(pg, npg, 1);
    free(computed);
    free(gid);
    return rc;
}

jx_status jx_engine_points(jx_engine *e, jx_table *t, jx_error *err)
{
    if (e->ref_points == LUA_NOREF)
        return JX_OK;
    size_t n = 0;
    for (size_t i = 0; i < t->n; i++)
        n += jx_indicator_scored(&t->ind[i]);
    if (!n || points_batch(e, t, n))
        return JX_OK;
    return points_each(e, t, n, err);
}

void jx_engine_set_explain(jx_engine *e, int on) { e->no_explain = !on; }

double jx_engine_round(jx_engine *e, double x)
{
    double m = e->round_mul;
    return x >= 0 ? floor(x * m + 0.5 + 1e-9) / m : -floor(-x * m + 0.5 + 1e-9) / m;
}

/* Puts the actual into the target's unit.  Returns 0 and *num, or 1 when
 * the actual has no number, or -1 with why[] when units do not fit. */
/* An actual written only to the month ("2023年11月") against a deadline
 * (a 日期 target, yyyymmdd or mmdd): the month's last day when the whole
 * month is within the deadline, its first day when the whole month is
 * past it; -1 with why[] when the deadline falls inside that month. */
static int month_actual(const jx_value *target, const jx_value *actual, double *num,
                        char *why, size_t wn)
{
    static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int y = actual->to_month ? actual->to_year : actual->from_year;
    int m = actual->to_month ? actual->to_month : actual->from_month;
    double dl = target->t[0].value;
    int full = dl >= 10000; /* the deadline names its year */
    if (m < 1 || m > 12 || (full && !y))
        return 1;
    int last = mdays[m - 1] + (m == 2 && y && ((y % 4 == 0 && y % 100) || y % 400 == 0));
    double base = full ? y * 10000.0 + m * 100 : m * 100;
    if (base + last <= dl) {
        *num = base + last;
        return 0;
    }
    if (base + 1 > dl) {
        *num = base + 1;
        return 0;
    }
    snprintf(why, wn, "实际完成值只写到月份（%s），期限在该月之内，无法判断是否按期：请写出完成日期",
             actual->raw ? actual->raw : "");
    return -1;
}

static int reconcile(const jx_value *target, const jx_value *actual, double *num,
                     char *why, size_t wn)
{
    if (actual->kind == JX_V_TIME && !actual->n && target->n &&
        !strcmp(target->t[0].unit, "日期"))
        return month_actual(target, actual, num, why, wn);
    /* a completion date (JX_V_TIME with a 日期 threshold) counts too */
    if ((actual->kind != JX_V_QUANT && actual->kind != JX_V_TIME) || !actual->n)
        return 1;
    const jx_threshold *a = &actual->t[0];
    const char *tu = target->n ? target->t[0].unit : "";
    if (!strcmp(a->unit, tu) || !tu[0]) {
        *num = a->value;
        return 0;
    }
    if (!a->unit[0]) {
        /* a % target and an actual written as a fraction: 0.95 */
        if (!strcmp(tu, "%") && a->value <= 1.5 && a->value >= 0 &&
            a->value != (double)(long)a->value) {
            *num = a->value * 100;
            return 0;
        }
        *num = a->value; /* a bare number counts in the target's unit */
        return 0;
    }
    /* 人 vs 人次 and similar are not the same measure */
    snprintf(why, wn, "单位不一致：目标为「%s」，实际为「%s」", tu, a->unit);
    return -1;
}

/* Copies an explanation into the engine's buffer (out->explain points
 * there until the next score call), cut at a UTF-8 boundary when too
 * long. */
static void copy_explain(jx_engine *e, jx_score *out, const char *s, size_t n)
{
    if (!s)
        n = 0;
    if (n >= sizeof e->explain) {
        n = sizeof e->explain - 1;
        while (n && ((unsigned char)s[n] & 0xC0) == 0x80)
            n--;
    }
    if (n)
        memcpy(e->explain, s, n);
    e->explain[n] = '\0';
    out->explain = e->explain;
}

static const char *intern_lua(jx_engine *e, lua_State *L, int idx);

/* A score the pack gave, as the scorecard keeps it: rounded as the pack
 * rounds, at most the 分值 (when there is one), never below 0. */
static double final_score(jx_engine *e, double raw, double points)
{
    double s = jx_engine_round(e, raw);
    if (s > points && !isnan(points))
        s = points;
    return s < 0 ? 0 : s;
}

static void take_result(jx_engine *e, jx_score *out)
{
    lua_State *L = e->L;
    if (lua_isnumber(L, -3)) {
        out->score = final_score(e, lua_tonumber(L, -3), out->points);
        size_t el = 0;
        const char *ex = lua_tolstring(L, -1, &el);
        out->rule = intern_lua(e, L, -2);
        copy_explain(e, out, ex, el);
        out->finding = 0;
    } else {
        size_t wl = 0;
        const char *why = lua_tolstring(L, -2, &wl);
        out->score = NAN;
        out->rule = "";
        if (why)
            copy_explain(e, out, why, wl);
        else
            copy_explain(e, out, "未能计分", strlen("未能计分"));
        out->finding = 1;
    }
}

/* rule names returned by Lua must outlive the stack: intern them.
 * NULL when the table is full (JX_MAX_NAMES) or out of memory. */
static const char *intern(jx_engine *e, const char *s)
{
    if (!s)
        return "";
    for (int i = 0; i < e->ngrades; i++)
        if (!strcmp(e->grades[i], s))
            return e->grades[i];
    size_t n = strlen(s);
    if (e->ngrades >= JX_MAX_NAMES || n > JX_MAX_NAME_BYTES - e->grade_bytes)
        return NULL;
    if (e->ngrades == e->cgrades) {
        int c = e->cgrades ? e->cgrades * 2 : 16;
        char **g = realloc(e->grades, (size_t)c * sizeof *g);
        if (!g)
            return NULL;
        e->grades = g;
        const void **k = realloc(e->gkey, (size_t)c * sizeof *k);
        if (!k)
            return NULL;
        e->gkey = k;
        e->cgrades = c;
    }
    char *d = malloc(n + 1);
    if (!d)
        return NULL;
    memcpy(d, s, n + 1);
    e->gkey[e->ngrades] = NULL;
    e->grades[e->ngrades++] = d;
    e->grade_bytes += n;
    return d;
}

/* intern(e, s), or the error that fails this call when it cannot keep s */
static const char *interned(jx_engine *e, lua_State *L, const char *s)
{
    const char *r = intern(e, s);
    if (r)
        return r;
    if (e->ngrades >= JX_MAX_NAMES || strlen(s) > JX_MAX_NAME_BYTES - e->grade_bytes)
        luaL_error(L, "规则包返回的规则名、等级名超过 %d 个不同名称（或合计超过 %d KiB），"
                      "不再记录：名称中不应写入数值或文字说明",
                   JX_MAX_NAMES, (int)(JX_MAX_NAME_BYTES >> 10));
    luaL_error(L, "内存不足，无法记录规则名");
    return NULL;
}

/* The name of the Lua string at idx, interned as above.  A rule name
 * comes back as the same string object call after call: found by its
 * address (the object is kept alive in ref_names, so an address cannot
 * be reused by another string), else by content.  Called inside the
 * protected call only: a full table raises an error there, which fails
 * this indicator (or grade) with the message and not the run. */
static const char *intern_lua(jx_engine *e, lua_State *L, int idx)
{
    idx = lua_absindex(L, idx);
    if (lua_type(L, idx) != LUA_TSTRING)
        return interned(e, L, lua_tostring(L, idx));
    const char *s = lua_tostring(L, idx);
    for (int i = 0; i < e->ngrades; i++)
        if (e->gkey[i] == s)
            return e->grades[i];
    const char *r = interned(e, L, s);
    for (int i = 0; i < e->ngrades; i++) {
        if (e->grades[i] != r || e->gkey[i])
            continue;
        if (e->ref_names == LUA_NOREF) {
            lua_newtable(L);
            e->ref_names = luaL_ref(L, LUA_REGISTRYINDEX);
        }
        lua_rawgeti(L, LUA_REGISTRYINDEX, e->ref_names);
        lua_pushvalue(L, idx);
        lua_rawseti(L, -2, i + 1);
        lua_pop(L, 1);
        e->gkey[i] = s;
        break;
    }
    return r;
}

typedef struct score_args {
    const jx_table *t;
    const jx_indicator *ind;
    const jx_value *actual;
    double num, points, given;
    int has_num;
    jx_score *out;
    double current, previous; /* 本年数, 上年数 of a 变动率 indicator, or NaN */
} score_args;

static int score_push(lua_State *L, rcall *c)
{
    score_args *a = c->args;
    const jx_value *tg = &a->ind->target;
    push_kind(L, c->e, a->t->kind);
    push_str(L, a->ind->level1);
    push_str(L, a->ind->level2);
    push_str(L, a->ind->level3);
    push_cached(L, c->e->ref_vkind, (int)tg->kind, vkind_name);
    if (tg->n) {
        push_cached(L, c->e->ref_op, (int)tg->t[0].op, op_name);
        lua_pushnumber(L, tg->t[0].value);
        lua_pushnumber(L, tg->t[0].value_max);
        lua_pushstring(L, tg->t[0].unit);
        lua_pushboolean(L, tg->t[0].implied);
    } else {
        lua_pushnil(L);
        lua_pushnil(L);
        lua_pushnil(L);
        lua_pushstring(L, "");
        lua_pushboolean(L, 0);
    }
    if (a->has_num)
        lua_pushnumber(L, a->num);
    else
        lua_pushnil(L);
    lua_pushlstring(L, a->actual->raw ? a->actual->raw : "", a->actual->raw_len);
    lua_pushnumber(L, a->points);
    if (isnan(a->given))
        lua_pushnil(L);
    else
        lua_pushnumber(L, a->given);
    lua_pushboolean(L, !c->e->no_explain);
    int change = !isnan(a->current) && !isnan(a->previous);
    /* the target as printed, for a target that is words (定性, 时间, 文字):
     * an actual that repeats it can be told from one that does not */
    int words = tg->kind == JX_V_QUAL || tg->kind == JX_V_TIME || tg->kind == JX_V_TEXT;
    if (!change && !words)
        return 15;
    if (change) {
        lua_pushnumber(L, a->current);
        lua_pushnumber(L, a->previous);
    } else {
        lua_pushnil(L);
        lua_pushnil(L);
    }
    if (!words)
        return 17;
    lua_pushstring(L, a->ind->target_raw ? a->ind->target_raw : "");
    return 18;
}

/* the results: score or nil, rule or why, explanation, and an optional
 * met (false: not met even at full points, docs/rules.md 3.2) */
static int result_take(lua_State *L, rcall *c)
{
    score_args *a = c->args;
    int unmet = lua_type(L, -1) == LUA_TBOOLEAN && !lua_toboolean(L, -1);
    lua_pop(L, 1);
    take_result(c->e, a->out);
    a->out->unmet = unmet && !a->out->finding;
    (void)L;
    return JX_OK;
}

jx_status jx_engine_score(jx_engine *e, const jx_table *t, const jx_indicator *ind,
                    const jx_value *actual, double points, double given,
                    jx_score *out, jx_error *err)
{
    return jx_engine_score_change(e, t, ind, actual, NAN, NAN, points, given, out, err);
}

jx_status jx_engine_score_change(jx_engine *e, const jx_table *t, const jx_indicator *ind,
                           const jx_value *actual, double current, double previous,
                           double points, double given, jx_score *out, jx_error *err)
{
    out->points = points;
    out->score = NAN;
    out->rule = "";
    out->explain = "";
    out->finding = 0;
    out->unmet = 0;
    double num = NAN;
    char why[200];
    int years = !isnan(current) && !isnan(previous);
    /* with 本年数 and 上年数 the rate is the pack's to compute: an actual
     * cell in another unit does not stop it */
    int r = reconcile(&ind->target, actual, &num, why, sizeof why);
    if (r < 0 && years)
        r = 1;
    if (r < 0) {
        out->finding = 1;
        copy_explain(e, out, why, strlen(why));
        return JX_OK;
    }
    score_args a = {t, ind, actual, num, points, given, r == 0, out,
                    years ? current : NAN, years ? previous : NAN};
    rcall c = {e, e->ref_score, 4, score_push, result_take, &a};
    int rc = jx_eng_call(e, &c, t, ind, NULL, err);
    if (rc) {
        out->score = NAN;
        out->rule = "";
        out->finding = 1;
        out->explain = "规则出错";
        return rc;
    }
    return JX_OK;
}

typedef struct exec_args {
    const jx_execution *x;
    score_args s; /* s.out is the result */
} exec_args;

static int exec_push(lua_State *L, rcall *c)
{
    exec_args *a = c->args;
    const jx_execution *x = a->x;
    lua_pushnumber(L, x->budget);
    lua_pushnumber(L, x->executed);
    if (isnan(x->points))
        lua_pushnil(L);
    else
        lua_pushnumber(L, x->points);
    if (isnan(x->adjusted))
        lua_pushnil(L);
    else
        lua_pushnumber(L, x->adjusted);
    return 4;
}

static int exec_take(lua_State *L, rcall *c)
{
    exec_args *a = c->args;
    jx_score *out = a->s.out;
    if (isnan(out->points)) {
        jx_eng_push_path(L, c->e, "execution.points");
        out->points = lua_isnumber(L, -1) ? lua_tonumber(L, -1) : NAN;
        lua_pop(L, 1);
    }
    take_result(c->e, out);
    return JX_OK;
}

jx_status jx_engine_score_execution(jx_engine *e, const jx_table *t, jx_score *out,
                              jx_error *err)
{
    const jx_execution *x = &t->execution;
    out->points = x->points;
    out->score = NAN;
    out->rule = "";
    out->finding = 0;
    out->explain = "";
    if (e->ref_exec == LUA_NOREF)
        return JX_OK;
    if (isnan(x->budget) || isnan(x->executed)) {
        out->finding = 1;
        out->explain = isnan(x->budget) ? "缺少全年预算数，无法计算预算执行率"
                                        : "缺少全年执行数，无法计算预算执行率";
        return JX_OK;
    }
    char what[300];
    snprintf(what, sizeof what, "%s%s%s 预算执行率", t->code ? t->code : "",
             t->code ? " " : "", t->name ? t->name : "");
    exec_args a = {x, {0}};
    a.s.out = out;
    rcall c = {e, e->ref_exec, 3, exec_push, exec_take, &a};
    return jx_eng_call(e, &c, t, NULL, what, err);
}

typedef struct grade_args {
    double total;
    const char *grade;
} grade_args;

static int grade_push(lua_State *L, rcall *c)
{
    lua_pushnumber(L, ((grade_args *)c->args)->total);
    return 1;
}

static int grade_take(lua_State *L, rcall *c)
{
    grade_args *a = c->args;
    a->grade = intern_lua(c->e, L, -1);
    return JX_OK;
}

const char *jx_engine_grade(jx_engine *e, double total, jx_error *err)
{
    grade_args a = {total, NULL};
    rcall c = {e, e->ref_grade, 1, grade_push, grade_take, &a};
    if (jx_eng_call(e, &c, NULL, NULL, "等级", err))
        return NULL;
    return a.grade;
}


/* ---- a table in one call (docs/rules.md 3.2, score_table) ----
 *
 * The per-indicator call above costs a protected call, the limits set up
 * and 15 arguments pushed (five of them strings) per indicator.  A pack
 * that offers a table entry (p.lib.score_table) is instead asked once per
 * distinct (kind, 一级, 二级, 三级, value kind, op, unit, implied, shape)
 * for a formula id (resolve; remembered here), and then once per table
 * to run the formulas over arrays of numbers (run), which return the
 * rule as an index into the pack's list of names.  Any failure of that
 * call sends the caller back to one call per indicator, which reports it
 * exactly as before. */

#define TAB_SLOTS 4096     /* the memo of resolve: power of 2, cleared when half full */
#define TAB_RULES 64       /* rule names by id, kept once interned */
#define TAB_KEY 1024       /* a longer key is not remembered */
#define TAB_ID_MAX ((LUA_MAXINTEGER - 1) / 2) /* formula ids: 1 .. 2^62 - 1 */

/* registry table anchoring the entry: its functions and the arrays
 * reused from table to table */
enum { TA_RESOLVE = 1, TA_RUN, TA_NAMES, TA_I, TA_N, TA_S, TA_R, TA_X, TA_G, TA_T, TA_TT,
       TA_C, TA_V, TA_FORMULA, TA_Q, TA_SELF };

typedef struct tab_slot {
    uint64_t h;
    char *key; /* NULL: empty */
    size_t klen;
    lua_Integer id;
    int text; /* the formula reads the actual's text: 0 never, 1 when explaining, 2 always */
} tab_slot;

/* A formula the pack hands to the host as a built-in (formula's second
 * result, docs/rules.md 3.2 item 6): the common branches of 正向 and 反向,
 * computed here as national's closures compute them; every other row
 * still calls the closure. */
enum { TB_UNKNOWN = 0, TB_NONE = -1, TB_POSITIVE = 1, TB_REVERSE = 2, TB_BANDS = 3 };
#define TB_WORDS 4
#define TB_WORD 32
#define TB_MAX 8192 /* 2 * id + ne above this: no built-in kept */

/* A word of the qualitative vocabulary: its band's upper share and the
 * explanation template. */
typedef struct tb_word {
    char *w;
    size_t n;
    double frac;
    lua_Integer tpl;
} tb_word;

typedef struct tab_builtin {
    signed char kind;
    unsigned char edge, ratio, nnote;
    double m;
    lua_Integer rule, full, part;
    unsigned char note_len[TB_WORDS];
    char note[TB_WORDS][TB_WORD];
    tb_word *words; /* TB_BANDS */
    size_t nwords;
} tab_builtin;

/* One row sent to the pack. */
typedef struct tab_row {
    size_t i;         /* index in rows[] */
    double num;       /* the actual in the target's unit */
    int has_num, years;
    lua_Integer id;
    int text;
} tab_row;

typedef struct score_tab {
    tab_slot *slot; /* TAB_SLOTS */
    size_t n;
    char *xbuf;     /* the explanations of the last call: JX_EXPLAIN_MAX per row */
    size_t xcap;
    tab_row *row;
    size_t rcap;
    const char *rule[TAB_RULES]; /* interned rule names by id; NULL: not yet */
    char *tpl[TAB_RULES];        /* explanation templates by id (copies); NULL: not yet */
    int direct;                  /* the pack gave formula: rows are called one q each */
    tab_builtin *bi;             /* by 2 * id + ne; kind TB_UNKNOWN: not asked yet */
    size_t nbi;
} score_tab;

static void tab_clear(score_tab *t)
{
    for (size_t i = 0; t->slot && i < TAB_SLOTS; i++) {
        free(t->slot[i].key);
        t->slot[i].key = NULL;
    }
    t->n = 0;
}

static void tab_free_tpl(score_tab *t)
{
    for (size_t i = 0; i < TAB_RULES; i++) {
        free(t->tpl[i]);
        t->tpl[i] = NULL;
    }
}

static void builtin_free(tab_builtin *b)
{
    for (size_t i = 0; i < b->nwords; i++)
        free(b->words[i].w);
    free(b->words);
    b->words = NULL;
    b->nwords = 0;
}

/* __gc of the userdata: at lua_close (jx_engine_free) */
static int tab_gc(lua_State *L)
{
    score_tab *t = lua_touserdata(L, 1);
    tab_clear(t);
    tab_free_tpl(t);
    for (size_t i = 0; i < t->nbi; i++)
        builtin_free(&t->bi[i]);
    free(t->bi);
    free(t->slot);
    free(t->xbuf);
    free(t->row);
    memset(t, 0, sizeof *t);
    return 0;
}

/* Asks the pack for its table entry: p.lib.score_table(p, score) with
 * the score function the host calls; resolve, run, names and optionally
 * formula, or nothing (then rc stays 0: one indicator at a time). */
static int tab_setup_body(lua_State *L, void *ud)
{
    jx_engine *e = ud;
    if (e->ref_score == LUA_NOREF || !jx_eng_push_path(L, e, "lib.score_table") ||
        !lua_isfunction(L, -1))
        return 0;
    lua_rawgeti(L, LUA_REGISTRYINDEX, e->ref_pack);
    lua_rawgeti(L, LUA_REGISTRYINDEX, e->ref_score);
    jx_eng_limit_begin(e);
    lua_call(L, 2, 4);
    jx_eng_limit_end(e);
    if (!lua_isfunction(L, -4) || !lua_isfunction(L, -3) || !lua_istable(L, -2))
        return 0;
    int direct = lua_isfunction(L, -1);
    lua_createtable(L, TA_SELF, 0);
    for (int k = TA_RESOLVE; k <= TA_NAMES; k++) {
        lua_pushvalue(L, -6 + k);
        lua_rawseti(L, -2, k);
    }
    lua_pushvalue(L, -2);
    lua_rawseti(L, -2, TA_FORMULA);
    for (int k = TA_I; k <= TA_V; k++) {
        lua_newtable(L);
        lua_rawseti(L, -2, k);
    }
    lua_newtable(L);
    lua_rawseti(L, -2, TA_Q);
    score_tab *t = lua_newuserdatauv(L, sizeof *t, 0);
    memset(t, 0, sizeof *t);
    lua_createtable(L, 0, 1);
    lua_pushcfunction(L, tab_gc);
    lua_setfield(L, -2, "__gc");
    lua_setmetatable(L, -2);
    lua_rawseti(L, -2, TA_SELF);
    t->slot = calloc(TAB_SLOTS, sizeof *t->slot);
    if (!t->slot)
        return 0;
    t->direct = direct;
    e->ref_tab = luaL_ref(L, LUA_REGISTRYINDEX);
    e->tab = t;
    return 1;
}

/* 1 when a table entry of the pack (score_table, points_table) is there:
 * looked up by body at the first call, the answer kept in *state. */
static int entry_ready(jx_engine *e, int *state, host_body body, const char *name)
{
    if (*state)
        return *state > 0;
    if (jx_eng_kept_over(e))
        return 0; /* asked again next time */
    int rc = 0;
    int st = jx_eng_protected(e, body, e, 0, &rc);
    if (st != LUA_OK) {
        jx_error ignored = {0};
        jx_eng_rule_error(e, &ignored, name, st); /* pops, collects */
        rc = 0;
    }
    *state = rc == 1 ? 1 : -1;
    return *state > 0;
}

static int tab_ready(jx_engine *e)
{
    return entry_ready(e, &e->tab_state, tab_setup_body, "score_table");
}

static size_t key_str(char *k, size_t at, const char *s)
{
    if (!s) {
        if (at < TAB_KEY)
            k[at] = (char)0xFF; /* never in UTF-8 */
        return at + 1;
    }
    size_t n = strlen(s) + 1;
    if (at + n <= TAB_KEY)
        memcpy(k + at, s, n);
    return at + n;
}

/* What resolve depends on, as bytes, in kb->k; its length (> TAB_KEY:
 * too long to keep) and its hash in *h. */
typedef struct tab_keybuf {
    char k[TAB_KEY];
} tab_keybuf;

/* eight bytes at a time: a memo key is hashed for every row (resolve's
 * here, frame's in frame.c) */
uint64_t jx_eng_hash(const char *k, size_t n)
{
    uint64_t h = 1469598103934665603ULL ^ n;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, k + i, 8);
        h = (h ^ w) * 0x9E3779B97F4A7C15ULL;
        h ^= h >> 29;
    }
    for (; i < n; i++)
        h = (h ^ (unsigned char)k[i]) * 1099511628211ULL;
    return h ^ (h >> 32);
}

static size_t tab_key(tab_keybuf *kb, const jx_table *t, const jx_indicator *ind,
                      const tab_row *r, uint64_t *h)
{
    char *k = kb->k;
    const jx_value *tg = &ind->target;
    k[0] = (char)t->kind;
    k[1] = (char)tg->kind;
    k[2] = (char)(tg->n ? tg->t[0].op + 1 : 0);
    k[3] = (char)(tg->n && tg->t[0].implied);
    k[4] = (char)(r->has_num | r->years << 1);
    size_t at = key_str(k, 5, tg->n ? tg->t[0].unit : "");
    at = key_str(k, at, ind->level1);
    at = key_str(k, at, ind->level2);
    at = key_str(k, at, ind->level3);
    if (at <= TAB_KEY)
        *h = jx_eng_hash(k, at);
    return at;
}

typedef struct rows_ctx {
    jx_engine *e;
    const jx_table *t;
    const jx_score_row *rows;
    jx_score *out;
    size_t m; /* rows sent (e->tab->row[0..m)) */
} rows_ctx;

/* resolve(kind, 一级, 二级, 三级, value kind, op, unit, implied,
 * has_target, has_num, years) -> id, text; anchor at index a. */
static void tab_resolve(lua_State *L, jx_engine *e, int a, const jx_table *t,
                        const jx_indicator *ind, tab_row *r)
{
    const jx_value *tg = &ind->target;
    lua_rawgeti(L, a, TA_RESOLVE);
    push_kind(L, e, t->kind);
    push_str(L, ind->level1);
    push_str(L, ind->level2);
    push_str(L, ind->level3);
    push_cached(L, e->ref_vkind, (int)tg->kind, vkind_name);
    if (tg->n)
        push_cached(L, e->ref_op, (int)tg->t[0].op, op_name);
    else
        lua_pushnil(L);
    lua_pushstring(L, tg->n ? tg->t[0].unit : "");
    lua_pushboolean(L, tg->n && tg->t[0].implied);
    lua_pushboolean(L, tg->n > 0);
    lua_pushboolean(L, r->has_num);
    lua_pushboolean(L, r->years);
    jx_eng_limit_begin(e);
    lua_call(L, 11, 2);
    jx_eng_limit_end(e);
    int ok = 0;
    r->id = lua_tointegerx(L, -2, &ok);
    /* 2 * id + 1 keys the formula's closure (Q, tb->bi): a larger id
     * would wrap below 0 */
    if (!ok || r->id < 1 || r->id > TAB_ID_MAX)
        luaL_error(L, "score_table 的 resolve 应返回公式编号（正整数）");
    r->text = !lua_toboolean(L, -1) ? 0
              : lua_type(L, -1) == LUA_TSTRING && !strcmp(lua_tostring(L, -1), "explain") ? 1
                                                                                         : 2;
    lua_pop(L, 2);
}

/* The remembered formula id of key k (n bytes, hash h) into r: 1, or 0. */
static int tab_probe(const score_tab *tb, const char *k, size_t n, uint64_t h, tab_row *r)
{
    size_t i = (size_t)h & (TAB_SLOTS - 1);
    for (const tab_slot *s = &tb->slot[i]; s->key; s = &tb->slot[i = (i + 1) & (TAB_SLOTS - 1)])
        if (s->h == h && s->klen == n && !memcmp(s->key, k, n)) {
            r->id = s->id;
            r->text = s->text;
            return 1;
        }
    return 0;
}

/* The formula id of row r: remembered, or asked of the pack. */
static void tab_id(lua_State *L, jx_engine *e, int a, const jx_table *t, const jx_indicator *ind,
                   tab_row *r, tab_keybuf *kb)
{
    score_tab *tb = e->tab;
    const char *k = kb->k;
    uint64_t h = 0;
    size_t n = tab_key(kb, t, ind, r, &h);
    if (n > TAB_KEY) {
        tab_resolve(L, e, a, t, ind, r);
        return;
    }
    if (tab_probe(tb, k, n, h, r))
        return;
    tab_resolve(L, e, a, t, ind, r);
    size_t i = (size_t)h & (TAB_SLOTS - 1);
    if (tb->n >= TAB_SLOTS / 2)
        tab_clear(tb);
    while (tb->slot[i].key)
        i = (i + 1) & (TAB_SLOTS - 1);
    char *kc = malloc(n);
    if (!kc)
        return; /* not remembered */
    memcpy(kc, k, n);
    tb->slot[i] = (tab_slot){h, kc, n, r->id, r->text};
    tb->n++;
}

/* A rule name from its id in the pack's names (at index names),
 * interned as intern_lua does. */
static const char *tab_rule(lua_State *L, jx_engine *e, int names, lua_Integer id)
{
    score_tab *tb = e->tab;
    if (id >= 1 && id <= TAB_RULES && tb->rule[id - 1])
        return tb->rule[id - 1];
    if (id == 0)
        return intern(e, NULL);
    lua_rawgeti(L, names, id);
    const char *r = intern_lua(e, L, -1);
    lua_pop(L, 1);
    if (id >= 1 && id <= TAB_RULES)
        tb->rule[id - 1] = r;
    return r;
}

/* An explanation into the call's buffer, at slot k, cut as copy_explain
 * does. */
static const char *tab_explain(score_tab *tb, size_t k, const char *s, size_t n)
{
    char *d = tb->xbuf + k * JX_EXPLAIN_MAX;
    if (!s)
        n = 0;
    if (n >= JX_EXPLAIN_MAX) {
        n = JX_EXPLAIN_MAX - 1;
        while (n && ((unsigned char)s[n] & 0xC0) == 0x80)
            n--;
    }
    if (n)
        memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

/* The decimal digits of u at o; their count. */
static size_t put_u64(unsigned long long u, char *o)
{
    char d[24];
    size_t n = 0;
    do {
        d[n++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    for (size_t i = 0; i < n; i++)
        o[i] = d[n - 1 - i];
    return n;
}

/* jx.fmt (core/engine/sandbox.c) in C, the same bytes: below 1, four
 * significant digits without trailing zeros; else x rounded to two
 * decimals as jx.round does, written as an integer when it is one (below
 * 1e15), else "%.2f" without its trailing zeros and point.  o: 420 bytes
 * ("%.2f" of the largest double). */
static size_t fmt_num(double x, char *o)
{
    if (isnan(x)) {
        memcpy(o, "NaN", 3);
        return 3;
    }
    double a = fabs(x);
    if (a > 0 && a < 1) {
        int d = 3 - (int)floor(log10(a));
        if (d > 15)
            d = 15;
        size_t n = (size_t)snprintf(o, 420, "%.*f", d, x);
        while (n && o[n - 1] == '0')
            n--;
        if (n && o[n - 1] == '.')
            n--;
        return n;
    }
    int neg = !(x >= 0);
    double f = neg ? floor(-x * 100 + 0.5 + 1e-9) : floor(x * 100 + 0.5 + 1e-9);
    if (f < 1e15) {
        /* r = ±f/100 is the double nearest to a number of cents: printed
         * to two decimals it is those cents */
        unsigned long long c = (unsigned long long)f;
        size_t n = 0;
        if (neg && c)
            o[n++] = '-';
        n += put_u64(c / 100, o + n);
        int d = (int)(c % 100);
        if (d) {
            o[n++] = '.';
            o[n++] = (char)('0' + d / 10);
            if (d % 10)
                o[n++] = (char)('0' + d % 10);
        }
        return n;
    }
    double r = neg ? -f / 100 : f / 100;
    if (r == floor(r) && fabs(r) < 1e15)
        return (size_t)sprintf(o, "%lld", (long long)floor(r));
    size_t n = (size_t)snprintf(o, 420, "%.2f", r);
    if (n >= 420)
        n = 419;
    while (n && o[n - 1] == '0')
        n--;
    if (n && o[n - 1] == '.')
        n--;
    return n;
}

/* The numbers an explanation template may name: {A} target, {B} actual,
 * {P} points, {M} target_max, {V} the score the formula gave, {H} the
 * upper end of a qualitative band in points; and {T}, the actual's text. */
enum { TV_A, TV_B, TV_P, TV_M, TV_V, TV_H, TV_N };

/* An explanation template with the row's numbers written in, as jx.fmt
 * writes them ("nil" for a number the row has not); "{{" is "{", any other
 * "{" itself.  Into slot k of the call's buffer, cut as tab_explain cuts
 * the same text built in Lua (the loop stops once the cut is certain). */
/* The number slot a template names with c ({A} .. {H}), or -1. */
static int tv_slot(char c)
{
    switch (c) {
    case 'A': return TV_A;
    case 'B': return TV_B;
    case 'P': return TV_P;
    case 'M': return TV_M;
    case 'V': return TV_V;
    case 'H': return TV_H;
    default: return -1;
    }
}

static const char *tab_render(score_tab *tb, size_t k, const char *tpl, const double *v,
                              unsigned has, const char *text, size_t text_len)
{
    char buf[JX_EXPLAIN_MAX + 440];
    size_t n = 0;
    const char *p = tpl;
    while (*p && n < JX_EXPLAIN_MAX) {
        const char *b = strchr(p, '{');
        size_t run = b ? (size_t)(b - p) : strlen(p);
        if (run > JX_EXPLAIN_MAX - n)
            run = JX_EXPLAIN_MAX - n;
        memcpy(buf + n, p, run);
        n += run;
        if (!b || n >= JX_EXPLAIN_MAX)
            break;
        p = b + 1;
        int i = tv_slot(*p);
        if (*p == '{') {
            buf[n++] = '{';
            p++;
        } else if (*p == 'T' && p[1] == '}' && text) {
            size_t c = text_len < JX_EXPLAIN_MAX - n ? text_len : JX_EXPLAIN_MAX - n;
            memcpy(buf + n, text, c);
            n += c;
            p += 2;
        } else if (i >= 0 && p[1] == '}') {
            if (has >> i & 1u) {
                n += fmt_num(v[i], buf + n);
            } else {
                memcpy(buf + n, "nil", 3);
                n += 3;
            }
            p += 2;
        } else {
            buf[n++] = '{';
        }
    }
    return tab_explain(tb, k, buf, n);
}

/* The explanation template names[id], kept as a copy for small ids. */
static const char *tab_tpl(lua_State *L, score_tab *tb, int names, lua_Integer id, int *pushed)
{
    *pushed = 0;
    if (id >= 1 && id <= TAB_RULES && tb->tpl[id - 1])
        return tb->tpl[id - 1];
    lua_rawgeti(L, names, id);
    const char *s = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
    if (!s)
        luaL_error(L, "score_table 的说明模板编号 %d 在 names 中不是字符串", (int)id);
    if (id >= 1 && id <= TAB_RULES && (tb->tpl[id - 1] = strdup(s))) {
        lua_pop(L, 1);
        return tb->tpl[id - 1];
    }
    *pushed = 1;
    return s;
}

/* Reads row k's results (score, rule or why, explanation at -3, -2, -1)
 * into out, as take_result does.  R holds an index into names when S is
 * not nil (a score that is not a number is a finding whose why is that
 * name, as the per-indicator call gives it), the why itself when S is nil.
 * An explanation that is an integer is a template in names, written out
 * with the row's numbers v[TV_A..TV_M] (those in the mask has). */
static void tab_take(lua_State *L, jx_engine *e, int names, size_t k, jx_score *out,
                     double *v, unsigned has)
{
    int has_id = !lua_isnil(L, -3);
    lua_Integer id = 0;
    if (has_id) {
        int isint = 0;
        id = lua_tointegerx(L, -2, &isint);
        if (!isint)
            luaL_error(L, "score_table 的 run 应在 R 中写规则名的编号");
    }
    if (lua_isnumber(L, -3)) {
        out->score = final_score(e, lua_tonumber(L, -3), out->points);
        out->rule = tab_rule(L, e, names, id);
        out->finding = 0;
        if (lua_isinteger(L, -1)) {
            int pushed = 0;
            const char *tpl = tab_tpl(L, e->tab, names, lua_tointeger(L, -1), &pushed);
            v[TV_V] = lua_tonumber(L, pushed ? -4 : -3);
            out->explain = tab_render(e->tab, k, tpl, v, has | 1u << TV_V, NULL, 0);
            lua_pop(L, pushed);
            return;
        }
        size_t el = 0;
        const char *ex = lua_tolstring(L, -1, &el);
        out->explain = tab_explain(e->tab, k, ex, el);
        return;
    }
    if (has_id) {
        if (id)
            lua_rawgeti(L, names, id);
        else
            lua_pushnil(L);
        lua_replace(L, -3);
    }
    size_t wl = 0;
    const char *why = lua_tolstring(L, -2, &wl);
    out->score = NAN;
    out->rule = "";
    out->explain = why ? tab_explain(e->tab, k, why, wl)
                       : tab_explain(e->tab, k, "未能计分", strlen("未能计分"));
    out->finding = 1;
}

/* The array for a column some row has (G, T, TT, C, V; reused from call
 * to call, every row written), or nil. */
static int tab_column(lua_State *L, int a, int k, int any)
{
    if (any)
        lua_rawgeti(L, a, k);
    else
        lua_pushnil(L);
    return lua_gettop(L);
}

/* The numbers of row r a template may name (tab_take); the mask of those
 * the row has. */
static unsigned row_values(const tab_row *r, const jx_score_row *in, double *v)
{
    const jx_value *tg = &in->ind->target;
    unsigned has = 1u << TV_P;
    v[TV_P] = in->points;
    v[TV_A] = v[TV_B] = v[TV_M] = v[TV_V] = v[TV_H] = NAN;
    if (tg->n) {
        v[TV_A] = tg->t[0].value;
        v[TV_M] = tg->t[0].value_max;
        has |= 1u << TV_A | 1u << TV_M;
    }
    if (r->has_num) {
        v[TV_B] = r->num;
        has |= 1u << TV_B;
    }
    return has;
}

/* The words of a "bands" spec at idx ({word, share, template} each) into
 * b; 0 when one is not of that shape (no built-in then) or on no memory. */
static int builtin_words(lua_State *L, int idx, tab_builtin *b)
{
    if (lua_getfield(L, idx, "words") != LUA_TTABLE) {
        lua_pop(L, 1);
        return 0;
    }
    size_t n = (size_t)lua_rawlen(L, -1);
    b->words = calloc(n ? n : 1, sizeof *b->words);
    int ok = b->words != NULL;
    for (size_t i = 0; ok && i < n; i++) {
        lua_rawgeti(L, -1, (lua_Integer)i + 1);
        ok = lua_istable(L, -1);
        if (ok) {
            lua_rawgeti(L, -1, 1);
            lua_rawgeti(L, -2, 2);
            lua_rawgeti(L, -3, 3);
            size_t wl = 0;
            const char *w = lua_type(L, -3) == LUA_TSTRING ? lua_tolstring(L, -3, &wl) : NULL;
            int isnum = 0;
            tb_word *d = &b->words[b->nwords];
            d->frac = lua_tonumberx(L, -2, &isnum);
            d->tpl = lua_tointeger(L, -1);
            ok = w && isnum && (d->w = malloc(wl + 1));
            if (ok) {
                memcpy(d->w, w, wl + 1);
                d->n = wl;
                b->nwords++;
            }
            lua_pop(L, 3);
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    return ok;
}

/* Reads formula's built-in spec (a table at idx, or nil) into *b. */
static void builtin_read(lua_State *L, int idx, tab_builtin *b)
{
    memset(b, 0, sizeof *b);
    b->kind = TB_NONE;
    if (!lua_istable(L, idx))
        return;
    idx = lua_absindex(L, idx);
    lua_getfield(L, idx, "kind");
    const char *k = lua_tostring(L, -1);
    int kind = !k ? TB_NONE : !strcmp(k, "positive") ? TB_POSITIVE
                          : !strcmp(k, "reverse")  ? TB_REVERSE
                          : !strcmp(k, "bands")    ? TB_BANDS
                                                   : TB_NONE;
    lua_getfield(L, idx, "m");
    lua_getfield(L, idx, "rule");
    lua_getfield(L, idx, "full");
    lua_getfield(L, idx, "part");
    int ok = 0, ok_rule = 0;
    b->m = lua_tonumberx(L, -4, &ok);
    b->rule = lua_tointegerx(L, -3, &ok_rule);
    b->full = lua_tointeger(L, -2); /* nil: 0, no explanation */
    b->part = lua_tointeger(L, -1);
    lua_pop(L, 5);
    lua_getfield(L, idx, "edge");
    lua_getfield(L, idx, "ratio");
    b->edge = (unsigned char)lua_toboolean(L, -2);
    b->ratio = (unsigned char)lua_toboolean(L, -1);
    lua_pop(L, 2);
    if (!ok || !ok_rule || b->rule < 0)
        kind = TB_NONE;
    if (lua_getfield(L, idx, "note") == LUA_TTABLE) {
        lua_Integer n = (lua_Integer)lua_rawlen(L, -1);
        if (n > TB_WORDS)
            kind = TB_NONE;
        for (lua_Integer i = 1; i <= n && kind != TB_NONE; i++) {
            lua_rawgeti(L, -1, i);
            size_t wl = 0;
            const char *w = lua_type(L, -1) == LUA_TSTRING ? lua_tolstring(L, -1, &wl) : NULL;
            if (!w || !wl || wl >= TB_WORD) {
                kind = TB_NONE;
            } else {
                memcpy(b->note[b->nnote], w, wl);
                b->note_len[b->nnote++] = (unsigned char)wl;
            }
            lua_pop(L, 1);
        }
    }
    lua_pop(L, 1);
    if (kind == TB_BANDS && !builtin_words(L, idx, b))
        kind = TB_NONE;
    if (kind == TB_NONE)
        builtin_free(b);
    b->kind = (signed char)kind;
}

/* The built-in for key qk (2 * id + ne), the pack's formula asked for the
 * row's closure and spec the first time (the closure kept in Q[qk]);
 * NULL when none is kept (qk too large, no memory). */
static const tab_builtin *builtin_of(lua_State *L, score_tab *tb, int a, int Q, lua_Integer id,
                                     int ne)
{
    lua_Integer qk = 2 * id + ne;
    if (qk < (lua_Integer)tb->nbi && tb->bi[qk].kind != TB_UNKNOWN)
        return &tb->bi[qk];
    lua_rawgeti(L, a, TA_FORMULA);
    lua_pushinteger(L, id);
    lua_pushboolean(L, ne);
    lua_call(L, 2, 2);
    if (!lua_isfunction(L, -2))
        luaL_error(L, "score_table 的 formula 应返回函数（公式编号 %d）", (int)id);
    lua_pushvalue(L, -2);
    lua_rawseti(L, Q, qk);
    tab_builtin b;
    builtin_read(L, -1, &b);
    lua_pop(L, 2);
    if (qk > TB_MAX) {
        builtin_free(&b);
        return NULL;
    }
    if (qk >= (lua_Integer)tb->nbi) {
        size_t n = tb->nbi ? tb->nbi : 64;
        while (n <= (size_t)qk)
            n *= 2;
        tab_builtin *nb = realloc(tb->bi, n * sizeof *nb);
        if (!nb) {
            builtin_free(&b);
            return NULL;
        }
        memset(nb + tb->nbi, 0, (n - tb->nbi) * sizeof *nb);
        tb->bi = nb;
        tb->nbi = n;
    }
    tb->bi[qk] = b;
    return &tb->bi[qk];
}

/* w (wl > 0) in s: an actual's text is short, memchr and memcmp beat memmem */
static int has_word(const char *s, size_t n, const char *w, size_t wl)
{
    for (const char *p = s, *end = s + n; (size_t)(end - p) >= wl;) {
        p = memchr(p, (unsigned char)w[0], (size_t)(end - p) - wl + 1);
        if (!p)
            return 0;
        if (!memcmp(p, w, wl))
            return 1;
        p++;
    }
    return 0;
}

/* Lua's %s (isspace in the C locale) or U+3000 at an end of s: what
 * national's trim would take away. */
static int is_trimmable(const char *s, size_t n)
{
    unsigned char a = (unsigned char)s[0], z = (unsigned char)s[n - 1];
    int sp_a = a == ' ' || (a >= '\t' && a <= '\r');
    int sp_z = z == ' ' || (z >= '\t' && z <= '\r');
    return sp_a || sp_z || (n >= 3 && (!memcmp(s, "\xE3\x80\x80", 3) || !memcmp(s + n - 3, "\xE3\x80\x80", 3)));
}

/* The built-in's score of a row, as the pack's closure computes it (the
 * same operations in the same order), and its explanation template (0
 * without); 0 when the row is one the closure must take. */
static int builtin_score(const tab_builtin *b, double *v, unsigned has, double given,
                         const char *text, size_t text_len, int explain, double *score,
                         lua_Integer *tpl)
{
    const unsigned AB = 1u << TV_A | 1u << TV_B;
    if (b->kind <= 0 || (b->kind != TB_BANDS && (has & AB) != AB))
        return 0;
    double A = v[TV_A], B = v[TV_B], P = v[TV_P], s;
    if (b->edge && B == A)
        return 0;
    if (explain && text && b->nnote) {
        size_t found = 0;
        for (size_t i = 0; i < b->nnote; i++)
            found += has_word(text, text_len, b->note[i], b->note_len[i]);
        if (found == b->nnote)
            return 0;
    }
    if (b->kind == TB_BANDS) {
        /* a word of the vocabulary as it stands: the closure trims, so a
         * text with white space at an end is left to it */
        if (!isnan(given) || !text || !text_len || is_trimmable(text, text_len))
            return 0;
        const tb_word *w = NULL;
        for (size_t i = 0; i < b->nwords && !w; i++)
            if (b->words[i].n == text_len && !memcmp(b->words[i].w, text, text_len))
                w = &b->words[i];
        if (!w)
            return 0;
        v[TV_H] = w->frac * P;
        s = v[TV_H];
        if (s < 0)
            s = 0;
        else if (s > P)
            s = P;
        *tpl = w->tpl;
    } else if (b->kind == TB_POSITIVE) {
        if (B >= A) {
            s = P < 0 ? 0 : P;
            *tpl = b->full;
        } else {
            if (A <= 0)
                return 0;
            s = B / A * P;
            if (s < 0)
                s = 0;
            else if (s > P)
                s = P;
            *tpl = b->part;
        }
    } else {
        if (B <= A) {
            s = P;
            *tpl = b->full;
        } else if (A == 0 || (b->ratio && A > 0) || (A < 0 && explain)) {
            return 0;
        } else {
            s = (1 - (B - A) / (A < 0 ? -A : A)) * P;
            *tpl = b->part;
        }
        if (s < 0)
            s = 0;
        else if (s > P)
            s = P;
    }
    double m = b->m;
    *score = s >= 0 ? floor(s * m + 0.5 + 1e-9) / m : -floor(-s * m + 0.5 + 1e-9) / m;
    if (!explain)
        *tpl = 0;
    return 1;
}

/* Row r through its built-in b into *o: 1, or 0 when the row is one for
 * the pack's closure, or when L is NULL (no call into the pack under way)
 * and the rule name or the template is not kept on this side yet. */
static int row_builtin(lua_State *L, jx_engine *e, int names, const tab_builtin *b,
                       const tab_row *r, const jx_score_row *in, jx_score *o)
{
    score_tab *tb = e->tab;
    int explain = !e->no_explain;
    double v[TV_N];
    unsigned has = row_values(r, in, v);
    const jx_value *av = in->actual;
    const char *text =
        r->text == 2 || (r->text == 1 && explain) ? (av->raw ? av->raw : "") : NULL;
    double sc;
    lua_Integer tpl = 0;
    if (!builtin_score(b, v, has, in->given, text, av->raw_len, explain, &sc, &tpl))
        return 0;
    const char *rule, *ts = NULL;
    int pushed = 0;
    if (!L) {
        rule = b->rule == 0                        ? ""
               : b->rule >= 1 && b->rule <= TAB_RULES ? tb->rule[b->rule - 1]
                                                      : NULL;
        if (tpl)
            ts = tpl >= 1 && tpl <= TAB_RULES ? tb->tpl[tpl - 1] : NULL;
        if (!rule || (tpl && !ts))
            return 0;
    } else {
        rule = tab_rule(L, e, names, b->rule);
        if (tpl)
            ts = tab_tpl(L, tb, names, tpl, &pushed);
    }
    o->score = final_score(e, sc, o->points);
    o->rule = rule;
    o->finding = 0;
    o->unmet = 0;
    if (ts) {
        v[TV_V] = sc;
        o->explain = tab_render(tb, r->i, ts, v, has | 1u << TV_V | 1u << TV_H, text, av->raw_len);
        if (pushed)
            lua_pop(L, pushed);
    } else {
        o->explain = tab_explain(tb, r->i, "", 0);
    }
    return 1;
}

/* The rows whose formula id is remembered and whose built-in takes them,
 * scored here without a call into the pack; the others are left in
 * tb->row[0..), their count returned. */
static size_t rows_builtin(jx_engine *e, const jx_table *t, const jx_score_row *rows,
                           size_t m, jx_score *out)
{
    score_tab *tb = e->tab;
    lua_Integer ne = e->no_explain != 0;
    tab_keybuf kb;
    size_t left = 0;
    for (size_t k = 0; k < m; k++) {
        tab_row *r = &tb->row[k];
        const jx_score_row *in = &rows[r->i];
        if (!r->years) {
            uint64_t h = 0;
            size_t n = tab_key(&kb, t, in->ind, r, &h);
            if (n <= TAB_KEY && tab_probe(tb, kb.k, n, h, r)) {
                lua_Integer qk = 2 * r->id + ne;
                if (qk < (lua_Integer)tb->nbi && tb->bi[qk].kind > 0 &&
                    row_builtin(NULL, e, 0, &tb->bi[qk], r, in, &out[r->i]))
                    continue;
            }
        }
        tb->row[left++] = *r;
    }
    return left;
}

/* The table's rows, one call of the pack's formula q per row (the pack
 * gave formula and no row has 本年数/上年数): q(A, B, P, M, G, T, TT) ->
 * score, rule id, explanation, met.  The q of each (id, ne) is asked of
 * formula once and kept in the anchor's Q table. */
static void rows_direct(lua_State *L, rows_ctx *c, int a, int names)
{
    jx_engine *e = c->e;
    score_tab *tb = e->tab;
    int explain = !e->no_explain;
    lua_rawgeti(L, a, TA_Q);
    int Q = lua_gettop(L);
    jx_eng_limit_begin(e);
    for (size_t k = 0; k < c->m; k++) {
        const tab_row *r = &tb->row[k];
        const jx_score_row *in = &c->rows[r->i];
        const jx_value *tg = &in->ind->target;
        const tab_builtin *b = builtin_of(L, tb, a, Q, r->id, !explain);
        jx_score *o = &c->out[r->i];
        if (b && row_builtin(L, e, names, b, r, in, o))
            continue;
        double v[TV_N];
        unsigned has = row_values(r, in, v);
        const jx_value *av = in->actual;
        int has_t = r->text == 2 || (r->text == 1 && explain);
        lua_rawgeti(L, Q, 2 * r->id + !explain);
        if (has & 1u << TV_A) {
            lua_pushnumber(L, v[TV_A]);
        } else {
            lua_pushnil(L);
        }
        if (has & 1u << TV_B)
            lua_pushnumber(L, v[TV_B]);
        else
            lua_pushnil(L);
        lua_pushnumber(L, v[TV_P]);
        if (has & 1u << TV_M)
            lua_pushnumber(L, v[TV_M]);
        else
            lua_pushnil(L);
        if (!isnan(in->given))
            lua_pushnumber(L, in->given);
        else
            lua_pushnil(L);
        if (has_t)
            lua_pushlstring(L, av->raw ? av->raw : "", av->raw_len);
        else
            lua_pushnil(L);
        if (tg->kind == JX_V_QUAL || tg->kind == JX_V_TIME || tg->kind == JX_V_TEXT)
            push_str(L, in->ind->target_raw ? in->ind->target_raw : "");
        else
            lua_pushnil(L);
        lua_call(L, 7, 4);
        int unmet = lua_isboolean(L, -1) && !lua_toboolean(L, -1);
        lua_pop(L, 1);
        tab_take(L, e, names, r->i, o, v, has);
        lua_pop(L, 3);
        o->unmet = unmet && !o->finding;
    }
    jx_eng_limit_end(e);
}

static int rows_body(lua_State *L, void *ud)
{
    rows_ctx *c = ud;
    jx_engine *e = c->e;
    score_tab *tb = e->tab;
    const jx_table *t = c->t;
    size_t m = c->m;
    int explain = !e->no_explain;
    luaL_checkstack(L, 40, "score_table");
    lua_rawgeti(L, LUA_REGISTRYINDEX, e->ref_tab);
    int a = lua_gettop(L);
    lua_rawgeti(L, a, TA_NAMES);
    int names = a + 1;
    int any_g = 0, any_t = 0, any_tt = 0, any_y = 0;
    tab_keybuf kb;
    for (size_t k = 0; k < m; k++) {
        tab_row *r = &tb->row[k];
        const jx_score_row *in = &c->rows[r->i];
        tab_id(L, e, a, t, in->ind, r, &kb);
        any_g |= !isnan(in->given);
        any_t |= r->text == 2 || (r->text == 1 && explain);
        jx_vkind tk = in->ind->target.kind;
        any_tt |= tk == JX_V_QUAL || tk == JX_V_TIME || tk == JX_V_TEXT;
        any_y |= r->years;
    }
    if (tb->direct && !any_y) {
        rows_direct(L, c, a, names);
        return JX_OK;
    }
    lua_rawgeti(L, a, TA_RUN);
    lua_pushinteger(L, (lua_Integer)m);
    lua_pushboolean(L, !explain);
    lua_rawgeti(L, a, TA_I);
    lua_rawgeti(L, a, TA_N);
    int I = lua_gettop(L) - 1, N = I + 1;
    int G = tab_column(L, a, TA_G, any_g), T = tab_column(L, a, TA_T, any_t);
    int TT = tab_column(L, a, TA_TT, any_tt), C = tab_column(L, a, TA_C, any_y);
    int V = tab_column(L, a, TA_V, any_y);
    lua_rawgeti(L, a, TA_S);
    lua_rawgeti(L, a, TA_R);
    lua_rawgeti(L, a, TA_X);
    for (size_t k = 0; k < m; k++) {
        const tab_row *r = &tb->row[k];
        const jx_score_row *in = &c->rows[r->i];
        const jx_value *tg = &in->ind->target;
        lua_Integer j = (lua_Integer)k + 1;
        lua_pushinteger(L, r->id);
        lua_rawseti(L, I, j);
        if (tg->n) {
            lua_pushnumber(L, tg->t[0].value);
            lua_rawseti(L, N, 4 * j - 3);
            lua_pushnumber(L, tg->t[0].value_max);
        } else {
            lua_pushnil(L);
            lua_rawseti(L, N, 4 * j - 3);
            lua_pushnil(L);
        }
        lua_rawseti(L, N, 4 * j - 2);
        if (r->has_num)
            lua_pushnumber(L, r->num);
        else
            lua_pushnil(L);
        lua_rawseti(L, N, 4 * j - 1);
        lua_pushnumber(L, in->points);
        lua_rawseti(L, N, 4 * j);
        if (any_g) {
            if (!isnan(in->given))
                lua_pushnumber(L, in->given);
            else
                lua_pushnil(L);
            lua_rawseti(L, G, j);
        }
        if (any_t) {
            const jx_value *av = in->actual;
            if (r->text == 2 || (r->text == 1 && explain))
                lua_pushlstring(L, av->raw ? av->raw : "", av->raw_len);
            else
                lua_pushnil(L);
            lua_rawseti(L, T, j);
        }
        if (any_tt) {
            if (tg->kind == JX_V_QUAL || tg->kind == JX_V_TIME || tg->kind == JX_V_TEXT)
                push_str(L, in->ind->target_raw ? in->ind->target_raw : "");
            else
                lua_pushnil(L);
            lua_rawseti(L, TT, j);
        }
        if (any_y) {
            if (r->years) {
                lua_pushnumber(L, in->current);
                lua_rawseti(L, C, j);
                lua_pushnumber(L, in->previous);
            } else {
                lua_pushnil(L);
                lua_rawseti(L, C, j);
                lua_pushnil(L);
            }
            lua_rawseti(L, V, j);
        }
    }
    jx_eng_limit_begin(e);
    lua_call(L, 12, 1);
    jx_eng_limit_end(e);
    int U = lua_istable(L, -1) ? lua_gettop(L) : 0;
    /* the run's arguments were consumed: S, R, X are fetched again */
    lua_rawgeti(L, a, TA_S);
    lua_rawgeti(L, a, TA_R);
    lua_rawgeti(L, a, TA_X);
    int S = lua_gettop(L) - 2, R = S + 1, X = S + 2;
    for (size_t k = 0; k < m; k++) {
        const tab_row *r = &tb->row[k];
        jx_score *o = &c->out[r->i];
        lua_Integer j = (lua_Integer)k + 1;
        lua_rawgeti(L, S, j);
        lua_rawgeti(L, R, j);
        lua_rawgeti(L, X, j);
        double v[TV_N];
        unsigned has = row_values(r, &c->rows[r->i], v);
        tab_take(L, e, names, r->i, o, v, has);
        lua_pop(L, 3);
        if (U) {
            lua_rawgeti(L, U, j);
            o->unmet = lua_toboolean(L, -1) && !o->finding;
            lua_pop(L, 1);
        }
    }
    return JX_OK;
}

/* Room for n rows in the call's buffers. */
static int tab_room(score_tab *tb, size_t n)
{
    if (n <= tb->rcap)
        return 1;
    size_t cap = n < 64 ? 64 : n;
    char *x = malloc(cap * JX_EXPLAIN_MAX);
    tab_row *r = malloc(cap * sizeof *r);
    if (!x || !r) {
        free(x);
        free(r);
        return 0;
    }
    free(tb->xbuf);
    free(tb->row);
    tb->xbuf = x;
    tb->row = r;
    tb->rcap = tb->xcap = cap;
    return 1;
}

jx_status jx_engine_score_rows(jx_engine *e, const jx_table *t, const jx_score_row *rows,
                               size_t n, jx_score *out, jx_error *err)
{
    if (!tab_ready(e))
        return JX_ENOTFOUND;
    score_tab *tb = e->tab;
    if (!tab_room(tb, n))
        return jx_fail(err, JX_ENOMEM, NULL, 0, 0, "内存不足");
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        const jx_score_row *in = &rows[i];
        jx_score *o = &out[i];
        o->points = in->points;
        o->score = NAN;
        o->rule = "";
        o->explain = "";
        o->finding = 0;
        o->unmet = 0;
        double num = NAN;
        char why[200];
        int years = !isnan(in->current) && !isnan(in->previous);
        int r = reconcile(&in->ind->target, in->actual, &num, why, sizeof why);
        if (r < 0 && years)
            r = 1;
        if (r < 0) {
            o->finding = 1;
            o->explain = tab_explain(tb, i, why, strlen(why));
            continue;
        }
        tb->row[m++] = (tab_row){i, num, r == 0, years, 0, 0};
    }
    if (!m)
        return JX_OK;
    /* a pack kept over its memory cap is refused before any row, those
     * of the built-in formulas too: one call per indicator is refused */
    if (jx_eng_kept_over(e))
        return jx_fail(err, JX_ERULE, NULL, 0, 0, "规则包 %s 占用的内存已超出限制", e->pack);
    if (tb->direct && !(m = rows_builtin(e, t, rows, m, out)))
        return JX_OK;
    rows_ctx c = {e, t, rows, out, m};
    int rc = JX_OK;
    int st = jx_eng_protected(e, rows_body, &c, 0, &rc);
    if (st != LUA_OK)
        return jx_eng_rule_error(e, err, "按表打分", st);
    return rc;
}


/* ---- 分值 of a table in one call (docs/rules.md 3.2, points_table) ----
 *
 * jx_engine_points asked the pack once per (一级, 二级) of a table for
 * its group and once per indicator for its 分值, each a protected call
 * under its own limits.  Here a table is one protected call under one
 * budget: the groups and the 分值 through the pack's points_table entry
 * when it offers one (groups, run over arrays), else through its
 * points_group and points called in turn inside that one call.  The
 * results are taken only when the whole call succeeded; any failure
 * (an error, the budget, the memory cap) sends the table back to
 * points_each, which asks again one call at a time and reports the error
 * exactly as before. */

enum { TP_GROUPS = 1, TP_RUN, TP_L1, TP_L2, TP_G, TP_GN, TP_I, TP_N1, TP_P, TP_LAST = TP_P };

/* Asks the pack for p.lib.points_table(p, points, points_group) and
 * anchors what it gives with the reused arrays; rc 1 when it gave run. */
static int pts_setup_body(lua_State *L, void *ud)
{
    jx_engine *e = ud;
    if (!jx_eng_push_path(L, e, "lib.points_table") || !lua_isfunction(L, -1))
        return 0;
    lua_rawgeti(L, LUA_REGISTRYINDEX, e->ref_pack);
    lua_rawgeti(L, LUA_REGISTRYINDEX, e->ref_points);
    if (e->ref_group != LUA_NOREF)
        lua_rawgeti(L, LUA_REGISTRYINDEX, e->ref_group);
    else
        lua_pushnil(L);
    jx_eng_limit_begin(e);
    lua_call(L, 3, 2);
    jx_eng_limit_end(e);
    if (!lua_isfunction(L, -1) || !(lua_isnil(L, -2) || lua_isfunction(L, -2)))
        return 0;
    lua_createtable(L, TP_LAST, 0);
    lua_pushvalue(L, -3);
    lua_rawseti(L, -2, TP_GROUPS);
    lua_pushvalue(L, -2);
    lua_rawseti(L, -2, TP_RUN);
    for (int k = TP_L1; k <= TP_P; k++) {
        lua_newtable(L);
        lua_rawseti(L, -2, k);
    }
    e->ref_pts = luaL_ref(L, LUA_REGISTRYINDEX);
    return 1;
}

/* 1 when the pack's 分值 entry is there (looked up at the first call). */
static int pts_entry(jx_engine *e)
{
    return entry_ready(e, &e->pts_state, pts_setup_body, "points_table");
}

/* The memo of the pack's answers: (kind, 一级, 二级) → group name and
 * (kind, group, i, n1, n) → 分值, kept for the engine's life.  Cleared at
 * the start of a table when half full, never during one (the group names
 * found here are borrowed until the table is done). */
#define PM_SLOTS 4096 /* power of 2 */
#define PM_KEY 512    /* a longer key is not kept */

typedef struct pm_slot {
    uint64_t h;
    char *key; /* NULL: empty; the value's text follows the key */
    size_t klen;
    double v;
} pm_slot;

typedef struct pts_memo {
    pm_slot slot[PM_SLOTS];
    size_t n;
} pts_memo;

static void pm_clear(pts_memo *m)
{
    for (size_t i = 0; i < PM_SLOTS; i++) {
        free(m->slot[i].key);
        m->slot[i].key = NULL;
    }
    m->n = 0;
}

void jx_eng_pmemo_free(jx_engine *e)
{
    if (!e->pmemo)
        return;
    pm_clear(e->pmemo);
    free(e->pmemo);
    e->pmemo = NULL;
}

static size_t pm_str(char *k, size_t at, const char *s)
{
    if (!s) {
        if (at < PM_KEY)
            k[at] = (char)0xFF; /* never in UTF-8 */
        return at + 1;
    }
    size_t n = strlen(s) + 1;
    if (at + n <= PM_KEY)
        memcpy(k + at, s, n);
    return at + n;
}

static size_t pm_group_key(char *k, jx_table_kind kind, const char *l1, const char *l2)
{
    k[0] = 'g';
    k[1] = (char)kind;
    return pm_str(k, pm_str(k, 2, l1), l2);
}

static size_t pm_points_key(char *k, jx_table_kind kind, const char *group, size_t i, size_t n1,
                            size_t n)
{
    k[0] = 'p';
    k[1] = (char)kind;
    size_t at = pm_str(k, 2, group);
    if (at + 3 * sizeof(size_t) > PM_KEY)
        return PM_KEY + 1;
    memcpy(k + at, &i, sizeof i);
    memcpy(k + at + sizeof i, &n1, sizeof n1);
    memcpy(k + at + 2 * sizeof i, &n, sizeof n);
    return at + 3 * sizeof i;
}

/* The slot of key k (found, or the empty one where it would go). */
static pm_slot *pm_find(pts_memo *m, const char *k, size_t n, uint64_t h)
{
    size_t i = (size_t)h & (PM_SLOTS - 1);
    for (pm_slot *s = &m->slot[i]; s->key; s = &m->slot[i = (i + 1) & (PM_SLOTS - 1)])
        if (s->h == h && s->klen == n && !memcmp(s->key, k, n))
            return s;
    return &m->slot[i];
}

/* The remembered answer for key k: 1 with *v and *text (a group name,
 * NULL for a 分值), or 0. */
static int pm_get(const pts_memo *m, const char *k, size_t n, double *v, const char **text)
{
    if (!m || n > PM_KEY)
        return 0;
    pm_slot *s = pm_find((pts_memo *)m, k, n, jx_eng_hash(k, n));
    if (!s->key)
        return 0;
    *v = s->v;
    *text = s->key + s->klen; /* "" after a 分值's key */
    return 1;
}

static void pm_put(pts_memo *m, const char *k, size_t n, double v, const char *text)
{
    if (!m || n > PM_KEY || m->n >= PM_SLOTS * 3 / 4)
        return;
    uint64_t h = jx_eng_hash(k, n);
    pm_slot *s = pm_find(m, k, n, h);
    if (s->key)
        return;
    size_t tl = text ? strlen(text) : 0;
    char *kc = malloc(n + tl + 1);
    if (!kc)
        return; /* not remembered */
    memcpy(kc, k, n);
    if (tl)
        memcpy(kc + n, text, tl);
    kc[n + tl] = '\0';
    *s = (pm_slot){h, kc, n, v};
    m->n++;
}

typedef struct pts_ctx {
    jx_engine *e;
    jx_table *t;
    size_t n;     /* scored rows */
    size_t *gid;  /* group id of each row of t */
    double *pts;  /* the pack's 分值 of each row asked (NaN: not a number) */
    size_t *ask;  /* the rows asked, in order */
    size_t nask;
    pgroup *pg;   /* distinct (一级, 二级) pairs: pg_s, or on the heap */
    size_t npg;
    int entry;    /* the pack's points_table is there */
    size_t *kk;   /* i of each row asked */
    int asked_groups, asked_points; /* the pack was asked (not all remembered) */
    int named;    /* every pair has its group name (no points_group, or remembered) */
    int assigned; /* pts_assign has run */
    pgroup pg_s[16];
} pts_ctx;

/* The group name the pack returned at idx (a string), owned by g; or
 * borrowed when the string stays anchored until points_batch returns
 * (in the G array, written again only by the next table's call). */
static int pts_take_group(lua_State *L, int idx, pgroup *g, int borrow)
{
    if (lua_type(L, idx) != LUA_TSTRING)
        return JX_OK;
    if (borrow) {
        g->name = lua_tostring(L, idx);
        return JX_OK;
    }
    char *s = strdup(lua_tostring(L, idx));
    if (!s)
        return JX_ENOMEM;
    g->name = s;
    g->own = 1;
    return JX_OK;
}

/* Room for one more pair: the first 16 (nearly every table) in c->pg_s,
 * more on the heap. */
static int grow_groups(pts_ctx *c, size_t *cap)
{
    if (!*cap) {
        c->pg = c->pg_s;
        *cap = JX_ARRAY_LEN(c->pg_s);
        return 0;
    }
    size_t nc = *cap * 2;
    pgroup *np = c->pg == c->pg_s ? malloc(nc * sizeof *np) : realloc(c->pg, nc * sizeof *np);
    if (!np)
        return -1;
    if (c->pg == c->pg_s)
        memcpy(np, c->pg_s, sizeof c->pg_s);
    c->pg = np;
    *cap = nc;
    return 0;
}

/* The distinct (一级, 二级) pairs of the table in the order of its rows
 * (gid[i] the pair of row i for now), named from the memo when every
 * pair's group is remembered; -1 when out of memory.  Plain C: no call
 * into the pack. */
static int pts_pairs(pts_ctx *c)
{
    jx_engine *e = c->e;
    jx_table *t = c->t;
    /* the groups: the distinct pairs in the order of the rows */
    size_t cap = 0;
    for (size_t i = 0; i < t->n; i++) {
        const jx_indicator *ind = &t->ind[i];
        if (!jx_indicator_scored(ind))
            continue;
        size_t g = 0;
        while (g < c->npg && !(jx_streq(nz(c->pg[g].l1), nz(ind->level1)) &&
                               jx_streq(nz(c->pg[g].l2), nz(ind->level2))))
            g++;
        if (g == c->npg) {
            if (c->npg == cap && grow_groups(c, &cap))
                return -1;
            pgroup *p = &c->pg[g];
            memset(p, 0, sizeof *p);
            p->l1 = ind->level1;
            p->l2 = ind->level2;
            p->name = nz(ind->level1);
            p->id = g;
            c->npg++;
        }
        c->gid[i] = g; /* the pair for now; the group below */
    }
    /* every pair's group remembered: the pack is not asked */
    int all = e->ref_group != LUA_NOREF && e->pmemo;
    for (size_t g = 0; all && g < c->npg; g++) {
        char k[PM_KEY];
        double v;
        const char *name;
        size_t kn = pm_group_key(k, t->kind, c->pg[g].l1, c->pg[g].l2);
        if (pm_get(e->pmemo, k, kn, &v, &name))
            c->pg[g].name = name;
        else
            all = 0;
    }
    c->named = e->ref_group == LUA_NOREF || all;
    return 0;
}

/* Pairs that share a group name share one id; the rows without 分值
 * listed to ask (the k-th of the n1 of their group, n in all); 1 when
 * every one of their 分值 is remembered (then in c->pts).  Plain C. */
static int pts_assign(pts_ctx *c)
{
    jx_engine *e = c->e;
    jx_table *t = c->t;
    c->assigned = 1;
    /* pairs that share a group name share one id, as points_groups does */
    for (size_t g = 0; g < c->npg; g++)
        for (size_t h = 0; h < g; h++)
            if (jx_streq(c->pg[h].name, c->pg[g].name)) {
                c->pg[g].id = c->pg[h].id;
                break;
            }
    for (size_t i = 0; i < t->n; i++) {
        if (!jx_indicator_scored(&t->ind[i]))
            continue;
        c->gid[i] = c->pg[c->gid[i]].id;
        c->pg[c->gid[i]].count++;
    }
    /* the rows without 分值: k-th of the n1 of their group, n in all */
    for (size_t i = 0; i < t->n; i++) {
        jx_indicator *ind = &t->ind[i];
        if (!jx_indicator_scored(ind))
            continue;
        pgroup *g = &c->pg[c->gid[i]];
        size_t k = g->seen++;
        if (!isnan(ind->points))
            continue;
        c->ask[c->nask] = i;
        c->kk[c->nask++] = k + 1;
    }
    /* every row's 分值 remembered: the pack is not asked */
    int hits = e->pmemo != NULL;
    for (size_t q = 0; hits && q < c->nask; q++) {
        const pgroup *g = &c->pg[c->gid[c->ask[q]]];
        char k[PM_KEY];
        const char *unused;
        size_t kn = pm_points_key(k, t->kind, g->name, c->kk[q], g->count, c->n);
        hits = pm_get(e->pmemo, k, kn, &c->pts[q], &unused);
    }
    return hits;
}

/* The pack asked for what pts_pairs and pts_assign did not find
 * remembered: the group names, then the 分值. */
static int pts_body(lua_State *L, void *ud)
{
    pts_ctx *c = ud;
    jx_engine *e = c->e;
    jx_table *t = c->t;
    int entry = c->entry;
    luaL_checkstack(L, 30, "points_table");
    int a = 0;
    if (entry) {
        lua_rawgeti(L, LUA_REGISTRYINDEX, e->ref_pts);
        a = lua_gettop(L);
    }
    jx_eng_limit_begin(e);
    if (!c->named) {
        c->asked_groups = 1;
        for (size_t g = 0; g < c->npg; g++)
            c->pg[g].name = nz(c->pg[g].l1);
        if (entry && (lua_rawgeti(L, a, TP_GROUPS), lua_isfunction(L, -1))) {
            lua_rawgeti(L, a, TP_L1);
            lua_rawgeti(L, a, TP_L2);
            lua_rawgeti(L, a, TP_G);
            int l1 = lua_gettop(L) - 2, l2 = l1 + 1, G = l1 + 2;
            for (size_t g = 0; g < c->npg; g++) {
                lua_Integer j = (lua_Integer)g + 1;
                push_str(L, c->pg[g].l1);
                lua_rawseti(L, l1, j);
                push_str(L, c->pg[g].l2);
                lua_rawseti(L, l2, j);
                lua_pushnil(L);
                lua_rawseti(L, G, j);
            }
            lua_pushvalue(L, l1 - 1); /* groups */
            push_kind(L, e, t->kind);
            lua_pushinteger(L, (lua_Integer)c->npg);
            lua_pushvalue(L, l1);
            lua_pushvalue(L, l2);
            lua_pushvalue(L, G);
            lua_call(L, 5, 0);
            for (size_t g = 0; g < c->npg; g++) {
                lua_rawgeti(L, G, (lua_Integer)g + 1);
                int rc = pts_take_group(L, -1, &c->pg[g], 1);
                lua_pop(L, 1);
                if (rc)
                    return rc;
            }
            lua_pop(L, 4);
        } else {
            if (entry)
                lua_pop(L, 1);
            for (size_t g = 0; g < c->npg; g++) {
                lua_rawgeti(L, LUA_REGISTRYINDEX, e->ref_group);
                push_kind(L, e, t->kind);
                push_str(L, c->pg[g].l1);
                push_str(L, c->pg[g].l2);
                lua_call(L, 3, 1);
                int rc = pts_take_group(L, -1, &c->pg[g], 0);
                lua_pop(L, 1);
                if (rc)
                    return rc;
            }
        }
    }
    if (!c->assigned && pts_assign(c)) {
        jx_eng_limit_end(e);
        return JX_OK;
    }
    c->asked_points = c->nask > 0;
    if (c->nask && entry) {
        lua_rawgeti(L, a, TP_RUN);
        lua_rawgeti(L, a, TP_GN);
        lua_rawgeti(L, a, TP_I);
        lua_rawgeti(L, a, TP_N1);
        lua_rawgeti(L, a, TP_P);
        int GN = lua_gettop(L) - 3, I = GN + 1, N1 = GN + 2, P = GN + 3;
        for (size_t q = 0; q < c->nask; q++) {
            const pgroup *g = &c->pg[c->gid[c->ask[q]]];
            lua_Integer j = (lua_Integer)q + 1;
            lua_pushstring(L, g->name);
            lua_rawseti(L, GN, j);
            lua_pushinteger(L, (lua_Integer)c->kk[q]);
            lua_rawseti(L, I, j);
            lua_pushinteger(L, (lua_Integer)g->count);
            lua_rawseti(L, N1, j);
            lua_pushnil(L);
            lua_rawseti(L, P, j);
        }
        lua_pushvalue(L, GN - 1); /* run */
        push_kind(L, e, t->kind);
        lua_pushinteger(L, (lua_Integer)c->nask);
        lua_pushvalue(L, GN);
        lua_pushvalue(L, I);
        lua_pushvalue(L, N1);
        lua_pushinteger(L, (lua_Integer)c->n);
        lua_pushvalue(L, P);
        lua_call(L, 7, 0);
        for (size_t q = 0; q < c->nask; q++) {
            lua_rawgeti(L, P, (lua_Integer)q + 1);
            c->pts[q] = lua_isnumber(L, -1) ? lua_tonumber(L, -1) : NAN;
            lua_pop(L, 1);
        }
        lua_pop(L, 5);
    } else {
        for (size_t q = 0; q < c->nask; q++) {
            const pgroup *g = &c->pg[c->gid[c->ask[q]]];
            lua_rawgeti(L, LUA_REGISTRYINDEX, e->ref_points);
            push_kind(L, e, t->kind);
            lua_pushstring(L, g->name);
            lua_pushinteger(L, (lua_Integer)c->kk[q]);
            lua_pushinteger(L, (lua_Integer)g->count);
            lua_pushinteger(L, (lua_Integer)c->n);
            lua_call(L, 5, 1);
            c->pts[q] = lua_isnumber(L, -1) ? lua_tonumber(L, -1) : NAN;
            lua_pop(L, 1);
        }
    }
    jx_eng_limit_end(e);
    return JX_OK;
}

/* jx_engine_points in one protected call; 1 when done (the 分值 set),
 * 0 when the table is to be asked one call at a time (points_each). */
static int points_batch(jx_engine *e, jx_table *t, size_t n)
{
    int entry = pts_entry(e);
    if (jx_eng_kept_over(e))
        return 0;
    if (!e->pmemo)
        e->pmemo = calloc(1, sizeof *e->pmemo); /* NULL: nothing remembered */
    else if (e->pmemo->n >= PM_SLOTS / 2)
        pm_clear(e->pmemo);
    /* a table of up to 64 rows (nearly all) needs no heap */
    size_t gid_s[64], ask_s[64], kk_s[64];
    double pts_s[64];
    int small = t->n <= 64;
    pts_ctx c = {.e = e, .t = t, .n = n,
                 .gid = small ? gid_s : calloc(t->n, sizeof(size_t)),
                 .pts = small ? pts_s : calloc(n, sizeof(double)),
                 .ask = small ? ask_s : calloc(n, sizeof(size_t)), .entry = entry,
                 .kk = small ? kk_s : calloc(n, sizeof(size_t))};
    int done = 0;
    int rc = c.gid && c.pts && c.ask && c.kk && !pts_pairs(&c) ? JX_OK : JX_ENOMEM;
    if (!rc && c.named && pts_assign(&c)) {
        done = 1; /* every answer remembered: no call into the pack */
    } else if (!rc) {
        int top = lua_gettop(e->L);
        int st = jx_eng_protected(e, pts_body, &c, 0, &rc);
        if (st != LUA_OK) {
            jx_error ignored = {0};
            if (st != ST_UNUSABLE)
                jx_eng_rule_error(e, &ignored, "points_table", st); /* pops, collects */
        } else if (rc == JX_OK) {
            done = 1;
        }
        lua_settop(e->L, top);
    }
    if (done) {
        /* the pack's answers remembered (the group names are read before
         * free_groups) */
        char k[PM_KEY];
        for (size_t g = 0; c.asked_groups && g < c.npg; g++)
            pm_put(e->pmemo, k, pm_group_key(k, t->kind, c.pg[g].l1, c.pg[g].l2), 0,
                   c.pg[g].name);
        for (size_t q = 0; c.asked_points && q < c.nask; q++) {
            const pgroup *g = &c.pg[c.gid[c.ask[q]]];
            pm_put(e->pmemo, k, pm_points_key(k, t->kind, g->name, c.kk[q], g->count, c.n),
                   c.pts[q], NULL);
        }
        /* as points_each: the answers, then rounded as the pack says with
         * the remainder to the last row of each group */
        for (size_t q = 0; q < c.nask; q++)
            if (!isnan(c.pts[q]))
                t->ind[c.ask[q]].points = c.pts[q];
        for (size_t q = 0; q < c.nask; q++) {
            size_t i = c.ask[q];
            pgroup *g = &c.pg[c.gid[i]];
            g->raw += t->ind[i].points;
            t->ind[i].points = jx_engine_round(e, t->ind[i].points);
            g->rounded += t->ind[i].points;
            g->last = i;
            g->seen = SIZE_MAX;
        }
        for (size_t h = 0; h < c.npg; h++) {
            pgroup *g = &c.pg[h];
            if (g->id != h || g->seen != SIZE_MAX)
                continue;
            jx_indicator *last = &t->ind[g->last];
            last->points =
                jx_engine_round(e, last->points + jx_engine_round(e, g->raw) - g->rounded);
        }
    }
    free_groups(c.pg, c.npg, c.pg != c.pg_s);
    if (!small) {
        free(c.kk);
        free(c.ask);
        free(c.pts);
        free(c.gid);
    }
    return done;
}
