/* The history's hash chain. Every history entry carries the SHA-256 of the
 * entry before it and of its own contents (history_chain_hash), so an
 * entry changed, removed, reordered or inserted by any program breaks the
 * chain where it happened. The trigger history_seal (migrations/0013)
 * seals each entry as it is written, whichever trigger wrote it, through
 * caseaudit_chain(); caseaudit calls the same function where it writes
 * history with the triggers off. The hash comes from nettle (see
 * CMakeLists.txt for why nettle). */
#include "history_chain.h"

#include <nettle/sha2.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "util.h"

/* Changing what is hashed makes a new version: old chains must still verify. */
static const char CHAIN_TAG[] = "caseaudit history v1";

/* A statement of the verifier's, kept for the next verification: see
 * verify_prepare. */
typedef struct {
	char *text;
	size_t len;  /* of text */
	sqlite3_stmt *stmt;
	int busy;  /* handed out and not yet released */
} Kept;

/* The chain's head as this connection last wrote or read it, carried from
 * one entry to the next so that sealing an entry looks nothing up. It is
 * trusted only for the entry right after it (id + 1) and forgotten when a
 * transaction rolls back; anything else reads the entry before from the
 * table. */
typedef struct Chain {
	sqlite3 *sql;
	int known;
	sqlite3_int64 id;
	unsigned char head[HISTORY_HASH_SIZE];
	Kept *kept;  /* the verifier's statements (verify_prepare) */
	int nkept;
	int nextkept;  /* where the next lookup starts: after the last found */
	struct Chain *next;  /* the chain of the next connection attached */
} Chain;

static void put_length(struct sha256_ctx *c, size_t n)
{
	unsigned char b[8];
	for (int i = 7; i >= 0; i--, n >>= 8)
		b[i] = (unsigned char)(n & 0xff);
	sha256_update(c, sizeof b, b);
}

void history_chain_hash(const unsigned char prev[HISTORY_HASH_SIZE], const HistoryField fields[HISTORY_FIELDS],
                        unsigned char out[HISTORY_HASH_SIZE])
{
	struct sha256_ctx c;
	sha256_init(&c);
	sha256_update(&c, sizeof CHAIN_TAG, (const uint8_t *)CHAIN_TAG);
	sha256_update(&c, HISTORY_HASH_SIZE, prev);
	for (int i = 0; i < HISTORY_FIELDS; i++) {
		unsigned char present = fields[i].text != NULL;
		sha256_update(&c, 1, &present);
		if (present) {
			put_length(&c, fields[i].len);
			sha256_update(&c, fields[i].len, fields[i].text);
		}
	}
	sha256_digest(&c, HISTORY_HASH_SIZE, out);
}

void history_chain_hex(const unsigned char hash[HISTORY_HASH_SIZE], char hex[HISTORY_HEX_SIZE])
{
	static const char digits[] = "0123456789abcdef";
	for (int i = 0; i < HISTORY_HASH_SIZE; i++) {
		hex[2 * i] = digits[hash[i] >> 4];
		hex[2 * i + 1] = digits[hash[i] & 15];
	}
	hex[2 * HISTORY_HASH_SIZE] = '\0';
}

const char *history_chain_account(void)
{
	static char account[256];
	if (account[0] == '\0') {
		uid_t uid = geteuid();
		const struct passwd *pw = getpwuid(uid);
		if (pw && pw->pw_name && *pw->pw_name)
			snprintf(account, sizeof account, "%s", pw->pw_name);
		else
			snprintf(account, sizeof account, "uid %ld", (long)uid);
	}
	return account;
}

/* The stored hash of the entry before id: 32 zero bytes when there is
 * none, or when it has none (the verifier reports that entry). */
static int load_previous(sqlite3 *sql, sqlite3_int64 id, unsigned char prev[HISTORY_HASH_SIZE])
{
	memset(prev, 0, HISTORY_HASH_SIZE);
	sqlite3_stmt *s;
	if (sqlite3_prepare_v2(sql, "SELECT hash FROM history WHERE id < ?1 ORDER BY id DESC LIMIT 1", -1, &s, NULL) !=
	    SQLITE_OK)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	int rc = sqlite3_step(s);
	if (rc == SQLITE_ROW && sqlite3_column_bytes(s, 0) == HISTORY_HASH_SIZE &&
	    sqlite3_column_type(s, 0) == SQLITE_BLOB)
		memcpy(prev, sqlite3_column_blob(s, 0), HISTORY_HASH_SIZE);
	sqlite3_finalize(s);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : -1;
}

