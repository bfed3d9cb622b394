/*
 * cmd_serve.c - `jixiao serve`: options and limits, then the server
 * (http.c).  Loopback by default; an address beyond it needs --token.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "serve.h"

static void help(FILE *f)
{
    if (cli_help_english()) {
        fputs("Usage: jixiao serve [--listen 127.0.0.1:8080] [--rules PACK] [--data DIR]\n"
              "                    [--token TOKEN | --token-file FILE] [OPTIONS]\n"
              "\n"
              "Serves the jobs of jixiao as one web page in Chinese for officers who use a\n"
              "browser only: 审核 (findings), 自评 (Excel template; the filled sheet scored\n"
              "as HTML, XLSX, PDF), 规则包 (the installed packs), 批量 (many files or a zip).\n"
              "Uploads stay in memory; nothing is sent anywhere.\n"
              "\n"
              "  --listen ADDR:PORT  default 127.0.0.1:8080 (port 0: any free port)\n"
              "  --rules PACK     default pack in the forms (default national)\n"
              "  --data DIR       keep results (and temporary files) under DIR; without it\n"
              "                   results live in memory only\n"
              "  --token TOKEN    ask for TOKEN (link ?token=, cookie, or Authorization:\n"
              "                   Bearer); required when ADDR is not loopback\n"
              "  --token-file F   the token from the first line of F (not visible in ps)\n"
              "  --threads N      worker threads (default 4)\n"
              "  --max-upload SIZE  per file (default 20M)\n"
              "  --max-files N    files per upload, zip entries included (default 200)\n"
              "  -h, --help       this help (--help=zh: in Chinese)\n",
              f);
        return;
    }
    fputs("用法: jixiao serve [--listen 127.0.0.1:8080] [--rules 规则包] [--data 目录]\n"
          "                   [--token 口令 | --token-file 文件] [选项]\n"
          "\n"
          "以一个中文网页提供 jixiao 的各项工作，给只用浏览器的评价人员：审核（审核意见）、\n"
          "自评（下载 Excel 填报表；上传填好的表得到自评表网页、Excel、PDF）、规则包\n"
          "（本机安装的规则包）、批量（多个文件或一个 zip）。上传的文件只在内存中处理，\n"
          "不会发到别处。\n"
          "\n"
          "  --listen 地址:端口  默认 127.0.0.1:8080（端口 0：任选空闲端口）\n"
          "  --rules 规则包   表单中默认的规则包（默认 national）\n"
          "  --data 目录      结果（和临时文件）保存在该目录下；不给时结果只在内存中\n"
          "  --token 口令     访问需要口令（链接 ?token=、Cookie 或 Authorization: Bearer）；\n"
          "                   监听非本机地址时必须给\n"
          "  --token-file 文件  口令取自该文件第一行（不会出现在进程列表里）\n"
          "  --threads N      工作线程数（默认 4）\n"
          "  --max-upload 大小  每个文件的上限（默认 20M）\n"
          "  --max-files N    每次上传的文件数上限，含 zip 中的文件（默认 200）\n"
          "  -h, --help       本帮助（--help=en 英文）\n"
          "\n"
          "对外提供服务时请只监听 127.0.0.1，由 nginx 提供 HTTPS（见 README）。\n",
          f);
}

static int loopback(const char *host)
{
    return !strncmp(host, "127.", 4) || !strcmp(host, "::1");
}

/* "HOST:PORT", "[V6]:PORT" or ":PORT" / "PORT" (loopback). */
static int parse_listen(const char *s, char *host, size_t hn, unsigned short *port)
{
    const char *colon;
    if (s[0] == '[') {
        const char *end = strchr(s, ']');
        if (!end || end[1] != ':')
            return -1;
        snprintf(host, hn, "%.*s", (int)(end - s - 1), s + 1);
        colon = end + 1;
    } else {
        colon = strrchr(s, ':');
        if (!colon) {
            snprintf(host, hn, "127.0.0.1");
            colon = s - 1;
        } else if (colon == s) {
            snprintf(host, hn, "127.0.0.1");
        } else {
            snprintf(host, hn, "%.*s", (int)(colon - s), s);
        }
    }
    if (!strcmp(host, "localhost"))
        snprintf(host, hn, "127.0.0.1");
    char *end;
    errno = 0;
    long p = strtol(colon + 1, &end, 10);
    if (errno || *end || end == colon + 1 || p < 0 || p > 65535)
        return -1;
    *port = (unsigned short)p;
    return 0;
}

static int read_token(const char *path, char *buf, size_t n)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return -1;
    int ok = fgets(buf, (int)n, f) != NULL;
    fclose(f);
    if (!ok)
        return -1;
    buf[strcspn(buf, "\r\n")] = '\0';
    return buf[0] ? 0 : -1;
}

static int token_ok(const char *t)
{
    if (strlen(t) < 16)
        return 0;
    for (const char *p = t; *p; p++)
        if (*p <= ' ' || *p == ';' || *p == ',' || *p == '"' || *p == '\\' || *p == 0x7f)
            return 0;
    return 1;
}

/* --data DIR: created (0700), absolute; temporary files go to DIR/tmp. */
static int data_dir(const char *dir, char *out, size_t n)
{
    if (mkdir(dir, 0700) && errno != EEXIST)
        return -1;
    char real[PATH_MAX];
    if (!realpath(dir, real) || strlen(real) >= n - 8)
        return -1;
    snprintf(out, n, "%s", real);
    char tmp[PATH_MAX + 8];
    snprintf(tmp, sizeof tmp, "%s/tmp", real);
    if (mkdir(tmp, 0700) && errno != EEXIST)
        return -1;
    return setenv("TMPDIR", tmp, 1);
}

