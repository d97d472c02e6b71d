/* Case files (repo_case.c). Part of the repository layer: see repo.h. */
#ifndef CASEAUDIT_REPO_CASE_H
#define CASEAUDIT_REPO_CASE_H

#include "db.h"
#include "table.h"

/* The values of case add / case set. NULL means not given: add needs team;
 * set leaves the fields that are NULL as they are. */
typedef struct {
	const char *team;      /* team name */
	const char *worker;    /* allocated worker's name */
	int unallocate;        /* set only: no allocated worker */
	const char *status;    /* one of STATUSES; add: default cin */
	const char *opened;    /* YYYY-MM-DD */
	const char *const *flags;    /* flags to add (FLAGS) */
	int nflags;
	const char *const *unflags;  /* set only: flags to remove */
	int nunflags;
} CaseFields;

/* The internal id of the case with the council child ID ref, or -1. */
int repo_case_id(Db *db, const char *ref, long long *id, char **cause);

/* Add a case file; IDs are unique. */
int repo_case_add(Db *db, const char *ref, const CaseFields *f, char **cause);
/* Change the fields given; adding a flag the case has changes nothing,
 * removing one it lacks is refused (a sign of the wrong case or flag). */
int repo_case_set(Db *db, const char *ref, const CaseFields *f, char **cause);
/* Close an open case on date (NULL: today); not before it opened, not
 * after today. */
int repo_case_close(Db *db, const char *ref, const char *date, char **cause);
/* One case as field/value rows: its details, flags, audits, open actions,
 * when it was last audited, and its latest chronology and supervision. */
Table *repo_case_show(Db *db, const char *ref, char **cause);
/* Cases by ID, filtered by team, status and worker when not NULL, and to
 * open ones when open_only: id, team, worker, status, opened, closed,
 * flags (';'-separated, as import cases reads them), last_audited. */
Table *repo_case_list(Db *db, const char *team, const char *status, const char *worker, int open_only,
                      char **cause);

#endif
