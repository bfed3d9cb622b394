/*
 * cmd_template.c - `jixiao template TARGETS`: the fill-in sheet for the
 * year's actuals, one row per indicator plus the 预算执行率 inputs per
 * project.  CSV is UTF-8 with BOM so Excel and WPS open it right; a
 * filled sheet reads back with `jixiao score --actuals`.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "doc_int.h"
#include "rules.h"

static void help(FILE *f)
{
    fputs("用法: jixiao template TARGETS [OPTIONS]\n"
          "\n"
          "Writes the fill-in sheet for year-end actuals: every indicator of every\n"
          "table (表类型, 项目编码, 项目名称, 一级/二级/三级指标, 年度指标值, 分值 from\n"
          "the pack's weights) with empty 实际完成值, 得分 and 偏差原因分析及改进措施\n"
          "columns, and per project a 预算执行率 row for 全年预算数 and 全年执行数.\n"
          "Fill it in and give it to `jixiao score TARGETS --actuals SHEET`.\n"
          "(得分 is optional: set it only to give a qualitative indicator a score\n"
          "within its band.)\n"
          "\n"
          "  --format FMT     csv (default; UTF-8 with BOM for Excel/WPS), yaml, json\n"
          "  --rules PACK     rule pack for the 分值 (default national)\n"
          "  --encoding ENC   auto, utf-8, gb18030\n"
          "  --max-input SIZE largest input read (default 256M; e.g. 512M, 1G)\n"
          "  -h, --help       this help\n",
          f);
}

static const char *num(char *buf, size_t n, double v)
{
    if (isnan(v))
        return "";
    snprintf(buf, n, "%.2f", v);
    /* 2 decimals, trailing zeros dropped: 12.5, 10, 1.54 */
    char *dot = strchr(buf, '.');
    if (dot) {
        char *end = buf + strlen(buf) - 1;
        while (end > dot && *end == '0')
            *end-- = '\0';
        if (end == dot)
            *end = '\0';
    }
    return buf;
}

static void yq(jx_buf *b, const char *s)
{
    if (!s) {
        jx_buf_puts(b, "null");
        return;
    }
    jx_buf_json_str(b, s, strlen(s)); /* a JSON string is a YAML string */
}

