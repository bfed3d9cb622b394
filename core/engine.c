/*
 * engine.c - the Lua host: one sandboxed Lua 5.4 state per engine holding
 * one resolved rule pack, and the calls into it (frame, points, score,
 * execution, grade, checks).
 *
 * Sandbox: packs run in their own _ENV with read-only proxies of string
 * (no dump), math, table, utf8 and jx, and a few base functions; the
 * string metatable is hidden; chunks are loaded as text only; require
 * reads .lua files from the pack's own folder and the folders of the
 * packs it extends.  Limits: an instruction budget per evaluation (count
 * hook) and a memory cap per state (allocator).  Any failure becomes a
 * jx_error naming pack file:line, the rule and the indicator; the state
 * stays usable.
 *
 * Every use of the state runs inside one protected call (run_protected):
 * pushing arguments and reading results of a rule, set-up, loading, the
 * document handed to checks.  A Lua error or out-of-memory anywhere is
 * an error value, never a panic; lua_atpanic (l_panic) is a last guard
 * that jumps back and marks the engine unusable instead of aborting.
 *
 * A pack folder's files (data.lua, framework.lua, checks.lua, pack.lua)
 * each run in the same sandbox environment; the host merges what they
 * give, binds the pack when nobody did, and checks it against the pack
 * schema (packcheck.c), all inside the protected call that opens the
 * engine and under the limits.
 */
#include "rules.h"

#include <errno.h>
#include <lauxlib.h>
#include <limits.h>
#include <lualib.h>
#include <math.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "doc_int.h"
#include "util.h"

#define DEFAULT_ILIMIT 10000000L
#define DEFAULT_MLIMIT ((size_t)64 << 20)
#define HOOK_EVERY 1000
#define MAX_CHAIN 8

struct jx_engine {
    lua_State *L;
    size_t mused, mlimit;
    long ilimit, icount;
    int limited;   /* the count hook is armed */
    int mem_hit;
    char *pack, *dir;
    const char *loading; /* the pack being loaded, for messages */
    char *chain[MAX_CHAIN]; /* pack folders: self, parent, grandparent… */
    int nchain;
    int req_from; /* require searches chain[req_from..]: the loading pack's own folder first */
    int ref_pack, ref_frame, ref_points, ref_score, ref_exec, ref_grade;
    int ref_checks, ref_loaded;
    int round;
    double round_mul; /* 10^round */
    int no_explain;   /* jx_engine_set_explain(e, 0) */
    char *grades[16]; /* interned grade names */
    int ngrades;
    int depth;          /* > 0: inside a protected host call (run_protected) */
    int broken;         /* Lua panicked: the state is not used again */
    jmp_buf *panic_jb;  /* where l_panic jumps back to */
    /* frame() is a pure function of its arguments (docs/rules.md): its
     * results are memoized, since the same indicator names recur across
     * tables and documents */
    struct memo *memo;
    size_t memo_cap, memo_n;
};

static void memo_clear(jx_engine *e);

typedef struct memo {
    char *key; /* NULL: empty slot */
    size_t klen;
    uint64_t h;
    char *l1, *l2, *how, *note; /* results; NULL for nil */
} memo;

/* ---- allocator and hook ---- */

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

static jx_engine *engine_of(lua_State *L)
{
    return *(jx_engine **)lua_getextraspace(L);
}

static void l_hook(lua_State *L, lua_Debug *ar)
{
    (void)ar;
    jx_engine *e = engine_of(L);
    if (!e->limited)
        return;
    e->icount += HOOK_EVERY;
    if (e->icount > e->ilimit)
        luaL_error(L, "超出指令数限制（%d 条），规则可能陷入死循环", (int)e->ilimit);
}

/* ---- sandbox functions written in C ---- */

static int over_limit(const jx_engine *e, int st)
{
    return e->limited && (e->icount > e->ilimit || st == LUA_ERRMEM);
}

/* pcall/xpcall for rule code: an exceeded instruction budget or memory cap
 * cannot be swallowed, the error goes on up to the host. */
static int sb_pcall(lua_State *L)
{
    jx_engine *e = engine_of(L);
    luaL_checkany(L, 1);
    int st = lua_pcall(L, lua_gettop(L) - 1, LUA_MULTRET, 0);
    if (st != LUA_OK) {
        if (over_limit(e, st))
            return lua_error(L);
        lua_pushboolean(L, 0);
        lua_insert(L, -2);
        return 2;
    }
    lua_pushboolean(L, 1);
    lua_insert(L, 1);
    return lua_gettop(L);
}

