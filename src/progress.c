/* Progress lines on standard error: drawn over themselves with a carriage
 * return and cleared with an erase-to-end-of-line, as curl and apt do. */
#include "progress.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>

#include "util.h"

struct Progress {
	char *what;
	struct timespec start;
	long drawn_ms;   /* when the line was last drawn; -1: never */
	/* The last state given, redrawn by the SQLite ticks with the time. */
	char *stage;
	long long rows;
	double percent;
	sqlite3 *watched;
};

static long since_ms(const struct timespec *start)
{
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	return (now.tv_sec - start->tv_sec) * 1000 + (now.tv_nsec - start->tv_nsec) / 1000000;
}

Progress *progress_begin(const App *app, const char *what)
{
	if (app->script > 0 || !isatty(STDERR_FILENO))
		return NULL;
	Progress *p = xcalloc(1, sizeof *p);
	p->what = xstrdup(what);
	p->drawn_ms = -1;
	p->rows = -1;
	p->percent = -1;
	clock_gettime(CLOCK_MONOTONIC, &p->start);
	return p;
}

/* Thousands separated by commas: 100,000 rows. */
static void thousands(Buf *b, long long n)
{
	char digits[32];
	int len = snprintf(digits, sizeof digits, "%lld", n);
	for (int i = 0; i < len; i++) {
		if (i > 0 && (len - i) % 3 == 0)
			buf_puts(b, ",");
		buf_add(b, digits + i, 1);
	}
}

char *progress_text(const char *what, const char *stage, long long rows, double percent, double seconds)
{
	Buf b = {0};
	buf_printf(&b, "%s:", what);
	if (stage)
		buf_printf(&b, " %s,", stage);
	if (rows >= 0) {
		buf_puts(&b, " ");
		thousands(&b, rows);
		buf_printf(&b, " row%s,", rows == 1 ? "" : "s");
	}
	if (percent >= 0)
		buf_printf(&b, " %d%%,", (int)percent);
	buf_printf(&b, " %.1f s", seconds);
	return b.s;
}

/* PROGRESS_DELAY_MS; a test build (the one that reads CASEAUDIT_TODAY)
 * also takes $CASEAUDIT_PROGRESS_DELAY_MS, so a test need not make work
 * long enough to pass the delay on every machine. */
static long delay_ms(void)
{
#ifdef CASEAUDIT_TEST_CLOCK
	const char *s = getenv("CASEAUDIT_PROGRESS_DELAY_MS");
	if (s != NULL && *s != '\0')
		return atol(s);
#endif
	return PROGRESS_DELAY_MS;
}

/* Draw when it is time to: never before the delay, then at most once
 * every PROGRESS_EVERY_MS. */
static void draw(Progress *p)
{
	long now = since_ms(&p->start);
	if (now < delay_ms() || (p->drawn_ms >= 0 && now - p->drawn_ms < PROGRESS_EVERY_MS))
		return;
	p->drawn_ms = now;
	char *text = progress_text(p->what, p->stage, p->rows, p->percent, now / 1000.0);
	/* One terminal line, or the carriage return would not reach its start. */
	struct winsize ws;
	int room = ioctl(STDERR_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 1 ? ws.ws_col - 1 : 79;
	int chars = 0;
	for (char *c = text; *c; c++)
		if (((unsigned char)*c & 0xC0) != 0x80 && ++chars > room) {
			*c = '\0';
			break;
		}
	fprintf(stderr, "\r%s\033[K", text);
	fflush(stderr);
	free(text);
}

void progress_rows(Progress *p, long long rows, long long done, long long total)
{
	if (p == NULL)
		return;
	p->rows = rows;
	p->percent = total > 0 ? 100.0 * (double)done / (double)total : -1;
	if (p->percent > 100)
		p->percent = 100;
	draw(p);
}

void progress_step(Progress *p, const char *stage, int step, int steps)
{
	if (p == NULL)
		return;
	free(p->stage);
	p->stage = stage ? xstrdup(stage) : NULL;
	p->percent = steps > 0 ? 100.0 * (step - 1) / steps : -1;
	draw(p);
}

/* SQLite's progress callback: the clock moves on during a long query. */
static int tick(void *ctx)
{
	draw(ctx);
	return 0;
}

void progress_watch(Progress *p, Db *db)
{
	if (p == NULL)
		return;
	p->watched = db_handle(db);
	sqlite3_progress_handler(p->watched, 100000, tick, p);
}

void progress_end(Progress *p)
{
	if (p == NULL)
		return;
	if (p->watched)
		sqlite3_progress_handler(p->watched, 0, NULL, NULL);
	if (p->drawn_ms >= 0) {
		fputs("\r\033[K", stderr);
		fflush(stderr);
	}
	free(p->stage);
	free(p->what);
	free(p);
}
