/*
 * sandbox.c - the Lua state a pack runs in: the allocator with its memory
 * cap, the count hook with its instruction budget, the sandbox's own
 * pcall/xpcall/setmetatable/rawset/rawget, guarded string patterns, the
 * host chunk (jx.* helpers, read-only library proxies, the pack env), and
 * the protected calls every use of the state goes through.
 *
 * Packs run in their own _ENV with read-only proxies of string (no dump),
 * math, table, utf8 and jx, and a few base functions; the string
 * metatable is hidden; chunks are loaded as text only.  Any failure
 * becomes a jx_error naming pack file:line, the rule and the indicator;
 * the state stays usable.
 *
 * Every use of the state runs inside one protected call (jx_eng_protected):
 * pushing arguments and reading results of a rule, set-up, loading, the
 * document handed to checks.  A Lua error or out-of-memory anywhere is
 * an error value, never a panic; lua_atpanic (l_panic) is a last guard
 * that jumps back and marks the engine unusable instead of aborting.
 */
#include "engine_int.h"

#include <lauxlib.h>
#include <lualib.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

/* ---- allocator (the hook is in watch.c) ---- */

static void *l_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    jx_engine *e = ud;
    if (!ptr)
        osize = 0;
    if (nsize == 0) {
        free(ptr);
        e->mused -= osize;
        return NULL;
    }
    /* The cap binds rule code (inside jx_rules_call).  Between calls the
     * host itself pushes arguments and documents: it gets headroom, so a
     * pack that keeps memory cannot make the host fail outside a protected
     * call; the next call then fails cleanly (see jx_rules_call). */
    size_t cap = e->limited ? e->mlimit : e->mlimit + e->mlimit / 2 + ((size_t)16 << 20);
    if (nsize > osize && (e->mused > cap || nsize - osize > cap - e->mused)) {
        e->mem_hit = 1;
        return NULL;
    }
    void *p = realloc(ptr, nsize);
    if (p) {
        e->mused = e->mused - osize + nsize;
        e->mem_hit = 0; /* an emergency collection made room after all */
    }
    return p;
}

/* ---- sandbox functions written in C ---- */

static int over_limit(const jx_engine *e, int st)
{
    return e->limited && (e->icount > e->ilimit || st == LUA_ERRMEM);
}

/* What pcall and xpcall return after lua_pcall gave st: false and the
 * error, or true and the function's results.  An exceeded instruction
 * budget or memory cap cannot be swallowed: the error goes on up to the
 * host.  handler: slot 1 holds xpcall's message handler, which true
 * replaces (pcall puts true before the results). */
static int pcall_results(lua_State *L, int st, int handler)
{
    if (st != LUA_OK) {
        if (over_limit(engine_of(L), st))
            return lua_error(L);
        lua_pushboolean(L, 0);
        lua_insert(L, -2);
        return 2;
    }
    lua_pushboolean(L, 1);
    if (handler)
        lua_replace(L, 1);
    else
        lua_insert(L, 1);
    return lua_gettop(L);
}

/* pcall/xpcall for rule code (see pcall_results). */
static int sb_pcall(lua_State *L)
{
    luaL_checkany(L, 1);
    return pcall_results(L, lua_pcall(L, lua_gettop(L) - 1, LUA_MULTRET, 0), 0);
}

static int sb_xpcall(lua_State *L)
{
    int n = lua_gettop(L);
    luaL_checktype(L, 2, LUA_TFUNCTION);
    /* [f, msgh, args…] -> [msgh, f, args…] */
    lua_pushvalue(L, 1);
    lua_pushvalue(L, 2);
    lua_replace(L, 1);
    lua_replace(L, 2);
    return pcall_results(L, lua_pcall(L, n - 2, LUA_MULTRET, 1), 1);
}

/* Library tables a pack sees (string, math, table, utf8, jx) are
 * read-only proxies; upvalue 1 of the functions below is the host's set
 * of them (proxy -> the table behind it).  1 when the value at idx is
 * one of those proxies. */
