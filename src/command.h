/* The command table: every command's name, arguments, options, help and
 * the function that runs it. Each cmd_NOUN.c file defines the entries of its
 * noun; command.c gathers them, parses arguments and dispatches. */
#ifndef CASEAUDIT_COMMAND_H
#define CASEAUDIT_COMMAND_H

#include "app.h"
#include "domain.h" /* the value lists and check_enum */

/* What a value is. Tab completion offers candidates by it (src/repl.c
 * has an entry for every kind, tests/check_command.c proves it); the
 * fixed lists are domain.c's (ROLES, STATUSES...) or, for KIND_CHOICE,
 * the command's own words in Arg.choices. */
typedef enum {
	KIND_NONE = 0,  /* an option that takes no value (a switch) */
	KIND_TEXT,      /* free text, or a new name or code: typed */
	KIND_DATE,      /* YYYY-MM-DD: typed */
	KIND_PERIOD,    /* a month, quarter or year: typed */
	KIND_NUMBER,    /* typed */
	KIND_FILE,      /* a file or folder name: typed */
	KIND_TEAM,      /* from the database: */
	KIND_WORKER,
	KIND_CASE,
	KIND_AUDIT,
	KIND_ACTION,
	KIND_SAMPLE,
	KIND_STANDARD,
	KIND_TARGET,
	KIND_THEME,
	KIND_ROLE,      /* from domain.c's lists: */
	KIND_STATUS,
	KIND_FLAG,
	KIND_TYPE,
	KIND_GRADE,
	KIND_RESULT,
	KIND_CHOICE,    /* one of Arg.choices */
	KIND_ANSWER,    /* STANDARD=RESULT */
	KIND_NOUN,      /* a command's first word (help NOUN) */
	KIND_VERB,      /* a verb of the noun before it (help NOUN VERB) */
	KIND_COUNT
} ArgKind;

/* One node of a command's argument spec (as Redis describes its commands'
 * arguments as typed data): help's usage line, the "missing argument"
 * errors, the parser, the positional counts and Tab completion all read it. */
typedef enum {
	ARG_END = 0,    /* ends a list of nodes */
	ARG_POSITIONAL, /* a word in its place: value is its placeholder */
	ARG_OPTION,     /* --name, with a value when value is not NULL */
	ARG_ONEOF,      /* one of the members: (a | b), or [a | b] when optional */
	ARG_GROUP,      /* the members together: [GRADE --months N] */
	ARG_FORM,       /* another spelling of option name's value, for usage
	                   only: --quarter YYYY/YY-QN beside --quarter YYYY-QN */
	ARG_ALSO,       /* another way to call the command, for help only: its
	                   members, the spec's own options arranged otherwise,
	                   are help's second usage line ("   or: ..."); last in
	                   a spec */
} ArgType;

enum {
	ARG_OPTIONAL = 1, /* may be left out: shown in [brackets] */
	ARG_MULTI = 2,    /* may be given more than once: shown with ... */
	ARG_IN_ALSO = 4,  /* left out of the first usage line: the spec's
	                     ARG_ALSO form shows it (sample draw's themed
	                     options, beside the dip sample's line) */
};

typedef struct Arg {
	ArgType type;
	const char *name;             /* an option's name, without the dashes */
	const char *value;            /* placeholder: a positional's, or an
	                                 option's value (NULL: a switch) */
	ArgKind kind;
	int flags;                    /* ARG_OPTIONAL, ARG_MULTI */
	const char *const *choices;   /* KIND_CHOICE: the words, NULL-terminated */
	const struct Arg *sub;        /* ONEOF, GROUP: members, ending ARG_END */
} Arg;

/* Spec nodes. Positionals are required unless flagged; options are
 * optional unless written ARG_NEEDS (or given flags 0 inside a group). */
