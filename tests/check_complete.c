/* Tab completion without a terminal: repl_complete (what Tab does to a line)
 * and repo_complete (the database's candidates). */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "command.h"
#include "fixture.h"
#include "repl.h"
#include "repo_complete.h"
#include "util.h"
#include "words.h"

static Db *db;

static void setup(void)
{
	db = fixture_db();
	fixture_exec(db, "INSERT INTO team(name) VALUES ('Assessment Team 1'), ('Assessment Team 2'),"
	                 " ('Children in Care'), ('50% Team_x')");
	fixture_exec(db, "INSERT INTO worker(name, team_id, role) VALUES"
	                 " ('Mary Shah', 1, 'team-manager'), ('Kate O''Brien', 3, 'social-worker'),"
	                 " ('Ann \"Nan\" Lee', 2, 'aqw'), ('mark jones', 1, 'social-worker')");
	fixture_exec(db, "INSERT INTO case_file(ref, team_id, worker_id) VALUES"
	                 " ('C1001', 1, 1), ('C1002', 1, 4), ('C2001', 3, 2)");
	fixture_exec(db, "INSERT INTO audit(case_id, team_id, auditor_id, date) VALUES (1, 1, 1, '2016-11-01')");
	fixture_exec(db, "INSERT INTO action(audit_id, text, owner_id, due) VALUES (1, 'Update the plan', 1, '2016-12-01')");
	fixture_exec(db, "INSERT INTO theme(name, added) VALUES ('CSE 2016', '2016-11-01')");
	fixture_exec(db, "INSERT INTO sample(team_id, auditor_id, drawn_on, due, seed, requested)"
	                 " VALUES (1, 1, '2016-11-01', '2016-12-01', 7, 2)");
}

static void teardown(void)
{
	db_close(db);
	db = NULL;
}

/* The candidates joined with commas, for comparing with a table. */
static char *joined(const Completion *c)
{
	Buf b = {0};
	for (int i = 0; i < c->n; i++)
		buf_printf(&b, "%s%s", i ? "," : "", c->items[i]);
	return b.s ? b.s : xstrdup("");
}

/* A line typed so far (cursor at its end), what Tab puts in place of the
 * word under the cursor (NULL: nothing, it lists), and the candidates it
 * offers (NULL: not checked here). */
