/* Statistical process control: each Making Data Count rule on a series
 * built to trip it (and only it), the run chart below 12 points, the
 * variation and assurance icons, funnel limits and the period-on-period
 * signal. The series are worked by hand in the comments. */
#include <check.h>
#include <math.h>
#include <stdlib.h>

#include "fixture.h"
#include "spc.h"

/* Points from numerators over one denominator. */
static int series(SpcPoint *p, const long long *numerators, int n, long long denominator)
{
	for (int i = 0; i < n; i++) {
		p[i].numerator = numerators[i];
		p[i].denominator = denominator;
	}
	return n;
}

START_TEST(test_common_cause)
{
	/* 75% and 85% in turn: centre 80, sigma 8.94 points; nothing flagged. */
	static const long long k[] = {15, 17, 15, 17, 15, 17, 15, 17, 15, 17, 15, 17, 15, 17};
	SpcPoint p[14];
	SpcChart c;
	spc_p_chart(p, series(p, k, 14, 20), 85, &c);
	ck_assert_int_eq(c.points, 14);
	ck_assert_int_eq(c.p_chart, 1);
	ck_assert_double_eq_tol(c.centre, 80.0, 1e-9);
	for (int i = 0; i < 14; i++) {
		ck_assert_int_eq(p[i].rules, 0);
		ck_assert_int_eq(p[i].special, 0);
	}
	double sigma = 100 * sqrt(0.8 * 0.2 / 20);
	ck_assert_double_eq_tol(p[0].lower, 80 - 3 * sigma, 1e-9);
	ck_assert_double_eq_tol(p[0].upper, 100.0, 1e-9); /* 106.8 clipped */
	ck_assert_double_eq_tol(p[0].lower2, 80 - 2 * sigma, 1e-9);
	ck_assert_double_eq_tol(p[0].upper2, 80 + 2 * sigma, 1e-9);
	ck_assert_int_eq(c.variation, SPC_VARIATION_COMMON);
	/* 85 lies between the limits (53.2 .. 100): hit and miss. */
	ck_assert_int_eq(c.assurance, SPC_ASSURANCE_HIT_AND_MISS);
	/* Against 50 the lower limit (53.2) passes it every month. */
	spc_p_chart(p, 14, 50, &c);
	ck_assert_int_eq(c.assurance, SPC_ASSURANCE_PASS);
	/* No target: no assurance. */
	spc_p_chart(p, 14, -1, &c);
	ck_assert_int_eq(c.assurance, SPC_ASSURANCE_NONE);
}
END_TEST

START_TEST(test_consistently_failing)
{
	/* 15% and 25% in turn: centre 20, upper limit 46.8 < 85. */
	static const long long k[] = {3, 5, 3, 5, 3, 5, 3, 5, 3, 5, 3, 5};
	SpcPoint p[12];
	SpcChart c;
	spc_p_chart(p, series(p, k, 12, 20), 85, &c);
	ck_assert_int_eq(c.p_chart, 1);
	ck_assert_int_eq(c.variation, SPC_VARIATION_COMMON);
	ck_assert_int_eq(c.assurance, SPC_ASSURANCE_FAIL);
}
END_TEST

START_TEST(test_point_beyond_limits)
{
	/* 65% and 85% in turn, then 0 of 20: centre 180/260 = 69.2, sigma
	 * 10.3, lower limit 38.3: the last point alone is outside. */
	static const long long low[] = {13, 17, 13, 17, 13, 17, 13, 17, 13, 17, 13, 17, 0};
	SpcPoint p[13];
	SpcChart c;
	spc_p_chart(p, series(p, low, 13, 20), 85, &c);
	ck_assert_double_eq_tol(c.centre, 100.0 * 180 / 260, 1e-9);
	for (int i = 0; i < 12; i++)
		ck_assert_int_eq(p[i].rules, 0);
	ck_assert_int_eq(p[12].rules, SPC_RULE_OUTSIDE);
	ck_assert_int_eq(p[12].special, -1);
	ck_assert_int_eq(c.variation, SPC_VARIATION_CONCERN);
	/* 25% and 45% in turn, then 20 of 20: centre 40, upper limit 72.9. */
	static const long long high[] = {5, 9, 5, 9, 5, 9, 5, 9, 5, 9, 5, 9, 20};
	spc_p_chart(p, series(p, high, 13, 20), 85, &c);
	for (int i = 0; i < 12; i++)
		ck_assert_int_eq(p[i].rules, 0);
	ck_assert_int_eq(p[12].rules, SPC_RULE_OUTSIDE);
	ck_assert_int_eq(p[12].special, 1);
	ck_assert_int_eq(c.variation, SPC_VARIATION_IMPROVEMENT);
}
END_TEST

