/*
 * cmd_check.c - `jixiao check FILE...`: the reviewer's findings on
 * targets before the year (绩效目标审核), from the checks in the pack.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "doc_int.h"
#include "write/write.h"

static void help(FILE *f)
{
    if (cli_help_english()) {
        fputs(
              "Usage: jixiao check [OPTIONS] FILE...\n"
              "\n"
              "Reviews the target tables in each FILE with the checks of the rule pack\n"
              "(completeness, measurability, consistency with funds and budget totals,\n"
              "direction of cost and rate targets, damage) and lists the findings like\n"
              "a compiler: FILE:LINE: severity[code]: message.  `jixiao rules show PACK`\n"
              "lists the checks; a pack can silence or re-grade any of them.\n"
              "\n"
              "  --format FMT     text (default), json, csv, html (printable, A4)\n"
              "  --fail-on SEV    exit 1 when a finding reaches SEV: error (default),\n"
              "                   warning, info\n"
              "  --rules PACK     rule pack (default national)\n"
              "  --encoding ENC   auto, utf-8, gb18030\n"
              CLI_INPUT_HELP
              "  --max-input SIZE largest input read (default 256M; e.g. 512M, 1G)\n"
          "  -h, --help       this help (--help=zh: in Chinese)\n"
              "\n"
              "Exit status: 0 nothing at --fail-on, 1 something is, 2 usage or input\n"
              "error.\n",
              f);
        return;
    }
    fputs(
          "用法: jixiao check [选项] 文件...\n"
          "\n"
          "用规则包中的检查审核每个文件中的绩效目标表（完整性、可衡量性、与资金和预算\n"
          "总额是否一致、成本类和比率类指标的方向、残缺的单元格），像编译器一样逐条列出\n"
          "发现：文件:行: 级别[代码]: 说明。`jixiao rules show 规则包` 列出全部检查；\n"
          "规则包可以关闭或调整任何一项的级别。\n"
          "\n"
          "  --format 格式    text（默认）、json、csv、html（可打印的审核意见，A4）\n"
          "  --fail-on 级别   发现达到该级别时退出状态为 1：error（默认）、warning、info\n"
          "  --rules 规则包   规则包（默认 national）\n"
          "  --encoding 编码  auto、utf-8、gb18030\n"
          CLI_INPUT_HELP_ZH
          "  --max-input 大小 读取的最大输入（默认 256M；如 512M、1G）\n"
          "  -h, --help       本帮助（--help=en 英文）\n"
          "\n"
          "退出状态：0 没有达到 --fail-on 级别的发现，1 有，2 用法错误或输入无法读取。\n",
          f);
}

typedef struct fnd {
    jx_severity sev;
    const char *code, *message, *source, *project, *indicator;
    int line;
    size_t seq;
} fnd;

typedef struct coll {
    jx_arena arena;
    fnd *f;
    size_t n, cap;
} coll;

static int collect(const jx_finding *f, void *ud)
{
    coll *c = ud;
    if (c->n == c->cap) {
        size_t cap = c->cap ? c->cap * 2 : 32;
        fnd *nf = realloc(c->f, cap * sizeof *nf);
        if (!nf)
            return 1;
        c->f = nf;
        c->cap = cap;
    }
    fnd *x = &c->f[c->n];
    x->sev = f->severity;
    x->code = jx_arena_strdup(&c->arena, f->code);
    x->message = jx_arena_strdup(&c->arena, f->message);
    x->source = jx_arena_strdup(&c->arena, f->source);
    x->project = jx_arena_strdup(&c->arena, f->project);
    x->indicator = jx_arena_strdup(&c->arena, f->indicator);
    x->line = f->line;
    x->seq = c->n;
    c->n++;
    return 0;
}

static int by_line(const void *a, const void *b)
{
    const fnd *x = a, *y = b;
    if (x->line != y->line)
        return x->line < y->line ? -1 : 1;
    /* code, then message: a pack that iterates with pairs() must not make
     * the order change from run to run */
    int c = strcmp(x->code, y->code);
    if (c)
        return c;
    c = strcmp(x->message, y->message);
    if (c)
        return c;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* The reviewer's findings as one printable page. */
