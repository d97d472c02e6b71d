/* Dip samples: the PRNG's known answers, the reproducible draw (checked
 * against an independent computation of SplitMix64 + Fisher-Yates), the skip
 * rules, percentages, every refusal, and on-time / late / not-yet. */
#include <check.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fixture.h"
#include "prng.h"
#include "repo.h"
#include "util.h"

/* Team 1 has open cases C01..C19 (C05 and C06 on CP plans, the rest CIN)
 * and C20 closed; team 2 has D01..D03; team 3 has none open. */
static const char *const FIXTURE =
	"INSERT INTO team(id, name) VALUES (1, 'Assessment Team 1'), (2, 'Disabled Children'), (3, 'Empty Team');"
	"INSERT INTO worker(id, name, team_id, role, started, left_on) VALUES"
	" (1, 'Sam Patel', 1, 'team-manager', NULL, NULL),"
	" (2, 'Alex Jones', 1, 'social-worker', NULL, NULL),"
	" (3, 'Pat Lee', 2, 'head-of-service', '2010-01-01', NULL),"
	" (4, 'Old Boss', 1, 'team-manager', NULL, '2016-01-31'),"
	" (5, 'New Boss', 1, 'team-manager', '2017-01-01', NULL);"
	"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 19)"
	" INSERT INTO case_file(ref, team_id, worker_id, status)"
	" SELECT printf('C%02d', i), 1, 2, CASE WHEN i IN (5, 6) THEN 'cp' ELSE 'cin' END FROM n;"
	"INSERT INTO case_file(ref, team_id, status, opened, closed) VALUES ('C20', 1, 'cin', '2016-01-01', '2016-10-01');"
	"INSERT INTO case_file(ref, team_id) VALUES ('D01', 2), ('D02', 2), ('D03', 2);";

static Db *sample_db(void)
{
	Db *db = fixture_db();
	fixture_exec(db, FIXTURE);
	return db;
}

static void add_audit(Db *db, const char *ref, const char *date, int submitted)
{
	char *sql = xprintf("INSERT INTO audit(case_id, team_id, auditor_id, date, submitted_at, submitted_by)"
	                    " SELECT id, team_id, 1, '%s', %s FROM case_file WHERE ref = '%s'",
	                    date, submitted ? "'2016-12-01T00:00:00Z', 'tester'" : "NULL, NULL", ref);
	fixture_exec(db, sql);
	free(sql);
}

static SampleRequest request(void)
{
	SampleRequest r = {
		.team = "Assessment Team 1", .auditor = "Sam Patel", .drawn_on = "2016-11-30",
		.due = "2016-12-31", .size = 5, .within_days = -1, .seed = 7,
	};
	return r;
}

/* The drawn case IDs, comma-separated, in drawn order (malloc'd). */
static char *refs(const Table *t)
{
	int col = table_column(t, "case");
	ck_assert_int_ge(col, 0);
	Buf b = {0};
	for (int r = 0; r < t->nrow; r++) {
		ck_assert_int_eq(table_cell(t, r, table_column(t, "position"))->i, r + 1);
		buf_printf(&b, "%s%s", r ? "," : "", table_cell(t, r, col)->s);
	}
	return b.s ? b.s : xstrdup("");
}

/* Draw and return the refs drawn; the draw must succeed. */
static char *draw_ok(Db *db, SampleRequest r, SampleDraw *d)
{
	char *cause = NULL;
	SampleDraw local;
	if (d == NULL)
		d = &local;
	int rc = repo_sample_draw(db, &r, d, &cause);
	ck_assert_msg(rc == 0, "draw refused: %s", cause ? cause : "");
	char *s = refs(d->cases);
	ck_assert_ptr_nonnull(d->team);
	ck_assert_ptr_nonnull(d->auditor);
	/* Keep the counts for the caller; free the rest. */
	table_free(d->cases);
	free(d->team);
	free(d->auditor);
	d->cases = NULL;
	d->team = d->auditor = NULL;
	return s;
}

/* The draw must be refused with a message containing expect, and change
 * nothing: no sample, no scheduled audit, no history. */
static void refused(Db *db, SampleRequest r, const char *expect)
{
	long long samples = fixture_int(db, "SELECT count(*) FROM sample");
	long long scheduled = fixture_int(db, "SELECT count(*) FROM scheduled_audit");
	long long history = fixture_int(db, "SELECT count(*) FROM history");
	char *cause = NULL;
	SampleDraw d;
	ck_assert_int_eq(repo_sample_draw(db, &r, &d, &cause), -1);
	ck_assert_ptr_nonnull(cause);
	ck_assert_msg(strstr(cause, expect) != NULL, "cause '%s' lacks '%s'", cause, expect);
	ck_assert_ptr_null(d.cases);
	ck_assert_int_eq(fixture_int(db, "SELECT count(*) FROM sample"), samples);
	ck_assert_int_eq(fixture_int(db, "SELECT count(*) FROM scheduled_audit"), scheduled);
	ck_assert_int_eq(fixture_int(db, "SELECT count(*) FROM history"), history);
	ck_assert_int_eq(db_transaction_depth(db), 0);
	free(cause);
}