static int is_readonly(lua_State *L, int idx)
{
    lua_pushvalue(L, idx);
    int ro = lua_rawget(L, lua_upvalueindex(1)) != LUA_TNIL;
    lua_pop(L, 1);
    return ro;
}

/* setmetatable without __gc (a finalizer would run outside any budget)
 * and never on a host library table. */
static int sb_setmetatable(lua_State *L)
{
    if (is_readonly(L, 1))
        return luaL_error(L, "不能给宿主提供的库表（string、math、table、utf8、jx）设置元表");
    if (lua_istable(L, 2)) {
        lua_pushliteral(L, "__gc");
        if (lua_rawget(L, 2) != LUA_TNIL)
            return luaL_error(L, "规则中不允许 __gc 元方法");
        lua_pop(L, 1);
    }
    lua_settop(L, 2);
    lua_getfield(L, LUA_REGISTRYINDEX, "jixiao.setmetatable");
    lua_insert(L, 1);
    lua_call(L, 2, 1);
    return 1;
}

/* rawset would write into a read-only proxy behind its __newindex */
static int sb_rawset(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    luaL_checkany(L, 2);
    luaL_checkany(L, 3);
    if (is_readonly(L, 1))
        return luaL_error(L, "宿主提供的库表（string、math、table、utf8、jx）是只读的，不能 rawset");
    lua_settop(L, 3);
    lua_rawset(L, 1);
    return 1;
}

/* rawget on a proxy reads the library behind it, as rawget(string, k)
 * did before the libraries were proxied */
static int sb_rawget(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    luaL_checkany(L, 2);
    lua_settop(L, 2);
    lua_pushvalue(L, 1);
    if (lua_rawget(L, lua_upvalueindex(1)) == LUA_TTABLE)
        lua_replace(L, 1);
    else
        lua_pop(L, 1);
    lua_rawget(L, 1);
    return 1;
}

/* Last guard: an error raised outside any protected call.  The host runs
 * every use of the state inside jx_eng_protected, so this is for a mistake
 * only; it marks the engine unusable and jumps back to the host entry
 * point instead of letting Lua abort() the process. */
static int l_panic(lua_State *L)
{
    jx_engine *e = *(jx_engine **)lua_getextraspace(L);
    e->broken = 1;
    if (e->panic_jb)
        longjmp(*e->panic_jb, 1);
    return 0; /* unreachable in the host: every entry point arms panic_jb */
}

/* string.find/match/gmatch/gsub run in C, out of the instruction budget:
 * a pattern with several unbounded quantifiers over a long subject can
 * backtrack for hours.  Estimate the work and refuse what is hopeless. */
static int pattern_guard(lua_State *L, int plain_arg)
{
    size_t n, pl;
    const char *s = lua_tolstring(L, 1, &n);
    const char *p = lua_tolstring(L, 2, &pl);
    if (!s || !p || (plain_arg && lua_toboolean(L, plain_arg)))
        return 0;
    /* q counts the quantifiers that can backtrack against each other:
     * *, + or - after a broad class (., a complemented set or class such
     * as [^x] or %S) and %bxy.  A quantifier on a narrow class (%s*, %d+)
     * stays linear. */
    int q = 0, anchored = pl && p[0] == '^', special = 0;
    for (size_t i = 0; i < pl; i++) {
        if (strchr("^$*+?.([%-", p[i]))
            special = 1;
        int broad = 0;
        size_t next = i + 1;
        if (p[i] == '%' && i + 1 < pl) {
            char c = p[i + 1];
            if (c == 'b') {
                q++;
                i += 3;
                continue;
            }
            broad = c >= 'A' && c <= 'Z';
            next = i + 2;
        } else if (p[i] == '[') {
            size_t k = i + 1;
            broad = k < pl && p[k] == '^';
            if (k < pl && p[k] == '^')
                k++;
            if (k < pl && p[k] == ']')
                k++;
            while (k < pl && p[k] != ']') {
                if (p[k] == '%')
                    k++;
                k++;
            }
            next = k + 1;
        } else if (p[i] == '.') {
            broad = 1;
        } else if (p[i] == '(' || p[i] == ')' || p[i] == '^' || p[i] == '$') {
            continue;
        }
        if (next < pl && broad && (p[next] == '*' || p[next] == '+' || p[next] == '-'))
            q++;
        i = next - 1;
        if (next < pl && strchr("*+-?", p[next]))
            i = next;
    }
    if (!special)
        return 0; /* Lua searches a literal pattern with memchr/memcmp */
    double work = pow((double)n + 1, q + (anchored ? 0 : 1)) * (double)(pl ? pl : 1);
    if (q && work > 1e10)
        return luaL_error(L, "模式过于复杂（%d 个重复量词，作用于 %d 字节的文本），可能长时间回溯",
                          q, (int)n);
    /* what is let through is charged to the instruction budget, so many
     * expensive matches in a loop still meet the limit */
    jx_engine *e = engine_of(L);
    if (e->limited && work > 1e6) {
        e->icount += (long)(work / 16 > 1e15 ? 1e15 : work / 16);
        if (e->icount > e->ilimit)
            return luaL_error(L, "超出指令数限制（%d 条，含模式匹配的估计开销），规则可能陷入死循环",
                              (int)e->ilimit);
    }
    return 0;
}