static void field_of(sqlite3_value *v, HistoryField *f)
{
	if (sqlite3_value_type(v) == SQLITE_NULL) {
		f->text = NULL;
		f->len = 0;
		return;
	}
	f->text = sqlite3_value_text(v);
	f->len = (size_t)sqlite3_value_bytes(v);
	if (f->text == NULL) /* out of memory: hash as empty rather than as NULL */
		f->text = (const unsigned char *)"";
}

/* Seal entry id of c's connection: its hash from the entry before (the
 * carried head when id follows it, else read from the table). */
static int seal(Chain *c, sqlite3_int64 id, const HistoryField f[HISTORY_FIELDS], unsigned char out[HISTORY_HASH_SIZE])
{
	if (!c->known || c->id != id - 1) {
		if (load_previous(c->sql, id, c->head) != 0) {
			c->known = 0;
			return -1;
		}
	}
	history_chain_hash(c->head, f, out);
	memcpy(c->head, out, HISTORY_HASH_SIZE);
	c->id = id;
	c->known = 1;
	return 0;
}

/* The chains of the connections attached (a process has one or two). */
static Chain *chains;

static Chain *chain_of(sqlite3 *sql)
{
	for (Chain *c = chains; c; c = c->next)
		if (c->sql == sql)
			return c;
	return NULL;
}

static void chain_free(void *p)
{
	for (Chain **c = &chains; *c; c = &(*c)->next)
		if (*c == p) {
			*c = (*c)->next;
			break;
		}
	Chain *c = p;
	for (int i = 0; i < c->nkept; i++)
		free(c->kept[i].text); /* their statements: history_chain_detach */
	free(c->kept);
	free(p);
}

void history_chain_detach(sqlite3 *sql)
{
	Chain *c = chain_of(sql);
	if (c == NULL)
		return;
	for (int i = 0; i < c->nkept; i++) {
		sqlite3_finalize(c->kept[i].stmt);
		free(c->kept[i].text);
	}
	free(c->kept);
	c->kept = NULL;
	c->nkept = 0;
	c->nextkept = 0;
}

int history_chain_seal(sqlite3 *sql, sqlite3_int64 id, const HistoryField fields[HISTORY_FIELDS],
                       unsigned char out[HISTORY_HASH_SIZE], char **cause)
{
	Chain *c = chain_of(sql);
	if (c == NULL)
		return failure(cause, "the history's chain is not attached to this connection");
	if (sqlite3_txn_state(sql, "main") != SQLITE_TXN_WRITE)
		return failure(cause, "history entries are sealed as they are written, in a write transaction");
	if (seal(c, id, fields, out) != 0)
		return failure(cause, "cannot read the history entry before %lld: %s", (long long)id, sqlite3_errmsg(sql));
	return 0;
}

/* caseaudit_chain(id, at, user, account, tbl, row_id, operation, old, new):
 * the hash of the entry id with those contents, chained to the entry
 * before it. Only while writing (a write transaction): a read-only `sql`
 * must not move the carried head. */
static void sql_chain(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	Chain *c = sqlite3_user_data(ctx);
	if (argc != 1 + HISTORY_FIELDS) {
		sqlite3_result_error(ctx, "caseaudit_chain() takes the entry's id and its eight fields", -1);
		return;
	}
	if (sqlite3_txn_state(c->sql, "main") != SQLITE_TXN_WRITE) {
		sqlite3_result_error(ctx, "caseaudit_chain() seals history entries as they are written, and only then", -1);
		return;
	}
	HistoryField f[HISTORY_FIELDS];
	for (int i = 0; i < HISTORY_FIELDS; i++)
		field_of(argv[1 + i], &f[i]);
	unsigned char out[HISTORY_HASH_SIZE];
	if (seal(c, sqlite3_value_int64(argv[0]), f, out) != 0) {
		sqlite3_result_error(ctx, "caseaudit_chain(): cannot read the entry before", -1);
		return;
	}
	sqlite3_result_blob(ctx, out, sizeof out, SQLITE_TRANSIENT);
}

static void sql_account(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	(void)argc;
	(void)argv;
	sqlite3_result_text(ctx, history_chain_account(), -1, SQLITE_STATIC);
}

/* A rolled-back transaction may have taken the carried head with it. */
static void on_rollback(void *ctx)
{
	((Chain *)ctx)->known = 0;
}

int history_chain_attach(sqlite3 *sql, char **cause)
{
	Chain *c = xcalloc(1, sizeof *c);
	c->sql = sql;
	c->next = chains;
	chains = c;
	int flags = SQLITE_UTF8 | SQLITE_INNOCUOUS;
	/* The function owns c: chain_free forgets it when the connection closes. */
	if (sqlite3_create_function_v2(sql, "caseaudit_chain", 1 + HISTORY_FIELDS, flags, c, sql_chain, NULL, NULL,
	                               chain_free) != SQLITE_OK ||
	    sqlite3_create_function(sql, "caseaudit_account", 0, flags, NULL, sql_account, NULL, NULL) != SQLITE_OK)
		return failure(cause, "cannot register the history chain's functions: %s", sqlite3_errmsg(sql));
	/* The only rollback hook of the connection (SQLite keeps one). */
	sqlite3_rollback_hook(sql, on_rollback, c);
	return 0;
}