static int sb_xpcall(lua_State *L)
{
    jx_engine *e = engine_of(L);
    int n = lua_gettop(L);
    luaL_checktype(L, 2, LUA_TFUNCTION);
    /* [f, msgh, args…] -> [msgh, f, args…] */
    lua_pushvalue(L, 1);
    lua_pushvalue(L, 2);
    lua_replace(L, 1);
    lua_replace(L, 2);
    int st = lua_pcall(L, n - 2, LUA_MULTRET, 1);
    if (st != LUA_OK) {
        if (over_limit(e, st))
            return lua_error(L);
        lua_pushboolean(L, 0);
        lua_insert(L, -2);
        return 2;
    }
    lua_pushboolean(L, 1);
    lua_replace(L, 1);
    return lua_gettop(L);
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
 * every use of the state inside run_protected, so this is for a mistake
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

/* ---- default search dirs ---- */

static int is_dir(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

static int is_file(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

const char *const *jx_rules_default_dirs(void)
{
    static char exe_dir[PATH_MAX + 32];
    static const char *dirs[5];
    static int done;
    if (done)
        return dirs;
    int n = 0;
    const char *env = getenv("JIXIAO_RULES");
    if (env && *env)
        dirs[n++] = env;
    char exe[PATH_MAX];
    ssize_t k = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (k > 0) {
        exe[k] = '\0';
        char *slash = strrchr(exe, '/');
        if (slash) {
            *slash = '\0';
            char tmp[PATH_MAX + 32];
            snprintf(tmp, sizeof tmp, "%s/../share/jixiao/rules", exe);
            if (!realpath(tmp, exe_dir))
                snprintf(exe_dir, sizeof exe_dir, "%s", tmp);
        }
    }
    /* installed next to the binary first, then the build tree, then the
     * configured prefix */
    if (exe_dir[0] && is_dir(exe_dir))
        dirs[n++] = exe_dir;
#ifdef JX_RULES_SOURCE_DIR
    if (is_dir(JX_RULES_SOURCE_DIR))
        dirs[n++] = JX_RULES_SOURCE_DIR;
#endif
#ifdef JX_RULES_INSTALL_DIR
    dirs[n++] = JX_RULES_INSTALL_DIR;
#endif
    dirs[n] = NULL;
    done = 1;
    return dirs;
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

static int push_host(lua_State *L)
{
    return lua_getfield(L, LUA_REGISTRYINDEX, "jixiao.host");
}

static int l_require(lua_State *L);

/* Loads a text chunk from path with env at the top of the stack; leaves
 * the function (or an error message) and returns the load status. */
static int load_file(lua_State *L, const char *path, const char *chunkname)
{
    char *data;
    size_t len;
    jx_error err = {0};
    if (jx_read_file(path, &data, &len, &err) != JX_OK) {
        lua_pushfstring(L, "无法读取 %s", path);
        return LUA_ERRFILE;
    }
    int st = luaL_loadbufferx(L, data, len, chunkname, "t");
    free(data);
    return st;
}

/* The chunk name a message shows: "national/pack.lua". */
static void chunk_name(char *buf, size_t n, const char *dir, const char *file)
{
    const char *base = strrchr(dir, '/');
    base = base ? base + 1 : dir;
    size_t bl = strlen(base), fl = strlen(file);
    if (bl + fl + 3 > n) {
        snprintf(buf, n, "@%s", file);
        return;
    }
    buf[0] = '@';
    memcpy(buf + 1, base, bl);
    buf[1 + bl] = '/';
    memcpy(buf + 2 + bl, file, fl + 1);
}

static int l_require(lua_State *L)
{
    jx_engine *e = engine_of(L);
    const char *name = luaL_checkstring(L, 1);
    for (const char *p = name; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
              (*p >= '0' && *p <= '9') || *p == '_' || *p == '-'))
            return luaL_error(L, "require: 模块名只能含字母、数字、_ 和 -：%s", name);
    lua_rawgeti(L, LUA_REGISTRYINDEX, e->ref_loaded);
    for (int i = e->req_from; i < e->nchain; i++) {
        char path[PATH_MAX];
        snprintf(path, sizeof path, "%s/%s.lua", e->chain[i], name);
        if (!is_file(path))
            continue;
        /* cached by path: a parent's module and a child's of the same name are two */
        if (lua_getfield(L, -1, path) != LUA_TNIL)
            return 1;
        lua_pop(L, 1);
        char cn[PATH_MAX];
        char file[300];
        snprintf(file, sizeof file, "%s.lua", name);
        chunk_name(cn, sizeof cn, e->chain[i], file);
        if (load_file(L, path, cn) != LUA_OK)
            return lua_error(L);
        /* a module gets a fresh sandbox env */
        push_host(L);
        lua_getfield(L, -1, "env");
        lua_pushnil(L);
        lua_pushcfunction(L, l_require);
        lua_call(L, 2, 1);
        lua_remove(L, -2);
        lua_setupvalue(L, -2, 1);
        lua_call(L, 0, 1);
        if (lua_isnil(L, -1)) {
            lua_pop(L, 1);
            lua_pushboolean(L, 1);
        }
        lua_pushvalue(L, -1);
        lua_setfield(L, -3, path);
        return 1;
    }
    return luaL_error(L, "require: 规则包中没有模块 %s", name);
}

/* ---- protected calls ---- */

/* Every use of the state goes through run_protected: the host's own work
 * (building argument tables, reading results, set-up, loading) runs in a
 * C function under lua_pcall, so a Lua error or an out-of-memory there
 * comes back as a status instead of a panic.  Rule code is then called
 * from inside with lua_call (hot path) or call_pushed (a nested pcall). */
typedef int (*host_body)(lua_State *L, void *ud);

typedef struct tramp_ctx {
    host_body body;
    void *ud;
    int rc, nres;
} tramp_ctx;

#define ST_UNUSABLE (-1) /* run_protected: the state is broken or its stack cannot grow */

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
static int run_protected(jx_engine *e, host_body body, void *ud, int nres, int *rc)
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
        /* l_panic: cannot happen while the host keeps to run_protected */
        e->depth--;
        e->panic_jb = prev;
        e->limited = was_limited;
        return ST_UNUSABLE;
    }
    lua_pushcfunction(L, msgh);
    lua_pushcfunction(L, tramp);
    lua_pushlightuserdata(L, &c);
    int st = lua_pcall(L, 1, nres, base);
    lua_remove(L, base);
    e->depth--;
    e->panic_jb = prev;
    e->limited = was_limited; /* a failed rule_body leaves it set */
    *rc = c.rc;
    return st;
}

/* ---- errors ---- */

/* Turns a failed run_protected/pcall into err, popping the message: an
 * error is JX_ERULE; running out of memory is `code` (JX_ERULE for rule
 * calls, JX_ELIMIT for the host's own reads through jx_rules_protect). */
static int fail_status(jx_engine *e, jx_error *err, const char *what, int st, int code)
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

static int rule_error(jx_engine *e, jx_error *err, const char *what, int st)
{
    return fail_status(e, err, what, st, JX_ERULE);
}

static void describe(char *buf, size_t n, const jx_table *t, const jx_indicator *ind);

/* Memory a pack keeps between calls counts against the cap.  After a
 * full collection it must leave the next call a reserve (1/16 of the
 * cap), else the call is refused: a pack holding all of its cap could
 * only fail at a random allocation inside the call. */
static int kept_over(jx_engine *e)
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

/* One call of a rule function: push its arguments, call it under the
 * limits, read its results, all inside one protected call. */
typedef struct rcall rcall;
struct rcall {
    jx_engine *e;
    int ref;                             /* the function, a registry ref */
    int nres;
    int (*push)(lua_State *L, rcall *c); /* pushes the arguments, returns how many */
    int (*take)(lua_State *L, rcall *c); /* reads the nres results: JX_OK or JX_ENOMEM */
    void *args;
};

static int rule_body(lua_State *L, void *ud)
{
    rcall *c = ud;
    jx_engine *e = c->e;
    /* the function and up to 15 arguments: within the LUA_MINSTACK (20)
     * slots a C function is given */
    lua_rawgeti(L, LUA_REGISTRYINDEX, c->ref);
    int n = c->push(L, c);
    e->icount = 0;
    e->mem_hit = 0;
    e->limited = 1;
    lua_call(L, n, c->nres);
    e->limited = 0;
    return c->take ? c->take(L, c) : JX_OK;
}

/* The one way the host calls a rule function.  On failure the message
 * names `what`, or, when what is NULL, the indicator (formatted only
 * then: the hot path never pays for it). */
static int call_rules(jx_engine *e, rcall *c, const jx_table *t, const jx_indicator *ind,
                      const char *what, jx_error *err)
{
    char buf[300];
    int rc = JX_OK, st = LUA_OK;
    if (!kept_over(e)) {
        st = run_protected(e, rule_body, c, 0, &rc);
        if (st == LUA_OK && rc == JX_OK)
            return JX_OK;
    }
    if (!what) {
        describe(buf, sizeof buf, t, ind);
        what = buf;
    }
    if (st != LUA_OK)
        return rule_error(e, err, what, st);
    if (rc != JX_OK)
        return jx_fail(err, rc, NULL, 0, 0, "内存不足：保存规则包 %s 的结果；%s", e->pack, what);
    return kept_fail(e, err, what);
}

/* A pcall of a function already pushed with its arguments, under the
 * limits; only from inside run_protected (a nested protected call). */
static int call_pushed(jx_engine *e, int nargs, int nres, const char *what, jx_error *err)
{
    lua_State *L = e->L;
    if (kept_over(e)) {
        lua_pop(L, nargs + 1);
        return kept_fail(e, err, what);
    }
    int base = lua_gettop(L) - nargs;
    lua_pushcfunction(L, msgh);
    lua_insert(L, base);
    e->icount = 0;
    e->limited = 1;
    e->mem_hit = 0;
    int st = lua_pcall(L, nargs, nres, base);
    e->limited = 0;
    lua_remove(L, base);
    if (st == LUA_OK)
        return JX_OK;
    return rule_error(e, err, what, st);
}

int jx_rules_call(jx_engine *e, int nargs, int nres, const char *what, jx_error *err)
{
    return call_pushed(e, nargs, nres, what ? what : "", err);
}

int jx_rules_protect(jx_engine *e, int (*fn)(lua_State *L, void *ud), void *ud,
                     const char *what, jx_error *err)
{
    int top = lua_gettop(e->L), rc;
    int st = run_protected(e, fn, ud, 0, &rc);
    if (st == LUA_OK)
        return rc;
    rc = fail_status(e, err, what, st, JX_ELIMIT);
    lua_settop(e->L, top);
    return rc;
}

lua_State *jx_rules_state(jx_engine *e) { return e->L; }

static int push_path(lua_State *L, jx_engine *e, const char *path)
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
    return push_path(L, c->e, c->path);
}

