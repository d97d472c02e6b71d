/* audit add, start, answer, grade, submit, moderate, show, list. */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "command.h"
#include "repo.h"
#include "util.h"

/* An audit number from the command line. */
static int audit_number(const char *word, long long *id, char **cause)
{
	return check_positive("audit", word, id, cause);
}

/* STANDARD=RESULT words into answers; the strings point into the words. */
static int parse_answers(const Args *a, int first, AuditAnswer **out, int *n, char **cause)
{
	*n = a->npos - first;
	*out = xcalloc((size_t)*n + 1, sizeof **out);
	for (int i = 0; i < *n; i++) {
		char *word = a->pos[first + i];
		char *eq = strchr(word, '=');
		if (eq == NULL || eq == word)
			return failure(cause, "'%s' is not an answer; write STANDARD=RESULT, e.g. CHRON=met", word);
		*eq = '\0'; /* split in place: the words are this command's own copy */
		(*out)[i].standard = word;
		(*out)[i].result = eq + 1;
	}
	return 0;
}

static int audit_add(App *app, const Args *a, char **cause)
{
	AuditNew n = {0};
	n.case_ref = a->pos[0];
	n.date = args_get(a, "date");
	n.auditor = args_get(a, "auditor");
	n.type = args_get(a, "type");
	n.grade = args_get(a, "grade");
	n.submit = args_has(a, "submit");
	n.theme = args_get(a, "theme");
	if (n.date == NULL)
		return failure(cause, "audit add needs --date DATE, the day the audit was done");
	if (n.auditor == NULL)
		return failure(cause, "audit add needs --auditor NAME, the worker who did the audit");
	if (check_date("--date", n.date, cause) != 0 || check_enum("--type", n.type, TYPES, cause) != 0 ||
	    check_enum("--grade", n.grade, GRADES, cause) != 0)
		return -1;
	AuditAnswer *answers;
	if (parse_answers(a, 1, &answers, &n.nanswers, cause) != 0) {
		free(answers);
		return -1;
	}
	n.answers = answers;
	long long id, follows = 0;
	const char *follows_text = args_get(a, "follows");
	if (follows_text && check_positive("--follows", follows_text, &follows, cause) != 0) {
		free(answers);
		return -1;
	}
	int rc = repo_audit_add(app->db, &n, &id, cause);
	free(answers);
	/* In the command's transaction: a refused link records no audit. */
	if (rc == 0 && follows > 0)
		rc = repo_reaudit_link(app->db, id, follows, cause);
	if (rc == 0)
		output_id(&app->out, id);
	return rc;
}

static int audit_answer(App *app, const Args *a, char **cause)
{
	long long id;
	if (audit_number(a->pos[0], &id, cause) != 0)
		return -1;
	return repo_audit_answer(app->db, id, a->pos[1], a->pos[2], args_get(a, "note"), cause);
}

static int audit_grade(App *app, const Args *a, char **cause)
{
	long long id;
	if (audit_number(a->pos[0], &id, cause) != 0 || check_enum("grade", a->pos[1], GRADES, cause) != 0)
		return -1;
	return repo_audit_grade(app->db, id, a->pos[1], cause);
}

static int audit_submit(App *app, const Args *a, char **cause)
{
	long long id;
	if (audit_number(a->pos[0], &id, cause) != 0)
		return -1;
	char *unanswered = NULL;
	if (repo_audit_submit(app->db, id, &unanswered, cause) != 0)
		return -1;
	if (unanswered)
		output_note(&app->out, "audit %lld submitted; not answered, so not counted: %s", id, unanswered);
	else
		output_note(&app->out, "audit %lld submitted", id);
	free(unanswered);
	return 0;
}

static int audit_moderate(App *app, const Args *a, char **cause)
{
	long long id;
	if (audit_number(a->pos[0], &id, cause) != 0)
		return -1;
	const char *by = args_get(a, "by"), *grade = args_get(a, "grade");
	if (by == NULL)
		return failure(cause, "audit moderate needs --by NAME, the manager moderating");
	if (args_has(a, "agree") == (grade != NULL))
		return failure(cause, "give either --agree (the grade stands) or --grade GRADE (the moderated grade)");
	if (check_enum("--grade", grade, GRADES, cause) != 0 || check_date("--date", args_get(a, "date"), cause) != 0)
		return -1;
	return repo_audit_moderate(app->db, id, by, args_get(a, "date"), grade, args_get(a, "note"), cause);
}

/* The record as a person reads it (table mode): the re-audit links as
 * "audit 148 (2016-11-10, inadequate)" instead of three fields each, and
 * the theme and links left out when the audit has none. csv and json keep
 * every field, so their columns do not depend on the audit. */
static Table *record_for_reading(const Table *record)
{
	static const char *const links[] = {"reaudit_of", "reaudited_by"};
	const char *names[64];
	Value values[64];
	char *texts[2] = {NULL, NULL};
	int n = 0;
	for (int c = 0; c < record->ncol && n < 64; c++) {
		const char *name = record->names[c];
		const Value *v = table_cell(record, 0, c);
		int link = strcmp(name, links[0]) == 0 ? 0 : strcmp(name, links[1]) == 0 ? 1 : -1;
		if (strncmp(name, "reaudit", 7) == 0 && link < 0)
			continue; /* a link's date and grade: in its text */
		if ((link >= 0 || strcmp(name, "theme") == 0) && v->type == VALUE_NULL)
			continue;
		names[n] = name;
		values[n] = *v;
		if (link >= 0) {
			char date_col[32], grade_col[32];
			snprintf(date_col, sizeof date_col, "%s_date", name);
			snprintf(grade_col, sizeof grade_col, "%s_grade", name);
			texts[link] = xprintf("audit %lld (%s, %s)", v->i,
			                      table_cell(record, 0, table_column(record, date_col))->s,
			                      table_cell(record, 0, table_column(record, grade_col))->s);
			values[n] = text_value(texts[link]);
		}
		n++;
	}
	TableSink ts;
	Sink *sink = table_sink(&ts);
	sink->header(sink, n, names);
	sink->row(sink, values);
	sink->end(sink);
	free(texts[0]);
	free(texts[1]);
	return table_collected(&ts, 0);
}

static int audit_show(App *app, const Args *a, char **cause)
{
	long long id;
	if (audit_number(a->pos[0], &id, cause) != 0)
		return -1;
	Table *record = repo_audit_record(app->db, id, cause);
	if (record == NULL)
		return -1;
	Table *answers = repo_audit_answers(app->db, id, cause);
	Table *actions = answers ? repo_audit_actions(app->db, id, cause) : NULL;
	/* A re-audit: each standard then and now, as reaudit compare has it. */
	int reaudit = record->nrow > 0 && table_cell(record, 0, table_column(record, "reaudit_of"))->type != VALUE_NULL;
	Table *change = actions && reaudit ? repo_reaudit_compare(app->db, id, cause) : NULL;
	int rc = -1;
	if (actions && (change || !reaudit)) {
		const char *names[] = {"answers", "actions", "then_and_now"};
		const Table *parts[] = {answers, actions, change};
		Table *shown = app->out.mode == MODE_TABLE ? record_for_reading(record) : NULL;
		output_document(&app->out, shown ? shown : record, reaudit ? 3 : 2, names, parts);
		table_free(shown);
		rc = 0;
	}
	table_free(record);
	table_free(answers);
	table_free(actions);
	table_free(change);
	return rc;
}