static int sb_string_call(lua_State *L, int plain_arg)
{
    pattern_guard(L, plain_arg);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    return lua_gettop(L);
}

static int sb_find(lua_State *L) { return sb_string_call(L, 4); }
static int sb_other(lua_State *L) { return sb_string_call(L, 0); }

/* Adds "file:line:" to an error that carries no position (error(x, 0),
 * error({})), from the innermost Lua function on the stack. */
static int msgh(lua_State *L)
{
    const char *msg = lua_tostring(L, 1);
    if (!msg) {
        const char *tn = luaL_typename(L, 1);
        lua_pushfstring(L, "（错误对象是 %s，不是文字）", tn);
        lua_replace(L, 1);
        msg = lua_tostring(L, 1);
    }
    if (strstr(msg, ".lua:"))
        return 1;
    lua_Debug ar;
    for (int level = 1; lua_getstack(L, level, &ar); level++) {
        if (!lua_getinfo(L, "Sl", &ar) || ar.currentline <= 0)
            continue;
        lua_pushfstring(L, "%s:%d: %s", ar.short_src, ar.currentline, msg);
        return 1;
    }
    return 1;
}


/* ---- sandbox ---- */

/* Trusted host code: helpers the packs get as jx.*, the deep copy used
 * for `base`, and the read-only library proxies.  Runs with the real
 * globals, never exposed.  Every library function it uses is captured
 * here, at set-up, so nothing a pack does later can change the helpers. */
