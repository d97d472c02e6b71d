# chron add and chron list: a case's chronology, and the bad input refused.
$ caseaudit -c "team add 'Assessment Team 1'" -c "case add C1042 --team 'Assessment Team 1'" -c "case add C1077 --team 'Assessment Team 1'"
$ caseaudit -c "chron add C1042 2016-05-01 'Initial child protection conference: plan agreed' --kind conference"
$ caseaudit -c "chron add C1042 2016-03-14 'Referral from school: bruising to arm' --kind=referral"
$ caseaudit -c "chron add C1042 2016-05-01 'Plan shared with mother, who disagrees with it'"
$ caseaudit -c "chron add C1042 2016-11-30 \"Child missing overnight, found at a friend's\" --kind missing"
$ caseaudit -c "chron add C1077 2016-06-01 'Another child' --kind ''"
$ # In date order; entries of one day in the order they were entered.
$ caseaudit -c "chron list C1042"
date        kind        text
----------  ----------  ------------------------------------------------
2016-03-14  referral    Referral from school: bruising to arm
2016-05-01  conference  Initial child protection conference: plan agreed
2016-05-01              Plan shared with mother, who disagrees with it
2016-11-30  missing     Child missing overnight, found at a friend's
$ caseaudit --mode csv -c "chron list C1042"
date,kind,text^M
2016-03-14,referral,Referral from school: bruising to arm^M
2016-05-01,conference,Initial child protection conference: plan agreed^M
2016-05-01,,"Plan shared with mother, who disagrees with it"^M
2016-11-30,missing,"Child missing overnight, found at a friend's"^M
$ caseaudit --mode json -c "chron list C1042"
[
 {"date": "2016-03-14", "kind": "referral", "text": "Referral from school: bruising to arm"},
 {"date": "2016-05-01", "kind": "conference", "text": "Initial child protection conference: plan agreed"},
 {"date": "2016-05-01", "kind": null, "text": "Plan shared with mother, who disagrees with it"},
 {"date": "2016-11-30", "kind": "missing", "text": "Child missing overnight, found at a friend's"}
]
$ caseaudit --mode json -c "chron list C1077"
[
 {"date": "2016-06-01", "kind": null, "text": "Another child"}
]
$ caseaudit -c "case add C2 --team 'Assessment Team 1'" -c "chron list C2"
date  kind  text
----  ----  ----
$ caseaudit --mode csv -c "chron list C2"
date,kind,text^M
$ caseaudit --mode json -c "chron list C2"
[]
$ # Refusals: each names what was wrong, and nothing changes.
$ caseaudit -c "chron add C9 2016-05-01 'x'"
! error: unknown case 'C9'; 'case list' shows the cases
? 1
$ caseaudit -c "chron add C1042 2016-02-30 'x'"
! error: the chronology date '2016-02-30' is not a real date; expected YYYY-MM-DD
? 1
$ caseaudit -c "chron add C1042 01/05/2016 'x'"
! error: the chronology date '01/05/2016' is not a real date; expected YYYY-MM-DD
? 1
$ caseaudit -c "chron add C1042 2016-12-01 'Conference planned'"
! error: the chronology date 2016-12-01 is after today (2016-11-30); record events once they have happened
? 1
$ caseaudit -c "chron add C1042 2016-05-01 ''"
! error: the chronology text is empty; say what happened (quote it)
? 1
$ caseaudit -c "chron add C1042 2016-05-01 '   '"
! error: the chronology text is empty; say what happened (quote it)
? 1
$ caseaudit -c "chron add C1042 2016-05-01 x --kind 'a kind of event that goes on and on far beyond fifty'"
! error: the chronology kind is longer than 50 characters; use a short word such as 'referral'
? 1
$ caseaudit -c "chron add C1042 2016-05-01"
! error: chron add: missing argument; usage: chron add CASE DATE TEXT [--kind KIND]
? 1
$ caseaudit -c "chron add C1042 2016-05-01 one two"
! error: chron add: unexpected argument 'two'; usage: chron add CASE DATE TEXT [--kind KIND]
? 1
$ caseaudit -c "chron add C1042 2016-05-01 x --type visit"
! error: unknown option --type for 'chron add'; it takes: --kind
? 1
$ caseaudit -c "chron add C1042 2016-05-01 x --kind"
! error: --kind needs a value (KIND)
? 1
$ caseaudit -c "chron list C9"
! error: unknown case 'C9'; 'case list' shows the cases
? 1
$ caseaudit -c "chron list"
! error: chron list: missing argument; usage: chron list CASE
? 1
$ caseaudit -c "chron list C1042 C1077"
! error: chron list: unexpected argument 'C1077'; usage: chron list CASE
? 1
$ caseaudit --mode csv -c "chron list C1042" | wc -l
5
$ caseaudit -c "help chron add"
usage: chron add CASE DATE TEXT [--kind KIND]

add an event to a case's chronology
Records a significant event in the child's life or case: the date it
happened (not after today) and what happened (quote the text).
  --kind KIND   what sort of event, e.g. referral, assessment, strategy,
                conference, move, missing, court

example: chron add C1042 2016-03-14 "Referral from school: bruising" --kind referral

