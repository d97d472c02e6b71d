# A back-dated draw (sample draw --date D) takes only the files open on D:
# opened on or before it and not closed by it. A file opened since, or
# closed on or before D, is not drawn; one closed since D is (and its slot
# is then withdrawn, as it closed before the due date). The same for a
# themed draw.
$ cat > setup.cmds <<'END'
> team add Alpha --service 'Front Door'
> worker add 'Ann Boss' --team Alpha --role team-manager
> worker add 'Quinn Officer' --team Alpha --role qa-officer
> case add OLD --team Alpha --status cin --flag cse --opened 2016-01-01
> case add ONDAY --team Alpha --status cin --flag cse --opened 2016-09-01
> case add LATER --team Alpha --status cin --flag cse --opened 2016-09-02
> case add SHUT --team Alpha --status cin --flag cse --opened 2016-01-01
> case close SHUT --date 2016-09-01
> case add SINCE --team Alpha --status cin --flag cse --opened 2016-01-01
> case close SINCE --date 2016-09-15
> theme add CSE CSE-IDENTIFIED CSE-PLAN
> END
$ caseaudit -f setup.cmds > /dev/null 2>&1 && cp caseaudit.db themed.db
$ caseaudit --mode csv -c "sample draw --team Alpha --size 10 --auditor 'Ann Boss' --date 2016-09-01 --due 2016-09-30 --seed 1" | cut -d, -f4 | sort
OLD
ONDAY
SINCE
case
$ caseaudit --mode csv -c "sample list" | cut -d, -f6,9 | sort
OLD,not-done
ONDAY,not-done
SINCE,withdrawn
case,audited
$ # Drawn today: the files open today.
$ caseaudit --mode csv -c "sample draw --team Alpha --size 10 --auditor 'Ann Boss' --due 2016-12-31 --seed 1" | cut -d, -f4 | sort
LATER
case
$ # A themed draw on the same date takes the same files.
$ caseaudit --mode csv -c "sample draw --theme CSE --team Alpha --auditor 'Quinn Officer' --date 2016-09-01 --due 2016-09-30 --seed 1" themed.db | cut -d, -f4 | sort
OLD
ONDAY
SINCE
case
$ # The team and status a file had on the draw date count, not today's:
$ # MOVED was Alpha's and cin on 1 September and has since gone to Beta
$ # as cp (changed today, 30 November); ARRIVED came to Alpha today. Each
$ # draw is on its own copy (a drawn file is pending for the next).
$ cat > moves.cmds <<'END'
> team add Beta
> case add MOVED --team Alpha --status cin --opened 2016-01-01
> case add ARRIVED --team Beta --status cin --opened 2016-01-01
> case set MOVED --team Beta --status cp
> case set ARRIVED --team Alpha
> END
$ caseaudit -f moves.cmds themed.db > /dev/null 2>&1 && for n in 1 2 3 4; do cp themed.db moved$n.db; done
$ caseaudit --mode csv -c "sample draw --team Alpha --size 10 --auditor 'Ann Boss' --date 2016-09-01 --due 2016-09-30 --seed 1 --status cin" moved1.db | cut -d, -f4 | sort
MOVED
OLD
ONDAY
SINCE
case
$ caseaudit --mode csv -c "sample draw --team Beta --size 10 --auditor 'Ann Boss' --date 2016-09-01 --due 2016-09-30 --seed 1" moved2.db | cut -d, -f4 | sort
ARRIVED
case
$ # Drawn today, the files are where they are now.
$ caseaudit --mode csv -c "sample draw --team Beta --size 10 --auditor 'Ann Boss' --due 2016-12-31 --seed 1" moved3.db | cut -d, -f4 | sort
MOVED
case
$ caseaudit --mode csv -c "sample draw --team Alpha --size 10 --auditor 'Ann Boss' --due 2016-12-31 --seed 1 --status cin" moved4.db | cut -d, -f4 | sort
ARRIVED
LATER
OLD
ONDAY
case
$ # --reaudits-first puts first the files due for re-audit among those the
$ # draw takes, by the team on the draw date: R3, Alpha's when graded
$ # inadequate on 1 June (re-audit due by 1 September), moved to Beta as cp
$ # today. The drawn table shows each file as the draw took it: cin.
$ cat > reaudit.cmds <<'END'
> case add R3 --team Alpha --status cin --opened 2016-01-01
> audit add R3 --date 2016-06-01 --auditor 'Ann Boss' --grade inadequate --submit CHRON=not-met
> case set R3 --team Beta --status cp
> END
$ cp themed.db reaudit.db && caseaudit -f reaudit.cmds reaudit.db > /dev/null 2>&1
$ caseaudit --mode csv -c "sample draw --team Alpha --size 1 --reaudits-first --status cin --auditor 'Ann Boss' --date 2016-10-01 --due 2016-10-31 --seed 1" reaudit.db | cut -d, -f4,5
case,status
R3,cin
