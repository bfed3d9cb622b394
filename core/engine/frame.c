/*
 * frame.c - jx_engine_frame: the pack's frame() applied to every
 * indicator of a document (一级/二级 inferred or realigned).  frame() is a
 * pure function of its arguments (docs/rules.md), so its results are
 * memoized per engine: the same indicator names recur across tables and
 * documents.
 */
#include "engine_int.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

/* ---- framing ---- */

void jx_eng_memo_clear(jx_engine *e)
{
    for (size_t i = 0; i < e->memo_cap; i++) {
        memo *m = &e->memo[i];
        if (!m->key)
            continue;
        free(m->key);
        free(m->l1);
        free(m->l2);
        free(m->how);
        free(m->note);
        memset(m, 0, sizeof *m);
    }
    e->memo_n = 0;
}

/* Finds the slot for key (an empty one when absent); NULL when no table. */
static memo *memo_slot(jx_engine *e, const char *key, size_t klen, uint64_t h)
{
    if (!e->memo) {
        e->memo_cap = 8192;
        e->memo = calloc(e->memo_cap, sizeof *e->memo);
        if (!e->memo)
            return NULL;
    }
    size_t i = (size_t)h & (e->memo_cap - 1);
    for (;;) {
        memo *m = &e->memo[i];
        if (!m->key || (m->h == h && m->klen == klen && !memcmp(m->key, key, klen)))
            return m;
        i = (i + 1) & (e->memo_cap - 1);
    }
}

/* A string result copied out of the state: NULL for a non-string;
 * *bad set when the copy fails. */
static char *dup_or_null(lua_State *L, int idx, int *bad)
{
    if (lua_type(L, idx) != LUA_TSTRING && lua_type(L, idx) != LUA_TNUMBER)
        return NULL;
    char *d = strdup(lua_tostring(L, idx));
    if (!d)
        *bad = 1;
    return d;
}

/* Copies s into the document unless the field already holds it. */
static int set_field(jx_doc *doc, const char **field, const char *s)
{
    if (!s) {
        *field = NULL;
        return 0;
    }
    if (*field && !strcmp(*field, s))
        return 0;
    const char *d = jx_doc_strdup(doc, s);
    if (!d)
        return -1;
    *field = d;
    return 0;
}

/* Applies one frame() result to an indicator; -1 when out of memory. */
static int frame_apply(jx_doc *doc, jx_indicator *ind, const char *l1, const char *l2,
                       const char *how, const char *note)
{
    int had_l1 = ind->level1 != NULL, had_l2 = ind->level2 != NULL;
    if (set_field(doc, &ind->level1, l1) || set_field(doc, &ind->level2, l2))
        return -1;
    /* the first byte before strcmp: how is one of the two, or NULL */
    if (how && how[0] == 'i' && !strcmp(how, "inferred")) {
        if (!had_l2 && ind->level2)
            ind->level2_inferred = 1;
        if (!had_l1 && ind->level1)
            ind->level1_inferred = 1;
    }
    if (how && how[0] == 'r' && !strcmp(how, "realigned")) {
        ind->realigned = 1;
        if (note) {
            /* the parser's own remark stays in the document's notes */
            if (set_field(doc, &ind->note, note))
                return -1;
            jx_doc_add_note(doc, ind->line, "realigned", note);
        }
    }
    return 0;
}


typedef struct frame_args {
    const jx_table *t;
    const jx_indicator *ind;
    const char *unit, *vk;
    char *r[4]; /* level1, level2, how, note */
} frame_args;

static int frame_push(lua_State *L, rcall *c)
{
    frame_args *a = c->args;
    lua_pushstring(L, jx_table_kind_name(a->t->kind));
    push_str(L, a->ind->level1);
    push_str(L, a->ind->level2);
    push_str(L, a->ind->level3);
    lua_pushstring(L, a->unit);
    lua_pushstring(L, a->vk);
    return 6;
}

static int frame_take(lua_State *L, rcall *c)
{
    frame_args *a = c->args;
    int bad = 0;
    for (int k = 0; k < 4; k++)
        a->r[k] = dup_or_null(L, k - 4, &bad);
    return bad ? JX_ENOMEM : JX_OK;
}

