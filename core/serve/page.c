/*
 * page.c - the one page of `jixiao serve`, in Chinese: four tabs (审核,
 * 自评, 规则包, 批量), each a plain HTML form posting multipart uploads;
 * plain CSS; JavaScript only to say before uploading that a file is too
 * big or too many (the server says it again) and that the job is running.
 * Everything from an upload or a pack is HTML-escaped.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "serve.h"

static const char css[] =
    "*{box-sizing:border-box}\n"
    "body{margin:0;font:15px/1.6 \"Noto Sans CJK SC\",\"Microsoft YaHei\",\"PingFang SC\",sans-serif;"
    "color:#222;background:#f4f5f7}\n"
    "header{background:#8b1a1a;color:#fff;padding:10px 24px}\n"
    "header h1{margin:0;font-size:20px;font-weight:600}\n"
    "header p{margin:0;font-size:13px;opacity:.85}\n"
    "nav{display:flex;gap:4px;padding:0 24px;background:#fff;border-bottom:1px solid #ddd}\n"
    "nav a{padding:10px 18px;color:#333;text-decoration:none;border-bottom:3px solid transparent}\n"
    "nav a.on{border-color:#8b1a1a;color:#8b1a1a;font-weight:600}\n"
    "main{max-width:1100px;margin:20px auto;padding:0 24px}\n"
    "section.card{background:#fff;border:1px solid #ddd;border-radius:6px;padding:16px 20px;"
    "margin-bottom:16px}\n"
    "h2{font-size:17px;margin:0 0 8px}\n"
    "label{display:block;margin:8px 0 4px;font-weight:600}\n"
    "input[type=file]{display:block;margin-bottom:6px}\n"
    "select{padding:3px}\n"
    "button{margin-top:10px;padding:7px 22px;font-size:15px;background:#8b1a1a;color:#fff;"
    "border:0;border-radius:4px;cursor:pointer}\n"
    "button:disabled{background:#999}\n"
    ".hint{color:#666;font-size:13px}\n"
    ".msg{color:#b00;font-weight:600}\n"
    ".errors{background:#fff0f0;border:1px solid #e0a0a0;padding:10px 16px;border-radius:6px;"
    "white-space:pre-wrap;font-family:monospace}\n"
    "table{border-collapse:collapse;margin:8px 0;background:#fff}\n"
    "th,td{border:1px solid #ccc;padding:4px 10px;text-align:left;vertical-align:top}\n"
    "th{background:#f0e6e6}\n"
    "td.num{text-align:right;font-variant-numeric:tabular-nums}\n"
    "td.error,li.error{color:#b00}\n"
    "li.warning{color:#8a5a00}\n"
    "ul.findings{font-size:14px;padding-left:20px}\n"
    "ul.links a{font-weight:600}\n"
    "p.total{font-weight:600}\n"
    "iframe{width:100%;height:900px;border:1px solid #ccc;background:#fff}\n"
    "pre{white-space:pre-wrap;background:#fafafa;border:1px solid #eee;padding:8px}\n"
    "section.pack{background:#fff;border:1px solid #ddd;border-radius:6px;padding:12px 20px;"
    "margin-bottom:14px}\n";

/* Before upload: size and count against the server's limits (data-*). */
static const char js[] =
    "document.querySelectorAll('form[data-max-file]').forEach(function(f){\n"
    "  f.addEventListener('submit',function(ev){\n"
    "    var maxFile=+f.dataset.maxFile,maxReq=+f.dataset.maxRequest,maxN=+f.dataset.maxFiles;\n"
    "    var n=0,total=0,bad='';\n"
    "    f.querySelectorAll('input[type=file]').forEach(function(i){\n"
    "      for(var k=0;k<i.files.length;k++){n++;total+=i.files[k].size;\n"
    "        if(i.files[k].size>maxFile)bad='文件「'+i.files[k].name+'」超过 '+"
    "Math.floor(maxFile/1048576)+' MiB';}});\n"
    "    if(!bad&&n>maxN)bad='一次最多上传 '+maxN+' 个文件（可以打包成 zip）';\n"
    "    if(!bad&&total>maxReq)bad='上传总量超过 '+Math.floor(maxReq/1048576)+' MiB';\n"
    "    var m=f.querySelector('.msg');\n"
    "    if(bad){ev.preventDefault();m.textContent=bad;return;}\n"
    "    m.textContent='正在处理，请稍候…';\n"
    "    f.querySelector('button').disabled=true;\n"
    "  });\n"
    "});\n"
    "window.addEventListener('pageshow',function(){document.querySelectorAll('form button')"
    ".forEach(function(b){b.disabled=false;});});\n";

