/*
 * embed.c - a program that embeds libjixiao: it scores a document the way
 * `jixiao score TARGETS --actuals ACTUALS --rules PACK` does and prints
 * every indicator's score with its explanation, using only the installed
 * headers and the shared library:
 *
 *     cc embed.c $(pkg-config --cflags --libs jixiao) -o embed
 *     ./embed targets.txt actuals.yaml [PACK]
 *
 * Exit status: 0 scored, 1 scored with error findings, 2 could not score.
 */
#include <jixiao/jixiao.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

static void print_error(const char *what, const jx_error *err)
{
    char buf[1024];
    jx_error_format(err, buf, sizeof buf);
    fprintf(stderr, "embed: %s: %s (%s)\n", what, buf, jx_status_name(err->code));
}

static void print_row(const char *name, const jx_score *s)
{
    if (isnan(s->score))
        printf("  %s：未计分（%s）\n", name, s->explain);
    else
        printf("  %s：%.2f / %.2f　%s\n", name, s->score, s->points, s->explain);
}

static void print_table(const jx_scorecard *sc, size_t t)
{
    const jx_table *tab = jx_scorecard_table(sc, t);
    const char *grade = jx_scorecard_grade(sc, t);
    printf("%s %s\n", tab->kind == JX_TABLE_DEPARTMENT ? "部门整体" : "项目",
           tab->name ? tab->name : "");
    for (size_t r = 0; r < jx_scorecard_nrows(sc, t); r++) {
        const jx_indicator *ind;
        const jx_score *s = jx_scorecard_row(sc, t, r, &ind, NULL);
        print_row(ind->level3, s);
    }
    const jx_score *x = jx_scorecard_execution(sc, t);
    if (x)
        print_row("预算执行率", x);
    printf("  总分 %.2f / %.2f，等级 %s\n\n", jx_scorecard_total(sc, t),
           jx_scorecard_points(sc, t), grade ? grade : "（暂无）");
}

/* Parses, frames and scores; prints.  Returns the exit status. */
static int run(const char *targets, const char *actuals, const char *pack)
{
    jx_error err = {0};
    jx_engine *e = NULL;
    jx_doc *td = NULL, *ad = NULL;
    jx_scorecard *sc = NULL;
    int rc = 2;
    if (jx_engine_open(pack, NULL, &e, &err) != JX_OK) {
        print_error("rule pack", &err);
        goto out;
    }
    if (jx_doc_parse_file(targets, NULL, &td, &err) != JX_OK ||
        jx_doc_parse_file(actuals, NULL, &ad, &err) != JX_OK) {
        print_error("input", &err);
        goto out;
    }
    if (jx_engine_frame(e, td, &err) != JX_OK)
        print_error("frame (the document is scored as parsed)", &err);
    if (jx_score_doc(e, td, ad, 0, &sc, &err) != JX_OK) {
        print_error("score", &err);
        goto out;
    }
    printf("%s（规则包 %s，libjixiao %s）\n\n", jx_scorecard_source(sc), jx_scorecard_pack(sc),
           jx_version());
    for (size_t t = 0; t < jx_scorecard_ntables(sc); t++)
        print_table(sc, t);
    rc = 0;
    for (size_t i = 0; i < jx_scorecard_nfindings(sc); i++) {
        const jx_finding *f = jx_scorecard_finding(sc, i);
        printf("%s:%d: %s[%s]: %s\n", f->source, f->line, jx_severity_name(f->severity),
               f->code, f->message);
        if (f->severity == JX_SEV_ERROR)
            rc = 1;
    }
out:
    jx_scorecard_free(sc); /* before what it borrows from */
    jx_doc_free(td);
    jx_doc_free(ad);
    jx_engine_free(e);
    return rc;
}

int main(int argc, char **argv)
{
    if (argc < 3 || argc > 4) {
        fprintf(stderr, "usage: embed TARGETS ACTUALS [PACK]\n");
        return 2;
    }
    /* the library a program runs with must be the one it was built for */
    if (jx_version_num() >> 8 != JX_VERSION_NUM >> 8) {
        fprintf(stderr, "embed: built for libjixiao %s, running with %s\n", JX_VERSION,
                jx_version());
        return 2;
    }
    return run(argv[1], argv[2], argc > 3 ? argv[3] : "national");
}
