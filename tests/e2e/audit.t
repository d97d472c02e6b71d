# audit add, answer, grade, submit, moderate, show, list, start, and the bad
# input they refuse. Timestamps of submission vary, so show hides them.
$ caseaudit > /dev/null <<'EOF'
> team add "Assessment Team 1"
> team add "Children in Care"
> worker add "Mary Shah" --team "Assessment Team 1" --role team-manager
> worker add "Helen Ward" --team "Assessment Team 1" --role head-of-service
> worker add "Anna Smith" --team "Assessment Team 1" --role social-worker
> worker add "Rita Patel" --team "Children in Care" --role team-manager
> worker add "Tom Reed" --team "Children in Care" --role social-worker --left 2016-10-31
> case add C1001 --team "Assessment Team 1" --worker "Anna Smith" --status cin --opened 2016-01-04 --flag neglect
> case add C1002 --team "Children in Care" --status cic --flag missing --opened 2015-06-01
> case add C1003 --team "Children in Care" --status care-leaver
> chron add C1001 2016-10-01 "Initial child protection conference" --kind conference
> supervision add "Anna Smith" --by "Mary Shah" --date 2016-11-01 --case C1001
> EOF
$ # audit add prints the new audit's number alone, or {"id": N} in json.
$ caseaudit -c "audit add C1001 --date 2016-11-02 --auditor 'Mary Shah' CHRON=met plan=not-met NEGLECT=met"
1
$ caseaudit --mode json -c "audit add C1002 --date 2016-11-03 --auditor 'Rita Patel' --type themed --grade good --submit MISSING-PLAN=met IHA=not-met NEGLECT=na"
{"id": 2}
$ caseaudit --mode csv -c "audit add C1003 --date 2016-11-04 --auditor 'Rita Patel' --grade=outstanding PATHWAY=met"
3
$ # A draft changes: answers replace earlier ones, the grade is set, then submit.
$ caseaudit -c "audit answer 1 PLAN met --note 'SMART targets agreed at conference'"
$ caseaudit -c "audit answer 1 VOICE not-met --note 'not seen alone'"
$ caseaudit -c "audit grade 1 requires-improvement"
$ caseaudit -c "audit grade 1 good"
$ caseaudit -c "audit show 1"
id               1
case             C1001
team             Assessment Team 1
auditor          Mary Shah
date             2016-11-02
type             dip-sample
grade            good
status           draft
submitted_at     
submitted_by     
moderated_by     
moderated_on     
moderated_grade  
moderation       
moderation_note  
unanswered       ANALYSIS, DECISIONS, SUPERVISION

answers:
standard  result   note
--------  -------  ----------------------------------
CHRON     met      
PLAN      met      SMART targets agreed at conference
VOICE     not-met  not seen alone
NEGLECT   met      

actions: none
$ caseaudit -c "audit submit 1"
audit 1 submitted; not answered, so not counted: ANALYSIS, DECISIONS, SUPERVISION
$ caseaudit --mode json -c "audit submit 3"
$ # A submitted audit cannot change.
$ caseaudit -c "audit answer 1 CHRON not-met"
! error: audit 1 is submitted and cannot be changed
? 1
$ caseaudit -c "audit grade 1 inadequate"
! error: audit 1 is submitted and cannot be changed
? 1
$ caseaudit -c "audit submit 1"
! error: audit 1 is submitted and cannot be changed
? 1
$ caseaudit -c "audit add C1001 --date 2016-11-05 --auditor 'Mary Shah' --grade good --submit CHRON=met" -c "audit answer 4 PLAN met"
4
! error: audit 4 is submitted and cannot be changed
? 1
$ # Moderation: a manager other than the auditor, once, submitted audits only.
$ caseaudit -c "audit list --unmoderated"
id  date        case   team          auditor     grade        status     moderated  theme
--  ----------  -----  ------------  ----------  -----------  ---------  ---------  -----
 1  2016-11-02  C1001  Assessment …  Mary Shah   good         submitted             
 2  2016-11-03  C1002  Children in…  Rita Patel  good         submitted             
 3  2016-11-04  C1003  Children in…  Rita Patel  outstanding  submitted             
 4  2016-11-05  C1001  Assessment …  Mary Shah   good         submitted             
