/*
 * http.c - the HTTP side of `jixiao serve` on libmicrohttpd: a bounded
 * thread pool, connection limits and timeouts, multipart uploads through
 * MHD_PostProcessor into memory within per-file, per-request, count and
 * all-requests limits, the access token, and the routes:
 *
 *   GET  /  /selfeval  /packs  /batch      the tabs
 *   POST /check  /template  /score  /batch the jobs (303 to the result)
 *   GET  /r/ID/  /r/ID/NAME                 a result and its files
 *   GET  /style.css  /app.js  /healthz
 *
 * A job runs in the pool thread that received the request, with its own
 * engine; a bad upload gets its answer (4xx, in Chinese) and nothing else
 * changes.
 */
#include <errno.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>

#include <microhttpd.h>

#include "serve.h"

static const sv_config *cfg;
static atomic_size_t inflight; /* upload bytes reserved by open requests */
static sem_t pdf_sem;

enum route { R_NONE, R_CHECK, R_TEMPLATE, R_SCORE, R_BATCH };

typedef struct req {
    enum route route;
    struct MHD_PostProcessor *pp;
    size_t reserved;  /* bytes of inflight held */
    size_t received;  /* body bytes seen */
    sv_files files;   /* in upload order */
    char rules[128];
    /* the part being received */
    int in_file;
    char part_key[32];
    char *cur;
    size_t cur_len, cur_cap;
    char *cur_name;
    /* the first thing wrong with the upload */
    int err_status;
    char err[600];
} req;

/* ---- responses ---- */

static const char csp_page[] =
    "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; "
    "form-action 'self'; frame-src 'self'; frame-ancestors 'none'; base-uri 'none'";
static const char csp_report[] =
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'; "
    "base-uri 'none'; sandbox allow-same-origin allow-modals";

static enum MHD_Result send_buf(struct MHD_Connection *con, unsigned status, const char *type,
                                char *p, size_t n, const char *csp)
{
    struct MHD_Response *resp =
        MHD_create_response_from_buffer(n, p ? p : (char *)"", p ? MHD_RESPMEM_MUST_FREE
                                                                 : MHD_RESPMEM_PERSISTENT);
    if (!resp) {
        free(p);
        return MHD_NO;
    }
    MHD_add_response_header(resp, "Content-Type", type);
    MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
    MHD_add_response_header(resp, "Referrer-Policy", "no-referrer");
    MHD_add_response_header(resp, "Cache-Control", "no-store");
    if (csp)
        MHD_add_response_header(resp, "Content-Security-Policy", csp);
    enum MHD_Result r = MHD_queue_response(con, status, resp);
    MHD_destroy_response(resp);
    return r;
}

static enum MHD_Result send_static(struct MHD_Connection *con, const char *type, const char *s)
{
    struct MHD_Response *resp =
        MHD_create_response_from_buffer(strlen(s), (void *)s, MHD_RESPMEM_PERSISTENT);
    if (!resp)
        return MHD_NO;
    MHD_add_response_header(resp, "Content-Type", type);
    MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
    MHD_add_response_header(resp, "Cache-Control", "max-age=300");
    enum MHD_Result r = MHD_queue_response(con, MHD_HTTP_OK, resp);
    MHD_destroy_response(resp);
    return r;
}

static enum MHD_Result send_page(struct MHD_Connection *con, unsigned status, sv_buf *b)
{
    if (sv_buf_failed(b) || !b->p) {
        sv_buf_free(b);
        return send_buf(con, MHD_HTTP_INTERNAL_SERVER_ERROR, "text/plain; charset=utf-8",
                        strdup("内存不足"), strlen("内存不足"), NULL);
    }
    char *p = b->p;
    size_t n = b->len;
    b->p = NULL;
    return send_buf(con, status, "text/html; charset=utf-8", p, n, csp_page);
}

