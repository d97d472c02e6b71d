/* The arithmetic of the compliance table: Wilson intervals, RAG status,
 * evidence, the displayed percentage and sample sizes. */
#include <check.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "fixture.h"
#include "stats.h"
#include "util.h"

/* Expected Wilson intervals, in percent, computed independently of the C
 * code: with Python's decimal module at 40 digits, as the roots of the
 * quadratic (p - k/n)^2 = z^2 p (1 - p) / n for z = 1.959963984540054. */
static const struct {
	long long k, n;
	double low, high;
} wilson_cases[] = {
	{0, 1, 0.0, 79.345068562276},
	{1, 1, 20.654931437724, 100.0},
	{17, 20, 63.958113525924, 94.763125410378},
	{7, 9, 45.258896910699, 93.677489288215},
	{5, 10, 23.659309051256, 76.340690948744},
	{0, 20, 0.0, 16.112515805282},
	{20, 20, 83.887484194718, 100.0},
	{45, 50, 78.639768562520, 95.652423506811},
};

START_TEST(test_wilson_known_values)
{
	for (size_t i = 0; i < sizeof wilson_cases / sizeof wilson_cases[0]; i++) {
		double low = -1, high = -1;
		ck_assert_int_eq(stats_wilson(wilson_cases[i].k, wilson_cases[i].n, &low, &high), 0);
		ck_assert_msg(fabs(low - wilson_cases[i].low) < 1e-9, "%lld/%lld low %.12f, expected %.12f",
		              wilson_cases[i].k, wilson_cases[i].n, low, wilson_cases[i].low);
		ck_assert_msg(fabs(high - wilson_cases[i].high) < 1e-9, "%lld/%lld high %.12f, expected %.12f",
		              wilson_cases[i].k, wilson_cases[i].n, high, wilson_cases[i].high);
	}
}
END_TEST

START_TEST(test_wilson_ends_exact)
{
	double low, high;
	/* 0/n starts at exactly 0 and n/n ends at exactly 100, so a threshold
	 * of 0 or 100 is decided by the data and not by rounding. */
	ck_assert_int_eq(stats_wilson(0, 7, &low, &high), 0);
	ck_assert(low == 0.0);
	ck_assert_int_eq(stats_wilson(7, 7, &low, &high), 0);
	ck_assert(high == 100.0);
	ck_assert(low < 100.0 && low > 0.0);
}
END_TEST

START_TEST(test_wilson_no_data)
{
	double low = 5, high = 6;
	ck_assert_int_eq(stats_wilson(0, 0, &low, &high), -1);
	ck_assert(low == 5 && high == 6); /* untouched */
	ck_assert_int_eq(stats_status(0, 0, 85), STATUS_NO_DATA);
	ck_assert_int_eq(stats_evidence(0, 0, 85), EVIDENCE_NONE);
	ck_assert_str_eq(stats_status_name(STATUS_NO_DATA), "no-data");
	ck_assert_str_eq(stats_evidence_name(EVIDENCE_NONE), "none");
}
END_TEST

/* RAG boundaries: each row is numerator, denominator, threshold, status. */
static const struct {
	long long k, n;
	double threshold;
	StatsStatus status;
} status_cases[] = {
	{17, 20, 85, STATUS_GREEN},    /* exactly at the threshold: 85.0 meets "at least 85%" */
	{16, 20, 85, STATUS_AMBER},    /* 80.0: exactly 5 points below */
	{79, 100, 85, STATUS_RED},     /* 79.0: 6 below */
	{799, 1000, 85, STATUS_RED},   /* 79.9: just over 5 below */
	{849, 1000, 85, STATUS_AMBER}, /* 84.9 */
	{7, 10, 70, STATUS_GREEN},     /* 100 * 0.7 is 70.00000000000001 in doubles; exact here */
	{13, 20, 70, STATUS_AMBER},    /* 65.0: exactly 5 below 70 */
	{7, 9, 80, STATUS_AMBER},      /* the "7 out of 9 (80%)" that is really 77.8% */
	{1, 3, 33.33, STATUS_GREEN},   /* 33.333... >= 33.33 */
	{1, 3, 33.34, STATUS_AMBER},
	{0, 5, 0, STATUS_GREEN},
	{0, 5, 5, STATUS_AMBER},       /* 0 is exactly 5 below 5 */
	{5, 5, 100, STATUS_GREEN},
	{99, 100, 100, STATUS_AMBER},
	{17, 20, 87.3, STATUS_AMBER},  /* 87.3 is not exact in binary; taken as 87.30 */
	{873, 1000, 87.3, STATUS_GREEN},
	{823, 1000, 87.3, STATUS_AMBER}, /* 82.3: exactly 5 below 87.3 */
	{822, 1000, 87.3, STATUS_RED},
};

