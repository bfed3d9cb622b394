/*
 * score.c - the year-end self-evaluation: targets matched with actuals,
 * every indicator scored by the pack with its explanation, 预算执行率,
 * totals and grades, and the findings an officer must see (no actual,
 * units that do not fit, a shortfall without 偏差原因, and in --verify a
 * printed 得分 or total that the rules do not give).
 */
#include "findings.h"
#include "rules.h"
#include "scorecard.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "doc_int.h"

static void finding(jx_scorecard *sc, jx_severity sev, const char *code, int line,
                    const jx_table *t, const jx_indicator *ind, const char *fmt, ...)
    JX_PRINTF(7, 8);

/* An error as {0} reads to whoever fills it on failure and reads its
 * strings: not all of its 780 bytes zeroed, for every row. */
static void no_error(jx_error *e)
{
    e->code = JX_OK;
    e->line = e->cell = 0;
    e->file[0] = e->msg[0] = '\0';
}

static void finding(jx_scorecard *sc, jx_severity sev, const char *code, int line,
                    const jx_table *t, const jx_indicator *ind, const char *fmt, ...)
{
    if (sc->nf == sc->fcap) {
        size_t cap = sc->fcap ? sc->fcap * 2 : 16;
        jx_finding *f = realloc(sc->f, cap * sizeof *f);
        if (!f) {
            sc->arena.failed = 1; /* a lost finding: jx_score_doc fails */
            return;
        }
        sc->f = f;
        sc->fcap = cap;
    }
    char msg[600];
    va_list ap;
    va_start(ap, fmt);
    jx_msg_vformat(msg, sizeof msg, fmt, ap);
    va_end(ap);
    jx_finding *f = &sc->f[sc->nf++];
    f->severity = sev;
    f->code = code;
    f->message = jx_arena_strdup(&sc->arena, msg);
    f->source = sc->source;
    f->line = line;
    f->project = t && t->kind == JX_TABLE_PROJECT ? (t->code ? t->code : t->name) : NULL;
    f->indicator = ind ? ind->level3 : NULL;
}

void jx_scorecard_free(jx_scorecard *sc)
{
    if (!sc)
        return;
    for (size_t i = 0; i < sc->n; i++)
        free(sc->tables[i].rows);
    free(sc->tables);
    free(sc->f);
    jx_arena_free(&sc->arena);
    free(sc);
}

/* Keeps an explanation as long as the scorecard: the engine's lives only
 * until its next score call. */
static void keep_explain(jx_scorecard *sc, jx_score *s)
{
    if (!s->explain || !*s->explain) {
        s->explain = ""; /* nothing to copy: a line without --detail asks for none */
        return;
    }
    const char *k = jx_arena_strdup(&sc->arena, s->explain);
    s->explain = k ? k : "";
}

/* prefix + msg as the explanation, cut at JX_EXPLAIN_MAX on a UTF-8
 * boundary. */
static void set_explain(jx_scorecard *sc, jx_score *s, const char *prefix, const char *msg)
{
    char buf[JX_EXPLAIN_MAX];
    size_t n = sizeof buf - 1, pl = strlen(prefix), ml = strlen(msg);
    if (pl > n)
        pl = n;
    memcpy(buf, prefix, pl);
    if (ml > n - pl) {
        ml = n - pl;
        while (ml && ((unsigned char)msg[ml] & 0xC0) == 0x80)
            ml--;
    }
    memcpy(buf + pl, msg, ml);
    buf[pl + ml] = '\0';
    s->explain = buf;
    keep_explain(sc, s);
}


/* s after the *at bytes of buf (n bytes with its NUL), cut where
 * jx_msg_format would cut it. */
static void label_put(char *buf, size_t n, size_t *at, const char *s)
{
    size_t l = strlen(s);
    if (l > n - 1 - *at)
        l = n - 1 - *at;
    memcpy(buf + *at, s, l);
    *at += l;
}

/* "部门整体", or "code name" (jx_msg_format's "%s%s%s" written out: a
 * label is made for every table scored). */
const char *jx_scorecard_label(const jx_table *t, char *buf, size_t n)
{
    if (!n)
        return buf;
    size_t at = 0;
    if (t->kind == JX_TABLE_DEPARTMENT) {
        label_put(buf, n, &at, "部门整体");
    } else {
        if (t->code) {
            label_put(buf, n, &at, t->code);
            label_put(buf, n, &at, " ");
        }
        label_put(buf, n, &at, t->name ? t->name : "");
    }
    buf[at] = '\0';
    return buf;
}

/* The actuals table that goes with target table t. */
static jx_table *match_table(jx_doc *a, const jx_table *t, char *used)
{
    if (!a)
        return NULL;
    for (size_t i = 0; i < a->ntables; i++) {
        jx_table *x = &a->tables[i];
        if (x->kind != t->kind)
            continue;
        if (t->kind == JX_TABLE_DEPARTMENT ||
            (t->code && x->code && !strcmp(t->code, x->code)) ||
            ((!t->code || !x->code) && t->name && x->name && !strcmp(t->name, x->name))) {
            used[i] = 1;
            return x;
        }
    }
    return NULL;
}

