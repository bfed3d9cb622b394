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
              "Options (before the first TEXT; \"--\" ends them):\n"
              "  --format FMT     ndjson (default: one object per line), json (one\n"
              "                   array), table (TAB-separated, for reading: 指标值,\n"
              "                   类型, 阈值)\n"
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
          "选项（写在第一个文本之前；\"--\" 之后都是文本）：\n"
          "  --format 格式    ndjson（默认，每行一个对象）、json（一个数组）、\n"
          "                   table（TAB 分隔，供人读：指标值、类型、阈值）\n"
          "  -h, --help       本帮助（--help=en 英文）\n"
          "退出状态：0 成功，2 输入无效（如不是 UTF-8）。\n",
          f);
}

enum vformat { VF_NDJSON, VF_JSON, VF_TABLE };

static const char *kind_zh(jx_vkind k)
{
    switch (k) {
    case JX_V_EMPTY: return "空";
    case JX_V_PLACEHOLDER: return "占位";
    case JX_V_QUANT: return "定量";
    case JX_V_QUAL: return "定性";
    case JX_V_TIME: return "时间";
    case JX_V_TEXT: return "文字";
    case JX_V_DAMAGED: return "残缺";
    }
    return "?";
}

/* One TAB-separated line: the text (TAB and line breaks shown as spaces),
 * its kind in Chinese, and each threshold as op, number and unit. */
static void table_line(const jx_value *v, FILE *out)
{
    for (size_t i = 0; i < v->raw_len; i++) {
        char c = v->raw[i];
        fputc(c == '\t' || c == '\n' || c == '\r' ? ' ' : c, out);
    }
    fprintf(out, "\t%s", kind_zh(v->kind));
    if (v->kind == JX_V_DAMAGED && v->damage)
        fprintf(out, "（%s）", v->damage);
    fputc('\t', out);
    if (v->kind == JX_V_TIME && v->from_year) {
        fprintf(out, "%d年", v->from_year);
        if (v->from_month)
            fprintf(out, "%d月", v->from_month);
        if (v->to_year && (v->to_year != v->from_year || v->to_month != v->from_month)) {
            fprintf(out, "至%d年", v->to_year);
            if (v->to_month)
                fprintf(out, "%d月", v->to_month);
        }
    }
    for (int i = 0; i < v->n; i++) {
        const jx_threshold *t = &v->t[i];
        if (i)
            fputs("；", out);
        if (v->change)
            fputs("较上年变动", out);
        if (t->op == JX_OP_RANGE)
            fprintf(out, "%.15g-%.15g%s", t->value, t->value_max, t->unit);
        else
            fprintf(out, "%s%.15g%s", t->implied ? "" : jx_op_symbol(t->op), t->value,
                    t->unit);
        if (t->implied)
            fputs("（未写运算符）", out);
    }
    fputc('\n', out);
}

static int one(const char *s, size_t len, const char *where, FILE *out,
               enum vformat fmt, int *count)
{
    jx_value v;
    jx_error err = {0};
    if (jx_value_parse(s, len, &v, &err) != JX_OK) {
        snprintf(err.file, sizeof err.file, "%s", where);
        cli_error("value", &err);
        return 1;
    }
    if (fmt == VF_TABLE) {
        table_line(&v, out);
        return 0;
    }
    size_t need = jx_value_json(&v, NULL, 0);
    char *json = malloc(need + 1);
    if (!json)
        return 1;
    jx_value_json(&v, json, need + 1);
    if (fmt == VF_JSON)
        fputs(*count ? ",\n" : "[\n", out);
    fwrite(json, 1, need, out);
    if (fmt == VF_NDJSON)
        fputc('\n', out);
    ++*count;
    free(json);
    return 0;
}

static int from_stdin(FILE *out, enum vformat fmt, int *count)
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
            bad |= one(data + start, end - start, where, out, fmt, count);
        }
        start = i + 1;
        line++;
    }
    jx_free(data);
    return bad;
}

int cmd_value(int argc, char **argv)
{
    int bad = 0, first = 1, count = 0;
    enum vformat fmt = VF_NDJSON;
    for (int i = 1; i < argc; i++) {
        char *arg[] = {argv[0], argv[i]};
        if (cli_is_help(2, arg)) {
            help(stdout);
            return JX_EXIT_OK;
        }
    }
    /* options come first: a value such as "-5" or "--" is text after them */
    for (; first < argc; first++) {
        const char *f = NULL;
        if (!strcmp(argv[first], "--format")) {
            if (first + 1 >= argc) {
                cli_usage_error("value", "--format 缺少参数（可用 ndjson、json、table）");
                return JX_EXIT_USAGE;
            }
            f = argv[++first];
        } else if (!strncmp(argv[first], "--format=", 9)) {
            f = argv[first] + 9;
        } else {
            break;
        }
        if (!strcmp(f, "ndjson"))
            fmt = VF_NDJSON;
        else if (!strcmp(f, "json"))
            fmt = VF_JSON;
        else if (!strcmp(f, "table"))
            fmt = VF_TABLE;
        else {
            cli_usage_error("value", "未知格式 %s（可用 ndjson、json、table）", f);
            return JX_EXIT_USAGE;
        }
    }
    /* every result is printed at the end, after the errors */
    char *text = NULL;
    size_t tlen = 0;
    FILE *out = open_memstream(&text, &tlen);
    if (!out)
        return JX_EXIT_USAGE;
    if (first < argc && !strcmp(argv[first], "--"))
        first++;
    if (fmt == VF_TABLE)
        fputs("指标值\t类型\t阈值\n", out);
    if (argc <= first) {
        bad = from_stdin(out, fmt, &count);
    } else {
        for (int i = first; i < argc; i++) {
            if (!strcmp(argv[i], "-")) {
                bad |= from_stdin(out, fmt, &count);
                continue;
            }
            char where[32];
            snprintf(where, sizeof where, "argument %d", i - first + 1);
            bad |= one(argv[i], strlen(argv[i]), where, out, fmt, &count);
        }
    }
    if (fmt == VF_JSON)
        fputs(count ? "\n]\n" : "[]\n", out);
    if (fclose(out))
        bad = 1;
    else if (tlen)
        fwrite(text, 1, tlen, stdout);
    free(text);
    return bad ? JX_EXIT_USAGE : JX_EXIT_OK;
}
