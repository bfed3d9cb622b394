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
#include <unistd.h>

#include "cli.h"
#include "doc_int.h"
#include "rules.h"
#include "write/write.h"

static void help(FILE *f)
{
    if (cli_help_english()) {
        fputs(
              "Usage: jixiao template TARGETS [OPTIONS]\n"
              "\n"
              "Writes the fill-in sheet for year-end actuals: every indicator of every\n"
              "table (表类型, 项目编码, 项目名称, 一级/二级/三级指标, 年度指标值, 分值 from\n"
              "the pack's weights) with empty 实际完成值, 得分 and 偏差原因分析及改进措施\n"
              "columns, and right after each project a 预算执行率 row for 全年预算数 and\n"
              "全年执行数.  Placeholder rows (……) are left out.  Fill it in and give it\n"
              "to `jixiao score TARGETS --actuals SHEET`.  (得分 is optional: set it only\n"
              "to give a qualitative indicator a score within its band.)\n"
              "A 变动率 indicator takes its 本年数 and 上年数（或上年实际） in two columns of\n"
              "their own (\"/\" on the CSV's other rows; in xlsx only on sheets that have\n"
              "one, grey on other rows): the pack computes (本年−上年)÷上年×100%, shows it\n"
              "and scores it.  A rate typed into 实际完成值, or \"本年数：120；上年数：100\"\n"
              "there, still works.\n"
              "\n"
              "Points: the 三级 indicators under one 一级 share its points equally,\n"
              "rounded to 2 decimals, the remainder on the last one (50 over 3:\n"
              "16.67, 16.67, 16.66).\n"
              "\n"
              "  --format FMT     csv (default; UTF-8 with BOM for Excel/WPS),\n"
              "                   xlsx (laid out like the official 自评表: yellow cells to\n"
              "                   fill, the rest locked, a hint per indicator, the 分值\n"
              "                   sum live, and a 说明 sheet), yaml, json\n"
              "  -o, --output FILE  write to FILE (xlsx is never written to a terminal)\n"
              "  --rules PACK     rule pack for the 分值 (default national)\n"
              "  --encoding ENC   auto, utf-8, gb18030\n"
              CLI_INPUT_HELP
              "  --max-input SIZE largest input read (default 256M; e.g. 512M, 1G)\n"
          "  -h, --help       this help (--help=zh: in Chinese)\n"
              "\n"
              "Example: jixiao template targets.txt --format xlsx -o sheet.xlsx\n",
              f);
        return;
    }
    fputs(
          "用法: jixiao template 目标表 [选项]\n"
          "\n"
          "生成年终自评的填报表：每张表的每个指标一行（表类型、项目编码、项目名称、\n"
          "一级/二级/三级指标、年度指标值、按规则包算出的分值），留空「实际完成值」\n"
          "「得分」「偏差原因分析及改进措施」，每个项目紧跟一行「预算执行率」填\n"
          "全年预算数和全年执行数。占位行（……）不列。填好后交给\n"
          "`jixiao score 目标表 --actuals 填报表` 计分。（「得分」可不填：只在定性指标\n"
          "要在档次内给分时填写。）变动率指标在「本年数」「上年数（或上年实际）」两栏填数\n"
          "（CSV 里其他指标这两栏为「/」；xlsx 只在有变动率指标的工作表上有这两栏，其他行\n"
          "为灰色）：规则包按 (本年−上年)÷上年×100% 算出变动率，写进计分说明并计分。\n"
          "直接在「实际完成值」填变动率、或填「本年数：120；上年数：100」也照样可以。\n"
          "\n"
          "分值：同一一级指标下各三级指标平分该一级的分值，保留两位小数，除不尽的差额\n"
          "放在最后一项（如 50 分分给 3 项：16.67、16.67、16.66）。\n"
          "\n"
          "  --format 格式    csv（默认；带 BOM 的 UTF-8，Excel/WPS 直接打开）、\n"
          "                   xlsx（按官方自评表排版的 Excel：黄色格填写、其余锁定、\n"
          "                   每个指标有填写提示、分值合计自动求和，另有「说明」页）、\n"
          "                   yaml、json\n"
          "  -o, --output 文件  写到文件（xlsx 不能输出到终端）\n"
          "  --rules 规则包   计算分值所用的规则包（默认 national）\n"
          "  --encoding 编码  auto、utf-8、gb18030\n"
          CLI_INPUT_HELP_ZH
          "  --max-input 大小 读取的最大输入（默认 256M；如 512M、1G）\n"
          "  -h, --help       本帮助（--help=en 英文）\n"
          "\n"
          "例：jixiao template 目标表.txt --format xlsx -o 自评填报表.xlsx\n",
          f);
}

