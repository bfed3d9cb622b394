/*
 * cmd_check.c - `jixiao check FILE...`: the reviewer's findings on
 * targets before the year (绩效目标审核), from the checks in the pack.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static void help(FILE *f)
{
    if (cli_help_english()) {
        fputs(
              "Usage: jixiao check [OPTIONS] FILE...\n"
              "\n"
              "Reviews the target tables in each FILE with the checks of the rule pack\n"
              "(completeness, measurability, consistency with funds and budget totals,\n"
              "direction of cost and rate targets, damage) and lists the findings like\n"
              "a compiler: FILE:LINE: severity[code]: message.  `jixiao rules show PACK`\n"
              "lists the checks; a pack can silence or re-grade any of them.\n"
              "\n"
              "  --format FMT     text (default), json, csv, html (printable, A4)\n"
              "  --fail-on SEV    exit 1 when a finding reaches SEV: error (default),\n"
              "                   warning, info\n"
              "  --rules PACK     rule pack (default national)\n"
              "  --encoding ENC   auto, utf-8, gb18030\n"
              CLI_INPUT_HELP
              "  --max-input SIZE largest input read (default 256M; e.g. 512M, 1G)\n"
          "  -h, --help       this help (--help=zh: in Chinese)\n"
              "\n"
              "Exit status: 0 nothing at --fail-on, 1 something is, 2 usage or input\n"
              "error.\n",
              f);
        return;
    }
    fputs(
          "用法: jixiao check [选项] 文件...\n"
          "\n"
          "用规则包中的检查审核每个文件中的绩效目标表（完整性、可衡量性、与资金和预算\n"
          "总额是否一致、成本类和比率类指标的方向、残缺的单元格），像编译器一样逐条列出\n"
          "发现：文件:行: 级别[代码]: 说明。`jixiao rules show 规则包` 列出全部检查；\n"
          "规则包可以关闭或调整任何一项的级别。\n"
          "\n"
          "  --format 格式    text（默认）、json、csv、html（可打印的审核意见，A4）\n"
          "  --fail-on 级别   发现达到该级别时退出状态为 1：error（默认）、warning、info\n"
          "  --rules 规则包   规则包（默认 national）\n"
          "  --encoding 编码  auto、utf-8、gb18030\n"
          CLI_INPUT_HELP_ZH
          "  --max-input 大小 读取的最大输入（默认 256M；如 512M、1G）\n"
          "  -h, --help       本帮助（--help=en 英文）\n"
          "\n"
          "退出状态：0 没有达到 --fail-on 级别的发现，1 有，2 用法错误或输入无法读取。\n",
          f);
}

/* --fail-on: the severity from which the exit status is 1. */
static int fail_severity(const char *s, jx_severity *out)
{
    static const char *const names[] = {"info", "warning", "error"};
    for (int i = 0; i < 3; i++)
        if (!strcmp(s, names[i])) {
            *out = (jx_severity)i;
            return 0;
        }
    return cli_usage_error("check", "--fail-on 只能是 error、warning 或 info");
}

/* Reviews every file into a report on stdout.  Returns the exit status. */
static int review_files(jx_engine *e, jx_review_format fmt, char **files, int nfiles,
                        const jx_parse_opts *po, jx_severity fail_sev)
{
    jx_review *r;
    jx_error err = {0};
    if (jx_review_new(e, fmt, &r, &err)) {
        cli_error("check", &err);
        return JX_EXIT_USAGE;
    }
    int input_bad = 0;
    for (int i = 0; i < nfiles; i++) {
        jx_doc *d;
        if (cli_load("check", files[i], po, e, &d)) {
            input_bad = 1;
            continue;
        }
        /* a failing check is a finding in the report; only a lost one is
         * an error here */
        if (jx_review_doc(r, d, &err) == JX_ENOMEM)
            cli_error("check", &err);
        jx_doc_free(d);
    }
    if (jx_review_write(r, stdout, &err))
        cli_error("check", &err);
    int rc = JX_EXIT_OK;
    for (int s = fail_sev; s <= JX_SEV_ERROR; s++)
        if (jx_review_count(r, (jx_severity)s))
            rc = JX_EXIT_FAIL;
    jx_review_free(r);
    return input_bad ? JX_EXIT_USAGE : rc;
}

int cmd_check(int argc, char **argv)
{
    if (cli_is_help(argc, argv)) {
        help(stdout);
        return JX_EXIT_OK;
    }
    cli_input in = {0};
    const char *format = "text", *enc = "auto", *pack = "national", *fail = "error";
    const char *maxin = NULL; /* --max-input */
    int nfiles = 0;
    char **files = calloc((size_t)argc, sizeof *files);
    if (!files)
        return JX_EXIT_USAGE;
    int rc = JX_EXIT_USAGE;
    const cli_option opts[] = {{"--format", NULL, &format, NULL, 0},
                               {"--encoding", NULL, &enc, NULL, 0},
                               {"--max-input", NULL, &maxin, NULL, 0},
                               {"--rules", NULL, &pack, NULL, 0},
                               {"--fail-on", NULL, &fail, NULL, 0},
                               {NULL, NULL, NULL, NULL, 0}};
    if (cli_parse("check", argc, argv, opts, &in, files, &nfiles))
        goto out0;
    jx_severity fail_sev = JX_SEV_ERROR;
    jx_review_format fmt;
    if (fail_severity(fail, &fail_sev))
        goto out0;
    if (jx_review_format_parse(format, &fmt)) {
        cli_usage_error("check", "未知格式 %s（可用 text、json、csv、html）", format);
        goto out0;
    }
    if (!nfiles) {
        cli_usage_error("check", "缺少输入文件（用 - 读标准输入）");
        goto out0;
    }
    jx_parse_opts po = {0};
    if (cli_encoding("check", enc, &po.encoding))
        goto out0;
    if (cli_input_apply("check", &in, &po) ||
        (maxin && cli_max_input("check", maxin, &po.max_input)))
        goto out0;
    jx_engine *e;
    if (cli_engine("check", pack, &e))
        goto out0;
    rc = review_files(e, fmt, files, nfiles, &po, fail_sev);
    jx_engine_free(e);
out0:
    free(files);
    return rc;
}
