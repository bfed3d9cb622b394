/*
 * batch.h - internal: one document of a batch run, start to finish, as
 * one NDJSON line.  Used by `jixiao batch` and by bench/jxbench.
 */
#ifndef JX_BATCH_H
#define JX_BATCH_H

#include "jixiao/jixiao.h"
#include "util.h"

typedef struct jx_batch_job {
    const char *id;      /* stable key for --resume */
    const char *targets; /* path */
    const char *actuals; /* path or NULL */
    const char *rules;   /* pack name or path */
} jx_batch_job;

#define JX_BATCH_GRADES 8

typedef struct jx_batch_stats {
    size_t docs, ok, failed;
    size_t tables, indicators, scored;
    size_t findings[3]; /* by jx_severity */
    char grade[JX_BATCH_GRADES][16];
    size_t grade_n[JX_BATCH_GRADES];
    size_t bytes;
} jx_batch_stats;

/*
 * Parses, frames, checks and (when job->actuals) scores one document and
 * appends exactly one JSON line (with '\n') to out, whatever happens: a
 * document that cannot be read, a pack that fails to load (e == NULL,
 * pack_err says why) or a rule that fails gives {"status":"error",...}.
 * detail adds every indicator's score.  Returns 0 ok, 1 error record.
 */
int jx_batch_one(jx_engine *e, const jx_error *pack_err, const jx_batch_job *job,
                 const jx_parse_opts *po, int detail, jx_buf *out,
                 jx_batch_stats *st);

/* The same for a document held in memory (`jixiao serve`): tdata/tlen the
 * targets, adata/alen the actuals when job->actuals is set; job->targets
 * and job->actuals only name them (in messages and in the line). */
int jx_batch_one_mem(jx_engine *e, const jx_batch_job *job, const char *tdata, size_t tlen,
                     const char *adata, size_t alen, const jx_parse_opts *po, int detail,
                     jx_buf *out, jx_batch_stats *st);

void jx_batch_stats_add(jx_batch_stats *into, const jx_batch_stats *from);

#endif
