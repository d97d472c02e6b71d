/* Chronologies: the dated significant events of a child's life and case. */
#include "repo.h"

#include <string.h>

#include "util.h"

int repo_chron_add(Db *db, const char *ref, const char *date, const char *text, const char *kind,
                   char **cause)
{
	long long id;
	if (repo_case_id(db, ref, &id, cause) != 0)
		return -1;
	if (date == NULL || !date_valid(date))
		return failure(cause, "the chronology date '%s' is not a real date; expected YYYY-MM-DD",
		               date ? date : "");
	char today[11];
	date_today(today);
	/* A chronology records what has happened; a later date is a slip. */
	if (strcmp(date, today) > 0)
		return failure(cause, "the chronology date %s is after today (%s); record events once they have happened",
		               date, today);
	if (text == NULL || text[strspn(text, " \t")] == '\0')
		return failure(cause, "the chronology text is empty; say what happened (quote it)");
	if (strlen(text) > 10000)
		return failure(cause, "the chronology text is longer than 10000 characters; summarise it");
	if (kind != NULL && kind[strspn(kind, " \t")] == '\0')
		kind = NULL;
	if (kind != NULL && strlen(kind) > 50)
		return failure(cause, "the chronology kind is longer than 50 characters; use a short word such as 'referral'");
	Stmt *s = db_stmt(db, "INSERT INTO chronology(case_id, date, kind, text) VALUES (:case, :date, :kind, :text)");
	db_bind_int(s, ":case", id);
	db_bind_text(s, ":date", date);
	db_bind_text(s, ":kind", kind);
	db_bind_text(s, ":text", text);
	return db_step_done(db, s, cause);
}

int repo_chron_list(Db *db, const char *ref, Sink *sink, char **cause)
{
	long long id;
	if (repo_case_id(db, ref, &id, cause) != 0)
		return -1;
	Stmt *s = db_stmt(db,
		"SELECT date, kind, text FROM chronology WHERE case_id = :case ORDER BY date, id");
	db_bind_int(s, ":case", id);
	return db_query(db, s, sink, "list the chronology", cause);
}
