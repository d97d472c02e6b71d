/* The migration runner. */
#include "migrate.h"

#include <stdlib.h>

#include "util.h"

static int pragma_int(sqlite3 *db, const char *sql, int *out)
{
	sqlite3_stmt *stmt;
	if (sqlite3_prepare_v2(db, sql, -1, &stmt, NULL) != SQLITE_OK)
		return -1;
	int rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW)
		*out = sqlite3_column_int(stmt, 0);
	sqlite3_finalize(stmt);
	return rc == SQLITE_ROW ? 0 : -1;
}

int migrate_version(sqlite3 *db)
{
	int v;
	return pragma_int(db, "PRAGMA user_version", &v) == 0 ? v : -1;
}

/* Is this database ours (or empty), and not newer than we know? */
static int check(sqlite3 *db, int latest, char **cause)
{
	int app, version, tables;
	if (pragma_int(db, "PRAGMA application_id", &app) != 0 ||
	    pragma_int(db, "PRAGMA user_version", &version) != 0 ||
	    pragma_int(db, "SELECT count(*) FROM sqlite_schema", &tables) != 0)
		return failure(cause, "cannot read the database: %s", sqlite3_errmsg(db));
	if (app != CASEAUDIT_APPLICATION_ID && (app != 0 || tables > 0))
		return failure(cause, "this is not a caseaudit database (application id %d); it was left untouched", app);
	if (version > latest)
		return failure(cause, "the database is at schema version %d but this caseaudit only knows up to version %d; "
		            "use a newer caseaudit (the database was left untouched)", version, latest);
	return 0;
}

static int apply(sqlite3 *db, const Migration *m, char **cause)
{
	char *err = NULL;
	if (sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, &err) != SQLITE_OK) {
		failure(cause, "cannot start migration %s: %s", m->name, err ? err : sqlite3_errmsg(db));
		sqlite3_free(err);
		return -1;
	}
	/* Another process may have applied it while we waited for the lock. */
	int version = migrate_version(db);
	if (version >= m->version)
		return sqlite3_exec(db, "COMMIT", NULL, NULL, NULL) == SQLITE_OK
		           ? 0
		           : failure(cause, "cannot commit migration %s: %s", m->name, sqlite3_errmsg(db));
	char *tag = xprintf("PRAGMA application_id = %d; PRAGMA user_version = %d;", CASEAUDIT_APPLICATION_ID, m->version);
	int rc = sqlite3_exec(db, m->sql, NULL, NULL, &err);
	if (rc == SQLITE_OK)
		rc = sqlite3_exec(db, tag, NULL, NULL, &err);
	if (rc == SQLITE_OK)
		rc = sqlite3_exec(db, "COMMIT", NULL, NULL, &err);
	free(tag);
	if (rc != SQLITE_OK) {
		failure(cause, "migration %s failed: %s", m->name, err ? err : sqlite3_errmsg(db));
		sqlite3_free(err);
		sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
		return -1;
	}
	return 0;
}

/* A database this run created: the entries its first migrations wrote (the
 * built-in standards and targets) were written by this process before 0013
 * added the account, so they are given it like every later entry, and the
 * chain is sealed again over them (nobody can have seen its head yet). A
 * database migrated from before 0013 keeps NULL there: nobody knows who. */
static int account_created(sqlite3 *db, char **cause)
{
	sqlite3_stmt *stmt;
	if (sqlite3_prepare_v2(db,
	                       "SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = 'history_seal_once'"
	                       " AND EXISTS (SELECT 1 FROM history WHERE account IS NULL)",
	                       -1, &stmt, NULL) != SQLITE_OK)
		return 0; /* no history table in this list of migrations */
	char *seal = NULL;
	if (sqlite3_step(stmt) == SQLITE_ROW)
		seal = xstrdup((const char *)sqlite3_column_text(stmt, 0));
	sqlite3_finalize(stmt);
	if (seal == NULL)
		return 0;
	char *script = xprintf("BEGIN IMMEDIATE; DROP TRIGGER history_seal_once;"
	                       " UPDATE history SET account = coalesce(account, caseaudit_account()),"
	                       " hash = caseaudit_chain(id, at, user, coalesce(account, caseaudit_account()),"
	                       " tbl, row_id, operation, old, new);"
	                       " %s; COMMIT",
	                       seal);
	char *err = NULL;
	int rc = sqlite3_exec(db, script, NULL, NULL, &err);
	free(script);
	free(seal);
	if (rc != SQLITE_OK) {
		failure(cause, "cannot record the account of the new database's first entries: %s",
		        err ? err : sqlite3_errmsg(db));
		sqlite3_free(err);
		sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
		return -1;
	}
	return 0;
}

int migrate_run(sqlite3 *db, const Migration *list, int count, char **cause)
{
	int latest = count > 0 ? list[count - 1].version : 0;
	if (check(db, latest, cause) != 0)
		return -1;
	int version = migrate_version(db);
	if (version < 0)
		return failure(cause, "cannot read the database's schema version: %s", sqlite3_errmsg(db));
	if (version == latest)
		return 0;
	/* Foreign keys off while migrating, so a migration may rebuild a table;
	 * checked again at the end. (The pragma is a no-op inside a transaction,
	 * which is why it is set here and not in the scripts.) */
	sqlite3_exec(db, "PRAGMA foreign_keys = OFF", NULL, NULL, NULL);
	int rc = 0;
	for (int i = 0; i < count && rc == 0; i++)
		if (list[i].version > version)
			rc = apply(db, &list[i], cause);
	if (rc == 0 && version == 0)
		rc = account_created(db, cause);
	int broken = 0;
	if (rc == 0 && pragma_int(db, "SELECT count(*) FROM pragma_foreign_key_check", &broken) == 0 && broken > 0)
		rc = failure(cause, "after migrating, %d rows break foreign keys", broken);
	sqlite3_exec(db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
	return rc;
}
