#!/usr/bin/python3
"""
html_check.py - the printable report rendered in a real browser, headless
Chromium, as an officer would print it: a screenshot and the PDF from
`score --format pdf` and `check --format html`.  Fails when the page does
not render, when Chinese shows as tofu (the title's glyphs must be drawn
and differ from each other: missing glyphs are identical boxes or
nothing), or when a table runs off the A4 page (no word may end past the
right margin, pdftotext -bbox, the outer 8 mm stay blank, and the form
spans the printable width, 186 mm).  Both checks are first shown to fail on a page made to fail
(private-use characters and a 300 mm wide table), so they can fail.
Also checks that text from the tables is escaped (HTML injection).

Usage: html_check.py JIXIAO WORKDIR   (run from the repository root)
Exit 0 good, 1 a check failed, 77 Chromium, poppler-utils or PIL absent.
"""
import os
import shutil
import subprocess
import sys

try:
    from PIL import Image
except ImportError:
    print("SKIP: python3-pil not installed")
    sys.exit(77)

JX, WORK = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
CHROMIUM = next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome")
                 if shutil.which(n)), None)
if not CHROMIUM or not shutil.which("pdftoppm") or not shutil.which("pdftotext"):
    print("SKIP: needs chromium and poppler-utils "
          "(apt-get install chromium fonts-noto-cjk poppler-utils)")
    sys.exit(77)
os.makedirs(WORK, exist_ok=True)
failures = []
DPI = 100
MM = DPI / 25.4


def check(cond, what):
    print(("ok   " if cond else "FAIL ") + what)
    if not cond:
        failures.append(what)


def jx(*args, out=None):
    p = subprocess.run([JX, *args], capture_output=True, timeout=300)
    if p.returncode not in (0, 1):
        print("jixiao", *args, "->", p.returncode, p.stderr.decode()[:400])
        sys.exit(1)
    if out:
        with open(out, "wb") as f:
            f.write(p.stdout)
    return p.stdout.decode()


def chromium(*args):
    prof = os.path.join(WORK, "profile")
    subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
                    "--no-pdf-header-footer", f"--user-data-dir={prof}", *args],
                   capture_output=True, timeout=180)
    shutil.rmtree(prof, ignore_errors=True)


def pages(pdf, tag):
    for f in os.listdir(WORK):
        if f.startswith(tag + "-") and f.endswith(".png"):
            os.remove(os.path.join(WORK, f))
    subprocess.run(["pdftoppm", "-png", "-r", str(DPI), pdf, os.path.join(WORK, tag)], check=True)
    names = sorted((f for f in os.listdir(WORK) if f.startswith(tag + "-") and f.endswith(".png")),
                   key=lambda f: int(f[len(tag) + 1:-4]))
    return [Image.open(os.path.join(WORK, f)).convert("L") for f in names]


def ink(im, x0, y0, x1, y1):
    """Dark pixels in the box."""
    px = im.load()
    return sum(1 for y in range(y0, y1) for x in range(x0, x1) if px[x, y] < 160)