static int same_period(const jx_indicator *a, const jx_indicator *b)
{
    const char *pa = a->period ? a->period : "年度";
    const char *pb = b->period ? b->period : "年度";
    return !strcmp(pa, pb);
}

/*
 * 财预〔2020〕10号: a value far above its target is to be analysed and,
 * where the target was set too low, points reduced by the deviation.  The
 * pack names the threshold (formulas.overshoot.threshold, % above the
 * target; a rate above 100% counts too) and whether it deducts; here the
 * row is flagged, asking for the 偏差原因.
 */
static void overshoot(jx_scorecard *sc, const jx_table *t, const jx_indicator *ind,
                      const jx_scored *r, const jx_value *av, const char *tl)
{
    const jx_value *tg = &ind->target;
    if (isnan(sc->over_limit) || tg->kind != JX_V_QUANT || tg->n != 1 || tg->change ||
        av->kind != JX_V_QUANT || !av->n || isnan(r->s.score))
        return;
    const jx_threshold *th = &tg->t[0];
    if ((th->op != JX_OP_GE && th->op != JX_OP_GT && th->op != JX_OP_EQ) || th->value <= 0)
        return;
    double b = av->t[0].value;
    if (av->t[0].unit[0] && strcmp(av->t[0].unit, th->unit))
        return;
    if (!strcmp(th->unit, "%") && !av->t[0].unit[0] && b >= 0 && b <= 1.5 && b != (double)(long)b)
        b *= 100;
    double dev = (b - th->value) / th->value * 100;
    int rate = !strcmp(th->unit, "%") && th->value <= 100 && b > 100;
    if (dev <= sc->over_limit && !rate)
        return;
    int given = r->deviation && *r->deviation;
    finding(sc, given ? JX_SEV_INFO : JX_SEV_WARNING, "overshoot", ind->line, t, ind,
            "%s：指标「%s」实际 %s 超出指标值「%s」%.0f%%（规则包 %s 的界限 %.15g%%%s）：按财预〔2020〕10号"
            "要分析原因，指标值设定明显偏低的按偏离度调减分值；%s%s",
            tl, ind->level3, r->actual, ind->target_raw, dev, sc->pack, sc->over_limit,
            rate ? "；比率超过 100%" : "",
            sc->over_deduct && dev > sc->over_limit ? "本包已按偏离度调减"
            : sc->over_deduct ? "未超出界限，不调减" : "本包不自动调减（formulas.overshoot.deduct）",
            given ? "；已填偏差原因" : "；请填写偏差原因");
}

/* One of a 变动率 indicator's inputs (本年数 or 上年数): its number, NaN
 * when the cell is empty or a placeholder (the template's "/"); -1 when
 * it holds something else. */
static int year_input(const char *s, double *x, char *unit, size_t un)
{
    *x = NAN;
    unit[0] = '\0';
    if (!s)
        return 0;
    jx_value v;
    jx_error ve = {0};
    if (jx_value_parse(s, strlen(s), &v, &ve))
        return -1;
    if (v.kind == JX_V_EMPTY || v.kind == JX_V_PLACEHOLDER)
        return 0;
    if (v.kind != JX_V_QUANT || v.n != 1)
        return -1;
    *x = v.t[0].value;
    snprintf(unit, un, "%s", v.t[0].unit);
    return 0;
}

/* 本年数 and 上年数 of src: both numbers (the rate is the pack's to
 * compute), or both NaN; 1 with why[] when they cannot be used. */
static int year_inputs(const jx_indicator *src, double *cur, double *prev, char *why,
                       size_t n)
{
    char cu[32], pu[32];
    if (year_input(src->current_raw, cur, cu, sizeof cu) < 0)
        return snprintf(why, n, "本年数「%s」不是一个数", src->current_raw), 1;
    if (year_input(src->previous_raw, prev, pu, sizeof pu) < 0)
        return snprintf(why, n, "上年数「%s」不是一个数", src->previous_raw), 1;
    if (isnan(*cur) != isnan(*prev))
        return snprintf(why, n, "变动率要用本年数和上年数两个数计算，%s未填写",
                        isnan(*cur) ? "本年数" : "上年数"), 1;
    if (cu[0] && pu[0] && strcmp(cu, pu))
        return snprintf(why, n, "本年数单位「%s」与上年数单位「%s」不同", cu, pu), 1;
    return 0;
}

/* The per-table working arrays, kept from table to table of a document
 * (grown to the largest): a scored table would otherwise take five
 * allocations of its own. */
typedef struct scratch {
    struct row_prep *p;
    jx_score_row *in;
    jx_score *out;
    size_t *at;
    size_t cap;   /* rows each of p, in, out, at hold */
    char *used;   /* at's rows taken */
    size_t ucap;
} scratch;

