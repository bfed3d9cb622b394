/*
 * findings.c - the list of findings behind a review and a batch line
 * (findings.h).
 */
#include "findings.h"

#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

void jx_flist_init(jx_flist *l)
{
    memset(l, 0, sizeof *l);
    jx_arena_init(&l->arena);
}

void jx_flist_free(jx_flist *l)
{
    free(l->v);
    jx_arena_free(&l->arena);
    memset(l, 0, sizeof *l);
}

int jx_flist_add(jx_flist *l, const jx_finding *f)
{
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 32;
        jx_fitem *v = realloc(l->v, cap * sizeof *v);
        if (!v) {
            l->nomem = 1;
            return -1;
        }
        l->v = v;
        l->cap = cap;
    }
    jx_fitem *x = &l->v[l->n];
    x->f.severity = f->severity;
    x->f.code = jx_arena_strdup(&l->arena, f->code);
    x->f.message = jx_arena_strdup(&l->arena, f->message);
    x->f.source = jx_arena_strdup(&l->arena, f->source);
    x->f.project = jx_arena_strdup(&l->arena, f->project);
    x->f.indicator = jx_arena_strdup(&l->arena, f->indicator);
    x->f.line = f->line;
    x->seq = l->n++;
    if (l->arena.failed)
        l->nomem = 1;
    return l->nomem ? -1 : 0;
}

