# The audit rules of issue 12, each from its one home (src/domain.c):
# an audit recorded once, standards asked vs answerable, MISSING-RISK for
# children in care, and the grade rule for themed and multi-agency audits.
$ caseaudit -c "team add 'Assessment Team 1'" -c "worker add 'Ann Boss' --team 'Assessment Team 1' --role team-manager" -c "case add C1 --team 'Assessment Team 1' --status cin --opened 2016-01-04" -c "case add C2 --team 'Assessment Team 1' --status cin --flag missing --opened 2016-01-04" -c "case add C3 --team 'Assessment Team 1' --status cic --flag missing --opened 2016-01-04"
$ # NEGLECT=not-met on a file not flagged neglect: neglect present but not
$ # identified, the failure the target counts. Accepted, and counted.
$ caseaudit -c "audit add C1 --date 2016-11-01 --auditor 'Ann Boss' --grade requires-improvement --submit CHRON=met NEGLECT=not-met"
1
$ caseaudit --mode csv -c "compliance --month 2016-11 --target NEGLECT"
target,numerator,denominator,percent,threshold,status,ci_low,ci_high,evidence,period_from,period_to^M
NEGLECT,0,1,0.0,85,red,0.0,79.3,below,2016-11-01,2016-11-30^M
$ caseaudit --mode json -c "compliance --month 2016-11 --target NEGLECT"
[
 {"target": "NEGLECT", "numerator": 0, "denominator": 1, "percent": 0.0, "threshold": 85, "status": "red", "ci_low": 0.0, "ci_high": 79.3, "evidence": "below", "period_from": "2016-11-01", "period_to": "2016-11-30"}
]
$ # The same audit add twice: refused, naming the first; it counts once.
$ caseaudit -c "audit add C1 --date 2016-11-01 --auditor 'Ann Boss' --grade requires-improvement --submit CHRON=met NEGLECT=not-met"
! error: case C1 was already audited on 2016-11-01 by Ann Boss (audit 1); an audit is recorded once
? 1
$ caseaudit --mode csv -c "compliance --month 2016-11 --target CHRON" | cut -d, -f1-3
target,numerator,denominator
CHRON,1,1
$ # Asked is not answerable: audit start does not ask NEGLECT of C1, and
$ # 'audit show' does not list it as unanswered.
$ caseaudit --mode csv -c "standard list" | grep '^NEGLECT\|^CSE-IDENTIFIED\|^MISSING-RISK'
NEGLECT,"Where neglect is a feature, it is identified and addressed",case files flagged neglect; answerable on any file^M
CSE-IDENTIFIED,Potential risk of child sexual exploitation is identified and responded to,case files flagged cse or missing; answerable on any file^M
MISSING-RISK,"Where a child in care went missing, a risk assessment was completed",children in care (cic) flagged missing^M
$ # MISSING-RISK: children in care flagged missing only.
$ caseaudit -c "audit add C2 --date 2016-11-02 --auditor 'Ann Boss' --grade good MISSING-RISK=met"
! error: standard MISSING-RISK applies only to cases with status cic flagged missing and case C2 has status cin, flagged missing; answer MISSING-RISK=na
? 1
$ caseaudit -c "audit add C3 --date 2016-11-02 --auditor 'Ann Boss' --grade good --submit MISSING-RISK=met"
2
$ # The grade rule: a dip-sample audit is graded to be submitted; a themed
$ # (or multi-agency) audit need not be.
$ caseaudit -c "audit add C2 --date 2016-11-03 --auditor 'Ann Boss' --submit CHRON=met"
! error: a submitted dip-sample audit needs a grade; give one, or record a draft and grade it later
? 1
$ caseaudit --mode json -c "audit add C2 --date 2016-11-03 --auditor 'Ann Boss' --type themed --submit CHRON=met CSE-IDENTIFIED=not-met"
{"id": 3}
$ caseaudit --mode csv -c "audit list --case C2"
id,date,case,team,auditor,grade,status,moderated,theme^M
3,2016-11-03,C2,Assessment Team 1,Ann Boss,,submitted,,^M
$ # A draft themed audit is submitted without a grade; a dip-sample one not.
$ caseaudit -c "audit add C2 --date 2016-11-04 --auditor 'Ann Boss' --type themed CHRON=met" -c "audit submit 4"
4
audit 4 submitted; not answered, so not counted: ANALYSIS, PLAN, VOICE, DECISIONS, SUPERVISION, CSE-IDENTIFIED, MISSING-INTERVIEW
$ caseaudit -c "audit add C2 --date 2016-11-05 --auditor 'Ann Boss' CHRON=met" -c "audit submit 5"
5
! error: audit 5 has no grade; give one with 'audit grade 5 GRADE' before submitting (a dip-sample audit is graded)
? 1
$ # The database refuses a second audit from any other writer too (its
$ # audit_once trigger; caseaudit's own functions stood in for here).
$ sqlite3 caseaudit.db "SELECT name FROM sqlite_schema WHERE name = 'audit_once'"
audit_once
