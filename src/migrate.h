/* The migration runner: forward-only SQL scripts embedded in the binary,
 * applied in order, each in its own transaction, recorded in
 * PRAGMA user_version; the database is tagged with PRAGMA application_id. */
#ifndef CASEAUDIT_MIGRATE_H
#define CASEAUDIT_MIGRATE_H

#include <sqlite3.h>

#define CASEAUDIT_APPLICATION_ID 0x43417564 /* "CAud" */

typedef struct {
	int version;       /* 1, 2, ... : the NNNN of migrations/NNNN_name.sql */
	const char *name;  /* file name */
	const char *sql;   /* its text */
} Migration;

/* The migrations in migrations/, generated at build time. */
extern const Migration migrations_builtin[];
extern const int migrations_builtin_count;

/* Bring the database up to the last of list. A database newer than list,
 * or one that belongs to another application, is refused untouched; a
 * migration that fails is rolled back whole, leaving the database as it
 * was before that migration. Returns 0, or -1 with *cause set. */
int migrate_run(sqlite3 *db, const Migration *list, int count, char **cause);

/* user_version of the database; -1 on error. */
int migrate_version(sqlite3 *db);

#endif
