/* sample draw, sample list, sample size: dip samples for management audit. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "command.h"
#include "prng.h"
#include "repo.h"
#include "stats.h"
#include "util.h"

static int need(const Args *a, const char *option, const char *what, char **cause)
{
	if (args_get(a, option) == NULL)
		return failure(cause, "sample draw needs --%s %s", option, what);
	return 0;
}

/* Parse the options into a request; every value is checked here so the
 * message can name the option the person typed. */
static int parse_request(const Args *a, SampleRequest *r, char today[11], char **cause)
{
	memset(r, 0, sizeof *r);
	if (need(a, "team", "TEAM", cause) || need(a, "auditor", "NAME", cause) || need(a, "due", "DATE", cause))
		return -1;
	const char *size = args_get(a, "size"), *percent = args_get(a, "percent");
	if (size == NULL && percent == NULL)
		return failure(cause, "sample draw needs --size N (a number of cases) or --percent P"
		                      " (a share of the eligible cases)");
	if (size != NULL && percent != NULL)
		return failure(cause, "give --size N or --percent P, not both");
	r->team = args_get(a, "team");
	r->auditor = args_get(a, "auditor");
	r->due = args_get(a, "due");
	r->status = args_get(a, "status");
	date_today(today);
	r->drawn_on = args_get(a, "date") ? args_get(a, "date") : today;
	if (check_date("--date", args_get(a, "date"), cause) || check_date("--due", r->due, cause) ||
	    check_enum("--status", r->status, STATUSES, cause))
		return -1;
	if (size && check_positive("--size", size, &r->size, cause))
		return -1;
	if (percent && (parse_double(percent, &r->percent) != 0 || !(r->percent > 0 && r->percent <= 100)))
		return failure(cause, "--percent '%s' is not a number above 0 and at most 100", percent);
	r->within_days = -1;
	const char *within = args_get(a, "not-audited-within");
	if (within && (parse_int(within, &r->within_days) != 0 || r->within_days < 0))
		return failure(cause, "--not-audited-within '%s' is not a whole number of days, 0 or more", within);
	const char *seed = args_get(a, "seed");
	if (seed == NULL)
		r->seed = prng_fresh_seed();
	else if (parse_int(seed, &r->seed) != 0 || r->seed < 0)
		return failure(cause, "--seed '%s' is not a whole number from 0 to 9223372036854775807", seed);
	return 0;
}

/* The drawn cases without the columns the sample's document holds once
 * (its id and seed). */
static Table *cases_of_draw(const Table *cases)
{
	static const char *const keep[] = {"position", "case", "status", "worker", "last_audited"};
	enum { NKEEP = sizeof keep / sizeof keep[0] };
	Table *t = table_new(keep[0], keep[1], keep[2], keep[3], keep[4], (const char *)NULL);
	int column[NKEEP];
	for (int c = 0; c < NKEEP; c++)
		column[c] = table_column(cases, keep[c]);
	for (int r = 0; r < cases->nrow; r++) {
		Value v[NKEEP];
		for (int c = 0; c < NKEEP; c++)
			v[c] = column[c] >= 0 ? *table_cell(cases, r, column[c]) : (Value){.type = VALUE_NULL};
		table_add_values(t, v);
	}
	return t;
}