/* ---- the generator ---- */

START_TEST(test_splitmix64_known_answers)
{
	/* Vigna's reference splitmix64.c; the 1234567 vector is the one its
	 * authors publish, the others were computed independently in Python. */
	static const struct {
		uint64_t seed;
		uint64_t out[5];
	} vectors[] = {
		{0, {UINT64_C(0xe220a8397b1dcdaf), UINT64_C(0x6e789e6aa1b965f4), UINT64_C(0x06c45d188009454f),
		     UINT64_C(0xf88bb8a8724c81ec), UINT64_C(0x1b39896a51a8749b)}},
		{1234567, {UINT64_C(6457827717110365317), UINT64_C(3203168211198807973),
		           UINT64_C(9817491932198370423), UINT64_C(4593380528125082431),
		           UINT64_C(16408922859458223821)}},
		{42, {UINT64_C(13679457532755275413), UINT64_C(2949826092126892291),
		      UINT64_C(5139283748462763858), UINT64_C(6349198060258255764),
		      UINT64_C(701532786141963250)}},
	};
	for (size_t v = 0; v < sizeof vectors / sizeof vectors[0]; v++) {
		Prng p;
		prng_init(&p, vectors[v].seed);
		for (int i = 0; i < 5; i++)
			ck_assert_msg(prng_next(&p) == vectors[v].out[i], "seed %llu output %d",
			              (unsigned long long)vectors[v].seed, i);
	}
}
END_TEST

START_TEST(test_below_known_answers)
{
	static const uint64_t tens[] = {3, 1, 8, 4, 0, 2, 5, 8, 5, 4};
	Prng p;
	prng_init(&p, 42);
	for (int i = 0; i < 10; i++)
		ck_assert_int_eq(prng_below(&p, 10), tens[i]);
	/* n = 2^63 + 1 rejects every output below 2^63 - 1: of the first six
	 * outputs for seed 42 only the first and sixth are kept. */
	const uint64_t n = (UINT64_C(1) << 63) + 1;
	prng_init(&p, 42);
	ck_assert(prng_below(&p, n) == UINT64_C(4456085495900499604));
	ck_assert(prng_below(&p, n) == UINT64_C(6792609088808213253));
	prng_init(&p, 1);
	for (int i = 0; i < 1000; i++)
		ck_assert(prng_below(&p, 1) == 0);
	for (int i = 0; i < 1000; i++)
		ck_assert(prng_below(&p, 7) < 7);
}
END_TEST

START_TEST(test_below_uniform)
{
	/* 70,000 draws over 7 values: each count within 5 standard deviations
	 * (sd = sqrt(70000 * 1/7 * 6/7) ~ 92.6) of 10,000. */
	long counts[7] = {0};
	Prng p;
	prng_init(&p, 20161130);
	for (int i = 0; i < 70000; i++)
		counts[prng_below(&p, 7)]++;
	for (int v = 0; v < 7; v++)
		ck_assert_msg(labs(counts[v] - 10000) < 463, "value %d drawn %ld times", v, counts[v]);
}
END_TEST

START_TEST(test_fresh_seed)
{
	int64_t a = prng_fresh_seed(), b = prng_fresh_seed();
	ck_assert(a >= 1 && a <= INT32_MAX);
	ck_assert(b >= 1 && b <= INT32_MAX);
	/* Two draws a nanosecond apart colliding has odds of 1 in 2^31. */
	ck_assert(a != b);
}
END_TEST

/* ---- the draw ---- */

START_TEST(test_draw_known_answer)
{
	Db *db = sample_db();
	SampleDraw d;
	char *got = draw_ok(db, request(), &d);
	/* tests/e2e reference: SplitMix64(7), partial Fisher-Yates over C01..C19. */
	ck_assert_str_eq(got, "C06,C08,C15,C03,C09");
	ck_assert_int_eq(d.requested, 5);
	ck_assert_int_eq(d.open_cases, 19);
	ck_assert_int_eq(d.eligible, 19);
	ck_assert_int_eq(d.recent + d.pending, 0);
	ck_assert_int_eq(fixture_int(db, "SELECT count(*) FROM sample"), 1);
	ck_assert_int_eq(fixture_int(db, "SELECT seed FROM sample WHERE id = 1"), 7);
	ck_assert_int_eq(fixture_int(db, "SELECT requested FROM sample WHERE id = 1"), 5);
	ck_assert_int_eq(fixture_int(db, "SELECT auditor_id FROM sample WHERE id = 1"), 1);
	char *s = fixture_text(db, "SELECT drawn_on || ' ' || due FROM sample WHERE id = 1");
	ck_assert_str_eq(s, "2016-11-30 2016-12-31");
	free(s);
	s = fixture_text(db, "SELECT group_concat(c.ref) FROM (SELECT c.ref FROM scheduled_audit sa"
	                     " JOIN case_file c ON c.id = sa.case_id WHERE sa.sample_id = 1 ORDER BY sa.position) c");
	ck_assert_str_eq(s, "C06,C08,C15,C03,C09");
	free(s);
	ck_assert_int_eq(fixture_int(db, "SELECT count(*) FROM history WHERE tbl IN ('sample', 'scheduled_audit')"), 6);
	free(got);
	db_close(db);
}
END_TEST

