/*
 * test_layout_cells.c - the short cuts of core/layout.c's cell tests give
 * the answers of the plain code they replace (issue 16, fifth pass).
 *
 * level_of passes numbers and codes without the strips or the vocabulary,
 * and cells without a digit or "(" without strip_points; headless_row asks
 * for a level name before it classifies cells.  Both rest on what the
 * vocabulary is (no level name holds a digit; jx_fold keeps ASCII digits
 * and cuts a name at its first "("): if that changes, these tests say so.
 * The references below are the code as it was before the short cuts,
 * compared on many made-up cells built from the pieces that matter
 * (level names, list numbers, "(10分)", digits, spaces of every kind,
 * full-width and bracket forms, traditional characters, bad bytes).
 *
 * Sixth pass: level_of's per-thread answers, head_bits (the header
 * characters of a cell, found once per row for gen_header, the search for
 * header words and named_header) and period_labels' first-byte test,
 * each against the code it replaced or short-cuts.
 */
#include <criterion/criterion.h>

#include "layout.c"
#include "made_up.h"

static cell ref_strip_points(cell c)
{
    for (size_t i = 0; i < c.n; i++) {
        size_t ol = 0;
        if (c.s[i] == '(')
            ol = 1;
        else if (c.s[i] == '\xef' && i + 3 <= c.n && !memcmp(c.s + i, "（", 3))
            ol = 3;
        if (!ol)
            continue;
        size_t j = i + ol;
        while (j < c.n && ((c.s[j] >= '0' && c.s[j] <= '9') || c.s[j] == '.'))
            j++;
        if (j > i + ol && j + 3 <= c.n && !memcmp(c.s + j, "分", 3)) {
            cell r = {c.s, i};
            jx_trim(&r.s, &r.n);
            return r;
        }
    }
    return c;
}

