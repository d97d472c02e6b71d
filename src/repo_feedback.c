/* Feedback: an audit discussed with the worker allocated to the case, the
 * first step of what follows an audit (DOMAIN.md, "After the audit"). */
#include "repo.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "domain.h"
#include "measure_sql.h"
#include "util.h"

#define RESPONSE_MAX 2000

int repo_case_worker_on(Db *db, long long case_id, const char *date, long long *worker, char **cause)
{
	Stmt *s = db_stmt(db, "SELECT coalesce(" SQL_CASE_ON(":case", ":date", "c.worker_id", "worker_id") ", -1)"
	                      " FROM case_file c WHERE c.id = :case");
	db_bind_int(s, ":case", case_id);
	db_bind_text(s, ":date", date);
	char today[11];
	date_today(today);
	db_bind_text(s, ":today", today);
	*worker = -1;
	return db_int(db, s, worker, cause) < 0 ? -1 : 0;
}

typedef struct {
	long long case_id, auditor_id;
	char date[11], ref[256];
	int submitted;
} AuditFacts;

static int audit_facts(Db *db, long long audit, AuditFacts *a, char **cause)
{
	Stmt *s = db_stmt(db,
		"SELECT a.case_id, a.auditor_id, a.date, c.ref, a.submitted_at IS NOT NULL"
		" FROM audit a JOIN case_file c ON c.id = a.case_id WHERE a.id = :audit");
	db_bind_int(s, ":audit", audit);
	int rc = db_step_row(db, s, cause);
	if (rc < 0)
		return -1;
	if (rc == 0)
		return failure(cause, "unknown audit %lld; 'audit list' shows the audits", audit);
	a->case_id = db_column_int(s, 0);
	a->auditor_id = db_column_int(s, 1);
	snprintf(a->date, sizeof a->date, "%s", db_column_text(s, 2));
	snprintf(a->ref, sizeof a->ref, "%s", db_column_text(s, 3));
	a->submitted = (int)db_column_int(s, 4);
	db_reset(s);
	return 0;
}

static int worker_role(Db *db, long long id, char *role, size_t n, char **cause)
{
	Stmt *s = db_stmt(db, "SELECT role FROM worker WHERE id = :id");
	db_bind_int(s, ":id", id);
	char *value = NULL;
	if (db_text(db, s, &value, cause) < 0)
		return -1;
	snprintf(role, n, "%s", value ? value : "");
	free(value);
	return 0;
}

static const char *worker_name(Db *db, long long id, char *out, size_t n)
{
	Stmt *s = db_stmt(db, "SELECT name FROM worker WHERE id = :id");
	db_bind_int(s, ":id", id);
	char *value = NULL;
	if (db_text(db, s, &value, NULL) != 1 || value == NULL)
		snprintf(out, n, "worker %lld", id);
	else
		snprintf(out, n, "%s", value);
	free(value);
	return out;
}

