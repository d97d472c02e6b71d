/* target list, target set: the action plan's targets and their thresholds. */
#include <stdlib.h>

#include "command.h"
#include "repo.h"
#include "util.h"

static int target_list(App *app, const Args *a, char **cause)
{
	(void)a;
	/* The codes are what people type: cut the long text, never them. */
	Output out = app->out;
	out.keep_first = 1;
	Sink *sink = output_sink(&out);
	return output_sink_close(sink, repo_target_list(app->db, sink, cause));
}

static int target_set(App *app, const Args *a, char **cause)
{
	const char *threshold = args_get(a, "threshold");
	if (threshold == NULL)
		return failure(cause, "target set needs --threshold PERCENT, e.g. target set %s --threshold 90", a->pos[0]);
	double old;
	char code[64];
	if (repo_target_code(app->db, a->pos[0], code, cause) != 0 ||
	    repo_target_set(app->db, code, threshold, &old, cause) != 0)
		return -1;
	output_note(&app->out, "%s: threshold %g%%, was %g%%.", code, strtod(threshold, NULL), old);
	return 0;
}

static const OptionSpec no_options[] = {{NULL, 0, NULL}};
static const OptionSpec set_options[] = {{"threshold", OPT_VALUE, "PERCENT"}, {NULL, 0, NULL}};

const Command cmd_target[] = {
	{"target", "list", "", 0, 0, NULL, no_options, 0,
	 "list the action-plan targets and their thresholds",
	 "Lists the targets in the order 'compliance' reports them: code, threshold\n"
	 "(the percentage to reach), measure (standard: an audit standard's met\n"
	 "answers; mgmt-audits: scheduled audits done on time; sup-regular,\n"
	 "sup-agreement, sup-trained: workers' supervision, agreements and managers'\n"
	 "training), the target in the plan's words, and where it comes from.\n\n"
	 "example: target list\n",
	 target_list},
	{"target", "set", "CODE --threshold PERCENT", 1, 1, "target", set_options, CMD_WRITE,
	 "change a target's threshold",
	 "Sets the percentage a target must reach, from 0 to 100 with at most two\n"
	 "decimal places. The change, with the old value and who made it, is kept in\n"
	 "the history.\n"
	 "  --threshold PERCENT   the new threshold\n\n"
	 "example: target set CHRON --threshold 90\n",
	 target_set},
	{NULL, NULL, NULL, 0, 0, NULL, NULL, 0, NULL, NULL, NULL},
};
