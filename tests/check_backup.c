/* backup_run: a consistent copy while another connection writes between
 * the steps, the fallback to one step when the copy keeps starting over,
 * permissions, and the refusals that leave existing files alone. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "backup.h"
#include "fixture.h"
#include "repo.h"
#include "util.h"

static char dir[] = "/tmp/caseaudit-check-backup-XXXXXX";

static void setup(void)
{
	ck_assert_ptr_nonnull(mkdtemp(dir));
}

static void remove_all(const char *name)
{
	const char *suffixes[] = {"", "-wal", "-shm", "-journal", NULL};
	for (const char **s = suffixes; *s; s++) {
		char *p = xprintf("%s/%s%s", dir, name, *s);
		unlink(p);
		free(p);
	}
}

static void teardown(void)
{
	const char *names[] = {"main.db", "copy.db", "same.db", "private.db", "exists.db", "side.db", "big.db",
	                       NULL};
	for (const char **n = names; *n; n++)
		remove_all(*n);
	rmdir(dir);
	strcpy(dir, "/tmp/caseaudit-check-backup-XXXXXX");
}

static char *in_dir(const char *name)
{
	return xprintf("%s/%s", dir, name);
}

static Db *open_db(const char *path)
{
	char *cause = NULL;
	Db *db = db_open(path, "tester", &cause);
	ck_assert_msg(db != NULL, "open %s: %s", path, cause);
	return db;
}

static void add_team(Db *db, int n)
{
	char name[32];
	snprintf(name, sizeof name, "Team %d", n);
	char *cause = NULL;
	ck_assert_int_eq(db_begin(db, 1, &cause), 0);
	int rc = repo_team_add(db, name, "A service with a long enough name to fill pages", &cause);
	ck_assert_msg(rc == 0, "team add: %s", cause);
	ck_assert_int_eq(db_end(db, 1, &cause), 0);
}

/* Writes one team through a connection after each step of the backup. */
typedef struct {
	Db *writer;
	int written;
	int calls;
} Writes;

static void write_between_steps(void *ctx, int remaining, int pagecount)
{
	Writes *w = ctx;
	ck_assert_int_ge(remaining, 0);
	ck_assert_int_gt(pagecount, 0);
	w->calls++;
	add_team(w->writer, 1000 + w->written++);
}

/* The copy is sound, a caseaudit database, and a snapshot: each team in it
 * has the history entry written in the same transaction. */
static void check_copy(const char *path, long long teams)
{
	struct stat st;
	ck_assert_int_eq(stat(path, &st), 0);
	ck_assert_int_eq(st.st_mode & 0777, 0600);
	Db *copy = open_db(path);
	char *ok = fixture_text(copy, "PRAGMA integrity_check");
	ck_assert_str_eq(ok, "ok");
	free(ok);
	ck_assert_int_eq(fixture_int(copy, "SELECT count(*) FROM team"), teams);
	ck_assert_int_eq(fixture_int(copy, "SELECT count(*) FROM history WHERE tbl = 'team' AND operation = 'insert'"),
	                 teams);
	db_close(copy);
}

START_TEST(test_copy_while_another_connection_writes)
{
	char *main_path = in_dir("main.db"), *copy_path = in_dir("copy.db");
	Db *db = open_db(main_path);
	for (int i = 0; i < 200; i++)
		add_team(db, i);
	Writes w = {open_db(main_path), 0, 0};
	/* Small steps, so the copy takes many; every write by the other
	 * connection makes it start over, until it is taken in one step. */
	BackupOptions o = {4, write_between_steps, &w};
	BackupResult r;
	char *cause = NULL;
	ck_assert_msg(backup_run_with(db, copy_path, &o, &r, &cause) == 0, "backup: %s", cause);
	ck_assert_int_ge(r.restarts, 3);
	ck_assert_int_gt(r.steps, r.restarts);
	ck_assert_int_gt(w.written, 0);
	ck_assert_int_gt(r.pages, 4);
	ck_assert_int_gt(r.bytes, 0);
	/* Every write came before the last step: the copy has them all. */
	check_copy(copy_path, 200 + w.written);
	db_close(w.writer);
	db_close(db);
	free(main_path);
	free(copy_path);
}
END_TEST

