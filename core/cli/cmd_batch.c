/*
 * cmd_batch.c - `jixiao batch`: parse, check and score many documents in
 * parallel, one NDJSON line per input, for scheduled jobs.
 *
 * Workers are threads, each with its own engines (one Lua state per pack
 * per worker).  Lines are written as documents complete (or in input
 * order with --ordered).  With -o FILE the lines go to FILE.partial,
 * flushed line by line, renamed to FILE at the end: a killed run leaves
 * no FILE, and --resume keeps every complete line of FILE.partial (or
 * FILE) and does only the rest.
 */
#include <dirent.h>
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <cjson/cJSON.h>

#include "cli.h"

#define ARRAY_LEN(a) (sizeof(a) / sizeof *(a))

static void help(FILE *f)
{
    if (cli_help_english()) {
        fputs(
              "Usage: jixiao batch [OPTIONS] INPUT...\n"
              "       jixiao batch [OPTIONS] --manifest FILE|-\n"
              "\n"
              "Parses, checks and (where actuals exist) scores every document and\n"
              "writes one NDJSON line per input document, scored or error.\n"
              "\n"
              "INPUT is a file or a directory (searched recursively for .txt .tsv\n"
              ".csv .json .yaml .yml).  Actuals pair by name: TARGET.txt goes with\n"
              "TARGET.actuals.csv (or .yaml .yml .json) beside it; those files are not\n"
              "targets themselves.  A manifest lists jobs instead: CSV with a header\n"
              "row (id,targets,actuals,rules) or NDJSON ({\"id\",\"targets\",\"actuals\",\n"
              "\"rules\"}); without an actuals column/key actuals pair by name, an empty\n"
              "one means check only; empty rules means --rules.\n"
              "\n"
              "  -j N             workers (default: number of cores)\n"
              "  --ordered        write lines in input order (default: as completed)\n"
              "  -o FILE          write to FILE (via FILE.partial, renamed at the end)\n"
              "  --resume         with -o: keep the lines already written, do the rest\n"
              "  --rules PACK     pack for documents without one (default national)\n"
              "  --detail         include every indicator's score in each line\n"
              "  --encoding ENC   auto, utf-8, gb18030\n"
              "  --quiet          no progress and no summary on stderr\n"
              "  -h, --help       this help (--help=zh: in Chinese)\n"
              "\n"
              "Each line: {\"id\", \"source\", \"actuals\", \"rules\", \"status\": \"ok\"|\"error\",\n"
              "\"error\", \"unit\", \"year\", \"indicators\", \"tables\": [{\"kind\", \"code\",\n"
              "\"name\", \"indicators\", \"total\", \"points\", \"grade\", \"complete\"}],\n"
              "\"findings\": [...]} (docs/formats.md).\n"
              "Exit status: 0 every document succeeded, 1 some failed, 2 the run could\n"
              "not start.\n",
              f);
        return;
    }
    fputs(
          "用法: jixiao batch [选项] 输入...\n"
          "      jixiao batch [选项] --manifest 文件|-\n"
          "\n"
          "逐个读取、审核文档，有实际完成值的再计分；每个输入文档输出一行 NDJSON\n"
          "（计分结果或错误）。\n"
          "\n"
          "输入是文件或文件夹（递归查找 .txt .tsv .csv .json .yaml .yml，以及办公文件\n"
          ".xlsx .docx .html .pdf .xls .doc .et .wps）。实际完成值\n"
          "按文件名配对：目标.txt 配同目录的 目标.actuals.csv（或 .yaml .yml .json .xlsx），\n"
          "这些文件本身不当作目标表。也可以用清单列出任务：带表头（id,targets,actuals,rules）\n"
          "的 CSV，或 NDJSON（{\"id\",\"targets\",\"actuals\",\"rules\"}）；没有 actuals 列/键时按\n"
          "文件名配对，actuals 为空表示只审核；rules 为空用 --rules。\n"
          "\n"
          "  -j N             并行数（默认：CPU 核数）\n"
          "  --ordered        按输入顺序输出（默认：谁先完成先输出）\n"
          "  -o 文件          写到文件（先写 文件.partial，完成后改名）\n"
          "  --resume         与 -o 一起用：保留已写好的行，只做其余的\n"
          "  --rules 规则包   没有指定规则包的文档所用的规则包（默认 national）\n"
          "  --detail         每行带上每个指标的得分\n"
          "  --encoding 编码  auto、utf-8、gb18030\n"
          "  --max-input 大小 读取的最大输入（默认 256M；如 512M、1G）\n"
          "  --quiet          标准错误上不显示进度和汇总\n"
          "  -h, --help       本帮助（--help=en 英文）\n"
          "\n"
          "每行：{\"id\", \"source\", \"actuals\", \"rules\", \"status\": \"ok\"|\"error\",\n"
          "\"error\", \"unit\", \"year\", \"indicators\", \"tables\": [{\"kind\", \"code\",\n"
          "\"name\", \"indicators\", \"total\", \"points\", \"grade\", \"complete\"}],\n"
          "\"findings\": [...]}（见 docs/formats.md）。\n"
          "退出状态：0 全部成功，1 有文档失败，2 无法开始运行。\n",
          f);
}