/* A page saying what went wrong, with the tab's forms to try again. */
static enum MHD_Result send_message(struct MHD_Connection *con, unsigned status, sv_tab tab,
                                    const char *msg)
{
    sv_buf body, b;
    sv_buf_init(&body);
    sv_buf_init(&b);
    sv_buf_puts(&body, "<section class=\"card result\"><h2>出错了</h2><div class=\"errors\" id=\"errors\">");
    sv_escape(&body, msg);
    sv_buf_puts(&body, "</div></section>\n");
    sv_buf_putc(&body, '\0');
    sv_page(&b, cfg, tab, body.p ? body.p : "", status != MHD_HTTP_UNAUTHORIZED &&
                                                    status != MHD_HTTP_NOT_FOUND);
    sv_buf_free(&body);
    return send_page(con, status, &b);
}

static enum MHD_Result redirect(struct MHD_Connection *con, const char *to, const char *cookie)
{
    struct MHD_Response *resp = MHD_create_response_from_buffer(0, (void *)"", MHD_RESPMEM_PERSISTENT);
    if (!resp)
        return MHD_NO;
    MHD_add_response_header(resp, "Location", to);
    MHD_add_response_header(resp, "Cache-Control", "no-store");
    if (cookie)
        MHD_add_response_header(resp, "Set-Cookie", cookie);
    enum MHD_Result r = MHD_queue_response(con, MHD_HTTP_SEE_OTHER, resp);
    MHD_destroy_response(resp);
    return r;
}

/* ---- token ---- */

static int same(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    unsigned char d = (unsigned char)(la != lb);
    for (size_t i = 0; i < la; i++)
        d |= (unsigned char)(a[i] ^ b[i % (lb ? lb : 1)]);
    return !d;
}

static int authorized(struct MHD_Connection *con)
{
    if (!cfg->token)
        return 1;
    const char *c = MHD_lookup_connection_value(con, MHD_COOKIE_KIND, "jixiao_token");
    if (c && same(c, cfg->token))
        return 1;
    const char *h = MHD_lookup_connection_value(con, MHD_HEADER_KIND, "Authorization");
    return h && !strncmp(h, "Bearer ", 7) && same(h + 7, cfg->token);
}

/* A POST from another site's page (Origin not this host) is refused. */
static int same_origin(struct MHD_Connection *con)
{
    const char *o = MHD_lookup_connection_value(con, MHD_HEADER_KIND, "Origin");
    const char *h = MHD_lookup_connection_value(con, MHD_HEADER_KIND, "Host");
    if (!o || !strcmp(o, "null"))
        return !o || !cfg->token; /* "null": a file:// page, sandbox */
    const char *s = strstr(o, "://");
    return h && s && !strcmp(s + 3, h);
}

/* ---- uploads ---- */

static void fail(req *r, int status, const char *fmt, ...) SV_PRINTF(3, 4);
static void fail(req *r, int status, const char *fmt, ...)
{
    if (r->err_status)
        return;
    r->err_status = status;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(r->err, sizeof r->err, fmt, ap);
    va_end(ap);
}

/* The part received so far becomes a file (or is dropped after an error). */
static void end_part(req *r)
{
    if (!r->in_file)
        return;
    r->in_file = 0;
    char *data = r->cur, *name = r->cur_name;
    r->cur = NULL;
    r->cur_name = NULL;
    size_t len = r->cur_len;
    r->cur_len = r->cur_cap = 0;
    if (r->err_status) {
        free(data);
        free(name);
        return;
    }
    static const char *const fields[] = {"file", "targets", "filled"};
    const char *field = NULL;
    for (size_t i = 0; i < SV_ARRAY_LEN(fields); i++)
        if (!strcmp(r->part_key, fields[i]))
            field = fields[i];
    if (!field) {
        free(data); /* a field the forms do not have */
    } else if (sv_files_add(&r->files, name, data ? data : calloc(1, 1), len)) {
        fail(r, MHD_HTTP_INTERNAL_SERVER_ERROR, "内存不足");
    } else {
        r->files.v[r->files.n - 1].field = field;
    }
    free(name);
}

