/* target list, target set: the action plan's targets and their thresholds. */
#include <stdlib.h>

#include "command.h"
#include "repo.h"
#include "util.h"

static int target_list(App *app, const Args *a, char **cause)
{
	const char *on = args_get(a, "on");
	char today[11];
	date_today(today);
	if (on != NULL && !date_valid(on))
		return failure(cause, "--on '%s' is not a real date; expected YYYY-MM-DD", on);
	/* The codes are what people type: cut the long text, never them. */
	Output out = app->out;
	out.keep_first = 1;
	Sink *sink = output_sink(&out);
	return output_sink_close(sink, repo_target_list(app->db, on ? on : today, sink, cause));
}

static int target_set(App *app, const Args *a, char **cause)
{
	const char *threshold = args_get(a, "threshold");
	if (threshold == NULL)
		return failure(cause, "target set needs --threshold PERCENT, e.g. target set %s --threshold 90", a->pos[0]);
	const char *from = args_get(a, "from");
	char today[11];
	date_today(today);
	if (from != NULL && !date_valid(from))
		return failure(cause, "--from '%s' is not a real date; expected YYYY-MM-DD, the first day the threshold "
		               "applies (default today)", from);
	double old;
	char code[64];
	if (repo_target_code(app->db, a->pos[0], code, cause) != 0 ||
	    repo_target_set(app->db, code, threshold, from ? from : today, &old, cause) != 0)
		return -1;
	output_note(&app->out, "%s: threshold %g%% from %s on, was %g%%; earlier periods keep theirs.", code,
	            strtod(threshold, NULL), from ? from : today, old);
	return 0;
}

static int target_add(App *app, const Args *a, char **cause)
{
	TargetFields f = {a->pos[0], args_get(a, "standard"), args_get(a, "threshold"), args_get(a, "text"),
	                  args_get(a, "from")};
	char today[11], code[64];
	date_today(today);
	if (repo_target_add(app->db, &f, today, code, cause) != 0)
		return -1;
	output_note(&app->out, "target %s added: threshold %g%%; 'compliance' reports it last.", code,
	            strtod(f.threshold, NULL));
	return 0;
}

static const Arg list_args[] = {ARG_OPT("on", "DATE", KIND_DATE), ARGS_END};
static const Arg set_args[] = {
	ARG_POS("CODE", KIND_TARGET),
	ARG_NEEDS("threshold", "PERCENT", KIND_NUMBER),
	ARG_OPT("from", "DATE", KIND_DATE),
	ARGS_END,
};
static const Arg add_args[] = {
	ARG_POS("CODE", KIND_TEXT),
	ARG_NEEDS("standard", "STD", KIND_STANDARD),
	ARG_NEEDS("threshold", "PERCENT", KIND_NUMBER),
	ARG_NEEDS("text", "TEXT", KIND_TEXT),
	ARG_OPT("from", "DATE", KIND_DATE),
	ARGS_END,
};

const Command cmd_target[] = {
	{"target", "list", list_args, 0,
	 "list the action-plan targets and their thresholds",
	 "Lists the targets in the order 'compliance' reports them: code, threshold\n"
	 "(the percentage to reach on the day, default today), from (the day that\n"
	 "threshold took effect; empty: the plan's own), measure (standard: an audit standard's met\n"
	 "answers; mgmt-audits: scheduled audits done on time; sup-regular,\n"
	 "sup-agreement, sup-trained: workers' supervision, agreements and managers'\n"
	 "training), the target in the plan's words, and where it comes from.\n"
	 "  --on DATE   the thresholds in force on DATE (default today)\n\n"
	 "example: target list --on 2016-09-30\n",
	 target_list},
	{"target", "set", set_args, CMD_WRITE,
	 "change a target's threshold from a date on",
	 "Sets the percentage a target must reach, from 0 to 100 with at most two\n"
	 "decimal places, from DATE on. Earlier periods keep the threshold they had:\n"
	 "every period is judged against the threshold in force on its last day (by\n"
	 "month, each month's). DATE may be any real date, past or future, so a plan's\n"
	 "trajectory goes in as several thresholds (\"Sept 2016 to achieve 80%\");\n"
	 "a threshold set again from the same day replaces it. The change, with the\n"
	 "old value and who made it, is kept in the history.\n"
	 "  --threshold PERCENT   the new threshold\n"
	 "  --from DATE           the first day it applies (default today)\n\n"
	 "example: target set MGMT-AUDITS --threshold 80 --from 2016-09-01\n",
	 target_set},
	{"target", "add", add_args, CMD_WRITE,
	 "add a target of the council's own on a standard",
	 "Adds a target measured as a standard's met answers (measure standard),\n"
	 "after the others in 'target list' and 'compliance'. CODE is letters and\n"
	 "hyphens (kept in upper case), not a target's code already; the standard\n"
	 "may be built in or the council's own, but not retired.\n"
	 "  --standard STD        the standard measured\n"
	 "  --threshold PERCENT   the percentage to reach, 0 to 100\n"
	 "  --text TEXT           the target in the plan's words\n"
	 "  --from DATE           the day the threshold took effect (shown in\n"
	 "                        'target list'; 'target set' changes it later)\n"
	 "The built-in targets cannot be removed. The addition is kept in the\n"
	 "history.\n\n"
	 "example: target add CSE-SAFETY --standard CSE-SAFETY --threshold 75 --text \"CSE files have a safety plan\"\n",
	 target_add},
	{NULL, NULL, NULL, 0, NULL, NULL, NULL},
};
