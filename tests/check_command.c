/* Every command's argument spec (command.h's Arg nodes) is consistent, and
 * what is derived from it (the usage line, the positional counts, the
 * value lists) is right: a spec written wrongly fails here, not in front
 * of a user. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "command.h"
#include "fixture.h"
#include "repl.h"
#include "util.h"

static const Command *find(const char *name)
{
	for (const Command *const *c = command_all(); *c; c++)
		if (strcmp(command_name(*c), name) == 0)
			return *c;
	ck_abort_msg("no command '%s'", name);
	return NULL;
}

/* An ARG_ALSO form says only what the spec says: its options are the
 * spec's own, with the same value and kind, each once, and its
 * positionals the spec's. */
static void check_also(const Command *c, const Arg *nodes, const char **seen, int *nseen)
{
	const char *name = command_name(c);
	ck_assert_msg(nodes != NULL && nodes->type != ARG_END, "%s: an empty also form", name);
	for (const Arg *a = nodes; a->type != ARG_END; a++) {
		switch (a->type) {
		case ARG_ONEOF:
		case ARG_GROUP:
			check_also(c, a->sub, seen, nseen);
			break;
		case ARG_OPTION:
		case ARG_FORM: {
			const Arg *o = command_option(c, a->name, strlen(a->name));
			ck_assert_msg(o != NULL, "%s: the also form has --%s, which the command does not take", name, a->name);
			if (a->type == ARG_FORM)
				break;
			ck_assert_msg(o->kind == a->kind && (o->value == NULL) == (a->value == NULL) &&
			                  (o->value == NULL || strcmp(o->value, a->value) == 0),
			              "%s: --%s in the also form is not the spec's --%s", name, a->name, a->name);
			for (int i = 0; i < *nseen; i++)
				ck_assert_msg(strcmp(seen[i], a->name) != 0, "%s: --%s twice in the also form", name, a->name);
			ck_assert_int_lt(*nseen, COMMAND_MAX_LEAVES);
			seen[(*nseen)++] = a->name;
			break;
		}
		case ARG_POSITIONAL: {
			int found = 0;
			for (int i = 0; command_positional(c, i) != NULL && !found; i++)
				found = strcmp(command_positional(c, i)->value, a->value) == 0;
			ck_assert_msg(found, "%s: the also form has %s, which the command does not take", name, a->value);
			break;
		}
		case ARG_ALSO:
			ck_abort_msg("%s: an also form inside one", name);
			break;
		case ARG_END:
			break;
		}
	}
}

/* The nodes below a GROUP or ONEOF are checked as the top ones are. */
static void check_nodes(const Command *c, const Arg *nodes, const char *usage)
{
	const char *name = command_name(c);
	ck_assert_msg(nodes != NULL, "%s: a group without members", name);
	ck_assert_msg(nodes->type != ARG_END, "%s: a group without members", name);
	for (const Arg *a = nodes; a->type != ARG_END; a++) {
		switch (a->type) {
		case ARG_ONEOF:
		case ARG_GROUP:
			check_nodes(c, a->sub, usage);
			ck_assert_msg(a->sub[1].type != ARG_END || a->type == ARG_GROUP, "%s: a choice of one", name);
			break;
		case ARG_ALSO: {
			/* Last, at the top, and as true as the spec. */
			ck_assert_msg(nodes == c->args && a[1].type == ARG_END, "%s: an also form not last in the spec", name);
			const char *seen[COMMAND_MAX_LEAVES];
			int nseen = 0;
			check_also(c, a->sub, seen, &nseen);
			break;
		}
		case ARG_FORM:
			ck_assert_msg(command_option(c, a->name, strlen(a->name)) != NULL,
			              "%s: a form of --%s, which it does not take", name, a->name);
			ck_assert_msg(a->value != NULL, "%s: a form of --%s without a value", name, a->name);
			break;
		case ARG_POSITIONAL:
			ck_assert_msg(a->value != NULL && *a->value, "%s: a positional without a placeholder", name);
			ck_assert_msg(a->kind != KIND_NONE, "%s: positional %s has no kind", name, a->value);
			ck_assert_msg(strstr(usage, a->value) != NULL, "%s: usage '%s' lacks %s", name, usage, a->value);
			ck_assert_msg(repl_completes_kind(a), "%s: completion does not know the kind of %s", name, a->value);
			break;
		case ARG_OPTION: {
			ck_assert_msg(a->name != NULL && *a->name && a->name[0] != '-', "%s: an option without a name", name);
			char *spelled = xprintf("--%s", a->name);
			ck_assert_msg(strstr(usage, spelled) != NULL, "%s: usage '%s' lacks %s", name, usage, spelled);
			free(spelled);
			/* A switch has no value and no kind; an option with a value has both. */
			ck_assert_msg((a->value == NULL) == (a->kind == KIND_NONE), "%s: --%s: value and kind disagree", name,
			              a->name);
			ck_assert_msg(a->value != NULL || !(a->flags & ARG_MULTI), "%s: switch --%s repeated", name, a->name);
			ck_assert_msg(repl_completes_kind(a), "%s: completion does not know the kind of --%s", name, a->name);
			if (a->kind == KIND_CHOICE)
				ck_assert_msg(a->choices != NULL && a->choices[0] != NULL, "%s: --%s has no choices", name, a->name);
			/* An option named for a thing of the database takes that
			 * kind, so Tab offers its names (--theme: the themes). */
			if (strcmp(a->name, "theme") == 0)
				ck_assert_msg(a->kind == KIND_THEME, "%s: --theme does not complete theme names", name);
			if (strcmp(a->name, "team") == 0)
				ck_assert_msg(a->kind == KIND_TEAM, "%s: --team does not complete team names", name);
			break;
		}
		case ARG_END:
			break;
		}
	}
}