/* ---- the head ---- */

int history_chain_head(sqlite3 *sql, long long *entries, char hex[HISTORY_HEX_SIZE], char **cause)
{
	sqlite3_stmt *s;
	hex[0] = '\0';
	*entries = 0;
	if (sqlite3_prepare_v2(sql,
	                       "SELECT (SELECT count(*) FROM history),"
	                       "       (SELECT hash FROM history ORDER BY id DESC LIMIT 1)",
	                       -1, &s, NULL) != SQLITE_OK)
		return failure(cause, "cannot read the history's head: %s", sqlite3_errmsg(sql));
	int rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		*entries = sqlite3_column_int64(s, 0);
		if (sqlite3_column_type(s, 1) == SQLITE_BLOB && sqlite3_column_bytes(s, 1) == HISTORY_HASH_SIZE)
			history_chain_hex(sqlite3_column_blob(s, 1), hex);
	}
	sqlite3_finalize(s);
	if (rc != SQLITE_ROW)
		return failure(cause, "cannot read the history's head: %s", sqlite3_errmsg(sql));
	return 0;
}

char *history_chain_describe(sqlite3 *sql, char **cause)
{
	long long entries;
	char hex[HISTORY_HEX_SIZE];
	if (history_chain_head(sql, &entries, hex, cause) != 0)
		return NULL;
	return xprintf("history: %lld entr%s, head sha256 %s", entries, entries == 1 ? "y" : "ies",
	               hex[0] ? hex : "none");
}

/* ---- verifying ---- */

/* Stored hashes of the last few entries, to explain a broken link: an
 * entry that is whole but follows an older one had entries inserted
 * before it. */
enum { RECENT = 4 };

typedef struct {
	long long position, id;
	int valid;
	unsigned char hash[HISTORY_HASH_SIZE];
} Recent;

/* Where the ids and the positions part (an id skipped or repeated): the
 * position of any id, without a map of them all. */
typedef struct {
	long long id, position;
} Break;

typedef struct {
	sqlite3 *sql;
	HistoryProblemFn fn;
	void *ctx;
	HistoryVerifyResult *r;
	Break *breaks;
	int nbreaks, capbreaks;
	Chain *chain;  /* the connection's, keeping the statements; NULL if not attached */
} Verify;

/* A verification prepares three statements for each recorded table, about
 * ninety: on a small database that was more than half its time, and
 * history verify may run again and again in a session (fuzz_history runs
 * it for every input). So they are kept with the connection's chain, by
 * their text, for the next one (SQLite prepares one again itself if the
 * schema changes), up to a bound; history_chain_detach finalizes them
 * before the connection closes. Each is handed back with verify_release.
 *
 * A verification asks for them in the order the last one did, so the
 * lookup starts after the statement last found, and compares texts only
 * of the same length: comparing every kept text, most sharing a long
 * prefix, was a quarter of a verification's time. */
enum { KEPT_MAX = 256 };

static int verify_prepare(Verify *v, const char *text, sqlite3_stmt **out)
{
	Chain *c = v->chain;
	size_t len = strlen(text);
	for (int n = 0; c && n < c->nkept; n++) {
		int i = (c->nextkept + n) % c->nkept;
		Kept *k = &c->kept[i];
		if (!k->busy && k->len == len && memcmp(k->text, text, len) == 0) {
			k->busy = 1;
			c->nextkept = i + 1;
			*out = k->stmt;
			return SQLITE_OK;
		}
	}
	int keep = c != NULL && c->nkept < KEPT_MAX;
	int rc = sqlite3_prepare_v3(v->sql, text, -1, keep ? SQLITE_PREPARE_PERSISTENT : 0, out, NULL);
	if (rc == SQLITE_OK && keep) {
		c->kept = xrealloc(c->kept, sizeof *c->kept * (size_t)(c->nkept + 1));
		c->kept[c->nkept++] = (Kept){xstrdup(text), len, *out, 1};
		c->nextkept = c->nkept;
	}
	return rc;
}

/* Done with s: reset for the next verification (its bindings cleared, as
 * they point into memory freed after), or finalized if not kept. */
static void verify_release(Verify *v, sqlite3_stmt *s)
{
	Chain *c = v->chain;
	for (int i = 0; c && i < c->nkept; i++)
		if (c->kept[i].stmt == s) {
			sqlite3_reset(s);
			sqlite3_clear_bindings(s);
			c->kept[i].busy = 0;
			return;
		}
	sqlite3_finalize(s);
}

