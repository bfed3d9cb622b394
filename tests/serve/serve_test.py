#!/usr/bin/python3
"""
serve_test.py - `jixiao serve` over loopback, with Python's standard
library only: every page and form, the results against the command line's
own output (same code, same numbers), hostile uploads (not a table, binary,
oversized, 10 000 files, a zip bomb, a zip of too many entries, the name
'../../etc/passwd', a form that is not multipart, a pack that is a path),
the token, then a bounded load loop (8 clients x 200 requests, every
response checked) and the server still answering and stopping cleanly.

Usage: serve_test.py JIXIAO WORKDIR   (run from the repository root)
Exit 0 good, 1 a check failed.
"""
import http.client
import io
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import zipfile

JX, WORK = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
ROOT = os.getcwd()
EX = os.path.join(ROOT, "examples")
LOAD_CLIENTS, LOAD_REQUESTS = 8, int(os.environ.get("JX_SERVE_LOAD", "200"))
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)
    return cond


class Server:
    def __init__(self, *args):
        self.err = open(os.path.join(WORK, "server-%d.log" % time.time_ns()), "w+")
        self.p = subprocess.Popen([JX, "serve", "--listen", "127.0.0.1:0", *args],
                                  stdout=subprocess.DEVNULL, stderr=self.err)
        deadline = time.time() + 30
        self.port = None
        while time.time() < deadline and self.port is None:
            time.sleep(0.05)
            self.err.seek(0)
            m = re.search(r"http://127\.0\.0\.1:(\d+)/", self.err.read())
            if m:
                self.port = int(m.group(1))
            if self.p.poll() is not None:
                break
        if self.port is None:
            self.err.seek(0)
            sys.exit("FAIL: server did not start: " + self.err.read())

    def conn(self):
        return http.client.HTTPConnection("127.0.0.1", self.port, timeout=120)

    def request(self, method, path, body=None, headers=None):
        c = self.conn()
        try:
            c.request(method, path, body=body, headers=headers or {})
            r = c.getresponse()
            return r.status, dict((k.lower(), v) for k, v in r.getheaders()), r.read()
        finally:
            c.close()

    def get(self, path, headers=None):
        return self.request("GET", path, headers=headers)

    def post(self, path, files, fields=None, headers=None):
        body, ctype = multipart(files, fields or {})
        h = {"Content-Type": ctype}
        h.update(headers or {})
        return self.request("POST", path, body, h)

    def follow(self, status, hdrs, body):
        """A 303 to a result: the result page."""
        if status != 303:
            return status, hdrs, body, None
        loc = hdrs["location"]
        s, h, b = self.get(loc)
        return s, h, b, loc

    def stop(self):
        self.p.send_signal(signal.SIGTERM)
        try:
            rc = self.p.wait(30)
        except subprocess.TimeoutExpired:
            self.p.kill()
            rc = "killed"
        self.err.close()
        return rc


def multipart(files, fields):
    """files: [(field, filename, bytes)]; fields: {name: value}"""
    b = "----jixiao-test-%d" % time.time_ns()
    out = io.BytesIO()
    for k, v in fields.items():
        out.write(("--%s\r\nContent-Disposition: form-data; name=\"%s\"\r\n\r\n%s\r\n"
                   % (b, k, v)).encode())
    for field, name, data in files:
        out.write(("--%s\r\nContent-Disposition: form-data; name=\"%s\"; filename=\"%s\"\r\n"
                   "Content-Type: application/octet-stream\r\n\r\n" % (b, field, name)).encode())
        out.write(data)
        out.write(b"\r\n")
    out.write(("--%s--\r\n" % b).encode())
    return out.getvalue(), "multipart/form-data; boundary=" + b


def read(path):
    with open(path, "rb") as f:
        return f.read()


def cli(*args, cwd=EX):
    return subprocess.run([JX, *args], cwd=cwd, capture_output=True)


def text(b):
    return b.decode("utf-8", "replace")


def unescape(s):
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"') \
            .replace("&#39;", "'").replace("&amp;", "&")


