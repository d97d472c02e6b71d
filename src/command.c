/* The command table: lookup by unique prefix, argument parsing, the
 * per-command transaction, value checks, and `help`. */
#include "command.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

const Command *const *command_all(void)
{
	static const Command *tables[] = {
		cmd_team, cmd_worker, cmd_case, cmd_chron, cmd_supervision, cmd_audit,
		cmd_action, cmd_feedback, cmd_reaudit, cmd_sample, cmd_standard, cmd_theme, cmd_target, cmd_compliance,
		cmd_report, cmd_import, cmd_export, cmd_backup, cmd_history, cmd_sql, cmd_council, cmd_help,
	};
	static const Command *all[128];
	if (all[0] == NULL) {
		int n = 0;
		for (size_t t = 0; t < sizeof tables / sizeof tables[0]; t++)
			for (const Command *c = tables[t]; c->noun != NULL; c++)
				all[n++] = c;
		all[n] = NULL;
	}
	return all;
}

const char *command_name(const Command *c)
{
	static char name[64];
	snprintf(name, sizeof name, "%s%s%s", c->noun, c->verb ? " " : "", c->verb ? c->verb : "");
	return name;
}

/* ---- the argument spec ---- */

static const Arg period_range[] = {
	ARG_NEEDS("from", "DATE", KIND_DATE), ARG_NEEDS("to", "DATE", KIND_DATE), ARGS_END};
const Arg arg_period[] = {
	ARG_GROUP(period_range, 0),
	ARG_NEEDS("month", "YYYY-MM", KIND_PERIOD),
	ARG_NEEDS("quarter", "YYYY-QN", KIND_PERIOD),
	ARG_FORM("quarter", "YYYY/YY-QN"),
	ARG_NEEDS("year", "YYYY[/YY]", KIND_PERIOD),
	ARGS_END,
};

static void usage_nodes(Buf *b, const Arg *nodes, const char *between);

/* One node as help shows it: [optional], (one | of), repeatable... */
static void usage_node(Buf *b, const Arg *a)
{
	int optional = (a->flags & ARG_OPTIONAL) != 0;
	switch (a->type) {
	case ARG_POSITIONAL:
		buf_printf(b, "%s%s%s", optional ? "[" : "", a->value, optional ? "]" : "");
		break;
	case ARG_OPTION:
	case ARG_FORM:
		buf_printf(b, "%s--%s%s%s%s", optional ? "[" : "", a->name, a->value ? " " : "",
		           a->value ? a->value : "", optional ? "]" : "");
		break;
	case ARG_ONEOF:
		buf_puts(b, optional ? "[" : "(");
		usage_nodes(b, a->sub, " | ");
		buf_puts(b, optional ? "]" : ")");
		break;
	case ARG_GROUP:
		buf_puts(b, optional ? "[" : "");
		usage_nodes(b, a->sub, " ");
		buf_puts(b, optional ? "]" : "");
		break;
	case ARG_ALSO: /* a usage line of its own */
	case ARG_END:
		break;
	}
	if (a->flags & ARG_MULTI)
		buf_puts(b, "...");
}

static void usage_nodes(Buf *b, const Arg *nodes, const char *between)
{
	int shown = 0;
	for (const Arg *a = nodes; a && a->type != ARG_END; a++) {
		if (a->type == ARG_ALSO || (a->flags & ARG_IN_ALSO))
			continue;
		if (shown++)
			buf_puts(b, between);
		usage_node(b, a);
	}
}

char *command_usage(const Command *c)
{
	Buf b = {0};
	usage_nodes(&b, c->args, " ");
	return b.s ? b.s : xstrdup("");
}

char *command_usage_also(const Command *c)
{
	for (const Arg *a = c->args; a->type != ARG_END; a++)
		if (a->type == ARG_ALSO) {
			Buf b = {0};
			usage_nodes(&b, a->sub, " ");
			return b.s ? b.s : xstrdup("");
		}
	return NULL;
}

/* "NAME USAGE", and "; or: NAME ALSO" when the command has another form:
 * the usage an error line ends with (malloc'd). */
