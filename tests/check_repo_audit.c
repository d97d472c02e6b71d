/* The audit, action and history repositories: what they record, and every
 * refusal (a submitted audit changed, an unknown or inapplicable standard,
 * self-moderation, ...) leaving the database unchanged. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "fixture.h"
#include "repo.h"
#include "util.h"

static Db *db;
static char *cause;

/* Two teams; a manager, a head of service and a social worker in team 1; a
 * worker who has left; cases of each status with flags. Today is
 * 2016-11-30 (CASEAUDIT_TODAY, set in main). */
static void setup(void)
{
	db = fixture_db();
	cause = NULL;
	fixture_exec(db,
		"INSERT INTO team(id, name) VALUES (1, 'Assessment 1'), (2, 'Children in Care');"
		"INSERT INTO worker(id, name, team_id, role, started, left_on) VALUES"
		" (1, 'Mary Shah', 1, 'team-manager', '2010-01-01', NULL),"
		" (2, 'Helen Ward', 1, 'head-of-service', NULL, NULL),"
		" (3, 'Anna Smith', 1, 'social-worker', '2015-09-01', NULL),"
		" (4, 'Tom Reed', 2, 'social-worker', NULL, '2016-10-31'),"
		" (5, 'Rita Patel', 2, 'team-manager', NULL, NULL);"
		"INSERT INTO case_file(id, ref, team_id, worker_id, status, opened, closed) VALUES"
		" (1, 'C1', 1, 3, 'cin', '2016-01-04', NULL),"
		" (2, 'C2', 2, NULL, 'cic', '2015-06-01', NULL),"
		" (3, 'C3', 1, 3, 'cp', '2016-03-01', '2016-09-30'),"
		" (4, 'C4', 2, NULL, 'care-leaver', NULL, NULL);"
		"INSERT INTO case_flag(case_id, flag) VALUES (1, 'neglect'), (2, 'missing');"
		"INSERT INTO chronology(case_id, date, kind, text) VALUES"
		" (1, '2016-09-01', 'referral', 'Referral from school'),"
		" (1, '2016-10-01', 'conference', 'Initial conference');"
		"INSERT INTO supervision(worker_id, supervisor_id, date) VALUES (3, 1, '2016-11-01');");
}

static void teardown(void)
{
	free(cause);
	cause = NULL;
	db_close(db);
}

static long long count(const char *sql)
{
	return fixture_int(db, sql);
}

/* The text of a query's first cell, compared and freed. */
static void check_text(const char *sql, const char *expected)
{
	char *got = fixture_text(db, sql);
	if (expected == NULL)
		ck_assert_msg(got == NULL, "%s: expected NULL, got '%s'", sql, got);
	else
		ck_assert_msg(got && strcmp(got, expected) == 0, "%s: expected '%s', got '%s'", sql, expected,
		              got ? got : "NULL");
	free(got);
}

/* The last call failed with exactly this message. */
static void check_cause(const char *expected)
{
	ck_assert_msg(cause != NULL, "expected the failure '%s', got none", expected);
	ck_assert_msg(strcmp(cause, expected) == 0, "expected '%s', got '%s'", expected, cause);
	free(cause);
	cause = NULL;
}

/* The last call failed with a message starting with prefix. */
static void check_cause_starts(const char *prefix)
{
	ck_assert_msg(cause != NULL, "expected a failure starting '%s', got none", prefix);
	ck_assert_msg(strncmp(cause, prefix, strlen(prefix)) == 0, "expected '%s...', got '%s'", prefix, cause);
	free(cause);
	cause = NULL;
}

static long long add_audit(const char *ref, const char *date, const char *grade, int n, const AuditAnswer *answers,
                           int submit)
{
	AuditNew a = {ref, date, "Mary Shah", NULL, grade, n, answers, submit, 0, NULL};
	long long id = 0;
	ck_assert_msg(repo_audit_add(db, &a, &id, &cause) == 0, "audit add: %s", cause);
	return id;
}

/* ---- audit add ---- */

START_TEST(test_add_draft)
{
	AuditAnswer answers[] = {{"CHRON", "met", "clear and current"}, {"plan", "not-met", NULL}, {"NEGLECT", "na", ""}};
	long long id = add_audit("C1", "2016-11-02", NULL, 3, answers, 0);
	ck_assert_int_eq(id, 1);
	check_text("SELECT team_id || ' ' || auditor_id || ' ' || date || ' ' || type FROM audit WHERE id = 1",
	           "1 1 2016-11-02 dip-sample");
	check_text("SELECT grade FROM audit WHERE id = 1", NULL);
	check_text("SELECT submitted_at FROM audit WHERE id = 1", NULL);
	/* Codes are stored upper case; an empty note is no note. */
	check_text("SELECT group_concat(standard_code || '=' || result || ':' || coalesce(note, '-'), ' ')"
	           " FROM (SELECT * FROM answer ORDER BY standard_code)",
	           "CHRON=met:clear and current NEGLECT=na:- PLAN=not-met:-");
	ck_assert_int_eq(repo_audit_check_draft(db, id, &cause), 0);
}
END_TEST

START_TEST(test_add_submit_at_once)
{
	AuditAnswer answers[] = {{"CHRON", "met", NULL}};
	AuditNew a = {"C2", "2016-11-10", "Helen Ward", "themed", "good", 1, answers, 1, 0, NULL};
	long long id;
	ck_assert_int_eq(repo_audit_add(db, &a, &id, &cause), 0);
	check_text("SELECT type || ' ' || grade || ' ' || submitted_by || ' ' || team_id FROM audit",
	           "themed good tester 2");
	ck_assert_int_eq(count("SELECT count(*) FROM audit WHERE submitted_at LIKE '____-__-__T__:__:__.___Z'"), 1);
}
END_TEST

/* Who may audit: a manager, an iro or a qa-officer; never a social worker,
 * never the worker allocated to the case on the audit's date. */
START_TEST(test_who_may_audit)
{
	fixture_exec(db, "INSERT INTO worker(id, name, team_id, role) VALUES (6, 'Ira Reviewer', 2, 'iro')");
	AuditNew sw = {"C2", "2016-11-02", "Anna Smith", NULL, NULL, 0, NULL, 0, 0, NULL};
	long long id;
	ck_assert_int_eq(repo_audit_add(db, &sw, &id, &cause), -1);
	check_cause("Anna Smith is a social-worker and may not audit case C2; audits are done by a manager "
	            "(team-manager, head-of-service, senior-manager), an iro or a qa-officer, and by a partner in a "
	            "multi-agency audit");
	/* An IRO's audit is accepted. */
	AuditNew iro = {"C2", "2016-11-02", "Ira Reviewer", "themed", NULL, 0, NULL, 0, 0, NULL};
	ck_assert_int_eq(repo_audit_add(db, &iro, &id, &cause), 0);
	/* Mary Shah is allocated C4 from now on: on 2016-11-02 (before the
	 * change) she was not, so her audit of that day stands; today she is. */
	fixture_exec(db, "UPDATE case_file SET worker_id = 1 WHERE id = 4");
	AuditNew before = {"C4", "2016-11-02", "Mary Shah", NULL, NULL, 0, NULL, 0, 0, NULL};
	ck_assert_int_eq(repo_audit_add(db, &before, &id, &cause), 0);
	AuditNew now = {"C4", "2016-11-30", "Mary Shah", NULL, NULL, 0, NULL, 0, 0, NULL};
	ck_assert_int_eq(repo_audit_add(db, &now, &id, &cause), -1);
	check_cause("Mary Shah is the worker allocated to case C4 on 2016-11-30 and may not audit it; a worker never "
	            "audits their own case: ask a manager, an iro or a qa-officer");
	ck_assert_int_eq(count("SELECT count(*) FROM audit"), 2);
}
END_TEST

/* The same audit twice is refused by audit add, naming the first. */
START_TEST(test_duplicate_refused)
{
	AuditAnswer answers[] = {{"CHRON", "met", NULL}};
	long long first = add_audit("C2", "2016-11-02", "good", 1, answers, 1);
	AuditNew again = {"C2", "2016-11-02", "Mary Shah", NULL, "good", 1, answers, 1, 0, NULL};
	long long id;
	ck_assert_int_eq(repo_audit_add(db, &again, &id, &cause), -1);
	check_cause("case C2 was already audited on 2016-11-02 by Mary Shah (audit 1); an audit is recorded once");
	/* A draft counts as recorded too; another day or auditor is another audit. */
	AuditNew draft = {"C2", "2016-11-03", "Mary Shah", NULL, NULL, 1, answers, 0, 0, NULL};
	ck_assert_int_eq(repo_audit_add(db, &draft, &id, &cause), 0);
	draft.grade = "good";
	draft.submit = 1;
	ck_assert_int_eq(repo_audit_add(db, &draft, &id, &cause), -1);
	check_cause("case C2 was already audited on 2016-11-03 by Mary Shah (audit 2); an audit is recorded once");
	/* The schema refuses it too (audit_once), for writers around the repository. */
	ck_assert_int_eq(db_exec(db, "INSERT INTO audit(case_id, team_id, auditor_id, date) VALUES (2, 2, 1, '2016-11-02')",
	                         &cause), -1);
	check_cause("an audit of this case on this date by this auditor is already recorded; an audit is recorded once");
	AuditNew other = {"C2", "2016-11-02", "Rita Patel", NULL, "good", 1, answers, 1, 0, NULL};
	ck_assert_int_eq(repo_audit_add(db, &other, &id, &cause), 0);
	ck_assert_int_eq(first, 1);
	ck_assert_int_eq(count("SELECT count(*) FROM audit"), 3);
}
END_TEST

