# team add, team list, and the bad input they refuse.
$ caseaudit -c "team add 'Assessment Team 1' --service 'Children in Need'" -c "team add 'Disabled Children'"
$ caseaudit -c "team list"
team               service           workers  open_cases
-----------------  ----------------  -------  ----------
Assessment Team 1  Children in Need        0           0
Disabled Children                          0           0
$ caseaudit --mode csv -c "team list"
team,service,workers,open_cases^M
Assessment Team 1,Children in Need,0,0^M
Disabled Children,,0,0^M
$ caseaudit --mode json -c "team list"
[
 {"team": "Assessment Team 1", "service": "Children in Need", "workers": 0, "open_cases": 0},
 {"team": "Disabled Children", "service": null, "workers": 0, "open_cases": 0}
]
$ caseaudit -c "team add 'assessment team 1'"
! error: a team called 'assessment team 1' already exists; team names are unique
? 1
$ caseaudit -c "team add ''"
! error: the team name is empty; give a name (quote it if it has spaces)
? 1
$ caseaudit -c "team add"
! error: team add: missing argument; usage: team add NAME [--service SERVICE]
? 1
$ caseaudit -c "team add X --colour red"
! error: unknown option --colour for 'team add'; it takes: --service
? 1
$ caseaudit -c "team add X --service"
! error: --service needs a value (SERVICE)
? 1
$ caseaudit -c "team add 'unclosed"
! error: a quote (') is not closed; close it or escape it with a backslash
? 1
$ caseaudit -c "team list" --mode csv | tail -n +2 | wc -l
2
