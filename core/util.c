/*
 * util.c - arena, buffer, errors, file reading and UTF-8 helpers used by
 * every core module.
 */
#include "util.h"
#include "swar.h"

#include <errno.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

/* ---- arena ---- */

struct jx_arena_chunk {
    jx_arena_chunk *next;
    size_t cap;
    _Alignas(16) unsigned char data[];
};

void jx_arena_init(jx_arena *a) { memset(a, 0, sizeof *a); }

void jx_arena_free(jx_arena *a)
{
    jx_arena_chunk *c = a->head;
    while (c) {
        jx_arena_chunk *next = c->next;
        free(c);
        c = next;
    }
    memset(a, 0, sizeof *a);
}

/* A new chunk for need bytes (the current one has less room), or NULL. */
static void *arena_grow(jx_arena *a, size_t need)
{
    if (need > SIZE_MAX - sizeof(jx_arena_chunk)) {
        a->failed = 1;
        return NULL;
    }
    size_t cap = a->head ? a->head->cap * 2 : 8192;
    if (cap > (1u << 20))
        cap = 1u << 20;
    if (cap < need)
        cap = need;
    jx_arena_chunk *c = malloc(sizeof *c + cap);
    if (!c) {
        a->failed = 1;
        return NULL;
    }
    c->cap = cap;
    c->next = a->head;
    a->head = c;
    a->used = need;
    a->cap = cap;
    return c->data;
}

/* n bytes from the arena, not zeroed (the callers that fill every byte:
 * the copies below; zeroing them first was a third of their cost).  The
 * room left in the current chunk is inline, a new chunk is a call. */
static inline void *arena_take(jx_arena *a, size_t n)
{
    size_t need = (n + 15) & ~(size_t)15;
    if (need < n) {
        a->failed = 1;
        return NULL;
    }
    if (!a->head || a->cap - a->used < need)
        return arena_grow(a, need);
    void *p = a->head->data + a->used;
    a->used += need;
    return p;
}

void *jx_arena_take(jx_arena *a, size_t n) { return arena_take(a, n); }

void *jx_arena_alloc(jx_arena *a, size_t n)
{
    void *p = arena_take(a, n);
    if (p)
        memset(p, 0, n);
    return p;
}

char *jx_arena_strndup(jx_arena *a, const char *s, size_t n)
{
    char *p = arena_take(a, n < SIZE_MAX ? n + 1 : n);
    if (!p)
        return NULL;
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *jx_arena_strdup(jx_arena *a, const char *s)
{
    return s ? jx_arena_strndup(a, s, strlen(s)) : NULL;
}

char *jx_arena_printf(jx_arena *a, const char *fmt, ...)
{
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    /* straight into the free room of the current chunk: when the text
     * fits (nearly always) it is formatted once, not measured first (the
     * room is a multiple of 16, so arena_take then gives exactly it) */
    size_t room = a->head ? a->cap - a->used : 0;
    char *p = room ? (char *)a->head->data + a->used : NULL;
    int n = vsnprintf(p, room, fmt, ap);
    va_end(ap);
    if (n < 0) {
        a->failed = 1;
        p = NULL;
    } else {
        p = arena_take(a, (size_t)n + 1);
        if (p && (size_t)n >= room) /* it did not fit: a new chunk, again */
            vsnprintf(p, (size_t)n + 1, fmt, ap2);
    }
    va_end(ap2);
    return p;
}

/* ---- buffer ---- */

void jx_buf_init(jx_buf *b) { memset(b, 0, sizeof *b); }

void jx_buf_free(jx_buf *b)
{
    free(b->p);
    memset(b, 0, sizeof *b);
}

void jx_buf_rewind(jx_buf *b, size_t len)
{
    if (len > b->len)
        len = b->len;
    b->len = len;
    b->failed = 0;
    if (b->p)
        b->p[len] = '\0';
}

/* Marks the buffer failed; every later append is a no-op. */
static int buf_fail(jx_buf *b)
{
    b->failed = 1;
    return -1;
}

int jx_buf_reserve(jx_buf *b, size_t extra)
{
    if (b->failed)
        return -1;
    if (b->cap - b->len > extra)
        return 0;
    size_t cap = b->cap ? b->cap : 256;
    while (cap - b->len <= extra) {
        if (cap > SIZE_MAX / 2)
            return buf_fail(b);
        cap *= 2;
    }
    char *p = realloc(b->p, cap);
    if (!p)
        return buf_fail(b);
    b->p = p;
    b->cap = cap;
    return 0;
}

int jx_buf_put_grow(jx_buf *b, const void *p, size_t n)
{
    if (jx_buf_reserve(b, n) < 0)
        return -1;
    if (n)
        memcpy(b->p + b->len, p, n);
    b->len += n;
    b->p[b->len] = '\0';
    return 0;
}

int jx_buf_printf(jx_buf *b, const char *fmt, ...)
{
    if (b->failed)
        return -1;
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    /* once into the room there is; a second time only when it did not fit */
    size_t room = b->cap - b->len;
    int n = room ? vsnprintf(b->p + b->len, room, fmt, ap) : vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n >= 0 && (size_t)n < room) {
        va_end(ap2);
        b->len += (size_t)n;
        return 0;
    }
    if (room)
        b->p[b->len] = '\0'; /* what did not fit is not kept */
    if (n < 0 || jx_buf_reserve(b, (size_t)n) < 0) {
        va_end(ap2);
        return buf_fail(b);
    }
    vsnprintf(b->p + b->len, (size_t)n + 1, fmt, ap2);
    va_end(ap2);
    b->len += (size_t)n;
    return 0;
}

