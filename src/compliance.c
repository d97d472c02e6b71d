/* The measures of the compliance table (see compliance.h and CONTRACT.md).
 *
 * Each measure is one grouped query over the whole period, whatever the
 * grouping, so the cost grows with the data in the period and not with
 * the number of teams or months asked for. The rows come back as counts
 * per (target, group); stats.c turns the counts into percentages, RAG
 * status and evidence. */
#include "compliance.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "repo.h"
#include "util.h"

/* Group keys bound as :by in the queries below. */
enum { BY_NONE = 0, BY_TEAM = 1, BY_MONTH = 2 };

typedef struct {
	char *code, *measure, *standard;
	double threshold;
} Target;

typedef struct {
	long long id;   /* team id (by team) */
	int index;      /* position in the name-ordered list */
} TeamKey;

typedef struct {
	Db *db;
	int ntargets;
	Target *targets;
	int ngroups;
	char **group_names;     /* NULL entries when not grouped */
	TeamKey *teams;         /* by team: sorted by id, for look-up */
	Month first_month;      /* by month: group 0 */
	long long *numerators, *denominators; /* ntargets x ngroups */
	long long team_id;      /* -1: every team */
	int by;
	Period period, worker_period; /* worker_period: bounded, for the targets per worker */
} Work;

static int team_key_compare(const void *a, const void *b)
{
	long long x = ((const TeamKey *)a)->id, y = ((const TeamKey *)b)->id;
	return (x > y) - (x < y);
}

static void bind_team(Stmt *s, const Work *w)
{
	if (w->team_id < 0)
		db_bind_null(s, ":team");
	else
		db_bind_int(s, ":team", w->team_id);
}

/* All time is bound as the widest range of dates rather than as NULL: a
 * plain `date >= :from AND date <= :to` lets SQLite walk the audit_date
 * index over the period alone, where `(:from IS NULL OR ...)` makes it
 * read every answer ever recorded for a quarter's figures
 * (tests/check_query_plan.c checks the plans). */
static void bind_range(Stmt *s, const Period *p)
{
	db_bind_text(s, ":from", p->all_time ? "0000-01-01" : p->from);
	db_bind_text(s, ":to", p->all_time ? "9999-12-31" : p->to);
}

/* The group a result row's key column (col) names, or -1 when it falls
 * outside the groups asked for. */
static int group_of(const Work *w, Stmt *s, int col)
{
	if (w->by == BY_NONE)
		return 0;
	if (db_column_is_null(s, col))
		return -1;
	if (w->by == BY_TEAM) {
		TeamKey key = {db_column_int(s, col), 0};
		const TeamKey *found = bsearch(&key, w->teams, (size_t)w->ngroups, sizeof key, team_key_compare);
		return found ? found->index : -1;
	}
	const char *month = db_column_text(s, col);
	if (month == NULL || strlen(month) != 7)
		return -1;
	char day[11];
	snprintf(day, sizeof day, "%s-01", month);
	if (!date_valid(day))
		return -1;
	int g = month_index(month_of_date(day)) - month_index(w->first_month);
	return g >= 0 && g < w->ngroups ? g : -1;
}

/* Add counts to every target measured by measure (and standard, for the
 * audit-standard targets) in group g. */
static void add_counts(Work *w, const char *measure, const char *standard, int g, long long numerator,
	long long denominator)
{
	if (g < 0)
		return;
	for (int t = 0; t < w->ntargets; t++) {
		const Target *target = &w->targets[t];
		if (strcmp(target->measure, measure) != 0)
			continue;
		if (standard != NULL && (target->standard == NULL || strcmp(target->standard, standard) != 0))
			continue;
		w->numerators[t * w->ngroups + g] += numerator;
		w->denominators[t * w->ngroups + g] += denominator;
	}
}

static int wants(const Work *w, const char *measure)
{
	for (int t = 0; t < w->ntargets; t++)
		if (strcmp(w->targets[t].measure, measure) == 0)
			return 1;
	return 0;
}

/* Audit-standard targets: answers met over met + not met, of submitted
 * audits dated in the period, by the team recorded with the audit.
 *
 * One statement per grouping rather than one with a CASE on :by: SQLite
 * sorts on the grouping key, and a CASE key costs a third more time than
 * the plain column on a quarter of 50,000 audits. Filtering out n/a
 * answers before grouping (IN rather than summing <> 'na') halves it. */