static char *usage_in_error(const Command *c)
{
	char *usage = command_usage(c), *also = command_usage_also(c);
	/* command_name's buffer is static: one copy for the two places. */
	char *name = xstrdup(command_name(c));
	char *line = also ? xprintf("%s%s%s; or: %s %s", name, *usage ? " " : "", usage, name, also)
	                  : xprintf("%s%s%s", name, *usage ? " " : "", usage);
	free(name);
	free(usage);
	free(also);
	return line;
}

/* Add node a (and what it holds) to leaves: inside oneof as its member
 * alternative, optional when it or a node around it may be left out. */
static void leaves_of(const Arg *a, const Arg *oneof, int alternative, int optional, ArgLeaf *leaves, int max,
                      int *n)
{
	optional = optional || (a->flags & ARG_OPTIONAL) != 0;
	int member = 0;
	switch (a->type) {
	case ARG_ONEOF:
		/* Each member may be left out for another. */
		for (const Arg *m = a->sub; m->type != ARG_END; m++, member++)
			leaves_of(m, a, member, 1, leaves, max, n);
		break;
	case ARG_GROUP:
		for (const Arg *m = a->sub; m->type != ARG_END; m++)
			leaves_of(m, oneof, alternative, optional, leaves, max, n);
		break;
	case ARG_POSITIONAL:
	case ARG_OPTION:
		if (*n < max)
			leaves[*n] = (ArgLeaf){a, oneof, alternative, optional};
		++*n;
		break;
	case ARG_FORM: /* usage only */
	case ARG_ALSO:
	case ARG_END:
		break;
	}
}

int command_leaves(const Command *c, ArgLeaf *leaves, int max)
{
	int n = 0;
	for (const Arg *a = c->args; a->type != ARG_END; a++)
		leaves_of(a, NULL, 0, 0, leaves, max, &n);
	return n;
}

void command_positionals(const Command *c, int *min, int *max)
{
	ArgLeaf leaves[COMMAND_MAX_LEAVES];
	int n = command_leaves(c, leaves, COMMAND_MAX_LEAVES);
	*min = *max = 0;
	for (int i = 0; i < n && i < COMMAND_MAX_LEAVES; i++) {
		if (leaves[i].arg->type != ARG_POSITIONAL)
			continue;
		if (!leaves[i].optional)
			++*min;
		if (*max >= 0)
			*max = (leaves[i].arg->flags & ARG_MULTI) ? -1 : *max + 1;
	}
}

const Arg *command_positional(const Command *c, int index)
{
	ArgLeaf leaves[COMMAND_MAX_LEAVES];
	int n = command_leaves(c, leaves, COMMAND_MAX_LEAVES), position = 0;
	for (int i = 0; i < n && i < COMMAND_MAX_LEAVES; i++) {
		const Arg *a = leaves[i].arg;
		if (a->type != ARG_POSITIONAL)
			continue;
		if (position == index || ((a->flags & ARG_MULTI) && position < index))
			return a;
		position++;
	}
	return NULL;
}

const Arg *command_option(const Command *c, const char *name, size_t len)
{
	ArgLeaf leaves[COMMAND_MAX_LEAVES];
	int n = command_leaves(c, leaves, COMMAND_MAX_LEAVES);
	for (int i = 0; i < n && i < COMMAND_MAX_LEAVES; i++) {
		const Arg *a = leaves[i].arg;
		if (a->type == ARG_OPTION && strlen(a->name) == len && strncmp(a->name, name, len) == 0)
			return a;
	}
	return NULL;
}

const char *const *arg_words(const Arg *a)
{
	switch (a->kind) {
	case KIND_CHOICE: return a->choices;
	case KIND_ROLE: return ROLES;
	case KIND_STATUS: return STATUSES;
	case KIND_FLAG: return FLAGS;
	case KIND_TYPE: return TYPES;
	case KIND_GRADE: return GRADES;
	case KIND_RESULT: return RESULTS;
	default: return NULL;
	}
}

/* Names that start with word (exact match wins), for nouns or for the verbs
 * of one noun. Fills found[] and returns the count. */
