/* The history's hash chain (history_chain.c): sealing each entry as it is
 * written, the chain's head, and `history verify`. Below the commands:
 * never prints, never exits. */
#ifndef CASEAUDIT_HISTORY_CHAIN_H
#define CASEAUDIT_HISTORY_CHAIN_H

#include <sqlite3.h>
#include <stddef.h>

enum { HISTORY_HASH_SIZE = 32, HISTORY_HEX_SIZE = 65 };

/* Register caseaudit_chain() and caseaudit_account() on a connection
 * (before migrating: migrations/0013 uses them) and the rollback hook that
 * keeps the chain's carried head true. 0, or -1 with *cause. */
int history_chain_attach(sqlite3 *sql, char **cause);
/* Finalize the statements history_chain_verify kept on the connection:
 * before closing it (sqlite3_close refuses while any is open). */
void history_chain_detach(sqlite3 *sql);

/* The operating-system account running caseaudit (getpwuid(geteuid())),
 * or "uid N" when it has no name. */
const char *history_chain_account(void);

/* One entry's hash: SHA-256 of a version tag, the previous entry's hash
 * (32 zero bytes before the first) and the entry's at, user, account,
 * tbl, row_id, operation, old and new, each as a presence byte (0: NULL)
 * and, when present, an 8-byte big-endian length and the bytes. */
typedef struct {
	const unsigned char *text; /* NULL: SQL NULL */
	size_t len;
} HistoryField;
enum { HISTORY_FIELDS = 8 };
void history_chain_hash(const unsigned char prev[HISTORY_HASH_SIZE], const HistoryField fields[HISTORY_FIELDS],
                        unsigned char out[HISTORY_HASH_SIZE]);
void history_chain_hex(const unsigned char hash[HISTORY_HASH_SIZE], char hex[HISTORY_HEX_SIZE]);

/* The hash of entry id with those fields, chained to the entry before,
 * as caseaudit_chain() seals it: for code that writes history itself
 * with the triggers off (import audits), so that the hash is worked out
 * in C instead of by a SQL function call per entry. Only in a write
 * transaction of a connection attached. 0, or -1 with *cause. */
int history_chain_seal(sqlite3 *sql, sqlite3_int64 id, const HistoryField fields[HISTORY_FIELDS],
                       unsigned char out[HISTORY_HASH_SIZE], char **cause);

/* The number of entries and the newest one's hash in hex ("" when there
 * are none, or when the newest has no hash). 0, or -1 with *cause. */
int history_chain_head(sqlite3 *sql, long long *entries, char hex[HISTORY_HEX_SIZE], char **cause);
/* "history: N entries, head sha256 HEX", malloc'd; NULL with *cause. */
char *history_chain_describe(sqlite3 *sql, char **cause);

/* A problem found by history_chain_verify: the entry's position in the
 * chain (1 for the oldest; 0 when none) and id, the table and row it
 * concerns (either may be NULL), and what is wrong, in words. */
typedef enum {
	HISTORY_ENTRY, /* an entry does not match its hash or the one before */
	HISTORY_ROW,   /* a row disagrees with its last entry (position, id: that entry) */
	HISTORY_HEAD,  /* the head given is not in the chain */
} HistoryProblemKind;
typedef struct {
	HistoryProblemKind kind;
	long long position, id;
	const char *table, *row;
	const char *problem;
} HistoryProblem;
typedef void (*HistoryProblemFn)(void *ctx, const HistoryProblem *p);

typedef struct {
	long long entries;            /* entries in the chain */
	char head[HISTORY_HEX_SIZE];  /* the newest entry's hash, hex */
	long long problems;           /* problems found */
	long long head_position;      /* with a head to check: where it is; 0: not found */
} HistoryVerifyResult;

/* Check every entry against its hash and the one before, and every row of
 * every recorded table against its last history entry; with head (a hash
 * printed earlier, hex, 16 to 64 digits), also that it is in the chain.
 * Each problem goes to fn. 0 when done (whole or not: see r->problems),
 * -1 with *cause when it could not be checked (a bad head, a database
 * error). */
int history_chain_verify(sqlite3 *sql, const char *head, HistoryProblemFn fn, void *ctx, HistoryVerifyResult *r,
                         char **cause);

#endif
