/* The CSV reader (csv_read.c) and the imports (repo_import.c): records and
 * their lines, RFC 4180 quoting, encodings, refusals, and the rule that a
 * file goes in whole or not at all. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "csv_read.h"
#include "fixture.h"
#include "repo.h"
#include "repo_import.h"
#include "util.h"

/* A temporary file holding n bytes of data; the caller unlinks and frees. */
static char *temp_file(const char *data, size_t n)
{
	char *path = xstrdup("/tmp/check_import_XXXXXX");
	int fd = mkstemp(path);
	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq((long)write(fd, data, n), (long)n);
	close(fd);
	return path;
}

static void remove_file(char *path)
{
	unlink(path);
	free(path);
}

/* Every record as "LINE:field|field|...\n", problems as "LINE!problem\n". */
static int collect(void *ctx, const CsvRecord *r)
{
	Buf *b = ctx;
	buf_printf(b, "%ld%s", r->line, r->problem ? "!" : ":");
	if (r->problem) {
		buf_printf(b, "%s\n", r->problem);
		return 0;
	}
	for (int i = 0; i < r->n; i++)
		buf_printf(b, "%s%s", i ? "|" : "", r->fields[i]);
	buf_puts(b, "\n");
	return 0;
}

/* Read data as a CSV file: the records collected, or NULL on failure with
 * *line and *cause. */
static char *read_csv(const char *data, size_t n, long *line, char **cause)
{
	char *path = temp_file(data, n);
	Buf b = {0};
	int rc = csv_read_file(path, collect, &b, line, cause);
	remove_file(path);
	if (rc != 0) {
		buf_free(&b);
		return NULL;
	}
	return b.s ? b.s : xstrdup("");
}

static const struct {
	const char *name, *data, *records;
} csv_cases[] = {
	{"plain LF", "a,b\n1,2\n", "1:a|b\n2:1|2\n"},
	{"CRLF", "a,b\r\n1,2\r\n", "1:a|b\n2:1|2\n"},
	{"no line end at the end", "a,b\n1,2", "1:a|b\n2:1|2\n"},
	{"byte-order mark", "\xEF\xBB\xBFid,team\n1,2\n", "1:id|team\n2:1|2\n"},
	{"quoted comma", "a,b\n\"x, y\",z\n", "1:a|b\n2:x, y|z\n"},
	{"doubled quotes", "a\n\"say \"\"hi\"\"\"\n", "1:a\n2:say \"hi\"\n"},
	{"line break in quotes: next record's line", "a,b\n\"one\ntwo\",x\ny,z\n", "1:a|b\n2:one\ntwo|x\n4:y|z\n"},
	{"CRLF in quotes", "a\r\n\"one\r\ntwo\"\r\nb\r\n", "1:a\n2:one\r\ntwo\n4:b\n"},
	{"blank lines skipped, lines still counted", "a\n\n\nb\n \n\r\nc\n", "1:a\n4:b\n7:c\n"},
	{"empty fields", "a,b,c\n,,\n", "1:a|b|c\n2:||\n"},
	{"quoted empty", "a,b\n\"\",\"\"\n", "1:a|b\n2:|\n"},
	{"spaces round unquoted fields trimmed", "a,b\n  x  , y\n", "1:a|b\n2:x|y\n"},
	{"UTF-8 text", "name\nJos\xC3\xA9 \xE2\x82\xAC\n", "1:name\n2:Jos\xC3\xA9 \xE2\x82\xAC\n"},
	{"not UTF-8: reported on its record", "a,b\nx,caf\xE9\ny,z\n",
	 "1:a|b\n2!field 2 is not UTF-8 text (byte 0xE9); save the file as UTF-8 (\"CSV UTF-8\" in Excel)\n3:y|z\n"},
	{"CR only (Excel's \"CSV (Macintosh)\")", "a,b\r1,2\r3,4\r", "1:a|b\n2:1|2\n3:3|4\n"},
	{"CR in quotes", "a\r\"one\rtwo\"\rb\r", "1:a\n2:one\rtwo\n4:b\n"},
	{"blank CR lines counted", "a\r\r\rb\r \rc", "1:a\n4:b\n6:c\n"},
	{"LF, CRLF and CR mixed", "a\nb\r\nc\rd\n", "1:a\n2:b\n3:c\n4:d\n"},
	{"empty file", "", ""},
	{"only blank lines", "\n\r\n  \n", ""},
};

/* A CRLF split between two of the reader's 64 KiB chunks is one line end. */
START_TEST(test_csv_crlf_across_chunks)
{
	size_t first = 64 * 1024 - 1; /* the CR is the chunk's last byte */
	Buf data = {0}, expected = {0};
	for (size_t i = 0; i < first; i++)
		buf_add(&data, "x", 1);
	buf_puts(&expected, "1:");
	buf_puts(&expected, data.s);
	buf_puts(&data, "\r\nb\r\nc\rd\n");
	buf_puts(&expected, "\n2:b\n3:c\n4:d\n");
	long line = -1;
	char *cause = NULL;
	char *got = read_csv(data.s, data.len, &line, &cause);
	ck_assert_msg(got != NULL, "%s", cause);
	ck_assert_msg(strcmp(got, expected.s) == 0, "got\n%.80s...\n%s", got, got + first);
	free(got);
	buf_free(&data);
	buf_free(&expected);
}
END_TEST

START_TEST(test_csv_records)
{
	for (size_t i = 0; i < sizeof csv_cases / sizeof csv_cases[0]; i++) {
		long line = -1;
		char *cause = NULL;
		char *got = read_csv(csv_cases[i].data, strlen(csv_cases[i].data), &line, &cause);
		ck_assert_msg(got != NULL, "%s: %s", csv_cases[i].name, cause);
		ck_assert_msg(strcmp(got, csv_cases[i].records) == 0, "%s: got\n%s\nexpected\n%s", csv_cases[i].name, got,
		              csv_cases[i].records);
		free(got);
	}
}
END_TEST