/* The grade rule: a dip-sample audit is graded to be submitted; themed and
 * multi-agency audits, and imported past audits, need not be. */
START_TEST(test_grade_rule)
{
	AuditAnswer answers[] = {{"CHRON", "met", NULL}};
	long long id;
	AuditNew dip = {"C2", "2016-11-02", "Mary Shah", NULL, NULL, 1, answers, 1, 0, NULL};
	ck_assert_int_eq(repo_audit_add(db, &dip, &id, &cause), -1);
	check_cause("a submitted dip-sample audit needs a grade; give one, or record a draft and grade it later");
	AuditNew themed = {"C2", "2016-11-02", "Mary Shah", "themed", NULL, 1, answers, 1, 0, NULL};
	ck_assert_int_eq(repo_audit_add(db, &themed, &id, &cause), 0);
	AuditNew multi = {"C2", "2016-11-03", "Mary Shah", "multi-agency", NULL, 1, answers, 1, 0, NULL};
	ck_assert_int_eq(repo_audit_add(db, &multi, &id, &cause), 0);
	AuditNew past = {"C2", "2016-11-04", "Mary Shah", NULL, NULL, 1, answers, 1, 1, NULL};
	ck_assert_int_eq(repo_audit_add(db, &past, &id, &cause), 0);
	ck_assert_int_eq(count("SELECT count(*) FROM audit WHERE submitted_at IS NOT NULL AND grade IS NULL"), 3);
	/* audit submit: a themed draft without a grade goes in. */
	AuditNew draft = {"C2", "2016-11-05", "Mary Shah", "themed", NULL, 1, answers, 0, 0, NULL};
	ck_assert_int_eq(repo_audit_add(db, &draft, &id, &cause), 0);
	ck_assert_int_eq(repo_audit_submit(db, id, NULL, &cause), 0);
	AuditNew dip_draft = {"C2", "2016-11-06", "Mary Shah", NULL, NULL, 1, answers, 0, 0, NULL};
	ck_assert_int_eq(repo_audit_add(db, &dip_draft, &id, &cause), 0);
	ck_assert_int_eq(repo_audit_submit(db, id, NULL, &cause), -1);
	check_cause("audit 5 has no grade; give one with 'audit grade 5 GRADE' before submitting (a dip-sample audit "
	            "is graded)");
}
END_TEST

/* Asked and answerable: NEGLECT and CSE-IDENTIFIED are asked only where
 * flagged, but met / not-met is accepted on any file (NEGLECT not-met on
 * an unflagged file: the failure the target counts). */
START_TEST(test_answerable_anywhere)
{
	AuditAnswer answers[] = {{"NEGLECT", "not-met", NULL}, {"CSE-IDENTIFIED", "met", NULL}};
	long long id = add_audit("C4", "2016-11-02", "good", 2, answers, 1);
	check_text("SELECT group_concat(standard_code || '=' || result, ' ') FROM (SELECT * FROM answer WHERE audit_id = 1 ORDER BY standard_code)",
	           "CSE-IDENTIFIED=met NEGLECT=not-met");
	/* audit answer too, on a draft. */
	long long draft = add_audit("C2", "2016-11-02", NULL, 0, NULL, 0);
	ck_assert_int_eq(repo_audit_answer(db, draft, "neglect", "not-met", NULL, &cause), 0);
	/* Not asked of C4 (care-leaver, no flags): audit start skips them,
	 * and the unanswered list does not name them. */
	Table *t = repo_audit_standards(db, "C4", &cause);
	ck_assert_ptr_nonnull(t);
	for (int row = 0; row < t->nrow; row++)
		if (strcmp(table_cell(t, row, 0)->s, "NEGLECT") == 0 || strcmp(table_cell(t, row, 0)->s, "MISSING-RISK") == 0)
			ck_assert_int_eq(table_cell(t, row, 3)->i, 0);
	table_free(t);
	/* MISSING-RISK is asked of a child in care flagged missing (C2). */
	t = repo_audit_standards(db, "C2", &cause);
	ck_assert_ptr_nonnull(t);
	int asked = 0;
	for (int row = 0; row < t->nrow; row++)
		if (strcmp(table_cell(t, row, 0)->s, "MISSING-RISK") == 0)
			asked = (int)table_cell(t, row, 3)->i;
	ck_assert_int_eq(asked, 1);
	table_free(t);
	ck_assert_int_eq(id, 1);
}
END_TEST

/* A status the program's list lacks is refused by name, never taken as
 * "every case" (the schema would refuse it; a writer around the program,
 * or a migration without the list, could still store it). */
START_TEST(test_unknown_status_refused)
{
	fixture_exec(db, "PRAGMA ignore_check_constraints = ON; UPDATE case_file SET status = 'adopted' WHERE id = 4;"
	                 "PRAGMA ignore_check_constraints = OFF");
	AuditAnswer answers[] = {{"CHRON", "met", NULL}};
	AuditNew a = {"C4", "2016-11-02", "Mary Shah", NULL, "good", 1, answers, 1, 0, NULL};
	long long id;
	ck_assert_int_eq(repo_audit_add(db, &a, &id, &cause), -1);
	check_cause("case C4 has the status 'adopted', which this caseaudit does not know; add it to the list in "
	            "src/domain.c");
	fixture_exec(db, "PRAGMA ignore_check_constraints = ON; INSERT INTO standard_status VALUES ('IHA', 'adopted');"
	                 "PRAGMA ignore_check_constraints = OFF");
	ck_assert_ptr_null(repo_audit_standards(db, "C1", &cause));
	check_cause("standard IHA is limited to the status 'adopted', which this caseaudit does not know; add it to "
	            "the list in src/domain.c");
}
END_TEST

/* The council's calendar: a case moved at 23:30 UTC on 1 June 2016 (British
 * Summer Time) was moved on 2 June in London, so an audit dated 1 June
 * belongs to the team it was moved from; in UTC the move was on 1 June.
 * The machine's own zone plays no part. */
START_TEST(test_bst_midnight)
{
	setenv("TZ", "Pacific/Kiritimati", 1); /* the machine: UTC+14 */
	fixture_exec(db,
		"INSERT INTO history(at, user, tbl, row_id, operation, old, new) VALUES"
		" ('2016-06-01T23:30:00.000Z', 'tester', 'case_file', '2', 'update',"
		"  json_object('id', 2, 'team_id', 1, 'worker_id', NULL), json_object('id', 2, 'team_id', 2, 'worker_id', NULL))");
	char *old = NULL;
	ck_assert_int_eq(repo_council_set_time_zone(db, "Europe/London", &old, &cause), 0);
	ck_assert_str_eq(old, "Europe/London");
	free(old);
	AuditAnswer answers[] = {{"CHRON", "met", NULL}};
	AuditNew june1 = {"C2", "2016-06-01", "Mary Shah", NULL, "good", 1, answers, 1, 0, NULL};
	AuditNew june2 = {"C2", "2016-06-02", "Mary Shah", NULL, "good", 1, answers, 1, 0, NULL};
	long long id;
	ck_assert_int_eq(repo_audit_add(db, &june1, &id, &cause), 0);
	ck_assert_int_eq(repo_audit_add(db, &june2, &id, &cause), 0);
	check_text("SELECT group_concat(date || ':' || team_id, ' ') FROM audit", "2016-06-01:1 2016-06-02:2");
	/* The history's days are the council's too. */
	HistoryFilter june = {"case", "2", "2016-06-02", "2016-06-02"};
	Table *t = LIST(repo_history_list(db, &june, SINK, &cause));
	ck_assert_ptr_nonnull(t);
	ck_assert_int_eq(t->nrow, 1);
	table_free(t);
	HistoryFilter first = {"case", "2", "2016-06-01", "2016-06-01"};
	t = LIST(repo_history_list(db, &first, SINK, &cause));
	ck_assert_int_eq(t->nrow, 0);
	table_free(t);

	/* A council that keeps UTC: the move was on 1 June, so an audit of
	 * 1 June belongs to the team the case was moved to. */
	ck_assert_int_eq(repo_council_set_time_zone(db, "UTC", NULL, &cause), 0);
	AuditNew utc = {"C2", "2016-06-01", "Rita Patel", NULL, "good", 1, answers, 1, 0, NULL};
	ck_assert_int_eq(repo_audit_add(db, &utc, &id, &cause), 0);
	check_text("SELECT team_id FROM audit WHERE auditor_id = 5", "2");
	check_text("SELECT value FROM setting WHERE name = 'time-zone'", "UTC");
	ck_assert_int_eq(count("SELECT count(*) FROM history WHERE tbl = 'setting' AND operation = 'update'"), 1);
	/* A zone the machine does not know, or not a zone name, is refused. */
	ck_assert_int_eq(repo_council_set_time_zone(db, "Mars/Olympus_Mons", NULL, &cause), -1);
	check_cause("the time zone 'Mars/Olympus_Mons' is not in this machine's zoneinfo (/usr/share/zoneinfo); "
	            "expected one such as Europe/London (install the Debian package tzdata if it is missing)");
	ck_assert_int_eq(repo_council_set_time_zone(db, "../../etc/passwd", NULL, &cause), -1);
	check_cause("the time zone '../../etc/passwd' is not a time zone name; expected one such as Europe/London "
	            "(a name of the zoneinfo database)");
	ck_assert_int_eq(repo_council_set_time_zone(db, "", NULL, &cause), -1);
	check_cause_starts("the time zone '' is not a time zone name");
	check_text("SELECT value FROM setting WHERE name = 'time-zone'", "UTC");
	ck_assert_int_eq(repo_council_set_time_zone(db, "Europe/London", NULL, &cause), 0);
}
END_TEST

