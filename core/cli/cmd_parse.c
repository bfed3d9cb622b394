/* cmd_parse.c - placeholder until the parse command lands; exits 2. */
#include "cli.h"

int cmd_parse(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    return cli_usage_error("parse", "not implemented yet");
}
