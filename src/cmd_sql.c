/* sql: one read-only statement typed by the user, for questions the other
 * commands do not answer. This is the one place SQL text comes from a user;
 * db_readonly_query (db_readonly.c) holds it to reading. */
#include "command.h"
#include "util.h"

static int sql(App *app, const Args *a, char **cause)
{
	Sink *sink = output_sink(&app->out);
	return output_sink_close(sink, db_readonly_query(app->db, a->pos[0], sink, cause));
}

static const Arg sql_args[] = {ARG_POS("SELECT-STATEMENT", KIND_TEXT), ARGS_END};

const Command cmd_sql[] = {
	{"sql", NULL, sql_args, CMD_REST,
	 "run one read-only SQL statement",
	 "Runs one SELECT (or WITH ... SELECT, or a PRAGMA that only reads, such as\n"
	 "PRAGMA table_info(audit)) and prints its rows in the current mode. The\n"
	 "statement is the rest of the line exactly as typed (no quoting needed;\n"
	 "a statement quoted as one word is unquoted once). Anything that would\n"
	 "change the database is refused: INSERT, UPDATE, DELETE, CREATE, ATTACH,\n"
	 "transactions, a second statement, PRAGMAs that set a value, and any\n"
	 "function but SQLite's own that compute (core, date and time, aggregate,\n"
	 "window, JSON, math). A statement is stopped after 10 seconds of its own\n"
	 "work (CPU time; printing its rows does not count).\n"
	 "In json a blob is written as the string X'0A1B' (its bytes in hex) and an\n"
	 "infinite number as 1e999 or -1e999; in csv and table as X'0A1B' and\n"
	 "Inf or -Inf. The tables are described in schema/schema.sql; history\n"
	 "holds every change.\n\n"
	 "example: sql SELECT grade, count(*) FROM audit GROUP BY grade\n",
	 sql},
	{NULL, NULL, NULL, 0, NULL, NULL, NULL},
};