int jx_buf_put_int(jx_buf *b, long long v)
{
    char tmp[24];
    char *e = tmp + sizeof tmp, *q = e;
    /* in unsigned: -LLONG_MIN does not fit */
    unsigned long long u = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
    do {
        *--q = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        *--q = '-';
    return jx_buf_put(b, q, (size_t)(e - q));
}

/* Length of the valid UTF-8 sequence at s (what jx_utf8_decode accepts),
 * or 0; the 3-byte sequences of CJK text without a call. */
static inline int utf8_len(const unsigned char *s, size_t len)
{
    unsigned char c = s[0];
    /* E1..EC, EE, EF and two continuation bytes: valid whatever they are
     * (no overlong form, no surrogate) */
    if (c >= 0xE1 && c <= 0xEF && c != 0xED && len >= 3 && (s[1] & 0xC0) == 0x80 &&
        (s[2] & 0xC0) == 0x80)
        return 3;
    if ((c & 0xF0) == 0xE0 && len >= 3 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80) {
        uint32_t v = ((uint32_t)(c & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) |
                     (s[2] & 0x3F);
        return v >= 0x800 && (v < 0xD800 || v > 0xDFFF) ? 3 : 0;
    }
    uint32_t cp;
    return jx_utf8_decode(s, len, &cp);
}

/* ---- bytes eight at a time (swar.h: with JX_SWAR, byte 0 is the low
 * byte of the word, as the masks below are written) ---- */

#if JX_SWAR
/* 0x80 in each byte of x that is NUL or not ASCII.  Exact up to the
 * first such byte (a borrow only runs upward from a NUL): the number of
 * plain ASCII bytes x starts with is its ctz / 8. */
static inline uint64_t not_plain_ascii(uint64_t x)
{
    const uint64_t ones = 0x0101010101010101u;
    return (x | ((x - ones) & ~x)) & (ones * 0x80);
}

/* Bytes 0-5 of x are two three-byte sequences whose lead is E1..EC, EE or
 * EF (CJK and most other BMP text): valid whatever the continuation bytes
 * are.  E0 (overlong below A0) and ED (surrogates from A0) need a look at
 * the second byte: utf8_len's. */
static inline int two_plain_3byte(uint64_t x)
{
    if ((x & 0xC0C0F0C0C0F0u) != 0x8080E08080E0u)
        return 0;
    /* the two lead nibbles, neither 0 (E0) nor D (ED): adding F to a
     * nibble carries into bit 4 unless it is 0 */
    const uint64_t nib = 0x0F00000Fu, carry = 0x10000010u;
    uint64_t n = x & nib;
    return ((n + nib) & ((n ^ 0x0D00000Du) + nib) & carry) == carry;
}

/* 0x80 in each byte of x that JSON escapes: below 0x20, '"' or '\\'.
 * Exact up to the first such byte or the first non-ASCII byte, as above
 * (the caller stops at either). */
static inline uint64_t json_specials(uint64_t x)
{
    const uint64_t ones = 0x0101010101010101u;
    return ((x - ones * 0x20) & ~x & (ones * 0x80)) | jx_bytes_eq(x, '"') | jx_bytes_eq(x, '\\');
}
#endif

int jx_buf_json_str(jx_buf *b, const char *s, size_t n)
{
    size_t need;
    if (!jx_add_ok(n, 2, &need))
        return buf_fail(b);
    if (jx_buf_reserve(b, need) < 0)
        return -1;
    jx_buf_putc(b, '"');
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        /* a run of bytes that go out as they are */
        size_t j = i;
        while (j < n) {
#if JX_SWAR
            /* eight plain ASCII bytes, or two CJK characters, per step */
            if (j + 8 <= n) {
                uint64_t x = jx_load8(u + j);
                if (!(x & 0x80)) {
                    /* the ASCII bytes before the first one to escape or
                     * the first non-ASCII one */
                    uint64_t stop = json_specials(x) | (x & 0x8080808080808080u);
                    if (!stop) {
                        j += 8;
                        continue;
                    }
                    size_t plain = (size_t)__builtin_ctzll(stop) / 8;
                    if (!plain)
                        break; /* u[j] is escaped */
                    j += plain;
                    continue;
                }
                if (two_plain_3byte(x)) {
                    j += 6;
                    continue;
                }
            }
#endif
            unsigned char c = u[j];
            if (c < 0x80) {
                if (c < 0x20 || c == '"' || c == '\\')
                    break;
                j++;
                continue;
            }
            int k = utf8_len(u + j, n - j);
            if (!k)
                break;
            j += (size_t)k;
        }
        if (j > i)
            jx_buf_put(b, s + i, j - i);
        i = j;
        if (i >= n)
            break;
        unsigned char c = u[i];
        switch (c) {
        case '"': jx_buf_puts(b, "\\\""); break;
        case '\\': jx_buf_puts(b, "\\\\"); break;
        case '\n': jx_buf_puts(b, "\\n"); break;
        case '\r': jx_buf_puts(b, "\\r"); break;
        case '\t': jx_buf_puts(b, "\\t"); break;
        default:
            if (c < 0x20)
                jx_buf_printf(b, "\\u%04x", c);
            else
                jx_buf_puts(b, "\\ufffd"); /* invalid UTF-8 */
        }
        i++;
    }
    return jx_buf_putc(b, '"');
}

int jx_buf_json_cstr(jx_buf *b, const char *s)
{
    return s ? jx_buf_json_str(b, s, strlen(s)) : jx_buf_puts(b, "null");
}

/*
 * What %.15g writes for d when d is the double nearest to m / 10^k, with
 * m < 10^15 and 1 <= k <= 8, and 1e-4 <= |d| (fixed notation): m's digits
 * with k decimals, trailing zeros dropped.  (m / 10^k has at most 15
 * significant digits, so it comes back from d at 15 digits: DBL_DIG; m
 * and 10^k are exact doubles and the division is correctly rounded, so
 * m / 10^k == d says d is the nearest double.)  0 when d is not such a
 * number: the caller formats it.
 */
static int json_decimal(char out[32], double d)
{
    static const double p10[] = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8};
    double a = fabs(d);
    if (!(a >= 1e-4 && a < 1e15))
        return 0;
    for (int k = 1; k < (int)JX_ARRAY_LEN(p10); k++) {
        double m = nearbyint(a * p10[k]);
        if (m >= 1e15)
            return 0;
        if (m / p10[k] != a)
            continue;
        unsigned long long u = (unsigned long long)m, pk = 1;
        for (int i = 0; i < k; i++)
            pk *= 10;
        unsigned long long ip = u / pk, fp = u % pk;
        char tmp[32];
        char *e = tmp + sizeof tmp, *q = e;
        int nd = k;
        while (nd > 0 && fp % 10 == 0) /* trailing zeros */
            fp /= 10, nd--;
        for (int i = 0; i < nd; i++, fp /= 10)
            *--q = (char)('0' + fp % 10);
        *--q = '.';
        do {
            *--q = (char)('0' + ip % 10);
            ip /= 10;
        } while (ip);
        if (d < 0)
            *--q = '-';
        memcpy(out, q, (size_t)(e - q));
        out[e - q] = '\0';
        return 1;
    }
    return 0;
}

