/* What the committee report needs beyond the compliance tables
 * (repo_report.c): what the period's figures rest on, and the overdue
 * actions as at a date. Part of the repository layer: see repo.h. */
#ifndef CASEAUDIT_REPO_REPORT_H
#define CASEAUDIT_REPO_REPORT_H

#include "db.h"
#include "period.h"
#include "table.h"

/* Submitted audits dated in the period (all time: every one), of the
 * team's files when team_id > 0: how many, of how many case files, in how
 * many teams, and per audit type. */
typedef struct {
	long long audits, files, teams;
	long long dip_sample, themed, multi_agency;
} ReportCoverage;
int repo_report_coverage(Db *db, const Period *period, long long team_id, ReportCoverage *out, char **cause);

/* Actions not done and due before as_at (YYYY-MM-DD), of the files the
 * team now holds when team_id > 0: id, audit, case, team (holding the
 * file now), owner, due, days (overdue as at as_at), text; oldest first. */
Table *repo_report_overdue(Db *db, long long team_id, const char *as_at, char **cause);

#endif
