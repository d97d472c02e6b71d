/* The council's settings (repo_council.c): its time zone, by which "today"
 * and the dates of changes are taken. Part of the repository layer: see
 * repo.h. */
#ifndef CASEAUDIT_REPO_COUNCIL_H
#define CASEAUDIT_REPO_COUNCIL_H

#include "db.h"
#include "table.h"

/* council show: one row (time_zone, today): the zone the database holds
 * and today's date on its calendar. */
Table *repo_council_show(Db *db, char **cause);
/* Set the council's time zone (a name of the machine's zoneinfo, such as
 * Europe/London): stored (the history records the change) and used from
 * now on. *old gets the zone it replaces (malloc'd), when old is not NULL. */
int repo_council_set_time_zone(Db *db, const char *zone, char **old, char **cause);

#endif
