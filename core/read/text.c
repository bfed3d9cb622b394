/*
 * read/text.c - text extracted from PDF, Word or a web page -> a grid.
 *
 * Text reaches a user in several shapes (domain.md §5a); the shape is
 * decided per document from its lines, then each line becomes a row:
 *
 *   tab     cells split by TAB (Word, careful PDF extraction); HTML debris
 *           removed (</td> a cell break, <br> a space), markdown rows split
 *   pipe    "| a | b |" rows from web pages: padding "|||" kept as empty
 *           cells, a row broken over lines joined again, a cell on its own
 *           line put back into its row
 *   spaces  cells split by runs of spaces, columns aligned by position
 *           (pdftotext -layout): each cell is put under the header column
 *           it stands below, so merged cells stay empty instead of shifting
 *           the row; a cell wrapped onto the next line is joined
 *   words   cells split by single spaces (older extractors)
 *   lines   one cell per line or per paragraph: a header written down the
 *           page (一级指标 / 二级指标 / …) gives the columns, and the cells
 *           that follow are put back into rows by what they are
 *
 * Cell strings point into the caller's text buffer (edited in place, it
 * must outlive the grid) or into the grid's arena.
 */
#define _GNU_SOURCE /* memmem */
#include "grid.h"
#include "swar.h"
#include "vocab.h"

#include <stdlib.h>

#include "jixiao/value.h"

/* Removes HTML tags in place, strips markdown heading marks and turns a
 * markdown table row into cells.  Returns the new length.  marks: the
 * line holds a '<' or a CR (the caller knows, see holds()). */
static size_t clean_line(char *s, size_t n, int marks)
{
    size_t w = 0, i = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\r'))
        i++;
    size_t lead = i; /* leading spaces are kept: aligned text needs them */
    if (i < n && s[i] == '#') {
        size_t j = i;
        while (j < n && s[j] == '#')
            j++;
        if (j < n && s[j] == ' ')
            lead = j + 1;
        else
            lead = 0;
    } else {
        lead = 0;
    }
    if (i < n && s[i] == '|') {
        /* "|---|---|" separator lines carry nothing */
        int sep = 1;
        for (size_t j = i; j < n; j++)
            if (!strchr("|-: \r", s[j]))
                sep = 0;
        if (sep)
            return 0;
    }
    if (!lead && !marks) {
        s[n] = '\0'; /* nothing to drop: the loop below would copy every byte */
        return n;
    }
    for (i = lead; i < n; i++) {
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
                else if (tl >= 2 && (!strncmp(t, "br", 2) || !strncmp(t, "BR", 2)) &&
                         !(w > 0 && (unsigned char)s[w - 1] >= 0x80 && j + 1 < n &&
                           (unsigned char)s[j + 1] >= 0x80))
                    s[w++] = ' '; /* (between Chinese characters: nothing,
                                     "修剪嫁接<br>完成时间" is one name) */
                i = j;
                continue;
            }
        }
        if (c == '\r')
            continue;
        s[w++] = c;
    }
    s[w] = '\0';
    return w;
}

/* Whether [s, e) holds byte b, for lines in order: *next is the first b
 * at or after an earlier line's start (or NULL: none left), searched
 * again only when the lines have passed it.  A memchr per line with a b,
 * not per line (most lines have no '<', no CR). */
static int holds(const char **next, const char *s, const char *e, const char *end, char b)
{
    if (*next && *next < s)
        *next = memchr(s, b, (size_t)(end - s));
    return *next && *next < e;
}

static int starts_lit(const char *s, size_t n, const char *w)
{
    /* the first byte before strlen (w is never empty) */
    if (!n || s[0] != w[0])
        return 0;
    size_t wl = strlen(w);
    return n >= wl && !memcmp(s, w, wl);
}

/* a then b, NUL-terminated, in the grid's arena; NULL on ENOMEM */
static char *arena_cat(jx_grid *g, const char *a, size_t an, const char *b, size_t bn)
{
    char *j = jx_arena_alloc(&g->arena, an + bn + 1);
    if (!j)
        return NULL;
    memcpy(j, a, an);
    memcpy(j + an, b, bn);
    j[an + bn] = '\0';
    return j;
}

/* Parentheses left open in s[0..n) ("时效指标（工期、": 1). */
static int paren_depth(const char *s, size_t n)
{
    int depth = 0;
    for (size_t q = 0; q < n; q++)
        depth += starts_lit(s + q, n - q, "（") || s[q] == '(' ? 1
                 : starts_lit(s + q, n - q, "）") || s[q] == ')' ? -1 : 0;
    return depth;
}


/* ---- lines ---- */

typedef struct tline {
    char *s;
    size_t n;
    int line;
    size_t off;
} tline;

enum shape { SH_TAB, SH_PIPE, SH_SPACES, SH_WORDS, SH_LINES, SH_RUNON };

static int has_tab_cells(const tline *l)
{
    int cells = 0;
    size_t st = 0;
    if (!memchr(l->s, '\t', l->n))
        return 0;
    for (size_t i = 0; i <= l->n && cells < 2; i++) {
        if (i < l->n) /* to the next TAB or the end */
            i = jx_next_byte(l->s, i, l->n, '\t');
        const char *c = l->s + st;
        size_t len = i - st;
        jx_trim(&c, &len);
        cells += len > 0;
        st = i + 1;
    }
    return cells >= 2;
}

/* Two or more '|' in the line */
static int two_pipes(const tline *l)
{
    const char *p = memchr(l->s, '|', l->n);
    return p && memchr(p + 1, '|', (size_t)(l->s + l->n - (p + 1)));
}

/* Length of a run of blanks at s[i] (ASCII spaces, U+3000), in bytes;
 * *cols gets its display width. */
static size_t blank_run(const char *s, size_t n, size_t i, int *cols)
{
    size_t j = i;
    *cols = 0;
    while (j < n) {
        if (s[j] == ' ') {
            j++;
            *cols += 1;
        } else if (j + 3 <= n && !memcmp(s + j, "\xe3\x80\x80", 3)) {
            j += 3;
            *cols += 2;
        } else {
            break;
        }
    }
    return j - i;
}

/* Cells split by runs of two or more blank columns. */
static int spaced_cells(const tline *l)
{
    int cells = 0, in = 0;
    for (size_t i = 0; i < l->n;) {
        int cols;
        size_t b = blank_run(l->s, l->n, i, &cols);
        if (b) {
            if (cols >= 2)
                in = 0;
            i += b;
            continue;
        }
        if (!in)
            cells++, in = 1;
        i++;
    }
    return cells;
}

static int header_words(const char *s, size_t n) { return jx_vocab_header_words(s, n); }

static enum shape doc_shape(const tline *ls, size_t n)
{
    size_t tab = 0, pipe = 0, spaced = 0, words = 0;
    for (size_t i = 0; i < n; i++) {
        const tline *l = &ls[i];
        if (!l->n)
            continue;
        if (has_tab_cells(l))
            tab++;
        else if (two_pipes(l))
            pipe++;
        else if ((memchr(l->s, ' ', l->n) || memmem(l->s, l->n, "\xe3\x80\x80", 3)) &&
                 spaced_cells(l) >= 2) /* (without a blank: one cell at most) */
            spaced++;
        else if (memchr(l->s, ' ', l->n))
            words++;
    }
    if (tab >= 3 || (tab && tab >= pipe && tab >= spaced))
        return SH_TAB;
    if (pipe >= 3 && pipe >= spaced)
        return SH_PIPE;
    if (spaced >= 3)
        return SH_SPACES;
    /* single spaces: only if a header line splits that way */
    for (size_t i = 0; i < n; i++)
        if (memchr(ls[i].s, ' ', ls[i].n) && header_words(ls[i].s, ls[i].n) >= 3)
            return SH_WORDS;
    (void)words;
    /* a header glued into one line */
    for (size_t i = 0; i < n; i++)
        if (header_words(ls[i].s, ls[i].n) >= 3)
            return SH_RUNON;
    return SH_LINES;
}

/* ---- rows ---- */

/* Appends a row of the given cells (trailing empty ones dropped).  *out
 * is the row, NULL when all cells were empty.  Returns -1 on ENOMEM. */
static int add_row(jx_grid *g, const tline *l, const char **cs, const size_t *ns, int n,
                   jx_grow **out)
{
    *out = NULL;
    while (n > 0 && ns[n - 1] == 0)
        n--;
    if (n <= 0)
        return 0;
    jx_grow *r = jx_grid_add_strs(g, cs, ns, n, l->line, 0);
    if (!r)
        return -1;
    r->off = l->off;
    *out = r;
    return 0;
}

static int add_cells(jx_grid *g, const tline *l, const char **cs, const size_t *ns, int n)
{
    jx_grow *r;
    return add_row(g, l, cs, ns, n, &r);
}

#define MAXC JX_GRID_MAX_CELLS

/* Cell k of a split: s[st..e) trimmed; past MAXC the last cell runs on
 * to the end of this one.  Returns the cells now. */
static inline int split_cell(const char *s, size_t st, size_t e, const char **cs, size_t *ns,
                             int k)
{
    const char *c = s + st;
    size_t len = e - st;
    jx_trim(&c, &len);
    if (k < MAXC) {
        cs[k] = c;
        ns[k] = len;
        /* its end is behind the scan (at most the separator just found);
         * the last cell may still grow: split_at ends it */
        if (k < MAXC - 1)
            ((char *)c)[len] = '\0';
        return k + 1;
    }
    if (len)
        ns[MAXC - 1] = (size_t)(c + len - cs[MAXC - 1]);
    return k;
}

/* Splits at sep (a byte), trimming; cells NUL-terminated in place (each
 * as it is cut).  Eight
 * bytes at a time, every sep among them from one load (a budget table's
 * rows are runs of empty cells). */
static int split_at(char *s, size_t n, char sep, const char **cs, size_t *ns)
{
    int k = 0;
    size_t st = 0, i = 0;
#if JX_SWAR
    for (; i + 8 <= n; i += 8)
        for (uint64_t m = jx_bytes_eq(jx_load8(s + i), (unsigned char)sep); m; m &= m - 1) {
            size_t e = i + (size_t)__builtin_ctzll(m) / 8;
            k = split_cell(s, st, e, cs, ns, k);
            st = e + 1;
        }
#endif
    for (; i < n; i++)
        if (s[i] == sep) {
            k = split_cell(s, st, i, cs, ns, k);
            st = i + 1;
        }
    k = split_cell(s, st, n, cs, ns, k); /* (after a last sep: an empty cell) */
    if (k == MAXC)
        ((char *)cs[MAXC - 1])[ns[MAXC - 1]] = '\0';
    return k;
}

/* quotes: the text holds a '"' */
static int row_tab(jx_grid *g, tline *l, int quotes)
{
    const char *cs[MAXC];
    size_t ns[MAXC];
    int k = split_at(l->s, l->n, '\t', cs, ns);
    /* a markdown row inside TAB text: "| a | b |" */
    if (k == 1 && ns[0] && cs[0][0] == '|') {
        char *s = (char *)cs[0];
        size_t n = ns[0];
        s++, n--;
        if (n && s[n - 1] == '|')
            n--;
        k = split_at(s, n, '|', cs, ns);
    }
    for (int q = 0; q < k && quotes; q++) {
        /* Excel's TAB export quotes a cell that holds a line break (the
         * cell is trimmed: split_at did it) */
        const char *c = cs[q];
        size_t n = ns[q];
        if (n >= 2 && c[0] == '"' && c[n - 1] == '"')
            cs[q] = c + 1, ns[q] = n - 2;
    }
    if (k && add_cells(g, l, cs, ns, k))
        return -1;
    return 0;
}

static int strong_value(const char *s, size_t n);

static int tab_count(const tline *l)
{
    int k = 1;
    size_t i = 0;
#if JX_SWAR
    for (; i + 8 <= l->n; i += 8) /* eight bytes at a time: the marks summed */
        k += (int)(((jx_bytes_eq(jx_load8(l->s + i), '\t') >> 7) * 0x0101010101010101u) >> 56);
#endif
    for (; i < l->n; i++)
        k += l->s[i] == '\t';
    return k;
}

/* The last cell of a line and the first cell of the next, trimmed. */
static void edge_cells(const tline *a, const tline *b, const char **x, size_t *xn,
                       const char **y, size_t *yn)
{
    const char *t = a->s + a->n;
    while (t > a->s && t[-1] != '\t')
        t--;
    *x = t;
    *xn = (size_t)(a->s + a->n - t);
    jx_trim(x, xn);
    const char *e = memchr(b->s, '\t', b->n);
    *y = b->s;
    *yn = e ? (size_t)(e - b->s) : b->n;
    jx_trim(y, yn);
}

/* A cell with a line break inside (Word copies it so): "下游农田灌溉保障"
 * then "能力⇥5⇥明显提升".  The two lines make one row of the header's
 * width, and the break falls between two pieces of text. */
static int is_field_label(const char *s, size_t n);

static int broken_cell(const tline *a, const tline *b, int width)
{
    if (!width || !b->n)
        return 0;
    int ka = tab_count(a);
    if (ka >= width || ka + tab_count(b) - 1 != width) /* (a full row: b not counted) */
        return 0;
    const char *x, *y;
    size_t xn, yn;
    edge_cells(a, b, &x, &xn, &y, &yn);
    char kind;
    const char *parent;
    if (!xn || !yn || yn > 30 || strong_value(x, xn) || strong_value(y, yn) ||
        jx_vocab_level(y, yn, &kind, &parent) || header_words(y, yn) || is_field_label(y, yn))
        return 0; /* ("表二" then "项目名称⇥…": the next table's head) */
    /* the piece before the break is not a whole level name */
    return !jx_vocab_level(x, xn, &kind, &parent) || jx_vocab_level(x, xn + yn, &kind, &parent);
}

