/* libFuzzer harness for the command line: each input is a script whose
 * lines go through run_line (UTF-8 check, words_split, command lookup by
 * prefix, option parsing, the commands themselves) against one in-memory
 * database. Each input runs inside a transaction that is rolled back, so
 * inputs do not leak into each other and the database stays small. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "command.h"
#include "db.h"
#include "run.h"
#include "util.h"
#include "words.h"

typedef struct {
	const char *p, *end;  /* the input lines not yet run */
} Lines;

static App app;

/* The next line of the input (split at newlines and NUL bytes), or NULL. */
static char *next_line(Lines *l)
{
	if (l->p >= l->end)
		return NULL;
	const char *s = l->p;
	while (l->p < l->end && *l->p != '\n' && *l->p != '\0')
		l->p++;
	char *line = xmalloc((size_t)(l->p - s) + 1);
	memcpy(line, s, (size_t)(l->p - s));
	line[l->p - s] = '\0';
	if (l->p < l->end)
		l->p++;
	return line;
}

/* Guided commands (audit start) read their answers from the next lines,
 * as they do in batch mode. */
static char *ask_lines(App *a, const char *prompt)
{
	(void)prompt;
	return next_line(a->ask_ctx);
}

/* Commands that read or write files named in the input are left out:
 * the fuzzer would otherwise litter the disk or read /dev/zero forever.
 * Any word that is a prefix of their noun would reach them. */
static int touches_files(const char *line)
{
	static const char *const nouns[] = {"backup", "report", "import", NULL};
	Words w;
	int skip = 0;
	if (words_split(line, &w, NULL) == 0 && w.n > 0) {
		const char *first = w.w[0];
		if (first[0] == '.')
			skip = strcmp(first, ".output") == 0 || strcmp(first, ".read") == 0;
		for (const char *const *n = nouns; *n && !skip; n++)
			skip = strncmp(*n, first, strlen(first)) == 0;
	}
	words_free(&w);
	return skip;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	setenv("CASEAUDIT_TODAY", "2016-11-30", 1);
	char *cause = NULL;
	app.db = db_open(":memory:", "fuzzer", &cause);
	if (app.db == NULL) {
		fprintf(stderr, "fuzz_command: %s\n", cause);
		exit(1);
	}
	app.db_path = ":memory:";
	app.out.fp = fopen("/dev/null", "w");
	app.ask = ask_lines;
	/* Error messages go to stdio's stderr: silence them (libFuzzer and the
	 * sanitizers keep writing to file descriptor 2). */
	stderr = fopen("/dev/null", "w");
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	Lines lines = {(const char *)data, (const char *)data + size};
	app.out.mode = MODE_TABLE;
	app.quit = 0;
	app.bail = 0;
	app.ask_ctx = &lines;
	if (db_begin(app.db, 1, NULL) != 0)
		abort();
	char *line;
	while (!app.quit && (line = next_line(&lines)) != NULL) {
		if (!touches_files(line))
			run_line(&app, line, "fuzz");
		free(line);
	}
	db_end(app.db, 0, NULL);
	/* Every command must close what it opened. */
	if (db_transaction_depth(app.db) != 0)
		abort();
	return 0;
}
