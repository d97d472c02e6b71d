/* The interactive session, on libedit's native API as OpenSSH's sftp uses
 * it: prompt, emacs keys, history kept between sessions under
 * $XDG_STATE_HOME, Tab completion from the command table and the database,
 * Ctrl-C to abandon a line, and the answers of guided commands. */
#include "repl.h"

#include <errno.h>
#include <histedit.h>
#include <pwd.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "command.h"
#include "pager.h"
#include "repo_complete.h"
#include "run.h"
#include "safefile.h"
#include "util.h"
#include "words.h"

#ifndef CASEAUDIT_VERSION
#define CASEAUDIT_VERSION "0.0"
#endif

#define PROMPT "caseaudit> "

/* Lines of history kept between sessions. */
enum { HISTORY_SIZE = 1000 };

/* ---- completion: what could go where the cursor is ---- */

/* Candidates being gathered for the value typed so far (prefix). */
typedef struct {
	const char *prefix;
	char *lead;     /* typed text kept in front of the value: "--team=", "PLAN=" */
	int partial;    /* candidates are not whole words yet (PLAN=): no space after */
	int n, more;
	char **items;
} Cands;

static int ascii_lower(int ch)
{
	return ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch;
}

/* Whether word begins with prefix, ignoring ASCII case (as the database
 * compares names). */
static int begins_with(const char *word, const char *prefix)
{
	for (; *prefix; word++, prefix++)
		if (ascii_lower((unsigned char)*word) != ascii_lower((unsigned char)*prefix))
			return 0;
	return 1;
}

static void cands_add(Cands *c, const char *word)
{
	if (!begins_with(word, c->prefix))
		return;
	for (int i = 0; i < c->n; i++)
		if (strcmp(c->items[i], word) == 0)
			return;
	if (c->n >= REPL_COMPLETE_MAX) {
		c->more = 1;
		return;
	}
	c->items = xrealloc(c->items, sizeof(char *) * (size_t)(c->n + 2));
	c->items[c->n++] = xstrdup(word);
	c->items[c->n] = NULL;
}

static void cands_words(Cands *c, const char *const *words)
{
	for (; *words; words++)
		cands_add(c, *words);
}

/* Values from the database; suffix is added to each (PLAN=). */
static void cands_db(Cands *c, Db *db, const char *kind, const char *suffix)
{
	if (db == NULL)
		return;
	char **items = NULL;
	int n = repo_complete(db, kind, c->prefix, REPL_COMPLETE_MAX + 1, &items, NULL);
	for (int i = 0; i < n; i++) {
		char *word = xprintf("%s%s", items[i], suffix);
		cands_add(c, word);
		free(word);
	}
	repo_complete_free(items);
}

/* How Tab finds the values of each kind of argument. Every kind has an
 * entry (repl_completes_kind; tests/check_command.c walks the commands):
 * a kind added to command.h without one is a bug found by the tests. */
enum { TYPED = 1, FROM_DB, FROM_WORDS, ANSWER, NOUN, VERB };
static const struct {
	int how;
	const char *db; /* FROM_DB: a repo_complete kind */
} COMPLETE[KIND_COUNT] = {
	[KIND_NONE] = {TYPED, NULL},        [KIND_TEXT] = {TYPED, NULL},
	[KIND_DATE] = {TYPED, NULL},        [KIND_PERIOD] = {TYPED, NULL},
	[KIND_NUMBER] = {TYPED, NULL},      [KIND_FILE] = {TYPED, NULL},
	[KIND_TEAM] = {FROM_DB, "team"},    [KIND_WORKER] = {FROM_DB, "worker"},
	[KIND_CASE] = {FROM_DB, "case"},    [KIND_AUDIT] = {FROM_DB, "audit"},
	[KIND_ACTION] = {FROM_DB, "action"}, [KIND_SAMPLE] = {FROM_DB, "sample"},
	[KIND_STANDARD] = {FROM_DB, "standard"}, [KIND_TARGET] = {FROM_DB, "target"},
	[KIND_THEME] = {FROM_DB, "theme"},
	[KIND_ROLE] = {FROM_WORDS, NULL},   [KIND_STATUS] = {FROM_WORDS, NULL},
	[KIND_FLAG] = {FROM_WORDS, NULL},   [KIND_TYPE] = {FROM_WORDS, NULL},
	[KIND_GRADE] = {FROM_WORDS, NULL},  [KIND_RESULT] = {FROM_WORDS, NULL},
	[KIND_CHOICE] = {FROM_WORDS, NULL}, [KIND_ANSWER] = {ANSWER, NULL},
	[KIND_NOUN] = {NOUN, NULL},         [KIND_VERB] = {VERB, NULL},
};