static const struct {
	const char *line;
	const char *insert;
	const char *items;
} CASES[] = {
	/* command words */
	{"tea", "team ", "team"},
	{"TEA", "team ", "team"},
	{"a", NULL, "audit,action"},
	{"audit s", NULL, "start,submit,show"},
	{"audit su", "submit ", "submit"},
	{"au su", "submit ", "submit"},
	{"comp", "compliance ", "compliance"},
	{"zzz ", NULL, ""},
	{".mo", ".mode ", ".mode"},
	{".mode j", "json ", "json"},
	{".read ", NULL, ""},
	{"help au", "audit ", "audit"},
	{"help audit st", "start ", "start"},
	{"help audit start ", NULL, ""},
	/* option names: those not given yet, and repeatable ones again */
	{"case list --st", "--status ", "--status"},
	{"worker add X --team T --role aqw --t", "--trained ", "--trained"},
	{"case add C9 --flag neglect --fl", "--flag ", "--flag"},
	{"team list --", NULL, ""},
	/* enumerated values by the option's kind */
	{"case list --status c", NULL, "cin,cp,cic,care-leaver"},
	{"case list --status ca", "care-leaver ", "care-leaver"},
	{"case list --status=ca", "--status=care-leaver ", "care-leaver"},
	{"worker add X --role h", "head-of-service ", "head-of-service"},
	{"audit add C1001 --type th", "themed ", "themed"},
	{"case set C1001 --unflag d", "domestic-abuse ", "domestic-abuse"},
	{"compliance --by m", "month ", "month"},
	{"import cases f.csv --format a", "annex-a ", "annex-a"},
	/* codes from the database */
	{"compliance --target MGMT", "MGMT-AUDITS ", "MGMT-AUDITS"},
	{"target set sup-r", "SUP-REGULAR ", "SUP-REGULAR"},
	{"audit answer 1 CH", "CHRON ", "CHRON"},
	{"audit answer 1 CHRON n", NULL, "not-met,na"},
	{"audit answer 1 CHRON me", "met ", "met"},
	{"audit grade 1 g", "good ", "good"},
	{"audit grade 1 ", NULL, "outstanding,good,requires-improvement,inadequate,adequate"},
	/* STANDARD=RESULT words of audit add */
	{"audit add C1001 --date 2016-01-01 PL", "PLAN=", "PLAN="},
	{"audit add C1001 CSE", "CSE-", "CSE-IDENTIFIED=,CSE-ASSESSED=,CSE-PLAN="},
	{"audit add C1001 PLAN=no", "PLAN=not-met ", "not-met"},
	{"audit add C1001 PLAN=met VOICE=", NULL, "met,not-met,na"},
	/* team names, quoted when they have spaces */
	{"case list --team As", "\"Assessment Team ", "Assessment Team 1,Assessment Team 2"},
	{"case list --team \"Assessment Team ", NULL, "Assessment Team 1,Assessment Team 2"},
	{"case list --team \"Assessment Team 1", "\"Assessment Team 1\" ", "Assessment Team 1"},
	{"case list --team 'ch", "'Children in Care' ", "Children in Care"},
	{"case list --team=chi", "--team=\"Children in Care\" ", "Children in Care"},
	{"case list --team 50", "\"50% Team_x\" ", "50% Team_x"},
	{"case list --team 5_", NULL, ""},
	{"worker list --team ", NULL, "50% Team_x,Assessment Team 1,Assessment Team 2,Children in Care"},
	/* worker names, as the first positional's kind and as option values */
	{"supervision add ka", "\"Kate O'Brien\" ", "Kate O'Brien"},
	{"supervision add 'Kat", "\"Kate O'Brien\" ", "Kate O'Brien"},
	{"supervision add Ann", "\"Ann \\\"Nan\\\" Lee\" ", "Ann \"Nan\" Lee"},
	{"supervision add 'Ann", "'Ann \"Nan\" Lee' ", "Ann \"Nan\" Lee"},
	{"supervision add Ma", "mar", "mark jones,Mary Shah"},
	{"audit start C1001 --auditor \"Mary", "\"Mary Shah\" ", "Mary Shah"},
	/* case and audit IDs */
	{"case show C1", "C100", "C1001,C1002"},
	{"case show c2", "C2001 ", "C2001"},
	{"audit list --case C2", "C2001 ", "C2001"},
	{"audit show ", "1 ", "1"},
	{"action list --audit ", "1 ", "1"},
	/* a one-word command with a verb too: history, history verify */
	{"history v", "verify ", "verify"},
	{"history --ta", "--table ", "--table"},
	{"history verify --h", "--head ", "--head"},
	/* every positional by its own kind, not only the first */
	{"action done ", "1 ", "1"},
	{"action check 1 --by Ma", "mar", "mark jones,Mary Shah"},
	{"sample withdraw ", "1 ", "1"},
	{"sample withdraw 1 C2", "C2001 ", "C2001"},
	{"sample withdraw 1 C2001 C", NULL, ""},
	{"theme add Visits CH", "CHRON ", "CHRON"},
	{"theme add Visits CHRON VOI", "VOICE ", "VOICE"},
	{"standard retire CH", "CHRON ", "CHRON"},
	{"reaudit rule i", "inadequate ", "inadequate"},
	{"chron add C1001 2016-01-01 text --kind ", NULL, ""},
	/* option values from a fixed list of the command's own */
	{"action summary --by o", "owner ", "owner"},
	{"reaudit figure --by ", "team ", "team"},
	{"import cases f.csv --format ", NULL, "csv,annex-a"},
	{"import cases f.csv --format=c", "--format=csv ", "csv"},
	/* an option's value by its kind: --standard of target add is a standard */
	{"target add NEW --standard CH", "CHRON ", "CHRON"},
	{"audit start C1001 --theme Ma", NULL, ""}, /* themes, not workers */
	{"audit start C1001 --theme cse", "\"CSE 2016\" ", "CSE 2016"},
	{"audit add C1001 --theme c", "\"CSE 2016\" ", "CSE 2016"},
	{"sample draw --theme C", "\"CSE 2016\" ", "CSE 2016"},
	{"sample list --themed --", "--team ", "--team"}, /* not --theme: the other side */
	/* the other side of a choice made is not offered */
	{"sample draw --team T --p", "--percent ", "--percent"},
	{"sample draw --team T --size 3 --p", NULL, ""},
	{"sample draw --team T --percent=10 --si", NULL, ""},
	{"audit moderate 1 --agree --g", NULL, ""},
	{"audit moderate 1 --grade good --", NULL, "--by,--note,--date"},
	{"action check 1 --effective --not", "--note ", "--note"},
	{"action check 1 --not", NULL, "--not-effective,--note"},
	{"compliance --month 2016-10 --fr", NULL, ""},
	{"compliance --month 2016-10 --q", NULL, ""},
	{"compliance --from 2016-10-01 --t", NULL, "--to,--team,--target,--type"},
	/* nothing to offer */
	{"case show C1001 ", NULL, ""},
	{"team add Ass", NULL, ""},
	{"chron add C1001 2016-01-01 ", NULL, ""},
	{"sql sel", NULL, ""},
	{"team list # com", NULL, ""},
	{"case list --team \\", NULL, ""},
};

