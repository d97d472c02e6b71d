/* sql: one read-only statement typed by the user, for questions the other
 * commands do not answer. This is the one place SQL text comes from a user,
 * so it is held to reading by four independent locks: an authorizer that
 * allows only reading (no writes, ATTACH, transactions, or PRAGMAs that set
 * anything), sqlite3_stmt_readonly, a refusal of any second statement, and
 * PRAGMA query_only while it runs. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "command.h"
#include "util.h"

typedef struct {
	char denied[128];  /* what the authorizer refused first, for the message */
} Guard;

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
		if (b && strcasecmp(b, "load_extension") == 0) {
			what = "load_extension()";
			break;
		}
		return SQLITE_OK;
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
		else if (g->denied[0])
			refused(g, cause);
		else
			failure(cause, "sql: %s", sqlite3_errmsg(db));
	}
	sqlite3_finalize(stmt);
	return status;
}

static int sql(App *app, const Args *a, char **cause)
{
	if (a->npos > 1)
		return failure(cause, "sql takes the statement as one quoted word, e.g. sql \"SELECT count(*) FROM audit\" "
		                      "(it came as %d words)", a->npos);
	sqlite3 *db = db_handle(app->db);
	if (db_exec(app->db, "PRAGMA query_only = ON", cause) != 0)
		return -1;
	Guard g = {{0}};
	/* The authorizer stays while the statement steps: SQLite re-prepares a
	 * statement when the schema changes, and checks it again then. */
	sqlite3_set_authorizer(db, authorize, &g);
	Sink *sink = output_sink(&app->out);
	int rc = output_sink_close(sink, query(db, a->pos[0], &g, sink, cause));
	sqlite3_set_authorizer(db, NULL, NULL);
	db_exec(app->db, "PRAGMA query_only = OFF", NULL);
	return rc;
}

static const OptionSpec no_options[] = {{NULL, 0, NULL}};

const Command cmd_sql[] = {
	{"sql", NULL, "\"SELECT-STATEMENT\"", 1, -1, NULL, no_options, 0,
	 "run one read-only SQL statement",
	 "Runs one SELECT (or WITH ... SELECT, or a PRAGMA that only reads, such as\n"
	 "PRAGMA table_info(audit)) and prints its rows in the current mode. Quote\n"
	 "the whole statement as one word, with the other kind of quote inside it.\n"
	 "Anything that would change the database is refused: INSERT, UPDATE,\n"
	 "DELETE, CREATE, ATTACH, transactions, a second statement, PRAGMAs that\n"
	 "set a value. The tables are described in schema/schema.sql; history\n"
	 "holds every change.\n\n"
	 "example: sql \"SELECT grade, count(*) FROM audit GROUP BY grade\"\n",
	 sql},
	{NULL, NULL, NULL, 0, 0, NULL, NULL, 0, NULL, NULL, NULL},
};
