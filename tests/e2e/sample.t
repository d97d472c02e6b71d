# sample draw, sample list, sample size: the reproducible draw, the skip
# rules, on time / late / not yet, and every bad input refused with
# nothing changed. "$ # ..." lines are section headings.
#
# Team 'Assessment Team 1' has open cases C01..C19 (C05 and C06 on CP
# plans) and C20, closed; 'Disabled Children' has D01..D03; 'Empty Team'
# none. The expected draws were computed independently of the program
# (SplitMix64 and a partial Fisher-Yates over the case IDs in order, in
# Python), not copied from its output.
$ cat > setup.cmds <<'END'
> team add 'Assessment Team 1'
> team add 'Disabled Children'
> team add 'Empty Team'
> worker add 'Sam Patel' --team 'Assessment Team 1' --role team-manager
> worker add 'Alex Jones' --team 'Assessment Team 1' --role social-worker
> worker add 'Pat Lee' --team 'Disabled Children' --role head-of-service
> worker add 'Old Boss' --team 'Assessment Team 1' --role team-manager --left 2016-01-31
> case add C20 --team 'Assessment Team 1' --opened 2016-01-01
> case close C20 --date 2016-10-01
> case add D01 --team 'Disabled Children'
> case add D02 --team 'Disabled Children'
> case add D03 --team 'Disabled Children'
> END
$ for i in $(seq -w 1 19); do s=cin; case $i in 05|06) s=cp;; esac
>   echo "case add C$i --team 'Assessment Team 1' --worker 'Alex Jones' --status $s"; done >> setup.cmds
$ caseaudit -f setup.cmds base.db && for db in one rand1 rand2 skip; do cp base.db $db.db; done
$ # two.db is built separately by the same commands; three.db adds the cases in reverse order
$ caseaudit -f setup.cmds two.db && grep -v 'case add C[01]' setup.cmds | caseaudit three.db && tac setup.cmds | grep 'case add C[01]' | caseaudit three.db
$ sqlite3 three.db "SELECT ref FROM case_file WHERE ref LIKE 'C%' ORDER BY id LIMIT 4" | paste -sd' '
C20 C19 C18 C17
$ # ---- the same seed on two databases built the same way: the same cases
$ caseaudit -c "sample draw --team 'Assessment Team 1' --size 5 --auditor 'Sam Patel' --date 2016-10-01 --due 2016-10-31 --seed 7" one.db
sample 1 (seed 7): drew 5 of 19 eligible open cases of Assessment Team 1; audits due 2016-10-31, by Sam Patel
sample  seed  position  case  status  worker      last_audited
------  ----  --------  ----  ------  ----------  ------------
     1     7         1  C06   cp      Alex Jones  
     1     7         2  C08   cin     Alex Jones  
     1     7         3  C15   cin     Alex Jones  
     1     7         4  C03   cin     Alex Jones  
     1     7         5  C09   cin     Alex Jones  
$ caseaudit --mode csv -c "sample draw --team 'Assessment Team 1' --size 5 --auditor 'Sam Patel' --date 2016-10-01 --due 2016-10-31 --seed 7" two.db
sample,seed,position,case,status,worker,last_audited^M
1,7,1,C06,cp,Alex Jones,^M
1,7,2,C08,cin,Alex Jones,^M
1,7,3,C15,cin,Alex Jones,^M
1,7,4,C03,cin,Alex Jones,^M
1,7,5,C09,cin,Alex Jones,^M
$ caseaudit --mode csv -c "sample draw --team 'Assessment Team 1' --size 5 --auditor 'Sam Patel' --date 2016-10-01 --due 2016-10-31 --seed 7" three.db | cut -d, -f4 | paste -sd' '
case C06 C08 C15 C03 C09
$ # ---- without --seed a seed is chosen, recorded and shown; it draws the same again
$ caseaudit --mode json -c "sample draw --team 'Assessment Team 1' --size 4 --auditor 'Sam Patel' --due 2016-12-31" rand1.db > first.json
$ seed=$(python3 -c "import json; print(json.load(open('first.json'))['seed'])")
> caseaudit --mode json -c "sample draw --team 'Assessment Team 1' --size 4 --auditor 'Sam Patel' --due 2016-12-31 --seed $seed" rand2.db > again.json
> python3 -c "import json; a, b = json.load(open('first.json')), json.load(open('again.json')); print(a['cases'] == b['cases'], len(a['cases']), 1 <= a['seed'] < 2**31)"
> test "$(sqlite3 rand1.db 'SELECT seed FROM sample')" = "$seed" && echo recorded
True 4 True
recorded
$ # ---- a later sample skips the cases scheduled and not yet audited
$ caseaudit --mode json -c "sample draw --team 'Assessment Team 1' --size 3 --auditor 'Sam Patel' --due 2016-12-31 --seed 8" one.db
{"id": 2, "team": "Assessment Team 1", "auditor": "Sam Patel", "drawn_on": "2016-11-30", "due": "2016-12-31", "seed": 8, "requested": 3, "open_cases": 19, "skipped_recent": 0, "skipped_scheduled": 5, "eligible": 14, "drawn": 3, "note": null,
 "cases": [
  {"position": 1, "case": "C07", "status": "cin", "worker": "Alex Jones", "last_audited": null},
  {"position": 2, "case": "C17", "status": "cin", "worker": "Alex Jones", "last_audited": null},
  {"position": 3, "case": "C05", "status": "cp", "worker": "Alex Jones", "last_audited": null}]}
