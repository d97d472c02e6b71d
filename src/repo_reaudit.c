/* Re-audits (repo_reaudit.h): the loop an audit graded inadequate or
 * requires improvement starts, closed by an audit of the same file within
 * the rule's months (004 ~lines 5868-5887: "re-audit to be completed
 * before the end of January 2017"). */
#include "repo.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "domain.h"
#include "stats.h"
#include "util.h"

/* The plan's rule, where the council has set none: inadequate within 3
 * months, requires improvement within 6. */
#define PLAN_MONTHS(grade) "CASE " grade " WHEN 'inadequate' THEN 3 WHEN 'requires-improvement' THEN 6 END"

/* Every submitted graded audit with a rule, its due date (the rule's
 * months on, kept within the month: 30 November + 3 months is 28
 * February, not 2 March) and the audit that re-audited it: the linked
 * re-audit, else the first later submitted audit of the same file. */
#define REAUDIT_CTE \
	"WITH graded AS (" \
	"  SELECT a.id, a.date, a.case_id, a.team_id, a.grade," \
	"         coalesce((SELECT r.months FROM reaudit_rule r WHERE r.grade = a.grade)," \
	"                  " PLAN_MONTHS("a.grade") ") AS months" \
	"  FROM audit a WHERE a.submitted_at IS NOT NULL AND a.grade IS NOT NULL)," \
	" due AS (" \
	"  SELECT g.*, min(date(g.date, '+' || g.months || ' months')," \
	"                  date(g.date, 'start of month', '+' || (g.months + 1) || ' months', '-1 day')) AS due," \
	"         coalesce((SELECT r.audit_id FROM reaudit r JOIN audit b ON b.id = r.audit_id" \
	"                   WHERE r.follows_id = g.id AND b.submitted_at IS NOT NULL ORDER BY b.date, b.id LIMIT 1)," \
	"                  (SELECT b.id FROM audit b WHERE b.case_id = g.case_id AND b.submitted_at IS NOT NULL" \
	"                     AND (b.date > g.date OR (b.date = g.date AND b.id > g.id))" \
	"                   ORDER BY b.date, b.id LIMIT 1)) AS re_id" \
	"  FROM graded g WHERE g.months IS NOT NULL)," \
	" judged AS (" \
	"  SELECT d.id, d.date, d.case_id, d.team_id, d.grade, d.due, d.re_id, b.date AS re_date," \
	"         CASE WHEN b.date <= d.due THEN 'on-time'" \
	"              WHEN b.id IS NULL AND c.closed IS NOT NULL AND c.closed < d.due THEN 'withdrawn'" \
	"              WHEN b.id IS NOT NULL THEN 'late'" \
	"              WHEN d.due >= :today THEN 'due' ELSE 'overdue' END AS status" \
	"  FROM due d JOIN case_file c ON c.id = d.case_id LEFT JOIN audit b ON b.id = d.re_id)"

int repo_reaudit_link(Db *db, long long audit, long long follows, char **cause)
{
	Stmt *s = db_stmt(db,
		"SELECT a.case_id, a.date, f.case_id, f.date, f.submitted_at IS NOT NULL, ca.ref, cf.ref"
		" FROM audit a JOIN case_file ca ON ca.id = a.case_id, audit f JOIN case_file cf ON cf.id = f.case_id"
		" WHERE a.id = :audit AND f.id = :follows");
	db_bind_int(s, ":audit", audit);
	db_bind_int(s, ":follows", follows);
	int rc = db_step_row(db, s, cause);
	if (rc < 0)
		return -1;
	if (rc == 0) {
		return failure(cause, "unknown audit %lld; " FIELD("follows") " names the audit this one re-audits ('audit list "
		               FIELD_OF("audit list", "case") " CASE' shows them)", follows);
	}
	long long case_a = db_column_int(s, 0), case_f = db_column_int(s, 2);
	char date_a[11], date_f[11], ref_a[256], ref_f[256];
	snprintf(date_a, sizeof date_a, "%s", db_column_text(s, 1));
	snprintf(date_f, sizeof date_f, "%s", db_column_text(s, 3));
	int submitted = (int)db_column_int(s, 4);
	snprintf(ref_a, sizeof ref_a, "%s", db_column_text(s, 5));
	snprintf(ref_f, sizeof ref_f, "%s", db_column_text(s, 6));
	db_reset(s);
	if (audit == follows)
		return failure(cause, "an audit cannot re-audit itself; " FIELD("follows") " names an earlier audit of the case");
	if (case_a != case_f)
		return failure(cause, "audit %lld is of case %s, not %s; a re-audit follows an earlier audit of the same "
		               "case", follows, ref_f, ref_a);
	if (!submitted)
		return failure(cause, "audit %lld is a draft; a re-audit follows a submitted audit", follows);
	if (strcmp(date_a, date_f) < 0)
		return failure(cause, "the re-audit's date %s is before the audit it follows (%lld, %s)", date_a, follows,
		               date_f);
	s = db_stmt(db, "INSERT INTO reaudit(audit_id, follows_id) VALUES (:audit, :follows)");
	db_bind_int(s, ":audit", audit);
	db_bind_int(s, ":follows", follows);
	return db_step_done(db, s, cause);
}

