/* chron add, chron list: a case's chronology. */
#include "command.h"
#include "repo.h"

static int chron_add(App *app, const Args *a, char **cause)
{
	if (check_date("the chronology date", a->pos[1], cause) != 0)
		return -1;
	return repo_chron_add(app->db, a->pos[0], a->pos[1], a->pos[2], args_get(a, "kind"), cause);
}

static int chron_list(App *app, const Args *a, char **cause)
{
	Sink *sink = output_sink(&app->out);
	return output_sink_close(sink, repo_chron_list(app->db, a->pos[0], sink, cause));
}

static const Arg add_args[] = {
	ARG_POS("CASE", KIND_CASE), ARG_POS("DATE", KIND_DATE), ARG_POS("TEXT", KIND_TEXT),
	ARG_OPT("kind", "KIND", KIND_TEXT), ARGS_END};
static const Arg list_args[] = {ARG_POS("CASE", KIND_CASE), ARGS_END};

const Command cmd_chron[] = {
	{"chron", "add", add_args, CMD_WRITE,
	 "add an event to a case's chronology",
	 "Records a significant event in the child's life or case: the date it\n"
	 "happened (not after today) and what happened (quote the text).\n"
	 "  --kind KIND   what sort of event, e.g. referral, assessment, strategy,\n"
	 "                conference, move, missing, court\n\n"
	 "example: chron add C1042 2016-03-14 \"Referral from school: bruising\" --kind referral\n",
	 chron_add},
	{"chron", "list", list_args, 0,
	 "list a case's chronology in date order",
	 "Lists a case's chronology: date, kind and text, oldest first.\n\n"
	 "example: chron list C1042\n",
	 chron_list},
	{NULL, NULL, NULL, 0, NULL, NULL, NULL},
};
