/* Online backup with SQLite's backup API (sqlite3_backup_init/step/finish):
 * a consistent copy of the open database in a new private file. */
#include "backup.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "history_chain.h"
#include "migrate.h"
#include "safefile.h"
#include "util.h"

/* Pages copied per step: 256 KiB at the usual 4 KiB page, short enough
 * that a step never holds the source for long. */
#define BACKUP_STEP_PAGES 64
/* After this many restarts (another session wrote between two steps, so
 * the copy began again) the rest goes in one step: in WAL mode that reads
 * one snapshot without holding writers up. */
#define BACKUP_MAX_RESTARTS 3
/* How long to keep retrying a source that is busy or locked, in ms; the
 * same minute as the busy timeout of every connection (db.c). */
#define BACKUP_BUSY_MS 60000
#define BACKUP_BUSY_SLEEP_MS 5

static const char *const SIDE_FILES[] = {"-journal", "-wal", "-shm", NULL};

/* Remove a partial copy and the journal files SQLite made beside it. */
static void remove_copy(const char *path)
{
	unlink(path);
	for (const char *const *s = SIDE_FILES; *s; s++) {
		char *side = xprintf("%s%s", path, *s);
		unlink(side);
		free(side);
	}
}

/* Refuse a name already taken (a symbolic link too, dangling or not), or
 * with a journal left beside it, which SQLite would play into the copy
 * when it is opened. */
static int check_free(const char *path, char **cause)
{
	struct stat st;
	if (lstat(path, &st) == 0)
		return failure(cause, "%s already exists; backup never overwrites a file: give a new file name", path);
	for (const char *const *s = SIDE_FILES; *s; s++) {
		char *side = xprintf("%s%s", path, *s);
		int exists = lstat(side, &st) == 0;
		int rc = exists ? failure(cause, "%s already exists beside %s; remove it or choose another file name",
		                          side, path)
		                : 0;
		free(side);
		if (rc != 0)
			return -1;
	}
	return 0;
}

/* Give the finished copy its name, never replacing a file that appeared
 * there meanwhile: link() refuses an existing name; on a file system
 * without hard links, rename() after one more look. Then make the new
 * name itself durable by syncing the folder. */
static int publish(const char *partial, const char *path, char **cause)
{
	if (link(partial, path) != 0) {
		int err = errno;
		if (err == EEXIST)
			return failure(cause, "%s appeared while the backup was made; it was left alone, give a new file name",
			                path);
		struct stat st;
		if (lstat(path, &st) == 0)
			return failure(cause, "%s appeared while the backup was made; it was left alone, give a new file name",
			                path);
		if (rename(partial, path) != 0)
			return failure(cause, "cannot name the copy %s: %s", path, strerror(errno));
	} else {
		unlink(partial);
	}
	safefile_sync_folder(path);
	return 0;
}

/* Copy every page of src into dest in steps. */
static int copy_pages(sqlite3 *src, sqlite3 *dest, const char *path, const BackupOptions *o, BackupResult *r,
                      char **cause)
{
	sqlite3_backup *b = sqlite3_backup_init(dest, "main", src, "main");
	if (b == NULL)
		return failure(cause, "cannot start the backup to %s: %s", path, sqlite3_errmsg(dest));
	int rc, busy_ms = 0;
	int previous = -1;  /* pages remaining after the previous step */
	int pages = o->step_pages > 0 ? o->step_pages : BACKUP_STEP_PAGES;
	for (;;) {
		rc = sqlite3_backup_step(b, pages);
		r->steps++;
		if (rc == SQLITE_DONE)
			break;
		if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
			if (busy_ms >= BACKUP_BUSY_MS)
				break;
			sqlite3_sleep(BACKUP_BUSY_SLEEP_MS);
			busy_ms += BACKUP_BUSY_SLEEP_MS;
			continue;
		}
		if (rc != SQLITE_OK)
			break;
		int remaining = sqlite3_backup_remaining(b);
		if (previous >= 0 && remaining >= previous && ++r->restarts >= BACKUP_MAX_RESTARTS)
			pages = -1;
		previous = remaining;
		if (o->progress)
			o->progress(o->ctx, remaining, sqlite3_backup_pagecount(b));
	}
	r->pages = sqlite3_backup_pagecount(b);
	int finish = sqlite3_backup_finish(b);
	if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
		return failure(cause, "the database stayed busy for %d seconds; nothing was backed up, try again",
		               BACKUP_BUSY_MS / 1000);
	if (rc != SQLITE_DONE || finish != SQLITE_OK)
		return failure(cause, "the backup to %s failed: %s", path, sqlite3_errstr(rc != SQLITE_DONE ? rc : finish));
	return 0;
}

