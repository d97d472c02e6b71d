/* Case files: the council's child IDs, the team and worker holding each,
 * status, flags, opening and closing. */
#include "repo.h"

#include <stdlib.h>
#include <string.h>

#include "domain.h"
#include "util.h"
#include "words.h"

int repo_case_find(Db *db, const char *ref, long long *id, char **cause)
{
	Stmt *s = db_stmt(db, "SELECT id FROM case_file WHERE ref = :ref");
	db_bind_text(s, ":ref", ref);
	return db_int(db, s, id, cause);
}

int repo_case_id(Db *db, const char *ref, long long *id, char **cause)
{
	int rc = repo_case_find(db, ref, id, cause);
	if (rc == 0)
		return failure(cause, "unknown case '%s'; 'case list' shows the cases", ref);
	return rc < 0 ? -1 : 0;
}

static int ref_ok(const char *ref, char **cause)
{
	if (ref == NULL || ref[strspn(ref, " \t")] == '\0')
		return failure(cause, "the case ID is empty; give the council's child ID");
	size_t n = strlen(ref);
	if (ref[0] == ' ' || ref[0] == '\t' || ref[n - 1] == ' ' || ref[n - 1] == '\t')
		return failure(cause, "the case ID '%s' starts or ends with a space; remove it", ref);
	if (n > 100)
		return failure(cause, "the case ID is longer than 100 characters");
	const char *problem = name_problem(ref);
	if (problem)
		return failure(cause, "the case ID %s", problem);
	return 0;
}

/* A date of something that has happened: real, and not after today. */
static int past_date_ok(const char *what, const char *date, char **cause)
{
	if (!date_valid(date))
		return failure(cause, "%s date '%s' is not a real date; expected YYYY-MM-DD", what, date);
	char today[11];
	date_today(today);
	if (strcmp(date, today) > 0)
		return failure(cause, "%s date %s is after today (%s); record it once it has happened", what, date, today);
	return 0;
}

static int flags_ok(const char *const *flags, int n, char **cause)
{
	for (int i = 0; i < n; i++)
		if (check_enum("flag", flags[i], FLAGS, cause) != 0)
			return -1;
	return 0;
}

static int fields_ok(const CaseFields *f, char **cause)
{
	if (f->status != NULL && check_enum("status", f->status, STATUSES, cause) != 0)
		return -1;
	if (f->opened != NULL && past_date_ok("the opening", f->opened, cause) != 0)
		return -1;
	return flags_ok(f->flags, f->nflags, cause) || flags_ok(f->unflags, f->nunflags, cause) ? -1 : 0;
}

static int case_flag(Db *db, long long id, const char *flag, int add, char **cause)
{
	Stmt *s = add ? db_stmt(db, "INSERT OR IGNORE INTO case_flag(case_id, flag) VALUES (:id, :flag)")
	                      : db_stmt(db, "DELETE FROM case_flag WHERE case_id = :id AND flag = :flag");
	db_bind_int(s, ":id", id);
	db_bind_text(s, ":flag", flag);
	return db_step_done(db, s, cause);
}

static void bind_id_or_null(Stmt *s, const char *name, long long id)
{
	if (id >= 0)
		db_bind_int(s, name, id);
	else
		db_bind_null(s, name);
}

/* The worker to allocate a case to. An open case needs a worker in post:
 * a child's case left with someone who has gone is a case nobody holds. */
static int allocatable(Db *db, const char *name, int case_open, long long *id, char **cause)
{
	WorkerRecord w;
	if (repo_worker_get(db, name, &w, cause) != 0)
		return -1;
	*id = w.id;
	if (!case_open)
		return 0;
	char today[11];
	date_today(today);
	if (domain_has_left(w.left, today))
		return failure(cause, "'%s' left on %s; allocate an open case to a worker in post", name, w.left);
	return 0;
}

