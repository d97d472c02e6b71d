/* Importing case files and audits from CSV files (repo_import.c). Part of
 * the repository layer: see repo.h. An import checks every row, reports each
 * bad one as it reads, and writes as it goes inside the caller's
 * transaction; when any row is bad it returns -1, so the caller's rollback
 * leaves the database as it was: a file goes in whole or not at all. */
#ifndef CASEAUDIT_REPO_IMPORT_H
#define CASEAUDIT_REPO_IMPORT_H

#include "db.h"

typedef enum {
	IMPORT_CSV,      /* columns id, team, worker, status, opened, closed, flags */
	IMPORT_ANNEX_A,  /* an Ofsted Annex A list 6, 7 or 8 */
} ImportFormat;

/* Where the rows come from and where problems go. The repository never
 * prints: it hands each message to the command, which does. */
typedef struct {
	const char *path;
	ImportFormat format;  /* import cases only */
	int create_missing;   /* create unknown teams and workers (workers as
	                         social-workers of the row's team) */
	/* A bad row, by the line it starts on; called once per problem. */
	void (*problem)(void *ctx, long line, const char *message);
	/* Something worth knowing that does not stop the import. */
	void (*warning)(void *ctx, const char *message);
	void *ctx;
	/* How far along the file is, called for every row (NULL: not
	 * wanted): rows read, bytes read of the file's total. */
	void (*progress)(void *progress_ctx, long long rows, long long bytes);
	void *progress_ctx;
} ImportSource;

/* What an import did (or would have done: counts are filled on failure too). */
typedef struct {
	long long rows;             /* data rows read */
	long long bad_rows;         /* rows with at least one problem */
	long long added, updated, unchanged; /* cases: new IDs, changed, already so */
	long long teams_created, workers_created;
	long long submitted, drafts;         /* audits */
	int list;                   /* annex-a: the list read (6, 7 or 8) */
	const char *list_what;      /* annex-a: what that list holds ("children in need"), else NULL */
} ImportCounts;

/* import cases: new IDs are added; existing IDs get the file's team, and
 * worker, status, flags and closed date when those columns are present; an
 * opened date fills in one that is missing but never replaces one. */
int repo_import_cases(Db *db, const ImportSource *src, ImportCounts *counts, char **cause);

/* import audits: one audit per row (case, date, auditor, type, grade,
 * submitted, and a column per standard code), recorded as `audit add` would
 * record it; submitted rows are submitted. An audit of the same case on the
 * same date by the same auditor as one already recorded (or on an earlier
 * row) is refused, so importing a file twice cannot count audits twice. */
int repo_import_audits(Db *db, const ImportSource *src, ImportCounts *counts, char **cause);

#endif
