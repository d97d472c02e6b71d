# An audit's history row is written in C (import audits and audit add):
# its new value must be exactly what json_object() makes of the row, its
# hash must chain (history verify), whoever records (a name with quotes,
# a backslash and an accent is quoted as SQLite quotes it).
$ caseaudit -c "team add 'Team A'" -c "worker add 'Sam Worker' --team 'Team A' --role social-worker" -c "worker add 'Mo Manager' --team 'Team A' --role team-manager" -c "case add C1 --team 'Team A' --worker 'Sam Worker' --flag cse" -c "case add C2 --team 'Team A' --status cic --flag missing"
$ printf 'case,date,auditor,type,grade,submitted,CHRON,CSE-PLAN,MISSING-RISK\nC1,2016-10-03,Mo Manager,dip-sample,good,yes,Met,Not met,N/A\nC2,04/10/2016,mo manager,themed,,no,N/A,,Met\nC2,2016-10-05,Mo Manager,Thematic,,Submitted,Not met,N/A,Met\n' > audits.csv
$ caseaudit --user 'Zoë "Z" O'"'"'Brien \ QA' -c "import audits audits.csv"
imported 3 audits from audits.csv: 2 submitted, 1 draft
$ caseaudit -c "audit add C1 --date 2016-11-01 --auditor 'Mo Manager' --grade inadequate --submit CHRON=not-met CSE-PLAN=met" -c "audit add C2 --date 2016-11-02 --auditor 'Mo Manager' CHRON=met"
4
5
$ caseaudit -c "history verify" | tail -1
whole: every entry matches its hash and the one before it, and every recorded row matches its last entry
$ # Each audit's insert against json_object() of its row (answers in the order written).
$ caseaudit --mode csv -c "sql SELECT h.row_id, h.user, h.new = json_object('id', a.id, 'case_id', a.case_id, 'team_id', a.team_id, 'auditor_id', a.auditor_id, 'date', a.date, 'type', a.type, 'grade', a.grade, 'submitted_at', a.submitted_at, 'submitted_by', a.submitted_by, 'answers', json(json_extract(h.new, '\$.answers')), 'notes', json(json_extract(h.new, '\$.notes'))) AS same, h.at >= a.submitted_at AS sealed_after, json_extract(h.new, '\$.answers') AS answers, json_extract(h.new, '\$.notes') AS notes FROM history h JOIN audit a ON h.tbl = 'audit' AND h.operation = 'insert' AND h.row_id = CAST(a.id AS TEXT) ORDER BY a.id"
row_id,user,same,sealed_after,answers,notes^M
1,"Zoë ""Z"" O'Brien \ QA",1,1,"{""CHRON"":""met"",""CSE-PLAN"":""not-met"",""MISSING-RISK"":""na""}",{}^M
2,"Zoë ""Z"" O'Brien \ QA",1,,"{""CHRON"":""na"",""MISSING-RISK"":""met""}",{}^M
3,"Zoë ""Z"" O'Brien \ QA",1,1,"{""CHRON"":""not-met"",""CSE-PLAN"":""na"",""MISSING-RISK"":""met""}",{}^M
4,tester,1,1,"{""CHRON"":""not-met"",""CSE-PLAN"":""met""}",{}^M
5,tester,1,,"{""CHRON"":""met""}",{}^M
$ # An entry changed afterwards by another program is still found.
$ sqlite3 caseaudit.db "DROP TRIGGER history_no_update; UPDATE history SET new = replace(new, 'not-met', 'met') WHERE tbl = 'audit' AND row_id = '3'"
$ caseaudit -c "history verify" > /dev/null
! error: the history is not whole: 2 problems found; it was changed by something other than caseaudit
? 1
