/*
 * records.c - structured input: CSV/TSV exported from Excel or WPS (a
 * header row naming the columns in Chinese or in jixiao's field names),
 * and JSON or YAML in jixiao's record schema (the output of `jixiao
 * parse --format json`, or an actuals list).  YAML is read with libyaml
 * into the same tree cJSON gives, so both share one reader.
 */
#include "doc_int.h"
#include "grid.h"
#include "read/read.h"
#include "vocab.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <stdlib.h>
#include <yaml.h>

/* ---- shared: find or open the table a record belongs to ---- */

/* The map key of a table: its kind, then its code when it has one, else
 * its name (a record with a code never joins a table without one, and
 * the reverse).  Built in buf when it fits, else in the arena. */
static char *table_key(jx_doc *d, jx_table_kind kind, const char *code,
                       const char *name, char *buf, size_t size, size_t *klen)
{
    const char *s = code ? code : name ? name : "";
    size_t n = strlen(s);
    char *k = n + 3 <= size ? buf : jx_arena_alloc(&d->arena, n + 3);
    if (!k)
        return NULL;
    k[0] = kind == JX_TABLE_DEPARTMENT ? 'd' : 'p';
    k[1] = code ? 'c' : name ? 'n' : '-';
    memcpy(k + 2, s, n + 1);
    *klen = n + 2;
    return k;
}

/* The table a record belongs to, by a hash map: records of one project
 * may come in any order (and 100 000 projects must not take a scan
 * each).  Tables stay in the order they first appear; *ti is the index
 * to add indicators to.  NULL on ENOMEM. */
static jx_table *table_for(jx_doc *d, jx_table_kind kind, const char *code,
                           const char *name, int line, size_t *ti)
{
    char buf[256];
    size_t klen, i;
    char *key = table_key(d, kind, code, name, buf, sizeof buf, &klen);
    if (!key)
        return NULL;
    if (jx_map_get(&d->tmap, key, klen, &i)) {
        jx_table *t = &d->tables[i];
        if (code && name && !t->name)
            t->name = jx_doc_strdup(d, name);
        *ti = i;
        return t;
    }
    /* the map keeps the key's pointer: into the arena with it */
    if (key == buf && !(key = jx_doc_strndup(d, buf, klen)))
        return NULL;
    jx_table *t = jx_doc_add_table(d, kind, JX_LAYOUT_RECORDS, line);
    if (!t)
        return NULL;
    t->code = jx_doc_strdup(d, code);
    t->name = jx_doc_strdup(d, name);
    if ((code && !t->code) || (name && !t->name) ||
        jx_map_put(&d->tmap, key, klen, d->ntables - 1) < 0)
        return NULL;
    *ti = d->ntables - 1;
    return t;
}

static jx_table_kind kind_of(const char *s)
{
    if (s && (!strcmp(s, "department") || strstr(s, "部门") || strstr(s, "整体")))
        return JX_TABLE_DEPARTMENT;
    return JX_TABLE_PROJECT;
}

/* ---- CSV ---- */

/* The table of the record before: the records of a project come one
 * after another, and its key need not be built and looked up again. */
typedef struct last_table {
    int ok;
    jx_table_kind kind;
    const char *code, *name;
    size_t ti;
} last_table;

static int same_str(const char *a, const char *b)
{
    return a == b || (a && b && !strcmp(a, b));
}

/* table_for, the table of the record before when it is the same. */
static jx_table *table_again(jx_doc *d, last_table *last, jx_table_kind kind,
                             const char *code, const char *name, int line, size_t *ti)
{
    if (last->ok && last->kind == kind && same_str(last->code, code) &&
        same_str(last->name, name)) {
        *ti = last->ti;
        return &d->tables[*ti];
    }
    jx_table *t = table_for(d, kind, code, name, line, ti);
    if (t)
        *last = (last_table){1, kind, code, name, *ti};
    return t;
}

enum col {
    C_NONE, C_KIND, C_CODE, C_NAME, C_DEPT, C_L1, C_L2, C_L3, C_PERIOD,
    C_TARGET, C_EXPL, C_ACTUAL, C_POINTS, C_SCORE, C_DEV, C_TOTAL, C_FISCAL,
    C_OTHER, C_INITIAL, C_BUDGET, C_ADJUSTED, C_EXECUTED, C_L2INF, C_CUR, C_PREV, C_NCOLS
};

static const struct {
    const char *name;
    enum col col;
} headers[] = {
    {"表类型", C_KIND}, {"类型", C_KIND}, {"table", C_KIND},
    {"项目编码", C_CODE}, {"项目代码", C_CODE}, {"编码", C_CODE}, {"code", C_CODE},
    {"项目名称", C_NAME}, {"名称", C_NAME}, {"name", C_NAME},
    {"主管部门", C_DEPT}, {"单位名称", C_DEPT}, {"department", C_DEPT},
    {"一级指标", C_L1}, {"level1", C_L1},
    {"二级指标", C_L2}, {"level2", C_L2},
    {"level2_inferred", C_L2INF},
    {"三级指标", C_L3}, {"level3", C_L3},
    {"期间", C_PERIOD}, {"period", C_PERIOD},
    {"指标值", C_TARGET}, {"年度指标值", C_TARGET}, {"目标值", C_TARGET},
    {"target", C_TARGET},
    {"指标解释", C_EXPL}, {"指标说明", C_EXPL}, {"explanation", C_EXPL},
    {"实际完成值", C_ACTUAL}, {"全年实际值", C_ACTUAL}, {"actual", C_ACTUAL},
    {"分值", C_POINTS}, {"权重", C_POINTS}, {"points", C_POINTS},
    {"得分", C_SCORE}, {"score", C_SCORE},
    {"偏差原因分析及改进措施", C_DEV}, {"偏差原因", C_DEV}, {"deviation", C_DEV},
    {"资金总额", C_TOTAL}, {"财政性资金", C_FISCAL}, {"财政拨款", C_FISCAL},
    {"其他资金", C_OTHER},
    {"年初预算数", C_INITIAL}, {"全年预算数", C_BUDGET}, {"调整后预算数", C_ADJUSTED},
    {"全年执行数", C_EXECUTED},
    /* a 变动率 indicator's inputs (the template's last two columns) */
    {"本年数", C_CUR}, {"current", C_CUR},
    {"上年数", C_PREV}, {"上年数（或上年实际）", C_PREV}, {"上年实际", C_PREV},
    {"上年实际数", C_PREV}, {"previous", C_PREV},
};

