/*
 * test_interpret.c - the header-driven interpreter (core/layout.c):
 * tables of other regions read into the records an officer would write
 * down.  Each input is a small table in a shape domain.md §5a describes;
 * the expectations are read off the table by hand.
 */
#include <criterion/criterion.h>
#include <string.h>

#include "jixiao/jixiao.h"

static jx_doc *doc;

static jx_doc *parse(const char *s)
{
    jx_error err = {0};
    doc = NULL;
    cr_assert_eq(jx_doc_parse(s, strlen(s), "t.txt", NULL, &doc, &err), JX_OK, "%s", err.msg);
    return doc;
}

static void done(void) { jx_doc_free(doc); }

static const jx_indicator *ind(size_t t, size_t i)
{
    cr_assert_lt(t, jx_doc_ntables(doc));
    jx_table *tb = jx_doc_table(doc, t);
    cr_assert_lt(i, tb->n, "table %zu has %zu indicators", t, tb->n);
    return &tb->ind[i];
}

static void expect(size_t t, size_t i, const char *l1, const char *l2, const char *l3,
                   const char *target)
{
    const jx_indicator *x = ind(t, i);
    if (l1)
        cr_expect_str_eq(x->level1 ? x->level1 : "(null)", l1, "[%zu] level1", i);
    if (l2)
        cr_expect_str_eq(x->level2 ? x->level2 : "(null)", l2, "[%zu] level2", i);
    cr_expect_str_eq(x->level3, l3, "[%zu] level3", i);
    cr_expect_str_eq(x->target_raw, target, "[%zu] target", i);
}

static int has_note(const char *code)
{
    for (size_t i = 0; i < jx_doc_nnotes(doc); i++)
        if (!strcmp(jx_doc_note(doc, i)->code, code))
            return 1;
    return 0;
}

/* Issue 12: the hand-typed project table from Word, the row whose first
 * cell is empty, the 满意度 rows left where they are. */
Test(interpret, hand_typed_project_table, .fini = done)
{
    parse("某某县农村公路养护项目绩效目标表\n"
          "一级指标\t二级指标\t三级指标\t指标值\n"
          "产出指标\t数量指标\t养护里程\t≥120公里\n"
          "\t\t新建桥梁\t3座\n"
          "\t时效指标\t2020年10月至2021年9月\t按协议实施\n"
          "效益指标\t社会效益指标\t群众出行时间缩短\t明显\n"
          "满意度指标\t服务对象满意度指标\t沿线群众满意度\t≥90%\n");
    cr_assert_eq(jx_doc_ntables(doc), 1);
    jx_table *t = jx_doc_table(doc, 0);
    cr_expect_eq(t->kind, JX_TABLE_PROJECT);
    cr_expect_str_eq(t->name, "某某县农村公路养护项目");
    cr_assert_eq(t->n, 5);
    expect(0, 1, "产出指标", "数量指标", "新建桥梁", "3座");
    expect(0, 2, "产出指标", "时效指标", "2020年10月至2021年9月", "按协议实施");
    expect(0, 4, "满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%");
}

Test(interpret, department_table_is_told_by_its_level1_names, .fini = done)
{
    parse("一级指标\t二级指标\t三级指标\t指标值\n"
          "履职效能\t重点工作履行\t医保基金监管覆盖率\t100%\n"
          "管理效率\t预算管理\t预算执行率\t≥95%\n");
    cr_expect_eq(jx_doc_table(doc, 0)->kind, JX_TABLE_DEPARTMENT);
}

Test(interpret, columns_in_any_order_with_regional_names, .fini = done)
{
    /* 分值 before the target, 全年实际值(B), 权重, 序号 */
    parse("序号\t一级指标\t二级指标\t三级指标\t权重\t指标值(A)\t全年实际值(B)\t得分\t偏差原因分析及改进措施\n"
          "1\t产出指标\t数量指标\t补助人数\t20\t≥2000人\t1950人\t19.5\t部分对象迁出\n");
    const jx_indicator *x = ind(0, 0);
    expect(0, 0, "产出指标", "数量指标", "补助人数", "≥2000人");
    cr_expect_str_eq(x->actual_raw, "1950人");
    cr_expect_float_eq(x->points, 20, 1e-9);
    cr_expect_float_eq(x->score, 19.5, 1e-9);
    cr_expect_str_eq(x->deviation, "部分对象迁出");
    cr_expect_eq(jx_doc_table(doc, 0)->layout, JX_LAYOUT_SELFEVAL);
}

Test(interpret, sichuan_and_hunan_split_targets_are_joined, .fini = done)
{
    parse("一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\n"
          "产出指标\t数量指标\t培训人数\t≥\t300\t人次\n"
          "\t质量指标\t合格率\t≥\t90%\t%\n"
          "效益指标\t社会效益指标\t服务质量\t定性\t优良中低差\t\n");
    expect(0, 0, NULL, NULL, "培训人数", "≥300人次");
    expect(0, 1, NULL, NULL, "合格率", "≥90%"); /* the unit is not doubled */
    expect(0, 2, NULL, NULL, "服务质量", "优良中低差");
}

Test(interpret, long_term_beside_year_kept_and_marked, .fini = done)
{
    parse("一级指标\t二级指标\t三级指标\t长期指标值\t年度指标值\n"
          "产出指标\t数量指标\t造林面积\t≥5万亩\t≥1万亩\n");
    jx_table *t = jx_doc_table(doc, 0);
    int year = 0, other = 0;
    for (size_t i = 0; i < t->n; i++) {
        if (!strcmp(t->ind[i].period, "年度")) {
            year++;
            cr_expect_str_eq(t->ind[i].target_raw, "≥1万亩");
        } else {
            other++;
            cr_expect_str_eq(t->ind[i].period, "长期");
        }
    }
    cr_expect_eq(year, 1);
    cr_expect_eq(other, 1);
}

/* "指标值" merged over 中期指标值 | 年度指标值 on a second header row (a
 * Word table with two header rows): the year's column is the target, the
 * other period's is kept and marked. */