static int sample_draw(App *app, const Args *a, char **cause)
{
	SampleRequest r;
	char today[11];
	if (parse_request(a, &r, today, cause) != 0)
		return -1;
	SampleDraw d;
	if (repo_sample_draw(app->db, &r, &d, cause) != 0)
		return -1;
	long long drawn = d.cases->nrow;
	char *short_note = NULL;
	if (d.requested > d.eligible && d.eligible == 1)
		short_note = xprintf("asked for %lld cases but only 1 is eligible: it was drawn", d.requested);
	else if (d.requested > d.eligible)
		short_note = xprintf("asked for %lld cases but only %lld are eligible: all %lld were drawn",
		                     d.requested, d.eligible, d.eligible);
	if (app->out.mode == MODE_JSON) {
		/* One document: the sample and its cases (output.c's, as audit show's). */
		Table *sample = table_new("id", "team", "auditor", "drawn_on", "due", "seed", "requested", "open_cases",
		                          "skipped_recent", "skipped_scheduled", "eligible", "drawn", "note",
		                          (const char *)NULL);
		table_add_row(sample);
		table_set_int(sample, 0, 0, d.id);
		table_set_text(sample, 0, 1, d.team);
		table_set_text(sample, 0, 2, d.auditor);
		table_set_text(sample, 0, 3, r.drawn_on);
		table_set_text(sample, 0, 4, r.due);
		const long long counts[] = {r.seed, d.requested, d.open_cases, d.recent, d.pending, d.eligible, drawn};
		for (int i = 0; i < 7; i++)
			table_set_int(sample, 0, 5 + i, counts[i]);
		table_set_text(sample, 0, 12, short_note);
		Table *cases = cases_of_draw(d.cases);
		static const char *const parts[] = {"cases"};
		output_document(&app->out, sample, 1, parts, (const Table *const[]){cases});
		table_free(cases);
		table_free(sample);
	} else {
		output_note(&app->out, "sample %lld (seed %lld): drew %lld of %lld eligible open case%s of %s;"
		            " audits due %s, by %s", d.id, r.seed, drawn, d.eligible, d.eligible == 1 ? "" : "s",
		            d.team, r.due, d.auditor);
		if (d.recent || d.pending) {
			char *recent = !d.recent ? xstrdup("")
				: r.within_days == 0 ? xprintf("%lld audited on the draw date %s", d.recent, r.drawn_on)
				: xprintf("%lld audited within %lld days before %s", d.recent, r.within_days, r.drawn_on);
			char *pending = d.pending ? xprintf("%lld scheduled in an earlier sample and not yet audited",
			                                    d.pending) : xstrdup("");
			output_note(&app->out, "skipped %lld: %s%s%s", d.recent + d.pending, recent,
			            d.recent && d.pending ? ", " : "", pending);
			free(recent);
			free(pending);
		}
		if (short_note)
			output_note(&app->out, "%s", short_note);
		output_table(&app->out, d.cases);
	}
	free(short_note);
	repo_sample_draw_free(&d);
	return 0;
}

static int sample_list(App *app, const Args *a, char **cause)
{
	Sink *sink = output_sink(&app->out);
	return output_sink_close(sink, repo_sample_list(app->db, args_get(a, "team"), sink, cause));
}

static int sample_withdraw(App *app, const Args *a, char **cause)
{
	long long sample;
	if (check_positive("the sample", a->pos[0], &sample, cause) != 0)
		return -1;
	const char *by = args_get(a, "by"), *reason = args_get(a, "reason"), *date = args_get(a, "date");
	if (by == NULL)
		return failure(cause, "sample withdraw needs --by NAME, the manager withdrawing the audit");
	if (reason == NULL)
		return failure(cause, "sample withdraw needs --reason TEXT: why the audit is no longer wanted");
	char today[11];
	date_today(today);
	if (repo_sample_withdraw(app->db, sample, a->pos[1], by, date ? date : today, reason, cause) != 0)
		return -1;
	output_note(&app->out, "withdrew the audit of case %s in sample %lld: it counts nowhere in MGMT-AUDITS.",
	            a->pos[1], sample);
	return 0;
}

/* sample size: how many files to audit for a percentage near the threshold
 * to be known to within the margin (stats_sample_size does the arithmetic). */