int repo_feedback_add(Db *db, long long audit, const char *worker, const char *by, const char *date,
                      const char *response, char **cause)
{
	AuditFacts a;
	if (audit_facts(db, audit, &a, cause) != 0)
		return -1;
	if (!a.submitted)
		return failure(cause, "audit %lld is a draft; feedback follows a submitted audit (audit submit %lld)",
		               audit, audit);
	char today[11];
	if (date_done_check(FIELD("date"), &date, today, "record feedback once it is given", cause) != 0)
		return -1;
	if (strcmp(date, a.date) < 0)
		return failure(cause, FIELD("date") " %s is before the audit's date %s; feedback follows the audit", date, a.date);
	if (response != NULL && strlen(response) > RESPONSE_MAX)
		return failure(cause, "the response is longer than %d characters; shorten it", RESPONSE_MAX);
	long long allocated, worker_id, by_id;
	if (repo_case_worker_on(db, a.case_id, a.date, &allocated, cause) != 0)
		return -1;
	char name[256];
	if (worker == NULL) {
		if (allocated < 0)
			return failure(cause, "case %s had no allocated worker on %s; name the worker the audit was "
			               "discussed with (" FIELD("worker") " NAME)", a.ref, a.date);
		worker_id = allocated;
	} else {
		if (repo_worker_id(db, worker, &worker_id, cause) != 0)
			return -1;
		long long now = -1;
		Stmt *s = db_stmt(db, "SELECT coalesce(worker_id, -1) FROM case_file WHERE id = :case");
		db_bind_int(s, ":case", a.case_id);
		if (db_int(db, s, &now, cause) < 0)
			return -1;
		if (worker_id != allocated && worker_id != now) {
			if (allocated < 0)
				return failure(cause, "%s is not the worker of case %s (it had none on %s); feedback is given "
				               "to the case's worker", worker, a.ref, a.date);
			return failure(cause, "%s is not the worker of case %s (on %s it was %s); feedback is given to the "
			               "case's worker", worker, a.ref, a.date, worker_name(db, allocated, name, sizeof name));
		}
	}
	if (by == NULL || *by == '\0')
		return failure(cause, "give who gave the feedback: a manager or the auditor");
	if (repo_worker_id(db, by, &by_id, cause) != 0)
		return -1;
	char role[64];
	if (worker_role(db, by_id, role, sizeof role, cause) != 0)
		return -1;
	if (by_id == worker_id)
		return failure(cause, "%s cannot give feedback to themselves; feedback is given by a manager or the "
		               "auditor", by);
	if (by_id != a.auditor_id && !domain_is_manager(role))
		return failure(cause, "%s is a %s; feedback is given by the auditor or a manager (%s)", by, role,
		               DOMAIN_MANAGERS);
	Stmt *s = db_stmt(db, "SELECT date FROM feedback WHERE audit_id = :audit");
	db_bind_int(s, ":audit", audit);
	char *given = NULL;
	if (db_text(db, s, &given, cause) < 0)
		return -1;
	if (given != NULL) {
		int rc = failure(cause, "audit %lld's feedback was recorded on %s; it is recorded once", audit, given);
		free(given);
		return rc;
	}
	s = db_stmt(db, "INSERT INTO feedback(audit_id, worker_id, by_id, date, response)"
	                " VALUES (:audit, :worker, :by, :date, :response)");
	db_bind_int(s, ":audit", audit);
	db_bind_int(s, ":worker", worker_id);
	db_bind_int(s, ":by", by_id);
	db_bind_text(s, ":date", date);
	db_bind_text(s, ":response", response && *response ? response : NULL);
	return db_step_done(db, s, cause);
}

int repo_feedback_list(Db *db, const FeedbackFilter *f, Sink *sink, char **cause)
{
	long long team = 0, worker = 0;
	if (f->team && repo_team_id(db, f->team, &team, cause) != 0)
		return -1;
	if (f->worker && repo_worker_id(db, f->worker, &worker, cause) != 0)
		return -1;
	Stmt *s;
	if (f->outstanding) {
		char today[11];
		date_today(today);
		/* The worker owed feedback: allocated on the audit's date, else
		 * the case's worker now (repo_case_worker_on, in SQL for a list). */
		s = db_stmt(db,
			"WITH owed AS ("
			"  SELECT a.id, a.date, a.case_id, a.team_id, a.auditor_id,"
			"         coalesce(" SQL_CASE_ON("a.case_id", "a.date", "c.worker_id", "worker_id") ", c.worker_id) AS worker_id"
			"  FROM audit a JOIN case_file c ON c.id = a.case_id"
			"  WHERE a.submitted_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM feedback fb WHERE fb.audit_id = a.id)"
			"    AND (:team IS NULL OR a.team_id = :team))"
			" SELECT o.id AS audit, o.date AS date, c.ref AS \"case\", t.name AS team, w.name AS worker,"
			"        au.name AS auditor, CAST(julianday(:today) - julianday(o.date) AS INTEGER) AS days"
			" FROM owed o JOIN case_file c ON c.id = o.case_id JOIN team t ON t.id = o.team_id"
			" JOIN worker au ON au.id = o.auditor_id LEFT JOIN worker w ON w.id = o.worker_id"
			" WHERE :worker IS NULL OR o.worker_id = :worker"
			" ORDER BY o.date, o.id");
		db_bind_text(s, ":today", today);
	} else {
		s = db_stmt(db,
			"SELECT a.id AS audit, a.date AS date, c.ref AS \"case\", t.name AS team, w.name AS worker,"
			"       b.name AS \"by\", fb.date AS feedback, fb.response AS response"
			" FROM feedback fb JOIN audit a ON a.id = fb.audit_id JOIN case_file c ON c.id = a.case_id"
			" JOIN team t ON t.id = a.team_id JOIN worker w ON w.id = fb.worker_id JOIN worker b ON b.id = fb.by_id"
			" WHERE (:team IS NULL OR a.team_id = :team) AND (:worker IS NULL OR fb.worker_id = :worker)"
			" ORDER BY fb.date, a.id");
	}
	if (f->team)
		db_bind_int(s, ":team", team);
	else
		db_bind_null(s, ":team");
	if (f->worker)
		db_bind_int(s, ":worker", worker);
	else
		db_bind_null(s, ":worker");
	return db_query(db, s, sink, "list feedback", cause);
}
