# case add, set, close, show and list, and the bad input they refuse.
$ caseaudit -c "team add 'Assessment Team 1'" -c "team add 'Disabled Children'"
$ caseaudit -c "worker add 'Jane Smith' --team 'Assessment Team 1' --role social-worker" -c "worker add 'Ann Boss' --team 'Assessment Team 1' --role team-manager" -c "worker add 'Hal Head' --team 'Disabled Children' --role head-of-service" -c "worker add 'Lee Left' --team 'Assessment Team 1' --role social-worker --left 2016-10-31"
$ caseaudit -c "case add C1042 --team 'assessment team 1' --worker 'jane smith' --status cp --opened 2016-01-04 --flag neglect --flag cse"
$ caseaudit -c "case add C1077 --team 'Assessment Team 1' --opened=2016-03-14 --flag=missing"
$ caseaudit -c "case add C2001 --team 'Disabled Children' --status cic"
$ caseaudit -c "case add 'AB 12' --team 'Disabled Children' --status early-help --flag domestic-abuse"
$ caseaudit -c "case list"
id     team          worker      status      opened      closed  flags         last_audited
-----  ------------  ----------  ----------  ----------  ------  ------------  ------------
AB 12  Disabled Ch…              early-help                      domestic-ab…  
C1042  Assessment …  Jane Smith  cp          2016-01-04          cse;neglect   
C1077  Assessment …              cin         2016-03-14          missing       
C2001  Disabled Ch…              cic                                           
$ caseaudit --mode csv -c "case list"
id,team,worker,status,opened,closed,flags,last_audited^M
AB 12,Disabled Children,,early-help,,,domestic-abuse,^M
C1042,Assessment Team 1,Jane Smith,cp,2016-01-04,,cse;neglect,^M
C1077,Assessment Team 1,,cin,2016-03-14,,missing,^M
C2001,Disabled Children,,cic,,,,^M
$ caseaudit --mode json -c "case list"
[
 {"id": "AB 12", "team": "Disabled Children", "worker": null, "status": "early-help", "opened": null, "closed": null, "flags": "domestic-abuse", "last_audited": null},
 {"id": "C1042", "team": "Assessment Team 1", "worker": "Jane Smith", "status": "cp", "opened": "2016-01-04", "closed": null, "flags": "cse;neglect", "last_audited": null},
 {"id": "C1077", "team": "Assessment Team 1", "worker": null, "status": "cin", "opened": "2016-03-14", "closed": null, "flags": "missing", "last_audited": null},
 {"id": "C2001", "team": "Disabled Children", "worker": null, "status": "cic", "opened": null, "closed": null, "flags": null, "last_audited": null}
]
$ # Refusals: each names what was wrong, and nothing changes.
$ caseaudit -c "case add C1042 --team 'Assessment Team 1'"
! error: a case 'C1042' already exists; case IDs are unique
? 1
$ caseaudit -c "case add '' --team 'Assessment Team 1'"
! error: the case ID is empty; give the council's child ID
? 1
$ caseaudit -c "case add ' C9' --team 'Assessment Team 1'"
! error: the case ID ' C9' starts or ends with a space; remove it
? 1
$ caseaudit -c "case add C9"
! error: case add: --team TEAM is required; usage: case add ID --team TEAM [--worker NAME] [--status STATUS] [--opened DATE] [--flag FLAG]...
? 1
$ caseaudit -c "case add C9 --team Nowhere"
! error: unknown team 'Nowhere'; 'team list' shows the teams
? 1
$ caseaudit -c "case add C9 --team 'Assessment Team 1' --worker Nobody"
! error: unknown worker 'Nobody'; 'worker list' shows the workers
? 1
$ caseaudit -c "case add C9 --team 'Assessment Team 1' --worker 'Lee Left'"
! error: 'Lee Left' left on 2016-10-31; allocate an open case to a worker in post
? 1
$ caseaudit -c "case add C9 --team 'Assessment Team 1' --status lac"
! error: --status 'lac' is not known; expected one of: early-help, cin, cp, cic, care-leaver
? 1
$ caseaudit -c "case add C9 --team 'Assessment Team 1' --flag cse --flag drugs"
! error: --flag 'drugs' is not known; expected one of: neglect, cse, missing, domestic-abuse
? 1
$ caseaudit -c "case add C9 --team 'Assessment Team 1' --opened 2016-02-30"
! error: --opened '2016-02-30' is not a real date; expected YYYY-MM-DD
? 1
$ caseaudit -c "case add C9 --team 'Assessment Team 1' --opened 2016-12-01"
! error: the opening date 2016-12-01 is after today (2016-11-30); record it once it has happened
? 1
$ caseaudit -c "case add C9 --team 'Assessment Team 1' --unflag cse"
! error: unknown option --unflag for 'case add'; it takes: --team, --worker, --status, --opened, --flag
? 1
$ caseaudit -c "case add C9 --team 'Assessment Team 1' --status cp --status cin"
! error: --status is given twice; give it once
? 1
$ caseaudit -c "case add --team 'Assessment Team 1'"
! error: case add: missing argument; usage: case add ID --team TEAM [--worker NAME] [--status STATUS] [--opened DATE] [--flag FLAG]...
? 1
$ caseaudit --mode csv -c "case list" | wc -l
5
$ # case set changes what is given and leaves the rest.
$ caseaudit -c "case set C1077 --team 'Disabled Children' --worker 'Hal Head' --status cic --flag cse --flag cse --opened 2016-03-15"
$ caseaudit -c "case set C1077 --unflag missing --flag neglect --flag domestic-abuse"
$ caseaudit --mode csv -c "case list --team 'Disabled Children'"
id,team,worker,status,opened,closed,flags,last_audited^M
AB 12,Disabled Children,,early-help,,,domestic-abuse,^M
C1077,Disabled Children,Hal Head,cic,2016-03-15,,cse;domestic-abuse;neglect,^M
C2001,Disabled Children,,cic,,,,^M
$ caseaudit -c "case set C1077 --unallocate"
$ caseaudit --mode csv -c "case list"
id,team,worker,status,opened,closed,flags,last_audited^M
AB 12,Disabled Children,,early-help,,,domestic-abuse,^M
C1042,Assessment Team 1,Jane Smith,cp,2016-01-04,,cse;neglect,^M
C1077,Disabled Children,,cic,2016-03-15,,cse;domestic-abuse;neglect,^M
C2001,Disabled Children,,cic,,,,^M
$ caseaudit -c "case set C1077"
! error: nothing to change for case 'C1077'; give --team, --worker, --unallocate, --status, --opened, --flag or --unflag
? 1
$ caseaudit -c "case set C9 --status cp"
! error: unknown case 'C9'; 'case list' shows the cases
? 1
$ caseaudit -c "case set C1077 --team Nowhere"
! error: unknown team 'Nowhere'; 'team list' shows the teams
? 1
$ caseaudit -c "case set C1077 --worker Nobody"
! error: unknown worker 'Nobody'; 'worker list' shows the workers
? 1
$ caseaudit -c "case set C1077 --worker 'lee left'"
! error: 'lee left' left on 2016-10-31; allocate an open case to a worker in post
? 1
$ caseaudit -c "case set C1077 --status closed"
! error: --status 'closed' is not known; expected one of: early-help, cin, cp, cic, care-leaver
? 1
$ caseaudit -c "case set C1077 --flag risky"
! error: --flag 'risky' is not known; expected one of: neglect, cse, missing, domestic-abuse
? 1
$ caseaudit -c "case set C1077 --unflag risky"
! error: --unflag 'risky' is not known; expected one of: neglect, cse, missing, domestic-abuse
? 1
$ caseaudit -c "case set C1077 --unflag missing"
! error: case 'C1077' is not flagged missing; 'case show C1077' shows its flags
? 1
$ caseaudit -c "case set C1077 --flag cse --unflag cse"
! error: --flag cse and --unflag cse contradict each other; give one
? 1
$ caseaudit -c "case set C1077 --worker 'Jane Smith' --unallocate"
! error: --worker and --unallocate contradict each other; give one
? 1
$ caseaudit -c "case set C1077 --opened 2016-12-25"
! error: the opening date 2016-12-25 is after today (2016-11-30); record it once it has happened
? 1
$ caseaudit -c "case set C1077 --opened 2016-14-01"
! error: --opened '2016-14-01' is not a real date; expected YYYY-MM-DD
? 1
$ caseaudit -c "case set C1077 --status cp --unflag missing"
! error: case 'C1077' is not flagged missing; 'case show C1077' shows its flags
? 1
$ caseaudit -c "case set C1077 --unallocate=yes"
! error: --unallocate takes no value
? 1
$ caseaudit --mode csv -c "case list --team 'Disabled Children'"
id,team,worker,status,opened,closed,flags,last_audited^M
AB 12,Disabled Children,,early-help,,,domestic-abuse,^M
C1077,Disabled Children,,cic,2016-03-15,,cse;domestic-abuse;neglect,^M
C2001,Disabled Children,,cic,,,,^M
$ # case close: today by default, not before the case opened, not twice.
$ caseaudit -c "case close C1077 --date 2016-03-14"
! error: the closing date 2016-03-14 is before the case opened (2016-03-15)
? 1
$ caseaudit -c "case close C1077 --date 2016-12-01"
! error: the closing date 2016-12-01 is after today (2016-11-30); record it once it has happened
? 1
$ caseaudit -c "case close C1077 --date 2016-06-31"
! error: --date '2016-06-31' is not a real date; expected YYYY-MM-DD
? 1
$ caseaudit -c "case close C9"
! error: unknown case 'C9'; 'case list' shows the cases
? 1
$ caseaudit -c "case close"
! error: case close: missing argument; usage: case close ID [--date DATE]
? 1
$ caseaudit -c "case close C1077 --date 2016-03-15"
$ caseaudit -c "case close C2001"
$ caseaudit -c "case close C1077"
! error: case 'C1077' is already closed (on 2016-03-15)
? 1
$ caseaudit -c "case set C1077 --opened 2016-03-16"
! error: --opened 2016-03-16 is after the case closed (2016-03-15); a case opens before it closes
? 1
$ caseaudit -c "case list --open"
id     team          worker      status      opened      closed  flags         last_audited
-----  ------------  ----------  ----------  ----------  ------  ------------  ------------
AB 12  Disabled Ch…              early-help                      domestic-ab…  
C1042  Assessment …  Jane Smith  cp          2016-01-04          cse;neglect   
$ caseaudit --mode csv -c "case list --team 'Assessment Team 1' --open"
id,team,worker,status,opened,closed,flags,last_audited^M
C1042,Assessment Team 1,Jane Smith,cp,2016-01-04,,cse;neglect,^M
$ caseaudit --mode json -c "case list --status cic"
[
 {"id": "C1077", "team": "Disabled Children", "worker": null, "status": "cic", "opened": "2016-03-15", "closed": "2016-03-15", "flags": "cse;domestic-abuse;neglect", "last_audited": null},
 {"id": "C2001", "team": "Disabled Children", "worker": null, "status": "cic", "opened": null, "closed": "2016-11-30", "flags": null, "last_audited": null}
]
$ caseaudit --mode csv -c "case list --worker 'Jane Smith'"
id,team,worker,status,opened,closed,flags,last_audited^M
C1042,Assessment Team 1,Jane Smith,cp,2016-01-04,,cse;neglect,^M
$ caseaudit -c "case list --team 'Disabled Children' --status cp"
id  team  worker  status  opened  closed  flags  last_audited
--  ----  ------  ------  ------  ------  -----  ------------
$ caseaudit --mode json -c "case list --team 'Disabled Children' --status cp"
[]
$ caseaudit -c "case list --team Nowhere"
! error: unknown team 'Nowhere'; 'team list' shows the teams
? 1
$ caseaudit -c "case list --status open"
! error: --status 'open' is not known; expected one of: early-help, cin, cp, cic, care-leaver
? 1
$ caseaudit -c "case list --worker Nobody"
! error: unknown worker 'Nobody'; 'worker list' shows the workers
? 1
$ caseaudit -c "case list --open=yes"
! error: --open takes no value
? 1
$ # case show: details, audits (drafts too), open actions, scheduled audits.
$ caseaudit -c "case show C2001"
case                C2001
team                Disabled Children
worker              
status              cic
opened              
closed              2016-11-30
flags               
last_audited        
chronology_entries  0
latest_chronology   
last_supervised     