int repo_reaudit_rule_set(Db *db, const char *grade, int months, char **cause)
{
	if (check_enum("grade", grade, GRADES, cause) != 0)
		return -1;
	if (months < 0 || months > 36)
		return failure(cause, FIELD("months") " %d is out of range; expected 1 to 36 (0 takes the council's rule away)",
		               months);
	Stmt *s;
	if (months == 0) {
		s = db_stmt(db, "DELETE FROM reaudit_rule WHERE grade = :grade");
	} else {
		s = db_stmt(db, "INSERT INTO reaudit_rule(grade, months) VALUES (:grade, :months)"
		                " ON CONFLICT (grade) DO UPDATE SET months = excluded.months");
		db_bind_int(s, ":months", months);
	}
	db_bind_text(s, ":grade", grade);
	return db_step_done(db, s, cause);
}

int repo_reaudit_rule_list(Db *db, Sink *sink, char **cause)
{
	Stmt *s = db_stmt(db,
		"WITH g(grade, position) AS (VALUES ('outstanding', 1), ('good', 2), ('adequate', 3),"
		"                                    ('requires-improvement', 4), ('inadequate', 5))"
		" SELECT g.grade AS grade,"
		"        coalesce(r.months, " PLAN_MONTHS("g.grade") ")"
		"          AS months,"
		"        CASE WHEN r.months IS NOT NULL THEN 'council' ELSE 'plan' END AS source"
		" FROM g LEFT JOIN reaudit_rule r ON r.grade = g.grade"
		" WHERE coalesce(r.months, " PLAN_MONTHS("g.grade") ")"
		"       IS NOT NULL"
		" ORDER BY g.position DESC");
	return db_query(db, s, sink, "list the re-audit rules", cause);
}

int repo_reaudit_list(Db *db, const ReauditFilter *f, Sink *sink, char **cause)
{
	long long team = 0;
	if (f->team && repo_team_id(db, f->team, &team, cause) != 0)
		return -1;
	char today[11];
	date_today(today);
	Stmt *s = db_stmt(db,
		REAUDIT_CTE
		" SELECT j.id AS audit, j.date AS date, c.ref AS \"case\", t.name AS team, j.grade AS grade, j.due AS due,"
		"        j.re_id AS reaudit, j.re_date AS reaudit_date, j.status AS status"
		" FROM judged j JOIN case_file c ON c.id = j.case_id JOIN team t ON t.id = j.team_id"
		" WHERE (:team IS NULL OR j.team_id = :team)"
		"   AND (NOT :open OR j.status IN ('due', 'overdue'))"
		"   AND (NOT :overdue OR j.status = 'overdue')"
		" ORDER BY j.due, j.id");
	db_bind_text(s, ":today", today);
	if (f->team)
		db_bind_int(s, ":team", team);
	else
		db_bind_null(s, ":team");
	db_bind_int(s, ":open", f->open);
	db_bind_int(s, ":overdue", f->overdue);
	return db_query(db, s, sink, "list re-audits", cause);
}

int repo_reaudit_files_due(Db *db, long long **cases, long long *n, char **cause)
{
	*cases = NULL;
	*n = 0;
	char today[11];
	date_today(today);
	/* The same judgement as reaudit list; a file twice due counts once,
	 * at its oldest due date. Of every team, open or not: the draw puts
	 * first those of its own eligible files (the team's, open, on the draw
	 * date) that are here. */
	Stmt *s = db_stmt(db,
		REAUDIT_CTE
		" SELECT j.case_id FROM judged j JOIN case_file c ON c.id = j.case_id"
		" WHERE j.status IN ('due', 'overdue')"
		" GROUP BY j.case_id ORDER BY min(j.due), c.ref COLLATE BINARY");
	db_bind_text(s, ":today", today);
	long long cap = 0;
	int rc;
	while ((rc = db_next(db, s, cause)) == 1) {
		if (*n == cap) {
			cap = cap ? cap * 2 : 16;
			*cases = xrealloc(*cases, sizeof **cases * (size_t)cap);
		}
		(*cases)[(*n)++] = db_column_int(s, 0);
	}
	if (rc < 0) {
		free(*cases);
		*cases = NULL;
		*n = 0;
		return -1;
	}
	return 0;
}

