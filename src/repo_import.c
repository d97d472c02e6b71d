/* Importing case files (plain CSV or Ofsted Annex A lists 6-8) and audits
 * from CSV. Rows stream from csv_read.c one at a time and are written as
 * they pass their checks, with cached prepared statements, so a file of any
 * size takes constant memory; IDs already seen in the file are kept in a
 * temporary table rather than in memory for the same reason. */
#include "repo.h"
#include "repo_import.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "domain.h"
#include "csv_read.h"
#include "util.h"
#include "words.h"

enum { COL_ID, COL_TEAM, COL_WORKER, COL_STATUS, COL_OPENED, COL_CLOSED, COL_FLAGS, NCOLS };
static const char *const case_columns[NCOLS] = {"id", "team", "worker", "status", "opened", "closed", "flags"};

enum { ACOL_CASE, ACOL_DATE, ACOL_AUDITOR, ACOL_TYPE, ACOL_GRADE, ACOL_SUBMITTED, NACOLS };
static const char *const audit_columns[NACOLS] = {"case", "date", "auditor", "type", "grade", "submitted"};

/* Annex A, lists 6 (children in need), 7 (child protection) and 8
 * (children looked after), as Social Finance's liia-tools specification
 * (Annex_A_schema.yml) names the columns. Headers are compared with
 * everything but letters and digits removed, ignoring case. */
typedef struct {
	int list;
	const char *status;
	const char *start;  /* the column that starts the episode: opened */
	const char *end;    /* the column that ends it: closed */
	const char *what;
} AnnexList;

static const AnnexList annex_lists[] = {
	{6, "cin", "CIN Start Date", "CIN Closure Date", "children in need"},
	{7, "cp", "Child Protection Plan Start Date", "Child Protection Plan End Date", "child protection"},
	{8, "cic", "Date Started to be Looked After", "Date Ceased to be Looked After", "children looked after"},
};

static const char *const annex_id_names[] = {"Child Unique ID", "Child ID", "Unique Child ID", NULL};

/* The other columns of lists 6-8: read past without a warning. */
static const char *const annex_other_columns[] = {
	"Gender", "Ethnicity", "Date of Birth", "Age of Child (Years)", "Does the Child have a Disability",
	"Primary Need Code", "Date Child Was Last Seen", "Reason for Closure", "Case Status",
	"Initial Category of Abuse", "Latest Category of Abuse", "Date of the Last Statutory Visit",
	"Was the Child Seen Alone?", "Date of latest review conference",
	"Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)",
	"Number of Previous Child Protection Plans",
	"Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)", "Child's Category of Need",
	"Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)",
	"Start date of current legal status", "Child's Legal Status", "Date of Latest Statutory Review",
	"Date of Last Social Work Visit", "What is the permanence plan for this child?",
	"Date of Last IRO Visit / Contact to the Child", "Date of Last Health Assessment",
	"Date of Last Dental Check", "Number of Placements in the Last 12 months",
	"Reason Ceased to be Looked After", "Start Date of Most Recent Placement", "Placement Type",
	"Placement Provider", "Placement postcode", "URN of Placement", "Placement Location", "LA of Placement",
	"Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months",
	"Number of Episodes the Child has been 'Absent' from their Placement in the last 12 months",
	"Was the child offered a Return Interview after their last missing episode (Y/N)?",
	"Did the child accept a Return Interview after their last missing episode (Y/N)?",
	NULL,
};

/* Names looked up lately, so that a file naming the same teams and workers
 * on row after row asks the database once per name. Direct-mapped by a
 * hash, a fixed size: memory does not grow with the file. Names are only
 * added during an import, never renamed, so an entry stays true. */
enum { CACHED_NAME_SLOTS = 1024, CACHED_NAME_MAX = 64 };
typedef struct {
	char name[CACHED_NAME_MAX];
	long long id;
	char left[11];  /* workers: the last day in post; "" when still there */
} CachedName;

typedef struct {
	Db *db;
	const ImportSource *src;
	CachedName *teams, *workers; /* CACHED_NAME_SLOTS each; name "" when empty */
	ImportCounts *counts;
	int audits;            /* import audits rather than cases */
	AuditRecorder *recorder; /* audits: records each row */
	int have_header;
	int nheader;           /* fields in the header */
	int col[8];            /* field of each known column (COL_ or ACOL_); -1: absent */
	const AnnexList *annex;
	int nstandards;        /* audits: standard columns */
	int *standard_col;
	char (*standard_code)[64];
	/* Rows repeated in the file: cases and audits added by this import have
	 * IDs above those before it; existing cases the file has already named
	 * are marked in a bit set over their IDs. Memory grows with the
	 * database, never with the file. */
	long long last_case, last_audit;
	unsigned char *named;
	int row_bad;           /* the current row has a problem */
	long line;             /* the current row's line */
	char *fatal;           /* why reading stopped (a database failure) */
	long fatal_line;
	char *header_cause;    /* why the header is unusable */
} Import;

/* ---- small text helpers ---- */

