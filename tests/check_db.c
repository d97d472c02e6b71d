/* The database wrapper's statements: re-entry of a statement still being
 * read is caught, a failed prepare is an error with its message (not an
 * abort), look-ups tell "not found" from an error, and the query helper
 * streams rows into a sink; rebinding a statement does not prepare it
 * again. */
#include <check.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "fixture.h"
#include "util.h"

static const char *const numbers = "SELECT value FROM json_each('[1, 2, 3]') ORDER BY value";

typedef struct {
	Sink sink;
	Db *db;
	int headers, rows, ends;
	long long sum;
	char names[64];
	int reenter;   /* ask for the statement again from the row callback */
} Probe;

static void probe_header(Sink *sink, int ncol, const char *const *names)
{
	Probe *p = (Probe *)sink;
	p->headers++;
	for (int i = 0; i < ncol; i++)
		snprintf(p->names + strlen(p->names), sizeof p->names - strlen(p->names), "%s%s", i ? "," : "", names[i]);
}

static void probe_row(Sink *sink, const Value *values)
{
	Probe *p = (Probe *)sink;
	p->rows++;
	p->sum += values[0].type == VALUE_INT ? values[0].i : 0;
	if (p->reenter)
		db_stmt(p->db, numbers);
}

static void probe_end(Sink *sink)
{
	((Probe *)sink)->ends++;
}

static Probe probe(Db *db)
{
	Probe p = {{probe_header, probe_row, probe_end}, db, 0, 0, 0, 0, "", 0};
	return p;
}

START_TEST(query_streams_rows_into_a_sink)
{
	Db *db = fixture_db();
	char *cause = NULL;
	Probe p = probe(db);
	ck_assert_int_eq(db_query(db, db_stmt(db, numbers), &p.sink, "count", &cause), 0);
	ck_assert_int_eq(p.headers, 1);
	ck_assert_str_eq(p.names, "value");
	ck_assert_int_eq(p.rows, 3);
	ck_assert_int_eq(p.sum, 6);
	ck_assert_int_eq(p.ends, 1);
	/* An empty result still has its header and end. */
	Probe e = probe(db);
	Stmt *s = db_stmt(db, "SELECT code AS c FROM standard WHERE code = :code");
	db_bind_text(s, ":code", "NO-SUCH");
	ck_assert_int_eq(db_query(db, s, &e.sink, "list", &cause), 0);
	ck_assert_int_eq(e.headers, 1);
	ck_assert_int_eq(e.rows, 0);
	ck_assert_int_eq(e.ends, 1);
	/* A step that fails: no end, and the message says what failed. */
	Probe f = probe(db);
	ck_assert_int_eq(db_query(db, db_stmt(db, "SELECT json('not json')"), &f.sink, "list things", &cause), -1);
	ck_assert_str_eq(cause, "cannot list things: malformed JSON");
	ck_assert_int_eq(f.ends, 0);
	free(cause);
	/* The statement was reset: it runs again. */
	Probe again = probe(db);
	ck_assert_int_eq(db_query(db, db_stmt(db, numbers), &again.sink, "count", &cause), 0);
	ck_assert_int_eq(again.rows, 3);
	db_close(db);
}
END_TEST

/* Run f in a child process (the tests run without Check's fork) and
 * report whether it aborted. */
static int aborts(void (*f)(void))
{
	pid_t pid = fork();
	ck_assert_int_ge(pid, 0);
	if (pid == 0) {
		if (freopen("/dev/null", "w", stderr) == NULL)
			_exit(3);
		f();
		_exit(0);
	}
	int status;
	ck_assert_int_eq(waitpid(pid, &status, 0), pid);
	return WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT;
}

/* A sink that asks for the statement it is being fed from. */
static void reenter_from_sink(void)
{
	Db *db = fixture_db();
	char *cause = NULL;
	Probe p = probe(db);
	p.reenter = 1;
	db_query(db, db_stmt(db, numbers), &p.sink, "count", &cause);
}

/* A loop whose body asks for the statement it loops over. */
static void reenter_from_loop(void)
{
	Db *db = fixture_db();
	Stmt *s = db_stmt(db, numbers);
	while (db_next(db, s, NULL) == 1)
		db_stmt(db, numbers);
}

START_TEST(reentry_is_a_bug)
{
	ck_assert(aborts(reenter_from_sink));
	ck_assert(aborts(reenter_from_loop));
}
END_TEST

/* A finished loop, a loop stopped with db_reset, and a single look-up
 * left unreset do not count as being read. */
START_TEST(finished_statements_are_free_again)
{
	Db *db = fixture_db();
	char *cause = NULL;
	Stmt *s = db_stmt(db, numbers);
	int n = 0;
	while (db_next(db, s, &cause) == 1)
		n++;
	ck_assert_int_eq(n, 3);
	s = db_stmt(db, numbers);
	ck_assert_int_eq(db_next(db, s, &cause), 1);
	db_reset(s);
	s = db_stmt(db, numbers);
	ck_assert_int_eq(db_step_row(db, s, &cause), 1);
	s = db_stmt(db, numbers);
	ck_assert_int_eq(db_step_row(db, s, &cause), 1);
	ck_assert_int_eq(db_column_int(s, 0), 1);
	db_close(db);
}
END_TEST

