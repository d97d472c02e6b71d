/* Dip samples and scheduled audits (repo_sample.c). Part of the repository layer: see repo.h. */
#ifndef CASEAUDIT_REPO_SAMPLE_H
#define CASEAUDIT_REPO_SAMPLE_H

#include "db.h"
#include "table.h"

/* What a `sample draw` asks for. Either size > 0 (that many cases) or
 * percent in (0, 100] (that share of the eligible cases, rounded up, at
 * least one). */
typedef struct {
	const char *team;      /* team name */
	const char *auditor;   /* worker name; must be a manager in post */
	const char *drawn_on;  /* the draw date, YYYY-MM-DD */
	const char *due;       /* audits due by, on or after drawn_on */
	const char *status;    /* only cases with this status; NULL: any */
	long long size;        /* cases asked for; 0 when percent is used */
	double percent;        /* share of eligible cases; 0 when size is used */
	long long within_days; /* skip cases with a submitted audit dated in the
	                          within_days days before drawn_on, or on it;
	                          -1: no such skip */
	long long seed;        /* PRNG seed, 0 .. 2^63-1 */
	int reaudits_first;    /* a dip sample: the team's files due or overdue for
	                          re-audit (reaudit list --open) are drawn first,
	                          oldest due first, then the rest at random */
	/* A themed sample (repo_sample_draw_themed) only: */
	const char *theme;     /* the theme whose audits are scheduled */
	const char *const *flags; /* only files flagged any of these; NULL: any */
	int nflags;
} SampleRequest;

/* What a draw did, for the command to report. */
typedef struct {
	long long id;          /* the new sample's ID */
	char *team;            /* the team's and auditor's names as stored */
	char *auditor;
	long long requested;   /* cases asked for (percent worked out) */
	long long open_cases;  /* open cases of the team (with the status) */
	long long recent;      /* of those, skipped for a recent audit */
	long long pending;     /* of those, skipped as scheduled and not audited */
	long long eligible;    /* open cases left to draw from */
	long long reaudits;    /* of the drawn, files due for re-audit taken first */
	Table *cases;          /* the drawn cases, in drawn order: sample, seed,
	                          position, case, status, worker, last_audited */
} SampleDraw;

/* Draw a random sample and schedule one audit per drawn case. The eligible
 * cases are the team's cases open on drawn_on (opened on or before it, or
 * with no opening date, and not closed on or before it; with the status if
 * one is given), less those with a submitted audit dated in [drawn_on -
 * within_days, drawn_on] and those scheduled in an existing sample that no
 * submitted audit dated on or after that sample's draw date has fulfilled.
 * They are ordered by case ID (byte order) and the first k places of a
 * Fisher-Yates shuffle driven by prng_below (prng.h) are taken: for i = 0
 * .. k-1, swap place i with place i + prng_below(eligible - i). A request
 * for more than the eligible cases takes them all. Returns 0 with *out
 * filled (free it with repo_sample_draw_free), or -1 with a cause and
 * nothing changed by this function (no eligible cases is a refusal). */
int repo_sample_draw(Db *db, const SampleRequest *req, SampleDraw *out, char **cause);
void repo_sample_draw_free(SampleDraw *draw);

/* Where a themed draw looks: one team, the teams of a service, or every
 * team. */
typedef struct {
	const char *team;      /* one team */
	const char *service;   /* or every team of this service */
	int all_teams;         /* or every team */
} SampleScope;

/* What a themed draw did: one sample per team with a file to draw (the
 * sample model ties a sample to a team), all from the one seed. */
typedef struct {
	long long draw_id;     /* the first sample's ID: the draw's name */
	char *theme, *auditor; /* as stored */
	char *scope;           /* 'team', 'service NAME' or 'all teams' */
	long long open_cases;  /* open files of the teams (with the status) */
	long long unflagged;   /* of those, left out: not flagged any of the flags */
	long long unneeded;    /* left out: none of the theme's standards applies */
	long long recent;      /* skipped: audited within the days */
	long long pending;     /* skipped: scheduled by an earlier sample of the
	                          theme and not yet audited */
	long long eligible;    /* files left to draw from */
	long long drawn;
	Table *samples;        /* sample, team, eligible, drawn: one row per sample */
	char *empty_teams;     /* teams with no eligible file, ", " separated; NULL */
	Table *cases;          /* every drawn file: sample, team, position, case,
	                          status, flags, worker, last_audited */
} ThemedDraw;

/* Draw a themed sample: for each team of the scope, in name order, the
 * open files (with the status; flagged any of the flags) that at least one
 * of the theme's standards in use applies to, less those audited within
 * the days and those scheduled by an earlier sample of the same theme and
 * not yet audited, are the eligible ones; all of them are drawn unless a
 * size or share is asked (then per team, by the dip sample's draw, from
 * the same seed). Each team's sample records the theme and the draw (the
 * first sample's ID). The auditor is anyone who may do a themed audit (a
 * manager, an iro or a qa-officer) in post. Scheduled audits of a themed
 * sample are fulfilled by a submitted audit of the theme dated on or after
 * the draw and do not count in MGMT-AUDITS. No eligible file in any team:
 * refused, nothing changed. */
int repo_sample_draw_themed(Db *db, const SampleRequest *req, const SampleScope *scope, ThemedDraw *out,
                            char **cause);
void repo_sample_themed_free(ThemedDraw *draw);

/* Every scheduled audit of every sample (of the team, when team is not
 * NULL), by sample and drawn order: sample, team, auditor, drawn_on, due,
 * case, audit, audit_date, audited, withdrawn, reason. audit and
 * audit_date name the first submitted audit of the case by a manager
 * dated on or after drawn_on; audited is on-time, late, not-done,
 * pending (not done, due after today) or withdrawn (with its date and
 * reason: a manager's, or the case closing before the due date), as
 * MGMT-AUDITS counts them (measure_sql.h). */
int repo_sample_list(Db *db, const char *team, Sink *sink, char **cause);
/* The themed samples (of theme, any case; NULL: every theme) the same
 * way, with draw (the draw they were made in) and theme after reason. */
int repo_sample_list_themed(Db *db, const char *team, const char *theme, Sink *sink, char **cause);

/* Withdraw the scheduled audit of case_ref in sample: by a manager (as
 * they were on date) in post on date, with a reason, on a date from the
 * draw to the due date and not after today; refused when it is already
 * done (a manager's audit recorded, on time or late) or withdrawn. The
 * history records it. */
int repo_sample_withdraw(Db *db, long long sample, const char *case_ref, const char *by, const char *date,
                         const char *reason, char **cause);

#endif
