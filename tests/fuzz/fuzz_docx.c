/* fuzz_docx.c - libFuzzer harness: Word documents (core/read/docx.c): zip, tables, gridSpan/vMerge. */
#include "fuzz.h"

#define JX_FUZZ_MAX_LEN 262144

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    jx_fuzz_doc(data, size, "fuzz.docx", JX_FMT_DOCX, JX_ENC_AUTO);
    return 0;
}