static cell ref_strip_numbering(cell c)
{
    static const char *const cn[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    size_t i = 0, open = 0;
    if (c.n >= 3 && !memcmp(c.s, "（", 3))
        i = open = 3;
    else if (c.n && c.s[0] == '(')
        i = open = 1;
    size_t d = i;
    while (d < c.n && c.s[d] >= '0' && c.s[d] <= '9' && d - i < 2)
        d++;
    if (d == i)
        for (int again = 1; again;) {
            again = 0;
            for (size_t q = 0; q < JX_ARRAY_LEN(cn) && d - i < 6; q++)
                if (d + 3 <= c.n && !memcmp(c.s + d, cn[q], 3)) {
                    d += 3;
                    again = 1;
                    break;
                }
        }
    if (d == i)
        return c;
    cell rest = {c.s + d, c.n - d};
    if (open) {
        if (rest.n >= 3 && !memcmp(rest.s, "）", 3))
            rest.s += 3, rest.n -= 3;
        else if (rest.n && rest.s[0] == ')')
            rest.s++, rest.n--;
        else
            return c;
    } else if (rest.n >= 3 && (!memcmp(rest.s, "、", 3) || !memcmp(rest.s, "．", 3))) {
        rest.s += 3, rest.n -= 3;
    } else if (rest.n && rest.s[0] == '.' && (rest.n < 2 || rest.s[1] < '0' || rest.s[1] > '9')) {
        rest.s++, rest.n--;
    } else {
        return c;
    }
    jx_trim(&rest.s, &rest.n);
    return rest.n ? rest : c;
}

static int ref_level_of(cell c, char *kind, const char **parent)
{
    *kind = 0;
    *parent = NULL;
    cell s = ref_strip_numbering(ref_strip_points(c));
    return s.n ? jx_vocab_level(s.s, s.n, kind, parent) : 0;
}

static int ref_headless_row(const row *r)
{
    int lv = 0, strong = 0, names = 0;
    char kind;
    const char *parent;
    for (int i = 0; i < r->n; i++) {
        if (!r->c[i].n)
            continue;
        if (ref_level_of(r->c[i], &kind, &parent))
            lv++;
        else if (vclass(r->c[i]) == V_STRONG)
            strong++;
        else
            names++;
    }
    return lv >= 1 && strong >= 1 && names >= 1;
}

static const char *const piece[] = {
    "产出指标", "数量指标", "质量指标", "效益", "满意度指标", "服务对象满意度", "预算管理",
    "履职效能", "產出指標", "類", "类", "指标", "(或建筑规模指标)", "（一）", "一", "二", "十",
    "1", "2", "12", "0", "9", "5.5", "2021", "3", "２", "\xef\xbc\x91", ".", "、", "．", "(",
    "（", ")", "）", "【", "】", "〔", "〕", "分", "10分", "(10分)", "（20分）", " ", "  ", "\t",
    "\xc2\xa0", "\xe3\x80\x80", "*", "＊", "a", "x", "-", "/", "%", "≥95%", "≤", "人", "\x80",
    "\xe4", "\xef", "\xe3", "年", "无", "——", "≥", "合计"};

/* a made-up cell of 0 to 8 pieces in buf */
static cell made_up(char *buf, size_t size)
{
    return (cell){buf, made_up_pieces(piece, JX_ARRAY_LEN(piece), 9, buf, size)};
}

Test(layout_cells, strips_and_level_of_as_before)
{
    char buf[200];
    for (int it = 0; it < 200000; it++) {
        cell c = made_up(buf, sizeof buf);
        cell a = strip_points(c), b = ref_strip_points(c);
        cr_assert(a.s == b.s && a.n == b.n, "strip_points [%s]", buf);
        a = strip_numbering(c), b = ref_strip_numbering(c);
        cr_assert(a.s == b.s && a.n == b.n, "strip_numbering [%s]", buf);
        char k1, k2;
        const char *p1, *p2;
        int l1 = level_of(c, &k1, &p1), l2 = ref_level_of(c, &k2, &p2);
        cr_assert(l1 == l2 && k1 == k2 && p1 == p2, "level_of [%s]: %d, before %d", buf, l1, l2);
    }
}

Test(layout_cells, level_names_still_found)
{
    /* the short cuts must not hide a level name behind its list number or
     * points, whatever surrounds it */
    static const char *const named[] = {"1、产出指标", "12.数量指标", "（一）产出指标",
                                        "产出指标（50分）", "一、效益指标(30分)",
                                        "(2)质量指标", "一.满意度指标", "预算管理类",
                                        /* spaces before a list number that
                                         * strip_points' trim removes */
                                        "  12.产出指标(10分)", "\t\t1.产出指标（10分）",
                                        ("\xc2\xa0" "12.产出指标(10分)")};
    for (size_t i = 0; i < JX_ARRAY_LEN(named); i++) {
        char kind;
        const char *parent;
        cell c = {named[i], strlen(named[i])};
        cr_expect_gt(level_of(c, &kind, &parent), 0, "%s", named[i]);
    }
}

Test(layout_cells, headless_row_as_before)
{
    static char text[MAX_CELLS][200];
    row r;
    int yes = 0;
    for (int it = 0; it < 20000; it++) {
        r.n = 1 + (int)rnd(6);
        r.line = 1;
        for (int i = 0; i < r.n; i++)
            r.c[i] = rnd(4) ? made_up(text[i], sizeof text[i]) : (cell){"", 0};
        int want = ref_headless_row(&r);
        cr_assert_eq(headless_row(&r), want, "row %d", it);
        yes += want;
    }
    cr_expect_gt(yes, 20, "rows that are headless indicator rows: %d", yes);
}

/* ---- issue 16, sixth pass ---- */

/* level_of keeps its answers per thread: asked again (from the cache), and
 * after many other cells (slots taken over), it answers as the code it
 * wraps; digits_first agrees with number_like */
Test(layout_cells, level_of_cache_as_uncached)
{
    static char text[4096][64];
    for (int round = 0; round < 3; round++)
        for (int it = 0; it < 4096; it++) {
            cell c = round ? (cell){text[it], strlen(text[it])}
                           : made_up(text[it], sizeof text[it]);
            char k1, k2;
            const char *p1, *p2;
            int l1 = level_of(c, &k1, &p1), l2 = level_of_uncached(c, &k2, &p2);
            cr_assert(l1 == l2 && k1 == k2 && p1 == p2, "level_of [%s]: %d, uncached %d",
                      text[it], l1, l2);
            cr_assert(!digits_first(c) || number_like(c), "digits_first [%s]", text[it]);
        }
}

/* header_chars and the test jx_vocab_header_words makes first, as they
 * were before head_bits */
static int ref_header_chars(cell c)
{
    const unsigned char *u = (const unsigned char *)c.s;
    for (size_t i = 0; i + 2 < c.n; i++) {
        if (u[i] == 0xE6 ? (u[i + 1] == 0x8C && u[i + 2] == 0x87) ||
                               (u[i + 1] == 0x9D && u[i + 2] == 0x83)
            : u[i] == 0xE5 ? (u[i + 1] == 0x80 && u[i + 2] == 0xBC) ||
                                 (u[i + 1] == 0x88 && u[i + 2] == 0x86)
            : u[i] == 0xE7 && ((u[i + 1] == 0xBA && u[i + 2] == 0xA7) ||
                               (u[i + 1] == 0xB4 && u[i + 2] == 0x9A)))
            return 1;
    }
    return 0;
}

static int ref_word_chars(cell c)
{
    static const char *const w[] = {"指", "值", "分", "偏", "权"};
    for (size_t i = 0; i + 2 < c.n; i++)
        for (size_t k = 0; k < JX_ARRAY_LEN(w); k++)
            if (!memcmp(c.s + i, w[k], 3))
                return 1;
    return 0;
}

static const char *const head_piece[] = {
    "指", "值", "分", "偏", "权", "级", "級", "标", "一级指标", "三级指标", "指标值", "实际完成值",
    "偏差原因", "得分", "权重", "绩效指标", "产出", "工会事务", "300000", "8159.93", "a", " ",
    "\xe5", "\xe6", "\xe7", "\xe6\x8c", "\xe5\x80", "\xe7\xba", "\x87", "\xbc", "\xe4", "\xe5\x81",
    "\xe6\x9d", "\xe7\xb4", "\x9a\xe5", "年度", "实施期", "中期", "长期", "本年", "当年"};

static cell made_up_head(char *buf, size_t size, unsigned pieces)
{
    return (cell){buf, made_up_pieces(head_piece, JX_ARRAY_LEN(head_piece), pieces, buf, size)};
}

Test(layout_cells, head_bits_as_before)
{
    char buf[200];
    for (int it = 0; it < 300000; it++) {
        cell c = made_up_head(buf, sizeof buf, 1 + it % 12);
        unsigned b = head_bits(c);
        cr_assert_eq(!!(b & HB_COL), ref_header_chars(c), "HB_COL [%s]", buf);
        cr_assert_eq(!!(b & HB_WORD), ref_word_chars(c), "HB_WORD [%s]", buf);
        /* the search for header words skips cells without HB_WORD */
        if (!(b & HB_WORD))
            cr_assert_eq(jx_vocab_header_words(c.s, c.n), 0, "[%s]", buf);
        /* period_labels skips cells by their first byte */
        unsigned char f = c.n ? (unsigned char)c.s[0] : 0;
        if (f != 0xE5 && f != 0xE6 && f != 0xE4 && f != 0xE9)
            cr_assert_eq(period_label(c), -1, "[%s]", buf);
    }
}

/* named_header and gen_header_at pass rows whose cells hold no HB_COL
 * character */
Test(layout_cells, named_header_as_before)
{
    static char text[MAX_CELLS][200];
    static const char *const words[] = {"一级指标", "二级指标", "三级指标", "指标值", "绩效指标",
                                        "实际完成值", "资金总额", "全年实际值", "实际完成率"};
    parser *p = calloc(1, sizeof *p);
    cr_assert(p);
    row r;
    int yes = 0, heads = 0;
    for (int it = 0; it < 50000; it++) {
        r.n = 1 + (int)rnd(8);
        r.line = 1;
        for (int i = 0; i < r.n; i++) {
            if (rnd(2)) {
                snprintf(text[i], sizeof text[i], "%s", words[rnd(JX_ARRAY_LEN(words))]);
                r.c[i] = (cell){text[i], strlen(text[i])};
            } else {
                r.c[i] = made_up_head(text[i], sizeof text[i], 4);
            }
        }
        p->cur = &r;
        p->hb_ok = 0;
        p->gh = -1;
        int want = is_form_header(&r) || is_dept_header(&r);
        cr_assert_eq(named_header(p, &r), want, "row %d", it);
        yes += want;
        /* gen_header_at with the row's head bits, as gen_header alone */
        colmap m1, m2;
        int h1 = gen_header_at(p, &r, &m1), h2 = gen_header(&r, NULL, &m2);
        cr_assert_eq(h1, h2, "gen_header row %d", it);
        cr_assert(!h1 || !memcmp(&m1, &m2, sizeof m1), "gen_header map row %d", it);
        heads += h1;
    }
    free(p);
    cr_expect_gt(yes, 20, "header rows: %d", yes);
    cr_expect_gt(heads, 20, "rows gen_header reads: %d", heads);
}
