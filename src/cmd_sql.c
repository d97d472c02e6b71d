/* sql: one read-only statement typed by the user, for questions the other
 * commands do not answer. This is the one place SQL text comes from a user;
 * db_readonly_query (db_readonly.c) holds it to reading. */
#include "command.h"
#include "util.h"

static int sql(App *app, const Args *a, char **cause)
{
	if (a->npos > 1)
		return failure(cause, "sql takes the statement as one quoted word, e.g. sql \"SELECT count(*) FROM audit\" "
		                      "(it came as %d words)", a->npos);
	Sink *sink = output_sink(&app->out);
	return output_sink_close(sink, db_readonly_query(app->db, a->pos[0], sink, cause));
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