START_TEST(test_line)
{
	Completion c;
	const char *line = CASES[_i].line;
	repl_complete(db, line, (int)strlen(line), &c);
	if (CASES[_i].insert == NULL)
		ck_assert_msg(c.insert == NULL, "'%s': inserted '%s'", line, c.insert);
	else
		ck_assert_msg(c.insert != NULL && strcmp(c.insert, CASES[_i].insert) == 0,
		              "'%s': inserted '%s', expected '%s'", line, c.insert ? c.insert : "(nothing)",
		              CASES[_i].insert);
	char *items = joined(&c);
	if (CASES[_i].items)
		ck_assert_msg(strcmp(items, CASES[_i].items) == 0, "'%s': offered '%s', expected '%s'", line, items,
		              CASES[_i].items);
	ck_assert_int_eq(c.more, 0);
	free(items);
	repl_completion_free(&c);
}
END_TEST

/* Completing a word and then splitting the line gives back the name, and
 * the replacement starts where the word began. */
START_TEST(test_round_trip)
{
	static const struct {
		const char *line;
		const char *word;
	} trips[] = {
		{"supervision add Ann", "Ann \"Nan\" Lee"},
		{"supervision add 'Ann", "Ann \"Nan\" Lee"},
		{"supervision add Kat", "Kate O'Brien"},
		{"case list --team \"Assessment Team 2", "Assessment Team 2"},
		{"case list --team=50", "--team=50% Team_x"},
	};
	for (size_t i = 0; i < sizeof trips / sizeof trips[0]; i++) {
		Completion c;
		const char *line = trips[i].line;
		repl_complete(db, line, (int)strlen(line), &c);
		ck_assert_ptr_nonnull(c.insert);
		char *done = xprintf("%.*s%s", c.start, line, c.insert);
		Words w;
		char *cause = NULL;
		ck_assert_int_eq(words_split(done, &w, &cause), 0);
		ck_assert_str_eq(w.w[w.n - 1], trips[i].word);
		words_free(&w);
		free(done);
		repl_completion_free(&c);
	}
}
END_TEST

START_TEST(test_first_word)
{
	Completion c;
	repl_complete(db, "", 0, &c);
	int nouns = 0;
	for (const Command *const *cmd = command_all(); *cmd; cmd++)
		if (cmd == command_all() || strcmp((*cmd)->noun, cmd[-1]->noun) != 0)
			nouns++;
	ck_assert_int_eq(c.n, nouns);
	ck_assert_ptr_null(c.insert);
	ck_assert_int_eq(c.start, 0);
	repl_completion_free(&c);

	repl_complete(db, ".", 1, &c);
	ck_assert_int_eq(c.n, 6); /* .mode .output .pager .read .help .quit */
	repl_completion_free(&c);

	repl_complete(db, ".pager o", 8, &c);
	ck_assert_int_eq(c.n, 2); /* on, off */
	repl_completion_free(&c);
}
END_TEST

