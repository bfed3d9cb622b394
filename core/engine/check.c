/*
 * check.c - the pack's checks: the document handed to them as Lua tables,
 * report() turning their results into jx_finding callbacks, and the check
 * listing (code, severity, description).
 */
#include "engine_int.h"

#include <lauxlib.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

/* ---- checks ---- */

const char *jx_severity_name(jx_severity s)
{
    return s == JX_SEV_ERROR ? "error" : s == JX_SEV_WARNING ? "warning" : "info";
}

static void set_str(lua_State *L, const char *k, const char *v)
{
    if (!v)
        return;
    lua_pushstring(L, v);
    lua_setfield(L, -2, k);
}

static void set_num(lua_State *L, const char *k, double v)
{
    if (isnan(v))
        return;
    lua_pushnumber(L, v);
    lua_setfield(L, -2, k);
}

static void set_bool(lua_State *L, const char *k, int v)
{
    lua_pushboolean(L, v);
    lua_setfield(L, -2, k);
}

static void push_value(lua_State *L, const jx_value *v)
{
    lua_createtable(L, 0, 4);
    lua_pushlstring(L, v->raw ? v->raw : "", v->raw_len);
    lua_setfield(L, -2, "raw");
    set_str(L, "kind", jx_vkind_name(v->kind));
    set_str(L, "damage", v->damage);
    lua_createtable(L, v->n, 0);
    for (int i = 0; i < v->n; i++) {
        const jx_threshold *t = &v->t[i];
        lua_createtable(L, 0, 6);
        set_str(L, "op", jx_op_name(t->op));
        set_num(L, "value", t->value);
        set_num(L, "value_max", t->value_max);
        set_str(L, "unit", t->unit);
        set_bool(L, "implied", t->implied);
        set_bool(L, "product", t->product);
        lua_pushlstring(L, v->raw + t->off, t->len);
        lua_setfield(L, -2, "text");
        if (t->subj_len) {
            lua_pushlstring(L, v->raw + t->subj_off, t->subj_len);
            lua_setfield(L, -2, "subject");
        }
        lua_rawseti(L, -2, i + 1);
    }
    lua_setfield(L, -2, "thresholds");
}

