/*
 * test_serve.c - the parts of `jixiao serve` that decide what is kept and
 * under which name: upload labels (never paths), the zip reader's limits
 * (entries, per-file and total inflated size, corrupt archives, GBK names)
 * and the result store (eviction, names and ids it refuses, files under
 * --data).  The HTTP side is tested over loopback (tests/serve/).
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zip.h>

#include "serve/serve.h"

/* ---- labels ---- */

static void label_is(const char *in, const char *want)
{
    char *l = sv_label(in);
    cr_assert_not_null(l);
    cr_expect_str_eq(l, want, "label of \"%s\"", in);
    free(l);
}

Test(label, path_parts_dropped)
{
    label_is("../../etc/passwd", "passwd");
    label_is("C:\\Users\\王\\目标表.xlsx", "目标表.xlsx");
    label_is("/abs/dir/", "上传文件");
    label_is("..", "上传文件");
    label_is(".", "上传文件");
    label_is("", "上传文件");
    label_is(NULL, "上传文件");
}

Test(label, control_and_markup_replaced)
{
    label_is("a\tb\r\nc.txt", "a_b__c.txt");
    label_is("x<script>.txt", "x_script_.txt");
    label_is("a\"b|c?.csv", "a_b_c_.csv");
    label_is("\xff\xfe名.txt", "__名.txt"); /* not UTF-8: byte by byte */
}

Test(label, long_names_cut_on_a_character)
{
    char in[1000] = "";
    for (int i = 0; i < 100; i++)
        strcat(in, "表");
    char *l = sv_label(in);
    cr_assert_leq(strlen(l), 120);
    cr_expect_eq(strlen(l) % 3, 0, "no half character");
    free(l);
}

/* ---- zip ---- */

static sv_config cfg_small(void)
{
    sv_config c = {0};
    c.max_file = 1 << 20;
    c.max_files = 50;
    c.zip_entries = 20;
    c.zip_total = 3 << 20;
    return c;
}

typedef struct entry {
    const char *name;
    size_t len;
    char fill;
} entry;

/* A zip in memory, written by libzip to a temporary file. */
static char *make_zip(const entry *e, size_t n, size_t *len)
{
    char path[] = "/tmp/test_serve-XXXXXX";
    int fd = mkstemp(path);
    cr_assert_geq(fd, 0);
    close(fd);
    int err = 0;
    zip_t *z = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &err);
    cr_assert_not_null(z);
    for (size_t i = 0; i < n; i++) {
        if (!e[i].len) { /* a folder */
            cr_assert_geq(zip_dir_add(z, e[i].name, ZIP_FL_ENC_RAW), 0);
            continue;
        }
        char *p = malloc(e[i].len);
        memset(p, e[i].fill, e[i].len);
        zip_source_t *s = zip_source_buffer(z, p, e[i].len, 1);
        cr_assert_geq(zip_file_add(z, e[i].name, s, ZIP_FL_ENC_RAW), 0);
    }
    cr_assert_eq(zip_close(z), 0);
    FILE *f = fopen(path, "rb");
    fseek(f, 0, SEEK_END);
    *len = (size_t)ftell(f);
    rewind(f);
    char *data = malloc(*len);
    cr_assert_eq(fread(data, 1, *len, f), *len);
    fclose(f);
    unlink(path);
    return data;
}

Test(unzip, entries_become_files)
{
    entry e[] = {{"2021/a.txt", 10, 'a'}, {"2021/", 0, 0}, {"__MACOSX/._a.txt", 5, 'm'},
                 {"b.actuals.csv", 3, 'b'}, {".hidden", 2, 'h'}};
    size_t len;
    char *z = make_zip(e, 5, &len);
    cr_assert(sv_is_zip(z, len));
    sv_config c = cfg_small();
    sv_files fs = {0};
    char err[300] = "";
    cr_assert_eq(sv_unzip(z, len, "docs.zip", &c, &fs, err, sizeof err), 0, "%s", err);
    cr_assert_eq(fs.n, 2);
    cr_expect_str_eq(fs.v[0].name, "a.txt");
    cr_expect_eq(fs.v[0].len, 10);
    cr_expect_eq(fs.v[0].data[9], 'a');
    cr_expect_str_eq(fs.v[1].name, "b.actuals.csv");
    sv_files_free(&fs);
    free(z);
}

