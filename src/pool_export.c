/* export pool (see pool_export.h and pool/README.md). */
#define _GNU_SOURCE 1
#include "pool_export.h"

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "compliance.h"
#include "measure_sql.h"
#include "migrate.h"
#include "output.h"
#include "pseudonym.h"
#include "util.h"

int pool_council_valid(const char *code)
{
	size_t n = strlen(code);
	if (n < 1 || n > 32)
		return 0;
	for (size_t i = 0; i < n; i++) {
		char c = code[i];
		if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
			return 0;
	}
	return 1;
}

/* One CSV file of the export, written and hashed as it goes. */
typedef struct {
	int fd;
	PseudonymDigest *digest;
	Buf row;
	long long rows;       /* data rows, not the header */
	int failed;           /* errno of the first failed write, 0 */
} PoolFile;

static void pf_flush(PoolFile *f)
{
	if (f->row.len == 0)
		return;
	pseudonym_digest_add(f->digest, f->row.s, f->row.len);
	size_t done = 0;
	while (!f->failed && done < f->row.len) {
		ssize_t n = write(f->fd, f->row.s + done, f->row.len - done);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			f->failed = n < 0 ? errno : ENOSPC;
		else
			done += (size_t)n;
	}
	f->row.len = 0;
}

/* A field, as every CSV caseaudit writes it (output.c's csv_field: text
 * a spreadsheet would take for a formula gets a leading apostrophe, which
 * pool/load takes off again); NULL is an empty field. */
static void pf_field(PoolFile *f, int first, const char *s)
{
	if (!first)
		buf_add(&f->row, ",", 1);
	if (s != NULL)
		csv_field(&f->row, s, 1);
}

/* A number: never guarded (a negative number is no formula). */
static void pf_int(PoolFile *f, int first, long long v)
{
	char text[32];
	snprintf(text, sizeof text, "%lld", v);
	if (!first)
		buf_add(&f->row, ",", 1);
	csv_field(&f->row, text, 0);
}

static void pf_end_row(PoolFile *f, int header)
{
	buf_add(&f->row, "\r\n", 2);
	if (!header)
		f->rows++;
	if (f->row.len >= 1 << 16)
		pf_flush(f);
}

static void pf_header(PoolFile *f, const char *const *names)
{
	for (int i = 0; names[i]; i++)
		pf_field(f, i == 0, names[i]);
	pf_end_row(f, 1);
}

typedef struct {
	Db *db;
	const PoolExportRequest *req;
	PseudonymKey key;
	Period period;
	char today[11];
	char *dir;           /* the folder being written (temporary name) */
	PoolExportResult *out;
	int nfile;
	int ncol;            /* columns of the file being written */
} Export;

static const char *const FILE_NAMES[POOL_FILES] = {
	"targets.csv", "thresholds.csv", "teams.csv", "audits.csv", "answers.csv", "scheduled.csv",
	"worker_months.csv", "manifest.txt",
};

static int file_open(Export *x, PoolFile *f, const char *name, char **cause)
{
	memset(f, 0, sizeof *f);
	char *path = xprintf("%s/%s", x->dir, name);
	f->fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
	free(path);
	if (f->fd < 0)
		return failure(cause, "cannot create %s in %s: %s", name, x->req->folder, strerror(errno));
	f->digest = pseudonym_digest_new();
	return 0;
}

/* Finish a file: flush, sync, close; its row count and hash go into the
 * result (the manifest, file POOL_FILES - 1, records neither of itself). */
static int file_close(Export *x, PoolFile *f, const char *name, char **cause)
{
	pf_flush(f);
	if (!f->failed && fsync(f->fd) != 0)
		f->failed = errno;
	if (close(f->fd) != 0 && !f->failed)
		f->failed = errno;
	char sha[65];
	pseudonym_digest_end(f->digest, sha);
	buf_free(&f->row);
	if (f->failed)
		return failure(cause, "cannot write %s in %s: %s", name, x->req->folder, strerror(f->failed));
	int i = x->nfile++;
	x->out->names[i] = FILE_NAMES[i];
	x->out->rows[i] = f->rows;
	memcpy(x->out->sha256[i], sha, sizeof sha);
	return 0;
}

static void bind_period(Stmt *s, const Period *p)
{
	db_bind_text(s, ":from", p->from);
	db_bind_text(s, ":to", p->to);
}

static const char *col_text(Stmt *s, int i)
{
	return db_column_text(s, i);
}

/* The label a team is exported under: its name, or with --team-codes a
 * code derived from its name under the key (the same team keeps its code
 * from one export to the next). */
