/* Small helpers shared by every layer: allocation that cannot return NULL,
 * formatted strings, and the "cause" convention for error messages. */
#ifndef CASEAUDIT_UTIL_H
#define CASEAUDIT_UTIL_H

#include <stdarg.h>
#include <stddef.h>

#if defined(__GNUC__)
#define PRINTF_LIKE(f, a) __attribute__((format(printf, f, a)))
#else
#define PRINTF_LIKE(f, a)
#endif

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xprintf(const char *fmt, ...) PRINTF_LIKE(1, 2);
char *xvprintf(const char *fmt, va_list ap);

/* Layers below the commands report failure by returning -1 and, when
 * cause is not NULL, storing a malloc'd one-line message in *cause (which
 * the caller frees). failure() does both and returns -1. */
int failure(char **cause, const char *fmt, ...) PRINTF_LIKE(2, 3);

/* Fields in messages, neutral about the front end. A layer below the
 * commands names a value it was given by its field, never by the command
 * line's spelling of it: "a case needs a team; give " FIELD("team") " TEAM",
 * not "give --team TEAM". The front end spells each field when it shows
 * the message (command_spell in command.h: the command's option --team,
 * or the bare field name where the command has no such option). The
 * marker is a control character, which nothing users type can hold
 * (words.c refuses them in a command line, imports in a field), so a
 * value quoted in a message is never taken for one. */
#define FIELD_MARK '\x1f'
#define FIELD(name) "\x1f" name "\x1f"
/* The field of another command, in a hint to run it ("'audit list "
 * FIELD_OF("audit list", "case") " CASE' shows them"): spelt as that
 * command's option. */
#define FIELD_OF(command, name) "\x1f" command ":" name "\x1f"
/* message with each FIELD(name) replaced by spell(name, ctx) (a static or
 * borrowed string) or, where spell returns NULL, by the bare name; a
 * malloc'd string. */
char *field_spell(const char *message, const char *(*spell)(const char *name, void *ctx), void *ctx);

/* Growable string. */
typedef struct {
	char *s;
	size_t len, cap;
} Buf;
void buf_add(Buf *b, const char *s, size_t n);
void buf_puts(Buf *b, const char *s);
void buf_printf(Buf *b, const char *fmt, ...) PRINTF_LIKE(2, 3);
void buf_free(Buf *b);

/* Dates. date_valid: a real calendar date written YYYY-MM-DD. */
int date_valid(const char *s);
/* A list's dates from and to (either NULL: open): each a real date, from
 * not after to; else -1 with a cause. */
int date_range_check(const char *from, const char *to, char **cause);
/* The date something was done (an action done, checked, feedback given):
 * today (into the caller's today, 11 bytes) when *date is NULL, else a
 * real date not after today. 0, or -1 with "WHAT 'X' is not a real date;
 * expected YYYY-MM-DD" or "WHAT X is after today (T); ADVICE". */
int date_done_check(const char *what, const char **date, char today[11], const char *advice, char **cause);
int date_leap_year(int year);
int date_days_in_month(int year, int month);
/* A date in a file caseaudit reads: YYYY-MM-DD, DD/MM/YYYY or D/M/YYYY,
 * with a time of day of midnight after it ignored (" 00:00",
 * "T00:00:00"). NULL, with out (11 bytes) holding YYYY-MM-DD; or why not,
 * a phrase to follow the value ("'1/2/16' has a two-digit year; ..."),
 * saying how to save the column as a date when a spreadsheet wrote a
 * two-digit year or its day number (42552) instead of one. */
const char *date_read(const char *text, char out[11]);
/* Today as YYYY-MM-DD on the council's calendar (clock_set_zone), or, in
 * a test build, $CASEAUDIT_TODAY when set. out must hold 11 bytes. */
void date_today(char out[11]);
/* 1 when a test build's $CASEAUDIT_TODAY fixes today (then times of day
 * are left out of what is printed, so transcripts stay the same). */
int date_today_fixed(void);
/* The council's calendar. clock_set_zone makes zone (an IANA name, such
 * as Europe/London, found in the machine's zoneinfo) the process's time
 * zone, in which date_today and SQLite's 'localtime' take their dates,
 * whatever the machine's own. clock_zone_check only checks the name.
 * 0, or -1 with a cause naming what is wrong. */
int clock_zone_check(const char *zone, char **cause);
int clock_set_zone(const char *zone, char **cause);
/* Add days to a valid date; out holds 11 bytes. */
void date_add_days(const char *date, int days, char out[11]);

/* The n decimal digits at s as a number; -1 when any is not a digit. */
int parse_digits(const char *s, int n);
/* Parse a whole decimal integer/number; -1 when s is not one. */
int parse_int(const char *s, long long *out);
int parse_double(const char *s, double *out);

/* How many one-byte insertions, deletions and substitutions turn a into b
 * (Levenshtein), when that is at most limit; else limit + 1, found without
 * the whole count (strings whose lengths differ by more, or longer than
 * 255 bytes, at once). For "did you mean" suggestions. */
int text_distance(const char *a, const char *b, int limit);

#endif
