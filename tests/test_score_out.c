/*
 * test_score_out.c - the fast paths of the scorecard's output against the
 * general ones, on generated inputs: a table's label written out against
 * jx_msg_format's "%s%s%s", and strings written again through
 * jx_json_seen (copied from where they were first written) against
 * jx_buf_json_cstr.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc_int.h"
#include "findings.h"
#include "scorecard.h"
#include "write/write.h"

static unsigned long long rng = 88172645463325252ULL;

static unsigned long long next(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

static size_t pick(size_t n) { return (size_t)(next() % n); }

/* A made-up string of up to max bytes: ASCII, CJK, what JSON escapes,
 * and now and then a byte that is not UTF-8. */
static void made_up(char *s, size_t max)
{
    static const char *const parts[] = {"产出", "指标", "a", "7", "\"", "\\", "\n", "\t",
                                        "\x01", " ", "％", "\xff", "\xe4\xb8", "。", "{", "/"};
    size_t n = 0, want = pick(max);
    while (n < want) {
        const char *p = parts[pick(sizeof parts / sizeof parts[0])];
        size_t l = strlen(p);
        if (n + l > want)
            break;
        memcpy(s + n, p, l);
        n += l;
    }
    s[n] = '\0';
}

/* ---- jx_scorecard_label against jx_msg_format ---- */

static void label_as_format(const jx_table *t, size_t size)
{
    char a[400], b[400];
    memset(a, 'x', sizeof a);
    memset(b, 'x', sizeof b);
    jx_scorecard_label(t, a, size);
    if (t->kind == JX_TABLE_DEPARTMENT)
        jx_msg_format(b, size, "部门整体");
    else
        jx_msg_format(b, size, "%s%s%s", t->code ? t->code : "", t->code ? " " : "",
                      t->name ? t->name : "");
    cr_assert(!memcmp(a, b, size ? size : 1), "label differs at size %zu", size);
}

Test(label, as_msg_format)
{
    char code[200], name[300];
    for (int i = 0; i < 20000; i++) {
        jx_table t;
        memset(&t, 0, sizeof t);
        t.kind = pick(4) ? JX_TABLE_PROJECT : JX_TABLE_DEPARTMENT;
        made_up(code, 40);
        made_up(name, 300);
        t.code = pick(3) ? code : NULL;
        t.name = pick(5) ? name : NULL;
        size_t size = pick(3) ? 300 : 1 + pick(60);
        label_as_format(&t, size);
    }
}

/* ---- jx_json_seen_str against jx_buf_json_cstr ---- */

Test(json_seen, as_escaped_each_time)
{
    enum { NS = 300 };
    char *s[NS];
    for (size_t i = 0; i < NS; i++) {
        s[i] = malloc(80);
        cr_assert(s[i]);
        made_up(s[i], 80);
    }
    for (int round = 0; round < 50; round++) {
        jx_buf a, b;
        jx_buf_init(&a);
        jx_buf_init(&b);
        jx_json_seen w;
        memset(w.s, 0, sizeof w.s);
        /* strings again and again in any order, NULL among them; the
         * buffer starts empty, so copies meet its growth too */
        for (int k = 0; k < 2000; k++) {
            const char *x = pick(20) ? s[pick(round % 2 ? 8 : NS)] : NULL;
            jx_json_seen_str(&a, &w, x);
            jx_buf_json_cstr(&b, x);
            jx_buf_putc(&a, ',');
            jx_buf_putc(&b, ',');
        }
        cr_assert(!jx_buf_failed(&a) && !jx_buf_failed(&b));
        cr_assert_eq(a.len, b.len);
        cr_assert(!memcmp(a.p, b.p, a.len));
        jx_buf_free(&a);
        jx_buf_free(&b);
    }
    for (size_t i = 0; i < NS; i++)
        free(s[i]);
}

Test(json_seen, finding_as_without)
{
    char msg[200], code[40], src[60], proj[40], ind[60];
    for (int i = 0; i < 3000; i++) {
        made_up(msg, 200);
        made_up(code, 40);
        made_up(src, 60);
        made_up(proj, 40);
        made_up(ind, 60);
        jx_finding f = {(jx_severity)pick(3), code, msg, src, (int)pick(1000),
                        pick(2) ? proj : NULL, pick(2) ? ind : NULL};
        jx_buf a, b;
        jx_buf_init(&a);
        jx_buf_init(&b);
        jx_json_seen w;
        memset(w.s, 0, sizeof w.s);
        for (int k = 0; k < 3; k++) {
            jx_json_finding_seen(&a, &f, &w);
            jx_json_finding(&b, &f);
        }
        cr_assert_eq(a.len, b.len);
        cr_assert(!memcmp(a.p, b.p, a.len));
        jx_buf_free(&a);
        jx_buf_free(&b);
    }
}