static void team_label(const Export *x, const char *name, char out[40])
{
	if (!x->req->team_codes) {
		snprintf(out, 40, "%s", name);
		return;
	}
	char p[33];
	pseudonym_of(&x->key, "team", name, p);
	snprintf(out, 40, "T-%.12s", p);
}

/* Run one query into one file: each row's columns through write_row. */
typedef void (*RowWriter)(Export *x, PoolFile *f, Stmt *s);

static int query_file(Export *x, const char *name, const char *const *header, Stmt *s, RowWriter write_row,
	char **cause)
{
	PoolFile f;
	if (file_open(x, &f, name, cause) != 0) {
		db_reset(s);
		return -1;
	}
	pf_header(&f, header);
	for (x->ncol = 0; header[x->ncol]; x->ncol++)
		;
	int rc;
	while ((rc = db_step_row(x->db, s, cause)) == 1)
		write_row(x, &f, s);
	if (rc < 0) {
		pf_flush(&f);
		close(f.fd);
		char sha[65];
		pseudonym_digest_end(f.digest, sha);
		buf_free(&f.row);
		return -1;
	}
	return file_close(x, &f, name, cause);
}

static void plain_row(Export *x, PoolFile *f, Stmt *s)
{
	for (int i = 0; i < x->ncol; i++)
		pf_field(f, i == 0, col_text(s, i));
	pf_end_row(f, 0);
}

static int write_targets(Export *x, char **cause)
{
	static const char *const header[] = {"target", "measure", "standard", "position", "text", NULL};
	Stmt *s = db_stmt(x->db,
		"SELECT code, measure, standard_code, position, text FROM target ORDER BY position");
	return query_file(x, "targets.csv", header, s, plain_row, cause);
}

static int write_thresholds(Export *x, char **cause)
{
	static const char *const header[] = {"target", "from", "threshold", NULL};
	/* The plan's threshold, in force before any dated one, then each dated
	 * one (target set --from): the pool judges a period as caseaudit does,
	 * against the threshold in force on its last day. */
	Stmt *s = db_stmt(x->db,
		"SELECT code, '0001-01-01', threshold, position FROM target"
		" UNION ALL SELECT d.target_code, d.from_date, d.threshold, t.position"
		" FROM target_threshold d JOIN target t ON t.code = d.target_code"
		" ORDER BY 4, 2");
	return query_file(x, "thresholds.csv", header, s, plain_row, cause);
}

static void team_row(Export *x, PoolFile *f, Stmt *s)
{
	char label[40];
	team_label(x, col_text(s, 0), label);
	pf_field(f, 1, label);
	pf_field(f, 0, col_text(s, 1));
	pf_end_row(f, 0);
}

static int write_teams(Export *x, char **cause)
{
	static const char *const header[] = {"team", "service", NULL};
	Stmt *s = db_stmt(x->db, "SELECT name, service FROM team ORDER BY name");
	return query_file(x, "teams.csv", header, s, team_row, cause);
}

static void audit_row(Export *x, PoolFile *f, Stmt *s)
{
	char child[33], label[40];
	pseudonym_of(&x->key, "child", col_text(s, 1), child);
	team_label(x, col_text(s, 2), label);
	pf_int(f, 1, db_column_int(s, 0));
	pf_field(f, 0, child);
	pf_field(f, 0, label);
	for (int i = 3; i < 6; i++)
		pf_field(f, 0, col_text(s, i));
	pf_end_row(f, 0);
}

static int write_audits(Export *x, char **cause)
{
	static const char *const header[] = {"audit", "child", "team", "date", "type", "grade", NULL};
	Stmt *s = db_stmt(x->db,
		"SELECT a.id, c.ref, t.name, a.date, a.type, a.grade"
		" FROM audit a JOIN case_file c ON c.id = a.case_id JOIN team t ON t.id = a.team_id"
		" WHERE a.submitted_at IS NOT NULL AND a.date >= :from AND a.date <= :to ORDER BY a.id");
	bind_period(s, &x->period);
	return query_file(x, "audits.csv", header, s, audit_row, cause);
}

static int write_answers(Export *x, char **cause)
{
	static const char *const header[] = {"audit", "standard", "result", NULL};
	Stmt *s = db_stmt(x->db,
		"SELECT an.audit_id, an.standard_code, an.result"
		" FROM audit a JOIN answer an ON an.audit_id = a.id"
		" WHERE a.submitted_at IS NOT NULL AND a.date >= :from AND a.date <= :to"
		" ORDER BY an.audit_id, an.standard_code");
	bind_period(s, &x->period);
	return query_file(x, "answers.csv", header, s, plain_row, cause);
}

