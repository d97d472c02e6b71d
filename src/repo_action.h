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
/* Mark an open action done on date (NULL: today); not before its audit. */
int repo_action_done(Db *db, long long action, const char *date, char **cause);

/* action list filters; NULL / 0: no filter. Overdue: not done and due
 * before today. */
typedef struct {
	int open, overdue;
	const char *owner;  /* worker name */
	const char *team;   /* the team now holding the audited case */
	long long audit;
} ActionFilter;
/* id, audit, case, owner, due, done, status (open, overdue, done), text. */
int repo_action_list(Db *db, const ActionFilter *filter, Sink *sink, char **cause);

#endif
