/* Case files: the council's child IDs, the team and worker holding each,
 * status, flags, opening and closing. */
#include "repo.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "command.h"
#include "util.h"

int repo_case_id(Db *db, const char *ref, long long *id, char **cause)
{
	sqlite3_stmt *s = db_stmt(db, "SELECT id FROM case_file WHERE ref = :ref");
	db_bind_text(s, ":ref", ref);
	int rc = db_step_row(db, s, cause);
	if (rc < 0)
		return -1;
	if (rc == 0)
		return failure(cause, "unknown case '%s'; 'case list' shows the cases", ref);
	*id = sqlite3_column_int64(s, 0);
	db_reset(s);
	return 0;
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
	if (f->opened != NULL && past_date_ok("opened", f->opened, cause) != 0)
		return -1;
	return flags_ok(f->flags, f->nflags, cause) || flags_ok(f->unflags, f->nunflags, cause) ? -1 : 0;
}

static int case_flag(Db *db, long long id, const char *flag, int add, char **cause)
{
	sqlite3_stmt *s = add ? db_stmt(db, "INSERT OR IGNORE INTO case_flag(case_id, flag) VALUES (:id, :flag)")
	                      : db_stmt(db, "DELETE FROM case_flag WHERE case_id = :id AND flag = :flag");
	db_bind_int(s, ":id", id);
	db_bind_text(s, ":flag", flag);
	return db_step_done(db, s, cause);
}

static void bind_id_or_null(sqlite3_stmt *s, const char *name, long long id)
{
	if (id >= 0)
		db_bind_int(s, name, id);
	else
		db_bind_null(s, name);
}

