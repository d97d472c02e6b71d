/* Importing case files (plain CSV or Ofsted Annex A lists 6-8) and audits
 * from CSV. Rows stream from csv_read.c one at a time and are written as
 * they pass their checks, with cached prepared statements, so a file of any
 * size takes constant memory; IDs already seen in the file are kept in a
 * bit set over the database's IDs rather than in memory for the same reason.
 *
 * What spreadsheets put in exports is read as meant, never silently: an
 * apostrophe caseaudit's own CSV writer put before a value a spreadsheet
 * would take for a formula is removed; a title row above the header is
 * passed over; rows of separators alone are blank lines; spreadsheet error
 * values (#N/A) and totals rows are refused; "no worker" placeholders mean
 * no worker, and a placeholder team is refused. */
#include "repo.h"
#include "repo_import.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "domain.h"
#include "csv_read.h"
#include "util.h"
#include "words.h"

/* Columns of import cases (plain and Annex A) and import audits: indexes
 * into Import.col. The Annex A ones after COL_FLAGS are read from Annex A
 * files only. */
enum {
	COL_ID, COL_TEAM, COL_WORKER, COL_STATUS, COL_OPENED, COL_CLOSED, COL_FLAGS, NCOLS,
	COL_CASE_STATUS = NCOLS, COL_ABUSE_INITIAL, COL_ABUSE_LATEST, COL_MISSING, NCOLS_ANNEX
};
static const char *const case_columns[NCOLS] = {"id", "team", "worker", "status", "opened", "closed", "flags"};

enum { ACOL_CASE, ACOL_DATE, ACOL_AUDITOR, ACOL_TYPE, ACOL_GRADE, ACOL_SUBMITTED, ACOL_THEME, NACOLS };
static const char *const audit_columns[NACOLS] = {"case", "date", "auditor", "type", "grade", "submitted", "theme"};

/* A title row may stand above the header: the header is looked for in the
 * first this many rows that are not blank. */
enum { HEADER_SEARCH_ROWS = 5 };

/* Annex A, lists 6 (children in need), 7 (child protection) and 8
 * (children looked after), as Social Finance's liia-tools specification
 * (Annex_A_schema.yml) names the columns. Headers are compared with
 * everything but letters and digits removed, ignoring case; those not
 * found so are then matched by the patterns liia-tools uses (a header
 * with "child" then "id" is the child's ID, and so on). */
typedef struct {
	int list;
	const char *status;
	const char *start;  /* the column that starts the episode: opened */
	const char *end;    /* the column that ends it: closed */
	const char *what;   /* what the list holds, as the import says it */
} AnnexList;

static const AnnexList annex_lists[] = {
	{6, "cin", "CIN Start Date", "CIN Closure Date", "children in need"},
	{7, "cp", "Child Protection Plan Start Date", "Child Protection Plan End Date", "child protection"},
	{8, "cic", "Date Started to be Looked After", "Date Ceased to be Looked After", "children looked after"},
};

static const char *const annex_id_names[] = {"Child Unique ID", "Child ID", "Unique Child ID", NULL};
static const char *const annex_missing_name =
	"Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months";

