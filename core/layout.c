/*
 * layout.c - reads the 绩效目标 tables out of text extracted from PDF or
 * Word (cells split by TAB), the four layouts of domain.md §5:
 *
 *   department  一级/二级/三级/指标值/指标解释/指标说明 (header-driven, S_GEN)
 *   wide        project rows: code, name, funds, then 产出/效益/满意度
 *               (三级, 指标值) pairs side by side (header-driven: column
 *               groups under the 一级 labels of the header row above, a
 *               code column whose rows open a project, S_GEN)
 *   form        预算10表: header fields, then 实施期 and 年度 groups (header-
 *               driven: a second 二级/三级/指标值 column group, S_GEN)
 *   selfeval    项目支出绩效自评表: funds block, targets with 实际完成值,
 *               分值, 得分, 偏差原因, 总分
 *
 * One pass over the lines, a small state machine; every row is split in
 * place into cells (no allocation per line).  What extraction damages is
 * repaired where the table's own structure says how, and every repair is
 * recorded as a note on the document: merged cells (empty leading cells)
 * inherit from above, continuation rows extend 指标解释, repeated headers
 * are skipped, rows that lost leading cells are re-anchored on their
 * 指标值, two names in one cell are split.  Which 二级 belongs to which 一级
 * is the rule pack's business (jx_engine_frame), not this file's.
 */
#include "doc_int.h"
#include "grid.h"
#include "swar.h"
#include "vocab.h"

#include <ctype.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#define MAX_CELLS JX_GRID_MAX_CELLS
_Static_assert(MAX_CELLS <= 64, "a row's cells fit a 64-bit mask (headless_row)");
#define MAX_GROUPS 8 /* column groups side by side (wide: 产出, 效益, 满意度 …) */

typedef struct cell {
    const char *s;
    size_t n;
} cell;

typedef struct row {
    cell c[MAX_CELLS];
    int n;    /* cells, trailing empties dropped */
    int line; /* 1-based */
} row;

enum state { S_NONE, S_HEAD, S_GEN };

/* Where each column of a header-driven table is (gen_header). */
typedef struct colmap {
    int c[JX_COL_COUNT];  /* column of each role, -1 if none */
    int tcol[2], tper[2]; /* target columns: [0] the year's, [1] another
                             period's (实施期, 长期, 中期) */
    int expl[4], nexpl;   /* 指标解释, 评分标准, 备注 … */
    int width;
    int shifted;          /* no 三级 column: 一级 / 二级 / … / 指标值 */
    /* column groups: 二级 / 三级 / 指标值 again, beside the first (预算10表:
     * the 实施期's and the year's targets; a wide table's pairs) */
    int ngrp;             /* column groups, the first included (1: none) */
    int grp[MAX_GROUPS][3]; /* group k's 二级, 三级, 指标值 columns, -1 if
                               none (k >= 1; group 0's are in c[], tcol[0]) */
    int gper[MAX_GROUPS]; /* the period of each group */
    /* a wide project table: each group under its own 一级 label in the
     * header row above (产出 | 效益 | 满意度), one row per project with its
     * code, name (c[JX_COL_CODE], c[JX_COL_PROJECT]) and funds */
    const char *gl1[MAX_GROUPS]; /* the 一级 over each group, NULL none */
    const char *glab2[MAX_GROUPS]; /* a 二级 label over it instead (数量指标 |
                                      质量指标 …: gl1 is its 一级) */
    int labelled;         /* the groups are told apart by those labels */
    int fund[3];          /* 资金总额, 财政性资金, 其他资金 columns, -1 none */
    int projrows;         /* a code (or name) in its column opens a project */
} colmap;

typedef struct parser {
    jx_doc *d;
    jx_error *err;
    enum state st;
    int rc;
    const char *l1, *l2; /* inherited, arena strings */
    jx_indicator *last;  /* for continuation rows; index below */
    size_t last_table, last_ind;
    int have_last;
    /* header fields of a form / self-evaluation table */
    const char *h_name, *h_dept, *h_unit, *h_code;
    int h_dept_self; /* title said 部门整体支出绩效自评表 */
    int dept_field;  /* a 部门（单位）名称 / 部门名称 field was read */
    double h_total[2], h_fiscal[2], h_other[2];
    jx_execution h_exec;
    int h_line;
    int exec_next; /* the next row carries the execution numbers */
    int exec_col[6]; /* their columns in the funds header, -1 if absent */
    /* header-driven tables */
    colmap m, lastmap;
    int have_map;
    int moff[4], nmoff; /* other offsets the table's header stood at, from
                           p->m: a page break repeated it shifted */
    int l1_inferred;
    const char *title, *gen_title; /* the title above the table */
    int seen_header, seen_cells, words_line; /* for explain_empty */
    int gen_dept; /* the table is the department's own (its title said so) */
    int title_line;
    const char *gl2[MAX_GROUPS]; /* the 二级 of each column group, carried down */
    /* the table the open header-driven reading writes to (index + 1; 0
     * none: a wide table before its first project row), and a project row
     * that has no indicator beside it (a unit's total, or a project whose
     * indicators stand on the rows below) */
    size_t gen_tab;
    row pend;
    int have_pend, resume;
    /* lines where a 二级 label stands (PDF/text: merged cells are printed
     * in the middle of their rows), for centred_levels() */
    struct anchor {
        int line;
        const char *l1, *l2;
        uint8_t has1, has2; /* a 一级 / 二级 label was printed on the line */
        uint8_t l1_inferred, barrier;
    } anchor[256];
    int nanchor;
    /* lines of PDF text where a 一级 label stood beside a 三级 with no 二级:
     * in the middle of its merged cell, which 二级 the row has is not
     * known (fill_levels leaves it to the rule pack) */
    int midl1[16], nmidl1;
    /* the last row of period labels ("实施期目标 … 年度目标") above a header */
    int plab_col[4], plab_per[4], nplab;
    int gen_line; /* the header row of the open header-driven table */
    const jx_grid *g; /* the grid read, and the index of the row in hand */
    size_t gi, gen_gi;
    int columns_src; /* cells keep their columns: a sheet, Word, HTML, TAB text */
    int pipe_src; /* pipe text: a row's missing merged cells are at its left */
    int layout_src; /* the grid is PDF text laid out by position (spaces
                       shape, pdf): merged cells centred, cells wrapped */
    /* the grid rows of the last two non-empty rows, nearest first: the
     * header rows above a header (a wide table's 一级 labels and its
     * 项目编码 / 项目名称 cells) */
    size_t above[2];
    int nabove;
    /* the grid row at hand, and its gen_header (-1 not asked yet) and
     * head_bits (hb_ok: worked out) */
    const row *cur;
    int gh;
    colmap ghm;
    uint8_t hb[MAX_CELLS], hb_all; /* hb_all: the bits of all cells */
    int hb_ok;
} parser;

/* ---- cells ---- */

/* (the first byte before memcmp: most cells do not start with w) */
static int eq(cell c, const char *w)
{
    size_t n = strlen(w);
    return c.n == n && (!n || c.s[0] == w[0]) && !memcmp(c.s, w, n);
}

static int starts(cell c, const char *w)
{
    size_t n = strlen(w);
    return c.n >= n && (!n || c.s[0] == w[0]) && !memcmp(c.s, w, n);
}

static int has_n(cell c, const char *w, size_t n)
{
    if (!n)
        return 1;
    for (size_t i = 0; i + n <= c.n; i++)
        if (c.s[i] == w[0] && c.s[i + n - 1] == w[n - 1] && !memcmp(c.s + i, w, n))
            return 1;
    return 0;
}

/* (a literal's length is known where has is inlined) */
static inline int has(cell c, const char *w) { return has_n(c, w, strlen(w)); }

static cell at(const row *r, int i)
{
    cell e = {"", 0};
    return i >= 0 && i < r->n ? r->c[i] : e;
}

static int find(const row *r, const char *w, int from)
{
    for (int i = from < 0 ? 0 : from; i < r->n; i++)
        if (eq(r->c[i], w))
            return i;
    return -1;
}

static int find_prefix(const row *r, const char *w)
{
    for (int i = 0; i < r->n; i++)
        if (starts(r->c[i], w))
            return i;
    return -1;
}

static int first_nonempty(const row *r)
{
    for (int i = 0; i < r->n; i++)
        if (r->c[i].n)
            return i;
    return -1;
}

static int count_nonempty(const row *r)
{
    int k = 0;
    for (int i = 0; i < r->n; i++)
        k += r->c[i].n > 0;
    return k;
}

static int next_nonempty(const row *r, int from)
{
    for (int i = from; i < r->n; i++)
        if (r->c[i].n)
            return i;
    return -1;
}

static const char *dup(parser *p, cell c)
{
    if (!c.n)
        return NULL;
    return jx_doc_strndup(p->d, c.s, c.n);
}

/* How a cell reads: a value for sure (≥96%, 1人, ……), a short word that
 * may be a value (规范, 完整), or a name. */
enum vclass { V_EMPTY, V_STRONG, V_WEAK, V_MIXED, V_NAME };

static size_t cps(cell c)
{
    size_t k = 0;
    for (size_t i = 0; i < c.n; i++)
        k += ((unsigned char)c.s[i] & 0xC0) != 0x80;
    return k;
}

static enum vclass vclass_of(cell c)
{
    jx_value v;
    jx_error e;
    if (jx_value_parse(c.s, c.n, &v, &e) != JX_OK)
        return V_NAME;
    switch (v.kind) {
    case JX_V_PLACEHOLDER: return V_STRONG;
    case JX_V_QUANT:
        if (jx_vocab_whole_quantity(&v, c.n))
            return V_STRONG;
        /* "医保信息集中一体化率100%": a phrase with a number in it */
        return v.t[0].implied && !v.t[0].unit[0] ? V_NAME : V_MIXED;
    case JX_V_QUAL: return cps(c) <= 4 ? V_WEAK : V_NAME;
    case JX_V_TIME: return cps(c) <= 6 ? V_WEAK : V_NAME;
    default: return V_NAME;
    }
}

/* vclass is a function of the cell's bytes alone, and the row scans ask
 * it of the same cells again and again (a sliding window of four): the
 * answers for short cells are kept per thread, keyed by the bytes
 * themselves (never by address: arenas are reused between documents). */
#define VC_SLOTS 1024
#define VC_MAX 62
typedef struct vc_slot {
    unsigned char n; /* 0: empty */
    unsigned char cls;
    char s[VC_MAX];
} vc_slot;
static _Thread_local vc_slot vc_cache[VC_SLOTS];

static enum vclass vclass(cell c)
{
    if (!c.n)
        return V_EMPTY;
    if (c.n > VC_MAX)
        return vclass_of(c);
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < c.n; i++)
        h = (h ^ (unsigned char)c.s[i]) * 16777619u;
    vc_slot *e = &vc_cache[(h ^ (h >> 15)) & (VC_SLOTS - 1)];
    if (e->n == c.n && !memcmp(e->s, c.s, c.n))
        return (enum vclass)e->cls;
    enum vclass r = vclass_of(c);
    e->n = (unsigned char)c.n;
    e->cls = (unsigned char)r;
    memcpy(e->s, c.s, c.n);
    return r;
}

/* ---- document facts ---- */

static void year_in(jx_doc *d, const char *line, size_t len)
{
    for (size_t i = 0; i + 4 < len; i++) {
        if (line[i] == '2' && line[i + 1] == '0' && line[i + 2] >= '0' &&
            line[i + 2] <= '9' && line[i + 3] >= '0' && line[i + 3] <= '9' &&
            (i == 0 || line[i - 1] < '0' || line[i - 1] > '9')) {
            size_t j = i + 4;
            while (j < len && line[j] == ' ')
                j++;
            if (j + 3 <= len && !memcmp(line + j, "年", 3)) {
                d->year = (line[i + 2] - '0') * 10 + (line[i + 3] - '0') + 2000;
                return;
            }
        }
    }
}

static void facts(parser *p, const row *r)
{
    jx_doc *d = p->d;
    for (int i = 0; !d->year && i < r->n; i++)
        year_in(d, r->c[i].s, r->c[i].n);
    if (!d->unit && find_prefix(r, "部门") >= 0) { /* each field below starts so */
        int k = find_prefix(r, "部门（单位）");
        if (k < 0)
            k = find_prefix(r, "部门(单位)");
        static const size_t dn = sizeof "部门名称" - 1;
        if (k < 0 && (k = find_prefix(r, "部门名称")) >= 0 && r->c[k].n > dn + 3 &&
            !starts((cell){r->c[k].s + dn, r->c[k].n - dn}, "：") &&
            !starts((cell){r->c[k].s + dn, r->c[k].n - dn}, ":"))
            k = -1; /* "部门名称", "部门名称：…": not "部门名称管理" */
        if (k >= 0) {
            cell c = r->c[k];
            p->dept_field = 1; /* the table is a department's */
            size_t skip = starts(c, "部门（单位）") ? strlen("部门（单位）")
                          : starts(c, "部门(单位)") ? strlen("部门(单位)")
                                                    : strlen("部门");
            cell rest = {c.s + skip, c.n - skip};
            if (starts(rest, "名称"))
                rest.s += 6, rest.n -= 6;
            if (starts(rest, "：") || starts(rest, ":")) {
                size_t k2 = starts(rest, "：") ? 3 : 1;
                rest.s += k2, rest.n -= k2;
            }
            jx_trim(&rest.s, &rest.n);
            if (!rest.n) {
                int j = next_nonempty(r, k + 1);
                if (j >= 0)
                    rest = r->c[j];
            }
            if (rest.n && !has(rest, "整体绩效"))
                d->unit = dup(p, rest);
        }
    }
    if (!d->unit && r->n >= 2 && eq(r->c[0], "单位名称") && r->c[1].n &&
        count_nonempty(r) == 2)
        d->unit = dup(p, r->c[1]); /* "单位名称 | 某某局" above a 自评表 */
    if (isnan(d->project_spending)) {
        int k = find(r, "二、项目支出", 0);
        if (k >= 0) {
            int j = next_nonempty(r, k + 1);
            double v;
            if (j >= 0 && jx_parse_amount(r->c[j].s, r->c[j].n, &v) && !isnan(v))
                d->project_spending = v;
        }
    }
}

/* ---- emitting indicators ---- */

static int is_cjk_space_split(cell c, cell *a, cell *b)
{
    /* "高级职称人才比重 硕士和博士人才数量": a space between two names */
    for (size_t i = 0; i < c.n; i++) {
        size_t sl = 0;
        if (c.s[i] == ' ')
            sl = 1;
        else if (i + 3 <= c.n && !memcmp(c.s + i, "\xe3\x80\x80", 3))
            sl = 3;
        if (!sl)
            continue;
        /* "提高, 充分享受…": a space after punctuation is not a break */
        if (i > 0 && (c.s[i - 1] == ',' || c.s[i - 1] == ';' ||
                      (i >= 3 && (!memcmp(c.s + i - 3, "，", 3) ||
                                  !memcmp(c.s + i - 3, "、", 3) ||
                                  !memcmp(c.s + i - 3, "；", 3) ||
                                  !memcmp(c.s + i - 3, "。", 3)))))
            continue;
        a->s = c.s;
        a->n = i;
        b->s = c.s + i + sl;
        b->n = c.n - i - sl;
        jx_trim(&a->s, &a->n);
        jx_trim(&b->s, &b->n);
        return 1;
    }
    return 0;
}

/* Strips "指标1：" / "指标1:" prefixes. */
static cell strip_prefix(cell c)
{
    if (!starts(c, "指标"))
        return c;
    size_t i = 6;
    while (i < c.n && c.s[i] >= '0' && c.s[i] <= '9')
        i++;
    if (i == 6)
        return c;
    if (i + 3 <= c.n && !memcmp(c.s + i, "：", 3))
        i += 3;
    else if (i < c.n && c.s[i] == ':')
        i += 1;
    else
        return c;
    cell r = {c.s + i, c.n - i};
    jx_trim(&r.s, &r.n);
    return r;
}

/* Removes spaces that PDF extraction puts inside a name ("高级职称人才比 重"). */
/* "公交車輛(liàng)準點率" -> "公交車輛準點率": inline pinyin that mirror
 * sites insert after a character, in place. */
static char *strip_pinyin(char *s)
{
    size_t w = 0;
    for (size_t i = 0; s[i];) {
        if (s[i] == '(' && w > 0 && (unsigned char)s[w - 1] >= 0x80) {
            size_t j = i + 1;
            int letters = 0, ok = 1;
            while (s[j] && s[j] != ')' && j < i + 24) {
                unsigned char c = (unsigned char)s[j];
                if ((c | 32) >= 'a' && (c | 32) <= 'z')
                    letters++, j++;
                else if (c >= 0xC3 && c <= 0xC7 && s[j + 1]) /* ā á ǎ à ü … */
                    letters++, j += 2;
                else if (c == 0xC9 && s[j + 1]) /* ɑ ɡ */
                    j += 2;
                else {
                    ok = 0;
                    break;
                }
            }
            if (ok && s[j] == ')' && letters >= 1 && letters <= 6) {
                i = j + 1;
                continue;
            }
        }
        s[w++] = s[i++];
    }
    s[w] = '\0';
    return s;
}

static const char *clean_name(parser *p, cell c)
{
    if (!c.n)
        return NULL;
    char *s = jx_doc_strndup(p->d, c.s, c.n);
    if (!s)
        return NULL;
    /* most names have neither a space nor a "(": nothing to rewrite */
    if (!memchr(s, ' ', c.n))
        return memchr(s, '(', c.n) ? strip_pinyin(s) : s;
    size_t w = 0;
    for (size_t i = 0; i < c.n; i++) {
        if (s[i] == ' ') {
            /* keep a space between two ASCII words */
            int la = w > 0 && (unsigned char)s[w - 1] < 0x80;
            int ra = i + 1 < c.n && (unsigned char)s[i + 1] < 0x80;
            if (la && ra)
                s[w++] = ' ';
            continue;
        }
        s[w++] = s[i];
    }
    s[w] = '\0';
    return strip_pinyin(s);
}

static char *join(parser *p, cell a, cell b)
{
    if (!a.n && !b.n)
        return NULL;
    if (!b.n)
        return jx_doc_strndup(p->d, a.s, a.n);
    if (!a.n)
        return jx_doc_strndup(p->d, b.s, b.n);
    char *s = jx_arena_alloc(&p->d->arena, a.n + b.n + 2);
    if (!s)
        return NULL;
    memcpy(s, a.s, a.n);
    s[a.n] = '\n';
    memcpy(s + a.n + 1, b.s, b.n);
    s[a.n + 1 + b.n] = '\0';
    return s;
}

static void remember(parser *p)
{
    p->have_last = 1;
    p->last_table = p->d->ntables - 1;
    p->last_ind = p->d->tables[p->last_table].n - 1;
}

static jx_indicator *emit1(parser *p, int line, const char *l1, const char *l2,
                           cell l3, cell v, cell e1, cell e2)
{
    jx_indicator *ind = jx_doc_add_indicator(p->d);
    if (!ind) {
        p->rc = jx_fail(p->err, JX_ENOMEM, NULL, line, 0, "内存不足");
        return NULL;
    }
    ind->level1 = l1;
    ind->level2 = l2;
    ind->level3 = clean_name(p, strip_prefix(l3));
    if (!ind->level3)
        ind->level3 = "";
    ind->line = line;
    ind->explanation = join(p, e1, e2);
    if (jx_doc_set_target(p->d, ind, v.s, v.n, p->err)) {
        p->rc = JX_ENOMEM; /* the only way it fails */
        return NULL;
    }
    remember(p);
    return ind;
}

/* The indicator emit1 made last: a pointer is good only until the next
 * add to that table (its array may move), so callers that keep one
 * across an add keep this index pair instead. */
static jx_indicator *last_ind(parser *p, size_t ti, size_t ii)
{
    return &p->d->tables[ti].ind[ii];
}

