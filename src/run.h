/* Running lines of input: dot-commands, words, commands, error reporting
 * with line numbers, --bail. Shared by batch mode and the REPL. */
#ifndef CASEAUDIT_RUN_H
#define CASEAUDIT_RUN_H

#include <stdio.h>

#include "app.h"

/* Longest command line accepted, in bytes. */
#define RUN_MAX_LINE 65536

/* Run one line. where names its place for error messages ("line 3", or
 * "file.txt line 3" inside .read), or NULL in the REPL and -c. Prints
 * errors itself. Returns 0 on success (or a blank line), -1 on failure. */
int run_line(App *app, const char *line, const char *where);

/* Run every line of fp (a script file or standard input, no prompt).
 * name is used in "line N" messages of nested .read files. Returns 0 when
 * every command succeeded, else -1. Stops early after .quit, or at the
 * first failure with --bail. */
int run_stream(App *app, FILE *fp, const char *name);

/* Read one line of any length from fp; malloc'd without its newline, or
 * NULL at end of file. */
char *run_read_line(FILE *fp);

#endif