/* One target table being scored: what its steps share. */
typedef struct table_job {
    jx_engine *e;
    jx_scorecard *sc;
    jx_scored_table *st;
    jx_table *t;
    jx_table *at;     /* its actuals, or NULL */
    jx_doc *vals;     /* remembers the actual values parsed (jx_doc_value) */
    char *used;       /* at's rows taken (1): in sb */
    scratch *sb;
    int self;         /* the actuals are the targets' own (a filled form) */
    int verify, quiet;
    char tl[300];     /* jx_scorecard_label */
    /* 分值 on the sheet that differ from the pack's: how many, the first */
    size_t pdiff;
    const jx_indicator *pdiff_ind;
    double pdiff_sheet, pdiff_pack;
} table_job;

static void unscored(table_job *j)
{
    j->sc->unscored++;
    j->st->unscored++;
}

/* The row of the actuals that goes with target ind (marked used); NULL
 * when none does. */
static const jx_indicator *match_actual(table_job *j, const jx_indicator *ind)
{
    for (size_t k = 0; k < j->at->n; k++) {
        /* a row taken is passed over first: the actuals mostly come in
         * the targets' order, so the rows before are taken (and the twin
         * of a duplicated target is one) */
        if (j->used[k] == 1)
            continue;
        const jx_indicator *x = &j->at->ind[k];
        if (!x->level3 || strcmp(x->level3, ind->level3) || !same_period(x, ind))
            continue;
        j->used[k] = 1;
        return x;
    }
    return NULL;
}

/* What row r takes from src, its actual: the 实际完成值, 偏差原因, a 分值
 * (into *points unless the pack's are wanted) and a 得分 (printed, to
 * verify, or given within a qualitative band). */
static void take_actual(table_job *j, jx_scored *r, const jx_indicator *ind,
                        const jx_indicator *src, double *points, double *given)
{
    r->actual = src->actual_raw && *src->actual_raw ? src->actual_raw : NULL;
    r->deviation = src->deviation;
    if (!isnan(src->points)) {
        if (src != ind && !isnan(*points) && fabs(src->points - *points) > 0.005) {
            if (!j->pdiff++) {
                j->pdiff_ind = ind;
                j->pdiff_sheet = src->points;
                j->pdiff_pack = *points;
            }
        }
        if (!j->sc->pack_points)
            *points = src->points;
    }
    if (j->self || j->verify)
        r->printed = src->score;
    else
        *given = src->score;
}

/* What score_row knows about a row before the pack is asked (the first
 * pass of score_table), and the pack's answer when the table was scored
 * in one call. */
typedef struct row_prep {
    jx_scored *r;
    jx_indicator *ind;
    double points, given, cur, prev;
    int years;
    const char *ywhy;  /* 本年数/上年数 that do not fit (arena), or NULL */
    const char *bad;   /* why the actual does not parse (arena), or NULL */
    int parsed;        /* av holds the parsed actual */
    jx_value av;
    int have;          /* s holds the pack's answer (jx_engine_score_rows) */
    jx_score s;
} row_prep;

/* Row r cannot be scored before the pack is asked: its 本年数/上年数
 * do not fit (ywhy), it has no actual, or its actual does not parse.
 * 1 when so (the row is done). */
static int not_scorable(table_job *j, const row_prep *p)
{
    jx_scorecard *sc = j->sc;
    jx_scored *r = p->r;
    const jx_indicator *ind = p->ind;
    if (p->ywhy) {
        r->s.points = p->points;
        r->s.score = NAN;
        r->s.rule = "";
        r->s.finding = 1;
        set_explain(sc, &r->s, p->ywhy, "，未计分");
        finding(sc, JX_SEV_WARNING, strstr(p->ywhy, "单位") ? "unit-mismatch" : "unscored",
                ind->line, j->t, ind, "%s：指标「%s」未计分：%s", j->tl, ind->level3, p->ywhy);
        unscored(j);
        return 1;
    }
    if (!r->actual) {
        r->s.points = p->points;
        r->s.score = NAN;
        r->s.rule = "";
        r->s.finding = 1;
        r->s.explain = "未填写实际完成值，未计分";
        if (!j->quiet)
            finding(sc, JX_SEV_WARNING, "missing-actual", ind->line, j->t, ind,
                    "%s：指标「%s」没有实际完成值，未计分（不按 0 分也不按满分处理）", j->tl,
                    ind->level3);
        unscored(j);
        return 1;
    }
    if (p->bad) {
        r->s.finding = 1;
        r->s.score = NAN;
        set_explain(sc, &r->s, "实际完成值无法解析：", p->bad);
        unscored(j);
        return 1;
    }
    return 0;
}

/* A pack that keeps failing (a loop costs its whole budget each time) is
 * not asked again for this document: 1 when row r is left for that. */