static const struct {
	const char *name, *data;
	long line;
	const char *cause;
} csv_refusals[] = {
	{"unclosed quote at the end", "a,b\n1,2\n3,\"four\n", 3, "is never closed"},
	{"stray quote in an unquoted field", "a,b\n1,2\n3,fo\"ur\n", 3, "not well-formed CSV"},
	{"text after a closing quote", "a,b\n\"x\"y,2\n", 2, "not well-formed CSV"},
	{"UTF-16 little-endian", "\xFF\xFEi\0d\0", 0, "UTF-16"},
	{"UTF-16 big-endian", "\xFE\xFF\0i\0d", 0, "UTF-16"},
};

START_TEST(test_csv_refusals)
{
	for (size_t i = 0; i < sizeof csv_refusals / sizeof csv_refusals[0]; i++) {
		long line = -1;
		char *cause = NULL;
		/* The UTF-16 data holds NUL bytes: give its length as written. */
		size_t n = strlen(csv_refusals[i].data);
		if (strncmp(csv_refusals[i].name, "UTF-16", 6) == 0)
			n = 6;
		char *got = read_csv(csv_refusals[i].data, n, &line, &cause);
		ck_assert_msg(got == NULL, "%s: accepted", csv_refusals[i].name);
		ck_assert_msg(line == csv_refusals[i].line, "%s: line %ld, expected %ld", csv_refusals[i].name, line,
		              csv_refusals[i].line);
		ck_assert_msg(cause && strstr(cause, csv_refusals[i].cause), "%s: %s", csv_refusals[i].name, cause);
		free(cause);
	}
}
END_TEST

/* An unclosed quote near the start must not read the rest of a large file
 * into one field: the reader stops at the field bound. */
START_TEST(test_csv_field_bound)
{
	size_t n = 3 * (size_t)CSV_FIELD_MAX;
	char *data = xmalloc(n);
	memset(data, 'x', n);
	memcpy(data, "a\n\"", 3);
	for (size_t i = 100; i < n; i += 100)
		data[i] = '\n';
	long line = -1;
	char *cause = NULL;
	char *got = read_csv(data, n, &line, &cause);
	ck_assert_ptr_null(got);
	ck_assert_msg(strstr(cause, "longer than") && strstr(cause, "starting on line 2"), "%s", cause);
	ck_assert_int_gt(line, 2);
	free(cause);
	free(data);
}
END_TEST

/* Records of any width up to CSV_FIELDS_MAX fields, narrow and wide in
 * turn (the reader grows its room as they come), each handed over whole
 * with NULL after its last field; one field more is refused. */
typedef struct {
	int records;
	int widths[4];
	int whole; /* every field as written, NULL after the last */
} Widths;

static int check_widths(void *ctx, const CsvRecord *r)
{
	Widths *w = ctx;
	if (w->records < 4)
		w->widths[w->records] = r->n;
	w->records++;
	for (int i = 0; i < r->n; i++) {
		char expected[16];
		snprintf(expected, sizeof expected, "%d", i);
		if (strcmp(r->fields[i], expected) != 0)
			w->whole = 0;
	}
	if (r->fields[r->n] != NULL)
		w->whole = 0;
	return 0;
}

static void add_record(Buf *b, int n)
{
	for (int i = 0; i < n; i++)
		buf_printf(b, "%s%d", i ? "," : "", i);
	buf_puts(b, "\n");
}

START_TEST(test_csv_widths)
{
	Buf data = {0};
	add_record(&data, 2);
	add_record(&data, CSV_FIELDS_MAX);
	add_record(&data, 1);
	add_record(&data, 65);
	char *path = temp_file(data.s, data.len);
	Widths w = {0, {0}, 1};
	long line = -1;
	char *cause = NULL;
	ck_assert_msg(csv_read_file(path, check_widths, &w, &line, &cause) == 0, "%s", cause);
	ck_assert_int_eq(w.records, 4);
	ck_assert_int_eq(w.widths[0], 2);
	ck_assert_int_eq(w.widths[1], CSV_FIELDS_MAX);
	ck_assert_int_eq(w.widths[2], 1);
	ck_assert_int_eq(w.widths[3], 65);
	ck_assert_msg(w.whole, "a field was not as written, or no NULL followed the last");
	remove_file(path);

	buf_free(&data);
	add_record(&data, 3);
	add_record(&data, CSV_FIELDS_MAX + 1);
	path = temp_file(data.s, data.len);
	Widths none = {0, {0}, 1};
	ck_assert_int_eq(csv_read_file(path, check_widths, &none, &line, &cause), -1);
	char expected[80];
	snprintf(expected, sizeof expected, "the record starting on line 2 has more than %d fields", CSV_FIELDS_MAX);
	ck_assert_msg(cause && strcmp(cause, expected) == 0, "%s", cause);
	ck_assert_int_eq(none.records, 1);
	free(cause);
	remove_file(path);
	buf_free(&data);
}
END_TEST

static int stop_at_second(void *ctx, const CsvRecord *r)
{
	int *seen = ctx;
	(*seen)++;
	return r->line >= 2 ? -1 : 0;
}

START_TEST(test_csv_stop_and_missing)
{
	const char *data = "a\nb\nc\nd\n";
	char *path = temp_file(data, strlen(data));
	int seen = 0;
	long line = -1;
	char *cause = NULL;
	ck_assert_int_eq(csv_read_file(path, stop_at_second, &seen, &line, &cause), -1);
	ck_assert_int_eq(seen, 2);
	ck_assert_ptr_null(cause);
	remove_file(path);
	ck_assert_int_eq(csv_read_file("/nonexistent/x.csv", stop_at_second, &seen, &line, &cause), -1);
	ck_assert_msg(strstr(cause, "cannot read /nonexistent/x.csv"), "%s", cause);
	ck_assert_int_eq(line, 0);
	free(cause);
}
END_TEST

