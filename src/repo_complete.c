/* Tab completion from the database. Prefixes are compared ignoring ASCII
 * case, as names are unique ignoring case; a prefix is compared as text, not
 * as a LIKE pattern, so % and _ in it are not wildcards. */
#include "repo_complete.h"

#include <stdlib.h>
#include <strings.h>

#include "util.h"

/* The values of a column that begin with :prefix, ignoring ASCII case,
 * in the order given, at most :max of them. */
#define PREFIXED(column, table, order)                                            \
	"SELECT " column " FROM " table " WHERE substr(" column ", 1, length(:prefix))" \
	" = :prefix COLLATE NOCASE ORDER BY " order " LIMIT :max"
/* An ID column: its digits as text, compared as text, in ID order. */
#define PREFIXED_ID(table) PREFIXED("CAST(id AS TEXT)", table, "id")

static const struct {
	const char *kind;
	const char *sql;
} kinds[] = {
	{"team", PREFIXED("name", "team", "name COLLATE NOCASE")},
	{"worker", PREFIXED("name", "worker", "name COLLATE NOCASE")},
	{"case", PREFIXED("ref", "case_file", "ref COLLATE NOCASE")},
	{"audit", PREFIXED_ID("audit")},
	{"action", PREFIXED_ID("action")},
	{"sample", PREFIXED_ID("sample")},
	{"theme", PREFIXED("name", "theme", "name COLLATE NOCASE")},
	{"standard", PREFIXED("code", "standard", "position")},
	{"target", PREFIXED("code", "target", "position")},
};

static Stmt *statement(Db *db, const char *kind)
{
	for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++)
		if (strcasecmp(kind, kinds[i].kind) == 0)
			return db_stmt(db, kinds[i].sql);
	return NULL;
}

static int unknown_kind(const char *kind, char **cause)
{
	Buf known = {0};
	for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++)
		buf_printf(&known, "%s%s", i ? ", " : "", kinds[i].kind);
	int rc = failure(cause, "no completion for '%s'; expected one of %s", kind, known.s);
	buf_free(&known);
	return rc;
}

int repo_complete(Db *db, const char *kind, const char *prefix, int max, char ***items, char **cause)
{
	*items = NULL;
	Stmt *s = statement(db, kind);
	if (s == NULL)
		return unknown_kind(kind, cause);
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
