# action add, done, list: follow-ups set by audits, and the bad input they refuse.
$ caseaudit > /dev/null <<'EOF'
> team add "Assessment Team 1"
> team add "Children in Care"
> worker add "Mary Shah" --team "Assessment Team 1" --role team-manager
> worker add "Anna Smith" --team "Assessment Team 1" --role social-worker
> worker add "Rita Patel" --team "Children in Care" --role team-manager
> worker add "Tom Reed" --team "Children in Care" --role social-worker --left 2016-10-31
> case add C1001 --team "Assessment Team 1" --worker "Anna Smith" --status cin --opened 2016-01-04
> case add C1002 --team "Children in Care" --status cic --opened 2015-06-01
> audit add C1001 --date 2016-11-02 --auditor "Mary Shah" CHRON=not-met
> audit add C1002 --date 2016-11-03 --auditor "Rita Patel" --grade good --submit CHRON=met IHA=not-met
> EOF
$ # Actions go on drafts and on submitted audits (they are follow-ups).
$ caseaudit -c "action add 1 'Update the chronology' --owner 'Anna Smith' --due 2016-11-16"
1
$ caseaudit --mode json -c "action add 2 'Book the health assessment' --owner 'rita patel' --due 2016-12-01"
{"id": 2}
$ caseaudit --mode csv -c "action add 1 'Record the rationale for the decision' --owner 'Mary Shah' --due=2016-11-30"
3
$ caseaudit -c "action add 2 'Review the care plan, with the IRO' --owner 'Rita Patel' --due 2016-11-03"
4
$ caseaudit -c "action list"
id  audit  case   owner       due         done  status   checked  text
--  -----  -----  ----------  ----------  ----  -------  -------  --------------
 4      2  C1002  Rita Patel  2016-11-03        overdue           Review the ca…
 1      1  C1001  Anna Smith  2016-11-16        overdue           Update the ch…
 3      1  C1001  Mary Shah   2016-11-30        open              Record the ra…
 2      2  C1002  Rita Patel  2016-12-01        open              Book the heal…
$ caseaudit --mode csv -c "action list"
id,audit,case,owner,due,done,status,checked,text^M
4,2,C1002,Rita Patel,2016-11-03,,overdue,,"Review the care plan, with the IRO"^M
1,1,C1001,Anna Smith,2016-11-16,,overdue,,Update the chronology^M
3,1,C1001,Mary Shah,2016-11-30,,open,,Record the rationale for the decision^M
2,2,C1002,Rita Patel,2016-12-01,,open,,Book the health assessment^M
$ caseaudit --mode json -c "action list"
[
 {"id": 4, "audit": 2, "case": "C1002", "owner": "Rita Patel", "due": "2016-11-03", "done": null, "status": "overdue", "checked": null, "text": "Review the care plan, with the IRO"},
 {"id": 1, "audit": 1, "case": "C1001", "owner": "Anna Smith", "due": "2016-11-16", "done": null, "status": "overdue", "checked": null, "text": "Update the chronology"},
 {"id": 3, "audit": 1, "case": "C1001", "owner": "Mary Shah", "due": "2016-11-30", "done": null, "status": "open", "checked": null, "text": "Record the rationale for the decision"},
 {"id": 2, "audit": 2, "case": "C1002", "owner": "Rita Patel", "due": "2016-12-01", "done": null, "status": "open", "checked": null, "text": "Book the health assessment"}
]
$ # Overdue: not done and due before today (2016-11-30); due today is open.
$ caseaudit -c "action list --overdue"
id  audit  case   owner       due         done  status   checked  text
--  -----  -----  ----------  ----------  ----  -------  -------  --------------
 4      2  C1002  Rita Patel  2016-11-03        overdue           Review the ca…
 1      1  C1001  Anna Smith  2016-11-16        overdue           Update the ch…
$ caseaudit -c "action done 4 --date 2016-11-10"
$ caseaudit -c "action done 1"
$ caseaudit -c "action list"
id  audit  case   owner       due         done        status  checked  text
--  -----  -----  ----------  ----------  ----------  ------  -------  ------------
 4      2  C1002  Rita Patel  2016-11-03  2016-11-10  done             Review the …
 1      1  C1001  Anna Smith  2016-11-16  2016-11-30  done             Update the …
 3      1  C1001  Mary Shah   2016-11-30              open             Record the …
 2      2  C1002  Rita Patel  2016-12-01              open             Book the he…
$ caseaudit -c "action list --open"
id  audit  case   owner       due         done  status  checked  text
--  -----  -----  ----------  ----------  ----  ------  -------  ---------------
 3      1  C1001  Mary Shah   2016-11-30        open             Record the rat…
 2      2  C1002  Rita Patel  2016-12-01        open             Book the healt…
$ caseaudit -c "action list --overdue"
id  audit  case  owner  due  done  status  checked  text
--  -----  ----  -----  ---  ----  ------  -------  ----
$ caseaudit -c "action list --owner 'Rita Patel'"
id  audit  case   owner       due         done        status  checked  text
--  -----  -----  ----------  ----------  ----------  ------  -------  ------------
 4      2  C1002  Rita Patel  2016-11-03  2016-11-10  done             Review the …
 2      2  C1002  Rita Patel  2016-12-01              open             Book the he…
