# After the audit: the learning loop (issue 17). Feedback to the case's
# worker, what was done for each action and a manager's check that it
# worked, re-audits linked to the audit they follow (then and now), the
# re-audit rule, the files due and overdue, and REAUDIT, a census.
$ cat > setup.cmds <<'END'
> team add 'Assessment Team' --service 'Front Door'
> worker add 'Sam Patel' --team 'Assessment Team' --role team-manager
> worker add 'Laura Quinn' --team 'Assessment Team' --role head-of-service
> worker add 'Alex Jones' --team 'Assessment Team' --role social-worker
> worker add 'Bea Hart' --team 'Assessment Team' --role social-worker
> case add C01 --team 'Assessment Team' --worker 'Alex Jones' --status cp --opened 2016-01-01
> case add C02 --team 'Assessment Team' --worker 'Alex Jones' --opened 2016-01-01
> case add C03 --team 'Assessment Team' --worker 'Bea Hart' --opened 2016-01-01
> audit add C01 --date 2016-06-01 --auditor 'Sam Patel' --grade inadequate --submit CHRON=not-met PLAN=not-met VOICE=met
> audit add C02 --date 2016-07-01 --auditor 'Sam Patel' --grade inadequate --submit CHRON=not-met
> audit add C03 --date 2016-10-20 --auditor 'Sam Patel' --grade requires-improvement --submit CHRON=met PLAN=not-met
> audit add C03 --date 2016-11-01 --auditor 'Laura Quinn' --grade good CHRON=met
> action add 1 'Update the chronology' --owner 'Alex Jones' --due 2016-06-30
> action add 1 'Make the plan SMART' --owner 'Alex Jones' --due 2016-07-15
> END
$ caseaudit -f setup.cmds x.db > /dev/null 2>&1; cp x.db caseaudit.db
$ # A re-audit three months on: linked to the audit it follows.
$ caseaudit -c "audit add C01 --date 2016-08-15 --auditor 'Sam Patel' --grade good --submit --follows 1 CHRON=met PLAN=not-met VOICE=met"
5
$ caseaudit -c "reaudit compare 5"
standard  then     now      change    then_note  now_note
--------  -------  -------  --------  ---------  --------
CHRON     not-met  met      improved             
PLAN      not-met  not-met  same                 
VOICE     met      met      same                 
$ caseaudit --mode json -c "reaudit compare 5"
[
 {"standard": "CHRON", "then": "not-met", "now": "met", "change": "improved", "then_note": null, "now_note": null},
 {"standard": "PLAN", "then": "not-met", "now": "not-met", "change": "same", "then_note": null, "now_note": null},
 {"standard": "VOICE", "then": "met", "now": "met", "change": "same", "then_note": null, "now_note": null}
]
$ caseaudit -c "reaudit list"
audit  date        case  team          grade         due         reaudit  reaudit_date  status
-----  ----------  ----  ------------  ------------  ----------  -------  ------------  -------
    1  2016-06-01  C01   Assessment …  inadequate    2016-09-01        5  2016-08-15    on-time
    2  2016-07-01  C02   Assessment …  inadequate    2016-10-01                         overdue
    3  2016-10-20  C03   Assessment …  requires-im…  2017-04-20                         due
$ caseaudit --mode csv -c "reaudit list --overdue"
audit,date,case,team,grade,due,reaudit,reaudit_date,status^M
2,2016-07-01,C02,Assessment Team,inadequate,2016-10-01,,,overdue^M
$ caseaudit -c "reaudit figure --year 2016"
target   numerator  denominator  percent  threshold  status  ci_low  ci_high  evidence
-------  ---------  -----------  -------  ---------  ------  ------  -------  --------
REAUDIT          1            2     50.0        100  red                      census
REAUDIT: files graded inadequate whose re-audit fell due from 2016-01-01 to 2016-12-31, re-audited by then; a census (every such file counted, no interval).
$ caseaudit --mode json -c "reaudit figure --year 2016 --by team"
[
 {"target": "REAUDIT", "team": "Assessment Team", "numerator": 1, "denominator": 2, "percent": 50.0, "threshold": 100, "status": "red", "ci_low": null, "ci_high": null, "evidence": "census"}
]
$ caseaudit -c "reaudit rule"
grade                 months  source
--------------------  ------  ------
inadequate                 3  plan
requires-improvement       6  plan
$ caseaudit -c "reaudit rule inadequate --months 2" && caseaudit -c "reaudit rule" && caseaudit --mode csv -c "reaudit list" | cut -d, -f1,6,9
grade                 months  source
--------------------  ------  -------
inadequate                 2  council
requires-improvement       6  plan
audit,due,status^M
1,2016-08-01,late^M
2,2016-09-01,overdue^M
3,2017-04-20,due^M
$ caseaudit -c "reaudit rule inadequate --months 0" && caseaudit --mode csv -c "reaudit rule"
grade,months,source^M
inadequate,3,plan^M
requires-improvement,6,plan^M
$ # Feedback: the audit discussed with the case's worker.
$ caseaudit -c "feedback add 1 --by 'Sam Patel' --date 2016-06-03 --response 'Agreed; will update the chronology'"
$ caseaudit -c "feedback list"
audit  date        case  team          worker      by         feedback    response
-----  ----------  ----  ------------  ----------  ---------  ----------  ------------
    1  2016-06-01  C01   Assessment …  Alex Jones  Sam Patel  2016-06-03  Agreed; wil…