typedef struct csv {
    char *p, *end;
    int line;
    char delim;
    const char *eol; /* the first '\n' (or end) at or after some p, NULL at first */
    int eol_cr;      /* a CR between that p and eol */
} csv;

/* Cuts the next field out of the text in place: "" made ", the quotes
 * and CRs dropped by moving its bytes left (never past where it is
 * read), so [*f, *f + *n) is the field.  Returns 1 at end of record, 0
 * more fields, -1 at end of input, -2 on an unterminated quote. */
static int csv_field(csv *c, char **f, size_t *n)
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
        /* text after the closing quote belongs to the field */
        while (c->p < c->end && *c->p != c->delim && *c->p != '\n') {
            if (*c->p != '\r')
                *w++ = *c->p;
            c->p++;
        }
    } else {
        /* to the next delimiter or line break: memchr for the line's end
         * once, then for the delimiter within it */
        if (!c->eol || c->eol < c->p) {
            c->eol = memchr(c->p, '\n', (size_t)(c->end - c->p));
            if (!c->eol)
                c->eol = c->end;
            c->eol_cr = memchr(c->p, '\r', (size_t)(c->eol - c->p)) != NULL;
        }
        char *dl = memchr(c->p, c->delim, (size_t)(c->eol - c->p));
        char *e = dl ? dl : (char *)c->eol;
        if (!c->eol_cr) {
            w = e; /* (most lines: the field is its bytes, where they are) */
        } else {
            /* the field's bytes but CR, a run at a time */
            for (char *q = c->p; q < e;) {
                char *cr = memchr(q, '\r', (size_t)(e - q));
                char *re = cr ? cr : e;
                if (w != q)
                    memmove(w, q, (size_t)(re - q));
                w += re - q;
                q = cr ? cr + 1 : e;
            }
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

typedef struct rec {
    const char *v[C_NCOLS]; /* values by role, in the arena, "" if empty */
    int cell[C_NCOLS];  /* 1-based column of each role */
} rec;

static int num_cell(jx_doc *d, const rec *r, enum col c, const char *label,
                    int line, double *out, jx_error *err)
{
    const char *s = r->v[c];
    *out = NAN;
    if (!s || !*s)
        return JX_OK;
    size_t n = strlen(s);
    if (n && s[n - 1] == '%' && (c == C_SCORE || c == C_POINTS))
        n--;
    if (!jx_parse_amount(s, n, out))
        return jx_fail(err, JX_EINPUT, d->source, line, r->cell[c],
                       "「%s」应为数字，实为「%s」", label, s);
    return JX_OK;
}

static int csv_record(jx_doc *d, last_table *last, rec *r, int line, jx_error *err)
{
    const char *code = r->v[C_CODE] && *r->v[C_CODE] ? r->v[C_CODE] : NULL;
    const char *name = r->v[C_NAME] && *r->v[C_NAME] ? r->v[C_NAME] : NULL;
    jx_table_kind kind = kind_of(r->v[C_KIND]);
    if (!r->v[C_KIND] && !code && !name)
        kind = JX_TABLE_DEPARTMENT;
    size_t ti;
    jx_table *t = table_again(d, last, kind, code, name, line, &ti);
    if (!t)
        return jx_fail(err, JX_ENOMEM, NULL, line, 0, "内存不足");
    if (r->v[C_DEPT] && *r->v[C_DEPT] && !t->department)
        t->department = r->v[C_DEPT];
    double x;
    int rc;
    struct { enum col c; const char *label; double *dst; } nums[] = {
        {C_TOTAL, "资金总额", &t->funds.total},
        {C_FISCAL, "财政性资金", &t->funds.fiscal},
        {C_OTHER, "其他资金", &t->funds.other},
        {C_INITIAL, "年初预算数", &t->execution.initial},
        {C_BUDGET, "全年预算数", &t->execution.budget},
        {C_EXECUTED, "全年执行数", &t->execution.executed},
        {C_ADJUSTED, "调整后预算数", &t->execution.adjusted},
    };
    for (size_t i = 0; i < JX_ARRAY_LEN(nums); i++) {
        if (!r->v[nums[i].c] || !*r->v[nums[i].c])
            continue; /* a column not there, or empty: nothing to read */
        if ((rc = num_cell(d, r, nums[i].c, nums[i].label, line, &x, err)))
            return rc;
        if (!isnan(x))
            *nums[i].dst = x;
    }
    const char *l3 = r->v[C_L3];
    if (!l3 || !*l3) {
        int exec = r->v[C_BUDGET] && *r->v[C_BUDGET];
        exec |= r->v[C_EXECUTED] && *r->v[C_EXECUTED];
        exec |= r->v[C_BUDGET] != NULL && r->v[C_TARGET] && !*r->v[C_TARGET];
        if (exec) {
            if ((rc = num_cell(d, r, C_POINTS, "分值", line, &x, err)))
                return rc;
            if (!isnan(x))
                t->execution.points = x;
            if ((rc = num_cell(d, r, C_SCORE, "得分", line, &x, err)))
                return rc;
            if (!isnan(x))
                t->execution.score = x;
            return JX_OK;
        }
        if (r->v[C_TARGET] && *r->v[C_TARGET])
            return jx_fail(err, JX_EINPUT, d->source, line, r->cell[C_L3],
                           "有指标值「%s」但「三级指标」为空", r->v[C_TARGET]);
        return JX_OK;
    }
    jx_indicator *ind = jx_doc_add_indicator_to(d, ti);
    if (!ind)
        return jx_fail(err, JX_ENOMEM, NULL, line, 0, "内存不足");
    ind->line = line;
    ind->level1 = r->v[C_L1] && *r->v[C_L1] ? r->v[C_L1] : NULL;
    ind->level2 = r->v[C_L2] && *r->v[C_L2] ? r->v[C_L2] : NULL;
    ind->level3 = l3;
    ind->level2_inferred = r->v[C_L2INF] && !strcmp(r->v[C_L2INF], "true");
    ind->period = r->v[C_PERIOD] && *r->v[C_PERIOD] ? r->v[C_PERIOD] : NULL;
    ind->explanation = r->v[C_EXPL] && *r->v[C_EXPL] ? r->v[C_EXPL] : NULL;
    const char *tg = r->v[C_TARGET] ? r->v[C_TARGET] : "";
    if ((rc = jx_doc_set_target(d, ind, tg, strlen(tg), err)))
        return rc;
    if (r->v[C_ACTUAL])
        ind->actual_raw = r->v[C_ACTUAL];
    if ((rc = num_cell(d, r, C_POINTS, "分值", line, &ind->points, err)))
        return rc;
    if ((rc = num_cell(d, r, C_SCORE, "得分", line, &ind->score, err)))
        return rc;
    if (r->v[C_DEV] && *r->v[C_DEV])
        ind->deviation = r->v[C_DEV];
    if (r->v[C_CUR] && *r->v[C_CUR])
        ind->current_raw = r->v[C_CUR];
    if (r->v[C_PREV] && *r->v[C_PREV])
        ind->previous_raw = r->v[C_PREV];
    return JX_OK;
}

/* How many times ch is in [s, e). */
static size_t count_byte(const char *s, const char *e, char ch)
{
    size_t n = 0;
    for (const char *p = s; (p = memchr(p, ch, (size_t)(e - p))); p++)
        n++;
    return n;
}

/* CSV text -> a grid of cells (one row per record, its first line kept),
 * so that CSV and a sheet in the same schema share jx_records_from_grid.
 * The cells are cut out of one copy of the text in d's arena: they live
 * as long as the document, and the records take them as they are. */
static int csv_grid(jx_doc *d, const char *data, size_t len, jx_grid *g, jx_error *err)
{
    /* the delimiter is whichever of , TAB ; most of the first lines hold
     * (a title line above the table may hold none), then the most often */
    size_t nc = 0, nt = 0, ns = 0, lc = 0, lt = 0, ls = 0;
    for (size_t i = 0, ln = 0; i < len && ln < 20; ln++) {
        const char *s = data + i, *e = memchr(s, '\n', len - i);
        if (!e)
            e = data + len;
        size_t c = count_byte(s, e, ','), t = count_byte(s, e, '\t'), k = count_byte(s, e, ';');
        nc += c, nt += t, ns += k;
        lc += c > 0, lt += t > 0, ls += k > 0;
        i = (size_t)(e - data) + 1;
    }
    char *text = jx_doc_strndup(d, data, len);
    if (!text)
        return jx_fail(err, JX_ENOMEM, NULL, 0, 0, "内存不足");
    csv c = {text, text + len, 1, ',', NULL, 0};
    /* valid UTF-8 as a whole: so is every field (cut at ASCII bytes), no
     * check per field; else each field is checked, to say which is not.
     * A reader's text is jx_decode's: UTF-8 it checked, or iconv's from
     * GB18030 or UTF-16, which is valid but may hold a NUL (U+0000 in
     * UTF-16).  So a NUL is all there is to look for (the check of the
     * whole text again was a tenth of reading the CSV). */
    int valid = !memchr(data, '\0', len);
    if (lt > lc || (lt == lc && nt > nc)) {
        if (lt > ls || (lt == ls && nt >= ns))
            c.delim = '\t';
        else
            c.delim = ';';
    } else if (ls > lc || (ls == lc && ns > nc)) {
        c.delim = ';';
    }
    jx_buf cells; /* this record's cells: (start, length) pairs */
    jx_buf_init(&cells);
    int rc = JX_OK, st = 0;
    while (c.p < c.end && st != -1) {
        int line = c.line, col = 0;
        cells.len = 0;
        do {
            char *f;
            size_t n;
            st = csv_field(&c, &f, &n);
            if (st == -2) {
                rc = jx_fail(err, JX_EINPUT, d->source, line, col + 1, "引号未闭合");
                goto out;
            }
            if (st == -1)
                break;
            const char *s = f;
            jx_trim(&s, &n);
            if (!valid && jx_utf8_check(s, n) < n) {
                rc = jx_fail(err, JX_EENCODING, d->source, line, col + 1,
                             "单元格含无效字节");
                goto out;
            }
            /* the byte after the field was a delimiter, a line break, a
             * byte moved left or the copy's NUL: all read already */
            char *cs = f + (s - f);
            cs[n] = '\0';
            jx_cell cell = {.s = cs, .n = n, .rowspan = 1, .colspan = 1};
            if (jx_buf_put(&cells, &cell, sizeof cell) < 0) {
                rc = jx_fail(err, JX_ENOMEM, NULL, line, 0, "内存不足");
                goto out;
            }
            col++;
        } while (st == 0);
        if (!col)
            continue;
        if (!jx_grid_add_cells(g, (const jx_cell *)(const void *)cells.p, col, line, 0)) {
            rc = jx_fail(err, JX_ENOMEM, NULL, line, 0, "内存不足");
            goto out;
        }
    }
out:
    jx_buf_free(&cells);
    return rc;
}

static enum col header_role(const char *s, size_t n)
{
    for (size_t q = 0; q < JX_ARRAY_LEN(headers); q++)
        if (strlen(headers[q].name) == n && !memcmp(headers[q].name, s, n))
            return headers[q].col;
    return C_NONE;
}

int jx_records_is_schema(const jx_grid *g)
{
    for (size_t i = 0; i < g->nrows; i++) {
        const jx_grow *r = &g->rows[i];
        int any = 0;
        for (int k = 0; k < r->n; k++) {
            if (!r->c[k].n)
                continue;
            any = 1;
            if (jx_streq(r->c[k].s, "表类型") || jx_streq(r->c[k].s, "table") ||
                jx_streq(r->c[k].s, "level3"))
                return 1;
        }
        if (any)
            return 0;
    }
    return 0;
}

/* The records of grid g into d; borrow: g's strings live in d's arena
 * (a CSV's, csv_grid) and are taken as they are, else copied. */
static int records_from_grid(jx_doc *d, const jx_grid *g, int borrow, jx_error *err)
{
    enum col map[256];
    int ncols = 0, rc = JX_OK;
    last_table prev = {0}; /* the table of the record before */
    int seen[C_NCOLS] = {0};
    size_t ri = 0;
    char pos[160];
    /* header: the first row with text */
    while (ri < g->nrows) {
        const jx_grow *h = &g->rows[ri++];
        int any = 0;
        for (int k = 0; k < h->n; k++)
            any |= h->c[k].n > 0;
        if (!any)
            continue;
        for (int k = 0; k < h->n; k++) {
            const char *s = h->c[k].s;
            size_t n = h->c[k].n;
            enum col role = header_role(s, n);
            if (ncols < 256)
                map[ncols++] = role;
            if (role != C_EXPL && role != C_NONE && seen[role])
                return jx_fail(err, JX_EINPUT, d->source, h->line, k + 1,
                               "列名重复：%.*s", (int)n, s);
            seen[role] = 1;
        }
        break;
    }
    if (!seen[C_L3] || (!seen[C_TARGET] && !seen[C_ACTUAL]))
        return jx_fail(err, JX_EINPUT, d->source, ri ? g->rows[ri - 1].line : 1, 0,
                       "CSV 表头缺少「%s」列（需要 三级指标，以及 指标值/年度指标值 或 实际完成值）",
                       !seen[C_L3] ? "三级指标" : "指标值");
    for (; ri < g->nrows; ri++) {
        const jx_grow *gr = &g->rows[ri];
        rec r;
        memset(&r, 0, sizeof r);
        int any = 0;
        for (int col = 0; col < gr->n; col++) {
            const char *s = gr->c[col].s;
            size_t n = gr->c[col].n;
            if (col < ncols && map[col] != C_NONE) {
                enum col role = map[col];
                if (role == C_EXPL && r.v[role] && *r.v[role] && n) {
                    r.v[role] = jx_arena_printf(&d->arena, "%s\n%.*s", r.v[role],
                                                (int)n, s);
                } else if (role != C_EXPL || !r.v[role] || !*r.v[role]) {
                    r.v[role] = borrow ? s : jx_doc_strndup(d, s, n);
                    r.cell[role] = col + 1;
                }
                if (!r.v[role])
                    return jx_fail(err, JX_ENOMEM, NULL, gr->line, 0, "内存不足");
            } else if (col >= ncols && n) {
                return jx_fail(err, JX_EINPUT, d->source, gr->line, col + 1,
                               "多出的单元格（表头只有 %d 列）：%.*s", ncols, (int)n, s);
            }
            any |= n > 0;
        }
        if (!any)
            continue;
        size_t before = d->ntables ? d->tables[d->ntables - 1].n : 0;
        jx_table *last = d->ntables ? &d->tables[d->ntables - 1] : NULL;
        if ((rc = csv_record(d, &prev, &r, gr->line, err)))
            return rc;
        /* an office sheet: say where the row is, "Sheet1!C12" */
        jx_table *t = d->ntables ? &d->tables[d->ntables - 1] : NULL;
        if (g->source != JX_GRID_TEXT && t && (t != last || t->n > before) && t->n) {
            int c3 = r.cell[C_L3] ? r.cell[C_L3] - 1 : 0;
            t->ind[t->n - 1].pos =
                jx_doc_strdup(d, jx_grid_pos(g, gr, c3, pos, sizeof pos));
        }
    }
    return JX_OK;
}

int jx_records_from_grid(jx_doc *d, const jx_grid *g, jx_error *err)
{
    return records_from_grid(d, g, 0, err);
}

/* Is the first row with text a header of jixiao's record columns, as
 * `parse --format csv` and the filled template write it: 三级指标 among
 * them, and no column only the form reader knows?  A sheet saved as CSV
 * (a title and 项目名称 fields above the table, or columns such as 指标性质
 * and 度量单位) is read as a form instead, like the sheet itself. */
static int records_header(const jx_grid *g)
{
    if (jx_records_is_schema(g))
        return 1;
    for (size_t i = 0; i < g->nrows; i++) {
        const jx_grow *r = &g->rows[i];
        int any = 0, l3 = 0, form = 0;
        for (int k = 0; k < r->n; k++) {
            if (!r->c[k].n)
                continue;
            any = 1;
            enum col c = header_role(r->c[k].s, r->c[k].n);
            l3 |= c == C_L3;
            if (c == C_NONE) {
                int period;
                jx_col v = jx_vocab_column(r->c[k].s, r->c[k].n, &period);
                form |= v != JX_COL_NONE && v != JX_COL_NOTE;
            }
        }
        if (any)
            return l3 && !form;
    }
    return 0;
}

/* A line break Excel kept inside a cell ("治理工程验收\n合格率") is where
 * the cell wrapped, not part of the name: dropped between two CJK
 * characters, a space elsewhere.  Only for a sheet read as a form. */
static void fold_breaks(jx_grid *g)
{
    for (size_t i = 0; i < g->nrows; i++)
        for (int k = 0; k < g->rows[i].n; k++) {
            jx_cell *c = &g->rows[i].c[k];
            if (!c->n || !memchr(c->s, '\n', c->n))
                continue;
            char *s = (char *)c->s; /* the grid's own copy */
            size_t w = 0;
            for (size_t r = 0; r < c->n; r++) {
                if (s[r] != '\n' && s[r] != '\r') {
                    s[w++] = s[r];
                    continue;
                }
                while (r + 1 < c->n && (s[r + 1] == '\n' || s[r + 1] == '\r' || s[r + 1] == ' '))
                    r++;
                int cjk = w > 0 && (unsigned char)s[w - 1] >= 0x80 && r + 1 < c->n &&
                          (unsigned char)s[r + 1] >= 0x80;
                if (!cjk && w > 0 && s[w - 1] != ' ')
                    s[w++] = ' ';
            }
            s[w] = '\0';
            c->n = w;
        }
}

int jx_read_csv(jx_doc *d, char *data, size_t len, jx_error *err)
{
    jx_grid *g = jx_grid_new(JX_GRID_TEXT, NULL);
    if (!g)
        return jx_fail(err, JX_ENOMEM, NULL, 0, 0, "内存不足");
    g->shape = "csv";
    int rc = csv_grid(d, data, len, g, err);
    if (!rc && records_header(g))
        rc = records_from_grid(d, g, 1, err);
    else if (!rc) {
        fold_breaks(g);
        rc = jx_interpret_grid(d, g, err);
    }
    jx_grid_free(g);
    return rc;
}

/* ---- JSON / YAML record schema ---- */

typedef struct walk {
    jx_doc *d;
    jx_error *err;
    size_t ti; /* the table indicators go to */
    char path[256];
} walk;

static const char *jstr(walk *w, const cJSON *o, const char *key)
{
    const cJSON *x = cJSON_GetObjectItemCaseSensitive(o, key);
    if (cJSON_IsString(x))
        return jx_doc_strdup(w->d, x->valuestring);
    if (cJSON_IsNumber(x)) {
        char buf[64];
        snprintf(buf, sizeof buf, "%.15g", x->valuedouble);
        return jx_doc_strdup(w->d, buf);
    }
    return NULL;
}

static int jnum(walk *w, const cJSON *o, const char *key, double *out)
{
    const cJSON *x = cJSON_GetObjectItemCaseSensitive(o, key);
    if (!x || cJSON_IsNull(x))
        return JX_OK;
    if (cJSON_IsNumber(x)) {
        *out = x->valuedouble;
        return JX_OK;
    }
    if (cJSON_IsString(x) && jx_parse_amount(x->valuestring, strlen(x->valuestring), out))
        return JX_OK;
    return jx_fail(w->err, JX_EINPUT, w->d->source, 0, 0, "%s.%s 应为数字", w->path,
                   key);
}

static int walk_indicator(walk *w, const cJSON *o)
{
    if (!cJSON_IsObject(o))
        return jx_fail(w->err, JX_EINPUT, w->d->source, 0, 0, "%s 应为对象", w->path);
    const char *l3 = jstr(w, o, "level3");
    if (!l3)
        l3 = jstr(w, o, "三级指标");
    if (!l3)
        return jx_fail(w->err, JX_EINPUT, w->d->source, 0, 0, "%s 缺少 level3", w->path);
    jx_indicator *ind = jx_doc_add_indicator_to(w->d, w->ti);
    if (!ind)
        return jx_fail(w->err, JX_ENOMEM, NULL, 0, 0, "内存不足");
    ind->level3 = l3;
    ind->level1 = jstr(w, o, "level1");
    ind->level2 = jstr(w, o, "level2");
    ind->period = jstr(w, o, "period");
    ind->explanation = jstr(w, o, "explanation");
    ind->note = jstr(w, o, "note");
    ind->pos = jstr(w, o, "pos");
    const cJSON *inf = cJSON_GetObjectItemCaseSensitive(o, "level2_inferred");
    ind->level2_inferred = cJSON_IsTrue(inf);
    ind->realigned = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(o, "realigned"));
    ind->split = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(o, "split"));
    const cJSON *line = cJSON_GetObjectItemCaseSensitive(o, "line");
    if (cJSON_IsNumber(line))
        ind->line = line->valueint;
    const cJSON *tg = cJSON_GetObjectItemCaseSensitive(o, "target");
    const char *raw = "";
    if (cJSON_IsObject(tg)) {
        const cJSON *r = cJSON_GetObjectItemCaseSensitive(tg, "raw");
        if (cJSON_IsString(r))
            raw = r->valuestring;
    } else if (cJSON_IsString(tg)) {
        raw = tg->valuestring;
    } else if (cJSON_IsNumber(tg)) {
        raw = jstr(w, o, "target");
    } else if (tg && !cJSON_IsNull(tg)) {
        return jx_fail(w->err, JX_EINPUT, w->d->source, 0, 0,
                       "%s.target 应为字符串或 {raw: …}", w->path);
    }
    int rc;
    if ((rc = jx_doc_set_target(w->d, ind, raw, strlen(raw), w->err)))
        return rc;
    ind->actual_raw = jstr(w, o, "actual");
    ind->deviation = jstr(w, o, "deviation");
    ind->current_raw = jstr(w, o, "current");
    ind->previous_raw = jstr(w, o, "previous");
    if ((rc = jnum(w, o, "points", &ind->points)) ||
        (rc = jnum(w, o, "score", &ind->score)))
        return rc;
    return JX_OK;
}

