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

typedef enum { COMPLIANCE_BY_NONE, COMPLIANCE_BY_TEAM, COMPLIANCE_BY_MONTH, COMPLIANCE_BY_SERVICE } ComplianceBy;

/* --by month covers at most this many months (a century). */
#define COMPLIANCE_MAX_MONTHS 1200

typedef struct {
	Period period;       /* a range, or all time (the default span, below) */
	const char *team;    /* a team's name: only its audits, samples and workers; NULL: all */
	const char *target;  /* one target's code (any case); NULL: every target */
	const char *type;    /* an audit type: the audit standards count only audits of it; NULL: every type */
	ComplianceBy by;
	const char *today;   /* YYYY-MM-DD; NULL: date_today() */
} ComplianceQuery;

typedef struct {
	char *target;        /* the target's code */
	char *group;         /* the team's name (by team) or YYYY-MM (by month); NULL otherwise */
	char *measure;       /* standard, mgmt-audits, sup-regular, sup-agreement, sup-trained */
	long long numerator, denominator;
	double threshold;    /* in force on the day judged (the period's or month's last day; no period: today) */
	double percent;      /* unrounded; 0 when denominator is 0 */
	int census;          /* counts every member of its population: no interval (ci 0) */
	double ci_low, ci_high; /* Wilson 95%, unrounded; 0 when denominator is 0 or a census */
	StatsStatus status;
	StatsEvidence evidence;
} ComplianceRow;

typedef struct {
	ComplianceBy by;
	int n;
	ComplianceRow *rows; /* targets in `target list` order; within one, teams or services by name, or months in order */
	/* The period measured: the one asked for, or with none (span_default)
	 * one span for every target, from the first month with a record (a
	 * submitted audit, a scheduled audit due, a supervision) to the last
	 * complete month before today that has one. */
	Period period;
	int span_default;
	char judged_on[11];  /* the day thresholds are taken on; empty by month (each month's last day) */
} Compliance;

/* Whether a measure counts every member of its population (a census):
 * the worker targets and MGMT-AUDITS. */
int compliance_measure_is_census(const char *measure);

/* Measure every target (or q->target) over q->period. 0, or -1 with
 * *cause (an unknown team or target). out is always safe to free. */
int compliance_compute(Db *db, const ComplianceQuery *q, Compliance *out, char **cause);
void compliance_free(Compliance *c);

/* The contract's columns: target, [team|month|service], numerator,
 * denominator, percent, threshold, status, ci_low, ci_high, evidence;
 * percent null when nothing was measured, the interval null then and for
 * a census. Figures are printed by the honest-rounding rule (stats.h,
 * stats_display_places). With trend (by month only), a last column
 * `trend`: an arrow and the change in points from the same target's
 * previous month, empty when either month has no data. With period, two
 * more: period_from and period_to, the period measured. */
Table *compliance_table(const Compliance *c, int trend, int period);

/* --target CODE --detail: the records behind one target's figure over
 * q's period (q->target must be set; q->by is ignored). For an audit
 * standard each answer counted: audit, case, team, auditor, date, result,
 * note, type; for MGMT-AUDITS each scheduled audit due in the period:
 * sample, case, auditor, due, status (on-time, late, not-done, pending,
 * withdrawn), team, drawn_on, audit, audit_date, withdrawn_reason; for
 * the worker targets each worker counted: worker, team, role (as they
 * were on the day measured), result (met, not-met) and months_without
 * (SUP-REGULAR: the months in post without a supervision), agreement or
 * trained. failing keeps the records that did not meet it. *period gets
 * the period measured (as Compliance's). NULL with *cause on error. */
Table *compliance_detail(Db *db, const ComplianceQuery *q, int failing, Period *period, int *span_default,
	char **cause);

#endif
