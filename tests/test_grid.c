/*
 * test_grid.c - the grid stage (core/read/text.c): text of every shape of
 * domain.md §5a becomes rows of cells, with positions.  Inputs are small
 * tables written for each shape; expectations worked out by hand.
 */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "grid.h"
#include "vocab.h"

static jx_grids gs;
static char *buf;

static const jx_grid *grid_of(const char *text)
{
    jx_error err = {0};
    buf = strdup(text);
    cr_assert(buf);
    memset(&gs, 0, sizeof gs);
    cr_assert_eq(jx_grid_from_text(&gs, buf, strlen(buf), &err), JX_OK, "%s", err.msg);
    cr_assert_eq(gs.n, 1);
    return gs.g[0];
}

static void done(void)
{
    jx_grids_free(&gs);
    free(buf);
    buf = NULL;
}

/* The row whose first non-empty cell is s. */
static const jx_grow *row_with(const jx_grid *g, const char *s)
{
    for (size_t i = 0; i < g->nrows; i++)
        for (int c = 0; c < g->rows[i].n; c++)
            if (g->rows[i].c[c].n) {
                if (!strcmp(g->rows[i].c[c].s, s))
                    return &g->rows[i];
                break;
            }
    cr_assert_fail("no row starting with %s", s);
    return NULL;
}

static void expect_cells(const jx_grow *r, int n, const char *const *want)
{
    cr_assert_eq(r->n, n, "line %d: %d cells, want %d", r->line, r->n, n);
    for (int i = 0; i < n; i++)
        cr_expect_str_eq(r->c[i].s, want[i], "line %d cell %d", r->line, i);
}

Test(grid, tab_keeps_empty_merged_cells, .fini = done)
{
    const jx_grid *g = grid_of("一级指标\t二级指标\t三级指标\t指标值\n"
                               "\t时效指标\t2020年10月至2021年9月\t按协议实施\n");
    cr_expect_str_eq(g->shape, "tab");
    const char *want[] = {"", "时效指标", "2020年10月至2021年9月", "按协议实施"};
    expect_cells(&g->rows[1], 4, want);
    cr_expect_eq(g->rows[1].line, 2);
}

Test(grid, pipe_rows_broken_over_lines_are_joined, .fini = done)
{
    const jx_grid *g = grid_of(
        "| 一级指标 | 二级指标 | 三级指标 | 指标值 | 实际值 |\n"
        "| 产出指标 | 数量指标 |\n"
        "| 培训人次 | ≥300人次 | 320人次 |\n"
        "| 质量指标 | 合格率 |\n"
        "≥95%\n"
        "| 96% |\n"
        "| 时效指标 | 完成时间 | 按期 | 按期 |\n");
    cr_expect_str_eq(g->shape, "pipe");
    const char *a[] = {"产出指标", "数量指标", "培训人次", "≥300人次", "320人次"};
    expect_cells(row_with(g, "产出指标"), 5, a);
    /* a cell on its own line and a value line go back into their row */
    const char *b[] = {"质量指标", "合格率", "≥95%", "96%"};
    expect_cells(row_with(g, "质量指标"), 4, b);
    /* a complete row is not joined to the next */
    const char *c[] = {"时效指标", "完成时间", "按期", "按期"};
    expect_cells(row_with(g, "时效指标"), 4, c);
}

/* "| … | 9.96 |" then "2件跨部门投诉超期办结 |": the row broke just after a
 * bar (a web page's long 偏差原因); rows all start with "|", so the line
 * that does not is the rest of the row above, and the next row is its own. */
Test(grid, pipe_row_broken_after_a_bar_keeps_its_last_cell, .fini = done)
{
    const jx_grid *g = grid_of(
        "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因 |\n"
        "| 效果性 | 投诉举报按时办结率 | 100% | 99.6% | 10 | 9.96 |\n"
        "2件跨部门投诉超期办结 |\n"
        "| 公平性 | 市场主体满意度 | ≥85% | 88% | 15 | 15 | |\n");
    const char *a[] = {"效果性", "投诉举报按时办结率", "100%", "99.6%", "10", "9.96",
                       "2件跨部门投诉超期办结"};
    expect_cells(row_with(g, "效果性"), 7, a);
    const char *b[] = {"公平性", "市场主体满意度", "≥85%", "88%", "15", "15"};
    expect_cells(row_with(g, "公平性"), 6, b);
}