START_TEST(test_draw_reproducible)
{
	/* Two databases built the same way give the same sample for a seed. */
	Db *one = sample_db(), *two = sample_db();
	SampleRequest r = request();
	r.seed = 8;
	char *a = draw_ok(one, r, NULL), *b = draw_ok(two, r, NULL);
	ck_assert_str_eq(a, b);
	ck_assert_str_eq(a, "C11,C13,C01,C08,C12");
	/* The largest seed is accepted and stored as given. */
	r.seed = INT64_MAX;
	r.size = 1;
	free(draw_ok(one, r, NULL));
	ck_assert(fixture_int(one, "SELECT seed FROM sample WHERE id = 2") == INT64_MAX);
	free(a);
	free(b);
	db_close(one);
	db_close(two);
}
END_TEST

START_TEST(test_draw_order_independent_of_insertion)
{
	/* Candidates are put in case-ID order first, so a database where the
	 * cases went in another order draws the same cases. */
	Db *db = fixture_db();
	fixture_exec(db, "INSERT INTO team(id, name) VALUES (1, 'Assessment Team 1');"
	                 "INSERT INTO worker(id, name, team_id, role) VALUES (1, 'Sam Patel', 1, 'team-manager');"
	                 "WITH RECURSIVE n(i) AS (SELECT 19 UNION ALL SELECT i - 1 FROM n WHERE i > 1)"
	                 " INSERT INTO case_file(ref, team_id) SELECT printf('C%02d', i), 1 FROM n;");
	char *got = draw_ok(db, request(), NULL);
	ck_assert_str_eq(got, "C06,C08,C15,C03,C09");
	free(got);
	db_close(db);
}
END_TEST

START_TEST(test_draw_more_than_eligible)
{
	Db *db = sample_db();
	SampleRequest r = request();
	r.team = "disabled children"; /* names ignore case */
	r.size = 10;
	SampleDraw d;
	char *got = draw_ok(db, r, &d);
	ck_assert_int_eq(d.requested, 10);
	ck_assert_int_eq(d.eligible, 3);
	ck_assert_int_eq(strlen(got), strlen("D01,D02,D03"));
	ck_assert_ptr_nonnull(strstr(got, "D01"));
	ck_assert_ptr_nonnull(strstr(got, "D02"));
	ck_assert_ptr_nonnull(strstr(got, "D03"));
	ck_assert_int_eq(fixture_int(db, "SELECT requested FROM sample"), 10);
	ck_assert_int_eq(fixture_int(db, "SELECT count(*) FROM scheduled_audit"), 3);
	free(got);
	db_close(db);
}
END_TEST

START_TEST(test_draw_status_and_closed)
{
	Db *db = sample_db();
	SampleRequest r = request();
	r.status = "cp";
	SampleDraw d;
	char *got = draw_ok(db, r, &d);
	ck_assert(strcmp(got, "C05,C06") == 0 || strcmp(got, "C06,C05") == 0);
	ck_assert_int_eq(d.open_cases, 2);
	free(got);
	/* The closed C20 and other teams' cases are never drawn. */
	r = request();
	r.size = 100;
	got = draw_ok(db, r, &d);
	ck_assert_ptr_null(strstr(got, "C20"));
	ck_assert_ptr_null(strstr(got, "D0"));
	ck_assert_int_eq(d.open_cases, 19);
	ck_assert_int_eq(d.pending, 2); /* C05 and C06, scheduled just now */
	ck_assert_int_eq(d.eligible, 17);
	free(got);
	db_close(db);
}
END_TEST

START_TEST(test_draw_percent)
{
	Db *db = sample_db();
	fixture_exec(db, "INSERT INTO team(id, name) VALUES (4, 'Hundred');"
	                 "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100)"
	                 " INSERT INTO case_file(ref, team_id) SELECT printf('H%03d', i), 4 FROM n;");
	static const struct {
		double percent;
		long long cases;
	} cases[] = {
		{7, 7},     /* 7 / 100.0 * 100 is 7.000000000000001 in doubles: still 7 */
		{55, 55},   /* likewise 55.00000000000001 */
		{1, 1},
		{0.5, 1},   /* rounds up */
		{0.001, 1}, /* at least one */
		{55.5, 56},
		{100, 100},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		SampleRequest r = request();
		r.team = "hundred";
		r.auditor = "SAM PATEL";
		r.size = 0;
		r.percent = cases[i].percent;
		SampleDraw d;
		char *cause = NULL;
		ck_assert_int_eq(repo_sample_draw(db, &r, &d, &cause), 0);
		ck_assert_msg(d.cases->nrow == cases[i].cases && d.requested == cases[i].cases,
		              "%g%% of 100 drew %d", cases[i].percent, d.cases->nrow);
		/* The names as stored, whatever case they were typed in. */
		ck_assert_str_eq(d.team, "Hundred");
		ck_assert_str_eq(d.auditor, "Sam Patel");
		repo_sample_draw_free(&d);
		/* Forget the schedule so the next draw sees all 100 again. */
		fixture_exec(db, "DELETE FROM scheduled_audit");
	}
	db_close(db);
}
END_TEST