static int rows_tab(jx_grid *g, tline *ls, size_t nl, int quotes)
{
    int width = 0;
    for (size_t i = 0; i < nl; i++) {
        tline *l = &ls[i];
        if (memchr(l->s, '\t', l->n) && header_words(l->s, l->n) >= 3)
            width = tab_count(l);
        if (i + 1 < nl && broken_cell(l, &ls[i + 1], width)) {
            size_t n = l->n + ls[i + 1].n;
            char *j = arena_cat(g, l->s, l->n, ls[i + 1].s, ls[i + 1].n);
            if (!j)
                return -1;
            tline t = *l;
            t.s = j;
            t.n = n;
            if (row_tab(g, &t, quotes))
                return -1;
            i++;
            continue;
        }
        if (row_tab(g, l, quotes))
            return -1;
    }
    return 0;
}

/* ---- pipes ---- */

static int strong_value(const char *s, size_t n) { return jx_vocab_is_quantity(s, n); }

/* Cells of the row being built (pipe and lines shapes). */
typedef struct pend {
    const char *cs[MAXC];
    size_t ns[MAXC];
    int n;
    tline first;
    int open;
    int has_value;
} pend;

static int pend_flush(jx_grid *g, pend *p)
{
    int rc = 0;
    if (p->open && p->n) {
        int any = 0;
        for (int i = 0; i < p->n; i++)
            any |= p->ns[i] > 0;
        if (any && add_cells(g, &p->first, p->cs, p->ns, p->n))
            rc = -1;
    }
    p->n = 0;
    p->open = 0;
    p->has_value = 0;
    return rc;
}

static void pend_add(pend *p, const char *s, size_t n)
{
    if (p->n < MAXC) {
        p->cs[p->n] = s;
        p->ns[p->n] = n;
        p->n++;
    }
    if (strong_value(s, n))
        p->has_value = 1;
}

/* Appends text to the last cell of the row being built. */
static int join_last(jx_grid *g, pend *p, const char *s, size_t n)
{
    size_t an = p->ns[p->n - 1];
    char *j = arena_cat(g, p->cs[p->n - 1], an, s, n);
    if (!j)
        return -1;
    p->cs[p->n - 1] = j;
    p->ns[p->n - 1] = an + n;
    if (strong_value(j, an + n))
        p->has_value = 1;
    return 0;
}

static int first_is_value(const char *const *cs, const size_t *ns, int k)
{
    for (int i = 0; i < k; i++)
        if (ns[i])
            return strong_value(cs[i], ns[i]);
    return 0;
}

static int rows_pipe(jx_grid *g, tline *ls, size_t nl)
{
    pend p = {0};
    int body = 0;  /* after a header row: rows may be broken over lines */
    int width = 0; /* cells of that header */
    int open_cell = 0; /* the line above did not end with "|" */
    int lead = 0;      /* the header's line starts with "|": so does every row */
    for (size_t i = 0; i < nl; i++) {
        tline *l = &ls[i];
        const char *c = l->s;
        size_t n = l->n;
        jx_trim(&c, &n);
        const size_t cn = n; /* the trimmed line */
        if (!n) {
            if (pend_flush(g, &p))
                return -1;
            continue;
        }
        if (!memchr(c, '|', n)) {
            /* a cell on its own line, inside a row, or plain text */
            if (body && p.open && open_cell && p.n) {
                /* the last cell went on over a line break */
                if (join_last(g, &p, c, n))
                    return -1;
                continue;
            }
            if (jx_vocab_trailer(c, n))
                body = 0;
            if (body && p.open) {
                ((char *)c)[n] = '\0';
                pend_add(&p, c, n);
                continue;
            }
            if (pend_flush(g, &p))
                return -1;
            const char *cs[1] = {c};
            size_t ns[1] = {n};
            ((char *)c)[n] = '\0';
            if (add_cells(g, l, cs, ns, 1))
                return -1;
            body = 0;
            continue;
        }
        char *s = (char *)c;
        /* "| … | 9.96 |" then "2件跨部门投诉超期办结 |": the row broke just
         * after a bar; in a table whose rows all start with "|", a line that
         * does not is the rest of the row above, with cells of its own */
        int rest = body && p.open && lead && !open_cell && p.n && s[0] != '|';
        if (body && p.open && open_cell && p.n && s[0] != '|') {
            /* "重点人群覆盖人数 | ≥8.6万人 | …": the cell left open on the
             * line above ends here */
            const char *bar = memchr(s, '|', n);
            size_t head = (size_t)(bar - s);
            const char *h = s;
            size_t hn = head;
            jx_trim(&h, &hn);
            if (hn && join_last(g, &p, h, hn))
                return -1;
            s += head;
            n -= head;
        }
        if (s[0] == '|')
            s++, n--;
        int closed = n && s[n - 1] == '|';
        open_cell = !closed;
        if (closed)
            n--;
        const char *cs[MAXC];
        size_t ns[MAXC];
        int k = n ? split_at(s, n, '|', cs, ns) : 0;
        int hw = header_words(c, cn);
        if (hw >= 3) {
            if (pend_flush(g, &p))
                return -1;
            if (add_cells(g, l, cs, ns, k))
                return -1;
            body = 1;
            width = k;
            lead = c[0] == '|';
            continue;
        }
        int filled = 0, now = 0;
        for (int q = 0; q < p.n; q++)
            filled += p.ns[q] > 0;
        for (int q = 0; q < k; q++)
            now += ns[q] > 0;
        /* a row broken over lines: what came so far and this line fit in
         * one row, and this line does not start a new indicator */
        int join = body && p.open && k && filled + now <= width &&
                   (rest || !p.has_value || first_is_value(cs, ns, k));
        if (k && ns[0] && jx_vocab_trailer(cs[0], ns[0]))
            body = 0, join = 0;
        if (!join && pend_flush(g, &p))
            return -1;
        if (!p.open) {
            p.first = *l;
            p.open = 1;
        }
        for (int q = 0; q < k; q++)
            pend_add(&p, cs[q], ns[q]);
        if (!body && pend_flush(g, &p))
            return -1;
    }
    return pend_flush(g, &p);
}

/* ---- position-aligned spaces ---- */

/* How many columns a wide character (CJK, full-width) takes in the text
 * being read: 2 where the text was aligned for a screen (an editor, Word
 * saved as text), 1 where every character counts one, as `pdftotext
 * -layout` places them.  rows_spaces decides per document
 * (wide_columns). */
static _Thread_local int wide_w = 2;

