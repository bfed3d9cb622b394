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

#include <stddef.h>

#define JX_VERSION "0.1.0"

#ifdef __cplusplus
extern "C" {
#endif

/* Status codes.  0 is success; every failure also fills a jx_error. */
typedef enum jx_status {
    JX_OK = 0,
    JX_ENOMEM,    /* out of memory */
    JX_EIO,       /* a file could not be read or written */
    JX_EINPUT,    /* malformed input: bad cell, bad structure */
    JX_EENCODING, /* bytes that are not valid in the input encoding */
    JX_ERULE,     /* a rule pack failed: syntax, runtime, limits */
    JX_ENOTFOUND, /* a named thing (pack, project, indicator) is missing */
    JX_ELIMIT,    /* an input exceeds a documented limit */
    JX_EUSAGE     /* the caller passed arguments that do not fit */
} jx_status;

/*
 * Where and why something failed, for a person to read.  file/line/cell
 * name the input position when there is one (line and cell are 1-based,
 * 0 means "not applicable").  msg is UTF-8, in Chinese where it quotes
 * the tables.
 */
typedef struct jx_error {
    jx_status code;
    int line;
    int cell;
    char file[256];
    char msg[512];
} jx_error;

const char *jx_status_name(jx_status st);

/* Formats "FILE:LINE:CELL: msg" (parts omitted when absent) into buf. */
void jx_error_format(const jx_error *err, char *buf, size_t size);

#ifdef __cplusplus
}
#endif

#include "jixiao/value.h"
#include "jixiao/doc.h"
#include "jixiao/engine.h"

#endif
