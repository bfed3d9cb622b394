/*
 * scorecard.c - the scorecard's writers for machines and terminals (JSON,
 * table/Markdown, CSV), and jx_scorecard_write: a format by name, sent to
 * a stream or a file; the Excel, HTML, PDF and Chinese CSV writers are in
 * xlsx.c, html.c, pdf.c, csv.c.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "doc_int.h"
#include "scorecard.h"
#include "write.h"

static void score_json(jx_buf *b, const jx_score *s, jx_json_seen *w)
{
    jx_buf_puts(b, "\"points\":");
    jx_buf_json_num(b, s->points);
    jx_buf_puts(b, ",\"score\":");
    jx_buf_json_num(b, s->score);
    jx_buf_puts(b, ",\"rule\":");
    jx_json_seen_str(b, w, s->rule && *s->rule ? s->rule : NULL);
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
    /* names, rules and the document's name recur row to row and in the
     * findings: escaped once */
    jx_json_seen w;
    memset(w.s, 0, sizeof w.s); /* no string seen: off and len are read only after one */
    jx_buf_putc(b, '{');
    jx_buf_puts(b, nl);
    jx_buf_puts(b, i1);
    jx_buf_puts(b, "\"source\":");
    jx_buf_json_cstr(b, sc->source);
    jx_buf_puts(b, ",\"actuals\":");
    jx_buf_json_cstr(b, sc->actuals_source);
    jx_buf_puts(b, ",\"rules\":");
    jx_buf_json_cstr(b, sc->pack);
    jx_buf_putc(b, ',');
    jx_buf_puts(b, nl);
    jx_buf_puts(b, i1);
    jx_buf_puts(b, "\"tables\":[");
    for (size_t ti = 0; ti < sc->n; ti++) {
        const jx_scored_table *st = &sc->tables[ti];
        const jx_table *t = st->t;
        jx_buf_puts(b, ti ? "," : "");
        jx_buf_puts(b, nl);
        jx_buf_puts(b, i2);
        jx_buf_puts(b, "{\"kind\":");
        jx_json_seen_str(b, &w, jx_table_kind_name(t->kind));
        jx_buf_puts(b, ",\"code\":");
        jx_buf_json_cstr(b, t->code);
        jx_buf_puts(b, ",\"name\":");
        jx_buf_json_cstr(b, t->name);
        jx_buf_puts(b, ",\"total\":");
        jx_buf_json_num(b, st->total);
        jx_buf_puts(b, ",\"points\":");
        jx_buf_json_num(b, st->points);
        jx_buf_puts(b, ",\"grade\":");
        jx_json_seen_str(b, &w, st->grade);
        jx_buf_puts(b, ",\"unscored\":");
        jx_buf_put_int(b, (long long)st->unscored);
        jx_buf_puts(b, st->unscored ? ",\"complete\":false" : ",\"complete\":true");
        jx_buf_puts(b, ",\"budget_execution\":");
        if (st->has_exec) {
            const jx_execution *x = &t->execution;
            (void)x;
            jx_buf_putc(b, '{');
            score_json(b, &st->exec, &w);
            jx_buf_putc(b, '}');
        } else {
            jx_buf_puts(b, "null");
        }
        jx_buf_putc(b, ',');
        jx_buf_puts(b, nl);
        jx_buf_puts(b, i2);
        jx_buf_puts(b, "\"indicators\":[");
        for (size_t i = 0; i < st->n; i++) {
            const jx_scored *r = &st->rows[i];
            const jx_indicator *ind = r->ind;
            jx_buf_puts(b, i ? "," : "");
            jx_buf_puts(b, nl);
            jx_buf_puts(b, i3);
            jx_buf_puts(b, "{\"level1\":");
            jx_json_seen_str(b, &w, ind->level1);
            jx_buf_puts(b, ",\"level2\":");
            jx_json_seen_str(b, &w, ind->level2);
            jx_buf_puts(b, ",\"level3\":");
            jx_json_seen_str(b, &w, ind->level3);
            jx_buf_puts(b, ",\"line\":");
            jx_buf_put_int(b, ind->line);
            jx_buf_puts(b, ",\"target\":");
            jx_json_value(b, &ind->target);
            jx_buf_puts(b, ",\"actual\":");
            jx_buf_json_cstr(b, r->actual);
            jx_buf_putc(b, ',');
            score_json(b, &r->s, &w);
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
        jx_buf_puts(b, st->n ? nl : "");
        jx_buf_puts(b, st->n ? i2 : "");
        jx_buf_puts(b, "]}");
    }
    jx_buf_puts(b, sc->n ? nl : "");
    jx_buf_puts(b, sc->n ? i1 : "");
    jx_buf_puts(b, "],");
    jx_buf_puts(b, nl);
    jx_buf_puts(b, i1);
    jx_buf_puts(b, "\"findings\":[");
    for (size_t i = 0; i < sc->nf; i++) {
        jx_buf_puts(b, i ? "," : "");
        jx_buf_puts(b, nl);
        jx_buf_puts(b, i2);
        jx_json_finding_seen(b, &sc->f[i], &w);
    }
    jx_buf_puts(b, sc->nf ? nl : "");
    jx_buf_puts(b, sc->nf ? i1 : "");
    jx_buf_putc(b, ']');
    jx_buf_puts(b, nl);
    jx_buf_puts(b, "}\n");
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

/* Column widths of the terminal table (display columns, capped). */
typedef struct text_widths {
    size_t w[5]; /* 一级, 二级, 三级, 指标值, 实际完成值 */
} text_widths;

static size_t width_of(const char *s, size_t none, size_t cap, size_t w)
{
    size_t n = s ? jx_utf8_width(s, strlen(s)) : none;
    return n > w ? (n > cap ? cap : n) : w;
}

static text_widths text_widths_of(const jx_scored_table *st)
{
    text_widths tw = {{8, 8, 8, 10, 10}};
    for (size_t i = 0; i < st->n; i++) {
        const jx_indicator *ind = st->rows[i].ind;
        tw.w[0] = width_of(ind->level1, 1, 12, tw.w[0]);
        tw.w[1] = width_of(ind->level2, 1, 18, tw.w[1]);
        tw.w[2] = width_of(ind->level3, 1, 34, tw.w[2]);
        tw.w[3] = width_of(ind->target_raw, 1, 24, tw.w[3]);
        tw.w[4] = width_of(st->rows[i].actual ? st->rows[i].actual : "", 1, 16, tw.w[4]);
    }
    return tw;
}

/* The table's title and its column headings. */
static void text_head(jx_buf *b, const jx_scored_table *st, const text_widths *tw, int md)
{
    const jx_table *t = st->t;
    char tl[300];
    jx_scorecard_label(t, tl, sizeof tl);
    jx_buf_printf(b, "\n%s%s%s\n", md ? "## " : "== ",
                  t->kind == JX_TABLE_DEPARTMENT ? "部门整体支出绩效自评表　" : "项目支出绩效自评表　",
                  t->kind == JX_TABLE_DEPARTMENT ? (t->name ? t->name : "") : tl);
    if (md) {
        jx_buf_puts(b, "\n| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因 |\n"
                       "|---|---|---|---|---|---:|---:|---|\n");
        return;
    }
    jx_pad(b, "一级指标", tw->w[0] + 2);
    jx_pad(b, "二级指标", tw->w[1] + 2);
    jx_pad(b, "三级指标", tw->w[2] + 2);
    jx_pad(b, "年度指标值", tw->w[3] + 2);
    jx_pad(b, "实际完成值", tw->w[4] + 2);
    jx_pad(b, "分值", 8);
    jx_pad(b, "得分", 8);
    jx_buf_puts(b, "偏差原因\n");
}

/* One scored row, with its formula under it when explain. */
static void text_row(jx_buf *b, const jx_scored *r, const text_widths *tw, int explain, int md)
{
    const jx_indicator *ind = r->ind;
    char p[32], s[32];
    num(p, sizeof p, r->s.points);
    num(s, sizeof s, r->s.score);
    const char *dev = r->deviation ? r->deviation : (r->short_of_target ? "（未填写）" : "");
    if (md) {
        jx_buf_printf(b, "| %s | %s | %s | %s | %s | %s | %s | %s |\n",
                      ind->level1 ? ind->level1 : "", ind->level2 ? ind->level2 : "",
                      ind->level3, ind->target_raw, r->actual ? r->actual : "", p, s, dev);
        if (explain)
            jx_buf_printf(b, "|  |  | ↳ %s |  |  |  |  |  |\n", r->s.explain);
        return;
    }
    const char *cell[5] = {ind->level1 ? ind->level1 : "—", ind->level2 ? ind->level2 : "—",
                           ind->level3, ind->target_raw, r->actual ? r->actual : "（未填）"};
    wrap_row(b, cell, tw->w, p, s, dev);
    if (explain)
        jx_buf_printf(b, "    ↳ %s\n", r->s.explain);
}

/* 预算执行率 (projects), then the 总分 and 等级 (暂定 with rows unscored). */
static void text_totals(jx_buf *b, const jx_scored_table *st, int explain, int md)
{
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
        jx_buf_printf(b, "%s总分：%s / %s　等级：%s（暂定：%zu 项未计分）\n", md ? "\n" : "", tot,
                      pts, st->grade, st->unscored);
    else
        jx_buf_printf(b, "%s总分：%s / %s　等级：%s\n", md ? "\n" : "", tot, pts, st->grade);
}

/* The rows short of their target, over every table. */
static void text_deviations(jx_buf *b, const jx_scorecard *sc, int md)
{
    int any = 0;
    for (size_t ti = 0; ti < sc->n; ti++)
        for (size_t i = 0; i < sc->tables[ti].n; i++) {
            const jx_scored *r = &sc->tables[ti].rows[i];
            if (!r->short_of_target)
                continue;
            if (!any++)
                jx_buf_printf(b, "\n%s偏差清单（未达到目标的指标）\n", md ? "## " : "== ");
            char tl[300];
            jx_scorecard_label(sc->tables[ti].t, tl, sizeof tl);
            jx_buf_printf(b, "%s%s　%s：目标 %s，实际 %s，得分 %.2f/%.2f；偏差原因：%s\n",
                          md ? "- " : "  ", tl, r->ind->level3, r->ind->target_raw,
                          r->actual ? r->actual : "", r->s.score, r->s.points,
                          r->deviation ? r->deviation : "（未填写）");
        }
}

static void text_findings(jx_buf *b, const jx_scorecard *sc, int md)
{
    if (!sc->nf)
        return;
    jx_buf_printf(b, "\n%s发现（%zu 条）\n", md ? "## " : "== ", sc->nf);
    for (size_t i = 0; i < sc->nf; i++)
        jx_buf_printf(b, "%s%s:%d: %s[%s]: %s\n", md ? "- " : "", sc->source, sc->f[i].line,
                      jx_severity_name(sc->f[i].severity), sc->f[i].code, sc->f[i].message);
}

int jx_scorecard_text(jx_buf *b, const jx_scorecard *sc, int explain, int md)
{
    jx_buf_printf(b, "%s绩效自评：%s（规则包 %s）\n", md ? "# " : "", sc->source, sc->pack);
    for (size_t ti = 0; ti < sc->n; ti++) {
        const jx_scored_table *st = &sc->tables[ti];
        text_widths tw = text_widths_of(st);
        text_head(b, st, &tw, md);
        for (size_t i = 0; i < st->n; i++)
            text_row(b, &st->rows[i], &tw, explain, md);
        text_totals(b, st, explain, md);
    }
    text_deviations(b, sc, md);
    text_findings(b, sc, md);
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

/* ---- jx_scorecard_write ---- */

static const char *const sc_formats[] = {"table", "md", "json", "csv", "csv-zh",
                                         "xlsx", "html", "pdf"};

jx_status jx_sc_format_parse(const char *name, jx_sc_format *out)
{
    for (size_t i = 0; i < JX_ARRAY_LEN(sc_formats); i++)
        if (!strcmp(name, sc_formats[i])) {
            *out = (jx_sc_format)i;
            return JX_OK;
        }
    return JX_EUSAGE;
}

typedef struct binary_job {
    const jx_scorecard *sc;
    jx_sc_format f;
    jx_error *err;
} binary_job;

/* XLSX or PDF into the file at path. */
static int write_binary(const char *path, void *ud)
{
    binary_job *j = ud;
    if (j->f == JX_SC_XLSX)
        return jx_scorecard_xlsx(path, j->sc, j->err);
    jx_buf b;
    jx_buf_init(&b);
    jx_scorecard_html(&b, j->sc);
    int rc = b.p ? jx_html_to_pdf(b.p, b.len, path, j->err)
                 : jx_fail(j->err, JX_ENOMEM, NULL, 0, 0, "内存不足");
    jx_buf_free(&b);
    return rc;
}

static int is_binary(jx_sc_format f) { return f == JX_SC_XLSX || f == JX_SC_PDF; }

/* A text format, built whole first: never a truncated result, and no
 * file created when it cannot be built. */
static jx_status build_text(jx_buf *b, const jx_scorecard *sc, jx_sc_format f, unsigned flags,
                            jx_error *err)
{
    jx_buf_init(b);
    switch (f) {
    case JX_SC_JSON: jx_scorecard_json(b, sc, 1); break;
    case JX_SC_CSV: jx_scorecard_csv(b, sc, 1); break;
    case JX_SC_CSV_ZH: jx_scorecard_csv_zh(b, sc); break;
    case JX_SC_HTML: jx_scorecard_html(b, sc); break;
    default: jx_scorecard_text(b, sc, (flags & JX_SC_EXPLAIN) != 0, f == JX_SC_MD); break;
    }
    if (!jx_buf_failed(b))
        return JX_OK;
    jx_buf_free(b);
    return jx_fail(err, JX_ENOMEM, NULL, 0, 0, "内存不足，未能写出结果");
}

jx_status jx_scorecard_write(const jx_scorecard *sc, jx_sc_format f, unsigned flags, FILE *out,
                             jx_error *err)
{
    if (is_binary(f)) {
        binary_job j = {sc, f, err};
        return jx_write_via_temp(write_binary, &j, out, err);
    }
    jx_buf b;
    jx_status rc = build_text(&b, sc, f, flags, err);
    if (rc)
        return rc;
    if (fwrite(b.p, 1, b.len, out) != b.len)
        rc = jx_fail(err, JX_EIO, NULL, 0, 0, "无法写入");
    jx_buf_free(&b);
    return rc;
}

jx_status jx_scorecard_write_file(const jx_scorecard *sc, jx_sc_format f, unsigned flags,
                                  const char *path, jx_error *err)
{
    if (is_binary(f)) {
        binary_job j = {sc, f, err};
        return write_binary(path, &j);
    }
    jx_buf b;
    jx_status rc = build_text(&b, sc, f, flags, err);
    if (rc)
        return rc;
    FILE *fp = fopen(path, "wb");
    if (!fp || fwrite(b.p, 1, b.len, fp) != b.len)
        rc = jx_fail(err, JX_EIO, path, 0, 0, "无法写入");
    if (fp && fclose(fp) && !rc)
        rc = jx_fail(err, JX_EIO, path, 0, 0, "无法写入");
    jx_buf_free(&b);
    return rc;
}
