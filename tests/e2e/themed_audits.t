# A themed audit keeps its theme (audit add --theme, audit start --theme):
# audit show and audit list name it, and its answers stay within the
# theme's standards. audit show gives the re-audit link both ways and, for
# a re-audit, each standard then and now (reaudit compare's rows).
$ cat > setup.cmds <<'END'
> team add Alpha --service 'Front Door'
> worker add 'Ann Boss' --team Alpha --role team-manager
> worker add 'Quinn Officer' --team Alpha --role qa-officer
> worker add 'Wyn Jones' --team Alpha --role social-worker
> case add C1 --team Alpha --worker 'Wyn Jones' --status cp --flag cse --opened 2016-01-01
> case add C2 --team Alpha --worker 'Wyn Jones' --status cin --opened 2016-01-01
> theme add 'CSE 2016' CSE-IDENTIFIED CSE-ASSESSED CSE-PLAN
> END
$ caseaudit -f setup.cmds > /dev/null 2>&1
$ caseaudit -c "audit add C1 --date 2016-08-10 --auditor 'Quinn Officer' --theme 'cse 2016' --submit CSE-IDENTIFIED=met CSE-ASSESSED=not-met CSE-PLAN=met"
1
$ caseaudit -c "audit show 1" | grep -E '^(type|grade|theme|unanswered) '
type             themed
grade            
unanswered       
theme            CSE 2016
$ caseaudit --mode csv -c "audit show 1" | grep -E '^(type|theme|unanswered),'
type,themed^M
unanswered,^M
theme,CSE 2016^M
$ caseaudit --mode json -c "audit list --case C1"
[
 {"id": 1, "date": "2016-08-10", "case": "C1", "team": "Alpha", "auditor": "Quinn Officer", "grade": null, "status": "submitted", "moderated": null, "theme": "CSE 2016"}
]
$ caseaudit -c "audit list"
id  date        case  team   auditor       grade  status     moderated  theme
--  ----------  ----  -----  ------------  -----  ---------  ---------  --------
 1  2016-08-10  C1    Alpha  Quinn Offic…         submitted             CSE 2016
$ # Answers outside the theme, a type that is not themed, an unknown theme:
$ # each refused with one line, nothing recorded.
$ caseaudit -c "audit add C1 --date 2016-08-11 --auditor 'Quinn Officer' --theme 'CSE 2016' CSE-PLAN=met CHRON=met"
! error: standard CHRON is not in theme 'CSE 2016' (CSE-IDENTIFIED, CSE-ASSESSED, CSE-PLAN); a themed audit answers only its theme's standards
? 1
$ caseaudit -c "audit add C1 --date 2016-08-11 --auditor 'Ann Boss' --theme 'CSE 2016' --type dip-sample --grade good CSE-PLAN=met"
! error: --theme records a themed audit; it cannot be of type dip-sample (leave --type out, or give --type themed)
? 1
$ caseaudit -c "audit add C1 --date 2016-08-11 --auditor 'Ann Boss' --theme 'Nope' CSE-PLAN=met"
! error: unknown theme 'Nope'; 'theme list' shows the themes
? 1
$ # A themed draft takes only its theme's standards afterwards too.
$ caseaudit -c "audit add C1 --date 2016-08-12 --auditor 'Ann Boss' --theme 'CSE 2016' CSE-PLAN=met"
2
$ caseaudit -c "audit answer 2 CHRON met"
! error: standard CHRON is not in theme 'CSE 2016' (CSE-IDENTIFIED, CSE-ASSESSED, CSE-PLAN); a themed audit answers only its theme's standards
? 1
$ caseaudit -c "audit answer 2 CSE-IDENTIFIED not-met" && caseaudit -c "audit submit 2"
audit 2 submitted; not answered, so not counted: CSE-ASSESSED
$ caseaudit --mode csv -c "sql SELECT count(*) AS audits, (SELECT count(*) FROM audit_theme) AS themed FROM audit"
audits,themed^M
2,2^M
$ # Re-audits: the link shown both ways, and each standard then and now.
$ caseaudit -c "audit add C2 --date 2016-08-01 --auditor 'Ann Boss' --grade inadequate --submit CHRON=not-met PLAN=not-met VOICE=met"
3
$ caseaudit -c "audit add C2 --date 2016-10-20 --auditor 'Ann Boss' --grade good --submit --follows 3 CHRON=met PLAN=not-met VOICE=met"
4
$ caseaudit -c "audit show 4" | grep -E '^(reaudit|theme)'
reaudit_of       audit 3 (2016-08-01, inadequate)
$ caseaudit -c "audit show 4" | sed -n '/^then_and_now/,$p'
then_and_now:
standard  then     now      change    then_note  now_note
--------  -------  -------  --------  ---------  --------
CHRON     not-met  met      improved             
PLAN      not-met  not-met  same                 
VOICE     met      met      same                 
$ caseaudit -c "audit show 3" | grep -E '^reaudit'
reaudited_by     audit 4 (2016-10-20, good)
$ caseaudit --mode csv -c "audit show 3" | grep -E '^reaudit'
reaudit_of,^M
reaudit_of_date,^M
reaudit_of_grade,^M
reaudited_by,4^M
reaudited_by_date,2016-10-20^M
reaudited_by_grade,good^M
$ caseaudit --mode json -c "audit show 4" | head -1 | grep -o '"theme".*"reaudited_by_grade": [a-z"]*'
"theme": null, "reaudit_of": 3, "reaudit_of_date": "2016-08-01", "reaudit_of_grade": "inadequate", "reaudited_by": null, "reaudited_by_date": null, "reaudited_by_grade": null
$ caseaudit --mode json -c "audit show 4" | sed -n '/then_and_now/,$p'
 "then_and_now": [
  {"standard": "CHRON", "then": "not-met", "now": "met", "change": "improved", "then_note": null, "now_note": null},
  {"standard": "PLAN", "then": "not-met", "now": "not-met", "change": "same", "then_note": null, "now_note": null},
  {"standard": "VOICE", "then": "met", "now": "met", "change": "same", "then_note": null, "now_note": null}]}
