/* Reading a CSV file (RFC 4180) record by record, in constant memory, with
 * Debian's libcsv doing the parsing: quoted fields with commas, doubled
 * quotes and line breaks, CRLF or LF line ends, a UTF-8 byte-order mark.
 * Each record comes with the physical line it starts on, for messages. */
#ifndef CASEAUDIT_CSV_READ_H
#define CASEAUDIT_CSV_READ_H

#include <stddef.h>

/* Longest field accepted: far beyond any real cell, and a bound on memory
 * when a quote is left open and the rest of the file would be one field. */
#define CSV_FIELD_MAX (1024 * 1024)
/* Most fields in one record. */
#define CSV_FIELDS_MAX 4096

typedef struct {
	long line;            /* physical line (1-based) where the record starts */
	int n;                /* number of fields */
	char **fields;        /* n NUL-terminated fields, then NULL; valid during the call */
	const char *problem;  /* NULL, or why the record is unusable (a field
	                         that is not UTF-8 text); the fields are still given */
	long long offset;     /* bytes of the file up to the end of the record's
	                         last line: how far along, for progress */
} CsvRecord;

/* Called for each record, the header included. Return 0 to go on, -1 to
 * stop reading (csv_read_file then returns -1 and leaves *cause alone). */
typedef int (*CsvRecordFn)(void *ctx, const CsvRecord *record);

/* Read every record of the file at path. Returns 0 at the end of the file,
 * or -1: when fn stopped, or with *cause set and *line the line concerned
 * (0 when none) when the file cannot be read, is not CSV text (UTF-16, a
 * stray quote, an unclosed quote, a field or record too large). */
int csv_read_file(const char *path, CsvRecordFn fn, void *ctx, long *line, char **cause);

/* Whether s (n bytes) is valid UTF-8; on failure *offset is the 0-based
 * offset of the first bad byte. Line breaks and tabs are allowed. */
int csv_utf8_valid(const char *s, size_t n, size_t *offset);

#endif
