/* report html: the committee report. Gathers the compliance tables and the
 * overdue actions, and hands them to report.c to render. */
#include <errno.h>
#include <time.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "command.h"
#include "progress.h"
#include "compliance.h"
#include "history_chain.h"
#include "report.h"
#include "repo.h"
#include "repo_report.h"
#include "safefile.h"
#include "util.h"

/* One compliance table of the period (by none, team or month); with
 * worker_period, the month the worker targets took (all time only). */
static Table *measure(App *app, const Period *period, const char *team, ComplianceBy by, Period *worker_period,
                      int *worker_default, char **cause)
{
	ComplianceQuery q = {0};
	q.period = *period;
	q.team = team;
	q.by = by;
	Compliance c = {0};
	Table *t = NULL;
	if (compliance_compute(app->db, &q, &c, cause) == 0) {
		t = compliance_table(&c, 0, 0);
		/* With no period, the one span every target was measured over. */
		if (worker_period) {
			*worker_period = c.period;
			*worker_default = c.span_default;
		}
	}
	compliance_free(&c);
	return t;
}

/* The trend covers up to 24 calendar months to the period's end (so a
 * quarter is seen against the two years before it, and a p-chart has the
 * 12 points it needs once there is a year of data); with no period, to
 * the last complete month. The report leaves out the leading months
 * before any data. */
static void trend_period(const Period *period, Period *out)
{
	char today[11], first[11];
	date_today(today);
	Period last_month;
	period_last_complete_month(today, &last_month);
	const char *end = period->all_time ? last_month.to : period->to;
	Month last = month_of_date(end);
	Month from = month_from_index(month_index(last) - 23);
	month_first_day(from, first);
	*out = *period;
	out->all_time = 0;
	memcpy(out->from, first, sizeof out->from);
	month_last_day(last, out->to);
	if (!period->all_time && strcmp(period->to, out->to) < 0)
		memcpy(out->to, period->to, sizeof out->to);
}

/* The period of the same length just before: as many whole months when
 * the period is whole months, else as many days. */
static void previous_period(const Period *p, Period *out)
{
	*out = *p;
	Month first = month_of_date(p->from), last = month_of_date(p->to);
	char last_of_last[11];
	month_last_day(last, last_of_last);
	if (p->from[8] == '0' && p->from[9] == '1' && strcmp(last_of_last, p->to) == 0) {
		int n = month_index(last) - month_index(first) + 1;
		month_first_day(month_from_index(month_index(first) - n), out->from);
		month_last_day(month_from_index(month_index(first) - 1), out->to);
	} else {
		int days = 0;
		char d[11];
		memcpy(d, p->from, sizeof d);
		while (strcmp(d, p->to) <= 0) {
			char next[11];
			date_add_days(d, 1, next);
			memcpy(d, next, sizeof d);
			days++;
		}
		date_add_days(p->from, -1, out->to);
		date_add_days(p->from, -days, out->from);
	}
	snprintf(out->label, sizeof out->label, "%s to %s", out->from, out->to);
}

/* --funnel: "all" or target codes separated by commas, each known. */
static int check_funnel(const char *funnel, const Table *targets, char **cause)
{
	if (strcmp(funnel, "all") == 0)
		return 0;
	int code = table_column(targets, "code");
	for (const char *p = funnel;;) {
		size_t len = strcspn(p, ",");
		int known = 0;
		for (int r = 0; r < targets->nrow && !known; r++) {
			const Value *v = table_cell(targets, r, code);
			known = v->type == VALUE_TEXT && strlen(v->s) == len && strncasecmp(v->s, p, len) == 0;
		}
		if (!known)
			return failure(cause, "--funnel '%s': '%.*s' is not a target; give all, or target codes separated "
			               "by commas ('target list' shows them)", funnel, (int)len, p);
		if (p[len] == '\0')
			return 0;
		p += len + 1;
	}
}

