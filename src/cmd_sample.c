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
	r->theme = args_get(a, "theme");
	if (r->theme == NULL && (args_has(a, "service") || args_has(a, "all-teams") || args_has(a, "flag")))
		return failure(cause, "--%s goes with --theme NAME (a themed sample); a dip sample is of one --team",
		               args_has(a, "service") ? "service" : args_has(a, "all-teams") ? "all-teams" : "flag");
	if (r->theme && args_has(a, "reaudits-first"))
		return failure(cause, "--reaudits-first is for a team's dip sample; a themed sample takes every file the "
		                      "theme needs");
	if (r->theme && (args_get(a, "team") != NULL) + (args_get(a, "service") != NULL) + args_has(a, "all-teams") != 1)
		return failure(cause, "a themed draw needs one of --team TEAM, --service SERVICE or --all-teams");
	if ((r->theme == NULL && need(a, "team", "TEAM", cause)) || need(a, "auditor", "NAME", cause) ||
	    need(a, "due", "DATE", cause))
		return -1;
	r->reaudits_first = args_has(a, "reaudits-first");
	const char *size = args_get(a, "size"), *percent = args_get(a, "percent");
	if (size == NULL && percent == NULL && r->theme == NULL)
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
	const char **names = xcalloc((size_t)cases->ncol + 1, sizeof *names);
	int *column = xcalloc((size_t)cases->ncol + 1, sizeof *column), n = 0;
	for (int c = 0; c < cases->ncol; c++)
		if (strcmp(cases->names[c], "sample") != 0 && strcmp(cases->names[c], "seed") != 0) {
			names[n] = cases->names[c];
			column[n++] = c;
		}
	TableSink ts = {{NULL, NULL, NULL}, NULL};
	Sink *sink = table_sink(&ts);
	sink->header(sink, n, names);
	Value *v = xcalloc((size_t)n + 1, sizeof *v);
	for (int r = 0; r < cases->nrow; r++) {
		for (int c = 0; c < n; c++)
			v[c] = *table_cell(cases, r, column[c]);
		sink->row(sink, v);
	}
	free(v);
	free(column);
	free(names);
	return table_collected(&ts, 0);
}

/* sample draw --theme: one sample per team of the scope, one seed. */
static int sample_draw_themed(App *app, const Args *a, SampleRequest *r, char **cause)
{
	const char **flags = NULL;
	r->nflags = args_all(a, "flag", &flags);
	r->flags = flags;
	SampleScope scope = {args_get(a, "team"), args_get(a, "service"), args_has(a, "all-teams")};
	ThemedDraw d;
	int rc = repo_sample_draw_themed(app->db, r, &scope, &d, cause);
	if (rc != 0) {
		free(flags);
		return -1;
	}
	Buf cohort = {0}, flag_words = {0};
	for (int i = 0; i < r->nflags; i++)
		buf_printf(&flag_words, "%s%s", i ? " or " : "", r->flags[i]);
	if (r->status)
		buf_printf(&cohort, " with status %s", r->status);
	if (flag_words.s)
		buf_printf(&cohort, " flagged %s", flag_words.s);
	char *where = scope.team ? xprintf("team %s", d.samples->nrow ? table_cell(d.samples, 0, 1)->s : scope.team)
	                         : xstrdup(d.scope);
	if (app->out.mode == MODE_JSON) {
		Table *record = table_new("draw", "theme", "scope", "status", "flags", "auditor", "drawn_on", "due", "seed",
		                          "open_cases", "not_flagged", "not_needed", "skipped_recent", "skipped_scheduled",
		                          "eligible", "drawn", "no_eligible_files", (const char *)NULL);
		Buf flag_list = {0};
		for (int i = 0; i < r->nflags; i++)
			buf_printf(&flag_list, "%s%s", i ? "," : "", r->flags[i]);
		table_add_row(record);
		int c = 0;
		table_set_int(record, 0, c++, d.draw_id);
		table_set_text(record, 0, c++, d.theme);
		table_set_text(record, 0, c++, where);
		table_set_text(record, 0, c++, r->status);
		table_set_text(record, 0, c++, flag_list.s);
		table_set_text(record, 0, c++, d.auditor);
		table_set_text(record, 0, c++, r->drawn_on);
		table_set_text(record, 0, c++, r->due);
		table_set_int(record, 0, c++, r->seed);
		table_set_int(record, 0, c++, d.open_cases);
		table_set_int(record, 0, c++, d.unflagged);
		table_set_int(record, 0, c++, d.unneeded);
		table_set_int(record, 0, c++, d.recent);
		table_set_int(record, 0, c++, d.pending);
		table_set_int(record, 0, c++, d.eligible);
		table_set_int(record, 0, c++, d.drawn);
		table_set_text(record, 0, c++, d.empty_teams);
		const char *names[] = {"samples", "cases"};
		const Table *parts[] = {d.samples, d.cases};
		output_document(&app->out, record, 2, names, parts);
		table_free(record);
		buf_free(&flag_list);
	} else {
		output_note(&app->out, "themed draw %lld, theme '%s' (seed %lld): drew %lld of %lld eligible open file%s%s"
		            " in %s, %lld sample%s (one per team); audits due %s, by %s", d.draw_id, d.theme, r->seed,
		            d.drawn, d.eligible, d.eligible == 1 ? "" : "s", cohort.s ? cohort.s : "", where,
		            (long long)d.samples->nrow, d.samples->nrow == 1 ? "" : "s", r->due, d.auditor);
		if (d.unflagged || d.unneeded) {
			char *unflagged = d.unflagged ? xprintf("%lld not flagged %s", d.unflagged,
			                                        flag_words.s ? flag_words.s : "as asked") : xstrdup("");
			char *unneeded = d.unneeded ? xprintf("%lld that none of the theme's standards applies to",
			                                      d.unneeded) : xstrdup("");
			output_note(&app->out, "left out of %lld open files: %s%s%s", d.open_cases, unflagged,
			            d.unflagged && d.unneeded ? ", " : "", unneeded);
			free(unflagged);
			free(unneeded);
		}
		if (d.recent || d.pending) {
			char *recent = !d.recent ? xstrdup("")
				: r->within_days == 0 ? xprintf("%lld audited on the draw date %s", d.recent, r->drawn_on)
				: xprintf("%lld audited within %lld days before %s", d.recent, r->within_days, r->drawn_on);
			char *pending = d.pending ? xprintf("%lld scheduled in an earlier '%s' sample and not yet audited",
			                                    d.pending, d.theme) : xstrdup("");
			output_note(&app->out, "skipped %lld: %s%s%s", d.recent + d.pending, recent,
			            d.recent && d.pending ? ", " : "", pending);
			free(recent);
			free(pending);
		}
		if (d.empty_teams)
			output_note(&app->out, "no eligible files in: %s", d.empty_teams);
		output_table(&app->out, d.cases);
	}
	free(where);
	buf_free(&cohort);
	buf_free(&flag_words);
	free(flags);
	repo_sample_themed_free(&d);
	return 0;
}

