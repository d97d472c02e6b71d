/* Actions: the follow-ups an audit sets, who owns them and when they are
 * due and done. Actions may be added to submitted audits too: they are what
 * happens after the audit, not part of its judgement. */
#include "repo.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "domain.h"
#include "util.h"

#define TEXT_MAX 2000

int repo_action_add(Db *db, long long audit, const char *text, const char *owner, const char *due,
                    long long *id, char **cause)
{
	Stmt *s = db_stmt(db, "SELECT date FROM audit WHERE id = :audit");
	db_bind_int(s, ":audit", audit);
	int rc = db_step_row(db, s, cause);
	if (rc < 0)
		return -1;
	if (rc == 0)
		return failure(cause, "unknown audit %lld; 'audit list' shows the audits", audit);
	char audit_date[11];
	snprintf(audit_date, sizeof audit_date, "%s", db_column_text(s, 0));
	db_reset(s);
	if (text == NULL || text[strspn(text, " \t")] == '\0')
		return failure(cause, "the action's text is empty; say what must be done (quote it)");
	if (strlen(text) > TEXT_MAX)
		return failure(cause, "the action's text is longer than %d characters; shorten it", TEXT_MAX);
	if (due == NULL || !date_valid(due))
		return failure(cause, FIELD("due") " '%s' is not a real date; expected YYYY-MM-DD", due ? due : "");
	if (strcmp(due, audit_date) < 0)
		return failure(cause, FIELD("due") " %s is before the audit date %s", due, audit_date);
	long long owner_id;
	if (repo_action_check_owner(db, owner, &owner_id, cause) != 0)
		return -1;
	s = db_stmt(db, "INSERT INTO action(audit_id, text, owner_id, due) VALUES (:audit, :text, :owner, :due)");
	db_bind_int(s, ":audit", audit);
	db_bind_text(s, ":text", text);
	db_bind_int(s, ":owner", owner_id);
	db_bind_text(s, ":due", due);
	if (db_step_done(db, s, cause) != 0)
		return -1;
	*id = db_last_id(db);
	return 0;
}

int repo_action_check_owner(Db *db, const char *owner, long long *id, char **cause)
{
	if (owner == NULL || *owner == '\0')
		return failure(cause, "the owner's name is empty; give a worker's name");
	WorkerRecord w;
	if (repo_worker_get(db, owner, &w, cause) != 0)
		return -1;
	char today[11];
	date_today(today);
	if (domain_has_left(w.left, today))
		return failure(cause, "%s left on %s; give an owner who is in post", w.name, w.left);
	if (id)
		*id = w.id;
	return 0;
}

int repo_action_done(Db *db, long long action, const char *date, const char *evidence, char **cause)
{
	if (evidence != NULL && evidence[strspn(evidence, " \t")] == '\0')
		return failure(cause, FIELD("evidence") " is empty; say what was done, or leave it out");
	if (evidence != NULL && strlen(evidence) > TEXT_MAX)
		return failure(cause, FIELD("evidence") " is longer than %d characters; shorten it", TEXT_MAX);
	char today[11];
	if (date_done_check(FIELD("date"), &date, today, "record it once it is done", cause) != 0)
		return -1;
	Stmt *s = db_stmt(db,
		"SELECT x.done, a.date FROM action x JOIN audit a ON a.id = x.audit_id WHERE x.id = :id");
	db_bind_int(s, ":id", action);
	int rc = db_step_row(db, s, cause);
	if (rc < 0)
		return -1;
	if (rc == 0)
		return failure(cause, "unknown action %lld; 'action list' shows the actions", action);
	char done[11] = "", audit_date[11];
	if (db_column_text(s, 0))
		snprintf(done, sizeof done, "%s", db_column_text(s, 0));
	snprintf(audit_date, sizeof audit_date, "%s", db_column_text(s, 1));
	db_reset(s);
	if (done[0])
		return failure(cause, "action %lld was already done on %s", action, done);
	if (strcmp(date, audit_date) < 0)
		return failure(cause, FIELD("date") " %s is before the date of the audit that set the action (%s)", date,
		               audit_date);
	s = db_stmt(db, "UPDATE action SET done = :date WHERE id = :id");
	db_bind_text(s, ":date", date);
	db_bind_int(s, ":id", action);
	if (db_step_done(db, s, cause) != 0)
		return -1;
	if (evidence == NULL)
		return 0;
	s = db_stmt(db, "INSERT INTO action_evidence(action_id, text) VALUES (:id, :text)");
	db_bind_int(s, ":id", action);
	db_bind_text(s, ":text", evidence);
	return db_step_done(db, s, cause);
}

