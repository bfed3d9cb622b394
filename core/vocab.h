/*
 * vocab.h - internal: the words that make a 绩效目标表 recognisable, shared
 * by the grid stage (segmenting run-on text) and the interpreter (reading
 * a header, realigning a row by what its cells are).
 *
 * Everything is matched on a folded key: whitespace, "*", "（N分）" and
 * inline pinyin dropped, full-width ASCII and brackets made half-width,
 * traditional characters folded to simplified.  The text as printed is
 * never changed; only the comparison is.
 */
#ifndef JX_VOCAB_H
#define JX_VOCAB_H

#include <stddef.h>

/* What a header cell names. */
typedef enum jx_col {
    JX_COL_NONE = 0,
    JX_COL_L1,      /* 一级指标 */
    JX_COL_L2,      /* 二级指标 */
    JX_COL_L3,      /* 三级指标, 指标名称 */
    JX_COL_TARGET,  /* 指标值, 年度指标值, 目标值, 当年预期实现值 … */
    JX_COL_ACTUAL,  /* 实际完成值, 全年实际值(B), 完成值 … */
    JX_COL_POINTS,  /* 分值, 权重, 参考分值 */
    JX_COL_SCORE,   /* 得分 */
    JX_COL_DEV,     /* 偏差原因分析及改进措施 */
    JX_COL_OP,      /* 指标性质 (≥ ≤ = 定性) */
    JX_COL_UNIT,    /* 度量单位, 计量单位 */
    JX_COL_VTYPE,   /* 指标值类型 (定量/定性) */
    JX_COL_EXPLAIN, /* 指标解释, 指标说明, 绩效标准, 评(扣)分标准 */
    JX_COL_NOTE,    /* 备注 */
    JX_COL_SEQ,     /* 序号 */
    JX_COL_PROJECT, /* 项目名称 as a column */
    JX_COL_CODE,    /* 项目编码 as a column */
    JX_COL_CURRENT, /* 本年数 (变动率 indicators on the template) */
    JX_COL_PREVIOUS, /* 上年数, 上年实际 (likewise) */
    JX_COL_COUNT
} jx_col;

/* A header vocabulary: which header names mean which column (a rule
 * pack's `columns`, rules/national/columns.lua).  Names are folded as
 * jx_fold does; a name ending in "*" matches a header that starts with it.
 * Exact names win over prefixes, and a longer prefix over a shorter one. */
typedef struct jx_columns jx_columns;

jx_columns *jx_columns_new(void);
/* Adds name -> role ("level1", "target" …, see jx_col_role).  Returns 0,
 * 1 for an unknown role (nothing added), -1 when out of memory.  A later
 * add of the same name replaces the earlier one; role NULL removes it. */
int jx_columns_add(jx_columns *c, const char *name, const char *role);
void jx_columns_free(jx_columns *c);
size_t jx_columns_count(const jx_columns *c);
/* The i-th entry in lookup order: the name as folded (without its "*"),
 * its column, and whether it matches as a prefix. */
void jx_columns_entry(const jx_columns *c, size_t i, const char **name, jx_col *col,
                      int *prefix);
/* The built-in vocabulary: rules/national/columns.lua, compiled in. */
const jx_columns *jx_columns_builtin(void);
/* The vocabulary jx_vocab_column uses on this thread (NULL: built-in);
 * returns the one it replaces, to put back. */
const jx_columns *jx_vocab_use(const jx_columns *c);
/* "level1" … for a column, and back (JX_COL_NONE for an unknown name). */
const char *jx_col_role(jx_col c);
jx_col jx_col_of_role(const char *role);

/* The period a target column holds: 0 the year (年度, or unmarked),
 * 1 实施期, 2 长期, 3 中期. */
enum { JX_PERIOD_YEAR = 0, JX_PERIOD_IMPL, JX_PERIOD_LONG, JX_PERIOD_MID };

/* Folds s into out (NUL-terminated, at most size-1 bytes); returns the
 * folded length. */
size_t jx_fold(const char *s, size_t n, char *out, size_t size);

/* The column a header cell names, JX_COL_NONE if none; *period is set for
 * target and actual columns ("长期指标值" -> JX_PERIOD_LONG). */
jx_col jx_vocab_column(const char *s, size_t n, int *period);
const char *jx_col_name(jx_col c);

/* Level names.  Returns 1 for a 一级 name, 2 for a 二级 name, 0 else.
 * *kind: 'p' project framework, 'd' department, '?' both.  For a 二级
 * name, *parent is the 一级 it belongs to in the project framework
 * ("数量指标" -> "产出指标"), or NULL. */
int jx_vocab_level(const char *s, size_t n, char *kind, const char **parent);

/* A level function (as jx_vocab_level) whose answer depends on the
 * cell's bytes alone; the reader asks it of the same names row after
 * row, so answers for cells up to JX_LEVEL_KEY_MAX bytes are kept in a
 * per-thread cache of JX_LEVEL_SLOTS slots (one cache line each), keyed
 * by the bytes. */
typedef int (*jx_level_fn)(const char *s, size_t n, char *kind, const char **parent);
#define JX_LEVEL_SLOTS 512
#define JX_LEVEL_KEY_MAX 46
typedef struct jx_level_slot {
    unsigned char n; /* 0: empty */
    signed char level;
    char kind;
    const char *parent;
    char s[JX_LEVEL_KEY_MAX];
} jx_level_slot;
/* fn(s, n, kind, parent), from cache (JX_LEVEL_SLOTS of them) when there */
int jx_level_cached(jx_level_slot *cache, jx_level_fn fn, const char *s, size_t n, char *kind,
                    const char **parent);

/* A row that closes a table: 合计, 总分, 评价结论, 存在问题, 改进措施,
 * 项目负责人, 填报人, signatures …  Returns 1 for 总分/合计 (a total),
 * 2 for the rest, 0 for neither. */
int jx_vocab_trailer(const char *s, size_t n);

/* How many column names (一级指标, 三级指标, 指标值, 实际完成值, 分值 …) a
 * line or cell holds, whatever separates them. */
int jx_vocab_header_words(const char *s, size_t n);

/* Whether v, the parse of the n bytes of a cell, is a quantity that makes
 * the whole cell ("≥95%", "3座"), not a name with a number in it
 * ("65岁及以上老年人健康管理人数", "资金拨付率100%"). */
struct jx_value;
int jx_vocab_whole_quantity(const struct jx_value *v, size_t n);
/* The same from the text: parses it first. */
int jx_vocab_is_quantity(const char *s, size_t n);

/* A page marker on its own: "- 3 -", "第3页", "第 3 页 共 5 页", "3/5". */
int jx_vocab_page_marker(const char *s, size_t n);

#endif
