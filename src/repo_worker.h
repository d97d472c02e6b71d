/* Workers: practitioners and managers (repo_worker.c). Part of the repository layer: see repo.h. */
#ifndef CASEAUDIT_REPO_WORKER_H
#define CASEAUDIT_REPO_WORKER_H

#include "db.h"
#include "table.h"

/* The values of worker add / worker set. NULL means not given: add needs
 * team and role; set leaves the fields that are NULL as they are. */
typedef struct {
	const char *name;       /* set only: a new name */
	const char *team;       /* team name */
	const char *role;       /* one of ROLES */
	const char *started;    /* dates YYYY-MM-DD */
	const char *left;
	const char *agreement;  /* supervision agreement signed */
	const char *trained;    /* supervision-skills training completed */
} WorkerFields;

/* The id of the worker called name (ignoring case), or -1 with a cause. */
int repo_worker_id(Db *db, const char *name, long long *id, char **cause);

/* Add a worker; names are unique ignoring case; left not before started. */
int repo_worker_add(Db *db, const char *name, const WorkerFields *f, char **cause);
/* Change the fields given. The dates in post must still hold every
 * supervision the worker gave or received. */
int repo_worker_set(Db *db, const char *name, const WorkerFields *f, char **cause);
/* Every worker (of one team when team is not NULL), by name: name, team,
 * role, started, left, agreement, trained, open cases, last supervised. */
int repo_worker_list(Db *db, const char *team, Sink *sink, char **cause);


#endif