#define STANDARDS_FROM \
	" FROM audit a JOIN answer an ON an.audit_id = a.id" \
	" WHERE a.submitted_at IS NOT NULL AND an.result IN ('met', 'not-met')" \
	"   AND a.date >= :from AND a.date <= :to" \
	"   AND (:team IS NULL OR a.team_id = :team)" \
	"   AND (:standard IS NULL OR an.standard_code = :standard)"

static Stmt *standards_statement(Db *db, int by)
{
	if (by == BY_TEAM)
		return db_stmt(db, "SELECT an.standard_code, a.team_id, sum(an.result = 'met'), count(*)"
			STANDARDS_FROM " GROUP BY a.team_id, an.standard_code");
	if (by == BY_MONTH)
		return db_stmt(db, "SELECT an.standard_code, substr(a.date, 1, 7), sum(an.result = 'met'), count(*)"
			STANDARDS_FROM " GROUP BY substr(a.date, 1, 7), an.standard_code");
	return db_stmt(db, "SELECT an.standard_code, NULL, sum(an.result = 'met'), count(*)"
		STANDARDS_FROM " GROUP BY an.standard_code");
}

static int measure_standards(Work *w, char **cause)
{
	if (!wants(w, "standard"))
		return 0;
	Stmt *s = standards_statement(w->db, w->by);
	bind_range(s, &w->period);
	bind_team(s, w);
	/* One target asked for: only its standard's answers are read. */
	db_bind_text(s, ":standard", w->ntargets == 1 ? w->targets[0].standard : NULL);
	int rc;
	while ((rc = db_next(w->db, s, cause)) == 1)
		add_counts(w, "standard", db_column_text(s, 0), group_of(w, s, 1),
		           db_column_int(s, 2), db_column_int(s, 3));
	return rc;
}

/* MGMT-AUDITS: scheduled audits due in the period, by the sample's team
 * and due month; on time when a submitted audit of the case is dated from
 * the draw to the due date, both inclusive. */
static int measure_scheduled(Work *w, char **cause)
{
	if (!wants(w, "mgmt-audits"))
		return 0;
	Stmt *s = db_stmt(w->db,
		"SELECT CASE :by WHEN 1 THEN sm.team_id WHEN 2 THEN substr(sm.due, 1, 7) END AS grp,"
		"       sum(EXISTS (SELECT 1 FROM audit a WHERE a.case_id = sa.case_id"
		"                     AND a.submitted_at IS NOT NULL"
		"                     AND a.date >= sm.drawn_on AND a.date <= sm.due)),"
		"       count(*)"
		" FROM scheduled_audit sa JOIN sample sm ON sm.id = sa.sample_id"
		" WHERE sm.due >= :from AND sm.due <= :to"
		"   AND (:team IS NULL OR sm.team_id = :team)"
		" GROUP BY grp");
	db_bind_int(s, ":by", w->by);
	bind_range(s, &w->period);
	bind_team(s, w);
	int rc;
	while ((rc = db_next(w->db, s, cause)) == 1)
		add_counts(w, "mgmt-audits", NULL, group_of(w, s, 0), db_column_int(s, 1),
		           db_column_int(s, 2));
	return rc;
}

/* SUP-REGULAR: social workers and AQWs in post in at least one calendar
 * month of the period; met by those supervised in every month they were
 * in post. In post in a month: started by its last day (or no start
 * date), not left before its first day; so the months in post are those
 * from the month of the start to the month of leaving, within the period.
 *
 * Over a period, a worker is met when the months with a supervision among
 * those equal their number: a count per worker, whatever the period's
 * length (walking month by month would cost months x workers, and a
 * worker with no start date is in post in every month since year 1). By
 * month, each month is its own period and the months are walked. */
