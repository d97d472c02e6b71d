/* The measures of the compliance table, on a small council written in SQL
 * whose every count is worked out by hand in the comments below. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "compliance.h"
#include "fixture.h"
#include "repo.h"
#include "util.h"

/* Two teams, three cases, workers joining and leaving during 2016-Q3,
 * audits in and around the quarter, and four dip samples. */
static const char *const council =
	"INSERT INTO team(id, name) VALUES (1, 'Alpha'), (2, 'Beta');"
	/* Managers: M1 trained on the quarter's last day, M2 never, M3 left
	 * the day before it ended. */
	"INSERT INTO worker(id, name, team_id, role, started, left_on, agreement, trained) VALUES"
	" (101, 'M1', 1, 'team-manager', NULL, NULL, NULL, '2016-09-30'),"
	" (102, 'M2', 2, 'head-of-service', NULL, NULL, NULL, NULL),"
	" (103, 'M3', 2, 'team-manager', NULL, '2016-09-29', NULL, '2015-01-01'),"
	/* W1 always in post, supervised every month, agreement long ago.
	 * W2 an AQW from 15 August, supervised August and September, agreement
	 * only in October. W3 left at the end of July, supervised in July.
	 * W4 in Beta, missed August, agreement on the quarter's last day.
	 * W5 starts in October. W6 is an IRO (never counted). W7 left on
	 * 1 September without a September supervision. */
	" (1, 'W1', 1, 'social-worker', NULL, NULL, '2016-01-01', NULL),"
	" (2, 'W2', 1, 'aqw', '2016-08-15', NULL, '2016-10-01', NULL),"
	" (3, 'W3', 1, 'social-worker', '2015-03-01', '2016-07-31', NULL, NULL),"
	" (4, 'W4', 2, 'social-worker', NULL, NULL, '2016-09-30', NULL),"
	" (5, 'W5', 2, 'social-worker', '2016-10-01', NULL, NULL, NULL),"
	" (6, 'W6', 1, 'iro', NULL, NULL, NULL, NULL),"
	" (7, 'W7', 1, 'social-worker', NULL, '2016-09-01', '2016-02-01', NULL);"
	"INSERT INTO supervision(worker_id, supervisor_id, date) VALUES"
	" (1, 101, '2016-07-01'), (1, 101, '2016-08-31'), (1, 101, '2016-09-15'),"
	" (2, 101, '2016-08-20'), (2, 101, '2016-09-10'),"
	" (3, 101, '2016-07-20'),"
	" (4, 102, '2016-07-05'), (4, 102, '2016-09-05'),"
	" (5, 102, '2016-10-15'),"
	" (6, 101, '2016-07-05'), (6, 101, '2016-08-05'), (6, 101, '2016-09-05'),"
	" (7, 101, '2016-07-12'), (7, 101, '2016-08-12');"
	"INSERT INTO case_file(id, ref, team_id) VALUES (1, 'C1', 1), (2, 'C2', 1), (3, 'C3', 2);"
	/* Audits: 1-3 and 5-6 submitted; 4 a draft. */
	"INSERT INTO audit(id, case_id, team_id, auditor_id, date) VALUES"
	" (1, 1, 1, 101, '2016-07-10'),"
	" (2, 2, 1, 101, '2016-08-20'),"
	" (3, 3, 2, 102, '2016-09-30'),"
	" (4, 3, 2, 102, '2016-09-05'),"
	" (5, 1, 1, 101, '2016-10-01'),"
	" (6, 1, 1, 101, '2016-06-30');"
	"INSERT INTO answer(audit_id, standard_code, result) VALUES"
	" (1, 'CHRON', 'met'), (1, 'PLAN', 'not-met'), (1, 'VOICE', 'na'),"
	" (2, 'CHRON', 'not-met'), (2, 'PLAN', 'met'), (2, 'VOICE', 'na'),"
	" (3, 'CHRON', 'met'),"
	" (4, 'CHRON', 'not-met'), (4, 'PLAN', 'not-met'),"
	" (5, 'CHRON', 'not-met'),"
	" (6, 'CHRON', 'met');"
	"UPDATE audit SET submitted_at = '2016-11-01T09:00:00Z', submitted_by = 'tester' WHERE id IN (1, 2, 3, 5, 6);"
	/* Samples: 1 (Alpha, July) C1 on time, C2 late; 2 (Beta, early
	 * September) C3 late, the draft does not count; 3 (Alpha, August) C1
	 * audited only before the draw and after the due date; 4 (Beta) drawn
	 * and due on 30 September, audited that day: on time. */
	"INSERT INTO sample(id, team_id, auditor_id, drawn_on, due, seed, requested) VALUES"
	" (1, 1, 101, '2016-07-01', '2016-07-31', 1, 2),"
	" (2, 2, 102, '2016-09-01', '2016-09-15', 2, 1),"
	" (3, 1, 101, '2016-08-01', '2016-08-31', 3, 1),"
	" (4, 2, 102, '2016-09-30', '2016-09-30', 4, 1),"
	" (5, 1, 101, '2016-12-01', '2016-12-31', 5, 1);"
	"INSERT INTO scheduled_audit(sample_id, case_id, position) VALUES"
	" (1, 1, 1), (1, 2, 2), (2, 3, 1), (3, 1, 1), (4, 3, 1), (5, 2, 1);";