Test(interpret, period_columns_under_a_merged_target_header, .fini = done)
{
    parse("一级指标\t二级指标\t三级指标\t指标值\t\n"
          "\t\t\t中期指标值（2025-2027年）\t年度指标值（2025年）\n"
          "产出指标\t数量指标\t治理水土流失面积\t45平方公里\t15平方公里\n"
          "\t\t新建谷坊坝\t≥90座\t≥30座\n");
    cr_assert_eq(jx_doc_ntables(doc), 1);
    jx_table *t = jx_doc_table(doc, 0);
    int year = 0, mid = 0;
    for (size_t i = 0; i < t->n; i++) {
        if (!strcmp(t->ind[i].period, "年度")) {
            cr_expect_str_eq(t->ind[i].target_raw, year ? "≥30座" : "15平方公里");
            year++;
        } else {
            cr_expect_str_eq(t->ind[i].period, "中期");
            mid++;
        }
    }
    cr_expect_eq(year, 2);
    cr_expect_eq(mid, 2);
}

/* 分值 and 得分 on a line of their own under a row that has neither (a
 * sheet printed to PDF: numbers at the bottom of a tall row) are that
 * row's; the upper row of a header repeated on a new page ("绩效指标 |
 * 指标值") is no indicator. */
Test(interpret, points_line_and_repeated_header_row, .fini = done)
{
    parse("一级指标\t二级指标\t三级指标\t指标值\t实际完成值\t分值\t得分\t偏差原因\n"
          "产出指标\t数量指标\t低产茶园改造\t≥5000亩\t4650亩\t\t\t受干旱影响推迟\n"
          "\t\t\t\t\t5\t4.65\t\n"
          "绩效指标\t\t\t指标值\t\t\t\t\n"
          "\t质量指标\t成活率\t≥90%\t92.3%\t5\t5\t\n");
    cr_assert_eq(jx_doc_ntables(doc), 1);
    cr_assert_eq(jx_doc_table(doc, 0)->n, 2);
    const jx_indicator *x = ind(0, 0);
    cr_expect_str_eq(x->level3, "低产茶园改造");
    cr_expect_float_eq(x->points, 5, 1e-9);
    cr_expect_float_eq(x->score, 4.65, 1e-9);
    expect(0, 1, "产出指标", "质量指标", "成活率", "≥90%");
}

Test(interpret, shifted_hierarchy_implies_the_level1, .fini = done)
{
    /* 一级 / 二级 / 绩效标准 / 当年预期实现值, the first column holding 二级 names */
    parse("一级\t二级\t绩效标准\t当年预期实现值\n"
          "数量指标\t改造户数\t反映改造户数\t≥120户\n"
          "质量指标\t验收合格率\t反映质量\t100%\n");
    expect(0, 0, "产出指标", "数量指标", "改造户数", "≥120户");
    cr_expect(ind(0, 0)->level1_inferred);
}

Test(interpret, rows_that_lost_cells_are_realigned_by_type, .fini = done)
{
    /* pipes: merged cells simply missing from the row */
    parse("| 一级指标 | 二级指标 | 三级指标 | 指标值 |\n"
          "| 产出指标 | 数量指标 | 培训人次 | ≥300人次 |\n"
          "| 发放册数 | 5000册 |\n"
          "| 质量指标 | 合格率 | ≥95% |\n");
    expect(0, 1, "产出指标", "数量指标", "发放册数", "5000册");
    expect(0, 2, "产出指标", "质量指标", "合格率", "≥95%");
}

Test(interpret, trailers_and_boilerplate_are_not_indicators, .fini = done)
{
    parse("索引号：11410425/2023-00412\t发布日期：2023-04-18\n"
          "一级指标\t二级指标\t三级指标\t指标值\t实际完成值\t分值\t得分\n"
          "产出指标\t数量指标\t培训人次\t≥300人次\t320人次\t50\t50\n"
          "总分\t\t\t\t\t100\t96.5\n"
          "评价结论\t优\n"
          "填报人：张三\t联系电话：123\n");
    jx_table *t = jx_doc_table(doc, 0);
    cr_expect_eq(t->n, 1);
    cr_expect_float_eq(t->total_printed, 96.5, 1e-9);
}

Test(interpret, level1_only_as_points_is_named_by_its_level2, .fini = done)
{
    parse("一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
          "(50分)\t数量指标\t健康管理人数\t≥1.8万人\t1.86万人\t8\t8\n"
          "(30分)\t社会效益指标\t健康素养水平\t≥25%\t26.8%\t10\t10\n");
    expect(0, 0, "产出指标", "数量指标", "健康管理人数", "≥1.8万人");
    expect(0, 1, "效益指标", "社会效益指标", "健康素养水平", "≥25%");
}

Test(interpret, a_name_that_starts_with_a_number_is_a_name, .fini = done)
{
    parse("一级指标\t二级指标\t三级指标\t指标值\n"
          "产出指标\t数量指标\t65岁及以上老年人健康管理人数\t≥1.8万人\n"
          "\t\t0-6岁儿童健康管理率\t≥90%\n");
    expect(0, 0, NULL, NULL, "65岁及以上老年人健康管理人数", "≥1.8万人");
    expect(0, 1, NULL, NULL, "0-6岁儿童健康管理率", "≥90%");
}

Test(interpret, target_typed_into_the_name_is_split, .fini = done)
{
    parse("一级指标\t二级指标\t三级指标\t指标值\n"
          "产出指标\t质量指标\t资金拨付率100%\t\n");
    expect(0, 0, NULL, NULL, "资金拨付率", "100%");
    cr_expect(has_note("target-in-name"));
}

Test(interpret, row_broken_by_a_page_is_joined, .fini = done)
{
    parse("一级指标 二级指标 三级指标 年度指标值 实际值 分值 得分\n"
          "效益指标 可持续影响指标 队伍稳定性\n"
          "第3页 共5页\n"
          "稳定 基本稳定 10 8\n");
    const jx_indicator *x = ind(0, 0);
    cr_expect_str_eq(x->level3, "队伍稳定性");
    cr_expect_str_eq(x->target_raw, "稳定");
    cr_expect_str_eq(x->actual_raw, "基本稳定");
    cr_expect_float_eq(x->score, 8, 1e-9);
    cr_expect_eq(jx_doc_table(doc, 0)->n, 1);
}

