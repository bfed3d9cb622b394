/*
 * doc.c - the parsed document: construction, decoding and format
 * detection, accessors, and the writers (JSON, NDJSON, CSV, terminal).
 *
 * Readers live in layout.c (text extracted from PDF/Word) and records.c
 * (CSV, JSON, YAML).  Everything a document hands out is in its arena.
 */
#include "doc_int.h"
#include "read/office.h"

#include <errno.h>
#include <iconv.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <strings.h>

/* ---- construction ---- */

jx_doc *jx_doc_new(const char *source)
{
    jx_doc *d = calloc(1, sizeof *d);
    if (!d)
        return NULL;
    jx_arena_init(&d->arena);
    d->source = jx_arena_strdup(&d->arena, source ? source : "-");
    d->project_spending = NAN;
    if (!d->source) {
        free(d);
        return NULL;
    }
    return d;
}

void jx_doc_free(jx_doc *d)
{
    if (!d)
        return;
    for (size_t i = 0; i < d->ntables; i++)
        free(d->tables[i].ind);
    free(d->tables);
    free(d->icap);
    free(d->notes);
    jx_map_free(&d->tmap);
    jx_arena_free(&d->arena);
    free(d);
}

/* The capacity after cap that holds need elements of elem bytes:
 * doubling from 4; 0 when that does not fit in size_t.  (An indicator
 * is ~800 bytes and a project often has three: a 100 000-project CSV
 * takes 300 MB less than when starting at 8.) */
static size_t next_cap(size_t cap, size_t need, size_t elem)
{
    size_t n = cap ? cap : 4, bytes;
    while (n < need) {
        if (n > SIZE_MAX / 2)
            return 0;
        n *= 2;
    }
    return jx_mul_ok(n, elem, &bytes) ? n : 0;
}

static int grow(void **p, size_t *cap, size_t need, size_t elem)
{
    if (need <= *cap)
        return 0;
    size_t n = next_cap(*cap, need, elem);
    if (!n)
        return -1;
    void *q = realloc(*p, n * elem);
    if (!q)
        return -1;
    *p = q;
    *cap = n;
    return 0;
}

/* Room for one more table: both arrays are reallocated before the
 * capacity changes, so a failed second realloc leaves tcap true for
 * both (the first array is then merely larger than tcap says). */
static int grow_tables(jx_doc *d)
{
    if (d->ntables < d->tcap)
        return 0;
    size_t n = next_cap(d->tcap, d->ntables + 1, sizeof *d->tables), ib;
    if (!n || !jx_mul_ok(n, sizeof *d->icap, &ib))
        return -1;
    jx_table *t = realloc(d->tables, n * sizeof *t);
    if (!t)
        return -1;
    d->tables = t;
    size_t *ic = realloc(d->icap, ib);
    if (!ic)
        return -1;
    d->icap = ic;
    d->tcap = n;
    return 0;
}

jx_table *jx_doc_add_table(jx_doc *d, jx_table_kind kind, jx_layout layout,
                           int line)
{
    if (grow_tables(d))
        return NULL;
    jx_table *t = &d->tables[d->ntables];
    memset(t, 0, sizeof *t);
    t->kind = kind;
    t->layout = layout;
    t->line = line;
    t->funds.total = t->funds.fiscal = t->funds.other = NAN;
    t->execution.initial = t->execution.budget = t->execution.executed = NAN;
    t->execution.adjusted = NAN;
    t->execution.points = t->execution.rate = t->execution.score = NAN;
    t->total_printed = NAN;
    d->icap[d->ntables] = 0;
    d->ntables++;
    return t;
}

jx_indicator *jx_doc_add_indicator_to(jx_doc *d, size_t ti)
{
    if (ti >= d->ntables)
        return NULL;
    jx_table *t = &d->tables[ti];
    if (t->n == SIZE_MAX || grow((void **)&t->ind, &d->icap[ti], t->n + 1, sizeof *t->ind))
        return NULL;
    jx_indicator *ind = &t->ind[t->n++];
    memset(ind, 0, sizeof *ind);
    ind->target_raw = "";
    ind->target.raw = "";
    ind->points = ind->score = NAN;
    return ind;
}

jx_indicator *jx_doc_add_indicator(jx_doc *d)
{
    return d->ntables ? jx_doc_add_indicator_to(d, d->ntables - 1) : NULL;
}

char *jx_doc_strndup(jx_doc *d, const char *s, size_t n)
{
    return jx_arena_strndup(&d->arena, s, n);
}

const char *jx_doc_strdup(jx_doc *d, const char *s)
{
    return jx_arena_strdup(&d->arena, s);
}

