/* fuzz_pdf.c - libFuzzer harness: the PDF reader after pdftotext
 * (core/read/pdf.c): poppler's -bbox-layout XHTML -> fragments -> visual
 * lines -> columns by left edges -> one grid -> interpreter.  pdftotext
 * itself is not run: it is a separate process, and poppler is fuzzed
 * upstream (OSS-Fuzz); what jixiao adds is this layout stage. */
#include "fuzz.h"

#include "doc_int.h"
#include "read/office.h"

#define JX_FUZZ_MAX_LEN 131072

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    jx_doc *d = jx_doc_new("fuzz.pdf");
    if (!d)
        return 0;
    jx_error err = {0};
    if (jx_read_pdf_bbox(d, (const char *)data, size, NULL, &err) == JX_OK) {
        jx_doc_finish(d);
        jx_fuzz_write(d);
    }
    jx_doc_free(d);
    return 0;
}