int jx_rules_push(jx_engine *e, const char *path)
{
    lua_State *L = e->L;
    if (e->depth)
        return push_path(L, e, path);
    push_ctx c = {e, path};
    int found;
    int st = run_protected(e, push_body, &c, 1, &found);
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
static int rawfield(lua_State *L, int idx, const char *k)
{
    idx = lua_absindex(L, idx);
    lua_pushstring(L, k);
    return lua_rawget(L, idx);
}

/* ---- loading a pack ---- */

static int find_pack(const char *name, const char *const *search, char *out,
                     size_t n)
{
    if (strchr(name, '/') || name[0] == '.') {
        char pl[PATH_MAX], dl[PATH_MAX];
        snprintf(pl, sizeof pl, "%s/pack.lua", name);
        snprintf(dl, sizeof dl, "%s/data.lua", name);
        if (!is_file(pl) && !is_file(dl))
            return 0;
        if (!realpath(name, out))
            snprintf(out, n, "%s", name);
        return 1;
    }
    for (; search && *search; search++) {
        char pl[PATH_MAX], dl[PATH_MAX];
        snprintf(pl, sizeof pl, "%s/%s/pack.lua", *search, name);
        snprintf(dl, sizeof dl, "%s/%s/data.lua", *search, name);
        if (is_file(pl) || is_file(dl)) {
            char d[PATH_MAX];
            snprintf(d, sizeof d, "%s/%s", *search, name);
            if (!realpath(d, out))
                snprintf(out, n, "%s", d);
            return 1;
        }
    }
    return 0;
}

/* "-- extends: national" on the first line */
static int read_extends(const char *path, char *out, size_t n)
{
    FILE *f = fopen(path, "r");
    out[0] = '\0';
    char line[256];
    if (f && fgets(line, sizeof line, f)) {
        const char *p = line + 2 + strspn(line + 2, " \t");
        if (!strncmp(line, "--", 2) && !strncmp(p, "extends:", 8)) {
            p += 8;
            while (*p == ' ')
                p++;
            size_t k = strcspn(p, " \r\n\t");
            if (k >= n)
                k = n - 1;
            memcpy(out, p, k);
            out[k] = '\0';
        }
    }
    if (f)
        fclose(f);
    if (!out[0]) {
        /* the parent named once, in the data: extends = "national" */
        char alt[PATH_MAX + 16];
        snprintf(alt, sizeof alt, "%.*s/data.lua", (int)(strrchr(path, '/') - path), path);
        if (!jx_pack_scan_extends(alt, out, n))
            jx_pack_scan_extends(path, out, n);
    }
    return 0;
}

/* Runs one file of a pack folder with env {base = p} (p at the top of
 * the stack, nil for a pack without parent and data) and replaces p with
 * what the file gave (absorb: in-place edits, a bound pack, or changes to
 * merge).  Absent files are skipped. */
static int run_file(jx_engine *e, const char *dir, const char *file, int has_base,
                    jx_error *err)
{
    lua_State *L = e->L;
    char path[PATH_MAX + 16], cn[PATH_MAX];
    snprintf(path, sizeof path, "%s/%s", dir, file);
    if (!is_file(path))
        return JX_OK;
    chunk_name(cn, sizeof cn, dir, file);
    char what[300];
    snprintf(what, sizeof what, "加载 %s", file);
    int st = load_file(L, path, cn);
    if (st != LUA_OK)
        return rule_error(e, err, what, st);
    push_host(L);
    lua_getfield(L, -1, "env");
    lua_pushvalue(L, -4);
    lua_pushcfunction(L, l_require);
    lua_call(L, 2, 1);
    lua_remove(L, -2);
    lua_setupvalue(L, -2, 1);
    if (jx_rules_call(e, 0, 1, what, err)) {
        if (!has_base && !lua_istable(L, -1) && strstr(err->msg, "attempt to index a nil value"))
            snprintf(err->msg + strlen(err->msg), sizeof err->msg - strlen(err->msg),
                     "。本包没有声明父包，base 是 nil：继承 national 请在数据里写 "
                     "extends = \"national\"（或首行写 -- extends: national）");
        return JX_ERULE;
    }
    if (!jx_pack_helper(L, "absorb")) {
        lua_pop(L, 2);
        return jx_fail(err, JX_ERULE, NULL, 0, 0, "packcheck 无法加载；%s", what);
    }
    lua_pushvalue(L, -3);
    lua_pushvalue(L, -3);
    if (jx_rules_call(e, 2, 1, what, err)) {
        lua_pop(L, 1);
        return JX_ERULE;
    }
    lua_replace(L, -3);
    lua_pop(L, 1);
    return JX_OK;
}

/* The files of a pack folder in order: data.lua (the data an analyst
 * edits), framework.lua, checks.lua, then pack.lua (functions); each
 * optional, each given the pack so far as `base`; then the host binds the pack when
 * nobody did (docs/rules.md §4).  Stack: [base copy] if parent; leaves
 * the pack. */
static int run_folder(jx_engine *e, const char *dir, const char *parent, jx_error *err)
{
    lua_State *L = e->L;
    if (!parent)
        lua_pushnil(L);
    /* the parent's functions, to see whether anyone bound the pack */
    if (parent) {
        rawfield(L, -1, "score");
        rawfield(L, -2, "grade");
    } else {
        lua_pushnil(L);
        lua_pushnil(L);
    }
    lua_rotate(L, -3, 2); /* score grade p */
    static const char *const order[] = {"data.lua", "framework.lua", "checks.lua", "pack.lua"};
    int rc = JX_OK;
    for (size_t i = 0; i < JX_ARRAY_LEN(order) && !rc; i++)
        rc = run_file(e, dir, order[i], parent != NULL, err);
    if (rc) {
        lua_pop(L, 3);
        return rc;
    }
    if (!jx_pack_helper(L, "autobind")) {
        lua_pop(L, 4);
        return jx_fail(err, JX_ERULE, NULL, 0, 0, "packcheck 无法加载；绑定规则包");
    }
    lua_insert(L, -4); /* autobind score grade p */
    lua_rotate(L, -3, 1); /* autobind p score grade */
    if (parent)
        lua_pushstring(L, parent);
    else
        lua_pushnil(L);
    return jx_rules_call(e, 4, 1, "绑定规则包", err);
}

/* Checks the table a pack.lua returned (on top); JX_OK or err. */
static int check_pack_table(lua_State *L, const char *dir, const char *parent, int has_base,
                            jx_error *err)
{
    if (!lua_istable(L, -1))
        return jx_fail(err, JX_ERULE, NULL, 0, 0, "%s/pack.lua 应当返回一个表（return {...}）",
                       dir);
    if (lua_getmetatable(L, -1)) {
        lua_pop(L, 1);
        return jx_fail(err, JX_ERULE, NULL, 0, 0,
                       "%s/pack.lua 返回的规则包表不能带元表（setmetatable）", dir);
    }
    rawfield(L, -1, "name");
    int is_str = lua_isstring(L, -1);
    lua_pop(L, 1);
    if (!is_str)
        return jx_fail(err, JX_ERULE, NULL, 0, 0, "%s/pack.lua 缺少 name", dir);
    rawfield(L, -1, "extends");
    const char *ext = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
    int agree = has_base ? (ext && !strcmp(ext, parent)) : (ext == NULL);
    lua_pop(L, 1);
    if (!agree)
        return jx_fail(err, JX_ERULE, NULL, 0, 0,
                       "%s/pack.lua：首行「-- extends: %s」与字段 extends 不一致", dir,
                       parent);
    return JX_OK;
}

/* Resolves the pack at dir: leaves its table on the stack.  Runs inside
 * run_protected (jx_engine_open); on failure the stack is as on entry. */
static int load_pack(jx_engine *e, const char *name, const char *const *search,
                     const char **seen, int depth, jx_error *err)
{
    lua_State *L = e->L;
    int top = lua_gettop(L);
    char dir[PATH_MAX];
    if (depth >= MAX_CHAIN)
        return jx_fail(err, JX_ERULE, NULL, 0, 0, "规则包继承层数过多（>%d）：%s",
                       MAX_CHAIN, name);
    for (int i = 0; i < depth; i++)
        if (!strcmp(seen[i], name))
            return jx_fail(err, JX_ERULE, NULL, 0, 0, "规则包 %s 的继承形成循环", name);
    if (!find_pack(name, search, dir, sizeof dir)) {
        if (depth)
            return jx_fail(err, JX_ENOTFOUND, NULL, 0, 0,
                           "规则包 %s 继承的 %s 不存在", seen[depth - 1], name);
    {
        char have[300];
        jx_pack_list_installed(search, have, sizeof have);
        return jx_fail(err, JX_ENOTFOUND, NULL, 0, 0,
                       "找不到规则包 %s。已安装的规则包：%s。自己的规则包请放在环境变量 "
                       "JIXIAO_RULES 指向的文件夹下（JIXIAO_RULES=/路径 jixiao …），"
                       "或把包文件夹的路径传给 --rules",
                       name, have[0] ? have : "（无）");
    }
    }
    seen[depth] = name;
    e->loading = name;
    char path[PATH_MAX + 16], parent[128];
    snprintf(path, sizeof path, "%s/pack.lua", dir);
    read_extends(path, parent, sizeof parent);
    int self = e->nchain;
    if (e->nchain < MAX_CHAIN) {
        if (!(e->chain[e->nchain] = strdup(dir)))
            return jx_fail(err, JX_ENOMEM, NULL, 0, 0, "内存不足");
        e->nchain++;
    }
    int has_base = parent[0] != '\0';
    if (has_base) {
        if (!strcmp(parent, name))
            return jx_fail(err, JX_ERULE, NULL, 0, 0, "规则包 %s 继承了自己", name);
        int rc = load_pack(e, parent, search, seen, depth + 1, err);
        if (rc)
            return rc;
        /* the base is a private deep copy */
        push_host(L);
        lua_getfield(L, -1, "copy");
        lua_pushvalue(L, -3);
        lua_call(L, 1, 1);
        lua_remove(L, -2); /* host */
        lua_remove(L, -2); /* the parent's table */
    }
    e->loading = name;
    /* this pack's requires find its own modules before its parents', never
     * a child's file of the same name */
    e->req_from = self < e->nchain ? self : 0;
    /* the folder's files, merged and bound by the host; then the table
     * the host will use is checked */
    int rc = run_folder(e, dir, has_base ? parent : NULL, err);
    if (!rc)
        rc = check_pack_table(L, dir, parent, has_base, err);
    if (rc) {
        lua_settop(L, top);
        return rc;
    }
    return JX_OK;
}

static int fn_ref(lua_State *L, const char *name)
{
    rawfield(L, -1, name);
    if (!lua_isfunction(L, -1)) {
        lua_pop(L, 1);
        return LUA_NOREF;
    }
    return luaL_ref(L, LUA_REGISTRYINDEX);
}

/* Only the libraries rules may see, the guarded string functions, the
 * host chunk (which captures the real functions it uses), and then the
 * sandbox's own versions of a few globals. */
static int setup_state(lua_State *L)
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

typedef struct open_ctx {
    jx_engine *e;
    const char *pack;
    const char *const *search;
    jx_error *err;
    int validate; /* run the pack schema check (jx_pack_validate) */
} open_ctx;

static char *dup_field(lua_State *L, const char *k)
{
    rawfield(L, -1, k);
    const char *s = lua_isstring(L, -1) ? lua_tostring(L, -1) : "";
    char *d = strdup(s);
    lua_pop(L, 1);
    return d;
}

static int open_body(lua_State *L, void *ud)
{
    open_ctx *o = ud;
    jx_engine *e = o->e;
    setup_state(L);
    lua_newtable(L);
    e->ref_loaded = luaL_ref(L, LUA_REGISTRYINDEX);
    const char *seen[MAX_CHAIN];
    int rc = load_pack(e, o->pack, o->search, seen, 0, o->err);
    if (rc)
        return rc;
    e->pack = dup_field(L, "name");
    e->dir = strdup(e->chain[0]);
    if (!e->pack || !e->dir)
        return jx_fail(o->err, JX_ENOMEM, NULL, 0, 0, "内存不足");
    rawfield(L, -1, "round");
    if (lua_isinteger(L, -1))
        e->round = (int)lua_tointeger(L, -1);
    lua_pop(L, 1);
    if (e->round < 0 || e->round > 6)
        e->round = 2;
    e->round_mul = pow(10, e->round);
    e->ref_frame = fn_ref(L, "frame");
    e->ref_points = fn_ref(L, "points");
    e->ref_score = fn_ref(L, "score");
    e->ref_exec = fn_ref(L, "execution_score");
    e->ref_grade = fn_ref(L, "grade");
    rawfield(L, -1, "checks");
    e->ref_checks = luaL_ref(L, LUA_REGISTRYINDEX);
    e->ref_pack = luaL_ref(L, LUA_REGISTRYINDEX);
    /* the schema check (core/packcheck.c) names the author's file and
     * line; `rules lint` opens unchecked and runs it itself */
    if (o->validate && (rc = jx_pack_validate(e, o->err)))
        return rc;
    if (o->validate && (e->ref_score == LUA_NOREF || e->ref_grade == LUA_NOREF))
        return jx_fail(o->err, JX_ERULE, NULL, 0, 0, "规则包 %s 缺少 %s 函数", e->pack,
                       e->ref_score == LUA_NOREF ? "score" : "grade");
    return JX_OK;
}

static int open_engine(const char *pack, const jx_engine_opts *opts, int validate,
                       jx_engine **out, jx_error *err)
{
    *out = NULL;
    jx_engine *e = calloc(1, sizeof *e);
    if (!e)
        return jx_fail(err, JX_ENOMEM, NULL, 0, 0, "内存不足");
    e->ilimit = opts && opts->instruction_limit ? opts->instruction_limit : DEFAULT_ILIMIT;
    e->mlimit = opts && opts->memory_limit ? opts->memory_limit : DEFAULT_MLIMIT;
    e->ref_pack = e->ref_frame = e->ref_points = e->ref_score = LUA_NOREF;
    e->ref_exec = e->ref_grade = e->ref_checks = e->ref_loaded = LUA_NOREF;
    e->round = 2;
    lua_State *L = lua_newstate(l_alloc, e);
    if (!L) {
        free(e);
        return jx_fail(err, JX_ENOMEM, NULL, 0, 0, "无法创建 Lua 状态");
    }
    e->L = L;
    *(jx_engine **)lua_getextraspace(L) = e;
    lua_atpanic(L, l_panic);
    lua_sethook(L, l_hook, LUA_MASKCOUNT, HOOK_EVERY);
    open_ctx o = {e, pack ? pack : "national",
                  opts && opts->search ? opts->search : jx_rules_default_dirs(), err,
                  validate};
    int rc;
    int st = run_protected(e, open_body, &o, 0, &rc);
    if (st != LUA_OK)
        rc = rule_error(e, err, "加载规则包", st);
    if (rc) {
        jx_engine_free(e);
        return rc;
    }
    lua_settop(L, 0);
    lua_gc(L, LUA_GCGEN, 0, 0);
    *out = e;
    return JX_OK;
}

int jx_engine_open(const char *pack, const jx_engine_opts *opts, jx_engine **out,
                   jx_error *err)
{
    return open_engine(pack, opts, 1, out, err);
}

int jx_engine_open_unchecked(const char *pack, const jx_engine_opts *opts,
                             jx_engine **out, jx_error *err)
{
    return open_engine(pack, opts, 0, out, err);
}

void jx_engine_free(jx_engine *e)
{
    if (!e)
        return;
    if (e->L)
        lua_close(e->L);
    for (int i = 0; i < e->nchain; i++)
        free(e->chain[i]);
    for (int i = 0; i < e->ngrades; i++)
        free(e->grades[i]);
    if (e->memo) {
        memo_clear(e);
        free(e->memo);
    }
    free(e->pack);
    free(e->dir);
    free(e);
}

const char *jx_engine_pack(const jx_engine *e) { return e->pack; }
const char *jx_engine_pack_dir(const jx_engine *e) { return e->dir; }

/* ---- framing ---- */

static void memo_clear(jx_engine *e)
{
    for (size_t i = 0; i < e->memo_cap; i++) {
        memo *m = &e->memo[i];
        if (!m->key)
            continue;
        free(m->key);
        free(m->l1);
        free(m->l2);
        free(m->how);
        free(m->note);
        memset(m, 0, sizeof *m);
    }
    e->memo_n = 0;
}

static uint64_t fnv(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ull;
    }
    return h;
}

