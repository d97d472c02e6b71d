/* Figures that hold up at committee (issue 12): dated thresholds, workers
 * as they were on the day measured, what counts in MGMT-AUDITS (pending,
 * withdrawn, a manager's own audit), census evidence, --type, --by
 * service and the records behind a figure (--detail). Today is
 * 2016-11-30 throughout, as in the end-to-end tests. */
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "compliance.h"
#include "fixture.h"
#include "repo.h"
#include "util.h"

/* Alpha (service Children in Need) and Beta (Children in Care); M1 and M2
 * managers, W1 W2 social workers, I1 an IRO. Five cases. */
static const char *const council =
	"INSERT INTO team(id, name, service) VALUES (1, 'Alpha', 'Children in Need'), (2, 'Beta', 'Children in Care'),"
	" (3, 'Gamma', NULL);"
	"INSERT INTO worker(id, name, team_id, role, agreement, trained) VALUES"
	" (101, 'M1', 1, 'team-manager', NULL, '2016-01-01'),"
	" (102, 'M2', 2, 'team-manager', NULL, NULL),"
	" (1, 'W1', 1, 'social-worker', '2016-01-01', NULL),"
	" (2, 'W2', 2, 'social-worker', NULL, NULL),"
	" (6, 'I1', 2, 'iro', NULL, NULL);"
	"INSERT INTO supervision(worker_id, supervisor_id, date) VALUES"
	" (1, 101, '2016-07-05'), (1, 101, '2016-08-05'), (1, 101, '2016-09-05'), (1, 101, '2016-10-05'),"
	" (2, 102, '2016-07-05'), (2, 102, '2016-09-05');"
	"INSERT INTO case_file(id, ref, team_id) VALUES (1, 'C1', 1), (2, 'C2', 1), (3, 'C3', 1), (4, 'C4', 2),"
	" (5, 'C5', 2);"
	/* CHRON in September: 3 met of 4 (75%); one themed audit (C5, Beta,
	 * by the IRO) not met, with a note. */
	"INSERT INTO audit(id, case_id, team_id, auditor_id, date, type) VALUES"
	" (1, 1, 1, 101, '2016-09-01', 'dip-sample'), (2, 2, 1, 101, '2016-09-02', 'dip-sample'),"
	" (3, 3, 1, 101, '2016-09-03', 'dip-sample'), (4, 4, 2, 102, '2016-09-04', 'dip-sample'),"
	" (5, 5, 2, 6, '2016-09-05', 'themed');"
	"INSERT INTO answer(audit_id, standard_code, result, note) VALUES"
	" (1, 'CHRON', 'met', NULL), (2, 'CHRON', 'met', NULL), (3, 'CHRON', 'not-met', 'no chronology since May'),"
	" (4, 'CHRON', 'met', NULL), (5, 'CHRON', 'not-met', 'out of date');"
	"UPDATE audit SET submitted_at = '2016-09-10T09:00:00Z', submitted_by = 'tester';";

static Db *db;
static const char *clock_now = "2016-09-01T12:00:00.000Z";

/* The history's clock, for changes recorded on a chosen day. */
static void fixed_now(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	(void)argc;
	(void)argv;
	sqlite3_result_text(ctx, clock_now, -1, SQLITE_STATIC);
}

static void setup(void)
{
	db = fixture_db();
	sqlite3_create_function(db_handle(db), "caseaudit_now", 0, SQLITE_UTF8, NULL, fixed_now, NULL, NULL);
	fixture_exec(db, council);
}

static void teardown(void)
{
	db_close(db);
}

static ComplianceQuery query(const char *from, const char *to, const char *month, const char *quarter,
	const char *target, ComplianceBy by)
{
	ComplianceQuery q = {0};
	char *cause = NULL;
	ck_assert_int_eq(period_parse(from, to, month, quarter, NULL, &q.period, &cause), 0);
	q.target = target;
	q.by = by;
	q.today = "2016-11-30";
	return q;
}

static Compliance measure(const ComplianceQuery *q)
{
	Compliance c;
	char *cause = NULL;
	int rc = compliance_compute(db, q, &c, &cause);
	ck_assert_msg(rc == 0, "compliance_compute: %s", cause ? cause : "");
	return c;
}