START_TEST(test_skip_recent_audits)
{
	Db *db = sample_db();
	add_audit(db, "C01", "2016-11-01", 1); /* 29 days before the draw */
	add_audit(db, "C02", "2016-10-31", 1); /* 30 days before */
	add_audit(db, "C03", "2016-11-30", 1); /* on the draw date */
	add_audit(db, "C04", "2016-12-05", 1); /* after the draw date: not before it */
	add_audit(db, "C07", "2016-11-29", 0); /* a draft does not count */
	SampleRequest r = request();
	r.size = 100;
	r.within_days = 29;
	SampleDraw d;
	char *got = draw_ok(db, r, &d);
	ck_assert_int_eq(d.recent, 2);
	ck_assert_int_eq(d.eligible, 17);
	ck_assert_ptr_null(strstr(got, "C01"));
	ck_assert_ptr_null(strstr(got, "C03"));
	ck_assert_ptr_nonnull(strstr(got, "C02"));
	ck_assert_ptr_nonnull(strstr(got, "C04"));
	ck_assert_ptr_nonnull(strstr(got, "C07"));
	free(got);
	fixture_exec(db, "DELETE FROM scheduled_audit");
	r.within_days = 30;
	free(draw_ok(db, r, &d));
	ck_assert_int_eq(d.recent, 3);
	fixture_exec(db, "DELETE FROM scheduled_audit");
	r.within_days = 0; /* only the draw date itself */
	got = draw_ok(db, r, &d);
	ck_assert_int_eq(d.recent, 1);
	ck_assert_ptr_null(strstr(got, "C03"));
	free(got);
	fixture_exec(db, "DELETE FROM scheduled_audit");
	r.within_days = -1; /* no such skip */
	free(draw_ok(db, r, &d));
	ck_assert_int_eq(d.recent, 0);
	ck_assert_int_eq(d.eligible, 19);
	db_close(db);
}
END_TEST

START_TEST(test_skip_pending_schedules)
{
	Db *db = sample_db();
	char *first = draw_ok(db, request(), NULL); /* C06,C08,C15,C03,C09 on 2016-11-30 */
	ck_assert_str_eq(first, "C06,C08,C15,C03,C09");
	free(first);
	add_audit(db, "C06", "2016-11-29", 1); /* before that draw: does not fulfil it */
	add_audit(db, "C08", "2016-12-01", 1); /* fulfils it */
	add_audit(db, "C15", "2016-12-01", 0); /* a draft does not */
	add_audit(db, "C03", "2016-11-30", 1); /* on the draw date: fulfils it */
	SampleRequest r = request();
	r.drawn_on = "2016-12-02";
	r.size = 100;
	SampleDraw d;
	char *got = draw_ok(db, r, &d);
	ck_assert_int_eq(d.pending, 3); /* C06, C15, C09 */
	ck_assert_int_eq(d.eligible, 16);
	ck_assert_ptr_null(strstr(got, "C06"));
	ck_assert_ptr_null(strstr(got, "C15"));
	ck_assert_ptr_null(strstr(got, "C09"));
	ck_assert_ptr_nonnull(strstr(got, "C08"));
	ck_assert_ptr_nonnull(strstr(got, "C03"));
	free(got);
	/* Now every open case is scheduled and not audited since. */
	r.drawn_on = "2016-12-03";
	r.size = 1;
	refused(db, r, "no eligible cases: of the 19 open cases of team 'Assessment Team 1', "
	               "19 scheduled in an earlier sample and not yet audited");
	db_close(db);
}
END_TEST

