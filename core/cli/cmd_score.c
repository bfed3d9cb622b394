/* cmd_score.c - placeholder until the score command lands; exits 2. */
#include "cli.h"

int cmd_score(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    return cli_usage_error("score", "not implemented yet");
}
