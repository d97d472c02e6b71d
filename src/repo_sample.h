/* Dip samples and scheduled audits (repo_sample.c). Part of the repository layer: see repo.h. */
#ifndef CASEAUDIT_REPO_SAMPLE_H
#define CASEAUDIT_REPO_SAMPLE_H

#include "db.h"
#include "table.h"

#endif
