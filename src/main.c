/* caseaudit: case-file audit tracker for children's social care.
 * Options, then batch (-c, -f, piped standard input) or the REPL. */
#include <errno.h>
#include <getopt.h>
#include <locale.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "app.h"
#include "command.h"
#include "repl.h"
#include "run.h"
#include "util.h"
#include "words.h"

#ifndef CASEAUDIT_VERSION
#define CASEAUDIT_VERSION "0.0"
#endif

static void usage(FILE *fp)
{
	fputs("usage: caseaudit [OPTIONS] [DATABASE]\n"
	      "\n"
	      "Log case-file audits and supervision, and check practice against the\n"
	      "targets of the improvement plan. DATABASE defaults to caseaudit.db.\n"
	      "\n"
	      "  -c COMMAND              run COMMAND and exit (may be repeated)\n"
	      "  -f FILE                 run the commands in FILE and exit\n"
	      "  --mode table|csv|json   output mode (default: table)\n"
	      "  --user NAME             who is recording (default: $CASEAUDIT_USER, then $USER)\n"
	      "  --bail                  stop at the first failing command\n"
	      "  --help                  show this help and exit\n"
	      "  --version               show the version and exit\n"
	      "\n"
	      "With no -c or -f, commands are read from standard input when it is not a\n"
	      "terminal; otherwise an interactive session starts (type 'help'). Errors\n"
	      "go to standard error as 'error: MESSAGE', with 'line N: ' when reading a\n"
	      "file or standard input; a failed command changes nothing.\n"
	      "\n"
	      "Exit status: 0 every command succeeded; 1 a command failed (the others\n"
	      "still ran, unless --bail); 2 bad options, an unreadable -f FILE, or a\n"
	      "database that cannot be opened or migrated.\n", fp);
}

/* A bad option: say which and how to get help. getopt_long reports a
 * missing value with ':' and anything else with '?'; optopt is the short
 * option's letter, or the long option's code, or 0 for an unknown one. */
static void bad_option(int opt, char **argv)
{
	const char *word = argv[optind - 1];
	if (opt == ':')
		fprintf(stderr, "error: %s needs a value; see caseaudit --help\n", word);
	else if (optopt > 0 && optopt < 256)
		fprintf(stderr, "error: unknown option -%c; see caseaudit --help\n", optopt);
	else if (optopt >= 256)
		fprintf(stderr, "error: %.*s takes no value; see caseaudit --help\n", (int)strcspn(word, "="), word);
	else
		fprintf(stderr, "error: unknown option %s; see caseaudit --help\n", word);
}

/* Exit status 2 with a message about opening the database, naming it when
 * the message does not. */
static void bad_database(const char *path, const char *cause)
{
	if (strstr(cause, path))
		fprintf(stderr, "error: %s\n", cause);
	else
		fprintf(stderr, "error: %s: %s\n", path, cause);
}