static Compliance run(const char *month, const char *quarter, const char *target, ComplianceBy by)
{
	ComplianceQuery q = query(NULL, NULL, month, quarter, target, by);
	return measure(&q);
}

static const ComplianceRow *row(const Compliance *c, const char *target, const char *group)
{
	for (int i = 0; i < c->n; i++)
		if (strcmp(c->rows[i].target, target) == 0 &&
		    (group == NULL ? c->rows[i].group == NULL : c->rows[i].group && strcmp(c->rows[i].group, group) == 0))
			return &c->rows[i];
	ck_abort_msg("no row for %s %s", target, group ? group : "");
	return NULL;
}

static void expect_counts(const Compliance *c, const char *target, const char *group, long long numerator,
	long long denominator)
{
	const ComplianceRow *r = row(c, target, group);
	ck_assert_msg(r->numerator == numerator && r->denominator == denominator, "%s %s: %lld/%lld, expected %lld/%lld",
	              target, group ? group : "", r->numerator, r->denominator, numerator, denominator);
}

static void set_threshold(const char *code, const char *threshold, const char *from)
{
	double old;
	char *cause = NULL;
	int rc = repo_target_set(db, code, threshold, from, &old, &cause);
	ck_assert_msg(rc == 0, "target set: %s", cause ? cause : "");
}

/* ---- thresholds on a date ---- */

START_TEST(test_threshold_on_the_periods_last_day)
{
	/* The plan's own 85 until a dated one. */
	Compliance c = run(NULL, "2016-Q3", "CHRON", COMPLIANCE_BY_NONE);
	ck_assert(row(&c, "CHRON", NULL)->threshold == 85);
	ck_assert_int_eq(row(&c, "CHRON", NULL)->status, STATUS_RED); /* 3 of 5 */
	compliance_free(&c);
	/* Changed on the quarter's last day: the quarter is judged by it. */
	set_threshold("CHRON", "60", "2016-09-30");
	c = run(NULL, "2016-Q3", "CHRON", COMPLIANCE_BY_NONE);
	ck_assert(row(&c, "CHRON", NULL)->threshold == 60);
	ck_assert_int_eq(row(&c, "CHRON", NULL)->status, STATUS_GREEN);
	compliance_free(&c);
	/* Changed the day after: the quarter keeps 60, October takes 95. */
	set_threshold("CHRON", "95", "2016-10-01");
	c = run(NULL, "2016-Q3", "CHRON", COMPLIANCE_BY_NONE);
	ck_assert(row(&c, "CHRON", NULL)->threshold == 60);
	compliance_free(&c);
	c = run("2016-10", NULL, "CHRON", COMPLIANCE_BY_NONE);
	ck_assert(row(&c, "CHRON", NULL)->threshold == 95);
	compliance_free(&c);
	/* A quarter ended before any dated threshold keeps the plan's. */
	c = run(NULL, "2016-Q2", "CHRON", COMPLIANCE_BY_NONE);
	ck_assert(row(&c, "CHRON", NULL)->threshold == 85);
	compliance_free(&c);
	/* The same day again replaces it. */
	set_threshold("CHRON", "61", "2016-09-30");
	c = run(NULL, "2016-Q3", "CHRON", COMPLIANCE_BY_NONE);
	ck_assert(row(&c, "CHRON", NULL)->threshold == 61);
	compliance_free(&c);
	ck_assert_int_eq(fixture_int(db, "SELECT count(*) FROM target_threshold WHERE target_code = 'CHRON'"), 2);
	ck_assert_int_eq(fixture_int(db, "SELECT count(*) FROM history WHERE tbl = 'target_threshold'"), 3);
}
END_TEST

