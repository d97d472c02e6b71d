/* feedback add, feedback list: an audit discussed with the case's worker. */
#include "command.h"
#include "repo.h"
#include "util.h"

static int feedback_add(App *app, const Args *a, char **cause)
{
	long long audit;
	if (check_positive("audit", a->pos[0], &audit, cause) != 0 ||
	    check_date("--date", args_get(a, "date"), cause) != 0)
		return -1;
	if (args_get(a, "by") == NULL)
		return failure(cause, "feedback add needs --by NAME, the manager or auditor who gave it");
	return repo_feedback_add(app->db, audit, args_get(a, "worker"), args_get(a, "by"), args_get(a, "date"),
	                         args_get(a, "response"), cause);
}

static int feedback_list(App *app, const Args *a, char **cause)
{
	FeedbackFilter f = {0};
	f.outstanding = args_has(a, "outstanding");
	f.team = args_get(a, "team");
	f.worker = args_get(a, "worker");
	Sink *sink = output_sink(&app->out);
	return output_sink_close(sink, repo_feedback_list(app->db, &f, sink, cause));
}

static const Arg add_args[] = {
	ARG_POS("AUDIT", KIND_AUDIT), ARG_NEEDS("by", "NAME", KIND_WORKER), ARG_OPT("worker", "NAME", KIND_WORKER),
	ARG_OPT("date", "DATE", KIND_DATE), ARG_OPT("response", "TEXT", KIND_TEXT), ARGS_END};
static const Arg list_args[] = {
	ARG_SWITCH("outstanding"), ARG_OPT("team", "TEAM", KIND_TEAM), ARG_OPT("worker", "NAME", KIND_WORKER), ARGS_END};

const Command cmd_feedback[] = {
	{"feedback", "add", add_args, CMD_WRITE,
	 "record that an audit was discussed with the case's worker",
	 "Records that a submitted audit was discussed with the worker allocated\n"
	 "to the case (the first step of what follows an audit: the worker hears\n"
	 "what was found and what must change). Once an audit.\n"
	 "  --by NAME        who gave the feedback: the auditor or a manager\n"
	 "  --worker NAME    the worker it was discussed with (default: the one\n"
	 "                   allocated to the case on the audit's date); must be\n"
	 "                   the case's worker then or now\n"
	 "  --date DATE      when (default: today; from the audit's date on)\n"
	 "  --response TEXT  the worker's response, in a few words\n\n"
	 "example: feedback add 148 --by \"Ethan Roberts\" --date 2016-12-02 --response \"Agreed; will update the plan\"\n",
	 feedback_add},
	{"feedback", "list", list_args, 0,
	 "list feedback given, or audits still owed it",
	 "Lists the feedback recorded: audit, its date, case, team, worker, by\n"
	 "whom, when, and the worker's response. With --outstanding, the\n"
	 "submitted audits whose feedback is still owed, oldest first, with the\n"
	 "worker owed it, the auditor and the days since the audit.\n"
	 "  --outstanding   audits with no feedback yet\n"
	 "  --team TEAM     only audits of that team\n"
	 "  --worker NAME   only that worker's\n\n"
	 "example: feedback list --outstanding --team \"Assessment Team\"\n",
	 feedback_list},
	{NULL, NULL, NULL, 0, NULL, NULL, NULL},
};