def title_glyphs(im):
    """The glyph bitmaps of the first line of text from the top."""
    w, h = im.size
    px = im.load()
    rows = [any(px[x, y] < 160 for x in range(0, w, 1)) for y in range(h // 3)]
    top = next((y for y, r in enumerate(rows) if r), None)
    if top is None:
        return []
    bot = top
    while bot < len(rows) and rows[bot]:
        bot += 1
    cols = [any(px[x, y] < 160 for y in range(top, bot)) for x in range(w)]
    glyphs, x = [], 0
    while x < w:
        if not cols[x]:
            x += 1
            continue
        x0 = x
        while x < w and cols[x]:
            x += 1
        glyphs.append(tuple(px[i, y] < 160 for y in range(top, bot) for i in range(x0, x)))
    return glyphs


def cjk_drawn(im):
    """Enough glyphs on the title line, and not all the same box."""
    g = title_glyphs(im)
    return len(g) >= 4 and len(set(g)) >= 4


def right_edges(pdf):
    """Per page, the right end (mm) of the rightmost word.  Chromium clips
    what overflows at the page's right margin but keeps the glyph it cut,
    so a table that runs off shows a word ending past the margin."""
    import re
    out = subprocess.run(["pdftotext", "-bbox", pdf, "-"], capture_output=True, text=True).stdout
    edges = []
    for page in out.split("<page ")[1:]:
        xs = [float(x) for x in re.findall(r'xMax="([0-9.]+)"', page)]
        edges.append(max(xs) * 25.4 / 72 if xs else 0.0)
    return edges


RIGHT = 210 - 12 + 0.5  # A4 less the 12 mm margin


def ink_margin(im):
    """Ink in the outer 8 mm on the right."""
    w, h = im.size
    return ink(im, w - int(8 * MM), 0, w, h)


def longest_rule(im):
    """Length and start (mm) of the longest horizontal dark line."""
    w, h = im.size
    px = im.load()
    best = (0, 0)
    for y in range(h):
        run = 0
        for x in range(w):
            if px[x, y] < 120:
                run += 1
                if run > best[0]:
                    best = (run, x - run + 1)
            else:
                run = 0
    return best[0] / MM, best[1] / MM


# ---- the checks fail where they must: tofu and a table off the page
bad = os.path.join(WORK, "bad.html")
with open(bad, "w", encoding="utf-8") as f:
    f.write("<!DOCTYPE html><html><head><meta charset='utf-8'><style>@page{size:A4;margin:14mm 12mm}"
            "h1{font-size:17pt;text-align:center}.p{break-before:page}"
            "table{border-collapse:collapse}td{border:1px solid #000;white-space:nowrap}</style>"
            "</head><body><h1>\ue000\ue001\ue002\ue003\ue004\ue005</h1>"
            "<div class='p'><table style='width:300mm'><tr><td>一级指标</td><td>"
            + "很长的指标名称" * 20 + "</td></tr></table></div></body></html>")
bad_pdf = os.path.join(WORK, "bad.pdf")
chromium(f"--print-to-pdf={bad_pdf}", "file://" + bad)
bp = pages(bad_pdf, "bad") if os.path.exists(bad_pdf) else []
check(len(bp) == 2, "control page rendered (2 pages)")
if len(bp) == 2:
    check(not cjk_drawn(bp[0]), "the tofu check fails on private-use characters")
    check(right_edges(bad_pdf)[1] > RIGHT, "the A4 check fails on a 300 mm table")

# ---- the report
LUS, ACT = "examples/lushan-2020.txt", "examples/lushan-2020.actuals.yaml"
html = os.path.join(WORK, "report.html")
jx("score", LUS, "--actuals", ACT, "--format", "html", out=html)
text = open(html, encoding="utf-8").read()
check("http://" not in text.replace("http://www.w3.org/2000/svg", "") and "https://" not in text,
      "self-contained: no network address")
check("<script" not in text and "<link" not in text, "no script, no external stylesheet")
check("<svg" in text, "inline SVG chart")
check("@page{size:A4" in text and "Noto Sans CJK SC" in text, "A4 print CSS and CJK fonts")

pdf = os.path.join(WORK, "report.pdf")
if os.path.exists(pdf):
    os.remove(pdf)
jx("score", LUS, "--actuals", ACT, "--format", "pdf", "-o", pdf)
check(os.path.exists(pdf) and os.path.getsize(pdf) > 1000, "score --format pdf wrote a PDF")
info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
check("(A4)" in info, "PDF pages are A4")
pt = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
check("项目支出绩效自评表" in pt and "部门整体支出绩效自评表" in pt and "金保工程统一软件维护" in pt,
      "PDF text holds the forms")
check("暂定" in pt, "暂定 shown for the department with unscored indicators")
pp = pages(pdf, "report")
check(len(pp) >= 3, f"summary and one page per table at least ({len(pp)} pages)")
check(cjk_drawn(pp[0]), "Chinese title drawn with real glyphs (no tofu)")
for i, (im, edge) in enumerate(zip(pp, right_edges(pdf))):
    check(edge <= RIGHT and ink_margin(im) == 0,
          f"page {i + 1}: nothing runs off the page (text ends at {edge:.1f} mm)")
length, left = longest_rule(pp[1])
check(180 <= length <= 188 and 10 <= left <= 14,
      f"page 2: the form spans the printable width ({length:.0f} mm from {left:.0f} mm)")

# ---- screenshot of the page as a browser shows it
shot = os.path.join(WORK, "report-screen.png")
chromium(f"--screenshot={shot}", "--window-size=900,1400", "--hide-scrollbars", "file://" + html)
ok = os.path.exists(shot)
check(ok, "screenshot taken")
if ok:
    im = Image.open(shot).convert("L")
    im = im.crop((0, 0, im.size[0] - 30, im.size[1]))  # a scrollbar, if drawn
    check(ink(im, 0, 0, im.size[0], im.size[1]) > 5000, "screenshot shows the page")
    check(cjk_drawn(im), "screenshot: Chinese title drawn with real glyphs")

# ---- check --format html, and injection from table content
inj = os.path.join(WORK, "inject.csv")
with open(inj, "w", encoding="utf-8") as f:
    f.write("项目编码,项目名称,一级指标,二级指标,三级指标,指标值\n"
            "X1,<script>alert(1)</script>,产出指标,数量指标,\"<img src=x onerror=alert(2)>\",≥5个\n"
            "X1,<script>alert(1)</script>,产出指标,质量指标,合格率 & \"达标\",≥95%\n")
out = jx("check", inj, "--format", "html")
check("<script>alert" not in out and "<img src=x" not in out,
      "check --format html: table text cannot inject markup")
check("&lt;img src=x onerror=alert(2)&gt;" in out or "&lt;script&gt;" in out,
      "check --format html: the injected text is shown escaped")
ch = os.path.join(WORK, "check.html")
jx("check", "examples/luolong-2021.txt", "--format", "html", out=ch)
cpdf = os.path.join(WORK, "check.pdf")
chromium(f"--print-to-pdf={cpdf}", "file://" + ch)
cp = pages(cpdf, "check") if os.path.exists(cpdf) else []
check(len(cp) >= 1 and cjk_drawn(cp[0]) and all(e <= RIGHT for e in right_edges(cpdf)),
      "check --format html prints on A4 with Chinese drawn")

if failures:
    print(f"html: {len(failures)} checks failed")
    sys.exit(1)
print(f"html: all checks passed (screenshots in {WORK})")
