/* The database wrapper. */
#include "db.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include "history_chain.h"
#include "migrate.h"
#include "util.h"

/* A statement of the wrapper's own: callers above db.c hold a Stmt and
 * never the sqlite3_stmt inside it. */
struct Stmt {
	Db *db;
	const char *sql;     /* the caller's literal: looked up by address */
	sqlite3_stmt *stmt;  /* NULL when the prepare failed */
	char *error;         /* why the prepare failed: every step reports it */
	int stepping;        /* a row was stepped and the statement not reset */
};

/* Savepoint statements prepared once per nesting depth, up to this depth. */
enum { PREPARED_SAVEPOINTS = 16 };
enum { SAVEPOINT_BEGIN, SAVEPOINT_RELEASE, SAVEPOINT_ROLLBACK };

struct Db {
	sqlite3 *sql;
	char *user;
	Stmt **cache;            /* one allocation each: callers hold them */
	int ncache, capcache;
	Stmt **failed;           /* statements whose prepare failed, freed at close */
	int nfailed;
	int depth;               /* transaction nesting */
	int whole;               /* recording changes whole: the row triggers stand aside */
	int triggers_off;        /* bulk load: triggers off until depth drops below this; 0: on */
	const char *begin_file;  /* where the outermost transaction began */
	int begin_line;
	sqlite3_stmt *savepoint[3][PREPARED_SAVEPOINTS]; /* SAVEPOINT, RELEASE, ROLLBACK TO sN */
	struct timespec busy_since; /* when the current wait for a lock began */
	int busy_cancelled;         /* that wait was cancelled (Ctrl-C) */
};

/* Set from a signal handler (Ctrl-C in the REPL): a wait for another
 * session's lock gives up at once. */
static volatile sig_atomic_t cancel_requested;

/* Milliseconds a writer waits for another session's lock: a minute covers
 * any single command at council scale. */
#define DB_BUSY_MS 60000

static void sql_user(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	(void)argc;
	(void)argv;
	Db *db = sqlite3_user_data(ctx);
	sqlite3_result_text(ctx, db->user, -1, SQLITE_STATIC);
}

void db_now(char stamp[DB_NOW_SIZE])
{
	struct timeval tv;
	gettimeofday(&tv, NULL);
	/* Every history row asks for the time: the date and time of day are
	 * worked out again only when the second changes (gmtime_r and strftime
	 * were 4% of an import). */
	static time_t last_second = -1;
	static char text[32];
	time_t secs = tv.tv_sec;
	if (secs != last_second) {
		struct tm tm;
		gmtime_r(&secs, &tm);
		strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%S", &tm);
		last_second = secs;
	}
	snprintf(stamp, DB_NOW_SIZE, "%s.%03dZ", text, (int)(tv.tv_usec / 1000));
}

static void sql_now(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	(void)argc;
	(void)argv;
	char stamp[DB_NOW_SIZE];
	db_now(stamp);
	sqlite3_result_text(ctx, stamp, -1, SQLITE_TRANSIENT);
}

/* 1 when the history triggers record each row; 0 while the repository
 * records a change whole (an audit with its answers: migrations/0005). */
static void sql_row_history(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	(void)argc;
	(void)argv;
	Db *db = sqlite3_user_data(ctx);
	sqlite3_result_int(ctx, db->whole == 0);
}

void db_cancel_clear(void)
{
	cancel_requested = 0;
}

/* The busy handler: wait in short naps for another session to finish,
 * up to DB_BUSY_MS, unless the person cancels (sqlite3_busy_timeout's
 * handler cannot be cancelled, and the change went in once the lock came
 * free). A nap is cut short by the signal itself. */
static int busy_wait(void *ctx, int count)
{
	Db *db = ctx;
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	if (count == 0) {
		db->busy_since = now;
		db->busy_cancelled = 0;
	}
	if (cancel_requested) {
		db->busy_cancelled = 1;
		return 0;
	}
	long waited = (now.tv_sec - db->busy_since.tv_sec) * 1000 + (now.tv_nsec - db->busy_since.tv_nsec) / 1000000;
	if (waited >= DB_BUSY_MS)
		return 0;
	sqlite3_sleep(count < 10 ? 1 : 20);
	return 1;
}

