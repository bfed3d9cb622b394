/*
 * batch.h - one document of a batch run, start to finish (parse, frame,
 * check, and score when there are actuals or the form carries its own),
 * as one NDJSON line (docs/formats.md); counts over many documents; and
 * reading a whole file under a size limit.  What `jixiao batch` does for
 * each line of its manifest, for a scheduler of one's own.
 */
#ifndef JIXIAO_BATCH_H
#define JIXIAO_BATCH_H

#include <stddef.h>
#include "jixiao/base.h"
#include "jixiao/doc.h"
#include "jixiao/engine.h"

#ifdef __cplusplus
extern "C" {
#endif

/* One document to process; the strings are the caller's. */
typedef struct jx_batch_job {
    const char *id;      /* stable key for the line (and for resuming) */
    const char *targets; /* path */
    const char *actuals; /* path or NULL */
    const char *rules;   /* pack name or path, as the line reports it */
} jx_batch_job;

/* Counts over the documents processed; one per thread, added up. */
typedef struct jx_batch_stats jx_batch_stats;

/* NULL when out of memory. */
JX_API jx_batch_stats *jx_batch_stats_new(void);
/* NULL is a no-op. */
JX_API void jx_batch_stats_free(jx_batch_stats *st);
JX_API void jx_batch_stats_add(jx_batch_stats *into, const jx_batch_stats *from);

typedef enum jx_batch_count {
    JX_BATCH_DOCS = 0,   /* documents processed */
    JX_BATCH_OK,         /* lines with "status":"ok" */
    JX_BATCH_FAILED,     /* lines with "status":"error" */
    JX_BATCH_TABLES,
    JX_BATCH_INDICATORS,
    JX_BATCH_SCORED,     /* indicators scored */
    JX_BATCH_ERRORS,     /* findings by severity */
    JX_BATCH_WARNINGS,
    JX_BATCH_INFOS
} jx_batch_count;
JX_API size_t jx_batch_stats_count(const jx_batch_stats *st, jx_batch_count what);
/* Grades given to scored tables, in the order first seen: the name of
 * grade i (NULL beyond the last) and in *n how many tables got it.  The
 * name lives as long as st. */
JX_API const char *jx_batch_stats_grade(const jx_batch_stats *st, size_t i, size_t *n);

/* Flags for jx_batch_one. */
#define JX_BATCH_DETAIL 1u /* every indicator's score in the line */

/*
 * Processes one document and sets *line to exactly one NDJSON line (with
 * its '\n', *len bytes, malloc'd: free it with jx_free), whatever
 * happens: a document that cannot be read, a pack that failed to load
 * (e NULL, pack_err saying why) or a rule that fails gives
 * {"status":"error",…}.  Returns JX_OK for an "ok" line, the failure's
 * status for an "error" line, or JX_ENOMEM with *line NULL when not even
 * that could be built.  Counts go to st (may be NULL).
 */
JX_API jx_status jx_batch_one(jx_engine *e, const struct jx_error *pack_err,
                              const jx_batch_job *job, const jx_parse_opts *po,
                              unsigned flags, char **line, size_t *len, jx_batch_stats *st);

/*
 * The same for documents held in memory (a web front end's uploads, a
 * queue's messages): tdata/tlen the targets, adata/alen the actuals
 * (read only when job->actuals is set); job->targets and job->actuals
 * only name them, in messages and in the line, and are never opened.
 * The data is only read during the call.  e NULL with pack_err NULL
 * gives an error line saying there is no pack.
 */
JX_API jx_status jx_batch_one_mem(jx_engine *e, const struct jx_error *pack_err,
                                  const jx_batch_job *job, const char *tdata, size_t tlen,
                                  const char *adata, size_t alen, const jx_parse_opts *po,
                                  unsigned flags, char **line, size_t *len,
                                  jx_batch_stats *st);

/* Reads a whole file ("-" is stdin) of at most max bytes (0: the
 * default, 256 MiB) into a malloc'd, NUL-terminated buffer (free it with
 * jx_free).  JX_EIO or JX_ELIMIT with err naming the file. */
JX_API jx_status jx_file_read(const char *path, size_t max, char **data, size_t *len,
                              struct jx_error *err);

/* Keeps freed heap for the next document instead of returning it to the
 * kernel after each one (glibc: trim and mmap thresholds; a no-op
 * elsewhere).  For programs that handle many documents in a row, as
 * `jixiao` and its benchmark do: it changes the whole process's malloc,
 * so call it once, early, before threads start, or not at all. */
JX_API void jx_heap_keep(void);

/* Frees memory the library allocated for the caller (jx_batch_one's
 * line, jx_batch_one_mem's, jx_file_read's data).  NULL is a no-op. */
JX_API void jx_free(void *p);

#ifdef __cplusplus
}
#endif

#endif
