/* Re-audits: an audit that follows an earlier one of the same case, the
 * rule of how soon a file so graded must be re-audited, and the files due
 * and overdue (repo_reaudit.c). Part of the repository layer: see repo.h. */
#ifndef CASEAUDIT_REPO_REAUDIT_H
#define CASEAUDIT_REPO_REAUDIT_H

#include "db.h"
#include "period.h"
#include "table.h"

/* Record that audit re-audits audit follows: the same case, follows
 * submitted, audit dated on or after it, once an audit. */
int repo_reaudit_link(Db *db, long long audit, long long follows, char **cause);

/* A council's own rule: files so graded re-audited within months (1 to
 * 36); months 0 takes the council's rule away (the plan's applies). */
int repo_reaudit_rule_set(Db *db, const char *grade, int months, char **cause);
/* grade, months, source (plan or council), for every grade with a rule. */
int repo_reaudit_rule_list(Db *db, Sink *sink, char **cause);

typedef struct {
	const char *team;    /* the audit's team; NULL: every team */
	int open;            /* only those not yet re-audited (due or overdue) */
	int overdue;         /* only those past their date and not re-audited */
} ReauditFilter;
/* Each submitted audit whose grade has a rule: audit, date, case, team,
 * grade, due (the date it must be re-audited by), reaudit (the audit that
 * followed it: linked, or the first later submitted audit of the case),
 * reaudit_date, status: on-time, late, due (not yet, still in time),
 * overdue (past its date), withdrawn (the case closed before the due date
 * with no re-audit). Oldest due first. */
int repo_reaudit_list(Db *db, const ReauditFilter *filter, Sink *sink, char **cause);

/* The files, of any team, whose re-audit is due or overdue
 * (repo_reaudit_list's status due or overdue), oldest due first: their
 * case ids, malloc'd, in *cases (*n of them). `sample draw
 * --reaudits-first` draws those of its eligible files before the rest
 * (the draw's own rules say which files are the team's on its date). */
int repo_reaudit_files_due(Db *db, long long **cases, long long *n, char **cause);

/* REAUDIT, a census: of the files graded inadequate whose re-audit fell
 * due in the period (all time: NULL), those re-audited by the date; the
 * still due and the withdrawn count in neither. One row: target,
 * numerator, denominator, percent, status against threshold (100: every
 * such file), evidence census; by team with by_team. */
int repo_reaudit_figure(Db *db, const Period *period, const char *team, int by_team, Sink *sink, char **cause);

/* Each standard of a re-audit then (the audit it follows) and now. */
Table *repo_reaudit_compare(Db *db, long long audit, char **cause);

#endif
