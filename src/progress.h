/* Signs of life during long work (an import of a big file, a report over
 * many audits): one line on standard error, redrawn at most 10 times a
 * second, cleared at the end. Only on a terminal, and never while reading
 * a script or piped input; never on standard output. */
#ifndef CASEAUDIT_PROGRESS_H
#define CASEAUDIT_PROGRESS_H

#include "app.h"

/* Milliseconds before the first line is drawn (work done sooner shows
 * nothing), and between two redraws. */
#define PROGRESS_DELAY_MS 250
#define PROGRESS_EVERY_MS 100

typedef struct Progress Progress;

/* Begin showing progress of what ("importing cases.csv"); NULL when it is
 * not to be shown. Every function takes NULL and then does nothing. */
Progress *progress_begin(const App *app, const char *what);
/* Rows read, and done of total bytes (total 0: unknown). */
void progress_rows(Progress *p, long long rows, long long done, long long total);
/* The stage reached: step (1-based) of steps, named stage. */
void progress_step(Progress *p, const char *stage, int step, int steps);
/* Keep the elapsed time moving while SQLite works for db (a long query
 * calls no one else): until progress_end, db's progress handler is p's. */
void progress_watch(Progress *p, Db *db);
/* Clear the line (when one was drawn) and free p. */
void progress_end(Progress *p);

/* The line as drawn, without the terminal's codes (for tests): what, then
 * rows, percent and elapsed seconds as known. rows or step < 0: unknown. */
char *progress_text(const char *what, const char *stage, long long rows, double percent, double seconds);

#endif