# ---------------------------------------------------------------- pages

def test_pages(s):
    for path, tab in (("/", "审核"), ("/selfeval", "自评"), ("/packs", "规则包"), ("/batch", "批量")):
        st, h, b = s.get(path)
        t = text(b)
        check(st == 200 and "text/html" in h.get("content-type", ""), "GET %s: %d" % (path, st))
        check('class="on">%s</a>' % tab in t, "GET %s: tab %s selected" % (path, tab))
        check("content-security-policy" in h, "GET %s: CSP header" % path)
        if path != "/packs":
            check('enctype="multipart/form-data"' in t, "GET %s: an upload form" % path)
    st, _, b = s.get("/packs")
    listing = text(cli("rules", "list").stdout)
    for name in re.findall(r"^(\S+)\s", listing, re.M)[1:]:
        check('id="pack-%s"' % name in text(b), "packs page lists %s" % name)
    check("与 national 不同之处" in text(b) and "依据" in text(b), "packs page: changes and sources")
    for path, ctype in (("/style.css", "text/css"), ("/app.js", "javascript"), ("/healthz", "text/plain")):
        st, h, b = s.get(path)
        check(st == 200 and ctype in h.get("content-type", ""), "GET %s" % path)
    st, _, b = s.get("/nothing-here")
    check(st == 404 and "没有这个页面" in text(b), "404 page in Chinese")
    st, _, _ = s.request("PUT", "/check", b"x")
    check(st == 405, "PUT refused: %d" % st)


# ---------------------------------------------------------------- jobs

def test_check(s):
    st, h, b, loc = s.follow(*s.post("/check", [("file", "lushan-2020.txt", read(EX + "/lushan-2020.txt"))]))
    t = text(b)
    want = text(cli("check", "lushan-2020.txt").stdout).strip().splitlines()[-1]
    check(st == 200 and loc and want in t, "check: the CLI's count line %r on the page" % want)
    first = text(cli("check", "lushan-2020.txt").stdout).splitlines()[0]
    m = re.match(r"(\S+:\d+): (\w+)\[([\w-]+)\]: (.*)", first)
    check(m and "<code>%s</code> %s[%s]：" % (m.group(1), m.group(2), m.group(3)) in t,
          "check: first finding as the CLI prints it")
    st, h, b = s.get(loc + "findings.html")
    cl = cli("check", "lushan-2020.txt", "--format", "html").stdout
    check(st == 200 and b == cl, "check: findings.html is byte for byte `check --format html`")
    check("sandbox" in h.get("content-security-policy", ""), "report served sandboxed")
    # several files at once, one of them not a table
    st, h, b, loc = s.follow(*s.post("/check", [("file", "lushan-2020.txt", read(EX + "/lushan-2020.txt")),
                                                ("file", "notes.txt", "会议纪要：\n没有表格。\n".encode())]))
    t = text(b)
    check(st == 200 and "notes.txt" in t and "no-tables" in t, "check: a file without tables is a finding")


