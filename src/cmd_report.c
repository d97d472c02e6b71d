/* report html: the committee report. Gathers the compliance tables and the
 * overdue actions, and hands them to report.c to render. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "command.h"
#include "progress.h"
#include "compliance.h"
#include "report.h"
#include "repo.h"
#include "util.h"

/* One compliance table of the period (by none, team or month). */
static Table *measure(App *app, const Period *period, const char *team, ComplianceBy by, char **cause)
{
	ComplianceQuery q = {0};
	q.period = *period;
	q.team = team;
	q.by = by;
	Compliance c = {0};
	Table *t = NULL;
	if (compliance_compute(app->db, &q, &c, cause) == 0)
		t = compliance_table(&c, 0);
	compliance_free(&c);
	return t;
}

/* The trend covers the 12 calendar months up to the period's end (so a
 * quarter is seen against the year before it); with no period, the 12
 * months up to this one. */
static void trend_period(const Period *period, Period *out)
{
	char today[11], first[11];
	date_today(today);
	const char *end = period->all_time ? today : period->to;
	Month last = month_of_date(end);
	Month from = month_from_index(month_index(last) - 11);
	month_first_day(from, first);
	*out = *period;
	out->all_time = 0;
	memcpy(out->from, first, sizeof out->from);
	if (period->all_time)
		month_last_day(last, out->to);
}

static int report_run(App *app, const Args *a, char **cause)
{
	const char *file = a->pos[0];
	const char *team = args_get(a, "team");
	Period period, trend;
	long long team_id;
	if (period_parse(args_get(a, "from"), args_get(a, "to"), args_get(a, "month"), args_get(a, "quarter"),
	                 &period, cause) != 0)
		return -1;
	if (team && repo_team_id(app->db, team, &team_id, cause) != 0)
		return -1;
	trend_period(&period, &trend);

	ReportData d = {0};
	char today[11];
	date_today(today);
	d.period = period.label;
	d.team = team;
	d.generated = today;
	d.user = db_user(app->db);
	ActionFilter overdue = {0};
	overdue.overdue = 1;
	overdue.team = team;
	/* On a terminal, which stage and how long: over years of audits the
	 * measures take seconds. */
	char *what = xprintf("report %s", file);
	Progress *progress = progress_begin(app, what);
	free(what);
	progress_watch(progress, app->db);
	progress_step(progress, "measuring the targets", 1, 4);
	Table *summary = measure(app, &period, team, COMPLIANCE_BY_NONE, cause);
	progress_step(progress, "measuring each team", 2, 4);
	Table *by_team = summary ? measure(app, &period, team, COMPLIANCE_BY_TEAM, cause) : NULL;
	progress_step(progress, "measuring each month", 3, 4);
	Table *by_month = by_team ? measure(app, &trend, team, COMPLIANCE_BY_MONTH, cause) : NULL;
	progress_step(progress, "the targets and overdue actions", 4, 4);
	TableSink ts = {{NULL, NULL, NULL}, NULL};
	Table *targets = by_month ? table_collected(&ts, repo_target_list(app->db, table_sink(&ts), cause)) : NULL;
	Table *actions = targets ? table_collected(&ts, repo_action_list(app->db, &overdue, table_sink(&ts), cause)) : NULL;
	progress_end(progress);
	int rc = -1;
	if (actions != NULL) {
		d.summary = summary;
		d.by_team = by_team;
		d.by_month = by_month;
		d.targets = targets;
		d.overdue = actions;
		/* A private file beside the target, renamed into place when whole:
		 * a failed report never leaves half a file, and nothing is
		 * written through a link planted under either name. */
		SafeFile *f = safefile_open(file, cause);
		if (f != NULL) {
			rc = report_html(safefile_stream(f), &d, cause);
			if (rc == 0)
				rc = safefile_commit(f, cause);
			else
				safefile_abort(f);
		}
	}
	if (rc == 0)
		output_note(&app->out, "wrote %s: %d targets, %s%s%s", file, summary->nrow, period.label,
		            team ? ", team " : "", team ? team : "");
	table_free(summary);
	table_free(by_team);
	table_free(by_month);
	table_free(targets);
	table_free(actions);
	return rc;
}

static const OptionSpec report_options[] = {
	{"from", OPT_VALUE, "DATE"},
	{"to", OPT_VALUE, "DATE"},
	{"month", OPT_VALUE, "MONTH"},
	{"quarter", OPT_VALUE, "QUARTER"},
	{"team", OPT_VALUE, "TEAM"},
	{NULL, 0, NULL},
};

const Command cmd_report[] = {
	{"report", "html", "FILE [--from DATE --to DATE | --month YYYY-MM | --quarter YYYY-QN] [--team TEAM]",
	 1, 1, NULL, report_options, 0,
	 "write the committee report as one HTML file",
	 "Writes one self-contained HTML file (no scripts, no network; prints on\n"
	 "A4) for a management meeting or scrutiny committee: every target's\n"
	 "percentage with RAG status and 95% interval (drawn as error bars against\n"
	 "the target), a monthly trend for each target over the 12 months up to the\n"
	 "end of the period, a per-team breakdown, the overdue actions, and a note on how\n"
	 "to read it. The period is chosen as for `compliance`; none: all time.\n"
	 "  --team TEAM   one team's figures only\n\n"
	 "example: report html q3.html --quarter 2016-Q3\n",
	 report_run},
	{NULL, NULL, NULL, 0, 0, NULL, NULL, 0, NULL, NULL, NULL},
};
