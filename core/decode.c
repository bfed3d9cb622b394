/*
 * decode.c - input bytes to UTF-8 text: BOMs, UTF-16, GB18030 (declared
 * or detected), and bad bytes reported with their line.
 */
#include "doc_int.h"
#include "read/read.h"

#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>


static int line_of(const char *data, size_t off)
{
    int line = 1;
    for (size_t i = 0; i < off; i++)
        line += data[i] == '\n';
    return line;
}

static int bad_bytes(jx_error *err, const char *name, const char *data,
                     size_t len, size_t off, const char *what)
{
    char hex[32] = "";
    size_t k = 0;
    for (size_t i = off; i < len && i < off + 4 && k + 4 < sizeof hex; i++)
        k += (size_t)snprintf(hex + k, sizeof hex - k, "%s%02X", i > off ? " " : "",
                              (unsigned char)data[i]);
    size_t ls = off;
    while (ls > 0 && data[ls - 1] != '\n')
        ls--;
    return jx_fail(err, JX_EENCODING, name, line_of(data, off), 0,
                   "%s：第 %zu 字节处的字节 %s 无法解码", what, off - ls + 1, hex);
}

static int convert(const char *from, const char *data, size_t len,
                   const char *name, char **out, size_t *outlen, jx_error *err,
                   int after_utf8)
{
    iconv_t cd = iconv_open("UTF-8", from);
    if (cd == (iconv_t)-1)
        return jx_fail(err, JX_EENCODING, name, 0, 0, "系统不支持 %s 编码转换", from);
    size_t cap;
    if (!jx_mul_ok(len, 2, &cap) || !jx_add_ok(cap, 16, &cap)) {
        iconv_close(cd);
        return jx_fail(err, JX_ELIMIT, name, 0, 0, "输入过大，无法转换编码");
    }
    char *buf = malloc(cap);
    if (!buf) {
        iconv_close(cd);
        return jx_fail(err, JX_ENOMEM, name, 0, 0, "内存不足");
    }
    char *in = (char *)data, *o = buf;
    size_t inleft = len, oleft = cap - 1;
    while (inleft) {
        if (iconv(cd, &in, &inleft, &o, &oleft) == (size_t)-1) {
            if (errno == E2BIG) {
                size_t used = (size_t)(o - buf);
                char *nb = cap <= SIZE_MAX / 2 ? realloc(buf, cap * 2) : NULL;
                if (!nb) {
                    free(buf);
                    iconv_close(cd);
                    return jx_fail(err, JX_ENOMEM, name, 0, 0, "内存不足");
                }
                buf = nb;
                cap *= 2;
                o = buf + used;
                oleft = cap - used - 1;
                continue;
            }
            size_t off = (size_t)(in - data);
            free(buf);
            iconv_close(cd);
            return bad_bytes(err, name, data, len, off,
                             strcmp(from, "GB18030") ? "不是有效的 UTF-16 文本"
                             : after_utf8 ? "既不是有效的 UTF-8 也不是有效的 GB18030 文本"
                                          : "不是有效的 GB18030 文本");
        }
    }
    iconv_close(cd);
    *o = '\0';
    *out = buf;
    *outlen = (size_t)(o - buf);
    return JX_OK;
}

/* Produces a malloc'd UTF-8 copy without BOM, NUL-terminated. */
int jx_decode(const char *data, size_t len, const char *name,
                  jx_encoding enc, char **out, size_t *outlen, jx_error *err)
{
    const unsigned char *u = (const unsigned char *)data;
    if (enc == JX_ENC_AUTO && len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) ||
                                           (u[0] == 0xFE && u[1] == 0xFF)))
        return convert(u[0] == 0xFF ? "UTF-16LE" : "UTF-16BE", data + 2,
                       len - 2, name, out, outlen, err, 0);
    if (enc != JX_ENC_GB18030 && len >= 3 && u[0] == 0xEF && u[1] == 0xBB &&
        u[2] == 0xBF) {
        data += 3;
        len -= 3;
    }
    if (enc == JX_ENC_GB18030) {
        /* GB18030 has no NUL bytes in text either */
        const char *z = memchr(data, '\0', len);
        if (z)
            return bad_bytes(err, name, data, len, (size_t)(z - data),
                             "含有 NUL 字节");
        return convert("GB18030", data, len, name, out, outlen, err, 0);
    }
    size_t bad = jx_utf8_check(data, len);
    if (bad < len) {
        if (enc == JX_ENC_UTF8)
            return bad_bytes(err, name, data, len, bad,
                             data[bad] ? "不是有效的 UTF-8 文本" : "含有 NUL 字节");
        if (memchr(data, '\0', len))
            return bad_bytes(err, name, data, len, bad,
                             "既不是 UTF-8 也不是 GB18030 文本（含 NUL 字节，疑似二进制文件）");
        return convert("GB18030", data, len, name, out, outlen, err, 1);
    }
    char *buf = malloc(len + 1);
    if (!buf)
        return jx_fail(err, JX_ENOMEM, name, 0, 0, "内存不足");
    memcpy(buf, data, len);
    buf[len] = '\0';
    *out = buf;
    *outlen = len;
    return JX_OK;
}