/* What the options say before they are checked. */
typedef struct serve_args {
    const char *listen, *data, *token, *token_file, *threads, *max_upload, *max_files;
} serve_args;

/* A whole number in [lo, hi] for option name; prints the error. */
static int count_opt(const char *name, const char *v, long lo, long hi, long *out)
{
    char *end;
    long n = strtol(v, &end, 10);
    if (*end || n < lo || n > hi) {
        cli_usage_error("serve", "%s 需要 %ld 到 %ld 之间的整数", name, lo, hi);
        return 1;
    }
    *out = n;
    return 0;
}

/* The options into c; JX_EXIT_USAGE (message printed) or 0. */
static int serve_options(const serve_args *a, sv_config *c)
{
    static char host[256], data[PATH_MAX], token[512];
    long n;
    if (a->token) {
        snprintf(token, sizeof token, "%s", a->token);
        c->token = token;
    }
    if (a->threads) {
        if (count_opt("--threads", a->threads, 1, 256, &n))
            return JX_EXIT_USAGE;
        c->threads = (unsigned)n;
    }
    if (a->max_upload && cli_max_input("serve", a->max_upload, &c->max_file))
        return JX_EXIT_USAGE;
    if (a->max_files) {
        if (count_opt("--max-files", a->max_files, 1, 100000, &n))
            return JX_EXIT_USAGE;
        c->max_files = (size_t)n;
    }
    if (a->listen && parse_listen(a->listen, host, sizeof host, &c->port))
        return cli_usage_error("serve", "--listen 的值「%s」不对：应为 地址:端口，如 127.0.0.1:8080", a->listen);
    if (a->listen)
        c->host = host;
    if (a->token_file && read_token(a->token_file, token, sizeof token))
        return cli_usage_error("serve", "无法从 %s 读出口令", a->token_file);
    if (a->token_file)
        c->token = token;
    if (c->token && !token_ok(c->token))
        return cli_usage_error("serve", "口令至少 16 个字符，且不含空白、引号、分号、逗号"
                                        "（可用 openssl rand -hex 16 生成）");
    if (!loopback(c->host) && !c->token)
        return cli_usage_error("serve", "监听非本机地址 %s 时必须用 --token 设访问口令；"
                                        "或者只监听 127.0.0.1，由 nginx 等反向代理对外提供（见 README）",
                               c->host);
    if (a->data && data_dir(a->data, data, sizeof data))
        return cli_usage_error("serve", "无法使用数据目录 %s：%s", a->data, strerror(errno));
    if (a->data)
        c->data_dir = data;
    return 0;
}

/* Request limits from the largest upload: all the files, and the form
 * around them. */
static void serve_limits(sv_config *c)
{
    c->max_request = c->max_file * 5 + ((size_t)1 << 20);
    c->max_inflight = c->max_request * 4;
    if (c->max_request < ((size_t)100 << 20))
        c->max_request = (size_t)100 << 20;
    if (c->max_inflight < ((size_t)400 << 20))
        c->max_inflight = (size_t)400 << 20;
    c->zip_total = c->max_request * 2;
}

/* The packs offered, the store, then the server until it stops. */
static int serve_run(sv_config *c)
{
    char self[PATH_MAX], err[1024] = "";
    ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    if (n <= 0)
        return cli_usage_error("serve", "无法确定 jixiao 程序的位置");
    self[n] = '\0';
    if (sv_packs_load(self, c->rules, err, sizeof err)) {
        fprintf(stderr, "jixiao serve: %s\n", err);
        sv_packs_free();
        return JX_EXIT_USAGE;
    }
    if (sv_store_init(c)) {
        fprintf(stderr, "jixiao serve: 无法准备结果存储\n");
        sv_packs_free();
        return JX_EXIT_USAGE;
    }
    int rc = sv_run(c);
    sv_store_free();
    sv_packs_free();
    return rc;
}

int cmd_serve(int argc, char **argv)
{
    if (cli_is_help(argc, argv)) {
        help(stdout);
        return JX_EXIT_OK;
    }
    sv_config c = {.host = "127.0.0.1", .port = 8080, .rules = "national", .threads = 4,
                   .max_conn = 64, .max_file = (size_t)20 << 20, .max_files = 200,
                   .zip_entries = 1000, .zip_total = (size_t)200 << 20,
                   .store_results = 500, .store_bytes = (size_t)256 << 20, .pdf_jobs = 1};
    serve_args a = {0};
    const cli_option opts[] = {{"--listen", NULL, &a.listen, NULL, 0},
                               {"--rules", NULL, &c.rules, NULL, 0},
                               {"--data", NULL, &a.data, NULL, 0},
                               {"--token", NULL, &a.token, NULL, 0},
                               {"--token-file", NULL, &a.token_file, NULL, 0},
                               {"--threads", NULL, &a.threads, NULL, 0},
                               {"--max-upload", NULL, &a.max_upload, NULL, 0},
                               {"--max-files", NULL, &a.max_files, NULL, 0},
                               {NULL, NULL, NULL, NULL, 0}};
    char **pos = calloc((size_t)argc, sizeof *pos);
    int npos = 0;
    if (!pos)
        return JX_EXIT_USAGE;
    int bad = cli_parse("serve", argc, argv, opts, NULL, pos, &npos);
    /* serve reads no file: an argument of its own is a mistake */
    if (!bad && npos)
        bad = cli_usage_error("serve", "未知选项 %s（见 jixiao serve --help）", pos[0]);
    free(pos);
    if (bad || serve_options(&a, &c))
        return JX_EXIT_USAGE;
    serve_limits(&c);
    return serve_run(&c);
}