/* "Today" is the council's date, whatever the machine's zone: at 10:30
 * UTC it is already tomorrow in Kiritimati (UTC+14), still today in
 * London. The test clock is off here: the real clock's date is compared. */
START_TEST(test_today_in_council_zone)
{
	unsetenv("CASEAUDIT_TODAY");
	setenv("TZ", "Pacific/Kiritimati", 1);
	tzset();
	ck_assert_int_eq(repo_council_set_time_zone(db, "Europe/London", NULL, &cause), 0);
	char today[11], expected[11];
	time_t now = time(NULL);
	date_today(today);
	struct tm tm;
	localtime_r(&now, &tm); /* TZ is Europe/London again */
	strftime(expected, sizeof expected, "%Y-%m-%d", &tm);
	ck_assert_str_eq(getenv("TZ"), "Europe/London");
	ck_assert_str_eq(today, expected);
	setenv("CASEAUDIT_TODAY", "2016-11-30", 1);
}
END_TEST

/* Each refusal, with nothing recorded. */
static const AuditAnswer only_na[] = {{"CHRON", "na", NULL}};

START_TEST(test_add_refusals)
{
	static const struct {
		AuditNew audit;
		const char *message;
	} cases[] = {
		{{"C9", "2016-11-02", "Mary Shah", NULL, NULL, 0, NULL, 0, 0, NULL}, "unknown case 'C9'; 'case list' shows the cases"},
		{{"C1", "2016-11-31", "Mary Shah", NULL, NULL, 0, NULL, 0, 0, NULL},
		 "the audit date '2016-11-31' is not a real date; expected YYYY-MM-DD"},
		{{"C1", "2016-12-01", "Mary Shah", NULL, NULL, 0, NULL, 0, 0, NULL},
		 "the audit date 2016-12-01 is after today (2016-11-30); record it once it has happened"},
		{{"C1", "2015-12-01", "Mary Shah", NULL, NULL, 0, NULL, 0, 0, NULL},
		 "case C1 opened on 2016-01-04, after the audit date 2015-12-01"},
		{{"C3", "2016-10-01", "Mary Shah", NULL, NULL, 0, NULL, 0, 0, NULL},
		 "case C3 closed on 2016-09-30, before the audit date 2016-10-01"},
		{{"C1", "2016-11-02", "Nobody", NULL, NULL, 0, NULL, 0, 0, NULL},
		 "unknown worker 'Nobody'; 'worker list' shows the workers"},
		{{"C1", "2016-11-02", "Tom Reed", NULL, NULL, 0, NULL, 0, 0, NULL}, "the auditor 'Tom Reed' left on 2016-10-31, before the audit date 2016-11-02"},
		{{"C1", "2015-01-02", "Anna Smith", NULL, NULL, 0, NULL, 0, 0, NULL},
		 "case C1 opened on 2016-01-04, after the audit date 2015-01-02"},
		{{"C2", "2015-08-02", "Anna Smith", NULL, NULL, 0, NULL, 0, 0, NULL}, "the auditor 'Anna Smith' started on 2015-09-01, after the audit date 2015-08-02"},
		{{"C1", "2016-11-02", "", NULL, NULL, 0, NULL, 0, 0, NULL}, "the auditor's name is empty; give a worker's name"},
		{{"C1", "2016-11-02", "Mary Shah", "peer", NULL, 0, NULL, 0, 0, NULL},
		 "type 'peer' is not known; expected one of: dip-sample, themed, multi-agency"},
		{{"C1", "2016-11-02", "Mary Shah", NULL, "fine", 0, NULL, 0, 0, NULL},
		 "grade 'fine' is not known; expected one of: outstanding, good, requires-improvement, inadequate, adequate"},
		{{"C1", "2016-11-02", "Mary Shah", NULL, NULL, 0, NULL, 1, 0, NULL},
		 "a submitted dip-sample audit needs a grade; give one, or record a draft and grade it later"},
		{{"C1", "2016-11-02", "Mary Shah", NULL, "good", 1, only_na, 1, 0, NULL},
		 "a submitted audit needs at least one answer met or not-met, as STANDARD=RESULT (na answers alone measure nothing)"},
		{{"C1", "2016-11-02", "Mary Shah", NULL, "good", 0, NULL, 1, 0, NULL},
		 "a submitted audit needs at least one answer met or not-met, as STANDARD=RESULT (na answers alone measure nothing)"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		long long id;
		ck_assert_int_eq(repo_audit_add(db, &cases[i].audit, &id, &cause), -1);
		check_cause(cases[i].message);
	}
	ck_assert_int_eq(count("SELECT count(*) FROM audit"), 0);
	ck_assert_int_eq(count("SELECT count(*) FROM history WHERE tbl IN ('audit', 'answer')"), 0);
}
END_TEST

START_TEST(test_add_bad_answers)
{
	static const struct {
		const char *ref;
		AuditAnswer answer[2];
		int n;
		const char *message;
	} cases[] = {
		{"C1", {{"FOO", "met", NULL}}, 1,
		 "unknown standard 'FOO'; expected one of: CHRON, ANALYSIS, PLAN, VOICE, DECISIONS, SUPERVISION, NEGLECT, "
		 "CSE-IDENTIFIED, CSE-ASSESSED, CSE-PLAN, MISSING-INTERVIEW, MISSING-RISK, MISSING-PLAN, IHA, PATHWAY"},
		{"C1", {{"CHRON", "yes", NULL}}, 1, "result 'yes' for CHRON is not known; expected one of: met, not-met, na"},
		{"C1", {{"", "met", NULL}}, 1, "an answer has no standard; write STANDARD=RESULT, e.g. CHRON=met"},
		{"C1", {{"CHRON", "met", NULL}, {"chron", "na", NULL}}, 2, "standard CHRON is answered twice; answer it once"},
		/* Flag rule: CSE-ASSESSED needs the cse flag. */
		{"C2", {{"CSE-ASSESSED", "not-met", NULL}}, 1,
		 "standard CSE-ASSESSED applies only to cases flagged cse and case C2 has status cic, flagged missing; "
		 "answer CSE-ASSESSED=na"},
		/* MISSING-RISK: children in care flagged missing, not a cin file. */
		{"C1", {{"MISSING-RISK", "met", NULL}}, 1,
		 "standard MISSING-RISK applies only to cases with status cic flagged missing and case C1 has status "
		 "cin, flagged neglect; answer MISSING-RISK=na"},
		/* Status rule: IHA only for children in care. */
		{"C1", {{"IHA", "met", NULL}}, 1,
		 "standard IHA applies only to cases with status cic and case C1 has status cin, flagged neglect; "
		 "answer IHA=na"},
		/* Both: MISSING-PLAN needs cic and missing. */
		{"C4", {{"MISSING-PLAN", "met", NULL}}, 1,
		 "standard MISSING-PLAN applies only to cases with status cic flagged missing and case C4 has status "
		 "care-leaver, no flags; answer MISSING-PLAN=na"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		AuditNew a = {cases[i].ref, "2016-11-02", "Mary Shah", NULL, NULL, cases[i].n, cases[i].answer, 0, 0, NULL};
		long long id;
		ck_assert_int_eq(repo_audit_add(db, &a, &id, &cause), -1);
		check_cause(cases[i].message);
	}
	ck_assert_int_eq(count("SELECT count(*) FROM audit"), 0);
	char *long_note = xcalloc(4002, 1);
	memset(long_note, 'x', 4001);
	AuditAnswer big = {"CHRON", "met", long_note};
	AuditNew a = {"C1", "2016-11-02", "Mary Shah", NULL, NULL, 1, &big, 0, 0, NULL};
	long long id;
	ck_assert_int_eq(repo_audit_add(db, &a, &id, &cause), -1);
	check_cause("the note is longer than 4000 characters; shorten it");
	free(long_note);
}
END_TEST

/* Applicable answers on flagged and status-limited cases are accepted: a
 * flag rule needs any one of its flags. */
START_TEST(test_add_applicable)
{
	AuditAnswer c2[] = {{"MISSING-PLAN", "met", NULL}, {"IHA", "not-met", NULL}, {"CSE-IDENTIFIED", "met", NULL},
	                    {"PATHWAY", "na", NULL}};
	add_audit("C2", "2016-11-02", NULL, 4, c2, 0);
	AuditAnswer c4[] = {{"PATHWAY", "met", NULL}};
	add_audit("C4", "2016-11-02", NULL, 1, c4, 0);
	ck_assert_int_eq(count("SELECT count(*) FROM answer"), 5);
}
END_TEST

/* The audit belongs to the team holding the case on the audit date. */
START_TEST(test_team_on_audit_date)
{
	fixture_exec(db, "UPDATE case_file SET team_id = 2 WHERE id = 1");
	AuditAnswer answers[] = {{"CHRON", "met", NULL}};
	long long late = add_audit("C1", "2016-11-02", NULL, 1, answers, 0);
	long long now = add_audit("C1", "2016-11-30", NULL, 1, answers, 0);
	ck_assert_int_eq(count("SELECT team_id FROM audit WHERE id = 1"), 1);
	ck_assert_int_eq(late, 1);
	ck_assert_int_eq(now, 2);
	ck_assert_int_eq(count("SELECT team_id FROM audit WHERE id = 2"), 2);
	/* Moving the case again later does not move the audits. */
	fixture_exec(db, "UPDATE case_file SET team_id = 1 WHERE id = 1");
	ck_assert_int_eq(count("SELECT team_id FROM audit WHERE id = 2"), 2);
}
END_TEST

/* A move is dated by the local calendar, as audits are: at 23:30 UTC on
 * 1 June 2016 it was 00:30 on 2 June in London, so an audit dated 1 June
 * was before it. (A POSIX TZ rule: no time-zone database needed.) */
START_TEST(test_team_on_local_date)
{
	setenv("TZ", "GMT0BST,M3.5.0/1,M10.5.0", 1);
	tzset();
	fixture_exec(db, "INSERT INTO history(at, user, tbl, row_id, operation, old, new) VALUES"
	                 " ('2016-06-01T23:30:00.000Z', 'tester', 'case_file', '4', 'update',"
	                 "  '{\"team_id\":1}', '{\"team_id\":2}')");
	AuditAnswer answers[] = {{"CHRON", "met", NULL}};
	long long before = add_audit("C4", "2016-06-01", NULL, 1, answers, 0);
	long long after = add_audit("C4", "2016-06-02", NULL, 1, answers, 0);
	char *sql = xprintf("SELECT team_id FROM audit WHERE id = %lld", before);
	ck_assert_int_eq(count(sql), 1);
	free(sql);
	sql = xprintf("SELECT team_id FROM audit WHERE id = %lld", after);
	ck_assert_int_eq(count(sql), 2);
	free(sql);
	unsetenv("TZ");
	tzset();
}
END_TEST

/* ---- answer, grade, submit ---- */

START_TEST(test_answer_replaces)
{
	long long id = add_audit("C1", "2016-11-02", NULL, 0, NULL, 0);
	ck_assert_int_eq(repo_audit_answer(db, id, "CHRON", "not-met", "out of date", &cause), 0);
	ck_assert_int_eq(repo_audit_answer(db, id, "chron", "met", NULL, &cause), 0);
	check_text("SELECT result || '/' || coalesce(note, 'none') FROM answer", "met/none");
	ck_assert_int_eq(count("SELECT count(*) FROM answer"), 1);
	ck_assert_int_eq(repo_audit_answer(db, id, "NEGLECT", "na", "n/a", &cause), 0);
	ck_assert_int_eq(repo_audit_answer(db, id, "IHA", "met", NULL, &cause), -1);
	check_cause_starts("standard IHA applies only to cases with status cic");
	ck_assert_int_eq(repo_audit_answer(db, id, "NOPE", "met", NULL, &cause), -1);
	check_cause_starts("unknown standard 'NOPE'; expected one of: CHRON, ");
	ck_assert_int_eq(repo_audit_answer(db, id, "CHRON", "maybe", NULL, &cause), -1);
	check_cause("result 'maybe' for CHRON is not known; expected one of: met, not-met, na");
	ck_assert_int_eq(repo_audit_answer(db, 99, "CHRON", "met", NULL, &cause), -1);
	check_cause("unknown audit 99; 'audit list' shows the audits");
	ck_assert_int_eq(count("SELECT count(*) FROM answer"), 2);
}
END_TEST

START_TEST(test_grade_and_submit)
{
	long long id = add_audit("C1", "2016-11-02", NULL, 0, NULL, 0);
	char *unanswered = NULL;
	ck_assert_int_eq(repo_audit_submit(db, id, &unanswered, &cause), -1);
	check_cause("audit 1 has no grade; give one with 'audit grade 1 GRADE' before submitting (a dip-sample audit is graded)");
	ck_assert_int_eq(repo_audit_grade(db, id, "excellent", &cause), -1);
	check_cause("grade 'excellent' is not known; expected one of: outstanding, good, requires-improvement, inadequate, adequate");
	ck_assert_int_eq(repo_audit_grade(db, id, "good", &cause), 0);
	ck_assert_int_eq(repo_audit_grade(db, id, "requires-improvement", &cause), 0);
	check_text("SELECT grade FROM audit", "requires-improvement");
	ck_assert_int_eq(repo_audit_submit(db, id, &unanswered, &cause), -1);
	check_cause("audit 1 has no answer met or not-met; record them with 'audit answer 1 STANDARD RESULT' before submitting");
	ck_assert_int_eq(repo_audit_answer(db, id, "NEGLECT", "na", NULL, &cause), 0);
	ck_assert_int_eq(repo_audit_submit(db, id, &unanswered, &cause), -1);
	check_cause("audit 1 has no answer met or not-met; record them with 'audit answer 1 STANDARD RESULT' before submitting");
	ck_assert_int_eq(repo_audit_answer(db, id, "NEGLECT", "met", NULL, &cause), 0);
	ck_assert_int_eq(repo_audit_answer(db, id, "CHRON", "met", NULL, &cause), 0);
	ck_assert_int_eq(repo_audit_answer(db, id, "PLAN", "not-met", NULL, &cause), 0);
	ck_assert_int_eq(repo_audit_submit(db, id, &unanswered, &cause), 0);
	/* Standards that apply to C1 (cin, neglect) and were left out. */
	ck_assert_str_eq(unanswered, "ANALYSIS, VOICE, DECISIONS, SUPERVISION");
	free(unanswered);
	check_text("SELECT submitted_by FROM audit", "tester");
	ck_assert_int_eq(repo_audit_grade(db, 99, "good", &cause), -1);
	check_cause("unknown audit 99; 'audit list' shows the audits");
}
END_TEST

START_TEST(test_submitted_is_frozen)
{
	AuditAnswer answers[] = {{"CHRON", "met", NULL}};
	long long id = add_audit("C1", "2016-11-02", "good", 1, answers, 1);
	long long changes = count("SELECT count(*) FROM history");
	const char *frozen = "audit 1 is submitted and cannot be changed";
	ck_assert_int_eq(repo_audit_answer(db, id, "CHRON", "not-met", NULL, &cause), -1);
	check_cause(frozen);
	ck_assert_int_eq(repo_audit_answer(db, id, "PLAN", "met", NULL, &cause), -1);
	check_cause(frozen);
	ck_assert_int_eq(repo_audit_grade(db, id, "inadequate", &cause), -1);
	check_cause(frozen);
	char *unanswered = NULL;
	ck_assert_int_eq(repo_audit_submit(db, id, &unanswered, &cause), -1);
	check_cause(frozen);
	ck_assert_ptr_null(unanswered);
	ck_assert_int_eq(repo_audit_check_draft(db, id, &cause), -1);
	check_cause(frozen);
	/* The schema holds too, for changes made around the repository. */
	ck_assert_int_eq(db_exec(db, "UPDATE audit SET grade = 'inadequate'", &cause), -1);
	check_cause("audit is submitted and cannot be changed");
	ck_assert_int_eq(db_exec(db, "DELETE FROM answer", &cause), -1);
	check_cause("audit is submitted and cannot be changed");
	check_text("SELECT grade || ' ' || (SELECT result FROM answer) FROM audit", "good met");
	ck_assert_int_eq(count("SELECT count(*) FROM history"), changes);
}
END_TEST

/* ---- moderation ---- */

START_TEST(test_moderate)
{
	AuditAnswer answers[] = {{"CHRON", "met", NULL}};
	long long draft = add_audit("C1", "2016-11-02", "good", 1, answers, 0);
	long long id = add_audit("C1", "2016-11-03", "good", 1, answers, 1);
	ck_assert_int_eq(repo_audit_moderate(db, draft, "Helen Ward", NULL, NULL, NULL, &cause), -1);
	check_cause("audit 1 is a draft; only a submitted audit can be moderated");
	ck_assert_int_eq(repo_audit_moderate(db, id, "Mary Shah", NULL, NULL, NULL, &cause), -1);
	check_cause("Mary Shah audited audit 2 and cannot moderate it; ask another manager");
	ck_assert_int_eq(repo_audit_moderate(db, id, "Anna Smith", NULL, NULL, NULL, &cause), -1);
	check_cause("Anna Smith is a social-worker; audits are moderated by a team-manager, head-of-service or senior-manager");
	ck_assert_int_eq(repo_audit_moderate(db, id, "Nobody", NULL, NULL, NULL, &cause), -1);
	check_cause("unknown worker 'Nobody'; 'worker list' shows the workers");
	ck_assert_int_eq(repo_audit_moderate(db, id, "Helen Ward", "2016-11-01", NULL, NULL, &cause), -1);
	check_cause("the moderation date 2016-11-01 is before the audit date 2016-11-03");
	ck_assert_int_eq(repo_audit_moderate(db, id, "Helen Ward", "2016-12-01", NULL, NULL, &cause), -1);
	check_cause("the moderation date 2016-12-01 is after today (2016-11-30); record it once it has happened");
	ck_assert_int_eq(repo_audit_moderate(db, id, "Helen Ward", NULL, "superb", NULL, &cause), -1);
	check_cause_starts("grade 'superb' is not known");
	ck_assert_int_eq(repo_audit_moderate(db, 42, "Helen Ward", NULL, NULL, NULL, &cause), -1);
	check_cause("unknown audit 42; 'audit list' shows the audits");
	ck_assert_int_eq(count("SELECT count(*) FROM moderation"), 0);
	/* The schema refuses too, for changes made around the repository. */
	ck_assert_int_eq(db_exec(db, "INSERT INTO moderation(audit_id, moderator_id, date, agreed, grade)"
	                             " VALUES (2, 1, '2016-11-30', 1, 'good')", &cause), -1);
	check_cause("an auditor cannot moderate their own audit");
	ck_assert_int_eq(db_exec(db, "INSERT INTO moderation(audit_id, moderator_id, date, agreed, grade)"
	                             " VALUES (1, 2, '2016-11-30', 1, 'good')", &cause), -1);
	check_cause("only a submitted audit can be moderated");

	ck_assert_int_eq(repo_audit_moderate(db, id, "Helen Ward", NULL, "inadequate", "risk not analysed", &cause), 0);
	check_text("SELECT moderator_id || ' ' || date || ' ' || agreed || ' ' || grade || ' ' || note FROM moderation",
	           "2 2016-11-30 0 inadequate risk not analysed");
	check_text("SELECT grade FROM audit WHERE id = 2", "good");
	ck_assert_int_eq(repo_audit_moderate(db, id, "Rita Patel", NULL, NULL, NULL, &cause), -1);
	check_cause("audit 2 was already moderated by Helen Ward on 2016-11-30; an audit is moderated once");

	/* Agreeing keeps the auditor's grade; a moderated grade equal to it agrees. */
	long long third = add_audit("C2", "2016-11-03", "outstanding", 1, answers, 1);
	ck_assert_int_eq(repo_audit_moderate(db, third, "Rita Patel", "2016-11-04", NULL, NULL, &cause), 0);
	check_text("SELECT agreed || ' ' || grade || ' ' || date FROM moderation WHERE audit_id = 3",
	           "1 outstanding 2016-11-04");
	long long fourth = add_audit("C2", "2016-11-04", "good", 1, answers, 1);
	ck_assert_int_eq(repo_audit_moderate(db, fourth, "Rita Patel", NULL, "good", NULL, &cause), 0);
	check_text("SELECT agreed FROM moderation WHERE audit_id = 4", "1");
}
END_TEST

START_TEST(test_moderator_left)
{
	fixture_exec(db, "UPDATE worker SET left_on = '2016-11-10' WHERE id = 2");
	AuditAnswer answers[] = {{"CHRON", "met", NULL}};
	long long id = add_audit("C1", "2016-11-03", "good", 1, answers, 1);
	ck_assert_int_eq(repo_audit_moderate(db, id, "Helen Ward", NULL, NULL, NULL, &cause), -1);
	check_cause("the moderator 'Helen Ward' left on 2016-11-10, before the moderation date 2016-11-30");
	ck_assert_int_eq(repo_audit_moderate(db, id, "Helen Ward", "2016-11-09", NULL, NULL, &cause), 0);
}
END_TEST

/* ---- reading audits back ---- */

static const char *cell_text(const Table *t, int row, const char *column)
{
	int c = table_column(t, column);
	ck_assert_msg(c >= 0, "no column %s", column);
	const Value *v = table_cell(t, row, c);
	return v->type == VALUE_TEXT ? v->s : NULL;
}

START_TEST(test_record)
{
	AuditAnswer answers[] = {{"PLAN", "not-met", "no SMART targets"}, {"CHRON", "met", NULL}};
	long long id = add_audit("C1", "2016-11-02", "good", 2, answers, 1);
	ck_assert_int_eq(repo_audit_moderate(db, id, "Helen Ward", NULL, "requires-improvement", "plan weak", &cause), 0);
	long long action;
	ck_assert_int_eq(repo_action_add(db, id, "Write SMART targets", "Anna Smith", "2016-12-01", &action, &cause), 0);
	Table *t = repo_audit_record(db, id, &cause);
	ck_assert_ptr_nonnull(t);
	ck_assert_int_eq(t->nrow, 1);
	ck_assert_int_eq(table_cell(t, 0, 0)->i, 1);
	ck_assert_str_eq(cell_text(t, 0, "case"), "C1");
	ck_assert_str_eq(cell_text(t, 0, "team"), "Assessment 1");
	ck_assert_str_eq(cell_text(t, 0, "auditor"), "Mary Shah");
	ck_assert_str_eq(cell_text(t, 0, "grade"), "good");
	ck_assert_str_eq(cell_text(t, 0, "status"), "submitted");
	ck_assert_str_eq(cell_text(t, 0, "submitted_by"), "tester");
	ck_assert_str_eq(cell_text(t, 0, "moderated_by"), "Helen Ward");
	ck_assert_str_eq(cell_text(t, 0, "moderated_grade"), "requires-improvement");
	ck_assert_str_eq(cell_text(t, 0, "moderation"), "regraded");
	ck_assert_str_eq(cell_text(t, 0, "moderation_note"), "plan weak");
	ck_assert_str_eq(cell_text(t, 0, "unanswered"), "ANALYSIS, VOICE, DECISIONS, SUPERVISION, NEGLECT");
	table_free(t);

	t = repo_audit_answers(db, id, &cause);
	ck_assert_int_eq(t->nrow, 2);
	ck_assert_str_eq(cell_text(t, 0, "standard"), "CHRON"); /* in the standards' order */
	ck_assert_str_eq(cell_text(t, 1, "result"), "not-met");
	ck_assert_str_eq(cell_text(t, 1, "note"), "no SMART targets");
	table_free(t);

	t = repo_audit_actions(db, id, &cause);
	ck_assert_int_eq(t->nrow, 1);
	ck_assert_str_eq(cell_text(t, 0, "owner"), "Anna Smith");
	ck_assert_str_eq(cell_text(t, 0, "status"), "open");
	table_free(t);

	ck_assert_ptr_null(repo_audit_record(db, 7, &cause));
	check_cause("unknown audit 7; 'audit list' shows the audits");
	ck_assert_ptr_null(repo_audit_answers(db, 7, &cause));
	check_cause("unknown audit 7; 'audit list' shows the audits");
	ck_assert_ptr_null(repo_audit_actions(db, 7, &cause));
	check_cause("unknown audit 7; 'audit list' shows the audits");
}
END_TEST

static int list_count(const AuditFilter *f)
{
	Table *t = LIST(repo_audit_list(db, f, SINK, &cause));
	ck_assert_msg(t != NULL, "audit list: %s", cause);
	int n = t->nrow;
	table_free(t);
	return n;
}

START_TEST(test_list)
{
	AuditAnswer answers[] = {{"CHRON", "met", NULL}};
	add_audit("C1", "2016-10-02", "good", 1, answers, 1);                  /* 1: team 1, submitted */
	add_audit("C2", "2016-11-02", "good", 1, answers, 1);                  /* 2: team 2, submitted */
	add_audit("C2", "2016-11-20", NULL, 1, answers, 0);                    /* 3: team 2, draft */
	ck_assert_int_eq(repo_audit_moderate(db, 1, "Helen Ward", NULL, NULL, NULL, &cause), 0);
	AuditFilter all = {0};
	ck_assert_int_eq(list_count(&all), 3);
	AuditFilter team = {.team = "children in care"};
	ck_assert_int_eq(list_count(&team), 2);
	AuditFilter by_case = {.case_ref = "C1"};
	ck_assert_int_eq(list_count(&by_case), 1);
	AuditFilter period = {.from = "2016-11-01", .to = "2016-11-02"};
	ck_assert_int_eq(list_count(&period), 1);
	AuditFilter from = {.from = "2016-11-02"};
	ck_assert_int_eq(list_count(&from), 2);
	AuditFilter unmoderated = {.unmoderated = 1};
	ck_assert_int_eq(list_count(&unmoderated), 1);
	AuditFilter drafts = {.drafts = 1};
	ck_assert_int_eq(list_count(&drafts), 1);
	AuditFilter auditor = {.auditor = "Mary Shah", .to = "2016-10-31"};
	ck_assert_int_eq(list_count(&auditor), 1);
	/* Each leading filter (case, team, dates) combines with the others. */
	AuditFilter case_team = {.case_ref = "C2", .team = "Assessment 1"};
	ck_assert_int_eq(list_count(&case_team), 0);
	AuditFilter case_drafts = {.case_ref = "C2", .drafts = 1};
	ck_assert_int_eq(list_count(&case_drafts), 1);
	AuditFilter team_from = {.team = "Children in Care", .from = "2016-11-03"};
	ck_assert_int_eq(list_count(&team_from), 1);
	AuditFilter team_to = {.team = "Children in Care", .to = "2016-11-02", .unmoderated = 1};
	ck_assert_int_eq(list_count(&team_to), 1);

	Table *t = LIST(repo_audit_list(db, &all, SINK, &cause));
	ck_assert_str_eq(cell_text(t, 0, "moderated"), "good");
	ck_assert_str_eq(cell_text(t, 2, "status"), "draft");
	ck_assert_ptr_null(cell_text(t, 2, "grade"));
	table_free(t);

	static const struct {
		AuditFilter f;
		const char *message;
	} bad[] = {
		{{.team = "Nope"}, "unknown team 'Nope'; 'team list' shows the teams"},
		{{.case_ref = "C9"}, "unknown case 'C9'; 'case list' shows the cases"},
		{{.auditor = "Nobody"}, "unknown worker 'Nobody'; 'worker list' shows the workers"},
		{{.from = "2016-13-01"}, FIELD("from") " '2016-13-01' is not a real date; expected YYYY-MM-DD"},
		{{.to = "tomorrow"}, FIELD("to") " 'tomorrow' is not a real date; expected YYYY-MM-DD"},
		{{.from = "2016-11-02", .to = "2016-11-01"}, FIELD("from") " 2016-11-02 is after " FIELD("to") " 2016-11-01"},
	};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		ck_assert_ptr_null(LIST(repo_audit_list(db, &bad[i].f, SINK, &cause)));
		check_cause(bad[i].message);
	}
}
END_TEST

START_TEST(test_standards_and_context)
{
	Table *t = repo_audit_standards(db, "C2", &cause);
	ck_assert_ptr_nonnull(t);
	ck_assert_int_eq(t->nrow, 15);
	Buf applies = {0};
	for (int r = 0; r < t->nrow; r++)
		if (table_cell(t, r, 3)->i)
			buf_printf(&applies, "%s%s", applies.s ? " " : "", table_cell(t, r, 0)->s);
	/* C2: a child in care flagged missing. */
	ck_assert_str_eq(applies.s, "CHRON ANALYSIS PLAN VOICE DECISIONS SUPERVISION CSE-IDENTIFIED MISSING-INTERVIEW "
	                            "MISSING-RISK MISSING-PLAN IHA");
	buf_free(&applies);
	ck_assert_ptr_null(cell_text(t, 0, "rule"));
	ck_assert_str_eq(cell_text(t, 14, "rule"), "cases with status care-leaver");
	ck_assert_ptr_nonnull(cell_text(t, 0, "guidance"));
	table_free(t);
	ck_assert_ptr_null(repo_audit_standards(db, "C9", &cause));
	check_cause("unknown case 'C9'; 'case list' shows the cases");

	AuditAnswer answers[] = {{"CHRON", "met", NULL}};
	add_audit("C1", "2016-11-02", "good", 1, answers, 0);
	t = repo_audit_case_context(db, "C1", &cause);
	ck_assert_ptr_nonnull(t);
	ck_assert_str_eq(cell_text(t, 0, "worker"), "Anna Smith");
	ck_assert_str_eq(cell_text(t, 0, "flags"), "neglect");
	ck_assert_str_eq(cell_text(t, 0, "last_chronology"), "2016-10-01 (conference): Initial conference");
	ck_assert_str_eq(cell_text(t, 0, "last_supervision"), "2016-11-01 with Mary Shah");
	ck_assert_str_eq(cell_text(t, 0, "last_audit"), "2016-11-02 (audit 1, good, draft)");
	table_free(t);
	t = repo_audit_case_context(db, "C4", &cause);
	ck_assert_ptr_null(cell_text(t, 0, "worker"));
	ck_assert_ptr_null(cell_text(t, 0, "last_chronology"));
	table_free(t);
	ck_assert_ptr_null(repo_audit_case_context(db, "C9", &cause));
	check_cause("unknown case 'C9'; 'case list' shows the cases");
}
END_TEST

/* ---- actions ---- */

START_TEST(test_action_add)
{
	AuditAnswer answers[] = {{"CHRON", "not-met", NULL}};
	long long draft = add_audit("C1", "2016-11-02", NULL, 1, answers, 0);
	long long submitted = add_audit("C2", "2016-11-03", "good", 1, answers, 1);
	long long id;
	ck_assert_int_eq(repo_action_add(db, draft, "Update the chronology", "Anna Smith", "2016-11-16", &id, &cause), 0);
	ck_assert_int_eq(id, 1);
	/* Follow-ups on a submitted audit are allowed: they are not its judgement. */
	ck_assert_int_eq(repo_action_add(db, submitted, "Risk assessment", "rita patel", "2016-11-03", &id, &cause), 0);
	ck_assert_int_eq(id, 2);
	check_text("SELECT audit_id || ' ' || owner_id || ' ' || due || ' ' || coalesce(done, '-') FROM action WHERE id = 2",
	           "2 5 2016-11-03 -");
	static const struct {
		long long audit;
		const char *text, *owner, *due, *message;
	} bad[] = {
		{9, "x", "Anna Smith", "2016-12-01", "unknown audit 9; 'audit list' shows the audits"},
		{1, "  ", "Anna Smith", "2016-12-01", "the action's text is empty; say what must be done (quote it)"},
		{1, "x", "Anna Smith", "2016-02-30", FIELD("due") " '2016-02-30' is not a real date; expected YYYY-MM-DD"},
		{1, "x", "Anna Smith", "2016-11-01", FIELD("due") " 2016-11-01 is before the audit date 2016-11-02"},
		{1, "x", "Nobody", "2016-12-01", "unknown worker 'Nobody'; 'worker list' shows the workers"},
		{1, "x", "", "2016-12-01", "the owner's name is empty; give a worker's name"},
		{1, "x", "Tom Reed", "2016-12-01", "Tom Reed left on 2016-10-31; give an owner who is in post"},
	};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		ck_assert_int_eq(repo_action_add(db, bad[i].audit, bad[i].text, bad[i].owner, bad[i].due, &id, &cause), -1);
		check_cause(bad[i].message);
	}
	ck_assert_int_eq(count("SELECT count(*) FROM action"), 2);
	ck_assert_int_eq(repo_action_check_owner(db, "Anna Smith", &id, &cause), 0);
	ck_assert_int_eq(id, 3);
}
END_TEST