int repo_action_check(Db *db, long long action, const char *by, const char *date, int effective,
                      const char *note, char **cause)
{
	char today[11];
	if (date_done_check(FIELD("date"), &date, today, "record the check once it is made", cause) != 0)
		return -1;
	if (note != NULL && strlen(note) > TEXT_MAX)
		return failure(cause, FIELD("note") " is longer than %d characters; shorten it", TEXT_MAX);
	Stmt *s = db_stmt(db,
		"SELECT x.done, x.owner_id, (SELECT date FROM action_check WHERE action_id = x.id)"
		" FROM action x WHERE x.id = :id");
	db_bind_int(s, ":id", action);
	int rc = db_step_row(db, s, cause);
	if (rc < 0)
		return -1;
	if (rc == 0)
		return failure(cause, "unknown action %lld; 'action list' shows the actions", action);
	char done[11] = "", checked[11] = "";
	if (db_column_text(s, 0))
		snprintf(done, sizeof done, "%s", db_column_text(s, 0));
	long long owner = db_column_int(s, 1);
	if (db_column_text(s, 2))
		snprintf(checked, sizeof checked, "%s", db_column_text(s, 2));
	db_reset(s);
	if (!done[0])
		return failure(cause, "action %lld is not done yet; check it once its owner has done it (action done %lld)",
		               action, action);
	if (checked[0])
		return failure(cause, "action %lld was checked on %s; it is checked once", action, checked);
	if (strcmp(date, done) < 0)
		return failure(cause, FIELD("date") " %s is before the action was done (%s)", date, done);
	if (by == NULL || *by == '\0')
		return failure(cause, "give who checked it: a manager (" FIELD("by") " NAME)");
	long long by_id;
	if (repo_worker_id(db, by, &by_id, cause) != 0)
		return -1;
	if (by_id == owner)
		return failure(cause, "%s owns action %lld and cannot check their own action; a manager checks it", by,
		               action);
	s = db_stmt(db, "SELECT role FROM worker WHERE id = :id");
	db_bind_int(s, ":id", by_id);
	char *role = NULL;
	if (db_text(db, s, &role, cause) < 0)
		return -1;
	int manager = domain_is_manager(role);
	if (!manager) {
		rc = failure(cause, "%s is a %s; an action is checked by %s", by, role ? role : "worker", DOMAIN_MANAGERS);
		free(role);
		return rc;
	}
	free(role);
	s = db_stmt(db, "INSERT INTO action_check(action_id, checker_id, date, effective, note)"
	                " VALUES (:id, :by, :date, :effective, :note)");
	db_bind_int(s, ":id", action);
	db_bind_int(s, ":by", by_id);
	db_bind_text(s, ":date", date);
	db_bind_int(s, ":effective", effective);
	db_bind_text(s, ":note", note && *note ? note : NULL);
	return db_step_done(db, s, cause);
}

