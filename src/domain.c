/* The domain's fixed value lists and rules (see domain.h): the one home
 * of each, for the command and repository layers alike. */
#include "domain.h"

#include <string.h>

#include "util.h"

const char *const ROLES[] = {"social-worker", "aqw", "team-manager", "head-of-service", "senior-manager",
                             "iro", "qa-officer", "partner", NULL};
/* The case statuses, each with what the plan calls the children who have
 * it (`standard list` says whom a standard applies to in these words):
 * one list, from which STATUSES and STATUS_WORDS are both made. */
#define STATUS_LIST(X) \
	X("early-help", "early help") \
	X("cin", "children in need") \
	X("cp", "child protection") \
	X("cic", "children in care") \
	X("care-leaver", "care leavers")
#define STATUS_CODE(code, words) code,
#define STATUS_WORDS_OF(code, words) words,
const char *const STATUSES[] = {STATUS_LIST(STATUS_CODE) NULL};
const char *const STATUS_WORDS[] = {STATUS_LIST(STATUS_WORDS_OF) NULL};
#undef STATUS_CODE
#undef STATUS_WORDS_OF
const char *const FLAGS[] = {"neglect", "cse", "missing", "domestic-abuse", NULL};
const char *const TYPES[] = {"dip-sample", "themed", "multi-agency", NULL};
const char *const GRADES[] = {"outstanding", "good", "requires-improvement", "inadequate", "adequate", NULL};
const char *const RESULTS[] = {"met", "not-met", "na", NULL};

int domain_index(const char *value, const char *const *list)
{
	if (value == NULL)
		return -1;
	for (int i = 0; list[i]; i++)
		if (strcmp(value, list[i]) == 0)
			return i;
	return -1;
}

const char *domain_status_words(const char *status)
{
	int i = domain_index(status, STATUSES);
	return i >= 0 ? STATUS_WORDS[i] : status;
}

char *domain_words(const char *const *list)
{
	Buf b = {0};
	buf_puts(&b, "");
	for (int i = 0; list[i]; i++)
		buf_printf(&b, "%s%s", i == 0 ? "" : list[i + 1] ? ", " : " or ", list[i]);
	return b.s;
}

int check_enum(const char *what, const char *value, const char *const *allowed, char **cause)
{
	if (value == NULL || domain_index(value, allowed) >= 0)
		return 0;
	Buf b = {0};
	for (const char *const *a = allowed; *a; a++)
		buf_printf(&b, "%s%s", a == allowed ? "" : ", ", *a);
	int rc = failure(cause, "%s '%s' is not known; expected one of: %s", what, value, b.s);
	buf_free(&b);
	return rc;
}

/* ---- workers ---- */

static int unset(const char *date)
{
	return date == NULL || *date == '\0';
}

int domain_in_post_during(const char *started, const char *left, const char *first, const char *last)
{
	return (unset(started) || strcmp(started, last) <= 0) && !domain_has_left(left, first);
}

int domain_has_left(const char *left, const char *date)
{
	return !unset(left) && strcmp(left, date) < 0;
}

int domain_in_post(const char *started, const char *left, const char *date)
{
	return domain_in_post_during(started, left, date, date);
}

static int is_one_of(const char *value, const char *const *list)
{
	return domain_index(value, list) >= 0;
}

const char *domain_article(const char *role)
{
	return role && strchr("aeiou", role[0]) && role[0] ? "an" : "a";
}

int domain_is_manager(const char *role)
{
	static const char *const managers[] = {"team-manager", "head-of-service", "senior-manager", NULL};
	return is_one_of(role, managers);
}

int domain_is_line_manager(const char *role)
{
	static const char *const line[] = {"team-manager", "head-of-service", NULL};
	return is_one_of(role, line);
}

int domain_is_practitioner(const char *role)
{
	static const char *const practitioners[] = {"social-worker", "aqw", NULL};
	return is_one_of(role, practitioners);
}

int domain_supervises(const char *role)
{
	return domain_is_manager(role);
}

static int refuse(const char **why, const char *reason)
{
	if (why != NULL)
		*why = reason;
	return 0;
}

int domain_may_audit(const char *role, const char *type, int allocated, const char **why)
{
	if (allocated)
		return refuse(why, "a worker never audits their own case: ask a manager, an iro or a qa-officer");
	if (domain_is_manager(role) || (role != NULL && (strcmp(role, "iro") == 0 || strcmp(role, "qa-officer") == 0)))
		return 1;
	if (role != NULL && strcmp(role, "partner") == 0) {
		if (type != NULL && strcmp(type, "multi-agency") == 0)
			return 1;
		return refuse(why, "a partner audits only in a multi-agency audit");
	}
	return refuse(why, "audits are done by a manager (team-manager, head-of-service, senior-manager), an iro "
	                   "or a qa-officer, and by a partner in a multi-agency audit");
}

/* ---- audits ---- */

DomainSubmit domain_submit_check(const char *type, const char *grade, int imported, int measured)
{
	int dip_sample = type == NULL || strcmp(type, "dip-sample") == 0;
	if (dip_sample && !imported && (grade == NULL || *grade == '\0'))
		return DOMAIN_SUBMIT_NEEDS_GRADE;
	if (!measured)
		return DOMAIN_SUBMIT_NEEDS_MEASURE;
	return DOMAIN_SUBMIT_READY;
}

/* ---- standards ---- */

unsigned domain_bit(const char *value, const char *const *list)
{
	int i = domain_index(value, list);
	return i < 0 ? 0 : 1u << i;
}

int domain_standard_asked(const DomainStandard *s, const DomainCase *c)
{
	return (s->statuses == 0 || (s->statuses & c->status) != 0) && (s->flags == 0 || (s->flags & c->flags) != 0);
}

int domain_standard_answerable(const DomainStandard *s, const DomainCase *c)
{
	return s->answerable_anywhere || domain_standard_asked(s, c);
}

int domain_standard_code_valid(const char *code)
{
	if (code == NULL || !(code[0] >= 'A' && code[0] <= 'Z'))
		return 0;
	size_t n = 0;
	for (; code[n]; n++)
		if (!((code[n] >= 'A' && code[n] <= 'Z') || code[n] == '-'))
			return 0;
	return n <= DOMAIN_STANDARD_CODE_MAX;
}

/* ---- actions ---- */

const char *domain_action_status(const char *due, const char *done, const char *day)
{
	if (!unset(done))
		return "done";
	return strcmp(due, day) < 0 ? "overdue" : "open";
}