START_TEST(test_action_done)
{
	long long audit = add_audit("C1", "2016-11-02", NULL, 0, NULL, 0), a1, a2;
	ck_assert_int_eq(repo_action_add(db, audit, "one", "Anna Smith", "2016-11-16", &a1, &cause), 0);
	ck_assert_int_eq(repo_action_add(db, audit, "two", "Anna Smith", "2016-12-16", &a2, &cause), 0);
	ck_assert_int_eq(repo_action_done(db, a1, "2016-11-15", NULL, &cause), 0);
	ck_assert_int_eq(repo_action_done(db, a2, NULL, NULL, &cause), 0);
	check_text("SELECT group_concat(done, ' ') FROM (SELECT done FROM action ORDER BY id)", "2016-11-15 2016-11-30");
	ck_assert_int_eq(repo_action_done(db, a1, NULL, NULL, &cause), -1);
	check_cause("action 1 was already done on 2016-11-15");
	ck_assert_int_eq(repo_action_done(db, 9, NULL, NULL, &cause), -1);
	check_cause("unknown action 9; 'action list' shows the actions");
	long long a3;
	ck_assert_int_eq(repo_action_add(db, audit, "three", "Anna Smith", "2016-12-16", &a3, &cause), 0);
	ck_assert_int_eq(repo_action_done(db, a3, "2016-12-01", NULL, &cause), -1);
	check_cause(FIELD("date") " 2016-12-01 is after today (2016-11-30); record it once it is done");
	ck_assert_int_eq(repo_action_done(db, a3, "2016-11-01", NULL, &cause), -1);
	check_cause(FIELD("date") " 2016-11-01 is before the date of the audit that set the action (2016-11-02)");
	ck_assert_int_eq(repo_action_done(db, a3, "2016-11-00", NULL, &cause), -1);
	check_cause(FIELD("date") " '2016-11-00' is not a real date; expected YYYY-MM-DD");
	ck_assert_int_eq(count("SELECT count(*) FROM action WHERE done IS NULL"), 1);
}
END_TEST

