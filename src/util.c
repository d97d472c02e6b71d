/* Small helpers shared by every layer. */
#include "util.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static void out_of_memory(void)
{
	fputs("caseaudit: out of memory\n", stderr);
	abort();
}

void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (p == NULL)
		out_of_memory();
	return p;
}

void *xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);
	if (p == NULL)
		out_of_memory();
	return p;
}

void *xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);
	if (q == NULL)
		out_of_memory();
	return q;
}

char *xstrdup(const char *s)
{
	size_t n = strlen(s) + 1;
	return memcpy(xmalloc(n), s, n);
}

char *xvprintf(const char *fmt, va_list ap)
{
	va_list copy;
	va_copy(copy, ap);
	int n = vsnprintf(NULL, 0, fmt, copy);
	va_end(copy);
	if (n < 0)
		return xstrdup("(unprintable message)");
	char *s = xmalloc((size_t)n + 1);
	vsnprintf(s, (size_t)n + 1, fmt, ap);
	return s;
}

char *xprintf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *s = xvprintf(fmt, ap);
	va_end(ap);
	return s;
}

int failure(char **cause, const char *fmt, ...)
{
	if (cause != NULL) {
		va_list ap;
		va_start(ap, fmt);
		free(*cause);
		*cause = xvprintf(fmt, ap);
		va_end(ap);
	}
	return -1;
}

char *field_spell(const char *message, const char *(*spell)(const char *name, void *ctx), void *ctx)
{
	Buf b = {0};
	buf_puts(&b, "");
	const char *p = message;
	for (;;) {
		const char *open = strchr(p, FIELD_MARK);
		const char *close = open ? strchr(open + 1, FIELD_MARK) : NULL;
		if (close == NULL) {
			buf_puts(&b, p);
			return b.s;
		}
		buf_add(&b, p, (size_t)(open - p));
		char name[64];
		snprintf(name, sizeof name, "%.*s", (int)(close - open - 1), open + 1);
		const char *spelt = spell ? spell(name, ctx) : NULL;
		const char *bare = strchr(name, ':'); /* FIELD_OF: the name after the command */
		buf_puts(&b, spelt ? spelt : bare ? bare + 1 : name);
		p = close + 1;
	}
}

void buf_add(Buf *b, const char *s, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 64;
		while (cap < b->len + n + 1)
			cap *= 2;
		b->s = xrealloc(b->s, cap);
		b->cap = cap;
	}
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