$ caseaudit -c "audit moderate 1 --by 'Helen Ward' --grade requires-improvement --note 'risk not analysed' --date 2016-11-20"
$ caseaudit -c "audit moderate 2 --by 'Mary Shah' --agree"
$ caseaudit -c "audit moderate 1 --by 'Rita Patel' --agree"
! error: audit 1 was already moderated by Helen Ward on 2016-11-20; an audit is moderated once
? 1
$ caseaudit -c "audit moderate 4 --by 'Mary Shah' --agree"
! error: Mary Shah audited audit 4 and cannot moderate it; ask another manager
? 1
$ caseaudit -c "audit moderate 4 --by 'Anna Smith' --agree"
! error: Anna Smith is a social-worker; audits are moderated by a team-manager, head-of-service or senior-manager
? 1
$ caseaudit -c "audit moderate 4 --by 'Nobody' --agree"
! error: unknown worker 'Nobody'; 'worker list' shows the workers
? 1
$ caseaudit -c "audit moderate 4 --by 'Helen Ward' --agree --grade good"
! error: give either --agree (the grade stands) or --grade GRADE (the moderated grade)
? 1
$ caseaudit -c "audit moderate 4 --by 'Helen Ward'"
! error: give either --agree (the grade stands) or --grade GRADE (the moderated grade)
? 1
$ caseaudit -c "audit moderate 4 --agree"
! error: audit moderate needs --by NAME, the manager moderating
? 1
$ caseaudit -c "audit moderate 4 --by 'Helen Ward' --grade great"
! error: --grade 'great' is not known; expected one of: outstanding, good, requires-improvement, inadequate, adequate
? 1
$ caseaudit -c "audit moderate 4 --by 'Helen Ward' --agree --date 2016-11-04"
! error: the moderation date 2016-11-04 is before the audit date 2016-11-05
? 1
$ caseaudit -c "audit moderate 4 --by 'Helen Ward' --agree --date 2016-12-01"
! error: the moderation date 2016-12-01 is after today (2016-11-30); record it once it has happened
? 1
$ caseaudit -c "audit moderate 4 --by 'Helen Ward' --agree --date 2016-11-31"
! error: --date '2016-11-31' is not a real date; expected YYYY-MM-DD
? 1
$ caseaudit -c "audit add C1001 --date 2016-11-06 --auditor 'Mary Shah'" -c "audit moderate 5 --by 'Helen Ward' --agree"
5
! error: audit 5 is a draft; only a submitted audit can be moderated
? 1
$ caseaudit -c "audit list --unmoderated"
id  date        case   team          auditor     grade        status     moderated  theme
--  ----------  -----  ------------  ----------  -----------  ---------  ---------  -----
 3  2016-11-04  C1003  Children in…  Rita Patel  outstanding  submitted             
 4  2016-11-05  C1001  Assessment …  Mary Shah   good         submitted             
$ caseaudit -c "audit show 1" | sed -E 's/[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]{12}Z/TIMESTAMP/'
id               1
case             C1001
team             Assessment Team 1
auditor          Mary Shah
date             2016-11-02
type             dip-sample
grade            good
status           submitted
submitted_at     TIMESTAMP
submitted_by     tester
moderated_by     Helen Ward
moderated_on     2016-11-20
moderated_grade  requires-improvement
moderation       regraded
moderation_note  risk not analysed
unanswered       ANALYSIS, DECISIONS, SUPERVISION

answers:
standard  result   note
--------  -------  ----------------------------------
CHRON     met      
PLAN      met      SMART targets agreed at conference
VOICE     not-met  not seen alone
NEGLECT   met      

actions: none
$ caseaudit --mode csv -c "audit show 1" | sed -E 's/[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]{12}Z/TIMESTAMP/'
field,value^M
id,1^M
case,C1001^M
team,Assessment Team 1^M
auditor,Mary Shah^M
date,2016-11-02^M
type,dip-sample^M
grade,good^M
status,submitted^M
submitted_at,TIMESTAMP^M
submitted_by,tester^M
moderated_by,Helen Ward^M
moderated_on,2016-11-20^M
moderated_grade,requires-improvement^M
moderation,regraded^M
moderation_note,risk not analysed^M
unanswered,"ANALYSIS, DECISIONS, SUPERVISION"^M
theme,^M
reaudit_of,^M
reaudit_of_date,^M
reaudit_of_grade,^M
reaudited_by,^M
reaudited_by_date,^M
reaudited_by_grade,^M
^M
standard,result,note^M
CHRON,met,^M
PLAN,met,SMART targets agreed at conference^M
VOICE,not-met,not seen alone^M
NEGLECT,met,^M
^M
id,owner,due,done,status,text^M
$ caseaudit --mode json -c "audit show 1" | sed -E 's/[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]{12}Z/TIMESTAMP/'
{"id": 1, "case": "C1001", "team": "Assessment Team 1", "auditor": "Mary Shah", "date": "2016-11-02", "type": "dip-sample", "grade": "good", "status": "submitted", "submitted_at": "TIMESTAMP", "submitted_by": "tester", "moderated_by": "Helen Ward", "moderated_on": "2016-11-20", "moderated_grade": "requires-improvement", "moderation": "regraded", "moderation_note": "risk not analysed", "unanswered": "ANALYSIS, DECISIONS, SUPERVISION", "theme": null, "reaudit_of": null, "reaudit_of_date": null, "reaudit_of_grade": null, "reaudited_by": null, "reaudited_by_date": null, "reaudited_by_grade": null,
 "answers": [
  {"standard": "CHRON", "result": "met", "note": null},
  {"standard": "PLAN", "result": "met", "note": "SMART targets agreed at conference"},
  {"standard": "VOICE", "result": "not-met", "note": "not seen alone"},
  {"standard": "NEGLECT", "result": "met", "note": null}],
 "actions": []}
