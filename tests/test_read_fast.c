/*
 * test_read_fast.c - the short cuts of core/read/text.c give the answers
 * of the plain code they replace (issue 16, sixth pass).
 *
 * split_at takes every separator of eight bytes from one load: compared
 * with the split it replaced (a search per cell) on made-up lines, cell
 * for cell, and its cells are trimmed (row_tab no longer trims them
 * again).  ocr_rows is skipped when the text holds no O, I or l: that
 * rests on no reader putting one of them into a cell, which is checked on
 * every text fixture with the three letters taken out.
 */
#define _GNU_SOURCE /* memmem, in text.c */
#include <criterion/criterion.h>
#include <dirent.h>
#include <stdio.h>
#include <sys/stat.h>

#include "read/text.c"
#include "made_up.h"

/* split_at as it was before (issue 16, fifth pass) */
static size_t ref_next_sep(const char *s, size_t i, size_t n, char sep)
{
    for (; i < n; i++)
        if (s[i] == sep)
            return i;
    return n;
}

static int ref_split_at(char *s, size_t n, char sep, const char **cs, size_t *ns)
{
    int k = 0;
    size_t st = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i < n)
            i = ref_next_sep(s, i, n, sep);
        const char *c = s + st;
        size_t len = i - st;
        jx_trim(&c, &len);
        if (k < MAXC) {
            cs[k] = c;
            ns[k] = len;
            k++;
        } else if (len) {
            ns[MAXC - 1] = (size_t)(c + len - cs[MAXC - 1]);
        }
        st = i + 1;
    }
    for (int i = 0; i < k; i++)
        ((char *)cs[i])[ns[i]] = '\0';
    return k;
}

static const char *const piece[] = {
    "\t", "\t", "\t\t\t", "|", " ", "  ", "\xe3\x80\x80", "\xc2\xa0", "a", "12", "300000",
    "8159.93", "工会事务", "产出指标", "≥95%", "\"", "\"x\"", "一", "\x80", "\xe4", ",", "\r"};

static size_t made_up_line(char *buf, size_t size)
{
    return made_up_pieces(piece, JX_ARRAY_LEN(piece), 90, buf, size);
}

Test(read_fast, split_at_as_before)
{
    static const char seps[] = {'\t', '|', ' '};
    char a[600], b[600];
    for (int it = 0; it < 100000; it++) {
        size_t n = made_up_line(a, sizeof a);
        memcpy(b, a, n + 1);
        char sep = seps[rnd(3)];
        const char *ca[MAXC], *cb[MAXC];
        size_t na[MAXC], nb[MAXC];
        int ka = split_at(a, n, sep, ca, na), kb = ref_split_at(b, n, sep, cb, nb);
        cr_assert_eq(ka, kb, "line %d: %d cells, before %d", it, ka, kb);
        cr_assert(!memcmp(a, b, n + 1), "line %d: the bytes written", it);
        for (int q = 0; q < ka; q++) {
            cr_assert(ca[q] - a == cb[q] - b && na[q] == nb[q], "line %d cell %d", it, q);
            /* trimmed: row_tab relies on it */
            const char *t = ca[q];
            size_t tn = na[q];
            jx_trim(&t, &tn);
            cr_assert(t == ca[q] && tn == na[q], "line %d cell %d not trimmed", it, q);
        }
    }
}

/* has_tab_cells as it was before (a memchr per cell) */
static int ref_has_tab_cells(const tline *l)
{
    int cells = 0;
    size_t st = 0;
    if (!memchr(l->s, '\t', l->n))
        return 0;
    for (size_t i = 0; i <= l->n && cells < 2; i++) {
        if (i < l->n) {
            const char *t = memchr(l->s + i, '\t', l->n - i);
            i = t ? (size_t)(t - l->s) : l->n;
        }
        const char *c = l->s + st;
        size_t len = i - st;
        jx_trim(&c, &len);
        cells += len > 0;
        st = i + 1;
    }
    return cells >= 2;
}

Test(read_fast, has_tab_cells_as_before)
{
    char a[600];
    int yes = 0;
    for (int it = 0; it < 100000; it++) {
        tline l = {a, made_up_line(a, sizeof a), 1, 0};
        int k = has_tab_cells(&l);
        cr_assert_eq(k, ref_has_tab_cells(&l), "line %d: %s", it, a);
        yes += k;
    }
    cr_expect_gt(yes, 1000, "lines with TAB cells: %d", yes);
}

/* clean_line told that the line holds no '<' and no CR gives what its
 * loop over every byte gives (the lines here have neither) */
