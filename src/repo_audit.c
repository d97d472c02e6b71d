/* Audits: recording them with their answers, grading, submitting and
 * moderating them, and reading them back. The schema's triggers also freeze
 * submitted audits and refuse self-moderation; the checks here come first
 * so that users get a message that says what to do instead. */
#include "repo.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "domain.h"
#include "history_chain.h"
#include "measure_sql.h"
#include "util.h"

#define NOTE_MAX 4000

typedef struct {
	long long id, case_id, auditor_id;
	char date[11];
	char grade[32];   /* "" when not graded */
	char type[32];
	int submitted;
} Audit;

static int in_list(const char *value, const char *const *list)
{
	return domain_index(value, list) >= 0;
}

static int check_note(const char *note, char **cause)
{
	if (note != NULL && strlen(note) > NOTE_MAX)
		return failure(cause, "the note is longer than %d characters; shorten it", NOTE_MAX);
	return 0;
}

static char *column_dup(Stmt *s, int col)
{
	const char *v = db_column_text(s, col);
	return v ? xstrdup((const char *)v) : NULL;
}

static void column_copy(Stmt *s, int col, char *out, size_t size)
{
	const char *v = db_column_text(s, col);
	snprintf(out, size, "%s", v ? (const char *)v : "");
}

static int load_audit(Db *db, long long id, Audit *a, char **cause)
{
	Stmt *s = db_stmt(db,
		"SELECT case_id, auditor_id, date, grade, submitted_at IS NOT NULL, type FROM audit WHERE id = :id");
	db_bind_int(s, ":id", id);
	int rc = db_step_row(db, s, cause);
	if (rc < 0)
		return -1;
	if (rc == 0)
		return failure(cause, "unknown audit %lld; 'audit list' shows the audits", id);
	a->id = id;
	a->case_id = db_column_int(s, 0);
	a->auditor_id = db_column_int(s, 1);
	column_copy(s, 2, a->date, sizeof a->date);
	column_copy(s, 3, a->grade, sizeof a->grade);
	a->submitted = db_column_int(s, 4);
	column_copy(s, 5, a->type, sizeof a->type);
	db_reset(s);
	return 0;
}

static int load_draft(Db *db, long long id, Audit *a, char **cause)
{
	if (load_audit(db, id, a, cause) != 0)
		return -1;
	if (a->submitted)
		return failure(cause, "audit %lld is submitted and cannot be changed", id);
	return 0;
}

int repo_audit_same(Db *db, long long case_id, const char *date, long long auditor, long long *id, char **cause)
{
	Stmt *s = db_stmt(db,
		"SELECT id FROM audit WHERE case_id = :case AND date = :date AND auditor_id = :auditor ORDER BY id LIMIT 1");
	db_bind_int(s, ":case", case_id);
	db_bind_text(s, ":date", date);
	db_bind_int(s, ":auditor", auditor);
	int rc = db_step_row(db, s, cause);
	if (rc == 1) {
		*id = db_column_int(s, 0);
		db_reset(s);
	}
	return rc;
}

int repo_audit_check_draft(Db *db, long long audit, char **cause)
{
	Audit a;
	return load_draft(db, audit, &a, cause);
}

/* ---- whom each standard applies to (the rule: domain_standard_asked /
 * domain_standard_answerable; here, only reading its data) ---- */

/* One standard and whom it applies to, from standard, standard_status and
 * standard_flag. */
typedef struct {
	char code[64];
	DomainStandard rule;
	char retired[11];  /* the day a council standard was retired; "": in use */
} StandardRule;

/* Every standard, in order. */
typedef struct {
	StandardRule *list;
	int n;
} Standards;

static void standards_free(Standards *st)
{
	free(st->list);
	st->list = NULL;
	st->n = 0;
}

/* A value of the standard tables the lists of domain.c lack would give no
 * bit, and the standard would silently apply to every case: refused. */
static int standards_load(Db *db, Standards *st, char **cause)
{
	st->list = NULL;
	st->n = 0;
	Stmt *s = db_stmt(db,
		"SELECT * FROM (SELECT s.code, 0, s.answerable_anywhere, s.retired FROM standard s ORDER BY s.position)"
		" UNION ALL SELECT standard_code, 1, status, NULL FROM standard_status"
		" UNION ALL SELECT standard_code, 2, flag, NULL FROM standard_flag");
	int rc;
	while ((rc = db_next(db, s, cause)) == 1) {
		const char *code = db_column_text(s, 0);
		int kind = db_column_int(s, 1);
		if (kind == 0) {
			st->list = xrealloc(st->list, sizeof *st->list * (size_t)(st->n + 1));
			StandardRule *rule = &st->list[st->n++];
			snprintf(rule->code, sizeof rule->code, "%s", code);
			rule->rule = (DomainStandard){0, 0, db_column_int(s, 2)};
			const char *retired = db_column_text(s, 3);
			snprintf(rule->retired, sizeof rule->retired, "%s", retired ? retired : "");
			continue;
		}
		const char *value = db_column_text(s, 2);
		unsigned bit = domain_bit(value, kind == 1 ? STATUSES : FLAGS);
		if (bit == 0) {
			rc = failure(cause, "standard %s is limited to the %s '%s', which this caseaudit does not know; "
			             "add it to the list in src/domain.c", code, kind == 1 ? "status" : "flag", value);
			db_reset(s);
			break;
		}
		for (int i = 0; i < st->n; i++)
			if (strcmp(st->list[i].code, code) == 0) {
				if (kind == 1)
					st->list[i].rule.statuses |= bit;
				else
					st->list[i].rule.flags |= bit;
			}
	}
	if (rc < 0) {
		standards_free(st);
		return -1;
	}
	return 0;
}

static const StandardRule *standards_find(const Standards *st, const char *code)
{
	for (int i = 0; i < st->n; i++)
		if (strcmp(st->list[i].code, code) == 0)
			return &st->list[i];
	return NULL;
}

/* The names of the bits of mask over list, joined by " or ". */
static void bits_words(Buf *b, unsigned mask, const char *const *list, const char *join)
{
	int first = 1;
	for (int i = 0; list[i]; i++)
		if (mask & (1u << i)) {
			buf_printf(b, "%s%s", first ? "" : join, list[i]);
			first = 0;
		}
}

/* Whom a standard is asked of, in words ("cases with status cic flagged
 * missing"), malloc'd; NULL for every case. */
static char *rule_words(const DomainStandard *rule)
{
	if (rule->statuses == 0 && rule->flags == 0)
		return NULL;
	Buf b = {0};
	buf_puts(&b, "cases");
	if (rule->statuses) {
		buf_puts(&b, " with status ");
		bits_words(&b, rule->statuses, STATUSES, " or ");
	}
	if (rule->flags) {
		buf_puts(&b, " flagged ");
		bits_words(&b, rule->flags, FLAGS, " or ");
	}
	return b.s;
}

/* What recording an audit needs to know of its case, in one look-up. */
typedef struct {
	long long id, team_id, worker_id;  /* worker_id 0: unallocated */
	char ref[128];
	char opened[11], closed[11];
	DomainCase rules;                  /* status and flags as bits */
} CaseFacts;

/* The case by ref (ref not NULL) or by id: its facts, with its status and
 * flags as bits; a value the lists of domain.c lack is refused. */
static int case_facts(Db *db, const char *ref, long long id, CaseFacts *c, char **cause)
{
#define CASE_FACTS_SELECT \
		"SELECT c.id, c.opened, c.closed, c.status," \
		"       (SELECT group_concat(flag, ' ') FROM case_flag WHERE case_id = c.id), c.team_id," \
		"       coalesce(c.worker_id, 0), c.ref" \
		" FROM case_file c"
	Stmt *s;
	if (ref != NULL) {
		s = db_stmt(db, CASE_FACTS_SELECT " WHERE c.ref = :ref");
		db_bind_text(s, ":ref", ref);
	} else {
		s = db_stmt(db, CASE_FACTS_SELECT " WHERE c.id = :id");
		db_bind_int(s, ":id", id);
	}
#undef CASE_FACTS_SELECT
	int rc = db_step_row(db, s, cause);
	if (rc < 0)
		return -1;
	if (rc == 0)
		return ref ? failure(cause, "unknown case '%s'; 'case list' shows the cases", ref)
		           : failure(cause, "no case has the number %lld", id);
	c->id = db_column_int(s, 0);
	column_copy(s, 1, c->opened, sizeof c->opened);
	column_copy(s, 2, c->closed, sizeof c->closed);
	c->team_id = db_column_int(s, 5);
	c->worker_id = db_column_int(s, 6);
	column_copy(s, 7, c->ref, sizeof c->ref);
	const char *status = db_column_text(s, 3);
	c->rules.status = domain_bit(status, STATUSES);
	c->rules.flags = 0;
	rc = 0;
	if (c->rules.status == 0)
		rc = failure(cause, "case %s has the status '%s', which this caseaudit does not know; add it to the "
		             "list in src/domain.c", c->ref, status ? status : "");
	char *flags = column_dup(s, 4);
	db_reset(s);
	for (char *save = NULL, *flag = flags ? strtok_r(flags, " ", &save) : NULL; rc == 0 && flag;
	     flag = strtok_r(NULL, " ", &save)) {
		unsigned bit = domain_bit(flag, FLAGS);
		if (bit == 0)
			rc = failure(cause, "case %s has the flag '%s', which this caseaudit does not know; add it to "
			             "the list in src/domain.c", c->ref, flag);
		c->rules.flags |= bit;
	}
	free(flags);
	return rc;
}