int repo_case_add(Db *db, const char *ref, const CaseFields *f, char **cause)
{
	if (ref_ok(ref, cause) != 0)
		return -1;
	if (f->team == NULL)
		return failure(cause, "a case needs a team; give " FIELD("team") " TEAM");
	if (fields_ok(f, cause) != 0)
		return -1;
	long long id = 0, team = 0, worker = -1;
	int found = repo_case_find(db, ref, &id, cause);
	if (found != 0)
		return found < 0 ? -1 : failure(cause, "a case '%s' already exists; case IDs are unique", ref);
	if (repo_team_id(db, f->team, &team, cause) != 0)
		return -1;
	if (f->worker != NULL && allocatable(db, f->worker, 1, &worker, cause) != 0)
		return -1;
	Stmt *s = db_stmt(db,
		"INSERT INTO case_file(ref, team_id, worker_id, status, opened)"
		" VALUES (:ref, :team, :worker, coalesce(:status, 'cin'), :opened)");
	db_bind_text(s, ":ref", ref);
	db_bind_int(s, ":team", team);
	bind_id_or_null(s, ":worker", worker);
	db_bind_text(s, ":status", f->status);
	db_bind_text(s, ":opened", f->opened);
	if (db_step_done(db, s, cause) != 0)
		return -1;
	id = db_last_id(db);
	for (int i = 0; i < f->nflags; i++)
		if (case_flag(db, id, f->flags[i], 1, cause) != 0)
			return -1;
	return 0;
}

static int has_flag(Db *db, long long id, const char *flag)
{
	Stmt *s = db_stmt(db, "SELECT 1 FROM case_flag WHERE case_id = :id AND flag = :flag");
	db_bind_int(s, ":id", id);
	db_bind_text(s, ":flag", flag);
	int rc = db_step_row(db, s, NULL);
	db_reset(s);
	return rc == 1;
}

int repo_case_set(Db *db, const char *ref, const CaseFields *f, char **cause)
{
	int fields = f->team || f->worker || f->unallocate || f->status || f->opened;
	if (!fields && f->nflags == 0 && f->nunflags == 0)
		return failure(cause, "nothing to change for case '%s'; give " FIELD("team") ", " FIELD("worker") ", " FIELD("unallocate") ", " FIELD("status") ", "
		               FIELD("opened") ", " FIELD("flag") " or " FIELD("unflag"), ref);
	if (fields_ok(f, cause) != 0)
		return -1;
	if (f->worker && f->unallocate)
		return failure(cause, FIELD("worker") " and " FIELD("unallocate") " contradict each other; give one");
	for (int i = 0; i < f->nflags; i++)
		for (int j = 0; j < f->nunflags; j++)
			if (strcmp(f->flags[i], f->unflags[j]) == 0)
				return failure(cause, FIELD("flag") " %s and " FIELD("unflag") " %s contradict each other; give one",
				               f->flags[i], f->unflags[j]);
	long long id = 0, team = -1, worker = -1;
	if (repo_case_id(db, ref, &id, cause) != 0)
		return -1;
	if (f->team != NULL && repo_team_id(db, f->team, &team, cause) != 0)
		return -1;
	if (f->worker != NULL) {
		Stmt *s = db_stmt(db, "SELECT closed IS NULL FROM case_file WHERE id = :id");
		db_bind_int(s, ":id", id);
		if (db_step_one(db, s, cause) != 0)
			return -1;
		int open = db_column_int(s, 0);
		db_reset(s);
		if (allocatable(db, f->worker, open, &worker, cause) != 0)
			return -1;
	}
	for (int j = 0; j < f->nunflags; j++)
		if (!has_flag(db, id, f->unflags[j]))
			return failure(cause, "case '%s' is not flagged %s; 'case show %s' shows its flags", ref,
			               f->unflags[j], ref);
	if (f->opened != NULL) {
		Stmt *s = db_stmt(db, "SELECT closed FROM case_file WHERE id = :id AND closed < :opened");
		db_bind_int(s, ":id", id);
		db_bind_text(s, ":opened", f->opened);
		int rc = db_step_row(db, s, cause);
		if (rc < 0)
			return -1;
		if (rc == 1) {
			rc = failure(cause, FIELD("opened") " %s is after the case closed (%s); a case opens before it closes",
			             f->opened, db_column_text(s, 0));
			db_reset(s);
			return rc;
		}
	}
	/* Only update when a field changes, so the history records no empty
	 * change for a command that only adds or removes flags. */
	if (fields) {
		Stmt *s = db_stmt(db,
			"UPDATE case_file SET team_id = coalesce(:team, team_id),"
			"       worker_id = CASE WHEN :unallocate THEN NULL ELSE coalesce(:worker, worker_id) END,"
			"       status = coalesce(:status, status), opened = coalesce(:opened, opened)"
			" WHERE id = :id");
		bind_id_or_null(s, ":team", team);
		bind_id_or_null(s, ":worker", worker);
		db_bind_int(s, ":unallocate", f->unallocate != 0);
		db_bind_text(s, ":status", f->status);
		db_bind_text(s, ":opened", f->opened);
		db_bind_int(s, ":id", id);
		if (db_step_done(db, s, cause) != 0)
			return -1;
	}
	for (int i = 0; i < f->nflags; i++)
		if (case_flag(db, id, f->flags[i], 1, cause) != 0)
			return -1;
	for (int j = 0; j < f->nunflags; j++)
		if (case_flag(db, id, f->unflags[j], 0, cause) != 0)
			return -1;
	return 0;
}

