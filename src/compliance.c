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

#include "measure_sql.h"
#include "repo.h"
#include "util.h"

/* Group keys bound as :by in the queries below (by service is by team,
 * each team's counts added to its service's row). */
enum { BY_NONE = 0, BY_TEAM = 1, BY_MONTH = 2, BY_SERVICE = 3 };

typedef struct {
	char *code, *measure, *standard;
} Target;

typedef struct {
	long long id;   /* team id (by team or service) */
	int index;      /* the group it counts in */
} TeamKey;

typedef struct {
	Db *db;
	int ntargets;
	Target *targets;
	int ngroups;
	char **group_names;     /* NULL entries when not grouped */
	int nteams;
	TeamKey *teams;         /* by team or service: sorted by id, for look-up */
	Month first_month;      /* by month: group 0 */
	long long *numerators, *denominators; /* ntargets x ngroups */
	long long team_id;      /* -1: every team */
	const char *type;       /* audit type, or NULL */
	int by;
	char today[11];
	Period period;          /* bounded: the period asked for, or the default span */
	int span_default;
} Work;

static int team_key_compare(const void *a, const void *b)
{
	long long x = ((const TeamKey *)a)->id, y = ((const TeamKey *)b)->id;
	return (x > y) - (x < y);
}

/* Bind the parameters every measure may use, each only where the
 * statement has it. */
static void bind_common(Stmt *s, const Work *w)
{
	if (db_has_param(s, ":team")) {
		if (w->team_id < 0)
			db_bind_null(s, ":team");
		else
			db_bind_int(s, ":team", w->team_id);
	}
	if (db_has_param(s, ":from"))
		db_bind_text(s, ":from", w->period.from);
	if (db_has_param(s, ":to"))
		db_bind_text(s, ":to", w->period.to);
	if (db_has_param(s, ":by"))
		db_bind_int(s, ":by", w->by == BY_SERVICE ? BY_TEAM : w->by);
	if (db_has_param(s, ":today"))
		db_bind_text(s, ":today", w->today);
	if (db_has_param(s, ":type"))
		db_bind_text(s, ":type", w->type);
}

/* The group a result row's key column (col) names, or -1 when it falls
 * outside the groups asked for. */