#define ARG_POS(P, K) {ARG_POSITIONAL, NULL, P, K, 0, NULL, NULL}
#define ARG_POS_F(P, K, F) {ARG_POSITIONAL, NULL, P, K, F, NULL, NULL}
#define ARG_OPT(N, P, K) {ARG_OPTION, N, P, K, ARG_OPTIONAL, NULL, NULL}
#define ARG_NEEDS(N, P, K) {ARG_OPTION, N, P, K, 0, NULL, NULL}
#define ARG_OPT_F(N, P, K, F) {ARG_OPTION, N, P, K, F, NULL, NULL}
#define ARG_CHOICE(N, P, WORDS) {ARG_OPTION, N, P, KIND_CHOICE, ARG_OPTIONAL, WORDS, NULL}
#define ARG_SWITCH(N) {ARG_OPTION, N, NULL, KIND_NONE, ARG_OPTIONAL, NULL, NULL}
#define ARG_SWITCH_F(N, F) {ARG_OPTION, N, NULL, KIND_NONE, F, NULL, NULL}
#define ARG_ONEOF(SUB, F) {ARG_ONEOF, NULL, NULL, KIND_NONE, F, NULL, SUB}
#define ARG_GROUP(SUB, F) {ARG_GROUP, NULL, NULL, KIND_NONE, F, NULL, SUB}
#define ARG_FORM(N, P) {ARG_FORM, N, P, KIND_NONE, 0, NULL, NULL}
#define ARG_ALSO(SUB) {ARG_ALSO, NULL, NULL, KIND_NONE, 0, NULL, SUB}
#define ARGS_END {ARG_END, NULL, NULL, KIND_NONE, 0, NULL, NULL}

/* A reporting period, one of --from DATE --to DATE, --month, --quarter,
 * --year (period.c reads them): one optional node, ARG_PERIOD. */
extern const Arg arg_period[];
#define ARG_PERIOD ARG_ONEOF(arg_period, ARG_OPTIONAL)

/* A leaf of a spec (a positional or an option) with where it sits. */
typedef struct {
	const Arg *arg;
	const Arg *oneof;  /* the innermost ONEOF it is a member of, or NULL */
	int alternative;   /* which member of that ONEOF it belongs to */
	int optional;      /* it, or a node around it, may be left out (a
	                      member of a ONEOF may: for another member) */
} ArgLeaf;

typedef struct Command Command;

typedef struct {
	const Command *command; /* the command they were parsed for */
	int npos;
	char **pos;        /* positional words, in order */
	int nopt;
	const Arg **spec;  /* the option given, of the command's spec */
	char **value;      /* NULL for an option without a value */
} Args;

/* The value of an option (the last one given), or NULL. */
const char *args_get(const Args *a, const char *name);
int args_has(const Args *a, const char *name);
/* Every value of a repeatable option, in order; returns the count and
 * points *values at a malloc'd array the caller frees (not its strings). */
int args_all(const Args *a, const char *name, const char ***values);
/* 0 when option name (one the spec says is required) was given; else -1
 * with "NOUN VERB: --name VALUE is required; usage: ..." in *cause. */
int args_require(const Args *a, const char *name, char **cause);

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

struct Command {
	const char *noun;
	const char *verb;      /* NULL for a one-word command (compliance) */
	const Arg *args;       /* positionals and options, in usage order;
	                          ends with ARGS_END */
	int flags;
	const char *summary;   /* one line for `help` */
	const char *help;      /* what it does, options, an example */
	CommandRun run;
};

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

/* The full name "noun verb" of a command, in a static buffer. */
const char *command_name(const Command *c);

/* The usage line of c's arguments, generated from its spec ("" when it
 * takes none); the caller frees it. */
char *command_usage(const Command *c);
/* The usage line of the spec's ARG_ALSO form (another way to call it), or
 * NULL when it has none; the caller frees it. */
char *command_usage_also(const Command *c);
/* The leaves of c's spec in order, into leaves[max]; returns the count
 * (more than max: some were left out). */
int command_leaves(const Command *c, ArgLeaf *leaves, int max);
/* The fewest and most positional words c takes (most -1: any number). */
void command_positionals(const Command *c, int *min, int *max);
/* The positional node of word index (0-based) among c's positionals (a
 * repeatable last one stands for every later word), or NULL. */
const Arg *command_positional(const Command *c, int index);
/* The option of c named name[0..len), or NULL. */
const Arg *command_option(const Command *c, const char *name, size_t len);
/* The fixed words a value of a may be (its choices, or domain.c's list
 * for its kind), or NULL when they are not a fixed list. */
const char *const *arg_words(const Arg *a);

/* Most leaves a command's spec has (a bug beyond it: check_command). */
enum { COMMAND_MAX_LEAVES = 48 };

/* Helpers for commands: check a value and explain what was expected. */
int check_date(const char *what, const char *value, char **cause);
int check_positive(const char *what, const char *value, long long *out, char **cause);

#endif