/* CJK, Hangul, full-width forms: a wide character on a screen. */
static int wide_cp(uint32_t cp)
{
    return cp >= 0x1100 && (cp <= 0x115F || (cp >= 0x2E80 && cp <= 0xA4CF) ||
                            (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
                            (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
                            (cp >= 0xFFE0 && cp <= 0xFFE6));
}

static int cp_width(uint32_t cp) { return wide_cp(cp) ? wide_w : 1; }

typedef struct scell {
    const char *s;
    size_t n;
    int col; /* display column where it starts */
} scell;

static int split_spaced(tline *l, scell *out)
{
    int k = 0, col = 0;
    size_t i = 0;
    while (i < l->n && k < MAXC) {
        int cols;
        size_t b = blank_run(l->s, l->n, i, &cols);
        if (b) {
            i += b;
            col += cols;
            continue;
        }
        /* a cell: up to a run of two blank columns */
        size_t st = i;
        int stcol = col;
        while (i < l->n) {
            size_t bb = blank_run(l->s, l->n, i, &cols);
            if (bb && cols >= 2)
                break;
            if (bb) {
                i += bb;
                col += cols;
                continue;
            }
            uint32_t cp;
            int q = jx_utf8_decode((const unsigned char *)l->s + i, l->n - i, &cp);
            if (q <= 0)
                q = 1, cp = 0;
            col += cp_width(cp);
            i += (size_t)q;
        }
        const char *c = l->s + st;
        size_t n = i - st;
        jx_trim(&c, &n);
        if ((n == 3 && (!memcmp(c, "丨", 3) || !memcmp(c, "│", 3) || !memcmp(c, "｜", 3))) ||
            (n == 1 && *c == '|'))
            continue; /* a stray rule of the scanned table, not a cell */
        out[k].s = c;
        out[k].n = n;
        out[k].col = stcol;
        k++;
    }
    for (int q = 0; q < k; q++)
        ((char *)out[q].s)[out[q].n] = '\0';
    return k;
}

/* The header column a cell at display column x falls under: the last
 * column starting at or before x (with a little slack). */
static int column_of(const int *hcol, int nh, int x)
{
    int best = 0;
    for (int i = 0; i < nh; i++)
        if (hcol[i] <= x + 2)
            best = i;
    return best;
}

/* The cells of line b, split from a copy in the grid's arena (splitting
 * ends cells in place, and b is read again as a line of its own).
 * Returns their count, -1 on ENOMEM. */
static int split_copy(jx_grid *g, const tline *b, scell *out)
{
    tline cb = *b;
    char *copy = jx_arena_strndup(&g->arena, b->s, b->n);
    if (!copy)
        return -1;
    cb.s = copy;
    return split_spaced(&cb, out);
}

/* Puts x into m[0..*km), kept in order of display column. */
static void insert_by_col(scell *m, int *km, scell x)
{
    int z = (*km)++;
    while (z > 0 && m[z - 1].col > x.col) {
        m[z] = m[z - 1];
        z--;
    }
    m[z] = x;
}

/* Display columns of s[0..n) (CJK and full-width count 2). */
static int disp_width(const char *s, size_t n)
{
    int w = 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        int q = jx_utf8_decode((const unsigned char *)s + i, n - i, &cp);
        if (q <= 0)
            q = 1, cp = 0;
        w += cp_width(cp);
        i += (size_t)q;
    }
    return w;
}

/* A cell that ran into the next header column with a single space
 * between ("经济效益 项目区粮食亩均增产": a narrow 二级 column, the 三级 name
 * right after it) is two cells: split at the space from which the rest
 * starts at or after the next column's start. */
static int split_overflow(scell *sc, int k, const int *hcol, int nh)
{
    for (int q = 0; q < k && k < MAXC; q++) {
        int c = column_of(hcol, nh, sc[q].col);
        if (c + 1 >= nh)
            continue;
        const char *sp = memchr(sc[q].s, ' ', sc[q].n);
        if (!sp)
            continue;
        size_t a = (size_t)(sp - sc[q].s);
        int restcol = sc[q].col + disp_width(sc[q].s, a) + 1;
        if (a == 0 || a + 1 >= sc[q].n || restcol < hcol[c + 1] - 1 ||
            column_of(hcol, nh, restcol) != c + 1)
            continue;
        memmove(sc + q + 2, sc + q + 1, (size_t)(k - q - 1) * sizeof *sc);
        sc[q + 1].s = sp + 1;
        sc[q + 1].n = sc[q].n - a - 1;
        sc[q + 1].col = restcol;
        sc[q].n = a;
        ((char *)sc[q].s)[a] = '\0';
        k++;
    }
    return k;
}

/* A header printed over two lines ("一级 | 二级 | 指标值 | 计量" then
 * "指标 | 指标 | 三级指标 | 类型 | 单位"): cells of the second line are
 * joined to the cell of the first that starts at the same column, or
 * stand as columns of their own.  Returns 1 and the merged cells in sc/k
 * when the merge names at least three columns; 2 when the first line
 * alone names three or more and the merge would lose some (the second
 * line is the first row); 0 otherwise, -1 ENOMEM. */
static int header_two_lines(jx_grid *g, const tline *a, tline *b, scell *sc, int *k)
{
    scell nx[MAXC];
    if (header_words(a->s, a->n) + header_words(b->s, b->n) < 1 ||
        header_words(b->s, b->n) >= 3)
        return 0;
    int kb = split_copy(g, b, nx), ka = *k;
    if (kb < 0)
        return -1;
    if (kb < 2 || ka < 2)
        return 0;
    scell m[MAXC];
    int km = 0;
    for (int q = 0; q < ka && km < MAXC; q++)
        m[km++] = sc[q];
    for (int q = 0; q < kb; q++) {
        int hit = -1;
        for (int z = 0; z < km && hit < 0; z++)
            if (m[z].col - 3 <= nx[q].col && nx[q].col <= m[z].col + 3)
                hit = z;
        if (hit >= 0) {
            char *j = arena_cat(g, m[hit].s, m[hit].n, nx[q].s, nx[q].n);
            if (!j)
                return -1;
            m[hit].s = j;
            m[hit].n += nx[q].n;
        } else if (km < MAXC) {
            insert_by_col(m, &km, nx[q]);
        }
    }
    int named = 0, named_a = 0;
    for (int q = 0; q < km; q++) {
        int per;
        named += jx_vocab_column(m[q].s, m[q].n, &per) != JX_COL_NONE;
    }
    for (int q = 0; q < ka; q++) {
        int per;
        named_a += jx_vocab_column(sc[q].s, sc[q].n, &per) != JX_COL_NONE;
    }
    (void)a;
    /* the second line completes the header; a first data row glued to a
     * whole header ("二级指标" + "新建行政村篮球场") loses column names */
    if (named < named_a && named_a >= 3)
        return 2; /* the first line is the whole header */
    if (named < 3 || named < named_a)
        return 0;
    for (int q = 0; q < km; q++)
        sc[q] = m[q];
    *k = km;
    return 1;
}

/* A 一级/二级 label that PDF text broke over two rows ("数量" on one row,
 * "指标" under it on the next): the fragment joins the cell above when the
 * two make a level name.  Cells of the first two columns only. */
static int join_level_fragments(jx_grid *g, jx_grow *above, const char **cs, size_t *ns, int n)
{
    for (int c = 0; c < n && c < 2; c++) {
        if (!ns[c] || c >= above->n || !above->c[c].n || ns[c] > 12)
            continue;
        char kind;
        const char *parent;
        size_t an = above->c[c].n;
        if (jx_vocab_level(above->c[c].s, an, &kind, &parent))
            continue;
        char buf[96];
        if (an + ns[c] >= sizeof buf)
            continue;
        memcpy(buf, above->c[c].s, an);
        memcpy(buf + an, cs[c], ns[c]);
        if (!jx_vocab_level(buf, an + ns[c], &kind, &parent))
            continue;
        char *j = jx_arena_strndup(&g->arena, buf, an + ns[c]);
        if (!j)
            return -1;
        above->c[c].s = j;
        above->c[c].n = an + ns[c];
        cs[c] = "";
        ns[c] = 0;
    }
    return 0;
}

/* The last column's cell went on over a line break: the cell above left
 * a parenthesis open ("≥22亿元（较上年增" / "长10%以上）"), or the piece
 * is a word's tail ("较上年提高2个百分" / "点"). */
static int last_col_wraps(const char *a, size_t an, const char *f, size_t fn)
{
    return (paren_depth(a, an) > 0 && fn <= 30) || fn <= 6;
}

/* A lone fragment in column c between a finished row (above) and a row
 * whose cell in c is short and carries values (the next line): the first
 * line of the next row's name, printed above the row's values as a table
 * with vertically centred cells does ("食品安全抽检" / "合格率  100% …").
 * The row above must be finished: a long name and cells right of it. */
static int starts_next(const tline *next, int have_next, const int *hcol, int nh, int c,
                       const jx_grow *above)
{
    if (!have_next || c >= above->n || above->c[c].n < 12 || next->n >= 1024)
        return 0;
    int right = 0;
    for (int q = c + 1; q < above->n; q++)
        right |= above->c[q].n > 0;
    if (!right)
        return 0;
    char buf[1024];
    memcpy(buf, next->s, next->n);
    tline t = *next;
    t.s = buf;
    scell sc[MAXC];
    int k = split_spaced(&t, sc);
    /* (or the next row's cell in c is empty and values stand right of
     * it: "禁牧区和草畜平衡区监" / "产出指标 … 100%  100%" / "管覆盖率", the
     * name printed half above, half below its row's values) */
    int in_c = 0, value_right = 0;
    for (int q = 0; q < k; q++) {
        int col = column_of(hcol, nh, sc[q].col);
        in_c |= col == c;
        value_right |= col > c && strong_value(sc[q].s, sc[q].n);
    }
    int empty = !in_c && value_right;
    if (!empty && (k < 2 || column_of(hcol, nh, sc[0].col) != c || sc[0].n > 12))
        return 0;
    char kind;
    const char *parent;
    if (!empty && jx_vocab_level(sc[0].s, sc[0].n, &kind, &parent))
        return 0; /* a 二级 name of its own: the fragment ends the one above */
    const char *a = above->c[c].s;
    size_t an = above->c[c].n;
    static const char *const open_end[] = {"、", "（", "(", "，", ",", "及", "和", "与"};
    for (size_t q = 0; q < JX_ARRAY_LEN(open_end); q++) {
        size_t ol = strlen(open_end[q]);
        if (an >= ol && !memcmp(a + an - ol, open_end[q], ol))
            return 0;
    }
    if (paren_depth(a, an) > 0)
        return 0; /* "时效指标（工期、": the cell above is not finished */
    return empty || column_of(hcol, nh, sc[1].col) > c;
}

static int level_name(const char *s, size_t n)
{
    char kind;
    const char *parent;
    return jx_vocab_level(s, n, &kind, &parent) != 0;
}

/* "时效指标茶苗栽植完成时间" under the 二级 column, the 三级 column empty:
 * the space between them was lost.  A cell of the first two columns that
 * starts with a level name and goes on with a name is two cells. */
static int split_level_prefix(jx_grid *g, const char **cs, size_t *ns, int *n, int nh)
{
    for (int c = 0; c < 2 && c + 1 < nh; c++) {
        if (c >= *n || ns[c] < 12 || (c + 1 < *n && ns[c + 1]))
            continue;
        size_t best = 0;
        for (size_t len = 9; len + 6 <= ns[c] && len <= 30; len += 3)
            if (level_name(cs[c], len))
                best = len;
        if (!best || level_name(cs[c], ns[c]) || strong_value(cs[c] + best, ns[c] - best))
            continue;
        char *a = jx_arena_strndup(&g->arena, cs[c], best);
        char *b = jx_arena_strndup(&g->arena, cs[c] + best, ns[c] - best);
        if (!a || !b)
            return -1;
        if (c + 1 >= *n)
            *n = c + 2;
        cs[c + 1] = b;
        ns[c + 1] = ns[c] - best;
        cs[c] = a;
        ns[c] = best;
    }
    return 0;
}

/* A whole header, then a line of sub-headers under one of its cells
 * ("年度指标值" over "指标性质  指标值  度量单位", as Sichuan prints it):
 * every cell of the second line names a column, and one of them names
 * the role of a cell of the first (指标值 under 年度指标值).  The parent
 * cell gives way to its sub-columns; the merged header, by position, is
 * left in sc/k.  Returns 1 when merged, 0 when b is not such a line, -1
 * ENOMEM. */
static int sub_header(jx_grid *g, const tline *b, scell *sc, int *k)
{
    if (!b->n || !header_words(b->s, b->n))
        return 0;
    scell nx[MAXC];
    int kb = split_copy(g, b, nx), ka = *k, per;
    if (kb < 0)
        return -1;
    if (kb < 2 || ka + kb > MAXC)
        return 0;
    jx_col rb[MAXC];
    for (int q = 0; q < kb; q++)
        if ((rb[q] = jx_vocab_column(nx[q].s, nx[q].n, &per)) == JX_COL_NONE)
            return 0;
    scell m[MAXC];
    int km = 0, parent = 0;
    for (int q = 0; q < ka; q++) {
        jx_col ra = jx_vocab_column(sc[q].s, sc[q].n, &per);
        int drop = 0;
        for (int z = 0; z < kb && !drop; z++)
            drop = ra != JX_COL_NONE && rb[z] == ra;
        if (drop)
            parent = 1;
        else
            m[km++] = sc[q];
    }
    if (!parent)
        return 0;
    for (int q = 0; q < kb; q++)
        insert_by_col(m, &km, nx[q]);
    for (int q = 0; q < km; q++)
        sc[q] = m[q];
    *k = km;
    return 1;
}

/* A whole header whose cells wrapped: "实施期指标值（  年度指标值（2024" then
 * "2024-2026年）   年）".  Each cell of the second line stands under a
 * header cell left with an open parenthesis; they are joined.  Returns 1
 * when joined (sc updated), 0 when b is not such a line, -1 ENOMEM. */
static int header_tail(jx_grid *g, const tline *b, scell *sc, int k)
{
    if (!b->n || k < 2)
        return 0;
    scell nx[MAXC];
    int kb = split_copy(g, b, nx);
    if (kb < 0)
        return -1;
    if (kb < 1)
        return 0;
    int hcol[MAXC], at[MAXC];
    for (int q = 0; q < k; q++)
        hcol[q] = sc[q].col;
    for (int q = 0; q < kb; q++) {
        int c = column_of(hcol, k, nx[q].col);
        int per, names = 0;
        if (sc[c].n + nx[q].n < 96) {
            /* "三级指" / "标": the two make a column name, the first not */
            char buf[96];
            memcpy(buf, sc[c].s, sc[c].n);
            memcpy(buf + sc[c].n, nx[q].s, nx[q].n);
            names = jx_vocab_column(buf, sc[c].n + nx[q].n, &per) != JX_COL_NONE &&
                    jx_vocab_column(sc[c].s, sc[c].n, &per) == JX_COL_NONE;
        }
        if ((paren_depth(sc[c].s, sc[c].n) <= 0 && !names) || nx[q].n > 45 ||
            (q > 0 && at[q - 1] == c))
            return 0;
        at[q] = c;
    }
    for (int q = 0; q < kb; q++) {
        int c = at[q];
        char *j = arena_cat(g, sc[c].s, sc[c].n, nx[q].s, nx[q].n);
        if (!j)
            return -1;
        sc[c].s = j;
        sc[c].n += nx[q].n;
    }
    return 1;
}

/* Where line l's cells start (runs split by two blank columns), counting
 * a wide character as w columns; without touching the line. */
static int cell_starts(const tline *l, int w, int *at, int max)
{
    int k = 0, col = 0, blanks = 2;
    for (size_t i = 0; i < l->n && k < max;) {
        int cols;
        size_t b = blank_run(l->s, l->n, i, &cols);
        if (b) {
            i += b;
            col += cols;
            blanks += cols;
            continue;
        }
        if (blanks >= 2)
            at[k++] = col;
        blanks = 0;
        uint32_t cp;
        int q = jx_utf8_decode((const unsigned char *)l->s + i, l->n - i, &cp);
        if (q <= 0)
            q = 1, cp = 0;
        col += wide_cp(cp) ? w : 1;
        i += (size_t)q;
    }
    return k;
}

/* The width of a wide character the document was aligned with (wide_w):
 * the one under which the cells of the lines after each header start
 * where the header's cells do more often.  1 for `pdftotext -layout`
 * text, whose columns count characters, 2 (the default) for text laid
 * out for a screen. */
static int wide_columns(const tline *ls, size_t nl)
{
    int hits[3] = {0, 0, 0}, headers = 0;
    for (size_t i = 0; i < nl && headers < 4; i++) {
        if (header_words(ls[i].s, ls[i].n) < 3)
            continue;
        headers++;
        for (int w = 1; w <= 2; w++) {
            int h[MAXC], nh = cell_starts(&ls[i], w, h, MAXC);
            int seen = 0;
            for (size_t j = i + 1; j < nl && seen < 15; j++) {
                if (!ls[j].n)
                    continue;
                seen++;
                int at[MAXC], k = cell_starts(&ls[j], w, at, MAXC);
                for (int q = 0; q < k; q++)
                    for (int z = 0; z < nh; z++)
                        if (at[q] >= h[z] - 1 && at[q] <= h[z] + 1) {
                            hits[w]++;
                            break;
                        }
            }
        }
    }
    return hits[1] > hits[2] + 2 ? 1 : 2;
}

static int rows_spaces_by(jx_grid *g, tline *ls, size_t nl)
{
    int hcol[MAXC], nh = 0;
    scell pre = {NULL, 0, 0}; /* a name's first line waiting for its row */
    int pre_col = 0;
    jx_grow *last = NULL;
    size_t last_idx = 0;
    int have_last = 0;
    for (size_t i = 0; i < nl; i++) {
        tline *l = &ls[i];
        scell sc[MAXC];
        int k = split_spaced(l, sc);
        if (!k) {
            have_last = 0;
            continue;
        }
        if (nh)
            k = split_overflow(sc, k, hcol, nh);
        int two = 0;
        int hw = header_words(l->s, l->n);
        if (hw < 3 && i + 1 < nl &&
            (two = header_two_lines(g, l, &ls[i + 1], sc, &k)) < 0)
            return -1;
        int alone = two == 2;
        if (alone)
            two = 0;
        int sub = 0;
        if (!two && !alone && hw >= 3 && k >= 3 && i + 1 < nl &&
            (sub = sub_header(g, &ls[i + 1], sc, &k)) < 0)
            return -1;
        if (!two && !alone && !sub && hw >= 3 && k >= 3 && i + 1 < nl &&
            (sub = header_tail(g, &ls[i + 1], sc, k)) < 0)
            return -1;
        if (two || alone || (hw >= 3 && k >= 3)) {
            nh = k;
            for (int q = 0; q < k; q++)
                hcol[q] = sc[q].col;
        }
        if (two || sub) {
            /* the header printed over two lines, merged by column */
            const char *hs[MAXC];
            size_t hn[MAXC];
            for (int q = 0; q < k; q++)
                hs[q] = sc[q].s, hn[q] = sc[q].n;
            if (add_row(g, l, hs, hn, k, &last))
                return -1;
            have_last = 0;
            i++;
            continue;
        }
        const char *cs[MAXC];
        size_t ns[MAXC];
        int n = 0, plain = 0;
        if (nh && k >= 1 && hw < 3) {
            for (int q = 0; q < nh; q++)
                cs[q] = "", ns[q] = 0;
            n = 0;
            int clash = 0;
            for (int q = 0; q < k; q++) {
                int c = column_of(hcol, nh, sc[q].col);
                if (ns[c] && q > 0 && column_of(hcol, nh, sc[q - 1].col) == c &&
                    c + 1 < nh && !strong_value(sc[q].s, sc[q].n) &&
                    !strong_value(sc[q - 1].s, sc[q - 1].n) && sc[q].n <= 12 &&
                    (unsigned char)sc[q].s[0] >= 0x80 && (unsigned char)cs[c][0] >= 0x80) {
                    /* "带动茶农  就业": a doubled space inside a name, both
                     * pieces under one header column */
                    char *j = arena_cat(g, cs[c], ns[c], sc[q].s, sc[q].n);
                    if (!j)
                        return -1;
                    cs[c] = j;
                    ns[c] += sc[q].n;
                    continue;
                }
                if (ns[c])
                    clash = 1;
                if (c + 1 > n)
                    n = c + 1;
                cs[c] = sc[q].s;
                ns[c] = sc[q].n;
            }
            if (clash || sc[0].col < hcol[0] - 4) {
                /* not aligned with the header: plain cells */
                plain = 1;
                n = k;
                for (int q = 0; q < k; q++)
                    cs[q] = sc[q].s, ns[q] = sc[q].n;
            } else if (have_last && k == 1 && last &&
                       starts_next(&ls[i + 1], i + 1 < nl, hcol, nh,
                                   column_of(hcol, nh, sc[0].col), &g->rows[last_idx])) {
                /* the first line of a name whose row is printed on the
                 * next line: kept for it */
                pre = sc[0];
                pre_col = column_of(hcol, nh, sc[0].col);
                continue;
            } else if (have_last && k == 2 && last &&
                       column_of(hcol, nh, sc[0].col) < 2 &&
                       column_of(hcol, nh, sc[1].col) >= 2 &&
                       column_of(hcol, nh, sc[1].col) + 1 < nh && sc[1].n <= 18 &&
                       !strong_value(sc[1].s, sc[1].n) && level_name(sc[0].s, sc[0].n) &&
                       !starts_next(&ls[i + 1], i + 1 < nl, hcol, nh,
                                    column_of(hcol, nh, sc[1].col), &g->rows[last_idx])) {
                /* "示范园病虫害绿色防控技术覆  ≥90%" then "质量指标  盖率": a
                 * 二级 label centred on the second line of a wrapped name.
                 * The name's tail goes up to its row; the label stays on
                 * this line, a row of its own, for the centred-label pass. */
                last = &g->rows[last_idx];
                int c = column_of(hcol, nh, sc[1].col);
                if (c < last->n && last->c[c].n) {
                    const char *a = last->c[c].s;
                    size_t an = last->c[c].n;
                    char *j = arena_cat(g, a, an, sc[1].s, sc[1].n);
                    if (!j)
                        return -1;
                    last->c[c].s = j;
                    last->c[c].n = an + sc[1].n;
                    cs[c] = "";
                    ns[c] = 0;
                    n = column_of(hcol, nh, sc[0].col) + 1;
                }
            } else if (have_last && k == 1 && last) {
                /* one fragment under a cell of the row above that is not
                 * finished ("时效指标（工期指标、" / "形象进度指标）") */
                last = &g->rows[last_idx];
                int c = column_of(hcol, nh, sc[0].col);
                if (c < last->n && last->c[c].n &&
                    (c + 1 < nh || last_col_wraps(last->c[c].s, last->c[c].n, cs[c], ns[c]))) {
                    const char *a = last->c[c].s;
                    size_t an = last->c[c].n;
                    char *j = arena_cat(g, a, an, cs[c], ns[c]);
                    if (!j)
                        return -1;
                    last->c[c].s = j;
                    last->c[c].n = an + ns[c];
                    continue;
                }
            }
        } else {
            n = k;
            for (int q = 0; q < k; q++)
                cs[q] = sc[q].s, ns[q] = sc[q].n;
        }
        if (nh && hw < 3 && split_level_prefix(g, cs, ns, &n, nh) < 0)
            return -1;
        if (pre.n && pre_col < n && ns[pre_col]) {
            char *j = arena_cat(g, pre.s, pre.n, cs[pre_col], ns[pre_col]);
            if (!j)
                return -1;
            cs[pre_col] = j;
            ns[pre_col] += pre.n;
        } else if (pre.n && !plain && pre_col < nh && pre_col < n) {
            cs[pre_col] = pre.s; /* the row's own cell is empty on this line */
            ns[pre_col] = pre.n;
        }
        pre.n = 0;
        if (nh && have_last && join_level_fragments(g, &g->rows[last_idx], cs, ns, n) < 0)
            return -1;
        if (add_row(g, l, cs, ns, n, &last))
            return -1;
        if (!last)
            continue;
        if (plain || !nh)
            last->flags |= JX_ROW_UNALIGNED;
        last_idx = g->nrows - 1;
        have_last = 1;
    }
    return 0;
}

/* The lines read by their columns, wide characters counted as the
 * document was aligned (wide_columns). */
static int rows_spaces(jx_grid *g, tline *ls, size_t nl)
{
    wide_w = wide_columns(ls, nl);
    int rc = rows_spaces_by(g, ls, nl);
    wide_w = 2;
    return rc;
}

/* ---- single spaces ---- */

static int ocr_cells(jx_grid *g, const char **cs, size_t *ns, int k, int strict);

/* Lines cut by single spaces (older extractors): a page marker at a
 * line's end ("4月18日 - 3 -") is dropped and the numbers left on the next
 * line ("5 5") finish that row; a line holding two rows ("… 10 10 效益指标
 * 经济效益指标 …") is cut where a 一级 name followed by a 二级 name starts
 * the second. */
static int level_name(const char *s, size_t n);
static int bare_int(const char *s, size_t n);

static int bare_number(const char *s, size_t n)
{
    int d = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] >= '0' && s[i] <= '9')
            d++;
        else if (s[i] != '.')
            return 0;
    }
    return d > 0 && n <= 6;
}