int repo_case_add(Db *db, const char *ref, const CaseFields *f, char **cause)
{
	if (ref_ok(ref, cause) != 0)
		return -1;
	if (f->team == NULL)
		return failure(cause, "a case needs a team; give --team TEAM");
	if (fields_ok(f, cause) != 0)
		return -1;
	long long id, team, worker = -1;
	if (repo_case_id(db, ref, &id, NULL) == 0)
		return failure(cause, "a case '%s' already exists; case IDs are unique", ref);
	if (repo_team_id(db, f->team, &team, cause) != 0)
		return -1;
	if (f->worker != NULL && repo_worker_id(db, f->worker, &worker, cause) != 0)
		return -1;
	sqlite3_stmt *s = db_stmt(db,
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
	sqlite3_stmt *s = db_stmt(db, "SELECT 1 FROM case_flag WHERE case_id = :id AND flag = :flag");
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
		return failure(cause, "nothing to change for case '%s'; give --team, --worker, --unallocate, --status, "
		               "--opened, --flag or --unflag", ref);
	if (fields_ok(f, cause) != 0)
		return -1;
	if (f->worker && f->unallocate)
		return failure(cause, "--worker and --unallocate contradict each other; give one");
	for (int i = 0; i < f->nflags; i++)
		for (int j = 0; j < f->nunflags; j++)
			if (strcmp(f->flags[i], f->unflags[j]) == 0)
				return failure(cause, "--flag %s and --unflag %s contradict each other; give one",
				               f->flags[i], f->unflags[j]);
	long long id, team = -1, worker = -1;
	if (repo_case_id(db, ref, &id, cause) != 0)
		return -1;
	if (f->team != NULL && repo_team_id(db, f->team, &team, cause) != 0)
		return -1;
	if (f->worker != NULL && repo_worker_id(db, f->worker, &worker, cause) != 0)
		return -1;
	for (int j = 0; j < f->nunflags; j++)
		if (!has_flag(db, id, f->unflags[j]))
			return failure(cause, "case '%s' is not flagged %s; 'case show %s' shows its flags", ref,
			               f->unflags[j], ref);
	if (f->opened != NULL) {
		sqlite3_stmt *s = db_stmt(db, "SELECT closed FROM case_file WHERE id = :id AND closed < :opened");
		db_bind_int(s, ":id", id);
		db_bind_text(s, ":opened", f->opened);
		int rc = db_step_row(db, s, cause);
		if (rc < 0)
			return -1;
		if (rc == 1) {
			rc = failure(cause, "--opened %s is after the case closed (%s); a case opens before it closes",
			             f->opened, (const char *)sqlite3_column_text(s, 0));
			db_reset(s);
			return rc;
		}
	}
	/* Only update when a field changes, so the history records no empty
	 * change for a command that only adds or removes flags. */
	if (fields) {
		sqlite3_stmt *s = db_stmt(db,
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
	long long id;
	if (repo_case_id(db, ref, &id, cause) != 0)
		return -1;
	sqlite3_stmt *s = db_stmt(db, "SELECT opened, closed FROM case_file WHERE id = :id");
	db_bind_int(s, ":id", id);
	if (db_step_row(db, s, cause) != 1)
		return -1;
	const char *opened = (const char *)sqlite3_column_text(s, 0);
	const char *closed = (const char *)sqlite3_column_text(s, 1);
	int rc = 0;
	if (closed != NULL)
		rc = failure(cause, "case '%s' is already closed (on %s)", ref, closed);
	else if (opened != NULL && strcmp(date, opened) < 0)
		rc = failure(cause, "the closing date %s is before the case opened (%s)", date, opened);
	db_reset(s);
	if (rc != 0)
		return -1;
	s = db_stmt(db, "UPDATE case_file SET closed = :date WHERE id = :id");
	db_bind_text(s, ":date", date);
	db_bind_int(s, ":id", id);
	return db_step_done(db, s, cause);
}

/* ---- case show ---- */

static void add_field(Table *t, const char *field, const char *value)
{
	int r = table_add_row(t);
	table_set_text(t, r, 0, field);
	table_set_text(t, r, 1, value);
}

static void add_fieldf(Table *t, const char *field, const char *fmt, ...) PRINTF_LIKE(3, 4);
static void add_fieldf(Table *t, const char *field, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *v = xvprintf(fmt, ap);
	va_end(ap);
	add_field(t, field, v);
	free(v);
}

static const char *col(sqlite3_stmt *s, int i)
{
	return (const char *)sqlite3_column_text(s, i);
}

static int show_details(Db *db, long long id, Table *t, char **cause)
{
	sqlite3_stmt *s = db_stmt(db,
		"SELECT c.ref, tm.name, w.name, c.status, c.opened, c.closed,"
		"       (SELECT group_concat(flag, ';') FROM"
		"          (SELECT flag FROM case_flag f WHERE f.case_id = c.id ORDER BY flag)),"
		"       (SELECT max(a.date) FROM audit a WHERE a.case_id = c.id AND a.submitted_at IS NOT NULL)"
		" FROM case_file c JOIN team tm ON tm.id = c.team_id LEFT JOIN worker w ON w.id = c.worker_id"
		" WHERE c.id = :id");
	db_bind_int(s, ":id", id);
	if (db_step_row(db, s, cause) != 1)
		return -1;
	static const char *const fields[] = {"case", "team", "worker", "status", "opened", "closed", "flags",
	                                     "last audited"};
	for (int i = 0; i < 8; i++)
		add_field(t, fields[i], col(s, i));
	db_reset(s);
	return 0;
}

static int show_audits(Db *db, long long id, Table *t, char **cause)
{
	sqlite3_stmt *s = db_stmt(db,
		"SELECT count(*), count(submitted_at) FROM audit WHERE case_id = :id");
	db_bind_int(s, ":id", id);
	if (db_step_row(db, s, cause) != 1)
		return -1;
	long long n = sqlite3_column_int64(s, 0), submitted = sqlite3_column_int64(s, 1);
	add_fieldf(t, "audits", "%lld (%lld submitted, %lld draft)", n, submitted, n - submitted);
	db_reset(s);
	s = db_stmt(db,
		"SELECT a.id, a.date, w.name, a.type, a.grade, m.grade, a.submitted_at IS NOT NULL"
		" FROM audit a JOIN worker w ON w.id = a.auditor_id LEFT JOIN moderation m ON m.audit_id = a.id"
		" WHERE a.case_id = :id ORDER BY a.date, a.id");
	db_bind_int(s, ":id", id);
	int rc;
	while ((rc = db_step_row(db, s, cause)) == 1) {
		char *field = xprintf("audit %lld", sqlite3_column_int64(s, 0));
		const char *grade = col(s, 4), *moderated = col(s, 5);
		char *graded = !grade ? xstrdup("not graded")
		             : moderated && strcmp(moderated, grade) != 0
		                 ? xprintf("%s, moderated to %s", grade, moderated)
		                 : xprintf("%s%s", grade, moderated ? ", moderated" : "");
		add_fieldf(t, field, "%s; auditor %s; %s; %s; %s", col(s, 1), col(s, 2), col(s, 3), graded,
		           sqlite3_column_int(s, 6) ? "submitted" : "draft");
		free(graded);
		free(field);
	}
	return rc < 0 ? -1 : 0;
}

static int show_actions(Db *db, long long id, Table *t, char **cause)
{
	char today[11];
	date_today(today);
	sqlite3_stmt *s = db_stmt(db,
		"SELECT count(*) FROM action ac JOIN audit a ON a.id = ac.audit_id"
		" WHERE a.case_id = :id AND ac.done IS NULL");
	db_bind_int(s, ":id", id);
	if (db_step_row(db, s, cause) != 1)
		return -1;
	add_fieldf(t, "open actions", "%lld", sqlite3_column_int64(s, 0));
	db_reset(s);
	s = db_stmt(db,
		"SELECT ac.id, ac.text, w.name, ac.due, ac.audit_id FROM action ac"
		" JOIN audit a ON a.id = ac.audit_id JOIN worker w ON w.id = ac.owner_id"
		" WHERE a.case_id = :id AND ac.done IS NULL ORDER BY ac.due, ac.id");
	db_bind_int(s, ":id", id);
	int rc;
	while ((rc = db_step_row(db, s, cause)) == 1) {
		char *field = xprintf("action %lld", sqlite3_column_int64(s, 0));
		add_fieldf(t, field, "%s; owner %s; due %s%s; from audit %lld", col(s, 1), col(s, 2), col(s, 3),
		           strcmp(col(s, 3), today) < 0 ? " (overdue)" : "", sqlite3_column_int64(s, 4));
		free(field);
	}
	return rc < 0 ? -1 : 0;
}

/* Audits scheduled by a dip sample and not yet fulfilled: no submitted
 * audit of the case dated on or after the draw date. */
static int show_scheduled(Db *db, long long id, Table *t, char **cause)
{
	sqlite3_stmt *s = db_stmt(db,
		"SELECT sm.id, sm.due, w.name FROM scheduled_audit sa JOIN sample sm ON sm.id = sa.sample_id"
		" JOIN worker w ON w.id = sm.auditor_id"
		" WHERE sa.case_id = :id AND NOT EXISTS (SELECT 1 FROM audit a WHERE a.case_id = sa.case_id"
		"       AND a.submitted_at IS NOT NULL AND a.date >= sm.drawn_on)"
		" ORDER BY sm.due, sm.id");
	db_bind_int(s, ":id", id);
	int rc;
	while ((rc = db_step_row(db, s, cause)) == 1)
		add_fieldf(t, "scheduled audit", "sample %lld; auditor %s; due %s", sqlite3_column_int64(s, 0),
		           col(s, 2), col(s, 1));
	return rc < 0 ? -1 : 0;
}

static int show_chronology(Db *db, long long id, Table *t, char **cause)
{
	sqlite3_stmt *s = db_stmt(db,
		"SELECT (SELECT count(*) FROM chronology WHERE case_id = :id), date, kind, text"
		" FROM chronology WHERE case_id = :id ORDER BY date DESC, id DESC LIMIT 1");
	db_bind_int(s, ":id", id);
	int rc = db_step_row(db, s, cause);
	if (rc < 0)
		return -1;
	if (rc == 0) {
		add_field(t, "chronology", "0 entries");
		return 0;
	}
	add_fieldf(t, "chronology", "%lld entries; latest %s%s%s%s: %s", sqlite3_column_int64(s, 0), col(s, 1),
	           col(s, 2) ? " (" : "", col(s, 2) ? col(s, 2) : "", col(s, 2) ? ")" : "", col(s, 3));
	db_reset(s);
	return 0;
}

static int show_supervision(Db *db, long long id, Table *t, char **cause)
{
	sqlite3_stmt *s = db_stmt(db,
		"SELECT v.date, w.name, m.name FROM supervision_case sc JOIN supervision v ON v.id = sc.supervision_id"
		" JOIN worker w ON w.id = v.worker_id JOIN worker m ON m.id = v.supervisor_id"
		" WHERE sc.case_id = :id ORDER BY v.date DESC, v.id DESC LIMIT 1");
	db_bind_int(s, ":id", id);
	int rc = db_step_row(db, s, cause);
	if (rc < 0)
		return -1;
	if (rc == 1)
		add_fieldf(t, "last supervision", "%s; %s supervised by %s", col(s, 0), col(s, 1), col(s, 2));
	else
		add_field(t, "last supervision", NULL);
	db_reset(s);
	return 0;
}

Table *repo_case_show(Db *db, const char *ref, char **cause)
{
	long long id;
	if (repo_case_id(db, ref, &id, cause) != 0)
		return NULL;
	Table *t = table_new("field", "value", NULL);
	if (show_details(db, id, t, cause) != 0 || show_audits(db, id, t, cause) != 0 ||
	    show_actions(db, id, t, cause) != 0 || show_scheduled(db, id, t, cause) != 0 ||
	    show_chronology(db, id, t, cause) != 0 || show_supervision(db, id, t, cause) != 0) {
		table_free(t);
		return NULL;
	}
	return t;
}

Table *repo_case_list(Db *db, const char *team, const char *status, const char *worker, int open_only,
                      char **cause)
{
	long long team_id = -1, worker_id = -1;
	if (team != NULL && repo_team_id(db, team, &team_id, cause) != 0)
		return NULL;
	if (status != NULL && check_enum("status", status, STATUSES, cause) != 0)
		return NULL;
	if (worker != NULL && repo_worker_id(db, worker, &worker_id, cause) != 0)
		return NULL;
	sqlite3_stmt *s = db_stmt(db,
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
	Table *t = table_new_from_stmt(s);
	if (table_add_stmt_rows(t, s) != SQLITE_DONE) {
		failure(cause, "cannot list cases: %s", sqlite3_errmsg(db_handle(db)));
		table_free(t);
		return NULL;
	}
	return t;
}