static enum MHD_Result on_part(void *cls, enum MHD_ValueKind kind, const char *key,
                               const char *filename, const char *content_type,
                               const char *transfer_encoding, const char *data, uint64_t off,
                               size_t size)
{
    req *r = cls;
    (void)kind;
    (void)content_type;
    (void)transfer_encoding;
    if (!filename) { /* a plain field: only rules */
        end_part(r);
        if (key && !strcmp(key, "rules")) {
            if (off + size >= sizeof r->rules) {
                fail(r, MHD_HTTP_BAD_REQUEST, "规则包名称过长");
            } else {
                memcpy(r->rules + off, data, size);
                r->rules[off + size] = '\0';
            }
        }
        return MHD_YES;
    }
    if (!*filename)
        return MHD_YES; /* an empty file input */
    if (off == 0) {
        end_part(r);
        /* each further file must fit the count */
        if (r->files.n + 1 > cfg->max_files)
            fail(r, MHD_HTTP_CONTENT_TOO_LARGE, "一次最多上传 %zu 个文件（可以打包成 zip 上传到批量）",
                 cfg->max_files);
        if (r->err_status)
            return MHD_YES;
        r->in_file = 1;
        snprintf(r->part_key, sizeof r->part_key, "%s", key ? key : "");
        r->cur_name = strdup(filename);
        if (!r->cur_name)
            fail(r, MHD_HTTP_INTERNAL_SERVER_ERROR, "内存不足");
    }
    if (r->err_status || !r->in_file)
        return MHD_YES;
    if (r->cur_len + size > cfg->max_file) {
        char a[32];
        sv_format_size(cfg->max_file, a, sizeof a);
        char *label = sv_label(r->cur_name);
        fail(r, MHD_HTTP_CONTENT_TOO_LARGE, "文件「%s」超过 %s 的上限", label ? label : "", a);
        free(label);
        return MHD_YES;
    }
    if (r->cur_len + size > r->cur_cap) {
        size_t cap = r->cur_cap ? r->cur_cap : 64 << 10;
        while (cap < r->cur_len + size)
            cap *= 2;
        char *p = realloc(r->cur, cap);
        if (!p) {
            fail(r, MHD_HTTP_INTERNAL_SERVER_ERROR, "内存不足");
            return MHD_YES;
        }
        r->cur = p;
        r->cur_cap = cap;
    }
    memcpy(r->cur + r->cur_len, data, size);
    r->cur_len += size;
    return MHD_YES;
}

static void req_free(req *r)
{
    if (!r)
        return;
    if (r->pp)
        MHD_destroy_post_processor(r->pp);
    sv_files_free(&r->files);
    free(r->cur);
    free(r->cur_name);
    atomic_fetch_sub(&inflight, r->reserved);
    free(r);
}

static void on_done(void *cls, struct MHD_Connection *con, void **con_cls,
                    enum MHD_RequestTerminationCode toe)
{
    (void)cls;
    (void)con;
    (void)toe;
    req_free(*con_cls);
    *con_cls = NULL;
}

/* ---- jobs ---- */

static const sv_file *field_file(const req *r, const char *key)
{
    for (size_t i = 0; i < r->files.n; i++)
        if (!strcmp(r->files.v[i].field, key))
            return &r->files.v[i];
    return NULL;
}

static sv_tab route_tab(enum route rt)
{
    return rt == R_CHECK ? SV_TAB_CHECK : rt == R_BATCH ? SV_TAB_BATCH : SV_TAB_SELFEVAL;
}

/* Zips in a batch upload become their entries. */
static int expand_zips(req *r, char *err, size_t errn)
{
    sv_files out = {0};
    for (size_t i = 0; i < r->files.n; i++) {
        sv_file *f = &r->files.v[i];
        if (sv_is_zip(f->data, f->len) && strstr(f->name, ".zip")) {
            if (sv_unzip(f->data, f->len, f->name, cfg, &out, err, errn)) {
                sv_files_free(&out);
                return -1;
            }
            continue;
        }
        if (out.n >= cfg->max_files) {
            snprintf(err, errn, "一次最多处理 %zu 个文件", cfg->max_files);
            sv_files_free(&out);
            return -1;
        }
        if (sv_files_add(&out, f->name, f->data, f->len)) {
            snprintf(err, errn, "内存不足");
            sv_files_free(&out);
            return -1;
        }
        f->data = NULL; /* moved */
    }
    sv_files_free(&r->files);
    r->files = out;
    return 0;
}

