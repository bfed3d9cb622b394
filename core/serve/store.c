/*
 * store.c - results kept for download (/r/ID/NAME): each result is the
 * artifacts of one job under an unguessable id (128 random bits).  In
 * memory by default, at most store_results results and store_bytes bytes,
 * the oldest dropped first; with --data DIR each result is a folder
 * DIR/results/ID/ (names chosen by the server, never by an upload), at
 * most store_results of them from this run, the oldest removed.
 *
 * Also: the upload list and the result of a job (sv_files, sv_res).
 */
#define _XOPEN_SOURCE 700 /* nftw */
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include "serve.h"

/* ---- uploads ---- */

int sv_files_add(sv_files *fs, const char *name, char *data, size_t len)
{
    if (fs->n == fs->cap) {
        size_t cap = fs->cap ? fs->cap * 2 : 8;
        sv_file *v = realloc(fs->v, cap * sizeof *v);
        if (!v) {
            free(data);
            return -1;
        }
        fs->v = v;
        fs->cap = cap;
    }
    char *label = sv_label(name);
    if (!label) {
        free(data);
        return -1;
    }
    fs->v[fs->n++] = (sv_file){label, data, len, "file"};
    return 0;
}

void sv_files_free(sv_files *fs)
{
    for (size_t i = 0; i < fs->n; i++) {
        free(fs->v[i].name);
        free(fs->v[i].data);
    }
    free(fs->v);
    memset(fs, 0, sizeof *fs);
}

char *sv_label(const char *name)
{
    if (!name)
        name = "";
    const char *base = name;
    for (const char *p = name; *p; p++)
        if (*p == '/' || *p == '\\')
            base = p + 1;
    char out[128];
    size_t o = 0;
    for (const unsigned char *p = (const unsigned char *)base; *p && o < 120;) {
        uint32_t cp;
        int n = sv_utf8_decode(p, strlen((const char *)p), &cp);
        if (n <= 0) { /* not UTF-8: one replacement byte */
            out[o++] = '_';
            p++;
            continue;
        }
        if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0) || cp == ':' || cp == '"' ||
            cp == '<' || cp == '>' || cp == '|' || cp == '*' || cp == '?') {
            out[o++] = '_';
        } else {
            if (o + (size_t)n > 120)
                break;
            memcpy(out + o, p, (size_t)n);
            o += (size_t)n;
        }
        p += n;
    }
    out[o] = '\0';
    if (!o || !strcmp(out, ".") || !strcmp(out, ".."))
        snprintf(out, sizeof out, "上传文件");
    return strdup(out);
}

/* ---- a job's result ---- */

void sv_res_init(sv_res *r)
{
    memset(r, 0, sizeof *r);
    r->status = 200;
    sv_buf_init(&r->errors);
    sv_buf_init(&r->summary);
}

void sv_res_free(sv_res *r)
{
    for (size_t i = 0; i < r->nart; i++)
        free(r->art[i].p);
    free(r->art);
    sv_buf_free(&r->errors);
    sv_buf_free(&r->summary);
    memset(r, 0, sizeof *r);
}

int sv_res_add(sv_res *r, const char *name, const char *type, const char *label, char *p,
               size_t n)
{
    if (r->nart == r->cap) {
        size_t cap = r->cap ? r->cap * 2 : 8;
        sv_art *a = realloc(r->art, cap * sizeof *a);
        if (!a) {
            free(p);
            return -1;
        }
        r->art = a;
        r->cap = cap;
    }
    sv_art *a = &r->art[r->nart++];
    snprintf(a->name, sizeof a->name, "%s", name);
    a->type = type;
    a->label = label;
    a->p = p;
    a->n = n;
    return 0;
}

void sv_res_error(sv_res *r, const char *fmt, ...)
{
    va_list ap;
    char msg[1200];
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    sv_buf_puts(&r->errors, msg);
    sv_buf_putc(&r->errors, '\n');
}

/* ---- the store ---- */

typedef struct item {
    char name[48];
    const char *type;
    char *p; /* NULL on disk */
    size_t n;
} item;

typedef struct result {
    char id[33];
    item *it;
    size_t n;
    size_t bytes;
} result;

static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static result *ring;     /* oldest first */
static size_t nring, cap_results, cap_bytes, bytes_held;
static char *disk;       /* DIR/results, or NULL */

int sv_store_init(const sv_config *c)
{
    cap_results = c->store_results;
    cap_bytes = c->store_bytes;
    ring = calloc(cap_results + 1, sizeof *ring);
    if (!ring)
        return -1;
    if (c->data_dir) {
        size_t n = strlen(c->data_dir) + 16;
        disk = malloc(n);
        if (!disk)
            return -1;
        snprintf(disk, n, "%s/results", c->data_dir);
        if (mkdir(disk, 0700) && errno != EEXIST)
            return -1;
    }
    return 0;
}

static int rm_one(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st;
    (void)flag;
    (void)ftw;
    remove(path);
    return 0;
}

static void drop(result *r)
{
    for (size_t i = 0; i < r->n; i++)
        free(r->it[i].p);
    free(r->it);
    bytes_held -= r->bytes;
    if (disk) {
        char dir[4200];
        snprintf(dir, sizeof dir, "%s/%s", disk, r->id);
        nftw(dir, rm_one, 8, FTW_DEPTH | FTW_PHYS);
    }
}

void sv_store_free(void)
{
    pthread_mutex_lock(&mu);
    for (size_t i = 0; i < nring; i++) {
        for (size_t k = 0; k < ring[i].n; k++)
            free(ring[i].it[k].p);
        free(ring[i].it);
    }
    free(ring);
    ring = NULL;
    nring = 0;
    free(disk);
    disk = NULL;
    pthread_mutex_unlock(&mu);
}

