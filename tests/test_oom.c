/*
 * test_oom.c - out-of-memory tests in the manner of SQLite: the N-th
 * allocation fails, for N = 1, 2, ... until a run makes no failed
 * allocation, through parse (text, CSV, JSON, YAML) and the writers.
 * Every run must end with JX_OK or a clean JX_ENOMEM: no crash, no leak
 * (ASan/LSan), no output cut short.
 *
 * The shim: this executable is linked with
 * -Wl,--wrap=malloc,--wrap=calloc,--wrap=realloc,--wrap=strdup,--wrap=strndup
 * (tests/CMakeLists.txt), so every call to those from the objects of the
 * static library (core/, Lua's allocator in engine/sandbox.c) comes here.  cJSON
 * lives in a shared library: its allocations come here through
 * cJSON_InitHooks.  libyaml's own allocations cannot be reached (a shared
 * library without hooks); the tree built from its events can.  Wrapping
 * at link time needs no allocator layer in the library and costs release
 * builds nothing.
 */
#include <criterion/criterion.h>
#include <cjson/cJSON.h>
#include <execinfo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "batch.h"
#include "doc_int.h"
#include "jixiao/jixiao.h"

void *__real_malloc(size_t n);
void *__real_calloc(size_t n, size_t k);
void *__real_realloc(void *p, size_t n);
char *__real_strdup(const char *s);
char *__real_strndup(const char *s, size_t n);

static long countdown = -1; /* fail when it reaches 0; -1 off */
static int injected;        /* a failure was injected in this run */

static int fail_now(void)
{
    if (countdown < 0)
        return 0;
    if (countdown-- == 0) {
        injected = 1;
        if (getenv("JX_OOM_TRACE")) { /* where the failure lands */
            void *bt[16];
            int k = backtrace(bt, 16);
            backtrace_symbols_fd(bt, k, 2);
        }
        return 1;
    }
    return 0;
}

void *__wrap_malloc(size_t n) { return fail_now() ? NULL : __real_malloc(n); }
void *__wrap_calloc(size_t n, size_t k) { return fail_now() ? NULL : __real_calloc(n, k); }
void *__wrap_realloc(void *p, size_t n)
{
    /* realloc(p, 0) frees: never a failure */
    return n && fail_now() ? NULL : __real_realloc(p, n);
}
char *__wrap_strdup(const char *s) { return fail_now() ? NULL : __real_strdup(s); }
char *__wrap_strndup(const char *s, size_t n) { return fail_now() ? NULL : __real_strndup(s, n); }

static void arm(long n)
{
    injected = 0;
    countdown = n;
}
static void disarm(void) { countdown = -1; }

static void init(void)
{
    cJSON_Hooks h = {__wrap_malloc, free};
    cJSON_InitHooks(&h);
}

static char *slurp(const char *path, size_t *len)
{
    char *data = NULL;
    jx_error err = {0};
    cr_assert_eq(jx_read_file(path, &data, len, &err), JX_OK, "%s: %s", path, err.msg);
    return data;
}

/* One run: parse, then write JSON, CSV and the table view into *out
 * (open_memstream: libc's own allocations, not wrapped).  Returns the
 * first failure's status. */
static int run_once(const char *data, size_t len, const char *name, jx_error *err,
                    char **out, size_t *outlen)
{
    *out = NULL;
    *outlen = 0;
    jx_doc *d = NULL;
    int rc = jx_doc_parse(data, len, name, NULL, &d, err);
    if (rc)
        return rc;
    FILE *f = open_memstream(out, outlen);
    if (!f) {
        jx_doc_free(d);
        return JX_EIO;
    }
    int w1 = jx_doc_write_json(f, &d, 1, 1);
    int w2 = jx_doc_write_csv(f, &d, 1);
    int w3 = jx_doc_write_table(f, d);
    fclose(f);
    jx_doc_free(d);
    return w1 ? w1 : w2 ? w2 : w3;
}

/* The loop: N = 0, 1, ... until a run injects nothing.  A run that
 * succeeds in spite of a failed allocation must give exactly the output
 * of a clean run: never a silently different result.  Returns runs. */