static int rule_stopped(table_job *j, jx_scored *r, const jx_indicator *ind)
{
    jx_scorecard *sc = j->sc;
    if (sc->rule_errors < 3)
        return 0;
    if (sc->rule_errors == 3) {
        sc->rule_errors++;
        finding(sc, JX_SEV_ERROR, "rule-stopped", ind->line, j->t, ind,
                "规则包 %s 已连续出错 3 次，本文档从指标「%s」起的其余指标不再计分", sc->pack,
                ind->level3);
    }
    r->s.finding = 1;
    r->s.score = NAN;
    r->s.explain = "规则包已连续出错，本文档其余指标未计分";
    unscored(j);
    return 1;
}

/* The pack's score of row p (from the table's one call when it gave
 * one, else asked now); 1 when it gave none (a rule error, or a finding
 * such as units that do not fit): the row is done. */
static int pack_score(table_job *j, const row_prep *p)
{
    jx_scorecard *sc = j->sc;
    jx_scored *r = p->r;
    const jx_indicator *ind = p->ind;
    jx_error se;
    no_error(&se);
    int rrc = JX_OK;
    if (p->have)
        r->s = p->s;
    else
        rrc = jx_engine_score_change(j->e, j->t, ind, &p->av, p->cur, p->prev, p->points,
                                     p->given, &r->s, &se);
    keep_explain(sc, &r->s);
    if (rrc) {
        sc->rule_errors++;
        set_explain(sc, &r->s, "", se.msg);
        finding(sc, JX_SEV_ERROR, "rule-error", ind->line, j->t, ind, "%s", se.msg);
        unscored(j);
        return 1;
    }
    if (r->s.finding) {
        unscored(j);
        finding(sc, JX_SEV_WARNING, strstr(r->s.explain, "单位") ? "unit-mismatch" : "unscored",
                ind->line, j->t, ind, "%s：指标「%s」未计分：%s（实际完成值「%s」，指标值「%s」）",
                j->tl, ind->level3, r->s.explain, r->actual, ind->target_raw);
        return 1;
    }
    return 0;
}

/* What an officer must see about a scored row: a number target met with
 * words, a shortfall without 偏差原因, an overshoot, and in --verify a
 * printed 得分 the rules do not give. */
static void row_findings(table_job *j, const jx_scored *r, const jx_indicator *ind,
                         const jx_value *av, int years, double points)
{
    jx_scorecard *sc = j->sc;
    const jx_table *t = j->t;
    const char *tl = j->tl;
    if (ind->target.kind == JX_V_QUANT && av->kind != JX_V_QUANT && !years)
        finding(sc, JX_SEV_INFO, "text-actual", ind->line, t, ind,
                "%s：指标「%s」的指标值是数值「%s」，实际完成值却写成文字「%s」，按定性档次计分%s%s%s",
                tl, ind->level3, ind->target_raw, r->actual, r->s.explain[0] ? "（" : "",
                r->s.explain, r->s.explain[0] ? "）" : "");
    if (r->short_of_target && (!r->deviation || !*r->deviation) && r->s.score < points - 0.005)
        finding(sc, JX_SEV_WARNING, "missing-deviation", ind->line, t, ind,
                "%s：指标「%s」未达到目标（%.15g 分中得 %.2f 分），但没有填写偏差原因分析及改进措施",
                tl, ind->level3, points, r->s.score);
    else if (r->short_of_target && (!r->deviation || !*r->deviation))
        finding(sc, JX_SEV_WARNING, "missing-deviation", ind->line, t, ind,
                "%s：指标「%s」未达到目标「%s」（实际 %s，恰在边界，按公式仍得满分），"
                "但没有填写偏差原因分析及改进措施",
                tl, ind->level3, ind->target_raw, r->actual);
    overshoot(sc, t, ind, r, av, tl);
    if (j->verify && !isnan(r->printed) && fabs(r->printed - r->s.score) > 0.005)
        finding(sc, JX_SEV_ERROR, "score-differs", ind->line, t, ind,
                "%s：指标「%s」表上得分 %.15g，按规则应为 %.2f（%s）", tl, ind->level3,
                r->printed, r->s.score, r->s.explain);
}

/* The first pass over target ind: its actual found, taken and parsed,
 * into p; nothing is reported yet (findings keep the order of the rows,
 * and come in score_row). */