/* Brackets balance and nest. */
static void balanced(const char *name, const char *usage)
{
	char stack[32];
	int depth = 0;
	for (const char *p = usage; *p; p++) {
		if (*p == '[' || *p == '(') {
			ck_assert_int_lt(depth, 32);
			stack[depth++] = *p;
		} else if (*p == ']' || *p == ')') {
			ck_assert_msg(depth > 0 && stack[depth - 1] == (*p == ']' ? '[' : '('), "%s: usage '%s'", name, usage);
			depth--;
		}
	}
	ck_assert_msg(depth == 0, "%s: usage '%s' leaves a bracket open", name, usage);
}

START_TEST(every_spec_is_consistent)
{
	int commands = 0;
	for (const Command *const *cp = command_all(); *cp; cp++, commands++) {
		const Command *c = *cp;
		const char *name = command_name(c);
		ck_assert_msg(c->args != NULL, "%s: no argument spec", name);
		char *usage = command_usage(c);
		ck_assert_ptr_nonnull(usage);
		balanced(name, usage);
		char *also = command_usage_also(c);
		if (also)
			balanced(name, also);
		/* Every option and positional shows in one of the lines. */
		char *both = xprintf("%s\n%s", usage, also ? also : "");
		if (c->args[0].type != ARG_END)
			check_nodes(c, c->args, both);
		free(both);

		ArgLeaf leaves[COMMAND_MAX_LEAVES];
		int n = command_leaves(c, leaves, COMMAND_MAX_LEAVES);
		ck_assert_msg(n <= COMMAND_MAX_LEAVES, "%s: %d arguments, more than COMMAND_MAX_LEAVES", name, n);
		/* No option twice; the positionals: required ones first, only the
		 * last repeatable. */
		int seen_optional = 0, seen_multi = 0;
		for (int i = 0; i < n; i++) {
			const Arg *a = leaves[i].arg;
			if (a->type == ARG_OPTION) {
				for (int j = 0; j < i; j++)
					ck_assert_msg(leaves[j].arg->type != ARG_OPTION || strcmp(leaves[j].arg->name, a->name) != 0,
					              "%s: --%s twice", name, a->name);
				ck_assert_ptr_eq(command_option(c, a->name, strlen(a->name)), a);
				continue;
			}
			ck_assert_msg(!seen_multi, "%s: a positional after a repeatable one", name);
			ck_assert_msg(leaves[i].optional || !seen_optional, "%s: required %s after an optional positional", name,
			              a->value);
			seen_optional |= leaves[i].optional;
			seen_multi |= (a->flags & ARG_MULTI) != 0;
		}
		int min, max;
		command_positionals(c, &min, &max);
		ck_assert_msg(min >= 0 && (max < 0 || min <= max), "%s: takes %d to %d positionals", name, min, max);
		ck_assert_msg(max >= 0 || seen_multi, "%s: any number of positionals, none repeatable", name);
		/* The words after the last take nothing (unless repeatable). */
		if (max >= 0)
			ck_assert_ptr_null(command_positional(c, max));
		free(usage);
		free(also);
	}
	ck_assert_int_gt(commands, 50);
}
END_TEST

