/* libFuzzer harness for `sql`: each input is the rest of a line after
 * "sql ", run through run_line (the rest-of-line dispatch, the authorizer's
 * allow-lists, the read-only checks, the time and size limits, the output
 * of every value) against one in-memory database holding a little of
 * everything. Whatever the input, the database must come out unchanged:
 * no row, no schema change, the guard's settings undone. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "command.h"
#include "db.h"
#include "run.h"
#include "util.h"

static App app;
static long long changes_before;
static long long schema_before;

static long long one_int(const char *sql)
{
	sqlite3_stmt *s = NULL;
	long long v = -1;
	if (sqlite3_prepare_v2(db_handle(app.db), sql, -1, &s, NULL) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
		v = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	return v;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	setenv("CASEAUDIT_TODAY", "2016-11-30", 1);
	char *cause = NULL;
	app.db = db_open(":memory:", "fuzzer", &cause);
	if (app.db == NULL) {
		fprintf(stderr, "fuzz_sql: %s\n", cause);
		exit(1);
	}
	app.db_path = ":memory:";
	app.out.fp = fopen("/dev/null", "w");
	static const char *const setup[] = {
		"team add Alpha --service 'Children in Need'",
		"team add Beta",
		"worker add 'Ann Boss' --team Alpha --role team-manager --trained 2016-01-04",
		"worker add Wyn --team Alpha --role social-worker --agreement 2016-02-01",
		"case add C1 --team Alpha --worker Wyn --status cp --flag neglect",
		"case add C2 --team Beta --status cin",
		"chron add C1 2016-10-01 'Home visit'",
		"supervision add Wyn --by 'Ann Boss' --date 2016-10-05 --case C1",
		"audit add C1 --date 2016-11-02 --auditor 'Ann Boss' --grade good --submit CHRON=met PLAN=not-met",
		"action add 1 'Update the plan' --owner 'Ann Boss' --due 2016-12-01",
		"sample draw --team Alpha --size 1 --auditor 'Ann Boss' --due 2016-12-15 --seed 1",
		NULL};
	for (const char *const *l = setup; *l; l++)
		if (run_line(&app, *l, "fuzz_sql setup") != 0)
			exit(1);
	/* A statement that runs long is stopped as a person's would be, only
	 * sooner, so the fuzzer keeps moving. At 200 ms, the endless recursive
	 * WITHs the fuzzer finds (a tenth of the corpus) took nine tenths of
	 * its time, printing rows until SQLite's own share reached the limit;
	 * at 20 ms it runs 8 times the inputs a second, to the same coverage. */
	sql_time_limit_ms = 20;
	/* Error messages go to stdio's stderr: silence them (libFuzzer and the
	 * sanitizers keep writing to file descriptor 2). */
	stderr = fopen("/dev/null", "w");
	changes_before = sqlite3_total_changes(db_handle(app.db));
	schema_before = one_int("PRAGMA schema_version");
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* One line: the input up to its first newline or NUL byte. */
	size_t n = 0;
	while (n < size && data[n] != '\n' && data[n] != '\0')
		n++;
	char *line = xmalloc(n + 5);
	memcpy(line, "sql ", 4);
	memcpy(line + 4, data, n);
	line[n + 4] = '\0';
	app.quit = 0;
	app.out.mode = (OutputMode)(size > 0 ? data[size - 1] % 3 : 0);
	run_line(&app, line, "fuzz");
	free(line);
	sqlite3 *h = db_handle(app.db);
	int trusted = -1;
	sqlite3_db_config(h, SQLITE_DBCONFIG_TRUSTED_SCHEMA, -1, &trusted);
	/* Nothing written, nothing left switched on or open. */
	if (sqlite3_total_changes(h) != changes_before || one_int("PRAGMA schema_version") != schema_before ||
	    one_int("PRAGMA query_only") != 0 || trusted != 1 || db_transaction_depth(app.db) != 0 ||
	    !sqlite3_get_autocommit(h) || one_int("SELECT count(*) FROM pragma_database_list") != 1)
		abort();
	return 0;
}