Test(grid, pipe_padding_gives_empty_cells, .fini = done)
{
    const jx_grid *g = grid_of("| 一级指标 | 二级指标 | 三级指标 | 指标值 |\n"
                               "|| 质量指标 | 验收合格率 | 100% |\n"
                               "| 总分 |||| 100 |\n");
    const jx_grow *r = row_with(g, "质量指标");
    cr_expect_eq(r->n, 4);
    cr_expect_str_eq(r->c[0].s, "");
    cr_expect_str_eq(r->c[3].s, "100%");
}

Test(grid, spaces_put_cells_under_their_header_column, .fini = done)
{
    const jx_grid *g = grid_of(
        "  一级指标        二级指标          三级指标              年度指标值\n"
        "                                    新改建公路里程        ≥46公里\n"
        "  产出指标        时效指标（工期、  项目完工时间          12月底前\n"
        "                  形象进度）\n"
        "                  质量指标          验收合格率            100%\n");
    cr_expect_str_eq(g->shape, "spaces");
    /* merged cells stay empty instead of shifting the row left */
    const jx_grow *r = row_with(g, "新改建公路里程");
    (void)r;
    for (size_t i = 0; i < g->nrows; i++) {
        const jx_grow *x = &g->rows[i];
        if (x->n >= 3 && !strcmp(x->c[2].s, "新改建公路里程")) {
            cr_expect_str_eq(x->c[0].s, "");
            cr_expect_str_eq(x->c[1].s, "");
            cr_expect_str_eq(x->c[3].s, "≥46公里");
        }
        /* the 二级 wrapped onto the next line is joined */
        if (x->n >= 3 && !strcmp(x->c[2].s, "项目完工时间"))
            cr_expect_str_eq(x->c[1].s, "时效指标（工期、形象进度）");
        cr_expect(x->n == 0 || strcmp(x->c[x->n > 1 ? 1 : 0].s, "形象进度）"),
                  "the wrapped fragment is not a row of its own");
    }
}

Test(grid, one_cell_per_line_with_header_down_the_page, .fini = done)
{
    const jx_grid *g = grid_of("项目名称\n乡村道路养护\n一级指标\n二级指标\n三级指标\n指标值\n"
                               "产出指标\n数量指标\n养护里程\n≥120公里\n新建桥梁\n3座\n"
                               "效益指标\n社会效益指标\n出行时间缩短\n明显\n");
    cr_expect_str_eq(g->shape, "lines");
    /* a field label and its value on the next line become one row */
    const char *f[] = {"项目名称", "乡村道路养护"};
    expect_cells(row_with(g, "项目名称"), 2, f);
    const char *h[] = {"一级指标", "二级指标", "三级指标", "指标值"};
    expect_cells(row_with(g, "一级指标"), 4, h);
    const char *a[] = {"产出指标", "数量指标", "养护里程", "≥120公里"};
    expect_cells(row_with(g, "产出指标"), 4, a);
    /* a row whose merged cells are missing is put back under its columns */
    int found = 0;
    for (size_t i = 0; i < g->nrows; i++)
        if (g->rows[i].n == 4 && !strcmp(g->rows[i].c[2].s, "新建桥梁")) {
            found = 1;
            cr_expect_str_eq(g->rows[i].c[0].s, "");
            cr_expect_str_eq(g->rows[i].c[3].s, "3座");
        }
    cr_expect(found);
    const char *b[] = {"效益指标", "社会效益指标", "出行时间缩短", "明显"};
    expect_cells(row_with(g, "效益指标"), 4, b);
}

Test(grid, single_spaces_split_when_the_header_does, .fini = done)
{
    const jx_grid *g = grid_of("一级指标 二级指标 三级指标 年度指标值 实际值\n"
                               "产出指标 数量指标 培训人次 ≥420人次 436人次\n");
    cr_expect_str_eq(g->shape, "words");
    const char *a[] = {"产出指标", "数量指标", "培训人次", "≥420人次", "436人次"};
    expect_cells(row_with(g, "产出指标"), 5, a);
}

