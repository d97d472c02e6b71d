/* history: every recorded change, as the triggers wrote it; history
 * verify: that nothing else changed it (history_chain.c). */
#include <string.h>

#include "command.h"
#include "history_chain.h"
#include "repo.h"
#include "util.h"

/* Problems listed in full; beyond, only counted (a history rewritten
 * wholesale would otherwise list every entry). */
enum { PROBLEMS_LISTED = 1000 };

static void add_problem(void *ctx, const HistoryProblem *p)
{
	Table *t = ctx;
	if (t->nrow >= PROBLEMS_LISTED)
		return;
	static const char *const kinds[] = {"entry", "row", "head"};
	int row = table_add_row(t);
	table_set_text(t, row, 0, kinds[p->kind]);
	if (p->position > 0)
		table_set_int(t, row, 1, p->position);
	if (p->id > 0)
		table_set_int(t, row, 2, p->id);
	table_set_text(t, row, 3, p->table);
	table_set_text(t, row, 4, p->row);
	table_set_text(t, row, 5, p->problem);
}

static int verify(App *app, const Args *a, char **cause)
{
	Table *t = table_new("kind", "position", "id", "table", "row", "problem", (const char *)NULL);
	HistoryVerifyResult r;
	if (history_chain_verify(db_handle(app->db), args_get(a, "head"), add_problem, t, &r, cause) != 0) {
		table_free(t);
		return -1;
	}
	/* In table mode each problem is a line, in full: they are sentences. */
	if (app->out.mode != MODE_TABLE)
		output_table(&app->out, t);
	for (int i = 0; i < t->nrow; i++) {
		const char *kind = table_cell(t, i, 0)->s, *problem = table_cell(t, i, 5)->s;
		const Value *position = table_cell(t, i, 1), *id = table_cell(t, i, 2);
		const Value *table = table_cell(t, i, 3), *row = table_cell(t, i, 4);
		if (strcmp(kind, "entry") == 0)
			output_note(&app->out, "entry %lld (id %lld, %s %s): %s", position->i, id->i,
			            table->type == VALUE_TEXT ? table->s : "?", row->type == VALUE_TEXT ? row->s : "?", problem);
		else if (strcmp(kind, "row") == 0)
			output_note(&app->out, "%s %s: %s", table->s, row->s, problem);
		else
			output_note(&app->out, "%s", problem);
	}
	table_free(t);
	const char *head = r.head[0] ? r.head : "none";
	if (r.problems > 0) {
		if (r.problems > PROBLEMS_LISTED)
			output_note(&app->out, "(the first %d problems of %lld)", PROBLEMS_LISTED, r.problems);
		output_note(&app->out, "history: %lld entr%s, head sha256 %s", r.entries, r.entries == 1 ? "y" : "ies", head);
		return failure(cause, "the history is not whole: %lld problem%s found; it was changed by something other "
		               "than caseaudit", r.problems, r.problems == 1 ? "" : "s");
	}
	output_note(&app->out, "history: %lld entr%s, head sha256 %s", r.entries, r.entries == 1 ? "y" : "ies", head);
	if (r.head_position > 0)
		output_note(&app->out, "the head given is entry %lld: the history up to it is as it was when it was printed",
		            r.head_position);
	output_note(&app->out, "whole: every entry matches its hash and the one before it, and every recorded row "
	            "matches its last entry");
	return 0;
}

static int history(App *app, const Args *a, char **cause)
{
	HistoryFilter f = {args_get(a, "table"), args_get(a, "id"), args_get(a, "from"), args_get(a, "to")};
	if (check_date("--from", f.from, cause) != 0 || check_date("--to", f.to, cause) != 0)
		return -1;
	Sink *sink = output_sink(&app->out);
	return output_sink_close(sink, repo_history_list(app->db, &f, sink, cause));
}

static const Arg history_args[] = {
	ARG_OPT("table", "TABLE", KIND_TEXT), ARG_OPT("id", "ID", KIND_NUMBER), ARG_OPT("from", "DATE", KIND_DATE),
	ARG_OPT("to", "DATE", KIND_DATE), ARGS_END};

static const Arg verify_args[] = {ARG_OPT("head", "HASH", KIND_TEXT), ARGS_END};

const Command cmd_history[] = {
	{"history", NULL, history_args, 0,
	 "list every recorded change",
	 "Lists every change ever made, oldest first: when (UTC), who (--user),\n"
	 "the operating-system account that ran caseaudit (account; empty for\n"
	 "changes recorded before caseaudit kept it),\n"
	 "the table and row changed, the operation (insert, update, delete), and\n"
	 "the row before (old) and after (new) as JSON; for an update, only the\n"
	 "fields that changed. An audit recorded with its answers (audit add,\n"
	 "audit start, import audits) is one change: the audit's insert, whose\n"
	 "new holds the audit as recorded, its answers and their notes by\n"
	 "standard code; later changes to a draft's answers are changes to table\n"
	 "answer, and --table answer --id 12/CHRON shows both. Nothing can alter\n"
	 "or delete the history, and 'history verify' shows whether anything\n"
	 "else did.\n"
	 "  --table TABLE   changes to one table: team, worker, case_file (or case),\n"
	 "                  case_flag, chronology, supervision, audit, answer,\n"
	 "                  moderation, action, sample, ...\n"
	 "  --id ID         changes to one row, as the row column shows it (the\n"
	 "                  internal id, or e.g. 12/CHRON for an answer)\n"
	 "  --from DATE     changes made on or after DATE\n"
	 "  --to DATE       changes made on or before DATE (days of the council's\n"
	 "                  calendar, 'council show': 23:30 UTC on a summer day is\n"
	 "                  the next day in London)\n\n"
	 "example: history --table audit --id 12\n",
	 history},
	{"history", "verify", verify_args, 0,
	 "prove that nothing changed the history",
	 "Checks the history's hash chain: each entry carries a SHA-256 hash of\n"
	 "the entry before it and of its own contents (when, who, account,\n"
	 "table, row, operation, old, new). An entry changed, removed, moved or\n"
	 "inserted by any other program (the sqlite3 shell with triggers off,\n"
	 "say) breaks the chain there, and is listed by its position (1 for the\n"
	 "oldest entry) and id. Then every row of every recorded table is\n"
	 "compared with its last history entry: a row changed, added or removed\n"
	 "without being recorded is listed too. Prints the number of entries and\n"
	 "the chain's head (the newest entry's hash; backup and report html print\n"
	 "it too). Exit status 0 when the history is whole, 1 otherwise.\n"
	 "Someone able to write the file who rewrites the chain from some point\n"
	 "on, consistently, is caught only against a head printed before: keep\n"
	 "the heads that backups and committee reports print.\n"
	 "  --head HASH     also check that the history still holds the entry\n"
	 "                  whose hash was printed earlier (16 to 64 of its\n"
	 "                  hexadecimal digits): the history up to it is unchanged\n\n"
	 "example: history verify --head 3f9a0c1e5b7d2a48\n",
	 verify},
	{NULL, NULL, NULL, 0, NULL, NULL, NULL},
};