/* Emits one indicator, or two when the name cell holds two names. */
static jx_indicator *emit(parser *p, int line, const char *l1, const char *l2,
                          cell l3, cell v, cell e1, cell e2)
{
    cell a, b;
    l3 = strip_prefix(l3);
    if (is_cjk_space_split(l3, &a, &b) && cps(a) >= 4 && cps(b) >= 4) {
        if (!emit1(p, line, l1, l2, a, v, e1, e2))
            return NULL;
        size_t xt = p->last_table, xi = p->last_ind;
        cell none = {"", 0};
        jx_indicator *y = emit1(p, line, l1, l2, b, v, none, none);
        if (!y)
            return NULL;
        jx_indicator *x = last_ind(p, xt, xi); /* y's add may have moved it */
        x->split = y->split = 1;
        x->realigned = y->realigned = 0;
        jx_doc_notef(p->d, line, "split-cell",
                     "一个单元格里有两个指标名称「%.*s」，已拆为「%s」和「%s」",
                     (int)l3.n, l3.s, x->level3, y->level3);
        x->note = y->note = "同一单元格中的两个指标之一";
        return y;
    }
    return emit1(p, line, l1, l2, l3, v, e1, e2);
}

static void append_explanation(parser *p, const row *r, int from)
{
    if (!p->have_last)
        return;
    jx_indicator *ind = &p->d->tables[p->last_table].ind[p->last_ind];
    jx_buf b;
    jx_buf_init(&b);
    if (ind->explanation)
        jx_buf_puts(&b, ind->explanation);
    for (int i = from; i < r->n; i++) {
        if (!r->c[i].n)
            continue;
        if (b.len)
            jx_buf_putc(&b, '\n');
        jx_buf_put(&b, r->c[i].s, r->c[i].n);
    }
    if (jx_buf_failed(&b))
        p->rc = jx_fail(p->err, JX_ENOMEM, NULL, r->line, 0, "内存不足");
    else if (b.len)
        ind->explanation = jx_doc_strndup(p->d, b.p, b.len);
    jx_buf_free(&b);
}

/* ---- headers ---- */

static int is_dept_header(const row *r)
{
    return find(r, "一级指标", 0) >= 0 && find(r, "三级指标", 0) >= 0 &&
           find(r, "指标值", 0) >= 0 && find(r, "绩效指标", 0) < 0 &&
           find(r, "实际完成值", 0) < 0 && find(r, "资金总额", 0) < 0;
}

static int is_self_header(const row *r)
{
    return find(r, "三级指标", 0) >= 0 &&
           (find(r, "实际完成值", 0) >= 0 || find(r, "全年实际值", 0) >= 0 ||
            find_prefix(r, "实际完成") >= 0);
}

static int is_form_header(const row *r)
{
    /* 预算10表: 绩效指标 | 一级 | (二级 | 三级 | 指标值) × 2; other names go to
     * the header-driven reader */
    return find(r, "绩效指标", 0) >= 0 && find(r, "一级指标", 0) >= 0 &&
           find(r, "三级指标", 0) >= 0 && find(r, "指标值", 0) >= 0 && !is_self_header(r);
}

/* header characters in a cell (head_bits) */
enum { HB_COL = 1, HB_WORD = 2 };
static const uint8_t *cur_head_bits(parser *p);

/* is_form_header || is_dept_header: both want a cell 一级指标, which holds
 * 指 (HB_COL, see head_bits); most rows of the row at hand have none */
static int named_header(parser *p, const row *r)
{
    if (r == p->cur && (cur_head_bits(p), !(p->hb_all & HB_COL)))
        return 0;
    return is_form_header(r) || is_dept_header(r);
}

static int is_head_start(const row *r)
{
    int f = first_nonempty(r);
    if (f < 0)
        return 0;
    if (eq(r->c[f], "项目名称") || starts(r->c[f], "项目名称：") ||
        starts(r->c[f], "项目名称:"))
        return 1;
    /* "项目编码 | 209001-3 | 项目名称 | …" */
    return (eq(r->c[f], "项目编码") || eq(r->c[f], "项目代码")) && find(r, "项目名称", f) >= 0;
}

/* "项目编码 | 21021324…" alone on its line: the head of the next project
 * (it ends the table before it). */
static int is_code_line(const row *r)
{
    int f = first_nonempty(r);
    if (f < 0 || (!eq(r->c[f], "项目编码") && !eq(r->c[f], "项目代码")))
        return 0;
    int v = next_nonempty(r, f + 1);
    if (v < 0 || count_nonempty(r) != 2)
        return 0;
    for (size_t i = 0; i < r->c[v].n; i++)
        if (!isdigit((unsigned char)r->c[v].s[i]) && r->c[v].s[i] != '-')
            return 0;
    return 1;
}

/* ---- project rows (wide table): a code, a name, funds ---- */

/* "312001-10", "312001": digits, single dashes between them. */
static int is_code(cell c)
{
    if (!c.n)
        return 0;
    for (size_t i = 0; i < c.n; i++) {
        if (c.s[i] == '-') {
            if (i == 0 || i + 1 == c.n || c.s[i - 1] == '-')
                return 0;
        } else if (c.s[i] < '0' || c.s[i] > '9') {
            return 0;
        }
    }
    return 1;
}

static void funds_cell(parser *p, const row *r, int col, double *out,
                       const char *label)
{
    cell c = at(r, col);
    if (col < 0 || !c.n)
        return;
    if (!jx_parse_amount(c.s, c.n, out))
        jx_doc_notef(p->d, r->line, "funds-cell", "「%s」单元格不是金额：%.*s",
                     label, (int)c.n, c.s);
}

/* ---- project form (预算10表) and self-evaluation header fields ---- */

static void head_start(parser *p, const row *r)
{
    p->st = S_HEAD;
    p->h_name = p->h_dept = p->h_unit = p->h_code = NULL;
    p->h_dept_self = 0;
    for (int i = 0; i < 2; i++)
        p->h_total[i] = p->h_fiscal[i] = p->h_other[i] = NAN;
    p->h_exec.initial = p->h_exec.budget = p->h_exec.executed = NAN;
    p->h_exec.points = p->h_exec.rate = p->h_exec.score = NAN;
    p->h_exec.adjusted = NAN;
    p->h_line = r->line;
    p->exec_next = 0;
}

/* The value of a "label" cell: after its colon, or the next non-empty
 * cell. */
static cell label_value(const row *r, int k, const char *label)
{
    cell c = r->c[k];
    cell rest = {c.s + strlen(label), c.n - strlen(label)};
    if (starts(rest, "："))
        rest.s += 3, rest.n -= 3;
    else if (starts(rest, ":"))
        rest.s += 1, rest.n -= 1;
    jx_trim(&rest.s, &rest.n);
    if (rest.n)
        return rest;
    int j = next_nonempty(r, k + 1);
    cell none = {"", 0};
    return j >= 0 ? r->c[j] : none;
}


static void head_row(parser *p, const row *r)
{
    int k;
    if ((k = find_prefix(r, "项目名称")) >= 0 && !p->h_name) {
        cell v = label_value(r, k, "项目名称");
        if (v.n)
            p->h_name = dup(p, v);
    }
    if ((k = find_prefix(r, "项目编码")) >= 0 || (k = find_prefix(r, "项目代码")) >= 0) {
        cell v = label_value(r, k, "项目编码");
        if (v.n)
            p->h_code = dup(p, v);
    }
    if ((k = find_prefix(r, "主管部门")) >= 0) {
        cell v = label_value(r, k, "主管部门");
        if (v.n && !starts(v, "单位名称") && !starts(v, "实施单位"))
            p->h_dept = dup(p, v);
    }
    if ((k = find_prefix(r, "单位名称")) >= 0 || (k = find_prefix(r, "实施单位")) >= 0) {
        cell v = label_value(r, k, starts(r->c[k], "单位名称") ? "单位名称" : "实施单位");
        if (v.n)
            p->h_unit = dup(p, v);
    }
    /* 实施期 / 年度 funds, either "label：N" or "label | N" */
    int slot = 0;
    for (int i = 0; i < r->n; i++) {
        cell c = r->c[i];
        const char *lab = NULL;
        double *dst = NULL;
        if (starts(c, "实施期资金总额")) {
            lab = "实施期资金总额";
            dst = &p->h_total[0];
        } else if (starts(c, "年度资金总额")) {
            lab = "年度资金总额";
            dst = &p->h_total[1];
        } else if (starts(c, "其中：财政拨款")) {
            lab = "其中：财政拨款";
            dst = &p->h_fiscal[slot > 1 ? 1 : slot];
            slot++;
        } else if (eq(c, "其他资金") || starts(c, "其他资金：")) {
            lab = "其他资金";
            dst = &p->h_other[slot > 1 ? 1 : slot];
            slot++;
        }
        if (lab) {
            cell v = label_value(r, i, lab);
            double x;
            if (v.n && jx_parse_amount(v.s, v.n, &x) && !isnan(x))
                *dst = x;
        }
    }
    /* the self-evaluation funds block */
    if (find(r, "年初预算数", 0) >= 0 && find(r, "全年执行数", 0) >= 0) {
        static const char *const heads[6] = {"年初预算数", "全年预算数", "全年执行数",
                                             "分值", "执行率", "得分"};
        for (int i = 0; i < 6; i++)
            p->exec_col[i] = find(r, heads[i], 0);
        p->exec_next = 1;
        return;
    }
    if (p->exec_next) {
        int f = first_nonempty(r);
        if (f >= 0 && (has(r->c[f], "资金总额") || has(r->c[f], "年度资金"))) {
            double v[6];
            int nv = 0;
            for (int i = f + 1; i < r->n && nv < 6; i++) {
                double x;
                cell c = r->c[i];
                if (!c.n)
                    continue;
                cell num = c;
                if (num.n && num.s[num.n - 1] == '%')
                    num.n--;
                if (jx_parse_amount(num.s, num.n, &x) && !isnan(x))
                    v[nv++] = x;
                else
                    jx_doc_notef(p->d, r->line, "funds-cell",
                                 "资金情况单元格不是数字：%.*s", (int)c.n, c.s);
            }
            double *dst[6] = {&p->h_exec.initial, &p->h_exec.budget,
                              &p->h_exec.executed, &p->h_exec.points,
                              &p->h_exec.rate, &p->h_exec.score};
            /* a grid keeps its columns: an empty 年初预算数 must not shift
             * the numbers after it (a filled spreadsheet template) */
            int last = r->n - 1, gap = 0;
            while (last > f && !r->c[last].n)
                last--;
            for (int i = f + 1; i < last; i++)
                gap |= !r->c[i].n;
            int by_col = gap && p->exec_col[1] > f && p->exec_col[2] > f;
            for (int i = 0; by_col && i < 6; i++) {
                int c = p->exec_col[i];
                double x;
                cell num = c >= 0 && c < r->n ? r->c[c] : (cell){"", 0};
                if (num.n && num.s[num.n - 1] == '%')
                    num.n--;
                if (num.n && jx_parse_amount(num.s, num.n, &x) && !isnan(x))
                    *dst[i] = x;
            }
            for (int i = 0; !by_col && i < nv; i++)
                *dst[i] = v[i];
            p->exec_next = 0;
        }
    }
}

static jx_table *head_table(parser *p, jx_layout layout, int line)
{
    jx_table *t = jx_doc_add_table(p->d, JX_TABLE_PROJECT, layout, p->h_line);
    if (!t) {
        p->rc = jx_fail(p->err, JX_ENOMEM, NULL, line, 0, "内存不足");
        return NULL;
    }
    t->name = p->h_name;
    t->code = p->h_code;
    t->department = p->h_dept ? p->h_dept : p->h_unit;
    int y = !isnan(p->h_total[1]) || !isnan(p->h_fiscal[1]) ? 1 : 0;
    t->funds.total = p->h_total[y];
    t->funds.fiscal = p->h_fiscal[y];
    t->funds.other = p->h_other[y];
    t->execution = p->h_exec;
    if (isnan(t->funds.total) && !isnan(p->h_exec.budget))
        t->funds.total = p->h_exec.budget;
    p->l1 = NULL;
    memset(p->gl2, 0, sizeof p->gl2);
    p->have_last = 0;
    return t;
}

/* ---- any table whose header names its columns ----
 *
 * The header decides: each header cell is matched against the column
 * vocabulary (vocab.c), whatever the order and the wording (指标值,
 * 年度指标值, 当年预期实现值 …; 实际完成值, 全年实际值(B) …; 分值, 权重 …;
 * 指标性质 + 指标值 + 度量单位 joined as printed).  A row that has its
 * cells where the header says is read by position; a row that lost cells
 * (merged cells missing, not just empty) is re-aligned by what its cells
 * are: 一级/二级 names from the vocabulary, a 三级 name, a 指标值, a
 * number of points.  Whether the table is a project's or the department's
 * is decided when it ends, from its 一级 names and its title. */

/* Bytes the scans below stop at: 1 an ASCII digit, 2 "(", 3 0xEF (leads
 * "（" and the other full-width forms), 4 0xE3 (leads "【" "〔" "、"). */
static const unsigned char stop_byte[256] = {
    ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1,
    ['7'] = 1, ['8'] = 1, ['9'] = 1, ['('] = 2, [0xEF] = 3, [0xE3] = 4};

/* "产出指标（50分）" -> "产出指标"; "(50分)" -> "" */
static cell strip_points(cell c)
{
    const unsigned char *u = (const unsigned char *)c.s;
    for (size_t i = 0; i < c.n; i++) {
        size_t ol = 0;
        if (stop_byte[u[i]] != 2 && stop_byte[u[i]] != 3)
            continue;
        if (c.s[i] == '(')
            ol = 1;
        else if (c.s[i] == '\xef' && i + 3 <= c.n && !memcmp(c.s + i, "（", 3))
            ol = 3;
        if (!ol)
            continue;
        size_t j = i + ol;
        while (j < c.n && ((c.s[j] >= '0' && c.s[j] <= '9') || c.s[j] == '.'))
            j++;
        if (j > i + ol && j + 3 <= c.n && !memcmp(c.s + j, "分", 3)) {
            cell r = {c.s, i};
            jx_trim(&r.s, &r.n);
            return r;
        }
    }
    return c;
}

/* A group heading's list number: "一、" "（一）" "(一)" "1、" "1." "（1）"
 * ("一、产出指标", "（二）质量指标") dropped. */