int jx_doc_set_target(jx_doc *d, jx_indicator *ind, const char *s, size_t n,
                      jx_error *err)
{
    char *raw = jx_doc_strndup(d, s, n);
    if (!raw)
        return jx_fail(err, JX_ENOMEM, NULL, 0, 0, "内存不足");
    ind->target_raw = raw;
    jx_error e2 = {0};
    int rc = jx_value_parse(raw, n, &ind->target, &e2);
    if (rc == JX_ENOMEM)
        return jx_fail(err, JX_ENOMEM, NULL, 0, 0, "内存不足");
    if (rc != JX_OK) {
        /* over-long cell: keep the text, record why it is not parsed */
        ind->target.raw = raw;
        ind->target.raw_len = n;
        ind->target.kind = JX_V_DAMAGED;
        ind->target.damage = "单元格过长，未解析";
    }
    return JX_OK;
}

void jx_doc_add_note(jx_doc *d, int line, const char *code, const char *message)
{
    if (grow((void **)&d->notes, &d->ncap, d->nnotes + 1, sizeof *d->notes)) {
        d->nomem = 1; /* jx_doc_parse reports it */
        return;
    }
    jx_note *n = &d->notes[d->nnotes];
    n->line = line;
    n->code = jx_arena_strdup(&d->arena, code);
    n->message = jx_arena_strdup(&d->arena, message);
    if (n->code && n->message)
        d->nnotes++;
}

void jx_doc_notef(jx_doc *d, int line, const char *code, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    jx_doc_add_note(d, line, code, msg);
}

void jx_doc_finish(jx_doc *d)
{
    size_t w = 0;
    jx_map_free(&d->tmap); /* indices change below */
    for (size_t i = 0; i < d->ntables; i++) {
        jx_table *t = &d->tables[i];
        if (t->n == 0 && isnan(t->funds.total) && !t->name && !t->code &&
            isnan(t->execution.budget) && isnan(t->execution.executed)) {
            free(t->ind);
            continue;
        }
        if (w != i) {
            d->tables[w] = *t;
            d->icap[w] = d->icap[i];
        }
        w++;
    }
    d->ntables = w;
}

/* ---- accessors ---- */

const char *jx_doc_source(const jx_doc *d) { return d->source; }
const char *jx_doc_unit(const jx_doc *d) { return d->unit; }
int jx_doc_year(const jx_doc *d) { return d->year; }
double jx_doc_project_spending(const jx_doc *d) { return d->project_spending; }
size_t jx_doc_ntables(const jx_doc *d) { return d->ntables; }
jx_table *jx_doc_table(jx_doc *d, size_t i)
{
    return i < d->ntables ? &d->tables[i] : NULL;
}
size_t jx_doc_nnotes(const jx_doc *d) { return d->nnotes; }
const jx_note *jx_doc_note(const jx_doc *d, size_t i)
{
    return i < d->nnotes ? &d->notes[i] : NULL;
}

const char *jx_layout_name(jx_layout l)
{
    static const char *const names[] = {"department", "wide", "form",
                                        "selfeval", "records"};
    return (unsigned)l < JX_ARRAY_LEN(names) ? names[l] : "?";
}

const char *jx_table_kind_name(jx_table_kind k)
{
    return k == JX_TABLE_DEPARTMENT ? "department" : "project";
}

/* ---- amounts ---- */

int jx_parse_amount(const char *s, size_t n, double *out)
{
    *out = NAN;
    jx_trim(&s, &n);
    if (!n)
        return 1;
    char num[64];
    size_t k = 0;
    size_t i = 0;
    if (s[0] == '-' || s[0] == '+')
        num[k++] = s[i++];
    int digits = 0;
    for (; i < n && k < sizeof num - 1; i++) {
        char c = s[i];
        if (c >= '0' && c <= '9') {
            num[k++] = c;
            digits++;
        } else if (c == '.') {
            num[k++] = c;
        } else if (c == ',' && digits) {
            continue;
        } else {
            break;
        }
    }
    if (!digits)
        return 0;
    num[k] = '\0';
    /* what may follow: spaces and a money unit */
    const char *rest = s + i;
    size_t rl = n - i;
    jx_trim(&rest, &rl);
    double mul = 1;
    if (rl == 0 || (rl == 6 && !memcmp(rest, "万元", 6)) ||
        (rl == 3 && !memcmp(rest, "万", 3)))
        mul = 1;
    else if (rl == 3 && !memcmp(rest, "元", 3))
        mul = 1e-4;
    else if (rl == 6 && !memcmp(rest, "亿元", 6))
        mul = 1e4;
    else
        return 0;
    char *end;
    errno = 0;
    double v = strtod(num, &end);
    if (*end || errno)
        return 0;
    *out = v * mul;
    return 1;
}

