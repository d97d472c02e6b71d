# CONTRACT.md, Invocation: -c may be repeated and runs in order, -f FILE
# among them where it was given; exit status 0 / 1 / 2; --bail stops at the
# first failing command; `line N: ` after `error: ` in a file or standard input.
$ printf 'team list\n' > list.txt
$ caseaudit -c "team add A" -f list.txt -c "team add B" -c "team list"
team  service  workers  open_cases
----  -------  -------  ----------
A                    0           0
team  service  workers  open_cases
----  -------  -------  ----------
A                    0           0
B                    0           0
$ # A failing command: the others still run, status 1.
$ printf 'team add C\nteam add A\nteam add D\n' > add.txt
$ caseaudit -c "team add A" -f add.txt -c "team add E"
! error: a team called 'A' already exists; team names are unique
! error: line 2: a team called 'A' already exists; team names are unique
? 1
$ caseaudit --mode csv -c "team list"
team,service,workers,open_cases^M
A,,0,0^M
B,,0,0^M
C,,0,0^M
D,,0,0^M
E,,0,0^M
$ # --bail: nothing after the first failure runs, from the file or after it.
$ printf 'team add F\nteam add A\nteam add G\n' > bail.txt
$ caseaudit --bail -f bail.txt -c "team add H"
! error: line 2: a team called 'A' already exists; team names are unique
? 1
$ caseaudit --bail -c "team add A" -f bail.txt
! error: a team called 'A' already exists; team names are unique
? 1
$ caseaudit --mode csv -c "sql SELECT group_concat(name, ' ') AS teams FROM team"
teams^M
A B C D E F^M
$ # Standard input: no prompt, no banner; errors name the line.
$ printf '# a comment\nteam add A\n\nteam add B # again\n' | caseaudit
! error: line 2: a team called 'A' already exists; team names are unique
! error: line 4: a team called 'B' already exists; team names are unique
? 1
$ # Status 2: bad options, an unreadable -f FILE, a database that cannot be opened.
$ caseaudit --mode xml -c "team list"
! error: --mode 'xml' is not known; expected one of: table, csv, json
? 2
$ caseaudit -f missing.txt
! error: cannot read missing.txt: No such file or directory
? 2
$ echo junk > junk.db
$ caseaudit -c "team list" junk.db
! error: junk.db: cannot read the database: file is not a database
? 2
