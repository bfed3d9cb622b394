/*
 * test_csv_fast.c - the short cuts of the CSV reader (core/records.c) and
 * of the grid rows (core/grid.c) give the answers of the plain code they
 * replace (issue 16, seventh pass).
 *
 * csv_field takes a field of a line without CR as it stands (one look
 * for CR per line): compared with the field cutter before, field for
 * field, on made-up CSV (quotes, CRLF, lone CR, BOM, odd bytes).  csv_grid
 * looks only for NUL where it checked the whole text as UTF-8: that rests
 * on jx_decode's text being valid UTF-8 but for NUL, checked on made-up
 * inputs in UTF-8, GB18030, UTF-16 and bytes that are neither.  The rows
 * filled once (jx_grid_add_strs, jx_grid_add_cells) are the rows
 * jx_grid_add_row and a fill made.
 */
#include <criterion/criterion.h>
#include <iconv.h>
#include <stdlib.h>

#include "records.c"
#include "made_up.h"

/* csv_field as it was before (issue 16, sixth pass) */
static int ref_csv_field(csv *c, char **f, size_t *n)
{
    char *w = *f = c->p;
    *n = 0;
    if (c->p >= c->end)
        return -1;
    if (*c->p == '"') {
        c->p++;
        for (;;) {
            if (c->p >= c->end)
                return -2;
            char ch = *c->p++;
            if (ch == '"') {
                if (c->p < c->end && *c->p == '"') {
                    *w++ = '"';
                    c->p++;
                    continue;
                }
                break;
            }
            if (ch == '\n')
                c->line++;
            *w++ = ch;
        }
        while (c->p < c->end && *c->p != c->delim && *c->p != '\n') {
            if (*c->p != '\r')
                *w++ = *c->p;
            c->p++;
        }
    } else {
        if (!c->eol || c->eol < c->p) {
            c->eol = memchr(c->p, '\n', (size_t)(c->end - c->p));
            if (!c->eol)
                c->eol = c->end;
        }
        char *dl = memchr(c->p, c->delim, (size_t)(c->eol - c->p));
        char *e = dl ? dl : (char *)c->eol;
        for (char *q = c->p; q < e;) {
            char *cr = memchr(q, '\r', (size_t)(e - q));
            char *re = cr ? cr : e;
            if (w != q)
                memmove(w, q, (size_t)(re - q));
            w += re - q;
            q = cr ? cr + 1 : e;
        }
        c->p = e;
    }
    *n = (size_t)(w - *f);
    if (c->p < c->end && *c->p == c->delim) {
        c->p++;
        return 0;
    }
    if (c->p < c->end && *c->p == '\n')
        c->p++;
    c->line++;
    return 1;
}

static const char *const piece[] = {
    ",", ",", ",,", "\t", ";", "\n", "\n", "\r\n", "\r", "\"", "\"\"", "\"a,b\"", "\"x\ny\"",
    " ", "工会事务", "≥95%", "12", "8159.93", "\xef\xbb\xbf", "\x80", "\xe4", "a"};

Test(csv_fast, field_as_before)
{
    static const char delims[] = {',', '\t', ';'};
    char a[2000], b[2000];
    for (int it = 0; it < 50000; it++) {
        size_t n = made_up_pieces(piece, JX_ARRAY_LEN(piece), 120, a, sizeof a);
        memcpy(b, a, n + 1);
        char delim = delims[rnd(3)];
        csv ca = {a, a + n, 1, delim, NULL, 0}, cb = {b, b + n, 1, delim, NULL, 0};
        for (int f = 0;; f++) {
            char *fa, *fb;
            size_t na, nb;
            int sa = csv_field(&ca, &fa, &na), sb = ref_csv_field(&cb, &fb, &nb);
            cr_assert_eq(sa, sb, "text %d field %d: status %d, before %d", it, f, sa, sb);
            cr_assert_eq(ca.p - a, cb.p - b, "text %d field %d: where it stops", it, f);
            cr_assert_eq(ca.line, cb.line, "text %d field %d: line", it, f);
            if (sa < 0)
                break;
            cr_assert(fa - a == fb - b && na == nb && !memcmp(fa, fb, na),
                      "text %d field %d: the field", it, f);
        }
    }
}