Test(interpret, centred_merged_labels_in_pdf_text, .fini = done)
{
    /* pdftotext -layout: a merged 一级 stands in the middle of its rows */
    parse("一级指标        二级指标          三级指标          年度指标值\n"
          "                数量指标          公路里程          ≥46公里\n"
          "项目完成指标    质量指标          验收合格率        100%\n"
          "                社会效益指标      通村比例          ≥96%\n"
          "效益指标        可持续影响指标    养护落实率        100%\n");
    expect(0, 0, "项目完成指标", "数量指标", "公路里程", "≥46公里");
    expect(0, 2, "效益指标", "社会效益指标", "通村比例", "≥96%");
}

Test(interpret, several_projects_one_after_another, .fini = done)
{
    parse("项目编码\t209001-3\t项目名称\t政务服务平台运行维护\n"
          "一级指标\t二级指标\t三级指标\t年度指标值\n"
          "项目产出\t数量指标\t指标1：驻场运维服务\t5*8小时\n"
          "\t\t指标2：\t\n"
          "项目编码\t209002-1\t项目名称\t畜禽粪污资源化利用\n"
          "一级指标\t二级指标\t三级指标\t年度指标值\n"
          "项目产出\t数量指标\t指导养殖场数量\t≥45家\n");
    cr_assert_eq(jx_doc_ntables(doc), 2);
    cr_expect_str_eq(jx_doc_table(doc, 0)->name, "政务服务平台运行维护");
    cr_expect_str_eq(jx_doc_table(doc, 0)->code, "209001-3");
    cr_expect_eq(jx_doc_table(doc, 0)->n, 1); /* "指标2：" holds nothing */
    cr_expect_str_eq(jx_doc_table(doc, 1)->name, "畜禽粪污资源化利用");
    expect(0, 0, "项目产出", "数量指标", "驻场运维服务", "5*8小时");
}

Test(interpret, traditional_characters_and_inline_pinyin, .fini = done)
{
    parse("一級指標\t二級指標\t三級指標\t指標值\n"
          "產出指標\t質量指標\t公交車輛(liàng)準點率\t≥92%\n");
    expect(0, 0, "產出指標", "質量指標", "公交車輛準點率", "≥92%");
}

Test(interpret, no_table_says_why, .fini = done)
{
    parse("一级指标\t二级指标\t三级指标\t指标值\n\n");
    cr_expect_eq(jx_doc_ntables(doc), 0);
    const char *why = jx_doc_empty_reason(doc);
    cr_assert(why);
    cr_expect(strstr(why, "第 1 行有表头"), "%s", why);
    jx_doc_free(doc);
    parse("一级指标二级指标三级指标\n培训人次很多\n");
    why = jx_doc_empty_reason(doc);
    cr_assert(why);
    cr_expect(strstr(why, "没能分出单元格") || strstr(why, "有表头"), "%s", why);
    jx_doc_free(doc);
    parse("收支总体情况表\n一、一般公共预算\t100\n");
    why = jx_doc_empty_reason(doc);
    cr_assert(why);
    cr_expect(strstr(why, "没有找到表头"), "%s", why);
}

Test(interpret, kind_and_layout_can_be_forced, .fini = done)
{
    const char *s = "一级指标\t二级指标\t三级指标\t指标值\n"
                    "产出指标\t数量指标\t培训人次\t≥300人次\n";
    jx_parse_opts o = {.kind = 1, .stage = 2};
    jx_error err = {0};
    doc = NULL;
    cr_assert_eq(jx_doc_parse(s, strlen(s), "t.txt", &o, &doc, &err), JX_OK, "%s", err.msg);
    cr_expect_eq(jx_doc_table(doc, 0)->kind, JX_TABLE_DEPARTMENT);
    cr_expect_eq(jx_doc_table(doc, 0)->layout, JX_LAYOUT_SELFEVAL);
    cr_expect(has_note("kind-forced"));
    cr_expect(has_note("layout-forced"));
}

/* A 二级 cell holding only points: nothing is inferred from it (found by
 * fuzz_html: the 一级 was taken from an uninitialised pointer). */
Test(interpret, points_only_level2_infers_nothing, .fini = done)
{
    parse("一级指标\t二级指标\t三级指标\t指标值\n"
          "\t(30分)\t培训人次\t≥300人次\n");
    const jx_indicator *x = ind(0, 0);
    cr_expect_null(x->level1);
    cr_expect_str_eq(x->level3, "培训人次");
}

/* OCR turned every "≥" into "2" (and a "≤" into an S glued to the name):
 * no comparison sign anywhere, rates of 295%: read as ≥, and said so. */
Test(interpret, ocr_ge_read_as_2_is_repaired_with_a_note, .fini = done)
{
    parse("某县2024年项目支出绩效目标表\n"
          "项目名称:技能培训项目主管部门:某县人社局\n"
          "一级指标二级指标三级指标指标值\n"
          "产出指标数量指标培训人数21200人\n"
          "开展培训期数215期\n"
          "质量指标培训合格率295%\n"
          "时效指标培训完成时间2024年IO月底前\n"
          "成本指标人均补贴标准S2600元\n"
          "效益指标社会效益指标农牧民就业技能明显提升\n"
          "满意度指标服务对象满意度指标学员满意度290%\n");
    expect(0, 0, "产出指标", "数量指标", "培训人数", "≥1200人");
    expect(0, 1, "产出指标", "数量指标", "开展培训期数", "≥15期");
    expect(0, 2, "产出指标", "质量指标", "培训合格率", "≥95%");
    expect(0, 3, "产出指标", "时效指标", "培训完成时间", "2024年10月底前");
    expect(0, 4, "产出指标", "成本指标", "人均补贴标准", "≤2600元");
    expect(0, 5, "效益指标", "社会效益指标", "农牧民就业技能", "明显提升");
    expect(0, 6, "满意度指标", NULL, "学员满意度", "≥90%");
    cr_expect(has_note("ocr-repaired"));
    cr_expect_str_eq(jx_doc_table(doc, 0)->name, "技能培训项目");
}

/* The same numbers in a document that prints its signs are left alone. */
Test(interpret, numbers_starting_with_2_stay_when_signs_are_printed, .fini = done)
{
    parse("一级指标\t二级指标\t三级指标\t指标值\n"
          "产出指标\t数量指标\t培训人数\t21200人\n"
          "\t\t开展培训期数\t≥15期\n"
          "\t质量指标\t培训合格率\t295%\n"
          "\t\t覆盖人数\t2850人\n");
    expect(0, 0, "产出指标", "数量指标", "培训人数", "21200人");
    expect(0, 2, "产出指标", "质量指标", "培训合格率", "295%");
    cr_expect(!has_note("ocr-repaired"));
}