static long oom_loop(const char *data, size_t len, const char *name, long limit)
{
    char *want, *got;
    size_t wlen, glen;
    jx_error err = {0};
    cr_assert_eq(run_once(data, len, name, &err, &want, &wlen), JX_OK, "%s: %s", name,
                 err.msg);
    long n;
    for (n = 0; n < limit; n++) {
        memset(&err, 0, sizeof err);
        arm(n);
        int rc = run_once(data, len, name, &err, &got, &glen);
        disarm();
        if (rc == JX_OK)
            cr_expect(glen == wlen && !memcmp(got, want, wlen),
                      "%s: allocation %ld failed, the run succeeded, and its output differs",
                      name, n);
        free(got);
        if (!injected) {
            cr_expect_eq(rc, JX_OK, "%s: clean run failed: %s", name, err.msg);
            break;
        }
        cr_expect(rc == JX_OK || rc == JX_ENOMEM,
                  "%s: allocation %ld failed and the result is %s (%s), not nomem", name, n,
                  jx_status_name(rc), err.msg);
        if (rc == JX_ENOMEM && err.msg[0])
            cr_expect(strstr(err.msg, "内存不足"), "%s: %s", name, err.msg);
    }
    free(want);
    cr_expect_lt(n, limit, "%s: still allocating after %ld runs", name, limit);
    return n;
}

static void oom_file(const char *path, const char *name)
{
    size_t len;
    char *data = slurp(path, &len);
    long runs = oom_loop(data, len, name ? name : path, 20000);
    cr_log_info("%s: %ld allocations", path, runs);
    free(data);
}

#define EX JX_SOURCE_DIR "/examples/"

TestSuite(oom, .init = init);

Test(oom, text_luolong, .timeout = 300) { oom_file(EX "luolong-2021.txt", NULL); }
Test(oom, text_lushan, .timeout = 300) { oom_file(EX "lushan-2020.txt", NULL); }
Test(oom, text_gb18030, .timeout = 300)
{
    oom_file(JX_TEST_DATA "/lushan-2020-gb18030.txt", NULL);
}
Test(oom, text_selfeval, .timeout = 300)
{
    oom_file(JX_TEST_DATA "/selfeval-luolong-2021.txt", NULL);
    oom_file(JX_TEST_DATA "/selfeval-sichuan-style.txt", NULL);
}
Test(oom, csv, .timeout = 300)
{
    oom_file(EX "luolong-2021.actuals.csv", NULL);
    oom_file(JX_TEST_DATA "/actuals-units.csv", NULL);
    oom_file(JX_TEST_DATA "/actuals-duplicate.csv", NULL);
}
Test(oom, yaml, .timeout = 300) { oom_file(EX "lushan-2020.actuals.yaml", NULL); }

/* JSON in the record schema: the JSON the writer makes of a seed. */
Test(oom, json, .timeout = 300)
{
    jx_doc *d = NULL;
    jx_error err = {0};
    cr_assert_eq(jx_doc_parse_file(EX "lushan-2020.txt", NULL, &d, &err), JX_OK);
    char *out = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&out, &n);
    cr_assert(f);
    cr_assert_eq(jx_doc_write_json(f, &d, 1, 0), JX_OK);
    fclose(f);
    jx_doc_free(d);
    long runs = oom_loop(out, n, "lushan.json", 20000);
    cr_log_info("lushan.json: %ld allocations", runs);
    free(out);
}

/* A 指标值 of more than 512 code points: the value parser allocates. */
Test(oom, long_cell)
{
    jx_buf b;
    jx_buf_init(&b);
    jx_buf_puts(&b, "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t培训人次\t≥");
    for (int i = 0; i < 300; i++)
        jx_buf_puts(&b, "培训");
    jx_buf_puts(&b, "100人次\n");
    cr_assert_not(jx_buf_failed(&b));
    long runs = oom_loop(b.p, b.len, "long.txt", 2000);
    cr_expect_gt(runs, 3);
    jx_buf_free(&b);
}

/* The malformed inputs of issue 11 under the same loop. */
Test(oom, hostile_inputs)
{
    static const struct { const char *name, *src; } c[] = {
        {"k.yaml", "tables:\n  - {[x]: y}\n"},
        {"n.csv", "三级指标,指标值\n培训人次,99999999999999999999999999999999999999999999999999999999999999999999\n"},
        {"s.txt", "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t高级职称人才比重 硕士和博士人才数量\t≥90%\n"},
    };
    for (size_t i = 0; i < sizeof c / sizeof c[0]; i++) {
        for (long n = 0; n < 5000; n++) {
            jx_error err = {0};
            jx_doc *d = NULL;
            arm(n);
            int rc = jx_doc_parse(c[i].src, strlen(c[i].src), c[i].name, NULL, &d, &err);
            disarm();
            jx_doc_free(d);
            if (!injected)
                break;
            cr_expect(rc == JX_ENOMEM || rc == JX_EINPUT || rc == JX_OK, "%s at %ld: %s",
                      c[i].name, n, err.msg);
        }
    }
}

