# CONTRACT.md, PERIOD: --from/--to (both inclusive), --month, calendar and
# financial --quarter and --year, each stated in the output; with no
# period, all time from the first month with a record to the last
# complete month; one period only; real dates.
$ caseaudit -c "team add T" -c "worker add M --team T --role team-manager" -c "case add C1 --team T" > /dev/null
$ caseaudit -c "audit add C1 --date 2016-03-15 --auditor M --grade good --submit CHRON=met"
1
$ caseaudit --mode csv -c "compliance --from 2016-03-15 --to 2016-03-15 --target CHRON" | cut -d, -f1,2,3,10,11
target,numerator,denominator,period_from,period_to^M
CHRON,1,1,2016-03-15,2016-03-15^M
$ caseaudit --mode csv -c "compliance --month 2016-02 --target CHRON" | cut -d, -f1,2,3,10,11
target,numerator,denominator,period_from,period_to^M
CHRON,0,0,2016-02-01,2016-02-29^M
$ caseaudit --mode csv -c "compliance --quarter 2016-Q3 --target CHRON" | cut -d, -f1,2,3,10,11
target,numerator,denominator,period_from,period_to^M
CHRON,0,0,2016-07-01,2016-09-30^M
$ caseaudit --mode csv -c "compliance --quarter 2016/17-Q3 --target CHRON" | cut -d, -f1,2,3,10,11
target,numerator,denominator,period_from,period_to^M
CHRON,0,0,2016-10-01,2016-12-31^M
$ caseaudit --mode csv -c "compliance --quarter 2016/17-Q4 --target CHRON" | cut -d, -f1,2,3,10,11
target,numerator,denominator,period_from,period_to^M
CHRON,0,0,2017-01-01,2017-03-31^M
$ caseaudit --mode csv -c "compliance --year 2016 --target CHRON" | cut -d, -f1,2,3,10,11
target,numerator,denominator,period_from,period_to^M
CHRON,1,1,2016-01-01,2016-12-31^M
$ caseaudit --mode csv -c "compliance --year 2016/17 --target CHRON" | cut -d, -f1,2,3,10,11
target,numerator,denominator,period_from,period_to^M
CHRON,0,0,2016-04-01,2017-03-31^M
$ caseaudit --mode csv -c "compliance --year 2015/16 --target CHRON" | cut -d, -f1,2,3,10,11
target,numerator,denominator,period_from,period_to^M
CHRON,1,1,2015-04-01,2016-03-31^M
$ # With no period: all time, from the first month with a record to the last
$ # complete month (here October also holds one: see the report on a791b09).
$ caseaudit -c "case add C2 --team T" -c "audit add C2 --date 2016-10-20 --auditor M --grade good --submit CHRON=not-met"
2
$ caseaudit --mode csv -c "compliance --target CHRON" | cut -d, -f1,2,3,10,11
target,numerator,denominator,period_from,period_to^M
CHRON,1,2,2016-03-01,2016-10-31^M
$ caseaudit -c "compliance --target CHRON" | tail -n 2 | cut -c1-60
Period: all records, 2016-03 to 2016-10 (2016-03-01 to 2016-
Thresholds as in force today (2016-11-30).
$ caseaudit -c "compliance --quarter 2016/17-Q3 --target CHRON" | tail -n 1
Period: 2016/17-Q3 (2016-10-01 to 2016-12-31).
$ caseaudit -c "compliance --month 2016-02 --year 2016"
! error: give one period: --from and --to, or --month, or --quarter, or --year
? 1
$ caseaudit -c "compliance --from 2016-02-30 --to 2016-03-31"
! error: --from '2016-02-30' is not a real date; expected YYYY-MM-DD
? 1
$ caseaudit -c "compliance --year 2016/18"
! error: --year '2016/18' is not a financial year: the financial year that starts in April 2016 is 2016/17; expected YYYY/YY, e.g. 2016/17 for April 2016 to March 2017
? 1
$ caseaudit -c "compliance --quarter 2016-Q5"
! error: --quarter '2016-Q5' is not a quarter; expected YYYY-QN with N from 1 to 4, e.g. 2016-Q3 for July to September, or a financial year's YYYY/YY-QN, e.g. 2016/17-Q3 for October to December 2016
? 1
