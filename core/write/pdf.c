/*
 * pdf.c - the printable report as PDF: the HTML page printed by headless
 * Chromium (`--print-to-pdf`), started with posix_spawn, killed after a
 * timeout, its temporary page and profile removed.  Without Chromium it
 * says how to get it, or to use --format html.
 */
#define _XOPEN_SOURCE 700 /* nftw */
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "write.h"

extern char **environ;

#define PDF_TIMEOUT_S 90

/* The first of the usual Chromium names found on PATH, or $JIXIAO_CHROMIUM. */
static int find_chromium(char *out, size_t n)
{
    const char *env = getenv("JIXIAO_CHROMIUM");
    if (env && *env) {
        snprintf(out, n, "%s", env);
        return access(out, X_OK) == 0 ? 0 : -1;
    }
    static const char *names[] = {"chromium", "chromium-browser", "google-chrome",
                                  "google-chrome-stable"};
    const char *path = getenv("PATH");
    if (!path)
        path = "/usr/bin:/bin";
    for (size_t k = 0; k < sizeof names / sizeof *names; k++) {
        const char *p = path;
        while (*p) {
            const char *e = strchr(p, ':');
            size_t len = e ? (size_t)(e - p) : strlen(p);
            snprintf(out, n, "%.*s/%s", (int)len, p, names[k]);
            if (len && access(out, X_OK) == 0)
                return 0;
            p += len + (e ? 1 : 0);
        }
    }
    return -1;
}

static int rm_one(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st;
    (void)flag;
    (void)ftw;
    remove(path);
    return 0;
}

static int write_all(const char *path, const char *s, size_t n)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        return -1;
    int rc = fwrite(s, 1, n, f) == n ? 0 : -1;
    if (fclose(f))
        rc = -1;
    return rc;
}

/* Waits for pid at most PDF_TIMEOUT_S seconds; kills it after that. */
static int wait_bounded(pid_t pid, int *status)
{
    struct timespec ts = {0, 50 * 1000 * 1000};
    for (int i = 0; i < PDF_TIMEOUT_S * 20; i++) {
        pid_t r = waitpid(pid, status, WNOHANG);
        if (r == pid)
            return 0;
        if (r < 0 && errno != EINTR)
            return -1;
        nanosleep(&ts, NULL);
    }
    kill(pid, SIGKILL);
    waitpid(pid, status, 0);
    return 1;
}

static int run_chromium(const char *exe, const char *dir, const char *page, const char *out,
                        jx_error *err)
{
    char a_out[1200], a_prof[700], a_url[800];
    snprintf(a_out, sizeof a_out, "--print-to-pdf=%s", out);
    snprintf(a_prof, sizeof a_prof, "--user-data-dir=%s/profile", dir);
    snprintf(a_url, sizeof a_url, "file://%s", page);
    char *argv[] = {(char *)exe, "--headless", "--no-sandbox", "--disable-gpu",
                    "--no-pdf-header-footer", "--print-to-pdf-no-header",
                    "--disable-extensions", "--no-first-run", a_prof, a_out, a_url, NULL};
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
    pid_t pid;
    int e = posix_spawn(&pid, exe, &fa, NULL, argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    if (e)
        return jx_fail(err, JX_EIO, exe, 0, 0, "无法启动 Chromium：%s", strerror(e));
    int status = 0, w = wait_bounded(pid, &status);
    if (w > 0)
        return jx_fail(err, JX_EIO, exe, 0, 0, "Chromium 在 %d 秒内没有生成 PDF，已终止",
                       PDF_TIMEOUT_S);
    if (w < 0 || !WIFEXITED(status) || WEXITSTATUS(status))
        return jx_fail(err, JX_EIO, exe, 0, 0, "Chromium 生成 PDF 失败（退出状态 %d）",
                       WIFEXITED(status) ? WEXITSTATUS(status) : -1);
    struct stat st;
    if (stat(out, &st) || st.st_size < 100)
        return jx_fail(err, JX_EIO, out, 0, 0, "Chromium 没有写出 PDF");
    return JX_OK;
}

int jx_html_to_pdf(const char *html, size_t len, const char *out_path, jx_error *err)
{
    char exe[1024];
    if (find_chromium(exe, sizeof exe))
        return jx_fail(err, JX_EIO, NULL, 0, 0,
                       "生成 PDF 需要 Chromium，本机没有找到：请安装（apt-get install chromium "
                       "fonts-noto-cjk），或改用 --format html 后在浏览器中打印");
    const char *tmp = getenv("TMPDIR");
    char dir[512], page[600], out[1100];
    snprintf(dir, sizeof dir, "%s/jixiao-pdf-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(dir))
        return jx_fail(err, JX_EIO, dir, 0, 0, "无法创建临时目录");
    snprintf(page, sizeof page, "%s/report.html", dir);
    /* Chromium writes relative to its own cwd: give it an absolute path */
    if (out_path[0] == '/') {
        snprintf(out, sizeof out, "%s", out_path);
    } else {
        char cwd[512];
        if (!getcwd(cwd, sizeof cwd))
            cwd[0] = '\0';
        snprintf(out, sizeof out, "%s/%s", cwd, out_path);
    }
    int rc;
    if (write_all(page, html, len))
        rc = jx_fail(err, JX_EIO, page, 0, 0, "无法写临时文件");
    else
        rc = run_chromium(exe, dir, page, out, err);
    nftw(dir, rm_one, 16, FTW_DEPTH | FTW_PHYS);
    return rc;
}

/* ---- jixiao/score.h: a page to PDF on a stream ---- */

typedef struct pdf_page {
    const char *html;
    size_t len;
    jx_error *err;
} pdf_page;

static int print_page(const char *path, void *ud)
{
    const pdf_page *pg = ud;
    return jx_html_to_pdf(pg->html, pg->len, path, pg->err);
}

jx_status jx_html_pdf_write(const char *html, size_t len, FILE *out, jx_error *err)
{
    pdf_page pg = {html, len, err};
    return (jx_status)jx_write_via_temp(print_page, &pg, out, err);
}
