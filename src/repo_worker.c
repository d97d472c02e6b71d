/* Workers: practitioners and managers, their team and role, and the dates
 * the supervision targets are measured from (in post, agreement, training). */
#include "repo.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "domain.h"
#include "util.h"
#include "words.h"

int repo_worker_find(Db *db, const char *name, long long *id, char **cause)
{
	Stmt *s = db_stmt(db, "SELECT id FROM worker WHERE name = :name");
	db_bind_text(s, ":name", name);
	return db_int(db, s, id, cause);
}

int repo_worker_id(Db *db, const char *name, long long *id, char **cause)
{
	int rc = repo_worker_find(db, name, id, cause);
	if (rc == 0)
		return failure(cause, "unknown worker '%s'; 'worker list' shows the workers", name);
	return rc < 0 ? -1 : 0;
}

static int worker_record(Db *db, Stmt *s, WorkerRecord *w, char **cause)
{
	int rc = db_step_row(db, s, cause);
	if (rc <= 0)
		return rc < 0 ? -1 : 1;
	w->id = db_column_int(s, 0);
	static const struct {
		int column;
		size_t offset, size;
	} text[] = {
		{1, offsetof(WorkerRecord, name), sizeof w->name},
		{2, offsetof(WorkerRecord, role), sizeof w->role},
		{3, offsetof(WorkerRecord, started), sizeof w->started},
		{4, offsetof(WorkerRecord, left), sizeof w->left},
	};
	for (size_t i = 0; i < sizeof text / sizeof text[0]; i++) {
		const char *v = db_column_text(s, text[i].column);
		snprintf((char *)w + text[i].offset, text[i].size, "%s", v ? v : "");
	}
	db_reset(s);
	return 0;
}

int repo_worker_get(Db *db, const char *name, WorkerRecord *w, char **cause)
{
	if (name == NULL || *name == '\0')
		return failure(cause, "the worker's name is empty; give a worker's name");
	Stmt *s = db_stmt(db, "SELECT id, name, role, started, left_on FROM worker WHERE name = :name");
	db_bind_text(s, ":name", name);
	int rc = worker_record(db, s, w, cause);
	if (rc == 1)
		return failure(cause, "unknown worker '%s'; 'worker list' shows the workers", name);
	return rc;
}

int repo_worker_get_id(Db *db, long long id, WorkerRecord *w, char **cause)
{
	Stmt *s = db_stmt(db, "SELECT id, name, role, started, left_on FROM worker WHERE id = :id");
	db_bind_int(s, ":id", id);
	int rc = worker_record(db, s, w, cause);
	if (rc == 1)
		return failure(cause, "no worker has the number %lld", id);
	return rc;
}

int repo_worker_check_in_post(const WorkerRecord *w, const char *what, const char *event, const char *date,
                              const char *hint, char **cause)
{
	if (domain_in_post(w->started, w->left, date))
		return 0;
	int early = !domain_in_post(w->started, NULL, date);
	return failure(cause, "%s%s'%s' %s on %s, %s the %s date %s%s%s", what ? what : "", what ? " " : "", w->name,
	               early ? "started" : "left", early ? w->started : w->left, early ? "after" : "before", event,
	               date, hint ? "; " : "", hint ? hint : "");
}

/* Names are typed to find people again: refuse empty ones and stray
 * spaces at the ends, which would make two names look the same. */
static int name_ok(const char *name, char **cause)
{
	if (name == NULL || name[strspn(name, " \t")] == '\0')
		return failure(cause, "the worker name is empty; give a name (quote it if it has spaces)");
	size_t n = strlen(name);
	if (name[0] == ' ' || name[0] == '\t' || name[n - 1] == ' ' || name[n - 1] == '\t')
		return failure(cause, "the worker name '%s' starts or ends with a space; remove it", name);
	if (n > 200)
		return failure(cause, "the worker name is longer than 200 characters");
	const char *problem = name_problem(name);
	if (problem)
		return failure(cause, "the worker name %s", problem);
	return 0;
}

static int date_ok(const char *what, const char *value, char **cause)
{
	if (value != NULL && !date_valid(value))
		return failure(cause, "%s date '%s' is not a real date; expected YYYY-MM-DD", what, value);
	return 0;
}

/* The checks that need no database: role and the form of each date. */
static int fields_ok(const WorkerFields *f, char **cause)
{
	if (f->role != NULL && check_enum("role", f->role, ROLES, cause) != 0)
		return -1;
	if (date_ok("started", f->started, cause) != 0 || date_ok("left", f->left, cause) != 0 ||
	    date_ok("agreement", f->agreement, cause) != 0 || date_ok("trained", f->trained, cause) != 0)
		return -1;
	return 0;
}

static int in_post_ok(const char *started, const char *left, char **cause)
{
	if (started != NULL && left != NULL && strcmp(left, started) < 0)
		return failure(cause, "the left date %s is before the started date %s; a worker leaves after starting",
		               left, started);
	return 0;
}