static const struct {
	const char *bytes;
	size_t n;
	int valid;
	size_t offset;
} utf8_cases[] = {
	{"plain ascii, tab\tand\nbreak", 25, 1, 0},
	{"\xC3\xA9", 2, 1, 0},
	{"\xE2\x82\xAC", 3, 1, 0},
	{"\xF0\x9F\x98\x80", 4, 1, 0},
	{"ab\xE9", 3, 0, 2},          /* Latin-1 */
	{"\xC0\x80", 2, 0, 0},        /* overlong NUL */
	{"\xED\xA0\x80", 3, 0, 0},    /* surrogate */
	{"\xF4\x90\x80\x80", 4, 0, 0}, /* past U+10FFFF */
	{"x\xE2\x82", 3, 0, 1},       /* cut short */
	{"a\0b", 3, 0, 1},            /* NUL */
	{"\x80", 1, 0, 0},            /* stray continuation byte */
};

START_TEST(test_csv_utf8)
{
	for (size_t i = 0; i < sizeof utf8_cases / sizeof utf8_cases[0]; i++) {
		size_t offset = 99;
		int valid = csv_utf8_valid(utf8_cases[i].bytes, utf8_cases[i].n, &offset);
		ck_assert_msg(valid == utf8_cases[i].valid, "case %zu: valid %d", i, valid);
		if (!valid)
			ck_assert_msg(offset == utf8_cases[i].offset, "case %zu: offset %zu", i, offset);
	}
}
END_TEST

/* ---- imports ---- */

typedef struct {
	Buf problems;  /* "LINE: message\n" */
	Buf warnings;
} Reports;

static void on_problem(void *ctx, long line, const char *message)
{
	buf_printf(&((Reports *)ctx)->problems, "%ld: %s\n", line, message);
}

static void on_warning(void *ctx, const char *message)
{
	buf_printf(&((Reports *)ctx)->warnings, "%s\n", message);
}

/* Import data in a transaction as the command does (rolled back on
 * failure). Returns the import's result; counts, reports and cause filled. */
static int import(Db *db, int audits, ImportFormat format, int create, const char *data, ImportCounts *c,
                  Reports *r, char **cause)
{
	memset(r, 0, sizeof *r);
	char *path = temp_file(data, strlen(data));
	ImportSource src = {path, format, create, on_problem, on_warning, r, NULL, NULL};
	ck_assert_int_eq(db_begin(db, 1, NULL), 0);
	int rc = audits ? repo_import_audits(db, &src, c, cause) : repo_import_cases(db, &src, c, cause);
	ck_assert_int_eq(db_end(db, rc == 0, NULL), 0);
	remove_file(path);
	return rc;
}

static Db *people(void)
{
	Db *db = fixture_db();
	fixture_exec(db,
		"INSERT INTO team(id, name) VALUES (1, 'Assessment Team 1'), (2, 'Disabled Children');"
		"INSERT INTO worker(id, name, team_id, role) VALUES (1, 'Jane Smith', 1, 'social-worker'),"
		"  (2, 'Ann Boss', 1, 'team-manager');"
		"INSERT INTO worker(id, name, team_id, role, left_on) VALUES (3, 'Lee Left', 1, 'social-worker', "
		"  '2016-10-31');");
	return db;
}

static void reports_free(Reports *r)
{
	buf_free(&r->problems);
	buf_free(&r->warnings);
}

START_TEST(test_cases_add_update)
{
	Db *db = people();
	ImportCounts c;
	Reports r;
	char *cause = NULL;
	ck_assert_int_eq(import(db, 0, IMPORT_CSV, 0,
		"ID,Team,worker,status,opened,flags,notes\n"
		"C1,Assessment Team 1,Jane Smith,cp,2016-01-04,neglect;CSE,\"a, b\"\n"
		"C2,disabled children,,Care Leaver,,,\n", &c, &r, &cause), 0);
	ck_assert_int_eq(c.rows, 2);
	ck_assert_int_eq(c.added, 2);
	ck_assert_str_eq(r.warnings.s, "ignoring unknown columns, nothing in them was imported: notes\n");
	ck_assert_ptr_null(r.problems.s);
	ck_assert_int_eq(fixture_int(db, "SELECT count(*) FROM case_flag f JOIN case_file c ON c.id = f.case_id "
	                                 "WHERE c.ref = 'C1' AND f.flag IN ('neglect', 'cse')"), 2);
	ck_assert_int_eq(fixture_int(db, "SELECT team_id FROM case_file WHERE ref = 'C2'"), 2);
	char *status = fixture_text(db, "SELECT status FROM case_file WHERE ref = 'C2'");
	ck_assert_str_eq(status, "care-leaver");
	free(status);
	reports_free(&r);

	/* Update: team, worker (blank unallocates), status, flags replaced; the
	 * opened date is kept; a row the same as the database is unchanged. */
	long long history = fixture_int(db, "SELECT count(*) FROM history");
	ck_assert_int_eq(import(db, 0, IMPORT_CSV, 0,
		"id,team,worker,status,opened,flags\n"
		"C1,Disabled Children,,cic,2015-01-01,missing\n"
		"C2,Disabled Children,,care-leaver,,\n"
		"C3,Assessment Team 1,Jane Smith,cin,2016-11-01,\n", &c, &r, &cause), 0);
	ck_assert_int_eq(c.added, 1);
	ck_assert_int_eq(c.updated, 1);
	ck_assert_int_eq(c.unchanged, 1);
	ck_assert_int_eq(fixture_int(db, "SELECT team_id = 2 AND worker_id IS NULL AND status = 'cic' AND "
	                                 "opened = '2016-01-04' FROM case_file WHERE ref = 'C1'"), 1);
	char *flags = fixture_text(db, "SELECT group_concat(flag) FROM case_flag f JOIN case_file c "
	                               "ON c.id = f.case_id WHERE c.ref = 'C1'");
	ck_assert_str_eq(flags, "missing");
	free(flags);
	/* C1: the case and two flags removed and one added; C3: the case. */
	ck_assert_int_eq(fixture_int(db, "SELECT count(*) FROM history") - history, 5);
	reports_free(&r);

	/* Without a worker or flags column, those are left alone. */
	ck_assert_int_eq(import(db, 0, IMPORT_CSV, 0, "team,id\nAssessment Team 1,C3\n", &c, &r, &cause), 0);
	ck_assert_int_eq(c.unchanged, 1);
	ck_assert_int_eq(fixture_int(db, "SELECT worker_id FROM case_file WHERE ref = 'C3'"), 1);
	reports_free(&r);
	db_close(db);
}
END_TEST

