/*
 * read/text.c - text extracted from PDF, Word or a web page -> a grid.
 *
 * Cells are split by TAB; HTML debris is removed (</td> and </th> become
 * cell breaks, <br> a space) and markdown/pipe rows become cells.  Cell
 * strings point into the caller's text buffer, which is edited in place
 * and must outlive the grid.
 */
#include "grid.h"

/* Removes HTML tags in place, strips markdown heading marks and turns a
 * markdown table row into cells.  Returns the new length. */
static size_t clean_line(char *s, size_t n)
{
    size_t w = 0, i = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\r'))
        i++;
    if (i < n && s[i] == '#') {
        size_t j = i;
        while (j < n && s[j] == '#')
            j++;
        if (j < n && s[j] == ' ')
            i = j + 1;
    }
    int md = i < n && s[i] == '|';
    if (md) {
        /* "|---|---|" separator lines carry nothing */
        int sep = 1;
        for (size_t j = i; j < n; j++)
            if (!strchr("|-: \r", s[j]))
                sep = 0;
        if (sep)
            return 0;
        i++;
    }
    for (; i < n; i++) {
        char c = s[i];
        if (c == '<' && i + 1 < n &&
            ((s[i + 1] >= 'a' && s[i + 1] <= 'z') ||
             (s[i + 1] >= 'A' && s[i + 1] <= 'Z') || s[i + 1] == '/' ||
             s[i + 1] == '!')) {
            size_t j = i + 1;
            while (j < n && j < i + 200 && s[j] != '>' && s[j] != '<')
                j++;
            if (j < n && s[j] == '>') {
                const char *t = s + i + 1;
                size_t tl = j - i - 1;
                if ((tl >= 3 && (!strncmp(t, "/td", 3) || !strncmp(t, "/th", 3))))
                    s[w++] = '\t';
                else if (tl >= 2 && (!strncmp(t, "br", 2) || !strncmp(t, "BR", 2)))
                    s[w++] = ' ';
                i = j;
                continue;
            }
        }
        if (md && c == '|')
            c = '\t';
        if (c == '\r')
            continue;
        s[w++] = c;
    }
    s[w] = '\0';
    return w;
}

/* One line split at TABs into a grid row (trailing empty cells dropped). */
static int split_row(jx_grid *g, char *s, size_t n, int line, size_t off)
{
    int last = -1, idx = 0;
    size_t st = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i < n && s[i] != '\t')
            continue;
        const char *c = s + st;
        size_t len = i - st;
        jx_trim(&c, &len);
        if (len)
            last = idx;
        idx++;
        st = i + 1;
    }
    if (last < 0)
        return 0;
    jx_grow *r = jx_grid_add_row(g, last + 1, line, 0);
    if (!r)
        return -1;
    r->off = off;
    int k = 0;
    st = 0;
    for (size_t i = 0; i <= n && k <= last; i++) {
        if (i < n && s[i] != '\t')
            continue;
        const char *c = s + st;
        size_t len = i - st;
        jx_trim(&c, &len);
        ((char *)c)[len] = '\0'; /* the separator or trailing space */
        r->c[k].s = c;
        r->c[k].n = len;
        k++;
        st = i + 1;
    }
    return 0;
}

int jx_grid_from_text(jx_grids *gs, char *data, size_t len, jx_error *err)
{
    jx_grid *g = jx_grid_new(JX_GRID_TEXT, NULL);
    if (!g || jx_grids_push(gs, g))
        return jx_fail(err, JX_ENOMEM, NULL, 0, 0, "内存不足");
    g->shape = "tab";
    int line = 0;
    size_t start = 0;
    for (size_t i = 0; i <= len; i++) {
        if (i < len && data[i] != '\n')
            continue;
        line++;
        char *s = data + start;
        size_t off = start;
        size_t n = clean_line(s, i - start);
        start = i + 1;
        if (split_row(g, s, n, line, off))
            return jx_fail(err, JX_ENOMEM, NULL, line, 0, "内存不足");
    }
    return JX_OK;
}
