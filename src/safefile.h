/* Writing the files caseaudit makes (.output, report html, backup, the
 * REPL history) the one safe way: into a new private temporary file with an
 * unpredictable name beside the target, every write, flush, sync and close
 * checked, and renamed into place only when whole; never through a
 * symbolic link. A failure leaves nothing under the target's name. */
#ifndef CASEAUDIT_SAFEFILE_H
#define CASEAUDIT_SAFEFILE_H

#include <stdio.h>

typedef struct SafeFile SafeFile;

/* Begin writing path: refuses a path that is a symbolic link or anything
 * but a regular file; creates PATH's folder/.NAME.XXXXXX exclusively, 0600.
 * NULL with *cause on failure. */
SafeFile *safefile_open(const char *path, char **cause);
/* The stream to write to (checked by safefile_commit). */
FILE *safefile_stream(SafeFile *f);
const char *safefile_path(const SafeFile *f);
/* Whether a write to the stream has failed so far; *err its errno. */
int safefile_failed(SafeFile *f, int *err);
/* Flush, sync and close the temporary file, then give it the target's
 * name (replacing a regular file there, never a symbolic link) and sync
 * the folder. On any failure the temporary file is removed and the target
 * left as it was: -1 with *cause. Frees f either way. */
int safefile_commit(SafeFile *f, char **cause);
/* Give up: close and remove the temporary file. Frees f. */
void safefile_abort(SafeFile *f);

/* For files another library writes by name (SQLite, for backup): create
 * an empty private file with an unpredictable name beside path, for the
 * caller to fill and then publish. Returns the malloc'd name (a relative
 * path is given as ./NAME), or NULL with *cause. */
char *safefile_temp_name(const char *path, char **cause);
/* Refuse a target that is a symbolic link (dangling or not) or exists and
 * is not a regular file: -1 with *cause naming it. */
int safefile_check_target(const char *path, char **cause);
/* Sync the folder holding path, so a rename into it survives a power cut. */
void safefile_sync_folder(const char *path);

/* An existing empty database file readable by others (made by touch under
 * a lax umask) is made 0600 before anything is written in it: 1 when its
 * permissions were changed, 0 when nothing needed doing, -1 with *cause
 * when they cannot be changed. */
int safefile_private_if_empty(const char *path, char **cause);

#endif
