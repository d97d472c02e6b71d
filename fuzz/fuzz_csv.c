/* libFuzzer harness for the CSV importer: each input is written to a file
 * and read by csv_read_file, then imported by `import cases` (plain CSV
 * and Annex A) and `import audits` into an in-memory database holding a
 * team, two workers and a case. Each import runs in a transaction that is
 * rolled back, as the command's is on failure. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "csv_read.h"
#include "db.h"
#include "repo.h"
#include "repo_import.h"
#include "util.h"

static Db *db;
static char path[64];

static void quiet(void *ctx, long line, const char *message)
{
	(void)ctx;
	if (line < 0 || message == NULL || *message == '\0')
		abort(); /* every problem has a place and a message */
}

static void quiet_warning(void *ctx, const char *message)
{
	(void)ctx;
	if (message == NULL)
		abort();
}

typedef struct {
	long last_line;
	long records;
} Seen;

static int on_record(void *ctx, const CsvRecord *r)
{
	Seen *s = ctx;
	/* Records come in order, each from a real line, within the limits. */
	if (r->line < 1 || r->line < s->last_line || r->n < 0 || r->n > CSV_FIELDS_MAX)
		abort();
	for (int i = 0; i < r->n; i++)
		if (r->fields[i] == NULL || strlen(r->fields[i]) > CSV_FIELD_MAX)
			abort();
	s->last_line = r->line;
	s->records++;
	return 0;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	setenv("CASEAUDIT_TODAY", "2016-11-30", 1);
	char *cause = NULL;
	db = db_open(":memory:", "fuzzer", &cause);
	if (db == NULL) {
		fprintf(stderr, "fuzz_csv: %s\n", cause);
		exit(1);
	}
	WorkerFields social = {.team = "Assessment Team 1", .role = "social-worker", .started = "2015-01-01"};
	WorkerFields manager = {.team = "Assessment Team 1", .role = "team-manager", .started = "2015-01-01"};
	CaseFields kase = {.team = "Assessment Team 1", .worker = "Jo Bloggs", .opened = "2016-01-04"};
	if (repo_team_add(db, "Assessment Team 1", NULL, &cause) != 0 ||
	    repo_worker_add(db, "Jo Bloggs", &social, &cause) != 0 ||
	    repo_worker_add(db, "Mary Manager", &manager, &cause) != 0 ||
	    repo_case_add(db, "C1", &kase, &cause) != 0) {
		fprintf(stderr, "fuzz_csv: setting up: %s\n", cause);
		exit(1);
	}
	const char *dir = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
	snprintf(path, sizeof path, "%s/fuzz_csv.%ld.csv", dir, (long)getpid());
	return 0;
}

static void import(int which, int create_missing)
{
	ImportSource src = {.path = path, .format = which == 1 ? IMPORT_ANNEX_A : IMPORT_CSV,
	                    .create_missing = create_missing, .problem = quiet, .warning = quiet_warning};
	ImportCounts counts;
	memset(&counts, 0, sizeof counts);
	char *cause = NULL;
	if (db_begin(db, 1, NULL) != 0)
		abort();
	int rc = which == 2 ? repo_import_audits(db, &src, &counts, &cause) : repo_import_cases(db, &src, &counts, &cause);
	free(cause);
	/* import audits records with the triggers off: never past its end. */
	if (!db_triggers_enabled(db))
		abort();
	db_end(db, 0, NULL);
	if (db_transaction_depth(db) != 0)
		abort();
	/* A file with a bad row never goes in. */
	if (rc == 0 && counts.bad_rows != 0)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	FILE *fp = fopen(path, "wb");
	if (fp == NULL)
		abort();
	if (size > 0 && fwrite(data, 1, size, fp) != size)
		abort();
	fclose(fp);

	Seen seen = {0, 0};
	long line = 0;
	char *cause = NULL;
	int rc = csv_read_file(path, on_record, &seen, &line, &cause);
	if (rc != 0 && cause == NULL)
		abort(); /* the reader fails only with a reason */
	free(cause);

	int create_missing = (int)(size & 1);
	import(0, create_missing);
	import(1, create_missing);
	import(2, create_missing);
	unlink(path);
	return 0;
}
