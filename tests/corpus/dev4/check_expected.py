#!/usr/bin/env python3
"""Checks the dev4 expected files against the rules of ../README.md:
8 TAB-separated columns with the standard header, kind project/department,
table/level1/level2/level3/target never empty (every dev4 table has a 二级 and
a target column), actual/points either both set (self-evaluation) or both
empty (target table) within a document, no stray whitespace, no 指标N：
prefix, no (N分) in level1. Then a sanity check against the text: every
level3 and target should be findable in NAME.txt once whitespace is removed
(wrapped cells, split columns and OCR repairs are listed as notes, not errors).
Usage: python3 tests/corpus/dev4/check_expected.py   (exit 1 on an error)"""
import glob, os, re, sys

HEAD = ['kind', 'table', 'level1', 'level2', 'level3', 'target', 'actual', 'points']
here = os.path.dirname(os.path.abspath(__file__))
errors = 0


def err(path, n, msg):
    global errors
    errors += 1
    print('ERROR %s:%d: %s' % (os.path.basename(path), n, msg))


for path in sorted(glob.glob(os.path.join(here, '*.expected.tsv'))):
    lines = open(path, encoding='utf-8').read().split('\n')
    if lines[-1] == '':
        lines.pop()
    if lines[0].split('\t') != HEAD:
        err(path, 1, 'bad header')
    text = open(path.replace('.expected.tsv', '.txt'), encoding='utf-8').read()
    flat = re.sub(r'\s+', '', text)
    kinds = set()
    for n, line in enumerate(lines[1:], 2):
        c = line.split('\t')
        if len(c) != 8:
            err(path, n, '%d columns' % len(c))
            continue
        r = dict(zip(HEAD, c))
        for k in HEAD[:6]:
            if not r[k]:
                err(path, n, 'empty ' + k)
        for k in HEAD:
            if r[k] != r[k].strip():
                err(path, n, 'whitespace around ' + k)
        if r['kind'] not in ('project', 'department'):
            err(path, n, 'kind ' + r['kind'])
        if re.match(r'指标\d+[:：]', r['level3']):
            err(path, n, 'level3 keeps its 指标N： prefix')
        if re.search(r'[（(]\d+分[）)]', r['level1']):
            err(path, n, 'level1 keeps its points')
        if bool(r['actual']) != bool(r['points']):
            err(path, n, 'actual and points: one set, one empty')
        kinds.add(bool(r['actual']))
        if r['points'] and not re.fullmatch(r'\d+(\.\d+)?', r['points']):
            err(path, n, 'points not a number: ' + r['points'])
        for k in ('level3', 'target'):
            if re.sub(r'\s+', '', r[k]) not in flat:
                print('note  %s:%d: %s %r not found verbatim in the text' % (os.path.basename(path), n, k, r[k]))
    if len(kinds) > 1:
        err(path, 0, 'mixes rows with and without actual/points')
    print('%-50s %3d records' % (os.path.basename(path), len(lines) - 1))
print('errors: %d' % errors)
sys.exit(1 if errors else 0)
