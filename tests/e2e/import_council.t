# Council data in and out (issue 14): what case systems and spreadsheets
# export is read as meant or refused by its line, never silently lost or
# wrong. Every file is built here; no council data is shipped.
$ caseaudit -c "team add 'CIN Team'" -c "team add 'CP Team'" -c "team add 'CIC Team'" -c "worker add 'Ann Boss' --team 'CIN Team' --role team-manager" -c "worker add 'Sam Worker' --team 'CIN Team' --role social-worker" -c "worker add 'Lee Left' --team 'CIN Team' --role social-worker"
$ # Dates as UK spreadsheets write them: DD/MM/YYYY, D/M/YYYY, ISO, a midnight time.
$ printf 'id,team,opened,closed\nD1,CIN Team,05/07/2016,\nD2,CIN Team,5/7/2016 00:00,\nD3,CIN Team,2016-07-05T00:00:00,\nD4,CIN Team,2016-07-05,05/07/2016 00:00:00\n' > dates.csv
$ caseaudit -c "import cases dates.csv" -c "sql 'SELECT ref, opened, closed FROM case_file WHERE ref LIKE \"D%\" ORDER BY ref'"
imported 4 cases from dates.csv: 4 added, 0 updated, 0 unchanged
ref  opened      closed
---  ----------  ----------
D1   2016-07-05  
D2   2016-07-05  
D3   2016-07-05  
D4   2016-07-05  2016-07-05
$ # Two-digit years and Excel's day numbers are refused, saying how to save the column as a date; so is a time that is not midnight.
$ printf 'id,team,opened\nE1,CIN Team,05/07/16\nE2,CIN Team,42556\nE3,CIN Team,05/07/2016 14:30\nE4,CIN Team,31/06/2016\nE5,CIN Team,July 2016\n' > baddates.csv
$ caseaudit -c "import cases baddates.csv"
! baddates.csv:2: the opening date '05/07/16' has a two-digit year; in the spreadsheet, format the column as a date with a four-digit year (Excel: Format Cells, Date, 14/03/2012) and save the file as CSV again
! baddates.csv:3: the opening date '42556' is a spreadsheet's day number, not a date; in the spreadsheet, format the column as a date with a four-digit year (Excel: Format Cells, Date, 14/03/2012) and save the file as CSV again
! baddates.csv:4: the opening date '05/07/2016 14:30' has a time of day; give the date alone (a time of 00:00 is ignored)
! baddates.csv:5: the opening date '31/06/2016' is not a real date; check the day and the month (DD/MM/YYYY or YYYY-MM-DD)
! baddates.csv:6: the opening date 'July 2016' is not a date; write it DD/MM/YYYY or YYYY-MM-DD
! error: baddates.csv: 5 of 5 rows are wrong; nothing was imported
? 1
$ # Timestamps with fractions of a second, as SQL Server and case systems export them: midnight is the date; any other time, however written, is refused by its line and the import ends (a non-zero fraction once made it run forever).
$ printf 'id,team,opened\nF1,CIN Team,2016-07-05 00:00:00.000\nF2,CIN Team,2016-07-05 14:23:11.537\nF3,CIN Team,2016-07-05 00:00:00.10\n' > fractions.csv
$ caseaudit -c "import cases fractions.csv"
! fractions.csv:3: the opening date '2016-07-05 14:23:11.537' has a time of day; give the date alone (a time of 00:00 is ignored)
! fractions.csv:4: the opening date '2016-07-05 00:00:00.10' has a time of day; give the date alone (a time of 00:00 is ignored)
! error: fractions.csv: 2 of 3 rows are wrong; nothing was imported
? 1
$ # Placeholders: Excel's error values are refused by their line; "no worker" spellings mean no worker; a placeholder team is refused, even with --create-missing.
$ printf 'id,team,worker\nP1,CIN Team,Unallocated\nP2,CIN Team,Not allocated\nP3,CIN Team,N/A\nP4,CIN Team,-\nP5,CIN Team,TBC\nP6,CIN Team,none\nP7,CIN Team,\n' > noworker.csv
$ caseaudit -c "import cases noworker.csv --create-missing" -c "sql 'SELECT count(*) AS cases, count(worker_id) AS allocated FROM case_file WHERE ref LIKE \"P%\"'" -c "sql 'SELECT count(*) AS workers FROM worker'"
imported 7 cases from noworker.csv: 7 added, 0 updated, 0 unchanged
cases  allocated
-----  ---------
    7          0
