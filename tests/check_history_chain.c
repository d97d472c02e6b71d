/* The history's hash chain (history_chain.c): every kind of tampering done
 * with the triggers off, as the sqlite3 shell's `.dbconfig enable_trigger
 * off` allows, is found and named by its position; what caseaudit writes
 * itself (rollbacks, imports, migrating an old database) stays whole. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fixture.h"
#include "history_chain.h"
#include "migrate.h"
#include "repo.h"
#include "repo_import.h"
#include "util.h"

/* Problems as "kind position table row: problem" lines. */
static void collect(void *ctx, const HistoryProblem *p)
{
	static const char *const kinds[] = {"entry", "row", "head"};
	buf_printf(ctx, "%s %lld %s %s: %s\n", kinds[p->kind], p->position, p->table ? p->table : "-",
	           p->row ? p->row : "-", p->problem);
}

static HistoryVerifyResult verify_with(Db *db, const char *head, Buf *problems)
{
	HistoryVerifyResult r;
	char *cause = NULL;
	ck_assert_msg(history_chain_verify(db_handle(db), head, collect, problems, &r, &cause) == 0, "%s", cause);
	return r;
}

/* The problems found, "" when whole (the caller frees). */
static char *verify(Db *db)
{
	Buf b = {0};
	HistoryVerifyResult r = verify_with(db, NULL, &b);
	ck_assert_int_eq(r.problems > 0, b.s != NULL);
	return b.s ? b.s : xstrdup("");
}

/* What someone with the file and the sqlite3 shell can do. */
static void tamper(Db *db, const char *sql)
{
	int was = 1;
	sqlite3_db_config(db_handle(db), SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, &was);
	fixture_exec(db, sql);
	sqlite3_db_config(db_handle(db), SQLITE_DBCONFIG_ENABLE_TRIGGER, 1, &was);
}

static Db *some_changes(void)
{
	Db *db = fixture_db();
	fixture_exec(db, "INSERT INTO team(name) VALUES ('Alpha'); INSERT INTO team(name) VALUES ('Beta');"
	                 "INSERT INTO team(name) VALUES ('Gamma'); UPDATE team SET service = 'CIN' WHERE name = 'Beta';"
	                 "INSERT INTO worker(name, team_id, role) VALUES ('Mary Shah', 1, 'team-manager');");
	return db;
}

/* The position of the first change after the seeded standards and targets. */
static long long first_change(Db *db)
{
	/* some_changes starts with team 1's insert; everything before it is
	 * what the migrations seeded, whatever they seed. */
	return fixture_int(db, "SELECT min(id) FROM history WHERE tbl = 'team'");
}

static void assert_has(const char *problems, const char *expected)
{
	ck_assert_msg(strstr(problems, expected) != NULL, "expected '%s' in:\n%s", expected, problems);
}

START_TEST(test_whole)
{
	Db *db = some_changes();
	Buf b = {0};
	HistoryVerifyResult r = verify_with(db, NULL, &b);
	ck_assert_ptr_null(b.s);
	ck_assert_int_eq(r.problems, 0);
	ck_assert_int_eq(r.entries, fixture_int(db, "SELECT count(*) FROM history"));
	char *head = fixture_text(db, "SELECT lower(hex(hash)) FROM history ORDER BY id DESC LIMIT 1");
	ck_assert_str_eq(r.head, head);
	/* Every entry sealed, with the account that ran it. */
	ck_assert_int_eq(fixture_int(db, "SELECT count(*) FROM history WHERE hash IS NULL OR length(hash) <> 32"), 0);
	char *account = fixture_text(db, "SELECT account FROM history ORDER BY id DESC LIMIT 1");
	ck_assert_str_eq(account, history_chain_account());
	char *describe = history_chain_describe(db_handle(db), NULL);
	char *expected = xprintf("history: %lld entries, head sha256 %s", r.entries, head);
	ck_assert_str_eq(describe, expected);
	free(describe);
	free(expected);
	free(account);
	free(head);
	db_close(db);
}
END_TEST