/* PDF text: a name broken over two lines, the rest on the next line with
 * only the rest of the deviation cell beside it. */
Test(interpret, name_wrapped_onto_the_next_line_is_joined, .fini = done)
{
    parse("  一级指标    二级指标    三级指标                年度指标值    实际完成值    分值    得分    偏差原因\n"
          "  产出指标    数量指标    居民健康档案建档人数    ≥32万人       33.1万人      8       8\n"
          "                          65岁及以上老年人健      ≥3.6万人      3.42万人      8       7.6     部分老人外出，\n"
          "                          康管理人数                                                          未能体检\n"
          "              质量指标    疫苗接种率              ≥90%          96.3%         8       8\n");
    expect(0, 1, "产出指标", "数量指标", "65岁及以上老年人健康管理人数", "≥3.6万人");
    cr_expect_str_eq(ind(0, 1)->deviation, "部分老人外出，未能体检");
    expect(0, 2, "产出指标", "质量指标", "疫苗接种率", "≥90%");
    cr_expect_eq(jx_doc_table(doc, 0)->n, 3);
    cr_expect(has_note("joined-name"));
}

/* PDF text with vertically centred cells: the first line of a name stands
 * above its row's values, and a centred 二级 label belongs to the rows
 * nearest to it. */
Test(interpret, centred_cells_first_line_of_a_name_goes_down, .fini = done)
{
    parse("  一级指标    二级指标    三级指标                年度指标值    实际完成值    分值    得分\n"
          "\n"
          "                          助餐服务点运营数量      ≥140个        146个         10      10\n"
          "              数量指标\n"
          "                          年度助餐服务人次        ≥50万人次     52.3万人次    10      10\n"
          "                          食品安全抽检\n"
          "                          合格率                  100%          100%          10      10\n"
          "  产出指标    质量指标\n"
          "                          星级评定达标率          ≥80%          76%           5       4.5\n");
    expect(0, 1, "产出指标", "数量指标", "年度助餐服务人次", "≥50万人次");
    expect(0, 2, "产出指标", "质量指标", "食品安全抽检合格率", "100%");
    expect(0, 3, "产出指标", "质量指标", "星级评定达标率", "≥80%");
}

/* A saved web page that starts with a markdown link is text, not JSON. */
Test(interpret, markdown_link_at_the_top_is_not_json, .fini = done)
{
    parse("[返回首页](/) › [政务公开](/zwgk)\n\n"
          "| 一级指标 | 二级指标 | 三级指标 | 指标值 |\n"
          "| --- | --- | --- | --- |\n"
          "| 产出指标 | 数量指标 | 举办展览 | ≥6场 |\n");
    expect(0, 0, "产出指标", "数量指标", "举办展览", "≥6场");
}

/* Signatures under a department table are not an indicator row. */
Test(interpret, signatures_end_a_department_table, .fini = done)
{
    parse("部门（单位）名称\t某县卫生健康局\n"
          "一级指标\t二级指标\t三级指标\t指标值\t指标解释\t指标说明\n"
          "履职效能\t部门目标实现\t家庭医生签约率\t≥75%\t签约人数/常住人口\t年度目标\n"
          "单位负责人：张三\t财务负责人：李四\t填报人：王五\t联系电话：0000-1234567\n");
    cr_expect_eq(jx_doc_table(doc, 0)->n, 1);
}

/* OCR'd run-on text that prints some signs: "〉=" is ≥, full-width digits,
 * "2 85%" (≥ read as "2 "), "≤O.6", "IO日内", a time limit's value that
 * starts with what the clock counts from. */
Test(interpret, ocr_run_on_with_mixed_damage, .fini = done)
{
    parse("一级指标二级指标三级指标指标值\n"
          "产出指标数量指标农村公路日常养护里程〉=1260公里\n"
          "完成危桥改造３座\n"
          "质量指标养护路段优良中等路率2 85%\n"
          "时效指标路面病害处治时限发现后IO日内\n"
          "成本指标每公里日常养护成本≤O.6万元\n"
          "效益指标可持续影响指标农村公路养护长效机制健全\n"
          "满意度指标服务对象满意度指标沿线群众满意度295%\n");
    expect(0, 0, "产出指标", "数量指标", "农村公路日常养护里程", "≥1260公里");
    expect(0, 1, "产出指标", "数量指标", "完成危桥改造", "3座");
    expect(0, 2, "产出指标", "质量指标", "养护路段优良中等路率", "≥85%");
    expect(0, 3, "产出指标", "时效指标", "路面病害处治时限", "发现后10日内");
    expect(0, 4, "产出指标", "成本指标", "每公里日常养护成本", "≤0.6万元");
    expect(0, 5, "效益指标", "可持续影响指标", "农村公路养护长效机制", "健全");
    expect(0, 6, "满意度指标", NULL, "沿线群众满意度", "≥95%");
}

/* PDF text: the last column's cell wrapped onto the next line. */
Test(interpret, last_column_wrapped_is_joined, .fini = done)
{
    parse("  一级指标    二级指标        三级指标              指标值\n"
          "  效益指标    生态效益指标    项目区植被覆盖度      较上年提高2个百分\n"
          "                                                    点\n"
          "              经济效益指标    茶叶综合产值          ≥22亿元（较上年增\n"
          "                                                    长10%以上）\n");
    expect(0, 0, "效益指标", "生态效益指标", "项目区植被覆盖度", "较上年提高2个百分点");
    expect(0, 1, "效益指标", "经济效益指标", "茶叶综合产值", "≥22亿元（较上年增长10%以上）");
}

/* One cell per line: a serial number starts a row, a name followed by a
 * value is not the 偏差原因 of the row before, Excel's quotes go. */
Test(interpret, one_cell_per_line_serials_and_names, .fini = done)
{
    parse("序号\n一级指标\n二级指标\n三级指标\n指标值\n备注\n"
          "1\n产出指标\n数量指标\n运维设施数量\n≥1850座\n含单户设施\n"
          "2\n运维管网长度\n≥620公里\n"
          "3\n质量指标\n设施正常运行率\n≥95%\n");
    expect(0, 0, "产出指标", "数量指标", "运维设施数量", "≥1850座");
    expect(0, 1, "产出指标", "数量指标", "运维管网长度", "≥620公里");
    expect(0, 2, "产出指标", "质量指标", "设施正常运行率", "≥95%");
}

