#!/usr/bin/env bash
# Generalization measure for the table reader: runs `JIXIAO parse --format json`
# on every document of a corpus set and compares the indicator records with the
# hand-written NAME.expected.tsv files. A measure, not a test: always exits 0.
#
#   tests/corpus/measure.sh JIXIAO [dev|dev2|dev3|dev4|dev5|dev6|dev7|dev8|dev9|dev10|dev11|dev12|dev13|holdout|all] [-v]
#
# A document is NAME.txt, or (dev5 on) NAME.md/.csv/.tsv/.html/.xlsx/.docx with
# NAME.expected.tsv beside it.
#
# -v also lists, per document, the expected indicators that were not found and
# the records found that were not expected. See tests/corpus/README.md.
set -u
if [ $# -lt 1 ]; then
    echo "usage: $0 JIXIAO [dev|dev2|dev3|dev4|dev5|dev6|dev7|dev8|dev9|dev10|dev11|dev12|dev13|holdout|all] [-v]" >&2
    exit 0
fi
JX=$1
shift
SET=dev
VERBOSE=
for a in "$@"; do
    case $a in
        -v) VERBOSE=-v ;;
        dev|dev2|dev3|dev4|dev5|dev6|dev7|dev8|dev9|dev10|dev11|dev12|dev13|holdout|all) SET=$a ;;
        *) if [ -d "$a" ]; then SET=$(cd "$a" && pwd)   # a directory of one's own fixtures
           else echo "$0: unknown argument '$a' (dev|dev2|dev3|dev4|dev5|dev6|dev7|dev8|dev9|dev10|dev11|dev12|dev13|holdout|all, a directory, -v)" >&2; exit 0; fi ;;
    esac
done
HERE=$(cd "$(dirname "$0")" && pwd)
exec python3 - "$JX" "$HERE" "$SET" "$VERBOSE" <<'PY'
import collections, glob, json, os, re, subprocess, sys

jx, here, which, verbose = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4] == '-v'
sets = ['dev', 'holdout'] if which == 'all' else [which]

# traditional -> simplified, for the characters of the traditional documents
T = '頁開預決陽運輸項績標發佈時間來體稱鄉營補貼門資總額萬級產數線條車輛質準點責撥單會態佔滿務對關閉農戶驗羣續響當財評縣設實執際進籌為鏡內網傳復棟機濟統經繕護遊長養綠積樹籬業達蟲區蓋顯寧銀報僑動參場帶廣曉瀏範舉華規覽觀講費辦邊題館'
S = '页开预决阳运输项绩标发布时间来体称乡营补贴门资总额万级产数线条车辆质准点责拨单会态占满务对关闭农户验群续响当财评县设实执际进筹为镜内网传复栋机济统经缮护游长养绿积树篱业达虫区盖显宁银报侨动参场带广晓浏范举华规览观讲费办边题馆'
TRAD = str.maketrans(T, S)
# characters of dev5's traditional document (f11), applied on dev5 only so the
# other sets keep exactly the numbers of their baselines
T5 = '個價冊圖書採讀購較週閱'
S5 = '个价册图书采读购较周阅'
# characters of dev7's traditional documents (h01, t02), on dev7 only
T7 = '噸轉過洩颱風後處無環衛訴島蝦綜種個畝減'
S7 = '吨转过泄台风后处无环卫诉岛虾综种个亩减'
# characters of dev8's traditional document (t18), on dev8 only
T8 = '園檢畝葉術訓鷹'
S8 = '园检亩叶术训鹰'
TRAD_BY_SET = {'dev5': str.maketrans(T + T5, S + S5), 'dev7': str.maketrans(T + T7, S + S7),
               'dev8': str.maketrans(T + T8, S + S8)}
PINYIN = re.compile(r'\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü ]+\)')
POINTS = re.compile(r'\(\d+(?:\.\d+)?分\)')


