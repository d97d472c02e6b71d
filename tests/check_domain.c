/* The domain's rules (src/domain.c) at their boundaries, and the value
 * lists against the schema's CHECK constraints: a value added to one and
 * not the other fails here. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "domain.h"
#include "fixture.h"
#include "util.h"

START_TEST(in_post_boundaries)
{
	/* Started on the day: in post; the day before: not yet. */
	ck_assert(domain_in_post("2016-04-01", NULL, "2016-04-01"));
	ck_assert(!domain_in_post("2016-04-01", NULL, "2016-03-31"));
	/* Left on the day: still in post that day; the day after: gone. */
	ck_assert(domain_in_post(NULL, "2016-06-30", "2016-06-30"));
	ck_assert(!domain_in_post(NULL, "2016-06-30", "2016-07-01"));
	/* No start: always in post; empty dates are no dates. */
	ck_assert(domain_in_post(NULL, NULL, "1900-01-01"));
	ck_assert(domain_in_post("", "", "2999-12-31"));
	/* During a span: any day of it. */
	ck_assert(domain_in_post_during("2016-11-30", NULL, "2016-11-01", "2016-11-30"));
	ck_assert(!domain_in_post_during("2016-12-01", NULL, "2016-11-01", "2016-11-30"));
	ck_assert(domain_in_post_during(NULL, "2016-11-01", "2016-11-01", "2016-11-30"));
	ck_assert(!domain_in_post_during(NULL, "2016-10-31", "2016-11-01", "2016-11-30"));
}
END_TEST