$ caseaudit --mode json -c "audit show 1" | python3 -m json.tool > /dev/null && echo valid
valid
$ caseaudit -c "audit show 99"
! error: unknown audit 99; 'audit list' shows the audits
? 1
$ caseaudit -c "audit show x"
! error: audit 'x' is not a whole number above 0
? 1
$ caseaudit -c "audit show 0"
! error: audit '0' is not a whole number above 0
? 1
$ # audit list and its filters.
$ caseaudit -c "audit list"
id  date        case   team          auditor     grade        status     moderated     theme
--  ----------  -----  ------------  ----------  -----------  ---------  ------------  -----
 1  2016-11-02  C1001  Assessment …  Mary Shah   good         submitted  requires-im…  
 2  2016-11-03  C1002  Children in…  Rita Patel  good         submitted  good          
 3  2016-11-04  C1003  Children in…  Rita Patel  outstanding  submitted                
 4  2016-11-05  C1001  Assessment …  Mary Shah   good         submitted                
 5  2016-11-06  C1001  Assessment …  Mary Shah                draft                    
$ caseaudit --mode csv -c "audit list --team 'children in care'"
id,date,case,team,auditor,grade,status,moderated,theme^M
2,2016-11-03,C1002,Children in Care,Rita Patel,good,submitted,good,^M
3,2016-11-04,C1003,Children in Care,Rita Patel,outstanding,submitted,,^M
$ caseaudit --mode json -c "audit list --case C1001 --from 2016-11-03 --to 2016-11-05"
[
 {"id": 4, "date": "2016-11-05", "case": "C1001", "team": "Assessment Team 1", "auditor": "Mary Shah", "grade": "good", "status": "submitted", "moderated": null, "theme": null}
]
$ caseaudit -c "audit list --auditor 'Rita Patel' --drafts"
id  date  case  team  auditor  grade  status  moderated  theme
--  ----  ----  ----  -------  -----  ------  ---------  -----
$ caseaudit -c "audit list --drafts"
id  date        case   team           auditor    grade  status  moderated  theme
--  ----------  -----  -------------  ---------  -----  ------  ---------  -----
 5  2016-11-06  C1001  Assessment T…  Mary Shah         draft              