/* Letters and digits only, lower case: "Child's Legal Status" -> "childslegalstatus". */
static void loose_key(const char *s, char *out, size_t size)
{
	size_t n = 0;
	for (; *s && n + 1 < size; s++)
		if (isalnum((unsigned char)*s))
			out[n++] = (char)tolower((unsigned char)*s);
	out[n] = '\0';
}

static int loose_equal(const char *a, const char *b)
{
	char ka[256], kb[256];
	loose_key(a, ka, sizeof ka);
	loose_key(b, kb, sizeof kb);
	return strcmp(ka, kb) == 0;
}

/* Trim spaces, tabs and line breaks at both ends, in place. */
static char *trim(char *s)
{
	while (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')
		s++;
	size_t n = strlen(s);
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' || s[n - 1] == '\n'))
		s[--n] = '\0';
	return s;
}

/* Lower case with spaces and underscores as hyphens: "Requires Improvement"
 * -> "requires-improvement", as spreadsheets spell the contract's values. */
static void enum_key(const char *s, char *out, size_t size)
{
	size_t n = 0;
	for (; *s && n + 1 < size; s++)
		out[n++] = (*s == ' ' || *s == '_') ? '-' : (char)tolower((unsigned char)*s);
	out[n] = '\0';
}

static int ascii_equal_ignoring_case(const char *a, const char *b)
{
	for (; *a && *b; a++, b++)
		if (tolower((unsigned char)*a) != tolower((unsigned char)*b))
			return 0;
	return *a == *b;
}

static const char *column_text(Stmt *s, int i, char *out, size_t size);

/* ---- reporting ---- */

static void problem(Import *im, const char *fmt, ...) PRINTF_LIKE(2, 3);
static void problem(Import *im, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *message = xvprintf(fmt, ap);
	va_end(ap);
	im->src->problem(im->src->ctx, im->line, message);
	free(message);
	im->row_bad = 1;
}

/* A problem from a repository function, whose cause is the message. */
static void problem_cause(Import *im, char *cause)
{
	problem(im, "%s", cause ? cause : "refused");
	free(cause);
}

/* Stop the import: the database failed under a row that passed its checks. */
static int stop(Import *im, char *cause)
{
	im->fatal = cause ? cause : xstrdup("the database refused the row");
	im->fatal_line = im->line;
	return -1;
}

/* The field of a column, trimmed; NULL when the file has no such column. */
static char *field(Import *im, const CsvRecord *r, int column)
{
	int i = im->col[column];
	return i < 0 ? NULL : trim(r->fields[i]);
}

/* A value users will type again (an ID or a name): one line of UTF-8 text. */
static int text_ok(Import *im, const char *what, const char *value)
{
	if (!text_valid(value, NULL)) {
		problem(im, "the %s contains a line break or another control character; write it on one line", what);
		return 0;
	}
	const char *wrong = name_problem(value);
	if (wrong) {
		problem(im, "the %s %s", what, wrong);
		return 0;
	}
	return 1;
}

/* ---- headers ---- */

static void warn_unknown(Import *im, const Buf *unknown)
{
	if (unknown->s == NULL || im->src->warning == NULL)
		return;
	char *message = xprintf("ignoring unknown columns: %s", unknown->s);
	im->src->warning(im->src->ctx, message);
	free(message);
}

static int header_failure(Import *im, const char *fmt, ...) PRINTF_LIKE(2, 3);
static int header_failure(Import *im, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	free(im->header_cause);
	im->header_cause = xvprintf(fmt, ap);
	va_end(ap);
	return -1;
}

/* Record that field i holds the known column c; a second one is refused. */
static int claim(Import *im, int c, int i, const char *name)
{
	if (im->col[c] >= 0)
		return header_failure(im, "the header names the column '%s' twice (fields %d and %d); keep one",
		                      name, im->col[c] + 1, i + 1);
	im->col[c] = i;
	return 0;
}

static void header_list(const CsvRecord *r, Buf *b)
{
	for (int i = 0; i < r->n; i++)
		buf_printf(b, "%s%s", i ? ", " : "", r->fields[i]);
}

static int header_cases_csv(Import *im, const CsvRecord *r)
{
	Buf unknown = {0};
	int rc = 0;
	for (int i = 0; i < r->n && rc == 0; i++) {
		char *name = trim(r->fields[i]);
		int c = 0;
		while (c < NCOLS && !ascii_equal_ignoring_case(name, case_columns[c]))
			c++;
		if (c < NCOLS)
			rc = claim(im, c, i, case_columns[c]);
		else
			buf_printf(&unknown, "%s%s", unknown.s ? ", " : "", *name ? name : "(blank)");
	}
	if (rc == 0 && (im->col[COL_ID] < 0 || im->col[COL_TEAM] < 0)) {
		Buf have = {0};
		header_list(r, &have);
		rc = header_failure(im, "the header row names no '%s' column; it needs at least id and team "
		                        "(and may have worker, status, opened, closed, flags); it has: %s",
		                    im->col[COL_ID] < 0 ? "id" : "team", have.s ? have.s : "");
		buf_free(&have);
	}
	if (rc == 0)
		warn_unknown(im, &unknown);
	buf_free(&unknown);
	return rc;
}

static int header_annex_a(Import *im, const CsvRecord *r)
{
	/* Which list: the one whose start-date column is there. */
	for (int i = 0; i < r->n; i++)
		for (size_t l = 0; l < sizeof annex_lists / sizeof annex_lists[0]; l++)
			if (loose_equal(r->fields[i], annex_lists[l].start)) {
				if (im->annex && im->annex != &annex_lists[l])
					return header_failure(im, "the header has both '%s' and '%s'; an Annex A file holds "
					                          "one list (6, 7 or 8)", im->annex->start, annex_lists[l].start);
				im->annex = &annex_lists[l];
			}
	if (im->annex == NULL)
		return header_failure(im, "this is not Annex A list 6, 7 or 8: the header has no '%s', '%s' or '%s' "
		                          "column", annex_lists[0].start, annex_lists[1].start, annex_lists[2].start);
	im->counts->list = im->annex->list;
	Buf unknown = {0};
	int rc = 0;
	for (int i = 0; i < r->n && rc == 0; i++) {
		const char *name = trim(r->fields[i]);
		int known = 0;
		for (const char *const *n = annex_id_names; *n && !known; n++)
			if (loose_equal(name, *n)) {
				rc = claim(im, COL_ID, i, annex_id_names[0]);
				known = 1;
			}
		if (known)
			continue;
		if (loose_equal(name, "Allocated Team"))
			rc = claim(im, COL_TEAM, i, "Allocated Team");
		else if (loose_equal(name, "Allocated Worker"))
			rc = claim(im, COL_WORKER, i, "Allocated Worker");
		else if (loose_equal(name, im->annex->start))
			rc = claim(im, COL_OPENED, i, im->annex->start);
		else if (loose_equal(name, im->annex->end))
			rc = claim(im, COL_CLOSED, i, im->annex->end);
		else {
			for (const char *const *n = annex_other_columns; *n && !known; n++)
				known = loose_equal(name, *n);
			for (size_t l = 0; l < sizeof annex_lists / sizeof annex_lists[0] && !known; l++)
				known = loose_equal(name, annex_lists[l].end);
			if (!known)
				buf_printf(&unknown, "%s%s", unknown.s ? ", " : "", *name ? name : "(blank)");
		}
	}
	if (rc == 0 && (im->col[COL_ID] < 0 || im->col[COL_TEAM] < 0)) {
		rc = header_failure(im, "the header of this Annex A list %d has no '%s' column; it is needed to %s",
		                    im->annex->list, im->col[COL_ID] < 0 ? "Child Unique ID" : "Allocated Team",
		                    im->col[COL_ID] < 0 ? "identify each case" : "know the team holding each case");
	}
	if (rc == 0)
		warn_unknown(im, &unknown);
	buf_free(&unknown);
	return rc;
}

/* ---- case rows ---- */

/* A date that has happened, written YYYY-MM-DD (or DD/MM/YYYY in Annex A,
 * which out receives as YYYY-MM-DD). Blank: NULL. 0 when acceptable. */
static int row_date(Import *im, const char *what, const char *value, char out[32], const char **result)
{
	*result = NULL;
	if (value == NULL || *value == '\0')
		return 0;
	int annex = im->annex != NULL;
	int d, m, y, used = 0;
	if (date_valid(value)) {
		snprintf(out, 32, "%s", value);
	} else if (annex && sscanf(value, "%2d/%2d/%4d%n", &d, &m, &y, &used) == 3 && value[used] == '\0' &&
	           y >= 1000 && y <= 9999 && d >= 1 && d <= 99 && m >= 1 && m <= 99) {
		snprintf(out, 32, "%04d-%02d-%02d", y % 10000, m % 100, d % 100);
		if (!date_valid(out)) {
			problem(im, "%s '%s' is not a real date; expected DD/MM/YYYY", what, value);
			return -1;
		}
	} else {
		problem(im, "%s '%s' is not a real date; expected %s", what, value, annex ? "DD/MM/YYYY" : "YYYY-MM-DD");
		return -1;
	}
	char today[11];
	date_today(today);
	if (strcmp(out, today) > 0) {
		problem(im, "%s %s is after today (%s); record it once it has happened", what, out, today);
		return -1;
	}
	*result = out;
	return 0;
}

/* The ID of the team called name, creating it with --create-missing. */
static CachedName *cache_slot(CachedName *cache, const char *name)
{
	unsigned long h = 5381;
	for (const unsigned char *p = (const unsigned char *)name; *p; p++)
		h = h * 33 + *p;
	return &cache[h % CACHED_NAME_SLOTS];
}

static const CachedName *cache_find(CachedName *cache, const char *name)
{
	CachedName *c = cache_slot(cache, name);
	return c->name[0] == '\0' || strcmp(c->name, name) != 0 ? NULL : c;
}

static void cache_put(CachedName *cache, const char *name, long long id, const char *left)
{
	if (strlen(name) >= CACHED_NAME_MAX)
		return;
	CachedName *c = cache_slot(cache, name);
	snprintf(c->name, sizeof c->name, "%s", name);
	c->id = id;
	snprintf(c->left, sizeof c->left, "%s", left ? left : "");
}

static int row_team(Import *im, const char *name, long long *id)
{
	char *cause = NULL;
	const CachedName *c = cache_find(im->teams, name);
	if (c) {
		*id = c->id;
		return 0;
	}
	if (repo_team_id(im->db, name, id, NULL) == 0) {
		cache_put(im->teams, name, *id, NULL);
		return 0;
	}
	if (!im->src->create_missing) {
		problem(im, "unknown team '%s'; 'team list' shows the teams (or import with --create-missing to "
		            "create it)", name);
		return -1;
	}
	if (repo_team_add(im->db, name, NULL, &cause) != 0 || repo_team_id(im->db, name, id, &cause) != 0) {
		problem_cause(im, cause);
		return -1;
	}
	im->counts->teams_created++;
	return 0;
}

/* The worker called name, creating it with --create-missing; left gets
 * their last day in post ("" when still in post). */
static int row_worker(Import *im, const char *name, const char *team, long long *id, char left[11])
{
	char *cause = NULL;
	const CachedName *c = cache_find(im->workers, name);
	if (c) {
		*id = c->id;
		memcpy(left, c->left, 11);
		return 0;
	}
	Stmt *s = db_stmt(im->db, "SELECT id, left_on FROM worker WHERE name = :name");
	db_bind_text(s, ":name", name);
	int rc = db_step_row(im->db, s, &cause);
	if (rc < 0)
		return stop(im, cause);
	if (rc == 1) {
		*id = db_column_int(s, 0);
		column_text(s, 1, left, 11);
		if (db_column_is_null(s, 1))
			left[0] = '\0';
		db_reset(s);
		cache_put(im->workers, name, *id, left);
		return 0;
	}
	if (!im->src->create_missing) {
		problem(im, "unknown worker '%s'; 'worker list' shows the workers (or import with --create-missing "
		            "to create it)", name);
		return 1;
	}
	WorkerFields f = {.team = team, .role = "social-worker"};
	if (repo_worker_add(im->db, name, &f, &cause) != 0 || repo_worker_id(im->db, name, id, &cause) != 0) {
		problem_cause(im, cause);
		return 1;
	}
	left[0] = '\0';
	im->counts->workers_created++;
	return 0;
}

/* The flags of a ';'-separated list as a bit set over FLAGS. */
static int row_flags(Import *im, char *list, unsigned *bits)
{
	*bits = 0;
	int ok = 1;
	for (char *save = NULL, *f = strtok_r(list, ";", &save); f; f = strtok_r(NULL, ";", &save)) {
		char key[64];
		enum_key(trim(f), key, sizeof key);
		if (key[0] == '\0')
			continue;
		int i = 0;
		while (FLAGS[i] && strcmp(FLAGS[i], key) != 0)
			i++;
		char *cause = NULL;
		if (FLAGS[i] == NULL) {
			check_enum("flag", trim(f), FLAGS, &cause);
			problem_cause(im, cause);
			ok = 0;
		} else {
			*bits |= 1u << i;
		}
	}
	return ok ? 0 : -1;
}

static int flag_set(Import *im, long long case_id, int flag, int on, char **cause)
{
	Stmt *s = on ? db_stmt(im->db, "INSERT OR IGNORE INTO case_flag(case_id, flag) VALUES (:id, :flag)")
	                     : db_stmt(im->db, "DELETE FROM case_flag WHERE case_id = :id AND flag = :flag");
	db_bind_int(s, ":id", case_id);
	db_bind_text(s, ":flag", FLAGS[flag]);
	return db_step_done(im->db, s, cause);
}

static void bind_id(Stmt *s, const char *name, long long id)
{
	if (id >= 0)
		db_bind_int(s, name, id);
	else
		db_bind_null(s, name);
}

static const char *column_text(Stmt *s, int i, char *out, size_t size)
{
	const char *v = db_column_text(s, i);
	if (v == NULL)
		return NULL;
	snprintf(out, size, "%s", (const char *)v);
	return out;
}

static int text_differs(const char *a, const char *b)
{
	return (a == NULL) != (b == NULL) || (a && strcmp(a, b) != 0);
}

static int case_row(Import *im, const CsvRecord *r)
{
	char *ref = field(im, r, COL_ID), *team = field(im, r, COL_TEAM);
	char *worker = field(im, r, COL_WORKER), *status_in = field(im, r, COL_STATUS);
	char *opened_in = field(im, r, COL_OPENED), *closed_in = field(im, r, COL_CLOSED);
	char *flags_in = field(im, r, COL_FLAGS);
	char *cause = NULL;
	const char *id_name = im->annex ? "Child Unique ID" : "case ID";

	/* The case ID, as repo_case_add would accept it. */
	if (*ref == '\0')
		problem(im, "the %s is empty; every row needs the child's case ID", id_name);
	else if (strlen(ref) > 100)
		problem(im, "the %s is longer than 100 characters", id_name);
	else
		text_ok(im, id_name, ref);

	long long team_id = -1, worker_id = -1;
	char worker_left[11] = "";
	if (*team == '\0')
		problem(im, "the team is empty; every case needs a team");
	else if (text_ok(im, "team", team) && row_team(im, team, &team_id) != 0)
		team_id = -1;
	/* A blank worker means unallocated. A worker to create needs the team. */
	if (worker && *worker && text_ok(im, "worker", worker) && (team_id >= 0 || !im->src->create_missing))
		if (row_worker(im, worker, team, &worker_id, worker_left) < 0)
			return -1;

	const char *status = im->annex ? im->annex->status : NULL;
	char status_key[32];
	if (status_in && *status_in) {
		enum_key(status_in, status_key, sizeof status_key);
		if (check_enum("status", status_key, STATUSES, NULL) == 0) {
			status = status_key;
		} else {
			check_enum("status", status_in, STATUSES, &cause);
			problem_cause(im, cause);
			cause = NULL;
		}
	}

	char opened_buf[32], closed_buf[32];
	const char *opened = NULL, *closed = NULL;
	row_date(im, im->annex ? im->annex->start : "the opening date", opened_in, opened_buf, &opened);
	row_date(im, im->annex ? im->annex->end : "the closing date", closed_in, closed_buf, &closed);

	unsigned flags = 0;
	if (flags_in)
		row_flags(im, flags_in, &flags);

	/* What is there now. */
	long long case_id = -1, old_team = -1, old_worker = -1;
	char old_status[32] = "", old_opened_buf[11], old_closed_buf[11];
	const char *old_opened = NULL, *old_closed = NULL;
	if (*ref) {
		Stmt *s = db_stmt(im->db,
			"SELECT id, team_id, worker_id, status, opened, closed FROM case_file WHERE ref = :ref");
		db_bind_text(s, ":ref", ref);
		int rc = db_step_row(im->db, s, &cause);
		if (rc < 0)
			return stop(im, cause);
		if (rc == 1) {
			case_id = db_column_int(s, 0);
			old_team = db_column_int(s, 1);
			old_worker = db_column_is_null(s, 2) ? -1 : db_column_int(s, 2);
			column_text(s, 3, old_status, sizeof old_status);
			old_opened = column_text(s, 4, old_opened_buf, sizeof old_opened_buf);
			old_closed = column_text(s, 5, old_closed_buf, sizeof old_closed_buf);
			db_reset(s);
			if (case_id > im->last_case || (im->named[case_id / 8] & (1u << (case_id % 8))))
				problem(im, im->annex ? "Child Unique ID '%s' is also on an earlier row (two episodes of one "
				                        "child?); keep the row of the child's latest episode"
				                      : "case ID '%s' is also on an earlier row; give each case once", ref);
			else
				im->named[case_id / 8] |= (unsigned char)(1u << (case_id % 8));
		}
	}
	/* The dates the case will have: an opened date only fills a gap. */
	const char *new_opened = old_opened ? old_opened : opened;
	const char *new_closed = closed_in ? closed : old_closed;
	if (new_opened && new_closed && strcmp(new_closed, new_opened) < 0 && (opened || closed))
		problem(im, "the closing date %s is before the case opened (%s); a case opens before it closes",
		        new_closed, new_opened);
	/* As case close: not before an audit of the case, which saw it open. */
	if (case_id >= 0 && closed && text_differs(new_closed, old_closed)) {
		Stmt *s = db_stmt(im->db, "SELECT max(date) FROM audit WHERE case_id = :id");
		db_bind_int(s, ":id", case_id);
		if (db_step_row(im->db, s, &cause) < 0)
			return stop(im, cause);
		const char *audited = db_column_text(s, 0);
		if (audited != NULL && strcmp(closed, audited) < 0)
			problem(im, "the closing date %s is before the case's audit of %s; close it on or after that day",
			        closed, audited);
		db_reset(s);
	}

	/* As case add and case set: an open case goes to a worker in post. */
	char today[11];
	date_today(today);
	if (worker_id >= 0 && new_closed == NULL && domain_has_left(worker_left, today))
		problem(im, "'%s' left on %s; allocate an open case to a worker in post", worker, worker_left);

	if (im->row_bad)
		return 0;

	if (case_id < 0) {
		Stmt *s = db_stmt(im->db,
			"INSERT INTO case_file(ref, team_id, worker_id, status, opened, closed)"
			" VALUES (:ref, :team, :worker, coalesce(:status, 'cin'), :opened, :closed)");
		db_bind_text(s, ":ref", ref);
		db_bind_int(s, ":team", team_id);
		bind_id(s, ":worker", worker_id);
		db_bind_text(s, ":status", status);
		db_bind_text(s, ":opened", opened);
		db_bind_text(s, ":closed", closed);
		if (db_step_done(im->db, s, &cause) != 0)
			return stop(im, cause);
		case_id = db_last_id(im->db);
		for (int f = 0; FLAGS[f]; f++)
			if ((flags & (1u << f)) && flag_set(im, case_id, f, 1, &cause) != 0)
				return stop(im, cause);
		im->counts->added++;
		return 0;
	}

	long long new_worker = worker ? worker_id : old_worker;
	const char *new_status = status ? status : old_status;
	int changed = team_id != old_team || new_worker != old_worker || strcmp(new_status, old_status) != 0 ||
	              text_differs(new_opened, old_opened) || text_differs(new_closed, old_closed);
	/* Update only what changes, so the history holds no empty changes and
	 * importing the same file twice changes nothing the second time. */
	if (changed) {
		Stmt *s = db_stmt(im->db,
			"UPDATE case_file SET team_id = :team, worker_id = :worker, status = :status,"
			"       opened = :opened, closed = :closed WHERE id = :id");
		db_bind_int(s, ":team", team_id);
		bind_id(s, ":worker", new_worker);
		db_bind_text(s, ":status", new_status);
		db_bind_text(s, ":opened", new_opened);
		db_bind_text(s, ":closed", new_closed);
		db_bind_int(s, ":id", case_id);
		if (db_step_done(im->db, s, &cause) != 0)
			return stop(im, cause);
	}
	if (flags_in) {
		for (int f = 0; FLAGS[f]; f++) {
			if (flag_set(im, case_id, f, (flags & (1u << f)) != 0, &cause) != 0)
				return stop(im, cause);
			if (db_changes(im->db) > 0)
				changed = 1;
		}
	}
	if (changed)
		im->counts->updated++;
	else
		im->counts->unchanged++;
	return 0;
}

/* ---- audit rows ---- */

static int header_audits(Import *im, const CsvRecord *r)
{
	Buf unknown = {0};
	int rc = 0;
	im->standard_col = xcalloc((size_t)r->n + 1, sizeof *im->standard_col);
	im->standard_code = xcalloc((size_t)r->n + 1, sizeof *im->standard_code);
	for (int i = 0; i < r->n && rc == 0; i++) {
		char *name = trim(r->fields[i]);
		int c = 0;
		while (c < NACOLS && !ascii_equal_ignoring_case(name, audit_columns[c]))
			c++;
		if (c < NACOLS) {
			rc = claim(im, c, i, audit_columns[c]);
			continue;
		}
		char code[64];
		snprintf(code, sizeof code, "%s", name);
		for (char *p = code; *p; p++)
			*p = (char)toupper((unsigned char)*p);
		Stmt *s = db_stmt(im->db, "SELECT code FROM standard WHERE code = :code");
		db_bind_text(s, ":code", code);
		int found = db_step_row(im->db, s, NULL) == 1;
		db_reset(s);
		if (!found) {
			buf_printf(&unknown, "%s%s", unknown.s ? ", " : "", *name ? name : "(blank)");
			continue;
		}
		for (int k = 0; k < im->nstandards; k++)
			if (strcmp(im->standard_code[k], code) == 0)
				rc = header_failure(im, "the header names the standard %s twice (fields %d and %d); keep one",
				                    code, im->standard_col[k] + 1, i + 1);
		im->standard_col[im->nstandards] = i;
		snprintf(im->standard_code[im->nstandards], sizeof im->standard_code[0], "%s", code);
		im->nstandards++;
	}
	for (int c = 0; c < 3 && rc == 0; c++)
		if (im->col[c] < 0) {
			Buf have = {0};
			header_list(r, &have);
			rc = header_failure(im, "the header row names no '%s' column; it needs case, date and auditor "
			                        "(and may have type, grade, submitted and a column per standard code); "
			                        "it has: %s", audit_columns[c], have.s ? have.s : "");
			buf_free(&have);
		}
	if (rc == 0 && im->nstandards == 0)
		rc = header_failure(im, "the header names no standard; give a column per standard code (CHRON, PLAN, "
		                        "...; 'standard list' shows them) holding met, not met or n/a");
	if (rc == 0)
		warn_unknown(im, &unknown);
	buf_free(&unknown);
	return rc;
}

/* met / not-met / na from the spellings spreadsheets use; NULL: blank (no
 * answer); "" : not an answer. */
static const char *answer_value(const char *text)
{
	static const struct {
		const char *spelling, *result;
	} spellings[] = {
		{"met", "met"}, {"y", "met"}, {"yes", "met"},
		{"not met", "not-met"}, {"not-met", "not-met"}, {"not_met", "not-met"}, {"notmet", "not-met"},
		{"n", "not-met"}, {"no", "not-met"},
		{"n/a", "na"}, {"na", "na"}, {"n.a.", "na"}, {"not applicable", "na"}, {"n-a", "na"},
	};
	if (*text == '\0')
		return NULL;
	for (size_t i = 0; i < sizeof spellings / sizeof spellings[0]; i++)
		if (ascii_equal_ignoring_case(text, spellings[i].spelling))
			return spellings[i].result;
	return "";
}

/* 1 yes, 0 no (blank too), -1 neither. */
static int yes_no(const char *text)
{
	static const char *const yes[] = {"yes", "y", "true", "1", NULL};
	static const char *const no[] = {"no", "n", "false", "0", "", NULL};
	for (int i = 0; yes[i]; i++)
		if (ascii_equal_ignoring_case(text, yes[i]))
			return 1;
	for (int i = 0; no[i]; i++)
		if (ascii_equal_ignoring_case(text, no[i]))
			return 0;
	return -1;
}

static int audit_row(Import *im, const CsvRecord *r)
{
	char *ref = field(im, r, ACOL_CASE), *date = field(im, r, ACOL_DATE);
	char *auditor = field(im, r, ACOL_AUDITOR), *type_in = field(im, r, ACOL_TYPE);
	char *grade_in = field(im, r, ACOL_GRADE), *submitted_in = field(im, r, ACOL_SUBMITTED);
	char *cause = NULL;

	long long case_id = -1, auditor_id = -1;
	if (*ref == '\0')
		problem(im, "the case is empty; every row needs the child's case ID");
	else if (repo_audit_recorder_case(im->recorder, ref, &case_id, &cause) != 0) {
		problem_cause(im, cause);
		cause = NULL;
	}
	if (*date == '\0')
		problem(im, "the date is empty; every audit needs the date it was done (YYYY-MM-DD)");
	else if (!date_valid(date))
		problem(im, "the audit date '%s' is not a real date; expected YYYY-MM-DD", date);
	if (*auditor == '\0')
		problem(im, "the auditor is empty; every audit needs the name of the worker who did it");
	else if (repo_audit_recorder_auditor(im->recorder, auditor, &auditor_id, &cause) != 0) {
		problem_cause(im, cause);
		cause = NULL;
	}

	char type[32], grade[32];
	const char *type_value = NULL, *grade_value = NULL;
	if (type_in && *type_in) {
		enum_key(type_in, type, sizeof type);
		type_value = type;
		if (check_enum("type", type, TYPES, NULL) != 0) {
			check_enum("type", type_in, TYPES, &cause);
			problem_cause(im, cause);
			cause = NULL;
		}
	}
	if (grade_in && *grade_in) {
		enum_key(grade_in, grade, sizeof grade);
		grade_value = grade;
		if (check_enum("grade", grade, GRADES, NULL) != 0) {
			check_enum("grade", grade_in, GRADES, &cause);
			problem_cause(im, cause);
			cause = NULL;
		}
	}
	int submit = submitted_in ? yes_no(submitted_in) : 0;
	if (submit < 0)
		problem(im, "submitted '%s' is not yes or no; write yes or no (or Y/N, true/false, 1/0; blank is no)",
		        submitted_in);

	AuditAnswer *answers = xcalloc((size_t)im->nstandards + 1, sizeof *answers);
	int nanswers = 0, bad_answers = 0;
	for (int k = 0; k < im->nstandards; k++) {
		char *text = trim(r->fields[im->standard_col[k]]);
		const char *result = answer_value(text);
		if (result == NULL)
			continue;
		if (*result == '\0') {
			problem(im, "%s '%s' is not an answer; write met, not met or n/a (or Y/N, Yes/No, NA; blank for "
			            "no answer)", im->standard_code[k], text);
			bad_answers++;
			continue;
		}
		answers[nanswers].standard = im->standard_code[k];
		answers[nanswers].result = result;
		nanswers++;
	}
	int measured = 0;
	for (int k = 0; k < nanswers; k++)
		measured += strcmp(answers[k].result, "na") != 0;
	/* Past audits may have no grade (grades came in with the 2013
	 * framework, and not every council recorded them). */
	if (submit == 1 && bad_answers == 0 &&
	    domain_submit_check(type_value, grade_value, 1, measured > 0) == DOMAIN_SUBMIT_NEEDS_MEASURE)
		problem(im, "a submitted audit needs at least one answer met or not-met; fill in the standards it was "
		            "audited against, or write no under submitted");

	/* The same audit twice would count twice in every figure. */
	if (case_id >= 0 && auditor_id >= 0 && date_valid(date)) {
		long long id;
		int rc = repo_audit_same(im->db, case_id, date, auditor_id, &id, &cause);
		if (rc < 0) {
			free(answers);
			return stop(im, cause);
		}
		if (rc == 1) {
			if (id <= im->last_audit)
				problem(im, "case %s was already audited on %s by %s (audit %lld); an audit is imported once",
				        ref, date, auditor, id);
			else
				problem(im, "the audit of case %s on %s by %s is also on an earlier row; give each audit once",
				        ref, date, auditor);
		}
	}

	if (!im->row_bad) {
		AuditNew n = {ref, date, auditor, type_value, grade_value, nanswers, answers, submit == 1, 1};
		long long id;
		if (repo_audit_recorder_add(im->recorder, &n, &id, &cause) != 0)
			problem_cause(im, cause);
		else if (submit == 1)
			im->counts->submitted++;
		else
			im->counts->drafts++;
	}
	free(answers);
	return 0;
}

/* ---- the file ---- */

static int on_record(void *ctx, const CsvRecord *r)
{
	Import *im = ctx;
	im->line = r->line;
	im->row_bad = 0;
	if (!im->have_header) {
		im->have_header = 1;
		im->nheader = r->n;
		if (r->problem) {
			header_failure(im, "the header row: %s", r->problem);
			return -1;
		}
		int rc = im->audits ? header_audits(im, r)
		       : im->src->format == IMPORT_ANNEX_A ? header_annex_a(im, r) : header_cases_csv(im, r);
		return rc;
	}
	im->counts->rows++;
	if (r->problem) {
		problem(im, "%s", r->problem);
	} else if (r->n != im->nheader) {
		problem(im, "the row has %d field%s and the header %d; quote fields that hold commas", r->n,
		        r->n == 1 ? "" : "s", im->nheader);
	} else if ((im->audits ? audit_row(im, r) : case_row(im, r)) != 0) {
		return -1;
	}
	if (im->row_bad)
		im->counts->bad_rows++;
	return 0;
}

/* The page cache of an audit import, in KiB (the default is 2,000). */
#define IMPORT_CACHE_KIB "16384"

static int load(Db *db, const ImportSource *src, ImportCounts *counts, int audits, char **cause);

static int run(Db *db, const ImportSource *src, ImportCounts *counts, int audits, char **cause)
{
	memset(counts, 0, sizeof *counts);
	/* Foreign keys checked at commit rather than per statement: every row's
	 * team and worker are looked up before it is written, and checking them
	 * again immediately makes SQLite keep a statement journal for each
	 * INSERT, which was most of the cost of a large import (1.5 million
	 * writes to a temporary file for 100,000 rows). The pragma ends with the
	 * transaction. */
	if (db_exec(db, "PRAGMA defer_foreign_keys = ON", cause) != 0)
		return -1;
	/* A load looks up a case, its flags and its audits' index at random
	 * for every row: at 250,000 case files those pages no longer fit the
	 * 2 MB page cache, so each was read back from the operating system,
	 * and, the import being one transaction in WAL mode, dirty pages
	 * spilled to the log and were searched for there again. A bigger cache
	 * for the length of the import only (SQLite allocates its pages as
	 * they are used, so a small import costs nothing more), within the
	 * 30 MB every command keeps to. */
	if (audits && db_exec(db, "PRAGMA cache_size = -" IMPORT_CACHE_KIB, cause) != 0)
		return -1;
	int rc = load(db, src, counts, audits, cause);
	if (audits)
		db_exec(db, "PRAGMA cache_size = -2000", NULL);
	return rc;
}

static int load(Db *db, const ImportSource *src, ImportCounts *counts, int audits, char **cause)
{
	Import im = {0};
	im.db = db;
	im.src = src;
	im.counts = counts;
	im.audits = audits;
	for (size_t c = 0; c < sizeof im.col / sizeof im.col[0]; c++)
		im.col[c] = -1;
	Stmt *s = db_stmt(db, "SELECT (SELECT coalesce(max(id), 0) FROM case_file),"
	                              "       (SELECT coalesce(max(id), 0) FROM audit)");
	if (db_step_row(db, s, cause) != 1)
		return -1;
	im.last_case = db_column_int(s, 0);
	im.last_audit = db_column_int(s, 1);
	db_reset(s);
	if (audits && (im.recorder = repo_audit_recorder_new(db, 1, cause)) == NULL)
		return -1;
	im.named = xcalloc((size_t)(im.last_case / 8 + 1), 1);
	im.teams = xcalloc(CACHED_NAME_SLOTS, sizeof *im.teams);
	im.workers = xcalloc(CACHED_NAME_SLOTS, sizeof *im.workers);
	long line = 0;
	char *read_cause = NULL;
	csv_read_file(src->path, on_record, &im, &line, &read_cause);
	int ok = 0;
	if (im.header_cause) {
		failure(cause, "%s: %s", src->path, im.header_cause);
	} else if (im.fatal) {
		failure(cause, "%s: line %ld: %s; nothing was imported", src->path, im.fatal_line, im.fatal);
	} else if (read_cause && line == 0) {
		failure(cause, "%s", read_cause);
	} else if (read_cause) {
		/* Past a parse error the rest of the file cannot be trusted. */
		src->problem(src->ctx, line, read_cause);
		failure(cause, "%s: reading stopped at line %ld; nothing was imported", src->path, line);
	} else if (!im.have_header) {
		failure(cause, "%s is empty; expected a header row naming the columns (%s)", src->path,
		        audits ? "case, date, auditor, type, grade, submitted and standard codes"
		        : src->format == IMPORT_ANNEX_A ? "those of Annex A list 6, 7 or 8" : "at least id and team");
	} else if (counts->bad_rows) {
		failure(cause, "%s: %lld of %lld row%s %s wrong; nothing was imported", src->path, counts->bad_rows,
		        counts->rows, counts->rows == 1 ? "" : "s", counts->bad_rows == 1 ? "is" : "are");
	} else {
		ok = 1;
	}
	free(read_cause);
	free(im.header_cause);
	free(im.fatal);
	free(im.standard_col);
	free(im.standard_code);
	free(im.named);
	free(im.teams);
	free(im.workers);
	repo_audit_recorder_free(im.recorder);
	return ok ? 0 : -1;
}

int repo_import_cases(Db *db, const ImportSource *src, ImportCounts *counts, char **cause)
{
	return run(db, src, counts, 0, cause);
}

int repo_import_audits(Db *db, const ImportSource *src, ImportCounts *counts, char **cause)
{
	return run(db, src, counts, 1, cause);
}
