/*
 * text.c - the strings of `jixiao serve`: a growable buffer for pages and
 * summaries, HTML escaping, sizes and UTF-8 for messages and labels.  Its
 * own, so core/serve/ sees only the public API of libjixiao (issue 18);
 * the escaping and the size format are the library writers', byte for
 * byte, so a page reads the same as the command's report.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "serve.h"

/* ---- buffer ---- */

void sv_buf_init(sv_buf *b) { memset(b, 0, sizeof *b); }

void sv_buf_free(sv_buf *b)
{
    free(b->p);
    memset(b, 0, sizeof *b);
}

static int buf_fail(sv_buf *b)
{
    b->failed = 1;
    return -1;
}

/* Room for extra bytes and the NUL after them. */
static int buf_reserve(sv_buf *b, size_t extra)
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

int sv_buf_put(sv_buf *b, const void *p, size_t n)
{
    if (buf_reserve(b, n) < 0)
        return -1;
    if (n)
        memcpy(b->p + b->len, p, n);
    b->len += n;
    b->p[b->len] = '\0';
    return 0;
}

int sv_buf_puts(sv_buf *b, const char *s) { return sv_buf_put(b, s, strlen(s)); }

int sv_buf_putc(sv_buf *b, char c) { return sv_buf_put(b, &c, 1); }

int sv_buf_printf(sv_buf *b, const char *fmt, ...)
{
    if (b->failed)
        return -1;
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0 || buf_reserve(b, (size_t)n) < 0) {
        va_end(ap2);
        return buf_fail(b);
    }
    vsnprintf(b->p + b->len, (size_t)n + 1, fmt, ap2);
    va_end(ap2);
    b->len += (size_t)n;
    return 0;
}


/* ---- text ---- */

void sv_escape(sv_buf *b, const char *s)
{
    if (!s)
        return;
    for (const char *p = s; *p; p++) {
        switch (*p) {
        case '&': sv_buf_puts(b, "&amp;"); break;
        case '<': sv_buf_puts(b, "&lt;"); break;
        case '>': sv_buf_puts(b, "&gt;"); break;
        case '"': sv_buf_puts(b, "&quot;"); break;
        case '\'': sv_buf_puts(b, "&#39;"); break;
        default: sv_buf_putc(b, *p);
        }
    }
}

void sv_format_size(size_t n, char *buf, size_t size)
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

int sv_utf8_decode(const unsigned char *s, size_t len, uint32_t *cp)
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
