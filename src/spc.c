/* Statistical process control: p-charts, the Making Data Count rules,
 * funnel limits. See spc.h. */
#include "spc.h"

#include <math.h>
#include <stdlib.h>

/* Percentages closer than this are equal (on the centre line, no rise):
 * far below the smallest step of a real percentage (1 file in millions). */
#define SPC_EPSILON 1e-9

static double clip(double v)
{
	return v < 0 ? 0 : v > 100 ? 100 : v;
}

static int side(double v, double centre)
{
	return v > centre + SPC_EPSILON ? 1 : v < centre - SPC_EPSILON ? -1 : 0;
}

/* Flag each point of every run of at least SPC_RUN_LENGTH data points
 * whose key (a side of the centre, or a direction of change) is the same
 * non-zero value; dir[k] is +1 or -1 for the k-th data point, 0 breaks a
 * run. */
static void flag_runs(SpcPoint *points, const int *index, const int *key, int m, int length, int rule,
                      int *direction)
{
	int start = 0;
	for (int k = 1; k <= m; k++) {
		if (k < m && key[k] != 0 && key[k] == key[start])
			continue;
		if (key[start] != 0 && k - start >= length)
			for (int j = start; j < k; j++) {
				points[index[j]].rules |= rule;
				if (direction[j] == 0)
					direction[j] = key[start];
			}
		start = k;
	}
}

void spc_p_chart(SpcPoint *points, int n, double target, SpcChart *out)
{
	long long met = 0, measured = 0;
	int m = 0;
	for (int i = 0; i < n; i++) {
		SpcPoint *p = &points[i];
		p->percent = p->denominator > 0 ? 100.0 * (double)p->numerator / (double)p->denominator : 0;
		p->lower = p->upper = p->lower2 = p->upper2 = 0;
		p->rules = 0;
		p->special = 0;
		if (p->denominator > 0) {
			met += p->numerator;
			measured += p->denominator;
			m++;
		}
	}
	out->points = m;
	out->p_chart = m >= SPC_MIN_POINTS;
	out->centre = measured > 0 ? 100.0 * (double)met / (double)measured : 0;
	out->variation = SPC_VARIATION_NONE;
	out->assurance = SPC_ASSURANCE_NONE;
	if (!out->p_chart)
		return;

	double pbar = (double)met / (double)measured;
	int *index = calloc((size_t)m, sizeof *index);
	int *key = calloc((size_t)m, sizeof *key);
	int *trend_dir = calloc((size_t)m, sizeof *trend_dir);
	int *shift_dir = calloc((size_t)m, sizeof *shift_dir);
	if (index == NULL || key == NULL || trend_dir == NULL || shift_dir == NULL)
		abort();
	int k = 0;
	for (int i = 0; i < n; i++) {
		SpcPoint *p = &points[i];
		if (p->denominator <= 0)
			continue;
		index[k++] = i;
		double sigma = 100.0 * sqrt(pbar * (1 - pbar) / (double)p->denominator);
		p->upper = clip(out->centre + 3 * sigma);
		p->lower = clip(out->centre - 3 * sigma);
		p->upper2 = clip(out->centre + 2 * sigma);
		p->lower2 = clip(out->centre - 2 * sigma);
		/* Rule 1: a point beyond the limits (not merely on a clipped one). */
		if (p->percent > out->centre + 3 * sigma + SPC_EPSILON || p->percent < out->centre - 3 * sigma - SPC_EPSILON)
			p->rules |= SPC_RULE_OUTSIDE;
	}
	/* Rule 3: seven in a row rising or falling: the key of a point is the
	 * direction from the one before, and a run of 6 changes is 7 points. */
	for (int j = 0; j < m; j++)
		key[j] = j == 0 ? 0 : side(points[index[j]].percent, points[index[j - 1]].percent);
	for (int j = 1; j < m; j++) {
		/* A run of changes [a, b] covers the points a-1 .. b. */
		if (key[j] == 0 || (j > 1 && key[j - 1] == key[j]))
			continue;
		int b = j;
		while (b + 1 < m && key[b + 1] == key[j])
			b++;
		if (b - j + 2 >= SPC_RUN_LENGTH)
			for (int a = j - 1; a <= b; a++) {
				points[index[a]].rules |= SPC_RULE_TREND;
				trend_dir[a] = key[j];
			}
	}
	/* Rule 2: seven in a row on one side of the centre (a point on it
	 * breaks the run). */
	for (int j = 0; j < m; j++)
		key[j] = side(points[index[j]].percent, out->centre);
	flag_runs(points, index, key, m, SPC_RUN_LENGTH, SPC_RULE_SHIFT, shift_dir);
	/* Rule 4: two of three in a row beyond 2 sigma on the same side. */
	for (int j = 0; j + 2 < m; j++)
		for (int s = -1; s <= 1; s += 2) {
			int beyond = 0;
			for (int a = j; a < j + 3; a++) {
				const SpcPoint *p = &points[index[a]];
				beyond += s > 0 ? p->percent > p->upper2 + SPC_EPSILON : p->percent < p->lower2 - SPC_EPSILON;
			}
			if (beyond < 2)
				continue;
			for (int a = j; a < j + 3; a++) {
				SpcPoint *p = &points[index[a]];
				if (s > 0 ? p->percent > p->upper2 + SPC_EPSILON : p->percent < p->lower2 - SPC_EPSILON)
					p->rules |= SPC_RULE_TWO_OF_THREE;
			}
		}
	/* Which way each special point points: a trend by its direction,
	 * anything else by its side of the centre. Higher is better. */
	for (int j = 0; j < m; j++) {
		SpcPoint *p = &points[index[j]];
		if (p->rules == 0)
			continue;
		if (trend_dir[j] != 0)
			p->special = trend_dir[j];
		else
			p->special = side(p->percent, out->centre);
	}
	const SpcPoint *last = &points[index[m - 1]];
	out->variation = last->special > 0   ? SPC_VARIATION_IMPROVEMENT
	                 : last->special < 0 ? SPC_VARIATION_CONCERN
	                                     : SPC_VARIATION_COMMON;
	if (target >= 0)
		out->assurance = last->lower >= target   ? SPC_ASSURANCE_PASS
		                 : last->upper < target ? SPC_ASSURANCE_FAIL
		                                        : SPC_ASSURANCE_HIT_AND_MISS;
	free(index);
	free(key);
	free(trend_dir);
	free(shift_dir);
}

