/* Running lines of input: dot-commands, words, commands, error reporting
 * with line numbers, --bail, and group commit of scripts. Shared by batch
 * mode and the REPL. */
#ifndef CASEAUDIT_RUN_H
#define CASEAUDIT_RUN_H

#include <stdio.h>

#include "app.h"

/* Longest command line accepted, in bytes. */
#define RUN_MAX_LINE 65536

/* Group commit (scripts and piped input only): consecutive commands that
 * change data share one transaction, each in a savepoint of its own, and
 * the group commits after this many commands, this many milliseconds, this
 * much held output, before anything else, and before waiting for input.
 * What the commands print is held until their group has committed. */
#define RUN_GROUP_COMMANDS 1000
#define RUN_GROUP_MS 100
#define RUN_GROUP_HELD (1 << 20)

/* Run one line. where names its place for error messages ("line 3", or
 * "file.txt line 3" inside .read), or NULL in the REPL and -c. Prints
 * errors itself. Returns 0 on success (or a blank line), -1 on failure. */
int run_line(App *app, const char *line, const char *where);

/* Run every line of fp (a script file or standard input, not yet read
 * from; no prompt). name is used in "line N" messages of nested .read
 * files. Guided commands (audit start) read their answers from the same
 * input. Returns 0 when every command succeeded, else -1. Stops early
 * after .quit, or at the first failure with --bail. */
int run_stream(App *app, FILE *fp, const char *name);

/* End the current .output: the file takes its name now, whole (-1 with
 * *cause when it could not be written: nothing is left under its name);
 * output goes back to standard output. Called by .output and at exit. */
int run_output_end(App *app, char **cause);

/* app->ask outside a script (-c): the next line of standard input, after
 * the prompt when standard input is a terminal. */
char *run_ask(App *app, const char *prompt);

#endif
