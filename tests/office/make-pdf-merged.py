#!/usr/bin/env python3
# Writes three tables as web pages and the records an officer writes down
# from each (NAME.expected.tsv, from the rows below, before the reader ran
# on the PDF); make-pdf-merged.sh prints them to PDF with LibreOffice:
#   pdf-merged-centre  a project target table: 一级/二级 merged over several
#                      rows and centred in them, a narrow 三级 column whose
#                      names wrap, a 指标解释 column wrapping to 1-3 lines (rows
#                      of different heights), a one-line 二级 next to one that
#                      wraps (html -> docx -> pdf: Word's table model)
#   pdf-merged-top     a department table, every cell at the top of its row
#                      (Word's default), 二级 names wrapped in a narrow column,
#                      no cell padding (html -> pdf)
#   pdf-selfeval-score a self-evaluation table: 年度指标值, 实际完成值 (some
#                      wrapped), 分值, 得分, 偏差原因 over three lines, merged
#                      labels centred, a 合计 row and a signature line after it,
#                      no cell padding: a wrapped line and the next row's
#                      line stand one line apart (html -> pdf)
#   pdf-calc-bottom    a self-evaluation sheet as a spreadsheet prints it
#                      (html -> Calc -> xlsx -> pdf): text at the bottom of
#                      its row, numbers right-aligned against the next
#                      column's text, merged labels centred, a 三级 name
#                      wrapped right under the one-line name above it, 合计
#                      in the 一级 column
# All content is made up.
import sys
from itertools import groupby

out = sys.argv[1] if len(sys.argv) > 1 else '.'


def spans(rows, key):
    n = {}
    for k, g in groupby(rows, key=key):
        n[k] = n.get(k, 0) + len(list(g))
    return n


def table(rows, head, widths, valign, cells, pad=4):
    """rows: tuples starting with l1, l2; cells(r) the cells after 二级."""
    n1 = spans(rows, lambda r: r[0])
    n2 = spans(rows, lambda r: (r[0], r[1]))
    tw = sum(widths)
    h = ['<table border="1" cellspacing="0" cellpadding="%d" width="%d" '
         'style="border-collapse:collapse">' % (pad, tw),
         '<tr>' + ''.join('<td width="%d%%" valign="middle">%s</td>' % (round(100 * w / tw), t)
                          for w, t in zip(widths, head)) + '</tr>']
    seen1, seen2 = set(), set()
    for r in rows:
        tr = '<tr>'
        if r[0] not in seen1:
            tr += '<td rowspan="%d" valign="%s">%s</td>' % (n1[r[0]], valign, r[0])
            seen1.add(r[0])
        if (r[0], r[1]) not in seen2:
            tr += '<td rowspan="%d" valign="%s">%s</td>' % (n2[(r[0], r[1])], valign, r[1])
            seen2.add((r[0], r[1]))
        tr += ''.join('<td valign="%s">%s</td>' % (valign, c) for c in cells(r)) + '</tr>'
        h.append(tr)
    return h


def page(title, fields, body, after=''):
    return '\n'.join(['<html><head><meta charset="utf-8"><title>%s</title></head><body>' % title,
                      '<h3 align="center">%s</h3>' % title]
                     + ['<p>%s</p>' % f for f in fields] + body
                     + ['</table>', after, '</body></html>']) + '\n'


def expected(name, rows, cols):
    with open('%s/%s.expected.tsv' % (out, name), 'w') as f:
        f.write('level1\tlevel2\tlevel3\ttarget\tactual\tpoints\tscore\n')
        for r in rows:
            f.write('\t'.join(cols(r)) + '\n')