static int walk_table(walk *w, const cJSON *o)
{
    if (!cJSON_IsObject(o))
        return jx_fail(w->err, JX_EINPUT, w->d->source, 0, 0, "%s 应为对象", w->path);
    const char *kind = jstr(w, o, "kind");
    jx_table *t = table_for(w->d, kind_of(kind), jstr(w, o, "code"),
                            jstr(w, o, "name"), 0, &w->ti);
    if (!t)
        return jx_fail(w->err, JX_ENOMEM, NULL, 0, 0, "内存不足");
    const char *lay = jstr(w, o, "layout");
    for (int l = 0; lay && l <= JX_LAYOUT_RECORDS; l++)
        if (!strcmp(lay, jx_layout_name((jx_layout)l)))
            t->layout = (jx_layout)l;
    if (!t->department)
        t->department = jstr(w, o, "department");
    t->pos = jstr(w, o, "pos");
    const cJSON *line = cJSON_GetObjectItemCaseSensitive(o, "line");
    if (cJSON_IsNumber(line))
        t->line = line->valueint;
    int rc;
    const cJSON *f = cJSON_GetObjectItemCaseSensitive(o, "funds");
    if (cJSON_IsObject(f)) {
        if ((rc = jnum(w, f, "total", &t->funds.total)) ||
            (rc = jnum(w, f, "fiscal", &t->funds.fiscal)) ||
            (rc = jnum(w, f, "other", &t->funds.other)))
            return rc;
    }
    const cJSON *e = cJSON_GetObjectItemCaseSensitive(o, "execution");
    if (!e)
        e = cJSON_GetObjectItemCaseSensitive(o, "budget_execution");
    if (cJSON_IsObject(e)) {
        if ((rc = jnum(w, e, "initial", &t->execution.initial)) ||
            (rc = jnum(w, e, "budget", &t->execution.budget)) ||
            (rc = jnum(w, e, "executed", &t->execution.executed)) ||
            (rc = jnum(w, e, "adjusted", &t->execution.adjusted)) ||
            (rc = jnum(w, e, "points", &t->execution.points)) ||
            (rc = jnum(w, e, "rate", &t->execution.rate)) ||
            (rc = jnum(w, e, "score", &t->execution.score)))
            return rc;
    }
    if ((rc = jnum(w, o, "total_printed", &t->total_printed)))
        return rc;
    const cJSON *inds = cJSON_GetObjectItemCaseSensitive(o, "indicators");
    if (inds && !cJSON_IsArray(inds))
        return jx_fail(w->err, JX_EINPUT, w->d->source, 0, 0,
                       "%s.indicators 应为数组", w->path);
    size_t base = strlen(w->path);
    int i = 0;
    const cJSON *it;
    cJSON_ArrayForEach(it, inds)
    {
        snprintf(w->path + base, sizeof w->path - base, ".indicators[%d]", i++);
        if ((rc = walk_indicator(w, it)))
            return rc;
    }
    w->path[base] = '\0';
    return JX_OK;
}

