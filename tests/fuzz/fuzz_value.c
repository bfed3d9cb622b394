/* fuzz_value.c - libFuzzer harness: the 指标值 parser (jx_value_parse) and
 * its JSON writer, with the invariants every parse must keep: spans inside
 * the text, at most JX_MAX_THRESHOLDS, a range low end not above its high
 * end, and jx_value_json returning the length it needs, like snprintf. */
#include "fuzz.h"

#define JX_FUZZ_MAX_LEN 1024

static void check_span(const jx_value *v, uint32_t off, uint32_t len)
{
    if ((size_t)off + len > v->raw_len)
        abort(); /* a span outside the text */
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *s = (const char *)data;
    jx_utf8_check(s, size);
    jx_value v;
    jx_error err = {0};
    if (jx_value_parse(s, size, &v, &err) != JX_OK)
        return 0;
    if (v.n > JX_MAX_THRESHOLDS)
        abort();
    for (unsigned i = 0; i < v.n; i++) {
        check_span(&v, v.t[i].off, v.t[i].len);
        check_span(&v, v.t[i].subj_off, v.t[i].subj_len);
        jx_op_symbol(v.t[i].op);
        jx_op_name(v.t[i].op);
    }
    char small[16], big[256];
    size_t need = jx_value_json(&v, small, sizeof small);
    char *full = malloc(need + 1);
    if (!full)
        return 0;
    if (jx_value_json(&v, full, need + 1) != need || strlen(full) != need ||
        memcmp(full, small, sizeof small - 1) != 0)
        abort(); /* truncated output is not a prefix of the whole */
    jx_value_json(&v, big, sizeof big);
    free(full);
    return 0;
}