/* Whether to try a statement of db_open again: it met a lock that the busy
 * handler was not asked to wait for (SQLite returns SQLITE_BUSY at once
 * where waiting could deadlock, as when a reader opening a WAL database
 * meets another connection's checkpoint or recovery). Opening waits for
 * others as every command does, up to the same minute, unless Ctrl-C
 * cancelled the wait; the failed attempt's message is dropped. */
static int open_again(Db *db, int tries, char **cause)
{
	if ((sqlite3_errcode(db->sql) & 0xff) != SQLITE_BUSY || db->busy_cancelled || cancel_requested ||
	    tries >= DB_BUSY_MS / 20)
		return 0;
	if (cause) {
		free(*cause);
		*cause = NULL;
	}
	sqlite3_sleep(20);
	return 1;
}

/* The message for a failed call: a cancelled wait says so plainly. */
static const char *error_text(Db *db, const char *message)
{
	if (db->busy_cancelled)
		return "cancelled while waiting for another session to finish with the database; nothing was changed";
	return message ? message : sqlite3_errmsg(db->sql);
}

/* Create a missing database file 0600 before SQLite opens it, so children's
 * data is never readable by other users even for a moment. SQLite gives the
 * -wal and -shm files the database file's permissions. */
static int create_private(const char *path, char **cause)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0600);
	if (fd >= 0)
		return close(fd);
	if (errno == EEXIST)
		return 0;
	return failure(cause, "cannot create %s: %s", path, strerror(errno));
}

/* Every insert that fires a trigger keeps a statement journal, and every
 * savepoint (one per audit of an import) a sub-journal: the pages it
 * changes, to undo them. SQLite keeps them in memory up to 64 KiB, then in
 * a temporary file, at one write system call per page: an import of 5,000
 * audits made 800,000. Up to 512 KiB they stay in memory: an audit with
 * its answers and history changes about 40 pages, and the bound keeps a
 * huge statement from taking memory (SQLite allocates the journal in
 * chunks of this size, so bigger is not free). temp_store MEMORY would
 * keep them in memory too, but with them every sort, so memory would grow
 * with the data compliance groups. It must be set before SQLite
 * initialises: when something initialised it first, the default stays,
 * which is only slower. */
static void configure_sqlite(void)
{
	static int done;
	if (!done) {
		sqlite3_config(SQLITE_CONFIG_STMTJRNL_SPILL, 512 << 10);
		/* caseaudit has one thread: SQLite's mutexes (taken on every call
		 * and every allocation) were 6% of an import, guarding nothing. */
		sqlite3_config(SQLITE_CONFIG_SINGLETHREAD);
		done = 1;
	}
}