START_TEST(test_refusals)
{
	Db *db = sample_db();
	SampleRequest r;
	r = request(), r.team = "Nope";
	refused(db, r, "unknown team 'Nope'");
	r = request(), r.auditor = "Nobody";
	refused(db, r, "unknown auditor 'Nobody'; 'worker list' shows the workers");
	r = request(), r.auditor = "Alex Jones";
	refused(db, r, "the auditor 'Alex Jones' is a social-worker; management audits are done by a team-manager, head-of-service or senior-manager");
	r = request(), r.auditor = "Old Boss";
	refused(db, r, "left on 2016-01-31, before the draw date 2016-11-30");
	r = request(), r.auditor = "New Boss";
	refused(db, r, "started on 2017-01-01, after the draw date 2016-11-30");
	r = request(), r.due = "2016-11-29";
	refused(db, r, "the due date 2016-11-29 is before the draw date 2016-11-30");
	r = request(), r.due = "2016-02-30";
	refused(db, r, "the due date '2016-02-30' is not a real date");
	r = request(), r.drawn_on = "9999-01-01", r.due = "9999-12-31";
	refused(db, r, "the draw date 9999-01-01 is after today");
	r = request(), r.drawn_on = "30/11/2016";
	refused(db, r, "the draw date '30/11/2016' is not a real date");
	r = request(), r.size = 0;
	refused(db, r, "give either a number of cases");
	r = request(), r.size = -3;
	refused(db, r, "the sample size -3 is not a whole number above 0");
	r = request(), r.percent = 10;
	refused(db, r, "not both");
	r = request(), r.size = 0, r.percent = 100.5;
	refused(db, r, "at most 100");
	r = request(), r.size = 0, r.percent = -1;
	refused(db, r, "is not above 0");
	r = request(), r.within_days = -2;
	refused(db, r, FIELD("not-audited-within") " -2 is negative");
	r = request(), r.seed = -1;
	refused(db, r, "the seed -1 is negative");
	r = request(), r.status = "looked-after";
	refused(db, r, FIELD("status") " 'looked-after' is not known; expected one of: early-help, cin, cp, cic, care-leaver");
	r = request(), r.team = "Empty Team";
	refused(db, r, "no eligible cases: team 'Empty Team' has no open cases; nothing was drawn");
	r = request(), r.status = "care-leaver";
	refused(db, r, "team 'Assessment Team 1' has no open cases with status care-leaver");
	add_audit(db, "D01", "2016-11-01", 1);
	add_audit(db, "D02", "2016-11-20", 1);
	add_audit(db, "D03", "2016-11-30", 1);
	r = request(), r.team = "Disabled Children", r.within_days = 90;
	refused(db, r, "no eligible cases: of the 3 open cases of team 'Disabled Children', "
	               "3 audited within 90 days before 2016-11-30; nothing was drawn");
	add_audit(db, "D01", "2016-11-30", 1);
	add_audit(db, "D02", "2016-11-30", 1);
	r.within_days = 0;
	refused(db, r, "of the 3 open cases of team 'Disabled Children', 3 audited on the draw date 2016-11-30;");
	/* The head of service, of another team, may audit (peer sampling). */
	r = request(), r.auditor = "Pat Lee";
	free(draw_ok(db, r, NULL));
	db_close(db);
}
END_TEST

/* ---- sample list ---- */

static const char *cell_text(const Table *t, int row, const char *column)
{
	const Value *v = table_cell(t, row, table_column(t, column));
	return v->type == VALUE_TEXT ? v->s : "";
}

/* Files due for re-audit first: C10 (inadequate on 1 June: overdue since
 * 1 September) and C03 (requires improvement on 1 October: due by 1
 * April), oldest due first; then the rest as the plain draw would take
 * them, places 3 to 5 of a Fisher-Yates shuffle of the other eligible
 * files in ref order, worked out here independently. */
START_TEST(test_draw_reaudits_first)
{
	Db *db = sample_db();
	fixture_exec(db,
		"INSERT INTO audit(case_id, team_id, auditor_id, date, grade, submitted_at, submitted_by)"
		" SELECT id, 1, 1, '2016-10-01', 'requires-improvement', '2016-10-01T10:00:00Z', 'tester' FROM case_file"
		" WHERE ref = 'C03';"
		"INSERT INTO audit(case_id, team_id, auditor_id, date, grade, submitted_at, submitted_by)"
		" SELECT id, 1, 1, '2016-06-01', 'inadequate', '2016-06-01T10:00:00Z', 'tester' FROM case_file"
		" WHERE ref = 'C10';");
	SampleRequest r = request();
	r.reaudits_first = 1;
	SampleDraw d;
	char *got = draw_ok(db, r, &d);
	ck_assert_int_eq(d.reaudits, 2);
	const char *pool[19];
	char names[19][4];
	int n = 0;
	pool[n++] = "C10";
	pool[n++] = "C03";
	for (int i = 1; i <= 19; i++)
		if (i != 3 && i != 10) {
			snprintf(names[n], sizeof names[n], "C%02d", i);
			pool[n] = names[n];
			n++;
		}
	Prng prng;
	prng_init(&prng, 7);
	for (int i = 2; i < 5; i++) {
		int j = i + (int)prng_below(&prng, (uint64_t)(n - i));
		const char *swap = pool[i];
		pool[i] = pool[j];
		pool[j] = swap;
	}
	char *want = xprintf("%s,%s,%s,%s,%s", pool[0], pool[1], pool[2], pool[3], pool[4]);
	ck_assert_str_eq(got, want);
	free(want);
	free(got);
	/* Fewer places than files due: the oldest due alone. */
	r.size = 1;
	r.team = "Assessment Team 1";
	fixture_exec(db, "DELETE FROM scheduled_audit; DELETE FROM sample;");
	got = draw_ok(db, r, &d);
	ck_assert_str_eq(got, "C10");
	ck_assert_int_eq(d.reaudits, 1);
	free(got);
	/* Without the option the draw is the plain one. */
	fixture_exec(db, "DELETE FROM scheduled_audit; DELETE FROM sample;");
	got = draw_ok(db, request(), NULL);
	ck_assert_str_eq(got, "C06,C08,C15,C03,C09");
	free(got);
	db_close(db);
}
END_TEST