/* A row cut by a page break in the middle of a date: its last cell is
 * a month or a year ("2024年4月") and the next line starts with how the
 * date goes on ("中旬前"). */
static int date_goes_on(const jx_grow *r, const char *s, size_t n)
{
    static const char *const tails[] = {"上旬前", "中旬前", "下旬前", "上旬", "中旬", "下旬",
                                        "底前", "月底前", "底", "前", "以前", "之前"};
    if (r->n < 2)
        return 0;
    const jx_cell *x = &r->c[r->n - 1];
    if (x->n < 6 || (memcmp(x->s + x->n - 3, "月", 3) && memcmp(x->s + x->n - 3, "年", 3)))
        return 0;
    int known = 0;
    for (size_t q = 0; q < JX_ARRAY_LEN(tails) && !known; q++)
        known = strlen(tails[q]) == n && !memcmp(s, tails[q], n);
    jx_value v;
    jx_error e;
    return known && jx_value_parse(x->s, x->n, &v, &e) == JX_OK && v.kind == JX_V_TIME;
}

static int rows_words(jx_grid *g, tline *ls, size_t nl)
{
    int width = 0, short_by = 0; /* cells the last row lacks */
    size_t last = 0;
    int have_last = 0;
    for (size_t i = 0; i < nl; i++) {
        tline *l = &ls[i];
        const char *cs[MAXC];
        size_t ns[MAXC];
        int k = split_at(l->s, l->n, ' ', cs, ns), w = 0;
        for (int q = 0; q < k; q++)
            if (ns[q])
                cs[w] = cs[q], ns[w] = ns[q], w++;
        if (!w) {
            have_last = 0;
            continue;
        }
        if (header_words(l->s, l->n) >= 3) {
            width = w;
            if (add_cells(g, l, cs, ns, w))
                return -1;
            have_last = 0;
            continue;
        }
        /* "- 3 -", "—3—", "第3页" at the end */
        int cut = w;
        for (int t = w < 3 ? w : 3; t >= 1 && cut == w; t--) {
            char buf[64];
            size_t bl = 0;
            for (int q = w - t; q < w && bl + ns[q] < sizeof buf; q++) {
                memcpy(buf + bl, cs[q], ns[q]);
                bl += ns[q];
            }
            if (jx_vocab_page_marker(buf, bl) && !strong_value(buf, bl))
                cut = w - t;
        }
        int marker = cut < w;
        w = cut;
        if (!w)
            continue; /* a page marker alone: the row above may go on */
        /* "5 5": the points of the row above, after a page break */
        int nums = 1;
        for (int q = 0; q < w; q++)
            nums &= bare_number(cs[q], ns[q]);
        /* "中旬前 2024年4月12日 5 5": the rest of the date the row above
         * ends with ("2024年4月"), then its other cells */
        int tail = !nums && have_last && short_by >= w - 1 && w <= 4 && last + 1 == g->nrows &&
                   date_goes_on(&g->rows[last], cs[0], ns[0]);
        if (tail) {
            jx_grow *r = &g->rows[last];
            jx_cell *x = &r->c[r->n - 1];
            char *j = arena_cat(g, x->s, x->n, cs[0], ns[0]);
            if (!j)
                return -1;
            cs[0] = j;
            ns[0] += x->n;
            r->n--; /* the joined date takes the last cell's place */
            short_by++;
        }
        if (tail || (nums && have_last && short_by >= w && w <= 3 && last + 1 == g->nrows)) {
            jx_grow *nr = jx_grid_add_row(g, g->rows[last].n + w, l->line, 0);
            if (!nr)
                return -1;
            jx_grow *r = &g->rows[last]; /* (the rows may have moved) */
            for (int q = 0; q < r->n; q++)
                nr->c[q] = r->c[q];
            for (int q = 0; q < w; q++)
                if (jx_grid_set(g, nr, r->n + q, cs[q], ns[q]))
                    return -1;
            nr->line = r->line;
            nr->off = r->off;
            r->n = 0; /* the row moves down, whole */
            last = g->nrows - 1;
            short_by -= w;
            continue;
        }
        if (ocr_cells(g, cs, ns, w, 1)) /* older extractors and OCR */
            return -1;
        /* two rows on one line */
        int split = 0;
        for (int q = 3; q + 1 < w && !split; q++) {
            char kind;
            const char *parent;
            if (jx_vocab_level(cs[q], ns[q], &kind, &parent) == 1 &&
                jx_vocab_level(cs[q + 1], ns[q + 1], &kind, &parent) == 2 &&
                (strong_value(cs[q - 1], ns[q - 1]) || bare_number(cs[q - 1], ns[q - 1])))
                split = q;
        }
        int parts[2][2] = {{0, split ? split : w}, {split, w}};
        for (int part = 0; part < (split ? 2 : 1); part++) {
            int a = parts[part][0], b = parts[part][1];
            if (add_cells(g, l, cs + a, ns + a, b - a))
                return -1;
            last = g->nrows - 1;
            have_last = 1;
            short_by = width > b - a ? width - (b - a) : 0;
        }
        if (!marker && !short_by)
            have_last = 0;
    }
    return 0;
}

/* ---- one cell per line ---- */

static const char *const field_labels[] = {
    "项目名称", "主管部门", "实施单位", "单位名称", "项目资金(万元)", "项目编码",
    "其中:财政资金", "其中:财政拨款", "其他资金", "总体目标", "年度总体目标",
    "年度资金总额", "部门(单位)名称", "预算单位", "自评得分", "项目负责人"};

static int is_field_label(const char *s, size_t n)
{
    char k[96];
    if (n >= sizeof k)
        return 0;
    jx_fold(s, n, k, sizeof k);
    for (size_t i = 0; i < JX_ARRAY_LEN(field_labels); i++)
        if (!strcmp(k, field_labels[i]))
            return 1;
    return 0;
}

/* What a lone cell can be, for putting cells back into rows. */
static int accepts(jx_col role, const char *s, size_t n)
{
    char kind;
    const char *parent;
    int lv = jx_vocab_level(s, n, &kind, &parent);
    int val = strong_value(s, n);
    switch (role) {
    case JX_COL_L1: return lv == 1;
    case JX_COL_L2: return lv == 2;
    case JX_COL_L3: return !lv && !val;
    case JX_COL_POINTS:
    case JX_COL_SCORE: {
        for (size_t i = 0; i < n; i++)
            if (!((s[i] >= '0' && s[i] <= '9') || s[i] == '.'))
                return 0;
        return n > 0 && n <= 6;
    }
    case JX_COL_NONE: return 0;
    default: return !lv;
    }
}

static int free_text_col(jx_col role)
{
    return role == JX_COL_DEV || role == JX_COL_NOTE || role == JX_COL_EXPLAIN;
}

/* The next non-blank line is a target value ("≥2万亩"). */
static int next_is_value(const tline *ls, size_t nl, size_t i)
{
    size_t j = i + 1;
    while (j < nl && !ls[j].n)
        j++;
    if (j >= nl)
        return 0;
    const char *v = ls[j].s;
    size_t vn = ls[j].n;
    jx_trim(&v, &vn);
    return vn && strong_value(v, vn);
}

/* "12" -> 12; -1 when not a small whole number. */
static int bare_int(const char *s, size_t n)
{
    int v = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return n ? v : -1;
}

/* A cell that reads as a target: a time ("12月底前"), a quality word
 * ("达到Ⅲ类", "健全"), a quantity. */
static int target_like(const char *s, size_t n)
{
    jx_value v;
    jx_error e;
    if (jx_value_parse(s, n, &v, &e) != JX_OK)
        return 0;
    return v.kind == JX_V_QUANT || v.kind == JX_V_TIME || v.kind == JX_V_QUAL;
}

/* A qualitative target as forms write it, the whole cell ("健全", "及时",
 * "明显改善"): where one row's names end in one-cell-per-line text. */
static int qual_word(const char *s, size_t n)
{
    static const char *const w[] = {
        "健全", "完善", "提升", "提高", "及时", "按时", "显著", "有效", "是", "否", "达标", "合格",
        "良好", "较好", "优良中低差", "稳定", "规范", "安全", "明确", "合理", "充分", "改善",
        "明显提升", "明显提高", "明显改善", "有效提升", "有效改善", "逐步提升", "逐步提高",
        "逐步完善", "持续改善", "持续提升", "持续发挥", "长期有效", "正常运行", "有效运行",
        "建立健全", "建立", "优", "良", "准确", "完整", "及时准确"};
    for (size_t q = 0; q < JX_ARRAY_LEN(w); q++)
        if (strlen(w[q]) == n && !memcmp(s, w[q], n))
            return 1;
    return 0;
}

/* Lines from i on up to the next target value ("≥3万亩"), when all of
 * them are names: 2 for "竹产业发展" / "竹林丰产培育面积" / "≥3万亩".  0
 * when no value comes within a row's reach. */
