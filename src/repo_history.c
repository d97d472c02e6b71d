/* Reading the change history. Triggers write it (schema.sql) and refuse
 * any change to it; this file only reads. */
#include "repo.h"

#include <stdio.h>
#include <string.h>

#include "domain.h"
#include "util.h"

/* The tables whose changes are recorded: those with a history trigger, so
 * the list stays right when a migration adds a table. */
static int known_table(Db *db, const char *name, char **cause)
{
	Stmt *s = db_stmt(db,
		"SELECT substr(name, 1, length(name) - length('_history_insert')) AS tbl FROM sqlite_schema"
		" WHERE type = 'trigger' AND name LIKE '%\\_history\\_insert' ESCAPE '\\' ORDER BY tbl");
	Buf b = {0};
	int found = 0;
	while (db_next(db, s, NULL) == 1) {
		const char *tbl = db_column_text(s, 0);
		if (strcmp(tbl, name) == 0)
			found = 1;
		buf_printf(&b, "%s%s", b.s ? ", " : "", tbl);
	}
	int rc = found ? 0 : failure(cause, "unknown table '%s'; expected one of: %s", name, b.s ? b.s : "");
	buf_free(&b);
	return rc;
}

int repo_history_list(Db *db, const HistoryFilter *f, Sink *sink, char **cause)
{
	const char *table = f->table;
	if (table && strcmp(table, "case") == 0)
		table = "case_file";
	if (table && known_table(db, table, cause) != 0)
		return -1;
	if (f->id && *f->id == '\0')
		return failure(cause, FIELD("id") " is empty; give the row as the history's row column shows it");
	if (date_range_check(f->from, f->to, cause) != 0)
		return -1;
	/* A table (and row) leads through the history_row index: the history
	 * is the biggest table there is, one row for every change ever made. */
#define HISTORY_SELECT \
		"SELECT at AS \"when\", user AS who, account, tbl AS \"table\", row_id AS \"row\", operation," \
		"       CASE WHEN operation = 'update' AND json_valid(h.old) AND json_valid(h.new) THEN" \
		"         (SELECT json_group_object(o.key, o.value) FROM json_each(h.old) o" \
		"           WHERE o.value IS NOT json_extract(h.new, '$.\"' || o.key || '\"')) ELSE old END AS old," \
		"       CASE WHEN operation = 'update' AND json_valid(h.old) AND json_valid(h.new) THEN" \
		"         (SELECT json_group_object(n.key, n.value) FROM json_each(h.new) n" \
		"           WHERE n.value IS NOT json_extract(h.old, '$.\"' || n.key || '\"')) ELSE new END AS new" \
		" FROM history h"
	/* --from and --to are days of the council's calendar: a change at
	 * 23:30 UTC on a summer day was made on the next day in London. */
#define HISTORY_FILTER \
		"   AND (:from IS NULL OR " DOMAIN_SQL_LOCAL_DATE("at") " >= :from)" \
		"   AND (:to IS NULL OR " DOMAIN_SQL_LOCAL_DATE("at") " <= :to)" \
		" ORDER BY id"
	Stmt *s;
	/* An answer given when its audit was recorded is in the audit's insert
	 * (migrations/0005): one answer's changes begin there. */
	const char *slash = f->id ? strchr(f->id, '/') : NULL;
	if (table && f->id && strcmp(table, "answer") == 0 && slash != NULL) {
		s = db_stmt(db, HISTORY_SELECT
			" WHERE ((tbl = 'answer' AND row_id = :id)"
			"     OR (tbl = 'audit' AND row_id = :audit AND operation = 'insert'"
			"         AND json_valid(new) AND json_extract(new, '$.answers.\"' || :standard || '\"') IS NOT NULL))"
			HISTORY_FILTER);
		char audit[32];
		snprintf(audit, sizeof audit, "%.*s", (int)(slash - f->id < 31 ? slash - f->id : 31), f->id);
		db_bind_text(s, ":id", f->id);
		db_bind_text(s, ":audit", audit);
		db_bind_text(s, ":standard", slash + 1);
	} else if (table && f->id) {
		s = db_stmt(db, HISTORY_SELECT " WHERE tbl = :table AND row_id = :id" HISTORY_FILTER);
		db_bind_text(s, ":table", table);
		db_bind_text(s, ":id", f->id);
	} else if (table) {
		s = db_stmt(db, HISTORY_SELECT " WHERE tbl = :table" HISTORY_FILTER);
		db_bind_text(s, ":table", table);
	} else if (f->id) {
		s = db_stmt(db, HISTORY_SELECT " WHERE row_id = :id" HISTORY_FILTER);
		db_bind_text(s, ":id", f->id);
	} else {
		s = db_stmt(db, HISTORY_SELECT " WHERE 1" HISTORY_FILTER);
	}
#undef HISTORY_SELECT
#undef HISTORY_FILTER
	db_bind_text(s, ":from", f->from);
	db_bind_text(s, ":to", f->to);
	return db_query(db, s, sink, "list the history", cause);
}