$ caseaudit -c "audit list --team Nope"
! error: unknown team 'Nope'; 'team list' shows the teams
? 1
$ caseaudit -c "audit list --case C9"
! error: unknown case 'C9'; 'case list' shows the cases
? 1
$ caseaudit -c "audit list --auditor Nobody"
! error: unknown worker 'Nobody'; 'worker list' shows the workers
? 1
$ caseaudit -c "audit list --from 2016-02-30"
! error: --from '2016-02-30' is not a real date; expected YYYY-MM-DD
? 1
$ caseaudit -c "audit list --to soon"
! error: --to 'soon' is not a real date; expected YYYY-MM-DD
? 1
$ caseaudit -c "audit list --from 2016-11-05 --to 2016-11-01"
! error: --from 2016-11-05 is after --to 2016-11-01
? 1
$ caseaudit -c "audit list --colour red"
! error: unknown option --colour for 'audit list'; it takes: --team, --case, --auditor, --from, --to, --unmoderated, --drafts
? 1
$ # Refusals of audit add; none of them records anything.
$ caseaudit -c "audit add C1001 --auditor 'Mary Shah'"
! error: audit add needs --date DATE, the day the audit was done
? 1
$ caseaudit -c "audit add C1001 --date 2016-11-02"
! error: audit add needs --auditor NAME, the worker who did the audit
? 1
$ caseaudit -c "audit add --date 2016-11-02 --auditor 'Mary Shah'"
! error: audit add: missing argument; usage: audit add CASE --date DATE --auditor NAME [--type TYPE] [--grade GRADE] [--submit] [--follows AUDIT] [--theme NAME] [STANDARD=RESULT]...
? 1
$ caseaudit -c "audit add C9 --date 2016-11-02 --auditor 'Mary Shah'"
! error: unknown case 'C9'; 'case list' shows the cases
? 1
$ caseaudit -c "audit add C1001 --date 2016-11-31 --auditor 'Mary Shah'"
! error: --date '2016-11-31' is not a real date; expected YYYY-MM-DD
? 1
$ caseaudit -c "audit add C1001 --date 2016-12-01 --auditor 'Mary Shah'"
! error: the audit date 2016-12-01 is after today (2016-11-30); record it once it has happened
? 1
$ caseaudit -c "audit add C1001 --date 2015-12-01 --auditor 'Mary Shah'"
! error: case C1001 opened on 2016-01-04, after the audit date 2015-12-01
? 1
$ caseaudit -c "audit add C1001 --date 2016-11-02 --auditor Nobody"
! error: unknown worker 'Nobody'; 'worker list' shows the workers
? 1
$ caseaudit -c "audit add C1001 --date 2016-11-02 --auditor 'Tom Reed'"
! error: the auditor 'Tom Reed' left on 2016-10-31, before the audit date 2016-11-02
? 1
$ caseaudit -c "audit add C1001 --date 2016-11-02 --auditor 'Mary Shah' --type peer"
! error: --type 'peer' is not known; expected one of: dip-sample, themed, multi-agency
? 1
$ caseaudit -c "audit add C1001 --date 2016-11-02 --auditor 'Mary Shah' --grade fine"
! error: --grade 'fine' is not known; expected one of: outstanding, good, requires-improvement, inadequate, adequate
? 1
$ caseaudit -c "audit add C1001 --date 2016-11-02 --auditor 'Mary Shah' --submit CHRON=met"
! error: a submitted dip-sample audit needs a grade; give one, or record a draft and grade it later
? 1
$ caseaudit -c "audit add C1001 --date 2016-11-02 --auditor 'Mary Shah' --grade good --submit"
! error: a submitted audit needs at least one answer met or not-met, as STANDARD=RESULT (na answers alone measure nothing)
? 1
$ caseaudit -c "audit add C1001 --date 2016-11-02 --auditor 'Mary Shah' FOO=met"
! error: unknown standard 'FOO'; expected one of: CHRON, ANALYSIS, PLAN, VOICE, DECISIONS, SUPERVISION, NEGLECT, CSE-IDENTIFIED, CSE-ASSESSED, CSE-PLAN, MISSING-INTERVIEW, MISSING-RISK, MISSING-PLAN, IHA, PATHWAY
? 1
$ caseaudit -c "audit add C1001 --date 2016-11-02 --auditor 'Mary Shah' CHRON=yes"
! error: result 'yes' for CHRON is not known; expected one of: met, not-met, na
? 1
$ caseaudit -c "audit add C1001 --date 2016-11-02 --auditor 'Mary Shah' CHRON"
! error: 'CHRON' is not an answer; write STANDARD=RESULT, e.g. CHRON=met
? 1
$ caseaudit -c "audit add C1001 --date 2016-11-02 --auditor 'Mary Shah' =met"
! error: '=met' is not an answer; write STANDARD=RESULT, e.g. CHRON=met
? 1
$ caseaudit -c "audit add C1001 --date 2016-11-02 --auditor 'Mary Shah' CHRON=met chron=na"
! error: standard CHRON is answered twice; answer it once
? 1
$ caseaudit -c "audit add C1001 --date 2016-11-02 --auditor 'Mary Shah' IHA=met"
! error: standard IHA applies only to cases with status cic and case C1001 has status cin, flagged neglect; answer IHA=na
? 1
$ caseaudit -c "audit add C1002 --date 2016-11-02 --auditor 'Mary Shah' CSE-PLAN=not-met"
! error: standard CSE-PLAN applies only to cases flagged cse and case C1002 has status cic, flagged missing; answer CSE-PLAN=na
? 1
$ caseaudit -c "audit add C1003 --date 2016-11-02 --auditor 'Mary Shah' MISSING-PLAN=met"
! error: standard MISSING-PLAN applies only to cases with status cic flagged missing and case C1003 has status care-leaver, no flags; answer MISSING-PLAN=na
? 1
$ caseaudit -c "audit add C1001 --date 2016-11-02 --auditor 'Mary Shah' --submit --submit"
! error: --submit is given twice; give it once
? 1
$ caseaudit --mode csv -c "audit list" | wc -l
6
$ # Refusals of answer, grade and submit.
$ caseaudit -c "audit answer 5 NEGLECT maybe"
! error: result 'maybe' for NEGLECT is not known; expected one of: met, not-met, na
? 1
$ caseaudit -c "audit answer 5 NOPE met"
! error: unknown standard 'NOPE'; expected one of: CHRON, ANALYSIS, PLAN, VOICE, DECISIONS, SUPERVISION, NEGLECT, CSE-IDENTIFIED, CSE-ASSESSED, CSE-PLAN, MISSING-INTERVIEW, MISSING-RISK, MISSING-PLAN, IHA, PATHWAY
? 1
$ caseaudit -c "audit answer 5 IHA met"
! error: standard IHA applies only to cases with status cic and case C1001 has status cin, flagged neglect; answer IHA=na
? 1
$ caseaudit -c "audit answer 99 CHRON met"
! error: unknown audit 99; 'audit list' shows the audits
? 1
$ caseaudit -c "audit answer five CHRON met"
! error: audit 'five' is not a whole number above 0
? 1
$ caseaudit -c "audit answer 5 CHRON"
! error: audit answer: missing argument; usage: audit answer AUDIT STANDARD RESULT [--note TEXT]
? 1
$ caseaudit -c "audit grade 5 fine"
! error: grade 'fine' is not known; expected one of: outstanding, good, requires-improvement, inadequate, adequate
? 1
$ caseaudit -c "audit grade 99 good"
! error: unknown audit 99; 'audit list' shows the audits
? 1
$ caseaudit -c "audit submit 5"
! error: audit 5 has no grade; give one with 'audit grade 5 GRADE' before submitting (a dip-sample audit is graded)
? 1
$ caseaudit -c "audit grade 5 good" -c "audit submit 5"
! error: audit 5 has no answer met or not-met; record them with 'audit answer 5 STANDARD RESULT' before submitting
? 1
$ caseaudit -c "audit answer 5 NEGLECT na" -c "audit submit 5"
! error: audit 5 has no answer met or not-met; record them with 'audit answer 5 STANDARD RESULT' before submitting
? 1
$ caseaudit -c "audit answer 5 CHRON met" -c "audit submit 5"
audit 5 submitted; not answered, so not counted: ANALYSIS, PLAN, VOICE, DECISIONS, SUPERVISION
$ caseaudit -c "audit submit 99"
! error: unknown audit 99; 'audit list' shows the audits
? 1
$ caseaudit -c "audit submit -1"
! error: audit '-1' is not a whole number above 0
? 1
$ # audit start: the guided entry. In a script the answers are the next lines.
$ caseaudit <<'EOF'
> audit start C1001 --auditor "Mary Shah" --date 2016-11-29
> ?
> m
> n no analysis of the neglect
> x
> met  seen alone
> y
> not met: no rationale recorded
> NOT-MET
> r
> Update the chronology
>
> +14
> Record the decision rationale
> Mary Shah
> 2016-12-20
>
> y
> EOF
Audit of case C1001 by Mary Shah on 2016-11-29
Case C1001, Assessment Team 1; Anna Smith
  status cin, flagged neglect, opened 2016-01-04
  latest chronology: 2016-10-01 (conference): Initial child protection conference
  latest supervision of Anna Smith: 2016-11-01 with Mary Shah
  last audit: 2016-11-06 (audit 5, good, submitted)