def test_selfeval(s):
    st, h, b = s.post("/template", [("targets", "luolong-2021.txt", read(EX + "/luolong-2021.txt"))])
    check(st == 200 and b[:2] == b"PK", "template: an xlsx (%d)" % st)
    check("attachment" in h.get("content-disposition", ""), "template: sent as a download")
    names = zipfile.ZipFile(io.BytesIO(b)).namelist() if b[:2] == b"PK" else []
    check("xl/workbook.xml" in names, "template: a workbook")
    cl = cli("template", "luolong-2021.txt", "--format", "xlsx", "-o", os.path.join(WORK, "t.xlsx"))
    sheets = lambda z: sorted(n for n in z.namelist() if n.startswith("xl/worksheets/"))
    if check(cl.returncode == 0, "CLI template"):
        zc = zipfile.ZipFile(os.path.join(WORK, "t.xlsx"))
        zs = zipfile.ZipFile(io.BytesIO(b))
        check(sheets(zc) == sheets(zs) and all(zc.read(n) == zs.read(n) for n in sheets(zc)),
              "template: the same sheets as `jixiao template --format xlsx`")
    # the filled sheet with its targets
    st, h, b, loc = s.follow(*s.post("/score", [("targets", "luolong-2021.txt", read(EX + "/luolong-2021.txt")),
                                                ("filled", "luolong-2021.actuals.csv",
                                                 read(EX + "/luolong-2021.actuals.csv"))]))
    t = text(b)
    js = json.loads(cli("score", "luolong-2021.txt", "--actuals", "luolong-2021.actuals.csv",
                        "--format", "json").stdout)
    totals = re.findall(r'<td class="num total">([\d.]+)</td>', t)
    want = ["%.2f" % tb["total"] for tb in js["tables"]]
    check(st == 200 and totals == want, "score: totals on the page = CLI json (%s vs %s)" % (totals[:3], want[:3]))
    st, h, b = s.get(loc + "report.html")
    cl = cli("score", "luolong-2021.txt", "--actuals", "luolong-2021.actuals.csv", "--format", "html").stdout
    check(st == 200 and b == cl, "score: report.html is byte for byte `score --format html`")
    st, h, b = s.get(loc + "scored.xlsx")
    check(st == 200 and b[:2] == b"PK" and "attachment" in h.get("content-disposition", ""), "score: scored.xlsx")
    if shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome"):
        st, h, b = s.get(loc + "report.pdf")
        check(st == 200 and b[:5] == b"%PDF-", "score: report.pdf (%d)" % st)
    else:
        print("note: no Chromium, PDF not tried")
    # a filled 自评表 alone
    st, h, b, loc = s.follow(*s.post("/score", [("filled", "selfeval.txt",
                                                 read(ROOT + "/tests/data/selfeval-luolong-2021.txt"))]))
    js = json.loads(cli("score", ROOT + "/tests/data/selfeval-luolong-2021.txt", "--verify",
                        "--format", "json").stdout)
    totals = re.findall(r'<td class="num total">([\d.]+)</td>', text(b))
    check(st == 200 and totals == ["%.2f" % tb["total"] for tb in js["tables"]],
          "score: a filled 自评表 alone (%s)" % totals)
    # a template alone is not enough, and says so
    st, h, b = s.post("/score", [("filled", "luolong-2021.actuals.csv", read(EX + "/luolong-2021.actuals.csv"))])
    check(st == 422 and "请同时上传目标表" in text(b), "score: a filled template without targets (%d)" % st)
    # actuals that match nothing: the CLI's message, naming file and line
    st, h, b = s.post("/score", [("targets", "lushan-2020.txt", read(EX + "/lushan-2020.txt")),
                                 ("filled", "actuals-unknown.csv", read(ROOT + "/tests/data/actuals-unknown.csv"))])
    msg = text(cli("score", EX + "/lushan-2020.txt", "--actuals", "actuals-unknown.csv",
                   cwd=ROOT + "/tests/data").stderr).strip()
    msg = msg.split(": ", 1)[1] if msg.startswith("jixiao score: ") else msg
    check(st == 422 and msg and msg in unescape(text(b)), "score: the CLI's error message %r" % msg[:80])