Db *db_open(const char *path, const char *user, char **cause)
{
	configure_sqlite();
	if (strcmp(path, ":memory:") != 0 && create_private(path, cause) != 0)
		return NULL;
	Db *db = xcalloc(1, sizeof *db);
	db->user = xstrdup(user && *user ? user : "unknown");
	/* A relative name is opened as ./NAME: this SQLite takes names that
	 * begin with "file:" as URIs, and 'file:x.db?mode=memory' would
	 * otherwise keep nothing (and file:x.db write x.db). */
	char *name = path[0] == '/' || strcmp(path, ":memory:") == 0 ? xstrdup(path) : xprintf("./%s", path);
	int opened = sqlite3_open_v2(name, &db->sql, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
	free(name);
	if (opened != SQLITE_OK) {
		failure(cause, "cannot open %s: %s", path, db->sql ? sqlite3_errmsg(db->sql) : "out of memory");
		db_close(db);
		return NULL;
	}
	sqlite3_extended_result_codes(db->sql, 1);
	/* Writers wait for each other instead of failing with "database is
	 * locked"; Ctrl-C cancels the wait. */
	sqlite3_busy_handler(db->sql, busy_wait, db);
	int flags = SQLITE_UTF8 | SQLITE_INNOCUOUS;
	sqlite3_create_function(db->sql, "caseaudit_user", 0, flags, db, sql_user, NULL, NULL);
	sqlite3_create_function(db->sql, "caseaudit_now", 0, flags, db, sql_now, NULL, NULL);
	sqlite3_create_function(db->sql, "caseaudit_row_history", 0, flags, db, sql_row_history, NULL, NULL);
	/* The history's hash chain (migrations/0013 chains what is there), and
	 * printf() held to the longest value (db_readonly.c). */
	if (history_chain_attach(db->sql, cause) != 0 || db_readonly_attach(db->sql, cause) != 0) {
		db_close(db);
		return NULL;
	}
	/* WAL: readers never block the writer; synchronous FULL: a committed
	 * audit survives a power cut, not only a crash of the program. */
	for (int tries = 0;; tries++) {
		int rc = migrate_run(db->sql, migrations_builtin, migrations_builtin_count, cause);
		if (rc == 0)
			rc = db_exec(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON",
			             cause);
		if (rc == 0)
			break;
		if (!open_again(db, tries, cause)) {
			db_close(db);
			return NULL;
		}
	}
	/* Once migrated (0003 needed writable_schema), the connection is held
	 * to SQLite's defensive settings: no writable schema or other ways to
	 * corrupt the file from SQL, and no fts3_tokenizer() (it reads and
	 * writes function pointers). The schema stays trusted outside `sql`
	 * (the history triggers call json_object, which this SQLite does not
	 * mark harmless); db_untrusted_schema turns that off for sql. Plans do
	 * not depend on bound values (QPSG): otherwise a statement comparing a
	 * parameter with a column the history's partial index names
	 * (migrations/0007) is prepared again on every new binding, defeating
	 * the statement cache; the one query that wants that index names it. */
	int on = 0;
	if (sqlite3_db_config(db->sql, SQLITE_DBCONFIG_DEFENSIVE, 1, &on) != SQLITE_OK || !on ||
	    sqlite3_db_config(db->sql, SQLITE_DBCONFIG_ENABLE_FTS3_TOKENIZER, 0, &on) != SQLITE_OK || on ||
	    sqlite3_db_config(db->sql, SQLITE_DBCONFIG_ENABLE_QPSG, 1, &on) != SQLITE_OK || !on) {
		failure(cause, "cannot switch on SQLite's defensive settings");
		db_close(db);
		return NULL;
	}
	/* The council's calendar (migrations/0011): "today" and the dates of
	 * changes are taken in the zone the database holds, not the machine's.
	 * A zone the machine cannot read would silently be UTC: refused. */
	char *zone = NULL;
	int found;
	for (int tries = 0;
	     (found = db_text(db, db_stmt(db, "SELECT value FROM setting WHERE name = 'time-zone'"), &zone, cause)) < 0 &&
	     open_again(db, tries, cause);
	     tries++)
		;
	if (found < 0 || clock_set_zone(found == 1 && zone ? zone : "Europe/London", cause) != 0) {
		free(zone);
		db_close(db);
		return NULL;
	}
	free(zone);
	return db;
}

void db_close(Db *db)
{
	if (db == NULL)
		return;
	if (db->depth > 0)
		fprintf(stderr, "caseaudit: internal error: transaction begun at %s:%d never ended\n",
		        db->begin_file, db->begin_line);
	for (int i = 0; i < db->ncache; i++) {
		sqlite3_finalize(db->cache[i]->stmt);
		free(db->cache[i]);
	}
	free(db->cache);
	for (int i = 0; i < db->nfailed; i++) {
		free(db->failed[i]->error);
		free(db->failed[i]);
	}
	free(db->failed);
	for (int kind = 0; kind < 3; kind++)
		for (int i = 0; i < PREPARED_SAVEPOINTS; i++)
			sqlite3_finalize(db->savepoint[kind][i]);
	if (db->sql) {
		history_chain_detach(db->sql);
		/* A statement left open keeps the connection (and its file) open:
		 * a bug, said where the tests see it. */
		sqlite3_stmt *open = sqlite3_next_stmt(db->sql, NULL);
		if (open)
			fprintf(stderr, "caseaudit: internal error: a statement was never finalized: %s\n", sqlite3_sql(open));
		sqlite3_close(db->sql);
	}
	free(db->user);
	free(db);
}

int db_untrusted_schema(Db *db, int untrusted)
{
	int trusted = -1;
	if (sqlite3_db_config(db->sql, SQLITE_DBCONFIG_TRUSTED_SCHEMA, untrusted ? 0 : 1, &trusted) != SQLITE_OK ||
	    trusted != !untrusted)
		return -1;
	return 0;
}

sqlite3 *db_handle(Db *db)
{
	return db->sql;
}

const char *db_user(const Db *db)
{
	return db->user;
}

static void bug(const char *what, const char *detail)
{
	fprintf(stderr, "caseaudit: internal error: %s: %s\n", what, detail);
	abort();
}

static void stmt_reset(Stmt *s)
{
	if (s->stmt)
		sqlite3_reset(s->stmt);
	s->stepping = 0;
}

Stmt *db_stmt(Db *db, const char *sql)
{
	for (int i = 0; i < db->ncache; i++)
		if (db->cache[i]->sql == sql) {
			Stmt *s = db->cache[i];
			/* Its rows are still being read (a loop over it called
			 * something that uses it again): resetting it would end the
			 * outer loop early, silently. */
			if (s->stepping)
				bug("a statement was used again while its rows were still being read", sql);
			sqlite3_reset(s->stmt);
			sqlite3_clear_bindings(s->stmt);
			return s;
		}
	Stmt *s = xcalloc(1, sizeof *s);
	s->db = db;
	s->sql = sql;
	const char *tail;
	if (sqlite3_prepare_v3(db->sql, sql, -1, SQLITE_PREPARE_PERSISTENT, &s->stmt, &tail) != SQLITE_OK) {
		/* Not cached: the next use prepares it again (the schema may be
		 * back). Binds do nothing, and each step fails with the message. */
		s->error = xprintf("%s", sqlite3_errmsg(db->sql));
		sqlite3_finalize(s->stmt);
		s->stmt = NULL;
		db->failed = xrealloc(db->failed, sizeof *db->failed * (size_t)(db->nfailed + 1));
		db->failed[db->nfailed++] = s;
		return s;
	}
	while (*tail == ' ' || *tail == '\n' || *tail == '\t' || *tail == ';')
		tail++;
	if (*tail)
		bug("surplus SQL after the statement", tail);
	if (db->ncache == db->capcache) {
		db->capcache = db->capcache ? db->capcache * 2 : 32;
		db->cache = xrealloc(db->cache, sizeof *db->cache * (size_t)db->capcache);
	}
	db->cache[db->ncache++] = s;
	return s;
}

void db_reset(Stmt *s)
{
	stmt_reset(s);
}

static int index_of(Stmt *s, const char *name)
{
	int i = sqlite3_bind_parameter_index(s->stmt, name);
	if (i == 0)
		bug("no such parameter", name);
	return i;
}

int db_has_param(Stmt *s, const char *name)
{
	return s->stmt != NULL && sqlite3_bind_parameter_index(s->stmt, name) != 0;
}

void db_bind_text(Stmt *s, const char *name, const char *value)
{
	if (s->stmt == NULL)
		return;
	int i = index_of(s, name);
	if (value == NULL)
		sqlite3_bind_null(s->stmt, i);
	else
		sqlite3_bind_text(s->stmt, i, value, -1, SQLITE_TRANSIENT);
}

void db_bind_blob(Stmt *s, const char *name, const void *value, int size)
{
	if (s->stmt)
		sqlite3_bind_blob(s->stmt, index_of(s, name), value, size, SQLITE_TRANSIENT);
}

void db_bind_int(Stmt *s, const char *name, long long value)
{
	if (s->stmt)
		sqlite3_bind_int64(s->stmt, index_of(s, name), value);
}

void db_bind_real(Stmt *s, const char *name, double value)
{
	if (s->stmt)
		sqlite3_bind_double(s->stmt, index_of(s, name), value);
}

void db_bind_null(Stmt *s, const char *name)
{
	if (s->stmt)
		sqlite3_bind_null(s->stmt, index_of(s, name));
}

static void check_position(Stmt *s, int position)
{
	if (position < 1 || position > sqlite3_bind_parameter_count(s->stmt))
		bug("no such parameter position", s->sql);
}

void db_bind_text_at(Stmt *s, int position, const char *value)
{
	if (s->stmt == NULL)
		return;
	check_position(s, position);
	if (value == NULL)
		sqlite3_bind_null(s->stmt, position);
	else
		sqlite3_bind_text(s->stmt, position, value, -1, SQLITE_TRANSIENT);
}

void db_bind_int_at(Stmt *s, int position, long long value)
{
	if (s->stmt == NULL)
		return;
	check_position(s, position);
	sqlite3_bind_int64(s->stmt, position, value);
}

long long db_column_int(Stmt *s, int i)
{
	return sqlite3_column_int64(s->stmt, i);
}

double db_column_double(Stmt *s, int i)
{
	return sqlite3_column_double(s->stmt, i);
}

const char *db_column_text(Stmt *s, int i)
{
	return (const char *)sqlite3_column_text(s->stmt, i);
}

int db_column_is_null(Stmt *s, int i)
{
	return sqlite3_column_type(s->stmt, i) == SQLITE_NULL;
}

static int step_error(Db *db, Stmt *s, char **cause)
{
	if (s->stmt == NULL)
		return failure(cause, "%s", s->error);
	failure(cause, "%s", error_text(db, NULL));
	stmt_reset(s);
	return -1;
}

int db_step_done(Db *db, Stmt *s, char **cause)
{
	int rc = s->stmt ? sqlite3_step(s->stmt) : SQLITE_ERROR;
	if (rc == SQLITE_DONE || rc == SQLITE_ROW) {
		stmt_reset(s);
		return 0;
	}
	return step_error(db, s, cause);
}

int db_step_row(Db *db, Stmt *s, char **cause)
{
	int rc = s->stmt ? sqlite3_step(s->stmt) : SQLITE_ERROR;
	if (rc == SQLITE_ROW)
		return 1;
	if (rc == SQLITE_DONE) {
		stmt_reset(s);
		return 0;
	}
	return step_error(db, s, cause);
}

int db_step_one(Db *db, Stmt *s, char **cause)
{
	int rc = db_step_row(db, s, cause);
	if (rc == 0)
		return failure(cause, "the database has no row where one must be, for: %s", sqlite3_sql(s->stmt));
	return rc == 1 ? 0 : -1;
}

int db_next(Db *db, Stmt *s, char **cause)
{
	int rc = db_step_row(db, s, cause);
	s->stepping = rc == 1;
	return rc;
}

int db_exists(Db *db, Stmt *s, char **cause)
{
	int rc = db_step_row(db, s, cause);
	if (rc == 1)
		stmt_reset(s);
	return rc;
}

int db_int(Db *db, Stmt *s, long long *value, char **cause)
{
	int rc = db_step_row(db, s, cause);
	if (rc == 1) {
		*value = sqlite3_column_int64(s->stmt, 0);
		stmt_reset(s);
	}
	return rc;
}

int db_text(Db *db, Stmt *s, char **value, char **cause)
{
	int rc = db_step_row(db, s, cause);
	if (rc == 1) {
		const char *text = (const char *)sqlite3_column_text(s->stmt, 0);
		*value = text ? xstrdup(text) : NULL;
		stmt_reset(s);
	}
	return rc;
}

/* A blob as text: its SQL literal, X'0A1B'. Bytes are not text, so every
 * mode stays valid (JSON wants UTF-8) and says what the value is. */
static char *blob_text(sqlite3_stmt *stmt, int i)
{
	const unsigned char *bytes = sqlite3_column_blob(stmt, i);
	int len = sqlite3_column_bytes(stmt, i);
	char *hex = xmalloc((size_t)len * 2 + 4);
	size_t k = 0;
	hex[k++] = 'X';
	hex[k++] = '\'';
	for (int j = 0; j < len; j++) {
		hex[k++] = "0123456789ABCDEF"[bytes[j] >> 4];
		hex[k++] = "0123456789ABCDEF"[bytes[j] & 15];
	}
	hex[k++] = '\'';
	hex[k] = '\0';
	return hex;
}

/* The current row's columns as Values; texts point into the statement,
 * or (a blob's) into owned[i], freed at the next row. */
static void row_values(sqlite3_stmt *stmt, int n, Value *v, char **owned)
{
	for (int i = 0; i < n; i++) {
		memset(&v[i], 0, sizeof v[i]);
		free(owned[i]);
		owned[i] = NULL;
		switch (sqlite3_column_type(stmt, i)) {
		case SQLITE_INTEGER:
			v[i].type = VALUE_INT;
			v[i].i = sqlite3_column_int64(stmt, i);
			break;
		case SQLITE_FLOAT:
			v[i].type = VALUE_REAL;
			v[i].r = sqlite3_column_double(stmt, i);
			v[i].decimals = -1;
			break;
		case SQLITE_NULL:
			break;
		case SQLITE_BLOB:
			v[i].type = VALUE_TEXT;
			v[i].s = owned[i] = blob_text(stmt, i);
			break;
		default:
			v[i].type = VALUE_TEXT;
			v[i].s = (char *)sqlite3_column_text(stmt, i);
			if (v[i].s == NULL)
				v[i].type = VALUE_NULL;
			break;
		}
	}
}

static int query_rows(sqlite3_stmt *stmt, Sink *sink)
{
	int n = sqlite3_column_count(stmt);
	Value *values = xcalloc((size_t)(n ? n : 1), sizeof *values);
	char **owned = xcalloc((size_t)(n ? n : 1), sizeof *owned);
	int rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW || rc == SQLITE_DONE) {
		const char **names = xcalloc((size_t)(n ? n : 1), sizeof *names);
		for (int i = 0; i < n; i++) {
			names[i] = sqlite3_column_name(stmt, i);
			if (names[i] == NULL)
				names[i] = "";
		}
		sink->header(sink, n, names);
		free(names);
		for (; rc == SQLITE_ROW; rc = sqlite3_step(stmt)) {
			row_values(stmt, n, values, owned);
			sink->row(sink, values);
		}
		if (rc == SQLITE_DONE)
			sink->end(sink);
	}
	for (int i = 0; i < n; i++)
		free(owned[i]);
	free(owned);
	free(values);
	return rc;
}

