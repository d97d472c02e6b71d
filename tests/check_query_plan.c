/* The compliance queries reach audits and answers through indexes: at
 * national scale (tens of millions of answers) a quarter's figures must
 * read that quarter's rows, not every row ever recorded.
 *
 * The test runs compliance_compute in every shape the command asks for,
 * then takes every statement it prepared (the connection's cached
 * statements, found with sqlite3_next_stmt, so a query added later is
 * checked too) and asks SQLite for its plan with EXPLAIN QUERY PLAN. A plan
 * that SCANs the audit or answer table (or any index of them, under either
 * name or an alias) or builds an AUTOMATIC index fails.
 *
 * It also checks what every insert costs: no table's constraints may make
 * SQLite build a temporary table per statement (as a CHECK with an IN list
 * of three values or more does; migrations/0003). */
#include <check.h>
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "compliance.h"
#include "fixture.h"
#include "repo.h"
#include "util.h"

/* A small council: enough rows that every measure has something to read. */
static const char *const council =
	"INSERT INTO team(id, name) VALUES (1, 'Alpha'), (2, 'Beta');"
	"INSERT INTO worker(id, name, team_id, role, started, agreement, trained) VALUES"
	" (101, 'M1', 1, 'team-manager', NULL, NULL, '2016-01-01'),"
	" (102, 'M2', 2, 'team-manager', NULL, NULL, NULL),"
	" (1, 'W1', 1, 'social-worker', '2015-01-01', '2016-01-01', NULL),"
	" (2, 'W2', 2, 'aqw', NULL, NULL, NULL);"
	"INSERT INTO supervision(worker_id, supervisor_id, date) VALUES"
	" (1, 101, '2016-07-01'), (2, 102, '2016-08-05');"
	"INSERT INTO case_file(id, ref, team_id) VALUES (1, 'C1', 1), (2, 'C2', 2);"
	"INSERT INTO audit(id, case_id, team_id, auditor_id, date) VALUES"
	" (1, 1, 1, 101, '2016-07-10'), (2, 2, 2, 102, '2016-08-20'), (3, 2, 2, 102, '2016-10-02');"
	"INSERT INTO answer(audit_id, standard_code, result) VALUES"
	" (1, 'CHRON', 'met'), (1, 'PLAN', 'not-met'), (2, 'CHRON', 'not-met'), (3, 'VOICE', 'met');"
	"UPDATE audit SET submitted_at = '2016-11-01T09:00:00Z', submitted_by = 'tester' WHERE id IN (1, 2);"
	"INSERT INTO sample(id, team_id, auditor_id, drawn_on, due, seed, requested) VALUES"
	" (1, 1, 101, '2016-07-01', '2016-07-31', 1, 1);"
	"INSERT INTO scheduled_audit(sample_id, case_id, position) VALUES (1, 1, 1);";

/* The big tables: what a plan must not read whole. The history holds a
 * row for every change ever made. */
static const char *const big_tables[] = {"audit", "answer", "history", NULL};

static int is_big(const char *word)
{
	for (int i = 0; big_tables[i]; i++)
		if (strcasecmp(word, big_tables[i]) == 0)
			return 1;
	return 0;
}

/* Words that can follow a table name in FROM and are not an alias. */
static int is_keyword(const char *word)
{
	static const char *const keywords[] = {"WHERE", "JOIN", "ON", "LEFT", "RIGHT", "FULL", "INNER", "CROSS",
		"OUTER", "NATURAL", "GROUP", "ORDER", "LIMIT", "USING", "UNION", "EXCEPT", "INTERSECT", "WINDOW",
		"HAVING", "AND", "OR", "INDEXED", "NOT", "AS", NULL};
	for (int i = 0; keywords[i]; i++)
		if (strcasecmp(word, keywords[i]) == 0)
			return 1;
	return 0;
}

typedef struct {
	int n;
	char names[32][64];
} Names;

static void names_add(Names *names, const char *word)
{
	for (int i = 0; i < names->n; i++)
		if (strcasecmp(names->names[i], word) == 0)
			return;
	if (names->n < 32)
		snprintf(names->names[names->n++], sizeof names->names[0], "%s", word);
}

