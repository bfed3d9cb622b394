/*
 * test_layout_wide.c - the wide project table (domain.md §5 layout 2, the
 * seed 000 form) read by the header-driven interpreter (core/layout.c):
 * one row per project with its code, name and funds, and N (三级, 指标值)
 * column groups side by side under the 一级 labels of the header row above.
 * The variants are the ones other forms print: 2 or 5 groups, the value
 * before the name, a 二级 column per group, 二级 labels over the groups,
 * funds after the groups, no code column, the header repeated on a new
 * page.  Expectations are read off each table by hand.
 */
#include <criterion/criterion.h>
#include <math.h>
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

static jx_table *table(size_t t)
{
    cr_assert_lt(t, jx_doc_ntables(doc), "only %zu tables", jx_doc_ntables(doc));
    return jx_doc_table(doc, t);
}

static const jx_indicator *ind(size_t t, size_t i)
{
    jx_table *tb = table(t);
    cr_assert_lt(i, tb->n, "table %zu has %zu indicators", t, tb->n);
    return &tb->ind[i];
}

static void expect(size_t t, size_t i, const char *l1, const char *l2, const char *l3,
                   const char *target)
{
    const jx_indicator *x = ind(t, i);
    cr_expect_str_eq(x->level1 ? x->level1 : "(null)", l1, "[%zu.%zu] level1", t, i);
    if (l2)
        cr_expect_str_eq(x->level2 ? x->level2 : "(null)", l2, "[%zu.%zu] level2", t, i);
    cr_expect_str_eq(x->level3, l3, "[%zu.%zu] level3", t, i);
    cr_expect_str_eq(x->target_raw, target, "[%zu.%zu] target", t, i);
}

static void project(size_t t, const char *code, const char *name, double total, size_t n)
{
    jx_table *tb = table(t);
    cr_expect_eq(tb->kind, JX_TABLE_PROJECT);
    cr_expect_eq(tb->layout, JX_LAYOUT_WIDE);
    cr_expect_str_eq(tb->code ? tb->code : "(null)", code);
    cr_expect_str_eq(tb->name ? tb->name : "(null)", name);
    if (isnan(total))
        cr_expect(isnan(tb->funds.total), "%s: no 资金总额", code);
    else
        cr_expect_eq(tb->funds.total, total, "%s: 资金总额 %g", code, tb->funds.total);
    cr_expect_eq(tb->n, n, "%s: %zu indicators", code, tb->n);
}

static int notes(const char *code)
{
    int k = 0;
    for (size_t i = 0; i < jx_doc_nnotes(doc); i++)
        k += !strcmp(jx_doc_note(doc, i)->code, code);
    return k;
}

/* The seed's form: a 3-row header (the project's columns named two rows up,
 * the 一级 labels one row up), unit totals (312, 312001) that carry funds
 * only, continuation rows, records regrouped by column group. */
