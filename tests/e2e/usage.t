# Usage lines are generated from each command's argument spec (command.h):
# help and the "missing argument" / "unexpected argument" errors print the
# same line, the period spelled out wherever a command takes one.
$ caseaudit -c "reaudit figure 2016"
! error: reaudit figure: unexpected argument '2016'; usage: reaudit figure [--from DATE --to DATE | --month YYYY-MM | --quarter YYYY-QN | --quarter YYYY/YY-QN | --year YYYY[/YY]] [--team TEAM] [--by team]
? 1
$ caseaudit -c "export pool"
! error: export pool: missing argument; usage: export pool FOLDER [--from DATE --to DATE | --month YYYY-MM | --quarter YYYY-QN | --quarter YYYY/YY-QN | --year YYYY[/YY]] --council CODE --key-file FILE [--team-codes]
? 1
$ caseaudit -c "help export pool" | head -1
usage: export pool FOLDER [--from DATE --to DATE | --month YYYY-MM | --quarter YYYY-QN | --quarter YYYY/YY-QN | --year YYYY[/YY]] --council CODE --key-file FILE [--team-codes]
$ # A command that takes nothing: its name alone.
$ caseaudit -c "team list extra"
! error: team list: unexpected argument 'extra'; usage: team list
? 1
$ # An optional positional that comes with an option.
$ caseaudit -c "reaudit rule good --months 6 extra"
! error: reaudit rule: unexpected argument 'extra'; usage: reaudit rule [GRADE --months N]
? 1
$ # help takes a noun and a verb.
$ caseaudit -c "help help" | head -1
usage: help [NOUN [VERB]]
$ caseaudit -c "help audit moderate" | head -1
usage: audit moderate AUDIT --by NAME (--agree | --grade GRADE) [--note TEXT] [--date DATE]
$ caseaudit -c "help theme add" | head -1
usage: theme add NAME STANDARD...
$ caseaudit -c "theme add Visits"
! error: theme add: missing argument; usage: theme add NAME STANDARD...
? 1
$ # A value missing names what the value is.
$ caseaudit -c "compliance --month"
! error: --month needs a value (YYYY-MM)
? 1
$ caseaudit -c "sample draw --percent"
! error: --percent needs a value (P)
? 1
$ # A command called two ways shows both: sample draw's dip sample (the
$ # contract's line) and its themed draw, which takes a scope for --team
$ # and needs no size.
$ caseaudit -c "help sample draw" | head -3
usage: sample draw --team TEAM (--size N | --percent P) --auditor NAME --due DATE [--seed N] [--date DATE] [--status STATUS] [--not-audited-within DAYS] [--reaudits-first]
   or: sample draw --theme THEME (--team TEAM | --service SERVICE | --all-teams) [--size N | --percent P] --auditor NAME --due DATE [--seed N] [--date DATE] [--status STATUS] [--flag FLAG]... [--not-audited-within DAYS]

