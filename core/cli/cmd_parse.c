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
    fputs("用法: jixiao parse [OPTIONS] FILE...\n"
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
          "  --max-input SIZE largest input read (default 256M; e.g. 512M, 1G)\n"
          "  --rules PACK     rule pack whose framework names missing 二级 and\n"
          "                   realigns misplaced rows (default national)\n"
          "  --no-frame       print the tables exactly as read, without the pack\n"
          "  -h, --help       this help\n"
          "\n"
          "Exit status: 0 ok, 1 an input held no target table, 2 usage error or an\n"
          "input that cannot be read (the message names file, line and cell).\n",
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
    const char *format = "json", *enc = "auto", *pack = "national";
    const char *maxin = NULL; /* --max-input */
    int frame = 1, nfiles = 0, r;
    char **files = calloc((size_t)argc, sizeof *files);
    if (!files)
        return JX_EXIT_USAGE;
    for (int i = 1; i < argc; i++) {
        const char *v;
        if ((r = cli_opt("parse", argc, argv, &i, "--format", &v))) {
            if (r < 0)
                goto usage;
            format = v;
        } else if ((r = cli_opt("parse", argc, argv, &i, "--encoding", &v))) {
            if (r < 0)
                goto usage;
            enc = v;
        } else if ((r = cli_opt("parse", argc, argv, &i, "--max-input", &v))) {
            if (r < 0)
                goto usage;
            maxin = v;
        } else if ((r = cli_opt("parse", argc, argv, &i, "--rules", &v))) {
            if (r < 0)
                goto usage;
            pack = v;
        } else if (cli_flag(argv, i, "--no-frame")) {
            frame = 0;
        } else if (!strcmp(argv[i], "--")) {
            while (++i < argc)
                files[nfiles++] = argv[i];
        } else if (argv[i][0] == '-' && argv[i][1]) {
            cli_usage_error("parse", "未知选项 %s（见 jixiao parse --help）", argv[i]);
            goto usage;
        } else {
            files[nfiles++] = argv[i];
        }
    }
    if (strcmp(format, "json") && strcmp(format, "ndjson") && strcmp(format, "csv") &&
        strcmp(format, "table")) {
        cli_usage_error("parse", "未知格式 %s（可用 json、ndjson、csv、table）", format);
        goto usage;
    }
    jx_parse_opts po = {0};
    if (cli_encoding("parse", enc, &po.encoding))
        goto usage;
    if (maxin && cli_max_input("parse", maxin, &po.max_input))
        goto usage;
    if (!nfiles) {
        cli_usage_error("parse", "缺少输入文件（用 - 读标准输入）");
        goto usage;
    }
    jx_engine *e = NULL;
    if (frame && cli_engine("parse", pack, &e))
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
            fprintf(stderr, "jixiao parse: %s: 没有找到绩效目标表\n", jx_doc_source(d));
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