/* REAUDIT's threshold: every file graded inadequate re-audited in time. */
#define REAUDIT_THRESHOLD 100.0

int repo_reaudit_figure(Db *db, const Period *p, const char *team, int by_team, Sink *sink, char **cause)
{
	long long team_id = 0;
	if (team && repo_team_id(db, team, &team_id, cause) != 0)
		return -1;
	char today[11];
	date_today(today);
	Stmt *s = db_stmt(db,
		REAUDIT_CTE
		" SELECT t.name, count(CASE WHEN j.status = 'on-time' THEN 1 END),"
		"        count(CASE WHEN j.status IN ('on-time', 'late', 'overdue') THEN 1 END)"
		" FROM team t LEFT JOIN judged j ON j.team_id = t.id AND j.grade = 'inadequate'"
		"   AND j.due >= :from AND j.due <= :to"
		" WHERE (:team IS NULL OR t.id = :team)"
		" GROUP BY CASE WHEN :by_team THEN t.id END ORDER BY t.name");
	db_bind_text(s, ":today", today);
	db_bind_text(s, ":from", p->all_time ? "0000-01-01" : p->from);
	db_bind_text(s, ":to", p->all_time ? "9999-12-31" : p->to);
	if (team)
		db_bind_int(s, ":team", team_id);
	else
		db_bind_null(s, ":team");
	db_bind_int(s, ":by_team", by_team);
	const char *names[] = {"target", "team", "numerator", "denominator", "percent", "threshold", "status",
	                       "ci_low", "ci_high", "evidence"};
	int ncol = by_team ? 10 : 9;
	const char *cols[10];
	for (int i = 0, k = 0; i < 10; i++)
		if (by_team || i != 1)
			cols[k++] = names[i];
	sink->header(sink, ncol, cols);
	int rc;
	while ((rc = db_next(db, s, cause)) == 1) {
		long long n = db_column_int(s, 1), d = db_column_int(s, 2);
		Value v[10];
		memset(v, 0, sizeof v);
		int k = 0;
		v[k].type = VALUE_TEXT, v[k++].s = (char *)"REAUDIT";
		if (by_team)
			v[k].type = VALUE_TEXT, v[k++].s = (char *)db_column_text(s, 0);
		v[k].type = VALUE_INT, v[k++].i = n;
		v[k].type = VALUE_INT, v[k++].i = d;
		if (d > 0) {
			int places = stats_percent_places(n, d, REAUDIT_THRESHOLD);
			v[k].type = VALUE_REAL, v[k].r = stats_percent_rounded(n, d, places), v[k].decimals = places;
		}
		k++;
		v[k].type = VALUE_REAL, v[k].r = REAUDIT_THRESHOLD, v[k++].decimals = -1;
		v[k].type = VALUE_TEXT, v[k++].s = (char *)stats_status_name(stats_status(n, d, REAUDIT_THRESHOLD));
		k += 2; /* a census: no interval */
		v[k].type = VALUE_TEXT, v[k++].s = (char *)(d > 0 ? "census" : "none");
		sink->row(sink, v);
	}
	if (rc < 0)
		return -1;
	sink->end(sink);
	return 0;
}

Table *repo_reaudit_compare(Db *db, long long audit, char **cause)
{
	Stmt *s = db_stmt(db, "SELECT follows_id FROM reaudit WHERE audit_id = :audit");
	db_bind_int(s, ":audit", audit);
	long long follows;
	int rc = db_int(db, s, &follows, cause);
	if (rc < 0)
		return NULL;
	if (rc == 0) {
		failure(cause, "audit %lld is not a re-audit; record one with audit add ... " FIELD_OF("audit add", "follows") " AUDIT", audit);
		return NULL;
	}
	s = db_stmt(db,
		"SELECT st.code AS standard, th.result AS \"then\", nw.result AS now,"
		"       CASE WHEN th.result = 'not-met' AND nw.result = 'met' THEN 'improved'"
		"            WHEN th.result = 'met' AND nw.result = 'not-met' THEN 'worse'"
		"            WHEN th.result = nw.result THEN 'same' END AS change,"
		"       th.note AS then_note, nw.note AS now_note"
		" FROM standard st LEFT JOIN answer th ON th.audit_id = :follows AND th.standard_code = st.code"
		" LEFT JOIN answer nw ON nw.audit_id = :audit AND nw.standard_code = st.code"
		" WHERE th.result IS NOT NULL OR nw.result IS NOT NULL ORDER BY st.position");
	db_bind_int(s, ":follows", follows);
	db_bind_int(s, ":audit", audit);
	return db_query_table(db, s, "compare the re-audit", cause);
}