START_TEST(test_shift_of_seven)
{
	/* Seven at 70/75% then seven at 85/90%: centre 223/280 = 79.6; the
	 * first seven below it (concern), the last seven above (improvement). */
	static const long long k[] = {14, 15, 14, 15, 14, 15, 14, 17, 18, 17, 18, 17, 18, 17};
	SpcPoint p[14];
	SpcChart c;
	spc_p_chart(p, series(p, k, 14, 20), 85, &c);
	for (int i = 0; i < 14; i++) {
		ck_assert_int_eq(p[i].rules, SPC_RULE_SHIFT);
		ck_assert_int_eq(p[i].special, i < 7 ? -1 : 1);
	}
	ck_assert_int_eq(c.variation, SPC_VARIATION_IMPROVEMENT);
	/* Six and six (centre 80): no run is long enough. */
	static const long long six[] = {14, 15, 14, 15, 14, 15, 17, 18, 17, 18, 17, 18};
	spc_p_chart(p, series(p, six, 12, 20), 85, &c);
	ck_assert_double_eq_tol(c.centre, 80.0, 1e-9);
	for (int i = 0; i < 12; i++)
		ck_assert_int_eq(p[i].rules, 0);
	ck_assert_int_eq(c.variation, SPC_VARIATION_COMMON);
	/* A point on the centre line breaks a run: 208/260 = 80% exactly, and
	 * 16 of 20 in the middle of the seven low ones leaves runs of three. */
	static const long long broken[] = {14, 15, 14, 16, 14, 15, 14, 18, 18, 17, 18, 17, 18};
	spc_p_chart(p, series(p, broken, 13, 20), -1, &c);
	ck_assert_double_eq_tol(c.centre, 80.0, 1e-9);
	for (int i = 0; i < 13; i++)
		ck_assert_int_eq(p[i].rules, 0);
}
END_TEST

START_TEST(test_trend_of_seven)
{
	/* 80/60% in turn, then 55, 60, ... 85% rising: centre 70 (182/260);
	 * the rising seven straddle the centre, so no shift, only a trend. */
	static const long long k[] = {16, 12, 16, 12, 16, 12, 11, 12, 13, 14, 15, 16, 17};
	SpcPoint p[13];
	SpcChart c;
	spc_p_chart(p, series(p, k, 13, 20), 85, &c);
	ck_assert_double_eq_tol(c.centre, 70.0, 1e-9);
	for (int i = 0; i < 13; i++) {
		ck_assert_int_eq(p[i].rules, i >= 6 ? SPC_RULE_TREND : 0);
		ck_assert_int_eq(p[i].special, i >= 6 ? 1 : 0);
	}
	ck_assert_int_eq(c.variation, SPC_VARIATION_IMPROVEMENT);
	/* The same seven falling: a concern. */
	static const long long down[] = {16, 12, 16, 12, 16, 12, 17, 16, 15, 14, 13, 12, 11};
	spc_p_chart(p, series(p, down, 13, 20), 85, &c);
	for (int i = 0; i < 13; i++)
		ck_assert_int_eq(p[i].rules, i >= 6 ? SPC_RULE_TREND : 0);
	ck_assert_int_eq(p[12].special, -1);
	ck_assert_int_eq(c.variation, SPC_VARIATION_CONCERN);
	/* Six rising (five changes) is not a trend. */
	static const long long six[] = {16, 12, 16, 12, 16, 12, 16, 11, 12, 13, 14, 15, 16};
	spc_p_chart(p, series(p, six, 13, 20), 85, &c);
	for (int i = 0; i < 13; i++)
		ck_assert_int_eq(p[i].rules & SPC_RULE_TREND, 0);
}
END_TEST

