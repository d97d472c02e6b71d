/* Teams. */
#include "repo.h"

#include <string.h>

#include "util.h"
#include "words.h"

static int name_ok(const char *what, const char *name, char **cause)
{
	if (name == NULL || name[strspn(name, " \t")] == '\0')
		return failure(cause, "the %s name is empty; give a name (quote it if it has spaces)", what);
	if (strlen(name) > 200)
		return failure(cause, "the %s name is longer than 200 characters", what);
	const char *problem = name_problem(name);
	if (problem)
		return failure(cause, "the %s name %s", what, problem);
	return 0;
}

int repo_team_add(Db *db, const char *name, const char *service, char **cause)
{
	if (name_ok("team", name, cause) != 0)
		return -1;
	long long id;
	int found = repo_team_find(db, name, &id, cause);
	if (found != 0)
		return found < 0 ? -1 : failure(cause, "a team called '%s' already exists; team names are unique", name);
	Stmt *s = db_stmt(db, "INSERT INTO team(name, service) VALUES (:name, :service)");
	db_bind_text(s, ":name", name);
	db_bind_text(s, ":service", service && *service ? service : NULL);
	return db_step_done(db, s, cause);
}

int repo_team_list(Db *db, Sink *sink, char **cause)
{
	Stmt *s = db_stmt(db,
		"SELECT t.name AS team, t.service AS service,"
		"       (SELECT count(*) FROM worker w WHERE w.team_id = t.id AND w.left_on IS NULL) AS workers,"
		"       o.open AS open_cases"
		" FROM team t JOIN team_open_cases o ON o.team_id = t.id ORDER BY t.name");
	return db_query(db, s, sink, "list teams", cause);
}

int repo_team_find(Db *db, const char *name, long long *id, char **cause)
{
	Stmt *s = db_stmt(db, "SELECT id FROM team WHERE name = :name");
	db_bind_text(s, ":name", name);
	return db_int(db, s, id, cause);
}

int repo_team_id(Db *db, const char *name, long long *id, char **cause)
{
	int rc = repo_team_find(db, name, id, cause);
	if (rc == 0)
		return failure(cause, "unknown team '%s'; 'team list' shows the teams", name);
	return rc < 0 ? -1 : 0;
}
