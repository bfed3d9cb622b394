/*
 * jixiao.h - public API of libjixiao, the 绩效目标 checker and scorer.
 *
 * One prefix (jx_), status codes plus a message the caller can read
 * (jx_error), opaque handles for anything with internals (jx_doc,
 * jx_engine), plain structs for plain data.  Every function that returns
 * memory has a _free twin, named beside it.  The library never exits and
 * never prints.
 */
#ifndef JIXIAO_H
#define JIXIAO_H

#include "jixiao/base.h"
#include "jixiao/value.h"
#include "jixiao/doc.h"
#include "jixiao/engine.h"
#include "jixiao/score.h"
#include "jixiao/check.h"
#include "jixiao/batch.h"
#include "jixiao/template.h"
#include "jixiao/pack.h"

#endif