Test(interpret, excel_quotes_around_a_tab_cell_go, .fini = done)
{
    parse("一级指标\t二级指标\t三级指标\t指标值\n"
          "产出指标\t质量指标\t\"学校食堂“明厨亮灶”\n覆盖率\"\t≥95%\n");
    expect(0, 0, "产出指标", "质量指标", "学校食堂“明厨亮灶”覆盖率", "≥95%");
}

/* A scanned self-evaluation that prints no sign: a target that is far
 * from its actual with its leading 2 and close without it had its ≥ read
 * as 2. */
Test(interpret, ocr_ge_repaired_by_the_actual_beside_it, .fini = done)
{
    parse("一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n"
          "产出指标 数量指标 培训人次 2850人次 900人次 10 10\n"
          "产出指标 数量指标 发放册数 21200册 1250册 10 10\n"
          "产出指标 质量指标 合格率 100% 100% 10 10\n");
    expect(0, 0, "产出指标", "数量指标", "培训人次", "≥850人次");
    expect(0, 1, "产出指标", "数量指标", "发放册数", "≥1200册");
    cr_expect(has_note("ocr-repaired"));
}

/* Two indicators typed into one row, split at "；" in the same order. */
Test(interpret, two_indicators_in_one_row_split_at_semicolons, .fini = done)
{
    parse("一級指標\t二級指標\t三級指標\t指標值\n"
          "產出指標\t數量指標\t行道樹補植數量；綠籬修剪面積\t≥1500株；≥12萬平方米\n"
          "\t質量指標\t綠化植物成活率\t≥95%\n");
    expect(0, 0, NULL, NULL, "行道樹補植數量", "≥1500株");
    expect(0, 1, NULL, NULL, "綠籬修剪面積", "≥12萬平方米");
    expect(0, 2, NULL, NULL, "綠化植物成活率", "≥95%");
    cr_expect(has_note("split-row"));
}

/* "项目编码 | 2102…" alone on its line starts the next project's head. */
Test(interpret, project_code_line_starts_the_next_table, .fini = done)
{
    parse("表一\n项目编码\t21021324000000012345\n项目名称\t校舍维修\n"
          "一级指标\t二级指标\t三级指标\t指标值\n"
          "满意度指标\t服务对象满意度指标\t师生满意度\t≥90%\n\n"
          "表二\n项目编码\t21021324000000012388\n项目名称\t幼儿园补助\n"
          "一级指标\t二级指标\t三级指标\t指标值\n"
          "产出指标\t数量指标\t补助人数\t≥3000人\n");
    cr_assert_eq(jx_doc_ntables(doc), 2);
    cr_expect_eq(jx_doc_table(doc, 0)->n, 1);
    expect(1, 0, "产出指标", "数量指标", "补助人数", "≥3000人");
}

/* A department table laid out by position with only 指标解释 beside the
 * value (not the seeds' 指标解释 + 指标说明): the general reader joins the
 * value and the name that PDF text wrapped. */
Test(interpret, department_layout_wrapped_value_and_name, .fini = done)
{
    parse("  一级指标    二级指标        三级指标                  指标值                  指标解释\n"
          "              部门目标实现    高标准农田建设面积        ≥5.2万亩（其中高效      反映建设任务\n"
          "                                                        节水灌溉1.1万亩）       完成情况\n"
          "  履职效能                    农作物病虫害统防统        ≥45%                    统防统治面积/\n"
          "                              治覆盖率                                          播种面积\n"
          "              重点工作履行    农产品监测合格率          ≥98%                    反映质量安全\n");
    expect(0, 0, "履职效能", "部门目标实现", "高标准农田建设面积", "≥5.2万亩（其中高效节水灌溉1.1万亩）");
    expect(0, 1, "履职效能", NULL, "农作物病虫害统防统治覆盖率", "≥45%");
    expect(0, 2, "履职效能", "重点工作履行", "农产品监测合格率", "≥98%");
    cr_expect(has_note("joined-value"));
}

/* A department 自评表 whose title names no one and whose 预期目标 cell says
 * "（见绩效目标表）": the table is named by the 单位名称 above it. */
Test(interpret, department_selfeval_named_by_its_unit, .fini = done)
{
    parse("部门整体支出绩效自评表\n"
          "单位名称\t洛龙区医疗保障局\n"
          "年度总体目标\t预期目标\t\t实际完成情况\n"
          "\t（见绩效目标表）\n"
          "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
          "\t履职效能\t工作目标管理情况\t目标依据充分性\t充分\t充分\t2\t2\n");
    jx_table *t = jx_doc_table(doc, 0);
    cr_expect_eq(t->kind, JX_TABLE_DEPARTMENT);
    cr_expect_str_eq(t->name ? t->name : "(null)", "洛龙区医疗保障局");
}

/* ---- department tables read by the general reader (issue 12: the
 * seeds' department layout is no longer a path of its own) ---- */

/* A page break repeats the header one cell to the right (a leading TAB):
 * the table goes on, its rows at either offset, and a row with text only
 * under 计算方法 / 备注 continues the explanation above it. */
Test(interpret, department_header_repeated_shifted_continues_table, .fini = done)
{
    parse("苍梧县部门整体支出绩效目标表\n"
          "单位名称\t苍梧县农业农村局\n"
          "一级指标\t二级指标\t三级指标\t年度指标值\t计算方法\t备注\n"
          "履职效能\t重点工作履行\t耕地保护任务完成率\t100%\t已完成面积/下达面积\t\n"
          "\t\t\t\t\t以自然资源部门年度变更调查为准\n"
          "\t一级指标\t二级指标\t三级指标\t年度指标值\t计算方法\t备注\n"
          "\t管理效率\t预算管理\t预算执行率\t≥90%\t执行数/预算数\n"
          "\t\t资产管理\t资产账实相符率\t100%\t\n"
          "\t\t\t\t\t含村级资产\n"
          "服务满意\t服务对象满意\t农户满意度\t≥85%\t\t\n");
    cr_assert_eq(jx_doc_ntables(doc), 1, "one table over the page break");
    jx_table *t = jx_doc_table(doc, 0);
    cr_expect_eq(t->kind, JX_TABLE_DEPARTMENT);
    cr_assert_eq(t->n, 4);
    expect(0, 0, "履职效能", "重点工作履行", "耕地保护任务完成率", "100%");
    cr_expect_str_eq(ind(0, 0)->explanation, "已完成面积/下达面积\n以自然资源部门年度变更调查为准");
    expect(0, 1, "管理效率", "预算管理", "预算执行率", "≥90%");
    expect(0, 2, "管理效率", "资产管理", "资产账实相符率", "100%");
    cr_expect_str_eq(ind(0, 2)->explanation, "含村级资产");
    expect(0, 3, "服务满意", "服务对象满意", "农户满意度", "≥85%");
    cr_expect_not(ind(0, 3)->realigned, "a row at the first offset is in place");
}

