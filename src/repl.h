/* The interactive session: libedit line editing, history kept between
 * sessions, Tab completion from the command table and the database. */
#ifndef CASEAUDIT_REPL_H
#define CASEAUDIT_REPL_H

#include "app.h"
#include "command.h"

/* Run until .quit or Ctrl-D. Returns 0 (a person sees each error as it
 * happens; failures do not make an interactive session fail). */
int repl_run(App *app);

/* What Tab does to a line, worked out without a terminal (so it can be
 * tested): the words that could go where the cursor is, and the text to
 * put in place of line[start..cursor] (the one candidate, quoted when it
 * needs it and followed by a space, or the longer prefix they all share). */
typedef struct {
	int start;       /* byte offset where the word being completed begins */
	int n;           /* candidates */
	int more;        /* more candidates than REPL_COMPLETE_MAX: type more */
	char **items;    /* the candidates as a list shows them; NULL-terminated */
	char *insert;    /* the replacement, or NULL when Tab can only list */
} Completion;

#define REPL_COMPLETE_MAX 500

/* Fill *c for line with the cursor at byte offset cursor (0..strlen).
 * db may be NULL: then only command words, options and fixed values are
 * offered. Free with repl_completion_free. */
void repl_complete(Db *db, const char *line, int cursor, Completion *c);
void repl_completion_free(Completion *c);

/* Whether Tab knows how to complete a value of a (its kind has an entry,
 * and a fixed list has its words); tests/check_command.c asks it of every
 * argument of every command. */
int repl_completes_kind(const Arg *a);

#endif
