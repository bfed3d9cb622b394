#include <criterion/criterion.h>
#include "jixiao/jixiao.h"
Test(smoke, status_name) { cr_assert_str_eq(jx_status_name(JX_OK), "ok"); }
