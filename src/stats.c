/* The arithmetic of the compliance table (see stats.h). */
#include "stats.h"

#include <math.h>
#include <stdlib.h>

#include "util.h"

double stats_percent(long long numerator, long long denominator)
{
	if (denominator <= 0)
		return 0;
	return 100.0 * (double)numerator / (double)denominator;
}

double stats_percent_display(long long numerator, long long denominator)
{
	if (denominator <= 0)
		return 0;
	/* tenths = round(1000 n / d), half up, in integers while they fit. */
	if (numerator <= 1000000000000LL && denominator <= 1000000000000LL) {
		long long tenths = (2000 * numerator + denominator) / (2 * denominator);
		return (double)tenths / 10.0;
	}
	return floor(1000.0L * numerator / denominator + 0.5L) / 10.0;
}

int stats_wilson(long long numerator, long long denominator, double *low, double *high)
{
	if (denominator <= 0)
		return -1;
	double n = (double)denominator, p = (double)numerator / n, z2 = STATS_Z95 * STATS_Z95;
	double centre = p + z2 / (2 * n);
	double spread = STATS_Z95 * sqrt(p * (1 - p) / n + z2 / (4 * n * n));
	double scale = 1 + z2 / n;
	double lo = (centre - spread) / scale, hi = (centre + spread) / scale;
	/* At 0/n and n/n the interval ends at 0 or 1 exactly; the formula's
	 * rounding would leave a speck that could decide `evidence` at a
	 * threshold of 0 or 100. */
	if (numerator <= 0)
		lo = 0;
	if (numerator >= denominator)
		hi = 1;
	*low = 100 * (lo < 0 ? 0 : lo);
	*high = 100 * (hi > 1 ? 1 : hi);
	return 0;
}

/* The sign of numerator/denominator - hundredths/10000: the percentage
 * against a threshold in hundredths of a point, compared exactly (a
 * double 100*17/20 is exactly 85, but 100*0.7 is not exactly 70). */
static int compare_fraction(long long numerator, long long denominator, long long hundredths)
{
	if (denominator <= 100000000000000LL && numerator <= denominator) {
		/* 10000 * numerator and hundredths (at most 10000) * denominator
		 * fit in 63 bits while both counts are at most 1e14. */
		long long a = 10000 * numerator, b = hundredths * denominator;
		return (a > b) - (a < b);
	}
	long double a = 10000.0L * numerator, b = (long double)hundredths * denominator;
	return (a > b) - (a < b);
}

static long long hundredths_of(double threshold)
{
	return llround(threshold * 100);
}

StatsStatus stats_status(long long numerator, long long denominator, double threshold)
{
	if (denominator <= 0)
		return STATUS_NO_DATA;
	long long t = hundredths_of(threshold);
	if (compare_fraction(numerator, denominator, t) >= 0)
		return STATUS_GREEN;
	if (compare_fraction(numerator, denominator, t - 500) >= 0)
		return STATUS_AMBER;
	return STATUS_RED;
}

StatsEvidence stats_evidence(long long numerator, long long denominator, double threshold)
{
	double low, high;
	if (stats_wilson(numerator, denominator, &low, &high) != 0)
		return EVIDENCE_NONE;
	/* The interval ends are irrational except at 0 and 100, which
	 * stats_wilson makes exact; the threshold is taken to hundredths as
	 * stats_status takes it. */
	double t = (double)hundredths_of(threshold) / 100.0;
	if (low >= t)
		return EVIDENCE_ABOVE;
	if (high < t)
		return EVIDENCE_BELOW;
	return EVIDENCE_INCONCLUSIVE;
}

const char *stats_status_name(StatsStatus status)
{
	switch (status) {
	case STATUS_GREEN: return "green";
	case STATUS_AMBER: return "amber";
	case STATUS_RED: return "red";
	default: return "no-data";
	}
}

const char *stats_evidence_name(StatsEvidence evidence)
{
	switch (evidence) {
	case EVIDENCE_ABOVE: return "above";
	case EVIDENCE_BELOW: return "below";
	case EVIDENCE_INCONCLUSIVE: return "inconclusive";
	default: return "none";
	}
}

int stats_sample_size(double threshold, double margin, long long population, long long *n, char **cause)
{
	if (!(threshold > 0 && threshold < 100))
		return failure(cause, "--threshold %g is out of range; expected a percentage above 0 and below 100 "
		               "(at 0 or 100 every file must be audited)", threshold);
	if (!(margin > 0 && margin <= 100))
		return failure(cause, "--margin %g is out of range; expected percentage points above 0 and at most 100",
		               margin);
	if (population < 0)
		return failure(cause, "--population %lld is out of range; expected a whole number above 0", population);
	double p = threshold / 100, m = margin / 100;
	double size = STATS_Z95 * STATS_Z95 * p * (1 - p) / (m * m);
	if (population > 0)
		size = size / (1 + (size - 1) / (double)population);
	/* Rounded up, but a size that is a whole number up to the last few
	 * bits of a double is not pushed to the next one. */
	long long whole = (long long)ceil(size - 1e-9);
	if (whole < 1)
		whole = 1;
	if (population > 0 && whole > population)
		whole = population;
	*n = whole;
	return 0;
}

char *stats_sample_size_sentence(double threshold, double margin, long long population, long long n)
{
	char *of = population > 0 ? xprintf(" of the %lld", population) : xprintf("%s", "");
	char *s = xprintf("Audit %lld%s files: if about %g%% of files meet the standard, the 95%% confidence "
	                  "interval of the result is then about %g points either side, so a result more than %g "
	                  "points from %g%% shows with 95%% confidence which side of the threshold practice is.",
	                  n, of, threshold, margin, margin, threshold);
	free(of);
	return s;
}
