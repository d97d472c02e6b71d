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
/* 1 with *id, 0 when there is no such worker, -1 with a cause. */
int repo_worker_find(Db *db, const char *name, long long *id, char **cause);

/* A worker as the domain's rules about them need it (domain.h). */
typedef struct {
	long long id;
	char name[256];              /* as stored */
	char role[32];
	char started[11], left[11];  /* "" when none */
} WorkerRecord;
/* The worker called name (ignoring case), or by id; -1 with a cause when
 * there is none (an empty name says so). */
int repo_worker_get(Db *db, const char *name, WorkerRecord *w, char **cause);
int repo_worker_get_id(Db *db, long long id, WorkerRecord *w, char **cause);
/* 0 when w is in post on date (domain_in_post); else -1 with "WHAT 'NAME'
 * started on S, after the EVENT date D" (or "left on L, before ...") and
 * "; HINT" when hint is not NULL. what may be NULL. */
int repo_worker_check_in_post(const WorkerRecord *w, const char *what, const char *event, const char *date,
                              const char *hint, char **cause);

/* Add a worker; names are unique ignoring case; left not before started. */
int repo_worker_add(Db *db, const char *name, const WorkerFields *f, char **cause);
/* Change the fields given. The dates in post must still hold every
 * supervision the worker gave or received. */
int repo_worker_set(Db *db, const char *name, const WorkerFields *f, char **cause);
/* Every worker (of one team when team is not NULL), by name: name, team,
 * role, started, left, agreement, trained, open cases, last supervised. */
int repo_worker_list(Db *db, const char *team, Sink *sink, char **cause);


#endif