/* Finds the slot for key (an empty one when absent); NULL when no table. */
static memo *memo_slot(jx_engine *e, const char *key, size_t klen, uint64_t h)
{
    if (!e->memo) {
        e->memo_cap = 8192;
        e->memo = calloc(e->memo_cap, sizeof *e->memo);
        if (!e->memo)
            return NULL;
    }
    size_t i = (size_t)h & (e->memo_cap - 1);
    for (;;) {
        memo *m = &e->memo[i];
        if (!m->key || (m->h == h && m->klen == klen && !memcmp(m->key, key, klen)))
            return m;
        i = (i + 1) & (e->memo_cap - 1);
    }
}

/* A string result copied out of the state: NULL for a non-string;
 * *bad set when the copy fails. */
static char *dup_or_null(lua_State *L, int idx, int *bad)
{
    if (lua_type(L, idx) != LUA_TSTRING && lua_type(L, idx) != LUA_TNUMBER)
        return NULL;
    char *d = strdup(lua_tostring(L, idx));
    if (!d)
        *bad = 1;
    return d;
}

/* Copies s into the document unless the field already holds it. */
static int set_field(jx_doc *doc, const char **field, const char *s)
{
    if (!s) {
        *field = NULL;
        return 0;
    }
    if (*field && !strcmp(*field, s))
        return 0;
    const char *d = jx_doc_strdup(doc, s);
    if (!d)
        return -1;
    *field = d;
    return 0;
}

