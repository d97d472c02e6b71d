/* theme add, theme list: named sets of standards for themed audits. */
#include "command.h"
#include "repo.h"
#include "util.h"

static int theme_add(App *app, const Args *a, char **cause)
{
	char today[11];
	date_today(today);
	if (repo_theme_add(app->db, a->pos[0], (const char *const *)a->pos + 1, a->npos - 1, today, cause) != 0)
		return -1;
	output_note(&app->out, "theme '%s' added: 'audit start CASE --theme \"%s\"' asks only its standards.", a->pos[0],
	            a->pos[0]);
	return 0;
}

static int theme_list(App *app, const Args *a, char **cause)
{
	(void)a;
	Output out = app->out;
	out.keep_first = 1;
	Sink *sink = output_sink(&out);
	return output_sink_close(sink, repo_theme_list(app->db, sink, cause));
}

static const Arg add_args[] = {ARG_POS("NAME", KIND_TEXT), ARG_POS_F("STANDARD", KIND_STANDARD, ARG_MULTI), ARGS_END};
static const Arg list_args[] = {ARGS_END};

const Command cmd_theme[] = {
	{"theme", "add", add_args, CMD_WRITE,
	 "add a theme: a named set of standards for themed audits",
	 "Adds a theme, a set of standards a themed audit asks (CSE in August,\n"
	 "chronologies in January): 'audit start CASE --theme NAME' then asks only\n"
	 "those of them that apply to the case. NAME is unique ignoring case;\n"
	 "each STANDARD is a code from 'standard list', in use (not retired).\n"
	 "The addition is kept in the history.\n\n"
	 "example: theme add \"CSE 2016\" CSE-IDENTIFIED CSE-ASSESSED CSE-PLAN MISSING-RISK\n",
	 theme_add},
	{"theme", "list", list_args, 0,
	 "list the themes and their standards",
	 "Lists the themes by name: the name, its standards (codes, in the order\n"
	 "audit start asks them) and the day it was added.\n\n"
	 "example: theme list\n",
	 theme_list},
	{NULL, NULL, NULL, 0, NULL, NULL, NULL},
};