/* The title prints the form's words ("XX县部门（单位）整体…"): the table is
 * named by the 单位名称 field and starts at its header. */
Test(interpret, department_named_by_unit_not_form_title, .fini = done)
{
    parse("钟山县部门（单位）整体绩效目标表\n"
          "部门（单位）名称\t钟山县林业局\n"
          "一级指标\t二级指标\t三级指标\t指标值\t指标解释\n"
          "履职效能\t部门目标实现\t森林覆盖率\t≥74%\t反映生态建设成效\n"
          "可持续性\t人才支撑\t专业技术人员培训\t≥60人次\t\n");
    jx_table *t = jx_doc_table(doc, 0);
    cr_expect_eq(t->kind, JX_TABLE_DEPARTMENT);
    cr_expect_str_eq(t->name, "钟山县林业局");
    cr_expect_eq(t->line, 3, "the header's line, not the title's");
}

/* Rows that lost their leading cells (merged cells dropped, not left
 * empty) are re-aligned by cell type and say so; a name alone in the name
 * columns is an indicator with an empty value, not a fragment. */
Test(interpret, department_rows_lost_cells_and_lone_names, .fini = done)
{
    parse("一级指标\t二级指标\t三级指标\t年度指标值\t指标解释\t备注\n"
          "履职效能\t部门目标实现\t退役军人优待证发放率\t≥98%\t\t\n"
          "双拥共建活动次数\t\t≥4次\t\t\t\n"
          "可持续性\t创新能力\t服务模式创新事项\t\t\t\n"
          "\t\t信息化平台建设事项\t\t\t\n"
          "人才支撑\t业务骨干培训人次\t≥30人次\t反映队伍建设\n"
          "\t基层服务站人员轮训率\t\t\t\t\n");
    jx_table *t = jx_doc_table(doc, 0);
    cr_assert_eq(t->n, 6);
    expect(0, 1, "履职效能", "部门目标实现", "双拥共建活动次数", "≥4次");
    cr_expect(ind(0, 1)->realigned);
    expect(0, 3, "可持续性", "创新能力", "信息化平台建设事项", "");
    cr_expect_not(ind(0, 3)->realigned, "in its own column");
    expect(0, 4, "可持续性", "人才支撑", "业务骨干培训人次", "≥30人次");
    cr_expect(ind(0, 4)->realigned);
    expect(0, 5, "可持续性", "人才支撑", "基层服务站人员轮训率", "");
    cr_expect(has_note("realigned"));
}

/* A blank template row ("……") of the department framework is kept as a
 * record for check to report; a project table leaves it out. */
Test(interpret, department_placeholder_row_kept_project_dropped, .fini = done)
{
    parse("一级指标\t二级指标\t三级指标\t指标值\t指标解释\n"
          "管理效率\t基础管理\t档案管理规范性\t规范\t\n"
          "\t\t……\t\t\n"
          "运行成本\t成本控制成效\t公用经费变动率\t≤5%\t\n"
          "\n"
          "某镇垃圾清运项目绩效目标表\n"
          "一级指标\t二级指标\t三级指标\t指标值\n"
          "产出指标\t数量指标\t清运垃圾量\t≥3000吨\n"
          "\t\t……\t\n"
          "满意度指标\t服务对象满意度指标\t村民满意度\t≥90%\n");
    cr_assert_eq(jx_doc_ntables(doc), 2);
    cr_assert_eq(jx_doc_table(doc, 0)->n, 3);
    expect(0, 1, "管理效率", "基础管理", "……", "……");
    cr_assert_eq(jx_doc_table(doc, 1)->n, 2);
    expect(1, 1, "满意度指标", "服务对象满意度指标", "村民满意度", "≥90%");
}

/* PDF text: a 一级 label printed in the middle of its merged cell, on a
 * row with no 二级, does not take the next 二级 below (left for the rule
 * pack to infer). */
Test(interpret, pdf_level1_label_mid_block_keeps_level2_open, .fini = done)
{
    parse("  一级指标   二级指标       三级指标               指标值\n"
          "  履职效能   部门目标实现   供水保证率             ≥95%\n"
          "             预算管理       预算执行率             ≥90%\n"
          "  管理效率                  结转结余变动率         ≤0\n"
          "             资产管理       资产账实相符率         100%\n");
    jx_table *t = jx_doc_table(doc, 0);
    cr_assert_eq(t->n, 4);
    cr_expect_str_eq(ind(0, 2)->level3, "结转结余变动率");
    cr_expect(!ind(0, 2)->level2 || strcmp(ind(0, 2)->level2, "资产管理"),
              "not the 二级 of the rows below: %s", ind(0, 2)->level2);
}

/* ---- two column groups side by side (issue 12: the 预算10表 form is a
 * case of the header-driven reader) ---- */

static const char *period_of(size_t t, size_t i)
{
    const char *p = ind(t, i)->period;
    return p ? p : "(null)";
}

/* 二级 / 三级 / 指标值 twice in the header: two records per row, each with
 * its group's 二级 and the period its label above says (中期 here). */
