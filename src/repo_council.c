/* The council's settings (migrations/0011): its time zone. db_open applies
 * the stored zone; here it is shown and changed. */
#include "repo.h"

#include <stdlib.h>

#include "util.h"

static int time_zone(Db *db, char **zone, char **cause)
{
	int found = db_text(db, db_stmt(db, "SELECT value FROM setting WHERE name = 'time-zone'"), zone, cause);
	if (found < 0)
		return -1;
	if (found == 0 || *zone == NULL) {
		free(*zone);
		*zone = xstrdup("Europe/London"); /* the default, as db_open takes it */
	}
	return 0;
}

Table *repo_council_show(Db *db, char **cause)
{
	char *zone = NULL;
	if (time_zone(db, &zone, cause) != 0)
		return NULL;
	char today[11];
	date_today(today);
	Table *t = table_new("time_zone", "today", (const char *)NULL);
	int row = table_add_row(t);
	table_set_text(t, row, 0, zone);
	table_set_text(t, row, 1, today);
	free(zone);
	return t;
}

int repo_council_set_time_zone(Db *db, const char *zone, char **old, char **cause)
{
	if (clock_zone_check(zone, cause) != 0)
		return -1;
	char *was = NULL;
	if (time_zone(db, &was, cause) != 0)
		return -1;
	Stmt *s = db_stmt(db,
		"INSERT INTO setting(name, value) VALUES ('time-zone', :zone)"
		" ON CONFLICT(name) DO UPDATE SET value = excluded.value WHERE value IS NOT excluded.value");
	db_bind_text(s, ":zone", zone);
	int rc = db_step_done(db, s, cause);
	if (rc == 0)
		rc = clock_set_zone(zone, cause);
	if (rc == 0 && old != NULL)
		*old = was;
	else
		free(was);
	return rc;
}
