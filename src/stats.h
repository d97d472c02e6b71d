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
typedef enum { EVIDENCE_NONE, EVIDENCE_BELOW, EVIDENCE_INCONCLUSIVE, EVIDENCE_ABOVE } StatsEvidence;

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
const char *stats_evidence_name(StatsEvidence evidence); /* "above", ... "none" */

/* How many files to audit so that the 95% interval of a percentage near
 * threshold is no wider than +/- margin points: the normal approximation
 * n = z^2 p (1 - p) / m^2 with p = threshold/100 and m = margin/100, with
 * the finite-population correction n / (1 + (n - 1) / N) when population
 * N > 0 is given (0: no correction), rounded up. threshold must be above
 * 0 and below 100, margin above 0 and at most 100. 0, or -1 with *cause
 * naming the option at fault. */
int stats_sample_size(double threshold, double margin, long long population, long long *n, char **cause);

/* One sentence saying what a sample size means, for `sample size`;
 * malloc'd. population 0: none given. */
char *stats_sample_size_sentence(double threshold, double margin, long long population, long long n);

#endif