static int match(const char *noun, const char *word, const Command **found, int max)
{
	int n = 0;
	for (const Command *const *c = command_all(); *c; c++) {
		const char *name = noun ? (*c)->verb : (*c)->noun;
		if (name == NULL || (noun && strcmp((*c)->noun, noun) != 0))
			continue;
		/* One entry per noun when matching nouns. */
		int seen = 0;
		for (int i = 0; i < n && !noun; i++)
			if (strcmp(found[i]->noun, name) == 0)
				seen = 1;
		if (seen)
			continue;
		if (strcmp(name, word) == 0) {
			found[0] = *c;
			return 1;
		}
		if (strncmp(name, word, strlen(word)) == 0 && n < max)
			found[n++] = *c;
	}
	return n;
}

static int unknown(const char *noun, const char *word, char **cause)
{
	Buf b = {0};
	int best = 99;
	for (const Command *const *c = command_all(); *c; c++) {
		const char *name = noun ? (*c)->verb : (*c)->noun;
		if (name == NULL || (noun && strcmp((*c)->noun, noun) != 0))
			continue;
		int d = text_distance(word, name, best < 2 ? best : 2);
		if (d < best)
			best = d;
	}
	for (const Command *const *c = command_all(); *c && best <= 2; c++) {
		const char *name = noun ? (*c)->verb : (*c)->noun;
		if (name == NULL || (noun && strcmp((*c)->noun, noun) != 0))
			continue;
		if (text_distance(word, name, best) == best && (b.s == NULL || strstr(b.s, name) == NULL))
			buf_printf(&b, "%s%s", b.s ? ", " : "", name);
	}
	int rc;
	if (noun)
		rc = b.s ? failure(cause, "unknown command: %s %s; did you mean: %s %s?", noun, word, noun, b.s)
		         : failure(cause, "unknown command: %s %s; type 'help %s' for its commands", noun, word, noun);
	else
		rc = b.s ? failure(cause, "unknown command: %s; did you mean: %s?", word, b.s)
		         : failure(cause, "unknown command: %s; type 'help' for the list of commands", word);
	buf_free(&b);
	return rc;
}

static int ambiguous(const char *word, const Command **found, int n, int verbs, char **cause)
{
	Buf b = {0};
	for (int i = 0; i < n; i++)
		buf_printf(&b, "%s%s", i ? ", " : "", verbs ? found[i]->verb : found[i]->noun);
	int rc = failure(cause, "ambiguous command: %s, could be: %s", word, b.s);
	buf_free(&b);
	return rc;
}

/* Find the command named by the first one or two words; *used is how many. */
static const Command *lookup(int argc, char **argv, int *used, char **cause)
{
	const Command *found[64];
	int n = match(NULL, argv[0], found, 64);
	if (n == 0)
		return unknown(NULL, argv[0], cause), NULL;
	if (n > 1)
		return ambiguous(argv[0], found, n, 0, cause), NULL;
	const char *noun = found[0]->noun;
	/* A one-word command may also have verbs (history, history verify):
	 * a verb named in full is that command, anything else is an argument. */
	for (const Command *const *c = command_all(); *c && argc >= 2; c++)
		if (strcmp((*c)->noun, noun) == 0 && (*c)->verb && strcmp((*c)->verb, argv[1]) == 0) {
			*used = 2;
			return *c;
		}
	for (const Command *const *c = command_all(); *c; c++)
		if (strcmp((*c)->noun, noun) == 0 && (*c)->verb == NULL) {
			*used = 1;
			return *c;
		}
	if (argc < 2) {
		Buf b = {0};
		for (const Command *const *c = command_all(); *c; c++)
			if (strcmp((*c)->noun, noun) == 0)
				buf_printf(&b, "%s%s", b.s ? ", " : "", (*c)->verb);
		failure(cause, "%s needs a subcommand: %s", noun, b.s);
		buf_free(&b);
		return NULL;
	}
	n = match(noun, argv[1], found, 64);
	if (n == 0)
		return unknown(noun, argv[1], cause), NULL;
	if (n > 1)
		return ambiguous(argv[1], found, n, 1, cause), NULL;
	*used = 2;
	return found[0];
}

int command_flags(int argc, char **argv)
{
	int used = 0;
	char *cause = NULL;
	const Command *c = argc > 0 ? lookup(argc, argv, &used, &cause) : NULL;
	free(cause);
	return c ? c->flags : -1;
}

