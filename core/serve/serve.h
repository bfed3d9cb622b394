/*
 * serve.h - internal: `jixiao serve`, the jobs of the command line in a
 * browser (审核, 自评, 规则包, 批量) for officers who never open a terminal.
 *
 *   cmd_serve.c  options, limits, start and stop
 *   http.c       libmicrohttpd: routes, uploads (MHD_PostProcessor), token
 *   page.c       the one page in Chinese (HTML, CSS, a little JS)
 *   jobs.c       every call into libjixiao (parse from memory, check,
 *                template, score, batch, packs) - the only file that does
 *   store.c      results kept for download: memory, or under --data
 *   unzip.c      a zip of documents for 批量, with entry and size limits
 *   text.c       its own buffer, HTML escaping, sizes, UTF-8
 *
 * Uploads stay in memory; their names are labels, never paths.  Like
 * core/cli/, serve sees only the public API (include/jixiao/, checked by
 * tests/include_check.py).
 */
#ifndef JX_SERVE_H
#define JX_SERVE_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#define SV_ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

#if defined(__GNUC__)
#define SV_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define SV_PRINTF(f, a)
#endif

/* ---- text (text.c) ---- */

/* A growable byte buffer, NUL-terminated after len.  The error is
 * sticky: once an append fails, every later append is a no-op returning
 * -1 and failed says so, so a page is built freely and checked once. */
typedef struct sv_buf {
    char *p;
    size_t len, cap;
    int failed;
} sv_buf;

void sv_buf_init(sv_buf *b);
void sv_buf_free(sv_buf *b);
int sv_buf_put(sv_buf *b, const void *p, size_t n); /* 0 ok, -1 out of memory */
int sv_buf_puts(sv_buf *b, const char *s);
int sv_buf_putc(sv_buf *b, char c);
int sv_buf_printf(sv_buf *b, const char *fmt, ...) SV_PRINTF(2, 3);
static inline int sv_buf_failed(const sv_buf *b) { return b->failed; }

/* Appends s to b with & < > " ' escaped, as the library's HTML writers
 * do; NULL appends nothing. */
void sv_escape(sv_buf *b, const char *s);
/* "256 MiB", "1.5 GiB", "300 KiB", "12 字节" for messages. */
void sv_format_size(size_t n, char *buf, size_t size);
/* Decodes one code point at s (len bytes left); returns its byte length
 * (>= 1) and sets *cp, or 0 on an invalid sequence or a NUL. */
int sv_utf8_decode(const unsigned char *s, size_t len, uint32_t *cp);

/* ---- limits and options (cmd_serve.c) ---- */

typedef struct sv_config {
    const char *host;      /* address to listen on, "127.0.0.1" */
    unsigned short port;
    const char *rules;     /* default pack */
    const char *data_dir;  /* NULL: results in memory only */
    const char *token;     /* NULL: no token asked (loopback only) */
    unsigned threads;      /* MHD thread pool */
    unsigned max_conn;     /* connections at once */
    size_t max_file;       /* bytes per uploaded file */
    size_t max_request;    /* bytes per request body */
    size_t max_inflight;   /* upload bytes held by all requests at once */
    size_t max_files;      /* files per request (after unzipping) */
    size_t zip_entries;    /* entries read from one zip */
    size_t zip_total;      /* uncompressed bytes read from one zip */
    size_t store_results;  /* results kept for download */
    size_t store_bytes;    /* their bytes, in memory */
    unsigned pdf_jobs;     /* Chromium runs at once */
} sv_config;

/* ---- an upload ---- */

typedef struct sv_file {
    char *name; /* label from the upload: last path part, control
                   characters and separators replaced; never a path */
    char *data;
    size_t len;
    const char *field; /* form field: "file", "targets", "filled" (static) */
} sv_file;

typedef struct sv_files {
    sv_file *v;
    size_t n, cap;
} sv_files;

int sv_files_add(sv_files *fs, const char *name, char *data, size_t len); /* takes data */
void sv_files_free(sv_files *fs);
/* The label for an uploaded name: its last path component, at most 120
 * bytes of valid UTF-8, no control characters, never "" / "." / "..". */
char *sv_label(const char *name);

