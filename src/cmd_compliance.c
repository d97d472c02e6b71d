/* compliance: the table QA staff take to management meetings. The
 * measuring is compliance.c's; this file reads the options and prints. */
#include <stdlib.h>
#include <string.h>

#include "command.h"
#include "progress.h"
#include "compliance.h"

static const char *const BY[] = {"team", "month", NULL};

/* Whether any row is a target measured per worker (they follow their own
 * period when none is given). */
static int has_worker_targets(const Compliance *c)
{
	for (int i = 0; i < c->n; i++)
		if (strncmp(c->rows[i].measure, "sup-", 4) == 0)
			return 1;
	return 0;
}

static int compliance_run(App *app, const Args *a, char **cause)
{
	ComplianceQuery q = {0};
	if (period_parse(args_get(a, "from"), args_get(a, "to"), args_get(a, "month"), args_get(a, "quarter"),
	                 &q.period, cause) != 0)
		return -1;
	const char *by = args_get(a, "by");
	if (check_enum("--by", by, BY, cause) != 0)
		return -1;
	q.by = by == NULL ? COMPLIANCE_BY_NONE : strcmp(by, "team") == 0 ? COMPLIANCE_BY_TEAM : COMPLIANCE_BY_MONTH;
	q.team = args_get(a, "team");
	q.target = args_get(a, "target");
	Compliance c;
	/* On a terminal, signs of life while years of audits are measured. */
	Progress *progress = progress_begin(app, "compliance");
	progress_watch(progress, app->db);
	progress_step(progress, "measuring", 0, 0);
	int rc = compliance_compute(app->db, &q, &c, cause);
	progress_end(progress);
	if (rc != 0) {
		compliance_free(&c);
		return -1;
	}
	Table *t = compliance_table(&c, app->out.mode == MODE_TABLE);
	/* Every cell is a code, a number or a team's name: cutting one to fit
	 * 80 columns would turn MISSING-INTERVIEW into MISSING-INT…, so the
	 * table is printed whole and the terminal wraps it if it must. */
	Output out = app->out;
	out.width = 100000;
	output_table(&out, t);
	table_free(t);
	if (q.period.all_time)
		output_note(&app->out, "Period: all time.");
	else if (strchr(q.period.label, ' ') == NULL) /* a month or a quarter: say which days */
		output_note(&app->out, "Period: %s (%s to %s).", q.period.label, q.period.from, q.period.to);
	else
		output_note(&app->out, "Period: %s.", q.period.label);
	if (c.worker_default && has_worker_targets(&c))
		output_note(&app->out, "SUP-REGULAR, SUP-AGREEMENT and SUP-TRAINED count workers over %s, the last "
		            "complete month (give a period to choose another).", c.worker_period.label);
	if (q.by == COMPLIANCE_BY_MONTH && c.n == 0)
		output_note(&app->out, "No month has a submitted audit, a scheduled audit or a supervision yet.");
	compliance_free(&c);
	return 0;
}

static const OptionSpec options[] = {
	{"from", OPT_VALUE, "DATE"},
	{"to", OPT_VALUE, "DATE"},
	{"month", OPT_VALUE, "MONTH"},
	{"quarter", OPT_VALUE, "QUARTER"},
	{"team", OPT_VALUE, "TEAM"},
	{"target", OPT_VALUE, "TARGET"},
	{"by", OPT_VALUE, "team|month"},
	{NULL, 0, NULL},
};

const Command cmd_compliance[] = {
	{"compliance", NULL,
	 "[--from DATE --to DATE | --month YYYY-MM | --quarter YYYY-QN] [--team TEAM] [--target CODE] [--by team|month]",
	 0, 0, NULL, options, 0,
	 "how far practice meets each action-plan target",
	 "Prints one row per target, in the order of 'target list': numerator (files,\n"
	 "audits or workers that met it), denominator (those measured), percent,\n"
	 "threshold, status (green: at or above the threshold; amber: below by 5\n"
	 "points or less; red: below by more; no-data: nothing measured), ci_low and\n"
	 "ci_high (the 95% Wilson confidence interval of the percentage) and evidence:\n"
	 "above when the whole interval is at or above the threshold, below when it\n"
	 "is wholly under it, inconclusive when too few were measured to tell.\n"
	 "Status and evidence are decided on the unrounded figures: 2 of 3 is\n"
	 "66.666..., shown as 66.7.\n"
	 "\n"
	 "Audit-standard targets count met and not-met answers (not n/a) of submitted\n"
	 "audits dated in the period, with the team that held the case on the audit\n"
	 "date. MGMT-AUDITS counts scheduled audits due in the period and those done\n"
	 "on time (a submitted audit of the case from the draw to the due date).\n"
	 "SUP-REGULAR counts social workers and AQWs in post in the period and those\n"
	 "supervised in every calendar month they were in post; SUP-AGREEMENT those in\n"
	 "post on the period's last day with an agreement by then; SUP-TRAINED the\n"
	 "same for managers with their training.\n"
	 "\n"
	 "  --from DATE --to DATE  the period, both days included\n"
	 "  --month YYYY-MM        one calendar month\n"
	 "  --quarter YYYY-QN      a calendar quarter: Q1 is January to March\n"
	 "                         (no period: all time, but the SUP- targets take\n"
	 "                         the last complete month)\n"
	 "  --team TEAM            only that team's audits, samples and workers\n"
	 "  --target CODE          only that target\n"
	 "  --by team              one row per target per team\n"
	 "  --by month             one row per target per calendar month of the\n"
	 "                         period (no period: from the first to the last\n"
	 "                         month with an audit, a scheduled audit or a\n"
	 "                         supervision), with a trend column in table mode\n"
	 "\n"
	 "example: compliance --quarter 2016-Q3 --by team\n",
	 compliance_run},
	{NULL, NULL, NULL, 0, 0, NULL, NULL, 0, NULL, NULL, NULL},
};