Test(wide, seed_form_three_groups, .fini = done)
{
    parse("某区2021年度部门预算项目绩效目标表\n"
          "单位编码 (项目编码)\t单位名称 (项目名称)\t项目金额 (万元)\t\t\t绩效目标\t\t\t\t\t\n"
          "\t\t\t\t\t产出指标\t\t效益指标\t\t满意度指标\t\n"
          "\t\t资金总额\t财政性资金\t其他资金\t三级指标\t指标值\t三级指标\t指标值\t三级指标\t指标值\n"
          "312\t某区医疗保障局\t30\t30\t0.00\t\t\t\t\t\t\n"
          "312001\t某区医疗保障局\t30\t30\t0.00\t\t\t\t\t\t\n"
          "312001-1\t医保政策宣传\t10\t10\t0.00\t培训场次\t≥2次\t政策知晓度提升\t≥90%\t培训满意度\t≥90%\n"
          "\t\t\t\t\t培训人次\t≥100人次\t\t\t参训人员满意度\t≥85%\n"
          "312001-2\t医保信息专网\t20\t\t0\t系统正常运行率\t≥90%\t工作效率改善\t明显\t\t\n");
    cr_assert_eq(jx_doc_ntables(doc), 2, "the unit totals open no table");
    project(0, "312001-1", "医保政策宣传", 10, 5);
    cr_expect_eq(table(0)->funds.fiscal, 10);
    cr_expect_eq(table(0)->funds.other, 0);
    cr_expect_eq(table(0)->line, 7);
    /* 产出 first, then 效益, then 满意度; rows in order within each */
    expect(0, 0, "产出指标", NULL, "培训场次", "≥2次");
    expect(0, 1, "产出指标", NULL, "培训人次", "≥100人次");
    expect(0, 2, "效益指标", NULL, "政策知晓度提升", "≥90%");
    expect(0, 3, "满意度指标", NULL, "培训满意度", "≥90%");
    expect(0, 4, "满意度指标", NULL, "参训人员满意度", "≥85%");
    cr_expect_eq(ind(0, 1)->line, 8);
    project(1, "312001-2", "医保信息专网", 20, 2);
    cr_expect(isnan(table(1)->funds.fiscal), "an empty 财政性资金 stays unknown");
    expect(1, 1, "效益指标", NULL, "工作效率改善", "明显");
}

/* Two groups, a 2-row header whose upper row names the project's columns
 * beside the labels; a value that slid right is given to the name on its
 * left, a value alone is left out with a note. */
Test(wide, two_groups_and_values_without_names, .fini = done)
{
    parse("项目编码\t项目名称\t资金总额\t财政拨款\t其他资金\t产出指标\t\t效益指标\t\n"
          "\t\t\t\t\t三级指标\t指标值\t三级指标\t指标值\n"
          "405001-2\t农机购置补贴\t220\t200\t20\t补贴农机具数量\t≥150台\t农业机械化水平\t≥75%\n"
          "\t\t\t\t\t补贴资金兑付及时率\t\t\t100%\n"
          "\t\t\t\t\t\t\t\t≥1000户\n");
    cr_assert_eq(jx_doc_ntables(doc), 1);
    project(0, "405001-2", "农机购置补贴", 220, 3);
    cr_expect_eq(table(0)->funds.fiscal, 200);
    cr_expect_eq(table(0)->funds.other, 20);
    expect(0, 1, "产出指标", NULL, "补贴资金兑付及时率", "100%");
    cr_expect(ind(0, 1)->realigned);
    expect(0, 2, "效益指标", NULL, "农业机械化水平", "≥75%");
    cr_expect_eq(notes("realigned"), 1);
    cr_expect_eq(notes("orphan-value"), 1);
}

/* Five groups under 二级 labels (their 一级 the framework's), 指标名称 /
 * 年度指标值 as the group headers (§5a), 财政资金 for the fiscal funds. */
Test(wide, five_groups_under_level2_labels, .fini = done)
{
    parse("项目代码\t项目名称\t项目资金（万元）\t\t\t绩效指标\n"
          "\t\t\t\t\t数量指标\t\t质量指标\t\t时效指标\t\t社会效益指标\t\t服务对象满意度指标\t\n"
          "\t\t资金总额\t财政资金\t其他资金\t指标名称\t年度指标值\t指标名称\t年度指标值\t指标名称\t"
          "年度指标值\t指标名称\t年度指标值\t指标名称\t年度指标值\n"
          "7102-02\t文物安全巡查\t35\t35\t0\t巡查文物点数量\t48处\t巡查记录完整率\t100%\t巡查频次\t"
          "每季度1次\t文物安全形势\t持续稳定\t文物管理员满意度\t≥85%\n");
    project(0, "7102-02", "文物安全巡查", 35, 5);
    cr_expect_eq(table(0)->funds.fiscal, 35);
    expect(0, 0, "产出指标", "数量指标", "巡查文物点数量", "48处");
    expect(0, 1, "产出指标", "质量指标", "巡查记录完整率", "100%");
    expect(0, 2, "产出指标", "时效指标", "巡查频次", "每季度1次");
    expect(0, 3, "效益指标", "社会效益指标", "文物安全形势", "持续稳定");
    expect(0, 4, "满意度指标", "服务对象满意度指标", "文物管理员满意度", "≥85%");
    cr_expect(ind(0, 0)->level1_inferred, "the 一级 of a 二级 label is the framework's");
}

