#!/usr/bin/env python3
"""Writes the documents of dev12 and their NAME.expected.tsv.

Standard library only. The office files are written from the OOXML spec
(ooxml12.py, copied from dev7/ooxml7.py); the three PDF files are printed by
LibreOffice (`soffice --headless --convert-to pdf`) from a generated .docx or
.html; run with --convert to redo that step (it needs soffice; the PDFs carry
LibreOffice's time stamps, so they are not byte-identical between runs,
everything else is). All content is made up (real county names, invented
projects, numbers and people).

    python3 tests/corpus/dev12/make_dev12.py [--convert]
"""
import csv
import io
import os
import shutil
import subprocess
import sys
import tempfile

from ooxml12 import (HERE, Num, Sheet, html, merged_flags, merged_runs, pct, gen, fixed2, unit, w_para, w_table2,
                     write_docx, write_xlsx, write_expected, escape)

CONVERT = []
TMP = tempfile.mkdtemp(prefix='dev12-')


def out(name):
    return os.path.join(HERE, name)


def S(v):
    return v.shown if isinstance(v, Num) else str(v)


def expected(name, kind, table, R, selfeval=False):
    """R rows: (l1, l2, l3, target[, actual, points]) as the officer writes them"""
    rows = []
    for r in R:
        a, p = (S(r[4]), S(r[5])) if selfeval else ('', '')
        rows.append([kind, table, r[0], r[1], r[2], S(r[3]), a, p])
    write_expected(name, rows)


def later(src_name, data_writer, ext, final):
    path = os.path.join(TMP, src_name)
    data_writer(path)
    CONVERT.append((path, ext, final))


def P(text, bold=False, center=True, size=None):
    return w_para(text, bold, center, size)


def PAGEBREAK():
    return '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'


def merge_cols(sh, r0, keys, c0, ncols):
    """merge sheet columns c0..c0+ncols-1 vertically over runs of equal keys
    (keys[i] = the tuple of the first k values of row i for column c0+k-1)"""
    for k in range(ncols):
        rows = [list(key[:k + 1]) for key in keys]
        for a, b in merged_runs(rows, k):
            for i in range(a + 1, b + 1):
                sh.cells.pop((r0 + i, c0 + k), None)
            sh.merge(r0 + a, c0 + k, r0 + b, c0 + k)


def docx_rows(R, shown_l1, cells):
    """Word rows: columns 0 and 1 vertically merged over their runs (column 0
    prints shown_l1(l1)), cells(r) the other cells as (text, 1, None) or
    (text, 1, None, opts)"""
    f0, f1 = merged_flags(R, 0), merged_flags(R, 1)
    rows = []
    for i, r in enumerate(R):
        a = f0[i]
        if a[2] != 'continue':
            a = (shown_l1(a[0]), 1, a[2])
        rows.append([a, f1[i]] + [c if isinstance(c, tuple) else (c, 1, None) for c in cells(r)])
    return rows


def html_ind_rows(R, shown_l1, cells):
    rows = []
    runs0 = dict(merged_runs([list(r[:1]) for r in R], 0))
    runs1 = dict(merged_runs([list(r[:2]) for r in R], 1))
    for i, r in enumerate(R):
        c = ''
        if i in runs0:
            n = runs0[i] - i + 1
            c += '<td%s>%s</td>' % (' rowspan="%d"' % n if n > 1 else '', html.escape(shown_l1(r[0])))
        if i in runs1:
            n = runs1[i] - i + 1
            c += '<td%s>%s</td>' % (' rowspan="%d"' % n if n > 1 else '', html.escape(r[1]))
        c += ''.join('<td>%s</td>' % (html.escape(x) if x else '&nbsp;') for x in cells(r))
        rows.append('<tr>' + c + '</tr>')
    return rows


POINTS1 = {'产出指标': '产出指标（50分）', '效益指标': '效益指标（30分）', '满意度指标': '满意度指标（10分）'}


# ------------------------------------------------------------------ x01
# 宁夏西吉: project 申报表 in Excel; the table on the second sheet, title and
# 填报单位 rows above, two header rows (绩效指标 / 指标值 merged over 实施期指标值
# and 年度指标值), merged 一级/二级, numbers with 0.00%, 0%, 0"亩", 0"户", 0"万元".

def xiji():
    name = 'x01-ningxia-xiji-mashushu-shenbao-twoheader-xlsx'
    T = '西吉县2025年马铃薯脱毒种薯繁育推广项目'
    R = [  # l1, l2, l3, 实施期, 年度
        ('产出指标', '数量指标', '脱毒原原种生产', '≥3000万粒', '≥1000万粒'),
        ('产出指标', '数量指标', '原种繁育面积', '1.5万亩', unit(5000, '亩')),
        ('产出指标', '数量指标', '脱毒种薯推广面积', '≥30万亩', '不低于10万亩'),
        ('产出指标', '质量指标', '种薯脱毒检测合格率', pct(0.98, 2), pct(0.98, 2)),
        ('产出指标', '质量指标', '种薯纯度', '≥96%', '≥96%'),
        ('产出指标', '时效指标', '原原种入库时间', '每年10月底前', '2025年10月31日前'),
        ('产出指标', '成本指标', '原种繁育补助标准', '≤400元/亩', '≤400元/亩'),
        ('产出指标', '成本指标', '年度项目总成本', '控制在1260万元以内', unit(420, '万元')),
        ('效益指标', '经济效益指标', '项目区马铃薯亩均增产', '≥15%', pct(0.10)),
        ('效益指标', '社会效益指标', '带动种植户', '约1.2万户', unit(4000, '户')),
        ('效益指标', '生态效益指标', '化肥农药使用量', '逐年减少', '有所减少'),
        ('效益指标', '可持续影响指标', '种薯三级繁育体系', '基本建成', '逐步完善'),
        ('满意度指标', '服务对象满意度指标', '种植户满意度', '≥90%', '≥90%'),
    ]
    note = Sheet('填表说明', [90])
    for i, t in enumerate(['填表说明：', '1. 本表由项目实施单位填写，经主管部门审核后报县财政局。',
                           '2. 指标值应尽量量化，定性指标按“明显提高、有效缓解”等表述。',
                           '3. 实施期指标值按项目整个实施期填写，年度指标值按2025年度填写。']):
        note.put(i, 0, t)
    sh = Sheet('绩效目标申报表', [12, 16, 26, 20, 20])
    sh.put(0, 0, '2025年度项目支出绩效目标申报表')
    sh.title_rows.add(0)
    sh.merge(0, 0, 0, 4)
    sh.put(1, 0, '填报单位（盖章）：西吉县农业农村局')
    sh.merge(1, 0, 1, 2)
    sh.put(1, 3, '单位：万元')
    sh.merge(1, 3, 1, 4)
    sh.row(2, ['项目名称', T])
    sh.merge(2, 1, 2, 4)
    sh.row(3, ['主管部门', '西吉县农业农村局', '实施单位', '西吉县马铃薯产业服务中心'])
    sh.merge(3, 3, 3, 4)
    sh.row(4, ['项目资金', '实施期资金总额', unit(1260, '万元'), '年度资金总额', unit(420, '万元')])
    sh.row(5, ['总体目标', '实施期目标：三年生产脱毒原原种3000万粒以上，推广脱毒种薯30万亩以上，建成种薯三级繁育体系。',
               '', '年度目标：生产原原种1000万粒以上，繁育原种5000亩，推广脱毒种薯10万亩以上。'])
    sh.merge(5, 1, 5, 2)
    sh.merge(5, 3, 5, 4)
    sh.row(6, ['绩效指标', '', '', '指标值'])
    sh.merge(6, 0, 6, 2)
    sh.merge(6, 3, 6, 4)
    sh.row(7, ['一级指标', '二级指标', '三级指标', '实施期指标值', '年度指标值'])
    for i, r in enumerate(R):
        sh.row(8 + i, list(r))
    merge_cols(sh, 8, R, 0, 2)
    sh.put(8 + len(R), 0, '填报人：马晓燕　　联系电话：0954-3012345　　填报日期：2025年1月10日')
    sh.merge(8 + len(R), 0, 8 + len(R), 4)
    write_xlsx(out(name + '.xlsx'), [note, sh])
    expected(name, 'project', T, [(r[0], r[1], r[2], r[4]) for r in R])


# ------------------------------------------------------------------ x02
# 甘肃临泽: project self-evaluation in Excel, on the third sheet; a 绩效指标
# label column merged down the whole indicator block; 一级 cells carry points;
# funds block; actuals as numbers with 0%, 0.0%, 0.00%.

