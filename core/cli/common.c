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

static int help_lang = -1; /* -1 by the locale, 0 Chinese, 1 English */

int cli_is_help(int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--"))
            return 0;
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h"))
            return 1;
        if (!strcmp(argv[i], "--help=en") || !strcmp(argv[i], "--help=zh")) {
            help_lang = argv[i][7] == 'e';
            return 1;
        }
    }
    return 0;
}

int cli_help_english(void)
{
    if (help_lang >= 0)
        return help_lang;
    /* the first locale variable set decides, as setlocale does */
    static const char *vars[] = {"LC_ALL", "LC_MESSAGES", "LANG"};
    for (size_t i = 0; i < sizeof vars / sizeof *vars; i++) {
        const char *v = getenv(vars[i]);
        if (!v || !*v)
            continue;
        /* "C" and "POSIX" ask for no translation; C.UTF-8 is only a
         * container default and keeps Chinese */
        return !strcmp(v, "C") || !strcmp(v, "POSIX") || !strncmp(v, "en", 2);
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

int cli_input_opt(const char *cmd, int argc, char **argv, int *i, cli_input *in)
{
    int r;
    if ((r = cli_opt(cmd, argc, argv, i, "--sheet", &in->sheet)))
        return r;
    if ((r = cli_opt(cmd, argc, argv, i, "--table", &in->table)))
        return r;
    if ((r = cli_opt(cmd, argc, argv, i, "--kind", &in->kind)))
        return r;
    if ((r = cli_opt(cmd, argc, argv, i, "--layout", &in->layout)))
        return r;
    return cli_opt(cmd, argc, argv, i, "--input-format", &in->format);
}

int cli_input_apply(const char *cmd, const cli_input *in, jx_parse_opts *po)
{
    if (in->format && jx_format_parse(in->format, &po->format))
        return cli_usage_error(cmd, "未知输入格式 %s（可用 auto、text、csv、json、yaml、xlsx、"
                                    "docx、html、pdf、legacy）", in->format);
    if (in->sheet && in->table)
        return cli_usage_error(cmd, "--sheet 与 --table 只能给一个");
    if (in->kind) {
        if (!strcmp(in->kind, "department") || !strcmp(in->kind, "部门整体"))
            po->kind = 1;
        else if (!strcmp(in->kind, "project") || !strcmp(in->kind, "项目"))
            po->kind = 2;
        else if (strcmp(in->kind, "auto"))
            return cli_usage_error(cmd, "未知表格类型 %s（可用 auto、department、project）", in->kind);
    }
    if (in->layout) {
        if (!strcmp(in->layout, "target"))
            po->stage = 1;
        else if (!strcmp(in->layout, "selfeval"))
            po->stage = 2;
        else if (strcmp(in->layout, "auto"))
            return cli_usage_error(cmd, "未知表别 %s（可用 auto、target、selfeval）", in->layout);
    }
    po->sheet = in->sheet && *in->sheet ? in->sheet : NULL;
    if (in->table) {
        char *end;
        long n = strtol(in->table, &end, 10);
        if (*end || n < 1 || n > 100000)
            return cli_usage_error(cmd, "--table 需要从 1 起的序号，实为「%s」", in->table);
        po->table = (int)n;
    }
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
    jx_parse_opts o = *po;
    if (e && !o.columns)
        o.columns = jx_engine_columns(e); /* read with the pack's column names */
    if (jx_doc_parse_file(path, &o, out, &err)) {
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

/* ---- the option loop ---- */

/* "-j4": the value glued to a short option. */
static int glued_value(const cli_option *o, const char *a, const char **val)
{
    size_t n = strlen(o->name);
    if (!o->glued || strncmp(a, o->name, n) || !a[n] || a[n] == '=')
        return 0;
    *val = a + n;
    return 1;
}

/* argv[*i] as one of opts: 1 matched, 0 not, -1 value missing. */
static int match_option(const char *cmd, int argc, char **argv, int *i, const cli_option *o)
{
    const char *names[2] = {o->name, o->alias};
    for (int k = 0; k < 2 && names[k]; k++) {
        if (o->flag) {
            if (!strcmp(argv[*i], names[k])) {
                *o->flag = 1;
                return 1;
            }
            continue;
        }
        int r = cli_opt(cmd, argc, argv, i, names[k], o->value);
        if (r)
            return r;
    }
    return o->value && glued_value(o, argv[*i], o->value);
}

int cli_parse(const char *cmd, int argc, char **argv, const cli_option *opts, cli_input *in,
              char **pos, int *npos)
{
    *npos = 0;
    for (int i = 1; i < argc; i++) {
        int r = 0;
        for (const cli_option *o = opts; o->name && !r; o++)
            r = match_option(cmd, argc, argv, &i, o);
        if (!r && in)
            r = cli_input_opt(cmd, argc, argv, &i, in);
        if (r < 0)
            return JX_EXIT_USAGE;
        if (r)
            continue;
        if (!strcmp(argv[i], "--")) {
            while (++i < argc)
                pos[(*npos)++] = argv[i];
        } else if (argv[i][0] == '-' && argv[i][1]) {
            return cli_usage_error(cmd, "未知选项 %s（见 jixiao %s --help）", argv[i], cmd);
        } else {
            pos[(*npos)++] = argv[i];
        }
    }
    return 0;
}
