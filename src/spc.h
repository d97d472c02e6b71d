/* Statistical process control for the monthly percentages, as NHS
 * England's "Making Data Count" reads them (DOMAIN.md, "Trend: is it
 * improving, or noise?"): a p-chart per target, the four rules for special
 * cause, the variation and assurance icons; funnel-plot limits for
 * comparing teams of different sizes; and whether a change from one
 * period to the next is more than chance. Pure functions: no I/O, no
 * database. Every target is "higher is better". Percentages are 0..100. */
#ifndef CASEAUDIT_SPC_H
#define CASEAUDIT_SPC_H

/* With fewer points than this the chart is a run chart: no limits, no
 * rules, no icons (too few to tell signal from noise). */
#define SPC_MIN_POINTS 12
/* Runs and trends of this many points are special cause. */
#define SPC_RUN_LENGTH 7
/* Funnel limits: about 95% and 99.8% of teams lie inside when they all
 * truly perform at the target. */
#define SPC_FUNNEL_Z95 1.959963984540054
#define SPC_FUNNEL_Z998 3.090232306167813

typedef enum {
	SPC_VARIATION_NONE,        /* a run chart: too few points */
	SPC_VARIATION_COMMON,      /* common cause: noise */
	SPC_VARIATION_IMPROVEMENT, /* special cause, in the better direction */
	SPC_VARIATION_CONCERN      /* special cause, in the worse direction */
} SpcVariation;

typedef enum {
	SPC_ASSURANCE_NONE,        /* a run chart, or no target */
	SPC_ASSURANCE_PASS,        /* the lower limit is at or above the target */
	SPC_ASSURANCE_FAIL,        /* the upper limit is below the target */
	SPC_ASSURANCE_HIT_AND_MISS /* the target lies between the limits */
} SpcAssurance;

/* Rule flags of one point. */
enum {
	SPC_RULE_OUTSIDE = 1,      /* beyond a 3-sigma limit */
	SPC_RULE_SHIFT = 2,        /* in a run of 7 or more on one side of the centre */
	SPC_RULE_TREND = 4,        /* in a run of 7 or more each rising (or each falling) */
	SPC_RULE_TWO_OF_THREE = 8  /* beyond 2 sigma, with another of three in a row on that side */
};

/* One month. The caller fills numerator and denominator; a denominator
 * of 0 (nothing measured) is a gap: it takes no part in the centre, the
 * rules or the count of points, and the runs pass over it. */
typedef struct {
	long long numerator, denominator;
	double percent;            /* 100 * numerator / denominator; 0 in a gap */
	double lower, upper;       /* 3-sigma limits (clipped to 0..100); p-chart only */
	double lower2, upper2;     /* 2-sigma limits (clipped) */
	int rules;                 /* SPC_RULE_* flags; 0 on a run chart */
	int special;               /* +1 special cause improvement, -1 concern, 0 common */
} SpcPoint;

typedef struct {
	int points;                /* months with data */
	int p_chart;               /* 1 when points >= SPC_MIN_POINTS: limits and rules */
	double centre;             /* p-bar in percent: total met / total measured; 0 with no data */
	SpcVariation variation;    /* from the last point with data */
	SpcAssurance assurance;    /* from the last point's limits against the target */
} SpcChart;

/* Fill each point's percent and, on a p-chart, its limits (centre +/-
 * 3 and 2 times sqrt(pbar (1 - pbar) / n_i)), its rule flags and whether
 * it is special cause; and the chart's summary. target is a percentage,
 * or negative for none (no assurance). */
void spc_p_chart(SpcPoint *points, int n, double target, SpcChart *out);

/* The funnel's limits around target (percent) for a team with n files
 * measured (a real number, so the funnel is drawn smooth), at z standard errors: target +/- z sqrt(t (1 - t) / n),
 * clipped to 0..100. n <= 0 gives 0..100. */
void spc_funnel_limits(double target, double n, double z, double *low, double *high);

/* Where a team lies on the funnel: +1 above the upper 99.8% limit, -1
 * below the lower, 0 inside. */
int spc_funnel_position(long long numerator, long long denominator, double target);

/* Whether the change from the previous period (n0 of d0) to this one (n1
 * of d1) is more than chance: a two-proportion z test at the 95% level,
 * pooled. +1 a real rise, -1 a real fall, 0 within chance or either
 * period without data. */
int spc_change_signal(long long n0, long long d0, long long n1, long long d1);

const char *spc_variation_name(SpcVariation v);   /* "common cause", ... */
const char *spc_assurance_name(SpcAssurance a);   /* "consistently passing", ... */

#endif