def linze():
    name = 'x02-gansu-linze-gongshui-selfeval-thirdsheet-xlsx'
    T = '临泽县2024年农村供水工程维修养护项目'
    R = [  # l1, l2, l3, target, actual, points, score, reason
        ('产出指标', '数量指标', '维修养护供水管网长度', '≥85公里', '87.3公里', gen(10), gen(10), ''),
        ('产出指标', '数量指标', '更换入户智能水表', '3200块', '3050块', gen(10), gen(9.53), '部分农户常年外出务工未能入户更换，2025年一季度补换'),
        ('产出指标', '质量指标', '维修工程验收合格率', '100%', pct(1), gen(10), gen(10), ''),
        ('产出指标', '质量指标', '农村自来水普及率', '≥98%', pct(0.986, 1), gen(10), gen(10), ''),
        ('产出指标', '时效指标', '维修养护任务完成时间', '2024年10月底前', '2024年10月25日', gen(5), gen(5), ''),
        ('产出指标', '成本指标', '管网维修单位成本', '≤1.2万元/公里', '1.15万元/公里', gen(5), gen(5), ''),
        ('效益指标', '社会效益指标', '受益农村人口', '≥6.5万人', '6.62万人', gen(10), gen(10), ''),
        ('效益指标', '社会效益指标', '农村供水保证率', '≥95%', pct(0.97), gen(10), gen(10), ''),
        ('效益指标', '可持续影响指标', '工程长效管护机制', '健全', '已建立', gen(10), gen(9), '乡镇管水员队伍不够稳定，下年度落实管护经费和考核办法'),
        ('满意度指标', '服务对象满意度指标', '受益群众满意度', '≥90%', pct(0.93, 2), gen(10), gen(10), ''),
    ]
    s1 = Sheet('封面', [60])
    for i, t in enumerate(['临泽县2024年度项目支出绩效自评材料', '', '单位名称：临泽县水务局', '报送日期：2025年3月']):
        s1.put(i, 0, t)
    s2 = Sheet('资金明细', [30, 16, 16])
    s2.row(0, ['支出内容', '金额（万元）', '备注'])
    s2.row(1, ['管网维修材料', fixed2(186.4), ''])
    s2.row(2, ['智能水表采购安装', fixed2(96.0), ''])
    s2.row(3, ['维修人工及机械', fixed2(62.36), ''])
    s2.row(4, ['合计', fixed2(344.76), ''])
    sh = Sheet('绩效自评表', [8, 14, 14, 22, 14, 14, 8, 8, 30])
    sh.put(0, 0, '项目支出绩效自评表')
    sh.title_rows.add(0)
    sh.merge(0, 0, 0, 8)
    sh.put(1, 0, '（2024年度）')
    sh.merge(1, 0, 1, 8)
    sh.row(2, ['项目名称', '', T])
    sh.merge(2, 0, 2, 1)
    sh.merge(2, 2, 2, 8)
    sh.row(3, ['主管部门', '', '临泽县水务局', '', '', '实施单位', '临泽县农村供水管理站'])
    sh.merge(3, 0, 3, 1)
    sh.merge(3, 2, 3, 4)
    sh.merge(3, 6, 3, 8)
    sh.row(4, ['项目资金（万元）', '', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'])
    sh.row(5, ['', '', '年度资金总额', fixed2(360), fixed2(360), fixed2(344.76), gen(10), pct(0.958, 1), fixed2(9.58)])
    sh.row(6, ['', '', '其中：当年财政拨款', fixed2(360), fixed2(360), fixed2(344.76), '—', '—', '—'])
    sh.row(7, ['', '', '其他资金', fixed2(0), fixed2(0), fixed2(0), '—', '—', '—'])
    sh.merge(4, 0, 7, 1)
    sh.row(8, ['年度总体目标', '', '预期目标', '', '', '实际完成情况'])
    sh.row(9, ['', '', '维修养护农村供水管网85公里以上，更换入户智能水表3200块，保障6.5万农村人口安全饮水。', '', '',
               '维修养护管网87.3公里，更换智能水表3050块，受益人口6.62万人。'])
    sh.merge(8, 0, 9, 1)
    sh.merge(8, 2, 8, 4)
    sh.merge(8, 5, 8, 8)
    sh.merge(9, 2, 9, 4)
    sh.merge(9, 5, 9, 8)
    sh.row(10, ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'])
    r0 = 11
    for i, r in enumerate(R):
        sh.row(r0 + i, [POINTS1[r[0]], r[1], r[2], r[3], r[4], r[5], r[6], r[7]], c0=1)
    merge_cols(sh, r0, R, 1, 2)
    sh.merge(10, 0, r0 + len(R) - 1, 0)
    n = r0 + len(R)
    sh.row(n, ['总分', '', '', '', '', '', gen(100), gen(98.11), ''])
    sh.merge(n, 0, n, 5)
    sh.row(n + 1, ['自评结论', '', '优'])
    sh.merge(n + 1, 0, n + 1, 1)
    sh.merge(n + 1, 2, n + 1, 8)
    sh.row(n + 2, ['填表人：王建军　　联系电话：0936-5521003　　填表日期：2025年3月12日'])
    sh.merge(n + 2, 0, n + 2, 8)
    write_xlsx(out(name + '.xlsx'), [s1, s2, sh])
    expected(name, 'project', T, [r[:6] for r in R], selfeval=True)


# ------------------------------------------------------------------ x03
# 内蒙古阿尔山: department overall target table in Excel, second sheet, spaced
# header words (一 级 指 标 …), 指标解释 column, a number with 0"万元", 0"亩", 0%.

def aershan():
    name = 'x03-neimenggu-aershan-linye-dept-spacedheader-xlsx'
    T = '阿尔山市林业和草原局'
    R = [  # l1, l2, l3, target, 解释
        ('履职效能', '部门目标实现', '森林草原防火巡护', '≥1.2万人次', '全年组织专业扑火队和护林员开展防火巡护的人次'),
        ('履职效能', '部门目标实现', '人工造林', unit(8000, '亩'), '年度完成人工造林并经自查验收的面积'),
        ('履职效能', '重点工作履行', '森林火灾受害率', '≤0.9‰', '森林火灾受害面积占森林总面积的比例'),
        ('履职效能', '重点工作履行', '林业有害生物成灾率', '<3.5‰', '林业有害生物成灾面积占有林地面积的比例'),
        ('履职效能', '整体工作完成', '总体工作完成率', '≥95%', '已完成年度工作任务数/计划工作任务数×100%'),
        ('管理效率', '预算管理', '预算执行率', pct(0.9), '预算执行数/预算数×100%'),
        ('管理效率', '预算管理', '“三公经费”变动率', '≤0', '（本年“三公经费”-上年“三公经费”）/上年“三公经费”×100%'),
        ('管理效率', '财务管理', '财务管理制度健全性', '健全', '是否建立健全财务管理制度并严格执行'),
        ('管理效率', '资产管理', '固定资产利用率', '≥85%', '实际在用固定资产总额/所有固定资产总额×100%'),
        ('运行成本', '成本控制成效', '在职人员经费变动率', '<5%', '（本年在职人员经费-上年在职人员经费）/上年在职人员经费×100%'),
        ('运行成本', '成本控制成效', '日常公用经费', unit(35, '万元'), '全年日常公用经费支出控制数'),
        ('服务满意', '服务对象满意', '林草经营主体满意度', '≥85%', '抽样问卷调查林草经营主体满意度'),
        ('服务满意', '监督部门满意', '审计反馈问题整改完成率', '100%', '已整改问题数/审计反馈问题数×100%'),
        ('可持续性', '体制机制改革情况', '林长制工作落实', '全面落实', '市、镇、村三级林长制责任体系运行情况'),
        ('可持续性', '人才支撑', '专业技术人员培训', '≥60人次', '参加林草专业技术培训的人次'),
    ]
    s1 = Sheet('部门职责', [80])
    for i, t in enumerate(['阿尔山市林业和草原局主要职责',
                           '负责全市林业和草原及其生态保护修复的监督管理，组织开展森林草原防火、有害生物防治和国土绿化工作。',
                           '内设机构：办公室、资源管理股、生态修复股、森林草原防火股。']):
        s1.put(i, 0, t)
    sh = Sheet('整体绩效目标', [12, 16, 24, 16, 44])
    sh.put(0, 0, '2025年度部门（单位）整体绩效目标申报表')
    sh.title_rows.add(0)
    sh.merge(0, 0, 0, 4)
    sh.put(1, 0, '填报单位（盖章）：阿尔山市林业和草原局')
    sh.merge(1, 0, 1, 3)
    sh.put(1, 4, '金额单位：万元')
    sh.row(2, ['部门（单位）名称', '', T])
    sh.merge(2, 0, 2, 1)
    sh.merge(2, 2, 2, 4)
    sh.row(3, ['年度预算', '', '资金总额：2860.50　其中：财政拨款 2860.50　其他资金 0'])
    sh.merge(3, 0, 3, 1)
    sh.merge(3, 2, 3, 4)
    sh.row(4, ['年度总体目标', '', '全面落实林长制，完成人工造林8000亩，森林火灾受害率控制在0.9‰以内，林业有害生物成灾率控制在3.5‰以下。'])
    sh.merge(4, 0, 4, 1)
    sh.merge(4, 2, 4, 4)
    sh.row(5, ['一 级 指 标', '二 级 指 标', '三 级 指 标', '指 标 值', '指 标 解 释'])
    for i, r in enumerate(R):
        sh.row(6 + i, list(r))
    merge_cols(sh, 6, R, 0, 2)
    write_xlsx(out(name + '.xlsx'), [s1, sh])
    expected(name, 'department', T, [r[:4] for r in R])


# ------------------------------------------------------------------ x04
# 四川稻城: Sichuan self-evaluation in Excel: 年度指标值 merged over 指标性质 /
# 指标值 / 度量单位 (two header rows), numbers as numbers, 全年实际值 before
# 权重（分）, one value cell already with its unit, a 定性 scale row.

def daocheng():
    name = 'x04-sichuan-daocheng-maoniu-split-selfeval-xlsx'
    T = '稻城县2024年高原牦牛良种繁育项目'
    R = [  # l1, l2, l3, 性质, 值, 单位, 实际, 权重, 得分, 原因, -> target
        ('产出指标', '数量指标', '牦牛良种引进', '≥', gen(300), '头', gen(312), gen(10), gen(10), '', '≥300头'),
        ('产出指标', '数量指标', '人工授精改良母牦牛', '≥', gen(5000), '头', gen(4860), gen(10), gen(9.72), '部分牧户转场较早，授精时间窗口不足；下年度提前到夏季草场开展', '≥5000头'),
        ('产出指标', '质量指标', '引进种牛检疫合格率', '=', gen(100), '%', gen(100), gen(10), gen(10), '', '=100%'),
        ('产出指标', '质量指标', '改良犊牛成活率', '≥', '90%', '%', gen(92.5), gen(10), gen(10), '', '≥90%'),
        ('产出指标', '时效指标', '种牛引进完成时间', '定性', '按期完成', '', '按期完成', gen(5), gen(5), '', '按期完成'),
        ('产出指标', '成本指标', '良种牦牛引进单价', '≤', gen(1.2), '万元', gen(1.18), gen(5), gen(5), '', '≤1.2万元'),
        ('效益指标', '经济效益指标', '项目户户均增收', '≥', gen(3000), '元', gen(3260), gen(10), gen(10), '', '≥3000元'),
        ('效益指标', '社会效益指标', '带动脱贫户', '≥', gen(260), '户', gen(275), gen(10), gen(10), '', '≥260户'),
        ('效益指标', '生态效益指标', '草畜平衡', '定性', '优良中低差', '', '良', gen(10), gen(8), '个别村超载放牧，已纳入下年度草原巡查重点', '优良中低差'),
        ('满意度指标', '服务对象满意度指标', '养殖户满意度', '≥', gen(90), '%', gen(95), gen(10), gen(10), '', '≥90%'),
    ]
    sh = Sheet('自评表', [12, 16, 22, 8, 10, 8, 10, 8, 8, 30])
    sh.put(0, 0, '项目支出绩效自评表')
    sh.title_rows.add(0)
    sh.merge(0, 0, 0, 9)
    sh.put(1, 0, '（2024年度）')
    sh.merge(1, 0, 1, 9)
    sh.row(2, ['项目名称', '', T, '', '', '', '', '项目编码', '51333724T000012345678'])
    sh.merge(2, 0, 2, 1)
    sh.merge(2, 2, 2, 6)
    sh.merge(2, 8, 2, 9)
    sh.row(3, ['主管部门', '', '稻城县农牧农村和科技局', '', '', '', '', '实施单位', '稻城县畜牧站'])
    sh.merge(3, 0, 3, 1)
    sh.merge(3, 2, 3, 6)
    sh.merge(3, 8, 3, 9)
    sh.row(4, ['项目资金（万元）', '', '', '年初预算数', '', '全年预算数', '全年执行数', '分值', '执行率', '得分'])
    sh.row(5, ['', '', '年度资金总额', fixed2(520), '', fixed2(520), fixed2(508.3), gen(10), pct(0.9775, 2), fixed2(9.78)])
    sh.merge(4, 0, 5, 1)
    sh.merge(4, 3, 4, 4)
    sh.merge(5, 3, 5, 4)
    sh.row(6, ['一级指标', '二级指标', '三级指标', '年度指标值', '', '', '全年实际值', '权重（分）', '得分', '偏差原因分析及改进措施'])
    sh.row(7, ['', '', '', '指标性质', '指标值', '度量单位'])
    for c in (0, 1, 2, 6, 7, 8, 9):
        sh.merge(6, c, 7, c)
    sh.merge(6, 3, 6, 5)
    for i, r in enumerate(R):
        sh.row(8 + i, list(r[:10]))
    merge_cols(sh, 8, R, 0, 2)
    n = 8 + len(R)
    sh.row(n, ['总分', '', '', '', '', '', '', gen(100), gen(97.28), ''])
    sh.merge(n, 0, n, 6)
    s2 = Sheet('填报说明', [80])
    s2.put(0, 0, '指标性质填写≥、≤、=或定性；度量单位填写%、头、元等；权重合计90分，预算执行率10分。')
    write_xlsx(out(name + '.xlsx'), [sh, s2])
    expected(name, 'project', T, [(r[0], r[1], r[2], r[10], r[6], r[7]) for r in R], selfeval=True)


# ------------------------------------------------------------------ x05
# 新疆且末: one workbook, a project list on the first sheet and one sheet per
# project; the second project prints 一级 / 二级 without 指标 (产出 / 数量).

def qiemo():
    name = 'x05-xinjiang-qiemo-two-project-sheets-xlsx'
    T1 = '且末县2025年红枣提质增效项目'
    T2 = '且末县2025年玉石文化旅游宣传推广项目'
    R1 = [
        ('产出指标', '数量指标', '红枣低产园提质增效改造面积', '2.6万亩'),
        ('产出指标', '数量指标', '枣农技术培训', '≥20期'),
        ('产出指标', '质量指标', '改造面积验收合格率', pct(0.95)),
        ('产出指标', '时效指标', '项目完成时间', '2025年11月底'),
        ('产出指标', '成本指标', '亩均改造补助', '≤260元'),
        ('效益指标', '经济效益指标', '红枣亩均增收', '200元以上'),
        ('效益指标', '生态效益指标', '枣园防风固沙作用', '明显'),
        ('满意度指标', '服务对象满意度指标', '枣农满意度', '≥92%'),
    ]
    R2 = [
        ('产出', '数量', '举办玉石文化旅游推介活动', '3-5场'),
        ('产出', '数量', '新媒体宣传作品', '≥120条'),
        ('产出', '质量', '宣传内容审核通过率', '100%'),
        ('产出', '时效', '线上宣传平台运行', '7*24小时'),
        ('产出', '时效', '涉旅舆情回应时间', '≤2小时'),
        ('效益', '社会效益', '游客接待量', '约33万人次'),
        ('效益', '经济效益', '旅游综合收入', '较上年增长10%以上'),
        ('满意度', '服务对象满意度', '游客满意度', '> 90%'),
    ]
    s0 = Sheet('项目汇总', [8, 36, 14, 14, 20])
    s0.put(0, 0, '且末县2025年度项目支出绩效目标汇总表')
    s0.title_rows.add(0)
    s0.merge(0, 0, 0, 4)
    s0.row(1, ['序号', '项目名称', '资金总额（万元）', '其中：财政拨款', '主管部门'])
    s0.row(2, [gen(1), T1, fixed2(676), fixed2(676), '且末县林业和草原局'])
    s0.row(3, [gen(2), T2, fixed2(180), fixed2(150), '且末县文化体育广播电视和旅游局'])
    s0.row(4, ['合计', '', fixed2(856), fixed2(826), ''])
    sheets = [s0]
    for sheet_name, T, dept, money, R in (('项目1', T1, '且末县林业和草原局', '676.00', R1),
                                           ('项目2', T2, '且末县文化体育广播电视和旅游局', '180.00', R2)):
        sh = Sheet(sheet_name, [12, 16, 28, 20])
        sh.put(0, 0, '项目支出绩效目标表')
        sh.title_rows.add(0)
        sh.merge(0, 0, 0, 3)
        sh.row(1, ['项目名称', T])
        sh.merge(1, 1, 1, 3)
        sh.row(2, ['主管部门', dept])
        sh.merge(2, 1, 2, 3)
        sh.row(3, ['资金总额（万元）', money])
        sh.merge(3, 1, 3, 3)
        sh.row(4, ['一级指标', '二级指标', '三级指标', '指标值'])
        for i, r in enumerate(R):
            sh.row(5 + i, list(r))
        merge_cols(sh, 5, R, 0, 2)
        sheets.append(sh)
    write_xlsx(out(name + '.xlsx'), sheets)
    rows = [('project', T1) + tuple(r) for r in R1] + [('project', T2) + tuple(r) for r in R2]
    write_expected(name, [[k, t, a, b, c, S(d), '', ''] for k, t, a, b, c, d in rows])


# ------------------------------------------------------------------ w01
# 西藏察隅: project target table in Word, fields table with gridSpan, text
# paragraphs around; the table is cut by a page break and goes on as a second
# table with its header repeated, whose first row lost its 一级 (empty cell);
# a 三级 cell with two paragraphs.

def chayu():
    name = 'w01-xizang-chayu-chayuan-pagebreak-docx'
    T = '察隅县2025年高原茶园标准化建设项目'
    R = [
        ('产出指标', '数量指标', '新建标准化茶园', '1200亩', ''),
        ('产出指标', '数量指标', '茶园配套灌溉管网铺设长度', '≥18公里', '含主管和支管'),
        ('产出指标', '数量指标', '茶农种植管护技术培训', '≥500人次', ''),
        ('产出指标', '质量指标', '茶苗定植成活率', '≥85%', '定植后一年复查'),
        ('产出指标', '质量指标', '灌溉设施验收合格率', '100%', ''),
        ('产出指标', '时效指标', '茶苗定植完成时间', '2025年5月底前', ''),
        ('产出指标', '成本指标', '茶园建设亩均成本', '≤0.85万元', ''),
        ('产出指标', '成本指标', '项目总投资', '控制在1020万元以内', ''),
        ('效益指标', '经济效益指标', '项目区茶农人均增收', '≥1500元', '投产后测算'),
        ('效益指标', '社会效益指标', '带动边境群众就近务工', '≥300人', ''),
        ('效益指标', '生态效益指标', '项目区水土流失', '有效缓解', ''),
        ('效益指标', '可持续影响指标', '茶园持续管护年限', '≥5年', ''),
        ('满意度指标', '服务对象满意度指标', '茶农满意度', '≥90%', ''),
    ]
    grid = [1500, 2100, 3000, 1900, 1400]
    head = [[(h, 1, None) for h in ('一级指标', '二级指标', '三级指标', '指标值', '备注')]]

    def cells(r):
        if r[2] == '茶园配套灌溉管网铺设长度':
            c3 = ('', 1, None, {'paras': [['茶园配套灌溉'], ['管网铺设长度']]})
        else:
            c3 = r[2]
        return [c3, r[3], r[4]]
    part1, part2 = R[:6], R[6:]
    rows1 = head + docx_rows(part1, lambda x: x, cells)
    rows2 = docx_rows(part2, lambda x: x, cells)
    rows2[0][0] = ('', 1, 'restart')     # the continued 产出指标 cell is empty on the new page
    rows2 = head + rows2
    fields = w_table2([2000, 2900, 2000, 3000], [
        [('项目名称', 1, None), (T, 3, None)],
        [('主管部门', 1, None), ('察隅县农业农村局', 1, None), ('实施单位', 1, None), ('察隅县茶叶产业发展中心', 1, None)],
        [('项目资金（万元）', 1, None), ('年度资金总额：1020.00　　其中：中央衔接资金 900.00　　县级配套 120.00', 3, None)],
        [('年度绩效目标', 1, None), ('新建标准化茶园1200亩，配套灌溉管网18公里以上，培训茶农500人次以上，带动边境群众就近务工增收。', 3, None)],
    ])
    body = (P('察隅县农业农村局关于报送2025年高原茶园标准化建设项目绩效目标的报告', True, True, 32)
            + P('县财政局：', center=False)
            + P('根据《察隅县县级预算绩效管理暂行办法》要求，我局组织编制了2025年高原茶园标准化建设项目绩效目标，现报送如下，请审核。', center=False)
            + P('附：项目支出绩效目标表', center=False)
            + P('项目支出绩效目标表', True, True, 30) + fields + P('')
            + w_table2(grid, rows1, header_rows=(0,))
            + PAGEBREAK() + P('（续表）', center=False)
            + w_table2(grid, rows2, header_rows=(0,))
            + P('')
            + P('察隅县农业农村局', center=False)
            + P('2025年1月8日', center=False))
    write_docx(out(name + '.docx'), body, orient='portrait')
    expected(name, 'project', T, [r[:4] for r in R])


# ------------------------------------------------------------------ w02
# 湖南通道: project self-evaluation report in Word: prose before and after,
# funds table with gridSpan, indicator table with vMerge, a reason cell with
# two paragraphs (原因 / 措施), 总分 row.

def tongdao():
    name = 'w02-hunan-tongdao-dongzu-dage-selfeval-report-docx'
    T = '通道侗族自治县2024年侗族大歌传承保护项目'
    R = [  # l1, l2, l3, target, actual, points, score, reason paragraphs
        ('产出指标', '数量指标', '侗族大歌传承班', '≥12个', '12个', '10', '10', []),
        ('产出指标', '数量指标', '培训传承学员', '≥360人', '342人', '10', '9.5',
         ['原因：2个村寨学员外出务工，开班人数不足。', '措施：2025年改为农闲时段集中开班。']),
        ('产出指标', '质量指标', '学员结业考核合格率', '≥90%', '94%', '10', '10', []),
        ('产出指标', '时效指标', '传承补助发放', '按季度发放', '按季度发放', '10', '10', []),
        ('产出指标', '成本指标', '代表性传承人补助标准', '0.6万元/人·年', '0.6万元/人·年', '10', '10', []),
        ('效益指标', '社会效益指标', '侗族大歌展演场次', '不少于20场', '23场', '10', '10', []),
        ('效益指标', '社会效益指标', '非遗进校园覆盖学校', '≥15所', '15所', '10', '10', []),
        ('效益指标', '可持续影响指标', '传承队伍稳定性', '稳步提升', '基本稳定', '10', '8',
         ['原因：青年传承人流失仍较多。', '措施：与县职业中专合办侗歌班，培养青年骨干。']),
        ('满意度指标', '服务对象满意度指标', '传承学员满意度', '≥90%', '96.3%', '10', '10', []),
    ]
    grid = [1150, 1350, 1900, 1300, 1250, 700, 700, 2250]
    head = [[(h, 1, None) for h in ('一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施')]]

    def cells(r):
        reason = ('', 1, None, {'paras': [[p] for p in r[7]]}) if r[7] else ''
        return [r[2], r[3], r[4], r[5], r[6], reason]
    rows = head + docx_rows(R, lambda x: x, cells)
    rows.append([('总分', 5, None), ('100', 1, None), ('96.98', 1, None), ('自评等级：优', 1, None)])
    info = w_table2([2100, 3400, 2000, 3100], [
        [('项目名称', 1, None), (T, 3, None)],
        [('主管部门', 1, None), ('通道侗族自治县文化旅游广电体育局', 1, None), ('实施单位', 1, None), ('通道侗族自治县非物质文化遗产保护中心', 1, None)],
    ])
    funds = w_table2([2100, 1700, 1700, 1700, 1100, 1200, 1100], [
        [('项目资金（万元）', 1, 'restart'), ('年初预算数', 1, None), ('全年预算数', 1, None), ('全年执行数', 1, None),
         ('分值', 1, None), ('执行率', 1, None), ('得分', 1, None)],
        [('', 1, 'continue'), ('128.00', 1, None), ('128.00', 1, None), ('126.85', 1, None), ('10', 1, None), ('99.1%', 1, None), ('9.91', 1, None)],
        [('年度总体目标', 1, None), ('开办侗族大歌传承班12个，培训学员360人以上，开展展演20场以上，推动非遗进校园。', 6, None)],
    ])
    body = (P('通道侗族自治县2024年侗族大歌传承保护项目', True, True, 32)
            + P('绩效自评报告', True, True, 32)
            + P('一、项目基本情况', True, False)
            + P('本项目年初预算128万元，全年执行126.85万元，预算执行率99.1%。主要用于传承班开办、传承人补助和展演活动。', center=False)
            + P('二、绩效目标完成情况', True, False)
            + P('全年开办传承班12个，培训学员342人，开展展演23场，覆盖学校15所，学员满意度96.3%。自评得分96.98分，等级为优。', center=False)
            + P('附表', True, False)
            + P('项目支出绩效自评表', True, True, 30) + P('（2024年度）') + info + funds + P('')
            + w_table2(grid, rows, header_rows=(0,))
            + P('三、存在的问题及改进措施', True, False)
            + P('一是学员流动性大，部分传承班人数不足；二是青年传承人培养不够。下一步将调整开班时间，加强与学校合作。', center=False)
            + P('填报人：杨秀梅　　联系电话：0745-8621345', center=False))
    write_docx(out(name + '.docx'), body, orient='portrait')
    expected(name, 'project', T, [r[:6] for r in R], selfeval=True)


# ------------------------------------------------------------------ w03
# 广西凌云: department overall target table in Word, older framework 投入 / 过程 /
# 产出 / 效果; header cells written over two paragraphs (一级 / 指标); fields
# table with gridSpan directly above; 指标解释 column.

def lingyun():
    name = 'w03-guangxi-lingyun-shuili-dept-old-docx'
    T = '凌云县水利局'
    R = [
        ('投入', '目标设定', '绩效目标合理性', '合理', '部门绩效目标与部门职责、年度工作计划相符'),
        ('投入', '目标设定', '绩效指标明确性', '明确', '绩效指标细化、量化，与年度任务数相对应'),
        ('投入', '预算配置', '在职人员控制率', '≤100%', '在职人员数/编制数×100%'),
        ('投入', '预算配置', '“三公经费”变动率', '≤0', '（本年-上年）/上年×100%'),
        ('过程', '预算执行', '预算完成率', '≥95%', '预算完成数/预算数×100%'),
        ('过程', '预算执行', '结转结余变动率', '≤0', '（本年结转结余-上年结转结余）/上年结转结余×100%'),
        ('过程', '预算管理', '公用经费控制率', '≤100%', '实际支出公用经费/预算安排公用经费×100%'),
        ('过程', '资产管理', '固定资产利用率', '≥90%', '实际在用固定资产/固定资产总额×100%'),
        ('产出', '职责履行', '小型水库大坝安全鉴定', '≥12座', '年度完成安全鉴定的小型水库数量'),
        ('产出', '职责履行', '农村饮水工程维修养护', '≥260处', '年度完成维修养护的农村饮水工程处数'),
        ('产出', '职责履行', '水利工程质量合格率', '100%', '验收合格工程数/完工工程数×100%'),
        ('效果', '履职效益', '农村自来水普及率', '≥90%', '农村自来水供水人口/农村总人口×100%'),
        ('效果', '履职效益', '水旱灾害人员伤亡', '0人', '因水旱灾害造成的人员死亡、失踪人数'),
        ('效果', '社会公众或服务对象满意度', '群众满意度', '≥85%', '问卷调查群众对水利服务的满意比例'),
    ]
    grid = [1100, 1700, 2300, 1300, 3500]

    def hcell(a, b):
        return ('', 1, None, {'paras': [[a], [b]]})
    head = [[hcell('一级', '指标'), hcell('二级', '指标'), hcell('三级', '指标'), ('指标值', 1, None), ('指标解释', 1, None)]]
    rows = head + docx_rows(R, lambda x: x, lambda r: [r[2], r[3], r[4]])
    fields = w_table2(grid, [
        [('部门（单位）名称', 2, None), (T, 3, None)],
        [('年度预算（万元）', 2, None), ('资金总额 4386.20，其中财政拨款 4386.20', 3, None)],
        [('年度总体目标', 2, None), ('完成12座小型水库大坝安全鉴定、260处以上农村饮水工程维修养护，农村自来水普及率达到90%以上。', 3, None)],
    ])
    body = (P('2025年部门（单位）整体支出绩效目标表', True, True, 32)
            + P('填报单位：凌云县水利局　　　　　　　　　　　　　单位：万元', center=False)
            + fields + w_table2(grid, rows, header_rows=(0,))
            + P('注：指标值为年度目标值。', center=False))
    write_docx(out(name + '.docx'), body, orient='portrait')
    expected(name, 'department', T, [r[:4] for r in R])


# ------------------------------------------------------------------ w04
# 河北涞源: project target table in Word with two header rows (指标值 spanning
# 中期指标值 / 年度指标值), 指标1： prefixes, placeholder rows (指标3： empty,
# ……), a target typed into the 三级 name with both value cells empty.

def laiyuan():
    name = 'w04-hebei-laiyuan-xiaoliuyu-zhongqi-docx'
    T = '涞源县2025-2027年山区小流域综合治理项目'
    R = [  # l1, l2, printed 三级, 中期, 年度, expected (l3, target) or None
        ('产出指标', '数量指标', '指标1：综合治理水土流失面积', '45平方公里', '15平方公里', ('综合治理水土流失面积', '15平方公里')),
        ('产出指标', '数量指标', '指标2：新建谷坊坝', '≥90座', '≥30座', ('新建谷坊坝', '≥30座')),
        ('产出指标', '数量指标', '指标3：', '', '', None),
        ('产出指标', '质量指标', '指标1：工程质量合格率100%', '', '', ('工程质量合格率', '100%')),
        ('产出指标', '质量指标', '指标2：水保林草成活率', '≥85%', '≥85%', ('水保林草成活率', '≥85%')),
        ('产出指标', '时效指标', '指标1：年度治理任务完成时间', '2027年10月底前', '2025年10月底前', ('年度治理任务完成时间', '2025年10月底前')),
        ('产出指标', '成本指标', '指标1：单位面积综合治理成本', '≤62万元/平方公里', '≤62万元/平方公里', ('单位面积综合治理成本', '≤62万元/平方公里')),
        ('效益指标', '经济效益指标', '指标1：项目区农民人均增收', '≥500元', '≥150元', ('项目区农民人均增收', '≥150元')),
        ('效益指标', '社会效益指标', '指标1：受益人口', '1.8万人', '0.6万人', ('受益人口', '0.6万人')),
        ('效益指标', '生态效益指标', '指标1：项目区土壤侵蚀模数降低', '≥30%', '≥10%', ('项目区土壤侵蚀模数降低', '≥10%')),
        ('效益指标', '生态效益指标', '……', '', '', None),
        ('效益指标', '可持续影响指标', '指标1：工程设计使用年限', '≥20年', '≥20年', ('工程设计使用年限', '≥20年')),
        ('满意度指标', '服务对象满意度指标', '指标1：项目区群众满意度', '≥90%', '≥90%', ('项目区群众满意度', '≥90%')),
    ]
    grid = [1300, 1700, 3000, 1800, 1800]
    head = [
        [('一级指标', 1, 'restart'), ('二级指标', 1, 'restart'), ('三级指标', 1, 'restart'), ('指标值', 2, None)],
        [('', 1, 'continue'), ('', 1, 'continue'), ('', 1, 'continue'), ('中期指标值（2025-2027年）', 1, None), ('年度指标值（2025年）', 1, None)],
    ]
    rows = head + docx_rows(R, lambda x: x, lambda r: [r[2], r[3], r[4]])
    fields = w_table2(grid, [
        [('项目名称', 2, None), (T, 3, None)],
        [('主管部门及代码', 2, None), ('[126]涞源县水务局', 1, None), ('实施单位', 1, None), ('涞源县水土保持站', 1, None)],
        [('项目资金（万元）', 2, None), ('中期资金总额：2790.00　　年度资金总额：930.00', 3, None)],
        [('总体目标', 2, None), ('中期：治理水土流失面积45平方公里，新建谷坊坝90座以上。年度：治理15平方公里，新建谷坊坝30座以上。', 3, None)],
    ])
    body = (P('项目支出绩效目标表', True, True, 32) + P('（2025年度）')
            + fields + w_table2(grid, rows, header_rows=(0, 1))
            + P('填表人：刘志刚　　联系电话：0312-7312566　　填报日期：2025年1月6日', center=False))
    write_docx(out(name + '.docx'), body, orient='portrait')
    expected(name, 'project', T, [(r[0], r[1], r[5][0], r[5][1]) for r in R if r[5]])


# ------------------------------------------------------------------ h01
# 陕西柞水: project target table on a county government web page: the page is
# laid out with tables (outer layout table, navigation column, content cell
# with the indicator table nested inside), rowspan/colspan, boilerplate.

def zhashui():
    name = 'h01-shaanxi-zhashui-muer-nested-layout-html'
    T = '柞水县2025年木耳产业融合发展项目'
    R = [
        ('产出指标', '数量指标', '木耳菌包生产', '≥3000万袋'),
        ('产出指标', '数量指标', '新建标准化木耳大棚', '120座'),
        ('产出指标', '质量指标', '菌包合格率', '≥98%'),
        ('产出指标', '质量指标', '木耳产品质量抽检合格率', '=100%'),
        ('产出指标', '时效指标', '大棚建设完成时间', '12月底前'),
        ('产出指标', '成本指标', '单个大棚建设成本', '≤3.5万元'),
        ('效益指标', '经济效益指标', '带动木耳产业产值', '≥1.5亿元'),
        ('效益指标', '社会效益指标', '带动群众务工就业', '不低于800人'),
        ('效益指标', '社会效益指标', '联农带农', '签订帮扶协议的农户户均增收不低于2000元，村集体经济收入增长5%以上'),
        ('效益指标', '可持续影响指标', '木耳产业链条', '逐步延伸'),
        ('满意度指标', '服务对象满意度指标', '菇农满意度', '≥90%'),
    ]
    rows = html_ind_rows(R, lambda x: x, lambda r: [r[2], r[3]])
    page = '''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>%(T)s绩效目标表_柞水县人民政府</title></head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td colspan="2"><img src="/images/banner.jpg" width="1000" height="120" alt="柞水县人民政府" /></td></tr>
  <tr><td colspan="2" class="nav">首页 | 政务公开 | 财政信息 | 预决算公开 | 绩效信息</td></tr>
  <tr>
    <td width="200" valign="top">
      <table width="100%%" border="0"><tr><td>信息公开目录</td></tr><tr><td>部门预算</td></tr><tr><td>绩效目标</td></tr><tr><td>绩效评价</td></tr></table>
    </td>
    <td width="800" valign="top">
      <table width="100%%" border="0">
        <tr><td>索引号：11610933MB2956712X/2025-00031</td><td>发布机构：柞水县财政局</td></tr>
        <tr><td>发布日期：2025-02-14</td><td>浏览次数：236</td></tr>
      </table>
      <h2 style="text-align:center">%(T)s绩效目标表</h2>
      <table border="1" cellspacing="0" cellpadding="4" width="100%%">
        <tr><td>项目名称</td><td colspan="3">%(T)s</td></tr>
        <tr><td>主管部门</td><td>柞水县农业农村局</td><td>实施单位</td><td>柞水县食用菌产业发展中心</td></tr>
        <tr><td>项目资金（万元）</td><td colspan="3">年度资金总额：1860.00　其中：财政拨款 1500.00　其他资金 360.00</td></tr>
        <tr><td>年度目标</td><td colspan="3">生产木耳菌包3000万袋以上，新建标准化大棚120座，带动群众务工800人以上，延伸木耳产业链条。</td></tr>
        <tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>年度指标值</th></tr>
%(rows)s
      </table>
      <p>附件下载：<a href="/upload/2025/zsmr.xlsx">柞水县2025年木耳产业融合发展项目绩效目标表.xlsx</a></p>
    </td>
  </tr>
  <tr><td colspan="2" class="footer">主办：柞水县人民政府办公室　　陕ICP备05001234号　　技术支持：商洛市信息中心</td></tr>
</table>
</body></html>
''' % {'T': T, 'rows': '\n'.join('        ' + r for r in rows)}
    with open(out(name + '.html'), 'w', encoding='utf-8') as fh:
        fh.write(page)
    expected(name, 'project', T, R)


# ------------------------------------------------------------------ h02
# 黑龙江虎林: project self-evaluation on a web page: funds block with colspan,
# indicator table with rowspan, 一级 with points `产出指标(50分)`, header 权重,
# 总分 / 评价结论 / 存在问题 rows after.

def hulin():
    name = 'h02-heilongjiang-hulin-lvse-shuidao-selfeval-html'
    T = '虎林市2024年绿色水稻标准化种植示范项目'
    R = [
        ('产出指标', '数量指标', '标准化种植示范面积', '5万亩', '5.08万亩', '10', '10', ''),
        ('产出指标', '数量指标', '测土配方施肥技术覆盖率', '≥95%', '96.2%', '10', '10', ''),
        ('产出指标', '质量指标', '新增绿色食品认证', '≥3个', '3个', '10', '10', ''),
        ('产出指标', '时效指标', '示范区插秧完成时间', '5月25日前', '5月23日', '10', '10', ''),
        ('产出指标', '成本指标', '亩均补助标准', '≤80元', '80元', '10', '10', ''),
        ('效益指标', '经济效益指标', '示范区亩均节本增效', '≥120元', '108元', '10', '9', '8月下旬低温寡照，部分地块减产；下年度推广早熟耐冷品种'),
        ('效益指标', '生态效益指标', '化肥使用量', '较上年减少≥3%', '减少3.4%', '10', '10', ''),
        ('效益指标', '可持续影响指标', '示范带动作用', '显著', '较显著', '10', '8', '周边农户跟进种植面积低于预期，下年度加大现场观摩'),
        ('满意度指标', '服务对象满意度指标', '种植户满意度', '≥90%', '92%', '10', '10', ''),
    ]
    shown = {'产出指标': '产出指标(50分)', '效益指标': '效益指标(30分)', '满意度指标': '满意度指标(10分)'}
    rows = html_ind_rows(R, lambda x: shown[x], lambda r: list(r[2:8]))
    page = '''<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>%(T)s绩效自评表-虎林市财政局</title>
<style>table.t{border-collapse:collapse}table.t td{border:1px solid #333;padding:3px}</style></head>
<body>
<div class="crumb">当前位置：首页 &gt; 财政信息 &gt; 绩效评价</div>
<div class="info">发布时间：2025-04-22 09:12　来源：虎林市农业农村局　【字体：大 中 小】</div>
<h1>%(T)s绩效自评表</h1>
<table class="t">
<tr><td colspan="2">项目名称</td><td colspan="6">%(T)s</td></tr>
<tr><td colspan="2">主管部门</td><td colspan="2">虎林市农业农村局</td><td colspan="2">实施单位</td><td colspan="2">虎林市农业技术推广中心</td></tr>
<tr><td colspan="2" rowspan="2">项目资金（万元）</td><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td><td>分值</td><td>执行率</td><td>得分</td></tr>
<tr><td>600.00</td><td>600.00</td><td>585.30</td><td>10</td><td>97.55%%</td><td>9.76</td></tr>
<tr><td colspan="2">年度总体目标</td><td colspan="6">建设绿色水稻标准化种植示范区5万亩，新增绿色食品认证3个以上，示范区亩均节本增效120元以上。</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td><td>权重</td><td>得分</td><td>偏差原因分析及改进措施</td></tr>
%(rows)s
<tr><td colspan="5">总分</td><td>100</td><td>96.76</td><td>&nbsp;</td></tr>
<tr><td colspan="2">评价结论</td><td colspan="6">优</td></tr>
<tr><td colspan="2">存在问题</td><td colspan="6">示范带动作用发挥不充分，部分农户对绿色种植技术掌握不到位。</td></tr>
</table>
<div class="foot">【打印本页】【关闭窗口】　虎林市人民政府主办　黑ICP备06004321号</div>
</body></html>
''' % {'T': T, 'rows': '\n'.join(rows)}
    with open(out(name + '.html'), 'w', encoding='utf-8') as fh:
        fh.write(page)
    expected(name, 'project', T, [r[:6] for r in R], selfeval=True)


# ------------------------------------------------------------------ c01
# 广东仁化: project target table exported as CSV in GB18030 (Excel "CSV (逗号
# 分隔)" on Chinese Windows): title and 填报单位 rows above the header, merged
# cells exported empty, quoted cells with a comma and with a line break.

def renhua():
    name = 'c01-guangdong-renhua-fengmao-gb18030-csv'
    T = '仁化县2025年丹霞山周边乡村风貌提升项目'
    R = [  # l1, l2, printed 三级, target, 解释, expected 三级
        ('产出指标', '数量指标', '风貌提升示范村', '18个', '列入年度计划并完成提升的自然村数', '风貌提升示范村'),
        ('产出指标', '数量指标', '农房外立面\n改造', '≥1500栋', '按验收合格栋数计算，以镇级验收台账为准', '农房外立面改造'),
        ('产出指标', '数量指标', '村道硬化及亮化', '≥42公里', '新建、改建村道硬化和安装路灯的里程', '村道硬化及亮化'),
        ('产出指标', '质量指标', '工程验收合格率', '100%', '验收合格工程数/完工工程数×100%', '工程验收合格率'),
        ('产出指标', '质量指标', '改造风格与丹霞地貌景观协调', '符合相关要求', '按《仁化县乡村风貌管控指引》，由县住建局组织评审', '改造风格与丹霞地貌景观协调'),
        ('产出指标', '时效指标', '项目完工时间', '2025年11月30日前', '全部子项目完工并提交验收申请的时间', '项目完工时间'),
        ('产出指标', '成本指标', '农房外立面改造单价', '≤2.2万元/栋', '含设计、材料、施工，不含屋顶光伏', '农房外立面改造单价'),
        ('产出指标', '成本指标', '项目总成本', '不超过5600万元', '项目全部支出，含财政资金和社会资金', '项目总成本'),
        ('效益指标', '经济效益指标', '带动乡村旅游发展', '接待游客较上年增长15%，旅游收入增长10%', '以县文旅局统计数据为准', '带动乡村旅游发展'),
        ('效益指标', '社会效益指标', '村容村貌', '明显改善', '群众评议和第三方评估结果', '村容村貌'),
        ('效益指标', '生态效益指标', '示范村生活污水治理率', '≥80%', '已治理户数/总户数×100%', '示范村生活污水治理率'),
        ('满意度指标', '服务对象满意度指标', '村民满意度', '≥90%', '抽样问卷调查，样本不少于500户', '村民满意度'),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\r\n')
    w.writerow(['仁化县2025年度项目支出绩效目标表', '', '', '', ''])
    w.writerow(['填报单位：仁化县住房和城乡建设局', '', '', '', '单位：万元'])
    w.writerow(['项目名称', T, '', '', ''])
    w.writerow(['资金总额', '5600.00', '其中：财政资金', '4200.00', ''])
    w.writerow(['年度目标', '完成18个示范村风貌提升，改造农房外立面1500栋以上，硬化亮化村道42公里以上，村容村貌明显改善。', '', '', ''])
    w.writerow(['一级指标', '二级指标', '三级指标', '指标值', '指标解释'])
    prev = (None, None)
    for r in R:
        l1 = r[0] if r[0] != prev[0] else ''
        l2 = r[1] if (r[0], r[1]) != prev else ''
        prev = (r[0], r[1])
        w.writerow([l1, l2, r[2], r[3], r[4]])
    w.writerow(['', '', '', '', ''])
    w.writerow(['审核人：', '', '填报人：', '', '联系电话：0751-6321188'])
    with open(out(name + '.csv'), 'w', encoding='gb18030', newline='') as fh:
        fh.write(buf.getvalue())
    expected(name, 'project', T, [(r[0], r[1], r[5], r[3]) for r in R])


# ------------------------------------------------------------------ c02
# 贵州从江: department overall self-evaluation as CSV, UTF-8 with BOM, LF;
# merged cells exported empty, a 三级 with quotes (“三公经费”), a reason with
# commas and a line break inside quotes, 合计 and 自评结论 after.

def congjiang():
    name = 'c02-guizhou-congjiang-wenlv-dept-selfeval-bom-csv'
    T = '从江县文体广电旅游局'
    R = [  # l1, l2, l3, target, actual, points, score, reason
        ('履职效能', '重点工作履行', '景区接待游客', '≥300万人次', '326万人次', '10', '10', ''),
        ('履职效能', '重点工作履行', '公共文化惠民演出', '≥60场', '64场', '8', '8', ''),
        ('履职效能', '部门目标实现', '农村广播电视户户通覆盖率', '≥98%', '98.5%', '8', '8', ''),
        ('履职效能', '整体工作完成', '年度重点任务完成率', '100%', '95%', '8', '7.6',
         '受汛期影响，加榜梯田观景台等2项工程延期，\n已于2025年一季度完成'),
        ('管理效率', '预算管理', '预算执行率', '≥90%', '93.6%', '10', '10', ''),
        ('管理效率', '预算管理', '"三公经费"变动率', '≤0', '-8.2%', '6', '6', ''),
        ('管理效率', '资产管理', '资产账实相符率', '100%', '100%', '6', '6', ''),
        ('管理效率', '收支管理', '政府采购执行率', '≥95%', '97.1%', '6', '6', ''),
        ('运行成本', '成本控制成效', '人均公用经费变动率', '<5%', '3.1%', '8', '8', ''),
        ('服务满意', '服务对象满意', '游客满意度', '≥85%', '88.4%', '10', '10', ''),
        ('服务满意', '利益相关方满意', '文化旅游企业满意度', '≥80%', '86%', '6', '6', ''),
        ('可持续性', '创新能力', '文旅融合新业态', '≥3个', '4个', '6', '6', ''),
        ('可持续性', '人才支撑', '文旅人才培训', '≥200人次', '215人次', '8', '8', ''),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\n')
    w.writerow(['2024年度部门整体支出绩效自评表'] + [''] * 7)
    w.writerow(['部门名称：' + T, '', '', '', '', '', '', '填报日期：2025年3月28日'])
    w.writerow(['一级指标', '二级指标', '三级指标', '指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'])
    prev = (None, None)
    for r in R:
        l1 = r[0] if r[0] != prev[0] else ''
        l2 = r[1] if (r[0], r[1]) != prev else ''
        prev = (r[0], r[1])
        w.writerow([l1, l2] + list(r[2:8]))
    w.writerow(['合计', '', '', '', '', '100', '99.6', ''])
    w.writerow(['自评结论', '优', '', '', '', '', '', ''])
    with open(out(name + '.csv'), 'w', encoding='utf-8-sig', newline='') as fh:
        fh.write(buf.getvalue())
    expected(name, 'department', T, [r[:6] for r in R], selfeval=True)


# ------------------------------------------------------------------ p01
# 江西安福: wide self-evaluation table, landscape Word page printed to PDF;
# funds block; long reasons wrapping in their cell; 备注 column; 总分.

def anfu():
    name = 'p01-jiangxi-anfu-fuxi-zaodao-selfeval-landscape-pdf'
    T = '安福县2024年富硒早稻生产示范项目'
    R = [
        ('产出指标', '数量指标', '富硒早稻示范种植面积', '≥2万亩', '2.12万亩', '8', '8', '', ''),
        ('产出指标', '数量指标', '统一供应早稻良种', '≥60万公斤', '58.6万公斤', '6', '5.86',
         '部分乡镇改种再生稻，良种需求减少；下年度按实际需求核定供种计划', ''),
        ('产出指标', '数量指标', '种植技术培训', '≥1500人次', '1620人次', '6', '6', '', ''),
        ('产出指标', '质量指标', '稻谷硒含量达标率', '≥90%', '91.5%', '8', '8', '', '第三方检测'),
        ('产出指标', '质量指标', '病虫害统防统治覆盖率', '≥45%', '47%', '6', '6', '', ''),
        ('产出指标', '时效指标', '补贴资金发放时间', '2024年9月底', '2024年9月26日', '8', '8', '', ''),
        ('产出指标', '成本指标', '亩均物化补贴', '≤120元', '118元', '8', '8', '', ''),
        ('效益指标', '经济效益指标', '示范区亩均增收', '≥150元', '132元', '10', '8.8',
         '7月上旬持续强降雨导致部分田块倒伏减产；下年度推广抗倒伏品种，完善排灌设施', ''),
        ('效益指标', '社会效益指标', '带动种粮大户和合作社', '≥80家', '86家', '10', '10', '', ''),
        ('效益指标', '生态效益指标', '化学农药使用量', '较上年减少5%', '减少6.3%', '5', '5', '', ''),
        ('效益指标', '可持续影响指标', '富硒大米品牌影响力', '有所提高', '达成预期指标', '5', '5', '', ''),
        ('满意度指标', '服务对象满意度指标', '种植户满意度', '≥90%', '93%', '10', '10', '', '问卷320份'),
    ]
    grid = [1300, 1700, 2600, 1700, 1700, 800, 800, 3400, 1300]
    head = [[(h, 1, None) for h in ('一级指标', '二级指标', '三级指标', '年度指标值', '全年实际值', '分值', '得分', '偏差原因分析及改进措施', '备注')]]
    rows = head + docx_rows(R, lambda x: x, lambda r: list(r[2:9]))
    rows.append([('总分', 5, None), ('100', 1, None), ('97.42', 1, None), ('', 1, None), ('', 1, None)])
    info = w_table2([2500, 5000, 2500, 5300], [
        [('项目名称', 1, None), (T, 3, None)],
        [('主管部门', 1, None), ('安福县农业农村局', 1, None), ('实施单位', 1, None), ('安福县农业技术推广中心', 1, None)],
    ])
    funds = w_table2([2500, 2100, 2100, 2100, 2100, 2200, 2200], [
        [('项目资金（万元）', 1, None), ('年初预算数', 1, None), ('全年预算数', 1, None), ('全年执行数', 1, None),
         ('分值', 1, None), ('执行率', 1, None), ('得分', 1, None)],
        [('年度资金总额', 1, None), ('380.00', 1, None), ('395.00', 1, None), ('388.60', 1, None), ('10', 1, None), ('98.4%', 1, None), ('9.84', 1, None)],
    ])
    body = (P('项目支出绩效自评表', True, True, 36) + P('（2024年度）') + info + funds + P('')
            + w_table2(grid, rows, header_rows=(0,))
            + P('填表人：刘春华　　审核人：彭立新　　填表日期：2025年3月18日', center=False))
    later(name + '.docx', lambda p: write_docx(p, body, orient='landscape'), 'pdf', name + '.pdf')
    expected(name, 'project', T, [r[:6] for r in R], selfeval=True)


# ------------------------------------------------------------------ p02
# 浙江松阳: project 申报表 as a web page printed to PDF: 指标值 spanning two
# columns, 2025年度 first, then 实施期（2025-2027年） (expected: 年度 only).

def songyang():
    name = 'p02-zhejiang-songyang-chuantong-cunluo-html-pdf'
    T = '松阳县2025年传统村落保护利用项目'
    R = [  # l1, l2, l3, 年度, 实施期
        ('产出指标', '数量指标', '传统村落保护修缮', '8个', '24个'),
        ('产出指标', '数量指标', '历史建筑修缮面积', '≥1.2万平方米', '≥3.5万平方米'),
        ('产出指标', '数量指标', '古道修复', '≥6公里', '≥15公里'),
        ('产出指标', '质量指标', '修缮工程验收合格率', '100%', '100%'),
        ('产出指标', '质量指标', '修缮工艺符合传统风貌', '符合相关要求', '符合相关要求'),
        ('产出指标', '时效指标', '年度修缮任务完成', '2025年12月31日前完成', '2027年12月31日前完成'),
        ('产出指标', '成本指标', '历史建筑修缮单价', '≤2800元/平方米', '≤2800元/平方米'),
        ('效益指标', '经济效益指标', '带动村落民宿营业收入', '增长8%以上', '增长25%以上'),
        ('效益指标', '社会效益指标', '传统村落活化利用率', '≥60%', '≥80%'),
        ('效益指标', '可持续影响指标', '村落长效保护机制', '初步建立', '全面建立'),
        ('满意度指标', '服务对象满意度指标', '村民及游客满意度', '≥88%', '≥90%'),
    ]
    rows = html_ind_rows(R, lambda x: x, lambda r: [r[2], r[3], r[4]])
    page = '''<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>%(T)s</title>
<style>table{border-collapse:collapse;width:100%%}td,th{border:1px solid #000;padding:3px;font-size:11pt;text-align:center}</style>
</head><body>
<p style="text-align:center;font-size:17pt"><b>项目支出绩效目标申报表</b></p>
<p>填报单位：松阳县住房和城乡建设局（盖章）　　　　　　　　　　单位：万元</p>
<table>
<tr><td>项目名称</td><td colspan="4">%(T)s</td></tr>
<tr><td>主管部门</td><td colspan="2">松阳县住房和城乡建设局</td><td>实施单位</td><td>松阳县传统村落保护发展中心</td></tr>
<tr><td>项目资金</td><td colspan="2">年度资金总额：1650.00</td><td colspan="2">实施期资金总额：4800.00</td></tr>
<tr><td>总体目标</td><td colspan="2">年度目标：修缮传统村落8个、历史建筑1.2万平方米以上，修复古道6公里以上。</td><td colspan="2">实施期目标：三年修缮传统村落24个，建立村落长效保护机制。</td></tr>
<tr><th rowspan="2">一级指标</th><th rowspan="2">二级指标</th><th rowspan="2">三级指标</th><th colspan="2">指标值</th></tr>
<tr><th>2025年度</th><th>实施期（2025-2027年）</th></tr>
%(rows)s
</table>
<p>说明：年度指标值为2025年度应达到的目标，实施期指标值为项目实施期末应达到的目标。</p>
</body></html>
''' % {'T': T, 'rows': '\n'.join(rows)}
    later(name + '.html', lambda p: open(p, 'w', encoding='utf-8').write(page), 'pdf', name + '.pdf')
    expected(name, 'project', T, [r[:4] for r in R])


# ------------------------------------------------------------------ p03
# 云南沧源: department overall target table, portrait Word page printed to PDF,
# long 指标解释 so that the table runs over two pages with its header repeated
# (w:tblHeader) and the merged 一级 printed on the first page only.

def cangyuan():
    name = 'p03-yunnan-cangyuan-nongye-dept-twopage-pdf'
    T = '沧源佤族自治县农业农村局'
    R = [
        ('履职效能', '工作目标管理情况', '年度工作计划制定', '及时完成', '年初制定部门年度工作计划和重点工作任务清单，并按季度调度推进，以局党组会议纪要和印发文件为准'),
        ('履职效能', '整体工作完成', '粮食播种面积', '≥28万亩', '全县全年粮食作物播种面积，以统计部门年报数据为准，含大春和小春作物'),
        ('履职效能', '整体工作完成', '粮食总产量', '≥8.6万吨', '全县全年粮食总产量，以统计部门公布的年度数据为准'),
        ('履职效能', '整体工作完成', '涉农资金统筹整合率', '≈100%', '实际统筹整合的涉农资金/纳入统筹整合范围的涉农资金×100%'),
        ('履职效能', '重点工作履行', '高标准农田建设', '2.5万亩', '当年新建和改造提升高标准农田并通过县级验收的面积，以省级农田建设管理平台上图入库数据为准'),
        ('履职效能', '重点工作履行', '重大动物疫病免疫密度', '≥90%', '口蹄疫、高致病性禽流感等重大动物疫病应免畜禽的免疫密度，以春秋两季集中免疫统计为准'),
        ('履职效能', '部门目标实现', '农村居民人均可支配收入增幅', '≥7%', '以统计部门公布的农村常住居民人均可支配收入同比增幅为准'),
        ('履职效能', '部门目标实现', '脱贫人口务工规模', '不低于4.5万人', '全县脱贫人口和监测对象外出及就近务工总人数，以防返贫监测信息系统数据为准'),
        ('管理效率', '预算管理', '预算执行率', '≥95%', '（预算执行数/预算数）×100%，预算数为调整后预算数'),
        ('管理效率', '收支管理', '结转结余变动率', '≤0', '（本年度累计结转结余资金总额-上年度累计结转结余资金总额）/上年度累计结转结余资金总额×100%'),
        ('管理效率', '资产管理', '固定资产管理规范性', '规范', '资产配置、使用、处置按规定程序办理，账实相符，资产信息系统数据及时更新'),
        ('管理效率', '基础管理', '信息公开及时性', '在规定时间内', '部门预决算、绩效目标和绩效自评结果按规定时限在政府门户网站公开'),
        ('运行成本', '成本控制成效', '“三公经费”控制数', '≤12万元', '全年因公出国（境）费、公务用车购置及运行费、公务接待费支出合计'),
        ('服务满意', '服务对象满意', '农户满意度', '≥85%', '通过入户问卷调查农户对农业农村部门服务的满意程度，样本不少于300户'),
        ('服务满意', '监督部门满意', '巡察审计问题整改率', '100%', '已整改问题数/巡察、审计反馈问题总数×100%'),
        ('可持续性', '体制机制改革情况', '农村集体产权制度改革', '持续深化', '农村集体经营性资产股份合作制改革成果巩固情况，集体经济组织规范运行情况'),
        ('可持续性', '人才支撑', '基层农技人员培训', '≥150人次', '组织乡镇农技人员参加业务培训的人次，以培训通知和签到表为准'),
    ]
    grid = [1200, 1700, 2300, 1500, 3100]
    head = [[(h, 1, None) for h in ('一级指标', '二级指标', '三级指标', '指标值', '指标解释')]]
    rows = head + docx_rows(R, lambda x: x, lambda r: [r[2], r[3], r[4]])
    fields = w_table2(grid, [
        [('部门（单位）名称', 2, None), (T, 3, None)],
        [('年度预算（万元）', 2, None), ('资金总额：6352.80　　其中：财政拨款 6352.80', 3, None)],
        [('年度主要任务', 2, None), ('稳定粮食生产，建设高标准农田2.5万亩，巩固拓展脱贫攻坚成果，做好重大动物疫病防控和农村改革工作。', 3, None)],
    ])
    body = (P('2025年部门（单位）整体绩效目标申报表', True, True, 32)
            + P('填报单位（盖章）：沧源佤族自治县农业农村局', center=False)
            + fields + w_table2(grid, rows, header_rows=(0,))
            + P('单位负责人：李国华　　填报人：赵艳　　联系电话：0883-7121034', center=False))
    later(name + '.docx', lambda p: write_docx(p, body, orient='portrait'), 'pdf', name + '.pdf')
    expected(name, 'department', T, [r[:4] for r in R])


# ------------------------------------------------------------------ main

def convert():
    for src, ext, final in CONVERT:
        outdir = os.path.join(TMP, 'out')
        os.makedirs(outdir, exist_ok=True)
        subprocess.run(['soffice', '--headless', '-env:UserInstallation=file://' + os.path.join(TMP, 'profile'),
                        '--convert-to', ext, '--outdir', outdir, src], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        made = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + '.' + ext)
        shutil.move(made, out(final))


def main():
    for f in (xiji, linze, aershan, daocheng, qiemo, chayu, tongdao, lingyun, laiyuan, zhashui, hulin,
              renhua, congjiang, anfu, songyang, cangyuan):
        f()
    if '--convert' in sys.argv[1:]:
        convert()
    shutil.rmtree(TMP)


if __name__ == '__main__':
    main()