/* {"actuals": [{code, name, level3, period, actual, deviation, score,
 *               current, previous}],
 *  "execution": [{code, name, budget, executed, initial}]} */
static int walk_actuals(walk *w, const cJSON *root)
{
    const cJSON *a = cJSON_GetObjectItemCaseSensitive(root, "actuals");
    const cJSON *ex = cJSON_GetObjectItemCaseSensitive(root, "execution");
    if ((a && !cJSON_IsArray(a) && !cJSON_IsNull(a)) || (ex && !cJSON_IsArray(ex) && !cJSON_IsNull(ex)))
        return jx_fail(w->err, JX_EINPUT, w->d->source, 0, 0, "%s 应为数组（每项一个指标或项目）",
                       a && !cJSON_IsArray(a) && !cJSON_IsNull(a) ? "actuals" : "execution");
    const cJSON *it;
    int i = 0, rc;
    cJSON_ArrayForEach(it, a)
    {
        snprintf(w->path, sizeof w->path, "actuals[%d]", i++);
        if (!cJSON_IsObject(it))
            return jx_fail(w->err, JX_EINPUT, w->d->source, 0, 0, "%s 应为对象",
                           w->path);
        const char *code = jstr(w, it, "code"), *name = jstr(w, it, "name");
        jx_table *t = table_for(w->d, code || name ? JX_TABLE_PROJECT
                                                   : JX_TABLE_DEPARTMENT,
                                code, name, 0, &w->ti);
        if (!t)
            return jx_fail(w->err, JX_ENOMEM, NULL, 0, 0, "内存不足");
        if ((rc = walk_indicator(w, it)))
            return rc;
    }
    const cJSON *e = cJSON_GetObjectItemCaseSensitive(root, "execution");
    i = 0;
    cJSON_ArrayForEach(it, e)
    {
        snprintf(w->path, sizeof w->path, "execution[%d]", i++);
        const char *code = jstr(w, it, "code"), *name = jstr(w, it, "name");
        jx_table *t = table_for(w->d, JX_TABLE_PROJECT, code, name, 0, &w->ti);
        if (!t)
            return jx_fail(w->err, JX_ENOMEM, NULL, 0, 0, "内存不足");
        if ((rc = jnum(w, it, "budget", &t->execution.budget)) ||
            (rc = jnum(w, it, "executed", &t->execution.executed)) ||
            (rc = jnum(w, it, "adjusted", &t->execution.adjusted)) ||
            (rc = jnum(w, it, "initial", &t->execution.initial)) ||
            (rc = jnum(w, it, "points", &t->execution.points)))
            return rc;
    }
    return JX_OK;
}