int repo_action_list(Db *db, const ActionFilter *f, Sink *sink, char **cause)
{
	long long owner = 0, team = 0;
	if (f->owner && repo_worker_id(db, f->owner, &owner, cause) != 0)
		return -1;
	if (f->team && repo_team_id(db, f->team, &team, cause) != 0)
		return -1;
	if (f->audit) {
		Stmt *s = db_stmt(db, "SELECT 1 FROM audit WHERE id = :audit");
		db_bind_int(s, ":audit", f->audit);
		int rc = db_step_row(db, s, cause);
		if (rc < 0)
			return -1;
		if (rc == 0)
			return failure(cause, "unknown audit %lld; 'audit list' shows the audits", f->audit);
		db_reset(s);
	}
	char today[11];
	date_today(today);
	Stmt *s = db_stmt(db,
		"SELECT x.id AS id, x.audit_id AS audit, c.ref AS \"case\", w.name AS owner, x.due AS due,"
		"       x.done AS done,"
		"       " DOMAIN_SQL_ACTION_STATUS("x.due", "x.done", ":today") " AS status,"
		"       " DOMAIN_SQL_ACTION_CHECKED("ck.effective") " AS checked,"
		"       x.text AS text"
		" FROM action x JOIN audit a ON a.id = x.audit_id JOIN case_file c ON c.id = a.case_id"
		" JOIN worker w ON w.id = x.owner_id"
		" LEFT JOIN action_check ck ON ck.action_id = x.id"
		" WHERE (NOT :open OR x.done IS NULL)"
		"   AND (NOT :unchecked OR (x.done IS NOT NULL AND ck.action_id IS NULL))"
		"   AND (NOT :overdue OR " DOMAIN_SQL_ACTION_OVERDUE("x.due", "x.done", ":today") ")"
		"   AND (:owner IS NULL OR x.owner_id = :owner)"
		"   AND (:team IS NULL OR c.team_id = :team)"
		"   AND (:audit IS NULL OR x.audit_id = :audit)"
		" ORDER BY x.due, x.id");
	db_bind_text(s, ":today", today);
	db_bind_int(s, ":open", f->open);
	db_bind_int(s, ":overdue", f->overdue);
	db_bind_int(s, ":unchecked", f->unchecked);
	if (f->owner)
		db_bind_int(s, ":owner", owner);
	if (f->team)
		db_bind_int(s, ":team", team);
	if (f->audit)
		db_bind_int(s, ":audit", f->audit);
	return db_query(db, s, sink, "list actions", cause);
}

int repo_action_summary(Db *db, int by_team, Sink *sink, char **cause)
{
	char today[11];
	date_today(today);
	Stmt *s = db_stmt(db,
		"SELECT CASE WHEN :team THEN t.name ELSE w.name END AS who,"
		"       count(*) FILTER (WHERE x.done IS NULL) AS open,"
		"       count(*) FILTER (WHERE " DOMAIN_SQL_ACTION_OVERDUE("x.due", "x.done", ":today") ") AS overdue,"
		"       count(*) FILTER (WHERE x.done IS NOT NULL AND ck.action_id IS NULL) AS unchecked,"
		"       count(*) FILTER (WHERE ck.effective = 1) AS effective,"
		"       count(*) FILTER (WHERE ck.effective = 0) AS not_effective"
		" FROM action x JOIN audit a ON a.id = x.audit_id JOIN case_file c ON c.id = a.case_id"
		" JOIN worker w ON w.id = x.owner_id JOIN team t ON t.id = c.team_id"
		" LEFT JOIN action_check ck ON ck.action_id = x.id"
		" GROUP BY 1 ORDER BY 3 DESC, 4 DESC, 1");
	db_bind_int(s, ":team", by_team);
	db_bind_text(s, ":today", today);
	return db_query(db, s, sink, "summarise actions", cause);
}

Table *repo_action_show(Db *db, long long action, char **cause)
{
	char today[11];
	date_today(today);
	Stmt *s = db_stmt(db,
		"SELECT x.id AS id, x.audit_id AS audit, c.ref AS \"case\", t.name AS team, w.name AS owner, x.due AS due,"
		"       x.done AS done,"
		"       " DOMAIN_SQL_ACTION_STATUS("x.due", "x.done", ":today") " AS status,"
		"       x.text AS text, ev.text AS evidence,"
		"       " DOMAIN_SQL_ACTION_CHECKED("ck.effective") " AS checked,"
		"       cw.name AS checked_by, ck.date AS checked_on, ck.note AS check_note"
		" FROM action x JOIN audit a ON a.id = x.audit_id JOIN case_file c ON c.id = a.case_id"
		" JOIN team t ON t.id = c.team_id JOIN worker w ON w.id = x.owner_id"
		" LEFT JOIN action_evidence ev ON ev.action_id = x.id LEFT JOIN action_check ck ON ck.action_id = x.id"
		" LEFT JOIN worker cw ON cw.id = ck.checker_id WHERE x.id = :id");
	db_bind_text(s, ":today", today);
	db_bind_int(s, ":id", action);
	Table *t = db_query_table(db, s, "show the action", cause);
	if (t != NULL && t->nrow == 0) {
		table_free(t);
		failure(cause, "unknown action %lld; 'action list' shows the actions", action);
		return NULL;
	}
	return t;
}