static int group_of(const Work *w, Stmt *s, int col)
{
	if (w->by == BY_NONE)
		return 0;
	if (db_column_is_null(s, col))
		return -1;
	if (w->by == BY_TEAM || w->by == BY_SERVICE) {
		TeamKey key = {db_column_int(s, col), 0};
		const TeamKey *found = bsearch(&key, w->teams, (size_t)w->nteams, sizeof key, team_key_compare);
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

int compliance_measure_is_census(const char *measure)
{
	return measure != NULL && strcmp(measure, "standard") != 0;
}

/* Audit-standard targets: answers met over met + not met, of submitted
 * audits dated in the period (of the type, with --type), by the team
 * recorded with the audit.
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
	"   AND (:type IS NULL OR a.type = :type)" \
	"   AND (:standard IS NULL OR an.standard_code = :standard)"

static Stmt *standards_statement(Db *db, int by)
{
	if (by == BY_TEAM || by == BY_SERVICE)
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
	bind_common(s, w);
	/* One target asked for: only its standard's answers are read. */
	db_bind_text(s, ":standard", w->ntargets == 1 ? w->targets[0].standard : NULL);
	int rc;
	while ((rc = db_next(w->db, s, cause)) == 1)
		add_counts(w, "standard", db_column_text(s, 0), group_of(w, s, 1),
		           db_column_int(s, 2), db_column_int(s, 3));
	return rc;
}

/* MGMT-AUDITS: scheduled audits due in the period less those withdrawn
 * and those pending, by the auditor's team on the due date and the due
 * month; met by those done on time by a manager (measure_sql.h). */
static int measure_scheduled(Work *w, char **cause)
{
	if (!wants(w, "mgmt-audits"))
		return 0;
	Stmt *s = db_stmt(w->db,
		"WITH " SQL_SCHEDULED_STATUS
		" SELECT CASE :by WHEN 1 THEN team_id WHEN 2 THEN substr(due, 1, 7) END AS grp,"
		"        count(CASE WHEN status = 'on-time' THEN 1 END),"
		"        count(CASE WHEN status IN ('on-time', 'late', 'not-done') THEN 1 END)"
		" FROM sched_status"
		" WHERE due >= :from AND due <= :to AND (:team IS NULL OR team_id = :team) AND theme IS NULL"
		" GROUP BY grp");
	bind_common(s, w);
	int rc;
	while ((rc = db_next(w->db, s, cause)) == 1)
		add_counts(w, "mgmt-audits", NULL, group_of(w, s, 0), db_column_int(s, 1),
		           db_column_int(s, 2));
	return rc;
}

/* The days the worker targets are measured on: one row (first, last) for
 * the period, or by month one a month (within the period). `staff` is
 * every worker in post on some day of a row, with their team and role as
 * they were on its last day (measure_sql.h). */
#define STAFF_CTE \
	"WITH RECURSIVE month(first) AS (" \
	"   SELECT date(:from, 'start of month') WHERE :by = 2" \
	"   UNION ALL SELECT date(first, '+1 month') FROM month WHERE date(first, '+1 month') <= :to)," \
	" ends(first, last) AS (" \
	"   SELECT max(first, :from), min(date(first, '+1 month', '-1 day'), :to) FROM month WHERE :by = 2" \
	"   UNION ALL SELECT :from, :to WHERE :by <> 2)," \
	" seen AS (" \
	"   SELECT e.first AS first_day, e.last AS day, wk.id, wk.name, wk.started, wk.left_on, wk.agreement," \
	"          wk.trained, wk.team_id AS team_now, wk.role AS role_now, " SQL_WORKER_WAS("wk.id", "e.last") " AS was" \
	"   FROM worker wk JOIN ends e ON " DOMAIN_SQL_IN_POST("wk.started", "wk.left_on", "e.first", "e.last") ")," \
	" staff AS (" \
	"   SELECT first_day, day, id, name, started, left_on, agreement, trained," \
	"          coalesce(json_extract(was, '$.team_id'), team_now) AS team_id," \
	"          coalesce(json_extract(was, '$.role'), role_now) AS role" \
	"   FROM seen)"

/* SUP-REGULAR, per worker and row of `ends`: the months of the row the
 * worker was in post (from the month of the start to the month of
 * leaving), and whether each had a supervision. In post in a month:
 * started by its last day (or no start date), not left before its first
 * day. A count per worker, whatever the period's length: the months with
 * a supervision among those equal their number. Months as YYYY-MM text,
 * which compare in calendar order; a month's days run from YYYY-MM-01 to
 * at most YYYY-MM-31 as text. */
#define REGULAR_CTE \
	STAFF_CTE "," \
	" post AS (" \
	"   SELECT day, id, name, team_id, role," \
	"          max(substr(first_day, 1, 7), coalesce(substr(started, 1, 7), '0000-01')) AS first," \
	"          min(substr(day, 1, 7), coalesce(substr(left_on, 1, 7), '9999-12')) AS last" \
	"   FROM staff WHERE " DOMAIN_SQL_PRACTITIONER("role") " AND (:team IS NULL OR team_id = :team))," \
	" judged AS (" \
	"   SELECT day, id, name, team_id, role, first, last," \
	"          (SELECT group_concat(m, ',') FROM (SELECT DISTINCT substr(sv.date, 1, 7) AS m FROM supervision sv" \
	"            WHERE sv.worker_id = post.id" \
	"              AND sv.date >= post.first || '-01' AND sv.date <= post.last || '-31' ORDER BY 1)) AS supervised," \
	"          (SELECT count(DISTINCT substr(sv.date, 1, 7)) FROM supervision sv" \
	"            WHERE sv.worker_id = post.id" \
	"              AND sv.date >= post.first || '-01' AND sv.date <= post.last || '-31')" \
	"          = (CAST(substr(last, 1, 4) AS INTEGER) * 12 + CAST(substr(last, 6, 2) AS INTEGER))" \
	"          - (CAST(substr(first, 1, 4) AS INTEGER) * 12 + CAST(substr(first, 6, 2) AS INTEGER)) + 1" \
	"          AS met" \
	"   FROM post WHERE first <= last)"

static int measure_regular(Work *w, char **cause)
{
	if (!wants(w, "sup-regular"))
		return 0;
	Stmt *s = db_stmt(w->db,
		REGULAR_CTE
		" SELECT CASE :by WHEN 1 THEN team_id WHEN 2 THEN substr(day, 1, 7) END, count(CASE WHEN met THEN 1 END),"
		"        count(*)"
		" FROM judged GROUP BY 1");
	bind_common(s, w);
	int rc;
	while ((rc = db_next(w->db, s, cause)) == 1)
		add_counts(w, "sup-regular", NULL, group_of(w, s, 0), db_column_int(s, 1),
		           db_column_int(s, 2));
	return rc;
}

/* SUP-AGREEMENT and SUP-TRAINED: social workers and AQWs (agreement) or
 * managers (training) in post on the row's last day (the period's, or
 * each month's), as they were then; met when the date is on or before it. */
#define ON_LAST_DAY_CTE \
	STAFF_CTE "," \
	" counted AS (" \
	"   SELECT CASE WHEN " DOMAIN_SQL_PRACTITIONER("role") " THEN 'sup-agreement' ELSE 'sup-trained' END AS measure," \
	"          CASE WHEN " DOMAIN_SQL_PRACTITIONER("role") " THEN agreement ELSE trained END AS done," \
	"          day, id, name, team_id, role" \
	"   FROM staff" \
	"   WHERE (" DOMAIN_SQL_PRACTITIONER("role") " OR " DOMAIN_SQL_LINE_MANAGER("role") ")" \
	"     AND " DOMAIN_SQL_IN_POST("started", "left_on", "day", "day") \
	"     AND (:team IS NULL OR team_id = :team))"

static int measure_on_last_day(Work *w, char **cause)
{
	if (!wants(w, "sup-agreement") && !wants(w, "sup-trained"))
		return 0;
	Stmt *s = db_stmt(w->db,
		ON_LAST_DAY_CTE
		" SELECT measure, CASE :by WHEN 1 THEN team_id WHEN 2 THEN substr(day, 1, 7) END AS grp,"
		"        count(CASE WHEN done <= day THEN 1 END), count(*)"
		" FROM counted GROUP BY measure, grp");
	bind_common(s, w);
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
		"SELECT code, measure, standard_code FROM target"
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
	}
	return rc;
}