static int sample_size(App *app, const Args *a, char **cause)
{
	const char *threshold_text = args_get(a, "threshold"), *margin_text = args_get(a, "margin");
	const char *population_text = args_get(a, "population");
	double threshold, margin = STATS_DEFAULT_MARGIN;
	long long population = 0, n;
	if (threshold_text == NULL)
		return failure(cause, "sample size needs --threshold PERCENT, the target's percentage, e.g. 80");
	if (parse_double(threshold_text, &threshold) != 0)
		return failure(cause, "--threshold '%s' is not a number; expected a percentage such as 80", threshold_text);
	if (margin_text && parse_double(margin_text, &margin) != 0)
		return failure(cause, "--margin '%s' is not a number; expected percentage points such as 5", margin_text);
	if (population_text && check_positive("--population", population_text, &population, cause) != 0)
		return -1;
	if (stats_sample_size(threshold, margin, population, &n, cause) != 0)
		return -1;
	char *sentence = stats_sample_size_sentence(threshold, margin, population, n);
	Table *t = table_new("size", "threshold", "margin", "population", "explanation", (const char *)NULL);
	table_add_row(t);
	table_set_int(t, 0, 0, n);
	table_set_real_places(t, 0, 1, threshold, -1);
	table_set_real_places(t, 0, 2, margin, -1);
	if (population > 0)
		table_set_int(t, 0, 3, population);
	table_set_text(t, 0, 4, sentence);
	if (app->out.mode == MODE_JSON) {
		output_document(&app->out, t, 0, NULL, NULL); /* one object, not a list */
	} else if (app->out.mode == MODE_CSV) {
		output_table(&app->out, t);
	} else {
		fprintf(app->out.fp, "%lld\n", n);
		output_note(&app->out, "%s", sentence);
	}
	table_free(t);
	free(sentence);
	return 0;
}

static const Arg draw_size[] = {
	ARG_NEEDS("size", "N", KIND_NUMBER), ARG_NEEDS("percent", "P", KIND_NUMBER), ARGS_END};
static const Arg draw_args[] = {
	ARG_NEEDS("team", "TEAM", KIND_TEAM),
	ARG_ONEOF(draw_size, 0),
	ARG_NEEDS("auditor", "NAME", KIND_WORKER),
	ARG_NEEDS("due", "DATE", KIND_DATE),
	ARG_OPT("seed", "N", KIND_NUMBER),
	ARG_OPT("date", "DATE", KIND_DATE),
	ARG_OPT("status", "STATUS", KIND_STATUS),
	ARG_OPT("not-audited-within", "DAYS", KIND_NUMBER),
	ARGS_END,
};
static const Arg list_args[] = {ARG_OPT("team", "TEAM", KIND_TEAM), ARGS_END};
static const Arg withdraw_args[] = {
	ARG_POS("SAMPLE", KIND_SAMPLE),
	ARG_POS("CASE", KIND_CASE),
	ARG_NEEDS("by", "NAME", KIND_WORKER),
	ARG_NEEDS("reason", "TEXT", KIND_TEXT),
	ARG_OPT("date", "DATE", KIND_DATE),
	ARGS_END,
};
static const Arg size_args[] = {
	ARG_NEEDS("threshold", "PERCENT", KIND_NUMBER),
	ARG_OPT("margin", "POINTS", KIND_NUMBER),
	ARG_OPT("population", "N", KIND_NUMBER),
	ARGS_END,
};