def fold(s):
    """light normalization: full width -> half width, traditional -> simplified,
    inline pinyin dropped, all whitespace removed"""
    if s is None:
        return ''
    s = str(s)
    out = []
    for c in s:
        o = ord(c)
        if 0xFF01 <= o <= 0xFF5E:
            c = chr(o - 0xFEE0)
        elif c == '\u3000':
            c = ' '
        out.append(c)
    s = ''.join(out).translate(trad)
    s = s.replace('≧', '≥').replace('≦', '≤').replace('>=', '≥').replace('<=', '≤')
    s = PINYIN.sub('', s)
    return re.sub(r'\s+', '', s)


def l1_class(s):
    s = POINTS.sub('', fold(s)).replace('指标', '')
    if '产出' in s or '完成' in s:
        return '产出'
    if '效益' in s or '效果' in s:
        return '效益'
    if '满意' in s:
        return '满意'
    return s[:2]


def l2_key(s):
    s = POINTS.sub('', fold(s))
    s = re.sub(r'\([^)]*\)', '', s)
    return s.replace('指标', '')


def l3_key(s):
    return re.sub(r'^指标\d+[:：]', '', fold(s))


def num(s):
    m = re.search(r'-?\d+(?:\.\d+)?', s)
    return float(m.group()) if m else None


def actual_ok(exp, got):
    e, g = fold(exp), fold(got)
    if e == g:
        return True
    # a bare number against the same number with its unit (度量单位 columns)
    bare = re.fullmatch(r'-?\d+(?:\.\d+)?%?', e) or re.fullmatch(r'-?\d+(?:\.\d+)?%?', g)
    return bool(bare) and num(e) is not None and num(e) == num(g)


def points_ok(exp, got):
    if got is None:
        return False
    try:
        return abs(float(exp) - float(got)) < 1e-6
    except (TypeError, ValueError):
        return fold(exp) == fold(got)


# documents other than NAME.txt, taken when NAME.expected.tsv is beside them
OTHER_EXT = ('.md', '.csv', '.tsv', '.html', '.xlsx', '.docx', '.pdf', '.doc', '.xls')


def documents(d):
    files = glob.glob(os.path.join(d, '*.txt'))
    for f in glob.glob(os.path.join(d, '*')):
        if f.endswith(OTHER_EXT) and not f.endswith('.expected.tsv') \
                and os.path.exists(os.path.splitext(f)[0] + '.expected.tsv'):
            files.append(f)
    return sorted(files)


def read_expected(path):
    rows = []
    with open(path, encoding='utf-8') as fh:
        head = fh.readline().rstrip('\n').split('\t')
        for line in fh:
            line = line.rstrip('\n')
            if not line:
                continue
            cells = line.split('\t')
            cells += [''] * (len(head) - len(cells))
            rows.append(dict(zip(head, cells)))
    return rows


def run(path):
    try:
        p = subprocess.run([jx, 'parse', '--format', 'json', path], capture_output=True, timeout=60)
    except subprocess.TimeoutExpired:
        return None, 'timeout', -1
    except OSError as e:
        return None, str(e), -1
    err = p.stderr.decode('utf-8', 'replace').strip().split('\n')[0] if p.stderr else ''
    try:
        return json.loads(p.stdout.decode('utf-8')), err, p.returncode
    except ValueError:
        return None, err or 'no JSON on stdout', p.returncode


def found_records(js):
    recs, skipped = [], 0
    if not js:
        return recs, skipped
    docs = js.get('documents', [js]) if isinstance(js, dict) else []
    for d in docs:
        for t in d.get('tables') or []:
            for ind in t.get('indicators') or []:
                per = ind.get('period')
                if per and per != '年度':
                    skipped += 1
                    continue
                tg = ind.get('target')
                if isinstance(tg, dict):
                    tg = tg.get('raw')
                recs.append({'kind': t.get('kind'), 'level1': ind.get('level1'), 'level2': ind.get('level2'),
                             'level3': ind.get('level3'), 'target': tg, 'actual': ind.get('actual'),
                             'points': ind.get('points')})
    return recs, skipped


def key(r):
    return (l1_class(r.get('level1')), l3_key(r.get('level3')), fold(r.get('target')))


def pct(a, b):
    return '   -  ' if b == 0 else '%5.1f%%' % (100.0 * a / b)


