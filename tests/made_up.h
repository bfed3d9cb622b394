/*
 * made_up.h - made-up text for the differential tests: a reproducible
 * random stream, and strings glued from a list of pieces (words, digits,
 * separators and broken UTF-8 bytes a test picks).  Header-only: each
 * test file has its own stream.
 */
#ifndef JX_TEST_MADE_UP_H
#define JX_TEST_MADE_UP_H

#include <stddef.h>
#include <string.h>

static unsigned long rnd_state = 1;

/* 0..n-1 (n > 0), from a 64-bit LCG's high bits */
static inline unsigned rnd(unsigned n)
{
    rnd_state = rnd_state * 6364136223846793005ul + 1442695040888963407ul;
    return (unsigned)(rnd_state >> 33) % n;
}

/* 0 to most-1 pieces glued into buf (NUL-terminated, cut to size);
 * their length */
static inline size_t made_up_pieces(const char *const *piece, size_t npiece, unsigned most,
                                    char *buf, size_t size)
{
    size_t n = 0;
    for (unsigned k = rnd(most); k > 0; k--) {
        const char *p = piece[rnd((unsigned)npiece)];
        size_t pl = strlen(p);
        if (n + pl < size) {
            memcpy(buf + n, p, pl);
            n += pl;
        }
    }
    buf[n] = '\0';
    return n;
}

#endif
