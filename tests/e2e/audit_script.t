# audit start in a script: going back with <, a bad answer abandoning its
# audit cleanly (one error at the answer's own line, the rest of that
# audit's lines read and not run as commands; --bail stops there), a
# draft continued where it stopped, and a re-audit beside the earlier one.
#
# The lines of one audit in a script: one answer per standard asked (a ?
# line asks again, < goes back one), the grade (blank: none yet; < goes
# back to the last standard), actions as three lines each (text, owner,
# due) ended by a blank line, then y or n to "submit now?" when the audit
# has a grade and an answer met or not met. The review screen is the
# terminal's only: scripts keep this shape.
$ caseaudit > /dev/null <<'EOF'
> team add "Assessment Team 1"
> worker add "Mary Shah" --team "Assessment Team 1" --role team-manager
> worker add "Anna Smith" --team "Assessment Team 1" --role social-worker
> case add C1001 --team "Assessment Team 1" --worker "Anna Smith" --status cin --opened 2016-01-04
> case add C1002 --team "Assessment Team 1" --worker "Anna Smith" --status cin --opened 2016-01-04
> EOF
$ # A bad answer (line 5): one error naming line 5; the rest of the audit's
$ # lines (to the submit answer on line 13) are read, not run; the command
$ # after them (line 14) runs.
$ caseaudit > /dev/null <<'EOF'
> audit start C1001 --auditor "Mary Shah" --date 2016-11-01
> m
> m
> n
> maybe
> m
> m
> g
> Update the chronology
> Anna Smith
> +14
>
> y
> team add "After the audit"
> EOF
! error: line 5: audit start: 'maybe' is not an answer to VOICE; expected m (met), n (not met) or x (n/a), a note may follow; < goes back, ? explains the standard; nothing was recorded, and the rest of this audit's lines (to line 13) were skipped
? 1
$ caseaudit -c "audit list" -c "team list"
id  date  case  team  auditor  grade  status  moderated  theme
--  ----  ----  ----  -------  -----  ------  ---------  -----
team               service  workers  open_cases
-----------------  -------  -------  ----------
After the audit                   0           0
Assessment Team 1                 2           2
$ # Under --bail the script stops at the bad answer: nothing after it runs.
$ caseaudit --bail > /dev/null <<'EOF'
> audit start C1001 --auditor "Mary Shah" --date 2016-11-01
> m
> maybe
> m
> m
> m
> m
> g
>
> y
> team add "Not reached"
> EOF
! error: line 3: audit start: 'maybe' is not an answer to ANALYSIS; expected m (met), n (not met) or x (n/a), a note may follow; < goes back, ? explains the standard; nothing was recorded
? 1
$ caseaudit --mode csv -c "team list" -c "audit list"
team,service,workers,open_cases^M
After the audit,,0,0^M
Assessment Team 1,,2,2^M
id,date,case,team,auditor,grade,status,moderated,theme^M
$ # A bad owner (line 10): its due date and the next action (lines 11 to
$ # 14), the blank and the submit answer are skipped; ? and < lines count
$ # as a whole audit's would. With no grade there is no submit answer:
$ # the line after the blank runs as a command.
$ caseaudit > /dev/null <<'EOF'
> audit start C1001 --auditor "Mary Shah" --date 2016-11-01
> m
> ?
> m
> m
> m
> m
> g
> Update the chronology
> Nobody
> +14
> Record the rationale
> Mary Shah
> +7
>
> y
> audit start C1002 --auditor "Mary Shah" --date 2016-11-01
> m
> x
> <
> ?
> wrong
> m
> m
> m
> m
>
> team add "Runs after the second audit"
> EOF
! error: line 8: audit start: 'g' is not an answer to SUPERVISION; expected m (met), n (not met) or x (n/a), a note may follow; < goes back, ? explains the standard; nothing was recorded, and the rest of this audit's lines (to line 28) were skipped
? 1
$ caseaudit --mode csv -c "team list" -c "audit list"
team,service,workers,open_cases^M
After the audit,,0,0^M
Assessment Team 1,,2,2^M
id,date,case,team,auditor,grade,status,moderated,theme^M
$ # < goes back one standard: the second answer is given again; < at the
$ # grade goes back to the last standard.
$ caseaudit <<'EOF'
> audit start C1001 --auditor "Mary Shah" --date 2016-11-01
> m
> n no analysis
> <
> m analysis of risk is clear
> n no timescales
> m seen alone
> m
> m
> <
> n supervision not recorded
> g
>
> y
> EOF
Audit of case C1001 by Mary Shah on 2016-11-01
Case C1001, Assessment Team 1; Anna Smith
  status cin, no flags, opened 2016-01-04
  latest chronology: none recorded
  latest supervision of Anna Smith: none recorded
  last audit: none
Not applicable to this case, recorded n/a: NEGLECT, CSE-IDENTIFIED,
  CSE-ASSESSED, CSE-PLAN, MISSING-INTERVIEW, MISSING-RISK, MISSING-PLAN, IHA,
  PATHWAY