/* A themed draw: every file of the team the theme needs, one sample per
 * team, recorded with its theme; its slot is done by an audit of the
 * theme, and MGMT-AUDITS counts dip samples only. */
START_TEST(test_draw_themed)
{
	Db *db = sample_db();
	fixture_exec(db,
		"INSERT INTO case_flag(case_id, flag) SELECT id, 'cse' FROM case_file WHERE ref IN ('C02', 'C07', 'D01');"
		"INSERT INTO theme(name, added) VALUES ('CSE', '2016-11-01');"
		"INSERT INTO theme_standard(theme, standard_code) VALUES ('CSE', 'CSE-ASSESSED'), ('CSE', 'CSE-PLAN');");
	SampleRequest r = request();
	r.team = NULL;
	r.size = 0;
	r.theme = "cse";
	SampleScope scope = {NULL, NULL, 1};
	ThemedDraw d;
	char *cause = NULL;
	ck_assert_msg(repo_sample_draw_themed(db, &r, &scope, &d, &cause) == 0, "%s", cause ? cause : "");
	ck_assert_int_eq(d.drawn, 3);
	ck_assert_int_eq(d.unneeded, 19);
	ck_assert_int_eq(d.samples->nrow, 2);
	ck_assert_str_eq(table_cell(d.samples, 0, 1)->s, "Assessment Team 1");
	ck_assert_int_eq(table_cell(d.samples, 0, 3)->i, 2);
	ck_assert_int_eq(fixture_int(db, "SELECT count(DISTINCT draw_id) FROM sample_theme WHERE theme = 'CSE'"), 1);
	repo_sample_themed_free(&d);
	/* A dip sample of the same team: its audit by a manager counts in
	 * MGMT-AUDITS; the themed slots do not, even when a manager's audit of
	 * another type is recorded for them. */
	SampleRequest dip = request();
	dip.size = 1;
	dip.due = "2016-11-30";
	free(draw_ok(db, dip, NULL));
	fixture_exec(db,
		"INSERT INTO audit(case_id, team_id, auditor_id, date, grade, type, submitted_at, submitted_by)"
		" SELECT id, 1, 1, '2016-11-30', 'good', 'dip-sample', '2016-11-30T10:00:00Z', 'tester' FROM case_file"
		" WHERE ref IN ('C02', 'C06');");
	char *status = fixture_text(db,
		"SELECT group_concat(s, ',') FROM (SELECT c.ref || ':' || CASE WHEN st.theme IS NULL THEN 'dip' ELSE 'themed' END AS s"
		" FROM scheduled_audit sa JOIN case_file c ON c.id = sa.case_id"
		" LEFT JOIN sample_theme st ON st.sample_id = sa.sample_id ORDER BY sa.sample_id, c.ref)");
	ck_assert_str_eq(status, "C02:themed,C07:themed,D01:themed,C06:dip");
	free(status);
	TableSink ts;
	Table *t = table_collected(&ts, repo_sample_list_themed(db, NULL, "CSE", table_sink(&ts), &cause));
	ck_assert_ptr_nonnull(t);
	ck_assert_int_eq(t->nrow, 3);
	/* C02's audit is no audit of the theme: no themed slot is done. */
	for (int i = 0; i < t->nrow; i++)
		ck_assert_int_eq(table_cell(t, i, table_column(t, "audit"))->type, VALUE_NULL);
	table_free(t);
	t = table_collected(&ts, repo_sample_list(db, NULL, table_sink(&ts), &cause));
	ck_assert_int_eq(t->nrow, 1);
	ck_assert_str_eq(table_cell(t, 0, table_column(t, "audited"))->s, "on-time");
	table_free(t);
	db_close(db);
}
END_TEST

/* A back-dated draw takes only files open on its draw date: opened on or
 * before it (or on no recorded day) and not closed by it; a file opened
 * after it, or closed on or before it, is not drawn; one closed since is.
 * The same for a themed draw. */
/* The IDs of every file scheduled (themed: by a themed sample only), in
 * order of ID, comma-separated (malloc'd). */
static char *scheduled_refs(Db *db, int themed)
{
	return fixture_text(db, themed ? "SELECT group_concat(ref, ',') FROM (SELECT c.ref FROM scheduled_audit sa"
	                                 " JOIN sample_theme st ON st.sample_id = sa.sample_id"
	                                 " JOIN case_file c ON c.id = sa.case_id ORDER BY c.ref)"
	                               : "SELECT group_concat(ref, ',') FROM (SELECT c.ref FROM scheduled_audit sa"
	                                 " JOIN case_file c ON c.id = sa.case_id ORDER BY c.ref)");
}

/* A back-dated draw takes each file by the team and status it had on the
 * draw date (its history), a draw today by those it has now: X1 was team
 * 1's and cin, and has moved to team 2 as cp; X2 has come to team 1; X3
 * moved away and back; X4 changed status only. The changes are recorded
 * now, after the draw date. */
