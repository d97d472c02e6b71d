/* The one statement a person types (sql): the one place SQL text comes
 * from a user, so it is held to reading by independent locks: an authorizer that allows
 * only reading (no writes, ATTACH, transactions, or PRAGMAs that set
 * anything) and only the functions on a list, sqlite3_stmt_readonly, a
 * refusal of any second statement, PRAGMA query_only while it runs, and the
 * connection's defensive settings (db.c: no writable schema, no
 * fts3_tokenizer(), no untrusted functions in the schema). A time limit
 * and a size limit keep one statement from holding the session. Part of
 * the database layer, so that no code above it calls SQLite; the messages
 * name the sql command, the one caller. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "db.h"
#include "util.h"

/* A statement running longer is stopped (a recursive WITH that never ends):
 * a real question at council scale takes well under a second. */
#define SQL_TIME_LIMIT_MS 10000
long sql_time_limit_ms = SQL_TIME_LIMIT_MS;
/* Longest string or blob a statement may make (zeroblob(1e9), a runaway
 * group_concat): far more than any answer, far less than memory. */
#define SQL_MAX_LENGTH (16 * 1024 * 1024)

typedef struct {
	char denied[128];  /* what the authorizer refused first, for the message */
	long long deadline;  /* CPU ns (cpu_ns): when the statement is stopped */
	int timed_out;
} Guard;

/* The functions a statement may call: SQLite's own that compute from their
 * arguments (core, date and time, JSON, aggregate, window and math). Any
 * other (load_extension, fts3_tokenizer, sqlite_*, caseaudit's own, a
 * function added by a later SQLite) is refused until added here. */
static const char *const functions_allowed[] = {
	/* core */
	"abs", "changes", "char", "coalesce", "concat", "concat_ws", "format", "glob", "hex", "ifnull",
	"iif", "instr", "last_insert_rowid", "length", "like", "likelihood", "likely", "lower", "ltrim",
	"max", "min", "nullif", "octet_length", "printf", "quote", "random", "randomblob", "replace",
	"round", "rtrim", "sign", "soundex", "sqlite_version", "substr", "substring", "total_changes",
	"trim", "typeof", "unhex", "unicode", "unistr", "unlikely", "upper", "zeroblob",
	/* date and time */
	"date", "time", "datetime", "julianday", "unixepoch", "strftime", "timediff",
	/* aggregate */
	"avg", "count", "group_concat", "string_agg", "sum", "total", "median", "percentile",
	"percentile_cont", "percentile_disc",
	/* window */
	"row_number", "rank", "dense_rank", "percent_rank", "cume_dist", "ntile", "lag", "lead",
	"first_value", "last_value", "nth_value",
	/* JSON */
	"json", "jsonb", "json_array", "json_array_length", "json_extract", "json_insert", "json_object",
	"json_patch", "json_remove", "json_replace", "json_set", "json_type", "json_valid", "json_quote",
	"json_group_array", "json_group_object", "json_each", "json_tree", "json_error_position",
	"json_pretty",
	/* math */
	"acos", "acosh", "asin", "asinh", "atan", "atan2", "atanh", "ceil", "ceiling", "cos", "cosh",
	"degrees", "exp", "floor", "ln", "log", "log10", "log2", "mod", "pi", "pow", "power", "radians",
	"sin", "sinh", "sqrt", "tan", "tanh", "trunc",
	NULL};

/* printf() and format(), held to the longest value. SQLite 3.40's printf
 * makes a %c with a precision one character at a time inside one call,
 * where neither the time limit (the progress handler runs between steps)
 * nor the length limit (checked as the text grows, not by the loop) stops
 * it: printf('%.*c', 1000000000, 'x') spent 6.5 s of CPU. Widths and
 * precisions adding up to more than the longest value a statement may
 * make cannot give a value anyway: they are refused before the call (the
 * sum, as sixty conversions of 16 MiB each ran 7.4 s). Every other call goes to
 * SQLite's own printf, on a private in-memory connection holding nothing,
 * so the result is SQLite's to the byte. */
#define PRINTF_MAX_ARGS 127 /* SQLite's SQLITE_MAX_FUNCTION_ARG as Debian builds it */

typedef struct {
	sqlite3 *plain;                          /* opened on the first call */
	sqlite3_stmt *call[PRINTF_MAX_ARGS + 1]; /* SELECT printf(?1, ..., ?n), by n */
} Printf;

/* SQLite's reading of a format (printf.c, sqlite3_str_vappendf, with its
 * arguments from SQL): flags, a width (digits or *), a precision (. then
 * digits or *), l or ll, then the conversion. Each * takes the next
 * argument as an integer, each conversion but %% and %n one argument; an
 * unknown conversion ends the format. The sum of every width and
 * precision (digits saturate rather than wrap, so a long run of them is
 * large): many conversions each under the limit cost as much as one over
 * it, and a width or a %c's precision adds that many bytes, so a sum over
 * the longest value refuses only calls that could not give one. */