/* The attack of issue 15, part by part. */
START_TEST(test_changed)
{
	Db *db = some_changes();
	long long p = first_change(db);
	char *sql = xprintf("UPDATE history SET user = 'mallory' WHERE id = %lld", p);
	tamper(db, sql);
	char *problems = verify(db);
	char *expected = xprintf("entry %lld team 1: was changed: its contents do not match its hash\n", p);
	ck_assert_str_eq(problems, expected);
	free(expected);
	free(problems);
	free(sql);
	/* The account, the operation, the values: each is covered. */
	const char *changes[] = {"account = 'someone'", "operation = 'delete'", "new = replace(new, 'Beta', 'Bet')",
	                         "at = '2016-01-01T00:00:00.000Z'", "row_id = '7'", "tbl = 'worker'"};
	for (size_t i = 0; i < sizeof changes / sizeof *changes; i++) {
		Db *fresh = some_changes();
		sql = xprintf("UPDATE history SET %s WHERE id = %lld", changes[i], p + 1);
		tamper(fresh, sql);
		problems = verify(fresh);
		expected = xprintf("entry %lld ", p + 1);
		assert_has(problems, expected);
		assert_has(problems, "was changed");
		free(expected);
		free(problems);
		free(sql);
		db_close(fresh);
	}
	db_close(db);
}
END_TEST

START_TEST(test_removed)
{
	Db *db = some_changes();
	long long p = first_change(db);
	char *sql = xprintf("DELETE FROM history WHERE id = %lld", p + 1);
	tamper(db, sql);
	char *problems = verify(db);
	/* The entry now at that position (team 3's insert) names the gap. */
	char *expected = xprintf("entry %lld team 3: does not match the entry before it: the entry with id %lld was "
	                         "removed (or this one was changed)\n", p + 1, p + 1);
	ck_assert_str_eq(problems, expected);
	free(expected);
	free(problems);
	free(sql);
	/* The oldest entry too. */
	tamper(db, "DELETE FROM history WHERE id = 1");
	problems = verify(db);
	assert_has(problems, "entry 1 standard ANALYSIS: does not match the entry before it: the entry with id 1 was removed");
	free(problems);
	db_close(db);
}
END_TEST

START_TEST(test_reordered)
{
	Db *db = some_changes();
	long long p = first_change(db);
	char *sql = xprintf("UPDATE history SET id = -1 WHERE id = %lld; UPDATE history SET id = %lld WHERE id = %lld;"
	                    "UPDATE history SET id = %lld WHERE id = -1", p, p, p + 1, p + 1);
	tamper(db, sql);
	char *problems = verify(db);
	/* Both moved entries, and the one after them, which follows the entry
	 * now before its predecessor. */
	char *expected = xprintf("entry %lld team 2: is out of order: it was written after the entry now at position %lld\n"
	                         "entry %lld team 1: is whole but follows entry %lld: entry %lld was inserted before it, "
	                         "or moved there\n"
	                         "entry %lld team 3: is whole but follows entry %lld: entry %lld was inserted before it, "
	                         "or moved there\n", p, p + 1, p + 1, p - 1, p, p + 2, p, p + 1);
	ck_assert_str_eq(problems, expected);
	free(expected);
	free(problems);
	free(sql);
	db_close(db);
}
END_TEST