static int sample_draw(App *app, const Args *a, char **cause)
{
	SampleRequest r;
	char today[11];
	if (parse_request(a, &r, today, cause) != 0)
		return -1;
	if (r.theme)
		return sample_draw_themed(app, a, &r, cause);
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
		Table *sample = r.reaudits_first
			? table_new("id", "team", "auditor", "drawn_on", "due", "seed", "requested", "open_cases",
			            "skipped_recent", "skipped_scheduled", "eligible", "drawn", "reaudits_first", "note",
			            (const char *)NULL)
			: table_new("id", "team", "auditor", "drawn_on", "due", "seed", "requested", "open_cases",
			            "skipped_recent", "skipped_scheduled", "eligible", "drawn", "note", (const char *)NULL);
		table_add_row(sample);
		table_set_int(sample, 0, 0, d.id);
		table_set_text(sample, 0, 1, d.team);
		table_set_text(sample, 0, 2, d.auditor);
		table_set_text(sample, 0, 3, r.drawn_on);
		table_set_text(sample, 0, 4, r.due);
		const long long counts[] = {r.seed, d.requested, d.open_cases, d.recent, d.pending, d.eligible, drawn};
		int c = 5;
		for (int i = 0; i < 7; i++)
			table_set_int(sample, 0, c++, counts[i]);
		if (r.reaudits_first)
			table_set_int(sample, 0, c++, d.reaudits);
		table_set_text(sample, 0, c, short_note);
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
		if (r.reaudits_first)
			output_note(&app->out, "taken first, due or overdue for re-audit (reaudit list --open): %lld; the rest "
			            "at random", d.reaudits);
		output_table(&app->out, d.cases);
	}
	free(short_note);
	repo_sample_draw_free(&d);
	return 0;
}

