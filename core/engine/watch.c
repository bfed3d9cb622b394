/*
 * watch.c - the instruction budget without a hook on every instruction.
 *
 * Lua 5.4 runs luaG_traceexec before every instruction as soon as any
 * count hook is set, whatever its count: the budget used to cost about a
 * seventh of every rule call.  Rule calls now run with no hook.  A
 * watchdog thread looks at the engines every 10 ms; a limited call it
 * sees running at two ticks in a row (it overran a tick) gets
 * a signal on its own thread, and the handler arms the count hook there,
 * the way lua.c arms its hook on Ctrl-C (lua_sethook is safe in a signal
 * handler, and Lua 5.4 looks at the trap on every backward jump and
 * call).  From then on the call is counted in HOOK_EVERY steps against
 * the budget as before; the hook is removed when the call ends.  A rule
 * that finishes within a tick never pays for the budget.
 *
 * The budget is therefore counted from the first tick of a call:
 * a pack gets at most that much more than instruction_limit, and loops,
 * recursion, pcall-swallowing and pattern bombs still stop (the tests in
 * tests/test_engine.c `limits`).  The signal is SIGURG (ignored by
 * default); a handler the program had is chained.  A thread that blocks
 * SIGURG gets the hook on every call, from its start, as before.
 */
#include "engine_int.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <time.h>

#define WATCH_SIG SIGURG
/* Each wake-up costs the process (about 5% of a core at 1 ms ticks on
 * this 2-core VM, 0.5% at 10 ms): a call is armed after 10-20 ms */
#define TICK_NS 10000000L    /* 10 ms while calls run */
#define IDLE_TICKS 50        /* ticks without a call before slowing down */
#define IDLE_NS 100000000L   /* 100 ms when no engine is in a call */

static pthread_mutex_t wmu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t wcv = PTHREAD_COND_INITIALIZER;
static jx_engine *wlist;          /* registered engines (wnext) */
static int wstarted;              /* the thread runs (reset in a forked child) */
static int watfork;               /* pthread_atfork done */
static struct sigaction wold;     /* the program's handler, chained */
static _Thread_local jx_engine *tl_engine; /* the engine this thread calls */
/* 1 when WATCH_SIG reaches this thread, -1 when the thread blocks it
 * (then every call is counted from its start, as before), 0 not known */
static _Thread_local signed char tl_sig;

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

static void on_kick(int sig, siginfo_t *si, void *uc)
{
    int saved = errno; /* the interrupted code may be reading it */
    jx_engine *e = tl_engine;
    if (e && e->limited && !e->armed &&
        atomic_load_explicit(&e->call_seq, memory_order_relaxed) ==
            atomic_load_explicit(&e->kick_seq, memory_order_relaxed)) {
        e->armed = 1;
        lua_sethook(e->L, l_hook, LUA_MASKCOUNT, HOOK_EVERY);
    } else if (wold.sa_flags & SA_SIGINFO) {
        if (wold.sa_sigaction)
            wold.sa_sigaction(sig, si, uc);
    } else if (wold.sa_handler != SIG_IGN && wold.sa_handler != SIG_DFL) {
        wold.sa_handler(sig);
    }
    errno = saved;
}

/* One look at every engine: a call seen at the last tick still running
 * (the same odd call_seq) is kicked, once.  Returns 1 when a call runs. */
static int tick(void)
{
    int busy = 0;
    for (jx_engine *e = wlist; e; e = e->wnext) {
        unsigned long seq = atomic_load_explicit(&e->call_seq, memory_order_acquire);
        if (seq & 1) {
            busy = 1;
            if (seq == e->seen_seq &&
                atomic_load_explicit(&e->kick_seq, memory_order_relaxed) != seq) {
                atomic_store_explicit(&e->kick_seq, seq, memory_order_relaxed);
                pthread_kill(e->thread, WATCH_SIG);
            }
        }
        e->seen_seq = seq;
    }
    return busy;
}