Test(interpret, two_column_groups_take_periods_from_labels, .fini = done)
{
    parse("项目名称\t乡村道路亮化工程\n"
          "\t中期目标\t\t\t年度目标\n"
          "一级指标\t二级指标\t三级指标\t指标值\t二级指标\t三级指标\t指标值\n"
          "产出指标\t数量指标\t安装路灯数量\t≥900盏\t数量指标\t安装路灯数量\t≥300盏\n"
          "\t\t\t\t质量指标\t路灯亮灯率\t≥98%\n"
          "满意度指标\t服务对象满意度指标\t村民满意度\t≥90%\t服务对象满意度指标\t村民满意度\t≥85%\n");
    jx_table *t = jx_doc_table(doc, 0);
    cr_expect_str_eq(t->name, "乡村道路亮化工程");
    cr_assert_eq(t->n, 5);
    expect(0, 0, "产出指标", "数量指标", "安装路灯数量", "≥900盏");
    cr_expect_str_eq(period_of(0, 0), "中期");
    expect(0, 1, "产出指标", "数量指标", "安装路灯数量", "≥300盏");
    cr_expect_str_eq(period_of(0, 1), "年度");
    expect(0, 2, "产出指标", "质量指标", "路灯亮灯率", "≥98%");
    cr_expect_str_eq(period_of(0, 2), "年度", "the first group empty, the second read");
    expect(0, 4, "满意度指标", "服务对象满意度指标", "村民满意度", "≥85%");
}

/* Without labels over the groups: the form's order, 实施期 then 年度. */
Test(interpret, two_column_groups_without_labels, .fini = done)
{
    parse("一级指标\t二级指标\t三级指标\t指标值\t二级指标\t三级指标\t指标值\n"
          "效益指标\t社会效益指标\t夜间交通事故下降\t明显\t社会效益指标\t夜间交通事故下降\t有所下降\n");
    cr_assert_eq(jx_doc_table(doc, 0)->n, 2);
    cr_expect_str_eq(period_of(0, 0), "实施期");
    cr_expect_str_eq(period_of(0, 1), "年度");
    expect(0, 1, "效益指标", "社会效益指标", "夜间交通事故下降", "有所下降");
}

/* "序号 绩效指标 指标值": the groups are heading rows of their own, with
 * their list numbers ("一、产出指标", "（二）质量指标", "3.效益指标"). */
Test(interpret, group_heading_rows_give_the_levels, .fini = done)
{
    parse("某县2025年项目支出绩效目标表\n"
          "项目名称：乡镇污水站运维\n"
          "序号\t绩效指标\t指标值\t备注\n"
          "\t一、产出指标\t\t\n"
          "\t（一）数量指标\t\t\n"
          "1\t运维污水站\t≥12座\t\n"
          "\t(二)质量指标\t\t\n"
          "2\t出水达标率\t≥95%\t\n"
          "\t3.效益指标\t\t\n"
          "\t（一）生态效益指标\t\t\n"
          "3\tCOD削减量\t≥80吨\t\n"
          "\t三、满意度指标\t\t\n"
          "4\t群众满意度\t≥90%\t\n");
    cr_assert_eq(jx_doc_ntables(doc), 1);
    cr_assert_eq(jx_doc_table(doc, 0)->n, 4);
    expect(0, 0, "产出指标", "数量指标", "运维污水站", "≥12座");
    expect(0, 1, "产出指标", "质量指标", "出水达标率", "≥95%");
    expect(0, 2, "效益指标", "生态效益指标", "COD削减量", "≥80吨");
    cr_expect_str_eq(ind(0, 3)->level1, "满意度指标");
    cr_expect_str_eq(ind(0, 3)->level3, "群众满意度");
}

/* Two header rows: 年度指标值 merged over 比较符 / 数值 / 计量单位 (as a
 * sheet saved as TAB text keeps its columns): the three joined as printed. */
Test(interpret, merged_target_over_operator_number_unit, .fini = done)
{
    parse("项目名称\t某区应急广播\n"
          "一级指标\t二级指标\t三级指标\t年度指标值\t\t\t指标解释\n"
          "\t\t\t比较符\t数值\t计量单位\t\n"
          "产出指标\t数量指标\t新建广播终端\t≥\t376\t个\t接入平台的数量\n"
          "\t质量指标\t终端在线率\t≥\t95\t%\t\n"
          "效益指标\t社会效益指标\t预警覆盖率\t=\t100\t%\t\n");
    cr_assert_eq(jx_doc_ntables(doc), 1);
    cr_assert_eq(jx_doc_table(doc, 0)->n, 3);
    expect(0, 0, "产出指标", "数量指标", "新建广播终端", "≥376个");
    expect(0, 1, "产出指标", "质量指标", "终端在线率", "≥95%");
    expect(0, 2, "效益指标", "社会效益指标", "预警覆盖率", "=100%");
}

/* pdftotext -layout with a long 指标解释: its wrapped lines continue the
 * explanation even where a centred 二级 label shares the line, and a 二级
 * label wrapped over two lines ("服务对象满意" / "度指标") is put together. */
Test(interpret, layout_explanation_lines_beside_centred_labels, .fini = done)
{
    parse("  一级指标    二级指标      三级指标            指标值        指标解释\n"
          "\n"
          "                            开展日常巡护        ≥2400人次     指巡护人员按巡护路线开展野外巡护的人次\n"
          "              数量指标                                        数，以巡护记录系统上传的轨迹为准。\n"
          "                            维护监测位点        ≥150个        布设并按季度维护的位点数。\n"
          "  产出指标                  巡护轨迹有效率      ≥90%          有效轨迹数/上传轨迹总数×100%。轨\n"
          "              质量指标                                        迹长度不足2公里的不计。\n"
          "                            数据入库率          100%          入库数据/采集数据×100%。\n"
          "  满意度指标  服务对象满意  周边群众满意度      ≥85%          问卷调查，满意及基本\n"
          "              度指标                                        满意人数占比。\n");
    cr_assert_eq(jx_doc_ntables(doc), 1);
    cr_assert_eq(jx_doc_table(doc, 0)->n, 5);
    expect(0, 0, "产出指标", "数量指标", "开展日常巡护", "≥2400人次");
    cr_expect(strstr(ind(0, 0)->explanation, "轨迹为准"), "%s", ind(0, 0)->explanation);
    expect(0, 2, "产出指标", "质量指标", "巡护轨迹有效率", "≥90%");
    cr_expect(strstr(ind(0, 2)->explanation, "不计"), "%s", ind(0, 2)->explanation);
    expect(0, 4, "满意度指标", "服务对象满意度指标", "周边群众满意度", "≥85%");
}

/* PDF text: a date cut after its month, the day on the next line in the
 * target and actual columns ("2024年11月" / "30日前"). */
