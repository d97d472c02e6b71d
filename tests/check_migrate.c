/* The migration runner and the reference schema. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fixture.h"
#include "migrate.h"
#include "util.h"

static void noop_function(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	(void)argc;
	(void)argv;
	sqlite3_result_text(ctx, "x", -1, SQLITE_STATIC);
}

static sqlite3 *raw_open(const char *path)
{
	sqlite3 *db;
	ck_assert_int_eq(sqlite3_open(path, &db), SQLITE_OK);
	sqlite3_create_function(db, "caseaudit_user", 0, SQLITE_UTF8, NULL, noop_function, NULL, NULL);
	sqlite3_create_function(db, "caseaudit_now", 0, SQLITE_UTF8, NULL, noop_function, NULL, NULL);
	return db;
}

static char *slurp(const char *path)
{
	FILE *fp = fopen(path, "rb");
	ck_assert_ptr_nonnull(fp);
	Buf b = {0};
	char chunk[4096];
	size_t n;
	while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0)
		buf_add(&b, chunk, n);
	fclose(fp);
	return b.s ? b.s : xstrdup("");
}

/* A description of a schema that ignores formatting and comments: every
 * table's columns (type, not-null, default, key), foreign keys, indexes
 * (columns, uniqueness, partial) and the SQL of triggers and views with
 * comments and whitespace squeezed out. */
static void describe_rows(sqlite3 *db, Buf *out, const char *sql)
{
	sqlite3_stmt *s;
	ck_assert_msg(sqlite3_prepare_v2(db, sql, -1, &s, NULL) == SQLITE_OK, "%s: %s", sql, sqlite3_errmsg(db));
	while (sqlite3_step(s) == SQLITE_ROW) {
		for (int i = 0; i < sqlite3_column_count(s); i++) {
			const unsigned char *v = sqlite3_column_text(s, i);
			buf_printf(out, "%s%s", i ? "|" : "  ", v ? (const char *)v : "NULL");
		}
		buf_puts(out, "\n");
	}
	sqlite3_finalize(s);
}

static char *squeeze(const char *sql)
{
	Buf b = {0};
	int space = 0;
	for (const char *p = sql; *p; p++) {
		if (p[0] == '-' && p[1] == '-') {
			while (*p && *p != '\n')
				p++;
			if (!*p)
				break;
		}
		if (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r') {
			space = 1;
			continue;
		}
		if (space && b.len)
			buf_puts(&b, " ");
		space = 0;
		buf_add(&b, p, 1);
	}
	return b.s ? b.s : xstrdup("");
}

static char *describe(sqlite3 *db)
{
	Buf out = {0};
	sqlite3_stmt *s;
	ck_assert_int_eq(sqlite3_prepare_v2(db,
		"SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name",
		-1, &s, NULL), SQLITE_OK);
	while (sqlite3_step(s) == SQLITE_ROW) {
		const char *type = (const char *)sqlite3_column_text(s, 0);
		const char *name = (const char *)sqlite3_column_text(s, 1);
		const char *sql = (const char *)sqlite3_column_text(s, 3);
		buf_printf(&out, "%s %s on %s\n", type, name, sqlite3_column_text(s, 2));
		char *q;
		if (strcmp(type, "table") == 0) {
			q = xprintf("SELECT * FROM pragma_table_xinfo('%s')", name);
			describe_rows(db, &out, q);
			free(q);
			q = xprintf("SELECT * FROM pragma_foreign_key_list('%s')", name);
			describe_rows(db, &out, q);
			free(q);
			q = xprintf("SELECT name, \"unique\", origin, partial FROM pragma_index_list('%s') ORDER BY name", name);
			describe_rows(db, &out, q);
			free(q);
			/* Table-level CHECKs and STRICT live only in the SQL text. */
			char *flat = squeeze(sql);
			buf_printf(&out, "  %s\n", flat);
			free(flat);
		} else if (strcmp(type, "index") == 0) {
			q = xprintf("SELECT * FROM pragma_index_xinfo('%s')", name);
			describe_rows(db, &out, q);
			free(q);
		} else if (sql) {
			char *flat = squeeze(sql);
			buf_printf(&out, "  %s\n", flat);
			free(flat);
		}
	}
	sqlite3_finalize(s);
	return out.s;
}