static int walk_doc(walk *w, const cJSON *o, int first)
{
    if (!cJSON_IsObject(o))
        return jx_fail(w->err, JX_EINPUT, w->d->source, 0, 0, "%s 应为对象", w->path);
    if (first) {
        const char *u = jstr(w, o, "unit");
        if (u)
            w->d->unit = u;
        const cJSON *y = cJSON_GetObjectItemCaseSensitive(o, "year");
        if (cJSON_IsNumber(y))
            w->d->year = y->valueint;
        int rc = jnum(w, o, "project_spending", &w->d->project_spending);
        if (rc)
            return rc;
    }
    const cJSON *ts = cJSON_GetObjectItemCaseSensitive(o, "tables");
    if (!cJSON_IsArray(ts))
        return jx_fail(w->err, JX_EINPUT, w->d->source, 0, 0,
                       w->path[0] ? "%s 缺少 tables 数组"
                                  : "%s不是 jixiao 的记录格式：需要 tables、documents 或 actuals 数组",
                       w->path[0] ? w->path : "");
    size_t base = strlen(w->path);
    int i = 0, rc;
    const cJSON *it;
    cJSON_ArrayForEach(it, ts)
    {
        snprintf(w->path + base, sizeof w->path - base, "%stables[%d]",
                 base ? "." : "", i++);
        if ((rc = walk_table(w, it)))
            return rc;
    }
    const cJSON *notes = cJSON_GetObjectItemCaseSensitive(o, "notes");
    cJSON_ArrayForEach(it, notes)
    {
        const cJSON *l = cJSON_GetObjectItemCaseSensitive(it, "line");
        const char *code = jstr(w, it, "code"), *msg = jstr(w, it, "message");
        if (code && msg)
            jx_doc_add_note(w->d, cJSON_IsNumber(l) ? l->valueint : 0, code, msg);
    }
    w->path[base] = '\0';
    return JX_OK;
}