static long long printf_widths(const char *f, int argc, sqlite3_value **argv)
{
	long long sum = 0;
	int next = 1; /* argv[0] is the format */
	for (const char *p = f; *p; p++) {
		if (*p != '%')
			continue;
		if (*++p == '\0')
			break;
		p += strspn(p, "-+ #!0,");
		for (int part = 0; part < 2; part++) { /* the width, then the precision */
			if (part == 1) {
				if (*p != '.')
					break;
				p++;
			}
			long long n = 0;
			if (*p == '*') {
				n = next < argc ? sqlite3_value_int64(argv[next]) : 0;
				next += next < argc;
				n = n < 0 ? (n < -LLONG_MAX ? LLONG_MAX : -n) : n;
				p++;
			} else {
				for (; *p >= '0' && *p <= '9'; p++)
					n = n > LLONG_MAX / 10 - 10 ? LLONG_MAX / 10 : n * 10 + (*p - '0');
			}
			sum = n > LLONG_MAX - sum ? LLONG_MAX : sum + n;
		}
		p += *p == 'l';
		p += *p == 'l';
		if (*p == '\0' || strchr("dsgzqQwcouxXfeEGipr%n", *p) == NULL)
			break;
		if (*p != '%' && *p != 'n' && next < argc)
			next++;
	}
	return sum;
}

static void guarded_printf(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	Printf *pf = sqlite3_user_data(ctx);
	sqlite3 *db = sqlite3_context_db_handle(ctx);
	int longest = sqlite3_limit(db, SQLITE_LIMIT_LENGTH, -1);
	const char *format = argc > 0 ? (const char *)sqlite3_value_text(argv[0]) : NULL;
	long long widths = format ? printf_widths(format, argc, argv) : 0;
	if (widths > longest) {
		char *message = xprintf("printf() or format(): its widths and precisions add up to %lld, more than the "
		                        "longest value a statement may make (%d bytes)", widths, longest);
		sqlite3_result_error(ctx, message, -1);
		free(message);
		return;
	}
	if (argc > PRINTF_MAX_ARGS) {
		sqlite3_result_error(ctx, "printf(): too many arguments", -1);
		return;
	}
	if (pf->plain == NULL && sqlite3_open_v2(":memory:", &pf->plain, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
	                                         NULL) != SQLITE_OK) {
		sqlite3_close(pf->plain);
		pf->plain = NULL;
		sqlite3_result_error_nomem(ctx);
		return;
	}
	sqlite3_limit(pf->plain, SQLITE_LIMIT_LENGTH, longest);
	if (pf->call[argc] == NULL) {
		Buf sql = {0};
		buf_puts(&sql, "SELECT printf(");
		for (int i = 1; i <= argc; i++)
			buf_printf(&sql, "%s?%d", i > 1 ? ", " : "", i);
		buf_puts(&sql, ")");
		int prepared = sqlite3_prepare_v2(pf->plain, sql.s, -1, &pf->call[argc], NULL);
		buf_free(&sql);
		if (prepared != SQLITE_OK) {
			sqlite3_result_error(ctx, sqlite3_errmsg(pf->plain), -1);
			return;
		}
	}
	sqlite3_stmt *call = pf->call[argc];
	int rc = SQLITE_OK;
	for (int i = 0; i < argc && rc == SQLITE_OK; i++)
		rc = sqlite3_bind_value(call, i + 1, argv[i]);
	if (rc == SQLITE_OK)
		rc = sqlite3_step(call);
	/* SQLite's printf gives NULL for a result too long, as here. */
	if (rc == SQLITE_ROW)
		sqlite3_result_value(ctx, sqlite3_column_value(call, 0));
	else if (rc == SQLITE_NOMEM)
		sqlite3_result_error_nomem(ctx);
	else
		sqlite3_result_error(ctx, sqlite3_errmsg(pf->plain), -1);
	sqlite3_reset(call);
	sqlite3_clear_bindings(call);
}

static void printf_free(void *p)
{
	Printf *pf = p;
	for (int i = 0; i <= PRINTF_MAX_ARGS; i++)
		sqlite3_finalize(pf->call[i]);
	sqlite3_close(pf->plain);
	free(pf);
}