void buf_puts(Buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

void buf_printf(Buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *s = xvprintf(fmt, ap);
	va_end(ap);
	buf_puts(b, s);
	free(s);
}

void buf_free(Buf *b)
{
	free(b->s);
	b->s = NULL;
	b->len = b->cap = 0;
}

int date_leap_year(int year)
{
	return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int date_days_in_month(int year, int month)
{
	static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (month == 2 && date_leap_year(year))
		return 29;
	return days[month - 1];
}

int parse_digits(const char *s, int n)
{
	int v = 0;
	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

int date_range_check(const char *from, const char *to, char **cause)
{
	if (from && !date_valid(from))
		return failure(cause, FIELD("from") " '%s' is not a real date; expected YYYY-MM-DD", from);
	if (to && !date_valid(to))
		return failure(cause, FIELD("to") " '%s' is not a real date; expected YYYY-MM-DD", to);
	if (from && to && strcmp(from, to) > 0)
		return failure(cause, FIELD("from") " %s is after " FIELD("to") " %s", from, to);
	return 0;
}

int date_done_check(const char *what, const char **date, char today[11], const char *advice, char **cause)
{
	date_today(today);
	if (*date == NULL)
		*date = today;
	if (!date_valid(*date))
		return failure(cause, "%s '%s' is not a real date; expected YYYY-MM-DD", what, *date);
	if (strcmp(*date, today) > 0)
		return failure(cause, "%s %s is after today (%s); %s", what, *date, today, advice);
	return 0;
}

int date_valid(const char *s)
{
	if (s == NULL || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return 0;
	int y = parse_digits(s, 4), m = parse_digits(s + 5, 2), d = parse_digits(s + 8, 2);
	if (y < 1 || m < 1 || m > 12 || d < 1)
		return 0;
	return d <= date_days_in_month(y, m);
}

/* Digits at s: how many (at most max), their value in *v. */
static int read_digits(const char *s, int max, int *v)
{
	int n = 0;
	*v = 0;
	while (n < max && s[n] >= '0' && s[n] <= '9')
		*v = *v * 10 + (s[n++] - '0');
	return n;
}

/* A time of day of midnight after a date: " 00:00", "T00:00:00", with
 * optional seconds, fractions of a second and a Z. 1 when rest is one (or
 * empty), 0 when it is another time, -1 when it is not a time at all. */
static int midnight_rest(const char *rest)
{
	if (*rest == '\0')
		return 1;
	if (*rest != ' ' && *rest != 'T')
		return -1;
	const char *p = rest + 1;
	int zero = 1, v, n;
	for (int part = 0; part < 3; part++) {
		if (part > 0) {
			if (*p != ':')
				break;
			p++;
		}
		n = read_digits(p, 2, &v);
		if (n != 2)
			return -1;
		zero = zero && v == 0;
		p += n;
	}
	if (*p == '.') {
		p++;
		if (*p < '0' || *p > '9')
			return -1;
		for (; *p >= '0' && *p <= '9'; p++)
			if (*p != '0')
				zero = 0;
	}
	if (*p == 'Z')
		p++;
	if (*p != '\0')
		return -1;
	return zero;
}

#define NOT_A_DATE "is not a date; write it DD/MM/YYYY or YYYY-MM-DD"
#define SAVE_AS_DATE                                                                                          \
	"in the spreadsheet, format the column as a date with a four-digit year (Excel: Format Cells, Date, "   \
	"14/03/2012) and save the file as CSV again"

const char *date_read(const char *text, char out[11])
{
	int a, b, c, na, nb, nc;
	const char *p = text;
	na = read_digits(p, 5, &a);
	if (na == 0)
		return NOT_A_DATE;
	if (p[na] == '\0' || (p[na] == '.' && na == 5))
		return na == 5 ? "is a spreadsheet's day number, not a date; " SAVE_AS_DATE : NOT_A_DATE;
	int y, m, d;
	if (na == 4 && p[4] == '-') {
		/* YYYY-MM-DD */
		p += 5;
		nb = read_digits(p, 3, &b);
		if (nb != 2 || p[2] != '-')
			return NOT_A_DATE;
		p += 3;
		nc = read_digits(p, 3, &c);
		if (nc != 2)
			return NOT_A_DATE;
		p += 2;
		y = a, m = b, d = c;
	} else if (na <= 2 && p[na] == '/') {
		/* D/M/YYYY or DD/MM/YYYY, as UK spreadsheets write them */
		p += na + 1;
		nb = read_digits(p, 3, &b);
		if (nb < 1 || nb > 2 || p[nb] != '/')
			return NOT_A_DATE;
		p += nb + 1;
		nc = read_digits(p, 5, &c);
		if (nc == 2 || nc == 1)
			return "has a two-digit year; " SAVE_AS_DATE;
		if (nc != 4)
			return NOT_A_DATE;
		p += 4;
		y = c, m = b, d = a;
	} else {
		return NOT_A_DATE;
	}
	int rest = midnight_rest(p);
	if (rest < 0)
		return NOT_A_DATE;
	if (y < 1 || m < 1 || m > 12 || d < 1 || d > date_days_in_month(y, m))
		return "is not a real date; check the day and the month (DD/MM/YYYY or YYYY-MM-DD)";
	if (rest == 0)
		return "has a time of day; give the date alone (a time of 00:00 is ignored)";
	/* y has four digits, m and d two at most: checked above. */
	snprintf(out, 11, "%04d-%02d-%02d", y % 10000, m % 100, d % 100);
	return NULL;
}

/* Only a test build (cmake -DCASEAUDIT_TEST_CLOCK=ON) lets the tests
 * fix "today"; the shipped program always takes the clock's date. This
 * is the one place CASEAUDIT_TODAY is read. */
static const char *fixed_today(void)
{
#ifdef CASEAUDIT_TEST_CLOCK
	const char *fixed = getenv("CASEAUDIT_TODAY");
	if (fixed != NULL && date_valid(fixed))
		return fixed;
#endif
	return NULL;
}

int date_today_fixed(void)
{
	return fixed_today() != NULL;
}

void date_today(char out[11])
{
	const char *fixed = fixed_today();
	if (fixed != NULL) {
		memcpy(out, fixed, 11);
		return;
	}
	time_t now = time(NULL);
	struct tm tm;
	localtime_r(&now, &tm);
	strftime(out, 11, "%Y-%m-%d", &tm);
}

/* Where the machine keeps its time zones: $TZDIR, as the C library reads
 * it, or the usual place. */
static const char *zoneinfo_dir(void)
{
	const char *dir = getenv("TZDIR");
	return dir && *dir ? dir : "/usr/share/zoneinfo";
}

int clock_zone_check(const char *zone, char **cause)
{
	/* A name of the zoneinfo database: letters, digits and _+- in parts
	 * joined by '/'; never a path of the caller's choosing. */
	size_t n = zone ? strlen(zone) : 0;
	int ok = n > 0 && n <= 64 && zone[0] != '/' && zone[0] != '-' && zone[n - 1] != '/';
	for (size_t i = 0; ok && i < n; i++) {
		unsigned char c = (unsigned char)zone[i];
		ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
		     c == '+' || c == '-' || (c == '/' && zone[i + 1] != '/');
	}
	if (!ok)
		return failure(cause, "the time zone '%s' is not a time zone name; expected one such as Europe/London "
		               "(a name of the zoneinfo database)", zone ? zone : "");
	char *path = xprintf("%s/%s", zoneinfo_dir(), zone);
	FILE *fp = fopen(path, "rb");
	char magic[4] = {0};
	int found = fp != NULL && fread(magic, 1, 4, fp) == 4 && memcmp(magic, "TZif", 4) == 0;
	if (fp)
		fclose(fp);
	free(path);
	if (!found)
		return failure(cause, "the time zone '%s' is not in this machine's zoneinfo (%s); expected one such as "
		               "Europe/London (install the Debian package tzdata if it is missing)", zone, zoneinfo_dir());
	return 0;
}

int clock_set_zone(const char *zone, char **cause)
{
	if (clock_zone_check(zone, cause) != 0)
		return -1;
	if (setenv("TZ", zone, 1) != 0)
		return failure(cause, "cannot set the time zone '%s': out of memory", zone);
	tzset();
	return 0;
}

/* Days from 1970-01-01 (proleptic Gregorian); Howard Hinnant's algorithm. */
static long days_from_civil(int y, int m, int d)
{
	y -= m <= 2;
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static void civil_from_days(long z, int *y, int *m, int *d)
{
	z += 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

void date_add_days(const char *date, int days, char out[11])
{
	int y = parse_digits(date, 4), m = parse_digits(date + 5, 2), d = parse_digits(date + 8, 2);
	civil_from_days(days_from_civil(y, m, d) + days, &y, &m, &d);
	if (y < 1 || y > 9999) /* outside what a date can be written as */
		y = y < 1 ? 1 : 9999;
	char text[32];
	snprintf(text, sizeof text, "%04d-%02d-%02d", y, m, d);
	memcpy(out, text, 11);
}

int parse_int(const char *s, long long *out)
{
	if (s == NULL || *s == '\0')
		return -1;
	char *end;
	errno = 0;
	long long v = strtoll(s, &end, 10);
	if (errno != 0 || *end != '\0' || end == s || s[0] == ' ')
		return -1;
	*out = v;
	return 0;
}

int text_distance(const char *a, const char *b, int limit)
{
	size_t la = strlen(a), lb = strlen(b);
	if (limit < 0)
		limit = 0;
	if (la > 255 || lb > 255 || (la > lb ? la - lb : lb - la) > (size_t)limit)
		return limit + 1;
	/* One row of the table at a time: row[j] is the distance of a's first
	 * i bytes and b's first j. Once every entry of a row is past the
	 * limit, so is every later one. */
	int row[256];
	for (size_t j = 0; j <= lb; j++)
		row[j] = (int)j;
	for (size_t i = 1; i <= la; i++) {
		int diagonal = row[0], least = (int)i;
		row[0] = (int)i;
		for (size_t j = 1; j <= lb; j++) {
			int above = row[j];
			int best = diagonal + (a[i - 1] != b[j - 1]);
			if (above + 1 < best)
				best = above + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			row[j] = best;
			diagonal = above;
			if (best < least)
				least = best;
		}
		if (least > limit)
			return limit + 1;
	}
	return row[lb] > limit ? limit + 1 : row[lb];
}

int parse_double(const char *s, double *out)
{
	if (s == NULL || *s == '\0' || s[0] == ' ')
		return -1;
	char *end;
	errno = 0;
	double v = strtod(s, &end);
	if (errno != 0 || *end != '\0' || !isfinite(v))
		return -1;
	*out = v;
	return 0;
}