START_TEST(test_inserted)
{
	Db *db = some_changes();
	long long p = first_change(db);
	/* An entry without a hash... */
	char *sql = xprintf("UPDATE history SET id = id + 1000 WHERE id > %lld; UPDATE history SET id = id - 999 WHERE id > 1000;"
	                    "INSERT INTO history(id, at, user, tbl, row_id, operation, old, new)"
	                    " VALUES (%lld, '2016-01-01T00:00:00.000Z', 'mallory', 'team', '1', 'update', '{}', '{}')",
	                    p, p + 1);
	tamper(db, sql);
	free(sql);
	/* The forged entry says team 1 is now {}: the row disagrees with it. */
	char *row = xprintf("row %lld team 1: id is 1 but its last history entry (position %lld) has null (and 1 more "
	                    "field)\n", p + 1, p + 1);
	char *problems = verify(db);
	char *expected = xprintf("entry %lld team 1: has no hash: it was not written by caseaudit (an entry inserted, or its "
	                         "hash removed)\nentry %lld team 2: is whole but follows entry %lld: entry %lld was "
	                         "inserted before it, or moved there\n%s", p + 1, p + 2, p, p + 1, row);
	ck_assert_str_eq(problems, expected);
	free(expected);
	free(problems);
	/* ... and one whose hash was worked out by someone who read the code:
	 * it is whole, but the entry after it was chained to the one before. */
	unsigned char prev[HISTORY_HASH_SIZE], forged[HISTORY_HASH_SIZE];
	sql = xprintf("SELECT hex(hash) FROM history WHERE id = %lld", p);
	char *prev_hex = fixture_text(db, sql);
	free(sql);
	for (int i = 0; i < HISTORY_HASH_SIZE; i++)
		sscanf(prev_hex + 2 * i, "%2hhx", &prev[i]);
	const char *at = "2016-01-01T00:00:00.000Z", *user = "mallory", *tbl = "team", *key = "1", *op = "update";
	HistoryField f[HISTORY_FIELDS] = {
		{(const unsigned char *)at, strlen(at)}, {(const unsigned char *)user, strlen(user)}, {NULL, 0},
		{(const unsigned char *)tbl, strlen(tbl)}, {(const unsigned char *)key, strlen(key)},
		{(const unsigned char *)op, strlen(op)}, {(const unsigned char *)"{}", 2}, {(const unsigned char *)"{}", 2}};
	history_chain_hash(prev, f, forged);
	char forged_hex[HISTORY_HEX_SIZE];
	history_chain_hex(forged, forged_hex);
	sql = xprintf("UPDATE history SET hash = X'%s' WHERE id = %lld", forged_hex, p + 1);
	tamper(db, sql);
	free(sql);
	problems = verify(db);
	expected = xprintf("entry %lld team 2: is whole but follows entry %lld: entry %lld was inserted before it, or "
	                   "moved there\n%s", p + 2, p, p + 1, row);
	ck_assert_str_eq(problems, expected);
	free(expected);
	free(problems);
	free(prev_hex);
	free(row);
	db_close(db);
}
END_TEST

START_TEST(test_rows_disagree)
{
	Db *db = some_changes();
	long long p = first_change(db);
	tamper(db, "UPDATE team SET name = 'Renamed' WHERE name = 'Alpha'; UPDATE team SET service = NULL, name = 'B'"
	           " WHERE name = 'Beta'; INSERT INTO team(id, name) VALUES (9, 'Forged'); DELETE FROM worker");
	char *problems = verify(db);
	char *expected = xprintf("row %lld team 1: name is 'Renamed' but its last history entry (position %lld) has 'Alpha'\n"
	                         "row %lld team 2: name is 'B' but its last history entry (position %lld) has 'Beta' "
	                         "(and 1 more field)\n"
	                         "row 0 team 9: has no history entry: it was written without caseaudit recording it\n"
	                         "row %lld worker 1: is gone, but its last history entry (position %lld) did not delete it\n",
	                         p, p, p + 3, p + 3, p + 4, p + 4);
	ck_assert_str_eq(problems, expected);
	free(expected);
	free(problems);
	db_close(db);
}
END_TEST

/* A tampered entry need not even hold JSON: that is a problem found, not
 * a verify that fails (found by fuzz/fuzz_history.c). */