$ caseaudit -c "sample draw --team 'Assessment Team 1' --status cp --size 1 --auditor 'Sam Patel' --due 2016-12-31" one.db
! error: no eligible cases: of the 2 open cases with status cp of team 'Assessment Team 1', 2 scheduled in an earlier sample and not yet audited; nothing was drawn
? 1
$ # ---- --percent: 10% of the 11 eligible cases is 1.1, rounded up to 2
$ caseaudit -c "sample draw --team 'Assessment Team 1' --percent 10 --auditor 'Sam Patel' --due 2016-12-31 --seed 5" one.db
sample 3 (seed 5): drew 2 of 11 eligible open cases of Assessment Team 1; audits due 2016-12-31, by Sam Patel
skipped 8: 8 scheduled in an earlier sample and not yet audited
sample  seed  position  case  status  worker      last_audited
------  ----  --------  ----  ------  ----------  ------------
     3     5         1  C02   cin     Alex Jones  
     3     5         2  C12   cin     Alex Jones  
$ # ---- asking for more than are eligible takes them all and says so
$ caseaudit -c "sample draw --team 'disabled children' --size 5 --auditor 'Pat Lee' --due 2016-12-31 --seed 1" one.db
sample 4 (seed 1): drew 3 of 3 eligible open cases of Disabled Children; audits due 2016-12-31, by Pat Lee
asked for 5 cases but only 3 are eligible: all 3 were drawn
sample  seed  position  case  status  worker  last_audited
------  ----  --------  ----  ------  ------  ------------
     4     1         1  D03   cin             
     4     1         2  D01   cin             
     4     1         3  D02   cin             
$ caseaudit --mode json -c "sample draw --team 'Assessment Team 1' --status cp --size 3 --auditor 'Sam Patel' --due 2016-12-31 --seed 1" two.db
{"id": 2, "team": "Assessment Team 1", "auditor": "Sam Patel", "drawn_on": "2016-11-30", "due": "2016-12-31", "seed": 1, "requested": 3, "open_cases": 2, "skipped_recent": 0, "skipped_scheduled": 1, "eligible": 1, "drawn": 1, "note": "asked for 3 cases but only 1 is eligible: it was drawn",
 "cases": [
  {"position": 1, "case": "C05", "status": "cp", "worker": "Alex Jones", "last_audited": null}]}