audits: none

open_actions: none

scheduled_audits: none
$ caseaudit --mode csv -c "case show C2001"
field,value^M
case,C2001^M
team,Disabled Children^M
worker,^M
status,cic^M
opened,^M
closed,2016-11-30^M
flags,^M
last_audited,^M
chronology_entries,0^M
latest_chronology,^M
last_supervised,^M
^M
audit,date,auditor,type,grade,moderated,state^M
^M
action,audit,text,owner,due,overdue^M
^M
sample,auditor,due^M
$ caseaudit --mode json -c "case show C2001"
{"case": "C2001", "team": "Disabled Children", "worker": null, "status": "cic", "opened": null, "closed": "2016-11-30", "flags": null, "last_audited": null, "chronology_entries": 0, "latest_chronology": null, "last_supervised": null,
 "audits": [],
 "open_actions": [],
 "scheduled_audits": []}
$ caseaudit -c "sample draw --team 'Assessment Team 1' --size 1 --auditor 'Ann Boss' --due 2016-12-15 --seed 7 --date 2016-11-01" > /dev/null
$ caseaudit -c "audit add C1042 --date 2016-09-01 --auditor 'Ann Boss' --grade good --submit CHRON=met PLAN=not-met"
1
$ caseaudit -c "audit add C1042 --date 2016-10-05 --auditor 'Ann Boss' --type themed --grade requires-improvement --submit CHRON=not-met"
2
$ caseaudit -c "audit add C1042 --date 2016-11-25 --auditor 'Ann Boss' CHRON=met"
3
$ caseaudit -c "audit moderate 1 --by 'Hal Head' --grade requires-improvement --date 2016-09-10"
$ caseaudit -c "action add 2 'Update the chronology' --owner 'Jane Smith' --due 2016-11-01" -c "action add 2 \"Record the child's views\" --owner 'Jane Smith' --due 2016-12-15" -c "action add 1 'Done already' --owner 'Jane Smith' --due 2016-10-01" -c "action done 3 --date 2016-09-30"
1
2
3
$ caseaudit -c "chron add C1042 2016-01-04 'Referral from school' --kind referral" -c "chron add C1042 2016-03-01 'Strategy discussion'"
$ caseaudit -c "supervision add 'Jane Smith' --by 'Ann Boss' --date 2016-10-03 --case C1042"
$ caseaudit -c "case show C1042"
case                C1042
team                Assessment Team 1
worker              Jane Smith
status              cp
opened              2016-01-04
closed              
flags               cse;neglect
last_audited        2016-10-05
chronology_entries  2
latest_chronology   2016-03-01: Strategy discussion
last_supervised     2016-10-03

