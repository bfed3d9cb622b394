/*
 * jxbench.c - the numbers behind "speed is a feature".  For a corpus made
 * by gencorpus (or any folder of targets with NAME.actuals.csv beside
 * them) it reports:
 *
 *   parse      MB/s and documents/s (decode + tables + 指标值, one core)
 *   pipeline   documents/s and indicators/s for parse + frame + check +
 *              score, one core, one Lua state (what each batch worker does)
 *   scoring    indicators/s through the pack's score() in Lua, and the same
 *              national formulas written in plain C on the same records,
 *              with the ratio: what the Lua layer costs
 *   memory     peak RSS
 *
 *   jxbench CORPUS_DIR [--rules PACK] [--rounds N] [--max-docs N]
 *
 * Numbers are printed, never asserted (the brief: no timed tests).
 */
#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "batch.h"
#include "rules.h"
#include "doc_int.h"
#include "jixiao/jixiao.h"
#include "scorecard.h"
#include "util.h"

/* Rounds are functions of their own for callgrind (--toggle-collect):
 * gcc's noipa keeps them whole; clang has no noipa, noinline does. */
#if defined(__clang__)
#define JX_NOIPA __attribute__((noinline))
#else
#define JX_NOIPA __attribute__((noipa))
#endif

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t); /* CPU time: other load on the machine counts less */
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

typedef struct rec {
    const jx_table *t;
    const jx_indicator *ind;
    jx_value actual;
    double points;
} rec;

/* The national formulas in plain C, for comparison only: positive B/A,
 * reverse (1-(B-A)/A), qualitative bands from a short vocabulary. */
static double c_score(const rec *r)
{
    const jx_value *t = &r->ind->target, *a = &r->actual;
    double P = r->points;
    if (t->kind == JX_V_QUANT && a->kind == JX_V_QUANT && t->n && a->n) {
        double A = t->t[0].value, B = a->t[0].value;
        if (!strcmp(t->t[0].unit, "%") && !a->t[0].unit[0] && B <= 1.5)
            B *= 100;
        jx_op op = t->t[0].op;
        if (strstr(r->ind->level3, "变动率"))
            op = JX_OP_LE;
        double s;
        if (op == JX_OP_LE || op == JX_OP_LT) {
            if (B <= A)
                s = P;
            else if (A <= 0)
                s = 0;
            else
                s = (1 - (B - A) / A) * P;
        } else {
            s = B >= A ? P : (A > 0 ? B / A * P : 0);
        }
        if (s < 0)
            s = 0;
        if (s > P)
            s = P;
        return floor(s * 100 + 0.5) / 100;
    }
    static const char *const full[] = {"达成", "完成", "效果明显", "达成预期指标"};
    static const char *const part[] = {"部分达成", "基本完成"};
    for (size_t i = 0; i < sizeof part / sizeof *part; i++)
        if (a->raw_len == strlen(part[i]) && !memcmp(a->raw, part[i], a->raw_len))
            return floor(P * 0.8 * 100 + 0.5) / 100;
    for (size_t i = 0; i < sizeof full / sizeof *full; i++)
        if (a->raw_len == strlen(full[i]) && !memcmp(a->raw, full[i], a->raw_len))
            return P;
    return NAN;
}

/* Scores every record `rounds` times through the pack, one table per
 * call (jx_engine_score_rows, as jx_score_doc does); returns seconds.
 * noinline: callgrind counts each kind of round on its own
 * (--toggle-collect=table_rounds, indicator_rounds, c_rounds). */
__attribute__((noinline)) static double table_rounds(jx_engine *e, const rec *recs, size_t nrec,
                                                     int rounds, double *sum)
{
    jx_score_row *in = malloc((nrec ? nrec : 1) * sizeof *in);
    jx_score *out = malloc((nrec ? nrec : 1) * sizeof *out);
    for (size_t i = 0; i < nrec; i++)
        in[i] = (jx_score_row){recs[i].ind, &recs[i].actual, NAN, NAN, recs[i].points, NAN};
    jx_error err = {0};
    double t0 = now();
    for (int k = 0; k < rounds; k++)
        for (size_t i = 0; i < nrec;) {
            size_t j = i + 1;
            while (j < nrec && recs[j].t == recs[i].t)
                j++;
            if (jx_engine_score_rows(e, recs[i].t, in + i, j - i, out + i, &err) == JX_OK)
                for (size_t q = i; q < j; q++)
                    if (!isnan(out[q].score))
                        *sum += out[q].score;
            i = j;
        }
    double t = now() - t0;
    free(in);
    free(out);
    return t;
}