/* made-up input bytes in one of the encodings jx_decode reads, or none */
static size_t made_up_input(char *buf, size_t size)
{
    static const char *const text[] = {"工会事务", "≥95%", "12", ",", "\n", "\r\n", "\t",
                                       "a", "\"", "年度指标值", "😀", "\xc2\xa0"};
    char utf8[800];
    size_t n = 0;
    for (unsigned k = rnd(40); k > 0; k--) {
        const char *p = text[rnd((unsigned)JX_ARRAY_LEN(text))];
        size_t pl = strlen(p);
        if (n + pl < sizeof utf8)
            memcpy(utf8 + n, p, pl), n += pl;
        if (!rnd(30) && n + 1 < sizeof utf8)
            utf8[n++] = rnd(2) ? '\0' : (char)(0x80 + rnd(128)); /* a NUL or a bad byte */
    }
    unsigned form = rnd(4);
    if (form == 0) { /* UTF-8 (or what is left of it) */
        memcpy(buf, utf8, n);
        return n;
    }
    const char *to = form == 1 ? "GB18030" : form == 2 ? "UTF-16LE" : "UTF-16BE";
    size_t off = 0;
    if (form == 2)
        memcpy(buf, "\xff\xfe", 2), off = 2;
    if (form == 3)
        memcpy(buf, "\xfe\xff", 2), off = 2;
    iconv_t cd = iconv_open(to, "UTF-8");
    cr_assert(cd != (iconv_t)-1);
    char *in = utf8, *o = buf + off;
    size_t inleft = n, oleft = size - off;
    iconv(cd, &in, &inleft, &o, &oleft); /* up to a bad byte: the rest is left out */
    iconv_close(cd);
    return (size_t)(o - buf);
}

Test(csv_fast, decoded_text_is_utf8_but_for_nul)
{
    static const jx_encoding encs[] = {JX_ENC_AUTO, JX_ENC_UTF8, JX_ENC_GB18030};
    char in[4000];
    int decoded = 0, with_nul = 0;
    for (int it = 0; it < 20000; it++) {
        size_t n = made_up_input(in, sizeof in);
        char *text;
        size_t tlen;
        jx_error err = {0};
        if (jx_decode(in, n, "t.csv", encs[rnd(3)], &text, &tlen, &err) != JX_OK)
            continue;
        decoded++;
        int nul = memchr(text, '\0', tlen) != NULL;
        with_nul += nul;
        cr_assert_eq(jx_utf8_check(text, tlen) == tlen, !nul,
                     "input %d: valid UTF-8 %d, NUL %d", it, jx_utf8_check(text, tlen) == tlen,
                     nul);
        free(text);
    }
    cr_expect_gt(decoded, 5000, "inputs decoded: %d", decoded);
    cr_expect_gt(with_nul, 10, "decoded with a NUL: %d", with_nul);
}

Test(csv_fast, rows_filled_once_as_before)
{
    jx_grid *a = jx_grid_new(JX_GRID_TEXT, NULL), *b = jx_grid_new(JX_GRID_TEXT, NULL),
            *c = jx_grid_new(JX_GRID_TEXT, NULL);
    cr_assert(a && b && c);
    cr_assert_eq(jx_grid_reserve(c, 10), 0);
    static const char *const word[] = {"", "一", "12", "≥95%", "工会事务"};
    for (int it = 0; it < 3000; it++) { /* past the first room: the array moves */
        int n = (int)rnd(20);
        const char *s[20];
        size_t len[20];
        jx_cell cell[20];
        for (int i = 0; i < n; i++) {
            s[i] = word[rnd((unsigned)JX_ARRAY_LEN(word))];
            len[i] = strlen(s[i]);
            cell[i] = (jx_cell){.s = s[i], .n = len[i], .rowspan = 1, .colspan = 1};
        }
        jx_grow *ra = jx_grid_add_row(a, n, it + 1, it % 3);
        cr_assert(ra);
        for (int i = 0; i < n; i++)
            ra->c[i].s = s[i], ra->c[i].n = len[i];
        jx_grow *rb = jx_grid_add_strs(b, s, len, n, it + 1, it % 3);
        jx_grow *rc = jx_grid_add_cells(c, cell, n, it + 1, it % 3);
        cr_assert(rb && rc);
        for (const jx_grow *r = rb; r; r = r == rb ? rc : NULL) {
            cr_assert(r->n == ra->n && r->line == ra->line && r->page == ra->page &&
                      r->off == ra->off && r->flags == ra->flags, "row %d", it);
            for (int i = 0; i < n; i++) {
                const jx_cell *x = &r->c[i], *y = &ra->c[i];
                cr_assert(x->s == y->s && x->n == y->n && x->rowspan == y->rowspan &&
                          x->colspan == y->colspan && x->flags == y->flags,
                          "row %d cell %d", it, i);
            }
        }
    }
    cr_assert(a->nrows == b->nrows && b->nrows == c->nrows && a->ncols == b->ncols &&
              b->ncols == c->ncols);
    jx_grid_free(a);
    jx_grid_free(b);
    jx_grid_free(c);
}
