#!/usr/bin/env python3
# Writes pdf-wrap.html and the records an officer writes down from it
# (pdf-wrap.expected.tsv, written by hand before the reader ran); then
#   soffice --headless --convert-to pdf pdf-wrap.html  ->  fixtures/pdf-wrap.pdf
# pdf-wrap: a self-evaluation table as a web page, rowspan labels, narrow columns that wrap
rows = [
 # l1, l2, l3, target, actual, points, score
 ("产出指标", "数量指标", "农村饮水安全巩固提升工程受益人口", "≥12000人", "12650人", "10", "10"),
 ("产出指标", "数量指标", "新建集中供水站", "3处", "3处", "10", "10"),
 ("产出指标", "质量指标", "水质检测合格率", "≥95%", "97.5%", "10", "10"),
 ("产出指标", "时效指标", "工程完工时间", "2024年10月31日前", "2024年10月25日", "10", "10"),
 ("效益指标", "社会效益指标", "农村自来水普及率", "≥92%", "93.1%", "20", "20"),
 ("效益指标", "可持续影响指标", "工程长效运行管护机制", "健全", "健全", "10", "10"),
 ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "94%", "10", "10"),
]
from itertools import groupby
h = ['<html><head><meta charset="utf-8"><title>自评表</title></head><body>',
     '<h2 align="center">项目支出绩效自评表</h2>',
     '<p>项目名称：桐庐县2024年农村饮水安全巩固提升项目</p>',
     '<table border="1" cellspacing="0" cellpadding="3" width="520">',
     '<tr><td width="60">一级指标</td><td width="60">二级指标</td><td width="110">三级指标</td>'
     '<td width="70">年度指标值</td><td width="70">实际完成值</td><td width="40">分值</td><td width="40">得分</td></tr>']
l1n = {k: len(list(g)) for k, g in groupby(r[0] for r in rows)}
l2n = {}
for k, g in groupby(rows, key=lambda r: (r[0], r[1])):
    l2n[k] = len(list(g))
seen1, seen2 = set(), set()
for r in rows:
    tr = '<tr>'
    if r[0] not in seen1:
        tr += '<td rowspan="%d">%s</td>' % (l1n[r[0]], r[0]); seen1.add(r[0])
    if (r[0], r[1]) not in seen2:
        tr += '<td rowspan="%d">%s</td>' % (l2n[(r[0], r[1])], r[1]); seen2.add((r[0], r[1]))
    tr += ''.join('<td>%s</td>' % c for c in r[2:]) + '</tr>'
    h.append(tr)
h.append('<tr><td colspan="5">总分</td><td>80</td><td>80</td></tr></table>')
h.append('<p>填报人：王丽　联系电话：0571-64212345</p></body></html>')
open('pdf-wrap.html', 'w').write('\n'.join(h))
with open('pdf-wrap.expected.tsv', 'w') as f:
    f.write('level1\tlevel2\tlevel3\ttarget\tactual\tpoints\n')
    for r in rows:
        f.write('\t'.join(r[:6]) + '\n')
