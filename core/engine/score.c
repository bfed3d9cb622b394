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

static void free_groups(pgroup *pg, size_t n)
{
    for (size_t g = 0; g < n; g++)
        if (pg[g].own)
            free((char *)pg[g].name);
    free(pg);
}

jx_status jx_engine_points(jx_engine *e, jx_table *t, jx_error *err)
{
    if (e->ref_points == LUA_NOREF)
        return JX_OK;
    size_t n = 0;
    for (size_t i = 0; i < t->n; i++)
        n += jx_indicator_scored(&t->ind[i]);
    if (!n)
        return JX_OK;
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
    free_groups(pg, npg);
    free(computed);
    free(gid);
    return rc;
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

static void take_result(jx_engine *e, jx_score *out)
{
    lua_State *L = e->L;
    if (lua_isnumber(L, -3)) {
        out->score = jx_engine_round(e, lua_tonumber(L, -3));
        if (out->score > out->points && !isnan(out->points))
            out->score = out->points;
        if (out->score < 0)
            out->score = 0;
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

/* rule names returned by Lua must outlive the stack: intern them */
static const char *intern(jx_engine *e, const char *s)
{
    if (!s)
        return "";
    for (int i = 0; i < e->ngrades; i++)
        if (!strcmp(e->grades[i], s))
            return e->grades[i];
    if (e->ngrades < (int)JX_ARRAY_LEN(e->grades)) {
        e->grades[e->ngrades] = strdup(s);
        if (e->grades[e->ngrades])
            return e->grades[e->ngrades++];
    }
    return "";
}

/* The name of the Lua string at idx, interned as above.  A rule name
 * comes back as the same string object call after call: found by its
 * address (the object is kept alive in ref_names, so an address cannot
 * be reused by another string), else by content. */
static const char *intern_lua(jx_engine *e, lua_State *L, int idx)
{
    if (lua_type(L, idx) != LUA_TSTRING)
        return intern(e, lua_tostring(L, idx));
    idx = lua_absindex(L, idx);
    const char *s = lua_tostring(L, idx);
    for (int i = 0; i < e->ngrades; i++)
        if (e->gkey[i] == s)
            return e->grades[i];
    const char *r = intern(e, s);
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