static int names_has(const Names *names, const char *word)
{
	for (int i = 0; i < names->n; i++)
		if (strcasecmp(names->names[i], word) == 0)
			return 1;
	return 0;
}

/* The words of sql, string literals skipped: identifiers and single
 * punctuation marks; at most max, each at most 63 bytes. */
static int words_of(const char *sql, char (*words)[64], int max)
{
	int n = 0;
	const char *p = sql;
	while (*p && n < max) {
		if (*p == '\'') {
			for (p++; *p && !(*p == '\'' && p[1] != '\''); p += *p == '\'' ? 2 : 1)
				;
			if (*p)
				p++;
		} else if (isalpha((unsigned char)*p) || *p == '_') {
			int len = 0;
			while ((isalnum((unsigned char)*p) || *p == '_') && len < 63)
				words[n][len++] = *p++;
			while (isalnum((unsigned char)*p) || *p == '_')
				p++;
			words[n++][len] = '\0';
		} else if (isspace((unsigned char)*p)) {
			p++;
		} else {
			words[n][0] = *p++;
			words[n++][1] = '\0';
		}
	}
	return n;
}

/* The names a plan may give the big tables in sql: the tables, their
 * indexes, and the aliases sql gives them (FROM audit a, JOIN answer AS an). */
static void big_names(Db *db, const char *sql, Names *names)
{
	names->n = 0;
	for (int i = 0; big_tables[i]; i++)
		names_add(names, big_tables[i]);
	sqlite3_stmt *s;
	ck_assert_int_eq(sqlite3_prepare_v2(db_handle(db),
		"SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name IN ('audit', 'answer', 'history')", -1, &s, NULL),
		SQLITE_OK);
	while (sqlite3_step(s) == SQLITE_ROW)
		names_add(names, (const char *)sqlite3_column_text(s, 0));
	sqlite3_finalize(s);
	static char words[4096][64];
	int n = words_of(sql, words, 4096);
	for (int i = 1; i + 1 < n; i++) {
		if (!is_big(words[i]))
			continue;
		if (strcasecmp(words[i - 1], "FROM") != 0 && strcasecmp(words[i - 1], "JOIN") != 0 &&
		    strcmp(words[i - 1], ",") != 0)
			continue;
		int j = i + 1;
		if (strcasecmp(words[j], "AS") == 0 && j + 1 < n)
			j++;
		if ((isalpha((unsigned char)words[j][0]) || words[j][0] == '_') && !is_keyword(words[j]))
			names_add(names, words[j]);
	}
}

/* The lines of the plan of sql that read a big table whole or build an
 * automatic index, one per line in a malloc'd string; NULL when none. */
static char *bad_plan_lines(Db *db, const char *sql)
{
	Names names;
	big_names(db, sql, &names);
	char *explain = xprintf("EXPLAIN QUERY PLAN %s", sql);
	sqlite3_stmt *s;
	int rc = sqlite3_prepare_v2(db_handle(db), explain, -1, &s, NULL);
	ck_assert_msg(rc == SQLITE_OK, "cannot explain %s: %s", sql, sqlite3_errmsg(db_handle(db)));
	free(explain);
	Buf bad = {0};
	while (sqlite3_step(s) == SQLITE_ROW) {
		const char *detail = (const char *)sqlite3_column_text(s, 3);
		char first[16] = "", name[64] = "";
		sscanf(detail, "%15s %63s", first, name);
		int scan = strcmp(first, "SCAN") == 0 && names_has(&names, name);
		/* "SCAN a USING INDEX x" and "USING COVERING INDEX x" name the
		 * index after the table: the index of a big table is as bad. */
		const char *index = strstr(detail, " INDEX ");
		if (strcmp(first, "SCAN") == 0 && index && names_has(&names, index + 7))
			scan = 1;
		/* Except the partial index of the case files' changes: a large
		 * import reads it once, for which cases ever moved (repo_audit.c,
		 * CaseMap); it holds no audit's entries, however many there are. */
		if (index && strncmp(index + 7, "history_case_update", 19) == 0 &&
		    (index[7 + 19] == '\0' || index[7 + 19] == ' '))
			scan = 0;
		if (scan || strstr(detail, "AUTOMATIC"))
			buf_printf(&bad, "  %s\n", detail);
	}
	sqlite3_finalize(s);
	return bad.s;
}