static int audit_list(App *app, const Args *a, char **cause)
{
	AuditFilter f = {0};
	f.team = args_get(a, "team");
	f.case_ref = args_get(a, "case");
	f.auditor = args_get(a, "auditor");
	f.from = args_get(a, "from");
	f.to = args_get(a, "to");
	f.unmoderated = args_has(a, "unmoderated");
	f.drafts = args_has(a, "drafts");
	if (check_date("--from", f.from, cause) != 0 || check_date("--to", f.to, cause) != 0)
		return -1;
	Sink *sink = output_sink(&app->out);
	return output_sink_close(sink, repo_audit_list(app->db, &f, sink, cause));
}

/* ---- audit start: the guided entry ---- */

/* The conversation is for the person: on standard output in table mode,
 * else on standard error so csv and json output stay machine-readable. */
static void say(App *app, const char *fmt, ...) PRINTF_LIKE(2, 3);
static void say(App *app, const char *fmt, ...)
{
	FILE *fp = app->out.mode == MODE_TABLE && app->out.fp == stdout ? stdout : stderr;
	va_list ap;
	va_start(ap, fmt);
	vfprintf(fp, fmt, ap);
	va_end(ap);
	fputc('\n', fp);
	fflush(fp);
}

/* Say text folded at 78 columns on spaces; lines after the first start
 * with indent. Guidance and standards are long sentences. */
static void say_folded(App *app, const char *indent, const char *text)
{
	Buf b = {0};
	const char *p = text + strspn(text, " ");
	int column = (int)(p - text);
	buf_add(&b, text, (size_t)column); /* keep the text's own indent */
	int start = column;
	while (*p) {
		size_t word = strcspn(p, " ");
		int width = 0;
		for (size_t i = 0; i < word; i++)
			width += ((unsigned char)p[i] & 0xC0) != 0x80;
		if (column > start && column + 1 + width > 78) {
			buf_printf(&b, "\n%s", indent);
			column = start = (int)strlen(indent);
		} else if (column > start) {
			buf_puts(&b, " ");
			column++;
		}
		buf_add(&b, p, word);
		column += width;
		p += word;
		while (*p == ' ')
			p++;
	}
	say(app, "%s", b.s ? b.s : "");
	buf_free(&b);
}

static char *trim(char *s)
{
	while (isspace((unsigned char)*s))
		s++;
	size_t n = strlen(s);
	while (n > 0 && isspace((unsigned char)s[n - 1]))
		s[--n] = '\0';
	return s;
}

/* Whether line starts with word (ignoring case) followed by the end or a
 * separator; *rest points past the word and any separators. */
static int starts_word(const char *line, const char *word, const char **rest)
{
	size_t n = strlen(word);
	for (size_t i = 0; i < n; i++)
		if (tolower((unsigned char)line[i]) != word[i])
			return 0;
	const char *p = line + n;
	if (*p != '\0' && !isspace((unsigned char)*p) && *p != ':' && *p != ',')
		return 0;
	while (*p && (isspace((unsigned char)*p) || *p == ':' || *p == ',' || *p == '-'))
		p++;
	*rest = p;
	return 1;
}

/* An answer to a standard: "m", "met", "n", "not met", "x", "n/a" and so
 * on, optionally followed by a note. Returns the result or NULL. */
static const char *parse_result(const char *line, const char **note)
{
	static const struct {
		const char *word, *result;
	} forms[] = {
		{"not applicable", "na"}, {"not-applicable", "na"}, {"n/a", "na"}, {"na", "na"}, {"x", "na"},
		{"not met", "not-met"}, {"not-met", "not-met"}, {"notmet", "not-met"}, {"no", "not-met"},
		{"n", "not-met"}, {"met", "met"}, {"yes", "met"}, {"m", "met"}, {"y", "met"},
	};
	for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++)
		if (starts_word(line, forms[i].word, note))
			return forms[i].result;
	return NULL;
}

static const char *parse_grade(const char *line)
{
	static const struct {
		const char *word, *grade;
	} forms[] = {
		{"outstanding", "outstanding"}, {"o", "outstanding"}, {"good", "good"}, {"g", "good"},
		{"requires-improvement", "requires-improvement"}, {"requires improvement", "requires-improvement"},
		{"ri", "requires-improvement"}, {"r", "requires-improvement"},
		{"inadequate", "inadequate"}, {"i", "inadequate"},
	};
	for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++) {
		const char *rest;
		if (starts_word(line, forms[i].word, &rest) && *rest == '\0')
			return forms[i].grade;
	}
	return NULL;
}

typedef struct {
	char *text, *owner, *due;
} GuidedAction;

/* Where the answers stand: one slot per standard, in the order of the
 * standards table. A script's shape follows the steps. */
typedef enum { STEP_STANDARD, STEP_GRADE, STEP_ACTION, STEP_OWNER, STEP_DUE, STEP_SUBMIT } Step;

typedef struct {
	App *app;
	const char *case_ref, *date, *auditor;
	const char *theme;     /* --theme, as stored: only its standards are asked; NULL: all */
	char draft_date[11];
	Table *standards;
	int n;                 /* standards */
	int *asked;            /* rows of the standards asked, in order */
	int nasked;
	const char **result;   /* per standard: met, not-met, na; NULL: unanswered */
	char **note;           /* per standard, owned; NULL: none */
	const char **was_result; /* per standard, the resumed draft's answer */
	char **was_note;
	const char *grade;
	const char *was_grade;
	int nactions;
	GuidedAction *actions;
	int submit;
	long long draft;       /* the draft continued, or 0 */
	int draft_actions;     /* actions the draft has already */
	Table *earlier;        /* the earlier audit (id, date, grade, auditor), or NULL */
	Table *earlier_answers;
	char *line;            /* the last line read */
	long bad_line;         /* the line of a bad answer in a script */
} Guided;

/* Whether a person types the answers (the REPL), not a script (piped
 * input, -f, or a .read file inside the REPL). */
static int live(const App *app)
{
	return app->interactive && app->script == 0;
}

/* Whether the auditor is asked standard row of the case: the one place
 * that decides, so who may answer what can change here alone. The
 * standards not asked are recorded n/a. */
static int standard_asked(const Guided *g, int row)
{
	return (int)table_cell(g->standards, row, 3)->i;
}

static const char *code_of(const Guided *g, int row)
{
	return table_cell(g->standards, row, 0)->s;
}

/* Ask until the answer is valid. 1: g->line holds a valid answer; 0: the
 * person left (end of input, Ctrl-D, Ctrl-C: app->ask_end says which); -1:
 * a bad answer in a script, where a wrong line must not be guessed at
 * (g->bad_line is its line). check returns NULL when the (trimmed) line is
 * acceptable, "" when it was handled (guidance shown: ask again), else
 * what is expected. */
