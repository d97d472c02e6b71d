# audit start --theme on a case with a draft: the draft goes on only with
# its own theme. A draft of another theme, or of none, is refused up front
# with one line naming both and what to do; nothing changes, and in a
# script the audit's answer lines are skipped, never run as commands.
$ cat > setup.cmds <<'END'
> team add Alpha --service 'Front Door'
> worker add 'Ann Boss' --team Alpha --role team-manager
> worker add 'Wyn Jones' --team Alpha --role social-worker
> case add C1 --team Alpha --worker 'Wyn Jones' --status cp --flag cse --opened 2016-01-01
> theme add 'CSE 2016' CSE-IDENTIFIED CSE-ASSESSED CSE-PLAN
> theme add Chronologies CHRON
> END
$ caseaudit -f setup.cmds > /dev/null 2>&1
$ caseaudit -c "audit add C1 --date 2016-08-20 --auditor 'Ann Boss' --theme 'CSE 2016' CSE-PLAN=met"
1
$ caseaudit -c "sql SELECT count(*) FROM history" > before.txt
$ printf "audit start C1 --auditor 'Ann Boss' --theme chronologies\nm\n\n\n" > other.cmds
$ caseaudit -f other.cmds
! error: line 1: draft audit 1 of case C1 (2016-08-20) is of theme 'CSE 2016', not 'Chronologies'; continue it with --theme "CSE 2016" or with no --theme, or give another --date for a new 'Chronologies' audit; this audit's lines (to line 4) were skipped
? 1
$ caseaudit -c "sql SELECT count(*) FROM history" | diff before.txt -
$ caseaudit --mode csv -c "audit show 1" | sed -n '/^standard,/,/^$/p'
standard,result,note^M
CSE-PLAN,met,^M
^M
id,owner,due,done,status,text^M
$ # The draft's own theme, given or not, goes on with it.
$ printf "audit start C1 --auditor 'Ann Boss' --theme 'cse 2016'\nm\nm\nm\n\n\n" > same.cmds
$ caseaudit -f same.cmds | grep -E 'Continuing|brought'
Continuing draft audit 1 of 2016-08-20: 1 of 3 standards answered; it goes on
Audit 1 brought up to date as a draft.
$ # A draft with no theme cannot go on as a themed audit: refused the same way.
$ caseaudit -c "audit add C1 --date 2016-09-01 --auditor 'Ann Boss' CHRON=met"
2
$ caseaudit -c "sql SELECT count(*) FROM history" > before.txt
$ printf "audit start C1 --auditor 'Ann Boss' --date 2016-09-01 --theme Chronologies\nm\n\n\n" > none.cmds
$ caseaudit -f none.cmds
! error: line 1: draft audit 2 of case C1 (2016-09-01) has no theme, so it cannot go on as theme 'Chronologies'; continue it with no --theme, or give another --date for a new 'Chronologies' audit; this audit's lines (to line 4) were skipped
? 1
$ caseaudit -c "sql SELECT count(*) FROM history" | diff before.txt -
$ caseaudit -c "audit show 2" | grep -E '^(type|theme) '
type             dip-sample
$ # Another --date starts a new audit of the theme beside the draft.
$ printf "audit start C1 --auditor 'Ann Boss' --date 2016-09-02 --theme Chronologies\nm\n\n\n" > new.cmds
$ caseaudit -f new.cmds | grep -E '^Audit [0-9]'
Audit 3 recorded as a draft.
$ caseaudit -c "audit show 3" | grep -E '^(type|theme) '
type             themed
theme            Chronologies
