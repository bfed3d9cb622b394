#!/usr/bin/env python3
"""No file includes in a circle; the command (core/cli/ and its web front
end core/serve/) and the examples see only the public API (issue 18).

Builds the include graph of core/**/*.c|h, include/jixiao/*.h and
examples/**/*.c|h (an #include resolved as the build resolves it: "x" next
to the file first, then include/, core/, core/cli/; what resolves to none
of them is a system or third-party header and not part of the graph) and
fails when
  - files include each other in a circle, or modules do (x.c and x.h are
    one module: a.c including b.h while b.c includes a.h is a circle);
  - a public header (include/jixiao/) includes anything but public headers;
  - a file of core/cli/, core/serve/ or examples/ includes a project
    header outside include/jixiao/ and its own folder (core/serve/ may
    also include core/cli/cli.h: `jixiao serve` is one of the commands).
Usage: include_check.py ROOT          (exit 1 listing what is wrong)
       include_check.py --selftest    (the check catches what it should)"""
import glob
import os
import re
import shutil
import sys
import tempfile

INCLUDE = re.compile(r'^[ \t]*#[ \t]*include[ \t]*([<"])([^">]+)[">]', re.M)
SEARCH = ('include', 'core', 'core/cli')
# files that see only the public API, and what else each may include
CLIENTS = ('core/cli/', 'core/serve/', 'examples/')
CLIENT_EXTRA = {'core/serve/': ('core/cli/cli.h',)}


def sources(root):
    pats = ('core/**/*.c', 'core/**/*.h', 'include/jixiao/*.h', 'examples/**/*.c',
            'examples/**/*.h')
    out = set()
    for p in pats:
        out.update(os.path.relpath(f, root) for f in glob.glob(os.path.join(root, p),
                                                                recursive=True))
    return sorted(out)


def resolve(root, f, quote, name):
    dirs = ([os.path.dirname(f)] if quote == '"' else []) + list(SEARCH)
    for d in dirs:
        p = os.path.normpath(os.path.join(d, name))
        if os.path.isfile(os.path.join(root, p)):
            return p
    return None


def graph(root):
    g = {}
    for f in sources(root):
        with open(os.path.join(root, f), encoding='utf-8', errors='replace') as fh:
            text = fh.read()
        g[f] = set()
        for quote, name in INCLUDE.findall(text):
            p = resolve(root, f, quote, name)
            if p:
                g[f].add(p)
    return g


def circles(g):
    """The strongly connected components of more than one node (Tarjan)."""
    index, low, stack, on, out = {}, {}, [], set(), []
    counter = [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(g.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1 or v in g.get(v, ()):
                out.append(sorted(comp))

    sys.setrecursionlimit(max(1000, 4 * len(g)))
    for v in sorted(g):
        if v not in index:
            visit(v)
    return out


def modules(g):
    mod = lambda p: os.path.splitext(p)[0]
    m = {}
    for a, bs in g.items():
        m.setdefault(mod(a), set())
        for b in bs:
            if mod(b) != mod(a):
                m[mod(a)].add(mod(b))
    return m


def outside_api(g):
    """(file, header) pairs where a public header, the command (with
    serve) or an example reaches past the public API."""
    bad = []
    for f, hs in sorted(g.items()):
        own = os.path.dirname(f)
        public = f.startswith('include/jixiao/')
        client = next((c for c in CLIENTS if f.startswith(c)), None)
        if not (public or client):
            continue
        extra = CLIENT_EXTRA.get(client, ())
        for h in sorted(hs):
            if h.startswith('include/jixiao/'):
                continue
            if client and (os.path.dirname(h) == own or h in extra):
                continue
            bad.append((f, h))
    return bad


def check(root):
    g = graph(root)
    problems = []
    for c in circles(g):
        problems.append('files include each other in a circle: ' + ' -> '.join(c))
    for c in circles(modules(g)):
        problems.append('modules (x.c + x.h) include each other in a circle: ' + ', '.join(c))
    for f, h in outside_api(g):
        problems.append('%s includes %s: outside include/jixiao/ and its own folder' % (f, h))
    return problems


def selftest():
    """A tree with each fault the check must catch, and one without."""
    cases = {
        'clean': ({'core/a.h': '', 'core/a.c': '#include "a.h"\n#include <stdio.h>\n',
                   'core/cli/main.c': '#include "cli.h"\n#include "jixiao/x.h"\n',
                   'core/cli/cli.h': '#include "jixiao/x.h"\n', 'include/jixiao/x.h': ''}, 0),
        'header circle': ({'core/a.h': '#include "b.h"\n', 'core/b.h': '#include "a.h"\n'}, 1),
        'module circle': ({'core/a.h': '', 'core/b.h': '', 'core/a.c': '#include "b.h"\n',
                           'core/b.c': '#include "a.h"\n'}, 1),
        'cli internal': ({'core/util.h': '', 'core/cli/main.c': '#include "util.h"\n'}, 1),
        'serve clean': ({'core/cli/cli.h': '#include "jixiao/x.h"\n', 'include/jixiao/x.h': '',
                         'core/serve/serve.h': '#include <stddef.h>\n',
                         'core/serve/cmd_serve.c': '#include "cli.h"\n#include "serve.h"\n',
                         'core/serve/jobs.c': '#include "jixiao/x.h"\n#include "serve.h"\n'},
                        0),
        'serve internal': ({'core/batch.h': '', 'core/serve/jobs.c': '#include "batch.h"\n'},
                           1),
        'serve writer': ({'core/write/write.h': '',
                          'core/serve/jobs.c': '#include "write/write.h"\n'}, 1),
        'serve other cli': ({'core/cli/opts.h': '', 'core/serve/http.c': '#include "opts.h"\n'},
                            1),
        'serve via header': ({'core/util.h': '', 'core/serve/serve.h': '#include "util.h"\n'},
                             1),
        'example internal': ({'core/write/write.h': '',
                              'examples/embed/e.c': '#include <write/write.h>\n'}, 1),
        'public internal': ({'core/util.h': '', 'include/jixiao/x.h': '#include "util.h"\n'}, 1),
    }
    failed = 0
    for name, (tree, want) in cases.items():
        d = tempfile.mkdtemp()
        try:
            for p, text in tree.items():
                os.makedirs(os.path.join(d, os.path.dirname(p)), exist_ok=True)
                with open(os.path.join(d, p), 'w') as fh:
                    fh.write(text)
            got = len(check(d))
        finally:
            shutil.rmtree(d)
        if (got > 0) != (want > 0):
            print('selftest %s: %d problem(s) found, expected %s' % (name, got,
                                                                     'some' if want else 'none'))
            failed = 1
    print('include_check selftest: %s' % ('FAILED' if failed else 'ok'))
    return failed


def main():
    if sys.argv[1:] == ['--selftest']:
        return selftest()
    if len(sys.argv) != 2 or not os.path.isdir(os.path.join(sys.argv[1], 'core')):
        print(__doc__, file=sys.stderr)
        return 2
    problems = check(sys.argv[1])
    for p in problems:
        print(p)
    print('includes: %d file(s), %d problem(s)' % (len(sources(sys.argv[1])), len(problems)))
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
