/* Tab completion from the database: team and worker names, case IDs, audit
 * IDs, standard and target codes (repo_complete.c). Part of the repository
 * layer: see repo.h. */
#ifndef CASEAUDIT_REPO_COMPLETE_H
#define CASEAUDIT_REPO_COMPLETE_H

#include "db.h"

/* The values of kind ("team", "worker", "case", "audit", "standard",
 * "target"; ASCII case ignored) that begin with prefix (ASCII case ignored),
 * in the order lists show them, at most max of them. Returns how many and
 * points *items at a malloc'd NULL-terminated array of malloc'd strings
 * (free it with repo_complete_free); -1 with *cause for an unknown kind or a
 * database error, with *items NULL. Leaves no statement running, so no read
 * transaction stays open while the person goes on typing. */
int repo_complete(Db *db, const char *kind, const char *prefix, int max, char ***items, char **cause);
void repo_complete_free(char **items);

#endif