START_TEST(test_status_boundaries)
{
	for (size_t i = 0; i < sizeof status_cases / sizeof status_cases[0]; i++) {
		StatsStatus got = stats_status(status_cases[i].k, status_cases[i].n, status_cases[i].threshold);
		ck_assert_msg(got == status_cases[i].status, "%lld/%lld against %g: %s, expected %s",
		              status_cases[i].k, status_cases[i].n, status_cases[i].threshold, stats_status_name(got),
		              stats_status_name(status_cases[i].status));
	}
	ck_assert_str_eq(stats_status_name(STATUS_GREEN), "green");
	ck_assert_str_eq(stats_status_name(STATUS_AMBER), "amber");
	ck_assert_str_eq(stats_status_name(STATUS_RED), "red");
}
END_TEST

/* Evidence: each row is numerator, denominator, threshold, evidence; the
 * intervals are those of the table above. */
static const struct {
	long long k, n;
	double threshold;
	StatsEvidence evidence;
} evidence_cases[] = {
	{17, 20, 85, EVIDENCE_INCONCLUSIVE}, /* 64.0 .. 94.8 */
	{17, 20, 60, EVIDENCE_ABOVE},
	{17, 20, 63.95, EVIDENCE_ABOVE},     /* low is 63.958 */
	{17, 20, 63.96, EVIDENCE_INCONCLUSIVE},
	{17, 20, 95, EVIDENCE_BELOW},        /* high is 94.76 */
	{17, 20, 94.76, EVIDENCE_INCONCLUSIVE},
	{17, 20, 94.77, EVIDENCE_BELOW},
	{0, 20, 17, EVIDENCE_BELOW},         /* high 16.1 */
	{0, 20, 0, EVIDENCE_ABOVE},          /* low exactly 0: at the threshold */
	{20, 20, 100, EVIDENCE_INCONCLUSIVE},/* high exactly 100: not below */
	{19, 20, 100, EVIDENCE_BELOW},
	{45, 50, 78, EVIDENCE_ABOVE},
	{7, 9, 80, EVIDENCE_INCONCLUSIVE},
	{1, 1, 85, EVIDENCE_INCONCLUSIVE},
};

START_TEST(test_evidence)
{
	for (size_t i = 0; i < sizeof evidence_cases / sizeof evidence_cases[0]; i++) {
		StatsEvidence got = stats_evidence(evidence_cases[i].k, evidence_cases[i].n, evidence_cases[i].threshold);
		ck_assert_msg(got == evidence_cases[i].evidence, "%lld/%lld against %g: %s, expected %s",
		              evidence_cases[i].k, evidence_cases[i].n, evidence_cases[i].threshold,
		              stats_evidence_name(got), stats_evidence_name(evidence_cases[i].evidence));
	}
	ck_assert_str_eq(stats_evidence_name(EVIDENCE_ABOVE), "above");
	ck_assert_str_eq(stats_evidence_name(EVIDENCE_BELOW), "below");
	ck_assert_str_eq(stats_evidence_name(EVIDENCE_INCONCLUSIVE), "inconclusive");
}
END_TEST