int jx_buf_json_num(jx_buf *b, double d)
{
    if (isnan(d) || isinf(d))
        return jx_buf_puts(b, "null");
    /* the range test first: (long long)d is undefined out of range */
    if (fabs(d) < 1e15 && d == (double)(long long)d)
        return jx_buf_put_int(b, (long long)d);
    char tmp[32];
    if (json_decimal(tmp, d))
        return jx_buf_puts(b, tmp);
    /* shortest of %.15g .. %.17g that round-trips */
    for (int prec = 15; prec <= 17; prec++) {
        snprintf(tmp, sizeof tmp, "%.*g", prec, d);
        if (strtod(tmp, NULL) == d)
            break;
    }
    return jx_buf_puts(b, tmp);
}

/* ---- errors ---- */

static const char *status_names[] = {
    "ok", "nomem", "io", "input", "encoding", "rule", "notfound",
    "limit", "usage",
};

const char *jx_version(void) { return JX_VERSION; }

unsigned jx_version_num(void) { return JX_VERSION_NUM; }

const char *jx_status_name(jx_status st)
{
    if ((size_t)st < JX_ARRAY_LEN(status_names))
        return status_names[st];
    return "unknown";
}

int jx_fail(jx_error *err, jx_status code, const char *file, int line,
            int cell, const char *fmt, ...)
{
    if (err) {
        err->code = code;
        err->line = line;
        err->cell = cell;
        snprintf(err->file, sizeof err->file, "%s", file ? file : "");
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err->msg, sizeof err->msg, fmt, ap);
        va_end(ap);
    }
    return code;
}

