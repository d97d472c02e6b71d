/* Standards and targets the council adds (issue 17): the code rule and the
 * standard table's CHECK agree; what standard add, standard retire and
 * target add record, and each refusal leaving the database unchanged; a
 * retired standard no longer answered; built-in rows never removed; the
 * rules of themes and the standards a themed audit asks. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "domain.h"
#include "fixture.h"
#include "repo.h"
#include "util.h"

static Db *db;
static char *cause;

static void setup(void)
{
	db = fixture_db();
	cause = NULL;
	fixture_exec(db,
		"INSERT INTO team(id, name) VALUES (1, 'Alpha');"
		"INSERT INTO worker(id, name, team_id, role) VALUES (1, 'Ann Boss', 1, 'team-manager'),"
		" (2, 'Wyn Jones', 1, 'social-worker');"
		"INSERT INTO case_file(id, ref, team_id, worker_id, status, opened) VALUES"
		" (1, 'C1', 1, 2, 'cin', '2016-01-04'), (2, 'C2', 1, 2, 'cic', '2016-01-04');"
		"INSERT INTO case_flag(case_id, flag) VALUES (2, 'cse');");
}

static void teardown(void)
{
	db_close(db);
	free(cause);
}

/* The failure's cause starts with prefix. */
static void refused(int rc, const char *prefix)
{
	ck_assert_int_eq(rc, -1);
	ck_assert_msg(cause != NULL, "expected a failure starting '%s', got none", prefix);
	ck_assert_msg(strncmp(cause, prefix, strlen(prefix)) == 0, "expected '%s...', got '%s'", prefix, cause);
	free(cause);
	cause = NULL;
}

/* Whether the standard table takes code (its CHECK), in a savepoint. */
static int table_takes(const char *code)
{
	fixture_exec(db, "SAVEPOINT probe");
	Stmt *s = db_stmt(db, "INSERT INTO standard(code, text, position, added) VALUES (:code, 'x', 999, '2016-11-30')");
	db_bind_text(s, ":code", code);
	char *why = NULL;
	int ok = db_step_done(db, s, &why) == 0;
	free(why);
	fixture_exec(db, "ROLLBACK TO probe; RELEASE probe");
	return ok;
}

START_TEST(code_rule_matches_check)
{
	static const char *const codes[] = {"CSE", "CSE-SAFETY", "A", "A-", "X--Y", "cse", "Cse", "-CSE", "2CSE",
	                                    "CSE_2", "CSE 2", "", "CSÉ", NULL};
	for (int i = 0; codes[i]; i++)
		ck_assert_msg(domain_standard_code_valid(codes[i]) == table_takes(codes[i]),
		              "'%s': the rule says %d, the table's CHECK %d", codes[i], domain_standard_code_valid(codes[i]),
		              table_takes(codes[i]));
	char long_code[80];
	memset(long_code, 'A', sizeof long_code - 1);
	long_code[sizeof long_code - 1] = '\0';
	ck_assert_int_eq(domain_standard_code_valid(long_code), 0);
	long_code[DOMAIN_STANDARD_CODE_MAX] = '\0';
	ck_assert_int_eq(domain_standard_code_valid(long_code), 1);
}
END_TEST

static int add_standard(const char *code, const char *status, const char *flag, int anywhere, char stored[64])
{
	const char *statuses[] = {status}, *flags[] = {flag};
	StandardFields f = {code, "A standard of the council", "look for it", statuses, status != NULL, flags,
	                    flag != NULL, anywhere};
	return repo_standard_add(db, &f, "2016-11-30", stored, &cause);
}