const char *sv_css(void) { return css; }
const char *sv_js(void) { return js; }

static void esc(sv_buf *b, const char *s) { sv_escape(b, s); }

static void pack_select(sv_buf *b, const sv_config *c)
{
    sv_buf_puts(b, "<label>规则包 <select name=\"rules\">");
    for (size_t i = 0; i < sv_npacks(); i++) {
        const char *n = sv_pack_name(i);
        sv_buf_puts(b, "<option");
        if (!strcmp(n, c->rules))
            sv_buf_puts(b, " selected");
        sv_buf_puts(b, ">");
        esc(b, n);
        sv_buf_puts(b, "</option>");
    }
    sv_buf_puts(b, "</select></label>\n");
}

static void form_open(sv_buf *b, const sv_config *c, const char *action, size_t max_files)
{
    sv_buf_printf(b, "<form method=\"post\" action=\"%s\" enctype=\"multipart/form-data\" "
                     "data-max-file=\"%zu\" data-max-request=\"%zu\" data-max-files=\"%zu\">\n",
                  action, c->max_file, c->max_request, max_files);
}

static void form_close(sv_buf *b, const char *button)
{
    sv_buf_printf(b, "<button type=\"submit\">%s</button> <span class=\"msg\"></span>\n</form>\n",
                  button);
}

static const char accept[] =
    "accept=\".txt,.tsv,.csv,.json,.yaml,.yml,.xlsx,.xlsm,.docx,.html,.htm,.pdf,.xls,.doc,.et,.wps\"";

static void limits_hint(sv_buf *b, const sv_config *c)
{
    char a[32];
    sv_format_size(c->max_file, a, sizeof a);
    sv_buf_printf(b, "<p class=\"hint\">可上传 Excel（.xlsx/.xls）、Word（.docx/.doc）、PDF、网页、"
                     "CSV 或文本；每个文件最多 %s。文件只在本机处理，不会发到别处。</p>\n", a);
}

static void forms(sv_buf *b, const sv_config *c, sv_tab tab)
{
    switch (tab) {
    case SV_TAB_CHECK:
        sv_buf_puts(b, "<section class=\"card\"><h2>绩效目标审核</h2>\n"
                       "<p>上传绩效目标表，得到审核意见（与 <code>jixiao check</code> 相同）：完整性、"
                       "可衡量性、与资金和预算总额是否一致、指标方向等。</p>\n");
        form_open(b, c, "/check", c->max_files);
        sv_buf_printf(b, "<label for=\"f-check\">目标表（可多选）</label>"
                         "<input id=\"f-check\" type=\"file\" name=\"file\" multiple required %s>\n",
                      accept);
        pack_select(b, c);
        limits_hint(b, c);
        form_close(b, "审核");
        sv_buf_puts(b, "</section>\n");
        break;
    case SV_TAB_SELFEVAL:
        sv_buf_puts(b, "<section class=\"card\"><h2>第一步：下载自评填报表</h2>\n"
                       "<p>上传绩效目标表，下载按官方自评表排版的 Excel 填报表：黄色格填写实际完成值、"
                       "偏差原因、全年预算数和全年执行数。</p>\n");
        form_open(b, c, "/template", 1);
        sv_buf_printf(b, "<label for=\"f-tpl\">目标表</label>"
                         "<input id=\"f-tpl\" type=\"file\" name=\"targets\" required %s>\n", accept);
        pack_select(b, c);
        form_close(b, "下载填报表");
        sv_buf_puts(b, "</section>\n<section class=\"card\"><h2>第二步：上传填好的表，生成自评表</h2>\n"
                       "<p>上传目标表和填好的填报表，得到计分后的自评表（网页、Excel、PDF），每一分都有说明。"
                       "已经填好的自评表（含实际完成值）可以单独上传。</p>\n");
        form_open(b, c, "/score", 2);
        sv_buf_printf(b, "<label for=\"f-targets\">目标表（第一步上传的同一个文件；上传填好的自评表时可不选）</label>"
                         "<input id=\"f-targets\" type=\"file\" name=\"targets\" %s>\n"
                         "<label for=\"f-filled\">填好的填报表（或填好的自评表）</label>"
                         "<input id=\"f-filled\" type=\"file\" name=\"filled\" required %s>\n",
                      accept, accept);
        pack_select(b, c);
        limits_hint(b, c);
        form_close(b, "计分");
        sv_buf_puts(b, "</section>\n");
        break;
    case SV_TAB_BATCH:
        sv_buf_puts(b, "<section class=\"card\"><h2>批量审核与计分</h2>\n"
                       "<p>上传多个文件，或一个 zip 压缩包：每份文档一行，列出得分、等级和报告链接，"
                       "另有 NDJSON 结果（与 <code>jixiao batch</code> 相同）。实际完成值按文件名配对："
                       "<code>目标.txt</code> 配 <code>目标.actuals.csv</code>（或 .xlsx、.yaml、.json）。</p>\n");
        form_open(b, c, "/batch", c->max_files);
        sv_buf_puts(b, "<label for=\"f-batch\">文件或 zip（可多选）</label>"
                       "<input id=\"f-batch\" type=\"file\" name=\"file\" multiple required>\n");
        pack_select(b, c);
        limits_hint(b, c);
        sv_buf_printf(b, "<p class=\"hint\">一次最多 %zu 个文件；zip 解压后最多 %zu 个文件。</p>\n",
                      c->max_files, c->zip_entries);
        form_close(b, "开始");
        sv_buf_puts(b, "</section>\n");
        break;
    case SV_TAB_PACKS:
        sv_buf_puts(b, sv_packs_html());
        break;
    }
}

