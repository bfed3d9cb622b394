/* cmd_rules.c - placeholder until the rules command lands; exits 2. */
#include "cli.h"

int cmd_rules(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    return cli_usage_error("rules", "not implemented yet");
}