$ # ---- recently audited cases are skipped: 29 days before, or on the draw date
$ caseaudit -c "audit add C01 --date 2016-11-01 --auditor 'Sam Patel' --grade good --submit CHRON=met" \
>   -c "audit add C02 --date 2016-10-31 --auditor 'Sam Patel' --grade good --submit CHRON=met" \
>   -c "audit add C03 --date 2016-11-30 --auditor 'Sam Patel' --grade good --submit CHRON=met" \
>   -c "audit add C04 --date 2016-11-29 --auditor 'Sam Patel' --grade good CHRON=met" skip.db
1
2
3
4
$ cp skip.db skip30.db && cp skip.db skip0.db
$ caseaudit -c "sample draw --team 'Assessment Team 1' --size 100 --auditor 'Sam Patel' --due 2016-12-31 --seed 1 --not-audited-within 29" skip.db > drawn.txt; head -3 drawn.txt
sample 1 (seed 1): drew 17 of 17 eligible open cases of Assessment Team 1; audits due 2016-12-31, by Sam Patel
skipped 2: 2 audited within 29 days before 2016-11-30
asked for 100 cases but only 17 are eligible: all 17 were drawn
$ caseaudit --mode csv -c "sample list" skip.db | cut -d, -f6 | tail -n +2 | paste -sd' '
C13 C11 C05 C02 C12 C16 C09 C06 C04 C18 C14 C07 C19 C10 C08 C15 C17
$ caseaudit -c "sample draw --team 'Assessment Team 1' --size 100 --auditor 'Sam Patel' --due 2016-12-31 --seed 1 --not-audited-within 30" skip30.db > drawn.txt; head -2 drawn.txt
sample 1 (seed 1): drew 16 of 16 eligible open cases of Assessment Team 1; audits due 2016-12-31, by Sam Patel
skipped 3: 3 audited within 30 days before 2016-11-30
$ caseaudit --mode csv -c "sample list" skip30.db | cut -d, -f6 | grep -e C01 -e C02 -e C03 | wc -l
0
$ caseaudit -c "sample draw --team 'Assessment Team 1' --size 100 --auditor 'Sam Patel' --due 2016-12-31 --seed 1 --not-audited-within 0" skip0.db > drawn.txt; head -2 drawn.txt
sample 1 (seed 1): drew 18 of 18 eligible open cases of Assessment Team 1; audits due 2016-12-31, by Sam Patel
skipped 1: 1 audited on the draw date 2016-11-30
$ caseaudit --mode csv -c "sample list" skip0.db | cut -d, -f6 | grep C03 | wc -l
0
$ # ---- a scheduled case becomes eligible again once audited on or after its draw date
$ caseaudit -c "audit add C02 --date 2016-11-30 --auditor 'Sam Patel' --grade good --submit CHRON=met" skip.db
5
$ caseaudit -c "sample draw --team 'Assessment Team 1' --size 100 --auditor 'Sam Patel' --due 2016-12-31 --seed 1" skip.db
sample 2 (seed 1): drew 3 of 3 eligible open cases of Assessment Team 1; audits due 2016-12-31, by Sam Patel
skipped 16: 16 scheduled in an earlier sample and not yet audited
asked for 100 cases but only 3 are eligible: all 3 were drawn
sample  seed  position  case  status  worker      last_audited
------  ----  --------  ----  ------  ----------  ------------
     2     1         1  C03   cin     Alex Jones  2016-11-30
     2     1         2  C01   cin     Alex Jones  2016-11-01
     2     1         3  C02   cin     Alex Jones  2016-11-30
$ # ---- on time, late, not yet: sample 1 of one.db was drawn 2016-10-01, due 2016-10-31
$ caseaudit -c "audit add C06 --date 2016-10-10 --auditor 'Sam Patel' --grade good --submit CHRON=met" \
>   -c "audit add C08 --date 2016-11-05 --auditor 'Sam Patel' --grade good --submit CHRON=met" \
>   -c "audit add C15 --date 2016-10-10 --auditor 'Sam Patel' --grade good CHRON=met" \
>   -c "audit add C03 --date 2016-09-15 --auditor 'Sam Patel' --grade good --submit CHRON=met" \
>   -c "audit add C09 --date 2016-11-20 --auditor 'Sam Patel' --grade good --submit CHRON=met" \
>   -c "audit add C09 --date 2016-10-31 --auditor 'Sam Patel' --grade good --submit CHRON=met" one.db
1
2
3
4
5
6
$ caseaudit -c "sample list --team 'Assessment Team 1'" one.db
sample  team          auditor    drawn_on    due         case  audit  audit_date  audited   withdrawn  reason
------  ------------  ---------  ----------  ----------  ----  -----  ----------  --------  ---------  ------
     1  Assessment …  Sam Patel  2016-10-01  2016-10-31  C06       1  2016-10-10  on-time              
     1  Assessment …  Sam Patel  2016-10-01  2016-10-31  C08       2  2016-11-05  late                 
     1  Assessment …  Sam Patel  2016-10-01  2016-10-31  C15                      not-done             
     1  Assessment …  Sam Patel  2016-10-01  2016-10-31  C03                      not-done             
     1  Assessment …  Sam Patel  2016-10-01  2016-10-31  C09       6  2016-10-31  on-time              
     2  Assessment …  Sam Patel  2016-11-30  2016-12-31  C07                      pending              
     2  Assessment …  Sam Patel  2016-11-30  2016-12-31  C17                      pending              
     2  Assessment …  Sam Patel  2016-11-30  2016-12-31  C05                      pending              
     3  Assessment …  Sam Patel  2016-11-30  2016-12-31  C02                      pending              
     3  Assessment …  Sam Patel  2016-11-30  2016-12-31  C12                      pending              