/* By team: a group per team, by name. By service: a group per service
 * (teams without one together, as "(no service)"), by name, each team
 * keyed to its service's group. */
static int load_teams(Work *w, char **cause)
{
	Stmt *s = db_stmt(w->db,
		"SELECT id, name, coalesce(service, '(no service)') FROM team WHERE :team IS NULL OR id = :team"
		" ORDER BY CASE WHEN :by = 3 THEN coalesce(service, '(no service)') ELSE name END, name, id");
	bind_common(s, w);
	db_bind_int(s, ":by", w->by);
	int rc, cap = 0;
	while ((rc = db_next(w->db, s, cause)) == 1) {
		if (w->nteams == cap) {
			cap = cap ? 2 * cap : 16;
			w->teams = xrealloc(w->teams, (size_t)cap * sizeof *w->teams);
			w->group_names = xrealloc(w->group_names, (size_t)cap * sizeof *w->group_names);
		}
		const char *name = db_column_text(s, w->by == BY_SERVICE ? 2 : 1);
		/* Services come in order: a new one starts a group. */
		if (w->by != BY_SERVICE || w->ngroups == 0 || strcmp(w->group_names[w->ngroups - 1], name) != 0)
			w->group_names[w->ngroups++] = xstrdup(name);
		w->teams[w->nteams].id = db_column_int(s, 0);
		w->teams[w->nteams].index = w->ngroups - 1;
		w->nteams++;
	}
	if (rc == 0 && w->nteams > 0)
		qsort(w->teams, (size_t)w->nteams, sizeof *w->teams, team_key_compare);
	return rc;
}