int repo_worker_add(Db *db, const char *name, const WorkerFields *f, char **cause)
{
	if (name_ok(name, cause) != 0)
		return -1;
	if (f->team == NULL)
		return failure(cause, "a worker needs a team; give " FIELD("team") " TEAM");
	if (f->role == NULL)
		return failure(cause, "a worker needs a role; give " FIELD("role") " ROLE");
	if (fields_ok(f, cause) != 0 || in_post_ok(f->started, f->left, cause) != 0)
		return -1;
	long long id = 0, team = 0;
	int found = repo_worker_find(db, name, &id, cause);
	if (found != 0)
		return found < 0 ? -1
		                 : failure(cause, "a worker called '%s' already exists; worker names are unique (ignoring case)",
		                           name);
	if (repo_team_id(db, f->team, &team, cause) != 0)
		return -1;
	Stmt *s = db_stmt(db,
		"INSERT INTO worker(name, team_id, role, started, left_on, agreement, trained)"
		" VALUES (:name, :team, :role, :started, :left, :agreement, :trained)");
	db_bind_text(s, ":name", name);
	db_bind_int(s, ":team", team);
	db_bind_text(s, ":role", f->role);
	db_bind_text(s, ":started", f->started);
	db_bind_text(s, ":left", f->left);
	db_bind_text(s, ":agreement", f->agreement);
	db_bind_text(s, ":trained", f->trained);
	return db_step_done(db, s, cause);
}

int repo_worker_set(Db *db, const char *name, const WorkerFields *f, char **cause)
{
	if (!f->name && !f->team && !f->role && !f->started && !f->left && !f->agreement && !f->trained)
		return failure(cause, "nothing to change for '%s'; give " FIELD("team") ", " FIELD("role") ", " FIELD("started") ", " FIELD("left") ", "
		               FIELD("agreement") ", " FIELD("trained") " or " FIELD("name"), name);
	if (fields_ok(f, cause) != 0)
		return -1;
	long long id = 0, other = 0, team = -1;
	if (repo_worker_id(db, name, &id, cause) != 0)
		return -1;
	if (f->name != NULL) {
		if (name_ok(f->name, cause) != 0)
			return -1;
		if (repo_worker_id(db, f->name, &other, NULL) == 0 && other != id)
			return failure(cause, "a worker called '%s' already exists; worker names are unique (ignoring case)",
			               f->name);
	}
	if (f->team != NULL && repo_team_id(db, f->team, &team, cause) != 0)
		return -1;

	/* The dates in post after the change, and the supervisions they must
	 * still cover: a record of a session outside them would be wrong. */
	Stmt *s = db_stmt(db,
		"SELECT coalesce(:started, started), coalesce(:left, left_on),"
		"       (SELECT min(date) FROM supervision WHERE worker_id = :id OR supervisor_id = :id),"
		"       (SELECT max(date) FROM supervision WHERE worker_id = :id OR supervisor_id = :id)"
		" FROM worker WHERE id = :id");
	db_bind_text(s, ":started", f->started);
	db_bind_text(s, ":left", f->left);
	db_bind_int(s, ":id", id);
	if (db_step_one(db, s, cause) != 0)
		return -1;
	char *started = db_column_text(s, 0) ? xstrdup(db_column_text(s, 0)) : NULL;
	char *left = db_column_text(s, 1) ? xstrdup(db_column_text(s, 1)) : NULL;
	char *first = db_column_text(s, 2) ? xstrdup(db_column_text(s, 2)) : NULL;
	char *last = db_column_text(s, 3) ? xstrdup(db_column_text(s, 3)) : NULL;
	db_reset(s);
	int rc = in_post_ok(started, left, cause);
	if (rc == 0 && started && first && strcmp(first, started) < 0)
		rc = failure(cause, "'%s' has a supervision recorded on %s, before the started date %s",
		             name, first, started);
	if (rc == 0 && left && last && strcmp(last, left) > 0)
		rc = failure(cause, "'%s' has a supervision recorded on %s, after the left date %s", name, last, left);
	free(started);
	free(left);
	free(first);
	free(last);
	if (rc != 0)
		return -1;

	s = db_stmt(db,
		"UPDATE worker SET name = coalesce(:name, name), team_id = coalesce(:team, team_id),"
		"       role = coalesce(:role, role), started = coalesce(:started, started),"
		"       left_on = coalesce(:left, left_on), agreement = coalesce(:agreement, agreement),"
		"       trained = coalesce(:trained, trained)"
		" WHERE id = :id");
	db_bind_text(s, ":name", f->name);
	if (team >= 0)
		db_bind_int(s, ":team", team);
	else
		db_bind_null(s, ":team");
	db_bind_text(s, ":role", f->role);
	db_bind_text(s, ":started", f->started);
	db_bind_text(s, ":left", f->left);
	db_bind_text(s, ":agreement", f->agreement);
	db_bind_text(s, ":trained", f->trained);
	db_bind_int(s, ":id", id);
	return db_step_done(db, s, cause);
}

int repo_worker_list(Db *db, const char *team, Sink *sink, char **cause)
{
	long long team_id = -1;
	if (team != NULL && repo_team_id(db, team, &team_id, cause) != 0)
		return -1;
	Stmt *s = db_stmt(db,
		"SELECT w.name AS name, t.name AS team, w.role AS role, w.started AS started,"
		"       w.left_on AS \"left\", w.agreement AS agreement, w.trained AS trained,"
		"       (SELECT count(*) FROM case_file c WHERE c.worker_id = w.id AND c.closed IS NULL) AS cases,"
		"       (SELECT max(date) FROM supervision v WHERE v.worker_id = w.id) AS last_supervised"
		" FROM worker w JOIN team t ON t.id = w.team_id"
		" WHERE :team IS NULL OR w.team_id = :team"
		" ORDER BY w.name");
	if (team_id >= 0)
		db_bind_int(s, ":team", team_id);
	else
		db_bind_null(s, ":team");
	return db_query(db, s, sink, "list workers", cause);
}