START_TEST(test_cases_refused_whole)
{
	Db *db = people();
	ImportCounts c;
	Reports r;
	char *cause = NULL;
	ck_assert_int_eq(import(db, 0, IMPORT_CSV, 0,
		"id,team,worker,status,opened,closed,flags\n"
		"OK1,Assessment Team 1,,cin,,,\n"
		",Assessment Team 1,,cin,,,\n"
		"X3,Nowhere,,cin,,,\n"
		"X4,Assessment Team 1,Nobody,cin,,,\n"
		"X5,Assessment Team 1,,closed,,,\n"
		"X6,Assessment Team 1,,cin,2016-02-30,,\n"
		"X7,Assessment Team 1,,cin,2016-06-01,2016-05-31,\n"
		"X8,Assessment Team 1,,cin,,,bruises\n"
		"OK1,Assessment Team 1,,cin,,,\n"
		"X10,Assessment Team 1\n"
		"\"X\n11\",Assessment Team 1,,cin,,,\n"
		"X13,,,cin,,,\n"
		"X15,Assessment Team 1,Lee Left,cin,,,\n"
		"OK16,Assessment Team 1,Lee Left,cin,2016-01-01,2016-10-01,\n", &c, &r, &cause), -1);
	ck_assert_str_eq(r.problems.s,
		"3: the case ID is empty; every row needs the child's case ID\n"
		"4: unknown team 'Nowhere'; 'team list' shows the teams (or import with " FIELD_OF("import cases", "create-missing") " to create it)\n"
		"5: unknown worker 'Nobody'; 'worker list' shows the workers (or import with " FIELD_OF("import cases", "create-missing") " to "
		"create it)\n"
		"6: status 'closed' is not known; expected one of: early-help, cin, cp, cic, care-leaver\n"
		"7: the opening date '2016-02-30' is not a real date; check the day and the month (DD/MM/YYYY or YYYY-MM-DD)\n"
		"8: the closing date 2016-05-31 is before the case opened (2016-06-01); a case opens before it closes\n"
		"9: flag 'bruises' is not known; expected one of: neglect, cse, missing, domestic-abuse\n"
		"10: case ID 'OK1' is also on an earlier row; give each case once\n"
		"11: the row has 2 fields and the header 7; quote fields that hold commas\n"
		"12: the case ID contains a line break or another control character; write it on one line\n"
		"14: the team is empty; every case needs a team\n"
		"15: 'Lee Left' left on 2016-10-31; allocate an open case to a worker in post\n");
	ck_assert_int_eq(c.rows, 14);
	ck_assert_int_eq(c.bad_rows, 12);
	ck_assert_msg(strstr(cause, ": 12 of 14 rows are wrong; nothing was imported"), "%s", cause);
	/* The good row was written, then rolled back with the rest. */
	ck_assert_int_eq(fixture_int(db, "SELECT count(*) FROM case_file"), 0);
	free(cause);
	reports_free(&r);
	db_close(db);
}
END_TEST

