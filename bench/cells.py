#!/usr/bin/env python3
"""Cells for `jixiao value` (bench/same.sh): every cell of the given text
files (lines split at TAB, '|' and commas; other files are skipped), then
N made-up cells from pieces of the 指标值 grammar (numbers of every
length, operators as symbols and words, units, ranges, products, dates,
change words, placeholders, damage), seeded: the same list every run.

    bench/cells.py N FILE...   > cells.txt
"""
import random
import re
import sys

n = int(sys.argv[1])
seen = set()
out = []


def add(c):
    c = c.replace('\n', ' ').replace('\r', ' ')
    if c not in seen:
        seen.add(c)
        out.append(c)


for path in sys.argv[2:]:
    if not re.search(r'\.(txt|csv|tsv|md|html)$', path):
        continue
    try:
        text = open(path, encoding='utf-8').read()
    except (UnicodeDecodeError, OSError):
        continue
    for line in text.splitlines():
        for cell in re.split(r'[\t|,，]', line):
            cell = cell.strip()
            if cell and len(cell.encode()) < 400:
                add(cell)

rnd = random.Random(16)
PRE = ['', '', '', '≥', '≤', '>', '<', '=', '>=', '<=', '＞', '≧', '⩽', '~', '≈', '约', '不低于',
       '不少于', '大于或等于', '小于等于', '不超过', '控制在', '达到', '高于', '低于', '接近', '为',
       '至少', '最多', '不高于', '少于', '大约', '约为']
POST = ['', '', '', '以上', '及以上', '以下', '以内', '之内', '内', '左右', '上下', '以上（含）']
UNITS = ['', '', '%', '％', '﹪', '个百分点', '百分点', '‰', '万元', '元', '亿元', '千元', '人', '万人',
         '人次', '万人次', '户', '个', '项', '天', '日', '个工作日', '小时', '分钟', '次', '次/年',
         '批次/千人', '元/吨·年', '万元/亩', '头', '只', '平方米', '公里', '亩', '万亩', '吨', '家', '所',
         '套', '件', '份', '篇', '场次', '期', '批', '册', '辆', '名', '座', '条', '处', '岁', '分',
         '倍', '类', '万', '亿', '个月', '年', '周', '季度', '/月', '／年']
WORDS = ['', '', '合同金额的', '预付金支付比例', '集中采购药品品种', '同比', '较上年', '比上年',
         '与上年相比', '较去年', '上年', '去年', '下降', '降低', '减少', '压减', '提高', '增长', '增加',
         '上升', '本年数：', '上年数：', '指标1：', '指标12:', '完成', '及时', '按时', '年底前', '规定时间',
         '满意度', '合格率', '优', '良好', '充分', '有效', '规范', '明显提升', '（', '）', '“', '”', '《',
         '》', '的', '和', '全', '次年全', '预算执行率=（预算执行数/预算数）×100%', '、', '；', '，', '。',
         ' ', '　', '\t', '-', '—', '——', '至', '到', '~', '*', '×', 'x', 'X']
PLACE = ['……', '...', '/', '-', '——', '无', '暂无', '略', '待定', '空', 'N/A', 'n/a', 'NA', 'null',
         'NULL', 'XX', 'xx', '*', '？']
FW = str.maketrans('0123456789.', '０１２３４５６７８９．')


def number():
    k = rnd.random()
    if k < 0.5:
        s = str(rnd.randint(0, 1000))
    elif k < 0.7:
        s = '%d.%d' % (rnd.randint(0, 9999), rnd.randint(0, 99999))
    elif k < 0.8:
        s = ''.join(rnd.choice('0123456789') for _ in range(rnd.randint(1, 60)))
        if rnd.random() < 0.5:
            s += '.' + ''.join(rnd.choice('0123456789') for _ in range(rnd.randint(1, 30)))
    elif k < 0.9:
        s = '{:,}'.format(rnd.randint(1000, 10 ** 9))
    else:
        s = '%d.%0*d' % (rnd.randint(0, 10 ** 15), rnd.randint(1, 16), rnd.randint(0, 10 ** 8))
    if rnd.random() < 0.1:
        s = s.translate(FW)
    if rnd.random() < 0.05:
        s = '-' + s
    return s


def date():
    y = rnd.choice([1899, 1900, 2020, 2023, 2199, 2200])
    m = rnd.randint(0, 13)
    d = rnd.randint(0, 32)
    forms = ['%d年%d月%d日前' % (y, m, d), '%d年%d月底' % (y, m), '%d月%d号' % (m, d),
             '%d年%d月至%d年%d月' % (y, m, y + 1, m), '%d月底前完成' % m, '%d年%d月完成' % (y, m),
             '%d年%d月之前' % (y, m), '%d年' % y, '%d月末止' % m]
    return rnd.choice(forms)


def piece():
    k = rnd.random()
    if k < 0.55:
        s = rnd.choice(WORDS) + rnd.choice(PRE) + number() + rnd.choice(UNITS)
        if rnd.random() < 0.15:
            s += rnd.choice(['-', '~', '—', '——', '至', '到']) + number() + rnd.choice(UNITS)
        elif rnd.random() < 0.1:
            s = s + rnd.choice(['*', '×', 'x']) + number() + rnd.choice(UNITS)
        return s + rnd.choice(POST)
    if k < 0.7:
        return date()
    if k < 0.8:
        return rnd.choice(PLACE) * rnd.randint(1, 3)
    return ''.join(rnd.choice(WORDS) for _ in range(rnd.randint(1, 4)))


for _ in range(n):
    parts = [piece() for _ in range(rnd.choice([1, 1, 1, 2, 2, 3, 5, 9]))]
    sep = rnd.choice(['', '，', '；', '、', ' ', ',', '。'])
    add(sep.join(parts))

sys.stdout.write('\n'.join(out) + '\n')