/* The plain-C formulas over every record `rounds` times. */
__attribute__((noinline)) static double c_rounds(const rec *recs, size_t nrec, int rounds,
                                                 double *sum)
{
    double t0 = now();
    for (int k = 0; k < rounds; k++)
        for (size_t i = 0; i < nrec; i++) {
            double x = c_score(&recs[i]);
            if (!isnan(x))
                *sum += x;
        }
    return now() - t0;
}

/* The same one indicator per call (jx_engine_score: a pack that replaces
 * score is called so); returns seconds. */
__attribute__((noinline)) static double indicator_rounds(jx_engine *e, const rec *recs,
                                                         size_t nrec, int rounds, double *sum)
{
    jx_score s;
    jx_error err = {0};
    double t0 = now();
    for (int k = 0; k < rounds; k++)
        for (size_t i = 0; i < nrec; i++) {
            jx_engine_score(e, recs[i].t, recs[i].ind, &recs[i].actual, recs[i].points, NAN,
                            &s, &err);
            if (!isnan(s.score))
                *sum += s.score;
        }
    return now() - t0;
}

/* The pack's 分值 (jx_engine_points) of every table `rounds` times, the
 * points the form printed put back before each round (the pack is asked
 * only for rows without them); returns seconds. */
__attribute__((noinline)) static double points_rounds(jx_engine *e, jx_table **tabs,
                                                      double **saved, size_t ntab, int rounds,
                                                      double *sum)
{
    jx_error err = {0};
    double t0 = now();
    for (int k = 0; k < rounds; k++)
        for (size_t i = 0; i < ntab; i++) {
            jx_table *t = tabs[i];
            for (size_t j = 0; j < t->n; j++)
                t->ind[j].points = saved[i][j];
            jx_engine_points(e, t, &err);
            for (size_t j = 0; j < t->n; j++)
                if (!isnan(t->ind[j].points))
                    *sum += t->ind[j].points;
        }
    return now() - t0;
}

/* One function per measured kind of round, so that callgrind's inclusive
 * counts tell them apart (bench/README.md, fourth pass). */
JX_NOIPA static double m_table_explain(jx_engine *e, const rec *recs,
                                                        size_t nrec, int rounds, double *sum)
{
    return table_rounds(e, recs, nrec, rounds, sum);
}

JX_NOIPA static double m_table_quiet(jx_engine *e, const rec *recs, size_t nrec,
                                                      int rounds, double *sum)
{
    return table_rounds(e, recs, nrec, rounds, sum);
}

JX_NOIPA static double m_indicator_quiet(jx_engine *e, const rec *recs,
                                                          size_t nrec, int rounds, double *sum)
{
    return indicator_rounds(e, recs, nrec, rounds, sum);
}

JX_NOIPA static double m_indicator_explain(jx_engine *e, const rec *recs,
                                                            size_t nrec, int rounds, double *sum)
{
    return indicator_rounds(e, recs, nrec, rounds, sum);
}

/* Every record scored by table and one indicator per call, with the
 * explanation on and off: rows whose score, rule, explanation, finding
 * or unmet differ between the two ways (0: the table path gives the
 * per-indicator answers byte for byte). */
static size_t differing_rows(jx_engine *e, const rec *recs, size_t nrec, int explain)
{
    jx_score_row *in = malloc((nrec ? nrec : 1) * sizeof *in);
    jx_score *out = malloc((nrec ? nrec : 1) * sizeof *out);
    size_t bad = 0;
    jx_error err = {0};
    jx_engine_set_explain(e, explain);
    for (size_t i = 0; i < nrec; i++)
        in[i] = (jx_score_row){recs[i].ind, &recs[i].actual, NAN, NAN, recs[i].points, NAN};
    for (size_t i = 0; i < nrec;) {
        size_t j = i + 1;
        while (j < nrec && recs[j].t == recs[i].t)
            j++;
        int ok = jx_engine_score_rows(e, recs[i].t, in + i, j - i, out + i, &err) == JX_OK;
        for (size_t q = i; q < j; q++) {
            /* the explanation points into the engine: compared before the next call */
            char tx[JX_EXPLAIN_MAX];
            snprintf(tx, sizeof tx, "%s", ok && out[q].explain ? out[q].explain : "");
            jx_score one;
            jx_engine_score(e, recs[q].t, recs[q].ind, &recs[q].actual, recs[q].points, NAN, &one,
                            &err);
            int same = ok && (isnan(one.score) ? isnan(out[q].score) : one.score == out[q].score) &&
                       one.rule == out[q].rule && one.finding == out[q].finding &&
                       one.unmet == out[q].unmet && !strcmp(one.explain ? one.explain : "", tx);
            bad += !same;
        }
        i = j;
    }
    jx_engine_set_explain(e, 1);
    free(in);
    free(out);
    return bad;
}

