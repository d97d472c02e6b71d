/* The command table: every command's name, arguments, options, help and
 * the function that runs it. Each cmd_NOUN.c file defines the entries of its
 * noun; command.c gathers them, parses arguments and dispatches. */
#ifndef CASEAUDIT_COMMAND_H
#define CASEAUDIT_COMMAND_H

#include "app.h"
#include "domain.h" /* the value lists and check_enum */

enum {
	OPT_VALUE = 1, /* takes a value: --name VALUE or --name=VALUE */
	OPT_MULTI = 2, /* may be given more than once */
};

typedef struct {
	const char *name;   /* without the dashes */
	int flags;
	const char *value;  /* what the value is, for help and completion:
	                       TEAM, NAME (worker), CASE, ROLE, STATUS, FLAG, TYPE,
	                       GRADE, RESULT, STANDARD, TARGET, DATE, MONTH,
	                       QUARTER, N, PERCENT, FILE, TEXT, ... */
} OptionSpec;

typedef struct {
	int npos;
	char **pos;        /* positional words, in order */
	int nopt;
	const OptionSpec **spec;
	char **value;      /* NULL for an option without a value */
} Args;

/* The value of an option (the last one given), or NULL. */
const char *args_get(const Args *a, const char *name);
int args_has(const Args *a, const char *name);
/* Every value of a repeatable option, in order; returns the count and
 * points *values at a malloc'd array the caller frees (not its strings). */
int args_all(const Args *a, const char *name, const char ***values);

enum {
	CMD_WRITE = 1,  /* changes the database: runs in an IMMEDIATE transaction */
	CMD_NO_TX = 2,  /* manages its own transactions (backup, audit start) */
	CMD_ALONE = 4,  /* never shares a transaction with other commands of a
	                   script (import: it defers foreign-key checks to the
	                   commit) */
	CMD_TALKS = 8,  /* a conversation with the person (audit start): its
	                   output never goes through the REPL's pager */
	CMD_REST = 16,  /* one-word command whose one argument is the rest of the
	                   line exactly as typed (sql): no word splitting,
	                   quoting or options; the runner hands it over whole */
};

typedef int (*CommandRun)(App *app, const Args *args, char **cause);

typedef struct {
	const char *noun;
	const char *verb;      /* NULL for a one-word command (compliance) */
	const char *usage;     /* arguments and options, as in help */
	int min_pos, max_pos;  /* positional words; max -1: any number */
	const char *pos_kind;  /* completion of the first positional: "team",
	                          "worker", "case", "audit", "target", or NULL */
	const OptionSpec *options; /* ends with {NULL} */
	int flags;
	const char *summary;   /* one line for `help` */
	const char *help;      /* what it does, options, an example */
	CommandRun run;
} Command;

/* The command entries of each noun, each ending with {NULL}. */
extern const Command cmd_team[], cmd_worker[], cmd_case[], cmd_chron[],
	cmd_supervision[], cmd_audit[], cmd_action[], cmd_sample[],
	cmd_standard[], cmd_theme[], cmd_target[], cmd_compliance[], cmd_report[],
	cmd_import[], cmd_feedback[], cmd_reaudit[], cmd_export[], cmd_backup[], cmd_history[], cmd_sql[],
	cmd_council[], cmd_help[];

/* Every command, in help order; NULL-terminated array of pointers. */
const Command *const *command_all(void);

/* Run one already-split command line in its own transaction. 0 on success,
 * -1 with *cause (a bad word, option or value, or the command's failure).
 * A failed command changes nothing. */
int command_execute(App *app, int argc, char **argv, char **cause);

/* The front end's spelling of the repository's neutral messages (FIELD in
 * util.h): each field the command has an option for becomes that option
 * ("--due"); any other (a field of a command reached from another, as
 * the guided audit start reaches action add's) its bare name ("due").
 * command_execute spells every cause it returns; a command that shows a
 * message itself (an import's bad rows, the guided audit start) spells
 * it with command_spell_text. c may be NULL: bare names throughout. */
void command_spell(const Command *c, char **cause);
char *command_spell_text(const Command *c, const char *message);
/* The entry of the command noun verb (verb NULL for a one-word command),
 * or NULL. */
const Command *command_find(const char *noun, const char *verb);

/* The flags (CMD_WRITE, CMD_NO_TX) of the command the words name, or -1
 * when they name none; the batch runner groups commands by them. */
int command_flags(int argc, char **argv);

/* Whether word names (or uniquely begins the name of) a CMD_REST command,
 * whose argument is the rest of the line as typed. */
int command_takes_rest(const char *word);

/* How long sql lets a statement run, in milliseconds (10 seconds; the
 * fuzzer shortens it). */

/* The full name "noun verb" of a command, in a static buffer. */
const char *command_name(const Command *c);

/* Helpers for commands: check a value and explain what was expected. */
int check_date(const char *what, const char *value, char **cause);
int check_positive(const char *what, const char *value, long long *out, char **cause);

/* Edit distance, for "did you mean". */
int edit_distance(const char *a, const char *b);

#endif
