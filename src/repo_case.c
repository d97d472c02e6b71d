/* Case files. */
#include "repo.h"

#include "util.h"

int repo_case_id(Db *db, const char *ref, long long *id, char **cause)
{
	sqlite3_stmt *s = db_stmt(db, "SELECT id FROM case_file WHERE ref = :ref");
	db_bind_text(s, ":ref", ref);
	int rc = db_step_row(db, s, cause);
	if (rc < 0)
		return -1;
	if (rc == 0)
		return failure(cause, "unknown case '%s'; 'case list' shows the cases", ref);
	*id = sqlite3_column_int64(s, 0);
	db_reset(s);
	return 0;
}
