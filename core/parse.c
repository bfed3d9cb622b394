/*
 * parse.c - jx_doc_parse: the input's size checked, its format sniffed
 * (office containers by magic, text formats by name and content), the
 * bytes decoded, and the reader for the format called; then --kind and
 * --layout applied.  The only place that knows every reader.
 */
#include "doc_int.h"
#include "read/office.h"
#include "read/read.h"
#include "vocab.h"

#include <stdio.h>
#include <stdlib.h>
#include <strings.h>

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
    /* a CSV header naming the 三级指标 column, on the first line or after a
     * title and fields that are comma-separated too (a sheet saved as CSV) */
    size_t k = i;
    for (int ln = 0; ln < 40 && k < len; ln++) {
        const char *nl = memchr(data + k, '\n', len - k);
        size_t e = nl ? (size_t)(nl - data) : len;
        int has_col = 0, commas = 0;
        for (size_t q = k; q < e; q++) {
            commas += data[q] == ',';
            if (q + 12 <= e && !memcmp(data + q, "三级指标", 12))
                has_col = 1;
        }
        if (has_col)
            return commas >= 2 ? JX_FMT_CSV : JX_FMT_TEXT;
        if (!commas && e > k + 1)
            return JX_FMT_TEXT; /* a line of text that is not a row */
        k = e + 1;
    }
    return JX_FMT_TEXT;
}

static const char *const fmt_names[] = {"auto", "text", "csv",  "json",  "yaml",
                                        "xlsx", "docx", "html", "pdf", "legacy"};

const char *jx_format_name(jx_format f)
{
    return (unsigned)f < JX_ARRAY_LEN(fmt_names) ? fmt_names[f] : "?";
}

jx_status jx_format_parse(const char *s, jx_format *out)
{
    for (size_t i = 0; i < JX_ARRAY_LEN(fmt_names); i++)
        if (!strcasecmp(s, fmt_names[i])) {
            *out = (jx_format)i;
            return JX_OK;
        }
    static const struct { const char *n; jx_format f; } alias[] = {
        {"tsv", JX_FMT_CSV}, {"yml", JX_FMT_YAML}, {"xlsm", JX_FMT_XLSX},
        {"htm", JX_FMT_HTML}, {"xls", JX_FMT_LEGACY}, {"doc", JX_FMT_LEGACY},
        {"et", JX_FMT_LEGACY}, {"wps", JX_FMT_LEGACY}, {"txt", JX_FMT_TEXT}};
    for (size_t i = 0; i < JX_ARRAY_LEN(alias); i++)
        if (!strcasecmp(s, alias[i].n)) {
            *out = alias[i].f;
            return JX_OK;
        }
    return JX_EUSAGE;
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

/* The end of every parse, rc being the reader's: a failed read frees
 * the document (err names the input when the reader did not); a good
 * one is finished and takes the caller's --kind / --layout. */
static int finish(jx_doc *d, int rc, const char *name, const jx_parse_opts *o, jx_doc **out,
                  jx_error *err)
{
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

static int parse_office(const char *data, size_t len, const char *name,
                        jx_format f, const jx_parse_opts *o, jx_doc **out,
                        jx_error *err)
{
    jx_doc *d = jx_doc_new(name);
    if (!d)
        return jx_fail(err, JX_ENOMEM, name, 0, 0, "内存不足");
    return finish(d, jx_read_office(d, f, data, len, o, err), name, o, out, err);
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

static jx_status parse_doc(const char *data, size_t len, const char *name,
                           const jx_parse_opts *opts, jx_doc **out, jx_error *err);

/* The reader sees the caller's header vocabulary for this call only. */
jx_status jx_doc_parse(const char *data, size_t len, const char *name,
                 const jx_parse_opts *opts, jx_doc **out, jx_error *err)
{
    const jx_columns *was = jx_vocab_use(opts ? opts->columns : NULL);
    jx_status rc = parse_doc(data, len, name, opts, out, err);
    jx_vocab_use(was);
    return rc;
}

static jx_status parse_doc(const char *data, size_t len, const char *name,
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
    int rc = jx_decode(data, len, name, o.encoding, &text, &tlen, err);
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
    return finish(d, rc, name, opts, out, err);
}

jx_status jx_doc_parse_file(const char *path, const jx_parse_opts *opts,
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

