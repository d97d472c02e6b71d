/* standard list: the practice standards audits judge case files against. */
#include "command.h"
#include "repo.h"

static int standard_list(App *app, const Args *a, char **cause)
{
	(void)a;
	/* The codes are what people type: cut the long text, never them. */
	Output out = app->out;
	out.keep_first = 1;
	Sink *sink = output_sink(&out);
	return output_sink_close(sink, repo_standard_list(app->db, sink, cause));
}

static const OptionSpec no_options[] = {{NULL, 0, NULL}};

const Command cmd_standard[] = {
	{"standard", "list", "", 0, 0, NULL, no_options, 0,
	 "list the practice standards audits judge",
	 "Lists the practice standards in the order a guided audit asks them: the\n"
	 "code (used in 'audit add CASE CODE=RESULT' and 'audit answer'), the\n"
	 "standard in words, and the case files it applies to (all case files, or\n"
	 "those of a status or with a flag; on other files the answer is na).\n\n"
	 "example: standard list\n",
	 standard_list},
	{NULL, NULL, NULL, 0, 0, NULL, NULL, 0, NULL, NULL, NULL},
};