int repl_completes_kind(const Arg *a)
{
	if ((int)a->kind < 0 || a->kind >= KIND_COUNT || COMPLETE[a->kind].how == 0)
		return 0;
	/* A fixed list must be there to offer. */
	return COMPLETE[a->kind].how != FROM_WORDS || arg_words(a) != NULL;
}

static int has_verbs(const char *noun)
{
	for (const Command *const *c = command_all(); *c; c++)
		if (strcmp((*c)->noun, noun) == 0)
			return (*c)->verb != NULL;
	return 0;
}

/* The noun word names: itself or a unique prefix, as the runner takes it. */
static const char *find_noun(const char *word)
{
	const char *found = NULL;
	for (const Command *const *c = command_all(); *c; c++) {
		if (strcmp((*c)->noun, word) == 0)
			return (*c)->noun;
		if (strncmp((*c)->noun, word, strlen(word)) == 0 && (found == NULL || strcmp(found, (*c)->noun) != 0)) {
			if (found != NULL)
				return NULL;
			found = (*c)->noun;
		}
	}
	return found;
}

/* The command noun + word name (the verb itself or a unique prefix), or
 * the noun's one command when it has no verbs. */
static const Command *find_command(const char *noun, const char *word)
{
	const Command *found = NULL;
	for (const Command *const *c = command_all(); *c; c++) {
		if (strcmp((*c)->noun, noun) != 0)
			continue;
		if ((*c)->verb == NULL || strcmp((*c)->verb, word) == 0)
			return *c;
		if (strncmp((*c)->verb, word, strlen(word)) == 0) {
			if (found != NULL)
				return NULL;
			found = *c;
		}
	}
	return found;
}

static void cands_nouns(Cands *c)
{
	for (const Command *const *cmd = command_all(); *cmd; cmd++)
		cands_add(c, (*cmd)->noun);
}

static void cands_verbs(Cands *c, const char *noun)
{
	for (const Command *const *cmd = command_all(); *cmd; cmd++)
		if (strcmp((*cmd)->noun, noun) == 0 && (*cmd)->verb)
			cands_add(c, (*cmd)->verb);
}

/* Candidates for word as a value of a (an option's or a positional's);
 * before: the positional words typed so far (help NOUN VERB reads them). */
static void cands_value(Cands *c, Db *db, const Arg *a, char **before, int nbefore, const char *word)
{
	const char *eq = strchr(word, '=');
	switch (COMPLETE[a->kind].how) {
	case FROM_DB:
		cands_db(c, db, COMPLETE[a->kind].db, "");
		break;
	case FROM_WORDS:
		cands_words(c, arg_words(a));
		break;
	case ANSWER:
		/* STANDARD=RESULT: the standard's code, then its result. */
		if (eq) {
			c->lead = xprintf("%.*s", (int)(eq - word + 1), word);
			c->prefix = eq + 1;
			cands_words(c, RESULTS);
		} else {
			c->partial = 1;
			cands_db(c, db, "standard", "=");
		}
		break;
	case NOUN:
		cands_nouns(c);
		break;
	case VERB: {
		const char *noun = nbefore > 0 ? find_noun(before[nbefore - 1]) : NULL;
		if (noun && has_verbs(noun))
			cands_verbs(c, noun);
		break;
	}
	default:
		break; /* typed */
	}
}