void jx_error_format(const jx_error *err, char *buf, size_t size)
{
    if (!size)
        return;
    size_t n = 0;
    buf[0] = '\0';
#define APPEND(...)                                                    \
    do {                                                               \
        if (n < size) {                                                \
            int k = snprintf(buf + n, size - n, __VA_ARGS__);          \
            if (k > 0)                                                 \
                n += (size_t)k;                                        \
        }                                                              \
    } while (0)
    if (err->file[0])
        APPEND("%s:", err->file);
    if (err->line > 0)
        APPEND("%d:", err->line);
    if (err->cell > 0)
        APPEND("%d:", err->cell);
    APPEND("%s%s", n ? " " : "", err->msg);
#undef APPEND
}

/* ---- files ---- */

void jx_format_size(size_t n, char *buf, size_t size)
{
    static const char *const units[] = {"GiB", "MiB", "KiB"};
    for (int k = 0; k < 3; k++) {
        size_t u = (size_t)1 << (10 * (3 - k));
        if (n >= u) {
            if (n % u == 0)
                snprintf(buf, size, "%zu %s", n / u, units[k]);
            else
                snprintf(buf, size, "%.1f %s", (double)n / (double)u, units[k]);
            return;
        }
    }
    snprintf(buf, size, "%zu 字节", n);
}

static int too_big(jx_error *err, const char *path, size_t max)
{
    char lim[64];
    jx_format_size(max, lim, sizeof lim);
    if (max >= 1024) {
        size_t k = strlen(lim);
        snprintf(lim + k, sizeof lim - k, "（%zu 字节）", max);
    }
    return jx_fail(err, JX_ELIMIT, path, 0, 0,
                   "输入超过大小上限 %s，已停止读取；"
                   "如确需读取更大的文件，请用 --max-input 调高上限（如 --max-input 1G）",
                   lim);
}

