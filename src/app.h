/* The state of one caseaudit session, passed to every command. */
#ifndef CASEAUDIT_APP_H
#define CASEAUDIT_APP_H

#include "db.h"
#include "output.h"
#include "safefile.h"

typedef struct App App;

enum { ASK_END_INPUT = 1, ASK_END_INTERRUPT = 2, ASK_END_BAD = 3 };

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
	/* Why ask last returned NULL: ASK_END_INPUT (end of input, Ctrl-D),
	 * ASK_END_INTERRUPT (Ctrl-C) or ASK_END_BAD (a script's line that
	 * cannot be an answer: not text, too long; ask_problem says why). */
	int ask_end;
	char *ask_problem;
	/* In a script: the line number of the last answer ask read (0 in the
	 * REPL), and a line handed back to be read again, as a command or an
	 * answer (NULL when the input cannot take it back: then it is freed). */
	long answer_line;
	void (*unask)(App *app, char *line);
	/* Set by a command whose failure is about an answer it read: its error
	 * names that answer's line, not the command's. Reset before each line. */
	long error_line;
	int script;        /* reading a script or piped input (run_stream depth) */
	int no_pager;      /* .pager off: the REPL never pages */
};

#endif
