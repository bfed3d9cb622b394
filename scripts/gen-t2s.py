#!/usr/bin/env python3
"""Regenerates the t2s table of core/vocab.c: the traditional forms (OpenCC
s2t and s2tw, `apt-get install opencc`) of every CJK character in the
reader's vocabulary, mapped back to the simplified character.  Entries
already in the table are kept.  Run after adding words to the vocabulary:
    scripts/gen-t2s.py && git diff core/vocab.c
"""
import os, re, subprocess, sys

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
files = ['core/vocab.c', 'core/read/text.c', 'core/layout.c', 'core/read/pdf.c', 'core/read/html.c',
         'rules/national/columns.lua', 'rules/national/framework.lua', 'rules/national/vocabulary.lua']
chars = set()
for f in files:
    for ch in open(os.path.join(root, f), encoding='utf-8').read():
        if 0x4E00 <= ord(ch) <= 0x9FFF:
            chars.add(ch)
chars = sorted(chars)
inp = '\n'.join(chars) + '\n'
pairs = {}
for cfg in ('s2t.json', 's2tw.json'):
    try:
        out = subprocess.run(['opencc', '-c', cfg], input=inp, capture_output=True, text=True,
                             check=True).stdout.split('\n')
    except (OSError, subprocess.CalledProcessError) as e:
        sys.exit('gen-t2s: opencc is needed (apt-get install opencc): %s' % e)
    for s, t in zip(chars, out):
        if len(t) == 1 and t != s:
            pairs.setdefault(ord(t), ord(s))
path = os.path.join(root, 'core/vocab.c')
src = open(path, encoding='utf-8').read()
merged = dict((int(a, 16), int(b, 16)) for a, b in re.findall(r'\{0x([0-9A-F]+), 0x([0-9A-F]+)\}',
                                                              src[src.index('t2s[][2]'):]))
for t, s in pairs.items():
    merged.setdefault(t, s)
items = ['{0x%04X, 0x%04X}' % kv for kv in sorted(merged.items())]
body = '\n'.join('    ' + ', '.join(items[i:i + 6]) + ',' for i in range(0, len(items), 6))
a = src.index('static const uint32_t t2s[][2] = {')
b = src.index('};', a)
src = src[:a] + 'static const uint32_t t2s[][2] = {\n' + body + '\n' + src[b:]
open(path, 'w', encoding='utf-8').write(src)
print('t2s: %d pairs' % len(merged))
