/*
 * grid.c - the grid of cells that every reader front end produces and the
 * interpreter reads (see grid.h).
 */
#include "grid.h"

#include <stdio.h>
#include <stdlib.h>

jx_grid *jx_grid_new(jx_grid_source source, const char *name)
{
    jx_grid *g = calloc(1, sizeof *g);
    if (!g)
        return NULL;
    jx_arena_init(&g->arena);
    g->source = source;
    if (name && !(g->name = jx_arena_strdup(&g->arena, name))) {
        free(g);
        return NULL;
    }
    return g;
}

void jx_grid_free(jx_grid *g)
{
    if (!g)
        return;
    jx_arena_free(&g->arena);
    free(g->rows);
    free(g);
}

int jx_grid_reserve(jx_grid *g, size_t nrows)
{
    if (nrows <= g->cap)
        return 0;
    if (nrows > SIZE_MAX / sizeof *g->rows)
        return -1;
    jx_grow *nr = realloc(g->rows, nrows * sizeof *nr);
    if (!nr)
        return -1;
    g->rows = nr;
    g->cap = nrows;
    return 0;
}

/* A new row of ncells cells, their memory taken but not filled (each
 * caller writes every cell once); NULL on ENOMEM. */
static jx_grow *new_row(jx_grid *g, int ncells, int line, int page)
{
    if (ncells < 0)
        return NULL;
    if (g->nrows == g->cap && jx_grid_reserve(g, g->cap ? g->cap * 2 : 64))
        return NULL;
    jx_cell *c = NULL;
    if (ncells) {
        if ((size_t)ncells > SIZE_MAX / sizeof *c)
            return NULL;
        c = jx_arena_take(&g->arena, (size_t)ncells * sizeof *c);
        if (!c)
            return NULL;
    }
    jx_grow *r = &g->rows[g->nrows++];
    *r = (jx_grow){.c = c, .n = ncells, .line = line, .page = page};
    if (ncells > g->ncols)
        g->ncols = ncells;
    return r;
}

jx_grow *jx_grid_add_row(jx_grid *g, int ncells, int line, int page)
{
    jx_grow *r = new_row(g, ncells, line, page);
    for (int i = 0; r && i < ncells; i++)
        r->c[i] = (jx_cell){.s = "", .rowspan = 1, .colspan = 1};
    return r;
}

jx_grow *jx_grid_add_strs(jx_grid *g, const char *const *s, const size_t *n, int ncells,
                          int line, int page)
{
    jx_grow *r = new_row(g, ncells, line, page);
    for (int i = 0; r && i < ncells; i++)
        r->c[i] = (jx_cell){.s = s[i], .n = n[i], .rowspan = 1, .colspan = 1};
    return r;
}

jx_grow *jx_grid_add_cells(jx_grid *g, const jx_cell *c, int ncells, int line, int page)
{
    jx_grow *r = new_row(g, ncells, line, page);
    if (r && ncells)
        memcpy(r->c, c, (size_t)ncells * sizeof *c);
    return r;
}

int jx_grid_set(jx_grid *g, jx_grow *r, int i, const char *s, size_t n)
{
    if (i < 0 || i >= r->n)
        return -1;
    jx_trim(&s, &n);
    char *p = jx_arena_strndup(&g->arena, s, n);
    if (!p)
        return -1;
    r->c[i].s = p;
    r->c[i].n = n;
    return 0;
}

void jx_col_letters(int col, char out[8])
{
    char tmp[8];
    int k = 0;
    if (col < 0)
        col = 0;
    col++;
    while (col > 0 && k < 7) {
        int rem = (col - 1) % 26;
        tmp[k++] = (char)('A' + rem);
        col = (col - 1) / 26;
    }
    for (int i = 0; i < k; i++)
        out[i] = tmp[k - 1 - i];
    out[k] = '\0';
}

const char *jx_grid_pos(const jx_grid *g, const jx_grow *r, int col,
                        char *buf, size_t size)
{
    char letters[8];
    switch (g->source) {
    case JX_GRID_SHEET:
        jx_col_letters(col < 0 ? 0 : col, letters);
        if (col < 0)
            snprintf(buf, size, "%s!%d", g->name ? g->name : "Sheet1", r->line);
        else
            snprintf(buf, size, "%s!%s%d", g->name ? g->name : "Sheet1", letters,
                     r->line);
        break;
    case JX_GRID_WORD:
    case JX_GRID_HTML:
        if (col < 0)
            snprintf(buf, size, "%s 第%d行", g->name ? g->name : "正文", r->line);
        else
            snprintf(buf, size, "%s 第%d行第%d列", g->name ? g->name : "正文",
                     r->line, col + 1);
        break;
    case JX_GRID_PDF:
        snprintf(buf, size, "p.%d 第%d行", r->page, r->line);
        break;
    default:
        snprintf(buf, size, "%d", r->line);
    }
    return buf;
}

int jx_grids_push(jx_grids *gs, jx_grid *g)
{
    if (gs->n == gs->cap) {
        size_t cap = gs->cap ? gs->cap * 2 : 4;
        jx_grid **ng = realloc(gs->g, cap * sizeof *ng);
        if (!ng) {
            jx_grid_free(g);
            return -1;
        }
        gs->g = ng;
        gs->cap = cap;
    }
    gs->g[gs->n++] = g;
    return 0;
}

void jx_grids_free(jx_grids *gs)
{
    for (size_t i = 0; i < gs->n; i++)
        jx_grid_free(gs->g[i]);
    free(gs->g);
    memset(gs, 0, sizeof *gs);
}