static void prepare_row(table_job *j, jx_indicator *ind, row_prep *p)
{
    jx_scored_table *st = j->st;
    jx_scored *r = &st->rows[st->n++];
    p->r = r;
    p->ywhy = p->bad = NULL;
    p->parsed = p->have = 0;
    p->ind = ind;
    r->ind = ind;
    r->printed = NAN;
    r->s.explain = "";
    p->points = ind->points;
    p->given = NAN;
    const jx_indicator *src = j->at ? match_actual(j, ind) : j->self ? ind : NULL;
    if (src)
        take_actual(j, r, ind, src, &p->points, &p->given);
    st->points += isnan(p->points) ? 0 : p->points;
    p->cur = p->prev = NAN;
    char ywhy[300];
    /* a rate typed into 实际完成值 stands when the two numbers are not usable */
    int ybad = src && year_inputs(src, &p->cur, &p->prev, ywhy, sizeof ywhy);
    if (ybad && r->actual) {
        ybad = 0;
        p->cur = p->prev = NAN;
    }
    p->years = !ybad && !isnan(p->cur);
    const char *cell = r->actual ? r->actual : "";
    if (p->years && !r->actual)
        /* shown where the 实际完成值 goes; the rate is in the explanation */
        r->actual = jx_arena_printf(&j->sc->arena, "本年数 %s；上年数 %s", src->current_raw,
                                    src->previous_raw);
    if (ybad) {
        p->ywhy = jx_arena_strdup(&j->sc->arena, ywhy);
        if (!p->ywhy)
            p->ywhy = "内存不足"; /* the arena failed: jx_score_doc fails */
        return;
    }
    if (!r->actual)
        return;
    jx_error ve;
    no_error(&ve);
    if (jx_doc_value(j->vals, cell, strlen(cell), &p->av, &ve)) {
        p->bad = jx_arena_strdup(&j->sc->arena, ve.msg);
        if (!p->bad)
            p->bad = "";
        return;
    }
    p->parsed = 1;
}

/* The second pass: row p's findings in order, its score (the pack's
 * answer from the table's call, or asked now). */
static void score_row(table_job *j, row_prep *p)
{
    jx_scored *r = p->r;
    if (not_scorable(j, p) || rule_stopped(j, r, p->ind) || pack_score(j, p))
        return;
    j->sc->scored++;
    j->st->total += r->s.score;
    /* short of target: below its points, or not met by the pack's
     * judgement at full points (<5% with 5%) */
    r->short_of_target = !isnan(p->points) && (r->s.score < p->points - 0.005 || r->s.unmet);
    row_findings(j, r, p->ind, &p->av, p->years, p->points);
}

/* The rows the pack is to score, in one call of its table entry when it
 * has one; a row it did not answer (no entry, a rule error: the call
 * failed) is asked on its own in score_row, which reports the error as
 * it always did.  Not when the pack was stopped for this document. */
static void score_rows_at_once(table_job *j, row_prep *p, size_t n)
{
    if (j->sc->rule_errors >= 3)
        return;
    jx_score_row *in = j->sb->in;
    jx_score *out = j->sb->out;
    size_t *at = j->sb->at;
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        if (!p[i].parsed)
            continue;
        in[m] = (jx_score_row){p[i].ind, &p[i].av, p[i].cur, p[i].prev, p[i].points, p[i].given};
        at[m++] = i;
    }
    jx_error err;
    no_error(&err);
    if (m && jx_engine_score_rows(j->e, j->t, in, m, out, &err) == JX_OK)
        for (size_t k = 0; k < m; k++) {
            p[at[k]].s = out[k];
            p[at[k]].have = 1;
        }
}

/* An actual left over: one for no target, or one given twice (a target
 * listed twice gets its twin).  The input error, or JX_OK. */
static int unmatched_actual(table_job *j, jx_error *err)
{
    const jx_table *at = j->at;
    for (size_t k = 0; k < at->n; k++) {
        if (j->used[k])
            continue;
        const jx_indicator *x = &at->ind[k];
        if (!jx_indicator_scored(x))
            continue;
        int dup = 0;
        for (size_t m = 0; m < k; m++)
            if (!strcmp(at->ind[m].level3, x->level3) && same_period(&at->ind[m], x))
                dup = 1;
        return jx_fail(err, JX_EINPUT, NULL, x->line, 0,
                       dup ? "%s：实际完成值重复：指标「%s」出现不止一次"
                           : "%s：实际完成值对应不上任何指标：「%s」（按项目编码和三级指标名称匹配）",
                       j->tl, x->level3);
    }
    return JX_OK;
}

/* 分值 on the sheet that differ from the pack's: said once per table. */
static void points_differ(table_job *j)
{
    if (!j->pdiff)
        return;
    jx_scorecard *sc = j->sc;
    if (!sc->pack_points)
        finding(sc, JX_SEV_WARNING, "points-differ", j->pdiff_ind->line, j->t, j->pdiff_ind,
                "%s：填报表中有 %zu 个指标的分值与规则包 %s 不同，按填报表计分（如「%s」表上 %.15g，规则包 %.15g；按规则包的分值重新计分用 --points pack）",
                j->tl, j->pdiff, sc->pack, j->pdiff_ind->level3, j->pdiff_sheet, j->pdiff_pack);
    else
        finding(sc, JX_SEV_INFO, "points-from-pack", j->pdiff_ind->line, j->t, j->pdiff_ind,
                "%s：填报表中有 %zu 个指标的分值与规则包 %s 不同，按规则包计分（--points pack；如「%s」表上 %.15g，规则包 %.15g）",
                j->tl, j->pdiff, sc->pack, j->pdiff_ind->level3, j->pdiff_sheet, j->pdiff_pack);
}

