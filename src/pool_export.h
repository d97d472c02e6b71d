/* export pool: what a regional QA consortium's pooled measures need from
 * one council's database, for a period of whole months, as documented CSV
 * files with no child's ID, no worker's name and no free text: child IDs
 * and workers are pseudonymised with HMAC-SHA256 under the council's own
 * key (pseudonym.h). pool/README.md documents each file; pool/load loads
 * them into PostgreSQL. Never prints. */
#ifndef CASEAUDIT_POOL_EXPORT_H
#define CASEAUDIT_POOL_EXPORT_H

#include "db.h"
#include "period.h"

/* The version of the files' layout; pool/schema.sql accepts it. */
#define POOL_FORMAT_VERSION 1

typedef struct {
	const char *folder;    /* must not exist yet */
	Period period;         /* whole months; all time: the compliance default span */
	const char *council;   /* the council's code, e.g. an ONS code E09000001 */
	const char *key_file;  /* created 0600 on first use */
	int team_codes;        /* teams by pseudonymous code instead of by name */
	const char *today;     /* YYYY-MM-DD; NULL: date_today() */
} PoolExportRequest;

enum { POOL_FILES = 8 };

typedef struct {
	Period period;                 /* the months exported */
	int key_created;
	char key_id[17];
	const char *names[POOL_FILES]; /* file names, static */
	long long rows[POOL_FILES];
	char sha256[POOL_FILES][65];
} PoolExportResult;

int pool_export(Db *db, const PoolExportRequest *r, PoolExportResult *out, char **cause);

/* A council code: 1 to 32 letters, digits and hyphens. */
int pool_council_valid(const char *code);

#endif
