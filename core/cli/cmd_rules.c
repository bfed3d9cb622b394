/*
 * cmd_rules.c - `jixiao rules list|show|test|lint`: the installed rule
 * packs, one pack resolved after inheritance, a pack's own test cases,
 * its schema (jixiao/pack.h does each).
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"

static void help(FILE *f)
{
    if (cli_help_english()) {
        fputs(
              "Usage: jixiao rules list\n"
              "       jixiao rules show PACK\n"
              "       jixiao rules test PACK...\n"
              "       jixiao rules lint PACK\n"
              "\n"
              "  list   the rule packs found (name, version, region, what it extends)\n"
              "         in the search path: $JIXIAO_RULES, <exe>/../share/jixiao/rules,\n"
              "         the source tree's rules/, the installed share/jixiao/rules\n"
              "  show   the pack after inheritance, in Chinese: sources, framework\n"
              "         (一级 with points, 二级 with keywords), 预算执行率, grades,\n"
              "         qualitative bands and vocabulary, formulas, checks\n"
              "  test   runs the cases in PACK/tests.yaml (score, execution, grade,\n"
              "         frame, check) and prints each failure with expected and got;\n"
              "         unknown keys in tests.yaml (socre:, taget:) fail with file:line\n"
              "  lint   checks the pack against the pack schema only: unknown keys (with\n"
              "         the nearest known name), weights not summing to 100, grades,\n"
              "         formula names, aliases as weight keys, folder vs name; and the\n"
              "         keys of tests.yaml.  Exit 0 clean, 1 findings, 2 cannot load\n"
              "\n"
              "PACK is a name or a path to a pack folder.  docs/rules.md is the guide\n"
              "for rule authors.\n"
              "  -h, --help       this help (--help=zh: in Chinese)\n"
              "Exit status: 0 ok, 1 a test failed, 2 usage error or broken pack.\n",
              f);
        return;
    }
    fputs(
          "用法: jixiao rules list\n"
          "      jixiao rules show 规则包\n"
          "      jixiao rules test 规则包...\n"
          "      jixiao rules lint 规则包\n"
          "\n"
          "  list   列出找到的规则包（名称、版本、地区、继承自哪个包），查找顺序：\n"
          "         $JIXIAO_RULES、<程序目录>/../share/jixiao/rules、源码树的 rules/、\n"
          "         安装目录 share/jixiao/rules\n"
          "  show   用中文显示继承后的规则包：依据文件、指标框架（一级及分值、二级及\n"
          "         关键词）、预算执行率、等级、定性档次和用语、计分公式、审核检查\n"
          "  test   运行 规则包/tests.yaml 中的用例（计分、执行率、等级、框架、检查），\n"
          "         逐条列出不符的用例及期望值和实际值；tests.yaml 中的未知键（socre:、\n"
          "         taget:）按 文件:行 报错\n"
          "  lint   只按规则包的结构检查：未知的键（并给出最接近的正确名称）、权重合计\n"
          "         不是 100、等级、公式名称、用别名作权重键、文件夹名与 name 不符；\n"
          "         以及 tests.yaml 的键。退出状态 0 无问题，1 有问题，2 无法加载\n"
          "\n"
          "规则包可以是名称，也可以是规则包文件夹的路径。编写规则包见 docs/rules.md。\n"
          "  -h, --help       本帮助（--help=en 英文）\n"
          "退出状态：0 成功，1 有用例不通过，2 用法错误或规则包有误。\n",
          f);
}

/* ---- list ---- */

static int show(const char *pack)
{
    jx_engine *e;
    if (cli_engine("rules", pack, &e))
        return JX_EXIT_USAGE;
    jx_error err = {0};
    jx_status rc = jx_pack_show(e, stdout, &err);
    if (rc)
        fprintf(stderr, "jixiao rules: %s\n", err.msg);
    jx_engine_free(e);
    return rc ? JX_EXIT_USAGE : JX_EXIT_OK;
}

/* 0 clean, 1 findings, 2 the pack cannot load. */
static int lint(const char *pack)
{
    jx_error err = {0};
    size_t n;
    if (jx_pack_lint(pack, NULL, stdout, &n, &err)) {
        cli_error("rules", &err);
        return JX_EXIT_USAGE;
    }
    return n ? JX_EXIT_FAIL : JX_EXIT_OK;
}

static int test(const char *pack)
{
    jx_engine *e;
    if (cli_engine("rules", pack, &e))
        return JX_EXIT_USAGE;
    jx_error err = {0};
    size_t n, failed;
    jx_status rc = jx_pack_test(e, pack, stdout, &n, &failed, &err);
    jx_engine_free(e);
    if (rc == JX_ENOTFOUND) { /* no cases */
        fprintf(stderr, "jixiao rules: %s\n", err.msg);
        return JX_EXIT_FAIL;
    }
    if (rc) {
        cli_error("rules", &err);
        return JX_EXIT_USAGE;
    }
    return failed ? JX_EXIT_FAIL : JX_EXIT_OK;
}

int cmd_rules(int argc, char **argv)
{
    if (argc < 2 || cli_is_help(argc, argv)) {
        help(argc < 2 ? stderr : stdout);
        return argc < 2 ? JX_EXIT_USAGE : JX_EXIT_OK;
    }
    const char *sub = argv[1];
    if (!strcmp(sub, "list")) {
        jx_error err = {0};
        return jx_pack_list(NULL, stdout, &err) ? JX_EXIT_USAGE : JX_EXIT_OK;
    }
    if (!strcmp(sub, "show")) {
        if (argc != 3)
            return cli_usage_error("rules", "用法: jixiao rules show PACK");
        return show(argv[2]);
    }
    if (!strcmp(sub, "test")) {
        if (argc < 3)
            return cli_usage_error("rules", "用法: jixiao rules test PACK...");
        int rc = JX_EXIT_OK;
        for (int i = 2; i < argc; i++) {
            int r = test(argv[i]);
            if (r > rc)
                rc = r;
        }
        return rc;
    }
    if (!strcmp(sub, "lint")) {
        if (argc != 3)
            return cli_usage_error("rules", "用法: jixiao rules lint PACK");
        return lint(argv[2]);
    }
    return cli_usage_error("rules", "未知子命令 %s（list、show、test、lint）", sub);
}
