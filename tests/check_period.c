/* Reporting periods: --from/--to, --month, --quarter (calendar and
 * financial), --year (calendar and financial), all time, calendar months,
 * leap years and the refusals of bad input. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "fixture.h"
#include "period.h"
#include "util.h"

/* Parse and expect success with the given first and last day. */
static void expect(const char *from, const char *to, const char *month, const char *quarter,
	const char *first, const char *last, const char *label)
{
	Period p;
	char *cause = NULL;
	int rc = period_parse(from, to, month, quarter, NULL, &p, &cause);
	ck_assert_msg(rc == 0, "refused: %s", cause ? cause : "");
	ck_assert_int_eq(p.all_time, 0);
	ck_assert_str_eq(p.from, first);
	ck_assert_str_eq(p.to, last);
	ck_assert_str_eq(p.label, label);
}

/* Parse and expect a refusal whose message contains text. */
static void refuse(const char *from, const char *to, const char *month, const char *quarter, const char *text)
{
	Period p;
	char *cause = NULL;
	ck_assert_int_eq(period_parse(from, to, month, quarter, NULL, &p, &cause), -1);
	ck_assert_ptr_nonnull(cause);
	ck_assert_msg(strstr(cause, text) != NULL, "'%s' does not contain '%s'", cause, text);
	free(cause);
}

START_TEST(test_months)
{
	expect(NULL, NULL, "2016-07", NULL, "2016-07-01", "2016-07-31", "2016-07");
	expect(NULL, NULL, "2016-01", NULL, "2016-01-01", "2016-01-31", "2016-01");
	expect(NULL, NULL, "2016-12", NULL, "2016-12-01", "2016-12-31", "2016-12");
	expect(NULL, NULL, "2016-04", NULL, "2016-04-01", "2016-04-30", "2016-04");
	/* February in leap years: every 4th year, not every 100th, every 400th. */
	expect(NULL, NULL, "2016-02", NULL, "2016-02-01", "2016-02-29", "2016-02");
	expect(NULL, NULL, "2015-02", NULL, "2015-02-01", "2015-02-28", "2015-02");
	expect(NULL, NULL, "2000-02", NULL, "2000-02-01", "2000-02-29", "2000-02");
	expect(NULL, NULL, "1900-02", NULL, "1900-02-01", "1900-02-28", "1900-02");
	expect(NULL, NULL, "2100-02", NULL, "2100-02-01", "2100-02-28", "2100-02");
}
END_TEST

START_TEST(test_quarters)
{
	expect(NULL, NULL, NULL, "2016-Q1", "2016-01-01", "2016-03-31", "2016-Q1");
	expect(NULL, NULL, NULL, "2016-Q2", "2016-04-01", "2016-06-30", "2016-Q2");
	expect(NULL, NULL, NULL, "2016-Q3", "2016-07-01", "2016-09-30", "2016-Q3");
	expect(NULL, NULL, NULL, "2016-Q4", "2016-10-01", "2016-12-31", "2016-Q4");
	expect(NULL, NULL, NULL, "2016-q3", "2016-07-01", "2016-09-30", "2016-Q3");
	Period p;
	ck_assert_int_eq(period_parse(NULL, NULL, NULL, "2016-Q1", NULL, &p, NULL), 0);
	ck_assert_int_eq(period_month_count(&p), 3);
}
END_TEST

/* A council's financial year runs April to March: 2016/17-Q1 is April to
 * June 2016, Q3 October to December 2016, Q4 January to March 2017. */
START_TEST(test_financial_quarters)
{
	expect(NULL, NULL, NULL, "2016/17-Q1", "2016-04-01", "2016-06-30", "2016/17-Q1");
	expect(NULL, NULL, NULL, "2016/17-Q2", "2016-07-01", "2016-09-30", "2016/17-Q2");
	expect(NULL, NULL, NULL, "2016/17-Q3", "2016-10-01", "2016-12-31", "2016/17-Q3");
	expect(NULL, NULL, NULL, "2016/17-Q4", "2017-01-01", "2017-03-31", "2016/17-Q4");
	expect(NULL, NULL, NULL, "2016/17-q3", "2016-10-01", "2016-12-31", "2016/17-Q3");
	/* Across a century, and a leap February in Q4. */
	expect(NULL, NULL, NULL, "1999/00-Q4", "2000-01-01", "2000-03-31", "1999/00-Q4");
	expect(NULL, NULL, NULL, "2015/16-Q4", "2016-01-01", "2016-03-31", "2015/16-Q4");
	Period p;
	ck_assert_int_eq(period_parse(NULL, NULL, NULL, "2015/16-Q4", NULL, &p, NULL), 0);
	ck_assert_int_eq(period_month_count(&p), 3);
}
END_TEST