/* Applies one frame() result to an indicator; -1 when out of memory. */
static int frame_apply(jx_doc *doc, jx_indicator *ind, const char *l1, const char *l2,
                       const char *how, const char *note)
{
    int had_l1 = ind->level1 != NULL, had_l2 = ind->level2 != NULL;
    if (set_field(doc, &ind->level1, l1) || set_field(doc, &ind->level2, l2))
        return -1;
    if (how && !strcmp(how, "inferred")) {
        if (!had_l2 && ind->level2)
            ind->level2_inferred = 1;
        if (!had_l1 && ind->level1)
            ind->level1_inferred = 1;
    }
    if (how && !strcmp(how, "realigned")) {
        ind->realigned = 1;
        if (note) {
            /* the parser's own remark stays in the document's notes */
            if (set_field(doc, &ind->note, note))
                return -1;
            jx_doc_add_note(doc, ind->line, "realigned", note);
        }
    }
    return 0;
}

static void push_str(lua_State *L, const char *s)
{
    if (s)
        lua_pushstring(L, s);
    else
        lua_pushnil(L);
}

static void describe(char *buf, size_t n, const jx_table *t, const jx_indicator *ind)
{
    snprintf(buf, n, "%s%s%s%s指标「%s」（第 %d 行）",
             t && t->code ? t->code : "", t && t->code ? " " : "",
             t && t->name ? t->name : "", t && (t->code || t->name) ? " " : "",
             ind && ind->level3 ? ind->level3 : "", ind ? ind->line : 0);
}

