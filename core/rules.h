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

#endif
