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
#include "grid.h"
#include "vocab.h"

#include <stdlib.h>

#include "jixiao/value.h"

/* Removes HTML tags in place, strips markdown heading marks and turns a
 * markdown table row into cells.  Returns the new length. */
static size_t clean_line(char *s, size_t n)
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
                else if (tl >= 2 && (!strncmp(t, "br", 2) || !strncmp(t, "BR", 2)))
                    s[w++] = ' ';
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

/* ---- lines ---- */

typedef struct tline {
    char *s;
    size_t n;
    int line;
    size_t off;
} tline;

enum shape { SH_TAB, SH_PIPE, SH_SPACES, SH_WORDS, SH_LINES };

static int has_tab_cells(const tline *l)
{
    int cells = 0;
    size_t st = 0;
    for (size_t i = 0; i <= l->n; i++) {
        if (i < l->n && l->s[i] != '\t')
            continue;
        const char *c = l->s + st;
        size_t len = i - st;
        jx_trim(&c, &len);
        cells += len > 0;
        st = i + 1;
    }
    return memchr(l->s, '\t', l->n) && cells >= 2;
}

static int pipes(const tline *l)
{
    int k = 0;
    for (size_t i = 0; i < l->n; i++)
        k += l->s[i] == '|';
    return k;
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

static int header_words(const char *s, size_t n)
{
    /* how many column names a line holds, whatever separates them */
    static const char *const w[] = {"一级指标", "二级指标", "三级指标", "指标值", "实际完成值",
                                    "分值", "得分", "偏差原因", "一級指標", "二級指標",
                                    "三級指標", "指標值", "年度指标值", "实际值", "权重"};
    int k = 0;
    for (size_t i = 0; i < JX_ARRAY_LEN(w); i++) {
        size_t wl = strlen(w[i]);
        for (size_t j = 0; j + wl <= n; j++)
            if (!memcmp(s + j, w[i], wl)) {
                k++;
                break;
            }
    }
    return k;
}

static enum shape doc_shape(const tline *ls, size_t n)
{
    size_t tab = 0, pipe = 0, spaced = 0, words = 0;
    for (size_t i = 0; i < n; i++) {
        const tline *l = &ls[i];
        if (!l->n)
            continue;
        if (has_tab_cells(l))
            tab++;
        else if (pipes(l) >= 2)
            pipe++;
        else if (spaced_cells(l) >= 2)
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
    return SH_LINES;
}

/* ---- rows ---- */

static jx_grow *add_cells(jx_grid *g, const tline *l, const char **cs,
                          const size_t *ns, int n)
{
    while (n > 0 && ns[n - 1] == 0)
        n--;
    if (n <= 0)
        return NULL;
    jx_grow *r = jx_grid_add_row(g, n, l->line, 0);
    if (!r)
        return NULL;
    r->off = l->off;
    for (int i = 0; i < n; i++) {
        r->c[i].s = cs[i];
        r->c[i].n = ns[i];
    }
    return r;
}

#define MAXC 64

/* Splits at sep (a byte), trimming; cells NUL-terminated in place. */
static int split_at(char *s, size_t n, char sep, const char **cs, size_t *ns)
{
    int k = 0;
    size_t st = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i < n && s[i] != sep)
            continue;
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

static int row_tab(jx_grid *g, tline *l)
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
    if (k && !add_cells(g, l, cs, ns, k) && ns[0])
        return -1;
    return 0;
}

/* ---- pipes ---- */

static int strong_value(const char *s, size_t n)
{
    jx_value v;
    jx_error e;
    if (!n || jx_value_parse(s, n, &v, &e) != JX_OK)
        return 0;
    return v.kind == JX_V_QUANT && v.t[0].off == 0 && v.t[0].subj_len == 0 &&
           (!v.t[0].implied || v.t[0].unit[0]) &&
           (v.n > 1 || v.t[0].off + v.t[0].len + 9 >= n);
}

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
        if (any && !add_cells(g, &p->first, p->cs, p->ns, p->n))
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
    for (size_t i = 0; i < nl; i++) {
        tline *l = &ls[i];
        const char *c = l->s;
        size_t n = l->n;
        jx_trim(&c, &n);
        if (!n) {
            if (pend_flush(g, &p))
                return -1;
            continue;
        }
        if (!memchr(c, '|', n)) {
            /* a cell on its own line, inside a row, or plain text */
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
            if (!add_cells(g, l, cs, ns, 1))
                return -1;
            body = 0;
            continue;
        }
        char *s = (char *)c;
        if (s[0] == '|')
            s++, n--;
        int closed = n && s[n - 1] == '|';
        if (closed)
            n--;
        const char *cs[MAXC];
        size_t ns[MAXC];
        int k = n ? split_at(s, n, '|', cs, ns) : 0;
        int hw = header_words(c, l->n);
        if (hw >= 3) {
            if (pend_flush(g, &p))
                return -1;
            add_cells(g, l, cs, ns, k);
            body = 1;
            width = k;
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
                   (!p.has_value || first_is_value(cs, ns, k));
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
            col += (cp >= 0x1100 && (cp <= 0x115F || (cp >= 0x2E80 && cp <= 0xA4CF) ||
                                     (cp >= 0xAC00 && cp <= 0xD7A3) ||
                                     (cp >= 0xF900 && cp <= 0xFAFF) ||
                                     (cp >= 0xFE30 && cp <= 0xFE4F) ||
                                     (cp >= 0xFF00 && cp <= 0xFF60) ||
                                     (cp >= 0xFFE0 && cp <= 0xFFE6)))
                       ? 2
                       : 1;
            i += (size_t)q;
        }
        const char *c = l->s + st;
        size_t n = i - st;
        jx_trim(&c, &n);
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

static int rows_spaces(jx_grid *g, tline *ls, size_t nl)
{
    int hcol[MAXC], nh = 0;
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
        if (header_words(l->s, l->n) >= 3 && k >= 3) {
            nh = k;
            for (int q = 0; q < k; q++)
                hcol[q] = sc[q].col;
        }
        const char *cs[MAXC];
        size_t ns[MAXC];
        int n = 0;
        if (nh && k >= 1 && !(header_words(l->s, l->n) >= 3)) {
            for (int q = 0; q < nh; q++)
                cs[q] = "", ns[q] = 0;
            n = 0;
            int clash = 0;
            for (int q = 0; q < k; q++) {
                int c = column_of(hcol, nh, sc[q].col);
                if (ns[c])
                    clash = 1;
                if (c + 1 > n)
                    n = c + 1;
                cs[c] = sc[q].s;
                ns[c] = sc[q].n;
            }
            if (clash || sc[0].col < hcol[0] - 4) {
                /* not aligned with the header: plain cells */
                n = k;
                for (int q = 0; q < k; q++)
                    cs[q] = sc[q].s, ns[q] = sc[q].n;
            } else if (have_last && k == 1 && last) {
                /* one fragment under a cell of the row above that is not
                 * finished ("时效指标（工期指标、" / "形象进度指标）") */
                last = &g->rows[last_idx];
                int c = column_of(hcol, nh, sc[0].col);
                if (c < last->n && last->c[c].n && c + 1 < nh) {
                    const char *a = last->c[c].s;
                    size_t an = last->c[c].n;
                    char *j = jx_arena_alloc(&g->arena, an + ns[c] + 1);
                    if (!j)
                        return -1;
                    memcpy(j, a, an);
                    memcpy(j + an, cs[c], ns[c]);
                    j[an + ns[c]] = '\0';
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
        last = add_cells(g, l, cs, ns, n);
        if (!last)
            continue;
        last_idx = g->nrows - 1;
        have_last = 1;
    }
    return 0;
}

/* ---- single spaces ---- */

static int row_words(jx_grid *g, tline *l)
{
    const char *cs[MAXC];
    size_t ns[MAXC];
    int k = split_at(l->s, l->n, ' ', cs, ns);
    int w = 0;
    for (int i = 0; i < k; i++) /* runs of spaces give empty cells: drop */
        if (ns[i])
            cs[w] = cs[i], ns[w] = ns[i], w++;
    if (w && !add_cells(g, l, cs, ns, w))
        return -1;
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

static int rows_lines(jx_grid *g, tline *ls, size_t nl)
{
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
        if (role == JX_COL_PROJECT || role == JX_COL_CODE || role == JX_COL_SEQ)
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
            if (!add_cells(g, l, cs, ns, k))
                return -1;
            continue;
        }
        /* a body cell: the next column after the last one that takes it,
         * or a new row */
        int q = pos + 1;
        while (q < nr && !accepts(roles[q], c, n))
            q++;
        if (q >= nr || (roles[q] == JX_COL_L3 && pos >= 0 && q > pos + 1 &&
                        roles[pos] != JX_COL_L1 && roles[pos] != JX_COL_L2)) {
            if (pend_flush(g, &p))
                return -1;
            q = 0;
            while (q < nr && !accepts(roles[q], c, n))
                q++;
            if (q >= nr)
                q = 0;
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

int jx_grid_from_text(jx_grids *gs, char *data, size_t len, jx_error *err)
{
    jx_grid *g = jx_grid_new(JX_GRID_TEXT, NULL);
    if (!g || jx_grids_push(gs, g))
        return jx_fail(err, JX_ENOMEM, NULL, 0, 0, "内存不足");
    size_t nl = 1;
    for (size_t i = 0; i < len; i++)
        nl += data[i] == '\n';
    tline *ls = malloc(nl * sizeof *ls);
    if (!ls)
        return jx_fail(err, JX_ENOMEM, NULL, 0, 0, "内存不足");
    size_t k = 0, start = 0;
    for (size_t i = 0; i <= len; i++) {
        if (i < len && data[i] != '\n')
            continue;
        ls[k].s = data + start;
        ls[k].off = start;
        ls[k].line = (int)k + 1;
        ls[k].n = clean_line(data + start, i - start);
        k++;
        start = i + 1;
    }
    enum shape sh = doc_shape(ls, k);
    static const char *const names[] = {"tab", "pipe", "spaces", "words", "lines"};
    g->shape = names[sh];
    int rc = 0;
    switch (sh) {
    case SH_PIPE: rc = rows_pipe(g, ls, k); break;
    case SH_SPACES: rc = rows_spaces(g, ls, k); break;
    case SH_LINES: rc = rows_lines(g, ls, k); break;
    default:
        for (size_t i = 0; i < k && !rc; i++)
            rc = sh == SH_WORDS ? row_words(g, &ls[i]) : row_tab(g, &ls[i]);
    }
    free(ls);
    if (rc)
        return jx_fail(err, JX_ENOMEM, NULL, 0, 0, "内存不足");
    return JX_OK;
}