int db_query_rows(sqlite3_stmt *stmt, Sink *sink)
{
	return query_rows(stmt, sink);
}

int db_query(Db *db, Stmt *s, Sink *sink, const char *what, char **cause)
{
	if (s->stmt == NULL)
		return failure(cause, "cannot %s: %s", what, s->error);
	/* A sink that used this statement again would reset it under the
	 * loop: db_stmt catches that as a bug. */
	s->stepping = 1;
	int rc = query_rows(s->stmt, sink);
	if (rc != SQLITE_DONE)
		failure(cause, "cannot %s: %s", what, sqlite3_errmsg(db->sql));
	stmt_reset(s);
	return rc == SQLITE_DONE ? 0 : -1;
}

Table *db_query_table(Db *db, Stmt *stmt, const char *what, char **cause)
{
	TableSink ts = {{NULL, NULL, NULL}, NULL};
	return table_collected(&ts, db_query(db, stmt, table_sink(&ts), what, cause));
}

int db_exec(Db *db, const char *sql, char **cause)
{
	char *err = NULL;
	if (sqlite3_exec(db->sql, sql, NULL, NULL, &err) != SQLITE_OK) {
		failure(cause, "%s", error_text(db, err));
		sqlite3_free(err);
		return -1;
	}
	return 0;
}