static int names_before_value(const tline *ls, size_t nl, size_t i, int most)
{
    int k = 0;
    for (size_t j = i; j < nl && k <= most; j++) {
        const char *v = ls[j].s;
        size_t vn = ls[j].n;
        jx_trim(&v, &vn);
        if (!vn)
            continue;
        if (strong_value(v, vn) || qual_word(v, vn))
            return k;
        int per;
        if (vn > 60 || jx_vocab_trailer(v, vn) || jx_vocab_column(v, vn, &per) != JX_COL_NONE)
            return 0;
        k++;
    }
    return 0;
}

static int rows_lines(jx_grid *g, tline *ls, size_t nl)
{
    int seq = 0; /* the last serial number of a 序号 column */
    jx_col roles[MAXC];
    int nr = 0;
    pend p = {0};
    int pos = -1;
    for (size_t i = 0; i < nl; i++) {
        tline *l = &ls[i];
        const char *c = l->s;
        size_t n = l->n;
        jx_trim(&c, &n);
        if (!n)
            continue;
        ((char *)c)[n] = '\0';
        int per;
        jx_col role = is_field_label(c, n) ? JX_COL_NONE : jx_vocab_column(c, n, &per);
        if (role == JX_COL_PROJECT || role == JX_COL_CODE ||
            (role == JX_COL_SEQ && nr > 0 && pos >= 0))
            role = JX_COL_NONE;
        if (role != JX_COL_NONE && n < 60) {
            /* a header written down the page */
            if (nr == 0 || pos >= 0) {
                if (pend_flush(g, &p))
                    return -1;
                if (nr && pos >= 0)
                    nr = 0;
                pos = -1;
            }
            if (nr < MAXC)
                roles[nr++] = role;
            if (!p.open) {
                p.first = *l;
                p.open = 1;
            }
            pend_add(&p, c, n);
            continue;
        }
        if (nr >= 3 && pos < 0 && p.open) {
            /* the header is complete: emit it as one row */
            if (pend_flush(g, &p))
                return -1;
        }
        if (nr < 3 || jx_vocab_trailer(c, n) || jx_vocab_page_marker(c, n)) {
            if (pend_flush(g, &p))
                return -1;
            if (nr < 3)
                nr = 0, pos = -1;
            if (nr >= 3 && jx_vocab_trailer(c, n))
                nr = 0;
            if (jx_vocab_page_marker(c, n))
                continue;
            const char *cs[2] = {c, ""};
            size_t ns[2] = {n, 0};
            int k = 1;
            if (is_field_label(c, n) && i + 1 < nl) {
                /* "项目名称" then its value on the next line */
                size_t j = i + 1;
                while (j < nl && !ls[j].n)
                    j++;
                if (j < nl) {
                    const char *v = ls[j].s;
                    size_t vn = ls[j].n;
                    jx_trim(&v, &vn);
                    int vper;
                    if (vn && !is_field_label(v, vn) &&
                        jx_vocab_column(v, vn, &vper) == JX_COL_NONE) {
                        ((char *)v)[vn] = '\0';
                        cs[1] = v;
                        ns[1] = vn;
                        k = 2;
                        i = j;
                    }
                }
            }
            if (add_cells(g, l, cs, ns, k))
                return -1;
            continue;
        }
        /* a body cell: the next column after the last one that takes it,
         * or a new row */
        int sq = -1;
        for (int z = 0; z < nr && sq < 0; z++)
            if (roles[z] == JX_COL_SEQ)
                sq = z;
        if (sq >= 0 && n <= 3 && bare_int(c, n) == seq + 1) {
            /* "2": the serial number that starts the next row */
            if (pend_flush(g, &p))
                return -1;
            seq++;
            p.first = *l;
            p.open = 1;
            while (p.n < sq)
                pend_add(&p, "", 0);
            pend_add(&p, c, n);
            pos = sq;
            continue;
        }
        int q = pos + 1;
        while (q < nr && (roles[q] == JX_COL_SEQ || !accepts(roles[q], c, n)))
            q++;
        if (q < nr && free_text_col(roles[q]) && n <= 60 && !strong_value(c, n) &&
            next_is_value(ls, nl, i)) {
            /* "巴旦木密植园改造面积" then "≥2万亩": not the 偏差原因 of the
             * row before, the name of the next one */
            q = nr;
        }
        if (q >= nr || (roles[q] == JX_COL_L3 && pos >= 0 && q > pos + 1 &&
                        roles[pos] != JX_COL_L1 && roles[pos] != JX_COL_L2 &&
                        roles[pos] != JX_COL_SEQ)) {
            if (pend_flush(g, &p))
                return -1;
            q = 0;
            while (q < nr && !accepts(roles[q], c, n))
                q++;
            if (q >= nr)
                q = 0;
        }
        /* a name that is not a known 一级/二级 ("竹产业发展", a department's
         * own 二级): as many names as come before the next value fill the
         * columns left of the target, right-aligned to it */
        int tq = -1;
        for (int z = 0; z < nr && tq < 0; z++)
            if (roles[z] == JX_COL_TARGET)
                tq = z;
        /* (not when the row has its name and waits for its target:
         * "工程完工时间" then "12月底前") */
        int waits = p.open && pos >= 0 && pos < tq && roles[pos] == JX_COL_L3 &&
                    target_like(c, n);
        if (tq > 0 && q < nr && q <= tq && !waits && !strong_value(c, n) &&
            (roles[q] == JX_COL_L3 || roles[q] == JX_COL_TARGET)) {
            int ahead = names_before_value(ls, nl, i, tq + 1);
            int want = tq - ahead;
            /* (a name that is no 一级 of any framework is never moved
             * into the 一级 column: "县域义务教育优质均衡发展" there would
             * take "通过省级督导评估", a target no word list knows, for
             * its 二级) */
            if (ahead >= 2 && ahead <= tq && want >= 0 && want < q &&
                (roles[want] == JX_COL_L2 || (roles[want] == JX_COL_L1 && accepts(JX_COL_L1, c, n)))) {
                if (p.open && want <= pos && pend_flush(g, &p))
                    return -1;
                q = want;
            } else if (p.open && pos >= 0 && pos + 1 < q && roles[pos] == JX_COL_L1 &&
                       roles[pos + 1] == JX_COL_L2 && ahead == tq - pos + 1) {
                /* right after the 一级, one name more than the row has
                 * columns left before the next value ("效益指标" /
                 * "社会效益" / "县域…发展" / "通过省级督导评估" / "学生
                 * 体质健康合格率" / "≥92%"): the row is full and the last
                 * name starts the next one, so one of the names is a
                 * target no word list knows and this one is the 二级 */
                q = pos + 1;
            }
        }
        if (!p.open) {
            p.first = *l;
            p.open = 1;
        }
        while (p.n < q)
            pend_add(&p, "", 0);
        pend_add(&p, c, n);
        pos = q;
    }
    return pend_flush(g, &p);
}


/* ---- run-on lines (OCR, old extractors): no separator at all ---- */

static const char *const head_lit[] = {
    "偏差原因分析及改进措施", "计划指标值(或计划水平)", "全年实际值(B)", "指标值(A)",
    "年度指标值", "实际完成值", "当年预期实现值", "一级指标", "二级指标", "三级指标",
    "实际值", "完成值", "指标值", "目标值", "分值", "权重", "得分", "指标性质", "绩效指标",
    "度量单位", "计量单位", "偏差原因", "备注"};

static const char *const units[] = {
    "万平方米", "平方米", "万立方米", "立方米", "公顷", "个工作日", "工作日", "小时内", "日内",
    "天内", "个月", "万人次", "万亩", "万人", "万元", "亿元", "人次", "公里", "小时", "批次", "百分比", "‰",
    "%", "元", "亩", "人", "个", "次", "吨", "座", "所", "家", "户", "年", "天", "件",
    "项", "台", "套", "处", "米", "分钟", "辆", "场", "期", "篇", "册", "株", "头", "只",
    "万吨", "千克", "公斤", "万株", "万册", "万份", "课时", "学时", "栋", "间", "张", "条", "棵",
    "本", "份", "名", "门", "艘", "架", "盏", "眼", "块", "根", "段", "片", "组", "节", "宗",
    "匹", "羽", "箱", "袋", "床", "枚", "卷", "幅", "部", "轮", "季度", "周", "日"};

/* After a unit, "/吨·年", "/人·次", "/亩": the rest of a compound unit. */
static size_t unit_tail(const char *s, size_t n, size_t j)
{
    size_t k = j;
    for (int parts = 0; parts < 3 && k < n; parts++) {
        size_t sep = s[k] == '/' ? 1 : starts_lit(s + k, n - k, "·") ? strlen("·") : 0;
        if (!sep)
            break;
        size_t q = k + sep, c = 0;
        while (q + 3 <= n && c < 2 && (unsigned char)s[q] >= 0xE4 && (unsigned char)s[q] <= 0xE9) {
            q += 3;
            c++;
        }
        if (!c)
            break;
        k = q;
    }
    return k - j;
}

/* A header glued together: "一级指标二级指标三级指标分值年度指标值…" */
static int runon_header(const char *s, size_t n, const char **cs, size_t *ns)
{
    int k = 0;
    size_t i = 0;
    while (i < n && k < MAXC) {
        size_t best = 0;
        for (size_t q = 0; q < JX_ARRAY_LEN(head_lit); q++)
            if (starts_lit(s + i, n - i, head_lit[q]) && strlen(head_lit[q]) > best)
                best = strlen(head_lit[q]);
        if (!best)
            return 0;
        cs[k] = s + i;
        ns[k] = best;
        k++;
        i += best;
    }
    return k >= 3 ? k : 0;
}

static int is_digitish(const char *s, size_t n, size_t i)
{
    unsigned char c = (unsigned char)s[i];
    if (c >= '0' && c <= '9')
        return 1;
    /* OCR: "IO", "1O", "l0" for 10 */
    if ((c == 'I' || c == 'l' || c == 'O') && i + 1 < n &&
        (s[i + 1] == 'O' || s[i + 1] == '0' || (s[i + 1] >= '0' && s[i + 1] <= '9')))
        return 1;
    return 0;
}

static size_t op_len(const char *s, size_t n)
{
    static const char *const ops[] = {"≥", "≤", "≧", "≦", "＞", "＜", "≈", "±", ">", "<", "="};
    for (size_t q = 0; q < JX_ARRAY_LEN(ops); q++)
        if (starts_lit(s, n, ops[q]))
            return strlen(ops[q]);
    return 0;
}

/* One value token from s[i]: [op] number [unit] or a date "2021年9月底". */
static size_t value_token(const char *s, size_t n, size_t i)
{
    size_t j = i + op_len(s + i, n - i);
    size_t d0 = j;
    int dots = 0;
    while (j < n && (is_digitish(s, n, j) || s[j] == '.' || s[j] == 'O' || s[j] == 'I' ||
                     s[j] == 'l')) {
        if (s[j] == '.' && ++dots == 2) {
            /* "0.650.67": the second number starts a digit before its dot */
            j--;
            break;
        }
        j++;
    }
    if (j == d0)
        return 0;
    /* a date: 2021年9月底, 2021年9月, 12月底前 */
    if (starts_lit(s + j, n - j, "年") && j - d0 > 4 && j - d0 <= 6 && op_len(s + i, n - i) == 0)
        return j - 4 - i; /* "102021年9月底": points, then the date */
    if (starts_lit(s + j, n - j, "年") && j - d0 == 4) {
        size_t k = j + 3;
        size_t m0 = k;
        while (k < n && ((s[k] >= '0' && s[k] <= '9') || s[k] == 'I' || s[k] == 'O' ||
                         s[k] == 'l'))
            k++;
        if (k > m0 && starts_lit(s + k, n - k, "月")) {
            k += 3;
            while (k < n && s[k] >= '0' && s[k] <= '9')
                k++;
            if (starts_lit(s + k, n - k, "日"))
                k += 3;
            if (starts_lit(s + k, n - k, "底"))
                k += 3;
            if (starts_lit(s + k, n - k, "前"))
                k += 3;
            return k - i;
        }
    }
    size_t best = 0;
    for (size_t q = 0; q < JX_ARRAY_LEN(units); q++)
        if (starts_lit(s + j, n - j, units[q]) && strlen(units[q]) > best)
            best = strlen(units[q]);
    if (best)
        best += unit_tail(s, n, j + best);
    return j + best - i;
}

static int bare_digits(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!((s[i] >= '0' && s[i] <= '9') || s[i] == 'O' || s[i] == 'I' || s[i] == 'l'))
            return 0;
    return n > 0;
}

/* Numbers glued by OCR: "10295%" (分值 10, then "≥95%" with ≥ read as 2)
 * and "0.6710" (实际值 0.67, then 得分 10, the same as the 分值). */
