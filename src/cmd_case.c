/* case add, case set, case close, case show, case list. */
#include <stdlib.h>

#include "command.h"
#include "repo.h"
#include "util.h"

/* Read and check the options by their option names, so a message says
 * which option was wrong; the repository checks the rest. The flag arrays
 * are malloc'd: free them with free_fields. */
static int read_fields(const Args *a, CaseFields *f, char **cause)
{
	f->team = args_get(a, "team");
	f->worker = args_get(a, "worker");
	f->unallocate = args_has(a, "unallocate");
	f->status = args_get(a, "status");
	f->opened = args_get(a, "opened");
	const char **flags, **unflags;
	f->nflags = args_all(a, "flag", &flags);
	f->nunflags = args_all(a, "unflag", &unflags);
	f->flags = flags;
	f->unflags = unflags;
	if (check_enum("--status", f->status, STATUSES, cause) != 0 || check_date("--opened", f->opened, cause) != 0)
		return -1;
	for (int i = 0; i < f->nflags; i++)
		if (check_enum("--flag", f->flags[i], FLAGS, cause) != 0)
			return -1;
	for (int i = 0; i < f->nunflags; i++)
		if (check_enum("--unflag", f->unflags[i], FLAGS, cause) != 0)
			return -1;
	return 0;
}

static void free_fields(CaseFields *f)
{
	free((void *)f->flags);
	free((void *)f->unflags);
}

static int case_add(App *app, const Args *a, char **cause)
{
	CaseFields f;
	int rc = read_fields(a, &f, cause);
	if (rc == 0)
		rc = args_require(a, "team", cause);
	if (rc == 0)
		rc = repo_case_add(app->db, a->pos[0], &f, cause);
	free_fields(&f);
	return rc;
}

static int case_set(App *app, const Args *a, char **cause)
{
	CaseFields f;
	int rc = read_fields(a, &f, cause);
	if (rc == 0)
		rc = repo_case_set(app->db, a->pos[0], &f, cause);
	free_fields(&f);
	return rc;
}

static int case_close(App *app, const Args *a, char **cause)
{
	if (check_date("--date", args_get(a, "date"), cause) != 0)
		return -1;
	return repo_case_close(app->db, a->pos[0], args_get(a, "date"), cause);
}

static int case_show(App *app, const Args *a, char **cause)
{
	CaseShow show;
	if (repo_case_show(app->db, a->pos[0], &show, cause) != 0)
		return -1;
	output_document(&app->out, show.record, CASE_SHOW_NPARTS, CASE_SHOW_PARTS,
	                (const Table *const *)show.parts);
	repo_case_show_free(&show);
	return 0;
}

static int case_list(App *app, const Args *a, char **cause)
{
	const char *status = args_get(a, "status");
	if (check_enum("--status", status, STATUSES, cause) != 0)
		return -1;
	Sink *sink = output_sink(&app->out);
	return output_sink_close(sink, repo_case_list(app->db, args_get(a, "team"), status, args_get(a, "worker"),
	                                              args_has(a, "open"), sink, cause));
}

static const Arg add_args[] = {
	ARG_POS("ID", KIND_TEXT),
	ARG_NEEDS("team", "TEAM", KIND_TEAM),
	ARG_OPT("worker", "NAME", KIND_WORKER),
	ARG_OPT("status", "STATUS", KIND_STATUS),
	ARG_OPT("opened", "DATE", KIND_DATE),
	ARG_OPT_F("flag", "FLAG", KIND_FLAG, ARG_OPTIONAL | ARG_MULTI),
	ARGS_END,
};
static const Arg set_args[] = {
	ARG_POS("ID", KIND_CASE),
	ARG_OPT("team", "TEAM", KIND_TEAM),
	ARG_OPT("worker", "NAME", KIND_WORKER),
	ARG_OPT("status", "STATUS", KIND_STATUS),
	ARG_OPT_F("flag", "FLAG", KIND_FLAG, ARG_OPTIONAL | ARG_MULTI),
	ARG_OPT_F("unflag", "FLAG", KIND_FLAG, ARG_OPTIONAL | ARG_MULTI),
	ARG_SWITCH("unallocate"),
	ARG_OPT("opened", "DATE", KIND_DATE),
	ARGS_END,
};
static const Arg close_args[] = {ARG_POS("ID", KIND_CASE), ARG_OPT("date", "DATE", KIND_DATE), ARGS_END};
static const Arg show_args[] = {ARG_POS("ID", KIND_CASE), ARGS_END};
static const Arg list_args[] = {
	ARG_OPT("team", "TEAM", KIND_TEAM),
	ARG_OPT("status", "STATUS", KIND_STATUS),
	ARG_SWITCH("open"),
	ARG_OPT("worker", "NAME", KIND_WORKER),
	ARGS_END,
};