workers
-------
      3
$ printf 'id,team,worker\nX1,#N/A,#N/A\nX2,CIN Team,#REF!\nX3,Unknown,\nX4,N/A,Sam Worker\nX5,CIN Team,#VALUE!\nX6,#DIV/0!,\nX7,#NAME?,\nX8,#NULL!,\nX9,#NUM!,\n' > errors.csv
$ caseaudit -c "import cases errors.csv --create-missing"
! errors.csv:2: team is '#N/A', a spreadsheet error, not a value; correct the formula that gave it (or write the value itself) and save the file again
! errors.csv:2: worker is '#N/A', a spreadsheet error, not a value; correct the formula that gave it (or write the value itself) and save the file again
! errors.csv:3: worker is '#REF!', a spreadsheet error, not a value; correct the formula that gave it (or write the value itself) and save the file again
! errors.csv:4: the team 'Unknown' is a placeholder, not a team; a case needs a team: give the team holding it
! errors.csv:5: the team 'N/A' is a placeholder, not a team; a case needs a team: give the team holding it
! errors.csv:6: worker is '#VALUE!', a spreadsheet error, not a value; correct the formula that gave it (or write the value itself) and save the file again
! errors.csv:7: team is '#DIV/0!', a spreadsheet error, not a value; correct the formula that gave it (or write the value itself) and save the file again
! errors.csv:8: team is '#NAME?', a spreadsheet error, not a value; correct the formula that gave it (or write the value itself) and save the file again
! errors.csv:9: team is '#NULL!', a spreadsheet error, not a value; correct the formula that gave it (or write the value itself) and save the file again
! errors.csv:10: team is '#NUM!', a spreadsheet error, not a value; correct the formula that gave it (or write the value itself) and save the file again
! error: errors.csv: 9 of 9 rows are wrong; nothing was imported
? 1
$ caseaudit -c "sql 'SELECT count(*) AS teams FROM team'" -c "sql 'SELECT count(*) AS workers FROM worker'"
teams
-----
    3
workers
-------
      3
$ # A title row above the header is passed over; rows of separators alone are blank lines; a totals row is refused.
$ printf 'Open cases at 30/11/2016,,\n,,\nid,team,worker\nT1,CIN Team,Sam Worker\n,,\n,,\nT2,CIN Team,\n' > title.csv
$ caseaudit -c "import cases title.csv"
imported 2 cases from title.csv: 2 added, 0 updated, 0 unchanged
$ printf 'id,team,worker\nT3,CIN Team,\nTotal,,2\n' > total.csv
$ caseaudit -c "import cases total.csv"
! total.csv:3: this row looks like a total ('Total'), not a case; delete the totals below the table and save the file again
! error: total.csv: 1 of 2 rows is wrong; nothing was imported
? 1
$ printf 'Report\nrun by QA\nExtract 3\nNotes\nPage 1\nid,team\nT4,CIN Team\n' > notitle.csv
$ caseaudit -c "import cases notitle.csv"
! error: notitle.csv:1: found no header row in the first 5 rows; expected one naming at least id and team; the first row reads: Report
? 1
$ # A header with a problem after a title row is named by its real line.
$ printf 'Cases\nid,worker\nT5,Sam Worker\n' > notitle2.csv
$ caseaudit -c "import cases notitle2.csv"
! error: notitle2.csv:2: the header row names no 'team' column; it needs at least id and team (and may have worker, status, opened, closed, flags); it has: id, worker
? 1
$ # The round trip: case list --mode csv, then import cases of the same rows, is always accepted, unchanged: a case held by a worker who has left, closed cases, flags, and IDs and names a spreadsheet would take for a formula.
$ caseaudit -c "team add '=Team+1'" -c "worker add '@Worker' --team '=Team+1' --role social-worker" -c "case add R1 --team 'CIN Team' --worker 'Lee Left' --opened 2016-01-04 --flag neglect --flag cse" -c "case add '=HYPERLINK(\"http://x\",\"y\")' --team '=Team+1' --worker '@Worker'" -c "case add '+44 7700' --team 'CIN Team'" -c "case add R2 --team 'CIN Team' --opened 2016-02-01" -c "case close R2 --date 2016-03-01" -c "worker set 'Lee Left' --left 2016-10-31"
$ printf 'id,team,status\n-42,CIN Team,cic\n' > negative.csv && caseaudit -c "import cases negative.csv"
imported 1 case from negative.csv: 1 added, 0 updated, 0 unchanged
$ caseaudit --mode csv -c "case list" > list.csv && grep -v '^[DPT]' list.csv
id,team,worker,status,opened,closed,flags,last_audited^M
'+44 7700,CIN Team,,cin,,,,^M
'-42,CIN Team,,cic,,,,^M
"'=HYPERLINK(""http://x"",""y"")",'=Team+1,'@Worker,cin,,,,^M
R1,CIN Team,Lee Left,cin,2016-01-04,,cse;neglect,^M
R2,CIN Team,,cin,2016-02-01,2016-03-01,,^M
$ caseaudit -c "sql 'SELECT count(*) AS changes FROM history'" -c "import cases list.csv" -c "sql 'SELECT count(*) AS changes FROM history'"
changes
-------
     93