/* The value before the name in each group, the name column before the
 * code column, the funds after the groups, a 序号 first. */
Test(wide, value_first_groups_and_funds_after, .fini = done)
{
    parse("\t\t\t产出指标\t\t效益指标\t\t满意度指标\t\t\t\n"
          "序号\t项目名称\t项目编码\t年度指标值\t三级指标\t年度指标值\t三级指标\t年度指标值\t三级指标\t"
          "资金总额\t财政性资金\n"
          "1\t老旧小区改造\t31-2022-07\t12个\t改造小区数量\t明显改善\t居民居住条件\t≥90%\t居民满意度\t"
          "1500\t1500\n"
          "\t\t\t100%\t竣工验收合格率\t\t\t\t\t\t\n"
          "2\t背街小巷整治\t31-2022-08\t20条\t整治街巷数量\t≥3年\t设施使用年限\t≥85%\t沿街商户满意度\t"
          "420\t400\n");
    cr_assert_eq(jx_doc_ntables(doc), 2);
    project(0, "31-2022-07", "老旧小区改造", 1500, 4);
    expect(0, 0, "产出指标", NULL, "改造小区数量", "12个");
    expect(0, 1, "产出指标", NULL, "竣工验收合格率", "100%");
    expect(0, 2, "效益指标", NULL, "居民居住条件", "明显改善");
    expect(0, 3, "满意度指标", NULL, "居民满意度", "≥90%");
    project(1, "31-2022-08", "背街小巷整治", 420, 3);
    cr_expect_eq(table(1)->funds.fiscal, 400);
    expect(1, 1, "效益指标", NULL, "设施使用年限", "≥3年");
}

/* A 二级 column in each group, its merged cells left empty (each group
 * carries its own 二级 down). */
Test(wide, level2_column_per_group, .fini = done)
{
    parse("项目编码\t项目名称\t资金总额\t产出指标\t\t\t效益指标\t\t\n"
          "\t\t\t二级指标\t三级指标\t指标值\t二级指标\t三级指标\t指标值\n"
          "512003-1\t乡村道路养护\t300\t数量指标\t养护里程\t≥85公里\t社会效益指标\t群众出行条件\t明显改善\n"
          "\t\t\t\t桥涵维修\t6座\t\t道路通行安全\t持续提升\n"
          "\t\t\t时效指标\t养护完成时间\t2023年10月底前\t可持续影响指标\t养护长效机制\t建立\n");
    project(0, "512003-1", "乡村道路养护", 300, 6);
    expect(0, 0, "产出指标", "数量指标", "养护里程", "≥85公里");
    expect(0, 1, "产出指标", "数量指标", "桥涵维修", "6座");
    expect(0, 2, "产出指标", "时效指标", "养护完成时间", "2023年10月底前");
    expect(0, 3, "效益指标", "社会效益指标", "群众出行条件", "明显改善");
    expect(0, 4, "效益指标", "社会效益指标", "道路通行安全", "持续提升");
    expect(0, 5, "效益指标", "可持续影响指标", "养护长效机制", "建立");
}

/* A code row with nothing beside it: a unit's total when the next row has
 * a code of its own, the project's own row when its indicators start on
 * the row below. */