def test_formats(s):
    """Office files: the page says what `jixiao check` says, naming sheet and
    cell; a file the CLI refuses gets the CLI's message."""
    fx = os.path.join(ROOT, "tests/office/fixtures")
    for n in ("dept.xlsx", "dept.docx", "dept-gb2312.html", "long.pdf", "selfeval.xlsx",
              "two-sheets.xlsx", "hostile-bomb.xlsx", "hostile-xxe.xlsx", "hostile-truncated.xlsx",
              "hostile-notpdf.pdf"):
        if n.endswith(".pdf") and not shutil.which("pdftotext"):
            continue
        st, h, b, loc = s.follow(*s.post("/check", [("file", n, read(os.path.join(fx, n)))]))
        t = unescape(text(b))
        r = cli("check", n, cwd=fx)
        if r.returncode == 2:
            msg = text(r.stderr).strip().splitlines()[0].replace("jixiao check: ", "", 1)
            check(st == 422 and msg in t, "%s: the CLI's error %r (%d)" % (n, msg[:60], st))
            continue
        lines = text(r.stdout).strip().splitlines()
        check(st == 200 and lines[-1] in t, "%s: the CLI's count line (%d)" % (n, st))
        for line in lines[:-1]:
            m = re.match(r"(.+?): (\w+)\[([\w-]+)\]: (.*)", line)
            if not check(m and "%s</code> %s[%s]：%s" % m.groups() in t, "%s: finding %r" % (n, line[:70])):
                break
    st, h, b, loc = s.follow(*s.post("/score", [("targets", "luolong-2021.txt", read(EX + "/luolong-2021.txt")),
                                                ("filled", "luolong-2021.actuals.xlsx",
                                                 read(os.path.join(fx, "luolong-2021.actuals.xlsx")))]))
    js = json.loads(cli("score", EX + "/luolong-2021.txt", "--actuals", "luolong-2021.actuals.xlsx",
                        "--format", "json", cwd=fx).stdout)
    totals = re.findall(r'<td class="num total">([\d.]+)</td>', text(b))
    check(st == 200 and totals == ["%.2f" % tb["total"] for tb in js["tables"]], "score: a filled .xlsx")


def ex_docs():
    """The example documents: the files of examples/ (not examples/embed/)."""
    return [n for n in sorted(os.listdir(EX)) if os.path.isfile(EX + "/" + n)]


def test_batch(s):
    files = [("file", n, read(EX + "/" + n)) for n in ex_docs()]
    files.append(("file", "broken.xlsx", b"PK\x03\x04" + b"\x00" * 200))
    st, h, b, loc = s.follow(*s.post("/batch", files))
    t = text(b)
    check(st == 200 and t.count("<tr>") == 4, "batch: one row per document (3 + header)")
    st, h, nd = s.get(loc + "results.ndjson")
    lines = [json.loads(l) for l in nd.decode().splitlines()]
    check(st == 200 and len(lines) == 3, "batch: 3 NDJSON lines")
    d = tempfile.mkdtemp(dir=WORK)
    for n in ex_docs():
        shutil.copy(EX + "/" + n, d)
    cl = [json.loads(l) for l in cli("batch", "--quiet", "-j", "1", "--ordered", ".", cwd=d).stdout.decode().splitlines()]
    by = {os.path.basename(x["source"]): x for x in cl}
    for x in lines:
        c = by.get(x["source"])
        if x["status"] == "ok":
            check(c and [t["total"] for t in c["tables"]] == [t["total"] for t in x["tables"]]
                  and [t["grade"] for t in c["tables"]] == [t["grade"] for t in x["tables"]],
                  "batch: %s scored as `jixiao batch`" % x["source"])
    bad = [x for x in lines if x["source"] == "broken.xlsx"]
    check(bad and bad[0]["status"] == "error" and "broken.xlsx" in bad[0]["error"]["message"],
          "batch: the broken file is an error line naming it")
    for k in (1, 2):
        st, _, b = s.get(loc + "doc-%d.html" % k)
        check(st == 200 and b"<html" in b[:300].lower(), "batch: report %d" % k)
    # the same as a zip, entries in a folder, a name from Windows (GBK)
    z = io.BytesIO()
    with zipfile.ZipFile(z, "w", zipfile.ZIP_DEFLATED) as zf:
        for n in ex_docs():
            zf.writestr("2021/" + n, read(EX + "/" + n))
    st, h, b, loc = s.follow(*s.post("/batch", [("file", "docs.zip", z.getvalue())]))
    check(st == 200 and text(b).count("<tr>") == 3, "batch: a zip gives the same rows")


# ---------------------------------------------------------------- hostile

def alive(s):
    st, _, b = s.get("/healthz")
    return st == 200 and b == b"ok\n" and s.p.poll() is None