static int action_count(const ActionFilter *f)
{
	Table *t = LIST(repo_action_list(db, f, SINK, &cause));
	ck_assert_msg(t != NULL, "action list: %s", cause);
	int n = t->nrow;
	table_free(t);
	return n;
}

START_TEST(test_action_list)
{
	long long audit1 = add_audit("C1", "2016-11-02", NULL, 0, NULL, 0);
	long long audit2 = add_audit("C2", "2016-11-02", NULL, 0, NULL, 0), id;
	ck_assert_int_eq(repo_action_add(db, audit1, "overdue", "Anna Smith", "2016-11-29", &id, &cause), 0);
	ck_assert_int_eq(repo_action_add(db, audit1, "due today", "Anna Smith", "2016-11-30", &id, &cause), 0);
	ck_assert_int_eq(repo_action_add(db, audit2, "done late", "Rita Patel", "2016-11-10", &id, &cause), 0);
	ck_assert_int_eq(repo_action_done(db, id, "2016-11-20", NULL, &cause), 0);
	ActionFilter all = {0}, open = {.open = 1}, overdue = {.overdue = 1}, owner = {.owner = "Rita Patel"},
	             team = {.team = "Assessment 1"}, audit = {.audit = audit2}, both = {.open = 1, .owner = "Rita Patel"};
	ck_assert_int_eq(action_count(&all), 3);
	ck_assert_int_eq(action_count(&open), 2);
	ck_assert_int_eq(action_count(&overdue), 1);
	ck_assert_int_eq(action_count(&owner), 1);
	ck_assert_int_eq(action_count(&team), 2);
	ck_assert_int_eq(action_count(&audit), 1);
	ck_assert_int_eq(action_count(&both), 0);
	Table *t = LIST(repo_action_list(db, &all, SINK, &cause));
	/* Soonest due first, with a status. */
	ck_assert_str_eq(cell_text(t, 0, "status"), "done");
	ck_assert_str_eq(cell_text(t, 1, "status"), "overdue");
	ck_assert_str_eq(cell_text(t, 2, "status"), "open");
	ck_assert_str_eq(cell_text(t, 2, "case"), "C1");
	table_free(t);
	ActionFilter bad_owner = {.owner = "Nobody"}, bad_team = {.team = "Nope"}, bad_audit = {.audit = 77};
	ck_assert_ptr_null(LIST(repo_action_list(db, &bad_owner, SINK, &cause)));
	check_cause("unknown worker 'Nobody'; 'worker list' shows the workers");
	ck_assert_ptr_null(LIST(repo_action_list(db, &bad_team, SINK, &cause)));
	check_cause("unknown team 'Nope'; 'team list' shows the teams");
	ck_assert_ptr_null(LIST(repo_action_list(db, &bad_audit, SINK, &cause)));
	check_cause("unknown audit 77; 'audit list' shows the audits");
}
END_TEST

