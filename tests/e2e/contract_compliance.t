# CONTRACT.md, The compliance table: the columns first and in order (with
# --by team / month / service in second place), percent and intervals with
# one decimal unless rounding would carry them onto the threshold, empty in
# csv and null in json when nothing was measured, census rows with no
# interval, csv's header first, json one array of objects with numbers.
$ caseaudit -c "team add T --service 'Children in Need'" -c "worker add M --team T --role team-manager" -c "worker add S --team T --role social-worker --agreement 2016-01-01" -c "case add C1 --team T --worker S" -c "case add C2 --team T" -c "case add C3 --team T" > /dev/null
$ # 2 of 3 against 66.7: 66.666... is below, so amber; printed 66.67, never 66.7.
$ caseaudit -c "target set CHRON --threshold 66.7 --from 2016-01-01"
CHRON: threshold 66.7% from 2016-01-01 on, was 85%; earlier periods keep theirs.
$ caseaudit -c "audit add C1 --date 2016-10-01 --auditor M --grade good --submit CHRON=met" -c "audit add C2 --date 2016-10-02 --auditor M --grade good --submit CHRON=met" -c "audit add C3 --date 2016-10-03 --auditor M --grade good --submit CHRON=not-met"
1
2
3
$ caseaudit -c "compliance --month 2016-10 --target CHRON"
target  numerator  denominator  percent  threshold  status  ci_low  ci_high  evidence
------  ---------  -----------  -------  ---------  ------  ------  -------  ------------
CHRON           2            3    66.67       66.7  amber     20.8     93.9  inconclusive
Period: 2016-10 (2016-10-01 to 2016-10-31).
$ caseaudit --mode csv -c "compliance --month 2016-10 --target CHRON --by team" -c "compliance --month 2016-10 --target CHRON --by month" -c "compliance --month 2016-10 --target CHRON --by service" | cut -d, -f1-10
target,team,numerator,denominator,percent,threshold,status,ci_low,ci_high,evidence
CHRON,T,2,3,66.67,66.7,amber,20.8,93.9,inconclusive
target,month,numerator,denominator,percent,threshold,status,ci_low,ci_high,evidence
CHRON,2016-10,2,3,66.67,66.7,amber,20.8,93.9,inconclusive
target,service,numerator,denominator,percent,threshold,status,ci_low,ci_high,evidence
CHRON,Children in Need,2,3,66.67,66.7,amber,20.8,93.9,inconclusive
$ caseaudit --mode json -c "compliance --month 2016-10 --target CHRON" | python3 -c 'import json, sys; r = json.load(sys.stdin)[0]; print(list(r)[:9]); print([type(r[k]).__name__ for k in ("numerator", "percent", "threshold", "ci_low")], r["percent"] < r["threshold"])'
['target', 'numerator', 'denominator', 'percent', 'threshold', 'status', 'ci_low', 'ci_high', 'evidence']
['int', 'float', 'float', 'float'] True
$ # Nothing measured: no-data, evidence none, empty (csv) or null (json).
$ caseaudit --mode csv -c "compliance --month 2015-10 --target CHRON" | cut -d, -f1-9
target,numerator,denominator,percent,threshold,status,ci_low,ci_high,evidence
CHRON,0,0,,85,no-data,,,none
$ caseaudit --mode json -c "compliance --month 2015-10 --target CHRON" | python3 -c 'import json, sys; r = json.load(sys.stdin)[0]; print(r["percent"], r["ci_low"], r["ci_high"], r["status"], r["evidence"])'
None None None no-data none
$ # A census (a worker target): exact, no interval; the status is the verdict.
$ caseaudit --mode csv -c "compliance --month 2016-10 --target SUP-AGREEMENT" | cut -d, -f1-9
target,numerator,denominator,percent,threshold,status,ci_low,ci_high,evidence
SUP-AGREEMENT,1,1,100.0,90,green,,,census
$ caseaudit --mode json -c "compliance --month 2016-10 --target SUP-AGREEMENT" | python3 -c 'import json, sys; r = json.load(sys.stdin)[0]; print(r["ci_low"], r["ci_high"], r["evidence"])'
None None census
$ # Rows in the order of target list.
$ [ "$(caseaudit --mode csv -c 'compliance --month 2016-10' | tail -n +2 | cut -d, -f1)" = "$(caseaudit --mode csv -c 'target list' | tail -n +2 | cut -d, -f1)" ] && echo same order
same order