static int split_glued(jx_grid *g, const char **cs, size_t *ns, int k, int first)
{
    if (first >= k || k + 1 >= MAXC)
        return k;
    const char *a = cs[first];
    size_t an = ns[first];
    size_t d = 0;
    while (d < an && a[d] >= '0' && a[d] <= '9')
        d++;
    if (d >= 4 && d < an && !bare_digits(a, an) && (a[0] == '1' || a[0] == '5')) {
        /* points first: "10" + the rest */
        size_t pl = a[0] == '1' && a[1] == '0' ? 2 : 1;
        memmove(cs + first + 2, cs + first + 1, (size_t)(k - first - 1) * sizeof *cs);
        memmove(ns + first + 2, ns + first + 1, (size_t)(k - first - 1) * sizeof *ns);
        cs[first + 1] = a + pl;
        ns[first + 1] = an - pl;
        ns[first] = pl;
        k++;
        const char *v = cs[first + 1];
        size_t vn = ns[first + 1];
        if (vn >= 4 && v[0] == '2' && v[vn - 1] == '%' && vn - 1 - 1 <= 3) {
            /* "295%": a rate over 100, ≥ read as 2 */
            char *f = jx_arena_alloc(&g->arena, vn + 3);
            if (!f)
                return -1;
            memcpy(f, "≥", 3);
            memcpy(f + 3, v + 1, vn - 1);
            f[vn + 2] = '\0';
            cs[first + 1] = f;
            ns[first + 1] = vn + 2;
        }
    }
    /* OCR read "≥" as "2": "248次" against an actual of 52次, "285%"
     * against 87%: the target without its leading 2 is far closer */
    for (int q = first; q + 1 < k; q++) {
        const char *t = cs[q];
        size_t tn = ns[q];
        if (tn < 3 || t[0] != '2' || t[1] < '0' || t[1] > '9')
            continue;
        if (q > first && !bare_digits(cs[q - 1], ns[q - 1]))
            continue; /* a target stands before it: this is the actual */
        double whole = atof(t), rest = atof(t + 1), act = atof(cs[q + 1]);
        if (cs[q + 1][0] < '0' || cs[q + 1][0] > '9' || act <= 0)
            continue;
        double dr = rest > act ? rest - act : act - rest;
        double dw = whole > act ? whole - act : act - whole;
        if (dr * 4 < dw && dr <= rest * 0.5) {
            char *f = jx_arena_alloc(&g->arena, tn + 3);
            if (!f)
                return -1;
            memcpy(f, "≥", 3);
            memcpy(f + 3, t + 1, tn - 1);
            f[tn + 2] = '\0';
            cs[q] = f;
            ns[q] = tn + 2;
        }
    }
    /* "1010", "55": 分值 and 得分 glued, the same number twice */
    if (k + 1 < MAXC && bare_digits(cs[k - 1], ns[k - 1]) && ns[k - 1] >= 2 &&
        ns[k - 1] % 2 == 0 && !memcmp(cs[k - 1], cs[k - 1] + ns[k - 1] / 2, ns[k - 1] / 2)) {
        size_t h = ns[k - 1] / 2;
        cs[k] = cs[k - 1] + h;
        ns[k] = h;
        ns[k - 1] = h;
        k++;
    }
    /* the last number carries the 得分 when it equals the 分值 */
    const char *pts = cs[first];
    size_t pn = ns[first];
    const char *z = cs[k - 1];
    size_t zn = ns[k - 1];
    if (k - 1 > first && bare_digits(pts, pn) && zn > pn + 1 &&
        !memcmp(z + zn - pn, pts, pn) && z[zn - pn - 1] >= '0' && z[zn - pn - 1] <= '9' &&
        memchr(z, '.', zn)) {
        ns[k - 1] = zn - pn;
        cs[k] = z + zn - pn;
        ns[k] = pn;
        k++;
    }
    return k;
}

/* An OCR'd line as the segmenter needs it (a copy in the grid's arena):
 * full-width digits, "％" and "．" in ASCII; "〉=" / "＞=" / ">=" as "≥",
 * "〈=" / "＜=" / "<=" as "≤"; "2 85%" after a name (≥ read as "2 ") as
 * "≥85%".  *n is updated; NULL on ENOMEM. */
static char *runon_normalize(jx_grid *g, const char *s, size_t *n)
{
    char *o = jx_arena_alloc(&g->arena, *n + 1);
    if (!o)
        return NULL;
    size_t w = 0;
    for (size_t i = 0; i < *n;) {
        const unsigned char *u = (const unsigned char *)s + i;
        if (*n - i >= 3 && u[0] == 0xEF && u[1] == 0xBC && u[2] >= 0x90 && u[2] <= 0x99) {
            o[w++] = (char)('0' + (u[2] - 0x90)); /* ０-９ */
            i += 3;
        } else if (starts_lit(s + i, *n - i, "％")) {
            o[w++] = '%', i += 3;
        } else if (starts_lit(s + i, *n - i, "．")) {
            o[w++] = '.', i += 3;
        } else if (starts_lit(s + i, *n - i, "〉=") || starts_lit(s + i, *n - i, "＞=") ||
                   starts_lit(s + i, *n - i, ">=")) {
            memcpy(o + w, "≥", 3), w += 3;
            i += s[i] == '>' ? 2 : 4;
        } else if (starts_lit(s + i, *n - i, "〈=") || starts_lit(s + i, *n - i, "＜=") ||
                   starts_lit(s + i, *n - i, "<=")) {
            memcpy(o + w, "≤", 3), w += 3;
            i += s[i] == '<' ? 2 : 4;
        } else if (s[i] == '2' && i >= 3 && (unsigned char)s[i - 1] >= 0x80 && i + 2 < *n &&
                   s[i + 1] == ' ' && s[i + 2] >= '1' && s[i + 2] <= '9') {
            memcpy(o + w, "≥", 3), w += 3; /* "优良中等路率2 85%" */
            i += 2;
        } else {
            o[w++] = s[i++];
        }
    }
    o[w] = '\0';
    *n = w;
    return o;
}

/* "≤O.6万元", "1OO%", "IO日内": O, I, l among digits are 0, 1, 1
 * (in place; the cell is in the grid's arena). */
static int ocr_letter(char ch) { return ch == 'O' || ch == 'I' || ch == 'l'; }

/* Any of O, I, l among the eight bytes of x. */
static int ocr_letter8(uint64_t x)
{
    return (jx_bytes_eq(x, 'O') | jx_bytes_eq(x, 'I') | jx_bytes_eq(x, 'l')) != 0;
}

static int has_ocr_letter(const char *s, size_t n)
{
    if (n < 8) {
        if (n >= 4) { /* the first four bytes and the last four */
            uint32_t a, b;
            memcpy(&a, s, 4);
            memcpy(&b, s + n - 4, 4);
            return ocr_letter8(((uint64_t)a << 32) | b);
        }
        for (size_t z = 0; z < n; z++)
            if (ocr_letter(s[z]))
                return 1;
        return 0;
    }
    for (size_t z = 0; z + 8 < n; z += 8)
        if (ocr_letter8(jx_load8(s + z)))
            return 1;
    return ocr_letter8(jx_load8(s + n - 8)); /* the last eight bytes (overlapping) */
}

static void ocr_digits(char *c, size_t n)
{
    /* a run of only O/I/l starting with I or l, no Latin letter around:
     * "IO日内", "lOO%" */
    for (size_t z = 0; z < n; z++) {
        if (c[z] != 'I' && c[z] != 'l')
            continue;
        size_t e = z;
        while (e < n && ocr_letter(c[e]))
            e++;
        int around = (z > 0 && (c[z - 1] | 32) >= 'a' && (c[z - 1] | 32) <= 'z') ||
                     (e < n && (c[e] | 32) >= 'a' && (c[e] | 32) <= 'z');
        if (e - z >= 2 && e - z <= 4 && !around)
            for (size_t q = z; q < e; q++)
                c[q] = c[q] == 'O' ? '0' : '1';
        z = e;
    }
    for (int pass = 0; pass < 2; pass++)
        for (size_t z = 0; z < n; z++) {
            if (c[z] != 'O' && c[z] != 'I' && c[z] != 'l')
                continue;
            int prev = z > 0 && ((c[z - 1] >= '0' && c[z - 1] <= '9') || c[z - 1] == '.');
            /* "≥l万亩": a letter alone after a sign, before a unit */
            if (!prev && z >= 3 && (!memcmp(c + z - 3, "≥", 3) || !memcmp(c + z - 3, "≤", 3)) &&
                (z + 1 == n || (unsigned char)c[z + 1] >= 0x80))
                prev = 1;
            int next = z + 1 < n && ((c[z + 1] >= '0' && c[z + 1] <= '9') || c[z + 1] == '.');
            int latin = (z > 0 && ((c[z - 1] | 32) >= 'a' && (c[z - 1] | 32) <= 'z' &&
                                   c[z - 1] != 'O' && c[z - 1] != 'I' && c[z - 1] != 'l')) ||
                        (z + 1 < n && ((c[z + 1] | 32) >= 'a' && (c[z + 1] | 32) <= 'z' &&
                                       c[z + 1] != 'O' && c[z + 1] != 'I' && c[z + 1] != 'l'));
            if ((prev || next) && !latin)
                c[z] = c[z] == 'O' ? '0' : '1';
        }
}

/* "IO座": two to four of O/I/l, the first I or l, then a CJK character
 * (a unit). */
static int ocr_run_unit(const char *s, size_t n)
{
    if (!n || (s[0] != 'I' && s[0] != 'l'))
        return 0;
    size_t e = 1;
    while (e < n && ocr_letter(s[e]))
        e++;
    return e >= 2 && e <= 4 && e < n && (unsigned char)s[e] >= 0x80;
}

/* OCR digits in cells: "IO" / "1O" as "10", "≥2O%" as "≥20%" (copied
 * into the grid's arena).  A cell of ASCII is a number when it holds only
 * digits, O, I, l, "." and "%"; with strict, only such cells (not words
 * such as "IT" or "LED") and, in other cells, letters among digits. */
static int ocr_cells(jx_grid *g, const char **cs, size_t *ns, int k, int strict)
{
    for (int q = 0; q < k; q++) {
        int other = 0;
        if (!has_ocr_letter(cs[q], ns[q]))
            continue; /* most cells: nothing to fix */
        for (size_t z = 0; z < ns[q]; z++) {
            char ch = cs[q][z];
            other |= !ocr_letter(ch) && !(ch >= '0' && ch <= '9') && ch != '.' && ch != '%';
        }
        /* strict, a cell of ASCII words: only letters among digits
         * ("2O24年", "2 9O%"), never "IT" or "LED" */
        int among = strict && (unsigned char)cs[q][0] < 0x80 && (other || ns[q] < 2);
        int digit0 = (cs[q][0] >= '0' && cs[q][0] <= '9') ||
                     (ocr_letter(cs[q][0]) && ns[q] > 1 && cs[q][1] >= '0' && cs[q][1] <= '9');
        /* (but "IO座", "lO个": two to four of O/I/l from an I or l, then
         * a unit: a number, as ocr_digits reads it) */
        if (among && !digit0 && !ocr_run_unit(cs[q], ns[q]))
            continue;
        char *c = jx_arena_strndup(&g->arena, cs[q], ns[q]);
        if (!c)
            return -1;
        if ((unsigned char)cs[q][0] >= 0x80 || among) {
            ocr_digits(c, ns[q]); /* "≤O.6万元": only among digits */
        } else {
            for (size_t z = 0; z < ns[q]; z++)
                if (c[z] == 'O')
                    c[z] = '0';
                else if (c[z] == 'I' || c[z] == 'l')
                    c[z] = '1';
        }
        cs[q] = c;
    }
    return 0;
}

/* A qualitative target glued to the end of a name, with nothing after it:
 * returns its length, 0 when there is none or the name would be too short. */
static size_t qual_tail(const char *s, size_t n)
{
    static const char *const tails[] = {
        "明显提升", "明显提高", "明显改善", "明显增强", "有效提升", "有效提高", "有效改善",
        "有效缓解", "有效保障", "逐步提高", "逐步提升", "稳步提升", "稳步提高", "显著提升",
        "显著提高", "显著改善", "持续改善", "持续提升", "进一步提升", "进一步提高",
        "进一步改善", "大幅提升", "有所提升", "有所提高", "得到改善", "得到提升",
        "长期有效", "长期发挥", "持续发挥", "优良中低差", "较好", "良好", "达标", "合格", "健全", "完善",
        "持续完善", "不断完善", "逐步完善", "进一步完善", "逐步健全", "不断健全", "持续健全",
        "基本完善", "更加完善", "有效运行", "正常运行", "持续运行"};
    size_t best = 0;
    for (size_t q = 0; q < JX_ARRAY_LEN(tails); q++) {
        size_t tl = strlen(tails[q]);
        if (n >= tl + 9 && tl > best && !memcmp(s + n - tl, tails[q], tl))
            best = tl;
    }
    return best;
}

/* "路面病害处治时限发现后10日内": a time limit's value starts with what
 * the clock counts from ("发现后", "雪停后", "接到报告后"): the name ends
 * at 时限 / 时间 / 期限, and the rest is the first value cell, joined with
 * the number after it.  Returns the new cell count (-1 ENOMEM); *i moves
 * past the number when it was joined. */
static int time_phrase(jx_grid *g, const char *s, size_t n, size_t *i, const char **cs,
                       size_t *ns, int k)
{
    static const char *const keys[] = {"时限", "时间", "期限"};
    const char *nm = cs[k - 1];
    size_t nn = ns[k - 1], cut = 0;
    for (size_t q = 0; q < JX_ARRAY_LEN(keys); q++)
        for (size_t z = 0; z + 6 <= nn; z += 1)
            if (!memcmp(nm + z, keys[q], 6) && z + 6 > cut)
                cut = z + 6;
    if (!cut || cut == nn || nn - cut > 18 || !starts_lit(nm + nn - 3, 3, "后"))
        return k;
    size_t t = value_token(s, n, *i);
    if (!t)
        return k;
    char *v = jx_arena_alloc(&g->arena, nn - cut + t + 1);
    if (!v)
        return -1;
    memcpy(v, nm + cut, nn - cut);
    memcpy(v + nn - cut, s + *i, t);
    v[nn - cut + t] = '\0';
    ns[k - 1] = cut;
    cs[k] = v;
    ns[k] = nn - cut + t;
    *i += t;
    return k + 1;
}