static int sample_list(App *app, const Args *a, char **cause)
{
	Sink *sink = output_sink(&app->out);
	if (args_get(a, "theme") || args_has(a, "themed"))
		return output_sink_close(sink, repo_sample_list_themed(app->db, args_get(a, "team"), args_get(a, "theme"),
		                                                       sink, cause));
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
/* A themed draw: --service or --all-teams in place of --team, and the
 * size optional (every file the theme needs); checked by parse_request. */
static const Arg draw_scope[] = {ARG_NEEDS("service", "SERVICE", KIND_TEXT), ARG_SWITCH_F("all-teams", 0), ARGS_END};
static const Arg draw_theme[] = {
	ARG_NEEDS("theme", "THEME", KIND_THEME),
	ARG_ONEOF(draw_scope, ARG_OPTIONAL),
	ARG_OPT_F("flag", "FLAG", KIND_FLAG, ARG_OPTIONAL | ARG_MULTI),
	ARGS_END,
};
/* help's second usage line: the themed draw as it is called. */
static const Arg themed_scope[] = {
	ARG_NEEDS("team", "TEAM", KIND_TEAM), ARG_NEEDS("service", "SERVICE", KIND_TEXT), ARG_SWITCH_F("all-teams", 0),
	ARGS_END};
static const Arg themed_form[] = {
	ARG_NEEDS("theme", "THEME", KIND_THEME),
	ARG_ONEOF(themed_scope, 0),
	ARG_ONEOF(draw_size, ARG_OPTIONAL),
	ARG_NEEDS("auditor", "NAME", KIND_WORKER),
	ARG_NEEDS("due", "DATE", KIND_DATE),
	ARG_OPT("seed", "N", KIND_NUMBER),
	ARG_OPT("date", "DATE", KIND_DATE),
	ARG_OPT("status", "STATUS", KIND_STATUS),
	ARG_OPT_F("flag", "FLAG", KIND_FLAG, ARG_OPTIONAL | ARG_MULTI),
	ARG_OPT("not-audited-within", "DAYS", KIND_NUMBER),
	ARGS_END,
};
static const Arg draw_args[] = {
	ARG_NEEDS("team", "TEAM", KIND_TEAM),
	ARG_ONEOF(draw_size, 0),
	ARG_NEEDS("auditor", "NAME", KIND_WORKER),
	ARG_NEEDS("due", "DATE", KIND_DATE),
	ARG_OPT("seed", "N", KIND_NUMBER),
	ARG_OPT("date", "DATE", KIND_DATE),
	ARG_OPT("status", "STATUS", KIND_STATUS),
	ARG_OPT("not-audited-within", "DAYS", KIND_NUMBER),
	ARG_SWITCH("reaudits-first"),
	ARG_GROUP(draw_theme, ARG_OPTIONAL | ARG_IN_ALSO),
	ARG_ALSO(themed_form),
	ARGS_END,
};
static const Arg list_themed[] = {ARG_SWITCH_F("themed", 0), ARG_NEEDS("theme", "THEME", KIND_THEME), ARGS_END};
static const Arg list_args[] = {ARG_OPT("team", "TEAM", KIND_TEAM), ARG_ONEOF(list_themed, ARG_OPTIONAL), ARGS_END};
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
	 "  --date DATE            the draw date (default today); a case is drawn\n"
	 "                         only if it was open that day: opened on or\n"
	 "                         before it and not closed by it, and by the team\n"
	 "                         and status it had that day (of a themed draw\n"
	 "                         too); its flags are today's\n"
	 "  --status STATUS        only cases with this status\n"
	 "  --not-audited-within DAYS  skip cases audited in the DAYS days before\n"
	 "                         the draw date (0: on the draw date only)\n"
	 "  --reaudits-first       take the team's files due or overdue for re-audit\n"
	 "                         (reaudit list --open) first, oldest due first, then\n"
	 "                         the rest at random\n"
	 "The draw: the eligible cases in order of case ID (byte order), then the\n"
	 "first N places of a Fisher-Yates shuffle driven by SplitMix64 from the seed.\n"
	 "\n"
	 "A themed sample (--theme THEME, 'theme list'): the open files of one team\n"
	 "(--team), of every team of a service (--service SERVICE, the teams'\n"
	 "--service, in place of --team) or of every team (--all-teams), with\n"
	 "--status STATUS and flagged any of the\n"
	 "--flag FLAGs when given, that at least one of the theme's standards\n"
	 "applies to: a file none of them applies to is not drawn, and none the\n"
	 "theme needs is skipped. Every such file is drawn unless --size or\n"
	 "--percent asks for fewer (then per team, at random, from the seed). The\n"
	 "sample model ties a sample to one team, so a draw across teams makes one\n"
	 "sample per team with a file to draw, from the one seed, numbered together\n"
	 "(the draw is the first sample's number; sample list --themed lists them\n"
	 "by draw). Skipped: files audited within --not-audited-within days, and\n"
	 "files scheduled by an earlier sample of the theme and not yet audited.\n"
	 "The auditor is anyone who may do a themed audit (a manager, an iro or a\n"
	 "qa-officer) in post; a scheduled themed audit is fulfilled by a submitted\n"
	 "audit of the theme (audit add --theme, audit start --theme) dated on or\n"
	 "after the draw. Themed samples are not management dip samples: they do\n"
	 "not count in MGMT-AUDITS, and plain 'sample list' leaves them out.\n\n"
	 "example: sample draw --team \"Assessment Team 1\" --size 5 --auditor \"Sam Patel\" --due 2016-12-31\n"
	 "example: sample draw --theme \"CSE 2016\" --service \"Children in Need\" --flag cse --auditor \"Quinn Officer\" --due 2016-12-31\n",
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
	 "Themed samples (sample draw --theme) are listed only with --themed or\n"
	 "--theme, by draw, with the draw and theme after the reason; their audits\n"
	 "are done by a submitted audit of the theme, and count nowhere in\n"
	 "MGMT-AUDITS.\n"
	 "  --team TEAM     only that team's samples\n"
	 "  --themed        the themed samples instead\n"
	 "  --theme THEME   the themed samples of that theme\n\n"
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
