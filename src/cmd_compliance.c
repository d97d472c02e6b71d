/* compliance: the table QA staff take to management meetings, and with
 * --detail the records behind one figure. The measuring is
 * compliance.c's; this file reads the options and prints. */
#include <stdlib.h>
#include <string.h>

#include "command.h"
#include "progress.h"
#include "compliance.h"
#include "util.h"

static const char *const BY[] = {"team", "month", "service", NULL};

/* "Period: ..." for people: the days of a named period, and with none
 * the span every target was measured over. */
static void period_note(Output *out, const Period *p, int span_default)
{
	if (span_default)
		output_note(out, "Period: all records, %s (%s to %s): from the first month with a record to the last "
		            "complete month, for every target.", p->label, p->from, p->to);
	else if (strchr(p->label, ' ') == NULL) /* a month, quarter or year: say which days */
		output_note(out, "Period: %s (%s to %s).", p->label, p->from, p->to);
	else
		output_note(out, "Period: %s.", p->label);
}

static int compliance_run(App *app, const Args *a, char **cause)
{
	ComplianceQuery q = {0};
	if (period_parse(args_get(a, "from"), args_get(a, "to"), args_get(a, "month"), args_get(a, "quarter"),
	                 args_get(a, "year"), &q.period, cause) != 0)
		return -1;
	const char *by = args_get(a, "by");
	if (check_enum("--by", by, BY, cause) != 0)
		return -1;
	q.by = by == NULL ? COMPLIANCE_BY_NONE : strcmp(by, "team") == 0 ? COMPLIANCE_BY_TEAM
	     : strcmp(by, "month") == 0 ? COMPLIANCE_BY_MONTH : COMPLIANCE_BY_SERVICE;
	q.team = args_get(a, "team");
	q.target = args_get(a, "target");
	q.type = args_get(a, "type");
	if (check_enum("--type", q.type, TYPES, cause) != 0)
		return -1;
	int detail = args_has(a, "detail"), failing = args_has(a, "failing");
	if (failing && !detail)
		return failure(cause, "--failing keeps the failing records of a --detail list; give --target CODE --detail "
		               "--failing");
	if (detail && q.target == NULL)
		return failure(cause, "--detail lists the records behind one figure; give --target CODE too, e.g. "
		               "compliance --target CHRON --detail");
	if (detail && by != NULL)
		return failure(cause, "--detail lists records, not a table by %s; leave out --by (the list names each "
		               "record's team and date)", by);
	/* Every cell is a code, a number or a team's name: cutting one to fit
	 * 80 columns would turn MISSING-INTERVIEW into MISSING-INT…, so the
	 * table is printed whole and the terminal wraps it if it must. */
	Output out = app->out;
	out.width = 100000;
	if (detail) {
		Period period;
		int span_default = 0;
		Table *t = compliance_detail(app->db, &q, failing, &period, &span_default, cause);
		if (t == NULL)
			return -1;
		output_table(&out, t);
		if (t->nrow == 0)
			output_note(&app->out, "No records%s.", failing ? " failed it" : " were counted");
		table_free(t);
		period_note(&app->out, &period, span_default);
		return 0;
	}
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
	Table *t = compliance_table(&c, app->out.mode == MODE_TABLE, app->out.mode != MODE_TABLE);
	output_table(&out, t);
	table_free(t);
	period_note(&app->out, &c.period, c.span_default);
	if (c.span_default && c.judged_on[0])
		output_note(&app->out, "Thresholds as in force today (%s).", c.judged_on);
	if (q.type != NULL)
		output_note(&app->out, "Audit standards count %s audits only.", q.type);
	compliance_free(&c);
	return 0;
}