/* ---- history ---- */

static Table *history(const char *table, const char *id)
{
	HistoryFilter f = {table, id, NULL, NULL};
	Table *t = LIST(repo_history_list(db, &f, SINK, &cause));
	ck_assert_msg(t != NULL, "history: %s", cause);
	return t;
}

START_TEST(test_history)
{
	AuditAnswer answers[] = {{"CHRON", "met", NULL}};
	long long id = add_audit("C1", "2016-11-02", NULL, 1, answers, 0);
	ck_assert_int_eq(repo_audit_grade(db, id, "good", &cause), 0);
	Table *t = history("audit", "1");
	ck_assert_int_eq(t->nrow, 2);
	ck_assert_str_eq(cell_text(t, 0, "operation"), "insert");
	ck_assert_str_eq(cell_text(t, 0, "who"), "tester");
	ck_assert_ptr_null(cell_text(t, 0, "old"));
	ck_assert_ptr_nonnull(strstr(cell_text(t, 0, "new"), "\"case_id\":1"));
	/* An update shows only what changed. */
	ck_assert_str_eq(cell_text(t, 1, "old"), "{\"grade\":null}");
	ck_assert_str_eq(cell_text(t, 1, "new"), "{\"grade\":\"good\"}");
	table_free(t);
	/* The answer was given with the audit: its history is the audit's. */
	t = history("answer", "1/CHRON");
	ck_assert_int_eq(t->nrow, 1);
	ck_assert_str_eq(cell_text(t, 0, "table"), "audit");
	ck_assert_str_eq(cell_text(t, 0, "operation"), "insert");
	table_free(t);
	ck_assert_int_eq(repo_audit_answer(db, id, "CHRON", "not-met", "out of date", &cause), 0);
	t = history("answer", "1/CHRON");
	ck_assert_int_eq(t->nrow, 2);
	ck_assert_str_eq(cell_text(t, 1, "table"), "answer");
	ck_assert_str_eq(cell_text(t, 1, "new"), "{\"result\":\"not-met\",\"note\":\"out of date\"}");
	table_free(t);
	t = history("answer", "1/PLAN");
	ck_assert_int_eq(t->nrow, 0);
	table_free(t);
	t = history("case", NULL); /* "case" names case_file */
	ck_assert_int_eq(t->nrow, 4);
	ck_assert_str_eq(cell_text(t, 0, "table"), "case_file");
	table_free(t);
	t = history(NULL, "1");
	ck_assert_int_gt(t->nrow, 5);
	table_free(t);
	HistoryFilter future = {NULL, NULL, "2999-01-01", NULL};
	t = LIST(repo_history_list(db, &future, SINK, &cause));
	ck_assert_int_eq(t->nrow, 0);
	table_free(t);

	static const struct {
		HistoryFilter f;
		const char *message;
	} bad[] = {
		{{NULL, "", NULL, NULL}, FIELD("id") " is empty; give the row as the history's row column shows it"},
		{{NULL, NULL, "yesterday", NULL}, FIELD("from") " 'yesterday' is not a real date; expected YYYY-MM-DD"},
		{{NULL, NULL, NULL, "2016-02-30"}, FIELD("to") " '2016-02-30' is not a real date; expected YYYY-MM-DD"},
		{{NULL, NULL, "2016-02-03", "2016-02-01"}, FIELD("from") " 2016-02-03 is after " FIELD("to") " 2016-02-01"},
	};
	/* An unknown table is named with the tables there are, whatever tables
	 * later migrations add. */
	HistoryFilter plural = {"audits", NULL, NULL, NULL};
	ck_assert_ptr_null(LIST(repo_history_list(db, &plural, SINK, &cause)));
	ck_assert_msg(cause && strncmp(cause, "unknown table 'audits'; expected one of: action, ", 49) == 0 &&
	              strstr(cause, ", audit, ") && strstr(cause, ", worker") , "got '%s'", cause);
	free(cause);
	cause = NULL;
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		ck_assert_ptr_null(LIST(repo_history_list(db, &bad[i].f, SINK, &cause)));
		check_cause(bad[i].message);
	}
	/* Nothing alters it. */
	ck_assert_int_eq(db_exec(db, "DELETE FROM history", &cause), -1);
	check_cause("the change history cannot be altered");
}
END_TEST