const Command cmd_sample[] = {
	{"sample", "draw", draw_args, CMD_WRITE,
	 "draw a random dip sample of a team's open cases and schedule their audits",
	 "Draws open cases of the team at random and schedules one management audit\n"
	 "of each for the auditor, due on the due date. Prints the sample ID, the seed\n"
	 "and the drawn cases. Cases are skipped when they were audited (a submitted\n"
	 "audit) in the --not-audited-within days before the draw date or on it, or\n"
	 "when an earlier sample scheduled them and no submitted audit dated on or\n"
	 "after that draw has been recorded yet. Asking for more cases than are\n"
	 "eligible draws them all and says so.\n"
	 "  --team TEAM            the team whose open cases are sampled\n"
	 "  --size N               how many cases to draw\n"
	 "  --percent P            or: that share of the eligible cases, 0 < P <= 100,\n"
	 "                         rounded up, at least one (peer sampling)\n"
	 "  --auditor NAME         who audits: a manager (team-manager, head-of-service\n"
	 "                         or senior-manager) in post, of any team, so managers\n"
	 "                         can audit each other's\n"
	 "  --due DATE             audits due by, on or after the draw date\n"
	 "  --seed N               0 to 9223372036854775807; the same seed on the same\n"
	 "                         data draws the same sample on any machine. Without\n"
	 "                         it a seed is chosen, recorded and shown\n"
	 "  --date DATE            the draw date (default today)\n"
	 "  --status STATUS        only cases with this status\n"
	 "  --not-audited-within DAYS  skip cases audited in the DAYS days before\n"
	 "                         the draw date (0: on the draw date only)\n"
	 "The draw: the eligible cases in order of case ID (byte order), then the\n"
	 "first N places of a Fisher-Yates shuffle driven by SplitMix64 from the seed.\n\n"
	 "example: sample draw --team \"Assessment Team 1\" --size 5 --auditor \"Sam Patel\" --due 2016-12-31\n",
	 sample_draw},
	{"sample", "list", list_args, 0,
	 "list samples, their cases and whether each was audited on time",
	 "Lists every scheduled audit of every sample: the team, auditor, draw date,\n"
	 "due date, case, the audit that fulfilled it (the first submitted audit of\n"
	 "the case by a manager, dated on or after the draw date) and audited: on-time\n"
	 "(dated on or before the due date), late, not-done (due today or before),\n"
	 "pending (not done, due after today) or withdrawn, with the withdrawal's date\n"
	 "and reason (by a manager with 'sample withdraw', or the case closed before\n"
	 "the due date). MGMT-AUDITS in 'compliance' counts them the same way.\n"
	 "  --team TEAM   only that team's samples\n\n"
	 "example: sample list --team \"Assessment Team 1\"\n",
	 sample_list},
	{"sample", "withdraw", withdraw_args, CMD_WRITE,
	 "withdraw a scheduled audit that is no longer wanted, with a reason",
	 "Withdraws the scheduled audit of CASE in SAMPLE: it then counts nowhere in\n"
	 "MGMT-AUDITS. Done by a manager (team-manager, head-of-service or\n"
	 "senior-manager) in post on the day, with a reason, on a day from the draw to\n"
	 "the due date: a missed audit cannot be withdrawn afterwards, nor a done one.\n"
	 "A case that closes before the due date withdraws its audit by itself. The\n"
	 "withdrawal, who made it and why, is kept in the history.\n"
	 "  --by NAME       the manager withdrawing it\n"
	 "  --reason TEXT   why (kept and shown by 'sample list')\n"
	 "  --date DATE     the day of the withdrawal (default today)\n\n"
	 "example: sample withdraw 3 C104236 --by \"Sam Patel\" --reason \"child moved to another council\"\n",
	 sample_withdraw},
	{"sample", "size", size_args, 0,
	 "how many case files to audit to tell whether practice meets a target",
	 "Prints how many files a dip sample needs so that the 95% confidence interval\n"
	 "of a percentage near the target's threshold is no wider than the margin\n"
	 "either side, and one sentence saying what that means. It uses the normal\n"
	 "approximation n = z^2 p(1-p) / m^2 (z = 1.96), with the finite-population\n"
	 "correction when --population is given, rounded up.\n"
	 "  --threshold PERCENT  the target's threshold, above 0 and below 100\n"
	 "  --margin POINTS      percentage points either side (default 5)\n"
	 "  --population N       the number of open cases sampled from (corrects for\n"
	 "                       small teams)\n\n"
	 "example: sample size --threshold 85 --margin 10 --population 120\n",
	 sample_size},
	{NULL, NULL, NULL, 0, NULL, NULL, NULL},
};