/* SAVEPOINT, RELEASE or ROLLBACK TO savepoint sN. A savepoint opens and
 * closes around every change a repository function makes (every audit of
 * an import), so its statements are prepared once, like every other, not
 * parsed each time. */
static int savepoint(Db *db, int kind, int n, char **cause)
{
	static const char *const verbs[] = {"SAVEPOINT", "RELEASE", "ROLLBACK TO"};
	char sql[40];
	snprintf(sql, sizeof sql, "%s s%d", verbs[kind], n);
	if (n >= PREPARED_SAVEPOINTS)
		return db_exec(db, sql, cause);
	sqlite3_stmt **stmt = &db->savepoint[kind][n];
	if (*stmt == NULL && sqlite3_prepare_v3(db->sql, sql, -1, SQLITE_PREPARE_PERSISTENT, stmt, NULL) != SQLITE_OK)
		return failure(cause, "%s", sqlite3_errmsg(db->sql));
	if (sqlite3_step(*stmt) != SQLITE_DONE) {
		failure(cause, "%s", sqlite3_errmsg(db->sql));
		sqlite3_reset(*stmt);
		return -1;
	}
	sqlite3_reset(*stmt);
	return 0;
}

int db_begin_at(Db *db, int write, char **cause, const char *file, int line)
{
	if (db->depth == 0) {
		db->busy_cancelled = 0;
		if (db_exec(db, write ? "BEGIN IMMEDIATE" : "BEGIN", cause) != 0)
			return -1;
		db->begin_file = file;
		db->begin_line = line;
	} else if (savepoint(db, SAVEPOINT_BEGIN, db->depth, cause) != 0) {
		return -1;
	}
	db->depth++;
	return 0;
}