static int ask(Guided *g, const char *prompt, const char *(*check)(Guided *, const char *, void *), void *ctx,
               char **cause)
{
	for (;;) {
		free(g->line);
		g->line = g->app->ask(g->app, prompt);
		if (g->line == NULL && g->app->ask_end == ASK_END_BAD) {
			g->bad_line = g->app->answer_line;
			failure(cause, "audit start: %s", g->app->ask_problem);
			free(g->app->ask_problem);
			g->app->ask_problem = NULL;
			return -1;
		}
		if (g->line == NULL)
			return 0;
		char *line = trim(g->line);
		memmove(g->line, line, strlen(line) + 1);
		const char *problem = check(g, g->line, ctx);
		if (problem == NULL)
			return 1;
		if (*problem == '\0')
			continue;
		if (!live(g->app)) {
			g->bad_line = g->app->answer_line;
			return failure(cause, "audit start: %s", problem);
		}
		char *spelt = command_spell_text(command_find("audit", "start"), problem);
		say(g->app, "%s", spelt);
		free(spelt);
	}
}

static const char *check_result(Guided *g, const char *line, void *ctx)
{
	int row = *(int *)ctx;
	const char *note;
	if (strcmp(line, "<") == 0)
		return NULL;
	if (strcmp(line, "?") == 0 || strcmp(line, "help") == 0) {
		char *text = xprintf("  %s", table_cell(g->standards, row, 2)->s);
		say_folded(g->app, "  ", text);
		free(text);
		return "";
	}
	if (parse_result(line, &note) != NULL && strlen(note) > 4000)
		return "the note is longer than 4000 characters; shorten it";
	if (parse_result(line, &note) == NULL) {
		static char problem[400];
		snprintf(problem, sizeof problem,
		         "'%.60s' is not an answer to %s; expected m (met), n (not met) or x (n/a), "
		         "a note may follow; < goes back, ? explains the standard",
		         line, code_of(g, row));
		return problem;
	}
	return NULL;
}

static const char *check_grade(Guided *g, const char *line, void *ctx)
{
	(void)g;
	(void)ctx;
	if (*line == '\0' || parse_grade(line) || strcmp(line, "<") == 0)
		return NULL;
	return "expected o (outstanding), g (good), r (requires improvement), i (inadequate), or blank for none yet";
}

static const char *check_action_text(Guided *g, const char *line, void *ctx)
{
	(void)g;
	(void)ctx;
	if (strlen(line) > 2000)
		return "the action's text is longer than 2000 characters; shorten it";
	return NULL;
}

static const char *check_owner(Guided *g, const char *line, void *ctx)
{
	const char *fallback = ctx;
	static char problem[300];
	if (*line == '\0' && fallback == NULL)
		return "give the name of the worker who owns the action";
	char *cause = NULL;
	if (repo_action_check_owner(g->app->db, *line ? line : fallback, NULL, &cause) != 0) {
		snprintf(problem, sizeof problem, "%s", cause);
		free(cause);
		return problem;
	}
	return NULL;
}

/* A due date: YYYY-MM-DD, or +N days after the audit date. */
static int due_date(const char *audit_date, const char *line, char out[11])
{
	long long days;
	if (line[0] == '+' && parse_int(line + 1, &days) == 0 && days >= 0 && days <= 3660) {
		date_add_days(audit_date, (int)days, out);
		return 0;
	}
	if (date_valid(line) && strcmp(line, audit_date) >= 0) {
		snprintf(out, 11, "%s", line);
		return 0;
	}
	return -1;
}

static const char *check_due(Guided *g, const char *line, void *ctx)
{
	(void)ctx;
	char out[11];
	if (due_date(g->date, line, out) == 0)
		return NULL;
	static char problem[160];
	snprintf(problem, sizeof problem, "expected a due date on or after %s as YYYY-MM-DD, or +DAYS after it",
	         g->date);
	return problem;
}

/* y, yes, n, no (any case), or blank. */
static int yes_no(const char *line)
{
	const char *rest;
	return *line == '\0' || ((starts_word(line, "y", &rest) || starts_word(line, "yes", &rest) ||
	                          starts_word(line, "n", &rest) || starts_word(line, "no", &rest)) && *rest == '\0');
}

static const char *check_yes_no(Guided *g, const char *line, void *ctx)
{
	(void)g;
	(void)ctx;
	return yes_no(line) ? NULL : "expected y (yes) or n (no)";
}

/* Which standard a line of the review names: its number there, or its
 * code (any case). -1 when none. */
static int review_pick(const Guided *g, const char *line)
{
	long long number;
	if (parse_int(line, &number) == 0)
		return number >= 1 && number <= g->nasked ? (int)number - 1 : -1;
	for (int i = 0; i < g->nasked; i++)
		if (strcasecmp(line, code_of(g, g->asked[i])) == 0)
			return i;
	return -1;
}

static const char *check_review(Guided *g, const char *line, void *ctx)
{
	(void)ctx;
	if (*line == '\0' || strcmp(line, "<") == 0 || review_pick(g, line) >= 0)
		return NULL;
	static char problem[200];
	snprintf(problem, sizeof problem, "'%.60s' is not in the list; give a number from 1 to %d or a standard's code, "
	         "or leave it blank to go on", line, g->nasked);
	return problem;
}

static void show_context(Guided *g, const Table *c)
{
	App *app = g->app;
#define CELL(name) (table_cell(c, 0, table_column(c, name))->s)
	const char *worker = CELL("worker"), *flags = CELL("flags");
	say(app, "Case %s, %s; %s", CELL("case"), CELL("team"), worker ? worker : "not allocated");
	say(app, "  status %s, %s%s%s%s", CELL("status"), flags ? "flagged " : "no flags", flags ? flags : "",
	    CELL("opened") ? ", opened " : "", CELL("opened") ? CELL("opened") : "");
	say(app, "  latest chronology: %s", CELL("last_chronology") ? CELL("last_chronology") : "none recorded");
	if (worker)
		say(app, "  latest supervision of %s: %s", worker,
		    CELL("last_supervision") ? CELL("last_supervision") : "none recorded");
	say(app, "  last audit: %s", CELL("last_audit") ? CELL("last_audit") : "none");
#undef CELL
	if (g->earlier) {
		const Value *grade = table_cell(g->earlier, 0, 2);
		char *text = xprintf("Re-audit: audit %lld of %s by %s was graded %s; its answers show as 'last time'.",
		                     table_cell(g->earlier, 0, 0)->i, table_cell(g->earlier, 0, 1)->s,
		                     table_cell(g->earlier, 0, 3)->s, grade->s ? grade->s : "(no grade)");
		say_folded(app, "  ", text);
		free(text);
	}
}

static void guided_free(Guided *g)
{
	for (int i = 0; i < g->n; i++) {
		free(g->note[i]);
		free(g->was_note[i]);
	}
	free(g->note);
	free(g->was_note);
	free(g->result);
	free(g->was_result);
	free(g->asked);
	for (int i = 0; i < g->nactions; i++) {
		free(g->actions[i].text);
		free(g->actions[i].owner);
		free(g->actions[i].due);
	}
	free(g->actions);
	free(g->line);
	table_free(g->standards);
	table_free(g->earlier);
	table_free(g->earlier_answers);
}

/* The stored result word as the table holds it (a static string), so
 * slots compare by content and never point into a freed table. */
static const char *result_word(const char *s)
{
	if (s == NULL)
		return NULL;
	for (int i = 0; RESULTS[i]; i++)
		if (strcmp(s, RESULTS[i]) == 0)
			return RESULTS[i];
	return NULL;
}

