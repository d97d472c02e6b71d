/* Shared by the Check tests: a fresh database migrated to the latest
 * schema, in memory, and small helpers to query it. */
#ifndef CASEAUDIT_FIXTURE_H
#define CASEAUDIT_FIXTURE_H

#include <check.h>

#include "db.h"

/* A new in-memory database with the built-in standards and targets. */
Db *fixture_db(void);
/* Run SQL that must succeed (test set-up). */
void fixture_exec(Db *db, const char *sql);
/* The first column of the first row of sql as an integer / malloc'd text. */
long long fixture_int(Db *db, const char *sql);
char *fixture_text(Db *db, const char *sql);
/* A list function's rows collected whole, through a collecting sink:
 * Table *t = LIST(repo_team_list(db, SINK, &cause)); NULL when it failed. */
extern TableSink fixture_sink;
#define SINK table_sink(&fixture_sink)
#define LIST(call) table_collected(&fixture_sink, (call))
/* Run a test suite and return the process exit status. */
int fixture_run(Suite *suite);

#endif
