/*
 * engine.c - the Lua host: one sandboxed Lua 5.4 state per engine holding
 * one resolved rule pack, and the calls into it (frame, points, score,
 * execution, grade, checks).
 *
 * Sandbox: packs run in their own _ENV with string (no dump), math, table,
 * utf8 and a few base functions; chunks are loaded as text only; require
 * reads .lua files from the pack's own folder and the folders of the
 * packs it extends.  Limits: an instruction budget per evaluation (count
 * hook) and a memory cap per state (allocator).  Any failure becomes a
 * jx_error naming pack file:line, the rule and the indicator; the state
 * stays usable.
 */
#include "rules.h"

#include <errno.h>
#include <lauxlib.h>
#include <limits.h>
#include <lualib.h>
#include <math.h>
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
    int ref_pack, ref_frame, ref_points, ref_score, ref_exec, ref_grade;
    int ref_checks, ref_loaded;
    int round;
    double round_mul; /* 10^round */
    int no_explain;   /* jx_engine_set_explain(e, 0) */
    char *grades[16]; /* interned grade names */
    int ngrades;
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
    if (nsize > osize && e->mused + (nsize - osize) > cap) {
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

/* setmetatable without __gc: a finalizer would run outside any budget. */
static int sb_setmetatable(lua_State *L)
{
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

/* Trusted host code: helpers the packs get as jx.*, and the deep copy
 * used for `base`.  Runs with the real globals, never exposed. */
static const char host_lua[] =
    "local H = {}\n"
    "local function copy(t, seen)\n"
    "  if type(t) ~= 'table' then return t end\n"
    "  if seen[t] then return seen[t] end\n"
    "  local c = {}; seen[t] = c\n"
    "  for k, v in next, t do c[copy(k, seen)] = copy(v, seen) end\n"
    "  return c\n"
    "end\n"
    "function H.copy(t) return copy(t, {}) end\n"
    "local function round(x, n)\n"
    "  local m = 10 ^ (n or 0)\n"
    "  if x >= 0 then return math.floor(x * m + 0.5 + 1e-9) / m end\n"
    "  return -math.floor(-x * m + 0.5 + 1e-9) / m\n"
    "end\n"
    "local jx = {}\n"
    "jx.round = round\n"
    "function jx.fmt(x)\n"
    "  if type(x) ~= 'number' then return tostring(x) end\n"
    "  if x ~= x then return 'NaN' end\n"
    "  local r = round(x, 2)\n"
    "  if r == math.floor(r) and math.abs(r) < 1e15 then return string.format('%d', math.floor(r)) end\n"
    "  local s = string.format('%.2f', r)\n"
    "  s = s:gsub('0+$', ''):gsub('%.$', '')\n"
    "  return s\n"
    "end\n"
    "function jx.contains(s, w) return type(s) == 'string' and s:find(w, 1, true) ~= nil end\n"
    "function jx.any(s, list)\n"
    "  if type(s) ~= 'string' then return false end\n"
    "  for _, w in ipairs(list or {}) do if s:find(w, 1, true) then return true, w end end\n"
    "  return false\n"
    "end\n"
    "H.jx = jx\n"
    "local allowed = {'pairs','ipairs','next','select','type','tostring','tonumber',\n"
    "  'error','assert','pcall','xpcall','rawequal','rawget','rawset','rawlen',\n"
    "  'setmetatable','getmetatable'}\n"
    "function H.env(base, require)\n"
    "  local env = {}\n"
    "  for _, k in ipairs(allowed) do env[k] = _G[k] end\n"
    "  env.string = string; env.math = math; env.table = table; env.utf8 = utf8\n"
    "  env.jx = jx; env.base = base; env.require = require\n"
    "  env._VERSION = _VERSION\n"
    "  return env\n"
    "end\n"
    "return H\n";

static int ref_host = LUA_NOREF; /* per state, kept in the registry */

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
    if (lua_getfield(L, -1, name) != LUA_TNIL)
        return 1;
    lua_pop(L, 1);
    for (int i = 0; i < e->nchain; i++) {
        char path[PATH_MAX];
        snprintf(path, sizeof path, "%s/%s.lua", e->chain[i], name);
        if (!is_file(path))
            continue;
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
        lua_setfield(L, -3, name);
        return 1;
    }
    return luaL_error(L, "require: 规则包中没有模块 %s", name);
}

/* ---- errors ---- */

static int rule_error(jx_engine *e, jx_error *err, const char *what, int st)
{
    const char *msg = lua_tostring(e->L, -1);
    char m[400];
    if (e->mem_hit || st == LUA_ERRMEM)
        snprintf(m, sizeof m, "超出内存限制（%zu MiB）", e->mlimit >> 20);
    else
        snprintf(m, sizeof m, "%s", msg ? msg : "(非字符串错误)");
    lua_pop(e->L, 1);
    e->mem_hit = 0;
    lua_gc(e->L, LUA_GCCOLLECT);
    return jx_fail(err, JX_ERULE, NULL, 0, 0, "规则包 %s 出错：%s%s%s",
                   e->pack ? e->pack : e->loading ? e->loading : "?", m,
                   what && *what ? "；" : "", what ? what : "");
}

static void describe(char *buf, size_t n, const jx_table *t, const jx_indicator *ind);

/* The one protected call into rule code: limits armed, a message handler
 * that adds file:line, memory a pack kept between calls collected first.
 * On failure the message names `what`, or, when what is NULL, the
 * indicator (formatted only then: the hot path never pays for it). */
static int call_rules(jx_engine *e, int nargs, int nres, const jx_table *t,
                      const jx_indicator *ind, const char *what, jx_error *err)
{
    lua_State *L = e->L;
    char buf[300];
    if (e->mused > e->mlimit) {
        /* memory a pack keeps between calls: collect, else refuse */
        lua_gc(L, LUA_GCCOLLECT);
        if (e->mused > e->mlimit) {
            lua_pop(L, nargs + 1);
            if (!what) {
                describe(buf, sizeof buf, t, ind);
                what = buf;
            }
            return jx_fail(err, JX_ERULE, NULL, 0, 0,
                           "规则包 %s 占用的内存已超出限制（%zu MiB），不再执行；%s", e->pack,
                           e->mlimit >> 20, what);
        }
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
    if (!what) {
        describe(buf, sizeof buf, t, ind);
        what = buf;
    }
    return rule_error(e, err, what, st);
}

int jx_rules_call(jx_engine *e, int nargs, int nres, const char *what,
                  jx_error *err)
{
    return call_rules(e, nargs, nres, NULL, NULL, what ? what : "", err);
}

lua_State *jx_rules_state(jx_engine *e) { return e->L; }

int jx_rules_push(jx_engine *e, const char *path)
{
    lua_State *L = e->L;
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
    jx_pack_helper(L, "absorb");
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
    jx_pack_helper(L, "autobind");
    lua_insert(L, -4); /* autobind score grade p */
    lua_rotate(L, -3, 1); /* autobind p score grade */
    if (parent)
        lua_pushstring(L, parent);
    else
        lua_pushnil(L);
    return jx_rules_call(e, 4, 1, "绑定规则包", err);
}

/* Resolves the pack at dir: leaves its table on the stack. */
static int load_pack(jx_engine *e, const char *name, const char *const *search,
                     const char **seen, int depth, jx_error *err)
{
    lua_State *L = e->L;
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
    if (e->nchain < MAX_CHAIN)
        e->chain[e->nchain++] = strdup(dir);
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
        lua_remove(L, -2); /* parent's table */
    }
    e->loading = name;
    int rc = run_folder(e, dir, has_base ? parent : NULL, err);
    if (rc)
        return rc;
    if (!lua_istable(L, -1)) {
        lua_pop(L, 1);
        return jx_fail(err, JX_ERULE, NULL, 0, 0, "%s/pack.lua 应当返回一个表（return {...}）",
                       dir);
    }
    if (lua_getmetatable(L, -1)) {
        lua_pop(L, 2);
        return jx_fail(err, JX_ERULE, NULL, 0, 0,
                       "%s/pack.lua 返回的规则包表不能带元表（setmetatable）", dir);
    }
    rawfield(L, -1, "name");
    if (!lua_isstring(L, -1)) {
        lua_pop(L, 2);
        return jx_fail(err, JX_ERULE, NULL, 0, 0, "%s/pack.lua 缺少 name", dir);
    }
    lua_pop(L, 1);
    rawfield(L, -1, "extends");
    const char *ext = lua_tostring(L, -1);
    int agree = has_base ? (ext && !strcmp(ext, parent)) : (ext == NULL);
    lua_pop(L, 1);
    if (!agree) {
        lua_pop(L, 1);
        return jx_fail(err, JX_ERULE, NULL, 0, 0,
                       "%s/pack.lua：首行「-- extends: %s」与字段 extends 不一致", dir,
                       parent);
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

static int open_engine(const char *pack, const jx_engine_opts *opts, int validate,
                       jx_engine **out, jx_error *err);

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
    lua_sethook(L, l_hook, LUA_MASKCOUNT, HOOK_EVERY);
    /* only the libraries rules may see */
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
    lua_pushcfunction(L, sb_setmetatable);
    lua_setglobal(L, "setmetatable");
    lua_pushcfunction(L, sb_pcall);
    lua_setglobal(L, "pcall");
    lua_pushcfunction(L, sb_xpcall);
    lua_setglobal(L, "xpcall");
    (void)ref_host;
    if (luaL_loadbufferx(L, host_lua, sizeof host_lua - 1, "=host", "t") ||
        lua_pcall(L, 0, 1, 0)) {
        int rc = jx_fail(err, JX_ERULE, NULL, 0, 0, "host: %s", lua_tostring(L, -1));
        jx_engine_free(e);
        return rc;
    }
    lua_setfield(L, LUA_REGISTRYINDEX, "jixiao.host");
    lua_newtable(L);
    e->ref_loaded = luaL_ref(L, LUA_REGISTRYINDEX);
    const char *seen[MAX_CHAIN];
    const char *const *search = opts && opts->search ? opts->search : jx_rules_default_dirs();
    int rc = load_pack(e, pack ? pack : "national", search, seen, 0, err);
    if (rc) {
        jx_engine_free(e);
        return rc;
    }
    rawfield(L, -1, "name");
    e->pack = strdup(lua_tostring(L, -1));
    lua_pop(L, 1);
    e->dir = strdup(e->chain[0]);
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
    if (validate && (rc = jx_pack_validate(e, err))) {
        jx_engine_free(e);
        return rc;
    }
    if (validate && (e->ref_score == LUA_NOREF || e->ref_grade == LUA_NOREF)) {
        rc = jx_fail(err, JX_ERULE, NULL, 0, 0, "规则包 %s 缺少 %s 函数", e->pack,
                     e->ref_score == LUA_NOREF ? "score" : "grade");
        jx_engine_free(e);
        return rc;
    }
    lua_gc(L, LUA_GCGEN, 0, 0);
    *out = e;
    return JX_OK;
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

static char *dup_or_null(lua_State *L, int idx)
{
    const char *s = lua_isstring(L, idx) ? lua_tostring(L, idx) : NULL;
    return s ? strdup(s) : NULL;
}

/* Applies one frame() result to an indicator. */
static void frame_apply(jx_doc *doc, jx_indicator *ind, const char *l1, const char *l2,
                        const char *how, const char *note)
{
    int had_l1 = ind->level1 != NULL, had_l2 = ind->level2 != NULL;
    if (!l1)
        ind->level1 = NULL;
    else if (!ind->level1 || strcmp(ind->level1, l1))
        ind->level1 = jx_doc_strdup(doc, l1);
    if (!l2)
        ind->level2 = NULL;
    else if (!ind->level2 || strcmp(ind->level2, l2))
        ind->level2 = jx_doc_strdup(doc, l2);
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
            ind->note = jx_doc_strdup(doc, note);
            jx_doc_add_note(doc, ind->line, "realigned", note);
        }
    }
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

int jx_engine_frame(jx_engine *e, jx_doc *doc, jx_error *err)
{
    if (e->ref_frame == LUA_NOREF)
        return JX_OK;
    lua_State *L = e->L;
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
            if (m && m->key) {
                frame_apply(doc, ind, m->l1, m->l2, m->how, m->note);
                continue;
            }
            lua_rawgeti(L, LUA_REGISTRYINDEX, e->ref_frame);
            lua_pushstring(L, jx_table_kind_name(t->kind));
            push_str(L, ind->level1);
            push_str(L, ind->level2);
            push_str(L, ind->level3);
            lua_pushstring(L, unit);
            lua_pushstring(L, vk);
                        jx_error e2 = {0};
            if (call_rules(e, 6, 4, t, ind, NULL, &e2)) {
                if (!first_rc) {
                    *err = e2;
                    first_rc = e2.code;
                }
                jx_doc_notef(doc, ind->line, "rule-error", "%s", e2.msg);
                continue;
            }
            char *r1 = dup_or_null(L, -4), *r2 = dup_or_null(L, -3),
                 *rh = dup_or_null(L, -2), *rn = dup_or_null(L, -1);
            lua_pop(L, 4);
            frame_apply(doc, ind, r1, r2, rh, rn);
            if (m && e->memo_n + 1 > e->memo_cap * 3 / 4) {
                memo_clear(e);
                m = memo_slot(e, key.p, key.len, h);
            }
            if (m && (m->key = malloc(key.len))) {
                memcpy(m->key, key.p, key.len);
                m->klen = key.len;
                m->h = h;
                m->l1 = r1;
                m->l2 = r2;
                m->how = rh;
                m->note = rn;
                e->memo_n++;
            } else {
                free(r1);
                free(r2);
                free(rh);
                free(rn);
            }
        }
    }
    jx_buf_free(&key);
    return first_rc;
}

