/*
 * engine.c - a jx_engine's life: open (a sandboxed state, then the pack
 * loaded into it), free, and what it tells about its pack.
 */
#include "engine_int.h"

#include <lauxlib.h>
#include <math.h>
#include <stdlib.h>

static int open_engine(const char *pack, const jx_engine_opts *opts, int validate,
                       jx_engine **out, jx_error *err)
{
    *out = NULL;
    jx_engine *e = calloc(1, sizeof *e);
    if (!e)
        return jx_fail(err, JX_ENOMEM, NULL, 0, 0, "内存不足");
    e->ilimit = opts && opts->instruction_limit ? opts->instruction_limit : DEFAULT_ILIMIT;
    e->mlimit = opts && opts->memory_limit ? opts->memory_limit : DEFAULT_MLIMIT;
    e->ref_pack = e->ref_frame = e->ref_points = e->ref_group = e->ref_score = LUA_NOREF;
    e->ref_exec = e->ref_grade = e->ref_checks = e->ref_loaded = LUA_NOREF;
    e->ref_names = LUA_NOREF;
    e->round = 2;
    lua_State *L = jx_eng_state_new(e);
    if (!L) {
        free(e);
        return jx_fail(err, JX_ENOMEM, NULL, 0, 0, "无法创建 Lua 状态");
    }
    e->L = L;
    jx_eng_watch_add(e);
    open_ctx o = {e, pack ? pack : "national",
                  opts && opts->search ? opts->search : jx_rules_default_dirs(), err,
                  validate};
    int rc;
    int st = jx_eng_protected(e, jx_eng_open_body, &o, 0, &rc);
    if (st != LUA_OK)
        rc = jx_eng_rule_error(e, err, "加载规则包", st);
    if (rc) {
        jx_engine_free(e);
        return rc;
    }
    lua_settop(L, 0);
    lua_gc(L, LUA_GCGEN, 0, 0);
    *out = e;
    return JX_OK;
}

const struct jx_columns *jx_engine_columns(const jx_engine *e) { return e ? e->columns : NULL; }

jx_status jx_engine_open(const char *pack, const jx_engine_opts *opts, jx_engine **out,
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
    if (e->L) {
        jx_eng_watch_remove(e);
        lua_close(e->L);
    }
    jx_columns_free(e->columns);
    for (int i = 0; i < e->nchain; i++)
        free(e->chain[i]);
    for (int i = 0; i < e->ngrades; i++)
        free(e->grades[i]);
    free(e->grades);
    free(e->gkey);
    if (e->memo) {
        jx_eng_memo_clear(e);
        free(e->memo);
    }
    jx_eng_pmemo_free(e);
    for (size_t i = 0; i < e->ninfo * 3; i++)
        free(e->info[i]);
    free(e->info);
    free(e->pack);
    free(e->dir);
    free(e);
}

const char *jx_engine_pack(const jx_engine *e) { return e->pack; }
const char *jx_engine_pack_dir(const jx_engine *e) { return e->dir; }

