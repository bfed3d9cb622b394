#include "cli.h"
int cmd_value(int argc, char **argv) { (void)argc; (void)argv; return 2; }