/* The case's status and flags in words ("status cin, flagged neglect, cse"). */
static char *case_description(const CaseFacts *c)
{
	Buf b = {0};
	buf_puts(&b, "status ");
	bits_words(&b, c->rules.status, STATUSES, ", ");
	if (c->rules.flags) {
		buf_puts(&b, ", flagged ");
		bits_words(&b, c->rules.flags, FLAGS, ", ");
	} else {
		buf_puts(&b, ", no flags");
	}
	return b.s;
}

/* Check one answer for the case, in memory; code gets the standard's
 * code as stored (codes are upper case; users may type them in any case).
 * met / not-met is accepted where the standard is answerable; na always. */
static int check_answer(const Standards *st, const CaseFacts *c, const AuditAnswer *answer, char *code,
                        size_t size, char **cause)
{
	if (answer->standard == NULL || *answer->standard == '\0')
		return failure(cause, "an answer has no standard; write STANDARD=RESULT, e.g. CHRON=met");
	size_t i = 0;
	for (; answer->standard[i] && i + 1 < size; i++)
		code[i] = (char)toupper((unsigned char)answer->standard[i]);
	code[i] = '\0';
	const StandardRule *rule = answer->standard[i] == '\0' ? standards_find(st, code) : NULL;
	if (rule == NULL) {
		Buf b = {0};
		for (int k = 0; k < st->n; k++)
			if (st->list[k].retired[0] == '\0')
				buf_printf(&b, "%s%s", b.s ? ", " : "", st->list[k].code);
		int rc = failure(cause, "unknown standard '%s'; expected one of: %s", answer->standard,
		                 b.s ? b.s : "(none defined)");
		buf_free(&b);
		return rc;
	}
	if (rule->retired[0] != '\0')
		return failure(cause, "standard %s was retired on %s: it is kept for past audits but takes no new answers",
		               code, rule->retired);
	if (answer->result == NULL || !in_list(answer->result, RESULTS))
		return failure(cause, "result '%s' for %s is not known; expected one of: met, not-met, na",
		               answer->result ? answer->result : "", code);
	if (check_note(answer->note, cause) != 0)
		return -1;
	if (strcmp(answer->result, "na") == 0 || domain_standard_answerable(&rule->rule, &c->rules))
		return 0;
	char *who = rule_words(&rule->rule);
	char *what = case_description(c);
	int rc = failure(cause, "standard %s applies only to %s and case %s has %s; answer %s=na", code,
	                 who ? who : "every case", c->ref, what, code);
	free(who);
	free(what);
	return rc;
}

static int store_answer(Db *db, long long audit, const char *code, const AuditAnswer *answer, char **cause)
{
	Stmt *s = db_stmt(db,
		"INSERT INTO answer(audit_id, standard_code, result, note) VALUES (:audit, :code, :result, :note)"
		" ON CONFLICT(audit_id, standard_code) DO UPDATE SET result = excluded.result, note = excluded.note");
	db_bind_int(s, ":audit", audit);
	db_bind_text(s, ":code", code);
	db_bind_text(s, ":result", answer->result);
	db_bind_text(s, ":note", answer->note && *answer->note ? answer->note : NULL);
	return db_step_done(db, s, cause);
}

/* The standards asked of the draft's case that have no answer, as "A, B",
 * or NULL when every one is answered (or they cannot be read). */
int repo_audit_theme(Db *db, long long audit, char out[128], char **cause)
{
	Stmt *s = db_stmt(db, "SELECT theme FROM audit_theme WHERE audit_id = :audit");
	db_bind_int(s, ":audit", audit);
	int rc = db_step_row(db, s, cause);
	if (rc == 1) {
		snprintf(out, 128, "%s", db_column_text(s, 0));
		db_reset(s);
	}
	return rc;
}

/* Whether standard code is one of theme's: 1 yes, 0 no, -1 error. */
static int in_theme(Db *db, const char *theme, const char *code, char **cause)
{
	Stmt *s = db_stmt(db, "SELECT 1 FROM theme_standard WHERE theme = :theme AND standard_code = :code");
	db_bind_text(s, ":theme", theme);
	db_bind_text(s, ":code", code);
	return db_exists(db, s, cause);
}

/* A themed audit answers only its theme's standards. */
static int check_in_theme(Db *db, const char *theme, const char *code, char **cause)
{
	int rc = in_theme(db, theme, code, cause);
	if (rc != 0)
		return rc < 0 ? -1 : 0;
	Stmt *s = db_stmt(db,
		"SELECT group_concat(code, ', ') FROM (SELECT s.code FROM theme_standard ts"
		" JOIN standard s ON s.code = ts.standard_code WHERE ts.theme = :theme ORDER BY s.position)");
	db_bind_text(s, ":theme", theme);
	char *codes = NULL;
	if (db_step_row(db, s, NULL) == 1) {
		codes = column_dup(s, 0);
		db_reset(s);
	}
	rc = failure(cause, "standard %s is not in theme '%s' (%s); a themed audit answers only its theme's standards",
	             code, theme, codes ? codes : "none");
	free(codes);
	return rc;
}

static char *unanswered_standards(Db *db, long long audit, long long case_id)
{
	Standards st;
	CaseFacts c;
	if (standards_load(db, &st, NULL) != 0)
		return NULL;
	Buf b = {0};
	char theme[128];
	int themed = repo_audit_theme(db, audit, theme, NULL) == 1;
	if (case_facts(db, NULL, case_id, &c, NULL) == 0) {
		Stmt *s = db_stmt(db, "SELECT 1 FROM answer WHERE audit_id = :audit AND standard_code = :code");
		for (int i = 0; i < st.n; i++) {
			if (st.list[i].retired[0] != '\0' || !domain_standard_asked(&st.list[i].rule, &c.rules))
				continue;
			/* A themed audit leaves the other standards out on purpose. */
			if (themed && in_theme(db, theme, st.list[i].code, NULL) != 1)
				continue;
			db_bind_int(s, ":audit", audit);
			db_bind_text(s, ":code", st.list[i].code);
			int answered = db_step_row(db, s, NULL);
			if (answered == 1)
				db_reset(s);
			else if (answered == 0)
				buf_printf(&b, "%s%s", b.s ? ", " : "", st.list[i].code);
		}
	}
	standards_free(&st);
	return b.s;
}

static int submit(Db *db, const Audit *a, char **unanswered, char **cause)
{
	/* An audit of n/a answers alone measured nothing: almost surely a slip. */
	Stmt *s = db_stmt(db, "SELECT count(*) FROM answer WHERE audit_id = :audit AND result <> 'na'");
	db_bind_int(s, ":audit", a->id);
	if (db_step_one(db, s, cause) != 0)
		return -1;
	long long answers = db_column_int(s, 0);
	db_reset(s);
	switch (domain_submit_check(a->type, a->grade, 0, answers > 0)) {
	case DOMAIN_SUBMIT_NEEDS_GRADE:
		return failure(cause, "audit %lld has no grade; give one with 'audit grade %lld GRADE' before submitting "
		               "(a dip-sample audit is graded)", a->id, a->id);
	case DOMAIN_SUBMIT_NEEDS_MEASURE:
		return failure(cause, "audit %lld has no answer met or not-met; record them with "
		               "'audit answer %lld STANDARD RESULT' before submitting", a->id, a->id);
	case DOMAIN_SUBMIT_READY:
		break;
	}
	s = db_stmt(db,
		"UPDATE audit SET submitted_at = caseaudit_now(), submitted_by = caseaudit_user() WHERE id = :audit");
	db_bind_int(s, ":audit", a->id);
	if (db_step_done(db, s, cause) != 0)
		return -1;
	if (unanswered != NULL)
		*unanswered = unanswered_standards(db, a->id, a->case_id);
	return 0;
}

/* The team that held the case, and the worker allocated to it, on date:
 * the case's team and worker now, unless a later change of them was
 * recorded (after that day), in which case what the first such change
 * changed from. So an audit entered late still belongs to the team that
 * held the case when it was done, and its worker then is the one who may
 * not audit it. The history's changes to cases are found through their
 * own partial index (migrations/0007), which holds no audit's rows.
 * Changes are stamped in UTC and audits dated by the council's calendar
 * (DOMAIN_SQL_LOCAL_DATE): a move at 23:30 UTC on 1 June, in British
 * Summer Time, was made on 2 June. */
typedef struct {
	long long team, worker;  /* worker 0: unallocated */
} CaseOnDate;