START_TEST(test_not_json)
{
	Db *db = some_changes();
	long long p = first_change(db);
	char *sql = xprintf("UPDATE history SET new = '{\"id\":' WHERE id = %lld", p);
	tamper(db, sql);
	free(sql);
	char *problems = verify(db);
	char *expected = xprintf("entry %lld team 1: was changed: its contents do not match its hash\n"
	                         "row %lld team 1: its last history entry (position %lld) does not hold the row as JSON\n",
	                         p, p, p);
	ck_assert_str_eq(problems, expected);
	free(expected);
	free(problems);
	/* history still lists it. */
	Table *t = LIST(repo_history_list(db, &(HistoryFilter){"team", "1", NULL, NULL}, SINK, NULL));
	ck_assert_ptr_nonnull(t);
	ck_assert_int_eq(t->nrow, 1);
	table_free(t);
	db_close(db);
}
END_TEST

static void ignore_problem(void *ctx, long line, const char *message)
{
	(void)line;
	(void)message;
	(*(int *)ctx)++;
}

/* import audits writes its history with the triggers off: the chain goes
 * on through it, and the answers recorded with their audits are checked
 * against the audit's insert. */
START_TEST(test_import)
{
	Db *db = some_changes();
	fixture_exec(db, "INSERT INTO case_file(ref, team_id, opened) VALUES ('C1', 1, '2016-01-01'),"
	                 " ('C2', 1, '2016-01-01')");
	const char *csv = "case,date,auditor,grade,submitted,CHRON,PLAN\n"
	                  "C1,2016-06-01,Mary Shah,good,yes,Met,Not met\n"
	                  "C2,2016-06-02,Mary Shah,,no,N/A,Met\n";
	char path[] = "/tmp/check_history_chain_XXXXXX";
	int fd = mkstemp(path);
	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq((long)write(fd, csv, strlen(csv)), (long)strlen(csv));
	close(fd);
	int bad = 0;
	ImportSource src = {path, IMPORT_CSV, 0, ignore_problem, NULL, &bad, NULL, NULL};
	ImportCounts counts;
	char *cause = NULL;
	ck_assert_int_eq(db_begin(db, 1, NULL), 0);
	int rc = repo_import_audits(db, &src, &counts, &cause);
	ck_assert_msg(rc == 0, "%s", cause);
	ck_assert_int_eq(db_end(db, 1, NULL), 0);
	unlink(path);
	ck_assert_int_eq(bad, 0);
	ck_assert_int_eq(db_triggers_enabled(db), 1);
	/* Changes after the import, by the triggers, continue the chain. */
	fixture_exec(db, "INSERT INTO team(name) VALUES ('Delta'); UPDATE answer SET note = 'late' WHERE audit_id = 2");
	char *problems = verify(db);
	ck_assert_str_eq(problems, "");
	free(problems);
	ck_assert_int_eq(fixture_int(db, "SELECT count(*) FROM history WHERE tbl = 'audit' AND account IS NOT NULL"
	                                 " AND length(hash) = 32"), 2);
	/* An imported answer changed behind caseaudit's back disagrees with its
	 * audit's insert; one removed is gone. */
	tamper(db, "UPDATE answer SET result = 'met' WHERE audit_id = 1 AND standard_code = 'PLAN';"
	           "DELETE FROM answer WHERE audit_id = 1 AND standard_code = 'CHRON'");
	problems = verify(db);
	long long insert = fixture_int(db, "SELECT count(*) FROM history WHERE id <= (SELECT id FROM history"
	                                   " WHERE tbl = 'audit' AND row_id = '1')");
	char *expected = xprintf("row %lld answer 1/PLAN: result is 'met' but its audit's insert (position %lld) has "
	                         "'not-met'\nrow %lld answer 1/CHRON: is gone, but its last history entry (position %lld) "
	                         "did not delete it\n", insert, insert, insert, insert);
	ck_assert_str_eq(problems, expected);
	free(expected);
	free(problems);
	db_close(db);
}
END_TEST

/* The head carried from entry to entry stays true through rollbacks of a
 * transaction, of a savepoint and of a failed statement. */
