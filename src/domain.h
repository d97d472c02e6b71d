/* The domain's fixed value lists and rules, each in one place: below the
 * command layer (which checks what users type) and the repository layer
 * (which checks what it records) alike, so neither copies them. Pure: no
 * I/O, no database. Where a rule must run inside SQL (a query over many
 * rows), its one SQL form is a DOMAIN_SQL_* macro here, next to the C form.
 *
 * Adding a value (a new case status, say): add it to its list in domain.c
 * (STATUS_LIST, with its words) and write a migration that adds it to the
 * CHECK constraints naming the list (tests/check_domain.c proves every
 * CHECK naming a list names all of it) and, for a status or a flag, says
 * in standard_status / standard_flag which standards it brings. Messages,
 * completion and help ({STATUSES} in a help text) read the lists. */
#ifndef CASEAUDIT_DOMAIN_H
#define CASEAUDIT_DOMAIN_H

/* The enumerations of the contract, NULL-terminated, in the contract's
 * order (help and "expected one of" list them in this order). */
extern const char *const ROLES[], *const STATUSES[], *const FLAGS[],
	*const TYPES[], *const GRADES[], *const RESULTS[];

/* What the plan calls the children of each status ("children in need"),
 * in STATUSES' order (domain.c makes both from one list). */
extern const char *const STATUS_WORDS[];
/* The words of status, or status itself when it is not a status. */
const char *domain_status_words(const char *status);
/* A list in prose: "early-help, cin, cp, cic or care-leaver"; malloc'd.
 * Help texts name a list as {STATUSES}, {FLAGS}, ... and `help` spells
 * it so (command.c), so a value added to a list is in the help too. */
char *domain_words(const char *const *list);

/* Position of value in list, or -1 when it is not in it (or NULL). */
int domain_index(const char *value, const char *const *list);
/* 0 when value is NULL or in the list; else -1 with "WHAT 'VALUE' is not
 * known; expected one of: ..." in *cause. */
int check_enum(const char *what, const char *value, const char *const *allowed, char **cause);

/* ---- workers ---- */

/* In post on date: started on or before it and not left before it. An
 * empty or NULL started means always in post; an empty or NULL left means
 * still in post. Dates are YYYY-MM-DD. */
int domain_in_post(const char *started, const char *left, const char *date);
/* Left before date (so not in post on it nor after it). */
int domain_has_left(const char *left, const char *date);
/* In post on at least one day from first to last (inclusive). */
int domain_in_post_during(const char *started, const char *left, const char *first, const char *last);
/* The same rule in SQL: in post on at least one day from FIRST to LAST,
 * each argument an SQL expression (a column or a :parameter). In post on
 * one day is DOMAIN_SQL_IN_POST(s, l, d, d). */
#define DOMAIN_SQL_IN_POST(STARTED, LEFT, FIRST, LAST) \
	"((" STARTED " IS NULL OR " STARTED " <= " LAST ") AND (" LEFT " IS NULL OR " LEFT " >= " FIRST "))"

/* "a" or "an" before a role in a message ("an iro", "an aqw"). */
const char *domain_article(const char *role);
/* A manager: team-manager, head-of-service, senior-manager. */
int domain_is_manager(const char *role);
#define DOMAIN_SQL_MANAGER(ROLE) \
	"(" ROLE " = 'team-manager' OR " ROLE " = 'head-of-service' OR " ROLE " = 'senior-manager')"
/* The roles the manager list names, in words, for messages. */
#define DOMAIN_MANAGERS "a team-manager, head-of-service or senior-manager"
/* Whose supervision the worker targets measure: social-worker, aqw. */
int domain_is_practitioner(const char *role);
#define DOMAIN_SQL_PRACTITIONER(ROLE) "(" ROLE " = 'social-worker' OR " ROLE " = 'aqw')"
/* Who holds supervision sessions: a manager. Workers are supervised by a
 * team-manager or head-of-service; a senior-manager (assistant or service
 * director) supervises the heads of service and team managers below them,
 * and those sessions are recorded too, so a senior-manager may supervise.
 * SUP-REGULAR counts the sessions of practitioners by any supervisor. */
int domain_supervises(const char *role);
/* Managers whose supervision-skills training SUP-TRAINED counts (the
 * contract: team-manager and head-of-service). */