audits:
audit  date        auditor   type        grade          moderated      state
-----  ----------  --------  ----------  -------------  -------------  ---------
    1  2016-09-01  Ann Boss  dip-sample  good           requires-imp…  submitted
    2  2016-10-05  Ann Boss  themed      requires-imp…                 submitted
    3  2016-11-25  Ann Boss  dip-sample                                draft

open_actions:
action  audit  text                      owner       due         overdue
------  -----  ------------------------  ----------  ----------  -------
     1      2  Update the chronology     Jane Smith  2016-11-01  yes
     2      2  Record the child's views  Jane Smith  2016-12-15  no

scheduled_audits:
sample  auditor   due
------  --------  ----------
     1  Ann Boss  2016-12-15
$ caseaudit --mode csv -c "case show C1042"
field,value^M
case,C1042^M
team,Assessment Team 1^M
worker,Jane Smith^M
status,cp^M
opened,2016-01-04^M
closed,^M
flags,cse;neglect^M
last_audited,2016-10-05^M
chronology_entries,2^M
latest_chronology,2016-03-01: Strategy discussion^M
last_supervised,2016-10-03^M
^M
audit,date,auditor,type,grade,moderated,state^M
1,2016-09-01,Ann Boss,dip-sample,good,requires-improvement,submitted^M
2,2016-10-05,Ann Boss,themed,requires-improvement,,submitted^M
3,2016-11-25,Ann Boss,dip-sample,,,draft^M
^M
action,audit,text,owner,due,overdue^M
1,2,Update the chronology,Jane Smith,2016-11-01,yes^M
2,2,Record the child's views,Jane Smith,2016-12-15,no^M
^M
sample,auditor,due^M
1,Ann Boss,2016-12-15^M
$ caseaudit --mode json -c "case show C1042"
{"case": "C1042", "team": "Assessment Team 1", "worker": "Jane Smith", "status": "cp", "opened": "2016-01-04", "closed": null, "flags": "cse;neglect", "last_audited": "2016-10-05", "chronology_entries": 2, "latest_chronology": "2016-03-01: Strategy discussion", "last_supervised": "2016-10-03",
 "audits": [
  {"audit": 1, "date": "2016-09-01", "auditor": "Ann Boss", "type": "dip-sample", "grade": "good", "moderated": "requires-improvement", "state": "submitted"},
  {"audit": 2, "date": "2016-10-05", "auditor": "Ann Boss", "type": "themed", "grade": "requires-improvement", "moderated": null, "state": "submitted"},
  {"audit": 3, "date": "2016-11-25", "auditor": "Ann Boss", "type": "dip-sample", "grade": null, "moderated": null, "state": "draft"}],
 "open_actions": [
  {"action": 1, "audit": 2, "text": "Update the chronology", "owner": "Jane Smith", "due": "2016-11-01", "overdue": "yes"},
  {"action": 2, "audit": 2, "text": "Record the child's views", "owner": "Jane Smith", "due": "2016-12-15", "overdue": "no"}],
 "scheduled_audits": [
  {"sample": 1, "auditor": "Ann Boss", "due": "2016-12-15"}]}
$ caseaudit -c "case show C9"
! error: unknown case 'C9'; 'case list' shows the cases
? 1
$ caseaudit -c "case show"
! error: case show: missing argument; usage: case show ID
? 1
$ caseaudit -c "case show C1042 C1077"
! error: case show: unexpected argument 'C1077'; usage: case show ID
? 1
$ caseaudit --mode csv -c "case list --team 'Assessment Team 1'"
id,team,worker,status,opened,closed,flags,last_audited^M
C1042,Assessment Team 1,Jane Smith,cp,2016-01-04,,cse;neglect,2016-10-05^M
$ # A case cannot close before its last audit (a draft too): the audit saw it open.
$ caseaudit -c "case close C1042 --date 2016-10-04"
! error: the closing date 2016-10-04 is before the case's audit of 2016-11-25; close it on or after that day
? 1
$ caseaudit -c "case close C1042 --date 2016-11-25" && caseaudit --mode csv -c "case list --team 'Assessment Team 1'"
id,team,worker,status,opened,closed,flags,last_audited^M
C1042,Assessment Team 1,Jane Smith,cp,2016-01-04,2016-11-25,cse;neglect,2016-10-05^M