static const char *grade_word(const char *s)
{
	if (s == NULL)
		return NULL;
	for (int i = 0; GRADES[i]; i++)
		if (strcmp(s, GRADES[i]) == 0)
			return GRADES[i];
	return NULL;
}

/* Load a draft's answers and grade into the slots. */
static int load_draft(Guided *g, char **cause)
{
	Db *db = g->app->db;
	Table *answers = repo_audit_answers(db, g->draft, cause);
	Table *record = answers ? repo_audit_record(db, g->draft, cause) : NULL;
	Table *actions = record ? repo_audit_actions(db, g->draft, cause) : NULL;
	if (actions == NULL) {
		table_free(answers);
		table_free(record);
		return -1;
	}
	for (int i = 0; i < answers->nrow; i++)
		for (int row = 0; row < g->n; row++)
			if (strcmp(table_cell(answers, i, 0)->s, code_of(g, row)) == 0) {
				g->result[row] = g->was_result[row] = result_word(table_cell(answers, i, 1)->s);
				const char *note = table_cell(answers, i, 2)->s;
				g->note[row] = note ? xstrdup(note) : NULL;
				g->was_note[row] = note ? xstrdup(note) : NULL;
			}
	g->grade = g->was_grade = grade_word(table_cell(record, 0, table_column(record, "grade"))->s);
	g->draft_actions = actions->nrow;
	table_free(answers);
	table_free(record);
	table_free(actions);
	return 0;
}

/* Read what the auditor needs and check the audit could be recorded,
 * without keeping any lock while the person answers: the case, the
 * standards, a draft of this auditor to continue, the earlier audit. */
static int guided_prepare(Guided *g, const char *date_given, Table **context, char **cause)
{
	Db *db = g->app->db;
	if (db_begin(db, 1, cause) != 0)
		return -1;
	*context = repo_audit_case_context(db, g->case_ref, cause);
	g->standards = *context ? repo_audit_standards_of(db, g->case_ref, g->theme, cause) : NULL;
	if (g->standards) {
		g->n = g->standards->nrow;
		g->asked = xcalloc((size_t)g->n + 1, sizeof *g->asked);
		g->result = xcalloc((size_t)g->n + 1, sizeof *g->result);
		g->was_result = xcalloc((size_t)g->n + 1, sizeof *g->was_result);
		g->note = xcalloc((size_t)g->n + 1, sizeof *g->note);
		g->was_note = xcalloc((size_t)g->n + 1, sizeof *g->was_note);
		for (int row = 0; row < g->n; row++)
			if (standard_asked(g, row))
				g->asked[g->nasked++] = row;
	}
	Table *draft = g->standards ? repo_audit_draft_of(db, g->case_ref, g->auditor, date_given, cause) : NULL;
	int rc = draft ? 0 : -1;
	if (rc == 0 && g->theme && g->nasked == 0)
		rc = failure(cause, "none of the standards of theme '%s' applies to case %s; 'theme list' shows them",
		             g->theme, g->case_ref);
	if (rc == 0 && draft->nrow > 0) {
		g->draft = table_cell(draft, 0, 0)->i;
		snprintf(g->draft_date, sizeof g->draft_date, "%s", table_cell(draft, 0, 1)->s);
		g->date = g->draft_date;
		rc = load_draft(g, cause);
	} else if (rc == 0) {
		/* A trial draft, rolled back: the same checks as the real one. */
		AuditNew trial = {g->case_ref, g->date, g->auditor, g->theme ? "themed" : NULL, NULL, 0, NULL, 0, 0, g->theme};
		long long id;
		rc = repo_audit_add(db, &trial, &id, cause);
	}
	if (rc == 0) {
		g->earlier = repo_audit_earlier(db, g->case_ref, g->date, g->draft, cause);
		if (g->earlier == NULL) {
			rc = -1;
		} else if (g->earlier->nrow == 0) {
			table_free(g->earlier);
			g->earlier = NULL;
		} else if ((g->earlier_answers = repo_audit_answers(db, table_cell(g->earlier, 0, 0)->i, cause)) == NULL) {
			rc = -1;
		}
	}
	table_free(draft);
	db_end(db, 0, NULL);
	return rc;
}

/* The earlier audit's result for standard row, or NULL. */
static const char *earlier_result(const Guided *g, int row)
{
	if (g->earlier_answers == NULL)
		return NULL;
	for (int i = 0; i < g->earlier_answers->nrow; i++)
		if (strcmp(table_cell(g->earlier_answers, i, 0)->s, code_of(g, row)) == 0)
			return table_cell(g->earlier_answers, i, 1)->s;
	return NULL;
}

/* What an answer reads as on screen: "not-met: no visit since May". */
static char *answer_text(const char *result, const char *note)
{
	if (result == NULL)
		return xstrdup("not answered");
	return xprintf("%s%s%s", result, note ? ": " : "", note ? note : "");
}

/* The earlier audit's answer to standard row, or NULL when it has none. */
static char *earlier_text(const Guided *g, int row)
{
	if (g->earlier_answers == NULL)
		return NULL;
	for (int i = 0; i < g->earlier_answers->nrow; i++)
		if (strcmp(table_cell(g->earlier_answers, i, 0)->s, code_of(g, row)) == 0)
			return answer_text(table_cell(g->earlier_answers, i, 1)->s, table_cell(g->earlier_answers, i, 2)->s);
	return NULL; /* not answered then: nothing to compare with */
}

/* Ask asked standard number i (0-based). 1 answered, 2 went back (<), 0
 * left, -1 a bad answer in a script. */
static int ask_standard(Guided *g, int i, char **cause)
{
	App *app = g->app;
	int row = g->asked[i];
	const char *code = code_of(g, row);
	char *text = xprintf("%d/%d %s: %s", i + 1, g->nasked, code, table_cell(g->standards, row, 1)->s);
	say(app, "%s", "");
	say_folded(app, "    ", text);
	free(text);
	char *earlier = earlier_text(g, row);
	if (earlier) {
		text = xprintf("    last time: %s", earlier);
		say_folded(app, "      ", text);
		free(text);
		free(earlier);
	}
	if (g->result[row]) {
		char *now = answer_text(g->result[row], g->note[row]);
		text = xprintf("    answered: %s (a new answer replaces it)", now);
		say_folded(app, "      ", text);
		free(text);
		free(now);
	}
	char *prompt = xprintf("%s [m/n/x/<?]: ", code);
	int rc = ask(g, prompt, check_result, &row, cause);
	free(prompt);
	if (rc <= 0)
		return rc;
	if (strcmp(g->line, "<") == 0)
		return 2;
	const char *note;
	g->result[row] = parse_result(g->line, &note);
	free(g->note[row]);
	g->note[row] = *note ? xstrdup(note) : NULL;
	return 1;
}

/* The review before the grade: every answer and note, numbered; any can
 * be changed by its number or code. 1 done, 2 go back to the last
 * standard, 0 left. Interactive only: a script's shape stays answers,
 * grade, actions, submit. */