static void problem(Verify *v, HistoryProblemKind kind, long long position, long long id, const char *table, const char *row, const char *what)
{
	HistoryProblem p = {kind, position, id, table, row, what};
	v->r->problems++;
	if (v->fn)
		v->fn(v->ctx, &p);
}

static long long position_of(const Verify *v, long long id)
{
	long long position = id;
	for (int i = 0; i < v->nbreaks && v->breaks[i].id <= id; i++)
		position = v->breaks[i].position + (id - v->breaks[i].id);
	return position;
}

static int stored_hash(sqlite3_stmt *s, int col, unsigned char out[HISTORY_HASH_SIZE])
{
	if (sqlite3_column_type(s, col) != SQLITE_BLOB || sqlite3_column_bytes(s, col) != HISTORY_HASH_SIZE)
		return 0;
	memcpy(out, sqlite3_column_blob(s, col), HISTORY_HASH_SIZE);
	return 1;
}

static void fields_of(sqlite3_stmt *s, int first, HistoryField f[HISTORY_FIELDS])
{
	for (int i = 0; i < HISTORY_FIELDS; i++) {
		if (sqlite3_column_type(s, first + i) == SQLITE_NULL) {
			f[i].text = NULL;
			f[i].len = 0;
		} else {
			f[i].text = sqlite3_column_text(s, first + i);
			f[i].len = (size_t)sqlite3_column_bytes(s, first + i);
			if (f[i].text == NULL)
				f[i].text = (const unsigned char *)"";
		}
	}
}

/* The position of a later entry whose hash this entry was chained to:
 * the entry was moved back, before it. 0 when none of the next few. */
static long long chained_to_later(Verify *v, long long id, long long position, const HistoryField f[HISTORY_FIELDS],
                                  const unsigned char stored[HISTORY_HASH_SIZE])
{
	sqlite3_stmt *s;
	if (verify_prepare(v, "SELECT hash FROM history WHERE id > ?1 ORDER BY id LIMIT ?2", &s) != SQLITE_OK)
		return 0;
	sqlite3_bind_int64(s, 1, id);
	sqlite3_bind_int(s, 2, RECENT);
	long long found = 0;
	for (long long later = position + 1; found == 0 && sqlite3_step(s) == SQLITE_ROW; later++) {
		unsigned char h[HISTORY_HASH_SIZE], out[HISTORY_HASH_SIZE];
		if (!stored_hash(s, 0, h))
			continue;
		history_chain_hash(h, f, out);
		if (memcmp(out, stored, sizeof out) == 0)
			found = later;
	}
	verify_release(v, s);
	return found;
}

/* Say what is wrong with an entry that does not match the one before. */
static void explain(Verify *v, sqlite3_stmt *s, long long position, long long id, long long previous_id,
                    const Recent *recent, const HistoryField f[HISTORY_FIELDS])
{
	const char *table = (const char *)sqlite3_column_text(s, 4);
	const char *row = (const char *)sqlite3_column_text(s, 5);
	unsigned char stored[HISTORY_HASH_SIZE];
	char *what = NULL;
	if (!stored_hash(s, 9, stored)) {
		what = xstrdup("has no hash: it was not written by caseaudit (an entry inserted, or its hash removed)");
	} else {
		/* Chained to an older entry than the one before it? */
		unsigned char zero[HISTORY_HASH_SIZE] = {0}, out[HISTORY_HASH_SIZE];
		for (int k = 1; k < RECENT && what == NULL; k++) {
			/* recent[k]: the entry k + 1 before this one. */
			const Recent *q = &recent[k];
			if (q->position > 0 && q->valid) {
				history_chain_hash(q->hash, f, out);
				if (memcmp(out, stored, sizeof out) == 0)
					what = position - q->position == 2
					         ? xprintf("is whole but follows entry %lld: entry %lld was inserted before it, or "
					                   "moved there", q->position, position - 1)
					         : xprintf("is whole but follows entry %lld: entries %lld to %lld were inserted before "
					                   "it, or moved there", q->position, q->position + 1, position - 1);
			}
		}
		if (what == NULL && position > 1 && position <= RECENT) {
			history_chain_hash(zero, f, out);
			if (memcmp(out, stored, sizeof out) == 0)
				what = xprintf("is whole but was the first entry: entries 1 to %lld were inserted before it",
				               position - 1);
		}
		long long later = what ? 0 : chained_to_later(v, id, position, f, stored);
		if (later > 0)
			what = xprintf("is out of order: it was written after the entry now at position %lld", later);
		else if (what == NULL && id != previous_id + 1 && id > previous_id)
			what = id == previous_id + 2
			         ? xprintf("does not match the entry before it: the entry with id %lld was removed (or this "
			                   "one was changed)", previous_id + 1)
			         : xprintf("does not match the entry before it: the entries with ids %lld to %lld were removed "
			                   "(or this one was changed)", previous_id + 1, id - 1);
		else if (what == NULL)
			what = xstrdup("was changed: its contents do not match its hash");
	}
	problem(v, HISTORY_ENTRY, position, id, table, row, what);
	free(what);
}

