/* libFuzzer harness for the history verifier (history_chain.c). An
 * in-memory database holds a history written by caseaudit (teams, a
 * worker, a case, an audit with answers, changes). Each input is a list of
 * tamperings done with the triggers off, as the sqlite3 shell allows:
 * entries changed (any field, any bytes), removed, swapped, inserted,
 * renumbered, their hashes replaced; teams renamed, added, removed. Then
 * history verify runs, in the same transaction, which is rolled back.
 *
 * Besides the sanitizers, the verdict is checked: a history and data left
 * as they were must be whole; entries no longer the same sequence (other
 * than the newest ones removed, which the chain alone cannot tell) or a
 * team table changed must be found. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db.h"
#include "history_chain.h"
#include "util.h"

static Db *db;
static Buf original_history, original_teams;
static long long original_entries;

/* The harness's own statements, prepared once each and kept (their texts
 * are a few dozen: the fields and ids they name are few). Not db_stmt's
 * cache: its texts are string literals and its binds NUL-terminated, and
 * these texts are built and bind any bytes, NUL included, by length. */
static struct {
	char *sql;
	sqlite3_stmt *s;
} kept[128];

static sqlite3_stmt *statement(const char *sql)
{
	size_t i = 0;
	for (; i < sizeof kept / sizeof kept[0] && kept[i].sql; i++)
		if (strcmp(kept[i].sql, sql) == 0)
			return kept[i].s;
	if (i == sizeof kept / sizeof kept[0])
		abort(); /* more texts than the harness makes */
	if (sqlite3_prepare_v2(db_handle(db), sql, -1, &kept[i].s, NULL) != SQLITE_OK)
		abort(); /* the harness's own SQL */
	kept[i].sql = xstrdup(sql);
	return kept[i].s;
}

/* Step a kept statement once (a constraint may refuse it: that is one
 * more input) and make it ready for the next. */
static void step(sqlite3_stmt *s)
{
	sqlite3_step(s);
	sqlite3_reset(s);
	sqlite3_clear_bindings(s);
}

/* A number and a colon, as printf's "%d:" would write them. */
static void put_number(Buf *b, int n)
{
	char digits[16];
	int at = (int)sizeof digits;
	digits[--at] = ':';
	unsigned u = n < 0 ? 0u - (unsigned)n : (unsigned)n;
	do
		digits[--at] = (char)('0' + u % 10);
	while ((u /= 10) != 0);
	if (n < 0)
		digits[--at] = '-';
	buf_add(b, digits + at, sizeof digits - (size_t)at);
}

/* A table's rows, every value with its type and length, in one buffer
 * (hashes hold any byte, NUL included: compare with the length). */
static Buf snapshot(const char *sql)
{
	sqlite3_stmt *s = statement(sql);
	Buf b = {0};
	buf_puts(&b, "");
	while (sqlite3_step(s) == SQLITE_ROW) {
		for (int i = 0; i < sqlite3_column_count(s); i++) {
			int type = sqlite3_column_type(s, i);
			const void *v = type == SQLITE_BLOB ? sqlite3_column_blob(s, i) : (const void *)sqlite3_column_text(s, i);
			int n = sqlite3_column_bytes(s, i);
			put_number(&b, type);
			put_number(&b, n);
			if (n > 0)
				buf_add(&b, v, (size_t)n);
		}
		buf_puts(&b, "\n");
	}
	sqlite3_reset(s);
	return b;
}

static const char HISTORY_ROWS[] =
	"SELECT at, user, account, tbl, row_id, operation, old, new, hash FROM history ORDER BY id";
static const char TEAM_ROWS[] = "SELECT id, name, service FROM team ORDER BY id";