/* Candidates for word, the next argument of cmd after the args typed. */
static void cands_arguments(Cands *c, Db *db, const Command *cmd, char **args, int nargs, const char *word)
{
	ArgLeaf leaves[COMMAND_MAX_LEAVES];
	int nleaves = command_leaves(cmd, leaves, COMMAND_MAX_LEAVES);
	if (nleaves > COMMAND_MAX_LEAVES)
		nleaves = COMMAND_MAX_LEAVES;
	int npos = 0, options_done = 0, ngiven = 0;
	const Arg *pending = NULL;
	const Arg **given = xcalloc((size_t)nargs + 1, sizeof *given);
	char **positional = xcalloc((size_t)nargs + 1, sizeof *positional);
	for (int i = 0; i < nargs; i++) {
		const char *a = args[i];
		if (pending) {
			pending = NULL;
		} else if (!options_done && strcmp(a, "--") == 0) {
			options_done = 1;
		} else if (!options_done && strncmp(a, "--", 2) == 0) {
			const char *eq = strchr(a + 2, '=');
			const Arg *o = command_option(cmd, a + 2, eq ? (size_t)(eq - a - 2) : strlen(a + 2));
			if (o) {
				given[ngiven++] = o;
				if (o->value && eq == NULL)
					pending = o;
			}
		} else {
			positional[npos++] = args[i];
		}
	}
	const char *eq = strchr(word, '=');
	int min, max;
	command_positionals(cmd, &min, &max);
	if (pending) {
		cands_value(c, db, pending, positional, npos, word);
	} else if (!options_done && strncmp(word, "--", 2) == 0 && eq) {
		/* --team=VALUE */
		const Arg *o = command_option(cmd, word + 2, (size_t)(eq - word - 2));
		if (o && o->value) {
			c->lead = xprintf("%.*s", (int)(eq - word + 1), word);
			c->prefix = eq + 1;
			cands_value(c, db, o, positional, npos, eq + 1);
		}
	} else if (!options_done && word[0] == '-') {
		/* The options not given yet (a repeatable one again), less the other
		 * alternatives of a choice already made: (--size N | --percent P). */
		for (int l = 0; l < nleaves; l++) {
			const ArgLeaf *o = &leaves[l];
			if (o->arg->type != ARG_OPTION)
				continue;
			int offer = 1;
			for (int g = 0; g < ngiven && offer; g++) {
				const ArgLeaf *other = NULL;
				for (int k = 0; k < nleaves && other == NULL; k++)
					if (leaves[k].arg == given[g])
						other = &leaves[k];
				if (given[g] == o->arg)
					offer = (o->arg->flags & ARG_MULTI) != 0;
				else if (other && o->oneof && other->oneof == o->oneof && other->alternative != o->alternative)
					offer = 0;
			}
			if (offer) {
				char *name = xprintf("--%s", o->arg->name);
				cands_add(c, name);
				free(name);
			}
		}
	} else if (max < 0 || npos < max) {
		const Arg *a = command_positional(cmd, npos);
		if (a)
			cands_value(c, db, a, positional, npos, word);
	}
	free(positional);
	free(given);
}