Answer each standard m (met), n (not met) or x (n/a); a note may follow, as in
'n no chronology since May'. < goes back one standard, ? explains it.
Ctrl-D or Ctrl-C leaves, and offers to keep the answers as a draft.

1/6 CHRON: The case file includes a chronology that meets required standards

2/6 ANALYSIS: Assessments show clear, child-centred analysis of need and risk
    informed by the chronology

3/6 PLAN: Plans are outcome focused and include SMART targets

2/6 ANALYSIS: Assessments show clear, child-centred analysis of need and risk
    informed by the chronology
    answered: not-met: no analysis (a new answer replaces it)

3/6 PLAN: Plans are outcome focused and include SMART targets

4/6 VOICE: The child's views and wishes inform assessment and planning

5/6 DECISIONS: The rationale for managers' decisions is clearly recorded

6/6 SUPERVISION: Supervision is delivered consistently and standards are met
    in the case sampled

Overall grade: o outstanding, g good, r requires improvement, i inadequate;
blank to grade later; < goes back.

6/6 SUPERVISION: Supervision is delivered consistently and standards are met
    in the case sampled
    answered: met (a new answer replaces it)

Overall grade: o outstanding, g good, r requires improvement, i inadequate;
blank to grade later; < goes back.

Actions: what must be done, by whom, by when. A blank action finishes.
Audit 1 recorded and submitted.
1
$ caseaudit --mode csv -c "audit show 1" | sed -n '/^standard/,/^$/p'
standard,result,note^M
CHRON,met,^M
ANALYSIS,met,analysis of risk is clear^M
PLAN,not-met,no timescales^M
VOICE,met,seen alone^M
DECISIONS,met,^M
SUPERVISION,not-met,supervision not recorded^M
NEGLECT,na,^M
CSE-IDENTIFIED,na,^M
CSE-ASSESSED,na,^M
CSE-PLAN,na,^M
MISSING-INTERVIEW,na,^M
MISSING-RISK,na,^M
MISSING-PLAN,na,^M
IHA,na,^M
PATHWAY,na,^M
^M
id,owner,due,done,status,text^M
$ # A draft kept from earlier goes on from the first standard without an
$ # answer; its grade stays unless a new one is given.
$ caseaudit -c "audit add C1002 --date 2016-11-20 --auditor 'Mary Shah' --grade good CHRON=met ANALYSIS=not-met"
2
$ caseaudit <<'EOF'
> audit start C1002 --auditor "Mary Shah"
> m
> n not seen alone
> m
> m
>
> Chase the plan review
>
> 2016-12-01
>
> y
> EOF
Audit of case C1002 by Mary Shah on 2016-11-20
Case C1002, Assessment Team 1; Anna Smith
  status cin, no flags, opened 2016-01-04
  latest chronology: none recorded
  latest supervision of Anna Smith: none recorded
  last audit: 2016-11-20 (audit 2, good, draft)
Not applicable to this case, recorded n/a: NEGLECT, CSE-IDENTIFIED,
  CSE-ASSESSED, CSE-PLAN, MISSING-INTERVIEW, MISSING-RISK, MISSING-PLAN, IHA,
  PATHWAY
Answer each standard m (met), n (not met) or x (n/a); a note may follow, as in
'n no chronology since May'. < goes back one standard, ? explains it.
Ctrl-D or Ctrl-C leaves, and offers to keep the answers as a draft.
Continuing draft audit 2 of 2016-11-20: 2 of 6 standards answered; it goes on
  from the first without an answer.

3/6 PLAN: Plans are outcome focused and include SMART targets

4/6 VOICE: The child's views and wishes inform assessment and planning

5/6 DECISIONS: The rationale for managers' decisions is clearly recorded

6/6 SUPERVISION: Supervision is delivered consistently and standards are met
    in the case sampled

Overall grade: o outstanding, g good, r requires improvement, i inadequate;
blank keeps good; < goes back.

Actions: what must be done, by whom, by when. A blank action finishes.
Audit 2 brought up to date and submitted.
2
$ caseaudit --mode csv -c "audit show 2" | sed -n '/^standard/,$p'
standard,result,note^M
CHRON,met,^M
ANALYSIS,not-met,^M
PLAN,met,^M
VOICE,not-met,not seen alone^M
DECISIONS,met,^M
SUPERVISION,met,^M
NEGLECT,na,^M
CSE-IDENTIFIED,na,^M
CSE-ASSESSED,na,^M
CSE-PLAN,na,^M
MISSING-INTERVIEW,na,^M
MISSING-RISK,na,^M
MISSING-PLAN,na,^M
IHA,na,^M
PATHWAY,na,^M
^M
id,owner,due,done,status,text^M
1,Anna Smith,2016-12-01,,open,Chase the plan review^M
$ caseaudit --mode csv -c "audit list --case C1002"
id,date,case,team,auditor,grade,status,moderated,theme^M
2,2016-11-20,C1002,Assessment Team 1,Mary Shah,good,submitted,,^M
$ # A re-audit shows the earlier audit's date, grade and answers beside the
$ # questions.
$ caseaudit <<'EOF'
> audit start C1001 --auditor "Mary Shah" --date 2016-11-30
> m
> m
> m now clear timescales
> m
> m
> m
> o
>
> y
> EOF
Audit of case C1001 by Mary Shah on 2016-11-30
Case C1001, Assessment Team 1; Anna Smith
  status cin, no flags, opened 2016-01-04
  latest chronology: none recorded
  latest supervision of Anna Smith: none recorded
  last audit: 2016-11-01 (audit 1, good, submitted)