int db_readonly_attach(sqlite3 *sql, char **cause)
{
	Printf *pf = xcalloc(1, sizeof *pf);
	int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
	/* One Printf for the two names, freed with the second (when the
	 * connection closes; SQLite frees it itself if adding it fails). */
	if (sqlite3_create_function_v2(sql, "printf", -1, flags, pf, guarded_printf, NULL, NULL, NULL) != SQLITE_OK) {
		free(pf);
		return failure(cause, "cannot add the guarded printf(): %s", sqlite3_errmsg(sql));
	}
	if (sqlite3_create_function_v2(sql, "format", -1, flags, pf, guarded_printf, NULL, NULL, printf_free) !=
	    SQLITE_OK) {
		char *why = xstrdup(sqlite3_errmsg(sql));
		sqlite3_create_function_v2(sql, "printf", -1, flags, NULL, NULL, NULL, NULL, NULL);
		failure(cause, "cannot add the guarded format(): %s", why);
		free(why);
		return -1;
	}
	return 0;
}

/* The process's CPU time: a runaway statement spends it without pause,
 * while a busy machine (other processes, a sanitizer build's tests in
 * parallel) does not make an honest one look slow. */
static long long cpu_ns(void)
{
	struct timespec now;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
	return (long long)now.tv_sec * 1000000000 + now.tv_nsec;
}

/* SQLite calls this every few thousand steps: non-zero stops the statement. */
static int progress(void *ctx)
{
	Guard *g = ctx;
	if (cpu_ns() < g->deadline)
		return 0;
	g->timed_out = 1;
	return 1;
}

static int in_names(const char *name, const char *const *names)
{
	for (; *names; names++)
		if (strcasecmp(name, *names) == 0)
			return 1;
	return 0;
}

static int is_schema_table(const char *name)
{
	return name && (strcmp(name, "sqlite_master") == 0 || strcmp(name, "sqlite_temp_master") == 0 ||
	                strcmp(name, "sqlite_schema") == 0 || strcmp(name, "sqlite_temp_schema") == 0);
}

/* PRAGMAs that only read. The first list may name an object (table_info(audit));
 * the second only reads a setting, and given a value would change it. */
static const char *const pragmas_with_argument[] = {
	"table_info", "table_xinfo", "table_list", "index_list", "index_info", "index_xinfo",
	"foreign_key_list", "foreign_key_check", "integrity_check", "quick_check", "collation_list",
	"function_list", "pragma_list", "module_list", "database_list", "compile_options", NULL};
static const char *const pragmas_reading[] = {
	"user_version", "application_id", "schema_version", "page_count", "page_size", "freelist_count",
	"encoding", "foreign_keys", NULL};

static int authorize(void *ctx, int action, const char *a, const char *b, const char *db, const char *trigger)
{
	(void)db;
	(void)trigger;
	Guard *g = ctx;
	const char *what = NULL;
	switch (action) {
	case SQLITE_SELECT:
	case SQLITE_READ:
	case SQLITE_RECURSIVE:
		return SQLITE_OK;
	case SQLITE_FUNCTION:
		if (b && in_names(b, functions_allowed))
			return SQLITE_OK;
		if (g->denied[0] == '\0')
			snprintf(g->denied, sizeof g->denied, "the function %.60s()", b ? b : "?");
		return SQLITE_DENY;
	case SQLITE_PRAGMA:
		if (in_names(a, pragmas_with_argument) || (b == NULL && in_names(a, pragmas_reading)))
			return SQLITE_OK;
		if (g->denied[0] == '\0')
			snprintf(g->denied, sizeof g->denied, "PRAGMA %s%s%.60s", a, b ? " = " : "", b ? b : "");
		return SQLITE_DENY;
	case SQLITE_UPDATE:
		/* A table-valued PRAGMA (SELECT ... FROM pragma_table_info('audit'))
		 * makes SQLite check the schema table's columns with this code
		 * while it reads them. A real UPDATE of the schema table would
		 * still be refused: writable_schema cannot be set here, and the
		 * statement would not be read-only. */
		if (is_schema_table(a))
			return SQLITE_OK;
		what = "UPDATE";
		break;
	case SQLITE_INSERT:
	case SQLITE_DELETE:
		/* CREATE, DROP and ANALYZE first show as writes to the schema. */
		what = is_schema_table(a) ? "changing the schema" : action == SQLITE_INSERT ? "INSERT" : "DELETE";
		break;
	case SQLITE_ATTACH: what = "ATTACH"; break;
	case SQLITE_DETACH: what = "DETACH"; break;
	case SQLITE_TRANSACTION: what = "BEGIN, COMMIT or ROLLBACK"; break;
	case SQLITE_SAVEPOINT: what = "SAVEPOINT"; break;
	case SQLITE_ANALYZE: what = "ANALYZE"; break;
	case SQLITE_REINDEX: what = "REINDEX"; break;
	case SQLITE_ALTER_TABLE: what = "ALTER TABLE"; break;
	default: what = "changing the schema"; break;
	}
	if (g->denied[0] == '\0')
		snprintf(g->denied, sizeof g->denied, "%s", what);
	return SQLITE_DENY;
}