static int case_on(Db *db, const CaseFacts *c, const char *date, CaseOnDate *on, char **cause)
{
	/* An audit dated today belongs to the case as it is now (SQL_CASE_WAS
	 * reads no history for it). */
	char today[11];
	date_today(today);
	on->team = c->team_id;
	on->worker = c->worker_id;
	Stmt *s = db_stmt(db,
		"SELECT team IS NOT NULL, json_extract(team, '$[0]'), worker IS NOT NULL,"
		"       coalesce(json_extract(worker, '$[0]'), 0)"
		" FROM (SELECT " SQL_CASE_WAS(":case", ":date", "team_id") " AS team, "
		SQL_CASE_WAS(":case", ":date", "worker_id") " AS worker)");
	db_bind_int(s, ":case", c->id);
	db_bind_text(s, ":date", date);
	db_bind_text(s, ":today", today);
	int rc = db_step_row(db, s, cause);
	if (rc <= 0)
		return rc < 0 ? -1 : failure(cause, "the history of case %s cannot be read", c->ref);
	if (db_column_int(s, 0))
		on->team = db_column_int(s, 1);
	if (db_column_int(s, 2))
		on->worker = db_column_int(s, 3);
	db_reset(s);
	return 0;
}

/* A worker in post on date, by name, in one look-up. */
static int worker_on(Db *db, const char *what, const char *event, const char *name, const char *date,
                     WorkerRecord *w, char **cause)
{
	if (repo_worker_get(db, name, w, cause) != 0)
		return -1;
	return repo_worker_check_in_post(w, what, event, date, NULL, cause);
}

static int check_date_value(const char *what, const char *date, char **cause)
{
	if (date == NULL || !date_valid(date))
		return failure(cause, "%s '%s' is not a real date; expected YYYY-MM-DD", what, date ? date : "");
	char today[11];
	date_today(today);
	if (strcmp(date, today) > 0)
		return failure(cause, "%s %s is after today (%s); record it once it has happened", what, date, today);
	return 0;
}

/* ---- what a large import looks up on every row, read once ---- */

/* An import looks up each row's case (its facts, by the council's ID) and
 * auditor (by name). One query a row is cheap while the tables fit the
 * page cache; past that, at 250,000 case files, the case's ID index, its
 * row and its flags were three random page reads a row (a fifth of an
 * import). In bulk the recorder reads the workers once, and, when an
 * import expects as many rows as a sixteenth of the case files there are
 * (so that reading them all costs no more than the look-ups it saves:
 * repo_audit_recorder_plan), the case files, with which of them ever
 * changed team or worker. What
 * the maps do not hold (a name or ID not there, a case whose status or
 * flag the lists lack, an ID too large for them) is looked up in the
 * database as before, so every message stays the database's. Nothing an
 * import writes changes them: it writes audits only. */

typedef struct {
	uint32_t ref;              /* offset of the ID in the map's text */
	uint32_t id, team, worker; /* worker 0: unallocated */
	uint32_t opened, closed;   /* YYYYMMDD; 0: none */
	unsigned status, flags;    /* bits over STATUSES and FLAGS */
} CaseEntry;

typedef struct {
	CaseEntry *cases;
	uint32_t ncases;
	char *text;                /* the IDs, each ended by a NUL */
	size_t ntext;
	uint32_t *slots;           /* 1 + index into cases; 0: empty */
	uint32_t nslots;           /* a power of two */
	unsigned char *moved;      /* a bit per case ID: changed team or worker */
	uint32_t moved_ids;        /* bits in moved */
} CaseMap;

typedef struct {
	WorkerRecord *list;
	int n;
	int *slots;                /* 1 + index into list; 0: empty */
	int nslots;
} WorkerMap;

static uint32_t hash_text(const char *s, int fold)
{
	uint32_t h = 2166136261u;  /* FNV-1a */
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (fold && c >= 'A' && c <= 'Z')
			c = (unsigned char)(c - 'A' + 'a');
		h = (h ^ c) * 16777619u;
	}
	return h;
}

/* Names compare as SQLite's NOCASE does: ASCII letters only. */
static int equal_nocase(const char *a, const char *b)
{
	for (;; a++, b++) {
		unsigned char x = (unsigned char)*a, y = (unsigned char)*b;
		if (x >= 'A' && x <= 'Z')
			x = (unsigned char)(x - 'A' + 'a');
		if (y >= 'A' && y <= 'Z')
			y = (unsigned char)(y - 'A' + 'a');
		if (x != y)
			return 0;
		if (x == '\0')
			return 1;
	}
}

static void case_map_free(CaseMap *m)
{
	free(m->cases);
	free(m->text);
	free(m->slots);
	free(m->moved);
	memset(m, 0, sizeof *m);
}

static uint32_t packed_date(const char *d)
{
	if (d == NULL || strlen(d) != 10)
		return 0;
	return (uint32_t)(atoi(d) * 10000 + atoi(d + 5) * 100 + atoi(d + 8));
}

static void unpacked_date(uint32_t d, char out[11])
{
	if (d == 0)
		out[0] = '\0';
	else
		snprintf(out, 11, "%04u-%02u-%02u", (unsigned)(d / 10000) % 10000, (unsigned)(d / 100) % 100,
		         (unsigned)d % 100);
}

/* Read every case file, its flags, and which ever moved. 0, or -1 with
 * *cause; a case the map cannot hold is left out (looked up as before). */
static int case_map_load(Db *db, CaseMap *m, char **cause)
{
	Stmt *s = db_stmt(db,
		"SELECT c.id, c.ref, c.team_id, coalesce(c.worker_id, 0), c.opened, c.closed, c.status,"
		"       (SELECT group_concat(flag, ' ') FROM case_flag WHERE case_id = c.id)"
		" FROM case_file c");
	uint32_t cap = 0;
	size_t captext = 0;
	int rc;
	while ((rc = db_step_row(db, s, cause)) == 1) {
		long long id = db_column_int(s, 0), team = db_column_int(s, 2), worker = db_column_int(s, 3);
		const char *ref = db_column_text(s, 1), *opened = db_column_text(s, 4), *closed = db_column_text(s, 5);
		unsigned status = domain_bit(db_column_text(s, 6), STATUSES), flags = 0;
		int fits = ref && status && id > 0 && id < UINT32_MAX && team > 0 && team < UINT32_MAX && worker >= 0 &&
		           worker < UINT32_MAX && m->ncases < UINT32_MAX / 4;
		char *list = fits ? column_dup(s, 7) : NULL;
		for (char *save = NULL, *flag = list ? strtok_r(list, " ", &save) : NULL; fits && flag;
		     flag = strtok_r(NULL, " ", &save)) {
			unsigned bit = domain_bit(flag, FLAGS);
			fits = bit != 0;
			flags |= bit;
		}
		free(list);
		if (!fits)
			continue;
		size_t len = strlen(ref) + 1;
		if (m->ntext + len > UINT32_MAX)
			continue;
		if (m->ncases == cap) {
			cap = cap ? cap * 2 : 4096;
			m->cases = xrealloc(m->cases, (size_t)cap * sizeof *m->cases);
		}
		if (m->ntext + len > captext) {
			captext = captext ? captext * 2 : 65536;
			while (captext < m->ntext + len)
				captext *= 2;
			m->text = xrealloc(m->text, captext);
		}
		memcpy(m->text + m->ntext, ref, len);
		m->cases[m->ncases++] = (CaseEntry){(uint32_t)m->ntext, (uint32_t)id, (uint32_t)team, (uint32_t)worker,
		                                    packed_date(opened), packed_date(closed), status, flags};
		m->ntext += len;
	}
	if (rc < 0) {
		case_map_free(m);
		return -1;
	}
	/* Kept to size: the map stays within the import's memory (see
	 * repo_audit_recorder_budget). */
	if (m->ncases)
		m->cases = xrealloc(m->cases, (size_t)m->ncases * sizeof *m->cases);
	if (m->ntext)
		m->text = xrealloc(m->text, m->ntext);
	m->nslots = 1024;
	while (m->nslots < m->ncases + m->ncases / 2)
		m->nslots *= 2;
	m->slots = xcalloc(m->nslots, sizeof *m->slots);
	for (uint32_t i = 0; i < m->ncases; i++) {
		uint32_t h = hash_text(m->text + m->cases[i].ref, 0) & (m->nslots - 1);
		while (m->slots[h])
			h = (h + 1) & (m->nslots - 1);
		m->slots[h] = i + 1;
	}
	/* Cases with any change recorded: only they can have been elsewhere
	 * on an audit's date (case_on asks the history for those alone). */
	s = db_stmt(db, "SELECT DISTINCT row_id FROM history INDEXED BY history_case_update"
	                " WHERE tbl = 'case_file' AND operation = 'update'");
	uint32_t most = 0;
	for (uint32_t i = 0; i < m->ncases; i++)
		most = m->cases[i].id > most ? m->cases[i].id : most;
	m->moved_ids = most + 1;
	m->moved = xcalloc((size_t)m->moved_ids / 8 + 1, 1);
	while ((rc = db_step_row(db, s, cause)) == 1) {
		long long id = atoll(db_column_text(s, 0) ? db_column_text(s, 0) : "0");
		if (id >= 0 && id < m->moved_ids)
			m->moved[id / 8] |= (unsigned char)(1u << (id % 8));
	}
	if (rc < 0) {
		case_map_free(m);
		return -1;
	}
	return 0;
}