$ # Bad re-audits: of a draft, of another case, dated before the audit it
$ # follows, of itself; each refused, nothing recorded.
$ caseaudit -c "audit add C2 --date 2016-10-21 --auditor 'Ann Boss' CHRON=met"
5
$ caseaudit -c "audit add C2 --date 2016-10-22 --auditor 'Ann Boss' --grade good --submit --follows 5 CHRON=met"
! error: audit 5 is a draft; a re-audit follows a submitted audit
? 1
$ caseaudit -c "audit add C2 --date 2016-10-22 --auditor 'Ann Boss' --grade good --submit --follows 1 CHRON=met"
! error: audit 1 is of case C1, not C2; a re-audit follows an earlier audit of the same case
? 1
$ caseaudit -c "audit add C2 --date 2016-07-22 --auditor 'Ann Boss' --grade good --submit --follows 3 CHRON=met"
! error: the re-audit's date 2016-07-22 is before the audit it follows (3, 2016-08-01)
? 1
$ caseaudit -c "audit add C2 --date 2016-10-22 --auditor 'Ann Boss' --grade good --submit --follows 99 CHRON=met"
! error: unknown audit 99; --follows names the audit this one re-audits ('audit list --case CASE' shows them)
? 1
$ caseaudit --mode csv -c "sql SELECT count(*) AS audits, (SELECT count(*) FROM reaudit) AS links FROM audit"
audits,links^M
5,1^M
$ caseaudit --mode csv -c "history --table audit_theme" | cut -d, -f4-7
table,row,operation,old
audit_theme,1,insert,
audit_theme,2,insert,
$ # A themed draft goes on with its theme: audit start asks only the
$ # theme's standards it has not answered.
$ caseaudit -c "audit add C1 --date 2016-08-20 --auditor 'Ann Boss' --theme 'CSE 2016' CSE-PLAN=met"
6
$ printf "audit start C1 --auditor 'Ann Boss'\nm\nn no assessment on file\nm\n\n\n" > more.cmds
$ caseaudit -f more.cmds | grep -E '^[0-9]+/[0-9]+ |draft|recorded|up to date'
  latest chronology: none recorded
  latest supervision of Wyn Jones: none recorded
  last audit: 2016-08-20 (audit 6, no grade, draft)
Ctrl-D or Ctrl-C leaves, and offers to keep the answers as a draft.
Continuing draft audit 6 of 2016-08-20: 1 of 3 standards answered; it goes on
1/3 CSE-IDENTIFIED: Potential risk of child sexual exploitation is identified
2/3 CSE-ASSESSED: Where CSE is a potential risk, the risk assessment is
3/3 CSE-PLAN: Where CSE is a risk, plans identify it and include measurable
No grade yet: the audit is kept as a draft.
Audit 6 brought up to date as a draft.
$ caseaudit -c "audit show 6" | grep -E '^(type|theme|unanswered) '
type             themed
unanswered       
theme            CSE 2016
$ caseaudit --mode csv -c "audit show 6" | sed -n '/^standard,/,/^$/p'
standard,result,note^M
CSE-IDENTIFIED,met,^M
CSE-ASSESSED,not-met,no assessment on file^M
CSE-PLAN,met,^M
^M
id,owner,due,done,status,text^M
