/* The repository functions for workers, case files, chronologies and
 * supervision: what they store, what they list, and every refusal. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "fixture.h"
#include "repo.h"
#include "util.h"

/* Assert that a call failed with exactly this cause, and free it. */
#define ck_refused(call, message)                                   \
	do {                                                            \
		char *cause_ = NULL;                                        \
		ck_assert_int_eq((call), -1);                               \
		ck_assert_ptr_nonnull(cause_);                              \
		ck_assert_str_eq(cause_, (message));                        \
		free(cause_);                                               \
	} while (0)
#define CAUSE (&cause_)

/* Assert that a call succeeded. */
#define ck_ok(call)                                                 \
	do {                                                            \
		char *cause_ = NULL;                                        \
		int rc_ = (call);                                           \
		ck_assert_msg(rc_ == 0, "%s: %s", #call, cause_ ? cause_ : "(no cause)"); \
		free(cause_);                                               \
	} while (0)

static Db *db;

static void setup(void)
{
	setenv("CASEAUDIT_TODAY", "2016-11-30", 1);
	db = fixture_db();
	ck_ok(repo_team_add(db, "Assessment Team 1", NULL, CAUSE));
	ck_ok(repo_team_add(db, "Disabled Children", NULL, CAUSE));
	WorkerFields jane = {.team = "Assessment Team 1", .role = "social-worker", .started = "2015-04-01"};
	WorkerFields ann = {.team = "Assessment Team 1", .role = "team-manager", .trained = "2016-01-11"};
	WorkerFields hal = {.team = "Disabled Children", .role = "head-of-service"};
	ck_ok(repo_worker_add(db, "Jane Smith", &jane, CAUSE));
	ck_ok(repo_worker_add(db, "Ann Boss", &ann, CAUSE));
	ck_ok(repo_worker_add(db, "Hal Head", &hal, CAUSE));
}

static void teardown(void)
{
	db_close(db);
}

static long long count(const char *sql)
{
	return fixture_int(db, sql);
}

static const char *cell(const Table *t, int row, const char *column)
{
	int c = table_column(t, column);
	ck_assert_int_ge(c, 0);
	const Value *v = table_cell(t, row, c);
	return v->type == VALUE_TEXT ? v->s : NULL;
}

static long long cell_int(const Table *t, int row, const char *column)
{
	int c = table_column(t, column);
	ck_assert_int_ge(c, 0);
	ck_assert_int_eq(table_cell(t, row, c)->type, VALUE_INT);
	return table_cell(t, row, c)->i;
}

/* ---- workers ---- */

START_TEST(test_worker_add_stores_every_field)
{
	WorkerFields f = {.team = "disabled children", .role = "aqw", .started = "2016-01-04",
	                  .left = "2016-10-31", .agreement = "2016-02-01", .trained = "2016-03-01"};
	ck_ok(repo_worker_add(db, "Sam Evans", &f, CAUSE));
	char *row = fixture_text(db,
		"SELECT t.name || '|' || role || '|' || started || '|' || left_on || '|' || agreement || '|' || trained"
		" FROM worker w JOIN team t ON t.id = w.team_id WHERE w.name = 'Sam Evans'");
	ck_assert_str_eq(row, "Disabled Children|aqw|2016-01-04|2016-10-31|2016-02-01|2016-03-01");
	free(row);
	long long id;
	ck_ok(repo_worker_id(db, "SAM EVANS", &id, CAUSE));
	ck_assert_int_eq(id, count("SELECT id FROM worker WHERE name = 'Sam Evans'"));
}
END_TEST

START_TEST(test_worker_add_refusals)
{
	WorkerFields ok = {.team = "Assessment Team 1", .role = "aqw"};
	ck_refused(repo_worker_add(db, "jane smith", &ok, CAUSE),
	           "a worker called 'jane smith' already exists; worker names are unique (ignoring case)");
	ck_refused(repo_worker_add(db, "  ", &ok, CAUSE),
	           "the worker name is empty; give a name (quote it if it has spaces)");
	ck_refused(repo_worker_add(db, NULL, &ok, CAUSE),
	           "the worker name is empty; give a name (quote it if it has spaces)");
	ck_refused(repo_worker_add(db, "Sam ", &ok, CAUSE),
	           "the worker name 'Sam ' starts or ends with a space; remove it");
	char longname[202];
	memset(longname, 'a', 201);
	longname[201] = '\0';
	ck_refused(repo_worker_add(db, longname, &ok, CAUSE), "the worker name is longer than 200 characters");
	WorkerFields f = ok;
	f.team = NULL;
	ck_refused(repo_worker_add(db, "Sam", &f, CAUSE), "a worker needs a team; give " FIELD("team") " TEAM");
	f = ok;
	f.role = NULL;
	ck_refused(repo_worker_add(db, "Sam", &f, CAUSE), "a worker needs a role; give " FIELD("role") " ROLE");
	f = ok;
	f.role = "boss";
	ck_refused(repo_worker_add(db, "Sam", &f, CAUSE),
	           "role 'boss' is not known; expected one of: social-worker, aqw, team-manager, head-of-service, senior-manager, iro, qa-officer, partner");
	f = ok;
	f.team = "Nowhere";
	ck_refused(repo_worker_add(db, "Sam", &f, CAUSE), "unknown team 'Nowhere'; 'team list' shows the teams");
	f = ok;
	f.started = "2016-02-30";
	ck_refused(repo_worker_add(db, "Sam", &f, CAUSE),
	           "started date '2016-02-30' is not a real date; expected YYYY-MM-DD");
	f = ok;
	f.left = "31/10/2016";
	ck_refused(repo_worker_add(db, "Sam", &f, CAUSE),
	           "left date '31/10/2016' is not a real date; expected YYYY-MM-DD");
	f = ok;
	f.agreement = "2016-13-01";
	ck_refused(repo_worker_add(db, "Sam", &f, CAUSE),
	           "agreement date '2016-13-01' is not a real date; expected YYYY-MM-DD");
	f = ok;
	f.trained = "yesterday";
	ck_refused(repo_worker_add(db, "Sam", &f, CAUSE),
	           "trained date 'yesterday' is not a real date; expected YYYY-MM-DD");
	f = ok;
	f.started = "2016-05-01";
	f.left = "2016-04-30";
	ck_refused(repo_worker_add(db, "Sam", &f, CAUSE),
	           "the left date 2016-04-30 is before the started date 2016-05-01; a worker leaves after starting");
	ck_assert_int_eq(count("SELECT count(*) FROM worker"), 3);
	/* Leaving on the day one starts is allowed. */
	f.left = "2016-05-01";
	ck_ok(repo_worker_add(db, "Sam", &f, CAUSE));
}
END_TEST

START_TEST(test_worker_set)
{
	WorkerFields f = {.team = "Disabled Children", .role = "aqw", .agreement = "2016-06-01",
	                  .trained = "2016-07-01", .left = "2016-11-30"};
	ck_ok(repo_worker_set(db, "jane smith", &f, CAUSE));
	char *row = fixture_text(db,
		"SELECT w.name || '|' || t.name || '|' || role || '|' || started || '|' || left_on || '|' || agreement"
		" || '|' || trained FROM worker w JOIN team t ON t.id = w.team_id WHERE w.name = 'Jane Smith'");
	ck_assert_str_eq(row, "Jane Smith|Disabled Children|aqw|2015-04-01|2016-11-30|2016-06-01|2016-07-01");
	free(row);
	/* Fields not given stay as they are. */
	WorkerFields g = {.started = "2015-05-01"};
	ck_ok(repo_worker_set(db, "Jane Smith", &g, CAUSE));
	ck_assert_int_eq(count("SELECT count(*) FROM worker WHERE name = 'Jane Smith' AND role = 'aqw'"
	                       " AND started = '2015-05-01' AND agreement = '2016-06-01'"), 1);
	WorkerFields rename = {.name = "Jane Jones"};
	ck_ok(repo_worker_set(db, "Jane Smith", &rename, CAUSE));
	ck_assert_int_eq(count("SELECT count(*) FROM worker WHERE name = 'Jane Jones'"), 1);
	/* A change of case in one's own name is not a clash. */
	WorkerFields recase = {.name = "JANE JONES"};
	ck_ok(repo_worker_set(db, "Jane Jones", &recase, CAUSE));
}
END_TEST

START_TEST(test_worker_set_refusals)
{
	WorkerFields none = {0};
	ck_refused(repo_worker_set(db, "Jane Smith", &none, CAUSE),
	           "nothing to change for 'Jane Smith'; give " FIELD("team") ", " FIELD("role") ", " FIELD("started") ", " FIELD("left") ", " FIELD("agreement") ", "
	           FIELD("trained") " or " FIELD("name"));
	WorkerFields f = {.role = "aqw"};
	ck_refused(repo_worker_set(db, "Nobody", &f, CAUSE), "unknown worker 'Nobody'; 'worker list' shows the workers");
	f.role = "manager";
	ck_refused(repo_worker_set(db, "Jane Smith", &f, CAUSE),
	           "role 'manager' is not known; expected one of: social-worker, aqw, team-manager, head-of-service, senior-manager, iro, qa-officer, partner");
	WorkerFields t = {.team = "Nowhere"};
	ck_refused(repo_worker_set(db, "Jane Smith", &t, CAUSE), "unknown team 'Nowhere'; 'team list' shows the teams");
	WorkerFields l = {.left = "2015-03-31"};
	ck_refused(repo_worker_set(db, "Jane Smith", &l, CAUSE),
	           "the left date 2015-03-31 is before the started date 2015-04-01; a worker leaves after starting");
	WorkerFields d = {.trained = "2016-02-29x"};
	ck_refused(repo_worker_set(db, "Jane Smith", &d, CAUSE),
	           "trained date '2016-02-29x' is not a real date; expected YYYY-MM-DD");
	WorkerFields n = {.name = "ann boss"};
	ck_refused(repo_worker_set(db, "Jane Smith", &n, CAUSE),
	           "a worker called 'ann boss' already exists; worker names are unique (ignoring case)");
	n.name = "";
	ck_refused(repo_worker_set(db, "Jane Smith", &n, CAUSE),
	           "the worker name is empty; give a name (quote it if it has spaces)");
	/* The dates in post must still cover the supervisions recorded. */
	ck_ok(repo_supervision_add(db, "Jane Smith", "Ann Boss", "2016-06-15", NULL, 0, CAUSE));
	ck_ok(repo_supervision_add(db, "Jane Smith", "Ann Boss", "2016-09-15", NULL, 0, CAUSE));
	WorkerFields early = {.left = "2016-09-14"};
	ck_refused(repo_worker_set(db, "Jane Smith", &early, CAUSE),
	           "'Jane Smith' has a supervision recorded on 2016-09-15, after the left date 2016-09-14");
	WorkerFields late = {.started = "2016-06-16"};
	ck_refused(repo_worker_set(db, "Jane Smith", &late, CAUSE),
	           "'Jane Smith' has a supervision recorded on 2016-06-15, before the started date 2016-06-16");
	/* The same holds for the supervisor's own dates. */
	WorkerFields boss = {.started = "2016-07-01"};
	ck_refused(repo_worker_set(db, "Ann Boss", &boss, CAUSE),
	           "'Ann Boss' has a supervision recorded on 2016-06-15, before the started date 2016-07-01");
	ck_assert_int_eq(count("SELECT count(*) FROM worker WHERE left_on IS NOT NULL OR role <> "
	                       "(CASE name WHEN 'Jane Smith' THEN 'social-worker' WHEN 'Ann Boss' THEN 'team-manager'"
	                       " ELSE 'head-of-service' END)"), 0);
	WorkerFields fine = {.left = "2016-09-15"};
	ck_ok(repo_worker_set(db, "Jane Smith", &fine, CAUSE));
}
END_TEST

START_TEST(test_worker_list)
{
	ck_ok(repo_case_add(db, "C1", &(CaseFields){.team = "Assessment Team 1", .worker = "Jane Smith"}, CAUSE));
	ck_ok(repo_case_add(db, "C2", &(CaseFields){.team = "Assessment Team 1", .worker = "Jane Smith"}, CAUSE));
	ck_ok(repo_case_close(db, "C2", "2016-11-01", CAUSE));
	ck_ok(repo_supervision_add(db, "Jane Smith", "Ann Boss", "2016-10-03", NULL, 0, CAUSE));
	ck_ok(repo_supervision_add(db, "Jane Smith", "Hal Head", "2016-11-03", NULL, 0, CAUSE));
	char *cause = NULL;
	Table *t = LIST(repo_worker_list(db, NULL, SINK, &cause));
	ck_assert_ptr_nonnull(t);
	static const char *const columns[] = {"name", "team", "role", "started", "left", "agreement", "trained",
	                                      "cases", "last_supervised"};
	ck_assert_int_eq(t->ncol, 9);
	for (int c = 0; c < 9; c++)
		ck_assert_str_eq(t->names[c], columns[c]);
	ck_assert_int_eq(t->nrow, 3);
	ck_assert_str_eq(cell(t, 0, "name"), "Ann Boss");
	ck_assert_str_eq(cell(t, 0, "trained"), "2016-01-11");
	ck_assert_ptr_null(cell(t, 0, "last_supervised"));
	ck_assert_str_eq(cell(t, 1, "name"), "Hal Head");
	ck_assert_str_eq(cell(t, 2, "name"), "Jane Smith");
	ck_assert_str_eq(cell(t, 2, "team"), "Assessment Team 1");
	ck_assert_str_eq(cell(t, 2, "role"), "social-worker");
	ck_assert_str_eq(cell(t, 2, "started"), "2015-04-01");
	ck_assert_ptr_null(cell(t, 2, "left"));
	ck_assert_int_eq(cell_int(t, 2, "cases"), 1);
	ck_assert_str_eq(cell(t, 2, "last_supervised"), "2016-11-03");
	table_free(t);
	t = LIST(repo_worker_list(db, "disabled children", SINK, &cause));
	ck_assert_ptr_nonnull(t);
	ck_assert_int_eq(t->nrow, 1);
	ck_assert_str_eq(cell(t, 0, "name"), "Hal Head");
	table_free(t);
	ck_assert_ptr_null(LIST(repo_worker_list(db, "Nowhere", SINK, &cause)));
	ck_assert_str_eq(cause, "unknown team 'Nowhere'; 'team list' shows the teams");
	free(cause);
	cause = NULL;
	long long id;
	ck_refused(repo_worker_id(db, "Nobody", &id, CAUSE), "unknown worker 'Nobody'; 'worker list' shows the workers");
}
END_TEST

/* ---- case files ---- */

START_TEST(test_case_add)
{
	const char *flags[] = {"neglect", "cse", "neglect"};
	CaseFields f = {.team = "assessment team 1", .worker = "JANE SMITH", .status = "cp", .opened = "2016-01-04",
	                .flags = flags, .nflags = 3};
	ck_ok(repo_case_add(db, "C1042", &f, CAUSE));
	char *row = fixture_text(db,
		"SELECT ref || '|' || t.name || '|' || w.name || '|' || status || '|' || opened || '|' ||"
		" coalesce(closed, '-') FROM case_file c JOIN team t ON t.id = c.team_id JOIN worker w ON w.id = c.worker_id");
	ck_assert_str_eq(row, "C1042|Assessment Team 1|Jane Smith|cp|2016-01-04|-");
	free(row);
	ck_assert_int_eq(count("SELECT count(*) FROM case_flag"), 2);
	/* The defaults: cin, unallocated, no opening date known. */
	ck_ok(repo_case_add(db, "c1042", &(CaseFields){.team = "Disabled Children"}, CAUSE));
	ck_assert_int_eq(count("SELECT count(*) FROM case_file WHERE ref = 'c1042' AND status = 'cin'"
	                       " AND worker_id IS NULL AND opened IS NULL"), 1);
	long long id;
	ck_ok(repo_case_id(db, "c1042", &id, CAUSE));
	ck_refused(repo_case_id(db, "C9", &id, CAUSE), "unknown case 'C9'; 'case list' shows the cases");
}
END_TEST

START_TEST(test_case_add_refusals)
{
	ck_ok(repo_case_add(db, "C1", &(CaseFields){.team = "Assessment Team 1"}, CAUSE));
	CaseFields ok = {.team = "Assessment Team 1"};
	ck_refused(repo_case_add(db, "C1", &ok, CAUSE), "a case 'C1' already exists; case IDs are unique");
	ck_refused(repo_case_add(db, "", &ok, CAUSE), "the case ID is empty; give the council's child ID");
	ck_refused(repo_case_add(db, " C2", &ok, CAUSE), "the case ID ' C2' starts or ends with a space; remove it");
	char longref[102];
	memset(longref, '7', 101);
	longref[101] = '\0';
	ck_refused(repo_case_add(db, longref, &ok, CAUSE), "the case ID is longer than 100 characters");
	ck_refused(repo_case_add(db, "C2", &(CaseFields){0}, CAUSE), "a case needs a team; give " FIELD("team") " TEAM");
	ck_refused(repo_case_add(db, "C2", &(CaseFields){.team = "Nowhere"}, CAUSE),
	           "unknown team 'Nowhere'; 'team list' shows the teams");
	ck_refused(repo_case_add(db, "C2", &(CaseFields){.team = "Assessment Team 1", .worker = "Nobody"}, CAUSE),
	           "unknown worker 'Nobody'; 'worker list' shows the workers");
	ck_refused(repo_case_add(db, "C2", &(CaseFields){.team = "Assessment Team 1", .status = "lac"}, CAUSE),
	           "status 'lac' is not known; expected one of: early-help, cin, cp, cic, care-leaver");
	const char *bad[] = {"cse", "drugs"};
	ck_refused(repo_case_add(db, "C2", &(CaseFields){.team = "Assessment Team 1", .flags = bad, .nflags = 2},
	                         CAUSE),
	           "flag 'drugs' is not known; expected one of: neglect, cse, missing, domestic-abuse");
	ck_refused(repo_case_add(db, "C2", &(CaseFields){.team = "Assessment Team 1", .opened = "2016-02-30"}, CAUSE),
	           "the opening date '2016-02-30' is not a real date; expected YYYY-MM-DD");
	ck_refused(repo_case_add(db, "C2", &(CaseFields){.team = "Assessment Team 1", .opened = "2016-12-01"}, CAUSE),
	           "the opening date 2016-12-01 is after today (2016-11-30); record it once it has happened");
	ck_ok(repo_worker_add(db, "Lee Left", &(WorkerFields){.team = "Assessment Team 1", .role = "social-worker",
	                                                      .left = "2016-11-29"}, CAUSE));
	ck_refused(repo_case_add(db, "C2", &(CaseFields){.team = "Assessment Team 1", .worker = "Lee Left"}, CAUSE),
	           "'Lee Left' left on 2016-11-29; allocate an open case to a worker in post");
	ck_assert_int_eq(count("SELECT count(*) FROM case_file"), 1);
	ck_assert_int_eq(count("SELECT count(*) FROM case_flag"), 0);
	/* Today is the last day in post: still allocatable. */
	WorkerFields today = {.left = "2016-11-30"};
	ck_ok(repo_worker_set(db, "Lee Left", &today, CAUSE));
	ck_ok(repo_case_add(db, "C2", &(CaseFields){.team = "Assessment Team 1", .worker = "Lee Left"}, CAUSE));
}
END_TEST

START_TEST(test_case_set)
{
	const char *flags[] = {"neglect"};
	ck_ok(repo_case_add(db, "C1", &(CaseFields){.team = "Assessment Team 1", .worker = "Jane Smith",
	                                            .opened = "2016-01-04", .flags = flags, .nflags = 1}, CAUSE));
	const char *add[] = {"cse", "missing", "neglect"};
	const char *remove[] = {"neglect"};
	ck_ok(repo_case_set(db, "C1", &(CaseFields){.team = "Disabled Children", .status = "cic", .worker = "Ann Boss",
	                                            .opened = "2016-01-05", .flags = add, .nflags = 2}, CAUSE));
	char *row = fixture_text(db,
		"SELECT t.name || '|' || w.name || '|' || status || '|' || opened FROM case_file c"
		" JOIN team t ON t.id = c.team_id JOIN worker w ON w.id = c.worker_id");
	ck_assert_str_eq(row, "Disabled Children|Ann Boss|cic|2016-01-05");
	free(row);
	ck_assert_int_eq(count("SELECT count(*) FROM case_flag"), 3);
	/* Adding a flag the case has changes nothing; removing one works. */
	long long before = count("SELECT count(*) FROM history");
	ck_ok(repo_case_set(db, "C1", &(CaseFields){.flags = add + 2, .nflags = 1}, CAUSE));
	ck_assert_int_eq(count("SELECT count(*) FROM history"), before);
	ck_ok(repo_case_set(db, "C1", &(CaseFields){.unflags = remove, .nunflags = 1}, CAUSE));
	ck_assert_int_eq(count("SELECT count(*) FROM case_flag WHERE flag = 'neglect'"), 0);
	/* A change of flags alone leaves the case row untouched in the history. */
	ck_assert_int_eq(count("SELECT count(*) FROM history WHERE tbl = 'case_file' AND operation = 'update'"), 1);
	ck_ok(repo_case_set(db, "C1", &(CaseFields){.unallocate = 1}, CAUSE));
	ck_assert_int_eq(count("SELECT count(*) FROM case_file WHERE worker_id IS NULL"), 1);
}
END_TEST

START_TEST(test_case_set_refusals)
{
	const char *flags[] = {"cse"};
	ck_ok(repo_case_add(db, "C1", &(CaseFields){.team = "Assessment Team 1", .worker = "Jane Smith",
	                                            .opened = "2016-01-04", .flags = flags, .nflags = 1}, CAUSE));
	ck_ok(repo_case_close(db, "C1", "2016-06-30", CAUSE));
	ck_refused(repo_case_set(db, "C1", &(CaseFields){0}, CAUSE),
	           "nothing to change for case 'C1'; give " FIELD("team") ", " FIELD("worker") ", " FIELD("unallocate") ", " FIELD("status") ", " FIELD("opened") ", "
	           FIELD("flag") " or " FIELD("unflag"));
	ck_refused(repo_case_set(db, "C9", &(CaseFields){.status = "cp"}, CAUSE),
	           "unknown case 'C9'; 'case list' shows the cases");
	ck_refused(repo_case_set(db, "C1", &(CaseFields){.team = "Nowhere"}, CAUSE),
	           "unknown team 'Nowhere'; 'team list' shows the teams");
	ck_refused(repo_case_set(db, "C1", &(CaseFields){.worker = "Nobody"}, CAUSE),
	           "unknown worker 'Nobody'; 'worker list' shows the workers");
	ck_refused(repo_case_set(db, "C1", &(CaseFields){.status = "open"}, CAUSE),
	           "status 'open' is not known; expected one of: early-help, cin, cp, cic, care-leaver");
	const char *missing[] = {"missing"}, *bad[] = {"risky"}, *cse[] = {"cse"};
	ck_refused(repo_case_set(db, "C1", &(CaseFields){.unflags = missing, .nunflags = 1}, CAUSE),
	           "case 'C1' is not flagged missing; 'case show C1' shows its flags");
	ck_refused(repo_case_set(db, "C1", &(CaseFields){.unflags = bad, .nunflags = 1}, CAUSE),
	           "flag 'risky' is not known; expected one of: neglect, cse, missing, domestic-abuse");
	ck_refused(repo_case_set(db, "C1", &(CaseFields){.flags = cse, .nflags = 1, .unflags = cse, .nunflags = 1},
	                         CAUSE),
	           FIELD("flag") " cse and " FIELD("unflag") " cse contradict each other; give one");
	ck_refused(repo_case_set(db, "C1", &(CaseFields){.worker = "Ann Boss", .unallocate = 1}, CAUSE),
	           FIELD("worker") " and " FIELD("unallocate") " contradict each other; give one");
	ck_refused(repo_case_set(db, "C1", &(CaseFields){.opened = "2016-07-01"}, CAUSE),
	           FIELD("opened") " 2016-07-01 is after the case closed (2016-06-30); a case opens before it closes");
	ck_refused(repo_case_set(db, "C1", &(CaseFields){.opened = "2016-12-01"}, CAUSE),
	           "the opening date 2016-12-01 is after today (2016-11-30); record it once it has happened");
	ck_ok(repo_worker_add(db, "Lee Left", &(WorkerFields){.team = "Assessment Team 1", .role = "social-worker",
	                                                      .left = "2016-10-31"}, CAUSE));
	ck_ok(repo_case_add(db, "C2", &(CaseFields){.team = "Assessment Team 1"}, CAUSE));
	ck_refused(repo_case_set(db, "C2", &(CaseFields){.worker = "Lee Left"}, CAUSE),
	           "'Lee Left' left on 2016-10-31; allocate an open case to a worker in post");
	/* A closed case can record who held it, leaver or not. */
	ck_ok(repo_case_set(db, "C1", &(CaseFields){.worker = "Lee Left"}, CAUSE));
	ck_ok(repo_case_set(db, "C1", &(CaseFields){.worker = "Jane Smith"}, CAUSE));
	/* A refused change leaves even its valid parts undone. */
	ck_refused(repo_case_set(db, "C1", &(CaseFields){.status = "cp", .unflags = missing, .nunflags = 1}, CAUSE),
	           "case 'C1' is not flagged missing; 'case show C1' shows its flags");
	ck_assert_int_eq(count("SELECT count(*) FROM case_file WHERE status = 'cin' AND opened = '2016-01-04'"
	                       " AND worker_id IS NOT NULL"), 1);
	ck_assert_int_eq(count("SELECT count(*) FROM case_flag"), 1);
}
END_TEST

START_TEST(test_case_close)
{
	ck_ok(repo_case_add(db, "C1", &(CaseFields){.team = "Assessment Team 1", .opened = "2016-01-04"}, CAUSE));
	ck_ok(repo_case_add(db, "C2", &(CaseFields){.team = "Assessment Team 1"}, CAUSE));
	ck_refused(repo_case_close(db, "C1", "2016-01-03", CAUSE),
	           "the closing date 2016-01-03 is before the case opened (2016-01-04)");
	ck_refused(repo_case_close(db, "C1", "2016-12-01", CAUSE),
	           "the closing date 2016-12-01 is after today (2016-11-30); record it once it has happened");
	ck_refused(repo_case_close(db, "C1", "2016-1-4", CAUSE),
	           "the closing date '2016-1-4' is not a real date; expected YYYY-MM-DD");
	ck_refused(repo_case_close(db, "C9", NULL, CAUSE), "unknown case 'C9'; 'case list' shows the cases");
	ck_assert_int_eq(count("SELECT count(*) FROM case_file WHERE closed IS NOT NULL"), 0);
	/* Closing on the opening day is allowed; no date means today. */
	ck_ok(repo_case_close(db, "C1", "2016-01-04", CAUSE));
	ck_ok(repo_case_close(db, "C2", NULL, CAUSE));
	ck_assert_int_eq(count("SELECT count(*) FROM case_file WHERE ref = 'C2' AND closed = '2016-11-30'"), 1);
	ck_refused(repo_case_close(db, "C1", NULL, CAUSE), "case 'C1' is already closed (on 2016-01-04)");
	ck_assert_int_eq(count("SELECT count(*) FROM case_file WHERE ref = 'C1' AND closed = '2016-01-04'"), 1);
}
END_TEST

START_TEST(test_case_show)
{
	const char *flags[] = {"neglect", "cse"};
	ck_ok(repo_case_add(db, "C1", &(CaseFields){.team = "Assessment Team 1", .worker = "Jane Smith",
	                                            .status = "cp", .opened = "2016-01-04", .flags = flags,
	                                            .nflags = 2}, CAUSE));
	ck_ok(repo_case_add(db, "C2", &(CaseFields){.team = "Assessment Team 1"}, CAUSE));
	/* Two submitted audits (one moderated), a draft, another case's audit;
	 * an overdue action, one due later, one done. */
	fixture_exec(db,
		"INSERT INTO audit(id, case_id, team_id, auditor_id, date, grade, submitted_at, submitted_by) VALUES"
		" (1, 1, 1, 2, '2016-09-01', 'good', '2016-09-01T10:00:00Z', 'tester'),"
		" (2, 1, 1, 2, '2016-10-05', 'requires-improvement', '2016-10-05T10:00:00Z', 'tester'),"
		" (4, 2, 1, 2, '2016-11-20', 'good', '2016-11-20T10:00:00Z', 'tester');"
		"INSERT INTO audit(id, case_id, team_id, auditor_id, date) VALUES (3, 1, 1, 2, '2016-11-25');"
		"INSERT INTO moderation(audit_id, moderator_id, date, agreed, grade) VALUES"
		" (1, 3, '2016-09-10', 0, 'requires-improvement');"
		"INSERT INTO action(id, audit_id, text, owner_id, due, done) VALUES"
		" (1, 2, 'Update the chronology', 1, '2016-11-01', NULL),"
		" (2, 2, 'Record the child''s views', 1, '2016-12-15', NULL),"
		" (3, 1, 'Done already', 1, '2016-10-01', '2016-09-30'),"
		" (4, 4, 'Another case', 1, '2016-10-01', NULL);"
		"INSERT INTO sample(id, team_id, auditor_id, drawn_on, due, seed, requested) VALUES"
		" (1, 1, 2, '2016-08-01', '2016-08-31', 1, 2), (2, 1, 2, '2016-11-01', '2016-12-15', 1, 2);"
		"INSERT INTO scheduled_audit(sample_id, case_id, position) VALUES (1, 1, 1), (2, 1, 1), (2, 2, 2);");
	ck_ok(repo_chron_add(db, "C1", "2016-01-04", "Referral from school", "referral", CAUSE));
	ck_ok(repo_chron_add(db, "C1", "2016-03-01", "Strategy discussion", NULL, CAUSE));
	const char *discussed[] = {"C1"};
	ck_ok(repo_supervision_add(db, "Jane Smith", "Ann Boss", "2016-10-03", discussed, 1, CAUSE));
	ck_ok(repo_supervision_add(db, "Jane Smith", "Ann Boss", "2016-11-03", NULL, 0, CAUSE));

	CaseShow show;
	char *cause = NULL;
	ck_assert_int_eq(repo_case_show(db, "C1", &show, &cause), 0);
	const Table *r = show.record;
	ck_assert_int_eq(r->nrow, 1);
	ck_assert_str_eq(cell(r, 0, "case"), "C1");
	ck_assert_str_eq(cell(r, 0, "team"), "Assessment Team 1");
	ck_assert_str_eq(cell(r, 0, "worker"), "Jane Smith");
	ck_assert_str_eq(cell(r, 0, "status"), "cp");
	ck_assert_str_eq(cell(r, 0, "opened"), "2016-01-04");
	ck_assert_ptr_null(cell(r, 0, "closed"));
	ck_assert_str_eq(cell(r, 0, "flags"), "cse;neglect");
	/* Last audited: the latest submitted audit, not the later draft. */
	ck_assert_str_eq(cell(r, 0, "last_audited"), "2016-10-05");
	ck_assert_int_eq(cell_int(r, 0, "chronology_entries"), 2);
	ck_assert_str_eq(cell(r, 0, "latest_chronology"), "2016-03-01: Strategy discussion");
	ck_assert_str_eq(cell(r, 0, "last_supervised"), "2016-10-03");

	ck_assert_str_eq(CASE_SHOW_PARTS[0], "audits");
	const Table *a = show.parts[0];
	ck_assert_int_eq(a->nrow, 3);
	ck_assert_int_eq(cell_int(a, 0, "audit"), 1);
	ck_assert_str_eq(cell(a, 0, "date"), "2016-09-01");
	ck_assert_str_eq(cell(a, 0, "auditor"), "Ann Boss");
	ck_assert_str_eq(cell(a, 0, "type"), "dip-sample");
	ck_assert_str_eq(cell(a, 0, "grade"), "good");
	ck_assert_str_eq(cell(a, 0, "moderated"), "requires-improvement");
	ck_assert_str_eq(cell(a, 0, "state"), "submitted");
	ck_assert_ptr_null(cell(a, 1, "moderated"));
	ck_assert_int_eq(cell_int(a, 2, "audit"), 3);
	ck_assert_ptr_null(cell(a, 2, "grade"));
	ck_assert_str_eq(cell(a, 2, "state"), "draft");

	ck_assert_str_eq(CASE_SHOW_PARTS[1], "open_actions");
	const Table *ac = show.parts[1];
	ck_assert_int_eq(ac->nrow, 2);
	ck_assert_int_eq(cell_int(ac, 0, "action"), 1);
	ck_assert_int_eq(cell_int(ac, 0, "audit"), 2);
	ck_assert_str_eq(cell(ac, 0, "text"), "Update the chronology");
	ck_assert_str_eq(cell(ac, 0, "owner"), "Jane Smith");
	ck_assert_str_eq(cell(ac, 0, "due"), "2016-11-01");
	ck_assert_str_eq(cell(ac, 0, "overdue"), "yes");
	ck_assert_int_eq(cell_int(ac, 1, "action"), 2);
	ck_assert_str_eq(cell(ac, 1, "overdue"), "no");

	/* Sample 1 was fulfilled by audit 1; sample 2 (drawn 2016-11-01) waits:
	 * the only later audit of C1 is a draft. */
	ck_assert_str_eq(CASE_SHOW_PARTS[2], "scheduled_audits");
	const Table *sc = show.parts[2];
	ck_assert_int_eq(sc->nrow, 1);
	ck_assert_int_eq(cell_int(sc, 0, "sample"), 2);
	ck_assert_str_eq(cell(sc, 0, "auditor"), "Ann Boss");
	ck_assert_str_eq(cell(sc, 0, "due"), "2016-12-15");
	repo_case_show_free(&show);

	/* A case with nothing recorded. */
	ck_ok(repo_case_add(db, "C3", &(CaseFields){.team = "Disabled Children"}, CAUSE));
	ck_assert_int_eq(repo_case_show(db, "C3", &show, &cause), 0);
	ck_assert_ptr_null(cell(show.record, 0, "worker"));
	ck_assert_ptr_null(cell(show.record, 0, "flags"));
	ck_assert_ptr_null(cell(show.record, 0, "last_audited"));
	ck_assert_int_eq(cell_int(show.record, 0, "chronology_entries"), 0);
	ck_assert_ptr_null(cell(show.record, 0, "latest_chronology"));
	ck_assert_ptr_null(cell(show.record, 0, "last_supervised"));
	for (int i = 0; i < CASE_SHOW_NPARTS; i++)
		ck_assert_int_eq(show.parts[i]->nrow, 0);
	repo_case_show_free(&show);

	ck_assert_int_eq(repo_case_show(db, "C9", &show, &cause), -1);
	ck_assert_str_eq(cause, "unknown case 'C9'; 'case list' shows the cases");
	ck_assert_ptr_null(show.record);
	free(cause);
	cause = NULL;
}
END_TEST

START_TEST(test_case_list)
{
	const char *flags[] = {"missing", "cse"};
	ck_ok(repo_case_add(db, "C2", &(CaseFields){.team = "Assessment Team 1", .worker = "Jane Smith",
	                                            .status = "cp", .flags = flags, .nflags = 2}, CAUSE));
	ck_ok(repo_case_add(db, "C1", &(CaseFields){.team = "Assessment Team 1", .opened = "2016-02-01"}, CAUSE));
	ck_ok(repo_case_add(db, "C3", &(CaseFields){.team = "Disabled Children", .status = "cp"}, CAUSE));
	ck_ok(repo_case_close(db, "C1", "2016-05-01", CAUSE));
	fixture_exec(db,
		"INSERT INTO audit(case_id, team_id, auditor_id, date, submitted_at, submitted_by) VALUES"
		" (3, 2, 2, '2016-09-01', '2016-09-01T10:00:00Z', 'tester');"
		"INSERT INTO audit(case_id, team_id, auditor_id, date) VALUES (3, 2, 2, '2016-10-01');");
	char *cause = NULL;
	Table *t = LIST(repo_case_list(db, NULL, NULL, NULL, 0, SINK, &cause));
	ck_assert_ptr_nonnull(t);
	static const char *const columns[] = {"id", "team", "worker", "status", "opened", "closed", "flags",
	                                      "last_audited"};
	ck_assert_int_eq(t->ncol, 8);
	for (int c = 0; c < 8; c++)
		ck_assert_str_eq(t->names[c], columns[c]);
	ck_assert_int_eq(t->nrow, 3);
	ck_assert_str_eq(cell(t, 0, "id"), "C1");
	ck_assert_str_eq(cell(t, 0, "closed"), "2016-05-01");
	ck_assert_str_eq(cell(t, 1, "id"), "C2");
	ck_assert_str_eq(cell(t, 1, "worker"), "Jane Smith");
	ck_assert_str_eq(cell(t, 1, "flags"), "cse;missing");
	ck_assert_str_eq(cell(t, 2, "last_audited"), "2016-09-01");
	table_free(t);
	t = LIST(repo_case_list(db, "Assessment Team 1", NULL, NULL, 1, SINK, &cause));
	ck_assert_int_eq(t->nrow, 1);
	ck_assert_str_eq(cell(t, 0, "id"), "C2");
	table_free(t);
	t = LIST(repo_case_list(db, NULL, "cp", NULL, 0, SINK, &cause));
	ck_assert_int_eq(t->nrow, 2);
	table_free(t);
	t = LIST(repo_case_list(db, NULL, NULL, "jane smith", 0, SINK, &cause));
	ck_assert_int_eq(t->nrow, 1);
	table_free(t);
	t = LIST(repo_case_list(db, "Disabled Children", "cin", NULL, 0, SINK, &cause));
	ck_assert_int_eq(t->nrow, 0);
	table_free(t);
	ck_assert_ptr_null(LIST(repo_case_list(db, "Nowhere", NULL, NULL, 0, SINK, &cause)));
	ck_assert_str_eq(cause, "unknown team 'Nowhere'; 'team list' shows the teams");
	free(cause);
	cause = NULL;
	ck_assert_ptr_null(LIST(repo_case_list(db, NULL, "closed", NULL, 0, SINK, &cause)));
	ck_assert_str_eq(cause, "status 'closed' is not known; expected one of: early-help, cin, cp, cic, care-leaver");
	free(cause);
	cause = NULL;
	ck_assert_ptr_null(LIST(repo_case_list(db, NULL, NULL, "Nobody", 0, SINK, &cause)));
	ck_assert_str_eq(cause, "unknown worker 'Nobody'; 'worker list' shows the workers");
	free(cause);
	cause = NULL;
}
END_TEST

/* ---- chronology ---- */

START_TEST(test_chron)
{
	ck_ok(repo_case_add(db, "C1", &(CaseFields){.team = "Assessment Team 1"}, CAUSE));
	ck_ok(repo_case_add(db, "C2", &(CaseFields){.team = "Assessment Team 1"}, CAUSE));
	ck_ok(repo_chron_add(db, "C1", "2016-05-01", "Conference: child protection plan", "conference", CAUSE));
	ck_ok(repo_chron_add(db, "C1", "2016-03-01", "Referral from school", "referral", CAUSE));
	ck_ok(repo_chron_add(db, "C1", "2016-05-01", "Plan shared with family", "", CAUSE));
	ck_ok(repo_chron_add(db, "C2", "2016-11-30", "Another child", NULL, CAUSE));
	char *cause = NULL;
	Table *t = LIST(repo_chron_list(db, "C1", SINK, &cause));
	ck_assert_ptr_nonnull(t);
	ck_assert_int_eq(t->ncol, 3);
	ck_assert_str_eq(t->names[0], "date");
	ck_assert_str_eq(t->names[1], "kind");
	ck_assert_str_eq(t->names[2], "text");
	ck_assert_int_eq(t->nrow, 3);
	ck_assert_str_eq(cell(t, 0, "text"), "Referral from school");
	ck_assert_str_eq(cell(t, 1, "text"), "Conference: child protection plan");
	ck_assert_str_eq(cell(t, 2, "text"), "Plan shared with family");
	ck_assert_ptr_null(cell(t, 2, "kind"));
	table_free(t);
	ck_assert_ptr_null(LIST(repo_chron_list(db, "C9", SINK, &cause)));
	ck_assert_str_eq(cause, "unknown case 'C9'; 'case list' shows the cases");
	free(cause);
	cause = NULL;

	ck_refused(repo_chron_add(db, "C9", "2016-05-01", "x", NULL, CAUSE),
	           "unknown case 'C9'; 'case list' shows the cases");
	ck_refused(repo_chron_add(db, "C1", "2016-02-30", "x", NULL, CAUSE),
	           "the chronology date '2016-02-30' is not a real date; expected YYYY-MM-DD");
	ck_refused(repo_chron_add(db, "C1", "2016-12-01", "x", NULL, CAUSE),
	           "the chronology date 2016-12-01 is after today (2016-11-30); record events once they have happened");
	ck_refused(repo_chron_add(db, "C1", "2016-05-01", " \t", NULL, CAUSE),
	           "the chronology text is empty; say what happened (quote it)");
	ck_refused(repo_chron_add(db, "C1", "2016-05-01", NULL, NULL, CAUSE),
	           "the chronology text is empty; say what happened (quote it)");
	char *text = xcalloc(10002, 1);
	memset(text, 'x', 10001);
	ck_refused(repo_chron_add(db, "C1", "2016-05-01", text, NULL, CAUSE),
	           "the chronology text is longer than 10000 characters; summarise it");
	free(text);
	ck_refused(repo_chron_add(db, "C1", "2016-05-01", "x", "a kind of event that goes on and on far beyond fifty",
	                          CAUSE),
	           "the chronology kind is longer than 50 characters; use a short word such as 'referral'");
	ck_assert_int_eq(count("SELECT count(*) FROM chronology"), 4);
}
END_TEST

/* ---- supervision ---- */

START_TEST(test_supervision_add)
{
	ck_ok(repo_case_add(db, "C1", &(CaseFields){.team = "Assessment Team 1"}, CAUSE));
	ck_ok(repo_case_add(db, "C2", &(CaseFields){.team = "Assessment Team 1"}, CAUSE));
	const char *cases[] = {"C2", "C1", "C2"};
	ck_ok(repo_supervision_add(db, "jane smith", "ANN BOSS", "2016-11-02", cases, 3, CAUSE));
	ck_assert_int_eq(count("SELECT count(*) FROM supervision s JOIN worker w ON w.id = s.worker_id"
	                       " JOIN worker m ON m.id = s.supervisor_id"
	                       " WHERE w.name = 'Jane Smith' AND m.name = 'Ann Boss' AND s.date = '2016-11-02'"), 1);
	ck_assert_int_eq(count("SELECT count(*) FROM supervision_case"), 2);
	/* A head of service supervises too, and a manager can be supervised. */
	ck_ok(repo_supervision_add(db, "Ann Boss", "Hal Head", "2016-11-30", NULL, 0, CAUSE));
	/* The same pair on another day. */
	ck_ok(repo_supervision_add(db, "Jane Smith", "Ann Boss", "2016-10-02", NULL, 0, CAUSE));
	ck_assert_int_eq(count("SELECT count(*) FROM supervision"), 3);
}
END_TEST

START_TEST(test_supervision_refusals)
{
	ck_ok(repo_case_add(db, "C1", &(CaseFields){.team = "Assessment Team 1"}, CAUSE));
	ck_ok(repo_worker_add(db, "Ira Reviewer", &(WorkerFields){.team = "Assessment Team 1", .role = "iro"}, CAUSE));
	ck_ok(repo_worker_add(db, "Lee Left", &(WorkerFields){.team = "Assessment Team 1", .role = "social-worker",
	                                                      .left = "2016-06-30"}, CAUSE));
	ck_ok(repo_worker_add(db, "New Boss", &(WorkerFields){.team = "Assessment Team 1", .role = "team-manager",
	                                                      .started = "2016-10-01"}, CAUSE));
	ck_ok(repo_supervision_add(db, "Jane Smith", "Ann Boss", "2016-11-02", NULL, 0, CAUSE));
	const char *unknown[] = {"C1", "C9"};
	ck_refused(repo_supervision_add(db, "Jane Smith", "Ann Boss", "2016-11-03", unknown, 2, CAUSE),
	           "unknown case 'C9'; 'case list' shows the cases");
	ck_refused(repo_supervision_add(db, "Jane Smith", "Ann Boss", "2016-11-02", NULL, 0, CAUSE),
	           "a supervision of 'Jane Smith' by 'Ann Boss' on 2016-11-02 is already recorded");
	ck_refused(repo_supervision_add(db, "Ann Boss", "ann boss", "2016-11-03", NULL, 0, CAUSE),
	           "'Ann Boss' cannot supervise themselves; " FIELD("by") " names their manager");
	ck_refused(repo_supervision_add(db, "Ann Boss", "Jane Smith", "2016-11-03", NULL, 0, CAUSE),
	           "'Jane Smith' is not a manager (role social-worker); supervision is by a team-manager, head-of-service or senior-manager");
	ck_refused(repo_supervision_add(db, "Jane Smith", "Ira Reviewer", "2016-11-03", NULL, 0, CAUSE),
	           "'Ira Reviewer' is not a manager (role iro); supervision is by a team-manager, head-of-service or senior-manager");
	ck_refused(repo_supervision_add(db, "Nobody", "Ann Boss", "2016-11-03", NULL, 0, CAUSE),
	           "unknown worker 'Nobody'; 'worker list' shows the workers");
	ck_refused(repo_supervision_add(db, "Jane Smith", "Nobody", "2016-11-03", NULL, 0, CAUSE),
	           "unknown worker 'Nobody'; 'worker list' shows the workers");
	ck_refused(repo_supervision_add(db, "Jane Smith", NULL, "2016-11-03", NULL, 0, CAUSE),
	           "a supervision needs a supervisor; give " FIELD("by") " MANAGER");
	ck_refused(repo_supervision_add(db, "Jane Smith", "Ann Boss", NULL, NULL, 0, CAUSE),
	           "a supervision needs a date; give " FIELD("date") " DATE");
	ck_refused(repo_supervision_add(db, "Jane Smith", "Ann Boss", "2016-11-31", NULL, 0, CAUSE),
	           "the supervision date '2016-11-31' is not a real date; expected YYYY-MM-DD");
	ck_refused(repo_supervision_add(db, "Jane Smith", "Ann Boss", "2016-12-01", NULL, 0, CAUSE),
	           "the supervision date 2016-12-01 is after today (2016-11-30); record a session once it has taken place");
	ck_refused(repo_supervision_add(db, "Jane Smith", "Ann Boss", "2015-03-31", NULL, 0, CAUSE),
	           "'Jane Smith' started on 2015-04-01, after the supervision date 2015-03-31; check the date");
	ck_refused(repo_supervision_add(db, "Lee Left", "Ann Boss", "2016-07-01", NULL, 0, CAUSE),
	           "'Lee Left' left on 2016-06-30, before the supervision date 2016-07-01; check the date");
	ck_refused(repo_supervision_add(db, "Jane Smith", "New Boss", "2016-09-30", NULL, 0, CAUSE),
	           "'New Boss' started on 2016-10-01, after the supervision date 2016-09-30; check the date");
	ck_assert_int_eq(count("SELECT count(*) FROM supervision"), 1);
	ck_assert_int_eq(count("SELECT count(*) FROM supervision_case"), 0);
	/* The last day in post and the first are in post. */
	ck_ok(repo_supervision_add(db, "Lee Left", "Ann Boss", "2016-06-30", NULL, 0, CAUSE));
	ck_ok(repo_supervision_add(db, "Jane Smith", "New Boss", "2016-10-01", NULL, 0, CAUSE));
}
END_TEST

START_TEST(test_supervision_list)
{
	ck_ok(repo_case_add(db, "C1", &(CaseFields){.team = "Assessment Team 1"}, CAUSE));
	ck_ok(repo_case_add(db, "C2", &(CaseFields){.team = "Assessment Team 1"}, CAUSE));
	const char *cases[] = {"C2", "C1"};
	ck_ok(repo_supervision_add(db, "Jane Smith", "Ann Boss", "2016-11-02", cases, 2, CAUSE));
	ck_ok(repo_supervision_add(db, "Jane Smith", "Ann Boss", "2016-10-03", NULL, 0, CAUSE));
	ck_ok(repo_supervision_add(db, "Ann Boss", "Hal Head", "2016-10-31", NULL, 0, CAUSE));
	char *cause = NULL;
	Table *t = LIST(repo_supervision_list(db, NULL, NULL, NULL, NULL, NULL, SINK, &cause));
	ck_assert_ptr_nonnull(t);
	static const char *const columns[] = {"date", "worker", "supervisor", "cases", "team"};
	ck_assert_int_eq(t->ncol, 5);
	for (int c = 0; c < 5; c++)
		ck_assert_str_eq(t->names[c], columns[c]);
	ck_assert_int_eq(t->nrow, 3);
	ck_assert_str_eq(cell(t, 0, "date"), "2016-10-03");
	ck_assert_ptr_null(cell(t, 0, "cases"));
	ck_assert_str_eq(cell(t, 1, "worker"), "Ann Boss");
	ck_assert_str_eq(cell(t, 1, "supervisor"), "Hal Head");
	ck_assert_str_eq(cell(t, 2, "cases"), "C1;C2");
	ck_assert_str_eq(cell(t, 2, "team"), "Assessment Team 1");
	table_free(t);
	t = LIST(repo_supervision_list(db, "jane smith", NULL, NULL, "2016-10-04", NULL, SINK, &cause));
	ck_assert_int_eq(t->nrow, 1);
	ck_assert_str_eq(cell(t, 0, "date"), "2016-11-02");
	table_free(t);
	/* Both ends of the period are included. */
	t = LIST(repo_supervision_list(db, NULL, NULL, NULL, "2016-10-03", "2016-10-31", SINK, &cause));
	ck_assert_int_eq(t->nrow, 2);
	table_free(t);
	t = LIST(repo_supervision_list(db, NULL, "Hal Head", NULL, NULL, NULL, SINK, &cause));
	ck_assert_int_eq(t->nrow, 1);
	table_free(t);
	t = LIST(repo_supervision_list(db, NULL, NULL, "Disabled Children", NULL, NULL, SINK, &cause));
	ck_assert_int_eq(t->nrow, 0);
	table_free(t);

	ck_assert_ptr_null(LIST(repo_supervision_list(db, "Nobody", NULL, NULL, NULL, NULL, SINK, &cause)));
	ck_assert_str_eq(cause, "unknown worker 'Nobody'; 'worker list' shows the workers");
	free(cause);
	cause = NULL;
	ck_assert_ptr_null(LIST(repo_supervision_list(db, NULL, "Nobody", NULL, NULL, NULL, SINK, &cause)));
	ck_assert_str_eq(cause, "unknown worker 'Nobody'; 'worker list' shows the workers");
	free(cause);
	cause = NULL;
	ck_assert_ptr_null(LIST(repo_supervision_list(db, NULL, NULL, "Nowhere", NULL, NULL, SINK, &cause)));
	ck_assert_str_eq(cause, "unknown team 'Nowhere'; 'team list' shows the teams");
	free(cause);
	cause = NULL;
	ck_assert_ptr_null(LIST(repo_supervision_list(db, NULL, NULL, NULL, "2016-13-01", NULL, SINK, &cause)));
	ck_assert_str_eq(cause, FIELD("from") " '2016-13-01' is not a real date; expected YYYY-MM-DD");
	free(cause);
	cause = NULL;
	ck_assert_ptr_null(LIST(repo_supervision_list(db, NULL, NULL, NULL, NULL, "2016-02-30", SINK, &cause)));
	ck_assert_str_eq(cause, FIELD("to") " '2016-02-30' is not a real date; expected YYYY-MM-DD");
	free(cause);
	cause = NULL;
	ck_assert_ptr_null(LIST(repo_supervision_list(db, NULL, NULL, NULL, "2016-11-01", "2016-10-01", SINK, &cause)));
	ck_assert_str_eq(cause, FIELD("from") " 2016-11-01 is after " FIELD("to") " 2016-10-01");
	free(cause);
	cause = NULL;
}
END_TEST

int main(void)
{
	Suite *s = suite_create("repo_people");
	TCase *workers = tcase_create("workers");
	tcase_add_checked_fixture(workers, setup, teardown);
	tcase_add_test(workers, test_worker_add_stores_every_field);
	tcase_add_test(workers, test_worker_add_refusals);
	tcase_add_test(workers, test_worker_set);
	tcase_add_test(workers, test_worker_set_refusals);
	tcase_add_test(workers, test_worker_list);
	suite_add_tcase(s, workers);
	TCase *cases = tcase_create("cases");
	tcase_add_checked_fixture(cases, setup, teardown);
	tcase_add_test(cases, test_case_add);
	tcase_add_test(cases, test_case_add_refusals);
	tcase_add_test(cases, test_case_set);
	tcase_add_test(cases, test_case_set_refusals);
	tcase_add_test(cases, test_case_close);
	tcase_add_test(cases, test_case_show);
	tcase_add_test(cases, test_case_list);
	suite_add_tcase(s, cases);
	TCase *chron = tcase_create("chronology");
	tcase_add_checked_fixture(chron, setup, teardown);
	tcase_add_test(chron, test_chron);
	suite_add_tcase(s, chron);
	TCase *supervision = tcase_create("supervision");
	tcase_add_checked_fixture(supervision, setup, teardown);
	tcase_add_test(supervision, test_supervision_add);
	tcase_add_test(supervision, test_supervision_refusals);
	tcase_add_test(supervision, test_supervision_list);
	suite_add_tcase(s, supervision);
	return fixture_run(s);
}