/* ---- jobs ---- */

typedef struct jobs {
    jx_batch_job *v;
    size_t n, cap;
    char **strs; /* the jobs' strings, each malloc'd */
    size_t ns, scap;
} jobs;

/* A copy of s kept until free_jobs; NULL for NULL or when out of memory. */
static const char *keep(jobs *js, const char *s)
{
    if (!s)
        return NULL;
    if (js->ns == js->scap) {
        size_t cap = js->scap ? js->scap * 2 : 256;
        char **v = realloc(js->strs, cap * sizeof *v);
        if (!v)
            return NULL;
        js->strs = v;
        js->scap = cap;
    }
    char *d = strdup(s);
    if (d)
        js->strs[js->ns++] = d;
    return d;
}

static void free_jobs(jobs *js)
{
    for (size_t i = 0; i < js->ns; i++)
        free(js->strs[i]);
    free(js->strs);
    free(js->v);
}

static int add_job(jobs *js, const char *id, const char *t, const char *a, const char *r)
{
    if (js->n == js->cap) {
        size_t cap = js->cap ? js->cap * 2 : 256;
        jx_batch_job *v = realloc(js->v, cap * sizeof *v);
        if (!v)
            return -1;
        js->v = v;
        js->cap = cap;
    }
    jx_batch_job *j = &js->v[js->n];
    j->targets = keep(js, t);
    j->id = id && *id ? keep(js, id) : j->targets;
    j->actuals = a && *a ? keep(js, a) : NULL;
    j->rules = r && *r ? keep(js, r) : NULL;
    if (!j->targets || !j->id || (a && *a && !j->actuals) || (r && *r && !j->rules))
        return -1;
    js->n++;
    return 0;
}

static int is_target_name(const char *name)
{
    if (name[0] == '.' || strstr(name, ".actuals.") || strstr(name, ".partial"))
        return 0;
    const char *dot = strrchr(name, '.');
    if (!dot)
        return 0;
    static const char *const ext[] = {".txt", ".tsv", ".csv", ".json", ".yaml", ".yml",
                                      ".xlsx", ".xlsm", ".docx", ".html", ".htm",
                                      ".pdf", ".xls", ".doc", ".et", ".wps"};
    for (size_t i = 0; i < ARRAY_LEN(ext); i++)
        if (!strcasecmp(dot, ext[i]))
            return 1;
    return 0;
}

/* TARGET.actuals.{csv,yaml,yml,json,xlsx} beside a target, into out;
 * NULL when there is none. */
static const char *actuals_for(const char *target, char *out, size_t n)
{
    char base[4096];
    snprintf(base, sizeof base, "%s", target);
    char *dot = strrchr(base, '.');
    char *slash = strrchr(base, '/');
    if (dot && (!slash || dot > slash))
        *dot = '\0';
    static const char *const ext[] = {".actuals.csv", ".actuals.yaml", ".actuals.yml",
                                      ".actuals.json", ".actuals.xlsx"};
    for (size_t i = 0; i < ARRAY_LEN(ext); i++) {
        snprintf(out, n, "%s%s", base, ext[i]);
        struct stat st;
        if (stat(out, &st) == 0 && S_ISREG(st.st_mode))
            return out;
    }
    return NULL;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int walk(jobs *js, const char *dir, int depth)
{
    if (depth > 32)
        return 0;
    DIR *d = opendir(dir);
    if (!d)
        return cli_usage_error("batch", "无法读取目录 %s：%s", dir, strerror(errno));
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *de;
    while ((de = readdir(d))) {
        if (de->d_name[0] == '.')
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 64;
            char **nn = realloc(names, cap * sizeof *nn);
            if (!nn)
                break;
            names = nn;
        }
        names[n++] = strdup(de->d_name);
    }
    closedir(d);
    qsort(names, n, sizeof *names, cmp_str);
    int rc = 0;
    for (size_t i = 0; i < n; i++) {
        char p[4096], act[4200];
        snprintf(p, sizeof p, "%s/%s", dir, names[i]);
        struct stat st;
        if (!rc && stat(p, &st) == 0) {
            if (S_ISDIR(st.st_mode))
                rc = walk(js, p, depth + 1);
            else if (S_ISREG(st.st_mode) && is_target_name(names[i]))
                rc = add_job(js, NULL, p, actuals_for(p, act, sizeof act), NULL) ? JX_EXIT_USAGE
                                                                                   : 0;
        }
        free(names[i]);
    }
    free(names);
    return rc;
}

