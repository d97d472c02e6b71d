/* Re-audits (issue 17): the rule per grade (the plan's, a council's own,
 * the due date kept within its month), what became of each file
 * (on-time, late, due, overdue, withdrawn), the links and their refusals,
 * the files due that a sample takes first, and REAUDIT, the census of
 * files graded inadequate re-audited in time (reaudit figure: one home,
 * repo_reaudit.c). */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fixture.h"
#include "output.h"
#include "period.h"
#include "repo.h"
#include "util.h"

static Db *db;
static char *cause;

/* Audits straight into the tables: 1..7 as the comments say. Today is
 * 2016-11-30. */
static void setup(void)
{
	db = fixture_db();
	cause = NULL;
	fixture_exec(db,
		"INSERT INTO team(id, name) VALUES (1, 'Alpha'), (2, 'Beta');"
		"INSERT INTO worker(id, name, team_id, role) VALUES (1, 'Ann Boss', 1, 'team-manager');"
		"INSERT INTO case_file(id, ref, team_id, status, opened, closed) VALUES"
		" (1, 'C1', 1, 'cin', '2016-01-04', NULL), (2, 'C2', 1, 'cin', '2016-01-04', NULL),"
		" (3, 'C3', 1, 'cin', '2016-01-04', NULL), (4, 'C4', 2, 'cin', '2016-01-04', NULL),"
		" (5, 'C5', 2, 'cin', '2016-01-04', '2016-07-01'), (6, 'C6', 2, 'cin', '2016-01-04', NULL),"
		" (7, 'C7', 2, 'cin', '2016-01-04', NULL);"
		"INSERT INTO audit(id, case_id, team_id, auditor_id, date, grade, submitted_at, submitted_by) VALUES"
		/* C1: inadequate on 31 May, due 31 August, re-audited (linked) on 20 August: on time. */
		" (1, 1, 1, 1, '2016-05-31', 'inadequate', '2016-05-31T10:00:00Z', 't'),"
		" (2, 1, 1, 1, '2016-08-20', 'good', '2016-08-20T10:00:00Z', 't'),"
		/* C2: inadequate on 30 November: due 28 February (not 2 March): still due. */
		" (3, 2, 1, 1, '2016-11-30', 'inadequate', '2016-11-30T10:00:00Z', 't'),"
		/* C3: inadequate on 15 June, due 15 September, never re-audited: overdue. */
		" (4, 3, 1, 1, '2016-06-15', 'inadequate', '2016-06-15T10:00:00Z', 't'),"
		/* C4: inadequate on 1 June, due 1 September, next audited 1 October (no link): late. */
		" (5, 4, 2, 1, '2016-06-01', 'inadequate', '2016-06-01T10:00:00Z', 't'),"
		" (6, 4, 2, 1, '2016-10-01', 'good', '2016-10-01T10:00:00Z', 't'),"
		/* C5: inadequate on 1 June, closed 1 July before its due date: withdrawn. */
		" (7, 5, 2, 1, '2016-06-01', 'inadequate', '2016-06-01T10:00:00Z', 't'),"
		/* C6: requires improvement on 1 June: due within 6 months, 1 December. */
		" (8, 6, 2, 1, '2016-06-01', 'requires-improvement', '2016-06-01T10:00:00Z', 't'),"
		/* C7: good on 1 June: no rule of the plan's; a draft after it. */
		" (9, 7, 2, 1, '2016-06-01', 'good', '2016-06-01T10:00:00Z', 't'),"
		" (10, 7, 2, 1, '2016-06-02', NULL, NULL, NULL);"
		"INSERT INTO reaudit(audit_id, follows_id) VALUES (2, 1);");
}

static void teardown(void)
{
	db_close(db);
	free(cause);
}

static void refused(int rc, const char *prefix)
{
	ck_assert_int_eq(rc, -1);
	ck_assert_msg(cause != NULL, "expected a failure starting '%s', got none", prefix);
	ck_assert_msg(strncmp(cause, prefix, strlen(prefix)) == 0, "expected '%s...', got '%s'", prefix, cause);
	free(cause);
	cause = NULL;
}

/* "case:due:status" for every row of reaudit list, in its order. */
static char *listed(const ReauditFilter *f)
{
	Table *t = LIST(repo_reaudit_list(db, f, SINK, &cause));
	ck_assert_msg(t != NULL, "%s", cause ? cause : "");
	Buf b = {0};
	for (int r = 0; r < t->nrow; r++)
		buf_printf(&b, "%s%s:%s:%s", r ? " " : "", table_cell(t, r, table_column(t, "case"))->s,
		           table_cell(t, r, table_column(t, "due"))->s, table_cell(t, r, table_column(t, "status"))->s);
	table_free(t);
	return b.s ? b.s : xstrdup("");
}