const Command cmd_case[] = {
	{"case", "add", add_args, CMD_WRITE,
	 "add a case file",
	 "Adds a case file under the council's own child ID (unique).\n"
	 "  --team TEAM       the team holding the case (required)\n"
	 "  --worker NAME     the allocated worker (one in post: not left before today)\n"
	 "  --status STATUS   {STATUSES}; cin when not given\n"
	 "  --opened DATE     the date the case opened (not after today)\n"
	 "  --flag FLAG       a risk flag: {FLAGS};\n"
	 "                    repeat for more. Flags decide which standards apply.\n\n"
	 "example: case add C1042 --team \"Assessment Team 1\" --worker \"Jane Smith\" --status cp --opened 2016-03-14 --flag neglect\n",
	 case_add},
	{"case", "set", set_args, CMD_WRITE,
	 "change a case's team, worker, status or flags",
	 "Changes what is given and leaves the rest. Audits keep the team that\n"
	 "held the case on their date, so moving a case does not move its audits.\n"
	 "  --team TEAM       move the case to another team\n"
	 "  --worker NAME     allocate it to another worker (in post, if the case is open)\n"
	 "  --status STATUS   {STATUSES}\n"
	 "  --flag FLAG       add a flag (one it has already is left as it is)\n"
	 "  --unflag FLAG     remove a flag (refused when the case lacks it)\n"
	 "  --unallocate      leave the case with no allocated worker\n"
	 "  --opened DATE     correct the date the case opened\n\n"
	 "example: case set C1042 --status cic --flag missing --unflag neglect\n",
	 case_set},
	{"case", "close", close_args, CMD_WRITE,
	 "close a case",
	 "Closes an open case. A closed case keeps its audits and history and no\n"
	 "longer appears in 'case list --open' or dip samples.\n"
	 "  --date DATE   the closing date (default today; not before the case\n"
	 "                opened, not after today)\n\n"
	 "example: case close C1042 --date 2016-11-01\n",
	 case_close},
	{"case", "show", show_args, 0,
	 "show a case: details, flags, audits, open actions",
	 "Shows one case: team, worker, status, dates, flags (';'-separated), when\n"
	 "it was last audited (its latest submitted audit), its chronology (the\n"
	 "number of entries and the latest), the latest supervision that\n"
	 "discussed it; then its audits (date, auditor, type, grade, moderated\n"
	 "grade, draft or submitted), its open actions (overdue ones marked) and\n"
	 "the audits a dip sample scheduled for it that are not yet done.\n"
	 "In json: one object, with the lists as arrays.\n\n"
	 "example: case show C1042\n",
	 case_show},
	{"case", "list", list_args, 0,
	 "list cases",
	 "Lists cases by ID with team, worker, status, dates, flags and the date\n"
	 "of the latest submitted audit. The csv output can be read back with\n"
	 "'import cases'.\n"
	 "  --team TEAM       only this team's cases\n"
	 "  --status STATUS   only cases with this status\n"
	 "  --open            only open cases\n"
	 "  --worker NAME     only the cases allocated to this worker\n\n"
	 "example: case list --team \"Assessment Team 1\" --open\n",
	 case_list},
	{NULL, NULL, NULL, 0, NULL, NULL, NULL},
};
