/* The interactive session: libedit line editing, history kept between
 * sessions, Tab completion from the command table and the database. */
#ifndef CASEAUDIT_REPL_H
#define CASEAUDIT_REPL_H

#include "app.h"

/* Run until .quit or Ctrl-D. Returns 0 (a person sees each error as it
 * happens; failures do not make an interactive session fail). */
int repl_run(App *app);

#endif