/* With no period: one span for every target, from the first month that
 * holds a record (a submitted audit, a scheduled audit due or a
 * supervision; of any team, so that teams' figures cover the same months)
 * to the last complete month before today, as CONTRACT.md's PERIOD says
 * (a database last used years ago is measured over the years since: the
 * months nothing was recorded in count, and the note states the span).
 * With no record, or none before this month, the span is the last
 * complete month alone. */
static int default_span(Work *w, char **cause)
{
	Stmt *s = db_stmt(w->db,
		/* One min() a select, so that each is one step down an index
		 * (tests/check_query_plan.c). */
		"SELECT min(d) FROM ("
		"   SELECT min(date) AS d FROM audit WHERE submitted_at IS NOT NULL"
		"   UNION ALL SELECT min(due) FROM sample UNION ALL SELECT min(date) FROM supervision)");
	int rc = db_step_row(w->db, s, cause);
	if (rc < 0)
		return -1;
	Period complete;
	period_last_complete_month(w->today, &complete);
	Month first = month_of_date(complete.from), last = first;
	if (rc == 1 && !db_column_is_null(s, 0)) {
		const char *lo = db_column_text(s, 0);
		if (date_valid(lo) && strcmp(lo, complete.from) < 0)
			first = month_of_date(lo);
	}
	db_reset(s);
	memset(&w->period, 0, sizeof w->period);
	month_first_day(first, w->period.from);
	month_last_day(last, w->period.to);
	char a[8], b[8];
	month_name(first, a);
	month_name(last, b);
	if (strcmp(a, b) == 0)
		snprintf(w->period.label, sizeof w->period.label, "%s", a);
	else
		snprintf(w->period.label, sizeof w->period.label, "%s to %s", a, b);
	w->span_default = 1;
	return 0;
}

