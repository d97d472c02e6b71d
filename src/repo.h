/* The repository layer: the only code that speaks SQL about the entities.
 * Functions take the names users type, resolve them, check every value,
 * and return 0, or -1 with a one-line *cause naming what was wrong and what
 * is expected. They never print and never exit. Callers run them inside a
 * transaction (command_execute does), so a failure changes nothing.
 * Lists come back as Tables for output.c to print.
 *
 * Messages never spell the command line: a value is named by its field,
 * FIELD("due") (util.h), and the front end spells it as the option of
 * the command that ran ("--due", command_spell in command.h), or as the
 * bare field name ("due") where that command has none; FIELD_OF("audit
 * list", "case") names another command's option in a hint to run it.
 * So "give " FIELD("team") " TEAM" reaches the user of `case add` as
 * "give --team TEAM". tests/check_messages.c fails on an option spelt in
 * any file below the commands.
 *
 * Each entity's functions live in repo_<entity>.c, declared in
 * repo_<entity>.h; include this header to get them all. */
#ifndef CASEAUDIT_REPO_H
#define CASEAUDIT_REPO_H

#include "db.h"
#include "table.h"

/* Each entity's declarations are in its own header, so people working on
 * different entities do not edit one file. */
#include "repo_worker.h"
#include "repo_case.h"
#include "repo_chron.h"
#include "repo_supervision.h"
#include "repo_audit.h"
#include "repo_action.h"
#include "repo_sample.h"
#include "repo_target.h"
#include "repo_theme.h"
#include "repo_history.h"
#include "repo_complete.h"
#include "repo_feedback.h"
#include "repo_reaudit.h"
#include "repo_council.h"

/* ---- teams (repo_team.c) ---- */
int repo_team_add(Db *db, const char *name, const char *service, char **cause);
int repo_team_list(Db *db, Sink *sink, char **cause);
/* The id of the team called name (ignoring case), or -1 with a cause. */
int repo_team_id(Db *db, const char *name, long long *id, char **cause);
/* 1 with *id, 0 when there is no such team, -1 with a cause (a database
 * error is never taken for "not found"). */
int repo_team_find(Db *db, const char *name, long long *id, char **cause);

#endif
