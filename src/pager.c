/* The REPL's pager: a FILE* (fopencookie) that counts the terminal lines
 * written and hands over to the pager command only when they pass a
 * screen, so a short list never flashes through less. */
#define _GNU_SOURCE
#include "pager.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "util.h"

struct Pager {
	FILE *fp;          /* what the command writes to */
	FILE *to;          /* the terminal */
	const char *command;
	int rows, cols;
	int lines;         /* terminal lines held so far */
	int column;        /* characters on the line being held */
	Buf held;
	FILE *pipe;        /* the pager's standard input, once started */
	int started, failed, gone;
	struct sigaction saved_pipe;
};

/* Whether a program is on $PATH. */
static int on_path(const char *name)
{
	const char *path = getenv("PATH");
	if (path == NULL)
		return 0;
	char *copy = xstrdup(path), *save = NULL;
	int found = 0;
	for (char *dir = strtok_r(copy, ":", &save); dir && !found; dir = strtok_r(NULL, ":", &save)) {
		char *file = xprintf("%s/%s", *dir ? dir : ".", name);
		found = access(file, X_OK) == 0;
		free(file);
	}
	free(copy);
	return found;
}

/* Whether the program a command line starts with can be run: a pager
 * that is not there would swallow the output it was given. */
static int runnable(const char *command)
{
	size_t n = strcspn(command, " \t");
	char *program = xprintf("%.*s", (int)n, command);
	int ok = strchr(program, '/') ? access(program, X_OK) == 0 : on_path(program);
	free(program);
	return ok;
}

const char *pager_command(void)
{
	const char *command = getenv("CASEAUDIT_PAGER");
	if (command != NULL && (*command == '\0' || strcmp(command, "off") == 0))
		return NULL;
	if (command == NULL || *command == '\0')
		command = getenv("PAGER");
	if (command == NULL || *command == '\0')
		command = "less -FRX";
	command += strspn(command, " \t");
	if (strcmp(command, "cat") == 0 || !runnable(command))
		return NULL;
	return command;
}

/* Start the pager and give it what is held. */
static void start(Pager *p)
{
	p->started = 1;
	fflush(p->to);
	/* less -F quits by itself when the rest fits; without LESS set it is
	 * asked to keep colours (-R) and the screen (-X) as git asks. */
	p->pipe = popen(p->command, "w");
	if (p->pipe == NULL) {
		p->failed = 1;
		fwrite(p->held.s, 1, p->held.len, p->to);
	} else if (fwrite(p->held.s, 1, p->held.len, p->pipe) != p->held.len) {
		p->gone = 1;
	}
	buf_free(&p->held);
}

static ssize_t pager_write(void *cookie, const char *data, size_t size)
{
	Pager *p = cookie;
	if (p->started) {
		if (p->failed)
			return (ssize_t)fwrite(data, 1, size, p->to);
		if (!p->gone && fwrite(data, 1, size, p->pipe) != size)
			p->gone = 1; /* the person quit the pager: drop the rest */
		return (ssize_t)size;
	}
	buf_add(&p->held, data, size);
	for (size_t i = 0; i < size; i++) {
		unsigned char c = (unsigned char)data[i];
		if (c == '\n') {
			p->lines++;
			p->column = 0;
		} else if ((c & 0xC0) != 0x80 && ++p->column > p->cols) {
			p->lines++; /* the terminal wraps it */
			p->column = 1;
		}
	}
	if (p->lines > p->rows - 1)
		start(p);
	return (ssize_t)size;
}

static int pager_cookie_close(void *cookie)
{
	(void)cookie;
	return 0;
}

Pager *pager_open(const char *command, FILE *to, int rows, int cols)
{
	Pager *p = xcalloc(1, sizeof *p);
	p->command = command;
	p->to = to;
	p->rows = rows > 2 ? rows : 2;
	p->cols = cols > 0 ? cols : 80;
	cookie_io_functions_t io = {NULL, pager_write, NULL, pager_cookie_close};
	p->fp = fopencookie(p, "w", io);
	if (p->fp == NULL) {
		free(p);
		return NULL;
	}
	/* A pager quit early closes the pipe: writes then fail with EPIPE
	 * instead of the signal ending caseaudit. */
	struct sigaction ignore;
	memset(&ignore, 0, sizeof ignore);
	ignore.sa_handler = SIG_IGN;
	sigemptyset(&ignore.sa_mask);
	sigaction(SIGPIPE, &ignore, &p->saved_pipe);
	return p;
}

FILE *pager_file(Pager *p)
{
	return p->fp;
}

int pager_close(Pager *p)
{
	fclose(p->fp);
	int rc = 0;
	if (!p->started) {
		if (p->held.len > 0)
			fwrite(p->held.s, 1, p->held.len, p->to);
	} else if (p->failed) {
		rc = -1;
	} else {
		pclose(p->pipe);
		rc = 1;
	}
	fflush(p->to);
	clearerr(p->to);
	sigaction(SIGPIPE, &p->saved_pipe, NULL);
	buf_free(&p->held);
	free(p);
	return rc;
}