Test(grid, run_on_lines_are_segmented, .fini = done)
{
    const jx_grid *g = grid_of("一级指标二级指标三级指标分值年度指标值实际完成值得分\n"
                               "产出指标数量指标新增灌溉面积10≥2万亩2.15万亩10\n"
                               "质量指标工程验收合格率10295%100%10\n"
                               "效益指标生态效益指标灌溉水利用系数IO≥0.650.6710\n"
                               "可持续影响指标管护机制10健全健全10\n");
    cr_expect_str_eq(g->shape, "runon");
    const char *h[] = {"一级指标", "二级指标", "三级指标", "分值", "年度指标值",
                       "实际完成值", "得分"};
    expect_cells(row_with(g, "一级指标"), 7, h);
    const char *a[] = {"产出指标", "数量指标", "新增灌溉面积", "10", "≥2万亩", "2.15万亩", "10"};
    expect_cells(row_with(g, "产出指标"), 7, a);
    /* OCR: "≥" read as "2", glued to the points */
    const char *b[] = {"质量指标", "工程验收合格率", "10", "≥95%", "100%", "10"};
    expect_cells(row_with(g, "质量指标"), 6, b);
    /* OCR: "IO" for 10; two decimals glued; the score glued to the actual */
    const char *c[] = {"效益指标", "生态效益指标", "灌溉水利用系数", "10", "≥0.65", "0.67", "10"};
    expect_cells(row_with(g, "效益指标"), 7, c);
    /* a qualitative target and actual written twice in a row */
    const char *d[] = {"可持续影响指标", "管护机制", "10", "健全", "健全", "10"};
    expect_cells(row_with(g, "可持续影响指标"), 6, d);
}

Test(grid, positions_name_sheet_cell_and_page)
{
    jx_grid *g = jx_grid_new(JX_GRID_SHEET, "自评表");
    cr_assert(g);
    jx_grow *r = jx_grid_add_row(g, 3, 12, 0);
    cr_assert(r);
    char buf2[64];
    cr_expect_str_eq(jx_grid_pos(g, r, 2, buf2, sizeof buf2), "自评表!C12");
    char l[8];
    jx_col_letters(27, l);
    cr_expect_str_eq(l, "AB");
    jx_grid_free(g);
    g = jx_grid_new(JX_GRID_PDF, NULL);
    r = jx_grid_add_row(g, 1, 7, 3);
    cr_expect_str_eq(jx_grid_pos(g, r, 0, buf2, sizeof buf2), "p.3 第7行");
    jx_grid_free(g);
}