static int guided_review(Guided *g, char **cause)
{
	App *app = g->app;
	for (;;) {
		int width = 8;
		for (int i = 0; i < g->nasked; i++)
			if ((int)strlen(code_of(g, g->asked[i])) > width)
				width = (int)strlen(code_of(g, g->asked[i]));
		say(app, "\nReview: the answers so far%s.", g->earlier ? " ('was': last time's, where it differs)" : "");
		for (int i = 0; i < g->nasked; i++) {
			int row = g->asked[i];
			const char *was = earlier_result(g, row);
			int differs = was && g->result[row] && strcmp(was, g->result[row]) != 0;
			say(app, "%3d  %-*s  %-8s %s%s%s%s", i + 1, width, code_of(g, row),
			    g->result[row] ? g->result[row] : "(none)", g->note[row] ? g->note[row] : "",
			    differs ? (g->note[row] ? "  (was " : "(was ") : "", differs ? was : "", differs ? ")" : "");
		}
		say(app, "Type a number or a code to change that answer; blank goes on to the grade.");
		char *prompt = xprintf("change [1-%d/code, blank: go on]: ", g->nasked);
		int rc = ask(g, prompt, check_review, NULL, cause);
		free(prompt);
		if (rc <= 0)
			return rc;
		if (*g->line == '\0')
			return 1;
		if (strcmp(g->line, "<") == 0)
			return 2;
		rc = ask_standard(g, review_pick(g, g->line), cause);
		if (rc <= 0)
			return rc;
	}
}

/* The standards (from the first not yet answered), the review and the
 * grade. 1 done, 0 left, -1 a bad answer (*step says where). */
static int guided_questions(Guided *g, Step *step, int *at, char **cause)
{
	App *app = g->app;
	Buf skipped = {0};
	int answered = 0;
	for (int row = 0; row < g->n; row++) {
		if (!standard_asked(g, row)) {
			if (g->result[row] == NULL)
				g->result[row] = "na";
			buf_printf(&skipped, "%s%s", skipped.s ? ", " : "", code_of(g, row));
		}
	}
	for (int i = 0; i < g->nasked; i++)
		answered += g->result[g->asked[i]] != NULL;
	if (skipped.s) {
		char *text = xprintf("Not applicable to this case, recorded n/a: %s", skipped.s);
		say_folded(app, "  ", text);
		free(text);
	}
	buf_free(&skipped);
	say(app, "Answer each standard m (met), n (not met) or x (n/a); a note may follow, as in\n"
	         "'n no chronology since May'. < goes back one standard, ? explains it.\n"
	         "Ctrl-D or Ctrl-C leaves, and offers to keep the answers as a draft.");
	int i = 0;
	while (i < g->nasked && g->result[g->asked[i]] != NULL)
		i++;
	if (g->draft) {
		char *text = xprintf("Continuing draft audit %lld of %s: %d of %d standards answered%s.", g->draft,
		                     g->date, answered, g->nasked,
		                     i < g->nasked ? "; it goes on from the first without an answer" : "");
		say_folded(app, "  ", text);
		free(text);
	}
	for (;;) {
		*step = STEP_STANDARD;
		while (i < g->nasked) {
			*at = i;
			int rc = ask_standard(g, i, cause);
			if (rc <= 0)
				return rc;
			if (rc == 2 && i == 0)
				say(app, "This is the first standard: there is none before it.");
			else if (rc == 2)
				i--;
			else
				i++;
		}
		if (live(app) && g->nasked > 0) {
			int rc = guided_review(g, cause);
			if (rc <= 0)
				return rc;
			if (rc == 2) {
				i = g->nasked > 0 ? g->nasked - 1 : 0;
				continue;
			}
		}
		*step = STEP_GRADE;
		if (g->was_grade)
			say(app, "\nOverall grade: o outstanding, g good, r requires improvement, i inadequate;\n"
			         "blank keeps %s; < goes back.", g->was_grade);
		else
			say(app, "\nOverall grade: o outstanding, g good, r requires improvement, i inadequate;\n"
			         "blank to grade later; < goes back.");
		int rc = ask(g, "grade [o/g/r/i/<]: ", check_grade, NULL, cause);
		if (rc <= 0)
			return rc;
		if (strcmp(g->line, "<") == 0) {
			i = g->nasked > 0 ? g->nasked - 1 : 0;
			if (live(app))
				i = g->nasked; /* straight back to the review */
			continue;
		}
		g->grade = *g->line ? parse_grade(g->line) : g->was_grade;
		return 1;
	}
}

static int guided_actions(Guided *g, const char *case_worker, Step *step, char **cause)
{
	App *app = g->app;
	if (g->draft_actions)
		say(app, "\nActions: the draft has %d already ('audit show %lld' lists them). More: what must be\n"
		         "done, by whom, by when. A blank action finishes.", g->draft_actions, g->draft);
	else
		say(app, "\nActions: what must be done, by whom, by when. A blank action finishes.");
	for (;;) {
		*step = STEP_ACTION;
		int rc = ask(g, "action: ", check_action_text, NULL, cause);
		if (rc <= 0)
			return rc;
		if (*g->line == '\0')
			return 1;
		GuidedAction act = {xstrdup(g->line), NULL, NULL};
		g->actions = xrealloc(g->actions, sizeof *g->actions * (size_t)(g->nactions + 1));
		g->actions[g->nactions++] = act;
		GuidedAction *a = &g->actions[g->nactions - 1];
		char *prompt = case_worker ? xprintf("owner [%s]: ", case_worker) : xstrdup("owner: ");
		*step = STEP_OWNER;
		rc = ask(g, prompt, check_owner, (void *)case_worker, cause);
		free(prompt);
		if (rc <= 0)
			return rc;
		a->owner = xstrdup(*g->line ? g->line : case_worker);
		*step = STEP_DUE;
		rc = ask(g, "due (YYYY-MM-DD or +DAYS): ", check_due, NULL, cause);
		if (rc <= 0)
			return rc;
		char due[11];
		due_date(g->date, g->line, due);
		a->due = xstrdup(due);
	}
}

/* After a bad answer in a script: read the rest of this audit's lines in
 * the shape a whole audit takes, so none of them runs as a command: one
 * line per standard still to come (? asks again, < goes back), the grade,
 * actions as text, owner and due until a blank action, then a yes / no /
 * blank answer to the submit question when one follows. Returns the last
 * line read. */