$ # ---- the compliance table's MGMT-AUDITS agrees: 2 of sample 1's 5 were on time in October
$ caseaudit --mode csv -c "compliance --month 2016-10 --target MGMT-AUDITS" one.db
target,numerator,denominator,percent,threshold,status,ci_low,ci_high,evidence,period_from,period_to^M
MGMT-AUDITS,2,5,40.0,80,red,,,census,2016-10-01,2016-10-31^M
$ # ---- a month where 5 of 10 scheduled audits were done on time: 50%, red against 80%;
$ # ---- a late audit and a draft do not count, nor does an audit of a case not in the sample
$ cp base.db month.db && caseaudit -c "sample draw --team 'Assessment Team 1' --size 10 --auditor 'Sam Patel' --date 2016-10-03 --due 2016-10-31 --seed 11" month.db | tail -n +4 | awk '{print $4}' | paste -sd' '
C19 C15 C02 C04 C13 C08 C07 C10 C03 C16
$ for c in C19 C15 C02 C04; do echo "audit add $c --date 2016-10-20 --auditor 'Sam Patel' --grade good --submit CHRON=met"; done > audits.cmds
> echo "audit add C13 --date 2016-10-31 --auditor 'Sam Patel' --grade good --submit CHRON=met" >> audits.cmds
> echo "audit add C08 --date 2016-11-02 --auditor 'Sam Patel' --grade good --submit CHRON=met" >> audits.cmds
> echo "audit add C07 --date 2016-10-20 --auditor 'Sam Patel' --grade good CHRON=met" >> audits.cmds
> echo "audit add C01 --date 2016-10-20 --auditor 'Sam Patel' --grade good --submit CHRON=met" >> audits.cmds
> caseaudit -f audits.cmds month.db | paste -sd' '
1 2 3 4 5 6 7 8
$ caseaudit --mode csv -c "sample list" month.db | tr -d '\r' | cut -d, -f6,9 | tail -n +2 | paste -sd' '
C19,on-time C15,on-time C02,on-time C04,on-time C13,on-time C08,late C07,not-done C10,not-done C03,not-done C16,not-done
$ caseaudit --mode csv -c "compliance --month 2016-10 --target MGMT-AUDITS" month.db
target,numerator,denominator,percent,threshold,status,ci_low,ci_high,evidence,period_from,period_to^M
MGMT-AUDITS,5,10,50.0,80,red,,,census,2016-10-01,2016-10-31^M
$ caseaudit --mode csv -c "sample list --team 'Disabled Children'" one.db
sample,team,auditor,drawn_on,due,case,audit,audit_date,audited,withdrawn,reason^M
4,Disabled Children,Pat Lee,2016-11-30,2016-12-31,D03,,,pending,,^M
4,Disabled Children,Pat Lee,2016-11-30,2016-12-31,D01,,,pending,,^M
4,Disabled Children,Pat Lee,2016-11-30,2016-12-31,D02,,,pending,,^M
$ caseaudit --mode json -c "sample list" two.db
[
 {"sample": 1, "team": "Assessment Team 1", "auditor": "Sam Patel", "drawn_on": "2016-10-01", "due": "2016-10-31", "case": "C06", "audit": null, "audit_date": null, "audited": "not-done", "withdrawn": null, "reason": null},
 {"sample": 1, "team": "Assessment Team 1", "auditor": "Sam Patel", "drawn_on": "2016-10-01", "due": "2016-10-31", "case": "C08", "audit": null, "audit_date": null, "audited": "not-done", "withdrawn": null, "reason": null},
 {"sample": 1, "team": "Assessment Team 1", "auditor": "Sam Patel", "drawn_on": "2016-10-01", "due": "2016-10-31", "case": "C15", "audit": null, "audit_date": null, "audited": "not-done", "withdrawn": null, "reason": null},
 {"sample": 1, "team": "Assessment Team 1", "auditor": "Sam Patel", "drawn_on": "2016-10-01", "due": "2016-10-31", "case": "C03", "audit": null, "audit_date": null, "audited": "not-done", "withdrawn": null, "reason": null},
 {"sample": 1, "team": "Assessment Team 1", "auditor": "Sam Patel", "drawn_on": "2016-10-01", "due": "2016-10-31", "case": "C09", "audit": null, "audit_date": null, "audited": "not-done", "withdrawn": null, "reason": null},
 {"sample": 2, "team": "Assessment Team 1", "auditor": "Sam Patel", "drawn_on": "2016-11-30", "due": "2016-12-31", "case": "C05", "audit": null, "audit_date": null, "audited": "pending", "withdrawn": null, "reason": null}
]
$ caseaudit --mode json -c "sample list --team 'Empty Team'" one.db
[]
$ caseaudit -c "sample list" base.db
sample  team  auditor  drawn_on  due  case  audit  audit_date  audited  withdrawn  reason
------  ----  -------  --------  ---  ----  -----  ----------  -------  ---------  ------
$ caseaudit -c "sample list --team Nope" one.db
! error: unknown team 'Nope'; 'team list' shows the teams
? 1
$ # ---- every bad input is refused with a clear message, and nothing changes
$ sqlite3 one.db .dump > before.sql
$ caseaudit -c "sample draw --size 2 --auditor 'Sam Patel' --due 2016-12-31" one.db
! error: sample draw needs --team TEAM
? 1
$ caseaudit -c "sample draw --team 'Assessment Team 1' --size 2 --due 2016-12-31" one.db
! error: sample draw needs --auditor NAME
? 1
$ caseaudit -c "sample draw --team 'Assessment Team 1' --size 2 --auditor 'Sam Patel'" one.db
! error: sample draw needs --due DATE
? 1
$ caseaudit -c "sample draw --team 'Assessment Team 1' --auditor 'Sam Patel' --due 2016-12-31" one.db
! error: sample draw needs --size N (a number of cases) or --percent P (a share of the eligible cases)
? 1
$ caseaudit -c "sample draw --team 'Assessment Team 1' --size 2 --percent 10 --auditor 'Sam Patel' --due 2016-12-31" one.db
! error: give --size N or --percent P, not both
? 1
$ caseaudit -c "sample draw --team Nope --size 2 --auditor 'Sam Patel' --due 2016-12-31" one.db
! error: unknown team 'Nope'; 'team list' shows the teams
? 1
$ caseaudit -c "sample draw --team 'Assessment Team 1' --size 2 --auditor Nobody --due 2016-12-31" one.db
! error: unknown auditor 'Nobody'; 'worker list' shows the workers
? 1
$ caseaudit -c "sample draw --team 'Assessment Team 1' --size 2 --auditor 'Alex Jones' --due 2016-12-31" one.db
! error: the auditor 'Alex Jones' is a social-worker; management audits are done by a team-manager, head-of-service or senior-manager
? 1
$ caseaudit -c "sample draw --team 'Assessment Team 1' --size 2 --auditor 'Old Boss' --due 2016-12-31" one.db
! error: the auditor 'Old Boss' left on 2016-01-31, before the draw date 2016-11-30; choose a manager in post
? 1
$ caseaudit -c "sample draw --team 'Assessment Team 1' --size 0 --auditor 'Sam Patel' --due 2016-12-31" one.db
! error: --size '0' is not a whole number above 0
? 1
$ caseaudit -c "sample draw --team 'Assessment Team 1' --size -2 --auditor 'Sam Patel' --due 2016-12-31" one.db
! error: --size '-2' is not a whole number above 0
? 1
$ caseaudit -c "sample draw --team 'Assessment Team 1' --size two --auditor 'Sam Patel' --due 2016-12-31" one.db
! error: --size 'two' is not a whole number above 0
? 1
$ caseaudit -c "sample draw --team 'Assessment Team 1' --percent 0 --auditor 'Sam Patel' --due 2016-12-31" one.db
! error: --percent '0' is not a number above 0 and at most 100
? 1
$ caseaudit -c "sample draw --team 'Assessment Team 1' --percent 100.5 --auditor 'Sam Patel' --due 2016-12-31" one.db
! error: --percent '100.5' is not a number above 0 and at most 100
? 1
$ caseaudit -c "sample draw --team 'Assessment Team 1' --percent ten --auditor 'Sam Patel' --due 2016-12-31" one.db
! error: --percent 'ten' is not a number above 0 and at most 100
? 1
$ caseaudit -c "sample draw --team 'Assessment Team 1' --size 2 --auditor 'Sam Patel' --due 2016-11-29" one.db
! error: the due date 2016-11-29 is before the draw date 2016-11-30; give a due date on or after it
? 1
$ caseaudit -c "sample draw --team 'Assessment Team 1' --size 2 --auditor 'Sam Patel' --date 2016-10-01 --due 2016-09-30" one.db
! error: the due date 2016-09-30 is before the draw date 2016-10-01; give a due date on or after it
? 1
$ caseaudit -c "sample draw --team 'Assessment Team 1' --size 2 --auditor 'Sam Patel' --due 2016-02-30" one.db
! error: --due '2016-02-30' is not a real date; expected YYYY-MM-DD
? 1
$ caseaudit -c "sample draw --team 'Assessment Team 1' --size 2 --auditor 'Sam Patel' --due 2016-12-31 --date 30/11/2016" one.db
! error: --date '30/11/2016' is not a real date; expected YYYY-MM-DD
? 1
$ caseaudit -c "sample draw --team 'Assessment Team 1' --size 2 --auditor 'Sam Patel' --due 2016-12-31 --date 2016-12-01" one.db
! error: the draw date 2016-12-01 is after today (2016-11-30); draw the sample on the day, or record it after
? 1
$ caseaudit -c "sample draw --team 'Assessment Team 1' --size 2 --auditor 'Sam Patel' --due 2016-12-31 --status looked-after" one.db
! error: --status 'looked-after' is not known; expected one of: early-help, cin, cp, cic, care-leaver
? 1
$ caseaudit -c "sample draw --team 'Assessment Team 1' --size 2 --auditor 'Sam Patel' --due 2016-12-31 --not-audited-within -1" one.db
! error: --not-audited-within '-1' is not a whole number of days, 0 or more
? 1
$ caseaudit -c "sample draw --team 'Assessment Team 1' --size 2 --auditor 'Sam Patel' --due 2016-12-31 --not-audited-within 40000" one.db
! error: --not-audited-within 40000 is more than 100 years of days; give at most 36500
? 1
$ caseaudit -c "sample draw --team 'Assessment Team 1' --size 2 --auditor 'Sam Patel' --due 2016-12-31 --seed -1" one.db
! error: --seed '-1' is not a whole number from 0 to 9223372036854775807
? 1
$ caseaudit -c "sample draw --team 'Assessment Team 1' --size 2 --auditor 'Sam Patel' --due 2016-12-31 --seed 9223372036854775808" one.db
! error: --seed '9223372036854775808' is not a whole number from 0 to 9223372036854775807
? 1
$ caseaudit -c "sample draw --team 'Empty Team' --size 2 --auditor 'Sam Patel' --due 2016-12-31" one.db
! error: no eligible cases: team 'Empty Team' has no open cases; nothing was drawn
? 1
$ caseaudit -c "sample draw --team 'Assessment Team 1' --status care-leaver --size 2 --auditor 'Sam Patel' --due 2016-12-31" one.db
! error: no eligible cases: team 'Assessment Team 1' has no open cases with status care-leaver; nothing was drawn
? 1
$ caseaudit -c "sample draw --team 'Disabled Children' --size 2 --auditor 'Pat Lee' --due 2016-12-31" one.db
! error: no eligible cases: of the 3 open cases of team 'Disabled Children', 3 scheduled in an earlier sample and not yet audited; nothing was drawn
? 1
$ caseaudit -c "sample draw 'Assessment Team 1' --size 2 --auditor 'Sam Patel' --due 2016-12-31" one.db
! error: sample draw: unexpected argument 'Assessment Team 1'; usage: sample draw --team TEAM (--size N | --percent P) --auditor NAME --due DATE [--seed N] [--date DATE] [--status STATUS] [--not-audited-within DAYS] [--reaudits-first]; or: sample draw --theme THEME (--team TEAM | --service SERVICE | --all-teams) [--size N | --percent P] --auditor NAME --due DATE [--seed N] [--date DATE] [--status STATUS] [--flag FLAG]... [--not-audited-within DAYS]
? 1
$ caseaudit -c "sample draw --team 'Assessment Team 1' --size 2 --auditor 'Sam Patel' --due 2016-12-31 --colour red" one.db
! error: unknown option --colour for 'sample draw'; it takes: --team, --size, --percent, --auditor, --due, --seed, --date, --status, --not-audited-within, --reaudits-first, --theme, --service, --all-teams, --flag
? 1
$ sqlite3 one.db .dump | cmp - before.sql && echo unchanged
unchanged
$ # ---- sample size
$ caseaudit -c "sample size --threshold 80" base.db
246
Audit 246 files: if about 80% of files meet the standard, the 95% confidence interval that compliance shows is then about 5 points either side (it treats the files as a sample of practice and does not narrow for a small team), so a result more than 5 points from 80% shows with 95% confidence which side of the threshold practice is. If practice is in fact 5 points from the threshold, 246 files show it (evidence below) about 50% of the time at 75% and (evidence above) about 48% of the time at 85%; otherwise the evidence is inconclusive.
$ caseaudit --mode csv -c "sample size --threshold 85 --margin 10 --population 120" base.db
size,threshold,margin,population,explanation^M
49,85,10,120,"Audit 49 of the 120 files: if about 85% of files meet the standard, the 95% confidence interval that compliance shows is then about 10 points either side (it treats the files as a sample of practice and does not narrow for a small team), so a result more than 10 points from 85% shows with 95% confidence which side of the threshold practice is. If practice is in fact 5 points from the threshold, 49 files show it (evidence below) about 17% of the time at 80% and (evidence above) about 12% of the time at 90%; otherwise the evidence is inconclusive."^M
$ caseaudit --mode json -c "sample size --threshold 90 --margin 7.5" base.db
{"size": 62, "threshold": 90, "margin": 7.5, "population": null, "explanation": "Audit 62 files: if about 90% of files meet the standard, the 95% confidence interval that compliance shows is then about 7.5 points either side (it treats the files as a sample of practice and does not narrow for a small team), so a result more than 7.5 points from 90% shows with 95% confidence which side of the threshold practice is. If practice is in fact 5 points from the threshold, 62 files show it (evidence below) about 32% of the time at 85% and (evidence above) about 18% of the time at 95%; otherwise the evidence is inconclusive."}
$ caseaudit -c "sample size --threshold 80 --population 30" base.db
30
Audit all 30 files: if about 80% of files meet the standard, the 95% confidence interval that compliance shows is then about 14.3 points either side (it treats the files as a sample of practice and does not narrow for a small team), so a result more than 14.3 points from 80% shows with 95% confidence which side of the threshold practice is. If practice is in fact 5 points from the threshold, 30 files show it (evidence below) about 11% of the time at 75% and (evidence above) about 5% of the time at 85%; otherwise the evidence is inconclusive.
$ caseaudit -c "sample size --margin 5" base.db
! error: sample size needs --threshold PERCENT, the target's percentage, e.g. 80
? 1
$ caseaudit -c "sample size --threshold eighty" base.db
! error: --threshold 'eighty' is not a number; expected a percentage such as 80
? 1
$ caseaudit -c "sample size --threshold 100" base.db
! error: --threshold 100 is out of range; expected a percentage above 0 and below 100 (at 0 or 100 every file must be audited)
? 1
$ caseaudit -c "sample size --threshold 80 --margin 0" base.db
! error: --margin 0 is out of range; expected percentage points above 0 and at most 100
? 1
$ caseaudit -c "sample size --threshold 80 --margin wide" base.db
! error: --margin 'wide' is not a number; expected percentage points such as 5
? 1
$ caseaudit -c "sample size --threshold 80 --population 0" base.db
! error: --population '0' is not a whole number above 0
? 1
