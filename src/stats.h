/* The arithmetic of the compliance table: percentages, the 95% Wilson
 * score interval, RAG status, whether the evidence is conclusive, and how
 * many files to audit. Pure functions: no I/O, no database. */
#ifndef CASEAUDIT_STATS_H
#define CASEAUDIT_STATS_H

/* The two-sided 95% point of the standard normal distribution. */
#define STATS_Z95 1.959963984540054

/* `sample size` without --margin: plus or minus 5 percentage points, the
 * precision audit programmes usually quote and the amber band's width. */
#define STATS_DEFAULT_MARGIN 5.0

typedef enum { STATUS_NO_DATA, STATUS_RED, STATUS_AMBER, STATUS_GREEN } StatsStatus;
/* EVIDENCE_CENSUS: the measure counts every member of its population
 * (the worker targets, MGMT-AUDITS): nothing is sampled, there is no
 * interval, and the status is the verdict. */
typedef enum { EVIDENCE_NONE, EVIDENCE_BELOW, EVIDENCE_INCONCLUSIVE, EVIDENCE_ABOVE, EVIDENCE_CENSUS } StatsEvidence;

/* The most decimal places stats_display_places ever asks for. */
#define STATS_MAX_PLACES 6

/* 100 * numerator / denominator, unrounded; 0 when the denominator is 0. */
double stats_percent(long long numerator, long long denominator);

/* The percentage rounded half up to one decimal place, as the table shows
 * it, computed in whole numbers so that 1/16 = 6.25 shows as 6.3 and not
 * as whatever the nearest binary fraction rounds to. */
double stats_percent_display(long long numerator, long long denominator);

/* The 95% Wilson score interval of numerator/denominator, in percent
 * (0..100, unrounded). -1 when the denominator is 0 (no interval). */
int stats_wilson(long long numerator, long long denominator, double *low, double *high);

/* green when the percentage is at or above threshold, amber when below by
 * 5 points or less, red when below by more, no-data when the denominator
 * is 0. Compared exactly on the unrounded fraction: 17/20 against 85 is
 * green, 16/20 = 80 against 85 is amber. threshold is a percentage
 * (0..100) taken to hundredths of a point. */
StatsStatus stats_status(long long numerator, long long denominator, double threshold);

/* above when the interval's low end is at or above threshold, below when
 * its high end is under it, inconclusive otherwise, none when the
 * denominator is 0. */
StatsEvidence stats_evidence(long long numerator, long long denominator, double threshold);

const char *stats_status_name(StatsStatus status);     /* "green", ... "no-data" */
const char *stats_evidence_name(StatsEvidence evidence); /* "above", ... "none", "census" */

/* The honest-rounding rule (CONTRACT.md, "The compliance table"): how
 * many decimal places to print value with so that the printed figure
 * stands on the same side of every bound as the unrounded value does.
 * Returns the fewest places, from 1 to STATS_MAX_PLACES, at which value
 * rounded half away from zero (stats_round) is below each bound that
 * value is below, above each bound it is above, and equal to each bound
 * it equals: 84.994 against 85 gives 2 (84.99, never 85.0), 84.9996 gives
 * 4, 85 and 72.5 give 1. The bounds a figure is judged against: for a
 * percentage, the threshold and the threshold less 5 (green / amber /
 * red); for an interval end, the threshold (above / below). Give bounds
 * as the decisions take them (stats_threshold_value). Every printer of a
 * compliance figure (the table in every mode, the HTML report) uses it. */
int stats_display_places(double value, const double *bounds, int nbounds);

/* value rounded half away from zero to places decimal places. */
double stats_round(double value, int places);

/* The percentage of numerator/denominator rounded half up to places
 * decimal places (1 .. STATS_MAX_PLACES), computed in whole numbers where
 * they fit (stats_percent_display is places = 1). 0 when denominator is 0. */
double stats_percent_rounded(long long numerator, long long denominator, int places);

/* A threshold as status and evidence compare with it: taken to
 * hundredths of a point. */
double stats_threshold_value(double threshold);

/* The places to print the percentage of numerator/denominator with, and
 * an interval end with, against threshold, by the rule above. */
int stats_percent_places(long long numerator, long long denominator, double threshold);
int stats_interval_places(double end, double threshold);

/* How many files to audit so that the 95% interval of a percentage near
 * threshold is no wider than +/- margin points: the normal approximation
 * n = z^2 p (1 - p) / m^2 with p = threshold/100 and m = margin/100,
 * rounded up, and at most population N when N > 0 is given (0: none).
 * No finite-population correction: `compliance` judges a standard by the
 * Wilson interval of the files audited, which treats them as a sample of
 * the service's practice and does not narrow for a small team, so a size
 * promises only the interval `compliance` will show. threshold must be
 * above 0 and below 100, margin above 0 and at most 100. 0, or -1 with
 * *cause naming the option at fault. */
int stats_sample_size(double threshold, double margin, long long population, long long *n, char **cause);

/* The half-width in points of the 95% interval of a percentage near
 * threshold from n files (normal approximation, as stats_sample_size). */
double stats_margin_of(double threshold, long long n);

/* How likely n audited files are to give the right verdict (evidence
 * below when truth is under threshold, above when over, by the Wilson
 * interval exactly as `compliance` decides it) when the share of files
 * that truly meet the standard is truth percent: the binomial
 * probability of the counts whose interval lies wholly on that side. 0..1; -1 when n is 0 or above
 * STATS_VERDICT_MAX_N (too long to sum). */
#define STATS_VERDICT_MAX_N 10000000LL
double stats_verdict_chance(double threshold, double truth, long long n);

/* What a sample size means, for `sample size`: the interval `compliance`
 * will show, and how likely a verdict is when practice is 5 points from
 * the threshold; malloc'd. population 0: none given. */
char *stats_sample_size_sentence(double threshold, double margin, long long population, long long n);

#endif
