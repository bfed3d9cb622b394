/*
 * rules.h - internal: the Lua host behind jx_engine, for the modules that
 * evaluate rules (engine framing, score.c, check.c).  Not installed.
 *
 * Contract: every use of the lua_State happens inside a protected call
 * (core/engine/'s jx_eng_protected; jx_rules_protect for other modules), so no
 * Lua error or out-of-memory can reach Lua's panic handler; l_panic is a
 * last guard that marks the engine unusable instead of aborting.
 *
 * A pack's functions are looked up once at load and kept as
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

/* Pushes the pack value at dotted path "score.positive" (raw lookups in
 * the resolved pack table); pushes nil and returns 0 when absent.  Safe
 * outside jx_rules_protect (it protects itself); the value pushed may be
 * a number, and lua_tostring on a number allocates: check lua_type. */
int jx_rules_push(jx_engine *e, const char *path);

/* lua_pcall with limits, of a function pushed with its arguments.  Only
 * inside jx_rules_protect.  On failure pops the error, fills err
 * (JX_ERULE) and returns it; the stack is left as before the function
 * was pushed. */
int jx_rules_call(jx_engine *e, int nargs, int nres, const char *what,
                  jx_error *err);

/* Runs fn(L, ud) inside a protected call: the only way code outside
 * core/engine/ may use the state (jx_rules_state).  Returns what fn returned,
 * or, when Lua raised an error (out of memory while reading the pack),
 * JX_ERULE/JX_ELIMIT in err naming `what`; the stack is restored.  Read
 * pack tables raw (lua_rawget, lua_rawgeti): an __index there is rule
 * code and must not run outside the limits. */
int jx_rules_protect(jx_engine *e, int (*fn)(lua_State *L, void *ud), void *ud,
                     const char *what, jx_error *err);

/* ---- engine/score.c: a table scored in one call ---- */

/* One row for jx_engine_score_rows: what jx_engine_score_change takes. */
typedef struct jx_score_row {
    const jx_indicator *ind;
    const jx_value *actual;
    double current, previous; /* 本年数, 上年数; NaN when absent */
    double points, given;     /* given: NaN when none */
} jx_score_row;

/* Scores the n rows of table t through one call of the pack's table
 * entry (score_table, docs/rules.md 3.2): out[i] is then exactly what
 * jx_engine_score_change gives for rows[i], and each explain lives until
 * the next jx_engine_score* call on e.  JX_ENOTFOUND when the pack has no
 * table entry or declined it (a pack that replaces score): score the rows
 * one at a time.  Any other error (a rule that fails, a limit) leaves
 * out[] undefined: the caller scores the rows one at a time, which
 * reports the error against its indicator, with the budget per call. */
jx_status jx_engine_score_rows(jx_engine *e, const jx_table *t, const jx_score_row *rows,
                               size_t n, jx_score *out, jx_error *err);

/* ---- packcheck.c: the pack schema ---- */

/* One finding: the author's file ("myprov/pack.lua"), line (0: none)
 * and a Chinese message.  Return nonzero to stop. */
typedef int (*jx_pack_finding_cb)(const char *file, int line, const char *msg,
                                  void *ud);

/* Checks the loaded pack against the schema; returns the number of
 * findings, or a negated jx_status (err filled) when the check itself
 * could not run.  Protects itself (safe inside or outside
 * jx_rules_protect); cb runs inside the protected call and must not use
 * the state. */
int jx_pack_check(jx_engine *e, jx_pack_finding_cb cb, void *ud, jx_error *err);

/* jx_engine_open without the schema check (`rules lint` runs it itself). */
int jx_engine_open_unchecked(const char *pack, const jx_engine_opts *opts,
                             jx_engine **out, jx_error *err);

/* At load: JX_OK, or JX_ERULE with the first finding in err. */
int jx_pack_validate(jx_engine *e, jx_error *err);

/* Pushes the loader helper `name` (absorb, autobind, merge, check) of
 * core/packcheck.lua, loading it once; 0 if absent.  Only inside
 * jx_rules_protect. */
int jx_pack_helper(lua_State *L, const char *name);

/* `extends = "NAME"` in a pack file: 1 and NAME in out when found. */
int jx_pack_scan_extends(const char *path, char *out, size_t n);

/* The installed packs' names, joined by "、". */
void jx_pack_list_installed(const char *const *search, char *buf, size_t n);

#endif