static const char *download_name(const char *name)
{
    if (!strcmp(name, "template.xlsx"))
        return "%E8%87%AA%E8%AF%84%E5%A1%AB%E6%8A%A5%E8%A1%A8.xlsx"; /* 自评填报表 */
    if (!strcmp(name, "scored.xlsx"))
        return "%E8%87%AA%E8%AF%84%E8%A1%A8.xlsx"; /* 自评表 */
    if (!strcmp(name, "report.pdf"))
        return "%E8%87%AA%E8%AF%84%E6%8A%A5%E5%91%8A.pdf"; /* 自评报告 */
    return NULL;
}

static enum MHD_Result send_art(struct MHD_Connection *con, const char *name, const char *type,
                                char *p, size_t n)
{
    int html = strstr(type, "text/html") != NULL;
    struct MHD_Response *resp = MHD_create_response_from_buffer(n, p, MHD_RESPMEM_MUST_FREE);
    if (!resp) {
        free(p);
        return MHD_NO;
    }
    MHD_add_response_header(resp, "Content-Type", type);
    MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
    MHD_add_response_header(resp, "Referrer-Policy", "no-referrer");
    MHD_add_response_header(resp, "Cache-Control", "no-store");
    if (html) {
        MHD_add_response_header(resp, "Content-Security-Policy",
                                !strcmp(name, "index.html") ? csp_page : csp_report);
    } else {
        char cd[300];
        const char *u = download_name(name);
        if (u)
            snprintf(cd, sizeof cd, "attachment; filename=\"%s\"; filename*=UTF-8''%s", name, u);
        else
            snprintf(cd, sizeof cd, "attachment; filename=\"%s\"", name);
        MHD_add_response_header(resp, "Content-Disposition", cd);
    }
    enum MHD_Result r = MHD_queue_response(con, MHD_HTTP_OK, resp);
    MHD_destroy_response(resp);
    return r;
}

static enum MHD_Result run_job(struct MHD_Connection *con, req *r)
{
    sv_tab tab = route_tab(r->route);
    if (r->err_status)
        return send_message(con, (unsigned)r->err_status, tab, r->err);
    const char *pack = r->rules[0] ? r->rules : cfg->rules;
    if (!sv_pack_known(pack))
        return send_message(con, MHD_HTTP_BAD_REQUEST, tab, "没有这个规则包（见「规则包」页）");
    char err[600];
    if (r->route == R_BATCH && expand_zips(r, err, sizeof err))
        return send_message(con, MHD_HTTP_CONTENT_TOO_LARGE, tab, err);
    const sv_file *targets = field_file(r, "targets"), *filled = field_file(r, "filled");
    if (!r->files.n || (r->route == R_TEMPLATE && !targets) || (r->route == R_SCORE && !filled))
        return send_message(con, MHD_HTTP_BAD_REQUEST, tab, "请先选择要上传的文件");
    sv_res res;
    sv_res_init(&res);
    switch (r->route) {
    case R_CHECK:
        sv_job_check(pack, &r->files, &res);
        break;
    case R_TEMPLATE:
        sv_job_template(pack, targets, &res);
        break;
    case R_SCORE:
        sv_job_score(pack, targets, filled, &res);
        break;
    default:
        sv_job_batch(pack, &r->files, &res);
        break;
    }
    enum MHD_Result ret;
    if (res.download && res.status == 200) { /* the template: the file itself */
        sv_art *a = &res.art[res.nart - 1];
        char *p = a->p;
        a->p = NULL;
        ret = send_art(con, a->name, a->type, p, a->n);
    } else if (res.status != 200 || !res.nart) {
        sv_buf b;
        sv_buf_init(&b);
        sv_page_result(&b, cfg, tab, &res, NULL);
        ret = send_page(con, res.status == 200 ? 422 : (unsigned)res.status, &b);
    } else {
        sv_buf b;
        sv_buf_init(&b);
        sv_page_result(&b, cfg, tab, &res, "");
        char id[33], to[64];
        int bad = sv_buf_failed(&b) || !b.p;
        if (bad)
            sv_buf_free(&b);
        else
            bad = sv_res_add(&res, "index.html", "text/html; charset=utf-8", "", b.p, b.len);
        b.p = NULL; /* taken by res, or freed */
        if (bad) {
            ret = send_message(con, MHD_HTTP_INTERNAL_SERVER_ERROR, tab, "内存不足");
        } else if (sv_store_put(&res, id)) {
            ret = send_message(con, MHD_HTTP_SERVICE_UNAVAILABLE, tab,
                               "结果无法保存（内存或磁盘已满），请稍后再试");
        } else {
            snprintf(to, sizeof to, "/r/%s/", id);
            ret = redirect(con, to, NULL);
        }
        sv_buf_free(&b);
    }
    sv_res_free(&res);
    return ret;
}