/* An audit recorded with its answers is one change: the audit's insert,
 * holding the audit as submitted, its answers and their notes. */
START_TEST(test_history_whole)
{
	AuditAnswer answers[] = {{"CHRON", "met", NULL}, {"PLAN", "not-met", "no \"timescales\""}, {"NEGLECT", "na", NULL}};
	long long id = add_audit("C1", "2016-11-02", "good", 3, answers, 1);
	ck_assert_int_eq(count("SELECT count(*) FROM history WHERE tbl IN ('audit', 'answer')"), 1);
	check_text("SELECT json_extract(new, '$.answers') FROM history WHERE tbl = 'audit'",
	           "{\"CHRON\":\"met\",\"PLAN\":\"not-met\",\"NEGLECT\":\"na\"}");
	check_text("SELECT json_extract(new, '$.notes') FROM history WHERE tbl = 'audit'",
	           "{\"PLAN\":\"no \\\"timescales\\\"\"}");
	check_text("SELECT json_extract(new, '$.submitted_by') || ' ' || json_extract(new, '$.grade')"
	           " FROM history WHERE tbl = 'audit'", "tester good");
	/* Its stamp and the audit's submission are the same moment. */
	ck_assert_int_eq(count("SELECT count(*) FROM history h JOIN audit a ON a.id = h.row_id"
	                       " WHERE h.tbl = 'audit' AND json_extract(h.new, '$.submitted_at') = a.submitted_at"), 1);
	/* Other changes are recorded a row at a time, as before. */
	fixture_exec(db, "INSERT INTO audit(case_id, team_id, auditor_id, date) VALUES (2, 2, 5, '2016-11-01');"
	                 "INSERT INTO answer(audit_id, standard_code, result) VALUES (2, 'CHRON', 'met')");
	ck_assert_int_eq(count("SELECT count(*) FROM history WHERE tbl = 'audit' AND row_id = '2'"), 1);
	ck_assert_int_eq(count("SELECT count(*) FROM history WHERE tbl = 'answer' AND row_id = '2/CHRON'"), 1);
	/* A refused audit records nothing, and leaves the row triggers on. */
	AuditAnswer twice[] = {{"CHRON", "met", NULL}, {"chron", "met", NULL}};
	AuditNew bad = {"C1", "2016-11-03", "Mary Shah", NULL, "good", 2, twice, 1, 0, NULL};
	ck_assert_int_eq(repo_audit_add(db, &bad, &id, &cause), -1);
	check_cause("standard CHRON is answered twice; answer it once");
	ck_assert_int_eq(count("SELECT count(*) FROM history WHERE tbl IN ('audit', 'answer')"), 3);
	check_text("SELECT caseaudit_row_history()", "1");
}
END_TEST

