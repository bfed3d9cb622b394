/*
 * read/read.h - internal: the readers' entry points, called by parse.c
 * (the dispatch) and by office.c (grids in the record schema).  Each
 * reader builds a jx_doc through doc_int.h; none calls back into parse.c.
 *
 *   layout.c        text tables (extracted from PDF/Word, pasted)
 *   records.c       CSV, JSON, YAML in the record schema; grids -> records
 *   read/office.c   xlsx, docx, html, pdf, legacy office -> grids
 */
#ifndef JX_READ_H
#define JX_READ_H

#include "doc_int.h"

/* Readers: data is UTF-8 without BOM, NUL-terminated, writable. */
int jx_read_text(jx_doc *d, char *data, size_t len, jx_error *err);
int jx_read_csv(jx_doc *d, char *data, size_t len, jx_error *err);
/* A grid in jixiao's record schema (a CSV, or a sheet whose first row is
 * the template's header with 表类型/table/level3) -> records. */
struct jx_grid;
int jx_records_is_schema(const struct jx_grid *g);
int jx_records_from_grid(jx_doc *d, const struct jx_grid *g, jx_error *err);
/* Office files (xlsx, docx, html, pdf, legacy) -> grids -> records
 * (core/read/office.c). */
int jx_read_office(jx_doc *d, jx_format f, const char *data, size_t len,
                   const jx_parse_opts *o, jx_error *err);
int jx_read_json(jx_doc *d, const char *data, size_t len, jx_error *err);
int jx_read_yaml(jx_doc *d, const char *data, size_t len, jx_error *err);

/* YAML text -> cJSON tree (cJSON *; free with cJSON_Delete), NULL on
 * error.  jx_read_tree reads a tree in the record schema into d. */
void *jx_yaml_load(const char *data, size_t len, const char *name, jx_error *err);
int jx_read_tree(jx_doc *d, const void *root, jx_error *err);

/* decode.c: a malloc'd UTF-8 copy of data without BOM, NUL-terminated;
 * bad bytes are a JX_EINPUT naming name and the line. */
int jx_decode(const char *data, size_t len, const char *name, jx_encoding enc,
              char **out, size_t *outlen, jx_error *err);

#endif