int cmd_template(int argc, char **argv)
{
    if (cli_is_help(argc, argv)) {
        help(stdout);
        return JX_EXIT_OK;
    }
    const char *format = "csv", *enc = "auto", *pack = "national", *target = NULL;
    const char *maxin = NULL; /* --max-input */
    int r;
    for (int i = 1; i < argc; i++) {
        const char *v;
        if ((r = cli_opt("template", argc, argv, &i, "--format", &v))) {
            if (r < 0)
                return JX_EXIT_USAGE;
            format = v;
        } else if ((r = cli_opt("template", argc, argv, &i, "--encoding", &v))) {
            if (r < 0)
                return JX_EXIT_USAGE;
            enc = v;
        } else if ((r = cli_opt("template", argc, argv, &i, "--max-input", &v))) {
            if (r < 0)
                return JX_EXIT_USAGE;
            maxin = v;
        } else if ((r = cli_opt("template", argc, argv, &i, "--rules", &v))) {
            if (r < 0)
                return JX_EXIT_USAGE;
            pack = v;
        } else if (argv[i][0] == '-' && argv[i][1]) {
            return cli_usage_error("template", "未知选项 %s", argv[i]);
        } else if (!target) {
            target = argv[i];
        } else {
            return cli_usage_error("template", "只能给一个目标表文件");
        }
    }
    if (!target)
        return cli_usage_error("template", "缺少目标表文件");
    if (strcmp(format, "csv") && strcmp(format, "yaml") && strcmp(format, "json"))
        return cli_usage_error("template", "未知格式 %s（可用 csv、yaml、json）", format);
    jx_parse_opts po = {0};
    if (cli_encoding("template", enc, &po.encoding))
        return JX_EXIT_USAGE;
    if (maxin && cli_max_input("template", maxin, &po.max_input))
        return JX_EXIT_USAGE;
    jx_engine *e;
    if (cli_engine("template", pack, &e))
        return JX_EXIT_USAGE;
    jx_doc *d;
    if (cli_load("template", target, &po, e, &d)) {
        jx_engine_free(e);
        return JX_EXIT_USAGE;
    }
    if (!jx_doc_ntables(d)) {
        fprintf(stderr, "jixiao template: %s: 没有找到绩效目标表\n", jx_doc_source(d));
        jx_doc_free(d);
        jx_engine_free(e);
        return JX_EXIT_USAGE;
    }
    const char *exec_name = "预算执行率";
    double exec_points = NAN;
    lua_State *L = jx_rules_state(e);
    if (jx_rules_push(e, "execution.name") && lua_isstring(L, -1))
        exec_name = jx_doc_strdup(d, lua_tostring(L, -1));
    lua_pop(L, 1);
    if (jx_rules_push(e, "execution.points") && lua_isnumber(L, -1))
        exec_points = lua_tonumber(L, -1);
    lua_pop(L, 1);
    int rc = JX_EXIT_OK;
    jx_buf b;
    jx_buf_init(&b);
    int csv = !strcmp(format, "csv"), json = !strcmp(format, "json");
    if (csv)
        jx_buf_puts(&b, "\xEF\xBB\xBF表类型,项目编码,项目名称,一级指标,二级指标,三级指标,"
                        "年度指标值,分值,实际完成值,得分,偏差原因分析及改进措施,"
                        "全年预算数,全年执行数\n");
    else if (json)
        jx_buf_puts(&b, "{\"source\":");
    else
        jx_buf_puts(&b, "# jixiao 自评填报表：填写 actual（实际完成值）、deviation（偏差原因），\n"
                        "# 以及每个项目的 budget（全年预算数）和 executed（全年执行数）。\n"
                        "source: ");
    if (!csv) {
        yq(&b, jx_doc_source(d));
        jx_buf_puts(&b, json ? ",\"actuals\":[" : "\nactuals:\n");
    }
    int first = 1;
    for (size_t ti = 0; ti < jx_doc_ntables(d); ti++) {
        jx_table *t = jx_doc_table(d, ti);
        jx_error err = {0};
        if (jx_engine_points(e, t, &err)) {
            cli_error("template", &err);
            rc = JX_EXIT_USAGE;
        }
        const char *kind = t->kind == JX_TABLE_DEPARTMENT ? "部门整体" : "项目";
        for (size_t i = 0; i < t->n; i++) {
            const jx_indicator *ind = &t->ind[i];
            if (ind->period && strcmp(ind->period, "年度"))
                continue;
            char p[32];
            if (csv) {
                jx_csv_cell(&b, kind, 1);
                jx_csv_cell(&b, t->code, 0);
                jx_csv_cell(&b, t->kind == JX_TABLE_PROJECT ? t->name : NULL, 0);
                jx_csv_cell(&b, ind->level1, 0);
                jx_csv_cell(&b, ind->level2, 0);
                jx_csv_cell(&b, ind->level3, 0);
                jx_csv_cell(&b, ind->target_raw, 0);
                jx_csv_cell(&b, num(p, sizeof p, ind->points), 0);
                jx_buf_puts(&b, ",,,,,\n");
                continue;
            }
            jx_buf_puts(&b, json ? (first ? "\n  {" : ",\n  {") : "  - {");
            first = 0;
            jx_buf_puts(&b, json ? "\"kind\":" : "kind: ");
            yq(&b, t->kind == JX_TABLE_DEPARTMENT ? "department" : "project");
            jx_buf_puts(&b, json ? ",\"code\":" : ", code: ");
            yq(&b, t->code);
            jx_buf_puts(&b, json ? ",\"name\":" : ", name: ");
            yq(&b, t->kind == JX_TABLE_PROJECT ? t->name : NULL);
            jx_buf_puts(&b, json ? ",\"level1\":" : ",\n      level1: ");
            yq(&b, ind->level1);
            jx_buf_puts(&b, json ? ",\"level2\":" : ", level2: ");
            yq(&b, ind->level2);
            jx_buf_puts(&b, json ? ",\"level3\":" : ", level3: ");
            yq(&b, ind->level3);
            jx_buf_puts(&b, json ? ",\"target\":" : ",\n      target: ");
            yq(&b, ind->target_raw);
            jx_buf_puts(&b, json ? ",\"points\":" : ", points: ");
            jx_buf_puts(&b, isnan(ind->points) ? "null" : num(p, sizeof p, ind->points));
            jx_buf_puts(&b, json ? ",\"actual\":\"\",\"score\":null,\"deviation\":\"\"}"
                                 : ",\n      actual: \"\", score: null, deviation: \"\"}\n");
        }
    }
    if (!csv)
        jx_buf_puts(&b, json ? "\n],\"execution\":[" : "execution:\n");
    first = 1;
    for (size_t ti = 0; ti < jx_doc_ntables(d); ti++) {
        jx_table *t = jx_doc_table(d, ti);
        if (t->kind != JX_TABLE_PROJECT)
            continue;
        char p[32];
        if (csv) {
            jx_csv_cell(&b, "项目", 1);
            jx_csv_cell(&b, t->code, 0);
            jx_csv_cell(&b, t->name, 0);
            jx_csv_cell(&b, exec_name, 0);
            jx_buf_puts(&b, ",,,");
            jx_csv_cell(&b, num(p, sizeof p, exec_points), 0);
            jx_buf_puts(&b, ",,,,,\n");
            continue;
        }
        jx_buf_puts(&b, json ? (first ? "\n  {" : ",\n  {") : "  - {");
        first = 0;
        jx_buf_puts(&b, json ? "\"code\":" : "code: ");
        yq(&b, t->code);
        jx_buf_puts(&b, json ? ",\"name\":" : ", name: ");
        yq(&b, t->name);
        jx_buf_puts(&b, json ? ",\"budget\":null,\"executed\":null}"
                             : ", budget: null, executed: null}\n");
    }
    if (json)
        jx_buf_puts(&b, "\n]}\n");
    fwrite(b.p, 1, b.len, stdout);
    jx_buf_free(&b);
    jx_doc_free(d);
    jx_engine_free(e);
    return rc;
}
