/* Case files (repo_case.c). Part of the repository layer: see repo.h. */
#ifndef CASEAUDIT_REPO_CASE_H
#define CASEAUDIT_REPO_CASE_H

#include "db.h"
#include "table.h"

/* The internal id of the case with the council child ID ref, or -1. */
int repo_case_id(Db *db, const char *ref, long long *id, char **cause);

#endif
