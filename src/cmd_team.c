/* team add, team list. */
#include <stdlib.h>

#include "command.h"
#include "repo.h"

static int team_add(App *app, const Args *a, char **cause)
{
	return repo_team_add(app->db, a->pos[0], args_get(a, "service"), cause);
}

static int team_list(App *app, const Args *a, char **cause)
{
	(void)a;
	Sink *sink = output_sink(&app->out);
	return output_sink_close(sink, repo_team_list(app->db, sink, cause));
}

static const Arg add_args[] = {ARG_POS("NAME", KIND_TEXT), ARG_OPT("service", "SERVICE", KIND_TEXT), ARGS_END};
static const Arg list_args[] = {ARGS_END};

const Command cmd_team[] = {
	{"team", "add", add_args, CMD_WRITE,
	 "add a social-work team",
	 "Adds a team. Names are unique, ignoring case; quote names with spaces.\n"
	 "  --service SERVICE   the service the team belongs to\n\n"
	 "example: team add \"Assessment Team 1\" --service \"Children in Need\"\n",
	 team_add},
	{"team", "list", list_args, 0,
	 "list teams with their workers and open cases",
	 "Lists every team: its service, the workers in post and the open cases.\n\n"
	 "example: team list\n",
	 team_list},
	{NULL, NULL, NULL, 0, NULL, NULL, NULL},
};
