# The council's settings: its time zone, in which "today" and the dates of
# changes are taken, whatever the machine's (CONTRACT: "Dates of changes
# and today are the council's calendar"). tests/check_repo_audit.c
# (test_bst_midnight) shows a case moved at 23:30 UTC on a summer day
# belonging to the next day in London.
$ caseaudit -c "council show"
time_zone      today
-------------  ----------
Europe/London  2016-11-30
$ caseaudit --mode csv -c "council show"
time_zone,today^M
Europe/London,2016-11-30^M
$ caseaudit --mode json -c "council show"
[
 {"time_zone": "Europe/London", "today": "2016-11-30"}
]
$ # Today is the council's date, not the machine's: Kiritimati (UTC+14) is
> # a day ahead of London for most of the day. The real clock, not the
> # test clock.
$ (unset CASEAUDIT_TODAY; TZ=Pacific/Kiritimati caseaudit --mode csv -c "council show") | tail -1 | tr -d '\r' | cut -d, -f2 > today.txt
$ test "$(cat today.txt)" = "$(TZ=Europe/London date +%F)" && echo "today is London's"
today is London's
$ # Setting it: a zone of the machine's zoneinfo; the history records it.
$ caseaudit -c "council set --time-zone Europe/Dublin"
time zone Europe/Dublin, was Europe/London.
$ caseaudit --mode csv -c "council show" -c "history --table setting" | cut -d, -f2,4-
today^M
2016-11-30^M
who,table,row,operation,old,new^M
tester,setting,time-zone,insert,,"{""name"":""time-zone"",""value"":""Europe/London""}"^M
tester,setting,time-zone,update,"{""value"":""Europe/London""}","{""value"":""Europe/Dublin""}"^M
$ caseaudit --mode json -c "council set --time-zone Europe/London" -c "council show"
[
 {"time_zone": "Europe/London", "today": "2016-11-30"}
]
$ # Bad input: one line naming what is wrong; nothing changes.
$ caseaudit -c "council set --time-zone Mars/Olympus_Mons"
! error: the time zone 'Mars/Olympus_Mons' is not in this machine's zoneinfo (/usr/share/zoneinfo); expected one such as Europe/London (install the Debian package tzdata if it is missing)
? 1
$ caseaudit -c "council set --time-zone ../../etc/passwd"
! error: the time zone '../../etc/passwd' is not a time zone name; expected one such as Europe/London (a name of the zoneinfo database)
? 1
$ caseaudit -c "council set --time-zone ''"
! error: the time zone '' is not a time zone name; expected one such as Europe/London (a name of the zoneinfo database)
? 1
$ caseaudit -c "council set"
! error: council set needs --time-zone ZONE, e.g. council set --time-zone Europe/London
? 1
$ caseaudit -c "council set --zone UTC"
! error: unknown option --zone for 'council set'; it takes: --time-zone
? 1
$ caseaudit --mode csv -c "sql 'SELECT value FROM setting'"
value^M
Europe/London^M
$ caseaudit -c "help council set"
usage: council set --time-zone ZONE

set the council's time zone
Sets the time zone of the council's calendar (default Europe/London).
The history records the change.
  --time-zone ZONE   a name of the zoneinfo database on this machine,
                     such as Europe/London or Europe/Dublin

example: council set --time-zone Europe/London