START_TEST(test_cases_headers)
{
	Db *db = people();
	ImportCounts c;
	Reports r;
	static const struct {
		const char *data, *cause;
	} cases[] = {
		{"", "is empty; expected a header row"},
		{"id,worker\nC1,Jane Smith\n", "names no 'team' column"},
		{"team\nX\n", "names no 'id' column"},
		{"id,team,ID\n1,2,3\n", "names the column 'id' twice (fields 1 and 3)"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *cause = NULL;
		ck_assert_int_eq(import(db, 0, IMPORT_CSV, 0, cases[i].data, &c, &r, &cause), -1);
		ck_assert_msg(strstr(cause, cases[i].cause), "%zu: %s", i, cause);
		ck_assert_ptr_null(r.problems.s);
		free(cause);
		reports_free(&r);
	}
	/* A header and nothing else: nothing to do, not a failure. */
	char *cause = NULL;
	ck_assert_int_eq(import(db, 0, IMPORT_CSV, 0, "id,team\r\n", &c, &r, &cause), 0);
	ck_assert_int_eq(c.rows, 0);
	reports_free(&r);
	db_close(db);
}
END_TEST

START_TEST(test_cases_create_missing)
{
	Db *db = people();
	ImportCounts c;
	Reports r;
	char *cause = NULL;
	const char *data = "id,team,worker\nN1,New Team,New Worker\nN2,New Team,new worker\nN3,Assessment Team 1,\n";
	ck_assert_int_eq(import(db, 0, IMPORT_CSV, 0, data, &c, &r, &cause), -1);
	free(cause);
	cause = NULL;
	reports_free(&r);
	ck_assert_int_eq(fixture_int(db, "SELECT count(*) FROM team"), 2);
	ck_assert_int_eq(import(db, 0, IMPORT_CSV, 1, data, &c, &r, &cause), 0);
	ck_assert_int_eq(c.teams_created, 1);
	ck_assert_int_eq(c.workers_created, 1);
	ck_assert_int_eq(fixture_int(db, "SELECT count(*) FROM worker w JOIN team t ON t.id = w.team_id "
	                                 "WHERE w.name = 'New Worker' AND t.name = 'New Team' AND role = 'social-worker'"),
	                 1);
	ck_assert_int_eq(fixture_int(db, "SELECT count(DISTINCT worker_id) FROM case_file WHERE ref IN ('N1', 'N2')"), 1);
	reports_free(&r);
	db_close(db);
}
END_TEST

START_TEST(test_cases_annex_a)
{
	Db *db = people();
	ImportCounts c;
	Reports r;
	char *cause = NULL;
	/* List 7, headers in other case, spacing and punctuation. */
	ck_assert_int_eq(import(db, 0, IMPORT_ANNEX_A, 0,
		"child unique id,Gender,CHILD PROTECTION PLAN START DATE,Child_Protection_Plan_End_Date,"
		"Allocated  Team,allocated worker,Extra\n"
		"P1,a) Male,03/04/2016,,Assessment Team 1,Jane Smith,\n"
		"P2,b) Female,14/02/2016,30/09/2016,Disabled Children,,\n", &c, &r, &cause), 0);
	ck_assert_int_eq(c.list, 7);
	ck_assert_str_eq(c.list_what, "child protection");
	ck_assert_str_eq(r.warnings.s, "ignoring unknown columns, nothing in them was imported: Extra\n");
	ck_assert_int_eq(fixture_int(db, "SELECT count(*) FROM case_file WHERE ref = 'P1' AND status = 'cp' AND "
	                                 "opened = '2016-04-03' AND closed IS NULL AND worker_id = 1"), 1);
	ck_assert_int_eq(fixture_int(db, "SELECT count(*) FROM case_file WHERE ref = 'P2' AND opened = '2016-02-14' "
	                                 "AND closed = '2016-09-30' AND worker_id IS NULL"), 1);
	reports_free(&r);

	/* List 8 moves P1 into care; list 6 is told apart by its columns too. */
	ck_assert_int_eq(import(db, 0, IMPORT_ANNEX_A, 0,
		"Child Unique ID,Date Started to be Looked After,Date Ceased to be Looked After,Allocated Team,"
		"Allocated Worker\nP1,01/10/2016,,Disabled Children,\n", &c, &r, &cause), 0);
	ck_assert_int_eq(c.list, 8);
	ck_assert_str_eq(c.list_what, "children looked after");
	ck_assert_int_eq(fixture_int(db, "SELECT status = 'cic' AND team_id = 2 AND opened = '2016-04-03' "
	                                 "FROM case_file WHERE ref = 'P1'"), 1);
	reports_free(&r);
	ck_assert_int_eq(import(db, 0, IMPORT_ANNEX_A, 0,
		"Child Unique ID,CIN Start Date,CIN Closure Date,Allocated Team,Allocated Worker\n"
		"P6,31/02/2016,,Assessment Team 1,\n"
		"P7,2016-02-01,,Assessment Team 1,\n"
		"P8,1/2/16,,Assessment Team 1,\n", &c, &r, &cause), -1);
	ck_assert_int_eq(c.list, 6);
	ck_assert_str_eq(c.list_what, "children in need");
	ck_assert_str_eq(r.problems.s,
		"2: CIN Start Date '31/02/2016' is not a real date; check the day and the month (DD/MM/YYYY or YYYY-MM-DD)\n"
		"4: CIN Start Date '1/2/16' has a two-digit year; in the spreadsheet, format the column as a date with a "
		"four-digit year (Excel: Format Cells, Date, 14/03/2012) and save the file as CSV again\n");
	free(cause);
	cause = NULL;
	reports_free(&r);
	ck_assert_int_eq(import(db, 0, IMPORT_ANNEX_A, 0,
		"Child Unique ID,CIN Start Date,Child Protection Plan Start Date,Allocated Team\nX,,,T\n", &c, &r,
		&cause), -1);
	ck_assert_msg(strstr(cause, "an Annex A file holds one list"), "%s", cause);
	free(cause);
	reports_free(&r);
	db_close(db);
}
END_TEST

START_TEST(test_audits)
{
	Db *db = people();
	fixture_exec(db,
		"INSERT INTO case_file(id, ref, team_id, status) VALUES (1, 'C1', 1, 'cin'), (2, 'C2', 2, 'cp');"
		"INSERT INTO case_flag(case_id, flag) VALUES (1, 'neglect');");
	ImportCounts c;
	Reports r;
	char *cause = NULL;
	ck_assert_int_eq(import(db, 1, IMPORT_CSV, 0,
		"Case,Date,Auditor,Type,Grade,Submitted,chron,PLAN,Voice,NEGLECT,Remarks\n"
		"C1,2016-10-03,Ann Boss,Dip Sample,Good,Yes,Met,Not met,N/A,y,x\n"
		"C2,2016-10-04,ann boss,,,no,NO,,NA,,\n"
		"C1,2016-10-05,Ann Boss,themed,Requires Improvement,1,YES,not-met,n/a,n,\n", &c, &r, &cause), 0);
	ck_assert_int_eq(c.submitted, 2);
	ck_assert_int_eq(c.drafts, 1);
	ck_assert_str_eq(r.warnings.s, "ignoring unknown columns, nothing in them was imported: Remarks\n");
	char *answers = fixture_text(db,
		"SELECT group_concat(audit_id || standard_code || '=' || result, ' ') FROM "
		"(SELECT * FROM answer ORDER BY audit_id, standard_code)");
	ck_assert_str_eq(answers, "1CHRON=met 1NEGLECT=met 1PLAN=not-met 1VOICE=na 2CHRON=not-met 2VOICE=na "
	                          "3CHRON=met 3NEGLECT=not-met 3PLAN=not-met 3VOICE=na");
	free(answers);
	ck_assert_int_eq(fixture_int(db, "SELECT count(*) FROM audit WHERE submitted_at IS NOT NULL AND "
	                                 "submitted_by = 'tester'"), 2);
	ck_assert_int_eq(fixture_int(db, "SELECT team_id FROM audit WHERE id = 2"), 2);
	char *type = fixture_text(db, "SELECT type || ' ' || grade FROM audit WHERE id = 3");
	ck_assert_str_eq(type, "themed requires-improvement");
	free(type);
	reports_free(&r);

	/* The same audits again, and a row repeated: refused; nothing added. */
	ck_assert_int_eq(import(db, 1, IMPORT_CSV, 0,
		"case,date,auditor,grade,submitted,CHRON\n"
		"C1,2016-10-03,Ann Boss,good,yes,met\n"
		"C2,2016-11-01,Ann Boss,good,yes,met\n"
		"C2,2016-11-01,Ann Boss,good,yes,met\n"
		"C2,2016-11-02,Ann Boss,,yes,met\n"
		"C2,2016-11-03,Ann Boss,good,yes,\n"
		"C2,2016-11-04,Ann Boss,good,perhaps,sort of\n", &c, &r, &cause), -1);
	ck_assert_str_eq(r.problems.s,
		"2: case C1 was already audited on 2016-10-03 by Ann Boss (audit 1); an audit is imported once\n"
		"4: the audit of case C2 on 2016-11-01 by Ann Boss is also on an earlier row; give each audit once\n"
		"6: a submitted audit needs at least one answer met or not-met; fill in the standards it was audited "
		"against, or write no under submitted\n"
		"7: submitted 'perhaps' is not yes or no; write yes or no (or Y/N, true/false, 1/0, Submitted/Draft; blank is no)\n"
		"7: CHRON 'sort of' is not an answer; write met, not met or n/a (or Y/N, Yes/No, NA; blank for no "
		"answer)\n");
	ck_assert_int_eq(fixture_int(db, "SELECT count(*) FROM audit"), 3);
	free(cause);
	cause = NULL;
	reports_free(&r);

	/* A past audit may be submitted without a grade (row 5 above was not
	 * refused for it): it goes in, submitted, ungraded. */
	ck_assert_int_eq(import(db, 1, IMPORT_CSV, 0, "case,date,auditor,grade,submitted,CHRON\n"
	                                              "C2,2016-11-02,Ann Boss,,yes,met\n", &c, &r, &cause), 0);
	ck_assert_int_eq(fixture_int(db, "SELECT count(*) FROM audit WHERE date = '2016-11-02' AND grade IS NULL"
	                                 " AND submitted_at IS NOT NULL"), 1);
	reports_free(&r);

	ck_assert_int_eq(import(db, 1, IMPORT_CSV, 0, "case,date,auditor\nC1,2016-10-03,Ann Boss\n", &c, &r, &cause),
	                 -1);
	ck_assert_msg(strstr(cause, "names no standard"), "%s", cause);
	free(cause);
	reports_free(&r);
	db_close(db);
}
END_TEST


/* ---- what exports contain (issue 14) ---- */

static const struct {
	const char *text, *date, *why;  /* why: a part of the reason, NULL when accepted */
} date_cases[] = {
	{"2016-07-05", "2016-07-05", NULL},
	{"05/07/2016", "2016-07-05", NULL},
	{"5/7/2016", "2016-07-05", NULL},
	{"05/07/2016 00:00", "2016-07-05", NULL},
	{"05/07/2016 00:00:00", "2016-07-05", NULL},
	{"2016-07-05T00:00:00", "2016-07-05", NULL},
	{"2016-07-05T00:00:00.000Z", "2016-07-05", NULL},
	{"2016-07-05 00:00", "2016-07-05", NULL},
	{"29/02/2016", "2016-02-29", NULL},
	{"29/02/2015", NULL, "not a real date"},
	{"2016-13-01", NULL, "not a real date"},
	{"05/07/16", NULL, "two-digit year; in the spreadsheet, format the column as a date"},
	{"5/7/16 00:00", NULL, "two-digit year"},
	{"42556", NULL, "day number, not a date; in the spreadsheet, format the column as a date"},
	{"42556.5", NULL, "day number"},
	{"05/07/2016 14:30", NULL, "time of day"},
	{"2016-07-05T09:00:00", NULL, "time of day"},
	/* Fractions of a second, as SQL Server and Excel exports write them:
	 * every digit read, zero or not (a non-zero one once stopped the
	 * reading, and the import never ended: fuzz_csv found it). */
	{"2016-07-05 00:00:00.000", "2016-07-05", NULL},
	{"2016-07-05 14:23:11.537", NULL, "time of day"},
	{"05/07/2016 00:00:00.10", NULL, "time of day"},
	{"2016-07-05T00:00:00.0001Z", NULL, "time of day"},
	{"2016-07-05 00:00:00.5x", NULL, "not a date"},
	{"2016/07/05", NULL, "not a date"},
	{"July 2016", NULL, "not a date"},
	{"2016", NULL, "not a date"},
	{"05/07/2016x", NULL, "not a date"},
	{"05-07-2016", NULL, "not a date"},
};

START_TEST(test_date_read)
{
	for (size_t i = 0; i < sizeof date_cases / sizeof date_cases[0]; i++) {
		char out[11] = "";
		const char *why = date_read(date_cases[i].text, out);
		if (date_cases[i].why == NULL) {
			ck_assert_msg(why == NULL, "%s: %s", date_cases[i].text, why);
			ck_assert_str_eq(out, date_cases[i].date);
		} else {
			ck_assert_msg(why != NULL && strstr(why, date_cases[i].why), "%s: %s", date_cases[i].text,
			              why ? why : "accepted");
		}
	}
}
END_TEST

/* Placeholders never become workers or teams; a worker who has left keeps
 * the cases the file leaves with them; caseaudit's apostrophe is removed. */
START_TEST(test_cases_placeholders_and_round_trip)
{
	Db *db = people();
	ImportCounts c;
	Reports r;
	char *cause = NULL;
	ck_assert_int_eq(import(db, 0, IMPORT_CSV, 1,
		"id,team,worker\nQ1,Assessment Team 1,Unallocated\nQ2,Assessment Team 1,n/a\nQ3,Assessment Team 1,-\n"
		"Q4,Assessment Team 1,TBC\n'=Q5,Assessment Team 1,None\n'-6,Assessment Team 1,Not Allocated\n", &c, &r,
		&cause), 0);
	ck_assert_int_eq(c.added, 6);
	ck_assert_int_eq(c.workers_created, 0);
	ck_assert_int_eq(fixture_int(db, "SELECT count(*) FROM case_file WHERE worker_id IS NULL AND ref IN "
	                                 "('=Q5', '-6', 'Q1')"), 3);
	reports_free(&r);
	ck_assert_int_eq(import(db, 0, IMPORT_CSV, 1,
		"id,team,worker\nQ7,Unknown,\nQ8,#N/A,#N/A\nQ9,Assessment Team 1,#REF!\n", &c, &r, &cause), -1);
	ck_assert_str_eq(r.problems.s,
		"2: the team 'Unknown' is a placeholder, not a team; a case needs a team: give the team holding it\n"
		"3: team is '#N/A', a spreadsheet error, not a value; correct the formula that gave it (or write the "
		"value itself) and save the file again\n"
		"3: worker is '#N/A', a spreadsheet error, not a value; correct the formula that gave it (or write the "
		"value itself) and save the file again\n"
		"4: worker is '#REF!', a spreadsheet error, not a value; correct the formula that gave it (or write the "
		"value itself) and save the file again\n");
	ck_assert_int_eq(fixture_int(db, "SELECT count(*) FROM team"), 2);
	free(cause);
	cause = NULL;
	reports_free(&r);
	/* Lee Left (left 2016-10-31) holds a case: the row as it is goes in. */
	fixture_exec(db, "INSERT INTO case_file(ref, team_id, worker_id) VALUES ('HELD', 1, 3)");
	ck_assert_int_eq(import(db, 0, IMPORT_CSV, 0, "id,team,worker\nHELD,Assessment Team 1,Lee Left\n", &c, &r,
	                        &cause), 0);
	ck_assert_int_eq(c.unchanged, 1);
	reports_free(&r);
	db_close(db);
}
END_TEST

/* A title row, separator rows, a totals row, and where a header problem is. */
START_TEST(test_cases_layout)
{
	Db *db = people();
	ImportCounts c;
	Reports r;
	char *cause = NULL;
	ck_assert_int_eq(import(db, 0, IMPORT_CSV, 0,
		"Cases export,,\n,,\nid,team,worker\nT1,Assessment Team 1,\n,,\nT2,Assessment Team 1,\n", &c, &r,
		&cause), 0);
	ck_assert_int_eq(c.added, 2);
	reports_free(&r);
	ck_assert_int_eq(import(db, 0, IMPORT_CSV, 0, "id,team\nT3,Assessment Team 1\nGrand Total,1\n", &c, &r,
	                        &cause), -1);
	ck_assert_str_eq(r.problems.s, "3: this row looks like a total ('Grand Total'), not a case; delete the totals "
	                               "below the table and save the file again\n");
	free(cause);
	cause = NULL;
	reports_free(&r);
	ck_assert_int_eq(import(db, 0, IMPORT_CSV, 0, "Title\n\nid,worker\nX,Y\n", &c, &r, &cause), -1);
	ck_assert_msg(strstr(cause, ":3: the header row names no 'team' column"), "%s", cause);
	free(cause);
	cause = NULL;
	reports_free(&r);
	ck_assert_int_eq(import(db, 0, IMPORT_CSV, 0, "a\nb\nc\nd\ne\nid,team\n", &c, &r, &cause), -1);
	ck_assert_msg(strstr(cause, ":1: found no header row in the first 5 rows; expected one naming at least id "
	                            "and team; the first row reads: a"), "%s", cause);
	free(cause);
	reports_free(&r);
	db_close(db);
}
END_TEST

/* Standards' columns in any spelling; ones that look like a standard refused. */
START_TEST(test_audits_standard_columns)
{
	Db *db = people();
	fixture_exec(db, "INSERT INTO case_file(id, ref, team_id, status) VALUES (1, 'C1', 1, 'cic');"
	                 "INSERT INTO case_flag(case_id, flag) VALUES (1, 'missing');");
	ImportCounts c;
	Reports r;
	char *cause = NULL;
	ck_assert_int_eq(import(db, 1, IMPORT_CSV, 0,
		"case,date,auditor,grade,submitted,Missing Interview,missing_risk,MISSING-plan,Cse Identified,"
		"Return interviews took place within 72 hours of each missing episode\n", &c, &r, &cause), -1);
	ck_assert_msg(strstr(cause, "names the standard MISSING-INTERVIEW twice (fields 6 and 10)"), "%s", cause);
	free(cause);
	cause = NULL;
	reports_free(&r);
	ck_assert_int_eq(import(db, 1, IMPORT_CSV, 0,
		"case,date,auditor,grade,submitted,Missing Interview,missing_risk,MISSING-plan,Cse Identified,Notes\n"
		"C1,05/07/2016,Ann Boss,Requires improvement to be good,Submitted,met,not met,n/a,met,x\n", &c, &r,
		&cause), 0);
	ck_assert_str_eq(r.warnings.s, "ignoring unknown columns, nothing in them was imported: Notes\n");
	char *answers = fixture_text(db, "SELECT group_concat(standard_code || '=' || result, ' ') FROM "
	                                 "(SELECT * FROM answer ORDER BY standard_code)");
	ck_assert_str_eq(answers, "CSE-IDENTIFIED=met MISSING-INTERVIEW=met MISSING-PLAN=na MISSING-RISK=not-met");
	free(answers);
	reports_free(&r);
	static const char *const near[] = {"Chronolgy", "Voice of the child", "Plans", "Return interview",
	                                   "Missing", "IHAs", NULL};
	for (int i = 0; near[i]; i++) {
		char *data = xprintf("case,date,auditor,CHRON,%s\n", near[i]);
		ck_assert_int_eq(import(db, 1, IMPORT_CSV, 0, data, &c, &r, &cause), -1);
		ck_assert_msg(strstr(cause, ":1: the column '") && strstr(cause, "looks like the standard"), "%s: %s",
		              near[i], cause);
		free(cause);
		cause = NULL;
		free(data);
		reports_free(&r);
	}
	db_close(db);
}
END_TEST

/* Annex A: the order of the lists does not decide; from a state an earlier
 * year's import left, too. */
START_TEST(test_annex_a_order)
{
	static const char *const lists[3] = {
		"Child Unique ID,CIN Start Date,CIN Closure Date,Case Status,Allocated Team,Allocated Worker\n"
		"A1,01/03/2016,,c) Child in need plan,Assessment Team 1,Jane Smith\n"
		"A2,01/03/2016,,a) Looked after child,Assessment Team 1,\n",
		"Child Unique ID,Child Protection Plan Start Date,Child Protection Plan End Date,Latest Category of Abuse,"
		"Allocated Team,Allocated Worker\nA1,01/04/2016,01/06/2016,a) Neglect,Disabled Children,\n",
		"Child Unique ID,Date Started to be Looked After,Date Ceased to be Looked After,"
		"Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months,"
		"Allocated Team,Allocated Worker\nA1,01/07/2015,20/11/2016,1,Disabled Children,\n"
		"A2,01/05/2016,,0,Disabled Children,\n",
	};
	static const int orders[6][3] = {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}};
	char *first = NULL;
	for (int o = 0; o < 6; o++) {
		Db *db = people();
		/* Last year: A1 was in care, open. */
		fixture_exec(db, "INSERT INTO case_file(id, ref, team_id, status, opened) VALUES (1, 'A1', 2, 'cic', "
		                 "'2015-07-01');"
		                 "INSERT INTO case_episode(case_id, list, status, team_id, started) VALUES (1, 8, 'cic', 2, "
		                 "'2015-07-01');");
		for (int k = 0; k < 3; k++) {
			ImportCounts c;
			Reports r;
			char *cause = NULL;
			ck_assert_msg(import(db, 0, IMPORT_ANNEX_A, 0, lists[orders[o][k]], &c, &r, &cause) == 0, "%s",
			              cause);
			reports_free(&r);
		}
		char *got = fixture_text(db,
			"SELECT group_concat(x, ' ') FROM (SELECT c.ref || ':' || c.status || ':' || c.team_id || ':' ||"
			" coalesce(c.worker_id, '-') || ':' || coalesce(c.opened, '') || ':' || coalesce(c.closed, '') || ':' ||"
			" coalesce((SELECT group_concat(flag) FROM (SELECT flag FROM case_flag f WHERE f.case_id = c.id"
			" ORDER BY flag)), '') AS x FROM case_file c ORDER BY c.ref)");
		if (first == NULL)
			first = got;
		else {
			ck_assert_msg(strcmp(got, first) == 0, "order %d: %s, first: %s", o, got, first);
			free(got);
		}
		db_close(db);
	}
	/* A1 left care on 20/11/2016 and is in need; A2 is in care. */
	ck_assert_str_eq(first, "A1:cin:1:1:2015-07-01::missing,neglect A2:cic:2:-:2016-03-01::");
	free(first);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("import");
	TCase *csv = tcase_create("csv");
	tcase_add_test(csv, test_csv_records);
	tcase_add_test(csv, test_csv_crlf_across_chunks);
	tcase_add_test(csv, test_csv_refusals);
	tcase_add_test(csv, test_csv_field_bound);
	tcase_add_test(csv, test_csv_widths);
	tcase_add_test(csv, test_csv_stop_and_missing);
	tcase_add_test(csv, test_csv_utf8);
	suite_add_tcase(s, csv);
	TCase *cases = tcase_create("cases");
	tcase_add_test(cases, test_cases_add_update);
	tcase_add_test(cases, test_cases_refused_whole);
	tcase_add_test(cases, test_cases_headers);
	tcase_add_test(cases, test_cases_create_missing);
	tcase_add_test(cases, test_cases_annex_a);
	tcase_add_test(cases, test_cases_placeholders_and_round_trip);
	tcase_add_test(cases, test_cases_layout);
	tcase_add_test(cases, test_annex_a_order);
	tcase_add_test(csv, test_date_read);
	suite_add_tcase(s, cases);
	TCase *audits = tcase_create("audits");
	tcase_add_test(audits, test_audits);
	tcase_add_test(audits, test_audits_standard_columns);
	suite_add_tcase(s, audits);
	return fixture_run(s);
}