# ---- pdf-merged-centre: l1, l2, l3, target, explanation ----
centre = [
    ('产出指标', '数量指标', '河道清淤疏浚长度', '≥12.5公里', '按设计图纸完成清淤疏浚的河道长度，以竣工验收报告和县水利局复核结果为准'),
    ('产出指标', '数量指标', '生态护岸建设长度', '8.6公里', '新建生态护岸长度'),
    ('产出指标', '数量指标', '沿岸缓冲带植被恢复面积', '≥350亩', '恢复乡土植被的缓冲带面积，含乔灌草复合配置及补植补种后经县林业局验收合格的面积，以验收单为准'),
    ('产出指标', '质量指标', '工程竣工验收一次性合格率', '100%', '一次性通过竣工验收的单位工程占全部单位工程的比例'),
    ('产出指标', '质量指标', '水质监测断面达标率', '≥90%', '县控以上断面水质达到Ⅲ类及以上的比例'),
    ('产出指标', '时效指标', '主体工程完工时间', '2025年11月30日前', '全部主体工程完工并提交验收申请的时间'),
    ('产出指标', '成本指标', '清淤疏浚单位成本', '≤38万元/公里', '清淤疏浚工程结算价除以完成长度'),
    ('效益指标', '生态效益指标', '河道水质综合评价等级', '稳定达到Ⅱ类', '以县生态环境分局年度水质公报为准'),
    ('效益指标', '生态效益指标', '水生生物多样性指数', '较上年提高', '以年度水生生物调查报告为准'),
    ('效益指标', '可持续影响指标', '河长制长效管护机制', '健全', '管护责任、经费和巡河制度落实情况'),
    ('效益指标', '社会效益指标', '沿线群众亲水休闲条件', '明显改善', '新增亲水步道和休闲节点的使用情况'),
    ('满意度指标', '服务对象满意度指标', '沿线村民满意度', '≥90%', '抽样问卷调查，满意和基本满意人数占调查人数的比例'),
    ('满意度指标', '服务对象满意度指标', '游客满意度', '≥85%', '景区游客抽样问卷调查'),
]
h = table(centre, ['一级指标', '二级指标', '三级指标', '指标值', '指标解释'],
          [60, 62, 88, 90, 230], 'middle', lambda r: [r[2], r[3], r[4]])
with open('%s/pdf-merged-centre.html' % out, 'w') as f:
    f.write(page('项目支出绩效目标表', ['项目名称：永嘉县2025年楠溪江流域水生态修复项目',
                                      '主管部门：永嘉县水利局'], h))
expected('pdf-merged-centre', centre, lambda r: [r[0], r[1], r[2], r[3], '', '', ''])

# ---- pdf-merged-top: l1, l2, l3, target ----
top = [
    ('履职效能', '工作目标管理情况', '年度工作目标依据充分性', '充分'),
    ('履职效能', '整体工作完成', '森林资源监测任务完成率', '100%'),
    ('履职效能', '整体工作完成', '松材线虫病疫木清理按期完成率', '≥95%'),
    ('履职效能', '重点工作履行', '国家储备林建设面积', '≥1.2万亩'),
    ('履职效能', '重点工作履行', '森林火灾受害率', '≤0.9‰'),
    ('管理效率', '预算管理', '预算执行率', '≥90%'),
    ('管理效率', '资产管理', '固定资产账实相符率', '100%'),
    ('服务满意', '服务对象满意', '林农和林业经营主体满意度', '≥90%'),
    ('服务满意', '监督部门满意', '监督部门满意度', '≥90%'),
]
h = table(top, ['一级指标', '二级指标', '三级指标', '年度指标值'],
          [60, 60, 120, 90], 'top', lambda r: [r[2], r[3]], pad=0)
with open('%s/pdf-merged-top.html' % out, 'w') as f:
    f.write(page('部门整体支出绩效目标表', ['部门名称：龙泉市林业局'], h))
expected('pdf-merged-top', top, lambda r: [r[0], r[1], r[2], r[3], '', '', ''])