START_TEST(test_years)
{
	Period p;
	char *cause = NULL;
	ck_assert_int_eq(period_parse(NULL, NULL, NULL, NULL, "2016", &p, &cause), 0);
	ck_assert_str_eq(p.from, "2016-01-01");
	ck_assert_str_eq(p.to, "2016-12-31");
	ck_assert_str_eq(p.label, "2016");
	ck_assert_int_eq(period_parse(NULL, NULL, NULL, NULL, "2016/17", &p, &cause), 0);
	ck_assert_str_eq(p.from, "2016-04-01");
	ck_assert_str_eq(p.to, "2017-03-31");
	ck_assert_str_eq(p.label, "2016/17");
	ck_assert_int_eq(period_month_count(&p), 12);
	ck_assert_int_eq(period_parse(NULL, NULL, NULL, NULL, "1999/00", &p, &cause), 0);
	ck_assert_str_eq(p.to, "2000-03-31");
	const char *bad[] = {"2016/18", "2016/16", "16/17", "2016-17", "201617", "2016/1", "9999/00", "0000", "", "2016/"};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		ck_assert_msg(period_parse(NULL, NULL, NULL, NULL, bad[i], &p, &cause) == -1, "accepted %s", bad[i]);
		ck_assert_ptr_nonnull(strstr(cause, FIELD("year")));
		free(cause);
		cause = NULL;
	}
	ck_assert_int_eq(period_parse(NULL, NULL, NULL, NULL, "2016/18", &p, &cause), -1);
	ck_assert_str_eq(cause, FIELD("year") " '2016/18' is not a financial year: the financial year that starts in "
	                        "April 2016 is 2016/17; expected YYYY/YY, e.g. 2016/17 for April 2016 to March 2017");
	free(cause);
}
END_TEST

START_TEST(test_from_to)
{
	expect("2016-07-15", "2016-09-02", NULL, NULL, "2016-07-15", "2016-09-02", "2016-07-15 to 2016-09-02");
	expect("2016-02-29", "2016-02-29", NULL, NULL, "2016-02-29", "2016-02-29", "2016-02-29 to 2016-02-29");
	Period p;
	ck_assert_int_eq(period_parse("2015-12-31", "2016-01-01", NULL, NULL, NULL, &p, NULL), 0);
	ck_assert_int_eq(period_month_count(&p), 2);
	ck_assert_int_eq(period_parse("2016-07-15", "2016-09-02", NULL, NULL, NULL, &p, NULL), 0);
	ck_assert_int_eq(period_month_count(&p), 3);
	ck_assert_int_eq(period_first_month(&p).month, 7);
	ck_assert_int_eq(period_last_month(&p).month, 9);
}
END_TEST

START_TEST(test_all_time)
{
	Period p;
	char *cause = NULL;
	ck_assert_int_eq(period_parse(NULL, NULL, NULL, NULL, NULL, &p, &cause), 0);
	ck_assert_int_eq(p.all_time, 1);
	ck_assert_str_eq(p.from, "");
	ck_assert_str_eq(p.to, "");
	ck_assert_str_eq(p.label, "all time");
}
END_TEST

START_TEST(test_last_complete_month)
{
	Period p;
	/* On a month's last day that month is not yet complete. */
	period_last_complete_month("2016-11-30", &p);
	ck_assert_str_eq(p.from, "2016-10-01");
	ck_assert_str_eq(p.to, "2016-10-31");
	period_last_complete_month("2016-12-01", &p);
	ck_assert_str_eq(p.from, "2016-11-01");
	ck_assert_str_eq(p.to, "2016-11-30");
	/* Across the year end, and into a leap February. */
	period_last_complete_month("2017-01-15", &p);
	ck_assert_str_eq(p.from, "2016-12-01");
	ck_assert_str_eq(p.to, "2016-12-31");
	period_last_complete_month("2016-03-01", &p);
	ck_assert_str_eq(p.to, "2016-02-29");
	ck_assert_str_eq(p.label, "2016-02");
}
END_TEST

