/* The state of one caseaudit session, passed to every command. */
#ifndef CASEAUDIT_APP_H
#define CASEAUDIT_APP_H

#include "db.h"
#include "output.h"
#include "safefile.h"

typedef struct App App;

struct App {
	Db *db;
	Output out;
	const char *db_path;
	int interactive;   /* a person at a terminal (the REPL) */
	int bail;          /* --bail: stop at the first failing command */
	int quit;          /* set by .quit */
	/* .output FILE: the file being written (out.fp writes to it), named
	 * FILE only at the next .output or at exit; NULL for standard output.
	 * out_discard: a write to it failed, so output goes nowhere until the
	 * next .output. */
	SafeFile *out_file;
	int out_discard;
	/* Ask the person (or read the next input line, in batch) for an answer;
	 * malloc'd line without its newline, or NULL at end of input. Used by
	 * guided commands such as `audit start`. */
	char *(*ask)(App *app, const char *prompt);
	void *ask_ctx;
};

#endif
