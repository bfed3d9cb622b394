/*
 * unzip.c - a zip of documents uploaded to 批量: every file entry read
 * into memory, within limits that do not trust the zip's own header: at
 * most zip_entries entries, each at most max_file bytes and all together
 * at most zip_total bytes as actually inflated (a zip bomb stops at the
 * limit).  Entry names are labels only (their last part), never paths;
 * names from Windows zips (GBK, no UTF-8 flag) are converted.
 */
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <zip.h>

#include "serve.h"

int sv_is_zip(const char *data, size_t len)
{
    return len >= 4 && !memcmp(data, "PK\x03\x04", 4);
}

static int valid_utf8(const char *s)
{
    size_t len = strlen(s);
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        int n = sv_utf8_decode((const unsigned char *)s + i, len - i, &cp);
        if (n <= 0)
            return 0;
        i += (size_t)n;
    }
    return 1;
}

/* The entry's name in UTF-8 (GB18030 when not UTF-8), in buf. */
static const char *entry_name(const char *raw, char *buf, size_t n)
{
    if (valid_utf8(raw))
        return raw;
    iconv_t cd = iconv_open("UTF-8", "GB18030");
    if (cd == (iconv_t)-1)
        return raw;
    char *in = (char *)raw, *out = buf;
    size_t il = strlen(raw), ol = n - 1;
    size_t r = iconv(cd, &in, &il, &out, &ol);
    iconv_close(cd);
    if (r == (size_t)-1)
        return raw; /* sv_label replaces what is not UTF-8 */
    *out = '\0';
    return buf;
}

/* Reads one entry, at most limit bytes: -1 error, -2 over the limit. */
static int read_entry(zip_t *z, zip_uint64_t i, size_t limit, char **out, size_t *len)
{
    zip_file_t *zf = zip_fopen_index(z, i, 0);
    if (!zf)
        return -1;
    size_t cap = 64 << 10, n = 0;
    char *p = malloc(cap);
    int rc = p ? 0 : -1;
    while (!rc) {
        if (n == cap) {
            if (cap > limit) {
                rc = -2;
                break;
            }
            char *q = realloc(p, cap * 2);
            if (!q) {
                rc = -1;
                break;
            }
            p = q;
            cap *= 2;
        }
        zip_int64_t r = zip_fread(zf, p + n, cap - n);
        if (r < 0)
            rc = -1;
        else if (r == 0)
            break;
        else if ((n += (size_t)r) > limit)
            rc = -2;
    }
    zip_fclose(zf);
    if (rc) {
        free(p);
        return rc;
    }
    *out = p;
    *len = n;
    return 0;
}

int sv_unzip(const char *data, size_t len, const char *zipname, const sv_config *c,
             sv_files *fs, char *err, size_t errn)
{
    zip_error_t ze;
    zip_error_init(&ze);
    zip_source_t *src = zip_source_buffer_create(data, len, 0, &ze);
    zip_t *z = src ? zip_open_from_source(src, ZIP_RDONLY, &ze) : NULL;
    if (!z) {
        if (src)
            zip_source_free(src);
        zip_error_fini(&ze);
        snprintf(err, errn, "%s: 不是有效的 zip 压缩包，或已损坏", zipname);
        return -1;
    }
    zip_error_fini(&ze);
    zip_int64_t n = zip_get_num_entries(z, 0);
    size_t total = 0, files = 0;
    int rc = 0;
    for (zip_int64_t i = 0; !rc && i < n; i++) {
        const char *raw = zip_get_name(z, (zip_uint64_t)i, ZIP_FL_ENC_RAW);
        if (!raw || !*raw || raw[strlen(raw) - 1] == '/')
            continue; /* a folder */
        const char *base = strrchr(raw, '/');
        base = base ? base + 1 : raw;
        if (base[0] == '.' || !strncmp(raw, "__MACOSX/", 9))
            continue; /* hidden files and macOS resource forks */
        if (++files > c->zip_entries || fs->n >= c->max_files) {
            snprintf(err, errn, "%s: 压缩包中的文件超过 %zu 个，请分批上传", zipname,
                     c->zip_entries < c->max_files ? c->zip_entries : c->max_files);
            rc = -1;
            break;
        }
        size_t left = c->zip_total - total, limit = c->max_file < left ? c->max_file : left;
        char *p = NULL, nb[1024];
        size_t plen = 0;
        int r = read_entry(z, (zip_uint64_t)i, limit, &p, &plen);
        const char *name = entry_name(raw, nb, sizeof nb);
        if (r == -2) {
            char a[32], b[32];
            sv_format_size(c->max_file, a, sizeof a);
            sv_format_size(c->zip_total, b, sizeof b);
            snprintf(err, errn, "%s: 压缩包中的 %.200s 解压后过大（每个文件最多 %s，全部最多 %s）",
                     zipname, name, a, b);
            rc = -1;
        } else if (r) {
            snprintf(err, errn, "%s: 压缩包中的 %.200s 无法解压（已损坏或加密）", zipname, name);
            rc = -1;
        } else if (sv_files_add(fs, name, p, plen)) {
            snprintf(err, errn, "内存不足");
            rc = -1;
        } else {
            total += plen;
        }
    }
    zip_discard(z);
    return rc;
}
