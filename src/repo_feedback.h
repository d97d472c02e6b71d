/* Feedback of an audit to the worker allocated to the case
 * (repo_feedback.c). Part of the repository layer: see repo.h. */
#ifndef CASEAUDIT_REPO_FEEDBACK_H
#define CASEAUDIT_REPO_FEEDBACK_H

#include "db.h"
#include "table.h"

/* Record that submitted audit was discussed with worker (NULL: the worker
 * allocated to the case on the audit's date) by a manager or the auditor
 * (by) on date (NULL: today; from the audit date to today), with the
 * worker's response (may be NULL). Once an audit. */
int repo_feedback_add(Db *db, long long audit, const char *worker, const char *by, const char *date,
                      const char *response, char **cause);

/* feedback list filters; NULL / 0: none. outstanding: submitted audits
 * with no feedback yet (the rest: feedback given). */
typedef struct {
	int outstanding;
	const char *team;    /* the team the audit belongs to */
	const char *worker;  /* the worker given (or owed) feedback */
} FeedbackFilter;
/* Given: audit, date of the audit, case, team, worker, by, feedback date,
 * response. Outstanding: audit, date, case, team, worker (allocated on
 * the audit's date), auditor, days since the audit. */
int repo_feedback_list(Db *db, const FeedbackFilter *filter, Sink *sink, char **cause);

/* The worker allocated to a case on date (from the change history, as
 * the team on a date is): *worker -1 when none was. */
int repo_case_worker_on(Db *db, long long case_id, const char *date, long long *worker, char **cause);

#endif
