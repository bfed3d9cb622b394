/*
 * cmd_score.c - `jixiao score TARGETS --actuals FILE`: the year-end
 * self-evaluation, every point explained; `--verify` re-checks a filled
 * form against the rules.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "scorecard.h"

static void help(FILE *f)
{
    fputs("用法: jixiao score TARGETS --actuals FILE [OPTIONS]\n"
          "       jixiao score FORM --verify [OPTIONS]\n"
          "\n"
          "Scores the year's actual results against the targets in TARGETS and\n"
          "prints the 绩效自评表 per project (and for the department table): 一级/\n"
          "二级/三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因; 预算执行率; total\n"
          "and grade; then the deviation list and findings.\n"
          "\n"
          "  --actuals FILE   the filled template (CSV from `jixiao template`), or\n"
          "                   YAML/JSON ({actuals: [...], execution: [...]}).\n"
          "                   Matched by project code and 三级指标 name.\n"
          "  --verify         TARGETS is a filled self-evaluation form (or filled\n"
          "                   template): recompute every 得分, total and 执行率 and\n"
          "                   report each that differs from the rules\n"
          "  --rules PACK     rule pack (default national)\n"
          "  --format FMT     table (default), json, csv, md\n"
          "  --explain        print the formula with its numbers under each row\n"
          "  --encoding ENC   auto, utf-8, gb18030 (for both inputs)\n"
          "  --max-input SIZE largest input read (default 256M; e.g. 512M, 1G)\n"
          "  -h, --help       this help\n"
          "\n"
          "An indicator without an actual is never scored as 0 or as full: it is\n"
          "left unscored and listed.  An actual that matches no indicator, or is\n"
          "given twice, is an input error.\n"
          "Exit status: 0 scored, 1 scored with findings at error level (e.g.\n"
          "--verify found differences), 2 usage or input error.\n",
          f);
}

int cmd_score(int argc, char **argv)
{
    if (cli_is_help(argc, argv)) {
        help(stdout);
        return JX_EXIT_OK;
    }
    const char *format = "table", *enc = "auto", *pack = "national", *actuals = NULL,
               *target = NULL;
    const char *maxin = NULL; /* --max-input */
    int explain = 0, verify = 0, r;
    for (int i = 1; i < argc; i++) {
        const char *v;
        if ((r = cli_opt("score", argc, argv, &i, "--format", &v))) {
            if (r < 0)
                return JX_EXIT_USAGE;
            format = v;
        } else if ((r = cli_opt("score", argc, argv, &i, "--encoding", &v))) {
            if (r < 0)
                return JX_EXIT_USAGE;
            enc = v;
        } else if ((r = cli_opt("score", argc, argv, &i, "--max-input", &v))) {
            if (r < 0)
                return JX_EXIT_USAGE;
            maxin = v;
        } else if ((r = cli_opt("score", argc, argv, &i, "--rules", &v))) {
            if (r < 0)
                return JX_EXIT_USAGE;
            pack = v;
        } else if ((r = cli_opt("score", argc, argv, &i, "--actuals", &v))) {
            if (r < 0)
                return JX_EXIT_USAGE;
            actuals = v;
        } else if (cli_flag(argv, i, "--explain")) {
            explain = 1;
        } else if (cli_flag(argv, i, "--verify")) {
            verify = 1;
        } else if (argv[i][0] == '-' && argv[i][1]) {
            return cli_usage_error("score", "未知选项 %s（见 jixiao score --help）", argv[i]);
        } else if (!target) {
            target = argv[i];
        } else {
            return cli_usage_error("score", "只能给一个目标表文件（批量请用 jixiao batch）");
        }
    }
    if (!target)
        return cli_usage_error("score", "缺少目标表文件");
    if (!actuals && !verify)
        return cli_usage_error("score", "需要 --actuals FILE，或用 --verify 复核已填好的自评表");
    if (actuals && verify)
        return cli_usage_error("score", "--verify 复核的是已填好的自评表本身，不能同时给 --actuals");
    if (strcmp(format, "table") && strcmp(format, "json") && strcmp(format, "csv") &&
        strcmp(format, "md"))
        return cli_usage_error("score", "未知格式 %s（可用 table、json、csv、md）", format);
    jx_parse_opts po = {0};
    if (cli_encoding("score", enc, &po.encoding))
        return JX_EXIT_USAGE;
    if (maxin && cli_max_input("score", maxin, &po.max_input))
        return JX_EXIT_USAGE;
    jx_engine *e;
    if (cli_engine("score", pack, &e))
        return JX_EXIT_USAGE;
    jx_doc *td = NULL, *ad = NULL;
    int rc = JX_EXIT_USAGE;
    if (cli_load("score", target, &po, e, &td))
        goto out;
    if (actuals && cli_load("score", actuals, &po, NULL, &ad))
        goto out;
    jx_scorecard *sc;
    jx_error err = {0};
    if (jx_score_doc(e, td, ad, verify, &sc, &err)) {
        cli_error("score", &err);
        goto out;
    }
    jx_buf b;
    jx_buf_init(&b);
    int wrc;
    if (!strcmp(format, "json"))
        wrc = jx_scorecard_json(&b, sc, 1);
    else if (!strcmp(format, "csv"))
        wrc = jx_scorecard_csv(&b, sc, 1);
    else
        wrc = jx_scorecard_table(&b, sc, explain, !strcmp(format, "md"));
    if (wrc) { /* never a truncated result */
        fprintf(stderr, "jixiao score: 内存不足，未能写出结果\n");
        jx_buf_free(&b);
        jx_scorecard_free(sc);
        goto out;
    }
    fwrite(b.p, 1, b.len, stdout);
    jx_buf_free(&b);
    rc = JX_EXIT_OK;
    for (size_t i = 0; i < sc->nf; i++)
        if (!strcmp(sc->f[i].severity, "error"))
            rc = JX_EXIT_FAIL;
    if (strcmp(format, "table") && strcmp(format, "md"))
        for (size_t i = 0; i < sc->nf; i++)
            fprintf(stderr, "%s:%d: %s[%s]: %s\n", sc->source, sc->f[i].line,
                    sc->f[i].severity, sc->f[i].code, sc->f[i].message);
    jx_scorecard_free(sc);
out:
    jx_doc_free(td);
    jx_doc_free(ad);
    jx_engine_free(e);
    return rc;
}