START_TEST(test_threshold_trajectory)
{
	/* "Sept 2016 to achieve 80%", rising from 70 in July; and one in the
	 * future that no period judged today takes yet. */
	set_threshold("MGMT-AUDITS", "70", "2016-07-01");
	set_threshold("MGMT-AUDITS", "75", "2016-08-15");
	set_threshold("MGMT-AUDITS", "80", "2016-09-01");
	set_threshold("MGMT-AUDITS", "90", "2017-01-01");
	Compliance c = run(NULL, "2016-Q3", "MGMT-AUDITS", COMPLIANCE_BY_MONTH);
	ck_assert(row(&c, "MGMT-AUDITS", "2016-07")->threshold == 70);
	ck_assert(row(&c, "MGMT-AUDITS", "2016-08")->threshold == 75); /* in force on 31 August */
	ck_assert(row(&c, "MGMT-AUDITS", "2016-09")->threshold == 80);
	compliance_free(&c);
	/* No period: today's. */
	c = run(NULL, NULL, "MGMT-AUDITS", COMPLIANCE_BY_NONE);
	ck_assert(row(&c, "MGMT-AUDITS", NULL)->threshold == 80);
	compliance_free(&c);
	c = run(NULL, "2016/17-Q4", "MGMT-AUDITS", COMPLIANCE_BY_NONE); /* ends 31 March 2017 */
	ck_assert(row(&c, "MGMT-AUDITS", NULL)->threshold == 90);
	compliance_free(&c);
	double t;
	ck_assert_int_eq(repo_target_threshold_on(db, "MGMT-AUDITS", "2016-08-14", &t, NULL), 0);
	ck_assert(t == 70);
	ck_assert_int_eq(repo_target_threshold_on(db, "MGMT-AUDITS", "2016-06-30", &t, NULL), 0);
	ck_assert(t == 80); /* the plan's own */
	/* target list --on. */
	TableSink ts = {{NULL, NULL, NULL}, NULL};
	Table *list = table_collected(&ts, repo_target_list(db, "2016-08-20", table_sink(&ts), NULL));
	ck_assert_str_eq(table_cell(list, 0, 0)->s, "MGMT-AUDITS");
	ck_assert(table_cell(list, 0, 1)->r == 75 || table_cell(list, 0, 1)->i == 75);
	ck_assert_str_eq(table_cell(list, 0, 2)->s, "2016-08-15");
	ck_assert_int_eq(table_cell(list, 1, 2)->type, VALUE_NULL); /* SUP-REGULAR: the plan's */
	table_free(list);
	/* A bad date is refused and changes nothing. */
	double old;
	char *cause = NULL;
	ck_assert_int_eq(repo_target_set(db, "CHRON", "90", "2016-02-30", &old, &cause), -1);
	ck_assert_str_eq(cause, FIELD("from") " '2016-02-30' is not a real date; expected YYYY-MM-DD, the first day the "
	                        "threshold applies");
	free(cause);
}
END_TEST

/* ---- workers as they were ---- */

START_TEST(test_worker_moved_the_day_after)
{
	/* W2 moves from Beta to Alpha on 1 October, the day after Q3. */
	clock_now = "2016-10-01T12:00:00.000Z";
	fixture_exec(db, "UPDATE worker SET team_id = 1 WHERE id = 2");
	Compliance c = run(NULL, "2016-Q3", "SUP-REGULAR", COMPLIANCE_BY_TEAM);
	expect_counts(&c, "SUP-REGULAR", "Alpha", 1, 1); /* W1 */
	expect_counts(&c, "SUP-REGULAR", "Beta", 0, 1);  /* W2, missed August, still Beta's */
	compliance_free(&c);
	ComplianceQuery q = query(NULL, NULL, NULL, "2016-Q3", "SUP-AGREEMENT", COMPLIANCE_BY_NONE);
	q.team = "Beta";
	c = measure(&q);
	expect_counts(&c, "SUP-AGREEMENT", NULL, 0, 1); /* --team: Beta's workers on 30 September */
	compliance_free(&c);
	/* October: W2 is Alpha's. */
	c = run("2016-10", NULL, "SUP-REGULAR", COMPLIANCE_BY_TEAM);
	expect_counts(&c, "SUP-REGULAR", "Alpha", 1, 2);
	expect_counts(&c, "SUP-REGULAR", "Beta", 0, 0);
	compliance_free(&c);
	/* By month: each month's last day. */
	c = run(NULL, "2016/17-Q3", "SUP-AGREEMENT", COMPLIANCE_BY_MONTH);
	expect_counts(&c, "SUP-AGREEMENT", "2016-10", 1, 2);
	compliance_free(&c);
}
END_TEST