Test(wide, code_row_without_indicators, .fini = done)
{
    parse("项目编码\t项目名称\t资金总额\t产出指标\t\t效益指标\t\n"
          "\t\t\t三级指标\t指标值\t三级指标\t指标值\n"
          "405\t某县农业农村局\t820\t\t\t\t\n"
          "405001-2\t农机购置补贴\t220\t\t\t\t\n"
          "\t\t\t补贴农机具数量\t≥150台\t农业机械化水平\t≥75%\n");
    cr_assert_eq(jx_doc_ntables(doc), 1);
    project(0, "405001-2", "农机购置补贴", 220, 2);
    cr_expect_eq(table(0)->line, 4, "the table starts at its code row");
}

/* The header printed again on the next page, the project's rows going on
 * below it without a code. */
Test(wide, header_repeated_on_a_new_page, .fini = done)
{
    parse("项目编码\t项目名称\t资金总额\t产出指标\t\t效益指标\t\n"
          "\t\t\t三级指标\t指标值\t三级指标\t指标值\n"
          "512003-1\t乡村道路养护\t300\t养护里程\t≥85公里\t群众出行条件\t明显改善\n"
          "第 1 页\n"
          "项目编码\t项目名称\t资金总额\t产出指标\t\t效益指标\t\n"
          "\t\t\t三级指标\t指标值\t三级指标\t指标值\n"
          "\t\t\t每公里养护成本\t≤3.5万元\t\t\n"
          "512003-2\t农村供水维修\t120\t维修供水站\t12处\t农村供水保障率\t≥98%\n");
    cr_assert_eq(jx_doc_ntables(doc), 2);
    project(0, "512003-1", "乡村道路养护", 300, 3);
    expect(0, 1, "产出指标", NULL, "每公里养护成本", "≤3.5万元");
    expect(0, 2, "效益指标", NULL, "群众出行条件", "明显改善");
    project(1, "512003-2", "农村供水维修", 120, 2);
    cr_expect_eq(notes("continued-table"), 1);
}

/* Labels in one row are peers: beside 产出指标, 成本指标 is the 2021 form's
 * 一级, kept as written. */
Test(wide, cost_label_beside_level1_labels, .fini = done)
{
    parse("项目编码\t项目名称\t资金总额\t产出指标\t\t成本指标\t\t满意度指标\t\n"
          "\t\t\t指标名称\t指标值\t指标名称\t指标值\t指标名称\t指标值\n"
          "731005-3\t城区公厕改造提升\t150\t改造公厕数量\t25座\t单座改造成本\t≤6万元\t市民满意度\t≥90%\n");
    project(0, "731005-3", "城区公厕改造提升", 150, 3);
    expect(0, 1, "成本指标", "(null)", "单座改造成本", "≤6万元");
    cr_expect(!ind(0, 1)->level1_inferred);
}

/* No code column: the name column keys the projects (a name in it opens
 * the next project), the funds named in the header. */
Test(wide, name_column_keys_the_projects, .fini = done)
{
    parse("\t\t产出指标\t\t效益指标\t\n"
          "项目名称\t资金总额\t三级指标\t指标值\t三级指标\t指标值\n"
          "农村饮水安全巩固\t86\t维修管网长度\t≥12公里\t农村自来水普及率\t≥95%\n"
          "\t\t水质检测合格率\t≥90%\t\t\n"
          "山塘清淤\t40\t清淤山塘数量\t8座\t蓄水能力\t明显提升\n");
    cr_assert_eq(jx_doc_ntables(doc), 2);
    project(0, "(null)", "农村饮水安全巩固", 86, 3);
    project(1, "(null)", "山塘清淤", 40, 2);
}

/* The project's cells printed again on each of its rows (a sheet saved
 * without merged cells): one project, not one per row. */
Test(wide, code_repeated_on_every_row, .fini = done)
{
    parse("项目编码\t项目名称\t资金总额\t产出指标\t\t效益指标\t\n"
          "\t\t\t三级指标\t指标值\t三级指标\t指标值\n"
          "208001-1\t家庭医生签约服务\t320\t签约服务人数\t≥5.2万人\t健康管理水平\t明显提升\n"
          "208001-1\t家庭医生签约服务\t320\t重点人群签约率\t≥75%\t\t\n");
    cr_assert_eq(jx_doc_ntables(doc), 1);
    project(0, "208001-1", "家庭医生签约服务", 320, 3);
}

