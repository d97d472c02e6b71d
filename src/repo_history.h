/* The change history (repo_history.c). Part of the repository layer: see repo.h. */
#ifndef CASEAUDIT_REPO_HISTORY_H
#define CASEAUDIT_REPO_HISTORY_H

#include "db.h"
#include "table.h"

#endif
