/* action add, done, list: the follow-ups audits set. */
#include <stdlib.h>
#include <string.h>

#include "command.h"
#include "domain.h"
#include "repo.h"
#include "util.h"

static int action_add(App *app, const Args *a, char **cause)
{
	long long audit, id;
	const char *owner = args_get(a, "owner"), *due = args_get(a, "due");
	if (check_positive("audit", a->pos[0], &audit, cause) != 0)
		return -1;
	if (owner == NULL)
		return failure(cause, "action add needs --owner NAME, the worker who must do it");
	if (due == NULL)
		return failure(cause, "action add needs --due DATE, when it must be done by");
	if (check_date("--due", due, cause) != 0)
		return -1;
	if (repo_action_add(app->db, audit, a->pos[1], owner, due, &id, cause) != 0)
		return -1;
	output_id(&app->out, id);
	return 0;
}

static int action_done(App *app, const Args *a, char **cause)
{
	long long id;
	if (check_positive("action", a->pos[0], &id, cause) != 0 ||
	    check_date("--date", args_get(a, "date"), cause) != 0)
		return -1;
	return repo_action_done(app->db, id, args_get(a, "date"), args_get(a, "evidence"), cause);
}

static int action_check(App *app, const Args *a, char **cause)
{
	long long id;
	if (check_positive("action", a->pos[0], &id, cause) != 0 ||
	    check_date("--date", args_get(a, "date"), cause) != 0)
		return -1;
	int yes = args_has(a, "effective"), no = args_has(a, "not-effective");
	if (yes == no)
		return failure(cause, "action check needs --effective or --not-effective (one of them): did practice "
		               "change as the action intended?");
	if (args_get(a, "by") == NULL)
		return failure(cause, "action check needs --by NAME, the manager who checked it");
	return repo_action_check(app->db, id, args_get(a, "by"), args_get(a, "date"), yes, args_get(a, "note"), cause);
}

static int action_show(App *app, const Args *a, char **cause)
{
	long long id;
	if (check_positive("action", a->pos[0], &id, cause) != 0)
		return -1;
	Table *t = repo_action_show(app->db, id, cause);
	if (t == NULL)
		return -1;
	output_document(&app->out, t, 0, NULL, NULL);
	table_free(t);
	return 0;
}

static const char *const SUMMARY_BY[] = {"owner", "team", NULL};

static int action_summary(App *app, const Args *a, char **cause)
{
	const char *by = args_get(a, "by");
	if (check_enum("--by", by, SUMMARY_BY, cause) != 0)
		return -1;
	Sink *sink = output_sink(&app->out);
	return output_sink_close(sink, repo_action_summary(app->db, by != NULL && strcmp(by, "team") == 0, sink, cause));
}

static int action_list(App *app, const Args *a, char **cause)
{
	ActionFilter f = {0};
	f.open = args_has(a, "open");
	f.overdue = args_has(a, "overdue");
	f.unchecked = args_has(a, "unchecked");
	f.owner = args_get(a, "owner");
	f.team = args_get(a, "team");
	if (args_get(a, "audit") && check_positive("--audit", args_get(a, "audit"), &f.audit, cause) != 0)
		return -1;
	Sink *sink = output_sink(&app->out);
	return output_sink_close(sink, repo_action_list(app->db, &f, sink, cause));
}

static const Arg add_args[] = {
	ARG_POS("AUDIT", KIND_AUDIT), ARG_POS("TEXT", KIND_TEXT), ARG_NEEDS("owner", "NAME", KIND_WORKER),
	ARG_NEEDS("due", "DATE", KIND_DATE), ARGS_END};
static const Arg done_args[] = {
	ARG_POS("ACTION", KIND_ACTION), ARG_OPT("date", "DATE", KIND_DATE), ARG_OPT("evidence", "TEXT", KIND_TEXT), ARGS_END};
static const Arg check_verdict[] = {ARG_SWITCH_F("effective", 0), ARG_SWITCH_F("not-effective", 0), ARGS_END};
static const Arg check_args[] = {
	ARG_POS("ACTION", KIND_ACTION), ARG_NEEDS("by", "NAME", KIND_WORKER), ARG_ONEOF(check_verdict, 0),
	ARG_OPT("date", "DATE", KIND_DATE), ARG_OPT("note", "TEXT", KIND_TEXT), ARGS_END};
