# compliance: the measures over data built through the commands, in table,
# csv and json; periods, --team, --target, --by team and --by month; the
# RAG boundaries; colour on a terminal; and the refusals.
#
# With nothing recorded every target is no-data: percent and the interval
# are empty in csv and null in json.
$ caseaudit --mode csv -c "compliance --quarter 2016-Q3"
target,numerator,denominator,percent,threshold,status,ci_low,ci_high,evidence,period_from,period_to^M
MGMT-AUDITS,0,0,,80,no-data,,,none,2016-07-01,2016-09-30^M
SUP-REGULAR,0,0,,90,no-data,,,none,2016-07-01,2016-09-30^M
SUPERVISION,0,0,,80,no-data,,,none,2016-07-01,2016-09-30^M
SUP-AGREEMENT,0,0,,90,no-data,,,none,2016-07-01,2016-09-30^M
SUP-TRAINED,0,0,,90,no-data,,,none,2016-07-01,2016-09-30^M
CHRON,0,0,,85,no-data,,,none,2016-07-01,2016-09-30^M
ANALYSIS,0,0,,85,no-data,,,none,2016-07-01,2016-09-30^M
PLAN,0,0,,85,no-data,,,none,2016-07-01,2016-09-30^M
NEGLECT,0,0,,85,no-data,,,none,2016-07-01,2016-09-30^M
CSE-IDENTIFIED,0,0,,85,no-data,,,none,2016-07-01,2016-09-30^M
CSE-ASSESSED,0,0,,90,no-data,,,none,2016-07-01,2016-09-30^M
CSE-PLAN,0,0,,80,no-data,,,none,2016-07-01,2016-09-30^M
MISSING-INTERVIEW,0,0,,85,no-data,,,none,2016-07-01,2016-09-30^M
MISSING-RISK,0,0,,85,no-data,,,none,2016-07-01,2016-09-30^M
MISSING-PLAN,0,0,,85,no-data,,,none,2016-07-01,2016-09-30^M
IHA,0,0,,95,no-data,,,none,2016-07-01,2016-09-30^M
PATHWAY,0,0,,85,no-data,,,none,2016-07-01,2016-09-30^M
VOICE,0,0,,85,no-data,,,none,2016-07-01,2016-09-30^M
DECISIONS,0,0,,80,no-data,,,none,2016-07-01,2016-09-30^M
$ caseaudit --mode json -c "compliance --month 2016-10 --target CHRON"
[
 {"target": "CHRON", "numerator": 0, "denominator": 0, "percent": null, "threshold": 85, "status": "no-data", "ci_low": null, "ci_high": null, "evidence": "none", "period_from": "2016-10-01", "period_to": "2016-10-31"}
]
$ # A small council. Two teams; in Alpha, Wyn is supervised every month, Wil
$ # (an AQW) starts on 15 August, Wes leaves on 31 July; in Beta, Wat misses
$ # August. Two dip samples; six audits of three cases (one a draft, two
$ # outside the quarter); then case C1 moves to Beta, which must not move
$ # its audits.
$ caseaudit >/dev/null <<'EOF'
> team add Alpha
> team add Beta
> worker add "Ann Boss" --team Alpha --role team-manager --trained 2016-09-30
> worker add "Bob Head" --team Beta --role head-of-service
> worker add "Wyn One" --team Alpha --role social-worker --agreement 2016-01-01
> worker add "Wil Two" --team Alpha --role aqw --started 2016-08-15 --agreement 2016-10-01
> worker add "Wes Three" --team Alpha --role social-worker --started 2015-03-01 --left 2016-07-31
> worker add "Wat Four" --team Beta --role social-worker --agreement 2016-09-30
> worker add "Ida Ro" --team Alpha --role iro
> supervision add "Wyn One" --by "Ann Boss" --date 2016-07-01
> supervision add "Wyn One" --by "Ann Boss" --date 2016-08-31
> supervision add "Wyn One" --by "Ann Boss" --date 2016-09-15
> supervision add "Wil Two" --by "Ann Boss" --date 2016-08-20
> supervision add "Wil Two" --by "Ann Boss" --date 2016-09-10
> supervision add "Wes Three" --by "Ann Boss" --date 2016-07-20
> supervision add "Wat Four" --by "Bob Head" --date 2016-07-05
> supervision add "Wat Four" --by "Bob Head" --date 2016-09-05
> supervision add "Ida Ro" --by "Ann Boss" --date 2016-10-05
> case add C1 --team Alpha --opened 2015-01-01
> case add C2 --team Alpha --opened 2015-01-01
> case add C3 --team Beta --opened 2015-01-01
> sample draw --team Alpha --size 2 --auditor "Ann Boss" --date 2016-07-01 --due 2016-07-31 --seed 1
> sample draw --team Beta --size 1 --auditor "Bob Head" --date 2016-09-01 --due 2016-09-15 --seed 1
> audit add C1 --date 2016-07-10 --auditor "Ann Boss" --grade good --submit CHRON=met PLAN=not-met VOICE=na
> audit add C2 --date 2016-08-20 --auditor "Ann Boss" --grade good --submit CHRON=not-met PLAN=met VOICE=na
> audit add C3 --date 2016-09-30 --auditor "Bob Head" --grade good --submit CHRON=met
> audit add C3 --date 2016-09-05 --auditor "Bob Head" CHRON=not-met PLAN=not-met
> audit add C1 --date 2016-10-01 --auditor "Ann Boss" --grade good --submit CHRON=not-met
> audit add C1 --date 2016-06-30 --auditor "Ann Boss" --grade good --submit CHRON=met
> case set C1 --team Beta
> EOF
$ # The quarter. MGMT-AUDITS: C1 audited on time, C2 late, C3 late (its
$ # draft does not count): 1 of 3. SUP-REGULAR: Wyn, Wil (in post from
$ # August) and Wes (to July) supervised every month in post, Wat not: 3 of
$ # 4; the IRO is not counted. SUP-AGREEMENT, on 30 September: Wyn and Wat
$ # signed, Wil only in October: 2 of 3. SUP-TRAINED: Ann trained that day,
$ # Bob never: 1 of 2. CHRON: audits of 10 July and 30 September met, 20
$ # August not; the draft and the audits of 30 June and 1 October are
$ # outside: 2 of 3. PLAN 1 of 2 (the draft's not-met does not count).
$ # VOICE was answered only n/a: no-data.
$ caseaudit --mode csv -c "compliance --quarter 2016-Q3"
target,numerator,denominator,percent,threshold,status,ci_low,ci_high,evidence,period_from,period_to^M
MGMT-AUDITS,1,3,33.3,80,red,,,census,2016-07-01,2016-09-30^M
SUP-REGULAR,3,4,75.0,90,red,,,census,2016-07-01,2016-09-30^M
SUPERVISION,0,0,,80,no-data,,,none,2016-07-01,2016-09-30^M
SUP-AGREEMENT,2,3,66.7,90,red,,,census,2016-07-01,2016-09-30^M
SUP-TRAINED,1,2,50.0,90,red,,,census,2016-07-01,2016-09-30^M
CHRON,2,3,66.7,85,red,20.8,93.9,inconclusive,2016-07-01,2016-09-30^M
ANALYSIS,0,0,,85,no-data,,,none,2016-07-01,2016-09-30^M
PLAN,1,2,50.0,85,red,9.5,90.5,inconclusive,2016-07-01,2016-09-30^M
NEGLECT,0,0,,85,no-data,,,none,2016-07-01,2016-09-30^M
CSE-IDENTIFIED,0,0,,85,no-data,,,none,2016-07-01,2016-09-30^M
CSE-ASSESSED,0,0,,90,no-data,,,none,2016-07-01,2016-09-30^M
CSE-PLAN,0,0,,80,no-data,,,none,2016-07-01,2016-09-30^M
MISSING-INTERVIEW,0,0,,85,no-data,,,none,2016-07-01,2016-09-30^M
MISSING-RISK,0,0,,85,no-data,,,none,2016-07-01,2016-09-30^M
MISSING-PLAN,0,0,,85,no-data,,,none,2016-07-01,2016-09-30^M
IHA,0,0,,95,no-data,,,none,2016-07-01,2016-09-30^M
PATHWAY,0,0,,85,no-data,,,none,2016-07-01,2016-09-30^M
VOICE,0,0,,85,no-data,,,none,2016-07-01,2016-09-30^M
DECISIONS,0,0,,80,no-data,,,none,2016-07-01,2016-09-30^M
$ caseaudit --mode json -c "compliance --quarter 2016-Q3"
[
 {"target": "MGMT-AUDITS", "numerator": 1, "denominator": 3, "percent": 33.3, "threshold": 80, "status": "red", "ci_low": null, "ci_high": null, "evidence": "census", "period_from": "2016-07-01", "period_to": "2016-09-30"},
 {"target": "SUP-REGULAR", "numerator": 3, "denominator": 4, "percent": 75.0, "threshold": 90, "status": "red", "ci_low": null, "ci_high": null, "evidence": "census", "period_from": "2016-07-01", "period_to": "2016-09-30"},
 {"target": "SUPERVISION", "numerator": 0, "denominator": 0, "percent": null, "threshold": 80, "status": "no-data", "ci_low": null, "ci_high": null, "evidence": "none", "period_from": "2016-07-01", "period_to": "2016-09-30"},
 {"target": "SUP-AGREEMENT", "numerator": 2, "denominator": 3, "percent": 66.7, "threshold": 90, "status": "red", "ci_low": null, "ci_high": null, "evidence": "census", "period_from": "2016-07-01", "period_to": "2016-09-30"},
 {"target": "SUP-TRAINED", "numerator": 1, "denominator": 2, "percent": 50.0, "threshold": 90, "status": "red", "ci_low": null, "ci_high": null, "evidence": "census", "period_from": "2016-07-01", "period_to": "2016-09-30"},
 {"target": "CHRON", "numerator": 2, "denominator": 3, "percent": 66.7, "threshold": 85, "status": "red", "ci_low": 20.8, "ci_high": 93.9, "evidence": "inconclusive", "period_from": "2016-07-01", "period_to": "2016-09-30"},
 {"target": "ANALYSIS", "numerator": 0, "denominator": 0, "percent": null, "threshold": 85, "status": "no-data", "ci_low": null, "ci_high": null, "evidence": "none", "period_from": "2016-07-01", "period_to": "2016-09-30"},
 {"target": "PLAN", "numerator": 1, "denominator": 2, "percent": 50.0, "threshold": 85, "status": "red", "ci_low": 9.5, "ci_high": 90.5, "evidence": "inconclusive", "period_from": "2016-07-01", "period_to": "2016-09-30"},
 {"target": "NEGLECT", "numerator": 0, "denominator": 0, "percent": null, "threshold": 85, "status": "no-data", "ci_low": null, "ci_high": null, "evidence": "none", "period_from": "2016-07-01", "period_to": "2016-09-30"},
 {"target": "CSE-IDENTIFIED", "numerator": 0, "denominator": 0, "percent": null, "threshold": 85, "status": "no-data", "ci_low": null, "ci_high": null, "evidence": "none", "period_from": "2016-07-01", "period_to": "2016-09-30"},
 {"target": "CSE-ASSESSED", "numerator": 0, "denominator": 0, "percent": null, "threshold": 90, "status": "no-data", "ci_low": null, "ci_high": null, "evidence": "none", "period_from": "2016-07-01", "period_to": "2016-09-30"},
 {"target": "CSE-PLAN", "numerator": 0, "denominator": 0, "percent": null, "threshold": 80, "status": "no-data", "ci_low": null, "ci_high": null, "evidence": "none", "period_from": "2016-07-01", "period_to": "2016-09-30"},
 {"target": "MISSING-INTERVIEW", "numerator": 0, "denominator": 0, "percent": null, "threshold": 85, "status": "no-data", "ci_low": null, "ci_high": null, "evidence": "none", "period_from": "2016-07-01", "period_to": "2016-09-30"},
 {"target": "MISSING-RISK", "numerator": 0, "denominator": 0, "percent": null, "threshold": 85, "status": "no-data", "ci_low": null, "ci_high": null, "evidence": "none", "period_from": "2016-07-01", "period_to": "2016-09-30"},
 {"target": "MISSING-PLAN", "numerator": 0, "denominator": 0, "percent": null, "threshold": 85, "status": "no-data", "ci_low": null, "ci_high": null, "evidence": "none", "period_from": "2016-07-01", "period_to": "2016-09-30"},
 {"target": "IHA", "numerator": 0, "denominator": 0, "percent": null, "threshold": 95, "status": "no-data", "ci_low": null, "ci_high": null, "evidence": "none", "period_from": "2016-07-01", "period_to": "2016-09-30"},
 {"target": "PATHWAY", "numerator": 0, "denominator": 0, "percent": null, "threshold": 85, "status": "no-data", "ci_low": null, "ci_high": null, "evidence": "none", "period_from": "2016-07-01", "period_to": "2016-09-30"},
 {"target": "VOICE", "numerator": 0, "denominator": 0, "percent": null, "threshold": 85, "status": "no-data", "ci_low": null, "ci_high": null, "evidence": "none", "period_from": "2016-07-01", "period_to": "2016-09-30"},
 {"target": "DECISIONS", "numerator": 0, "denominator": 0, "percent": null, "threshold": 80, "status": "no-data", "ci_low": null, "ci_high": null, "evidence": "none", "period_from": "2016-07-01", "period_to": "2016-09-30"}
]
$ caseaudit -c "compliance --quarter 2016-Q3"
target             numerator  denominator  percent  threshold  status   ci_low  ci_high  evidence
-----------------  ---------  -----------  -------  ---------  -------  ------  -------  ------------
MGMT-AUDITS                1            3     33.3         80  red                       census
SUP-REGULAR                3            4     75.0         90  red                       census
SUPERVISION                0            0                  80  no-data                   none
SUP-AGREEMENT              2            3     66.7         90  red                       census
SUP-TRAINED                1            2     50.0         90  red                       census
CHRON                      2            3     66.7         85  red        20.8     93.9  inconclusive
ANALYSIS                   0            0                  85  no-data                   none
PLAN                       1            2     50.0         85  red         9.5     90.5  inconclusive
NEGLECT                    0            0                  85  no-data                   none
CSE-IDENTIFIED             0            0                  85  no-data                   none
CSE-ASSESSED               0            0                  90  no-data                   none
CSE-PLAN                   0            0                  80  no-data                   none
MISSING-INTERVIEW          0            0                  85  no-data                   none
MISSING-RISK               0            0                  85  no-data                   none
MISSING-PLAN               0            0                  85  no-data                   none
IHA                        0            0                  95  no-data                   none
PATHWAY                    0            0                  85  no-data                   none
VOICE                      0            0                  85  no-data                   none
DECISIONS                  0            0                  80  no-data                   none
Period: 2016-Q3 (2016-07-01 to 2016-09-30).
$ # The same quarter as dates; both ends are inclusive.
$ caseaudit --mode csv -c "compliance --from 2016-07-10 --to 2016-09-30 --target chron"
target,numerator,denominator,percent,threshold,status,ci_low,ci_high,evidence,period_from,period_to^M
CHRON,2,3,66.7,85,red,20.8,93.9,inconclusive,2016-07-10,2016-09-30^M
$ caseaudit --mode csv -c "compliance --from 2016-07-11 --to 2016-09-29 --target CHRON"
target,numerator,denominator,percent,threshold,status,ci_low,ci_high,evidence,period_from,period_to^M
CHRON,0,1,0.0,85,red,0.0,79.3,below,2016-07-11,2016-09-29^M
$ # --team: C1's audit of 10 July stays Alpha's after the case moved to Beta.
$ # Worker targets count the team's workers, MGMT-AUDITS the team's samples.
$ caseaudit --mode csv -c "compliance --quarter 2016-Q3 --team Alpha"
target,numerator,denominator,percent,threshold,status,ci_low,ci_high,evidence,period_from,period_to^M
MGMT-AUDITS,1,2,50.0,80,red,,,census,2016-07-01,2016-09-30^M
SUP-REGULAR,3,3,100.0,90,green,,,census,2016-07-01,2016-09-30^M
SUPERVISION,0,0,,80,no-data,,,none,2016-07-01,2016-09-30^M
SUP-AGREEMENT,1,2,50.0,90,red,,,census,2016-07-01,2016-09-30^M
SUP-TRAINED,1,1,100.0,90,green,,,census,2016-07-01,2016-09-30^M
CHRON,1,2,50.0,85,red,9.5,90.5,inconclusive,2016-07-01,2016-09-30^M
ANALYSIS,0,0,,85,no-data,,,none,2016-07-01,2016-09-30^M
PLAN,1,2,50.0,85,red,9.5,90.5,inconclusive,2016-07-01,2016-09-30^M
NEGLECT,0,0,,85,no-data,,,none,2016-07-01,2016-09-30^M
CSE-IDENTIFIED,0,0,,85,no-data,,,none,2016-07-01,2016-09-30^M
CSE-ASSESSED,0,0,,90,no-data,,,none,2016-07-01,2016-09-30^M
CSE-PLAN,0,0,,80,no-data,,,none,2016-07-01,2016-09-30^M
MISSING-INTERVIEW,0,0,,85,no-data,,,none,2016-07-01,2016-09-30^M
MISSING-RISK,0,0,,85,no-data,,,none,2016-07-01,2016-09-30^M
MISSING-PLAN,0,0,,85,no-data,,,none,2016-07-01,2016-09-30^M
IHA,0,0,,95,no-data,,,none,2016-07-01,2016-09-30^M
PATHWAY,0,0,,85,no-data,,,none,2016-07-01,2016-09-30^M
VOICE,0,0,,85,no-data,,,none,2016-07-01,2016-09-30^M
DECISIONS,0,0,,80,no-data,,,none,2016-07-01,2016-09-30^M
$ caseaudit --mode json -c "compliance --quarter 2016-Q3 --team beta --target CHRON"
[
 {"target": "CHRON", "numerator": 1, "denominator": 1, "percent": 100.0, "threshold": 85, "status": "green", "ci_low": 20.7, "ci_high": 100.0, "evidence": "inconclusive", "period_from": "2016-07-01", "period_to": "2016-09-30"}
]
$ # --by team: every team, each target's teams together, teams by name.
$ caseaudit --mode csv -c "compliance --quarter 2016-Q3 --by team"
target,team,numerator,denominator,percent,threshold,status,ci_low,ci_high,evidence,period_from,period_to^M
MGMT-AUDITS,Alpha,1,2,50.0,80,red,,,census,2016-07-01,2016-09-30^M
MGMT-AUDITS,Beta,0,1,0.0,80,red,,,census,2016-07-01,2016-09-30^M
SUP-REGULAR,Alpha,3,3,100.0,90,green,,,census,2016-07-01,2016-09-30^M
SUP-REGULAR,Beta,0,1,0.0,90,red,,,census,2016-07-01,2016-09-30^M
SUPERVISION,Alpha,0,0,,80,no-data,,,none,2016-07-01,2016-09-30^M
SUPERVISION,Beta,0,0,,80,no-data,,,none,2016-07-01,2016-09-30^M
SUP-AGREEMENT,Alpha,1,2,50.0,90,red,,,census,2016-07-01,2016-09-30^M
SUP-AGREEMENT,Beta,1,1,100.0,90,green,,,census,2016-07-01,2016-09-30^M
SUP-TRAINED,Alpha,1,1,100.0,90,green,,,census,2016-07-01,2016-09-30^M
SUP-TRAINED,Beta,0,1,0.0,90,red,,,census,2016-07-01,2016-09-30^M
CHRON,Alpha,1,2,50.0,85,red,9.5,90.5,inconclusive,2016-07-01,2016-09-30^M
CHRON,Beta,1,1,100.0,85,green,20.7,100.0,inconclusive,2016-07-01,2016-09-30^M
ANALYSIS,Alpha,0,0,,85,no-data,,,none,2016-07-01,2016-09-30^M
ANALYSIS,Beta,0,0,,85,no-data,,,none,2016-07-01,2016-09-30^M
PLAN,Alpha,1,2,50.0,85,red,9.5,90.5,inconclusive,2016-07-01,2016-09-30^M
PLAN,Beta,0,0,,85,no-data,,,none,2016-07-01,2016-09-30^M
NEGLECT,Alpha,0,0,,85,no-data,,,none,2016-07-01,2016-09-30^M
NEGLECT,Beta,0,0,,85,no-data,,,none,2016-07-01,2016-09-30^M
CSE-IDENTIFIED,Alpha,0,0,,85,no-data,,,none,2016-07-01,2016-09-30^M
CSE-IDENTIFIED,Beta,0,0,,85,no-data,,,none,2016-07-01,2016-09-30^M
CSE-ASSESSED,Alpha,0,0,,90,no-data,,,none,2016-07-01,2016-09-30^M
CSE-ASSESSED,Beta,0,0,,90,no-data,,,none,2016-07-01,2016-09-30^M
CSE-PLAN,Alpha,0,0,,80,no-data,,,none,2016-07-01,2016-09-30^M
CSE-PLAN,Beta,0,0,,80,no-data,,,none,2016-07-01,2016-09-30^M
MISSING-INTERVIEW,Alpha,0,0,,85,no-data,,,none,2016-07-01,2016-09-30^M
MISSING-INTERVIEW,Beta,0,0,,85,no-data,,,none,2016-07-01,2016-09-30^M
MISSING-RISK,Alpha,0,0,,85,no-data,,,none,2016-07-01,2016-09-30^M
MISSING-RISK,Beta,0,0,,85,no-data,,,none,2016-07-01,2016-09-30^M
MISSING-PLAN,Alpha,0,0,,85,no-data,,,none,2016-07-01,2016-09-30^M
MISSING-PLAN,Beta,0,0,,85,no-data,,,none,2016-07-01,2016-09-30^M
IHA,Alpha,0,0,,95,no-data,,,none,2016-07-01,2016-09-30^M
IHA,Beta,0,0,,95,no-data,,,none,2016-07-01,2016-09-30^M
PATHWAY,Alpha,0,0,,85,no-data,,,none,2016-07-01,2016-09-30^M
PATHWAY,Beta,0,0,,85,no-data,,,none,2016-07-01,2016-09-30^M
VOICE,Alpha,0,0,,85,no-data,,,none,2016-07-01,2016-09-30^M
VOICE,Beta,0,0,,85,no-data,,,none,2016-07-01,2016-09-30^M
DECISIONS,Alpha,0,0,,80,no-data,,,none,2016-07-01,2016-09-30^M
DECISIONS,Beta,0,0,,80,no-data,,,none,2016-07-01,2016-09-30^M
$ # --by month: every month of the period, each month its own period for the
$ # worker targets (August: Wat unsupervised; July: Wes in post to its last
$ # day). Table mode adds a trend: the change from the month before. One
$ # month by team: Alpha's July sample, C1 on time and C2 late.
$ caseaudit --mode csv -c "compliance --quarter 2016-Q3 --by month --target SUP-REGULAR"
target,month,numerator,denominator,percent,threshold,status,ci_low,ci_high,evidence,period_from,period_to^M
SUP-REGULAR,2016-07,3,3,100.0,90,green,,,census,2016-07-01,2016-09-30^M
SUP-REGULAR,2016-08,2,3,66.7,90,red,,,census,2016-07-01,2016-09-30^M
SUP-REGULAR,2016-09,3,3,100.0,90,green,,,census,2016-07-01,2016-09-30^M
$ caseaudit --mode json -c "compliance --quarter 2016-Q3 --by month --target SUP-AGREEMENT"
[
 {"target": "SUP-AGREEMENT", "month": "2016-07", "numerator": 1, "denominator": 3, "percent": 33.3, "threshold": 90, "status": "red", "ci_low": null, "ci_high": null, "evidence": "census", "period_from": "2016-07-01", "period_to": "2016-09-30"},
 {"target": "SUP-AGREEMENT", "month": "2016-08", "numerator": 1, "denominator": 3, "percent": 33.3, "threshold": 90, "status": "red", "ci_low": null, "ci_high": null, "evidence": "census", "period_from": "2016-07-01", "period_to": "2016-09-30"},
 {"target": "SUP-AGREEMENT", "month": "2016-09", "numerator": 2, "denominator": 3, "percent": 66.7, "threshold": 90, "status": "red", "ci_low": null, "ci_high": null, "evidence": "census", "period_from": "2016-07-01", "period_to": "2016-09-30"}
]
$ caseaudit -c "compliance --quarter 2016-Q3 --by month --target SUP-REGULAR"
target       month    numerator  denominator  percent  threshold  status  ci_low  ci_high  evidence  trend
-----------  -------  ---------  -----------  -------  ---------  ------  ------  -------  --------  -------
SUP-REGULAR  2016-07          3            3    100.0         90  green                    census    
SUP-REGULAR  2016-08          2            3     66.7         90  red                      census    ↓ -33.3
SUP-REGULAR  2016-09          3            3    100.0         90  green                    census    ↑ +33.3
Period: 2016-Q3 (2016-07-01 to 2016-09-30).
$ caseaudit --mode csv -c "compliance --month 2016-07 --by team --target MGMT-AUDITS"
target,team,numerator,denominator,percent,threshold,status,ci_low,ci_high,evidence,period_from,period_to^M
MGMT-AUDITS,Alpha,1,2,50.0,80,red,,,census,2016-07-01,2016-07-31^M
MGMT-AUDITS,Beta,0,0,,80,no-data,,,none,2016-07-01,2016-07-31^M
$ # With no period: one span for every target, from the first month with a
$ # record (June) to the last complete month (October, today being 30
$ # November). No practitioner was supervised in every month of it.
$ caseaudit --mode csv -c "compliance"
target,numerator,denominator,percent,threshold,status,ci_low,ci_high,evidence,period_from,period_to^M
MGMT-AUDITS,1,3,33.3,80,red,,,census,2016-06-01,2016-10-31^M
SUP-REGULAR,0,4,0.0,90,red,,,census,2016-06-01,2016-10-31^M
SUPERVISION,0,0,,80,no-data,,,none,2016-06-01,2016-10-31^M
SUP-AGREEMENT,3,3,100.0,90,green,,,census,2016-06-01,2016-10-31^M
SUP-TRAINED,1,2,50.0,90,red,,,census,2016-06-01,2016-10-31^M
CHRON,3,5,60.0,85,red,23.1,88.2,inconclusive,2016-06-01,2016-10-31^M
ANALYSIS,0,0,,85,no-data,,,none,2016-06-01,2016-10-31^M
PLAN,1,2,50.0,85,red,9.5,90.5,inconclusive,2016-06-01,2016-10-31^M
NEGLECT,0,0,,85,no-data,,,none,2016-06-01,2016-10-31^M
CSE-IDENTIFIED,0,0,,85,no-data,,,none,2016-06-01,2016-10-31^M
CSE-ASSESSED,0,0,,90,no-data,,,none,2016-06-01,2016-10-31^M
CSE-PLAN,0,0,,80,no-data,,,none,2016-06-01,2016-10-31^M
MISSING-INTERVIEW,0,0,,85,no-data,,,none,2016-06-01,2016-10-31^M
MISSING-RISK,0,0,,85,no-data,,,none,2016-06-01,2016-10-31^M
MISSING-PLAN,0,0,,85,no-data,,,none,2016-06-01,2016-10-31^M
IHA,0,0,,95,no-data,,,none,2016-06-01,2016-10-31^M
PATHWAY,0,0,,85,no-data,,,none,2016-06-01,2016-10-31^M
VOICE,0,0,,85,no-data,,,none,2016-06-01,2016-10-31^M
DECISIONS,0,0,,80,no-data,,,none,2016-06-01,2016-10-31^M
$ caseaudit -c "compliance --target SUP-REGULAR"
target       numerator  denominator  percent  threshold  status  ci_low  ci_high  evidence
-----------  ---------  -----------  -------  ---------  ------  ------  -------  --------
SUP-REGULAR          0            4      0.0         90  red                      census
Period: all records, 2016-06 to 2016-10 (2016-06-01 to 2016-10-31): from the first month with a record to the last complete month, for every target.
Thresholds as in force today (2016-11-30).
$ caseaudit -c "compliance --target CHRON"
target  numerator  denominator  percent  threshold  status  ci_low  ci_high  evidence
------  ---------  -----------  -------  ---------  ------  ------  -------  ------------
CHRON           3            5     60.0         85  red       23.1     88.2  inconclusive
Period: all records, 2016-06 to 2016-10 (2016-06-01 to 2016-10-31): from the first month with a record to the last complete month, for every target.
Thresholds as in force today (2016-11-30).
$ # By month with no period: the months from the first to the last with
$ # data, a month with nothing to measure shown as no-data.
$ caseaudit --mode csv -c "compliance --by month --target CHRON"
target,month,numerator,denominator,percent,threshold,status,ci_low,ci_high,evidence,period_from,period_to^M
CHRON,2016-06,1,1,100.0,85,green,20.7,100.0,inconclusive,2016-06-01,2016-10-31^M
CHRON,2016-07,1,1,100.0,85,green,20.7,100.0,inconclusive,2016-06-01,2016-10-31^M
CHRON,2016-08,0,1,0.0,85,red,0.0,79.3,below,2016-06-01,2016-10-31^M
CHRON,2016-09,1,1,100.0,85,green,20.7,100.0,inconclusive,2016-06-01,2016-10-31^M
CHRON,2016-10,0,1,0.0,85,red,0.0,79.3,below,2016-06-01,2016-10-31^M
$ caseaudit -c "compliance --by month --target CHRON"
target  month    numerator  denominator  percent  threshold  status  ci_low  ci_high  evidence      trend
------  -------  ---------  -----------  -------  ---------  ------  ------  -------  ------------  --------
CHRON   2016-06          1            1    100.0         85  green     20.7    100.0  inconclusive  
CHRON   2016-07          1            1    100.0         85  green     20.7    100.0  inconclusive  → 0.0
CHRON   2016-08          0            1      0.0         85  red        0.0     79.3  below         ↓ -100.0
CHRON   2016-09          1            1    100.0         85  green     20.7    100.0  inconclusive  ↑ +100.0
CHRON   2016-10          0            1      0.0         85  red        0.0     79.3  below         ↓ -100.0
Period: all records, 2016-06 to 2016-10 (2016-06-01 to 2016-10-31): from the first month with a record to the last complete month, for every target.
$ # RAG boundaries. PLAN 1 of 2 at exactly its threshold, 50, is green;
$ # SUP-REGULAR 75.0, exactly 5 below 80, is amber. CHRON 2 of 3 is
$ # 66.666...: within 5 points of 71.66, amber; 5.003 below 71.67, red,
$ # because status is decided on the unrounded fraction, and printed 66.667
$ # (66.7 would lie above 66.67, the amber band's floor). SUP-AGREEMENT 2 of
$ # 3 against 20: green, a census (every worker counted, no interval).
$ # Each threshold applies from 1 July, so the quarter is judged by it.
$ caseaudit -c "target set PLAN --threshold 50 --from 2016-07-01" -c "target set SUP-REGULAR --threshold 80 --from 2016-07-01" -c "target set CHRON --threshold 71.66 --from 2016-07-01" -c "target set SUP-AGREEMENT --threshold 20 --from 2016-07-01"
PLAN: threshold 50% from 2016-07-01 on, was 85%; earlier periods keep theirs.
SUP-REGULAR: threshold 80% from 2016-07-01 on, was 90%; earlier periods keep theirs.
CHRON: threshold 71.66% from 2016-07-01 on, was 85%; earlier periods keep theirs.
SUP-AGREEMENT: threshold 20% from 2016-07-01 on, was 90%; earlier periods keep theirs.
$ caseaudit --mode csv -c "compliance --quarter 2016-Q3 --target PLAN" -c "compliance --quarter 2016-Q3 --target SUP-REGULAR" -c "compliance --quarter 2016-Q3 --target CHRON" -c "compliance --quarter 2016-Q3 --target SUP-AGREEMENT"
target,numerator,denominator,percent,threshold,status,ci_low,ci_high,evidence,period_from,period_to^M
PLAN,1,2,50.0,50,green,9.5,90.5,inconclusive,2016-07-01,2016-09-30^M
target,numerator,denominator,percent,threshold,status,ci_low,ci_high,evidence,period_from,period_to^M
SUP-REGULAR,3,4,75.0,80,amber,,,census,2016-07-01,2016-09-30^M
target,numerator,denominator,percent,threshold,status,ci_low,ci_high,evidence,period_from,period_to^M
CHRON,2,3,66.7,71.66,amber,20.8,93.9,inconclusive,2016-07-01,2016-09-30^M
target,numerator,denominator,percent,threshold,status,ci_low,ci_high,evidence,period_from,period_to^M
SUP-AGREEMENT,2,3,66.7,20,green,,,census,2016-07-01,2016-09-30^M
$ caseaudit -c "target set CHRON --threshold 71.67 --from 2016-07-01"
CHRON: threshold 71.67% from 2016-07-01 on, was 71.66%; earlier periods keep theirs.
$ caseaudit --mode csv -c "compliance --quarter 2016-Q3 --target CHRON"
target,numerator,denominator,percent,threshold,status,ci_low,ci_high,evidence,period_from,period_to^M
CHRON,2,3,66.667,71.67,red,20.8,93.9,inconclusive,2016-07-01,2016-09-30^M
$ # Colour on a terminal, none with NO_COLOR or when not on a terminal.
$ env -u NO_COLOR script -qec "caseaudit -c 'compliance --quarter 2016-Q3 --target PLAN'" /dev/null | cat -v
target  numerator  denominator  percent  threshold  status  ci_low  ci_high  evidence^M
------  ---------  -----------  -------  ---------  ------  ------  -------  ------------^M
PLAN            1            2     50.0         50  ^[[32mgreen^[[0m      9.5     90.5  inconclusive^M
Period: 2016-Q3 (2016-07-01 to 2016-09-30).^M
$ script -qec "caseaudit -c 'compliance --quarter 2016-Q3 --target PLAN'" /dev/null | cat -v
target  numerator  denominator  percent  threshold  status  ci_low  ci_high  evidence^M
------  ---------  -----------  -------  ---------  ------  ------  -------  ------------^M
PLAN            1            2     50.0         50  green      9.5     90.5  inconclusive^M
Period: 2016-Q3 (2016-07-01 to 2016-09-30).^M
$ # Refusals.
$ caseaudit -c "compliance --quarter 2016-Q5"
! error: --quarter '2016-Q5' is not a quarter; expected YYYY-QN with N from 1 to 4, e.g. 2016-Q3 for July to September, or a financial year's YYYY/YY-QN, e.g. 2016/17-Q3 for October to December 2016
? 1
$ caseaudit -c "compliance --quarter 2016Q3"
! error: --quarter '2016Q3' is not a quarter; expected YYYY-QN with N from 1 to 4, e.g. 2016-Q3 for July to September, or a financial year's YYYY/YY-QN, e.g. 2016/17-Q3 for October to December 2016
? 1
$ caseaudit -c "compliance --month 2016-13"
! error: --month '2016-13' is not a month; expected YYYY-MM, e.g. 2016-07
? 1
$ caseaudit -c "compliance --from 2016-02-30 --to 2016-03-31"
! error: --from '2016-02-30' is not a real date; expected YYYY-MM-DD
? 1
$ caseaudit -c "compliance --from 2016-07-01"
! error: --from needs --to too: a period is --from DATE --to DATE, both inclusive
? 1
$ caseaudit -c "compliance --to 2016-07-01"
! error: --to needs --from too: a period is --from DATE --to DATE, both inclusive
? 1
$ caseaudit -c "compliance --from 2016-09-01 --to 2016-08-01"
! error: --from 2016-09-01 is after --to 2016-08-01; the period must start on or before its last day
? 1
$ caseaudit -c "compliance --month 2016-07 --quarter 2016-Q3"
! error: give one period: --from and --to, or --month, or --quarter, or --year
? 1
$ caseaudit -c "compliance --by week"
! error: --by 'week' is not known; expected one of: team, month, service
? 1
$ caseaudit -c "compliance --team Gamma"
! error: unknown team 'Gamma'; 'team list' shows the teams
? 1
$ caseaudit -c "compliance --target CHRONO"
! error: unknown target 'CHRONO'; 'target list' shows the targets
? 1
$ caseaudit -c "compliance 2016-Q3"
! error: compliance: unexpected argument '2016-Q3'; usage: compliance [--from DATE --to DATE | --month YYYY-MM | --quarter YYYY-QN | --quarter YYYY/YY-QN | --year YYYY[/YY]] [--team TEAM] [--target CODE] [--type TYPE] [--by team|month|service] [--detail [--failing]]
? 1
$ caseaudit -c "compliance --quarter"
! error: --quarter needs a value (YYYY-QN)
? 1
$ caseaudit -c "compliance --from 1016-01-01 --to 2016-12-31 --by month"
! error: --by month from 1016-01 to 2016-12 is 12012 months, more than 1200; give a shorter period (a date with a mistyped year? 'audit list' and 'supervision list' show the dates)
? 1