$ caseaudit --mode csv -c "feedback list --outstanding"
audit,date,case,team,worker,auditor,days^M
2,2016-07-01,C02,Assessment Team,Alex Jones,Sam Patel,152^M
5,2016-08-15,C01,Assessment Team,Alex Jones,Sam Patel,107^M
3,2016-10-20,C03,Assessment Team,Bea Hart,Sam Patel,41^M
$ # Actions: done with evidence, checked by a manager.
$ caseaudit -c "action done 1 --date 2016-06-20 --evidence 'Chronology brought up to date'"
$ caseaudit -c "action check 1 --by 'Laura Quinn' --effective --date 2016-08-15 --note 'Current at supervision'"
$ caseaudit -c "action done 2 --date 2016-07-10"
$ caseaudit -c "action list --unchecked"
id  audit  case  owner       due         done        status  checked  text
--  -----  ----  ----------  ----------  ----------  ------  -------  ------------
 2      1  C01   Alex Jones  2016-07-15  2016-07-10  done             Make the pl…
$ caseaudit -c "action show 1"
id          1
audit       1
case        C01
team        Assessment Team
owner       Alex Jones
due         2016-06-30
done        2016-06-20
status      done
text        Update the chronology
evidence    Chronology brought up to date
checked     effective
checked_by  Laura Quinn
checked_on  2016-08-15
check_note  Current at supervision
$ caseaudit --mode json -c "action summary --by owner"
[
 {"who": "Alex Jones", "open": 0, "overdue": 0, "unchecked": 1, "effective": 1, "not_effective": 0}
]
$ caseaudit -c "action summary --by team"
who              open  overdue  unchecked  effective  not_effective
---------------  ----  -------  ---------  ---------  -------------
Assessment Team     0        0          1          1              0
$ caseaudit --mode csv -c "sql SELECT tbl, operation, count(*) AS n FROM history WHERE tbl IN ('feedback', 'action_evidence', 'action_check', 'reaudit') GROUP BY 1, 2 ORDER BY 1"
tbl,operation,n^M
action_check,insert,1^M
action_evidence,insert,1^M
feedback,insert,1^M
reaudit,insert,1^M
$ # Bad input: one line each, nothing changed.
$ caseaudit -c "audit add C02 --date 2016-09-01 --auditor 'Sam Patel' --follows 1 CHRON=met"
! error: audit 1 is of case C01, not C02; a re-audit follows an earlier audit of the same case
? 1
$ caseaudit -c "audit add C03 --date 2016-11-05 --auditor 'Sam Patel' --follows 4 CHRON=met"
! error: audit 4 is a draft; a re-audit follows a submitted audit
? 1
$ caseaudit -c "audit add C01 --date 2016-05-01 --auditor 'Sam Patel' --follows 1 CHRON=met"
! error: the re-audit's date 2016-05-01 is before the audit it follows (1, 2016-06-01)
? 1
$ caseaudit -c "audit add C01 --date 2016-09-01 --auditor 'Sam Patel' --follows 99 CHRON=met"
! error: unknown audit 99; --follows names the audit this one re-audits ('audit list --case CASE' shows them)
? 1
$ caseaudit -c "feedback add 2 --by 'Sam Patel' --worker 'Bea Hart'"
! error: Bea Hart is not the worker of case C02 (on 2016-07-01 it was Alex Jones); feedback is given to the case's worker
? 1
$ caseaudit -c "feedback add 1 --by 'Sam Patel'"
! error: audit 1's feedback was recorded on 2016-06-03; it is recorded once
? 1
$ caseaudit -c "feedback add 4 --by 'Sam Patel'"
! error: audit 4 is a draft; feedback follows a submitted audit (audit submit 4)
? 1
$ caseaudit -c "feedback add 2 --by 'Bea Hart'"
! error: Bea Hart is a social-worker; feedback is given by the auditor or a manager (a team-manager, head-of-service or senior-manager)
? 1
$ caseaudit -c "feedback add 2"
! error: feedback add needs --by NAME, the manager or auditor who gave it
? 1
$ caseaudit -c "action check 2 --by 'Alex Jones' --effective"
! error: Alex Jones owns action 2 and cannot check their own action; a manager checks it
? 1
$ caseaudit -c "action check 2 --by 'Bea Hart' --effective"
! error: Bea Hart is a social-worker; an action is checked by a team-manager, head-of-service or senior-manager
? 1
$ caseaudit -c "action check 2 --by 'Laura Quinn'"
! error: action check needs --effective or --not-effective (one of them): did practice change as the action intended?
? 1
$ caseaudit -c "action check 1 --by 'Laura Quinn' --not-effective"
! error: action 1 was checked on 2016-08-15; it is checked once
? 1
$ caseaudit -c "action done 3"
! error: unknown action 3; 'action list' shows the actions
? 1
$ caseaudit -c "reaudit compare 1"
! error: audit 1 is not a re-audit; record one with audit add ... --follows AUDIT
? 1
$ caseaudit -c "reaudit rule outstanding --months 40"
! error: --months 40 is out of range; expected 1 to 36 (0 takes the council's rule away)
? 1
$ caseaudit -c "reaudit rule excellent --months 3"
! error: grade 'excellent' is not known; expected one of: outstanding, good, requires-improvement, inadequate, adequate
? 1
$ caseaudit -c "reaudit figure --by worker"
! error: --by 'worker' is not known; expected one of: team
? 1
$ caseaudit --mode csv -c "sql SELECT (SELECT count(*) FROM reaudit) AS reaudits, (SELECT count(*) FROM feedback) AS feedback, (SELECT count(*) FROM action_check) AS checks, (SELECT count(*) FROM audit) AS audits"
reaudits,feedback,checks,audits^M
1,1,1,5^M