/* The bytes the map holds. */
static size_t case_map_bytes(const CaseMap *m)
{
	return (size_t)m->ncases * sizeof *m->cases + m->ntext + (size_t)m->nslots * sizeof *m->slots +
	       (m->moved ? (size_t)m->moved_ids / 8 + 1 : 0);
}

/* The facts of the case whose ID is ref; 0 when the map has none. */
static int case_map_find(const CaseMap *m, const char *ref, CaseFacts *c)
{
	if (m->slots == NULL || strlen(ref) >= sizeof c->ref)
		return 0;
	for (uint32_t h = hash_text(ref, 0) & (m->nslots - 1); m->slots[h]; h = (h + 1) & (m->nslots - 1)) {
		const CaseEntry *e = &m->cases[m->slots[h] - 1];
		if (strcmp(m->text + e->ref, ref) != 0)
			continue;
		c->id = e->id;
		c->team_id = e->team;
		c->worker_id = e->worker;
		memcpy(c->ref, ref, strlen(ref) + 1);
		unpacked_date(e->opened, c->opened);
		unpacked_date(e->closed, c->closed);
		c->rules.status = e->status;
		c->rules.flags = e->flags;
		return 1;
	}
	return 0;
}

/* 1 when the case may have changed team or worker (or the map cannot say). */
static int case_map_may_have_moved(const CaseMap *m, long long id)
{
	if (m->moved == NULL || id < 0 || id >= m->moved_ids)
		return 1;
	return (m->moved[id / 8] >> (id % 8)) & 1;
}

static void worker_map_free(WorkerMap *m)
{
	free(m->list);
	free(m->slots);
	memset(m, 0, sizeof *m);
}

static int worker_map_load(Db *db, WorkerMap *m, char **cause)
{
	Stmt *s = db_stmt(db, "SELECT id, name, role, started, left_on FROM worker");
	int rc, cap = 0;
	while ((rc = db_step_row(db, s, cause)) == 1) {
		const char *name = db_column_text(s, 1);
		if (name == NULL || strlen(name) >= sizeof m->list[0].name)
			continue;  /* looked up as before */
		if (m->n == cap) {
			cap = cap ? cap * 2 : 256;
			m->list = xrealloc(m->list, (size_t)cap * sizeof *m->list);
		}
		WorkerRecord *w = &m->list[m->n++];
		w->id = db_column_int(s, 0);
		column_copy(s, 1, w->name, sizeof w->name);
		column_copy(s, 2, w->role, sizeof w->role);
		column_copy(s, 3, w->started, sizeof w->started);
		column_copy(s, 4, w->left, sizeof w->left);
	}
	if (rc < 0) {
		worker_map_free(m);
		return -1;
	}
	m->nslots = 64;
	while (m->nslots < m->n * 2)
		m->nslots *= 2;
	m->slots = xcalloc((size_t)m->nslots, sizeof *m->slots);
	for (int i = 0; i < m->n; i++) {
		int h = (int)(hash_text(m->list[i].name, 1) & (uint32_t)(m->nslots - 1));
		while (m->slots[h])
			h = (h + 1) & (m->nslots - 1);
		m->slots[h] = i + 1;
	}
	return 0;
}

static const WorkerRecord *worker_map_find(const WorkerMap *m, const char *name)
{
	if (m->slots == NULL)
		return NULL;
	for (int h = (int)(hash_text(name, 1) & (uint32_t)(m->nslots - 1)); m->slots[h]; h = (h + 1) & (m->nslots - 1))
		if (equal_nocase(m->list[m->slots[h] - 1].name, name))
			return &m->list[m->slots[h] - 1];
	return NULL;
}

/* ---- recording new audits ---- */

struct AuditRecorder {
	Db *db;
	Standards standards;
	int bulk;                    /* switched the triggers off */
	/* The last case and auditor looked up: an import asks for each twice
	 * (to report a row's every problem, then to record it). Neither
	 * changes while a recorder lives. */
	char case_ref[128];          /* "" when none */
	CaseFacts case_facts;
	char auditor[256];           /* "" when none */
	WorkerRecord auditor_facts;
	char *user_json;             /* the user's name as a JSON string */
	/* In bulk: the workers, and, once enough cases were asked for, the
	 * case files (see CaseMap). */
	WorkerMap workers;
	CaseMap cases;
	long long case_ids;          /* the highest case ID */
	/* The last audit asked about that is not recorded: case, auditor, date. */
	long long unique_case, unique_auditor;
	char unique_date[11];
};

AuditRecorder *repo_audit_recorder_new(Db *db, int bulk, char **cause)
{
	AuditRecorder *r = xcalloc(1, sizeof *r);
	r->db = db;
	/* In bulk the recorder writes nothing a trigger would check: each audit
	 * goes in new, submitted or not, with its answers, and record_whole
	 * writes its history. */
	if (bulk) {
		if (db_triggers_off(db, cause) != 0) {
			free(r);
			return NULL;
		}
		r->bulk = 1;
		Stmt *most = db_stmt(db, "SELECT coalesce(max(id), 0) FROM case_file");
		if (worker_map_load(db, &r->workers, cause) != 0 || db_int(db, most, &r->case_ids, cause) != 1) {
			repo_audit_recorder_free(r);
			return NULL;
		}
	}
	int quoted = standards_load(db, &r->standards, cause) != 0
	           ? -1 : db_text(db, db_stmt(db, "SELECT json_quote(caseaudit_user())"), &r->user_json, cause);
	if (quoted != 1 || r->user_json == NULL) {
		if (quoted >= 0)
			failure(cause, "the user's name cannot be quoted for the history");
		repo_audit_recorder_free(r);
		return NULL;
	}
	return r;
}

void repo_audit_recorder_free(AuditRecorder *r)
{
	if (r == NULL)
		return;
	standards_free(&r->standards);
	free(r->user_json);
	worker_map_free(&r->workers);
	case_map_free(&r->cases);
	if (r->bulk)
		db_triggers_on(r->db);
	free(r);
}

static int recorder_case(AuditRecorder *r, const char *ref, CaseFacts *c, char **cause)
{
	if (r->case_ref[0] && strcmp(r->case_ref, ref) == 0) {
		*c = r->case_facts;
		return 0;
	}
	r->case_ref[0] = '\0';
	if (case_map_find(&r->cases, ref, c))
		return 0;
	if (case_facts(r->db, ref, 0, c, cause) != 0)
		return -1;
	if (strlen(ref) < sizeof r->case_ref) {
		memcpy(r->case_ref, ref, strlen(ref) + 1);
		r->case_facts = *c;
	}
	return 0;
}

static int recorder_auditor(AuditRecorder *r, const char *name, WorkerRecord *w, char **cause)
{
	if (name && r->auditor[0] && strcmp(r->auditor, name) == 0) {
		*w = r->auditor_facts;
		return 0;
	}
	r->auditor[0] = '\0';
	if (name == NULL || *name == '\0')
		return failure(cause, "the auditor's name is empty; give a worker's name");
	const WorkerRecord *known = worker_map_find(&r->workers, name);
	if (known) {
		*w = *known;
		return 0;
	}
	if (repo_worker_get(r->db, name, w, cause) != 0)
		return -1;
	if (strlen(name) < sizeof r->auditor) {
		memcpy(r->auditor, name, strlen(name) + 1);
		r->auditor_facts = *w;
	}
	return 0;
}

int repo_audit_recorder_case(AuditRecorder *r, const char *ref, long long *id, char **cause)
{
	CaseFacts c;
	if (recorder_case(r, ref, &c, cause) != 0)
		return -1;
	*id = c.id;
	return 0;
}

int repo_audit_recorder_plan(AuditRecorder *r, long long rows, long long budget_kib, char **cause)
{
	long long kib = budget_kib;
	if (r->bulk && r->cases.slots == NULL && rows >= r->case_ids / 16) {
		if (case_map_load(r->db, &r->cases, cause) != 0)
			return -1;
		kib -= (long long)(case_map_bytes(&r->cases) / 1024);
	}
	if (budget_kib <= 0)
		return 0;
	char *pragma = xprintf("PRAGMA cache_size = -%lld", kib < 2000 ? 2000 : kib);
	int rc = db_exec(r->db, pragma, cause);
	free(pragma);
	return rc;
}

int repo_audit_recorder_same(AuditRecorder *r, long long case_id, const char *date, long long auditor,
                             long long *id, char **cause)
{
	r->unique_date[0] = '\0';
	int rc = repo_audit_same(r->db, case_id, date, auditor, id, cause);
	if (rc == 0 && strlen(date) < sizeof r->unique_date) {
		r->unique_case = case_id;
		r->unique_auditor = auditor;
		memcpy(r->unique_date, date, strlen(date) + 1);
	}
	return rc;
}

