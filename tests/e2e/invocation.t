# Invocation: the database argument, -c, -f, standard input, --mode,
# --user, --bail, --help, --version, exit statuses and error messages.
#
# DATABASE defaults to caseaudit.db here; a missing file is created 0600
# (whatever the umask), migrated to the latest schema (one version per file
# in migrations/) and loaded with the built-in standards and targets.
$ umask 000; caseaudit -c "team list"
team  service  workers  open_cases
----  -------  -------  ----------
$ ls caseaudit.db* | sort; stat -c %a caseaudit.db*
caseaudit.db
600
$ sqlite3 caseaudit.db "PRAGMA application_id" "SELECT count(*) FROM standard" "SELECT count(*) FROM target"
1128363364
15
19
$ test "$(sqlite3 caseaudit.db 'PRAGMA user_version')" = "$(ls $SOURCE_DIR/migrations/*.sql | sed -n "\$s/.*\/0*\([0-9]*\)_.*/\1/p")" && echo latest
latest
$ # A DATABASE given by name, in any folder; options may come after it.
$ mkdir council && caseaudit council/north.db -c "team add North" && stat -c %a council/north.db
600
$ caseaudit council/north.db --mode csv -c "team list"
team,service,workers,open_cases^M
North,,0,0^M
$ # An existing database of an older version (here 1: the first migration
> # only) is migrated forward when opened, and loaded with the standards.
$ (cat $SOURCE_DIR/migrations/0001_initial.sql; echo "PRAGMA application_id = 1128363364; PRAGMA user_version = 1;") | sqlite3 old.db && sqlite3 old.db "PRAGMA user_version"
1
$ caseaudit old.db --mode csv -c "sql 'SELECT count(*) AS standards FROM standard'"
standards^M
15^M
$ test "$(sqlite3 old.db 'PRAGMA user_version')" = "$(ls $SOURCE_DIR/migrations/*.sql | sed -n "\$s/.*\/0*\([0-9]*\)_.*/\1/p")" && echo latest
latest
$ # A database from a newer caseaudit is refused, untouched, naming both versions.
$ cp council/north.db newer.db && sqlite3 newer.db "PRAGMA user_version = 9999" && md5sum newer.db > sum
$ caseaudit newer.db -c "team add South" 2>&1 | sed "s/version $(ls $SOURCE_DIR/migrations/*.sql | sed -n "\$s/.*\/0*\([0-9]*\)_.*/\1/p");/version LATEST;/"; echo "exit ${PIPESTATUS[0]}"
error: newer.db: the database is at schema version 9999 but this caseaudit only knows up to version LATEST; use a newer caseaudit (the database was left untouched)
exit 2
$ md5sum -c --quiet sum && ls newer.db*
newer.db
$ # Files that are not caseaudit databases are refused untouched.
$ echo "not a database" > notes.txt && caseaudit notes.txt -c "team list"
! error: notes.txt: cannot read the database: file is not a database
? 2
$ cat notes.txt
not a database
$ sqlite3 other.db "CREATE TABLE t(x); INSERT INTO t VALUES (1)" && caseaudit other.db -c "team list"
! error: other.db: this is not a caseaudit database (application id 0); it was left untouched
? 2
$ sqlite3 other.db .dump
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE t(x);
INSERT INTO t VALUES(1);
COMMIT;
$ # Databases that cannot be opened: exit 2, and no command runs.
$ caseaudit missing/folder/x.db -c "team list"
! error: cannot create missing/folder/x.db: No such file or directory
? 2
$ mkdir adir && caseaudit adir -c "team list"
! error: cannot open adir: unable to open database file
? 2
$ caseaudit one.db two.db
! error: more than one DATABASE given ('two.db'); see caseaudit --help
? 2
$ # -c runs one command; repeated, in order; each in its own transaction.
$ caseaudit -c "team add 'Beta'" -c "team add 'Alpha'" -c "sql 'SELECT id, name FROM team ORDER BY id'"
id  name
--  -----
 1  Beta
 2  Alpha