Test(vocab, columns_by_their_many_names)
{
    static const struct {
        const char *s;
        jx_col c;
        int period;
    } cases[] = {
        {"指标值", JX_COL_TARGET, 0},       {"年度指标值", JX_COL_TARGET, 0},
        {"*指标值", JX_COL_TARGET, 0},      {"指标值（年度）", JX_COL_TARGET, 0},
        {"计划指标值（或计划水平）", JX_COL_TARGET, 0},
        {"预算设定指标值", JX_COL_TARGET, 0}, {"当年预期实现值", JX_COL_TARGET, 0},
        {"指标值(A)", JX_COL_TARGET, 0},    {"目标值", JX_COL_TARGET, 0},
        {"长期指标值", JX_COL_TARGET, JX_PERIOD_LONG},
        {"实施期指标值", JX_COL_TARGET, JX_PERIOD_IMPL},
        {"实际完成值", JX_COL_ACTUAL, 0},   {"全年实际值(B)", JX_COL_ACTUAL, 0},
        {"完成值", JX_COL_ACTUAL, 0},       {"实际值", JX_COL_ACTUAL, 0},
        {"分值", JX_COL_POINTS, 0},         {"权重", JX_COL_POINTS, 0},
        {"参考分值", JX_COL_POINTS, 0},     {"得分", JX_COL_SCORE, 0},
        {"偏差原因分析及改进措施", JX_COL_DEV, 0}, {"指标性质", JX_COL_OP, 0},
        {"度量单位", JX_COL_UNIT, 0},       {"计量单位", JX_COL_UNIT, 0},
        {"指标值类型", JX_COL_VTYPE, 0},    {"评(扣)分标准", JX_COL_EXPLAIN, 0},
        {"一級指標", JX_COL_L1, 0},         {"三級指標", JX_COL_L3, 0},
        {"指標(biāo)值", JX_COL_TARGET, 0},   {"一级指标（50分）", JX_COL_L1, 0},
        {"项目基本情况", JX_COL_NONE, 0},
        /* the template's 变动率 inputs: 上年实际 is last year's, not the actual */
        {"本年数", JX_COL_CURRENT, 0},      {"上年数", JX_COL_PREVIOUS, 0},
        {"上年数（或上年实际）", JX_COL_PREVIOUS, 0}, {"上年实际", JX_COL_PREVIOUS, 0},
        {"上年实际数", JX_COL_PREVIOUS, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        int per = -1;
        jx_col c = jx_vocab_column(cases[i].s, strlen(cases[i].s), &per);
        cr_expect_eq(c, cases[i].c, "%s: %d, want %d", cases[i].s, c, cases[i].c);
        if (c == JX_COL_TARGET)
            cr_expect_eq(per, cases[i].period, "%s period", cases[i].s);
    }
}

Test(vocab, level_names_with_qualifiers)
{
    char kind;
    const char *parent;
    cr_expect_eq(jx_vocab_level("数量指标（或建筑规模指标）", strlen("数量指标（或建筑规模指标）"),
                                &kind, &parent), 2);
    cr_expect_str_eq(parent, "产出指标");
    cr_expect_eq(jx_vocab_level("产出指标(50分)", strlen("产出指标(50分)"), &kind, &parent), 1);
    cr_expect_eq(jx_vocab_level("履职效能", strlen("履职效能"), &kind, &parent), 1);
    cr_expect_eq(kind, 'd');
    cr_expect_eq(jx_vocab_level("培训人次", strlen("培训人次"), &kind, &parent), 0);
    cr_expect(jx_vocab_trailer("总分", strlen("总分")) == 1);
    cr_expect(jx_vocab_trailer("填报人：张三", strlen("填报人：张三")) == 2);
    cr_expect(jx_vocab_page_marker("- 7 -", 5));
    cr_expect(jx_vocab_page_marker("第3页 共5页", strlen("第3页 共5页")));
    cr_expect(!jx_vocab_page_marker("3座", strlen("3座")));
}

Test(grid, header_over_two_lines_and_labels_broken_over_rows, .fini = done)
{
    /* pdftotext -layout of a form whose header cells and merged labels
     * wrap: "一级 / 指标", "数量 / 指标" */
    const jx_grid *g = grid_of(
        "   一级     二级                        指标值    计量\n"
        "   指标     指标     三级指标           类型      单位\n"
        "            数量     新建农田面积       ≥3.6      万亩\n"
        "   产出     指标     新建田间道路       ≥42       公里\n"
        "   指标     质量     工程验收合格率     100       %\n");
    const jx_grow *h = row_with(g, "一级指标");
    cr_assert_geq(h->n, 5);
    cr_expect_str_eq(h->c[1].s, "二级指标");
    cr_expect_str_eq(h->c[2].s, "三级指标");
    cr_expect_str_eq(h->c[3].s, "指标值类型");
    cr_expect_str_eq(h->c[4].s, "计量单位");
    /* "数量" + "指标" on the next row make 数量指标, kept on the first row */
    int joined = 0;
    for (size_t i = 0; i < g->nrows; i++)
        if (g->rows[i].n > 2 && !strcmp(g->rows[i].c[2].s, "新建农田面积"))
            joined = !strcmp(g->rows[i].c[1].s, "数量指标");
    cr_expect(joined, "数量指标 joined over two rows");
}

/* A narrow 二级 column whose name ran into the 三级 column with one space:
 * two cells, each under its header column. */
Test(grid, spaces_cell_running_into_the_next_column_is_split, .fini = done)
{
    const jx_grid *g = grid_of(
        "   一级指标   二级指标  三级指标                     指标值\n"
        "   产出指标   数量指标  新建高标准农田面积           ≥3.6万亩\n"
        "                        新建田间道路                 ≥42公里\n"
        "   效益指标   经济效益 项目区粮食亩均增产            ≥50公斤\n");
    cr_expect_str_eq(g->shape, "spaces");
    const jx_grow *r = row_with(g, "效益指标");
    cr_assert(r);
    cr_expect_str_eq(r->c[1].s, "经济效益");
    cr_expect_str_eq(r->c[2].s, "项目区粮食亩均增产");
    cr_expect_str_eq(r->c[3].s, "≥50公斤");
}

Test(grid, run_on_units_signs_and_qualitative_tails, .fini = done)
{
    const jx_grid *g = grid_of("一级指标二级指标三级指标指标值\n"
                               "产出指标数量指标改造仓房６栋\n"
                               "年度轮换数量≧1.2万吨\n"
                               "成本指标每吨保管费用≤1OO元/吨·年\n"
                               "效益指标可持续影响指标地方管理制度持续完善\n");
    cr_expect_str_eq(g->shape, "runon");
    /* a measure word the unit list has, after full-width digits */
    const char *a[] = {"产出指标", "数量指标", "改造仓房", "6栋"};
    expect_cells(row_with(g, "产出指标"), 4, a);
    /* "≧" is a comparison sign, not part of the name */
    const char *b[] = {"年度轮换数量", "≧1.2万吨"};
    expect_cells(row_with(g, "年度轮换数量"), 2, b);
    /* a compound unit stays whole; OCR "1OO" is 100 */
    const char *c[] = {"成本指标", "每吨保管费用", "≤100元/吨·年"};
    expect_cells(row_with(g, "成本指标"), 3, c);
    /* the longest qualitative tail: "持续完善", not "完善" */
    const char *d[] = {"效益指标", "可持续影响指标", "地方管理制度", "持续完善"};
    expect_cells(row_with(g, "效益指标"), 4, d);
}

/* A one-line header whose first row follows at once: the row is not a
 * second header line (merging it would lose column names). */
Test(grid, first_row_under_a_header_is_not_a_second_header_line, .fini = done)
{
    const jx_grid *g = grid_of("  一级指标              二级指标                    绩效标准                当年预期实现值\n"
                               "                        新建行政村篮球场            反映本年度新建行政村    18个\n"
                               "                                                    篮球场的数量\n"
                               "  数量指标              新建乡镇健身广场            反映新建广场的数量      3个\n");
    cr_expect_str_eq(g->shape, "spaces");
    const char *h[] = {"一级指标", "二级指标", "绩效标准", "当年预期实现值"};
    expect_cells(row_with(g, "一级指标"), 4, h);
    const jx_grow *r = &g->rows[1];
    cr_assert_geq(r->n, 4);
    cr_expect_str_eq(r->c[0].s, "");
    cr_expect_str_eq(r->c[1].s, "新建行政村篮球场");
    cr_expect_str_eq(r->c[3].s, "18个");
}

/* The row whose third cell is s. */
static const jx_grow *row_3(const jx_grid *g, const char *s)
{
    for (size_t i = 0; i < g->nrows; i++)
        if (g->rows[i].n > 2 && !strcmp(g->rows[i].c[2].s, s))
            return &g->rows[i];
    cr_assert_fail("no row named %s", s);
    return NULL;
}

/* Single spaces (an older extractor or OCR): letters read for digits are
 * repaired in number cells ("IO", "1O", "≥2O%"), not in words ("LED"). */
Test(grid, single_spaces_repair_ocr_digits, .fini = done)
{
    const jx_grid *g = grid_of("一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n"
                               "产出指标 数量指标 建设示范基地 10个 10个 IO 1O\n"
                               "效益指标 生态效益指标 化肥使用量减少 ≥2O% 22% 10 10\n"
                               "产出指标 质量指标 LED灯具合格率 ≥95% 96% 5 5\n"
                               "产出指标 数量指标 新建污水处理设施 IO座 lO座 5 5\n"
                               "产出指标 数量指标 IC卡发放 ≥95% 96% 5 5\n");
    cr_assert_str_eq(g->shape, "words");
    /* "IO座": letters for digits before a unit, no digit among them */
    expect_cells(row_3(g, "新建污水处理设施"), 7,
                 (const char *const[]){"产出指标", "数量指标", "新建污水处理设施", "10座", "10座",
                                       "5", "5"});
    expect_cells(row_3(g, "IC卡发放"), 7,
                 (const char *const[]){"产出指标", "数量指标", "IC卡发放", "≥95%", "96%", "5", "5"});
    expect_cells(row_3(g, "建设示范基地"), 7,
                 (const char *const[]){"产出指标", "数量指标", "建设示范基地", "10个", "10个",
                                       "10", "10"});
    expect_cells(row_3(g, "化肥使用量减少"), 7,
                 (const char *const[]){"效益指标", "生态效益指标", "化肥使用量减少", "≥20%",
                                       "22%", "10", "10"});
    expect_cells(row_3(g, "LED灯具合格率"), 7,
                 (const char *const[]){"产出指标", "质量指标", "LED灯具合格率", "≥95%", "96%",
                                       "5", "5"});
}

/* PDF layout text with vertically centred cells: a row takes three lines,
 * its wrapped parts above and below the line with its values.  The
 * nearer value line takes each piece; from the middle of a gap, a piece
 * starting with "，" goes up. */
Test(grid, spaces_rows_over_three_lines_are_put_back, .fini = done)
{
    const jx_grid *g = grid_of(
        "一级指标  二级指标      三级指标          年度指标值  实际完成值  权重  得分    评(扣)分标准\n"
        "          残疾人康复服                                                          完成目标值得满分\n"
        "履职效能  务            残疾儿童康复救助  ≥120人      126人       10    10      ，未完成按比例计\n"
        "                                                                                分\n"
        "                        残疾人家庭医生签  ≥85%        88.3%       5     5       每低1个百分点扣0\n"
        "                        约服务率                                                .5分\n"
        "          残疾人就业帮  残疾人职业技能培                                        完成目标值得满分\n"
        "          扶            训                ≥300人次    286人次     10    9.5     ，未完成按比例计\n"
        "                                                                                分\n");
    cr_expect_str_eq(g->shape, "spaces");
    const char *a[] = {"履职效能", "残疾人康复服务", "残疾儿童康复救助", "≥120人", "126人",
                       "10", "10", "完成目标值得满分，未完成按比例计分"};
    expect_cells(row_with(g, "履职效能"), 8, a);
    const char *b[] = {"", "", "残疾人家庭医生签约服务率", "≥85%", "88.3%", "5", "5",
                       "每低1个百分点扣0.5分"};
    expect_cells(&g->rows[3], 8, b);
    const char *c[] = {"", "残疾人就业帮扶", "残疾人职业技能培训", "≥300人次", "286人次", "10",
                       "9.5", "完成目标值得满分，未完成按比例计分"};
    expect_cells(row_with(g, "残疾人就业帮扶"), 8, c);
    cr_expect_gt(g->wrapped, 5);
}

/* A whole 二级 label on a line of its own between two rows is centred on
 * both: it stays a row of its own (the interpreter spreads it). */
Test(grid, spaces_centred_label_line_stays, .fini = done)
{
    const jx_grid *g = grid_of("   一级指标   二级指标        三级指标              指标值\n"
                               "                              示范园亩均增收        ≥300元\n"
                               "              经济效益指标\n"
                               "   效益指标                   带动农户户均增收      ≥800元\n");
    const char *a[] = {"", "经济效益指标"};
    expect_cells(row_with(g, "经济效益指标"), 2, a);
    cr_expect_eq(g->wrapped, 0);
}

/* Sichuan's split target printed as a second header line under
 * 年度指标值: the parent gives way to 指标性质 / 指标值 / 度量单位. */
Test(grid, spaces_sub_header_splits_the_target_column, .fini = done)
{
    const jx_grid *g = grid_of(
        "一级指标  二级指标    三级指标                  年度指标值                全年实际值  分值\n"
        "                                        指标性质  指标值        度量单位\n"
        "产出指标  数量指标    猕猴桃标准园新建  ≥       3000            亩        3120      15\n");
    const char *h[] = {"一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位",
                       "全年实际值", "分值"};
    expect_cells(row_with(g, "一级指标"), 8, h);
    const char *a[] = {"产出指标", "数量指标", "猕猴桃标准园新建", "≥", "3000", "亩", "3120", "15"};
    expect_cells(row_with(g, "产出指标"), 8, a);
}

/* One cell per line, a department's own 二级 names (not in the
 * vocabulary) and merged cells missing: names are right-aligned to the
 * value that follows them. */
Test(grid, lines_names_right_aligned_to_their_value, .fini = done)
{
    const jx_grid *g = grid_of("一级指标\n二级指标\n三级指标\n指标值\n指标解释\n"
                               "履职效能\n竹产业发展\n竹林丰产培育面积\n≥3万亩\n当年完成的面积\n"
                               "竹产业综合产值\n≥60亿元\n综合产值\n"
                               "森林资源保护\n森林火灾受害率\n≤0.9‰\n受害面积/森林面积\n");
    cr_expect_str_eq(g->shape, "lines");
    const char *a[] = {"履职效能", "竹产业发展", "竹林丰产培育面积", "≥3万亩", "当年完成的面积"};
    expect_cells(row_with(g, "履职效能"), 5, a);
    const char *b[] = {"", "", "竹产业综合产值", "≥60亿元", "综合产值"};
    expect_cells(&g->rows[2], 5, b);
    const char *c[] = {"", "森林资源保护", "森林火灾受害率", "≤0.9‰", "受害面积/森林面积"};
    expect_cells(&g->rows[3], 5, c);
}

/* A score of "9.6" on a line of its own is a number, not a page marker. */
Test(vocab, decimal_is_not_a_page_marker)
{
    cr_expect(!jx_vocab_page_marker("9.6", 3));
    cr_expect(!jx_vocab_page_marker("1,200", 5));
    cr_expect(jx_vocab_page_marker("- 3 -", 5));
    cr_expect(jx_vocab_page_marker("第3页", strlen("第3页")));
    cr_expect(jx_vocab_page_marker("3/5", 3));
    cr_expect(jx_vocab_page_marker("附表12", strlen("附表12")));
    cr_expect(!jx_vocab_page_marker("附表说明", strlen("附表说明")));
}

/* OCR damage in a TAB table: letters among digits, "2 150户" and
 * "S 200元" (the sign read as 2 or S, apart from its number). */
Test(grid, tab_ocr_digits_and_signs, .fini = done)
{
    const jx_grid *g = grid_of("一级指标\t二级指标\t三级指标\t指标值\n"
                               "产出指标\t数量指标\t补助养殖户\t2 150户\n"
                               "\t\t发放蜂箱\t2 3000个\n"
                               "\t质量指标\t验收合格率\t2 95％\n"
                               "\t时效指标\t兑付时间\t2O24年12月31日前\n"
                               "\t成本指标\t补助标准\tS 200元\n"
                               "满意度指标\t服务对象满意度指标\t满意度\t2 9O%\n");
    cr_expect_str_eq(row_with(g, "产出指标")->c[3].s, "≥150户");
    cr_expect_str_eq(g->rows[3].c[3].s, "≥95％");
    cr_expect_str_eq(g->rows[4].c[3].s, "2024年12月31日前");
    cr_expect_str_eq(g->rows[5].c[3].s, "≤200元");
    cr_expect_str_eq(row_with(g, "满意度指标")->c[3].s, "≥90%");
    cr_expect_gt(g->ocr_fixed, 0);
}

/* Single spaces (an older extractor): a page marker at a line's end is
 * dropped and the numbers on the next line finish that row; two rows on
 * one line are cut where a 一级 and a 二级 name start the second. */
Test(grid, words_page_break_and_two_rows_on_a_line, .fini = done)
{
    const jx_grid *g = grid_of(
        "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施\n"
        "产出指标 时效指标 苗木栽植时间 2024年4月20日前 4月18日 - 3 -\n"
        "5 5\n"
        "成本指标 矮砧苗木补助 ≤6元/株 6元/株 10 10 效益指标 经济效益指标 挂果园亩均收入 ≥8000元 "
        "7600元 10 9.5 受冻害影响\n");
    cr_expect_str_eq(g->shape, "words");
    const char *a[] = {"产出指标", "时效指标", "苗木栽植时间", "2024年4月20日前", "4月18日", "5", "5"};
    expect_cells(row_with(g, "产出指标"), 7, a);
    const char *b[] = {"成本指标", "矮砧苗木补助", "≤6元/株", "6元/株", "10", "10"};
    expect_cells(row_with(g, "成本指标"), 6, b);
    const char *c[] = {"效益指标", "经济效益指标", "挂果园亩均收入", "≥8000元", "7600元", "10",
                       "9.5", "受冻害影响"};
    expect_cells(row_with(g, "效益指标"), 8, c);
}

/* Single spaces: a page break in the middle of a date ("2024年4月" - 2 -
 * "中旬前"): the next line's first word finishes the date and its other
 * cells finish the row; a line that starts with a name is a row. */
Test(grid, words_date_cut_by_a_page_break, .fini = done)
{
    const jx_grid *g = grid_of(
        "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施\n"
        "时效指标 种子肥料发放时间 2024年4月 - 2 -\n"
        "第2页 共3页\n"
        "中旬前 2024年4月12日 5 5\n"
        "成本指标 亩均物化补助 ≤150元 150元 5 5\n"
        "时效指标 完工时间 2024年12月 - 3 -\n"
        "前期准备 ≥95% 96% 5 5\n");
    cr_expect_str_eq(g->shape, "words");
    const char *a[] = {"时效指标", "种子肥料发放时间", "2024年4月中旬前", "2024年4月12日", "5", "5"};
    expect_cells(row_with(g, "时效指标"), 6, a);
    const char *b[] = {"成本指标", "亩均物化补助", "≤150元", "150元", "5", "5"};
    expect_cells(row_with(g, "成本指标"), 6, b);
    const char *c[] = {"前期准备", "≥95%", "96%", "5", "5"};
    expect_cells(row_with(g, "前期准备"), 5, c);
}

/* `pdftotext -layout` places characters by count, a Chinese one as one
 * column: the cells start under the header's cells only when counted so
 * ("1263 万亩" is one cell under 年度指标值, not "1263" | "万亩"). */
Test(grid, spaces_aligned_by_character_count, .fini = done)
{
    const jx_grid *g = grid_of(
        "  一级指标     二级指标     三级指标         年度指标值       实际完成值       分值   得分\n"
        "                    禁牧补助面积       1263 万亩     1263 万亩     5    5\n"
        "                    草畜平衡奖励面积     ≥1540 万亩    1540 万亩     5    5\n"
        "  产出指标     数量指标     补奖资金惠及牧户     ≥9500 户     9462 户      5    4.98\n"
        "                    草原管护员聘用人数    ≥1200 人     1200 人      5    5\n");
    cr_expect_str_eq(g->shape, "spaces");
    const jx_grow *r = row_with(g, "禁牧补助面积");
    cr_assert_geq(r->n, 7);
    cr_expect_str_eq(r->c[2].s, "禁牧补助面积");
    cr_expect_str_eq(r->c[3].s, "1263 万亩");
    cr_expect_str_eq(r->c[4].s, "1263 万亩");
    cr_expect_str_eq(r->c[6].s, "5");
    r = row_with(g, "产出指标");
    cr_expect_str_eq(r->c[1].s, "数量指标");
    cr_expect_str_eq(r->c[3].s, "≥9500 户");
}

/* A name printed half above, half below its row's values, the row's own
 * name cell empty on the values line: both halves are that row's, not
 * the row above's (whose name is finished). */
Test(grid, spaces_name_around_a_values_line_with_its_cell_empty, .fini = done)
{
    const jx_grid *g = grid_of(
        "  一级指标     二级指标     三级指标         年度指标值       实际完成值       分值   得分\n"
        "                    草原管护员聘用人数    ≥1200 人     1200 人      5    5\n"
        "                    禁牧区和草畜平衡区监\n"
        "  产出指标                           100%        100%        5    5\n"
        "                    管覆盖率\n");
    const jx_grow *r = row_with(g, "草原管护员聘用人数");
    cr_expect_str_eq(r->c[2].s, "草原管护员聘用人数");
    r = row_with(g, "产出指标");
    cr_expect_str_eq(r->c[2].s, "禁牧区和草畜平衡区监管覆盖率");
    cr_expect_str_eq(r->c[3].s, "100%");
}

/* A header cell wrapped onto the next line: "三级指" / "标", and
 * "年度指标值（2024" / "年）": joined into the header, not a row. */
Test(grid, spaces_wrapped_header_cells_are_joined, .fini = done)
{
    const jx_grid *g = grid_of(" 一级指标     二级指标        三级指          年度指标值（2024\n"
                               "                              标              年）\n"
                               " 产出指标     数量指标        新建桑园        ≥3000亩\n");
    const char *h[] = {"一级指标", "二级指标", "三级指标", "年度指标值（2024年）"};
    expect_cells(row_with(g, "一级指标"), 4, h);
    const char *a[] = {"产出指标", "数量指标", "新建桑园", "≥3000亩"};
    expect_cells(row_with(g, "产出指标"), 4, a);
}

/* One cell per line: a qualitative target ("健全") ends a row's names as a
 * number does, so the next 二级 of a department's own is not a 三级. */
Test(grid, lines_qualitative_target_ends_the_names, .fini = done)
{
    const jx_grid *g = grid_of("一级指标\n二级指标\n三级指标\n指标值\n"
                               "管理效率\n预算管理\n预算执行率\n≥95%\n"
                               "内控管理\n内控制度健全性\n健全\n"
                               "服务满意\n服务对象满意\n救助对象满意度\n≥90%\n");
    const char *a[] = {"", "内控管理", "内控制度健全性", "健全"};
    expect_cells(&g->rows[2], 4, a);
}