static Db *council_db(void)
{
	Db *db = fixture_db();
	fixture_exec(db, council);
	return db;
}

static void compute(Db *db, const char *quarter, const char *team, const char *target, ComplianceBy by)
{
	ComplianceQuery q = {0};
	char *cause = NULL;
	if (quarter)
		ck_assert_int_eq(period_of_quarter_text(quarter, &q.period, &cause), 0);
	else
		period_all_time(&q.period);
	q.team = team;
	q.target = target;
	q.by = by;
	q.today = "2016-11-30";
	Compliance c;
	ck_assert_msg(db_begin(db, 0, &cause) == 0, "%s", cause);
	int rc = compliance_compute(db, &q, &c, &cause);
	ck_assert_msg(rc == 0, "compliance_compute: %s", cause ? cause : "");
	ck_assert_int_gt(c.n, 0);
	compliance_free(&c);
	ck_assert_int_eq(db_end(db, 1, &cause), 0);
}

/* Every statement prepared on db that names a big table: its plan. */
static void assert_indexed(Db *db)
{
	int checked = 0;
	Buf report = {0};
	for (sqlite3_stmt *s = sqlite3_next_stmt(db_handle(db), NULL); s; s = sqlite3_next_stmt(db_handle(db), s)) {
		const char *sql = sqlite3_sql(s);
		static char words[4096][64];
		int n = words_of(sql, words, 4096), big = 0;
		for (int i = 0; i < n; i++)
			big |= is_big(words[i]);
		if (!big)
			continue;
		checked++;
		char *bad = bad_plan_lines(db, sql);
		if (bad)
			buf_printf(&report, "%s\nreads a big table whole:\n%s\n", sql, bad);
		free(bad);
	}
	ck_assert_msg(checked > 0, "no statement was prepared that reads audits, answers or the history");
	ck_assert_msg(report.s == NULL, "%s", report.s ? report.s : "");
}

/* The checker itself: a scan is caught under an alias, a key look-up is not. */
START_TEST(checker_sees_scans)
{
	Db *db = council_db();
	char *bad = bad_plan_lines(db, "SELECT count(*) FROM answer AS x WHERE x.result = 'met'");
	ck_assert_ptr_nonnull(bad);
	ck_assert_ptr_nonnull(strstr(bad, "SCAN x"));
	free(bad);
	bad = bad_plan_lines(db, "SELECT a.date FROM audit a, team t WHERE t.id = a.team_id");
	ck_assert_ptr_nonnull(bad);
	free(bad);
	bad = bad_plan_lines(db, "SELECT result FROM answer WHERE audit_id = 1 AND standard_code = 'CHRON'");
	ck_assert_ptr_null(bad);
	bad = bad_plan_lines(db, "SELECT count(*) FROM audit a WHERE a.date >= '2016-07-01' AND a.date <= '2016-09-30'");
	ck_assert_ptr_null(bad);
	db_close(db);
}
END_TEST

START_TEST(quarter_reads_the_quarter)
{
	Db *db = council_db();
	compute(db, "2016-Q3", NULL, NULL, COMPLIANCE_BY_NONE);
	assert_indexed(db);
	db_close(db);
}
END_TEST

START_TEST(by_team_and_month)
{
	Db *db = council_db();
	compute(db, "2016-Q3", NULL, NULL, COMPLIANCE_BY_TEAM);
	compute(db, "2016-Q3", NULL, NULL, COMPLIANCE_BY_MONTH);
	compute(db, NULL, NULL, NULL, COMPLIANCE_BY_TEAM);
	compute(db, NULL, NULL, NULL, COMPLIANCE_BY_MONTH);
	assert_indexed(db);
	db_close(db);
}
END_TEST

