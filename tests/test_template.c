/*
 * test_template.c - the fill-in sheet through the public API only
 * (jixiao/template.h): formats by name, 分值 from the pack, the 变动率
 * columns, the 预算执行率 row, a pack whose 分值 fail, and every format
 * written to a stream and to a file.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "jixiao/jixiao.h"

static const char *const dirs[] = {JX_SOURCE_DIR "/rules", NULL};

static jx_engine *open_pack(const char *name)
{
    jx_engine_opts o = {dirs, 0, 0};
    jx_engine *e = NULL;
    jx_error err = {0};
    cr_assert_eq(jx_engine_open(name, &o, &e, &err), JX_OK, "%s", err.msg);
    return e;
}

/* One project: two 数量 indicators under 产出 and a 变动率 one under 效益 */
#define TARGETS                                                                \
    "项目编码,项目名称,一级指标,二级指标,三级指标,年度指标值\n"               \
    "1-1,示例,产出指标,数量指标,培训场次,≥4次\n"                               \
    "1-1,示例,产出指标,数量指标,培训人数,≥100人\n"                             \
    "1-1,示例,效益指标,社会效益指标,投诉量同比下降,同比下降5%\n"

static jx_doc *targets(jx_engine *e)
{
    jx_doc *d = NULL;
    jx_error err = {0};
    jx_parse_opts po = {.format = JX_FMT_CSV};
    cr_assert_eq(jx_doc_parse(TARGETS, strlen(TARGETS), "t.csv", &po, &d, &err), JX_OK, "%s",
                 err.msg);
    cr_assert_eq(jx_engine_frame(e, d, &err), JX_OK, "%s", err.msg);
    return d;
}

/* The template written as f, NUL-terminated (free it). */
static char *written(const jx_template *tp, jx_tpl_format f, size_t *len)
{
    char *p = NULL;
    size_t n = 0;
    FILE *m = open_memstream(&p, &n);
    cr_assert(m);
    jx_error err = {0};
    cr_assert_eq(jx_template_write(tp, f, m, &err), JX_OK, "%s", err.msg);
    fclose(m);
    if (len)
        *len = n;
    return p;
}

Test(template, format_names)
{
    jx_tpl_format f;
    cr_assert_eq(jx_tpl_format_parse("csv", &f), JX_OK);
    cr_assert_eq(f, JX_TPL_CSV);
    cr_assert_eq(jx_tpl_format_parse("xlsx", &f), JX_OK);
    cr_assert_eq(f, JX_TPL_XLSX);
    cr_assert_eq(jx_tpl_format_parse("yaml", &f), JX_OK);
    cr_assert_eq(f, JX_TPL_YAML);
    cr_assert_eq(jx_tpl_format_parse("json", &f), JX_OK);
    cr_assert_eq(f, JX_TPL_JSON);
    cr_assert_eq(jx_tpl_format_parse("md", &f), JX_EUSAGE);
}

Test(template, csv_rows)
{
    jx_engine *e = open_pack("national");
    jx_doc *d = targets(e);
    jx_template *tp = NULL;
    jx_error err = {0};
    cr_assert_eq(jx_template_new(e, d, &tp, &err), JX_OK, "%s", err.msg);
    cr_assert_null(jx_template_table_error(tp, 0));
    cr_assert_null(jx_template_table_error(tp, 1)); /* beyond the count */
    char *s = written(tp, JX_TPL_CSV, NULL);
    cr_assert(!strncmp(s, "\xEF\xBB\xBF表类型,", 12), "BOM and header: %.40s", s);
    /* national: 产出 50 points over its 2 indicators, 25 each; the
     * 数量 rows hold "/" for 本年数 and 上年数 */
    cr_assert(strstr(s, "项目,1-1,示例,产出指标,数量指标,培训场次,≥4次,25,,/,/,,,,\n"), "%s", s);
    /* a change target (同比下降5%) asks for 本年数 and 上年数 */
    cr_assert(strstr(s, ",投诉量同比下降,同比下降5%,"), "%s", s);
    cr_assert(strstr(s, ",同比下降5%,30,,,,,,,\n"), "%s", s);
    /* the project's 预算执行率 row: national gives it 10 points */
    cr_assert(strstr(s, "项目,1-1,示例,预算执行率,,,,10,,,,,,,\n"), "%s", s);
    free(s);
    jx_template_free(tp);
    jx_doc_free(d);
    jx_engine_free(e);
}

