#!/usr/bin/env python3
"""Writes wide-projects.xlsx and wide-projects.docx: wide project tables
(domain.md §5 layout 2, the seed 000 form) as officers receive them from
Excel and Word, merged cells and all, with made-up content.  The xlsx is
the 3-row header with three (三级, 指标值) pairs under 产出/效益/满意度, code,
name and funds merged down over each project's rows, funds stored as
numbers, a percentage stored as a number with a percent format; the docx
has four pairs (the 2021 form's 成本指标 as a 一级) with gridSpan and
vMerge.  Uses the OOXML writers of tests/corpus/dev6/make_office.py.
Run: python3 tests/data/make-wide-office.py (deterministic output)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'corpus', 'dev6'))
import make_office as mo  # noqa: E402


def xlsx():
    sh = mo.Sheet('项目绩效目标', [14, 22, 10, 10, 10, 22, 12, 26, 12, 22, 12])
    sh.row(0, ['某市某区2024年度部门预算项目绩效目标表'])
    sh.title_rows.add(0)
    sh.merge(0, 0, 0, 10)
    sh.row(1, ['单位编码（项目编码）', '单位名称（项目名称）', '项目金额（万元）', None, None, '绩效目标'])
    sh.row(2, [None, None, None, None, None, '产出指标', None, '效益指标', None, '满意度指标'])
    sh.row(3, [None, None, '资金总额', '财政性资金', '其他资金', '三级指标', '指标值', '三级指标', '指标值',
               '三级指标', '指标值'])
    sh.merge(1, 0, 3, 0)
    sh.merge(1, 1, 3, 1)
    sh.merge(1, 2, 2, 4)
    sh.merge(1, 5, 1, 10)
    sh.merge(2, 5, 2, 6)
    sh.merge(2, 7, 2, 8)
    sh.merge(2, 9, 2, 10)
    g = mo.gen
    rows = [
        ['208', '某区卫生健康委员会', g(486.5), g(486.5), g(0)],
        ['208001', '某区卫生健康委员会（本级）', g(486.5), g(486.5), g(0)],
        ['208001-1', '家庭医生签约服务', g(320), g(320), g(0), '签约服务人数', '≥5.2万人', '重点人群健康管理水平',
         '明显提升', '签约居民满意度', '≥90%'],
        [None, None, None, None, None, '重点人群签约率', mo.pct(0.75), '', '', '', ''],
        [None, None, None, None, None, '签约服务费拨付时间', '2024年12月底前', '', '', '', ''],
        ['208001-2', '村卫生室运行补助', g(166.5), g(146.5), g(20), '补助村卫生室数量', '86所', '基层首诊率',
         '≥65%', '乡村医生满意度', '≥85%'],
        [None, None, None, None, None, '补助资金足额发放率', mo.pct(1), '', '较上年提高', '', ''],
    ]
    for i, r in enumerate(rows):
        sh.row(4 + i, r)
    # code, name and funds merged down over each project's rows
    for r0, r1 in ((6, 8), (9, 10)):
        for c in range(5):
            sh.merge(r0, c, r1, c)
    sh.row(12, ['填报人：周晓梅', None, None, None, None, '联系电话：0379-xxxxxxx'])
    mo.write_xlsx(os.path.join(HERE, 'wide-projects.xlsx'), [sh])


def docx():
    grid = [1300, 2000, 900, 1700, 1100, 1700, 1100, 1700, 1100, 1700, 1100]
    V = 'restart'
    C = 'continue'
    head = [
        [('项目编码', 1, V), ('项目名称', 1, V), ('资金总额', 1, V), ('产出指标', 2, None), ('成本指标', 2, None),
         ('效益指标', 2, None), ('满意度指标', 2, None)],
        [('', 1, C), ('', 1, C), ('', 1, C), ('指标名称', 1, None), ('指标值', 1, None), ('指标名称', 1, None),
         ('指标值', 1, None), ('指标名称', 1, None), ('指标值', 1, None), ('指标名称', 1, None), ('指标值', 1, None)],
    ]

    def row(code, name, funds, *cells, first=True):
        m = V if first else C
        return [(code, 1, m), (name, 1, m), (funds, 1, m)] + [(c, 1, None) for c in cells]
    rows = [
        row('731005-3', '城区公厕改造提升', '150', '改造公厕数量', '25座', '单座改造成本', '≤6万元',
            '如厕环境', '明显改善', '市民满意度', '≥90%'),
        row('', '', '', '改造验收合格率', '100%', '', '', '公厕运行维护机制', '长效运行', '', '', first=False),
        row('731005-4', '垃圾分类宣传', '36.8', '宣传活动场次', '≥40场', '宣传物料成本', '≤8万元',
            '居民分类知晓率', '≥85%', '居民满意度', '≥88%'),
    ]
    body = (mo.w_para('某县2021年城市管理局项目绩效目标表', bold=True, center=True, size=32)
            + mo.w_para('单位：万元')
            + mo.w_table(grid, head + rows)
            + mo.w_para('审核人：韩立新'))
    mo.write_docx(os.path.join(HERE, 'wide-projects.docx'), body)


if __name__ == '__main__':
    xlsx()
    docx()