def test_hostile(s):
    # not a table
    st, h, b = s.post("/template", [("targets", "letter.txt", "尊敬的领导：\n您好。\n".encode())])
    check(st == 422 and "letter.txt: 没有找到绩效目标表" in text(b), "not a table: template says why (%d)" % st)
    # binary
    rnd = os.urandom(200000)
    for path, field in (("/check", "file"), ("/template", "targets"), ("/score", "filled"), ("/batch", "file")):
        st, h, b = s.post(path, [(field, "random.bin", rnd)])
        st, h, b, _ = s.follow(st, h, b)
        check(st in (200, 422) and "random.bin" in text(b), "binary to %s: answered, names it (%d)" % (path, st))
    # a zip that is not an office file, and a truncated xlsx
    st, h, b = s.post("/template", [("targets", "fake.xlsx", b"PK\x03\x04garbage" * 100)])
    check(st == 422 and "fake.xlsx" in text(b), "broken xlsx: the reader's message (%d)" % st)
    # oversized: one file over the cap (the body is under the request cap)
    big = b"a" * (21 << 20)
    try:
        st, h, b = s.post("/check", [("file", "big.txt", big)])
        check(st == 413 and "超过" in text(b), "oversized file: 413 (%d)" % st)
    except (ConnectionError, BrokenPipeError) as e:
        print("note: oversized upload: connection closed early (%s)" % e.__class__.__name__)
    check(alive(s), "alive after an oversized file")
    # a request body over the cap, refused on its Content-Length before reading it
    c = s.conn()
    c.putrequest("POST", "/check")
    c.putheader("Content-Type", "multipart/form-data; boundary=x")
    c.putheader("Content-Length", str(2 << 30))
    c.putheader("Expect", "100-continue")
    c.endheaders()
    r = c.getresponse()
    check(r.status == 413 and "超过" in text(r.read()), "2 GiB Content-Length: 413 at once (%d)" % r.status)
    c.close()
    # 10 000 files
    st, h, b = s.post("/check", [("file", "f%d.txt" % i, b"x") for i in range(10000)])
    check(st == 413 and "一次最多上传 200 个文件" in text(b), "10 000 files: 413 (%d)" % st)
    check(alive(s), "alive after 10 000 files")
    # a zip bomb: 1 GiB of zeros in ~1 MiB; and a zip of 5000 entries
    bomb = os.path.join(WORK, "bomb.zip")
    if not os.path.exists(bomb):
        with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
            with zf.open("zeros.txt", "w", force_zip64=True) as w:
                chunk = bytes(1 << 20)
                for _ in range(1024):
                    w.write(chunk)
    t0 = time.time()
    st, h, b = s.post("/batch", [("file", "bomb.zip", read(bomb))])
    check(st == 413 and "解压后过大" in text(b), "zip bomb: refused (%d, %.1fs)" % (st, time.time() - t0))
    z = io.BytesIO()
    with zipfile.ZipFile(z, "w") as zf:
        for i in range(5000):
            zf.writestr("f%d.txt" % i, "x")
    st, h, b = s.post("/batch", [("file", "many.zip", z.getvalue())])
    check(st == 413 and "超过" in text(b), "zip of 5000 entries: refused (%d)" % st)
    st, h, b = s.post("/batch", [("file", "bad.zip", b"PK\x03\x04" + os.urandom(5000))])
    check(st in (413, 422) or "bad.zip" in text(s.follow(st, h, b)[2]), "a corrupt zip: answered (%d)" % st)
    # a name that is a path
    before = os.stat("/etc/passwd")
    st, h, b, loc = s.follow(*s.post("/check", [("file", "../../etc/passwd", read(EX + "/lushan-2020.txt"))]))
    t = text(b)
    check(st == 200 and "<td>passwd</td>" in t and "../" not in t, "'../../etc/passwd': shown as the label 'passwd'")
    after = os.stat("/etc/passwd")
    check(before.st_mtime == after.st_mtime and before.st_size == after.st_size, "/etc/passwd untouched")
    st, h, b = s.post("/check", [("file", "..\\..\\x\t<script>.txt", b"x")])
    st, h, b, _ = s.follow(st, h, b)
    check(st == 200 and "<script>.txt" not in text(b) and "<td>x__script_.txt</td>" in text(b),
          "a name with markup and a TAB: a clean label")
    # not a multipart form, an unknown pack, a pack given as a path
    st, h, b = s.request("POST", "/check", b"file=abc", {"Content-Type": "application/x-www-form-urlencoded"})
    check(st == 400, "urlencoded form: 400 (%d)" % st)
    st, h, b = s.request("POST", "/check", b"{}", {"Content-Type": "application/json"})
    check(st == 400, "JSON body: 400 (%d)" % st)
    for pack in ("../../tmp", "/etc", "nosuchpack"):
        st, h, b = s.post("/check", [("file", "a.txt", b"x")], {"rules": pack})
        check(st == 400 and "没有这个规则包" in text(b), "pack %r refused (%d)" % (pack, st))
    st, h, b = s.post("/check", [])
    check(st == 400 and "请先选择" in text(b), "no file: 400 (%d)" % st)
    # result paths
    for path in ("/r/../../etc/passwd", "/r/" + "0" * 32 + "/report.html", "/r/%2e%2e/x",
                 "/r/" + "a" * 32 + "/../../../etc/passwd"):
        st, h, b = s.get(path)
        check(st == 404, "GET %s: 404 (%d)" % (path, st))
    # another site's page posting here
    st, h, b = s.post("/check", [("file", "a.txt", b"x")], headers={"Origin": "http://evil.example"})
    check(st == 403, "cross-site POST: 403 (%d)" % st)
    # a half-sent upload, then gone
    c = s.conn()
    c.putrequest("POST", "/check")
    c.putheader("Content-Type", "multipart/form-data; boundary=x")
    c.putheader("Content-Length", "100000")
    c.endheaders()
    c.send(b"--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nabc")
    c.close()
    check(alive(s), "alive after hostile uploads")


