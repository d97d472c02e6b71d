/* Messages: the layers below the commands name fields neutrally (FIELD in
 * util.h) and the front end spells them as the command's options; no
 * source file below the commands spells an option itself; and failures
 * carry a message. */
#include <check.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "command.h"
#include "fixture.h"
#include "repo.h"
#include "util.h"

static char *spelt(const char *noun, const char *verb, const char *message)
{
	const Command *c = noun ? command_find(noun, verb) : NULL;
	ck_assert_msg(noun == NULL || c != NULL, "no command %s %s", noun, verb ? verb : "");
	return command_spell_text(c, message);
}

START_TEST(repository_names_fields_neutrally)
{
	Db *db = fixture_db();
	char *cause = NULL;
	ck_assert_int_eq(repo_case_add(db, "C1", &(CaseFields){0}, &cause), -1);
	/* Neutral: the field, never the command line's spelling of it. */
	ck_assert_str_eq(cause, "a case needs a team; give " FIELD("team") " TEAM");
	ck_assert_ptr_null(strstr(cause, "--"));
	/* The front end spells it as the command's option. */
	command_spell(command_find("case", "add"), &cause);
	ck_assert_str_eq(cause, "a case needs a team; give --team TEAM");
	free(cause);
	cause = NULL;

	ck_assert_int_eq(repo_supervision_add(db, "Nobody", NULL, NULL, NULL, 0, &cause), -1);
	ck_assert_ptr_null(strstr(cause, "--"));
	char *s = spelt("supervision", "add", cause);
	ck_assert_str_eq(s, "a supervision needs a date; give --date DATE");
	free(s);
	free(cause);
	db_close(db);
}
END_TEST

START_TEST(fields_spelt_by_the_command)
{
	const char *message = FIELD("due") " '2016-02-30' is not a real date; expected YYYY-MM-DD";
	char *s = spelt("action", "add", message);
	ck_assert_str_eq(s, "--due '2016-02-30' is not a real date; expected YYYY-MM-DD");
	free(s);
	/* A command without the option (the guided audit start records
	 * actions too) gets the field's bare name, never a wrong option. */
	s = spelt("audit", "start", message);
	ck_assert_str_eq(s, "due '2016-02-30' is not a real date; expected YYYY-MM-DD");
	free(s);
	s = spelt(NULL, NULL, message);
	ck_assert_str_eq(s, "due '2016-02-30' is not a real date; expected YYYY-MM-DD");
	free(s);
	/* Several fields, and another command's option in a hint. */
	s = spelt("reaudit", "compare",
	          "give " FIELD("from") " and " FIELD("to") "; record one with audit add ... "
	          FIELD_OF("audit add", "follows") " AUDIT");
	ck_assert_str_eq(s, "give from and to; record one with audit add ... --follows AUDIT");
	free(s);
	s = spelt("compliance", NULL, "give " FIELD("from") " and " FIELD("to"));
	ck_assert_str_eq(s, "give --from and --to");
	free(s);
	/* No field, or a lone marker: the text as it is. */
	s = spelt("case", "add", "nothing to spell");
	ck_assert_str_eq(s, "nothing to spell");
	free(s);
	s = spelt("case", "add", "a lone \x1f mark");
	ck_assert_str_eq(s, "a lone \x1f mark");
	free(s);
}
END_TEST

START_TEST(command_execute_spells_the_cause)
{
	Db *db = fixture_db();
	App app = {0};
	app.db = db;
	app.out.fp = stdout;
	char *cause = NULL;
	ck_assert_int_eq(repo_team_add(db, "Alpha", NULL, &cause), 0);
	ck_assert_int_eq(repo_case_add(db, "C1", &(CaseFields){.team = "Alpha"}, &cause), 0);
	char *argv[] = {"case", "set", "C1", NULL};
	ck_assert_int_eq(command_execute(&app, 3, argv, &cause), -1);
	ck_assert_str_eq(cause, "nothing to change for case 'C1'; give --team, --worker, --unallocate, --status, "
	                        "--opened, --flag or --unflag");
	free(cause);
	cause = NULL;
	char *reaudit[] = {"reaudit", "compare", "7", NULL};
	ck_assert_int_eq(command_execute(&app, 3, reaudit, &cause), -1);
	ck_assert_str_eq(cause, "audit 7 is not a re-audit; record one with audit add ... --follows AUDIT");
	free(cause);
	db_close(db);
}
END_TEST

