/*
 * pack.c - finding and loading a rule pack: the search dirs, the chain of
 * packs it extends, the files of each pack folder run in the sandbox
 * (data.lua, framework.lua, checks.lua, pack.lua) and merged by the host,
 * require within the pack chain, binding, and the pack schema check
 * (packcheck.c), all inside the protected call that opens the engine and
 * under the limits.
 */
#include "engine_int.h"

#include <lauxlib.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

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
        jx_eng_push_host(L);
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
        return jx_eng_rule_error(e, err, what, st);
    jx_eng_push_host(L);
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

/* The pack's header vocabulary (columns: name -> role) for the reader;
 * none when the pack has no columns table.  Pack on top.  Names with an
 * unknown role were reported by the schema check and are left out. */
static int take_columns(jx_engine *e, jx_error *err)
{
    lua_State *L = e->L;
    jx_eng_rawfield(L, -1, "columns");
    if (!lua_istable(L, -1)) {
        lua_pop(L, 1);
        return JX_OK;
    }
    if (!(e->columns = jx_columns_new())) {
        lua_pop(L, 1);
        return jx_fail(err, JX_ENOMEM, NULL, 0, 0, "内存不足");
    }
    lua_pushnil(L);
    while (lua_next(L, -2)) {
        if (lua_type(L, -2) == LUA_TSTRING && lua_type(L, -1) == LUA_TSTRING &&
            jx_columns_add(e->columns, lua_tostring(L, -2), lua_tostring(L, -1)) < 0) {
            lua_pop(L, 3);
            return jx_fail(err, JX_ENOMEM, NULL, 0, 0, "内存不足");
        }
        lua_pop(L, 1);
    }
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
        jx_eng_rawfield(L, -1, "score");
        jx_eng_rawfield(L, -2, "grade");
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
    jx_eng_rawfield(L, -1, "name");
    int is_str = lua_isstring(L, -1);
    lua_pop(L, 1);
    if (!is_str)
        return jx_fail(err, JX_ERULE, NULL, 0, 0, "%s/pack.lua 缺少 name", dir);
    jx_eng_rawfield(L, -1, "extends");
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
 * jx_eng_protected (jx_engine_open); on failure the stack is as on entry. */
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
        jx_eng_push_host(L);
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
    jx_eng_rawfield(L, -1, name);
    if (!lua_isfunction(L, -1)) {
        lua_pop(L, 1);
        return LUA_NOREF;
    }
    return luaL_ref(L, LUA_REGISTRYINDEX);
}

/* Only the libraries rules may see, the guarded string functions, the
 * host chunk (which captures the real functions it uses), and then the
 * sandbox's own versions of a few globals. */
static char *dup_field(lua_State *L, const char *k)
{
    jx_eng_rawfield(L, -1, k);
    const char *s = lua_isstring(L, -1) ? lua_tostring(L, -1) : "";
    char *d = strdup(s);
    lua_pop(L, 1);
    return d;
}

int jx_eng_open_body(lua_State *L, void *ud)
{
    open_ctx *o = ud;
    jx_engine *e = o->e;
    jx_eng_setup_state(L);
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
    jx_eng_rawfield(L, -1, "round");
    if (lua_isinteger(L, -1))
        e->round = (int)lua_tointeger(L, -1);
    lua_pop(L, 1);
    if (e->round < 0 || e->round > 6)
        e->round = 2;
    e->round_mul = pow(10, e->round);
    e->ref_frame = fn_ref(L, "frame");
    e->ref_points = fn_ref(L, "points");
    e->ref_group = fn_ref(L, "points_group");
    e->ref_score = fn_ref(L, "score");
    e->ref_exec = fn_ref(L, "execution_score");
    e->ref_grade = fn_ref(L, "grade");
    jx_eng_rawfield(L, -1, "checks");
    e->ref_checks = luaL_ref(L, LUA_REGISTRYINDEX);
    if ((rc = take_columns(e, o->err)))
        return rc;
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

