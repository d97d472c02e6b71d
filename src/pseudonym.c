/* HMAC-SHA256 pseudonyms and SHA-256 digests for `export pool` (see
 * pseudonym.h), from nettle, the library the history's hash chain uses
 * (CMakeLists.txt says why): hand-written cryptography has no place in a
 * tool holding children's data. The key's bytes come from getrandom(2). */
#include "pseudonym.h"

#include <errno.h>
#include <fcntl.h>
#include <nettle/hmac.h>
#include <nettle/sha2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util.h"

static void hex(const unsigned char *bytes, size_t n, char *out)
{
	static const char digits[] = "0123456789abcdef";
	for (size_t i = 0; i < n; i++) {
		out[2 * i] = digits[bytes[i] >> 4];
		out[2 * i + 1] = digits[bytes[i] & 15];
	}
	out[2 * n] = '\0';
}

static int hex_value(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

static void hmac(const PseudonymKey *key, const unsigned char *msg, size_t n, unsigned char mac[SHA256_DIGEST_SIZE])
{
	struct hmac_sha256_ctx ctx;
	hmac_sha256_set_key(&ctx, PSEUDONYM_KEY_BYTES, key->key);
	hmac_sha256_update(&ctx, n, msg);
	hmac_sha256_digest(&ctx, SHA256_DIGEST_SIZE, mac);
}

static void fingerprint(PseudonymKey *key)
{
	unsigned char mac[SHA256_DIGEST_SIZE];
	static const char label[] = "caseaudit pool key id";
	hmac(key, (const unsigned char *)label, sizeof label - 1, mac);
	hex(mac, 8, key->id);
}

static int random_bytes(unsigned char *out, size_t n)
{
	size_t done = 0;
	while (done < n) {
		ssize_t got = getrandom(out + done, n - done, 0);
		if (got < 0 && errno == EINTR)
			continue;
		if (got <= 0)
			return -1;
		done += (size_t)got;
	}
	return 0;
}

static int create_key(const char *path, PseudonymKey *key, char **cause)
{
	if (random_bytes(key->key, PSEUDONYM_KEY_BYTES) != 0)
		return failure(cause, "cannot make a key for %s: the system's random source failed", path);
	char text[2 * PSEUDONYM_KEY_BYTES + 2];
	hex(key->key, PSEUDONYM_KEY_BYTES, text);
	strcat(text, "\n");
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
	if (fd < 0)
		return failure(cause, "cannot create the key file %s: %s", path, strerror(errno));
	size_t len = strlen(text);
	int ok = write(fd, text, len) == (ssize_t)len && fsync(fd) == 0;
	ok = close(fd) == 0 && ok;
	if (!ok) {
		int e = errno;
		unlink(path);
		return failure(cause, "cannot write the key file %s: %s", path, strerror(e));
	}
	return 0;
}

int pseudonym_key_load(const char *path, PseudonymKey *key, int *created, char **cause)
{
	memset(key, 0, sizeof *key);
	*created = 0;
	int fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0 && errno == ENOENT) {
		if (create_key(path, key, cause) != 0)
			return -1;
		*created = 1;
		fingerprint(key);
		return 0;
	}
	if (fd < 0)
		return failure(cause, "cannot read the key file %s: %s", path,
		               errno == ELOOP ? "it is a symbolic link; give the key file itself" : strerror(errno));
	struct stat st;
	char text[2 * PSEUDONYM_KEY_BYTES + 8];
	ssize_t got = -1;
	if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && (st.st_mode & 077) == 0)
		got = read(fd, text, sizeof text - 1);
	close(fd);
	if (!S_ISREG(st.st_mode))
		return failure(cause, "the key file %s is not a regular file", path);
	if (st.st_mode & 077)
		return failure(cause, "the key file %s can be read by others (mode %04o); only its owner may: "
		               "chmod 600 %s", path, (unsigned)(st.st_mode & 07777), path);
	if (got < 0)
		return failure(cause, "cannot read the key file %s: %s", path, strerror(errno));
	text[got] = '\0';
	while (got > 0 && (text[got - 1] == '\n' || text[got - 1] == '\r'))
		text[--got] = '\0';
	if (got != 2 * PSEUDONYM_KEY_BYTES)
		return failure(cause, "the key file %s is not a caseaudit pool key (expected 64 hexadecimal digits)", path);
	for (int i = 0; i < PSEUDONYM_KEY_BYTES; i++) {
		int hi = hex_value(text[2 * i]), lo = hex_value(text[2 * i + 1]);
		if (hi < 0 || lo < 0)
			return failure(cause, "the key file %s is not a caseaudit pool key (expected 64 hexadecimal digits)",
			               path);
		key->key[i] = (unsigned char)(hi * 16 + lo);
	}
	fingerprint(key);
	return 0;
}

void pseudonym_of(const PseudonymKey *key, const char *kind, const char *value, char out[33])
{
	unsigned char mac[SHA256_DIGEST_SIZE];
	size_t lk = strlen(kind), lv = strlen(value);
	unsigned char stack[256];
	unsigned char *msg = lk + 1 + lv <= sizeof stack ? stack : xmalloc(lk + 1 + lv);
	memcpy(msg, kind, lk);
	msg[lk] = '\0';
	memcpy(msg + lk + 1, value, lv);
	hmac(key, msg, lk + 1 + lv, mac);
	if (msg != stack)
		free(msg);
	hex(mac, 16, out);
}

struct PseudonymDigest {
	struct sha256_ctx ctx;
};

PseudonymDigest *pseudonym_digest_new(void)
{
	PseudonymDigest *d = xmalloc(sizeof *d);
	sha256_init(&d->ctx);
	return d;
}

void pseudonym_digest_add(PseudonymDigest *d, const void *data, size_t n)
{
	sha256_update(&d->ctx, n, data);
}

void pseudonym_digest_end(PseudonymDigest *d, char out[65])
{
	unsigned char md[SHA256_DIGEST_SIZE];
	sha256_digest(&d->ctx, SHA256_DIGEST_SIZE, md);
	free(d);
	hex(md, SHA256_DIGEST_SIZE, out);
}