/* Manifest: CSV (header id,targets,actuals,rules) or NDJSON. */
static int read_manifest(jobs *js, const char *path)
{
    char *data;
    size_t len;
    jx_error err = {0};
    if (jx_file_read(path, 0, &data, &len, &err)) {
        cli_error("batch", &err);
        return JX_EXIT_USAGE;
    }
    const char *p = data;
    if (len >= 3 && !memcmp(p, "\xEF\xBB\xBF", 3))
        p += 3;
    while (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t')
        p++;
    int rc = 0, line = 0;
    if (*p == '{') {
        const char *s = p;
        while (*s && !rc) {
            const char *nl = strchr(s, '\n');
            size_t n = nl ? (size_t)(nl - s) : strlen(s);
            line++;
            if (n && !(n == 1 && s[0] == '\r')) {
                cJSON *o = cJSON_ParseWithLength(s, n);
                const cJSON *t = cJSON_GetObjectItemCaseSensitive(o, "targets");
                if (!cJSON_IsString(t)) {
                    rc = cli_usage_error("batch", "%s:%d: 清单行应为 {\"targets\": \"…\", …}",
                                         path, line);
                } else {
#define S(k) (cJSON_IsString(cJSON_GetObjectItemCaseSensitive(o, k)) \
                  ? cJSON_GetObjectItemCaseSensitive(o, k)->valuestring : NULL)
                    /* no "actuals" key: pair by name; "" means check only */
                    char buf[4200];
                    const char *act = cJSON_GetObjectItemCaseSensitive(o, "actuals")
                                          ? S("actuals")
                                          : actuals_for(t->valuestring, buf, sizeof buf);
                    if (add_job(js, S("id"), t->valuestring, act, S("rules")))
                        rc = JX_EXIT_USAGE;
#undef S
                }
                cJSON_Delete(o);
            }
            s = nl ? nl + 1 : s + n;
        }
    } else {
        /* CSV through the records reader's rules: quoted fields allowed */
        int col[4] = {-1, -1, -1, -1};
        static const char *const names[4] = {"id", "targets", "actuals", "rules"};
        const char *s = p;
        int header = 1;
        while (*s && !rc) {
            const char *nl = strchr(s, '\n');
            size_t n = nl ? (size_t)(nl - s) : strlen(s);
            line++;
            char rowbuf[8192];
            if (n >= sizeof rowbuf)
                n = sizeof rowbuf - 1;
            memcpy(rowbuf, s, n);
            rowbuf[n] = '\0';
            if (n && rowbuf[n - 1] == '\r')
                rowbuf[--n] = '\0';
            s = nl ? nl + 1 : s + strlen(s);
            if (!n)
                continue;
            char *cells[16], abuf[4200];
            int nc = 0;
            char *c = rowbuf;
            while (nc < 16) {
                cells[nc++] = c;
                char *comma = strchr(c, ',');
                if (!comma)
                    break;
                *comma = '\0';
                c = comma + 1;
            }
            if (header) {
                for (int i = 0; i < nc; i++)
                    for (int k = 0; k < 4; k++)
                        if (!strcmp(cells[i], names[k]))
                            col[k] = i;
                if (col[1] < 0)
                    rc = cli_usage_error("batch", "%s:1: 清单缺少 targets 列", path);
                header = 0;
                continue;
            }
#define C(k) (col[k] >= 0 && col[k] < nc ? cells[col[k]] : NULL)
            if (!C(1) || !*C(1))
                rc = cli_usage_error("batch", "%s:%d: targets 为空", path, line);
            else if (add_job(js, C(0), C(1),
                             col[2] >= 0 ? C(2) : actuals_for(C(1), abuf, sizeof abuf), C(3)))
                rc = JX_EXIT_USAGE;
#undef C
        }
    }
    jx_free(data);
    return rc;
}

