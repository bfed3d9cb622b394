/* cmd_batch.c - placeholder until the batch command lands; exits 2. */
#include "cli.h"

int cmd_batch(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    return cli_usage_error("batch", "not implemented yet");
}