/* ---- what a job gives back ---- */

typedef struct sv_art {
    char name[48];    /* store name: [a-z0-9.-], chosen by the server */
    const char *type; /* Content-Type */
    const char *label; /* link text, Chinese (static) */
    char *p;
    size_t n;
} sv_art;

typedef struct sv_res {
    int status;     /* HTTP status: 200, or 422 when nothing could be done */
    sv_buf errors;  /* one message per line, as the CLI prints it */
    sv_buf summary; /* an HTML fragment for the result page (escaped) */
    sv_art *art;
    size_t nart, cap;
    char *download; /* name of an artifact to send as the response itself */
} sv_res;

void sv_res_init(sv_res *r);
void sv_res_free(sv_res *r);
/* Adds an artifact; takes p (malloc'd).  Returns 0, or -1 (p freed). */
int sv_res_add(sv_res *r, const char *name, const char *type, const char *label, char *p,
               size_t n);
void sv_res_error(sv_res *r, const char *fmt, ...) SV_PRINTF(2, 3);

/* ---- jobs (jobs.c: the only file calling libjixiao) ---- */

/* Installed packs, read once at start-up; sv_pack_known says whether a
 * name from a form is one of them (a form never names a path). */
int sv_packs_load(const char *self_exe, const char *default_pack, char *err, size_t errn);
int sv_pack_known(const char *name);
size_t sv_npacks(void);
const char *sv_pack_name(size_t i);
/* The 规则包 tab: every pack, what it changes against national, sources. */
const char *sv_packs_html(void);
void sv_packs_free(void);

/* 审核: findings of every file, as `check --format html`. */
void sv_job_check(const char *pack, const sv_files *fs, sv_res *r);
/* 自评 step 1: the fill-in template (XLSX) of the targets. */
void sv_job_template(const char *pack, const sv_file *targets, sv_res *r);
/* 自评 step 2: targets (may be NULL: the filled sheet carries them) and
 * the filled sheet: report.html, scored.xlsx, summary. */
void sv_job_score(const char *pack, const sv_file *targets, const sv_file *filled, sv_res *r);
/* The PDF of a stored report (headless Chromium); 0 ok. */
int sv_job_pdf(const char *html, size_t len, char **pdf, size_t *pdflen, char *err, size_t errn);
int sv_pdf_available(void);
/* 批量: one row per document, its report, and results.ndjson. */
void sv_job_batch(const char *pack, const sv_files *fs, sv_res *r);

/* ---- zip (unzip.c) ---- */

/* Adds the entries of the zip in data to fs, within the limits; 0 ok, or
 * -1 with a Chinese message in err (zip bomb, too many entries, …). */
int sv_unzip(const char *data, size_t len, const char *zipname, const sv_config *c,
             sv_files *fs, char *err, size_t errn);
int sv_is_zip(const char *data, size_t len);

/* ---- result store (store.c) ---- */

int sv_store_init(const sv_config *c);
void sv_store_free(void);
/* A new result holding r's artifacts; id gets 32 hex digits. */
int sv_store_put(const sv_res *r, char id[33]);
/* Adds one artifact to an existing result (the PDF, made on demand). */
int sv_store_add(const char *id, const char *name, const char *type, const char *p, size_t n);
/* A copy of one artifact; -1 when absent.  type is static. */
int sv_store_get(const char *id, const char *name, char **p, size_t *n, const char **type);

/* ---- page (page.c) ---- */

typedef enum sv_tab { SV_TAB_CHECK, SV_TAB_SELFEVAL, SV_TAB_PACKS, SV_TAB_BATCH } sv_tab;

/* A whole page: nav with tab selected, then body (HTML); the forms of
 * the tab when form is nonzero. */
void sv_page(sv_buf *b, const sv_config *c, sv_tab tab, const char *body, int form);
/* The result of a job on the page of its tab. */
void sv_page_result(sv_buf *b, const sv_config *c, sv_tab tab, const sv_res *r,
                    const char *id);
const char *sv_css(void);
const char *sv_js(void);

/* ---- http (http.c) ---- */

/* Runs until SIGINT/SIGTERM; returns the exit status. */
int sv_run(const sv_config *c);

#endif
