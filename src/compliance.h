/* The measures: how far practice meets each action-plan target over a
 * period, for the whole service, per team or per month. Reads the
 * database, never prints: the compliance command and the HTML report
 * format what it returns. The definitions are those of CONTRACT.md ("The
 * compliance table"). */
#ifndef CASEAUDIT_COMPLIANCE_H
#define CASEAUDIT_COMPLIANCE_H

#include "db.h"
#include "period.h"
#include "stats.h"
#include "table.h"

typedef enum { COMPLIANCE_BY_NONE, COMPLIANCE_BY_TEAM, COMPLIANCE_BY_MONTH } ComplianceBy;

/* --by month covers at most this many months (a century). */
#define COMPLIANCE_MAX_MONTHS 1200

typedef struct {
	Period period;       /* a range, or all time */
	const char *team;    /* a team's name: only its audits, samples and workers; NULL: all */
	const char *target;  /* one target's code (any case); NULL: every target */
	ComplianceBy by;
	const char *today;   /* YYYY-MM-DD, for the worker targets' default month; NULL: date_today() */
} ComplianceQuery;

typedef struct {
	char *target;        /* the target's code */
	char *group;         /* the team's name (by team) or YYYY-MM (by month); NULL otherwise */
	char *measure;       /* standard, mgmt-audits, sup-regular, sup-agreement, sup-trained */
	long long numerator, denominator;
	double threshold;
	double percent;      /* unrounded; 0 when denominator is 0 */
	double ci_low, ci_high; /* Wilson 95%, unrounded; 0 when denominator is 0 */
	StatsStatus status;
	StatsEvidence evidence;
} ComplianceRow;

typedef struct {
	ComplianceBy by;
	int n;
	ComplianceRow *rows; /* targets in `target list` order; within one, teams by name or months in order */
	/* With no period (and not by month), the targets measured per worker
	 * take the last complete calendar month; worker_period says which. */
	int worker_default;
	Period worker_period;
} Compliance;

/* Measure every target (or q->target) over q->period. 0, or -1 with
 * *cause (an unknown team or target). out is always safe to free. */
int compliance_compute(Db *db, const ComplianceQuery *q, Compliance *out, char **cause);
void compliance_free(Compliance *c);

/* The contract's columns: target, [team|month], numerator, denominator,
 * percent, threshold, status, ci_low, ci_high, evidence; percent and the
 * interval null when nothing was measured. With trend (by month only), a
 * last column `trend`: an arrow and the change in points from the same
 * target's previous month, empty when either month has no data. */
Table *compliance_table(const Compliance *c, int trend);

#endif
