/* A result set: named columns and typed cells. The repository and
 * compliance layers fill tables; output.c prints them in the current mode.
 * Keeping values typed lets json print numbers as numbers and null as null. */
#ifndef CASEAUDIT_TABLE_H
#define CASEAUDIT_TABLE_H

#include <sqlite3.h>

typedef enum { VALUE_NULL, VALUE_INT, VALUE_REAL, VALUE_TEXT } ValueType;

typedef struct {
	ValueType type;
	long long i;
	double r;
	int decimals;  /* places to print r with; -1: as many as it needs */
	char *s;       /* owned */
} Value;

typedef struct {
	int ncol;
	char **names;  /* owned */
	int nrow, cap;
	Value *cells;  /* nrow * ncol, row-major */
} Table;

/* A table with the given column names; the list ends with NULL. */
Table *table_new(const char *first, ...);
/* A table with the columns of a prepared statement. */
Table *table_new_from_stmt(sqlite3_stmt *stmt);
void table_free(Table *t);

/* Start a new row (all cells null) and return its index. */
int table_add_row(Table *t);
void table_set_int(Table *t, int row, int col, long long v);
/* A real printed with one decimal place, as percentages are. */
void table_set_real(Table *t, int row, int col, double v);
void table_set_real_places(Table *t, int row, int col, double v, int decimals);
void table_set_text(Table *t, int row, int col, const char *s); /* NULL: null */
void table_set_null(Table *t, int row, int col);
/* Append the current row of a stepped statement, column for column. */
void table_add_stmt_row(Table *t, sqlite3_stmt *stmt);
/* Step the statement to the end, adding each row; SQLite result code. */
int table_add_stmt_rows(Table *t, sqlite3_stmt *stmt);

const Value *table_cell(const Table *t, int row, int col);
int table_column(const Table *t, const char *name); /* -1 if absent */

#endif
