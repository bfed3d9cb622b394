/*
 * util.h - internal helpers shared by every core module: the per-document
 * arena, a growable byte buffer, error filling, UTF-8 stepping.
 * Not installed; the public API is include/jixiao/.
 */
#ifndef JX_UTIL_H
#define JX_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "jixiao/jixiao.h"

#define JX_ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

#if defined(__GNUC__)
#define JX_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define JX_PRINTF(f, a)
#endif

/* ---- arena: everything of one document, freed at once ---- */
typedef struct jx_arena_chunk jx_arena_chunk;
typedef struct jx_arena {
    jx_arena_chunk *head;
    size_t used, cap; /* in head */
    int failed;       /* sticky: an allocation failed */
} jx_arena;

void jx_arena_init(jx_arena *a);
void jx_arena_free(jx_arena *a);
void *jx_arena_alloc(jx_arena *a, size_t n);      /* zeroed, aligned 16 */
void *jx_arena_take(jx_arena *a, size_t n);       /* not zeroed, aligned 16 */
char *jx_arena_strndup(jx_arena *a, const char *s, size_t n);
char *jx_arena_strdup(jx_arena *a, const char *s); /* NULL stays NULL */
char *jx_arena_printf(jx_arena *a, const char *fmt, ...) JX_PRINTF(2, 3);

/* ---- checked size arithmetic ---- */
/* 1 and *out = a*b (a+b) when it fits in size_t, else 0. */
static inline int jx_mul_ok(size_t a, size_t b, size_t *out)
{
    if (b && a > SIZE_MAX / b)
        return 0;
    *out = a * b;
    return 1;
}
static inline int jx_add_ok(size_t a, size_t b, size_t *out)
{
    if (a > SIZE_MAX - b)
        return 0;
    *out = a + b;
    return 1;
}

/* ---- growable buffer ---- */
/* The error is sticky: once an append fails, every later append is a
 * no-op returning -1 and jx_buf_failed() says so, so a writer can append
 * freely and check once at the end. */
typedef struct jx_buf {
    char *p;
    size_t len, cap;
    int failed;
} jx_buf;

void jx_buf_init(jx_buf *b);
void jx_buf_free(jx_buf *b);
int jx_buf_reserve(jx_buf *b, size_t extra); /* 0 ok, -1 ENOMEM */
static inline int jx_buf_failed(const jx_buf *b) { return b->failed; }
/* Back to len bytes (len <= b->len) with the error cleared: a writer
 * that failed can replace what it appended by a short error record. */
void jx_buf_rewind(jx_buf *b, size_t len);
/* The appends below are inline when the bytes fit (the writers append
 * a few bytes at a time); jx_buf_put_grow is the rest. */
int jx_buf_put_grow(jx_buf *b, const void *p, size_t n);
static inline int jx_buf_put(jx_buf *b, const void *p, size_t n)
{
    if (b->failed || b->cap - b->len <= n)
        return jx_buf_put_grow(b, p, n);
    if (n)
        memcpy(b->p + b->len, p, n);
    b->len += n;
    b->p[b->len] = '\0';
    return 0;
}
static inline int jx_buf_puts(jx_buf *b, const char *s) { return jx_buf_put(b, s, strlen(s)); }
static inline int jx_buf_putc(jx_buf *b, char c)
{
    if (b->failed || b->cap - b->len <= 1)
        return jx_buf_put_grow(b, &c, 1);
    b->p[b->len++] = c;
    b->p[b->len] = '\0';
    return 0;
}
int jx_buf_printf(jx_buf *b, const char *fmt, ...) JX_PRINTF(2, 3);
/* An integer in decimal, as printf's %lld writes it. */
int jx_buf_put_int(jx_buf *b, long long v);
/* JSON string literal, quotes included; invalid UTF-8 is escaped \uFFFD */
int jx_buf_json_str(jx_buf *b, const char *s, size_t n);
/* number as JSON: shortest round-trip-ish %.15g; NaN/inf -> null */
int jx_buf_json_num(jx_buf *b, double d);
/* a C string as a JSON string, NULL as null */
int jx_buf_json_cstr(jx_buf *b, const char *s);
/* a parsed 指标值 as JSON (value.c; jx_value_json's text) */
int jx_buf_json_value(jx_buf *b, const jx_value *v);

/* ---- a map from byte strings to indices ---- */
/* Open addressing, linear probing, at most half full.  Keys are not
 * copied: they must outlive the map (arena strings do). */
typedef struct jx_map_slot {
    const char *key; /* NULL: empty */
    size_t klen;
    uint64_t hash;
    size_t val;
} jx_map_slot;
typedef struct jx_map {
    jx_map_slot *slot;
    size_t cap, n; /* cap a power of two, or 0 */
} jx_map;

void jx_map_init(jx_map *m);
void jx_map_free(jx_map *m);
/* Sets key -> val (replacing); 0 ok, -1 ENOMEM (the map is unchanged). */
int jx_map_put(jx_map *m, const char *key, size_t klen, size_t val);
/* 1 and *val when key is there, else 0. */
int jx_map_get(const jx_map *m, const char *key, size_t klen, size_t *val);

/* ---- errors ---- */
int jx_fail(struct jx_error *err, jx_status code, const char *file, int line,
            int cell, const char *fmt, ...) JX_PRINTF(6, 7);

/* ---- files ---- */
/* Default cap on one input (JX_MAX_INPUT_DEFAULT bytes, 256 MiB). */
#define JX_MAX_INPUT_DEFAULT ((size_t)256 << 20)
/* Reads a whole file (or stdin for "-") into malloc'd memory, NUL added,
 * at most JX_MAX_INPUT_DEFAULT bytes. */
int jx_read_file(const char *path, char **data, size_t *len,
                 struct jx_error *err);
/* The same with a cap of max bytes (0: the default): reading stops at
 * max + 1 bytes, whatever the file is (pipe, device), with JX_ELIMIT. */
int jx_read_file_max(const char *path, size_t max, char **data, size_t *len,
                     struct jx_error *err);
/* "256 MiB", "1.5 GiB", "300 KiB", "12 字节" for messages. */
void jx_format_size(size_t n, char *buf, size_t size);

/* ---- UTF-8 ---- */
/* Decodes one code point at s (len bytes left); returns its byte length
 * (>=1) and sets *cp, or 0 on an invalid sequence. */
int jx_utf8_decode(const unsigned char *s, size_t len, uint32_t *cp);
/* Number of terminal columns a UTF-8 string takes (CJK wide = 2). */
size_t jx_utf8_width(const char *s, size_t len);

/* Trims ASCII space, TAB, CR, NBSP, full-width space (U+3000) both ends. */
void jx_trim_ends(const char **s, size_t *len);
static inline void jx_trim(const char **s, size_t *len)
{
    /* most cells start and end with a byte no space starts or ends with:
     * nothing to do, without a call */
    if (*len) {
        unsigned char a = (unsigned char)(*s)[0], z = (unsigned char)(*s)[*len - 1];
        if (a > ' ' && a != 0xC2 && a != 0xE3 && z > ' ' && z != 0xA0 && z != 0x80)
            return;
    }
    jx_trim_ends(s, len);
}

static inline int jx_streq(const char *a, const char *b)
{
    return a && b && strcmp(a, b) == 0;
}

#endif