static void push_doc(lua_State *L, jx_doc *d)
{
    luaL_checkstack(L, 12, "doc"); /* doc, tables, table, indicators, … */
    lua_createtable(L, 0, 6);
    set_str(L, "source", d->source);
    set_str(L, "unit", d->unit);
    if (d->year) {
        lua_pushinteger(L, d->year);
        lua_setfield(L, -2, "year");
    }
    set_num(L, "project_spending", d->project_spending);
    lua_createtable(L, (int)d->nnotes, 0);
    for (size_t i = 0; i < d->nnotes; i++) {
        lua_createtable(L, 0, 3);
        lua_pushinteger(L, d->notes[i].line);
        lua_setfield(L, -2, "line");
        set_str(L, "code", d->notes[i].code);
        set_str(L, "message", d->notes[i].message);
        lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
    lua_setfield(L, -2, "notes");
    lua_createtable(L, (int)d->ntables, 0);
    for (size_t ti = 0; ti < d->ntables; ti++) {
        const jx_table *t = &d->tables[ti];
        lua_createtable(L, 0, 10);
        set_str(L, "kind", jx_table_kind_name(t->kind));
        set_str(L, "layout", jx_layout_name(t->layout));
        set_str(L, "code", t->code);
        set_str(L, "name", t->name);
        set_str(L, "department", t->department);
        lua_pushinteger(L, t->line);
        lua_setfield(L, -2, "line");
        lua_pushinteger(L, (lua_Integer)ti + 1);
        lua_setfield(L, -2, "_table");
        lua_createtable(L, 0, 3);
        set_num(L, "total", t->funds.total);
        set_num(L, "fiscal", t->funds.fiscal);
        set_num(L, "other", t->funds.other);
        lua_setfield(L, -2, "funds");
        lua_createtable(L, (int)t->n, 0);
        for (size_t i = 0; i < t->n; i++) {
            const jx_indicator *ind = &t->ind[i];
            lua_createtable(L, 0, 14);
            set_str(L, "level1", ind->level1);
            set_str(L, "level2", ind->level2);
            set_str(L, "level3", ind->level3);
            set_str(L, "period", ind->period);
            set_str(L, "explanation", ind->explanation);
            set_str(L, "note", ind->note);
            lua_pushinteger(L, ind->line);
            lua_setfield(L, -2, "line");
            lua_pushinteger(L, (lua_Integer)i + 1);
            lua_setfield(L, -2, "_index");
            set_bool(L, "level2_inferred", ind->level2_inferred);
            set_bool(L, "realigned", ind->realigned);
            set_bool(L, "split", ind->split);
            push_value(L, &ind->target);
            lua_setfield(L, -2, "target");
            lua_rawseti(L, -2, (lua_Integer)i + 1);
        }
        lua_setfield(L, -2, "indicators");
        lua_rawseti(L, -2, (lua_Integer)ti + 1);
    }
    lua_setfield(L, -2, "tables");
}

typedef struct check_ctx {
    jx_engine *e;
    jx_doc *doc;
    jx_finding_cb cb;
    void *ud;
    const char *code;
    jx_severity sev;
    int stop;
} check_ctx;

static int sev_of(const char *s, jx_severity *out)
{
    if (!s)
        return -1;
    if (!strcmp(s, "error"))
        *out = JX_SEV_ERROR;
    else if (!strcmp(s, "warning"))
        *out = JX_SEV_WARNING;
    else if (!strcmp(s, "info"))
        *out = JX_SEV_INFO;
    else
        return -1; /* "off" or unknown */
    return 0;
}

static int l_report(lua_State *L)
{
    check_ctx *c = *(check_ctx **)lua_touserdata(L, lua_upvalueindex(1));
    if (!c)
        return luaL_error(L, "report() 只能在审核运行期间调用");
    const jx_table *t = NULL;
    const jx_indicator *ind = NULL;
    if (lua_istable(L, 1)) {
        jx_eng_rawfield(L, 1, "_table");
        lua_Integer k = lua_tointeger(L, -1);
        lua_pop(L, 1);
        if (k >= 1 && (size_t)k <= c->doc->ntables)
            t = &c->doc->tables[k - 1];
    }
    if (t && lua_istable(L, 2)) {
        jx_eng_rawfield(L, 2, "_index");
        lua_Integer k = lua_tointeger(L, -1);
        lua_pop(L, 1);
        if (k >= 1 && (size_t)k <= t->n)
            ind = &t->ind[k - 1];
    }
    const char *msg = luaL_checkstring(L, 3);
    int line = (int)luaL_optinteger(L, 4, ind ? ind->line : t ? t->line : 0);
    if (c->stop)
        return 0;
    jx_finding f;
    f.severity = c->sev;
    f.code = c->code;
    f.message = msg;
    f.source = c->doc->source;
    f.line = line;
    f.project = t && t->kind == JX_TABLE_PROJECT ? (t->code ? t->code : t->name) : NULL;
    f.indicator = ind ? ind->level3 : NULL;
    if (c->cb(&f, c->ud))
        c->stop = 1;
    return 0;
}

size_t jx_engine_ncheck(jx_engine *e)
{
    lua_State *L = e->L;
    if (e->broken)
        return 0;
    lua_rawgeti(L, LUA_REGISTRYINDEX, e->ref_checks);
    size_t n = lua_istable(L, -1) ? (size_t)lua_rawlen(L, -1) : 0;
    lua_pop(L, 1);
    return n;
}

typedef struct info_ctx {
    jx_engine *e;
    size_t i;
    const char *code, *severity, *description;
} info_ctx;

/* a string field of a check; NULL for anything else (a number is not
 * converted: the converted string would live only on the stack) */
static const char *str_field(lua_State *L, int idx, const char *k)
{
    jx_eng_rawfield(L, idx, k);
    const char *s = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
    lua_pop(L, 1);
    return s;
}

static int info_body(lua_State *L, void *ud)
{
    info_ctx *c = ud;
    lua_rawgeti(L, LUA_REGISTRYINDEX, c->e->ref_checks);
    if (!lua_istable(L, -1) || lua_rawgeti(L, -1, (lua_Integer)c->i + 1) != LUA_TTABLE)
        return 0;
    /* strings stay alive: they are referenced from the pack table */
    c->code = str_field(L, -1, "code");
    c->severity = str_field(L, -1, "severity");
    c->description = str_field(L, -1, "description");
    return 1;
}

/* The strings of check i copied into the engine: the pack table holding
 * them is rule data a check may change.  Later calls for i return the
 * copy.  0 when out of memory. */
static int keep_info(jx_engine *e, size_t i, const char *c, const char *s, const char *d,
                     const char **code, const char **severity, const char **description)
{
    if (i >= e->ninfo) {
        size_t n = i + 1 > e->ninfo * 2 ? i + 1 : e->ninfo * 2;
        char **v = realloc(e->info, n * 3 * sizeof *v);
        if (!v)
            return 0;
        memset(v + e->ninfo * 3, 0, (n - e->ninfo) * 3 * sizeof *v);
        e->info = v;
        e->ninfo = n;
    }
    char **slot = &e->info[i * 3];
    if (!slot[0]) {
        slot[0] = strdup(c);
        slot[1] = strdup(s);
        slot[2] = strdup(d);
        if (!slot[0] || !slot[1] || !slot[2]) {
            for (int k = 0; k < 3; k++) {
                free(slot[k]);
                slot[k] = NULL;
            }
            return 0;
        }
    }
    *code = slot[0];
    *severity = slot[1];
    *description = slot[2];
    return 1;
}

int jx_engine_check_info(jx_engine *e, size_t i, const char **code,
                         const char **severity, const char **description)
{
    info_ctx c = {e, i, NULL, NULL, NULL};
    int found = 0;
    int st = jx_eng_protected(e, info_body, &c, 0, &found);
    if (st != LUA_OK) {
        if (st != ST_UNUSABLE)
            lua_pop(e->L, 1);
        e->mem_hit = 0;
        return 0;
    }
    if (!found)
        return 0;
    return keep_info(e, i, c.code ? c.code : "?", c.severity ? c.severity : "warning",
                     c.description ? c.description : "", code, severity, description);
}

typedef struct check_run {
    check_ctx c;
    jx_error *err;
    int rc;
} check_run;

/* One check: its code is copied first, since the check's own code may
 * change the pack table that holds the string. */
static void run_one_check(lua_State *L, jx_engine *e, check_ctx *c, size_t i, int doc_idx,
                          int rep_idx)
{
    char code[128];
    lua_rawgeti(L, LUA_REGISTRYINDEX, e->ref_checks);
    if (lua_rawgeti(L, -1, (lua_Integer)i + 1) != LUA_TTABLE) {
        lua_pop(L, 2);
        return;
    }
    const char *cs = str_field(L, -1, "code");
    snprintf(code, sizeof code, "%s", cs ? cs : "?");
    const char *sev = str_field(L, -1, "severity");
    if (sev_of(sev ? sev : "warning", &c->sev)) {
        lua_pop(L, 2);
        return; /* silenced */
    }
    c->code = code;
    jx_eng_rawfield(L, -1, "run");
    lua_remove(L, -2);
    lua_remove(L, -2);
    if (!lua_isfunction(L, -1)) {
        lua_pop(L, 1);
        return;
    }
    lua_pushvalue(L, doc_idx);
    lua_pushvalue(L, rep_idx);
    char what[160];
    snprintf(what, sizeof what, "检查 %s", code);
    jx_error e2 = {0};
    if (jx_eng_call_pushed(e, 2, 0, what, &e2)) {
        jx_finding f = {JX_SEV_ERROR, "rule-error", e2.msg, c->doc->source, 0, NULL, NULL};
        if (c->cb(&f, c->ud))
            c->stop = 1;
    }
    c->code = NULL;
}

static int check_body(lua_State *L, void *ud)
{
    check_run *r = ud;
    check_ctx *c = &r->c;
    jx_engine *e = c->e;
    size_t n = jx_engine_ncheck(e);
    /* the document as Lua tables: counted against the cap like any
     * memory the rules use; a document too large for it is refused */
    push_doc(L, c->doc);
    int doc_idx = lua_gettop(L);
    if (jx_eng_kept_over(e)) {
        r->rc = jx_fail(r->err, JX_ELIMIT, c->doc->source, 0, 0,
                        "文档过大：交给规则包 %s 审核需要的内存超出限制（%zu MiB）", e->pack,
                        e->mlimit >> 20);
        return r->rc;
    }
    check_ctx **box = lua_newuserdatauv(L, sizeof *box, 0);
    *box = c;
    lua_pushcclosure(L, l_report, 1);
    int rep_idx = lua_gettop(L);
    for (size_t i = 0; i < n && !c->stop; i++)
        run_one_check(L, e, c, i, doc_idx, rep_idx);
    *box = NULL; /* a report() kept by rule code is now inert */
    return JX_OK;
}

jx_status jx_engine_check(jx_engine *e, jx_doc *doc, jx_finding_cb cb, void *ud,
                    jx_error *err)
{
    if (!jx_engine_ncheck(e))
        return JX_OK;
    check_run r = {{e, doc, cb, ud, NULL, JX_SEV_INFO, 0}, err, JX_OK};
    int rc;
    int st = jx_eng_protected(e, check_body, &r, 0, &rc);
    if (st != LUA_OK) {
        /* out of memory building the document's tables, most likely */
        int mem = e->mem_hit || st == LUA_ERRMEM;
        rc = jx_eng_fail_status(e, err, "把文档交给审核", st, JX_ELIMIT);
        if (mem)
            rc = jx_fail(err, JX_ELIMIT, doc->source, 0, 0,
                         "文档过大：交给规则包 %s 审核需要的内存超出限制（%zu MiB）", e->pack,
                         e->mlimit >> 20);
    }
    if (rc && !r.c.stop) {
        jx_finding f = {JX_SEV_ERROR, "rule-error", err->msg, doc->source, 0, NULL, NULL};
        cb(&f, ud);
    }
    return rc;
}