/* Candidates for word after the complete words prev of the line. */
static void cands_line(Cands *c, Db *db, const Words *prev, const char *word)
{
	static const char *const dot_commands[] = {".mode", ".output", ".pager", ".read", ".help", ".quit", NULL};
	static const char *const on_off[] = {"on", "off", NULL};
	static const char *const modes[] = {"table", "csv", "json", NULL};
	if (prev->n == 0) {
		if (word[0] == '.')
			cands_words(c, dot_commands);
		else
			cands_nouns(c);
		return;
	}
	if (prev->w[0][0] == '.') {
		if (prev->n == 1 && strcmp(prev->w[0], ".mode") == 0)
			cands_words(c, modes);
		else if (prev->n == 1 && strcmp(prev->w[0], ".pager") == 0)
			cands_words(c, on_off);
		return;
	}
	const char *noun = find_noun(prev->w[0]);
	if (noun == NULL)
		return;
	int used = 1;
	const Command *cmd = NULL;
	if (has_verbs(noun)) {
		if (prev->n == 1) {
			cands_verbs(c, noun);
			return;
		}
		used = 2;
	} else {
		/* A one-word command with verbs too (history, history verify). */
		for (const Command *const *v = command_all(); *v && prev->n >= 2; v++)
			if (strcmp((*v)->noun, noun) == 0 && (*v)->verb && strcmp((*v)->verb, prev->w[1]) == 0)
				cmd = *v, used = 2;
		if (prev->n == 1)
			cands_verbs(c, noun);
	}
	if (cmd == NULL)
		cmd = find_command(noun, used == 2 ? prev->w[1] : "");
	if (cmd == NULL)
		return;
	cands_arguments(c, db, cmd, prev->w + used, prev->n - used, word);
}

/* Where the word under the cursor begins and which quote is open in it;
 * -1 when the cursor is in a comment. Follows words_split's rules. */
static int scan_line(const char *line, int cursor, int *start, char *quote)
{
	int in_word = 0;
	*start = cursor;
	*quote = 0;
	for (int i = 0; i < cursor; i++) {
		char ch = line[i];
		if (!in_word) {
			if (ch == ' ' || ch == '\t')
				continue;
			if (ch == '#')
				return -1;
			in_word = 1;
			*start = i;
		}
		if (*quote) {
			if (ch == *quote)
				*quote = 0;
			else if (ch == '\\' && *quote == '"' && i + 1 < cursor)
				i++;
		} else if (ch == '"' || ch == '\'') {
			*quote = ch;
		} else if (ch == '\\' && i + 1 < cursor) {
			i++;
		} else if (ch == ' ' || ch == '\t') {
			in_word = 0;
			*start = cursor;
		}
	}
	return 0;
}

/* The length of the prefix every candidate shares (ignoring ASCII case),
 * cut back to a whole UTF-8 character. */
static size_t shared_prefix(char **items, int n)
{
	size_t len = strlen(items[0]);
	for (int i = 1; i < n; i++) {
		size_t j = 0;
		while (j < len && items[i][j] &&
		       ascii_lower((unsigned char)items[i][j]) == ascii_lower((unsigned char)items[0][j]))
			j++;
		len = j;
	}
	while (len > 0 && ((unsigned char)items[0][len] & 0xC0) == 0x80)
		len--;
	return len;
}

/* Append value[0..len) as one word of the command syntax: bare when it can
 * be, else in quote (the one the person opened, or double quotes), closed
 * when the word is whole. */
static void append_word(Buf *b, const char *value, size_t len, int whole, char quote)
{
	int needs = quote != 0 || (len == 0 && whole);
	for (size_t i = 0; i < len && !needs; i++)
		needs = strchr(" \t'\"\\#", value[i]) != NULL;
	if (!needs) {
		buf_add(b, value, len);
		return;
	}
	char q = quote ? quote : '"';
	if (q == '\'' && memchr(value, '\'', len) != NULL)
		q = '"';
	buf_add(b, &q, 1);
	for (size_t i = 0; i < len; i++) {
		if (q == '"' && (value[i] == '"' || value[i] == '\\'))
			buf_add(b, "\\", 1);
		buf_add(b, value + i, 1);
	}
	if (whole)
		buf_add(b, &q, 1);
}

