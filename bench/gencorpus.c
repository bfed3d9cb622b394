/*
 * gencorpus.c - makes a synthetic corpus in the seed layouts for the
 * benchmark and the batch tests: N documents, each a department's
 * disclosure with a 部门整体绩效目标申报表 (seed 000's shape) and a wide
 * 项目绩效目标表 (15 projects like seed 000, varied names, targets and
 * funds), plus a matching actuals file (template CSV) for each.
 * Deterministic for a given seed.
 *
 *   gencorpus DIR N [SEED] [PROJECTS]
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static uint64_t rng;

static uint32_t next(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (uint32_t)(rng >> 16);
}

static int pick(int n) { return (int)(next() % (uint32_t)n); }

static const char *const places[] = {"洛龙区", "鲁山县", "西工区", "涧西区", "宜阳县",
                                     "汝阳县", "嵩县", "栾川县", "新安县", "伊川县"};
static const char *const depts[] = {"医疗保障局", "卫生健康委员会", "教育局", "民政局",
                                    "农业农村局", "文化广电和旅游局", "人力资源和社会保障局"};
static const char *const projects[] = {
    "政策宣传培训费", "离休干部住院及医疗补贴", "干部二次报销医疗费", "城乡居民医疗保险区级配套",
    "城乡医疗救助区级配套资金", "困难群众重大疾病医疗救助", "农村户口二次报销",
    "建档立卡人员代缴费", "系统维护", "信息专网", "贫困人员二次报销", "劳务派遣工资",
    "核酸检测", "农村户口人员代缴费", "救助委托管理"};

typedef struct ind {
    const char *name, *target, *actual;
} ind;

/* (三级, 指标值, 实际完成值) triples in the seed's style */
static const ind outputs[] = {
    {"培训场次", "≥2次", "3次"},         {"培训人次", "≥100人次", "92人次"},
    {"服务对象人数", "≤16人", "15人"},   {"报销达标率", "≥95%", "96.5%"},
    {"报销及时性", "≥95%", "90%"},       {"参保人数", "33万人", "32.1万人"},
    {"救助率", "≥70%", "75%"},           {"系统正常运行率", "≥90%", "99%"},
    {"系统运行维护响应时间", "≤2小时", "1.5小时"},
    {"代缴完成时间", "在规定时间内", "达成"}, {"覆盖人数", "4.5万人", "45000人"},
    {"维护项目数量", "≥1个", "1个"},
};
static const ind benefits[] = {
    {"政策知晓度提高", "≥90%", "92%"},      {"看病就医方便程度", "明显提高", "部分达成"},
    {"医疗费用减轻程度", "有效缓解", "达成"}, {"住院实际补偿比提高", "≥95%", "93%"},
    {"对社会救助体系的影响", "成效明显", "达成"},
};
static const ind satisf[] = {
    {"服务对象满意度", "≥95%", "96%"}, {"居民满意度", "≥90%", "88%"},
    {"患者满意度", "≥95%", "97%"},
};

/* The budget tables and prose around the targets, as in the seeds, so a
 * document is seed-sized (~35 KB) and the parser has to skip them. */
static void budget_tables(FILE *f, const char *unit, int code, double total)
{
    static const char *const items[] = {"工会事务", "其他宣传事务支出", "行政单位医疗",
                                        "公务员医疗补助", "城乡医疗救助", "行政运行",
                                        "信息化建设", "住房公积金", "其他医疗救助支出"};
    fputs("第一部分 概况\n\n一、主要职能\n\n", f);
    for (int i = 0; i < 12; i++)
        fprintf(f, "%d、贯彻执行国家和省、市关于医疗保险，生育保险，离休人员医疗保障，"
                   "医疗救助等医疗保障制度的法律法规，政府规章规划和标准，拟订我区相关政策。\n\n",
                i + 1);
    for (int t = 0; t < 3; t++) {
        fprintf(f, "2021年部门支出总体情况表\n\n单位名称：%s\n\n单位：万元\n\n", unit);
        fputs("科目编码\t\t\t单位代码\t单位(科目名称)\t合计\t基本支出\t\t\t\t项目支出\t\t\t\n", f);
        fputs("类\t款\t项\t\t\t\t小计\t工资福利支出\t对个人和家庭的补助\t商品和服务支出\t小计\t一般性项目\t专项资金\t人员类项目\n", f);
        fprintf(f, "\t\t\t\t合计\t%.2f\t51.93\t47.14\t\t4.79\t%.2f\t0.60\t%.2f\t\n",
                total + 51.93, total, total - 0.6);
        for (int r = 0; r < 70; r++)
            fprintf(f, "210\t%02d\t%02d\t%d\t%s\t%d.%02d\t\t\t\t\t%d.%02d\t\t%d.%02d\t\n",
                    11 + r % 5, 1 + r % 9, code, items[r % 9], 10 + pick(900), pick(100),
                    10 + pick(900), pick(100), 10 + pick(900), pick(100));
        fputs("\n", f);
    }
}

static int mkdirp(const char *d)
{
    if (mkdir(d, 0755) != 0 && errno != EEXIST) {
        perror(d);
        return -1;
    }
    return 0;
}