static void scheduled_row(Export *x, PoolFile *f, Stmt *s)
{
	char child[33], auditor[33], label[40];
	pseudonym_of(&x->key, "child", col_text(s, 1), child);
	pseudonym_of(&x->key, "worker", col_text(s, 2), auditor);
	team_label(x, col_text(s, 3), label);
	pf_int(f, 1, db_column_int(s, 0));
	pf_field(f, 0, child);
	pf_field(f, 0, auditor);
	pf_field(f, 0, label);
	for (int i = 4; i < 8; i++)
		pf_field(f, 0, col_text(s, i));
	pf_end_row(f, 0);
}

static int write_scheduled(Export *x, char **cause)
{
	static const char *const header[] = {"sample", "child", "auditor", "team", "drawn_on", "due", "outcome",
	                                     "audited_on", NULL};
	/* What became of each scheduled audit, and the team it counts for, as
	 * MGMT-AUDITS and sample list judge them (measure_sql.h). */
	Stmt *s = db_stmt(x->db,
		"WITH " SQL_SCHEDULED_STATUS
		" SELECT ss.sample_id, ss.case_ref, w.name, t.name, ss.drawn_on, ss.due, ss.status, ss.audit_date"
		" FROM sched_status ss JOIN worker w ON w.id = ss.auditor_id JOIN team t ON t.id = ss.team_id"
		" WHERE ss.due >= :from AND ss.due <= :to AND ss.theme IS NULL ORDER BY ss.sample_id, ss.position");
	bind_period(s, &x->period);
	db_bind_text(s, ":today", x->today);
	return query_file(x, "scheduled.csv", header, s, scheduled_row, cause);
}

static void worker_month_row(Export *x, PoolFile *f, Stmt *s)
{
	char worker[33], label[40];
	pseudonym_of(&x->key, "worker", col_text(s, 0), worker);
	team_label(x, col_text(s, 2), label);
	pf_field(f, 1, worker);
	pf_field(f, 0, col_text(s, 1));
	pf_field(f, 0, label);
	for (int i = 3; i < 9; i++)
		pf_field(f, 0, col_text(s, i));
	pf_end_row(f, 0);
}

/* Per worker and month of the period: team and role on the month's last
 * day, in post in the month (started by its last day, not left before its
 * first), in post on its last day, supervised in it, agreement and
 * training dated on or before its last day. */
static int write_worker_months(Export *x, char **cause)
{
	static const char *const header[] = {"worker", "month", "team", "role", "in_post", "in_post_end",
	                                     "supervised", "agreement", "trained", NULL};
	Stmt *s = db_stmt(x->db,
		"WITH RECURSIVE month(first) AS ("
		"   SELECT date(:from, 'start of month')"
		"   UNION ALL SELECT date(first, '+1 month') FROM month WHERE date(first, '+1 month') <= :to),"
		" span AS (SELECT first, date(first, '+1 month', '-1 day') AS last FROM month),"
		" seen AS (SELECT wk.*, span.first, span.last, " SQL_WORKER_WAS("wk.id", "span.last") " AS was"
		"          FROM worker wk JOIN span)"
		" SELECT seen.name, substr(seen.first, 1, 7), t.name, " SQL_WORKER_ON("seen.was", "seen", "role") ","
		"        " DOMAIN_SQL_IN_POST("seen.started", "seen.left_on", "seen.first", "seen.last") ","
		"        " DOMAIN_SQL_IN_POST("seen.started", "seen.left_on", "seen.last", "seen.last") ","
		"        EXISTS (SELECT 1 FROM supervision sv WHERE sv.worker_id = seen.id"
		"                AND sv.date >= seen.first AND sv.date <= seen.last),"
		"        coalesce(seen.agreement <= seen.last, 0), coalesce(seen.trained <= seen.last, 0)"
		" FROM seen JOIN team t ON t.id = " SQL_WORKER_ON("seen.was", "seen", "team_id")
		" ORDER BY seen.name, seen.first");
	bind_period(s, &x->period);
	db_bind_text(s, ":today", x->today);
	return query_file(x, "worker_months.csv", header, s, worker_month_row, cause);
}

static int write_manifest(Export *x, char **cause)
{
	PoolFile f;
	if (file_open(x, &f, "manifest.txt", cause) != 0)
		return -1;
	time_t now = time(NULL);
	struct tm tm;
	char stamp[32];
	gmtime_r(&now, &tm);
	strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%SZ", &tm);
	buf_printf(&f.row,
		"caseaudit pool export\n"
		"format %d\n"
		"caseaudit_schema %d\n"
		"council %s\n"
		"key_id %s\n"
		"period_from %s\n"
		"period_to %s\n"
		"as_at %s\n"
		"exported_at %s\n",
		POOL_FORMAT_VERSION, migrate_version(db_handle(x->db)), x->req->council, x->key.id,
		x->period.from, x->period.to, x->today, stamp);
	for (int i = 0; i < x->nfile; i++)
		buf_printf(&f.row, "file %s %lld %s\n", x->out->names[i], x->out->rows[i], x->out->sha256[i]);
	/* The seal: SHA-256 of the lines above, so that an edited manifest
	 * is refused by pool/load (it cannot stop one who recomputes it: the
	 * README says what it proves). */
	PseudonymDigest *seal = pseudonym_digest_new();
	pseudonym_digest_add(seal, f.row.s, f.row.len);
	char sealed[65];
	pseudonym_digest_end(seal, sealed);
	buf_printf(&f.row, "manifest_sha256 %s\n", sealed);
	return file_close(x, &f, "manifest.txt", cause);
}