/* What ends a wide table: a 合计 row (a funds total, not the points'
 * total) and a title. */
Test(wide, total_row_ends_the_table, .fini = done)
{
    parse("项目编码\t项目名称\t资金总额\t产出指标\t\t效益指标\t\n"
          "\t\t\t三级指标\t指标值\t三级指标\t指标值\n"
          "208001-1\t家庭医生签约服务\t320\t签约服务人数\t≥5.2万人\t健康管理水平\t明显提升\n"
          "合计\t\t320\t\t\t\t\n"
          "\t\t\t签约居民满意度\t≥90%\t\t\n");
    cr_assert_eq(jx_doc_ntables(doc), 1);
    project(0, "208001-1", "家庭医生签约服务", 320, 2);
    cr_expect(isnan(table(0)->total_printed));
}

/* Column groups under period labels, or beside a 一级 column, are the
 * 预算10表's 实施期 and 年度 groups, not a wide table's. */
Test(wide, period_groups_are_not_wide, .fini = done)
{
    parse("项目名称\t乡村道路亮化工程\n"
          "\t实施期目标\t\t年度目标\t\n"
          "\t三级指标\t指标值\t三级指标\t指标值\n"
          "产出指标\t安装路灯数量\t≥900盏\t安装路灯数量\t≥300盏\n");
    jx_table *t = table(0);
    cr_expect_neq(t->layout, JX_LAYOUT_WIDE);
    cr_assert_eq(t->n, 2);
    cr_expect_str_eq(ind(0, 0)->period ? ind(0, 0)->period : "(null)", "实施期");
    cr_expect_str_eq(ind(0, 1)->period ? ind(0, 1)->period : "(null)", "年度");
}

/* Three groups without labels over them: one table, the rows read by
 * group, no project rows (no funds, no code). */
Test(wide, three_groups_without_labels, .fini = done)
{
    parse("一级指标\t三级指标\t指标值\t三级指标\t指标值\t三级指标\t指标值\n"
          "产出指标\t改造小区数量\t12个\t改造楼栋数量\t86栋\t加装电梯数量\t20部\n");
    jx_table *t = table(0);
    cr_expect_neq(t->layout, JX_LAYOUT_WIDE);
    cr_assert_eq(t->n, 3);
    expect(0, 2, "产出指标", NULL, "加装电梯数量", "20部");
}

/* One header row whose 三级 columns are headed by the 一级 names themselves
 * ("产出指标 | 产出指标值 | 效益指标 | 效益指标值"), and a 合计 row below. */
Test(wide, level1_names_head_the_groups, .fini = done)
{
    parse("项目编码\t项目名称\t资金总额\t财政性资金\t其他资金\t产出指标\t产出指标值\t效益指标\t效益指标值\n"
          "130828-24-002\t农作物秸秆综合利用项目\t180\t150\t30\t秸秆还田离田面积\t≥12万亩\t秸秆综合利用率\t≥92%\n"
          "\t\t\t\t\t建设秸秆收储站点\t4个\t秸秆露天焚烧火点\t0个\n"
          "合计\t\t180\t150\t30\t\t\t\t\n");
    cr_assert_eq(jx_doc_ntables(doc), 1);
    project(0, "130828-24-002", "农作物秸秆综合利用项目", 180, 4);
    cr_expect_eq(table(0)->funds.other, 30);
    expect(0, 1, "产出指标", NULL, "建设秸秆收储站点", "4个");
    expect(0, 2, "效益指标", NULL, "秸秆综合利用率", "≥92%");
    expect(0, 3, "效益指标", NULL, "秸秆露天焚烧火点", "0个");
}