int jx_read_file_max(const char *path, size_t max, char **data, size_t *len,
                     jx_error *err)
{
    int is_stdin = strcmp(path, "-") == 0;
    FILE *f = is_stdin ? stdin : fopen(path, "rb");
    *data = NULL;
    *len = 0;
    if (!max)
        max = JX_MAX_INPUT_DEFAULT;
    if (!f)
        return jx_fail(err, JX_EIO, path, 0, 0, "无法打开文件: %s",
                       strerror(errno));
    jx_buf b;
    jx_buf_init(&b);
    int rc = JX_OK;
    /* a regular file's size up front: read straight into a buffer that
     * holds it all (through a bounce buffer it was two copies and a few
     * regrowths per file) */
    struct stat st;
    if (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 &&
        jx_buf_reserve(&b, (uintmax_t)st.st_size < max ? (size_t)st.st_size + 1 : max) < 0) {
        rc = jx_fail(err, JX_ENOMEM, path, 0, 0, "内存不足");
        goto cleanup;
    }
    for (;;) {
        /* never ask for more than max + 1 bytes in all: the file may be a
         * pipe or a device that never ends */
        if (b.cap - b.len < 2 && jx_buf_reserve(&b, 65536) < 0) {
            rc = jx_fail(err, JX_ENOMEM, path, 0, 0, "内存不足");
            goto cleanup;
        }
        /* (max may be SIZE_MAX, "no cap": max + 1 would wrap to 0 and
         * the file would read as empty) */
        size_t room = max - b.len < SIZE_MAX ? max - b.len + 1 : SIZE_MAX;
        size_t spare = b.cap - b.len - 1; /* one for the NUL */
        size_t n = fread(b.p + b.len, 1, room < spare ? room : spare, f);
        if (n == 0)
            break;
        b.len += n;
        if (b.len > max) {
            rc = too_big(err, path, max);
            goto cleanup;
        }
    }
    if (ferror(f)) {
        int e = errno;
        rc = jx_fail(err, JX_EIO, path, 0, 0, "读取失败: %s",
                     e == EISDIR ? "这是一个目录，不是文件" : strerror(e));
        goto cleanup;
    }
    if (jx_buf_reserve(&b, 1) < 0) {
        rc = jx_fail(err, JX_ENOMEM, path, 0, 0, "内存不足");
        goto cleanup;
    }
    b.p[b.len] = '\0';
    *data = b.p;
    *len = b.len;
    b.p = NULL;
cleanup:
    if (!is_stdin)
        fclose(f);
    jx_buf_free(&b);
    return rc;
}

int jx_read_file(const char *path, char **data, size_t *len, jx_error *err)
{
    return jx_read_file_max(path, 0, data, len, err);
}

/* ---- map ---- */

void jx_map_init(jx_map *m) { memset(m, 0, sizeof *m); }

void jx_map_free(jx_map *m)
{
    free(m->slot);
    memset(m, 0, sizeof *m);
}

static uint64_t map_hash(const char *k, size_t n)
{
    uint64_t h = 1469598103934665603ull; /* FNV-1a */
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)k[i];
        h *= 1099511628211ull;
    }
    return h;
}

static jx_map_slot *map_find(jx_map_slot *slot, size_t cap, const char *k,
                             size_t n, uint64_t h)
{
    size_t i = (size_t)h & (cap - 1);
    while (slot[i].key && !(slot[i].hash == h && slot[i].klen == n &&
                            !memcmp(slot[i].key, k, n)))
        i = (i + 1) & (cap - 1);
    return &slot[i];
}

static int map_grow(jx_map *m)
{
    size_t cap = m->cap ? m->cap * 2 : 16, bytes;
    if (m->cap > SIZE_MAX / 2 || !jx_mul_ok(cap, sizeof *m->slot, &bytes))
        return -1;
    jx_map_slot *ns = calloc(cap, sizeof *ns);
    if (!ns)
        return -1;
    for (size_t i = 0; i < m->cap; i++)
        if (m->slot[i].key)
            *map_find(ns, cap, m->slot[i].key, m->slot[i].klen, m->slot[i].hash) =
                m->slot[i];
    free(m->slot);
    m->slot = ns;
    m->cap = cap;
    return 0;
}

int jx_map_put(jx_map *m, const char *key, size_t klen, size_t val)
{
    if ((m->n + 1) * 2 > m->cap && map_grow(m) < 0)
        return -1;
    uint64_t h = map_hash(key, klen);
    jx_map_slot *s = map_find(m->slot, m->cap, key, klen, h);
    if (!s->key) {
        s->key = key;
        s->klen = klen;
        s->hash = h;
        m->n++;
    }
    s->val = val;
    return 0;
}

int jx_map_get(const jx_map *m, const char *key, size_t klen, size_t *val)
{
    if (!m->n)
        return 0;
    jx_map_slot *s = map_find(m->slot, m->cap, key, klen, map_hash(key, klen));
    if (!s->key)
        return 0;
    *val = s->val;
    return 1;
}

/* ---- UTF-8 ---- */