static int html_out(jx_buf *b, const coll *c, const char *pack)
{
    jx_html_finding *h = calloc(c->n + 1, sizeof *h);
    if (!h)
        return -1;
    for (size_t i = 0; i < c->n; i++) {
        const fnd *f = &c->f[i];
        h[i] = (jx_html_finding){jx_severity_name(f->sev), f->code, f->message, f->source,
                                 f->project, f->indicator, f->line};
    }
    jx_findings_html(b, h, c->n, pack);
    free(h);
    return 0;
}

int cmd_check(int argc, char **argv)
{
    if (cli_is_help(argc, argv)) {
        help(stdout);
        return JX_EXIT_OK;
    }
    cli_input in = {0};
    const char *format = "text", *enc = "auto", *pack = "national", *fail = "error";
    const char *maxin = NULL; /* --max-input */
    int r, nfiles = 0;
    char **files = calloc((size_t)argc, sizeof *files);
    if (!files)
        return JX_EXIT_USAGE;
    int rc = JX_EXIT_USAGE;
    for (int i = 1; i < argc; i++) {
        const char *v;
        if ((r = cli_opt("check", argc, argv, &i, "--format", &v))) {
            if (r < 0)
                goto out0;
            format = v;
        } else if ((r = cli_input_opt("check", argc, argv, &i, &in))) {
            if (r < 0)
                goto out0;
        } else if ((r = cli_opt("check", argc, argv, &i, "--encoding", &v))) {
            if (r < 0)
                goto out0;
            enc = v;
        } else if ((r = cli_opt("check", argc, argv, &i, "--max-input", &v))) {
            if (r < 0)
                goto out0;
            maxin = v;
        } else if ((r = cli_opt("check", argc, argv, &i, "--rules", &v))) {
            if (r < 0)
                goto out0;
            pack = v;
        } else if ((r = cli_opt("check", argc, argv, &i, "--fail-on", &v))) {
            if (r < 0)
                goto out0;
            fail = v;
        } else if (argv[i][0] == '-' && argv[i][1]) {
            cli_usage_error("check", "未知选项 %s（见 jixiao check --help）", argv[i]);
            goto out0;
        } else {
            files[nfiles++] = argv[i];
        }
    }
    jx_severity fail_sev;
    if (!strcmp(fail, "error"))
        fail_sev = JX_SEV_ERROR;
    else if (!strcmp(fail, "warning"))
        fail_sev = JX_SEV_WARNING;
    else if (!strcmp(fail, "info"))
        fail_sev = JX_SEV_INFO;
    else {
        cli_usage_error("check", "--fail-on 只能是 error、warning 或 info");
        goto out0;
    }
    if (strcmp(format, "text") && strcmp(format, "json") && strcmp(format, "csv") &&
        strcmp(format, "html")) {
        cli_usage_error("check", "未知格式 %s（可用 text、json、csv、html）", format);
        goto out0;
    }
    if (!nfiles) {
        cli_usage_error("check", "缺少输入文件（用 - 读标准输入）");
        goto out0;
    }
    jx_parse_opts po = {0};
    if (cli_encoding("check", enc, &po.encoding))
        goto out0;
    if (cli_input_apply("check", &in, &po) ||
        (maxin && cli_max_input("check", maxin, &po.max_input)))
        goto out0;
    jx_engine *e;
    if (cli_engine("check", pack, &e))
        goto out0;
    coll c;
    memset(&c, 0, sizeof c);
    jx_arena_init(&c.arena);
    int input_bad = 0, read_ok = 0;
    size_t counts[3] = {0, 0, 0};
    jx_buf b;
    jx_buf_init(&b);
    if (!strcmp(format, "json"))
        jx_buf_puts(&b, "{\"findings\":[");
    else if (!strcmp(format, "csv"))
        jx_buf_puts(&b, "\xEF\xBB\xBFseverity,code,source,line,project,indicator,message\n");
    size_t emitted = 0;
    for (int i = 0; i < nfiles; i++) {
        jx_doc *d;
        if (cli_load("check", files[i], &po, e, &d)) {
            input_bad = 1;
            continue;
        }
        size_t from = c.n;
        jx_error err = {0};
        read_ok++;
        if (!jx_doc_ntables(d)) {
            /* nothing to review is itself a finding: wrong file? */
            jx_finding nf = {JX_SEV_ERROR, "no-tables", "文件中没有找到绩效目标表（部门整体、项目表、预算10表或自评表）",
                             jx_doc_source(d), 0, NULL, NULL};
            collect(&nf, &c);
        }
        jx_engine_check(e, d, collect, &c, &err);
        qsort(c.f + from, c.n - from, sizeof *c.f, by_line);
        for (size_t k = from; k < c.n; k++) {
            const fnd *f = &c.f[k];
            counts[f->sev]++;
            if (!strcmp(format, "text")) {
                const char *pos = jx_doc_line_pos(d, f->line);
                if (pos) /* an office file: sheet and cell, or page */
                    jx_buf_printf(&b, "%s: %s[%s]: %s\n", pos, jx_severity_name(f->sev),
                                  f->code, f->message);
                else if (f->line)
                    jx_buf_printf(&b, "%s:%d: %s[%s]: %s\n", f->source, f->line,
                                  jx_severity_name(f->sev), f->code, f->message);
                else
                    jx_buf_printf(&b, "%s: %s[%s]: %s\n", f->source, jx_severity_name(f->sev),
                                  f->code, f->message);
            } else if (!strcmp(format, "html")) {
                /* written once all files are read */
            } else if (!strcmp(format, "csv")) {
                jx_csv_cell(&b, jx_severity_name(f->sev), 1);
                jx_csv_cell(&b, f->code, 0);
                jx_csv_cell(&b, f->source, 0);
                jx_buf_printf(&b, ",%d", f->line);
                jx_csv_cell(&b, f->project, 0);
                jx_csv_cell(&b, f->indicator, 0);
                jx_csv_cell(&b, f->message, 0);
                jx_buf_putc(&b, '\n');
            } else {
                jx_buf_puts(&b, emitted ? ",\n  {\"severity\":" : "\n  {\"severity\":");
                jx_buf_json_cstr(&b, jx_severity_name(f->sev));
                jx_buf_puts(&b, ",\"code\":");
                jx_buf_json_cstr(&b, f->code);
                jx_buf_puts(&b, ",\"message\":");
                jx_buf_json_cstr(&b, f->message);
                jx_buf_puts(&b, ",\"source\":");
                jx_buf_json_cstr(&b, f->source);
                jx_buf_printf(&b, ",\"line\":%d,\"project\":", f->line);
                jx_buf_json_cstr(&b, f->project);
                jx_buf_puts(&b, ",\"indicator\":");
                jx_buf_json_cstr(&b, f->indicator);
                jx_buf_putc(&b, '}');
            }
            emitted++;
        }
        jx_doc_free(d);
    }
    if (!strcmp(format, "json"))
        jx_buf_printf(&b, "%s],\"summary\":{\"error\":%zu,\"warning\":%zu,\"info\":%zu}}\n",
                      emitted ? "\n" : "", counts[JX_SEV_ERROR], counts[JX_SEV_WARNING],
                      counts[JX_SEV_INFO]);
    else if (!strcmp(format, "text") && read_ok)
        jx_buf_printf(&b, "共 %zu 条：错误 %zu，警告 %zu，提示 %zu\n", emitted,
                      counts[JX_SEV_ERROR], counts[JX_SEV_WARNING], counts[JX_SEV_INFO]);
    else if (!strcmp(format, "html") && html_out(&b, &c, jx_engine_pack(e)))
        fprintf(stderr, "jixiao check: 内存不足\n");
    if (b.len) /* nothing at all when every input failed */
        fwrite(b.p, 1, b.len, stdout);
    jx_buf_free(&b);
    rc = JX_EXIT_OK;
    for (int s = fail_sev; s <= JX_SEV_ERROR; s++)
        if (counts[s])
            rc = JX_EXIT_FAIL;
    if (input_bad)
        rc = JX_EXIT_USAGE;
    free(c.f);
    jx_arena_free(&c.arena);
    jx_engine_free(e);
out0:
    free(files);
    return rc;
}