typedef struct frame_args {
    const jx_table *t;
    const jx_indicator *ind;
    const char *unit, *vk;
    char *r[4]; /* level1, level2, how, note */
} frame_args;

static int frame_push(lua_State *L, rcall *c)
{
    frame_args *a = c->args;
    lua_pushstring(L, jx_table_kind_name(a->t->kind));
    push_str(L, a->ind->level1);
    push_str(L, a->ind->level2);
    push_str(L, a->ind->level3);
    lua_pushstring(L, a->unit);
    lua_pushstring(L, a->vk);
    return 6;
}

static int frame_take(lua_State *L, rcall *c)
{
    frame_args *a = c->args;
    int bad = 0;
    for (int k = 0; k < 4; k++)
        a->r[k] = dup_or_null(L, k - 4, &bad);
    return bad ? JX_ENOMEM : JX_OK;
}

static void free4(char **r)
{
    for (int k = 0; k < 4; k++) {
        free(r[k]);
        r[k] = NULL;
    }
}

/* Keeps a frame() result in the memo (which then owns r[]). */
static void memo_put(jx_engine *e, memo *m, const jx_buf *key, uint64_t h, char **r)
{
    if (!key->p || !key->len || jx_buf_failed(key))
        m = NULL; /* the key could not be built: nothing to remember it by */
    if (m && e->memo_n + 1 > e->memo_cap * 3 / 4) {
        memo_clear(e);
        m = memo_slot(e, key->p, key->len, h);
    }
    if (m && (m->key = malloc(key->len))) {
        memcpy(m->key, key->p, key->len);
        m->klen = key->len;
        m->h = h;
        m->l1 = r[0];
        m->l2 = r[1];
        m->how = r[2];
        m->note = r[3];
        e->memo_n++;
        for (int k = 0; k < 4; k++)
            r[k] = NULL;
    }
    free4(r);
}

