# supervision add and supervision list, and the bad input refused.
# The supervisor must be a manager: a team-manager or head-of-service.
$ caseaudit -c "team add 'Assessment Team 1'" -c "team add 'Disabled Children'"
$ caseaudit -c "worker add 'Jane Smith' --team 'Assessment Team 1' --role social-worker --started 2015-04-01" -c "worker add 'Ann Boss' --team 'Assessment Team 1' --role team-manager" -c "worker add 'Hal Head' --team 'Disabled Children' --role head-of-service" -c "worker add 'Sam Evans' --team 'Disabled Children' --role aqw --left 2016-06-30" -c "worker add 'Ira Reviewer' --team 'Disabled Children' --role iro" -c "worker add 'New Boss' --team 'Disabled Children' --role team-manager --started 2016-10-01"
$ caseaudit -c "case add C1042 --team 'Assessment Team 1'" -c "case add C1077 --team 'Assessment Team 1'" -c "case add C2001 --team 'Disabled Children'"
$ caseaudit -c "supervision add 'jane smith' --by 'ANN BOSS' --date 2016-11-02 --case C1077 --case C1042 --case C1077"
$ caseaudit -c "supervision add 'Jane Smith' --by 'Ann Boss' --date=2016-10-03 --case=C1042"
$ caseaudit -c "supervision add 'Ann Boss' --by 'Hal Head' --date 2016-10-31"
$ # New Boss had not started on 2016-06-30; the next command still runs.
$ caseaudit -c "supervision add 'Sam Evans' --by 'New Boss' --date 2016-06-30" -c "supervision add 'Sam Evans' --by 'Hal Head' --date 2016-06-30 --case C2001"
! error: 'New Boss' started on 2016-10-01, after the supervision date 2016-06-30; check the date
? 1
$ caseaudit -c "supervision add 'Sam Evans' --by 'Hal Head' --date 2016-05-31"
$ caseaudit -c "supervision list"
date        worker      supervisor  cases        team
----------  ----------  ----------  -----------  -----------------
2016-05-31  Sam Evans   Hal Head                 Disabled Children
2016-06-30  Sam Evans   Hal Head    C2001        Disabled Children
2016-10-03  Jane Smith  Ann Boss    C1042        Assessment Team 1
2016-10-31  Ann Boss    Hal Head                 Assessment Team 1
2016-11-02  Jane Smith  Ann Boss    C1042;C1077  Assessment Team 1
$ caseaudit --mode csv -c "supervision list"
date,worker,supervisor,cases,team^M
2016-05-31,Sam Evans,Hal Head,,Disabled Children^M
2016-06-30,Sam Evans,Hal Head,C2001,Disabled Children^M
2016-10-03,Jane Smith,Ann Boss,C1042,Assessment Team 1^M
2016-10-31,Ann Boss,Hal Head,,Assessment Team 1^M
2016-11-02,Jane Smith,Ann Boss,C1042;C1077,Assessment Team 1^M
$ caseaudit --mode json -c "supervision list"
[
 {"date": "2016-05-31", "worker": "Sam Evans", "supervisor": "Hal Head", "cases": null, "team": "Disabled Children"},
 {"date": "2016-06-30", "worker": "Sam Evans", "supervisor": "Hal Head", "cases": "C2001", "team": "Disabled Children"},
 {"date": "2016-10-03", "worker": "Jane Smith", "supervisor": "Ann Boss", "cases": "C1042", "team": "Assessment Team 1"},
 {"date": "2016-10-31", "worker": "Ann Boss", "supervisor": "Hal Head", "cases": null, "team": "Assessment Team 1"},
 {"date": "2016-11-02", "worker": "Jane Smith", "supervisor": "Ann Boss", "cases": "C1042;C1077", "team": "Assessment Team 1"}
]
$ caseaudit --mode csv -c "supervision list --worker 'jane smith'"
date,worker,supervisor,cases,team^M
2016-10-03,Jane Smith,Ann Boss,C1042,Assessment Team 1^M
2016-11-02,Jane Smith,Ann Boss,C1042;C1077,Assessment Team 1^M
$ caseaudit --mode csv -c "supervision list --from 2016-10-03 --to 2016-10-31"
date,worker,supervisor,cases,team^M
2016-10-03,Jane Smith,Ann Boss,C1042,Assessment Team 1^M
2016-10-31,Ann Boss,Hal Head,,Assessment Team 1^M
$ caseaudit --mode csv -c "supervision list --from 2016-10-04"
date,worker,supervisor,cases,team^M
2016-10-31,Ann Boss,Hal Head,,Assessment Team 1^M
2016-11-02,Jane Smith,Ann Boss,C1042;C1077,Assessment Team 1^M
$ caseaudit --mode csv -c "supervision list --to 2016-06-30"
date,worker,supervisor,cases,team^M
2016-05-31,Sam Evans,Hal Head,,Disabled Children^M
2016-06-30,Sam Evans,Hal Head,C2001,Disabled Children^M
$ caseaudit --mode json -c "supervision list --worker 'Jane Smith' --from 2016-11-01 --to 2016-11-30"
[
 {"date": "2016-11-02", "worker": "Jane Smith", "supervisor": "Ann Boss", "cases": "C1042;C1077", "team": "Assessment Team 1"}
]
$ caseaudit --mode csv -c "supervision list --month 2016-10"
date,worker,supervisor,cases,team^M
2016-10-03,Jane Smith,Ann Boss,C1042,Assessment Team 1^M
2016-10-31,Ann Boss,Hal Head,,Assessment Team 1^M
$ caseaudit --mode csv -c "supervision list --quarter 2016-Q2 --team 'Disabled Children'"
date,worker,supervisor,cases,team^M
2016-05-31,Sam Evans,Hal Head,,Disabled Children^M
2016-06-30,Sam Evans,Hal Head,C2001,Disabled Children^M
$ caseaudit --mode csv -c "supervision list --by 'Hal Head'"
date,worker,supervisor,cases,team^M
2016-05-31,Sam Evans,Hal Head,,Disabled Children^M
2016-06-30,Sam Evans,Hal Head,C2001,Disabled Children^M
2016-10-31,Ann Boss,Hal Head,,Assessment Team 1^M
$ caseaudit --mode csv -c "supervision list --team 'Disabled Children'"
date,worker,supervisor,cases,team^M
2016-05-31,Sam Evans,Hal Head,,Disabled Children^M
2016-06-30,Sam Evans,Hal Head,C2001,Disabled Children^M
$ caseaudit -c "supervision list --worker 'Ira Reviewer'"
date  worker  supervisor  cases  team
----  ------  ----------  -----  ----
$ caseaudit --mode csv -c "supervision list --worker 'Ira Reviewer'"
date,worker,supervisor,cases,team^M
$ caseaudit --mode json -c "supervision list --worker 'Ira Reviewer'"
[]
$ # Refusals: each names what was wrong, and nothing changes.
$ caseaudit -c "supervision add 'Jane Smith' --by 'Ann Boss' --date 2016-11-02"
! error: a supervision of 'Jane Smith' by 'Ann Boss' on 2016-11-02 is already recorded
? 1
$ caseaudit -c "supervision add 'Ann Boss' --by 'Ann Boss' --date 2016-11-03"
! error: 'Ann Boss' cannot supervise themselves; --by names their manager
? 1
$ caseaudit -c "supervision add 'Ann Boss' --by 'Jane Smith' --date 2016-11-03"
! error: 'Jane Smith' is not a manager (role social-worker); supervision is by a team-manager, head-of-service or senior-manager
? 1
$ caseaudit -c "supervision add 'Jane Smith' --by 'Ira Reviewer' --date 2016-11-03"
! error: 'Ira Reviewer' is not a manager (role iro); supervision is by a team-manager, head-of-service or senior-manager
? 1
$ caseaudit -c "supervision add 'Nobody' --by 'Ann Boss' --date 2016-11-03"
! error: unknown worker 'Nobody'; 'worker list' shows the workers
? 1
$ caseaudit -c "supervision add 'Jane Smith' --by 'Nobody' --date 2016-11-03"
! error: unknown worker 'Nobody'; 'worker list' shows the workers
? 1
$ caseaudit -c "supervision add 'Jane Smith' --by 'Ann Boss' --date 2016-11-03 --case C1042 --case C9"
! error: unknown case 'C9'; 'case list' shows the cases
? 1
$ caseaudit -c "supervision add 'Jane Smith' --date 2016-11-03"
! error: supervision add: --by MANAGER is required; usage: supervision add WORKER --by MANAGER --date DATE [--case ID]...
? 1
$ caseaudit -c "supervision add 'Jane Smith' --by 'Ann Boss'"
! error: supervision add: --date DATE is required; usage: supervision add WORKER --by MANAGER --date DATE [--case ID]...
? 1
$ caseaudit -c "supervision add 'Jane Smith' --by 'Ann Boss' --date 2016-11-31"
! error: --date '2016-11-31' is not a real date; expected YYYY-MM-DD
? 1
$ caseaudit -c "supervision add 'Jane Smith' --by 'Ann Boss' --date 2016-12-01"
! error: the supervision date 2016-12-01 is after today (2016-11-30); record a session once it has taken place
? 1
$ caseaudit -c "supervision add 'Jane Smith' --by 'Ann Boss' --date 2015-03-31"
! error: 'Jane Smith' started on 2015-04-01, after the supervision date 2015-03-31; check the date
? 1
$ caseaudit -c "supervision add 'Sam Evans' --by 'Hal Head' --date 2016-07-01"
! error: 'Sam Evans' left on 2016-06-30, before the supervision date 2016-07-01; check the date
? 1
$ caseaudit -c "supervision add 'Jane Smith' --by 'New Boss' --date 2016-09-30"
! error: 'New Boss' started on 2016-10-01, after the supervision date 2016-09-30; check the date
? 1
$ caseaudit -c "supervision add 'Jane Smith' --by 'Ann Boss' --by 'Hal Head' --date 2016-11-03"
! error: --by is given twice; give it once
? 1
$ caseaudit -c "supervision add --by 'Ann Boss' --date 2016-11-03"
! error: supervision add: missing argument; usage: supervision add WORKER --by MANAGER --date DATE [--case ID]...
? 1
$ caseaudit -c "supervision add 'Jane Smith' 'Sam Evans' --by 'Ann Boss' --date 2016-11-03"
! error: supervision add: unexpected argument 'Sam Evans'; usage: supervision add WORKER --by MANAGER --date DATE [--case ID]...
? 1
$ caseaudit -c "supervision add 'Jane Smith' --by 'Ann Boss' --date 2016-11-03 --note good"
! error: unknown option --note for 'supervision add'; it takes: --by, --date, --case
? 1
$ caseaudit -c "supervision add 'Jane Smith' --date 2016-11-03 --by"
! error: --by needs a value (MANAGER)
? 1
$ caseaudit --mode csv -c "supervision list" | wc -l
6
$ caseaudit -c "supervision list --worker Nobody"
! error: unknown worker 'Nobody'; 'worker list' shows the workers
? 1
$ caseaudit -c "supervision list --by Nobody"
! error: unknown worker 'Nobody'; 'worker list' shows the workers
? 1
$ caseaudit -c "supervision list --team Nowhere"
! error: unknown team 'Nowhere'; 'team list' shows the teams
? 1
$ caseaudit -c "supervision list --from 2016-13-01"
! error: --from '2016-13-01' is not a real date; expected YYYY-MM-DD
? 1
$ caseaudit -c "supervision list --to 2016-02-30"
! error: --to '2016-02-30' is not a real date; expected YYYY-MM-DD
? 1
$ caseaudit -c "supervision list --from 2016-11-01 --to 2016-10-01"
! error: --from 2016-11-01 is after --to 2016-10-01
? 1
$ caseaudit -c "supervision list 'Jane Smith'"
! error: supervision list: unexpected argument 'Jane Smith'; usage: supervision list [--worker NAME] [--from DATE] [--to DATE] [--by NAME] [--team TEAM] [--month YYYY-MM] [--quarter YYYY-QN]
? 1
$ caseaudit -c "supervision list --colour red"
! error: unknown option --colour for 'supervision list'; it takes: --worker, --from, --to, --by, --team, --month, --quarter
? 1
$ caseaudit -c "supervision list --month 2016-13"
! error: --month '2016-13' is not a month; expected YYYY-MM, e.g. 2016-07
? 1
$ caseaudit -c "supervision list --quarter 2016-Q5"
! error: --quarter '2016-Q5' is not a quarter; expected YYYY-QN with N from 1 to 4, e.g. 2016-Q3 for July to September, or a financial year's YYYY/YY-QN, e.g. 2016/17-Q3 for October to December 2016
? 1
$ caseaudit -c "supervision list --month 2016-11 --from 2016-11-01"
! error: give one period: --from/--to, --month or --quarter
? 1
$ caseaudit -c "supervision list --month 2016-11 --quarter 2016-Q4"
! error: give one period: --from/--to, --month or --quarter
? 1
$ caseaudit -c "help supervision add"
usage: supervision add WORKER --by MANAGER --date DATE [--case ID]...

record a supervision session
Records that a manager supervised a worker. SUP-REGULAR counts these:
a social worker or AQW should have one in every month in post.
  --by MANAGER   the supervisor (required): a manager (team-manager,
                 head-of-service, or senior-manager for the managers
                 below them), not the worker themselves
  --date DATE    when it took place (required; not after today, and
                 both people in post on it)
  --case ID      a case discussed; repeat for more
The same worker, supervisor and date cannot be recorded twice.

example: supervision add "Jane Smith" --by "Ann Boss" --date 2016-11-02 --case C1042 --case C1077

