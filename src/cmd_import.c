/* import cases, import audits: CSV files in, each bad row reported as
 * FILE:LINE: on standard error, the whole file or nothing. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

#include "command.h"
#include "progress.h"
#include "repo.h"
#include "repo_import.h"
#include "util.h"

/* Where the problems of an import go: the file's name before each, and
 * the command, whose options spell the fields the messages name. */
typedef struct {
	const char *path;
	const Command *command;
} ImportContext;

static void print_problem(void *ctx, long line, const char *message)
{
	const ImportContext *ic = ctx;
	char *spelt = command_spell_text(ic->command, message);
	fprintf(stderr, "%s:%ld: %s\n", ic->path, line, spelt);
	free(spelt);
}

static void print_warning(void *ctx, const char *message)
{
	const ImportContext *ic = ctx;
	char *spelt = command_spell_text(ic->command, message);
	fprintf(stderr, "warning: %s: %s\n", ic->path, spelt);
	free(spelt);
}

/* Progress of an import on a terminal: rows, and percent of the file. */
typedef struct {
	Progress *progress;
	long long size;
} ImportProgress;

static void show_progress(void *ctx, long long rows, long long bytes)
{
	ImportProgress *ip = ctx;
	progress_rows(ip->progress, rows, bytes, ip->size);
}

static void progress_start(App *app, ImportSource *src, ImportProgress *ip)
{
	char *what = xprintf("importing %s", src->path);
	ip->progress = progress_begin(app, what);
	free(what);
	struct stat st;
	ip->size = stat(src->path, &st) == 0 && S_ISREG(st.st_mode) ? (long long)st.st_size : 0;
	if (ip->progress) {
		src->progress = show_progress;
		src->progress_ctx = ip;
	}
}

static const char *const formats[] = {"csv", "annex-a", NULL};

static char *created(const ImportCounts *c)
{
	Buf b = {0};
	if (c->teams_created)
		buf_printf(&b, "%lld team%s", c->teams_created, c->teams_created == 1 ? "" : "s");
	if (c->workers_created)
		buf_printf(&b, "%s%lld worker%s", b.s ? " and " : "", c->workers_created,
		           c->workers_created == 1 ? "" : "s");
	char *text = xprintf("%s%s", b.s ? "; created " : "", b.s ? b.s : "");
	buf_free(&b);
	return text;
}

static int import_cases(App *app, const Args *a, char **cause)
{
	const char *format = args_get(a, "format");
	if (format && check_enum("--format", format, formats, cause) != 0)
		return -1;
	const char *path = a->pos[0];
	ImportContext ic = {path, command_find("import", "cases")};
	ImportSource src = {path, format && format[0] == 'a' ? IMPORT_ANNEX_A : IMPORT_CSV,
	                    args_has(a, "create-missing"), print_problem, print_warning, &ic, NULL, NULL};
	ImportCounts c;
	ImportProgress ip;
	progress_start(app, &src, &ip);
	int rc = repo_import_cases(app->db, &src, &c, cause);
	progress_end(ip.progress);
	if (rc != 0)
		return -1;
	char *list = c.list_what ? xprintf(" (Annex A list %d, %s)", c.list, c.list_what) : xstrdup("");
	char *more = created(&c);
	output_note(&app->out, "imported %lld case%s from %s%s: %lld added, %lld updated, %lld unchanged%s", c.rows,
	            c.rows == 1 ? "" : "s", path, list, c.added, c.updated, c.unchanged, more);
	free(more);
	free(list);
	return 0;
}

static int import_audits(App *app, const Args *a, char **cause)
{
	const char *path = a->pos[0];
	ImportContext ic = {path, command_find("import", "audits")};
	ImportSource src = {path, IMPORT_CSV, 0, print_problem, print_warning, &ic, NULL, NULL};
	ImportCounts c;
	ImportProgress ip;
	progress_start(app, &src, &ip);
	int rc = repo_import_audits(app->db, &src, &c, cause);
	progress_end(ip.progress);
	if (rc != 0)
		return -1;
	output_note(&app->out, "imported %lld audit%s from %s: %lld submitted, %lld draft%s", c.rows,
	            c.rows == 1 ? "" : "s", path, c.submitted, c.drafts, c.drafts == 1 ? "" : "s");
	return 0;
}

static const Arg cases_args[] = {
	ARG_POS("FILE", KIND_FILE),
	ARG_CHOICE("format", "csv|annex-a", formats),
	ARG_SWITCH("create-missing"),
	ARGS_END,
};
static const Arg audits_args[] = {ARG_POS("FILE", KIND_FILE), ARGS_END};