int repo_audit_recorder_auditor(AuditRecorder *r, const char *name, long long *id, char **cause)
{
	WorkerRecord w;
	if (recorder_auditor(r, name, &w, cause) != 0)
		return -1;
	*id = w.id;
	return 0;
}

/* The answers of a new audit in one INSERT (or one per ANSWERS_AT_ONCE):
 * a statement that fires triggers keeps a journal of its own, and one per
 * answer was a third of the cost of an import. The statement for n
 * answers is written once a process and prepared once a connection
 * (db_stmt caches it by its text's address). */
enum { ANSWERS_AT_ONCE = 24 };

static const char *answers_sql(int n)
{
	static char *sql[ANSWERS_AT_ONCE + 1];
	if (sql[n] == NULL) {
		Buf b = {0};
		buf_puts(&b, "INSERT INTO answer(audit_id, standard_code, result, note) VALUES ");
		for (int i = 0; i < n; i++)
			buf_printf(&b, "%s(:audit, :code%d, :result%d, :note%d)", i ? ", " : "", i, i, i);
		sql[n] = b.s;
	}
	return sql[n];
}

static int insert_answers(Db *db, long long audit, const AuditNew *n, char (*codes)[64], char **cause)
{
	for (int first = 0; first < n->nanswers; first += ANSWERS_AT_ONCE) {
		int count = n->nanswers - first < ANSWERS_AT_ONCE ? n->nanswers - first : ANSWERS_AT_ONCE;
		Stmt *s = db_stmt(db, answers_sql(count));
		db_bind_int_at(s, 1, audit);
		for (int i = 0; i < count; i++) {
			/* :codeI, :resultI, :noteI are parameters 2 + 3i .. 4 + 3i. */
			const AuditAnswer *a = &n->answers[first + i];
			db_bind_text_at(s, 3 * i + 2, codes[first + i]);
			db_bind_text_at(s, 3 * i + 3, a->result);
			if (a->note && *a->note)
				db_bind_text_at(s, 3 * i + 4, a->note);
		}
		if (db_step_done(db, s, cause) != 0)
			return -1;
	}
	return 0;
}

/* An audit as written, for its history row. */
typedef struct {
	long long id, case_id, team_id, auditor_id;
	const char *date, *type, *grade;  /* grade NULL: none */
	const char *submitted_at;         /* NULL: a draft */
} AuditWritten;

static void json_int(Buf *b, const char *key, long long v)
{
	char n[32];
	snprintf(n, sizeof n, "%lld", v);
	buf_puts(b, key);
	buf_puts(b, n);
}

/* A value that needs no escaping in JSON (a checked date, a value of a
 * fixed list, a time stamp, a standard code), or null. */
static void json_plain(Buf *b, const char *key, const char *v)
{
	buf_puts(b, key);
	if (v == NULL) {
		buf_puts(b, "null");
		return;
	}
	buf_puts(b, "\"");
	buf_puts(b, v);
	buf_puts(b, "\"");
}

/* One history entry of an insert into table (row as the history names it,
 * new its values as JSON), sealed in C (history_chain_seal): what a
 * history trigger writes, for code that writes with the triggers off. */
static int history_insert(Db *db, const char *table, const char *row, const char *new, size_t len, char **cause)
{
	Stmt *next = db_stmt(db, "SELECT coalesce(max(id), 0) + 1 FROM history");
	if (db_step_row(db, next, cause) != 1)
		return -1;
	long long entry = db_column_int(next, 0);
	db_reset(next);
	char at[DB_NOW_SIZE];
	db_now(at);
	const char *user = db_user(db), *account = history_chain_account();
	HistoryField f[HISTORY_FIELDS] = {
		{(const unsigned char *)at, strlen(at)},           {(const unsigned char *)user, strlen(user)},
		{(const unsigned char *)account, strlen(account)}, {(const unsigned char *)table, strlen(table)},
		{(const unsigned char *)row, strlen(row)},         {(const unsigned char *)"insert", 6},
		{NULL, 0},                                          {(const unsigned char *)new, len},
	};
	unsigned char hash[HISTORY_HASH_SIZE];
	if (history_chain_seal(db_handle(db), entry, f, hash, cause) != 0)
		return -1;
	Stmt *s = db_stmt(db,
		"INSERT INTO history(id, at, user, account, tbl, row_id, operation, old, new, hash)"
		" VALUES (:id, :at, :user, :account, :tbl, :row, 'insert', NULL, :new, :hash)");
	db_bind_int(s, ":id", entry);
	db_bind_text(s, ":at", at);
	db_bind_text(s, ":user", user);
	db_bind_text(s, ":account", account);
	db_bind_text(s, ":tbl", table);
	db_bind_text(s, ":row", row);
	db_bind_text(s, ":new", new);
	db_bind_blob(s, ":hash", hash, sizeof hash);
	return db_step_done(db, s, cause);
}

/* The history row of an audit recorded whole: its insert, whose new value
 * is the audit as recorded (submitted or not) with its answers and notes,
 * by standard code, exactly as json_object() writes it (the same keys, in
 * the same order, no spaces). It is written here, in C, rather than read
 * back with json_object(): every value is known and checked (numbers,
 * dates, values of fixed lists, standard codes, the time), and the one
 * free text, the user's name, is quoted by SQLite once a recorder; notes,
 * which may hold anything, are read back and quoted by SQLite, and only
 * when there are some. The entry is sealed here too
 * (history_chain_seal), with the triggers off (import audits) or on
 * (history_seal leaves an entry with its hash alone): reading the audit
 * back and a SQL function call per entry were a fifth of an import. */
static int record_whole(AuditRecorder *r, const AuditWritten *a, const AuditNew *n, char (*codes)[64],
                        char **cause)
{
	Db *db = r->db;
	Buf b = {0};
	int noted = 0;
	json_int(&b, "{\"id\":", a->id);
	json_int(&b, ",\"case_id\":", a->case_id);
	json_int(&b, ",\"team_id\":", a->team_id);
	json_int(&b, ",\"auditor_id\":", a->auditor_id);
	json_plain(&b, ",\"date\":", a->date);
	json_plain(&b, ",\"type\":", a->type);
	json_plain(&b, ",\"grade\":", a->grade);
	json_plain(&b, ",\"submitted_at\":", a->submitted_at);
	buf_puts(&b, ",\"submitted_by\":");
	buf_puts(&b, a->submitted_at ? r->user_json : "null");
	buf_puts(&b, ",\"answers\":{");
	for (int i = 0; i < n->nanswers; i++) {
		/* buf_puts, not buf_printf: formatting was a tenth of an import. */
		json_plain(&b, i ? "," : "", codes[i]);
		json_plain(&b, ":", n->answers[i].result);
		noted |= n->answers[i].note && *n->answers[i].note;
	}
	buf_puts(&b, "},\"notes\":");
	if (noted) {
		Stmt *q = db_stmt(db, "SELECT json_group_object(standard_code, note) FROM answer"
		                      " WHERE audit_id = :audit AND note IS NOT NULL");
		db_bind_int(q, ":audit", a->id);
		int found = db_step_row(db, q, cause);
		if (found <= 0) {
			buf_free(&b);
			return found < 0 ? -1 : failure(cause, "the notes of audit %lld cannot be read back", a->id);
		}
		buf_puts(&b, db_column_text(q, 0));
		db_reset(q);
	} else {
		buf_puts(&b, "{}");
	}
	buf_puts(&b, "}");
	char row[32];
	snprintf(row, sizeof row, "%lld", a->id);
	int rc = history_insert(db, "audit", row, b.s, b.len, cause);
	buf_free(&b);
	return rc;
}

/* Write the audit, its answers and its submission, and their history as
 * one change. Everything has been checked. In bulk (the triggers off) a
 * submitted audit goes in submitted at once; otherwise as a draft, with
 * its answers, and then submitted, as the triggers that freeze submitted
 * audits allow. */