Test(template, json_and_yaml)
{
    jx_engine *e = open_pack("national");
    jx_doc *d = targets(e);
    jx_template *tp = NULL;
    jx_error err = {0};
    cr_assert_eq(jx_template_new(e, d, &tp, &err), JX_OK, "%s", err.msg);
    char *j = written(tp, JX_TPL_JSON, NULL);
    cr_assert(!strncmp(j, "{\"source\":\"t.csv\",\"actuals\":[", 29), "%s", j);
    cr_assert(strstr(j, "\"current\":null,\"previous\":null"), "%s", j);
    cr_assert(strstr(j, "\"execution\":[\n  {\"code\":\"1-1\",\"name\":\"示例\","
                        "\"budget\":null,\"executed\":null}\n]}\n"),
              "%s", j);
    char *y = written(tp, JX_TPL_YAML, NULL);
    cr_assert(!strncmp(y, "# jixiao 自评填报表", 22), "%s", y);
    cr_assert(strstr(y, "\nexecution:\n  - {code: \"1-1\", name: \"示例\", budget: null, executed: null}\n"),
              "%s", y);
    free(j);
    free(y);
    jx_template_free(tp);
    jx_doc_free(d);
    jx_engine_free(e);
}

Test(template, xlsx_to_stream_and_file)
{
    jx_engine *e = open_pack("national");
    jx_doc *d = targets(e);
    jx_template *tp = NULL;
    jx_error err = {0};
    cr_assert_eq(jx_template_new(e, d, &tp, &err), JX_OK, "%s", err.msg);
    size_t n = 0;
    char *x = written(tp, JX_TPL_XLSX, &n);
    cr_assert(n > 1000 && !memcmp(x, "PK", 2), "a zip: %zu bytes", n);
    free(x);
    char path[] = "/tmp/jx-test-template-XXXXXX";
    int fd = mkstemp(path);
    cr_assert(fd >= 0);
    close(fd);
    cr_assert_eq(jx_template_write_file(tp, JX_TPL_CSV, path, &err), JX_OK, "%s", err.msg);
    char *data = NULL;
    size_t len = 0;
    cr_assert_eq(jx_file_read(path, 0, &data, &len, &err), JX_OK, "%s", err.msg);
    char *s = written(tp, JX_TPL_CSV, NULL);
    cr_assert_str_eq(data, s); /* the file holds what the stream gets */
    free(s);
    jx_free(data);
    unlink(path);
    jx_template_free(tp);
    jx_doc_free(d);
    jx_engine_free(e);
}

Test(template, no_tables)
{
    jx_engine *e = open_pack("national");
    jx_doc *d = NULL;
    jx_error err = {0};
    cr_assert_eq(jx_doc_parse("只有一段话。\n", 19, "p.txt", NULL, &d, &err), JX_OK);
    jx_template *tp = (jx_template *)1;
    cr_assert_eq(jx_template_new(e, d, &tp, &err), JX_EINPUT);
    cr_assert_null(tp);
    cr_assert(strstr(err.msg, "没有找到绩效目标表"), "%s", err.msg);
    jx_doc_free(d);
    jx_engine_free(e);
}

/* tests/data/packs/points-error: the 分值 of project tables fail.  Text
 * formats are written whole (the 分值 left empty), the workbook not. */
Test(template, points_error)
{
    const char *const pd[] = {JX_TEST_DATA "/packs", JX_SOURCE_DIR "/rules", NULL};
    jx_engine_opts o = {pd, 0, 0};
    jx_engine *e = NULL;
    jx_error err = {0};
    cr_assert_eq(jx_engine_open("points-error", &o, &e, &err), JX_OK, "%s", err.msg);
    jx_doc *d = targets(e);
    jx_template *tp = NULL;
    cr_assert_eq(jx_template_new(e, d, &tp, &err), JX_OK, "%s", err.msg);
    const jx_error *te = jx_template_table_error(tp, 0);
    cr_assert_not_null(te);
    cr_assert_eq(te->code, JX_ERULE);
    cr_assert(strstr(te->msg, "分值出错"), "%s", te->msg);
    char *s = written(tp, JX_TPL_CSV, NULL);
    cr_assert(strstr(s, ",培训场次,≥4次,,,/,/,"), "no 分值: %s", s);
    free(s);
    FILE *m = tmpfile();
    cr_assert_eq(jx_template_write(tp, JX_TPL_XLSX, m, &err), JX_ERULE);
    cr_assert_eq(ftell(m), 0); /* nothing written */
    cr_assert(strstr(err.msg, "分值出错"), "%s", err.msg);
    fclose(m);
    jx_template_free(tp);
    jx_doc_free(d);
    jx_engine_free(e);
}
