/*
 * check.c - the pack's checks: the document handed to them as Lua tables,
 * report() turning their results into jx_finding callbacks, and the check
 * listing (code, severity, description).
 */
#include "engine_int.h"

#include <lauxlib.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- checks ---- */

const char *jx_severity_name(jx_severity s)
{
    return s == JX_SEV_ERROR ? "error" : s == JX_SEV_WARNING ? "warning" : "info";
}

/* The document handed to the checks is built as plain Lua tables (a
 * check may read any field, keep or change them), once per jx_engine_check.
 * Field names and the names of kinds, layouts, value kinds and operators
 * are Lua strings made once per engine and kept in the registry
 * (DOC_KEYS): every field is a rawset of a ready key, never a lookup of a
 * C string (lua_setfield interns its key on every call). */
#define DOC_KEYS "jixiao.dockeys"

enum {
    K_SOURCE = 1, K_UNIT, K_YEAR, K_PROJECT_SPENDING, K_NOTES, K_LINE, K_CODE, K_MESSAGE,
    K_TABLES, K_KIND, K_LAYOUT, K_NAME, K_DEPARTMENT, K_TABLE, K_FUNDS, K_TOTAL, K_FISCAL,
    K_OTHER, K_INDICATORS, K_LEVEL1, K_LEVEL2, K_LEVEL3, K_PERIOD, K_EXPLANATION, K_NOTE,
    K_INDEX, K_LEVEL2_INFERRED, K_REALIGNED, K_SPLIT, K_TARGET, K_RAW, K_DAMAGE,
    K_THRESHOLDS, K_OP, K_VALUE, K_VALUE_MAX, K_IMPLIED, K_PRODUCT, K_TEXT, K_SUBJECT,
    K_ROWS, K_CLS, K_CLASSES, K_TKIND, K_TK, K_FLAGS, K_TN, K_T0, K_TB, K_NTABLES, K_TOBJ, K_CNT, K_N, K_YI, K_ARRAY,
    K_QT, K_BAD, K_FLAG, K_LE, K_IMP, K_WAN,
    NKEYS,
    /* names of enum values: base + the value */
    N_TKIND = 64, N_LAYOUT = 72, N_VKIND = 80, N_OP = 96, N_END = 112
};

static const char *const key_names[NKEYS] = {
    [K_SOURCE] = "source", [K_UNIT] = "unit", [K_YEAR] = "year",
    [K_PROJECT_SPENDING] = "project_spending", [K_NOTES] = "notes", [K_LINE] = "line",
    [K_CODE] = "code", [K_MESSAGE] = "message", [K_TABLES] = "tables", [K_KIND] = "kind",
    [K_LAYOUT] = "layout", [K_NAME] = "name", [K_DEPARTMENT] = "department",
    [K_TABLE] = "_table", [K_FUNDS] = "funds", [K_TOTAL] = "total", [K_FISCAL] = "fiscal",
    [K_OTHER] = "other", [K_INDICATORS] = "indicators", [K_LEVEL1] = "level1",
    [K_LEVEL2] = "level2", [K_LEVEL3] = "level3", [K_PERIOD] = "period",
    [K_EXPLANATION] = "explanation", [K_NOTE] = "note", [K_INDEX] = "_index",
    [K_LEVEL2_INFERRED] = "level2_inferred", [K_REALIGNED] = "realigned", [K_SPLIT] = "split",
    [K_TARGET] = "target", [K_RAW] = "raw", [K_DAMAGE] = "damage",
    [K_THRESHOLDS] = "thresholds", [K_OP] = "op", [K_VALUE] = "value",
    [K_VALUE_MAX] = "value_max", [K_IMPLIED] = "implied", [K_PRODUCT] = "product",
    [K_TEXT] = "text", [K_SUBJECT] = "subject", [K_ROWS] = "_rows", [K_CLS] = "cls",
    [K_CLASSES] = "classes", [K_TKIND] = "tkind", [K_YI] = "yi", [K_ARRAY] = "array", [K_TK] = "tk", [K_FLAGS] = "flags", [K_TN] = "tn",
    [K_T0] = "t0", [K_TB] = "tb", [K_NTABLES] = "ntables", [K_TOBJ] = "tobj", [K_CNT] = "cnt", [K_N] = "n",
    [K_QT] = "qt", [K_BAD] = "bad", [K_FLAG] = "flag", [K_LE] = "le", [K_IMP] = "imp", [K_WAN] = "wan"};

typedef struct check_ctx {
    jx_engine *e;
    jx_doc *doc;
    jx_finding_cb cb;
    void *ud;
    const char *code;
    jx_severity sev;
    int stop;
} check_ctx;

/* Pushes the keys table, made at the first check of the engine, then
 * every key string above it: key k is at stack index (keys table) + k,
 * a lua_pushvalue away (a rawgeti from the table cost a lookup per field). */
static int push_keys(lua_State *L)
{
    if (lua_getfield(L, LUA_REGISTRYINDEX, DOC_KEYS) != LUA_TTABLE) {
        lua_pop(L, 1);
        lua_createtable(L, N_END, 0);
        for (int k = 1; k < NKEYS; k++) {
            lua_pushstring(L, key_names[k]);
            lua_rawseti(L, -2, k);
        }
        lua_pushvalue(L, -1);
        lua_setfield(L, LUA_REGISTRYINDEX, DOC_KEYS);
    }
    int keys = lua_gettop(L);
    for (int k = 1; k < NKEYS; k++)
        lua_rawgeti(L, keys, k);
    return keys;
}

#define KEY(k) lua_pushvalue(L, keys + (k))

static inline void set_str(lua_State *L, int keys, int k, const char *v)
{
    if (!v)
        return;
    KEY(k);
    lua_pushstring(L, v);
    lua_rawset(L, -3);
}

