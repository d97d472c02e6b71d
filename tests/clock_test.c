/* A build without the test clock (a packager's: plain cmake) never takes
 * "today" from $CASEAUDIT_TODAY. util.c is compiled here without
 * CASEAUDIT_TEST_CLOCK, as such a build compiles it. */
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "util.h"

START_TEST(test_today_ignores_the_variable)
{
	ck_assert_int_eq(setenv("CASEAUDIT_TODAY", "2099-01-01", 1), 0);
	char today[11];
	time_t before = time(NULL);
	date_today(today);
	time_t after = time(NULL);
	ck_assert_str_ne(today, "2099-01-01");
	ck_assert(date_valid(today));
	/* The clock's own date (either side of a midnight passing meanwhile). */
	char a[11], b[11];
	struct tm tm;
	localtime_r(&before, &tm);
	strftime(a, sizeof a, "%Y-%m-%d", &tm);
	localtime_r(&after, &tm);
	strftime(b, sizeof b, "%Y-%m-%d", &tm);
	ck_assert(strcmp(today, a) == 0 || strcmp(today, b) == 0);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("clock");
	TCase *tc = tcase_create("release");
	tcase_add_test(tc, test_today_ignores_the_variable);
	suite_add_tcase(s, tc);
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
