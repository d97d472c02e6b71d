/* The pager of the interactive session: a command's output goes straight
 * to the terminal while it fits on one screen, and through $PAGER (as git
 * and man do) once it would run off it. Used by the REPL only: never in
 * batch mode, never for a .output file. */
#ifndef CASEAUDIT_PAGER_H
#define CASEAUDIT_PAGER_H

#include <stdio.h>

typedef struct Pager Pager;

/* The pager command to use: $CASEAUDIT_PAGER, else $PAGER, else "less
 * -FRX". NULL when its program cannot be found, when it is "cat", or
 * when $CASEAUDIT_PAGER is empty or "off" (paging switched off). */
const char *pager_command(void);

/* A stream that holds what is written until it is more than rows - 1
 * terminal lines of cols columns, then starts command (through sh) with
 * the held text and everything after it on its standard input. What is
 * written after the pager quits (q in less) is dropped. */
Pager *pager_open(const char *command, FILE *to, int rows, int cols);
FILE *pager_file(Pager *p);
/* Write what is held to `to` when the pager never started, else close
 * its input and wait for it to exit. Returns 1 when the pager ran, 0 when
 * not, -1 when it could not be started (the output went to `to`). */
int pager_close(Pager *p);

#endif
