/* Running lines of input: dot-commands and commands, with errors reported
 * as "error: [line N: ]message" on standard error; reading scripts line by
 * line; and group commit, which lets a script of thousands of changes pay
 * for one flush to disk per group instead of one per command. */
#include "run.h"

#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "command.h"
#include "safefile.h"
#include "util.h"
#include "words.h"

/* .read files inside .read files: deeper is a file that reads itself. */
#define READ_MAX_DEPTH 16

/* An input read with read(2) and a buffer of our own, so the runner knows
 * whether the next line is there already or would mean waiting. */
typedef struct {
	int fd;
	const char *name;  /* the file of a .read, or NULL for -f and standard input */
	long line;         /* lines read so far, commands and answers alike */
	int eof;
	size_t pos, len;
	char *pushed;      /* a line handed back (app->unask), read again next */
	char buf[65536];
} Stream;

/* One line as read: its text (at most RUN_MAX_LINE + 1 bytes are kept),
 * its full length, and where its first NUL byte is (1-based, 0 for none). */
typedef struct {
	Buf text;
	size_t length;
	size_t nul;
} Line;

/* An error of a command in a group, printed when the group ends, after the
 * output the commands before it printed. */
typedef struct {
	size_t offset;  /* bytes of held output before it */
	char *text;     /* the whole line, "error: ...\n" */
} HeldError;

/* The open group, if any: this file's private state. A group never spans
 * two streams: it ends before every dot-command (.read among them) and at
 * the end of its stream. */
static struct {
	int open;
	int commands;
	struct timespec start;
	long first_line, last_line;  /* of its commands, for "not saved" */
	char where[4200];            /* the stream's name for that message */
	FILE *real;                  /* where its output goes once committed */
	FILE *mem;                   /* where its output is held meanwhile */
	char *held;
	size_t len;
	HeldError *errors;
	int nerrors;
	int lost;                    /* a group failed to commit: the stream failed */
} group;

static int read_depth;

/* A failure whose errors were printed already (those of a .read file's
 * lines): it fails the line without a message of its own. */
#define ALREADY_REPORTED (-2)

static void report(const char *where, const char *message)
{
	char *text = where ? xprintf("error: %s: %s\n", where, message) : xprintf("error: %s\n", message);
	if (group.open) {
		fflush(group.mem);
		group.errors = xrealloc(group.errors, sizeof *group.errors * (size_t)(group.nerrors + 1));
		group.errors[group.nerrors].offset = group.len;
		group.errors[group.nerrors++].text = text;
		return;
	}
	fputs(text, stderr);
	fflush(stderr);
	free(text);
}

static long elapsed_ms(const struct timespec *since)
{
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	return (now.tv_sec - since->tv_sec) * 1000 + (now.tv_nsec - since->tv_nsec) / 1000000;
}

/* Begin a group for a command that changes data (or join the open one). A
 * group that cannot begin (a read-only file, a lock held too long) is no
 * error: the command runs on its own and reports what is wrong. */
static void group_join(App *app, const Stream *s)
{
	if (group.open)
		return;
	char *cause = NULL;
	if (db_begin(app->db, 1, &cause) != 0) {
		free(cause);
		return;
	}
	group.mem = open_memstream(&group.held, &group.len);
	if (group.mem == NULL) {
		db_end(app->db, 1, NULL);
		return;
	}
	group.open = 1;
	group.commands = 0;
	group.first_line = s->line;
	if (s->name)
		snprintf(group.where, sizeof group.where, "%.4000s ", s->name);
	else
		group.where[0] = '\0';
	clock_gettime(CLOCK_MONOTONIC, &group.start);
	group.real = app->out.fp;
	app->out.fp = group.mem;
}

/* Commit the open group, then release what its commands printed and their
 * errors, in order. When the commit fails nothing of the group was saved:
 * its output is dropped (none of it was true) and one error says which
 * lines to run again. */
