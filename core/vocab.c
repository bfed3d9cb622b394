/*
 * vocab.c - the words of a 绩效目标表 (see vocab.h): header columns, the
 * 一级/二级 names of the project and department frameworks (domain.md §2,
 * §5a), the rows that close a table, page markers.
 */
#define _GNU_SOURCE /* memmem */
#include "vocab.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "jixiao/value.h"
#include "swar.h"
#include "util.h"

/* Traditional -> simplified code points, sorted, for every CJK character
 * of the reader's vocabulary (this file, the readers, the national pack's
 * columns, framework and vocabulary): written by scripts/gen-t2s.py from
 * OpenCC's s2t and s2tw tables, so a header, level name or trailer
 * printed in traditional characters matches.  Only matching sees the
 * folded text; records keep the text as printed. */
static const uint32_t t2s[][2] = {
    {0x4E1F, 0x4E22}, {0x4E26, 0x5E76}, {0x4F54, 0x5360}, {0x4F86, 0x6765}, {0x4FC2, 0x7CFB}, {0x500B, 0x4E2A},
    {0x5074, 0x4FA7}, {0x5099, 0x5907}, {0x50B3, 0x4F20}, {0x50F9, 0x4EF7}, {0x5104, 0x4EBF}, {0x511F, 0x507F},
    {0x512A, 0x4F18}, {0x5167, 0x5185}, {0x5169, 0x4E24}, {0x518A, 0x518C}, {0x5225, 0x522B}, {0x5247, 0x5219},
    {0x5275, 0x521B}, {0x5283, 0x5212}, {0x52D5, 0x52A8}, {0x52D9, 0x52A1}, {0x5340, 0x533A}, {0x537B, 0x5374},
    {0x53B2, 0x5389}, {0x53C3, 0x53C2}, {0x54E1, 0x5458}, {0x554F, 0x95EE}, {0x55AE, 0x5355}, {0x5617, 0x5C1D},
    {0x5678, 0x5428}, {0x570B, 0x56FD}, {0x5712, 0x56ED}, {0x5716, 0x56FE}, {0x57F7, 0x6267}, {0x5831, 0x62A5},
    {0x5834, 0x573A}, {0x584A, 0x5757}, {0x58DE, 0x574F}, {0x5B78, 0x5B66}, {0x5BE6, 0x5B9E}, {0x5BE9, 0x5BA1},
    {0x5BEB, 0x5199}, {0x5C08, 0x4E13}, {0x5C0D, 0x5BF9}, {0x5C0E, 0x5BFC}, {0x5C64, 0x5C42}, {0x5C6C, 0x5C5E},
    {0x5D17, 0x5C97}, {0x5E36, 0x5E26}, {0x5E7E, 0x51E0}, {0x5EAB, 0x5E93}, {0x5EE3, 0x5E7F}, {0x5F35, 0x5F20},
    {0x5F37, 0x5F3A}, {0x5F8C, 0x540E}, {0x5FA9, 0x590D}, {0x614B, 0x6001}, {0x61C9, 0x5E94}, {0x6236, 0x6237},
    {0x6383, 0x626B}, {0x63A1, 0x91C7}, {0x63DB, 0x6362}, {0x63EE, 0x6325}, {0x640D, 0x635F}, {0x6490, 0x6491},
    {0x64A5, 0x62E8}, {0x64D4, 0x62C5}, {0x64DA, 0x636E}, {0x6578, 0x6570}, {0x65B7, 0x65AD}, {0x65BC, 0x4E8E},
    {0x6642, 0x65F6}, {0x66C9, 0x6653}, {0x66F8, 0x4E66}, {0x6703, 0x4F1A}, {0x6771, 0x4E1C}, {0x689D, 0x6761},
    {0x68DF, 0x680B}, {0x696D, 0x4E1A}, {0x69CB, 0x6784}, {0x6A19, 0x6807}, {0x6A23, 0x6837}, {0x6A39, 0x6811},
    {0x6A4B, 0x6865}, {0x6A5F, 0x673A}, {0x6A94, 0x6863}, {0x6AA2, 0x68C0}, {0x6B04, 0x680F}, {0x6B0A, 0x6743},
    {0x6B72, 0x5C81}, {0x6B78, 0x5F52}, {0x6B98, 0x6B8B}, {0x6C23, 0x6C14}, {0x6C59, 0x6C61}, {0x6C7A, 0x51B3},
    {0x6C92, 0x6CA1}, {0x6CC1, 0x51B5}, {0x6E1B, 0x51CF}, {0x6E96, 0x51C6}, {0x6EFF, 0x6EE1}, {0x6FDF, 0x6D4E},
    {0x70BA, 0x4E3A}, {0x7121, 0x65E0}, {0x71DF, 0x8425}, {0x7232, 0x4E3A}, {0x7240, 0x5E8A}, {0x727D, 0x7275},
    {0x7368, 0x72EC}, {0x73FE, 0x73B0}, {0x74B0, 0x73AF}, {0x7522, 0x4EA7}, {0x755D, 0x4EA9}, {0x7576, 0x5F53},
    {0x7642, 0x7597}, {0x767C, 0x53D1}, {0x76DE, 0x76CF}, {0x76E3, 0x76D1}, {0x773E, 0x4F17}, {0x78A9, 0x7855},
    {0x78BA, 0x786E}, {0x78BC, 0x7801}, {0x790E, 0x7840}, {0x7A05, 0x7A0E}, {0x7A2E, 0x79CD}, {0x7A31, 0x79F0},
    {0x7A4D, 0x79EF}, {0x7A69, 0x7A33}, {0x7BC0, 0x8282}, {0x7BC4, 0x8303}, {0x7BC9, 0x7B51}, {0x7C21, 0x7B80},
    {0x7C3D, 0x7B7E}, {0x7C43, 0x7BEE}, {0x7C64, 0x7B7E}, {0x7C6C, 0x7BF1}, {0x7CE7, 0x7CAE}, {0x7D04, 0x7EA6},
    {0x7D1A, 0x7EA7}, {0x7D30, 0x7EC6}, {0x7D44, 0x7EC4}, {0x7D50, 0x7ED3}, {0x7D66, 0x7ED9}, {0x7D71, 0x7EDF},
    {0x7D93, 0x7ECF}, {0x7D9C, 0x7EFC}, {0x7DA0, 0x7EFF}, {0x7DAD, 0x7EF4}, {0x7DB2, 0x7F51}, {0x7DDA, 0x7EBF},
    {0x7DE8, 0x7F16}, {0x7DE9, 0x7F13}, {0x7DF4, 0x7EC3}, {0x7E23, 0x53BF}, {0x7E3D, 0x603B}, {0x7E3E, 0x7EE9},
    {0x7E54, 0x7EC7}, {0x7E6B, 0x7CFB}, {0x7E73, 0x7F34}, {0x7E8C, 0x7EED}, {0x7FA3, 0x7FA4}, {0x806F, 0x8054},
    {0x8077, 0x804C}, {0x81E8, 0x4E34}, {0x81FA, 0x53F0}, {0x8207, 0x4E0E}, {0x820A, 0x65E7}, {0x842C, 0x4E07},
    {0x8457, 0x7740}, {0x84CB, 0x76D6}, {0x8655, 0x5904}, {0x865F, 0x53F7}, {0x87F2, 0x866B}, {0x8846, 0x4F17},
    {0x8853, 0x672F}, {0x88CF, 0x91CC}, {0x88DC, 0x8865}, {0x88E1, 0x91CC}, {0x898B, 0x89C1}, {0x898F, 0x89C4},
    {0x89BD, 0x89C8}, {0x8A08, 0x8BA1}, {0x8A0A, 0x8BAF}, {0x8A13, 0x8BAD}, {0x8A2D, 0x8BBE}, {0x8A34, 0x8BC9},
    {0x8A3B, 0x6CE8}, {0x8A55, 0x8BC4}, {0x8A5E, 0x8BCD}, {0x8A66, 0x8BD5}, {0x8A71, 0x8BDD}, {0x8A72, 0x8BE5},
    {0x8A8D, 0x8BA4}, {0x8AA4, 0x8BEF}, {0x8AAA, 0x8BF4}, {0x8AB2, 0x8BFE}, {0x8ABF, 0x8C03}, {0x8ACB, 0x8BF7},
    {0x8AD6, 0x8BBA}, {0x8B49, 0x8BC1}, {0x8B58, 0x8BC6}, {0x8B77, 0x62A4}, {0x8B80, 0x8BFB}, {0x8B8A, 0x53D8},
    {0x8C4E, 0x7AD6}, {0x8C50, 0x4E30}, {0x8CA0, 0x8D1F}, {0x8CA1, 0x8D22}, {0x8CAC, 0x8D23}, {0x8CB4, 0x8D35},
    {0x8CBB, 0x8D39}, {0x8CBC, 0x8D34}, {0x8CC7, 0x8D44}, {0x8CEA, 0x8D28}, {0x8CEC, 0x8D26}, {0x8CFC, 0x8D2D},
    {0x8DE1, 0x8FF9}, {0x8ECC, 0x8F68}, {0x8ECD, 0x519B}, {0x8F03, 0x8F83}, {0x8F09, 0x8F7D}, {0x8F1B, 0x8F86},
    {0x8F2A, 0x8F6E}, {0x8F38, 0x8F93}, {0x8F49, 0x8F6C}, {0x8FA6, 0x529E}, {0x8FB2, 0x519C}, {0x9019, 0x8FD9},
    {0x9023, 0x8FDE}, {0x9032, 0x8FDB}, {0x904A, 0x6E38}, {0x904B, 0x8FD0}, {0x904E, 0x8FC7}, {0x9054, 0x8FBE},
    {0x907A, 0x9057}, {0x9084, 0x8FD8}, {0x9109, 0x4E61}, {0x91AB, 0x533B}, {0x91CB, 0x91CA}, {0x9280, 0x94F6},
    {0x92B7, 0x9500}, {0x932F, 0x9519}, {0x9375, 0x952E}, {0x937E, 0x949F}, {0x93AE, 0x9547}, {0x93C8, 0x94FE},
    {0x9577, 0x957F}, {0x9580, 0x95E8}, {0x9589, 0x95ED}, {0x958B, 0x5F00}, {0x9593, 0x95F4}, {0x95B1, 0x9605},
    {0x95DC, 0x5173}, {0x968A, 0x961F}, {0x969B, 0x9645}, {0x96AA, 0x9669}, {0x96E2, 0x79BB}, {0x96F2, 0x4E91},
    {0x96FB, 0x7535}, {0x97FF, 0x54CD}, {0x9801, 0x9875}, {0x9802, 0x9876}, {0x9803, 0x9877}, {0x9805, 0x9879},
    {0x9806, 0x987A}, {0x9810, 0x9884}, {0x9818, 0x9886}, {0x982D, 0x5934}, {0x984C, 0x9898}, {0x984D, 0x989D},
    {0x985E, 0x7C7B}, {0x986F, 0x663E}, {0x990A, 0x517B}, {0x9918, 0x4F59}, {0x9A57, 0x9A8C}, {0x9AD4, 0x4F53},
    {0x9B6F, 0x9C81}, {0x9EBC, 0x4E48}, {0x9EDE, 0x70B9}, {0x9F4A, 0x9F50}, {0x9F8D, 0x9F99},
};