int jx_utf8_decode(const unsigned char *s, size_t len, uint32_t *cp)
{
    if (len == 0)
        return 0;
    unsigned char c = s[0];
    if (c < 0x80) {
        *cp = c;
        return c ? 1 : 0;
    }
    int n;
    uint32_t v, min;
    if ((c & 0xE0) == 0xC0) {
        n = 2, v = c & 0x1F, min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
        n = 3, v = c & 0x0F, min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
        n = 4, v = c & 0x07, min = 0x10000;
    } else {
        return 0;
    }
    if ((size_t)n > len)
        return 0;
    for (int i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        v = (v << 6) | (s[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
        return 0;
    *cp = v;
    return n;
}

/* One character at u[i] (i < len): its length, 0 when it is NUL or not
 * valid UTF-8. */
static inline int check_char(const unsigned char *u, size_t i, size_t len)
{
    if (u[i] < 0x80)
        return u[i] ? 1 : 0;
    return utf8_len(u + i, len - i);
}

size_t jx_utf8_check(const char *s, size_t len)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
#if JX_SWAR
    /* eight bytes at a time: a run of ASCII, two CJK characters, or else
     * one character the slow way; the fast steps stop at the first byte
     * that is not theirs, so the first bad byte is found by check_char */
    while (i + 8 <= len) {
        uint64_t x = jx_load8(u + i);
        if (!(x & 0x80)) {
            uint64_t stop = not_plain_ascii(x);
            if (!stop) {
                i += 8;
                continue;
            }
            size_t n = (size_t)__builtin_ctzll(stop) / 8;
            if (!n)
                return i; /* NUL */
            i += n;
            continue;
        }
        if (two_plain_3byte(x)) {
            i += 6;
            continue;
        }
        int k = utf8_len(u + i, len - i);
        if (!k)
            return i;
        i += (size_t)k;
    }
#endif
    while (i < len) {
        int k = check_char(u, i, len);
        if (!k)
            return i;
        i += (size_t)k;
    }
    return len;
}

static int wide(uint32_t cp)
{
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
           (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
           (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
           (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
}

size_t jx_utf8_width(const char *s, size_t len)
{
    size_t w = 0, i = 0;
    while (i < len) {
        uint32_t cp;
        int k = jx_utf8_decode((const unsigned char *)s + i, len - i, &cp);
        if (!k) {
            i++;
            w++;
            continue;
        }
        i += (size_t)k;
        w += wide(cp) ? 2 : 1;
    }
    return w;
}

static size_t space_at(const char *s, size_t len)
{
    unsigned char c = (unsigned char)s[0];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f')
        return 1;
    if (len >= 2 && c == 0xC2 && (unsigned char)s[1] == 0xA0)
        return 2;
    if (len >= 3 && c == 0xE3 && (unsigned char)s[1] == 0x80 &&
        (unsigned char)s[2] == 0x80)
        return 3;
    return 0;
}

static size_t space_before(const char *s, size_t len)
{
    unsigned char c = (unsigned char)s[len - 1];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f')
        return 1;
    if (len >= 2 && (unsigned char)s[len - 2] == 0xC2 && c == 0xA0)
        return 2;
    if (len >= 3 && (unsigned char)s[len - 3] == 0xE3 &&
        (unsigned char)s[len - 2] == 0x80 && c == 0x80)
        return 3;
    return 0;
}

void jx_trim_ends(const char **s, size_t *len)
{
    size_t k;
    while (*len && (k = space_at(*s, *len)) > 0) {
        *s += k;
        *len -= k;
    }
    while (*len && (k = space_before(*s, *len)) > 0)
        *len -= k;
}

/* glibc gives freed memory at the top of the heap back (brk) once more
 * than M_TRIM_THRESHOLD is free, and serves blocks over M_MMAP_THRESHOLD
 * with their own mmap: with a document freed and the next one parsed, a
 * run over many files spent more time in brk/munmap and page faults than
 * parsing.  Keep up to 64 MiB free between documents; blocks of 8 MiB and
 * more (a very large input) still get their own mapping. */
void jx_heap_keep(void)
{
#if defined(__GLIBC__)
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
    mallopt(M_MMAP_THRESHOLD, 8 << 20);
    mallopt(M_TOP_PAD, 4 << 20);
#endif
}
