/* Actions set by audits (repo_action.c). Part of the repository layer: see repo.h. */
#ifndef CASEAUDIT_REPO_ACTION_H
#define CASEAUDIT_REPO_ACTION_H

#include "db.h"
#include "table.h"

/* Set a follow-up action on an audit (a draft or a submitted one): owner a
 * worker in post, due on or after the audit date. *id gets its number. */
int repo_action_add(Db *db, long long audit, const char *text, const char *owner, const char *due,
                    long long *id, char **cause);
/* 0 when owner names a worker in post today (to own an action); *id (when
 * not NULL) gets the worker's id. */
int repo_action_check_owner(Db *db, const char *owner, long long *id, char **cause);
/* Mark an open action done on date (NULL: today); not before its audit;
 * evidence (may be NULL) says what was done. */
int repo_action_done(Db *db, long long action, const char *date, const char *evidence, char **cause);
/* A manager (by, not the action's owner) checks a done action on date
 * (NULL: today; not before it was done): effective when practice changed
 * as intended. Once an action. */
int repo_action_check(Db *db, long long action, const char *by, const char *date, int effective,
                      const char *note, char **cause);

/* action list filters; NULL / 0: no filter. Overdue: not done and due
 * before today. */
typedef struct {
	int open, overdue;
	int unchecked;      /* done and not yet checked */
	const char *owner;  /* worker name */
	const char *team;   /* the team now holding the audited case */
	long long audit;
} ActionFilter;
/* id, audit, case, owner, due, done, status (open, overdue, done),
 * checked (effective, not-effective, or null), text. `action show`
 * gives the evidence and the check's note. */
int repo_action_list(Db *db, const ActionFilter *filter, Sink *sink, char **cause);
/* One action whole: its list fields, the team holding the case, the
 * evidence of what was done and the check (by, date, effective, note). */
Table *repo_action_show(Db *db, long long action, char **cause);
/* Counts per owner or per team (by_team): open, overdue, done and not
 * checked, checked effective, checked not effective. */
int repo_action_summary(Db *db, int by_team, Sink *sink, char **cause);

#endif