START_TEST(test_reference_schema)
{
	Db *db = fixture_db();
	char *migrated = describe(db_handle(db));
	sqlite3 *ref = raw_open(":memory:");
	char *schema = slurp(SOURCE_DIR "/schema/schema.sql");
	char *err = NULL;
	ck_assert_msg(sqlite3_exec(ref, schema, NULL, NULL, &err) == SQLITE_OK, "schema.sql: %s", err);
	char *reference = describe(ref);
	if (strcmp(migrated, reference) != 0) {
		/* Show the first difference. */
		size_t i = 0;
		while (migrated[i] && migrated[i] == reference[i])
			i++;
		size_t from = i > 200 ? i - 200 : 0;
		ck_abort_msg("migrated schema differs from schema/schema.sql near:\nmigrated: %.300s\nreference: %.300s",
		             migrated + from, reference + from);
	}
	free(migrated);
	free(reference);
	free(schema);
	sqlite3_close(ref);
	db_close(db);
}
END_TEST

START_TEST(test_fresh)
{
	Db *db = fixture_db();
	ck_assert_int_eq(migrate_version(db_handle(db)), migrations_builtin[migrations_builtin_count - 1].version);
	ck_assert_int_eq(fixture_int(db, "PRAGMA application_id"), CASEAUDIT_APPLICATION_ID);
	ck_assert_int_eq(fixture_int(db, "SELECT count(*) FROM target"), 19);
	ck_assert_int_eq(fixture_int(db, "SELECT count(*) FROM standard"), 15);
	ck_assert_int_eq(fixture_int(db, "SELECT threshold FROM target WHERE code = 'IHA'"), 95);
	ck_assert_int_eq(fixture_int(db, "PRAGMA foreign_keys"), 1);
	/* Versions rise from 1 in order. (Consecutive once every number the
	 * lead handed out has landed; while helpers' numbers land out of
	 * order, a gap is allowed, and main must not ship with one.) */
	ck_assert_int_eq(migrations_builtin[0].version, 1);
	for (int i = 1; i < migrations_builtin_count; i++)
		ck_assert_int_gt(migrations_builtin[i].version, migrations_builtin[i - 1].version);
	db_close(db);
}
END_TEST

static char *temp_path(void)
{
	char tmpl[] = "/tmp/caseaudit-check-XXXXXX";
	int fd = mkstemp(tmpl);
	ck_assert_int_ge(fd, 0);
	close(fd);
	unlink(tmpl);
	return xstrdup(tmpl);
}

static void remove_db(const char *path)
{
	char *p;
	unlink(path);
	p = xprintf("%s-wal", path);
	unlink(p);
	free(p);
	p = xprintf("%s-shm", path);
	unlink(p);
	free(p);
}

START_TEST(test_file_created_private_and_reopened)
{
	char *path = temp_path();
	char *cause = NULL;
	Db *db = db_open(path, "tester", &cause);
	ck_assert_ptr_nonnull(db);
	struct stat st;
	ck_assert_int_eq(stat(path, &st), 0);
	ck_assert_int_eq(st.st_mode & 0777, 0600);
	char *mode = fixture_text(db, "PRAGMA journal_mode");
	ck_assert_str_eq(mode, "wal");
	free(mode);
	long long history = fixture_int(db, "SELECT count(*) FROM history");
	db_close(db);
	/* Already current: opening again changes nothing. */
	db = db_open(path, "tester", &cause);
	ck_assert_ptr_nonnull(db);
	ck_assert_int_eq(fixture_int(db, "SELECT count(*) FROM history"), history);
	ck_assert_int_eq(fixture_int(db, "SELECT count(*) FROM target"), 19);
	db_close(db);
	remove_db(path);
	free(path);
}
END_TEST

START_TEST(test_newer_refused_untouched)
{
	char *path = temp_path();
	sqlite3 *raw = raw_open(path);
	char *sql = xprintf("PRAGMA application_id = %d; PRAGMA user_version = 999; CREATE TABLE future(x);",
	                    CASEAUDIT_APPLICATION_ID);
	ck_assert_int_eq(sqlite3_exec(raw, sql, NULL, NULL, NULL), SQLITE_OK);
	free(sql);
	sqlite3_close(raw);
	char *before = slurp(path);
	struct stat st_before, st_after;
	stat(path, &st_before);
	char *cause = NULL;
	ck_assert_ptr_null(db_open(path, "tester", &cause));
	ck_assert_ptr_nonnull(strstr(cause, "version 999"));
	char *latest = xprintf("version %d", migrations_builtin[migrations_builtin_count - 1].version);
	ck_assert_ptr_nonnull(strstr(cause, latest));
	stat(path, &st_after);
	char *after = slurp(path);
	ck_assert_int_eq(st_before.st_size, st_after.st_size);
	ck_assert_int_eq(memcmp(before, after, (size_t)st_after.st_size), 0);
	free(before);
	free(after);
	free(latest);
	free(cause);
	remove_db(path);
	free(path);
}
END_TEST