/* With no period, the one span compliance measures (compliance.c):
 * from the first month with a record to the last complete month. */
static int default_period(Export *x, char **cause)
{
	ComplianceQuery q = {0};
	period_all_time(&q.period);
	q.target = "MGMT-AUDITS";
	q.today = x->today;
	Compliance c;
	int rc = compliance_compute(x->db, &q, &c, cause);
	if (rc == 0)
		x->period = c.period;
	compliance_free(&c);
	return rc;
}

static int whole_months(const Period *p, char **cause)
{
	char first[11], last[11];
	month_first_day(month_of_date(p->from), first);
	month_last_day(month_of_date(p->to), last);
	if (strcmp(first, p->from) != 0 || strcmp(last, p->to) != 0)
		return failure(cause, "the pool measures whole months: give " FIELD("from") " as a month's first day and " FIELD("to") " as "
		               "a month's last day (or " FIELD("month") ", " FIELD("quarter") ", " FIELD("year") ")");
	return 0;
}

static int sync_dir(const char *path)
{
	int fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	int rc = fsync(fd);
	close(fd);
	return rc;
}

static void remove_dir(const char *dir)
{
	for (int i = 0; i < POOL_FILES; i++) {
		char *path = xprintf("%s/%s", dir, FILE_NAMES[i]);
		unlink(path);
		free(path);
	}
	rmdir(dir);
}

int pool_export(Db *db, const PoolExportRequest *r, PoolExportResult *out, char **cause)
{
	memset(out, 0, sizeof *out);
	if (!pool_council_valid(r->council))
		return failure(cause, FIELD("council") " '%s' is not a council code; expected 1 to 32 letters, digits or hyphens "
		               "(an ONS code such as E09000001)", r->council);
	struct stat st;
	if (lstat(r->folder, &st) == 0)
		return failure(cause, "%s already exists; give a new folder for the export", r->folder);
	Export x = {0};
	x.db = db;
	x.req = r;
	x.out = out;
	if (r->today != NULL)
		snprintf(x.today, sizeof x.today, "%s", r->today);
	else
		date_today(x.today);
	if (r->period.all_time) {
		if (default_period(&x, cause) != 0)
			return -1;
	} else {
		x.period = r->period;
		if (whole_months(&x.period, cause) != 0)
			return -1;
	}
	if (pseudonym_key_load(r->key_file, &x.key, &out->key_created, cause) != 0)
		return -1;
	/* Written under a temporary name beside the folder, renamed when whole. */
	char *copy = xstrdup(r->folder);
	char *parent = dirname(copy);
	x.dir = xprintf("%s/.caseaudit-export-XXXXXX", parent);
	free(copy);
	if (mkdtemp(x.dir) == NULL) {
		int e = errno;
		free(x.dir);
		return failure(cause, "cannot create the folder %s: %s", r->folder, strerror(e));
	}
	int rc = write_targets(&x, cause);
	if (rc == 0)
		rc = write_thresholds(&x, cause);
	if (rc == 0)
		rc = write_teams(&x, cause);
	if (rc == 0)
		rc = write_audits(&x, cause);
	if (rc == 0)
		rc = write_answers(&x, cause);
	if (rc == 0)
		rc = write_scheduled(&x, cause);
	if (rc == 0)
		rc = write_worker_months(&x, cause);
	if (rc == 0)
		rc = write_manifest(&x, cause);
	if (rc == 0 && (sync_dir(x.dir) != 0 || renameat2(AT_FDCWD, x.dir, AT_FDCWD, r->folder, RENAME_NOREPLACE) != 0))
		rc = failure(cause, "cannot name the export %s: %s", r->folder, strerror(errno));
	if (rc != 0)
		remove_dir(x.dir);
	else {
		char *c2 = xstrdup(r->folder);
		sync_dir(dirname(c2));
		free(c2);
	}
	out->period = x.period;
	memcpy(out->key_id, x.key.id, sizeof out->key_id);
	memset(&x.key, 0, sizeof x.key);
	free(x.dir);
	return rc;
}
