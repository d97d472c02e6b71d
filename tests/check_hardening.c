/* The connection's defensive settings (issue 15, item 5): whatever SQL
 * reaches it, it cannot corrupt the file through the schema, nor use
 * fts3_tokenizer() to read or write function pointers; and printf(), held
 * to the longest value, is SQLite's own. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "fixture.h"
#include "util.h"

START_TEST(test_defensive_settings)
{
	Db *db = fixture_db();
	sqlite3 *h = db_handle(db);
	int on = -1;
	ck_assert_int_eq(sqlite3_db_config(h, SQLITE_DBCONFIG_DEFENSIVE, -1, &on), SQLITE_OK);
	ck_assert_int_eq(on, 1);
	on = -1;
	ck_assert_int_eq(sqlite3_db_config(h, SQLITE_DBCONFIG_ENABLE_FTS3_TOKENIZER, -1, &on), SQLITE_OK);
	ck_assert_int_eq(on, 0);
	/* Defensive: writable_schema has no effect, so the schema table stays
	 * read-only even for SQL that is not guarded by sql's authorizer. */
	sqlite3_exec(h, "PRAGMA writable_schema = ON", NULL, NULL, NULL);
	char *err = NULL;
	ck_assert_int_ne(sqlite3_exec(h, "UPDATE sqlite_schema SET sql = 'x' WHERE name = 'team'", NULL, NULL, &err),
	                 SQLITE_OK);
	sqlite3_free(err);
	err = NULL;
	/* The two-argument fts3_tokenizer (it installs a function pointer). */
	ck_assert_int_ne(sqlite3_exec(h, "SELECT fts3_tokenizer('x', x'0000000000000000')", NULL, NULL, &err), SQLITE_OK);
	sqlite3_free(err);
	/* Trusted schema: on for caseaudit's own triggers, off while asked. */
	ck_assert_int_eq(db_untrusted_schema(db, 1), 0);
	ck_assert_int_eq(sqlite3_db_config(h, SQLITE_DBCONFIG_TRUSTED_SCHEMA, -1, &on), SQLITE_OK);
	ck_assert_int_eq(on, 0);
	ck_assert_int_eq(db_untrusted_schema(db, 0), 0);
	ck_assert_int_eq(sqlite3_db_config(h, SQLITE_DBCONFIG_TRUSTED_SCHEMA, -1, &on), SQLITE_OK);
	ck_assert_int_eq(on, 1);
	db_close(db);
}
END_TEST

/* The one value of sql on h, quoted (its type shows), or the error. */
static char *one_value(sqlite3 *h, const char *sql)
{
	sqlite3_stmt *s;
	char *out;
	if (sqlite3_prepare_v2(h, sql, -1, &s, NULL) != SQLITE_OK)
		return xprintf("prepare: %s", sqlite3_errmsg(h));
	if (sqlite3_step(s) == SQLITE_ROW)
		out = xstrdup(sqlite3_column_type(s, 0) == SQLITE_NULL ? "NULL" : (const char *)sqlite3_column_text(s, 0));
	else
		out = xprintf("error: %s", sqlite3_errmsg(h));
	sqlite3_finalize(s);
	return out;
}

/* printf() and format() behind the guard (db_readonly.c) give SQLite's
 * own results to the byte, for every kind of conversion; only widths and
 * precisions adding up to more than the longest value are refused. */
START_TEST(test_printf_is_sqlites)
{
	static const char *const calls[] = {
		"printf('%d|%5d|%-5d|%05d|%+d|% d', 42, 42, 42, 42, 42, 42)",
		"printf('%.2f|%10.3f|%-10.1f|%e|%E|%g|%G', 3.14159, 2.5, -1.25, 12345.678, 0.000123, 1e20, 1e-20)",
		"printf('%!.20g|%!f|%#x|%#o', 0.1, 1.0, 255, 8)",
		"printf('%x|%X|%o|%u|%i|%p', 255, 255, 8, -1, 7, 255)",
		"printf('%s|%10s|%-10s|%.2s|%z', 'abc', 'abc', 'abc', 'abc', 'zz')",
		"printf('%q|%Q|%Q|%w', 'it''s', 'x''y', NULL, 'a\"b')",
		"printf('%c|%5c|%-3c|%.3c|%.*c', 'hello', 'h', 'h', 'ab', 4, 'z')",
		"printf('%*d|%-*d|%.*f|%*.*f', 6, 1, 6, 1, 2, 3.14159, 9, 1, 2.25)",
		"printf('%*d|%.*f', -4, 1, -2, 1.5)",
		"printf('%,d|%,d|%lld|%ld', 1234567, -1234567, 9000000000000000000, 12)",
		"printf('100%%|%n|%d', 5)",
		"printf('%d %s %f', 1)",
		"printf('%T|%d', 1, 2)",
		"printf('abc%')",
		"printf('%5')",
		"printf('no conversions')",
		"printf(NULL, 1)",
		"printf()",
		"printf('%s', x'414243')",
		"printf('%d', '12abc')",
		"printf('%s', 1.5)",
		"format('%s-%d', 'a', 3)",
		"printf('%.*c', 1000000, 'x') = printf('%1000000s', '') IS NOT NULL",
		"length(printf('%.1000000c', 'x'))",
	};
	Db *db = fixture_db();
	sqlite3 *plain;
	ck_assert_int_eq(sqlite3_open(":memory:", &plain), SQLITE_OK);
	for (size_t i = 0; i < sizeof calls / sizeof *calls; i++) {
		char *sql = xprintf("SELECT quote(%s)", calls[i]);
		char *guarded = one_value(db_handle(db), sql), *own = one_value(plain, sql);
		ck_assert_msg(strcmp(guarded, own) == 0, "%s: guarded %s, SQLite's own %s", calls[i], guarded, own);
		free(guarded);
		free(own);
		free(sql);
	}
	/* Above the longest value: refused, whatever gives the size. */
	sqlite3_limit(db_handle(db), SQLITE_LIMIT_LENGTH, 16 * 1024 * 1024);
	static const char *const refused[] = {
		"SELECT printf('%.*c', 1000000000, 'x')", "SELECT printf('%.20000000c', 'x')",
		"SELECT format('%20000000d', 1)", "SELECT printf('%-*s', -20000000, 'x')",
		"SELECT printf('%s %*d', 'a', 99999999999999999, 1)",
		"SELECT printf('%99999999999999999999999999d', 1)",
		/* Many under the limit, more than it together. */
		"SELECT printf('%.8388608c%.8388609c%d', 'x', 'y', 1)",
		"SELECT printf(replace(hex(zeroblob(60)), '00', '%.16777216c'), 'x')",
	};
	for (size_t i = 0; i < sizeof refused / sizeof *refused; i++) {
		char *got = one_value(db_handle(db), refused[i]);
		ck_assert_msg(strstr(got, "widths and precisions add up to") != NULL, "%s: %s", refused[i], got);
		free(got);
	}
	/* At the longest value itself: SQLite's own printf runs, and gives
	 * NULL (its result would be one byte too long), as it does itself. */
	char *got = one_value(db_handle(db), "SELECT length(printf('%.*c', 16777216, 'x'))");
	ck_assert_str_eq(got, "NULL");
	free(got);
	got = one_value(db_handle(db), "SELECT length(printf('%.*c', 16777215, 'x'))");
	ck_assert_str_eq(got, "16777215");
	free(got);
	sqlite3_close(plain);
	db_close(db);
}
END_TEST