int db_end(Db *db, int ok, char **cause)
{
	if (db->depth <= 0)
		bug("db_end without db_begin", "transaction depth is 0");
	db->depth--;
	/* A bulk load ends with the transaction level it began in, whatever
	 * happened to its caller: no later command runs without triggers. */
	if (db->triggers_off > db->depth)
		db_triggers_on(db);
	if (db->depth == 0) {
		/* Reset cached statements so none holds the read snapshot open. */
		for (int i = 0; i < db->ncache; i++)
			stmt_reset(db->cache[i]);
		if (ok && db_exec(db, "COMMIT", cause) == 0)
			return 0;
		db_exec(db, "ROLLBACK", NULL);
		return ok ? -1 : 0;
	}
	if (!ok && savepoint(db, SAVEPOINT_ROLLBACK, db->depth, cause) != 0)
		return -1;
	return savepoint(db, SAVEPOINT_RELEASE, db->depth, cause);
}

int db_triggers_off(Db *db, char **cause)
{
	if (db->depth == 0)
		bug("db_triggers_off", "outside a transaction");
	if (db->triggers_off)
		return 0;
	int enabled = 1;
	if (sqlite3_db_config(db->sql, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, &enabled) != SQLITE_OK || enabled)
		return failure(cause, "cannot switch the triggers off for a bulk load");
	db->triggers_off = db->depth;
	return 0;
}

