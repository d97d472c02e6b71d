/* action add, done, list: the follow-ups audits set. */
#include <stdlib.h>

#include "command.h"
#include "repo.h"
#include "util.h"

static int action_add(App *app, const Args *a, char **cause)
{
	long long audit, id;
	const char *owner = args_get(a, "owner"), *due = args_get(a, "due");
	if (check_positive("audit", a->pos[0], &audit, cause) != 0)
		return -1;
	if (owner == NULL)
		return failure(cause, "action add needs --owner NAME, the worker who must do it");
	if (due == NULL)
		return failure(cause, "action add needs --due DATE, when it must be done by");
	if (check_date("--due", due, cause) != 0)
		return -1;
	if (repo_action_add(app->db, audit, a->pos[1], owner, due, &id, cause) != 0)
		return -1;
	output_id(&app->out, id);
	return 0;
}

static int action_done(App *app, const Args *a, char **cause)
{
	long long id;
	if (check_positive("action", a->pos[0], &id, cause) != 0 ||
	    check_date("--date", args_get(a, "date"), cause) != 0)
		return -1;
	return repo_action_done(app->db, id, args_get(a, "date"), cause);
}

static int action_list(App *app, const Args *a, char **cause)
{
	ActionFilter f = {0};
	f.open = args_has(a, "open");
	f.overdue = args_has(a, "overdue");
	f.owner = args_get(a, "owner");
	f.team = args_get(a, "team");
	if (args_get(a, "audit") && check_positive("--audit", args_get(a, "audit"), &f.audit, cause) != 0)
		return -1;
	Sink *sink = output_sink(&app->out);
	return output_sink_close(sink, repo_action_list(app->db, &f, sink, cause));
}

static const OptionSpec add_options[] = {{"owner", OPT_VALUE, "NAME"}, {"due", OPT_VALUE, "DATE"}, {NULL, 0, NULL}};
static const OptionSpec done_options[] = {{"date", OPT_VALUE, "DATE"}, {NULL, 0, NULL}};
static const OptionSpec list_options[] = {
	{"open", 0, NULL}, {"overdue", 0, NULL}, {"owner", OPT_VALUE, "NAME"}, {"team", OPT_VALUE, "TEAM"},
	{"audit", OPT_VALUE, "AUDIT"}, {NULL, 0, NULL}};

const Command cmd_action[] = {
	{"action", "add", "AUDIT TEXT --owner NAME --due DATE", 2, 2, "audit", add_options, CMD_WRITE,
	 "set a follow-up action on an audit",
	 "Sets an action on an audit (draft or submitted: actions are what follows\n"
	 "an audit) and prints its number. Quote the text.\n"
	 "  --owner NAME   the worker who must do it (in post)\n"
	 "  --due DATE     when it must be done by (not before the audit date)\n\n"
	 "example: action add 12 \"Update the chronology\" --owner \"Anna Smith\" --due 2016-12-14\n",
	 action_add},
	{"action", "done", "ACTION [--date DATE]", 1, 1, NULL, done_options, CMD_WRITE,
	 "mark an action done",
	 "Records that an open action was done.\n"
	 "  --date DATE   when it was done (default: today; not after today)\n\n"
	 "example: action done 4 --date 2016-12-01\n",
	 action_done},
	{"action", "list", "[--open] [--overdue] [--owner NAME] [--team TEAM] [--audit AUDIT]", 0, 0, NULL, list_options, 0,
	 "list actions, soonest due first",
	 "Lists actions with their audit, case, owner, due and done dates, and\n"
	 "status: open, overdue (not done and due before today) or done.\n"
	 "  --open          only actions not done\n"
	 "  --overdue       only actions not done and due before today\n"
	 "  --owner NAME    only that worker's actions\n"
	 "  --team TEAM     only actions on cases that team holds now\n"
	 "  --audit AUDIT   only the actions of that audit\n\n"
	 "example: action list --overdue --owner \"Anna Smith\"\n",
	 action_list},
	{NULL, NULL, NULL, 0, 0, NULL, NULL, 0, NULL, NULL, NULL},
};