/* ---- ids: a hash from id to job index ---- */

typedef struct idmap {
    size_t *slot; /* job index + 1; 0 empty */
    size_t cap;
} idmap;

static uint64_t hash_str(const char *s)
{
    uint64_t h = 1469598103934665603ull;
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 1099511628211ull;
    }
    return h;
}

/* Builds the map; returns the index of a duplicated id, or -1. */
static long idmap_build(idmap *m, const jobs *js)
{
    m->cap = 16;
    while (m->cap < js->n * 2)
        m->cap *= 2;
    m->slot = calloc(m->cap, sizeof *m->slot);
    if (!m->slot)
        return -2;
    for (size_t k = 0; k < js->n; k++) {
        size_t i = (size_t)hash_str(js->v[k].id) & (m->cap - 1);
        while (m->slot[i]) {
            if (!strcmp(js->v[m->slot[i] - 1].id, js->v[k].id))
                return (long)k;
            i = (i + 1) & (m->cap - 1);
        }
        m->slot[i] = k + 1;
    }
    return -1;
}

static long idmap_find(const idmap *m, const jobs *js, const char *id)
{
    size_t i = (size_t)hash_str(id) & (m->cap - 1);
    while (m->slot[i]) {
        if (!strcmp(js->v[m->slot[i] - 1].id, id))
            return (long)(m->slot[i] - 1);
        i = (i + 1) & (m->cap - 1);
    }
    return -1;
}

/* ---- run ---- */

typedef struct eslot {
    char *pack;
    jx_engine *e;
    jx_error err;
} eslot;

typedef struct run {
    jobs *js;
    const char *default_rules;
    jx_parse_opts po;
    int detail, ordered, quiet, tty;
    char *skip; /* jobs already done (--resume) */
    idmap ids;
    pthread_mutex_t mu;
    size_t next;        /* next job to take */
    size_t next_write;  /* --ordered: next job index to write */
    char **pending;     /* --ordered: finished lines waiting */
    FILE *out;
    int write_failed;
    size_t done, failed, total, resumed;
    jx_batch_stats *stats;
    int nomem; /* a worker could not start */
    struct timespec t0;
    double last_progress;
    /* the engine check_run opened for the default pack: the first worker
     * that needs that pack takes it (spare) instead of opening another;
     * the main thread, which opened it, frees it (probe) after the
     * workers ended: the watchdog keeps a per-thread pointer to the
     * engine a thread last called, cleared only by a free on that thread */
    jx_engine *probe, *spare;
} run;

static double now(const run *r)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)(t.tv_sec - r->t0.tv_sec) + (double)(t.tv_nsec - r->t0.tv_nsec) / 1e9;
}

static void progress(run *r, int final)
{
    if (r->quiet)
        return;
    double t = now(r);
    if (!final && t - r->last_progress < (r->tty ? 0.1 : 5.0))
        return;
    r->last_progress = t;
    double rate = t > 0 ? (double)r->done / t : 0;
    if (r->tty) {
        int w = 30, fill = r->total ? (int)((double)r->done / (double)r->total * w) : w;
        char bar[64];
        for (int i = 0; i < w; i++)
            bar[i] = i < fill ? '#' : '-';
        bar[w] = '\0';
        double eta = rate > 0 ? (double)(r->total - r->done) / rate : 0;
        fprintf(stderr, "\r[%s] %zu/%zu  错误 %zu  %.1f 份/秒  剩余 %.0f 秒 ", bar, r->done,
                r->total, r->failed, rate, eta);
        if (final)
            fputc('\n', stderr);
    } else {
        fprintf(stderr, "jixiao batch: %zu/%zu 份完成，错误 %zu，%.1f 份/秒\n", r->done,
                r->total, r->failed, rate);
    }
}

static void emit(run *r, size_t idx, const char *line, size_t len)
{
    pthread_mutex_lock(&r->mu);
    if (r->ordered) {
        r->pending[idx] = malloc(len + 1);
        if (r->pending[idx]) {
            memcpy(r->pending[idx], line, len);
            r->pending[idx][len] = '\0';
        }
        while (r->next_write < r->js->n &&
               (r->skip[r->next_write] || r->pending[r->next_write])) {
            char *l = r->pending[r->next_write];
            if (l) {
                if (fputs(l, r->out) == EOF || fflush(r->out))
                    r->write_failed = 1;
                free(l);
                r->pending[r->next_write] = NULL;
            }
            r->next_write++;
        }
    } else {
        if (fwrite(line, 1, len, r->out) != len || fflush(r->out))
            r->write_failed = 1;
    }
    r->done++;
    progress(r, 0);
    pthread_mutex_unlock(&r->mu);
}