START_TEST(one_kind_per_option_name)
{
	/* An option means the same everywhere: --theme is a theme's name in
	 * every command that takes it, --case a case. Only a command's own fixed
	 * words (--by owner|team beside --by NAME) may differ. */
	const Arg *first[256];
	const char *where[256];
	int n = 0;
	for (const Command *const *cp = command_all(); *cp; cp++) {
		ArgLeaf leaves[COMMAND_MAX_LEAVES];
		int count = command_leaves(*cp, leaves, COMMAND_MAX_LEAVES);
		for (int i = 0; i < count; i++) {
			const Arg *a = leaves[i].arg;
			if (a->type != ARG_OPTION || a->kind == KIND_CHOICE)
				continue;
			int seen = 0;
			for (int j = 0; j < n && !seen; j++)
				if (strcmp(first[j]->name, a->name) == 0) {
					seen = 1;
					ck_assert_msg(first[j]->kind == a->kind, "--%s: one kind in %s, another in %s", a->name, where[j],
					              command_name(*cp));
				}
			if (!seen) {
				ck_assert_int_lt(n, 256);
				first[n] = a;
				where[n++] = (*cp)->noun;
			}
		}
	}
}
END_TEST

/* The generated lines, as the contract, help and the transcripts show them. */
static const struct {
	const char *command, *usage;
	int min, max;
} USAGES[] = {
	{"team list", "", 0, 0},
	{"team add", "NAME [--service SERVICE]", 1, 1},
	{"case add", "ID --team TEAM [--worker NAME] [--status STATUS] [--opened DATE] [--flag FLAG]...", 1, 1},
	{"supervision add", "WORKER --by MANAGER --date DATE [--case ID]...", 1, 1},
	{"audit add",
	 "CASE --date DATE --auditor NAME [--type TYPE] [--grade GRADE] [--submit] [--follows AUDIT] [--theme NAME]"
	 " [STANDARD=RESULT]...", 1, -1},
	{"audit answer", "AUDIT STANDARD RESULT [--note TEXT]", 3, 3},
	{"audit moderate", "AUDIT --by NAME (--agree | --grade GRADE) [--note TEXT] [--date DATE]", 1, 1},
	{"sample draw",
	 "--team TEAM (--size N | --percent P) --auditor NAME --due DATE [--seed N] [--date DATE] [--status STATUS]"
	 " [--not-audited-within DAYS] [--reaudits-first]",
	 0, 0},
	{"sample list", "[--team TEAM] [--themed | --theme THEME]", 0, 0},
	{"compliance",
	 "[--from DATE --to DATE | --month YYYY-MM | --quarter YYYY-QN | --quarter YYYY/YY-QN | --year YYYY[/YY]]"
	 " [--team TEAM] [--target CODE] [--type TYPE] [--by team|month|service] [--detail [--failing]]",
	 0, 0},
	{"import cases", "FILE [--format csv|annex-a] [--create-missing]", 1, 1},
	{"reaudit rule", "[GRADE --months N]", 0, 1},
	{"theme add", "NAME STANDARD...", 2, -1},
	{"help", "[NOUN [VERB]]", 0, 2},
};

START_TEST(usage_generated)
{
	const Command *c = find(USAGES[_i].command);
	char *usage = command_usage(c);
	ck_assert_str_eq(usage, USAGES[_i].usage);
	free(usage);
	char *also = command_usage_also(c);
	if (strcmp(USAGES[_i].command, "sample draw") == 0)
		ck_assert_str_eq(also, "--theme THEME (--team TEAM | --service SERVICE | --all-teams) [--size N | --percent P]"
		                       " --auditor NAME --due DATE [--seed N] [--date DATE] [--status STATUS] [--flag FLAG]..."
		                       " [--not-audited-within DAYS]");
	else
		ck_assert_ptr_null(also);
	free(also);
	int min, max;
	command_positionals(c, &min, &max);
	ck_assert_int_eq(min, USAGES[_i].min);
	ck_assert_int_eq(max, USAGES[_i].max);
}
END_TEST

