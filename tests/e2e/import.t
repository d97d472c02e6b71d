# import cases (csv and Annex A) and import audits: good files, every kind
# of bad row, quoting edge cases, a byte-order mark and CRLF, an empty file,
# a header-only file, and 100,000 rows generated here.
$ caseaudit -c "team add 'Assessment Team 1'" -c "team add 'Disabled Children North'" -c "team add 'Disabled Children, North'" -c "team add 'Safeguarding Team 2'" -c "team add 'Children in Care'"
$ caseaudit -c "worker add 'Jane Smith' --team 'Assessment Team 1' --role social-worker" -c "worker add 'Raj Patel' --team 'Disabled Children North' --role social-worker" -c "worker add 'Ann Boss' --team 'Assessment Team 1' --role team-manager" -c "worker add 'Lee Left' --team 'Assessment Team 1' --role social-worker --left 2016-10-31"
$ # Columns in any order and case; quoted commas, quotes and line breaks; blank lines; an unknown column warned about once.
$ caseaudit -c "import cases $DATA/import_cases_good.csv" 2>&1 | sed "s|$DATA/||g"
warning: import_cases_good.csv: ignoring unknown columns, nothing in them was imported: Notes
imported 4 cases from import_cases_good.csv: 4 added, 0 updated, 0 unchanged
$ caseaudit --mode csv -c "case list"
id,team,worker,status,opened,closed,flags,last_audited^M
C 1004,Disabled Children North,,early-help,2015-12-01,,,^M
C1001,Assessment Team 1,Jane Smith,cp,2016-01-04,,cse;neglect,^M
C1002,Assessment Team 1,,cin,2016-03-14,,,^M
C1003,"Disabled Children, North",Raj Patel,cic,,,domestic-abuse;missing,^M
$ # Excel's "CSV UTF-8": byte-order mark and CRLF line ends; json and csv modes print no note.
$ caseaudit --mode json -c "import cases $DATA/import_cases_bom_crlf.csv"
$ caseaudit --mode json -c "case show C2002"
{"case": "C2002", "team": "Disabled Children, North", "worker": null, "status": "care-leaver", "opened": "2014-07-31", "closed": null, "flags": "domestic-abuse", "last_audited": null, "chronology_entries": 0, "latest_chronology": null, "last_supervised": null,
 "audits": [],
 "open_actions": [],
 "scheduled_audits": []}