START_TEST(test_percent)
{
	ck_assert(stats_percent(17, 20) == 85.0);
	ck_assert(stats_percent(0, 0) == 0.0);
	ck_assert(fabs(stats_percent(7, 9) - 77.77777777777777) < 1e-12);
	/* Displayed: one decimal place, half up, decided in whole numbers. */
	ck_assert(stats_percent_display(7, 9) == 77.8);
	ck_assert(stats_percent_display(1, 16) == 6.3);   /* 6.25 */
	ck_assert(stats_percent_display(3, 16) == 18.8);  /* 18.75 */
	ck_assert(stats_percent_display(1, 3) == 33.3);
	ck_assert(stats_percent_display(2, 3) == 66.7);
	ck_assert(stats_percent_display(1, 2000) == 0.1); /* 0.05 */
	ck_assert(stats_percent_display(1, 2001) == 0.0);
	ck_assert(stats_percent_display(20, 20) == 100.0);
	ck_assert(stats_percent_display(0, 0) == 0.0);
}
END_TEST

/* Sample sizes: threshold, margin, population, expected n. Expected values
 * from z^2 p (1-p) / m^2 worked in Python and rounded up, at most the
 * population: no finite-population correction, because compliance's
 * Wilson interval makes none (a size promises only what it will show). */
static const struct {
	double threshold, margin;
	long long population, n;
} size_cases[] = {
	{85, 5, 0, 196},    /* 195.91 */
	{50, 5, 0, 385},    /* 384.15 */
	{90, 5, 0, 139},    /* 138.29 */
	{85, 10, 0, 49},    /* 48.98 */
	{85, 5, 40, 40},    /* 195.91, more than a team of 40: all of them */
	{85, 5, 200, 196},  /* a team of 200: 196 of them */
	{85, 5, 20, 20},    /* the team of 20: all 20, not 19 */
	{80, 5, 1, 1},      /* a population of one is audited whole */
	{50, 50, 0, 4},     /* 3.84 */
	{50, 100, 0, 1},    /* 0.96 rounds up to one file */
	{15, 5, 0, 196},    /* symmetric: p(1-p) is the same at 15 and 85 */
};

START_TEST(test_sample_size)
{
	for (size_t i = 0; i < sizeof size_cases / sizeof size_cases[0]; i++) {
		long long n = -1;
		char *cause = NULL;
		ck_assert_int_eq(stats_sample_size(size_cases[i].threshold, size_cases[i].margin,
		                                   size_cases[i].population, &n, &cause), 0);
		ck_assert_msg(n == size_cases[i].n, "threshold %g margin %g population %lld: %lld, expected %lld",
		              size_cases[i].threshold, size_cases[i].margin, size_cases[i].population, n,
		              size_cases[i].n);
		ck_assert_ptr_null(cause);
	}
	long long n;
	ck_assert_int_eq(stats_sample_size(85, STATS_DEFAULT_MARGIN, 0, &n, NULL), 0);
	ck_assert_int_eq(n, 196);
}
END_TEST

START_TEST(test_sample_size_refusals)
{
	long long n = 42;
	char *cause = NULL;
	ck_assert_int_eq(stats_sample_size(0, 5, 0, &n, &cause), -1);
	ck_assert_ptr_nonnull(strstr(cause, FIELD("threshold") " 0 is out of range"));
	free(cause);
	cause = NULL;
	ck_assert_int_eq(stats_sample_size(100, 5, 0, &n, &cause), -1);
	free(cause);
	cause = NULL;
	ck_assert_int_eq(stats_sample_size(85, 0, 0, &n, &cause), -1);
	ck_assert_ptr_nonnull(strstr(cause, FIELD("margin") " 0 is out of range"));
	free(cause);
	cause = NULL;
	ck_assert_int_eq(stats_sample_size(85, 101, 0, &n, &cause), -1);
	free(cause);
	cause = NULL;
	ck_assert_int_eq(stats_sample_size(85, 5, -3, &n, &cause), -1);
	ck_assert_ptr_nonnull(strstr(cause, FIELD("population")));
	free(cause);
	ck_assert_int_eq(n, 42);
}
END_TEST