void repl_complete(Db *db, const char *line, int cursor, Completion *out)
{
	memset(out, 0, sizeof *out);
	int len = (int)strlen(line);
	if (cursor < 0 || cursor > len)
		cursor = len;
	int start;
	char quote;
	Cands c = {0};
	if (scan_line(line, cursor, &start, &quote) != 0) {
		start = cursor; /* in a comment: nothing to complete */
	} else {
		char *before = xprintf("%.*s", start, line);
		char *raw = xprintf("%.*s", cursor - start, line + start);
		Words prev, current;
		words_split_partial(before, &prev);
		words_split_partial(raw, &current);
		const char *word = current.n > 0 ? current.w[0] : "";
		c.prefix = word;
		cands_line(&c, db, &prev, word);
		if (c.n > 0 && !c.more) {
			/* One candidate: the whole word. Several: as much as they share,
			 * when that is more than is typed. */
			size_t shared = c.n == 1 ? strlen(c.items[0]) : shared_prefix(c.items, c.n);
			if (c.n == 1 || shared > strlen(c.prefix)) {
				Buf b = {0};
				buf_puts(&b, c.lead ? c.lead : "");
				append_word(&b, c.items[0], shared, c.n == 1, quote);
				if (c.n == 1 && !c.partial)
					buf_puts(&b, " ");
				if (b.s && strcmp(b.s, raw) != 0)
					out->insert = b.s;
				else
					buf_free(&b);
			}
		}
		words_free(&prev);
		words_free(&current);
		free(before);
		free(raw);
	}
	out->start = start;
	out->n = c.n;
	out->more = c.more;
	out->items = c.items ? c.items : xcalloc(1, sizeof(char *));
	free(c.lead);
}

void repl_completion_free(Completion *c)
{
	for (int i = 0; i < c->n; i++)
		free(c->items[i]);
	free(c->items);
	free(c->insert);
	memset(c, 0, sizeof *c);
}

/* ---- the session ---- */

typedef struct {
	App *app;
	EditLine *el;
	History *hist;       /* commands, kept between sessions */
	History *answers;    /* empty: answers to guided commands are not recalled */
	const char *prompt;
	int asking;          /* reading an answer for a guided command */
	char **session;      /* the lines entered in this session, oldest first */
	int nsession;
} Repl;

/* Set by SIGINT. While a line is being read libedit's own handler returns
 * from el_gets with EINTR; while a command runs SQLite is told to stop. */
static volatile sig_atomic_t interrupted, reading;
static Db *interrupt_db;

static void on_interrupt(int sig)
{
	(void)sig;
	interrupted = 1;
	if (!reading && interrupt_db != NULL) {
		db_interrupt(interrupt_db);
		/* The terminal echoed ^C: the error goes on the next line. */
		ssize_t ignored = write(STDERR_FILENO, "\n", 1);
		(void)ignored;
	}
}

static Repl *repl_of(EditLine *el)
{
	void *data = NULL;
	el_get(el, EL_CLIENTDATA, &data);
	return data;
}

static char *prompt_of(EditLine *el)
{
	/* libedit's prompt function type predates const; it does not write. */
	return (char *)repl_of(el)->prompt;
}

static int terminal_width(void)
{
	struct winsize ws;
	if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
		return ws.ws_col;
	return 80;
}

/* Characters (not bytes) in the UTF-8 text s[0..n). */
static int characters(const char *s, int n)
{
	int count = 0;
	for (int i = 0; i < n; i++)
		count += ((unsigned char)s[i] & 0xC0) != 0x80;
	return count;
}

/* The candidates in columns below the line, as a shell lists them. */
static void show_candidates(const Completion *c)
{
	putchar('\n');
	if (c->more) {
		printf("more than %d match; type more of it\n", REPL_COMPLETE_MAX);
		fflush(stdout);
		return;
	}
	int widest = 0;
	for (int i = 0; i < c->n; i++) {
		int w = characters(c->items[i], (int)strlen(c->items[i]));
		if (w > widest)
			widest = w;
	}
	int columns = terminal_width() / (widest + 2);
	if (columns < 1)
		columns = 1;
	int rows = (c->n + columns - 1) / columns;
	for (int row = 0; row < rows; row++) {
		for (int col = 0; col < columns; col++) {
			int i = col * rows + row;
			if (i >= c->n)
				break;
			int pad = widest + 2 - characters(c->items[i], (int)strlen(c->items[i]));
			printf("%s%*s", c->items[i], (col + 1) * rows + row < c->n ? pad : 0, "");
		}
		putchar('\n');
	}
	fflush(stdout);
}

