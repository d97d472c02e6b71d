/* Workers. */
#include "repo.h"

#include "util.h"

int repo_worker_id(Db *db, const char *name, long long *id, char **cause)
{
	sqlite3_stmt *s = db_stmt(db, "SELECT id FROM worker WHERE name = :name");
	db_bind_text(s, ":name", name);
	int rc = db_step_row(db, s, cause);
	if (rc < 0)
		return -1;
	if (rc == 0)
		return failure(cause, "unknown worker '%s'; 'worker list' shows the workers", name);
	*id = sqlite3_column_int64(s, 0);
	db_reset(s);
	return 0;
}