static cell strip_numbering(cell c)
{
    static const char *const cn[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    size_t i = 0, open = 0;
    if (starts(c, "（"))
        i = open = 3;
    else if (c.n && c.s[0] == '(')
        i = open = 1;
    size_t d = i;
    while (d < c.n && c.s[d] >= '0' && c.s[d] <= '9' && d - i < 2)
        d++;
    /* 一 … 十 are E4 B8 80 … E5 8D 81 */
    if (d == i && d < c.n && ((unsigned char)c.s[d] == 0xE4 || (unsigned char)c.s[d] == 0xE5))
        for (int again = 1; again;) {
            again = 0;
            for (size_t q = 0; q < JX_ARRAY_LEN(cn) && d - i < 6; q++)
                if (d + 3 <= c.n && !memcmp(c.s + d, cn[q], 3)) {
                    d += 3;
                    again = 1;
                    break;
                }
        }
    if (d == i)
        return c;
    cell rest = {c.s + d, c.n - d};
    if (open) {
        if (starts(rest, "）"))
            rest.s += 3, rest.n -= 3;
        else if (rest.n && rest.s[0] == ')')
            rest.s++, rest.n--;
        else
            return c;
    } else if (starts(rest, "、") || starts(rest, "．")) {
        rest.s += 3, rest.n -= 3;
    } else if (rest.n && rest.s[0] == '.' && (rest.n < 2 || rest.s[1] < '0' || rest.s[1] > '9')) {
        rest.s++, rest.n--;
    } else {
        return c;
    }
    jx_trim(&rest.s, &rest.n);
    return rest.n ? rest : c;
}

/* Is there an ASCII digit in c before anything jx_fold may turn into "("
 * ("(", and the three-byte "（" "【" "〔", led by 0xEF / 0xE3)?  No level
 * name holds a digit, and folding keeps ASCII digits, drops "(…)" groups
 * only from a "(" on and cuts the name at its first "(": such a cell is
 * no level name (most cells of a budget table are numbers and codes). */
static int digit_before_paren(cell c)
{
    const unsigned char *u = (const unsigned char *)c.s;
    for (size_t i = 0; i < c.n; i++)
        if (stop_byte[u[i]])
            return stop_byte[u[i]] == 1;
    return 0;
}

/* A number or code ("210", "300019", "2021年…"): c starts with no space
 * (jx_trim keeps its start), and has an ASCII digit strip_numbering cannot
 * drop (past the first two bytes, or the last byte) with none of the bytes
 * the strips act on or jx_fold may turn into "(" ("(", 0xE3, 0xEF) before
 * it.  strip_points cuts after that digit if at all, strip_numbering drops
 * at most a leading "1." / "12." / "一." and the spaces after it: the digit
 * stays, and digit_before_paren would see it. */
static int number_like(cell c)
{
    if (!c.n || (unsigned char)c.s[0] <= ' ' || (unsigned char)c.s[0] == 0xC2)
        return 0;
    const unsigned char *u = (const unsigned char *)c.s;
    for (size_t i = 0; i < c.n; i++) {
        if (!stop_byte[u[i]])
            continue;
        if (stop_byte[u[i]] != 1)
            return 0;
        if (i >= 2 || i == c.n - 1)
            return 1;
    }
    return 0;
}

static int level_of_uncached(cell c, char *kind, const char **parent)
{
    *kind = 0;
    *parent = NULL;
    const unsigned char *u = (const unsigned char *)c.s;
    size_t i = 0;
    while (i < c.n && !stop_byte[u[i]])
        i++;
    if (i == c.n) {
        /* no digit and no "(": strip_points would leave it whole, and no
         * digit is there for digit_before_paren to find */
        cell s = strip_numbering(c);
        return s.n ? jx_vocab_level(s.s, s.n, kind, parent) : 0;
    }
    if (number_like(c))
        return 0;
    cell s = strip_numbering(strip_points(c));
    return s.n && !digit_before_paren(s) ? jx_vocab_level(s.s, s.n, kind, parent) : 0;
}

/* level_of_uncached by bytes, for jx_level_cached: level_of is a
 * function of the cell's bytes alone, and the rows outside tables
 * (headless_row) ask it of the same names row after row (a budget
 * table's 科目名称 column) */
static int level_of_bytes(const char *s, size_t n, char *kind, const char **parent)
{
    return level_of_uncached((cell){s, n}, kind, parent);
}

static int level_of_cached(cell c, char *kind, const char **parent)
{
    static _Thread_local jx_level_slot cache[JX_LEVEL_SLOTS];
    return jx_level_cached(cache, level_of_bytes, c.s, c.n, kind, parent);
}

/* The first three bytes of c (all, if fewer) are ASCII digits: then
 * number_like(c) is 1 (a digit past the first two bytes, or the last). */
static inline int digits_first(cell c)
{
    const unsigned char *u = (const unsigned char *)c.s;
    if (!c.n || (unsigned)(u[0] - '0') > 9)
        return 0;
    if (c.n == 1)
        return 1;
    return (unsigned)(u[1] - '0') <= 9 && (c.n == 2 || (unsigned)(u[2] - '0') <= 9);
}

/* (inline: a number or code, most cells of a budget table, costs no call) */
static inline int level_of(cell c, char *kind, const char **parent)
{
    /* a number or code: level_of_uncached's answer at once; any other
     * cell is looked up */
    if (digits_first(c) || (c.n && c.s[0] >= '0' && c.s[0] <= '9' && number_like(c))) {
        *kind = 0;
        *parent = NULL;
        return 0;
    }
    return level_of_cached(c, kind, parent);
}

/* Which header characters c holds: HB_COL one of 指 值 分 权 级 級 (each
 * word maybe_header looks for holds one), HB_WORD one of 指 值 分 偏 权
 * (each word of jx_vocab_header_words holds one, and it asks first).  A
 * cell without them is passed in one scan; their first bytes are E5 to E7
 * (numbers and codes, most cells, have no such byte). */
static inline unsigned head_char(const unsigned char *u)
{
    /* their second bytes are 80 81 88 8C 9D B4 BA: most characters are
     * passed on it, with one test */
    const uint64_t second = 1ull << 0x00 | 1ull << 0x01 | 1ull << 0x08 | 1ull << 0x0C |
                            1ull << 0x1D | 1ull << 0x34 | 1ull << 0x3A;
    if ((u[1] & 0xC0) != 0x80 || !(second >> (u[1] & 63) & 1))
        return 0;
    switch ((uint32_t)u[0] << 16 | (uint32_t)u[1] << 8 | u[2]) {
    case 0xE68C87: /* 指 */
    case 0xE69D83: /* 权 */
    case 0xE580BC: /* 值 */
    case 0xE58886: /* 分 */
        return HB_COL | HB_WORD;
    case 0xE5818F: /* 偏 */
        return HB_WORD;
    case 0xE7BAA7: /* 级 */
    case 0xE7B49A: /* 級 */
        return HB_COL;
    default:
        return 0;
    }
}

static unsigned head_bits(cell c)
{
    const unsigned char *u = (const unsigned char *)c.s;
    unsigned b = 0;
    size_t i = 0;
#if JX_SWAR
    /* eight bytes at a time, looking only at the bytes E5 to E7 (E4 to E7
     * are the bytes that are E4 without their two low bits) */
    for (; i + 8 <= c.n; i += 8) {
        uint64_t x = jx_load8(u + i);
        uint64_t m = jx_bytes_eq(x & 0xFCFCFCFCFCFCFCFCu, 0xE4) & ~jx_bytes_eq(x, 0xE4);
        for (; m; m &= m - 1) {
            size_t k = i + (unsigned)__builtin_ctzll(m) / 8;
            if (k + 2 < c.n)
                b |= head_char(u + k);
        }
    }
    /* a short cell of ASCII (a number, most short cells): its first four
     * bytes and its last four have no high bit */
    if (c.n >= 4 && c.n < 8) {
        uint32_t x, y;
        memcpy(&x, u, 4);
        memcpy(&y, u + c.n - 4, 4);
        if (!((x | y) & 0x80808080u))
            return 0;
    }
#endif
    for (; i + 2 < c.n; i++)
        if ((unsigned)(u[i] - 0xE5) <= 2)
            b |= head_char(u + i);
    return b;
}

/* head_bits of the cells of the row at hand, once per grid row (gen_header
 * and the search for header words both ask); 0 for cells maybe_header
 * passes by their length (longer ones: HB_LONG, a paragraph of text) */
#define HB_LONG 4
static const uint8_t *cur_head_bits(parser *p)
{
    if (!p->hb_ok) {
        p->hb_all = 0;
        for (int i = 0; i < p->cur->n; i++) {
            size_t n = p->cur->c[i].n;
            p->hb[i] = n < 3 ? 0 : n > 90 ? HB_LONG : (uint8_t)head_bits(p->cur->c[i]);
            p->hb_all |= p->hb[i];
        }
        p->hb_ok = 1;
    }
    return p->hb;
}

/* A header names a column with 指标, 值, 分 or 权重 in it: a cheap test
 * before the vocabulary is asked about every cell.  hb: head_bits of the
 * row's cells, NULL to work them out here. */
static int maybe_header(const row *r, const uint8_t *hb)
{
    int words = 0;
    for (int i = 0; i < r->n && words < 2; i++) {
        cell c = r->c[i];
        if (c.n < 3 || c.n > 90 || !((hb ? hb[i] : head_bits(c)) & HB_COL))
            continue;
        words += has(c, "指标") || has(c, "指標") || has(c, "值") || has(c, "分") ||
                 has(c, "权重") || has(c, "一级") || has(c, "三级") || has(c, "一級");
    }
    return words >= 2;
}

/* An empty map: no column known, one column group. */
static void map_init(colmap *x)
{
    memset(x, 0, sizeof *x);
    for (int k = 0; k < JX_COL_COUNT; k++)
        x->c[k] = -1;
    x->tcol[0] = x->tcol[1] = -1;
    for (int k = 0; k < MAX_GROUPS; k++)
        x->grp[k][0] = x->grp[k][1] = x->grp[k][2] = -1;
    x->fund[0] = x->fund[1] = x->fund[2] = -1;
    x->ngrp = 1;
}

/* A project row's funds column (wide table): 0 资金总额 (项目资金总额,
 * 金额合计), 1 财政性资金 (财政拨款, 财政资金), 2 其他资金; -1 none. */
static int fund_word(cell c)
{
    if (!c.n || cps(c) > 12)
        return -1;
    if (has(c, "财政性资金") || has(c, "财政拨款") || has(c, "财政资金"))
        return 1;
    if (has(c, "其他资金"))
        return 2;
    if (has(c, "资金总额") || has(c, "总金额") || has(c, "金额合计") || has(c, "资金合计"))
        return 0;
    return -1;
}

/* Column k of group g: 0 its 二级, 1 its 三级, 2 its 指标值 (-1 none). */
static int gcol(const colmap *m, int g, int k)
{
    if (g)
        return m->grp[g][k];
    return k == 0 ? m->c[JX_COL_L2] : k == 1 ? m->c[JX_COL_L3] : m->tcol[0];
}

/* The leftmost column of group g. */
static int group_start(const colmap *m, int g)
{
    int lo = -1;
    for (int k = 0; k < 3; k++)
        if (m->grp[g][k] >= 0 && (lo < 0 || m->grp[g][k] < lo))
            lo = m->grp[g][k];
    return lo;
}

/* The column group whose column k (0 二级, 1 三级, 2 指标值) is col, or -1. */
static int group_of(const colmap *m, int col, int k)
{
    for (int g = 0; col >= 0 && g < m->ngrp; g++)
        if (gcol(m, g, k) == col)
            return g;
    return -1;
}

/* A header cell of a column group after the first: the 二级 / 三级 /
 * 指标值 names again, beside the first group (a wide table's 产出, 效益,
 * 满意度 pairs; 预算10表's 实施期 and 年度).  The role the first group starts
 * with starts the next group, as does a name whose place in the group at
 * hand is taken; a target only fills its group's (a second target column
 * beside the first is another period's, not a group).  t0 is the first
 * group's target column.  Returns 1 when x took the cell. */
static int group_cell(colmap *x, jx_col role, int t0, int i)
{
    int c2 = x->c[JX_COL_L2], c3 = x->c[JX_COL_L3];
    if (c3 < 0 || t0 < 0 || i < c3 || i < t0 ||
        (role != JX_COL_L2 && role != JX_COL_L3 && role != JX_COL_TARGET))
        return 0;
    int k = role == JX_COL_L2 ? 0 : role == JX_COL_L3 ? 1 : 2;
    int first = c2 >= 0 && c2 < c3 && c2 < t0 ? 0 : t0 < c3 ? 2 : 1;
    int g = x->ngrp - 1;
    int taken = g ? x->grp[g][k] >= 0 : 1;
    if (k == first || (taken && k != 2)) {
        if (x->ngrp == MAX_GROUPS)
            return 1; /* more groups than read: left out */
        g = x->ngrp++;
    } else if (!g || taken) {
        return !!g; /* a target beside the first group's: another period */
    }
    x->grp[g][k] = i;
    return 1;
}

/* A 一级 name heading the 三级 column of its group, its 指标值 column next
 * to it ("产出指标 | 产出指标值 | 效益指标 | 效益指标值"). */
static int l1_heads(const row *r, int i)
{
    char kind;
    const char *parent;
    int per, j = next_nonempty(r, i + 1);
    return j == i + 1 && level_of(r->c[i], &kind, &parent) == 1 &&
           jx_vocab_column(r->c[j].s, r->c[j].n, &per) == JX_COL_TARGET;
}

static int gen_header(const row *r, const uint8_t *hb, colmap *m)
{
    if (count_nonempty(r) < 3 || !maybe_header(r, hb))
        return 0;
    colmap x;
    map_init(&x);
    int named = 0, perf = -1, t0 = -1;
    for (int i = 0; i < r->n; i++) {
        int per = 0;
        jx_col role = r->c[i].n ? jx_vocab_column(r->c[i].s, r->c[i].n, &per)
                                : JX_COL_NONE;
        if (role == JX_COL_NONE && perf < 0 && (eq(r->c[i], "绩效指标") || eq(r->c[i], "績效指標")))
            perf = i;
        if (role == JX_COL_NONE && l1_heads(r, i))
            role = JX_COL_L3; /* "产出指标 | 产出指标值": names the group's 三级 column */
        int fw = role == JX_COL_NONE ? fund_word(r->c[i]) : -1;
        if (fw >= 0 && x.fund[fw] < 0) {
            x.fund[fw] = i;
            named++;
        }
        if (role == JX_COL_NONE)
            continue;
        named++;
        if (group_cell(&x, role, t0, i))
            continue;
        if (role == JX_COL_TARGET && t0 < 0)
            t0 = i;
        if (role == JX_COL_TARGET) {
            if (per == JX_PERIOD_YEAR && x.tcol[0] < 0)
                x.tcol[0] = i;
            else if (per != JX_PERIOD_YEAR && x.tcol[1] < 0)
                x.tcol[1] = i, x.tper[1] = per;
        } else if (role == JX_COL_EXPLAIN || role == JX_COL_NOTE) {
            if (x.nexpl < 4)
                x.expl[x.nexpl++] = i;
        } else if (x.c[role] < 0) {
            x.c[role] = i;
        }
    }
    if (x.tcol[0] < 0 && x.tcol[1] >= 0) {
        x.tcol[0] = x.tcol[1];
        x.tper[0] = x.tper[1];
        x.tcol[1] = -1;
    }
    /* "序号 绩效指标 指标值": with no 一级/二级/三级 column, 绩效指标 names
     * the indicators (the groups stand on heading rows of their own) */
    if (perf >= 0 && x.c[JX_COL_L1] < 0 && x.c[JX_COL_L2] < 0 && x.c[JX_COL_L3] < 0) {
        x.c[JX_COL_L3] = perf;
        named++;
    }
    int names = x.c[JX_COL_L3] >= 0 || (x.c[JX_COL_L1] >= 0 && x.c[JX_COL_L2] >= 0);
    int values = x.tcol[0] >= 0 || x.c[JX_COL_ACTUAL] >= 0;
    if (!names || !values || named < 3)
        return 0;
    x.shifted = x.c[JX_COL_L3] < 0;
    x.width = r->n;
    /* a group is a 三级 name and its 指标值: the groups read end at the
     * first that lacks one */
    for (int g = 1; g < x.ngrp; g++)
        if (x.grp[g][1] < 0 || x.grp[g][2] < 0 || x.shifted) {
            for (int k = g; k < x.ngrp; k++)
                x.grp[k][0] = x.grp[k][1] = x.grp[k][2] = -1;
            x.ngrp = g;
        }
    *m = x;
    return 1;
}

/* Column of the 一级, 二级 and 三级 names, with the shifted hierarchy
 * (一级 / 二级 / 绩效标准 / 当年预期实现值: the 二级 column holds names). */
static void name_cols(const colmap *m, int *c1, int *c2, int *c3)
{
    if (m->shifted) {
        *c1 = -1;
        *c2 = m->c[JX_COL_L1];
        *c3 = m->c[JX_COL_L2];
    } else {
        *c1 = m->c[JX_COL_L1];
        *c2 = m->c[JX_COL_L2];
        *c3 = m->c[JX_COL_L3];
    }
}

/* Does c hold 效 (E6 95 88) or 评 (E8 AF 84)?  Each word is_title looks
 * for holds one: most lines are passed in one scan, not five. */
static int title_chars(cell c)
{
    const unsigned char *u = (const unsigned char *)c.s;
    for (size_t i = 0; i + 2 < c.n; i++)
        if ((u[i] == 0xE6 && u[i + 1] == 0x95 && u[i + 2] == 0x88) ||
            (u[i] == 0xE8 && u[i + 1] == 0xAF && u[i + 2] == 0x84))
            return 1;
    return 0;
}

/* A title above a table: "XX项目绩效目标表", "2021年度XX项目支出绩效自评表". */
static int is_title(cell c)
{
    /* "（见绩效目标表）": a note in parentheses refers to a table, it is
     * not the title of one */
    if ((starts(c, "（") || starts(c, "(")) &&
        ((c.n >= 3 && !memcmp(c.s + c.n - 3, "）", 3)) || c.s[c.n - 1] == ')'))
        return 0;
    return c.n >= 9 && c.n < 300 && title_chars(c) &&
           (has(c, "绩效目标") || has(c, "自评表") || has(c, "绩效指标表") ||
            has(c, "绩效评价表") || has(c, "績效"));
}

/* The name a title gives: up to "支出绩效" / "绩效目标" …, without a
 * leading "2021年度". */
static const char *title_name(parser *p, const char *t)
{
    static const char *const cut[] = {"支出绩效", "绩效目标", "绩效自评", "整体绩效",
                                      "绩效评价", "绩效指标", "自评表", "目标表",
                                      "績效"};
    size_t n = strlen(t);
    for (size_t i = 0; i < JX_ARRAY_LEN(cut); i++) {
        const char *q = strstr(t, cut[i]);
        if (q && (size_t)(q - t) < n)
            n = (size_t)(q - t);
    }
    const char *s = t;
    if (n >= 7 && s[0] == '2' && s[1] == '0' && s[4] != '\0') {
        size_t k = 4;
        if (n >= k + 3 && !memcmp(s + k, "年", 3)) {
            k += 3;
            if (n >= k + 3 && !memcmp(s + k, "度", 3))
                k += 3;
            s += k;
            n -= k;
        }
    }
    cell c = {s, n};
    jx_trim(&c.s, &c.n);
    while (c.n && (c.s[c.n - 1] == '(' || c.s[c.n - 1] == ':'))
        c.n--;
    if (c.n >= 3 && !memcmp(c.s + c.n - 3, "（", 3))
        c.n -= 3;
    if (c.n < 6 || eq(c, "项目") || eq(c, "部门") || eq(c, "单位") || eq(c, "部门（单位）"))
        return NULL;
    return dup(p, c);
}

/* The period a label names ("实施期目标", "年度目标", "长期指标"), or -1. */
static int period_label(cell c)
{
    /* more than 40 bytes is more than 10 code points: no count needed;
     * the words first, the count only for a cell that starts with one */
    if (!c.n || c.n > 40)
        return -1;
    int k = starts(c, "实施期") ? JX_PERIOD_IMPL
            : starts(c, "长期") ? JX_PERIOD_LONG
            : starts(c, "中期") ? JX_PERIOD_MID
            : starts(c, "年度") || starts(c, "当年") || starts(c, "本年") ? JX_PERIOD_YEAR
                                                                          : -1;
    return k >= 0 && cps(c) <= 10 ? k : -1;
}

/* Remembers a row of period labels standing over column groups. */
static void period_labels(parser *p, const row *r)
{
    int n = 0, col[4], per[4];
    for (int i = 0; i < r->n && n < 4; i++) {
        /* each label starts with 实 年 当 (E5), 本 (E6), 中 (E4) or 长 (E9):
         * other cells at once, without a call */
        unsigned char b = r->c[i].n ? (unsigned char)r->c[i].s[0] : 0;
        if (b != 0xE5 && b != 0xE6 && b != 0xE4 && b != 0xE9)
            continue;
        int k = period_label(r->c[i]);
        if (k >= 0)
            col[n] = i, per[n++] = k;
    }
    if (n < 2)
        return;
    memcpy(p->plab_col, col, sizeof col);
    memcpy(p->plab_per, per, sizeof per);
    p->nplab = n;
}

/* The period of each column group: from the target header's own words
 * when they differ (年度指标值 / 实施期指标值), else from the labels over
 * the groups ("实施期目标 … 年度目标"), else the form's order (预算10表:
 * 实施期, then 年度). */
static void group_periods(parser *p)
{
    colmap *m = &p->m;
    int got[MAX_GROUPS], all = 1, differ = 0;
    for (int g = 0; g < m->ngrp; g++) {
        m->gper[g] = g == 0 && m->ngrp == 2 ? JX_PERIOD_IMPL : JX_PERIOD_YEAR;
        got[g] = -1;
    }
    /* a group's label stands over it, the first group's anywhere before
     * the second */
    for (int k = 0; k < p->nplab; k++) {
        int g = m->ngrp - 1;
        while (g > 0 && p->plab_col[k] < group_start(m, g))
            g--;
        if (!g || got[g] < 0)
            got[g] = p->plab_per[k];
    }
    for (int g = 0; g < m->ngrp; g++) {
        all &= got[g] >= 0;
        differ |= got[g] != got[0];
    }
    for (int g = 0; all && differ && g < m->ngrp; g++)
        m->gper[g] = got[g];
    p->lastmap = *m;
}

static void take_row(row *r, const jx_grow *g);

/* A row of a header block: names, not values. */
static int header_like(const row *r)
{
    if (count_nonempty(r) < 2)
        return 0;
    for (int i = 0; i < r->n; i++)
        if (r->c[i].n && (vclass(r->c[i]) == V_STRONG || cps(r->c[i]) > 24))
            return 0;
    return 1;
}

/* A label standing over a column group: 1 a 一级 name (产出指标, 项目产出,
 * 效果 …) or a short name that is not a column's or a period's, 2 a 二级
 * name (数量指标) whose 一级 is *parent; 0 none. */
static int group_label(cell c, const char **parent)
{
    char kind;
    int per;
    if (!c.n || cps(c) > 12)
        return 0;
    int lv = level_of(c, &kind, parent);
    if (lv)
        return lv;
    enum vclass k = vclass(c);
    return (k == V_NAME || k == V_WEAK) && period_label(c) < 0 &&
           jx_vocab_column(c.s, c.n, &per) == JX_COL_NONE;
}

/* Whether column i already has a role in m. */
static int col_taken(const colmap *m, int i)
{
    for (int k = 0; k < JX_COL_COUNT; k++)
        if (m->c[k] == i)
            return 1;
    for (int k = 0; k < m->nexpl; k++)
        if (m->expl[k] == i)
            return 1;
    for (int g = 0; g < m->ngrp; g++)
        for (int k = 0; k < 3; k++)
            if (gcol(m, g, k) == i)
                return 1;
    return i == m->tcol[1] || i == m->fund[0] || i == m->fund[1] || i == m->fund[2];
}

/* The 一级 label over each column group, in the header row right above
 * (a wide table: 产出指标 | 效益指标 | 满意度指标 over the (三级, 指标值)
 * pairs; a merged label stands in the first column of its group). */
static void group_labels(parser *p, const row *above, colmap *m)
{
    int n = 0, differ = 0, one = 0;
    const char *first = NULL;
    for (int g = 0; g < m->ngrp; g++) {
        int lo = -1, hi = g + 1 < m->ngrp ? group_start(m, g + 1) : -1;
        for (int k = 0; k < 3; k++) {
            int c = gcol(m, g, k);
            if (c >= 0 && (lo < 0 || c < lo))
                lo = c;
            if (g + 1 == m->ngrp && c + 1 > hi)
                hi = c + 1;
        }
        int f = next_nonempty(above, lo), lv;
        const char *parent = NULL;
        if (f < 0 || f >= hi || !(lv = group_label(above->c[f], &parent)))
            continue;
        const char *lab = clean_name(p, strip_numbering(strip_points(above->c[f])));
        if (!lab)
            continue;
        if (lv == 2)
            m->glab2[g] = lab;
        m->gl1[g] = lv == 2 ? parent : lab;
        one |= lv == 1;
        differ |= first && strcmp(first, lab);
        first = first ? first : lab;
        n++;
    }
    /* labels in one row are peers: beside a 一级 name, 成本指标 is a 一级
     * as written (the 2021 form), not the 二级 it is elsewhere */
    for (int g = 0; one && g < m->ngrp; g++)
        if (m->glab2[g]) {
            m->gl1[g] = m->glab2[g];
            m->glab2[g] = NULL;
        }
    m->labelled = n >= 2 && differ;
    if (!m->labelled) {
        memset(m->gl1, 0, sizeof m->gl1);
        memset(m->glab2, 0, sizeof m->glab2);
    }
}

/* The columns of a project row (a wide table): its code and name, named
 * in the header row or in the header rows above it (单位编码（项目编码）
 * stands two rows up in a 3-row header, merged down), and its funds.
 * Rows are read as project rows when the header names funds, or labelled
 * groups with a code or name column. */
static void project_cols(const row *r, const row *above, int na, colmap *m)
{
    int nf = (m->fund[0] >= 0) + (m->fund[1] >= 0) + (m->fund[2] >= 0);
    if (!nf && !m->labelled)
        return;
    int width = r->n;
    for (int h = 0; h < na; h++)
        if (above[h].n > width)
            width = above[h].n;
    for (int i = 0; i < width; i++) {
        for (int h = -1; h < na && !col_taken(m, i); h++) {
            cell c = at(h < 0 ? r : &above[h], i);
            int per, fw;
            if (!c.n || cps(c) > 16)
                continue;
            jx_col role = jx_vocab_column(c.s, c.n, &per);
            if (m->c[JX_COL_CODE] < 0 && (role == JX_COL_CODE || has(c, "编码") || has(c, "代码")))
                m->c[JX_COL_CODE] = i;
            else if (m->c[JX_COL_PROJECT] < 0 && (role == JX_COL_PROJECT || has(c, "名称")))
                m->c[JX_COL_PROJECT] = i;
            else if ((fw = fund_word(c)) >= 0 && m->fund[fw] < 0)
                m->fund[fw] = i;
        }
    }
    if (m->c[JX_COL_CODE] < 0 && m->c[JX_COL_PROJECT] < 0) {
        /* no word names the project's columns: its code stands first,
         * before the indicators */
        int first = 0, g0 = width;
        while (first < width && col_taken(m, first))
            first++;
        for (int k = 0; k < 3; k++)
            if (gcol(m, 0, k) >= 0 && gcol(m, 0, k) < g0)
                g0 = gcol(m, 0, k);
        if (first < g0)
            m->c[JX_COL_CODE] = first;
    }
    m->projrows = m->c[JX_COL_CODE] >= 0 || m->c[JX_COL_PROJECT] >= 0;
}

/* A header row read with the header rows above it: the labels over its
 * column groups, the columns of a project row. */
/* gen_header of the row at hand is asked up to three times (seen_header,
 * dispatch, gen_row): once per grid row, kept on the parser. */
static int gen_header_at(parser *p, const row *r, colmap *m)
{
    if (r != p->cur)
        return gen_header(r, NULL, m);
    if (p->gh < 0) {
        const uint8_t *hb = cur_head_bits(p);
        /* (no cell with HB_COL: maybe_header says no) */
        p->gh = (p->hb_all & HB_COL) && gen_header(r, hb, &p->ghm);
    }
    if (p->gh)
        *m = p->ghm;
    return p->gh;
}

static int read_header(parser *p, const row *r, colmap *m)
{
    if (!gen_header_at(p, r, m))
        return 0;
    row above[2];
    int na = 0;
    for (int k = 0; k < p->nabove && na < 2; k++) {
        take_row(&above[na], &p->g->rows[p->above[k]]);
        if (!header_like(&above[na]))
            break;
        na++;
    }
    if (m->ngrp > 1 && m->c[JX_COL_L1] < 0)
        group_labels(p, r, m); /* a 一级 name heading each group's 三级 column */
    if (m->ngrp > 1 && m->c[JX_COL_L1] < 0 && na && !m->labelled)
        group_labels(p, &above[0], m);
    project_cols(r, above, na, m);
    return 1;
}

static int same_map(const colmap *a, const colmap *b);

static void gen_open(parser *p, const colmap *m, int line, const char *name)
{
    int self = m->c[JX_COL_ACTUAL] >= 0;
    int had_head = p->st == S_HEAD;
    /* a wide table resumed after a page break: the same columns as the
     * project table before it */
    p->resume = m->projrows && p->have_map && same_map(&p->lastmap, m) && p->d->ntables &&
                p->d->tables[p->d->ntables - 1].layout == JX_LAYOUT_WIDE;
    p->gen_tab = 0;
    p->have_pend = 0;
    if (!had_head && !m->projrows) {
        row fake;
        fake.n = 0;
        fake.line = p->title ? p->title_line : line;
        head_start(p, &fake);
    }
    /* project rows open a table each (project_row) */
    jx_table *t = m->projrows ? NULL
                              : head_table(p, self ? JX_LAYOUT_SELFEVAL : JX_LAYOUT_FORM, line);
    if (!t && !m->projrows)
        return;
    if (t && !t->name)
        t->name = name ? name : p->title ? title_name(p, p->title) : NULL;
    if (t && p->h_dept_self) { /* the department's own 自评表 */
        t->kind = JX_TABLE_DEPARTMENT;
        t->name = p->h_unit ? p->h_unit : p->d->unit;
    }
    if (t)
        p->gen_tab = p->d->ntables;
    p->gen_dept = p->h_dept_self;
    p->gen_line = line;
    p->gen_gi = p->gi;
    p->st = S_GEN;
    p->m = *m;
    p->lastmap = *m;
    if (p->m.ngrp > 1 && !p->m.labelled)
        group_periods(p);
    p->have_map = 1;
    p->nmoff = 0;
    p->l1 = p->l2 = NULL;
    p->l1_inferred = 0;
    p->gen_title = p->title;
    p->title = NULL;
    p->nanchor = 0;
    p->nmidl1 = 0;
}

/* How many of a table's 一级 names belong to the department framework and
 * how many to the project one (a 一级 taken from its 二级 does not count). */
static void count_frameworks(const jx_table *t, int *dept, int *proj)
{
    *dept = *proj = 0;
    for (size_t i = 0; i < t->n; i++) {
        char kind;
        const char *parent;
        const char *l1 = t->ind[i].level1;
        if (!l1 || t->ind[i].level1_inferred)
            continue;
        if (jx_vocab_level(l1, strlen(l1), &kind, &parent) == 1) {
            *dept += kind == 'd';
            *proj += kind == 'p';
        }
    }
}

/* The project category of a 一级 name: 'O' 产出, 'E' 效益, 'S' 满意度. */
static char l1_cat(const char *s)
{
    if (!s)
        return 0;
    if (strstr(s, "满意"))
        return 'S';
    if (strstr(s, "产出") || strstr(s, "项目完成") || strstr(s, "產出"))
        return 'O';
    if (strstr(s, "效益") || strstr(s, "效果"))
        return 'E';
    return 0;
}

/* Merged 一级/二级 cells in PDF text stand in the middle of their rows,
 * not at the top: rows before the first label take the first label, and
 * a row whose 二级 belongs to another 一级 of the table (数量指标 under
 * 效益指标) takes that one. */
static void fill_levels(parser *p, jx_table *t)
{
    const char *first1 = NULL;
    for (size_t i = 0; i < t->n && !first1; i++)
        if (t->ind[i].level1 && !t->ind[i].level1_inferred)
            first1 = t->ind[i].level1;
    for (size_t i = 0; i < t->n; i++) {
        jx_indicator *x = &t->ind[i];
        if (!x->level1 && first1)
            x->level1 = first1;
        if (x->level1_inferred && x->level1) {
            /* inferred from the 二级 while the table names that 一级 itself
             * (项目完成指标 for 产出): the table's own name */
            for (size_t j = 0; j < t->n; j++)
                if (t->ind[j].level1 && !t->ind[j].level1_inferred &&
                    l1_cat(t->ind[j].level1) == l1_cat(x->level1) && l1_cat(x->level1)) {
                    x->level1 = t->ind[j].level1;
                    x->level1_inferred = 0;
                    break;
                }
        }
        int mid = 0;
        for (int k = 0; k < p->nmidl1; k++)
            mid |= p->midl1[k] == x->line;
        if (!x->level2 && !mid) {
            /* the next 二级 of the same 一级, if no 二级 came before */
            int before = 0;
            for (size_t j = 0; j < i; j++)
                before |= t->ind[j].level2 && jx_streq(t->ind[j].level1, x->level1);
            for (size_t j = i + 1; !before && j < t->n; j++)
                if (t->ind[j].level2 && jx_streq(t->ind[j].level1, x->level1)) {
                    x->level2 = t->ind[j].level2;
                    break;
                }
        }
        char kind;
        const char *parent;
        if (!x->level2 || !x->level1 ||
            jx_vocab_level(x->level2, strlen(x->level2), &kind, &parent) != 2 || !parent)
            continue;
        char want = l1_cat(parent), have = l1_cat(x->level1);
        if (!want || !have || want == have)
            continue;
        for (size_t j = 0; j < t->n; j++)
            if (t->ind[j].level1 && !t->ind[j].level1_inferred &&
                l1_cat(t->ind[j].level1) == want) {
                jx_doc_notef(p->d, x->line, "realigned",
                             "「%s」的二级指标「%s」属于「%s」，合并单元格居中，已归入「%s」",
                             x->level3, x->level2, parent, t->ind[j].level1);
                x->level1 = t->ind[j].level1;
                break;
            }
    }
}

/* ---- merged cells centred (PDF text) ----
 *
 * A merged 一级/二级 cell of a PDF stands in the vertical middle of the
 * rows it spans, not on its first row: in `pdftotext -layout` text the
 * label is printed on the middle line of its rows (or on a line of its own
 * between two rows when the span is even).  Which rows a label owns is
 * then a partition problem: cut the rows into consecutive spans, one per
 * label, each containing its label's line, with every label as near the
 * middle of its span as possible.  Solved by dynamic programming over the
 * rows, 一级 first, then 二级 inside each 一级 span. */

#define CENTRED_MAX_ROWS 400

typedef struct rowspan {
    const int *a, *b; /* first and last line of each row */
    int lo, hi;       /* rows to cover */
    int *oom;         /* set when an allocation failed */
} rowspan;

/* The row whose lines hold line y (the last row starting at or before
 * it), or lo - 1 when y is above the first row. */
static int row_at(const rowspan *rs, int y)
{
    int r = rs->lo - 1;
    for (int i = rs->lo; i <= rs->hi && rs->a[i] <= y; i++)
        r = i;
    return r;
}

/* How far label line y (on row r) stands from the middle of rows st..e:
 * by lines (the page: a wrapped row is taller) or by rows (a table laid out
 * one line per row), whichever is nearer.  An even span has two middle
 * lines: a label on the upper one is in the middle, on the lower one a
 * little less so (the usual rounding). */
static double mid_dist(double y, double c)
{
    double lo = floor(c), hi = ceil(c);
    double d = fabs(y - lo), d2 = fabs(y - hi) + (hi > lo ? 0.01 : 0);
    return d < d2 ? d : d2;
}

static double off_centre(const rowspan *rs, int y, int r, int st, int e)
{
    /* by rows, a label on a row's second line or on a line of its own
     * under the row stands partway to the next */
    double rr = r + (double)(y - rs->a[r]) / (rs->b[r] - rs->a[r] + 1);
    double dl = mid_dist(y, (rs->a[st] + rs->b[e]) / 2.0), dr = mid_dist(rr, (st + e) / 2.0);
    return dl < dr ? dl : dr;
}

/* Cuts rows lo..hi into one span per label (lines y[0..m-1], ascending):
 * label k gets rows start[k]..end[k].  With lead, rows before the first
 * label may stay outside every span (they go on from a label before a page
 * break).  Returns 0 when no cut puts each label inside its span. */
typedef double (*span_cost)(void *ctx, int st, int e);

static int solve_spans(const rowspan *rs, const int *y, int m, int lead, span_cost inner,
                       void *ctx, int *start, int *end, double *cost)
{
    int lo = rs->lo, hi = rs->hi, n = hi - lo + 1;
    if (m <= 0 || n <= 0 || n > CENTRED_MAX_ROWS)
        return 0;
    int *at = malloc((size_t)m * sizeof *at);
    double *f = malloc((size_t)m * (size_t)n * sizeof *f);
    int *from = malloc((size_t)m * (size_t)n * sizeof *from);
    int ok = at && f && from;
    if (!ok)
        *rs->oom = 1;
    for (int k = 0; ok && k < m; k++) {
        at[k] = row_at(rs, y[k]);
        ok = at[k] >= lo && (k == 0 || at[k] > at[k - 1]);
    }
    for (int k = 0; ok && k < m; k++) {
        int e_hi = k + 1 < m ? at[k + 1] - 1 : hi;
        for (int e = lo; e <= hi; e++) {
            double best = HUGE_VAL;
            int arg = -1;
            if (e >= at[k] && e <= e_hi) {
                /* s: the span's first row; the previous span ends at s-1 */
                int s_lo = k ? at[k - 1] + 1 : lo;
                int s_hi = k || lead ? at[k] : lo;
                /* ties: rows go to the label below, except at the top of
                 * a page, where they go on from the page before */
                int down = !k && lead;
                for (int st = down ? s_hi : s_lo; down ? st >= s_lo : st <= s_hi;
                     st += down ? -1 : 1) {
                    double prev = 0;
                    if (k) {
                        prev = f[(size_t)(k - 1) * n + (st - 1 - lo)];
                        if (prev == HUGE_VAL)
                            continue;
                    }
                    double c = prev + off_centre(rs, y[k], at[k], st, e);
                    if (inner && c < best - 1e-9)
                        c += inner(ctx, st, e);
                    if (c < best - 1e-9) {
                        best = c;
                        arg = st;
                    }
                }
            }
            f[(size_t)k * n + (e - lo)] = best;
            from[(size_t)k * n + (e - lo)] = arg;
        }
    }
    ok = ok && f[(size_t)(m - 1) * n + (hi - lo)] != HUGE_VAL;
    if (ok && cost)
        *cost = f[(size_t)(m - 1) * n + (hi - lo)];
    for (int k = m - 1, e = hi; ok && k >= 0; k--) {
        end[k] = e;
        start[k] = from[(size_t)k * n + (e - lo)];
        e = start[k] - 1;
    }
    free(at);
    free(f);
    free(from);
    return ok;
}

/* Labels of one level (1 or 2) on lines a_lo..b_hi, not across a page
 * break: their lines and anchors. */
static int labels_in(const parser *p, int level, int from_line, int to_line, int *y,
                     const struct anchor **who, int cap)
{
    int m = 0;
    for (int i = 0; i < p->nanchor && m < cap; i++) {
        const struct anchor *k = &p->anchor[i];
        if (k->barrier || k->line < from_line || k->line > to_line ||
            !(level == 1 ? k->has1 : k->has2))
            continue;
        y[m] = k->line;
        who[m++] = k;
    }
    return m;
}

/* The 二级 labels inside a 一级 span: how well they can be centred there
 * (part of the 一级 span's cost, so that both levels are solved together). */
typedef struct inner_ctx {
    const parser *p;
    const rowspan *rs;
} inner_ctx;

static double level2_cost(void *ctx, int st, int e)
{
    const inner_ctx *c = ctx;
    int y[256], start[256], end[256];
    const struct anchor *who[256];
    rowspan in = {c->rs->a, c->rs->b, st, e, c->rs->oom};
    int m = labels_in(c->p, 2, in.a[st], in.b[e], y, who, 256);
    double cost = 0;
    if (m && !solve_spans(&in, y, m, 0, NULL, NULL, start, end, &cost))
        cost = 5; /* a label that cannot be placed in this span */
    return cost;
}

/* Gives rows lo..hi their labels of one level; the spans are left in
 * start[k]..end[k] for labels who[k].  Returns 0 when not solved. */
static int centre_level(const parser *p, jx_table *t, const rowspan *rs, int level, int lead,
                        int *start, int *end, const struct anchor **who, int *nlab)
{
    int y[256];
    int m = labels_in(p, level, rs->a[rs->lo], rs->b[rs->hi], y, who, 256);
    inner_ctx ctx = {p, rs};
    *nlab = m;
    if (!m || !solve_spans(rs, y, m, lead, level == 1 ? level2_cost : NULL, &ctx, start, end,
                           NULL))
        return 0;
    for (int k = 0; k < m; k++)
        for (int r = start[k]; r <= end[k]; r++) {
            jx_indicator *x = &t->ind[r];
            if (level == 1) {
                x->level1 = who[k]->l1;
                x->level1_inferred = 0;
            } else {
                x->level2 = who[k]->l2;
                if (who[k]->l1 && (x->level1_inferred || !x->level1)) {
                    x->level1 = who[k]->l1;
                    x->level1_inferred = who[k]->l1_inferred;
                }
            }
        }
    return 1;
}

/* True when the table's labels are centred: its first row comes before
 * the first label of a level that has labels. */
static int labels_centred(const parser *p, const jx_table *t)
{
    int first1 = INT_MAX, first2 = INT_MAX;
    for (int i = 0; i < p->nanchor; i++) {
        const struct anchor *k = &p->anchor[i];
        if (k->barrier)
            continue;
        if (k->has1 && k->line < first1)
            first1 = k->line;
        if (k->has2 && k->line < first2)
            first2 = k->line;
    }
    int l0 = t->ind[0].line;
    return (first1 != INT_MAX && l0 < first1) || (first2 != INT_MAX && l0 < first2);
}

static void centre_segment(parser *p, jx_table *t, const int *a, const int *b, int lo,
                           int hi, int lead, int *oom)
{
    rowspan rs = {a, b, lo, hi, oom};
    int start1[256], end1[256], start2[256], end2[256], n1 = 0, n2;
    const struct anchor *who1[256], *who2[256];
    if (!centre_level(p, t, &rs, 1, lead, start1, end1, who1, &n1)) {
        centre_level(p, t, &rs, 2, lead, start2, end2, who2, &n2);
        return;
    }
    /* 二级 inside each 一级 span; rows above the first go on from the page
     * before */
    if (start1[0] > lo) {
        rowspan up = {a, b, lo, start1[0] - 1, oom};
        centre_level(p, t, &up, 2, 1, start2, end2, who2, &n2);
    }
    for (int k = 0; k < n1; k++) {
        rowspan in = {a, b, start1[k], end1[k], oom};
        centre_level(p, t, &in, 2, 0, start2, end2, who2, &n2);
    }
}

static void centred_levels(parser *p, jx_table *t)
{
    if (!p->layout_src || !t->n || t->n > CENTRED_MAX_ROWS || !labels_centred(p, t))
        return;
    int n = (int)t->n;
    int *a = malloc((size_t)n * sizeof *a), *b = malloc((size_t)n * sizeof *b);
    int oom = !a || !b;
    for (int i = 0; a && b && i < n; i++)
        a[i] = t->ind[i].line;
    /* page breaks and repeated headers cut the table into segments; a row
     * ends where the next begins, or at a cut */
    for (int lo = 0, k = 0; a && b && lo < n;) {
        while (k < p->nanchor && (!p->anchor[k].barrier || p->anchor[k].line <= a[lo]))
            k++;
        int cut = k < p->nanchor ? p->anchor[k].line : INT_MAX, hi = lo;
        while (hi + 1 < n && a[hi + 1] < cut)
            hi++;
        for (int i = lo; i <= hi; i++)
            b[i] = i < hi && a[i + 1] > a[i] ? a[i + 1] - 1 : a[i];
        centre_segment(p, t, a, b, lo, hi, lo > 0, &oom);
        lo = hi + 1;
    }
    /* records of one printed row (a 年度 and a 长期 target) are one row:
     * a label printed on that line is theirs, whatever the spans said */
    for (int i = 0; a && b && i < n; i++) {
        jx_indicator *x = &t->ind[i];
        for (int k = 0; k < p->nanchor; k++) {
            const struct anchor *an = &p->anchor[k];
            if (an->line != x->line)
                continue;
            if (an->has1 && an->l1) {
                x->level1 = an->l1;
                x->level1_inferred = 0;
            }
            if (an->has2 && an->l2)
                x->level2 = an->l2;
        }
    }
    free(a);
    free(b);
    if (oom && p->rc == JX_OK)
        p->rc = jx_fail(p->err, JX_ENOMEM, NULL, 0, 0, "内存不足");
}

/* A department's table starts at its header (the title above it names
 * the form, the 单位名称 field the department): its line and its cell. */
static void move_table(parser *p, jx_table *t)
{
    t->line = p->gen_line;
    if (t->pos && p->g && p->gen_gi < p->g->nrows) {
        const char *src = p->d->source ? p->d->source : "";
        const char *base = strrchr(src, '/');
        char buf[200];
        jx_grid_pos(p->g, &p->g->rows[p->gen_gi], 0, buf, sizeof buf);
        t->pos = jx_arena_printf(&p->d->arena, "%s!%s", base ? base + 1 : src, buf);
    }
}

/* The column group a record of a wide table came from, by its levels. */
static int group_rank(const colmap *m, const jx_indicator *x)
{
    for (int g = 0; g < m->ngrp; g++)
        if ((m->gl1[g] == x->level1 || jx_streq(m->gl1[g], x->level1)) &&
            (!m->glab2[g] || jx_streq(m->glab2[g], x->level2)))
            return g;
    return m->ngrp;
}

/* A wide table's records by column group (产出, 效益, 满意度 as the header
 * orders them), rows in order within each: a stable insertion sort (values
 * point into the arena, so moving records is safe). */
static void regroup(const colmap *m, jx_table *t)
{
    for (size_t i = 1; i < t->n; i++) {
        int rk = group_rank(m, &t->ind[i]);
        if (group_rank(m, &t->ind[i - 1]) <= rk)
            continue; /* in place already: no copy */
        jx_indicator x = t->ind[i];
        size_t j = i;
        do {
            t->ind[j] = t->ind[j - 1];
            j--;
        } while (j > 0 && group_rank(m, &t->ind[j - 1]) > rk);
        t->ind[j] = x;
    }
}

/* Decides 部门整体 or 项目 from the 一级 names the table holds, then the
 * title; says so when it had to guess. */
static void gen_close(parser *p)
{
    if (p->st != S_GEN)
        return;
    p->st = S_NONE;
    if (!p->gen_tab)
        return; /* a wide table before its first project */
    jx_table *t = &p->d->tables[p->gen_tab - 1];
    p->gen_tab = 0;
    if (p->m.labelled) {
        regroup(&p->m, t); /* its labels said the levels, nothing to fill */
    } else {
        centred_levels(p, t);
        fill_levels(p, t);
    }
    if (p->m.projrows)
        return; /* a project row's table: its code said what it is */
    int dept, proj;
    count_frameworks(t, &dept, &proj);
    if (p->gen_dept)
        dept += 1000;
    const char *title = p->gen_title;
    int tdept = (title && (strstr(title, "部门整体") || strstr(title, "单位整体") ||
                          strstr(title, "部门（单位）整体") || strstr(title, "整体绩效") ||
                          strstr(title, "整体支出"))) ||
                p->dept_field;
    int tproj = title && strstr(title, "项目");
    /* a title that says 部门整体 decides, unless the table names a project */
    int named_project = t->code || (t->name && p->h_name && t->name == p->h_name);
    int had_fields = p->h_name || p->h_code || p->h_dept || p->h_unit;
    if (dept > proj || (tdept && !named_project && !(tproj && !tdept))) {
        t->kind = JX_TABLE_DEPARTMENT;
        if (t->layout == JX_LAYOUT_FORM)
            t->layout = JX_LAYOUT_DEPARTMENT;
        /* a title that is only "部门整体支出绩效自评表" names no one: the
         * 单位名称 above the table does */
        if (p->d->unit)
            t->name = p->d->unit;
        if (!had_fields && t->line != p->gen_line)
            move_table(p, t);
    } else {
        t->kind = JX_TABLE_PROJECT;
        if (!proj && !tproj && !t->name && t->n)
            jx_doc_notef(p->d, t->line, "kind-guessed",
                         "第 %d 行的表格没有标题、项目名称或能判断类型的一级指标，按项目绩效目标表读取",
                         t->line);
    }
    if (!t->name && t->kind == JX_TABLE_PROJECT && t->n)
        jx_doc_notef(p->d, t->line, "unnamed-table",
                     "第 %d 行的表格没有项目名称（没有标题，也没有「项目名称」栏）", t->line);
}

/* The cells of one indicator row, wherever they came from. */
typedef struct fields {
    cell l1, l2, l3, tv[2], op, unit, actual, points, score, dev, vtype, proj;
    cell cur, prev; /* 本年数, 上年数 of a 变动率 indicator */
    cell ex[4];
    int nex;
    int l3col; /* the column the 三级 name came from, -1 if none */
} fields;

static int is_op_word(cell c)
{
    return c.n && c.n <= 6 &&
           (eq(c, "≥") || eq(c, "≤") || eq(c, "=") || eq(c, ">") || eq(c, "<") ||
            eq(c, "＞") || eq(c, "＜") || eq(c, "≈") || eq(c, "＝") || eq(c, ">=") ||
            eq(c, "<=") || eq(c, "定性") || eq(c, "定量") || eq(c, "≧") || eq(c, "≦"));
}

static int is_number(cell c)
{
    double x;
    if (!c.n || c.n > 12)
        return 0;
    for (size_t i = 0; i < c.n; i++)
        if (!((c.s[i] >= '0' && c.s[i] <= '9') || c.s[i] == '.'))
            return 0;
    return jx_parse_amount(c.s, c.n, &x) && !isnan(x);
}

static void by_position(const colmap *m, const row *r, fields *f)
{
    int c1, c2, c3;
    name_cols(m, &c1, &c2, &c3);
    f->l1 = c1 >= 0 ? at(r, c1) : (cell){"", 0};
    f->l2 = at(r, c2);
    f->l3 = at(r, c3);
    f->l3col = f->l3.n ? c3 : -1;
    f->tv[0] = at(r, m->tcol[0]);
    f->tv[1] = at(r, m->tcol[1]);
    f->op = at(r, m->c[JX_COL_OP]);
    f->unit = at(r, m->c[JX_COL_UNIT]);
    f->vtype = at(r, m->c[JX_COL_VTYPE]);
    f->actual = at(r, m->c[JX_COL_ACTUAL]);
    f->points = at(r, m->c[JX_COL_POINTS]);
    f->score = at(r, m->c[JX_COL_SCORE]);
    f->dev = at(r, m->c[JX_COL_DEV]);
    f->cur = at(r, m->c[JX_COL_CURRENT]);
    f->prev = at(r, m->c[JX_COL_PREVIOUS]);
    f->proj = at(r, m->c[JX_COL_PROJECT]);
    f->nex = 0;
    for (int i = 0; i < m->nexpl; i++)
        if (at(r, m->expl[i]).n)
            f->ex[f->nex++] = at(r, m->expl[i]);
}

/* Whether the row's cells sit where the header says. */
/* The level a name in force has (p->l1 is a plain string). */
static int level_of_name(const char *s)
{
    char kind;
    const char *parent;
    cell c = {s, strlen(s)};
    return level_of(c, &kind, &parent);
}

/* Two 一级 names of one framework ("效益指标" and "满意度指标", both of the
 * 2020 template): the second is a 一级 of its own, not a 二级 under the
 * first.  项目决策 / 项目管理 / 项目产出 / 项目效益 (评价指标体系) are another. */
static int same_family(const char *l1, cell c)
{
    static const char *const pingjia[] = {"项目决策", "项目管理", "项目产出", "项目效益"};
    int a = 0, b = 0;
    for (size_t i = 0; i < JX_ARRAY_LEN(pingjia); i++) {
        a |= !strncmp(l1, pingjia[i], strlen(pingjia[i]));
        b |= c.n >= strlen(pingjia[i]) && !memcmp(c.s, pingjia[i], strlen(pingjia[i]));
    }
    return a == b;
}

static int positional_in(const colmap *m, const row *r, const char *l1_in_force);

/* The 一级 in force when it was printed (not inferred) in a table whose
 * cells keep their columns, else NULL: then a 一级 word of another
 * framework in the 二级 column is a 二级 (positional_in, gen_levels). */
static const char *printed_l1(const parser *p)
{
    return p->l1 && !p->l1_inferred && (p->columns_src || p->layout_src) &&
                   level_of_name(p->l1) == 1
               ? p->l1
               : NULL;
}

static int positional(const colmap *m, const row *r) { return positional_in(m, r, NULL); }

/* l1_in_force: a 一级 printed above in a table whose cells keep their
 * columns ("项目效益"): a 一级 word of another framework in the 二级 column
 * ("满意度") is that block's 二级, not a lost cell. */
static int positional_in(const colmap *m, const row *r, const char *l1_in_force)
{
    int c1, c2, c3;
    name_cols(m, &c1, &c2, &c3);
    cell a = at(r, c1), b = at(r, c2), n = at(r, c3);
    char kind;
    const char *parent;
    if (!n.n || vclass(n) == V_STRONG)
        return 0;
    int ln = level_of(n, &kind, &parent);
    if (ln == 1 || (ln == 2 && !b.n))
        return 0; /* a level name where the 三级 should be: cells lost */
    if ((a.n && vclass(a) == V_STRONG) || (b.n && vclass(b) == V_STRONG))
        return 0;
    int lb = b.n ? level_of(b, &kind, &parent) : 0; /* asked below up to three times */
    if (a.n && level_of(a, &kind, &parent) == 2 && !m->shifted && b.n && !lb)
        return 0; /* a 二级 name in the 一级 column: the row lost a cell */
    if (b.n && lb == 1 && c1 >= 0 &&
        !(l1_in_force && !a.n && !same_family(l1_in_force, b)) &&
        !(a.n && b.n < a.n && !memcmp(a.s, b.s, b.n)))
        return 0; /* (but "满意度指标 | 满意度 | …": the 二级 says its 一级 again) */
    /* numbers where names are, names where numbers are: shifted */
    if ((a.n && is_number(a)) || (b.n && is_number(b)))
        return 0;
    /* an operator where names are ("芒果品种改良高接换种 | ≥ | 1.2 | 万株"
     * under 一级 | 二级 | 三级 | 指标性质): the row lost its first cells */
    if (m->c[JX_COL_OP] >= 0 && ((b.n && is_op_word(b)) || is_op_word(n)))
        return 0;
    cell pt = at(r, m->c[JX_COL_POINTS]), sc = at(r, m->c[JX_COL_SCORE]);
    if ((pt.n && !is_number(pt)) || (sc.n && !is_number(sc)))
        return 0;
    /* "项目竣工验收时间 | 2025年12月31日前" one column to the left */
    if (m->tcol[0] >= 0 && !at(r, m->tcol[0]).n && b.n && !lb) {
        jx_value v;
        jx_error e;
        if ((jx_value_parse(n.s, n.n, &v, &e) == JX_OK && v.kind == JX_V_TIME) ||
            (has(n, "年") && has(n, "月") && n.s[0] >= '0' && n.s[0] <= '9'))
            return 0;
    }
    if (m->tcol[0] >= 0 && !at(r, m->tcol[0]).n && m->c[JX_COL_ACTUAL] < 0) {
        /* an empty 指标值 while a later cell holds a value: shifted (a
         * self-evaluation may leave the target empty and fill the actual) */
        for (int i = m->tcol[0] + 1; i < r->n; i++)
            if (r->c[i].n)
                return vclass(r->c[i]) == V_NAME || is_number(r->c[i]);
    }
    return 1;
}

/* The columns after the 三级 one, in header order, for re-alignment. */
static int after_cols(const colmap *m, jx_col *roles, int *cols)
{
    int k = 0, c1, c2, c3;
    name_cols(m, &c1, &c2, &c3);
    for (int i = c3 + 1; i < m->width && k < 16; i++) {
        jx_col role = JX_COL_NONE;
        if (i == m->tcol[0] || i == m->tcol[1])
            role = JX_COL_TARGET;
        for (int q = 0; q < JX_COL_COUNT && role == JX_COL_NONE; q++)
            if (q != JX_COL_TARGET && m->c[q] == i)
                role = (jx_col)q;
        for (int q = 0; q < m->nexpl && role == JX_COL_NONE; q++)
            if (m->expl[q] == i)
                role = JX_COL_EXPLAIN;
        if (role == JX_COL_NONE || role == JX_COL_SEQ)
            continue;
        roles[k] = role;
        cols[k++] = i;
    }
    return k;
}

static int accepts(jx_col role, cell c)
{
    switch (role) {
    case JX_COL_OP: return is_op_word(c);
    case JX_COL_VTYPE: return eq(c, "定量") || eq(c, "定性");
    case JX_COL_UNIT: return c.n <= 12 && cps(c) <= 4 && vclass(c) != V_STRONG && !is_number(c);
    case JX_COL_POINTS:
    case JX_COL_SCORE: return is_number(c);
    default: return 1;
    }
}

/* Puts a cell into the field of the column role it was matched to. */
static void put_field(fields *f, const colmap *m, jx_col role, int col, cell c)
{
    switch (role) {
    case JX_COL_TARGET: f->tv[col == m->tcol[1]] = c; break;
    case JX_COL_OP: f->op = c; break;
    case JX_COL_UNIT: f->unit = c; break;
    case JX_COL_VTYPE: f->vtype = c; break;
    case JX_COL_ACTUAL: f->actual = c; break;
    case JX_COL_POINTS: f->points = c; break;
    case JX_COL_SCORE: f->score = c; break;
    case JX_COL_DEV: f->dev = c; break;
    case JX_COL_CURRENT: f->cur = c; break;
    case JX_COL_PREVIOUS: f->prev = c; break;
    default:
        if (f->nex < 4)
            f->ex[f->nex++] = c;
    }
}

static int value_col_after(const jx_col *roles, int k, int q)
{
    for (int z = q + 1; z < k; z++)
        if (roles[z] == JX_COL_TARGET || roles[z] == JX_COL_ACTUAL)
            return 1;
    return 0;
}

/* Re-aligns a row that lost cells, by what each cell is. */
static void by_type(parser *p, const colmap *m, const row *r, fields *f)
{
    memset(f, 0, sizeof *f);
    cell none = {"", 0};
    f->l1 = f->l2 = f->l3 = f->tv[0] = f->tv[1] = none;
    f->op = f->unit = f->actual = f->points = f->score = f->dev = f->vtype = f->proj = none;
    f->cur = f->prev = none;
    f->l3col = -1;
    cell cs[MAX_CELLS];
    int cc[MAX_CELLS], n = 0;
    for (int i = 0; i < r->n; i++)
        if (r->c[i].n && i != m->c[JX_COL_SEQ] && i != m->c[JX_COL_PROJECT]) {
            cc[n] = i;
            cs[n++] = r->c[i];
        }
    int i = 0;
    char kind;
    const char *parent;
    /* "绩效指标(90分)", "(50分)": labels before the 一级/二级 names */
    for (int q = 0; q < n && q < 3; q++) {
        if (level_of(cs[q], &kind, &parent)) {
            int labels = 1;
            for (int z = 0; z < q; z++)
                if (!strip_points(cs[z]).n || has(cs[z], "绩效指标") || has(cs[z], "分)") ||
                    has(cs[z], "分）"))
                    continue;
                else
                    labels = 0;
            if (labels)
                i = q;
            break;
        }
    }
    while (i < n && !strip_points(cs[i]).n)
        i++;
    while (i < n) {
        int lv = level_of(cs[i], &kind, &parent);
        if (lv == 1 && !f->l1.n && !f->l2.n)
            f->l1 = cs[i++];
        else if (lv == 2 && !f->l2.n)
            f->l2 = cs[i++];
        else
            break;
    }
    if (i < n && vclass(cs[i]) != V_STRONG) {
        f->l3col = cc[i];
        f->l3 = cs[i++];
    }
    jx_col roles[16];
    int cols[16];
    int k = after_cols(m, roles, cols), j = 0;
    for (; i < n; i++) {
        int q = j;
        int strong = vclass(cs[i]) == V_STRONG;
        while (q < k && (!accepts(roles[q], cs[i]) ||
                         /* a value skips 指标解释/备注 for a value column after them */
                         (strong && (roles[q] == JX_COL_EXPLAIN || roles[q] == JX_COL_NOTE ||
                                     roles[q] == JX_COL_DEV) &&
                          value_col_after(roles, k, q))))
            q++;
        if (q >= k)
            break;
        j = q + 1;
        put_field(f, m, roles[q], cols[q], cs[i]);
    }
    (void)p;
}

/* 指标性质 + 指标值 + 度量单位 as printed: "≥" "90" "%" -> "≥90%". */
static cell joined_target(const fields *f, int k, char *buf, size_t size)
{
    cell v = f->tv[k], op = f->op, un = f->unit;
    if (k || !v.n)
        return v;
    if (!is_op_word(op) || eq(op, "定性") || eq(op, "定量") ||
        (v.n && strchr("<>=", v.s[0])) || starts(v, "≥") || starts(v, "≤") ||
        starts(v, "＞") || starts(v, "＜"))
        op.n = 0;
    if (un.n && v.n >= un.n && !memcmp(v.s + v.n - un.n, un.s, un.n))
        un.n = 0; /* the value already carries its unit */
    if (un.n && vclass(v) != V_STRONG && !is_number(v))
        un.n = 0; /* "优良中低差" takes no unit */
    if (!op.n && !un.n)
        return v;
    int n = snprintf(buf, size, "%.*s%.*s%.*s", (int)op.n, op.s, (int)v.n, v.s,
                     (int)un.n, un.s);
    cell c = {buf, n > 0 && (size_t)n < size ? (size_t)n : 0};
    return c;
}

static void set_number(parser *p, const row *r, cell c, double *out, const char *label)
{
    double x;
    if (!c.n)
        return;
    if (jx_parse_amount(c.s, c.n, &x))
        *out = x;
    else
        jx_doc_notef(p->d, r->line, "bad-number", "「%s」不是数字：%.*s", label,
                     (int)c.n, c.s);
}

static void gen_levels(parser *p, const fields *f)
{
    char kind;
    const char *parent;
    if (f->l1.n && !strip_points(f->l1).n) {
        /* the 一级 survives only as "(50分)": the 二级 says which */
        fields g = *f;
        g.l1.n = 0;
        p->l1 = NULL;
        p->l1_inferred = 1;
        gen_levels(p, &g);
        return;
    }
    if (f->l1.n) {
        cell c1 = strip_numbering(strip_points(f->l1));
        int lv = level_of(f->l1, &kind, &parent);
        if (lv == 2 && !f->l2.n) {
            /* a 二级 name where the 一级 should be (shifted hierarchy) */
            p->l2 = clean_name(p, c1);
            p->l1 = parent;
            p->l1_inferred = parent != NULL;
        } else {
            p->l1 = c1.n ? clean_name(p, c1) : NULL;
            p->l1_inferred = 0;
            p->l2 = f->l2.n ? clean_name(p, f->l2) : NULL;
        }
        return;
    }
    if (f->l2.n) {
        int lv = level_of(f->l2, &kind, &parent);
        /* a 一级 name in the 二级 column starts a 一级, unless the 一级 in
         * force was printed and cells keep their columns: "满意度" under
         * 项目效益 in a 评价指标体系 is that block's 二级 */
        const char *l1f = printed_l1(p);
        if (lv == 1 && !(l1f && !same_family(l1f, f->l2))) {
            p->l1 = clean_name(p, strip_numbering(strip_points(f->l2)));
            p->l1_inferred = 0;
            p->l2 = NULL;
            return;
        }
        p->l2 = clean_name(p, lv == 2 ? strip_numbering(f->l2) : f->l2);
        if ((!p->l1 || p->l1_inferred) && parent) {
            p->l1 = parent;
            p->l1_inferred = 1;
        }
    }
}

/* "资金拨付率100%" with an empty 指标值 cell: the target was typed into
 * the name.  Returns the split point, or 0. */
static size_t target_in_name(cell l3)
{
    jx_value v;
    jx_error e;
    if (!l3.n || jx_value_parse(l3.s, l3.n, &v, &e) != JX_OK || v.kind != JX_V_QUANT ||
        v.n != 1)
        return 0;
    const jx_threshold *t = &v.t[0];
    if (t->off < 6 || t->off + t->len != l3.n || t->len > 24)
        return 0;
    if (t->implied && !t->unit[0])
        return 0; /* "重要改革事项1": a number, not a target */
    return t->off;
}

static void gen_emit(parser *p, const row *r, const fields *f)
{
    if (!f->tv[0].n && !f->op.n && p->m.tcol[0] >= 0) {
        size_t k = target_in_name(f->l3);
        if (k) {
            fields g = *f;
            g.l3.n = k;
            g.tv[0].s = f->l3.s + k;
            g.tv[0].n = f->l3.n - k;
            jx_doc_notef(p->d, r->line, "target-in-name",
                         "指标名称「%.*s」里写着指标值，指标值栏为空：已拆为「%.*s」和「%.*s」",
                         (int)f->l3.n, f->l3.s, (int)k, f->l3.s, (int)g.tv[0].n, g.tv[0].s);
            gen_emit(p, r, &g);
            return;
        }
    }
    static const char *const period[] = {"年度", "实施期", "长期", "中期"};
    cell none = {"", 0};
    for (int k = 0; k < 2; k++) {
        if (k && p->m.tcol[1] < 0)
            break;
        char buf[512];
        cell v = joined_target(f, k, buf, sizeof buf);
        if (k && !v.n)
            continue;
        jx_indicator *ind = emit(p, r->line, p->l1, p->l2, f->l3, v,
                                 f->nex > 0 ? f->ex[0] : none, f->nex > 1 ? f->ex[1] : none);
        if (!ind)
            return;
        ind->level1_inferred = p->l1_inferred;
        if (p->m.tcol[1] >= 0)
            ind->period = period[k ? p->m.tper[1] : p->m.tper[0]];
        if (k)
            continue;
        if (p->m.c[JX_COL_ACTUAL] >= 0 || f->actual.n)
            ind->actual_raw = f->actual.n ? dup(p, f->actual) : "";
        set_number(p, r, f->points, &ind->points, "分值");
        set_number(p, r, f->score, &ind->score, "得分");
        if (f->dev.n)
            ind->deviation = dup(p, f->dev);
        if (f->cur.n)
            ind->current_raw = dup(p, f->cur);
        if (f->prev.n)
            ind->previous_raw = dup(p, f->prev);
    }
}

/* A total row: "总分 | 100 | 94.5": the 得分 is the last number. */
static void gen_total(parser *p, const row *r, int f)
{
    jx_table *t = &p->d->tables[p->d->ntables - 1];
    int j = next_nonempty(r, f + 1);
    double x;
    while (j >= 0) {
        if (jx_parse_amount(r->c[j].s, r->c[j].n, &x) && !isnan(x))
            t->total_printed = x;
        j = next_nonempty(r, j + 1);
    }
}

static int same_map(const colmap *a, const colmap *b)
{
    return !memcmp(a->c, b->c, sizeof a->c) && a->tcol[0] == b->tcol[0] &&
           a->tcol[1] == b->tcol[1] && a->ngrp == b->ngrp &&
           !memcmp(a->grp, b->grp, sizeof a->grp) && !memcmp(a->fund, b->fund, sizeof a->fund);
}

/* m with every column moved by d (columns < 0 stay -1). */
static colmap shift_map(const colmap *m, int d)
{
    colmap x = *m;
    for (int k = 0; k < JX_COL_COUNT; k++)
        x.c[k] = m->c[k] < 0 ? -1 : m->c[k] + d;
    for (int k = 0; k < 2; k++)
        x.tcol[k] = m->tcol[k] < 0 ? -1 : m->tcol[k] + d;
    for (int k = 0; k < m->nexpl; k++)
        x.expl[k] = m->expl[k] + d;
    for (int g = 1; g < m->ngrp; g++)
        for (int k = 0; k < 3; k++)
            x.grp[g][k] = m->grp[g][k] < 0 ? -1 : m->grp[g][k] + d;
    for (int k = 0; k < 3; k++)
        x.fund[k] = m->fund[k] < 0 ? -1 : m->fund[k] + d;
    x.width = m->width + d;
    return x;
}

/* The leftmost column a map names. */
static int min_col(const colmap *m)
{
    int lo = m->width;
    for (int k = 0; k < JX_COL_COUNT; k++)
        if (m->c[k] >= 0 && m->c[k] < lo)
            lo = m->c[k];
    for (int k = 0; k < 2; k++)
        if (m->tcol[k] >= 0 && m->tcol[k] < lo)
            lo = m->tcol[k];
    return lo;
}

/* The same header moved by leading empty cells (a page break repeats it
 * one cell to the right or left): the offset from a to b, or 0. */
static int shifted_by(const colmap *a, const colmap *b)
{
    int d = a->c[JX_COL_L2] >= 0 && b->c[JX_COL_L2] >= 0 ? b->c[JX_COL_L2] - a->c[JX_COL_L2]
            : b->tcol[0] - a->tcol[0];
    if (!d || a->nexpl != b->nexpl)
        return 0;
    colmap x = shift_map(a, d);
    if (!same_map(&x, b) || memcmp(x.expl, b->expl, sizeof x.expl[0] * (size_t)x.nexpl))
        return 0;
    return d;
}

/* "……" / "指标3：" with nothing: a blank row of the printed form */
static int is_placeholder_row(const fields *f)
{
    /* the value first: a name is longer to parse, and seldom asked */
    cell n = strip_prefix(f->l3), v = f->tv[0];
    jx_value x;
    jx_error e;
    if (f->actual.n)
        return 0;
    if (v.n && !(jx_value_parse(v.s, v.n, &x, &e) == JX_OK && x.kind == JX_V_PLACEHOLDER))
        return 0;
    return !n.n || (jx_value_parse(n.s, n.n, &x, &e) == JX_OK && x.kind == JX_V_PLACEHOLDER);
}

/* "第3页 共5页" split into cells by single spaces */
static int page_marker_row(const row *r)
{
    char buf[96];
    size_t n = 0;
    for (int i = 0; i < r->n; i++) {
        if (!r->c[i].n)
            continue;
        if (n + r->c[i].n + 1 >= sizeof buf)
            return 0;
        memcpy(buf + n, r->c[i].s, r->c[i].n);
        n += r->c[i].n;
    }
    if (jx_vocab_page_marker(buf, n))
        return 1;
    /* a running head or foot: "元阳县农业农村局2024年部门预算公开 … 第13页" */
    int f = -1, l = -1, k = 0;
    for (int i = 0; i < r->n; i++)
        if (r->c[i].n) {
            if (f < 0)
                f = i;
            l = i;
            k++;
        }
    if (k != 2)
        return 0;
    cell pm = r->c[l], other = r->c[f];
    if (!jx_vocab_page_marker(pm.s, pm.n)) {
        pm = r->c[f];
        other = r->c[l];
    }
    return jx_vocab_page_marker(pm.s, pm.n) && vclass(other) != V_STRONG;
}

/* The rightmost column the 三级 name stands in, over the header's offsets. */
static int name_col_max(const parser *p)
{
    int c1, c2, c3;
    name_cols(&p->m, &c1, &c2, &c3);
    int hi = c3;
    for (int k = 0; k < p->nmoff && c3 >= 0; k++)
        if (c3 + p->moff[k] > hi)
            hi = c3 + p->moff[k];
    return hi;
}

/* A row of nothing but column names ("绩效指标 | 指标值") in a table that
 * has indicators: the upper row of a two-row header repeated at the top
 * of a page (the reader took only the row with 三级指标 for the header).
 * Not an indicator. */
static int column_words_row(parser *p, const row *r)
{
    const jx_table *t = p->gen_tab ? &p->d->tables[p->gen_tab - 1] : NULL;
    if (!t || !t->n)
        return 0;
    if (r == p->cur) {
        /* (a column name holds a header character: most rows have a
         * cell without one, and go no further) */
        const uint8_t *hb = cur_head_bits(p);
        for (int i = 0; i < r->n; i++)
            if (r->c[i].n && !(hb[i] & (HB_COL | HB_WORD)))
                return 0;
    }
    for (int i = 0; i < r->n; i++) {
        int per;
        if (r->c[i].n && !eq(r->c[i], "绩效指标") &&
            jx_vocab_column(r->c[i].s, r->c[i].n, &per) == JX_COL_NONE)
            return 0;
    }
    return 1;
}

/* A row of nothing but numbers under 分值 and 得分 right after an
 * indicator that has neither (a PDF of a sheet: numbers aligned to the
 * bottom of a row made tall by a wrapped 偏差原因 stand on a line of
 * their own): they are that indicator's. */
static int continues_points(parser *p, const row *r)
{
    int pc = p->m.c[JX_COL_POINTS], sc = p->m.c[JX_COL_SCORE];
    if (!p->have_last || p->last_table != p->d->ntables - 1 || pc < 0)
        return 0;
    jx_indicator *x = &p->d->tables[p->last_table].ind[p->last_ind];
    if (!isnan(x->points) || !isnan(x->score) || x->line == r->line)
        return 0;
    int any = 0;
    for (int i = 0; i < r->n; i++) {
        if (!r->c[i].n)
            continue;
        if ((i != pc && i != sc) || !is_number(r->c[i]))
            return 0;
        any = 1;
    }
    if (!any)
        return 0;
    set_number(p, r, at(r, pc), &x->points, "分值");
    if (sc >= 0)
        set_number(p, r, at(r, sc), &x->score, "得分");
    return 1;
}

/* A row of values only ("稳定 | 基本稳定 | 10 | 8") right after an
 * indicator that has a name and no value: the row was broken (a page
 * break, a wrapped line).  The values go to that indicator. */
static int continues_values(parser *p, const row *r)
{
    if (!p->have_last || p->last_table != p->d->ntables - 1)
        return 0;
    jx_indicator *x = &p->d->tables[p->last_table].ind[p->last_ind];
    if (x->target_raw[0] || (x->actual_raw && x->actual_raw[0]) || x->line == r->line)
        return 0;
    /* where cells keep their columns (sheets, Word, TAB text), a row with
     * a name of its own is an indicator, not the rest of the one above */
    if (p->columns_src && (at(r, p->m.c[JX_COL_L3]).n || first_nonempty(r) <= name_col_max(p)))
        return 0;
    /* a value in a later column group belongs to that group's row */
    if (p->m.ngrp > 1 && r->n > group_start(&p->m, 1))
        return 0;
    char kind;
    const char *parent;
    cell cs[MAX_CELLS];
    int n = 0;
    for (int i = 0; i < r->n; i++)
        if (r->c[i].n) {
            if (level_of(r->c[i], &kind, &parent))
                return 0;
            cs[n++] = r->c[i];
        }
    jx_col roles[16];
    int cols[16];
    int k = after_cols(&p->m, roles, cols);
    if (!n || n > k)
        return 0;
    /* the cells must fit the columns after the name, in order */
    fields f;
    memset(&f, 0, sizeof f);
    int j = 0;
    for (int i = 0; i < n; i++) {
        while (j < k && !accepts(roles[j], cs[i]))
            j++;
        if (j >= k)
            return 0;
        put_field(&f, &p->m, roles[j], cols[j], cs[i]);
        j++;
    }
    if (!f.tv[0].n)
        return 0;
    char buf[512];
    cell v = joined_target(&f, 0, buf, sizeof buf);
    if (jx_doc_set_target(p->d, x, v.s, v.n, p->err))
        return 0;
    if (p->m.c[JX_COL_ACTUAL] >= 0)
        x->actual_raw = f.actual.n ? dup(p, f.actual) : "";
    set_number(p, r, f.points, &x->points, "分值");
    set_number(p, r, f.score, &x->score, "得分");
    if (f.dev.n)
        x->deviation = dup(p, f.dev);
    if (f.cur.n)
        x->current_raw = dup(p, f.cur);
    if (f.prev.n)
        x->previous_raw = dup(p, f.prev);
    jx_doc_notef(p->d, r->line, "joined-row",
                 "第 %d 行只有指标值等数据，已并入上一行的指标「%s」（原行被分页或换行断开）",
                 r->line, x->level3);
    return 1;
}

/* s + the cell, in the document's arena ("" + c when s is NULL). */
static const char *append(parser *p, const char *s, cell c)
{
    if (!c.n)
        return s;
    return jx_arena_printf(&p->d->arena, "%s%.*s", s ? s : "", (int)c.n, c.s);
}

/* The value of the row above went on over a line break, its parenthesis
 * still open: "≥5.2万亩（其中高效" / "节水灌溉1.1万亩）" (the explanation beside
 * it wrapped too). */
/* "2024年11月" then "30日前" on the next line: a date cut after its month. */
static int date_rest(const char *above, cell c)
{
    size_t an = above ? strlen(above) : 0, d = 0;
    if (an < 3 || strcmp(above + an - 3, "月"))
        return 0;
    while (d < c.n && d < 2 && c.s[d] >= '0' && c.s[d] <= '9')
        d++;
    return d > 0 && c.n - d >= 3 && !memcmp(c.s + d, "日", 3) && c.n <= d + 12;
}

static int continues_target(parser *p, const row *r, jx_indicator *x)
{
    const int ct = p->m.tcol[0], ca = p->m.c[JX_COL_ACTUAL];
    cell v = at(r, ct), av = at(r, ca);
    size_t tn = strlen(x->target_raw);
    int depth = 0;
    for (size_t q = 0; q < tn; q++)
        depth += !strncmp(x->target_raw + q, "（", 3) || x->target_raw[q] == '(' ? 1
                 : !strncmp(x->target_raw + q, "）", 3) || x->target_raw[q] == ')' ? -1 : 0;
    int dated = p->layout_src && date_rest(x->target_raw, v);
    int act = dated && av.n && date_rest(x->actual_raw, av);
    if (!v.n || (depth <= 0 && !dated) || v.n > 60)
        return 0;
    for (int i = 0; i < r->n; i++) {
        int ex = i == ct || i == p->m.c[JX_COL_DEV] || (act && i == ca);
        for (int k = 0; k < p->m.nexpl; k++)
            ex |= p->m.expl[k] == i;
        if (r->c[i].n && !ex)
            return 0;
    }
    const char *joined = append(p, x->target_raw, v);
    if (!joined || jx_doc_set_target(p->d, x, joined, strlen(joined), p->err))
        return 0;
    if (act)
        x->actual_raw = append(p, x->actual_raw, av);
    for (int k = 0; k < p->m.nexpl; k++)
        x->explanation = append(p, x->explanation, at(r, p->m.expl[k]));
    jx_doc_notef(p->d, r->line, "joined-value",
                 "第 %d 行的「%.*s」接在上一行的指标值之后（指标值在 PDF 中折行）", r->line,
                 (int)v.n, v.s);
    return 1;
}

/* "服务对象满意" then "度指标" on the next line: the rest of a 二级 label
 * that PDF text wrapped.  The whole label (in the document), or NULL when
 * x's 二级 and c do not make one. */
static const char *l2_rest(parser *p, const jx_indicator *x, cell c)
{
    char kind, buf[128];
    const char *parent;
    if (!x || !x->level2 || !c.n || c.n > 12)
        return NULL;
    int n = snprintf(buf, sizeof buf, "%s%.*s", x->level2, (int)c.n, c.s);
    cell jc = {buf, n > 0 && (size_t)n < sizeof buf ? (size_t)n : 0};
    if (!jc.n || level_of(jc, &kind, &parent) != 2)
        return NULL;
    return jx_doc_strndup(p->d, buf, jc.n);
}

/* Every row that took the first half of the label gets it whole. */
static void set_l2_rest(parser *p, jx_indicator *x, const char *whole)
{
    jx_table *t = &p->d->tables[p->last_table];
    const char *half = jx_doc_strndup(p->d, x->level2, strlen(x->level2));
    for (size_t k = half ? t->n : 0;
         k-- > 0 && t->ind[k].level2 && !strcmp(t->ind[k].level2, half);)
        t->ind[k].level2 = whole;
    if (half && p->l2 && !strcmp(p->l2, half))
        p->l2 = whole;
    for (int a = 0; half && a < p->nanchor; a++)
        if (p->anchor[a].l2 && !strcmp(p->anchor[a].l2, half))
            p->anchor[a].l2 = whole; /* for centred_levels */
}

/* A name broken over two lines of PDF text, the rest on the next line
 * with nothing but the rest of the cells beside it that broke too:
 * "65岁及以上老年人健  ≥3.6万人 … 部分老年人外出务工，" then
 * "康管理人数                       未能按时参加体检".  Only in text and
 * PDF grids (a sheet's row of its own is a record of its own). */
static int continues_name(parser *p, const row *r)
{
    if (!p->layout_src || !p->have_last || p->last_table != p->d->ntables - 1 || p->m.labelled)
        return 0;
    jx_indicator *x = &p->d->tables[p->last_table].ind[p->last_ind];
    int c3 = p->m.c[JX_COL_L3];
    /* (a PDF's rows count visual lines: the name's next line may stand
     * two below when a cell beside it took a line more) */
    int gap = p->g->source == JX_GRID_PDF ? 2 : 1;
    if (!x->target_raw[0] || r->line <= x->line || r->line > x->line + gap || c3 < 0)
        return 0;
    cell nm = at(r, c3);
    char kind;
    const char *parent;
    if (!nm.n && p->m.tcol[0] >= 0)
        return continues_target(p, r, x);
    if (!nm.n || nm.n > 18 || level_of(nm, &kind, &parent) || is_number(nm))
        return 0;
    fields ph;
    memset(&ph, 0, sizeof ph);
    ph.l3 = nm;
    if (is_placeholder_row(&ph) || !strip_prefix(nm).n || strip_prefix(nm).n != nm.n)
        return 0; /* "……", "指标3：": a placeholder row, not a name's end */
    const int cd = p->m.c[JX_COL_DEV];
    int c1, c2, c3n;
    name_cols(&p->m, &c1, &c2, &c3n);
    const char *l2whole = NULL;
    for (int i = 0; i < r->n; i++) {
        int ex = 0;
        for (int k = 0; k < p->m.nexpl; k++)
            ex |= p->m.expl[k] == i;
        if (r->c[i].n && i == c2 && i != c3 && !l2whole && (l2whole = l2_rest(p, x, r->c[i])))
            continue; /* the 二级 label beside it wrapped too */
        if (r->c[i].n && i != c3 && i != cd && !ex)
            return 0;
    }
    if (l2whole)
        set_l2_rest(p, x, l2whole);
    x->level3 = append(p, x->level3, nm);
    for (int k = 0; k < p->m.nexpl; k++)
        x->explanation = append(p, x->explanation, at(r, p->m.expl[k]));
    if (cd >= 0)
        x->deviation = append(p, x->deviation, at(r, cd));
    jx_doc_notef(p->d, r->line, "joined-name",
                 "第 %d 行的「%.*s」接在上一行指标名称之后（名称在 PDF 中折行），合为「%s」",
                 r->line, (int)nm.n, nm.s, x->level3);
    return 1;
}

/* Parts of c split at "；" (at most max); returns their count. */
static int split_semicolons(cell c, cell *out, int max)
{
    int k = 0;
    const char *st = c.s, *e = c.s + c.n;
    for (const char *q = c.s; q <= e - 3 && k + 1 < max; q++)
        if (!memcmp(q, "；", 3)) {
            out[k].s = st, out[k].n = (size_t)(q - st), k++;
            st = q + 3;
            q += 2;
        }
    out[k].s = st, out[k].n = (size_t)(e - st), k++;
    return k;
}

/* "行道树补植数量；绿篱修剪面积 | ≥1500株；≥12万平方米": two indicators typed
 * into one row, names and values in the same order.  Emits each and
 * returns 1; 0 when the row is not such a pair (a lone "；" in a value). */
static int emit_pairs(parser *p, const row *r, const fields *f)
{
    cell names[8], vals[8];
    if (!f->l3.n || !f->tv[0].n || f->actual.n)
        return 0;
    int k = split_semicolons(f->l3, names, 8);
    if (k < 2 || split_semicolons(f->tv[0], vals, 8) != k)
        return 0;
    for (int i = 0; i < k; i++) {
        jx_trim(&names[i].s, &names[i].n);
        jx_trim(&vals[i].s, &vals[i].n);
        if (!names[i].n || !vals[i].n)
            return 0;
    }
    jx_doc_notef(p->d, r->line, "split-row",
                 "第 %d 行的一个单元格里写了 %d 个指标（以「；」分隔），指标值也是 %d 个：已分为 %d 条",
                 r->line, k, k, k);
    for (int i = 0; i < k; i++) {
        fields g = *f;
        g.l3 = names[i];
        g.tv[0] = vals[i];
        gen_emit(p, r, &g);
    }
    return 1;
}

/* Whether a 一级 name is one of the department framework's (履职效能 …). */
static int dept_l1(const char *l1)
{
    char kind;
    const char *parent;
    return l1 && jx_vocab_level(l1, strlen(l1), &kind, &parent) == 1 && kind == 'd';
}

/* Whether column i is one of the table's explanation columns (指标解释,
 * 指标说明, 备注 …), at the header's offset or another one it stood at. */
static int expl_col(const parser *p, int i)
{
    for (int k = -1; k < p->nmoff; k++) {
        int d = k < 0 ? 0 : p->moff[k];
        for (int q = 0; q < p->m.nexpl; q++)
            if (p->m.expl[q] + d == i)
                return 1;
    }
    return 0;
}

/* The leftmost column the 三级 name stands in, over the header's offsets. */
static int name_col_min(const parser *p)
{
    int c1, c2, c3;
    name_cols(&p->m, &c1, &c2, &c3);
    int lo = c3;
    for (int k = 0; k < p->nmoff && c3 >= 0; k++)
        if (c3 + p->moff[k] < lo)
            lo = c3 + p->moff[k];
    return lo;
}

/* A row with text only in the explanation columns ("⇥⇥⇥⇥⇥其中，预算完成数
 * 指…"): the explanation of the indicator above went on in a row of its
 * own (a long cell broken over lines or over a page). */
static int gen_row(parser *p, const row *r);

/* A row with text only in the explanation columns continues the row
 * above's explanation.  In PDF text a centred 一级/二级 label may share
 * that line ("    数量指标          条有效轨迹计1人次。"): the label is read
 * as a label row of its own, the rest still continues the explanation. */
static int continues_explanation(parser *p, const row *r)
{
    if (!p->have_last || p->last_table != p->d->ntables - 1 || !p->m.nexpl)
        return 0;
    int f = first_nonempty(r), labels = 0, expl = 0, frag = -1, c1, c2, c3;
    name_cols(&p->m, &c1, &c2, &c3);
    jx_indicator *x = last_ind(p, p->last_table, p->last_ind);
    const char *l2rest = NULL;
    for (int i = f; i < r->n; i++) {
        if (!r->c[i].n)
            continue;
        char kind;
        const char *parent;
        if (expl_col(p, i)) {
            expl++;
        } else if (p->layout_src && i < c3 && level_of(r->c[i], &kind, &parent)) {
            labels++;
        } else if (p->layout_src && i < c3 && frag < 0 && (l2rest = l2_rest(p, x, r->c[i]))) {
            frag = i; /* the rest of a 二级 label wrapped */
        } else {
            return 0;
        }
    }
    if (!expl)
        return 0;
    if (l2rest)
        set_l2_rest(p, x, l2rest);
    int fe = f;
    while (fe < r->n && !(r->c[fe].n && expl_col(p, fe)))
        fe++;
    append_explanation(p, r, fe);
    if (labels) {
        row lbl = *r;
        for (int i = fe; i < lbl.n; i++)
            if (expl_col(p, i))
                lbl.c[i].n = 0, lbl.c[i].s = "";
        gen_row(p, &lbl);
    }
    return 1;
}

/* One name alone in the name columns where cells keep their columns
 * ("⇥⇥重要改革事项2⇥⇥⇥"): an indicator whose 指标值 was left empty, not a
 * fragment (check reports the empty target). */
static int lone_name(const parser *p, const row *r, int f)
{
    int hi = name_col_max(p);
    cell c = r->c[f];
    if (p->m.ngrp > 1 && group_of(&p->m, f, 1) > 0)
        hi = f; /* the 三级 column of a group beside the first */
    if (!p->columns_src || hi < 0 || f < 1 || f > hi)
        return 0; /* a line of text alone in the first column is no row */
    enum vclass k = vclass(c);
    if (k == V_STRONG && dept_l1(p->l1)) {
        /* "⇥⇥……": a blank row of the department template (gen_row) */
        jx_value v;
        jx_error e;
        return jx_value_parse(c.s, c.n, &v, &e) == JX_OK && v.kind == JX_V_PLACEHOLDER;
    }
    return k == V_NAME && cps(c) <= 40;
}

/* The row's 三级 name stood left of its column, the cells before it lost
 * (merged cells dropped, not left empty): the record says so. */
static void mark_realigned(parser *p, const row *r, size_t nt, size_t ni)
{
    if (p->d->ntables != nt || !nt || p->d->tables[nt - 1].n <= ni)
        return;
    jx_indicator *x = &p->d->tables[nt - 1].ind[ni];
    if (x->split)
        return;
    x->realigned = 1;
    x->note = jx_arena_printf(&p->d->arena,
                              "原行单元格错位（缺少前导单元格），已按指标值位置对齐：三级指标「%s」，指标值「%s」",
                              x->level3, x->target_raw);
    jx_doc_notef(p->d, r->line, "realigned", "%s", x->note);
}

/* Sets the period of the records emitted since (nt, ni). */
static void set_period(parser *p, size_t nt, size_t ni, int per)
{
    static const char *const period[] = {"年度", "实施期", "长期", "中期"};
    if (p->d->ntables != nt || !nt)
        return;
    jx_table *t = &p->d->tables[nt - 1];
    for (size_t i = ni; i < t->n; i++)
        t->ind[i].period = period[per];
}

/* A value with no name beside it in group g of a row: it slid right from
 * a name on this row that has no value (the record a group on its left
 * made, got[]: index + 1), or it is left out with a note. */
static void orphan_value(parser *p, const row *r, int g, cell v, const size_t *got)
{
    const char *lab = p->m.glab2[g] ? p->m.glab2[g] : p->m.gl1[g] ? p->m.gl1[g] : "?";
    for (int j = g - 1; j >= 0; j--) {
        jx_indicator *x = got[j] ? last_ind(p, p->gen_tab - 1, got[j] - 1) : NULL;
        if (!x || x->target_raw[0])
            continue;
        if (jx_doc_set_target(p->d, x, v.s, v.n, p->err)) {
            p->rc = JX_ENOMEM;
            return;
        }
        x->realigned = 1;
        x->note = jx_arena_printf(&p->d->arena,
                                  "指标值「%.*s」原在「%s」列，无指标名称，已归入同行左侧缺少指标值的「%s」",
                                  (int)v.n, v.s, lab, x->level3);
        jx_doc_notef(p->d, r->line, "realigned", "%s", x->note);
        return;
    }
    jx_doc_notef(p->d, r->line, "orphan-value",
                 "「%s」列有指标值「%.*s」但没有指标名称，未能归属，已忽略", lab, (int)v.n, v.s);
}

/* A row of a table with column groups side by side: each group's record
 * in turn, with its own 二级 column (carried down its merged cells), the
 * 一级 of the label over it (a wide table) or of the row, and the group's
 * period (预算10表: 实施期 and 年度). */
static int emit_groups(parser *p, const row *r, const fields *f)
{
    const colmap *m = &p->m;
    const char *l1 = p->l1, *l2 = p->l2;
    int inferred = p->l1_inferred;
    size_t got[MAX_GROUPS] = {0};
    if (f->l1.n)
        memset(p->gl2, 0, sizeof p->gl2);
    for (int g = 0; g < m->ngrp && p->gen_tab && !p->rc; g++) {
        fields x = *f;
        if (g) {
            cell c2 = at(r, m->grp[g][0]);
            if (c2.n)
                p->gl2[g] = clean_name(p, c2);
            memset(&x, 0, sizeof x);
            x.l3 = at(r, m->grp[g][1]);
            x.tv[0] = at(r, m->grp[g][2]);
            x.l3col = -1;
        } else if (!x.l3.n && !x.tv[0].n) {
            x.tv[0] = at(r, m->tcol[0]);
        }
        if (!x.l3.n) {
            if (x.tv[0].n)
                orphan_value(p, r, g, x.tv[0], got);
            continue;
        }
        p->l2 = g ? p->gl2[g] : l2;
        if (!p->l2)
            p->l2 = m->glab2[g];
        if (m->gl1[g]) {
            p->l1 = m->gl1[g];
            p->l1_inferred = m->glab2[g] != NULL; /* the framework's 一级 of the label */
        }
        jx_table *t = &p->d->tables[p->gen_tab - 1];
        size_t ni = t->n;
        gen_emit(p, r, &x);
        if (p->d->tables[p->gen_tab - 1].n > ni)
            got[g] = p->last_ind + 1;
        if (!m->labelled)
            set_period(p, p->gen_tab, ni, m->gper[g]);
        p->l1 = l1;
        p->l1_inferred = inferred;
    }
    p->l2 = l2;
    return 1;
}

/* A page break or a repeated header inside a table (see centred_levels). */
static void add_barrier(parser *p, int line)
{
    if (p->nanchor < (int)JX_ARRAY_LEN(p->anchor))
        p->anchor[p->nanchor++] = (struct anchor){line, NULL, NULL, 0, 0, 0, 1};
}

/* Returns 1 when the row was taken, 0 when the table ended before it
 * (the caller reads it afresh), 2 when it ended on it. */
/* A second header row under a merged one: "年度指标值" over 比较符 / 数值 /
 * 计量单位 (or 指标性质 / 指标值 / 度量单位).  Before the table's first
 * indicator, a row of nothing but such words splits the target column into
 * the operator, the number and the unit, joined as printed (≥ 376 个 ->
 * ≥376个).  Returns 1 when the row was that. */
static int sub_header(parser *p, const row *r)
{
    jx_table *t = p->d->ntables ? &p->d->tables[p->d->ntables - 1] : NULL;
    int t0 = p->m.tcol[0];
    if (!t || t->n || t0 < 0)
        return 0;
    /* "绩效指标" merged over 一级指标 | 二级指标 | 三级指标 on the row below
     * (a web page's two header rows): the level columns the header lacked */
    int lv[3] = {-1, -1, -1}, nl = 0, other = 0;
    for (int i = 0; i < r->n; i++) {
        cell c = r->c[i];
        if (!c.n)
            continue;
        int per;
        jx_col role = jx_vocab_column(c.s, c.n, &per);
        if ((role == JX_COL_L1 || role == JX_COL_L2 || role == JX_COL_L3) &&
            lv[role - JX_COL_L1] < 0 && i < t0)
            lv[role - JX_COL_L1] = i, nl++;
        else if (!(role != JX_COL_NONE &&
                   (p->m.c[role] == i || (role == JX_COL_TARGET && p->m.tcol[0] == i))))
            other = 1; /* (the header's own cells, merged down, repeat) */
    }
    if (nl >= 2 && !other) {
        /* ("绩效指标" above may have been taken for the 三级 column) */
        for (int k = 0; k < 3; k++)
            if (p->m.c[JX_COL_L1 + k] >= 0 && p->m.c[JX_COL_L1 + k] < t0)
                p->m.c[JX_COL_L1 + k] = -1;
        for (int k = 0; k < 3; k++)
            if (lv[k] >= 0)
                p->m.c[JX_COL_L1 + k] = lv[k];
        p->lastmap = p->m;
        add_barrier(p, r->line);
        return 1;
    }
    /* "指标值" merged over 中期指标值 | 年度指标值 (or 实施期 / 年度): the
     * year's target column and the other period's */
    if (p->m.tcol[1] < 0) {
        int ty = -1, to = -1, tpo = 0, odd = 0;
        for (int i = 0; i < r->n; i++) {
            cell c = r->c[i];
            if (!c.n)
                continue;
            int per;
            jx_col role = jx_vocab_column(c.s, c.n, &per);
            if (role == JX_COL_TARGET && i >= t0 && per == JX_PERIOD_YEAR && ty < 0)
                ty = i;
            else if (role == JX_COL_TARGET && i >= t0 && per != JX_PERIOD_YEAR && to < 0)
                to = i, tpo = per;
            else if (!(role != JX_COL_NONE && role != JX_COL_TARGET && p->m.c[role] == i))
                odd = 1;
        }
        if (!odd && ty >= 0 && to >= 0 && ty - t0 <= 3 && to - t0 <= 3) {
            p->m.tcol[0] = ty;
            p->m.tcol[1] = to;
            p->m.tper[0] = JX_PERIOD_YEAR;
            p->m.tper[1] = tpo;
            p->lastmap = p->m;
            add_barrier(p, r->line);
            return 1;
        }
    }
    if (p->m.c[JX_COL_OP] >= 0)
        return 0;
    int op = -1, val = -1, unit = -1, words = 0;
    for (int i = 0; i < r->n; i++) {
        cell c = r->c[i];
        if (!c.n)
            continue;
        int per;
        jx_col role = jx_vocab_column(c.s, c.n, &per);
        if (role == JX_COL_OP && op < 0)
            op = i;
        else if (role == JX_COL_UNIT && unit < 0)
            unit = i;
        else if ((eq(c, "数值") || eq(c, "值") || role == JX_COL_TARGET) && val < 0)
            val = i;
        else if (role == JX_COL_NONE)
            return 0; /* a word that is not a column name: a data row */
        words++;
    }
    /* the sub-columns stand under the merged target cell */
    if (words < 2 || val < t0 || (op >= 0 && op < t0) || (unit >= 0 && unit < t0) ||
        val - t0 > 3)
        return 0;
    p->m.c[JX_COL_OP] = op;
    p->m.c[JX_COL_UNIT] = unit;
    p->m.tcol[0] = val;
    p->lastmap = p->m;
    add_barrier(p, r->line);
    return 1;
}

/* The header again inside a table: the same columns (a repeated page
 * header), or moved (a page break): the table goes on, its rows may stand
 * at either offset.  1 when it goes on, 0 when a new table starts. */
static int header_again(parser *p, const row *r, const colmap *m2)
{
    int d = shifted_by(&p->m, m2);
    if (d) {
        int n = 0, have = 0;
        for (int k = 0; k < p->nmoff; k++)
            if (p->moff[k] != d) {
                p->moff[n] = p->moff[k] - d;
                have |= p->moff[n++] == -d;
            }
        p->nmoff = n;
        if (!have && p->nmoff < (int)JX_ARRAY_LEN(p->moff))
            p->moff[p->nmoff++] = -d;
        p->m = p->lastmap = *m2;
    } else if (!same_map(m2, &p->m)) {
        return 0;
    }
    add_barrier(p, r->line);
    return 1;
}

/* The row's cells as fields: by the header's columns where they line up
 * (at the header's own offset or another one of this table), else by what
 * each cell is.  Returns whether they lined up. */
static size_t target_in_name(cell l3);

static int read_fields(parser *p, const row *r, fields *fl)
{
    const row *r0 = r; /* the cells of the first column group */
    row first;
    if (p->m.ngrp > 1 || p->m.projrows) {
        int s1 = p->m.ngrp > 1 ? group_start(&p->m, 1) : r->n;
        first = *r;
        if (first.n > s1)
            first.n = s1;
        /* a project's code, name and funds are not indicator cells */
        int own[5] = {p->m.c[JX_COL_CODE], p->m.c[JX_COL_PROJECT], p->m.fund[0], p->m.fund[1],
                      p->m.fund[2]};
        for (int k = 0; k < 5 && p->m.projrows; k++)
            if (own[k] >= 0 && own[k] < first.n)
                first.c[own[k]] = (cell){"", 0};
        r0 = &first;
    }
    if (positional_in(&p->m, r0, printed_l1(p))) {
        by_position(&p->m, r0, fl);
        return 1;
    }
    for (int k = 0; k < p->nmoff; k++) {
        /* the header's other offset on this table (a page break) */
        colmap o = shift_map(&p->m, p->moff[k]);
        if (min_col(&p->m) + p->moff[k] >= 0 && positional(&o, r0)) {
            by_position(&o, r0, fl);
            return 1;
        }
    }
    if ((p->columns_src || p->pipe_src) && r0 == r && p->m.tcol[0] >= 0) {
        /* merged cells simply missing (a web page's rowspan flattened to
         * pipes): the first value stands under the 指标值 column */
        int v = 0;
        while (v < r->n && (!r->c[v].n || vclass(r->c[v]) != V_STRONG))
            v++;
        /* the leftmost target column: 中期 before 年度 */
        int lt = p->m.tcol[0];
        if (p->m.tcol[1] >= 0 && p->m.tcol[1] < lt)
            lt = p->m.tcol[1];
        int d = lt - v;
        if (v >= r->n && p->m.c[JX_COL_L3] >= 0) {
            /* no value at all: "稻米抽检合格率100%" alone, its target typed
             * into the name, stands under the 三级 column */
            int only = -1, cnt = 0;
            for (int i = 0; i < r->n; i++)
                if (r->c[i].n)
                    only = i, cnt++;
            if (cnt == 1 && target_in_name(r->c[only]) >= 9) {
                v = only;
                d = p->m.c[JX_COL_L3] - only;
            }
        }
        if (v < r->n && d > 0 && d <= 3) {
            colmap o = shift_map(&p->m, -d);
            if (positional(&o, r0)) {
                by_position(&o, r0, fl);
                return 0; /* realigned: said so in a note */
            }
        }
    }
    by_type(p, &p->m, r0, fl);
    return 0;
}

/* A row of nothing but a placeholder ("……"): the department template's
 * blank row is kept for check (placeholder-target); elsewhere left out
 * with a note. */
static void placeholder_row(parser *p, const row *r, const fields *fl)
{
    cell ph = fl->l3.n ? fl->l3 : fl->tv[0];
    jx_value pv;
    jx_error pe;
    if (dept_l1(p->l1) && jx_value_parse(ph.s, ph.n, &pv, &pe) == JX_OK &&
        pv.kind == JX_V_PLACEHOLDER) {
        cell none = {"", 0};
        jx_indicator *x = emit1(p, r->line, p->l1, p->l2, ph, ph,
                                fl->nex > 0 ? fl->ex[0] : none, fl->nex > 1 ? fl->ex[1] : none);
        if (x) {
            x->level1_inferred = p->l1_inferred;
            x->note = "该行只有占位符，没有指标名称和指标值";
            jx_doc_notef(p->d, r->line, "placeholder-row",
                         "该行只有占位符「%.*s」，没有指标名称和指标值", (int)ph.n, ph.s);
        }
        return;
    }
    jx_doc_notef(p->d, r->line, "placeholder-row",
                 "第 %d 行只有占位符（「%.*s」），没有指标，已略去", r->line, (int)ph.n, ph.s);
}

/* A row of nothing but the 一级 labels over a wide table's column groups:
 * its header repeated (a page break). */
static int label_row(const parser *p, const row *r)
{
    int n = 0;
    if (!p->m.labelled)
        return 0;
    for (int i = 0; i < r->n; i++) {
        if (!r->c[i].n)
            continue;
        char kind;
        const char *parent;
        if (level_of(r->c[i], &kind, &parent) != 1)
            return 0;
        n++;
    }
    return n >= 2;
}

/* Whether a row has a cell in a name or value column of any group. */
static int indicator_cells(const colmap *m, const row *r)
{
    int cols[] = {m->c[JX_COL_L1], m->tcol[1]};
    for (int k = 0; k < 2; k++)
        if (at(r, cols[k]).n)
            return 1;
    for (int g = 0; g < m->ngrp; g++)
        for (int k = 0; k < 3; k++)
            if (at(r, gcol(m, g, k)).n)
                return 1;
    return 0;
}

/* The table of the project a row names: code, name, funds. */
static void open_project(parser *p, const row *r)
{
    const colmap *m = &p->m;
    jx_table *t = jx_doc_add_table(p->d, JX_TABLE_PROJECT, JX_LAYOUT_WIDE, r->line);
    if (!t) {
        p->rc = jx_fail(p->err, JX_ENOMEM, NULL, r->line, 0, "内存不足");
        return;
    }
    t->code = dup(p, at(r, m->c[JX_COL_CODE]));
    t->name = dup(p, at(r, m->c[JX_COL_PROJECT]));
    t->department = p->d->unit;
    funds_cell(p, r, m->fund[0], &t->funds.total, "资金总额");
    funds_cell(p, r, m->fund[1], &t->funds.fiscal, "财政性资金");
    funds_cell(p, r, m->fund[2], &t->funds.other, "其他资金");
    p->gen_tab = p->d->ntables;
    p->l1 = p->l2 = NULL;
    p->l1_inferred = 0;
    memset(p->gl2, 0, sizeof p->gl2);
    p->have_last = 0;
}

/* A row of a table of project rows (a wide table): a code in the code
 * column (a name in the name column, when there is no code column) opens
 * that project's table; a code row with nothing in the indicator columns
 * is a unit's total (312, 312001: funds only) unless indicators follow on
 * rows without a code.  Returns 1 when the row was taken, 0 when it does
 * not belong to the table, -1 to read its indicators. */
static int project_row(parser *p, const row *r)
{
    const colmap *m = &p->m;
    if (!m->projrows)
        return -1;
    int code = m->c[JX_COL_CODE] >= 0;
    cell key = at(r, code ? m->c[JX_COL_CODE] : m->c[JX_COL_PROJECT]);
    int ind = indicator_cells(m, r);
    if (key.n) {
        if (code && !is_code(key))
            return 0; /* text in the code column: the table ended */
        const jx_table *t = p->gen_tab ? &p->d->tables[p->gen_tab - 1] : NULL;
        const char *was = t ? (code ? t->code : t->name) : NULL;
        if (was && eq(key, was))
            return -1; /* the project's cells printed again on its next row */
        if (p->gen_tab) {
            colmap keep = *m;
            gen_close(p);
            gen_open(p, &keep, r->line, NULL);
        }
        p->pend = *r;
        p->have_pend = 1;
        p->resume = 0;
        if (!ind)
            return 1;
    }
    if (p->gen_tab)
        return -1;
    if (!p->have_pend && !p->resume)
        return 0;
    if (!ind)
        return 1;
    if (p->have_pend) {
        open_project(p, &p->pend);
        p->have_pend = 0;
    } else {
        /* the rows go on after the header repeated on a new page */
        p->gen_tab = p->d->ntables;
        jx_doc_notef(p->d, r->line, "continued-table",
                     "第 %d 行起的指标行没有项目编码，接在上一页的项目「%s」之后",
                     r->line, p->d->tables[p->gen_tab - 1].name ? p->d->tables[p->gen_tab - 1].name : "");
    }
    p->resume = 0;
    return p->gen_tab ? -1 : 1;
}

/* The unit's name and a date, nothing else: the signature under a table
 * ("新兴县农业农村局 | 2024年2月", "西峡县水利局 | 2024年1月25日"). */
static int signature_row(const row *r)
{
    static const char *const org[] = {"局", "委员会", "委", "中心", "办公室", "政府", "站", "院",
                                      "厅", "所", "馆", "队", "公司", "联合会", "协会", "学校"};
    cell a = {"", 0}, b = {"", 0};
    char buf[64];
    size_t bl = 0;
    for (int i = 0; i < r->n; i++)
        if (r->c[i].n) {
            if (!a.n) {
                a = r->c[i];
            } else {
                /* the date, whole ("2024年2" | "月" cut apart in a PDF) */
                if (bl + r->c[i].n >= sizeof buf)
                    return 0;
                memcpy(buf + bl, r->c[i].s, r->c[i].n);
                bl += r->c[i].n;
            }
        }
    b = (cell){buf, bl};
    if (!a.n || !b.n || a.n > 60)
        return 0;
    int named = 0;
    for (size_t k = 0; k < JX_ARRAY_LEN(org) && !named; k++) {
        size_t ol = strlen(org[k]);
        named = a.n > ol + 3 && !memcmp(a.s + a.n - ol, org[k], ol);
    }
    if (!named)
        return 0;
    /* "2024年2月", "2024年1月25日", "2024-02-18" */
    size_t i = 0, d = 0;
    while (i < b.n && b.s[i] >= '0' && b.s[i] <= '9')
        i++, d++;
    if (d != 4 || i >= b.n)
        return 0;
    cell rest = {b.s + i, b.n - i};
    return starts(rest, "年") || b.s[i] == '-' || b.s[i] == '.' || b.s[i] == '/';
}

/* One row of a table read by its header: 1 taken (or skipped), 2 the
 * table ends here (a total, 评价结论 …), 0 the row starts something else. */
static int gen_row(parser *p, const row *r)
{
    int f = first_nonempty(r);
    if (f < 0)
        return 1;
    int nne = count_nonempty(r);
    cell c0 = r->c[f];
    int tr = jx_vocab_trailer(c0.s, c0.n);
    if (tr == 1) {
        /* under project rows a total adds up funds, not points */
        if (p->gen_tab && !p->m.projrows)
            gen_total(p, r, f);
        return 2;
    }
    if (tr == 2) {
        /* "偏差原因分析及" / "改进措施": the rest of a header cell that
         * wrapped, not the 改进措施 that ends a table, when no indicator
         * has been read yet */
        const jx_table *t = p->gen_tab ? &p->d->tables[p->gen_tab - 1] : NULL;
        return t && !t->n && nne <= 2 ? 1 : 2;
    }
    if (nne <= 3 && page_marker_row(r)) {
        add_barrier(p, r->line);
        return 1;
    }
    if ((nne == 2 || nne == 3) && signature_row(r))
        return 2; /* "新兴县农业农村局  2024年2月": the unit signs, the table ended */
    colmap m2;
    if (read_header(p, r, &m2))
        return header_again(p, r, &m2);
    if (is_head_start(r) || is_code_line(r) || named_header(p, r))
        return 0;
    if (sub_header(p, r))
        return 1;
    if (nne >= 2 && column_words_row(p, r))
        return 1;
    if (nne == 1 && is_title(c0))
        return 0;
    if (label_row(p, r))
        return 1;
    int pr = project_row(p, r);
    if (pr >= 0)
        return pr;
    if (continues_explanation(p, r) || continues_values(p, r) || continues_points(p, r) ||
        continues_name(p, r))
        return 1;
    if (nne == 1) {
        /* one cell alone: a 一级/二级 label standing on its own line, a
         * name whose value was left empty, or text that is not an
         * indicator (a note, a lost fragment); in a table of column
         * groups, a value whose name is missing */
        char kind;
        const char *parent;
        if (!level_of(c0, &kind, &parent) && !lone_name(p, r, f) &&
            !(p->m.ngrp > 1 && group_of(&p->m, f, 2) >= 0) &&
            !(p->m.c[JX_COL_L3] >= 0 && target_in_name(c0) >= 9))
            return 1; /* (a name of three characters or more: not "预算10表") */
    }
    fields fl;
    int pos = read_fields(p, r, &fl);
    cell pj = at(r, p->m.c[JX_COL_PROJECT]);
    if (pj.n && p->d->ntables && !p->m.projrows) {
        jx_table *t = &p->d->tables[p->d->ntables - 1];
        if (t->n && (!t->name || !eq(pj, t->name))) {
            colmap m = p->m;
            gen_close(p);
            gen_open(p, &m, r->line, dup(p, pj));
        } else if (!t->name) {
            t->name = dup(p, pj);
        }
    }
    const char *o1 = p->l1, *o2 = p->l2;
    gen_levels(p, &fl);
    if (p->layout_src && fl.l1.n && !fl.l2.n && fl.l3.n && !p->l2 &&
        p->nmidl1 < (int)JX_ARRAY_LEN(p->midl1))
        p->midl1[p->nmidl1++] = r->line;
    if ((fl.l1.n || fl.l2.n) && p->nanchor < (int)JX_ARRAY_LEN(p->anchor)) {
        int h1 = p->l1 && p->l1 != o1 && !p->l1_inferred, h2 = p->l2 && p->l2 != o2;
        if (h1 || h2)
            p->anchor[p->nanchor++] =
                (struct anchor){r->line, p->l1, p->l2, (uint8_t)h1, (uint8_t)h2,
                                (uint8_t)p->l1_inferred, 0};
    }
    if (p->m.ngrp > 1)
        return emit_groups(p, r, &fl);
    if (!fl.l3.n && !fl.tv[0].n)
        return 1;
    if (is_placeholder_row(&fl)) {
        placeholder_row(p, r, &fl);
        return 1;
    }
    if (!fl.l3.n && nne == 1 && p->have_last)
        return 1; /* a lone value or sentence: the cell above went on */
    size_t nt = p->d->ntables, ni = nt ? p->d->tables[nt - 1].n : 0;
    if (!emit_pairs(p, r, &fl))
        gen_emit(p, r, &fl);
    if (!pos && p->columns_src && fl.l3col >= 0 && fl.l3col < name_col_min(p))
        mark_realigned(p, r, nt, ni);
    return 1;
}

/* A row of indicator cells with no header before it (a continuation page,
 * or a table whose header was lost): a 一级/二级 name, a name, a value. */
static int headless_row(const row *r)
{
    /* a level name first (the vocabulary is cheaper than a parse): most
     * rows outside tables have none, and their cells need no class */
    uint64_t lv = 0;
    char kind;
    const char *parent;
    for (int i = 0; i < r->n; i++)
        if (r->c[i].n && level_of(r->c[i], &kind, &parent))
            lv |= 1ull << i;
    if (!lv)
        return 0;
    int strong = 0, names = 0;
    for (int i = 0; i < r->n && !(strong && names); i++) {
        if (!r->c[i].n || (lv >> i & 1))
            continue;
        if (vclass(r->c[i]) == V_STRONG)
            strong++;
        else
            names++;
    }
    return strong && names;
}

static void headless_start(parser *p, const row *r)
{
    colmap m;
    if (p->have_map) {
        m = p->lastmap;
        jx_doc_notef(p->d, r->line, "continued-table",
                     "第 %d 行起的指标行前没有表头，按上一张表的列读取", r->line);
    } else {
        map_init(&m);
        m.c[JX_COL_L1] = 0;
        m.c[JX_COL_L2] = 1;
        m.c[JX_COL_L3] = 2;
        m.tcol[0] = 3;
        m.width = 4;
        jx_doc_notef(p->d, r->line, "no-header",
                     "第 %d 行起的指标行前没有表头，按「一级指标、二级指标、三级指标、指标值」推断",
                     r->line);
    }
    gen_open(p, &m, r->line, NULL);
}

/* ---- driver ---- */

static void dispatch(parser *p, const row *r)
{
    int nne = count_nonempty(r);
    if (nne == 0)
        return;
    colmap m;
    if (read_header(p, r, &m)) {
        gen_open(p, &m, r->line, NULL);
        return;
    }
    if (is_head_start(r) || (find_prefix(r, "项目支出绩效自评") >= 0)) {
        head_start(p, r);
        head_row(p, r);
        return;
    }
    int f = first_nonempty(r);
    if (nne == 1 && is_title(r->c[f])) {
        p->title = dup(p, r->c[f]);
        p->title_line = r->line;
        return;
    }
    if (p->st == S_HEAD) {
        head_row(p, r);
        return;
    }
    if (headless_row(r)) {
        headless_start(p, r);
        if (p->st == S_GEN && gen_row(p, r) != 1)
            gen_close(p);
    }
}

static void feed(parser *p, const row *r)
{
    switch (p->st) {
    case S_GEN: {
        int k = gen_row(p, r);
        if (k != 1) {
            gen_close(p);
            if (k == 0)
                dispatch(p, r);
        }
        return;
    }
    default:
        dispatch(p, r);
    }
}

/* A grid row as the state machine sees it: its first MAX_CELLS cells (a
 * text front end has folded the rest of a line into the last), trailing
 * empties dropped. */
static void take_row(row *r, const jx_grow *g)
{
    r->n = g->n < MAX_CELLS ? g->n : MAX_CELLS;
    r->line = g->line;
    for (int i = 0; i < r->n; i++) {
        r->c[i].s = g->c[i].s;
        r->c[i].n = g->c[i].n;
    }
    while (r->n > 0 && r->c[r->n - 1].n == 0)
        r->n--;
}

/* No table came out of the grid: say what was seen and what is missing. */
static void explain_empty(parser *p, const jx_grid *g)
{
    if (p->seen_header)
        jx_doc_notef(p->d, p->seen_header, "no-table",
                     "第 %d 行有表头（%d 个栏目），但其后没有读出任何指标行：指标行应有三级指标名称和指标值",
                     p->seen_header, p->seen_cells);
    else if (p->words_line)
        jx_doc_notef(p->d, p->words_line, "no-table",
                     "第 %d 行有「一级指标」「三级指标」等表头文字，但不成完整表头（缺少指标值或实际完成值一栏），或没能分出单元格（%s）",
                     p->words_line,
                     g->shape && !strcmp(g->shape, "lines")
                         ? "文字似乎连在一起，没有制表符、竖线或空格分隔"
                         : "单元格似乎以单个空格分隔或连在一起");
    else
        jx_doc_notef(p->d, 0, "no-table",
                     "没有找到表头（一级指标、二级指标、三级指标、指标值 等），也没有成行的一级/二级指标和指标值：这份文件可能不含绩效目标表（例如只有收支预算表）");
}

/* Office files: where a person finds each record ("x.xlsx!Sheet1!C12").
 * Called after each grid row i with what the document held before it
 * (nt tables, ni indicators in the last): the records this row made get
 * its position, at the cell of their 三级 name; a table started here gets
 * the nearest row above with its line (pdf lines restart on every page,
 * so the nearest one is the right page). */
static void place_row(jx_doc *d, const jx_grid *g, size_t i, size_t nt, size_t ni)
{
    const char *src = d->source ? d->source : "";
    const char *base = strrchr(src, '/');
    base = base ? base + 1 : src;
    const jx_grow *gr = &g->rows[i];
    char buf[200];
    for (size_t t = nt ? nt - 1 : 0; t < d->ntables; t++) {
        jx_table *tb = &d->tables[t];
        for (size_t k = i + 1; k-- > 0 && !tb->pos && t >= nt;)
            if (g->rows[k].line == tb->line) {
                jx_grid_pos(g, &g->rows[k], 0, buf, sizeof buf);
                tb->pos = jx_arena_printf(&d->arena, "%s!%s", base, buf);
            }
        for (size_t j = (nt && t == nt - 1) ? ni : 0; j < tb->n; j++) {
            jx_indicator *x = &tb->ind[j];
            if (x->pos || x->line != gr->line)
                continue;
            int col = -1;
            for (int c = 0; c < gr->n && col < 0 && x->level3; c++)
                if (gr->c[c].n && !strncmp(gr->c[c].s, x->level3, strlen(x->level3)))
                    col = c;
            jx_grid_pos(g, gr, col, buf, sizeof buf);
            x->pos = jx_arena_printf(&d->arena, "%s!%s", base, buf);
        }
    }
}

/* JIXIAO_DEBUG_GRID=1 prints the grid a reader made, for whoever writes
 * a reader or a fixture; every reader's grid passes here. */
static void debug_grid(const jx_grid *g)
{
    const char *e = getenv("JIXIAO_DEBUG_GRID");
    if (!e || !*e)
        return;
    fprintf(stderr, "grid %s shape=%s rows=%zu\n", g->name ? g->name : "-",
            g->shape ? g->shape : "-", g->nrows);
    for (size_t i = 0; i < g->nrows; i++) {
        fprintf(stderr, "%4d:", g->rows[i].line);
        for (int c = 0; c < g->rows[i].n; c++)
            fprintf(stderr, " [%s]", g->rows[i].c[c].s);
        fputc('\n', stderr);
    }
}

int jx_interpret_grid(jx_doc *d, const jx_grid *g, jx_error *err)
{
    debug_grid(g);
    parser *p = calloc(1, sizeof *p);
    if (!p)
        return jx_fail(err, JX_ENOMEM, NULL, 0, 0, "内存不足");
    p->d = d;
    p->err = err;
    p->columns_src = (g->source != JX_GRID_TEXT && g->source != JX_GRID_PDF) ||
                     (g->shape && (!strcmp(g->shape, "tab") || !strcmp(g->shape, "csv")));
    p->pipe_src = g->source == JX_GRID_TEXT && g->shape && !strcmp(g->shape, "pipe");
    p->layout_src = g->source == JX_GRID_PDF ||
                    (g->source == JX_GRID_TEXT && g->shape && !strcmp(g->shape, "spaces"));
    row *r = malloc(sizeof *r);
    if (!r) {
        free(p);
        return jx_fail(err, JX_ENOMEM, NULL, 0, 0, "内存不足");
    }
    size_t t0 = d->ntables, n0 = t0 ? d->tables[t0 - 1].n : 0;
    p->g = g;
    for (size_t i = 0; i < g->nrows && !p->rc; i++) {
        p->gi = i;
        take_row(r, &g->rows[i]);
        p->cur = r;
        p->gh = -1;
        p->hb_ok = 0;
        if (r->n == 0)
            continue;
        facts(p, r);
        period_labels(p, r);
        if (!p->seen_header) {
            colmap m;
            if (gen_header_at(p, r, &m) || named_header(p, r)) {
                p->seen_header = r->line;
                p->seen_cells = count_nonempty(r);
            } else if (!p->words_line) {
                /* (a cell without the characters has no header word) */
                int hw = 0;
                const uint8_t *hb = cur_head_bits(p);
                for (int c = 0; c < r->n && hw < 2 && (p->hb_all & (HB_WORD | HB_LONG)); c++)
                    if (hb[c] & (HB_WORD | HB_LONG))
                        hw += jx_vocab_header_words(r->c[c].s, r->c[c].n);
                if (hw >= 2)
                    p->words_line = r->line;
            }
        }
        size_t nt = d->ntables, ni = nt ? d->tables[nt - 1].n : 0;
        feed(p, r);
        if (g->source != JX_GRID_TEXT)
            place_row(d, g, i, nt, ni);
        p->above[1] = p->above[0];
        p->above[0] = i;
        p->nabove += p->nabove < 2;
    }
    if (p->st == S_GEN)
        gen_close(p);
    int rc = p->rc;
    size_t found = 0;
    for (size_t t = t0; t < d->ntables; t++)
        found += d->tables[t].n;
    if (!rc && !found && (t0 == 0 || d->tables[t0 - 1].n == n0))
        explain_empty(p, g);
    if (!rc && found && g->wrapped)
        jx_doc_notef(d, g->wrapped_line, "joined-name",
                     "第 %d 行起有 %d 处折行的单元格文字（名称、说明、评分标准的下半行或上半行）"
                     "已接回它所在的行：表格在 PDF 中按垂直居中排版，一行占了几行文字；请对照原件核对",
                     g->wrapped_line, g->wrapped);
    if (!rc && found && g->ocr_fixed)
        jx_doc_notef(d, g->ocr_line, "ocr-repaired",
                     "文字疑似由扫描件识别（OCR）而来：全文没有「≥」「≤」，却有「295%%」这样超过 200%% 的比率，"
                     "因此把指标值开头的「2」读作「≥」、名称末尾的「S」读作「≤」，共 %d 处；请对照原件核对",
                     g->ocr_fixed);
    free(r);
    free(p);
    return rc;
}

int jx_read_text(jx_doc *d, char *data, size_t len, jx_error *err)
{
    jx_grids gs = {0};
    int rc = jx_grid_from_text(&gs, data, len, err);
    for (size_t i = 0; !rc && i < gs.n; i++)
        rc = jx_interpret_grid(d, gs.g[i], err);
    jx_grids_free(&gs);
    return rc;
}
