/*
 * cmd_parse.c - `jixiao parse FILE...`: reads 绩效目标 tables (text from
 * PDF/Word, CSV, JSON, YAML) and prints indicator records.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static void help(FILE *f)
{
    if (cli_help_english()) {
        fputs(
              "Usage: jixiao parse [OPTIONS] FILE...\n"
              "\n"
              "Reads the 绩效目标 tables in each FILE (\"-\" for stdin) and prints the\n"
              "indicator records.  Inputs: text extracted from PDF/Word (TAB between\n"
              "cells; department, wide project, 预算10表 and 自评表 layouts, found\n"
              "automatically), CSV/TSV with a Chinese header row, or JSON/YAML in\n"
              "jixiao's record schema (docs/formats.md).\n"
              "\n"
              "Options:\n"
              "  --format FMT     json (default), ndjson (one document per line),\n"
              "                   csv (one row per indicator), table (for people)\n"
              "  --encoding ENC   auto (default: BOM, UTF-8, else GB18030), utf-8, gb18030\n"
              "  --rules PACK     rule pack whose framework names missing 二级 and\n"
              "                   realigns misplaced rows (default national)\n"
              "  --no-frame       print the tables exactly as read, without the pack\n"
              CLI_INPUT_HELP
              "  --max-input SIZE largest input read (default 256M; e.g. 512M, 1G)\n"
          "  -h, --help       this help (--help=zh: in Chinese)\n"
              "\n"
              "Exit status: 0 ok, 1 an input held no target table, 2 usage error or an\n"
              "input that cannot be read (the message names file, line and cell).\n",
              f);
        return;
    }
    fputs(
          "用法: jixiao parse [选项] 文件...\n"
          "\n"
          "读取每个文件（\"-\" 为标准输入）中的绩效目标表，输出指标记录。可读：从 PDF/Word\n"
          "提取的文本（单元格之间用 TAB；部门整体、横排项目表、预算10表、自评表，自动识别），\n"
          "带中文表头的 CSV/TSV，或 jixiao 记录格式的 JSON/YAML（见 docs/formats.md）。\n"
          "\n"
          "选项：\n"
          "  --format 格式    json（默认）、ndjson（每个文档一行）、\n"
          "                   csv（每个指标一行）、table（给人看的表）\n"
          "  --encoding 编码  auto（默认：先看 BOM，再试 UTF-8，否则 GB18030）、utf-8、gb18030\n"
          "  --rules 规则包   用规则包的指标框架补全缺失的二级指标、纠正错位的行\n"
          "                   （默认 national）\n"
          "  --no-frame       按读到的原样输出，不用规则包补全\n"
          CLI_INPUT_HELP_ZH
          "  --max-input 大小 读取的最大输入（默认 256M；如 512M、1G）\n"
          "  -h, --help       本帮助（--help=en 英文）\n"
          "\n"
          "退出状态：0 成功，1 有输入中没有绩效目标表，2 用法错误或输入无法读取\n"
          "（消息中给出文件、行和单元格）。\n",
          f);
}

/* A writer's status: 1 (and a message) when the output failed. */
static int written(int rc)
{
    if (rc == JX_ENOMEM)
        fprintf(stderr, "jixiao parse: 内存不足，未能写出结果\n");
    else if (rc)
        fprintf(stderr, "jixiao parse: 写出结果失败\n");
    return rc != JX_OK;
}

int cmd_parse(int argc, char **argv)
{
    if (cli_is_help(argc, argv)) {
        help(stdout);
        return JX_EXIT_OK;
    }
    cli_input in = {0};
    const char *format = "json", *enc = "auto", *pack = "national";
    const char *maxin = NULL; /* --max-input */
    int no_frame = 0, nfiles = 0;
    char **files = calloc((size_t)argc, sizeof *files);
    if (!files)
        return JX_EXIT_USAGE;
    const cli_option opts[] = {{"--format", NULL, &format, NULL, 0},
                               {"--encoding", NULL, &enc, NULL, 0},
                               {"--max-input", NULL, &maxin, NULL, 0},
                               {"--rules", NULL, &pack, NULL, 0},
                               {"--no-frame", NULL, NULL, &no_frame, 0},
                               {NULL, NULL, NULL, NULL, 0}};
    if (cli_parse("parse", argc, argv, opts, &in, files, &nfiles))
        goto usage;
    if (strcmp(format, "json") && strcmp(format, "ndjson") && strcmp(format, "csv") &&
        strcmp(format, "table")) {
        cli_usage_error("parse", "未知格式 %s（可用 json、ndjson、csv、table）", format);
        goto usage;
    }
    jx_parse_opts po = {0};
    if (cli_encoding("parse", enc, &po.encoding))
        goto usage;
    if (cli_input_apply("parse", &in, &po) ||
        (maxin && cli_max_input("parse", maxin, &po.max_input)))
        goto usage;
    if (!nfiles) {
        cli_usage_error("parse", "缺少输入文件（用 - 读标准输入）");
        goto usage;
    }
    jx_engine *e = NULL;
    if (!no_frame && cli_engine("parse", pack, &e))
        goto usage;
    jx_doc **docs = calloc((size_t)nfiles, sizeof *docs);
    int bad = 0, n = 0, empty = 0;
    for (int i = 0; i < nfiles && docs; i++) {
        jx_doc *d;
        if (cli_load("parse", files[i], &po, e, &d)) {
            bad = 1;
            continue;
        }
        if (!jx_doc_ntables(d)) {
            const char *why = jx_doc_empty_reason(d);
            fprintf(stderr, "jixiao parse: %s: 没有找到绩效目标表%s%s\n", jx_doc_source(d),
                    why ? "：" : "", why ? why : "");
            empty = 1;
        }
        if (!strcmp(format, "ndjson")) {
            bad |= written(jx_doc_write_ndjson(stdout, d));
            jx_doc_free(d);
        } else if (!strcmp(format, "table")) {
            if (n++)
                fputs("\n", stdout);
            bad |= written(jx_doc_write_table(stdout, d));
            jx_doc_free(d);
        } else {
            docs[n++] = d;
        }
    }
    if (docs && !strcmp(format, "json") && (n || !bad))
        bad |= written(jx_doc_write_json(stdout, docs, (size_t)n, 1));
    else if (docs && !strcmp(format, "csv") && (n || !bad))
        bad |= written(jx_doc_write_csv(stdout, docs, (size_t)n));
    if (docs && (!strcmp(format, "json") || !strcmp(format, "csv")))
        for (int i = 0; i < n; i++)
            jx_doc_free(docs[i]);
    free(docs);
    jx_engine_free(e);
    free(files);
    return bad ? JX_EXIT_USAGE : empty ? JX_EXIT_FAIL : JX_EXIT_OK;
usage:
    free(files);
    return JX_EXIT_USAGE;
}