$ # A failing -c command: later ones still run, exit 1, no line number.
$ caseaudit -c "team add Alpha" -c "team add Gamma" -c "team list --mode csv" -c "sql 'SELECT count(*) FROM team'"
count(*)
--------
       3
! error: a team called 'Alpha' already exists; team names are unique
! error: unknown option --mode for 'team list'; it takes no options
? 1
$ # --bail stops at the first failure.
$ caseaudit --bail -c "team add Delta" -c "team add Delta" -c "team add Epsilon"; echo "exit $?"; caseaudit -c "sql 'SELECT name FROM team ORDER BY id'"
exit 1
name
-----
Beta
Alpha
Gamma
Delta
! error: a team called 'Delta' already exists; team names are unique
$ # -f FILE runs its commands; errors carry the line number; a failed line
> # changes nothing and the file goes on.
$ printf 'team add Zeta\n\n# a comment\nteam add Zeta\nworker add "Ann Lee" --team Zeta --role aqw\nteam add Eta\n' > script.txt
$ caseaudit -f script.txt; echo "exit $?"
exit 1
! error: line 4: a team called 'Zeta' already exists; team names are unique
$ caseaudit --mode csv -c "worker list"
name,team,role,started,left,agreement,trained,cases,last_supervised^M
Ann Lee,Zeta,aqw,,,,,0,^M
$ # Unreadable -f: exit 2 before anything runs.
$ caseaudit -f nowhere.txt -c "team add Theta"
! error: cannot read nowhere.txt: No such file or directory
? 2
$ caseaudit -f council
! error: cannot read council: it is a folder; give a file of commands
? 2
$ caseaudit -f script.txt -f script.txt
! error: -f is given twice; give one FILE
? 2
$ caseaudit -c "sql \"SELECT count(*) AS theta FROM team WHERE name = 'Theta'\""
theta
-----
    0
$ # Commands from standard input when it is not a terminal: no prompt, no
> # banner; errors with line numbers.
$ printf 'team add Iota\nteam add Iota\nteam list --mode json\n' | caseaudit --mode csv
! error: line 2: a team called 'Iota' already exists; team names are unique
! error: line 3: unknown option --mode for 'team list'; it takes no options
? 1
$ printf 'team list\nsql "SELECT 1 AS one"\n' | caseaudit --mode json
[
 {"team": "Alpha", "service": null, "workers": 0, "open_cases": 0},
 {"team": "Beta", "service": null, "workers": 0, "open_cases": 0},
 {"team": "Delta", "service": null, "workers": 0, "open_cases": 0},
 {"team": "Eta", "service": null, "workers": 0, "open_cases": 0},
 {"team": "Gamma", "service": null, "workers": 0, "open_cases": 0},
 {"team": "Iota", "service": null, "workers": 0, "open_cases": 0},
 {"team": "Zeta", "service": null, "workers": 1, "open_cases": 0}
]
[
 {"one": 1}
]
$ # -c and -f together: the -c commands first, then the file.
$ printf 'sql "SELECT 2 AS two"\n' > two.txt && caseaudit -c "sql 'SELECT 1 AS one'" -f two.txt --mode csv
one^M
1^M
two^M
2^M
$ # --mode in all three modes, and a bad mode.
$ caseaudit --mode table -c "sql \"SELECT name, 1.5 AS x, NULL AS none FROM team WHERE name LIKE '%ta' ORDER BY name\""
name   x    none
-----  ---  ----
Beta   1.5  
Delta  1.5  
Eta    1.5  
Iota   1.5  
Zeta   1.5  
$ caseaudit --mode csv -c "sql \"SELECT name, 1.5 AS x, NULL AS none FROM team WHERE name LIKE '%ta' ORDER BY name\""
name,x,none^M
Beta,1.5,^M
Delta,1.5,^M
Eta,1.5,^M
Iota,1.5,^M
Zeta,1.5,^M
$ caseaudit --mode json -c "sql \"SELECT name, 1.5 AS x, NULL AS none FROM team WHERE name LIKE '%ta' ORDER BY name\""
[
 {"name": "Beta", "x": 1.5, "none": null},
 {"name": "Delta", "x": 1.5, "none": null},
 {"name": "Eta", "x": 1.5, "none": null},
 {"name": "Iota", "x": 1.5, "none": null},
 {"name": "Zeta", "x": 1.5, "none": null}
]
$ caseaudit --mode=csv -c "sql 'SELECT 1 AS one'"
one^M
1^M
$ caseaudit --mode xml -c "team list"
! error: --mode 'xml' is not known; expected one of: table, csv, json
? 2
$ # --user names who records; the default is $CASEAUDIT_USER, then $USER,
> # then the login name. History records it with every change.
$ caseaudit --user "Mary Shah" -c "team add Kappa"
$ CASEAUDIT_USER= USER=fallback caseaudit -c "team add Lambda"
$ caseaudit -c "team add Mu"
$ env -u CASEAUDIT_USER -u USER caseaudit -c "team add Nu"
$ caseaudit --mode csv -c "history --table team" | cut -d, -f2,8- | grep -E 'Kappa|Lambda|"Mu"'
Mary Shah,"{""id"":8,""name"":""Kappa"",""service"":null}"^M
fallback,"{""id"":9,""name"":""Lambda"",""service"":null}"^M
tester,"{""id"":10,""name"":""Mu"",""service"":null}"^M
$ caseaudit --mode csv -c "history --table team" | grep -c "^[^,]*,$(id -un),$(id -un),team,.*Nu"
1
$ caseaudit --user "" -c "team list"
! error: no valid user name: give --user NAME (UTF-8 text) or set CASEAUDIT_USER
? 2
$ caseaudit --user $'bad\xffname' -c "team list"
! error: no valid user name: give --user NAME (UTF-8 text) or set CASEAUDIT_USER
? 2
$ # --help and --version; bad options exit 2.
$ caseaudit --help
usage: caseaudit [OPTIONS] [DATABASE]