int domain_is_line_manager(const char *role);
#define DOMAIN_SQL_LINE_MANAGER(ROLE) "(" ROLE " = 'team-manager' OR " ROLE " = 'head-of-service')"
/* Who moderates an audit: a manager. */
#define domain_moderates domain_is_manager

/* Whether a worker of role may audit an audit of type (NULL: dip-sample)
 * of a case; allocated: the worker is the one allocated to the case on
 * the audit's date. A manager, an iro or a qa-officer may; a partner only
 * in a multi-agency audit; never a social-worker or aqw, never the
 * allocated worker. 1 when they may; 0 with *why (a static phrase, when
 * why is not NULL) saying who may instead. */
int domain_may_audit(const char *role, const char *type, int allocated, const char **why);

/* ---- dates of changes ---- */

/* The council's calendar date of a change stamped at (history.at, UTC),
 * in SQL. SQLite's 'localtime' reads the process's time zone, which
 * clock_set_zone (util.h) sets to the council's when the database opens,
 * whatever the machine's. */
#define DOMAIN_SQL_LOCAL_DATE(AT) "date(" AT ", 'localtime')"

/* ---- audits ---- */

/* Whether an audit may be submitted: a grade when it is a dip-sample
 * audit (type NULL: dip-sample) recorded in the tool (imported past
 * audits, themed and multi-agency audits may have none), and at least one
 * answer met or not-met (measured: an audit of na answers alone measured
 * nothing). The first thing missing, in that order, or DOMAIN_SUBMIT_READY. */
typedef enum {
	DOMAIN_SUBMIT_READY = 0,
	DOMAIN_SUBMIT_NEEDS_GRADE,
	DOMAIN_SUBMIT_NEEDS_MEASURE,
} DomainSubmit;
DomainSubmit domain_submit_check(const char *type, const char *grade, int imported, int measured);

/* ---- actions ---- */

/* An action's status on day (YYYY-MM-DD): "done" once it has a done date
 * (done NULL or empty: not done), "overdue" when not done and due before
 * day (due on day itself is not yet late), else "open". */
const char *domain_action_status(const char *due, const char *done, const char *day);
/* The same in SQL, each argument an SQL expression (a column or a
 * :parameter); DOMAIN_SQL_ACTION_OVERDUE is the "overdue" test alone. */
#define DOMAIN_SQL_ACTION_OVERDUE(DUE, DONE, DAY) "(" DONE " IS NULL AND " DUE " < " DAY ")"
#define DOMAIN_SQL_ACTION_STATUS(DUE, DONE, DAY) \
	"(CASE WHEN " DONE " IS NOT NULL THEN 'done' WHEN " DUE " < " DAY " THEN 'overdue' ELSE 'open' END)"
/* A done action's check in words, from action_check.effective (NULL: not
 * checked). */
#define DOMAIN_SQL_ACTION_CHECKED(EFFECTIVE) \
	"(CASE " EFFECTIVE " WHEN 1 THEN 'effective' WHEN 0 THEN 'not-effective' END)"

/* ---- standards: whom each applies to ---- */

/* A case as the rules see it: its status and flags as bits over STATUSES
 * and FLAGS (domain_bits). */
typedef struct {
	unsigned status;  /* exactly one bit */
	unsigned flags;
} DomainCase;

/* A standard's rule, from the standard tables: asked of cases with one of
 * the statuses (0: any) and one of the flags (0: no flag needed);
 * answerable anywhere: also answered met / not-met on any other case
 * (NEGLECT: an unflagged file where the auditor finds neglect a feature). */
typedef struct {
	unsigned statuses;
	unsigned flags;
	int answerable_anywhere;
} DomainStandard;

/* The bit of value in list (STATUSES or FLAGS); 0 when value is not in it.
 * Callers treat 0 as an error (a value the list lacks is never "any"). */
unsigned domain_bit(const char *value, const char *const *list);
/* A standard's code as the standard table's CHECK has it: upper-case
 * letters and hyphens, beginning with a letter, at most 63 characters
 * (what code buffers hold). 1 when code is one. */
int domain_standard_code_valid(const char *code);
#define DOMAIN_STANDARD_CODE_MAX 63

/* audit start asks it of the case. */
int domain_standard_asked(const DomainStandard *standard, const DomainCase *c);
/* audit add / answer / import accept met or not-met for it. */
int domain_standard_answerable(const DomainStandard *standard, const DomainCase *c);

#endif