static int walk_root(jx_doc *d, const cJSON *root, jx_error *err)
{
    walk w = {d, err, 0, ""};
    if (cJSON_IsObject(root) && cJSON_GetObjectItemCaseSensitive(root, "documents")) {
        const cJSON *docs = cJSON_GetObjectItemCaseSensitive(root, "documents");
        if (!cJSON_IsArray(docs))
            return jx_fail(err, JX_EINPUT, d->source, 0, 0, "documents 应为数组");
        int i = 0, rc;
        const cJSON *it;
        cJSON_ArrayForEach(it, docs)
        {
            snprintf(w.path, sizeof w.path, "documents[%d]", i);
            if ((rc = walk_doc(&w, it, i == 0)))
                return rc;
            i++;
        }
        return JX_OK;
    }
    if (cJSON_IsObject(root) && (cJSON_GetObjectItemCaseSensitive(root, "actuals") ||
                                 cJSON_GetObjectItemCaseSensitive(root, "execution")))
        return walk_actuals(&w, root);
    if (cJSON_IsObject(root))
        return walk_doc(&w, root, 1);
    return jx_fail(err, JX_EINPUT, d->source, 0, 0,
                   "不是 jixiao 记录格式：需要 {\"documents\": […]}、{\"tables\": […]} 或 "
                   "{\"actuals\": […]}");
}