def test_data_dir():
    d = tempfile.mkdtemp(dir=WORK)
    s = Server("--data", d)
    try:
        st, h, b, loc = s.follow(*s.post("/check", [("file", "../../etc/passwd", read(EX + "/lushan-2020.txt")),
                                                    ("file", "../x.txt", read(EX + "/lushan-2020.txt"))]))
        check(st == 200 and loc, "--data: check")
        st, h, b, loc = s.follow(*s.post("/score", [("targets", "/tmp/evil.txt", read(EX + "/luolong-2021.txt")),
                                                    ("filled", "a.csv", read(EX + "/luolong-2021.actuals.csv"))]))
        st2, _, b2 = s.get(loc + "scored.xlsx")
        check(st == 200 and st2 == 200 and b2[:2] == b"PK", "--data: score and download")
        names = sorted(os.path.relpath(os.path.join(r, f), d) for r, _, fs in os.walk(d) for f in fs)
        ok = all(re.fullmatch(r"results/[0-9a-f]{32}/(index\.html|findings\.html|report\.html|scored\.xlsx)", n)
                 for n in names)
        check(ok and len(names) == 5, "--data: only result files with the server's names: %s" % names)
        check(not os.path.exists("/tmp/evil.txt") or os.path.getmtime("/tmp/evil.txt") < time.time() - 60,
              "--data: nothing written at an upload's name")
        check(os.listdir(os.path.join(d, "tmp")) == [], "--data: temporary files removed")
    finally:
        check(s.stop() == 0, "--data server stops with 0")