$ # Existing IDs are updated (team, worker, status, flags, closed); opened only fills a gap; one added.
$ caseaudit -c "import cases $DATA/import_cases_update.csv" 2>&1 | sed "s|$DATA/||g"
imported 4 cases from import_cases_update.csv: 1 added, 2 updated, 1 unchanged
$ caseaudit --mode csv -c "case list"
id,team,worker,status,opened,closed,flags,last_audited^M
C 1004,Disabled Children North,,early-help,2015-12-01,,,^M
C1001,Disabled Children North,Raj Patel,cic,2016-01-04,,neglect,^M
C1002,Assessment Team 1,,cin,2016-03-14,2016-11-01,,^M
C1003,"Disabled Children, North",Raj Patel,cic,,,domestic-abuse;missing,^M
C1005,Assessment Team 1,Jane Smith,cp,2016-11-30,,,^M
C2001,Assessment Team 1,Jane Smith,cin,2016-05-01,,,^M
C2002,"Disabled Children, North",,care-leaver,2014-07-31,,domestic-abuse,^M
$ # The same file again changes nothing, and records no history.
$ caseaudit --mode csv -c 'sql "SELECT count(*) AS changes FROM history"'
changes^M
87^M
$ caseaudit -c "import cases $DATA/import_cases_update.csv" 2>&1 | sed "s|$DATA/||g"
imported 4 cases from import_cases_update.csv: 0 added, 0 updated, 4 unchanged
$ caseaudit --mode csv -c 'sql "SELECT count(*) AS changes FROM history"'
changes^M
87^M
$ # case list --mode csv reads back in.
$ caseaudit --mode csv -c "case list" > list.csv && caseaudit -c "import cases list.csv"
imported 7 cases from list.csv: 0 added, 0 updated, 7 unchanged
! warning: list.csv: ignoring unknown columns, nothing in them was imported: last_audited
$ # Every kind of bad row, each reported on the line it starts; nothing is imported.
$ cd $DATA && caseaudit -c "import cases import_cases_bad.csv" $OLDPWD/caseaudit.db
! import_cases_bad.csv:2: the case ID is empty; every row needs the child's case ID
! import_cases_bad.csv:3: unknown team 'No Such Team'; 'team list' shows the teams (or import with --create-missing to create it)
! import_cases_bad.csv:4: unknown worker 'Nobody Known'; 'worker list' shows the workers (or import with --create-missing to create it)
! import_cases_bad.csv:5: status 'open' is not known; expected one of: early-help, cin, cp, cic, care-leaver
! import_cases_bad.csv:6: the opening date '2016-02-30' is not a real date; check the day and the month (DD/MM/YYYY or YYYY-MM-DD)
! import_cases_bad.csv:7: the opening date '04/01/16' has a two-digit year; in the spreadsheet, format the column as a date with a four-digit year (Excel: Format Cells, Date, 14/03/2012) and save the file as CSV again
! import_cases_bad.csv:8: the opening date 2016-12-25 is after today (2016-11-30); record it once it has happened
! import_cases_bad.csv:9: the closing date 2016-05-01 is before the case opened (2016-06-01); a case opens before it closes
! import_cases_bad.csv:10: flag 'abuse' is not known; expected one of: neglect, cse, missing, domestic-abuse
! import_cases_bad.csv:11: the row has 6 fields and the header 7; quote fields that hold commas
! import_cases_bad.csv:12: the row has 8 fields and the header 7; quote fields that hold commas
! import_cases_bad.csv:13: the case ID contains a line break or another control character; write it on one line
! import_cases_bad.csv:16: case ID 'GOOD1' is also on an earlier row; give each case once
! import_cases_bad.csv:18: case ID 'C1001' is also on an earlier row; give each case once
! import_cases_bad.csv:19: the team is empty; every case needs a team
! import_cases_bad.csv:20: field 2 is not UTF-8 text (byte 0xE9); save the file as UTF-8 ("CSV UTF-8" in Excel)
! import_cases_bad.csv:22: 'Lee Left' left on 2016-10-31; allocate an open case to a worker in post
! error: import_cases_bad.csv: 17 of 21 rows are wrong; nothing was imported
? 1
$ caseaudit --mode csv -c 'sql "SELECT count(*) AS cases FROM case_file"'
cases^M
7^M
$ # In a script the summary says which line of the script failed.
$ printf 'import cases %s\n' "$DATA/import_cases_bad.csv" | caseaudit 2>&1 >/dev/null | tail -1 | sed "s|$DATA/||g"
error: line 1: import_cases_bad.csv: 17 of 21 rows are wrong; nothing was imported
$ # Files that cannot be read as cases.
$ cd $DATA && caseaudit -c "import cases import_empty.csv" $OLDPWD/caseaudit.db
! error: import_empty.csv is empty; expected a header row naming the columns (at least id and team)
? 1
$ cd $DATA && caseaudit -c "import cases import_header_only.csv" $OLDPWD/caseaudit.db
imported 0 cases from import_header_only.csv: 0 added, 0 updated, 0 unchanged
$ cd $DATA && caseaudit -c "import cases import_no_team.csv" $OLDPWD/caseaudit.db
! error: import_no_team.csv:1: the header row names no 'team' column; it needs at least id and team (and may have worker, status, opened, closed, flags); it has: id, worker, status
? 1
$ cd $DATA && caseaudit -c "import cases import_twice_team.csv" $OLDPWD/caseaudit.db
! error: import_twice_team.csv:1: the header names the column 'team' twice (fields 2 and 3); keep one
? 1
$ cd $DATA && caseaudit -c "import cases import_unclosed_quote.csv" $OLDPWD/caseaudit.db
! import_unclosed_quote.csv:3: the quote (") opened in the record starting on line 3 is never closed
! error: import_unclosed_quote.csv: reading stopped at line 3; nothing was imported
? 1
$ cd $DATA && caseaudit -c "import cases import_stray_quote.csv" $OLDPWD/caseaudit.db
! import_stray_quote.csv:3: this is not well-formed CSV: a quote (") inside an unquoted field or text after a closing quote; quote the field and double any quote inside it
! error: import_stray_quote.csv: reading stopped at line 3; nothing was imported
? 1
$ cd $DATA && caseaudit -c "import cases import_utf16.csv" $OLDPWD/caseaudit.db
! error: import_utf16.csv is UTF-16 text; save it as UTF-8 ("CSV UTF-8" in Excel)
? 1
$ caseaudit -c "import cases no-such-file.csv"
! error: cannot read no-such-file.csv: No such file or directory
? 1
$ caseaudit -c "import cases $DATA/import_cases_good.csv --format xls"
! error: --format 'xls' is not known; expected one of: csv, annex-a
? 1
$ caseaudit -c "import cases"
! error: import cases: missing argument; usage: import cases FILE [--format csv|annex-a] [--create-missing]
? 1
$ caseaudit -c "import cases a.csv b.csv"
! error: import cases: unexpected argument 'b.csv'; usage: import cases FILE [--format csv|annex-a] [--create-missing]
? 1
$ caseaudit -c "import audits $DATA/import_audits_good.csv --create-missing"
! error: unknown option --create-missing for 'import audits'; it takes no options
? 1
$ # Annex A list 6 (children in need): the liia-tools headers, DD/MM/YYYY, a closed episode.
$ cd $DATA && caseaudit -c "import cases annex_a_list6.csv --format annex-a" $OLDPWD/caseaudit.db
imported 2 cases from annex_a_list6.csv (Annex A list 6, children in need): 2 added, 0 updated, 0 unchanged
$ # List 7 with headers spelt differently; an unknown worker is refused without --create-missing.
$ cd $DATA && caseaudit -c "import cases annex_a_list7.csv --format annex-a" $OLDPWD/caseaudit.db
! warning: annex_a_list7.csv: ignoring unknown columns, nothing in them was imported: Local Notes
! annex_a_list7.csv:2: unknown worker 'Sam Newworker'; 'worker list' shows the workers (or import with --create-missing to create it)
! annex_a_list7.csv:4: unknown worker 'Sam Newworker'; 'worker list' shows the workers (or import with --create-missing to create it)
! error: annex_a_list7.csv: 2 of 3 rows are wrong; nothing was imported
? 1
$ cd $DATA && caseaudit -c "import cases annex_a_list7.csv --format=annex-a --create-missing" $OLDPWD/caseaudit.db
imported 3 cases from annex_a_list7.csv (Annex A list 7, child protection): 2 added, 1 updated, 0 unchanged; created 1 worker
! warning: annex_a_list7.csv: ignoring unknown columns, nothing in them was imported: Local Notes
$ caseaudit --mode csv <<'EOF'
> sql "SELECT c.ref, t.name AS team, w.name AS worker, c.status, c.opened, c.closed FROM case_file c JOIN team t ON t.id = c.team_id LEFT JOIN worker w ON w.id = c.worker_id WHERE c.ref LIKE 'A%' ORDER BY c.ref"
> EOF
ref,team,worker,status,opened,closed^M
A6001,Safeguarding Team 2,Sam Newworker,cp,2016-02-01,^M
A6002,Assessment Team 1,,cin,2016-03-15,2016-06-30^M
A7001,Safeguarding Team 2,Sam Newworker,cp,2016-02-14,^M
A7002,Safeguarding Team 2,,cp,2016-04-03,2016-09-30^M
$ caseaudit --mode csv -c "worker list --team 'Safeguarding Team 2'"
name,team,role,started,left,agreement,trained,cases,last_supervised^M
Sam Newworker,Safeguarding Team 2,social-worker,,,,,2,^M
$ # List 8: new team and worker created.
$ cd $DATA && caseaudit -c "import cases annex_a_list8.csv --format annex-a --create-missing" $OLDPWD/caseaudit.db
imported 2 cases from annex_a_list8.csv (Annex A list 8, children looked after): 2 added, 0 updated, 0 unchanged; created 1 worker
$ caseaudit --mode json -c "case list --status cic --open"
[
 {"id": "A8001", "team": "Children in Care", "worker": "Pat Carer", "status": "cic", "opened": "2015-01-05", "closed": null, "flags": null, "last_audited": null},
 {"id": "C1001", "team": "Disabled Children North", "worker": "Raj Patel", "status": "cic", "opened": "2016-01-04", "closed": null, "flags": "neglect", "last_audited": null},
 {"id": "C1003", "team": "Disabled Children, North", "worker": "Raj Patel", "status": "cic", "opened": null, "closed": null, "flags": "domestic-abuse;missing", "last_audited": null}
]
$ cd $DATA && caseaudit -c "import cases annex_a_bad.csv --format annex-a" $OLDPWD/caseaudit.db
! annex_a_bad.csv:2: CIN Start Date '31/02/2016' is not a real date; check the day and the month (DD/MM/YYYY or YYYY-MM-DD)
! annex_a_bad.csv:3: CIN Start Date '2016/02/01' is not a date; write it DD/MM/YYYY or YYYY-MM-DD
! annex_a_bad.csv:4: the closing date 2016-05-01 is before the case opened (2016-06-01); a case opens before it closes
! annex_a_bad.csv:5: unknown team 'Nowhere Team'; 'team list' shows the teams (or import with --create-missing to create it)
! annex_a_bad.csv:5: unknown worker 'Nobody'; 'worker list' shows the workers (or import with --create-missing to create it)
! annex_a_bad.csv:6: the Child Unique ID is empty; every row needs the child's case ID
! annex_a_bad.csv:8: Child Unique ID 'A9005' is also on an earlier row (two episodes of one child?); keep the row of the child's latest episode
! error: annex_a_bad.csv: 6 of 7 rows are wrong; nothing was imported
? 1
$ cd $DATA && caseaudit -c "import cases annex_a_unknown_list.csv --format annex-a" $OLDPWD/caseaudit.db
! error: annex_a_unknown_list.csv:1: this is not Annex A list 6, 7 or 8: the header has no 'CIN Start Date', 'Child Protection Plan Start Date' or 'Date Started to be Looked After' column
? 1
$ cd $DATA && caseaudit -c "import cases import_cases_good.csv --format annex-a" $OLDPWD/caseaudit.db
! error: import_cases_good.csv:1: this is not Annex A list 6, 7 or 8: the header has no 'CIN Start Date', 'Child Protection Plan Start Date' or 'Date Started to be Looked After' column
? 1
$ # import audits: spreadsheet spellings; submitted rows are submitted and frozen, the rest drafts.
$ cd $DATA && caseaudit -c "import audits import_audits_good.csv" $OLDPWD/caseaudit.db
imported 4 audits from import_audits_good.csv: 3 submitted, 1 draft
! warning: import_audits_good.csv: ignoring unknown columns, nothing in them was imported: Comments
$ caseaudit --mode csv -c "audit list"
id,date,case,team,auditor,grade,status,moderated,theme^M
4,2016-09-30,C1003,"Disabled Children, North",Ann Boss,outstanding,submitted,,^M
1,2016-10-03,C1001,Assessment Team 1,Ann Boss,good,submitted,,^M
2,2016-10-04,C1002,Assessment Team 1,Ann Boss,requires-improvement,submitted,,^M
3,2016-10-05,C2001,Assessment Team 1,Ann Boss,,draft,,^M
$ caseaudit --mode csv -c 'sql "SELECT audit_id, standard_code, result FROM answer ORDER BY audit_id, standard_code"'
audit_id,standard_code,result^M
1,CHRON,met^M
1,NEGLECT,met^M
1,PLAN,not-met^M
1,VOICE,na^M
2,CHRON,met^M
2,PLAN,not-met^M
2,VOICE,na^M
3,CHRON,met^M
4,CHRON,met^M
4,CSE-IDENTIFIED,met^M
4,PLAN,met^M
4,VOICE,met^M
$ caseaudit --mode csv -c 'sql "SELECT id, type, submitted_by FROM audit ORDER BY id"'
id,type,submitted_by^M
1,dip-sample,tester^M
2,dip-sample,tester^M
3,themed,^M
4,multi-agency,tester^M
$ caseaudit -c "audit answer 1 VOICE met"
! error: audit 1 is submitted and cannot be changed
? 1
$ caseaudit -c "audit answer 3 VOICE met"
$ cd $DATA && caseaudit -c "import audits import_audits_bad.csv" $OLDPWD/caseaudit.db
! import_audits_bad.csv:2: the case is empty; every row needs the child's case ID
! import_audits_bad.csv:3: unknown case 'NOPE'; 'case list' shows the cases
! import_audits_bad.csv:4: the audit date '2016-13-01' is not a real date; check the day and the month (DD/MM/YYYY or YYYY-MM-DD)
! import_audits_bad.csv:5: unknown worker 'Nobody'; 'worker list' shows the workers
! import_audits_bad.csv:6: type 'peer' is not known; expected one of: dip-sample, themed, multi-agency (or Thematic, Multi-agency)
! import_audits_bad.csv:7: grade 'great' is not known; expected one of: outstanding, good, requires-improvement, inadequate, adequate (or Ofsted's wording, such as Requires improvement to be good)
! import_audits_bad.csv:8: submitted 'maybe' is not yes or no; write yes or no (or Y/N, true/false, 1/0, Submitted/Draft; blank is no)
! import_audits_bad.csv:9: CHRON 'partly' is not an answer; write met, not met or n/a (or Y/N, Yes/No, NA; blank for no answer)
! import_audits_bad.csv:11: a submitted audit needs at least one answer met or not-met; fill in the standards it was audited against, or write no under submitted
! import_audits_bad.csv:13: case C1001 was already audited on 2016-10-03 by Ann Boss (audit 1); an audit is imported once
! import_audits_bad.csv:15: the audit of case C1001 on 2016-10-20 by Ann Boss is also on an earlier row; give each audit once
! import_audits_bad.csv:16: the audit date 2016-12-01 is after today (2016-11-30); record it once it has happened
! error: import_audits_bad.csv: 12 of 15 rows are wrong; nothing was imported
? 1
$ caseaudit --mode csv -c 'sql "SELECT count(*) AS audits FROM audit"'
audits^M
4^M
$ cd $DATA && caseaudit -c "import audits import_audits_no_standards.csv" $OLDPWD/caseaudit.db
! error: import_audits_no_standards.csv:1: the header names no standard; give a column per standard code (CHRON, PLAN, ...; 'standard list' shows them) holding met, not met or n/a
? 1
$ cd $DATA && caseaudit -c "import audits import_empty.csv" $OLDPWD/caseaudit.db
! error: import_empty.csv is empty; expected a header row naming the columns (case, date, auditor, type, grade, submitted, theme and standard codes)
? 1
$ cd $DATA && caseaudit -c "import audits import_cases_good.csv" $OLDPWD/caseaudit.db
! error: import_cases_good.csv:1: found no header row in the first 5 rows; expected one naming case, date, auditor and standard codes; the first row reads: Team, ID, Worker, Status, Opened, Flags, Notes
? 1
$ # 100,000 rows generated here: one transaction, every row in.
$ awk 'BEGIN { print "id,team,worker,status,opened,flags"; split("early-help,cin,cp,cic,care-leaver", s, ","); for (i = 1; i <= 100000; i++) printf "L%06d,%s,%s,%s,2015-%02d-%02d,%s\n", i, (i % 2 ? "Assessment Team 1" : "\"Disabled Children, North\""), (i % 3 ? "Jane Smith" : ""), s[i % 5 + 1], i % 12 + 1, i % 28 + 1, (i % 7 ? "" : "\"neglect;cse\"") }' > big.csv && wc -l < big.csv
100001
$ caseaudit -c "import cases big.csv"
imported 100000 cases from big.csv: 100000 added, 0 updated, 0 unchanged
$ caseaudit --mode csv <<'EOF'
> sql "SELECT count(*) AS cases, count(worker_id) AS allocated, sum(status = 'cic') AS cic, min(ref) AS first, max(ref) AS last FROM case_file WHERE ref LIKE 'L%'"
> sql "SELECT count(*) AS flags FROM case_flag f JOIN case_file c ON c.id = f.case_id WHERE c.ref LIKE 'L%'"
> EOF
cases,allocated,cic,first,last^M
100000,66667,20000,L000001,L100000^M
flags^M
28570^M
$ # A bad row at the very end: the whole 100,000 rows are refused.
$ cp big.csv bad-big.csv && echo 'L100001,No Such Team,,cin,,' >> bad-big.csv && sed -i 's/^L/M/' bad-big.csv && caseaudit -c "import cases bad-big.csv"
! bad-big.csv:100002: unknown team 'No Such Team'; 'team list' shows the teams (or import with --create-missing to create it)
! error: bad-big.csv: 1 of 100001 rows is wrong; nothing was imported
? 1
$ caseaudit --mode csv <<'EOF'
> sql "SELECT count(*) AS cases FROM case_file WHERE ref LIKE 'M%'"
> EOF
cases^M
0^M
$ # Closing a case by import, as case close: not before an audit of it.
$ rm -f close.db; caseaudit -c "team add T" -c "worker add M --team T --role team-manager" -c "case add A --team T --opened 2016-01-01" -c "audit add A --date 2016-06-01 --auditor M --grade good --submit CHRON=met" close.db
1
$ printf 'id,team,closed\nA,T,2016-05-01\n' > early.csv; caseaudit -c "import cases early.csv" close.db
! early.csv:2: the closing date 2016-05-01 is before the case's audit of 2016-06-01; close it on or after that day
! error: early.csv: 1 of 1 row is wrong; nothing was imported
? 1
$ printf 'id,team,closed\nA,T,2016-06-01\n' > ok.csv; caseaudit --mode csv -c "import cases ok.csv" -c "case list" close.db
id,team,worker,status,opened,closed,flags,last_audited^M
A,T,,cin,2016-01-01,2016-06-01,,2016-06-01^M
$ # An imported audit is one change in the history, holding its answers; the
$ # import records with the triggers off for itself only: the next command
$ # in the same run is recorded by them.
$ rm -f hist.db; caseaudit -c "team add T" -c "team add U" -c "worker add M --team T --role team-manager" -c "case add A --team T --opened 2016-01-01" hist.db
$ printf 'case,date,auditor,grade,submitted,CHRON,PLAN,NEGLECT\nA,2016-06-01,M,good,yes,Met,Not met,N/A\n' > one.csv
$ caseaudit --mode csv --user "Jo Bloggs" -c "import audits one.csv" -c "case set A --team U" -c "history --table audit" -c "history --table case_file --id 1" hist.db | sed -E -e 's/[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]{12}Z/TIMESTAMP/g' -e "s/^(TIMESTAMP,[^,]*),$(id -un),/\1,ACCOUNT,/"
when,who,account,table,row,operation,old,new^M
TIMESTAMP,Jo Bloggs,ACCOUNT,audit,1,insert,,"{""id"":1,""case_id"":1,""team_id"":1,""auditor_id"":1,""date"":""2016-06-01"",""type"":""dip-sample"",""grade"":""good"",""submitted_at"":""TIMESTAMP"",""submitted_by"":""Jo Bloggs"",""answers"":{""CHRON"":""met"",""PLAN"":""not-met"",""NEGLECT"":""na""},""notes"":{}}"^M
when,who,account,table,row,operation,old,new^M
TIMESTAMP,tester,ACCOUNT,case_file,1,insert,,"{""id"":1,""ref"":""A"",""team_id"":1,""worker_id"":null,""status"":""cin"",""opened"":""2016-01-01"",""closed"":null}"^M
TIMESTAMP,Jo Bloggs,ACCOUNT,case_file,1,update,"{""team_id"":1}","{""team_id"":2}"^M
$ caseaudit --mode csv -c "sql 'SELECT count(*) AS answers FROM answer'" -c "sql 'SELECT tbl, count(*) AS n FROM history WHERE tbl IN (\"audit\", \"answer\") GROUP BY tbl'" hist.db
answers^M
3^M
tbl,n^M
audit,1^M
$ # Excel's "CSV (Macintosh)" ends lines with CR alone: bad rows are named by their line all the same.
$ printf 'id,team\rM1,T\rM2,Nowhere\r\rM3,Elsewhere\r' > mac.csv; caseaudit -c "import cases mac.csv" hist.db
! mac.csv:3: unknown team 'Nowhere'; 'team list' shows the teams (or import with --create-missing to create it)
! mac.csv:5: unknown team 'Elsewhere'; 'team list' shows the teams (or import with --create-missing to create it)
! error: mac.csv: 2 of 3 rows are wrong; nothing was imported
? 1
