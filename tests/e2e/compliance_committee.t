# compliance figures that hold up at committee (issue 12): census rows for
# the targets that count everyone, honest rounding in every mode,
# financial quarters and years, one stated span when no period is given,
# workers as they were, --type, --by service and --detail.
$ cat > council.txt <<'EOF'
> team add "Assessment Team" --service "Children in Need"
> team add "Children in Care Team" --service "Children in Care"
> worker add "Sam Patel" --team "Assessment Team" --role team-manager --trained 2016-01-10
> worker add "Jo Evans" --team "Children in Care Team" --role team-manager
> worker add "Amy Cole" --team "Assessment Team" --role social-worker --agreement 2016-02-01
> worker add "Ben Hart" --team "Assessment Team" --role social-worker
> worker add "Cat Diaz" --team "Children in Care Team" --role aqw --agreement 2016-03-01
> supervision add "Amy Cole" --by "Sam Patel" --date 2016-10-05
> supervision add "Amy Cole" --by "Sam Patel" --date 2016-11-07
> supervision add "Amy Cole" --by "Sam Patel" --date 2016-12-06
> supervision add "Ben Hart" --by "Sam Patel" --date 2016-10-12
> supervision add "Ben Hart" --by "Sam Patel" --date 2016-12-01
> supervision add "Cat Diaz" --by "Jo Evans" --date 2016-10-03
> supervision add "Cat Diaz" --by "Jo Evans" --date 2016-11-03
> supervision add "Cat Diaz" --by "Jo Evans" --date 2016-12-02
> EOF
$ # 153 files of the Assessment Team audited in October to December 2016,
$ # 130 with a chronology that met the standard: 84.967...%, amber.
$ for i in $(seq 1 153); do n=$(printf "A%03d" $i); echo "case add $n --team 'Assessment Team'"; done >> council.txt
$ for i in $(seq 1 153); do n=$(printf "A%03d" $i); r=met; [ $i -gt 130 ] && r=not-met; m=$(( (i % 3) + 10 )); echo "audit add $n --date 2016-$m-0$(( (i % 9) + 1 )) --auditor 'Sam Patel' --grade good --submit CHRON=$r"; done >> council.txt
$ # Six files of the Children in Care Team: one themed audit by the manager.
$ for i in 1 2 3 4 5 6; do echo "case add C00$i --team 'Children in Care Team' --status cic"; done >> council.txt
$ for i in 1 2 3 4 5; do echo "audit add C00$i --date 2016-11-1$i --auditor 'Jo Evans' --grade good --submit CHRON=met IHA=met"; done >> council.txt
$ echo "audit add C006 --date 2016-11-20 --auditor 'Jo Evans' --type themed --grade requires-improvement --submit CHRON=not-met 'IHA=not-met' " >> council.txt
$ CASEAUDIT_TODAY=2017-01-20 caseaudit --bail -f council.txt > /dev/null
$ # ---- a financial quarter: 2016/17-Q3 is October to December 2016.
$ # The Assessment Team's CHRON, 130 of 153, is 84.967...: shown 84.97,
$ # never 85.0 beside amber (both teams, 135 of 159, is 84.9). The worker targets count everyone: a
$ # census, exact, with no interval.
$ CASEAUDIT_TODAY=2017-01-20 caseaudit -c "compliance --quarter 2016/17-Q3 --by team --target CHRON" -c "compliance --quarter 2016/17-Q3 --team 'Assessment Team' --target CHRON"
target  team                   numerator  denominator  percent  threshold  status  ci_low  ci_high  evidence
------  ---------------------  ---------  -----------  -------  ---------  ------  ------  -------  ------------
CHRON   Assessment Team              130          153    84.97         85  amber     78.5     89.8  inconclusive
CHRON   Children in Care Team          5            6     83.3         85  amber     43.6     97.0  inconclusive
Period: 2016/17-Q3 (2016-10-01 to 2016-12-31).
target  numerator  denominator  percent  threshold  status  ci_low  ci_high  evidence
------  ---------  -----------  -------  ---------  ------  ------  -------  ------------
CHRON         130          153    84.97         85  amber     78.5     89.8  inconclusive
Period: 2016/17-Q3 (2016-10-01 to 2016-12-31).
$ CASEAUDIT_TODAY=2017-01-20 caseaudit --mode csv -c "compliance --quarter 2016/17-Q3 --team 'Assessment Team' --target CHRON"
target,numerator,denominator,percent,threshold,status,ci_low,ci_high,evidence,period_from,period_to^M
CHRON,130,153,84.97,85,amber,78.5,89.8,inconclusive,2016-10-01,2016-12-31^M
$ CASEAUDIT_TODAY=2017-01-20 caseaudit --mode json -c "compliance --quarter 2016/17-Q3 --team 'Assessment Team' --target CHRON"
[
 {"target": "CHRON", "numerator": 130, "denominator": 153, "percent": 84.97, "threshold": 85, "status": "amber", "ci_low": 78.5, "ci_high": 89.8, "evidence": "inconclusive", "period_from": "2016-10-01", "period_to": "2016-12-31"}
]
$ CASEAUDIT_TODAY=2017-01-20 caseaudit -c "compliance --quarter 2016/17-Q3 --target SUP-REGULAR" -c "compliance --quarter 2016/17-Q3 --target SUP-AGREEMENT" -c "compliance --quarter 2016/17-Q3 --target SUP-TRAINED"
target       numerator  denominator  percent  threshold  status  ci_low  ci_high  evidence
-----------  ---------  -----------  -------  ---------  ------  ------  -------  --------
SUP-REGULAR          2            3     66.7         90  red                      census
Period: 2016/17-Q3 (2016-10-01 to 2016-12-31).
target         numerator  denominator  percent  threshold  status  ci_low  ci_high  evidence
-------------  ---------  -----------  -------  ---------  ------  ------  -------  --------
SUP-AGREEMENT          2            3     66.7         90  red                      census
Period: 2016/17-Q3 (2016-10-01 to 2016-12-31).
target       numerator  denominator  percent  threshold  status  ci_low  ci_high  evidence
-----------  ---------  -----------  -------  ---------  ------  ------  -------  --------
SUP-TRAINED          1            2     50.0         90  red                      census
Period: 2016/17-Q3 (2016-10-01 to 2016-12-31).
$ CASEAUDIT_TODAY=2017-01-20 caseaudit --mode csv -c "compliance --quarter 2016/17-Q3 --target SUP-REGULAR"
target,numerator,denominator,percent,threshold,status,ci_low,ci_high,evidence,period_from,period_to^M
SUP-REGULAR,2,3,66.7,90,red,,,census,2016-10-01,2016-12-31^M
$ CASEAUDIT_TODAY=2017-01-20 caseaudit --mode json -c "compliance --quarter 2016/17-Q3 --target SUP-AGREEMENT"
[
 {"target": "SUP-AGREEMENT", "numerator": 2, "denominator": 3, "percent": 66.7, "threshold": 90, "status": "red", "ci_low": null, "ci_high": null, "evidence": "census", "period_from": "2016-10-01", "period_to": "2016-12-31"}
]
$ # ---- the financial year and the calendar year
$ CASEAUDIT_TODAY=2017-01-20 caseaudit --mode csv -c "compliance --year 2016/17 --target CHRON" -c "compliance --year 2016 --target CHRON" -c "compliance --year 2017 --target CHRON"
target,numerator,denominator,percent,threshold,status,ci_low,ci_high,evidence,period_from,period_to^M
CHRON,135,159,84.9,85,amber,78.5,89.6,inconclusive,2016-04-01,2017-03-31^M
target,numerator,denominator,percent,threshold,status,ci_low,ci_high,evidence,period_from,period_to^M
CHRON,135,159,84.9,85,amber,78.5,89.6,inconclusive,2016-01-01,2016-12-31^M
target,numerator,denominator,percent,threshold,status,ci_low,ci_high,evidence,period_from,period_to^M
CHRON,0,0,,85,no-data,,,none,2017-01-01,2017-12-31^M
$ CASEAUDIT_TODAY=2017-01-20 caseaudit -c "compliance --year 2016/17 --target CHRON"
target  numerator  denominator  percent  threshold  status  ci_low  ci_high  evidence
------  ---------  -----------  -------  ---------  ------  ------  -------  ------------
CHRON         135          159     84.9         85  amber     78.5     89.6  inconclusive
Period: 2016/17 (2016-04-01 to 2017-03-31).
$ # ---- no period: one span for every target, from the first month with a
$ # record (October) to the last complete month (December), stated; the
$ # worker targets no longer take one month of their own.
$ CASEAUDIT_TODAY=2017-01-20 caseaudit -c "compliance --target SUP-REGULAR" -c "compliance --target CHRON"
target       numerator  denominator  percent  threshold  status  ci_low  ci_high  evidence
-----------  ---------  -----------  -------  ---------  ------  ------  -------  --------
SUP-REGULAR          2            3     66.7         90  red                      census
Period: all records, 2016-10 to 2016-12 (2016-10-01 to 2016-12-31): from the first month with a record to the last complete month, for every target.
Thresholds as in force today (2017-01-20).
target  numerator  denominator  percent  threshold  status  ci_low  ci_high  evidence
------  ---------  -----------  -------  ---------  ------  ------  -------  ------------
CHRON         135          159     84.9         85  amber     78.5     89.6  inconclusive
Period: all records, 2016-10 to 2016-12 (2016-10-01 to 2016-12-31): from the first month with a record to the last complete month, for every target.
Thresholds as in force today (2017-01-20).
$ CASEAUDIT_TODAY=2017-01-20 caseaudit --mode csv -c "compliance --target SUP-REGULAR"
target,numerator,denominator,percent,threshold,status,ci_low,ci_high,evidence,period_from,period_to^M
SUP-REGULAR,2,3,66.7,90,red,,,census,2016-10-01,2016-12-31^M
$ # ---- --type: the themed audit apart from the dip samples
$ CASEAUDIT_TODAY=2017-01-20 caseaudit --mode csv -c "compliance --quarter 2016/17-Q3 --target IHA --type dip-sample" -c "compliance --quarter 2016/17-Q3 --target IHA --type themed" -c "compliance --quarter 2016/17-Q3 --target IHA"
target,numerator,denominator,percent,threshold,status,ci_low,ci_high,evidence,period_from,period_to^M
IHA,5,5,100.0,95,green,56.6,100.0,inconclusive,2016-10-01,2016-12-31^M
target,numerator,denominator,percent,threshold,status,ci_low,ci_high,evidence,period_from,period_to^M
IHA,0,1,0.0,95,red,0.0,79.3,below,2016-10-01,2016-12-31^M
target,numerator,denominator,percent,threshold,status,ci_low,ci_high,evidence,period_from,period_to^M
IHA,5,6,83.3,95,red,43.6,97.0,inconclusive,2016-10-01,2016-12-31^M
$ # ---- --by service: the teams' --service
$ CASEAUDIT_TODAY=2017-01-20 caseaudit -c "compliance --quarter 2016/17-Q3 --by service --target CHRON"
target  service           numerator  denominator  percent  threshold  status  ci_low  ci_high  evidence
------  ----------------  ---------  -----------  -------  ---------  ------  ------  -------  ------------
CHRON   Children in Care          5            6     83.3         85  amber     43.6     97.0  inconclusive
CHRON   Children in Need        130          153    84.97         85  amber     78.5     89.8  inconclusive
Period: 2016/17-Q3 (2016-10-01 to 2016-12-31).
$ CASEAUDIT_TODAY=2017-01-20 caseaudit --mode json -c "compliance --quarter 2016/17-Q3 --by service --target SUP-AGREEMENT"
[
 {"target": "SUP-AGREEMENT", "service": "Children in Care", "numerator": 1, "denominator": 1, "percent": 100.0, "threshold": 90, "status": "green", "ci_low": null, "ci_high": null, "evidence": "census", "period_from": "2016-10-01", "period_to": "2016-12-31"},
 {"target": "SUP-AGREEMENT", "service": "Children in Need", "numerator": 1, "denominator": 2, "percent": 50.0, "threshold": 90, "status": "red", "ci_low": null, "ci_high": null, "evidence": "census", "period_from": "2016-10-01", "period_to": "2016-12-31"}
]
$ # ---- --detail: the records behind a figure, --failing the exceptions
$ CASEAUDIT_TODAY=2017-01-20 caseaudit -c "compliance --quarter 2016/17-Q3 --target IHA --detail"
audit  case  team                   auditor   date        result   note  type
-----  ----  ---------------------  --------  ----------  -------  ----  ----------
  154  C001  Children in Care Team  Jo Evans  2016-11-11  met            dip-sample
  155  C002  Children in Care Team  Jo Evans  2016-11-12  met            dip-sample
  156  C003  Children in Care Team  Jo Evans  2016-11-13  met            dip-sample
  157  C004  Children in Care Team  Jo Evans  2016-11-14  met            dip-sample
  158  C005  Children in Care Team  Jo Evans  2016-11-15  met            dip-sample
  159  C006  Children in Care Team  Jo Evans  2016-11-20  not-met        themed