/* A 变动率 indicator (a name with one of the pack's formulas.change_rate
 * words, or a change target such as 同比下降5%) asks for the two numbers
 * the rate is computed from, 本年数 and 上年数, in columns of their own;
 * the pack computes (本年−上年)÷上年×100 % when scoring.  Other rows hold
 * "/" there (nothing to fill). */
#define NO_YEARS "/"

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

static int wants_years(jx_engine *e, const jx_indicator *ind)
{
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

int cli_template_years(const jx_indicator *ind, void *ud) { return wants_years(ud, ind); }

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

typedef struct xlsx_job {
    jx_doc *d;
    jx_template_info ti;
    jx_error err;
} xlsx_job;

static int xlsx_run(const char *path, void *ud)
{
    xlsx_job *j = ud;
    return jx_template_xlsx(path, j->d, &j->ti, &j->err);
}

static int write_xlsx(jx_engine *e, jx_doc *d, const char *exec_name, double exec_points,
                      const char *output)
{
    xlsx_job j = {d, {jx_engine_pack(e), exec_name, exec_points, jx_doc_year(d), cli_template_years, e}, {0}};
    for (size_t ti = 0; ti < jx_doc_ntables(d); ti++) {
        if (jx_engine_points(e, jx_doc_table(d, ti), &j.err)) {
            cli_error("template", &j.err);
            return JX_EXIT_USAGE;
        }
    }
    int rc = output ? xlsx_run(output, &j) : jx_write_via_temp(xlsx_run, &j, stdout, &j.err);
    if (rc) {
        cli_error("template", &j.err);
        return JX_EXIT_USAGE;
    }
    return JX_EXIT_OK;
}

int cmd_template(int argc, char **argv)
{
    if (cli_is_help(argc, argv)) {
        help(stdout);
        return JX_EXIT_OK;
    }
    cli_input in = {0};
    const char *format = "csv", *enc = "auto", *pack = "national", *target = NULL,
               *output = NULL;
    const char *maxin = NULL; /* --max-input */
    int r;
    for (int i = 1; i < argc; i++) {
        const char *v;
        if ((r = cli_opt("template", argc, argv, &i, "--format", &v))) {
            if (r < 0)
                return JX_EXIT_USAGE;
            format = v;
        } else if ((r = cli_input_opt("template", argc, argv, &i, &in))) {
            if (r < 0)
                return JX_EXIT_USAGE;
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
        } else if ((r = cli_opt("template", argc, argv, &i, "--output", &v)) ||
                   (r = cli_opt("template", argc, argv, &i, "-o", &v))) {
            if (r < 0)
                return JX_EXIT_USAGE;
            output = v;
        } else if (argv[i][0] == '-' && argv[i][1]) {
            return cli_usage_error("template", "未知选项 %s（见 jixiao template --help）", argv[i]);
        } else if (!target) {
            target = argv[i];
        } else {
            return cli_usage_error("template", "只能给一个目标表文件");
        }
    }
    if (!target)
        return cli_usage_error("template", "缺少目标表文件");
    if (strcmp(format, "csv") && strcmp(format, "yaml") && strcmp(format, "json") &&
        strcmp(format, "xlsx"))
        return cli_usage_error("template", "未知格式 %s（可用 csv、xlsx、yaml、json）", format);
    if (!strcmp(format, "xlsx") && !output && isatty(STDOUT_FILENO))
        return cli_usage_error("template", "Excel 文件不能输出到终端：请用 -o 文件.xlsx 指定输出文件");
    jx_parse_opts po = {0};
    if (cli_encoding("template", enc, &po.encoding))
        return JX_EXIT_USAGE;
    if (cli_input_apply("template", &in, &po) ||
        (maxin && cli_max_input("template", maxin, &po.max_input)))
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
    /* a string only: lua_tostring of a number would allocate in the state
     * outside a protected call */
    if (jx_rules_push(e, "execution.name") && lua_type(L, -1) == LUA_TSTRING) {
        const char *s = jx_doc_strdup(d, lua_tostring(L, -1));
        if (s)
            exec_name = s;
    }
    lua_pop(L, 1);
    if (jx_rules_push(e, "execution.points") && lua_isnumber(L, -1))
        exec_points = lua_tonumber(L, -1);
    lua_pop(L, 1);
    int rc = JX_EXIT_OK;
    if (!strcmp(format, "xlsx")) {
        rc = write_xlsx(e, d, exec_name, exec_points, output);
        jx_doc_free(d);
        jx_engine_free(e);
        return rc;
    }
    jx_buf b;
    jx_buf_init(&b);
    int csv = !strcmp(format, "csv"), json = !strcmp(format, "json");
    if (csv)
        jx_buf_puts(&b, "\xEF\xBB\xBF表类型,项目编码,项目名称,一级指标,二级指标,三级指标,"
                        "年度指标值,分值,实际完成值,本年数,上年数（或上年实际）,得分,"
                        "偏差原因分析及改进措施,全年预算数,全年执行数\n");
    else if (json)
        jx_buf_puts(&b, "{\"source\":");
    else
        jx_buf_puts(&b, "# jixiao 自评填报表：填写 actual（实际完成值）、deviation（偏差原因），\n"
                        "# 以及每个项目的 budget（全年预算数）和 executed（全年执行数）。\n"
                        "# 分值：同一一级指标下各三级指标平分该一级的分值，保留两位小数，\n"
                        "# 除不尽的差额放在最后一项（如 50 分分给 3 项：16.67、16.67、16.66）。\n"
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
            if ((ind->period && strcmp(ind->period, "年度")) || !jx_indicator_scored(ind))
                continue; /* 实施期 rows and placeholders (……) take no actual */
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
                /* 实际完成值, then 本年数 and 上年数 */
                jx_buf_puts(&b, wants_years(e, ind) ? ",,," : ",," NO_YEARS "," NO_YEARS);
                jx_buf_puts(&b, ",,,,\n");
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
            jx_buf_puts(&b, json ? ",\"actual\":\"\"" : ",\n      actual: \"\"");
            if (wants_years(e, ind)) /* the two numbers the rate is computed from */
                jx_buf_puts(&b, json ? ",\"current\":null,\"previous\":null"
                                     : ", current: null, previous: null");
            jx_buf_puts(&b, json ? ",\"score\":null,\"deviation\":\"\"}"
                                 : ", score: null, deviation: \"\"}\n");
        }
        if (csv && t->kind == JX_TABLE_PROJECT) {
            /* 预算执行率 beside its project, not at the bottom */
            char p[32];
            jx_csv_cell(&b, "项目", 1);
            jx_csv_cell(&b, t->code, 0);
            jx_csv_cell(&b, t->name, 0);
            jx_csv_cell(&b, exec_name, 0);
            jx_buf_puts(&b, ",,,");
            jx_csv_cell(&b, num(p, sizeof p, exec_points), 0);
            jx_buf_puts(&b, ",,,,,,,\n");
        }
    }
    if (!csv)
        jx_buf_puts(&b, json ? "\n],\"execution\":[" : "execution:\n");
    first = 1;
    for (size_t ti = 0; ti < jx_doc_ntables(d); ti++) {
        jx_table *t = jx_doc_table(d, ti);
        if (t->kind != JX_TABLE_PROJECT)
            continue;
        if (csv)
            continue;
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