static int write_audit(AuditRecorder *r, const AuditNew *n, const CaseFacts *c, long long team, long long auditor,
                       const char *type, const char *theme, char (*codes)[64], long long *id, char **cause)
{
	Db *db = r->db;
	char at[DB_NOW_SIZE];
	db_now(at);
	AuditWritten a = {0, c->id, team, auditor, n->date, type, n->grade, n->submit ? at : NULL};
	db_record_whole(db, 1);
	Stmt *s = db_stmt(db,
		"INSERT INTO audit(case_id, team_id, auditor_id, date, type, grade, submitted_at, submitted_by)"
		" VALUES (:case, :team, :auditor, :date, :type, :grade, :at, CASE WHEN :at IS NOT NULL THEN :user END)");
	db_bind_int(s, ":case", c->id);
	db_bind_int(s, ":team", team);
	db_bind_int(s, ":auditor", auditor);
	db_bind_text(s, ":date", n->date);
	db_bind_text(s, ":type", type);
	db_bind_text(s, ":grade", n->grade);
	db_bind_text(s, ":at", r->bulk ? a.submitted_at : NULL);
	db_bind_text(s, ":user", db_user(db));
	int rc = db_step_done(db, s, cause);
	if (rc == 0)
		a.id = *id = db_last_id(db);
	if (rc == 0 && n->nanswers > 0)
		rc = insert_answers(db, *id, n, codes, cause);
	if (rc == 0 && theme) {
		/* Before the submission, which freezes it with the audit (in bulk
		 * the triggers are off and the audit went in submitted). */
		s = db_stmt(db, "INSERT INTO audit_theme(audit_id, theme) VALUES (:audit, :theme)");
		db_bind_int(s, ":audit", *id);
		db_bind_text(s, ":theme", theme);
		rc = db_step_done(db, s, cause);
	}
	if (rc == 0 && theme && r->bulk) {
		/* The triggers are off: the audit_theme row's history entry, as
		 * its trigger writes it (json_object's own quoting of the name). */
		char *values = NULL;
		s = db_stmt(db, "SELECT json_object('audit_id', :audit, 'theme', :theme)");
		db_bind_int(s, ":audit", *id);
		db_bind_text(s, ":theme", theme);
		rc = db_text(db, s, &values, cause) == 1 && values ? 0 : -1;
		if (rc == 0) {
			char row[32];
			snprintf(row, sizeof row, "%lld", *id);
			rc = history_insert(db, "audit_theme", row, values, strlen(values), cause);
		} else if (cause && *cause == NULL) {
			failure(cause, "the theme of audit %lld cannot be written to the history", *id);
		}
		free(values);
	}
	if (rc == 0 && n->submit && !r->bulk) {
		s = db_stmt(db, "UPDATE audit SET submitted_at = :at, submitted_by = :user WHERE id = :audit");
		db_bind_text(s, ":at", a.submitted_at);
		db_bind_text(s, ":user", db_user(db));
		db_bind_int(s, ":audit", *id);
		rc = db_step_done(db, s, cause);
	}
	if (rc == 0)
		rc = record_whole(r, &a, n, codes, cause);
	db_record_whole(db, 0);
	return rc;
}

static int add(AuditRecorder *r, const AuditNew *n, long long *id, char **cause)
{
	Db *db = r->db;
	if (n->case_ref == NULL)
		return failure(cause, "no case given; give the child's case ID");
	CaseFacts c;
	if (recorder_case(r, n->case_ref, &c, cause) != 0)
		return -1;
	if (check_date_value("the audit date", n->date, cause) != 0)
		return -1;
	if (c.opened[0] && strcmp(n->date, c.opened) < 0)
		return failure(cause, "case %s opened on %s, after the audit date %s", n->case_ref, c.opened, n->date);
	if (c.closed[0] && strcmp(n->date, c.closed) > 0)
		return failure(cause, "case %s closed on %s, before the audit date %s", n->case_ref, c.closed, n->date);
	WorkerRecord w;
	if (recorder_auditor(r, n->auditor, &w, cause) != 0 ||
	    repo_worker_check_in_post(&w, "the auditor", "audit", n->date, NULL, cause) != 0)
		return -1;
	long long auditor = w.id;
	const char *type = n->type ? n->type : n->theme ? "themed" : "dip-sample";
	if (!in_list(type, TYPES))
		return check_enum("type", type, TYPES, cause);
	char theme[128] = "";
	if (n->theme) {
		if (repo_theme_name(db, n->theme, theme, cause) != 0)
			return -1;
		if (strcmp(type, "themed") != 0)
			return failure(cause, FIELD("theme") " records a themed audit; it cannot be of type %s (leave " FIELD("type")
			               " out, or give " FIELD("type") " themed)", type);
	}
	CaseOnDate on = {c.team_id, c.worker_id};
	if (case_map_may_have_moved(&r->cases, c.id) && case_on(db, &c, n->date, &on, cause) != 0)
		return -1;
	const char *why;
	int allocated = on.worker != 0 && on.worker == w.id;
	if (!domain_may_audit(w.role, type, allocated, &why))
		return allocated ? failure(cause, "%s is the worker allocated to case %s on %s and may not audit it; %s",
		                           w.name, n->case_ref, n->date, why)
		                 : failure(cause, "%s is %s %s and may not audit case %s; %s", w.name, domain_article(w.role), w.role,
		                           n->case_ref, why);
	if (n->grade && !in_list(n->grade, GRADES))
		return check_enum("grade", n->grade, GRADES, cause);
	int measured = 0;
	for (int i = 0; i < n->nanswers; i++)
		measured += n->answers[i].result && strcmp(n->answers[i].result, "na") != 0;
	switch (n->submit ? domain_submit_check(type, n->grade, n->imported, measured > 0) : DOMAIN_SUBMIT_READY) {
	case DOMAIN_SUBMIT_NEEDS_GRADE:
		return failure(cause, "a submitted dip-sample audit needs a grade; give one, or record a draft and "
		                      "grade it later");
	case DOMAIN_SUBMIT_NEEDS_MEASURE:
		return failure(cause, "a submitted audit needs at least one answer met or not-met, as STANDARD=RESULT "
		                      "(na answers alone measure nothing)");
	case DOMAIN_SUBMIT_READY:
		break;
	}
	/* Check every answer before writing anything, and each standard once. */
	char (*codes)[64] = xcalloc((size_t)n->nanswers + 1, sizeof *codes);
	int rc = 0;
	for (int i = 0; rc == 0 && i < n->nanswers; i++) {
		rc = check_answer(&r->standards, &c, &n->answers[i], codes[i], sizeof codes[i], cause);
		for (int j = 0; rc == 0 && j < i; j++)
			if (strcmp(codes[i], codes[j]) == 0)
				rc = failure(cause, "standard %s is answered twice; answer it once", codes[i]);
		if (rc == 0 && theme[0])
			rc = check_in_theme(db, theme, codes[i], cause);
	}
	/* The same audit twice would count twice in every figure. */
	long long same = 0;
	int asked = r->unique_date[0] && r->unique_case == c.id && r->unique_auditor == auditor &&
	            strcmp(r->unique_date, n->date) == 0;
	int found = rc == 0 && !asked ? repo_audit_same(db, c.id, n->date, auditor, &same, cause) : 0;
	r->unique_date[0] = '\0';
	if (found != 0)
		rc = found < 0 ? -1 : failure(cause, "case %s was already audited on %s by %s (audit %lld); an audit is "
		                                     "recorded once", n->case_ref, n->date, w.name, same);
	if (rc == 0)
		rc = write_audit(r, n, &c, on.team, auditor, type, theme[0] ? theme : NULL, codes, id, cause);
	free(codes);
	return rc;
}

int repo_audit_recorder_add(AuditRecorder *r, const AuditNew *n, long long *id, char **cause)
{
	if (db_begin(r->db, 1, cause) != 0)
		return -1;
	int rc = add(r, n, id, cause);
	if (db_end(r->db, rc == 0, rc == 0 ? cause : NULL) != 0)
		rc = -1;
	return rc;
}

int repo_audit_add(Db *db, const AuditNew *n, long long *id, char **cause)
{
	AuditRecorder *r = repo_audit_recorder_new(db, 0, cause);
	if (r == NULL)
		return -1;
	int rc = repo_audit_recorder_add(r, n, id, cause);
	repo_audit_recorder_free(r);
	return rc;
}

int repo_audit_answer(Db *db, long long audit, const char *standard, const char *result, const char *note,
                      char **cause)
{
	Audit a;
	if (load_draft(db, audit, &a, cause) != 0)
		return -1;
	AuditAnswer answer = {standard, result, note};
	char code[64];
	Standards st;
	CaseFacts c;
	if (standards_load(db, &st, cause) != 0)
		return -1;
	int rc = case_facts(db, NULL, a.case_id, &c, cause);
	if (rc == 0)
		rc = check_answer(&st, &c, &answer, code, sizeof code, cause);
	standards_free(&st);
	char theme[128];
	int themed = rc == 0 ? repo_audit_theme(db, audit, theme, cause) : 0;
	if (themed < 0)
		rc = -1;
	else if (themed == 1)
		rc = check_in_theme(db, theme, code, cause);
	return rc == 0 ? store_answer(db, audit, code, &answer, cause) : -1;
}

int repo_audit_grade(Db *db, long long audit, const char *grade, char **cause)
{
	Audit a;
	if (load_draft(db, audit, &a, cause) != 0)
		return -1;
	if (grade == NULL || !in_list(grade, GRADES))
		return check_enum("grade", grade ? grade : "", GRADES, cause);
	Stmt *s = db_stmt(db, "UPDATE audit SET grade = :grade WHERE id = :audit");
	db_bind_text(s, ":grade", grade);
	db_bind_int(s, ":audit", audit);
	return db_step_done(db, s, cause);
}