START_TEST(plan_rule_and_statuses)
{
	ReauditFilter all = {0};
	char *got = listed(&all);
	ck_assert_str_eq(got, "C1:2016-08-31:on-time C4:2016-09-01:late C5:2016-09-01:withdrawn "
	                      "C3:2016-09-15:overdue C6:2016-12-01:due C2:2017-02-28:due");
	free(got);
	/* The re-audit named: the link for C1, the next audit for C4. */
	Table *t = LIST(repo_reaudit_list(db, &all, SINK, &cause));
	ck_assert_int_eq(table_cell(t, 0, table_column(t, "reaudit"))->i, 2);
	ck_assert_int_eq(table_cell(t, 1, table_column(t, "reaudit"))->i, 6);
	table_free(t);
	ReauditFilter open = {NULL, 1, 0}, overdue = {NULL, 0, 1}, beta = {"Beta", 0, 0};
	got = listed(&open);
	ck_assert_str_eq(got, "C3:2016-09-15:overdue C6:2016-12-01:due C2:2017-02-28:due");
	free(got);
	got = listed(&overdue);
	ck_assert_str_eq(got, "C3:2016-09-15:overdue");
	free(got);
	got = listed(&beta);
	ck_assert_str_eq(got, "C4:2016-09-01:late C5:2016-09-01:withdrawn C6:2016-12-01:due");
	free(got);
}
END_TEST

START_TEST(council_rule)
{
	/* A council's own: good within 1 month, inadequate within 2. */
	ck_assert_int_eq(repo_reaudit_rule_set(db, "good", 1, &cause), 0);
	ck_assert_int_eq(repo_reaudit_rule_set(db, "inadequate", 2, &cause), 0);
	ReauditFilter all = {0};
	char *got = listed(&all);
	/* good: C7 never re-audited, and the re-audits of C1 and C4 (graded
	 * good) are due a re-audit of their own; inadequate at 2 months: C1's
	 * re-audit of 20 August now late; C2 due by 30 January. */
	ck_assert_str_eq(got, "C7:2016-07-01:overdue C1:2016-07-31:late C4:2016-08-01:late C5:2016-08-01:withdrawn "
	                      "C3:2016-08-15:overdue C1:2016-09-20:overdue C4:2016-11-01:overdue C6:2016-12-01:due "
	                      "C2:2017-01-30:due");
	free(got);
}
END_TEST

START_TEST(rule_refusals_and_back_to_the_plan)
{
	refused(repo_reaudit_rule_set(db, "poor", 3, &cause), "grade 'poor' is not known");
	refused(repo_reaudit_rule_set(db, "inadequate", 37, &cause), FIELD("months") " 37 is out of range");
	refused(repo_reaudit_rule_set(db, "inadequate", -1, &cause), FIELD("months") " -1 is out of range");
	ck_assert_int_eq(fixture_int(db, "SELECT count(*) FROM reaudit_rule"), 0);
	ck_assert_int_eq(repo_reaudit_rule_set(db, "inadequate", 2, &cause), 0);
	ck_assert_int_eq(repo_reaudit_rule_set(db, "inadequate", 4, &cause), 0);
	ck_assert_int_eq(fixture_int(db, "SELECT months FROM reaudit_rule WHERE grade = 'inadequate'"), 4);
	ck_assert_int_eq(repo_reaudit_rule_set(db, "inadequate", 0, &cause), 0);
	ck_assert_int_eq(fixture_int(db, "SELECT count(*) FROM reaudit_rule"), 0);
	/* Each change in the history. */
	ck_assert_int_eq(fixture_int(db, "SELECT count(*) FROM history WHERE tbl = 'reaudit_rule'"), 3);
	Table *t = LIST(repo_reaudit_rule_list(db, SINK, &cause));
	ck_assert_int_eq(t->nrow, 2);
	ck_assert_str_eq(table_cell(t, 0, 0)->s, "inadequate");
	ck_assert_int_eq(table_cell(t, 0, 1)->i, 3);
	ck_assert_str_eq(table_cell(t, 0, 2)->s, "plan");
	table_free(t);
}
END_TEST

START_TEST(link_refusals)
{
	long long links = fixture_int(db, "SELECT count(*) FROM reaudit");
	refused(repo_reaudit_link(db, 6, 10, &cause), "audit 10 is of case C7, not C4");
	refused(repo_reaudit_link(db, 9, 10, &cause), "audit 10 is a draft; a re-audit follows a submitted audit");
	refused(repo_reaudit_link(db, 5, 6, &cause), "the re-audit's date 2016-06-01 is before the audit it follows");
	refused(repo_reaudit_link(db, 6, 6, &cause), "an audit cannot re-audit itself");
	refused(repo_reaudit_link(db, 6, 99, &cause), "unknown audit 99");
	ck_assert_int_eq(fixture_int(db, "SELECT count(*) FROM reaudit"), links);
	ck_assert_int_eq(repo_reaudit_link(db, 6, 5, &cause), 0);
	/* The set-up's link and this one, each in the history. */
	ck_assert_int_eq(fixture_int(db, "SELECT count(*) FROM history WHERE tbl = 'reaudit'"), 2);
}
END_TEST

