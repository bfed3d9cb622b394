/*
 * engine_int.h - internal to core/engine/: the jx_engine struct and the
 * calls the engine's files share.  Not installed, not for other modules
 * (they use rules.h).
 *
 *   sandbox.c  the Lua state: allocator, hook, sandbox functions, host
 *              chunk, protected calls, errors, calling a rule function
 *   pack.c     finding and loading a pack (search dirs, extends, files)
 *   engine.c   open/free
 *   frame.c    jx_engine_frame and its memo
 *   score.c    points, score, execution, grade
 *   check.c    the pack's checks
 *   watch.c    the instruction budget: a watchdog arms the count hook
 *              only in a call that overran a 10 ms tick
 */
#ifndef JX_ENGINE_INT_H
#define JX_ENGINE_INT_H

#include <lauxlib.h>
#include <lua.h>
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <string.h>

#include "doc_int.h"
#include "rules.h"
#include "vocab.h"
#include "util.h"

#define DEFAULT_ILIMIT 10000000L
#define DEFAULT_MLIMIT ((size_t)64 << 20)
#define HOOK_EVERY 1000
#define MAX_CHAIN 8
/* distinct rule and grade names a pack may return over an engine's life:
 * more is a pack writing numbers or text into its names, refused with a
 * message (the names are kept in C memory, outside the pack's cap) */
#define JX_MAX_NAMES 4096
#define JX_MAX_NAME_BYTES ((size_t)1 << 20)

struct jx_engine {
    lua_State *L;
    size_t mused, mlimit;
    long ilimit, icount;
    volatile sig_atomic_t limited; /* a rule call runs under the limits */
    volatile sig_atomic_t armed;   /* the count hook is set (watch.c) */
    /* watch.c: odd while a limited call runs; the watchdog's last look
     * and the call it kicked; the thread of the call */
    _Atomic unsigned long call_seq;
    unsigned long seen_seq;
    _Atomic unsigned long kick_seq; /* written by the watchdog, read by the signal handler */
    pthread_t thread;
    struct jx_engine *wnext;
    int mem_hit;
    char *pack, *dir;
    const char *loading; /* the pack being loaded, for messages */
    char *chain[MAX_CHAIN]; /* pack folders: self, parent, grandparent… */
    int nchain;
    int req_from; /* require searches chain[req_from..]: the loading pack's own folder first */
    int ref_pack, ref_frame, ref_points, ref_group, ref_score, ref_exec, ref_grade;
    int ref_checks, ref_loaded;
    struct jx_columns *columns; /* the pack's header vocabulary (columns) */
    int round;
    double round_mul; /* 10^round */
    int no_explain;   /* jx_engine_set_explain(e, 0) */
    char explain[JX_EXPLAIN_MAX]; /* the last jx_score.explain */
    char **info;  /* jx_engine_check_info: code, severity, description per check */
    size_t ninfo; /* checks with room in info */
    char **grades;      /* interned rule and grade names (JX_MAX_NAMES) */
    const void **gkey;  /* the Lua string each was last read from, kept
                         * alive in ref_names: a name is found by address */
    int ngrades, cgrades;
    size_t grade_bytes; /* their lengths, summed (JX_MAX_NAME_BYTES) */
    int ref_names;    /* registry: array of those Lua strings */
    /* table kinds, value kinds and operators as Lua strings made once
     * (registry refs; 0 until made): no string is built per call */
#define NAME_SLOTS 8
    int ref_kind[NAME_SLOTS], ref_vkind[NAME_SLOTS], ref_op[NAME_SLOTS];
    int depth;          /* > 0: inside a protected host call (run_protected) */
    int broken;         /* Lua panicked: the state is not used again */
    jmp_buf *panic_jb;  /* where l_panic jumps back to */
    /* frame() is a pure function of its arguments (docs/rules.md): its
     * results are memoized, since the same indicator names recur across
     * tables and documents */
    struct memo *memo;
    size_t memo_cap, memo_n;
    /* score.c: the pack's table entry (score_table, docs/rules.md 3.2):
     * tab_state 0 not looked up yet, 1 in use, -1 none (one indicator at
     * a time); ref_tab anchors it with its arrays and tab (a userdata) */
    int tab_state, ref_tab;
    struct score_tab *tab;
    /* score.c: the pack's 分值 entry (points_table, docs/rules.md 3.2):
     * pts_state as tab_state; ref_pts anchors groups, run and the arrays
     * reused from table to table */
    int pts_state, ref_pts;
    /* score.c: the groups and 分值 the pack gave, by their arguments
     * (points and points_group are pure functions, docs/rules.md 3.2) */
    struct pts_memo *pmemo;
};