START_TEST(failed_prepare_is_an_error)
{
	Db *db = fixture_db();
	char *cause = NULL;
	Stmt *s = db_stmt(db, "SELECT x FROM no_such_table WHERE x = :x");
	db_bind_text(s, ":x", "a"); /* binds on it do nothing */
	db_bind_int(s, ":nothing", 1);
	ck_assert_int_eq(db_step_row(db, s, &cause), -1);
	ck_assert_str_eq(cause, "no such table: no_such_table");
	free(cause);
	cause = NULL;
	ck_assert_int_eq(db_step_done(db, s, &cause), -1);
	ck_assert_str_eq(cause, "no such table: no_such_table");
	free(cause);
	cause = NULL;
	long long v = 0;
	ck_assert_int_eq(db_int(db, s, &v, &cause), -1);
	free(cause);
	cause = NULL;
	Probe p = probe(db);
	ck_assert_int_eq(db_query(db, s, &p.sink, "list x", &cause), -1);
	ck_assert_str_eq(cause, "cannot list x: no such table: no_such_table");
	ck_assert_int_eq(p.headers, 0);
	free(cause);
	/* Not cached: once the table exists, the same SQL prepares. */
	fixture_exec(db, "CREATE TABLE no_such_table (x TEXT)");
	cause = NULL;
	s = db_stmt(db, "SELECT x FROM no_such_table WHERE x = :x");
	db_bind_text(s, ":x", "a");
	ck_assert_int_eq(db_step_row(db, s, &cause), 0);
	db_close(db);
}
END_TEST

START_TEST(lookups_tell_not_found_from_errors)
{
	Db *db = fixture_db();
	char *cause = NULL;
	long long v = -1;
	Stmt *s = db_stmt(db, "SELECT position FROM standard WHERE code = :code");
	db_bind_text(s, ":code", "CHRON");
	ck_assert_int_eq(db_int(db, s, &v, &cause), 1);
	ck_assert_int_ge(v, 0);
	s = db_stmt(db, "SELECT position FROM standard WHERE code = :code");
	db_bind_text(s, ":code", "NOPE");
	v = -1;
	ck_assert_int_eq(db_int(db, s, &v, &cause), 0);
	ck_assert_int_eq(v, -1);
	ck_assert_ptr_null(cause);
	s = db_stmt(db, "SELECT text FROM standard WHERE code = :code");
	db_bind_text(s, ":code", "CHRON");
	char *text = NULL;
	ck_assert_int_eq(db_text(db, s, &text, &cause), 1);
	ck_assert_ptr_nonnull(text);
	free(text);
	s = db_stmt(db, "SELECT 1 FROM standard WHERE code = :code");
	db_bind_text(s, ":code", "NOPE");
	ck_assert_int_eq(db_exists(db, s, &cause), 0);
	s = db_stmt(db, "SELECT json(:text)");
	db_bind_text(s, ":text", "{");
	ck_assert_int_eq(db_exists(db, s, &cause), -1);
	ck_assert_str_eq(cause, "malformed JSON");
	free(cause);
	db_close(db);
}
END_TEST

/* A statement on the history binding the table it asks about is prepared
 * once. The history's partial index (migrations/0007) names a table: with
 * the planner free to look at bound values, SQLite would prepare such a
 * statement again on every new binding, and the statement cache (and
 * history verify, which asks about every table) would parse it each time.
 * db_open holds the planner to plans that do not depend on them. */
START_TEST(rebinding_does_not_prepare_again)
{
	Db *db = fixture_db();
	sqlite3_stmt *s;
	ck_assert_int_eq(sqlite3_prepare_v2(db_handle(db), "SELECT count(*) FROM history WHERE tbl = ?1 AND operation = ?2",
	                                    -1, &s, NULL),
	                 SQLITE_OK);
	static const char *const tables[] = {"team", "case_file", "audit"};
	for (int i = 0; i < 3; i++) {
		sqlite3_bind_text(s, 1, tables[i], -1, SQLITE_STATIC);
		sqlite3_bind_text(s, 2, "update", -1, SQLITE_STATIC);
		ck_assert_int_eq(sqlite3_step(s), SQLITE_ROW);
		sqlite3_reset(s);
	}
	ck_assert_int_eq(sqlite3_stmt_status(s, SQLITE_STMTSTATUS_REPREPARE, 0), 0);
	sqlite3_finalize(s);
	db_close(db);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("db");
	TCase *tc = tcase_create("statements");
	tcase_add_test(tc, query_streams_rows_into_a_sink);
	tcase_add_test(tc, reentry_is_a_bug);
	tcase_add_test(tc, finished_statements_are_free_again);
	tcase_add_test(tc, failed_prepare_is_an_error);
	tcase_add_test(tc, lookups_tell_not_found_from_errors);
	tcase_add_test(tc, rebinding_does_not_prepare_again);
	suite_add_tcase(s, tc);
	return fixture_run(s);
}