static int report_run(App *app, const Args *a, char **cause)
{
	const char *file = a->pos[0];
	const char *team = args_get(a, "team");
	const char *marking = args_get(a, "marking");
	Period period, trend, previous, worker_period;
	int worker_default = 0;
	long long team_id = 0;
	if (period_parse(args_get(a, "from"), args_get(a, "to"), args_get(a, "month"), args_get(a, "quarter"),
	                 args_get(a, "year"), &period, cause) != 0)
		return -1;
	if (team && repo_team_id(app->db, team, &team_id, cause) != 0)
		return -1;
	if (marking && (marking[strspn(marking, " \t")] == '\0' || strlen(marking) > 200))
		return failure(cause, "--marking '%s' is not a marking; give the protective marking's words, e.g. "
		               "--marking OFFICIAL, at most 200 characters", marking);
	trend_period(&period, &trend);
	if (!period.all_time)
		previous_period(&period, &previous);

	ReportData d = {0};
	char today[11], drawn[32];
	date_today(today);
	if (date_today_fixed()) {
		snprintf(drawn, sizeof drawn, "%s", today);
	} else {
		time_t now = time(NULL);
		struct tm tm;
		localtime_r(&now, &tm);
		strftime(drawn, sizeof drawn, "%Y-%m-%d %H:%M", &tm);
	}
	d.period = &period;
	d.previous = period.all_time ? NULL : &previous;
	d.team = team;
	d.drawn = drawn;
	d.as_at = today;
	d.author = db_user(app->db);
	d.marking = marking ? marking : REPORT_DEFAULT_MARKING;
	d.names = args_has(a, "names");
	d.funnel = args_get(a, "funnel");
	d.version = CASEAUDIT_VERSION;
	/* On a terminal, which stage and how long: over years of audits the
	 * measures take seconds. */
	char *what = xprintf("report %s", file);
	Progress *progress = progress_begin(app, what);
	free(what);
	progress_watch(progress, app->db);
	progress_step(progress, "measuring the targets", 1, 4);
	Table *summary = measure(app, &period, team, COMPLIANCE_BY_NONE, &worker_period, &worker_default, cause);
	Table *before = summary && !period.all_time
		? measure(app, &previous, team, COMPLIANCE_BY_NONE, NULL, NULL, cause) : NULL;
	int ok = summary && (period.all_time || before);
	progress_step(progress, "measuring each team", 2, 4);
	Table *by_team = ok ? measure(app, &period, team, COMPLIANCE_BY_TEAM, NULL, NULL, cause) : NULL;
	progress_step(progress, "measuring each month", 3, 4);
	Table *by_month = by_team ? measure(app, &trend, team, COMPLIANCE_BY_MONTH, NULL, NULL, cause) : NULL;
	progress_step(progress, "the targets and overdue actions", 4, 4);
	TableSink ts = {{NULL, NULL, NULL}, NULL};
	/* The targets as in force on the period's last day (today for all time). */
	Table *targets = by_month ? table_collected(&ts, repo_target_list(app->db, period.all_time ? today : period.to,
	                                                                  table_sink(&ts), cause)) : NULL;
	Table *actions = targets ? repo_report_overdue(app->db, team_id, today, cause) : NULL;
	progress_end(progress);
	int rc = -1;
	/* The history's head, read in the same transaction as the figures, so
	 * the paper can be checked against the database later. */
	char *history = actions ? history_chain_describe(db_handle(app->db), cause) : NULL;
	if (history != NULL && d.funnel && check_funnel(d.funnel, targets, cause) != 0)
		free(history), history = NULL;
	if (history != NULL && repo_report_coverage(app->db, &period, team_id, &d.coverage, cause) == 0) {
		d.chain_head = history;
		d.worker_period = period.all_time && worker_default ? &worker_period : NULL;
		d.summary = summary;
		d.previous_summary = before;
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
		output_note(&app->out, "wrote %s: %d targets, %s%s%s%s", file, summary->nrow, period.label,
		            team ? ", team " : "", team ? team : "", d.names ? ", with names" : "");
	if (rc == 0)
		output_note(&app->out, "%s", history);
	free(history);
	table_free(summary);
	table_free(before);
	table_free(by_team);
	table_free(by_month);
	table_free(targets);
	table_free(actions);
	return rc;
}

static const Arg html_args[] = {
	ARG_POS("FILE", KIND_FILE),
	ARG_PERIOD,
	ARG_OPT("team", "TEAM", KIND_TEAM),
	ARG_OPT("marking", "TEXT", KIND_TEXT),
	ARG_SWITCH("names"),
	ARG_OPT("funnel", "all|CODE,...", KIND_TARGET),
	ARGS_END,
};

const Command cmd_report[] = {
	{"report", "html", html_args, 0,
	 "write the committee report as one HTML file",
	 "Writes one self-contained HTML file (no scripts, no network; prints on\n"
	 "A4) for a management meeting or scrutiny committee. It says what it\n"
	 "covers (the period in words and dates, the audits, files, teams and\n"
	 "audit types counted, when the figures were drawn, who prepared it),\n"
	 "how to read it, and a headline by status and evidence together (met\n"
	 "with evidence, met but not yet shown, below, below with evidence,\n"
	 "census, no data). Then every target's k of n, percentage, status, 95%\n"
	 "interval and evidence beside the previous period of the same length\n"
	 "(the change, and whether it is more than chance); a control chart per\n"
	 "target (Making Data Count: p-chart limits, the four rules, variation\n"
	 "and assurance; a run chart when fewer than 12 months have data); a\n"
	 "funnel plot per target comparing the teams; every team's k of n; and\n"
	 "the overdue actions as at today, by team and age. No worker or child is\n"
	 "named unless --names is given. The period is chosen as for\n"
	 "`compliance`; none: all time.\n"
	 "  --team TEAM      one team's figures only\n"
	 "  --marking TEXT   the protective marking printed at the head and foot\n"
	 "                   of every page (default: OFFICIAL-SENSITIVE)\n"
	 "  --names          list the overdue actions with their owners and case\n"
	 "                   IDs, marked as personal data (internal meetings only)\n"
	 "  --funnel all|CODE,...  the targets with a funnel plot (default: those\n"
	 "                   red for the service or with a team outside the funnel)\n\n"
	 "example: report html q3.html --quarter 2016/17-Q3 --marking OFFICIAL\n",
	 report_run},
	{NULL, NULL, NULL, 0, NULL, NULL, NULL},
};
