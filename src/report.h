/* The committee report: one self-contained HTML file (inline CSS and SVG,
 * no scripts, no network), printable on A4. Renders tables that the
 * compliance module and the repository produced; computes nothing itself. */
#ifndef CASEAUDIT_REPORT_H
#define CASEAUDIT_REPORT_H

#include <stdio.h>

#include "table.h"

typedef struct {
	const char *period;     /* "2016-Q3", "all time", ... */
	const char *team;       /* the --team filter, or NULL for the whole service */
	const char *generated;  /* date the report was made */
	const char *user;       /* who made it */
	const char *history;    /* the history's head, e.g. "history: N entries, head sha256 HEX" (footer) */
	/* Compliance rows (the columns of the compliance command): */
	const Table *summary;   /* one row per target */
	const Table *by_team;   /* one row per target per team */
	const Table *by_month;  /* one row per target per month: the last 12 months */
	const Table *targets;   /* target list: code, text, ... */
	const Table *overdue;   /* overdue actions: the columns of action list */
} ReportData;

/* Write the report to fp. 0, or -1 with *cause (a table lacks a column). */
int report_html(FILE *fp, const ReportData *data, char **cause);

#endif
