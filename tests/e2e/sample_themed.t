# sample draw --theme: a themed sample across one team, a service or every
# team, of the open files (by status and flags) that the theme needs; one
# sample per team from one seed, listed together by draw. Its audits are
# fulfilled by a submitted audit of the theme and do not count in
# MGMT-AUDITS, which counts dip samples only (and so does plain sample
# list). sample draw --reaudits-first takes a team's files due for
# re-audit first.
$ cat > setup.cmds <<'END'
> team add Alpha --service 'Front Door'
> team add Beta --service 'Front Door'
> team add Gamma --service 'Care'
> worker add 'Ann Boss' --team Alpha --role team-manager
> worker add 'Quinn Officer' --team Alpha --role qa-officer
> worker add 'Wyn Jones' --team Alpha --role social-worker
> case add C1 --team Alpha --worker 'Wyn Jones' --status cp --flag cse --opened 2016-01-01
> case add C2 --team Alpha --worker 'Wyn Jones' --status cin --opened 2016-01-01
> case add C3 --team Beta --status cin --flag cse --opened 2016-01-01
> case add C4 --team Beta --status cic --flag missing --opened 2016-01-01
> case add C5 --team Gamma --status cic --flag cse --opened 2016-01-01
> case add C6 --team Beta --status cin --flag neglect --opened 2016-01-01
> case add C7 --team Gamma --status cic --flag cse --opened 2016-01-01
> theme add 'CSE 2016' CSE-IDENTIFIED CSE-ASSESSED CSE-PLAN
> END
$ caseaudit -f setup.cmds > /dev/null 2>&1
$ # A service: every open file of its teams the theme needs (C2 and C6 are
$ # asked none of its standards), one sample per team.
$ caseaudit -c "sample draw --theme 'cse 2016' --service 'Front Door' --auditor 'Quinn Officer' --due 2016-12-31 --seed 7"
themed draw 1, theme 'CSE 2016' (seed 7): drew 3 of 3 eligible open files in service Front Door, 2 samples (one per team); audits due 2016-12-31, by Quinn Officer
left out of 5 open files: 2 that none of the theme's standards applies to
sample  team   position  case  status  flags    worker     last_audited
------  -----  --------  ----  ------  -------  ---------  ------------
     1  Alpha         1  C1    cp      cse      Wyn Jones  
     2  Beta          1  C4    cic     missing             
     2  Beta          2  C3    cin     cse                 
$ caseaudit -c "sample list --themed"
sample  team   auditor       drawn_on    due         case  audit  audit_date  audited  withdrawn  reason  draw  theme
------  -----  ------------  ----------  ----------  ----  -----  ----------  -------  ---------  ------  ----  --------
     1  Alpha  Quinn Offic…  2016-11-30  2016-12-31  C1                       pending                        1  CSE 2016
     2  Beta   Quinn Offic…  2016-11-30  2016-12-31  C4                       pending                        1  CSE 2016
     2  Beta   Quinn Offic…  2016-11-30  2016-12-31  C3                       pending                        1  CSE 2016
$ # Plain sample list, like MGMT-AUDITS, counts dip samples only.
$ caseaudit --mode csv -c "sample list" | wc -l
1
$ # Every team, files flagged cse: those still pending in the first draw
$ # are skipped, so only Gamma's are drawn; --size draws fewer, per team.
$ caseaudit -c "sample draw --theme 'CSE 2016' --all-teams --flag cse --size 1 --auditor 'Quinn Officer' --due 2016-12-31 --seed 7"
themed draw 3, theme 'CSE 2016' (seed 7): drew 1 of 2 eligible open files flagged cse in all teams, 1 sample (one per team); audits due 2016-12-31, by Quinn Officer
left out of 7 open files: 3 not flagged cse
skipped 2: 2 scheduled in an earlier 'CSE 2016' sample and not yet audited
no eligible files in: Alpha, Beta
sample  team   position  case  status  flags  worker  last_audited
------  -----  --------  ----  ------  -----  ------  ------------
     3  Gamma         1  C7    cic     cse            
