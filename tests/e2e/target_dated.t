# target set --from and target list --on: thresholds are dated, so a
# plan's trajectory goes in as it is written and a period keeps the
# threshold in force on its last day, however often the threshold changes.
$ cat > council.txt <<'EOF'
> team add "Assessment Team"
> worker add "Sam Patel" --team "Assessment Team" --role team-manager
> case add A1 --team "Assessment Team"
> case add A2 --team "Assessment Team"
> case add A3 --team "Assessment Team"
> case add A4 --team "Assessment Team"
> audit add A1 --date 2016-07-05 --auditor "Sam Patel" --grade good --submit CHRON=met
> audit add A2 --date 2016-08-05 --auditor "Sam Patel" --grade good --submit CHRON=met
> audit add A3 --date 2016-09-05 --auditor "Sam Patel" --grade good --submit CHRON=met
> audit add A4 --date 2016-09-06 --auditor "Sam Patel" --grade good --submit CHRON=not-met
> EOF
$ caseaudit --bail -f council.txt > /dev/null
$ # The plan's trajectory: 70% from July, 75% from mid-August, 80% from
$ # the end of September ("Sept 2016 to achieve 80%"), 90% next year.
$ caseaudit -c "target set CHRON --threshold 70 --from 2016-07-01" -c "target set CHRON --threshold 75 --from 2016-08-15" -c "target set CHRON --threshold 80 --from 2016-09-30" -c "target set CHRON --threshold 90 --from 2017-04-01"
CHRON: threshold 70% from 2016-07-01 on, was 85%; earlier periods keep theirs.
CHRON: threshold 75% from 2016-08-15 on, was 70%; earlier periods keep theirs.
CHRON: threshold 80% from 2016-09-30 on, was 75%; earlier periods keep theirs.
CHRON: threshold 90% from 2017-04-01 on, was 80%; earlier periods keep theirs.
$ # Q3 ends on 30 September: judged against 80. 3 of 4 is 75.0, amber.
$ caseaudit --mode csv -c "compliance --quarter 2016-Q3 --target CHRON"
target,numerator,denominator,percent,threshold,status,ci_low,ci_high,evidence,period_from,period_to^M
CHRON,3,4,75.0,80,amber,30.1,95.4,inconclusive,2016-07-01,2016-09-30^M
$ # Each month against its own last day's threshold.
$ caseaudit -c "compliance --quarter 2016-Q3 --by month --target CHRON"
target  month    numerator  denominator  percent  threshold  status  ci_low  ci_high  evidence      trend
------  -------  ---------  -----------  -------  ---------  ------  ------  -------  ------------  -------
CHRON   2016-07          1            1    100.0         70  green     20.7    100.0  inconclusive  
CHRON   2016-08          1            1    100.0         75  green     20.7    100.0  inconclusive  → 0.0
CHRON   2016-09          1            2     50.0         80  red        9.5     90.5  inconclusive  ↓ -50.0
Period: 2016-Q3 (2016-07-01 to 2016-09-30).
$ caseaudit --mode json -c "compliance --quarter 2016-Q3 --by month --target CHRON"
[
 {"target": "CHRON", "month": "2016-07", "numerator": 1, "denominator": 1, "percent": 100.0, "threshold": 70, "status": "green", "ci_low": 20.7, "ci_high": 100.0, "evidence": "inconclusive", "period_from": "2016-07-01", "period_to": "2016-09-30"},
 {"target": "CHRON", "month": "2016-08", "numerator": 1, "denominator": 1, "percent": 100.0, "threshold": 75, "status": "green", "ci_low": 20.7, "ci_high": 100.0, "evidence": "inconclusive", "period_from": "2016-07-01", "period_to": "2016-09-30"},
 {"target": "CHRON", "month": "2016-09", "numerator": 1, "denominator": 2, "percent": 50.0, "threshold": 80, "status": "red", "ci_low": 9.5, "ci_high": 90.5, "evidence": "inconclusive", "period_from": "2016-07-01", "period_to": "2016-09-30"}
]
$ # Raising the threshold today does not re-grade the quarter.
$ caseaudit -c "target set CHRON --threshold 95"
CHRON: threshold 95% from 2016-11-30 on, was 80%; earlier periods keep theirs.
$ caseaudit --mode csv -c "compliance --quarter 2016-Q3 --target CHRON" -c "compliance --month 2016-11 --target CHRON"
target,numerator,denominator,percent,threshold,status,ci_low,ci_high,evidence,period_from,period_to^M
CHRON,3,4,75.0,80,amber,30.1,95.4,inconclusive,2016-07-01,2016-09-30^M
target,numerator,denominator,percent,threshold,status,ci_low,ci_high,evidence,period_from,period_to^M
CHRON,0,0,,95,no-data,,,none,2016-11-01,2016-11-30^M
$ # No period: the threshold in force today.
$ caseaudit --mode csv -c "compliance --target CHRON"
target,numerator,denominator,percent,threshold,status,ci_low,ci_high,evidence,period_from,period_to^M
CHRON,3,4,75.0,95,red,30.1,95.4,inconclusive,2016-07-01,2016-10-31^M
$ # target list --on shows the thresholds of a day, and when each began.
$ caseaudit --mode csv -c "target list --on 2016-08-20" | grep -E '^(code|CHRON|PLAN),'
code,threshold,from,measure,text,source^M
CHRON,75,2016-08-15,standard,Case files audited include a chronology that meets required standards,Recommendation 5 (004 line 3474)^M
PLAN,85,,standard,Plans are outcome focused and include SMART targets,Recommendation 6 (004 line 3739)^M
$ caseaudit --mode csv -c "target list --on 2017-06-01" | grep -E '^CHRON,'
CHRON,90,2017-04-01,standard,Case files audited include a chronology that meets required standards,Recommendation 5 (004 line 3474)^M
$ caseaudit --mode csv -c "target list" | grep -E '^CHRON,'
CHRON,95,2016-11-30,standard,Case files audited include a chronology that meets required standards,Recommendation 5 (004 line 3474)^M
$ caseaudit --mode json -c "target list --on 2016-07-01" | grep '"CHRON"'
 {"code": "CHRON", "threshold": 70, "from": "2016-07-01", "measure": "standard", "text": "Case files audited include a chronology that meets required standards", "source": "Recommendation 5 (004 line 3474)"},
