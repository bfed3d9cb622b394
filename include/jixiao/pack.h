/*
 * pack.h - rule packs as their authors and a bureau see them: the
 * installed packs, one pack shown after inheritance, its schema checked
 * (lint), and its own test cases (tests.yaml) run.  Each writes what
 * `jixiao rules list|show|lint|test` prints, in Chinese, to out.
 */
#ifndef JIXIAO_PACK_H
#define JIXIAO_PACK_H

#include <stdio.h>
#include "jixiao/base.h"
#include "jixiao/engine.h"

#ifdef __cplusplus
extern "C" {
#endif

/* One row per pack found in the search dirs (NULL: jx_rules_default_dirs,
 * the first of a name wins): name, version, region, parent, folder.  A
 * pack that fails to load is a row saying why. */
JX_API jx_status jx_pack_list(const char *const *search, FILE *out, struct jx_error *err);

/* e's pack resolved: its fields, sources, framework (一级 → 二级 with
 * aliases and keywords), formulas and data, and its checks.  JX_ELIMIT
 * when reading the pack runs out of memory (err says so). */
JX_API jx_status jx_pack_show(jx_engine *e, FILE *out, struct jx_error *err);

/* Opens pack (a name or a folder, as jx_engine_open) without the schema
 * check, runs that check and the key check of its tests.yaml, printing
 * each problem with file and line, or "没有发现问题".  *problems is their
 * count.  A pack that cannot load is the returned status (err). */
JX_API jx_status jx_pack_lint(const char *pack, const jx_engine_opts *opts, FILE *out,
                              size_t *problems, struct jx_error *err);

/* Runs the cases of tests.yaml in e's pack folder, printing each failure
 * (expected and got) and a count line; name is how the last line names
 * the pack.  *failed counts failed cases and unknown keys.  JX_EIO or
 * JX_EINPUT when tests.yaml cannot be read, JX_ENOTFOUND when it holds
 * no case (err says so). */
JX_API jx_status jx_pack_test(jx_engine *e, const char *name, FILE *out, size_t *ncases,
                              size_t *failed, struct jx_error *err);

#ifdef __cplusplus
}
#endif

#endif