Log case-file audits and supervision, and check practice against the
targets of the improvement plan. DATABASE defaults to caseaudit.db.

  -c COMMAND              run COMMAND and exit (may be repeated)
  -f FILE                 run the commands in FILE and exit
  --mode table|csv|json   output mode (default: table)
  --user NAME             who is recording (default: $CASEAUDIT_USER, then $USER)
  --bail                  stop at the first failing command
  --help                  show this help and exit
  --version               show the version and exit

With no -c or -f, commands are read from standard input when it is not a
terminal; otherwise an interactive session starts (type 'help'). Errors
go to standard error as 'error: MESSAGE', with 'line N: ' when reading a
file or standard input; a failed command changes nothing.

Exit status: 0 every command succeeded; 1 a command failed (the others
still ran, unless --bail); 2 bad options, an unreadable -f FILE, or a
database that cannot be opened or migrated.
$ caseaudit --version | grep -cE '^caseaudit [0-9]+\.[0-9]+(\.[0-9]+)? \(SQLite 3\.[0-9.]+\)$'
1
$ caseaudit --colour
! error: unknown option --colour; see caseaudit --help
? 2
$ caseaudit -x
! error: unknown option -x; see caseaudit --help
? 2
$ caseaudit -c
! error: -c needs a value; see caseaudit --help
? 2
$ caseaudit --mode
! error: --mode needs a value; see caseaudit --help
? 2
$ caseaudit --bail=yes
! error: --bail takes no value; see caseaudit --help
? 2
$ # Output that cannot be written is a failure.
$ caseaudit -c "team list" > /dev/full
! error: the output could not be written in full: No space left on device
? 1
$ # A failed command changes nothing: the whole database is the same after
> # a script of commands that all fail, and exit 1.
$ sqlite3 caseaudit.db .dump > before.sql
$ printf 'team add Alpha\nworker add "No Team" --team Nowhere --role aqw\ncase add C1 --team Zeta --status nope\nworker add "Ann Lee" --team Zeta --role aqw\naudit add C9 --date 2016-11-02 --auditor "Ann Lee"\ntarget set CHRON --threshold 101\n' | caseaudit
! error: line 1: a team called 'Alpha' already exists; team names are unique
! error: line 2: unknown team 'Nowhere'; 'team list' shows the teams
! error: line 3: --status 'nope' is not known; expected one of: early-help, cin, cp, cic, care-leaver
! error: line 4: a worker called 'Ann Lee' already exists; worker names are unique (ignoring case)
! error: line 5: unknown case 'C9'; 'case list' shows the cases
! error: line 6: --threshold 101 is out of range; expected a percentage from 0 to 100
? 1
$ sqlite3 caseaudit.db .dump | diff before.sql - && echo unchanged
unchanged
$ # A script that both changes data and fails: the changes of the lines that
> # succeed are saved (group commit), each failure is reported after the
> # output of the lines before it and before that of the lines after it,
> # and every ID printed is an audit in the database.
$ caseaudit -c "worker add 'Mary Shah' --team Zeta --role team-manager --started 2015-01-01" -c "case add C1 --team Zeta --opened 2016-01-04" -c "case add C2 --team Zeta --opened 2016-01-04"
$ cat > audits.txt <<'END'
> audit add C1 --date 2016-11-01 --auditor 'Mary Shah' CHRON=met
> audit add C1 --date 2016-11-02 --auditor 'Nobody' CHRON=met
> audit add C2 --date 2016-11-02 --auditor 'Mary Shah' CHRON=not-met
> audit add C3 --date 2016-11-02 --auditor 'Mary Shah'
> audit add C2 --date 2016-11-03 --auditor 'Mary Shah' --grade good --submit PLAN=met
> END
$ caseaudit -f audits.txt 2>&1; echo "exit $?"
1
error: line 2: unknown worker 'Nobody'; 'worker list' shows the workers
2
error: line 4: unknown case 'C3'; 'case list' shows the cases
3
exit 1
$ # The same script again records nothing twice: an audit is recorded once.
$ caseaudit -f audits.txt 2>&1 >/dev/null | cut -d';' -f1
error: line 1: case C1 was already audited on 2016-11-01 by Mary Shah (audit 1)
error: line 2: unknown worker 'Nobody'
error: line 3: case C2 was already audited on 2016-11-02 by Mary Shah (audit 2)
error: line 4: unknown case 'C3'
error: line 5: case C2 was already audited on 2016-11-03 by Mary Shah (audit 3)
$ sed 's/2016-11-0/2016-10-0/' audits.txt | caseaudit --mode json 2>/dev/null
{"id": 4}
{"id": 5}
{"id": 6}
? 1
$ caseaudit --mode csv -c "audit list --case C2"
id,date,case,team,auditor,grade,status,moderated,theme^M
5,2016-10-02,C2,Zeta,Mary Shah,,draft,,^M
6,2016-10-03,C2,Zeta,Mary Shah,good,submitted,,^M
2,2016-11-02,C2,Zeta,Mary Shah,,draft,,^M
3,2016-11-03,C2,Zeta,Mary Shah,good,submitted,,^M
$ caseaudit --mode csv -c "sql 'SELECT count(*) AS audits FROM audit'"
audits^M
6^M
$ # A thousand and more changes in one script (several groups), a failure
> # among them: all the others are saved, and each printed its ID.
$ caseaudit -c "case add C0 --team Zeta --opened 2012-01-01" -c "worker add 'Old Hand' --team Zeta --role team-manager"
$ for i in $(seq 1 1500); do echo "audit add C0 --date $(date -d "2012-01-01 +$i days" +%F) --auditor 'Old Hand' CHRON=met"; done > many.txt; echo "audit add C1 --date 2016-13-01 --auditor 'Mary Shah'" >> many.txt
$ caseaudit -f many.txt > ids.txt; echo "exit $?"; wc -l < ids.txt; sort -n ids.txt | uniq | wc -l
exit 1
1500
1500
! error: line 1501: --date '2016-13-01' is not a real date; expected YYYY-MM-DD
$ caseaudit --mode csv -c "sql 'SELECT count(*) AS audits, min(id) AS first, max(id) AS last FROM audit'"
audits,first,last^M
1506,1,1506^M
$ head -1 ids.txt; tail -1 ids.txt
7
1506
$ # --bail in a script: the first failure stops it; what came before is saved.
$ printf 'team add Omicron\nteam add Omicron\nteam add Pi\n' | caseaudit --bail; echo "exit $?"; caseaudit -c "sql \"SELECT count(*) AS omicron_or_pi FROM team WHERE name IN ('Omicron', 'Pi')\""
exit 1
omicron_or_pi
-------------
            1