/* Below the commands, which files a message may live in: every source
 * file but the front ends, the command layer and the output. */
static int below_the_commands(const char *name)
{
	static const char *const above[] = {"main.c", "repl.c", "run.c", "words.c", "pager.c", "progress.c",
	                                    "command.c", "output.c", "table.c", "report.c", NULL};
	size_t n = strlen(name);
	if (n < 3 || strcmp(name + n - 2, ".c") != 0 || strncmp(name, "cmd_", 4) == 0)
		return 0;
	for (int i = 0; above[i]; i++)
		if (strcmp(name, above[i]) == 0)
			return 0;
	return 1;
}

/* The first string literal in text (comments skipped) that spells an
 * option ("--name"), as "FILE:LINE: ..." in out; 0 when there is none. */
static int find_option_spelling(const char *file, const char *text, char *out, size_t size)
{
	int line = 1;
	for (const char *p = text; *p; p++) {
		if (*p == '\n')
			line++;
		else if (p[0] == '/' && p[1] == '*') {
			const char *end = strstr(p + 2, "*/");
			for (const char *q = p; end && q < end; q++)
				line += *q == '\n';
			p = end ? end + 1 : p + strlen(p) - 1;
		} else if (p[0] == '/' && p[1] == '/') {
			p += strcspn(p, "\n") - 1;
		} else if (*p == '\'') {
			p += p[1] == '\\' ? 3 : 2; /* a character constant: '"', '\'' */
		} else if (*p == '"') {
			const char *start = ++p;
			while (*p && *p != '"')
				p += *p == '\\' && p[1] ? 2 : 1;
			for (const char *q = start; q + 3 <= p; q++)
				if (q[0] == '-' && q[1] == '-' && q[2] >= 'a' && q[2] <= 'z' &&
				    (q == start || !(q[-1] >= 'a' && q[-1] <= 'z'))) {
					snprintf(out, size, "%s:%d: \"%.*s\"", file, line, (int)(p - start), start);
					return 1;
				}
			if (*p == '\0')
				break;
		}
	}
	return 0;
}

START_TEST(no_option_spelt_below_the_commands)
{
	const char *dir = SOURCE_DIR "/src";
	DIR *d = opendir(dir);
	ck_assert_ptr_nonnull(d);
	int files = 0;
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		if (!below_the_commands(e->d_name))
			continue;
		char path[4096];
		snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
		FILE *fp = fopen(path, "r");
		ck_assert_ptr_nonnull(fp);
		Buf b = {0};
		char chunk[8192];
		size_t n;
		while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0)
			buf_add(&b, chunk, n);
		fclose(fp);
		char found[512];
		ck_assert_msg(!find_option_spelling(e->d_name, b.s ? b.s : "", found, sizeof found),
		              "%s spells an option below the command layer: write FIELD(\"name\") (util.h)", found);
		buf_free(&b);
		files++;
	}
	closedir(d);
	ck_assert_int_gt(files, 20);
	/* The scanner finds what it looks for. */
	char found[512];
	ck_assert(find_option_spelling("x.c", "f(\"give --team TEAM\");", found, sizeof found));
	ck_assert(!find_option_spelling("x.c", "/* give --team */ s[--n] = '\"'; f(\"a-b\");", found, sizeof found));
}
END_TEST

/* Help texts name the fixed lists ({STATUSES}) and help spells them from
 * domain.c, so a value added to a list is in every help that names it. */