Re-audit: audit 5 of 2016-11-06 by Mary Shah was graded good; its answers show
  as 'last time'.
Not applicable to this case, recorded n/a: CSE-IDENTIFIED, CSE-ASSESSED,
  CSE-PLAN, MISSING-INTERVIEW, MISSING-RISK, MISSING-PLAN, IHA, PATHWAY
Answer each standard m (met), n (not met) or x (n/a); a note may follow, as in
'n no chronology since May'. < goes back one standard, ? explains it.
Ctrl-D or Ctrl-C leaves, and offers to keep the answers as a draft.

1/7 CHRON: The case file includes a chronology that meets required standards
    last time: met
  Met when the chronology is present, up to date, and lists the significant
  events (referrals, assessments, strategy discussions, conferences, moves,
  missing episodes, court) clearly and relevantly.

2/7 ANALYSIS: Assessments show clear, child-centred analysis of need and risk
    informed by the chronology

3/7 PLAN: Plans are outcome focused and include SMART targets

4/7 VOICE: The child's views and wishes inform assessment and planning

5/7 DECISIONS: The rationale for managers' decisions is clearly recorded

6/7 SUPERVISION: Supervision is delivered consistently and standards are met
    in the case sampled

7/7 NEGLECT: Where neglect is a feature, it is identified and addressed
    last time: na

Overall grade: o outstanding, g good, r requires improvement, i inadequate;
blank to grade later; < goes back.

Actions: what must be done, by whom, by when. A blank action finishes.
Audit 6 recorded and submitted.
6
$ caseaudit -c "audit show 6" | sed -E 's/[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]{12}Z/TIMESTAMP/'
id               6
case             C1001
team             Assessment Team 1
auditor          Mary Shah
date             2016-11-29
type             dip-sample
grade            requires-improvement
status           submitted
submitted_at     TIMESTAMP
submitted_by     tester
moderated_by     
moderated_on     
moderated_grade  
moderation       
moderation_note  
unanswered       

answers:
standard           result   note
-----------------  -------  --------------------------
CHRON              met      
ANALYSIS           not-met  no analysis of the neglect
PLAN               na       
VOICE              met      seen alone
DECISIONS          met      
SUPERVISION        not-met  no rationale recorded
NEGLECT            not-met  
CSE-IDENTIFIED     na       
CSE-ASSESSED       na       
CSE-PLAN           na       
MISSING-INTERVIEW  na       
MISSING-RISK       na       
MISSING-PLAN       na       
IHA                na       
PATHWAY            na       

actions:
id  owner       due         done  status  text
--  ----------  ----------  ----  ------  -----------------------------
 1  Anna Smith  2016-12-13        open    Update the chronology
 2  Mary Shah   2016-12-20        open    Record the decision rationale
$ caseaudit -c "action list --audit 6"
id  audit  case   owner       due         done  status  checked  text
--  -----  -----  ----------  ----------  ----  ------  -------  ---------------
 1      6  C1001  Anna Smith  2016-12-13        open             Update the chr…
 2      6  C1001  Mary Shah   2016-12-20        open             Record the dec…
$ # Abandoning (end of input) records nothing.
$ caseaudit <<'EOF'
> audit start C1002 --auditor "Rita Patel"
> m
> m
> EOF
Audit of case C1002 by Rita Patel on 2016-11-30
Case C1002, Children in Care; not allocated
  status cic, flagged missing, opened 2015-06-01
  latest chronology: none recorded
  last audit: 2016-11-03 (audit 2, good, submitted)
Re-audit: audit 2 of 2016-11-03 by Rita Patel was graded good; its answers
  show as 'last time'.
Not applicable to this case, recorded n/a: NEGLECT, CSE-ASSESSED, CSE-PLAN,
  PATHWAY
Answer each standard m (met), n (not met) or x (n/a); a note may follow, as in
'n no chronology since May'. < goes back one standard, ? explains it.
Ctrl-D or Ctrl-C leaves, and offers to keep the answers as a draft.

1/11 CHRON: The case file includes a chronology that meets required standards

2/11 ANALYSIS: Assessments show clear, child-centred analysis of need and risk
    informed by the chronology

3/11 PLAN: Plans are outcome focused and include SMART targets
! error: line 1: audit start abandoned; nothing was recorded
? 1
$ caseaudit --mode csv -c "audit list" | wc -l
7
$ # A wrong answer in a script fails the command rather than guessing.
$ caseaudit --bail <<'EOF'
> audit start C1003 --auditor "Rita Patel"
> maybe
> EOF
Audit of case C1003 by Rita Patel on 2016-11-30
Case C1003, Children in Care; not allocated
  status care-leaver, no flags
  latest chronology: none recorded
  last audit: 2016-11-04 (audit 3, outstanding, submitted)