/* --verify of 预算执行率: the printed rate and 得分 against the pack's. */
static void verify_execution(table_job *j, const jx_execution *x)
{
    jx_scored_table *st = j->st;
    double rate = x->executed / x->budget * 100;
    if (!isnan(x->rate) && fabs(x->rate - rate) > 0.05)
        finding(j->sc, JX_SEV_ERROR, "execution-differs", j->t->line, j->t, NULL,
                "%s：表上执行率 %.15g%%，按全年执行数÷全年预算数应为 %.2f%%", j->tl, x->rate,
                rate);
    if (!isnan(x->score) && fabs(x->score - st->exec.score) > 0.005)
        finding(j->sc, JX_SEV_ERROR, "score-differs", j->t->line, j->t, NULL,
                "%s：预算执行率表上得分 %.15g，按规则应为 %.2f（%s）", j->tl, x->score,
                st->exec.score, st->exec.explain);
}

/* 预算执行率 of a project: from the actuals' funds block, else the
 * targets' own. */
static void score_execution(table_job *j)
{
    jx_scorecard *sc = j->sc;
    jx_scored_table *st = j->st;
    const jx_table *t = j->t, *et = j->at ? j->at : t;
    st->has_exec = 1;
    jx_table tmp = *t;
    tmp.execution = et->execution;
    if (isnan(tmp.execution.budget) && !isnan(t->execution.budget))
        tmp.execution = t->execution;
    st->execution = tmp.execution;
    jx_error xe;
    no_error(&xe);
    int xrc = jx_engine_score_execution(j->e, &tmp, &st->exec, &xe);
    keep_explain(sc, &st->exec);
    if (xrc) {
        finding(sc, JX_SEV_ERROR, "rule-error", t->line, t, NULL, "%s", xe.msg);
        st->exec.finding = 1;
        st->exec.explain = "规则出错";
    } else if (st->exec.finding) {
        st->unscored++;
        if (!j->quiet)
            finding(sc, JX_SEV_WARNING, "missing-execution", t->line, t, NULL, "%s：%s", j->tl,
                    st->exec.explain);
    } else {
        st->total += st->exec.score;
    }
    if (!isnan(st->exec.points))
        st->points += st->exec.points;
    if (j->verify && !st->exec.finding)
        verify_execution(j, &tmp.execution);
}

/* Total and points rounded as the pack says, and the grade: none when
 * nothing could be scored. */
static void grade_table(table_job *j)
{
    jx_scored_table *st = j->st;
    st->total = jx_engine_round(j->e, st->total);
    st->points = jx_engine_round(j->e, st->points);
    jx_error ge;
    no_error(&ge);
    size_t all = st->n + (st->has_exec ? 1 : 0);
    st->grade = st->unscored >= all ? NULL : jx_engine_grade(j->e, st->total, &ge);
    if (!st->grade && st->unscored < all) {
        finding(j->sc, JX_SEV_ERROR, "rule-error", j->t->line, j->t, NULL, "%s", ge.msg);
        st->grade = "";
    }
}

/* --verify of the 总分: the printed total against the printed scores
 * added up and against the pack's. */
static void verify_total(table_job *j)
{
    const jx_scored_table *st = j->st;
    const jx_table *t = j->t, *at = j->at, *et = at ? at : t;
    double printed = !isnan(t->total_printed) ? t->total_printed
                     : at && !isnan(at->total_printed) ? at->total_printed : NAN;
    double sum = 0;
    int have = 0;
    for (size_t i = 0; i < st->n; i++)
        if (!isnan(st->rows[i].printed)) {
            sum += st->rows[i].printed;
            have = 1;
        }
    if (!isnan(et->execution.score))
        sum += et->execution.score;
    if (!isnan(printed) && have && fabs(printed - sum) > 0.005)
        finding(j->sc, JX_SEV_ERROR, "total-differs", t->line, t, NULL,
                "%s：表上总分 %.15g，但各项得分相加为 %.2f", j->tl, printed, sum);
    if (!isnan(printed) && fabs(printed - st->total) > 0.005)
        finding(j->sc, JX_SEV_ERROR, "total-differs", t->line, t, NULL,
                "%s：表上总分 %.15g，按规则重算为 %.2f", j->tl, printed, st->total);
}

/* Room in sb for n rows and nused marks; -1 when out of memory. */
static int scratch_room(scratch *sb, size_t n, size_t nused)
{
    if (n > sb->cap) {
        size_t c = n < 64 ? 64 : n;
        row_prep *p = realloc(sb->p, c * sizeof *p);
        if (p)
            sb->p = p;
        jx_score_row *in = realloc(sb->in, c * sizeof *in);
        if (in)
            sb->in = in;
        jx_score *out = realloc(sb->out, c * sizeof *out);
        if (out)
            sb->out = out;
        size_t *at = realloc(sb->at, c * sizeof *at);
        if (at)
            sb->at = at;
        if (!p || !in || !out || !at)
            return -1;
        sb->cap = c;
    }
    if (nused > sb->ucap) {
        size_t c = nused < 256 ? 256 : nused;
        char *u = realloc(sb->used, c);
        if (!u)
            return -1;
        sb->used = u;
        sb->ucap = c;
    }
    return 0;
}

