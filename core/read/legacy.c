/* read/legacy.c - stub */
#include "office.h"
int jx_grid_from_legacy(jx_grids *gs, const char *data, size_t len, const char *name, jx_error *err)
{
    (void)gs; (void)data; (void)len;
    return jx_fail(err, JX_EINPUT, name, 0, 0, "未实现");
}
