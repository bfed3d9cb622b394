/* fuzz_html.c - libFuzzer harness: web pages (core/read/html.c): charset, rowspan/colspan. */
#include "fuzz.h"

#define JX_FUZZ_MAX_LEN 65536

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    jx_fuzz_doc(data, size, "fuzz.html", JX_FMT_HTML, JX_ENC_AUTO);
    return 0;
}