static void setup(const char *sql)
{
	char *cause = NULL;
	if (db_exec(db, sql, &cause) != 0) {
		fprintf(stderr, "fuzz_history: %s: %s\n", sql, cause);
		exit(1);
	}
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	char *cause = NULL;
	db = db_open(":memory:", "fuzzer", &cause);
	if (db == NULL) {
		fprintf(stderr, "fuzz_history: %s\n", cause);
		exit(1);
	}
	setup("INSERT INTO team(name) VALUES ('Alpha'); INSERT INTO team(name, service) VALUES ('Beta', 'CIN');"
	      "INSERT INTO team(name) VALUES ('Gamma'); UPDATE team SET service = 'CP' WHERE name = 'Alpha';"
	      "INSERT INTO worker(name, team_id, role) VALUES ('Mary Manager', 1, 'team-manager');"
	      "INSERT INTO case_file(ref, team_id, opened) VALUES ('C1', 1, '2016-01-04');"
	      "INSERT INTO case_flag(case_id, flag) VALUES (1, 'neglect');"
	      "INSERT INTO audit(case_id, team_id, auditor_id, date) VALUES (1, 1, 1, '2016-11-01');"
	      "INSERT INTO answer(audit_id, standard_code, result, note) VALUES (1, 'CHRON', 'met', 'ok'),"
	      " (1, 'PLAN', 'not-met', NULL);"
	      "UPDATE answer SET note = 'late' WHERE standard_code = 'PLAN';"
	      "DELETE FROM case_flag;");
	/* Every input tampers with the triggers off, as the sqlite3 shell
	 * allows; the verifier only reads, so they stay off. (Switching them
	 * for each input would expire every prepared statement, the
	 * verifier's kept ones too.) */
	int was;
	sqlite3_db_config(db_handle(db), SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, &was);
	original_history = snapshot(HISTORY_ROWS);
	original_teams = snapshot(TEAM_ROWS);
	original_entries = 0;
	sqlite3_stmt *s;
	if (sqlite3_prepare_v2(db_handle(db), "SELECT count(*) FROM history", -1, &s, NULL) != SQLITE_OK ||
	    sqlite3_step(s) != SQLITE_ROW)
		abort();
	original_entries = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	return 0;
}

typedef struct {
	const uint8_t *p;
	size_t n;
} Input;

static unsigned byte(Input *in)
{
	if (in->n == 0)
		return 0;
	in->n--;
	return *in->p++;
}

/* Up to 40 bytes of the input, any bytes at all. */
static size_t bytes(Input *in, const uint8_t **out)
{
	size_t len = byte(in) % 41;
	if (len > in->n)
		len = in->n;
	*out = in->p;
	in->p += len;
	in->n -= len;
	return len;
}

static long long entry_id(Input *in)
{
	return (long long)(byte(in) % (unsigned)(original_entries + 3));
}

static void run(const char *sql, Input *in, int text_params)
{
	sqlite3_stmt *s = statement(sql);
	int params = sqlite3_bind_parameter_count(s);
	for (int i = 1; i <= params; i++) {
		if (i <= text_params) {
			const uint8_t *v;
			size_t len = bytes(in, &v);
			if (len == 1 && v[0] == 0)
				sqlite3_bind_null(s, i);
			else
				sqlite3_bind_text(s, i, (const char *)v, (int)len, SQLITE_TRANSIENT);
		} else {
			sqlite3_bind_int64(s, i, entry_id(in));
		}
	}
	step(s);
}

/* The harness's own statements on ids ?1 and ?2 (a constraint may refuse
 * one: that is one more input). */
static void exec_ids(const char *sql, long long a, long long b)
{
	sqlite3_stmt *s = statement(sql);
	sqlite3_bind_int64(s, 1, a);
	if (sqlite3_bind_parameter_count(s) >= 2)
		sqlite3_bind_int64(s, 2, b);
	step(s);
}

static void blob_hash(Input *in)
{
	const uint8_t *v;
	size_t len = bytes(in, &v);
	sqlite3_stmt *s = statement("UPDATE history SET hash = ?1 WHERE id = ?2");
	if (len == 0)
		sqlite3_bind_null(s, 1);
	else
		sqlite3_bind_blob(s, 1, v, (int)len, SQLITE_TRANSIENT);
	sqlite3_bind_int64(s, 2, entry_id(in));
	step(s);
}

