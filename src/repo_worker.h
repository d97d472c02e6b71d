/* Workers: practitioners and managers (repo_worker.c). Part of the repository layer: see repo.h. */
#ifndef CASEAUDIT_REPO_WORKER_H
#define CASEAUDIT_REPO_WORKER_H

#include "db.h"
#include "table.h"

/* The id of the worker called name (ignoring case), or -1 with a cause. */
int repo_worker_id(Db *db, const char *name, long long *id, char **cause);

#endif