/* The engine opened before the run for pack, once: an engine is used by
 * one thread at a time, and the lock hands it over.  NULL for another
 * pack or when it was taken.  The worker never frees it (see run). */
static jx_engine *take_spare(run *r, const char *pack)
{
    jx_engine *e = NULL;
    pthread_mutex_lock(&r->mu);
    if (r->spare && !strcmp(pack, r->default_rules)) {
        e = r->spare;
        r->spare = NULL;
    }
    pthread_mutex_unlock(&r->mu);
    return e;
}

static void *worker(void *arg)
{
    run *r = arg;
    eslot slots[8];
    int nslots = 0;
    jx_batch_stats *st = jx_batch_stats_new(); /* NULL: this worker's counts are lost */
    if (!st) {
        pthread_mutex_lock(&r->mu);
        r->nomem = 1;
        pthread_mutex_unlock(&r->mu);
    }
    for (;;) {
        pthread_mutex_lock(&r->mu);
        while (r->next < r->js->n && r->skip[r->next])
            r->next++;
        size_t idx = r->next < r->js->n ? r->next++ : (size_t)-1;
        pthread_mutex_unlock(&r->mu);
        if (idx == (size_t)-1)
            break;
        const jx_batch_job *job = &r->js->v[idx];
        jx_batch_job j = *job;
        if (!j.rules)
            j.rules = r->default_rules;
        eslot *s = NULL;
        for (int i = 0; i < nslots; i++)
            if (!strcmp(slots[i].pack, j.rules))
                s = &slots[i];
        if (!s) {
            if (nslots == (int)ARRAY_LEN(slots)) {
                /* many packs: drop the oldest engine */
                if (slots[0].e != r->probe)
                    jx_engine_free(slots[0].e);
                free(slots[0].pack);
                memmove(slots, slots + 1, sizeof slots[0] * (size_t)(nslots - 1));
                nslots--;
            }
            s = &slots[nslots];
            memset(s, 0, sizeof *s);
            s->pack = strdup(j.rules);
            if (s->pack) {
                nslots++;
                if (!(s->e = take_spare(r, j.rules)))
                    jx_engine_open(j.rules, NULL, &s->e, &s->err);
            } else {
                /* no slot: this document fails with the reason */
                s->err.code = JX_ENOMEM;
                snprintf(s->err.msg, sizeof s->err.msg, "内存不足");
            }
        }
        char *line;
        size_t len;
        int bad = jx_batch_one(s->e, &s->err, &j, &r->po, r->detail ? JX_BATCH_DETAIL : 0,
                               &line, &len, st) != JX_OK;
        if (!line) {
            /* not even the error line fitted: a fixed one */
            static const char oom[] =
                "{\"id\":null,\"status\":\"error\",\"error\":{\"stage\":\"output\","
                "\"code\":\"nomem\",\"file\":null,\"line\":null,\"cell\":null,"
                "\"message\":\"内存不足\"}}\n";
            emit(r, idx, oom, sizeof oom - 1);
            bad = 1;
        } else {
            emit(r, idx, line, len);
            jx_free(line);
        }
        if (bad) {
            pthread_mutex_lock(&r->mu);
            r->failed++;
            pthread_mutex_unlock(&r->mu);
        }
    }
    for (int i = 0; i < nslots; i++) {
        if (slots[i].e != r->probe)
            jx_engine_free(slots[i].e);
        free(slots[i].pack);
    }
    pthread_mutex_lock(&r->mu);
    if (st)
        jx_batch_stats_add(r->stats, st);
    pthread_mutex_unlock(&r->mu);
    jx_batch_stats_free(st);
    return NULL;
}

/* --resume: keeps the complete lines of an earlier output, marks their ids
 * done; returns the count kept, -1 on a read error. */