START_TEST(test_two_of_three)
{
	/* Of 100 files a month: 78/82% in turn, then 90, 78, 90. Centre
	 * 1136/1400 = 81.1, sigma 3.91: 2 sigma up is 89.0 and 3 sigma 92.9,
	 * so both 90s lie beyond 2 sigma but inside the limits. */
	static const long long k[] = {78, 82, 78, 82, 78, 82, 78, 82, 78, 82, 78, 90, 78, 90};
	SpcPoint p[14];
	SpcChart c;
	spc_p_chart(p, series(p, k, 14, 100), 85, &c);
	ck_assert(p[11].percent > p[11].upper2 && p[11].percent < p[11].upper);
	for (int i = 0; i < 14; i++)
		ck_assert_int_eq(p[i].rules, i == 11 || i == 13 ? SPC_RULE_TWO_OF_THREE : 0);
	ck_assert_int_eq(p[13].special, 1);
	ck_assert_int_eq(c.variation, SPC_VARIATION_IMPROVEMENT);
	/* One beyond 2 sigma is not enough. */
	static const long long one[] = {78, 82, 78, 82, 78, 82, 78, 82, 78, 82, 78, 90, 78, 82};
	spc_p_chart(p, series(p, one, 14, 100), 85, &c);
	for (int i = 0; i < 14; i++)
		ck_assert_int_eq(p[i].rules, 0);
	/* Two beyond 2 sigma on opposite sides are not a signal: 90 is above
	 * 88.1 and 71 below 72.1 (centre 80.1, sigma 4.0). */
	static const long long opposite[] = {78, 82, 78, 82, 78, 82, 78, 82, 78, 82, 78, 90, 71, 82};
	spc_p_chart(p, series(p, opposite, 14, 100), 85, &c);
	ck_assert(p[12].percent < p[12].lower2 && p[11].percent > p[11].upper2);
	for (int i = 0; i < 14; i++)
		ck_assert_int_eq(p[i].rules & SPC_RULE_TWO_OF_THREE, 0);
}
END_TEST

START_TEST(test_fewer_than_twelve_points)
{
	/* Eleven points rising steeply: a run chart, no limits, no rules. */
	static const long long k[] = {0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20};
	SpcPoint p[13];
	SpcChart c;
	spc_p_chart(p, series(p, k, 11, 20), 85, &c);
	ck_assert_int_eq(c.points, 11);
	ck_assert_int_eq(c.p_chart, 0);
	ck_assert_double_eq_tol(c.centre, 50.0, 1e-9);
	ck_assert_double_eq_tol(p[10].percent, 100.0, 1e-9);
	for (int i = 0; i < 11; i++) {
		ck_assert_int_eq(p[i].rules, 0);
		ck_assert_double_eq_tol(p[i].upper, 0.0, 1e-9);
	}
	ck_assert_int_eq(c.variation, SPC_VARIATION_NONE);
	ck_assert_int_eq(c.assurance, SPC_ASSURANCE_NONE);
	/* Twelve months, one without data: still eleven points. */
	static const long long gap[] = {15, 17, 15, 17, 15, 0, 17, 15, 17, 15, 17, 15};
	series(p, gap, 12, 20);
	p[5].denominator = 0;
	spc_p_chart(p, 12, 85, &c);
	ck_assert_int_eq(c.points, 11);
	ck_assert_int_eq(c.p_chart, 0);
	/* Thirteen months, one gap: twelve points, a p-chart; the gap has no
	 * limits and breaks nothing (the run passes over it). */
	static const long long runs[] = {14, 15, 14, 0, 15, 14, 15, 14, 17, 18, 17, 18, 17};
	series(p, runs, 13, 20);
	p[3].denominator = 0;
	spc_p_chart(p, 13, 85, &c);
	ck_assert_int_eq(c.points, 12);
	ck_assert_int_eq(c.p_chart, 1);
	ck_assert_int_eq(p[3].rules, 0);
	ck_assert_double_eq_tol(p[3].upper, 0.0, 1e-9);
	for (int i = 0; i < 8; i++)
		if (i != 3)
			ck_assert_int_eq(p[i].rules, SPC_RULE_SHIFT);
	/* Nothing at all. */
	spc_p_chart(p, 0, 85, &c);
	ck_assert_int_eq(c.points, 0);
	ck_assert_int_eq(c.p_chart, 0);
}
END_TEST

