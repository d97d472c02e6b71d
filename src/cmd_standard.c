/* standard list, standard add, standard retire: the practice standards
 * audits judge case files against. */
#include <stdlib.h>

#include "command.h"
#include "repo.h"
#include "util.h"

static int standard_list(App *app, const Args *a, char **cause)
{
	(void)a;
	/* The codes are what people type: cut the long text, never them. */
	Output out = app->out;
	out.keep_first = 1;
	Sink *sink = output_sink(&out);
	return output_sink_close(sink, repo_standard_list(app->db, sink, cause));
}

static int standard_add(App *app, const Args *a, char **cause)
{
	StandardFields f = {a->pos[0], a->pos[1], args_get(a, "guidance"), NULL, 0, NULL, 0,
	                    args_has(a, "answerable-anywhere")};
	f.nstatuses = args_all(a, "status", &f.statuses);
	f.nflags = args_all(a, "flag", &f.flags);
	char today[11], code[64];
	date_today(today);
	int rc = repo_standard_add(app->db, &f, today, code, cause);
	free((void *)f.statuses);
	free((void *)f.flags);
	if (rc != 0)
		return -1;
	output_note(&app->out, "standard %s added: audit start asks it after the others%s.", code,
	            f.nstatuses || f.nflags ? ", of the case files 'standard list' shows" : ", of every case file");
	return 0;
}

static int standard_retire(App *app, const Args *a, char **cause)
{
	char today[11], code[64];
	date_today(today);
	if (repo_standard_retire(app->db, a->pos[0], today, code, cause) != 0)
		return -1;
	output_note(&app->out, "standard %s retired from %s: no longer asked nor answered; past audits keep their "
	            "answers and figures.", code, today);
	return 0;
}

static const Arg list_args[] = {ARGS_END};
static const Arg add_args[] = {
	ARG_POS("CODE", KIND_TEXT),
	ARG_POS("TEXT", KIND_TEXT),
	ARG_OPT("guidance", "TEXT", KIND_TEXT),
	ARG_OPT_F("status", "STATUS", KIND_STATUS, ARG_OPTIONAL | ARG_MULTI),
	ARG_OPT_F("flag", "FLAG", KIND_FLAG, ARG_OPTIONAL | ARG_MULTI),
	ARG_SWITCH("answerable-anywhere"),
	ARGS_END,
};
static const Arg retire_args[] = {ARG_POS("CODE", KIND_STANDARD), ARGS_END};

const Command cmd_standard[] = {
	{"standard", "list", list_args, 0,
	 "list the practice standards audits judge",
	 "Lists the practice standards in the order a guided audit asks them: the\n"
	 "code (used in 'audit add CASE CODE=RESULT' and 'audit answer'), the\n"
	 "standard in words, and the case files it applies to (all case files, or\n"
	 "those of a status or with a flag; on other files the answer is na).\n\n"
	 "example: standard list\n",
	 standard_list},
	{"standard", "add", add_args, CMD_WRITE,
	 "add a standard of the council's own",
	 "Adds a practice standard after the built-in ones: audit start asks it\n"
	 "last, 'audit add' and 'audit answer' accept it, and 'target add' can set\n"
	 "a target on it. CODE is letters and hyphens (typed in any case, kept in\n"
	 "upper case) and must not be a standard's code already, in use or retired.\n"
	 "  --guidance TEXT         what an auditor looks for ('?' in audit start)\n"
	 "  --status STATUS         asked only of files of this status (repeat for\n"
	 "                          several): {STATUSES}\n"
	 "  --flag FLAG             asked only of files with one of the flags given\n"
	 "                          (repeat): {FLAGS}\n"
	 "  --answerable-anywhere   met / not-met also accepted on files it is not\n"
	 "                          asked of (as NEGLECT where neglect is found)\n"
	 "Without --status or --flag it is asked of every case file. The addition\n"
	 "is kept in the history.\n\n"
	 "example: standard add CSE-SAFETY \"A safety plan addresses the risk of exploitation\" --flag cse\n",
	 standard_add},
	{"standard", "retire", retire_args, CMD_WRITE,
	 "stop asking a standard the council added",
	 "Retires a standard the council added, from today: audit start no longer\n"
	 "asks it and no new answer to it is accepted, but past audits keep their\n"
	 "answers and the figures of past periods stay as they were. 'standard\n"
	 "list' shows it as retired; its code cannot be used again. The built-in\n"
	 "standards cannot be retired.\n\n"
	 "example: standard retire CSE-SAFETY\n",
	 standard_retire},
	{NULL, NULL, NULL, 0, NULL, NULL, NULL},
};