static int hex_prefix_matches(const unsigned char hash[HISTORY_HASH_SIZE], const char *head)
{
	char hex[HISTORY_HEX_SIZE];
	history_chain_hex(hash, hex);
	return strncmp(hex, head, strlen(head)) == 0;
}

static int verify_chain(Verify *v, const char *head, char **cause)
{
	sqlite3_stmt *s;
	if (verify_prepare(v, "SELECT id, at, user, account, tbl, row_id, operation, old, new, hash"
	                      " FROM history ORDER BY id", &s) != SQLITE_OK)
		return failure(cause, "cannot read the history: %s", sqlite3_errmsg(v->sql));
	/* recent[0]: the entry before this one; recent[k]: k entries further back. */
	Recent recent[RECENT];
	memset(recent, 0, sizeof recent);
	long long position = 0, previous_id = 0, offset = 0;
	int rc;
	unsigned char last[HISTORY_HASH_SIZE];
	int last_valid = 0;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		position++;
		long long id = sqlite3_column_int64(s, 0);
		if (id - position != offset || position == 1) {
			if (v->nbreaks == v->capbreaks) {
				v->capbreaks = v->capbreaks ? 2 * v->capbreaks : 16;
				v->breaks = xrealloc(v->breaks, sizeof *v->breaks * (size_t)v->capbreaks);
			}
			v->breaks[v->nbreaks].id = id;
			v->breaks[v->nbreaks].position = position;
			v->nbreaks++;
			offset = id - position;
		}
		HistoryField f[HISTORY_FIELDS];
		fields_of(s, 1, f);
		unsigned char computed[HISTORY_HASH_SIZE], stored[HISTORY_HASH_SIZE];
		static const unsigned char zero[HISTORY_HASH_SIZE];
		/* Chained to the entry before as stored (or, when that one has no
		 * hash, as it should have been), so one bad entry is one problem. */
		history_chain_hash(position == 1 ? zero : recent[0].hash, f, computed);
		int valid = stored_hash(s, 9, stored);
		if (!valid || memcmp(computed, stored, sizeof stored) != 0)
			explain(v, s, position, id, position == 1 ? 0 : previous_id, recent, f);
		if (head && v->r->head_position == 0 && valid && hex_prefix_matches(stored, head))
			v->r->head_position = position;
		memmove(&recent[1], &recent[0], sizeof recent[0] * (RECENT - 1));
		recent[0].position = position;
		recent[0].id = id;
		recent[0].valid = valid;
		memcpy(recent[0].hash, valid ? stored : computed, sizeof stored);
		memcpy(last, stored, sizeof last);
		last_valid = valid;
		previous_id = id;
	}
	verify_release(v, s);
	if (rc != SQLITE_DONE)
		return failure(cause, "cannot read the history: %s", sqlite3_errmsg(v->sql));
	v->r->entries = position;
	if (last_valid)
		history_chain_hex(last, v->r->head);
	return 0;
}

/* ---- the recorded rows against their last entries ---- */

static char *quote_identifier(const char *name)
{
	Buf b = {0};
	buf_puts(&b, "\"");
	for (const char *p = name; *p; p++) {
		buf_add(&b, p, 1);
		if (*p == '"')
			buf_add(&b, p, 1);
	}
	buf_puts(&b, "\"");
	return b.s;
}

/* A value for a message: quoted text (cut short), a number, or null. */
static char *shown(sqlite3_stmt *s, int col)
{
	switch (sqlite3_column_type(s, col)) {
	case SQLITE_NULL:
		return xstrdup("null");
	case SQLITE_INTEGER:
		return xprintf("%lld", (long long)sqlite3_column_int64(s, col));
	case SQLITE_FLOAT:
		return xprintf("%.17g", sqlite3_column_double(s, col));
	default: {
		const char *t = (const char *)sqlite3_column_text(s, col);
		int n = sqlite3_column_bytes(s, col);
		return n > 60 ? xprintf("'%.57s...'", t ? t : "") : xprintf("'%s'", t ? t : "");
	}
	}
}