/* Tab. */
static unsigned char on_tab(EditLine *el, int ch)
{
	(void)ch;
	Repl *r = repl_of(el);
	if (r->asking)
		return CC_ERROR; /* an answer is not a command: nothing to complete */
	const LineInfo *li = el_line(el);
	char *line = xprintf("%.*s", (int)(li->lastchar - li->buffer), li->buffer);
	int cursor = (int)(li->cursor - li->buffer);
	Completion c;
	repl_complete(r->app->db, line, cursor, &c);
	unsigned char rc;
	if (c.insert != NULL) {
		el_deletestr(el, characters(line + c.start, cursor - c.start));
		rc = el_insertstr(el, c.insert) == 0 ? CC_REFRESH : CC_REFRESH_BEEP;
	} else if (c.n > 1 || c.more) {
		show_candidates(&c);
		rc = CC_REDISPLAY;
	} else {
		rc = CC_REFRESH_BEEP;
	}
	repl_completion_free(&c);
	free(line);
	return rc;
}

/* Read a line: 1 with *out (malloc'd, without its newline), 0 at the end
 * of input (Ctrl-D on an empty line), -1 when Ctrl-C abandoned it. */
static int read_line(Repl *r, char **out)
{
	fflush(r->app->out.fp);
	fflush(stdout);
	for (;;) {
		int count = 0;
		interrupted = 0;
		reading = 1;
		errno = 0;
		const char *line = el_gets(r->el, &count);
		reading = 0;
		if (line != NULL) {
			size_t n = strlen(line);
			while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
				n--;
			*out = xprintf("%.*s", (int)n, line);
			return 1;
		}
		if (count == -1 && errno == EINTR) {
			if (!interrupted)
				continue; /* another signal: go on reading */
			putchar('\n');
			return -1;
		}
		putchar('\n'); /* so the shell's prompt starts on its own line */
		return 0;
	}
}

/* app->ask in the REPL: the guided command's own prompt, no completion,
 * nothing recalled or remembered. Ctrl-D and Ctrl-C return NULL, told
 * apart by app->ask_end. */
static char *ask_line(App *app, const char *prompt)
{
	Repl *r = app->ask_ctx;
	const char *saved = r->prompt;
	r->prompt = prompt;
	r->asking = 1;
	el_set(r->el, EL_HIST, history, r->answers);
	char *line = NULL;
	int rc = read_line(r, &line);
	if (rc != 1)
		line = NULL;
	app->ask_end = rc < 0 ? ASK_END_INTERRUPT : ASK_END_INPUT;
	el_set(r->el, EL_HIST, history, r->hist);
	r->asking = 0;
	r->prompt = saved;
	return line;
}

/* mkdir -p, private. */
static int make_dirs(char *dir)
{
	for (char *p = dir + 1;; p++) {
		if (*p != '/' && *p != '\0')
			continue;
		char saved = *p;
		*p = '\0';
		int rc = mkdir(dir, 0700), e = errno;
		*p = saved;
		if (rc != 0 && e != EEXIST) {
			errno = e;
			return -1;
		}
		if (saved == '\0')
			break;
	}
	struct stat st;
	if (stat(dir, &st) != 0)
		return -1;
	if (!S_ISDIR(st.st_mode)) {
		errno = ENOTDIR;
		return -1;
	}
	return 0;
}

/* $XDG_STATE_HOME/caseaudit/history, or ~/.local/state/caseaudit/history,
 * with its folder made; NULL (after a warning) when it cannot be. */