static void scratch_free(scratch *sb)
{
    free(sb->p);
    free(sb->in);
    free(sb->out);
    free(sb->at);
    free(sb->used);
}

/* The next scored table of sc, for t: its rows allocated, the 分值 set
 * (the form's own where it has them, else the pack's). */
static int start_table(table_job *j, jx_error *err)
{
    jx_scorecard *sc = j->sc;
    jx_table *t = j->t;
    jx_scored_table *st = j->st = &sc->tables[sc->n];
    memset(st, 0, sizeof *st);
    st->t = t;
    st->exec.explain = "";
    size_t n = 0;
    for (size_t i = 0; i < t->n; i++)
        n += jx_indicator_scored(&t->ind[i]);
    st->rows = calloc(n ? n : 1, sizeof *st->rows);
    if (!st->rows)
        return jx_fail(err, JX_ENOMEM, NULL, 0, 0, "内存不足");
    sc->n++;
    jx_scorecard_label(t, j->tl, sizeof j->tl);
    jx_error pe;
    no_error(&pe);
    if (sc->pack_points)
        for (size_t i = 0; i < t->n; i++)
            t->ind[i].points = NAN; /* the pack's, not the form's */
    if (jx_engine_points(j->e, t, &pe))
        finding(sc, JX_SEV_ERROR, "rule-error", t->line, t, NULL, "%s", pe.msg);
    if (scratch_room(j->sb, t->n, j->at ? j->at->n + 1 : 0))
        return jx_fail(err, JX_ENOMEM, NULL, 0, 0, "内存不足");
    j->used = j->at ? j->sb->used : NULL;
    if (j->used)
        memset(j->used, 0, j->at->n + 1);
    return JX_OK;
}

static int score_table(jx_engine *e, jx_scorecard *sc, scratch *sb, jx_doc *vals, jx_table *t,
                       jx_table *at, int self, int verify, int quiet, jx_error *err)
{
    table_job j = {.e = e, .sc = sc, .t = t, .at = at, .vals = vals, .sb = sb, .self = self,
                   .verify = verify, .quiet = quiet};
    int rc = start_table(&j, err);
    if (rc)
        return rc;
    row_prep *p = sb->p;
    size_t n = 0;
    for (size_t i = 0; i < t->n; i++)
        if (jx_indicator_scored(&t->ind[i]))
            prepare_row(&j, &t->ind[i], &p[n++]);
    score_rows_at_once(&j, p, n);
    for (size_t i = 0; i < n; i++)
        score_row(&j, &p[i]);
    rc = at ? unmatched_actual(&j, err) : JX_OK;
    if (rc)
        return rc;
    points_differ(&j);
    if (t->kind == JX_TABLE_PROJECT)
        score_execution(&j);
    grade_table(&j);
    if (verify)
        verify_total(&j);
    return JX_OK;
}

/* Whether the actuals hold anything to score: an 实际完成值, a 本年数,
 * or a 预算执行率 input. */
static int any_actual(const jx_doc *actuals)
{
    for (size_t i = 0; i < actuals->ntables; i++) {
        const jx_table *x = &actuals->tables[i];
        if (!isnan(x->execution.budget) || !isnan(x->execution.executed))
            return 1;
        for (size_t k = 0; k < x->n; k++)
            if (x->ind[k].actual_raw != NULL || x->ind[k].current_raw != NULL)
                return 1;
    }
    return 0;
}

/* An empty scorecard for targets with the pack's overshoot settings;
 * NULL when out of memory. */
static jx_scorecard *scorecard_new(jx_engine *e, const jx_doc *targets, const jx_doc *actuals,
                                   unsigned flags)
{
    jx_scorecard *sc = calloc(1, sizeof *sc);
    if (!sc)
        return NULL;
    jx_arena_init(&sc->arena);
    sc->source = targets->source;
    sc->actuals_source = actuals ? actuals->source : NULL;
    sc->pack = jx_engine_pack(e);
    sc->pack_points = (flags & JX_SCORE_PACK_POINTS) != 0;
    sc->over_limit = NAN;
    lua_State *L = jx_rules_state(e);
    if (jx_rules_push(e, "formulas.overshoot.threshold") && lua_isnumber(L, -1))
        sc->over_limit = lua_tonumber(L, -1);
    lua_pop(L, 1);
    sc->over_deduct = jx_rules_push(e, "formulas.overshoot.deduct") && lua_toboolean(L, -1);
    lua_pop(L, 1);
    sc->tables = calloc(targets->ntables + 1, sizeof *sc->tables);
    if (!sc->tables) {
        jx_scorecard_free(sc);
        return NULL;
    }
    return sc;
}