/* ---- decoding ---- */

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
static int decode(const char *data, size_t len, const char *name,
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

/* "{" or "[" then what JSON can hold next ("[返回首页](/)", a markdown
 * link at the top of a saved web page, is text). */
static int json_start(const char *s, size_t n)
{
    size_t i = 1;
    while (i < n && (s[i] == ' ' || s[i] == '\n' || s[i] == '\r' || s[i] == '\t'))
        i++;
    if (i == n)
        return 1;
    char c = s[i];
    if (s[0] == '{')
        return c == '"' || c == '}';
    return c == '{' || c == '[' || c == '"' || c == ']' || c == '-' || (c >= '0' && c <= '9') ||
           c == 't' || c == 'f' || c == 'n';
}

static jx_format sniff(const char *name, const char *data, size_t len)
{
    const char *dot = name ? strrchr(name, '.') : NULL;
    if (dot) {
        if (!strcmp(dot, ".csv") || !strcmp(dot, ".tsv"))
            return JX_FMT_CSV;
        if (!strcmp(dot, ".json") || !strcmp(dot, ".ndjson"))
            return JX_FMT_JSON;
        if (!strcmp(dot, ".yaml") || !strcmp(dot, ".yml"))
            return JX_FMT_YAML;
    }
    size_t i = 0;
    while (i < len && (data[i] == ' ' || data[i] == '\n' || data[i] == '\r' ||
                       data[i] == '\t'))
        i++;
    if (i < len && (data[i] == '{' || data[i] == '[') && json_start(data + i, len - i))
        return JX_FMT_JSON;
    /* YAML in jixiao's schema, perhaps after "# comment" lines */
    {
        size_t k = i;
        while (k < len && data[k] == '#') {
            const char *e = memchr(data + k, '\n', len - k);
            if (!e)
                break;
            k = (size_t)(e - data) + 1;
            while (k < len && (data[k] == '\n' || data[k] == '\r' || data[k] == ' '))
                k++;
        }
        static const char *const keys[] = {"documents:", "tables:", "actuals:", "execution:",
                                           "source:"};
        for (size_t q = 0; q < JX_ARRAY_LEN(keys); q++)
            if (len - k >= strlen(keys[q]) && !memcmp(data + k, keys[q], strlen(keys[q])))
                return JX_FMT_YAML;
    }
    if (len - i >= 3 && !memcmp(data + i, "---", 3))
        return JX_FMT_YAML;
    /* a first line that is a CSV header naming the 三级指标 column */
    const char *nl = memchr(data + i, '\n', len - i);
    size_t l1 = nl ? (size_t)(nl - data - i) : len - i;
    int has_col = 0, has_comma = 0;
    for (size_t k = i; k + 12 <= i + l1; k++)
        if (!memcmp(data + k, "三级指标", 12))
            has_col = 1;
    for (size_t k = i; k < i + l1; k++)
        if (data[k] == ',')
            has_comma = 1;
    if (has_col && has_comma)
        return JX_FMT_CSV;
    return JX_FMT_TEXT;
}

static const char *const fmt_names[] = {"auto", "text", "csv",  "json",  "yaml",
                                        "xlsx", "docx", "html", "pdf", "legacy"};

const char *jx_format_name(jx_format f)
{
    return (unsigned)f < JX_ARRAY_LEN(fmt_names) ? fmt_names[f] : "?";
}

int jx_format_parse(const char *s, jx_format *out)
{
    for (size_t i = 0; i < JX_ARRAY_LEN(fmt_names); i++)
        if (!strcasecmp(s, fmt_names[i])) {
            *out = (jx_format)i;
            return 0;
        }
    static const struct { const char *n; jx_format f; } alias[] = {
        {"tsv", JX_FMT_CSV}, {"yml", JX_FMT_YAML}, {"xlsm", JX_FMT_XLSX},
        {"htm", JX_FMT_HTML}, {"xls", JX_FMT_LEGACY}, {"doc", JX_FMT_LEGACY},
        {"et", JX_FMT_LEGACY}, {"wps", JX_FMT_LEGACY}, {"txt", JX_FMT_TEXT}};
    for (size_t i = 0; i < JX_ARRAY_LEN(alias); i++)
        if (!strcasecmp(s, alias[i].n)) {
            *out = alias[i].f;
            return 0;
        }
    return -1;
}

/* Office formats by content: a zip with xl/ or word/, %PDF-, the OLE
 * magic of .xls/.doc, an HTML page; the extension only breaks ties.
 * JX_FMT_AUTO: not an office file, decode as text. */
static jx_format sniff_office(const char *name, const char *data, size_t len)
{
    const char *dot = name ? strrchr(name, '.') : NULL;
    jx_format byext = JX_FMT_AUTO;
    if (dot && jx_format_parse(dot + 1, &byext))
        byext = JX_FMT_AUTO;
    if (len >= 4 && !memcmp(data, "PK\x03\x04", 4)) {
        if (jx_zip_sniff(data, len, "xl/workbook.xml"))
            return JX_FMT_XLSX;
        if (jx_zip_sniff(data, len, "word/document.xml"))
            return JX_FMT_DOCX;
        return byext == JX_FMT_DOCX ? JX_FMT_DOCX : JX_FMT_XLSX;
    }
    if (len >= 5 && !memcmp(data, "%PDF-", 5))
        return JX_FMT_PDF;
    if (len >= 8 && !memcmp(data, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))
        return JX_FMT_LEGACY;
    size_t i = 0;
    if (len >= 3 && !memcmp(data, "\xEF\xBB\xBF", 3))
        i = 3;
    while (i < len && (data[i] == ' ' || data[i] == '\n' || data[i] == '\r' ||
                       data[i] == '\t'))
        i++;
    static const char *const html[] = {"<html", "<!doctype html", "<table", "<head",
                                       "<meta", "<body"};
    for (size_t k = 0; k < JX_ARRAY_LEN(html); k++)
        if (len - i >= strlen(html[k]) &&
            !strncasecmp(data + i, html[k], strlen(html[k])))
            return JX_FMT_HTML;
    if (byext == JX_FMT_HTML && i < len && data[i] == '<')
        return JX_FMT_HTML;
    return JX_FMT_AUTO;
}

static void apply_overrides(jx_doc *d, const jx_parse_opts *o);

static int parse_office(const char *data, size_t len, const char *name,
                        jx_format f, const jx_parse_opts *o, jx_doc **out,
                        jx_error *err)
{
    jx_doc *d = jx_doc_new(name);
    if (!d)
        return jx_fail(err, JX_ENOMEM, name, 0, 0, "内存不足");
    int rc = jx_read_office(d, f, data, len, o, err);
    if (rc) {
        if (!err->file[0])
            snprintf(err->file, sizeof err->file, "%s", name);
        jx_doc_free(d);
        return rc;
    }
    jx_doc_finish(d);
    apply_overrides(d, o);
    *out = d;
    return JX_OK;
}

/* --kind / --layout: what the caller knows overrides what the reader
 * decided; each changed table says so in a note. */
static void apply_overrides(jx_doc *d, const jx_parse_opts *o)
{
    for (size_t i = 0; o && i < d->ntables; i++) {
        jx_table *t = &d->tables[i];
        if (o->kind) {
            jx_table_kind k = o->kind == 1 ? JX_TABLE_DEPARTMENT : JX_TABLE_PROJECT;
            if (t->kind != k)
                jx_doc_notef(d, t->line, "kind-forced", "第 %d 行的表格按 --kind 读作%s",
                             t->line, k == JX_TABLE_DEPARTMENT ? "部门整体绩效目标表" : "项目绩效目标表");
            t->kind = k;
            if (k == JX_TABLE_DEPARTMENT && t->layout == JX_LAYOUT_FORM)
                t->layout = JX_LAYOUT_DEPARTMENT;
            if (k == JX_TABLE_PROJECT && t->layout == JX_LAYOUT_DEPARTMENT)
                t->layout = JX_LAYOUT_FORM;
        }
        if (o->stage == 2 && t->layout != JX_LAYOUT_SELFEVAL) {
            t->layout = JX_LAYOUT_SELFEVAL;
            jx_doc_notef(d, t->line, "layout-forced", "第 %d 行的表格按 --layout 读作自评表", t->line);
        } else if (o->stage == 1 && t->layout == JX_LAYOUT_SELFEVAL) {
            t->layout = t->kind == JX_TABLE_DEPARTMENT ? JX_LAYOUT_DEPARTMENT : JX_LAYOUT_FORM;
            jx_doc_notef(d, t->line, "layout-forced", "第 %d 行的表格按 --layout 读作绩效目标表",
                         t->line);
        }
    }
}

int jx_doc_parse(const char *data, size_t len, const char *name,
                 const jx_parse_opts *opts, jx_doc **out, jx_error *err)
{
    *out = NULL;
    jx_parse_opts o = {0};
    if (opts)
        o = *opts;
    if (!name)
        name = "-";
    size_t max = o.max_input ? o.max_input : JX_MAX_INPUT_DEFAULT;
    if (len > max) {
        char lim[32];
        jx_format_size(max, lim, sizeof lim);
        return jx_fail(err, JX_ELIMIT, name, 0, 0,
                       "输入超过大小上限 %s（%zu 字节）；请用 --max-input 调高上限",
                       lim, max);
    }
    jx_format of = o.format >= JX_FMT_XLSX ? o.format
                   : o.format ? JX_FMT_AUTO : sniff_office(name, data, len);
    if (of)
        return parse_office(data, len, name, of, &o, out, err);
    char *text;
    size_t tlen;
    int rc = decode(data, len, name, o.encoding, &text, &tlen, err);
    if (rc)
        return rc;
    jx_doc *d = jx_doc_new(name);
    if (!d) {
        free(text);
        return jx_fail(err, JX_ENOMEM, name, 0, 0, "内存不足");
    }
    jx_format f = o.format ? o.format : sniff(name, text, tlen);
    switch (f) {
    case JX_FMT_CSV: rc = jx_read_csv(d, text, tlen, err); break;
    case JX_FMT_JSON: rc = jx_read_json(d, text, tlen, err); break;
    case JX_FMT_YAML: rc = jx_read_yaml(d, text, tlen, err); break;
    default: rc = jx_read_text(d, text, tlen, err); break;
    }
    free(text);
    if (!rc && (d->nomem || d->arena.failed)) /* a note or a string was lost */
        rc = jx_fail(err, JX_ENOMEM, name, 0, 0, "内存不足");
    if (rc) {
        if (!err->file[0])
            snprintf(err->file, sizeof err->file, "%s", name);
        jx_doc_free(d);
        return rc;
    }
    jx_doc_finish(d);
    apply_overrides(d, opts);
    *out = d;
    return JX_OK;
}

int jx_doc_parse_file(const char *path, const jx_parse_opts *opts,
                      jx_doc **out, jx_error *err)
{
    char *data;
    size_t len;
    *out = NULL;
    int rc = jx_read_file_max(path, opts ? opts->max_input : 0, &data, &len, err);
    if (rc)
        return rc;
    rc = jx_doc_parse(data, len, strcmp(path, "-") ? path : "<stdin>", opts, out, err);
    free(data);
    return rc;
}

/* ---- JSON writer ---- */

static void jkey(jx_buf *b, const char *k, int *first)
{
    if (!*first)
        jx_buf_putc(b, ',');
    *first = 0;
    jx_buf_json_str(b, k, strlen(k));
    jx_buf_putc(b, ':');
}

static void nl(jx_buf *b, int pretty, int depth)
{
    if (!pretty)
        return;
    jx_buf_putc(b, '\n');
    for (int i = 0; i < depth; i++)
        jx_buf_puts(b, "  ");
}

void jx_json_value(jx_buf *b, const jx_value *v) { jx_buf_json_value(b, v); }

void jx_json_indicator(jx_buf *b, const jx_indicator *ind)
{
    int f = 1;
    jx_buf_putc(b, '{');
    jkey(b, "level1", &f);
    jx_buf_json_cstr(b, ind->level1);
    jkey(b, "level2", &f);
    jx_buf_json_cstr(b, ind->level2);
    jkey(b, "level2_inferred", &f);
    jx_buf_puts(b, ind->level2_inferred ? "true" : "false");
    if (ind->level1_inferred) {
        jkey(b, "level1_inferred", &f);
        jx_buf_puts(b, "true");
    }
    jkey(b, "level3", &f);
    jx_buf_json_cstr(b, ind->level3);
    if (ind->period) {
        jkey(b, "period", &f);
        jx_buf_json_cstr(b, ind->period);
    }
    jkey(b, "target", &f);
    jx_json_value(b, &ind->target);
    jkey(b, "explanation", &f);
    jx_buf_json_cstr(b, ind->explanation);
    jkey(b, "line", &f);
    jx_buf_printf(b, "%d", ind->line);
    if (ind->pos) {
        jkey(b, "pos", &f);
        jx_buf_json_cstr(b, ind->pos);
    }
    if (ind->realigned) {
        jkey(b, "realigned", &f);
        jx_buf_puts(b, "true");
    }
    if (ind->split) {
        jkey(b, "split", &f);
        jx_buf_puts(b, "true");
    }
    if (ind->note) {
        jkey(b, "note", &f);
        jx_buf_json_cstr(b, ind->note);
    }
    if (ind->actual_raw) {
        jkey(b, "actual", &f);
        jx_buf_json_cstr(b, ind->actual_raw);
    }
    if (!isnan(ind->points)) {
        jkey(b, "points", &f);
        jx_buf_json_num(b, ind->points);
    }
    if (!isnan(ind->score)) {
        jkey(b, "score", &f);
        jx_buf_json_num(b, ind->score);
    }
    if (ind->deviation) {
        jkey(b, "deviation", &f);
        jx_buf_json_cstr(b, ind->deviation);
    }
    jx_buf_putc(b, '}');
}

static void jnum_or_null(jx_buf *b, double d) { jx_buf_json_num(b, d); }

static void json_table(jx_buf *b, const jx_table *t, int pretty, int depth)
{
    int f = 1;
    jx_buf_putc(b, '{');
    nl(b, pretty, depth + 1);
    jkey(b, "kind", &f);
    jx_buf_json_cstr(b, jx_table_kind_name(t->kind));
    jkey(b, "layout", &f);
    jx_buf_json_cstr(b, jx_layout_name(t->layout));
    jkey(b, "code", &f);
    jx_buf_json_cstr(b, t->code);
    jkey(b, "name", &f);
    jx_buf_json_cstr(b, t->name);
    jkey(b, "department", &f);
    jx_buf_json_cstr(b, t->department);
    jkey(b, "line", &f);
    jx_buf_printf(b, "%d", t->line);
    if (t->pos) {
        jkey(b, "pos", &f);
        jx_buf_json_cstr(b, t->pos);
    }
    nl(b, pretty, depth + 1);
    jkey(b, "funds", &f);
    jx_buf_puts(b, "{\"total\":");
    jnum_or_null(b, t->funds.total);
    jx_buf_puts(b, ",\"fiscal\":");
    jnum_or_null(b, t->funds.fiscal);
    jx_buf_puts(b, ",\"other\":");
    jnum_or_null(b, t->funds.other);
    jx_buf_putc(b, '}');
    const jx_execution *e = &t->execution;
    if (!isnan(e->budget) || !isnan(e->executed) || !isnan(e->initial)) {
        jkey(b, "execution", &f);
        jx_buf_puts(b, "{\"initial\":");
        jnum_or_null(b, e->initial);
        jx_buf_puts(b, ",\"budget\":");
        jnum_or_null(b, e->budget);
        jx_buf_puts(b, ",\"adjusted\":");
        jnum_or_null(b, e->adjusted);
        jx_buf_puts(b, ",\"executed\":");
        jnum_or_null(b, e->executed);
        jx_buf_puts(b, ",\"points\":");
        jnum_or_null(b, e->points);
        jx_buf_puts(b, ",\"rate\":");
        jnum_or_null(b, e->rate);
        jx_buf_puts(b, ",\"score\":");
        jnum_or_null(b, e->score);
        jx_buf_putc(b, '}');
    }
    if (!isnan(t->total_printed)) {
        jkey(b, "total_printed", &f);
        jx_buf_json_num(b, t->total_printed);
    }
    nl(b, pretty, depth + 1);
    jkey(b, "indicators", &f);
    jx_buf_putc(b, '[');
    for (size_t i = 0; i < t->n; i++) {
        if (i)
            jx_buf_putc(b, ',');
        nl(b, pretty, depth + 2);
        jx_json_indicator(b, &t->ind[i]);
    }
    if (t->n)
        nl(b, pretty, depth + 1);
    jx_buf_putc(b, ']');
    nl(b, pretty, depth);
    jx_buf_putc(b, '}');
}

static void json_doc(jx_buf *b, const jx_doc *d, int pretty, int depth)
{
    int f = 1;
    jx_buf_putc(b, '{');
    nl(b, pretty, depth + 1);
    jkey(b, "source", &f);
    jx_buf_json_cstr(b, d->source);
    jkey(b, "unit", &f);
    jx_buf_json_cstr(b, d->unit);
    jkey(b, "year", &f);
    if (d->year)
        jx_buf_printf(b, "%d", d->year);
    else
        jx_buf_puts(b, "null");
    jkey(b, "project_spending", &f);
    jx_buf_json_num(b, d->project_spending);
    nl(b, pretty, depth + 1);
    jkey(b, "tables", &f);
    jx_buf_putc(b, '[');
    for (size_t i = 0; i < d->ntables; i++) {
        if (i)
            jx_buf_putc(b, ',');
        nl(b, pretty, depth + 2);
        json_table(b, &d->tables[i], pretty, depth + 2);
    }
    if (d->ntables)
        nl(b, pretty, depth + 1);
    jx_buf_puts(b, "],");
    nl(b, pretty, depth + 1);
    jx_buf_puts(b, "\"notes\":[");
    for (size_t i = 0; i < d->nnotes; i++) {
        if (i)
            jx_buf_putc(b, ',');
        nl(b, pretty, depth + 2);
        int g = 1;
        jx_buf_putc(b, '{');
        jkey(b, "line", &g);
        jx_buf_printf(b, "%d", d->notes[i].line);
        jkey(b, "code", &g);
        jx_buf_json_cstr(b, d->notes[i].code);
        jkey(b, "message", &g);
        jx_buf_json_cstr(b, d->notes[i].message);
        jx_buf_putc(b, '}');
    }
    if (d->nnotes)
        nl(b, pretty, depth + 1);
    jx_buf_putc(b, ']');
    nl(b, pretty, depth);
    jx_buf_putc(b, '}');
}

/* Writes the buffer unless an append failed: then nothing at all, so a
 * truncated JSON never comes out. */
static int flush(FILE *f, jx_buf *b)
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

void jx_json_doc(jx_buf *b, const jx_doc *d) { json_doc(b, d, 0, 0); }

int jx_doc_write_json(FILE *f, jx_doc *const *docs, size_t n, int pretty)
{
    jx_buf b;
    jx_buf_init(&b);
    jx_buf_puts(&b, "{");
    nl(&b, pretty, 1);
    jx_buf_puts(&b, "\"documents\":[");
    for (size_t i = 0; i < n; i++) {
        if (i)
            jx_buf_putc(&b, ',');
        nl(&b, pretty, 2);
        json_doc(&b, docs[i], pretty, 2);
    }
    if (n)
        nl(&b, pretty, 1);
    jx_buf_puts(&b, "]");
    nl(&b, pretty, 0);
    jx_buf_puts(&b, "}\n");
    return flush(f, &b);
}

int jx_doc_write_ndjson(FILE *f, jx_doc *d)
{
    jx_buf b;
    jx_buf_init(&b);
    json_doc(&b, d, 0, 0);
    jx_buf_putc(&b, '\n');
    return flush(f, &b);
}

/* ---- CSV ---- */

void jx_csv_cell(jx_buf *b, const char *s, int first)
{
    if (!first)
        jx_buf_putc(b, ',');
    if (!s)
        return;
    int quote = 0;
    for (const char *p = s; *p; p++)
        if (*p == ',' || *p == '"' || *p == '\n' || *p == '\r')
            quote = 1;
    if (s[0] == ' ' || (s[0] && s[strlen(s) - 1] == ' '))
        quote = 1;
    if (!quote) {
        jx_buf_puts(b, s);
        return;
    }
    jx_buf_putc(b, '"');
    for (const char *p = s; *p; p++) {
        if (*p == '"')
            jx_buf_putc(b, '"');
        jx_buf_putc(b, *p);
    }
    jx_buf_putc(b, '"');
}

void jx_csv_num(jx_buf *b, double d)
{
    jx_buf_putc(b, ',');
    if (!isnan(d))
        jx_buf_printf(b, "%.15g", d);
}

int jx_doc_write_csv(FILE *f, jx_doc *const *docs, size_t n)
{
    jx_buf b;
    jx_buf_init(&b);
    /* a BOM so Excel and WPS open the UTF-8 right; readers skip it */
    jx_buf_puts(&b, "\xEF\xBB\xBFsource,table,code,name,level1,level2,level2_inferred,"
                    "level3,period,target,kind,op,value,value_max,unit,line\n");
    for (size_t di = 0; di < n; di++) {
        const jx_doc *d = docs[di];
        for (size_t ti = 0; ti < d->ntables; ti++) {
            const jx_table *t = &d->tables[ti];
            for (size_t i = 0; i < t->n; i++) {
                const jx_indicator *ind = &t->ind[i];
                const jx_value *v = &ind->target;
                jx_csv_cell(&b, d->source, 1);
                jx_csv_cell(&b, jx_table_kind_name(t->kind), 0);
                jx_csv_cell(&b, t->code, 0);
                jx_csv_cell(&b, t->name, 0);
                jx_csv_cell(&b, ind->level1, 0);
                jx_csv_cell(&b, ind->level2, 0);
                jx_csv_cell(&b, ind->level2_inferred ? "true" : "false", 0);
                jx_csv_cell(&b, ind->level3, 0);
                jx_csv_cell(&b, ind->period, 0);
                jx_csv_cell(&b, ind->target_raw, 0);
                jx_csv_cell(&b, jx_vkind_name(v->kind), 0);
                if (v->n) {
                    jx_csv_cell(&b, jx_op_name(v->t[0].op), 0);
                    jx_csv_num(&b, v->t[0].value);
                    jx_csv_num(&b, v->t[0].op == JX_OP_RANGE ? v->t[0].value_max
                                                             : NAN);
                    jx_csv_cell(&b, v->t[0].unit, 0);
                } else {
                    jx_buf_puts(&b, ",,,,");
                }
                jx_buf_printf(&b, ",%d\n", ind->line);
            }
        }
    }
    return flush(f, &b);
}

/* ---- terminal view ---- */

/* Appends s padded (or cut with …) to exactly w columns. */
void jx_pad(jx_buf *b, const char *s, size_t w)
{
    if (!s)
        s = "";
    size_t len = strlen(s), cols = 0, i = 0;
    size_t full = jx_utf8_width(s, len);
    size_t room = w > 4 ? w - 2 : w; /* columns keep a gap of two */
    if (full <= room) {
        jx_buf_puts(b, s);
        cols = full;
    } else {
        while (i < len) {
            uint32_t cp;
            int k = jx_utf8_decode((const unsigned char *)s + i, len - i, &cp);
            if (k <= 0)
                break;
            size_t cw = jx_utf8_width(s + i, (size_t)k);
            if (cols + cw + 1 > room)
                break;
            jx_buf_put(b, s + i, (size_t)k);
            cols += cw;
            i += (size_t)k;
        }
        jx_buf_puts(b, "…");
        cols++;
    }
    for (; cols < w; cols++)
        jx_buf_putc(b, ' ');
}

static size_t colw(const char *s, size_t cap)
{
    size_t w = s ? jx_utf8_width(s, strlen(s)) : 0;
    return w > cap ? cap : w;
}

static void fmt_amount(char *buf, size_t n, double v)
{
    if (isnan(v))
        snprintf(buf, n, "（空）");
    else
        snprintf(buf, n, "%.15g", v);
}

int jx_doc_write_table(FILE *f, jx_doc *d)
{
    jx_buf b;
    jx_buf_init(&b);
    jx_buf_printf(&b, "文件：%s", d->source);
    if (d->unit)
        jx_buf_printf(&b, "　单位：%s", d->unit);
    if (d->year)
        jx_buf_printf(&b, "　年度：%d", d->year);
    if (!isnan(d->project_spending))
        jx_buf_printf(&b, "　项目支出：%.15g 万元", d->project_spending);
    jx_buf_printf(&b, "\n");
    for (size_t ti = 0; ti < d->ntables; ti++) {
        const jx_table *t = &d->tables[ti];
        jx_buf_puts(&b, "\n");
        if (t->kind == JX_TABLE_DEPARTMENT)
            jx_buf_printf(&b, "== 部门整体绩效目标　%s", t->name ? t->name : "");
        else
            jx_buf_printf(&b, "== 项目　%s%s%s", t->code ? t->code : "",
                          t->code ? " " : "", t->name ? t->name : "");
        jx_buf_printf(&b, "（第 %d 行）\n", t->line);
        if (!isnan(t->funds.total) || !isnan(t->funds.fiscal)) {
            char a[32], c[32], o[32];
            fmt_amount(a, sizeof a, t->funds.total);
            fmt_amount(c, sizeof c, t->funds.fiscal);
            fmt_amount(o, sizeof o, t->funds.other);
            jx_buf_printf(&b, "   资金总额 %s 万元　财政性资金 %s　其他资金 %s\n", a,
                          c, o);
        }
        size_t w1 = 8, w2 = 8, w3 = 8, w4 = 6;
        for (size_t i = 0; i < t->n; i++) {
            const jx_indicator *ind = &t->ind[i];
            size_t a = colw(ind->level1, 16), c = colw(ind->level2, 18) + 1,
                   e = colw(ind->level3, 40), g = colw(ind->target_raw, 30);
            if (a > w1) w1 = a;
            if (c > w2) w2 = c;
            if (e > w3) w3 = e;
            if (g > w4) w4 = g;
        }
        int period = t->layout == JX_LAYOUT_FORM;
        if (period)
            jx_pad(&b, "期间", 8);
        jx_pad(&b, "一级指标", w1 + 2);
        jx_pad(&b, "二级指标", w2 + 2);
        jx_pad(&b, "三级指标", w3 + 2);
        jx_pad(&b, "指标值", w4 + 2);
        jx_buf_puts(&b, "行\n");
        for (size_t i = 0; i < t->n; i++) {
            const jx_indicator *ind = &t->ind[i];
            if (period)
                jx_pad(&b, ind->period, 8);
            jx_pad(&b, ind->level1, w1 + 2);
            char l2[256];
            snprintf(l2, sizeof l2, "%s%s", ind->level2 ? ind->level2 : "—",
                     ind->level2_inferred ? "*" : "");
            jx_pad(&b, l2, w2 + 2);
            jx_pad(&b, ind->level3, w3 + 2);
            jx_pad(&b, ind->target_raw[0] ? ind->target_raw : "（空）", w4 + 2);
            jx_buf_printf(&b, "%d%s\n", ind->line, ind->realigned ? "　已调整位置" : "");
        }
    }
    int inferred = 0;
    for (size_t ti = 0; ti < d->ntables; ti++)
        for (size_t i = 0; i < d->tables[ti].n; i++)
            inferred |= d->tables[ti].ind[i].level2_inferred;
    if (inferred)
        jx_buf_puts(&b, "\n* 二级指标由规则包推断\n");
    if (d->nnotes) {
        jx_buf_puts(&b, "\n解析说明：\n");
        for (size_t i = 0; i < d->nnotes; i++)
            jx_buf_printf(&b, "  第 %d 行 [%s] %s\n", d->notes[i].line,
                          d->notes[i].code, d->notes[i].message);
    }
    return flush(f, &b);
}

const char *jx_doc_empty_reason(const jx_doc *d)
{
    if (d->ntables)
        return NULL;
    for (size_t i = 0; i < d->nnotes; i++)
        if (!strcmp(d->notes[i].code, "no-table"))
            return d->notes[i].message;
    return NULL;
}

const char *jx_doc_line_pos(const jx_doc *d, int line)
{
    if (line <= 0)
        return NULL;
    for (size_t t = 0; t < d->ntables; t++)
        for (size_t i = 0; i < d->tables[t].n; i++)
            if (d->tables[t].ind[i].line == line && d->tables[t].ind[i].pos)
                return d->tables[t].ind[i].pos;
    for (size_t t = 0; t < d->ntables; t++)
        if (d->tables[t].line == line && d->tables[t].pos)
            return d->tables[t].pos;
    return NULL;
}