static int same_value(sqlite3_stmt *s, int a, int b)
{
	int ta = sqlite3_column_type(s, a), tb = sqlite3_column_type(s, b);
	if (ta == SQLITE_NULL || tb == SQLITE_NULL)
		return ta == tb;
	int na = ta == SQLITE_INTEGER || ta == SQLITE_FLOAT, nb = tb == SQLITE_INTEGER || tb == SQLITE_FLOAT;
	if (na || nb) {
		if (!(na && nb))
			return 0;
		if (ta == SQLITE_INTEGER && tb == SQLITE_INTEGER)
			return sqlite3_column_int64(s, a) == sqlite3_column_int64(s, b);
		return sqlite3_column_double(s, a) == sqlite3_column_double(s, b);
	}
	const void *pa = sqlite3_column_blob(s, a);
	int la = sqlite3_column_bytes(s, a);
	const void *pb = sqlite3_column_blob(s, b);
	int lb = sqlite3_column_bytes(s, b);
	return la == lb && (la == 0 || memcmp(pa, pb, (size_t)la) == 0);
}

typedef struct {
	char *name;   /* as declared */
	int pk;       /* position in the primary key, from 1; 0: not in it */
} Column;

typedef struct {
	const char *table;
	char *quoted;     /* the table's name as an SQL identifier */
	Column *cols;
	int ncols;
	char *key;        /* the row key as the history triggers write it */
} Recorded;

static int recorded_columns(Verify *v, Recorded *t, char **cause)
{
	sqlite3_stmt *s;
	if (verify_prepare(v, "SELECT name, pk FROM pragma_table_info(?1) ORDER BY cid", &s) != SQLITE_OK)
		return failure(cause, "cannot read the columns of %s: %s", t->table, sqlite3_errmsg(v->sql));
	sqlite3_bind_text(s, 1, t->table, -1, SQLITE_STATIC);
	while (sqlite3_step(s) == SQLITE_ROW) {
		t->cols = xrealloc(t->cols, sizeof *t->cols * (size_t)(t->ncols + 1));
		t->cols[t->ncols].name = xstrdup((const char *)sqlite3_column_text(s, 0));
		t->cols[t->ncols].pk = sqlite3_column_int(s, 1);
		t->ncols++;
	}
	verify_release(v, s);
	/* The key as tools/history_triggers.py writes it: the primary key's
	 * columns in key order, joined by '/'. */
	Buf key = {0};
	int parts = 0;
	for (int k = 1; k <= t->ncols; k++)
		for (int i = 0; i < t->ncols; i++)
			if (t->cols[i].pk == k) {
				char *q = quote_identifier(t->cols[i].name);
				buf_printf(&key, "%s%s", parts++ ? " || '/' || r." : "r.", q);
				free(q);
			}
	if (parts == 0)
		return 1; /* no primary key: not recorded as the triggers record */
	t->key = parts == 1 ? xprintf("CAST(%s AS TEXT)", key.s) : xstrdup(key.s);
	buf_free(&key);
	return 0;
}

static void recorded_free(Recorded *t)
{
	for (int i = 0; i < t->ncols; i++)
		free(t->cols[i].name);
	free(t->cols);
	free(t->quoted);
	free(t->key);
}

/* An answer recorded with its audit (migrations/0005) has no entry of its
 * own until it changes: its value is in the audit's insert, under answers
 * and notes. The row's query brings that entry's id (column whole), the
 * result and the note it holds (whole + 1, whole + 2); result and note are
 * the row's columns. NULL when it agrees, else what is wrong (malloc'd). */
static char *answer_in_audit(Verify *v, sqlite3_stmt *s, int whole, int result, int note, long long *entry)
{
	if (sqlite3_column_type(s, whole) == SQLITE_NULL || sqlite3_column_type(s, whole + 1) == SQLITE_NULL)
		return xstrdup("has no history entry: it was written without caseaudit recording it");
	*entry = sqlite3_column_int64(s, whole);
	int col = !same_value(s, result, whole + 1) ? result : !same_value(s, note, whole + 2) ? note : -1;
	if (col < 0)
		return NULL;
	char *now = shown(s, col), *then = shown(s, col == result ? whole + 1 : whole + 2);
	char *what = xprintf("%s is %s but its audit's insert (position %lld) has %s", col == result ? "result" : "note",
	                     now, position_of(v, *entry), then);
	free(now);
	free(then);
	return what;
}

