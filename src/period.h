/* Reporting periods and calendar months: parsing --from/--to, --month,
 * --quarter and --year (calendar or a council's financial year), and walking the calendar months a period covers. Pure: no
 * I/O, no database. Dates are YYYY-MM-DD text, which sorts as it reads. */
#ifndef CASEAUDIT_PERIOD_H
#define CASEAUDIT_PERIOD_H

/* A closed range of days, or all time. */
typedef struct {
	int all_time;    /* no period given: from and to are empty */
	char from[11];   /* first day, inclusive */
	char to[11];     /* last day, inclusive */
	char label[32];  /* for people: "2016-Q3", "2016/17-Q3", "2016", "2016/17", "2016-07",
	                    "2016-07-01 to 2016-09-30", "all time" */
} Period;

/* A calendar month. */
typedef struct {
	int year;   /* 1..9999 */
	int month;  /* 1..12 */
} Month;

/* The period named by the compliance options, each NULL when absent:
 * --from and --to together (both inclusive), or --month YYYY-MM, or
 * --quarter YYYY-QN (Q1 is January to March) or YYYY/YY-QN (a financial
 * year, April to March: 2016/17-Q1 is April to June 2016, Q3 October to
 * December 2016, Q4 January to March 2017), or --year YYYY (calendar) or
 * YYYY/YY (financial: April YYYY to March of the next year); none of
 * them means all time. 0, or -1 with *cause naming the bad option and
 * what is expected (2016/18 is refused: 2016/17 follows 2016). */
int period_parse(const char *from, const char *to, const char *month, const char *quarter, const char *year,
	Period *out, char **cause);

/* One month ("YYYY-MM"), quarter ("YYYY-QN", "YYYY/YY-QN") or year
 * ("YYYY", "YYYY/YY") as a period. */
int period_of_month_text(const char *text, Period *out, char **cause);
int period_of_quarter_text(const char *text, Period *out, char **cause);
int period_of_year_text(const char *text, Period *out, char **cause);

void period_all_time(Period *out);
/* The period covering exactly month m. */
void period_of_month(Month m, Period *out);
/* The last calendar month that ended before today (a valid date): the
 * default for targets measured per worker when no period is given. */
void period_last_complete_month(const char *today, Period *out);

/* The month a valid date falls in. */
Month month_of_date(const char *date);
Month month_next(Month m);
Month month_previous(Month m);
/* Months counted from year 0, so that months compare and subtract. */
int month_index(Month m);
Month month_from_index(int index);
/* First and last day of m, and its name "YYYY-MM"; out holds 11 / 8 bytes. */
void month_first_day(Month m, char out[11]);
void month_last_day(Month m, char out[11]);
void month_name(Month m, char out[8]);

/* The calendar months a (bounded) period touches, first and last
 * inclusive; a period from 2016-07-15 to 2016-09-02 touches July, August
 * and September. The count is at least 1. */
Month period_first_month(const Period *p);
Month period_last_month(const Period *p);
int period_month_count(const Period *p);

#endif