START_TEST(all_time_one_team_one_target)
{
	Db *db = council_db();
	compute(db, NULL, NULL, NULL, COMPLIANCE_BY_NONE);
	compute(db, "2016-Q3", "Alpha", NULL, COMPLIANCE_BY_NONE);
	compute(db, NULL, "Beta", NULL, COMPLIANCE_BY_MONTH);
	compute(db, "2016-Q3", NULL, "CHRON", COMPLIANCE_BY_NONE);
	assert_indexed(db);
	db_close(db);
}
END_TEST

/* Recording audits, one by one and in bulk as an import does, asks for
 * the case's later moves in the history through its own small index
 * (migrations/0007), and reads no big table whole. */
START_TEST(recording_audits_reads_no_table_whole)
{
	Db *db = council_db();
	fixture_exec(db, "UPDATE case_file SET team_id = 2 WHERE id = 1;"
	                 "UPDATE case_file SET team_id = 1 WHERE id = 1");
	char *cause = NULL;
	AuditAnswer answers[] = {{"CHRON", "met", "clear"}, {"PLAN", "not-met", NULL}};
	AuditNew one = {"C1", "2016-10-03", "M1", NULL, "good", 2, answers, 1, 0, NULL};
	long long id;
	ck_assert_msg(repo_audit_add(db, &one, &id, &cause) == 0, "%s", cause);
	ck_assert_int_eq(db_begin(db, 1, &cause), 0);
	AuditRecorder *r = repo_audit_recorder_new(db, 1, &cause);
	AuditNew bulk = {"C2", "2016-10-04", "M2", NULL, "good", 2, answers, 1, 0, NULL};
	ck_assert_msg(repo_audit_recorder_add(r, &bulk, &id, &cause) == 0, "%s", cause);
	repo_audit_recorder_free(r);
	ck_assert_int_eq(db_end(db, 1, &cause), 0);
	assert_indexed(db);
	db_close(db);
}
END_TEST

/* A large import reads the workers and the case files once (repo_audit.c,
 * CaseMap; repo_audit_recorder_plan): those statements and every one it
 * runs a row read the big tables through indexes. */
START_TEST(importing_many_audits_reads_through_indexes)
{
	Db *db = council_db();
	fixture_exec(db, "UPDATE case_file SET team_id = 2 WHERE id = 1;"
	                 "UPDATE case_file SET team_id = 1 WHERE id = 1");
	char *cause = NULL;
	AuditAnswer answers[] = {{"CHRON", "met", NULL}, {"PLAN", "not-met", NULL}};
	ck_assert_int_eq(db_begin(db, 1, &cause), 0);
	AuditRecorder *r = repo_audit_recorder_new(db, 1, &cause);
	ck_assert_msg(r != NULL, "%s", cause);
	ck_assert_msg(repo_audit_recorder_plan(r, 1100, 4096, &cause) == 0, "%s", cause);
	int added = 0;
	for (int y = 2012; y <= 2015 && added < 1100; y++)
		for (int m = 1; m <= 12 && added < 1100; m++)
			for (int d = 1; d <= 28 && added < 1100; d++, added++) {
				char date[11];
				snprintf(date, sizeof date, "%04d-%02d-%02d", y, m, d);
				AuditNew n = {added % 2 ? "C2" : "C1", date, added % 2 ? "M2" : "M1", NULL, "good", 2, answers, 1, 1, NULL};
				long long id;
				ck_assert_msg(repo_audit_recorder_add(r, &n, &id, &cause) == 0, "%s", cause);
			}
	repo_audit_recorder_free(r);
	ck_assert_int_eq(db_end(db, 1, &cause), 0);
	ck_assert_int_eq(added, 1100);
	assert_indexed(db);
	db_close(db);
}
END_TEST

/* A sink that counts rows: the list is stepped through db_query as a
 * command streams it, without keeping it. */
typedef struct {
	Sink sink;
	int rows;
} Count;

static void count_header(Sink *sink, int ncol, const char *const *names)
{
	(void)sink;
	(void)ncol;
	(void)names;
}