START_TEST(test_sample_size_sentence)
{
	/* A team of 20: the interval compliance will show for all 20 (14 of 19
	 * met shows 51.2 to 88.2 there), and how likely a verdict is 5 points
	 * either side of 85 (8.7% at 80: worked in Python by summing the
	 * binomial over the counts whose Wilson interval lies under 85; never
	 * at 90, where even 20 of 20 has its low end at 83.9). */
	char *s = stats_sample_size_sentence(85, 5, 20, 20);
	ck_assert_str_eq(s, "Audit all 20 files: if about 85% of files meet the standard, the 95% confidence "
	                    "interval that compliance shows is then about 15.6 points either side (it treats the "
	                    "files as a sample of practice and does not narrow for a small team), so a result more "
	                    "than 15.6 points from 85% shows with 95% confidence which side of the threshold practice "
	                    "is. If practice is in fact 5 points from the threshold, 20 files show it (evidence below) "
	                    "about 9% of the time at 80% and (evidence above) under 1% of the time at 90%; otherwise "
	                    "the evidence is inconclusive.");
	free(s);
	s = stats_sample_size_sentence(85, 5, 0, 196);
	ck_assert_ptr_nonnull(strstr(s, "Audit 196 files: if about 85% "));
	ck_assert_ptr_nonnull(strstr(s, "about 5 points either side"));
	ck_assert_ptr_nonnull(strstr(s, "about 47% of the time at 80% and (evidence above) about 50% of the time at 90%"));
	free(s);
	/* No side beyond 0 or 100. */
	s = stats_sample_size_sentence(97, 5, 0, 45);
	ck_assert_ptr_nonnull(strstr(s, "at 92%; otherwise"));
	ck_assert_ptr_null(strstr(s, "102"));
	free(s);
	s = stats_sample_size_sentence(90, 2.5, 0, 554);
	ck_assert_ptr_nonnull(strstr(s, "Audit 554 files: if about 90% "));
	ck_assert_ptr_nonnull(strstr(s, "about 2.5 points either side"));
	free(s);
}
END_TEST

/* The chance of the right verdict, against sums of the binomial over the
 * Wilson intervals worked independently in Python. */
START_TEST(test_verdict_chance)
{
	ck_assert(fabs(stats_verdict_chance(85, 80, 196) - 0.47153891263249303) < 1e-9);
	ck_assert(fabs(stats_verdict_chance(85, 90, 196) - 0.5032559723757934) < 1e-9);
	ck_assert(fabs(stats_verdict_chance(85, 80, 20) - 0.08669251356740018) < 1e-9);
	ck_assert(stats_verdict_chance(85, 90, 20) == 0);
	ck_assert(fabs(stats_verdict_chance(80, 75, 246) - 0.4950929770036007) < 1e-9);
	ck_assert(stats_verdict_chance(85, 80, 0) == -1);
	ck_assert(stats_verdict_chance(85, 100, 10) == 0); /* 10/10 has its low end at 72.2 */
	ck_assert(stats_verdict_chance(50, 100, 10) == 1);
}
END_TEST

/* The honest-rounding rule: as many places as keep a figure on its side of
 * every bound it is judged against. */