START_TEST(test_rollbacks)
{
	Db *db = some_changes();
	char *cause = NULL;
	ck_assert_int_eq(db_begin(db, 1, NULL), 0);
	fixture_exec(db, "INSERT INTO team(name) VALUES ('Rolled back')");
	ck_assert_int_eq(db_end(db, 0, NULL), 0);
	fixture_exec(db, "INSERT INTO team(name) VALUES ('Kept')");
	ck_assert_int_eq(db_begin(db, 1, NULL), 0);
	fixture_exec(db, "INSERT INTO team(name) VALUES ('Outer')");
	ck_assert_int_eq(db_begin(db, 1, NULL), 0);
	fixture_exec(db, "INSERT INTO team(name) VALUES ('Inner 1'); INSERT INTO team(name) VALUES ('Inner 2')");
	ck_assert_int_eq(db_end(db, 0, NULL), 0);
	/* Two rows in one statement, the second refused: the first's history
	 * goes with the statement. */
	ck_assert_int_ne(db_exec(db, "INSERT INTO team(name) VALUES ('Once'), ('Outer')", &cause), 0);
	free(cause);
	fixture_exec(db, "INSERT INTO team(name) VALUES ('After')");
	ck_assert_int_eq(db_end(db, 1, NULL), 0);
	char *problems = verify(db);
	ck_assert_str_eq(problems, "");
	free(problems);
	ck_assert_int_eq(fixture_int(db, "SELECT count(*) FROM team WHERE name IN ('Kept', 'Outer', 'After')"), 3);
	db_close(db);
}
END_TEST

/* A head printed earlier catches what the chain alone cannot: the whole
 * chain rewritten consistently from some entry on. */
START_TEST(test_head)
{
	Db *db = some_changes();
	Buf b = {0};
	HistoryVerifyResult r = verify_with(db, NULL, &b);
	char printed[HISTORY_HEX_SIZE];
	memcpy(printed, r.head, sizeof printed);
	long long entries = r.entries;
	fixture_exec(db, "INSERT INTO team(name) VALUES ('Later')");
	r = verify_with(db, printed, &b);
	ck_assert_ptr_null(b.s);
	ck_assert_int_eq(r.head_position, entries);
	char upper[17];
	for (int i = 0; i < 16; i++)
		upper[i] = (char)(printed[i] >= 'a' ? printed[i] - 'a' + 'A' : printed[i]);
	upper[16] = '\0';
	r = verify_with(db, upper, &b);
	ck_assert_int_eq(r.head_position, entries);

	/* Rewrite entry 2 and re-seal every entry after it, as someone who
	 * read history_chain.c could. */
	tamper(db, "UPDATE history SET user = 'mallory' WHERE id = 2");
	sqlite3_stmt *s;
	ck_assert_int_eq(sqlite3_prepare_v2(db_handle(db),
	                                    "SELECT id, at, user, account, tbl, row_id, operation, old, new FROM history"
	                                    " ORDER BY id", -1, &s, NULL), SQLITE_OK);
	unsigned char prev[HISTORY_HASH_SIZE] = {0};
	Buf reseal = {0};
	while (sqlite3_step(s) == SQLITE_ROW) {
		HistoryField f[HISTORY_FIELDS];
		for (int i = 0; i < HISTORY_FIELDS; i++) {
			f[i].text = sqlite3_column_text(s, 1 + i);
			f[i].len = (size_t)sqlite3_column_bytes(s, 1 + i);
		}
		unsigned char h[HISTORY_HASH_SIZE];
		history_chain_hash(prev, f, h);
		char hex[HISTORY_HEX_SIZE];
		history_chain_hex(h, hex);
		buf_printf(&reseal, "UPDATE history SET hash = X'%s' WHERE id = %lld;", hex,
		           (long long)sqlite3_column_int64(s, 0));
		memcpy(prev, h, sizeof prev);
	}
	sqlite3_finalize(s);
	tamper(db, reseal.s);
	buf_free(&reseal);
	char *problems = verify(db);
	ck_assert_str_eq(problems, ""); /* the chain alone: whole */
	free(problems);
	r = verify_with(db, printed, &b);
	ck_assert_int_eq(r.problems, 1);
	ck_assert_int_eq(r.head_position, 0);
	assert_has(b.s, "head 0 - -: the head ");
	assert_has(b.s, " printed earlier is not in the history: the history was rewritten since");
	buf_free(&b);

	char *cause = NULL;
	HistoryVerifyResult ignored;
	ck_assert_int_eq(history_chain_verify(db_handle(db), "abc", NULL, NULL, &ignored, &cause), -1);
	ck_assert_str_eq(cause, FIELD("head") " 'abc' is not a history head; expected the sha256 printed by backup, report html "
	                        "or history verify (16 to 64 hexadecimal digits)");
	free(cause);
	cause = NULL;
	ck_assert_int_eq(history_chain_verify(db_handle(db), "zzzzzzzzzzzzzzzzzz", NULL, NULL, &ignored, &cause), -1);
	free(cause);
	db_close(db);
}
END_TEST