void db_triggers_on(Db *db)
{
	if (!db->triggers_off)
		return;
	int enabled = 0;
	if (sqlite3_db_config(db->sql, SQLITE_DBCONFIG_ENABLE_TRIGGER, 1, &enabled) != SQLITE_OK || !enabled)
		bug("db_triggers_on", "the triggers cannot be switched back on");
	db->triggers_off = 0;
}

int db_triggers_enabled(Db *db)
{
	int enabled = 0;
	sqlite3_db_config(db->sql, SQLITE_DBCONFIG_ENABLE_TRIGGER, -1, &enabled);
	return enabled;
}

void db_record_whole(Db *db, int on)
{
	if (on)
		db->whole++;
	else if (db->whole > 0)
		db->whole--;
	else
		bug("db_record_whole", "ended more often than begun");
}

int db_transaction_depth(const Db *db)
{
	return db->depth;
}

long long db_last_id(Db *db)
{
	return sqlite3_last_insert_rowid(db->sql);
}

void db_reset_all(Db *db)
{
	for (int i = 0; i < db->ncache; i++)
		stmt_reset(db->cache[i]);
	for (sqlite3_stmt *s = sqlite3_next_stmt(db->sql, NULL); s != NULL; s = sqlite3_next_stmt(db->sql, s))
		if (sqlite3_stmt_busy(s))
			sqlite3_reset(s);
}

int db_autocommit(Db *db)
{
	return sqlite3_get_autocommit(db->sql);
}

void db_interrupt(Db *db)
{
	cancel_requested = 1; /* a wait for another session's lock gives up too */
	sqlite3_interrupt(db->sql);
}

const char *db_sqlite_version(void)
{
	return sqlite3_libversion();
}

const char *db_errmsg(Db *db)
{
	return sqlite3_errmsg(db->sql);
}

int db_changes(Db *db)
{
	return sqlite3_changes(db->sql);
}