# ---- pdf-selfeval-score: l1, l2, l3, target, actual, points, score, deviation ----
selfeval = [
    ('产出指标', '数量指标', '新建高标准农田面积', '≥5000亩', '5120亩', '15', '15', ''),
    ('产出指标', '数量指标', '新建灌排渠道', '≥18公里', '16.5公里', '10', '9.2', '两处渠线因林地审批调整，改线后延至次年一季度完工'),
    ('产出指标', '质量指标', '工程验收合格率', '100%', '100%', '10', '10', ''),
    ('产出指标', '时效指标', '项目完工时间', '2025年10月31日前', '2025年10月25日完工', '10', '10', ''),
    ('产出指标', '成本指标', '亩均财政投入', '≤1500元/亩', '1462元/亩', '5', '5', ''),
    ('效益指标', '经济效益指标', '项目区粮食亩产增加', '≥50公斤', '56公斤', '15', '15', ''),
    ('效益指标', '可持续影响指标', '工程管护责任落实率', '100%', '100%', '10', '10', ''),
    ('满意度指标', '服务对象满意度指标', '项目区农户满意度', '≥90%', '93.5%', '15', '15', ''),
]
h = table(selfeval, ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分',
                     '偏差原因分析及改进措施'],
          [56, 60, 100, 62, 62, 34, 34, 130], 'middle',
          lambda r: [r[2], r[3], r[4], r[5], r[6], r[7]], pad=0)
h.append('<tr><td colspan="5">合计</td><td>90</td><td>89.2</td><td></td></tr>')
with open('%s/pdf-selfeval-score.html' % out, 'w') as f:
    f.write(page('项目支出绩效自评表（2025年度）',
                 ['项目名称：五河县2025年高标准农田建设项目', '主管部门：五河县农业农村局'], h,
                 '<p>填报人：许文静　联系电话：0552-5012345</p>'))
expected('pdf-selfeval-score', selfeval, lambda r: list(r[:7]))

# ---- pdf-calc-bottom: l1, l2, l3, target, actual, points, score, deviation ----
calc = [
    ('产出指标', '数量指标', '新建村级垃圾分类收集点', '≥120个', '126个', '10', '10', ''),
    ('产出指标', '数量指标', '配备分类运输车辆', '8辆', '8辆', '10', '10', ''),
    ('产出指标', '质量指标', '垃圾分类准确率', '≥85%', '87.2%', '10', '10', ''),
    ('产出指标', '质量指标', '收集点设施完好率', '≥95%', '96%', '10', '10', ''),
    ('产出指标', '时效指标', '收运设施投用时间', '2025年9月底前', '2025年9月20日', '10', '10', ''),
    ('效益指标', '社会效益指标', '农村生活垃圾集中收运覆盖率', '100%', '100%', '15', '15', ''),
    ('效益指标', '生态效益指标', '垃圾资源化利用率', '≥60%', '58.5%', '10', '9.8',
     '厨余垃圾处理站调试期较长，次年上半年达产'),
    ('效益指标', '可持续影响指标', '村级保洁长效机制', '建立', '已建立', '10', '10', ''),
    ('满意度指标', '服务对象满意度指标', '村民满意度', '≥90%', '92%', '5', '5', ''),
]
n1 = spans(calc, lambda r: r[0])
n2 = spans(calc, lambda r: (r[0], r[1]))
h = ['<html><head><meta charset="utf-8"></head><body><table border="1">',
     '<tr><td colspan="8">2025年度项目支出绩效自评表</td></tr>',
     '<tr><td>项目名称</td><td colspan="7">桐梓县2025年农村生活垃圾分类收运项目</td></tr>',
     '<tr>' + ''.join('<td>%s</td>' % t for t in ('一级指标', '二级指标', '三级指标', '年度指标值',
                                               '实际完成值', '分值', '得分',
                                               '偏差原因分析及改进措施')) + '</tr>']
seen1, seen2 = set(), set()
for r in calc:
    tr = '<tr height="16">'
    if r[0] not in seen1:
        tr += '<td rowspan="%d" valign="middle">%s</td>' % (n1[r[0]], r[0])
        seen1.add(r[0])
    if (r[0], r[1]) not in seen2:
        tr += '<td rowspan="%d" valign="middle">%s</td>' % (n2[(r[0], r[1])], r[1])
        seen2.add((r[0], r[1]))
    tr += ''.join('<td>%s</td>' % c for c in r[2:]) + '</tr>'
    h.append(tr)
h.append('<tr><td colspan="5">合计</td><td>90</td><td>89.8</td><td></td></tr></table></body></html>')
with open('%s/pdf-calc-bottom.html' % out, 'w') as f:
    f.write('\n'.join(h) + '\n')
expected('pdf-calc-bottom', calc, lambda r: list(r[:7]))