int main(int argc, char **argv)
{
	/* The person's locale for characters (libedit's line editing of UTF-8),
	 * never for numbers: the CONTRACT writes and reads them with a '.'
	 * whatever the locale (printf's %f and strtod follow LC_NUMERIC). */
	setlocale(LC_ALL, "");
	setlocale(LC_NUMERIC, "C");
	/* Children's data: nothing this program creates is readable by others. */
	umask(077);

	enum { OPT_MODE = 256, OPT_USER, OPT_BAIL, OPT_HELP, OPT_VERSION };
	static const struct option longopts[] = {
		{"mode", required_argument, NULL, OPT_MODE},
		{"user", required_argument, NULL, OPT_USER},
		{"bail", no_argument, NULL, OPT_BAIL},
		{"help", no_argument, NULL, OPT_HELP},
		{"version", no_argument, NULL, OPT_VERSION},
		{NULL, 0, NULL, 0},
	};
	const char **commands = xcalloc((size_t)argc + 1, sizeof(char *));
	int ncommands = 0;
	const char *file = NULL;
	int file_at = 0; /* the -f FILE runs after the -c commands given before it */
	const char *user = getenv("CASEAUDIT_USER");
	if (user == NULL || *user == '\0')
		user = getenv("USER");
	if (user == NULL || *user == '\0') {
		/* No $USER (cron, CI, containers): the login name of this process. */
		struct passwd *pw = getpwuid(getuid());
		user = pw ? pw->pw_name : NULL;
	}
	App app = {0};
	app.out.fp = stdout;
	app.out.mode = MODE_TABLE;
	int opt;
	opterr = 0;
	/* Options may come before or after DATABASE (":" first: a missing value
	 * is told apart from an unknown option). */
	while ((opt = getopt_long(argc, argv, ":c:f:", longopts, NULL)) != -1) {
		switch (opt) {
		case 'c':
			commands[ncommands++] = optarg;
			break;
		case 'f':
			if (file != NULL) {
				fputs("error: -f is given twice; give one FILE\n", stderr);
				free(commands);
				return 2;
			}
			file = optarg;
			file_at = ncommands;
			break;
		case OPT_MODE: {
			int mode = output_mode_parse(optarg);
			if (mode < 0) {
				fprintf(stderr, "error: --mode '%s' is not known; expected one of: table, csv, json\n", optarg);
				free(commands);
				return 2;
			}
			app.out.mode = (OutputMode)mode;
			break;
		}
		case OPT_USER:
			user = optarg;
			break;
		case OPT_BAIL:
			app.bail = 1;
			break;
		case OPT_HELP:
			usage(stdout);
			free(commands);
			return 0;
		case OPT_VERSION:
			printf("caseaudit %s (SQLite %s)\n", CASEAUDIT_VERSION, db_sqlite_version());
			free(commands);
			return 0;
		default:
			bad_option(opt, argv);
			free(commands);
			return 2;
		}
	}
	if (argc - optind > 1) {
		fprintf(stderr, "error: more than one DATABASE given ('%s'); see caseaudit --help\n", argv[optind + 1]);
		free(commands);
		return 2;
	}
	if (user == NULL || *user == '\0' || !text_valid(user, NULL)) {
		fputs("error: no valid user name: give --user NAME (UTF-8 text) or set CASEAUDIT_USER\n", stderr);
		free(commands);
		return 2;
	}
	app.db_path = optind < argc ? argv[optind] : "caseaudit.db";
	FILE *script = NULL;
	struct stat st;
	if (file != NULL && ((script = fopen(file, "r")) == NULL ||
	                     (fstat(fileno(script), &st) == 0 && S_ISDIR(st.st_mode)))) {
		fprintf(stderr, "error: cannot read %s: %s\n", file, script ? "it is a folder; give a file of commands"
		                                                          : strerror(errno));
		if (script)
			fclose(script);
		free(commands);
		return 2;
	}
	char *cause = NULL;
	/* An empty file made beforehand (touch, under a lax umask) would hold
	 * children's data readable by others: make it private first, and say so. */
	int made_private = strcmp(app.db_path, ":memory:") == 0 ? 0 : safefile_private_if_empty(app.db_path, &cause);
	if (made_private < 0) {
		bad_database(app.db_path, cause);
		free(cause);
		free(commands);
		if (script)
			fclose(script);
		return 2;
	}
	if (made_private)
		fprintf(stderr, "warning: %s was an empty file readable by other users; it is now readable by you only "
		        "(permissions 0600)\n", app.db_path);
	app.db = db_open(app.db_path, user, &cause);
	if (app.db == NULL) {
		bad_database(app.db_path, cause);
		free(cause);
		free(commands);
		if (script)
			fclose(script);
		return 2;
	}
	app.ask = run_ask;
	const char *no_color = getenv("NO_COLOR");
	app.out.color = isatty(STDOUT_FILENO) && (no_color == NULL || *no_color == '\0');
	/* Tables fit 80 columns, or a wider terminal when there is one. */
	struct winsize ws;
	if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 80)
		app.out.width = ws.ws_col;

	int failed = 0;
	if (ncommands > 0 || script != NULL) {
		/* In the order given: -c COMMAND and -f FILE as they come. */
		for (int i = 0; i <= ncommands && !app.quit; i++) {
			if (script != NULL && i == file_at && run_stream(&app, script, NULL) != 0) {
				failed = 1;
				if (app.bail)
					app.quit = 1;
			}
			if (i < ncommands && !app.quit && run_line(&app, commands[i], NULL) != 0) {
				failed = 1;
				if (app.bail)
					app.quit = 1;
			}
		}
	} else if (!isatty(STDIN_FILENO)) {
		failed = run_stream(&app, stdin, NULL) != 0;
	} else {
		app.interactive = 1;
		failed = repl_run(&app) != 0;
	}
	if (script)
		fclose(script);
	/* Output that could not be written (a full disk, a closed pipe) is a
	 * failure the exit status must show. */
	char *end_cause = NULL;
	if (run_output_end(&app, &end_cause) != 0) {
		fprintf(stderr, "error: %s\n", end_cause);
		failed = 1;
	}
	free(end_cause);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		perror("error: the output could not be written in full");
		failed = 1;
	}
	db_close(app.db);
	free(commands);
	return failed ? 1 : 0;
}
