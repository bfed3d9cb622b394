/*
 * batch.h - internal: behind jixiao/batch.h (the stats' fields) and the
 * buffer-appending form of jx_batch_one that tests and bench/jxbench use
 * (documents in memory: jx_batch_one_mem).
 */
#ifndef JX_BATCH_H
#define JX_BATCH_H

#include "jixiao/jixiao.h"
#include "util.h"

#define JX_BATCH_GRADES 8

struct jx_batch_stats {
    size_t docs, ok, failed;
    size_t tables, indicators, scored;
    size_t findings[3]; /* by jx_severity */
    char grade[JX_BATCH_GRADES][16];
    size_t grade_n[JX_BATCH_GRADES];
    size_t bytes;
};

/*
 * Parses, frames, checks and (when job->actuals) scores one document and
 * appends exactly one JSON line (with '\n') to out, whatever happens: a
 * document that cannot be read, a pack that fails to load (e == NULL,
 * pack_err says why) or a rule that fails gives {"status":"error",...}.
 * detail adds every indicator's score.  Returns JX_OK for an "ok" line, else the status of the failure the
 * error line reports.
 */
jx_status jx_batch_line(jx_engine *e, const jx_error *pack_err, const jx_batch_job *job,
                        const jx_parse_opts *po, int detail, jx_buf *out,
                        jx_batch_stats *st);

#endif