$ caseaudit -c "action list --open --owner 'Mary Shah'"
id  audit  case   owner      due         done  status  checked  text
--  -----  -----  ---------  ----------  ----  ------  -------  ----------------
 3      1  C1001  Mary Shah  2016-11-30        open             Record the rati…
$ caseaudit --mode csv -c "action list --team 'Children in Care'"
id,audit,case,owner,due,done,status,checked,text^M
4,2,C1002,Rita Patel,2016-11-03,2016-11-10,done,,"Review the care plan, with the IRO"^M
2,2,C1002,Rita Patel,2016-12-01,,open,,Book the health assessment^M
$ caseaudit --mode json -c "action list --audit 1 --open"
[
 {"id": 3, "audit": 1, "case": "C1001", "owner": "Mary Shah", "due": "2016-11-30", "done": null, "status": "open", "checked": null, "text": "Record the rationale for the decision"}
]
$ caseaudit -c "action list --owner Nobody"
! error: unknown worker 'Nobody'; 'worker list' shows the workers
? 1
$ caseaudit -c "action list --team Nope"
! error: unknown team 'Nope'; 'team list' shows the teams
? 1
$ caseaudit -c "action list --audit 9"
! error: unknown audit 9; 'audit list' shows the audits
? 1
$ caseaudit -c "action list --audit one"
! error: --audit 'one' is not a whole number above 0
? 1
$ caseaudit -c "action list --late"
! error: unknown option --late for 'action list'; it takes: --open, --overdue, --unchecked, --owner, --team, --audit
? 1
$ # Refusals of action add; none of them records anything.
$ caseaudit -c "action add 1 'x' --due 2016-12-01"
! error: action add needs --owner NAME, the worker who must do it
? 1
$ caseaudit -c "action add 1 'x' --owner 'Anna Smith'"
! error: action add needs --due DATE, when it must be done by
? 1
$ caseaudit -c "action add 1 --owner 'Anna Smith' --due 2016-12-01"
! error: action add: missing argument; usage: action add AUDIT TEXT --owner NAME --due DATE
? 1
$ caseaudit -c "action add 1 'x' 'y' --owner 'Anna Smith' --due 2016-12-01"
! error: action add: unexpected argument 'y'; usage: action add AUDIT TEXT --owner NAME --due DATE
? 1
$ caseaudit -c "action add 1 '   ' --owner 'Anna Smith' --due 2016-12-01"
! error: the action's text is empty; say what must be done (quote it)
? 1
$ caseaudit -c "action add 1 'x' --owner 'Anna Smith' --due 2016-11-31"
! error: --due '2016-11-31' is not a real date; expected YYYY-MM-DD
? 1
$ caseaudit -c "action add 1 'x' --owner 'Anna Smith' --due 2016-11-01"
! error: --due 2016-11-01 is before the audit date 2016-11-02
? 1
$ caseaudit -c "action add 1 'x' --owner Nobody --due 2016-12-01"
! error: unknown worker 'Nobody'; 'worker list' shows the workers
? 1
$ caseaudit -c "action add 1 'x' --owner 'Tom Reed' --due 2016-12-01"
! error: Tom Reed left on 2016-10-31; give an owner who is in post
? 1
$ caseaudit -c "action add 1 'x' --owner '' --due 2016-12-01"
! error: the owner's name is empty; give a worker's name
? 1
$ caseaudit -c "action add 9 'x' --owner 'Anna Smith' --due 2016-12-01"
! error: unknown audit 9; 'audit list' shows the audits
? 1
$ caseaudit -c "action add first 'x' --owner 'Anna Smith' --due 2016-12-01"
! error: audit 'first' is not a whole number above 0
? 1
$ caseaudit --mode csv -c "action list" | wc -l
5
$ # Refusals of action done.
$ caseaudit -c "action done 1"
! error: action 1 was already done on 2016-11-30
? 1
$ caseaudit -c "action done 2 --date 2016-12-01"
! error: --date 2016-12-01 is after today (2016-11-30); record it once it is done
? 1
$ caseaudit -c "action done 2 --date 2016-11-02"
! error: --date 2016-11-02 is before the date of the audit that set the action (2016-11-03)
? 1
$ caseaudit -c "action done 2 --date 2016-11-00"
! error: --date '2016-11-00' is not a real date; expected YYYY-MM-DD
? 1
$ caseaudit -c "action done 9"
! error: unknown action 9; 'action list' shows the actions
? 1
$ caseaudit -c "action done x"
! error: action 'x' is not a whole number above 0
? 1
$ caseaudit -c "action done"
! error: action done: missing argument; usage: action done ACTION [--date DATE] [--evidence TEXT]
? 1
$ caseaudit --mode csv -c "action list --open"
id,audit,case,owner,due,done,status,checked,text^M
3,1,C1001,Mary Shah,2016-11-30,,open,,Record the rationale for the decision^M
2,2,C1002,Rita Patel,2016-12-01,,open,,Book the health assessment^M
