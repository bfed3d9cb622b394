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
} jx_arena;

void jx_arena_init(jx_arena *a);
void jx_arena_free(jx_arena *a);
void *jx_arena_alloc(jx_arena *a, size_t n);      /* zeroed, aligned 16 */
char *jx_arena_strndup(jx_arena *a, const char *s, size_t n);
char *jx_arena_strdup(jx_arena *a, const char *s); /* NULL stays NULL */
char *jx_arena_printf(jx_arena *a, const char *fmt, ...) JX_PRINTF(2, 3);

/* ---- growable buffer ---- */
typedef struct jx_buf {
    char *p;
    size_t len, cap;
} jx_buf;

void jx_buf_init(jx_buf *b);
void jx_buf_free(jx_buf *b);
int jx_buf_reserve(jx_buf *b, size_t extra); /* 0 ok, -1 ENOMEM */
int jx_buf_put(jx_buf *b, const void *p, size_t n);
int jx_buf_puts(jx_buf *b, const char *s);
int jx_buf_putc(jx_buf *b, char c);
int jx_buf_printf(jx_buf *b, const char *fmt, ...) JX_PRINTF(2, 3);
/* JSON string literal, quotes included; invalid UTF-8 is escaped \uFFFD */
int jx_buf_json_str(jx_buf *b, const char *s, size_t n);
/* number as JSON: shortest round-trip-ish %.15g; NaN/inf -> null */
int jx_buf_json_num(jx_buf *b, double d);
/* a C string as a JSON string, NULL as null */
int jx_buf_json_cstr(jx_buf *b, const char *s);

/* ---- errors ---- */
int jx_fail(struct jx_error *err, jx_status code, const char *file, int line,
            int cell, const char *fmt, ...) JX_PRINTF(6, 7);

/* ---- files ---- */
/* Reads a whole file (or stdin for "-") into malloc'd memory, NUL added. */
int jx_read_file(const char *path, char **data, size_t *len,
                 struct jx_error *err);

/* ---- UTF-8 ---- */
/* Decodes one code point at s (len bytes left); returns its byte length
 * (>=1) and sets *cp, or 0 on an invalid sequence. */
int jx_utf8_decode(const unsigned char *s, size_t len, uint32_t *cp);
/* Number of terminal columns a UTF-8 string takes (CJK wide = 2). */
size_t jx_utf8_width(const char *s, size_t len);

/* Trims ASCII space, TAB, CR, NBSP, full-width space (U+3000) both ends. */
void jx_trim(const char **s, size_t *len);

static inline int jx_streq(const char *a, const char *b)
{
    return a && b && strcmp(a, b) == 0;
}

#endif