START_TEST(positionals_by_place)
{
	/* Each positional has its own kind, not only the first. */
	const Command *answer = find("audit answer");
	ck_assert_int_eq(command_positional(answer, 0)->kind, KIND_AUDIT);
	ck_assert_int_eq(command_positional(answer, 1)->kind, KIND_STANDARD);
	ck_assert_int_eq(command_positional(answer, 2)->kind, KIND_RESULT);
	ck_assert_ptr_null(command_positional(answer, 3));
	ck_assert_int_eq(command_positional(find("sample withdraw"), 1)->kind, KIND_CASE);
	/* A repeatable last one stands for every later word. */
	const Command *add = find("audit add");
	ck_assert_int_eq(command_positional(add, 1)->kind, KIND_ANSWER);
	ck_assert_ptr_eq(command_positional(add, 7), command_positional(add, 1));
	const Command *theme = find("theme add");
	ck_assert_int_eq(command_positional(theme, 0)->kind, KIND_TEXT); /* a new name: nothing to offer */
	ck_assert_int_eq(command_positional(theme, 3)->kind, KIND_STANDARD);
}
END_TEST

START_TEST(fixed_lists_are_the_domains)
{
	/* The values Tab offers are domain.c's lists themselves, not copies. */
	const Command *list = find("case list");
	ck_assert_ptr_eq(arg_words(command_option(list, "status", 6)), STATUSES);
	ck_assert_ptr_eq(arg_words(command_option(find("worker add"), "role", 4)), ROLES);
	ck_assert_ptr_eq(arg_words(command_option(find("case set"), "unflag", 6)), FLAGS);
	ck_assert_ptr_eq(arg_words(command_option(find("audit add"), "type", 4)), TYPES);
	ck_assert_ptr_eq(arg_words(command_option(find("audit moderate"), "grade", 5)), GRADES);
	ck_assert_ptr_eq(arg_words(command_positional(find("audit answer"), 2)), RESULTS);
	const char *const *by = arg_words(command_option(find("compliance"), "by", 2));
	ck_assert_str_eq(by[0], "team");
	ck_assert_str_eq(by[2], "service");
	ck_assert_ptr_null(by[3]);
	/* Free values have no list. */
	ck_assert_ptr_null(arg_words(command_option(find("case add"), "opened", 6)));
	ck_assert_ptr_null(command_option(list, "stat", 4)); /* whole names only */
}
END_TEST

START_TEST(choices_exclude_each_other)
{
	/* --size and --percent are the two sides of one choice; --team is
	 * outside it. */
	const Command *draw = find("sample draw");
	ArgLeaf leaves[COMMAND_MAX_LEAVES];
	int n = command_leaves(draw, leaves, COMMAND_MAX_LEAVES);
	const ArgLeaf *size = NULL, *percent = NULL, *team = NULL;
	for (int i = 0; i < n; i++) {
		const char *o = leaves[i].arg->name;
		if (o && strcmp(o, "size") == 0)
			size = &leaves[i];
		if (o && strcmp(o, "percent") == 0)
			percent = &leaves[i];
		if (o && strcmp(o, "team") == 0)
			team = &leaves[i];
	}
	ck_assert(size && percent && team);
	ck_assert_ptr_nonnull(size->oneof);
	ck_assert_ptr_eq(size->oneof, percent->oneof);
	ck_assert_int_ne(size->alternative, percent->alternative);
	ck_assert_ptr_null(team->oneof);
	ck_assert(!team->optional);
	ck_assert(size->optional && percent->optional); /* each may be left out for the other */
	/* --from and --to are one side of the period together. */
	n = command_leaves(find("compliance"), leaves, COMMAND_MAX_LEAVES);
	ck_assert_str_eq(leaves[0].arg->name, "from");
	ck_assert_str_eq(leaves[1].arg->name, "to");
	ck_assert_str_eq(leaves[2].arg->name, "month");
	ck_assert_int_eq(leaves[0].alternative, leaves[1].alternative);
	ck_assert_int_ne(leaves[1].alternative, leaves[2].alternative);
	ck_assert(leaves[0].optional);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("command");
	TCase *tc = tcase_create("spec");
	tcase_add_test(tc, every_spec_is_consistent);
	tcase_add_test(tc, one_kind_per_option_name);
	tcase_add_loop_test(tc, usage_generated, 0, (int)(sizeof USAGES / sizeof USAGES[0]));
	tcase_add_test(tc, positionals_by_place);
	tcase_add_test(tc, fixed_lists_are_the_domains);
	tcase_add_test(tc, choices_exclude_each_other);
	suite_add_tcase(s, tc);
	return fixture_run(s);
}