int repo_audit_submit(Db *db, long long audit, char **unanswered, char **cause)
{
	Audit a;
	if (unanswered)
		*unanswered = NULL;
	if (load_draft(db, audit, &a, cause) != 0)
		return -1;
	return submit(db, &a, unanswered, cause);
}

int repo_audit_moderate(Db *db, long long audit, const char *moderator, const char *date, const char *grade,
                        const char *note, char **cause)
{
	Audit a;
	if (load_audit(db, audit, &a, cause) != 0)
		return -1;
	if (!a.submitted)
		return failure(cause, "audit %lld is a draft; only a submitted audit can be moderated", audit);
	char today[11];
	if (date == NULL) {
		date_today(today);
		date = today;
	}
	if (check_date_value("the moderation date", date, cause) != 0)
		return -1;
	if (strcmp(date, a.date) < 0)
		return failure(cause, "the moderation date %s is before the audit date %s", date, a.date);
	Stmt *s = db_stmt(db,
		"SELECT w.name, m.date FROM moderation m JOIN worker w ON w.id = m.moderator_id WHERE m.audit_id = :audit");
	db_bind_int(s, ":audit", audit);
	int rc = db_step_row(db, s, cause);
	if (rc < 0)
		return -1;
	if (rc == 1) {
		rc = failure(cause, "audit %lld was already moderated by %s on %s; an audit is moderated once",
		             audit, db_column_text(s, 0), db_column_text(s, 1));
		db_reset(s);
		return rc;
	}
	WorkerRecord m;
	if (worker_on(db, "the moderator", "moderation", moderator, date, &m, cause) != 0)
		return -1;
	long long moderator_id = m.id;
	if (!domain_moderates(m.role))
		return failure(cause, "%s is %s %s; audits are moderated by " DOMAIN_MANAGERS, moderator,
		               domain_article(m.role), m.role);
	if (moderator_id == a.auditor_id)
		return failure(cause, "%s audited audit %lld and cannot moderate it; ask another manager", moderator, audit);
	if (grade != NULL && !in_list(grade, GRADES))
		return check_enum("grade", grade, GRADES, cause);
	if (grade == NULL && a.grade[0] == '\0')
		return failure(cause, "audit %lld has no grade to agree with; give " FIELD("grade") " GRADE", audit);
	if (check_note(note, cause) != 0)
		return -1;
	const char *final = grade ? grade : a.grade;
	s = db_stmt(db,
		"INSERT INTO moderation(audit_id, moderator_id, date, agreed, grade, note)"
		" VALUES (:audit, :moderator, :date, :agreed, :grade, :note)");
	db_bind_int(s, ":audit", audit);
	db_bind_int(s, ":moderator", moderator_id);
	db_bind_text(s, ":date", date);
	db_bind_int(s, ":agreed", strcmp(final, a.grade) == 0);
	db_bind_text(s, ":grade", final);
	db_bind_text(s, ":note", note && *note ? note : NULL);
	return db_step_done(db, s, cause);
}

Table *repo_audit_record(Db *db, long long audit, char **cause)
{
	Audit a;
	if (load_audit(db, audit, &a, cause) != 0)
		return NULL;
	Stmt *s = db_stmt(db,
		"SELECT a.id AS id, c.ref AS \"case\", t.name AS team, w.name AS auditor, a.date AS date,"
		"       a.type AS type, a.grade AS grade,"
		"       CASE WHEN a.submitted_at IS NULL THEN 'draft' ELSE 'submitted' END AS status,"
		"       a.submitted_at AS submitted_at, a.submitted_by AS submitted_by,"
		"       mw.name AS moderated_by, m.date AS moderated_on, m.grade AS moderated_grade,"
		"       CASE m.agreed WHEN 1 THEN 'agreed' WHEN 0 THEN 'regraded' END AS moderation,"
		"       m.note AS moderation_note"
		" FROM audit a JOIN case_file c ON c.id = a.case_id JOIN team t ON t.id = a.team_id"
		" JOIN worker w ON w.id = a.auditor_id"
		" LEFT JOIN moderation m ON m.audit_id = a.id LEFT JOIN worker mw ON mw.id = m.moderator_id"
		" WHERE a.id = :audit");
	db_bind_int(s, ":audit", audit);
	Table *t = db_query_table(db, s, "list the audit", cause);
	if (t == NULL)
		return NULL;
	/* Which applicable standards a reader should know were left out. */
	char *missing = unanswered_standards(db, audit, a.case_id);
	Table *full = table_new("id", "case", "team", "auditor", "date", "type", "grade", "status",
	                        "submitted_at", "submitted_by", "moderated_by", "moderated_on",
	                        "moderated_grade", "moderation", "moderation_note", "unanswered", "theme",
	                        "reaudit_of", "reaudit_of_date", "reaudit_of_grade", "reaudited_by",
	                        "reaudited_by_date", "reaudited_by_grade", (const char *)NULL);
	int row = table_add_row(full);
	for (int c = 0; c < t->ncol; c++) {
		const Value *v = table_cell(t, 0, c);
		if (v->type == VALUE_INT)
			table_set_int(full, row, c, v->i);
		else
			table_set_text(full, row, c, v->type == VALUE_TEXT ? v->s : NULL);
	}
	table_set_text(full, row, t->ncol, missing);
	free(missing);
	table_free(t);
	/* The theme, and the re-audit link both ways (migrations/0019): the
	 * audit this one re-audits, and those recorded as re-auditing it. */
	s = db_stmt(db,
		"SELECT (SELECT theme FROM audit_theme WHERE audit_id = :audit), f.id, f.date, coalesce(f.grade, 'no grade'),"
		"       b.id, b.date, coalesce(b.grade, 'no grade')"
		" FROM (SELECT 1) LEFT JOIN reaudit ra ON ra.audit_id = :audit LEFT JOIN audit f ON f.id = ra.follows_id"
		" LEFT JOIN audit b ON b.id = (SELECT r.audit_id FROM reaudit r JOIN audit x ON x.id = r.audit_id"
		"                              WHERE r.follows_id = :audit ORDER BY x.date, x.id LIMIT 1)");
	db_bind_int(s, ":audit", audit);
	int rc = db_step_row(db, s, cause);
	if (rc != 1) {
		if (rc == 0)
			failure(cause, "audit %lld was not found", audit);
		table_free(full);
		return NULL;
	}
	int col = table_column(full, "theme");
	table_set_text(full, row, col++, db_column_text(s, 0));
	for (int link = 0; link < 2; link++) {
		if (db_column_is_null(s, 1 + 3 * link)) {
			col += 3;
			continue;
		}
		table_set_int(full, row, col++, db_column_int(s, 1 + 3 * link));
		table_set_text(full, row, col++, db_column_text(s, 2 + 3 * link));
		table_set_text(full, row, col++, db_column_text(s, 3 + 3 * link));
	}
	db_reset(s);
	return full;
}

Table *repo_audit_answers(Db *db, long long audit, char **cause)
{
	Audit a;
	if (load_audit(db, audit, &a, cause) != 0)
		return NULL;
	Stmt *s = db_stmt(db,
		"SELECT n.standard_code AS standard, n.result AS result, n.note AS note"
		" FROM answer n JOIN standard s ON s.code = n.standard_code"
		" WHERE n.audit_id = :audit ORDER BY s.position");
	db_bind_int(s, ":audit", audit);
	return db_query_table(db, s, "list answers", cause);
}

Table *repo_audit_actions(Db *db, long long audit, char **cause)
{
	Audit a;
	if (load_audit(db, audit, &a, cause) != 0)
		return NULL;
	char today[11];
	date_today(today);
	Stmt *s = db_stmt(db,
		"SELECT x.id AS id, w.name AS owner, x.due AS due, x.done AS done,"
		"       " DOMAIN_SQL_ACTION_STATUS("x.due", "x.done", ":today") " AS status,"
		"       x.text AS text"
		" FROM action x JOIN worker w ON w.id = x.owner_id WHERE x.audit_id = :audit ORDER BY x.id");
	db_bind_int(s, ":audit", audit);
	db_bind_text(s, ":today", today);
	return db_query_table(db, s, "list actions", cause);
}