START_TEST(standard_add_records)
{
	char code[64];
	ck_assert_msg(add_standard("cse-safety", NULL, "cse", 0, code) == 0, "%s", cause);
	ck_assert_str_eq(code, "CSE-SAFETY");
	ck_assert_int_eq(fixture_int(db, "SELECT position FROM standard WHERE code = 'CSE-SAFETY'"),
	                 fixture_int(db, "SELECT max(position) FROM standard WHERE added IS NULL") + 1);
	ck_assert_int_eq(fixture_int(db, "SELECT count(*) FROM standard_flag WHERE standard_code = 'CSE-SAFETY'"), 1);
	ck_assert_int_eq(fixture_int(db, "SELECT count(*) FROM standard_status WHERE standard_code = 'CSE-SAFETY'"), 0);
	ck_assert_int_eq(fixture_int(db, "SELECT answerable_anywhere = 0 FROM standard WHERE code = 'CSE-SAFETY'"), 1);
	ck_assert_int_eq(fixture_int(db, "SELECT count(*) FROM history WHERE tbl LIKE 'standard%' AND row_id LIKE"
	                                 " 'CSE-SAFETY%' AND operation = 'insert'"), 2);
	ck_assert_msg(add_standard("LIFE", "cic", NULL, 1, code) == 0, "%s", cause);
	ck_assert_int_eq(fixture_int(db, "SELECT answerable_anywhere FROM standard WHERE code = 'LIFE'"), 1);
}
END_TEST

START_TEST(standard_add_refusals_change_nothing)
{
	char code[64];
	long long before = fixture_int(db, "SELECT count(*) FROM history");
	refused(add_standard("CHRON", NULL, NULL, 0, code), "standard CHRON exists already");
	refused(add_standard("chron", NULL, NULL, 0, code), "standard CHRON exists already");
	refused(add_standard("CSE_2", NULL, NULL, 0, code), "standard code 'CSE_2' is not valid");
	refused(add_standard("NEW", "adopted", NULL, 0, code), FIELD("status") " 'adopted' is not known");
	refused(add_standard("NEW", NULL, "gangs", 0, code), FIELD("flag") " 'gangs' is not known");
	StandardFields empty = {"NEW", " ", NULL, NULL, 0, NULL, 0, 0};
	refused(repo_standard_add(db, &empty, "2016-11-30", code, &cause), "the standard's text is empty");
	ck_assert_int_eq(fixture_int(db, "SELECT count(*) FROM history"), before);
	ck_assert_int_eq(fixture_int(db, "SELECT count(*) FROM standard WHERE code = 'NEW'"), 0);
}
END_TEST

START_TEST(retire_keeps_and_refuses)
{
	char code[64];
	ck_assert_msg(add_standard("OLD", NULL, NULL, 0, code) == 0, "%s", cause);
	AuditAnswer answers[] = {{"OLD", "not-met", "no feedback"}, {"CHRON", "met", NULL}};
	AuditNew a = {"C1", "2016-11-02", "Ann Boss", NULL, "good", 2, answers, 1, 0, NULL};
	long long id;
	ck_assert_msg(repo_audit_add(db, &a, &id, &cause) == 0, "%s", cause);
	refused(repo_standard_retire(db, "CHRON", "2016-11-30", code, &cause), "standard CHRON is built in");
	refused(repo_standard_retire(db, "NOPE", "2016-11-30", code, &cause), "unknown standard 'NOPE'");
	ck_assert_msg(repo_standard_retire(db, "old", "2016-11-30", code, &cause) == 0, "%s", cause);
	ck_assert_str_eq(code, "OLD");
	refused(repo_standard_retire(db, "OLD", "2016-11-30", code, &cause), "standard OLD was retired already");
	/* Kept, with its answer; a new answer refused; its code not reused. */
	ck_assert_int_eq(fixture_int(db, "SELECT count(*) FROM answer WHERE standard_code = 'OLD'"), 1);
	AuditNew b = {"C1", "2016-11-20", "Ann Boss", NULL, NULL, 1, answers, 0, 0, NULL};
	refused(repo_audit_add(db, &b, &id, &cause), "standard OLD was retired on 2016-11-30");
	refused(add_standard("OLD", NULL, NULL, 0, code), "standard OLD exists already, retired on 2016-11-30");
	/* Not asked by audit start. */
	Table *t = repo_audit_standards(db, "C1", &cause);
	ck_assert_ptr_nonnull(t);
	for (int row = 0; row < t->nrow; row++)
		ck_assert_str_ne(table_cell(t, row, 0)->s, "OLD");
	table_free(t);
}
END_TEST