int command_takes_rest(const char *word)
{
	const Command *found[64];
	return word[0] != '\0' && match(NULL, word, found, 64) == 1 && found[0]->verb == NULL &&
	       (found[0]->flags & CMD_REST);
}

const char *args_get(const Args *a, const char *name)
{
	const char *v = NULL;
	for (int i = 0; i < a->nopt; i++)
		if (strcmp(a->spec[i]->name, name) == 0)
			v = a->value[i];
	return v;
}

int args_has(const Args *a, const char *name)
{
	for (int i = 0; i < a->nopt; i++)
		if (strcmp(a->spec[i]->name, name) == 0)
			return 1;
	return 0;
}

int args_all(const Args *a, const char *name, const char ***values)
{
	int n = 0;
	*values = xcalloc((size_t)a->nopt + 1, sizeof(char *));
	for (int i = 0; i < a->nopt; i++)
		if (strcmp(a->spec[i]->name, name) == 0)
			(*values)[n++] = a->value[i];
	return n;
}

int args_require(const Args *a, const char *name, char **cause)
{
	if (args_has(a, name))
		return 0;
	const Arg *o = command_option(a->command, name, strlen(name));
	char *usage = usage_in_error(a->command);
	failure(cause, "%s: --%s%s%s is required; usage: %s", command_name(a->command), name, o && o->value ? " " : "",
	        o && o->value ? o->value : "", usage);
	free(usage);
	return -1;
}

static void args_free(Args *a)
{
	free(a->pos);
	free(a->spec);
	free(a->value);
}

static int parse(const Command *c, int argc, char **argv, Args *a, char **cause)
{
	memset(a, 0, sizeof *a);
	a->command = c;
	a->pos = xcalloc((size_t)argc + 1, sizeof(char *));
	a->spec = xcalloc((size_t)argc + 1, sizeof(Arg *));
	a->value = xcalloc((size_t)argc + 1, sizeof(char *));
	int options_done = (c->flags & CMD_REST) != 0;
	for (int i = 0; i < argc; i++) {
		char *w = argv[i];
		if (options_done || strncmp(w, "--", 2) != 0 || w[2] == '\0') {
			if (!options_done && strcmp(w, "--") == 0) {
				options_done = 1;
				continue;
			}
			a->pos[a->npos++] = w;
			continue;
		}
		const char *name = w + 2;
		char *eq = strchr(name, '=');
		size_t len = eq ? (size_t)(eq - name) : strlen(name);
		const Arg *spec = command_option(c, name, len);
		if (spec == NULL) {
			Buf b = {0};
			ArgLeaf leaves[COMMAND_MAX_LEAVES];
			int n = command_leaves(c, leaves, COMMAND_MAX_LEAVES);
			for (int l = 0; l < n && l < COMMAND_MAX_LEAVES; l++)
				if (leaves[l].arg->type == ARG_OPTION)
					buf_printf(&b, "%s--%s", b.s ? ", " : "", leaves[l].arg->name);
			failure(cause, "unknown option --%.*s for '%s'; %s%s", (int)len, name, command_name(c),
			     b.s ? "it takes: " : "it takes no options", b.s ? b.s : "");
			buf_free(&b);
			return -1;
		}
		if (!(spec->flags & ARG_MULTI) && args_has(a, spec->name))
			return failure(cause, "--%s is given twice; give it once", spec->name);
		char *value = NULL;
		if (spec->value != NULL) {
			if (eq)
				value = eq + 1;
			else if (i + 1 < argc)
				value = argv[++i];
			else
				return failure(cause, "--%s needs a value (%s)", spec->name, spec->value);
		} else if (eq) {
			return failure(cause, "--%s takes no value", spec->name);
		}
		a->spec[a->nopt] = spec;
		a->value[a->nopt++] = value;
	}
	int min, max;
	command_positionals(c, &min, &max);
	if (a->npos >= min && (max < 0 || a->npos <= max))
		return 0;
	char *usage = usage_in_error(c);
	if (a->npos < min)
		failure(cause, "%s: missing argument; usage: %s", command_name(c), usage);
	else
		failure(cause, "%s: unexpected argument '%s'; usage: %s", command_name(c), a->pos[max], usage);
	free(usage);
	return -1;
}