START_TEST(test_month_walk)
{
	Month m = {2015, 11};
	char name[8], first[11], last[11];
	const char *names[] = {"2015-11", "2015-12", "2016-01", "2016-02", "2016-03"};
	const char *lasts[] = {"2015-11-30", "2015-12-31", "2016-01-31", "2016-02-29", "2016-03-31"};
	for (int i = 0; i < 5; i++, m = month_next(m)) {
		month_name(m, name);
		month_first_day(m, first);
		month_last_day(m, last);
		ck_assert_str_eq(name, names[i]);
		ck_assert_str_eq(last, lasts[i]);
		ck_assert_int_eq(strncmp(first, names[i], 7), 0);
		ck_assert_str_eq(first + 7, "-01");
	}
	Month jan = {2016, 1};
	Month dec = month_previous(jan);
	ck_assert_int_eq(dec.year, 2015);
	ck_assert_int_eq(dec.month, 12);
	ck_assert_int_eq(month_index(jan) - month_index(dec), 1);
	Month back = month_from_index(month_index(jan));
	ck_assert_int_eq(back.year, 2016);
	ck_assert_int_eq(back.month, 1);
	Month of = month_of_date("2016-02-29");
	ck_assert_int_eq(of.year, 2016);
	ck_assert_int_eq(of.month, 2);
}
END_TEST

START_TEST(test_refusals)
{
	refuse(NULL, NULL, "2016-13", NULL, FIELD("month") " '2016-13' is not a month; expected YYYY-MM");
	refuse(NULL, NULL, "2016-00", NULL, "is not a month");
	refuse(NULL, NULL, "2016-7", NULL, "is not a month");
	refuse(NULL, NULL, "2016-07-01", NULL, "is not a month");
	refuse(NULL, NULL, "July", NULL, "is not a month");
	refuse(NULL, NULL, "", NULL, "is not a month");
	refuse(NULL, NULL, "0000-01", NULL, "is not a month");
	refuse(NULL, NULL, NULL, "2016-Q5", FIELD("quarter") " '2016-Q5' is not a quarter; expected YYYY-QN with N from 1 to 4");
	refuse(NULL, NULL, NULL, "2016-Q0", "is not a quarter");
	refuse(NULL, NULL, NULL, "2016Q3", "is not a quarter");
	refuse(NULL, NULL, NULL, "2016-3", "is not a quarter");
	refuse(NULL, NULL, NULL, "2016-Q33", "is not a quarter");
	refuse(NULL, NULL, NULL, "2016/18-Q3", FIELD("quarter") " '2016/18-Q3' is not a financial year's quarter: the "
	       "financial year that starts in April 2016 is 2016/17");
	refuse(NULL, NULL, NULL, "2016/17-Q5", "is not a quarter");
	refuse(NULL, NULL, NULL, "2016/17Q3", "is not a quarter");
	refuse(NULL, NULL, NULL, "2016-17-Q3", "is not a quarter");
	refuse("2016-02-30", "2016-03-01", NULL, NULL, FIELD("from") " '2016-02-30' is not a real date; expected YYYY-MM-DD");
	refuse("2015-02-01", "2015-02-29", NULL, NULL, FIELD("to") " '2015-02-29' is not a real date");
	refuse("2016-09-01", "2016-08-31", NULL, NULL, FIELD("from") " 2016-09-01 is after " FIELD("to") " 2016-08-31");
	refuse("2016-09-01", NULL, NULL, NULL, FIELD("from") " needs " FIELD("to") " too");
	refuse(NULL, "2016-09-01", NULL, NULL, FIELD("to") " needs " FIELD("from") " too");
	refuse("2016-01-01", "2016-02-01", "2016-01", NULL, "give one period");
	refuse(NULL, NULL, "2016-01", "2016-Q1", "give one period");
	refuse(NULL, "2016-02-01", NULL, "2016-Q1", "give one period");
}
END_TEST

int main(void)
{
	Suite *s = suite_create("period");
	TCase *tc = tcase_create("period");
	tcase_add_test(tc, test_months);
	tcase_add_test(tc, test_quarters);
	tcase_add_test(tc, test_financial_quarters);
	tcase_add_test(tc, test_years);
	tcase_add_test(tc, test_from_to);
	tcase_add_test(tc, test_all_time);
	tcase_add_test(tc, test_last_complete_month);
	tcase_add_test(tc, test_month_walk);
	tcase_add_test(tc, test_refusals);
	suite_add_tcase(s, tc);
	return fixture_run(s);
}