$ caseaudit --mode json -c "sample draw --theme 'CSE 2016' --team Gamma --status cic --flag cse --flag missing --auditor 'Quinn Officer' --due 2016-12-31 --seed 7"
{"draw": 4, "theme": "CSE 2016", "scope": "team Gamma", "status": "cic", "flags": "cse,missing", "auditor": "Quinn Officer", "drawn_on": "2016-11-30", "due": "2016-12-31", "seed": 7, "open_cases": 2, "not_flagged": 0, "not_needed": 0, "skipped_recent": 0, "skipped_scheduled": 1, "eligible": 1, "drawn": 1, "no_eligible_files": null,
 "samples": [
  {"sample": 4, "team": "Gamma", "eligible": 1, "drawn": 1}],
 "cases": [
  {"sample": 4, "team": "Gamma", "position": 1, "case": "C5", "status": "cic", "flags": "cse", "worker": null, "last_audited": null}]}
$ # A themed audit of the theme fulfils a themed slot; MGMT-AUDITS counts none.
$ caseaudit -c "audit add C1 --date 2016-11-30 --auditor 'Quinn Officer' --theme 'CSE 2016' --submit CSE-IDENTIFIED=met CSE-ASSESSED=met CSE-PLAN=not-met"
1
$ caseaudit --mode csv -c "sample list --theme 'CSE 2016'" | cut -d, -f1,2,6-9,12,13
sample,team,case,audit,audit_date,audited,draw,theme^M
1,Alpha,C1,1,2016-11-30,on-time,1,CSE 2016^M
2,Beta,C4,,,pending,1,CSE 2016^M
2,Beta,C3,,,pending,1,CSE 2016^M
3,Gamma,C7,,,pending,3,CSE 2016^M
4,Gamma,C5,,,pending,4,CSE 2016^M
$ caseaudit --mode csv -c "compliance --target MGMT-AUDITS"
target,numerator,denominator,percent,threshold,status,ci_low,ci_high,evidence,period_from,period_to^M
MGMT-AUDITS,0,0,,80,no-data,,,none,2016-10-01,2016-10-31^M
$ caseaudit --mode csv -c "sql SELECT sample_id, theme, draw_id, scope, status, flags FROM sample_theme ORDER BY 1"
sample_id,theme,draw_id,scope,status,flags^M
1,CSE 2016,1,service Front Door,,^M
2,CSE 2016,1,service Front Door,,^M
3,CSE 2016,3,all teams,,cse^M
4,CSE 2016,4,team,cic,"cse,missing"^M
$ # Refused, nothing drawn: a dip-sample option with a theme and the
$ # reverse, no scope or two, an unknown theme or service or flag, an
$ # auditor who may not audit, nothing eligible.
$ caseaudit -c "sample draw --theme 'CSE 2016' --auditor 'Quinn Officer' --due 2016-12-31"
! error: a themed draw needs one of --team TEAM, --service SERVICE or --all-teams
? 1
$ caseaudit -c "sample draw --theme 'CSE 2016' --team Alpha --all-teams --auditor 'Quinn Officer' --due 2016-12-31"
! error: a themed draw needs one of --team TEAM, --service SERVICE or --all-teams
? 1
$ caseaudit -c "sample draw --team Alpha --service 'Front Door' --size 1 --auditor 'Ann Boss' --due 2016-12-31"
! error: --service goes with --theme NAME (a themed sample); a dip sample is of one --team
? 1
$ caseaudit -c "sample draw --team Alpha --flag cse --size 1 --auditor 'Ann Boss' --due 2016-12-31"
! error: --flag goes with --theme NAME (a themed sample); a dip sample is of one --team
? 1
$ caseaudit -c "sample draw --theme 'CSE 2016' --team Alpha --reaudits-first --auditor 'Ann Boss' --due 2016-12-31"
! error: --reaudits-first is for a team's dip sample; a themed sample takes every file the theme needs
? 1
$ caseaudit -c "sample draw --theme Nope --all-teams --auditor 'Ann Boss' --due 2016-12-31"
! error: unknown theme 'Nope'; 'theme list' shows the themes
? 1
$ caseaudit -c "sample draw --theme 'CSE 2016' --service Nope --auditor 'Ann Boss' --due 2016-12-31"
! error: no team belongs to the service 'Nope'; 'team list' shows the teams and their services
? 1
$ caseaudit -c "sample draw --theme 'CSE 2016' --all-teams --flag drugs --auditor 'Ann Boss' --due 2016-12-31"
! error: --flag 'drugs' is not known; expected one of: neglect, cse, missing, domestic-abuse
? 1
$ caseaudit -c "sample draw --theme 'CSE 2016' --all-teams --auditor 'Wyn Jones' --due 2016-12-31"
! error: the auditor 'Wyn Jones' is a social-worker and may not do a themed audit; audits are done by a manager (team-manager, head-of-service, senior-manager), an iro or a qa-officer, and by a partner in a multi-agency audit
? 1
$ caseaudit -c "sample draw --theme 'CSE 2016' --team Alpha --status cic --auditor 'Ann Boss' --due 2016-12-31"
! error: no eligible files: Alpha has no open files with status cic; nothing was drawn
? 1
$ caseaudit -c "sample draw --theme 'CSE 2016' --team Beta --flag cse --auditor 'Ann Boss' --due 2016-12-31"
! error: no eligible files: of the 3 open files in Beta, 2 not flagged as asked, 1 scheduled by an earlier 'CSE 2016' sample and not yet audited; nothing was drawn
? 1
$ caseaudit --mode csv -c "sql SELECT count(*) AS samples, (SELECT count(*) FROM scheduled_audit) AS scheduled FROM sample"
samples,scheduled^M
4,5^M
$ # --reaudits-first: the team's files due or overdue for re-audit first.
$ cat > reaudit.cmds <<'END'
> case add R1 --team Alpha --status cin --opened 2016-01-01
> case add R2 --team Alpha --status cin --opened 2016-01-01
> case add R3 --team Alpha --status cin --opened 2016-01-01
> case add R4 --team Alpha --status cin --opened 2016-01-01
> audit add R3 --date 2016-06-01 --auditor 'Ann Boss' --grade inadequate --submit CHRON=not-met
> audit add R4 --date 2016-07-01 --auditor 'Ann Boss' --grade requires-improvement --submit CHRON=not-met
> END
$ caseaudit -f reaudit.cmds > /dev/null 2>&1
$ caseaudit --mode csv -c "reaudit list --open" | cut -d, -f3,6,9
case,due,status^M
R3,2016-09-01,overdue^M
R4,2017-01-01,due^M
$ caseaudit -c "sample draw --team Alpha --size 3 --reaudits-first --auditor 'Ann Boss' --due 2016-12-31 --seed 3"
sample 5 (seed 3): drew 3 of 6 eligible open cases of Alpha; audits due 2016-12-31, by Ann Boss
taken first, due or overdue for re-audit (reaudit list --open): 2; the rest at random
sample  seed  position  case  status  worker     last_audited
------  ----  --------  ----  ------  ---------  ------------
     5     3         1  R3    cin                2016-06-01
     5     3         2  R4    cin                2016-07-01
     5     3         3  C2    cin     Wyn Jones  
$ # A dip sample counts in MGMT-AUDITS (pending until due); themed ones never.
$ caseaudit --mode csv -c "sample list" | cut -d, -f1,6,9
sample,case,audited
5,R3,pending
5,R4,pending
5,C2,pending
$ caseaudit --mode json -c "sample draw --team Alpha --size 1 --reaudits-first --auditor 'Ann Boss' --due 2016-12-31 --seed 3" | head -1 | grep -o '"drawn": 1, "reaudits_first": [0-9]*'
"drawn": 1, "reaudits_first": 0