/* An audit of more standards than one INSERT takes (ANSWERS_AT_ONCE)
 * goes in whole all the same. */
START_TEST(test_many_answers)
{
	AuditAnswer answers[40];
	char codes[40][8];
	for (int i = 0; i < 40; i++) {
		snprintf(codes[i], sizeof codes[i], "X%c%c", 'A' + i / 26, 'A' + i % 26);
		char *sql = xprintf("INSERT INTO standard(code, text, position) VALUES ('%s', 'extra', %d)", codes[i],
		                    100 + i);
		fixture_exec(db, sql);
		free(sql);
		answers[i].standard = codes[i];
		answers[i].result = i % 3 ? "met" : "not-met";
		answers[i].note = i == 39 ? "the last" : NULL;
	}
	long long id = add_audit("C1", "2016-11-02", "good", 40, answers, 1);
	ck_assert_int_eq(count("SELECT count(*) FROM answer"), 40);
	ck_assert_int_eq(count("SELECT count(*) FROM answer WHERE result = 'not-met'"), 14);
	check_text("SELECT note FROM answer WHERE standard_code = 'XBN'", "the last");
	ck_assert_int_eq(count("SELECT count(*) FROM answer WHERE note IS NOT NULL"), 1);
	ck_assert_int_eq(count("SELECT count(*) FROM history h, json_each(h.new, '$.answers')"
	                       " WHERE h.tbl = 'audit'"), 40);
	ck_assert_int_eq(id, 1);
}
END_TEST

/* An import records with the triggers off, for the import's own
 * transaction level only; what it writes is checked and recorded as
 * with them on. */
START_TEST(test_recorder_bulk)
{
	ck_assert_int_eq(db_begin(db, 1, &cause), 0);
	AuditRecorder *r = repo_audit_recorder_new(db, 1, &cause);
	ck_assert_ptr_nonnull(r);
	ck_assert_int_eq(db_triggers_enabled(db), 0);
	AuditAnswer answers[] = {{"CHRON", "met", NULL}, {"IHA", "not-met", NULL}};
	AuditNew a = {"C2", "2016-11-02", "Rita Patel", NULL, "good", 2, answers, 1, 0, NULL};
	long long id;
	ck_assert_msg(repo_audit_recorder_add(r, &a, &id, &cause) == 0, "%s", cause);
	/* Checks still apply: IHA is for children in care, C1 is not one. */
	AuditNew wrong = {"C1", "2016-11-02", "Mary Shah", NULL, "good", 2, answers, 1, 0, NULL};
	ck_assert_int_eq(repo_audit_recorder_add(r, &wrong, &id, &cause), -1);
	check_cause("standard IHA applies only to cases with status cic and case C1 has status cin, "
	            "flagged neglect; answer IHA=na");
	repo_audit_recorder_free(r);
	ck_assert_int_eq(db_triggers_enabled(db), 1);
	ck_assert_int_eq(db_end(db, 1, &cause), 0);
	ck_assert_int_eq(count("SELECT count(*) FROM audit WHERE submitted_at IS NOT NULL"), 1);
	ck_assert_int_eq(count("SELECT count(*) FROM answer"), 2);
	ck_assert_int_eq(count("SELECT count(*) FROM history WHERE tbl IN ('audit', 'answer')"), 1);
	check_text("SELECT json_extract(new, '$.answers.IHA') FROM history WHERE tbl = 'audit'", "not-met");
	/* And the audit is frozen, by the triggers, once they are back. */
	ck_assert_int_eq(db_exec(db, "UPDATE audit SET grade = 'inadequate'", &cause), -1);
	check_cause("audit is submitted and cannot be changed");

	/* A recorder left alive when its transaction level ends (a bug, or a
	 * failure path) does not leave the triggers off for what follows. */
	ck_assert_int_eq(db_begin(db, 1, &cause), 0);
	ck_assert_int_eq(db_begin(db, 1, &cause), 0);
	r = repo_audit_recorder_new(db, 1, &cause);
	ck_assert_int_eq(db_triggers_enabled(db), 0);
	ck_assert_int_eq(db_end(db, 0, NULL), 0);
	ck_assert_int_eq(db_triggers_enabled(db), 1);
	ck_assert_int_eq(db_end(db, 1, &cause), 0);
	repo_audit_recorder_free(r);
	ck_assert_int_eq(db_triggers_enabled(db), 1);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("repo_audit");
	TCase *add = tcase_create("add");
	tcase_add_checked_fixture(add, setup, teardown);
	tcase_add_test(add, test_add_draft);
	tcase_add_test(add, test_add_submit_at_once);
	tcase_add_test(add, test_add_refusals);
	tcase_add_test(add, test_who_may_audit);
	tcase_add_test(add, test_duplicate_refused);
	tcase_add_test(add, test_grade_rule);
	tcase_add_test(add, test_answerable_anywhere);
	tcase_add_test(add, test_unknown_status_refused);
	tcase_add_test(add, test_bst_midnight);
	tcase_add_test(add, test_today_in_council_zone);
	tcase_add_test(add, test_add_bad_answers);
	tcase_add_test(add, test_add_applicable);
	tcase_add_test(add, test_team_on_audit_date);
	tcase_add_test(add, test_team_on_local_date);
	suite_add_tcase(s, add);
	TCase *change = tcase_create("change");
	tcase_add_checked_fixture(change, setup, teardown);
	tcase_add_test(change, test_answer_replaces);
	tcase_add_test(change, test_grade_and_submit);
	tcase_add_test(change, test_submitted_is_frozen);
	tcase_add_test(change, test_moderate);
	tcase_add_test(change, test_moderator_left);
	suite_add_tcase(s, change);
	TCase *read = tcase_create("read");
	tcase_add_checked_fixture(read, setup, teardown);
	tcase_add_test(read, test_record);
	tcase_add_test(read, test_list);
	tcase_add_test(read, test_standards_and_context);
	suite_add_tcase(s, read);
	TCase *actions = tcase_create("actions");
	tcase_add_checked_fixture(actions, setup, teardown);
	tcase_add_test(actions, test_action_add);
	tcase_add_test(actions, test_action_done);
	tcase_add_test(actions, test_action_list);
	suite_add_tcase(s, actions);
	TCase *hist = tcase_create("history");
	tcase_add_checked_fixture(hist, setup, teardown);
	tcase_add_test(hist, test_history);
	tcase_add_test(hist, test_history_whole);
	tcase_add_test(hist, test_many_answers);
	tcase_add_test(hist, test_recorder_bulk);
	suite_add_tcase(s, hist);
	return s;
}

int main(void)
{
	setenv("CASEAUDIT_TODAY", "2016-11-30", 1);
	return fixture_run(suite());
}
