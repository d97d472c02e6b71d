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
/* The time of a change as caseaudit_now() gives it to SQL (UTC,
 * YYYY-MM-DDTHH:MM:SS.mmmZ): for code that writes a row's time itself. */
enum { DB_NOW_SIZE = 40 };
void db_now(char stamp[DB_NOW_SIZE]);

/* A prepared statement of the wrapper's own (Fossil's Stmt): callers bind,
 * step and read columns through the functions below, never sqlite3_*. */
typedef struct Stmt Stmt;

/* A prepared statement for sql, cached for the life of the connection and
 * reset with its bindings cleared: call it with a string literal, bind,
 * step, and read. Asking for a statement whose rows are still being read
 * (the body of a db_next loop over it, or db_query's sink, using it again)
 * is a bug and aborts: resetting it would silently end the outer loop. When the prepare fails, the Stmt comes
 * back all the same and its first step fails with SQLite's message (so
 * callers check one status, not two). SQL with text after its first
 * statement is a bug and aborts. */
Stmt *db_stmt(Db *db, const char *sql);
/* Reset a statement now (a loop ending early; to release read locks). */
void db_reset(Stmt *stmt);

/* Named binds (":name"). An unknown name is a bug and aborts. */
/* Whether the statement has the named parameter (for a helper that binds
 * the parameters a family of statements may use). */
int db_has_param(Stmt *stmt, const char *name);
void db_bind_text(Stmt *stmt, const char *name, const char *value); /* NULL binds null */
void db_bind_int(Stmt *stmt, const char *name, long long value);
void db_bind_blob(Stmt *stmt, const char *name, const void *value, int size);
void db_bind_real(Stmt *stmt, const char *name, double value);
void db_bind_null(Stmt *stmt, const char *name);
/* Positional binds (?1, ?2, ...), for statements built with a run of
 * parameters; a position out of range is a bug and aborts. */
void db_bind_text_at(Stmt *stmt, int position, const char *value);
void db_bind_int_at(Stmt *stmt, int position, long long value);

/* The current row's columns (after db_step_row returned 1). */
long long db_column_int(Stmt *stmt, int column);
double db_column_double(Stmt *stmt, int column);
const char *db_column_text(Stmt *stmt, int column); /* NULL for null */
int db_column_is_null(Stmt *stmt, int column);

/* Step a statement that returns no rows. 0, or -1 with *cause set from
 * SQLite's message (constraint and trigger messages pass through). */
int db_step_done(Db *db, Stmt *stmt, char **cause);
/* Step once, for a look-up: 1 for a row, 0 for done (reset), -1 for an
 * error (with *cause). A row read is left; the next db_stmt resets it. */
int db_step_row(Db *db, Stmt *stmt, char **cause);
/* The same in a loop over rows: while it returns 1 the statement counts as
 * being read, and asking for it again (from the loop's body) is a bug.
 * A loop that stops before the end calls db_reset. */
int db_next(Db *db, Stmt *stmt, char **cause);
/* Step a statement that always yields a row (an aggregate, the row of an
 * id just found): 0 with the row ready (as db_step_row leaves it), or -1
 * with a cause: SQLite's message, or that the row was not there, never
 * -1 alone. */
int db_step_one(Db *db, Stmt *stmt, char **cause);

/* Look-ups that tell "not found" from a database error: step once, read
 * the first column, reset. 1 found, 0 not found, -1 an error with *cause. */
int db_exists(Db *db, Stmt *stmt, char **cause);
int db_int(Db *db, Stmt *stmt, long long *value, char **cause);
int db_text(Db *db, Stmt *stmt, char **value, char **cause); /* *value malloc'd; NULL for null */

/* The query helper: step a bound statement to its end into sink (header,
 * each row as it is stepped, end), so a list costs one row of memory
 * whatever its length. 0, or -1 with *cause "cannot WHAT: SQLite's
 * message" (what: "list teams"). The statement is reset either way. */
int db_query(Db *db, Stmt *stmt, Sink *sink, const char *what, char **cause);
/* The same into a Table, for what is needed whole (a show); NULL on failure. */
Table *db_query_table(Db *db, Stmt *stmt, const char *what, char **cause);
/* The same for a statement that is not cached (sql): SQLITE_DONE, or the
 * result code of the step that failed. */
int db_query_rows(sqlite3_stmt *stmt, Sink *sink);

/* Run one read-only statement a person typed (sql) into sink: anything
 * that could change the database, a second statement, an empty one, are
 * refused with a message. 0, or -1 with *cause. (db_readonly.c) */
int db_readonly_query(Db *db, const char *text, Sink *sink, char **cause);
/* Put printf() and format() behind a guard (db_open does): widths and
 * precisions adding up to more than the connection's longest value are
 * refused before SQLite's own printf runs. 0, or -1 with *cause. */
int db_readonly_attach(sqlite3 *sql, char **cause);
/* sql's time limit in milliseconds (tests and the fuzzer shorten it). */
extern long sql_time_limit_ms;

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

/* Reset every statement (after an interrupted command). */
void db_reset_all(Db *db);
/* 1 when no transaction is open (a script's BEGIN included). */
int db_autocommit(Db *db);
/* Stop the running statement at its next step, and any wait for a lock
 * (from a signal handler). */
void db_interrupt(Db *db);
const char *db_sqlite_version(void);
/* SQLite's message for the connection's last failure. */
const char *db_errmsg(Db *db);

/* The last inserted rowid and the number of rows the last statement changed. */
long long db_last_id(Db *db);
int db_changes(Db *db);

/* untrusted 1: functions in the schema (views, triggers) must be marked
 * harmless, as for a statement a person typed (sql); 0: back to trusting
 * caseaudit's own schema. 0, or -1 when SQLite refuses. */
int db_untrusted_schema(Db *db, int untrusted);

/* db_interrupt also cancels any wait for another session's lock, until
 * this is called (before each command): a cancelled wait fails its
 * command with a message saying so. */
void db_cancel_clear(void);

#endif
