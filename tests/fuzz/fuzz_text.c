/* fuzz_text.c - libFuzzer harness: the TAB-separated text reader (the
 * four table layouts), once as UTF-8 (auto: BOM, UTF-8, else GB18030)
 * and once forced to GB18030. */
#include "fuzz.h"

#define JX_FUZZ_MAX_LEN 16384

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    jx_fuzz_doc(data, size, "fuzz.txt", JX_FMT_TEXT, JX_ENC_AUTO);
    jx_fuzz_doc(data, size, "fuzz.txt", JX_FMT_TEXT, JX_ENC_GB18030);
    return 0;
}
