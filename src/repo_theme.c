/* Themes: a named set of standards, asked alone by `audit start --theme`. */
#include "repo.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "util.h"

int repo_theme_name(Db *db, const char *name, char out[128], char **cause)
{
	Stmt *s = db_stmt(db, "SELECT name FROM theme WHERE name = :name");
	db_bind_text(s, ":name", name);
	int rc = db_step_row(db, s, cause);
	if (rc < 0)
		return -1;
	if (rc == 0)
		return failure(cause, "unknown theme '%s'; 'theme list' shows the themes", name);
	snprintf(out, 128, "%s", db_column_text(s, 0));
	db_reset(s);
	return 0;
}

int repo_theme_add(Db *db, const char *name, const char *const *codes, int ncodes, const char *day, char **cause)
{
	const char *p = name;
	while (p && isspace((unsigned char)*p))
		p++;
	if (p == NULL || *p == '\0')
		return failure(cause, "the theme's name is empty; give a name (quote it if it has spaces)");
	if (strlen(name) > 100)
		return failure(cause, "the theme's name is too long; at most 100 characters");
	if (ncodes < 1)
		return failure(cause, "theme add needs at least one standard, e.g. theme add CSE CSE-IDENTIFIED CSE-PLAN");
	Stmt *s = db_stmt(db, "SELECT name FROM theme WHERE name = :name");
	db_bind_text(s, ":name", name);
	int rc = db_exists(db, s, cause);
	if (rc != 0)
		return rc < 0 ? -1 : failure(cause, "theme '%s' exists already; 'theme list' shows the themes", name);
	/* Every standard checked before anything is written. */
	for (int i = 0; i < ncodes; i++) {
		s = db_stmt(db, "SELECT code, retired FROM standard WHERE code = :code COLLATE NOCASE");
		db_bind_text(s, ":code", codes[i]);
		rc = db_step_row(db, s, cause);
		if (rc < 0)
			return -1;
		if (rc == 0)
			return failure(cause, "unknown standard '%s'; 'standard list' shows the standards", codes[i]);
		if (!db_column_is_null(s, 1)) {
			rc = failure(cause, "standard %s was retired on %s; a theme needs standards still asked",
			             db_column_text(s, 0), db_column_text(s, 1));
			db_reset(s);
			return rc;
		}
		db_reset(s);
	}
	s = db_stmt(db, "INSERT INTO theme(name, added) VALUES (:name, :day)");
	db_bind_text(s, ":name", name);
	db_bind_text(s, ":day", day);
	if (db_step_done(db, s, cause) != 0)
		return -1;
	for (int i = 0; i < ncodes; i++) {
		s = db_stmt(db,
			"INSERT OR IGNORE INTO theme_standard(theme, standard_code)"
			" SELECT :name, code FROM standard WHERE code = :code COLLATE NOCASE");
		db_bind_text(s, ":name", name);
		db_bind_text(s, ":code", codes[i]);
		if (db_step_done(db, s, cause) != 0)
			return -1;
	}
	return 0;
}

int repo_theme_list(Db *db, Sink *sink, char **cause)
{
	Stmt *s = db_stmt(db,
		"SELECT t.name AS name,"
		"       (SELECT group_concat(code, ',') FROM"
		"          (SELECT s.code FROM theme_standard ts JOIN standard s ON s.code = ts.standard_code"
		"            WHERE ts.theme = t.name ORDER BY s.position)) AS standards,"
		"       t.added AS added"
		" FROM theme t ORDER BY t.name");
	return db_query(db, s, sink, "list themes", cause);
}