static const char host_lua[] =
    "local next, type, tostring, ipairs, error = next, type, tostring, ipairs, error\n"
    "local setmetatable, getmetatable = setmetatable, getmetatable\n"
    "local floor, abs = math.floor, math.abs\n"
    "local log = math.log\n"
    "local function log10(x) return log(x, 10) end\n"
    "local format, find, gsub = string.format, string.find, string.gsub\n"
    "local H = {}\n"
    "local RO = setmetatable({}, {__mode = 'k'})\n"
    "H.RO = RO\n"
    "local function copy(t, seen)\n"
    "  if type(t) ~= 'table' or RO[t] then return t end\n"
    "  if seen[t] then return seen[t] end\n"
    "  local c = {}; seen[t] = c\n"
    "  for k, v in next, t do c[copy(k, seen)] = copy(v, seen) end\n"
    "  return c\n"
    "end\n"
    "function H.copy(t) return copy(t, {}) end\n"
    "local function round(x, n)\n"
    "  local m = 10 ^ (n or 0)\n"
    "  if x >= 0 then return floor(x * m + 0.5 + 1e-9) / m end\n"
    "  return -floor(-x * m + 0.5 + 1e-9) / m\n"
    "end\n"
    "local jx = {}\n"
    "jx.round = round\n"
    "function jx.fmt(x)\n"
    "  if type(x) ~= 'number' then return tostring(x) end\n"
    "  if x ~= x then return 'NaN' end\n"
    /* below 1 four significant digits: 120元 is 0.012 万元, and two
     * decimals wrote it 0.01 (core/engine/score.c fmt_num: the same) */
    "  local a = abs(x)\n"
    "  if a > 0 and a < 1 then\n"
    "    local d = 3 - floor(log10(a))\n"
    "    if d > 15 then d = 15 end\n"
    "    local s = format('%.' .. d .. 'f', x)\n"
    "    s = gsub(s, '0+$', '')\n"
    "    s = gsub(s, '%.$', '')\n"
    "    return s\n"
    "  end\n"
    "  local r = round(x, 2)\n"
    "  if r == floor(r) and abs(r) < 1e15 then return format('%d', floor(r)) end\n"
    "  local s = format('%.2f', r)\n"
    "  s = gsub(s, '0+$', '')\n"
    "  s = gsub(s, '%.$', '')\n"
    "  return s\n"
    "end\n"
    "function jx.contains(s, w) return type(s) == 'string' and find(s, w, 1, true) ~= nil end\n"
    "function jx.any(s, list)\n"
    "  if type(s) ~= 'string' then return false end\n"
    "  for _, w in ipairs(list or {}) do if find(s, w, 1, true) then return true, w end end\n"
    "  return false\n"
    "end\n"
    /* a proxy: reads go to the library, writes raise an error naming the
     * field; its metatable is hidden (__metatable), rawset/setmetatable
     * on it are refused in C (sb_rawset, sb_setmetatable) */
    "local function readonly(name, lib)\n"
    "  local p = {}\n"
    "  RO[p] = lib\n"
    "  local function iter(_, k) return next(lib, k) end\n"
    "  setmetatable(p, {\n"
    "    __index = lib,\n"
    "    __newindex = function(_, k)\n"
    "      error(format('%s 是宿主提供的只读库表，规则包不能修改它（%s.%s）', name, name,\n"
    "        type(k) == 'string' and k or '?'), 2)\n"
    "    end,\n"
    "    __pairs = function() return iter, p, nil end,\n"
    "    __len = function() return #lib end,\n"
    "    __metatable = false,\n"
    "  })\n"
    "  return p\n"
    "end\n"
    "local S = readonly('string', string)\n"
    "local libs = {string = S, math = readonly('math', math),\n"
    "  table = readonly('table', table), utf8 = readonly('utf8', utf8),\n"
    "  jx = readonly('jx', jx)}\n"
    /* getmetatable('') shows a read-only stand-in, never the real one
     * (whose __index is the real string table the host's helpers use) */
    "getmetatable('').__metatable = readonly('string 的元表', {__index = S})\n"
    "H.jx = jx\n"
    "local allowed = {'pairs','ipairs','next','select','type','tostring','tonumber',\n"
    "  'error','assert','pcall','xpcall','rawequal','rawget','rawset','rawlen',\n"
    "  'setmetatable','getmetatable'}\n"
    "function H.env(base, require)\n"
    "  local env = {}\n"
    "  for _, k in ipairs(allowed) do env[k] = _G[k] end\n"
    "  for k, v in next, libs do env[k] = v end\n"
    "  env.base = base; env.require = require\n"
    "  env._VERSION = _VERSION\n"
    "  return env\n"
    "end\n"
    "return H\n";

int jx_eng_push_host(lua_State *L)
{
    return lua_getfield(L, LUA_REGISTRYINDEX, "jixiao.host");
}

