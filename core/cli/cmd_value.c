/*
 * cmd_value.c - `jixiao value TEXT...`: prints the parse of each 指标值 as
 * one JSON object per line, for rule authors and for debugging.  With no
 * TEXT (or "-"), reads one value per line from stdin.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static void help(FILE *f)
{
    if (cli_help_english()) {
        fputs(
              "Usage: jixiao value [TEXT...]\n"
              "\n"
              "Parses each 指标值 (target or actual value as printed in a table) and\n"
              "prints one JSON object per line:\n"
              "  {\"raw\", \"kind\", \"thresholds\": [{\"op\", \"symbol\", \"value\",\n"
              "   [\"value_max\"], \"unit\", \"implied\", [\"scaled\"], [\"product\"],\n"
              "   \"text\", \"subject\"}], [\"from\", \"to\"], [\"damage\"]}\n"
              "kind: empty placeholder quantitative qualitative time text damaged.\n"
              "op: eq ge gt le lt approx range; implied=true when no operator was\n"
              "written.  Units are normalized: money in 万元, 4.5万人 -> 45000 人.\n"
              "\n"
              "With no TEXT, or TEXT \"-\", reads one value per line from stdin.\n"
              "  -h, --help       this help (--help=zh: in Chinese)\n"
              "Exit status: 0 ok, 2 invalid input (e.g. bad UTF-8).\n",
              f);
        return;
    }
    fputs(
          "用法: jixiao value [文本...]\n"
          "\n"
          "解析每个指标值（表中印的目标值或实际完成值），每行输出一个 JSON 对象：\n"
          "  {\"raw\", \"kind\", \"thresholds\": [{\"op\", \"symbol\", \"value\",\n"
          "   [\"value_max\"], \"unit\", \"implied\", [\"scaled\"], [\"product\"],\n"
          "   \"text\", \"subject\"}], [\"from\", \"to\"], [\"damage\"]}\n"
          "kind（类型）：empty 空、placeholder 占位、quantitative 定量、qualitative 定性、\n"
          "time 时间、text 文字、damaged 残缺。\n"
          "op（运算符）：eq ge gt le lt approx range；没写运算符时 implied=true。\n"
          "单位统一：金额为万元，4.5万人 -> 45000 人。\n"
          "\n"
          "不给文本或文本为 \"-\" 时，从标准输入每行读一个值。\n"
          "  -h, --help       本帮助（--help=en 英文）\n"
          "退出状态：0 成功，2 输入无效（如不是 UTF-8）。\n",
          f);
}

static int one(const char *s, size_t len, const char *where, FILE *out)
{
    jx_value v;
    jx_error err = {0};
    if (jx_value_parse(s, len, &v, &err) != JX_OK) {
        snprintf(err.file, sizeof err.file, "%s", where);
        cli_error("value", &err);
        return 1;
    }
    size_t need = jx_value_json(&v, NULL, 0);
    char *json = malloc(need + 1);
    if (!json)
        return 1;
    jx_value_json(&v, json, need + 1);
    fwrite(json, 1, need, out);
    fputc('\n', out);
    free(json);
    return 0;
}

static int from_stdin(FILE *out)
{
    char *data;
    size_t len;
    jx_error err = {0};
    if (jx_file_read("-", 0, &data, &len, &err) != JX_OK) {
        cli_error("value", &err);
        return 1;
    }
    int bad = 0;
    size_t start = 0, line = 1;
    for (size_t i = 0; i <= len; i++) {
        if (i < len && data[i] != '\n')
            continue;
        size_t end = i;
        if (end > start && data[end - 1] == '\r')
            end--;
        if (i < len || end > start) {
            char where[32];
            snprintf(where, sizeof where, "<stdin>:%zu", line);
            bad |= one(data + start, end - start, where, out);
        }
        start = i + 1;
        line++;
    }
    jx_free(data);
    return bad;
}

int cmd_value(int argc, char **argv)
{
    int bad = 0, first = 1;
    for (int i = 1; i < argc; i++) {
        char *arg[] = {argv[0], argv[i]};
        if (cli_is_help(2, arg)) {
            help(stdout);
            return JX_EXIT_OK;
        }
    }
    /* every result is printed at the end, after the errors */
    char *text = NULL;
    size_t tlen = 0;
    FILE *out = open_memstream(&text, &tlen);
    if (!out)
        return JX_EXIT_USAGE;
    if (argc > 1 && !strcmp(argv[1], "--"))
        first = 2;
    if (argc <= first) {
        bad = from_stdin(out);
    } else {
        for (int i = first; i < argc; i++) {
            if (!strcmp(argv[i], "-")) {
                bad |= from_stdin(out);
                continue;
            }
            char where[32];
            snprintf(where, sizeof where, "argument %d", i - first + 1);
            bad |= one(argv[i], strlen(argv[i]), where, out);
        }
    }
    if (fclose(out))
        bad = 1;
    else if (tlen)
        fwrite(text, 1, tlen, stdout);
    free(text);
    return bad ? JX_EXIT_USAGE : JX_EXIT_OK;
}
