/* council show, council set: the council's settings (its time zone). */
#include <stdlib.h>

#include "command.h"
#include "repo.h"
#include "util.h"

static int council_show(App *app, const Args *a, char **cause)
{
	(void)a;
	return output_result(&app->out, repo_council_show(app->db, cause));
}

static int council_set(App *app, const Args *a, char **cause)
{
	const char *zone = args_get(a, "time-zone");
	if (zone == NULL)
		return failure(cause, "council set needs --time-zone ZONE, e.g. council set --time-zone Europe/London");
	char *old = NULL;
	if (repo_council_set_time_zone(app->db, zone, &old, cause) != 0)
		return -1;
	output_note(&app->out, "time zone %s, was %s.", zone, old);
	free(old);
	return 0;
}

static const Arg show_args[] = {ARGS_END};
static const Arg set_args[] = {ARG_NEEDS("time-zone", "ZONE", KIND_TEXT), ARGS_END};

const Command cmd_council[] = {
	{"council", "show", show_args, 0,
	 "show the council's settings: its time zone",
	 "Shows the council's time zone (time_zone) and today's date on its\n"
	 "calendar (today). Dates of changes (the history's, the team a case was\n"
	 "with on an audit's date) and \"today\" are the council's: taken in this\n"
	 "zone, whatever the time zone of the machine that records them.\n\n"
	 "example: council show\n",
	 council_show},
	{"council", "set", set_args, CMD_WRITE,
	 "set the council's time zone",
	 "Sets the time zone of the council's calendar (default Europe/London).\n"
	 "The history records the change.\n"
	 "  --time-zone ZONE   a name of the zoneinfo database on this machine,\n"
	 "                     such as Europe/London or Europe/Dublin\n\n"
	 "example: council set --time-zone Europe/London\n",
	 council_set},
	{NULL, NULL, NULL, 0, NULL, NULL, NULL},
};
