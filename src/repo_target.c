/* Standards and targets: listing them and changing a target's threshold. */
#include "repo.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "domain.h"
#include "util.h"

/* "children in care (cic) flagged missing", "case files flagged cse or
 * missing", "all case files": statuses and flags are ' or '-separated. */
static char *applies_to(const char *statuses, const char *flags, int answerable_anywhere)
{
	Buf b = {0};
	if (statuses != NULL) {
		char *copy = xstrdup(statuses), *save = NULL;
		int first = 1;
		for (char *s = strtok_r(copy, ",", &save); s; s = strtok_r(NULL, ",", &save), first = 0)
		{
			const char *words = domain_status_words(s);
			buf_printf(&b, "%s%s", first ? "" : " or ", words);
			if (words != s)
				buf_printf(&b, " (%s)", s);
		}
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
		"       s.answerable_anywhere, s.retired"
		" FROM standard s ORDER BY s.position");
	static const char *const names[] = {"code", "text", "applies_to"};
	int rc = db_next(db, s, cause);
	if (rc >= 0)
		sink->header(sink, 3, names);
	for (; rc == 1; rc = db_next(db, s, cause)) {
		char *applies = applies_to(db_column_text(s, 2), db_column_text(s, 3), (int)db_column_int(s, 4));
		/* A retired council standard says since when, after whom it applies to. */
		if (!db_column_is_null(s, 5)) {
			Buf b = {0};
			buf_puts(&b, applies);
			buf_printf(&b, "; retired on %s", db_column_text(s, 5));
			free(applies);
			applies = b.s;
		}
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
		return failure(cause, FIELD("threshold") " '%s' is not a number; expected a percentage from 0 to 100, e.g. 85 or 87.5",
		               text);
	if (v < 0 || v > 100)
		return failure(cause, FIELD("threshold") " %s is out of range; expected a percentage from 0 to 100", text);
	if (dot != NULL && strlen(dot + 1) > 2)
		return failure(cause, FIELD("threshold") " %s has more than two decimal places; thresholds are kept to "
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
		return failure(cause, FIELD("from") " '%s' is not a real date; expected YYYY-MM-DD, the first day the threshold "
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

/* ---- standards and targets the council adds ---- */

/* code as typed, in upper case (codes are typed in any case), checked
 * against the standard table's rule. */
static int council_code(const char *what, const char *typed, char out[DOMAIN_STANDARD_CODE_MAX + 1], char **cause)
{
	size_t n = strlen(typed);
	if (n > DOMAIN_STANDARD_CODE_MAX)
		return failure(cause, "%s code '%.20s...' is too long; at most %d letters and hyphens", what, typed,
		               DOMAIN_STANDARD_CODE_MAX);
	for (size_t i = 0; i <= n; i++)
		out[i] = (char)toupper((unsigned char)typed[i]);
	if (!domain_standard_code_valid(out))
		return failure(cause, "%s code '%s' is not valid; expected letters and hyphens beginning with a letter, "
		               "e.g. CSE-SAFETY", what, typed);
	return 0;
}

static int text_given(const char *what, const char *text, char **cause)
{
	const char *p = text;
	while (p && (*p == ' ' || *p == '\t'))
		p++;
	if (p == NULL || *p == '\0')
		return failure(cause, "%s is empty; expected the standard in words", what);
	return 0;
}

int repo_standard_add(Db *db, const StandardFields *f, const char *day, char stored[64], char **cause)
{
	if (council_code("standard", f->code, stored, cause) != 0 || text_given("the standard's text", f->text, cause) != 0)
		return -1;
	for (int i = 0; i < f->nstatuses; i++)
		if (check_enum(FIELD("status"), f->statuses[i], STATUSES, cause) != 0)
			return -1;
	for (int i = 0; i < f->nflags; i++)
		if (check_enum(FIELD("flag"), f->flags[i], FLAGS, cause) != 0)
			return -1;
	Stmt *s = db_stmt(db, "SELECT retired FROM standard WHERE code = :code");
	db_bind_text(s, ":code", stored);
	int rc = db_step_row(db, s, cause);
	if (rc < 0)
		return -1;
	if (rc == 1) {
		const char *retired = db_column_text(s, 0);
		rc = retired ? failure(cause, "standard %s exists already, retired on %s; a retired code is kept for past "
		                              "audits: choose another code", stored, retired)
		             : failure(cause, "standard %s exists already; 'standard list' shows the standards", stored);
		db_reset(s);
		return rc;
	}
	s = db_stmt(db,
		"INSERT INTO standard(code, text, guidance, position, added, answerable_anywhere)"
		" VALUES (:code, :text, :guidance, (SELECT coalesce(max(position), 0) + 1 FROM standard), :day, :anywhere)");
	db_bind_text(s, ":code", stored);
	db_bind_text(s, ":text", f->text);
	db_bind_text(s, ":guidance", f->guidance ? f->guidance : "");
	db_bind_text(s, ":day", day);
	db_bind_int(s, ":anywhere", f->anywhere ? 1 : 0);
	if (db_step_done(db, s, cause) != 0)
		return -1;
	/* The same status or flag given twice is once. */
	for (int i = 0; i < f->nstatuses; i++) {
		s = db_stmt(db, "INSERT OR IGNORE INTO standard_status(standard_code, status) VALUES (:code, :status)");
		db_bind_text(s, ":code", stored);
		db_bind_text(s, ":status", f->statuses[i]);
		if (db_step_done(db, s, cause) != 0)
			return -1;
	}
	for (int i = 0; i < f->nflags; i++) {
		s = db_stmt(db, "INSERT OR IGNORE INTO standard_flag(standard_code, flag) VALUES (:code, :flag)");
		db_bind_text(s, ":code", stored);
		db_bind_text(s, ":flag", f->flags[i]);
		if (db_step_done(db, s, cause) != 0)
			return -1;
	}
	return 0;
}

int repo_standard_retire(Db *db, const char *code, const char *day, char stored[64], char **cause)
{
	Stmt *s = db_stmt(db, "SELECT code, added, retired FROM standard WHERE code = :code COLLATE NOCASE");
	db_bind_text(s, ":code", code);
	int rc = db_step_row(db, s, cause);
	if (rc < 0)
		return -1;
	if (rc == 0)
		return failure(cause, "unknown standard '%s'; 'standard list' shows the standards", code);
	snprintf(stored, 64, "%s", db_column_text(s, 0));
	int builtin = db_column_is_null(s, 1);
	char retired[11] = "";
	if (!db_column_is_null(s, 2))
		snprintf(retired, sizeof retired, "%s", db_column_text(s, 2));
	db_reset(s);
	if (builtin)
		return failure(cause, "standard %s is built in and cannot be retired; only a standard the council added "
		               "can be", stored);
	if (retired[0])
		return failure(cause, "standard %s was retired already, on %s", stored, retired);
	s = db_stmt(db, "UPDATE standard SET retired = :day WHERE code = :code");
	db_bind_text(s, ":day", day);
	db_bind_text(s, ":code", stored);
	return db_step_done(db, s, cause);
}

int repo_target_add(Db *db, const TargetFields *f, const char *day, char stored[64], char **cause)
{
	double value;
	if (council_code("target", f->code, stored, cause) != 0)
		return -1;
	if (f->standard == NULL)
		return failure(cause, "target add needs " FIELD("standard") " CODE, the standard whose met answers it measures");
	if (f->threshold == NULL)
		return failure(cause, "target add needs " FIELD("threshold") " PERCENT, e.g. " FIELD("threshold") " 80");
	if (repo_target_threshold_parse(f->threshold, &value, cause) != 0)
		return -1;
	if (f->text == NULL)
		return failure(cause, "target add needs " FIELD("text") " TEXT, the target in the plan's words");
	if (text_given(FIELD("text"), f->text, cause) != 0)
		return -1;
	if (f->from != NULL && !date_valid(f->from))
		return failure(cause, FIELD("from") " '%s' is not a real date; expected YYYY-MM-DD", f->from);
	Stmt *s = db_stmt(db, "SELECT code FROM target WHERE code = :code COLLATE NOCASE");
	db_bind_text(s, ":code", stored);
	int rc = db_exists(db, s, cause);
	if (rc != 0)
		return rc < 0 ? -1 : failure(cause, "target %s exists already; 'target list' shows the targets", stored);
	char standard[64];
	s = db_stmt(db, "SELECT code, retired FROM standard WHERE code = :code COLLATE NOCASE");
	db_bind_text(s, ":code", f->standard);
	rc = db_step_row(db, s, cause);
	if (rc < 0)
		return -1;
	if (rc == 0)
		return failure(cause, "unknown standard '%s' for " FIELD("standard") "; 'standard list' shows the standards", f->standard);
	snprintf(standard, sizeof standard, "%s", db_column_text(s, 0));
	if (!db_column_is_null(s, 1)) {
		rc = failure(cause, "standard %s was retired on %s; a target needs a standard still asked", standard,
		             db_column_text(s, 1));
		db_reset(s);
		return rc;
	}
	db_reset(s);
	s = db_stmt(db,
		"INSERT INTO target(code, text, threshold, measure, standard_code, source, position, added)"
		" VALUES (:code, :text, :threshold, 'standard', :standard, :source,"
		"         (SELECT coalesce(max(position), 0) + 1 FROM target), :day)");
	db_bind_text(s, ":code", stored);
	db_bind_text(s, ":text", f->text);
	db_bind_real(s, ":threshold", value);
	db_bind_text(s, ":standard", standard);
	db_bind_text(s, ":source", "added by the council");
	db_bind_text(s, ":day", day);
	if (db_step_done(db, s, cause) != 0)
		return -1;
	if (f->from == NULL)
		return 0;
	/* The day the threshold took effect, as `target set --from` records it. */
	s = db_stmt(db, "INSERT INTO target_threshold(target_code, from_date, threshold) VALUES (:code, :day, :threshold)");
	db_bind_text(s, ":code", stored);
	db_bind_text(s, ":day", f->from);
	db_bind_real(s, ":threshold", value);
	return db_step_done(db, s, cause);
}
