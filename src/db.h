/* The database wrapper: opening (permissions, pragmas, migrations), cached
 * prepared statements with named binds, and nested transactions.
 * Never prints, never exits: failures come back as -1 and a cause. */
#ifndef CASEAUDIT_DB_H
#define CASEAUDIT_DB_H

#include <sqlite3.h>

#include "table.h"

typedef struct Db Db;

/* Open (creating 0600 when missing) and migrate the database at path.
 * user names who is making changes: the history records it. On failure
 * returns NULL with *cause set. */
Db *db_open(const char *path, const char *user, char **cause);
void db_close(Db *db);
sqlite3 *db_handle(Db *db);
const char *db_user(const Db *db);

/* A prepared statement for sql, cached for the life of the connection and
 * reset with its bindings cleared: call it with a string literal, bind,
 * step, and leave it (the next db_stmt of the same SQL resets it). SQL with
 * text after its first statement is a bug and aborts. */
sqlite3_stmt *db_stmt(Db *db, const char *sql);
/* Reset a cached statement now (to release read locks early). */
void db_reset(sqlite3_stmt *stmt);

/* Named binds (":name"). An unknown name is a bug and aborts. */
void db_bind_text(sqlite3_stmt *stmt, const char *name, const char *value); /* NULL binds null */
void db_bind_int(sqlite3_stmt *stmt, const char *name, long long value);
void db_bind_real(sqlite3_stmt *stmt, const char *name, double value);
void db_bind_null(sqlite3_stmt *stmt, const char *name);

/* Step a statement that returns no rows. 0, or -1 with *cause set from
 * SQLite's message (constraint and trigger messages pass through). */
int db_step_done(Db *db, sqlite3_stmt *stmt, char **cause);
/* Step once: 1 for a row, 0 for done, -1 for an error (with *cause). */
int db_step_row(Db *db, sqlite3_stmt *stmt, char **cause);

/* The query helper: step a bound statement to its end into sink (header,
 * each row as it is stepped, end), so a list costs one row of memory
 * whatever its length. 0, or -1 with *cause "cannot WHAT: SQLite's
 * message" (what: "list teams"). The statement is reset either way. */
int db_query(Db *db, sqlite3_stmt *stmt, Sink *sink, const char *what, char **cause);
/* The same into a Table, for what is needed whole (a show); NULL on failure. */
Table *db_query_table(Db *db, sqlite3_stmt *stmt, const char *what, char **cause);
/* The same for a statement that is not cached (sql): SQLITE_DONE, or the
 * result code of the step that failed. */
int db_query_rows(sqlite3_stmt *stmt, Sink *sink);

/* Run SQL without parameters (fixed statements, scripts). */
int db_exec(Db *db, const char *sql, char **cause);

/* Transactions nest: the outermost begins (IMMEDIATE when write is set, so
 * a writer waits for the lock instead of failing later), inner ones are
 * savepoints. db_end commits when ok, else rolls back that level only.
 * Begin and end must pair; the file and line of an unclosed begin are kept
 * for the message when one leaks. */
#define db_begin(db, write, cause) db_begin_at((db), (write), (cause), __FILE__, __LINE__)
int db_begin_at(Db *db, int write, char **cause, const char *file, int line);
int db_end(Db *db, int ok, char **cause);
int db_transaction_depth(const Db *db);

/* Recording a change whole: between db_record_whole(db, 1) and
 * db_record_whole(db, 0), inside a transaction, the history triggers of
 * audit and answer inserts and audit updates stand aside
 * (caseaudit_row_history() returns 0) and the caller writes one history
 * row for the whole change itself (migrations/0005). */
void db_record_whole(Db *db, int on);

/* Bulk loading (import audits): switch the connection's triggers off, so
 * that rows go in without a trigger program run for each. Only inside a
 * transaction; they come back on with db_triggers_on or, at the latest,
 * when the transaction level it was called in ends, committed or not. The
 * caller must then do what the triggers would: write the history (as
 * db_record_whole callers do) and keep submitted audits frozen. */
int db_triggers_off(Db *db, char **cause);
void db_triggers_on(Db *db);
/* 1 when the connection's triggers are on (for tests). */
int db_triggers_enabled(Db *db);

/* The last inserted rowid and the number of rows the last statement changed. */
long long db_last_id(Db *db);
int db_changes(Db *db);

#endif
