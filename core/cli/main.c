/*
 * main.c - `jixiao COMMAND ...`: dispatches to cmd_*.c.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"

static const jx_command commands[] = {
    {"value", "解析指标值，输出 JSON", cmd_value},
    {"parse", "读取绩效目标表为指标记录", cmd_parse},
    {"rules", "规则包：列出、查看、测试", cmd_rules},
    {"template", "生成自评填报表（CSV、Excel 等）", cmd_template},
    {"score", "绩效自评计分，每一分都有说明（表、Excel、HTML、PDF）", cmd_score},
    {"check", "绩效目标审核，列出审核意见", cmd_check},
    {"batch", "批量读取、审核、计分多个文档", cmd_batch},
    {"serve", "网页服务：在浏览器中审核、自评、批量", cmd_serve},
};

static const char *summaries_en[] = {
    "parse target values, print JSON",
    "tables -> indicator records",
    "rule packs: list / show / test",
    "fill-in sheet for actuals (CSV, Excel, ...)",
    "score actuals, explain every point (table, Excel, HTML, PDF)",
    "reviewer's findings before the year",
    "parse, check, score many documents",
    "web server: the same jobs in a browser",
};

static void usage(FILE *f)
{
    int en = cli_help_english();
    fputs(en ? "Usage: jixiao COMMAND [OPTIONS] [ARGS]\n\n"
               "jixiao checks and scores public-budget performance targets (绩效目标).\n\n"
               "Commands:\n"
             : "用法: jixiao 命令 [选项] [参数]\n\n"
               "jixiao 审核绩效目标表，并对年度实际完成值计分（绩效自评）。\n\n命令：\n",
          f);
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        fprintf(f, "  %-9s %s\n", commands[i].name, en ? summaries_en[i] : commands[i].summary);
    fputs(en ? "\n`jixiao COMMAND --help` describes each command (--help=zh: in Chinese).\n"
               "Exit status: 0 ok, 1 failures found, 2 usage or input error.\n"
             : "\n`jixiao 命令 --help` 说明每个命令（--help=en 英文）。\n"
               "退出状态：0 成功，1 发现问题，2 用法错误或输入错误。\n",
          f);
}

void cli_error(const char *cmd, const jx_error *err)
{
    char buf[1024];
    jx_error_format(err, buf, sizeof buf);
    fprintf(stderr, "jixiao %s: %s\n", cmd, buf);
}

int cli_usage_error(const char *cmd, const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "jixiao %s: ", cmd);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "\n");
    return JX_EXIT_USAGE;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return JX_EXIT_USAGE;
    }
    jx_heap_keep();
    const char *name = argv[1];
    if (!strcmp(name, "--help") || !strcmp(name, "-h") || !strcmp(name, "help") ||
        !strcmp(name, "--help=en") || !strcmp(name, "--help=zh")) {
        if (!strncmp(name, "--help=", 7))
            cli_is_help(2, argv); /* records the language asked for */
        usage(stdout);
        return JX_EXIT_OK;
    }
    if (!strcmp(name, "--version") || !strcmp(name, "-V")) {
        printf("jixiao %s\n", JX_VERSION);
        return JX_EXIT_OK;
    }
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (!strcmp(name, commands[i].name))
            return commands[i].run(argc - 1, argv + 1);
    fprintf(stderr, "jixiao: 未知命令「%s」\n", name);
    usage(stderr);
    return JX_EXIT_USAGE;
}
