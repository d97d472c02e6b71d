# import audits with a theme column (optional): a row naming an existing
# theme (any case) imports a themed audit of it, its answers of the
# theme's standards only; a bad row (an unknown theme, another type, an
# answer outside the theme) is reported by its line and nothing is
# imported. The audit_theme rows get their history entries, sealed in the
# chain, so history verify stays clean after the bulk import.
$ cat > setup.cmds <<'END'
> team add Alpha
> worker add 'Wyn Jones' --team Alpha --role social-worker
> worker add 'Ann Boss' --team Alpha --role team-manager
> case add C1 --team Alpha --worker 'Wyn Jones' --status cp --flag cse --opened 2016-01-01
> case add C2 --team Alpha --worker 'Wyn Jones' --status cin --opened 2016-01-01
> theme add 'CSE "2016"' CSE-IDENTIFIED CSE-PLAN
> END
$ caseaudit -f setup.cmds > /dev/null 2>&1
$ # Bad rows: each named by its line, nothing imported.
$ printf 'case,date,auditor,type,theme,submitted,CHRON,CSE-IDENTIFIED,CSE-PLAN\nC1,2016-08-01,Ann Boss,,No Such Theme,yes,,met,met\nC1,2016-08-02,Ann Boss,dip-sample,"cse ""2016""",yes,,met,met\nC1,2016-08-03,Ann Boss,,"CSE ""2016""",yes,met,met,met\nC2,2016-08-04,Ann Boss,,,yes,met,,\n' > bad.csv
$ caseaudit -c "import audits bad.csv"
! bad.csv:2: unknown theme 'No Such Theme'; name one of 'theme list' (or leave theme blank for an audit of no theme)
! bad.csv:3: the theme 'CSE "2016"' makes it a themed audit, but its type is dip-sample; leave the type blank or write themed
! bad.csv:4: standard CHRON is not in theme 'CSE "2016"' (CSE-IDENTIFIED, CSE-PLAN); a themed audit answers only its theme's standards
! error: bad.csv: 3 of 4 rows are wrong; nothing was imported
? 1
$ caseaudit --mode csv -c "sql SELECT (SELECT count(*) FROM audit) AS audits, (SELECT count(*) FROM audit_theme) AS themed"
audits,themed^M
0,0^M
$ # Good rows: themed (type blank or themed, no grade needed) and not.
$ printf 'case,date,auditor,type,theme,submitted,CHRON,CSE-IDENTIFIED,CSE-PLAN\nC1,2016-08-01,Ann Boss,,"cse ""2016""",yes,,met,not met\nC1,2016-08-02,Ann Boss,Thematic,"CSE ""2016""",no,,met,\nC2,2016-08-04,Ann Boss,,,no,met,,\n' > good.csv
$ caseaudit -c "import audits good.csv"
imported 3 audits from good.csv: 1 submitted, 2 drafts
$ caseaudit --mode csv -c "audit list"
id,date,case,team,auditor,grade,status,moderated,theme^M
1,2016-08-01,C1,Alpha,Ann Boss,,submitted,,"CSE ""2016"""^M
2,2016-08-02,C1,Alpha,Ann Boss,,draft,,"CSE ""2016"""^M
3,2016-08-04,C2,Alpha,Ann Boss,,draft,,^M
$ caseaudit --mode csv -c "sql SELECT id, type FROM audit ORDER BY id"
id,type^M
1,themed^M
2,themed^M
3,dip-sample^M
$ # The history: each audit_theme row's entry as its trigger writes it, and the chain whole.
$ caseaudit --mode csv -c "sql SELECT h.row_id, h.new, h.new = json_object('audit_id', t.audit_id, 'theme', t.theme) AS same, h.hash IS NOT NULL AS sealed FROM history h JOIN audit_theme t ON h.tbl = 'audit_theme' AND h.row_id = CAST(t.audit_id AS TEXT) ORDER BY h.id"
row_id,new,same,sealed^M
1,"{""audit_id"":1,""theme"":""CSE \""2016\""""}",1,1^M
2,"{""audit_id"":2,""theme"":""CSE \""2016\""""}",1,1^M
$ caseaudit -c "history verify" | tail -1
whole: every entry matches its hash and the one before it, and every recorded row matches its last entry
$ # The themed draft goes on with its theme (audit start asks only its standards).
$ caseaudit -c "audit answer 2 CHRON met"
! error: standard CHRON is not in theme 'CSE "2016"' (CSE-IDENTIFIED, CSE-PLAN); a themed audit answers only its theme's standards
? 1
$ caseaudit -c "audit answer 2 CSE-PLAN met" -c "audit submit 2" -c "history verify" | tail -1
whole: every entry matches its hash and the one before it, and every recorded row matches its last entry