static const Arg detail_args[] = {ARG_SWITCH_F("detail", 0), ARG_SWITCH("failing"), ARGS_END};
static const Arg compliance_args[] = {
	ARG_PERIOD,
	ARG_OPT("team", "TEAM", KIND_TEAM),
	ARG_OPT("target", "CODE", KIND_TARGET),
	ARG_OPT("type", "TYPE", KIND_TYPE),
	ARG_CHOICE("by", "team|month|service", BY),
	ARG_GROUP(detail_args, ARG_OPTIONAL),
	ARGS_END,
};

const Command cmd_compliance[] = {
	{"compliance", NULL, compliance_args, 0,
	 "how far practice meets each action-plan target",
	 "Prints one row per target, in the order of 'target list': numerator (files,\n"
	 "audits or workers that met it), denominator (those measured), percent,\n"
	 "threshold (in force on the period's last day; by month, each month's; with\n"
	 "no period, today's), status (green: at or above the threshold; amber: below\n"
	 "by 5 points or less; red: below by more; no-data: nothing measured), ci_low\n"
	 "and ci_high (the 95% Wilson confidence interval of the percentage) and\n"
	 "evidence: above when the whole interval is at or above the threshold, below\n"
	 "when it is wholly under it, inconclusive when too few files were audited to\n"
	 "tell; census for the worker targets and MGMT-AUDITS, which count everyone\n"
	 "(exact, no interval: the status is the verdict).\n"
	 "Status and evidence are decided on the unrounded figures, and a figure is\n"
	 "printed with as many decimals as show which side of the threshold it lies:\n"
	 "130 of 153 is 84.97, never 85.0 beside amber.\n"
	 "\n"
	 "Audit-standard targets count met and not-met answers (not n/a) of submitted\n"
	 "audits dated in the period, with the team that held the case on the audit\n"
	 "date. MGMT-AUDITS counts scheduled audits due in the period, less those\n"
	 "withdrawn and those still pending (not done, due after today), for the team\n"
	 "of the auditor on the due date; met by a manager's submitted audit of the\n"
	 "case from the draw to the due date. SUP-REGULAR counts social workers and\n"
	 "AQWs in post in the period and those supervised in every calendar month they\n"
	 "were in post; SUP-AGREEMENT those in post on the period's last day with an\n"
	 "agreement by then; SUP-TRAINED the same for managers with their training.\n"
	 "Workers are taken with the team and role they had on the day measured (the\n"
	 "period's last day, or each month's), so a change today leaves past figures.\n"
	 "\n"
	 "  --from DATE --to DATE  the period, both days included\n"
	 "  --month YYYY-MM        one calendar month\n"
	 "  --quarter YYYY-QN      a calendar quarter: Q1 is January to March\n"
	 "  --quarter YYYY/YY-QN   a financial quarter (April to March): 2016/17-Q3\n"
	 "                         is October to December 2016\n"
	 "  --year YYYY            a calendar year; --year YYYY/YY a financial year\n"
	 "                         (no period: from the first month with a record to\n"
	 "                         the last complete month, one span for every\n"
	 "                         target, stated under the table)\n"
	 "  --team TEAM            only that team's audits, samples and workers\n"
	 "  --target CODE          only that target\n"
	 "  --type TYPE            audit standards count only audits of that type:\n"
	 "                         {TYPES}; default: all\n"
	 "  --by team              one row per target per team\n"
	 "  --by service           one row per target per service (the teams' --service)\n"
	 "  --by month             one row per target per calendar month of the\n"
	 "                         period, with a trend column in table mode\n"
	 "  --detail               with --target: the records behind the figure\n"
	 "                         instead of the table (answers, scheduled audits or\n"
	 "                         workers, with team, dates and result)\n"
	 "  --failing              with --detail: only the records that did not meet it\n"
	 "\n"
	 "example: compliance --quarter 2016/17-Q3 --by team\n"
	 "example: compliance --quarter 2016/17-Q3 --target CHRON --detail --failing\n",
	 compliance_run},
	{NULL, NULL, NULL, 0, NULL, NULL, NULL},
};