Test(unzip, bomb_stops_at_the_limit)
{
    entry e[] = {{"zeros.txt", 8 << 20, 0}}; /* 8 MiB of zeros, ~8 KiB packed */
    size_t len;
    char *z = make_zip(e, 1, &len);
    cr_assert_lt(len, 100000);
    sv_config c = cfg_small();
    sv_files fs = {0};
    char err[300] = "";
    cr_assert_eq(sv_unzip(z, len, "bomb.zip", &c, &fs, err, sizeof err), -1);
    cr_expect(strstr(err, "bomb.zip") && strstr(err, "解压后过大"), "%s", err);
    cr_expect_eq(fs.n, 0);
    sv_files_free(&fs);
    free(z);
}

Test(unzip, total_over_the_limit)
{
    entry e[] = {{"a", 900 << 10, 'a'}, {"b", 900 << 10, 'b'}, {"c", 900 << 10, 'c'},
                 {"d", 900 << 10, 'd'}}; /* each under 1 MiB, 3.5 MiB together */
    size_t len;
    char *z = make_zip(e, 4, &len);
    sv_config c = cfg_small();
    sv_files fs = {0};
    char err[300] = "";
    cr_assert_eq(sv_unzip(z, len, "t.zip", &c, &fs, err, sizeof err), -1);
    cr_expect(strstr(err, "解压后过大"), "%s", err);
    sv_files_free(&fs);
    free(z);
}

Test(unzip, too_many_entries)
{
    entry e[30];
    char names[30][16];
    for (int i = 0; i < 30; i++) {
        snprintf(names[i], sizeof names[i], "f%d.txt", i);
        e[i] = (entry){names[i], 1, 'x'};
    }
    size_t len;
    char *z = make_zip(e, 30, &len);
    sv_config c = cfg_small();
    sv_files fs = {0};
    char err[300] = "";
    cr_assert_eq(sv_unzip(z, len, "many.zip", &c, &fs, err, sizeof err), -1);
    cr_expect(strstr(err, "超过 20 个"), "%s", err);
    sv_files_free(&fs);
    free(z);
}

Test(unzip, corrupt_and_gbk_names)
{
    sv_config c = cfg_small();
    sv_files fs = {0};
    char err[300] = "";
    cr_assert_eq(sv_unzip("PK\x03\x04garbage", 11, "bad.zip", &c, &fs, err, sizeof err), -1);
    cr_expect(strstr(err, "bad.zip: 不是有效的 zip"), "%s", err);
    entry e[] = {{"\xc4\xbf\xb1\xea\xb1\xed.txt", 4, 't'}}; /* 目标表 in GBK */
    size_t len;
    char *z = make_zip(e, 1, &len);
    cr_assert_eq(sv_unzip(z, len, "win.zip", &c, &fs, err, sizeof err), 0, "%s", err);
    cr_expect_str_eq(fs.v[0].name, "目标表.txt");
    sv_files_free(&fs);
    free(z);
}

/* ---- store ---- */

static void res_with(sv_res *r, const char *name, const char *text)
{
    sv_res_init(r);
    sv_res_add(r, name, "text/plain", "", strdup(text), strlen(text));
}

