/* cmd_template.c - placeholder until the template command lands; exits 2. */
#include "cli.h"

int cmd_template(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    return cli_usage_error("template", "not implemented yet");
}