static int valid_name(const char *s)
{
    if (!*s || strlen(s) >= 48 || s[0] == '.')
        return 0;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '.' || *s == '-'))
            return 0;
    return 1;
}

static int valid_id(const char *s)
{
    if (strlen(s) != 32)
        return 0;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'f') || (*s >= '0' && *s <= '9')))
            return 0;
    return 1;
}

static int write_file(const char *path, const char *p, size_t n)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0)
        return -1;
    size_t off = 0;
    while (off < n) {
        ssize_t w = write(fd, p + off, n - off);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0) {
            close(fd);
            return -1;
        }
        off += (size_t)w;
    }
    return close(fd);
}

/* Adds one item to r (locked). */
/* The whole file at path, at most max bytes, into malloc'd *p (NUL
 * added); 0, or -1 with *p NULL. */
static int read_file(const char *path, size_t max, char **p, size_t *n)
{
    sv_buf b;
    sv_buf_init(&b);
    *p = NULL;
    *n = 0;
    FILE *f = fopen(path, "rb");
    if (!f)
        return -1;
    char tmp[65536];
    size_t k;
    while ((k = fread(tmp, 1, sizeof tmp, f)) > 0 && b.len + k <= max)
        sv_buf_put(&b, tmp, k);
    int bad = ferror(f) || k > 0 || sv_buf_failed(&b);
    fclose(f);
    if (!bad && !b.p)
        sv_buf_put(&b, "", 0); /* an empty file: "" */
    if (bad || sv_buf_failed(&b)) {
        sv_buf_free(&b);
        return -1;
    }
    *p = b.p;
    *n = b.len;
    return 0;
}

static int put_item(result *r, const char *name, const char *type, const char *p, size_t n)
{
    if (!valid_name(name))
        return -1;
    item *it = realloc(r->it, (r->n + 1) * sizeof *it);
    if (!it)
        return -1;
    r->it = it;
    item *x = &it[r->n];
    memset(x, 0, sizeof *x);
    snprintf(x->name, sizeof x->name, "%s", name);
    x->type = type;
    x->n = n;
    if (disk) {
        char path[4300];
        snprintf(path, sizeof path, "%s/%s/%s", disk, r->id, name);
        if (write_file(path, p, n))
            return -1;
    } else {
        x->p = malloc(n ? n : 1);
        if (!x->p)
            return -1;
        memcpy(x->p, p, n);
        r->bytes += n;
        bytes_held += n;
    }
    r->n++;
    return 0;
}

/* Makes room for one more result (locked). */
static void evict(size_t incoming)
{
    while (nring && (nring >= cap_results || (!disk && bytes_held + incoming > cap_bytes))) {
        drop(&ring[0]);
        memmove(ring, ring + 1, (nring - 1) * sizeof *ring);
        nring--;
    }
}

int sv_store_put(const sv_res *res, char id[33])
{
    unsigned char rnd[16];
    if (getrandom(rnd, sizeof rnd, 0) != sizeof rnd)
        return -1;
    for (int i = 0; i < 16; i++)
        snprintf(id + 2 * i, 3, "%02x", rnd[i]);
    size_t total = 0;
    for (size_t i = 0; i < res->nart; i++)
        total += res->art[i].n;
    if (!disk && total > cap_bytes)
        return -1;
    pthread_mutex_lock(&mu);
    evict(total);
    result *r = &ring[nring];
    memset(r, 0, sizeof *r);
    memcpy(r->id, id, 33);
    int rc = 0;
    if (disk) {
        char dir[4200];
        snprintf(dir, sizeof dir, "%s/%s", disk, id);
        rc = mkdir(dir, 0700);
    }
    for (size_t i = 0; !rc && i < res->nart; i++)
        rc = put_item(r, res->art[i].name, res->art[i].type, res->art[i].p, res->art[i].n);
    if (rc)
        drop(r);
    else
        nring++;
    pthread_mutex_unlock(&mu);
    return rc;
}

static result *find(const char *id)
{
    for (size_t i = 0; i < nring; i++)
        if (!strcmp(ring[i].id, id))
            return &ring[i];
    return NULL;
}

int sv_store_add(const char *id, const char *name, const char *type, const char *p, size_t n)
{
    pthread_mutex_lock(&mu);
    result *r = valid_id(id) ? find(id) : NULL;
    int rc = -1;
    if (r) {
        rc = 0;
        for (size_t i = 0; i < r->n; i++)
            if (!strcmp(r->it[i].name, name))
                rc = 1; /* made meanwhile by another request */
        if (!rc)
            rc = put_item(r, name, type, p, n);
        rc = rc > 0 ? 0 : rc;
    }
    pthread_mutex_unlock(&mu);
    return rc;
}

int sv_store_get(const char *id, const char *name, char **p, size_t *n, const char **type)
{
    if (!valid_id(id) || !valid_name(name))
        return -1;
    pthread_mutex_lock(&mu);
    result *r = find(id);
    int rc = -1;
    for (size_t i = 0; r && i < r->n; i++) {
        item *x = &r->it[i];
        if (strcmp(x->name, name))
            continue;
        *type = x->type;
        if (!disk) {
            *p = malloc(x->n ? x->n : 1);
            if (*p) {
                memcpy(*p, x->p, x->n);
                *n = x->n;
                rc = 0;
            }
        } else {
            char path[4300];
            snprintf(path, sizeof path, "%s/%s/%s", disk, id, name);
            rc = read_file(path, (size_t)512 << 20, p, n);
        }
        break;
    }
    pthread_mutex_unlock(&mu);
    return rc;
}