/* Only the text before the cursor counts; the rest of the line stays. */
START_TEST(test_cursor_inside)
{
	Completion c;
	repl_complete(db, "team li --x", 7, &c);
	ck_assert_str_eq(c.insert, "list ");
	ck_assert_int_eq(c.start, 5);
	repl_completion_free(&c);

	repl_complete(db, "case show C2", 99, &c); /* past the end: the end */
	ck_assert_str_eq(c.insert, "C2001 ");
	ck_assert_int_eq(c.start, 10);
	repl_completion_free(&c);

	repl_complete(db, "tea", 0, &c); /* at the start: every noun */
	ck_assert_ptr_null(c.insert);
	ck_assert_int_gt(c.n, 10);
	repl_completion_free(&c);
}
END_TEST

/* Without a database the command words and fixed values still complete. */
START_TEST(test_no_database)
{
	Completion c;
	repl_complete(NULL, "case list --status ca", 21, &c);
	ck_assert_str_eq(c.insert, "care-leaver ");
	repl_completion_free(&c);
	repl_complete(NULL, "case list --team As", 19, &c);
	ck_assert_int_eq(c.n, 0);
	ck_assert_ptr_null(c.insert);
	repl_completion_free(&c);
}
END_TEST

/* More candidates than can be listed: Tab says so instead of guessing. */
START_TEST(test_many)
{
	fixture_exec(db, "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 600)"
	                 " INSERT INTO case_file(ref, team_id) SELECT printf('X%04d', i), 1 FROM n");
	Completion c;
	repl_complete(db, "case show X", 11, &c);
	ck_assert_int_eq(c.more, 1);
	ck_assert_int_eq(c.n, REPL_COMPLETE_MAX);
	ck_assert_ptr_null(c.insert);
	repl_completion_free(&c);
	repl_complete(db, "case show X05", 13, &c);
	ck_assert_int_eq(c.more, 0);
	ck_assert_int_eq(c.n, 100);
	ck_assert_ptr_null(c.insert);
	repl_completion_free(&c);
	repl_complete(db, "case show x059", 14, &c);
	ck_assert_int_eq(c.n, 10);
	ck_assert_str_eq(c.items[0], "X0590");
	repl_completion_free(&c);
	repl_complete(db, "case show X0599", 15, &c);
	ck_assert_str_eq(c.insert, "X0599 ");
	repl_completion_free(&c);
}
END_TEST

static void assert_no_statement_running(void)
{
	sqlite3 *h = db_handle(db);
	for (sqlite3_stmt *s = sqlite3_next_stmt(h, NULL); s; s = sqlite3_next_stmt(h, s))
		ck_assert_msg(!sqlite3_stmt_busy(s), "still running: %s", sqlite3_sql(s));
	ck_assert_int_eq(sqlite3_get_autocommit(h), 1);
}

