/* Standards and targets (repo_target.c). Part of the repository layer: see repo.h. */
#ifndef CASEAUDIT_REPO_TARGET_H
#define CASEAUDIT_REPO_TARGET_H

#include "db.h"
#include "table.h"

#endif