/* ---- GET ---- */

/* /r/ID/NAME; the PDF is made from the report the first time it is asked. */
static enum MHD_Result get_result(struct MHD_Connection *con, const char *url)
{
    char id[33] = "", name[48] = "index.html";
    const char *s = url + 3, *slash = strchr(s, '/');
    if (!slash || slash - s != 32)
        return send_message(con, MHD_HTTP_NOT_FOUND, SV_TAB_CHECK, "没有这个结果（可能已过期）");
    memcpy(id, s, 32);
    if (slash[1])
        snprintf(name, sizeof name, "%s", slash + 1);
    char *p = NULL;
    size_t n = 0;
    const char *type = NULL;
    if (!sv_store_get(id, name, &p, &n, &type))
        return send_art(con, name, type, p, n);
    if (strcmp(name, "report.pdf") || sv_store_get(id, "report.html", &p, &n, &type))
        return send_message(con, MHD_HTTP_NOT_FOUND, SV_TAB_CHECK, "没有这个结果（可能已过期）");
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    ts.tv_sec += 120;
    if (sem_timedwait(&pdf_sem, &ts)) {
        free(p);
        return send_message(con, MHD_HTTP_SERVICE_UNAVAILABLE, SV_TAB_SELFEVAL,
                            "正在生成的 PDF 太多，请稍后再试");
    }
    char *pdf = NULL, err[1024];
    size_t pn = 0;
    int rc = sv_job_pdf(p, n, &pdf, &pn, err, sizeof err);
    sem_post(&pdf_sem);
    free(p);
    if (rc)
        return send_message(con, MHD_HTTP_INTERNAL_SERVER_ERROR, SV_TAB_SELFEVAL, err);
    sv_store_add(id, "report.pdf", "application/pdf", pdf, pn);
    return send_art(con, "report.pdf", "application/pdf", pdf, pn);
}

static enum MHD_Result get(struct MHD_Connection *con, const char *url)
{
    if (!strcmp(url, "/style.css"))
        return send_static(con, "text/css; charset=utf-8", sv_css());
    if (!strcmp(url, "/app.js"))
        return send_static(con, "text/javascript; charset=utf-8", sv_js());
    if (!strcmp(url, "/favicon.ico")) /* none: say so without an error */
        return send_buf(con, MHD_HTTP_NO_CONTENT, "image/x-icon", NULL, 0, NULL);
    if (!strcmp(url, "/healthz"))
        return send_static(con, "text/plain; charset=utf-8", "ok\n");
    const char *q = MHD_lookup_connection_value(con, MHD_GET_ARGUMENT_KIND, "token");
    if (cfg->token && q && same(q, cfg->token)) {
        /* the link with ?token= sets the cookie, then the plain URL */
        char cookie[600];
        snprintf(cookie, sizeof cookie, "jixiao_token=%s; Path=/; HttpOnly; SameSite=Strict",
                 cfg->token);
        return redirect(con, url[0] == '/' && !strchr(url, '\r') && !strchr(url, '\n') &&
                                     url[1] != '/' ? url : "/", cookie);
    }
    if (!authorized(con))
        return send_message(con, MHD_HTTP_UNAUTHORIZED, SV_TAB_CHECK,
                            "需要访问口令：请用管理员给的链接打开（形如 http://服务器:端口/?token=…）");
    static const struct { const char *url; sv_tab tab; } tabs[] = {
        {"/", SV_TAB_CHECK},       {"/check", SV_TAB_CHECK}, {"/selfeval", SV_TAB_SELFEVAL},
        {"/template", SV_TAB_SELFEVAL}, {"/score", SV_TAB_SELFEVAL}, {"/packs", SV_TAB_PACKS},
        {"/batch", SV_TAB_BATCH}};
    for (size_t i = 0; i < SV_ARRAY_LEN(tabs); i++) {
        if (!strcmp(url, tabs[i].url)) {
            sv_buf b;
            sv_buf_init(&b);
            sv_page(&b, cfg, tabs[i].tab, NULL, 1);
            return send_page(con, MHD_HTTP_OK, &b);
        }
    }
    if (!strncmp(url, "/r/", 3))
        return get_result(con, url);
    return send_message(con, MHD_HTTP_NOT_FOUND, SV_TAB_CHECK, "没有这个页面");
}

