/* Rows in flight and at rest. A Sink takes a result's rows one at a time
 * as a statement is stepped (output.c prints them in the current mode as
 * they come, so a list costs the memory of one row, whatever its length);
 * a Table holds a result whole, for what must be seen whole before it is
 * printed (a show, compliance, the report) and for tests, and is filled
 * through a TableSink. Keeping values typed lets json print numbers as
 * numbers and null as null. */
#ifndef CASEAUDIT_TABLE_H
#define CASEAUDIT_TABLE_H

typedef enum { VALUE_NULL, VALUE_INT, VALUE_REAL, VALUE_TEXT } ValueType;

typedef struct {
	ValueType type;
	long long i;
	double r;
	int decimals;  /* places to print r with; -1: as many as it needs */
	char *s;       /* owned in a Table; borrowed for the call in a Sink's row */
} Value;

/* Where rows go: the names once, then each row, then the end. The query
 * helper (db_query) calls header on the first step that succeeds, so a
 * query that fails at once prints nothing; end only when every row came.
 * Names and row values are valid only for the call: a sink keeps copies. */
typedef struct Sink Sink;
struct Sink {
	void (*header)(Sink *sink, int ncol, const char *const *names);
	void (*row)(Sink *sink, const Value *values);
	void (*end)(Sink *sink);
};

typedef struct {
	int ncol;
	char **names;  /* owned */
	int nrow, cap;
	Value *cells;  /* nrow * ncol, row-major */
} Table;

/* A table with the given column names; the list ends with NULL. */
Table *table_new(const char *first, ...);
void table_free(Table *t);

/* A text value (borrowing s), or null when s is NULL. */
Value text_value(const char *s);

/* Start a new row (all cells null) and return its index. */
int table_add_row(Table *t);
void table_set_int(Table *t, int row, int col, long long v);
/* A real printed with one decimal place, as percentages are. */
void table_set_real(Table *t, int row, int col, double v);
void table_set_real_places(Table *t, int row, int col, double v, int decimals);
void table_set_text(Table *t, int row, int col, const char *s); /* NULL: null */
void table_set_null(Table *t, int row, int col);
/* Append a row of values (copied), as many as the table has columns. */
void table_add_values(Table *t, const Value *values);

/* A sink that collects the rows into a Table: table is NULL until the
 * header comes, and then the caller's to free. */
typedef struct {
	Sink sink;
	Table *table;
} TableSink;
Sink *table_sink(TableSink *ts);
/* The collected table when rc (the producer's status) is 0, else NULL with
 * whatever was collected freed: Table *t = table_collected(&ts,
 * repo_team_list(db, table_sink(&ts), &cause)). */
Table *table_collected(TableSink *ts, int rc);
/* Feed a whole table to a sink: header, every row, end. */
void table_to_sink(const Table *t, Sink *sink);

const Value *table_cell(const Table *t, int row, int col);
int table_column(const Table *t, const char *name); /* -1 if absent */

#endif
