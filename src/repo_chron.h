/* Chronology entries (repo_chron.c). Part of the repository layer: see repo.h. */
#ifndef CASEAUDIT_REPO_CHRON_H
#define CASEAUDIT_REPO_CHRON_H

#include "db.h"
#include "table.h"

#endif