START_TEST(test_repo_complete)
{
	char **items = NULL;
	char *cause = NULL;
	ck_assert_int_eq(repo_complete(db, "team", "", 10, &items, &cause), 4);
	ck_assert_str_eq(items[0], "50% Team_x");
	ck_assert_str_eq(items[3], "Children in Care");
	ck_assert_ptr_null(items[4]);
	repo_complete_free(items);

	ck_assert_int_eq(repo_complete(db, "TEAM", "assess", 10, &items, &cause), 2);
	ck_assert_str_eq(items[0], "Assessment Team 1");
	repo_complete_free(items);

	/* % and _ are text, not patterns. */
	ck_assert_int_eq(repo_complete(db, "team", "5_", 10, &items, &cause), 0);
	repo_complete_free(items);
	ck_assert_int_eq(repo_complete(db, "team", "50%", 10, &items, &cause), 1);
	repo_complete_free(items);
	ck_assert_int_eq(repo_complete(db, "team", "%", 10, &items, &cause), 0);
	repo_complete_free(items);

	/* At most max. */
	ck_assert_int_eq(repo_complete(db, "team", "", 1, &items, &cause), 1);
	ck_assert_ptr_null(items[1]);
	repo_complete_free(items);
	ck_assert_int_eq(repo_complete(db, "team", "", 0, &items, &cause), 0);
	repo_complete_free(items);

	ck_assert_int_eq(repo_complete(db, "worker", "MA", 10, &items, &cause), 2);
	ck_assert_str_eq(items[0], "mark jones");
	ck_assert_str_eq(items[1], "Mary Shah");
	repo_complete_free(items);

	ck_assert_int_eq(repo_complete(db, "case", "c1", 10, &items, &cause), 2);
	repo_complete_free(items);
	ck_assert_int_eq(repo_complete(db, "audit", "1", 10, &items, &cause), 1);
	ck_assert_str_eq(items[0], "1");
	repo_complete_free(items);
	ck_assert_int_eq(repo_complete(db, "audit", "2", 10, &items, &cause), 0);
	repo_complete_free(items);

	/* Codes in the order of 'standard list' and 'target list'. */
	ck_assert_int_eq(repo_complete(db, "standard", "", 100, &items, &cause),
	                 (int)fixture_int(db, "SELECT count(*) FROM standard"));
	ck_assert_str_eq(items[0], "CHRON");
	repo_complete_free(items);
	ck_assert_int_eq(repo_complete(db, "target", "sup", 100, &items, &cause), 4);
	ck_assert_str_eq(items[0], "SUP-REGULAR");
	ck_assert_str_eq(items[1], "SUPERVISION");
	repo_complete_free(items);

	/* A name with a quote is bound, not spliced. */
	ck_assert_int_eq(repo_complete(db, "worker", "Kate O'", 10, &items, &cause), 1);
	ck_assert_str_eq(items[0], "Kate O'Brien");
	repo_complete_free(items);

	ck_assert_ptr_null(cause);
	assert_no_statement_running();
}
END_TEST

START_TEST(test_repo_complete_refusals)
{
	char **items = (char **)&items;
	char *cause = NULL;
	ck_assert_int_eq(repo_complete(db, "room", "", 10, &items, &cause), -1);
	ck_assert_ptr_null(items);
	ck_assert_ptr_nonnull(cause);
	ck_assert_msg(strstr(cause, "'room'") != NULL && strstr(cause, "team") != NULL, "%s", cause);
	free(cause);
}
END_TEST

/* Completing (which reads the database) leaves no read transaction open
 * that would hold up another session writing. */
START_TEST(test_no_lock_left)
{
	static const char *const lines[] = {"case show C", "worker list --team ", "audit add C1001 ", "audit grade "};
	for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
		Completion c;
		repl_complete(db, lines[i], (int)strlen(lines[i]), &c);
		ck_assert_int_gt(c.n, 0);
		repl_completion_free(&c);
		assert_no_statement_running();
	}
}
END_TEST

int main(void)
{
	Suite *s = suite_create("complete");
	TCase *lines = tcase_create("lines");
	tcase_add_checked_fixture(lines, setup, teardown);
	tcase_add_loop_test(lines, test_line, 0, (int)(sizeof CASES / sizeof CASES[0]));
	tcase_add_test(lines, test_round_trip);
	tcase_add_test(lines, test_first_word);
	tcase_add_test(lines, test_cursor_inside);
	tcase_add_test(lines, test_no_database);
	tcase_add_test(lines, test_many);
	suite_add_tcase(s, lines);
	TCase *repo = tcase_create("repository");
	tcase_add_checked_fixture(repo, setup, teardown);
	tcase_add_test(repo, test_repo_complete);
	tcase_add_test(repo, test_repo_complete_refusals);
	tcase_add_test(repo, test_no_lock_left);
	suite_add_tcase(s, repo);
	return fixture_run(s);
}