! error: line 2: a team called 'Omicron' already exists; team names are unique
$ # A guided audit in a script reads its answers from the lines after it;
> # line numbers after it still count every line of the script.
$ cat > guided.txt <<'END'
> audit start C1 --auditor 'Mary Shah' --date 2016-11-04
> m
> n no plan since June
> x
> m
> m
> m
> g
> Update the plan
> Mary Shah
> +14
>
> y
> team add Pi
> END
$ caseaudit -f guided.txt > /dev/null; echo "exit $?"
exit 0
$ caseaudit --mode csv -c "audit list --case C1 --from 2016-11-04"
id,date,case,team,auditor,grade,status,moderated,theme^M
1507,2016-11-04,C1,Zeta,Mary Shah,good,submitted,,^M
$ sed 's/2016-11-04/2016-11-07/' guided.txt | caseaudit > /dev/null
! error: line 14: a team called 'Pi' already exists; team names are unique
? 1
$ # Given with -c, audit start reads its answers from standard input.
$ printf 'm\nm\nm\nm\nm\nm\n\n\n' | caseaudit -c "audit start C2 --auditor 'Mary Shah' --date 2016-11-05" | tail -2
Audit 1509 recorded as a draft.
1509
$ # An answer that is not text is a bad answer: nothing recorded, one error
> # at its line, the rest of the audit's lines skipped, and the script goes
> # on after them.
$ printf "audit start C2 --auditor 'Mary Shah' --date 2016-11-06\nm\nn \xff\nm\nm\nm\nm\n\n\nteam add Rho\n" | caseaudit > /dev/null; echo "exit $?"
exit 1
! error: line 3: audit start: byte 3 of the answer is not valid UTF-8 text (or is a control character); nothing was recorded, and the rest of this audit's lines (to line 9) were skipped
$ caseaudit --mode csv -c "sql \"SELECT (SELECT count(*) FROM audit WHERE date = '2016-11-06') AS audits, (SELECT count(*) FROM team WHERE name = 'Rho') AS rho\""
audits,rho^M
0,1^M
$ # Killed (SIGKILL, as in a crash) part-way through a long script of
> # changes, committed in groups: every ID it printed, bar a last line the
> # kill may have cut short, is in the database, which is whole and goes on.
$ caseaudit crash.db -c "team add T" -c "worker add 'Mary Shah' --team T --role team-manager --started 2015-01-01" -c "case add C1 --team T --opened 2016-01-04"
$ # (40,000 audits, each of its own case and day: an audit is recorded once.)
$ for c in $(seq 2 200); do echo "case add C$c --team T --opened 2016-01-04"; done | caseaudit crash.db
$ for d in $(seq 1 200); do day=$(date -d "2016-01-04 +$d days" +%F); for c in $(seq 1 200); do echo "audit add C$c --date $day --auditor 'Mary Shah' CHRON=met"; done; done > long.txt
$ { caseaudit crash.db < long.txt > printed.txt 2> errors.txt & pid=$!; for i in $(seq 600); do [ "$(wc -l < printed.txt)" -ge 1000 ] && break; sleep 0.1; done; kill -9 $pid; wait $pid; echo "exit $?"; } 2> /dev/null; cat errors.txt
exit 137
$ head -n -1 printed.txt | sort > shown.txt; wc -l < shown.txt | awk '$1 >= 999 && $1 < 39999 { print "killed part-way, after 999 or more IDs" }'
killed part-way, after 999 or more IDs
$ ls crash.db*; stat -c %a crash.db*
crash.db
crash.db-shm
crash.db-wal
600
600
600
$ sqlite3 crash.db "PRAGMA integrity_check"; sqlite3 crash.db "SELECT id FROM audit" | sort | comm -23 shown.txt - | wc -l
ok
0
$ caseaudit crash.db -c "audit add C1 --date 2016-10-02 --auditor 'Mary Shah' CHRON=met" > /dev/null && echo goes on
goes on