START_TEST(test_funnel_limits)
{
	double low, high;
	/* 85% of 20 files: standard error 7.98 points. */
	spc_funnel_limits(85, 20, SPC_FUNNEL_Z95, &low, &high);
	ck_assert_double_eq_tol(low, 69.35094252616949, 1e-9);
	ck_assert_double_eq_tol(high, 100.0, 1e-9);
	spc_funnel_limits(85, 20, SPC_FUNNEL_Z998, &low, &high);
	ck_assert_double_eq_tol(low, 60.32647367596584, 1e-9);
	/* 400 files: a narrow funnel. */
	spc_funnel_limits(85, 400, SPC_FUNNEL_Z95, &low, &high);
	ck_assert_double_eq_tol(low, 81.50076437047139, 1e-9);
	ck_assert_double_eq_tol(high, 88.49923562952861, 1e-9);
	spc_funnel_limits(85, 400, SPC_FUNNEL_Z998, &low, &high);
	ck_assert_double_eq_tol(low, 79.48283178948292, 1e-9);
	ck_assert_double_eq_tol(high, 90.51716821051708, 1e-9);
	/* No files: the whole scale. */
	spc_funnel_limits(85, 0, SPC_FUNNEL_Z95, &low, &high);
	ck_assert_double_eq_tol(low, 0.0, 1e-9);
	ck_assert_double_eq_tol(high, 100.0, 1e-9);
	/* Positions: 10 of 20 below the 99.8% funnel, 17 of 20 inside, all
	 * 400 of 400 above it; a team at 100% of 20 cannot be above a funnel
	 * already clipped at 100. */
	ck_assert_int_eq(spc_funnel_position(10, 20, 85), -1);
	ck_assert_int_eq(spc_funnel_position(17, 20, 85), 0);
	ck_assert_int_eq(spc_funnel_position(13, 20, 85), 0);
	ck_assert_int_eq(spc_funnel_position(400, 400, 85), 1);
	ck_assert_int_eq(spc_funnel_position(20, 20, 85), 0);
	ck_assert_int_eq(spc_funnel_position(0, 0, 85), 0);
}
END_TEST

START_TEST(test_change_signal)
{
	/* 50 of 100 to 70 of 100: z = 2.89, a real rise; and back. */
	ck_assert_int_eq(spc_change_signal(50, 100, 70, 100), 1);
	ck_assert_int_eq(spc_change_signal(70, 100, 50, 100), -1);
	/* 8 of 10 to 9 of 10: chance. */
	ck_assert_int_eq(spc_change_signal(8, 10, 9, 10), 0);
	/* 1 of 1 to 0 of 1: a 100-point swing on one file, z = 1.41. */
	ck_assert_int_eq(spc_change_signal(1, 1, 0, 1), 0);
	ck_assert_int_eq(spc_change_signal(0, 0, 5, 10), 0);
	ck_assert_int_eq(spc_change_signal(10, 10, 10, 10), 0);
}
END_TEST

START_TEST(test_names)
{
	ck_assert_str_eq(spc_variation_name(SPC_VARIATION_COMMON), "common cause");
	ck_assert_str_eq(spc_variation_name(SPC_VARIATION_IMPROVEMENT), "special cause improvement");
	ck_assert_str_eq(spc_variation_name(SPC_VARIATION_CONCERN), "special cause concern");
	ck_assert_str_eq(spc_assurance_name(SPC_ASSURANCE_PASS), "consistently passing");
	ck_assert_str_eq(spc_assurance_name(SPC_ASSURANCE_FAIL), "consistently failing");
	ck_assert_str_eq(spc_assurance_name(SPC_ASSURANCE_HIT_AND_MISS), "hit and miss");
}
END_TEST

int main(void)
{
	Suite *s = suite_create("spc");
	TCase *rules = tcase_create("rules");
	tcase_add_test(rules, test_common_cause);
	tcase_add_test(rules, test_consistently_failing);
	tcase_add_test(rules, test_point_beyond_limits);
	tcase_add_test(rules, test_shift_of_seven);
	tcase_add_test(rules, test_trend_of_seven);
	tcase_add_test(rules, test_two_of_three);
	tcase_add_test(rules, test_fewer_than_twelve_points);
	suite_add_tcase(s, rules);
	TCase *funnel = tcase_create("funnel and change");
	tcase_add_test(funnel, test_funnel_limits);
	tcase_add_test(funnel, test_change_signal);
	tcase_add_test(funnel, test_names);
	suite_add_tcase(s, funnel);
	return fixture_run(s);
}
