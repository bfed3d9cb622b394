/*
 * common.c - what every command shares: option matching, --encoding,
 * opening a rule pack, reading an input with the pack's framework.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

int cli_opt(const char *cmd, int argc, char **argv, int *i, const char *name,
            const char **val)
{
    const char *a = argv[*i];
    size_t n = strlen(name);
    if (strncmp(a, name, n))
        return 0;
    if (a[n] == '=') {
        *val = a + n + 1;
        return 1;
    }
    if (a[n])
        return 0;
    if (*i + 1 >= argc) {
        cli_usage_error(cmd, "%s 需要一个值", name);
        return -1;
    }
    *val = argv[++*i];
    return 1;
}

int cli_flag(char **argv, int i, const char *name) { return !strcmp(argv[i], name); }

int cli_is_help(int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--"))
            return 0;
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h"))
            return 1;
    }
    return 0;
}

int cli_encoding(const char *cmd, const char *s, jx_encoding *out)
{
    if (!strcmp(s, "auto"))
        *out = JX_ENC_AUTO;
    else if (!strcasecmp(s, "utf-8") || !strcasecmp(s, "utf8"))
        *out = JX_ENC_UTF8;
    else if (!strcasecmp(s, "gb18030") || !strcasecmp(s, "gbk") ||
             !strcasecmp(s, "gb2312"))
        *out = JX_ENC_GB18030;
    else
        return cli_usage_error(cmd, "未知编码 %s（可用 auto、utf-8、gb18030）", s);
    return 0;
}

int cli_max_input(const char *cmd, const char *s, size_t *out)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    unsigned shift = 0;
    if (*end == 'K' || *end == 'k')
        shift = 10;
    else if (*end == 'M' || *end == 'm')
        shift = 20;
    else if (*end == 'G' || *end == 'g')
        shift = 30;
    if (shift) {
        end++;
        if (!strcmp(end, "iB") || !strcmp(end, "B") || !strcmp(end, "b"))
            end += strlen(end);
    } else if (!strcmp(end, "B") || !strcmp(end, "b")) {
        end++;
    }
    if (end == s || *end || s[0] == '-' || errno || !v || v > (SIZE_MAX >> shift) - 1)
        return cli_usage_error(cmd, "--max-input 的值「%s」不对：应为正的字节数，可带 K、M、G（如 512M、1G）", s);
    *out = (size_t)v << shift;
    return 0;
}

int cli_engine(const char *cmd, const char *pack, jx_engine **out)
{
    jx_error err = {0};
    if (jx_engine_open(pack, NULL, out, &err)) {
        cli_error(cmd, &err);
        return 1;
    }
    return 0;
}

int cli_load(const char *cmd, const char *path, const jx_parse_opts *po,
             jx_engine *e, jx_doc **out)
{
    jx_error err = {0};
    if (jx_doc_parse_file(path, po, out, &err)) {
        if (!strcmp(path, "-") && !strcmp(err.file, "-"))
            snprintf(err.file, sizeof err.file, "<stdin>");
        cli_error(cmd, &err);
        return 1;
    }
    if (e) {
        jx_error fe = {0};
        if (jx_engine_frame(e, *out, &fe))
            cli_error(cmd, &fe); /* noted in the document; go on */
    }
    return 0;
}