/* Every row of t against its last history entry. */
static int verify_rows(Verify *v, Recorded *t, char **cause)
{
	if (t->key == NULL || t->quoted == NULL)
		return 0;
	int is_answer = strcmp(t->table, "answer") == 0;
	Buf sql = {0};
	buf_printf(&sql, "SELECT %s, h.id, h.operation", t->key);
	for (int i = 0; i < t->ncols; i++) {
		char *q = quote_identifier(t->cols[i].name);
		buf_printf(&sql, ", r.%s, json_extract(CASE WHEN json_valid(h.new) THEN h.new END, ?%d)", q, i + 2);
		free(q);
	}
	int whole = 3 + 2 * t->ncols, result = -1, note = -1;
	if (is_answer) {
		/* The audit's insert, for answers recorded with it. */
		buf_puts(&sql, ", w.id, json_extract(CASE WHEN json_valid(w.new) THEN w.new END,"
		               "                     '$.answers.\"' || r.standard_code || '\"'),"
		               " json_extract(CASE WHEN json_valid(w.new) THEN w.new END,"
		               "              '$.notes.\"' || r.standard_code || '\"')");
		for (int i = 0; i < t->ncols; i++) {
			if (strcmp(t->cols[i].name, "result") == 0)
				result = 3 + 2 * i;
			if (strcmp(t->cols[i].name, "note") == 0)
				note = 3 + 2 * i;
		}
		if (result < 0 || note < 0) {
			buf_free(&sql);
			return failure(cause, "the answer table has no result or note column");
		}
	}
	/* Last: whether the entry's new value is JSON at all (a tampered one
	 * may not be; every json_extract above then gives NULL). */
	int valid = whole + (is_answer ? 3 : 0);
	buf_puts(&sql, ", h.new IS NULL OR json_valid(h.new)");
	buf_printf(&sql,
	           " FROM %s r LEFT JOIN history h"
	           " ON h.id = (SELECT max(id) FROM history WHERE tbl = ?1 AND row_id = %s)",
	           t->quoted, t->key);
	if (is_answer)
		buf_puts(&sql, " LEFT JOIN history w ON h.id IS NULL AND w.id = (SELECT max(id) FROM history"
		               " WHERE tbl = 'audit' AND row_id = CAST(r.audit_id AS TEXT) AND operation = 'insert')");
	sqlite3_stmt *s;
	int prepared = verify_prepare(v, sql.s, &s);
	buf_free(&sql);
	if (prepared != SQLITE_OK)
		return failure(cause, "cannot check the rows of %s: %s", t->table, sqlite3_errmsg(v->sql));
	sqlite3_bind_text(s, 1, t->table, -1, SQLITE_STATIC);
	char **paths = xcalloc((size_t)t->ncols, sizeof *paths);
	for (int i = 0; i < t->ncols; i++) {
		paths[i] = xprintf("$.\"%s\"", t->cols[i].name);
		sqlite3_bind_text(s, i + 2, paths[i], -1, SQLITE_STATIC);
	}
	int rc, failed = 0;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		const char *key = (const char *)sqlite3_column_text(s, 0);
		char *what = NULL;
		long long entry = sqlite3_column_int64(s, 1);
		if (sqlite3_column_type(s, 1) == SQLITE_NULL) {
			entry = 0;
			what = is_answer ? answer_in_audit(v, s, whole, result, note, &entry)
			                 : xstrdup("has no history entry: it was written without caseaudit recording it");
		} else if (!sqlite3_column_int(s, valid)) {
			what = xprintf("its last history entry (position %lld) does not hold the row as JSON",
			               position_of(v, entry));
		} else if (strcmp((const char *)sqlite3_column_text(s, 2), "delete") == 0) {
			what = xprintf("exists, but its last history entry (position %lld) deleted it", position_of(v, entry));
		} else {
			int differ = 0, first = -1;
			for (int i = 0; i < t->ncols; i++)
				if (!same_value(s, 3 + 2 * i, 4 + 2 * i) && differ++ == 0)
					first = i;
			if (differ) {
				char *now = shown(s, 3 + 2 * first), *then = shown(s, 4 + 2 * first);
				char more[48] = "";
				if (differ > 1)
					snprintf(more, sizeof more, " (and %d more field%s)", differ - 1, differ > 2 ? "s" : "");
				what = xprintf("%s is %s but its last history entry (position %lld) has %s%s", t->cols[first].name,
				               now, position_of(v, entry), then, more);
				free(now);
				free(then);
			}
		}
		if (what) {
			problem(v, HISTORY_ROW, entry ? position_of(v, entry) : 0, entry, t->table, key, what);
			free(what);
		}
	}
	if (!failed && rc != SQLITE_DONE)
		failed = 1;
	verify_release(v, s);
	for (int i = 0; i < t->ncols; i++)
		free(paths[i]);
	free(paths);
	if (failed)
		return failure(cause, "cannot check the rows of %s: %s", t->table, sqlite3_errmsg(v->sql));

	/* Rows the history says exist that are gone. */
	Buf gone = {0};
	buf_printf(&gone,
	           "SELECT h.row_id, h.id FROM history h WHERE h.tbl = ?1 AND h.operation <> 'delete'"
	           "   AND h.id = (SELECT max(id) FROM history WHERE tbl = ?1 AND row_id = h.row_id)"
	           "   AND h.row_id NOT IN (SELECT %s FROM %s r)",
	           t->key, t->quoted);
	if (is_answer)
		/* ... and answers recorded with their audit. */
		buf_puts(&gone,
		         " UNION ALL SELECT h.row_id || '/' || a.key, h.id FROM history h, json_each(CASE WHEN json_valid(h.new) THEN h.new END, '$.answers') a"
		         " WHERE h.tbl = 'audit' AND h.operation = 'insert'"
		         /* Through the answer's key (the text compared too, so
		          * that only the row_id '12' finds audit 12), not a list
		          * of every answer's key built for the query. */
		         "   AND NOT EXISTS (SELECT 1 FROM answer x WHERE x.audit_id = h.row_id"
		         "                   AND x.standard_code = a.key AND CAST(x.audit_id AS TEXT) = h.row_id)"
		         "   AND NOT EXISTS (SELECT 1 FROM history d WHERE d.tbl = 'answer'"
		         "                   AND d.row_id = h.row_id || '/' || a.key)");
	prepared = verify_prepare(v, gone.s, &s);
	buf_free(&gone);
	if (prepared != SQLITE_OK)
		return failure(cause, "cannot check the rows of %s: %s", t->table, sqlite3_errmsg(v->sql));
	sqlite3_bind_text(s, 1, t->table, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		long long entry = sqlite3_column_int64(s, 1);
		char *what = xprintf("is gone, but its last history entry (position %lld) did not delete it",
		                     position_of(v, entry));
		problem(v, HISTORY_ROW, position_of(v, entry), entry, t->table, (const char *)sqlite3_column_text(s, 0), what);
		free(what);
	}
	verify_release(v, s);
	if (rc != SQLITE_DONE)
		return failure(cause, "cannot check the rows of %s: %s", t->table, sqlite3_errmsg(v->sql));
	return 0;
}