START_TEST(test_worker_moved_on_the_last_day)
{
	/* A move recorded on the period's last day belongs to it. */
	clock_now = "2016-09-30T12:00:00.000Z";
	fixture_exec(db, "UPDATE worker SET team_id = 1 WHERE id = 2");
	Compliance c = run(NULL, "2016-Q3", "SUP-REGULAR", COMPLIANCE_BY_TEAM);
	expect_counts(&c, "SUP-REGULAR", "Alpha", 1, 2);
	expect_counts(&c, "SUP-REGULAR", "Beta", 0, 0);
	compliance_free(&c);
}
END_TEST

START_TEST(test_worker_moved_at_a_bst_midnight)
{
	/* 23:30 UTC on 30 September is 00:30 on 1 October in the council's
	 * zone (Europe/London, British Summer Time): the move belongs to
	 * October, so Q3 keeps W2 in Beta. */
	clock_now = "2016-09-30T23:30:00.000Z";
	fixture_exec(db, "UPDATE worker SET team_id = 1 WHERE id = 2");
	Compliance c = run(NULL, "2016-Q3", "SUP-REGULAR", COMPLIANCE_BY_TEAM);
	expect_counts(&c, "SUP-REGULAR", "Alpha", 1, 1);
	expect_counts(&c, "SUP-REGULAR", "Beta", 0, 1);
	compliance_free(&c);
	/* 22:30 UTC is 23:30 on 30 September: the quarter's own. */
	db_close(db);
	setup();
	clock_now = "2016-09-30T22:30:00.000Z";
	fixture_exec(db, "UPDATE worker SET team_id = 1 WHERE id = 2");
	c = run(NULL, "2016-Q3", "SUP-REGULAR", COMPLIANCE_BY_TEAM);
	expect_counts(&c, "SUP-REGULAR", "Alpha", 1, 2);
	compliance_free(&c);
}
END_TEST

START_TEST(test_role_as_it_was)
{
	/* W1 promoted to team manager on 1 October, then moved to Gamma in
	 * November: Q3 still counts a social worker in Alpha. */
	clock_now = "2016-10-01T12:00:00.000Z";
	fixture_exec(db, "UPDATE worker SET role = 'team-manager', trained = '2016-10-01' WHERE id = 1");
	clock_now = "2016-11-02T12:00:00.000Z";
	fixture_exec(db, "UPDATE worker SET team_id = 3 WHERE id = 1");
	Compliance c = run(NULL, "2016-Q3", NULL, COMPLIANCE_BY_TEAM);
	expect_counts(&c, "SUP-REGULAR", "Alpha", 1, 1);
	expect_counts(&c, "SUP-AGREEMENT", "Alpha", 1, 1);
	expect_counts(&c, "SUP-TRAINED", "Alpha", 1, 1); /* M1 alone */
	expect_counts(&c, "SUP-TRAINED", "Gamma", 0, 0);
	compliance_free(&c);
	/* October: a manager, trained that day, still in Alpha. */
	c = run("2016-10", NULL, NULL, COMPLIANCE_BY_TEAM);
	expect_counts(&c, "SUP-REGULAR", "Alpha", 0, 0);
	expect_counts(&c, "SUP-TRAINED", "Alpha", 2, 2);
	compliance_free(&c);
	/* Today's figures: Gamma's manager. */
	c = run("2016-11", NULL, "SUP-TRAINED", COMPLIANCE_BY_TEAM);
	expect_counts(&c, "SUP-TRAINED", "Gamma", 1, 1);
	compliance_free(&c);
}
END_TEST

/* ---- MGMT-AUDITS ---- */

static void draw(long long id, long long auditor, const char *drawn, const char *due, const char *cases)
{
	char *sql = xprintf("INSERT INTO sample(id, team_id, auditor_id, drawn_on, due, seed, requested)"
	                    " VALUES (%lld, 1, %lld, '%s', '%s', 1, 1);"
	                    "INSERT INTO scheduled_audit(sample_id, case_id, position) SELECT %lld, value, key"
	                    " FROM json_each('[%s]')", id, auditor, drawn, due, id, cases);
	fixture_exec(db, sql);
	free(sql);
}