/* The SQL form says the same as the C form on every boundary above. */
START_TEST(in_post_sql_agrees)
{
	Db *db = fixture_db();
	static const char *const cases[][4] = {
		{"2016-04-01", NULL, "2016-04-01", "2016-04-01"}, {"2016-04-01", NULL, "2016-03-31", "2016-03-31"},
		{NULL, "2016-06-30", "2016-06-30", "2016-06-30"}, {NULL, "2016-06-30", "2016-07-01", "2016-07-01"},
		{NULL, NULL, "1900-01-01", "1900-01-01"},        {"2016-11-30", NULL, "2016-11-01", "2016-11-30"},
		{"2016-12-01", NULL, "2016-11-01", "2016-11-30"}, {NULL, "2016-10-31", "2016-11-01", "2016-11-30"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *sql = xprintf("SELECT " DOMAIN_SQL_IN_POST("s", "l", "f", "t")
		                    " FROM (SELECT %s%s%s AS s, %s%s%s AS l, '%s' AS f, '%s' AS t)",
		                    cases[i][0] ? "'" : "", cases[i][0] ? cases[i][0] : "NULL", cases[i][0] ? "'" : "",
		                    cases[i][1] ? "'" : "", cases[i][1] ? cases[i][1] : "NULL", cases[i][1] ? "'" : "",
		                    cases[i][2], cases[i][3]);
		ck_assert_int_eq(fixture_int(db, sql),
		                 domain_in_post_during(cases[i][0], cases[i][1], cases[i][2], cases[i][3]));
		free(sql);
	}
	db_close(db);
}
END_TEST

/* An action's status: C and SQL forms agree, the due day itself is not late. */
START_TEST(action_status_sql_agrees)
{
	Db *db = fixture_db();
	static const char *const cases[][4] = {
		{"2016-11-30", NULL, "2016-11-30", "open"},         {"2016-11-29", NULL, "2016-11-30", "overdue"},
		{"2016-12-01", NULL, "2016-11-30", "open"},         {"2016-11-01", "2016-11-20", "2016-11-30", "done"},
		{"2016-12-01", "2016-11-20", "2016-11-30", "done"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		ck_assert_str_eq(domain_action_status(cases[i][0], cases[i][1], cases[i][2]), cases[i][3]);
		char *sql = xprintf("SELECT " DOMAIN_SQL_ACTION_STATUS("due", "done", "day") " || ' ' || "
		                    DOMAIN_SQL_ACTION_OVERDUE("due", "done", "day")
		                    " FROM (SELECT '%s' AS due, %s%s%s AS done, '%s' AS day)",
		                    cases[i][0], cases[i][1] ? "'" : "", cases[i][1] ? cases[i][1] : "NULL",
		                    cases[i][1] ? "'" : "", cases[i][2]);
		char *got = fixture_text(db, sql);
		char *want = xprintf("%s %d", cases[i][3], strcmp(cases[i][3], "overdue") == 0);
		ck_assert_str_eq(got, want);
		free(want);
		free(got);
		free(sql);
	}
	db_close(db);
}
END_TEST

START_TEST(roles)
{
	ck_assert(domain_is_manager("team-manager"));
	ck_assert(domain_is_manager("head-of-service"));
	ck_assert(domain_is_manager("senior-manager"));
	ck_assert(!domain_is_manager("iro"));
	ck_assert(!domain_is_manager("qa-officer"));
	ck_assert(!domain_is_manager("social-worker"));
	ck_assert(!domain_is_manager(NULL));
	ck_assert(domain_is_line_manager("team-manager"));
	ck_assert(!domain_is_line_manager("senior-manager"));
	ck_assert(domain_is_practitioner("aqw"));
	ck_assert(domain_is_practitioner("social-worker"));
	ck_assert(!domain_is_practitioner("team-manager"));
	ck_assert(domain_supervises("senior-manager"));
	ck_assert(!domain_supervises("iro"));
	ck_assert(!domain_supervises("partner"));
	ck_assert_str_eq(domain_article("iro"), "an");
	ck_assert_str_eq(domain_article("aqw"), "an");
	ck_assert_str_eq(domain_article("social-worker"), "a");
	ck_assert_str_eq(domain_article(""), "a");
}
END_TEST

/* The SQL forms of the role rules say the same as the C forms, role by role. */
START_TEST(roles_sql_agree)
{
	Db *db = fixture_db();
	for (int i = 0; ROLES[i]; i++) {
		char *sql = xprintf("SELECT " DOMAIN_SQL_MANAGER("r") " * 4 + " DOMAIN_SQL_PRACTITIONER("r") " * 2 + "
		                    DOMAIN_SQL_LINE_MANAGER("r") " FROM (SELECT '%s' AS r)", ROLES[i]);
		long long expected = domain_is_manager(ROLES[i]) * 4 + domain_is_practitioner(ROLES[i]) * 2 +
		                     domain_is_line_manager(ROLES[i]);
		ck_assert_msg(fixture_int(db, sql) == expected, "%s", ROLES[i]);
		free(sql);
	}
	db_close(db);
}
END_TEST

START_TEST(who_may_audit)
{
	const char *why = NULL;
	static const char *const may[] = {"team-manager", "head-of-service", "senior-manager", "iro", "qa-officer", NULL};
	for (int i = 0; may[i]; i++)
		for (int t = 0; TYPES[t]; t++)
			ck_assert_msg(domain_may_audit(may[i], TYPES[t], 0, NULL), "%s in a %s audit", may[i], TYPES[t]);
	/* A partner only in a multi-agency audit. */
	ck_assert(domain_may_audit("partner", "multi-agency", 0, NULL));
	ck_assert(!domain_may_audit("partner", "dip-sample", 0, &why));
	ck_assert_ptr_nonnull(strstr(why, "multi-agency"));
	ck_assert(!domain_may_audit("partner", NULL, 0, NULL));
	ck_assert(!domain_may_audit("partner", "themed", 0, NULL));
	/* Never a practitioner, of any type. */
	for (int t = 0; TYPES[t]; t++) {
		ck_assert(!domain_may_audit("social-worker", TYPES[t], 0, NULL));
		ck_assert(!domain_may_audit("aqw", TYPES[t], 0, NULL));
	}
	/* Never the allocated worker, whatever their role. */
	why = NULL;
	ck_assert(!domain_may_audit("team-manager", "dip-sample", 1, &why));
	ck_assert_ptr_nonnull(strstr(why, "own case"));
	ck_assert(!domain_may_audit("partner", "multi-agency", 1, NULL));
	ck_assert(!domain_may_audit(NULL, NULL, 0, NULL));
}
END_TEST

START_TEST(may_submit)
{
	ck_assert_int_eq(domain_submit_check("dip-sample", "good", 0, 1), DOMAIN_SUBMIT_READY);
	ck_assert_int_eq(domain_submit_check(NULL, "good", 0, 1), DOMAIN_SUBMIT_READY);
	ck_assert_int_eq(domain_submit_check("dip-sample", NULL, 0, 1), DOMAIN_SUBMIT_NEEDS_GRADE);
	ck_assert_int_eq(domain_submit_check(NULL, "", 0, 1), DOMAIN_SUBMIT_NEEDS_GRADE);
	/* The grade is asked for first. */
	ck_assert_int_eq(domain_submit_check("dip-sample", NULL, 0, 0), DOMAIN_SUBMIT_NEEDS_GRADE);
	/* Themed and multi-agency audits, and imported ones, need no grade. */
	ck_assert_int_eq(domain_submit_check("themed", NULL, 0, 1), DOMAIN_SUBMIT_READY);
	ck_assert_int_eq(domain_submit_check("multi-agency", NULL, 0, 1), DOMAIN_SUBMIT_READY);
	ck_assert_int_eq(domain_submit_check("dip-sample", NULL, 1, 1), DOMAIN_SUBMIT_READY);
	/* Every audit needs a measured answer. */
	ck_assert_int_eq(domain_submit_check("themed", NULL, 0, 0), DOMAIN_SUBMIT_NEEDS_MEASURE);
	ck_assert_int_eq(domain_submit_check("dip-sample", "good", 1, 0), DOMAIN_SUBMIT_NEEDS_MEASURE);
}
END_TEST

START_TEST(applicability)
{
	unsigned cic = domain_bit("cic", STATUSES), cin = domain_bit("cin", STATUSES);
	unsigned neglect = domain_bit("neglect", FLAGS), missing = domain_bit("missing", FLAGS);
	unsigned cse = domain_bit("cse", FLAGS);
	ck_assert_uint_ne(cic, 0);
	ck_assert_uint_ne(cic, cin);
	/* A value the list lacks has no bit: never "every case". */
	ck_assert_uint_eq(domain_bit("adopted", STATUSES), 0);
	ck_assert_uint_eq(domain_bit(NULL, FLAGS), 0);

	DomainStandard every = {0, 0, 0};
	DomainStandard neglect_rule = {0, neglect, 1};
	DomainStandard cse_identified = {0, cse | missing, 1};
	DomainStandard missing_risk = {cic, missing, 0};
	DomainCase plain_cin = {cin, 0}, cin_missing = {cin, missing}, cic_missing = {cic, missing | neglect};
	DomainCase cic_plain = {cic, 0};

	ck_assert(domain_standard_asked(&every, &plain_cin));
	/* NEGLECT: asked where flagged, answerable anywhere. */
	ck_assert(!domain_standard_asked(&neglect_rule, &plain_cin));
	ck_assert(domain_standard_answerable(&neglect_rule, &plain_cin));
	ck_assert(domain_standard_asked(&neglect_rule, &cic_missing));
	/* CSE-IDENTIFIED: asked on cse or missing. */
	ck_assert(domain_standard_asked(&cse_identified, &cin_missing));
	ck_assert(!domain_standard_asked(&cse_identified, &plain_cin));
	ck_assert(domain_standard_answerable(&cse_identified, &plain_cin));
	/* MISSING-RISK: children in care flagged missing, and only them. */
	ck_assert(domain_standard_asked(&missing_risk, &cic_missing));
	ck_assert(!domain_standard_asked(&missing_risk, &cin_missing));
	ck_assert(!domain_standard_answerable(&missing_risk, &cin_missing));
	ck_assert(!domain_standard_answerable(&missing_risk, &cic_plain));
}
END_TEST

START_TEST(check_enum_message)
{
	char *cause = NULL;
	ck_assert_int_eq(check_enum("status", "cin", STATUSES, &cause), 0);
	ck_assert_int_eq(check_enum("status", NULL, STATUSES, &cause), 0);
	ck_assert_int_eq(check_enum("status", "CIN", STATUSES, &cause), -1);
	ck_assert_str_eq(cause, "status 'CIN' is not known; expected one of: early-help, cin, cp, cic, care-leaver");
	free(cause);
	ck_assert_int_eq(domain_index("cp", STATUSES), 2);
	ck_assert_int_eq(domain_index("nope", STATUSES), -1);
}
END_TEST

/* Every value of list is accepted by the CHECK of table.column and a
 * value not in the list is refused: the list and the migrations agree. */
static void list_matches_check(Db *db, const char *table, const char *column, const char *const *list)
{
	char *sql = xprintf("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = '%s'", table);
	char *schema = fixture_text(db, sql);
	free(sql);
	int n = 0;
	for (int i = 0; list[i]; i++, n++) {
		char *term = xprintf("%s = '%s'", column, list[i]);
		ck_assert_msg(strstr(schema, term) != NULL, "%s.%s: the CHECK lacks '%s'", table, column, list[i]);
		free(term);
	}
	/* And the CHECK names no value the list lacks. */
	int terms = 0;
	char *needle = xprintf("%s = '", column);
	for (const char *p = strstr(schema, needle); p; p = strstr(p + 1, needle)) {
		if (p > schema && (p[-1] == '_' || (p[-1] >= 'a' && p[-1] <= 'z')))
			continue;
		terms++;
	}
	ck_assert_msg(terms == n, "%s.%s: the CHECK names %d values, the list %d", table, column, terms, n);
	free(needle);
	free(schema);
}

START_TEST(lists_match_schema)
{
	Db *db = fixture_db();
	list_matches_check(db, "worker", "role", ROLES);
	list_matches_check(db, "case_file", "status", STATUSES);
	list_matches_check(db, "standard_status", "status", STATUSES);
	list_matches_check(db, "case_flag", "flag", FLAGS);
	list_matches_check(db, "standard_flag", "flag", FLAGS);
	list_matches_check(db, "audit", "type", TYPES);
	list_matches_check(db, "audit", "grade", GRADES);
	list_matches_check(db, "moderation", "grade", GRADES);
	list_matches_check(db, "answer", "result", RESULTS);
	db_close(db);
}
END_TEST

/* Every CHECK in the schema that names values of one of domain.c's lists
 * names the whole list, in any table, including one added later (a
 * migration that widens case_file.status but forgets another table's
 * status fails here). The one exception is a subset by definition:
 * case_episode.status is what an Annex A list (6, 7 or 8) says. */
START_TEST(every_check_naming_a_list_names_all_of_it)
{
	static const struct {
		const char *name;
		const char *const *list;
	} lists[] = {{"ROLES", ROLES}, {"STATUSES", STATUSES}, {"FLAGS", FLAGS},
	             {"TYPES", TYPES}, {"GRADES", GRADES}, {"RESULTS", RESULTS}};
	Db *db = fixture_db();
	Stmt *s = db_stmt(db, "SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND sql IS NOT NULL");
	char *cause = NULL;
	int checked = 0;
	while (db_next(db, s, &cause) == 1) {
		const char *table = db_column_text(s, 0), *sql = db_column_text(s, 1);
		/* Each column compared with a quoted value: its values, in order. */
		for (const char *p = strstr(sql, " = '"); p; p = strstr(p + 1, " = '")) {
			const char *end = p;
			while (end > sql && (end[-1] == '_' || (end[-1] >= 'a' && end[-1] <= 'z')))
				end--;
			char column[64];
			snprintf(column, sizeof column, "%.*s", (int)(p - end), end);
			if (column[0] == '\0')
				continue;
			const char *values[64];
			const char *first = NULL;
			int n = 0;
			char *needle = xprintf("%s = '", column);
			for (const char *q = strstr(sql, needle); q && n < 64; q = strstr(q + 1, needle)) {
				if (q > sql && (q[-1] == '_' || (q[-1] >= 'a' && q[-1] <= 'z')))
					continue;
				if (first == NULL)
					first = q;
				values[n++] = q + strlen(needle);
			}
			free(needle);
			if (first != end)
				continue; /* not the column's first comparison: counted with it */
			for (size_t l = 0; l < sizeof lists / sizeof lists[0]; l++) {
				int inside = 0, size = 0;
				for (int i = 0; i < n; i++)
					for (int k = 0; lists[l].list[k]; k++)
						if (strncmp(values[i], lists[l].list[k], strlen(lists[l].list[k])) == 0 &&
						    values[i][strlen(lists[l].list[k])] == '\'')
							inside++;
				while (lists[l].list[size])
					size++;
				if (inside < 2 || inside != n)
					continue; /* not this list's values */
				if (strcmp(table, "case_episode") == 0 && strcmp(column, "status") == 0)
					continue;
				ck_assert_msg(n == size, "%s.%s's CHECK names %d of the %d %s (domain.c): give it them all",
				              table, column, n, size, lists[l].name);
				checked++;
			}
		}
	}
	ck_assert_ptr_null(cause);
	/* role; case_file and standard_status statuses; two flags; type; four
	 * grades (audit, moderation, reaudit_rule...); result. */
	ck_assert_int_ge(checked, 9);
	db_close(db);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("domain");
	TCase *tc = tcase_create("rules");
	tcase_add_test(tc, in_post_boundaries);
	tcase_add_test(tc, in_post_sql_agrees);
	tcase_add_test(tc, action_status_sql_agrees);
	tcase_add_test(tc, roles);
	tcase_add_test(tc, roles_sql_agree);
	tcase_add_test(tc, who_may_audit);
	tcase_add_test(tc, may_submit);
	tcase_add_test(tc, applicability);
	tcase_add_test(tc, check_enum_message);
	suite_add_tcase(s, tc);
	TCase *lists = tcase_create("lists");
	tcase_add_test(lists, lists_match_schema);
	tcase_add_test(lists, every_check_naming_a_list_names_all_of_it);
	suite_add_tcase(s, lists);
	return fixture_run(s);
}
