/*
 * main.c - `jixiao COMMAND ...`: dispatches to cmd_*.c.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"

static const jx_command commands[] = {
    {"value", "解析指标值 (parse target values, print JSON)", cmd_value},
    {"parse", "读取绩效目标表为指标记录 (tables -> indicator records)", cmd_parse},
    {"rules", "规则包: list / show / test", cmd_rules},
    {"template", "生成自评填报表 (fill-in sheet for actuals)", cmd_template},
    {"score", "绩效自评打分 (score actuals, explain every point)", cmd_score},
    {"check", "绩效目标审核 (reviewer's findings before the year)", cmd_check},
    {"batch", "批量处理 (parse, check, score many documents)", cmd_batch},
};

static void usage(FILE *f)
{
    fprintf(f, "用法: jixiao COMMAND [OPTIONS] [ARGS]\n\n"
               "jixiao checks and scores public-budget performance targets "
               "(绩效目标).\n\nCommands:\n");
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        fprintf(f, "  %-9s %s\n", commands[i].name, commands[i].summary);
    fprintf(f, "\n`jixiao COMMAND --help` describes each command.\n"
               "Exit status: 0 ok, 1 failures found, 2 usage or input error.\n");
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
    const char *name = argv[1];
    if (!strcmp(name, "--help") || !strcmp(name, "-h") || !strcmp(name, "help")) {
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
    fprintf(stderr, "jixiao: unknown command '%s'\n", name);
    usage(stderr);
    return JX_EXIT_USAGE;
}