$ # Set again from the same day: replaced, and both kept in the history.
$ caseaudit -c "target set CHRON --threshold 78 --from 2016-09-30"
CHRON: threshold 78% from 2016-09-30 on, was 80%; earlier periods keep theirs.
$ caseaudit --mode csv -c "compliance --quarter 2016-Q3 --target CHRON"
target,numerator,denominator,percent,threshold,status,ci_low,ci_high,evidence,period_from,period_to^M
CHRON,3,4,75.0,78,amber,30.1,95.4,inconclusive,2016-07-01,2016-09-30^M
$ caseaudit --mode csv <<'EOF'
> sql "SELECT operation, row_id, json_extract(old, '$.threshold') AS old, json_extract(new, '$.threshold') AS new FROM history WHERE tbl = 'target_threshold' ORDER BY id"
> EOF
operation,row_id,old,new^M
insert,CHRON/2016-07-01,,70^M
insert,CHRON/2016-08-15,,75^M
insert,CHRON/2016-09-30,,80^M
insert,CHRON/2017-04-01,,90^M
insert,CHRON/2016-11-30,,95^M
update,CHRON/2016-09-30,80,78^M
$ # Refusals change nothing.
$ caseaudit -c "target set CHRON --threshold 90 --from 2016-02-30"
! error: --from '2016-02-30' is not a real date; expected YYYY-MM-DD, the first day the threshold applies (default today)
? 1
$ caseaudit -c "target set CHRON --threshold 90 --from 30/09/2016"
! error: --from '30/09/2016' is not a real date; expected YYYY-MM-DD, the first day the threshold applies (default today)
? 1
$ caseaudit -c "target set CHRON --threshold 90 --from ''"
! error: --from '' is not a real date; expected YYYY-MM-DD, the first day the threshold applies (default today)
? 1
$ caseaudit -c "target list --on tomorrow"
! error: --on 'tomorrow' is not a real date; expected YYYY-MM-DD
? 1
$ caseaudit --mode csv -c 'sql "SELECT count(*) AS thresholds FROM target_threshold"'
thresholds^M
5^M