static void free4(char **r)
{
    for (int k = 0; k < 4; k++) {
        free(r[k]);
        r[k] = NULL;
    }
}

/* Keeps a frame() result in the memo (which then owns r[]). */
static void memo_put(jx_engine *e, memo *m, const jx_buf *key, uint64_t h, char **r)
{
    if (!key->p || !key->len || jx_buf_failed(key))
        m = NULL; /* the key could not be built: nothing to remember it by */
    if (m && e->memo_n + 1 > e->memo_cap * 3 / 4) {
        jx_eng_memo_clear(e);
        m = memo_slot(e, key->p, key->len, h);
    }
    if (m && (m->key = malloc(key->len))) {
        memcpy(m->key, key->p, key->len);
        m->klen = key->len;
        m->h = h;
        m->l1 = r[0];
        m->l2 = r[1];
        m->how = r[2];
        m->note = r[3];
        e->memo_n++;
        for (int k = 0; k < 4; k++)
            r[k] = NULL;
    }
    free4(r);
}

/* The memo key of ind into key (reused row to row): kind, 一级, 二级,
 * 三级, unit, value kind; \x1f between, \x01 for none.  Each part's
 * length taken once and the key written in one go: it is built for
 * every indicator of every document.  Out of memory: key fails (nothing
 * is remembered by it). */
static void frame_key(jx_buf *key, const jx_table *t, const jx_indicator *ind,
                      const char *unit, const char *vk)
{
    const char *part[6] = {jx_table_kind_name(t->kind),
                           ind->level1 ? ind->level1 : "\x01",
                           ind->level2 ? ind->level2 : "\x01",
                           ind->level3 ? ind->level3 : "\x01",
                           unit,
                           vk};
    size_t len[6], total = JX_ARRAY_LEN(part) - 1;
    for (size_t k = 0; k < JX_ARRAY_LEN(part); k++)
        total += len[k] = strlen(part[k]);
    key->len = 0;
    if (jx_buf_reserve(key, total) < 0)
        return;
    char *p = key->p;
    for (size_t k = 0; k < JX_ARRAY_LEN(part); k++) {
        if (k)
            *p++ = '\x1f';
        memcpy(p, part[k], len[k]);
        p += len[k];
    }
    *p = '\0';
    key->len = total;
}

jx_status jx_engine_frame(jx_engine *e, jx_doc *doc, jx_error *err)
{
    if (e->ref_frame == LUA_NOREF)
        return JX_OK;
    int first_rc = JX_OK;
    jx_buf key;
    jx_buf_init(&key);
    for (size_t ti = 0; ti < doc->ntables; ti++) {
        jx_table *t = &doc->tables[ti];
        for (size_t i = 0; i < t->n; i++) {
            jx_indicator *ind = &t->ind[i];
            const char *unit = ind->target.n ? ind->target.t[0].unit : "";
            const char *vk = jx_vkind_name(ind->target.kind);
            frame_key(&key, t, ind, unit, vk);
            uint64_t h = jx_eng_hash(key.p, key.len);
            memo *m = memo_slot(e, key.p, key.len, h);
            int bad;
            if (m && m->key) {
                bad = frame_apply(doc, ind, m->l1, m->l2, m->how, m->note);
            } else {
                frame_args a = {t, ind, unit, vk, {NULL, NULL, NULL, NULL}};
                rcall c = {e, e->ref_frame, 4, frame_push, frame_take, &a};
                jx_error e2 = {0};
                if (jx_eng_call(e, &c, t, ind, NULL, &e2)) {
                    free4(a.r);
                    if (!first_rc) {
                        *err = e2;
                        first_rc = e2.code;
                    }
                    jx_doc_notef(doc, ind->line, "rule-error", "%s", e2.msg);
                    continue;
                }
                bad = frame_apply(doc, ind, a.r[0], a.r[1], a.r[2], a.r[3]);
                memo_put(e, m, &key, h, a.r);
            }
            if (bad) {
                jx_buf_free(&key);
                return jx_fail(err, JX_ENOMEM, doc->source, ind->line, 0,
                               "内存不足：无法保存指标「%s」的框架归类",
                               ind->level3 ? ind->level3 : "");
            }
        }
    }
    jx_buf_free(&key);
    return first_rc;
}