static char *history_file(void)
{
	const char *state = getenv("XDG_STATE_HOME");
	char *dir;
	/* The XDG rules: a relative path is to be ignored. */
	if (state != NULL && state[0] == '/') {
		dir = xprintf("%s/caseaudit", state);
	} else {
		const char *home = getenv("HOME");
		if (home == NULL || home[0] != '/') {
			const struct passwd *pw = getpwuid(getuid());
			home = pw ? pw->pw_dir : NULL;
		}
		if (home == NULL) {
			fputs("warning: history is not kept: no home folder ($HOME) or $XDG_STATE_HOME\n", stderr);
			return NULL;
		}
		dir = xprintf("%s/.local/state/caseaudit", home);
	}
	if (make_dirs(dir) != 0) {
		fprintf(stderr, "warning: history is not kept: cannot create %s: %s\n", dir, strerror(errno));
		free(dir);
		return NULL;
	}
	char *path = xprintf("%s/history", dir);
	free(dir);
	return path;
}

static History *history_new(void)
{
	History *h = history_init();
	HistEvent ev;
	history(h, &ev, H_SETSIZE, HISTORY_SIZE);
	history(h, &ev, H_SETUNIQUE, 1);
	return h;
}

static void history_read(History *h, const char *path)
{
	HistEvent ev;
	struct stat st;
	if (stat(path, &st) == 0 && st.st_size > 0 && history(h, &ev, H_LOAD, path) < 0)
		fprintf(stderr, "warning: cannot read the history in %s; it will be rewritten\n", path);
}

/* Write the history at exit: what is in the file now (another session may
 * have saved since this one began) and then this session's lines, capped,
 * through a private temporary file renamed over the old one, so the file
 * is never half written and never readable by others. */
static void history_write(const Repl *r, const char *path)
{
	History *h = history_new();
	HistEvent ev;
	history_read(h, path);
	for (int i = 0; i < r->nsession; i++)
		history(h, &ev, H_ENTER, r->session[i]);
	/* The files rule: a private file beside it, renamed in when whole. */
	char *cause = NULL;
	SafeFile *f = safefile_open(path, &cause);
	if (f != NULL && history(h, &ev, H_SAVE_FP, safefile_stream(f)) < 0) {
		safefile_abort(f);
		f = NULL;
		cause = xprintf("cannot write %s", path);
	}
	if (f != NULL && safefile_commit(f, &cause) == 0)
		f = NULL;
	else
		fprintf(stderr, "warning: cannot save the history in %s: %s\n", path, cause ? cause : "unknown error");
	free(cause);
	history_end(h);
}

/* Keep a line for Up-arrow, now and in later sessions (without the space
 * completion leaves at its end, so the same command is one entry). */
static void remember(Repl *r, const char *text)
{
	size_t n = strlen(text);
	while (n > 0 && (text[n - 1] == ' ' || text[n - 1] == '\t'))
		n--;
	char *line = xprintf("%.*s", (int)n, text);
	HistEvent ev;
	history(r->hist, &ev, H_ENTER, line);
	if (r->nsession == HISTORY_SIZE) {
		free(r->session[0]);
		memmove(r->session, r->session + 1, sizeof(char *) * (HISTORY_SIZE - 1));
		r->nsession--;
	}
	r->session = xrealloc(r->session, sizeof(char *) * (size_t)(r->nsession + 1));
	r->session[r->nsession++] = line;
}

/* After Ctrl-C stopped a command: statements it left stepping would keep
 * SQLite's interrupt in force for the next command, so reset them (the
 * cached statements are reset before each use anyway). */
static void recover_from_interrupt(App *app)
{
	db_reset_all(app->db);
	clearerr(stdout);
}

/* Whether line's output goes through the pager: a command (not a
 * dot-command, not a conversation such as audit start) printing to the
 * terminal (not a .output file), with paging on. */
