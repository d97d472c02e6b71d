/* supervision add, supervision list. */
#include <stdlib.h>

#include "command.h"
#include "period.h"
#include "repo.h"
#include "util.h"

static int supervision_add(App *app, const Args *a, char **cause)
{
	if (args_require(a, "by", cause) != 0 || args_require(a, "date", cause) != 0)
		return -1;
	const char *by = args_get(a, "by"), *date = args_get(a, "date");
	if (check_date("--date", date, cause) != 0)
		return -1;
	const char **cases;
	int n = args_all(a, "case", &cases);
	int rc = repo_supervision_add(app->db, a->pos[0], by, date, cases, n, cause);
	free(cases);
	return rc;
}

static int supervision_list(App *app, const Args *a, char **cause)
{
	const char *from = args_get(a, "from"), *to = args_get(a, "to");
	const char *month = args_get(a, "month"), *quarter = args_get(a, "quarter");
	if (check_date("--from", from, cause) != 0 || check_date("--to", to, cause) != 0)
		return -1;
	/* --month and --quarter name a period the way compliance does. */
	Period p;
	if ((month != NULL) + (quarter != NULL) + (from != NULL || to != NULL) > 1)
		return failure(cause, "give one period: --from/--to, --month or --quarter");
	if (month != NULL || quarter != NULL) {
		if ((month ? period_of_month_text(month, &p, cause) : period_of_quarter_text(quarter, &p, cause)) != 0)
			return -1;
		from = p.from;
		to = p.to;
	}
	Sink *sink = output_sink(&app->out);
	return output_sink_close(sink, repo_supervision_list(app->db, args_get(a, "worker"), args_get(a, "by"),
	                                                     args_get(a, "team"), from, to, sink, cause));
}

static const Arg add_args[] = {
	ARG_POS("WORKER", KIND_WORKER),
	ARG_NEEDS("by", "MANAGER", KIND_WORKER),
	ARG_NEEDS("date", "DATE", KIND_DATE),
	ARG_OPT_F("case", "ID", KIND_CASE, ARG_OPTIONAL | ARG_MULTI),
	ARGS_END,
};
static const Arg list_args[] = {
	ARG_OPT("worker", "NAME", KIND_WORKER),
	ARG_OPT("from", "DATE", KIND_DATE),
	ARG_OPT("to", "DATE", KIND_DATE),
	ARG_OPT("by", "NAME", KIND_WORKER),
	ARG_OPT("team", "TEAM", KIND_TEAM),
	ARG_OPT("month", "YYYY-MM", KIND_PERIOD),
	ARG_OPT("quarter", "YYYY-QN", KIND_PERIOD),
	ARGS_END,
};

const Command cmd_supervision[] = {
	{"supervision", "add", add_args, CMD_WRITE,
	 "record a supervision session",
	 "Records that a manager supervised a worker. SUP-REGULAR counts these:\n"
	 "a social worker or AQW should have one in every month in post.\n"
	 "  --by MANAGER   the supervisor (required): a manager (team-manager,\n"
	 "                 head-of-service, or senior-manager for the managers\n"
	 "                 below them), not the worker themselves\n"
	 "  --date DATE    when it took place (required; not after today, and\n"
	 "                 both people in post on it)\n"
	 "  --case ID      a case discussed; repeat for more\n"
	 "The same worker, supervisor and date cannot be recorded twice.\n\n"
	 "example: supervision add \"Jane Smith\" --by \"Ann Boss\" --date 2016-11-02 --case C1042 --case C1077\n",
	 supervision_add},
	{"supervision", "list", list_args, 0,
	 "list supervision sessions",
	 "Lists sessions by date: the worker, the supervisor, the cases discussed\n"
	 "(';'-separated) and the worker's team.\n"
	 "  --worker NAME       only sessions of this worker\n"
	 "  --from DATE         only sessions on or after this date\n"
	 "  --to DATE           only sessions on or before this date\n"
	 "  --by NAME           only sessions held by this supervisor\n"
	 "  --team TEAM         only sessions of this team's workers\n"
	 "  --month YYYY-MM     only sessions in this month\n"
	 "  --quarter YYYY-QN   only sessions in this calendar quarter (Q1 is\n"
	 "                      January to March)\n\n"
	 "example: supervision list --worker \"Jane Smith\" --from 2016-10-01 --to 2016-10-31\n",
	 supervision_list},
	{NULL, NULL, NULL, 0, NULL, NULL, NULL},
};