static int make_months(Work *w, char **cause)
{
	Month first = period_first_month(&w->period), last = period_last_month(&w->period);
	int count = month_index(last) - month_index(first) + 1;
	if (count > COMPLIANCE_MAX_MONTHS) {
		char a[8], b[8];
		month_name(first, a);
		month_name(last, b);
		/* Most likely a mistyped year (0216 for 2016), in a date given or
		 * recorded: a table of thousands of months would hide it. */
		return failure(cause, FIELD("by") " month from %s to %s is %d months, more than %d; give a shorter period "
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

/* The day group g is judged on: by month, the month's last day within the
 * period; otherwise the period's last day, or today with no period. */
static void judged_on(const Work *w, int g, char out[11])
{
	if (w->by == BY_MONTH) {
		Month m = month_from_index(month_index(w->first_month) + g);
		month_last_day(m, out);
		if (strcmp(out, w->period.to) > 0)
			memcpy(out, w->period.to, 11);
	} else {
		memcpy(out, w->span_default ? w->today : w->period.to, 11);
	}
}

static int fill_rows(const Work *w, Compliance *out, char **cause)
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
			char day[11];
			judged_on(w, g, day);
			if (repo_target_threshold_on(w->db, target->code, day, &r->threshold, cause) != 0)
				return -1;
			r->percent = stats_percent(r->numerator, r->denominator);
			r->census = compliance_measure_is_census(target->measure);
			if (r->census || stats_wilson(r->numerator, r->denominator, &r->ci_low, &r->ci_high) != 0)
				r->ci_low = r->ci_high = 0;
			r->status = stats_status(r->numerator, r->denominator, r->threshold);
			r->evidence = r->census ? (r->denominator > 0 ? EVIDENCE_CENSUS : EVIDENCE_NONE)
			            : stats_evidence(r->numerator, r->denominator, r->threshold);
		}
	return 0;
}

/* What compute and detail share: today, the team, the type, the period. */
static int work_start(Work *w, Db *db, const ComplianceQuery *q, char **cause)
{
	memset(w, 0, sizeof *w);
	w->db = db;
	w->team_id = -1;
	w->type = q->type;
	w->by = q->by == COMPLIANCE_BY_TEAM ? BY_TEAM : q->by == COMPLIANCE_BY_MONTH ? BY_MONTH
	      : q->by == COMPLIANCE_BY_SERVICE ? BY_SERVICE : BY_NONE;
	if (q->today != NULL && date_valid(q->today))
		memcpy(w->today, q->today, 11);
	else
		date_today(w->today);
	if (q->team != NULL && repo_team_id(db, q->team, &w->team_id, cause) != 0)
		return -1;
	w->period = q->period;
	if (q->period.all_time)
		return default_span(w, cause);
	return 0;
}

int compliance_compute(Db *db, const ComplianceQuery *q, Compliance *out, char **cause)
{
	memset(out, 0, sizeof *out);
	out->by = q->by;
	Work w;
	int rc = work_start(&w, db, q, cause);
	if (rc == 0)
		rc = load_targets(&w, q->target, cause);
	if (rc == 0) {
		if (w.by == BY_TEAM || w.by == BY_SERVICE)
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
			rc = fill_rows(&w, out, cause);
	}
	out->period = w.period;
	out->span_default = w.span_default;
	if (w.by != BY_MONTH)
		judged_on(&w, 0, out->judged_on);
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

/* ---- --detail: the records behind one figure ---- */

static Table *detail_standard(Work *w, const Target *t, int failing, char **cause)
{
	Stmt *s = db_stmt(w->db,
		"SELECT a.id AS audit, c.ref AS \"case\", tm.name AS team, wk.name AS auditor, a.date AS date,"
		"       an.result AS result, an.note AS note, a.type AS type"
		" FROM audit a JOIN answer an ON an.audit_id = a.id JOIN case_file c ON c.id = a.case_id"
		" JOIN team tm ON tm.id = a.team_id JOIN worker wk ON wk.id = a.auditor_id"
		" WHERE a.submitted_at IS NOT NULL AND an.standard_code = :standard"
		"   AND an.result IN ('met', 'not-met') AND (:failing = 0 OR an.result = 'not-met')"
		"   AND a.date >= :from AND a.date <= :to"
		"   AND (:team IS NULL OR a.team_id = :team) AND (:type IS NULL OR a.type = :type)"
		" ORDER BY a.date, a.id");
	bind_common(s, w);
	db_bind_text(s, ":standard", t->standard);
	db_bind_int(s, ":failing", failing);
	return db_query_table(w->db, s, "list the answers", cause);
}

static Table *detail_scheduled(Work *w, int failing, char **cause)
{
	Stmt *s = db_stmt(w->db,
		"WITH " SQL_SCHEDULED_STATUS
		" SELECT ss.sample_id AS sample, ss.case_ref AS \"case\", au.name AS auditor, ss.due AS due,"
		"        ss.status AS status, tm.name AS team, ss.drawn_on AS drawn_on, ss.audit_id AS audit,"
		"        ss.audit_date AS audit_date, ss.withdrawn_reason AS withdrawn_reason"
		" FROM sched_status ss JOIN worker au ON au.id = ss.auditor_id JOIN team tm ON tm.id = ss.team_id"
		" WHERE ss.due >= :from AND ss.due <= :to AND (:team IS NULL OR ss.team_id = :team) AND ss.theme IS NULL"
		"   AND (:failing = 0 OR ss.status IN ('late', 'not-done'))"
		" ORDER BY ss.due, ss.sample_id, ss.position");
	bind_common(s, w);
	db_bind_int(s, ":failing", failing);
	return db_query_table(w->db, s, "list the scheduled audits", cause);
}

/* The months from first to last (YYYY-MM) missing from supervised (a
 * ','-separated ascending list of YYYY-MM), as "YYYY-MM, YYYY-MM". */
static char *months_missing(const char *first, const char *last, const char *supervised)
{
	Buf b = {0};
	char day[11];
	snprintf(day, sizeof day, "%.7s-01", first);
	if (!date_valid(day))
		return xstrdup("");
	Month m = month_of_date(day);
	snprintf(day, sizeof day, "%.7s-01", last);
	if (!date_valid(day))
		return xstrdup("");
	Month end = month_of_date(day);
	for (int guard = 0; month_index(m) <= month_index(end) && guard < COMPLIANCE_MAX_MONTHS; m = month_next(m), guard++) {
		char name[8];
		month_name(m, name);
		if (supervised == NULL || strstr(supervised, name) == NULL)
			buf_printf(&b, "%s%s", b.s ? ", " : "", name);
	}
	return b.s ? b.s : xstrdup("");
}

static Table *detail_workers(Work *w, const Target *t, int failing, char **cause)
{
	int regular = strcmp(t->measure, "sup-regular") == 0;
	Stmt *s = regular
		? db_stmt(w->db, REGULAR_CTE
			" SELECT j.name, tm.name, j.role, CASE WHEN j.met THEN 'met' ELSE 'not-met' END, j.first, j.last,"
			"        j.supervised"
			" FROM judged j JOIN team tm ON tm.id = j.team_id"
			" WHERE :failing = 0 OR NOT j.met ORDER BY tm.name, j.name")
		: db_stmt(w->db, ON_LAST_DAY_CTE
			" SELECT c.name, tm.name, c.role, CASE WHEN c.done <= c.day THEN 'met' ELSE 'not-met' END, c.done"
			" FROM counted c JOIN team tm ON tm.id = c.team_id"
			" WHERE c.measure = :measure AND (:failing = 0 OR c.done IS NULL OR c.done > c.day)"
			" ORDER BY tm.name, c.name");
	bind_common(s, w);
	db_bind_int(s, ":failing", failing);
	if (!regular)
		db_bind_text(s, ":measure", t->measure);
	const char *last = regular ? "months_without" : strcmp(t->measure, "sup-agreement") == 0 ? "agreement" : "trained";
	Table *table = table_new("worker", "team", "role", "result", last, (const char *)NULL);
	int rc;
	while ((rc = db_next(w->db, s, cause)) == 1) {
		int row = table_add_row(table);
		for (int c = 0; c < 4; c++)
			table_set_text(table, row, c, db_column_text(s, c));
		if (regular) {
			char *missing = months_missing(db_column_text(s, 4),
			                               db_column_text(s, 5),
			                               db_column_text(s, 6));
			table_set_text(table, row, 4, *missing ? missing : NULL);
			free(missing);
		} else {
			table_set_text(table, row, 4, db_column_text(s, 4));
		}
	}
	if (rc < 0) {
		table_free(table);
		return NULL;
	}
	return table;
}

Table *compliance_detail(Db *db, const ComplianceQuery *q, int failing, Period *period, int *span_default,
	char **cause)
{
	Work w;
	Table *t = NULL;
	ComplianceQuery one = *q;
	one.by = COMPLIANCE_BY_NONE;
	if (q->target == NULL) {
		failure(cause, FIELD("detail") " lists the records behind one figure; give " FIELD("target") " CODE too");
		return NULL;
	}
	if (work_start(&w, db, &one, cause) == 0 && load_targets(&w, q->target, cause) == 0 && w.ntargets == 1) {
		const Target *target = &w.targets[0];
		if (strcmp(target->measure, "standard") == 0)
			t = detail_standard(&w, target, failing, cause);
		else if (strcmp(target->measure, "mgmt-audits") == 0)
			t = detail_scheduled(&w, failing, cause);
		else
			t = detail_workers(&w, target, failing, cause);
	}
	*period = w.period;
	*span_default = w.span_default;
	work_free(&w);
	return t;
}

static void set_figure(Table *t, int row, int col, double value, int places)
{
	table_set_real_places(t, row, col, stats_round(value, places), places);
}

Table *compliance_table(const Compliance *c, int trend, int period)
{
	const char *group = c->by == COMPLIANCE_BY_TEAM ? "team" : c->by == COMPLIANCE_BY_MONTH ? "month"
	                  : c->by == COMPLIANCE_BY_SERVICE ? "service" : NULL;
	trend = trend && c->by == COMPLIANCE_BY_MONTH;
	const char *names[16];
	int n = 0;
	names[n++] = "target";
	if (group)
		names[n++] = group;
	static const char *const figures[] = {"numerator", "denominator", "percent", "threshold", "status",
	                                      "ci_low", "ci_high", "evidence"};
	for (size_t i = 0; i < sizeof figures / sizeof figures[0]; i++)
		names[n++] = figures[i];
	if (trend)
		names[n++] = "trend";
	if (period) {
		names[n++] = "period_from";
		names[n++] = "period_to";
	}
	for (int i = n; i < 16; i++)
		names[i] = NULL;
	/* table_new takes the names up to the first NULL. */
	Table *t = table_new(names[0], names[1], names[2], names[3], names[4], names[5], names[6], names[7],
	                     names[8], names[9], names[10], names[11], names[12], names[13], names[14], names[15],
	                     (const char *)NULL);
	for (int i = 0; i < c->n; i++) {
		const ComplianceRow *r = &c->rows[i];
		int row = table_add_row(t), col = 0;
		table_set_text(t, row, col++, r->target);
		if (group)
			table_set_text(t, row, col++, r->group);
		table_set_int(t, row, col++, r->numerator);
		table_set_int(t, row, col++, r->denominator);
		/* The honest-rounding rule: as many places as show which side of
		 * the threshold and of the amber band each figure lies. */
		if (r->denominator > 0) {
			int places = stats_percent_places(r->numerator, r->denominator, r->threshold);
			table_set_real_places(t, row, col, stats_percent_rounded(r->numerator, r->denominator, places), places);
		}
		col++;
		/* As many places as the threshold has: 85, 87.5. */
		table_set_real_places(t, row, col++, r->threshold, -1);
		table_set_text(t, row, col++, stats_status_name(r->status));
		if (r->denominator > 0 && !r->census) {
			set_figure(t, row, col, r->ci_low, stats_interval_places(r->ci_low, r->threshold));
			set_figure(t, row, col + 1, r->ci_high, stats_interval_places(r->ci_high, r->threshold));
		}
		col += 2;
		table_set_text(t, row, col++, stats_evidence_name(r->evidence));
		/* The previous row is the same target's previous month. */
		const ComplianceRow *before = i > 0 ? &c->rows[i - 1] : NULL;
		if (trend) {
			if (before && strcmp(before->target, r->target) == 0 && before->denominator > 0 && r->denominator > 0) {
				double now = stats_percent_display(r->numerator, r->denominator);
				double then = stats_percent_display(before->numerator, before->denominator);
				long long tenths = llround((now - then) * 10);
				char *cue = xprintf("%s %s%lld.%lld", tenths > 0 ? "\xE2\x86\x91" : tenths < 0 ? "\xE2\x86\x93" : "\xE2\x86\x92",
				                    tenths > 0 ? "+" : tenths < 0 ? "-" : "", llabs(tenths) / 10, llabs(tenths) % 10);
				table_set_text(t, row, col, cue);
				free(cue);
			}
			col++;
		}
		if (period) {
			table_set_text(t, row, col++, c->period.from);
			table_set_text(t, row, col++, c->period.to);
		}
	}
	return t;
}
