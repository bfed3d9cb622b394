/*
 * cmd_template.c - `jixiao template TARGETS`: the fill-in sheet for the
 * year's actuals, one row per indicator plus the 预算执行率 inputs per
 * project.  CSV is UTF-8 with BOM so Excel and WPS open it right; a
 * filled sheet reads back with `jixiao score --actuals`.
 */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "cli.h"

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

/* Prints the tables whose 分值 the pack could not give: every one, or
 * for the workbook (not written then) the first; how many. */
static size_t table_errors(const jx_template *tp, size_t ntables, int xlsx)
{
    size_t n = 0;
    for (size_t i = 0; i < ntables && !(xlsx && n); i++) {
        const jx_error *te = jx_template_table_error(tp, i);
        if (te) {
            cli_error("template", te);
            n++;
        }
    }
    return n;
}

/* Writes the template to output (stdout when NULL); prints the error. */
static int write_out(const jx_template *tp, jx_tpl_format f, const char *output)
{
    jx_error err = {0};
    jx_status rc = output ? jx_template_write_file(tp, f, output, &err)
                          : jx_template_write(tp, f, stdout, &err);
    if (rc == JX_EIO && !err.file[0])
        snprintf(err.file, sizeof err.file, "<stdout>");
    if (rc)
        cli_error("template", &err);
    return rc != JX_OK;
}

/* The template of the document at target; the exit status. */
static int run(const char *target, const jx_parse_opts *po, const char *pack,
               jx_tpl_format f, const char *output)
{
    jx_engine *e;
    if (cli_engine("template", pack, &e))
        return JX_EXIT_USAGE;
    jx_doc *d = NULL;
    jx_template *tp = NULL;
    int rc = JX_EXIT_USAGE;
    if (cli_load("template", target, po, e, &d))
        goto out;
    if (!jx_doc_ntables(d)) {
        fprintf(stderr, "jixiao template: %s: 没有找到绩效目标表\n", jx_doc_source(d));
        goto out;
    }
    jx_error err = {0};
    if (jx_template_new(e, d, &tp, &err)) {
        cli_error("template", &err);
        goto out;
    }
    /* CSV, YAML and JSON are written even so, the workbook not */
    size_t bad = table_errors(tp, jx_doc_ntables(d), f == JX_TPL_XLSX);
    if (bad && f == JX_TPL_XLSX)
        goto out;
    if (!write_out(tp, f, output) && !bad)
        rc = JX_EXIT_OK;
out:
    jx_template_free(tp);
    jx_doc_free(d);
    jx_engine_free(e);
    return rc;
}

int cmd_template(int argc, char **argv)
{
    if (cli_is_help(argc, argv)) {
        help(stdout);
        return JX_EXIT_OK;
    }
    cli_input in = {0};
    const char *format = "csv", *enc = "auto", *pack = "national", *output = NULL;
    const char *maxin = NULL; /* --max-input */
    int npos = 0;
    const cli_option opts[] = {{"--format", NULL, &format, NULL, 0},
                               {"--encoding", NULL, &enc, NULL, 0},
                               {"--max-input", NULL, &maxin, NULL, 0},
                               {"--rules", NULL, &pack, NULL, 0},
                               {"--output", "-o", &output, NULL, 0},
                               {NULL, NULL, NULL, NULL, 0}};
    char **pos = calloc((size_t)argc, sizeof *pos);
    if (!pos)
        return JX_EXIT_USAGE;
    int bad = cli_parse("template", argc, argv, opts, &in, pos, &npos);
    const char *target = npos ? pos[0] : NULL;
    free(pos);
    if (bad)
        return JX_EXIT_USAGE;
    if (npos > 1)
        return cli_usage_error("template", "只能给一个目标表文件");
    if (!target)
        return cli_usage_error("template", "缺少目标表文件");
    jx_tpl_format f;
    if (jx_tpl_format_parse(format, &f))
        return cli_usage_error("template", "未知格式 %s（可用 csv、xlsx、yaml、json）", format);
    if (f == JX_TPL_XLSX && !output && isatty(STDOUT_FILENO))
        return cli_usage_error("template", "Excel 文件不能输出到终端：请用 -o 文件.xlsx 指定输出文件");
    jx_parse_opts po = {0};
    if (cli_encoding("template", enc, &po.encoding))
        return JX_EXIT_USAGE;
    if (cli_input_apply("template", &in, &po) ||
        (maxin && cli_max_input("template", maxin, &po.max_input)))
        return JX_EXIT_USAGE;
    return run(target, &po, pack, f, output);
}
