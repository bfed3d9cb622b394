/*
 * nokick.c - for instruction counts under valgrind only: an LD_PRELOAD
 * shim that drops the watchdog's SIGURG (core/engine/watch.c), so that no
 * rule call gets the count hook armed.  Under valgrind every call runs
 * some 50 times slower and the 10 ms watchdog arms the hook in many of
 * them (luaG_traceexec before every Lua instruction), which makes the
 * instruction counts of the Lua parts move from run to run.  Never use it
 * outside a measurement: it switches the instruction budget off.
 *
 *   cc -shared -fPIC -O2 bench/nokick.c -o /tmp/nokick.so -ldl
 *   LD_PRELOAD=/tmp/nokick.so valgrind --tool=callgrind build/jixiao batch ...
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <pthread.h>
#include <signal.h>

int pthread_kill(pthread_t th, int sig)
{
    static int (*real)(pthread_t, int);
    if (sig == SIGURG)
        return 0;
    if (!real)
        real = (int (*)(pthread_t, int))dlsym(RTLD_NEXT, "pthread_kill");
    return real(th, sig);
}
