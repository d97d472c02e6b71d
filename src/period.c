/* Reporting periods and calendar months (see period.h). */
#include "period.h"

#include <stdio.h>
#include <string.h>

#include "util.h"

int month_index(Month m)
{
	return m.year * 12 + (m.month - 1);
}

Month month_from_index(int index)
{
	Month m = {index / 12, index % 12 + 1};
	return m;
}

Month month_next(Month m)
{
	return month_from_index(month_index(m) + 1);
}

Month month_previous(Month m)
{
	return month_from_index(month_index(m) - 1);
}

Month month_of_date(const char *date)
{
	Month m = {parse_digits(date, 4), parse_digits(date + 5, 2)};
	return m;
}

/* snprintf into a small fixed buffer; the formats below cannot exceed it
 * for years 1..9999, but the compiler cannot know the year's range. */
void month_first_day(Month m, char out[11])
{
	char text[32];
	snprintf(text, sizeof text, "%04d-%02d-01", m.year, m.month);
	memcpy(out, text, 11);
}

void month_last_day(Month m, char out[11])
{
	char text[32];
	snprintf(text, sizeof text, "%04d-%02d-%02d", m.year, m.month, date_days_in_month(m.year, m.month));
	memcpy(out, text, 11);
}

void month_name(Month m, char out[8])
{
	char text[32];
	snprintf(text, sizeof text, "%04d-%02d", m.year, m.month);
	memcpy(out, text, 8);
}

void period_all_time(Period *out)
{
	memset(out, 0, sizeof *out);
	out->all_time = 1;
	snprintf(out->label, sizeof out->label, "all time");
}

void period_of_month(Month m, Period *out)
{
	memset(out, 0, sizeof *out);
	month_first_day(m, out->from);
	month_last_day(m, out->to);
	month_name(m, out->label);
}

void period_last_complete_month(const char *today, Period *out)
{
	/* Even on a month's last day that month is not over yet. */
	period_of_month(month_previous(month_of_date(today)), out);
}

int period_of_month_text(const char *text, Period *out, char **cause)
{
	int year = -1, month = -1;
	if (strlen(text) == 7 && text[4] == '-') {
		year = parse_digits(text, 4);
		month = parse_digits(text + 5, 2);
	}
	if (year < 1 || month < 1 || month > 12)
		return failure(cause, FIELD("month") " '%s' is not a month; expected YYYY-MM, e.g. 2016-07", text);
	Month m = {year, month};
	period_of_month(m, out);
	return 0;
}

/* "YYYY/YY" at text: a financial year (April to March) whose second
 * part is the next year's last two digits. Sets *year to its first year;
 * 0, 1 when the text is of that shape but the years do not follow, -1
 * when it is not of that shape at all. */
static int financial_year(const char *text, int *year)
{
	if (text[4] != '/')
		return -1;
	int first = parse_digits(text, 4), second = parse_digits(text + 5, 2);
	if (first < 1 || second < 0)
		return -1;
	*year = first;
	return (first + 1) % 100 == second && first < 9999 ? 0 : 1;
}

static void set_range(Period *out, Month first, Month last)
{
	memset(out, 0, sizeof *out);
	month_first_day(first, out->from);
	month_last_day(last, out->to);
}