int repo_case_close(Db *db, const char *ref, const char *date, char **cause)
{
	char today[11];
	date_today(today);
	if (date == NULL)
		date = today;
	if (past_date_ok("the closing", date, cause) != 0)
		return -1;
	long long id = 0;
	if (repo_case_id(db, ref, &id, cause) != 0)
		return -1;
	Stmt *s = db_stmt(db, "SELECT opened, closed FROM case_file WHERE id = :id");
	db_bind_int(s, ":id", id);
	if (db_step_one(db, s, cause) != 0)
		return -1;
	const char *opened = db_column_text(s, 0);
	const char *closed = db_column_text(s, 1);
	int rc = 0;
	if (closed != NULL)
		rc = failure(cause, "case '%s' is already closed (on %s)", ref, closed);
	else if (opened != NULL && strcmp(date, opened) < 0)
		rc = failure(cause, "the closing date %s is before the case opened (%s)", date, opened);
	db_reset(s);
	if (rc != 0)
		return -1;
	/* An audit records the case as it was on its date: it cannot fall
	 * after the case closed. */
	s = db_stmt(db, "SELECT max(date) FROM audit WHERE case_id = :id");
	db_bind_int(s, ":id", id);
	if (db_step_one(db, s, cause) != 0)
		return -1;
	const char *audited = db_column_text(s, 0);
	if (audited != NULL && strcmp(date, audited) < 0)
		rc = failure(cause, "the closing date %s is before the case's audit of %s; close it on or after that day",
		             date, audited);
	db_reset(s);
	if (rc != 0)
		return -1;
	s = db_stmt(db, "UPDATE case_file SET closed = :date WHERE id = :id");
	db_bind_text(s, ":date", date);
	db_bind_int(s, ":id", id);
	return db_step_done(db, s, cause);
}

/* ---- case show ---- */

static Table *show_record(Db *db, long long id, char **cause)
{
	Stmt *s = db_stmt(db,
		"SELECT c.ref AS \"case\", tm.name AS team, w.name AS worker, c.status AS status,"
		"       c.opened AS opened, c.closed AS closed,"
		"       (SELECT group_concat(flag, ';') FROM"
		"          (SELECT flag FROM case_flag f WHERE f.case_id = c.id ORDER BY flag)) AS flags,"
		"       (SELECT max(a.date) FROM audit a WHERE a.case_id = c.id AND a.submitted_at IS NOT NULL)"
		"          AS last_audited,"
		"       (SELECT count(*) FROM chronology h WHERE h.case_id = c.id) AS chronology_entries,"
		"       (SELECT h.date || coalesce(' (' || h.kind || ')', '') || ': ' || h.text FROM chronology h"
		"          WHERE h.case_id = c.id ORDER BY h.date DESC, h.id DESC LIMIT 1) AS latest_chronology,"
		"       (SELECT max(v.date) FROM supervision v JOIN supervision_case sc ON sc.supervision_id = v.id"
		"          WHERE sc.case_id = c.id) AS last_supervised"
		" FROM case_file c JOIN team tm ON tm.id = c.team_id LEFT JOIN worker w ON w.id = c.worker_id"
		" WHERE c.id = :id");
	db_bind_int(s, ":id", id);
	return db_query_table(db, s, "show the case", cause);
}

static Table *show_audits(Db *db, long long id, char **cause)
{
	Stmt *s = db_stmt(db,
		"SELECT a.id AS audit, a.date AS date, w.name AS auditor, a.type AS type, a.grade AS grade,"
		"       m.grade AS moderated,"
		"       CASE WHEN a.submitted_at IS NULL THEN 'draft' ELSE 'submitted' END AS state"
		" FROM audit a JOIN worker w ON w.id = a.auditor_id LEFT JOIN moderation m ON m.audit_id = a.id"
		" WHERE a.case_id = :id ORDER BY a.date, a.id");
	db_bind_int(s, ":id", id);
	return db_query_table(db, s, "show the case", cause);
}

