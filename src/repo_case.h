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

/* The internal id of the case with the council child ID ref, or -1 with
 * a cause ("unknown case", or the database's error). */
int repo_case_id(Db *db, const char *ref, long long *id, char **cause);
/* The same look-up telling "not found" from an error: 1 with *id, 0 when
 * there is no such case, -1 with a cause when the database failed. */
int repo_case_find(Db *db, const char *ref, long long *id, char **cause);

/* Add a case file; IDs are unique. */
int repo_case_add(Db *db, const char *ref, const CaseFields *f, char **cause);
/* Change the fields given; adding a flag the case has changes nothing,
 * removing one it lacks is refused (a sign of the wrong case or flag). */
int repo_case_set(Db *db, const char *ref, const CaseFields *f, char **cause);
/* Close an open case on date (NULL: today); not before it opened, not
 * after today. */
int repo_case_close(Db *db, const char *ref, const char *date, char **cause);
/* One case, for output_document: the record (one row: case, team, worker,
 * status, opened, closed, flags, last_audited (latest submitted audit),
 * chronology_entries, latest_chronology, last_supervised) and its parts,
 * named in CASE_SHOW_PARTS: audits (audit, date, auditor, type, grade,
 * moderated, state: draft or submitted), open_actions (action, audit,
 * text, owner, due, overdue) and scheduled_audits not yet done (sample,
 * auditor, due). Free with repo_case_show_free. */
#define CASE_SHOW_NPARTS 3
typedef struct {
	Table *record;
	Table *parts[CASE_SHOW_NPARTS];
} CaseShow;
extern const char *const CASE_SHOW_PARTS[CASE_SHOW_NPARTS];
int repo_case_show(Db *db, const char *ref, CaseShow *show, char **cause);
void repo_case_show_free(CaseShow *show);
/* Cases by ID, filtered by team, status and worker when not NULL, and to
 * open ones when open_only: id, team, worker, status, opened, closed,
 * flags (';'-separated, as import cases reads them), last_audited. */
int repo_case_list(Db *db, const char *team, const char *status, const char *worker, int open_only,
                      Sink *sink, char **cause);

#endif