/* ---- the handler ---- */

static enum route post_route(const char *url)
{
    return !strcmp(url, "/check")      ? R_CHECK
           : !strcmp(url, "/template") ? R_TEMPLATE
           : !strcmp(url, "/score")    ? R_SCORE
           : !strcmp(url, "/batch")    ? R_BATCH
                                       : R_NONE;
}

/* First call of a POST: may it upload?  Queues the refusal if not. */
static enum MHD_Result post_begin(struct MHD_Connection *con, const char *url, void **con_cls)
{
    enum route rt = post_route(url);
    if (rt == R_NONE)
        return send_message(con, MHD_HTTP_NOT_FOUND, SV_TAB_CHECK, "没有这个页面");
    sv_tab tab = route_tab(rt);
    if (!authorized(con))
        return send_message(con, MHD_HTTP_UNAUTHORIZED, tab, "需要访问口令：请用管理员给的链接打开");
    if (!same_origin(con))
        return send_message(con, MHD_HTTP_FORBIDDEN, tab, "拒绝来自其他网站的提交");
    const char *cl = MHD_lookup_connection_value(con, MHD_HEADER_KIND, "Content-Length");
    size_t want = cfg->max_request;
    if (cl) {
        char *end;
        errno = 0;
        unsigned long long v = strtoull(cl, &end, 10);
        if (errno || *end || v > cfg->max_request) {
            char a[32];
            sv_format_size(cfg->max_request, a, sizeof a);
            char msg[200];
            snprintf(msg, sizeof msg, "上传的内容超过 %s 的上限，请分批上传", a);
            return send_message(con, MHD_HTTP_CONTENT_TOO_LARGE, tab, msg);
        }
        want = (size_t)v;
    }
    if (atomic_fetch_add(&inflight, want) + want > cfg->max_inflight) {
        atomic_fetch_sub(&inflight, want);
        return send_message(con, MHD_HTTP_SERVICE_UNAVAILABLE, tab,
                            "服务器正忙（同时上传的内容太多），请稍后再试");
    }
    req *r = calloc(1, sizeof *r);
    if (!r) {
        atomic_fetch_sub(&inflight, want);
        return MHD_NO;
    }
    r->route = rt;
    r->reserved = want;
    r->pp = MHD_create_post_processor(con, 64 << 10, on_part, r);
    *con_cls = r;
    if (!r->pp)
        fail(r, MHD_HTTP_BAD_REQUEST, "请用网页上的表单上传文件（multipart/form-data）");
    return MHD_YES;
}

static enum MHD_Result handler(void *cls, struct MHD_Connection *con, const char *url,
                               const char *method, const char *version, const char *upload_data,
                               size_t *upload_data_size, void **con_cls)
{
    (void)cls;
    (void)version;
    int is_post = !strcmp(method, MHD_HTTP_METHOD_POST);
    if (!*con_cls && !is_post) {
        if (strcmp(method, MHD_HTTP_METHOD_GET) && strcmp(method, MHD_HTTP_METHOD_HEAD))
            return send_buf(con, MHD_HTTP_METHOD_NOT_ALLOWED, "text/plain; charset=utf-8",
                            strdup("只支持 GET 和 POST\n"), strlen("只支持 GET 和 POST\n"), NULL);
        if (*upload_data_size) /* a GET with a body */
            return MHD_NO;
        return get(con, url);
    }
    if (!*con_cls)
        return post_begin(con, url, con_cls);
    req *r = *con_cls;
    if (*upload_data_size) {
        size_t n = *upload_data_size;
        r->received += n;
        *upload_data_size = 0;
        if (r->received > cfg->max_request) {
            /* only a body without Content-Length gets here: answer now and
             * close rather than read on */
            char a[32];
            sv_format_size(cfg->max_request, a, sizeof a);
            char msg[200];
            snprintf(msg, sizeof msg, "上传的内容超过 %s 的上限，请分批上传", a);
            return send_message(con, MHD_HTTP_CONTENT_TOO_LARGE, route_tab(r->route), msg);
        }
        /* after an error the rest of the body is read and dropped, so the
         * browser gets the answer (a reset connection would lose it) */
        if (!r->err_status && r->pp &&
            MHD_post_process(r->pp, upload_data, n) == MHD_NO)
            fail(r, MHD_HTTP_BAD_REQUEST, "上传的表单无法解析");
        return MHD_YES;
    }
    end_part(r);
    return run_job(con, r);
}

