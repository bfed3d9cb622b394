/*
 * read/office.c - shared by the office front ends: zip members read with
 * libzip under size and ratio limits (zip bombs), a DOCTYPE guard for XML
 * parts (entity expansion, external entities), and running a helper
 * program (pdftotext, soffice) without a shell, with a timeout and an
 * output cap.
 */
#include "office.h"

#include "doc_int.h"
#include "read.h"

#include <errno.h>
#include <fcntl.h>
#include <libxml/parser.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <strings.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <zip.h>

extern char **environ;

int jx_zip_open(jx_zip *zf, const char *data, size_t len, const char *name,
                jx_error *err)
{
    memset(zf, 0, sizeof *zf);
    zf->name = name;
    zip_error_t ze;
    zip_error_init(&ze);
    zip_source_t *src = zip_source_buffer_create(data, len, 0, &ze);
    if (!src) {
        zip_error_fini(&ze);
        return jx_fail(err, JX_ENOMEM, name, 0, 0, "内存不足");
    }
    zf->z = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &ze);
    if (!zf->z) {
        zip_source_free(src);
        int rc = jx_fail(err, JX_EINPUT, name, 0, 0,
                         "不是有效的 ZIP 容器（文件可能已截断或损坏）：%s",
                         zip_error_strerror(&ze));
        zip_error_fini(&ze);
        return rc;
    }
    zip_error_fini(&ze);
    return JX_OK;
}

void jx_zip_close(jx_zip *zf)
{
    if (zf->z)
        zip_discard(zf->z);
    zf->z = NULL;
}

int jx_zip_has(jx_zip *zf, const char *member)
{
    return zip_name_locate(zf->z, member, 0) >= 0;
}

int jx_zip_sniff(const char *data, size_t len, const char *member)
{
    zip_error_t ze;
    zip_error_init(&ze);
    zip_source_t *src = zip_source_buffer_create(data, len, 0, &ze);
    int found = 0;
    if (src) {
        zip_t *z = zip_open_from_source(src, ZIP_RDONLY, &ze);
        if (z) {
            found = zip_name_locate(z, member, 0) >= 0;
            zip_discard(z);
        } else {
            zip_source_free(src);
        }
    }
    zip_error_fini(&ze);
    return found;
}

int jx_zip_read(jx_zip *zf, const char *member, int required, char **out,
                size_t *len, jx_error *err)
{
    *out = NULL;
    *len = 0;
    zip_stat_t st;
    zip_int64_t idx = zip_name_locate(zf->z, member, 0);
    if (idx < 0 || zip_stat_index(zf->z, (zip_uint64_t)idx, 0, &st)) {
        if (!required)
            return JX_OK;
        return jx_fail(err, JX_ENOTFOUND, zf->name, 0, 0, "文件中缺少 %s", member);
    }
    size_t budget = JX_ZIP_TOTAL_MAX - zf->used;
    if ((st.valid & ZIP_STAT_SIZE) && st.size > budget)
        return jx_fail(err, JX_ELIMIT, zf->name, 0, 0,
                       "%s 解压后有 %llu 字节，超过上限 %u MiB（疑似压缩炸弹）", member,
                       (unsigned long long)st.size, JX_ZIP_TOTAL_MAX >> 20);
    zip_file_t *f = zip_fopen_index(zf->z, (zip_uint64_t)idx, 0);
    if (!f)
        return jx_fail(err, JX_EINPUT, zf->name, 0, 0, "无法读取 %s：%s", member,
                       zip_strerror(zf->z));
    jx_buf b;
    jx_buf_init(&b);
    char tmp[65536];
    zip_int64_t n;
    int rc = JX_OK;
    size_t comp = (st.valid & ZIP_STAT_COMP_SIZE) ? (size_t)st.comp_size : 0;
    while ((n = zip_fread(f, tmp, sizeof tmp)) > 0) {
        if ((size_t)n > budget - b.len) {
            rc = jx_fail(err, JX_ELIMIT, zf->name, 0, 0,
                         "%s 解压后超过上限 %u MiB（疑似压缩炸弹）", member,
                         JX_ZIP_TOTAL_MAX >> 20);
            goto out;
        }
        if (b.len + (size_t)n > (1u << 20) && comp &&
            b.len + (size_t)n > comp * JX_ZIP_RATIO_MAX) {
            rc = jx_fail(err, JX_ELIMIT, zf->name, 0, 0,
                         "%s 的压缩比超过 %d:1（疑似压缩炸弹）", member,
                         JX_ZIP_RATIO_MAX);
            goto out;
        }
        if (jx_buf_put(&b, tmp, (size_t)n) < 0) {
            rc = jx_fail(err, JX_ENOMEM, zf->name, 0, 0, "内存不足");
            goto out;
        }
    }
    if (n < 0) {
        rc = jx_fail(err, JX_EINPUT, zf->name, 0, 0, "%s 已损坏：%s", member,
                     zip_file_strerror(f));
        goto out;
    }
    if (jx_buf_reserve(&b, 1) < 0) {
        rc = jx_fail(err, JX_ENOMEM, zf->name, 0, 0, "内存不足");
        goto out;
    }
    if (!b.p) {
        b.p = malloc(1);
        if (!b.p) {
            rc = jx_fail(err, JX_ENOMEM, zf->name, 0, 0, "内存不足");
            goto out;
        }
    }
    b.p[b.len] = '\0';
    zf->used += b.len;
    *out = b.p;
    *len = b.len;
    b.p = NULL;
out:
    zip_fclose(f);
    jx_buf_free(&b);
    return rc;
}