void sv_page(sv_buf *b, const sv_config *c, sv_tab tab, const char *body, int form)
{
    static const char *const names[] = {"审核", "自评", "规则包", "批量"};
    static const char *const hrefs[] = {"/", "/selfeval", "/packs", "/batch"};
    sv_buf_puts(b, "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">\n"
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                   "<title>");
    sv_buf_puts(b, names[tab]);
    sv_buf_puts(b, " - jixiao 预算绩效</title>\n<link rel=\"stylesheet\" href=\"/style.css\">\n"
                   "</head><body>\n<header><h1>jixiao 预算绩效</h1>"
                   "<p>绩效目标审核 · 绩效自评计分 · 本机处理，文件不外传</p></header>\n<nav>");
    for (int i = 0; i < 4; i++)
        sv_buf_printf(b, "<a href=\"%s\"%s>%s</a>", hrefs[i], i == (int)tab ? " class=\"on\"" : "",
                      names[i]);
    sv_buf_puts(b, "</nav>\n<main>\n");
    if (body)
        sv_buf_puts(b, body);
    if (form)
        forms(b, c, tab);
    sv_buf_puts(b, "</main>\n<script src=\"/app.js\"></script>\n</body></html>\n");
}

void sv_page_result(sv_buf *b, const sv_config *c, sv_tab tab, const sv_res *r, const char *id)
{
    sv_buf body;
    sv_buf_init(&body);
    sv_buf_puts(&body, "<section class=\"card result\"><h2>结果</h2>\n");
    if (r->errors.len) {
        sv_buf_puts(&body, "<div class=\"errors\" id=\"errors\">");
        char *e = strndup(r->errors.p, r->errors.len);
        esc(&body, e ? e : "内存不足");
        free(e);
        sv_buf_puts(&body, "</div>\n");
    }
    if (r->summary.len)
        sv_buf_put(&body, r->summary.p, r->summary.len);
    const char *main_html = NULL;
    if (id && r->nart) {
        sv_buf_puts(&body, "<ul class=\"links\">\n");
        for (size_t i = 0; i < r->nart; i++) {
            const sv_art *a = &r->art[i];
            if (!strncmp(a->name, "doc-", 4) || !strcmp(a->name, "index.html"))
                continue; /* linked from the table */
            if (!strcmp(a->name, "report.html") || !strcmp(a->name, "findings.html"))
                main_html = a->name;
            sv_buf_printf(&body, "<li><a href=\"%s\"%s>%s</a></li>\n", a->name,
                          strstr(a->type, "html") ? " target=\"_blank\"" : " download", a->label);
        }
        if (main_html && !strcmp(main_html, "report.html")) {
            if (sv_pdf_available())
                sv_buf_puts(&body, "<li><a href=\"report.pdf\" download>自评报告（PDF）</a></li>\n");
            else
                sv_buf_puts(&body, "<li class=\"hint\">PDF：本机没有安装 Chromium，请打开自评报告后"
                                   "用浏览器打印</li>\n");
        }
        sv_buf_puts(&body, "</ul>\n");
    }
    sv_buf_puts(&body, "</section>\n");
    if (main_html)
        sv_buf_printf(&body, "<iframe src=\"%s\" title=\"报告\"></iframe>\n", main_html);
    sv_buf_putc(&body, '\0');
    sv_page(b, c, tab, body.p ? body.p : "<p class=\"msg\">内存不足</p>", !id);
    sv_buf_free(&body);
}