Test(interpret, layout_date_cut_after_month_is_joined, .fini = done)
{
    parse("一级指标    二级指标        三级指标            指标值        实际完成值    分值  得分\n"
          "产出指标    数量指标        加工档案数量        ≥12万页       12.6万页      10    10\n"
          "            时效指标        数字化完成时间      2024年11月    2024年11月    5     5\n"
          "                                                30日前        26日\n"
          "            成本指标        每页加工单价        ≤0.38元       0.35元        10    10\n");
    cr_assert_eq(jx_doc_ntables(doc), 1);
    cr_assert_eq(jx_doc_table(doc, 0)->n, 3);
    expect(0, 1, "产出指标", "时效指标", "数字化完成时间", "2024年11月30日前");
    cr_expect_str_eq(ind(0, 1)->actual_raw, "2024年11月26日");
}

/* PDF text: a header cell wrapped onto a line of its own ("偏差原因分析及" /
 * "改进措施") does not end the table before its first row; a 二级 label and
 * the 三级 name beside it both wrapped ("服务对象满意度" / "指标",
 * "家长满意" / "度") are joined. */
Test(interpret, layout_wrapped_header_cell_and_wrapped_label_with_name, .fini = done)
{
    parse("一级指标    二级指标        三级指标            指标值    分值  实际完成值  得分  偏差原因分析及\n"
          "                                                                                  改进措施\n"
          "            数量指标        救助儿童人数        ≥260人    15    271         15\n"
          "产出指标                    康复机构数量        =5个      5     5           5\n"
          "满意度指标  服务对象满意度  受助儿童家长满意    ≥90%      10    95.2        10\n"
          "            指标            度\n");
    cr_assert_eq(jx_doc_ntables(doc), 1);
    cr_assert_eq(jx_doc_table(doc, 0)->n, 3);
    expect(0, 0, "产出指标", "数量指标", "救助儿童人数", "≥260人");
    expect(0, 2, "满意度指标", "服务对象满意度指标", "受助儿童家长满意度", "≥90%");
}

/* A web page's table flattened to pipes: rowspan cells are simply missing,
 * and the 二级 names are a province's own (not in the vocabulary); the first
 * value of a row stands under the 指标值 column. */
Test(interpret, pipe_rows_missing_rowspan_cells, .fini = done)
{
    parse("| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
          "| 预算编制 | 目标设置 | 绩效目标合理性 | 合理 | 合理 | 5 | 5 |\n"
          "| 预算编制质量 | 预算编制准确率 | ≥90% | 93.5% | 5 | 5 |\n"
          "| 预算使用效益 | 效率性 | 特种设备定期检验率 | ≥98% | 98.6% | 10 | 10 |\n"
          "| 食品安全监督抽检 | ≥4.5批次/千人 | 4.8批次/千人 | 10 | 10 |\n");
    expect(0, 0, "预算编制", "目标设置", "绩效目标合理性", "合理");
    expect(0, 1, "预算编制", "预算编制质量", "预算编制准确率", "≥90%");
    expect(0, 2, "预算使用效益", "效率性", "特种设备定期检验率", "≥98%");
    expect(0, 3, "预算使用效益", "效率性", "食品安全监督抽检", "≥4.5批次/千人");
    cr_expect_str_eq(ind(0, 3)->actual_raw, "4.8批次/千人");
}

/* A web page's rows with their merged cells missing, under 中期 and 年度
 * targets: the first value stands under the leftmost target column. */
Test(interpret, pipe_rows_realigned_under_the_first_target_column, .fini = done)
{
    parse("| 一级指标 | 二级指标 | 三级指标 | 中期指标值 | 年度指标值 |\n"
          "| 履职效能 | 防汛防旱 | 圩堤达标加固 | ≥60公里 | ≥20公里 |\n"
          "| 农村供水 | 农村自来水普及率 | 100% | 98% |\n"
          "| 农村供水水质达标率 | ≥95% | ≥93% |\n");
    expect(0, 0, "履职效能", "防汛防旱", "圩堤达标加固", "≥20公里");
    /* each row gives the year's record, then the 中期 one */
    expect(0, 2, "履职效能", "农村供水", "农村自来水普及率", "98%");
    expect(0, 4, "履职效能", "农村供水", "农村供水水质达标率", "≥93%");
    expect(0, 5, "履职效能", "农村供水", "农村供水水质达标率", "≥95%");
}

/* "稻米抽检合格率100%" alone on its row (the target typed into the name,
 * the merged cells dropped): one indicator, split. */
Test(interpret, lone_name_with_its_target_typed_in, .fini = done)
{
    parse("一级指标\t二级指标\t三级指标\t指标值\n"
          "产出指标\t质量指标\t追溯体系数据上传率\t≥98%\n"
          "稻米抽检合格率100%\t\n"
          "预算10表\n");
    expect(0, 1, "产出指标", "质量指标", "稻米抽检合格率", "100%");
    cr_expect_eq(jx_doc_table(doc, 0)->n, 2);
    cr_expect(has_note("target-in-name"));
}

/* Two project tables in one TAB document: "表二" and the second project's
 * fields end the first table; the signature line is no indicator. */
Test(interpret, second_table_head_ends_the_first, .fini = done)
{
    parse("项目名称\t甲项目\n"
          "一级指标\t二级指标\t三级指标\t年度指标值\n"
          "产出指标\t数量指标\t培训人次\t≥300人次\n"
          "满意度指标\t服务对象满意度指标\t满意度\t≥90%\n"
          "\n表二\n"
          "项目名称\t乙项目\t\t\n"
          "主管部门\t某局\t实施单位\t某中心\n"
          "一级指标\t二级指标\t三级指标\t年度指标值\n"
          "产出指标\t数量指标\t改造面积\t≥1.2万亩\n"
          "\n某县农业农村局（盖章）\t2024年1月\n");
    cr_expect_eq(jx_doc_ntables(doc), 2);
    cr_expect_eq(jx_doc_table(doc, 0)->n, 2);
    cr_expect_eq(jx_doc_table(doc, 1)->n, 1);
    expect(1, 0, "产出指标", "数量指标", "改造面积", "≥1.2万亩");
}

/* The unit's name and a date under the table: its signature, no row. */
Test(interpret, signature_line_ends_the_table, .fini = done)
{
    parse("一级指标\t二级指标\t三级指标\t指标值\n"
          "产出指标\t数量指标\t培训人次\t≥300人次\n"
          "新兴县农业农村局\t2024年2月\n");
    cr_expect_eq(jx_doc_table(doc, 0)->n, 1);
}
