/*
 * read/legacy.c - .xls/.doc (OLE compound files, and WPS's .et/.wps) ->
 * grids, by converting with LibreOffice and reading the result with
 * xlsx.c / docx.c.  No BIFF or OLE parser of our own.
 *
 * `soffice --headless --convert-to xlsx|docx` runs without a shell in a
 * private temporary directory (its own user profile, so a running
 * LibreOffice or a broken profile does not interfere), with a timeout;
 * the directory is removed afterwards.  Which of xlsx/docx: the OLE
 * directory names its streams "Workbook"/"Book" (Excel, WPS 表格) or
 * "WordDocument" (Word, WPS 文字; checked first: "Book" may occur in a
 * Word file's other names); the stream names are UTF-16 in the directory
 * sectors, found by a plain byte search.
 */
#include "office.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#define SOFFICE_TIMEOUT 120

/* 1 if the UTF-16LE form of ascii occurs in data. */
static int has_utf16(const char *data, size_t len, const char *ascii)
{
    size_t n = strlen(ascii);
    for (size_t i = 0; i + 2 * n <= len; i++) {
        size_t k = 0;
        while (k < n && data[i + 2 * k] == ascii[k] && data[i + 2 * k + 1] == 0)
            k++;
        if (k == n)
            return 1;
    }
    return 0;
}

static void rm_tree(const char *path, int depth)
{
    DIR *d = depth < 16 ? opendir(path) : NULL;
    if (d) {
        struct dirent *e;
        while ((e = readdir(d))) {
            if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
                continue;
            char p[4096];
            snprintf(p, sizeof p, "%s/%s", path, e->d_name);
            struct stat st;
            if (!lstat(p, &st) && S_ISDIR(st.st_mode))
                rm_tree(p, depth + 1);
            else
                unlink(p);
        }
        closedir(d);
    }
    rmdir(path);
}

static int write_all(const char *path, const char *data, size_t len)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        return -1;
    int bad = fwrite(data, 1, len, f) != len;
    bad |= fclose(f) != 0;
    return bad ? -1 : 0;
}

int jx_grid_from_legacy(jx_grids *gs, const char *data, size_t len,
                        const char *name, jx_error *err)
{
    int word = has_utf16(data, len, "WordDocument");
    int sheet = !word && (has_utf16(data, len, "Workbook") || has_utf16(data, len, "Book"));
    if (!sheet && !word)
        return jx_fail(err, JX_EINPUT, name, 0, 0,
                       "OLE 复合文件里既没有 Excel 工作簿也没有 Word 文档，无法读取");
    const char *to = sheet ? "xlsx" : "docx";
    const char *tmp = getenv("TMPDIR");
    char dir[4096];
    snprintf(dir, sizeof dir, "%s/jixiao-soffice-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(dir))
        return jx_fail(err, JX_EIO, name, 0, 0, "无法建临时目录：%s", strerror(errno));
    char in[4200], out[4200], prof[4200], conv[4200];
    snprintf(in, sizeof in, "%s/input.%s", dir, sheet ? "xls" : "doc");
    snprintf(out, sizeof out, "%s/input.%s", dir, to);
    snprintf(prof, sizeof prof, "-env:UserInstallation=file://%s/profile", dir);
    snprintf(conv, sizeof conv, "%s", to);
    char *res = NULL, *conv_out = NULL;
    size_t rlen = 0, clen = 0;
    int rc = JX_OK, status = 0;
    if (write_all(in, data, len)) {
        rc = jx_fail(err, JX_EIO, name, 0, 0, "无法写临时文件：%s", strerror(errno));
        goto out;
    }
    char *argv[] = {"soffice", prof, "--headless", "--norestore", "--convert-to", conv,
                    "--outdir", dir, in, NULL};
    if (jx_run(argv, SOFFICE_TIMEOUT, 1 << 20, &conv_out, &clen, &status)) {
        int e = errno;
        if (e == ENOENT)
            rc = jx_fail(err, JX_ENOTFOUND, name, 0, 0,
                         "读 .xls/.doc 需要 LibreOffice：apt-get install libreoffice-calc "
                         "libreoffice-writer（或先在 Excel/WPS 里另存为 .xlsx/.docx）");
        else if (e == ETIMEDOUT)
            rc = jx_fail(err, JX_ELIMIT, name, 0, 0, "LibreOffice 转换超过 %d 秒未完成",
                         SOFFICE_TIMEOUT);
        else
            rc = jx_fail(err, JX_EIO, name, 0, 0, "无法运行 soffice：%s", strerror(e));
        goto out;
    }
    jx_error rerr = {0};
    if (status || jx_read_file(out, &res, &rlen, &rerr)) {
        rc = jx_fail(err, JX_EINPUT, name, 0, 0,
                     "LibreOffice 无法转换此文件（退出码 %d），文件可能已损坏", status);
        goto out;
    }
    rc = sheet ? jx_grid_from_xlsx(gs, res, rlen, name, err)
               : jx_grid_from_docx(gs, res, rlen, name, err);
out:
    free(res);
    free(conv_out);
    rm_tree(dir, 0);
    return rc;
}