START_TEST(builtin_rows_stay)
{
	char *why = NULL;
	ck_assert_int_eq(db_exec(db, "DELETE FROM target WHERE code = 'CHRON'", &why), -1);
	ck_assert_ptr_nonnull(strstr(why, "a built-in target cannot be removed"));
	free(why);
	why = NULL;
	ck_assert_int_eq(db_exec(db, "DELETE FROM standard WHERE code = 'PATHWAY'", &why), -1);
	ck_assert_ptr_nonnull(strstr(why, "a built-in standard cannot be removed"));
	free(why);
	why = NULL;
	ck_assert_int_eq(db_exec(db, "UPDATE standard SET retired = '2016-11-30' WHERE code = 'CHRON'", &why), -1);
	free(why);
	why = NULL;
	ck_assert_int_eq(db_exec(db, "UPDATE standard SET added = '2016-11-30' WHERE code = 'CHRON'", &why), -1);
	free(why);
}
END_TEST

static int add_target(const char *code, const char *standard, const char *threshold, const char *text,
                      const char *from)
{
	TargetFields f = {code, standard, threshold, text, from};
	char stored[64];
	return repo_target_add(db, &f, "2016-11-30", stored, &cause);
}

START_TEST(target_add_records_and_refuses)
{
	char code[64];
	ck_assert_msg(add_standard("SAFETY", NULL, "cse", 0, code) == 0, "%s", cause);
	ck_assert_msg(add_target("safety", "safety", "75", "CSE files have a safety plan", "2016-09-01") == 0, "%s",
	              cause);
	ck_assert_int_eq(fixture_int(db, "SELECT position FROM target WHERE code = 'SAFETY'"),
	                 fixture_int(db, "SELECT max(position) FROM target"));
	ck_assert_int_eq(fixture_int(db, "SELECT count(*) FROM target WHERE code = 'SAFETY' AND measure = 'standard'"
	                                 " AND standard_code = 'SAFETY' AND threshold = 75 AND added = '2016-11-30'"), 1);
	double threshold;
	ck_assert_int_eq(repo_target_threshold_on(db, "SAFETY", "2016-10-31", &threshold, &cause), 0);
	ck_assert_double_eq(threshold, 75);
	long long before = fixture_int(db, "SELECT count(*) FROM history");
	refused(add_target("SAFETY", "CHRON", "75", "x", NULL), "target SAFETY exists already");
	refused(add_target("MGMT-AUDITS", "CHRON", "75", "x", NULL), "target MGMT-AUDITS exists already");
	refused(add_target("NEW", "NOPE", "75", "x", NULL), "unknown standard 'NOPE'");
	refused(add_target("NEW", NULL, "75", "x", NULL), "target add needs " FIELD("standard"));
	refused(add_target("NEW", "CHRON", "101", "x", NULL), FIELD("threshold") " 101 is out of range");
	refused(add_target("NEW", "CHRON", "75", NULL, NULL), "target add needs " FIELD("text"));
	refused(add_target("NEW", "CHRON", "75", "x", "2016-02-30"), FIELD("from") " '2016-02-30' is not a real date");
	refused(add_target("NEW_1", "CHRON", "75", "x", NULL), "target code 'NEW_1' is not valid");
	ck_assert_msg(add_standard("GONE", NULL, NULL, 0, code) == 0, "%s", cause);
	ck_assert_msg(repo_standard_retire(db, "GONE", "2016-11-30", code, &cause) == 0, "%s", cause);
	before = fixture_int(db, "SELECT count(*) FROM history");
	refused(add_target("GONE", "GONE", "75", "x", NULL), "standard GONE was retired on 2016-11-30");
	ck_assert_int_eq(fixture_int(db, "SELECT count(*) FROM history"), before);
}
END_TEST

