/* reaudit list, compare, rule, figure: whether practice changed after an
 * audit found it wanting (the learning loop, DOMAIN.md). */
#include <stdlib.h>
#include <string.h>

#include "command.h"
#include "domain.h"
#include "repo.h"
#include "util.h"

static int reaudit_list(App *app, const Args *a, char **cause)
{
	ReauditFilter f = {0};
	f.team = args_get(a, "team");
	f.open = args_has(a, "open");
	f.overdue = args_has(a, "overdue");
	Sink *sink = output_sink(&app->out);
	return output_sink_close(sink, repo_reaudit_list(app->db, &f, sink, cause));
}

static int reaudit_compare(App *app, const Args *a, char **cause)
{
	long long id;
	if (check_positive("audit", a->pos[0], &id, cause) != 0)
		return -1;
	Table *t = repo_reaudit_compare(app->db, id, cause);
	if (t == NULL)
		return -1;
	output_table(&app->out, t);
	table_free(t);
	return 0;
}

static int reaudit_rule(App *app, const Args *a, char **cause)
{
	if (a->npos == 0) {
		if (args_get(a, "months"))
			return failure(cause, "--months needs the grade it is for, e.g. reaudit rule inadequate --months 2");
		Sink *sink = output_sink(&app->out);
		return output_sink_close(sink, repo_reaudit_rule_list(app->db, sink, cause));
	}
	const char *months = args_get(a, "months");
	long long n;
	if (months == NULL)
		return failure(cause, "reaudit rule %s needs --months N (0 goes back to the plan's rule)", a->pos[0]);
	if (parse_int(months, &n) != 0)
		return failure(cause, "--months '%s' is not a whole number; expected 1 to 36, or 0", months);
	if (n < 0 || n > 36)
		return failure(cause, "--months %lld is out of range; expected 1 to 36 (0 takes the council's rule away)", n);
	return repo_reaudit_rule_set(app->db, a->pos[0], (int)n, cause);
}

static const char *const BY[] = {"team", NULL};

static int reaudit_figure(App *app, const Args *a, char **cause)
{
	Period p;
	if (period_parse(args_get(a, "from"), args_get(a, "to"), args_get(a, "month"), args_get(a, "quarter"),
	                 args_get(a, "year"), &p, cause) != 0)
		return -1;
	const char *by = args_get(a, "by");
	if (check_enum("--by", by, BY, cause) != 0)
		return -1;
	Sink *sink = output_sink(&app->out);
	int rc = output_sink_close(sink, repo_reaudit_figure(app->db, &p, args_get(a, "team"), by != NULL, sink, cause));
	if (rc == 0)
		output_note(&app->out, "REAUDIT: files graded inadequate whose re-audit fell due %s%s%s%s, re-audited by "
		            "then; a census (every such file counted, no interval).", p.all_time ? "at any time" : "from ",
		            p.all_time ? "" : p.from, p.all_time ? "" : " to ", p.all_time ? "" : p.to);
	return rc;
}

static const Arg list_args[] = {
	ARG_OPT("team", "TEAM", KIND_TEAM), ARG_SWITCH("open"), ARG_SWITCH("overdue"), ARGS_END};
static const Arg compare_args[] = {ARG_POS("AUDIT", KIND_AUDIT), ARGS_END};
static const Arg rule_set[] = {ARG_POS("GRADE", KIND_GRADE), ARG_NEEDS("months", "N", KIND_NUMBER), ARGS_END};
static const Arg rule_args[] = {ARG_GROUP(rule_set, ARG_OPTIONAL), ARGS_END};
static const Arg figure_args[] = {
	ARG_PERIOD, ARG_OPT("team", "TEAM", KIND_TEAM), ARG_CHOICE("by", "team", BY), ARGS_END};

const Command cmd_reaudit[] = {
	{"reaudit", "list", list_args, 0,
	 "list audits whose file must be re-audited, and whether it was in time",
	 "Lists each submitted audit whose grade has a re-audit rule (the plan's:\n"
	 "inadequate within 3 months, requires-improvement within 6; see reaudit\n"
	 "rule), oldest due first: its date, case, team, grade, the date the file\n"
	 "must be re-audited by, the re-audit (the audit recorded with --follows,\n"
	 "else the next submitted audit of the file) and its date, and status:\n"
	 "on-time, late, due (not yet, still in time), overdue, or withdrawn (the\n"
	 "case closed before the date with no re-audit).\n"
	 "  --open        only those not yet re-audited (due or overdue)\n"
	 "  --overdue     only those past their date and not re-audited\n"
	 "  --team TEAM   only audits of that team\n\n"
	 "example: reaudit list --overdue\n",
	 reaudit_list},
	{"reaudit", "compare", compare_args, 0,
	 "a re-audit's answers beside the audit it follows",
	 "For a re-audit (recorded with audit add ... --follows), each standard's\n"
	 "answer then and now, whether it improved, stayed the same or got worse,\n"
	 "and both notes: what should have changed, and whether it did.\n\n"
	 "example: reaudit compare 152\n",
	 reaudit_compare},
	{"reaudit", "rule", rule_args, CMD_WRITE,
	 "show or set within how many months a file so graded is re-audited",
	 "With no grade, lists the rules in force: the plan's (inadequate 3\n"
	 "months, requires-improvement 6) unless the council has set its own.\n"
	 "With a grade and --months N, sets the council's rule for it (1 to 36);\n"
	 "--months 0 goes back to the plan's. Recorded in the history.\n\n"
	 "example: reaudit rule requires-improvement --months 4\n",
	 reaudit_rule},
	{"reaudit", "figure", figure_args, 0,
	 "REAUDIT: the share of files graded inadequate re-audited in time",
	 "The REAUDIT figure, as the compliance table gives a target: of the files\n"
	 "graded inadequate whose re-audit fell due in the period, those re-audited\n"
	 "by then (numerator) over those re-audited on time, late or not at all\n"
	 "(denominator: the still due and the withdrawn count in neither), against\n"
	 "100% (every such file). A census: every file counted, so no interval.\n"
	 "PERIOD as in compliance (--from/--to, --month, --quarter, --year).\n"
	 "  --team TEAM   only that team's audits\n"
	 "  --by team     one row per team\n\n"
	 "example: reaudit figure --quarter 2016/17-Q3 --by team\n",
	 reaudit_figure},
	{NULL, NULL, NULL, 0, NULL, NULL, NULL},
};