/* A data row glued together: level names, a name, then values. */
static int runon_row(jx_grid *g, const char *s, size_t n, const char **cs, size_t *ns)
{
    int k = 0;
    size_t i = 0;
    /* leading 一级/二级 names, longest first */
    for (int guard = 0; guard < 3 && i < n; guard++) {
        size_t best = 0;
        for (size_t len = 3; len <= 30 && i + len <= n; len += 3) {
            char kind;
            const char *parent;
            if (jx_vocab_level(s + i, len, &kind, &parent))
                best = len;
        }
        if (!best)
            break;
        cs[k] = s + i, ns[k] = best, k++;
        i += best;
    }
    /* the name: up to the first digit or operator */
    size_t st = i;
    while (i < n && !is_digitish(s, n, i) && !op_len(s + i, n - i))
        i++;
    if (i > st) {
        cs[k] = s + st, ns[k] = i - st;
        /* trailing blanks before the numbers ("…逐步完善 15 15") */
        while (ns[k] && cs[k][ns[k] - 1] == ' ')
            ns[k]--;
        size_t tl = i == n ? qual_tail(cs[k], ns[k]) : 0;
        size_t dl = 0;
        for (size_t h = 18; h >= 6 && !dl; h -= 3)
            if (ns[k] >= 2 * h + 6 && !memcmp(cs[k] + ns[k] - 2 * h, cs[k] + ns[k] - h, h) &&
                (unsigned char)cs[k][ns[k] - h] >= 0x80)
                dl = h;
        if (dl && k + 2 < MAXC) {
            /* "非遗项目传承人梯队逐步完善逐步完善": the name, the target and
             * the actual, the same words twice */
            ns[k] -= 2 * dl;
            k++;
            cs[k] = cs[k - 1] + ns[k - 1], ns[k] = dl;
            k++;
            cs[k] = cs[k - 1] + dl, ns[k] = dl;
            tl = 0;
        } else if (tl) {
            /* "农牧民就业技能明显提升": the name, then its target */
            ns[k] -= tl;
            k++;
            cs[k] = s + i - tl, ns[k] = tl;
        }
        k++;
    }
    int first_val = k;
    if (k > 0 && i < n && k + 1 < MAXC && first_val > 0)
        k = time_phrase(g, s, n, &i, cs, ns, k);
    if (k < 0)
        return -1;
    first_val = k;
    while (i < n && k < MAXC) {
        if (s[i] == ' ') { /* "4个 10 10": a space between values is no cell */
            i++;
            continue;
        }
        size_t t = value_token(s, n, i);
        if (!t) {
            /* words: up to the next digit or operator; "健全健全" is two */
            size_t w0 = i;
            while (i < n && !is_digitish(s, n, i) && !op_len(s + i, n - i))
                i++;
            size_t wl = i - w0;
            if (wl >= 6 && wl % 2 == 0 && !memcmp(s + w0, s + w0 + wl / 2, wl / 2)) {
                cs[k] = s + w0, ns[k] = wl / 2, k++;
                cs[k] = s + w0 + wl / 2, ns[k] = wl / 2, k++;
            } else {
                cs[k] = s + w0, ns[k] = wl, k++;
            }
            continue;
        }
        cs[k] = s + i, ns[k] = t, k++;
        i += t;
    }
    if (ocr_cells(g, cs, ns, k, 0))
        return -1;
    k = split_glued(g, cs, ns, k, first_val);
    if (k < 0)
        return -1;
    return k;
}

/* "项目名称:某项目主管部门:某局": one cell per "label:" field. */
static int runon_fields(const char *s, size_t n, const char **cs, size_t *ns)
{
    int k = 0;
    cs[0] = s;
    for (size_t i = 3; i < n && k + 1 < MAXC; i++) {
        for (size_t q = 0; q < JX_ARRAY_LEN(field_labels); q++) {
            size_t fl = strlen(field_labels[q]);
            if (!starts_lit(s + i, n - i, field_labels[q]) ||
                !(starts_lit(s + i + fl, n - i - fl, ":") ||
                  starts_lit(s + i + fl, n - i - fl, "：")))
                continue;
            ns[k] = (size_t)(s + i - cs[k]);
            cs[++k] = s + i;
            break;
        }
    }
    ns[k] = (size_t)(s + n - cs[k]);
    return k + 1;
}

static int rows_runon(jx_grid *g, tline *ls, size_t nl)
{
    int body = 0;
    for (size_t i = 0; i < nl; i++) {
        tline *l = &ls[i];
        const char *c = l->s;
        size_t n = l->n;
        jx_trim(&c, &n);
        if (!n)
            continue;
        const char *cs[MAXC];
        size_t ns[MAXC];
        int k = runon_header(c, n, cs, ns);
        if (k) {
            body = 1;
        } else if (body && !jx_vocab_trailer(c, n) && !jx_vocab_page_marker(c, n)) {
            char *norm = runon_normalize(g, c, &n);
            if (!norm)
                return -1;
            k = runon_row(g, norm, n, cs, ns);
            if (k < 0)
                return -1;
        } else {
            if (jx_vocab_trailer(c, n))
                body = 0;
            k = runon_fields(c, n, cs, ns);
        }
        /* cells are copied: they are not NUL-terminated in place */
        jx_grow *r = k > 0 ? jx_grid_add_row(g, k, l->line, 0) : NULL;
        if (k > 0 && !r)
            return -1;
        for (int q = 0; q < k; q++)
            if (jx_grid_set(g, r, q, cs[q], ns[q]))
                return -1;
    }
    return 0;
}

/* ---- OCR: "≥" read as "2", "≤" as "S" ---- */

static int has_op_symbol(const char *s, size_t n)
{
    /* "≥", "≤", "≧", "≦" (E2 89 A4..A7), "⩽", "⩾" (E2 A9 BD, BE), "＜",
     * "＞" (EF BC 9C, 9E), ">", "<": every sign starts with one of these
     * bytes */
    static const unsigned char lead[256] = {['<'] = 1, ['>'] = 1, [0xE2] = 2, [0xEF] = 3};
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < n; i++) {
        while (!lead[u[i]]) /* most bytes */
            if (++i == n)
                return 0;
        switch (lead[u[i]]) {
        case 1: return 1;
        case 2:
            if (n - i >= 3 && ((u[i + 1] == 0x89 && u[i + 2] >= 0xA4 && u[i + 2] <= 0xA7) ||
                               (u[i + 1] == 0xA9 && (u[i + 2] == 0xBD || u[i + 2] == 0xBE))))
                return 1;
            continue;
        default:
            if (n - i >= 3 && u[i + 1] == 0xBC && (u[i + 2] == 0x9C || u[i + 2] == 0x9E))
                return 1;
            continue;
        }
    }
    return 0;
}

/* "2850人", "295%", "23000元": a 2, then a number not starting with 0,
 * then at most a short unit; not a year ("2024年…"). *rate: "2xx%". */
static int ocr_ge_cell(const char *s, size_t n, int *rate)
{
    *rate = 0;
    size_t i = 1;
    if (n >= 3 && s[0] == '2' && s[1] == ' ')
        i = 2; /* "2 150户": the sign and the number apart */
    if (n < i + 1 || s[0] != '2' || s[i] < '1' || s[i] > '9')
        return 0;
    while (i < n && ((s[i] >= '0' && s[i] <= '9') || s[i] == '.'))
        i++;
    if (n - i > 12 || starts_lit(s + i, n - i, "年"))
        return 0;
    for (size_t j = i; j < n; j++)
        if ((s[j] >= '0' && s[j] <= '9') || s[j] == ' ')
            return 0;
    /* the number only when it could be a rate: most candidates are amounts */
    if ((n == i + 1 && s[i] == '%') || (n == i + 3 && starts_lit(s + i, 3, "％"))) {
        double v = s[1] == ' ' ? 200 + atof(s + 2) : atof(s);
        *rate = v >= 200 && v < 300;
    }
    return 1;
}

/* Cell x of row r began with a "2" that OCR made of a "≥": put the sign
 * back (a copy in the grid's arena) and count the repair for the note. */
static int ge_for_2(jx_grid *g, const jx_grow *r, jx_cell *x)
{
    char *f = jx_arena_alloc(&g->arena, x->n + 3);
    if (!f)
        return -1;
    size_t skip = x->n > 2 && x->s[1] == ' ' ? 2 : 1; /* "2 150户" */
    memcpy(f, "≥", 3);
    memcpy(f + 3, x->s + skip, x->n - skip);
    f[x->n - skip + 3] = '\0';
    x->s = f;
    x->n = x->n - skip + 3;
    if (!g->ocr_fixed++)
        g->ocr_line = r->line;
    return 0;
}

/* In OCR'd text that prints its signs elsewhere, a rate over 200%% in a
 * cell of its own ("295%") is still a "≥95%" whose sign was read as 2. */
static int repair_ocr_rates(jx_grid *g)
{
    for (size_t i = 0; i < g->nrows; i++) {
        jx_grow *r = &g->rows[i];
        for (int c = 0; c < r->n; c++) {
            jx_cell *x = &r->c[c];
            int rate;
            if (!ocr_ge_cell(x->s, x->n, &rate) || !rate || atof(x->s + 1 + (x->s[1] == ' ')) > 100)
                continue;
            if (ge_for_2(g, r, x))
                return -1;
        }
    }
    return 0;
}

/* A self-evaluation scanned without any sign: a target "2850人" next to
 * an actual "900人" is "≥850人" when the number without its 2 is far
 * closer to the actual (as split_glued does for run-on rows).  Only in a
 * document that prints no sign at all (the caller checks). */
static int repair_by_actual(jx_grid *g)
{
    for (size_t i = 0; i < g->nrows; i++) {
        jx_grow *r = &g->rows[i];
        for (int c = 0; c + 1 < r->n; c++) {
            jx_cell *x = &r->c[c];
            const jx_cell *a = &r->c[c + 1];
            int rate;
            if (!ocr_ge_cell(x->s, x->n, &rate) || !a->n || a->s[0] < '0' || a->s[0] > '9')
                continue;
            if (x->s[1] == ' ')
                continue; /* "2 850人" beside "900人": left as printed */
            double whole = atof(x->s), rest = atof(x->s + 1), act = atof(a->s);
            double dr = rest > act ? rest - act : act - rest;
            double dw = whole > act ? whole - act : act - whole;
            if (act <= 0 || !(dr * 4 < dw && dr <= rest * 0.5))
                continue;
            if (ge_for_2(g, r, x))
                return -1;
        }
    }
    return 0;
}

/* A scan read by OCR with every "≥" turned into "2" (and "≤" into "S"
 * glued to the name): the document prints no comparison sign at all, and
 * rates over 200% ("295%") only make sense as "≥95%".  Then every value
 * cell "2" + number is read as "≥" + number; *fixed counts them, the
 * interpreter says so in a note.  Returns -1 on ENOMEM. */
static int repair_ocr_ge(jx_grid *g)
{
    int cand = 0, rates = 0, signs = 0;
    /* from the last row up (the counts do not care): the target tables,
     * where the signs stand, come after a budget's other tables, and once
     * a sign is seen no cell is searched for one */
    for (size_t i = g->nrows; i-- > 0;)
        for (int c = 0; c < g->rows[i].n; c++) {
            const jx_cell *x = &g->rows[i].c[c];
            int rate;
            signs = signs || has_op_symbol(x->s, x->n);
            if (x->s[0] == '2' && ocr_ge_cell(x->s, x->n, &rate)) /* (its first test) */
                cand++, rates += rate;
        }
    if (!signs && cand >= 2 && (rates < 1 || cand < 3))
        return repair_by_actual(g);
    if (signs || rates < 1 || cand < 3)
        return g->ocr_fixed ||
                       (g->shape && (!strcmp(g->shape, "runon") || !strcmp(g->shape, "words")))
                   ? repair_ocr_rates(g)
                   : 0;
    for (size_t i = 0; i < g->nrows; i++) {
        jx_grow *r = &g->rows[i];
        for (int c = 0; c < r->n; c++) {
            jx_cell *x = &r->c[c];
            int rate;
            if (ocr_ge_cell(x->s, x->n, &rate)) {
                if (ge_for_2(g, r, x))
                    return -1;
            } else if (x->n >= 3 && x->s[0] == 'S' && x->s[1] == ' ' && x->s[2] >= '0' &&
                       x->s[2] <= '9') {
                /* "S 200元": the "≤" read as an S, apart from its number */
                char *f = jx_arena_alloc(&g->arena, x->n + 2);
                if (!f)
                    return -1;
                memcpy(f, "≤", 3);
                memcpy(f + 3, x->s + 2, x->n - 2);
                f[x->n + 1] = '\0';
                x->s = f;
                x->n += 1;
                if (!g->ocr_fixed++)
                    g->ocr_line = r->line;
            } else if (c + 1 < r->n && x->n > 3 && x->s[x->n - 1] == 'S' &&
                       (unsigned char)x->s[x->n - 2] >= 0x80 && r->c[c + 1].n &&
                       r->c[c + 1].s[0] >= '0' && r->c[c + 1].s[0] <= '9') {
                /* "人均培训补贴标准S" + "2600元": the S was a "≤" */
                jx_cell *v = &r->c[c + 1];
                char *f = jx_arena_alloc(&g->arena, v->n + 4);
                if (!f)
                    return -1;
                memcpy(f, "≤", 3);
                memcpy(f + 3, v->s, v->n);
                f[v->n + 3] = '\0';
                v->s = f;
                v->n += 3;
                x->n--;
                char *name = jx_arena_strndup(&g->arena, x->s, x->n);
                if (!name)
                    return -1;
                x->s = name;
                if (!g->ocr_fixed++)
                    g->ocr_line = r->line;
                c++;
            }
        }
    }
    return 0;
}

/* OCR digits ("2O24年", "9O%") in the cells of every row: only letters
 * among digits, and ASCII cells that are numbers (ocr_cells, strict). */