static void *watch_main(void *arg)
{
    (void)arg;
    sigset_t all;
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, NULL);
    int idle = 0;
    pthread_mutex_lock(&wmu);
    for (;;) {
        while (!wlist)
            pthread_cond_wait(&wcv, &wmu);
        idle = tick() ? 0 : idle + 1;
        pthread_mutex_unlock(&wmu);
        struct timespec ts = {0, idle > IDLE_TICKS ? IDLE_NS : TICK_NS};
        while (nanosleep(&ts, &ts) && errno == EINTR)
            ;
        pthread_mutex_lock(&wmu);
    }
    return NULL;
}

static void before_fork(void) { pthread_mutex_lock(&wmu); }
static void after_fork(void) { pthread_mutex_unlock(&wmu); }
static void in_child(void)
{
    /* the thread is not in the child: the next call starts it again */
    pthread_mutex_unlock(&wmu);
    wstarted = 0;
}

/* Starts the watchdog (and installs the handler) if it does not run in
 * this process; 0 when it runs. */
static int watch_start(void)
{
    int rc = 0;
    pthread_mutex_lock(&wmu);
    if (!wstarted) {
        if (!watfork) {
            struct sigaction sa;
            memset(&sa, 0, sizeof sa);
            sa.sa_sigaction = on_kick;
            sa.sa_flags = SA_SIGINFO | SA_RESTART;
            sigemptyset(&sa.sa_mask);
            sigaction(WATCH_SIG, &sa, &wold);
            pthread_atfork(before_fork, after_fork, in_child);
            watfork = 1;
        }
        pthread_t th;
        pthread_attr_t at;
        pthread_attr_init(&at);
        pthread_attr_setdetachstate(&at, PTHREAD_CREATE_DETACHED);
        pthread_attr_setstacksize(&at, 64 << 10);
        rc = pthread_create(&th, &at, watch_main, NULL);
        if (rc) {
            /* glibc puts the program's thread-local data on the new
             * thread's stack: 64 KiB cannot hold jixiao's (100 KiB of
             * per-thread caches), and without the thread every call
             * ran with the count hook.  1 MiB then (only what is touched is used). */
            pthread_attr_setstacksize(&at, (size_t)1 << 20);
            rc = pthread_create(&th, &at, watch_main, NULL);
        }
        pthread_attr_destroy(&at);
        wstarted = rc == 0;
    }
    pthread_mutex_unlock(&wmu);
    return rc;
}

void jx_eng_watch_add(jx_engine *e)
{
    pthread_mutex_lock(&wmu);
    e->wnext = wlist;
    wlist = e;
    pthread_cond_signal(&wcv);
    pthread_mutex_unlock(&wmu);
}

void jx_eng_watch_remove(jx_engine *e)
{
    pthread_mutex_lock(&wmu);
    for (jx_engine **p = &wlist; *p; p = &(*p)->wnext)
        if (*p == e) {
            *p = e->wnext;
            break;
        }
    pthread_mutex_unlock(&wmu);
    if (tl_engine == e)
        tl_engine = NULL;
}

/* Whether a kick can reach the calling thread (asked once per thread). */
static int sig_reaches(void)
{
    if (!tl_sig) {
        sigset_t cur;
        tl_sig = pthread_sigmask(SIG_BLOCK, NULL, &cur) == 0 && !sigismember(&cur, WATCH_SIG)
                     ? 1 : -1;
    }
    return tl_sig > 0;
}

void jx_eng_limit_begin(jx_engine *e)
{
    if ((!wstarted && watch_start()) || !sig_reaches()) {
        /* no watchdog, or a thread that blocks its signal: count every
         * call from its start, as before */
        e->armed = 1;
        lua_sethook(e->L, l_hook, LUA_MASKCOUNT, HOOK_EVERY);
    }
    e->icount = 0;
    e->mem_hit = 0;
    e->limited = 1;
    tl_engine = e;
    e->thread = pthread_self();
    unsigned long seq = atomic_load_explicit(&e->call_seq, memory_order_relaxed);
    atomic_store_explicit(&e->call_seq, seq | 1, memory_order_release);
}

void jx_eng_limit_end(jx_engine *e)
{
    e->limited = 0;
    unsigned long seq = atomic_load_explicit(&e->call_seq, memory_order_relaxed);
    atomic_store_explicit(&e->call_seq, (seq | 1) + 1, memory_order_release);
    if (e->armed) {
        lua_sethook(e->L, NULL, 0, 0);
        e->armed = 0;
    }
}
