/* history: every recorded change, as the triggers wrote it. */
#include "command.h"
#include "repo.h"

static int history(App *app, const Args *a, char **cause)
{
	HistoryFilter f = {args_get(a, "table"), args_get(a, "id"), args_get(a, "from"), args_get(a, "to")};
	if (check_date("--from", f.from, cause) != 0 || check_date("--to", f.to, cause) != 0)
		return -1;
	Sink *sink = output_sink(&app->out);
	return output_sink_close(sink, repo_history_list(app->db, &f, sink, cause));
}

static const OptionSpec options[] = {
	{"table", OPT_VALUE, "TABLE"}, {"id", OPT_VALUE, "ID"}, {"from", OPT_VALUE, "DATE"},
	{"to", OPT_VALUE, "DATE"}, {NULL, 0, NULL}};

const Command cmd_history[] = {
	{"history", NULL, "[--table TABLE] [--id ID] [--from DATE] [--to DATE]", 0, 0, NULL, options, 0,
	 "list every recorded change",
	 "Lists every change ever made, oldest first: when (UTC), who (--user),\n"
	 "the table and row changed, the operation (insert, update, delete), and\n"
	 "the row before (old) and after (new) as JSON; for an update, only the\n"
	 "fields that changed. An audit recorded with its answers (audit add,\n"
	 "audit start, import audits) is one change: the audit's insert, whose\n"
	 "new holds the audit as recorded, its answers and their notes by\n"
	 "standard code; later changes to a draft's answers are changes to table\n"
	 "answer, and --table answer --id 12/CHRON shows both. Nothing can alter\n"
	 "or delete the history.\n"
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
	{NULL, NULL, NULL, 0, 0, NULL, NULL, 0, NULL, NULL, NULL},
};