static void group_end(App *app)
{
	if (!group.open)
		return;
	group.open = 0;
	fclose(group.mem);
	app->out.fp = group.real;
	char *cause = NULL;
	int ok;
	if (db_autocommit(app->db)) {
		/* SQLite rolled the whole transaction back itself (after an I/O
		 * error, a full disk, an interrupt): the failing command's own
		 * error said why; the lines before it are lost with it. */
		db_end(app->db, 0, NULL);
		cause = xstrdup("the transaction was rolled back after an error");
		ok = 0;
	} else {
		ok = db_end(app->db, 1, &cause) == 0;
	}
	size_t done = 0;
	for (int i = 0; i < group.nerrors; i++) {
		if (ok) {
			fwrite(group.held + done, 1, group.errors[i].offset - done, group.real);
			fflush(group.real);
			done = group.errors[i].offset;
		}
		fputs(group.errors[i].text, stderr);
		free(group.errors[i].text);
	}
	if (ok) {
		fwrite(group.held + done, 1, group.len - done, group.real);
		fflush(group.real);
	} else {
		if (group.first_line == group.last_line)
			fprintf(stderr, "error: %sline %ld: its changes were not saved: %s; run it again\n", group.where,
			        group.first_line, cause ? cause : "unknown error");
		else
			fprintf(stderr, "error: %slines %ld to %ld: their changes were not saved: %s; run them again\n",
			        group.where, group.first_line, group.last_line, cause ? cause : "unknown error");
		group.lost = 1;
	}
	fflush(stderr);
	free(cause);
	free(group.errors);
	free(group.held);
	group.errors = NULL;
	group.nerrors = 0;
	group.held = NULL;
	group.len = 0;
}

/* After a command of the group: end it when it is big or old enough. */
static void group_after(App *app, const Stream *s)
{
	if (!group.open)
		return;
	group.commands++;
	group.last_line = s->line;
	fflush(group.mem);
	if (group.commands >= RUN_GROUP_COMMANDS || group.len >= RUN_GROUP_HELD ||
	    elapsed_ms(&group.start) >= RUN_GROUP_MS || db_autocommit(app->db))
		group_end(app);
}

/* End the current .output: a file gets its name now that it is whole (or
 * nothing, when a write failed); output goes back to standard output. */
int run_output_end(App *app, char **cause)
{
	int rc = 0;
	if (app->out_file != NULL) {
		rc = safefile_commit(app->out_file, cause);
		app->out_file = NULL;
	} else if (app->out_discard) {
		fclose(app->out.fp);
	}
	app->out_discard = 0;
	app->out.fp = stdout;
	return rc;
}

/* After each line: a write to the .output file that failed (a full disk)
 * fails the line, removes the partial file, and sends what follows until
 * the next .output nowhere (not to the terminal a script's user did not
 * want it on). */
static int check_output(App *app, char **cause)
{
	int err = 0;
	if (app->out_file == NULL || group.open || !safefile_failed(app->out_file, &err))
		return 0;
	failure(cause, "cannot write %s: %s; it was not written (nothing is left under that name), and the output "
	        "until the next .output is discarded", safefile_path(app->out_file), strerror(err));
	safefile_abort(app->out_file);
	app->out_file = NULL;
	app->out.fp = fopen("/dev/null", "w");
	if (app->out.fp == NULL)
		app->out.fp = stdout;
	else
		app->out_discard = 1;
	return -1;
}

static int set_output(App *app, const char *file, char **cause)
{
	int rc = run_output_end(app, cause);
	if (file == NULL)
		return rc;
	char *problem = NULL;
	SafeFile *next = safefile_open(file, &problem);
	if (next == NULL) {
		if (rc != 0) {
			/* Both messages matter: the last file was not written, nor this one begun. */
			char *both = xprintf("%s; and %s", *cause, problem);
			free(problem);
			problem = both;
		}
		free(*cause);
		*cause = problem;
		return -1;
	}
	app->out_file = next;
	app->out.fp = safefile_stream(next);
	return rc;
}

static int dot_read(App *app, const char *file, char **cause)
{
	if (read_depth >= READ_MAX_DEPTH)
		return failure(cause, ".read %s: .read files nest more than %d deep; does a file read itself?", file,
		               READ_MAX_DEPTH);
	FILE *fp = fopen(file, "r");
	if (fp == NULL)
		return failure(cause, "cannot read %s: %s", file, strerror(errno));
	struct stat st;
	if (fstat(fileno(fp), &st) == 0 && S_ISDIR(st.st_mode)) {
		fclose(fp);
		return failure(cause, "cannot read %s: it is a folder; give a file of commands", file);
	}
	read_depth++;
	int rc = run_stream(app, fp, file);
	read_depth--;
	fclose(fp);
	return rc == 0 ? 0 : ALREADY_REPORTED;
}

