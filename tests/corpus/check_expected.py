#!/usr/bin/env python3
"""Checks the expected files of corpus sets against the rules of
README.md (this folder): 8 TAB-separated columns with the standard header,
kind project/department, table/level1/level2/level3/target never empty (every
table of dev2 and dev4 has a 二级 and a target column), actual/points either both set (self-evaluation) or both
empty (target table) within a document, no stray whitespace, no 指标N：
prefix, no (N分) in level1. Then a sanity check against the text: every
level3 and target should be findable in NAME.txt once whitespace is removed
(wrapped cells, split columns and OCR repairs are listed as notes, not errors).
Usage: python3 tests/corpus/check_expected.py SETDIR...   (e.g. tests/corpus/dev2;
exit 1 on an error, 2 on a bad argument)"""
import glob, os, re, sys

HEAD = ['kind', 'table', 'level1', 'level2', 'level3', 'target', 'actual', 'points']
sets = [os.path.abspath(d) for d in sys.argv[1:]]
if not sets:
    print('usage: check_expected.py SETDIR... (corpus sets: tests/corpus/dev2, …)', file=sys.stderr)
    sys.exit(2)
for d in sets:
    if not glob.glob(os.path.join(d, '*.expected.tsv')):
        print('check_expected.py: no *.expected.tsv in %s' % d, file=sys.stderr)
        sys.exit(2)
errors = 0


def err(path, n, msg):
    global errors
    errors += 1
    print('ERROR %s:%d: %s' % (os.path.basename(path), n, msg))


paths = [p for d in sets for p in sorted(glob.glob(os.path.join(d, '*.expected.tsv')))]
for path in paths:
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
