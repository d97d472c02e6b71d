/* The interactive session (libedit). Minimal loop; completion and
 * persistent history are being written. */
#include "repl.h"

#include <histedit.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "run.h"
#include "util.h"

static const char *prompt(EditLine *el)
{
	(void)el;
	return "caseaudit> ";
}

int repl_run(App *app)
{
	EditLine *el = el_init("caseaudit", stdin, stdout, stderr);
	el_set(el, EL_PROMPT, prompt);
	el_set(el, EL_EDITOR, "emacs");
	int count;
	const char *line;
	while (!app->quit && (line = el_gets(el, &count)) != NULL) {
		char *copy = xstrdup(line);
		size_t n = strlen(copy);
		if (n && copy[n - 1] == '\n')
			copy[n - 1] = '\0';
		run_line(app, copy, NULL);
		free(copy);
	}
	el_end(el);
	return 0;
}