START_TEST(test_foreign_database_refused)
{
	char *path = temp_path();
	sqlite3 *raw = raw_open(path);
	ck_assert_int_eq(sqlite3_exec(raw, "CREATE TABLE accounts(x)", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(raw);
	char *cause = NULL;
	ck_assert_ptr_null(db_open(path, "tester", &cause));
	ck_assert_ptr_nonnull(strstr(cause, "not a caseaudit database"));
	free(cause);
	remove_db(path);
	free(path);
}
END_TEST

START_TEST(test_failing_migration_rolls_back)
{
	static const Migration list[] = {
		{1, "0001_a.sql", "CREATE TABLE a(x); INSERT INTO a VALUES (1);"},
		{2, "0002_b.sql", "CREATE TABLE b(y); INSERT INTO a VALUES (2); INSERT INTO missing VALUES (1);"},
	};
	sqlite3 *db = raw_open(":memory:");
	char *cause = NULL;
	ck_assert_int_eq(migrate_run(db, list, 2, &cause), -1);
	ck_assert_ptr_nonnull(strstr(cause, "0002_b.sql"));
	ck_assert_int_eq(migrate_version(db), 1);
	sqlite3_stmt *s;
	ck_assert_int_eq(sqlite3_prepare_v2(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'b'", -1, &s, NULL), SQLITE_OK);
	ck_assert_int_eq(sqlite3_step(s), SQLITE_ROW);
	ck_assert_int_eq(sqlite3_column_int(s, 0), 0);
	sqlite3_finalize(s);
	ck_assert_int_eq(sqlite3_prepare_v2(db, "SELECT count(*) FROM a", -1, &s, NULL), SQLITE_OK);
	ck_assert_int_eq(sqlite3_step(s), SQLITE_ROW);
	ck_assert_int_eq(sqlite3_column_int(s, 0), 1);
	sqlite3_finalize(s);
	/* Running the good prefix again is a no-op; the fixed list goes on. */
	static const Migration fixed[] = {
		{1, "0001_a.sql", "CREATE TABLE a(x); INSERT INTO a VALUES (1);"},
		{2, "0002_b.sql", "CREATE TABLE b(y);"},
	};
	free(cause);
	cause = NULL;
	ck_assert_int_eq(migrate_run(db, fixed, 2, &cause), 0);
	ck_assert_int_eq(migrate_version(db), 2);
	sqlite3_close(db);
}
END_TEST

START_TEST(test_history_cannot_be_altered)
{
	Db *db = fixture_db();
	fixture_exec(db, "INSERT INTO team(name) VALUES ('A')");
	long long n = fixture_int(db, "SELECT count(*) FROM history");
	ck_assert_int_gt(n, 0);
	char *cause = NULL;
	ck_assert_int_eq(db_exec(db, "UPDATE history SET user = 'mallory'", &cause), -1);
	ck_assert_ptr_nonnull(strstr(cause, "cannot be altered"));
	ck_assert_int_eq(db_exec(db, "DELETE FROM history", &cause), -1);
	ck_assert_int_eq(fixture_int(db, "SELECT count(*) FROM history"), n);
	ck_assert_int_eq(fixture_int(db, "SELECT count(*) FROM history WHERE user = 'tester' AND tbl = 'team'"), 1);
	free(cause);
	db_close(db);
}
END_TEST

START_TEST(test_schema_checks)
{
	Db *db = fixture_db();
	char *cause = NULL;
	fixture_exec(db, "INSERT INTO team(name) VALUES ('A')");
	ck_assert_int_eq(db_exec(db, "INSERT INTO worker(name, team_id, role) VALUES ('W', 1, 'wizard')", &cause), -1);
	ck_assert_int_eq(db_exec(db, "INSERT INTO worker(name, team_id, role, started) VALUES ('W', 1, 'aqw', '2016-02-30')", &cause), -1);
	ck_assert_int_eq(db_exec(db, "INSERT INTO worker(name, team_id, role) VALUES ('W', 9, 'aqw')", &cause), -1);
	ck_assert_int_eq(db_exec(db, "INSERT INTO team(name) VALUES ('a')", &cause), -1);
	free(cause);
	db_close(db);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("migrate");
	TCase *tc = tcase_create("migrate");
	tcase_add_test(tc, test_reference_schema);
	tcase_add_test(tc, test_fresh);
	tcase_add_test(tc, test_file_created_private_and_reopened);
	tcase_add_test(tc, test_newer_refused_untouched);
	tcase_add_test(tc, test_foreign_database_refused);
	tcase_add_test(tc, test_failing_migration_rolls_back);
	tcase_add_test(tc, test_history_cannot_be_altered);
	tcase_add_test(tc, test_schema_checks);
	suite_add_tcase(s, tc);
	return fixture_run(s);
}