void spc_funnel_limits(double target, double n, double z, double *low, double *high)
{
	if (n <= 0) {
		*low = 0;
		*high = 100;
		return;
	}
	double t = target / 100.0;
	double se = 100.0 * sqrt(t * (1 - t) / n);
	*low = clip(target - z * se);
	*high = clip(target + z * se);
}

int spc_funnel_position(long long numerator, long long denominator, double target)
{
	if (denominator <= 0)
		return 0;
	double low, high, percent = 100.0 * (double)numerator / (double)denominator;
	spc_funnel_limits(target, (double)denominator, SPC_FUNNEL_Z998, &low, &high);
	return percent > high + SPC_EPSILON && high < 100 ? 1 : percent < low - SPC_EPSILON && low > 0 ? -1 : 0;
}

int spc_change_signal(long long n0, long long d0, long long n1, long long d1)
{
	if (d0 <= 0 || d1 <= 0)
		return 0;
	double p0 = (double)n0 / (double)d0, p1 = (double)n1 / (double)d1;
	double pooled = (double)(n0 + n1) / (double)(d0 + d1);
	double se = sqrt(pooled * (1 - pooled) * (1.0 / (double)d0 + 1.0 / (double)d1));
	if (se <= 0)
		return 0;
	double z = (p1 - p0) / se;
	return z >= SPC_FUNNEL_Z95 ? 1 : z <= -SPC_FUNNEL_Z95 ? -1 : 0;
}

const char *spc_variation_name(SpcVariation v)
{
	switch (v) {
	case SPC_VARIATION_COMMON: return "common cause";
	case SPC_VARIATION_IMPROVEMENT: return "special cause improvement";
	case SPC_VARIATION_CONCERN: return "special cause concern";
	default: return "too few points";
	}
}

const char *spc_assurance_name(SpcAssurance a)
{
	switch (a) {
	case SPC_ASSURANCE_PASS: return "consistently passing";
	case SPC_ASSURANCE_FAIL: return "consistently failing";
	case SPC_ASSURANCE_HIT_AND_MISS: return "hit and miss";
	default: return "no assurance";
	}
}
