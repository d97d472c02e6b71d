/* The output modes: how a Table is printed. One entry per mode in a table
 * of functions, so a new mode is a new entry, not a branch in every command. */
#ifndef CASEAUDIT_OUTPUT_H
#define CASEAUDIT_OUTPUT_H

#include <stdio.h>

#include "table.h"
#include "util.h"

typedef enum { MODE_TABLE, MODE_CSV, MODE_JSON } OutputMode;

typedef struct {
	OutputMode mode;
	FILE *fp;      /* standard output or the .output file */
	int color;     /* colour RAG statuses (table mode on a terminal, no NO_COLOR) */
	int width;     /* table mode: widest line before long cells are cut; 0: 80 */
	int keep_first; /* table mode: never cut the first column (codes people type) */
} Output;

/* "table", "csv", "json" -> mode; -1 when unknown. */
int output_mode_parse(const char *name);
const char *output_mode_name(OutputMode mode);

/* A sink printing rows in out's mode as they come (table mode sizes its
 * columns from the first 1,000 rows). Close it, whether or not the rows
 * all came: output_sink_close(sink, rc) frees it and returns rc, so a list
 * command is  Sink *s = output_sink(&app->out);
 *             return output_sink_close(s, repo_team_list(app->db, s, cause)); */
Sink *output_sink(Output *out);
int output_sink_close(Sink *sink, int rc);
/* Print a whole table in out's mode. */
void output_table(Output *out, const Table *t);
/* The end of a list command: print t and free it, or -1 when t is NULL
 * (its producer failed and set the cause). Takes ownership of t. */
int output_result(Output *out, Table *t);
/* The ID of something just created: the number alone, or {"id": N} in json. */
void output_id(Output *out, long long id);
/* A line of plain text for a person; printed in table mode only, so csv
 * and json output stay machine-readable. */
void output_note(Output *out, const char *fmt, ...);

/* One record with its parts (audit show): in table mode the record as
 * aligned "field  value" lines, then each part under its name ("none" when
 * empty); in csv the record as a field,value table, then each part's table
 * after an empty line; in json one object, the record's fields followed by
 * each part as an array of objects under its name. */
void output_document(Output *out, const Table *record, int nparts, const char *const names[],
                     const Table *const parts[]);

/* Value formatting shared with other renderers (the HTML report). */
char *value_text(const Value *v); /* malloc'd; "" for null */
/* Text with every control character shown visibly (table mode); malloc'd. */
char *text_visible(const char *s);
void json_write_string(FILE *fp, const char *s);
/* One CSV field added to b, quoted when it holds a comma, quote or line
 * end; text (text != 0) that a spreadsheet would take for a formula (it
 * starts with =, +, -, @, a tab or a carriage return) after an apostrophe,
 * which import (and pool/load) take off again. Every CSV caseaudit writes
 * goes through it. */
void csv_field(Buf *b, const char *s, int text);

#endif