int period_of_quarter_text(const char *text, Period *out, char **cause)
{
	size_t n = strlen(text);
	int year = -1, quarter = -1;
	if (n == 10 && text[7] == '-' && (text[8] == 'Q' || text[8] == 'q')) {
		int fy = financial_year(text, &year);
		quarter = parse_digits(text + 9, 1);
		if (fy == 1)
			return failure(cause, FIELD("quarter") " '%s' is not a financial year's quarter: the financial year that "
			               "starts in April %04d is %04d/%02d; expected YYYY/YY-QN, e.g. 2016/17-Q3 for October to "
			               "December 2016", text, year, year, (year + 1) % 100);
		if (fy == 0 && quarter >= 1 && quarter <= 4) {
			/* Q1 is April to June of the first year; Q4 January to March of the next. */
			Month first = month_from_index(month_index((Month){year, 4}) + 3 * (quarter - 1));
			Month last = month_from_index(month_index(first) + 2);
			set_range(out, first, last);
			snprintf(out->label, sizeof out->label, "%04d/%02d-Q%d", year, (year + 1) % 100, quarter);
			return 0;
		}
		year = -1;
	} else if (n == 7 && text[4] == '-' && (text[5] == 'Q' || text[5] == 'q')) {
		year = parse_digits(text, 4);
		quarter = parse_digits(text + 6, 1);
	}
	if (year < 1 || quarter < 1 || quarter > 4)
		return failure(cause, FIELD("quarter") " '%s' is not a quarter; expected YYYY-QN with N from 1 to 4, "
		               "e.g. 2016-Q3 for July to September, or a financial year's YYYY/YY-QN, "
		               "e.g. 2016/17-Q3 for October to December 2016", text);
	Month first = {year, 3 * (quarter - 1) + 1}, last = {year, 3 * quarter};
	set_range(out, first, last);
	snprintf(out->label, sizeof out->label, "%04d-Q%d", year, quarter);
	return 0;
}

int period_of_year_text(const char *text, Period *out, char **cause)
{
	size_t n = strlen(text);
	int year = -1;
	if (n == 7) {
		int fy = financial_year(text, &year);
		if (fy == 1)
			return failure(cause, FIELD("year") " '%s' is not a financial year: the financial year that starts in "
			               "April %04d is %04d/%02d; expected YYYY/YY, e.g. 2016/17 for April 2016 to March 2017",
			               text, year, year, (year + 1) % 100);
		if (fy == 0) {
			set_range(out, (Month){year, 4}, (Month){year + 1, 3});
			snprintf(out->label, sizeof out->label, "%04d/%02d", year, (year + 1) % 100);
			return 0;
		}
		year = -1;
	} else if (n == 4) {
		year = parse_digits(text, 4);
	}
	if (year < 1)
		return failure(cause, FIELD("year") " '%s' is not a year; expected YYYY for a calendar year, e.g. 2016, "
		               "or YYYY/YY for a financial year (April to March), e.g. 2016/17", text);
	set_range(out, (Month){year, 1}, (Month){year, 12});
	snprintf(out->label, sizeof out->label, "%04d", year);
	return 0;
}

int period_parse(const char *from, const char *to, const char *month, const char *quarter, const char *year,
	Period *out, char **cause)
{
	int given = (from != NULL || to != NULL) + (month != NULL) + (quarter != NULL) + (year != NULL);
	if (given > 1)
		return failure(cause, "give one period: " FIELD("from") " and " FIELD("to") ", or " FIELD("month") ", or " FIELD("quarter") ", or " FIELD("year"));
	if (month != NULL)
		return period_of_month_text(month, out, cause);
	if (quarter != NULL)
		return period_of_quarter_text(quarter, out, cause);
	if (year != NULL)
		return period_of_year_text(year, out, cause);
	if (from == NULL && to == NULL) {
		period_all_time(out);
		return 0;
	}
	if (from == NULL || to == NULL)
		return failure(cause, "%s needs %s too: a period is " FIELD("from") " DATE " FIELD("to") " DATE, both inclusive",
		               from ? FIELD("from") : FIELD("to"), from ? FIELD("to") : FIELD("from"));
	if (!date_valid(from))
		return failure(cause, FIELD("from") " '%s' is not a real date; expected YYYY-MM-DD", from);
	if (!date_valid(to))
		return failure(cause, FIELD("to") " '%s' is not a real date; expected YYYY-MM-DD", to);
	if (strcmp(from, to) > 0)
		return failure(cause, FIELD("from") " %s is after " FIELD("to") " %s; the period must start on or before its last day",
		               from, to);
	memset(out, 0, sizeof *out);
	memcpy(out->from, from, 11);
	memcpy(out->to, to, 11);
	snprintf(out->label, sizeof out->label, "%s to %s", from, to);
	return 0;
}

Month period_first_month(const Period *p)
{
	return month_of_date(p->from);
}

Month period_last_month(const Period *p)
{
	return month_of_date(p->to);
}

int period_month_count(const Period *p)
{
	return month_index(period_last_month(p)) - month_index(period_first_month(p)) + 1;
}