static Table *show_actions(Db *db, long long id, char **cause)
{
	char today[11];
	date_today(today);
	Stmt *s = db_stmt(db,
		"SELECT ac.id AS action, ac.audit_id AS audit, ac.text AS text, w.name AS owner, ac.due AS due,"
		"       CASE WHEN " DOMAIN_SQL_ACTION_OVERDUE("ac.due", "ac.done", ":today") " THEN 'yes' ELSE 'no' END AS overdue"
		" FROM action ac JOIN audit a ON a.id = ac.audit_id JOIN worker w ON w.id = ac.owner_id"
		" WHERE a.case_id = :id AND ac.done IS NULL ORDER BY ac.due, ac.id");
	db_bind_int(s, ":id", id);
	db_bind_text(s, ":today", today);
	return db_query_table(db, s, "show the case", cause);
}

/* Audits scheduled by a dip sample and not yet done: no submitted audit of
 * the case dated on or after the draw date. */
static Table *show_scheduled(Db *db, long long id, char **cause)
{
	Stmt *s = db_stmt(db,
		"SELECT sm.id AS sample, w.name AS auditor, sm.due AS due"
		" FROM scheduled_audit sa JOIN sample sm ON sm.id = sa.sample_id JOIN worker w ON w.id = sm.auditor_id"
		" WHERE sa.case_id = :id AND NOT EXISTS (SELECT 1 FROM audit a WHERE a.case_id = sa.case_id"
		"       AND a.submitted_at IS NOT NULL AND a.date >= sm.drawn_on)"
		" ORDER BY sm.due, sm.id");
	db_bind_int(s, ":id", id);
	return db_query_table(db, s, "show the case", cause);
}

const char *const CASE_SHOW_PARTS[CASE_SHOW_NPARTS] = {"audits", "open_actions", "scheduled_audits"};

int repo_case_show(Db *db, const char *ref, CaseShow *show, char **cause)
{
	memset(show, 0, sizeof *show);
	long long id = 0;
	if (repo_case_id(db, ref, &id, cause) != 0)
		return -1;
	if ((show->record = show_record(db, id, cause)) == NULL ||
	    (show->parts[0] = show_audits(db, id, cause)) == NULL ||
	    (show->parts[1] = show_actions(db, id, cause)) == NULL ||
	    (show->parts[2] = show_scheduled(db, id, cause)) == NULL) {
		repo_case_show_free(show);
		return -1;
	}
	return 0;
}

void repo_case_show_free(CaseShow *show)
{
	if (show->record)
		table_free(show->record);
	for (int i = 0; i < CASE_SHOW_NPARTS; i++)
		if (show->parts[i])
			table_free(show->parts[i]);
	memset(show, 0, sizeof *show);
}

int repo_case_list(Db *db, const char *team, const char *status, const char *worker, int open_only,
                      Sink *sink, char **cause)
{
	long long team_id = -1, worker_id = -1;
	if (team != NULL && repo_team_id(db, team, &team_id, cause) != 0)
		return -1;
	if (status != NULL && check_enum("status", status, STATUSES, cause) != 0)
		return -1;
	if (worker != NULL && repo_worker_id(db, worker, &worker_id, cause) != 0)
		return -1;
	Stmt *s = db_stmt(db,
		"SELECT c.ref AS id, tm.name AS team, w.name AS worker, c.status AS status, c.opened AS opened,"
		"       c.closed AS closed,"
		"       (SELECT group_concat(flag, ';') FROM"
		"          (SELECT flag FROM case_flag f WHERE f.case_id = c.id ORDER BY flag)) AS flags,"
		"       (SELECT max(a.date) FROM audit a WHERE a.case_id = c.id AND a.submitted_at IS NOT NULL)"
		"          AS last_audited"
		" FROM case_file c JOIN team tm ON tm.id = c.team_id LEFT JOIN worker w ON w.id = c.worker_id"
		" WHERE (:team IS NULL OR c.team_id = :team) AND (:status IS NULL OR c.status = :status)"
		"   AND (:worker IS NULL OR c.worker_id = :worker) AND (:open = 0 OR c.closed IS NULL)"
		" ORDER BY c.ref");
	bind_id_or_null(s, ":team", team_id);
	db_bind_text(s, ":status", status);
	bind_id_or_null(s, ":worker", worker_id);
	db_bind_int(s, ":open", open_only != 0);
	return db_query(db, s, sink, "list cases", cause);
}