/* ---- points, score, execution, grade ---- */


int jx_engine_points(jx_engine *e, jx_table *t, jx_error *err)
{
    if (e->ref_points == LUA_NOREF)
        return JX_OK;
    lua_State *L = e->L;
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
        lua_rawgeti(L, LUA_REGISTRYINDEX, e->ref_points);
        lua_pushstring(L, jx_table_kind_name(t->kind));
        push_str(L, ind->level1);
        lua_pushinteger(L, (lua_Integer)k + 1);
        lua_pushinteger(L, (lua_Integer)n1);
        lua_pushinteger(L, (lua_Integer)n);
                int rc = call_rules(e, 5, 1, t, ind, NULL, err);
        if (rc) {
            free(computed);
            return rc;
        }
        if (lua_isnumber(L, -1))
            ind->points = lua_tonumber(L, -1);
        lua_pop(L, 1);
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

int jx_engine_score(jx_engine *e, const jx_table *t, const jx_indicator *ind,
                    const jx_value *actual, double points, double given,
                    jx_score *out, jx_error *err)
{
    lua_State *L = e->L;
    out->points = points;
    out->score = NAN;
    out->rule = "";
    out->explain[0] = '\0';
    out->finding = 0;
    const jx_value *tg = &ind->target;
    double num = NAN;
    char why[200];
    int r = reconcile(tg, actual, &num, why, sizeof why);
    if (r < 0) {
        out->finding = 1;
        snprintf(out->explain, sizeof out->explain, "%s", why);
        return JX_OK;
    }
    lua_rawgeti(L, LUA_REGISTRYINDEX, e->ref_score);
    lua_pushstring(L, jx_table_kind_name(t->kind));
    push_str(L, ind->level1);
    push_str(L, ind->level2);
    push_str(L, ind->level3);
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
    if (r == 0)
        lua_pushnumber(L, num);
    else
        lua_pushnil(L);
    lua_pushlstring(L, actual->raw ? actual->raw : "", actual->raw_len);
    lua_pushnumber(L, points);
    if (isnan(given))
        lua_pushnil(L);
    else
        lua_pushnumber(L, given);
    lua_pushboolean(L, !e->no_explain);
    int rc = call_rules(e, 15, 3, t, ind, NULL, err);
    if (rc) {
        out->finding = 1;
        snprintf(out->explain, sizeof out->explain, "规则出错");
        return rc;
    }
    take_result(e, out);
    out->rule = intern(e, out->rule);
    lua_pop(L, 3);
    return JX_OK;
}

int jx_engine_score_execution(jx_engine *e, const jx_table *t, jx_score *out,
                              jx_error *err)
{
    lua_State *L = e->L;
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
    lua_rawgeti(L, LUA_REGISTRYINDEX, e->ref_exec);
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
    char what[300];
    snprintf(what, sizeof what, "%s%s%s 预算执行率", t->code ? t->code : "",
             t->code ? " " : "", t->name ? t->name : "");
    int rc = jx_rules_call(e, 4, 3, what, err);
    if (rc)
        return rc;
    if (isnan(out->points)) {
        jx_rules_push(e, "execution.points");
        out->points = lua_isnumber(L, -1) ? lua_tonumber(L, -1) : NAN;
        lua_pop(L, 1);
    }
    take_result(e, out);
    out->rule = intern(e, out->rule);
    lua_pop(L, 3);
    return JX_OK;
}

const char *jx_engine_grade(jx_engine *e, double total, jx_error *err)
{
    lua_State *L = e->L;
    lua_rawgeti(L, LUA_REGISTRYINDEX, e->ref_grade);
    lua_pushnumber(L, total);
    if (jx_rules_call(e, 1, 1, "等级", err))
        return NULL;
    const char *g = lua_tostring(L, -1);
    const char *r = intern(e, g ? g : "");
    lua_pop(L, 1);
    return r;
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
    lua_rawgeti(L, LUA_REGISTRYINDEX, e->ref_checks);
    size_t n = lua_istable(L, -1) ? (size_t)lua_rawlen(L, -1) : 0;
    lua_pop(L, 1);
    return n;
}

int jx_engine_check_info(jx_engine *e, size_t i, const char **code,
                         const char **severity, const char **description)
{
    lua_State *L = e->L;
    lua_rawgeti(L, LUA_REGISTRYINDEX, e->ref_checks);
    if (!lua_istable(L, -1) || lua_rawgeti(L, -1, (lua_Integer)i + 1) != LUA_TTABLE) {
        lua_pop(L, 2);
        return 0;
    }
    /* strings stay alive: they are referenced from the pack table */
    rawfield(L, -1, "code");
    *code = lua_tostring(L, -1);
    rawfield(L, -2, "severity");
    *severity = lua_tostring(L, -1);
    rawfield(L, -3, "description");
    *description = lua_tostring(L, -1);
    lua_pop(L, 5);
    if (!*code)
        *code = "?";
    if (!*severity)
        *severity = "warning";
    if (!*description)
        *description = "";
    return 1;
}

int jx_engine_check(jx_engine *e, jx_doc *doc, jx_finding_cb cb, void *ud,
                    jx_error *err)
{
    (void)err;
    lua_State *L = e->L;
    size_t n = jx_engine_ncheck(e);
    if (!n)
        return JX_OK;
    check_ctx c = {e, doc, cb, ud, NULL, JX_SEV_INFO, 0};
    push_doc(L, doc);
    int doc_idx = lua_gettop(L);
    check_ctx **box = lua_newuserdatauv(L, sizeof *box, 0);
    *box = &c;
    lua_pushcclosure(L, l_report, 1);
    int rep_idx = lua_gettop(L);
    for (size_t i = 0; i < n && !c.stop; i++) {
        const char *code, *sev, *desc;
        if (!jx_engine_check_info(e, i, &code, &sev, &desc))
            continue;
        if (sev_of(sev, &c.sev))
            continue; /* silenced */
        c.code = code;
        lua_rawgeti(L, LUA_REGISTRYINDEX, e->ref_checks);
        lua_rawgeti(L, -1, (lua_Integer)i + 1);
        rawfield(L, -1, "run");
        lua_remove(L, -2);
        lua_remove(L, -2);
        if (!lua_isfunction(L, -1)) {
            lua_pop(L, 1);
            continue;
        }
        lua_pushvalue(L, doc_idx);
        lua_pushvalue(L, rep_idx);
        char what[128];
        snprintf(what, sizeof what, "检查 %s", code);
        jx_error e2 = {0};
        if (jx_rules_call(e, 2, 0, what, &e2)) {
            jx_finding f = {JX_SEV_ERROR, "rule-error", e2.msg, doc->source, 0, NULL,
                            NULL};
            if (cb(&f, ud))
                c.stop = 1;
        }
    }
    *box = NULL; /* a report() kept by rule code is now inert */
    lua_settop(L, doc_idx - 1);
    return JX_OK;
}