int jx_eng_setup_state(lua_State *L)
{
    luaL_requiref(L, "_G", luaopen_base, 1);
    luaL_requiref(L, "string", luaopen_string, 1);
    luaL_requiref(L, "table", luaopen_table, 1);
    luaL_requiref(L, "math", luaopen_math, 1);
    luaL_requiref(L, "utf8", luaopen_utf8, 1);
    lua_pop(L, 5);
    lua_getglobal(L, "string");
    lua_pushnil(L);
    lua_setfield(L, -2, "dump");
    static const struct {
        const char *name;
        lua_CFunction fn;
    } guarded[] = {{"find", sb_find}, {"match", sb_other}, {"gmatch", sb_other},
                   {"gsub", sb_other}};
    for (size_t i = 0; i < JX_ARRAY_LEN(guarded); i++) {
        lua_getfield(L, -1, guarded[i].name);
        lua_pushcclosure(L, guarded[i].fn, 1);
        lua_setfield(L, -2, guarded[i].name);
    }
    lua_pop(L, 1);
    lua_getglobal(L, "setmetatable");
    lua_setfield(L, LUA_REGISTRYINDEX, "jixiao.setmetatable");
    if (luaL_loadbufferx(L, host_lua, sizeof host_lua - 1, "=host", "t") != LUA_OK)
        return lua_error(L);
    lua_call(L, 0, 1);
    lua_getfield(L, -1, "RO");
    static const struct {
        const char *name;
        lua_CFunction fn;
    } ro_aware[] = {{"setmetatable", sb_setmetatable}, {"rawset", sb_rawset},
                    {"rawget", sb_rawget}};
    for (size_t i = 0; i < JX_ARRAY_LEN(ro_aware); i++) {
        lua_pushvalue(L, -1);
        lua_pushcclosure(L, ro_aware[i].fn, 1);
        lua_setglobal(L, ro_aware[i].name);
    }
    lua_pop(L, 1);
    lua_setfield(L, LUA_REGISTRYINDEX, "jixiao.host");
    lua_pushcfunction(L, sb_pcall);
    lua_setglobal(L, "pcall");
    lua_pushcfunction(L, sb_xpcall);
    lua_setglobal(L, "xpcall");
    return 0;
}

lua_State *jx_eng_state_new(jx_engine *e)
{
    lua_State *L = lua_newstate(l_alloc, e);
    if (!L)
        return NULL;
    *(jx_engine **)lua_getextraspace(L) = e;
    lua_atpanic(L, l_panic);
    return L;
}

/* ---- protected calls ---- */

/* Every use of the state goes through jx_eng_protected: the host's own work
 * (building argument tables, reading results, set-up, loading) runs in a
 * C function under lua_pcall, so a Lua error or an out-of-memory there
 * comes back as a status instead of a panic.  Rule code is then called
 * from inside with lua_call (hot path) or jx_eng_call_pushed (a nested pcall). */

typedef struct tramp_ctx {
    host_body body;
    void *ud;
    int rc, nres;
} tramp_ctx;


static int tramp(lua_State *L)
{
    tramp_ctx *c = lua_touserdata(L, 1);
    lua_remove(L, 1);
    c->rc = c->body(L, c->ud);
    return c->nres ? lua_gettop(L) : 0;
}

/* Runs body(L, ud) protected and sets *rc to what it returned.  Returns
 * the Lua status: LUA_OK with nres results on the stack; another status
 * with the error message on top; ST_UNUSABLE with nothing pushed. */
int jx_eng_protected(jx_engine *e, host_body body, void *ud, int nres, int *rc)
{
    lua_State *L = e->L;
    tramp_ctx c = {body, ud, JX_OK, nres};
    *rc = JX_OK;
    if (e->broken || !lua_checkstack(L, 3 + nres))
        return ST_UNUSABLE;
    int base = lua_gettop(L) + 1, was_limited = e->limited;
    jmp_buf jb;
    jmp_buf *prev = e->panic_jb;
    e->panic_jb = &jb;
    e->depth++;
    if (setjmp(jb)) {
        /* l_panic: cannot happen while the host keeps to jx_eng_protected */
        e->depth--;
        e->panic_jb = prev;
        if (!was_limited && e->limited)
            jx_eng_limit_end(e);
        return ST_UNUSABLE;
    }
    lua_pushcfunction(L, msgh);
    lua_pushcfunction(L, tramp);
    lua_pushlightuserdata(L, &c);
    int st = lua_pcall(L, 1, nres, base);
    lua_remove(L, base);
    e->depth--;
    e->panic_jb = prev;
    if (!was_limited && e->limited)
        jx_eng_limit_end(e); /* a failed rule_body leaves it set */
    *rc = c.rc;
    return st;
}

