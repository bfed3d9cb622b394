/* value.c - TEMPORARY minimal version; the full 指标值 grammar is being written. */
#include "util.h"
#include <stdio.h>
int jx_value_parse(const char *s, size_t len, jx_value *out, jx_error *err)
{
    memset(out, 0, sizeof *out);
    out->raw = s; out->raw_len = len;
    out->kind = len ? JX_V_TEXT : JX_V_EMPTY;
    (void)err;
    return JX_OK;
}
const char *jx_vkind_name(jx_vkind k) { (void)k; return "text"; }
const char *jx_op_symbol(jx_op op) { (void)op; return ""; }
const char *jx_op_name(jx_op op) { (void)op; return ""; }
size_t jx_value_json(const jx_value *v, char *buf, size_t size) { (void)v; return (size_t)snprintf(buf, size, "{}"); }