static long guided_skip(Guided *g, Step step, int standard)
{
	App *app = g->app;
	long last = app->answer_line;
	int left = step == STEP_STANDARD ? g->nasked - standard - 1 : 0;
	char *line = NULL;
#define NEXT()                                       \
	do {                                             \
		free(line);                                  \
		if ((line = app->ask(app, "")) == NULL &&    \
		    app->ask_end != ASK_END_BAD)             \
			return last;                             \
		if (line == NULL)                            \
			line = xstrdup("-"); /* a line all the same */ \
		last = app->answer_line;                     \
		char *t = trim(line);                        \
		memmove(line, t, strlen(t) + 1);             \
	} while (0)
	switch (step) {
	case STEP_STANDARD:
		while (left > 0) {
			NEXT();
			if (strcmp(line, "<") == 0)
				left = left < g->nasked ? left + 1 : left;
			else if (strcmp(line, "?") != 0 && strcmp(line, "help") != 0)
				left--;
		}
		NEXT(); /* the grade */
		/* fall through */
	case STEP_GRADE:
	case STEP_ACTION:
		for (;;) {
			if (step != STEP_OWNER && step != STEP_DUE) {
				NEXT(); /* an action's text, or the blank that ends them */
				if (*line == '\0')
					break;
				step = STEP_OWNER;
			}
			if (step == STEP_OWNER) {
				NEXT(); /* its owner */
			}
			NEXT(); /* its due date */
			step = STEP_ACTION;
		}
		break;
	case STEP_OWNER:
	case STEP_DUE:
		if (step == STEP_OWNER)
			NEXT();
		step = STEP_ACTION;
		for (;;) {
			NEXT();
			if (*line == '\0')
				break;
			NEXT();
			NEXT();
		}
		break;
	case STEP_SUBMIT:
		return last;
	}
#undef NEXT
	/* The submit question is asked only of a graded audit: take a yes or
	 * no that follows, give anything else back to be run as a command. */
	free(line);
	line = app->ask(app, "");
	if (line == NULL)
		return last;
	char *t = trim(line);
	if (yes_no(t) && *t != '\0') {
		last = app->answer_line;
		free(line);
	} else if (app->unask) {
		app->unask(app, line);
	} else {
		free(line);
	}
	return last;
}

/* The answers as AuditAnswer, for a new audit: every slot answered. */
static AuditAnswer *answers_of(const Guided *g, int *n)
{
	AuditAnswer *out = xcalloc((size_t)g->n + 1, sizeof *out);
	*n = 0;
	for (int row = 0; row < g->n; row++)
		if (g->result[row]) {
			out[*n].standard = code_of(g, row);
			out[*n].result = g->result[row];
			out[*n].note = g->note[row];
			(*n)++;
		}
	return out;
}

static int same_text(const char *a, const char *b)
{
	return a == b || (a && b && strcmp(a, b) == 0);
}

/* Record what was answered: a new audit, or the draft continued brought
 * up to date (only what changed, so its history says what was changed). */
static int guided_record(Guided *g, long long *id, char **cause)
{
	Db *db = g->app->db;
	if (db_begin(db, 1, cause) != 0)
		return -1;
	int rc = 0;
	if (g->draft == 0) {
		int n;
		AuditAnswer *answers = answers_of(g, &n);
		AuditNew a = {g->case_ref, g->date, g->auditor, g->theme ? "themed" : NULL, g->grade, n, answers, g->submit, 0,
		              g->theme};
		rc = repo_audit_add(db, &a, id, cause);
		free(answers);
	} else {
		*id = g->draft;
		for (int row = 0; row < g->n && rc == 0; row++)
			if (g->result[row] && (!same_text(g->result[row], g->was_result[row]) ||
			                       !same_text(g->note[row], g->was_note[row])))
				rc = repo_audit_answer(db, g->draft, code_of(g, row), g->result[row], g->note[row], cause);
		if (rc == 0 && g->grade && !same_text(g->grade, g->was_grade))
			rc = repo_audit_grade(db, g->draft, g->grade, cause);
	}
	for (int i = 0; i < g->nactions && rc == 0; i++) {
		if (g->actions[i].due == NULL)
			continue; /* left before its due date was given */
		long long action;
		rc = repo_action_add(db, *id, g->actions[i].text, g->actions[i].owner, g->actions[i].due, &action, cause);
	}
	if (rc == 0 && g->draft && g->submit)
		rc = repo_audit_submit(db, g->draft, NULL, cause);
	if (db_end(db, rc == 0, rc == 0 ? cause : NULL) != 0)
		rc = -1;
	return rc;
}

/* The person left half way (Ctrl-D or Ctrl-C): offer to keep the answers
 * as a draft. After Ctrl-D keeping is the default, and an answer of
 * Ctrl-D again keeps; after Ctrl-C the default is to drop them. 1 keep,
 * 0 drop. */
static int offer_draft(Guided *g)
{
	App *app = g->app;
	int given = 0;
	for (int i = 0; i < g->nasked; i++)
		given += g->result[g->asked[i]] != NULL && !(g->draft && same_text(g->result[g->asked[i]],
		                                                                  g->was_result[g->asked[i]]) &&
		                                              same_text(g->note[g->asked[i]], g->was_note[g->asked[i]]));
	int changed = given || (g->grade && !same_text(g->grade, g->was_grade)) || g->nactions > 0;
	if (!live(app) || !changed)
		return 0;
	int keep_default = app->ask_end != ASK_END_INTERRUPT;
	char *text = xprintf("Leaving the audit. Keep what was answered as %s, to finish later with 'audit start %s'? "
	                     "%s.", g->draft ? "part of the draft" : "a draft", g->case_ref,
	                     keep_default ? "Enter keeps it (the default after Ctrl-D); n drops it"
	                                  : "Enter drops it (the default after Ctrl-C); y keeps it");
	say(app, "%s", "");
	say_folded(app, "", text);
	free(text);
	for (;;) {
		char *line = app->ask(app, keep_default ? "keep as a draft? [Y/n]: " : "keep as a draft? [y/N]: ");
		if (line == NULL)
			return keep_default && app->ask_end == ASK_END_INPUT;
		char *t = trim(line);
		int answer = *t == '\0' ? keep_default : tolower((unsigned char)*t) == 'y' ? 1 : -1;
		if (*t != '\0' && !yes_no(t))
			answer = -2;
		free(line);
		if (answer == -2) {
			say(app, "expected y (yes) or n (no)");
			continue;
		}
		return answer == 1;
	}
}