int jx_xml_check(const char *xml, size_t len, const char *name,
                 const char *member, jx_error *err)
{
    static const char pat[] = "<!DOCTYPE";
    for (size_t i = 0; i + sizeof pat - 1 <= len; i++)
        if (xml[i] == '<' && !strncasecmp(xml + i, pat, sizeof pat - 1))
            return jx_fail(err, JX_EINPUT, name, 0, 0,
                           "%s 含有 DOCTYPE（实体声明），Office 文件不应有，拒绝读取",
                           member);
    return JX_OK;
}

/* ---- tables of Word and HTML ---- */

int jx_tb_add(jx_tbuild *tb, int row, int col, int rowspan, int colspan,
              const char *s, size_t n)
{
    if (row < 0 || col < 0 || col >= JX_SHEET_COLS_MAX || row >= (1 << 20))
        return -1;
    if (rowspan < 1)
        rowspan = 1;
    if (colspan < 1)
        colspan = 1;
    if (colspan > JX_SHEET_COLS_MAX - col)
        colspan = JX_SHEET_COLS_MAX - col;
    if (tb->n == tb->cap) {
        size_t cap = tb->cap ? tb->cap * 2 : 64;
        if (cap > JX_SHEET_CELLS_MAX)
            return -1;
        jx_tcell *nc = realloc(tb->c, cap * sizeof *nc);
        if (!nc)
            return -1;
        tb->c = nc;
        tb->cap = cap;
    }
    char *copy = malloc(n + 1);
    if (!copy)
        return -1;
    memcpy(copy, s, n);
    copy[n] = '\0';
    tb->c[tb->n++] = (jx_tcell){row, col, rowspan, colspan, copy, 0};
    if (row + 1 > tb->nrows)
        tb->nrows = row + 1;
    if (col + colspan > tb->ncols)
        tb->ncols = col + colspan;
    return 0;
}

void jx_tb_free(jx_tbuild *tb)
{
    for (size_t i = 0; i < tb->n; i++)
        free(tb->c[i].s);
    free(tb->c);
    memset(tb, 0, sizeof *tb);
}

int jx_tb_flush(jx_tbuild *tb, jx_grid *g)
{
    int rc = 0;
    size_t first = g->nrows;
    if ((size_t)tb->nrows * (size_t)tb->ncols > JX_SHEET_CELLS_MAX) {
        rc = -2;
        goto out;
    }
    for (int y = 0; y < tb->nrows; y++)
        if (!jx_grid_add_row(g, tb->ncols, y + 1, 0)) {
            rc = -1;
            goto out;
        }
    for (size_t i = 0; i < tb->n; i++) {
        const jx_tcell *t = &tb->c[i];
        int rs = t->rowspan, cs = t->colspan;
        if (rs > tb->nrows - t->row)
            rs = tb->nrows - t->row;
        jx_grow *r = &g->rows[first + (size_t)t->row];
        if (r->c[t->col].flags & (JX_CELL_COVERED_UP | JX_CELL_COVERED_LEFT))
            continue; /* overlapping spans: the first one wins */
        if (jx_grid_set(g, r, t->col, t->s, strlen(t->s))) {
            rc = -1;
            goto out;
        }
        r->c[t->col].rowspan = rs;
        r->c[t->col].colspan = cs;
        r->c[t->col].flags |= t->flags;
        for (int y = t->row; y < t->row + rs; y++)
            for (int x = t->col; x < t->col + cs && x < tb->ncols; x++) {
                if (y == t->row && x == t->col)
                    continue;
                jx_cell *c = &g->rows[first + (size_t)y].c[x];
                c->s = "";
                c->n = 0;
                c->flags |= y > t->row ? JX_CELL_COVERED_UP : JX_CELL_COVERED_LEFT;
            }
    }
out:
    jx_tb_free(tb);
    return rc;
}

