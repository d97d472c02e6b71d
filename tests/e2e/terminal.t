# Terminal safety (issue 15): names that would print as something else are
# refused on the way in, and table mode shows any control character
# visibly on the way out, so a tampered or shared file cannot retitle the
# terminal, colour it, or reorder what it shows.
$ caseaudit -c "team add Alpha"
$ caseaudit -c "team add $(printf 'Evil\033]0;pwned\007')"
! error: byte 14 of the line is not valid UTF-8 text (or is a control character); save the input as UTF-8
? 1
$ # C1 controls (U+009B, the one-byte CSI) and bidirectional overrides.
$ caseaudit -c "team add $(printf 'Evil\302\233')"
! error: byte 14 of the line is not valid UTF-8 text (or is a control character); save the input as UTF-8
? 1
$ caseaudit -c "team add $(printf 'abc\342\200\256def')"
! error: byte 13 of the line is not valid UTF-8 text (or is a control character); save the input as UTF-8
? 1
$ caseaudit -c "team add $(printf 'abc\342\201\246def')"
! error: byte 13 of the line is not valid UTF-8 text (or is a control character); save the input as UTF-8
? 1
$ # Names that differ only by a tab or a no-break space print the same.
$ caseaudit -c "team add $(printf "'Al\tpha'")"
! error: the team name contains a tab; use spaces
? 1
$ caseaudit -c "team add $(printf "'Team\302\240One'")"
! error: the team name contains a no-break, wide or invisible space; use ordinary spaces
? 1
$ caseaudit -c "team add $(printf "'Team\342\200\213One'")"
! error: the team name contains a no-break, wide or invisible space; use ordinary spaces
? 1
$ caseaudit -c "worker add $(printf "'Ann\302\240Smith'") --team Alpha --role social-worker"
! error: the worker name contains a no-break, wide or invisible space; use ordinary spaces
? 1
$ caseaudit -c "case add $(printf "'C\tl'") --team Alpha"
! error: the case ID contains a tab; use spaces
? 1
$ printf 'id,team\n"C\302\2401",Alpha\n' > cases.csv && caseaudit -c "import cases cases.csv"
! cases.csv:2: the case ID contains a no-break, wide or invisible space; use ordinary spaces
! error: cases.csv: 1 of 1 row is wrong; nothing was imported
? 1
$ caseaudit -c "team list"
team   service  workers  open_cases
-----  -------  -------  ----------
Alpha                 0           0
$ # A file changed by another program: shown visibly, never raw.
$ sqlite3 caseaudit.db ".dbconfig enable_trigger off" "UPDATE team SET name = char(27) || ']0;pwned' || char(7) || 'X' || char(8238) || 'Y' || char(155)" >/dev/null
$ caseaudit -c "team list"
team                          service  workers  open_cases
----------------------------  -------  -------  ----------
␛]0;pwned␇X<U+202E>Y<U+009B>                 0           0
$ caseaudit -c "sql SELECT char(27) || '[31mred' AS x, char(127) AS del, char(9) || 'tab' AS t"
x         del  t
--------  ---  ----
␛[31mred  ␡     tab
$ # JSON and CSV keep the text itself (JSON escapes it).
$ caseaudit --mode json -c "sql SELECT char(27) || '[31m' AS x"
[
 {"x": "\u001b[31m"}
]