static long resume_from(run *r, const char *path, FILE *to)
{
    char *data;
    size_t len;
    jx_error err = {0};
    if (access(path, R_OK))
        return 0;
    if (jx_file_read(path, 0, &data, &len, &err)) {
        cli_error("batch", &err);
        return -1;
    }
    long kept = 0;
    size_t start = 0;
    for (size_t i = 0; i < len; i++) {
        if (data[i] != '\n')
            continue; /* a line without its newline was cut: dropped */
        cJSON *o = cJSON_ParseWithLength(data + start, i - start);
        const cJSON *id = cJSON_GetObjectItemCaseSensitive(o, "id");
        if (cJSON_IsString(id)) {
            /* every complete result is kept, also those of documents not
             * in this run; a document already done is not done again */
            long k = idmap_find(&r->ids, r->js, id->valuestring);
            if (k >= 0 && r->skip[k]) {
                cJSON_Delete(o);
                start = i + 1;
                continue; /* the same id twice in the old output */
            }
            if (k >= 0) {
                r->skip[k] = 1;
                r->resumed++;
            }
            fwrite(data + start, 1, i - start + 1, to);
            kept++;
        }
        cJSON_Delete(o);
        start = i + 1;
    }
    jx_free(data);
    return kept;
}

static long ncores(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? n : 1;
}

/* The jobs: a manifest's lines, then each input (a file, or a folder
 * walked for target files).  0, or JX_EXIT_USAGE with the message
 * printed. */
static int collect_jobs(jobs *js, const char *manifest, char **inputs, int ninputs)
{
    if (manifest && read_manifest(js, manifest))
        return JX_EXIT_USAGE;
    char abuf[4200];
    for (int i = 0; i < ninputs; i++) {
        struct stat st;
        if (stat(inputs[i], &st) == 0 && S_ISDIR(st.st_mode)) {
            /* "dir/" and "dir" give the same ids */
            size_t l = strlen(inputs[i]);
            while (l > 1 && inputs[i][l - 1] == '/')
                inputs[i][--l] = '\0';
            if (walk(js, inputs[i], 0))
                return JX_EXIT_USAGE;
        } else if (add_job(js, NULL, inputs[i], actuals_for(inputs[i], abuf, sizeof abuf),
                           NULL)) {
            return JX_EXIT_USAGE;
        }
    }
    if (!js->n)
        return cli_usage_error("batch", "没有要处理的文档（给出文件、目录或 --manifest）");
    return 0;
}

/* What must hold before the run starts: -o is not a folder, and the pack
 * for the whole run loads.  The engine opened to see that is kept in
 * *probe for the first worker (opening one costs as much as checking a
 * few documents). */
static int check_run(const char *out_path, const char *rules, jx_engine **probe)
{
    struct stat ost;
    *probe = NULL;
    if (out_path && stat(out_path, &ost) == 0 && S_ISDIR(ost.st_mode))
        return cli_usage_error("batch", "-o %s 是一个目录，需要文件名", out_path);
    jx_error perr = {0};
    if (jx_engine_open(rules, NULL, probe, &perr)) {
        cli_error("batch", &perr);
        return JX_EXIT_USAGE;
    }
    return 0;
}

/* The run's tables: skip marks, counts, ids (unique), pending lines.
 * 1 ready, 0 with the message printed. */
static int prepare_run(run *r)
{
    size_t n = r->js->n;
    r->skip = calloc(n, 1);
    r->stats = jx_batch_stats_new();
    long dup = idmap_build(&r->ids, r->js);
    if (dup == -2) {
        cli_usage_error("batch", "内存不足");
        return 0;
    }
    if (dup >= 0) {
        cli_usage_error("batch", "文档 id 重复：%s（--resume 靠 id 识别已完成的文档，id 必须唯一）",
                        r->js->v[dup].id);
        return 0;
    }
    r->pending = r->ordered ? calloc(n, sizeof *r->pending) : NULL;
    if (!r->skip || !r->stats || (r->ordered && !r->pending)) {
        cli_usage_error("batch", "内存不足");
        return 0;
    }
    return 1;
}

/* --resume: the complete lines of the finished output and of a killed run
 * go first into PARTIAL; r->out then appends to it. */
static int resume_output(run *r, const char *out_path, const char *partial)
{
    char tmp[4300];
    snprintf(tmp, sizeof tmp, "%s.resume", partial);
    FILE *t = fopen(tmp, "w");
    if (!t)
        return cli_usage_error("batch", "无法写入 %s：%s", tmp, strerror(errno));
    long k1 = resume_from(r, out_path, t), k2 = resume_from(r, partial, t);
    fclose(t);
    if (k1 < 0 || k2 < 0 || rename(tmp, partial))
        return cli_usage_error("batch", "无法续跑 %s", out_path);
    if (!r->quiet)
        fprintf(stderr, "jixiao batch: 续跑：保留已有结果 %ld 行，其中本次输入 %zu 份已完成，剩余 %zu 份\n",
                k1 + k2, r->resumed, r->js->n - r->resumed);
    r->out = fopen(partial, "a");
    return 0;
}