int jx_grid_append(jx_grid *dst, const jx_grid *src)
{
    for (size_t i = 0; i < src->nrows; i++) {
        const jx_grow *sr = &src->rows[i];
        jx_grow *r = jx_grid_add_row(dst, sr->n, sr->line, sr->page);
        if (!r)
            return -1;
        r->flags = sr->flags;
        r->off = sr->off;
        for (int k = 0; k < sr->n; k++) {
            if (jx_grid_set(dst, r, k, sr->c[k].s, sr->c[k].n))
                return -1;
            r->c[k].rowspan = sr->c[k].rowspan;
            r->c[k].colspan = sr->c[k].colspan;
            r->c[k].flags = sr->c[k].flags;
        }
    }
    return 0;
}

int jx_grid_outside(jx_grid *g, const char *s, size_t n, int line)
{
    jx_trim(&s, &n);
    if (!n)
        return 0;
    int cells = 1;
    for (size_t i = 0; i < n; i++)
        cells += s[i] == '\t';
    if (cells > JX_SHEET_COLS_MAX)
        cells = JX_SHEET_COLS_MAX;
    jx_grow *r = jx_grid_add_row(g, cells, line, 0);
    if (!r)
        return -1;
    r->flags |= JX_ROW_OUTSIDE;
    size_t st = 0;
    int k = 0;
    for (size_t i = 0; i <= n && k < cells; i++) {
        if (i < n && (s[i] != '\t' || k == cells - 1))
            continue;
        if (jx_grid_set(g, r, k++, s + st, i - st))
            return -1;
        st = i + 1;
    }
    while (r->n > 0 && !r->c[r->n - 1].n)
        r->n--;
    return 0;
}

/* ---- helper programs ---- */

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

int jx_run(char *const argv[], int timeout_s, size_t cap, char **out,
           size_t *outlen, int *status)
{
    int fd[2];
    *out = NULL;
    *outlen = 0;
    if (pipe(fd))
        return -1;
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, fd[1], 1);
    posix_spawn_file_actions_addclose(&fa, fd[0]);
    posix_spawn_file_actions_addclose(&fa, fd[1]);
    posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
    posix_spawnattr_t at;
    posix_spawnattr_init(&at);
    posix_spawnattr_setflags(&at, POSIX_SPAWN_SETPGROUP);
    posix_spawnattr_setpgroup(&at, 0);
    pid_t pid;
    int e = posix_spawnp(&pid, argv[0], &fa, &at, argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    posix_spawnattr_destroy(&at);
    close(fd[1]);
    if (e) {
        close(fd[0]);
        errno = e;
        return -1;
    }
    jx_buf b;
    jx_buf_init(&b);
    int why = 0;
    double end = now_s() + timeout_s;
    char tmp[65536];
    for (;;) {
        double left = end - now_s();
        if (left <= 0) {
            why = ETIMEDOUT;
            break;
        }
        struct pollfd p = {fd[0], POLLIN, 0};
        int pr = poll(&p, 1, (int)(left * 1000) + 1);
        if (pr < 0 && errno == EINTR)
            continue;
        if (pr <= 0)
            continue;
        ssize_t n = read(fd[0], tmp, sizeof tmp);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        if (b.len + (size_t)n > cap) {
            why = EFBIG;
            break;
        }
        if (jx_buf_put(&b, tmp, (size_t)n) < 0) {
            why = ENOMEM;
            break;
        }
    }
    close(fd[0]);
    /* output closed: the program should be ending; wait, but not forever */
    int st = 0;
    while (!why) {
        pid_t w = waitpid(pid, &st, WNOHANG);
        if (w == pid || (w < 0 && errno != EINTR))
            break;
        if (now_s() > end) {
            why = ETIMEDOUT;
            break;
        }
        struct timespec ts = {0, 20 * 1000 * 1000};
        nanosleep(&ts, NULL);
    }
    if (why) {
        kill(-pid, SIGKILL);
        while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
            ;
    }
    if (why) {
        jx_buf_free(&b);
        errno = why;
        return -1;
    }
    if (jx_buf_reserve(&b, 1) < 0) {
        jx_buf_free(&b);
        errno = ENOMEM;
        return -1;
    }
    if (!b.p && !(b.p = malloc(1))) {
        errno = ENOMEM;
        return -1;
    }
    b.p[b.len] = '\0';
    *out = b.p;
    *outlen = b.len;
    *status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
    return 0;
}

