# Command syntax: words split as a shell splits them, quoting, comments,
# options, dot-commands, and bad input: each bad line gets one error line
# on standard error, changes nothing, and the script goes on.
$ caseaudit -c "team add Alpha" -c "worker add 'Ann Lee' --team Alpha --role aqw"
$ # Double and single quotes, backslashes, adjacent quoted parts, and # that
> # starts a comment only at the start of a word.
$ caseaudit -c 'team add "Quote \"A\"" --service "it'"'"'s here"' -c "team add 'Say \"hi\"' --service a#b # a comment" -c 'team add Back\ slash' -c "team add Th'ree'\" parts\""
$ caseaudit -c "team list"
team         service    workers  open_cases
-----------  ---------  -------  ----------
Alpha                         1           0
Back slash                    0           0
Quote "A"    it's here        0           0
Say "hi"     a#b              0           0
Three parts                   0           0
$ caseaudit --mode csv -c "team list"
team,service,workers,open_cases^M
Alpha,,1,0^M
Back slash,,0,0^M
"Quote ""A""",it's here,0,0^M
"Say ""hi""",a#b,0,0^M
Three parts,,0,0^M
$ caseaudit --mode json -c "team list"
[
 {"team": "Alpha", "service": null, "workers": 1, "open_cases": 0},
 {"team": "Back slash", "service": null, "workers": 0, "open_cases": 0},
 {"team": "Quote \"A\"", "service": "it's here", "workers": 0, "open_cases": 0},
 {"team": "Say \"hi\"", "service": "a#b", "workers": 0, "open_cases": 0},
 {"team": "Three parts", "service": null, "workers": 0, "open_cases": 0}
]
$ # --name value and --name=value are the same; --service= is an empty
> # value, which team add records as no service.
$ caseaudit -c "team add Beta --service=Fostering" -c "team add Gamma --service Fostering" -c "team add Delta --service="
$ caseaudit --mode csv -c "sql \"SELECT name, quote(service) AS service FROM team WHERE name IN ('Beta', 'Gamma', 'Delta') ORDER BY name\""
name,service^M
Beta,'Fostering'^M
Delta,NULL^M
Gamma,'Fostering'^M
$ # -- ends the options: what follows is a positional word.
$ caseaudit -c "team add -- --odd-name" -c "sql \"SELECT count(*) AS odd FROM team WHERE name = '--odd-name'\""
odd
---
  1
$ # Commands may be shortened to a unique prefix.
$ caseaudit -c "tea li" --mode csv | head -1
team,service,workers,open_cases^M
$ caseaudit -c "wor l" --mode csv
name,team,role,started,left,agreement,trained,cases,last_supervised^M
Ann Lee,Alpha,aqw,,,,,0,^M
$ # Comments and blank lines, a script in CRLF lines, a final line without
> # a newline, a byte-order mark: all read as the user meant.
$ printf '\xef\xbb\xbf# teams\r\n\r\n   \r\nteam add Epsilon\r\n\t# indented comment\r\nteam add "Zeta"   # trailing\r\nsql "SELECT count(*) AS n FROM team WHERE name IN (\x27Epsilon\x27, \x27Zeta\x27)"' > crlf.txt
$ caseaudit -f crlf.txt --mode csv
n^M
2^M
$ printf 'sql "SELECT 1 AS last"' | caseaudit --mode json
[
 {"last": 1}
]
$ # Dot-commands: .mode, in all three modes.
$ printf '.mode csv\nteam list\n.mode json\nsql "SELECT 1 AS one, NULL AS none"\n.mode table\nsql "SELECT 1 AS one"\n' | caseaudit
team,service,workers,open_cases^M
'--odd-name,,0,0^M
Alpha,,1,0^M
Back slash,,0,0^M
Beta,Fostering,0,0^M
Delta,,0,0^M
Epsilon,,0,0^M
Gamma,Fostering,0,0^M
"Quote ""A""",it's here,0,0^M
"Say ""hi""",a#b,0,0^M
Three parts,,0,0^M
Zeta,,0,0^M
[
 {"one": 1, "none": null}
]
one
---
  1
