/* Pseudonyms for the regional pool: HMAC-SHA256 under a key only the
 * council holds, and SHA-256 of the files an export writes. Pure but for
 * the key file. Uses nettle (hmac_sha256, sha256). */
#ifndef CASEAUDIT_PSEUDONYM_H
#define CASEAUDIT_PSEUDONYM_H

#include <stddef.h>

#define PSEUDONYM_KEY_BYTES 32

typedef struct {
	unsigned char key[PSEUDONYM_KEY_BYTES];
	char id[17];   /* the key's fingerprint: 16 hex digits, safe to publish */
} PseudonymKey;

/* Read the key at path, or create it (32 random bytes written as 64 hex
 * digits and a newline, 0600, never through a symbolic link) when the file
 * does not exist; *created says which. A key file readable by anyone but
 * its owner, or that is not 64 hex digits, is refused. 0, or -1 with
 * *cause. */
int pseudonym_key_load(const char *path, PseudonymKey *key, int *created, char **cause);

/* The pseudonym of value in a kind ("child", "worker", "team"): the first
 * 32 hex digits (128 bits) of HMAC-SHA256(key, kind NUL value). The same
 * key, kind and value always give the same pseudonym; without the key it
 * cannot be reversed or recomputed. out holds 33 bytes. */
void pseudonym_of(const PseudonymKey *key, const char *kind, const char *value, char out[33]);

/* SHA-256 of n bytes as 64 hex digits; out holds 65 bytes. Incremental
 * for files written in pieces. */
typedef struct PseudonymDigest PseudonymDigest;
PseudonymDigest *pseudonym_digest_new(void);
void pseudonym_digest_add(PseudonymDigest *d, const void *data, size_t n);
void pseudonym_digest_end(PseudonymDigest *d, char out[65]); /* frees d */

#endif
