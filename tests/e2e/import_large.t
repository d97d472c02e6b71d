# import audits past 1,024 rows: the recorder reads the workers and the
# case files once (src/repo_audit.c, CaseMap) instead of one look-up a row.
# What it finds must be what the look-ups found: the team that held a case
# on the audit's date (C2 moved to Team B after its audits: they stay Team
# A's), names ignoring ASCII case only (as the database's NOCASE), and
# every message the same as in a small file.
$ caseaudit -c "team add 'Team A'" -c "team add 'Team B'" -c "worker add 'Sam Worker' --team 'Team A' --role social-worker" -c "worker add 'Mo Manager' --team 'Team A' --role team-manager" -c "worker add 'Zoë Quinn' --team 'Team B' --role qa-officer" -c "case add C1 --team 'Team A' --worker 'Sam Worker' --opened 2010-01-01 --flag cse" -c "case add C2 --team 'Team A' --opened 2010-01-01 --status cic" -c "case add C3 --team 'Team B' --opened 2010-01-01 --status care-leaver" -c "case set C2 --team 'Team B' --worker 'Sam Worker'"
$ python3 -c "
> import datetime
> print('case,date,auditor,type,grade,submitted,CHRON,CSE-PLAN,IHA,PATHWAY')
> for i in range(1300):
>     day = datetime.date(2013, 1, 1) + datetime.timedelta(days=i)
>     print('C%d,%s,%s,dip-sample,good,yes,Met,%s,%s,%s' % (i % 3 + 1, day, ['Mo Manager', 'mo manager', 'Zoë Quinn'][i % 3],
>           'Met' if i % 3 == 0 else 'N/A', 'Not met' if i % 3 == 1 else 'N/A', 'Met' if i % 3 == 2 else 'N/A'))
> " > audits.csv
$ caseaudit -c "import audits audits.csv"
imported 1300 audits from audits.csv: 1300 submitted, 0 drafts
$ caseaudit --mode csv -c "sql SELECT c.ref, t.name AS team, w.name AS auditor, count(DISTINCT a.id) AS audits, sum(n.result = 'met') AS met, sum(n.result = 'not-met') AS not_met FROM audit a JOIN case_file c ON c.id = a.case_id JOIN team t ON t.id = a.team_id JOIN worker w ON w.id = a.auditor_id JOIN answer n ON n.audit_id = a.id GROUP BY 1, 2, 3 ORDER BY 1"
ref,team,auditor,audits,met,not_met^M
C1,Team A,Mo Manager,434,868,0^M
C2,Team A,Mo Manager,433,433,433^M
C3,Team B,Zoë Quinn,433,866,0^M
$ caseaudit -c "history verify" | tail -1
whole: every entry matches its hash and the one before it, and every recorded row matches its last entry
$ # Bad rows after the 1,024th, and the same rows alone: the same messages.
$ python3 -c "
> import datetime
> print('case,date,auditor,type,grade,submitted,CHRON,IHA')
> for i in range(1090):
>     day = datetime.date(2010, 1, 2) + datetime.timedelta(days=i)
>     print('C%d,%s,%s,dip-sample,good,yes,Met,N/A' % (i % 3 + 1, day, ['Mo Manager', 'mo manager', 'Zoë Quinn'][i % 3]))
> for row in ['C9,2016-08-01,Mo Manager', 'C1,2016-08-02,ZOË QUINN', 'C1,2016-08-03,Sam Worker', 'C1,2016-08-04,Mo Manager',
>             'C1,2016-08-04,MO MANAGER', 'C1,2013-01-01,Mo Manager', 'C3,2009-12-31,Mo Manager']:
>     print(row + ',dip-sample,good,yes,Met,N/A')
> print('C1,2016-08-05,Mo Manager,dip-sample,good,yes,Met,Met')
> " > bad.csv
$ (head -1 bad.csv; tail -8 bad.csv) > bad_small.csv
$ caseaudit -c "import audits bad.csv"
! bad.csv:1092: unknown case 'C9'; 'case list' shows the cases
! bad.csv:1093: unknown worker 'ZOË QUINN'; 'worker list' shows the workers
! bad.csv:1094: Sam Worker is the worker allocated to case C1 on 2016-08-03 and may not audit it; a worker never audits their own case: ask a manager, an iro or a qa-officer
! bad.csv:1096: the audit of case C1 on 2016-08-04 by MO MANAGER is also on an earlier row; give each audit once
! bad.csv:1097: case C1 was already audited on 2013-01-01 by Mo Manager (audit 1); an audit is imported once
! bad.csv:1098: case C3 opened on 2010-01-01, after the audit date 2009-12-31
! bad.csv:1099: standard IHA applies only to cases with status cic and case C1 has status cin, flagged cse; answer IHA=na
! error: bad.csv: 7 of 1098 rows are wrong; nothing was imported
? 1
$ caseaudit -c "import audits bad_small.csv"
! bad_small.csv:2: unknown case 'C9'; 'case list' shows the cases
! bad_small.csv:3: unknown worker 'ZOË QUINN'; 'worker list' shows the workers
! bad_small.csv:4: Sam Worker is the worker allocated to case C1 on 2016-08-03 and may not audit it; a worker never audits their own case: ask a manager, an iro or a qa-officer
! bad_small.csv:6: the audit of case C1 on 2016-08-04 by MO MANAGER is also on an earlier row; give each audit once
! bad_small.csv:7: case C1 was already audited on 2013-01-01 by Mo Manager (audit 1); an audit is imported once
! bad_small.csv:8: case C3 opened on 2010-01-01, after the audit date 2009-12-31
! bad_small.csv:9: standard IHA applies only to cases with status cic and case C1 has status cin, flagged cse; answer IHA=na
! error: bad_small.csv: 7 of 8 rows are wrong; nothing was imported
? 1
