/*
 * nokick.c - an LD_PRELOAD shim for instruction counts (bench/instr.sh):
 * the watchdog's SIGURG never reaches the rule call.  Under valgrind every
 * call runs 50-100 times slower, overruns the 10 ms tick and gets the
 * count hook armed at a moment that depends on wall time; without the
 * kick the counts are the same from run to run.  Never for production:
 * the instruction budget is not enforced under it.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <pthread.h>
#include <signal.h>

int pthread_kill(pthread_t t, int sig)
{
    static int (*real)(pthread_t, int);
    if (sig == SIGURG)
        return 0;
    if (!real)
        real = (int (*)(pthread_t, int))dlsym(RTLD_NEXT, "pthread_kill");
    return real(t, sig);
}
