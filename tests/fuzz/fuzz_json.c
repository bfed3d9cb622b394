/* fuzz_json.c - libFuzzer harness: the JSON record reader (docs/formats.md). */
#include "fuzz.h"

#define JX_FUZZ_MAX_LEN 8192

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    jx_fuzz_doc(data, size, "fuzz.json", JX_FMT_JSON, JX_ENC_AUTO);
    return 0;
}
