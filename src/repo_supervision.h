/* Supervision sessions (repo_supervision.c). Part of the repository layer: see repo.h. */
#ifndef CASEAUDIT_REPO_SUPERVISION_H
#define CASEAUDIT_REPO_SUPERVISION_H

#include "db.h"
#include "table.h"

/* Record that manager supervised worker on date, discussing the ncases
 * cases (child IDs) given. The supervisor must be a manager (team-manager
 * or head-of-service) other than the worker; both must be in post on the
 * date, which is not after today; the same session is not recorded twice. */
int repo_supervision_add(Db *db, const char *worker, const char *manager, const char *date,
                         const char *const *cases, int ncases, char **cause);
/* Sessions by date, filtered when the arguments are not NULL: of worker,
 * held by manager, with workers of team, dated from..to (inclusive).
 * Columns: date, worker, supervisor, cases (';'-separated), team. */
int repo_supervision_list(Db *db, const char *worker, const char *manager, const char *team,
                             const char *from, const char *to, Sink *sink, char **cause);

#endif