Re-audit: audit 3 of 2016-11-04 by Rita Patel was graded outstanding; its
  answers show as 'last time'.
Not applicable to this case, recorded n/a: NEGLECT, CSE-IDENTIFIED,
  CSE-ASSESSED, CSE-PLAN, MISSING-INTERVIEW, MISSING-RISK, MISSING-PLAN, IHA
Answer each standard m (met), n (not met) or x (n/a); a note may follow, as in
'n no chronology since May'. < goes back one standard, ? explains it.
Ctrl-D or Ctrl-C leaves, and offers to keep the answers as a draft.

1/7 CHRON: The case file includes a chronology that meets required standards
! error: line 2: audit start: 'maybe' is not an answer to CHRON; expected m (met), n (not met) or x (n/a), a note may follow; < goes back, ? explains the standard; nothing was recorded
? 1
$ caseaudit --bail <<'EOF'
> audit start C1003 --auditor "Rita Patel"
> m
> m
> m
> m
> m
> m
> m
> excellent
> EOF
Audit of case C1003 by Rita Patel on 2016-11-30
Case C1003, Children in Care; not allocated
  status care-leaver, no flags
  latest chronology: none recorded
  last audit: 2016-11-04 (audit 3, outstanding, submitted)
Re-audit: audit 3 of 2016-11-04 by Rita Patel was graded outstanding; its
  answers show as 'last time'.
Not applicable to this case, recorded n/a: NEGLECT, CSE-IDENTIFIED,
  CSE-ASSESSED, CSE-PLAN, MISSING-INTERVIEW, MISSING-RISK, MISSING-PLAN, IHA
Answer each standard m (met), n (not met) or x (n/a); a note may follow, as in
'n no chronology since May'. < goes back one standard, ? explains it.
Ctrl-D or Ctrl-C leaves, and offers to keep the answers as a draft.

1/7 CHRON: The case file includes a chronology that meets required standards

2/7 ANALYSIS: Assessments show clear, child-centred analysis of need and risk
    informed by the chronology

3/7 PLAN: Plans are outcome focused and include SMART targets

4/7 VOICE: The child's views and wishes inform assessment and planning

5/7 DECISIONS: The rationale for managers' decisions is clearly recorded

6/7 SUPERVISION: Supervision is delivered consistently and standards are met
    in the case sampled

7/7 PATHWAY: The young person participated effectively in developing their
    pathway plan
    last time: met

Overall grade: o outstanding, g good, r requires improvement, i inadequate;
blank to grade later; < goes back.
! error: line 9: audit start: expected o (outstanding), g (good), r (requires improvement), i (inadequate), or blank for none yet; nothing was recorded
? 1
$ caseaudit --bail <<'EOF'
> audit start C1003 --auditor "Rita Patel"
> m
> m
> m
> m
> m
> m
> m
> g
> Chase the pathway plan
>
> EOF
Audit of case C1003 by Rita Patel on 2016-11-30
Case C1003, Children in Care; not allocated
  status care-leaver, no flags
  latest chronology: none recorded
  last audit: 2016-11-04 (audit 3, outstanding, submitted)
Re-audit: audit 3 of 2016-11-04 by Rita Patel was graded outstanding; its
  answers show as 'last time'.
Not applicable to this case, recorded n/a: NEGLECT, CSE-IDENTIFIED,
  CSE-ASSESSED, CSE-PLAN, MISSING-INTERVIEW, MISSING-RISK, MISSING-PLAN, IHA
Answer each standard m (met), n (not met) or x (n/a); a note may follow, as in
'n no chronology since May'. < goes back one standard, ? explains it.
Ctrl-D or Ctrl-C leaves, and offers to keep the answers as a draft.

1/7 CHRON: The case file includes a chronology that meets required standards

2/7 ANALYSIS: Assessments show clear, child-centred analysis of need and risk
    informed by the chronology

3/7 PLAN: Plans are outcome focused and include SMART targets

4/7 VOICE: The child's views and wishes inform assessment and planning

5/7 DECISIONS: The rationale for managers' decisions is clearly recorded

6/7 SUPERVISION: Supervision is delivered consistently and standards are met
    in the case sampled

7/7 PATHWAY: The young person participated effectively in developing their
    pathway plan
    last time: met

Overall grade: o outstanding, g good, r requires improvement, i inadequate;
blank to grade later; < goes back.

Actions: what must be done, by whom, by when. A blank action finishes.
! error: line 11: audit start: give the name of the worker who owns the action; nothing was recorded
? 1
$ caseaudit --bail <<'EOF'
> audit start C1003 --auditor "Rita Patel"
> m
> m
> m
> m
> m
> m
> m
> g
> Chase the pathway plan
> Nobody
> EOF
Audit of case C1003 by Rita Patel on 2016-11-30
Case C1003, Children in Care; not allocated
  status care-leaver, no flags
  latest chronology: none recorded
  last audit: 2016-11-04 (audit 3, outstanding, submitted)
