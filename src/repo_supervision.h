/* Supervision sessions (repo_supervision.c). Part of the repository layer: see repo.h. */
#ifndef CASEAUDIT_REPO_SUPERVISION_H
#define CASEAUDIT_REPO_SUPERVISION_H

#include "db.h"
#include "table.h"

#endif
