/*
 * cmd_value.c - `jixiao value TEXT...`: prints the parse of each 指标值 as
 * one JSON object per line, for rule authors and for debugging.  With no
 * TEXT (or "-"), reads one value per line from stdin.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "util.h"

static void help(FILE *f)
{
    fputs("用法: jixiao value [TEXT...]\n"
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
          "Exit status: 0 ok, 2 invalid input (e.g. bad UTF-8).\n",
          f);
}

static int one(const char *s, size_t len, const char *where, jx_buf *out)
{
    jx_value v;
    jx_error err = {0};
    if (jx_value_parse(s, len, &v, &err) != JX_OK) {
        snprintf(err.file, sizeof err.file, "%s", where);
        cli_error("value", &err);
        return 1;
    }
    size_t need = jx_value_json(&v, NULL, 0);
    if (jx_buf_reserve(out, need + 1) < 0)
        return 1;
    jx_value_json(&v, out->p + out->len, need + 1);
    out->len += need;
    jx_buf_putc(out, '\n');
    return 0;
}

static int from_stdin(jx_buf *out)
{
    char *data;
    size_t len;
    jx_error err = {0};
    if (jx_read_file("-", &data, &len, &err) != JX_OK) {
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
    free(data);
    return bad;
}

int cmd_value(int argc, char **argv)
{
    int bad = 0, first = 1;
    jx_buf out;
    jx_buf_init(&out);
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            help(stdout);
            return JX_EXIT_OK;
        }
    }
    if (argc > 1 && !strcmp(argv[1], "--"))
        first = 2;
    if (argc <= first) {
        bad = from_stdin(&out);
    } else {
        for (int i = first; i < argc; i++) {
            if (!strcmp(argv[i], "-")) {
                bad |= from_stdin(&out);
                continue;
            }
            char where[32];
            snprintf(where, sizeof where, "argument %d", i - first + 1);
            bad |= one(argv[i], strlen(argv[i]), where, &out);
        }
    }
    if (out.len)
        fwrite(out.p, 1, out.len, stdout);
    jx_buf_free(&out);
    return bad ? JX_EXIT_USAGE : JX_EXIT_OK;
}