START_TEST(files_due_oldest_first)
{
	/* Of every team (the draw keeps its own team's): Alpha's C3 and C2,
	 * Beta's C6 (C4 was re-audited, C5 closed). */
	long long *cases, n;
	ck_assert_int_eq(repo_reaudit_files_due(db, &cases, &n, &cause), 0);
	ck_assert_int_eq(n, 3);
	ck_assert_int_eq(cases[0], 3); /* C3, overdue since September */
	ck_assert_int_eq(cases[1], 6);
	ck_assert_int_eq(cases[2], 2); /* C2, due by February */
	free(cases);
}
END_TEST

/* REAUDIT's row: numerator, denominator, percent text, status, evidence. */
static char *figure(const char *from, const char *to, const char *team, int by_team)
{
	Period p;
	ck_assert_int_eq(period_parse(from, to, NULL, NULL, NULL, &p, &cause), 0);
	Table *t = LIST(repo_reaudit_figure(db, &p, team, by_team, SINK, &cause));
	ck_assert_msg(t != NULL, "%s", cause ? cause : "");
	Buf b = {0};
	for (int r = 0; r < t->nrow; r++) {
		const Value *pct = table_cell(t, r, table_column(t, "percent"));
		char *pct_text = pct->type == VALUE_NULL ? xstrdup("-") : value_text(pct);
		buf_printf(&b, "%s%s%s%lld/%lld %s %s %s", r ? "; " : "", by_team ? table_cell(t, r, 1)->s : "",
		           by_team ? " " : "", table_cell(t, r, table_column(t, "numerator"))->i,
		           table_cell(t, r, table_column(t, "denominator"))->i, pct_text,
		           table_cell(t, r, table_column(t, "status"))->s, table_cell(t, r, table_column(t, "evidence"))->s);
		ck_assert_str_eq(table_cell(t, r, 0)->s, "REAUDIT");
		ck_assert_int_eq(table_cell(t, r, table_column(t, "ci_low"))->type, VALUE_NULL);
		free(pct_text);
	}
	table_free(t);
	return b.s;
}

START_TEST(reaudit_figure_census)
{
	/* All time: C1 on time; C4 late and C3 overdue count against; C2 still
	 * due and C5 withdrawn count in neither. */
	char *got = figure(NULL, NULL, NULL, 0);
	ck_assert_str_eq(got, "1/3 33.3 red census");
	free(got);
	got = figure(NULL, NULL, NULL, 1);
	ck_assert_str_eq(got, "Alpha 1/2 50.0 red census; Beta 0/1 0.0 red census");
	free(got);
	got = figure(NULL, NULL, "Beta", 0);
	ck_assert_str_eq(got, "0/1 0.0 red census");
	free(got);
	/* By the due date: September holds C4 (late) and C3 (overdue). */
	got = figure("2016-09-01", "2016-09-30", NULL, 0);
	ck_assert_str_eq(got, "0/2 0.0 red census");
	free(got);
	/* August: C1 alone, on time: every such file, green. */
	got = figure("2016-08-01", "2016-08-31", NULL, 0);
	ck_assert_str_eq(got, "1/1 100.0 green census");
	free(got);
	/* Nothing fell due: no data, no evidence. */
	got = figure("2015-01-01", "2015-12-31", NULL, 0);
	ck_assert_str_eq(got, "0/0 - no-data none");
	free(got);
	/* Requires improvement never counts in REAUDIT. */
	got = figure("2016-12-01", "2016-12-31", NULL, 0);
	ck_assert_str_eq(got, "0/0 - no-data none");
	free(got);
}
END_TEST

int main(void)
{
	setenv("CASEAUDIT_TODAY", "2016-11-30", 1);
	Suite *s = suite_create("reaudit");
	TCase *tc = tcase_create("re-audits");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, plan_rule_and_statuses);
	tcase_add_test(tc, council_rule);
	tcase_add_test(tc, rule_refusals_and_back_to_the_plan);
	tcase_add_test(tc, link_refusals);
	tcase_add_test(tc, files_due_oldest_first);
	tcase_add_test(tc, reaudit_figure_census);
	suite_add_tcase(s, tc);
	return fixture_run(s);
}