static inline void set_lstr(lua_State *L, int keys, int k, const char *v, size_t n)
{
    KEY(k);
    lua_pushlstring(L, v, n);
    lua_rawset(L, -3);
}

static inline void set_int(lua_State *L, int keys, int k, lua_Integer v)
{
    KEY(k);
    lua_pushinteger(L, v);
    lua_rawset(L, -3);
}

static inline void set_num(lua_State *L, int keys, int k, double v)
{
    if (isnan(v))
        return;
    KEY(k);
    lua_pushnumber(L, v);
    lua_rawset(L, -3);
}

static inline void set_bool(lua_State *L, int keys, int k, int v)
{
    KEY(k);
    lua_pushboolean(L, v);
    lua_rawset(L, -3);
}

/* Pushes the name of enum value v, from the keys table (slot base+v,
 * made the first time); a value out of range is pushed as a string. */
static void push_name(lua_State *L, int keys, int base, int span, int v, const char *name)
{
    if (v < 0 || v >= span) {
        lua_pushstring(L, name);
    } else if (lua_rawgeti(L, keys, base + v) != LUA_TSTRING) {
        lua_pop(L, 1);
        lua_pushstring(L, name);
        lua_pushvalue(L, -1);
        lua_rawseti(L, keys, base + v);
    }
}

/* t[key k] = the name of enum value v (push_name) */
static void set_name(lua_State *L, int keys, int k, int base, int span, int v,
                     const char *name)
{
    if (!name)
        return;
    KEY(k);
    push_name(L, keys, base, span, v, name);
    lua_rawset(L, -3);
}

/* Each push_* below leaves one new table on top; the caller has pushed
 * the key it goes under first (KEY, then push_*, then lua_rawset). */
static void push_value(lua_State *L, int keys, const jx_value *v)
{
    lua_createtable(L, 0, 4);
    set_lstr(L, keys, K_RAW, v->raw ? v->raw : "", v->raw_len);
    set_name(L, keys, K_KIND, N_VKIND, N_OP - N_VKIND, (int)v->kind, jx_vkind_name(v->kind));
    set_str(L, keys, K_DAMAGE, v->damage);
    KEY(K_THRESHOLDS);
    lua_createtable(L, v->n, 0);
    for (int i = 0; i < v->n; i++) {
        const jx_threshold *t = &v->t[i];
        lua_createtable(L, 0, 6);
        set_name(L, keys, K_OP, N_OP, N_END - N_OP, (int)t->op, jx_op_name(t->op));
        set_num(L, keys, K_VALUE, t->value);
        set_num(L, keys, K_VALUE_MAX, t->value_max);
        set_str(L, keys, K_UNIT, t->unit);
        set_bool(L, keys, K_IMPLIED, t->implied);
        set_bool(L, keys, K_PRODUCT, t->product);
        set_lstr(L, keys, K_TEXT, v->raw + t->off, t->len);
        if (t->subj_len)
            set_lstr(L, keys, K_SUBJECT, v->raw + t->subj_off, t->subj_len);
        lua_rawseti(L, -2, i + 1);
    }
    lua_rawset(L, -3);
}

static void push_indicator(lua_State *L, int keys, const jx_indicator *ind, size_t i)
{
    lua_createtable(L, 0, 14);
    set_str(L, keys, K_LEVEL1, ind->level1);
    set_str(L, keys, K_LEVEL2, ind->level2);
    set_str(L, keys, K_LEVEL3, ind->level3);
    set_str(L, keys, K_PERIOD, ind->period);
    set_str(L, keys, K_EXPLANATION, ind->explanation);
    set_str(L, keys, K_NOTE, ind->note);
    set_int(L, keys, K_LINE, ind->line);
    set_int(L, keys, K_INDEX, (lua_Integer)i + 1);
    set_bool(L, keys, K_LEVEL2_INFERRED, ind->level2_inferred);
    set_bool(L, keys, K_REALIGNED, ind->realigned);
    set_bool(L, keys, K_SPLIT, ind->split);
    KEY(K_TARGET);
    push_value(L, keys, &ind->target);
    lua_rawset(L, -3);
}