static Stmt *regular_statement(Db *db, int by)
{
	if (by == BY_MONTH)
		return db_stmt(db,
			"WITH RECURSIVE month(first) AS ("
			"   SELECT date(:from, 'start of month')"
			"   UNION ALL SELECT date(first, '+1 month') FROM month WHERE date(first, '+1 month') <= :to)"
			" SELECT substr(month.first, 1, 7),"
			"        count(CASE WHEN EXISTS (SELECT 1 FROM supervision sv WHERE sv.worker_id = wk.id"
			"                     AND sv.date >= month.first"
			"                     AND sv.date <= date(month.first, '+1 month', '-1 day')) THEN 1 END),"
			"        count(*)"
			" FROM worker wk JOIN month"
			"   ON (wk.started IS NULL OR wk.started <= date(month.first, '+1 month', '-1 day'))"
			"  AND (wk.left_on IS NULL OR wk.left_on >= month.first)"
			" WHERE wk.role IN ('social-worker', 'aqw') AND (:team IS NULL OR wk.team_id = :team)"
			" GROUP BY month.first");
	/* Months as YYYY-MM text, which compare in calendar order; a month's
	 * days run from YYYY-MM-01 to at most YYYY-MM-31 as text. */
	return db_stmt(db,
		"WITH post AS ("
		"   SELECT wk.id, wk.team_id,"
		"          max(substr(:from, 1, 7), coalesce(substr(wk.started, 1, 7), '0000-01')) AS first,"
		"          min(substr(:to, 1, 7), coalesce(substr(wk.left_on, 1, 7), '9999-12')) AS last"
		"   FROM worker wk"
		"   WHERE wk.role IN ('social-worker', 'aqw') AND (:team IS NULL OR wk.team_id = :team)),"
		" judged AS ("
		"   SELECT team_id,"
		"          (SELECT count(DISTINCT substr(sv.date, 1, 7)) FROM supervision sv"
		"            WHERE sv.worker_id = post.id"
		"              AND sv.date >= post.first || '-01' AND sv.date <= post.last || '-31')"
		"          = (CAST(substr(last, 1, 4) AS INTEGER) * 12 + CAST(substr(last, 6, 2) AS INTEGER))"
		"          - (CAST(substr(first, 1, 4) AS INTEGER) * 12 + CAST(substr(first, 6, 2) AS INTEGER)) + 1"
		"          AS met"
		"   FROM post WHERE first <= last)"
		" SELECT CASE :by WHEN 1 THEN team_id END, count(CASE WHEN met THEN 1 END), count(*)"
		" FROM judged GROUP BY 1");
}

static int measure_regular(Work *w, char **cause)
{
	if (!wants(w, "sup-regular"))
		return 0;
	Stmt *s = regular_statement(w->db, w->by);
	if (w->by != BY_MONTH)
		db_bind_int(s, ":by", w->by);
	bind_range(s, &w->worker_period);
	bind_team(s, w);
	int rc;
	while ((rc = db_next(w->db, s, cause)) == 1)
		add_counts(w, "sup-regular", NULL, group_of(w, s, 0), db_column_int(s, 1),
		           db_column_int(s, 2));
	return rc;
}

/* SUP-AGREEMENT and SUP-TRAINED: social workers and AQWs (agreement) or
 * managers (training) in post on the period's last day, met when the date
 * is on or before it. By month, the last day of each month (or of the
 * period, when it ends sooner). */
static int measure_on_last_day(Work *w, char **cause)
{
	if (!wants(w, "sup-agreement") && !wants(w, "sup-trained"))
		return 0;
	Stmt *s = db_stmt(w->db,
		"WITH RECURSIVE month(first) AS ("
		"   SELECT date(:from, 'start of month') WHERE :by = 2"
		"   UNION ALL SELECT date(first, '+1 month') FROM month WHERE date(first, '+1 month') <= :to),"
		" ends(last) AS ("
		"   SELECT min(date(first, '+1 month', '-1 day'), :to) FROM month WHERE :by = 2"
		"   UNION ALL SELECT :to WHERE :by <> 2),"
		" staff AS ("
		"   SELECT CASE WHEN role IN ('social-worker', 'aqw') THEN 'sup-agreement' ELSE 'sup-trained' END AS measure,"
		"          CASE WHEN role IN ('social-worker', 'aqw') THEN agreement ELSE trained END AS done,"
		"          id, team_id, started, left_on"
		"   FROM worker"
		"   WHERE role IN ('social-worker', 'aqw', 'team-manager', 'head-of-service')"
		"     AND (:team IS NULL OR team_id = :team))"
		" SELECT staff.measure, CASE :by WHEN 1 THEN staff.team_id WHEN 2 THEN substr(ends.last, 1, 7) END AS grp,"
		"        count(CASE WHEN staff.done <= ends.last THEN 1 END), count(*)"
		" FROM staff JOIN ends"
		"   ON (staff.started IS NULL OR staff.started <= ends.last)"
		"  AND (staff.left_on IS NULL OR staff.left_on >= ends.last)"
		" GROUP BY staff.measure, grp");
	db_bind_int(s, ":by", w->by);
	bind_range(s, &w->worker_period);
	bind_team(s, w);
	int rc;
	while ((rc = db_next(w->db, s, cause)) == 1)
		add_counts(w, db_column_text(s, 0), NULL, group_of(w, s, 1),
		           db_column_int(s, 2), db_column_int(s, 3));
	return rc;
}