/* ---- JSON syntax without allocating ----
 * cJSON returns NULL both for bad syntax and for a failed allocation; a
 * second look that allocates nothing tells which (RFC 8259 grammar). */

typedef struct jscan {
    const char *p, *end;
} jscan;

static void jws(jscan *s)
{
    while (s->p < s->end && (*s->p == ' ' || *s->p == '\t' || *s->p == '\n' || *s->p == '\r'))
        s->p++;
}

static int jlit(jscan *s, const char *w)
{
    size_t n = strlen(w);
    if ((size_t)(s->end - s->p) < n || memcmp(s->p, w, n))
        return 0;
    s->p += n;
    return 1;
}

static int jstring(jscan *s)
{
    if (s->p >= s->end || *s->p != '"')
        return 0;
    for (s->p++; s->p < s->end; s->p++) {
        unsigned char c = (unsigned char)*s->p;
        if (c == '"') {
            s->p++;
            return 1;
        }
        if (c < 0x20)
            return 0;
        if (c == '\\' && ++s->p >= s->end)
            return 0;
    }
    return 0;
}

static int jnumber(jscan *s)
{
    const char *st = s->p;
    if (s->p < s->end && *s->p == '-')
        s->p++;
    int digits = 0;
    while (s->p < s->end && ((*s->p >= '0' && *s->p <= '9') || *s->p == '.' ||
                             *s->p == 'e' || *s->p == 'E' || *s->p == '+' || *s->p == '-'))
        digits += *s->p >= '0' && *s->p <= '9', s->p++;
    return s->p > st && digits;
}

static int jvalue(jscan *s, int depth)
{
    if (depth > 1000) /* cJSON's CJSON_NESTING_LIMIT */
        return 0;
    jws(s);
    if (s->p >= s->end)
        return 0;
    char c = *s->p;
    if (c == '{' || c == '[') {
        char close = c == '{' ? '}' : ']';
        s->p++;
        jws(s);
        if (s->p < s->end && *s->p == close) {
            s->p++;
            return 1;
        }
        for (;;) {
            if (c == '{') {
                jws(s);
                if (!jstring(s))
                    return 0;
                jws(s);
                if (s->p >= s->end || *s->p++ != ':')
                    return 0;
            }
            if (!jvalue(s, depth + 1))
                return 0;
            jws(s);
            if (s->p >= s->end)
                return 0;
            if (*s->p == ',') {
                s->p++;
                continue;
            }
            return *s->p++ == close;
        }
    }
    if (c == '"')
        return jstring(s);
    if (c == 't')
        return jlit(s, "true");
    if (c == 'f')
        return jlit(s, "false");
    if (c == 'n')
        return jlit(s, "null");
    return jnumber(s);
}

/* Whether data is one well-formed JSON value (a coarse number check:
 * only used to tell a failed allocation from bad syntax). */
static int json_well_formed(const char *data, size_t len)
{
    jscan s = {data, data + len};
    if (!jvalue(&s, 0))
        return 0;
    jws(&s);
    return s.p == s.end || (s.p < s.end && *s.p == '\0');
}

int jx_read_json(jx_doc *d, const char *data, size_t len, jx_error *err)
{
    cJSON *root = cJSON_ParseWithLength(data, len);
    if (!root && json_well_formed(data, len))
        return jx_fail(err, JX_ENOMEM, d->source, 0, 0, "内存不足");
    if (!root) {
        const char *e = cJSON_GetErrorPtr();
        int line = 1;
        if (e && e >= data && e <= data + len)
            for (const char *p = data; p < e; p++)
                line += *p == '\n';
        return jx_fail(err, JX_EINPUT, d->source, line, 0, "JSON 语法错误");
    }
    int rc = walk_root(d, root, err);
    cJSON_Delete(root);
    return rc;
}

/* ---- YAML -> cJSON tree ---- */

static cJSON *yaml_scalar(const yaml_event_t *ev)
{
    const char *s = (const char *)ev->data.scalar.value;
    size_t n = ev->data.scalar.length;
    if (ev->data.scalar.style == YAML_PLAIN_SCALAR_STYLE) {
        if (n == 0 || !strcmp(s, "~") || !strcmp(s, "null"))
            return cJSON_CreateNull();
        if (!strcmp(s, "true"))
            return cJSON_CreateTrue();
        if (!strcmp(s, "false"))
            return cJSON_CreateFalse();
        char *end;
        double v = strtod(s, &end);
        if (end == s + n && n && ((s[0] >= '0' && s[0] <= '9') || s[0] == '-' ||
                                  s[0] == '.' || s[0] == '+'))
            return cJSON_CreateNumber(v);
    }
    return cJSON_CreateString(s);
}

