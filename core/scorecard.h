/*
 * scorecard.h - internal: what is behind the jx_scorecard of
 * jixiao/score.h, built by score.c, read by the writers
 * (write/scorecard.c, write/csv.c, write/html.c, write/xlsx.c) and batch.c.
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

struct jx_scorecard {
    jx_arena arena;
    const char *source, *actuals_source, *pack;
    jx_scored_table *tables;
    size_t n;
    jx_finding *f;           /* source: the targets'; strings in arena */
    size_t nf, fcap;
    size_t scored, unscored; /* indicators */
    int rule_errors;         /* after 3, the pack is not called again */
    int pack_points;         /* JX_SCORE_PACK_POINTS: 分值 from the pack */
    double over_limit;       /* formulas.overshoot.threshold (%), NAN: off */
    int over_deduct;         /* the pack deducts by deviation beyond it */
};

/* "部门整体", or "CODE NAME" of a project: how messages name a table. */
const char *jx_scorecard_label(const jx_table *t, char *buf, size_t n);

/* Writers into a buffer (write/scorecard.c): JX_OK or JX_ENOMEM. */
int jx_scorecard_json(jx_buf *b, const jx_scorecard *sc, int pretty);
int jx_scorecard_text(jx_buf *b, const jx_scorecard *sc, int explain, int md);
int jx_scorecard_csv(jx_buf *b, const jx_scorecard *sc, int header);

#endif