const Command *command_find(const char *noun, const char *verb)
{
	for (const Command *const *c = command_all(); *c; c++)
		if (strcmp((*c)->noun, noun) == 0 &&
		    (verb ? (*c)->verb && strcmp((*c)->verb, verb) == 0 : (*c)->verb == NULL))
			return *c;
	return NULL;
}

typedef struct {
	const Command *command;
	char option[80];
} Spelling;

static const char *spell_option(const char *name, void *ctx)
{
	Spelling *sp = ctx;
	const Command *c = sp->command;
	const char *colon = strchr(name, ':');
	if (colon) {
		/* FIELD_OF: "noun verb:name", or "noun:name" for a one-word command. */
		char noun[32] = "", verb[32] = "";
		const char *space = memchr(name, ' ', (size_t)(colon - name));
		const char *noun_end = space ? space : colon;
		snprintf(noun, sizeof noun, "%.*s", (int)(noun_end - name), name);
		if (space)
			snprintf(verb, sizeof verb, "%.*s", (int)(colon - space - 1), space + 1);
		c = command_find(noun, space ? verb : NULL);
		name = colon + 1;
	}
	if (c == NULL || command_option(c, name, strlen(name)) == NULL)
		return NULL;
	snprintf(sp->option, sizeof sp->option, "--%s", name);
	return sp->option;
}

char *command_spell_text(const Command *c, const char *message)
{
	Spelling sp = {c, ""};
	return field_spell(message, spell_option, &sp);
}

void command_spell(const Command *c, char **cause)
{
	if (cause == NULL || *cause == NULL || strchr(*cause, FIELD_MARK) == NULL)
		return;
	char *spelt = command_spell_text(c, *cause);
	free(*cause);
	*cause = spelt;
}

int command_execute(App *app, int argc, char **argv, char **cause)
{
	int used = 0;
	const Command *c = lookup(argc, argv, &used, cause);
	if (c == NULL)
		return -1;
	Args a;
	int rc = parse(c, argc - used, argv + used, &a, cause);
	if (rc == 0) {
		if (c->flags & CMD_NO_TX) {
			rc = c->run(app, &a, cause);
		} else if ((rc = db_begin(app->db, c->flags & CMD_WRITE, cause)) == 0) {
			/* What a command that changes data prints is held until its
			 * transaction has committed, so nothing is reported done (an
			 * audit's ID) that a crash before the commit could still undo,
			 * and a failed command prints only its error. */
			FILE *real = app->out.fp;
			char *held = NULL;
			size_t len = 0;
			FILE *mem = (c->flags & CMD_WRITE) ? open_memstream(&held, &len) : NULL;
			if (mem)
				app->out.fp = mem;
			rc = c->run(app, &a, cause);
			if (db_end(app->db, rc == 0, rc == 0 ? cause : NULL) != 0)
				rc = -1;
			if (mem) {
				fclose(mem);
				app->out.fp = real;
				if (rc == 0)
					fwrite(held, 1, len, real);
				free(held);
			}
		}
	}
	args_free(&a);
	if (rc != 0)
		command_spell(c, cause);
	return rc;
}

int check_date(const char *what, const char *value, char **cause)
{
	if (value == NULL || date_valid(value))
		return 0;
	return failure(cause, "%s '%s' is not a real date; expected YYYY-MM-DD", what, value);
}

int check_positive(const char *what, const char *value, long long *out, char **cause)
{
	if (parse_int(value, out) != 0 || *out <= 0)
		return failure(cause, "%s '%s' is not a whole number above 0", what, value);
	return 0;
}

/* A line of help with each list it names ({STATUSES}, {FLAGS}, ...) spelt
 * from domain.c's list ("early-help, cin, cp, cic or care-leaver"), folded
 * at 78 columns under the text of its option, added to b. */
