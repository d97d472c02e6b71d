# standard add, standard retire, target add: the standards and targets a
# council adds beside the built-in ones. Added standards are asked after
# the built-in ones, where their statuses and flags say; a retired one is
# kept for past audits and their figures but no longer asked nor answered;
# a council target on a standard is reported by compliance after the
# others. The refusals each change nothing; everything is in the history.
$ caseaudit > /dev/null <<'EOF'
> team add Alpha
> team add Beta --service "Children in Need"
> worker add "Ann Boss" --team Alpha --role team-manager
> worker add "Bea Head" --team Beta --role team-manager
> worker add "Wyn Jones" --team Alpha --role social-worker
> worker add "Wat Price" --team Beta --role social-worker
> case add C1 --team Alpha --worker "Wyn Jones" --status cp --flag cse
> case add C2 --team Alpha --worker "Wyn Jones" --status cin
> case add C3 --team Beta --worker "Wat Price" --status cic --flag cse --flag missing
> EOF
$ # A standard for files flagged cse (the code is typed in any case and
$ # kept in upper case), one for every file, one for children in care or
$ # on a plan and answerable on any file.
$ caseaudit -c "standard add cse-safety 'A safety plan addresses the risk of exploitation' --flag cse --guidance 'Met when a current safety plan is on file and reviewed'"
standard CSE-SAFETY added: audit start asks it after the others, of the case files 'standard list' shows.
$ caseaudit -c "standard add FEEDBACK 'The worker was given feedback on the audit'"
standard FEEDBACK added: audit start asks it after the others, of every case file.
$ caseaudit -c "standard add LIFE-STORY 'Life-story work is under way' --status cic --status cp --answerable-anywhere"
standard LIFE-STORY added: audit start asks it after the others, of the case files 'standard list' shows.
$ caseaudit -c "standard list" | tail -4
PATHWAY            The young person participate…  care leavers (care-leaver)
CSE-SAFETY         A safety plan addresses the …  case files flagged cse
FEEDBACK           The worker was given feedbac…  all case files
LIFE-STORY         Life-story work is under way   children in care (cic) or chi…
$ caseaudit --mode csv -c "standard list" | tail -3
CSE-SAFETY,A safety plan addresses the risk of exploitation,case files flagged cse^M
FEEDBACK,The worker was given feedback on the audit,all case files^M
LIFE-STORY,Life-story work is under way,children in care (cic) or child protection (cp); answerable on any file^M
$ caseaudit --mode json -c "standard list" | tail -4
 {"code": "CSE-SAFETY", "text": "A safety plan addresses the risk of exploitation", "applies_to": "case files flagged cse"},
 {"code": "FEEDBACK", "text": "The worker was given feedback on the audit", "applies_to": "all case files"},
 {"code": "LIFE-STORY", "text": "Life-story work is under way", "applies_to": "children in care (cic) or child protection (cp); answerable on any file"}
]
$ # Refused, each with one line and nothing changed: a code in use, a code
$ # the standard table's rule refuses, an unknown status or flag, no text,
$ # a built-in or unknown standard retired.
$ caseaudit -c "standard add Cse-Safety 'Again'"
! error: standard CSE-SAFETY exists already; 'standard list' shows the standards
? 1
$ caseaudit -c "standard add CHRON 'Again'"
! error: standard CHRON exists already; 'standard list' shows the standards
? 1
$ caseaudit -c "standard add CSE_2 'Underscore'"
! error: standard code 'CSE_2' is not valid; expected letters and hyphens beginning with a letter, e.g. CSE-SAFETY
? 1
$ caseaudit -c "standard add 2CSE 'Digit first'"
! error: standard code '2CSE' is not valid; expected letters and hyphens beginning with a letter, e.g. CSE-SAFETY
? 1
$ caseaudit -c "standard add -CSE 'Hyphen first'"
! error: standard code '-CSE' is not valid; expected letters and hyphens beginning with a letter, e.g. CSE-SAFETY
? 1
$ caseaudit -c "standard add NEW 'x' --status adopted"
! error: --status 'adopted' is not known; expected one of: early-help, cin, cp, cic, care-leaver
? 1
$ caseaudit -c "standard add NEW 'x' --flag gangs"
! error: --flag 'gangs' is not known; expected one of: neglect, cse, missing, domestic-abuse
? 1
$ caseaudit -c "standard add NEW '  '"
! error: the standard's text is empty; expected the standard in words
? 1
$ caseaudit -c "standard add NEW"
! error: standard add: missing argument; usage: standard add CODE TEXT [--guidance TEXT] [--status STATUS]... [--flag FLAG]... [--answerable-anywhere]
? 1
$ caseaudit -c "standard retire CHRON"
! error: standard CHRON is built in and cannot be retired; only a standard the council added can be
? 1
$ caseaudit -c "standard retire NOPE"
! error: unknown standard 'NOPE'; 'standard list' shows the standards
? 1
$ caseaudit --mode csv -c "standard list" | wc -l
19
$ # A target on the council's standard, from 1 September; then refusals: a
$ # code in use, an unknown standard, a bad threshold, no text.
$ caseaudit -c "target add CSE-SAFETY --standard cse-safety --threshold 75 --text 'CSE files have a safety plan' --from 2016-09-01"
target CSE-SAFETY added: threshold 75%; 'compliance' reports it last.
$ caseaudit -c "target add cse-safety --standard CSE-SAFETY --threshold 75 --text 'Again'"
! error: target CSE-SAFETY exists already; 'target list' shows the targets
? 1
$ caseaudit -c "target add CHRON --standard CHRON --threshold 75 --text 'Again'"
! error: target CHRON exists already; 'target list' shows the targets
? 1
$ caseaudit -c "target add NEW --standard NOPE --threshold 75 --text 'x'"
! error: unknown standard 'NOPE' for --standard; 'standard list' shows the standards
? 1
$ caseaudit -c "target add NEW --standard CHRON --threshold 101 --text 'x'"
! error: --threshold 101 is out of range; expected a percentage from 0 to 100
? 1
$ caseaudit -c "target add NEW --standard CHRON --threshold 75"
! error: target add needs --text TEXT, the target in the plan's words
? 1
$ caseaudit -c "target add NEW --standard CHRON --text 'x'"
! error: target add needs --threshold PERCENT, e.g. --threshold 80
? 1
$ caseaudit -c "target add NEW --threshold 75 --text 'x'"
! error: target add needs --standard CODE, the standard whose met answers it measures
? 1
$ caseaudit -c "target add NEW --standard CHRON --threshold 75 --text 'x' --from 2016-02-30"
! error: --from '2016-02-30' is not a real date; expected YYYY-MM-DD
? 1
$ caseaudit -c "target add NEW_1 --standard CHRON --threshold 75 --text 'x'"
! error: target code 'NEW_1' is not valid; expected letters and hyphens beginning with a letter, e.g. CSE-SAFETY
? 1
$ caseaudit --mode csv -c "target list" | tail -2
DECISIONS,80,,standard,The rationale for managers' decisions is clearly recorded,003 areas for improvement (local default: no figure published)^M
CSE-SAFETY,75,2016-09-01,standard,CSE files have a safety plan,added by the council^M
$ # Audits answer the council's standards as they answer the built-in ones:
$ # where they apply (CSE-SAFETY is na on C2, which is not flagged cse);
$ # LIFE-STORY is answerable anywhere, so met on C2 (cin) is accepted.
$ caseaudit > /dev/null <<'EOF'
> audit add C1 --date 2016-11-02 --auditor "Ann Boss" --grade good --submit CHRON=met CSE-SAFETY=met FEEDBACK=not-met
> audit add C2 --date 2016-11-03 --auditor "Ann Boss" --grade good --submit CHRON=met CSE-SAFETY=na FEEDBACK=met LIFE-STORY=met
> audit add C3 --date 2016-11-04 --auditor "Bea Head" --grade requires-improvement --submit CHRON=met CSE-SAFETY=not-met FEEDBACK=met
> EOF
$ caseaudit -c "audit add C2 --date 2016-11-05 --auditor 'Ann Boss' CSE-SAFETY=met"
! error: standard CSE-SAFETY applies only to cases flagged cse and case C2 has status cin, no flags; answer CSE-SAFETY=na
? 1
$ caseaudit -c "audit show 3" | tail -6
----------  -------  ----
CHRON       met      
CSE-SAFETY  not-met  
FEEDBACK    met      

