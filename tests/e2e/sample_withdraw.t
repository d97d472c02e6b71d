# MGMT-AUDITS as the plan means it: a scheduled audit not yet due has not
# failed, only a manager's own audit fulfils it, a case that closes before
# the due date leaves the programme, and a manager may withdraw one with a
# reason (sample withdraw); sample list shows what became of each.
$ cat > council.txt <<'EOF'
> team add "Assessment Team"
> team add "Children in Care Team"
> worker add "Sam Patel" --team "Assessment Team" --role team-manager
> worker add "Jo Evans" --team "Children in Care Team" --role team-manager
> worker add "Ira Singh" --team "Children in Care Team" --role iro
> worker add "Amy Cole" --team "Assessment Team" --role social-worker
> case add A1 --team "Assessment Team"
> case add A2 --team "Assessment Team"
> case add A3 --team "Assessment Team"
> case add A4 --team "Assessment Team"
> EOF
$ caseaudit --bail -f council.txt > /dev/null
$ # ---- drawn today, due at the end of December: pending, not 0/4 red.
$ caseaudit -c "sample draw --team 'Assessment Team' --size 4 --auditor 'Sam Patel' --due 2016-12-30 --seed 7" | head -1
sample 1 (seed 7): drew 4 of 4 eligible open cases of Assessment Team; audits due 2016-12-30, by Sam Patel
$ caseaudit --mode csv -c "compliance --target MGMT-AUDITS --quarter 2016/17-Q3"
target,numerator,denominator,percent,threshold,status,ci_low,ci_high,evidence,period_from,period_to^M
MGMT-AUDITS,0,0,,80,no-data,,,none,2016-10-01,2016-12-31^M
$ caseaudit -c "compliance --target MGMT-AUDITS --quarter 2016/17-Q3"
target       numerator  denominator  percent  threshold  status   ci_low  ci_high  evidence
-----------  ---------  -----------  -------  ---------  -------  ------  -------  --------
MGMT-AUDITS          0            0                  80  no-data                   none
Period: 2016/17-Q3 (2016-10-01 to 2016-12-31).
$ caseaudit --mode csv -c "sample list"
sample,team,auditor,drawn_on,due,case,audit,audit_date,audited,withdrawn,reason^M
1,Assessment Team,Sam Patel,2016-11-30,2016-12-30,A4,,,pending,,^M
1,Assessment Team,Sam Patel,2016-11-30,2016-12-30,A2,,,pending,,^M
1,Assessment Team,Sam Patel,2016-11-30,2016-12-30,A3,,,pending,,^M
1,Assessment Team,Sam Patel,2016-11-30,2016-12-30,A1,,,pending,,^M
$ # ---- an IRO's audit of a scheduled case does not fulfil it; the
$ # manager's does, at once, even before it is due.
$ caseaudit -c "audit add A1 --date 2016-11-30 --auditor 'Ira Singh' --type themed --grade good --submit CHRON=met"
1
$ caseaudit -c "audit add A2 --date 2016-11-30 --auditor 'Sam Patel' --grade good --submit CHRON=met"
2
$ caseaudit --mode json -c "compliance --target MGMT-AUDITS --quarter 2016/17-Q3"
[
 {"target": "MGMT-AUDITS", "numerator": 1, "denominator": 1, "percent": 100.0, "threshold": 80, "status": "green", "ci_low": null, "ci_high": null, "evidence": "census", "period_from": "2016-10-01", "period_to": "2016-12-31"}
]
$ # ---- A3 closes before its due date: withdrawn by itself. A4 is
$ # withdrawn by a manager with a reason.
$ caseaudit -c "case close A3 --date 2016-11-30"
$ caseaudit -c "sample withdraw 1 A4 --by 'Jo Evans' --reason 'child moved to another council'"
withdrew the audit of case A4 in sample 1: it counts nowhere in MGMT-AUDITS.
$ caseaudit -c "sample list"
sample  team          auditor    drawn_on    due         case  audit  audit_date  audited    withdrawn   reason
------  ------------  ---------  ----------  ----------  ----  -----  ----------  ---------  ----------  ------------
     1  Assessment …  Sam Patel  2016-11-30  2016-12-30  A4                       withdrawn  2016-11-30  child moved…
     1  Assessment …  Sam Patel  2016-11-30  2016-12-30  A2        2  2016-11-30  on-time                
     1  Assessment …  Sam Patel  2016-11-30  2016-12-30  A3                       withdrawn  2016-11-30  the case cl…
     1  Assessment …  Sam Patel  2016-11-30  2016-12-30  A1                       pending                
