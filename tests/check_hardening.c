/* The connection's defensive settings (issue 15, item 5): whatever SQL
 * reaches it, it cannot corrupt the file through the schema, nor use
 * fts3_tokenizer() to read or write function pointers. */
#include <stdlib.h>
#include <string.h>

#include "fixture.h"

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

int main(void)
{
	Suite *s = suite_create("hardening");
	TCase *tc = tcase_create("connection");
	tcase_add_test(tc, test_defensive_settings);
	suite_add_tcase(s, tc);
	return fixture_run(s);
}
