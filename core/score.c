/*
 * score.c - the year-end self-evaluation: targets matched with actuals,
 * every indicator scored by the pack with its explanation, 预算执行率,
 * totals and grades, and the findings an officer must see (no actual,
 * units that do not fit, a shortfall without 偏差原因, and in --verify a
 * printed 得分 or total that the rules do not give).
 */
#include "rules.h"
#include "scorecard.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "doc_int.h"
#include "write/write.h"

static void finding(jx_scorecard *sc, const char *sev, const char *code, int line,
                    const jx_table *t, const jx_indicator *ind, const char *fmt, ...)
    JX_PRINTF(7, 8);

static void finding(jx_scorecard *sc, const char *sev, const char *code, int line,
                    const jx_table *t, const jx_indicator *ind, const char *fmt, ...)
{
    if (sc->nf == sc->fcap) {
        size_t cap = sc->fcap ? sc->fcap * 2 : 16;
        jx_sc_finding *f = realloc(sc->f, cap * sizeof *f);
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
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    jx_sc_finding *f = &sc->f[sc->nf++];
    f->severity = sev;
    f->code = code;
    f->message = jx_arena_strdup(&sc->arena, msg);
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

/* Copies a message into explain, cut at a UTF-8 boundary. */
static void set_explain(jx_score *sc, const char *prefix, const char *msg)
{
    size_t n = sizeof sc->explain - 1, pl = strlen(prefix), ml = strlen(msg);
    if (pl > n)
        pl = n;
    memcpy(sc->explain, prefix, pl);
    if (ml > n - pl) {
        ml = n - pl;
        while (ml && ((unsigned char)msg[ml] & 0xC0) == 0x80)
            ml--;
    }
    memcpy(sc->explain + pl, msg, ml);
    sc->explain[pl + ml] = '\0';
}


static const char *label(const jx_table *t, char *buf, size_t n)
{
    if (t->kind == JX_TABLE_DEPARTMENT)
        snprintf(buf, n, "部门整体");
    else
        snprintf(buf, n, "%s%s%s", t->code ? t->code : "", t->code ? " " : "",
                 t->name ? t->name : "");
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
    finding(sc, given ? "info" : "warning", "overshoot", ind->line, t, ind,
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
    jx_value v;
    jx_error ve = {0};
    if (!s || jx_value_parse(s, strlen(s), &v, &ve))
        return s ? -1 : 0;
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

static int score_table(jx_engine *e, jx_scorecard *sc, jx_table *t, jx_table *at,
                       int self, int verify, int quiet, jx_error *err)
{
    jx_scored_table *st = &sc->tables[sc->n];
    memset(st, 0, sizeof *st);
    st->t = t;
    size_t n = 0;
    for (size_t i = 0; i < t->n; i++)
        n += jx_indicator_scored(&t->ind[i]);
    st->rows = calloc(n ? n : 1, sizeof *st->rows);
    if (!st->rows)
        return jx_fail(err, JX_ENOMEM, NULL, 0, 0, "内存不足");
    sc->n++;
    char tl[300];
    label(t, tl, sizeof tl);
    /* points: the form's own where it has them, else the pack's */
    jx_error pe = {0};
    if (sc->pack_points)
        for (size_t i = 0; i < t->n; i++)
            t->ind[i].points = NAN; /* the pack's, not the form's */
    if (jx_engine_points(e, t, &pe))
        finding(sc, "error", "rule-error", t->line, t, NULL, "%s", pe.msg);
    char *used = at ? calloc(at->n + 1, 1) : NULL;
    if (at && !used)
        return jx_fail(err, JX_ENOMEM, NULL, 0, 0, "内存不足");
    size_t pdiff = 0;
    const jx_indicator *pdiff_ind = NULL;
    double pdiff_sheet = NAN, pdiff_pack = NAN;
    for (size_t i = 0; i < t->n; i++) {
        jx_indicator *ind = &t->ind[i];
        if (!jx_indicator_scored(ind))
            continue;
        jx_scored *r = &st->rows[st->n++];
        r->ind = ind;
        r->printed = NAN;
        double points = ind->points;
        double given = NAN;
        const jx_indicator *src = self ? ind : NULL;
        if (at) {
            for (size_t j = 0; j < at->n; j++) {
                const jx_indicator *x = &at->ind[j];
                if (!x->level3 || strcmp(x->level3, ind->level3) || !same_period(x, ind))
                    continue;
                if (used[j] == 1)
                    continue; /* the twin of a duplicated target */
                used[j] = 1;
                src = x;
                break;
            }
        }
        if (src) {
            r->actual = src->actual_raw && *src->actual_raw ? src->actual_raw : NULL;
            r->deviation = src->deviation;
            if (!isnan(src->points)) {
                if (src != ind && !isnan(points) && fabs(src->points - points) > 0.005) {
                    if (!pdiff++) {
                        pdiff_ind = ind;
                        pdiff_sheet = src->points;
                        pdiff_pack = points;
                    }
                }
                if (!sc->pack_points)
                    points = src->points;
            }
            if (self || verify)
                r->printed = src->score;
            else
                given = src->score;
        }
        st->points += isnan(points) ? 0 : points;
        double cur = NAN, prev = NAN;
        char ywhy[300];
        /* a rate typed into 实际完成值 stands when the two numbers are not usable */
        int ybad = src && year_inputs(src, &cur, &prev, ywhy, sizeof ywhy);
        if (ybad && r->actual) {
            ybad = 0;
            cur = prev = NAN;
        }
        int years = !ybad && !isnan(cur);
        const char *cell = r->actual ? r->actual : "";
        if (years && !r->actual)
            /* shown where the 实际完成值 goes; the rate is in the explanation */
            r->actual = jx_arena_printf(&sc->arena, "本年数 %s；上年数 %s", src->current_raw,
                                        src->previous_raw);
        if (ybad) {
            r->s.points = points;
            r->s.score = NAN;
            r->s.rule = "";
            r->s.finding = 1;
            snprintf(r->s.explain, sizeof r->s.explain, "%s，未计分", ywhy);
            finding(sc, "warning", strstr(ywhy, "单位") ? "unit-mismatch" : "unscored", ind->line, t,
                    ind, "%s：指标「%s」未计分：%s", tl, ind->level3, ywhy);
            sc->unscored++;
            st->unscored++;
            continue;
        }
        if (!r->actual) {
            r->s.points = points;
            r->s.score = NAN;
            r->s.rule = "";
            r->s.finding = 1;
            snprintf(r->s.explain, sizeof r->s.explain, "未填写实际完成值，未计分");
            if (!quiet)
                finding(sc, "warning", "missing-actual", ind->line, t, ind,
                    "%s：指标「%s」没有实际完成值，未计分（不按 0 分也不按满分处理）", tl,
                    ind->level3);
            sc->unscored++;
            st->unscored++;
            continue;
        }
        jx_value av;
        jx_error ve = {0};
        if (jx_value_parse(cell, strlen(cell), &av, &ve)) {
            r->s.finding = 1;
            r->s.score = NAN;
            set_explain(&r->s, "实际完成值无法解析：", ve.msg);
            sc->unscored++;
            st->unscored++;
            continue;
        }
        jx_error se = {0};
        if (sc->rule_errors >= 3) {
            /* a pack that keeps failing (a loop costs its whole budget each
             * time) is not asked again for this document */
            if (sc->rule_errors == 3) {
                sc->rule_errors++;
                finding(sc, "error", "rule-stopped", ind->line, t, ind,
                        "规则包 %s 已连续出错 3 次，本文档从指标「%s」起的其余指标不再计分",
                        sc->pack, ind->level3);
            }
            r->s.finding = 1;
            r->s.score = NAN;
            snprintf(r->s.explain, sizeof r->s.explain, "规则包已连续出错，本文档其余指标未计分");
            sc->unscored++;
            st->unscored++;
            continue;
        }
        if (jx_engine_score_change(e, t, ind, &av, cur, prev, points, given, &r->s, &se)) {
            sc->rule_errors++;
            set_explain(&r->s, "", se.msg);
            finding(sc, "error", "rule-error", ind->line, t, ind, "%s", se.msg);
            sc->unscored++;
            st->unscored++;
            continue;
        }
        if (r->s.finding) {
            sc->unscored++;
            st->unscored++;
            finding(sc, "warning", strstr(r->s.explain, "单位") ? "unit-mismatch" : "unscored",
                    ind->line, t, ind, "%s：指标「%s」未计分：%s（实际完成值「%s」，指标值「%s」）", tl,
                    ind->level3, r->s.explain, r->actual, ind->target_raw);
            continue;
        }
        sc->scored++;
        st->total += r->s.score;
        if (ind->target.kind == JX_V_QUANT && av.kind != JX_V_QUANT && !years)
            finding(sc, "info", "text-actual", ind->line, t, ind,
                    "%s：指标「%s」的指标值是数值「%s」，实际完成值却写成文字「%s」，按定性档次计分%s%s%s",
                    tl, ind->level3, ind->target_raw, r->actual, r->s.explain[0] ? "（" : "",
                    r->s.explain, r->s.explain[0] ? "）" : "");
        /* short of target: below its points, or not met by the pack's
         * judgement at full points (<5% with 5%) */
        r->short_of_target = !isnan(points) && (r->s.score < points - 0.005 || r->s.unmet);
        if (r->short_of_target && (!r->deviation || !*r->deviation) && r->s.score < points - 0.005)
            finding(sc, "warning", "missing-deviation", ind->line, t, ind,
                    "%s：指标「%s」未达到目标（%s 分中得 %.2f 分），但没有填写偏差原因分析及改进措施",
                    tl, ind->level3, jx_arena_printf(&sc->arena, "%.15g", points),
                    r->s.score);
        else if (r->short_of_target && (!r->deviation || !*r->deviation))
            finding(sc, "warning", "missing-deviation", ind->line, t, ind,
                    "%s：指标「%s」未达到目标「%s」（实际 %s，恰在边界，按公式仍得满分），"
                    "但没有填写偏差原因分析及改进措施",
                    tl, ind->level3, ind->target_raw, r->actual);
        overshoot(sc, t, ind, r, &av, tl);
        if (verify && !isnan(r->printed) && fabs(r->printed - r->s.score) > 0.005)
            finding(sc, "error", "score-differs", ind->line, t, ind,
                    "%s：指标「%s」表上得分 %.15g，按规则应为 %.2f（%s）", tl, ind->level3,
                    r->printed, r->s.score, r->s.explain);
    }
    if (at) {
        for (size_t j = 0; j < at->n; j++) {
            if (used[j])
                continue;
            const jx_indicator *x = &at->ind[j];
            if (!jx_indicator_scored(x))
                continue;
            /* an actual for a target listed twice gets the twin */
            int dup = 0;
            for (size_t k = 0; k < j; k++)
                if (!strcmp(at->ind[k].level3, x->level3) && same_period(&at->ind[k], x))
                    dup = 1;
            int rc = jx_fail(err, JX_EINPUT, NULL, x->line, 0,
                             dup ? "%s：实际完成值重复：指标「%s」出现不止一次"
                                 : "%s：实际完成值对应不上任何指标：「%s」（按项目编码和三级指标名称匹配）",
                             tl, x->level3);
            free(used);
            return rc;
        }
        free(used);
    }
    if (pdiff && !sc->pack_points)
        finding(sc, "warning", "points-differ", pdiff_ind->line, t, pdiff_ind,
                "%s：填报表中有 %zu 个指标的分值与规则包 %s 不同，按填报表计分（如「%s」表上 %.15g，规则包 %.15g；按规则包的分值重新计分用 --points pack）",
                tl, pdiff, sc->pack, pdiff_ind->level3, pdiff_sheet, pdiff_pack);
    else if (pdiff)
        finding(sc, "info", "points-from-pack", pdiff_ind->line, t, pdiff_ind,
                "%s：填报表中有 %zu 个指标的分值与规则包 %s 不同，按规则包计分（--points pack；如「%s」表上 %.15g，规则包 %.15g）",
                tl, pdiff, sc->pack, pdiff_ind->level3, pdiff_sheet, pdiff_pack);
    /* 预算执行率 for projects */
    const jx_table *et = at ? at : t;
    if (t->kind == JX_TABLE_PROJECT) {
        st->has_exec = 1;
        jx_table tmp = *t;
        tmp.execution = et->execution;
        if (isnan(tmp.execution.budget) && !isnan(t->execution.budget))
            tmp.execution = t->execution;
        st->execution = tmp.execution;
        jx_error xe = {0};
        if (jx_engine_score_execution(e, &tmp, &st->exec, &xe)) {
            finding(sc, "error", "rule-error", t->line, t, NULL, "%s", xe.msg);
            st->exec.finding = 1;
            snprintf(st->exec.explain, sizeof st->exec.explain, "规则出错");
        } else if (st->exec.finding) {
            st->unscored++;
            if (!quiet)
                finding(sc, "warning", "missing-execution", t->line, t, NULL,
                    "%s：%s", tl, st->exec.explain);
        } else {
            st->total += st->exec.score;
        }
        if (!isnan(st->exec.points))
            st->points += st->exec.points;
        if (verify && !st->exec.finding) {
            const jx_execution *x = &tmp.execution;
            double rate = x->executed / x->budget * 100;
            if (!isnan(x->rate) && fabs(x->rate - rate) > 0.05)
                finding(sc, "error", "execution-differs", t->line, t, NULL,
                        "%s：表上执行率 %.15g%%，按全年执行数÷全年预算数应为 %.2f%%", tl,
                        x->rate, rate);
            if (!isnan(x->score) && fabs(x->score - st->exec.score) > 0.005)
                finding(sc, "error", "score-differs", t->line, t, NULL,
                        "%s：预算执行率表上得分 %.15g，按规则应为 %.2f（%s）", tl, x->score,
                        st->exec.score, st->exec.explain);
        }
    }
    st->total = jx_engine_round(e, st->total);
    st->points = jx_engine_round(e, st->points);
    jx_error ge = {0};
    size_t all = st->n + (st->has_exec ? 1 : 0);
    st->grade = st->unscored >= all ? NULL : jx_engine_grade(e, st->total, &ge);
    if (!st->grade && st->unscored < all) {
        finding(sc, "error", "rule-error", t->line, t, NULL, "%s", ge.msg);
        st->grade = "";
    }
    if (verify) {
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
            finding(sc, "error", "total-differs", t->line, t, NULL,
                    "%s：表上总分 %.15g，但各项得分相加为 %.2f", tl, printed, sum);
        if (!isnan(printed) && fabs(printed - st->total) > 0.005)
            finding(sc, "error", "total-differs", t->line, t, NULL,
                    "%s：表上总分 %.15g，按规则重算为 %.2f", tl, printed, st->total);
    }
    return JX_OK;
}

int jx_score_doc(jx_engine *e, jx_doc *targets, jx_doc *actuals, int verify,
                 jx_scorecard **out, jx_error *err)
{
    *out = NULL;
    if (!targets->ntables)
        return jx_fail(err, JX_EINPUT, targets->source, 0, 0, "没有找到绩效目标表，无从计分");
    if (actuals) {
        int any = 0;
        for (size_t i = 0; i < actuals->ntables && !any; i++) {
            const jx_table *x = &actuals->tables[i];
            any |= !isnan(x->execution.budget) || !isnan(x->execution.executed);
            for (size_t k = 0; k < x->n && !any; k++)
                any |= x->ind[k].actual_raw != NULL || x->ind[k].current_raw != NULL;
        }
        if (!any)
            return jx_fail(err, JX_EINPUT, actuals->source, 0, 0,
                           "没有读到任何实际完成值（需要填好的填报表：CSV 的「实际完成值」列，"
                           "或 YAML/JSON 的 actuals 列表）");
    }
    jx_scorecard *sc = calloc(1, sizeof *sc);
    if (!sc)
        return jx_fail(err, JX_ENOMEM, NULL, 0, 0, "内存不足");
    jx_arena_init(&sc->arena);
    sc->source = targets->source;
    sc->actuals_source = actuals ? actuals->source : NULL;
    sc->pack = jx_engine_pack(e);
    sc->pack_points = (verify & JX_SCORE_PACK_POINTS) != 0;
    sc->over_limit = NAN;
    lua_State *L = jx_rules_state(e);
    if (jx_rules_push(e, "formulas.overshoot.threshold") && lua_isnumber(L, -1))
        sc->over_limit = lua_tonumber(L, -1);
    lua_pop(L, 1);
    sc->over_deduct = jx_rules_push(e, "formulas.overshoot.deduct") && lua_toboolean(L, -1);
    lua_pop(L, 1);
    verify &= JX_SCORE_VERIFY;
    sc->tables = calloc(targets->ntables + 1, sizeof *sc->tables);
    char *used = actuals ? calloc(actuals->ntables + 1, 1) : NULL;
    if (!sc->tables || (actuals && !used)) {
        free(used);
        jx_scorecard_free(sc);
        return jx_fail(err, JX_ENOMEM, NULL, 0, 0, "内存不足");
    }
    int rc = JX_OK;
    for (size_t i = 0; i < targets->ntables && !rc; i++) {
        jx_table *t = &targets->tables[i];
        jx_table *at = match_table(actuals, t, used);
        if (actuals && !at) {
            char tl[300];
            finding(sc, "warning", "missing-actual", t->line, t, NULL,
                    "%s：实际完成值文件中没有这个表，%zu 个指标和预算执行率均未计分",
                    label(t, tl, sizeof tl), t->n);
        }
        rc = score_table(e, sc, t, at, actuals == NULL, verify, actuals && !at, err);
        if (rc && actuals && !err->file[0])
            snprintf(err->file, sizeof err->file, "%s", actuals->source);
    }
    for (size_t i = 0; actuals && !rc && i < actuals->ntables; i++) {
        const jx_table *x = &actuals->tables[i];
        if (used[i] || !x->n)
            continue;
        char tl[300];
        rc = jx_fail(err, JX_EINPUT, actuals->source, x->n ? x->ind[0].line : x->line, 0,
                     "实际完成值中的项目「%s」在目标表中不存在", label(x, tl, sizeof tl));
    }
    free(used);
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

static void score_json(jx_buf *b, const jx_score *s)
{
    jx_buf_puts(b, "\"points\":");
    jx_buf_json_num(b, s->points);
    jx_buf_puts(b, ",\"score\":");
    jx_buf_json_num(b, s->score);
    jx_buf_puts(b, ",\"rule\":");
    jx_buf_json_cstr(b, s->rule && *s->rule ? s->rule : NULL);
    jx_buf_puts(b, ",\"explain\":");
    jx_buf_json_cstr(b, s->explain);
    jx_buf_puts(b, ",\"scored\":");
    jx_buf_puts(b, s->finding ? "false" : "true");
}

int jx_scorecard_json(jx_buf *b, const jx_scorecard *sc, int pretty)
{
    const char *nl = pretty ? "\n" : "";
    const char *i1 = pretty ? "  " : "", *i2 = pretty ? "    " : "",
               *i3 = pretty ? "      " : "";
    jx_buf_printf(b, "{%s%s\"source\":", nl, i1);
    jx_buf_json_cstr(b, sc->source);
    jx_buf_puts(b, ",\"actuals\":");
    jx_buf_json_cstr(b, sc->actuals_source);
    jx_buf_puts(b, ",\"rules\":");
    jx_buf_json_cstr(b, sc->pack);
    jx_buf_printf(b, ",%s%s\"tables\":[", nl, i1);
    for (size_t ti = 0; ti < sc->n; ti++) {
        const jx_scored_table *st = &sc->tables[ti];
        const jx_table *t = st->t;
        jx_buf_printf(b, "%s%s%s{\"kind\":", ti ? "," : "", nl, i2);
        jx_buf_json_cstr(b, jx_table_kind_name(t->kind));
        jx_buf_puts(b, ",\"code\":");
        jx_buf_json_cstr(b, t->code);
        jx_buf_puts(b, ",\"name\":");
        jx_buf_json_cstr(b, t->name);
        jx_buf_puts(b, ",\"total\":");
        jx_buf_json_num(b, st->total);
        jx_buf_puts(b, ",\"points\":");
        jx_buf_json_num(b, st->points);
        jx_buf_puts(b, ",\"grade\":");
        jx_buf_json_cstr(b, st->grade);
        jx_buf_printf(b, ",\"unscored\":%zu,\"complete\":%s", st->unscored,
                      st->unscored ? "false" : "true");
        jx_buf_puts(b, ",\"budget_execution\":");
        if (st->has_exec) {
            const jx_execution *x = &t->execution;
            (void)x;
            jx_buf_putc(b, '{');
            score_json(b, &st->exec);
            jx_buf_putc(b, '}');
        } else {
            jx_buf_puts(b, "null");
        }
        jx_buf_printf(b, ",%s%s\"indicators\":[", nl, i2);
        for (size_t i = 0; i < st->n; i++) {
            const jx_scored *r = &st->rows[i];
            const jx_indicator *ind = r->ind;
            jx_buf_printf(b, "%s%s%s{\"level1\":", i ? "," : "", nl, i3);
            jx_buf_json_cstr(b, ind->level1);
            jx_buf_puts(b, ",\"level2\":");
            jx_buf_json_cstr(b, ind->level2);
            jx_buf_puts(b, ",\"level3\":");
            jx_buf_json_cstr(b, ind->level3);
            jx_buf_puts(b, ",\"line\":");
            jx_buf_printf(b, "%d", ind->line);
            jx_buf_puts(b, ",\"target\":");
            jx_json_value(b, &ind->target);
            jx_buf_puts(b, ",\"actual\":");
            jx_buf_json_cstr(b, r->actual);
            jx_buf_putc(b, ',');
            score_json(b, &r->s);
            jx_buf_puts(b, ",\"below_target\":");
            jx_buf_puts(b, r->short_of_target ? "true" : "false");
            jx_buf_puts(b, ",\"deviation\":");
            jx_buf_json_cstr(b, r->deviation);
            if (!isnan(r->printed)) {
                jx_buf_puts(b, ",\"printed_score\":");
                jx_buf_json_num(b, r->printed);
            }
            jx_buf_putc(b, '}');
        }
        jx_buf_printf(b, "%s%s]}", st->n ? nl : "", st->n ? i2 : "");
    }
    jx_buf_printf(b, "%s%s],%s%s\"findings\":[", sc->n ? nl : "", sc->n ? i1 : "", nl, i1);
    for (size_t i = 0; i < sc->nf; i++) {
        const jx_sc_finding *f = &sc->f[i];
        jx_buf_printf(b, "%s%s%s{\"severity\":", i ? "," : "", nl, i2);
        jx_buf_json_cstr(b, f->severity);
        jx_buf_puts(b, ",\"code\":");
        jx_buf_json_cstr(b, f->code);
        jx_buf_puts(b, ",\"message\":");
        jx_buf_json_cstr(b, f->message);
        jx_buf_puts(b, ",\"source\":");
        jx_buf_json_cstr(b, sc->source);
        jx_buf_printf(b, ",\"line\":%d,\"project\":", f->line);
        jx_buf_json_cstr(b, f->project);
        jx_buf_puts(b, ",\"indicator\":");
        jx_buf_json_cstr(b, f->indicator);
        jx_buf_putc(b, '}');
    }
    jx_buf_printf(b, "%s%s]%s}\n", sc->nf ? nl : "", sc->nf ? i1 : "", nl);
    return jx_buf_failed(b) ? JX_ENOMEM : JX_OK;
}

static void num(char *buf, size_t n, double v)
{
    if (isnan(v))
        snprintf(buf, n, "—");
    else
        snprintf(buf, n, "%.2f", v);
}

/* Bytes of s that fit in room display columns, cut at a character. */
static size_t fit(const char *s, size_t room)
{
    size_t len = strlen(s), i = 0, cols = 0;
    while (i < len) {
        uint32_t cp;
        int k = jx_utf8_decode((const unsigned char *)s + i, len - i, &cp);
        if (k <= 0)
            return len;
        size_t cw = jx_utf8_width(s + i, (size_t)k);
        if (cols + cw > room)
            break;
        cols += cw;
        i += (size_t)k;
    }
    return i ? i : len;
}

/* One indicator row; a name wider than its column wraps onto the next
 * lines instead of being cut (the table is handed in). */
static void wrap_row(jx_buf *b, const char *cell[5], const size_t wid[5], const char *p,
                     const char *s, const char *dev)
{
    const char *rest[5];
    memcpy(rest, cell, sizeof rest);
    for (int line = 0;; line++) {
        int more = 0;
        for (int c = 0; c < 5; c++) {
            size_t n = fit(rest[c], wid[c]);
            char piece[1024];
            snprintf(piece, sizeof piece, "%.*s", (int)(n < sizeof piece ? n : sizeof piece - 1),
                     rest[c]);
            jx_pad(b, piece, wid[c] + 2);
            rest[c] += n;
            more |= *rest[c] != '\0';
        }
        if (!line) {
            jx_pad(b, p, 8);
            jx_pad(b, s, 8);
            jx_buf_printf(b, "%s\n", dev);
        } else {
            while (b->len && b->p[b->len - 1] == ' ')
                b->len--;
            jx_buf_putc(b, '\n');
        }
        if (!more)
            break;
    }
}

int jx_scorecard_table(jx_buf *b, const jx_scorecard *sc, int explain, int md)
{
    jx_buf_printf(b, "%s绩效自评：%s（规则包 %s）\n", md ? "# " : "", sc->source, sc->pack);
    for (size_t ti = 0; ti < sc->n; ti++) {
        const jx_scored_table *st = &sc->tables[ti];
        const jx_table *t = st->t;
        char tl[300];
        label(t, tl, sizeof tl);
        jx_buf_printf(b, "\n%s%s%s\n", md ? "## " : "== ",
                      t->kind == JX_TABLE_DEPARTMENT ? "部门整体支出绩效自评表　" : "项目支出绩效自评表　",
                      t->kind == JX_TABLE_DEPARTMENT ? (t->name ? t->name : "") : tl);
        if (md)
            jx_buf_puts(b, "\n| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因 |\n"
                           "|---|---|---|---|---|---:|---:|---|\n");
        size_t w1 = 8, w2 = 8, w3 = 8, w4 = 10, w5 = 10;
        for (size_t i = 0; i < st->n; i++) {
            const jx_indicator *ind = st->rows[i].ind;
            size_t a = ind->level1 ? jx_utf8_width(ind->level1, strlen(ind->level1)) : 1;
            size_t c = ind->level2 ? jx_utf8_width(ind->level2, strlen(ind->level2)) : 1;
            size_t d = jx_utf8_width(ind->level3, strlen(ind->level3));
            size_t g = jx_utf8_width(ind->target_raw, strlen(ind->target_raw));
            const char *ac = st->rows[i].actual ? st->rows[i].actual : "";
            size_t h = jx_utf8_width(ac, strlen(ac));
            if (a > w1) w1 = a > 12 ? 12 : a;
            if (c > w2) w2 = c > 18 ? 18 : c;
            if (d > w3) w3 = d > 34 ? 34 : d;
            if (g > w4) w4 = g > 24 ? 24 : g;
            if (h > w5) w5 = h > 16 ? 16 : h;
        }
        if (!md) {
            jx_pad(b, "一级指标", w1 + 2);
            jx_pad(b, "二级指标", w2 + 2);
            jx_pad(b, "三级指标", w3 + 2);
            jx_pad(b, "年度指标值", w4 + 2);
            jx_pad(b, "实际完成值", w5 + 2);
            jx_pad(b, "分值", 8);
            jx_pad(b, "得分", 8);
            jx_buf_puts(b, "偏差原因\n");
        }
        for (size_t i = 0; i < st->n; i++) {
            const jx_scored *r = &st->rows[i];
            const jx_indicator *ind = r->ind;
            char p[32], s[32];
            num(p, sizeof p, r->s.points);
            num(s, sizeof s, r->s.score);
            const char *dev = r->deviation ? r->deviation : (r->short_of_target ? "（未填写）" : "");
            if (md) {
                jx_buf_printf(b, "| %s | %s | %s | %s | %s | %s | %s | %s |\n",
                              ind->level1 ? ind->level1 : "", ind->level2 ? ind->level2 : "",
                              ind->level3, ind->target_raw, r->actual ? r->actual : "", p, s,
                              dev);
                if (explain)
                    jx_buf_printf(b, "|  |  | ↳ %s |  |  |  |  |  |\n", r->s.explain);
                continue;
            }
            const char *cell[5] = {ind->level1 ? ind->level1 : "—",
                                   ind->level2 ? ind->level2 : "—", ind->level3,
                                   ind->target_raw, r->actual ? r->actual : "（未填）"};
            const size_t wid[5] = {w1, w2, w3, w4, w5};
            wrap_row(b, cell, wid, p, s, dev);
            if (explain)
                jx_buf_printf(b, "    ↳ %s\n", r->s.explain);
        }
        if (st->has_exec) {
            char p[32], s[32];
            num(p, sizeof p, st->exec.points);
            num(s, sizeof s, st->exec.score);
            jx_buf_printf(b, "%s预算执行率：分值 %s　得分 %s%s%s\n", md ? "\n" : "", p, s,
                          explain || st->exec.finding ? "　" : "",
                          explain || st->exec.finding ? st->exec.explain : "");
        }
        char tot[32], pts[32];
        num(tot, sizeof tot, st->total);
        num(pts, sizeof pts, st->points);
        if (!st->grade)
            jx_buf_printf(b, "%s总分：—　等级：—（没有可计分的项）\n", md ? "\n" : "");
        else if (st->unscored)
            jx_buf_printf(b, "%s总分：%s / %s　等级：%s（暂定：%zu 项未计分）\n", md ? "\n" : "",
                          tot, pts, st->grade, st->unscored);
        else
            jx_buf_printf(b, "%s总分：%s / %s　等级：%s\n", md ? "\n" : "", tot, pts, st->grade);
    }
    /* the deviation list */
    int any = 0;
    for (size_t ti = 0; ti < sc->n; ti++)
        for (size_t i = 0; i < sc->tables[ti].n; i++) {
            const jx_scored *r = &sc->tables[ti].rows[i];
            if (!r->short_of_target)
                continue;
            if (!any++)
                jx_buf_printf(b, "\n%s偏差清单（未达到目标的指标）\n", md ? "## " : "== ");
            char tl[300];
            label(sc->tables[ti].t, tl, sizeof tl);
            jx_buf_printf(b, "%s%s　%s：目标 %s，实际 %s，得分 %.2f/%.2f；偏差原因：%s\n",
                          md ? "- " : "  ", tl, r->ind->level3, r->ind->target_raw,
                          r->actual ? r->actual : "", r->s.score, r->s.points,
                          r->deviation ? r->deviation : "（未填写）");
        }
    if (sc->nf) {
        jx_buf_printf(b, "\n%s发现（%zu 条）\n", md ? "## " : "== ", sc->nf);
        for (size_t i = 0; i < sc->nf; i++)
            jx_buf_printf(b, "%s%s:%d: %s[%s]: %s\n", md ? "- " : "", sc->source,
                          sc->f[i].line, sc->f[i].severity, sc->f[i].code, sc->f[i].message);
    }
    return jx_buf_failed(b) ? JX_ENOMEM : JX_OK;
}

int jx_scorecard_csv(jx_buf *b, const jx_scorecard *sc, int header)
{
    if (header)
        jx_buf_puts(b, "\xEF\xBB\xBFsource,table,code,name,level1,level2,level3,target,actual,"
                       "points,score,rule,explain,below_target,deviation,line\n");
    for (size_t ti = 0; ti < sc->n; ti++) {
        const jx_scored_table *st = &sc->tables[ti];
        const jx_table *t = st->t;
        for (size_t i = 0; i < st->n; i++) {
            const jx_scored *r = &st->rows[i];
            jx_csv_cell(b, sc->source, 1);
            jx_csv_cell(b, jx_table_kind_name(t->kind), 0);
            jx_csv_cell(b, t->code, 0);
            jx_csv_cell(b, t->name, 0);
            jx_csv_cell(b, r->ind->level1, 0);
            jx_csv_cell(b, r->ind->level2, 0);
            jx_csv_cell(b, r->ind->level3, 0);
            jx_csv_cell(b, r->ind->target_raw, 0);
            jx_csv_cell(b, r->actual, 0);
            jx_csv_num(b, r->s.points);
            jx_csv_num(b, r->s.score);
            jx_csv_cell(b, r->s.rule, 0);
            jx_csv_cell(b, r->s.explain, 0);
            jx_csv_cell(b, r->short_of_target ? "true" : "false", 0);
            jx_csv_cell(b, r->deviation, 0);
            jx_buf_printf(b, ",%d\n", r->ind->line);
        }
        if (st->has_exec) {
            jx_csv_cell(b, sc->source, 1);
            jx_csv_cell(b, jx_table_kind_name(t->kind), 0);
            jx_csv_cell(b, t->code, 0);
            jx_csv_cell(b, t->name, 0);
            jx_csv_cell(b, "预算执行率", 0);
            jx_buf_puts(b, ",,,,");
            jx_csv_num(b, st->exec.points);
            jx_csv_num(b, st->exec.score);
            jx_csv_cell(b, st->exec.rule, 0);
            jx_csv_cell(b, st->exec.explain, 0);
            jx_buf_printf(b, ",false,,%d\n", t->line);
        }
        jx_csv_cell(b, sc->source, 1);
        jx_csv_cell(b, jx_table_kind_name(t->kind), 0);
        jx_csv_cell(b, t->code, 0);
        jx_csv_cell(b, t->name, 0);
        jx_csv_cell(b, "总分", 0);
        jx_buf_puts(b, ",,,,");
        jx_csv_num(b, st->points);
        jx_csv_num(b, st->total);
        jx_csv_cell(b, st->grade, 0);
        /* the 暂定 mark: the total leaves indicators out */
        char prov[64] = "";
        if (st->grade && st->unscored)
            snprintf(prov, sizeof prov, "暂定：%zu 项未计分", st->unscored);
        jx_csv_cell(b, prov, 0);
        jx_buf_printf(b, ",false,,%d\n", t->line);
    }
    return jx_buf_failed(b) ? JX_ENOMEM : JX_OK;
}