jx_status jx_score_doc(jx_engine *e, jx_doc *targets, jx_doc *actuals, unsigned verify,
                 jx_scorecard **out, jx_error *err)
{
    *out = NULL;
    if (!targets->ntables)
        return jx_fail(err, JX_EINPUT, targets->source, 0, 0, "没有找到绩效目标表，无从计分");
    if (actuals && !any_actual(actuals))
        return jx_fail(err, JX_EINPUT, actuals->source, 0, 0,
                       "没有读到任何实际完成值（需要填好的填报表：CSV 的「实际完成值」列，"
                       "或 YAML/JSON 的 actuals 列表）");
    jx_scorecard *sc = scorecard_new(e, targets, actuals, verify);
    verify &= JX_SCORE_VERIFY;
    char *used = actuals ? calloc(actuals->ntables + 1, 1) : NULL;
    if (!sc || (actuals && !used)) {
        free(used);
        jx_scorecard_free(sc);
        return jx_fail(err, JX_ENOMEM, NULL, 0, 0, "内存不足");
    }
    int rc = JX_OK;
    scratch sb = {0};
    for (size_t i = 0; i < targets->ntables && !rc; i++) {
        jx_table *t = &targets->tables[i];
        jx_table *at = match_table(actuals, t, used);
        if (actuals && !at) {
            char tl[300];
            finding(sc, JX_SEV_WARNING, "missing-actual", t->line, t, NULL,
                    "%s：实际完成值文件中没有这个表，%zu 个指标和预算执行率均未计分",
                    jx_scorecard_label(t, tl, sizeof tl), t->n);
        }
        rc = score_table(e, sc, &sb, actuals ? actuals : targets, t, at, actuals == NULL, verify,
                         actuals && !at, err);
        if (rc && actuals && !err->file[0])
            snprintf(err->file, sizeof err->file, "%s", actuals->source);
    }
    for (size_t i = 0; actuals && !rc && i < actuals->ntables; i++) {
        const jx_table *x = &actuals->tables[i];
        if (used[i] || !x->n)
            continue;
        char tl[300];
        rc = jx_fail(err, JX_EINPUT, actuals->source, x->n ? x->ind[0].line : x->line, 0,
                     "实际完成值中的项目「%s」在目标表中不存在", jx_scorecard_label(x, tl, sizeof tl));
    }
    free(used);
    scratch_free(&sb);
    /* a finding or a message lost to memory: never a silent partial card */
    if (!rc && sc->arena.failed)
        rc = jx_fail(err, JX_ENOMEM, NULL, 0, 0, "内存不足");
    if (rc) {
        jx_scorecard_free(sc);
        return rc;
    }
    *out = sc;
    return JX_OK;
}

/* ---- writers ---- */

/* ---- accessors (jixiao/score.h) ---- */

const char *jx_scorecard_source(const jx_scorecard *sc) { return sc->source; }
const char *jx_scorecard_pack(const jx_scorecard *sc) { return sc->pack; }
size_t jx_scorecard_ntables(const jx_scorecard *sc) { return sc->n; }

static const jx_scored_table *table_at(const jx_scorecard *sc, size_t t)
{
    return t < sc->n ? &sc->tables[t] : NULL;
}

const jx_table *jx_scorecard_table(const jx_scorecard *sc, size_t t)
{
    const jx_scored_table *st = table_at(sc, t);
    return st ? st->t : NULL;
}

double jx_scorecard_total(const jx_scorecard *sc, size_t t)
{
    const jx_scored_table *st = table_at(sc, t);
    return st ? st->total : NAN;
}

double jx_scorecard_points(const jx_scorecard *sc, size_t t)
{
    const jx_scored_table *st = table_at(sc, t);
    return st ? st->points : NAN;
}

const char *jx_scorecard_grade(const jx_scorecard *sc, size_t t)
{
    const jx_scored_table *st = table_at(sc, t);
    return st && st->grade && *st->grade ? st->grade : NULL;
}

size_t jx_scorecard_unscored(const jx_scorecard *sc, size_t t)
{
    const jx_scored_table *st = table_at(sc, t);
    return st ? st->unscored : 0;
}

const jx_score *jx_scorecard_execution(const jx_scorecard *sc, size_t t)
{
    const jx_scored_table *st = table_at(sc, t);
    return st && st->has_exec ? &st->exec : NULL;
}

size_t jx_scorecard_nrows(const jx_scorecard *sc, size_t t)
{
    const jx_scored_table *st = table_at(sc, t);
    return st ? st->n : 0;
}

const jx_score *jx_scorecard_row(const jx_scorecard *sc, size_t t, size_t r,
                                 const jx_indicator **ind, const char **actual)
{
    const jx_scored_table *st = table_at(sc, t);
    if (!st || r >= st->n)
        return NULL;
    if (ind)
        *ind = st->rows[r].ind;
    if (actual)
        *actual = st->rows[r].actual;
    return &st->rows[r].s;
}

size_t jx_scorecard_nfindings(const jx_scorecard *sc) { return sc->nf; }

const jx_finding *jx_scorecard_finding(const jx_scorecard *sc, size_t i)
{
    return i < sc->nf ? &sc->f[i] : NULL;
}
