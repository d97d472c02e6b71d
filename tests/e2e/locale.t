# Numbers are written and read with a '.' whatever the locale (CONTRACT.md):
# under German (decimal comma) JSON stays JSON, CSV keeps its columns, the
# report its figures, and a threshold of 87.5 is taken as typed.
# scripts/setup makes the de_DE.UTF-8 locale; without it this test cannot
# prove anything, so it fails here rather than pass unseen.
$ locale -a | grep -ci '^de_DE\.utf-*8$'
1
$ caseaudit >/dev/null <<'EOF'
> team add Alpha
> worker add "Ann Boss" --team Alpha --role team-manager
> worker add Wyn --team Alpha --role social-worker
> case add C1 --team Alpha --worker Wyn
> case add C2 --team Alpha --worker Wyn
> case add C3 --team Alpha --worker Wyn
> audit add C1 --date 2016-10-03 --auditor "Ann Boss" --grade good --submit CHRON=met
> audit add C2 --date 2016-10-04 --auditor "Ann Boss" --grade good --submit CHRON=met
> audit add C3 --date 2016-10-05 --auditor "Ann Boss" --grade good --submit CHRON=not-met
> EOF
$ export LC_ALL=de_DE.UTF-8; caseaudit -c "target set CHRON --threshold 87.5 --from 2016-01-01" >/dev/null && caseaudit --mode json -c "target list" | grep -c '"code": "CHRON", "threshold": 87.5,'
1
$ export LC_ALL=de_DE.UTF-8; caseaudit --mode json -c "compliance --month 2016-10 --target CHRON"
[
 {"target": "CHRON", "numerator": 2, "denominator": 3, "percent": 66.7, "threshold": 87.5, "status": "red", "ci_low": 20.8, "ci_high": 93.9, "evidence": "inconclusive", "period_from": "2016-10-01", "period_to": "2016-10-31"}
]
$ export LC_ALL=de_DE.UTF-8; caseaudit --mode csv -c "compliance --month 2016-10 --target CHRON"
target,numerator,denominator,percent,threshold,status,ci_low,ci_high,evidence,period_from,period_to^M
CHRON,2,3,66.7,87.5,red,20.8,93.9,inconclusive,2016-10-01,2016-10-31^M
$ export LC_ALL=de_DE.UTF-8; caseaudit -c "sql SELECT 1.5 AS x"
x
---
1.5
$ export LC_ALL=de_DE.UTF-8; caseaudit -c "report html r.html --month 2016-10" >/dev/null && grep -c '66\.7' r.html && grep -c '66,7' r.html
3
0
? 1
