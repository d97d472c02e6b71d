/* The change history (repo_history.c). Part of the repository layer: see repo.h. */
#ifndef CASEAUDIT_REPO_HISTORY_H
#define CASEAUDIT_REPO_HISTORY_H

#include "db.h"
#include "table.h"

/* history filters; NULL: no filter. */
typedef struct {
	const char *table;     /* a recorded table; "case" means case_file */
	const char *id;        /* the row's key as the `row` column shows it */
	const char *from, *to; /* days of the change on the council's calendar, inclusive */
} HistoryFilter;

/* Every recorded change, oldest first: when, who, table, row, operation,
 * old, new: the row as JSON before and after; for an update only the
 * fields that changed, so a person sees what changed at a glance. */
int repo_history_list(Db *db, const HistoryFilter *filter, Sink *sink, char **cause);

#endif
