/*
 * swar.h - internal: bytes eight at a time in a 64-bit word, for the
 * scans of the readers and of JSON/UTF-8 (a budget table is mostly runs
 * of ASCII digits and of three-byte CJK characters).
 *
 * jx_load8 and jx_bytes_eq are plain C and exact on any machine.  Which
 * bit of the word is which byte depends on the byte order: code that
 * finds the first marked byte with __builtin_ctzll / 8 is for
 * JX_SWAR only (gcc and clang, little-endian); elsewhere it keeps its
 * byte loop.
 */
#ifndef JX_SWAR_H
#define JX_SWAR_H

#include <stdint.h>
#include <string.h>

#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define JX_SWAR 1
#else
#define JX_SWAR 0
#endif

/* The eight bytes at p (any alignment). */
static inline uint64_t jx_load8(const void *p)
{
    uint64_t x;
    memcpy(&x, p, 8);
    return x;
}

/* The bytes of x equal to b, as 0x80 in each such byte (exact: no carry
 * crosses a byte). */
static inline uint64_t jx_bytes_eq(uint64_t x, unsigned char b)
{
    const uint64_t low7 = 0x7F7F7F7F7F7F7F7Fu;
    uint64_t v = x ^ (0x0101010101010101u * b);
    return ~(((v & low7) + low7) | v | low7);
}

/* The first byte b at s[i] or after, n if none: memchr inline, for the
 * few bytes from one cell to the next (a call per cell cost more than
 * its search). */
static inline size_t jx_next_byte(const char *s, size_t i, size_t n, char b)
{
#if JX_SWAR
    for (; i + 8 <= n; i += 8) {
        uint64_t m = jx_bytes_eq(jx_load8(s + i), (unsigned char)b);
        if (m)
            return i + (size_t)__builtin_ctzll(m) / 8;
    }
#endif
    while (i < n && s[i] != b)
        i++;
    return i;
}

#endif