static void count_row(Sink *sink, const Value *values)
{
	(void)values;
	((Count *)sink)->rows++;
}

static void count_end(Sink *sink)
{
	(void)sink;
}

/* The lists people narrow to one case, team or row go through the query
 * helper (db_query) and an index: the statements it stepped are checked as
 * the compliance queries are. */
START_TEST(filtered_lists_read_through_indexes)
{
	Db *db = council_db();
	char *cause = NULL;
	Count count = {{count_header, count_row, count_end}, 0};
	AuditFilter by_case = {0}, by_team = {0};
	by_case.case_ref = "C2";
	by_team.team = "Alpha";
	ck_assert_msg(repo_audit_list(db, &by_case, &count.sink, &cause) == 0, "%s", cause);
	ck_assert_int_eq(count.rows, 2);
	ck_assert_msg(repo_audit_list(db, &by_team, &count.sink, &cause) == 0, "%s", cause);
	ck_assert_int_eq(count.rows, 3);
	HistoryFilter row = {0};
	row.table = "case";
	row.id = "1";
	ck_assert_msg(repo_history_list(db, &row, &count.sink, &cause) == 0, "%s", cause);
	ActionFilter of_audit = {0};
	of_audit.audit = 1;
	ck_assert_msg(repo_action_list(db, &of_audit, &count.sink, &cause) == 0, "%s", cause);
	ck_assert_msg(repo_chron_list(db, "C1", &count.sink, &cause) == 0, "%s", cause);
	assert_indexed(db);
	db_close(db);
}
END_TEST

/* The opcodes of the program that inserts a row into table. */
static int inserts_build_temporary_tables(Db *db, const char *table)
{
	char *sql = xprintf("EXPLAIN INSERT INTO \"%s\" DEFAULT VALUES", table);
	sqlite3_stmt *s;
	ck_assert_msg(sqlite3_prepare_v2(db_handle(db), sql, -1, &s, NULL) == SQLITE_OK, "%s: %s", sql,
	              sqlite3_errmsg(db_handle(db)));
	free(sql);
	int ephemeral = 0;
	while (sqlite3_step(s) == SQLITE_ROW)
		ephemeral += strcmp((const char *)sqlite3_column_text(s, 1), "OpenEphemeral") == 0;
	sqlite3_finalize(s);
	return ephemeral;
}

START_TEST(inserts_check_without_temporary_tables)
{
	Db *db = fixture_db();
	/* The checker sees an IN list's temporary table. */
	fixture_exec(db, "CREATE TEMP TABLE in_list (x TEXT CHECK (x IN ('a', 'b', 'c')))");
	ck_assert_int_gt(inserts_build_temporary_tables(db, "in_list"), 0);
	fixture_exec(db, "DROP TABLE in_list");
	sqlite3_stmt *s;
	ck_assert_int_eq(sqlite3_prepare_v2(db_handle(db),
		"SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name", -1, &s,
		NULL), SQLITE_OK);
	int tables = 0;
	while (sqlite3_step(s) == SQLITE_ROW) {
		const char *table = (const char *)sqlite3_column_text(s, 0);
		ck_assert_msg(inserts_build_temporary_tables(db, table) == 0,
		              "an insert into %s builds a temporary table to check a constraint", table);
		tables++;
	}
	sqlite3_finalize(s);
	ck_assert_int_ge(tables, 15);
	db_close(db);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("query_plan");
	TCase *tc = tcase_create("compliance");
	tcase_add_test(tc, checker_sees_scans);
	tcase_add_test(tc, quarter_reads_the_quarter);
	tcase_add_test(tc, importing_many_audits_reads_through_indexes);
	tcase_add_test(tc, by_team_and_month);
	tcase_add_test(tc, all_time_one_team_one_target);
	tcase_add_test(tc, recording_audits_reads_no_table_whole);
	tcase_add_test(tc, filtered_lists_read_through_indexes);
	suite_add_tcase(s, tc);
	TCase *writes = tcase_create("writes");
	tcase_add_test(writes, inserts_check_without_temporary_tables);
	suite_add_tcase(s, writes);
	return fixture_run(s);
}