/* Where the lines go: stdout, or FILE.partial (renamed at the end).  A
 * path that is not a regular file (/dev/null, a FIFO, /dev/stdout) is
 * written directly: renaming over it would replace the device. */
static int open_output(run *r, const char *out_path, int resume, char *partial, size_t n)
{
    struct stat st;
    if (!out_path) {
        r->out = stdout;
    } else if (stat(out_path, &st) == 0 && !S_ISREG(st.st_mode)) {
        if (resume)
            return cli_usage_error("batch", "--resume 需要 -o 指向普通文件：%s 不是", out_path);
        partial[0] = '\0';
        r->out = fopen(out_path, "w");
        if (!r->out)
            return cli_usage_error("batch", "无法写入 %s：%s", out_path,
                                   S_ISDIR(st.st_mode) ? "这是一个目录" : strerror(errno));
    } else {
        snprintf(partial, n, "%s.partial", out_path);
        if (resume) {
            if (resume_output(r, out_path, partial))
                return JX_EXIT_USAGE;
        } else {
            r->out = fopen(partial, "w");
        }
        if (!r->out)
            return cli_usage_error("batch", "无法写入 %s：%s", partial, strerror(errno));
    }
    for (size_t k = 0; k < r->js->n; k++)
        if (r->skip[k])
            r->done++;
    r->total = r->js->n;
    return 0;
}

/* nj workers (no more than jobs), or the work done here when no thread
 * starts. */
static void run_workers(run *r, long nj)
{
    if ((size_t)nj > r->js->n)
        nj = (long)r->js->n;
    pthread_t *th = calloc((size_t)nj, sizeof *th);
    long started = 0;
    for (long i = 0; th && i < nj; i++)
        if (pthread_create(&th[i], NULL, worker, r) == 0)
            started++;
    if (!started)
        worker(r);
    for (long i = 0; i < started; i++)
        pthread_join(th[i], NULL);
    free(th);
    progress(r, 1);
}

/* FILE.partial complete: renamed to FILE. */
static int close_output(run *r, const char *out_path, const char *partial)
{
    if (!out_path)
        return r->write_failed ? JX_EXIT_USAGE : 0;
    int bad = fclose(r->out) || r->write_failed;
    r->out = NULL;
    if (bad)
        return cli_usage_error("batch", "写入 %s 失败", partial[0] ? partial : out_path);
    if (partial[0] && rename(partial, out_path))
        return cli_usage_error("batch", "无法改名 %s -> %s：%s", partial, out_path, strerror(errno));
    return 0;
}

/* The grades in the summary: the usual ones in their order, any others
 * after. */
static void grade_summary(const jx_batch_stats *s)
{
    static const char *const order[] = {"优", "良", "中", "差"};
    if (!jx_batch_stats_grade(s, 0, NULL))
        return;
    fprintf(stderr, "jixiao batch: 等级分布");
    size_t n;
    for (size_t o = 0; o < ARRAY_LEN(order); o++)
        for (size_t i = 0; jx_batch_stats_grade(s, i, &n); i++)
            if (!strcmp(jx_batch_stats_grade(s, i, NULL), order[o]))
                fprintf(stderr, " %s %zu", order[o], n);
    for (size_t i = 0; jx_batch_stats_grade(s, i, &n); i++) {
        const char *g = jx_batch_stats_grade(s, i, NULL);
        int usual = 0;
        for (size_t o = 0; o < ARRAY_LEN(order); o++)
            usual |= !strcmp(g, order[o]);
        if (!usual)
            fprintf(stderr, " %s %zu", g, n);
    }
    fprintf(stderr, "（按表计）\n");
}

