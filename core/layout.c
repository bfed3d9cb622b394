/*
 * layout.c - reads the 绩效目标 tables out of text extracted from PDF or
 * Word (cells split by TAB), the four layouts of domain.md §5:
 *
 *   department  一级/二级/三级/指标值/指标解释/指标说明
 *   wide        project rows: code, name, funds, then 产出/效益/满意度
 *               (三级, 指标值) pairs side by side
 *   form        预算10表: header fields, then 实施期 and 年度 groups
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

#include <math.h>
#include <stdlib.h>

#define MAX_CELLS 48

typedef struct cell {
    const char *s;
    size_t n;
} cell;

typedef struct row {
    cell c[MAX_CELLS];
    int n;    /* cells, trailing empties dropped */
    int line; /* 1-based */
} row;

enum state { S_NONE, S_DEPT, S_WIDE, S_HEAD, S_FORM, S_SELF };

typedef struct parser {
    jx_doc *d;
    jx_error *err;
    enum state st;
    int rc;
    /* department */
    int hoff;
    const char *l1, *l2; /* inherited, arena strings */
    jx_indicator *last;  /* for continuation rows; index below */
    size_t last_table, last_ind;
    int have_last;
    /* wide */
    int code_col, name_col, fund_col[3];
    int npairs, pair_name[4], pair_val[4];
    const char *pair_l1[4];
    int in_project;
    /* header fields of a form / self-evaluation table */
    const char *h_name, *h_dept, *h_unit, *h_code;
    double h_total[2], h_fiscal[2], h_other[2];
    jx_execution h_exec;
    int h_line;
    int exec_next; /* the next row carries the execution numbers */
    /* form / self columns */
    int g_l1, g_l2[2], g_l3[2], g_v[2], ngroups;
    int s_actual, s_points, s_score, s_dev, s_op, s_unit;
    const char *gl2[2];
    /* previous non-empty rows (wide header labels) */
    row prev;
    int have_prev;
} parser;

/* ---- cells ---- */

static int eq(cell c, const char *w)
{
    size_t n = strlen(w);
    return c.n == n && !memcmp(c.s, w, n);
}

static int starts(cell c, const char *w)
{
    size_t n = strlen(w);
    return c.n >= n && !memcmp(c.s, w, n);
}

static int has(cell c, const char *w)
{
    size_t n = strlen(w);
    for (size_t i = 0; i + n <= c.n; i++)
        if (!memcmp(c.s + i, w, n))
            return 1;
    return 0;
}

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