START_TEST(test_display_places)
{
	double t85[] = {85};
	ck_assert_int_eq(stats_display_places(84.9673, t85, 1), 2);   /* 130/153: 84.97, not 85.0 */
	ck_assert_int_eq(stats_display_places(84.994, t85, 1), 2);    /* 84.99 */
	ck_assert_int_eq(stats_display_places(84.9996, t85, 1), 4);   /* 84.9996 */
	ck_assert_int_eq(stats_display_places(85.04, t85, 1), 2);     /* 85.04: not onto it either */
	ck_assert_int_eq(stats_display_places(85, t85, 1), 1);        /* exactly on it: 85.0 */
	ck_assert_int_eq(stats_display_places(84.94, t85, 1), 1);     /* 84.9 is below, as 84.94 is */
	ck_assert_int_eq(stats_display_places(72.5, t85, 1), 1);
	ck_assert_int_eq(stats_display_places(84.95, t85, 1), 2);     /* would round up onto 85.0 */
	double both[] = {85, 80};
	ck_assert_int_eq(stats_display_places(79.96, both, 2), 2);    /* the amber band's floor */
	ck_assert_int_eq(stats_display_places(82.5, both, 2), 1);
	ck_assert_int_eq(stats_display_places(84.99999999, t85, 1), STATS_MAX_PLACES); /* as far as it goes */
	ck_assert_int_eq(stats_display_places(50, NULL, 0), 1);
	ck_assert(stats_round(84.9673, 2) == 84.97);
	ck_assert(stats_round(6.25, 1) == 6.3);
	/* A percentage, decided exactly: 130 of 153 against 85 (the issue's
	 * CHRON) prints 84.97 beside amber; 17 of 20 is 85.0 beside green;
	 * 2 of 3 against 71.67 prints 66.667 (66.7 would lie above the amber
	 * band's floor 66.67). */
	ck_assert_int_eq(stats_percent_places(130, 153, 85), 2);
	ck_assert(stats_percent_rounded(130, 153, 2) == 84.97);
	ck_assert_int_eq(stats_status(130, 153, 85), STATUS_AMBER);
	ck_assert_int_eq(stats_percent_places(17, 20, 85), 1);
	ck_assert_int_eq(stats_percent_places(2, 3, 71.67), 3);
	ck_assert(stats_percent_rounded(2, 3, 3) == 66.667);
	ck_assert(stats_percent_rounded(1, 16, 1) == 6.3);
	ck_assert(stats_percent_rounded(1, 3, 4) == 33.3333);
	ck_assert_int_eq(stats_percent_places(0, 0, 85), 1);
	/* An interval end: 14 of 19 has its high end at 88.2, clear of 85; an
	 * end of 84.96 is printed 84.96, never 85.0 beside below. */
	double low, high;
	ck_assert_int_eq(stats_wilson(14, 19, &low, &high), 0);
	ck_assert_int_eq(stats_interval_places(high, 85), 1);
	ck_assert(stats_round(low, 1) == 51.2 && stats_round(high, 1) == 88.2);
	ck_assert_int_eq(stats_interval_places(84.96, 85), 2);
	/* 2 of 4: the high end is 84.9961, evidence below, printed 84.996. */
	ck_assert_int_eq(stats_wilson(2, 4, &low, &high), 0);
	ck_assert_int_eq(stats_evidence(2, 4, 85), EVIDENCE_BELOW);
	ck_assert_int_eq(stats_interval_places(high, 85), 3);
	ck_assert(stats_round(high, 3) == 84.996);
	ck_assert_int_eq(stats_interval_places(84.96, 85.0001), 2); /* thresholds to hundredths */
}
END_TEST

START_TEST(test_census_name)
{
	ck_assert_str_eq(stats_evidence_name(EVIDENCE_CENSUS), "census");
	ck_assert_str_eq(stats_evidence_name(EVIDENCE_NONE), "none");
}
END_TEST

int main(void)
{
	Suite *s = suite_create("stats");
	TCase *wilson = tcase_create("wilson");
	tcase_add_test(wilson, test_wilson_known_values);
	tcase_add_test(wilson, test_wilson_ends_exact);
	tcase_add_test(wilson, test_wilson_no_data);
	suite_add_tcase(s, wilson);
	TCase *rag = tcase_create("status and evidence");
	tcase_add_test(rag, test_status_boundaries);
	tcase_add_test(rag, test_evidence);
	tcase_add_test(rag, test_percent);
	tcase_add_test(rag, test_display_places);
	tcase_add_test(rag, test_census_name);
	suite_add_tcase(s, rag);
	TCase *size = tcase_create("sample size");
	tcase_add_test(size, test_sample_size);
	tcase_add_test(size, test_sample_size_refusals);
	tcase_add_test(size, test_sample_size_sentence);
	tcase_add_test(size, test_verdict_chance);
	suite_add_tcase(s, size);
	return fixture_run(s);
}