Period: 2016/17-Q3 (2016-10-01 to 2016-12-31).
$ CASEAUDIT_TODAY=2017-01-20 caseaudit --mode csv -c "compliance --quarter 2016/17-Q3 --target CHRON --detail --failing --team 'Children in Care Team'"
audit,case,team,auditor,date,result,note,type^M
159,C006,Children in Care Team,Jo Evans,2016-11-20,not-met,,themed^M
$ CASEAUDIT_TODAY=2017-01-20 caseaudit --mode csv -c "compliance --quarter 2016/17-Q3 --target CHRON --detail --failing" | wc -l
25
$ CASEAUDIT_TODAY=2017-01-20 caseaudit -c "compliance --quarter 2016/17-Q3 --target SUP-REGULAR --detail"
worker    team                   role           result   months_without
--------  ---------------------  -------------  -------  --------------
Amy Cole  Assessment Team        social-worker  met      
Ben Hart  Assessment Team        social-worker  not-met  2016-11
Cat Diaz  Children in Care Team  aqw            met      
Period: 2016/17-Q3 (2016-10-01 to 2016-12-31).
$ CASEAUDIT_TODAY=2017-01-20 caseaudit --mode json -c "compliance --quarter 2016/17-Q3 --target SUP-REGULAR --detail --failing"
[
 {"worker": "Ben Hart", "team": "Assessment Team", "role": "social-worker", "result": "not-met", "months_without": "2016-11"}
]
$ CASEAUDIT_TODAY=2017-01-20 caseaudit --mode csv -c "compliance --quarter 2016/17-Q3 --target SUP-AGREEMENT --detail"
worker,team,role,result,agreement^M
Amy Cole,Assessment Team,social-worker,met,2016-02-01^M
Ben Hart,Assessment Team,social-worker,not-met,^M
Cat Diaz,Children in Care Team,aqw,met,2016-03-01^M
$ # ---- a worker moved today leaves last quarter's figures as they were
$ # (the change is dated today; the quarter ended before it).
$ CASEAUDIT_TODAY=2017-01-20 caseaudit -c "worker set 'Ben Hart' --team 'Children in Care Team' --role aqw"
$ CASEAUDIT_TODAY=2017-01-20 caseaudit --mode csv -c "compliance --quarter 2016/17-Q3 --by team --target SUP-REGULAR"
target,team,numerator,denominator,percent,threshold,status,ci_low,ci_high,evidence,period_from,period_to^M
SUP-REGULAR,Assessment Team,1,2,50.0,90,red,,,census,2016-10-01,2016-12-31^M
SUP-REGULAR,Children in Care Team,1,1,100.0,90,green,,,census,2016-10-01,2016-12-31^M
$ CASEAUDIT_TODAY=2017-01-20 caseaudit --mode csv -c "compliance --quarter 2016/17-Q3 --target SUP-REGULAR --detail --failing"
worker,team,role,result,months_without^M
Ben Hart,Assessment Team,social-worker,not-met,2016-11^M
$ CASEAUDIT_TODAY=2017-01-20 caseaudit --mode csv -c "compliance --month 2017-01 --by team --target SUP-AGREEMENT"
target,team,numerator,denominator,percent,threshold,status,ci_low,ci_high,evidence,period_from,period_to^M
SUP-AGREEMENT,Assessment Team,1,1,100.0,90,green,,,census,2017-01-01,2017-01-31^M
SUP-AGREEMENT,Children in Care Team,1,2,50.0,90,red,,,census,2017-01-01,2017-01-31^M
$ # ---- an interval end: 2 of 4 has its Wilson high end at 84.996, under
$ # 85, so the evidence is below; it is printed 84.996, never 85.0 beside
$ # below, in every mode.
$ printf '%s\n' "team add Small" "worker add 'Mo Reed' --team Small --role team-manager" "case add S1 --team Small" "case add S2 --team Small" "case add S3 --team Small" "case add S4 --team Small" "audit add S1 --date 2016-10-03 --auditor 'Mo Reed' --grade good --submit CHRON=met" "audit add S2 --date 2016-10-04 --auditor 'Mo Reed' --grade good --submit CHRON=met" "audit add S3 --date 2016-10-05 --auditor 'Mo Reed' --grade good --submit CHRON=not-met" "audit add S4 --date 2016-10-06 --auditor 'Mo Reed' --grade good --submit CHRON=not-met" | caseaudit small.db > /dev/null
$ caseaudit -c "compliance --month 2016-10 --target CHRON" small.db
target  numerator  denominator  percent  threshold  status  ci_low  ci_high  evidence
------  ---------  -----------  -------  ---------  ------  ------  -------  --------
CHRON           2            4     50.0         85  red       15.0   84.996  below
Period: 2016-10 (2016-10-01 to 2016-10-31).
$ caseaudit --mode csv -c "compliance --month 2016-10 --target CHRON" small.db
target,numerator,denominator,percent,threshold,status,ci_low,ci_high,evidence,period_from,period_to^M
CHRON,2,4,50.0,85,red,15.0,84.996,below,2016-10-01,2016-10-31^M
$ caseaudit --mode json -c "compliance --month 2016-10 --target CHRON" small.db
[
 {"target": "CHRON", "numerator": 2, "denominator": 4, "percent": 50.0, "threshold": 85, "status": "red", "ci_low": 15.0, "ci_high": 84.996, "evidence": "below", "period_from": "2016-10-01", "period_to": "2016-10-31"}
]
$ # ---- refusals: one line each, nothing changed
$ caseaudit -c "compliance --quarter 2016/18-Q3"
! error: --quarter '2016/18-Q3' is not a financial year's quarter: the financial year that starts in April 2016 is 2016/17; expected YYYY/YY-QN, e.g. 2016/17-Q3 for October to December 2016
? 1
$ caseaudit -c "compliance --quarter 2016/17-Q5"
! error: --quarter '2016/17-Q5' is not a quarter; expected YYYY-QN with N from 1 to 4, e.g. 2016-Q3 for July to September, or a financial year's YYYY/YY-QN, e.g. 2016/17-Q3 for October to December 2016
? 1
$ caseaudit -c "compliance --year 2016/18"
! error: --year '2016/18' is not a financial year: the financial year that starts in April 2016 is 2016/17; expected YYYY/YY, e.g. 2016/17 for April 2016 to March 2017
? 1
$ caseaudit -c "compliance --year 16"
! error: --year '16' is not a year; expected YYYY for a calendar year, e.g. 2016, or YYYY/YY for a financial year (April to March), e.g. 2016/17
? 1
$ caseaudit -c "compliance --type peer"
! error: --type 'peer' is not known; expected one of: dip-sample, themed, multi-agency
? 1
$ caseaudit -c "compliance --detail"
! error: --detail lists the records behind one figure; give --target CODE too, e.g. compliance --target CHRON --detail
? 1
$ caseaudit -c "compliance --target CHRON --failing"
! error: --failing keeps the failing records of a --detail list; give --target CODE --detail --failing
? 1
$ caseaudit -c "compliance --target CHRON --detail --by team"
! error: --detail lists records, not a table by team; leave out --by (the list names each record's team and date)
? 1
$ caseaudit -c "compliance --year 2016 --quarter 2016-Q3"
! error: give one period: --from and --to, or --month, or --quarter, or --year
? 1
$ # ---- sample size agrees with compliance: no finite-population
$ # correction that compliance would not apply, and how likely a verdict is.
$ caseaudit -c "sample size --threshold 85 --population 20"
20
Audit all 20 files: if about 85% of files meet the standard, the 95% confidence interval that compliance shows is then about 15.6 points either side (it treats the files as a sample of practice and does not narrow for a small team), so a result more than 15.6 points from 85% shows with 95% confidence which side of the threshold practice is. If practice is in fact 5 points from the threshold, 20 files show it (evidence below) about 9% of the time at 80% and (evidence above) under 1% of the time at 90%; otherwise the evidence is inconclusive.
$ caseaudit --mode csv -c "sample size --threshold 85"
size,threshold,margin,population,explanation^M
196,85,5,,"Audit 196 files: if about 85% of files meet the standard, the 95% confidence interval that compliance shows is then about 5 points either side (it treats the files as a sample of practice and does not narrow for a small team), so a result more than 5 points from 85% shows with 95% confidence which side of the threshold practice is. If practice is in fact 5 points from the threshold, 196 files show it (evidence below) about 47% of the time at 80% and (evidence above) about 50% of the time at 90%; otherwise the evidence is inconclusive."^M