static int load_targets(Work *w, const char *code, char **cause)
{
	char stored[64];
	if (code != NULL && repo_target_code(w->db, code, stored, cause) != 0)
		return -1;
	Stmt *s = db_stmt(w->db,
		"SELECT code, measure, standard_code, threshold FROM target"
		" WHERE :code IS NULL OR code = :code ORDER BY position");
	db_bind_text(s, ":code", code ? stored : NULL);
	int rc, cap = 0;
	while ((rc = db_next(w->db, s, cause)) == 1) {
		if (w->ntargets == cap) {
			cap = cap ? 2 * cap : 32;
			w->targets = xrealloc(w->targets, (size_t)cap * sizeof *w->targets);
		}
		Target *t = &w->targets[w->ntargets++];
		t->code = xstrdup(db_column_text(s, 0));
		t->measure = xstrdup(db_column_text(s, 1));
		t->standard = db_column_is_null(s, 2) ? NULL : xstrdup(db_column_text(s, 2));
		t->threshold = db_column_double(s, 3);
	}
	return rc;
}

static int load_teams(Work *w, char **cause)
{
	Stmt *s = db_stmt(w->db,
		"SELECT id, name FROM team WHERE :team IS NULL OR id = :team ORDER BY name, id");
	bind_team(s, w);
	int rc, cap = 0;
	while ((rc = db_next(w->db, s, cause)) == 1) {
		if (w->ngroups == cap) {
			cap = cap ? 2 * cap : 16;
			w->teams = xrealloc(w->teams, (size_t)cap * sizeof *w->teams);
			w->group_names = xrealloc(w->group_names, (size_t)cap * sizeof *w->group_names);
		}
		w->teams[w->ngroups].id = db_column_int(s, 0);
		w->teams[w->ngroups].index = w->ngroups;
		w->group_names[w->ngroups++] = xstrdup(db_column_text(s, 1));
	}
	if (rc == 0 && w->ngroups > 0)
		qsort(w->teams, (size_t)w->ngroups, sizeof *w->teams, team_key_compare);
	return rc;
}

/* With no period, by month covers the months from the first to the last
 * that hold any submitted audit, scheduled audit due or supervision (of
 * the team, with --team); months between with nothing show as no-data.
 * Sets *found to 0 when there is no such data at all. */
static int data_months(Work *w, Month *first, Month *last, int *found, char **cause)
{
	Stmt *s = db_stmt(w->db,
		"SELECT min(d), max(d) FROM ("
		"   SELECT min(date) AS d FROM audit"
		"    WHERE submitted_at IS NOT NULL AND (:team IS NULL OR team_id = :team)"
		"   UNION ALL SELECT max(date) FROM audit"
		"    WHERE submitted_at IS NOT NULL AND (:team IS NULL OR team_id = :team)"
		"   UNION ALL SELECT min(due) FROM sample WHERE :team IS NULL OR team_id = :team"
		"   UNION ALL SELECT max(due) FROM sample WHERE :team IS NULL OR team_id = :team"
		"   UNION ALL SELECT min(sv.date) FROM supervision sv JOIN worker wk ON wk.id = sv.worker_id"
		"    WHERE :team IS NULL OR wk.team_id = :team"
		"   UNION ALL SELECT max(sv.date) FROM supervision sv JOIN worker wk ON wk.id = sv.worker_id"
		"    WHERE :team IS NULL OR wk.team_id = :team)");
	bind_team(s, w);
	int rc = db_step_row(w->db, s, cause);
	if (rc < 0)
		return -1;
	*found = rc == 1 && !db_column_is_null(s, 0);
	if (*found) {
		*first = month_of_date(db_column_text(s, 0));
		*last = month_of_date(db_column_text(s, 1));
	}
	db_reset(s);
	return 0;
}

