/*
 * read/office.h - internal: what the office front ends share (xlsx.c,
 * docx.c, html.c, pdf.c, legacy.c): reading a zip member under limits,
 * opening XML safely, and the front-end entry points used by doc.c.
 *
 * Limits (zip bombs, billion laughs, huge sheets) are documented in
 * docs/formats.md; every violation is a JX_ELIMIT or JX_EINPUT error
 * with a Chinese message naming the file and the member.
 */
#ifndef JX_READ_OFFICE_H
#define JX_READ_OFFICE_H

#include <stddef.h>

#include "grid.h"

#define JX_ZIP_TOTAL_MAX (64u << 20) /* uncompressed bytes read per file */
#define JX_ZIP_RATIO_MAX 200          /* uncompressed / compressed */
#define JX_SHEET_COLS_MAX 1024        /* columns with text in one sheet */
#define JX_SHEET_CELLS_MAX (2u << 20) /* rows with text x columns */

struct zip;
typedef struct jx_zip {
    struct zip *z;
    const char *name; /* file name for messages */
    size_t used;      /* uncompressed bytes read so far */
} jx_zip;

/* Opens a zip held in memory (data must outlive it). */
int jx_zip_open(jx_zip *zf, const char *data, size_t len, const char *name,
                jx_error *err);
void jx_zip_close(jx_zip *zf);
/* 1 if the archive has a member with this name. */
int jx_zip_has(jx_zip *zf, const char *member);
/* Reads a member into a malloc'd NUL-terminated buffer under the limits.
 * A missing member: JX_ENOTFOUND when required, else *out = NULL, JX_OK. */
int jx_zip_read(jx_zip *zf, const char *member, int required, char **out,
                size_t *len, jx_error *err);

/* Refuses XML with a DOCTYPE (no office part has one: entity expansion
 * and external entities are refused before libxml2 sees the bytes). */
int jx_xml_check(const char *xml, size_t len, const char *name,
                 const char *member, jx_error *err);
/* libxml2 parser options for untrusted input: no network, no entity
 * substitution, no DTD loading, no huge-input relaxations. */
#define JX_XML_OPTS (XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING)

/* A zip member that identifies the format ("xl/workbook.xml" …). */
int jx_zip_sniff(const char *data, size_t len, const char *member);

/* Front ends: file bytes -> grids.  name is for messages. */
int jx_grid_from_xlsx(jx_grids *gs, const char *data, size_t len,
                      const char *name, jx_error *err);
int jx_grid_from_docx(jx_grids *gs, const char *data, size_t len,
                      const char *name, jx_error *err);
int jx_grid_from_html(jx_grids *gs, const char *data, size_t len,
                      const char *name, jx_error *err);
int jx_grid_from_pdf(jx_grids *gs, const char *data, size_t len,
                     const char *name, jx_error *err);
/* The part of the PDF reader after pdftotext: its -bbox-layout XHTML ->
 * one grid (also the fuzzing entry: poppler itself is fuzzed upstream). */
int jx_grid_from_pdf_bbox(jx_grids *gs, const char *xml, size_t len,
                          const char *name, jx_error *err);
/* .xls/.doc/.et/.wps: converted by LibreOffice, then xlsx/docx. */
int jx_grid_from_legacy(jx_grids *gs, const char *data, size_t len,
                        const char *name, jx_error *err);

/* A table being read (Word, HTML): cells placed at (row, col) with their
 * spans, turned into grid rows once the table ends. */
typedef struct jx_tcell {
    int row, col, rowspan, colspan;
    char *s;        /* malloc'd */
    unsigned flags; /* JX_CELL_HEADER for <th> */
} jx_tcell;
typedef struct jx_tbuild {
    jx_tcell *c;
    size_t n, cap;
    int nrows, ncols;
} jx_tbuild;
/* Places a copy of s; -1 on ENOMEM or when the table exceeds the limits. */
int jx_tb_add(jx_tbuild *tb, int row, int col, int rowspan, int colspan,
              const char *s, size_t n);
/* Appends the table's rows to g (line = table row, 1-based); frees tb. */
int jx_tb_flush(jx_tbuild *tb, jx_grid *g);
void jx_tb_free(jx_tbuild *tb);
/* Appends copies of src's rows (cells, flags, lines) to dst; -1 ENOMEM. */
int jx_grid_append(jx_grid *dst, const jx_grid *src);
/* Appends text outside a table as a row: split at TABs, flagged
 * JX_ROW_OUTSIDE; nothing for blank text. */
int jx_grid_outside(jx_grid *g, const char *s, size_t n, int line);

/* Reads pdftotext -bbox-layout XHTML into d as jx_read_office does a PDF. */
int jx_read_pdf_bbox(struct jx_doc *d, const char *xml, size_t len,
                     const jx_parse_opts *o, jx_error *err);

/* Runs argv (no shell) with a timeout in seconds, stdout captured up to
 * cap bytes into *out (malloc'd, NUL-terminated).  Returns 0 and the exit
 * status in *status; -1 with errno ENOENT when the program is missing,
 * ETIMEDOUT on timeout, EFBIG when output exceeds cap. */
int jx_run(char *const argv[], int timeout_s, size_t cap, char **out,
           size_t *outlen, int *status);

#endif
