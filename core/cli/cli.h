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

#endif
