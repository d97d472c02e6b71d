/* Result sets passed from the data layers to the output layer. */
#include "table.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

Table *table_new(const char *first, ...)
{
	Table *t = xcalloc(1, sizeof *t);
	va_list ap;
	va_start(ap, first);
	for (const char *n = first; n != NULL; n = va_arg(ap, const char *)) {
		t->names = xrealloc(t->names, sizeof(char *) * (size_t)(t->ncol + 1));
		t->names[t->ncol++] = xstrdup(n);
	}
	va_end(ap);
	return t;
}

Table *table_new_from_stmt(sqlite3_stmt *stmt)
{
	Table *t = xcalloc(1, sizeof *t);
	t->ncol = sqlite3_column_count(stmt);
	t->names = xcalloc((size_t)t->ncol, sizeof(char *));
	for (int i = 0; i < t->ncol; i++) {
		const char *n = sqlite3_column_name(stmt, i);
		t->names[i] = xstrdup(n ? n : "");
	}
	return t;
}

void table_free(Table *t)
{
	if (t == NULL)
		return;
	for (int i = 0; i < t->nrow * t->ncol; i++)
		free(t->cells[i].s);
	for (int i = 0; i < t->ncol; i++)
		free(t->names[i]);
	free(t->cells);
	free(t->names);
	free(t);
}

int table_add_row(Table *t)
{
	if (t->nrow == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 16;
		t->cells = xrealloc(t->cells, sizeof(Value) * (size_t)t->cap * (size_t)(t->ncol ? t->ncol : 1));
	}
	memset(t->cells + (size_t)t->nrow * (size_t)t->ncol, 0, sizeof(Value) * (size_t)t->ncol);
	return t->nrow++;
}

static Value *cell(Table *t, int row, int col)
{
	Value *v = &t->cells[(size_t)row * (size_t)t->ncol + (size_t)col];
	free(v->s);
	memset(v, 0, sizeof *v);
	return v;
}

void table_set_int(Table *t, int row, int col, long long x)
{
	Value *v = cell(t, row, col);
	v->type = VALUE_INT;
	v->i = x;
}

void table_set_real_places(Table *t, int row, int col, double x, int decimals)
{
	Value *v = cell(t, row, col);
	v->type = VALUE_REAL;
	v->r = x;
	v->decimals = decimals;
}

void table_set_real(Table *t, int row, int col, double x)
{
	table_set_real_places(t, row, col, x, 1);
}

void table_set_text(Table *t, int row, int col, const char *s)
{
	Value *v = cell(t, row, col);
	if (s != NULL) {
		v->type = VALUE_TEXT;
		v->s = xstrdup(s);
	}
}

void table_set_null(Table *t, int row, int col)
{
	cell(t, row, col);
}

void table_add_stmt_row(Table *t, sqlite3_stmt *stmt)
{
	int row = table_add_row(t);
	int n = sqlite3_column_count(stmt);
	for (int i = 0; i < n && i < t->ncol; i++) {
		switch (sqlite3_column_type(stmt, i)) {
		case SQLITE_INTEGER:
			table_set_int(t, row, i, sqlite3_column_int64(stmt, i));
			break;
		case SQLITE_FLOAT:
			table_set_real_places(t, row, i, sqlite3_column_double(stmt, i), -1);
			break;
		case SQLITE_NULL:
			break;
		case SQLITE_BLOB: {
			/* Bytes are not text: written as an SQL blob literal, X'0A1B',
			 * so every mode stays valid (JSON wants UTF-8) and says what
			 * it is. */
			const unsigned char *bytes = sqlite3_column_blob(stmt, i);
			int len = sqlite3_column_bytes(stmt, i);
			char *hex = xmalloc((size_t)len * 2 + 4);
			size_t k = 0;
			hex[k++] = 'X';
			hex[k++] = '\'';
			for (int j = 0; j < len; j++) {
				hex[k++] = "0123456789ABCDEF"[bytes[j] >> 4];
				hex[k++] = "0123456789ABCDEF"[bytes[j] & 15];
			}
			hex[k++] = '\'';
			hex[k] = '\0';
			table_set_text(t, row, i, hex);
			free(hex);
			break;
		}
		default:
			table_set_text(t, row, i, (const char *)sqlite3_column_text(stmt, i));
			break;
		}
	}
}

int table_add_stmt_rows(Table *t, sqlite3_stmt *stmt)
{
	int rc;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
		table_add_stmt_row(t, stmt);
	return rc;
}

const Value *table_cell(const Table *t, int row, int col)
{
	return &t->cells[(size_t)row * (size_t)t->ncol + (size_t)col];
}

int table_column(const Table *t, const char *name)
{
	for (int i = 0; i < t->ncol; i++)
		if (strcmp(t->names[i], name) == 0)
			return i;
	return -1;
}
