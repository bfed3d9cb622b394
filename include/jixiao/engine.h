/*
 * engine.h - the rule engine: one sandboxed Lua 5.4 state holding a rule
 * pack (framework, weights, formulas, vocabulary, grades, checks).
 *
 * An engine is not thread-safe; a batch keeps one per worker.  Rule
 * functions are looked up once when the pack loads.  A failing rule fails
 * the one evaluation it was asked for (with file, line, rule and
 * indicator in the message), never the engine.
 */
#ifndef JIXIAO_ENGINE_H
#define JIXIAO_ENGINE_H

#include <stddef.h>
#include "jixiao/doc.h"

#ifdef __cplusplus
extern "C" {
#endif

struct jx_error;
typedef struct jx_engine jx_engine;

typedef struct jx_engine_opts {
    /* Directories searched for a pack given by name, in order; NULL-ended.
     * NULL means jx_rules_default_dirs(). */
    const char *const *search;
    long instruction_limit; /* per evaluation; 0: default (10,000,000) */
    size_t memory_limit;    /* bytes per state; 0: default (64 MiB) */
} jx_engine_opts;

/* pack is a name ("national", "sichuan") looked up in the search dirs,
 * or a path to a pack folder. */
int jx_engine_open(const char *pack, const jx_engine_opts *opts,
                   jx_engine **out, struct jx_error *err);
void jx_engine_free(jx_engine *e);

const char *jx_engine_pack(const jx_engine *e);    /* resolved pack name */
const char *jx_engine_pack_dir(const jx_engine *e); /* its folder */

/*
 * Applies the pack's framework to a parsed document: infers a missing
 * 二级 from the indicator (marking level2_inferred), moves rows that landed
 * in the wrong 一级 block (marking realigned, with a note), and names the
 * 一级 of tables that lost it.  A rule failure is reported in err and
 * leaves the document as it was parsed.
 */
int jx_engine_frame(jx_engine *e, jx_doc *doc, struct jx_error *err);

/* The directories a pack name is looked up in when opts->search is NULL:
 * the build tree's rules/ (when running from it), then
 * <exe>/../share/jixiao/rules, then the configured install dir. */
const char *const *jx_rules_default_dirs(void);


/* ---- scoring (issue: score) ---- */

typedef struct jx_score {
    double score;      /* NaN when the indicator could not be scored */
    double points;     /* 分值 used */
    const char *rule;  /* rule name as the pack calls it: "正向指标" … */
    char explain[320]; /* the formula with its numbers:
                          "正向指标: 15 ÷ 16 × 5 = 4.69", or why not scored */
    int finding;       /* nonzero: not scored; explain says why */
    int unmet;         /* the pack judged the target not met even at full
                          points (a strict <5% with 5% actual): its 4th result */
} jx_score;

/* Scores one indicator against its actual.  A failing rule returns
 * JX_ERULE with err naming pack file:line, rule and indicator; the
 * engine stays usable. */
/* actual: the parsed 实际完成值; given: a score the officer set (NaN if
 * none), checked by the pack against the qualitative band.  Units are
 * reconciled here (4.5万人 vs 45000人; 0.95 against a % target); a
 * mismatch is a finding, not a guess. */
int jx_engine_score(jx_engine *e, const jx_table *t, const jx_indicator *ind,
                    const jx_value *actual, double points, double given,
                    jx_score *out, struct jx_error *err);
/* The same for a 变动率 indicator whose 本年数 and 上年数 were filled in
 * (NaN when absent): the pack computes the rate from them, shows the
 * sum in the explanation and scores it (docs/rules.md 3.2). */
int jx_engine_score_change(jx_engine *e, const jx_table *t, const jx_indicator *ind,
                           const jx_value *actual, double current, double previous,
                           double points, double given, jx_score *out,
                           struct jx_error *err);
/* Whether jx_engine_score needs the explanation text (default yes).  A
 * batch that prints only totals turns it off: the pack then skips
 * building the string (score() receives want_explain = false). */
void jx_engine_set_explain(jx_engine *e, int on);

/* 预算执行率 score from the funds block. */
int jx_engine_score_execution(jx_engine *e, const jx_table *t,
                              jx_score *out, struct jx_error *err);
/* Fills ind[i].points from the pack's weights where the table has none. */
int jx_engine_points(jx_engine *e, jx_table *t, struct jx_error *err);
/* Grade for a total ("优", "良", "中", "差"); NULL on error.  The string
 * lives as long as the engine. */
const char *jx_engine_grade(jx_engine *e, double total, struct jx_error *err);
/* Rounds as the pack says (official forms: two decimals). */
double jx_engine_round(jx_engine *e, double x);

/* ---- checks (issue: check) ---- */

typedef enum jx_severity {
    JX_SEV_INFO = 0,
    JX_SEV_WARNING,
    JX_SEV_ERROR
} jx_severity;

typedef struct jx_finding {
    jx_severity severity;
    const char *code;      /* stable, e.g. "missing-benefit" */
    const char *message;   /* Chinese, names project and indicator */
    const char *source;    /* file */
    int line;
    const char *project;   /* code or name, NULL for the department */
    const char *indicator; /* 三级 name, NULL for a table-level finding */
} jx_finding;

/* Called once per finding; return nonzero to stop. */
typedef int (*jx_finding_cb)(const jx_finding *f, void *ud);

/* Runs the pack's checks over doc.  A check that fails becomes a
 * "rule-error" finding and the others run.  Returns JX_OK, or JX_ELIMIT
 * (also reported as a "rule-error" finding) when the document is too
 * large to hand to the checks within the memory cap. */
int jx_engine_check(jx_engine *e, jx_doc *doc, jx_finding_cb cb, void *ud,
                    struct jx_error *err);
const char *jx_severity_name(jx_severity s); /* "info" "warning" "error" */

/* The pack's checks, for listings: code, severity ("off" when silenced),
 * description.  Returns the count; i beyond it returns 0. */
size_t jx_engine_ncheck(jx_engine *e);
int jx_engine_check_info(jx_engine *e, size_t i, const char **code,
                         const char **severity, const char **description);

#ifdef __cplusplus
}
#endif

#endif