START_TEST(test_mgmt_due_today_and_pending)
{
	/* Drawn today: due today counts (not done yet: a failure, as the
	 * contract says: pending is due after today); due tomorrow is pending
	 * and counts nowhere, so a sample drawn today is not 0/4 red. */
	draw(1, 101, "2016-11-30", "2016-11-30", "1");
	draw(2, 101, "2016-11-30", "2016-12-01", "1,2,3,4");
	Compliance c = run(NULL, "2016/17-Q3", "MGMT-AUDITS", COMPLIANCE_BY_NONE);
	expect_counts(&c, "MGMT-AUDITS", NULL, 0, 1);
	ck_assert_int_eq(row(&c, "MGMT-AUDITS", NULL)->evidence, EVIDENCE_CENSUS);
	compliance_free(&c);
	c = run("2016-12", NULL, "MGMT-AUDITS", COMPLIANCE_BY_NONE);
	expect_counts(&c, "MGMT-AUDITS", NULL, 0, 0);
	ck_assert_int_eq(row(&c, "MGMT-AUDITS", NULL)->status, STATUS_NO_DATA);
	compliance_free(&c);
	/* Done early by the manager: counted on time at once. */
	fixture_exec(db, "INSERT INTO audit(id, case_id, team_id, auditor_id, date, submitted_at, submitted_by)"
	                 " VALUES (10, 2, 1, 101, '2016-11-30', 'x', 'tester')");
	c = run("2016-12", NULL, "MGMT-AUDITS", COMPLIANCE_BY_NONE);
	expect_counts(&c, "MGMT-AUDITS", NULL, 1, 1);
	compliance_free(&c);
}
END_TEST

START_TEST(test_mgmt_a_managers_own_audit)
{
	/* C4 and C5 scheduled for M1 in September; the IRO's themed audit of
	 * C5 (5 September) does not fulfil it, M2's audit of C4 does. */
	draw(1, 101, "2016-09-01", "2016-09-30", "4,5");
	Compliance c = run("2016-09", NULL, "MGMT-AUDITS", COMPLIANCE_BY_NONE);
	expect_counts(&c, "MGMT-AUDITS", NULL, 1, 2);
	compliance_free(&c);
	/* An IRO at the audit's date who is a manager now still does not. */
	clock_now = "2016-10-01T12:00:00.000Z";
	fixture_exec(db, "UPDATE worker SET role = 'team-manager' WHERE id = 6");
	c = run("2016-09", NULL, "MGMT-AUDITS", COMPLIANCE_BY_NONE);
	expect_counts(&c, "MGMT-AUDITS", NULL, 1, 2);
	compliance_free(&c);
}
END_TEST

