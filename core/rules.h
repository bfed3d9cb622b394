/*
 * rules.h - internal: the Lua host behind jx_engine, for the modules that
 * evaluate rules (engine framing, score.c, check.c).  Not installed.
 *
 * Contract: a pack's functions are looked up once at load and kept as
 * registry references; callers push arguments positionally (no table per
 * call where scalars do) and call through jx_rules_call(), which applies
 * the instruction budget and memory cap and turns any Lua error into a
 * jx_error naming the pack file and line, the rule, and `what` (the
 * indicator being evaluated).
 */
#ifndef JX_RULES_H
#define JX_RULES_H

#include <lua.h>

#include "jixiao/jixiao.h"

lua_State *jx_rules_state(jx_engine *e);

/* Pushes the pack value at dotted path "score.positive" (looked up in the
 * resolved pack table, cached); pushes nil and returns 0 when absent. */
int jx_rules_push(jx_engine *e, const char *path);

/* lua_pcall with limits.  On failure pops the error, fills err (JX_ERULE)
 * and returns it; the stack is left as before the function was pushed. */
int jx_rules_call(jx_engine *e, int nargs, int nres, const char *what,
                  jx_error *err);

/* ---- packcheck.c: the pack schema ---- */

/* One finding: the author's file ("myprov/pack.lua"), line (0: none)
 * and a Chinese message.  Return nonzero to stop. */
typedef int (*jx_pack_finding_cb)(const char *file, int line, const char *msg,
                                  void *ud);

/* Checks the loaded pack against the schema; returns the number of
 * findings, or a negated jx_status (err filled) when the check itself
 * could not run. */
int jx_pack_check(jx_engine *e, jx_pack_finding_cb cb, void *ud, jx_error *err);

/* jx_engine_open without the schema check (`rules lint` runs it itself). */
int jx_engine_open_unchecked(const char *pack, const jx_engine_opts *opts,
                             jx_engine **out, jx_error *err);

/* At load: JX_OK, or JX_ERULE with the first finding in err. */
int jx_pack_validate(jx_engine *e, jx_error *err);

/* Pushes the loader helper `name` (absorb, autobind, merge); 0 if absent. */
int jx_pack_helper(lua_State *L, const char *name);

/* `extends = "NAME"` in a pack file: 1 and NAME in out when found. */
int jx_pack_scan_extends(const char *path, char *out, size_t n);

/* The installed packs' names, joined by "、". */
void jx_pack_list_installed(const char *const *search, char *buf, size_t n);

#endif