$ caseaudit --mode json -c "sample list"
[
 {"sample": 1, "team": "Assessment Team", "auditor": "Sam Patel", "drawn_on": "2016-11-30", "due": "2016-12-30", "case": "A4", "audit": null, "audit_date": null, "audited": "withdrawn", "withdrawn": "2016-11-30", "reason": "child moved to another council"},
 {"sample": 1, "team": "Assessment Team", "auditor": "Sam Patel", "drawn_on": "2016-11-30", "due": "2016-12-30", "case": "A2", "audit": 2, "audit_date": "2016-11-30", "audited": "on-time", "withdrawn": null, "reason": null},
 {"sample": 1, "team": "Assessment Team", "auditor": "Sam Patel", "drawn_on": "2016-11-30", "due": "2016-12-30", "case": "A3", "audit": null, "audit_date": null, "audited": "withdrawn", "withdrawn": "2016-11-30", "reason": "the case closed before the due date"},
 {"sample": 1, "team": "Assessment Team", "auditor": "Sam Patel", "drawn_on": "2016-11-30", "due": "2016-12-30", "case": "A1", "audit": null, "audit_date": null, "audited": "pending", "withdrawn": null, "reason": null}
]
$ caseaudit -c "compliance --target MGMT-AUDITS --quarter 2016/17-Q3 --detail"
sample  case  auditor    due         status     team             drawn_on    audit  audit_date  withdrawn_reason
------  ----  ---------  ----------  ---------  ---------------  ----------  -----  ----------  -----------------------------------
     1  A4    Sam Patel  2016-12-30  withdrawn  Assessment Team  2016-11-30                     child moved to another council
     1  A2    Sam Patel  2016-12-30  on-time    Assessment Team  2016-11-30      2  2016-11-30  
     1  A3    Sam Patel  2016-12-30  withdrawn  Assessment Team  2016-11-30                     the case closed before the due date
     1  A1    Sam Patel  2016-12-30  pending    Assessment Team  2016-11-30                     