START_TEST(test_mgmt_withdrawn)
{
	/* C1 closes before the due date: withdrawn. C2 closes after it: still
	 * a failure. C3 withdrawn by a manager with a reason. */
	draw(1, 101, "2016-10-03", "2016-10-31", "1,2,3");
	fixture_exec(db, "UPDATE case_file SET closed = '2016-10-20' WHERE id = 1;"
	                 "UPDATE case_file SET closed = '2016-11-05' WHERE id = 2");
	Compliance c = run("2016-10", NULL, "MGMT-AUDITS", COMPLIANCE_BY_NONE);
	expect_counts(&c, "MGMT-AUDITS", NULL, 0, 2);
	compliance_free(&c);
	char *cause = NULL;
	ck_assert_int_eq(repo_sample_withdraw(db, 1, "C3", "M1", "2016-10-10", "", &cause), -1);
	ck_assert_ptr_nonnull(strstr(cause, "needs " FIELD("reason")));
	free(cause);
	cause = NULL;
	ck_assert_int_eq(repo_sample_withdraw(db, 1, "C3", "W1", "2016-10-10", "moved away", &cause), -1);
	ck_assert_str_eq(cause, "W1 is not a manager (role social-worker); a scheduled management audit is withdrawn "
	                        "by a team-manager, head-of-service or senior-manager");
	free(cause);
	cause = NULL;
	ck_assert_int_eq(repo_sample_withdraw(db, 1, "C3", "M1", "2016-11-01", "moved away", &cause), -1);
	ck_assert_ptr_nonnull(strstr(cause, "fell due on 2016-10-31 and was not done"));
	free(cause);
	cause = NULL;
	ck_assert_int_eq(repo_sample_withdraw(db, 1, "C1", "M1", "2016-10-10", "closed", &cause), -1);
	ck_assert_ptr_nonnull(strstr(cause, "already withdrawn on 2016-10-20"));
	free(cause);
	cause = NULL;
	ck_assert_int_eq(repo_sample_withdraw(db, 1, "C4", "M1", "2016-10-10", "not drawn", &cause), -1);
	ck_assert_ptr_nonnull(strstr(cause, "sample 1 has no scheduled audit of case C4"));
	free(cause);
	cause = NULL;
	ck_assert_int_eq(repo_sample_withdraw(db, 1, "C3", "M1", "2016-10-10", "child moved to another council",
	                                      &cause), 0);
	ck_assert_int_eq(fixture_int(db, "SELECT count(*) FROM history WHERE tbl = 'scheduled_withdrawal'"), 1);
	c = run("2016-10", NULL, "MGMT-AUDITS", COMPLIANCE_BY_NONE);
	expect_counts(&c, "MGMT-AUDITS", NULL, 0, 1);
	compliance_free(&c);
	/* A done audit cannot be withdrawn. */
	draw(2, 101, "2016-09-01", "2016-09-30", "4");
	ck_assert_int_eq(repo_sample_withdraw(db, 2, "C4", "M1", "2016-09-20", "why not", &cause), -1);
	ck_assert_ptr_nonnull(strstr(cause, "is already done (audit 4, 2016-09-04, on-time)"));
	free(cause);
	/* sample list says so. */
	TableSink ts = {{NULL, NULL, NULL}, NULL};
	Table *t = table_collected(&ts, repo_sample_list(db, NULL, table_sink(&ts), NULL));
	int audited = table_column(t, "audited"), reason = table_column(t, "reason");
	ck_assert_str_eq(table_cell(t, 0, audited)->s, "withdrawn");
	ck_assert_str_eq(table_cell(t, 0, reason)->s, "the case closed before the due date");
	ck_assert_str_eq(table_cell(t, 1, audited)->s, "not-done");
	ck_assert_str_eq(table_cell(t, 2, reason)->s, "child moved to another council");
	ck_assert_str_eq(table_cell(t, 3, audited)->s, "on-time");
	table_free(t);
}
END_TEST

START_TEST(test_mgmt_team_of_the_auditor)
{
	/* M2 (Beta's manager) audits Alpha's files: they count for Beta, her
	 * team on the due date, even after she moves to Gamma. */
	draw(1, 102, "2016-09-01", "2016-09-30", "1,4");
	clock_now = "2016-10-05T12:00:00.000Z";
	fixture_exec(db, "UPDATE worker SET team_id = 3 WHERE id = 102");
	Compliance c = run("2016-09", NULL, "MGMT-AUDITS", COMPLIANCE_BY_TEAM);
	expect_counts(&c, "MGMT-AUDITS", "Alpha", 0, 0);
	expect_counts(&c, "MGMT-AUDITS", "Beta", 2, 2); /* C1 by M1 on the draw date, C4 by M2 */
	compliance_free(&c);
}
END_TEST

/* ---- census, --type, --by service ---- */