static const char *const FIELDS[] = {"at", "user", "account", "tbl", "row_id", "operation", "old", "new"};

static void tamper(Input *in)
{
	char sql[160];
	switch (byte(in) % 9) {
	case 0:
		snprintf(sql, sizeof sql, "UPDATE history SET %s = ?1 WHERE id = ?2", FIELDS[byte(in) % 8]);
		run(sql, in, 1);
		break;
	case 1:
		run("DELETE FROM history WHERE id = ?1", in, 0);
		break;
	case 2: { /* swap two entries' places */
		long long a = entry_id(in), b = entry_id(in);
		exec_ids("UPDATE history SET id = -1 WHERE id = ?1", a, b);
		exec_ids("UPDATE history SET id = ?1 WHERE id = ?2", a, b);
		exec_ids("UPDATE history SET id = ?2 WHERE id = -1", a, b);
		break;
	}
	case 3: { /* insert an entry at a place, moving the later ones on */
		long long a = entry_id(in);
		exec_ids("UPDATE history SET id = id + 1000000 WHERE id >= ?1", a, 0);
		exec_ids("UPDATE history SET id = id - 999999 WHERE id >= 1000000", a, 0);
		snprintf(sql, sizeof sql, "INSERT INTO history(id, at, user, account, tbl, row_id, operation, old, new)"
		         " VALUES (%lld, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", a);
		run(sql, in, 8);
		break;
	}
	case 4:
		blob_hash(in);
		break;
	case 5: /* renumber every entry: the order is kept */
		run("UPDATE history SET id = id + 1000 + ?1", in, 0);
		break;
	case 6:
		snprintf(sql, sizeof sql, "UPDATE team SET %s = ?1 WHERE id = ?2", byte(in) % 2 ? "name" : "service");
		run(sql, in, 1);
		break;
	case 7:
		run("INSERT INTO team(name, service) VALUES (?1, ?2)", in, 2);
		break;
	default:
		run("DELETE FROM team WHERE id = ?1 AND id NOT IN (SELECT team_id FROM worker)"
		    " AND id NOT IN (SELECT team_id FROM case_file)", in, 0);
		break;
	}
}

static void count(void *ctx, const HistoryProblem *p)
{
	if (p->problem == NULL || *p->problem == '\0' || p->position < 0)
		abort();
	(*(long long *)ctx)++;
	if (getenv("FUZZ_HISTORY_SHOW"))
		fprintf(stderr, "problem: %lld %lld %s %s: %s\n", p->position, p->id, p->table ? p->table : "-",
		        p->row ? p->row : "-", p->problem);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *cause = NULL;
	if (db_begin(db, 1, &cause) != 0)
		abort();
	Input in = {data, size};
	for (int ops = 0; in.n > 0 && ops < 16; ops++)
		tamper(&in);

	Buf history = snapshot(HISTORY_ROWS), teams = snapshot(TEAM_ROWS);
	int same_history = history.len == original_history.len &&
	                   memcmp(history.s, original_history.s, history.len) == 0;
	/* Only the newest entries removed: the rest is a prefix of what was
	 * (rows end with a newline; a value's length comes before it, so a
	 * prefix ends at a row's end). */
	int prefix = history.len <= original_history.len &&
	             memcmp(history.s, original_history.s, history.len) == 0;
	int same_teams = teams.len == original_teams.len && memcmp(teams.s, original_teams.s, teams.len) == 0;
	buf_free(&history);
	buf_free(&teams);

	long long problems = 0;
	HistoryVerifyResult r;
	if (history_chain_verify(db_handle(db), NULL, count, &problems, &r, &cause) != 0) {
		fprintf(stderr, "fuzz_history: verify failed: %s\n", cause);
		abort();
	}
	if (problems != r.problems)
		abort();
	if (same_history && same_teams && r.problems != 0)
		abort(); /* a false alarm */
	if ((!prefix || !same_teams) && r.problems == 0)
		abort(); /* tampering missed */
	if (db_end(db, 0, &cause) != 0)
		abort();
	return 0;
}