int jx_engine_frame(jx_engine *e, jx_doc *doc, jx_error *err)
{
    if (e->ref_frame == LUA_NOREF)
        return JX_OK;
    int first_rc = JX_OK;
    jx_buf key;
    jx_buf_init(&key);
    for (size_t ti = 0; ti < doc->ntables; ti++) {
        jx_table *t = &doc->tables[ti];
        for (size_t i = 0; i < t->n; i++) {
            jx_indicator *ind = &t->ind[i];
            const char *unit = ind->target.n ? ind->target.t[0].unit : "";
            const char *vk = jx_vkind_name(ind->target.kind);
            key.len = 0;
            jx_buf_printf(&key, "%s\x1f%s\x1f%s\x1f%s\x1f%s\x1f%s",
                          jx_table_kind_name(t->kind), ind->level1 ? ind->level1 : "\x01",
                          ind->level2 ? ind->level2 : "\x01", ind->level3 ? ind->level3 : "\x01",
                          unit, vk);
            uint64_t h = fnv(key.p, key.len);
            memo *m = memo_slot(e, key.p, key.len, h);
            int bad;
            if (m && m->key) {
                bad = frame_apply(doc, ind, m->l1, m->l2, m->how, m->note);
            } else {
                frame_args a = {t, ind, unit, vk, {NULL, NULL, NULL, NULL}};
                rcall c = {e, e->ref_frame, 4, frame_push, frame_take, &a};
                jx_error e2 = {0};
                if (call_rules(e, &c, t, ind, NULL, &e2)) {
                    free4(a.r);
                    if (!first_rc) {
                        *err = e2;
                        first_rc = e2.code;
                    }
                    jx_doc_notef(doc, ind->line, "rule-error", "%s", e2.msg);
                    continue;
                }
                bad = frame_apply(doc, ind, a.r[0], a.r[1], a.r[2], a.r[3]);
                memo_put(e, m, &key, h, a.r);
            }
            if (bad) {
                jx_buf_free(&key);
                return jx_fail(err, JX_ENOMEM, doc->source, ind->line, 0,
                               "内存不足：无法保存指标「%s」的框架归类",
                               ind->level3 ? ind->level3 : "");
            }
        }
    }
    jx_buf_free(&key);
    return first_rc;
}

/* ---- points, score, execution, grade ---- */

typedef struct points_args {
    const jx_table *t;
    const jx_indicator *ind;
    lua_Integer k, n1, n;
    double points;
} points_args;

