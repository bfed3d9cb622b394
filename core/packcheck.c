/*
 * packcheck.c - checks a loaded rule pack against the pack schema
 * (core/packcheck.lua, compiled in): unknown keys with the nearest known
 * name, weights that do not sum to 100, grades without min or not
 * descending, unknown formula names, aliases used as weight keys, a
 * folder named differently from the pack.  Each finding names the
 * author's own file and line ("myprov/pack.lua:12").  Used when a pack
 * loads (the first finding fails the load) and by `jixiao rules lint`.
 */
#include <dirent.h>
#include <lauxlib.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "packcheck_lua.h"
#include "rules.h"
#include "util.h"

#define MAX_FILES 64

static int cmp_name(const void *a, const void *b)
{
    const char *x = *(char *const *)a, *y = *(char *const *)b;
    /* the data file first, then pack.lua, then the rest by name */
    static const char *const first[] = {"data.lua", "pack.lua"};
    for (size_t i = 0; i < JX_ARRAY_LEN(first); i++) {
        int fx = !strcmp(x, first[i]), fy = !strcmp(y, first[i]);
        if (fx != fy)
            return fy - fx;
    }
    return strcmp(x, y);
}

/* The .lua files of a pack folder, read before any Lua runs: the
 * protected call that pushes them may unwind at any allocation, and
 * nothing malloc'd may be in flight then. */
typedef struct pack_files {
    const char *folder;
    size_t n;
    char *name[MAX_FILES];
    char *text[MAX_FILES];
    size_t len[MAX_FILES];
} pack_files;

static void read_files(pack_files *pf, const char *dir)
{
    const char *folder = strrchr(dir, '/');
    pf->folder = folder ? folder + 1 : dir;
    pf->n = 0;
    size_t n = 0;
    DIR *d = opendir(dir);
    struct dirent *de;
    while (d && n < MAX_FILES && (de = readdir(d))) {
        size_t k = strlen(de->d_name);
        if (k > 4 && !strcmp(de->d_name + k - 4, ".lua") && de->d_name[0] != '.')
            if ((pf->name[n] = strdup(de->d_name)))
                n++;
    }
    if (d)
        closedir(d);
    qsort(pf->name, n, sizeof *pf->name, cmp_name);
    for (size_t i = 0; i < n; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, pf->name[i]);
        jx_error e = {0};
        pf->text[i] = NULL;
        if (jx_read_file(path, &pf->text[i], &pf->len[i], &e) != JX_OK)
            pf->text[i] = NULL;
    }
    pf->n = n;
}

static void free_files(pack_files *pf)
{
    for (size_t i = 0; i < pf->n; i++) {
        free(pf->name[i]);
        free(pf->text[i]);
    }
    pf->n = 0;
}

/* info.files = { {path="folder/file.lua", text=...}, ... } for the .lua
 * files in dir; info.folder = the folder's name. */
static void push_info(lua_State *L, const pack_files *pf)
{
    luaL_checkstack(L, 4, "packcheck");
    lua_createtable(L, 0, 2);
    lua_pushstring(L, pf->folder);
    lua_setfield(L, -2, "folder");
    lua_createtable(L, (int)pf->n, 0);
    for (size_t i = 0; i < pf->n; i++) {
        if (!pf->text[i])
            continue;
        lua_createtable(L, 0, 2);
        lua_pushfstring(L, "%s/%s", pf->folder, pf->name[i]);
        lua_setfield(L, -2, "path");
        lua_pushlstring(L, pf->text[i], pf->len[i]);
        lua_setfield(L, -2, "text");
        lua_rawseti(L, -2, (lua_Integer)lua_rawlen(L, -2) + 1);
    }
    lua_setfield(L, -2, "files");
}

int jx_pack_helper(lua_State *L, const char *name)
{
    if (lua_getfield(L, LUA_REGISTRYINDEX, "jixiao.packcheck") != LUA_TTABLE) {
        lua_pop(L, 1);
        if (luaL_loadbufferx(L, (const char *)packcheck_lua, sizeof packcheck_lua - 1,
                             "=packcheck", "t") != LUA_OK ||
            lua_pcall(L, 0, 1, 0) != LUA_OK || !lua_istable(L, -1)) {
            lua_pop(L, 1);
            lua_pushnil(L);
            return 0;
        }
        lua_pushvalue(L, -1);
        lua_setfield(L, LUA_REGISTRYINDEX, "jixiao.packcheck");
    }
    lua_getfield(L, -1, name);
    lua_remove(L, -2);
    return lua_isfunction(L, -1);
}

typedef struct check_ctx {
    jx_engine *e;
    const pack_files *pf;
    jx_pack_finding_cb cb;
    void *ud;
    jx_error *err;
    int n;
} check_ctx;

/* A string field of a finding, read raw; NULL when not a string. */
static const char *finding_str(lua_State *L, int idx, const char *k)
{
    idx = lua_absindex(L, idx);
    lua_pushstring(L, k);
    const char *s = lua_rawget(L, idx) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
    lua_pop(L, 1); /* the string stays alive in the finding table */
    return s;
}

/* Inside jx_rules_protect: packcheck.lua's check(pack, info), then each
 * finding to the callback. */
