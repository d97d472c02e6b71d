/* Running lines of input: dot-commands and commands, with errors reported
 * as "error: [line N: ]message" on standard error. */
#include "run.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "command.h"
#include "util.h"
#include "words.h"

static void report(const char *where, const char *message)
{
	if (where)
		fprintf(stderr, "error: %s: %s\n", where, message);
	else
		fprintf(stderr, "error: %s\n", message);
	fflush(stderr);
}

char *run_read_line(FILE *fp)
{
	Buf b = {0};
	int ch;
	while ((ch = getc(fp)) != EOF && ch != '\n') {
		char c = (char)ch;
		buf_add(&b, &c, 1);
	}
	if (ch == EOF && b.s == NULL)
		return NULL;
	if (b.s == NULL)
		return xstrdup("");
	if (b.len > 0 && b.s[b.len - 1] == '\r')
		b.s[--b.len] = '\0';
	return b.s;
}

static int set_output(App *app, const char *file, char **cause)
{
	FILE *fp = stdout;
	if (file != NULL && (fp = fopen(file, "w")) == NULL)
		return failure(cause, "cannot write %s: %s", file, strerror(errno));
	if (app->out.fp != stdout)
		fclose(app->out.fp);
	app->out.fp = fp;
	return 0;
}

static int dot_read(App *app, const char *file, char **cause)
{
	FILE *fp = fopen(file, "r");
	if (fp == NULL)
		return failure(cause, "cannot read %s: %s", file, strerror(errno));
	int rc = run_stream(app, fp, file);
	fclose(fp);
	return rc == 0 ? 0 : failure(cause, "%s had failing commands", file);
}

static int dot_command(App *app, const Words *w, char **cause)
{
	const char *name = w->w[0] + 1;
	if (strcmp(name, "quit") == 0 || strcmp(name, "exit") == 0) {
		app->quit = 1;
		return 0;
	}
	if (strcmp(name, "help") == 0) {
		char *argv[] = {"help", NULL};
		return command_execute(app, 1, argv, cause);
	}
	if (strcmp(name, "mode") == 0) {
		if (w->n != 2)
			return failure(cause, ".mode needs one of: table, csv, json (it is %s)", output_mode_name(app->out.mode));
		int mode = output_mode_parse(w->w[1]);
		if (mode < 0)
			return failure(cause, ".mode '%s' is not known; expected one of: table, csv, json", w->w[1]);
		app->out.mode = (OutputMode)mode;
		return 0;
	}
	if (strcmp(name, "output") == 0) {
		if (w->n > 2)
			return failure(cause, ".output takes at most one FILE");
		return set_output(app, w->n == 2 ? w->w[1] : NULL, cause);
	}
	if (strcmp(name, "read") == 0) {
		if (w->n != 2)
			return failure(cause, ".read needs one FILE");
		return dot_read(app, w->w[1], cause);
	}
	return failure(cause, "unknown dot-command .%s; expected one of: .mode, .output, .read, .help, .quit", name);
}

int run_line(App *app, const char *line, const char *where)
{
	char *cause = NULL;
	int bad = 0;
	Words w = {0};
	if (strlen(line) > RUN_MAX_LINE) {
		failure(&cause, "the line is longer than %d bytes; split it", RUN_MAX_LINE);
	} else if (!text_valid(line, &bad)) {
		failure(&cause, "byte %d of the line is not valid UTF-8 text; save the input as UTF-8", bad);
	} else if (words_split(line, &w, &cause) == 0 && w.n > 0) {
		if (w.w[0][0] == '.')
			dot_command(app, &w, &cause);
		else
			command_execute(app, w.n, w.w, &cause);
	}
	words_free(&w);
	if (cause) {
		report(where, cause);
		free(cause);
		return -1;
	}
	return 0;
}

int run_stream(App *app, FILE *fp, const char *name)
{
	int failed = 0;
	char *line;
	long n = 0;
	void *saved_ctx = app->ask_ctx;
	app->ask_ctx = fp; /* guided commands read their answers from the same input */
	while (!app->quit && (line = run_read_line(fp)) != NULL) {
		n++;
		char where[4200];
		if (name)
			snprintf(where, sizeof where, "%.4000s line %ld", name, n);
		else
			snprintf(where, sizeof where, "line %ld", n);
		if (run_line(app, line, where) != 0) {
			failed = 1;
			if (app->bail)
				app->quit = 1;
		}
		free(line);
		n += app->ask_lines; /* answers a guided command read */
		app->ask_lines = 0;
	}
	app->ask_ctx = saved_ctx;
	return failed ? -1 : 0;
}