/* The run's counts on stderr: njobs in all, t seconds. */
static void summary(const jx_batch_stats *s, size_t njobs, double t, int nomem)
{
    size_t docs = jx_batch_stats_count(s, JX_BATCH_DOCS);
    fprintf(stderr,
            "jixiao batch: %zu 份文档（本次处理 %zu 份：成功 %zu，错误 %zu），%zu 张表，%zu 个指标"
            "（计分 %zu），审核发现 错误 %zu / 警告 %zu / 提示 %zu，用时 %.2f 秒（%.1f 份/秒）\n",
            njobs, docs, jx_batch_stats_count(s, JX_BATCH_OK),
            jx_batch_stats_count(s, JX_BATCH_FAILED), jx_batch_stats_count(s, JX_BATCH_TABLES),
            jx_batch_stats_count(s, JX_BATCH_INDICATORS), jx_batch_stats_count(s, JX_BATCH_SCORED),
            jx_batch_stats_count(s, JX_BATCH_ERRORS), jx_batch_stats_count(s, JX_BATCH_WARNINGS),
            jx_batch_stats_count(s, JX_BATCH_INFOS), t, t > 0 ? (double)docs / t : 0.0);
    if (nomem)
        fprintf(stderr, "jixiao batch: 内存不足，以上统计不完整\n");
    grade_summary(s);
}

int cmd_batch(int argc, char **argv)
{
    if (cli_is_help(argc, argv)) {
        help(stdout);
        return JX_EXIT_OK;
    }
    const char *out_path = NULL, *manifest = NULL, *rules = "national", *enc = "auto";
    const char *maxin = NULL; /* --max-input */
    long nj = ncores();
    int ordered = 0, resume = 0, quiet = 0, detail = 0;
    const char *jobs_arg = NULL; /* -j N */
    jobs js;
    memset(&js, 0, sizeof js);
    char **inputs = calloc((size_t)argc, sizeof *inputs);
    int ninputs = 0, rc = JX_EXIT_USAGE;
    if (!inputs)
        return JX_EXIT_USAGE;
    const cli_option opts[] = {{"-o", NULL, &out_path, NULL, 0},
                               {"-j", NULL, &jobs_arg, NULL, 1},
                               {"--manifest", NULL, &manifest, NULL, 0},
                               {"--rules", NULL, &rules, NULL, 0},
                               {"--encoding", NULL, &enc, NULL, 0},
                               {"--max-input", NULL, &maxin, NULL, 0},
                               {"--ordered", NULL, NULL, &ordered, 0},
                               {"--resume", NULL, NULL, &resume, 0},
                               {"--quiet", "-q", NULL, &quiet, 0},
                               {"--detail", NULL, NULL, &detail, 0},
                               {NULL, NULL, NULL, NULL, 0}};
    if (cli_parse("batch", argc, argv, opts, NULL, inputs, &ninputs))
        goto out;
    if (jobs_arg) {
        char *end;
        nj = strtol(jobs_arg, &end, 10);
        if (*end || nj < 1 || nj > 256) {
            cli_usage_error("batch", "-j 需要 1 到 256 之间的整数");
            goto out;
        }
    }
    jx_parse_opts po = {0};
    if (cli_encoding("batch", enc, &po.encoding))
        goto out;
    if (maxin && cli_max_input("batch", maxin, &po.max_input))
        goto out;
    if (resume && !out_path) {
        cli_usage_error("batch", "--resume 需要 -o FILE");
        goto out;
    }
    jx_engine *probe = NULL;
    if (collect_jobs(&js, manifest, inputs, ninputs) || check_run(out_path, rules, &probe))
        goto out;
    run R;
    memset(&R, 0, sizeof R);
    R.probe = R.spare = probe;
    pthread_mutex_init(&R.mu, NULL);
    R.js = &js;
    R.default_rules = rules;
    R.po = po;
    R.detail = detail;
    R.ordered = ordered;
    R.quiet = quiet;
    R.tty = isatty(2);
    R.total = js.n;
    clock_gettime(CLOCK_MONOTONIC, &R.t0);
    char partial[4200] = "";
    if (!prepare_run(&R) || open_output(&R, out_path, resume, partial, sizeof partial))
        goto out_run;
    run_workers(&R, nj);
    if (close_output(&R, out_path, partial))
        goto out_run;
    if (!quiet)
        summary(R.stats, js.n, now(&R), R.nomem);
    rc = R.failed ? JX_EXIT_FAIL : JX_EXIT_OK;
out_run:
    if (R.out && R.out != stdout)
        fclose(R.out);
    if (R.pending)
        for (size_t k = 0; k < js.n; k++)
            free(R.pending[k]);
    free(R.pending);
    free(R.skip);
    jx_engine_free(R.probe); /* here, on the thread that opened it */
    jx_batch_stats_free(R.stats);
    free(R.ids.slot);
    pthread_mutex_destroy(&R.mu);
out:
    free(inputs);
    free_jobs(&js);
    return rc;
}