static int dot_command(App *app, const Words *w, char **cause)
{
	const char *name = w->w[0] + 1;
	if (strcmp(name, "quit") == 0 || strcmp(name, "exit") == 0) {
		if (w->n > 1)
			return failure(cause, ".%s takes no arguments", name);
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
	if (strcmp(name, "pager") == 0) {
		/* Paging is the REPL's alone: in batch mode .pager is accepted
		 * (a script shared with the terminal may carry it) and changes
		 * nothing that is printed. */
		if (w->n == 1) {
			fprintf(app->out.fp, "pager %s\n", app->no_pager ? "off" : "on");
			return 0;
		}
		if (w->n != 2 || (strcmp(w->w[1], "on") != 0 && strcmp(w->w[1], "off") != 0))
			return failure(cause, ".pager takes on or off (it is %s)", app->no_pager ? "off" : "on");
		app->no_pager = strcmp(w->w[1], "off") == 0;
		return 0;
	}
	if (strcmp(name, "read") == 0) {
		if (w->n != 2)
			return failure(cause, ".read needs one FILE");
		return dot_read(app, w->w[1], cause);
	}
	return failure(cause, "unknown dot-command .%s; expected one of: .mode, .output, .pager, .read, .help, .quit", name);
}

/* A command that takes the rest of the line as typed (sql, CONTRACT.md):
 * the first word, then everything after it; a rest that is one quoted word
 * (sql "SELECT 1") is unquoted once. Returns 1 when line was such a
 * command and has been run (*rc its status), else 0. */
static int rest_of_line(App *app, const char *line, int *rc, char **cause)
{
	const char *p = line + strspn(line, " \t");
	size_t n = strcspn(p, " \t");
	char *first = xprintf("%.*s", (int)n, p);
	if (!command_takes_rest(first)) {
		free(first);
		return 0;
	}
	const char *rest = p + n;
	rest += strspn(rest, " \t");
	char *text = xstrdup(rest);
	if (*rest == '"' || *rest == '\'') {
		Words w;
		if (words_split(rest, &w, NULL) == 0 && w.n == 1) {
			free(text);
			text = xstrdup(w.w[0]);
		}
		words_free(&w);
	}
	group_end(app);
	char *argv[] = {first, text, NULL};
	*rc = command_execute(app, *rest ? 2 : 1, argv, cause);
	free(text);
	free(first);
	return 1;
}

/* Check, split and run one line; s is its stream when it comes from a
 * script (then commands that change data are grouped), else NULL. */
static int execute(App *app, const char *line, const Stream *s, char **cause)
{
	int bad = 0, rc = 0;
	Words w = {0};
	if (strlen(line) > RUN_MAX_LINE) {
		rc = failure(cause, "the line is longer than %d bytes; split it", RUN_MAX_LINE);
	} else if (!text_valid(line, &bad)) {
		rc = failure(cause, "byte %d of the line is not valid UTF-8 text (or is a control character); "
		             "save the input as UTF-8", bad);
	} else if (rest_of_line(app, line, &rc, cause)) {
		/* sql: run; nothing to split */
	} else if ((rc = words_split(line, &w, cause)) == 0 && w.n > 0) {
		if (w.w[0][0] == '.') {
			group_end(app);
			rc = dot_command(app, &w, cause);
		} else {
			/* Only commands that change data, in the transaction the
			 * command table gives them, are grouped; an unknown command
			 * fails without touching anything, so it leaves the group be. */
			int flags = s ? command_flags(w.n, w.w) : -1;
			if (flags >= 0 && (flags & CMD_WRITE) && !(flags & (CMD_NO_TX | CMD_ALONE)))
				group_join(app, s);
			else if (flags >= 0)
				group_end(app);
			rc = command_execute(app, w.n, w.w, cause);
			if (s)
				group_after(app, s);
		}
	}
	words_free(&w);
	if (rc == -1 && *cause == NULL)
		failure(cause, "the command failed");
	return rc;
}

int run_line(App *app, const char *line, const char *where)
{
	char *cause = NULL;
	app->error_line = 0;
	int rc = execute(app, line, NULL, &cause);
	/* A guided command given with -c reads its answers from standard
	 * input: a bad answer is named by its line there. */
	char answer_where[64];
	if (rc != 0 && app->error_line > 0 && where == NULL) {
		snprintf(answer_where, sizeof answer_where, "line %ld", app->error_line);
		where = answer_where;
	}
	app->error_line = 0;
	if (cause)
		report(where, cause);
	free(cause);
	cause = NULL;
	if (check_output(app, &cause) != 0) {
		report(where, cause);
		rc = -1;
	}
	free(cause);
	return rc == 0 ? 0 : -1;
}

/* Whether the next line can be read without waiting. */
static int stream_ready(Stream *s)
{
	if (s->pos < s->len || s->eof)
		return 1;
	struct pollfd p = {s->fd, POLLIN, 0};
	return poll(&p, 1, 0) > 0;
}

/* Read the next line, without its newline (and the carriage return of a
 * CRLF ending). 1 with *l filled, 0 at the end of input, -1 on a read
 * error (errno set). A line longer than RUN_MAX_LINE is read whole but kept
 * only in part, so a huge line cannot exhaust memory. */
static int stream_read(Stream *s, Line *l)
{
	memset(l, 0, sizeof *l);
	if (s->pushed) {
		/* Handed back after a check: valid text already, within bounds. */
		l->text.s = s->pushed;
		l->text.len = l->length = strlen(s->pushed);
		s->pushed = NULL;
		s->line++;
		return 1;
	}
	int any = 0;
	for (;;) {
		if (s->pos == s->len) {
			if (s->eof)
				break;
			ssize_t n = read(s->fd, s->buf, sizeof s->buf);
			if (n < 0 && errno == EINTR)
				continue;
			if (n < 0) {
				buf_free(&l->text);
				return -1;
			}
			s->pos = 0;
			s->len = (size_t)n;
			if (n == 0) {
				s->eof = 1;
				break;
			}
		}
		const char *start = s->buf + s->pos;
		const char *newline = memchr(start, '\n', s->len - s->pos);
		size_t n = newline ? (size_t)(newline - start) : s->len - s->pos;
		const char *nul = memchr(start, '\0', n);
		if (nul && l->nul == 0)
			l->nul = l->length + (size_t)(nul - start) + 1;
		size_t room = l->length <= RUN_MAX_LINE ? RUN_MAX_LINE + 1 - l->length : 0;
		buf_add(&l->text, start, n < room ? n : room);
		l->length += n;
		s->pos += n + (newline != NULL);
		any = 1;
		if (newline)
			break;
	}
	if (!any)
		return 0;
	s->line++;
	if (l->text.s == NULL)
		l->text.s = xstrdup("");
	if (l->length > 0 && l->length == l->text.len && l->text.s[l->text.len - 1] == '\r') {
		l->text.s[--l->text.len] = '\0';
		l->length--;
	}
	/* A byte-order mark, as Windows editors write at the start of a file. */
	if (s->line == 1 && strncmp(l->text.s, "\xEF\xBB\xBF", 3) == 0) {
		memmove(l->text.s, l->text.s + 3, l->text.len - 2);
		l->text.len -= 3;
		l->length -= 3;
		if (l->nul)
			l->nul -= 3;
	}
	return 1;
}

/* What is wrong with a line before its words are looked at, or NULL. */
static char *line_problem(const Line *l, const char *what)
{
	if (l->length > RUN_MAX_LINE)
		return xprintf("the %s is longer than %d bytes; split it", what, RUN_MAX_LINE);
	if (l->nul)
		return xprintf("byte %zu of the %s is a NUL byte; save the input as UTF-8 text", l->nul, what);
	return NULL;
}

static void where_of(const Stream *s, long line, char *where, size_t size)
{
	if (s->name)
		snprintf(where, size, "%.4000s line %ld", s->name, line);
	else
		snprintf(where, size, "line %ld", line);
}

/* app->ask inside a script: the next line is the answer. A line that could
 * not be a command cannot be an answer either: ask returns NULL with
 * ASK_END_BAD and the problem, for the guided command to report as its
 * bad answer. */
static char *ask_stream(App *app, const char *prompt)
{
	(void)prompt;
	Stream *s = app->ask_ctx;
	Line l;
	int rc = stream_read(s, &l);
	app->ask_end = ASK_END_INPUT;
	if (rc <= 0)
		return NULL;
	app->answer_line = s->line;
	char where[4200];
	where_of(s, s->line, where, sizeof where);
	char *problem = line_problem(&l, "answer");
	int bad = 0;
	if (problem == NULL && !text_valid(l.text.s, &bad))
		problem = xprintf("byte %d of the answer is not valid UTF-8 text (or is a control character)", bad);
	if (problem) {
		free(app->ask_problem);
		app->ask_problem = problem;
		app->ask_end = ASK_END_BAD;
		buf_free(&l.text);
		return NULL;
	}
	return l.text.s;
}

/* app->unask on a stream: the line is read again next, as an answer or a
 * command, under its own line number. */
static void unask_stream(App *app, char *line)
{
	Stream *s = app->ask_ctx;
	if (s == NULL || s->pushed != NULL) {
		free(line);
		return;
	}
	s->pushed = line;
	s->line--;
}

char *run_ask(App *app, const char *prompt)
{
	static Stream *in;
	if (in == NULL) {
		in = xcalloc(1, sizeof *in);
		in->fd = STDIN_FILENO;
	}
	if (isatty(STDIN_FILENO)) {
		fputs(prompt, stderr);
		fflush(stderr);
	}
	void *saved = app->ask_ctx;
	app->ask_ctx = in;
	char *line = ask_stream(app, prompt);
	app->ask_ctx = saved;
	return line;
}

int run_stream(App *app, FILE *fp, const char *name)
{
	Stream *s = xcalloc(1, sizeof *s);
	s->fd = fileno(fp);
	s->name = name;
	/* Guided commands read their answers from the same input. */
	char *(*saved_ask)(App *, const char *) = app->ask;
	void (*saved_unask)(App *, char *) = app->unask;
	void *saved_ctx = app->ask_ctx;
	app->ask = ask_stream;
	app->unask = unask_stream;
	app->ask_ctx = s;
	app->script++;
	int failed = 0;
	int lost_outside = group.lost; /* the stream that .read this one keeps its own */
	group.lost = 0;
	while (!app->quit) {
		/* Never keep a group (its lock, its output) or buffered output
		 * while waiting for input: a program driving caseaudit through a
		 * pipe sees each answer before it sends the next command. */
		if (!stream_ready(s)) {
			group_end(app);
			fflush(app->out.fp);
		}
		Line l;
		int rc = stream_read(s, &l);
		int read_errno = errno;
		if (rc == 0)
			break;
		char where[4200];
		where_of(s, s->line + (rc < 0), where, sizeof where);
		char *cause = NULL;
		int line_failed = 1;
		if (rc < 0)
			cause = xprintf("cannot read %s: %s", name ? name : "the input", strerror(read_errno));
		else if ((cause = line_problem(&l, "line")) == NULL) {
			app->error_line = 0;
			line_failed = execute(app, l.text.s, s, &cause) != 0;
			/* A guided command's bad answer is named by its own line. */
			if (line_failed && app->error_line > 0)
				where_of(s, app->error_line, where, sizeof where);
			app->error_line = 0;
		}
		buf_free(&l.text);
		if (cause)
			report(where, cause);
		free(cause);
		cause = NULL;
		if (check_output(app, &cause) != 0) {
			report(where, cause);
			line_failed = 1;
		}
		free(cause);
		if (line_failed) {
			failed = 1;
			if (app->bail)
				app->quit = 1;
		}
		if (group.lost) {
			failed = 1;
			group.lost = 0;
			if (app->bail)
				app->quit = 1;
		}
		if (rc < 0)
			break;
	}
	group_end(app);
	if (group.lost)
		failed = 1;
	char *cause = NULL;
	if (check_output(app, &cause) != 0) {
		report(name, cause);
		failed = 1;
	}
	free(cause);
	group.lost = lost_outside;
	app->ask = saved_ask;
	app->unask = saved_unask;
	app->ask_ctx = saved_ctx;
	app->script--;
	free(s->pushed);
	free(s);
	return failed ? -1 : 0;
}
