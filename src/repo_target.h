/* Standards and targets (repo_target.c). Part of the repository layer: see repo.h. */
#ifndef CASEAUDIT_REPO_TARGET_H
#define CASEAUDIT_REPO_TARGET_H

#include "db.h"
#include "table.h"

/* The practice standards in audit order: code, text, applies_to (which
 * case files the standard is judged on: "all case files", or the case
 * statuses and flags it needs). */
int repo_standard_list(Db *db, Sink *sink, char **cause);

/* A standard the council adds (`standard add`): code (typed in any case,
 * stored in upper case), text, guidance (NULL: none), the statuses and
 * flags it is asked of (none: every file), anywhere: met / not-met also
 * accepted on files it is not asked of. */
typedef struct {
	const char *code, *text, *guidance;
	const char **statuses;
	int nstatuses;
	const char **flags;
	int nflags;
	int anywhere;
} StandardFields;

/* Add the standard, asked after every other (added on day). A code that
 * is invalid, or clashes with a standard in use or retired, an unknown
 * status or flag, an empty text: refused. stored gets the code. */
int repo_standard_add(Db *db, const StandardFields *f, const char *day, char stored[64], char **cause);

/* Retire a council standard from day on: kept (answers, figures, past
 * audits) but no longer asked by audit start nor accepted in new answers.
 * A built-in standard, or one retired already: refused. */
int repo_standard_retire(Db *db, const char *code, const char *day, char stored[64], char **cause);

/* A target the council adds on a standard: measured as the standard's met
 * answers, after every other target in `target list` and `compliance`.
 * from (NULL: none): the day its threshold took effect, recorded as a
 * dated threshold. Refused: an invalid or existing code, an unknown or
 * retired standard, a bad threshold or date, an empty text. */
typedef struct {
	const char *code, *standard, *threshold, *text, *from;
} TargetFields;
int repo_target_add(Db *db, const TargetFields *f, const char *day, char stored[64], char **cause);

/* The action-plan targets in their order (the order of `compliance`):
 * code, threshold (in force on day, YYYY-MM-DD), from (the day that
 * threshold took effect; null: the plan's own, in force before any dated
 * one), measure, text, source. */
int repo_target_list(Db *db, const char *day, Sink *sink, char **cause);

/* The threshold of target code (as stored) in force on day: the one set
 * with the latest --from on or before it, else the plan's own. The one
 * home of "a threshold on a date": compliance, the report and
 * `target list --on` all take it from here. */
int repo_target_threshold_on(Db *db, const char *code, const char *day, double *threshold, char **cause);

/* The target's code as stored, for code typed in any case; out holds 64
 * bytes. -1 with a cause naming `target list` when there is none. */
int repo_target_code(Db *db, const char *code, char out[64], char **cause);

/* A threshold as typed: a plain number from 0 to 100 with at most two
 * decimal places (thresholds are compared to hundredths of a point). */
int repo_target_threshold_parse(const char *text, double *out, char **cause);

/* Set the target's threshold from day on (a real date, past or future:
 * a plan's trajectory, or the thresholds of past years); a threshold set
 * before from the same day is replaced. Earlier days keep theirs. The
 * history records it; *old gets the threshold that was in force on day. */
int repo_target_set(Db *db, const char *code, const char *threshold, const char *day, double *old, char **cause);

#endif
