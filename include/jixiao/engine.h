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
#include "jixiao/base.h"

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
 * or a path to a pack folder; NULL means "national".  On success *out is
 * the engine (free it with jx_engine_free); on failure *out is NULL and
 * err says why (JX_ENOTFOUND, JX_ERULE naming pack file:line, JX_ENOMEM). */
JX_API jx_status jx_engine_open(const char *pack, const jx_engine_opts *opts,
                                jx_engine **out, struct jx_error *err);
/* Frees the engine and everything it handed out (grades, rule names,
 * check listings).  NULL is a no-op. */
JX_API void jx_engine_free(jx_engine *e);

/* The resolved pack name ("national") and its folder.  Both live as long
 * as the engine. */
JX_API const char *jx_engine_pack(const jx_engine *e);
JX_API const char *jx_engine_pack_dir(const jx_engine *e);
/* The pack's header vocabulary (its `columns`, merged over its parents'),
 * for jx_parse_opts.columns, so that a document is read with the column
 * names the pack adds; NULL when the pack has none.  Lives as long as e. */
JX_API const struct jx_columns *jx_engine_columns(const jx_engine *e);

/*
 * Applies the pack's framework to a parsed document: infers a missing
 * 二级 from the indicator (marking level2_inferred), moves rows that landed
 * in the wrong 一级 block (marking realigned, with a note), and names the
 * 一级 of tables that lost it.  A rule failure is reported in err (the
 * first one; each is also a "rule-error" note) and leaves that indicator
 * as it was parsed.  The names it sets live in doc (as long as doc); it
 * adds notes, so pointers from jx_doc_note() taken before are invalid.
 */
JX_API jx_status jx_engine_frame(jx_engine *e, jx_doc *doc, struct jx_error *err);

/* The directories a pack name is looked up in when opts->search is NULL:
 * the build tree's rules/ (when running from it), then
 * <exe>/../share/jixiao/rules, then the configured install dir. */
JX_API const char *const *jx_rules_default_dirs(void);

/* ---- scoring ---- */

/* The longest explanation kept, in bytes with the NUL; a longer one is
 * cut at a UTF-8 boundary. */
#define JX_EXPLAIN_MAX 320

/* One indicator's score.  rule and explain are never NULL.  Filled by
 * jx_engine_score / jx_engine_score_execution: rule lives as long as the
 * engine; explain points into the engine and lives until the next
 * jx_engine_score* call on it (copy it to keep it).  In a scorecard
 * (jixiao/score.h) both live as long as the scorecard. */
typedef struct jx_score {
    double score;        /* NaN when the indicator could not be scored */
    double points;       /* 分值 used */
    const char *rule;    /* rule name as the pack calls it: "正向指标" … */
    const char *explain; /* the formula with its numbers:
                            "正向指标: 15 ÷ 16 × 5 = 4.69", or why not scored */
    int finding;         /* nonzero: not scored; explain says why */
    int unmet;           /* the pack judged the target not met even at full
                            points (a strict <5% with 5% actual): its 4th result */
} jx_score;

/* Scores one indicator against its actual.  actual: the parsed 实际完成值;
 * given: a score the officer set (NaN if none), checked by the pack
 * against the qualitative band.  Units are reconciled here (4.5万人 vs
 * 45000人; 0.95 against a % target); a mismatch is a finding
 * (out->finding), not a guess.  A failing rule returns JX_ERULE with err
 * naming pack file:line, rule and indicator; the engine stays usable. */
JX_API jx_status jx_engine_score(jx_engine *e, const jx_table *t, const jx_indicator *ind,
                    const jx_value *actual, double points, double given,
                    jx_score *out, struct jx_error *err);
/* The same for a 变动率 indicator whose 本年数 and 上年数 were filled in
 * (NaN when absent): the pack computes the rate from them, shows the
 * sum in the explanation and scores it (docs/rules.md 3.2). */
JX_API jx_status jx_engine_score_change(jx_engine *e, const jx_table *t, const jx_indicator *ind,
                           const jx_value *actual, double current, double previous,
                           double points, double given, jx_score *out,
                           struct jx_error *err);
/* Whether jx_engine_score needs the explanation text (default yes).  A
 * batch that prints only totals turns it off: the pack then skips
 * building the string (score() receives want_explain = false). */
JX_API void jx_engine_set_explain(jx_engine *e, int on);

/* 预算执行率 score from the funds block (t->execution), as
 * jx_engine_score. */
JX_API jx_status jx_engine_score_execution(jx_engine *e, const jx_table *t,
                                           jx_score *out, struct jx_error *err);
/* Fills ind[i].points from the pack's weights where the table has none. */
JX_API jx_status jx_engine_points(jx_engine *e, jx_table *t, struct jx_error *err);
/* Grade for a total ("优", "良", "中", "差"); NULL on error (err says
 * why).  The string lives as long as the engine. */
JX_API const char *jx_engine_grade(jx_engine *e, double total, struct jx_error *err);
/* Rounds as the pack says (official forms: two decimals). */
JX_API double jx_engine_round(jx_engine *e, double x);

/* ---- checks ---- */

typedef enum jx_severity {
    JX_SEV_INFO = 0,
    JX_SEV_WARNING,
    JX_SEV_ERROR
} jx_severity;

/* One finding of a check, handed to a jx_finding_cb.  The strings live
 * only during the callback: copy what you keep. */
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

/* Runs the pack's checks over doc, calling cb once per finding.  A check
 * that fails becomes a "rule-error" finding and the others run; that is
 * not a failure of the call.  Returns JX_OK, or JX_ELIMIT/JX_ERULE with
 * err filled (and also reported as a "rule-error" finding) when the
 * document cannot be handed to the checks (too large for the memory
 * cap, or the engine is unusable). */
JX_API jx_status jx_engine_check(jx_engine *e, jx_doc *doc, jx_finding_cb cb, void *ud,
                                 struct jx_error *err);
/* "info" "warning" "error"; static. */
JX_API const char *jx_severity_name(jx_severity s);

/* The pack's checks, for listings: jx_engine_ncheck gives the count;
 * jx_engine_check_info sets code, severity ("off" when silenced) and
 * description of check i and returns 1, or returns 0 when i is beyond
 * the count (or when out of memory).  The strings are copies taken at
 * the first call for i and live as long as the engine. */
JX_API size_t jx_engine_ncheck(jx_engine *e);
JX_API int jx_engine_check_info(jx_engine *e, size_t i, const char **code,
                                const char **severity, const char **description);

#ifdef __cplusplus
}
#endif

#endif