static int audit_start(App *app, const Args *a, char **cause)
{
	char today[11];
	date_today(today);
	Guided g = {0};
	g.app = app;
	g.case_ref = a->pos[0];
	g.date = args_get(a, "date") ? args_get(a, "date") : today;
	g.auditor = args_get(a, "auditor");
	if (check_date("--date", g.date, cause) != 0)
		return -1;
	char theme[128];
	if (args_get(a, "theme") != NULL) {
		if (repo_theme_name(app->db, args_get(a, "theme"), theme, cause) != 0)
			return -1;
		g.theme = theme;
	}
	if (g.auditor == NULL) {
		/* The person recording audits as themselves when they are a worker. */
		long long id;
		if (repo_worker_id(app->db, db_user(app->db), &id, NULL) != 0)
			return failure(cause, "audit start needs --auditor NAME: the user '%s' is not a worker's name",
			               db_user(app->db));
		g.auditor = db_user(app->db);
	}
	if (g.theme == NULL) {
		/* A themed draft goes on with its theme's standards. */
		Table *draft = repo_audit_draft_of(app->db, g.case_ref, g.auditor, args_get(a, "date"), NULL);
		if (draft && draft->nrow > 0 && repo_audit_theme(app->db, table_cell(draft, 0, 0)->i, theme, NULL) == 1)
			g.theme = theme;
		table_free(draft);
	}
	Table *context = NULL;
	int rc = guided_prepare(&g, args_get(a, "date"), &context, cause);
	char *case_worker = NULL;
	int kept = 0;
	Step step = STEP_STANDARD;
	int at = 0;
	if (rc == 0) {
		say(app, "Audit of case %s by %s on %s", g.case_ref, g.auditor, g.date);
		show_context(&g, context);
		const Value *w = table_cell(context, 0, table_column(context, "worker"));
		case_worker = w->s ? xstrdup(w->s) : NULL;
		rc = guided_questions(&g, &step, &at, cause);
		if (rc == 1)
			rc = guided_actions(&g, case_worker, &step, cause);
		int measured = 0;
		for (int row = 0; row < g.n; row++)
			measured += g.result[row] && strcmp(g.result[row], "na") != 0;
		if (rc == 1 && g.grade && measured) {
			step = STEP_SUBMIT;
			rc = ask(&g, "submit now? [y/N]: ", check_yes_no, NULL, cause);
			g.submit = rc == 1 && tolower((unsigned char)g.line[0]) == 'y';
		} else if (rc == 1) {
			say(app, "%s: the audit is kept as a draft.", g.grade ? "No standard was met or not met" : "No grade yet");
		}
		if (rc == 0 && offer_draft(&g)) {
			kept = 1;
			rc = 0;
		} else if (rc == 0 && g.draft) {
			rc = failure(cause, "audit start left; draft audit %lld stays as it was", g.draft);
		} else if (rc == 0) {
			rc = failure(cause, "audit start abandoned; nothing was recorded");
		} else if (rc == 1) {
			rc = 0;
		} else if (g.bad_line > 0) {
			/* One error, at the bad answer's line; the rest of this
			 * audit's lines are read, never run as commands (--bail
			 * stops here instead). Only a script's lines could run as
			 * commands: answers given with -c come from standard input,
			 * perhaps a terminal, which is not read any further. */
			app->error_line = g.bad_line;
			if (app->bail || app->script == 0) {
				char *full = xprintf("%s; nothing was recorded", *cause);
				free(*cause);
				*cause = full;
			} else {
				long last = guided_skip(&g, step, at);
				char *full = last > g.bad_line
				             ? xprintf("%s; nothing was recorded, and the rest of this audit's lines (to line %ld) "
				                       "were skipped", *cause, last)
				             : xprintf("%s; nothing was recorded", *cause);
				free(*cause);
				*cause = full;
			}
		}
	}
	if (rc != 0 && g.asked != NULL && g.bad_line == 0 && app->script > 0 && !app->bail && *cause) {
		/* The audit could not begin (an auditor who may not audit it, one
		 * already recorded) but its standards are known: its answer lines
		 * follow in a script, and are skipped in the audit's shape as after
		 * a bad answer, so none runs as a command. (A case that is not
		 * known gives no shape to skip by.) */
		app->answer_line = 0;
		long last = guided_skip(&g, STEP_STANDARD, -1);
		if (last > 0) {
			char *full = xprintf("%s; this audit's lines (to line %ld) were skipped", *cause, last);
			free(*cause);
			*cause = full;
		}
	}
	long long id = 0;
	if (rc == 0)
		rc = guided_record(&g, &id, cause);
	if (rc == 0 && kept) {
		if (g.nactions > 0 && g.actions[g.nactions - 1].due == NULL)
			say(app, "The last action was not finished (no %s yet), so it is not kept.",
			    g.actions[g.nactions - 1].owner ? "due date" : "owner");
		char *text = xprintf("Audit %lld kept as a draft: 'audit start %s --auditor \"%s\"' goes on with it.", id,
		                     g.case_ref, g.auditor);
		say_folded(app, "  ", text);
		free(text);
		output_id(&app->out, id);
	} else if (rc == 0) {
		say(app, "Audit %lld %s%s.", id, g.draft ? "brought up to date" : "recorded",
		    g.submit ? " and submitted" : " as a draft");
		output_id(&app->out, id);
	}
	free(case_worker);
	table_free(context);
	guided_free(&g);
	return rc;
}

static const Arg add_args[] = {
	ARG_POS("CASE", KIND_CASE), ARG_NEEDS("date", "DATE", KIND_DATE), ARG_NEEDS("auditor", "NAME", KIND_WORKER),
	ARG_OPT("type", "TYPE", KIND_TYPE), ARG_OPT("grade", "GRADE", KIND_GRADE), ARG_SWITCH("submit"),
	ARG_OPT("follows", "AUDIT", KIND_AUDIT), ARG_OPT("theme", "NAME", KIND_THEME),
	ARG_POS_F("STANDARD=RESULT", KIND_ANSWER, ARG_OPTIONAL | ARG_MULTI),
	ARGS_END};
static const Arg start_args[] = {
	ARG_POS("CASE", KIND_CASE), ARG_OPT("date", "DATE", KIND_DATE), ARG_OPT("auditor", "NAME", KIND_WORKER),
	ARG_OPT("theme", "NAME", KIND_THEME), ARGS_END};
static const Arg answer_args[] = {
	ARG_POS("AUDIT", KIND_AUDIT), ARG_POS("STANDARD", KIND_STANDARD), ARG_POS("RESULT", KIND_RESULT),
	ARG_OPT("note", "TEXT", KIND_TEXT), ARGS_END};
static const Arg grade_args[] = {ARG_POS("AUDIT", KIND_AUDIT), ARG_POS("GRADE", KIND_GRADE), ARGS_END};
static const Arg audit_args[] = {ARG_POS("AUDIT", KIND_AUDIT), ARGS_END};
static const Arg moderate_verdict[] = {ARG_SWITCH_F("agree", 0), ARG_OPT_F("grade", "GRADE", KIND_GRADE, 0), ARGS_END};
static const Arg moderate_args[] = {
	ARG_POS("AUDIT", KIND_AUDIT), ARG_NEEDS("by", "NAME", KIND_WORKER), ARG_ONEOF(moderate_verdict, 0),
	ARG_OPT("note", "TEXT", KIND_TEXT), ARG_OPT("date", "DATE", KIND_DATE), ARGS_END};
static const Arg list_args[] = {
	ARG_OPT("team", "TEAM", KIND_TEAM), ARG_OPT("case", "ID", KIND_CASE), ARG_OPT("auditor", "NAME", KIND_WORKER),
	ARG_OPT("from", "DATE", KIND_DATE), ARG_OPT("to", "DATE", KIND_DATE), ARG_SWITCH("unmoderated"),
	ARG_SWITCH("drafts"), ARGS_END};

