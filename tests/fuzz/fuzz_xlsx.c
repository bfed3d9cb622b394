/* fuzz_xlsx.c - libFuzzer harness: Excel/WPS workbooks (core/read/xlsx.c): zip, shared strings, styles, merges. */
#include "fuzz.h"

#define JX_FUZZ_MAX_LEN 262144

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    jx_fuzz_doc(data, size, "fuzz.xlsx", JX_FMT_XLSX, JX_ENC_AUTO);
    return 0;
}