Period: 2016/17-Q3 (2016-10-01 to 2016-12-31).
$ caseaudit --mode csv -c "compliance --target MGMT-AUDITS --quarter 2016/17-Q3 --detail --failing"
sample,case,auditor,due,status,team,drawn_on,audit,audit_date,withdrawn_reason^M
$ # ---- the withdrawal is in the history, with who made it and why
$ caseaudit --mode csv <<'EOF'
> sql "SELECT user, tbl, row_id, json_extract(new, '$.reason') AS reason FROM history WHERE tbl = 'scheduled_withdrawal'"
> EOF
user,tbl,row_id,reason^M
tester,scheduled_withdrawal,1/4,child moved to another council^M
$ # ---- refusals: one line each, nothing changed
$ caseaudit -c "sample withdraw 1 A1 --by 'Jo Evans'"
! error: sample withdraw needs --reason TEXT: why the audit is no longer wanted
? 1
$ caseaudit -c "sample withdraw 1 A1 --by 'Jo Evans' --reason '  '"
! error: a withdrawal needs --reason TEXT: why the audit is no longer wanted (it is kept in the history and shown by sample list)
? 1
$ caseaudit -c "sample withdraw 1 A1 --by 'Ira Singh' --reason 'not needed'"
! error: Ira Singh is not a manager (role iro); a scheduled management audit is withdrawn by a team-manager, head-of-service or senior-manager
? 1
$ caseaudit -c "sample withdraw 1 A1 --by 'Amy Cole' --reason 'not needed'"
! error: Amy Cole is not a manager (role social-worker); a scheduled management audit is withdrawn by a team-manager, head-of-service or senior-manager
? 1
$ caseaudit -c "sample withdraw 1 A2 --by 'Sam Patel' --reason 'not needed'"
! error: the audit of case A2 in sample 1 is already done (audit 2, 2016-11-30, on-time); a done audit cannot be withdrawn
? 1
$ caseaudit -c "sample withdraw 1 A4 --by 'Sam Patel' --reason 'again'"
! error: the audit of case A4 in sample 1 was already withdrawn on 2016-11-30
? 1
$ caseaudit -c "sample withdraw 1 A9 --by 'Sam Patel' --reason 'x'"
! error: unknown case 'A9'; 'case list' shows the cases
? 1
$ caseaudit -c "sample withdraw 2 A1 --by 'Sam Patel' --reason 'x'"
! error: sample 2 has no scheduled audit of case A1; 'sample list' shows the samples
? 1
$ caseaudit -c "sample withdraw one A1 --by 'Sam Patel' --reason 'x'"
! error: the sample 'one' is not a whole number above 0
? 1
$ caseaudit -c "sample withdraw 1 A1 --reason 'x'"
! error: sample withdraw needs --by NAME, the manager withdrawing the audit
? 1
$ caseaudit -c "sample withdraw 1 A1 --by 'Sam Patel' --reason 'x' --date 2016-12-31"
! error: --date 2016-12-31 is after today (2016-11-30); a withdrawal cannot be dated ahead
? 1
$ caseaudit -c "sample withdraw 1 A1 --by 'Sam Patel' --reason 'x' --date 2016-11-01"
! error: --date 2016-11-01 is before the draw date 2016-11-30 of sample 1
? 1
$ caseaudit --mode csv -c 'sql "SELECT count(*) AS withdrawals FROM scheduled_withdrawal"'
withdrawals^M
1^M
$ # ---- after the due date: A1 was never done by a manager (not-done),
$ # A2 on time; withdrawn ones count nowhere. 1 of 2.
$ CASEAUDIT_TODAY=2017-01-05 caseaudit --mode csv -c "compliance --target MGMT-AUDITS --quarter 2016/17-Q3" -c "sample list"
target,numerator,denominator,percent,threshold,status,ci_low,ci_high,evidence,period_from,period_to^M
MGMT-AUDITS,1,2,50.0,80,red,,,census,2016-10-01,2016-12-31^M
sample,team,auditor,drawn_on,due,case,audit,audit_date,audited,withdrawn,reason^M
1,Assessment Team,Sam Patel,2016-11-30,2016-12-30,A4,,,withdrawn,2016-11-30,child moved to another council^M
1,Assessment Team,Sam Patel,2016-11-30,2016-12-30,A2,2,2016-11-30,on-time,,^M
1,Assessment Team,Sam Patel,2016-11-30,2016-12-30,A3,,,withdrawn,2016-11-30,the case closed before the due date^M
1,Assessment Team,Sam Patel,2016-11-30,2016-12-30,A1,,,not-done,,^M
$ # A missed audit cannot be withdrawn after its due date.
$ CASEAUDIT_TODAY=2017-01-05 caseaudit -c "sample withdraw 1 A1 --by 'Sam Patel' --reason 'missed it'"
! error: the audit of case A1 in sample 1 fell due on 2016-12-30 and was not done; a missed audit cannot be withdrawn after its due date (withdraw it on or before 2016-12-30)
? 1
$ # A manager's audit after the due date is late: shown, not on time.
$ CASEAUDIT_TODAY=2017-01-05 caseaudit -c "audit add A1 --date 2017-01-04 --auditor 'Sam Patel' --grade good --submit CHRON=met"
3
$ CASEAUDIT_TODAY=2017-01-05 caseaudit --mode csv -c "compliance --target MGMT-AUDITS --quarter 2016/17-Q3 --detail"
sample,case,auditor,due,status,team,drawn_on,audit,audit_date,withdrawn_reason^M
1,A4,Sam Patel,2016-12-30,withdrawn,Assessment Team,2016-11-30,,,child moved to another council^M
1,A2,Sam Patel,2016-12-30,on-time,Assessment Team,2016-11-30,2,2016-11-30,^M
1,A3,Sam Patel,2016-12-30,withdrawn,Assessment Team,2016-11-30,,,the case closed before the due date^M
1,A1,Sam Patel,2016-12-30,late,Assessment Team,2016-11-30,3,2017-01-04,^M
