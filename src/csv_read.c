/* CSV records from a file through libcsv's streaming callbacks. The file is
 * read in fixed chunks and fed to the parser up to one line end at a time,
 * so that the line a record starts on is known when the record completes.
 * Memory is bounded by the largest record, never by the file's size. */
#include "csv_read.h"

#include <csv.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

typedef struct {
	size_t len, cap;
	char *s;
} Field;

typedef struct {
	CsvRecordFn fn;
	void *ctx;
	long line;         /* physical line being fed */
	char last;         /* the last byte fed: an LF after a CR ends no new line */
	long record_line;  /* line the record in progress started on */
	int in_record;     /* a record has started and not yet ended */
	int stopped;       /* fn asked to stop */
	int too_many;      /* the record has more than CSV_FIELDS_MAX fields */
	int n;             /* fields of the record so far */
	int cap;           /* fields and values allocated, grown to CSV_FIELDS_MAX at most */
	Field *fields;     /* buffers reused record to record */
	char **values;     /* the field strings handed to fn */
	char problem[200];
	long long offset;  /* bytes of the file up to the end of the line being parsed */
	long long base;    /* offset in the file of the block being fed */
} Reader;

int csv_utf8_valid(const char *s, size_t n, size_t *offset)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;
	while (i < n) {
		unsigned char c = p[i];
		size_t more;
		unsigned int cp;
		if (c == 0)
			goto bad;
		if (c < 0x80) {
			i++;
			continue;
		} else if ((c & 0xE0) == 0xC0) {
			more = 1;
			cp = c & 0x1F;
		} else if ((c & 0xF0) == 0xE0) {
			more = 2;
			cp = c & 0x0F;
		} else if ((c & 0xF8) == 0xF0) {
			more = 3;
			cp = c & 0x07;
		} else {
			goto bad;
		}
		for (size_t k = 1; k <= more; k++) {
			if (i + k >= n || (p[i + k] & 0xC0) != 0x80)
				goto bad;
			cp = (cp << 6) | (p[i + k] & 0x3F);
		}
		/* Overlong forms, surrogates and code points past U+10FFFF. */
		if ((more == 1 && cp < 0x80) || (more == 2 && cp < 0x800) || (more == 3 && cp < 0x10000) ||
		    (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
			goto bad;
		i += more + 1;
	}
	return 1;
bad:
	if (offset)
		*offset = i;
	return 0;
}

/* Room for twice the fields (64 at first), CSV_FIELDS_MAX at most: a
 * file of a few columns does not pay for the widest record allowed. */
static void grow(Reader *r)
{
	int cap = r->cap ? r->cap * 2 : 64;
	if (cap > CSV_FIELDS_MAX)
		cap = CSV_FIELDS_MAX;
	r->fields = xrealloc(r->fields, (size_t)cap * sizeof *r->fields);
	memset(r->fields + r->cap, 0, (size_t)(cap - r->cap) * sizeof *r->fields);
	r->values = xrealloc(r->values, ((size_t)cap + 1) * sizeof *r->values);
	r->cap = cap;
}

/* libcsv: one field has been read. */
static void on_field(void *data, size_t len, void *ctx)
{
	Reader *r = ctx;
	if (r->stopped)
		return;
	if (!r->in_record) {
		/* A record feed() did not see begin (it feeds a line at a time,
		 * so none should): it began on the line being fed. */
		r->in_record = 1;
		r->record_line = r->line;
	}
	if (r->n >= CSV_FIELDS_MAX) {
		r->too_many = 1;
		return;
	}
	if (r->n == r->cap)
		grow(r);
	Field *f = &r->fields[r->n];
	if (f->cap < len + 1) {
		f->cap = len + 1 > 64 ? len + 1 : 64;
		f->s = xrealloc(f->s, f->cap);
	}
	if (len)
		memcpy(f->s, data, len);
	f->s[len] = '\0';
	f->len = len;
	size_t bad;
	if (r->problem[0] == '\0' && !csv_utf8_valid(f->s, len, &bad))
		snprintf(r->problem, sizeof r->problem,
		         "field %d is not UTF-8 text (byte 0x%02X); save the file as UTF-8 (\"CSV UTF-8\" in Excel)",
		         r->n + 1, (unsigned char)f->s[bad]);
	r->n++;
}

/* libcsv: the record has ended. */
static void on_record(int terminator, void *ctx)
{
	(void)terminator;
	Reader *r = ctx;
	if (r->stopped)
		return;
	if (!r->too_many) {
		for (int i = 0; i < r->n; i++)
			r->values[i] = r->fields[i].s;
		r->values[r->n] = NULL;
		CsvRecord rec = {r->record_line, r->n, r->values, r->problem[0] ? r->problem : NULL, r->offset};
		if (r->fn(r->ctx, &rec) != 0)
			r->stopped = 1;
	}
	r->n = 0;
	r->problem[0] = '\0';
	r->in_record = 0;
}

static int is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* Lines end with LF, CRLF or a lone CR (old Mac spreadsheets' "CSV
 * (Macintosh)"): a CR counts a line, and so does an LF unless it follows a
 * CR, in this chunk or at the end of the last. */
static void count_line_end(Reader *r, char c)
{
	if (c == '\r' || (c == '\n' && r->last != '\r'))
		r->line++;
	r->last = c;
}

/* The length of buf[pos..n) up to and including its first CR or LF, or to
 * its end when it has none. */
static size_t to_line_end(const char *buf, size_t pos, size_t n)
{
	size_t i = pos;
	while (i < n && buf[i] != '\n' && buf[i] != '\r')
		i++;
	return i < n ? i - pos + 1 : n - pos;
}

/* Feed one chunk; 0, or -1 with *cause for a parse error. */
static int feed(Reader *r, struct csv_parser *p, const char *buf, size_t n, char **cause)
{
	size_t pos = 0;
	while (pos < n && !r->stopped) {
		if (!r->in_record) {
			/* Blank lines between records are skipped (libcsv does the same);
			 * the record starts on the line of its first character. */
			while (pos < n && is_blank(buf[pos]))
				count_line_end(r, buf[pos++]);
			if (pos == n)
				break;
			r->in_record = 1;
			r->record_line = r->line;
		}
		size_t len = to_line_end(buf, pos, n);
		r->offset = r->base + (long long)(pos + len);
		if (csv_parse(p, buf + pos, len, on_field, on_record, r) != len)
			return failure(cause, "this is not well-formed CSV: a quote (\") inside an unquoted field or text "
			                      "after a closing quote; quote the field and double any quote inside it");
		if (r->too_many)
			return failure(cause, "the record starting on line %ld has more than %d fields", r->record_line,
			               CSV_FIELDS_MAX);
		if (csv_get_buffer_size(p) > CSV_FIELD_MAX)
			return failure(cause, "a field in the record starting on line %ld is longer than %d bytes; "
			                      "a quote (\") is probably not closed", r->record_line, CSV_FIELD_MAX);
		count_line_end(r, buf[pos + len - 1]);
		pos += len;
	}
	return 0;
}

int csv_read_file(const char *path, CsvRecordFn fn, void *ctx, long *line, char **cause)
{
	*line = 0;
	FILE *fp = fopen(path, "rb");
	if (fp == NULL)
		return failure(cause, "cannot read %s: %s", path, strerror(errno));
	struct csv_parser p;
	if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI) != 0) {
		fclose(fp);
		return failure(cause, "cannot read %s: out of memory", path);
	}
	/* Grow a long field's buffer in pages, not libcsv's default 128 bytes. */
	csv_set_blk_size(&p, 4096);
	Reader r = {0};
	r.fn = fn;
	r.ctx = ctx;
	r.line = 1;
	grow(&r);
	enum { CHUNK = 64 * 1024 };
	char *buf = xmalloc(CHUNK);
	int rc = 0, first = 1;
	size_t n;
	while (rc == 0 && !r.stopped && (n = fread(buf, 1, CHUNK, fp)) > 0) {
		const char *start = buf;
		long long block = r.base;
		if (first) {
			first = 0;
			if (n >= 2 && (((unsigned char)buf[0] == 0xFF && (unsigned char)buf[1] == 0xFE) ||
			               ((unsigned char)buf[0] == 0xFE && (unsigned char)buf[1] == 0xFF))) {
				rc = failure(cause, "%s is UTF-16 text; save it as UTF-8 (\"CSV UTF-8\" in Excel)", path);
				break;
			}
			/* The byte-order mark Excel writes at the start of "CSV UTF-8". */
			if (n >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0) {
				start += 3;
				n -= 3;
			}
		}
		r.base = block + (start - buf);
		if (feed(&r, &p, start, n, cause) != 0) {
			rc = -1;
			*line = r.line;
		}
		r.base += (long long)n; /* the next block starts where this one ends */
	}
	if (rc == 0 && !r.stopped && ferror(fp)) {
		rc = failure(cause, "cannot read %s: %s", path, strerror(errno));
	} else if (rc == 0 && !r.stopped) {
		if (csv_fini(&p, on_field, on_record, &r) != 0) {
			rc = failure(cause, "the quote (\") opened in the record starting on line %ld is never closed",
			             r.record_line);
			*line = r.record_line;
		}
	}
	if (r.stopped)
		rc = -1;
	csv_free(&p);
	fclose(fp);
	free(buf);
	for (int i = 0; i < r.cap; i++)
		free(r.fields[i].s);
	free(r.fields);
	free(r.values);
	return rc;
}