/* ---- office file -> records ---- */

/* Keeps only the grid --sheet / --table names; an error lists the names. */
static int select_grid(jx_grids *gs, const jx_parse_opts *o, const char *name,
                       jx_error *err)
{
    if (!o || (!o->sheet && o->table <= 0))
        return JX_OK;
    size_t pick = (size_t)-1;
    if (o->sheet) {
        char *end;
        long k = strtol(o->sheet, &end, 10);
        for (size_t i = 0; i < gs->n && pick == (size_t)-1; i++)
            if (gs->g[i]->name && !strcmp(gs->g[i]->name, o->sheet))
                pick = i;
        if (pick == (size_t)-1 && *o->sheet && !*end && k >= 1 && (size_t)k <= gs->n)
            pick = (size_t)k - 1;
    } else if ((size_t)o->table <= gs->n) {
        pick = (size_t)o->table - 1;
    }
    if (pick == (size_t)-1) {
        char list[512] = "";
        size_t w = 0;
        for (size_t i = 0; i < gs->n && w + 80 < sizeof list; i++)
            w += (size_t)snprintf(list + w, sizeof list - w, "%s%zu「%s」", i ? "、" : "",
                                  i + 1, gs->g[i]->name ? gs->g[i]->name : "");
        if (o->sheet)
            return jx_fail(err, JX_ENOTFOUND, name, 0, 0,
                           "没有工作表「%s」（共 %zu 个：%s）", o->sheet, gs->n, list);
        return jx_fail(err, JX_ENOTFOUND, name, 0, 0, "没有第 %d 个表格（共 %zu 个：%s）",
                       o->table, gs->n, list);
    }
    for (size_t i = 0; i < gs->n; i++)
        if (i != pick)
            jx_grid_free(gs->g[i]);
    gs->g[0] = gs->g[pick];
    gs->n = 1;
    return JX_OK;
}

/* libxml2 sets up its globals once, before any thread parses (batch). */
static void xml_init(void)
{
    xmlInitParser();
}

/* The grids of one file -> records of d (frees the grids). */
static int read_grids(jx_doc *d, jx_grids *gs, const jx_parse_opts *o, int rc,
                      jx_error *err)
{
    if (!rc)
        rc = select_grid(gs, o, jx_doc_source(d), err);
    for (size_t i = 0; !rc && i < gs->n; i++) {
        if (jx_records_is_schema(gs->g[i]))
            rc = jx_records_from_grid(d, gs->g[i], err);
        else
            rc = jx_interpret_grid(d, gs->g[i], err);
    }
    jx_grids_free(gs);
    return rc;
}

int jx_read_office(jx_doc *d, jx_format f, const char *data, size_t len,
                   const jx_parse_opts *o, jx_error *err)
{
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, xml_init);
    jx_grids gs = {0};
    const char *name = jx_doc_source(d);
    int rc;
    switch (f) {
    case JX_FMT_XLSX: rc = jx_grid_from_xlsx(&gs, data, len, name, err); break;
    case JX_FMT_DOCX: rc = jx_grid_from_docx(&gs, data, len, name, err); break;
    case JX_FMT_HTML: rc = jx_grid_from_html(&gs, data, len, name, err); break;
    case JX_FMT_PDF: rc = jx_grid_from_pdf(&gs, data, len, name, err); break;
    default: rc = jx_grid_from_legacy(&gs, data, len, name, err); break;
    }
    return read_grids(d, &gs, o, rc, err);
}

int jx_read_pdf_bbox(jx_doc *d, const char *xml, size_t len, const jx_parse_opts *o,
                     jx_error *err)
{
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, xml_init);
    jx_grids gs = {0};
    int rc = jx_grid_from_pdf_bbox(&gs, xml, len, jx_doc_source(d), err);
    return read_grids(d, &gs, o, rc, err);
}