START_TEST(theme_rules)
{
	char code[64], name[128];
	ck_assert_msg(add_standard("OLD", NULL, NULL, 0, code) == 0, "%s", cause);
	ck_assert_msg(repo_standard_retire(db, "OLD", "2016-11-30", code, &cause) == 0, "%s", cause);
	const char *cse[] = {"CSE-PLAN", "cse-identified", "CSE-PLAN"};
	ck_assert_msg(repo_theme_add(db, "CSE 2016", cse, 3, "2016-11-30", &cause) == 0, "%s", cause);
	ck_assert_int_eq(fixture_int(db, "SELECT count(*) FROM theme_standard WHERE theme = 'CSE 2016'"), 2);
	long long before = fixture_int(db, "SELECT count(*) FROM history");
	const char *chron[] = {"CHRON"}, *unknown[] = {"CHRON", "NOPE"}, *retired[] = {"OLD"};
	refused(repo_theme_add(db, "cse 2016", chron, 1, "2016-11-30", &cause), "theme 'cse 2016' exists already");
	refused(repo_theme_add(db, "Voice", unknown, 2, "2016-11-30", &cause), "unknown standard 'NOPE'");
	refused(repo_theme_add(db, "Voice", retired, 1, "2016-11-30", &cause), "standard OLD was retired");
	refused(repo_theme_add(db, "Voice", chron, 0, "2016-11-30", &cause), "theme add needs at least one standard");
	refused(repo_theme_add(db, " ", chron, 1, "2016-11-30", &cause), "the theme's name is empty");
	ck_assert_int_eq(fixture_int(db, "SELECT count(*) FROM history"), before);
	refused(repo_theme_name(db, "nope", name, &cause), "unknown theme 'nope'");
	ck_assert_int_eq(repo_theme_name(db, "cse 2016", name, &cause), 0);
	ck_assert_str_eq(name, "CSE 2016");
	/* A themed audit is asked the theme's standards only, in audit order:
	 * of C2 (cic, flagged cse), both. */
	Table *t = repo_audit_standards_of(db, "C2", name, &cause);
	ck_assert_ptr_nonnull(t);
	ck_assert_int_eq(t->nrow, 2);
	ck_assert_str_eq(table_cell(t, 0, 0)->s, "CSE-IDENTIFIED");
	ck_assert_str_eq(table_cell(t, 1, 0)->s, "CSE-PLAN");
	ck_assert_int_eq(table_cell(t, 0, 3)->i, 1);
	table_free(t);
	/* Of C1 (cin, no flag): listed, but neither applies. */
	t = repo_audit_standards_of(db, "C1", name, &cause);
	ck_assert_ptr_nonnull(t);
	ck_assert_int_eq(t->nrow, 2);
	ck_assert_int_eq(table_cell(t, 0, 3)->i + table_cell(t, 1, 3)->i, 0);
	table_free(t);
}
END_TEST

int main(void)
{
	setenv("CASEAUDIT_TODAY", "2016-11-30", 1);
	Suite *s = suite_create("council");
	TCase *tc = tcase_create("standards and targets");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, code_rule_matches_check);
	tcase_add_test(tc, standard_add_records);
	tcase_add_test(tc, standard_add_refusals_change_nothing);
	tcase_add_test(tc, retire_keeps_and_refuses);
	tcase_add_test(tc, builtin_rows_stay);
	tcase_add_test(tc, target_add_records_and_refuses);
	tcase_add_test(tc, theme_rules);
	suite_add_tcase(s, tc);
	return fixture_run(s);
}
