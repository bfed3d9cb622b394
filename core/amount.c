/*
 * amount.c - a money amount as a funds cell prints it: "44,914.3",
 * "5058.44", "29.34万元", in 万元.
 */
#include "doc_int.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>


int jx_parse_amount(const char *s, size_t n, double *out)
{
    *out = NAN;
    jx_trim(&s, &n);
    if (!n)
        return 1;
    char num[64];
    size_t k = 0;
    size_t i = 0;
    if (s[0] == '-' || s[0] == '+')
        num[k++] = s[i++];
    int digits = 0;
    for (; i < n && k < sizeof num - 1; i++) {
        char c = s[i];
        if (c >= '0' && c <= '9') {
            num[k++] = c;
            digits++;
        } else if (c == '.') {
            num[k++] = c;
        } else if (c == ',' && digits) {
            continue;
        } else {
            break;
        }
    }
    if (!digits)
        return 0;
    num[k] = '\0';
    /* what may follow: spaces and a money unit */
    const char *rest = s + i;
    size_t rl = n - i;
    jx_trim(&rest, &rl);
    double mul = 1;
    if (rl == 0 || (rl == 6 && !memcmp(rest, "万元", 6)) ||
        (rl == 3 && !memcmp(rest, "万", 3)))
        mul = 1;
    else if (rl == 3 && !memcmp(rest, "元", 3))
        mul = 1e-4;
    else if (rl == 6 && !memcmp(rest, "亿元", 6))
        mul = 1e4;
    else
        return 0;
    char *end;
    errno = 0;
    double v = strtod(num, &end);
    if (*end || errno)
        return 0;
    *out = v * mul;
    return 1;
}

