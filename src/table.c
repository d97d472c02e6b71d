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

Value text_value(const char *s)
{
	Value v = {VALUE_NULL, 0, 0, 0, NULL};
	if (s != NULL) {
		v.type = VALUE_TEXT;
		v.s = (char *)s;
	}
	return v;
}

void table_add_values(Table *t, const Value *values)
{
	int row = table_add_row(t);
	for (int i = 0; i < t->ncol; i++) {
		Value *v = &t->cells[(size_t)row * (size_t)t->ncol + (size_t)i];
		*v = values[i];
		v->s = values[i].type == VALUE_TEXT ? xstrdup(values[i].s) : NULL;
	}
}

static void collect_header(Sink *sink, int ncol, const char *const *names)
{
	TableSink *ts = (TableSink *)sink;
	Table *t = xcalloc(1, sizeof *t);
	t->ncol = ncol;
	t->names = xcalloc((size_t)(ncol ? ncol : 1), sizeof(char *));
	for (int i = 0; i < ncol; i++)
		t->names[i] = xstrdup(names[i] ? names[i] : "");
	table_free(ts->table);
	ts->table = t;
}

static void collect_row(Sink *sink, const Value *values)
{
	table_add_values(((TableSink *)sink)->table, values);
}

static void collect_end(Sink *sink)
{
	(void)sink;
}

Sink *table_sink(TableSink *ts)
{
	ts->sink.header = collect_header;
	ts->sink.row = collect_row;
	ts->sink.end = collect_end;
	ts->table = NULL;
	return &ts->sink;
}

Table *table_collected(TableSink *ts, int rc)
{
	Table *t = ts->table;
	ts->table = NULL;
	if (rc == 0 && t != NULL)
		return t;
	table_free(t);
	return NULL;
}

void table_to_sink(const Table *t, Sink *sink)
{
	sink->header(sink, t->ncol, (const char *const *)t->names);
	for (int r = 0; r < t->nrow; r++)
		sink->row(sink, &t->cells[(size_t)r * (size_t)t->ncol]);
	sink->end(sink);
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