START_TEST(test_copy_while_the_same_connection_writes)
{
	char *main_path = in_dir("main.db"), *copy_path = in_dir("same.db");
	Db *db = open_db(main_path);
	for (int i = 0; i < 200; i++)
		add_team(db, i);
	/* Writes through the connection being copied update the copy in place:
	 * no restart. */
	Writes w = {db, 0, 0};
	BackupOptions o = {4, write_between_steps, &w};
	BackupResult r;
	char *cause = NULL;
	ck_assert_msg(backup_run_with(db, copy_path, &o, &r, &cause) == 0, "backup: %s", cause);
	ck_assert_int_eq(r.restarts, 0);
	ck_assert_int_eq(w.calls, r.steps - 1);
	check_copy(copy_path, 200 + w.written);
	db_close(db);
	free(main_path);
	free(copy_path);
}
END_TEST

START_TEST(test_private_whatever_the_umask)
{
	char *main_path = in_dir("main.db"), *copy_path = in_dir("private.db");
	Db *db = open_db(main_path);
	add_team(db, 1);
	mode_t old = umask(0);
	char *cause = NULL;
	int rc = backup_run(db, copy_path, NULL, &cause);
	umask(old);
	ck_assert_msg(rc == 0, "backup: %s", cause);
	check_copy(copy_path, 1);
	db_close(db);
	free(main_path);
	free(copy_path);
}
END_TEST

START_TEST(test_in_memory_database)
{
	Db *db = fixture_db();
	add_team(db, 1);
	char *copy_path = in_dir("copy.db");
	char *cause = NULL;
	ck_assert_msg(backup_run(db, copy_path, NULL, &cause) == 0, "backup: %s", cause);
	check_copy(copy_path, 1);
	db_close(db);
	free(copy_path);
}
END_TEST

START_TEST(test_refusals_leave_files_alone)
{
	char *main_path = in_dir("main.db"), *exists = in_dir("exists.db"), *side = in_dir("side.db");
	Db *db = open_db(main_path);
	FILE *fp = fopen(exists, "w");
	fputs("not to be overwritten", fp);
	fclose(fp);
	char *cause = NULL;
	ck_assert_int_eq(backup_run(db, exists, NULL, &cause), -1);
	ck_assert_ptr_nonnull(strstr(cause, "already exists"));
	free(cause);
	fp = fopen(exists, "r");
	char buf[64] = {0};
	ck_assert_ptr_nonnull(fgets(buf, sizeof buf, fp));
	fclose(fp);
	ck_assert_str_eq(buf, "not to be overwritten");
	/* The database itself. */
	cause = NULL;
	ck_assert_int_eq(backup_run(db, main_path, NULL, &cause), -1);
	ck_assert_ptr_nonnull(strstr(cause, "already exists"));
	free(cause);
	/* A stale journal beside the name. */
	char *wal = xprintf("%s-wal", side);
	fp = fopen(wal, "w");
	fclose(fp);
	cause = NULL;
	ck_assert_int_eq(backup_run(db, side, NULL, &cause), -1);
	ck_assert_ptr_nonnull(strstr(cause, "-wal already exists"));
	free(cause);
	ck_assert_int_ne(access(side, F_OK), 0);
	unlink(wal);
	free(wal);
	cause = NULL;
	ck_assert_int_eq(backup_run(db, "", NULL, &cause), -1);
	ck_assert_ptr_nonnull(strstr(cause, "empty"));
	free(cause);
	cause = NULL;
	ck_assert_int_eq(backup_run(db, "/nonexistent-dir/x.db", NULL, &cause), -1);
	ck_assert_ptr_nonnull(strstr(cause, "cannot write /nonexistent-dir/x.db"));
	free(cause);
	db_close(db);
	free(main_path);
	free(exists);
	free(side);
}
END_TEST

static Suite *backup_suite(void)
{
	Suite *s = suite_create("backup");
	TCase *tc = tcase_create("backup");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_copy_while_another_connection_writes);
	tcase_add_test(tc, test_copy_while_the_same_connection_writes);
	tcase_add_test(tc, test_private_whatever_the_umask);
	tcase_add_test(tc, test_in_memory_database);
	tcase_add_test(tc, test_refusals_leave_files_alone);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return fixture_run(backup_suite());
}
