/* The committee report: one self-contained HTML file (inline CSS and SVG,
 * no scripts, no network), printable on A4. Renders tables that the
 * compliance module and the repository produced, and reads the monthly
 * figures through the SPC module (spc.h); it counts nothing itself. */
#ifndef CASEAUDIT_REPORT_H
#define CASEAUDIT_REPORT_H

#include <stdio.h>

#include "period.h"
#include "repo_report.h"
#include "table.h"

/* A team's figure on fewer files than this is printed, but judged "too
 * few to judge" rather than given a status colour. */
#define REPORT_TOO_FEW 5

/* The protective marking when --marking is not given. */
#define REPORT_DEFAULT_MARKING "OFFICIAL-SENSITIVE"

typedef struct {
	const Period *period;        /* the period reported */
	const Period *previous;      /* the previous period of the same length; NULL: none (all time) */
	const Period *worker_period; /* all time: the one span every target was measured over; else NULL */
	const char *team;            /* the --team filter, or NULL for the whole service */
	const char *drawn;           /* when the figures were drawn: "YYYY-MM-DD" or "YYYY-MM-DD HH:MM" */
	const char *as_at;           /* the date the overdue actions are as at */
	const char *author;          /* the --user name */
	const char *marking;         /* protective marking line */
	int names;                   /* --names: list workers and children's IDs (internal use) */
	const char *funnel;          /* --funnel: "all", or codes "CHRON,PLAN"; NULL: the default choice */
	const char *version;         /* caseaudit's version */
	/* The history chain head, printed in the footer when set (the line
	 * that proves which records the figures were drawn from). */
	const char *chain_head;
	ReportCoverage coverage;
	/* Compliance rows (the columns of the compliance command): */
	const Table *summary;        /* one row per target */
	const Table *previous_summary; /* the same for the previous period, or NULL */
	const Table *by_team;        /* one row per target per team */
	const Table *by_month;       /* one row per target per month, up to the period's end */
	const Table *targets;        /* target list: code, text, ... */
	const Table *overdue;        /* repo_report_overdue's columns */
} ReportData;

/* Write the report to fp. 0, or -1 with *cause (a table lacks a column). */
int report_html(FILE *fp, const ReportData *data, char **cause);

/* A percentage as printed: one decimal place, or as many more as show on
 * which side of threshold and of threshold less 5 the exact value lies
 * (CONTRACT.md, the honest-rounding rule: stats_percent_places);
 * threshold < 0: one place. Writes into out
 * (at least 32 bytes). denominator must be above 0. */
void report_percent_text(long long numerator, long long denominator, double threshold, char out[32]);

#endif
