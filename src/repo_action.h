/* Actions set by audits (repo_action.c). Part of the repository layer: see repo.h. */
#ifndef CASEAUDIT_REPO_ACTION_H
#define CASEAUDIT_REPO_ACTION_H

#include "db.h"
#include "table.h"

#endif