/* The array of a table's indicators, as docs/rules.md 3.3 lists them. */
static void push_indicators(lua_State *L, int keys, const jx_table *t)
{
    lua_createtable(L, (int)t->n, 0);
    for (size_t i = 0; i < t->n; i++) {
        push_indicator(L, keys, &t->ind[i], i);
        lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
}

/* A table of the document.  Its `indicators` are made the first time a
 * check reads them (the metatable mt at stack index mt, see l_tbl_index):
 * national's checks read the rows (push_rows) instead, and building every
 * indicator's four tables was a third of the checks' time. */
static void push_table(lua_State *L, int keys, const jx_table *t, size_t ti, int mt)
{
    lua_createtable(L, 0, 10);
    set_name(L, keys, K_KIND, N_TKIND, N_LAYOUT - N_TKIND, (int)t->kind,
             jx_table_kind_name(t->kind));
    set_name(L, keys, K_LAYOUT, N_LAYOUT, N_VKIND - N_LAYOUT, (int)t->layout,
             jx_layout_name(t->layout));
    set_str(L, keys, K_CODE, t->code);
    set_str(L, keys, K_NAME, t->name);
    set_str(L, keys, K_DEPARTMENT, t->department);
    set_int(L, keys, K_LINE, t->line);
    set_int(L, keys, K_TABLE, (lua_Integer)ti + 1);
    KEY(K_FUNDS);
    lua_createtable(L, 0, 3);
    set_num(L, keys, K_TOTAL, t->funds.total);
    set_num(L, keys, K_FISCAL, t->funds.fiscal);
    set_num(L, keys, K_OTHER, t->funds.other);
    lua_rawset(L, -3);
    lua_pushvalue(L, mt);
    lua_setmetatable(L, -2);
}

/* The document's indicators as columns, doc._rows (docs/rules.md 3.3):
 * row k (tables in order, then their indicators) has cls (its class, see
 * row_class), period, tk (the value kind), raw, damage, line, flags (1
 * split, 2 realigned, 4 level2_inferred; nil when none), note, tn and t0
 * (its thresholds' count and first index, nil when none), tb (nil when
 * none, else bits: 1 the first threshold's op is ge or gt, 2 some op is le
 * or lt, 4 some threshold is implied, 8 the first has a value and the unit
 * 万元, 16 some unit is neither empty nor %); threshold j has
 * op, value, value_max, unit, implied, product, text.  Table ti has
 * cnt[ti] rows, yi[ti] true when some rows are 年度 and some 实施期 (else
 * nil), tkind[ti] its kind as the host gave it and tobj[ti] the
 * table itself, and tables is the doc.tables array, so that a reader can
 * tell whether the document was changed since.  The sub-lists qt, bad,
 * flag, le, imp and wan are the row numbers k (ascending) whose tk is
 * qualitative or time; empty, placeholder or damaged; whose flags have 1
 * or 2; whose tb has 2; 4; 8: the host knows these per row, and a reader
 * walking all rows to find them paid a Lua loop step per row (and a
 * table regrowth per append) where C pays a rawseti per member. */
enum {
    C_CLS, C_PERIOD, C_TK, C_RAW, C_DAMAGE, C_LINE, C_FLAGS, C_NOTE, C_TN, C_T0, C_TB,
    C_OP, C_VALUE, C_VALUE_MAX, C_UNIT, C_IMPLIED, C_PRODUCT, C_TEXT, C_CNT, C_TOBJ, C_TKIND, C_YI,
    C_QT, C_BAD, C_FLAG, C_LE, C_IMP, C_WAN,
    NCOL
};
static const int col_key[NCOL] = {
    K_CLS, K_PERIOD, K_TK, K_RAW, K_DAMAGE, K_LINE, K_FLAGS, K_NOTE, K_TN, K_T0, K_TB,
    K_OP, K_VALUE, K_VALUE_MAX, K_UNIT, K_IMPLIED, K_PRODUCT, K_TEXT, K_CNT, K_TOBJ, K_TKIND, K_YI,
    K_QT, K_BAD, K_FLAG, K_LE, K_IMP, K_WAN};

/* Row classes: the distinct (table kind, 一级, 二级, 三级) of the rows the
 * engine has seen, numbered from 1 and kept across documents in the
 * registry (ROWCLASSES = {by (kind, 一级, 二级), classes, count}); doc._rows.classes[id]
 * = {kind, level1, level2, level3} (nil where the row has none).  A pack
 * can keep what it derives from a class's names by its id for as long as
 * classes is the same table: at CLASS_MAX classes the host starts new
 * tables and numbers from 1 again. */
#define ROWCLASSES "jixiao.rowclasses"
#define CLASS_MAX 1024

/* Pushes the key table, the classes table and the count holder (the
 * registry entry) and returns the count. */
static lua_Integer push_classes(lua_State *L)
{
    if (lua_getfield(L, LUA_REGISTRYINDEX, ROWCLASSES) != LUA_TTABLE) {
        lua_pop(L, 1);
        lua_createtable(L, 3, 0);
        lua_pushvalue(L, -1);
        lua_setfield(L, LUA_REGISTRYINDEX, ROWCLASSES);
    }
    int rc = lua_gettop(L);
    lua_Integer n = lua_rawgeti(L, rc, 3) == LUA_TNUMBER ? lua_tointeger(L, -1) : -1;
    lua_pop(L, 1);
    if (n < 0 || n >= CLASS_MAX) {
        for (int i = 1; i <= 2; i++) {
            lua_createtable(L, 0, 0);
            lua_rawseti(L, rc, i);
        }
        n = 0;
    }
    lua_rawgeti(L, rc, 1);
    lua_rawgeti(L, rc, 2);
    lua_pushvalue(L, rc);
    lua_remove(L, rc);
    return n;
}

static size_t put_part(char *buf, const char *s, size_t len)
{
    uint32_t n = s ? (uint32_t)len : UINT32_MAX;
    memcpy(buf, &n, sizeof n);
    if (s)
        memcpy(buf + sizeof n, s, len);
    return sizeof n + (s ? len : 0);
}

/* The (kind, 一级, 二级) whose table of 三级 → class id is at stack index
 * slot (0: the entry is empty).  The last CLASS_RECENT of them are kept:
 * a table's rows go round a few (产出 / 数量, 效益 / 社会效益, 满意度 …), and
 * with one kept nearly every row built and looked up its key again. */
#define CLASS_RECENT 8
typedef struct class_at {
    int kind;
    const char *l1, *l2;
    int slot;
} class_at;

typedef struct class_recent {
    class_at at[CLASS_RECENT];
    int next; /* the entry replaced next (round robin) */
} class_recent;

static int same_str(const char *a, const char *b)
{
    return a == b || (a && b && !strcmp(a, b));
}

/* The entry of rc holding the row's (kind, 一级, 二级), or NULL. */
static const class_at *recent_class(const class_recent *rc, int kind, const jx_indicator *ind)
{
    for (int i = 0; i < CLASS_RECENT; i++) {
        const class_at *a = &rc->at[i];
        if (a->slot && a->kind == kind && same_str(a->l1, ind->level1) &&
            same_str(a->l2, ind->level2))
            return a;
    }
    return NULL;
}

/* The class id of a row.  by maps (kind, 一级, 二级) (the kind's byte, then
 * each name's length, NULL as UINT32_MAX, and bytes) to a table that maps
 * the 三级 (false for none) to the id; a new class is added to classes.
 * The recent (kind, 一级, 二级) tables are at stack indices sub0 ..
 * sub0 + CLASS_RECENT - 1 (rc).  *n is the count. */
static lua_Integer row_class(lua_State *L, int keys, int by, int classes, int sub0,
                             class_recent *rc, lua_Integer *n, const jx_table *t,
                             const jx_indicator *ind)
{
    const class_at *hit = recent_class(rc, (int)t->kind, ind);
    int sub;
    if (hit) {
        sub = hit->slot;
    } else {
        class_at *at = &rc->at[rc->next];
        sub = sub0 + rc->next;
        rc->next = (rc->next + 1) % CLASS_RECENT;
        const char *part[2] = {ind->level1, ind->level2};
        size_t len[2], total = 1;
        for (int i = 0; i < 2; i++) {
            len[i] = part[i] ? strlen(part[i]) : 0;
            total += sizeof(uint32_t) + len[i];
        }
        char small[256];
        char *buf = total <= sizeof small ? small : lua_newuserdatauv(L, total, 0);
        buf[0] = (char)t->kind;
        size_t off = 1;
        for (int i = 0; i < 2; i++)
            off += put_part(buf + off, part[i], len[i]);
        lua_pushlstring(L, buf, off);
        if (buf != small)
            lua_remove(L, -2);
        lua_pushvalue(L, -1);
        if (lua_rawget(L, by) != LUA_TTABLE) {
            lua_pop(L, 1);
            lua_createtable(L, 0, 4);
            lua_pushvalue(L, -1);
            lua_insert(L, -3);
            lua_rawset(L, by);
        } else {
            lua_remove(L, -2);
        }
        lua_replace(L, sub);
        at->kind = (int)t->kind;
        at->l1 = ind->level1;
        at->l2 = ind->level2;
        at->slot = sub;
    }
    if (ind->level3)
        lua_pushstring(L, ind->level3);
    else
        lua_pushboolean(L, 0);
    lua_pushvalue(L, -1);
    if (lua_rawget(L, sub) == LUA_TNUMBER) {
        lua_Integer id = lua_tointeger(L, -1);
        lua_pop(L, 2);
        return id;
    }
    lua_pop(L, 1);
    /* the class is stored and counted (count at slot 3 of the registry
     * entry, at stack index classes + 1) before the key maps to it: an
     * allocation failing on the way (the memory cap) leaves at most a
     * class nothing maps to, never an id given twice */
    lua_Integer id = *n + 1;
    lua_createtable(L, 4, 0);
    const char *kn = jx_table_kind_name(t->kind);
    if (kn) {
        push_name(L, keys, N_TKIND, N_LAYOUT - N_TKIND, (int)t->kind, kn);
        lua_rawseti(L, -2, 1);
    }
    const char *part[3] = {ind->level1, ind->level2, ind->level3};
    for (int i = 0; i < 3; i++) {
        if (part[i]) {
            lua_pushstring(L, part[i]);
            lua_rawseti(L, -2, i + 2);
        }
    }
    lua_rawseti(L, classes, id);
    *n = id;
    lua_pushinteger(L, id);
    lua_rawseti(L, classes + 1, 3);
    lua_pushinteger(L, id);
    lua_rawset(L, sub);
    return id;
}

#define COL(c) (col0 + (c))

static inline void col_str(lua_State *L, int col, lua_Integer k, const char *v)
{
    if (!v)
        return;
    lua_pushstring(L, v);
    lua_rawseti(L, col, k);
}

static inline void col_int(lua_State *L, int col, lua_Integer k, lua_Integer v)
{
    lua_pushinteger(L, v);
    lua_rawseti(L, col, k);
}

static inline void col_num(lua_State *L, int col, lua_Integer k, double v)
{
    if (isnan(v))
        return;
    lua_pushnumber(L, v);
    lua_rawseti(L, col, k);
}

/* doc._rows.tb of a value with thresholds (see above) */
static lua_Integer threshold_bits(const jx_value *v)
{
    lua_Integer b = 0;
    if (v->t[0].op == JX_OP_GE || v->t[0].op == JX_OP_GT)
        b |= 1;
    for (int x = 0; x < v->n; x++) {
        if (v->t[x].op == JX_OP_LE || v->t[x].op == JX_OP_LT)
            b |= 2;
        if (v->t[x].implied)
            b |= 4;
        if (v->t[x].unit[0] && strcmp(v->t[x].unit, "%"))
            b |= 16;
    }
    if (!isnan(v->t[0].value) && !strcmp(v->t[0].unit, "万元"))
        b |= 8;
    return b;
}

/* The sub-list (C_QT ..) bits of a row: 1 << (c - C_QT) for each sub-list
 * c it is in; tb is its threshold_bits (0 without thresholds). */
static unsigned row_lists(const jx_indicator *ind, lua_Integer tb)
{
    unsigned m = 0;
    jx_vkind vk = ind->target.kind;
    if (vk == JX_V_QUAL || vk == JX_V_TIME)
        m |= 1u << (C_QT - C_QT);
    else if (vk == JX_V_EMPTY || vk == JX_V_PLACEHOLDER || vk == JX_V_DAMAGED)
        m |= 1u << (C_BAD - C_QT);
    if (ind->split || ind->realigned)
        m |= 1u << (C_FLAG - C_QT);
    if (tb & 2)
        m |= 1u << (C_LE - C_QT);
    if (tb & 4)
        m |= 1u << (C_IMP - C_QT);
    if (tb & 8)
        m |= 1u << (C_WAN - C_QT);
    return m;
}
#define NLIST (NCOL - C_QT)

/* doc._rows.array(n): a new empty table with room for n array items
 * (a reader filling columns of its own skips the table's regrowth) */
static int l_array(lua_State *L)
{
    lua_Integer n = luaL_checkinteger(L, 1);
    lua_createtable(L, n > 0 && n <= (1 << 20) ? (int)n : 0, 0);
    return 1;
}

/* the value kinds and operators push_rows keeps the names of on the stack */
#define NAMED_VKINDS (JX_V_DAMAGED + 1)
#define NAMED_OPS (JX_OP_RANGE + 1)

static void push_rows(lua_State *L, int keys, const jx_doc *d, int tables)
{
    size_t n = 0, nt = 0;
    for (size_t ti = 0; ti < d->ntables; ti++)
        n += d->tables[ti].n;
    /* each row's tb and sub-list bits (row_lists), worked out once here
     * for the sub-lists' sizes; a userdata, so that an error on the way
     * leaks nothing */
    unsigned char *bits = lua_newuserdatauv(L, 2 * n + 1, 0);
    int bits_idx = lua_gettop(L);
    int nlist[NLIST] = {0}; /* each sub-list's length */
    size_t r = 0;
    for (size_t ti = 0; ti < d->ntables; ti++) {
        const jx_table *t = &d->tables[ti];
        for (size_t i = 0; i < t->n; i++, r++) {
            const jx_value *v = &t->ind[i].target;
            nt += v->n;
            unsigned tb = v->n ? (unsigned)threshold_bits(v) : 0;
            unsigned m = row_lists(&t->ind[i], tb);
            bits[2 * r] = (unsigned char)tb;
            bits[2 * r + 1] = (unsigned char)m;
            for (int c = 0; m; c++, m >>= 1)
                nlist[c] += (int)(m & 1);
        }
    }
    lua_Integer ncls = push_classes(L);
    int by = lua_gettop(L) - 2, classes = by + 1;
    /* the recent (kind, 一级, 二级)'s tables, see row_class */
    int sub0 = lua_gettop(L) + 1;
    for (int i = 0; i < CLASS_RECENT; i++)
        lua_pushnil(L);
    class_recent rc = {0};
    /* the last unit pushed, as a Lua string at stack index unit_slot
     * (units repeat from row to row) */
    lua_pushnil(L);
    int unit_slot = lua_gettop(L);
    char last_unit[JX_UNIT_MAX];
    last_unit[0] = 0;
    /* the names of the value kinds and operators (push_name), every one
     * of them at stack index vk0 + kind, op0 + op: a lua_pushvalue per
     * row and threshold instead of a lookup in the keys table */
    int vk0 = lua_gettop(L) + 1;
    for (int v = 0; v < NAMED_VKINDS; v++)
        push_name(L, keys, N_VKIND, N_OP - N_VKIND, v, jx_vkind_name((jx_vkind)v));
    int op0 = lua_gettop(L) + 1;
    for (int o = 0; o < NAMED_OPS; o++)
        push_name(L, keys, N_OP, N_END - N_OP, o, jx_op_name((jx_op)o));
    lua_createtable(L, 0, NCOL + 4);
    int R = lua_gettop(L), col0 = R + 1;
    for (int c = 0; c < NCOL; c++)
        lua_createtable(L, c >= C_QT ? nlist[c - C_QT] : c >= C_CNT ? (int)d->ntables
                                                         : c >= C_OP ? (int)nt : (int)n, 0);
    lua_Integer k = 0, j = 0;
    lua_Integer at[NLIST] = {0}; /* each sub-list's length so far */
    for (size_t ti = 0; ti < d->ntables; ti++) {
        const jx_table *t = &d->tables[ti];
        col_int(L, COL(C_CNT), (lua_Integer)ti + 1, (lua_Integer)t->n);
        lua_rawgeti(L, tables, (lua_Integer)ti + 1);
        lua_rawseti(L, COL(C_TOBJ), (lua_Integer)ti + 1);
        const char *kn = jx_table_kind_name(t->kind);
        if (kn) {
            push_name(L, keys, N_TKIND, N_LAYOUT - N_TKIND, (int)t->kind, kn);
            lua_rawseti(L, COL(C_TKIND), (lua_Integer)ti + 1);
        }
        int year = 0, impl = 0;
        for (size_t i = 0; i < t->n; i++) {
            const char *pd = t->ind[i].period;
            if (pd && !strcmp(pd, "年度"))
                year = 1;
            else if (pd && !strcmp(pd, "实施期"))
                impl = 1;
        }
        if (year && impl) {
            lua_pushboolean(L, 1);
            lua_rawseti(L, COL(C_YI), (lua_Integer)ti + 1);
        }
        for (size_t i = 0; i < t->n; i++) {
            const jx_indicator *ind = &t->ind[i];
            const jx_value *v = &ind->target;
            k++;
            col_int(L, COL(C_CLS), k, row_class(L, keys, by, classes, sub0, &rc, &ncls, t, ind));
            col_str(L, COL(C_PERIOD), k, ind->period);
            if ((unsigned)v->kind < NAMED_VKINDS)
                lua_pushvalue(L, vk0 + (int)v->kind);
            else
                push_name(L, keys, N_VKIND, N_OP - N_VKIND, (int)v->kind, jx_vkind_name(v->kind));
            lua_rawseti(L, COL(C_TK), k);
            lua_pushlstring(L, v->raw ? v->raw : "", v->raw_len);
            lua_pushvalue(L, -1);
            lua_rawseti(L, COL(C_RAW), k);
            int raw_idx = lua_gettop(L); /* kept for the thresholds' text */
            col_str(L, COL(C_DAMAGE), k, v->damage);
            col_int(L, COL(C_LINE), k, ind->line);
            int flags = (ind->split ? 1 : 0) | (ind->realigned ? 2 : 0) |
                        (ind->level2_inferred ? 4 : 0);
            if (flags)
                col_int(L, COL(C_FLAGS), k, flags);
            col_str(L, COL(C_NOTE), k, ind->note);
            if (v->n) {
                col_int(L, COL(C_TN), k, v->n);
                col_int(L, COL(C_T0), k, j + 1);
                col_int(L, COL(C_TB), k, bits[2 * (k - 1)]);
            }
            unsigned m = bits[2 * (k - 1) + 1];
            for (int c = 0; m; c++, m >>= 1)
                if (m & 1)
                    col_int(L, COL(C_QT + c), ++at[c], k);
            for (int x = 0; x < v->n; x++) {
                const jx_threshold *th = &v->t[x];
                j++;
                if ((unsigned)th->op < NAMED_OPS)
                    lua_pushvalue(L, op0 + (int)th->op);
                else
                    push_name(L, keys, N_OP, N_END - N_OP, (int)th->op, jx_op_name(th->op));
                lua_rawseti(L, COL(C_OP), j);
                col_num(L, COL(C_VALUE), j, th->value);
                col_num(L, COL(C_VALUE_MAX), j, th->value_max);
                if (strcmp(th->unit, last_unit) || lua_isnil(L, unit_slot)) {
                    lua_pushstring(L, th->unit);
                    lua_copy(L, -1, unit_slot);
                    memcpy(last_unit, th->unit, sizeof last_unit);
                } else {
                    lua_pushvalue(L, unit_slot);
                }
                lua_rawseti(L, COL(C_UNIT), j);
                lua_pushboolean(L, th->implied);
                lua_rawseti(L, COL(C_IMPLIED), j);
                lua_pushboolean(L, th->product);
                lua_rawseti(L, COL(C_PRODUCT), j);
                if (th->off == 0 && th->len == v->raw_len && v->raw)
                    lua_pushvalue(L, raw_idx);
                else
                    lua_pushlstring(L, v->raw + th->off, th->len);
                lua_rawseti(L, COL(C_TEXT), j);
            }
            lua_pop(L, 1); /* the raw text */
        }
    }
    for (int c = NCOL - 1; c >= 0; c--) {
        KEY(col_key[c]);
        lua_insert(L, -2);
        lua_rawset(L, R);
    }
    set_int(L, keys, K_N, (lua_Integer)n);
    set_int(L, keys, K_NTABLES, (lua_Integer)d->ntables);
    KEY(K_TABLES);
    lua_pushvalue(L, tables);
    lua_rawset(L, R);
    KEY(K_CLASSES);
    lua_pushvalue(L, classes);
    lua_rawset(L, R);
    KEY(K_ARRAY);
    lua_pushcfunction(L, l_array);
    lua_rawset(L, R);
    /* the count, in the registry entry below the sub slots */
    lua_pushinteger(L, ncls);
    lua_rawseti(L, sub0 - 1, 3);
    lua_replace(L, by);
    lua_settop(L, by);
    lua_remove(L, bits_idx);
}

#undef COL

/* Pushes the document; mt is the tables' metatable (see push_table). */
static void push_doc(lua_State *L, jx_doc *d, int mt)
{
    /* keys table and keys, doc, tables, table, rows and its columns, the
     * recent classes, … */
    luaL_checkstack(L, NKEYS + NCOL + CLASS_RECENT + NAMED_VKINDS + NAMED_OPS + 16, "doc");
    int keys = push_keys(L);
    lua_createtable(L, 0, 7);
    set_str(L, keys, K_SOURCE, d->source);
    set_str(L, keys, K_UNIT, d->unit);
    if (d->year)
        set_int(L, keys, K_YEAR, d->year);
    set_num(L, keys, K_PROJECT_SPENDING, d->project_spending);
    KEY(K_NOTES);
    lua_createtable(L, (int)d->nnotes, 0);
    for (size_t i = 0; i < d->nnotes; i++) {
        lua_createtable(L, 0, 3);
        set_int(L, keys, K_LINE, d->notes[i].line);
        set_str(L, keys, K_CODE, d->notes[i].code);
        set_str(L, keys, K_MESSAGE, d->notes[i].message);
        lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
    lua_rawset(L, -3);
    KEY(K_TABLES);
    lua_createtable(L, (int)d->ntables, 0);
    for (size_t ti = 0; ti < d->ntables; ti++) {
        push_table(L, keys, &d->tables[ti], ti, mt);
        lua_rawseti(L, -2, (lua_Integer)ti + 1);
    }
    int tables = lua_gettop(L);
    KEY(K_ROWS);
    push_rows(L, keys, d, tables);
    lua_rawset(L, tables - 2);
    lua_rawset(L, -3);
    /* the document alone stays, where the keys table was */
    lua_replace(L, keys);
    lua_settop(L, keys);
}

/* tbl.indicators made on first use (push_table): the __index of the
 * tables' metatable, for the key "indicators" only.  Upvalues: the run's
 * box (NULL once jx_engine_check has returned: a table kept by rule code
 * then gets no indicators) and the key string.  Leaves the array, or nil,
 * on top; the table then loses the metatable. */
static void materialize(lua_State *L, int tidx)
{
    check_ctx *c = *(check_ctx **)lua_touserdata(L, lua_upvalueindex(1));
    lua_pushvalue(L, lua_upvalueindex(2));
    if (lua_rawget(L, tidx) != LUA_TNIL)
        return;
    lua_pop(L, 1);
    jx_eng_rawfield(L, tidx, "_table");
    lua_Integer k = lua_tointeger(L, -1);
    lua_pop(L, 1);
    if (!c || k < 1 || (size_t)k > c->doc->ntables) {
        lua_pushnil(L);
        return;
    }
    luaL_checkstack(L, NKEYS + 16, "doc");
    int keys = push_keys(L);
    push_indicators(L, keys, &c->doc->tables[k - 1]);
    lua_replace(L, keys);
    lua_settop(L, keys);
    lua_pushvalue(L, lua_upvalueindex(2));
    lua_pushvalue(L, -2);
    lua_rawset(L, tidx);
    lua_pushnil(L);
    lua_setmetatable(L, tidx);
}

static int l_tbl_index(lua_State *L)
{
    if (!lua_rawequal(L, 2, lua_upvalueindex(2)) || !lua_istable(L, 1))
        return 0;
    materialize(L, 1);
    return 1;
}

static int l_next(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_settop(L, 2);
    if (lua_next(L, 1))
        return 2;
    lua_pushnil(L);
    return 1;
}

/* pairs(tbl) sees the indicators too */
static int l_tbl_pairs(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    materialize(L, 1);
    lua_pushcfunction(L, l_next);
    lua_pushvalue(L, 1);
    lua_pushnil(L);
    return 3;
}

/* The tables' metatable for one run; box at stack index box. */
static void push_table_mt(lua_State *L, int box)
{
    lua_createtable(L, 0, 2);
    lua_pushvalue(L, box);
    lua_pushstring(L, key_names[K_INDICATORS]);
    lua_pushcclosure(L, l_tbl_index, 2);
    lua_setfield(L, -2, "__index");
    lua_pushvalue(L, box);
    lua_pushstring(L, key_names[K_INDICATORS]);
    lua_pushcclosure(L, l_tbl_pairs, 2);
    lua_setfield(L, -2, "__pairs");
}

#undef KEY

static int sev_of(const char *s, jx_severity *out)
{
    if (!s)
        return -1;
    if (!strcmp(s, "error"))
        *out = JX_SEV_ERROR;
    else if (!strcmp(s, "warning"))
        *out = JX_SEV_WARNING;
    else if (!strcmp(s, "info"))
        *out = JX_SEV_INFO;
    else
        return -1; /* "off" or unknown */
    return 0;
}

static int l_report(lua_State *L)
{
    check_ctx *c = *(check_ctx **)lua_touserdata(L, lua_upvalueindex(1));
    if (!c)
        return luaL_error(L, "report() 只能在审核运行期间调用");
    const jx_table *t = NULL;
    const jx_indicator *ind = NULL;
    if (lua_istable(L, 1)) {
        jx_eng_rawfield(L, 1, "_table");
        lua_Integer k = lua_tointeger(L, -1);
        lua_pop(L, 1);
        if (k >= 1 && (size_t)k <= c->doc->ntables)
            t = &c->doc->tables[k - 1];
    }
    if (t && lua_istable(L, 2)) {
        jx_eng_rawfield(L, 2, "_index");
        lua_Integer k = lua_tointeger(L, -1);
        lua_pop(L, 1);
        if (k >= 1 && (size_t)k <= t->n)
            ind = &t->ind[k - 1];
    } else if (t && lua_type(L, 2) == LUA_TNUMBER) {
        /* the indicator's position in tbl.indicators (doc._rows readers) */
        lua_Integer k = lua_tointeger(L, 2);
        if (k >= 1 && (size_t)k <= t->n)
            ind = &t->ind[k - 1];
    }
    const char *msg = luaL_checkstring(L, 3);
    int line = (int)luaL_optinteger(L, 4, ind ? ind->line : t ? t->line : 0);
    if (c->stop)
        return 0;
    jx_finding f;
    f.severity = c->sev;
    f.code = c->code;
    f.message = msg;
    f.source = c->doc->source;
    f.line = line;
    f.project = t && t->kind == JX_TABLE_PROJECT ? (t->code ? t->code : t->name) : NULL;
    f.indicator = ind ? ind->level3 : NULL;
    if (c->cb(&f, c->ud))
        c->stop = 1;
    return 0;
}

size_t jx_engine_ncheck(jx_engine *e)
{
    lua_State *L = e->L;
    if (e->broken)
        return 0;
    lua_rawgeti(L, LUA_REGISTRYINDEX, e->ref_checks);
    size_t n = lua_istable(L, -1) ? (size_t)lua_rawlen(L, -1) : 0;
    lua_pop(L, 1);
    return n;
}

typedef struct info_ctx {
    jx_engine *e;
    size_t i;
    const char *code, *severity, *description;
} info_ctx;

/* a string field of a check; NULL for anything else (a number is not
 * converted: the converted string would live only on the stack) */
static const char *str_field(lua_State *L, int idx, const char *k)
{
    jx_eng_rawfield(L, idx, k);
    const char *s = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
    lua_pop(L, 1);
    return s;
}

static int info_body(lua_State *L, void *ud)
{
    info_ctx *c = ud;
    lua_rawgeti(L, LUA_REGISTRYINDEX, c->e->ref_checks);
    if (!lua_istable(L, -1) || lua_rawgeti(L, -1, (lua_Integer)c->i + 1) != LUA_TTABLE)
        return 0;
    /* strings stay alive: they are referenced from the pack table */
    c->code = str_field(L, -1, "code");
    c->severity = str_field(L, -1, "severity");
    c->description = str_field(L, -1, "description");
    return 1;
}

/* The strings of check i copied into the engine: the pack table holding
 * them is rule data a check may change.  Later calls for i return the
 * copy.  0 when out of memory. */
static int keep_info(jx_engine *e, size_t i, const char *c, const char *s, const char *d,
                     const char **code, const char **severity, const char **description)
{
    if (i >= e->ninfo) {
        size_t n = i + 1 > e->ninfo * 2 ? i + 1 : e->ninfo * 2;
        char **v = realloc(e->info, n * 3 * sizeof *v);
        if (!v)
            return 0;
        memset(v + e->ninfo * 3, 0, (n - e->ninfo) * 3 * sizeof *v);
        e->info = v;
        e->ninfo = n;
    }
    char **slot = &e->info[i * 3];
    if (!slot[0]) {
        slot[0] = strdup(c);
        slot[1] = strdup(s);
        slot[2] = strdup(d);
        if (!slot[0] || !slot[1] || !slot[2]) {
            for (int k = 0; k < 3; k++) {
                free(slot[k]);
                slot[k] = NULL;
            }
            return 0;
        }
    }
    *code = slot[0];
    *severity = slot[1];
    *description = slot[2];
    return 1;
}

int jx_engine_check_info(jx_engine *e, size_t i, const char **code,
                         const char **severity, const char **description)
{
    info_ctx c = {e, i, NULL, NULL, NULL};
    int found = 0;
    int st = jx_eng_protected(e, info_body, &c, 0, &found);
    if (st != LUA_OK) {
        if (st != ST_UNUSABLE)
            lua_pop(e->L, 1);
        e->mem_hit = 0;
        return 0;
    }
    if (!found)
        return 0;
    return keep_info(e, i, c.code ? c.code : "?", c.severity ? c.severity : "warning",
                     c.description ? c.description : "", code, severity, description);
}

typedef struct check_run {
    check_ctx c;
    jx_error *err;
    int rc;
} check_run;

/* snprintf(dst, size, "%s", src) without the formatting machinery */
static void copy_str(char *dst, size_t size, const char *src)
{
    size_t n = strlen(src);
    if (n >= size)
        n = size - 1;
    memcpy(dst, src, n);
    dst[n] = 0;
}

/* One check: its code is copied first, since the check's own code may
 * change the pack table that holds the string. */
static void run_one_check(lua_State *L, jx_engine *e, check_ctx *c, size_t i, int doc_idx,
                          int rep_idx)
{
    char code[128];
    lua_rawgeti(L, LUA_REGISTRYINDEX, e->ref_checks);
    if (lua_rawgeti(L, -1, (lua_Integer)i + 1) != LUA_TTABLE) {
        lua_pop(L, 2);
        return;
    }
    const char *cs = str_field(L, -1, "code");
    copy_str(code, sizeof code, cs ? cs : "?");
    const char *sev = str_field(L, -1, "severity");
    if (sev_of(sev ? sev : "warning", &c->sev)) {
        lua_pop(L, 2);
        return; /* silenced */
    }
    c->code = code;
    jx_eng_rawfield(L, -1, "run");
    lua_remove(L, -2);
    lua_remove(L, -2);
    if (!lua_isfunction(L, -1)) {
        lua_pop(L, 1);
        return;
    }
    lua_pushvalue(L, doc_idx);
    lua_pushvalue(L, rep_idx);
    char what[160] = "检查 ";
    size_t wl = strlen(what);
    copy_str(what + wl, sizeof what - wl, code);
    jx_error e2 = {0};
    if (jx_eng_call_pushed(e, 2, 0, what, &e2)) {
        jx_finding f = {JX_SEV_ERROR, "rule-error", e2.msg, c->doc->source, 0, NULL, NULL};
        if (c->cb(&f, c->ud))
            c->stop = 1;
    }
    c->code = NULL;
}

static int check_body(lua_State *L, void *ud)
{
    check_run *r = ud;
    check_ctx *c = &r->c;
    jx_engine *e = c->e;
    size_t n = jx_engine_ncheck(e);
    check_ctx **box = lua_newuserdatauv(L, sizeof *box, 0);
    *box = c;
    int box_idx = lua_gettop(L);
    push_table_mt(L, box_idx);
    /* the document as Lua tables: counted against the cap like any
     * memory the rules use; a document too large for it is refused */
    push_doc(L, c->doc, box_idx + 1);
    int doc_idx = lua_gettop(L);
    if (jx_eng_kept_over(e)) {
        *box = NULL;
        r->rc = jx_fail(r->err, JX_ELIMIT, c->doc->source, 0, 0,
                        "文档过大：交给规则包 %s 审核需要的内存超出限制（%zu MiB）", e->pack,
                        e->mlimit >> 20);
        return r->rc;
    }
    lua_pushvalue(L, box_idx);
    lua_pushcclosure(L, l_report, 1);
    int rep_idx = lua_gettop(L);
    for (size_t i = 0; i < n && !c->stop; i++)
        run_one_check(L, e, c, i, doc_idx, rep_idx);
    *box = NULL; /* a report() kept by rule code is now inert */
    return JX_OK;
}

jx_status jx_engine_check(jx_engine *e, jx_doc *doc, jx_finding_cb cb, void *ud,
                    jx_error *err)
{
    if (!jx_engine_ncheck(e))
        return JX_OK;
    check_run r = {{e, doc, cb, ud, NULL, JX_SEV_INFO, 0}, err, JX_OK};
    int rc;
    int st = jx_eng_protected(e, check_body, &r, 0, &rc);
    if (st != LUA_OK) {
        /* out of memory building the document's tables, most likely */
        int mem = e->mem_hit || st == LUA_ERRMEM;
        rc = jx_eng_fail_status(e, err, "把文档交给审核", st, JX_ELIMIT);
        if (mem)
            rc = jx_fail(err, JX_ELIMIT, doc->source, 0, 0,
                         "文档过大：交给规则包 %s 审核需要的内存超出限制（%zu MiB）", e->pack,
                         e->mlimit >> 20);
    }
    if (rc && !r.c.stop) {
        jx_finding f = {JX_SEV_ERROR, "rule-error", err->msg, doc->source, 0, NULL, NULL};
        cb(&f, ud);
    }
    return rc;
}