/* The recorded tables: those with a history trigger. */
static int verify_tables(Verify *v, char **cause)
{
	sqlite3_stmt *s;
	if (verify_prepare(v,
	                   "SELECT DISTINCT tbl_name FROM sqlite_schema WHERE type = 'trigger'"
	                   " AND name LIKE '%\\_history\\_insert' ESCAPE '\\' AND tbl_name <> 'history'"
	                   " ORDER BY tbl_name",
	                   &s) != SQLITE_OK)
		return failure(cause, "cannot list the recorded tables: %s", sqlite3_errmsg(v->sql));
	char **tables = NULL;
	int n = 0;
	while (sqlite3_step(s) == SQLITE_ROW) {
		tables = xrealloc(tables, sizeof *tables * (size_t)(n + 1));
		tables[n++] = xstrdup((const char *)sqlite3_column_text(s, 0));
	}
	verify_release(v, s);
	int rc = 0;
	for (int i = 0; i < n && rc == 0; i++) {
		Recorded t = {tables[i], quote_identifier(tables[i]), NULL, 0, NULL};
		int columns = recorded_columns(v, &t, cause);
		if (columns < 0)
			rc = -1;
		else if (columns == 0)
			rc = verify_rows(v, &t, cause);
		recorded_free(&t);
	}
	for (int i = 0; i < n; i++)
		free(tables[i]);
	free(tables);
	return rc;
}

int history_chain_verify(sqlite3 *sql, const char *head, HistoryProblemFn fn, void *ctx, HistoryVerifyResult *r,
                         char **cause)
{
	memset(r, 0, sizeof *r);
	char wanted[HISTORY_HEX_SIZE] = "";
	if (head) {
		size_t n = strlen(head);
		if (n < 16 || n > 64 || strspn(head, "0123456789abcdefABCDEF") != n)
			return failure(cause, FIELD("head") " '%s' is not a history head; expected the sha256 printed by backup, "
			               "report html or history verify (16 to 64 hexadecimal digits)", head);
		for (size_t i = 0; i <= n; i++)
			wanted[i] = (char)(head[i] >= 'A' && head[i] <= 'F' ? head[i] - 'A' + 'a' : head[i]);
	}
	Verify v = {sql, fn, ctx, r, NULL, 0, 0, chain_of(sql)};
	int rc = verify_chain(&v, head ? wanted : NULL, cause);
	if (rc == 0)
		rc = verify_tables(&v, cause);
	if (rc == 0 && head && r->head_position == 0) {
		char *what = xprintf("the head %s printed earlier is not in the history: the history was rewritten since "
		                     "(or the hash was mistyped)", wanted);
		problem(&v, HISTORY_HEAD, 0, 0, NULL, NULL, what);
		free(what);
	}
	free(v.breaks);
	return rc;
}