/* Whether text holds nothing but blanks, semicolons and comments. */
static int only_comments(sqlite3 *db, const char *text)
{
	while (*text == ' ' || *text == '\t' || *text == '\n' || *text == '\r' || *text == ';')
		text++;
	if (*text == '\0')
		return 1;
	sqlite3_stmt *next = NULL;
	const char *tail;
	int rc = sqlite3_prepare_v2(db, text, -1, &next, &tail);
	int empty = rc == SQLITE_OK && next == NULL;
	sqlite3_finalize(next);
	return empty;
}

static int refused(const Guard *g, char **cause)
{
	return failure(cause, "sql runs one read-only statement (SELECT, WITH ... SELECT, or a PRAGMA that "
	                      "reads); %s is not allowed", g->denied);
}

/* Prepare and run the statement with the guard in place, printing its rows
 * as they are stepped: a result of any length costs one row of memory. */
/* The output's sink, wrapped so that the time rows take to print (a million
 * of them to a terminal, a slow pipe) is not counted against the statement:
 * the limit is on SQLite's own running. */
typedef struct {
	Sink sink;
	Sink *real;
	Guard *g;
} TimedSink;

static void timed_header(Sink *sink, int ncol, const char *const *names)
{
	TimedSink *t = (TimedSink *)sink;
	long long start = cpu_ns();
	t->real->header(t->real, ncol, names);
	t->g->deadline += cpu_ns() - start;
}

static void timed_row(Sink *sink, const Value *values)
{
	TimedSink *t = (TimedSink *)sink;
	long long start = cpu_ns();
	t->real->row(t->real, values);
	t->g->deadline += cpu_ns() - start;
}

static void timed_end(Sink *sink)
{
	TimedSink *t = (TimedSink *)sink;
	t->real->end(t->real);
}

static int query(sqlite3 *db, const char *text, Guard *g, Sink *sink, char **cause)
{
	sqlite3_stmt *stmt = NULL;
	const char *tail = NULL;
	int rc = sqlite3_prepare_v2(db, text, -1, &stmt, &tail);
	if (rc != SQLITE_OK) {
		if (g->denied[0])
			refused(g, cause);
		else
			failure(cause, "sql: %s", sqlite3_errmsg(db));
		return -1;
	}
	if (stmt == NULL)
		return failure(cause, "sql: the statement is empty; give a SELECT statement");
	int status = -1;
	if (!only_comments(db, tail)) {
		failure(cause, "sql runs one statement only; remove what follows the first ';'");
	} else if (!sqlite3_stmt_readonly(stmt)) {
		failure(cause, "sql runs read-only statements only; use the other commands to change data");
	} else {
		rc = db_query_rows(stmt, sink);
		if (rc == SQLITE_DONE)
			status = 0;
		else if (g->timed_out)
			failure(cause, "sql: the statement ran for more than %ld seconds and was stopped; narrow it with "
			        "WHERE or LIMIT, or check that a recursive WITH ends", sql_time_limit_ms / 1000);
		else if (g->denied[0])
			refused(g, cause);
		else
			failure(cause, "sql: %s", sqlite3_errmsg(db));
	}
	sqlite3_finalize(stmt);
	return status;
}

int db_readonly_query(Db *d, const char *text, Sink *sink, char **cause)
{
	sqlite3 *db = db_handle(d);
	if (db_exec(d, "PRAGMA query_only = ON", cause) != 0)
		return -1;
	if (db_untrusted_schema(d, 1) != 0) {
		db_exec(d, "PRAGMA query_only = OFF", NULL);
		return failure(cause, "sql: cannot switch SQLite's trusted_schema off");
	}
	Guard g;
	memset(&g, 0, sizeof g);
	g.deadline = cpu_ns() + (long long)sql_time_limit_ms * 1000000;
	/* The authorizer stays while the statement steps: SQLite re-prepares a
	 * statement when the schema changes, and checks it again then. */
	sqlite3_set_authorizer(db, authorize, &g);
	sqlite3_progress_handler(db, 10000, progress, &g);
	int length = sqlite3_limit(db, SQLITE_LIMIT_LENGTH, SQL_MAX_LENGTH);
	TimedSink timed = {{timed_header, timed_row, timed_end}, sink, &g};
	int rc = query(db, text, &g, &timed.sink, cause);
	sqlite3_limit(db, SQLITE_LIMIT_LENGTH, length);
	sqlite3_progress_handler(db, 0, NULL, NULL);
	sqlite3_set_authorizer(db, NULL, NULL);
	db_untrusted_schema(d, 0);
	db_exec(d, "PRAGMA query_only = OFF", NULL);
	return rc;
}
