/*
 * scorecard.h - internal: the year-end self-evaluation of one document,
 * built by score.c and written by the score and batch commands.
 */
#ifndef JX_SCORECARD_H
#define JX_SCORECARD_H

#include "jixiao/jixiao.h"
#include "util.h"

typedef struct jx_scored {
    const jx_indicator *ind; /* the target record */
    const char *actual;      /* 实际完成值 as written; NULL when none given */
    const char *deviation;   /* 偏差原因分析及改进措施; NULL when none */
    double printed;          /* 得分 as printed on a filled form (verify) */
    jx_score s;              /* points, score, rule, explain */
    int short_of_target;     /* scored below its points, or s.unmet */
} jx_scored;

typedef struct jx_scored_table {
    const jx_table *t;
    jx_scored *rows;
    size_t n;
    jx_score exec;      /* 预算执行率; exec.finding when inputs missing */
    int has_exec;       /* the table takes a 预算执行率 (projects) */
    jx_execution execution; /* the funds block it was scored from */
    double total;       /* indicators + execution */
    double points;      /* points available */
    const char *grade;
    size_t unscored;    /* rows (and execution) left unscored */
} jx_scored_table;

typedef struct jx_sc_finding {
    const char *severity, *code, *message, *project, *indicator;
    int line;
} jx_sc_finding;

typedef struct jx_scorecard {
    jx_arena arena;
    const char *source, *actuals_source, *pack;
    jx_scored_table *tables;
    size_t n;
    jx_sc_finding *f;
    size_t nf, fcap;
    size_t scored, unscored; /* indicators */
    int rule_errors;         /* after 3, the pack is not called again */
    int pack_points;         /* JX_SCORE_PACK_POINTS: 分值 from the pack */
    double over_limit;       /* formulas.overshoot.threshold (%), NAN: off */
    int over_deduct;         /* the pack deducts by deviation beyond it */
} jx_scorecard;

/* Flags for jx_score_doc's `verify` argument (1 is --verify). */
#define JX_SCORE_VERIFY 1
/* 分值 from the pack, not the sheet (`score --points pack`): re-scoring a
 * filled sheet with another pack's weights. */
#define JX_SCORE_PACK_POINTS 2

/*
 * Scores targets against actuals (a second document: filled template,
 * YAML or JSON list), or, when actuals is NULL, against the 实际完成值
 * carried by the targets themselves (a filled self-evaluation form).
 * verify (JX_SCORE_VERIFY) also compares each printed 得分, total and
 * execution rate with the pack's; JX_SCORE_PACK_POINTS takes every 分值
 * from the pack instead of the sheet.  An actual that matches no indicator, or one given twice,
 * is an input error (JX_EINPUT naming the actuals file and line).
 */
int jx_score_doc(jx_engine *e, jx_doc *targets, jx_doc *actuals, int verify,
                 jx_scorecard **out, jx_error *err);
void jx_scorecard_free(jx_scorecard *sc);

/* Writers. */
int jx_scorecard_json(jx_buf *b, const jx_scorecard *sc, int pretty);
int jx_scorecard_table(jx_buf *b, const jx_scorecard *sc, int explain, int md);
int jx_scorecard_csv(jx_buf *b, const jx_scorecard *sc, int header);

#endif