/* A sink counting rows, and spending CPU on each (cost ns), as formatting
 * a wide row for a terminal does. */
typedef struct {
	Sink sink;
	long long rows, cost;
	long wait_ns;  /* and waiting on each, as for a slow pipe or a busy machine */
} CountingSink;

static long long process_cpu_ns(void)
{
	struct timespec now;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
	return (long long)now.tv_sec * 1000000000 + now.tv_nsec;
}

static void counting_header(Sink *sink, int ncol, const char *const *names)
{
	(void)sink;
	(void)ncol;
	(void)names;
}

static void counting_row(Sink *sink, const Value *values)
{
	(void)values;
	CountingSink *c = (CountingSink *)sink;
	c->rows++;
	long long until = process_cpu_ns() + c->cost;
	while (c->cost > 0 && process_cpu_ns() < until)
		;
	if (c->wait_ns > 0) {
		struct timespec wait = {0, c->wait_ns};
		nanosleep(&wait, NULL);
	}
}

static void counting_end(Sink *sink)
{
	(void)sink;
}

/* sql's time limit is on SQLite's own running: the time rows take to
 * print is not counted (100 rows printing for 0.1 s of CPU pass a limit
 * of 20 ms), while a statement that never ends is stopped at it, however
 * long its rows wait to be printed. */
START_TEST(test_time_limit_leaves_printing_out)
{
	Db *db = fixture_db();
	long saved = sql_time_limit_ms;
	sql_time_limit_ms = 20;
	CountingSink slow = {{counting_header, counting_row, counting_end}, 0, 1000000, 0};
	char *cause = NULL;
	long long began = process_cpu_ns();
	int rc = db_readonly_query(
		db, "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 100) SELECT x FROM c",
		&slow.sink, &cause);
	ck_assert_msg(rc == 0, "stopped: %s", cause ? cause : "?");
	ck_assert_int_eq(slow.rows, 100);
	ck_assert_int_ge(process_cpu_ns() - began, 100000000);

	CountingSink quick = {{counting_header, counting_row, counting_end}, 0, 0, 0};
	began = process_cpu_ns();
	rc = db_readonly_query(db, "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c",
	                       &quick.sink, &cause);
	ck_assert_int_eq(rc, -1);
	ck_assert_ptr_nonnull(strstr(cause, "ran for more than"));
	ck_assert_int_gt(quick.rows, 1000);
	ck_assert_int_lt(process_cpu_ns() - began, 5000000000LL);
	free(cause);
	cause = NULL;

	/* Rows that wait to be printed (a slow pipe, or a busy machine running
	 * something else): the waiting is not the statement's, and does not
	 * put off its end. (Timing the printing by the clock on the wall did:
	 * under load, an endless statement in fuzz_sql was never stopped.) */
	sql_time_limit_ms = 5;
	CountingSink waiting = {{counting_header, counting_row, counting_end}, 0, 0, 100000};
	rc = db_readonly_query(db, "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c",
	                       &waiting.sink, &cause);
	ck_assert_int_eq(rc, -1);
	ck_assert_ptr_nonnull(strstr(cause, "ran for more than"));
	ck_assert_int_lt(waiting.rows, 200000);
	free(cause);
	sql_time_limit_ms = saved;
	db_close(db);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("hardening");
	TCase *tc = tcase_create("connection");
	tcase_add_test(tc, test_defensive_settings);
	tcase_add_test(tc, test_printf_is_sqlites);
	tcase_add_test(tc, test_time_limit_leaves_printing_out);
	/* Check's 4 s is wall time: these spend CPU on purpose, and the tests
	 * run side by side. */
	tcase_set_timeout(tc, 60);
	suite_add_tcase(s, tc);
	return fixture_run(s);
}