typedef struct ystack {
    cJSON *node[64];
    char *key[64]; /* pending key in a mapping */
    int depth;
} ystack;

/* Whether the innermost node is a mapping waiting for a key. */
static int ywants_key(const ystack *st)
{
    return st->depth && cJSON_IsObject(st->node[st->depth - 1]) &&
           !st->key[st->depth - 1];
}

/* Adds v under the innermost node: an array item, a mapping key (v is a
 * scalar then: the caller refuses others), or a key's value.  Returns 0,
 * or -1 on ENOMEM with v freed. */
static int yadd(ystack *st, cJSON *v)
{
    cJSON *top = st->node[st->depth - 1];
    char **key = &st->key[st->depth - 1];
    if (cJSON_IsArray(top)) {
        if (cJSON_AddItemToArray(top, v))
            return 0;
        cJSON_Delete(v);
        return -1;
    }
    if (!*key) {
        char buf[64];
        if (cJSON_IsString(v))
            *key = strdup(v->valuestring);
        else if (cJSON_IsNumber(v))
            snprintf(buf, sizeof buf, "%.15g", v->valuedouble);
        else
            snprintf(buf, sizeof buf, "%s", cJSON_IsTrue(v) ? "true" : cJSON_IsFalse(v) ? "false" : "null");
        if (!cJSON_IsString(v))
            *key = strdup(buf);
        cJSON_Delete(v);
        return *key ? 0 : -1;
    }
    int ok = cJSON_AddItemToObject(top, *key, v);
    free(*key);
    *key = NULL;
    if (!ok)
        cJSON_Delete(v);
    return ok ? 0 : -1;
}

/* One event into the tree; JX_OK or an error (err filled). */
static int yevent(ystack *st, cJSON **root, const yaml_event_t *ev, const char *name,
                  jx_error *err)
{
    int line = (int)ev->start_mark.line + 1, col = (int)ev->start_mark.column + 1;
    cJSON *v = NULL;
    switch (ev->type) {
    case YAML_SCALAR_EVENT:
        v = yaml_scalar(ev);
        break;
    case YAML_SEQUENCE_START_EVENT:
    case YAML_MAPPING_START_EVENT:
        if (st->depth >= 64)
            return jx_fail(err, JX_ELIMIT, name, line, 0, "YAML 嵌套过深");
        if (ywants_key(st))
            return jx_fail(err, JX_EINPUT, name, line, col,
                           "YAML 映射的键必须是简单值（文字或数字），这里是%s",
                           ev->type == YAML_SEQUENCE_START_EVENT ? "列表" : "映射");
        v = ev->type == YAML_SEQUENCE_START_EVENT ? cJSON_CreateArray() : cJSON_CreateObject();
        break;
    case YAML_SEQUENCE_END_EVENT:
    case YAML_MAPPING_END_EVENT:
        if (st->depth) {
            st->depth--;
            free(st->key[st->depth]);
            st->key[st->depth] = NULL;
        }
        return JX_OK;
    case YAML_ALIAS_EVENT:
        return jx_fail(err, JX_EINPUT, name, line, 0, "不支持 YAML 别名（*alias）");
    default:
        return JX_OK;
    }
    if (!v)
        return jx_fail(err, JX_ENOMEM, name, line, 0, "内存不足");
    if (!st->depth) {
        if (*root) { /* a second root cannot come within one document */
            cJSON_Delete(v);
            return jx_fail(err, JX_EINPUT, name, line, col, "YAML 文档有多个根");
        }
        *root = v;
    } else if (yadd(st, v) < 0) {
        return jx_fail(err, JX_ENOMEM, name, line, 0, "内存不足");
    }
    if (ev->type != YAML_SCALAR_EVENT) {
        st->node[st->depth] = v;
        st->key[st->depth] = NULL;
        st->depth++;
    }
    return JX_OK;
}

void *jx_yaml_load(const char *data, size_t len, const char *name, jx_error *err)
{
    yaml_parser_t ps;
    if (!yaml_parser_initialize(&ps)) {
        jx_fail(err, JX_ENOMEM, NULL, 0, 0, "内存不足");
        return NULL;
    }
    yaml_parser_set_input_string(&ps, (const unsigned char *)data, len);
    ystack st;
    memset(&st, 0, sizeof st);
    cJSON *root = NULL;
    int rc = JX_OK, done = 0;
    while (!done && !rc) {
        yaml_event_t ev;
        if (!yaml_parser_parse(&ps, &ev)) {
            if (ps.error == YAML_MEMORY_ERROR)
                rc = jx_fail(err, JX_ENOMEM, name, 0, 0, "内存不足");
            else
                rc = jx_fail(err, JX_EINPUT, name, (int)ps.problem_mark.line + 1,
                             (int)ps.problem_mark.column + 1, "YAML 语法错误：%s",
                             ps.problem ? ps.problem : "?");
            break;
        }
        done = ev.type == YAML_STREAM_END_EVENT || ev.type == YAML_DOCUMENT_END_EVENT;
        rc = yevent(&st, &root, &ev, name, err);
        yaml_event_delete(&ev);
    }
    for (int i = 0; i < st.depth; i++)
        free(st.key[i]);
    yaml_parser_delete(&ps);
    if (!rc && !root)
        rc = jx_fail(err, JX_EINPUT, name, 1, 0, "YAML 文件为空");
    if (rc) {
        cJSON_Delete(root);
        return NULL;
    }
    return root;
}

int jx_read_yaml(jx_doc *d, const char *data, size_t len, jx_error *err)
{
    cJSON *root = jx_yaml_load(data, len, d->source, err);
    if (!root)
        return err->code ? err->code : JX_EINPUT;
    int rc = walk_root(d, root, err);
    cJSON_Delete(root);
    return rc;
}

int jx_read_tree(jx_doc *d, const void *root, jx_error *err)
{
    return walk_root(d, root, err);
}
