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
int cli_is_help(int argc, char **argv);
/* --encoding auto|utf-8|gb18030 */
int cli_encoding(const char *cmd, const char *s, jx_encoding *out);
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
