/* The committee report's own look-ups: coverage of the period and the
 * overdue actions as at a date. See repo_report.h. */
#include "repo_report.h"

#include <string.h>

#include "domain.h"
#include "util.h"

int repo_report_coverage(Db *db, const Period *period, long long team_id, ReportCoverage *out, char **cause)
{
	memset(out, 0, sizeof *out);
	Stmt *s = db_stmt(db,
		"SELECT count(*), count(DISTINCT case_id), count(DISTINCT team_id),"
		"       coalesce(sum(type = 'dip-sample'), 0), coalesce(sum(type = 'themed'), 0),"
		"       coalesce(sum(type = 'multi-agency'), 0)"
		" FROM audit"
		" WHERE submitted_at IS NOT NULL"
		"   AND (:all OR date BETWEEN :from AND :to)"
		"   AND (:team IS NULL OR team_id = :team)");
	db_bind_int(s, ":all", period->all_time);
	db_bind_text(s, ":from", period->from);
	db_bind_text(s, ":to", period->to);
	if (team_id > 0)
		db_bind_int(s, ":team", team_id);
	else
		db_bind_null(s, ":team");
	int rc = db_step_row(db, s, cause);
	if (rc < 0)
		return -1;
	if (rc == 1) {
		out->audits = db_column_int(s, 0);
		out->files = db_column_int(s, 1);
		out->teams = db_column_int(s, 2);
		out->dip_sample = db_column_int(s, 3);
		out->themed = db_column_int(s, 4);
		out->multi_agency = db_column_int(s, 5);
		db_reset(s);
	}
	return 0;
}

Table *repo_report_overdue(Db *db, long long team_id, const char *as_at, char **cause)
{
	Stmt *s = db_stmt(db,
		"SELECT x.id AS id, x.audit_id AS audit, c.ref AS \"case\", t.name AS team, w.name AS owner,"
		"       x.due AS due, CAST(julianday(:as_at) - julianday(x.due) AS INTEGER) AS days, x.text AS text"
		" FROM action x JOIN audit a ON a.id = x.audit_id JOIN case_file c ON c.id = a.case_id"
		" JOIN team t ON t.id = c.team_id JOIN worker w ON w.id = x.owner_id"
		" WHERE " DOMAIN_SQL_ACTION_OVERDUE("x.due", "x.done", ":as_at")
		"   AND (:team IS NULL OR c.team_id = :team)"
		" ORDER BY x.due, x.id");
	db_bind_text(s, ":as_at", as_at);
	if (team_id > 0)
		db_bind_int(s, ":team", team_id);
	else
		db_bind_null(s, ":team");
	return db_query_table(db, s, "list overdue actions", cause);
}
