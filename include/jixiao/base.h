/*
 * base.h - what every libjixiao header shares: the version (compile time
 * and run time), JX_API (the mark on every function the shared library
 * exports), status codes and the error a failing call fills.
 *
 * JX_VERSION_NUM is 0xMMmmpp (major, minor, patch), for #if tests:
 *     #if JX_VERSION_NUM >= 0x000100
 * jx_version() tells which library a program actually runs against.
 * CMakeLists.txt reads the version from this file.
 */
#ifndef JIXIAO_BASE_H
#define JIXIAO_BASE_H

#include <stddef.h>

#define JX_VERSION_MAJOR 0
#define JX_VERSION_MINOR 1
#define JX_VERSION_PATCH 0
#define JX_VERSION "0.1.0"
#define JX_VERSION_NUM \
    ((JX_VERSION_MAJOR << 16) | (JX_VERSION_MINOR << 8) | JX_VERSION_PATCH)

/* The library is built with -fvisibility=hidden: only functions declared
 * JX_API in include/jixiao/ are exported (tests/abi_check.sh compares). */
#if defined(JX_BUILDING) && defined(__GNUC__)
#define JX_API __attribute__((visibility("default")))
#else
#define JX_API
#endif

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

/* "ok", "nomem", …: a stable name for logs and JSON; static. */
JX_API const char *jx_status_name(jx_status st);

/* Formats "FILE:LINE:CELL: msg" (parts omitted when absent) into buf. */
JX_API void jx_error_format(const jx_error *err, char *buf, size_t size);

/* The library's version string ("0.1.0"), static.  Compare with
 * JX_VERSION to catch a program built against other headers. */
JX_API const char *jx_version(void);
/* JX_VERSION_NUM of the library that is running. */
JX_API unsigned jx_version_num(void);

#ifdef __cplusplus
}
#endif

#endif