static int by_line(const void *a, const void *b)
{
    const jx_fitem *x = a, *y = b;
    if (x->f.line != y->f.line)
        return x->f.line < y->f.line ? -1 : 1;
    int k = strcmp(x->f.code ? x->f.code : "", y->f.code ? y->f.code : "");
    if (k)
        return k;
    k = strcmp(x->f.message ? x->f.message : "", y->f.message ? y->f.message : "");
    if (k)
        return k;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

void jx_flist_sort(jx_flist *l, size_t from)
{
    if (from < l->n)
        qsort(l->v + from, l->n - from, sizeof *l->v, by_line);
}

/* ---- messages without vsnprintf's cost ----
 * A scorecard writes a finding for most rows, each a format of several
 * %s and a number or two: vsnprintf parsed the format and ran its
 * floating-point conversion (a few thousand instructions) for each. */

typedef struct msg {
    char *p;
    size_t size, len; /* len: the bytes wanted, as vsnprintf counts them */
} msg;

static void put(msg *m, const char *s, size_t n)
{
    if (m->len < m->size) {
        size_t room = m->size - 1 - m->len, k = n < room ? n : room;
        memcpy(m->p + m->len, s, k);
    }
    m->len += n;
}

/* v in decimal digits, at least width of them (zeros in front). */
static void put_digits(msg *m, unsigned long long v, int width)
{
    char d[24];
    int k = sizeof d;
    do {
        d[--k] = (char)('0' + v % 10);
        v /= 10;
    } while (v || sizeof d - (size_t)k < (size_t)width);
    put(m, d + k, sizeof d - (size_t)k);
}

/* %.{prec}f of x for prec 0..2: x·10^prec rounded to the nearest
 * integer as printf does, on the exact binary value (ties to even).
 * y = x·10^prec is rounded; fma gives what that rounding lost, so a y
 * that lands on .5 is told from a true tie (below 2^52, a y that is not
 * on .5 is at least one ulp from it: what was lost cannot carry it
 * over).  0 when y is not below 4e15 or not a number: snprintf then. */
static int put_fixed(msg *m, double x, int prec)
{
    static const double scale[] = {1, 10, 100};
    static const unsigned long long pow10[] = {1, 10, 100};
    double a = fabs(x), y = a * scale[prec];
    if (!(y < 4e15))
        return 0;
    double lost = fma(a, scale[prec], -y);
    double fl = floor(y), f = y - fl;
    unsigned long long n = (unsigned long long)fl;
    if (f > 0.5 || (f == 0.5 && (lost > 0 || (lost == 0 && (n & 1)))))
        n++;
    if (signbit(x))
        put(m, "-", 1);
    put_digits(m, n / pow10[prec], 1);
    if (prec) {
        put(m, ".", 1);
        put_digits(m, n % pow10[prec], prec);
    }
    return 1;
}

/* %.15g of x when it is an integer below 1e15 (its digits) or the
 * double nearest to a number of hundredths n/100 below 1e13 (16.67):
 * fifteen significant digits of x are then n/100 (DBL_DIG: x is within
 * half an ulp of it, far less than half a unit of the fifteenth digit),
 * written without trailing zeros as %g does.  0 for other values. */
static int put_g15(msg *m, double x)
{
    double a = fabs(x);
    if (a < 1e15 && a == floor(a))
        return put_fixed(m, x, 0);
    if (!(a >= 0.01 && a < 1e13))
        return 0;
    double y = nearbyint(a * 100);
    if (y / 100 != a)
        return 0;
    unsigned long long n = (unsigned long long)y;
    if (signbit(x))
        put(m, "-", 1);
    put_digits(m, n / 100, 1);
    put(m, ".", 1);
    if (n % 10)
        put_digits(m, n % 100, 2);
    else
        put_digits(m, n % 100 / 10, 1);
    return 1;
}

/* Whether fmt uses only the conversions jx_msg_vformat writes itself. */
static int plain_format(const char *fmt)
{
    for (const char *p = strchr(fmt, '%'); p; p = strchr(p, '%')) {
        p++;
        if (*p == 's' || *p == '%' || *p == 'd')
            p++;
        else if (p[0] == 'z' && p[1] == 'u')
            p += 2;
        else if (p[0] == '.' && p[1] >= '0' && p[1] <= '2' && p[2] == 'f')
            p += 3;
        else if (!strncmp(p, ".15g", 4))
            p += 4;
        else
            return 0;
    }
    return 1;
}

int jx_msg_vformat(char *buf, size_t size, const char *fmt, va_list ap)
{
    if (!plain_format(fmt))
        return vsnprintf(buf, size, fmt, ap);
    msg m = {buf, size, 0};
    for (const char *p = fmt; *p;) {
        const char *pc = strchr(p, '%');
        if (!pc) {
            put(&m, p, strlen(p));
            break;
        }
        put(&m, p, (size_t)(pc - p));
        p = pc + 1;
        if (*p == 's') {
            const char *s = va_arg(ap, const char *);
            if (!s)
                s = "(null)"; /* as glibc's printf: a message, not a crash */
            put(&m, s, strlen(s));
            p++;
        } else if (*p == '%') {
            put(&m, "%", 1);
            p++;
        } else if (*p == 'd') {
            int v = va_arg(ap, int);
            if (v < 0)
                put(&m, "-", 1);
            put_digits(&m, v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v, 1);
            p++;
        } else if (*p == 'z') {
            put_digits(&m, va_arg(ap, size_t), 1);
            p += 2;
        } else if (p[2] == 'f') {
            double x = va_arg(ap, double);
            int prec = p[1] - '0';
            if (!put_fixed(&m, x, prec)) {
                char t[400]; /* %.2f of DBL_MAX: 312 bytes */
                int n = snprintf(t, sizeof t, "%.*f", prec, x);
                put(&m, t, n > 0 ? (size_t)n : 0);
            }
            p += 3;
        } else {
            double x = va_arg(ap, double);
            if (!put_g15(&m, x)) {
                char t[40];
                int n = snprintf(t, sizeof t, "%.15g", x);
                put(&m, t, n > 0 ? (size_t)n : 0);
            }
            p += 4;
        }
    }
    if (size)
        buf[m.len < size ? m.len : size - 1] = '\0';
    return m.len > (size_t)INT_MAX ? -1 : (int)m.len;
}

int jx_msg_format(char *buf, size_t size, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = jx_msg_vformat(buf, size, fmt, ap);
    va_end(ap);
    return n;
}