/* A hash of n bytes at k, for the memo keys of frame and score_table. */
uint64_t jx_eng_hash(const char *k, size_t n);

typedef struct memo {
    char *key; /* NULL: empty slot */
    size_t klen;
    uint64_t h;
    char *l1, *l2, *how, *note; /* results; NULL for nil */
} memo;

static inline jx_engine *engine_of(lua_State *L)
{
    return *(jx_engine **)lua_getextraspace(L);
}

static inline void push_str(lua_State *L, const char *s)
{
    if (s)
        lua_pushstring(L, s);
    else
        lua_pushnil(L);
}

/* ---- sandbox.c ---- */

/* A new state for e: the capped allocator, the panic guard, the hook. */
lua_State *jx_eng_state_new(jx_engine *e);
/* The sandbox: libraries, guarded functions, the host chunk.  Inside
 * jx_eng_protected only. */
int jx_eng_setup_state(lua_State *L);
/* Pushes the host chunk's table (copy, env, jx, RO). */
int jx_eng_push_host(lua_State *L);

/* Every use of the state goes through jx_eng_protected: the host's own
 * work (building argument tables, reading results, set-up, loading) runs
 * in a C function under lua_pcall, so a Lua error or an out-of-memory
 * there comes back as a status instead of a panic. */
typedef int (*host_body)(lua_State *L, void *ud);
#define ST_UNUSABLE (-1) /* jx_eng_protected: the state is broken or its stack cannot grow */
/* Runs body(L, ud) protected and sets *rc to what it returned.  Returns
 * the Lua status: LUA_OK with nres results on the stack; another status
 * with the error message on top; ST_UNUSABLE with nothing pushed. */
int jx_eng_protected(jx_engine *e, host_body body, void *ud, int nres, int *rc);

/* A failed protected call or pcall into err, popping the message:
 * JX_ERULE, or `code` when out of memory. */
int jx_eng_fail_status(jx_engine *e, jx_error *err, const char *what, int st, int code);
int jx_eng_rule_error(jx_engine *e, jx_error *err, const char *what, int st);
/* 1 when the memory the pack keeps leaves no reserve for the next call. */
int jx_eng_kept_over(jx_engine *e);

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
/* The one way the host calls a rule function.  On failure the message
 * names `what`, or, when what is NULL, the indicator. */
int jx_eng_call(jx_engine *e, rcall *c, const jx_table *t, const jx_indicator *ind,
                const char *what, jx_error *err);
/* A pcall of a function already pushed with its arguments, under the
 * limits; only from inside jx_eng_protected. */
int jx_eng_call_pushed(jx_engine *e, int nargs, int nres, const char *what, jx_error *err);
/* Pushes the pack value at a dotted path (raw lookups); 0 when absent. */
int jx_eng_push_path(lua_State *L, jx_engine *e, const char *path);
/* t[k] without metamethods; returns its type. */
int jx_eng_rawfield(lua_State *L, int idx, const char *k);

/* ---- watch.c ---- */

/* Registers e with the watchdog (at open) and takes it off (at free). */
void jx_eng_watch_add(jx_engine *e);
void jx_eng_watch_remove(jx_engine *e);
/* Around every call of rule code: resets the budget, sets `limited`,
 * lets the watchdog see the call; the end removes an armed hook. */
void jx_eng_limit_begin(jx_engine *e);
void jx_eng_limit_end(jx_engine *e);

/* ---- pack.c ---- */

typedef struct open_ctx {
    jx_engine *e;
    const char *pack;
    const char *const *search;
    jx_error *err;
    int validate; /* run the pack schema check (jx_pack_validate) */
} open_ctx;
/* Sets up the sandbox, loads the pack, looks up its functions; a
 * host_body for jx_eng_protected (ud: open_ctx). */
int jx_eng_open_body(lua_State *L, void *ud);

/* ---- frame.c ---- */

void jx_eng_memo_clear(jx_engine *e);
void jx_eng_pmemo_free(jx_engine *e);

#endif