static enum vclass vclass(cell c)
{
    if (!c.n)
        return V_EMPTY;
    jx_value v;
    jx_error e;
    if (jx_value_parse(c.s, c.n, &v, &e) != JX_OK)
        return V_NAME;
    switch (v.kind) {
    case JX_V_PLACEHOLDER: return V_STRONG;
    case JX_V_QUANT:
        if (v.t[0].off == 0 && v.t[0].subj_len == 0 &&
            (!v.t[0].implied || v.t[0].unit[0]))
            return V_STRONG;
        /* "医保信息集中一体化率100%": a phrase with a number in it */
        return v.t[0].implied && !v.t[0].unit[0] ? V_NAME : V_MIXED;
    case JX_V_QUAL: return cps(c) <= 4 ? V_WEAK : V_NAME;
    case JX_V_TIME: return cps(c) <= 6 ? V_WEAK : V_NAME;
    default: return V_NAME;
    }
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
    if (!d->unit) {
        int k = find_prefix(r, "部门（单位）");
        if (k < 0)
            k = find_prefix(r, "部门(单位)");
        if (k >= 0) {
            cell c = r->c[k];
            size_t skip = starts(c, "部门（单位）") ? strlen("部门（单位）")
                                                 : strlen("部门(单位)");
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
static const char *clean_name(parser *p, cell c)
{
    if (!c.n)
        return NULL;
    char *s = jx_doc_strndup(p->d, c.s, c.n);
    if (!s)
        return NULL;
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
    return s;
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
    return find(r, "绩效指标", 0) >= 0 && find(r, "一级指标", 0) >= 0 &&
           find(r, "三级指标", 0) >= 0 && !is_self_header(r);
}

static int is_wide_header(const row *r)
{
    return find(r, "资金总额", 0) >= 0 && find(r, "三级指标", 0) >= 0 &&
           find(r, "指标值", 0) >= 0;
}

static int is_head_start(const row *r)
{
    int f = first_nonempty(r);
    return f >= 0 && (eq(r->c[f], "项目名称") || starts(r->c[f], "项目名称：") ||
                      starts(r->c[f], "项目名称:"));
}

/* ---- department table ---- */

static void dept_start(parser *p, const row *r)
{
    jx_table *t = jx_doc_add_table(p->d, JX_TABLE_DEPARTMENT,
                                   JX_LAYOUT_DEPARTMENT, r->line);
    if (!t) {
        p->rc = jx_fail(p->err, JX_ENOMEM, NULL, r->line, 0, "内存不足");
        return;
    }
    t->name = p->d->unit;
    p->st = S_DEPT;
    p->hoff = find(r, "一级指标", 0);
    p->l1 = p->l2 = NULL;
    p->have_last = 0;
}

static double dept_fit(const row *r, int d, int hoff)
{
    int f = first_nonempty(r);
    if (f < d)
        return -100;
    enum vclass c1 = vclass(at(r, d)), c2 = vclass(at(r, d + 1)),
                c3 = vclass(at(r, d + 2)), cv = vclass(at(r, d + 3));
    double s = 0;
    s += c3 == V_NAME ? 2 : c3 == V_MIXED ? 1.5 : -3;
    s += cv != V_NAME ? 1 : 0;
    if (c1 == V_STRONG || c2 == V_STRONG)
        s -= 5;
    if (d == hoff)
        s += 0.5;
    return s;
}

static void set_levels(parser *p, cell c1, cell c2)
{
    if (c1.n) {
        p->l1 = clean_name(p, c1);
        p->l2 = c2.n ? clean_name(p, c2) : NULL;
    } else if (c2.n) {
        p->l2 = clean_name(p, c2);
    }
}

static void dept_row(parser *p, const row *r)
{
    int f = first_nonempty(r);
    if (f < 0)
        return;
    if (is_dept_header(r)) {
        p->hoff = find(r, "一级指标", 0);
        return; /* repeated after a page break */
    }
    cell none = {"", 0};
    if (f >= p->hoff + 4 || (f >= 4 && count_nonempty(r) == 1 && p->have_last &&
                             f > 2)) {
        append_explanation(p, r, f);
        return;
    }
    int cand[3] = {p->hoff, 0, 1};
    int best_d = -1;
    double best = -1e9;
    for (int k = 0; k < 3; k++) {
        int d = cand[k];
        if (k && d == p->hoff)
            continue;
        double s = dept_fit(r, d, p->hoff);
        if (s > best) {
            best = s;
            best_d = d;
        }
    }
    if (best > 0) {
        int d = best_d;
        set_levels(p, at(r, d), at(r, d + 1));
        emit(p, r->line, p->l1, p->l2, at(r, d + 2), at(r, d + 3), at(r, d + 4),
             at(r, d + 5));
        return;
    }
    /* The row lost cells: anchor on the first cell that is surely a value. */
    int v = -1;
    for (int i = f; i < r->n; i++)
        if (r->c[i].n && vclass(r->c[i]) == V_STRONG) {
            v = i;
            break;
        }
    cell names[3];
    int nn = 0;
    cell val = none, e1 = none, e2 = none;
    if (v >= 0) {
        for (int i = v - 1; i >= 0 && nn < 3; i--)
            if (r->c[i].n)
                names[nn++] = r->c[i];
        val = r->c[v];
        int j = next_nonempty(r, v + 1);
        if (j >= 0) {
            e1 = r->c[j];
            int k = next_nonempty(r, j + 1);
            if (k >= 0)
                e2 = r->c[k];
        }
        if (nn == 0) {
            /* only a placeholder on the row: keep it, say so */
            jx_indicator *ph = emit1(p, r->line, p->l1, p->l2, val, val, e1, e2);
            if (ph) {
                ph->note = "该行只有占位符，没有指标名称和指标值";
                jx_doc_notef(p->d, r->line, "placeholder-row",
                             "该行只有占位符「%.*s」，没有指标名称和指标值", (int)val.n,
                             val.s);
            }
            return;
        }
    } else {
        for (int i = r->n - 1; i >= 0 && nn < 3; i--)
            if (r->c[i].n)
                names[nn++] = r->c[i];
        if (nn == 3) {
            /* no sure value and three names: take the table's columns */
            int d = best_d < 0 ? p->hoff : best_d;
            set_levels(p, at(r, d), at(r, d + 1));
            emit(p, r->line, p->l1, p->l2, at(r, d + 2), at(r, d + 3),
                 at(r, d + 4), at(r, d + 5));
            return;
        }
    }
    /* names[0] is the 三级, names[1] the 二级, names[2] the 一级 */
    if (nn >= 3)
        set_levels(p, names[2], names[1]);
    else if (nn == 2)
        set_levels(p, none, names[1]);
    jx_indicator *ind =
        emit(p, r->line, p->l1, p->l2, names[0], val, e1, e2);
    if (ind && !ind->split) {
        ind->realigned = 1;
        ind->note = jx_arena_printf(&p->d->arena,
                                    "原行单元格错位（缺少前导单元格），已按指标值位置对齐：三级指标「%s」，指标值「%s」",
                                    ind->level3, ind->target_raw);
        jx_doc_notef(p->d, r->line, "realigned", "%s", ind->note);
    }
}

/* ---- wide project table ---- */

static int is_code(cell c, int *dash)
{
    if (!c.n)
        return 0;
    *dash = 0;
    for (size_t i = 0; i < c.n; i++) {
        if (c.s[i] == '-') {
            if (i == 0 || i + 1 == c.n || c.s[i - 1] == '-')
                return 0;
            (*dash)++;
        } else if (c.s[i] < '0' || c.s[i] > '9') {
            return 0;
        }
    }
    return 1;
}

static void wide_start(parser *p, const row *r)
{
    p->st = S_WIDE;
    p->in_project = 0;
    p->fund_col[0] = find(r, "资金总额", 0);
    p->fund_col[1] = find(r, "财政性资金", 0);
    if (p->fund_col[1] < 0)
        p->fund_col[1] = find(r, "财政拨款", 0);
    p->fund_col[2] = find(r, "其他资金", 0);
    p->code_col = 0;
    p->name_col = 1;
    p->npairs = 0;
    int from = 0;
    while (p->npairs < 4) {
        int a = find(r, "三级指标", from);
        if (a < 0)
            break;
        int b = find(r, "指标值", a + 1);
        if (b < 0)
            break;
        p->pair_name[p->npairs] = a;
        p->pair_val[p->npairs] = b;
        /* the 一级 label stands above the pair, in an earlier header row */
        const char *l1 = NULL;
        if (p->have_prev) {
            cell lab = at(&p->prev, a);
            if (!lab.n)
                lab = at(&p->prev, b);
            if (lab.n)
                l1 = dup(p, lab);
        }
        p->pair_l1[p->npairs] = l1;
        p->npairs++;
        from = b + 1;
    }
}

static int l1_rank(parser *p, const char *l1)
{
    for (int k = 0; k < p->npairs; k++)
        if (p->pair_l1[k] == l1)
            return k;
    return p->npairs;
}

static void wide_close_project(parser *p)
{
    if (!p->in_project || !p->d->ntables)
        return;
    /* group indicators by column pair (产出, 效益, 满意度), keeping rows */
    jx_table *t = &p->d->tables[p->d->ntables - 1];
    for (size_t i = 1; i < t->n; i++) {
        jx_indicator x = t->ind[i];
        int rk = l1_rank(p, x.level1);
        size_t j = i;
        while (j > 0 && l1_rank(p, t->ind[j - 1].level1) > rk) {
            t->ind[j] = t->ind[j - 1];
            j--;
        }
        t->ind[j] = x;
    }
    /* values point into the arena, so moving records is safe */
    p->in_project = 0;
    p->have_last = 0;
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

static int wide_row(parser *p, const row *r)
{
    int f = first_nonempty(r);
    if (f < 0)
        return 1;
    cell code = at(r, p->code_col);
    int dash;
    if (code.n) {
        if (!is_code(code, &dash))
            return 0;
        if (!dash) {
            /* a unit's total row (312, 312001): funds only */
            wide_close_project(p);
            return 1;
        }
        wide_close_project(p);
        jx_table *t =
            jx_doc_add_table(p->d, JX_TABLE_PROJECT, JX_LAYOUT_WIDE, r->line);
        if (!t) {
            p->rc = jx_fail(p->err, JX_ENOMEM, NULL, r->line, 0, "内存不足");
            return 1;
        }
        t->code = dup(p, code);
        t->name = dup(p, at(r, p->name_col));
        t->department = p->d->unit;
        funds_cell(p, r, p->fund_col[0], &t->funds.total, "资金总额");
        funds_cell(p, r, p->fund_col[1], &t->funds.fiscal, "财政性资金");
        funds_cell(p, r, p->fund_col[2], &t->funds.other, "其他资金");
        p->in_project = 1;
    } else {
        if (!p->in_project || (p->npairs && f < p->pair_name[0]))
            return 0;
    }
    /* the indicator each pair emitted on this row, by index (+1; 0 none):
     * a later pair's add may move the table's array */
    size_t row_last[4] = {0};
    for (int k = 0; k < p->npairs; k++) {
        cell name = at(r, p->pair_name[k]), val = at(r, p->pair_val[k]);
        cell none = {"", 0};
        if (name.n) {
            if (emit(p, r->line, p->pair_l1[k], NULL, name, val, none, none))
                row_last[k] = p->last_ind + 1;
            continue;
        }
        if (!val.n)
            continue;
        /* a value without a name: it slid right from a name on this row
         * that has no value */
        int moved = 0;
        for (int j = k - 1; j >= 0 && !moved; j--) {
            jx_indicator *x = row_last[j] ? last_ind(p, p->d->ntables - 1, row_last[j] - 1)
                                          : NULL;
            if (x && !x->target_raw[0]) {
                if (jx_doc_set_target(p->d, x, val.s, val.n, p->err)) {
                    p->rc = JX_ENOMEM;
                    return 1;
                }
                x->realigned = 1;
                x->note = jx_arena_printf(&p->d->arena,
                                          "指标值「%.*s」原在「%s」列，无指标名称，已归入同行左侧缺少指标值的「%s」",
                                          (int)val.n, val.s,
                                          p->pair_l1[k] ? p->pair_l1[k] : "?", x->level3);
                jx_doc_notef(p->d, r->line, "realigned", "%s", x->note);
                moved = 1;
            }
        }
        if (!moved)
            jx_doc_notef(p->d, r->line, "orphan-value",
                         "「%s」列有指标值「%.*s」但没有指标名称，未能归属，已忽略",
                         p->pair_l1[k] ? p->pair_l1[k] : "?", (int)val.n, val.s);
    }
    return 1;
}

/* ---- project form (预算10表) and self-evaluation header fields ---- */

static void head_start(parser *p, const row *r)
{
    p->st = S_HEAD;
    p->h_name = p->h_dept = p->h_unit = p->h_code = NULL;
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
            for (int i = 0; i < nv; i++)
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
    p->gl2[0] = p->gl2[1] = NULL;
    p->have_last = 0;
    return t;
}

static void form_start(parser *p, const row *r)
{
    if (!head_table(p, JX_LAYOUT_FORM, r->line))
        return;
    p->st = S_FORM;
    p->g_l1 = find(r, "一级指标", 0);
    p->ngroups = 0;
    int from = p->g_l1 + 1;
    for (int g = 0; g < 2; g++) {
        int a = find(r, "二级指标", from), b = find(r, "三级指标", from),
            c = find(r, "指标值", from);
        if (a < 0 || b < 0 || c < 0)
            break;
        p->g_l2[g] = a;
        p->g_l3[g] = b;
        p->g_v[g] = c;
        p->ngroups++;
        from = c + 1;
    }
}

static int form_row(parser *p, const row *r)
{
    int f = first_nonempty(r);
    if (f < 0)
        return 1;
    if (is_form_header(r))
        return 1;
    if (f < p->g_l1 && !eq(r->c[f], "绩效指标"))
        return 0;
    if (is_head_start(r))
        return 0;
    static const char *const period[2] = {"实施期", "年度"};
    cell l1 = at(r, p->g_l1);
    if (l1.n) {
        p->l1 = clean_name(p, l1);
        p->gl2[0] = p->gl2[1] = NULL;
    }
    for (int g = 0; g < p->ngroups; g++) {
        cell l2 = at(r, p->g_l2[g]), l3 = at(r, p->g_l3[g]), v = at(r, p->g_v[g]);
        if (l2.n)
            p->gl2[g] = clean_name(p, l2);
        if (!l3.n && !v.n)
            continue;
        cell none = {"", 0};
        jx_indicator *ind = emit(p, r->line, p->l1, p->gl2[g], l3, v, none, none);
        if (ind && p->ngroups > 1)
            ind->period = period[g];
    }
    return 1;
}

/* ---- self-evaluation table ---- */

static int find_any(const row *r, const char *const *names)
{
    for (; *names; names++) {
        int k = find(r, *names, 0);
        if (k >= 0)
            return k;
    }
    return -1;
}

static void self_start(parser *p, const row *r)
{
    if (!head_table(p, JX_LAYOUT_SELFEVAL, r->line))
        return;
    p->st = S_SELF;
    static const char *const target[] = {"年度指标值", "指标值", NULL};
    static const char *const actual[] = {"实际完成值", "全年实际值", "实际完成情况", NULL};
    p->g_l1 = find(r, "一级指标", 0);
    p->g_l2[0] = find(r, "二级指标", 0);
    p->g_l3[0] = find(r, "三级指标", 0);
    p->g_v[0] = find_any(r, target);
    p->s_actual = find_any(r, actual);
    if (p->s_actual < 0)
        p->s_actual = find_prefix(r, "实际完成");
    p->s_points = find(r, "分值", 0);
    p->s_score = find(r, "得分", 0);
    p->s_dev = find_prefix(r, "偏差原因");
    p->s_op = find(r, "指标性质", 0);
    p->s_unit = find(r, "度量单位", 0);
}

/* "产出指标（50分）" -> "产出指标"; "(50分)" -> "" */
static cell strip_points(cell c)
{
    for (size_t i = 0; i < c.n; i++) {
        size_t ol = 0;
        if (c.s[i] == '(')
            ol = 1;
        else if (i + 3 <= c.n && !memcmp(c.s + i, "（", 3))
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

static int self_row(parser *p, const row *r)
{
    int f = first_nonempty(r);
    if (f < 0)
        return 1;
    jx_table *t = &p->d->tables[p->d->ntables - 1];
    if (eq(r->c[f], "总分") || eq(r->c[f], "合计") || starts(r->c[f], "总分")) {
        /* "总分 | 100 | 94.5": 分值 then 得分; the 得分 is the last number */
        int j = next_nonempty(r, f + 1);
        double x;
        while (j >= 0) {
            if (jx_parse_amount(r->c[j].s, r->c[j].n, &x) && !isnan(x))
                t->total_printed = x;
            j = next_nonempty(r, j + 1);
        }
        return 0;
    }
    if (is_self_header(r))
        return 1;
    if (is_head_start(r) || is_dept_header(r) || is_wide_header(r))
        return 0;
    cell c1 = strip_points(at(r, p->g_l1)), c2 = at(r, p->g_l2[0]);
    int l1_given = at(r, p->g_l1).n > 0;
    if (l1_given) {
        p->l1 = c1.n ? clean_name(p, c1) : NULL;
        p->l2 = c2.n ? clean_name(p, c2) : NULL;
    } else if (c2.n) {
        p->l2 = clean_name(p, c2);
    }
    cell l3 = at(r, p->g_l3[0]);
    cell v = at(r, p->g_v[0]);
    if (!l3.n && !v.n)
        return 1;
    cell none = {"", 0};
    jx_indicator *ind;
    if (p->s_op >= 0 || p->s_unit >= 0) {
        /* Sichuan: 指标性质 (≥ ≤ =) and 度量单位 in their own columns */
        cell op = at(r, p->s_op), un = at(r, p->s_unit);
        /* 指标性质 is a comparison (≥ ≤ =) or a word (定性, 定量) */
        if (op.n && !(op.n <= 3 && (eq(op, "≥") || eq(op, "≤") || eq(op, "=") || eq(op, ">") ||
                                     eq(op, "<") || eq(op, "＞") || eq(op, "＜") || eq(op, "≈") ||
                                     eq(op, "＝"))))
            op.n = 0;
        char buf[512];
        int n = snprintf(buf, sizeof buf, "%.*s%.*s%.*s", (int)op.n, op.s,
                         (int)v.n, v.s, (int)un.n, un.s);
        cell joined = {buf, n > 0 && (size_t)n < sizeof buf ? (size_t)n : 0};
        ind = emit1(p, r->line, p->l1, p->l2, l3, joined, none, none);
    } else {
        ind = emit1(p, r->line, p->l1, p->l2, l3, v, none, none);
    }
    if (!ind)
        return 1;
    cell a = at(r, p->s_actual), pt = at(r, p->s_points), sc = at(r, p->s_score),
         dv = at(r, p->s_dev);
    if (p->s_actual >= 0)
        ind->actual_raw = a.n ? dup(p, a) : "";
    double x;
    if (pt.n) {
        if (jx_parse_amount(pt.s, pt.n, &x))
            ind->points = x;
        else
            jx_doc_notef(p->d, r->line, "bad-number", "「分值」不是数字：%.*s",
                         (int)pt.n, pt.s);
    }
    if (sc.n) {
        if (jx_parse_amount(sc.s, sc.n, &x))
            ind->score = x;
        else
            jx_doc_notef(p->d, r->line, "bad-number", "「得分」不是数字：%.*s",
                         (int)sc.n, sc.s);
    }
    if (dv.n)
        ind->deviation = dup(p, dv);
    return 1;
}

/* ---- driver ---- */

static void dispatch(parser *p, const row *r)
{
    if (count_nonempty(r) == 0)
        return;
    if (is_form_header(r)) {
        if (p->st != S_HEAD)
            head_start(p, r);
        form_start(p, r);
        return;
    }
    if (is_self_header(r)) {
        if (p->st != S_HEAD)
            head_start(p, r);
        self_start(p, r);
        return;
    }
    if (is_wide_header(r)) {
        wide_start(p, r);
        return;
    }
    if (is_dept_header(r)) {
        dept_start(p, r);
        return;
    }
    if (is_head_start(r) || (find_prefix(r, "项目支出绩效自评") >= 0)) {
        head_start(p, r);
        head_row(p, r);
        return;
    }
    if (p->st == S_HEAD)
        head_row(p, r);
}

static void feed(parser *p, const row *r)
{
    switch (p->st) {
    case S_DEPT: {
        int f = first_nonempty(r);
        if (f < 0)
            return;
        int single = count_nonempty(r) == 1 && f == 0 && r->n == 1;
        if (single || is_form_header(r) || is_self_header(r) ||
            is_wide_header(r) || is_head_start(r)) {
            p->st = S_NONE;
            dispatch(p, r);
            return;
        }
        dept_row(p, r);
        return;
    }
    case S_WIDE:
        if (!wide_row(p, r)) {
            wide_close_project(p);
            p->st = S_NONE;
            dispatch(p, r);
        }
        return;
    case S_FORM:
        if (!form_row(p, r)) {
            p->st = S_NONE;
            dispatch(p, r);
        }
        return;
    case S_SELF:
        if (!self_row(p, r)) {
            int f = first_nonempty(r);
            p->st = S_NONE;
            if (f >= 0 && !starts(r->c[f], "总分") && !eq(r->c[f], "合计"))
                dispatch(p, r);
        }
        return;
    default:
        dispatch(p, r);
    }
}

/* A grid row as the state machine sees it: at most MAX_CELLS cells (the
 * overflow folded into the last), trailing empties dropped. */
static void take_row(row *r, const jx_grow *g)
{
    r->n = 0;
    r->line = g->line;
    for (int i = 0; i < g->n; i++) {
        if (r->n < MAX_CELLS) {
            r->c[r->n].s = g->c[i].s;
            r->c[r->n].n = g->c[i].n;
            r->n++;
        } else if (g->c[i].n) {
            cell *l = &r->c[MAX_CELLS - 1];
            const char *e = g->c[i].s + g->c[i].n;
            if (e > l->s && (size_t)(e - l->s) < (1u << 20))
                l->n = (size_t)(e - l->s);
        }
    }
    while (r->n > 0 && r->c[r->n - 1].n == 0)
        r->n--;
}

int jx_interpret_grid(jx_doc *d, const jx_grid *g, jx_error *err)
{
    parser *p = calloc(1, sizeof *p);
    if (!p)
        return jx_fail(err, JX_ENOMEM, NULL, 0, 0, "内存不足");
    p->d = d;
    p->err = err;
    row *r = malloc(sizeof *r);
    if (!r) {
        free(p);
        return jx_fail(err, JX_ENOMEM, NULL, 0, 0, "内存不足");
    }
    for (size_t i = 0; i < g->nrows && !p->rc; i++) {
        take_row(r, &g->rows[i]);
        if (r->n == 0)
            continue;
        facts(p, r);
        feed(p, r);
        if (count_nonempty(r) > 0) {
            p->prev = *r;
            p->have_prev = 1;
        }
    }
    if (p->st == S_WIDE)
        wide_close_project(p);
    int rc = p->rc;
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
