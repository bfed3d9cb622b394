/*
 * grid.h - internal: a table of cells with their source positions.
 *
 * Every reader front end produces grids (core/read/: text shapes, xlsx,
 * docx, html, pdf); one interpreter (jx_interpret_grid) turns a grid into
 * indicator records.  Data flows one way: bytes -> grid -> records.  A
 * front end knows the format, nothing of 一级/二级/三级; the interpreter
 * knows the tables, nothing of the format.
 *
 * A grid is a list of rows in reading order.  A row is a dense array of
 * cells indexed by column: an empty cell is a cell with n == 0.  Text that
 * sits outside any table (a title, "项目名称：…", a paragraph between two
 * Word tables) is a row of one cell, in its place in the reading order, so
 * the interpreter sees the title above the table as a person does.
 *
 * Merged cells: the cell where a merge starts holds the text and its span
 * (rowspan, colspan); the cells it covers are present, empty, and marked
 * JX_CELL_COVERED_UP (covered by a merge from a row above) or
 * JX_CELL_COVERED_LEFT.  Text shapes do not know about merges: a merged
 * cell there is just empty (TAB text) or missing (pipes, spaces), which
 * the interpreter repairs by cell type.
 *
 * Positions: every row has the line (text, pdf) or row number (sheets),
 * and the page (pdf) where it was found; jx_grid_pos() formats a cell's
 * position for a person: "12" for text, "Sheet1!C12" for a sheet,
 * "表格2 第3行第2列" for a Word table, "p.3" for a pdf.
 *
 * Memory: a grid owns an arena; cell strings live in it or in a buffer the
 * caller keeps alive for the grid's life (text readers point into the
 * decoded text).  Every string is NUL-terminated.
 */
#ifndef JX_GRID_H
#define JX_GRID_H

#include "util.h"

/* The interpreter reads at most this many cells of a row.  Text front ends
 * fold the rest of a line into the last cell (one buffer, in order); an
 * office grid's further columns are not read. */
#define JX_GRID_MAX_CELLS 48

enum {
    JX_CELL_COVERED_UP = 1u << 0,   /* inside a vertical merge, not its top */
    JX_CELL_COVERED_LEFT = 1u << 1, /* inside a horizontal merge, not its left */
    JX_CELL_HIDDEN = 1u << 2,       /* hidden column (sheets) */
    JX_CELL_NUMBER = 1u << 3,       /* a sheet number, already formatted */
    JX_CELL_HEADER = 1u << 4        /* <th> in HTML, a header-styled cell */
};

typedef struct jx_cell {
    const char *s; /* UTF-8, trimmed, NUL-terminated; "" when empty */
    size_t n;
    int rowspan, colspan; /* >= 1 */
    unsigned flags;       /* JX_CELL_* */
} jx_cell;

enum {
    JX_ROW_HIDDEN = 1u << 0,   /* a hidden sheet row */
    JX_ROW_OUTSIDE = 1u << 1,  /* text outside a table (title, paragraph) */
    JX_ROW_PAGEBREAK = 1u << 2, /* first row after a page break (pdf) */
    JX_ROW_UNALIGNED = 1u << 3  /* text: cells in order, not under the header's columns */
};

typedef struct jx_grow {
    jx_cell *c;   /* n cells, column 0 first */
    int n;
    int line;     /* text/pdf: 1-based line; sheet: 1-based row number */
    int page;     /* pdf: 1-based page; 0 elsewhere */
    size_t off;   /* byte offset of the row in the source text, if known */
    unsigned flags; /* JX_ROW_* */
} jx_grow;

typedef enum jx_grid_source {
    JX_GRID_TEXT = 0, /* lines of text: TAB, pipes, spaces, one per line … */
    JX_GRID_SHEET,    /* a spreadsheet sheet (xlsx, converted xls) */
    JX_GRID_WORD,     /* tables and paragraphs of a Word document */
    JX_GRID_HTML,     /* tables and text of a web page */
    JX_GRID_PDF       /* words placed on pdf pages */
} jx_grid_source;

typedef struct jx_grid {
    jx_arena arena;
    jx_grid_source source;
    const char *name;  /* sheet name, "表格2", NULL for plain text */
    const char *shape; /* how a text grid was cut: "tab", "pipe", "spaces",
                          "lines", "runon", NULL elsewhere (for notes) */
    jx_grow *rows;
    size_t nrows, cap;
    int ncols;         /* widest row */
    int ocr_fixed;     /* cells where OCR's "2"/"S" was read as "≥"/"≤" */
    int ocr_line;      /* the line of the first of them */
    int wrapped;       /* pieces of wrapped cells put back into their rows */
    int wrapped_line;  /* the line of the first of them */
} jx_grid;

/* A list of grids: a workbook's sheets, a Word file's body, a page. */
typedef struct jx_grids {
    jx_grid **g;
    size_t n, cap;
} jx_grids;

jx_grid *jx_grid_new(jx_grid_source source, const char *name);
void jx_grid_free(jx_grid *g);

/* Appends a row of ncells empty cells; NULL on ENOMEM.  The row pointer is
 * valid until the next jx_grid_add_row (the rows array may move): keep
 * the index, not the pointer, across calls. */
jx_grow *jx_grid_add_row(jx_grid *g, int ncells, int line, int page);
/* The same row with its cells given: strings s[i] of n[i] bytes
 * (NUL-terminated, kept as they are: no copy, no trim), or whole cells. */
jx_grow *jx_grid_add_strs(jx_grid *g, const char *const *s, const size_t *n, int ncells,
                          int line, int page);
jx_grow *jx_grid_add_cells(jx_grid *g, const jx_cell *c, int ncells, int line, int page);
/* Room for nrows rows in all (a reader that knows how many rows it will
 * add takes the array once); 0 ok, -1 ENOMEM. */
int jx_grid_reserve(jx_grid *g, size_t nrows);
/* Sets cell i of row r to a copy of s (trimmed); 0 ok, -1 ENOMEM.  Text
 * readers that own a buffer outliving the grid may set c->s directly. */
int jx_grid_set(jx_grid *g, jx_grow *r, int i, const char *s, size_t n);

/* "Sheet1!C12", "p.3 第12行", "表格2 第3行第2列", or "12" (text line);
 * col < 0 leaves the column out.  Writes into buf, returns buf. */
const char *jx_grid_pos(const jx_grid *g, const jx_grow *r, int col,
                        char *buf, size_t size);
/* Spreadsheet column letters: 0 -> "A", 27 -> "AB". */
void jx_col_letters(int col, char out[8]);

int jx_grids_push(jx_grids *gs, jx_grid *g); /* takes g; frees it on ENOMEM */
void jx_grids_free(jx_grids *gs);

/* Front ends: bytes -> grids.  name is the file name for messages.  Each
 * returns JX_OK, or an error naming the file and position. */
struct jx_doc;
int jx_grid_from_text(jx_grids *gs, char *text, size_t len, jx_error *err);

/* The interpreter: finds the 绩效目标 tables in a grid and adds their
 * records to d (core/layout.c). */
int jx_interpret_grid(struct jx_doc *d, const jx_grid *g, jx_error *err);

#endif