static int check_body(lua_State *L, void *ud)
{
    check_ctx *c = ud;
    if (!jx_pack_helper(L, "check"))
        return jx_fail(c->err, JX_ERULE, NULL, 0, 0, "packcheck 无法加载");
    jx_rules_push(c->e, "");
    push_info(L, c->pf);
    if (jx_rules_call(c->e, 2, 1, "规则包检查", c->err))
        return JX_ERULE;
    lua_Integer len = lua_istable(L, -1) ? (lua_Integer)lua_rawlen(L, -1) : 0;
    for (lua_Integer i = 1; i <= len; i++) {
        if (lua_rawgeti(L, -1, i) != LUA_TTABLE) {
            lua_pop(L, 1);
            continue;
        }
        const char *file = finding_str(L, -1, "file"), *msg = finding_str(L, -1, "msg");
        lua_pushliteral(L, "line");
        lua_rawget(L, -2);
        int line = lua_isinteger(L, -1) ? (int)lua_tointeger(L, -1) : 0;
        lua_pop(L, 1);
        c->n++;
        int stop = c->cb && c->cb(file ? file : "", line, msg ? msg : "", c->ud);
        lua_pop(L, 1);
        if (stop)
            break;
    }
    return JX_OK;
}

int jx_pack_check(jx_engine *e, jx_pack_finding_cb cb, void *ud, jx_error *err)
{
    pack_files pf;
    read_files(&pf, jx_engine_pack_dir(e));
    check_ctx c = {e, &pf, cb, ud, err, 0};
    int rc = jx_rules_protect(e, check_body, &c, "规则包检查", err);
    free_files(&pf);
    return rc ? -rc : c.n;
}

typedef struct first_finding {
    jx_error *err;
    int n;
} first_finding;

static int keep_first(const char *file, int line, const char *msg, void *ud)
{
    first_finding *f = ud;
    if (!f->n++)
        jx_fail(f->err, JX_ERULE, file, line, 0, "%s", msg);
    return 0;
}

int jx_pack_validate(jx_engine *e, jx_error *err)
{
    first_finding f = {err, 0};
    int n = jx_pack_check(e, keep_first, &f, err);
    if (n < 0)
        return -n;
    if (!n)
        return JX_OK;
    if (n > 1) {
        size_t k = strlen(err->msg);
        snprintf(err->msg + k, sizeof err->msg - k,
                 "（规则包 %s 共 %d 处问题，`jixiao rules lint %s` 列出全部）",
                 jx_engine_pack(e), n, jx_engine_pack(e));
    }
    return JX_ERULE;
}

/* `extends = "national"` in a pack file (not in a comment line): the
 * parent named once, in the data.  1 when found. */
int jx_pack_scan_extends(const char *path, char *out, size_t n)
{
    char *text = NULL;
    size_t len = 0;
    jx_error e = {0};
    if (jx_read_file(path, &text, &len, &e) != JX_OK)
        return 0;
    int found = 0;
    for (char *line = text; line && *line && !found;) {
        char *nl = strchr(line, '\n');
        if (nl)
            *nl = '\0';
        const char *s = line + strspn(line, " \t");
        const char *k = strncmp(s, "--", 2) ? strstr(s, "extends") : NULL;
        if (k && (k == s || !((k[-1] >= 'a' && k[-1] <= 'z') || k[-1] == '_'))) {
            k += 7;
            k += strspn(k, " \t");
            if (*k == '=' && k[1] != '=') {
                k++;
                k += strspn(k, " \t");
                char q = *k;
                const char *end = (q == '"' || q == '\'') ? strchr(k + 1, q) : NULL;
                if (end && (size_t)(end - k - 1) < n && end > k + 1) {
                    memcpy(out, k + 1, (size_t)(end - k - 1));
                    out[end - k - 1] = '\0';
                    found = 1;
                }
            }
        }
        line = nl ? nl + 1 : NULL;
    }
    free(text);
    return found;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* "jiangxi-2017、national、…": the packs found in the search dirs,
 * sorted, each once. */
void jx_pack_list_installed(const char *const *search, char *buf, size_t n)
{
    char *names[256];
    size_t k = 0, used = 0;
    buf[0] = '\0';
    for (; search && *search; search++) {
        DIR *d = opendir(*search);
        struct dirent *de;
        while (d && k < 256 && (de = readdir(d))) {
            char p1[4096], p2[4096];
            if (de->d_name[0] == '.')
                continue;
            snprintf(p1, sizeof p1, "%s/%s/pack.lua", *search, de->d_name);
            snprintf(p2, sizeof p2, "%s/%s/data.lua", *search, de->d_name);
            if ((!access(p1, R_OK) || !access(p2, R_OK)) && (names[k] = strdup(de->d_name)))
                k++;
        }
        if (d)
            closedir(d);
    }
    qsort(names, k, sizeof *names, cmp_str);
    int full = 0;
    for (size_t i = 0; i < k; i++) {
        if (!full && !(i && !strcmp(names[i], names[i - 1]))) {
            int w = snprintf(buf + used, n - used, "%s%s", used ? "、" : "", names[i]);
            if (w < 0 || (size_t)w + 8 >= n - used) {
                snprintf(buf + used, n - used, "…");
                full = 1;
            } else {
                used += (size_t)w;
            }
        }
    }
    for (size_t i = 0; i < k; i++)
        free(names[i]);
}