/* The other columns of lists 6-8: read past without a warning. */
static const char *const annex_other_columns[] = {
	"Gender", "Ethnicity", "Date of Birth", "Age of Child (Years)", "Does the Child have a Disability",
	"Primary Need Code", "Date Child Was Last Seen", "Reason for Closure",
	"Date of the Last Statutory Visit",
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

/* A standard as import audits recognises its column: by its code or its
 * words (the standard's, or its target's), letters and digits only. */
typedef struct {
	char code[64];
	char key[64];       /* the code's loose key: "missinginterview" */
	char *text_key;     /* the standard's words */
	char *target_key;   /* its target's words, or NULL */
} StandardName;

typedef struct {
	Db *db;
	const ImportSource *src;
	CachedName *teams, *workers; /* CACHED_NAME_SLOTS each; name "" when empty */
	ImportCounts *counts;
	int audits;            /* import audits rather than cases */
	AuditRecorder *recorder; /* audits: records each row */
	int have_header;
	long header_line;      /* the header's line */
	int rows_before_header; /* rows passed over looking for the header */
	char first_line[120];  /* the first row read, for a message */
	int nheader;           /* fields in the header */
	int known;             /* header fields recognised (a header, not a title row) */
	int col[16];           /* field of each known column (COL_ or ACOL_); -1: absent */
	char col_name[16][160]; /* how the header names it */
	const AnnexList *annex;
	int nstandards;        /* audits: standard columns */
	int *standard_col;
	char (*standard_code)[64];
	StandardName *standards; /* audits: the standards there are */
	int nstandard_names;
	/* Rows repeated in the file: cases and audits added by this import have
	 * IDs above those before it; existing cases the file has already named
	 * are marked in a bit set over their IDs. Memory grows with the
	 * database, never with the file. */
	long long last_case, last_audit;
	long long file_size;         /* bytes; 0 when not known */
	unsigned char *named;
	int row_bad;           /* the current row has a problem */
	long line;             /* the current row's line */
	char *fatal;           /* why reading stopped (a database failure) */
	long fatal_line;
	char *header_cause;    /* why the header is unusable */
} Import;

/* ---- small text helpers ---- */

/* What a character of a name is in its loose key: a letter or digit in
 * lower case, or nothing ('\0') for anything else. The one home of the
 * rule, for loose_key and key_is. */
static char loose_char(char c)
{
	return isalnum((unsigned char)c) ? (char)tolower((unsigned char)c) : '\0';
}

/* Letters and digits only, lower case: "Child's Legal Status" -> "childslegalstatus". */
static void loose_key(const char *s, char *out, size_t size)
{
	size_t n = 0;
	for (; *s && n + 1 < size; s++)
		if ((out[n] = loose_char(*s)) != '\0')
			n++;
	out[n] = '\0';
}

static char *loose_dup(const char *s)
{
	size_t n = strlen(s) + 1;
	char *out = xmalloc(n);
	loose_key(s, out, n);
	return out;
}

/* Whether key (a loose key already) is the loose key of name, compared
 * letter by letter so that most names are told apart at the first. */
static int key_is(const char *key, const char *name)
{
	for (; *name; name++) {
		char c = loose_char(*name);
		if (c == '\0')
			continue;
		if (*key != c)
			return 0;
		key++;
	}
	return *key == '\0';
}

/* Whether the loose key of s is one of keys; a value of punctuation alone
 * ("-", "?", "--") counts as one of them too when any is "". */
static int loose_in(const char *s, const char *const *keys)
{
	char k[256];
	loose_key(s, k, sizeof k);
	for (const char *const *p = keys; *p; p++)
		if (strcmp(k, *p) == 0)
			return 1;
	return 0;
}

/* Whether the letters of a appear in order in loose key s: "child", "id". */
static int loose_has_in_order(const char *s, const char *first, const char *second)
{
	const char *p = strstr(s, first);
	return p != NULL && (second == NULL || strstr(p + strlen(first), second) != NULL);
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

/* A field as the file means it: trimmed, without the apostrophe
 * caseaudit's CSV writer puts before text a spreadsheet would take for a
 * formula (output.c, csv_field), so what it wrote reads back unchanged. */
static char *cell(char *s)
{
	s = trim(s);
	if (s[0] == '\'' && s[1] != '\0' && strchr("=+-@\t\r", s[1]) != NULL)
		s++;
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

/* The field of a column as meant (see cell); NULL when the file has no such column. */
static char *field(Import *im, const CsvRecord *r, int column)
{
	int i = im->col[column];
	return i < 0 ? NULL : cell(r->fields[i]);
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

/* Excel's error values, which a formula that failed leaves in its cell. */
static int spreadsheet_error(const char *value)
{
	static const char *const errors[] = {"#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NULL!", "#NUM!",
	                                     "#SPILL!", "#CALC!", "#FIELD!", "#GETTING_DATA", "#BLOCKED!",
	                                     "#CONNECT!", "#BUSY!", "#UNKNOWN!", "#N/A!", NULL};
	if (value[0] != '#')
		return 0;
	for (int i = 0; errors[i]; i++)
		if (ascii_equal_ignoring_case(value, errors[i]))
			return 1;
	return 0;
}

/* Refuse a row where a column that is read holds a spreadsheet error:
 * whatever it stands for is unknown. 1 when there was one. */
static int row_spreadsheet_errors(Import *im, const CsvRecord *r)
{
	int found = 0;
	for (size_t c = 0; c < sizeof im->col / sizeof im->col[0]; c++) {
		if (im->col[c] < 0)
			continue;
		const char *v = cell(r->fields[im->col[c]]);
		if (spreadsheet_error(v)) {
			problem(im, "%s is '%s', a spreadsheet error, not a value; correct the formula that gave it (or "
			            "write the value itself) and save the file again", im->col_name[c], v);
			found = 1;
		}
	}
	for (int k = 0; k < im->nstandards; k++) {
		const char *v = cell(r->fields[im->standard_col[k]]);
		if (spreadsheet_error(v)) {
			problem(im, "%s is '%s', a spreadsheet error, not an answer; correct the formula that gave it (or "
			            "write met, not met or n/a) and save the file again", im->standard_code[k], v);
			found = 1;
		}
	}
	return found;
}

/* A row of a total, not of a case or an audit, as spreadsheets put below
 * a table: its first cell or its ID says so. */
static int looks_like_total(const char *value)
{
	if (!isalpha((unsigned char)value[0]))
		return 0;
	char k[64];
	loose_key(value, k, sizeof k);
	return strncmp(k, "total", 5) == 0 || strncmp(k, "grandtotal", 10) == 0 || strncmp(k, "subtotal", 8) == 0;
}

/* ---- headers ---- */

static void warn_unknown(Import *im, const Buf *unknown)
{
	if (unknown->s == NULL || im->src->warning == NULL)
		return;
	char *message = xprintf("ignoring unknown columns, nothing in them was imported: %s", unknown->s);
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
static int claim(Import *im, int c, int i, const char *name, const char *header_name)
{
	if (im->col[c] >= 0)
		return header_failure(im, "the header names the column '%s' twice (fields %d and %d); keep one",
		                      name, im->col[c] + 1, i + 1);
	im->col[c] = i;
	snprintf(im->col_name[c], sizeof im->col_name[c], "%s", *header_name ? header_name : name);
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
		if (c < NCOLS) {
			im->known++;
			rc = claim(im, c, i, case_columns[c], name);
		} else if (*name) {
			buf_printf(&unknown, "%s%s", unknown.s ? ", " : "", name);
		}
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

/* The Annex A column a header names (COL_...), -1 for one of the others
 * read past, -2 for one not known: by its exact name (loosely compared)
 * when patterns is 0, by liia-tools' patterns over the loose key when 1. */
static int annex_column(const AnnexList *list, const char *name, int patterns)
{
	char k[256];
	loose_key(name, k, sizeof k);
	if (patterns)
		goto patterns;
	for (const char *const *n = annex_id_names; *n; n++)
		if (key_is(k, *n))
			return COL_ID;
	if (key_is(k, "Allocated Team"))
		return COL_TEAM;
	if (key_is(k, "Allocated Worker"))
		return COL_WORKER;
	if (key_is(k, list->start))
		return COL_OPENED;
	if (key_is(k, list->end))
		return COL_CLOSED;
	if (key_is(k, "Case Status"))
		return list->list == 6 ? COL_CASE_STATUS : -1;
	if (key_is(k, "Initial Category of Abuse"))
		return list->list == 7 ? COL_ABUSE_INITIAL : -1;
	if (key_is(k, "Latest Category of Abuse"))
		return list->list == 7 ? COL_ABUSE_LATEST : -1;
	if (key_is(k, annex_missing_name))
		return list->list == 8 ? COL_MISSING : -1;
	for (const char *const *n = annex_other_columns; *n; n++)
		if (key_is(k, *n))
			return -1;
	for (size_t l = 0; l < sizeof annex_lists / sizeof annex_lists[0]; l++)
		if (key_is(k, annex_lists[l].start) || key_is(k, annex_lists[l].end))
			return -1;
	return -2;
patterns:
	if (loose_has_in_order(k, "child", "id"))
		return COL_ID;
	/* "Team Manager" names a person, not the team. */
	if (strstr(k, "team") && !strstr(k, "manager") && !strstr(k, "worker"))
		return COL_TEAM;
	if (strstr(k, "worker") && !strstr(k, "previous"))
		return COL_WORKER;
	if (loose_has_in_order(k, "case", "status"))
		return list->list == 6 ? COL_CASE_STATUS : -1;
	if (loose_has_in_order(k, "category", "abuse"))
		return list->list != 7 ? -1 : strstr(k, "initial") ? COL_ABUSE_INITIAL : COL_ABUSE_LATEST;
	if (loose_has_in_order(k, "episodes", "missing"))
		return list->list == 8 ? COL_MISSING : -1;
	return -2;
}

static int header_annex_a(Import *im, const CsvRecord *r)
{
	/* A title row names no column; a header names some. */
	for (int i = 0; i < r->n; i++)
		if (annex_column(&annex_lists[0], trim(r->fields[i]), 0) != -2 ||
		    annex_column(&annex_lists[0], trim(r->fields[i]), 1) != -2)
			im->known++;
	/* Which list: the one whose start-date column is there. */
	for (int i = 0; i < r->n; i++) {
		char k[256];
		loose_key(r->fields[i], k, sizeof k);
		for (size_t l = 0; l < sizeof annex_lists / sizeof annex_lists[0]; l++)
			if (key_is(k, annex_lists[l].start)) {
				if (im->annex && im->annex != &annex_lists[l])
					return header_failure(im, "the header has both '%s' and '%s'; an Annex A file holds "
					                          "one list (6, 7 or 8)", im->annex->start, annex_lists[l].start);
				im->annex = &annex_lists[l];
			}
	}
	if (im->annex == NULL)
		return header_failure(im, "this is not Annex A list 6, 7 or 8: the header has no '%s', '%s' or '%s' "
		                          "column", annex_lists[0].start, annex_lists[1].start, annex_lists[2].start);
	im->counts->list = im->annex->list;
	im->counts->list_what = im->annex->what;
	static const char *const names[NCOLS_ANNEX] = {
		[COL_ID] = "Child Unique ID", [COL_TEAM] = "Allocated Team", [COL_WORKER] = "Allocated Worker",
		[COL_CASE_STATUS] = "Case Status", [COL_ABUSE_INITIAL] = "Initial Category of Abuse",
		[COL_ABUSE_LATEST] = "Latest Category of Abuse", [COL_MISSING] = "the number of missing episodes"};
	Buf unknown = {0};
	int rc = 0;
	/* Exact names first; then, for the headers left, the patterns, for a
	 * column no header has named exactly. */
	char *resolved = xcalloc((size_t)r->n + 1, 1);
	for (int pass = 0; pass < 2; pass++)
		for (int i = 0; i < r->n && rc == 0; i++) {
			const char *name = trim(r->fields[i]);
			if (resolved[i] || *name == '\0')
				continue;
			int c = annex_column(im->annex, name, pass);
			if (c == -2 && pass == 1)
				buf_printf(&unknown, "%s%s", unknown.s ? ", " : "", name);
			if (c == -2 || (pass == 1 && c >= 0 && im->col[c] >= 0)) {
				if (c >= 0)
					buf_printf(&unknown, "%s%s", unknown.s ? ", " : "", name);
				continue;
			}
			resolved[i] = 1;
			if (c >= 0) {
				const char *canonical = c == COL_OPENED ? im->annex->start
				                      : c == COL_CLOSED ? im->annex->end : names[c];
				rc = claim(im, c, i, canonical, name);
			}
		}
	free(resolved);
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

/* A date that has happened, as files hold them (date_read: YYYY-MM-DD,
 * DD/MM/YYYY, D/M/YYYY, a midnight time ignored), which out receives as
 * YYYY-MM-DD. Blank: NULL. 0 when acceptable. */
static int row_date(Import *im, const char *what, const char *value, char out[32], const char **result)
{
	*result = NULL;
	if (value == NULL || *value == '\0')
		return 0;
	char date[11];
	const char *why = date_read(value, date);
	if (why != NULL) {
		problem(im, "%s '%s' %s", what, value, why);
		return -1;
	}
	snprintf(out, 32, "%s", date);
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
	int found = repo_team_find(im->db, name, id, &cause);
	if (found < 0)
		return stop(im, cause);
	if (found) {
		cache_put(im->teams, name, *id, NULL);
		return 0;
	}
	if (!im->src->create_missing) {
		problem(im, "unknown team '%s'; 'team list' shows the teams (or import with " FIELD_OF("import cases", "create-missing") " to "
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
		problem(im, "unknown worker '%s'; 'worker list' shows the workers (or import with " FIELD_OF("import cases", "create-missing") " "
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

/* What exports write where no worker is allocated: it means none, and
 * never becomes a worker of that name. Loose keys; "" is punctuation alone. */
static const char *const no_worker_keys[] = {
	"", "unallocated", "notallocated", "na", "tbc", "tba", "none", "blank", "noworker", "unassigned",
	"notassigned", "vacant", "nil", "unknown", "notknown", NULL,
};
/* What exports write where the team is not known: never a team. */
static const char *const no_team_keys[] = {
	"", "unknown", "notknown", "na", "tbc", "tba", "none", "blank", "noteam", "unallocated", "notallocated",
	"unassigned", "notassigned", "nil", NULL,
};

/* Annex A list 6's Case Status, as liia-tools reads it: its letter or its
 * words. The status, "closed" for a closed episode, or NULL. */
static const char *case_status_value(const char *text)
{
	char k[128];
	loose_key(text, k, sizeof k);
	char letter = text[1] == ')' ? (char)tolower((unsigned char)text[0]) : '\0';
	if (letter == 'a' || strstr(k, "looked"))
		return "cic";
	if (letter == 'b' || strstr(k, "protection"))
		return "cp";
	if (letter == 'c' || strstr(k, "need"))
		return "cin";
	if (letter == 'd' || strstr(k, "assess"))
		return "cin";
	if (letter == 'e' || strstr(k, "closed"))
		return "closed";
	return NULL;
}

static int status_rank(const char *status)
{
	return strcmp(status, "cic") == 0 ? 3 : strcmp(status, "cp") == 0 ? 2 : 1;
}

/* One Annex A episode of a case. */
typedef struct {
	int list;
	char status[32];
	long long team, worker;  /* worker -1: none */
	char started[11], ended[11];  /* "" when blank */
} Episode;

/* Whether episode a decides the case over b: an open episode over a
 * closed one; of two open ones the more specific (in care, on a plan, in
 * need); of two closed ones the later ended, then the more specific; then
 * the higher list. The order lists are imported in never matters. */
static int episode_wins(const Episode *a, const Episode *b)
{
	int a_open = a->ended[0] == '\0', b_open = b->ended[0] == '\0';
	if (a_open != b_open)
		return a_open;
	if (!a_open) {
		int c = strcmp(a->ended, b->ended);
		if (c != 0)
			return c > 0;
	}
	if (status_rank(a->status) != status_rank(b->status))
		return status_rank(a->status) > status_rank(b->status);
	return a->list > b->list;
}

/* The case as its Annex A episodes make it: row is this file's episode;
 * the others are read from the database. *winner gets the deciding one,
 * *first the earliest start ("" when none). 0, or -1 on a database failure. */
static int episodes_decide(Import *im, long long case_id, const Episode *row, Episode *winner, char first[11],
                           char **cause)
{
	*winner = *row;
	snprintf(first, 11, "%s", row->started);
	if (case_id < 0)
		return 0;
	Stmt *s = db_stmt(im->db, "SELECT list, status, team_id, worker_id, started, ended FROM case_episode"
	                                  " WHERE case_id = :id AND list <> :list");
	db_bind_int(s, ":id", case_id);
	db_bind_int(s, ":list", row->list);
	int rc;
	while ((rc = db_step_row(im->db, s, cause)) == 1) {
		Episode e = {0};
		e.list = (int)db_column_int(s, 0);
		column_text(s, 1, e.status, sizeof e.status);
		e.team = db_column_int(s, 2);
		e.worker = db_column_is_null(s, 3) ? -1 : db_column_int(s, 3);
		if (column_text(s, 4, e.started, sizeof e.started) == NULL)
			e.started[0] = '\0';
		if (column_text(s, 5, e.ended, sizeof e.ended) == NULL)
			e.ended[0] = '\0';
		if (e.started[0] && (first[0] == '\0' || strcmp(e.started, first) < 0))
			snprintf(first, 11, "%s", e.started);
		if (episode_wins(&e, winner))
			*winner = e;
	}
	db_reset(s);
	return rc < 0 ? -1 : 0;
}

/* Write this file's episode of the case, only when it differs. 1 when it
 * changed, 0 when not, -1 on failure. */
static int episode_write(Import *im, long long case_id, const Episode *e, char **cause)
{
	Stmt *s = db_stmt(im->db,
		"INSERT INTO case_episode(case_id, list, status, team_id, worker_id, started, ended)"
		" VALUES (:id, :list, :status, :team, :worker, :started, :ended)"
		" ON CONFLICT(case_id, list) DO UPDATE SET status = excluded.status, team_id = excluded.team_id,"
		"   worker_id = excluded.worker_id, started = excluded.started, ended = excluded.ended"
		" WHERE status IS NOT excluded.status OR team_id IS NOT excluded.team_id"
		"   OR worker_id IS NOT excluded.worker_id OR started IS NOT excluded.started"
		"   OR ended IS NOT excluded.ended");
	db_bind_int(s, ":id", case_id);
	db_bind_int(s, ":list", e->list);
	db_bind_text(s, ":status", e->status);
	db_bind_int(s, ":team", e->team);
	bind_id(s, ":worker", e->worker);
	db_bind_text(s, ":started", e->started[0] ? e->started : NULL);
	db_bind_text(s, ":ended", e->ended[0] ? e->ended : NULL);
	if (db_step_done(im->db, s, cause) != 0)
		return -1;
	return db_changes(im->db) > 0;
}

/* Annex A's risk flags: list 7's category of abuse naming neglect (as
 * liia-tools reads it: "NEG" anywhere, or its letter a)), list 8's missing
 * episodes above 0. Bits over FLAGS; 0 when none. */
static unsigned annex_flags(Import *im, const CsvRecord *r)
{
	unsigned bits = 0;
	int neglect = 0, missing = 0;
	while (FLAGS[neglect] && strcmp(FLAGS[neglect], "neglect") != 0)
		neglect++;
	while (FLAGS[missing] && strcmp(FLAGS[missing], "missing") != 0)
		missing++;
	for (int c = COL_ABUSE_INITIAL; c <= COL_ABUSE_LATEST; c++) {
		char *v = field(im, r, c);
		if (v == NULL || *v == '\0')
			continue;
		char k[128];
		loose_key(v, k, sizeof k);
		if (strstr(k, "neg") || ((v[0] == 'a' || v[0] == 'A') && v[1] == ')'))
			bits |= 1u << neglect;
	}
	char *episodes = field(im, r, COL_MISSING);
	if (episodes && *episodes) {
		long long n;
		if (parse_int(episodes, &n) != 0 || n < 0)
			problem(im, "%s '%s' is not a whole number; write the number of episodes (0 when none)",
			        im->col_name[COL_MISSING], episodes);
		else if (n > 0)
			bits |= 1u << missing;
	}
	return bits;
}

static int case_row(Import *im, const CsvRecord *r)
{
	char *ref = field(im, r, COL_ID), *team = field(im, r, COL_TEAM);
	char *worker = field(im, r, COL_WORKER), *status_in = field(im, r, COL_STATUS);
	char *opened_in = field(im, r, COL_OPENED), *closed_in = field(im, r, COL_CLOSED);
	char *flags_in = field(im, r, COL_FLAGS), *case_status = field(im, r, COL_CASE_STATUS);
	char *cause = NULL;
	const char *id_name = im->annex ? "Child Unique ID" : "case ID";

	if (row_spreadsheet_errors(im, r))
		return 0;
	if (looks_like_total(ref) || looks_like_total(cell(r->fields[0]))) {
		problem(im, "this row looks like a total ('%s'), not a case; delete the totals below the table and save "
		            "the file again", looks_like_total(ref) ? ref : cell(r->fields[0]));
		return 0;
	}

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
	else if (loose_in(team, no_team_keys))
		problem(im, "the team '%s' is a placeholder, not a team; a case needs a team: give the team holding it",
		        team);
	else if (text_ok(im, "team", team) && row_team(im, team, &team_id) != 0)
		team_id = -1;
	/* A blank worker, or a placeholder such as Unallocated, means
	 * unallocated. A worker to create needs the team. */
	if (worker && loose_in(worker, no_worker_keys))
		*worker = '\0';
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
	int closed_episode = 0;
	if (case_status && *case_status) {
		const char *s = case_status_value(case_status);
		if (s == NULL)
			problem(im, "%s '%s' is not known; expected a) Looked after child, b) Child Protection plan, c) Child "
			            "in need plan, d) Open assessment or e) Closed episode", im->col_name[COL_CASE_STATUS],
			        case_status);
		else if (strcmp(s, "closed") == 0)
			closed_episode = 1;
		else
			status = s;
	}

	char opened_buf[32], closed_buf[32];
	const char *opened = NULL, *closed = NULL;
	row_date(im, im->annex ? im->col_name[COL_OPENED] : "the opening date", opened_in, opened_buf, &opened);
	row_date(im, im->annex ? im->col_name[COL_CLOSED] : "the closing date", closed_in, closed_buf, &closed);
	if (closed_episode && closed == NULL && !im->row_bad)
		problem(im, "%s '%s' says the episode is closed but %s is blank; give the date it closed",
		        im->col_name[COL_CASE_STATUS], case_status, im->annex->end);

	unsigned flags = 0;
	if (flags_in)
		row_flags(im, flags_in, &flags);
	unsigned add_flags = im->annex ? annex_flags(im, r) : 0;

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

	/* What the case will be. A plain file: its values, the opened date
	 * only filling a gap. Annex A: this list's episode with the child's
	 * others from earlier imports (episodes_decide). */
	long long new_team = team_id, new_worker = worker ? worker_id : old_worker;
	const char *new_status = status ? status : case_id >= 0 ? old_status : "cin";
	const char *new_opened = old_opened ? old_opened : opened;
	const char *new_closed = closed_in ? closed : old_closed;
	Episode episode = {0}, winner = {0};
	char first_start[11] = "";
	if (im->annex && !im->row_bad) {
		episode.list = im->annex->list;
		snprintf(episode.status, sizeof episode.status, "%s", status);
		episode.team = team_id;
		episode.worker = worker_id;
		snprintf(episode.started, sizeof episode.started, "%s", opened ? opened : "");
		snprintf(episode.ended, sizeof episode.ended, "%s", closed ? closed : "");
		if (episodes_decide(im, case_id, &episode, &winner, first_start, &cause) != 0)
			return stop(im, cause);
		new_team = winner.team;
		new_worker = winner.worker;
		new_status = winner.status;
		new_closed = winner.ended[0] ? winner.ended : NULL;
		/* The case opened with the earliest episode it has had, or before. */
		new_opened = old_opened;
		if (first_start[0] && (old_opened == NULL || strcmp(first_start, old_opened) < 0))
			new_opened = first_start;
		if (new_worker != worker_id) {
			/* The deciding episode's worker: whether in post. */
			worker_left[0] = '\0';
			if (new_worker >= 0) {
				Stmt *s = db_stmt(im->db, "SELECT coalesce(left_on, '') FROM worker WHERE id = :id");
				db_bind_int(s, ":id", new_worker);
				int rc = db_step_row(im->db, s, &cause);
				if (rc < 0)
					return stop(im, cause);
				if (rc == 1)
					column_text(s, 0, worker_left, sizeof worker_left);
				db_reset(s);
			}
		}
	}
	if (new_opened && new_closed && strcmp(new_closed, new_opened) < 0 && (opened || closed))
		problem(im, "the closing date %s is before the case opened (%s); a case opens before it closes",
		        new_closed, new_opened);
	/* As case close: not before an audit of the case, which saw it open. */
	if (case_id >= 0 && new_closed && text_differs(new_closed, old_closed)) {
		Stmt *s = db_stmt(im->db, "SELECT max(date) FROM audit WHERE case_id = :id");
		db_bind_int(s, ":id", case_id);
		if (db_step_row(im->db, s, &cause) < 0)
			return stop(im, cause);
		const char *audited = db_column_text(s, 0);
		if (audited != NULL && strcmp(new_closed, audited) < 0)
			problem(im, "the closing date %s is before the case's audit of %s; close it on or after that day",
			        new_closed, audited);
		db_reset(s);
	}

	/* As case add and case set: an open case goes to a worker in post. A
	 * case already held by a worker who has since left is left as it is:
	 * a row that changes nothing is always accepted. */
	char today[11];
	date_today(today);
	if (new_worker >= 0 && new_worker != old_worker && new_closed == NULL && domain_has_left(worker_left, today)) {
		const char *name = worker;
		char name_buf[CACHED_NAME_MAX + 64];
		if (new_worker != worker_id) {
			Stmt *s = db_stmt(im->db, "SELECT name FROM worker WHERE id = :id");
			db_bind_int(s, ":id", new_worker);
			name = db_step_row(im->db, s, NULL) == 1 ? column_text(s, 0, name_buf, sizeof name_buf) : NULL;
			db_reset(s);
		}
		problem(im, "'%s' left on %s; allocate an open case to a worker in post", name ? name : "?", worker_left);
	}

	if (im->row_bad)
		return 0;

	int changed = 0;
	if (case_id < 0) {
		Stmt *s = db_stmt(im->db,
			"INSERT INTO case_file(ref, team_id, worker_id, status, opened, closed)"
			" VALUES (:ref, :team, :worker, :status, :opened, :closed)");
		db_bind_text(s, ":ref", ref);
		db_bind_int(s, ":team", new_team);
		bind_id(s, ":worker", new_worker);
		db_bind_text(s, ":status", new_status);
		db_bind_text(s, ":opened", new_opened);
		db_bind_text(s, ":closed", new_closed);
		if (db_step_done(im->db, s, &cause) != 0)
			return stop(im, cause);
		case_id = db_last_id(im->db);
		for (int f = 0; FLAGS[f]; f++)
			if (((flags | add_flags) & (1u << f)) && flag_set(im, case_id, f, 1, &cause) != 0)
				return stop(im, cause);
		if (im->annex && episode_write(im, case_id, &episode, &cause) < 0)
			return stop(im, cause);
		im->counts->added++;
		return 0;
	}

	changed = new_team != old_team || new_worker != old_worker || strcmp(new_status, old_status) != 0 ||
	          text_differs(new_opened, old_opened) || text_differs(new_closed, old_closed);
	/* Update only what changes, so the history holds no empty changes and
	 * importing the same file twice changes nothing the second time. */
	if (changed) {
		Stmt *s = db_stmt(im->db,
			"UPDATE case_file SET team_id = :team, worker_id = :worker, status = :status,"
			"       opened = :opened, closed = :closed WHERE id = :id");
		db_bind_int(s, ":team", new_team);
		bind_id(s, ":worker", new_worker);
		db_bind_text(s, ":status", new_status);
		db_bind_text(s, ":opened", new_opened);
		db_bind_text(s, ":closed", new_closed);
		db_bind_int(s, ":id", case_id);
		if (db_step_done(im->db, s, &cause) != 0)
			return stop(im, cause);
	}
	if (im->annex) {
		int rc = episode_write(im, case_id, &episode, &cause);
		if (rc < 0)
			return stop(im, cause);
		changed |= rc;
	}
	for (int f = 0; FLAGS[f]; f++) {
		/* A plain file's flags column replaces the flags; Annex A adds them. */
		if (!flags_in && !(add_flags & (1u << f)))
			continue;
		if (flag_set(im, case_id, f, ((flags | add_flags) & (1u << f)) != 0, &cause) != 0)
			return stop(im, cause);
		if (db_changes(im->db) > 0)
			changed = 1;
	}
	if (changed)
		im->counts->updated++;
	else
		im->counts->unchanged++;
	return 0;
}

/* ---- audit rows ---- */

/* The standards there are, with the words of each and of its target, to
 * recognise a column however a spreadsheet names it. */
static int load_standards(Import *im, char **cause)
{
	Stmt *s = db_stmt(im->db,
		"SELECT s.code, s.text, (SELECT t.text FROM target t WHERE t.standard_code = s.code LIMIT 1)"
		" FROM standard s ORDER BY s.position");
	int rc, n = 0, cap = 0;
	while ((rc = db_step_row(im->db, s, cause)) == 1) {
		if (n == cap) {
			cap = cap ? cap * 2 : 32;
			im->standards = xrealloc(im->standards, (size_t)cap * sizeof *im->standards);
		}
		StandardName *sn = &im->standards[n++];
		column_text(s, 0, sn->code, sizeof sn->code);
		loose_key(sn->code, sn->key, sizeof sn->key);
		sn->text_key = loose_dup(db_column_text(s, 1));
		const char *target = db_column_text(s, 2);
		sn->target_key = target ? loose_dup(target) : NULL;
	}
	db_reset(s);
	im->nstandard_names = n;
	return rc < 0 ? -1 : 0;
}

/* The standard a header names: its code or its words in any spelling
 * (case, spaces, underscores, hyphens: "Missing Interview" is
 * MISSING-INTERVIEW). NULL when none; then *near is a standard the header
 * looks like (a code or words a letter or two away, or the code within
 * the header or the header within the code), or NULL. */
static const StandardName *standard_named(Import *im, const char *header, const StandardName **near)
{
	char k[256];
	loose_key(header, k, sizeof k);
	*near = NULL;
	if (k[0] == '\0')
		return NULL;
	for (int i = 0; i < im->nstandard_names; i++) {
		const StandardName *sn = &im->standards[i];
		if (strcmp(k, sn->key) == 0 || strcmp(k, sn->text_key) == 0 ||
		    (sn->target_key && strcmp(k, sn->target_key) == 0))
			return sn;
	}
	size_t n = strlen(k);
	for (int i = 0; i < im->nstandard_names && *near == NULL; i++) {
		const StandardName *sn = &im->standards[i];
		size_t code_len = strlen(sn->key), text_len = strlen(sn->text_key);
		int code_near = code_len <= 4 ? 1 : 2, text_near = (int)(text_len / 8 + 1);
		int target_near = sn->target_key ? (int)(strlen(sn->target_key) / 8 + 1) : 0;
		int close = text_distance(k, sn->key, code_near) <= code_near ||
		            (code_len >= 3 && strstr(k, sn->key) != NULL) || (n >= 4 && strstr(sn->key, k) != NULL) ||
		            text_distance(k, sn->text_key, text_near) <= text_near ||
		            (sn->target_key && text_distance(k, sn->target_key, target_near) <= target_near);
		/* A word of the code ("interview" of MISSING-INTERVIEW) in the header. */
		char word[64];
		for (const char *p = sn->code; !close && *p;) {
			size_t w = strcspn(p, "-");
			if (w >= 5 && w < sizeof word) {
				for (size_t j = 0; j < w; j++)
					word[j] = (char)tolower((unsigned char)p[j]);
				word[w] = '\0';
				close = strstr(k, word) != NULL;
			}
			p += w;
			if (*p == '-')
				p++;
		}
		if (close)
			*near = sn;
	}
	return NULL;
}

static int header_audits(Import *im, const CsvRecord *r)
{
	Buf unknown = {0};
	int rc = 0;
	free(im->standard_col);
	free(im->standard_code);
	im->nstandards = 0;
	im->standard_col = xcalloc((size_t)r->n + 1, sizeof *im->standard_col);
	im->standard_code = xcalloc((size_t)r->n + 1, sizeof *im->standard_code);
	for (int i = 0; i < r->n && rc == 0; i++) {
		char *name = trim(r->fields[i]);
		int c = 0;
		while (c < NACOLS && !ascii_equal_ignoring_case(name, audit_columns[c]))
			c++;
		if (c < NACOLS) {
			im->known++;
			rc = claim(im, c, i, audit_columns[c], name);
			continue;
		}
		if (*name == '\0')
			continue;
		const StandardName *near;
		const StandardName *sn = standard_named(im, name, &near);
		if (sn == NULL && near != NULL) {
			rc = header_failure(im, "the column '%s' looks like the standard %s but is not its name, so its "
			                        "answers would be lost; name the column %s (or, if it is not that "
			                        "standard, something unlike it)", name, near->code, near->code);
			continue;
		}
		if (sn == NULL) {
			buf_printf(&unknown, "%s%s", unknown.s ? ", " : "", name);
			continue;
		}
		im->known++;
		for (int k = 0; k < im->nstandards; k++)
			if (strcmp(im->standard_code[k], sn->code) == 0)
				rc = header_failure(im, "the header names the standard %s twice (fields %d and %d); keep one",
				                    sn->code, im->standard_col[k] + 1, i + 1);
		im->standard_col[im->nstandards] = i;
		snprintf(im->standard_code[im->nstandards], sizeof im->standard_code[0], "%s", sn->code);
		im->nstandards++;
	}
	for (int c = 0; c < 3 && rc == 0; c++)
		if (im->col[c] < 0) {
			Buf have = {0};
			header_list(r, &have);
			rc = header_failure(im, "the header row names no '%s' column; it needs case, date and auditor "
			                        "(and may have type, grade, submitted, theme and a column per standard code); "
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


/* submitted as Ofsted's and councils' sheets say it: 1 yes, 0 no (blank
 * too), -1 neither. */
static int submitted_value(const char *text)
{
	static const char *const yes[] = {"submitted", "complete", "completed", "final", "finalised", "finalized", NULL};
	static const char *const no[] = {"draft", "notsubmitted", "inprogress", "incomplete", "notcomplete", NULL};
	int v = yes_no(text);
	if (v >= 0)
		return v;
	if (loose_in(text, yes))
		return 1;
	if (loose_in(text, no))
		return 0;
	return -1;
}

/* A grade in Ofsted's words: "Requires improvement to be good" (its
 * wording since 2013) as requires-improvement. NULL when not one. */
static const char *grade_value(const char *text)
{
	static const struct {
		const char *key, *grade;
	} grades[] = {
		{"outstanding", "outstanding"}, {"good", "good"}, {"requiresimprovement", "requires-improvement"},
		{"requiresimprovementtobegood", "requires-improvement"}, {"ri", "requires-improvement"},
		{"inadequate", "inadequate"}, {"adequate", "adequate"},
	};
	char k[128];
	loose_key(text, k, sizeof k);
	for (size_t i = 0; i < sizeof grades / sizeof grades[0]; i++)
		if (strcmp(k, grades[i].key) == 0)
			return grades[i].grade;
	return NULL;
}

/* An audit type as councils name them: "Thematic", "Multi-agency audit". */
static const char *type_value(const char *text)
{
	char k[128];
	loose_key(text, k, sizeof k);
	size_t n = strlen(k);
	if (n > 5 && strcmp(k + n - 5, "audit") == 0)
		k[n - 5] = '\0';
	if (strcmp(k, "dipsample") == 0 || strcmp(k, "dip") == 0 || strcmp(k, "dipsampling") == 0)
		return "dip-sample";
	if (strcmp(k, "themed") == 0 || strcmp(k, "thematic") == 0 || strcmp(k, "theme") == 0)
		return "themed";
	if (strcmp(k, "multiagency") == 0)
		return "multi-agency";
	return NULL;
}

/* The theme named (any case) into out, as stored: 1, 0 when there is no
 * such theme, -1 when the import stops (a database error). */
static int row_theme(Import *im, const char *name, char out[128])
{
	char *cause = NULL;
	Stmt *s = db_stmt(im->db, "SELECT name FROM theme WHERE name = :name");
	db_bind_text(s, ":name", name);
	int rc = db_step_row(im->db, s, &cause);
	if (rc < 0)
		return stop(im, cause);
	if (rc == 1) {
		snprintf(out, 128, "%s", db_column_text(s, 0));
		db_reset(s);
	}
	return rc;
}

static int audit_row(Import *im, const CsvRecord *r)
{
	char *ref = field(im, r, ACOL_CASE), *date_in = field(im, r, ACOL_DATE);
	char *auditor = field(im, r, ACOL_AUDITOR), *type_in = field(im, r, ACOL_TYPE);
	char *grade_in = field(im, r, ACOL_GRADE), *submitted_in = field(im, r, ACOL_SUBMITTED);
	char *theme_in = field(im, r, ACOL_THEME);
	char *cause = NULL;

	if (row_spreadsheet_errors(im, r))
		return 0;
	if (looks_like_total(ref) || looks_like_total(cell(r->fields[0]))) {
		problem(im, "this row looks like a total ('%s'), not an audit; delete the totals below the table and "
		            "save the file again", looks_like_total(ref) ? ref : cell(r->fields[0]));
		return 0;
	}

	long long case_id = -1, auditor_id = -1;
	if (*ref == '\0')
		problem(im, "the case is empty; every row needs the child's case ID");
	else if (repo_audit_recorder_case(im->recorder, ref, &case_id, &cause) != 0) {
		problem_cause(im, cause);
		cause = NULL;
	}
	char date_buf[11];
	const char *date = NULL, *why;
	if (*date_in == '\0')
		problem(im, "the date is empty; every audit needs the date it was done (DD/MM/YYYY or YYYY-MM-DD)");
	else if ((why = date_read(date_in, date_buf)) != NULL)
		problem(im, "the audit date '%s' %s", date_in, why);
	else
		date = date_buf;
	if (*auditor == '\0')
		problem(im, "the auditor is empty; every audit needs the name of the worker who did it");
	else if (repo_audit_recorder_auditor(im->recorder, auditor, &auditor_id, &cause) != 0) {
		problem_cause(im, cause);
		cause = NULL;
	}

	const char *type = NULL, *grade = NULL;
	if (type_in && *type_in && (type = type_value(type_in)) == NULL) {
		check_enum("type", type_in, TYPES, &cause);
		problem(im, "%s (or Thematic, Multi-agency)", cause);
		free(cause);
		cause = NULL;
	}
	/* A theme (optional): the audit is themed with it, and answers only
	 * its standards (the recorder checks each answer). */
	char theme[128] = "";
	if (theme_in && *theme_in) {
		int known = row_theme(im, theme_in, theme);
		if (known < 0)
			return -1;
		if (known == 0)
			problem(im, "unknown theme '%s'; name one of 'theme list' (or leave theme blank for an audit of no "
			            "theme)", theme_in);
		else if (type && strcmp(type, "themed") != 0) {
			problem(im, "the theme '%s' makes it a themed audit, but its type is %s; leave the type blank or "
			            "write themed", theme, type);
		} else {
			type = "themed";
		}
	}
	if (grade_in && *grade_in && (grade = grade_value(grade_in)) == NULL) {
		check_enum("grade", grade_in, GRADES, &cause);
		problem(im, "%s (or Ofsted's wording, such as Requires improvement to be good)", cause);
		free(cause);
		cause = NULL;
	}
	int submit = submitted_in ? submitted_value(submitted_in) : 0;
	if (submit < 0)
		problem(im, "submitted '%s' is not yes or no; write yes or no (or Y/N, true/false, 1/0, Submitted/Draft; "
		            "blank is no)", submitted_in);

	AuditAnswer *answers = xcalloc((size_t)im->nstandards + 1, sizeof *answers);
	int nanswers = 0, bad_answers = 0;
	for (int k = 0; k < im->nstandards; k++) {
		char *text = cell(r->fields[im->standard_col[k]]);
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
	    domain_submit_check(type, grade, 1, measured > 0) == DOMAIN_SUBMIT_NEEDS_MEASURE)
		problem(im, "a submitted audit needs at least one answer met or not-met; fill in the standards it was "
		            "audited against, or write no under submitted");

	/* The same audit twice would count twice in every figure. */
	if (case_id >= 0 && auditor_id >= 0 && date) {
		long long id;
		int rc = repo_audit_recorder_same(im->recorder, case_id, date, auditor_id, &id, &cause);
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
		AuditNew n = {ref, date, auditor, type, grade, nanswers, answers, submit == 1, 1, theme[0] ? theme : NULL};
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

static int row_blank(const CsvRecord *r)
{
	for (int i = 0; i < r->n; i++)
		if (*trim(r->fields[i]))
			return 0;
	return 1;
}

/* Forget a header that turned out to be a title row above the real one. */
static void header_reset(Import *im)
{
	for (size_t c = 0; c < sizeof im->col / sizeof im->col[0]; c++)
		im->col[c] = -1;
	im->annex = NULL;
	im->nstandards = 0;
	im->known = 0;
	im->counts->list = 0;
	im->counts->list_what = NULL;
	free(im->header_cause);
	im->header_cause = NULL;
}

static int on_header(Import *im, const CsvRecord *r)
{
	if (im->rows_before_header == 0) {
		Buf first = {0};
		for (int i = 0, n = 0; i < r->n; i++)
			if (*trim(r->fields[i]))
				buf_printf(&first, "%s%s", n++ ? ", " : "", trim(r->fields[i]));
		snprintf(im->first_line, sizeof im->first_line, "%s", first.s ? first.s : "");
		buf_free(&first);
	}
	im->rows_before_header++;
	im->header_line = r->line;
	im->nheader = r->n;
	if (r->problem) {
		header_failure(im, "the header row: %s", r->problem);
		return -1;
	}
	int rc = im->audits ? header_audits(im, r)
	       : im->src->format == IMPORT_ANNEX_A ? header_annex_a(im, r) : header_cases_csv(im, r);
	if (rc == 0) {
		im->have_header = 1;
		return 0;
	}
	if (im->known > 0)
		return -1;  /* a header, with a problem */
	/* Nothing in this row names a column: a title above the header. */
	if (im->rows_before_header < HEADER_SEARCH_ROWS) {
		header_reset(im);
		return 0;
	}
	im->header_line = 1;
	header_failure(im, "found no header row in the first %d rows; expected one naming %s; the first row "
	                   "reads: %s", HEADER_SEARCH_ROWS,
	               im->audits ? "case, date, auditor and standard codes"
	               : im->src->format == IMPORT_ANNEX_A ? "the columns of Annex A list 6, 7 or 8 (Child Unique "
	                                                     "ID, Allocated Team, ...)"
	                                                   : "at least id and team",
	               im->first_line);
	return -1;
}

/* The memory of an audit import, in KiB, for SQLite's page cache (the
 * default is 2,000) and, once it reads them, the recorder's map of the
 * case files (repo_audit_recorder_plan), which the cache gives way to:
 * with the rest of the process (8.5 MB), under the 30 MB every command
 * keeps to (28.2 MB at 50,000 audits and 29.0 MB at 500,000 with 19 MiB;
 * 18 MiB leaves a margin). */
#define IMPORT_MEMORY_KIB 18432
/* The row at which an audit import plans its memory (the cache stays
 * SQLite's default until then: a small import needs no more). */
#define IMPORT_PLAN_ROWS 1024

static int on_record(void *ctx, const CsvRecord *r)
{
	Import *im = ctx;
	im->line = r->line;
	im->row_bad = 0;
	/* Rows of separators alone (",,,", as Excel writes formatted empty
	 * rows) are blank lines. */
	if (!r->problem && row_blank(r))
		return 0;
	if (!im->have_header)
		return on_header(im, r);
	im->counts->rows++;
	if (im->src->progress)
		im->src->progress(im->src->progress_ctx, im->counts->rows, r->offset);
	/* Past the first rows an audit import can tell how many it has, as
	 * the file's size over the bytes each row took so far. */
	if (im->audits && im->counts->rows == IMPORT_PLAN_ROWS) {
		long long rows = r->offset > 0 ? (long long)((double)im->counts->rows * (double)im->file_size / (double)r->offset)
		                              : im->counts->rows;
		char *cause = NULL;
		if (repo_audit_recorder_plan(im->recorder, rows, IMPORT_MEMORY_KIB, &cause) != 0)
			return stop(im, cause);
	}
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
	if (db_step_one(db, s, cause) != 0)
		return -1;
	im.last_case = db_column_int(s, 0);
	im.last_audit = db_column_int(s, 1);
	db_reset(s);
	if (audits && (im.recorder = repo_audit_recorder_new(db, 1, cause)) == NULL)
		return -1;
	struct stat st;
	im.file_size = stat(src->path, &st) == 0 ? (long long)st.st_size : 0;
	if (audits && load_standards(&im, cause) != 0) {
		repo_audit_recorder_free(im.recorder);
		return -1;
	}
	im.named = xcalloc((size_t)(im.last_case / 8 + 1), 1);
	im.teams = xcalloc(CACHED_NAME_SLOTS, sizeof *im.teams);
	im.workers = xcalloc(CACHED_NAME_SLOTS, sizeof *im.workers);
	long line = 0;
	char *read_cause = NULL;
	csv_read_file(src->path, on_record, &im, &line, &read_cause);
	int ok = 0;
	if (im.header_cause) {
		failure(cause, "%s:%ld: %s", src->path, im.header_line, im.header_cause);
	} else if (im.fatal) {
		failure(cause, "%s:%ld: %s; nothing was imported", src->path, im.fatal_line, im.fatal);
	} else if (read_cause && line == 0) {
		failure(cause, "%s", read_cause);
	} else if (read_cause) {
		/* Past a parse error the rest of the file cannot be trusted. */
		src->problem(src->ctx, line, read_cause);
		failure(cause, "%s: reading stopped at line %ld; nothing was imported", src->path, line);
	} else if (!im.have_header && im.rows_before_header > 0) {
		failure(cause, "%s:1: found no header row; expected one naming %s; the first row reads: %s", src->path,
		        audits ? "case, date, auditor and standard codes"
		        : src->format == IMPORT_ANNEX_A ? "the columns of Annex A list 6, 7 or 8 (Child Unique ID, "
		                                          "Allocated Team, ...)"
		                                        : "at least id and team",
		        im.first_line);
	} else if (!im.have_header) {
		failure(cause, "%s is empty; expected a header row naming the columns (%s)", src->path,
		        audits ? "case, date, auditor, type, grade, submitted, theme and standard codes"
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
	for (int i = 0; i < im.nstandard_names; i++) {
		free(im.standards[i].text_key);
		free(im.standards[i].target_key);
	}
	free(im.standards);
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
