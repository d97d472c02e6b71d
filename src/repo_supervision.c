/* Supervision: sessions a manager holds with a worker, and the cases they
 * discussed. SUP-REGULAR is measured from these. */
#include "repo.h"

#include <stdlib.h>
#include <string.h>

#include "domain.h"
#include "util.h"

/* Whether the worker is in post on date; if not, a cause saying why. */
static int in_post(Db *db, long long id, const char *date, char **cause)
{
	WorkerRecord w;
	if (repo_worker_get_id(db, id, &w, cause) != 0)
		return -1;
	return repo_worker_check_in_post(&w, NULL, "supervision", date, "check the date", cause);
}

int repo_supervision_add(Db *db, const char *worker, const char *manager, const char *date,
                         const char *const *cases, int ncases, char **cause)
{
	if (date == NULL)
		return failure(cause, "a supervision needs a date; give " FIELD("date") " DATE");
	if (!date_valid(date))
		return failure(cause, "the supervision date '%s' is not a real date; expected YYYY-MM-DD", date);
	char today[11];
	date_today(today);
	/* A session recorded ahead of time would count towards SUP-REGULAR
	 * before it took place. */
	if (strcmp(date, today) > 0)
		return failure(cause, "the supervision date %s is after today (%s); record a session once it has taken place",
		               date, today);
	if (manager == NULL)
		return failure(cause, "a supervision needs a supervisor; give " FIELD("by") " MANAGER");
	long long worker_id, manager_id;
	if (repo_worker_id(db, worker, &worker_id, cause) != 0 || repo_worker_id(db, manager, &manager_id, cause) != 0)
		return -1;
	if (worker_id == manager_id)
		return failure(cause, "'%s' cannot supervise themselves; " FIELD("by") " names their manager", worker);
	Stmt *s = db_stmt(db, "SELECT role FROM worker WHERE id = :id");
	db_bind_int(s, ":id", manager_id);
	if (db_step_one(db, s, cause) != 0)
		return -1;
	if (!domain_supervises(db_column_text(s, 0))) {
		failure(cause, "'%s' is not a manager (role %s); supervision is by " DOMAIN_MANAGERS,
		        manager, db_column_text(s, 0));
		db_reset(s);
		return -1;
	}
	db_reset(s);
	if (in_post(db, worker_id, date, cause) != 0 || in_post(db, manager_id, date, cause) != 0)
		return -1;
	s = db_stmt(db,
		"SELECT 1 FROM supervision WHERE worker_id = :worker AND supervisor_id = :manager AND date = :date");
	db_bind_int(s, ":worker", worker_id);
	db_bind_int(s, ":manager", manager_id);
	db_bind_text(s, ":date", date);
	int rc = db_step_row(db, s, cause);
	db_reset(s);
	if (rc < 0)
		return -1;
	if (rc == 1)
		return failure(cause, "a supervision of '%s' by '%s' on %s is already recorded", worker, manager, date);

	long long *case_ids = xcalloc((size_t)ncases + 1, sizeof(long long));
	for (int i = 0; i < ncases; i++)
		if (repo_case_id(db, cases[i], &case_ids[i], cause) != 0) {
			free(case_ids);
			return -1;
		}
	s = db_stmt(db, "INSERT INTO supervision(worker_id, supervisor_id, date) VALUES (:worker, :manager, :date)");
	db_bind_int(s, ":worker", worker_id);
	db_bind_int(s, ":manager", manager_id);
	db_bind_text(s, ":date", date);
	rc = db_step_done(db, s, cause);
	long long id = db_last_id(db);
	/* A case named twice was discussed once. */
	for (int i = 0; rc == 0 && i < ncases; i++) {
		s = db_stmt(db, "INSERT OR IGNORE INTO supervision_case(supervision_id, case_id) VALUES (:id, :case)");
		db_bind_int(s, ":id", id);
		db_bind_int(s, ":case", case_ids[i]);
		rc = db_step_done(db, s, cause);
	}
	free(case_ids);
	return rc;
}

static void bind_id_or_null(Stmt *s, const char *name, long long id)
{
	if (id >= 0)
		db_bind_int(s, name, id);
	else
		db_bind_null(s, name);
}

int repo_supervision_list(Db *db, const char *worker, const char *manager, const char *team,
                             const char *from, const char *to, Sink *sink, char **cause)
{
	long long worker_id = -1, manager_id = -1, team_id = -1;
	if (worker != NULL && repo_worker_id(db, worker, &worker_id, cause) != 0)
		return -1;
	if (manager != NULL && repo_worker_id(db, manager, &manager_id, cause) != 0)
		return -1;
	if (team != NULL && repo_team_id(db, team, &team_id, cause) != 0)
		return -1;
	if (date_range_check(from, to, cause) != 0)
		return -1;
	Stmt *s = db_stmt(db,
		"SELECT v.date AS date, w.name AS worker, m.name AS supervisor,"
		"       (SELECT group_concat(ref, ';') FROM (SELECT c.ref FROM supervision_case sc"
		"          JOIN case_file c ON c.id = sc.case_id WHERE sc.supervision_id = v.id ORDER BY c.ref)) AS cases,"
		"       t.name AS team"
		" FROM supervision v JOIN worker w ON w.id = v.worker_id JOIN worker m ON m.id = v.supervisor_id"
		" JOIN team t ON t.id = w.team_id"
		" WHERE (:worker IS NULL OR v.worker_id = :worker) AND (:manager IS NULL OR v.supervisor_id = :manager)"
		"   AND (:team IS NULL OR w.team_id = :team)"
		"   AND (:from IS NULL OR v.date >= :from) AND (:to IS NULL OR v.date <= :to)"
		" ORDER BY v.date, w.name, v.id");
	bind_id_or_null(s, ":worker", worker_id);
	bind_id_or_null(s, ":manager", manager_id);
	bind_id_or_null(s, ":team", team_id);
	db_bind_text(s, ":from", from);
	db_bind_text(s, ":to", to);
	return db_query(db, s, sink, "list supervision", cause);
}