static int make_months(Work *w, char **cause)
{
	Month first, last;
	if (w->period.all_time) {
		int found;
		if (data_months(w, &first, &last, &found, cause) != 0)
			return -1;
		if (!found)
			return 0; /* no groups: no rows */
		/* The worker targets are measured month by month over the same span. */
		memset(&w->worker_period, 0, sizeof w->worker_period);
		month_first_day(first, w->worker_period.from);
		month_last_day(last, w->worker_period.to);
	} else {
		first = period_first_month(&w->period);
		last = period_last_month(&w->period);
	}
	int count = month_index(last) - month_index(first) + 1;
	if (count > COMPLIANCE_MAX_MONTHS) {
		char a[8], b[8];
		month_name(first, a);
		month_name(last, b);
		/* Most likely a mistyped year (0216 for 2016), in a date given or
		 * recorded: a table of thousands of months would hide it. */
		return failure(cause, "--by month from %s to %s is %d months, more than %d; give a shorter period "
		               "(a date with a mistyped year? 'audit list' and 'supervision list' show the dates)",
		               a, b, count, COMPLIANCE_MAX_MONTHS);
	}
	w->first_month = first;
	w->ngroups = count;
	w->group_names = xcalloc((size_t)w->ngroups, sizeof *w->group_names);
	Month m = first;
	for (int g = 0; g < w->ngroups; g++, m = month_next(m)) {
		w->group_names[g] = xmalloc(8);
		month_name(m, w->group_names[g]);
	}
	return 0;
}

static void work_free(Work *w)
{
	for (int t = 0; t < w->ntargets; t++) {
		free(w->targets[t].code);
		free(w->targets[t].measure);
		free(w->targets[t].standard);
	}
	free(w->targets);
	for (int g = 0; w->group_names && g < w->ngroups; g++)
		free(w->group_names[g]);
	free(w->group_names);
	free(w->teams);
	free(w->numerators);
	free(w->denominators);
}

static void fill_rows(const Work *w, Compliance *out)
{
	out->n = w->ntargets * w->ngroups;
	out->rows = xcalloc((size_t)out->n + 1, sizeof *out->rows);
	for (int t = 0; t < w->ntargets; t++)
		for (int g = 0; g < w->ngroups; g++) {
			ComplianceRow *r = &out->rows[t * w->ngroups + g];
			const Target *target = &w->targets[t];
			r->target = xstrdup(target->code);
			r->measure = xstrdup(target->measure);
			r->group = w->group_names && w->group_names[g] ? xstrdup(w->group_names[g]) : NULL;
			r->numerator = w->numerators[t * w->ngroups + g];
			r->denominator = w->denominators[t * w->ngroups + g];
			r->threshold = target->threshold;
			r->percent = stats_percent(r->numerator, r->denominator);
			if (stats_wilson(r->numerator, r->denominator, &r->ci_low, &r->ci_high) != 0)
				r->ci_low = r->ci_high = 0;
			r->status = stats_status(r->numerator, r->denominator, r->threshold);
			r->evidence = stats_evidence(r->numerator, r->denominator, r->threshold);
		}
}