START_TEST(test_census_and_type)
{
	Compliance c = run(NULL, "2016-Q3", NULL, COMPLIANCE_BY_NONE);
	const ComplianceRow *r = row(&c, "SUP-REGULAR", NULL);
	ck_assert_int_eq(r->census, 1);
	ck_assert_int_eq(r->evidence, EVIDENCE_CENSUS);
	ck_assert(r->ci_low == 0 && r->ci_high == 0);
	ck_assert_int_eq(row(&c, "SUP-TRAINED", NULL)->evidence, EVIDENCE_CENSUS);
	ck_assert_int_eq(row(&c, "CHRON", NULL)->census, 0);
	ck_assert_int_eq(row(&c, "CHRON", NULL)->evidence, EVIDENCE_INCONCLUSIVE);
	ck_assert_int_eq(row(&c, "MGMT-AUDITS", NULL)->evidence, EVIDENCE_NONE); /* nothing scheduled */
	expect_counts(&c, "CHRON", NULL, 3, 5);
	Table *t = compliance_table(&c, 0, 0);
	ck_assert_int_eq(table_cell(t, 1, 6)->type, VALUE_NULL); /* SUP-REGULAR's ci_low */
	ck_assert_str_eq(table_cell(t, 1, 8)->s, "census");
	table_free(t);
	compliance_free(&c);
	ComplianceQuery q = query(NULL, NULL, NULL, "2016-Q3", "CHRON", COMPLIANCE_BY_NONE);
	q.type = "dip-sample";
	c = measure(&q);
	expect_counts(&c, "CHRON", NULL, 3, 4);
	compliance_free(&c);
	q.type = "themed";
	c = measure(&q);
	expect_counts(&c, "CHRON", NULL, 0, 1);
	compliance_free(&c);
	q.type = "multi-agency";
	c = measure(&q);
	expect_counts(&c, "CHRON", NULL, 0, 0);
	compliance_free(&c);
	/* By service, by name; a team without one under "(no service)". */
	c = run(NULL, "2016-Q3", "CHRON", COMPLIANCE_BY_SERVICE);
	ck_assert_int_eq(c.n, 3);
	ck_assert_str_eq(c.rows[0].group, "(no service)");
	ck_assert_str_eq(c.rows[1].group, "Children in Care");
	expect_counts(&c, "CHRON", "Children in Care", 1, 2);
	expect_counts(&c, "CHRON", "Children in Need", 2, 3);
	compliance_free(&c);
	fixture_exec(db, "UPDATE team SET service = 'Children in Need' WHERE id = 2");
	c = run(NULL, "2016-Q3", NULL, COMPLIANCE_BY_SERVICE);
	expect_counts(&c, "CHRON", "Children in Need", 3, 5);
	expect_counts(&c, "SUP-AGREEMENT", "Children in Need", 1, 2);
	compliance_free(&c);
}
END_TEST

/* ---- no period: one span ---- */

START_TEST(test_default_span)
{
	/* Records from July (supervision) to October (supervision): today
	 * 2016-11-30, the span is July to October. */
	Compliance c = run(NULL, NULL, "SUP-REGULAR", COMPLIANCE_BY_NONE);
	ck_assert_int_eq(c.span_default, 1);
	ck_assert_str_eq(c.period.from, "2016-07-01");
	ck_assert_str_eq(c.period.to, "2016-10-31");
	expect_counts(&c, "SUP-REGULAR", NULL, 1, 2); /* W1 every month; W2 missed August */
	compliance_free(&c);
	/* Years later, nothing recorded since: all time runs to the last
	 * complete month (CONTRACT.md's PERIOD), so the years without a
	 * supervision count: neither worker was supervised every month. */
	ComplianceQuery q = query(NULL, NULL, NULL, NULL, "SUP-REGULAR", COMPLIANCE_BY_NONE);
	q.today = "2026-12-01";
	c = measure(&q);
	ck_assert_str_eq(c.period.from, "2016-07-01");
	ck_assert_str_eq(c.period.to, "2026-11-30");
	ck_assert_str_eq(c.judged_on, "2026-12-01");
	expect_counts(&c, "SUP-REGULAR", NULL, 0, 2);
	compliance_free(&c);
	/* A record in the month in progress does not stretch it. */
	fixture_exec(db, "INSERT INTO supervision(worker_id, supervisor_id, date) VALUES (2, 102, '2016-11-29')");
	c = run(NULL, NULL, "SUP-REGULAR", COMPLIANCE_BY_NONE);
	ck_assert_str_eq(c.period.to, "2016-10-31");
	compliance_free(&c);
}
END_TEST

/* ---- --detail ---- */

static Table *detail(const char *month, const char *quarter, const char *target, int failing)
{
	ComplianceQuery q = query(NULL, NULL, month, quarter, target, COMPLIANCE_BY_NONE);
	Period p;
	int span;
	char *cause = NULL;
	Table *t = compliance_detail(db, &q, failing, &p, &span, &cause);
	ck_assert_msg(t != NULL, "detail: %s", cause ? cause : "");
	return t;
}

