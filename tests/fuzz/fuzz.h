/*
 * fuzz.h - shared helpers for the libFuzzer harnesses in tests/fuzz/.
 *
 * A harness for a new reader is one call: parse the input with the format
 * forced, push the document through every writer (so a bad record that
 * parses is also caught when it is written), free it.  Everything a
 * harness allocates is freed before it returns: libFuzzer runs with leak
 * detection on.  Built only with -DJX_FUZZ=ON (clang); see
 * scripts/fuzz.sh and the "Fuzzing" paragraph of the README.
 *
 * A new harness: tests/fuzz/fuzz_NAME.c (copy fuzz_csv.c: the CMake loop
 * and scripts/fuzz.sh find it), "#define JX_FUZZ_MAX_LEN n" in it for the
 * input size, tests/fuzz/corpus/NAME/ with a few seeds, tests/fuzz/NAME.dict,
 * and a line in the table of tests/test_fuzzregress.c.
 */
#ifndef JX_FUZZ_H
#define JX_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jixiao/jixiao.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Output the writers go to; opened once, never closed (the process ends). */
static inline FILE *jx_fuzz_sink(void)
{
    static FILE *sink;
    if (!sink)
        sink = fopen("/dev/null", "w");
    return sink;
}

/* Writes doc through every record writer. */
static inline void jx_fuzz_write(jx_doc *doc)
{
    FILE *f = jx_fuzz_sink();
    if (!f)
        return;
    jx_doc *const docs[1] = {doc};
    jx_doc_write_json(f, docs, 1, 1);
    jx_doc_write_ndjson(f, doc);
    jx_doc_write_csv(f, docs, 1);
    jx_doc_write_table(f, doc);
}

/* Parses data as format/encoding under name (its extension is what an
 * office reader would see), writes the result, frees it.  Returns the
 * parse status. */
static inline int jx_fuzz_doc(const uint8_t *data, size_t size, const char *name,
                       jx_format format, jx_encoding encoding)
{
    jx_parse_opts o = {.encoding = encoding, .format = format};
    jx_error err = {0};
    jx_doc *doc = NULL;
    int rc = jx_doc_parse((const char *)data, size, name, &o, &doc, &err);
    if (rc == JX_OK) {
        jx_fuzz_write(doc);
        jx_doc_free(doc);
    } else {
        char msg[1024];
        jx_error_format(&err, msg, sizeof msg);
    }
    return rc;
}

#endif