Re-audit: audit 3 of 2016-11-04 by Rita Patel was graded outstanding; its
  answers show as 'last time'.
Not applicable to this case, recorded n/a: NEGLECT, CSE-IDENTIFIED,
  CSE-ASSESSED, CSE-PLAN, MISSING-INTERVIEW, MISSING-RISK, MISSING-PLAN, IHA
Answer each standard m (met), n (not met) or x (n/a); a note may follow, as in
'n no chronology since May'. < goes back one standard, ? explains it.
Ctrl-D or Ctrl-C leaves, and offers to keep the answers as a draft.

1/7 CHRON: The case file includes a chronology that meets required standards

2/7 ANALYSIS: Assessments show clear, child-centred analysis of need and risk
    informed by the chronology

3/7 PLAN: Plans are outcome focused and include SMART targets

4/7 VOICE: The child's views and wishes inform assessment and planning

5/7 DECISIONS: The rationale for managers' decisions is clearly recorded

6/7 SUPERVISION: Supervision is delivered consistently and standards are met
    in the case sampled

7/7 PATHWAY: The young person participated effectively in developing their
    pathway plan
    last time: met

Overall grade: o outstanding, g good, r requires improvement, i inadequate;
blank to grade later; < goes back.

Actions: what must be done, by whom, by when. A blank action finishes.
! error: line 11: audit start: unknown worker 'Nobody'; 'worker list' shows the workers; nothing was recorded
? 1
$ caseaudit --bail <<'EOF'
> audit start C1003 --auditor "Rita Patel"
> m
> m
> m
> m
> m
> m
> m
> g
> Chase the pathway plan
> Rita Patel
> 2016-11-01
> EOF
Audit of case C1003 by Rita Patel on 2016-11-30
Case C1003, Children in Care; not allocated
  status care-leaver, no flags
  latest chronology: none recorded
  last audit: 2016-11-04 (audit 3, outstanding, submitted)
Re-audit: audit 3 of 2016-11-04 by Rita Patel was graded outstanding; its
  answers show as 'last time'.
Not applicable to this case, recorded n/a: NEGLECT, CSE-IDENTIFIED,
  CSE-ASSESSED, CSE-PLAN, MISSING-INTERVIEW, MISSING-RISK, MISSING-PLAN, IHA
Answer each standard m (met), n (not met) or x (n/a); a note may follow, as in
'n no chronology since May'. < goes back one standard, ? explains it.
Ctrl-D or Ctrl-C leaves, and offers to keep the answers as a draft.

1/7 CHRON: The case file includes a chronology that meets required standards

2/7 ANALYSIS: Assessments show clear, child-centred analysis of need and risk
    informed by the chronology

3/7 PLAN: Plans are outcome focused and include SMART targets

4/7 VOICE: The child's views and wishes inform assessment and planning

5/7 DECISIONS: The rationale for managers' decisions is clearly recorded

6/7 SUPERVISION: Supervision is delivered consistently and standards are met
    in the case sampled

7/7 PATHWAY: The young person participated effectively in developing their
    pathway plan
    last time: met

Overall grade: o outstanding, g good, r requires improvement, i inadequate;
blank to grade later; < goes back.

Actions: what must be done, by whom, by when. A blank action finishes.
! error: line 12: audit start: expected a due date on or after 2016-11-30 as YYYY-MM-DD, or +DAYS after it; nothing was recorded
? 1
$ caseaudit --bail <<'EOF'
> audit start C1003 --auditor "Rita Patel"
> m
> m
> m
> m
> m
> m
> m
> g
>
> perhaps
> EOF
Audit of case C1003 by Rita Patel on 2016-11-30
Case C1003, Children in Care; not allocated
  status care-leaver, no flags
  latest chronology: none recorded
  last audit: 2016-11-04 (audit 3, outstanding, submitted)
Re-audit: audit 3 of 2016-11-04 by Rita Patel was graded outstanding; its
  answers show as 'last time'.
Not applicable to this case, recorded n/a: NEGLECT, CSE-IDENTIFIED,
  CSE-ASSESSED, CSE-PLAN, MISSING-INTERVIEW, MISSING-RISK, MISSING-PLAN, IHA
Answer each standard m (met), n (not met) or x (n/a); a note may follow, as in
'n no chronology since May'. < goes back one standard, ? explains it.
Ctrl-D or Ctrl-C leaves, and offers to keep the answers as a draft.

1/7 CHRON: The case file includes a chronology that meets required standards

2/7 ANALYSIS: Assessments show clear, child-centred analysis of need and risk
    informed by the chronology

3/7 PLAN: Plans are outcome focused and include SMART targets

4/7 VOICE: The child's views and wishes inform assessment and planning

5/7 DECISIONS: The rationale for managers' decisions is clearly recorded

6/7 SUPERVISION: Supervision is delivered consistently and standards are met
    in the case sampled

7/7 PATHWAY: The young person participated effectively in developing their
    pathway plan
    last time: met

Overall grade: o outstanding, g good, r requires improvement, i inadequate;
blank to grade later; < goes back.

