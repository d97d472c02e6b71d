# theme add, theme list, audit start --theme: a theme is a named set of
# standards; a themed audit asks only those of them that apply to the
# case, and is recorded as type themed. Refused: a duplicate name (in any
# case), an unknown or retired standard, no standard, an unknown theme.
$ caseaudit > /dev/null <<'EOF'
> team add Alpha
> worker add "Ann Boss" --team Alpha --role team-manager
> worker add "Wyn Jones" --team Alpha --role social-worker
> case add C1 --team Alpha --worker "Wyn Jones" --status cp --flag cse
> case add C2 --team Alpha --worker "Wyn Jones" --status cin
> standard add OLD "An old standard"
> standard retire OLD
> EOF
$ # Standards are typed in any case; one named twice counts once; the
$ # list shows them in the order audit start asks them.
$ caseaudit -c "theme add 'CSE 2016' CSE-PLAN cse-identified CSE-PLAN CHRON"
theme 'CSE 2016' added: 'audit start CASE --theme "CSE 2016"' asks only its standards.
$ caseaudit -c "theme add Chronologies CHRON"
theme 'Chronologies' added: 'audit start CASE --theme "Chronologies"' asks only its standards.
$ caseaudit -c "theme list"
name          standards                      added
------------  -----------------------------  ----------
Chronologies  CHRON                          2016-11-30
CSE 2016      CHRON,CSE-IDENTIFIED,CSE-PLAN  2016-11-30
$ caseaudit --mode csv -c "theme list"
name,standards,added^M
Chronologies,CHRON,2016-11-30^M
CSE 2016,"CHRON,CSE-IDENTIFIED,CSE-PLAN",2016-11-30^M
$ caseaudit --mode json -c "theme list"
[
 {"name": "Chronologies", "standards": "CHRON", "added": "2016-11-30"},
 {"name": "CSE 2016", "standards": "CHRON,CSE-IDENTIFIED,CSE-PLAN", "added": "2016-11-30"}
]
$ caseaudit -c "theme add 'cse 2016' CHRON"
! error: theme 'cse 2016' exists already; 'theme list' shows the themes
? 1
$ caseaudit -c "theme add Voice VOICE NOPE"
! error: unknown standard 'NOPE'; 'standard list' shows the standards
? 1
$ caseaudit -c "theme add Voice VOICE OLD"
! error: standard OLD was retired on 2016-11-30; a theme needs standards still asked
? 1
$ caseaudit -c "theme add Voice"
! error: theme add: missing argument; usage: theme add NAME STANDARD...
? 1
$ caseaudit -c "theme add '  ' VOICE"
! error: the theme's name is empty; give a name (quote it if it has spaces)
? 1
$ caseaudit --mode csv -c "theme list" | wc -l
3
$ # A themed audit of C1 (cp, flagged cse): CHRON, CSE-IDENTIFIED and
$ # CSE-PLAN only; it needs no grade, so it is submitted ungraded after.
$ caseaudit -c "audit start C1 --theme 'cse 2016' --auditor 'Ann Boss' --date 2016-11-20" <<'EOF' | grep -E '^[0-9]+/[0-9]+ |recorded'
> m
> n no CSE plan
> m
>
>
> EOF
  latest chronology: none recorded
  latest supervision of Wyn Jones: none recorded
1/3 CHRON: The case file includes a chronology that meets required standards
2/3 CSE-IDENTIFIED: Potential risk of child sexual exploitation is identified
3/3 CSE-PLAN: Where CSE is a risk, plans identify it and include measurable
Audit 1 recorded as a draft.
$ caseaudit -c "audit submit 1"
audit 1 submitted
$ caseaudit -c "audit show 1" | grep -E '^(type|grade|status) '
type             themed
grade            
status           submitted
$ caseaudit -c "audit show 1" | tail -6
--------------  -------  -----------
CHRON           met      
CSE-IDENTIFIED  not-met  no CSE plan
CSE-PLAN        met      

actions: none
$ # None of the theme's standards applies: refused before anything is asked.
$ caseaudit -c "theme add Missing MISSING-RISK MISSING-PLAN"
theme 'Missing' added: 'audit start CASE --theme "Missing"' asks only its standards.
$ caseaudit -c "audit start C2 --theme Missing --auditor 'Ann Boss'" < /dev/null
! error: none of the standards of theme 'Missing' applies to case C2; 'theme list' shows them
? 1
$ caseaudit -c "audit start C2 --theme nope --auditor 'Ann Boss'" < /dev/null
! error: unknown theme 'nope'; 'theme list' shows the themes
? 1
$ caseaudit -c "audit list" | wc -l
3
$ caseaudit --mode csv -c "history --table theme_standard" | cut -d, -f2,4-6
who,table,row,operation
tester,theme_standard,CSE 2016/CSE-PLAN,insert
tester,theme_standard,CSE 2016/CSE-IDENTIFIED,insert
tester,theme_standard,CSE 2016/CHRON,insert
tester,theme_standard,Chronologies/CHRON,insert
tester,theme_standard,Missing/MISSING-RISK,insert
tester,theme_standard,Missing/MISSING-PLAN,insert
