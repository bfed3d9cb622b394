/*
 * template.c - the fill-in sheet for the year's actuals (jixiao/template.h):
 * what the pack says besides the tables (the 预算执行率 name and 分值,
 * which indicators are 变动率 ones), the tables' 分值, and the format by
 * name sent to a stream or a file.  The writers are in write/template.c
 * (CSV, YAML, JSON) and write/xlsx.c (the workbook).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "rules.h"
#include "write/write.h"

static const char *const tpl_formats[] = {"csv", "xlsx", "yaml", "json"};

jx_status jx_tpl_format_parse(const char *name, jx_tpl_format *out)
{
    for (size_t i = 0; i < JX_ARRAY_LEN(tpl_formats); i++)
        if (!strcmp(name, tpl_formats[i])) {
            *out = (jx_tpl_format)i;
            return JX_OK;
        }
    return JX_EUSAGE;
}

/* ---- 变动率 indicators ---- */

typedef struct years_ctx {
    jx_engine *e;
    const char *name;
    int yes;
} years_ctx;

/* Inside jx_rules_protect: the list read raw, strings only (a number
 * would be converted in place) */
static int years_body(lua_State *L, void *ud)
{
    years_ctx *c = ud;
    if (jx_rules_push(c->e, "formulas.change_rate") && lua_istable(L, -1)) {
        lua_Integer n = (lua_Integer)lua_rawlen(L, -1);
        for (lua_Integer i = 1; i <= n && !c->yes; i++) {
            const char *w = lua_rawgeti(L, -1, i) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
            c->yes = w && *w && strstr(c->name, w);
            lua_pop(L, 1);
        }
    }
    lua_pop(L, 1);
    return JX_OK;
}

/* A 变动率 indicator (a name with one of the pack's formulas.change_rate
 * words, or a change target such as 同比下降5%) asks for the two numbers
 * the rate is computed from, 本年数 and 上年数; ud is the engine. */
int jx_template_wants_years(const jx_indicator *ind, void *ud)
{
    jx_engine *e = ud;
    if (ind->target.change)
        return 1;
    if (!ind->level3)
        return 0;
    years_ctx c = {e, ind->level3, 0};
    jx_error err = {0};
    if (jx_rules_protect(e, years_body, &c, "读取 formulas.change_rate", &err))
        return 0;
    return c.yes;
}

/* ---- the job ---- */

/* execution.name and execution.points of the pack: a string only
 * (lua_tostring of a number would allocate in the state outside a
 * protected call); the name copied into d. */
static void exec_info(jx_engine *e, jx_doc *d, const char **name, double *points)
{
    *name = "预算执行率";
    *points = NAN;
    lua_State *L = jx_rules_state(e);
    if (jx_rules_push(e, "execution.name") && lua_type(L, -1) == LUA_TSTRING) {
        const char *s = jx_doc_strdup(d, lua_tostring(L, -1));
        if (s)
            *name = s;
    }
    lua_pop(L, 1);
    if (jx_rules_push(e, "execution.points") && lua_isnumber(L, -1))
        *points = lua_tonumber(L, -1);
    lua_pop(L, 1);
}

jx_status jx_template_new(jx_engine *e, jx_doc *doc, jx_template **out, jx_error *err)
{
    *out = NULL;
    size_t n = jx_doc_ntables(doc);
    if (!n)
        return jx_fail(err, JX_EINPUT, jx_doc_source(doc), 0, 0, "没有找到绩效目标表");
    jx_template *tp = calloc(1, sizeof *tp);
    jx_error *errs = calloc(n, sizeof *errs);
    if (!tp || !errs) {
        free(tp);
        free(errs);
        return jx_fail(err, JX_ENOMEM, NULL, 0, 0, "内存不足");
    }
    tp->e = e;
    tp->d = doc;
    tp->errs = errs;
    tp->n = n;
    tp->ti = (jx_template_info){jx_engine_pack(e), NULL, NAN, jx_doc_year(doc),
                                jx_template_wants_years, e};
    exec_info(e, doc, &tp->ti.exec_name, &tp->ti.exec_points);
    for (size_t i = 0; i < n; i++) {
        jx_status st = jx_engine_points(e, jx_doc_table(doc, i), &errs[i]);
        if (st && !errs[i].code)
            errs[i].code = st; /* a table in error however it was told */
    }
    *out = tp;
    return JX_OK;
}

void jx_template_free(jx_template *tp)
{
    if (!tp)
        return;
    free(tp->errs);
    free(tp);
}

const jx_error *jx_template_table_error(const jx_template *tp, size_t t)
{
    return t < tp->n && tp->errs[t].code ? &tp->errs[t] : NULL;
}

/* ---- writing ---- */

/* The workbook needs every table's 分值: the first table error, copied
 * into err; JX_OK when there is none. */
static jx_status points_error(const jx_template *tp, jx_error *err)
{
    for (size_t i = 0; i < tp->n; i++)
        if (tp->errs[i].code) {
            if (err)
                *err = tp->errs[i];
            return tp->errs[i].code;
        }
    return JX_OK;
}

typedef struct xlsx_job {
    const jx_template *tp;
    jx_error *err;
} xlsx_job;

static int xlsx_run(const char *path, void *ud)
{
    xlsx_job *j = ud;
    return jx_template_xlsx(path, j->tp->d, &j->tp->ti, j->err);
}

/* CSV, YAML or JSON, built whole: JX_OK or JX_ENOMEM (b freed). */
static jx_status build_text(jx_buf *b, const jx_template *tp, jx_tpl_format f, jx_error *err)
{
    jx_buf_init(b);
    jx_template_text(b, tp, f);
    if (!jx_buf_failed(b))
        return JX_OK;
    jx_buf_free(b);
    return jx_fail(err, JX_ENOMEM, NULL, 0, 0, "内存不足");
}

jx_status jx_template_write(const jx_template *tp, jx_tpl_format f, FILE *out, jx_error *err)
{
    jx_status rc;
    if (f == JX_TPL_XLSX) {
        xlsx_job j = {tp, err};
        return (rc = points_error(tp, err)) ? rc : (jx_status)jx_write_via_temp(xlsx_run, &j, out, err);
    }
    jx_buf b;
    if ((rc = build_text(&b, tp, f, err)))
        return rc;
    if (fwrite(b.p, 1, b.len, out) != b.len)
        rc = jx_fail(err, JX_EIO, NULL, 0, 0, "无法写入");
    jx_buf_free(&b);
    return rc;
}

jx_status jx_template_write_file(const jx_template *tp, jx_tpl_format f, const char *path,
                                 jx_error *err)
{
    jx_status rc;
    if (f == JX_TPL_XLSX) {
        xlsx_job j = {tp, err};
        return (rc = points_error(tp, err)) ? rc : (jx_status)xlsx_run(path, &j);
    }
    jx_buf b;
    if ((rc = build_text(&b, tp, f, err)))
        return rc;
    FILE *fp = fopen(path, "wb");
    if (!fp || fwrite(b.p, 1, b.len, fp) != b.len)
        rc = jx_fail(err, JX_EIO, path, 0, 0, "无法写入");
    if (fp && fclose(fp) && !rc)
        rc = jx_fail(err, JX_EIO, path, 0, 0, "无法写入");
    jx_buf_free(&b);
    return rc;
}