int compliance_compute(Db *db, const ComplianceQuery *q, Compliance *out, char **cause)
{
	memset(out, 0, sizeof *out);
	out->by = q->by;
	Work w = {0};
	w.db = db;
	w.team_id = -1;
	w.by = q->by == COMPLIANCE_BY_TEAM ? BY_TEAM : q->by == COMPLIANCE_BY_MONTH ? BY_MONTH : BY_NONE;
	w.period = q->period;
	w.worker_period = q->period;
	if (q->period.all_time && w.by != BY_MONTH) {
		char today[11];
		if (q->today != NULL && date_valid(q->today))
			memcpy(today, q->today, 11);
		else
			date_today(today);
		period_last_complete_month(today, &w.worker_period);
		out->worker_default = 1;
		out->worker_period = w.worker_period;
	}
	int rc = 0;
	if (q->team != NULL)
		rc = repo_team_id(db, q->team, &w.team_id, cause);
	if (rc == 0)
		rc = load_targets(&w, q->target, cause);
	if (rc == 0) {
		if (w.by == BY_TEAM)
			rc = load_teams(&w, cause);
		else if (w.by == BY_MONTH)
			rc = make_months(&w, cause);
		else
			w.ngroups = 1;
	}
	if (rc == 0 && w.ngroups > 0) {
		w.numerators = xcalloc((size_t)w.ntargets * (size_t)w.ngroups + 1, sizeof(long long));
		w.denominators = xcalloc((size_t)w.ntargets * (size_t)w.ngroups + 1, sizeof(long long));
		if ((rc = measure_standards(&w, cause)) == 0 && (rc = measure_scheduled(&w, cause)) == 0 &&
		    (rc = measure_regular(&w, cause)) == 0)
			rc = measure_on_last_day(&w, cause);
		if (rc == 0)
			fill_rows(&w, out);
	}
	work_free(&w);
	return rc == 0 ? 0 : -1;
}

void compliance_free(Compliance *c)
{
	for (int i = 0; i < c->n; i++) {
		free(c->rows[i].target);
		free(c->rows[i].group);
		free(c->rows[i].measure);
	}
	free(c->rows);
	memset(c, 0, sizeof *c);
}

/* Rounded to one decimal place, half away from zero, as it is shown. */
static double one_place(double x)
{
	return (double)llround(x * 10) / 10.0;
}

Table *compliance_table(const Compliance *c, int trend)
{
	const char *group = c->by == COMPLIANCE_BY_TEAM ? "team" : c->by == COMPLIANCE_BY_MONTH ? "month" : NULL;
	trend = trend && c->by == COMPLIANCE_BY_MONTH;
	Table *t = group
		? table_new("target", group, "numerator", "denominator", "percent", "threshold", "status", "ci_low",
		            "ci_high", "evidence", trend ? "trend" : (const char *)NULL, (const char *)NULL)
		: table_new("target", "numerator", "denominator", "percent", "threshold", "status", "ci_low", "ci_high",
		            "evidence", (const char *)NULL);
	for (int i = 0; i < c->n; i++) {
		const ComplianceRow *r = &c->rows[i];
		int row = table_add_row(t), col = 0;
		table_set_text(t, row, col++, r->target);
		if (group)
			table_set_text(t, row, col++, r->group);
		table_set_int(t, row, col++, r->numerator);
		table_set_int(t, row, col++, r->denominator);
		if (r->denominator > 0)
			table_set_real(t, row, col, stats_percent_display(r->numerator, r->denominator));
		col++;
		/* As many places as the threshold has: 85, 87.5. */
		table_set_real_places(t, row, col++, r->threshold, -1);
		table_set_text(t, row, col++, stats_status_name(r->status));
		if (r->denominator > 0) {
			table_set_real(t, row, col, one_place(r->ci_low));
			table_set_real(t, row, col + 1, one_place(r->ci_high));
		}
		col += 2;
		table_set_text(t, row, col++, stats_evidence_name(r->evidence));
		/* The previous row is the same target's previous month. */
		const ComplianceRow *before = i > 0 ? &c->rows[i - 1] : NULL;
		if (trend && before && strcmp(before->target, r->target) == 0 && before->denominator > 0 &&
		    r->denominator > 0) {
			double now = stats_percent_display(r->numerator, r->denominator);
			double then = stats_percent_display(before->numerator, before->denominator);
			long long tenths = llround((now - then) * 10);
			char *cue = xprintf("%s %s%lld.%lld", tenths > 0 ? "\xE2\x86\x91" : tenths < 0 ? "\xE2\x86\x93" : "\xE2\x86\x92",
			                    tenths > 0 ? "+" : tenths < 0 ? "-" : "", llabs(tenths) / 10, llabs(tenths) % 10);
			table_set_text(t, row, col, cue);
			free(cue);
		}
	}
	return t;
}