static int count_finding(const jx_finding *f, void *ud)
{
    (void)f;
    (*(size_t *)ud)++;
    return 0;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: jxbench CORPUS_DIR [--rules PACK] [--rounds N] [--max-docs N]\n");
        return 2;
    }
    jx_heap_keep(); /* as the CLI does */
    const char *dir = argv[1], *pack = "national";
    int rounds = 20;
    size_t max_docs = (size_t)-1;
    for (int i = 2; i + 1 < argc; i += 2) {
        if (!strcmp(argv[i], "--rules"))
            pack = argv[i + 1];
        else if (!strcmp(argv[i], "--rounds"))
            rounds = atoi(argv[i + 1]);
        else if (!strcmp(argv[i], "--max-docs"))
            max_docs = (size_t)atol(argv[i + 1]);
    }
    DIR *d = opendir(dir);
    if (!d) {
        perror(dir);
        return 2;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *de;
    while ((de = readdir(d))) {
        size_t l = strlen(de->d_name);
        if (l < 5 || strcmp(de->d_name + l - 4, ".txt"))
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 1024;
            names = realloc(names, cap * sizeof *names);
        }
        names[n++] = strdup(de->d_name);
    }
    closedir(d);
    qsort(names, n, sizeof *names, cmp_str);
    for (size_t i = max_docs; i < n; i++)
        free(names[i]);
    if (n > max_docs)
        n = max_docs;
    if (!n) {
        fprintf(stderr, "jxbench: no .txt documents in %s\n", dir);
        return 2;
    }
    /* load everything first: parse speed without the disk */
    char **data = calloc(n, sizeof *data), **act = calloc(n, sizeof *act);
    size_t *len = calloc(n, sizeof *len), *alen = calloc(n, sizeof *alen), bytes = 0;
    for (size_t i = 0; i < n; i++) {
        char p[4096];
        jx_error err = {0};
        snprintf(p, sizeof p, "%s/%s", dir, names[i]);
        if (jx_read_file(p, &data[i], &len[i], &err)) {
            fprintf(stderr, "jxbench: %s\n", err.msg);
            return 2;
        }
        bytes += len[i];
        p[strlen(p) - 4] = '\0';
        strcat(p, ".actuals.csv");
        if (jx_read_file(p, &act[i], &alen[i], &err))
            act[i] = NULL;
    }
    printf("corpus: %zu documents, %.1f MB, rules %s\n", n, (double)bytes / 1e6, pack);

    /* 1. parse */
    jx_parse_opts po = {0};
    size_t inds = 0;
    double t0 = now();
    for (size_t i = 0; i < n; i++) {
        jx_doc *doc;
        jx_error err = {0};
        if (jx_doc_parse(data[i], len[i], names[i], &po, &doc, &err) == JX_OK) {
            for (size_t k = 0; k < jx_doc_ntables(doc); k++)
                inds += jx_doc_table(doc, k)->n;
            jx_doc_free(doc);
        }
    }
    double tp = now() - t0;
    printf("parse:     %8.1f MB/s   %8.0f docs/s   %9.0f indicators/s   (one core)\n",
           (double)bytes / 1e6 / tp, (double)n / tp, (double)inds / tp);

    /* 2. the whole pipeline of one batch worker */
    jx_engine *e;
    jx_error err = {0};
    if (jx_engine_open(pack, NULL, &e, &err)) {
        fprintf(stderr, "jxbench: %s\n", err.msg);
        return 2;
    }
    double tf = 0, tc = 0, ts = 0;
    size_t findings = 0;
    t0 = now();
    for (size_t i = 0; i < n; i++) {
        jx_doc *doc, *ad = NULL;
        if (jx_doc_parse(data[i], len[i], names[i], &po, &doc, &err))
            continue;
        double a = now();
        jx_engine_frame(e, doc, &err);
        double b = now();
        jx_engine_check(e, doc, count_finding, &findings, &err);
        double c = now();
        if (act[i]) {
            jx_parse_opts pc = {.encoding = JX_ENC_AUTO, .format = JX_FMT_CSV};
            if (jx_doc_parse(act[i], alen[i], "actuals.csv", &pc, &ad, &err) == JX_OK) {
                jx_scorecard *sc;
                if (jx_score_doc(e, doc, ad, 0, &sc, &err) == JX_OK) {
                    findings += sc->nf;
                    jx_scorecard_free(sc);
                }
            }
        }
        double dd = now();
        tf += b - a;
        tc += c - b;
        ts += dd - c;
        jx_doc_free(ad);
        jx_doc_free(doc);
    }
    double tw = now() - t0;
    printf("pipeline:  %8.0f docs/s   %9.0f indicators/s   (parse+frame+check+score, one core)\n",
           (double)n / tw, (double)inds / tw);
    printf("           per document: parse %.2f ms, frame %.2f ms, check %.2f ms, score %.2f ms\n",
           (tw - tf - tc - ts) / (double)n * 1e3, tf / (double)n * 1e3, tc / (double)n * 1e3,
           ts / (double)n * 1e3);

    /* 3. scoring alone: Lua pack vs plain C, same records */
    jx_doc **docs = calloc(n, sizeof *docs), **ads = calloc(n, sizeof *ads);
    rec *recs = NULL;
    size_t nrec = 0, rcap = 0;
    jx_table **tabs = NULL;
    double **saved = NULL;
    size_t ntab = 0, tcap = 0;
    for (size_t i = 0; i < n && i < 2000; i++) {
        jx_parse_opts pc = {.encoding = JX_ENC_AUTO, .format = JX_FMT_CSV};
        if (!act[i] || jx_doc_parse(data[i], len[i], names[i], &po, &docs[i], &err) ||
            jx_doc_parse(act[i], alen[i], "a.csv", &pc, &ads[i], &err))
            continue;
        jx_engine_frame(e, docs[i], &err);
        for (size_t k = 0; k < jx_doc_ntables(docs[i]); k++) {
            jx_table *t = jx_doc_table(docs[i], k);
            if (ntab == tcap) {
                tcap = tcap ? tcap * 2 : 256;
                tabs = realloc(tabs, tcap * sizeof *tabs);
                saved = realloc(saved, tcap * sizeof *saved);
            }
            tabs[ntab] = t;
            saved[ntab] = malloc((t->n ? t->n : 1) * sizeof **saved);
            for (size_t j = 0; j < t->n; j++)
                saved[ntab][j] = t->ind[j].points;
            ntab++;
            jx_engine_points(e, t, &err);
            for (size_t j = 0; j < t->n; j++) {
                const jx_indicator *ind = &t->ind[j];
                for (size_t q = 0; q < jx_doc_ntables(ads[i]); q++) {
                    const jx_table *at = jx_doc_table(ads[i], q);
                    if (!at->code || !t->code || strcmp(at->code, t->code))
                        continue;
                    for (size_t z = 0; z < at->n; z++) {
                        if (strcmp(at->ind[z].level3, ind->level3) || !at->ind[z].actual_raw)
                            continue;
                        if (nrec == rcap) {
                            rcap = rcap ? rcap * 2 : 4096;
                            recs = realloc(recs, rcap * sizeof *recs);
                        }
                        rec *r = &recs[nrec++];
                        r->t = t;
                        r->ind = ind;
                        r->points = isnan(ind->points) ? 10 : ind->points;
                        jx_value_parse(at->ind[z].actual_raw, strlen(at->ind[z].actual_raw),
                                       &r->actual, &err);
                        break;
                    }
                }
            }
        }
    }
    double sum_lua = 0, sum_quiet = 0, sum_c = 0, sum_one = 0, sum_one_quiet = 0;
    /* warm the pack's caches (formats, name classes, formula ids) as a
     * batch worker has them after its first documents */
    table_rounds(e, recs, nrec, 1, &sum_lua);
    sum_lua = 0;
    /* Lua by table with and without the explanation (as a batch without
     * --detail) and plain C, one round each in turn, `rounds` times: the
     * fastest round of each kind counts, so that other load on the machine
     * moves the ratios less than it moves a single long run */
    double tl = INFINITY, tq = INFINITY, tcc = INFINITY;
    for (int k = 0; k < rounds; k++) {
        jx_engine_set_explain(e, 1);
        tl = fmin(tl, m_table_explain(e, recs, nrec, 1, &sum_lua));
        jx_engine_set_explain(e, 0);
        tq = fmin(tq, m_table_quiet(e, recs, nrec, 1, &sum_quiet));
        tcc = fmin(tcc, c_rounds(recs, nrec, 1, &sum_c));
    }
    tl *= rounds;
    tq *= rounds;
    tcc *= rounds;
    double toq = m_indicator_quiet(e, recs, nrec, rounds, &sum_one_quiet);
    jx_engine_set_explain(e, 1);
    double to = m_indicator_explain(e, recs, nrec, rounds, &sum_one);
    double sum_pts = 0;
    size_t npts = 0;
    for (size_t i = 0; i < ntab; i++)
        for (size_t j = 0; j < tabs[i]->n; j++)
            npts += isnan(saved[i][j]) && jx_indicator_scored(&tabs[i]->ind[j]);
    double tpt = points_rounds(e, tabs, saved, ntab, rounds, &sum_pts);
    double lua_rate = (double)nrec * rounds / tl, c_rate = (double)nrec * rounds / tcc;
    double quiet_rate = (double)nrec * rounds / tq;
    printf("scoring:   %9.0f indicators/s through the %s pack (Lua, a table per call), with the explanation\n",
           lua_rate, pack);
    printf("           %9.0f indicators/s without it (batch lines without --detail)\n",
           quiet_rate);
    printf("           %9.0f indicators/s plain C, same formulas, no explanation (Lua costs\n"
           "           %.1fx with the explanation, %.1fx without)\n",
           c_rate, c_rate / lua_rate, c_rate / quiet_rate);
    printf("           one indicator per call (a pack that replaces score): %.0f ns with the\n"
           "           explanation, %.0f ns without\n",
           to * 1e9 / ((double)nrec * rounds), toq * 1e9 / ((double)nrec * rounds));
    printf("           checksum: Lua %.2f (%.2f without explanation; %.2f, %.2f one per call), C %.2f over %zu records x %d rounds\n",
           sum_lua, sum_quiet, sum_one, sum_one_quiet, sum_c, nrec, rounds);
    printf("           per indicator: Lua %.0f ns with the explanation, %.0f ns without, C %.0f ns\n",
           1e9 / lua_rate, 1e9 / quiet_rate, 1e9 / c_rate);
    printf("points:    %zu tables, %zu indicators whose 分值 the pack gives: %.0f ns per indicator"
           " (checksum %.2f)\n", ntab, npts, npts ? tpt * 1e9 / ((double)npts * rounds) : 0.0,
           sum_pts);
    printf("same:      table vs one indicator per call: %zu of %zu rows differ with the explanation,"
           " %zu without\n", differing_rows(e, recs, nrec, 1), nrec, differing_rows(e, recs, nrec, 0));
    /* one line for bench/run.sh */
    printf("summary: doc_ms=%.3f lua_ns=%.1f quiet_ns=%.1f c_ns=%.1f\n", tw / (double)n * 1e3,
           1e9 / lua_rate, 1e9 / quiet_rate, 1e9 / c_rate);
    for (size_t i = 0; i < n; i++) {
        jx_doc_free(docs[i]);
        jx_doc_free(ads[i]);
    }
    free(docs);
    free(ads);
    free(recs);
    for (size_t i = 0; i < ntab; i++)
        free(saved[i]);
    free(saved);
    free(tabs);
    jx_engine_free(e);
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("memory:    peak RSS %.1f MB (whole corpus held in memory)\n", (double)ru.ru_maxrss / 1024);
    for (size_t i = 0; i < n; i++) {
        free(data[i]);
        free(act[i]);
        free(names[i]);
    }
    free(data);
    free(act);
    free(len);
    free(alen);
    free(names);
    return 0;
}