START_TEST(test_draw_back_dated_team)
{
	Db *db = sample_db();
	fixture_exec(db,
		"DELETE FROM case_file WHERE ref LIKE 'C%' OR ref LIKE 'D%';"
		"INSERT INTO case_file(ref, team_id, status, opened) VALUES"
		" ('X1', 1, 'cin', '2016-01-01'), ('X2', 2, 'cin', '2016-01-01'), ('X3', 1, 'cin', '2016-01-01'),"
		" ('X4', 1, 'cp', '2016-01-01'), ('X5', 1, 'cin', '2016-01-01');"
		"UPDATE case_file SET team_id = 2, status = 'cp' WHERE ref = 'X1';"
		"UPDATE case_file SET team_id = 1 WHERE ref = 'X2';"
		"UPDATE case_file SET team_id = 2 WHERE ref = 'X3';"
		"UPDATE case_file SET team_id = 1 WHERE ref = 'X3';"
		"UPDATE case_file SET status = 'cin' WHERE ref = 'X4';");
	static const struct {
		const char *team, *status;
		int today;
		const char *drawn;
	} draws[] = {
		{"Assessment Team 1", NULL, 0, "X1,X3,X4,X5"},
		{"Assessment Team 1", "cin", 0, "X1,X3,X5"},
		{"Assessment Team 1", "cp", 0, "X4"},
		{"Disabled Children", NULL, 0, "X2"},
		{"Assessment Team 1", NULL, 1, "X2,X3,X4,X5"},
		{"Assessment Team 1", "cin", 1, "X2,X3,X4,X5"},
		{"Disabled Children", NULL, 1, "X1"},
	};
	char today[11];
	date_today(today);
	for (size_t i = 0; i < sizeof draws / sizeof *draws; i++) {
		fixture_exec(db, "DELETE FROM scheduled_audit; DELETE FROM sample;");
		SampleRequest r = request();
		r.team = draws[i].team;
		r.status = draws[i].status;
		r.auditor = draws[i].team[0] == 'D' ? "Pat Lee" : "Sam Patel";
		r.drawn_on = draws[i].today ? today : "2016-09-01";
		r.due = "2099-12-31";
		r.size = 100;
		SampleDraw d;
		free(draw_ok(db, r, &d));
		char *sorted = scheduled_refs(db, 0);
		ck_assert_msg(strcmp(sorted, draws[i].drawn) == 0, "draw %zu: %s, not %s", i, sorted, draws[i].drawn);
		free(sorted);
	}
	db_close(db);
}
END_TEST

START_TEST(test_draw_back_dated)
{
	Db *db = sample_db();
	fixture_exec(db,
		"UPDATE case_file SET opened = '2016-01-01' WHERE ref IN ('C01', 'C02', 'C03');"
		"UPDATE case_file SET opened = '2016-09-01' WHERE ref = 'C04';"  /* opened on the draw date */
		"UPDATE case_file SET opened = '2016-09-02' WHERE ref = 'C05';"  /* the day after */
		"UPDATE case_file SET opened = '2016-11-01' WHERE ref BETWEEN 'C06' AND 'C19';"
		"INSERT INTO case_file(ref, team_id, status, opened, closed) VALUES"
		" ('C21', 1, 'cin', '2016-01-01', '2016-09-01'),"  /* closed on the draw date */
		" ('C22', 1, 'cin', '2016-01-01', '2016-08-31');"  /* closed before it */
		"INSERT INTO case_file(ref, team_id, status) VALUES ('C23', 1, 'cin');"); /* no opening date */
	/* C20 (closed 2016-10-01) was open on 2016-09-01. */
	SampleRequest r = request();
	r.drawn_on = "2016-09-01";
	r.due = "2016-12-31";
	r.size = 100;
	SampleDraw d;
	char *got = draw_ok(db, r, &d);
	char *sorted = scheduled_refs(db, 0);
	ck_assert_str_eq(sorted, "C01,C02,C03,C04,C20,C23");
	ck_assert_int_eq(d.open_cases, 6);
	ck_assert_int_eq(d.eligible, 6);
	free(sorted);
	free(got);
	/* A themed draw on the same date: of the cse-flagged files, only those
	 * open on it. */
	fixture_exec(db,
		"INSERT INTO case_flag(case_id, flag) SELECT id, 'cse' FROM case_file"
		" WHERE ref IN ('C02', 'C05', 'C07', 'C20', 'C22');"
		"INSERT INTO theme(name, added) VALUES ('CSE', '2016-01-01');"
		"INSERT INTO theme_standard(theme, standard_code) VALUES ('CSE', 'CSE-ASSESSED'), ('CSE', 'CSE-PLAN');");
	r = request();
	r.team = NULL;
	r.size = 0;
	r.theme = "CSE";
	r.drawn_on = "2016-09-01";
	SampleScope scope = {NULL, NULL, 1};
	ThemedDraw td;
	char *cause = NULL;
	ck_assert_msg(repo_sample_draw_themed(db, &r, &scope, &td, &cause) == 0, "%s", cause ? cause : "");
	ck_assert_int_eq(td.drawn, 2);
	char *themed = scheduled_refs(db, 1);
	ck_assert_str_eq(themed, "C02,C20");
	free(themed);
	repo_sample_themed_free(&td);
	/* Drawn today, the files closed since are not drawn, those opened since are. */
	r.drawn_on = "2016-11-30";
	r.theme = "CSE";
	fixture_exec(db, "DELETE FROM scheduled_audit WHERE sample_id IN (SELECT sample_id FROM sample_theme)");
	ck_assert_msg(repo_sample_draw_themed(db, &r, &scope, &td, &cause) == 0, "%s", cause ? cause : "");
	themed = scheduled_refs(db, 1);
	ck_assert_str_eq(themed, "C02,C05,C07");
	free(themed);
	repo_sample_themed_free(&td);
	db_close(db);
}
END_TEST

