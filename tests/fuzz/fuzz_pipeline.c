/*
 * fuzz_pipeline.c - libFuzzer harness: the whole path a document takes,
 * parse -> jx_engine_frame -> jx_engine_check -> jx_score_doc (national
 * pack) -> every writer, with one engine reused across inputs (as
 * `jixiao batch` does, so state a pack or a document leaves behind shows).
 *
 * The input is the targets, optionally followed by JX_FUZZ_SEP and the
 * actuals; each half is read with its format sniffed from the content.
 * Without actuals a filled self-evaluation form is scored on its own.
 */
#include "fuzz.h"
#include "scorecard.h"

#define JX_FUZZ_MAX_LEN 16384

#define JX_FUZZ_SEP "\n==ACTUALS==\n"

static jx_engine *engine(void)
{
    static jx_engine *e;
    static int tried;
    if (!e && !tried) {
        tried = 1;
        static const char *const dirs[] = {JX_FUZZ_RULES_DIR, NULL};
        jx_engine_opts o = {dirs, 0, 0};
        jx_error err = {0};
        if (jx_engine_open("national", &o, &e, &err) != JX_OK) {
            fprintf(stderr, "fuzz_pipeline: %s\n", err.msg);
            abort();
        }
    }
    return e;
}

static int count_finding(const jx_finding *f, void *ud)
{
    (void)f;
    ++*(size_t *)ud;
    return 0;
}

static void write_scores(const jx_scorecard *sc)
{
    jx_buf b;
    jx_buf_init(&b);
    jx_scorecard_json(&b, sc, 1);
    jx_scorecard_text(&b, sc, 1, 0);
    jx_scorecard_text(&b, sc, 0, 1);
    jx_scorecard_csv(&b, sc, 1);
    jx_buf_free(&b);
}

static void run(jx_engine *e, const char *t, size_t tn, const char *a, size_t an)
{
    jx_error err = {0};
    jx_doc *d = NULL, *act = NULL;
    jx_scorecard *sc = NULL;
    if (jx_doc_parse(t, tn, "targets", NULL, &d, &err))
        goto cleanup;
    if (a && jx_doc_parse(a, an, "actuals", NULL, &act, &err))
        goto cleanup;
    jx_engine_set_explain(e, tn & 1);
    jx_engine_frame(e, d, &err);
    size_t nf = 0;
    jx_engine_check(e, d, count_finding, &nf, &err);
    int self = 0;
    for (size_t i = 0; i < jx_doc_ntables(d); i++)
        self |= jx_doc_table(d, i)->layout == JX_LAYOUT_SELFEVAL;
    if ((act || self) && jx_score_doc(e, d, act, self, &sc, &err) == JX_OK)
        write_scores(sc);
    jx_fuzz_write(d);
cleanup:
    jx_scorecard_free(sc);
    jx_doc_free(act);
    jx_doc_free(d);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    jx_engine *e = engine();
    const char *s = (const char *)data;
    const size_t k = strlen(JX_FUZZ_SEP);
    const char *sep = NULL;
    for (size_t i = 0; !sep && i + k <= size; i++)
        if (!memcmp(s + i, JX_FUZZ_SEP, k))
            sep = s + i;
    if (!sep) {
        run(e, s, size, NULL, 0);
        return 0;
    }
    size_t tn = (size_t)(sep - s), skip = tn + k;
    run(e, s, tn, s + skip, size - skip);
    return 0;
}