/* ---- errors ---- */

/* Turns a failed jx_eng_protected/pcall into err, popping the message: an
 * error is JX_ERULE; running out of memory is `code` (JX_ERULE for rule
 * calls, JX_ELIMIT for the host's own reads through jx_rules_protect). */
int jx_eng_fail_status(jx_engine *e, jx_error *err, const char *what, int st, int code)
{
    char m[400];
    if (st == ST_UNUSABLE) {
        snprintf(m, sizeof m, "%s",
                 e->broken ? "Lua 状态出现无法恢复的错误，规则引擎已停用" : "Lua 栈空间不足");
    } else {
        const char *msg = lua_type(e->L, -1) == LUA_TSTRING ? lua_tostring(e->L, -1) : NULL;
        if (e->mem_hit || st == LUA_ERRMEM)
            snprintf(m, sizeof m, "超出内存限制（%zu MiB）", e->mlimit >> 20);
        else
            snprintf(m, sizeof m, "%s", msg ? msg : "(非字符串错误)");
        lua_pop(e->L, 1);
        lua_gc(e->L, LUA_GCCOLLECT);
    }
    if (!(e->mem_hit || st == LUA_ERRMEM))
        code = JX_ERULE;
    e->mem_hit = 0;
    return jx_fail(err, code, NULL, 0, 0, "规则包 %s 出错：%s%s%s",
                   e->pack ? e->pack : e->loading ? e->loading : "?", m,
                   what && *what ? "；" : "", what ? what : "");
}

int jx_eng_rule_error(jx_engine *e, jx_error *err, const char *what, int st)
{
    return jx_eng_fail_status(e, err, what, st, JX_ERULE);
}


static void describe(char *buf, size_t n, const jx_table *t, const jx_indicator *ind)
{
    snprintf(buf, n, "%s%s%s%s指标「%s」（第 %d 行）",
             t && t->code ? t->code : "", t && t->code ? " " : "",
             t && t->name ? t->name : "", t && (t->code || t->name) ? " " : "",
             ind && ind->level3 ? ind->level3 : "", ind ? ind->line : 0);
}


/* Memory a pack keeps between calls counts against the cap.  After a
 * full collection it must leave the next call a reserve (1/16 of the
 * cap), else the call is refused: a pack holding all of its cap could
 * only fail at a random allocation inside the call. */
int jx_eng_kept_over(jx_engine *e)
{
    size_t reserve = e->mlimit / 16;
    if (e->mused + reserve <= e->mlimit)
        return 0;
    lua_gc(e->L, LUA_GCCOLLECT);
    return e->mused + reserve > e->mlimit;
}

static int kept_fail(jx_engine *e, jx_error *err, const char *what)
{
    return jx_fail(err, JX_ERULE, NULL, 0, 0,
                   "规则包 %s 占用的内存已超出限制（%zu MiB），不再执行；%s",
                   e->pack ? e->pack : e->loading ? e->loading : "?", e->mlimit >> 20, what);
}

static int rule_body(lua_State *L, void *ud)
{
    rcall *c = ud;
    jx_engine *e = c->e;
    /* the function and up to 15 arguments: within the LUA_MINSTACK (20)
     * slots a C function is given */
    lua_rawgeti(L, LUA_REGISTRYINDEX, c->ref);
    int n = c->push(L, c);
    jx_eng_limit_begin(e);
    lua_call(L, n, c->nres);
    jx_eng_limit_end(e);
    return c->take ? c->take(L, c) : JX_OK;
}

/* The one way the host calls a rule function.  On failure the message
 * names `what`, or, when what is NULL, the indicator (formatted only
 * then: the hot path never pays for it). */
