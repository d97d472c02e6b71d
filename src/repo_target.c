/* Standards and targets: listing them and changing a target's threshold. */
#include "repo.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

/* What a case status is called in the plan's words. */
static const char *status_words(const char *status)
{
	static const struct {
		const char *code, *words;
	} names[] = {
		{"early-help", "early help (early-help)"},
		{"cin", "children in need (cin)"},
		{"cp", "child protection (cp)"},
		{"cic", "children in care (cic)"},
		{"care-leaver", "care leavers (care-leaver)"},
	};
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strcmp(status, names[i].code) == 0)
			return names[i].words;
	return status;
}

/* "children in care (cic) flagged missing", "case files flagged cse or
 * missing", "all case files": statuses and flags are ' or '-separated. */
static char *applies_to(const char *statuses, const char *flags, int answerable_anywhere)
{
	Buf b = {0};
	if (statuses != NULL) {
		char *copy = xstrdup(statuses), *save = NULL;
		int first = 1;
		for (char *s = strtok_r(copy, ",", &save); s; s = strtok_r(NULL, ",", &save), first = 0)
			buf_printf(&b, "%s%s", first ? "" : " or ", status_words(s));
		free(copy);
	} else {
		buf_puts(&b, flags ? "case files" : "all case files");
	}
	if (flags != NULL) {
		char *copy = xstrdup(flags), *save = NULL;
		int first = 1;
		for (char *s = strtok_r(copy, ",", &save); s; s = strtok_r(NULL, ",", &save), first = 0)
			buf_printf(&b, "%s%s", first ? " flagged " : " or ", s);
		free(copy);
	}
	/* Asked of those, answered met / not-met wherever found (NEGLECT). */
	if (answerable_anywhere && (statuses != NULL || flags != NULL))
		buf_puts(&b, "; answerable on any file");
	return b.s;
}

int repo_standard_list(Db *db, Sink *sink, char **cause)
{
	Stmt *s = db_stmt(db,
		"SELECT s.code, s.text,"
		"       (SELECT group_concat(status, ',') FROM"
		"          (SELECT status FROM standard_status WHERE standard_code = s.code ORDER BY status)),"
		"       (SELECT group_concat(flag, ',') FROM"
		"          (SELECT flag FROM standard_flag WHERE standard_code = s.code ORDER BY flag)),"
		"       s.answerable_anywhere"
		" FROM standard s ORDER BY s.position");
	static const char *const names[] = {"code", "text", "applies_to"};
	int rc = db_next(db, s, cause);
	if (rc >= 0)
		sink->header(sink, 3, names);
	for (; rc == 1; rc = db_next(db, s, cause)) {
		char *applies = applies_to(db_column_text(s, 2), db_column_text(s, 3), (int)db_column_int(s, 4));
		Value v[3] = {text_value(db_column_text(s, 0)),
		              text_value(db_column_text(s, 1)), text_value(applies)};
		sink->row(sink, v);
		free(applies);
	}
	if (rc < 0)
		return -1;
	sink->end(sink);
	return 0;
}

/* The dated threshold in force on :day, as a correlated sub-query on
 * t.code; NULL when none is (the plan's own holds). */
#define DATED_ON(column) \
	"(SELECT d." column " FROM target_threshold d WHERE d.target_code = t.code AND d.from_date <= :day" \
	" ORDER BY d.from_date DESC LIMIT 1)"

int repo_target_list(Db *db, const char *day, Sink *sink, char **cause)
{
	Stmt *s = db_stmt(db,
		"SELECT t.code AS code, coalesce(" DATED_ON("threshold") ", t.threshold) AS threshold,"
		"       " DATED_ON("from_date") " AS \"from\","
		"       t.measure AS measure, t.text AS text, t.source AS source"
		" FROM target t ORDER BY t.position");
	db_bind_text(s, ":day", day);
	return db_query(db, s, sink, "list targets", cause);
}

int repo_target_code(Db *db, const char *code, char out[64], char **cause)
{
	Stmt *s = db_stmt(db, "SELECT code FROM target WHERE code = :code COLLATE NOCASE");
	db_bind_text(s, ":code", code);
	int rc = db_step_row(db, s, cause);
	if (rc < 0)
		return -1;
	if (rc == 0)
		return failure(cause, "unknown target '%s'; 'target list' shows the targets", code);
	const char *found = db_column_text(s, 0);
	size_t n = strlen(found);
	if (n > 63)
		n = 63;
	memcpy(out, found, n);
	out[n] = '\0';
	db_reset(s);
	return 0;
}

int repo_target_threshold_parse(const char *text, double *out, char **cause)
{
	double v;
	const char *dot = strchr(text, '.');
	size_t digits_before = strspn(text, "0123456789");
	int plain = digits_before > 0 &&
		(text[digits_before] == '\0' ||
		 (text[digits_before] == '.' && strspn(dot + 1, "0123456789") == strlen(dot + 1)));
	if (parse_double(text, &v) != 0 || (!plain && v >= 0 && v <= 100))
		return failure(cause, "--threshold '%s' is not a number; expected a percentage from 0 to 100, e.g. 85 or 87.5",
		               text);
	if (v < 0 || v > 100)
		return failure(cause, "--threshold %s is out of range; expected a percentage from 0 to 100", text);
	if (dot != NULL && strlen(dot + 1) > 2)
		return failure(cause, "--threshold %s has more than two decimal places; thresholds are kept to "
		               "hundredths of a point", text);
	*out = v;
	return 0;
}

int repo_target_threshold_on(Db *db, const char *code, const char *day, double *threshold, char **cause)
{
	Stmt *s = db_stmt(db,
		"SELECT coalesce(" DATED_ON("threshold") ", t.threshold) FROM target t WHERE t.code = :code");
	db_bind_text(s, ":code", code);
	db_bind_text(s, ":day", day);
	int rc = db_step_row(db, s, cause);
	if (rc != 1)
		return rc < 0 ? -1 : failure(cause, "unknown target '%s'; 'target list' shows the targets", code);
	*threshold = db_column_double(s, 0);
	db_reset(s);
	return 0;
}

int repo_target_set(Db *db, const char *code, const char *threshold, const char *day, double *old, char **cause)
{
	char stored[64];
	double value;
	if (repo_target_code(db, code, stored, cause) != 0 || repo_target_threshold_parse(threshold, &value, cause) != 0)
		return -1;
	if (day == NULL || !date_valid(day))
		return failure(cause, "--from '%s' is not a real date; expected YYYY-MM-DD, the first day the threshold "
		               "applies", day ? day : "");
	if (repo_target_threshold_on(db, stored, day, old, cause) != 0)
		return -1;
	Stmt *s = db_stmt(db,
		"INSERT INTO target_threshold(target_code, from_date, threshold) VALUES (:code, :day, :threshold)"
		" ON CONFLICT (target_code, from_date) DO UPDATE SET threshold = excluded.threshold");
	db_bind_real(s, ":threshold", value);
	db_bind_text(s, ":code", stored);
	db_bind_text(s, ":day", day);
	return db_step_done(db, s, cause);
}
