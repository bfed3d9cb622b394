/*
 * common.c - what the officer-facing writers share: the fill-in hint for
 * an indicator, the subtotals per 一级, a file written through a temporary
 * file to stdout.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "write.h"

const char *jx_write_hint(const jx_indicator *ind, char *buf, size_t n)
{
    const jx_value *v = &ind->target;
    if (v->kind == JX_V_QUANT && v->n) {
        const jx_threshold *t = &v->t[0];
        snprintf(buf, n, "填实际数值和单位，如「%.15g%s」（指标值：%s）", t->value, t->unit,
                 ind->target_raw);
    } else if (v->kind == JX_V_TIME) {
        snprintf(buf, n, "填实际完成的日期，如「2021年11月30日」；按期完成也可填「达成」（指标值：%s）",
                 ind->target_raw);
    } else {
        snprintf(buf, n, "定性指标：填「达成」「部分达成」或「未达成」（指标值：%s）",
                 ind->target_raw);
    }
    return buf;
}

size_t jx_level1_sums(const jx_scored_table *st, jx_level1_sum *out, size_t cap)
{
    size_t k = 0;
    for (size_t i = 0; i < st->n; i++) {
        const jx_scored *r = &st->rows[i];
        const char *name = r->ind->level1 ? r->ind->level1 : "（未分类）";
        size_t j = 0;
        while (j < k && strcmp(out[j].name, name))
            j++;
        if (j == k) {
            if (k == cap)
                continue;
            out[k++] = (jx_level1_sum){name, 0, 0, 0};
        }
        if (!isnan(r->s.points))
            out[j].points += r->s.points;
        if (r->s.finding || isnan(r->s.score))
            out[j].unscored++;
        else
            out[j].score += r->s.score;
    }
    return k;
}

static int copy_stream(FILE *in, FILE *f)
{
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, in)) > 0)
        if (fwrite(buf, 1, n, f) != n)
            return -1;
    return ferror(in) || fflush(f) ? -1 : 0;
}

int jx_write_via_temp(int (*fn)(const char *path, void *ud), void *ud, FILE *out,
                      jx_error *err)
{
    const char *dir = getenv("TMPDIR");
    char path[512];
    snprintf(path, sizeof path, "%s/jixiao-XXXXXX", dir && *dir ? dir : "/tmp");
    int fd = mkstemp(path);
    if (fd < 0)
        return jx_fail(err, JX_EIO, path, 0, 0, "无法创建临时文件");
    close(fd);
    int rc = fn(path, ud);
    /* opened, then removed before copying: a reader that stops early
     * (SIGPIPE) leaves no file behind */
    FILE *in = rc ? NULL : fopen(path, "rb");
    unlink(path);
    if (!rc && (!in || copy_stream(in, out)))
        rc = jx_fail(err, JX_EIO, path, 0, 0, "无法写到标准输出");
    if (in)
        fclose(in);
    return rc;
}

/* Writes the buffer unless an append failed: then nothing at all, so a
 * truncated JSON never comes out. */
int jx_write_flush(FILE *f, jx_buf *b)
{
    if (jx_buf_failed(b)) {
        jx_buf_free(b);
        return JX_ENOMEM;
    }
    size_t w = b->len ? fwrite(b->p, 1, b->len, f) : 0;
    int bad = w != b->len;
    jx_buf_free(b);
    return bad ? JX_EIO : JX_OK;
}