int jx_eng_call(jx_engine *e, rcall *c, const jx_table *t, const jx_indicator *ind,
                      const char *what, jx_error *err)
{
    char buf[300];
    int rc = JX_OK, st = LUA_OK;
    if (!jx_eng_kept_over(e)) {
        st = jx_eng_protected(e, rule_body, c, 0, &rc);
        if (st == LUA_OK && rc == JX_OK)
            return JX_OK;
    }
    if (!what) {
        describe(buf, sizeof buf, t, ind);
        what = buf;
    }
    if (st != LUA_OK)
        return jx_eng_rule_error(e, err, what, st);
    if (rc != JX_OK)
        return jx_fail(err, rc, NULL, 0, 0, "内存不足：保存规则包 %s 的结果；%s", e->pack, what);
    return kept_fail(e, err, what);
}

/* A pcall of a function already pushed with its arguments, under the
 * limits; only from inside jx_eng_protected (a nested protected call). */
int jx_eng_call_pushed(jx_engine *e, int nargs, int nres, const char *what, jx_error *err)
{
    lua_State *L = e->L;
    if (jx_eng_kept_over(e)) {
        lua_pop(L, nargs + 1);
        return kept_fail(e, err, what);
    }
    int base = lua_gettop(L) - nargs;
    lua_pushcfunction(L, msgh);
    lua_insert(L, base);
    jx_eng_limit_begin(e);
    int st = lua_pcall(L, nargs, nres, base);
    jx_eng_limit_end(e);
    lua_remove(L, base);
    if (st == LUA_OK)
        return JX_OK;
    return jx_eng_rule_error(e, err, what, st);
}

int jx_rules_call(jx_engine *e, int nargs, int nres, const char *what, jx_error *err)
{
    return jx_eng_call_pushed(e, nargs, nres, what ? what : "", err);
}

int jx_rules_protect(jx_engine *e, int (*fn)(lua_State *L, void *ud), void *ud,
                     const char *what, jx_error *err)
{
    int top = lua_gettop(e->L), rc;
    int st = jx_eng_protected(e, fn, ud, 0, &rc);
    if (st == LUA_OK)
        return rc;
    rc = jx_eng_fail_status(e, err, what, st, JX_ELIMIT);
    lua_settop(e->L, top);
    return rc;
}

lua_State *jx_rules_state(jx_engine *e) { return e->L; }

int jx_eng_push_path(lua_State *L, jx_engine *e, const char *path)
{
    lua_rawgeti(L, LUA_REGISTRYINDEX, e->ref_pack);
    const char *p = path;
    while (*p) {
        const char *dot = strchr(p, '.');
        size_t n = dot ? (size_t)(dot - p) : strlen(p);
        if (!lua_istable(L, -1)) {
            lua_pop(L, 1);
            lua_pushnil(L);
            return 0;
        }
        lua_pushlstring(L, p, n);
        lua_rawget(L, -2);
        lua_remove(L, -2);
        p += n;
        if (*p == '.')
            p++;
    }
    return !lua_isnil(L, -1);
}

typedef struct push_ctx {
    jx_engine *e;
    const char *path;
} push_ctx;

static int push_body(lua_State *L, void *ud)
{
    push_ctx *c = ud;
    return jx_eng_push_path(L, c->e, c->path);
}

int jx_rules_push(jx_engine *e, const char *path)
{
    lua_State *L = e->L;
    if (e->depth)
        return jx_eng_push_path(L, e, path);
    push_ctx c = {e, path};
    int found;
    int st = jx_eng_protected(e, push_body, &c, 1, &found);
    if (st == LUA_OK)
        return found;
    if (st != ST_UNUSABLE)
        lua_pop(L, 1);
    lua_pushnil(L);
    e->mem_hit = 0;
    return 0;
}

/* Reads t[k] without metamethods: pack tables are rule code's data, and
 * an __index there must not run outside a protected call. */
int jx_eng_rawfield(lua_State *L, int idx, const char *k)
{
    idx = lua_absindex(L, idx);
    lua_pushstring(L, k);
    return lua_rawget(L, idx);
}