const Command cmd_import[] = {
	{"import", "cases", cases_args, CMD_WRITE | CMD_ALONE,
	 "add and update case files from a CSV file",
	 "Reads a CSV file (RFC 4180: quoted fields may hold commas, quotes and line\n"
	 "breaks; CRLF, LF or CR; UTF-8, with or without a byte-order mark). The\n"
	 "first row names the columns, in any order and any case: at least id and\n"
	 "team, and optionally worker, status, opened, closed and flags\n"
	 "(';'-separated, e.g. neglect;cse); a column not known is named in a\n"
	 "warning and nothing of it is imported. A title row above the header is\n"
	 "passed over (the header is looked for in the first 5 rows); rows of\n"
	 "separators alone are blank lines; a totals row is refused.\n"
	 "Dates are DD/MM/YYYY, D/M/YYYY or YYYY-MM-DD (a midnight time after them\n"
	 "is ignored); two-digit years and spreadsheet day numbers are refused.\n"
	 "Spreadsheet errors (#N/A, #REF!, ...) are refused. A worker written\n"
	 "Unallocated, Not allocated, N/A, -, TBC or none means no worker; a team\n"
	 "written Unknown (N/A, TBC, ...) is refused.\n"
	 "New IDs are added. Existing IDs get the row's team, and its worker,\n"
	 "status, flags and closed date when the file has those columns (a blank\n"
	 "worker unallocates, blank flags clear them, a blank closed date reopens);\n"
	 "an opened date fills in a missing one but never replaces one. A row that\n"
	 "changes nothing is always accepted, so 'case list --mode csv' writes a\n"
	 "file this reads back unchanged (it removes the apostrophe csv output\n"
	 "puts before text starting =, +, -, @).\n"
	 "Every row is checked. A bad row is reported as FILE:LINE: and the\n"
	 "problem; if any row is bad nothing is imported.\n"
	 "  --format csv       the columns above (the default)\n"
	 "  --format annex-a   an Ofsted Annex A list 6 (children in need), 7 (child\n"
	 "                     protection) or 8 (children looked after), told apart\n"
	 "                     by its start-date column, with liia-tools' column\n"
	 "                     names and patterns (Child Unique ID, LA Child ID,\n"
	 "                     Allocated Team, Allocated Worker, ...). Each list's\n"
	 "                     episode of a child is kept, and the most specific\n"
	 "                     open one (cic over cp over cin) decides the case's\n"
	 "                     status, team and worker, whatever order the lists\n"
	 "                     are imported in; list 6's Case Status is read; list\n"
	 "                     7's category of abuse Neglect sets neglect, list 8's\n"
	 "                     missing episodes above 0 set missing\n"
	 "  --create-missing   create unknown teams, and unknown workers as\n"
	 "                     social workers of the row's team, instead of\n"
	 "                     refusing those rows\n\n"
	 "example: import cases cases.csv\n"
	 "example: import cases list7.csv --format annex-a --create-missing\n",
	 import_cases},
	{"import", "audits", audits_args, CMD_WRITE | CMD_ALONE,
	 "record past audits from a CSV file",
	 "Reads a CSV file with one audit a row: columns case, date, auditor\n"
	 "(needed), type, grade, submitted, theme, and one column per standard holding\n"
	 "the answer: met, not met or n/a (also Met, Not met, N/A, NA, Y/N, Yes/No,\n"
	 "in any case; blank: not answered). A standard's column is its code in\n"
	 "any spelling (Missing Interview is MISSING-INTERVIEW) or its words; a\n"
	 "column that looks like a standard but is neither (Chronolgy, Voice of the\n"
	 "child) refuses the file, since its answers would be lost; other unknown\n"
	 "columns are named in a warning. Dates as 'import cases' reads them.\n"
	 "type: dip-sample, themed (Thematic), multi-agency; grade: outstanding,\n"
	 "good, requires-improvement (Requires improvement to be good),\n"
	 "inadequate, adequate (before 2013); submitted: yes or no (Y/N,\n"
	 "true/false, 1/0, Submitted/Draft; blank: no): submitted audits need a\n"
	 "grade and an answer\n"
	 "and are frozen once imported; the others are drafts. theme: a theme of\n"
	 "'theme list' (any case; blank: none) makes the row a themed audit of it\n"
	 "(type blank or themed, no grade needed), answering only the theme's\n"
	 "standards, as 'audit add --theme' records it. Each audit is\n"
	 "checked as 'audit add' checks it and belongs to the team holding the\n"
	 "case. An audit of the same case, date and auditor as one already\n"
	 "recorded is refused, so a file imported twice is not counted twice. A\n"
	 "bad row is reported as FILE:LINE: and the problem; if any row is bad\n"
	 "nothing is imported.\n\n"
	 "example: import audits audits-2016.csv\n",
	 import_audits},
	{NULL, NULL, NULL, 0, NULL, NULL, NULL},
};