static const Arg show_args[] = {ARG_POS("ACTION", KIND_ACTION), ARGS_END};
static const Arg summary_args[] = {ARG_CHOICE("by", "owner|team", SUMMARY_BY), ARGS_END};
static const Arg list_args[] = {
	ARG_SWITCH("open"), ARG_SWITCH("overdue"), ARG_SWITCH("unchecked"), ARG_OPT("owner", "NAME", KIND_WORKER),
	ARG_OPT("team", "TEAM", KIND_TEAM), ARG_OPT("audit", "AUDIT", KIND_AUDIT), ARGS_END};

const Command cmd_action[] = {
	{"action", "add", add_args, CMD_WRITE,
	 "set a follow-up action on an audit",
	 "Sets an action on an audit (draft or submitted: actions are what follows\n"
	 "an audit) and prints its number. Quote the text.\n"
	 "  --owner NAME   the worker who must do it (in post)\n"
	 "  --due DATE     when it must be done by (not before the audit date)\n\n"
	 "example: action add 12 \"Update the chronology\" --owner \"Anna Smith\" --due 2016-12-14\n",
	 action_add},
	{"action", "done", done_args, CMD_WRITE,
	 "mark an action done, with what was done",
	 "Records that an open action was done, and what was done, so that a\n"
	 "manager can check it worked (action check).\n"
	 "  --date DATE       when it was done (default: today; not after today)\n"
	 "  --evidence TEXT   what was done, where to see it\n\n"
	 "example: action done 4 --date 2016-12-01 --evidence \"Chronology brought up to date; see case notes 1 Dec\"\n",
	 action_done},
	{"action", "check", check_args, CMD_WRITE,
	 "record a manager's check that a done action worked",
	 "Records that a manager checked a done action: whether practice changed\n"
	 "as the action intended. The loop an audit starts closes here. Once an\n"
	 "action; never by its own owner.\n"
	 "  --by NAME          the manager who checked\n"
	 "  --effective        practice changed as intended\n"
	 "  --not-effective    it did not (set a new action, or re-audit)\n"
	 "  --date DATE        when (default: today; not before it was done)\n"
	 "  --note TEXT        what the check found\n\n"
	 "example: action check 4 --by \"Laura Quinn\" --effective --note \"Chronology current at supervision\"\n",
	 action_check},
	{"action", "list", list_args, 0,
	 "list actions, soonest due first",
	 "Lists actions with their audit, case, owner, due and done dates,\n"
	 "status (open, overdue: not done and due before today, or done), whether\n"
	 "a manager checked it effective or not-effective, and its text ('action\n"
	 "show' gives what was done and what the check found).\n"
	 "  --open          only actions not done\n"
	 "  --overdue       only actions not done and due before today\n"
	 "  --unchecked     only actions done and not yet checked\n"
	 "  --owner NAME    only that worker's actions\n"
	 "  --team TEAM     only actions on cases that team holds now\n"
	 "  --audit AUDIT   only the actions of that audit\n\n"
	 "example: action list --overdue --owner \"Anna Smith\"\n",
	 action_list},
	{"action", "show", show_args, 0,
	 "show an action: what was done and whether it worked",
	 "Shows one action whole: its audit, case, the team holding the case,\n"
	 "owner, due and done dates, status, text, the evidence of what was done\n"
	 "and the manager's check (by whom, when, effective or not, and its note).\n\n"
	 "example: action show 4\n",
	 action_show},
	{"action", "summary", summary_args, 0,
	 "count open, overdue and unchecked actions by owner or team",
	 "Counts, per owner (default) or per team holding the case: actions open,\n"
	 "overdue, done but not yet checked, checked effective and checked not\n"
	 "effective; most overdue first. For the managers' meeting that chases\n"
	 "them.\n"
	 "  --by owner|team   group by the action's owner or the case's team\n\n"
	 "example: action summary --by team\n",
	 action_summary},
	{NULL, NULL, NULL, 0, NULL, NULL, NULL},
};