/* ---- start, wait, stop ---- */

static int parse_addr(const char *host, unsigned short port, struct sockaddr_storage *ss,
                      socklen_t *len, int *v6)
{
    memset(ss, 0, sizeof *ss);
    struct sockaddr_in *a4 = (struct sockaddr_in *)ss;
    struct sockaddr_in6 *a6 = (struct sockaddr_in6 *)ss;
    if (inet_pton(AF_INET, host, &a4->sin_addr) == 1) {
        a4->sin_family = AF_INET;
        a4->sin_port = htons(port);
        *len = sizeof *a4;
        *v6 = 0;
        return 0;
    }
    if (inet_pton(AF_INET6, host, &a6->sin6_addr) == 1) {
        a6->sin6_family = AF_INET6;
        a6->sin6_port = htons(port);
        *len = sizeof *a6;
        *v6 = 1;
        return 0;
    }
    return -1;
}

int sv_run(const sv_config *c)
{
    cfg = c;
    if (sem_init(&pdf_sem, 0, c->pdf_jobs ? c->pdf_jobs : 1))
        return 2;
    struct sockaddr_storage ss;
    socklen_t sl;
    int v6;
    if (parse_addr(c->host, c->port, &ss, &sl, &v6)) {
        fprintf(stderr, "jixiao serve: 无法识别的地址 %s（请写 IP 地址，如 127.0.0.1 或 ::1）\n", c->host);
        return 2;
    }
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &set, NULL); /* the pool threads inherit it */
    signal(SIGPIPE, SIG_IGN);
    struct MHD_Daemon *d = MHD_start_daemon(
        MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_AUTO | MHD_USE_ERROR_LOG | (v6 ? MHD_USE_IPv6 : 0),
        c->port, NULL, NULL, handler, NULL,
        MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&ss,
        MHD_OPTION_THREAD_POOL_SIZE, (unsigned int)c->threads,
        MHD_OPTION_CONNECTION_LIMIT, (unsigned int)c->max_conn,
        MHD_OPTION_PER_IP_CONNECTION_LIMIT, (unsigned int)c->max_conn,
        MHD_OPTION_CONNECTION_TIMEOUT, (unsigned int)120,
        MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)(256 << 10),
        MHD_OPTION_LISTEN_BACKLOG_SIZE, (unsigned int)128,
        MHD_OPTION_NOTIFY_COMPLETED, on_done, NULL,
        MHD_OPTION_END);
    if (!d) {
        fprintf(stderr, "jixiao serve: 无法在 %s:%u 上监听（端口被占用，或没有权限）\n", c->host,
                (unsigned)c->port);
        return 2;
    }
    const union MHD_DaemonInfo *info = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
    unsigned port = info ? info->port : c->port;
    fprintf(stderr, "jixiao serve: 正在监听 http://%s%s%s:%u/ （%u 个工作线程；Ctrl-C 停止）\n",
            v6 ? "[" : "", c->host, v6 ? "]" : "", port, c->threads);
    fflush(stderr);
    int sig = 0;
    sigwait(&set, &sig);
    fprintf(stderr, "jixiao serve: 收到信号 %d，停止\n", sig);
    MHD_stop_daemon(d);
    sem_destroy(&pdf_sem);
    return 0;
}
