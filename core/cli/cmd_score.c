/*
 * cmd_score.c - `jixiao score TARGETS --actuals FILE`: the year-end
 * self-evaluation, every point explained; `--verify` re-checks a filled
 * form against the rules.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

static void help(FILE *f)
{
    if (cli_help_english()) {
        fputs(
              "Usage: jixiao score TARGETS --actuals FILE [OPTIONS]\n"
              "       jixiao score FORM --verify [OPTIONS]\n"
              "\n"
              "Scores the year's actual results against the targets in TARGETS and\n"
              "prints the 绩效自评表 per project (and for the department table): 一级/\n"
              "二级/三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因; 预算执行率; total\n"
              "and grade; then the deviation list and findings.\n"
              "\n"
              "  --actuals FILE   the filled template (CSV or xlsx from `jixiao template`),\n"
              "                   or YAML/JSON ({actuals: [...], execution: [...]}).\n"
              "                   Matched by project code and 三级指标 name.\n"
              "  --verify         TARGETS is a filled self-evaluation form (or filled\n"
              "                   template): recompute every 得分, total and 执行率 and\n"
              "                   report each that differs from the rules\n"
              "  --rules PACK     rule pack (default national)\n"
              "  --points FROM    where each 分值 comes from: sheet (default; the 分值 on\n"
              "                   the filled form, approved with the targets) or pack (the\n"
              "                   pack's weights, to re-score a filled sheet)\n"
              "  --format FMT     table (default), md, json, csv (machine, English field\n"
              "                   names), csv-zh (Chinese columns, for Excel), xlsx (the\n"
              "                   自评表 workbook with subtotals, deviations, findings),\n"
              "                   html (printable report: A4, charts, signatures, offline),\n"
              "                   pdf (the html printed by headless Chromium)\n"
              "  -o, --output FILE  write to FILE (xlsx and pdf never go to a terminal)\n"
              "  --explain        print the formula with its numbers under each row\n"
              "  --encoding ENC   auto, utf-8, gb18030 (for both inputs)\n"
              CLI_INPUT_HELP
              "  --max-input SIZE largest input read (default 256M; e.g. 512M, 1G)\n"
          "  -h, --help       this help (--help=zh: in Chinese)\n"
              "\n"
              "An indicator without an actual is never scored as 0 or as full: it is\n"
              "left unscored and listed, and the total and grade are marked 暂定\n"
              "(provisional).  An actual that matches no indicator, or is given twice,\n"
              "is an input error.\n"
              "Exit status: 0 scored, 1 scored with findings at error level (e.g.\n"
              "--verify found differences), 2 usage or input error.\n",
              f);
        return;
    }
    fputs(
          "用法: jixiao score 目标表 --actuals 填报表 [选项]\n"
          "      jixiao score 自评表 --verify [选项]\n"
          "\n"
          "按目标表中的指标对年度实际完成值计分，逐表（项目和部门整体）输出绩效自评表：\n"
          "一级/二级/三级、年度指标值、实际完成值、分值、得分、偏差原因；预算执行率；\n"
          "总分和等级；然后是偏差清单和发现。\n"
          "\n"
          "  --actuals 文件   填好的填报表（`jixiao template` 生成的 CSV 或 xlsx），或\n"
          "                   YAML/JSON（{actuals: [...], execution: [...]}）。\n"
          "                   按项目编码和三级指标名称匹配。\n"
          "  --verify         目标表本身是填好的自评表（或填好的填报表）：重算每个得分、\n"
          "                   总分和执行率，列出与规则不符的每一处\n"
          "  --rules 规则包   规则包（默认 national）\n"
          "  --points 来源    每个指标的分值从哪里来：sheet（默认）或 pack。sheet：填好的\n"
          "                   自评表或填报表上写的分值，即目标批复时定下的分值（与规则包\n"
          "                   不同时给出 points-differ 警告）；pack：用规则包的权重，\n"
          "                   以便用另一个规则包对填好的表重新计分\n"
          "  --format 格式    table（默认）、md、json、csv（机器读取，英文字段名）、\n"
          "                   csv-zh（中文列名，给人用 Excel 打开）、\n"
          "                   xlsx（按官方格式的自评表 Excel，含分项得分、偏差清单、发现）、\n"
          "                   html（可打印的自评报告：A4、图表、签字栏，不联网）、\n"
          "                   pdf（同 html，经无界面 Chromium 打印成 PDF）\n"
          "  -o, --output 文件  写到文件（xlsx、pdf 不能输出到终端）\n"
          "  --explain        在每行下面列出计分公式和数字\n"
          "  --encoding 编码  auto、utf-8、gb18030（两个输入都用）\n"
          CLI_INPUT_HELP_ZH
          "  --max-input 大小 读取的最大输入（默认 256M；如 512M、1G）\n"
          "  -h, --help       本帮助（--help=en 英文）\n"
          "\n"
          "没有实际完成值的指标既不按 0 分也不按满分计，而是不计分并列出，总分和等级\n"
          "标为「暂定」。对应不上任何指标或重复给出的实际完成值是输入错误。\n"
          "退出状态：0 已计分，1 已计分但有错误级别的发现（如 --verify 发现不符），\n"
          "2 用法错误或输入错误。\n"
          "\n"
          "例：jixiao score 目标表.txt --actuals 自评填报表.xlsx --format pdf -o 自评报告.pdf\n",
          f);
}

/* Writes the scorecard to output (stdout when NULL); prints the error. */
static int write_out(const jx_scorecard *sc, jx_sc_format f, unsigned flags, const char *output)
{
    jx_error err = {0};
    jx_status rc = output ? jx_scorecard_write_file(sc, f, flags, output, &err)
                          : jx_scorecard_write(sc, f, flags, stdout, &err);
    if (rc == JX_EIO && !err.file[0])
        snprintf(err.file, sizeof err.file, "<stdout>");
    if (rc)
        cli_error("score", &err);
    return rc != JX_OK;
}