Test(store, keeps_the_last_results)
{
    sv_config c = {0};
    c.store_results = 2;
    c.store_bytes = 1 << 20;
    cr_assert_eq(sv_store_init(&c), 0);
    char id[3][33];
    for (int i = 0; i < 3; i++) {
        sv_res r;
        char t[16];
        snprintf(t, sizeof t, "result %d", i);
        res_with(&r, "a.txt", t);
        cr_assert_eq(sv_store_put(&r, id[i]), 0);
        sv_res_free(&r);
    }
    char *p;
    size_t n;
    const char *type;
    cr_expect_eq(sv_store_get(id[0], "a.txt", &p, &n, &type), -1, "the oldest is dropped");
    cr_assert_eq(sv_store_get(id[2], "a.txt", &p, &n, &type), 0);
    cr_expect(n == 8 && !memcmp(p, "result 2", 8));
    free(p);
    cr_expect_eq(sv_store_add(id[2], "b.txt", "text/plain", "x", 1), 0);
    cr_expect_eq(sv_store_get(id[2], "b.txt", &p, &n, &type), 0);
    free(p);
    /* names and ids that are not the server's */
    cr_expect_eq(sv_store_get(id[2], "../a.txt", &p, &n, &type), -1);
    cr_expect_eq(sv_store_get(id[2], ".a", &p, &n, &type), -1);
    cr_expect_eq(sv_store_get(id[2], "A.TXT", &p, &n, &type), -1);
    cr_expect_eq(sv_store_get("../../etc", "passwd", &p, &n, &type), -1);
    cr_expect_eq(sv_store_add(id[2], "../../x", "text/plain", "x", 1), -1);
    sv_store_free();
}

Test(store, byte_cap)
{
    sv_config c = {0};
    c.store_results = 100;
    c.store_bytes = 20;
    cr_assert_eq(sv_store_init(&c), 0);
    char a[33], b[33];
    sv_res r;
    res_with(&r, "a.txt", "0123456789ab"); /* 12 bytes */
    cr_assert_eq(sv_store_put(&r, a), 0);
    sv_res_free(&r);
    res_with(&r, "a.txt", "0123456789ab");
    cr_assert_eq(sv_store_put(&r, b), 0, "the first makes room");
    sv_res_free(&r);
    char *p;
    size_t n;
    const char *type;
    cr_expect_eq(sv_store_get(a, "a.txt", &p, &n, &type), -1);
    cr_expect_eq(sv_store_get(b, "a.txt", &p, &n, &type), 0);
    free(p);
    res_with(&r, "a.txt", "012345678901234567890123456789");
    cr_expect_eq(sv_store_put(&r, a), -1, "bigger than the whole store");
    sv_res_free(&r);
    sv_store_free();
}

Test(store, on_disk)
{
    char dir[] = "/tmp/test_serve-data-XXXXXX";
    cr_assert_not_null(mkdtemp(dir));
    sv_config c = {0};
    c.store_results = 1;
    c.store_bytes = 1 << 20;
    c.data_dir = dir;
    cr_assert_eq(sv_store_init(&c), 0);
    char a[33], b[33], path[200];
    sv_res r;
    res_with(&r, "report.html", "<p>x</p>");
    cr_assert_eq(sv_store_put(&r, a), 0);
    sv_res_free(&r);
    snprintf(path, sizeof path, "%s/results/%s/report.html", dir, a);
    struct stat st;
    cr_assert_eq(stat(path, &st), 0);
    cr_expect_eq(st.st_mode & 0777, 0600);
    res_with(&r, "report.html", "<p>y</p>");
    cr_assert_eq(sv_store_put(&r, b), 0);
    sv_res_free(&r);
    cr_expect_neq(stat(path, &st), 0, "the evicted result's folder is removed");
    char *p;
    size_t n;
    const char *type;
    cr_assert_eq(sv_store_get(b, "report.html", &p, &n, &type), 0);
    cr_expect(n == 8 && !memcmp(p, "<p>y</p>", 8));
    free(p);
    sv_store_free();
    snprintf(path, sizeof path, "rm -rf '%s'", dir);
    cr_expect_eq(system(path), 0);
}