/* The traditional code points of t2s by code point mod 4096: most
 * characters are not there, and need no search. */
static uint64_t t2s_bits[64];
static pthread_once_t t2s_once = PTHREAD_ONCE_INIT;
static _Atomic int t2s_ready;

static void t2s_make(void)
{
    for (size_t i = 0; i < JX_ARRAY_LEN(t2s); i++)
        t2s_bits[(t2s[i][0] >> 6) & 63] |= 1ull << (t2s[i][0] & 63);
    atomic_store_explicit(&t2s_ready, 1, memory_order_release);
}

static uint32_t simplify(uint32_t cp)
{
    size_t lo = 0, hi = JX_ARRAY_LEN(t2s);
    if (cp < t2s[0][0] || cp > t2s[hi - 1][0])
        return cp;
    if (!atomic_load_explicit(&t2s_ready, memory_order_acquire))
        pthread_once(&t2s_once, t2s_make);
    if (!((t2s_bits[(cp >> 6) & 63] >> (cp & 63)) & 1))
        return cp;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (t2s[mid][0] == cp)
            return t2s[mid][1];
        if (t2s[mid][0] < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    return cp;
}

static size_t put_cp(char *out, size_t w, size_t size, uint32_t cp)
{
    char b[4];
    size_t k;
    if (cp < 0x80) {
        b[0] = (char)cp;
        k = 1;
    } else if (cp < 0x800) {
        b[0] = (char)(0xC0 | (cp >> 6));
        b[1] = (char)(0x80 | (cp & 0x3F));
        k = 2;
    } else if (cp < 0x10000) {
        b[0] = (char)(0xE0 | (cp >> 12));
        b[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        b[2] = (char)(0x80 | (cp & 0x3F));
        k = 3;
    } else {
        b[0] = (char)(0xF0 | (cp >> 18));
        b[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        b[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        b[3] = (char)(0x80 | (cp & 0x3F));
        k = 4;
    }
    if (w + k < size) {
        memcpy(out + w, b, k);
        return w + k;
    }
    return w;
}

static inline int cp_at(const char *s, size_t n, size_t i, uint32_t *cp)
{
    const unsigned char *u = (const unsigned char *)s + i;
    /* ASCII and valid 3-byte sequences (CJK) without a call; the rest
     * as jx_utf8_decode says (NUL and invalid bytes: the byte itself) */
    if (u[0] < 0x80) {
        *cp = u[0];
        return 1;
    }
    if ((u[0] & 0xF0) == 0xE0 && n - i >= 3 && (u[1] & 0xC0) == 0x80 && (u[2] & 0xC0) == 0x80) {
        uint32_t v = ((uint32_t)(u[0] & 0x0F) << 12) | ((uint32_t)(u[1] & 0x3F) << 6) |
                     (u[2] & 0x3F);
        if (v >= 0x800 && (v < 0xD800 || v > 0xDFFF)) {
            *cp = v;
            return 3;
        }
    }
    int k = jx_utf8_decode(u, n - i, cp);
    if (k <= 0) {
        *cp = (unsigned char)s[i];
        return 1;
    }
    return k;
}

static inline size_t put(char *out, size_t w, size_t size, const char *p, size_t k)
{
    if (w + k < size) {
        for (size_t j = 0; j < k; j++) /* 1 to 4 bytes: no memcpy call */
            out[w + j] = p[j];
        return w + k;
    }
    return w;
}

/* Drops "(…)" groups that hold only points ("50分", "10.5分") or latin
 * letters (inline pinyin, "(biāo)"), in place. */
static size_t drop_groups(char *s, size_t n)
{
    size_t w = 0;
    for (size_t i = 0; i < n;) {
        if (s[i] == '(') {
            size_t j = i + 1;
            int digits = 0, latin = 0, other = 0;
            while (j < n && s[j] != ')' && j < i + 40) {
                unsigned char c = (unsigned char)s[j];
                if ((c >= '0' && c <= '9') || c == '.')
                    digits = 1, j++;
                else if (c < 0x80 && ((c | 32) >= 'a' && (c | 32) <= 'z'))
                    latin = 1, j++;
                else if (c >= 0xC0 && c < 0xE0) /* Latin-1 .. accents */
                    latin = 1, j += 2;
                else if (j + 3 <= n && !memcmp(s + j, "分", 3))
                    j += 3, other |= 2;
                else
                    other |= 1, j++;
            }
            if (j < n && s[j] == ')' && !(other & 1) &&
                ((digits && (other & 2) && !latin) || (latin && !digits && !other))) {
                i = j + 1;
                continue;
            }
        }
        s[w++] = s[i++];
    }
    s[w] = '\0';
    return w;
}

size_t jx_fold(const char *s, size_t n, char *out, size_t size)
{
    size_t w = 0;
    if (!size)
        return 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        int k = cp_at(s, n, i, &cp);
        const char *p = s + i;
        i += (size_t)k;
        if (cp == ' ' || cp == '\t' || cp == '\r' || cp == '\n' || cp == 0xA0 ||
            cp == 0x3000 || cp == '*' || cp == 0xFF0A)
            continue;
        if (cp >= 0xFF01 && cp <= 0xFF5E) {
            char c = (char)(cp - 0xFF01 + 0x21);
            w = put(out, w, size, &c, 1);
            continue;
        }
        if (cp == 0x3010 || cp == 0x3014) { /* 【 〔 */
            w = put(out, w, size, "(", 1);
            continue;
        }
        if (cp == 0x3011 || cp == 0x3015) {
            w = put(out, w, size, ")", 1);
            continue;
        }
        if (k == 3) {
            uint32_t sc = simplify(cp);
            if (sc != cp) {
                w = put_cp(out, w, size, sc);
                continue;
            }
        }
        w = put(out, w, size, p, (size_t)k);
    }
    out[w] = '\0';
    return drop_groups(out, w);
}

static int starts(const char *s, const char *w)
{
    /* the first byte before strlen: most words do not start s */
    return !w[0] || (s[0] == w[0] && !strncmp(s, w, strlen(w)));
}

static int has(const char *s, const char *w) { return strstr(s, w) != NULL; }

/* ---- the header vocabulary (rules/national/columns.lua) ---- */

#include "columns_lua.h"

static const char *const roles[JX_COL_COUNT] = {
    "", "level1", "level2", "level3", "target", "actual", "points", "score", "deviation",
    "operator", "unit", "value_type", "explanation", "note", "seq", "project", "code",
    "current", "previous"};

const char *jx_col_role(jx_col c) { return c < JX_COL_COUNT ? roles[c] : ""; }

jx_col jx_col_of_role(const char *role)
{
    for (int c = 1; role && c < JX_COL_COUNT; c++)
        if (!strcmp(roles[c], role))
            return (jx_col)c;
    return JX_COL_NONE;
}

typedef struct colent {
    char *key; /* folded, without the "*" */
    size_t kl;
    jx_col col;
    int prefix;
} colent;

struct jx_columns {
    colent *e;
    size_t n, cap;
    int sorted;
};

jx_columns *jx_columns_new(void) { return calloc(1, sizeof(jx_columns)); }

void jx_columns_free(jx_columns *c)
{
    if (!c)
        return;
    for (size_t i = 0; i < c->n; i++)
        free(c->e[i].key);
    free(c->e);
    free(c);
}

int jx_columns_add(jx_columns *c, const char *name, const char *role)
{
    jx_col col = role ? jx_col_of_role(role) : JX_COL_NONE;
    if (role && col == JX_COL_NONE)
        return 1;
    size_t nl = strlen(name);
    int prefix = nl > 0 && name[nl - 1] == '*';
    char k[160];
    if (nl >= sizeof k)
        return 1;
    size_t kl = jx_fold(name, nl - (size_t)prefix, k, sizeof k);
    if (!kl)
        return 1;
    c->sorted = 0;
    for (size_t i = 0; i < c->n; i++)
        if (c->e[i].prefix == prefix && c->e[i].kl == kl && !memcmp(c->e[i].key, k, kl)) {
            if (col != JX_COL_NONE) {
                c->e[i].col = col;
                return 0;
            }
            free(c->e[i].key);
            c->e[i] = c->e[--c->n];
            return 0;
        }
    if (col == JX_COL_NONE)
        return 0;
    if (c->n == c->cap) {
        size_t cap = c->cap ? c->cap * 2 : 64;
        colent *e = realloc(c->e, cap * sizeof *e);
        if (!e)
            return -1;
        c->e = e;
        c->cap = cap;
    }
    char *key = malloc(kl + 1);
    if (!key)
        return -1;
    memcpy(key, k, kl + 1);
    c->e[c->n++] = (colent){key, kl, col, prefix};
    return 0;
}

/* lookup order: exact names first, then prefixes, longest first */
static int ent_cmp(const void *a, const void *b)
{
    const colent *x = a, *y = b;
    if (x->prefix != y->prefix)
        return x->prefix - y->prefix;
    if (x->kl != y->kl)
        return x->kl > y->kl ? -1 : 1;
    return strcmp(x->key, y->key);
}

static void sort_columns(jx_columns *c)
{
    if (!c->sorted) {
        qsort(c->e, c->n, sizeof *c->e, ent_cmp);
        c->sorted = 1;
    }
}

size_t jx_columns_count(const jx_columns *c) { return c ? c->n : 0; }

void jx_columns_entry(const jx_columns *c, size_t i, const char **name, jx_col *col,
                      int *prefix)
{
    sort_columns((jx_columns *)c);
    *name = c->e[i].key;
    *col = c->e[i].col;
    *prefix = c->e[i].prefix;
}

/* The built-in vocabulary, read once from the compiled-in columns.lua:
 * every line of the form   ["名称"] = "role",   (the file's fixed layout;
 * a test holds it equal to what the national pack gives). */
static jx_columns *builtin;
static pthread_once_t builtin_once = PTHREAD_ONCE_INIT;

static void builtin_init(void)
{
    jx_columns *c = jx_columns_new();
    if (!c)
        return;
    const char *p = (const char *)columns_lua;
    while (p && *p) {
        const char *nl = strchr(p, '\n');
        const char *end = nl ? nl : p + strlen(p);
        const char *a = p;
        while (a < end && (*a == ' ' || *a == '\t'))
            a++;
        const char *b, *r, *re;
        if (end - a > 4 && a[0] == '[' && a[1] == '"' && (b = memchr(a + 2, '"', (size_t)(end - a - 2))) &&
            b + 1 < end && b[1] == ']' && (r = memchr(b + 2, '"', (size_t)(end - b - 2))) &&
            (re = memchr(r + 1, '"', (size_t)(end - r - 1)))) {
            char name[160], role[32];
            size_t nlen = (size_t)(b - a - 2), rlen = (size_t)(re - r - 1);
            if (nlen < sizeof name && rlen < sizeof role) {
                memcpy(name, a + 2, nlen);
                name[nlen] = '\0';
                memcpy(role, r + 1, rlen);
                role[rlen] = '\0';
                if (jx_columns_add(c, name, role) < 0) {
                    jx_columns_free(c);
                    return;
                }
            }
        }
        p = nl ? nl + 1 : NULL;
    }
    sort_columns(c);
    builtin = c;
}

const jx_columns *jx_columns_builtin(void)
{
    pthread_once(&builtin_once, builtin_init);
    return builtin;
}

static _Thread_local const jx_columns *in_use;

const jx_columns *jx_vocab_use(const jx_columns *c)
{
    const jx_columns *was = in_use;
    in_use = c;
    return was;
}

static jx_col lookup(const jx_columns *c, const char *k)
{
    if (!c)
        return JX_COL_NONE;
    sort_columns((jx_columns *)c);
    size_t kl = strlen(k);
    for (size_t i = 0; i < c->n; i++) {
        const colent *e = &c->e[i];
        if (e->prefix ? (kl >= e->kl && !memcmp(k, e->key, e->kl))
                      : (kl == e->kl && !memcmp(k, e->key, kl)))
            return e->col;
    }
    return JX_COL_NONE;
}

static int period_of(const char *k)
{
    if (has(k, "实施期"))
        return JX_PERIOD_IMPL;
    if (has(k, "长期"))
        return JX_PERIOD_LONG;
    if (has(k, "中期"))
        return JX_PERIOD_MID;
    return JX_PERIOD_YEAR;
}

jx_col jx_vocab_column(const char *s, size_t n, int *period)
{
    char k[160];
    if (n >= sizeof k)
        return JX_COL_NONE;
    jx_fold(s, n, k, sizeof k);
    *period = JX_PERIOD_YEAR;
    if (!k[0])
        return JX_COL_NONE;
    jx_col col = lookup(in_use ? in_use : jx_columns_builtin(), k);
    if (col != JX_COL_NONE)
        return col;
    size_t kl = strlen(k);
    if (kl > 45) /* a header cell is short: "计划指标值(或计划水平)" */
        return JX_COL_NONE;
    /* a formula is an explanation, never a header: "实际支出/年度预算×100%" */
    if (strchr(k, '/') || strchr(k, '%') || has(k, "×") || has(k, "÷"))
        return JX_COL_NONE;
    /* actuals: 实际完成值, 全年实际值(B), 完成值, 项目完成指标值, 实际值 */
    if (has(k, "实际") || has(k, "完成值") || has(k, "完成情况") ||
        has(k, "(B)") || starts(k, "全年实际")) {
        if (!has(k, "目标") && !has(k, "计划") && !has(k, "预期"))
            return *period = period_of(k), JX_COL_ACTUAL;
    }
    /* targets: 指标值, 年度指标值, 指标值(年度), 计划指标值(或计划水平),
     * 预算设定指标值, 当年预期实现值, 指标值(A), 目标值, 长期指标值 … */
    if (has(k, "指标值") || has(k, "目标值") || has(k, "预期实现值") ||
        has(k, "预期值") || has(k, "(A)") || !strcmp(k, "年度目标") ||
        has(k, "计划水平") || has(k, "设定值") || !strcmp(k, "指标目标值") ||
        !strcmp(k, "标准值")) {
        *period = period_of(k);
        return JX_COL_TARGET;
    }
    return JX_COL_NONE;
}

const char *jx_col_name(jx_col c)
{
    static const char *const names[JX_COL_COUNT] = {
        "", "一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值",
        "得分", "偏差原因", "指标性质", "度量单位", "指标值类型", "指标解释",
        "备注", "序号", "项目名称", "项目编码", "本年数", "上年数"};
    return c < JX_COL_COUNT ? names[c] : "";
}

typedef struct levelword {
    const char *w; /* folded, prefix */
    size_t wl;     /* its length */
    int level;
    char kind;
    const char *parent;
} levelword;

#define W(x) x, sizeof(x) - 1
static const levelword levels[] = {
    /* project framework (财预〔2020〕10号 template), and names in the wild */
    {W("产出指标"), 1, 'p', NULL},       {W("产出"), 1, '?', NULL},
    {W("效益指标"), 1, 'p', NULL},       {W("效益"), 1, 'p', NULL},
    {W("满意度指标"), 1, 'p', NULL},     {W("满意度"), 1, 'p', NULL},
    {W("项目完成指标"), 1, 'p', NULL},   {W("预期产出"), 1, 'p', NULL},
    {W("项目产出"), 1, 'p', NULL},       {W("项目效益"), 1, 'p', NULL},
    {W("效果指标"), 1, '?', NULL},       {W("效果"), 1, '?', NULL},
    {W("成本指标"), 2, 'p', "产出指标"}, /* also a 一级 in some forms */
    {W("数量指标"), 2, 'p', "产出指标"}, {W("质量指标"), 2, 'p', "产出指标"},
    {W("时效指标"), 2, 'p', "产出指标"}, {W("进度指标"), 2, 'p', "产出指标"},
    {W("经济成本指标"), 2, 'p', "产出指标"}, {W("社会成本指标"), 2, 'p', "产出指标"},
    {W("生态环境成本指标"), 2, 'p', "产出指标"},
    {W("预算控制指标"), 2, 'p', "产出指标"}, {W("预算(或投资规模)控制指标"), 2, 'p', "产出指标"},
    {W("经济效益指标"), 2, 'p', "效益指标"}, {W("社会效益指标"), 2, 'p', "效益指标"},
    {W("生态效益指标"), 2, 'p', "效益指标"}, {W("环境效益指标"), 2, 'p', "效益指标"},
    {W("可持续影响指标"), 2, 'p', "效益指标"},
    /* the same without 指标, and 产出 + 数量/质量/时效/成本, as many forms
     * print them ("可持续影响" alone is a 三级 of 履职效益 in department
     * tables: not here) */
    {W("经济效益"), 2, 'p', "效益指标"},     {W("社会效益"), 2, 'p', "效益指标"},
    {W("生态效益"), 2, 'p', "效益指标"},
    {W("产出数量"), 2, 'p', "产出指标"},     {W("产出质量"), 2, 'p', "产出指标"},
    {W("产出时效"), 2, 'p', "产出指标"},     {W("产出成本"), 2, 'p', "产出指标"},
    {W("服务对象满意度指标"), 2, 'p', "满意度指标"},
    {W("服务对象满意度"), 2, 'p', "满意度指标"}, {W("社会公众满意度"), 2, 'p', "满意度指标"},
    {W("满意度指标"), 1, 'p', NULL},
    /* department framework (both seeds), and the older 投入/过程/产出/效果 */
    {W("履职效能"), 1, 'd', NULL},       {W("管理效率"), 1, 'd', NULL},
    {W("运行成本"), 1, 'd', NULL},       {W("服务满意"), 1, 'd', NULL},
    {W("可持续性"), 1, 'd', NULL},       {W("投入"), 1, 'd', NULL},
    {W("过程"), 1, 'd', NULL},
    {W("工作目标管理"), 2, 'd', NULL},   {W("整体工作完成"), 2, 'd', NULL},
    {W("重点工作履行"), 2, 'd', NULL},   {W("部门目标实现"), 2, 'd', NULL},
    {W("预算管理"), 2, 'd', NULL},       {W("收支管理"), 2, 'd', NULL},
    {W("财务管理"), 2, 'd', NULL},       {W("资产管理"), 2, 'd', NULL},
    {W("基础管理"), 2, 'd', NULL},       {W("成本控制成效"), 2, 'd', NULL},
    {W("服务对象满意"), 2, 'd', NULL},   {W("利益相关方满意"), 2, 'd', NULL},
    {W("监督部门满意"), 2, 'd', NULL},   {W("体制机制改革"), 2, 'd', NULL},   {W("体制机制改革情况"), 2, 'd', NULL},
    {W("工作目标管理情况"), 2, 'd', NULL},
    {W("创新能力"), 2, 'd', NULL},       {W("人才支撑"), 2, 'd', NULL},
};
#undef W

static int vocab_level(const char *s, size_t n, char *kind, const char **parent)
{
    char k[160];
    *kind = 0;
    *parent = NULL;
    if (n >= sizeof k || !n)
        return 0;
    size_t kl = jx_fold(s, n, k, sizeof k);
    /* qualifiers: "数量指标(或建筑规模指标)", "时效指标(工期指标、形象进度指标)" */
    char *q = strchr(k, '(');
    if (q && q > k && kl < 120)
        *q = '\0', kl = (size_t)(q - k);
    /* "指标1:" style prefixes are not level names */
    for (size_t i = 0; i < JX_ARRAY_LEN(levels); i++) {
        const levelword *l = &levels[i];
        /* whole name, or name + "类" / "(N分)" already dropped */
        if (kl == l->wl && k[kl - 1] == l->w[kl - 1] && !memcmp(k, l->w, kl)) {
            *kind = l->kind;
            *parent = l->parent;
            return l->level;
        }
    }
    /* 二级 names split by extraction keep their first characters:
     * "可持续影" + "响指标"; and names with a trailing "类" */
    if (kl >= 6 && kl <= 30) {
        if (!strcmp(k + kl - 3, "类")) {
            char kk[160];
            memcpy(kk, k, kl - 3);
            kk[kl - 3] = '\0';
            return vocab_level(kk, kl - 3, kind, parent);
        }
    }
    return 0;
}

/* The first code point jx_fold writes for s[0..n), 0 when it is not plain
 * (nothing written, or a byte of an invalid sequence: the bytes that follow
 * could still spell a name). */
static uint32_t first_folded(const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        int k = cp_at(s, n, i, &cp);
        if (k == 1 && cp >= 0x80)
            return 0;
        i += (size_t)k;
        if (cp == ' ' || cp == '\t' || cp == '\r' || cp == '\n' || cp == 0xA0 ||
            cp == 0x3000 || cp == '*' || cp == 0xFF0A)
            continue;
        if (cp >= 0xFF01 && cp <= 0xFF5E)
            return cp - 0xFF01 + 0x21;
        if (cp == 0x3010 || cp == 0x3014)
            return '(';
        if (cp == 0x3011 || cp == 0x3015)
            return ')';
        return k == 3 ? simplify(cp) : cp;
    }
    return 0;
}

/* Sets of first characters, by code point mod 1024: folded text that
 * starts with none of a list's first characters starts no word of it. */
typedef struct firsts {
    uint64_t bit[16];
} firsts;

static void firsts_add(firsts *f, const char *w)
{
    uint32_t cp;
    cp_at(w, strlen(w), 0, &cp); /* as written: the words are compared so */
    f->bit[(cp >> 6) & 15] |= 1ull << (cp & 63);
}

/* 0 when the folded s starts with none of f (then no fold is needed) */
static int may_start(const firsts *f, const char *s, size_t n)
{
    uint32_t cp = first_folded(s, n);
    if (!cp || cp == '(')
        return 1; /* "(10分)产出指标": the group is dropped */
    return (f->bit[(cp >> 6) & 15] >> (cp & 63)) & 1;
}

static const char *const trailer_totals[] = {"总分", "合计", "总计", "综合得分", "自评总分", "总得分"};
static const char *const trailer_rest[] = {
    "评价结论", "存在问题", "改进措施", "项目负责人", "填报人", "联系电话", "审核人", "填报单位", "(打印本页)", "打印本页", "(关闭窗口)", "关闭窗口",
    "主办:", "主办单位", "技术支持", "版权所有", "网站地图", "分享到", "扫一扫",
    "分享:", "【打印", "【关闭", "[打印]", "返回顶部", "上一篇", "下一篇", "相关链接",
    "单位负责人", "财务负责人", "填报日期", "填表人", "填表日期", "说明:", "注:",
    "备注:", "签字", "(盖章)", "单位(盖章)", "主要问题", "整改措施", "自评结论",
    "绩效自评结论", "问题及改进", "评价意见", "审核意见", "经办人"};
/* what a page marker's folded text is made of (jx_vocab_page_marker) */
static const char *const marker_chars[] = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9",
                                           ".", ",", "-", "/", "|", "第", "页", "共", "—",
                                           "P", "p", "附"};
static firsts level_first, trailer_first, marker_first;
static pthread_once_t firsts_once = PTHREAD_ONCE_INIT;
static _Atomic int firsts_ready; /* set last: pthread_once only until then */

static void firsts_make(void)
{
    for (size_t i = 0; i < JX_ARRAY_LEN(levels); i++)
        firsts_add(&level_first, levels[i].w);
    for (size_t i = 0; i < JX_ARRAY_LEN(trailer_totals); i++)
        firsts_add(&trailer_first, trailer_totals[i]);
    for (size_t i = 0; i < JX_ARRAY_LEN(trailer_rest); i++)
        firsts_add(&trailer_first, trailer_rest[i]);
    for (size_t i = 0; i < JX_ARRAY_LEN(marker_chars); i++)
        firsts_add(&marker_first, marker_chars[i]);
    atomic_store_explicit(&firsts_ready, 1, memory_order_release);
}

static void firsts_init(void)
{
    if (!atomic_load_explicit(&firsts_ready, memory_order_acquire))
        pthread_once(&firsts_once, firsts_make);
}

static int maybe_level(const char *s, size_t n)
{
    firsts_init();
    return may_start(&level_first, s, n);
}

/* A hash of a cell's bytes for jx_level_cached: eight bytes at a time,
 * then byte by byte. */
static uint32_t bytes_hash(const char *s, size_t n)
{
    uint64_t h = 0x9E3779B97F4A7C15u;
    size_t i = 0;
    for (; i + 8 <= n; i += 8)
        h = (h ^ jx_load8(s + i)) * 0xFF51AFD7ED558CCDu;
    for (; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 0x100000001B3u;
    h ^= h >> 29;
    return (uint32_t)(h ^ h >> 32);
}

int jx_level_cached(jx_level_slot *cache, jx_level_fn fn, const char *s, size_t n, char *kind,
                    const char **parent)
{
    if (!n || n > JX_LEVEL_KEY_MAX)
        return fn(s, n, kind, parent);
    uint32_t h = bytes_hash(s, n);
    jx_level_slot *e = &cache[(h ^ (h >> 15)) & (JX_LEVEL_SLOTS - 1)];
    if (e->n == n && !memcmp(e->s, s, n)) {
        *kind = e->kind;
        *parent = e->parent;
        return e->level;
    }
    int level = fn(s, n, kind, parent);
    e->n = (unsigned char)n;
    e->level = (signed char)level;
    e->kind = *kind;
    e->parent = *parent;
    memcpy(e->s, s, n);
    return level;
}

/* The reader asks this of the same cells many times over (each row scan
 * of a table): the function depends on nothing but the bytes. */
int jx_vocab_level(const char *s, size_t n, char *kind, const char **parent)
{
    static _Thread_local jx_level_slot cache[JX_LEVEL_SLOTS];
    if (n && !maybe_level(s, n)) {
        *kind = 0;
        *parent = NULL;
        return 0;
    }
    return jx_level_cached(cache, vocab_level, s, n, kind, parent);
}

int jx_vocab_trailer(const char *s, size_t n)
{
    char k[160];
    if (!n)
        return 0;
    if (n >= sizeof k)
        n = sizeof k - 1;
    firsts_init();
    /* no word starts it and no 章 for "(盖章)" at its end: no fold needed */
    if (!may_start(&trailer_first, s, n) && !memmem(s, n, "章", 3))
        return 0;
    jx_fold(s, n, k, sizeof k);
    const char *const *totals = trailer_totals, *const *rest = trailer_rest;
    for (size_t i = 0; i < JX_ARRAY_LEN(trailer_totals); i++)
        if (starts(k, totals[i]))
            return 1;
    for (size_t i = 0; i < JX_ARRAY_LEN(trailer_rest); i++)
        if (starts(k, rest[i]))
            return 2;
    size_t kl = strlen(k);
    if (kl >= 8 && !strcmp(k + kl - 8, "(盖章)"))
        return 2; /* "西峡县农业农村局（盖章）": the signature line */
    return 0;
}

int jx_vocab_page_marker(const char *s, size_t n)
{
    char k[96];
    if (!n || n >= sizeof k)
        return 0;
    firsts_init();
    if (!may_start(&marker_first, s, n))
        return 0; /* starts with no character a marker is made of */
    size_t kl = jx_fold(s, n, k, sizeof k);
    size_t i = 0;
    int digits = 0, marks = 0;
    if (!strncmp(k, "附表", 6) || !strncmp(k, "附件", 6)) {
        /* "附表12" at a page's top or foot */
        size_t j = 6;
        while (j < kl && k[j] >= '0' && k[j] <= '9')
            j++;
        return j > 6 && j == kl;
    }
    /* "-3-", "—3—", "第3页", "第3页共5页", "3/5", "Page3"; not "9.6" or
     * "1,200", which are numbers (a 得分 on a line of its own) */
    while (i < kl) {
        unsigned char c = (unsigned char)k[i];
        if (c >= '0' && c <= '9')
            digits++, i++;
        else if (c == '.' || c == ',')
            i++;
        else if (c == '-' || c == '/' || c == '|')
            marks++, i++;
        else if (i + 3 <= kl && (!memcmp(k + i, "第", 3) || !memcmp(k + i, "页", 3) ||
                                 !memcmp(k + i, "共", 3) || !memcmp(k + i, "—", 3)))
            marks++, i += 3;
        else if (!strncmp(k + i, "Page", 4) || !strncmp(k + i, "page", 4))
            marks++, i += 4;
        else
            return 0;
    }
    return digits > 0 && digits <= 6 && marks > 0;
}

/* 1 when s holds one of 指 值 分 偏 权: each header word below has one,
 * and most cells none (one pass instead of fifteen searches) */
static inline int header_char_at(const unsigned char *u)
{
    if (u[0] == 0xE6)
        return (u[1] == 0x8C && u[2] == 0x87) || /* 指 */
               (u[1] == 0x9D && u[2] == 0x83);   /* 权 */
    return u[0] == 0xE5 && ((u[1] == 0x80 && u[2] == 0xBC) ||  /* 值 */
                            (u[1] == 0x88 && u[2] == 0x86) ||  /* 分 */
                            (u[1] == 0x81 && u[2] == 0x8F));   /* 偏 */
}

static int header_char(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
#if JX_SWAR
    /* eight bytes at a time: only the E5 and E6 bytes are looked at (gcc
     * and clang; elsewhere the byte loop below does it all) */
    for (; i + 10 <= n; i += 8) {
        uint64_t x = jx_load8(u + i);
        if (!(x & 0x8080808080808080u))
            continue; /* ASCII (numbers, codes) */
        for (uint64_t m = jx_bytes_eq(x, 0xE5) | jx_bytes_eq(x, 0xE6); m; m &= m - 1)
            if (header_char_at(u + i + (unsigned)__builtin_ctzll(m) / 8))
                return 1;
    }
#endif
    for (; i + 2 < n; i++)
        if (header_char_at(u + i))
            return 1;
    return 0;
}

int jx_vocab_header_words(const char *s, size_t n)
{
#define HW(x) {x, sizeof(x) - 1}
    static const struct {
        const char *w;
        size_t n;
    } w[] = {HW("一级指标"), HW("二级指标"), HW("三级指标"), HW("指标值"), HW("实际完成值"),
             HW("分值"), HW("得分"), HW("偏差原因"), HW("一級指標"), HW("二級指標"),
             HW("三級指標"), HW("指標值"), HW("年度指标值"), HW("实际值"), HW("权重")};
#undef HW
    int k = 0;
    if (n < 6 || !header_char(s, n))
        return 0;
    for (size_t i = 0; i < JX_ARRAY_LEN(w); i++)
        if (memmem(s, n, w[i].w, w[i].n))
            k++;
    return k;
}

int jx_vocab_whole_quantity(const jx_value *v, size_t n)
{
    const jx_threshold *t = &v->t[0];
    return v->kind == JX_V_QUANT && t->off == 0 && t->subj_len == 0 &&
           (!t->implied || t->unit[0]) && (v->n > 1 || t->off + t->len + 9 >= n);
}

int jx_vocab_is_quantity(const char *s, size_t n)
{
    jx_value v;
    jx_error e;
    return n && jx_value_parse(s, n, &v, &e) == JX_OK && jx_vocab_whole_quantity(&v, n);
}