static void help_line(Buf *b, const char *line, size_t len)
{
	static const struct {
		const char *name;
		const char *const *list;
	} lists[] = {{"{ROLES}", ROLES}, {"{STATUSES}", STATUSES}, {"{FLAGS}", FLAGS},
	             {"{TYPES}", TYPES}, {"{GRADES}", GRADES}, {"{RESULTS}", RESULTS}};
	Buf out = {0};
	buf_puts(&out, "");
	int named = 0;
	for (size_t k = 0; k < len;) {
		size_t i = 0, n = sizeof lists / sizeof lists[0];
		while (i < n && strncmp(line + k, lists[i].name, strlen(lists[i].name)) != 0)
			i++;
		if (i == n) {
			buf_add(&out, line + k++, 1);
			continue;
		}
		char *words = domain_words(lists[i].list);
		buf_puts(&out, words);
		free(words);
		k += strlen(lists[i].name);
		named = 1;
	}
	if (!named || out.len <= 78) {
		buf_add(b, out.s, out.len);
		buf_free(&out);
		return;
	}
	/* The text's column: after the gap that follows an option ("  --role
	 * ROLE        "), else the line's own indent. */
	size_t indent = strspn(out.s, " ");
	for (size_t k = indent; k + 1 < out.len && k < 40; k++)
		if (out.s[k] == ' ' && out.s[k + 1] == ' ') {
			indent = k + strspn(out.s + k, " ");
			break;
		}
	size_t start = 0;
	while (out.len - start > 78 - (start ? indent : 0)) {
		size_t width = 78 - (start ? indent : 0), cut = start + width;
		while (cut > start && out.s[cut] != ' ')
			cut--;
		if (cut <= start + indent)
			break; /* one word longer than the line: leave it */
		buf_add(b, out.s + start, cut - start);
		buf_printf(b, "\n%*s", (int)indent, "");
		start = cut + 1;
	}
	buf_add(b, out.s + start, out.len - start);
	buf_free(&out);
}

static char *help_text(const char *help)
{
	Buf b = {0};
	buf_puts(&b, "");
	for (const char *p = help; *p;) {
		size_t len = strcspn(p, "\n");
		help_line(&b, p, len);
		p += len;
		if (*p == '\n')
			buf_add(&b, p++, 1);
	}
	return b.s;
}

/* help [COMMAND...] */
static int run_help(App *app, const Args *a, char **cause)
{
	FILE *fp = app->out.fp;
	if (a->npos == 0) {
		fputs("Commands (help COMMAND for details):\n", fp);
		for (const Command *const *c = command_all(); *c; c++)
			fprintf(fp, "  %-22s %s\n", command_name(*c), (*c)->summary);
		fputs("Dot-commands: .mode table|csv|json, .output [FILE], .pager on|off, .read FILE, .help, .quit\n"
		      "(In the interactive session a list longer than the terminal goes through $PAGER,\n"
		      "default less -FRX; .pager off or CASEAUDIT_PAGER=off turns that off.)\n", fp);
		return 0;
	}
	int used = 0;
	const Command *c = lookup(a->npos, a->pos, &used, cause);
	if (c == NULL) {
		/* `help audit`: every verb of the noun. */
		int shown = 0;
		for (const Command *const *d = command_all(); *d; d++)
			if (a->npos == 1 && strncmp((*d)->noun, a->pos[0], strlen(a->pos[0])) == 0 && (*d)->verb) {
				fprintf(fp, "%-22s %s\n", command_name(*d), (*d)->summary);
				shown = 1;
			}
		if (shown) {
			free(*cause);
			*cause = NULL;
			return 0;
		}
		return -1;
	}
	char *usage = command_usage(c), *also = command_usage_also(c);
	char *help = help_text(c->help);
	fprintf(fp, "usage: %s%s%s\n", command_name(c), *usage ? " " : "", usage);
	if (also)
		fprintf(fp, "   or: %s %s\n", command_name(c), also);
	fprintf(fp, "\n%s\n%s\n", c->summary, help);
	free(help);
	free(usage);
	free(also);
	return 0;
}

static const Arg help_verb[] = {ARG_POS("NOUN", KIND_NOUN), ARG_POS_F("VERB", KIND_VERB, ARG_OPTIONAL), ARGS_END};
static const Arg help_args[] = {ARG_GROUP(help_verb, ARG_OPTIONAL), ARGS_END};

const Command cmd_help[] = {
	{"help", NULL, help_args, CMD_NO_TX,
	 "list the commands, or explain one",
	 "With no argument, lists every command with one line each. With a\n"
	 "command name (or a noun), shows its usage, options and an example.\n\n"
	 "example: help audit add\n", run_help},
	{NULL, NULL, NULL, 0, NULL, NULL, NULL},
};