START_TEST(help_spells_the_lists)
{
	Db *db = fixture_db();
	App app = {0};
	app.db = db;
	for (const Command *const *c = command_all(); *c; c++) {
		char *text = NULL;
		size_t len = 0;
		app.out.fp = open_memstream(&text, &len);
		char *argv[] = {"help", (char *)(*c)->noun, (char *)((*c)->verb ? (*c)->verb : ""), NULL};
		char *cause = NULL;
		ck_assert_int_eq(command_execute(&app, (*c)->verb ? 3 : 2, argv, &cause), 0);
		fclose(app.out.fp);
		static const char *const markers[] = {"{ROLES}", "{STATUSES}", "{FLAGS}", "{TYPES}", "{GRADES}", "{RESULTS}"};
		for (size_t m = 0; m < sizeof markers / sizeof markers[0]; m++)
			ck_assert_msg(strstr(text, markers[m]) == NULL, "help %s leaves %s unspelt", command_name(*c),
			              markers[m]);
		if (strcmp((*c)->noun, "case") == 0 && (*c)->verb && strcmp((*c)->verb, "set") == 0) {
			char *words = domain_words(STATUSES);
			ck_assert_ptr_nonnull(strstr(text, words));
			ck_assert_str_eq(words, "early-help, cin, cp, cic or care-leaver");
			free(words);
		}
		free(text);
	}
	db_close(db);
}
END_TEST

/* ---- every failure carries its message ---- */

/* A look-up tells "not found" (0, no cause) from a database error (-1
 * with the error), and an add's duplicate check reports the error rather
 * than taking it for "no such name". */
START_TEST(look_ups_tell_not_found_from_an_error)
{
	Db *db = fixture_db();
	char *cause = NULL;
	long long id = 0;
	ck_assert_int_eq(repo_team_find(db, "Nowhere", &id, &cause), 0);
	ck_assert_ptr_null(cause);
	ck_assert_int_eq(repo_team_add(db, "Alpha", NULL, &cause), 0);
	ck_assert_int_eq(repo_team_find(db, "Alpha", &id, &cause), 1);
	ck_assert_int_eq(repo_case_find(db, "C1", &id, &cause), 0);
	ck_assert_int_eq(repo_worker_find(db, "Nobody", &id, &cause), 0);
	ck_assert_ptr_null(cause);
	/* Break the tables the look-ups read. */
	fixture_exec(db, "PRAGMA legacy_alter_table = ON; ALTER TABLE team RENAME TO team_gone;"
	                 " ALTER TABLE case_file RENAME TO case_gone");
	ck_assert_int_eq(repo_team_find(db, "Alpha", &id, &cause), -1);
	ck_assert_ptr_nonnull(cause);
	ck_assert_ptr_nonnull(strstr(cause, "no such table: team"));
	free(cause);
	cause = NULL;
	ck_assert_int_eq(repo_team_add(db, "Beta", NULL, &cause), -1);
	ck_assert_ptr_nonnull(strstr(cause, "no such table: team"));
	free(cause);
	cause = NULL;
	ck_assert_int_eq(repo_case_add(db, "C1", &(CaseFields){.team = "Alpha"}, &cause), -1);
	ck_assert_ptr_nonnull(strstr(cause, "no such table: case_file"));
	free(cause);
	db_close(db);
}
END_TEST

/* A statement that must yield a row and does not fails with a message. */
START_TEST(a_missing_row_is_a_message)
{
	Db *db = fixture_db();
	char *cause = NULL;
	Stmt *s = db_stmt(db, "SELECT 1 WHERE 0");
	ck_assert_int_eq(db_step_one(db, s, &cause), -1);
	ck_assert_str_eq(cause, "the database has no row where one must be, for: SELECT 1 WHERE 0");
	free(cause);
	cause = NULL;
	s = db_stmt(db, "SELECT 42");
	ck_assert_int_eq(db_step_one(db, s, &cause), 0);
	ck_assert_int_eq(db_column_int(s, 0), 42);
	db_reset(s);
	ck_assert_ptr_null(cause);
	db_close(db);
}
END_TEST