actions: none
$ # compliance reports the council's target after the built-in ones (and on
$ # its own), by team too.
$ caseaudit --mode csv -c "compliance --month 2016-11" | tail -2
DECISIONS,0,0,,80,no-data,,,none,2016-11-01,2016-11-30^M
CSE-SAFETY,1,2,50.0,75,red,9.5,90.5,inconclusive,2016-11-01,2016-11-30^M
$ caseaudit --mode csv -c "compliance --month 2016-11 --target cse-safety --by team"
target,team,numerator,denominator,percent,threshold,status,ci_low,ci_high,evidence,period_from,period_to^M
CSE-SAFETY,Alpha,1,1,100.0,75,green,20.7,100.0,inconclusive,2016-11-01,2016-11-30^M
CSE-SAFETY,Beta,0,1,0.0,75,red,0.0,79.3,inconclusive,2016-11-01,2016-11-30^M
$ caseaudit --mode json -c "compliance --month 2016-11 --target CSE-SAFETY"
[
 {"target": "CSE-SAFETY", "numerator": 1, "denominator": 2, "percent": 50.0, "threshold": 75, "status": "red", "ci_low": 9.5, "ci_high": 90.5, "evidence": "inconclusive", "period_from": "2016-11-01", "period_to": "2016-11-30"}
]
$ # Retiring FEEDBACK: it is kept for the past audits and their figures,
$ # shown as retired, no longer asked nor answered, and its code cannot be
$ # used again; a target cannot be set on it.
$ caseaudit -c "standard retire feedback"
standard FEEDBACK retired from 2016-11-30: no longer asked nor answered; past audits keep their answers and figures.
$ caseaudit -c "standard retire FEEDBACK"
! error: standard FEEDBACK was retired already, on 2016-11-30
? 1
$ caseaudit -c "standard list" | tail -3
CSE-SAFETY         A safety plan addresses the …  case files flagged cse
FEEDBACK           The worker was given feedbac…  all case files; retired on 20…
LIFE-STORY         Life-story work is under way   children in care (cic) or chi…
$ caseaudit -c "audit add C1 --date 2016-11-20 --auditor 'Ann Boss' FEEDBACK=met"
! error: standard FEEDBACK was retired on 2016-11-30: it is kept for past audits but takes no new answers
? 1
$ caseaudit -c "audit add C1 --date 2016-11-20 --auditor 'Ann Boss' XYZ=met"
! error: unknown standard 'XYZ'; expected one of: CHRON, ANALYSIS, PLAN, VOICE, DECISIONS, SUPERVISION, NEGLECT, CSE-IDENTIFIED, CSE-ASSESSED, CSE-PLAN, MISSING-INTERVIEW, MISSING-RISK, MISSING-PLAN, IHA, PATHWAY, CSE-SAFETY, LIFE-STORY
? 1
$ caseaudit -c "standard add FEEDBACK 'Again'"
! error: standard FEEDBACK exists already, retired on 2016-11-30; a retired code is kept for past audits: choose another code
? 1
$ caseaudit -c "target add FEEDBACK --standard FEEDBACK --threshold 80 --text 'x'"
! error: standard FEEDBACK was retired on 2016-11-30; a target needs a standard still asked
? 1
$ caseaudit -c "audit show 1" | tail -6
----------  -------  ----
CHRON       met      
CSE-SAFETY  met      
FEEDBACK    not-met  

