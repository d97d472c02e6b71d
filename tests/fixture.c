/* Shared by the Check tests. */
#include "fixture.h"

TableSink fixture_sink;

#include <stdio.h>
#include <stdlib.h>

#include "util.h"

Db *fixture_db(void)
{
	char *cause = NULL;
	Db *db = db_open(":memory:", "tester", &cause);
	if (db == NULL) {
		fprintf(stderr, "fixture: %s\n", cause);
		abort();
	}
	return db;
}

void fixture_exec(Db *db, const char *sql)
{
	char *cause = NULL;
	if (db_exec(db, sql, &cause) != 0) {
		fprintf(stderr, "fixture: %s: %s\n", sql, cause);
		abort();
	}
}

long long fixture_int(Db *db, const char *sql)
{
	sqlite3_stmt *s;
	if (sqlite3_prepare_v2(db_handle(db), sql, -1, &s, NULL) != SQLITE_OK) {
		fprintf(stderr, "fixture: %s: %s\n", sql, sqlite3_errmsg(db_handle(db)));
		abort();
	}
	long long v = sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int64(s, 0) : -1;
	sqlite3_finalize(s);
	return v;
}

char *fixture_text(Db *db, const char *sql)
{
	sqlite3_stmt *s;
	if (sqlite3_prepare_v2(db_handle(db), sql, -1, &s, NULL) != SQLITE_OK) {
		fprintf(stderr, "fixture: %s: %s\n", sql, sqlite3_errmsg(db_handle(db)));
		abort();
	}
	char *v = NULL;
	if (sqlite3_step(s) == SQLITE_ROW && sqlite3_column_text(s, 0))
		v = xstrdup((const char *)sqlite3_column_text(s, 0));
	sqlite3_finalize(s);
	return v;
}

int fixture_run(Suite *suite)
{
	SRunner *runner = srunner_create(suite);
	srunner_run_all(runner, CK_NORMAL);
	int failed = srunner_ntests_failed(runner);
	srunner_free(runner);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