static void noop(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	(void)argc;
	(void)argv;
	sqlite3_result_int(ctx, 1);
}

static void now(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	(void)argc;
	(void)argv;
	sqlite3_result_text(ctx, "2016-06-01T10:00:00.000Z", -1, SQLITE_STATIC);
}

/* A database of the version before the chain, with history, is chained
 * whole when caseaudit migrates it. */
START_TEST(test_migrating_an_old_database)
{
	char path[] = "/tmp/check_history_chain_db_XXXXXX";
	int fd = mkstemp(path);
	ck_assert_int_ge(fd, 0);
	close(fd);
	sqlite3 *old;
	ck_assert_int_eq(sqlite3_open(path, &old), SQLITE_OK);
	sqlite3_create_function(old, "caseaudit_user", 0, SQLITE_UTF8, NULL, now, NULL, NULL);
	sqlite3_create_function(old, "caseaudit_now", 0, SQLITE_UTF8, NULL, now, NULL, NULL);
	sqlite3_create_function(old, "caseaudit_row_history", 0, SQLITE_UTF8, NULL, noop, NULL, NULL);
	int before = 0;
	while (before < migrations_builtin_count && migrations_builtin[before].version < 13)
		before++;
	char *cause = NULL;
	ck_assert_msg(migrate_run(old, migrations_builtin, before, &cause) == 0, "%s", cause);
	ck_assert_int_eq(sqlite3_exec(old, "INSERT INTO team(name) VALUES ('Old 1'), ('Old 2');"
	                                   "UPDATE team SET service = 'CIN'", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(old);

	Db *db = db_open(path, "tester", &cause);
	ck_assert_msg(db != NULL, "%s", cause);
	ck_assert_int_eq(fixture_int(db, "SELECT count(*) FROM history WHERE hash IS NULL"), 0);
	ck_assert_int_eq(fixture_int(db, "SELECT count(*) FROM history WHERE account IS NOT NULL"), 0);
	fixture_exec(db, "INSERT INTO team(name) VALUES ('New')");
	char *problems = verify(db);
	ck_assert_str_eq(problems, "");
	free(problems);
	db_close(db);
	unlink(path);
	char *side = xprintf("%s-wal", path);
	unlink(side);
	free(side);
	side = xprintf("%s-shm", path);
	unlink(side);
	free(side);
}
END_TEST

/* Within caseaudit the history's contents still cannot change, and its
 * seal cannot be set again; a read (the sql command's kind) cannot move
 * the carried head. */
START_TEST(test_guards)
{
	Db *db = some_changes();
	char *cause = NULL;
	ck_assert_int_ne(db_exec(db, "UPDATE history SET user = 'x' WHERE id = 1", &cause), 0);
	ck_assert_str_eq(cause, "the change history cannot be altered");
	free(cause);
	cause = NULL;
	ck_assert_int_ne(db_exec(db, "UPDATE history SET hash = NULL WHERE id = 1", &cause), 0);
	ck_assert_str_eq(cause, "the change history cannot be altered");
	free(cause);
	cause = NULL;
	ck_assert_int_ne(db_exec(db, "UPDATE history SET account = 'x' WHERE id = 1", &cause), 0);
	free(cause);
	cause = NULL;
	ck_assert_int_ne(db_exec(db, "SELECT caseaudit_chain(1000, 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h')", &cause), 0);
	ck_assert_str_eq(cause, "caseaudit_chain() seals history entries as they are written, and only then");
	free(cause);
	char *problems = verify(db);
	ck_assert_str_eq(problems, "");
	free(problems);
	db_close(db);
}
END_TEST

/* No statement of the connection is still stepping (a read transaction
 * left open would hold the file). */
static void assert_none_busy(Db *db)
{
	for (sqlite3_stmt *s = sqlite3_next_stmt(db_handle(db), NULL); s; s = sqlite3_next_stmt(db_handle(db), s))
		ck_assert_msg(!sqlite3_stmt_busy(s), "still stepping: %s", sqlite3_sql(s));
	ck_assert(sqlite3_get_autocommit(db_handle(db)));
}

static int statements(Db *db)
{
	int n = 0;
	for (sqlite3_stmt *s = sqlite3_next_stmt(db_handle(db), NULL); s; s = sqlite3_next_stmt(db_handle(db), s))
		n++;
	return n;
}

/* The verifier keeps its statements for the next verification on the
 * connection: each one sees the data as it is then, none is left
 * stepping, and the connection still closes (db_close finalizes them). */
START_TEST(test_verify_again)
{
	Db *db = some_changes();
	char *problems = verify(db);
	ck_assert_str_eq(problems, "");
	free(problems);
	assert_none_busy(db);
	long long p = first_change(db);
	char *sql = xprintf("UPDATE history SET user = 'mallory' WHERE id = %lld", p);
	tamper(db, sql);
	free(sql);
	problems = verify(db);
	char *expected = xprintf("entry %lld team 1: was changed: its contents do not match its hash\n", p);
	ck_assert_str_eq(problems, expected);
	free(expected);
	free(problems);
	assert_none_busy(db);
	/* Verified again: the same statements, not more of them. */
	int kept = statements(db);
	problems = verify(db);
	free(problems);
	ck_assert_int_eq(statements(db), kept);
	tamper(db, "UPDATE team SET name = 'Renamed' WHERE name = 'Gamma'");
	problems = verify(db);
	assert_has(problems, "row ");
	assert_has(problems, "Renamed");
	free(problems);
	/* A column added: the table's statement is prepared afresh, and checks
	 * the new column as well. */
	fixture_exec(db, "ALTER TABLE team ADD COLUMN extra TEXT");
	problems = verify(db);
	assert_has(problems, "Renamed");
	free(problems);
	assert_none_busy(db);
	history_chain_detach(db_handle(db));
	history_chain_detach(db_handle(db)); /* twice: nothing left to do */
	problems = verify(db);
	assert_has(problems, "Renamed");
	free(problems);
	db_close(db);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("history_chain");
	TCase *tc = tcase_create("tampering");
	tcase_add_test(tc, test_whole);
	tcase_add_test(tc, test_changed);
	tcase_add_test(tc, test_removed);
	tcase_add_test(tc, test_reordered);
	tcase_add_test(tc, test_inserted);
	tcase_add_test(tc, test_rows_disagree);
	tcase_add_test(tc, test_not_json);
	tcase_add_test(tc, test_head);
	tcase_add_test(tc, test_verify_again);
	suite_add_tcase(s, tc);
	tc = tcase_create("writing");
	tcase_add_test(tc, test_import);
	tcase_add_test(tc, test_rollbacks);
	tcase_add_test(tc, test_migrating_an_old_database);
	tcase_add_test(tc, test_guards);
	suite_add_tcase(s, tc);
	return fixture_run(s);
}