Re-audit: audit 1 of 2016-11-01 by Mary Shah was graded good; its answers show
  as 'last time'.
Not applicable to this case, recorded n/a: NEGLECT, CSE-IDENTIFIED,
  CSE-ASSESSED, CSE-PLAN, MISSING-INTERVIEW, MISSING-RISK, MISSING-PLAN, IHA,
  PATHWAY
Answer each standard m (met), n (not met) or x (n/a); a note may follow, as in
'n no chronology since May'. < goes back one standard, ? explains it.
Ctrl-D or Ctrl-C leaves, and offers to keep the answers as a draft.

1/6 CHRON: The case file includes a chronology that meets required standards
    last time: met

2/6 ANALYSIS: Assessments show clear, child-centred analysis of need and risk
    informed by the chronology
    last time: met: analysis of risk is clear

3/6 PLAN: Plans are outcome focused and include SMART targets
    last time: not-met: no timescales

4/6 VOICE: The child's views and wishes inform assessment and planning
    last time: met: seen alone

5/6 DECISIONS: The rationale for managers' decisions is clearly recorded
    last time: met

6/6 SUPERVISION: Supervision is delivered consistently and standards are met
    in the case sampled
    last time: not-met: supervision not recorded

Overall grade: o outstanding, g good, r requires improvement, i inadequate;
blank to grade later; < goes back.

Actions: what must be done, by whom, by when. A blank action finishes.
Audit 3 recorded and submitted.
3
$ # A line that cannot be an answer at all (not UTF-8 text) is the bad
$ # answer too: one error at its line, the audit's lines skipped.
$ printf 'audit start C1002 --auditor "Mary Shah" --date 2016-11-29\nm\n\377 not text\nm\nm\nm\nm\ng\n\nn\nteam add "After the bad bytes"\n' | caseaudit > /dev/null
! error: line 3: audit start: byte 1 of the answer is not valid UTF-8 text (or is a control character); nothing was recorded, and the rest of this audit's lines (to line 10) were skipped
? 1
$ caseaudit -c "team list" -c "audit list --case C1002 --from 2016-11-29"
team                 service  workers  open_cases
-------------------  -------  -------  ----------
After the audit                     0           0
After the bad bytes                 0           0
Assessment Team 1                   2           2
id  date  case  team  auditor  grade  status  moderated  theme
--  ----  ----  ----  -------  -----  ------  ---------  -----
$ # The same from a file given with -f: the error names the file's line.
$ printf 'audit start C1002 --auditor "Mary Shah" --date 2016-11-28\nm\nm\nperhaps\nm\nm\nm\n\n\nteam add "After the file audit"\n' > audit.txt
$ caseaudit -f audit.txt > /dev/null
! error: line 4: audit start: 'perhaps' is not an answer to PLAN; expected m (met), n (not met) or x (n/a), a note may follow; < goes back, ? explains the standard; nothing was recorded, and the rest of this audit's lines (to line 9) were skipped
? 1
$ caseaudit --mode csv -c "team list" -c "audit list --case C1002 --from 2016-11-28"
team,service,workers,open_cases^M
After the audit,,0,0^M
After the bad bytes,,0,0^M
After the file audit,,0,0^M
Assessment Team 1,,2,2^M
id,date,case,team,auditor,grade,status,moderated,theme^M
$ # An audit that cannot begin (an auditor who is not a worker) but whose
$ # case's standards are known: its lines are skipped in the same shape,
$ # and the error names the audit start line.
$ caseaudit > /dev/null <<'EOF'
> audit start C1002 --auditor "Nobody" --date 2016-11-27
> m
> m
> m
> m
> m
> m
> g
>
> y
> team add "After the refused audit"
> EOF
! error: line 1: unknown worker 'Nobody'; 'worker list' shows the workers; this audit's lines (to line 10) were skipped
? 1
$ caseaudit --mode csv -c "team list"
team,service,workers,open_cases^M
After the audit,,0,0^M
After the bad bytes,,0,0^M
After the file audit,,0,0^M
After the refused audit,,0,0^M
Assessment Team 1,,2,2^M