const Command cmd_audit[] = {
	{"audit", "add", add_args, CMD_WRITE,
	 "record an audit of a case file, with its answers",
	 "Records an audit of the case and prints its number. The audit belongs to\n"
	 "the team that held the case on the audit date. It is a draft, which\n"
	 "'audit answer', 'audit grade' and 'audit submit' complete, unless\n"
	 "--submit submits it at once.\n"
	 "  --date DATE      the day the audit was done (not after today)\n"
	 "  --auditor NAME   the worker who did it: a manager, an iro or a\n"
	 "                   qa-officer (a partner in a multi-agency audit), never\n"
	 "                   the worker allocated the case on DATE\n"
	 "  --type TYPE      dip-sample (default), themed or multi-agency\n"
	 "  --grade GRADE    outstanding, good, requires-improvement, inadequate\n"
	 "                   (adequate for audits before Ofsted's 2013 framework)\n"
	 "  --submit         submit now: needs at least one answer met or not-met,\n"
	 "                   and --grade for a dip-sample audit\n"
	 "  --follows AUDIT  a re-audit of that earlier submitted audit of the case\n"
	 "                   (audit show and reaudit compare show then and now)\n"
	 "  --theme NAME     a themed audit of that theme ('theme list'): kept with\n"
	 "                   the audit, type themed; answers only its standards\n"
	 "  STANDARD=RESULT  an answer: a code from 'standard list' and a result,\n"
	 "                   {RESULTS}. A standard that does not apply to\n"
	 "                   the case (for example IHA on a file of a child not in\n"
	 "                   care) can only be na; NEGLECT and CSE-IDENTIFIED may be\n"
	 "                   answered on any file. Standards left unanswered are not\n"
	 "                   counted.\n"
	 "An audit of the same case on the same date by the same auditor as one\n"
	 "already recorded is refused.\n\n"
	 "example: audit add C1001 --date 2016-11-02 --auditor \"Mary Shah\" --grade good --submit CHRON=met PLAN=not-met VOICE=met\n",
	 audit_add},
	{"audit", "start", start_args, CMD_NO_TX | CMD_TALKS,
	 "audit a case file step by step",
	 "The guided audit. Shows the case (status, flags, worker, latest\n"
	 "chronology entry and supervision) and, for a re-audit, the latest\n"
	 "earlier submitted audit of the case (date, grade, and its answer beside\n"
	 "each question as 'last time'). Then it asks each standard that applies\n"
	 "to the case in turn: m (met), n (not met) or x (n/a), optionally\n"
	 "followed by a note ('n no chronology since May'); < goes back one\n"
	 "standard, ? explains it. Standards that do not apply are recorded n/a\n"
	 "without asking. On a terminal a review lists every answer and note\n"
	 "before the grade: a number or code there changes that answer. Then the\n"
	 "grade (blank to grade later), the actions (text, owner, due date as\n"
	 "YYYY-MM-DD or +DAYS; a blank action finishes), and whether to submit.\n"
	 "Nothing is recorded until the end. Ctrl-D or Ctrl-C half way offers to\n"
	 "keep the answers as a draft (after Ctrl-D keeping is the default, after\n"
	 "Ctrl-C dropping). 'audit start' on a case with a draft by the same\n"
	 "auditor (of --date, when given) continues it from the first standard\n"
	 "without an answer.\n"
	 "In a script the answers are the lines that follow the command: one per\n"
	 "standard asked (a ? line asks again, < goes back), the grade, actions\n"
	 "as text, owner and due lines ended by a blank line, then y or n to\n"
	 "submit when the audit is graded and has an answer met or not met. A bad\n"
	 "answer records nothing and is the one error, named by its own line;\n"
	 "the rest of that audit's lines, in that shape, are read and never run\n"
	 "as commands (--bail stops at the bad answer instead); so are those of\n"
	 "an audit that cannot begin, when its case is known. Given with -c,\n"
	 "the answers are read from standard input.\n"
	 "  --date DATE      the day of the audit (default: today, or the draft's)\n"
	 "  --auditor NAME   who is auditing (default: the --user name, if it is a\n"
	 "                   worker's)\n"
	 "  --theme NAME     a themed audit: ask only the standards of the theme\n"
	 "                   ('theme list') that apply to the case; recorded as\n"
	 "                   type themed with its theme, which needs no grade to\n"
	 "                   submit (a themed draft goes on with its theme)\n\n"
	 "example: audit start C1001 --auditor \"Mary Shah\"\n",
	 audit_start},
	{"audit", "answer", answer_args, CMD_WRITE,
	 "answer one standard of a draft audit",
	 "Records met, not-met or na for one standard of a draft audit, replacing\n"
	 "any earlier answer to it (and its note). A submitted audit cannot change.\n"
	 "  --note TEXT   the auditor's reasoning\n\n"
	 "example: audit answer 12 CHRON not-met --note \"not updated since June\"\n",
	 audit_answer},
	{"audit", "grade", grade_args, CMD_WRITE,
	 "grade a draft audit",
	 "Sets the overall grade of a draft audit: outstanding, good,\n"
	 "requires-improvement or inadequate (adequate for audits before Ofsted's\n"
	 "2013 framework).\n\n"
	 "example: audit grade 12 requires-improvement\n",
	 audit_grade},
	{"audit", "submit", audit_args, CMD_WRITE,
	 "submit a draft audit, which then cannot change",
	 "Submits a draft audit: it then counts in 'compliance' and can no longer\n"
	 "be changed. It needs at least one answer met or not-met and, for a\n"
	 "dip-sample audit, a grade (themed and multi-agency audits need none).\n"
	 "Standards that apply but were not answered are named, and not counted\n"
	 "(na and unanswered standards count in neither side of a percentage).\n\n"
	 "example: audit submit 12\n",
	 audit_submit},
	{"audit", "moderate", moderate_args, CMD_WRITE,
	 "review a submitted audit's grade",
	 "Records a second manager's review of a submitted audit, once per audit.\n"
	 "The auditor's grade stays; 'audit show' shows both.\n"
	 "  --by NAME       the moderator: a manager (team-manager, head-of-service\n"
	 "                  or senior-manager) who is not the auditor\n"
	 "  --agree         the auditor's grade stands\n"
	 "  --grade GRADE   the grade the moderator gives instead\n"
	 "  --note TEXT     the moderator's reasoning\n"
	 "  --date DATE     the day of the review (default: today)\n\n"
	 "example: audit moderate 12 --by \"Helen Ward\" --grade inadequate --note \"risk not analysed\"\n",
	 audit_moderate},
	{"audit", "show", audit_args, 0,
	 "show an audit with its answers and actions",
	 "Shows the audit (case, team, auditor, date, type, grade, status,\n"
	 "submission, moderation, the standards that apply but are not answered\n"
	 "(of a themed audit, those of its theme), its theme, and the re-audit\n"
	 "link both ways: 're-audit of audit N (date, grade)' on a re-audit and\n"
	 "'re-audited by audit M (date, grade)' on an audit re-audited since),\n"
	 "then its answers and its actions, and for a re-audit each standard then\n"
	 "and now (as reaudit compare). In csv the parts follow one another,\n"
	 "separated by an empty line, and the record has every field\n"
	 "(theme, reaudit_of, reaudit_of_date, reaudit_of_grade, reaudited_by,\n"
	 "reaudited_by_date, reaudited_by_grade; empty when none); in json it is\n"
	 "one object with \"answers\" and \"actions\" arrays (and \"then_and_now\"\n"
	 "for a re-audit).\n\n"
	 "example: audit show 12\n",
	 audit_show},
	{"audit", "list", list_args, 0,
	 "list audits",
	 "Lists audits by date, with their grade, status, moderated grade and, for\n"
	 "a themed audit, its theme.\n"
	 "  --team TEAM      audits of that team (the team on the audit date)\n"
	 "  --case ID        audits of that case\n"
	 "  --auditor NAME   audits by that worker\n"
	 "  --from DATE      audits dated on or after DATE\n"
	 "  --to DATE        audits dated on or before DATE\n"
	 "  --unmoderated    submitted audits not yet moderated\n"
	 "  --drafts         drafts only\n\n"
	 "example: audit list --team \"Assessment Team 1\" --from 2016-11-01 --to 2016-11-30\n",
	 audit_list},
	{NULL, NULL, NULL, 0, NULL, NULL, NULL},
};