START_TEST(test_detail)
{
	Table *t = detail(NULL, "2016-Q3", "CHRON", 0);
	ck_assert_int_eq(t->nrow, 5);
	const char *columns[] = {"audit", "case", "team", "auditor", "date", "result", "note"};
	for (int i = 0; i < 7; i++)
		ck_assert_str_eq(t->names[i], columns[i]);
	table_free(t);
	t = detail(NULL, "2016-Q3", "CHRON", 1);
	ck_assert_int_eq(t->nrow, 2);
	ck_assert_str_eq(table_cell(t, 0, 1)->s, "C3");
	ck_assert_str_eq(table_cell(t, 0, 6)->s, "no chronology since May");
	ck_assert_str_eq(table_cell(t, 1, 3)->s, "I1");
	table_free(t);
	/* SUP-REGULAR: W2 missed August. */
	t = detail(NULL, "2016-Q3", "SUP-REGULAR", 0);
	ck_assert_int_eq(t->nrow, 2);
	ck_assert_str_eq(t->names[4], "months_without");
	ck_assert_str_eq(table_cell(t, 0, 0)->s, "W1");
	ck_assert_str_eq(table_cell(t, 0, 3)->s, "met");
	ck_assert_int_eq(table_cell(t, 0, 4)->type, VALUE_NULL);
	ck_assert_str_eq(table_cell(t, 1, 0)->s, "W2");
	ck_assert_str_eq(table_cell(t, 1, 1)->s, "Beta");
	ck_assert_str_eq(table_cell(t, 1, 2)->s, "social-worker");
	ck_assert_str_eq(table_cell(t, 1, 4)->s, "2016-08");
	table_free(t);
	t = detail(NULL, "2016-Q3", "SUP-TRAINED", 1);
	ck_assert_int_eq(t->nrow, 1);
	ck_assert_str_eq(table_cell(t, 0, 0)->s, "M2");
	table_free(t);
	/* MGMT-AUDITS: each scheduled audit with what became of it. */
	draw(1, 101, "2016-11-01", "2016-11-30", "1");
	draw(2, 101, "2016-11-01", "2016-12-31", "2");
	t = detail(NULL, "2016/17-Q3", "MGMT-AUDITS", 0);
	ck_assert_int_eq(t->nrow, 2);
	ck_assert_str_eq(t->names[4], "status");
	ck_assert_str_eq(table_cell(t, 0, 4)->s, "not-done");
	ck_assert_str_eq(table_cell(t, 1, 4)->s, "pending");
	table_free(t);
	t = detail(NULL, "2016/17-Q3", "MGMT-AUDITS", 1);
	ck_assert_int_eq(t->nrow, 1);
	table_free(t);
	/* Refused without a target. */
	ComplianceQuery q = query(NULL, NULL, NULL, "2016-Q3", NULL, COMPLIANCE_BY_NONE);
	Period p;
	int span;
	char *cause = NULL;
	ck_assert_ptr_null(compliance_detail(db, &q, 0, &p, &span, &cause));
	ck_assert_ptr_nonnull(strstr(cause, "give " FIELD("target") " CODE too"));
	free(cause);
}
END_TEST

int main(void)
{
	setenv("CASEAUDIT_TODAY", "2016-11-30", 1);
	/* The council's zone, as the database's time zone will set it (the
	 * history's dates are its calendar's). */
	setenv("TZ", "Europe/London", 1);
	tzset();
	Suite *s = suite_create("measures");
	TCase *tc = tcase_create("committee");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_threshold_on_the_periods_last_day);
	tcase_add_test(tc, test_threshold_trajectory);
	tcase_add_test(tc, test_worker_moved_the_day_after);
	tcase_add_test(tc, test_worker_moved_on_the_last_day);
	tcase_add_test(tc, test_worker_moved_at_a_bst_midnight);
	tcase_add_test(tc, test_role_as_it_was);
	tcase_add_test(tc, test_mgmt_due_today_and_pending);
	tcase_add_test(tc, test_mgmt_a_managers_own_audit);
	tcase_add_test(tc, test_mgmt_withdrawn);
	tcase_add_test(tc, test_mgmt_team_of_the_auditor);
	tcase_add_test(tc, test_census_and_type);
	tcase_add_test(tc, test_default_span);
	tcase_add_test(tc, test_detail);
	suite_add_tcase(s, tc);
	return fixture_run(s);
}