static int points_push(lua_State *L, rcall *c)
{
    points_args *a = c->args;
    lua_pushstring(L, jx_table_kind_name(a->t->kind));
    push_str(L, a->ind->level1);
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

int jx_engine_points(jx_engine *e, jx_table *t, jx_error *err)
{
    if (e->ref_points == LUA_NOREF)
        return JX_OK;
    size_t n = 0;
    for (size_t i = 0; i < t->n; i++)
        n += jx_indicator_scored(&t->ind[i]);
    unsigned char *computed = calloc(t->n + 1, 1);
    if (!computed)
        return jx_fail(err, JX_ENOMEM, NULL, 0, 0, "内存不足");
    for (size_t i = 0; i < t->n; i++) {
        jx_indicator *ind = &t->ind[i];
        if (!jx_indicator_scored(ind) || !isnan(ind->points))
            continue;
        size_t k = 0, n1 = 0;
        for (size_t j = 0; j < t->n; j++) {
            const jx_indicator *o = &t->ind[j];
            if (!jx_indicator_scored(o) || !jx_streq(o->level1 ? o->level1 : "", ind->level1 ? ind->level1 : ""))
                continue;
            n1++;
            if (j < i)
                k++;
        }
        points_args a = {t, ind, (lua_Integer)k + 1, (lua_Integer)n1, (lua_Integer)n, NAN};
        rcall c = {e, e->ref_points, 1, points_push, points_take, &a};
        int rc = call_rules(e, &c, t, ind, NULL, err);
        if (rc) {
            free(computed);
            return rc;
        }
        if (!isnan(a.points))
            ind->points = a.points;
        computed[i] = 1;
    }
    /* Round as the pack says, and let the last indicator of each 一级 take
     * the remainder so a 一级 still adds up (50 over 3: 16.67 16.67 16.66). */
    for (size_t i = 0; i < t->n; i++) {
        if (!computed[i] || computed[i] == 2)
            continue;
        double raw = 0, rounded = 0;
        size_t last = i;
        for (size_t j = i; j < t->n; j++) {
            if (computed[j] != 1 ||
                !jx_streq(t->ind[j].level1 ? t->ind[j].level1 : "", t->ind[i].level1 ? t->ind[i].level1 : ""))
                continue;
            computed[j] = 2;
            raw += t->ind[j].points;
            t->ind[j].points = jx_engine_round(e, t->ind[j].points);
            rounded += t->ind[j].points;
            last = j;
        }
        t->ind[last].points = jx_engine_round(e, t->ind[last].points + jx_engine_round(e, raw) - rounded);
    }
    free(computed);
    return JX_OK;
}

void jx_engine_set_explain(jx_engine *e, int on) { e->no_explain = !on; }

double jx_engine_round(jx_engine *e, double x)
{
    double m = e->round_mul;
    return x >= 0 ? floor(x * m + 0.5 + 1e-9) / m : -floor(-x * m + 0.5 + 1e-9) / m;
}

/* Puts the actual into the target's unit.  Returns 0 and *num, or 1 when
 * the actual has no number, or -1 with why[] when units do not fit. */
static int reconcile(const jx_value *target, const jx_value *actual, double *num,
                     char *why, size_t wn)
{
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

/* Copies an explanation, cut at a UTF-8 boundary when too long. */
static void copy_explain(jx_score *out, const char *s, size_t n)
{
    if (!s)
        n = 0;
    if (n >= sizeof out->explain) {
        n = sizeof out->explain - 1;
        while (n && ((unsigned char)s[n] & 0xC0) == 0x80)
            n--;
    }
    if (n)
        memcpy(out->explain, s, n);
    out->explain[n] = '\0';
}

static void take_result(jx_engine *e, jx_score *out)
{
    lua_State *L = e->L;
    if (lua_isnumber(L, -3)) {
        out->score = jx_engine_round(e, lua_tonumber(L, -3));
        if (out->score > out->points && !isnan(out->points))
            out->score = out->points;
        if (out->score < 0)
            out->score = 0;
        const char *rule = lua_tostring(L, -2);
        size_t el = 0;
        const char *ex = lua_tolstring(L, -1, &el);
        out->rule = rule ? rule : "";
        copy_explain(out, ex, el);
        out->finding = 0;
    } else {
        size_t wl = 0;
        const char *why = lua_tolstring(L, -2, &wl);
        out->score = NAN;
        out->rule = "";
        if (why)
            copy_explain(out, why, wl);
        else
            copy_explain(out, "未能计分", strlen("未能计分"));
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

typedef struct score_args {
    const jx_table *t;
    const jx_indicator *ind;
    const jx_value *actual;
    double num, points, given;
    int has_num;
    jx_score *out;
} score_args;

static int score_push(lua_State *L, rcall *c)
{
    score_args *a = c->args;
    const jx_value *tg = &a->ind->target;
    lua_pushstring(L, jx_table_kind_name(a->t->kind));
    push_str(L, a->ind->level1);
    push_str(L, a->ind->level2);
    push_str(L, a->ind->level3);
    lua_pushstring(L, jx_vkind_name(tg->kind));
    if (tg->n) {
        lua_pushstring(L, jx_op_name(tg->t[0].op));
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
    return 15;
}

/* the three results (score or nil, rule or why, explanation) */
static int result_take(lua_State *L, rcall *c)
{
    score_args *a = c->args;
    take_result(c->e, a->out);
    a->out->rule = intern(c->e, a->out->rule);
    (void)L;
    return JX_OK;
}

int jx_engine_score(jx_engine *e, const jx_table *t, const jx_indicator *ind,
                    const jx_value *actual, double points, double given,
                    jx_score *out, jx_error *err)
{
    out->points = points;
    out->score = NAN;
    out->rule = "";
    out->explain[0] = '\0';
    out->finding = 0;
    double num = NAN;
    char why[200];
    int r = reconcile(&ind->target, actual, &num, why, sizeof why);
    if (r < 0) {
        out->finding = 1;
        snprintf(out->explain, sizeof out->explain, "%s", why);
        return JX_OK;
    }
    score_args a = {t, ind, actual, num, points, given, r == 0, out};
    rcall c = {e, e->ref_score, 3, score_push, result_take, &a};
    int rc = call_rules(e, &c, t, ind, NULL, err);
    if (rc) {
        out->score = NAN;
        out->rule = "";
        out->finding = 1;
        snprintf(out->explain, sizeof out->explain, "规则出错");
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
        push_path(L, c->e, "execution.points");
        out->points = lua_isnumber(L, -1) ? lua_tonumber(L, -1) : NAN;
        lua_pop(L, 1);
    }
    take_result(c->e, out);
    out->rule = intern(c->e, out->rule);
    return JX_OK;
}

int jx_engine_score_execution(jx_engine *e, const jx_table *t, jx_score *out,
                              jx_error *err)
{
    const jx_execution *x = &t->execution;
    out->points = x->points;
    out->score = NAN;
    out->rule = "";
    out->finding = 0;
    out->explain[0] = '\0';
    if (e->ref_exec == LUA_NOREF)
        return JX_OK;
    if (isnan(x->budget) || isnan(x->executed)) {
        out->finding = 1;
        snprintf(out->explain, sizeof out->explain, "缺少%s，无法计算预算执行率",
                 isnan(x->budget) ? "全年预算数" : "全年执行数");
        return JX_OK;
    }
    char what[300];
    snprintf(what, sizeof what, "%s%s%s 预算执行率", t->code ? t->code : "",
             t->code ? " " : "", t->name ? t->name : "");
    exec_args a = {x, {0}};
    a.s.out = out;
    rcall c = {e, e->ref_exec, 3, exec_push, exec_take, &a};
    return call_rules(e, &c, t, NULL, what, err);
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
    const char *g = lua_tostring(L, -1);
    a->grade = intern(c->e, g ? g : "");
    return JX_OK;
}

const char *jx_engine_grade(jx_engine *e, double total, jx_error *err)
{
    grade_args a = {total, NULL};
    rcall c = {e, e->ref_grade, 1, grade_push, grade_take, &a};
    if (call_rules(e, &c, NULL, NULL, "等级", err))
        return NULL;
    return a.grade;
}

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
        rawfield(L, 1, "_table");
        lua_Integer k = lua_tointeger(L, -1);
        lua_pop(L, 1);
        if (k >= 1 && (size_t)k <= c->doc->ntables)
            t = &c->doc->tables[k - 1];
    }
    if (t && lua_istable(L, 2)) {
        rawfield(L, 2, "_index");
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
    rawfield(L, idx, k);
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

int jx_engine_check_info(jx_engine *e, size_t i, const char **code,
                         const char **severity, const char **description)
{
    info_ctx c = {e, i, NULL, NULL, NULL};
    int found = 0;
    int st = run_protected(e, info_body, &c, 0, &found);
    if (st != LUA_OK) {
        if (st != ST_UNUSABLE)
            lua_pop(e->L, 1);
        e->mem_hit = 0;
        return 0;
    }
    if (!found)
        return 0;
    *code = c.code ? c.code : "?";
    *severity = c.severity ? c.severity : "warning";
    *description = c.description ? c.description : "";
    return 1;
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
    rawfield(L, -1, "run");
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
    if (call_pushed(e, 2, 0, what, &e2)) {
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
    if (kept_over(e)) {
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

int jx_engine_check(jx_engine *e, jx_doc *doc, jx_finding_cb cb, void *ud,
                    jx_error *err)
{
    if (!jx_engine_ncheck(e))
        return JX_OK;
    check_run r = {{e, doc, cb, ud, NULL, JX_SEV_INFO, 0}, err, JX_OK};
    int rc;
    int st = run_protected(e, check_body, &r, 0, &rc);
    if (st != LUA_OK) {
        /* out of memory building the document's tables, most likely */
        int mem = e->mem_hit || st == LUA_ERRMEM;
        rc = fail_status(e, err, "把文档交给审核", st, JX_ELIMIT);
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