Test(read_fast, clean_line_without_marks_as_the_loop)
{
    char a[600], b[600];
    for (int it = 0; it < 100000; it++) {
        size_t n = made_up_line(a, sizeof a);
        for (size_t i = 0; i < n; i++)
            if (a[i] == '\r')
                a[i] = ' ';
        memcpy(b, a, n + 1);
        size_t na = clean_line(a, n, 0), nb = clean_line(b, n, 1);
        cr_assert(na == nb && !memcmp(a, b, n + 1), "line %d", it);
    }
}

/* holds() over the lines of a text in order: what a memchr per line says */
Test(read_fast, holds_as_memchr_per_line)
{
    static const char *const bits[] = {"<", "\r", "\n", "\n\n", "a", "工会", "\t", "<5%"};
    char t[4000];
    for (int it = 0; it < 20000; it++) {
        size_t len = made_up_pieces(bits, JX_ARRAY_LEN(bits), 200, t, sizeof t);
        const char *end = t + len, *lt = memchr(t, '<', len), *cr = memchr(t, '\r', len);
        for (const char *s = t; s <= end;) {
            const char *e = memchr(s, '\n', (size_t)(end - s));
            if (!e)
                e = end;
            size_t n = (size_t)(e - s);
            cr_assert_eq(holds(&lt, s, e, end, '<'), memchr(s, '<', n) != NULL, "text %d", it);
            cr_assert_eq(holds(&cr, s, e, end, '\r'), memchr(s, '\r', n) != NULL, "text %d", it);
            s = e + 1;
        }
    }
}

static int has_letter(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] == 'O' || s[i] == 'I' || s[i] == 'l')
            return 1;
    return 0;
}

/* The grids of text (the three letters taken out) hold none of them. */
static int letters_in_grids(char *text, size_t n, const char *name)
{
    for (size_t i = 0; i < n; i++)
        if (text[i] == 'O' || text[i] == 'I' || text[i] == 'l')
            text[i] = 'o';
    jx_grids gs = {0};
    jx_error err = {0};
    cr_assert_eq(jx_grid_from_text(&gs, text, n, &err), JX_OK, "%s: %s", name, err.msg);
    int bad = 0;
    for (size_t k = 0; k < gs.n; k++)
        for (size_t i = 0; i < gs.g[k]->nrows; i++)
            for (int c = 0; c < gs.g[k]->rows[i].n; c++)
                bad += has_letter(gs.g[k]->rows[i].c[c].s, gs.g[k]->rows[i].c[c].n);
    jx_grids_free(&gs);
    return bad;
}

static int walk(const char *dir, int *files)
{
    int bad = 0;
    DIR *d = opendir(dir);
    cr_assert(d, "%s", dir);
    for (struct dirent *e; (e = readdir(d));) {
        if (e->d_name[0] == '.')
            continue;
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        struct stat st;
        if (stat(path, &st))
            continue;
        if (S_ISDIR(st.st_mode)) {
            bad += walk(path, files);
            continue;
        }
        size_t pl = strlen(path);
        if (pl < 4 || strcmp(path + pl - 4, ".txt"))
            continue;
        FILE *f = fopen(path, "rb");
        cr_assert(f);
        char *text = malloc((size_t)st.st_size + 1);
        cr_assert(text);
        size_t n = fread(text, 1, (size_t)st.st_size, f);
        fclose(f);
        text[n] = '\0';
        bad += letters_in_grids(text, n, path);
        free(text);
        (*files)++;
    }
    closedir(d);
    return bad;
}

Test(read_fast, no_reader_makes_ocr_letters)
{
    int files = 0, bad = walk(JX_SOURCE_DIR "/tests", &files) + walk(JX_SOURCE_DIR "/examples", &files);
    cr_expect_gt(files, 100, "text fixtures read: %d", files);
    cr_assert_eq(bad, 0, "cells with O, I or l from texts without them: %d", bad);
    /* and the shapes whose readers rebuild cells (OCR, run-on lines) */
    static const char *const made[] = {
        "一级指标 二级指标 三级指标 指标值\n产出指标 数量指标 培训人次 2100人次\n",
        "产出指标数量指标培训人次≥100人次质量指标合格率295%时效指标完成时间2024年12月\n",
        "指标 分值 得分\n产出 10295% 0.6710\n"};
    for (size_t i = 0; i < JX_ARRAY_LEN(made); i++) {
        char *t = strdup(made[i]);
        cr_assert(t);
        cr_assert_eq(letters_in_grids(t, strlen(t), made[i]), 0, "%s", made[i]);
        free(t);
    }
}