def test_token():
    r = subprocess.run([JX, "serve", "--listen", "0.0.0.0:0"], capture_output=True, timeout=30)
    check(r.returncode == 2 and "--token" in r.stderr.decode(), "beyond loopback without --token: refused")
    r = subprocess.run([JX, "serve", "--token", "short"], capture_output=True, timeout=30)
    check(r.returncode == 2, "a short token: refused")
    tok = "t0k3n-" + os.urandom(12).hex()
    s = Server("--token", tok)
    try:
        st, h, b = s.get("/")
        check(st == 401 and "访问口令" in text(b), "token: 401 without it (%d)" % st)
        st, h, b = s.post("/check", [("file", "a.txt", b"x")])
        check(st == 401, "token: POST without it 401 (%d)" % st)
        st, h, b = s.get("/?token=wrong-" + tok)
        check(st == 401, "token: a wrong one 401 (%d)" % st)
        st, h, b = s.get("/selfeval?token=" + tok)
        cookie = h.get("set-cookie", "")
        check(st == 303 and h.get("location") == "/selfeval" and "HttpOnly" in cookie and
              "SameSite=Strict" in cookie, "token: the link sets the cookie")
        st, h, b = s.get("/", {"Cookie": cookie.split(";")[0]})
        check(st == 200, "token: the cookie opens the page (%d)" % st)
        st, h, b = s.post("/check", [("file", "lushan.txt", read(EX + "/lushan-2020.txt"))],
                          headers={"Authorization": "Bearer " + tok})
        check(st == 303, "token: Bearer header (%d)" % st)
    finally:
        check(s.stop() == 0, "token server stops with 0")


# ---------------------------------------------------------------- load

def test_load(s):
    lushan = read(EX + "/lushan-2020.txt")
    want = text(cli("check", "lushan-2020.txt").stdout).strip().splitlines()[-1]
    lat, errs = [], []
    lock = threading.Lock()

    def client(k):
        for i in range(LOAD_REQUESTS):
            kind = (i + k) % 4
            t0 = time.time()
            try:
                if kind == 0:
                    st, h, b = s.get("/")
                    ok = st == 200 and "绩效目标审核" in text(b)
                elif kind == 1:
                    st, h, b = s.get("/packs")
                    ok = st == 200 and 'id="pack-national"' in text(b)
                elif kind == 2:
                    st, h, b = s.post("/check", [("file", "lushan-%d-%d.txt" % (k, i), lushan)])
                    ok = st == 303 and h.get("location", "").startswith("/r/")
                    if ok:
                        st, h, b = s.get(h["location"])
                        ok = st == 200 and want in text(b) and "lushan-%d-%d.txt" % (k, i) in text(b)
                else:
                    st, h, b = s.post("/template", [("targets", "t.txt", lushan)])
                    ok = st == 200 and b[:2] == b"PK"
            except Exception as e:  # a lost request is a failure, not a crash of the test
                ok, st = False, repr(e)
            with lock:
                lat.append(time.time() - t0)
                if not ok:
                    errs.append((k, i, kind, st))
    t0 = time.time()
    ts = [threading.Thread(target=client, args=(k,)) for k in range(LOAD_CLIENTS)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    wall = time.time() - t0
    lat.sort()
    n = len(lat)
    print("load: %d clients x %d = %d requests in %.1f s (%.0f/s), failures %d, latency p50 %.0f ms, "
          "p95 %.0f ms, max %.0f ms" % (LOAD_CLIENTS, LOAD_REQUESTS, n, wall, n / wall, len(errs),
                                        lat[n // 2] * 1000, lat[int(n * .95)] * 1000, lat[-1] * 1000))
    check(n == LOAD_CLIENTS * LOAD_REQUESTS and not errs, "load: every response right (%s)" % errs[:5])
    check(alive(s), "alive after the load")


def main():
    os.makedirs(WORK, exist_ok=True)
    s = Server()
    try:
        test_pages(s)
        test_check(s)
        test_selfeval(s)
        test_formats(s)
        test_batch(s)
        test_hostile(s)
        test_load(s)
        check(alive(s), "alive at the end")
    finally:
        check(s.stop() == 0, "server stops with 0 on SIGTERM")
    test_data_dir()
    test_token()
    if failures:
        print("%d check(s) failed" % len(failures))
        return 1
    print("serve: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