$ # .output FILE (created 0600) and .output back to standard output.
$ printf '.output teams.csv\n.mode csv\nteam list\n.output\nsql "SELECT 2 AS back"\n' | caseaudit
back^M
2^M
$ stat -c %a teams.csv; head -2 teams.csv
600
team,service,workers,open_cases^M
'--odd-name,,0,0^M
$ umask 000; caseaudit -c ".output loose.txt" -c "team list" && stat -c %a loose.txt
600
$ # .read FILE, nested; errors inside name the file and its line.
$ printf 'team add Eta\n\nteam add Eta\n.read inner.txt\nteam add Theta\n' > outer.txt; printf '# inner\nteam nope\nteam add Iota\n' > inner.txt
$ printf 'team add Kappa\n.read outer.txt\nteam add Lambda\n' | caseaudit; echo "exit $?"
exit 1
! error: outer.txt line 3: a team called 'Eta' already exists; team names are unique
! error: inner.txt line 2: unknown command: team nope; type 'help team' for its commands
$ caseaudit --mode csv -c "sql \"SELECT name FROM team WHERE name IN ('Eta', 'Theta', 'Iota', 'Kappa', 'Lambda') ORDER BY id\""
name^M
Kappa^M
Eta^M
Iota^M
Theta^M
Lambda^M
$ caseaudit -c ".read missing.txt"
! error: cannot read missing.txt: No such file or directory
? 1
$ printf '.read self.txt\n' > self.txt; caseaudit -f self.txt
! error: self.txt line 1: .read self.txt: .read files nest more than 16 deep; does a file read itself?
? 1
$ # .help, .quit (nothing after it runs) and bad dot-commands.
$ caseaudit -c ".help" | head -3
Commands (help COMMAND for details):
  team add               add a social-work team
  team list              list teams with their workers and open cases
$ printf 'team add Mu\n.quit\nteam add Nu\n' | caseaudit; caseaudit --mode csv -c "sql \"SELECT name FROM team WHERE name IN ('Mu', 'Nu')\""
name^M
Mu^M
$ printf '.mode\n.mode xml\n.output a b\n.read\n.frobnicate\n.quit now\n' | caseaudit
! error: line 1: .mode needs one of: table, csv, json (it is table)
! error: line 2: .mode 'xml' is not known; expected one of: table, csv, json
! error: line 3: .output takes at most one FILE
! error: line 4: .read needs one FILE
! error: line 5: unknown dot-command .frobnicate; expected one of: .mode, .output, .pager, .read, .help, .quit
! error: line 6: .quit takes no arguments
? 1
$ # Bad input, each on its own line of one script: one error line each,
> # line numbers right, the database unchanged, exit 1.
$ sqlite3 caseaudit.db .dump > before.sql
$ python3 -c "import sys; sys.stdout.buffer.write(b'team add ' + b'x' * 70000 + b'\n')" > bad.txt
$ printf 'team add Bad\xffByte\nteam add Nul\0Byte\nteam add Ctrl\x01Char\nteam lisst\nteem list\nt list\nteam\nteam add\nteam add Xi --colour red\nteam add Xi --service A --service B\nteam add Xi Omicron\nteam add Xi --service\nteam add "Xi\nworker add Pi --team Alpha --role aqw --started 2016-02-30\nworker add Pi --team Alpha --role wizard\nteam add Del\x7fChar\n' >> bad.txt
$ caseaudit -f bad.txt; echo "exit $?"
exit 1
! error: line 1: the line is longer than 65536 bytes; split it
! error: line 2: byte 13 of the line is not valid UTF-8 text (or is a control character); save the input as UTF-8
! error: line 3: byte 13 of the line is a NUL byte; save the input as UTF-8 text
! error: line 4: byte 14 of the line is not valid UTF-8 text (or is a control character); save the input as UTF-8
! error: line 5: unknown command: team lisst; did you mean: team list?
! error: line 6: unknown command: teem; did you mean: team?
! error: line 7: ambiguous command: t, could be: team, theme, target
! error: line 8: team needs a subcommand: add, list
! error: line 9: team add: missing argument; usage: team add NAME [--service SERVICE]
! error: line 10: unknown option --colour for 'team add'; it takes: --service
! error: line 11: --service is given twice; give it once
! error: line 12: team add: unexpected argument 'Omicron'; usage: team add NAME [--service SERVICE]
! error: line 13: --service needs a value (SERVICE)
! error: line 14: a quote (") is not closed; close it or escape it with a backslash
! error: line 15: --started '2016-02-30' is not a real date; expected YYYY-MM-DD
! error: line 16: --role 'wizard' is not known; expected one of: social-worker, aqw, team-manager, head-of-service, senior-manager, iro, qa-officer, partner
! error: line 17: byte 13 of the line is not valid UTF-8 text (or is a control character); save the input as UTF-8
$ sqlite3 caseaudit.db .dump | diff before.sql - && echo unchanged
unchanged
$ # The same line in every output mode: errors are the same, on stderr only.
$ printf 'team lisst\n' | caseaudit --mode csv; printf 'team lisst\n' | caseaudit --mode json
! error: line 1: unknown command: team lisst; did you mean: team list?
! error: line 1: unknown command: team lisst; did you mean: team list?
? 1
$ # --bail stops at the first bad line.
$ caseaudit --bail -f bad.txt; echo "exit $?"
exit 1
! error: line 1: the line is longer than 65536 bytes; split it