def measure(path):
    exp = read_expected(os.path.splitext(path)[0] + '.expected.tsv')
    js, err, rc = run(path)
    got, skipped = found_records(js)
    pool = collections.defaultdict(list)
    for g in got:
        pool[key(g)].append(g)
    c = collections.Counter()
    missing = []
    for e in exp:
        cand = pool.get(key(e))
        if not cand:
            missing.append(e)
            continue
        pick = next((g for g in cand if l2_key(g.get('level2')) == l2_key(e['level2'])), cand[0])
        cand.remove(pick)
        c['matched'] += 1
        c['kind_n'] += 1
        c['kind_ok'] += pick.get('kind') == e['kind']
        if e['level2']:
            c['l2_n'] += 1
            c['l2_ok'] += l2_key(pick.get('level2')) == l2_key(e['level2'])
        if e['actual']:
            c['act_n'] += 1
            c['act_ok'] += actual_ok(e['actual'], pick.get('actual'))
        if e['points']:
            c['pts_n'] += 1
            c['pts_ok'] += points_ok(e['points'], pick.get('points'))
    c['expected'], c['found'], c['skipped'] = len(exp), len(got), skipped
    extra = [g for v in pool.values() for g in v]
    return c, rc, err, missing, extra


total = collections.Counter()
empty_ok = empty_n = 0
for s in sets:
    trad = TRAD_BY_SET.get(s, TRAD)
    files = documents(os.path.join(here, s))
    print('== %s (%d documents)' % (s, len(files)))
    print('%-42s %4s %5s %5s %7s %7s  %-7s %-7s %-7s %s' % ('document', 'exp', 'found', 'match', 'recall', 'prec',
                                                          'level2', 'actual', 'points', 'note'))
    sub = collections.Counter()
    for f in files:
        c, rc, err, missing, extra = measure(f)
        err = err.replace(f, os.path.basename(f))
        name = os.path.splitext(os.path.basename(f))[0]
        note = ''
        if c['expected'] == 0:
            empty_n += 1
            ok = c['found'] == 0
            empty_ok += ok
            note = ('ok, ' if ok else 'FOUND RECORDS, ') + 'exit %d' % rc + (': ' + err if err else '')
        elif c['found'] == 0:
            note = 'exit %d' % rc + (': ' + err if err else '')
        if c['skipped']:
            note += (' ' if note else '') + '(%d non-年度 records left out)' % c['skipped']
        fr = lambda a, b: '%d/%d' % (c[a], c[b]) if c[b] else '-'
        print('%-42s %4d %5d %5d %7s %7s  %-7s %-7s %-7s %s' % (
            name, c['expected'], c['found'], c['matched'], pct(c['matched'], c['expected']),
            pct(c['matched'], c['found']), fr('l2_ok', 'l2_n'), fr('act_ok', 'act_n'), fr('pts_ok', 'pts_n'), note[:120]))
        if verbose:
            for e in missing:
                print('    - missing  %s | %s | %s | %s' % (e['level1'], e['level2'], e['level3'], e['target']))
            for g in extra:
                print('    + extra    %s | %s | %s | %s' % (g.get('level1'), g.get('level2'), g.get('level3'), g.get('target')))
        sub.update(c)
    total.update(sub)
    print('%-42s %4d %5d %5d %7s %7s  level2 %d/%d  actual %d/%d  points %d/%d  kind %d/%d' % (
        'TOTAL ' + s, sub['expected'], sub['found'], sub['matched'], pct(sub['matched'], sub['expected']),
        pct(sub['matched'], sub['found']), sub['l2_ok'], sub['l2_n'], sub['act_ok'], sub['act_n'],
        sub['pts_ok'], sub['pts_n'], sub['kind_ok'], sub['kind_n']))
    print()
if len(sets) > 1:
    print('%-42s %4d %5d %5d %7s %7s' % ('TOTAL all', total['expected'], total['found'], total['matched'],
                                         pct(total['matched'], total['expected']), pct(total['matched'], total['found'])))
print('documents without an indicator table read as empty: %d/%d' % (empty_ok, empty_n))
PY
exit 0