static const char *pager_for(App *app, const char *line)
{
	if (app->no_pager || app->out.fp != stdout || !isatty(STDOUT_FILENO))
		return NULL;
	Words w = {0};
	char *cause = NULL;
	int flags = -1;
	if (words_split(line, &w, &cause) == 0 && w.n > 0 && w.w[0][0] != '.')
		flags = command_flags(w.n, w.w);
	words_free(&w);
	free(cause);
	if (flags < 0 || (flags & CMD_TALKS))
		return NULL;
	return pager_command();
}

/* Run a line typed at the prompt, its output paged when it is longer
 * than the terminal. */
static void run_typed(App *app, const char *line)
{
	const char *command = pager_for(app, line);
	struct winsize ws;
	Pager *pager = NULL;
	if (command && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_row > 0)
		pager = pager_open(command, stdout, ws.ws_row, ws.ws_col);
	if (pager)
		app->out.fp = pager_file(pager);
	run_line(app, line, NULL);
	if (pager) {
		fflush(app->out.fp);
		app->out.fp = stdout;
		if (pager_close(pager) < 0)
			fprintf(stderr, "warning: the pager '%s' could not be started; '.pager off' stops trying\n", command);
	}
}

/* The one session of this process (the file's private state). */
static Repl session;

int repl_run(App *app)
{
	Repl *r = &session;
	memset(r, 0, sizeof *r);
	r->app = app;
	r->prompt = PROMPT;
	r->el = el_init("caseaudit", stdin, stdout, stderr);
	if (r->el == NULL) {
		fputs("warning: line editing is not available; reading commands plainly\n", stderr);
		run_stream(app, stdin, NULL);
		return 0;
	}
	r->hist = history_new();
	r->answers = history_new();
	char *path = history_file();
	if (path != NULL)
		history_read(r->hist, path);

	el_set(r->el, EL_CLIENTDATA, r);
	el_set(r->el, EL_PROMPT, prompt_of);
	el_set(r->el, EL_EDITOR, "emacs");
	el_set(r->el, EL_SIGNAL, 1);
	el_set(r->el, EL_HIST, history, r->hist);
	/* The wide call: libedit keeps these strings, and the narrow one copies
	 * them into memory it never frees. */
	el_wset(r->el, EL_ADDFN, L"caseaudit-complete", L"Complete the word under the cursor", on_tab);
	el_set(r->el, EL_BIND, "^I", "caseaudit-complete", NULL);
	el_source(r->el, NULL); /* the person's ~/.editrc, as other libedit programs read it */

	struct sigaction action, saved_action;
	memset(&action, 0, sizeof action);
	action.sa_handler = on_interrupt;
	sigemptyset(&action.sa_mask);
	action.sa_flags = SA_RESTART;
	interrupt_db = app->db;
	sigaction(SIGINT, &action, &saved_action);

	char *(*saved_ask)(App *, const char *) = app->ask;
	void *saved_ctx = app->ask_ctx;
	app->ask = ask_line;
	app->ask_ctx = r;

	printf("caseaudit %s, database %s: type 'help' for the commands, .quit or Ctrl-D to leave\n",
	       CASEAUDIT_VERSION, app->db_path);
	while (!app->quit) {
		char *line;
		int rc = read_line(r, &line);
		if (rc < 0)
			continue;
		if (rc == 0)
			break;
		if (line[strspn(line, " \t")] != '\0')
			remember(r, line);
		interrupted = 0;
		db_cancel_clear();
		run_typed(app, line);
		if (interrupted)
			recover_from_interrupt(app);
		free(line);
	}

	app->ask = saved_ask;
	app->ask_ctx = saved_ctx;
	sigaction(SIGINT, &saved_action, NULL);
	interrupt_db = NULL;
	if (path != NULL)
		history_write(r, path);
	free(path);
	for (int i = 0; i < r->nsession; i++)
		free(r->session[i]);
	free(r->session);
	el_end(r->el);
	history_end(r->hist);
	history_end(r->answers);
	return 0;
}
