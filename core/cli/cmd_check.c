/* cmd_check.c - placeholder until the check command lands; exits 2. */
#include "cli.h"

int cmd_check(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    return cli_usage_error("check", "not implemented yet");
}
