/* Audits and their answers, grades, submission and moderation (repo_audit.c). Part of the repository layer: see repo.h. */
#ifndef CASEAUDIT_REPO_AUDIT_H
#define CASEAUDIT_REPO_AUDIT_H

#include "db.h"
#include "table.h"

#endif
