# worker add, worker set, worker list, and the bad input they refuse.
$ caseaudit -c "team add 'Assessment Team 1'" -c "team add 'Disabled Children'"
$ caseaudit -c "worker add 'Jane Smith' --team 'Assessment Team 1' --role social-worker --started 2015-04-01 --agreement 2015-05-11"
$ caseaudit -c "worker add 'Ann Boss' --team 'assessment team 1' --role team-manager --started=2012-09-03 --trained 2016-03-14"
$ caseaudit -c "worker add 'Sam Evans' --team 'Disabled Children' --role aqw --started 2016-01-04 --left 2016-10-31 --agreement 2016-02-01 --trained 2016-03-01"
$ caseaudit -c "worker add 'Hal Head' --team 'Disabled Children' --role head-of-service"
$ caseaudit -c "worker add 'Ira Reviewer' --team 'Disabled Children' --role iro"
$ caseaudit -c "worker list"
name          team          role          started     left        agreement   trained     cases  last_supervised
------------  ------------  ------------  ----------  ----------  ----------  ----------  -----  ------------
Ann Boss      Assessment …  team-manager  2012-09-03                          2016-03-14      0  
Hal Head      Disabled Ch…  head-of-ser…                                                      0  
Ira Reviewer  Disabled Ch…  iro                                                               0  
Jane Smith    Assessment …  social-work…  2015-04-01              2015-05-11                  0  
Sam Evans     Disabled Ch…  aqw           2016-01-04  2016-10-31  2016-02-01  2016-03-01      0  
$ caseaudit --mode csv -c "worker list"
name,team,role,started,left,agreement,trained,cases,last_supervised^M
Ann Boss,Assessment Team 1,team-manager,2012-09-03,,,2016-03-14,0,^M
Hal Head,Disabled Children,head-of-service,,,,,0,^M
Ira Reviewer,Disabled Children,iro,,,,,0,^M
Jane Smith,Assessment Team 1,social-worker,2015-04-01,,2015-05-11,,0,^M
Sam Evans,Disabled Children,aqw,2016-01-04,2016-10-31,2016-02-01,2016-03-01,0,^M
$ caseaudit --mode json -c "worker list"
[
 {"name": "Ann Boss", "team": "Assessment Team 1", "role": "team-manager", "started": "2012-09-03", "left": null, "agreement": null, "trained": "2016-03-14", "cases": 0, "last_supervised": null},
 {"name": "Hal Head", "team": "Disabled Children", "role": "head-of-service", "started": null, "left": null, "agreement": null, "trained": null, "cases": 0, "last_supervised": null},
 {"name": "Ira Reviewer", "team": "Disabled Children", "role": "iro", "started": null, "left": null, "agreement": null, "trained": null, "cases": 0, "last_supervised": null},
 {"name": "Jane Smith", "team": "Assessment Team 1", "role": "social-worker", "started": "2015-04-01", "left": null, "agreement": "2015-05-11", "trained": null, "cases": 0, "last_supervised": null},
 {"name": "Sam Evans", "team": "Disabled Children", "role": "aqw", "started": "2016-01-04", "left": "2016-10-31", "agreement": "2016-02-01", "trained": "2016-03-01", "cases": 0, "last_supervised": null}
]
$ caseaudit -c "worker list --team 'disabled children'"
name          team          role          started     left        agreement   trained     cases  last_supervised
------------  ------------  ------------  ----------  ----------  ----------  ----------  -----  ------------
Hal Head      Disabled Ch…  head-of-ser…                                                      0  
Ira Reviewer  Disabled Ch…  iro                                                               0  
Sam Evans     Disabled Ch…  aqw           2016-01-04  2016-10-31  2016-02-01  2016-03-01      0  
$ caseaudit --mode csv -c "worker list --team 'Assessment Team 1'"
name,team,role,started,left,agreement,trained,cases,last_supervised^M
Ann Boss,Assessment Team 1,team-manager,2012-09-03,,,2016-03-14,0,^M
Jane Smith,Assessment Team 1,social-worker,2015-04-01,,2015-05-11,,0,^M
$ caseaudit --mode json -c "worker list --team 'Assessment Team 1'"
[
 {"name": "Ann Boss", "team": "Assessment Team 1", "role": "team-manager", "started": "2012-09-03", "left": null, "agreement": null, "trained": "2016-03-14", "cases": 0, "last_supervised": null},
 {"name": "Jane Smith", "team": "Assessment Team 1", "role": "social-worker", "started": "2015-04-01", "left": null, "agreement": "2015-05-11", "trained": null, "cases": 0, "last_supervised": null}
]
$ # Open cases allocated and the last supervision received are listed too.
$ caseaudit -c "case add C1 --team 'Assessment Team 1' --worker 'Jane Smith'" -c "supervision add 'Jane Smith' --by 'Ann Boss' --date 2016-11-02"
$ caseaudit --mode csv -c "worker list --team 'Assessment Team 1'"
name,team,role,started,left,agreement,trained,cases,last_supervised^M
Ann Boss,Assessment Team 1,team-manager,2012-09-03,,,2016-03-14,0,^M
Jane Smith,Assessment Team 1,social-worker,2015-04-01,,2015-05-11,,1,2016-11-02^M
$ # Refusals: each names what was wrong, and nothing changes.
$ caseaudit -c "worker add 'jane smith' --team 'Assessment Team 1' --role aqw"
! error: a worker called 'jane smith' already exists; worker names are unique (ignoring case)
? 1
$ caseaudit -c "worker add '' --team 'Assessment Team 1' --role aqw"
! error: the worker name is empty; give a name (quote it if it has spaces)
? 1
$ caseaudit -c "worker add 'Jo Bloggs ' --team 'Assessment Team 1' --role aqw"
! error: the worker name 'Jo Bloggs ' starts or ends with a space; remove it
? 1
$ caseaudit -c "worker add 'Jo Bloggs' --role aqw"
! error: worker add: --team TEAM is required; usage: worker add NAME --team TEAM --role ROLE [--started DATE] [--left DATE] [--agreement DATE] [--trained DATE]
? 1
$ caseaudit -c "worker add 'Jo Bloggs' --team 'Assessment Team 1'"
! error: worker add: --role ROLE is required; usage: worker add NAME --team TEAM --role ROLE [--started DATE] [--left DATE] [--agreement DATE] [--trained DATE]
? 1
$ caseaudit -c "worker add 'Jo Bloggs' --team 'Assessment Team 1' --role manager"
! error: --role 'manager' is not known; expected one of: social-worker, aqw, team-manager, head-of-service, senior-manager, iro, qa-officer, partner
? 1
$ caseaudit -c "worker add 'Jo Bloggs' --team 'Nowhere' --role aqw"
! error: unknown team 'Nowhere'; 'team list' shows the teams
? 1
$ caseaudit -c "worker add 'Jo Bloggs' --team 'Assessment Team 1' --role aqw --started 2016-02-30"
! error: --started '2016-02-30' is not a real date; expected YYYY-MM-DD
? 1
$ caseaudit -c "worker add 'Jo Bloggs' --team 'Assessment Team 1' --role aqw --left 31/10/2016"
! error: --left '31/10/2016' is not a real date; expected YYYY-MM-DD
? 1
$ caseaudit -c "worker add 'Jo Bloggs' --team 'Assessment Team 1' --role aqw --agreement 2016-13-01"
! error: --agreement '2016-13-01' is not a real date; expected YYYY-MM-DD
? 1
$ caseaudit -c "worker add 'Jo Bloggs' --team 'Assessment Team 1' --role aqw --trained soon"
! error: --trained 'soon' is not a real date; expected YYYY-MM-DD
? 1
$ caseaudit -c "worker add 'Jo Bloggs' --team 'Assessment Team 1' --role aqw --started 2016-05-01 --left 2016-04-30"
! error: the left date 2016-04-30 is before the started date 2016-05-01; a worker leaves after starting
? 1
$ caseaudit -c "worker add 'Jo Bloggs' --team 'Assessment Team 1' --role aqw --grade good"
! error: unknown option --grade for 'worker add'; it takes: --team, --role, --started, --left, --agreement, --trained
? 1
$ caseaudit -c "worker add 'Jo Bloggs' --team 'Assessment Team 1' --role aqw --role iro"
! error: --role is given twice; give it once
? 1
$ caseaudit -c "worker add 'Jo Bloggs' --team"
! error: --team needs a value (TEAM)
? 1
$ caseaudit -c "worker add --team 'Assessment Team 1' --role aqw"
! error: worker add: missing argument; usage: worker add NAME --team TEAM --role ROLE [--started DATE] [--left DATE] [--agreement DATE] [--trained DATE]
? 1
$ caseaudit -c "worker add 'Jo Bloggs' 'Jim Bloggs' --team 'Assessment Team 1' --role aqw"
! error: worker add: unexpected argument 'Jim Bloggs'; usage: worker add NAME --team TEAM --role ROLE [--started DATE] [--left DATE] [--agreement DATE] [--trained DATE]
? 1
$ caseaudit --mode csv -c "worker list" | wc -l
6
$ # worker set changes what is given and leaves the rest.
$ caseaudit -c "worker set 'jane smith' --team 'Disabled Children' --role aqw --left 2016-11-30 --agreement 2016-06-01 --trained 2016-07-01"
$ caseaudit -c "worker set 'Ann Boss' --started 2012-09-04"
$ caseaudit -c "worker set 'Ira Reviewer' --name 'Ira Reviewing'"
$ caseaudit --mode csv -c "worker list"
name,team,role,started,left,agreement,trained,cases,last_supervised^M
Ann Boss,Assessment Team 1,team-manager,2012-09-04,,,2016-03-14,0,^M
Hal Head,Disabled Children,head-of-service,,,,,0,^M
Ira Reviewing,Disabled Children,iro,,,,,0,^M
Jane Smith,Disabled Children,aqw,2015-04-01,2016-11-30,2016-06-01,2016-07-01,1,2016-11-02^M
Sam Evans,Disabled Children,aqw,2016-01-04,2016-10-31,2016-02-01,2016-03-01,0,^M
$ caseaudit --mode json -c "worker list --team 'Disabled Children'"
[
 {"name": "Hal Head", "team": "Disabled Children", "role": "head-of-service", "started": null, "left": null, "agreement": null, "trained": null, "cases": 0, "last_supervised": null},
 {"name": "Ira Reviewing", "team": "Disabled Children", "role": "iro", "started": null, "left": null, "agreement": null, "trained": null, "cases": 0, "last_supervised": null},
 {"name": "Jane Smith", "team": "Disabled Children", "role": "aqw", "started": "2015-04-01", "left": "2016-11-30", "agreement": "2016-06-01", "trained": "2016-07-01", "cases": 1, "last_supervised": "2016-11-02"},
 {"name": "Sam Evans", "team": "Disabled Children", "role": "aqw", "started": "2016-01-04", "left": "2016-10-31", "agreement": "2016-02-01", "trained": "2016-03-01", "cases": 0, "last_supervised": null}
]
$ caseaudit -c "worker set 'Jane Smith'"
! error: nothing to change for 'Jane Smith'; give --team, --role, --started, --left, --agreement, --trained or --name
? 1
$ caseaudit -c "worker set 'Nobody' --role aqw"
! error: unknown worker 'Nobody'; 'worker list' shows the workers
? 1
$ caseaudit -c "worker set 'Jane Smith' --role boss"
! error: --role 'boss' is not known; expected one of: social-worker, aqw, team-manager, head-of-service, senior-manager, iro, qa-officer, partner
? 1
$ caseaudit -c "worker set 'Jane Smith' --team 'Nowhere'"
! error: unknown team 'Nowhere'; 'team list' shows the teams
? 1
$ caseaudit -c "worker set 'Jane Smith' --left 2015-03-31"
! error: the left date 2015-03-31 is before the started date 2015-04-01; a worker leaves after starting
? 1
$ caseaudit -c "worker set 'Jane Smith' --started 2015-02-29"
! error: --started '2015-02-29' is not a real date; expected YYYY-MM-DD
? 1
$ caseaudit -c "worker set 'Jane Smith' --left 2016-4-1"
! error: --left '2016-4-1' is not a real date; expected YYYY-MM-DD
? 1
$ caseaudit -c "worker set 'Jane Smith' --agreement 2016-00-10"
! error: --agreement '2016-00-10' is not a real date; expected YYYY-MM-DD
? 1
$ caseaudit -c "worker set 'Jane Smith' --trained 20160701"
! error: --trained '20160701' is not a real date; expected YYYY-MM-DD
? 1
$ caseaudit -c "worker set 'Jane Smith' --name 'ANN BOSS'"
! error: a worker called 'ANN BOSS' already exists; worker names are unique (ignoring case)
? 1
$ caseaudit -c "worker set 'Jane Smith' --name ' '"
! error: the worker name is empty; give a name (quote it if it has spaces)
? 1
$ # The dates in post must still cover the supervisions recorded.
$ caseaudit -c "worker set 'Jane Smith' --left 2016-11-01"
! error: 'Jane Smith' has a supervision recorded on 2016-11-02, after the left date 2016-11-01
? 1
$ caseaudit -c "worker set 'Jane Smith' --started 2016-11-03"
! error: 'Jane Smith' has a supervision recorded on 2016-11-02, before the started date 2016-11-03
? 1
$ caseaudit -c "worker set 'Ann Boss' --left 2016-10-31"
! error: 'Ann Boss' has a supervision recorded on 2016-11-02, after the left date 2016-10-31
? 1
$ caseaudit -c "worker set 'Jane Smith' --role cp"
! error: --role 'cp' is not known; expected one of: social-worker, aqw, team-manager, head-of-service, senior-manager, iro, qa-officer, partner
? 1
$ caseaudit -c "worker set"
! error: worker set: missing argument; usage: worker set NAME [--team TEAM] [--role ROLE] [--left DATE] [--agreement DATE] [--trained DATE] [--started DATE] [--name NAME]
? 1
$ caseaudit -c "worker set 'Jane Smith' --colour red"
! error: unknown option --colour for 'worker set'; it takes: --team, --role, --left, --agreement, --trained, --started, --name
? 1
$ caseaudit --mode csv -c "worker list"
name,team,role,started,left,agreement,trained,cases,last_supervised^M
Ann Boss,Assessment Team 1,team-manager,2012-09-04,,,2016-03-14,0,^M
Hal Head,Disabled Children,head-of-service,,,,,0,^M
Ira Reviewing,Disabled Children,iro,,,,,0,^M
Jane Smith,Disabled Children,aqw,2015-04-01,2016-11-30,2016-06-01,2016-07-01,1,2016-11-02^M
Sam Evans,Disabled Children,aqw,2016-01-04,2016-10-31,2016-02-01,2016-03-01,0,^M
$ caseaudit -c "worker list --team Nowhere"
! error: unknown team 'Nowhere'; 'team list' shows the teams
? 1
$ caseaudit -c "worker list extra"
! error: worker list: unexpected argument 'extra'; usage: worker list [--team TEAM]
? 1
$ caseaudit -c "help worker add"
usage: worker add NAME --team TEAM --role ROLE [--started DATE] [--left DATE] [--agreement DATE] [--trained DATE]

add a practitioner or manager
Adds a worker to a team. Names are unique, ignoring case; quote names
with spaces. The dates decide the supervision targets: a worker is in
post from --started (no date: always) to --left (no date: still in post).
  --team TEAM        the worker's team (required)
  --role ROLE        (required) social-worker, aqw (alternatively
                     qualified worker), team-manager, head-of-service,
                     senior-manager (assistant or service director), iro,
                     qa-officer, partner (another agency's practitioner,
                     for multi-agency audits); managers are team-manager,
                     head-of-service and senior-manager
  --started DATE     first day in post
  --left DATE        last day in post (not before --started)
  --agreement DATE   supervision agreement signed (SUP-AGREEMENT)
  --trained DATE     supervision-skills training completed (SUP-TRAINED)

example: worker add "Jane Smith" --team "Assessment Team 1" --role social-worker --started 2015-04-01