static void dept_table(FILE *f, const char *unit)
{
    fprintf(f, "%s部门（单位）整体绩效目标申报表\n\n(2021 年度)\n\n", unit);
    fprintf(f, "部门（单位）名称\t\t%s\t\t\t\n", unit);
    fputs("一级指标\t二级指标\t三级指标\t指标值\t指标解释\t指标说明\n", f);
    fputs("履职效能\t工作目标管理情况\t目标依据充分性\t充分\t部门设立的工作目标的依据是否充分。\t\n", f);
    fputs("\t\t工作目标合理性\t合理\t\t\n", f);
    fputs("\t整体工作完成\t总体工作完成率\t≥95%\t反映部门年度总体工作完成情况\t总体工作完成率=已完成数量/工作总数量。\n", f);
    fputs("管理效率\t预算管理\t预算执行率\t≥90%\t\t预算执行率=（预算执行数/预算数）×100%。\n", f);
    fputs("\t\t结转结余变动率\t<5%\t\t\n", f);
    fputs("\t财务管理\t政府采购执行率\t≥90%\t\t\n", f);
    fputs("运行成本\t成本控制成效\t在职人员经费变动率\t<5%\t\t\n", f);
    fputs("\t\t“三公经费”变动率\t≤0\t\t\n", f);
    fputs("服务满意\t服务对象满意\t群众满意度\t≥80%\t\t\n", f);
    fputs("可持续性\t人才支撑\t培训计划执行率\t≥90%\t\t\n\n", f);
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: gencorpus DIR N [SEED] [PROJECTS]\n");
        return 2;
    }
    const char *dir = argv[1];
    long n = strtol(argv[2], NULL, 10);
    rng = argc > 3 ? strtoull(argv[3], NULL, 10) : 42;
    if (!rng)
        rng = 42;
    int nproj = argc > 4 ? atoi(argv[4]) : 15;
    if (nproj < 1 || nproj > 99)
        nproj = 15;
    if (mkdirp(dir) < 0)
        return 1;
    char path[4096];
    for (long d = 0; d < n; d++) {
        char unit[128];
        snprintf(unit, sizeof unit, "%s%s", places[pick(10)], depts[pick(7)]);
        int code = 300000 + (int)(d % 700000);
        snprintf(path, sizeof path, "%s/doc%05ld.txt", dir, d);
        FILE *f = fopen(path, "w");
        snprintf(path, sizeof path, "%s/doc%05ld.actuals.csv", dir, d);
        FILE *a = fopen(path, "w");
        if (!f || !a) {
            perror(path);
            return 1;
        }
        fprintf(f, "\n%s\n2021 年度部门预算\n\n", unit);
        budget_tables(f, unit, code, 1000 + pick(9000));
        dept_table(f, unit);
        fprintf(f, "%s2021年度部门预算项目绩效目标表\n\n", unit);
        fputs("单位编码 (项目编 码)\t单位名称 (项目名称)\t项目金额 (万元)\t\t\t绩效目标\t\t\t\t\t\n", f);
        fputs("\t\t\t\t\t产出指标\t\t效益指标\t\t满意度指标\t\n", f);
        fputs("\t\t资金总额\t财政性资金\t其他资金\t三级指标\t指标值\t三级指标\t指标值\t三级指标\t指标值\n", f);
        fputs("\xEF\xBB\xBF项目编码,项目名称,一级指标,二级指标,三级指标,年度指标值,实际完成值,偏差原因分析及改进措施\n", a);
        for (int p = 0; p < nproj; p++) {
            double funds = (double)(10 + pick(3000)) / (pick(2) ? 1.0 : 10.0);
            const char *pname = projects[(p + pick(3)) % 15];
            int no = 1 + pick(4), nb = 1 + pick(3), ns = 1 + pick(2);
            int rows = no + 1;
            if (nb > rows)
                rows = nb;
            for (int r = 0; r < rows; r++) {
                if (r == 0)
                    fprintf(f, "%d-%d\t%s\t%g\t%g\t0\t", code, p + 1, pname, funds, funds);
                else
                    fputs("\t\t\t\t\t", f);
                const ind *o = r < no ? &outputs[(p + r * 5 + pick(2)) % 12] : NULL;
                char cost[64];
                if (r == no)
                    snprintf(cost, sizeof cost, "≤%g万元", funds);
                if (o)
                    fprintf(f, "%s\t%s\t", o->name, o->target);
                else if (r == no)
                    fprintf(f, "成本控制\t%s\t", cost);
                else
                    fputs("\t\t", f);
                const ind *b = r < nb ? &benefits[(p + r) % 5] : NULL;
                fprintf(f, "%s\t%s\t", b ? b->name : "", b ? b->target : "");
                const ind *s = r < ns ? &satisf[(p + r) % 3] : NULL;
                fprintf(f, "%s\t%s\n", s ? s->name : "", s ? s->target : "");
                if (o)
                    fprintf(a, "%d-%d,%s,产出指标,,%s,%s,%s,\n", code, p + 1, pname, o->name,
                            o->target, o->actual);
                if (r == no)
                    fprintf(a, "%d-%d,%s,产出指标,,成本控制,%s,%g万元,\n", code, p + 1, pname,
                            cost, funds * 0.97);
                if (b)
                    fprintf(a, "%d-%d,%s,效益指标,,%s,%s,%s,\n", code, p + 1, pname, b->name,
                            b->target, b->actual);
                if (s)
                    fprintf(a, "%d-%d,%s,满意度指标,,%s,%s,%s,\n", code, p + 1, pname, s->name,
                            s->target, s->actual);
            }
        }
        fclose(f);
        fclose(a);
    }
    return 0;
}