int repo_audit_list(Db *db, const AuditFilter *f, Sink *sink, char **cause)
{
	long long team = 0, case_id = 0, auditor = 0;
	if (f->team && repo_team_id(db, f->team, &team, cause) != 0)
		return -1;
	if (f->case_ref && repo_case_id(db, f->case_ref, &case_id, cause) != 0)
		return -1;
	if (f->auditor && repo_worker_id(db, f->auditor, &auditor, cause) != 0)
		return -1;
	if (date_range_check(f->from, f->to, cause) != 0)
		return -1;
	/* One statement per leading filter, so each reads through its index
	 * (audit_case, audit_team, audit_date) rather than every audit ever
	 * recorded: a regional dataset holds millions. */
#define AUDIT_LIST_SELECT \
		"SELECT a.id AS id, a.date AS date, c.ref AS \"case\", t.name AS team, w.name AS auditor," \
		"       a.grade AS grade," \
		"       CASE WHEN a.submitted_at IS NULL THEN 'draft' ELSE 'submitted' END AS status," \
		"       m.grade AS moderated, th.theme AS theme" \
		" FROM audit a JOIN case_file c ON c.id = a.case_id JOIN team t ON t.id = a.team_id" \
		" JOIN worker w ON w.id = a.auditor_id LEFT JOIN moderation m ON m.audit_id = a.id" \
		" LEFT JOIN audit_theme th ON th.audit_id = a.id"
#define AUDIT_LIST_FILTER \
		"   AND a.date BETWEEN :from AND :to" \
		"   AND (:team IS NULL OR a.team_id = :team)" \
		"   AND (:case IS NULL OR a.case_id = :case)" \
		"   AND (:auditor IS NULL OR a.auditor_id = :auditor)" \
		"   AND (NOT :unmoderated OR (a.submitted_at IS NOT NULL AND m.audit_id IS NULL))" \
		"   AND (NOT :drafts OR a.submitted_at IS NULL)" \
		" ORDER BY a.date, a.id"
	Stmt *s;
	if (f->case_ref)
		s = db_stmt(db, AUDIT_LIST_SELECT " WHERE a.case_id = :case" AUDIT_LIST_FILTER);
	else if (f->team)
		s = db_stmt(db, AUDIT_LIST_SELECT " WHERE a.team_id = :team" AUDIT_LIST_FILTER);
	else
		s = db_stmt(db, AUDIT_LIST_SELECT " WHERE 1" AUDIT_LIST_FILTER);
#undef AUDIT_LIST_SELECT
#undef AUDIT_LIST_FILTER
	if (f->team)
		db_bind_int(s, ":team", team);
	if (f->case_ref)
		db_bind_int(s, ":case", case_id);
	if (f->auditor)
		db_bind_int(s, ":auditor", auditor);
	db_bind_text(s, ":from", f->from ? f->from : "0000-01-01");
	db_bind_text(s, ":to", f->to ? f->to : "9999-12-31");
	db_bind_int(s, ":unmoderated", f->unmoderated);
	db_bind_int(s, ":drafts", f->drafts);
	return db_query(db, s, sink, "list audits", cause);
}

Table *repo_audit_standards(Db *db, const char *case_ref, char **cause)
{
	return repo_audit_standards_of(db, case_ref, NULL, cause);
}

Table *repo_audit_standards_of(Db *db, const char *case_ref, const char *theme, char **cause)
{
	CaseFacts c;
	Standards st;
	if (case_facts(db, case_ref, 0, &c, cause) != 0 || standards_load(db, &st, cause) != 0)
		return NULL;
	Table *t = table_new("code", "text", "guidance", "applies", "rule", (const char *)NULL);
	/* A retired standard is no longer asked, nor recorded n/a. */
	Stmt *s = db_stmt(db,
		"SELECT code, text, guidance FROM standard WHERE retired IS NULL"
		" AND (:theme IS NULL OR code IN (SELECT standard_code FROM theme_standard WHERE theme = :theme))"
		" ORDER BY position");
	db_bind_text(s, ":theme", theme);
	while (db_next(db, s, NULL) == 1) {
		int row = table_add_row(t);
		for (int col = 0; col < 3; col++)
			table_set_text(t, row, col, db_column_text(s, col));
		const StandardRule *rule = standards_find(&st, table_cell(t, row, 0)->s);
		/* applies: audit start asks it of this case. */
		table_set_int(t, row, 3, rule && domain_standard_asked(&rule->rule, &c.rules));
		char *words = rule ? rule_words(&rule->rule) : NULL;
		table_set_text(t, row, 4, words);
		free(words);
	}
	standards_free(&st);
	return t;
}

Table *repo_audit_case_context(Db *db, const char *case_ref, char **cause)
{
	long long case_id;
	if (repo_case_id(db, case_ref, &case_id, cause) != 0)
		return NULL;
	Stmt *s = db_stmt(db,
		"SELECT c.ref AS \"case\", t.name AS team, w.name AS worker, c.status AS status,"
		"       (SELECT group_concat(flag, ', ') FROM"
		"          (SELECT flag FROM case_flag WHERE case_id = c.id ORDER BY flag)) AS flags,"
		"       c.opened AS opened, c.closed AS closed,"
		"       (SELECT h.date || coalesce(' (' || h.kind || ')', '') || ': ' || h.text FROM chronology h"
		"         WHERE h.case_id = c.id ORDER BY h.date DESC, h.id DESC LIMIT 1) AS last_chronology,"
		"       (SELECT v.date || ' with ' || sw.name FROM supervision v JOIN worker sw ON sw.id = v.supervisor_id"
		"         WHERE v.worker_id = c.worker_id ORDER BY v.date DESC, v.id DESC LIMIT 1) AS last_supervision,"
		"       (SELECT a.date || ' (audit ' || a.id || ', ' || coalesce(a.grade, 'no grade') || ', '"
		"               || CASE WHEN a.submitted_at IS NULL THEN 'draft' ELSE 'submitted' END || ')'"
		"          FROM audit a WHERE a.case_id = c.id ORDER BY a.date DESC, a.id DESC LIMIT 1) AS last_audit"
		" FROM case_file c JOIN team t ON t.id = c.team_id LEFT JOIN worker w ON w.id = c.worker_id"
		" WHERE c.id = :case");
	db_bind_int(s, ":case", case_id);
	return db_query_table(db, s, "list the case", cause);
}

Table *repo_audit_draft_of(Db *db, const char *case_ref, const char *auditor, const char *date, char **cause)
{
	long long case_id, auditor_id;
	if (repo_case_id(db, case_ref, &case_id, cause) != 0 || repo_worker_id(db, auditor, &auditor_id, cause) != 0)
		return NULL;
	Stmt *s = db_stmt(db,
		"SELECT a.id AS id, a.date AS date, a.grade AS grade FROM audit a"
		" WHERE a.case_id = :case AND a.auditor_id = :auditor AND a.submitted_at IS NULL"
		"   AND (:date IS NULL OR a.date = :date)"
		" ORDER BY a.date DESC, a.id DESC LIMIT 1");
	db_bind_int(s, ":case", case_id);
	db_bind_int(s, ":auditor", auditor_id);
	db_bind_text(s, ":date", date);
	return db_query_table(db, s, "list the drafts", cause);
}

Table *repo_audit_earlier(Db *db, const char *case_ref, const char *date, long long except, char **cause)
{
	long long case_id;
	if (repo_case_id(db, case_ref, &case_id, cause) != 0)
		return NULL;
	Stmt *s = db_stmt(db,
		"SELECT a.id AS id, a.date AS date, a.grade AS grade, w.name AS auditor"
		" FROM audit a JOIN worker w ON w.id = a.auditor_id"
		" WHERE a.case_id = :case AND a.submitted_at IS NOT NULL AND a.date <= :date AND a.id <> :except"
		" ORDER BY a.date DESC, a.id DESC LIMIT 1");
	db_bind_int(s, ":case", case_id);
	db_bind_text(s, ":date", date);
	db_bind_int(s, ":except", except);
	return db_query_table(db, s, "list the earlier audits", cause);
}

/* ---- which files a theme needs (repo_theme.h) ---- */

struct ThemeFit {
	Standards standards;  /* the theme's standards in use, with whom each is asked of */
};

ThemeFit *repo_theme_fit_new(Db *db, const char *theme, char **cause)
{
	ThemeFit *fit = xcalloc(1, sizeof *fit);
	Standards all;
	if (standards_load(db, &all, cause) != 0) {
		free(fit);
		return NULL;
	}
	fit->standards.list = xcalloc((size_t)all.n + 1, sizeof *fit->standards.list);
	int rc = 0;
	for (int i = 0; rc >= 0 && i < all.n; i++) {
		if (all.list[i].retired[0] != '\0')
			continue;
		rc = in_theme(db, theme, all.list[i].code, cause);
		if (rc == 1)
			fit->standards.list[fit->standards.n++] = all.list[i];
	}
	standards_free(&all);
	if (rc < 0) {
		repo_theme_fit_free(fit);
		return NULL;
	}
	return fit;
}

int repo_theme_fit_needs(const ThemeFit *fit, const char *status, const char *flags)
{
	DomainCase c = {domain_bit(status, STATUSES), 0};
	if (c.status == 0)
		return 0;
	char *copy = flags ? xstrdup(flags) : NULL;
	int known = 1;
	for (char *save = NULL, *flag = copy ? strtok_r(copy, " ", &save) : NULL; flag; flag = strtok_r(NULL, " ", &save)) {
		unsigned bit = domain_bit(flag, FLAGS);
		known &= bit != 0;
		c.flags |= bit;
	}
	free(copy);
	if (!known)
		return 0;
	for (int i = 0; i < fit->standards.n; i++)
		if (domain_standard_asked(&fit->standards.list[i].rule, &c))
			return 1;
	return 0;
}

void repo_theme_fit_free(ThemeFit *fit)
{
	if (fit == NULL)
		return;
	standards_free(&fit->standards);
	free(fit);
}