/* Findings to stderr when stdout holds a machine format; the exit
 * status. */
static int report_findings(const jx_scorecard *sc, const jx_doc *td, int to_stderr)
{
    int rc = JX_EXIT_OK;
    for (size_t i = 0; i < jx_scorecard_nfindings(sc); i++) {
        const jx_finding *f = jx_scorecard_finding(sc, i);
        if (f->severity == JX_SEV_ERROR)
            rc = JX_EXIT_FAIL;
        if (!to_stderr)
            continue;
        const char *pos = jx_doc_line_pos(td, f->line);
        if (pos) /* an office file: sheet and cell, or page */
            fprintf(stderr, "%s: %s[%s]: %s\n", pos, jx_severity_name(f->severity), f->code,
                    f->message);
        else
            fprintf(stderr, "%s:%d: %s[%s]: %s\n", f->source, f->line,
                    jx_severity_name(f->severity), f->code, f->message);
    }
    return rc;
}

int cmd_score(int argc, char **argv)
{
    if (cli_is_help(argc, argv)) {
        help(stdout);
        return JX_EXIT_OK;
    }
    cli_input in = {0};
    const char *format = "table", *enc = "auto", *pack = "national", *actuals = NULL,
               *target = NULL, *output = NULL;
    const char *maxin = NULL; /* --max-input */
    const char *points = NULL; /* --points sheet|pack */
    int explain = 0, verify = 0, npos = 0;
    const cli_option opts[] = {{"--format", NULL, &format, NULL, 0},
                               {"--encoding", NULL, &enc, NULL, 0},
                               {"--max-input", NULL, &maxin, NULL, 0},
                               {"--rules", NULL, &pack, NULL, 0},
                               {"--points", NULL, &points, NULL, 0},
                               {"--actuals", NULL, &actuals, NULL, 0},
                               {"--output", "-o", &output, NULL, 0},
                               {"--explain", NULL, NULL, &explain, 0},
                               {"--verify", NULL, NULL, &verify, 0},
                               {NULL, NULL, NULL, NULL, 0}};
    char **pos = calloc((size_t)argc, sizeof *pos);
    if (!pos)
        return JX_EXIT_USAGE;
    int bad = cli_parse("score", argc, argv, opts, &in, pos, &npos);
    target = npos ? pos[0] : NULL;
    free(pos);
    if (bad)
        return JX_EXIT_USAGE;
    if (npos > 1)
        return cli_usage_error("score", "只能给一个目标表文件（批量请用 jixiao batch）");
    if (points && strcmp(points, "sheet") && strcmp(points, "pack"))
        return cli_usage_error("score", "--points 只能是 sheet 或 pack：%s", points);
    int pack_points = points && !strcmp(points, "pack");
    if (!target)
        return cli_usage_error("score", "缺少目标表文件");
    if (!actuals && !verify)
        return cli_usage_error("score", "需要 --actuals FILE，或用 --verify 复核已填好的自评表");
    if (actuals && verify)
        return cli_usage_error("score", "--verify 复核的是已填好的自评表本身，不能同时给 --actuals");
    jx_sc_format scf;
    if (jx_sc_format_parse(format, &scf))
        return cli_usage_error("score", "未知格式 %s（可用 table、md、json、csv、csv-zh、xlsx、html、pdf）",
                               format);
    int binary = scf == JX_SC_XLSX || scf == JX_SC_PDF;
    if (binary && !output && isatty(STDOUT_FILENO))
        return cli_usage_error("score", "%s 文件不能输出到终端：请用 -o 文件名 指定输出文件",
                               scf == JX_SC_XLSX ? "Excel" : "PDF");
    jx_parse_opts po = {0};
    if (cli_encoding("score", enc, &po.encoding))
        return JX_EXIT_USAGE;
    if (cli_input_apply("score", &in, &po) ||
        (maxin && cli_max_input("score", maxin, &po.max_input)))
        return JX_EXIT_USAGE;
    jx_engine *e;
    if (cli_engine("score", pack, &e))
        return JX_EXIT_USAGE;
    jx_doc *td = NULL, *ad = NULL;
    int rc = JX_EXIT_USAGE;
    if (cli_load("score", target, &po, e, &td))
        goto out;
    jx_parse_opts apo = {.encoding = po.encoding}; /* the actuals: by content */
    if (actuals && cli_load("score", actuals, &apo, NULL, &ad))
        goto out;
    jx_scorecard *sc;
    jx_error err = {0};
    if (jx_score_doc(e, td, ad, (verify ? JX_SCORE_VERIFY : 0) | (pack_points ? JX_SCORE_PACK_POINTS : 0),
                     &sc, &err)) {
        cli_error("score", &err);
        goto out;
    }
    if (write_out(sc, scf, explain ? JX_SC_EXPLAIN : 0, output)) {
        jx_scorecard_free(sc);
        goto out;
    }
    rc = report_findings(sc, td, scf != JX_SC_TABLE && scf != JX_SC_MD);
    jx_scorecard_free(sc);
out:
    jx_doc_free(td);
    jx_doc_free(ad);
    jx_engine_free(e);
    return rc;
}
