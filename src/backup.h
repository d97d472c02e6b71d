/* Online backup: a consistent copy of the open database in a new file,
 * made with SQLite's backup API while other sessions go on writing.
 * Never prints, never exits. */
#ifndef CASEAUDIT_BACKUP_H
#define CASEAUDIT_BACKUP_H

#include "db.h"

/* What a backup did, for the command to report. */
typedef struct {
	long long pages;     /* pages in the copy */
	long long bytes;     /* size of the copy */
	int steps;           /* backup steps taken */
	int restarts;        /* times a write by another session made it start over */
	long long history_entries;  /* the copy's history: entries, and the head's hash in hex */
	char history_head[65];
} BackupResult;

/* Copy db to a new file at path, created 0600; an existing file (or
 * anything else at path) is refused and left alone. The copy is taken in
 * steps of a few pages so that other sessions can write in between; when
 * their writes keep making it start over, the rest is copied in one step
 * under one read snapshot, which in WAL mode still lets them write. The
 * copy is made as path.partial-PID, checked (PRAGMA quick_check), and only
 * then named path, so an interrupted backup never leaves a path that
 * looks complete. On failure the partial copy is removed and -1 returned
 * with *cause; result may be NULL. */
int backup_run(Db *db, const char *path, BackupResult *result, char **cause);

/* How backup_run copies; zero fields take the defaults. */
typedef struct {
	int step_pages;  /* pages per step (default 64) */
	/* Called after each step that did not finish the copy, with the pages
	 * still to copy and the pages in all: for a progress display (and for
	 * tests, which write between steps). */
	void (*progress)(void *ctx, int remaining, int pagecount);
	void *ctx;
} BackupOptions;
int backup_run_with(Db *db, const char *path, const BackupOptions *options, BackupResult *result, char **cause);

#endif