Actions: what must be done, by whom, by when. A blank action finishes.
! error: line 11: audit start: expected y (yes) or n (no); nothing was recorded
? 1
$ caseaudit --mode csv -c "audit list" | wc -l
7
$ # No grade: kept as a draft. json keeps standard output to the ID; the
$ # conversation goes to standard error.
$ caseaudit --mode json --user "Rita Patel" <<'EOF'
> audit start C1003 --date 2016-11-28
> m
> x
> m
> m
> m
> m
> m
>
>
> EOF
{"id": 7}
! Audit of case C1003 by Rita Patel on 2016-11-28
! Case C1003, Children in Care; not allocated
!   status care-leaver, no flags
!   latest chronology: none recorded
!   last audit: 2016-11-04 (audit 3, outstanding, submitted)
! Re-audit: audit 3 of 2016-11-04 by Rita Patel was graded outstanding; its
!   answers show as 'last time'.
! Not applicable to this case, recorded n/a: NEGLECT, CSE-IDENTIFIED,
!   CSE-ASSESSED, CSE-PLAN, MISSING-INTERVIEW, MISSING-RISK, MISSING-PLAN, IHA
! Answer each standard m (met), n (not met) or x (n/a); a note may follow, as in
! 'n no chronology since May'. < goes back one standard, ? explains it.
! Ctrl-D or Ctrl-C leaves, and offers to keep the answers as a draft.
!
! 1/7 CHRON: The case file includes a chronology that meets required standards
!
! 2/7 ANALYSIS: Assessments show clear, child-centred analysis of need and risk
!     informed by the chronology
!
! 3/7 PLAN: Plans are outcome focused and include SMART targets
!
! 4/7 VOICE: The child's views and wishes inform assessment and planning
!
! 5/7 DECISIONS: The rationale for managers' decisions is clearly recorded
!
! 6/7 SUPERVISION: Supervision is delivered consistently and standards are met
!     in the case sampled
!
! 7/7 PATHWAY: The young person participated effectively in developing their
!     pathway plan
!     last time: met
!
! Overall grade: o outstanding, g good, r requires improvement, i inadequate;
! blank to grade later; < goes back.
!
! Actions: what must be done, by whom, by when. A blank action finishes.
! No grade yet: the audit is kept as a draft.
! Audit 7 recorded as a draft.
$ caseaudit -c "audit list --drafts"
id  date        case   team          auditor     grade  status  moderated  theme
--  ----------  -----  ------------  ----------  -----  ------  ---------  -----
 7  2016-11-28  C1003  Children in…  Rita Patel         draft              
$ # The auditor defaults to the --user name when it is a worker's.
$ caseaudit <<'EOF'
> audit start C1003
> EOF
! error: line 1: audit start needs --auditor NAME: the user 'tester' is not a worker's name
? 1
$ caseaudit -c "audit start C9 --auditor 'Rita Patel'"
! error: unknown case 'C9'; 'case list' shows the cases
? 1
$ caseaudit -c "audit start C1003 --auditor 'Tom Reed'"
! error: the auditor 'Tom Reed' left on 2016-10-31, before the audit date 2016-11-30
? 1
$ caseaudit -c "audit start C1003 --auditor 'Rita Patel' --date 2016-12-25"
! error: the audit date 2016-12-25 is after today (2016-11-30); record it once it has happened
? 1
$ caseaudit -c "audit start C1003 --auditor 'Rita Patel' --date 2016-13-01"
! error: --date '2016-13-01' is not a real date; expected YYYY-MM-DD
? 1
$ caseaudit -c "audit start"
! error: audit start: missing argument; usage: audit start CASE [--date DATE] [--auditor NAME] [--theme NAME]
? 1
$ # Line numbers in a script count the answer lines too.
$ caseaudit > /dev/null <<'EOF'
> audit start C1003 --auditor "Rita Patel" --date 2016-11-29
> m
> m
> m
> m
> m
> m
> m
>
>
> audit grade 99 good
> EOF
! error: line 11: unknown audit 99; 'audit list' shows the audits
? 1
$ # With -c the answers come from standard input.
$ printf 'm\nn\nm\nm\nm\nm\nm\ni\n\ny\n' | caseaudit --mode csv -c "audit start C1003 --auditor 'Rita Patel' --date 2016-11-27" 2> /dev/null
9
$ caseaudit --mode csv -c "audit list --case C1003"
id,date,case,team,auditor,grade,status,moderated,theme^M
3,2016-11-04,C1003,Children in Care,Rita Patel,outstanding,submitted,,^M
9,2016-11-27,C1003,Children in Care,Rita Patel,inadequate,submitted,,^M
7,2016-11-28,C1003,Children in Care,Rita Patel,,draft,,^M
8,2016-11-29,C1003,Children in Care,Rita Patel,,draft,,^M
$ # Answers that could not be recorded are refused as they are typed.
$ { echo "audit start C1003 --auditor 'Rita Patel' --date 2016-11-26"; printf 'm %04001d\n' 0; } | caseaudit > /dev/null
! error: line 2: audit start: the note is longer than 4000 characters; shorten it; nothing was recorded
? 1
$ { echo "audit start C1003 --auditor 'Rita Patel' --date 2016-11-26"; printf 'm\nm\nm\nm\nm\nm\nm\ng\n%02001d\n' 0; } | caseaudit > /dev/null
! error: line 10: audit start: the action's text is longer than 2000 characters; shorten it; nothing was recorded
? 1