/* The whole pipeline of one batch line: parse, frame, check, score and
 * NDJSON, the engine opened beforehand.  Each N runs in a child process,
 * so that one crash does not hide the next: the loop lists every N that
 * crashes, leaks (under LSan) or ends in anything but a clean nomem line. */
/* Under LeakSanitizer, each child checks its own heap before it leaves
 * (_exit runs no atexit check): what the failed run allocated and did not
 * free is reported there.  Without it (release builds) the symbol is NULL. */
int __lsan_do_recoverable_leak_check(void) __attribute__((weak));

static int pipeline_child(jx_engine *e, const jx_batch_job *job, long n)
{
    jx_buf out;
    jx_buf_init(&out);
    jx_batch_stats st;
    memset(&st, 0, sizeof st);
    jx_error pe = {0};
    arm(n);
    int bad = jx_batch_line(e, &pe, job, NULL, 1, &out, &st);
    disarm();
    int ok = !jx_buf_failed(&out) && out.len && out.p[out.len - 1] == '\n' &&
             (!bad || strstr(out.p, "\"status\":\"error\""));
    /* an error line, if any, is for memory */
    if (bad && !strstr(out.p ? out.p : "", "nomem") && !strstr(out.p ? out.p : "", "内存"))
        ok = 0;
    if (!ok)
        fprintf(stderr, "N=%ld: %.300s\n", n, out.p ? out.p : "(no line)");
    jx_buf_free(&out);
    if (__lsan_do_recoverable_leak_check && __lsan_do_recoverable_leak_check()) {
        fprintf(stderr, "N=%ld: leak\n", n);
        ok = 0;
    }
    return ok ? (injected ? 0 : 3) : 1;
}

Test(oom, pipeline, .timeout = 600)
{
    jx_engine *e = NULL;
    jx_error err = {0};
    cr_assert_eq(jx_engine_open("national", NULL, &e, &err), JX_OK, "%s", err.msg);
    jx_batch_job job = {"luolong", EX "luolong-2021.txt", EX "luolong-2021.actuals.csv",
                        "national"};
    /* Every N in release builds (about 7 400 runs, 90 s on 2 cores); every
     * 3rd under ASan, where a run costs 50 ms (JX_OOM_STEP=1 for all). */
#if defined(__SANITIZE_ADDRESS__)
    long step = 3;
#else
    long step = 1;
#endif
    if (getenv("JX_OOM_STEP"))
        step = atol(getenv("JX_OOM_STEP"));
    long from = getenv("JX_OOM_FROM") ? atol(getenv("JX_OOM_FROM")) : 0, n;
    int crashes = 0, wrong = 0;
    for (n = from; n < 200000; n += step) {
        fflush(NULL);
        pid_t pid = fork();
        cr_assert(pid >= 0);
        if (pid == 0)
            _exit(pipeline_child(e, &job, n));
        int ws;
        waitpid(pid, &ws, 0);
        if (WIFEXITED(ws) && WEXITSTATUS(ws) == 3)
            break; /* nothing left to fail */
        if (!WIFEXITED(ws)) {
            fprintf(stderr, "N=%ld: killed by signal %d\n", n, WTERMSIG(ws));
            crashes++;
        } else if (WEXITSTATUS(ws)) {
            fprintf(stderr, "N=%ld: exit status %d\n", n, WEXITSTATUS(ws));
            wrong++;
        }
    }
    jx_engine_free(e);
    fprintf(stderr, "pipeline: N = %ld .. %ld step %ld\n", from, n, step);
    cr_expect_eq(crashes, 0, "%d runs crashed", crashes);
    cr_expect_eq(wrong, 0, "%d runs ended without a clean nomem", wrong);
}

/* The other text shapes of the grid stage and the header-driven reader:
 * pipes, position-aligned spaces, one cell per line, run-on OCR text. */
#define CORPUS JX_SOURCE_DIR "/tests/corpus/dev/"
Test(oom, text_shapes, .timeout = 600)
{
    oom_file(CORPUS "d05-gaoling-jintie-pipe.txt", NULL);
    oom_file(CORPUS "d03-nongcun-gonglu-layout.txt", NULL);
    oom_file(CORPUS "d06-wushui-lines.txt", NULL);
    oom_file(CORPUS "d09-jieshui-runon-ocr.txt", NULL);
    oom_file(CORPUS "d10-sichuan-split-tab.txt", NULL);
}