START_TEST(test_list_on_time_late_not_yet)
{
	Db *db = sample_db();
	free(draw_ok(db, request(), NULL)); /* C06,C08,C15,C03,C09, due 2016-12-31 */
	add_audit(db, "C06", "2016-12-10", 1); /* audit 1: on time */
	add_audit(db, "C08", "2017-01-05", 1); /* audit 2: late */
	add_audit(db, "C15", "2016-12-10", 0); /* audit 3: a draft: not done (today, on this machine's clock, is after the due date) */
	add_audit(db, "C03", "2016-11-15", 1); /* audit 4: before the draw: not done */
	add_audit(db, "C09", "2017-01-02", 1); /* audit 5: later than the next */
	add_audit(db, "C09", "2016-12-31", 1); /* audit 6: on the due date: on time */
	char *cause = NULL;
	Table *t = LIST(repo_sample_list(db, NULL, SINK, &cause));
	ck_assert_ptr_nonnull(t);
	ck_assert_int_eq(t->nrow, 5);
	static const char *const want[][3] = {
		{"C06", "on-time", "2016-12-10"}, {"C08", "late", "2017-01-05"}, {"C15", "not-done", ""},
		{"C03", "not-done", ""}, {"C09", "on-time", "2016-12-31"},
	};
	static const long long audit_ids[] = {1, 2, 0, 0, 6};
	for (int i = 0; i < 5; i++) {
		ck_assert_str_eq(cell_text(t, i, "case"), want[i][0]);
		ck_assert_str_eq(cell_text(t, i, "audited"), want[i][1]);
		ck_assert_str_eq(cell_text(t, i, "audit_date"), want[i][2]);
		const Value *audit = table_cell(t, i, table_column(t, "audit"));
		ck_assert_int_eq(audit->type == VALUE_NULL ? 0 : audit->i, audit_ids[i]);
		ck_assert_str_eq(cell_text(t, i, "auditor"), "Sam Patel");
		ck_assert_str_eq(cell_text(t, i, "team"), "Assessment Team 1");
		ck_assert_str_eq(cell_text(t, i, "due"), "2016-12-31");
		ck_assert_int_eq(table_cell(t, i, table_column(t, "sample"))->i, 1);
	}
	table_free(t);
	/* --team filters; an unknown team is refused. */
	SampleRequest r = request();
	r.team = "Disabled Children";
	free(draw_ok(db, r, NULL));
	t = LIST(repo_sample_list(db, "Disabled Children", SINK, &cause));
	ck_assert_int_eq(t->nrow, 3);
	ck_assert_int_eq(table_cell(t, 0, 0)->i, 2);
	table_free(t);
	t = LIST(repo_sample_list(db, "Empty Team", SINK, &cause));
	ck_assert_int_eq(t->nrow, 0);
	table_free(t);
	ck_assert_ptr_null(LIST(repo_sample_list(db, "Nope", SINK, &cause)));
	ck_assert_str_eq(cause, "unknown team 'Nope'; 'team list' shows the teams");
	free(cause);
	db_close(db);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("sample");
	TCase *prng = tcase_create("prng");
	tcase_add_test(prng, test_splitmix64_known_answers);
	tcase_add_test(prng, test_below_known_answers);
	tcase_add_test(prng, test_below_uniform);
	tcase_add_test(prng, test_fresh_seed);
	suite_add_tcase(s, prng);
	TCase *draw = tcase_create("draw");
	tcase_add_test(draw, test_draw_known_answer);
	tcase_add_test(draw, test_draw_reproducible);
	tcase_add_test(draw, test_draw_order_independent_of_insertion);
	tcase_add_test(draw, test_draw_more_than_eligible);
	tcase_add_test(draw, test_draw_status_and_closed);
	tcase_add_test(draw, test_draw_percent);
	tcase_add_test(draw, test_skip_recent_audits);
	tcase_add_test(draw, test_skip_pending_schedules);
	tcase_add_test(draw, test_refusals);
	tcase_add_test(draw, test_draw_reaudits_first);
	tcase_add_test(draw, test_draw_themed);
	tcase_add_test(draw, test_draw_back_dated);
	tcase_add_test(draw, test_draw_back_dated_team);
	suite_add_tcase(s, draw);
	TCase *list = tcase_create("list");
	tcase_add_test(list, test_list_on_time_late_not_yet);
	suite_add_tcase(s, list);
	return fixture_run(s);
}