actions: none
$ caseaudit -c "audit add C1 --date 2016-11-21 --auditor 'Ann Boss'"
4
$ caseaudit -c "audit show 4" | grep unanswered
unanswered       CHRON, ANALYSIS, PLAN, VOICE, DECISIONS, SUPERVISION, CSE-IDENTIFIED, CSE-ASSESSED, CSE-PLAN, CSE-SAFETY, LIFE-STORY
$ # The guided audit asks the council's standards that apply, last, and
$ # not the retired one: C3 (cic, flagged cse and missing) is asked
$ # CSE-SAFETY and LIFE-STORY after PATHWAY's na.
$ caseaudit -c "audit start C3 --auditor 'Bea Head' --date 2016-11-22" 2>&1 <<'EOF' | grep -E '^[0-9]+/[0-9]+ ' | cut -c 1-40
> m
> m
> m
> m
> m
> m
> m
> m
> m
> m
> m
> m
> m
> m
> m
> m
> m
> g
>
> n
> EOF
1/15 CHRON: The case file includes a chr
2/15 ANALYSIS: Assessments show clear, c
3/15 PLAN: Plans are outcome focused and
4/15 VOICE: The child's views and wishes
5/15 DECISIONS: The rationale for manage
6/15 SUPERVISION: Supervision is deliver
7/15 CSE-IDENTIFIED: Potential risk of c
8/15 CSE-ASSESSED: Where CSE is a potent
9/15 CSE-PLAN: Where CSE is a risk, plan
10/15 MISSING-INTERVIEW: Return intervie
11/15 MISSING-RISK: Where a child in car
12/15 MISSING-PLAN: Where a child in car
13/15 IHA: Initial health assessment com
14/15 CSE-SAFETY: A safety plan addresse
15/15 LIFE-STORY: Life-story work is und
$ # The history keeps each addition and the retirement.
$ caseaudit --mode csv -c "history --table standard" | cut -d, -f2,4-6 | tail -4
tester,standard,CSE-SAFETY,insert
tester,standard,FEEDBACK,insert
tester,standard,LIFE-STORY,insert
tester,standard,FEEDBACK,update
$ caseaudit --mode csv -c "history --table target" | cut -d, -f2,4-6 | tail -1
tester,target,CSE-SAFETY,insert
$ caseaudit -c "history verify" | tail -1
whole: every entry matches its hash and the one before it, and every recorded row matches its last entry
