/*
 * cli.h - the jixiao command: one file per subcommand (cmd_*.c), each a
 * thin layer that parses arguments and calls libjixiao.
 *
 * Exit codes, for every command: 0 success; 1 the command ran and found
 * what it reports as failure (findings at --fail-on, documents that
 * failed); 2 usage error or unreadable input.  Messages go to stderr,
 * results to stdout.
 */
#ifndef JX_CLI_H
#define JX_CLI_H

#include <stdio.h>

#include "jixiao/jixiao.h"

enum { JX_EXIT_OK = 0, JX_EXIT_FAIL = 1, JX_EXIT_USAGE = 2 };

typedef struct jx_command {
    const char *name;
    const char *summary; /* one line, for `jixiao --help` */
    int (*run)(int argc, char **argv);
} jx_command;

int cmd_value(int argc, char **argv);
int cmd_parse(int argc, char **argv);
int cmd_rules(int argc, char **argv);
int cmd_template(int argc, char **argv);
int cmd_score(int argc, char **argv);
int cmd_check(int argc, char **argv);
int cmd_batch(int argc, char **argv);
int cmd_serve(int argc, char **argv); /* core/serve/ */

/* Prints "jixiao CMD: <formatted error>" to stderr. */
void cli_error(const char *cmd, const jx_error *err);
/* Prints "jixiao CMD: msg" to stderr; returns JX_EXIT_USAGE. */
int cli_usage_error(const char *cmd, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* ---- shared option handling (common.c) ---- */

/* Matches "--name VALUE" or "--name=VALUE" at argv[*i]; advances *i past
 * the value.  Returns 1 matched, 0 not this option, -1 value missing
 * (message printed). */
int cli_opt(const char *cmd, int argc, char **argv, int *i, const char *name,
            const char **val);
int cli_flag(char **argv, int i, const char *name);
/* -h, --help, --help=en or --help=zh among the arguments. */
int cli_is_help(int argc, char **argv);
/* The help in English: --help=en, or LC_ALL / LC_MESSAGES / LANG set to
 * C, POSIX or en_*; Chinese otherwise (C.UTF-8 included). */
int cli_help_english(void);
/* --encoding auto|utf-8|gb18030 */
int cli_encoding(const char *cmd, const char *s, jx_encoding *out);
/* --sheet NAME|N, --table N, --input-format FMT: which part of an office
 * file to read, and its format when detection should not decide. */
typedef struct cli_input {
    const char *sheet, *table, *format, *kind, *layout;
} cli_input;
/* Like cli_opt for the three options above. */
int cli_input_opt(const char *cmd, int argc, char **argv, int *i, cli_input *in);
/* Validates and copies them into po; prints the error. */
int cli_input_apply(const char *cmd, const cli_input *in, jx_parse_opts *po);

/* One option of a command: "--name VALUE" / "--name=VALUE" when value is
 * set, "--name" when flag is set.  alias: a second spelling ("-o", "-q")
 * or NULL.  glued: a short option whose value may follow it directly
 * ("-j4"). */
typedef struct cli_option {
    const char *name, *alias;
    const char **value;
    int *flag;
    int glued;
} cli_option;

/* The one option loop of every command: the options in opts (ended by a
 * NULL name), the office-input options (--sheet, --table, --input-format,
 * --kind, --layout) into in when in is not NULL, "--" ending the options;
 * every other argument into pos[] (room for argc), counted in *npos.  An
 * unknown "-x" or a missing value is a usage error (message printed):
 * returns JX_EXIT_USAGE, else 0. */
int cli_parse(const char *cmd, int argc, char **argv, const cli_option *opts, cli_input *in,
              char **pos, int *npos);
#define CLI_INPUT_HELP_ZH \
    "  --sheet 名称|N   办公文件：只读这一个工作表（名称，或从 1 起的序号）\n" \
    "  --table N        办公文件：只读第 N 个表格（工作表、Word 或网页中的表格）\n" \
    "  --input-format 格式  auto（默认：按内容识别）、text、csv、json、yaml、xlsx、\n" \
    "                   docx、html、pdf、legacy（.xls/.doc 经 LibreOffice 转换）\n" \
    "  --kind 类型      auto（默认：按标题、项目名称、一级指标判断）、department（部门整体）、\n" \
    "                   project（项目）：所有表格都按此类型读\n" \
    "  --layout 表别    auto（默认：按表头判断）、target（绩效目标表）、selfeval（自评表）\n"
#define CLI_INPUT_HELP \
    "  --sheet NAME|N   office files: read only this sheet (name, or number from 1)\n" \
    "  --table N        office files: read only the N-th table (sheet, Word or web table)\n" \
    "  --input-format F auto (default: by content), text, csv, json, yaml, xlsx, docx,\n" \
    "                   html, pdf, legacy (.xls/.doc through LibreOffice)\n" \
    "  --kind K         auto (default: title, 项目名称, 一级 names), department, project\n" \
    "  --layout L       auto (default: by the header), target, selfeval\n"
/* --max-input SIZE: bytes, or with K, M, G (KiB, MiB, GiB: 1024-based),
 * e.g. 512M, 1G.  Prints the error and returns JX_EXIT_USAGE if bad. */
int cli_max_input(const char *cmd, const char *s, size_t *out);
/* Opens the pack (name or path); prints the error. */
int cli_engine(const char *cmd, const char *pack, jx_engine **out);
/* Reads one input ("-" is stdin) and, when e is given, applies the pack's
 * framework.  Prints the error and returns nonzero on failure. */
int cli_load(const char *cmd, const char *path, const jx_parse_opts *po,
             jx_engine *e, jx_doc **out);

#endif