static Db *db;

static void setup(void)
{
	db = fixture_db();
	fixture_exec(db, council);
}

static void teardown(void)
{
	db_close(db);
}

static Compliance run(const char *from, const char *to, const char *month, const char *quarter, const char *team,
	const char *target, ComplianceBy by)
{
	ComplianceQuery q = {0};
	char *cause = NULL;
	ck_assert_int_eq(period_parse(from, to, month, quarter, NULL, &q.period, &cause), 0);
	q.team = team;
	q.target = target;
	q.by = by;
	q.today = "2016-11-30";
	Compliance c;
	int rc = compliance_compute(db, &q, &c, &cause);
	ck_assert_msg(rc == 0, "compliance_compute: %s", cause ? cause : "");
	return c;
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

/* The counts of one row; the message names the row, as the line given is
 * this function's. */
static void expect_counts(const Compliance *c, const char *target, const char *group, long long numerator,
	long long denominator)
{
	const ComplianceRow *r = row(c, target, group);
	ck_assert_msg(r->numerator == numerator && r->denominator == denominator, "%s %s: %lld/%lld, expected %lld/%lld",
	              target, group ? group : "", r->numerator, r->denominator, numerator, denominator);
}

START_TEST(test_standards_quarter)
{
	Compliance c = run(NULL, NULL, NULL, "2016-Q3", NULL, NULL, COMPLIANCE_BY_NONE);
	ck_assert_int_eq(c.n, 19); /* every target, once */
	ck_assert_str_eq(c.rows[0].target, "MGMT-AUDITS"); /* target list order */
	ck_assert_str_eq(c.rows[18].target, "DECISIONS");
	/* CHRON: audits 1 and 3 met, 2 not; the draft (4) and audits dated
	 * 30 June and 1 October are outside. */
	expect_counts(&c, "CHRON", NULL, 2, 3);
	expect_counts(&c, "PLAN", NULL, 1, 2);
	/* Only n/a answers: nothing measured. */
	const ComplianceRow *voice = row(&c, "VOICE", NULL);
	ck_assert_int_eq(voice->denominator, 0);
	ck_assert_int_eq(voice->status, STATUS_NO_DATA);
	ck_assert_int_eq(voice->evidence, EVIDENCE_NONE);
	const ComplianceRow *chron = row(&c, "CHRON", NULL);
	ck_assert_int_eq(chron->status, STATUS_RED); /* 66.7 against 85 */
	ck_assert_int_eq(chron->evidence, EVIDENCE_INCONCLUSIVE);
	ck_assert(chron->threshold == 85);
	ck_assert_ptr_null(chron->group);
	ck_assert_int_eq(c.span_default, 0);
	compliance_free(&c);
}
END_TEST

START_TEST(test_standards_all_time)
{
	Compliance c = run(NULL, NULL, NULL, NULL, NULL, NULL, COMPLIANCE_BY_NONE);
	expect_counts(&c, "CHRON", NULL, 3, 5); /* audits 1, 3, 6 met; 2, 5 not; 4 a draft */
	compliance_free(&c);
	/* --from/--to are inclusive at both ends. */
	c = run("2016-07-10", "2016-09-30", NULL, NULL, NULL, "CHRON", COMPLIANCE_BY_NONE);
	ck_assert_int_eq(c.n, 1);
	expect_counts(&c, "CHRON", NULL, 2, 3);
	compliance_free(&c);
	c = run("2016-07-11", "2016-09-29", NULL, NULL, NULL, "chron", COMPLIANCE_BY_NONE);
	expect_counts(&c, "CHRON", NULL, 0, 1);
	compliance_free(&c);
}
END_TEST

START_TEST(test_audit_stays_with_its_team)
{
	/* Case C1 moves to Beta after its audits: they stay Alpha's. */
	fixture_exec(db, "UPDATE case_file SET team_id = 2 WHERE id = 1");
	Compliance c = run(NULL, NULL, NULL, "2016-Q3", "Alpha", "CHRON", COMPLIANCE_BY_NONE);
	expect_counts(&c, "CHRON", NULL, 1, 2);
	compliance_free(&c);
	c = run(NULL, NULL, NULL, "2016-Q3", "beta", "CHRON", COMPLIANCE_BY_NONE);
	expect_counts(&c, "CHRON", NULL, 1, 1);
	compliance_free(&c);
	c = run(NULL, NULL, NULL, "2016-Q3", NULL, "CHRON", COMPLIANCE_BY_TEAM);
	ck_assert_int_eq(c.n, 2);
	ck_assert_str_eq(c.rows[0].group, "Alpha");
	ck_assert_str_eq(c.rows[1].group, "Beta");
	expect_counts(&c, "CHRON", "Alpha", 1, 2);
	expect_counts(&c, "CHRON", "Beta", 1, 1);
	compliance_free(&c);
}
END_TEST

START_TEST(test_by_month)
{
	Compliance c = run(NULL, NULL, NULL, "2016-Q3", NULL, NULL, COMPLIANCE_BY_MONTH);
	ck_assert_int_eq(c.n, 19 * 3);
	/* Rows: each target's months in order, targets in list order. */
	ck_assert_str_eq(c.rows[0].target, "MGMT-AUDITS");
	ck_assert_str_eq(c.rows[0].group, "2016-07");
	ck_assert_str_eq(c.rows[2].group, "2016-09");
	ck_assert_str_eq(c.rows[3].target, "SUP-REGULAR");
	expect_counts(&c, "CHRON", "2016-07", 1, 1);
	expect_counts(&c, "CHRON", "2016-08", 0, 1);
	expect_counts(&c, "CHRON", "2016-09", 1, 1);
	/* Each month its own period for the worker targets:
	 * July W1 W3 W4 W7 all supervised; August W1 W2 W4 W7, W4 missed;
	 * September W1 W2 W4 W7, W7 missed. */
	expect_counts(&c, "SUP-REGULAR", "2016-07", 4, 4);
	expect_counts(&c, "SUP-REGULAR", "2016-08", 3, 4);
	expect_counts(&c, "SUP-REGULAR", "2016-09", 3, 4);
	/* In post on each month's last day, agreement by then: 31 July W1 W3
	 * W4 W7 (W1 W7 signed); 31 August W1 W2 W4 W7 (W1 W7); 30 September
	 * W1 W2 W4 (W1 W4). */
	expect_counts(&c, "SUP-AGREEMENT", "2016-07", 2, 4);
	expect_counts(&c, "SUP-AGREEMENT", "2016-08", 2, 4);
	expect_counts(&c, "SUP-AGREEMENT", "2016-09", 2, 3);
	/* Managers: M1 trained 30 September; M3 in post until 29 September. */
	expect_counts(&c, "SUP-TRAINED", "2016-08", 1, 3);
	expect_counts(&c, "SUP-TRAINED", "2016-09", 1, 2);
	expect_counts(&c, "MGMT-AUDITS", "2016-07", 1, 2);
	expect_counts(&c, "MGMT-AUDITS", "2016-08", 0, 1);
	expect_counts(&c, "MGMT-AUDITS", "2016-09", 1, 2);
	compliance_free(&c);

	/* No period: the one span, from the first month with a record (audits
	 * from June) to the last complete month (October; a sample due in
	 * December lies beyond), gaps included. */
	c = run(NULL, NULL, NULL, NULL, NULL, "CHRON", COMPLIANCE_BY_MONTH);
	ck_assert_int_eq(c.n, 5);
	ck_assert_str_eq(c.rows[0].group, "2016-06");
	ck_assert_str_eq(c.rows[4].group, "2016-10");
	expect_counts(&c, "CHRON", "2016-06", 1, 1);
	expect_counts(&c, "CHRON", "2016-10", 0, 1);
	compliance_free(&c);
	c = run(NULL, NULL, NULL, NULL, NULL, "SUP-REGULAR", COMPLIANCE_BY_MONTH);
	expect_counts(&c, "SUP-REGULAR", "2016-10", 1, 4); /* W1 W2 W4 W5 in post; W5 supervised */
	compliance_free(&c);

	/* A period that starts and ends inside months: partial months count. */
	c = run("2016-07-15", "2016-08-15", NULL, NULL, NULL, "CHRON", COMPLIANCE_BY_MONTH);
	ck_assert_int_eq(c.n, 2);
	expect_counts(&c, "CHRON", "2016-07", 0, 0); /* audit 1 was on 10 July */
	expect_counts(&c, "CHRON", "2016-08", 0, 0); /* audit 2 on 20 August */
	compliance_free(&c);
}
END_TEST

START_TEST(test_mgmt_audits)
{
	/* Due in Q3: sample 1 (C1 on time, C2 late), 2 (late: the draft does
	 * not count), 3 (audits only before the draw and after the due date),
	 * 4 (audited on the day drawn and due). */
	Compliance c = run(NULL, NULL, NULL, "2016-Q3", NULL, "MGMT-AUDITS", COMPLIANCE_BY_NONE);
	expect_counts(&c, "MGMT-AUDITS", NULL, 2, 5);
	compliance_free(&c);
	/* By the sample's team. */
	c = run(NULL, NULL, NULL, "2016-Q3", NULL, "MGMT-AUDITS", COMPLIANCE_BY_TEAM);
	expect_counts(&c, "MGMT-AUDITS", "Alpha", 1, 3);
	expect_counts(&c, "MGMT-AUDITS", "Beta", 1, 2);
	compliance_free(&c);
	/* Sample 5, due in December, is pending: counted nowhere, even over a
	 * period that holds its due date. */
	c = run("2016-01-01", "2016-12-31", NULL, NULL, NULL, "MGMT-AUDITS", COMPLIANCE_BY_NONE);
	expect_counts(&c, "MGMT-AUDITS", NULL, 2, 5);
	compliance_free(&c);
	/* The audit's date decides, not when it was submitted: once the draft
	 * of 5 September is submitted, sample 2 was done on time. An audit on
	 * the due date is on time. */
	fixture_exec(db, "UPDATE audit SET submitted_at = 'x', submitted_by = 'tester' WHERE id = 4");
	fixture_exec(db, "INSERT INTO audit(id, case_id, team_id, auditor_id, date, submitted_at, submitted_by)"
	                 " VALUES (7, 2, 1, 101, '2016-07-31', 'x', 'tester')");
	c = run(NULL, NULL, "2016-09", NULL, NULL, "MGMT-AUDITS", COMPLIANCE_BY_NONE);
	expect_counts(&c, "MGMT-AUDITS", NULL, 2, 2);
	compliance_free(&c);
	c = run(NULL, NULL, "2016-07", NULL, NULL, "MGMT-AUDITS", COMPLIANCE_BY_NONE);
	expect_counts(&c, "MGMT-AUDITS", NULL, 2, 2);
	compliance_free(&c);
}
END_TEST

START_TEST(test_workers_quarter)
{
	Compliance c = run(NULL, NULL, NULL, "2016-Q3", NULL, NULL, COMPLIANCE_BY_NONE);
	/* W1, W2 (from August), W3 (to July) met; W4 missed August, W7 was in
	 * post on 1 September without a September supervision. W5 not yet in
	 * post, W6 an IRO. */
	expect_counts(&c, "SUP-REGULAR", NULL, 3, 5);
	/* In post on 30 September: W1 (signed), W2 (signed in October), W4
	 * (signed that day). */
	expect_counts(&c, "SUP-AGREEMENT", NULL, 2, 3);
	/* Managers in post on 30 September: M1 (trained that day), M2 (never). */
	expect_counts(&c, "SUP-TRAINED", NULL, 1, 2);
	compliance_free(&c);

	c = run(NULL, NULL, NULL, "2016-Q3", NULL, NULL, COMPLIANCE_BY_TEAM);
	expect_counts(&c, "SUP-REGULAR", "Alpha", 3, 4);
	expect_counts(&c, "SUP-REGULAR", "Beta", 0, 1);
	expect_counts(&c, "SUP-AGREEMENT", "Alpha", 1, 2);
	expect_counts(&c, "SUP-AGREEMENT", "Beta", 1, 1);
	expect_counts(&c, "SUP-TRAINED", "Alpha", 1, 1);
	expect_counts(&c, "SUP-TRAINED", "Beta", 0, 1);
	compliance_free(&c);

	c = run(NULL, NULL, NULL, "2016-Q3", "Beta", NULL, COMPLIANCE_BY_NONE);
	expect_counts(&c, "SUP-REGULAR", NULL, 0, 1);
	expect_counts(&c, "SUP-AGREEMENT", NULL, 1, 1);
	expect_counts(&c, "SUP-TRAINED", NULL, 0, 1);
	expect_counts(&c, "MGMT-AUDITS", NULL, 1, 2);
	compliance_free(&c);

	/* A single month in which a worker left: W3 left on 31 July, in post
	 * all July. */
	c = run(NULL, NULL, "2016-07", NULL, "Alpha", "SUP-REGULAR", COMPLIANCE_BY_NONE);
	expect_counts(&c, "SUP-REGULAR", NULL, 3, 3); /* W1, W3, W7 */
	compliance_free(&c);
}
END_TEST

START_TEST(test_workers_long_period)
{
	/* From July 2016 to the end of the calendar: only W3 (in post to 31
	 * July, supervised that month) was supervised in every month in post;
	 * W1, W2 and W7 have unsupervised months. Counted per worker, not
	 * month by month, so the length of the period costs nothing. */
	Compliance c = run("2016-07-01", "9999-12-31", NULL, NULL, "Alpha", "SUP-REGULAR", COMPLIANCE_BY_NONE);
	expect_counts(&c, "SUP-REGULAR", NULL, 1, 4);
	compliance_free(&c);
	/* Since year 1: a worker with no start date has been in post all along. */
	c = run("0001-01-01", "9999-12-31", NULL, NULL, NULL, "SUP-REGULAR", COMPLIANCE_BY_NONE);
	expect_counts(&c, "SUP-REGULAR", NULL, 0, 6);
	compliance_free(&c);
	/* A worker in post for one month of a long period, supervised in it. */
	c = run("2015-01-01", "2016-07-31", NULL, NULL, "Alpha", "SUP-REGULAR", COMPLIANCE_BY_TEAM);
	expect_counts(&c, "SUP-REGULAR", "Alpha", 0, 3); /* W3 in post since March 2015, W1 and W7 always */
	compliance_free(&c);
	fixture_exec(db, "INSERT INTO worker(id, name, team_id, role, started, left_on) VALUES"
	                 " (8, 'W8', 1, 'aqw', '2016-07-31', '2016-08-01');"
	                 "INSERT INTO supervision(worker_id, supervisor_id, date) VALUES"
	                 " (8, 101, '2016-07-31'), (8, 101, '2016-08-01')");
	c = run("2000-01-01", "2016-12-31", NULL, NULL, NULL, "SUP-REGULAR", COMPLIANCE_BY_NONE);
	expect_counts(&c, "SUP-REGULAR", NULL, 1, 7); /* W8: July and August, both supervised */
	compliance_free(&c);
}
END_TEST

START_TEST(test_workers_no_period)
{
	/* Today is 2016-11-30: one span for every target, from June (audit 6,
	 * the first record) to October, the last complete month. Practitioners
	 * in post: W1 W2 W3 W4 W5 W7; only W5 (from October, supervised in
	 * it) was supervised in every month in post (W1 missed June). */
	Compliance c = run(NULL, NULL, NULL, NULL, NULL, NULL, COMPLIANCE_BY_NONE);
	ck_assert_int_eq(c.span_default, 1);
	ck_assert_str_eq(c.period.from, "2016-06-01");
	ck_assert_str_eq(c.period.to, "2016-10-31");
	ck_assert_str_eq(c.judged_on, "2016-11-30"); /* thresholds: today's */
	expect_counts(&c, "SUP-REGULAR", NULL, 1, 6);
	/* On 31 October: W1 W2 W4 signed, W5 not. */
	expect_counts(&c, "SUP-AGREEMENT", NULL, 3, 4);
	expect_counts(&c, "SUP-TRAINED", NULL, 1, 2);
	/* The same span for the audits: CHRON of audits 6 (June), 1, 2, 3, 5
	 * (October); sample 5 (due December) lies outside. */
	expect_counts(&c, "CHRON", NULL, 3, 5);
	expect_counts(&c, "MGMT-AUDITS", NULL, 2, 5);
	compliance_free(&c);
	/* Nothing before this month: the span is the last complete month. */
	db_close(db);
	db = fixture_db();
	fixture_exec(db, "INSERT INTO team(id, name) VALUES (1, 'Alpha');"
	                 "INSERT INTO worker(id, name, team_id, role) VALUES (101, 'M1', 1, 'team-manager');"
	                 "INSERT INTO case_file(id, ref, team_id) VALUES (1, 'C1', 1);"
	                 "INSERT INTO audit(id, case_id, team_id, auditor_id, date, submitted_at, submitted_by)"
	                 " VALUES (1, 1, 1, 101, '2016-11-02', 'x', 'tester')");
	c = run(NULL, NULL, NULL, NULL, NULL, "CHRON", COMPLIANCE_BY_NONE);
	ck_assert_str_eq(c.period.from, "2016-10-01");
	ck_assert_str_eq(c.period.to, "2016-10-31");
	compliance_free(&c);
}
END_TEST

START_TEST(test_refusals)
{
	ComplianceQuery q = {0};
	period_all_time(&q.period);
	q.today = "2016-11-30";
	Compliance c;
	char *cause = NULL;
	q.team = "Gamma";
	ck_assert_int_eq(compliance_compute(db, &q, &c, &cause), -1);
	ck_assert_str_eq(cause, "unknown team 'Gamma'; 'team list' shows the teams");
	compliance_free(&c);
	free(cause);
	cause = NULL;
	q.team = NULL;
	q.by = COMPLIANCE_BY_MONTH;
	ck_assert_int_eq(period_parse("1016-01-01", "2016-12-31", NULL, NULL, NULL, &q.period, NULL), 0);
	ck_assert_int_eq(compliance_compute(db, &q, &c, &cause), -1);
	ck_assert_str_eq(cause, FIELD("by") " month from 1016-01 to 2016-12 is 12012 months, more than 1200; give a shorter "
	                        "period (a date with a mistyped year? 'audit list' and 'supervision list' show the dates)");
	compliance_free(&c);
	free(cause);
	cause = NULL;
	/* A mistyped year recorded in the data, with no period given. */
	fixture_exec(db, "INSERT INTO audit(id, case_id, team_id, auditor_id, date, submitted_at, submitted_by)"
	                 " VALUES (9, 1, 1, 101, '0216-07-10', 'x', 'tester')");
	period_all_time(&q.period);
	ck_assert_int_eq(compliance_compute(db, &q, &c, &cause), -1);
	ck_assert_ptr_nonnull(strstr(cause, "from 0216-07 to 2016-10 is"));
	compliance_free(&c);
	free(cause);
	cause = NULL;
	q.by = COMPLIANCE_BY_NONE;
	q.target = "CHRONO";
	ck_assert_int_eq(compliance_compute(db, &q, &c, &cause), -1);
	ck_assert_str_eq(cause, "unknown target 'CHRONO'; 'target list' shows the targets");
	compliance_free(&c);
	free(cause);
}
END_TEST

START_TEST(test_table)
{
	Compliance c = run(NULL, NULL, NULL, "2016-Q3", NULL, NULL, COMPLIANCE_BY_NONE);
	Table *t = compliance_table(&c, 1, 0); /* no trend without --by month */
	const char *columns[] = {"target", "numerator", "denominator", "percent", "threshold", "status", "ci_low",
	                         "ci_high", "evidence"};
	ck_assert_int_eq(t->ncol, 9);
	for (int i = 0; i < 9; i++)
		ck_assert_str_eq(t->names[i], columns[i]);
	int r = 5; /* CHRON: 2 of 3 */
	ck_assert_str_eq(table_cell(t, r, 0)->s, "CHRON");
	ck_assert(table_cell(t, r, 3)->r == 66.7);
	ck_assert_str_eq(table_cell(t, r, 5)->s, "red");
	ck_assert(table_cell(t, r, 6)->r == 20.8); /* Wilson 2/3: 20.77 .. 93.85 */
	ck_assert(table_cell(t, r, 7)->r == 93.9);
	ck_assert_str_eq(table_cell(t, r, 8)->s, "inconclusive");
	/* No data: percent and interval are null. */
	r = 17; /* VOICE */
	ck_assert_str_eq(table_cell(t, r, 0)->s, "VOICE");
	ck_assert_int_eq(table_cell(t, r, 3)->type, VALUE_NULL);
	ck_assert_int_eq(table_cell(t, r, 6)->type, VALUE_NULL);
	ck_assert_int_eq(table_cell(t, r, 7)->type, VALUE_NULL);
	ck_assert_str_eq(table_cell(t, r, 5)->s, "no-data");
	ck_assert_str_eq(table_cell(t, r, 8)->s, "none");
	table_free(t);
	compliance_free(&c);

	c = run(NULL, NULL, NULL, "2016-Q3", NULL, "SUP-REGULAR", COMPLIANCE_BY_MONTH);
	t = compliance_table(&c, 1, 0);
	ck_assert_int_eq(t->ncol, 11);
	ck_assert_str_eq(t->names[1], "month");
	ck_assert_str_eq(t->names[10], "trend");
	ck_assert_int_eq(table_cell(t, 0, 10)->type, VALUE_NULL); /* no month before July */
	ck_assert_str_eq(table_cell(t, 1, 10)->s, "\xE2\x86\x93 -25.0");  /* 100.0 to 75.0 */
	ck_assert_str_eq(table_cell(t, 2, 10)->s, "\xE2\x86\x92 0.0");    /* 75.0 to 75.0 */
	table_free(t);
	t = compliance_table(&c, 0, 1);
	ck_assert_int_eq(t->ncol, 12); /* and the period's first and last days */
	ck_assert_str_eq(t->names[10], "period_from");
	ck_assert_str_eq(table_cell(t, 0, 11)->s, "2016-09-30");
	table_free(t);
	compliance_free(&c);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("compliance");
	TCase *tc = tcase_create("measures");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_standards_quarter);
	tcase_add_test(tc, test_standards_all_time);
	tcase_add_test(tc, test_audit_stays_with_its_team);
	tcase_add_test(tc, test_by_month);
	tcase_add_test(tc, test_mgmt_audits);
	tcase_add_test(tc, test_workers_quarter);
	tcase_add_test(tc, test_workers_long_period);
	tcase_add_test(tc, test_workers_no_period);
	tcase_add_test(tc, test_refusals);
	tcase_add_test(tc, test_table);
	suite_add_tcase(s, tc);
	return fixture_run(s);
}