static int ocr_rows(jx_grid *g)
{
    for (size_t i = 0; i < g->nrows; i++) {
        jx_grow *r = &g->rows[i];
        const char *cs[MAXC];
        size_t ns[MAXC];
        int k = r->n < MAXC ? r->n : MAXC, any = 0;
        for (int q = 0; q < k && !any; q++)
            any = has_ocr_letter(r->c[q].s, r->c[q].n);
        if (!any)
            continue; /* ocr_cells would change nothing */
        for (int q = 0; q < k; q++)
            cs[q] = r->c[q].s, ns[q] = r->c[q].n;
        if (ocr_cells(g, cs, ns, k, 1))
            return -1;
        for (int q = 0; q < k; q++)
            if (cs[q] != r->c[q].s) {
                if (strcmp(cs[q], r->c[q].s) && !g->ocr_fixed++)
                    g->ocr_line = r->line;
                r->c[q].s = cs[q];
            }
    }
    return 0;
}

/* ---- PDF layout text: rows printed over several lines ---- */

/* Joins two cell texts into the grid's arena; the cell takes the copy. */
static int cell_join(jx_grid *g, jx_cell *x, const char *a, size_t an, const char *b, size_t bn)
{
    char *j = arena_cat(g, a, an, b, bn);
    if (!j)
        return -1;
    x->s = j;
    x->n = an + bn;
    return 0;
}

/* A piece that goes on from the line above: it starts with a closing
 * mark ("，未完成按比例计", "）"). */
static int continues_up(const char *s, size_t n)
{
    static const char *const marks[] = {"，", "；", "。", "、", "）", "：", ")", ",", ";", ".", "%"};
    for (size_t q = 0; q < JX_ARRAY_LEN(marks); q++)
        if (starts_lit(s, n, marks[q]))
            return 1;
    return 0;
}

/* In a table printed with vertically centred cells, a row whose cells
 * wrap takes several lines: the line with its values, and above and
 * below it lines holding only the wrapped parts of names and long texts
 * ("残疾人康复服" / "务", "完成目标值得满分" / "，未完成按比例计" / "分").
 * Such lines left as rows of their own (no cell under a value column)
 * go to the value line above or below: the nearer one; from the middle
 * of an odd gap, by what the cells say (a piece starting with "，" goes
 * up; a cell empty on one side goes to the other; a short cell below
 * under a long name above takes the piece, as starts_next does).  A
 * whole 一级/二级 label whose neighbours have none in its column stays on
 * its line (a label centred on several rows, for the interpreter's
 * centred-label pass); a level piece joins a piece, never an empty cell.
 * Lines not aligned with the header, page marks, field lines ("…：") and
 * running titles are barriers.  Runs after the row readers; g->wrapped
 * counts the pieces moved (the interpreter's joined-name note). */
static int merge_wrapped_lines(jx_grid *g)
{
    /* kinds: 1 value row, 2 wrapped-parts row, 0 anything else (a header,
     * a field line, a trailer: a barrier) */
    size_t n = g->nrows, h = n;
    char *kind = calloc(n ? n : 1, 1);
    size_t *hdr = calloc(n ? n : 1, sizeof *hdr); /* each row's header */
    if (!kind || !hdr) {
        free(kind);
        free(hdr);
        return -1;
    }
    jx_col role[MAXC];
    int nh = 0, has_value_col = 0;
    for (size_t i = 0; i < n; i++) {
        const jx_grow *r = &g->rows[i];
        int named = 0, per;
        for (int c = 0; c < r->n && c < MAXC; c++)
            named += r->c[c].n && jx_vocab_column(r->c[c].s, r->c[c].n, &per) != JX_COL_NONE;
        if (named >= 3) {
            /* a header: the rows below are read by its columns */
            h = i;
            nh = r->n < MAXC ? r->n : MAXC;
            has_value_col = 0;
            for (int c = 0; c < nh; c++) {
                role[c] = r->c[c].n ? jx_vocab_column(r->c[c].s, r->c[c].n, &per) : JX_COL_NONE;
                has_value_col |= role[c] == JX_COL_TARGET || role[c] == JX_COL_ACTUAL;
            }
            continue;
        }
        if (h == n || !has_value_col)
            continue;
        hdr[i] = h;
        int any = 0, val = 0, wide = r->n > nh, label = 1, field = 0;
        for (int c = 0; c < r->n && c < nh; c++) {
            if (!r->c[c].n)
                continue;
            any = 1;
            jx_col ro = role[c];
            /* (one character under a value column is the tail of the
             * value above: "2024年5月栽秧" / "前") */
            if ((ro == JX_COL_TARGET || ro == JX_COL_ACTUAL || ro == JX_COL_POINTS ||
                 ro == JX_COL_SCORE || ro == JX_COL_OP || ro == JX_COL_UNIT) &&
                !(r->c[c].n == 3 && (unsigned char)r->c[c].s[0] >= 0xE4))
                val = 1;
            const char *sp = strrchr(r->c[c].s, ' ');
            if (sp && !free_text_col(ro) && (op_len(sp + 1, strlen(sp + 1)) ||
                                            (sp[1] >= '0' && sp[1] <= '9')))
                val = 1; /* "标准化茶园建园补助 ≤1500元/亩": the value glued on */
            if (jx_vocab_page_marker(r->c[c].s, r->c[c].n) ||
                (!free_text_col(ro) && ro != JX_COL_POINTS && ro != JX_COL_SCORE &&
                 ro != JX_COL_TARGET && ro != JX_COL_ACTUAL && bare_int(r->c[c].s, r->c[c].n) >= 0) ||
                (strstr(r->c[c].s, "绩效") && strstr(r->c[c].s, "表")))
                field = 1; /* a page number, a running title: not a piece of a row */
            if (!((ro == JX_COL_L1 || ro == JX_COL_L2) && level_name(r->c[c].s, r->c[c].n)))
                label = 0;
            if (!free_text_col(ro) && (strstr(r->c[c].s, "：") ||
                                       memchr(r->c[c].s, ':', r->c[c].n)))
                field = 1; /* "项目编码：…", "填报说明：…" */
        }
        if (!any || wide || field || (r->flags & JX_ROW_UNALIGNED) ||
            jx_vocab_trailer(r->c[0].s, r->c[0].n) || jx_vocab_page_marker(r->c[0].s, r->c[0].n))
            kind[i] = 0;
        else if (val)
            kind[i] = 1;
        else
            kind[i] = label ? 0 : 2;
    }
    int rc = 0;
    size_t i = 0;
    while (i < n && !rc) {
        if (kind[i] != 2) {
            i++;
            continue;
        }
        size_t s0 = i;
        while (i < n && kind[i] == 2)
            i++;
        long a = (long)s0 - 1, b = i < n && kind[i] == 1 ? (long)i : -1;
        if (a < 0 || kind[a] != 1)
            a = -1;
        if (a < 0 && b < 0)
            continue;
        /* by printed lines: the row readers may have joined some already */
        long gap = a >= 0 && b >= 0 ? g->rows[b].line - g->rows[a].line - 1 : 0;
        for (size_t q = s0; q < i && !rc; q++) {
            jx_grow *r = &g->rows[q];
            long j = a >= 0 ? r->line - g->rows[a].line - 1 : 0;
            if (hdr[q] != h) { /* the roles of this row's header */
                h = hdr[q];
                const jx_grow *hr = &g->rows[h];
                nh = hr->n < MAXC ? hr->n : MAXC;
                for (int c = 0; c < nh; c++) {
                    int per;
                    role[c] = hr->c[c].n ? jx_vocab_column(hr->c[c].s, hr->c[c].n, &per)
                                         : JX_COL_NONE;
                }
            }
            int dir; /* -1 up, 1 down, 0 decide per cell */
            if (b < 0)
                dir = -1;
            else if (a < 0)
                dir = 1;
            else if (2 * j + 1 < gap)
                dir = -1;
            else if (2 * j + 1 > gap)
                dir = 1;
            else
                dir = 0;
            /* a whole level label with nothing beside it on either side
             * is centred on several rows: the line stays */
            int keep = 0;
            for (int c = 0; c < r->n && c < nh; c++) {
                if (!r->c[c].n || (role[c] != JX_COL_L1 && role[c] != JX_COL_L2))
                    continue;
                const jx_grow *A = a >= 0 ? &g->rows[a] : NULL, *B = b >= 0 ? &g->rows[b] : NULL;
                int an = A && c < A->n && A->c[c].n, bn = B && c < B->n && B->c[c].n;
                if (!an && !bn && level_name(r->c[c].s, r->c[c].n))
                    keep = 1;
            }
            for (int c = 0; c < r->n && c < nh && !rc; c++) {
                jx_cell *x = &r->c[c];
                if (!x->n)
                    continue;
                if (keep && (role[c] == JX_COL_L1 || role[c] == JX_COL_L2))
                    continue; /* the label stays on its line; the pieces beside it go */
                jx_grow *A = a >= 0 ? &g->rows[a] : NULL, *B = b >= 0 ? &g->rows[b] : NULL;
                jx_cell *ac = A && c < A->n ? &A->c[c] : NULL, *bc = B && c < B->n ? &B->c[c] : NULL;
                int d = dir;
                if (!d) {
                    if (continues_up(x->s, x->n))
                        d = -1;
                    else if (ac && !ac->n && bc && bc->n)
                        d = 1;
                    else if (bc && !bc->n && ac && ac->n)
                        d = -1;
                    else if (bc && bc->n <= 12 && ac && ac->n >= 12 && !continues_up(bc->s, bc->n) &&
                             (role[c] == JX_COL_L3 || role[c] == JX_COL_L2))
                        d = 1; /* a name's first line above its row (not a value's tail) */
                    else
                        d = -1;
                }
                if (d < 0 && !ac)
                    d = 1;
                if (d > 0 && !bc)
                    d = -1;
                /* a level label's piece joins a piece, never an empty cell:
                 * "服务对象" / "满意度" / "指标" beside rows is centred */
                if ((role[c] == JX_COL_L1 || role[c] == JX_COL_L2) &&
                    ((d < 0 && (!ac || !ac->n)) || (d > 0 && (!bc || !bc->n))))
                    continue;
                if (d < 0 && ac)
                    rc = cell_join(g, ac, ac->s, ac->n, x->s, x->n);
                else if (d > 0 && bc)
                    rc = cell_join(g, bc, x->s, x->n, bc->s, bc->n);
                else
                    continue;
                if (!g->wrapped++)
                    g->wrapped_line = r->line;
                x->s = "";
                x->n = 0;
            }
        }
    }
    free(kind);
    free(hdr);
    return rc;
}

int jx_grid_from_text(jx_grids *gs, char *data, size_t len, jx_error *err)
{
    jx_grid *g = jx_grid_new(JX_GRID_TEXT, NULL);
    if (!g || jx_grids_push(gs, g))
        return jx_fail(err, JX_ENOMEM, NULL, 0, 0, "内存不足");
    /* OCR letters among digits (ocr_rows) can only come from the text:
     * the readers cut, join and drop its bytes and insert none of O, I, l.
     * Most texts have none of the three, and then no row needs a look
     * (the look per cell was a seventh of reading a text) */
    int letters = memchr(data, 'O', len) || memchr(data, 'I', len) || memchr(data, 'l', len);
    const char *end = data + len, *lt = memchr(data, '<', len), *cr = memchr(data, '\r', len);
    int quotes = memchr(data, '"', len) != NULL; /* (the readers add none) */
    /* the lines in one pass: room for a line per 32 bytes, more if needed */
    size_t cap = len / 32 + 16, k = 0, start = 0;
    tline *ls = malloc(cap * sizeof *ls);
    if (!ls)
        return jx_fail(err, JX_ENOMEM, NULL, 0, 0, "内存不足");
    for (size_t i = 0; i <= len; i++) {
        if (i < len) { /* to the next line break or the end */
            const char *t = memchr(data + i, '\n', len - i);
            i = t ? (size_t)(t - data) : len;
        }
        if (k == cap) {
            tline *more = cap <= SIZE_MAX / 2 / sizeof *ls ? realloc(ls, 2 * cap * sizeof *ls) : NULL;
            if (!more) {
                free(ls);
                return jx_fail(err, JX_ENOMEM, NULL, 0, 0, "内存不足");
            }
            ls = more;
            cap *= 2;
        }
        ls[k].s = data + start;
        ls[k].off = start;
        ls[k].line = (int)k + 1;
        const char *s = data + start, *e = data + i;
        ls[k].n = clean_line(data + start, i - start,
                             holds(&lt, s, e, end, '<') || holds(&cr, s, e, end, '\r'));
        k++;
        start = i + 1;
    }
    if (jx_grid_reserve(g, k)) { /* (a row per line at most, but for run-on text) */
        free(ls);
        return jx_fail(err, JX_ENOMEM, NULL, 0, 0, "内存不足");
    }
    enum shape sh = doc_shape(ls, k);
    static const char *const names[] = {"tab", "pipe", "spaces", "words", "lines", "runon"};
    g->shape = names[sh];
    int rc = 0;
    switch (sh) {
    case SH_PIPE: rc = rows_pipe(g, ls, k); break;
    case SH_SPACES: rc = rows_spaces(g, ls, k); break;
    case SH_LINES: rc = rows_lines(g, ls, k); break;
    case SH_RUNON: rc = rows_runon(g, ls, k); break;
    case SH_TAB: rc = rows_tab(g, ls, k, quotes); break;
    default: rc = rows_words(g, ls, k);
    }
    free(ls);
    if (!rc && sh == SH_SPACES)
        rc = merge_wrapped_lines(g);
    if (!rc && sh != SH_WORDS && sh != SH_RUNON && letters)
        rc = ocr_rows(g); /* the word and run-on readers did it per row */
    if (!rc)
        rc = repair_ocr_ge(g);
    if (rc)
        return jx_fail(err, JX_ENOMEM, NULL, 0, 0, "内存不足");
    return JX_OK;
}