imported 18 cases from list.csv: 0 added, 0 updated, 18 unchanged
changes
-------
     93
! warning: list.csv: ignoring unknown columns, nothing in them was imported: last_audited
$ caseaudit --mode csv -c "case show '=HYPERLINK(\"http://x\",\"y\")'" | head -3
field,value^M
case,"'=HYPERLINK(""http://x"",""y"")"^M
team,'=Team+1^M
$ # Every list caseaudit writes as CSV neutralises such text; numbers, negative ones too, are written as numbers.
$ caseaudit --mode csv -c "team list" -c "worker list --team '=Team+1'" -c "sql 'SELECT -5 AS n, -2.5 AS r, \"-5\" AS t, \"@x\" AS a, \"+1\" AS p'"
team,service,workers,open_cases^M
'=Team+1,,1,1^M
CIC Team,,0,0^M
CIN Team,,2,15^M
CP Team,,0,0^M
name,team,role,started,left,agreement,trained,cases,last_supervised^M
'@Worker,'=Team+1,social-worker,,,,,1,^M
n,r,t,a,p^M
-5,-2.5,'-5,'@x,'+1^M
$ # A worker who has left cannot be given a new open case, by file as by command.
$ printf 'id,team,worker\nR3,CIN Team,Lee Left\nR1,CIN Team,Sam Worker\n' > moved.csv
$ caseaudit -c "import cases moved.csv"
! moved.csv:2: 'Lee Left' left on 2016-10-31; allocate an open case to a worker in post
! error: moved.csv: 1 of 2 rows is wrong; nothing was imported
? 1
$ # Annex A lists 6, 7 and 8 with liia-tools' column names (its sample's headers, and ID headers spelt as councils do): whatever the order they are imported in, one result. The most specific open episode decides (in care over a plan over in need); list 6's Case Status is read; list 7's category of abuse Neglect sets neglect, list 8's missing episodes above 0 set missing.
$ cat > list6.csv <<'CSV'
> Annex A - List 6: Children in Need,,,,,,,,,,,,,
> ,,,,,,,,,,,,,
> Child Unique ID,Gender,Ethnicity,Date of Birth,Age of Child (Years),Does the Child have a Disability,CIN Start Date,Primary Need Code,Date Child Was Last Seen,CIN Closure Date,Reason for Closure,Case Status,Allocated Team,Allocated Worker
> K1,a) Male,a) WBRI,01/01/2010,6,b) No,01/03/2016,N1 - Abuse or neglect,01/11/2016,,,a) Looked after child,CIN Team,Unallocated
> K2,b) Female,a) WBRI,01/01/2011,5,b) No,05/07/2016 00:00,N1 - Abuse or neglect,,,,b) Child Protection plan,CIN Team,Not allocated
> K3,b) Female,a) WBRI,01/01/2012,4,b) No,2016-02-01,N4 - Family in acute stress,,30/09/2016,RC7 - Services ceased,e) Closed episode,CIN Team,Sam Worker
> K4,a) Male,a) WBRI,01/01/2009,7,b) No,10/10/2016,N5 - Family dysfunction,,,,c) Child in need plan,CIN Team,Sam Worker
> ,,,,,,,,,,,,,
> CSV
$ cat > list7.csv <<'CSV'
> Child Unique Identifier,Gender,Ethnicity,Date of Birth,Age of Child (Years),Does the Child have a Disability,Child Protection Plan Start Date,Initial Category of Abuse,Latest Category of Abuse,Date of the Last Statutory Visit,Was the Child Seen Alone?,Date of latest review conference,Child Protection Plan End Date,Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N),Number of Previous Child Protection Plans,Allocated Team,Allocated Worker
> K1,a) Male,a) WBRI,01/01/2010,6,b) No,01/04/2016,a) Neglect,b) Physical abuse,,,,01/08/2016,b) No,0,CP Team,Pat Plan
> K2,b) Female,a) WBRI,01/01/2011,5,b) No,06/07/2016,d) Emotional abuse,a) Neglect,,,,,b) No,0,CP Team,Pat Plan
> K3,b) Female,a) WBRI,01/01/2012,4,b) No,01/05/2016,e) Multiple/not recommended,e) Multiple/not recommended,,,,,b) No,0,CP Team,Pat Plan
> CSV
$ cat > list8.csv <<'CSV'
> LA Child ID,Gender,Date Started to be Looked After,Child's Legal Status,Date Ceased to be Looked After,Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months,Allocated Team,Allocated Worker
> K1,a) Male,01/09/2016,C2: FCO,,2,CIC Team,Cath Care
> K3,b) Female,01/01/2015,V2: Single period under S20,01/03/2015,0,CIC Team,Cath Care
> CSV
$ for order in "6 7 8" "6 8 7" "7 6 8" "7 8 6" "8 6 7" "8 7 6"; do cp caseaudit.db o.db; for l in $order; do caseaudit -c "import cases list$l.csv --format annex-a --create-missing" o.db > /dev/null || echo "list $l failed"; done; caseaudit --mode csv -c "case list" o.db | grep '^K' > "result-${order// /}.csv"; done; cat result-678.csv; for r in result-*.csv; do cmp -s "$r" result-678.csv || echo "$r differs"; done
K1,CIC Team,Cath Care,cic,2016-03-01,,missing;neglect,^M
K2,CP Team,Pat Plan,cp,2016-07-05,,neglect,^M
K3,CP Team,Pat Plan,cp,2015-01-01,,,^M
K4,CIN Team,Sam Worker,cin,2016-10-10,,,^M
$ # The same lists again change nothing; the episodes are recorded, one per list.
$ cp caseaudit.db o.db; for l in 8 6 7; do caseaudit -c "import cases list$l.csv --format annex-a --create-missing" o.db; done
imported 2 cases from list8.csv (Annex A list 8, children looked after): 2 added, 0 updated, 0 unchanged; created 1 worker
imported 4 cases from list6.csv (Annex A list 6, children in need): 2 added, 2 updated, 0 unchanged
imported 3 cases from list7.csv (Annex A list 7, child protection): 0 added, 3 updated, 0 unchanged; created 1 worker
$ for l in 6 7 8; do caseaudit -c "import cases list$l.csv --format annex-a" o.db; done
imported 4 cases from list6.csv (Annex A list 6, children in need): 0 added, 0 updated, 4 unchanged
imported 3 cases from list7.csv (Annex A list 7, child protection): 0 added, 0 updated, 3 unchanged
imported 2 cases from list8.csv (Annex A list 8, children looked after): 0 added, 0 updated, 2 unchanged
$ caseaudit --mode csv -c "sql 'SELECT c.ref, e.list, e.status, e.started, e.ended FROM case_episode e JOIN case_file c ON c.id = e.case_id ORDER BY c.ref, e.list'" o.db
ref,list,status,started,ended^M
K1,6,cic,2016-03-01,^M
K1,7,cp,2016-04-01,2016-08-01^M
K1,8,cic,2016-09-01,^M
K2,6,cp,2016-07-05,^M
K2,7,cp,2016-07-06,^M
K3,6,cin,2016-02-01,2016-09-30^M
K3,7,cp,2016-05-01,^M
K3,8,cic,2015-01-01,2015-03-01^M
K4,6,cin,2016-10-10,^M
$ # Next year's lists: the child in care has left care (list 8 closed) and is in need (list 6 open); in either order the child is in need.
$ printf 'Child Unique ID,CIN Start Date,CIN Closure Date,Case Status,Allocated Team,Allocated Worker\nK1,01/03/2016,,c) Child in need plan,CIN Team,Sam Worker\n' > next6.csv
$ printf 'Child Unique ID,Date Started to be Looked After,Date Ceased to be Looked After,Allocated Team,Allocated Worker\nK1,01/09/2016,20/11/2016,CIC Team,Cath Care\n' > next8.csv
$ cp o.db n1.db; cp o.db n2.db; caseaudit -c "import cases next6.csv --format annex-a" -c "import cases next8.csv --format annex-a" n1.db >/dev/null; caseaudit -c "import cases next8.csv --format annex-a" -c "import cases next6.csv --format annex-a" n2.db > /dev/null; caseaudit --mode csv -c "case show K1" n1.db | head -6; caseaudit --mode csv -c "case show K1" n2.db | head -6
field,value^M
case,K1^M
team,CIN Team^M
worker,Sam Worker^M
status,cin^M
opened,2016-03-01^M
field,value^M
case,K1^M
team,CIN Team^M
worker,Sam Worker^M
status,cin^M
opened,2016-03-01^M
$ # Headers matched as loosely as liia-tools matches them: Child Unique ID (LA), Child Identifier, Team, Worker.
$ printf 'Child Unique ID (LA),CIN Start Date,Allocated Team Name,Social Worker\nL1,01/02/2016,CIN Team,Sam Worker\n' > loose.csv
$ caseaudit --mode csv -c "import cases loose.csv --format annex-a" -c "case list --team 'CIN Team' --status cin" | grep L1
L1,CIN Team,Sam Worker,cin,2016-02-01,,,^M
$ # Case Status that is not one liia-tools knows; a closed episode without its date; missing episodes not a number.
$ printf 'Child Unique ID,CIN Start Date,CIN Closure Date,Case Status,Allocated Team,Allocated Worker\nB1,01/02/2016,,f) Other,CIN Team,\nB2,01/02/2016,,e) Closed episode,CIN Team,\n' > bad6.csv
$ caseaudit -c "import cases bad6.csv --format annex-a"
! bad6.csv:2: Case Status 'f) Other' is not known; expected a) Looked after child, b) Child Protection plan, c) Child in need plan, d) Open assessment or e) Closed episode
! bad6.csv:3: Case Status 'e) Closed episode' says the episode is closed but CIN Closure Date is blank; give the date it closed
! error: bad6.csv: 2 of 2 rows are wrong; nothing was imported
? 1
$ printf 'Child Unique ID,Date Started to be Looked After,Number of Episodes the Child has been Missing from their Placement in the last 12 months,Allocated Team\nB3,01/02/2016,two,CIC Team\n' > bad8.csv
$ caseaudit -c "import cases bad8.csv --format annex-a"
! bad8.csv:2: Number of Episodes the Child has been Missing from their Placement in the last 12 months 'two' is not a whole number; write the number of episodes (0 when none)
! error: bad8.csv: 1 of 1 row is wrong; nothing was imported
? 1
$ # import audits: a column naming a standard in any spelling (case, spaces, underscores, hyphens, its words or its target's) is read as that standard; Ofsted's wordings for grade, type and submitted; dates as spreadsheets write them.
$ caseaudit -c "case add M1 --team 'CIN Team' --status cic --flag missing --opened 2016-01-01"
$ cat > audits.csv <<'CSV'
> Case audits 2016/17,,,,,,,,,,
> Case,Date,Auditor,Type,Grade,Submitted,Missing Interview,missing_risk,Chron,The child's views and wishes inform assessment and planning,Comments
> M1,05/07/2016,Ann Boss,Thematic,Requires improvement to be good,Submitted,Met,Not met,met,N/A,a note
> M1,2016-08-01T00:00:00,Ann Boss,Multi-agency,Good,Draft,,,met,,
> M1,1/9/2016 00:00,Ann Boss,Dip sample,Outstanding,Completed,met,met,met,met,
> ,,,,,,,,,,
> CSV
$ caseaudit -c "import audits audits.csv"
imported 3 audits from audits.csv: 2 submitted, 1 draft
! warning: audits.csv: ignoring unknown columns, nothing in them was imported: Comments
$ caseaudit --mode csv -c "sql 'SELECT a.id, a.date, a.type, a.grade, a.submitted_at IS NOT NULL AS submitted, group_concat(n.standard_code || \"=\" || n.result, \" \") AS answers FROM audit a JOIN (SELECT * FROM answer ORDER BY standard_code) n ON n.audit_id = a.id GROUP BY a.id ORDER BY a.id'"
id,date,type,grade,submitted,answers^M
1,2016-07-05,themed,requires-improvement,1,CHRON=met MISSING-INTERVIEW=met MISSING-RISK=not-met VOICE=na^M
2,2016-08-01,multi-agency,good,0,CHRON=met^M
3,2016-09-01,dip-sample,outstanding,1,CHRON=met MISSING-INTERVIEW=met MISSING-RISK=met VOICE=met^M
$ # A column that looks like a standard but is not its name would lose its answers: the import is refused, naming it.
$ printf 'case,date,auditor,grade,submitted,Chronolgy,PLAN\nM1,2016-10-01,Ann Boss,good,yes,met,met\n' > near1.csv
$ caseaudit -c "import audits near1.csv"
! error: near1.csv:1: the column 'Chronolgy' looks like the standard CHRON but is not its name, so its answers would be lost; name the column CHRON (or, if it is not that standard, something unlike it)
? 1
$ printf 'Audits\ncase,date,auditor,grade,submitted,PLAN,Voice of the child\nM1,2016-10-01,Ann Boss,good,yes,met,met\n' > near2.csv
$ caseaudit -c "import audits near2.csv"
! error: near2.csv:2: the column 'Voice of the child' looks like the standard VOICE but is not its name, so its answers would be lost; name the column VOICE (or, if it is not that standard, something unlike it)
? 1
$ printf 'case,date,auditor,grade,submitted,PLAN,Return interview in 72 hours\nM1,2016-10-01,Ann Boss,good,yes,met,met\n' > near3.csv
$ caseaudit -c "import audits near3.csv"
! error: near3.csv:1: the column 'Return interview in 72 hours' looks like the standard MISSING-INTERVIEW but is not its name, so its answers would be lost; name the column MISSING-INTERVIEW (or, if it is not that standard, something unlike it)
? 1
$ # Refusals by line: spreadsheet errors in answers and columns, dates, totals.
$ printf 'case,date,auditor,grade,submitted,PLAN\nM1,#N/A,Ann Boss,good,yes,met\nM1,2016-10-02,Ann Boss,good,yes,#VALUE!\nM1,2/10/16,Ann Boss,good,yes,met\nTotal,,,,,3\n' > badaudits.csv
$ caseaudit -c "import audits badaudits.csv"
! badaudits.csv:2: date is '#N/A', a spreadsheet error, not a value; correct the formula that gave it (or write the value itself) and save the file again
! badaudits.csv:3: PLAN is '#VALUE!', a spreadsheet error, not an answer; correct the formula that gave it (or write met, not met or n/a) and save the file again
! badaudits.csv:4: the audit date '2/10/16' has a two-digit year; in the spreadsheet, format the column as a date with a four-digit year (Excel: Format Cells, Date, 14/03/2012) and save the file as CSV again
! badaudits.csv:5: this row looks like a total ('Total'), not an audit; delete the totals below the table and save the file again
! error: badaudits.csv: 4 of 4 rows are wrong; nothing was imported
? 1
$ # Audits from before Ofsted's 2013 framework: graded adequate, by import as by audit add.
$ printf 'case,date,auditor,grade,submitted,CHRON\nM0,12/03/2012,Ann Boss,Adequate,yes,met\n' > old.csv
$ caseaudit -c "case add M0 --team 'CIN Team' --opened 2011-06-01" -c "import audits old.csv" -c "audit add M0 --date 2012-04-02 --auditor 'Ann Boss' --grade adequate --submit CHRON=not-met" --mode csv -c "sql 'SELECT id, date, grade FROM audit WHERE grade = \"adequate\" ORDER BY id'"
5
id,date,grade^M
4,2012-03-12,adequate^M
5,2012-04-02,adequate^M
