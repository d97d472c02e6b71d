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
	return stats_percent_rounded(numerator, denominator, 1);
}

static long long ten_to(int places)
{
	long long p = 1;
	while (places-- > 0)
		p *= 10;
	return p;
}

double stats_percent_rounded(long long numerator, long long denominator, int places)
{
	if (denominator <= 0)
		return 0;
	if (places < 0)
		places = 0;
	if (places > STATS_MAX_PLACES)
		places = STATS_MAX_PLACES;
	long long scale = 100 * ten_to(places); /* units of 10^-places of a point */
	/* units = round(scale n / d), half up, in integers while they fit:
	 * 2 * 1e8 * 1e9 is below 2^63. */
	if (numerator <= 1000000000LL && denominator <= 1000000000000LL) {
		long long units = (2 * scale * numerator + denominator) / (2 * denominator);
		return (double)units / (double)ten_to(places);
	}
	return (double)(floorl((long double)scale * numerator / denominator + 0.5L) / ten_to(places));
}

double stats_round(double value, int places)
{
	double scale = (double)ten_to(places < 0 ? 0 : places > STATS_MAX_PLACES ? STATS_MAX_PLACES : places);
	return (double)llround(value * scale) / scale;
}

static int sign_of(double x)
{
	return (x > 0) - (x < 0);
}

int stats_display_places(double value, const double *bounds, int nbounds)
{
	for (int places = 1; places < STATS_MAX_PLACES; places++) {
		double shown = stats_round(value, places);
		int same = 1;
		for (int b = 0; b < nbounds && same; b++)
			same = sign_of(shown - bounds[b]) == sign_of(value - bounds[b]);
		if (same)
			return places;
	}
	return STATS_MAX_PLACES;
}

double stats_threshold_value(double threshold)
{
	return (double)llround(threshold * 100) / 100.0;
}

int stats_percent_places(long long numerator, long long denominator, double threshold)
{
	if (denominator <= 0)
		return 1;
	double t = stats_threshold_value(threshold);
	double bounds[2] = {t, stats_threshold_value(t - 5)};
	/* The percentage's side of each bound is decided exactly (stats_status
	 * compares whole numbers); the double 100 n / d is the nearest double
	 * to the fraction, so it equals a bound exactly when the fraction does. */
	double value = stats_percent(numerator, denominator);
	for (int places = 1; places < STATS_MAX_PLACES; places++) {
		double shown = stats_percent_rounded(numerator, denominator, places);
		int same = 1;
		for (int b = 0; b < 2 && same; b++)
			same = sign_of(shown - bounds[b]) == sign_of(value - bounds[b]);
		if (same)
			return places;
	}
	return STATS_MAX_PLACES;
}

int stats_interval_places(double end, double threshold)
{
	double t = stats_threshold_value(threshold);
	return stats_display_places(end, &t, 1);
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
	case EVIDENCE_CENSUS: return "census";
	default: return "none";
	}
}

int stats_sample_size(double threshold, double margin, long long population, long long *n, char **cause)
{
	if (!(threshold > 0 && threshold < 100))
		return failure(cause, FIELD("threshold") " %g is out of range; expected a percentage above 0 and below 100 "
		               "(at 0 or 100 every file must be audited)", threshold);
	if (!(margin > 0 && margin <= 100))
		return failure(cause, FIELD("margin") " %g is out of range; expected percentage points above 0 and at most 100",
		               margin);
	if (population < 0)
		return failure(cause, FIELD("population") " %lld is out of range; expected a whole number above 0", population);
	double p = threshold / 100, m = margin / 100;
	double size = STATS_Z95 * STATS_Z95 * p * (1 - p) / (m * m);
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

double stats_margin_of(double threshold, long long n)
{
	if (n <= 0)
		return 100;
	double p = threshold / 100;
	return 100 * STATS_Z95 * sqrt(p * (1 - p) / (double)n);
}

double stats_verdict_chance(double threshold, double truth, long long n)
{
	if (n <= 0 || n > STATS_VERDICT_MAX_N)
		return -1;
	double p = truth / 100;
	/* The verdict that is right: below when practice is under the
	 * threshold, above when it is over (either, exactly at it). */
	int want_below = truth <= threshold, want_above = truth >= threshold;
	if (p <= 0 || p >= 1) {
		/* Every file meets it, or none does: the count is n or 0. */
		StatsEvidence e = stats_evidence(p >= 1 ? n : 0, n, threshold);
		return (e == EVIDENCE_ABOVE && want_above) || (e == EVIDENCE_BELOW && want_below) ? 1 : 0;
	}
	/* The binomial terms through their logarithms, which neither
	 * overflow nor underflow to nothing for large n. */
	double lp = log(p), lq = log1p(-p), lgn = lgamma((double)n + 1), chance = 0;
	for (long long k = 0; k <= n; k++) {
		StatsEvidence e = stats_evidence(k, n, threshold);
		if (!(e == EVIDENCE_ABOVE && want_above) && !(e == EVIDENCE_BELOW && want_below))
			continue;
		double lterm = lgn - lgamma((double)k + 1) - lgamma((double)(n - k) + 1) + (double)k * lp +
		               (double)(n - k) * lq;
		chance += exp(lterm);
	}
	return chance > 1 ? 1 : chance;
}

/* "about 48%" of a chance, or "almost never" / "almost always". */
static char *chance_words(double chance)
{
	long long percent = llround(chance * 100);
	if (percent < 1)
		return xprintf("%s", "under 1% of the time");
	if (percent > 99)
		return xprintf("%s", "over 99% of the time");
	return xprintf("about %lld%% of the time", percent);
}

char *stats_sample_size_sentence(double threshold, double margin, long long population, long long n)
{
	char *of = population > 0 && n == population ? xprintf("%s", "")
	         : population > 0 ? xprintf(" of the %lld", population) : xprintf("%s", "");
	double shown = stats_margin_of(threshold, n);
	char *width = shown <= margin + 0.05 ? xprintf("%g", margin) : xprintf("%.1f", shown);
	Buf b = {0};
	buf_printf(&b, "Audit %s%lld%s files: if about %g%% of files meet the standard, the 95%% confidence "
	           "interval that compliance shows is then about %s points either side (it treats the files "
	           "as a sample of practice and does not narrow for a small team), so a result more than %s "
	           "points from %g%% shows with 95%% confidence which side of the threshold practice is.",
	           population > 0 && n == population ? "all " : "", n, of, threshold, width, width, threshold);
	/* How likely a verdict is when practice is 5 points either side. */
	double below = threshold - 5, above = threshold + 5;
	double chance_below = below > 0 ? stats_verdict_chance(threshold, below, n) : -1;
	double chance_above = above < 100 ? stats_verdict_chance(threshold, above, n) : -1;
	if (chance_below >= 0 || chance_above >= 0) {
		buf_printf(&b, " If practice is in fact 5 points from the threshold, %lld files show it", n);
		if (chance_below >= 0) {
			char *w = chance_words(chance_below);
			buf_printf(&b, " (evidence below) %s at %g%%", w, below);
			free(w);
		}
		if (chance_above >= 0) {
			char *w = chance_words(chance_above);
			buf_printf(&b, "%s (evidence above) %s at %g%%", chance_below >= 0 ? " and" : "", w, above);
			free(w);
		}
		buf_puts(&b, "; otherwise the evidence is inconclusive.");
	}
	free(of);
	free(width);
	return b.s;
}
