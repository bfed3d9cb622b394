// browser_test.cjs - `jixiao serve` in a real browser: headless Chromium
// driven by puppeteer-core does what an officer does.  审核: upload the
// seed, read the findings.  自评: upload the seed, download the Excel
// template, fill it (tests/serve/fill_template.py, as an officer fills the
// yellow cells), upload it with the targets, and check the numbers on the
// result page and on the printable report against `jixiao score`.  Also
// the 规则包 and 批量 tabs, the size check before upload, and no console
// error (a CSP violation would be one).  Screenshots go to WORKDIR.
//
// Usage: node browser_test.cjs JIXIAO WORKDIR   (from the repository root;
// tests/serve/browser.sh finds Chromium and puppeteer-core, or skips)
'use strict';
const { spawn, spawnSync, execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const JX = path.resolve(process.argv[2]);
const WORK = path.resolve(process.argv[3]);
const ROOT = process.cwd();
const EX = path.join(ROOT, 'examples');
const puppeteer = require(path.join(process.env.JIXIAO_NODE_MODULES, 'puppeteer-core'));

const failures = [];
function check(cond, what) {
  if (!cond) {
    failures.push(what);
    console.log('FAIL: ' + what);
  } else {
    console.log('ok: ' + what);
  }
  return cond;
}

function startServer() {
  return new Promise((resolve, reject) => {
    const p = spawn(JX, ['serve', '--listen', '127.0.0.1:0'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    const timer = setTimeout(() => reject(new Error('server did not start: ' + err)), 30000);
    p.stderr.on('data', (d) => {
      err += d;
      const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(err);
      if (m) {
        clearTimeout(timer);
        resolve({ p, url: 'http://127.0.0.1:' + m[1] });
      }
    });
    p.on('exit', (code) => reject(new Error('server exited ' + code + ': ' + err)));
  });
}

function cli(args) { // stdout whatever the exit status (check exits 1 on errors found)
  return spawnSync(JX, args, { cwd: EX, maxBuffer: 64 << 20 }).stdout.toString();
}

async function waitForFile(dir, ext, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const f = fs.readdirSync(dir).find((n) => n.endsWith(ext));
    if (f) return path.join(dir, f);
    await new Promise((r) => setTimeout(r, 200));
  }
  return null;
}

async function submit(page, formSel) {
  await Promise.all([page.waitForNavigation({ timeout: 120000 }), page.click(formSel + ' button[type=submit]')]);
}

async function main() {
  fs.mkdirSync(WORK, { recursive: true });
  const dl = fs.mkdtempSync(path.join(WORK, 'downloads-'));
  const { p: server, url } = await startServer();
  const browser = await puppeteer.launch({
    executablePath: process.env.JIXIAO_CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--lang=zh-CN'],
  });
  const consoleErrors = [];
  try {
    const page = await browser.newPage();
    page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
    page.on('pageerror', (e) => consoleErrors.push(String(e)));
    await page.setViewport({ width: 1280, height: 900 });
    const shot = (name) => page.screenshot({ path: path.join(WORK, name), fullPage: true });

    // ---- 审核: the seed's findings
    await page.goto(url + '/', { waitUntil: 'load' });
    await shot('01-check-form.png');
    check(await page.$eval('nav a.on', (a) => a.textContent) === '审核', 'the page opens on 审核');
    await (await page.$('#f-check')).uploadFile(path.join(EX, 'lushan-2020.txt'));
    await submit(page, 'form[action="/check"]');
    const want = cli(['check', 'lushan-2020.txt']).trim().split('\n').pop();
    const checkText = await page.$eval('main', (m) => m.innerText);
    check(checkText.includes(want), 'check: the page shows the CLI count line ' + want);
    check(/lushan-2020\.txt:\d+/.test(checkText), 'check: findings name file and line');
    await shot('02-check-result.png');

    // ---- 自评 step 1: the template, downloaded
    await page.goto(url + '/selfeval', { waitUntil: 'load' });
    const cdp = await page.createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: dl });
    await (await page.$('#f-tpl')).uploadFile(path.join(EX, 'luolong-2021.txt'));
    await shot('03-selfeval-form.png');
    await page.click('form[action="/template"] button[type=submit]');
    const tpl = await waitForFile(dl, '.xlsx', 60000);
    check(tpl && path.basename(tpl) === '自评填报表.xlsx', 'template: downloaded as 自评填报表.xlsx (' + tpl + ')');
    if (!tpl) throw new Error('no template downloaded');
    check(fs.readFileSync(tpl).subarray(0, 2).toString() === 'PK', 'template: an xlsx');

    // ---- the officer fills the yellow cells
    const filled = path.join(WORK, '填好的填报表.xlsx');
    execFileSync(process.env.JIXIAO_PYTHON || 'python3', [path.join(ROOT, 'tests/serve/fill_template.py'), tpl,
      path.join(EX, 'luolong-2021.actuals.csv'), filled], { stdio: 'inherit' });

    // ---- 自评 step 2: upload it with the targets
    await page.goto(url + '/selfeval', { waitUntil: 'load' });
    await (await page.$('#f-targets')).uploadFile(path.join(EX, 'luolong-2021.txt'));
    await (await page.$('#f-filled')).uploadFile(filled);
    await submit(page, 'form[action="/score"]');
    const js = JSON.parse(cli(['score', 'luolong-2021.txt', '--actuals', 'luolong-2021.actuals.csv', '--format', 'json']));
    const wantTotals = js.tables.map((t) => t.total.toFixed(2));
    const gotTotals = await page.$$eval('td.total', (tds) => tds.map((t) => t.textContent));
    check(JSON.stringify(gotTotals) === JSON.stringify(wantTotals),
      'score: totals on the result page = `jixiao score` (' + gotTotals.slice(0, 4) + ' … vs ' + wantTotals.slice(0, 4) + ' …)');
    const grades = await page.$$eval('td.grade', (tds) => tds.map((t) => t.textContent));
    check(grades.length === js.tables.length && grades.every((g, i) => g.startsWith(js.tables[i].grade)),
      'score: grades = `jixiao score`');
    const links = await page.$$eval('ul.links a', (as) => as.map((a) => a.getAttribute('href')));
    check(links.includes('report.html') && links.includes('scored.xlsx'), 'score: links to report and Excel');
    const frame = await (await page.waitForSelector('iframe')).contentFrame();
    await frame.waitForSelector('h1', { timeout: 30000 });
    const inFrame = await frame.$eval('body', (b) => b.innerText);
    check(inFrame.includes(wantTotals[0]), 'score: the report shows inside the result page');
    await shot('04-score-result.png');
    const resultUrl = page.url();

    // ---- the printable report
    await page.goto(resultUrl + 'report.html', { waitUntil: 'load' });
    const report = await page.$eval('body', (b) => b.innerText);
    const missing = wantTotals.filter((t) => !report.includes(t));
    check(missing.length === 0, 'report: every table total on the printable report (missing ' + missing + ')');
    check(report.includes(js.tables[1].name), 'report: project names');
    await page.screenshot({ path: path.join(WORK, '05-report.png') }); // its first screen
    if (links.includes('report.pdf')) {
      const res = await fetch(resultUrl + 'report.pdf'); // the link the page offers
      const r = [res.status, Buffer.from(await res.arrayBuffer()).subarray(0, 5).toString()];
      check(r[0] === 200 && r[1] === '%PDF-', 'report.pdf through Chromium (' + r + ')');
    }

    // ---- 规则包
    await page.goto(url + '/packs', { waitUntil: 'load' });
    const packs = await page.$$eval('section.pack h2', (h) => h.map((x) => x.textContent));
    check(packs.includes('national') && packs.includes('sichuan'), 'packs: ' + packs.join(', '));
    await shot('06-packs.png');

    // ---- 批量: several files at once
    await page.goto(url + '/batch', { waitUntil: 'load' });
    await (await page.$('#f-batch')).uploadFile(...['lushan-2020.txt', 'lushan-2020.actuals.yaml',
      'luolong-2021.txt', 'luolong-2021.actuals.csv'].map((n) => path.join(EX, n)));
    await submit(page, 'form[action="/batch"]');
    const rows = await page.$$eval('table.batch tr', (trs) => trs.length - 1);
    check(rows === 2, 'batch: one row per document (' + rows + ')');
    const nd = await page.$$eval('ul.links a', (as) => as.map((a) => a.getAttribute('href')));
    check(nd.includes('results.ndjson'), 'batch: the NDJSON link');
    await shot('07-batch-result.png');

    // ---- the size check before upload (no request sent)
    await page.goto(url + '/', { waitUntil: 'load' });
    const big = path.join(WORK, 'big.txt');
    fs.writeFileSync(big, Buffer.alloc(21 << 20, 0x61));
    await (await page.$('#f-check')).uploadFile(big);
    await page.click('form[action="/check"] button[type=submit]');
    await new Promise((r) => setTimeout(r, 300));
    const msg = await page.$eval('form[action="/check"] .msg', (m) => m.textContent);
    check(msg.includes('超过') && page.url() === url + '/', 'too big: said before uploading (' + msg + ')');
    await shot('08-too-big.png');
    fs.unlinkSync(big);
    check(consoleErrors.length === 0, 'no console errors: ' + consoleErrors.join(' | '));
  } finally {
    await browser.close();
    server.kill('SIGTERM');
  }
  if (failures.length) {
    console.log(failures.length + ' check(s) failed');
    process.exit(1);
  }
  console.log('browser: all checks passed; screenshots in ' + WORK);
}

main().catch((e) => {
  console.log('FAIL: ' + (e && e.stack || e));
  process.exit(1);
});
