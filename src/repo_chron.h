/* Chronology entries (repo_chron.c). Part of the repository layer: see repo.h. */
#ifndef CASEAUDIT_REPO_CHRON_H
#define CASEAUDIT_REPO_CHRON_H

#include "db.h"
#include "table.h"

/* Add an event to a case's chronology: a real date not after today, the
 * text of what happened (not empty), and an optional kind (e.g.
 * 'referral', 'conference', 'missing'; NULL or empty: none). */
int repo_chron_add(Db *db, const char *ref, const char *date, const char *text, const char *kind,
                   char **cause);
/* A case's chronology in date order (then the order entered): date, kind, text. */
int repo_chron_list(Db *db, const char *ref, Sink *sink, char **cause);

#endif
