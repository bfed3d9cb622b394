/*
 * test_fuzzregress.c - replays what fuzzing found and keeps: every file
 * under tests/fuzz/regress/<harness>/ (a reproducer of a bug that is
 * fixed) and every file of the seed corpus tests/fuzz/corpus/<harness>/
 * goes through the same code as the libFuzzer harness of that name, so
 * the normal and the ASan build (ctest) catch a fixed bug coming back
 * without clang or libFuzzer.  A harness aborts on a broken invariant;
 * under ASan/UBSan any report aborts too.  Reproducers of bugs still open
 * live in tests/fuzz/pending/ and are not replayed.
 */
#include <criterion/criterion.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* Each harness is compiled in here under its own name. */
#define JX_FUZZ_RULES_DIR JX_SOURCE_DIR "/rules"
#define LLVMFuzzerTestOneInput fuzz_value_one
#include "fuzz/fuzz_value.c"
#undef LLVMFuzzerTestOneInput
#undef JX_FUZZ_MAX_LEN
#define LLVMFuzzerTestOneInput fuzz_text_one
#include "fuzz/fuzz_text.c"
#undef LLVMFuzzerTestOneInput
#undef JX_FUZZ_MAX_LEN
#define LLVMFuzzerTestOneInput fuzz_csv_one
#include "fuzz/fuzz_csv.c"
#undef LLVMFuzzerTestOneInput
#undef JX_FUZZ_MAX_LEN
#define LLVMFuzzerTestOneInput fuzz_json_one
#include "fuzz/fuzz_json.c"
#undef LLVMFuzzerTestOneInput
#undef JX_FUZZ_MAX_LEN
#define LLVMFuzzerTestOneInput fuzz_yaml_one
#include "fuzz/fuzz_yaml.c"
#undef LLVMFuzzerTestOneInput
#undef JX_FUZZ_MAX_LEN
#define LLVMFuzzerTestOneInput fuzz_pipeline_one
#include "fuzz/fuzz_pipeline.c"
#undef LLVMFuzzerTestOneInput
#undef JX_FUZZ_MAX_LEN
#define LLVMFuzzerTestOneInput fuzz_xlsx_one
#include "fuzz/fuzz_xlsx.c"
#undef LLVMFuzzerTestOneInput
#undef JX_FUZZ_MAX_LEN
#define LLVMFuzzerTestOneInput fuzz_docx_one
#include "fuzz/fuzz_docx.c"
#undef LLVMFuzzerTestOneInput
#undef JX_FUZZ_MAX_LEN
#define LLVMFuzzerTestOneInput fuzz_html_one
#include "fuzz/fuzz_html.c"
#undef LLVMFuzzerTestOneInput
#undef JX_FUZZ_MAX_LEN
#define LLVMFuzzerTestOneInput fuzz_pdf_one
#include "fuzz/fuzz_pdf.c"
#undef LLVMFuzzerTestOneInput
#undef JX_FUZZ_MAX_LEN

typedef int (*harness_fn)(const uint8_t *, size_t);

static const struct {
    const char *name;
    harness_fn fn;
} harnesses[] = {
    {"value", fuzz_value_one}, {"text", fuzz_text_one},   {"csv", fuzz_csv_one},
    {"json", fuzz_json_one},   {"yaml", fuzz_yaml_one},   {"pipeline", fuzz_pipeline_one},
    {"xlsx", fuzz_xlsx_one},   {"docx", fuzz_docx_one},   {"html", fuzz_html_one},
    {"pdf", fuzz_pdf_one},
};

static harness_fn harness_for(const char *name)
{
    for (size_t i = 0; i < sizeof harnesses / sizeof harnesses[0]; i++)
        if (!strcmp(harnesses[i].name, name))
            return harnesses[i].fn;
    return NULL;
}

/* Feeds one file to fn in a buffer of exactly its size (as libFuzzer
 * does, so ASan sees a read past the end). */
static void replay_file(harness_fn fn, const char *path)
{
    FILE *f = fopen(path, "rb");
    cr_assert_not_null(f, "cannot open %s", path);
    struct stat st;
    cr_assert_eq(fstat(fileno(f), &st), 0);
    size_t n = (size_t)st.st_size;
    uint8_t *buf = malloc(n ? n : 1);
    cr_assert_not_null(buf);
    cr_assert_eq(fread(buf, 1, n, f), n, "short read of %s", path);
    fclose(f);
    fn(buf, n);
    free(buf);
}

/* Replays every file of ROOT/<harness>/; returns how many.  A folder
 * named for no harness is an error (a typo would silently skip it). */
static size_t replay_tree(const char *root)
{
    size_t count = 0;
    DIR *top = opendir(root);
    cr_assert_not_null(top, "%s is missing", root);
    struct dirent *h;
    while ((h = readdir(top))) {
        char dir[4096];
        snprintf(dir, sizeof dir, "%s/%s", root, h->d_name);
        struct stat st;
        if (h->d_name[0] == '.' || stat(dir, &st) || !S_ISDIR(st.st_mode))
            continue; /* README */
        harness_fn fn = harness_for(h->d_name);
        cr_assert_not_null(fn, "%s/%s: no harness of that name", root, h->d_name);
        DIR *d = opendir(dir);
        cr_assert_not_null(d, "%s is not a folder", dir);
        struct dirent *e;
        while ((e = readdir(d))) {
            if (e->d_name[0] == '.')
                continue;
            char path[8192];
            snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
            replay_file(fn, path);
            count++;
        }
        closedir(d);
    }
    closedir(top);
    return count;
}

Test(fuzzregress, reproducers_of_fixed_bugs_pass)
{
    replay_tree(JX_SOURCE_DIR "/tests/fuzz/regress");
}

Test(fuzzregress, seed_corpus_replays_clean)
{
    size_t n = replay_tree(JX_SOURCE_DIR "/tests/fuzz/corpus");
    cr_assert_gt(n, 100, "the seed corpus is missing (%zu files)", n);
}