/* The whole table, every entry: what text_distance must agree with. */
static int levenshtein(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	int *d = calloc((la + 1) * (lb + 1), sizeof *d);
	ck_assert_ptr_nonnull(d);
	for (size_t i = 0; i <= la; i++)
		for (size_t j = 0; j <= lb; j++) {
			int v;
			if (i == 0 || j == 0)
				v = (int)(i + j);
			else {
				v = d[(i - 1) * (lb + 1) + j - 1] + (a[i - 1] != b[j - 1]);
				if (d[(i - 1) * (lb + 1) + j] + 1 < v)
					v = d[(i - 1) * (lb + 1) + j] + 1;
				if (d[i * (lb + 1) + j - 1] + 1 < v)
					v = d[i * (lb + 1) + j - 1] + 1;
			}
			d[i * (lb + 1) + j] = v;
		}
	int v = d[la * (lb + 1) + lb];
	free(d);
	return v;
}

/* "Did you mean" (command names, import headers) counts one way, stopping
 * early once past what is near: the exact distance when within the limit,
 * else limit + 1, for every pair and limit. */
START_TEST(text_distance_is_levenshtein_within_a_limit)
{
	static const char *const words[] = {"", "a", "team", "teem", "taem", "tame", "team list", "lisst", "list",
	                                    "supervision", "superversion", "sup", "compliance", "complaince",
	                                    "chronologyuptodate", "chronology", "missinginterview", "interview",
	                                    "kitten", "sitting", "abcdefgh", "hgfedcba", "aaaa", "aaab", NULL};
	int pairs = 0;
	for (const char *const *a = words; *a; a++)
		for (const char *const *b = words; *b; b++) {
			int exact = levenshtein(*a, *b);
			for (int limit = 0; limit <= 20; limit++) {
				int got = text_distance(*a, *b, limit);
				ck_assert_msg(got == (exact <= limit ? exact : limit + 1), "'%s' '%s' limit %d: %d, exact %d", *a,
				              *b, limit, got, exact);
				pairs++;
			}
		}
	ck_assert_int_gt(pairs, 10000);
	ck_assert_int_eq(text_distance("kitten", "sitting", 3), 3);
	ck_assert_int_eq(text_distance("kitten", "sitting", 2), 3);
	/* Longer than 255 bytes: never near, without counting. */
	char long_a[300], long_b[300];
	memset(long_a, 'x', sizeof long_a - 1);
	long_a[sizeof long_a - 1] = '\0';
	memcpy(long_b, long_a, sizeof long_b);
	ck_assert_int_eq(text_distance(long_a, long_b, 2), 3);
	long_a[255] = '\0';
	long_b[255] = '\0';
	ck_assert_int_eq(text_distance(long_a, long_b, 2), 0);
	long_b[0] = 'y';
	ck_assert_int_eq(text_distance(long_a, long_b, 2), 1);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("messages");
	TCase *tc = tcase_create("neutral");
	tcase_add_test(tc, repository_names_fields_neutrally);
	tcase_add_test(tc, fields_spelt_by_the_command);
	tcase_add_test(tc, command_execute_spells_the_cause);
	tcase_add_test(tc, no_option_spelt_below_the_commands);
	tcase_add_test(tc, help_spells_the_lists);
	tcase_add_test(tc, text_distance_is_levenshtein_within_a_limit);
	suite_add_tcase(s, tc);
	TCase *carried = tcase_create("carried");
	tcase_add_test(carried, look_ups_tell_not_found_from_an_error);
	tcase_add_test(carried, a_missing_row_is_a_message);
	suite_add_tcase(s, carried);
	return fixture_run(s);
}
