/* Tab completion from the database. Prefixes are compared ignoring ASCII
 * case, as names are unique ignoring case; a prefix is compared as text, not
 * as a LIKE pattern, so % and _ in it are not wildcards. */
#include "repo_complete.h"

#include <stdlib.h>
#include <strings.h>

#include "util.h"

static Stmt *statement(Db *db, const char *kind)
{
	if (strcasecmp(kind, "team") == 0)
		return db_stmt(db, "SELECT name FROM team"
		                   " WHERE substr(name, 1, length(:prefix)) = :prefix COLLATE NOCASE"
		                   " ORDER BY name COLLATE NOCASE LIMIT :max");
	if (strcasecmp(kind, "worker") == 0)
		return db_stmt(db, "SELECT name FROM worker"
		                   " WHERE substr(name, 1, length(:prefix)) = :prefix COLLATE NOCASE"
		                   " ORDER BY name COLLATE NOCASE LIMIT :max");
	if (strcasecmp(kind, "case") == 0)
		return db_stmt(db, "SELECT ref FROM case_file"
		                   " WHERE substr(ref, 1, length(:prefix)) = :prefix COLLATE NOCASE"
		                   " ORDER BY ref COLLATE NOCASE LIMIT :max");
	if (strcasecmp(kind, "audit") == 0)
		return db_stmt(db, "SELECT CAST(id AS TEXT) FROM audit"
		                   " WHERE substr(CAST(id AS TEXT), 1, length(:prefix)) = :prefix"
		                   " ORDER BY id LIMIT :max");
	if (strcasecmp(kind, "action") == 0)
		return db_stmt(db, "SELECT CAST(id AS TEXT) FROM action"
		                   " WHERE substr(CAST(id AS TEXT), 1, length(:prefix)) = :prefix"
		                   " ORDER BY id LIMIT :max");
	if (strcasecmp(kind, "sample") == 0)
		return db_stmt(db, "SELECT CAST(id AS TEXT) FROM sample"
		                   " WHERE substr(CAST(id AS TEXT), 1, length(:prefix)) = :prefix"
		                   " ORDER BY id LIMIT :max");
	if (strcasecmp(kind, "theme") == 0)
		return db_stmt(db, "SELECT name FROM theme"
		                   " WHERE substr(name, 1, length(:prefix)) = :prefix COLLATE NOCASE"
		                   " ORDER BY name COLLATE NOCASE LIMIT :max");
	if (strcasecmp(kind, "standard") == 0)
		return db_stmt(db, "SELECT code FROM standard"
		                   " WHERE substr(code, 1, length(:prefix)) = :prefix COLLATE NOCASE"
		                   " ORDER BY position LIMIT :max");
	if (strcasecmp(kind, "target") == 0)
		return db_stmt(db, "SELECT code FROM target"
		                   " WHERE substr(code, 1, length(:prefix)) = :prefix COLLATE NOCASE"
		                   " ORDER BY position LIMIT :max");
	return NULL;
}

int repo_complete(Db *db, const char *kind, const char *prefix, int max, char ***items, char **cause)
{
	*items = NULL;
	Stmt *s = statement(db, kind);
	if (s == NULL)
		return failure(cause, "no completion for '%s'; expected team, worker, case, audit, action, sample, standard, target or theme",
		               kind);
	if (max < 0)
		max = 0;
	db_bind_text(s, ":prefix", prefix ? prefix : "");
	db_bind_int(s, ":max", max);
	char **out = xcalloc((size_t)max + 1, sizeof(char *));
	int n = 0, rc;
	while ((rc = db_next(db, s, cause)) == 1 && n < max) {
		const char *v = db_column_text(s, 0);
		if (v != NULL)
			out[n++] = xstrdup((const char *)v);
	}
	db_reset(s);
	if (rc < 0) {
		repo_complete_free(out);
		return -1;
	}
	*items = out;
	return n;
}

void repo_complete_free(char **items)
{
	if (items == NULL)
		return;
	for (char **p = items; *p; p++)
		free(*p);
	free(items);
}