/* Check the finished copy: sound, and still a caseaudit database. */
static int check_copy(sqlite3 *dest, const char *path, char **cause)
{
	sqlite3_stmt *stmt;
	if (sqlite3_prepare_v2(dest, "PRAGMA quick_check", -1, &stmt, NULL) != SQLITE_OK)
		return failure(cause, "cannot check the copy %s: %s", path, sqlite3_errmsg(dest));
	int rc = sqlite3_step(stmt);
	int ok = rc == SQLITE_ROW && strcmp((const char *)sqlite3_column_text(stmt, 0), "ok") == 0;
	char *problem = ok ? NULL : xstrdup(rc == SQLITE_ROW ? (const char *)sqlite3_column_text(stmt, 0)
	                                                     : sqlite3_errmsg(dest));
	sqlite3_finalize(stmt);
	if (!ok) {
		failure(cause, "the copy %s failed its check: %s", path, problem);
		free(problem);
		return -1;
	}
	if (sqlite3_prepare_v2(dest, "PRAGMA application_id", -1, &stmt, NULL) != SQLITE_OK)
		return failure(cause, "cannot check the copy %s: %s", path, sqlite3_errmsg(dest));
	long long id = sqlite3_step(stmt) == SQLITE_ROW ? sqlite3_column_int64(stmt, 0) : 0;
	sqlite3_finalize(stmt);
	if (id != CASEAUDIT_APPLICATION_ID)
		return failure(cause, "the copy %s is not tagged as a caseaudit database", path);
	return 0;
}

int backup_run(Db *db, const char *path, BackupResult *result, char **cause)
{
	BackupOptions defaults = {0, NULL, NULL};
	return backup_run_with(db, path, &defaults, result, cause);
}

int backup_run_with(Db *db, const char *path, const BackupOptions *options, BackupResult *result, char **cause)
{
	BackupResult r = {0};
	if (path == NULL || *path == '\0')
		return failure(cause, "the backup file name is empty; give a new file name");
	if (check_free(path, cause) != 0)
		return -1;
	/* The copy is made under a name of its own and takes its real name
	 * only when it is whole and checked: a backup cut short (a crash, a
	 * full disk) never leaves a FILE that looks done. That name is new and
	 * unpredictable (made exclusively, 0600: safefile.c), so nothing
	 * planted beside FILE is written through; SQLite opens it refusing a
	 * symbolic link. */
	char *partial = safefile_temp_name(path, cause);
	if (partial == NULL)
		return -1;
	sqlite3 *dest = NULL;
	int rc = -1;
	if (sqlite3_open_v2(partial, &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW, NULL) != SQLITE_OK)
		failure(cause, "cannot open %s: %s", partial, dest ? sqlite3_errmsg(dest) : "out of memory");
	else if (copy_pages(db_handle(db), dest, path, options, &r, cause) == 0 && check_copy(dest, path, cause) == 0 &&
	         history_chain_head(dest, &r.history_entries, r.history_head, cause) == 0)
		rc = 0; /* the head is the copy's own: what it can be checked against later */
	if (sqlite3_close(dest) != SQLITE_OK && rc == 0)
		rc = failure(cause, "cannot close %s: %s", partial, sqlite3_errmsg(dest));
	struct stat st;
	if (rc == 0 && stat(partial, &st) == 0)
		r.bytes = (long long)st.st_size;
	if (rc == 0)
		rc = publish(partial, path, cause);
	if (rc != 0)
		remove_copy(partial);
	free(partial);
	if (rc != 0)
		return -1;
	if (result)
		*result = r;
	return 0;
}
