# CONTRACT.md, audit add and who may audit: the new ID alone on a line
# (json: {"id": N}); a submitted audit cannot change; a submitted
# dip-sample audit needs a grade, themed, multi-agency and imported ones
# do not; the same case, date and auditor is refused, naming the audit,
# whichever command records it; a manager, an iro or a qa-officer audits,
# a partner only in a multi-agency audit, never a social worker, an AQW or
# the worker allocated to the case on the audit's date.
$ caseaudit -c "team add T" -c "worker add M --team T --role team-manager" -c "worker add HS --team T --role head-of-service" -c "worker add SD --team T --role senior-manager" -c "worker add I --team T --role iro" -c "worker add Q --team T --role qa-officer" -c "worker add P --team T --role partner" -c "worker add S --team T --role social-worker" -c "worker add A --team T --role aqw" -c "case add C1 --team T --worker HS" > /dev/null
$ caseaudit -c "audit add C1 --date 2016-10-01 --auditor M --grade good --submit CHRON=met"
1
$ caseaudit --mode csv -c "audit add C1 --date 2016-10-02 --auditor M CHRON=met"
2
$ caseaudit --mode json -c "audit add C1 --date 2016-10-03 --auditor M --type themed --submit CHRON=met"
{"id": 3}
$ caseaudit -c "audit answer 1 CHRON not-met" -c "audit grade 1 inadequate" -c "audit submit 1" -c "audit answer 3 PLAN met"
! error: audit 1 is submitted and cannot be changed
! error: audit 1 is submitted and cannot be changed
! error: audit 1 is submitted and cannot be changed
! error: audit 3 is submitted and cannot be changed
? 1
$ caseaudit -c "audit submit 2"
! error: audit 2 has no grade; give one with 'audit grade 2 GRADE' before submitting (a dip-sample audit is graded)
? 1
$ caseaudit -c "audit grade 2 requires-improvement" -c "audit submit 2" -c "audit add C1 --date 2016-10-04 --auditor P --type multi-agency --submit CHRON=met"
audit 2 submitted; not answered, so not counted: ANALYSIS, PLAN, VOICE, DECISIONS, SUPERVISION
4
$ printf 'case,date,auditor,type,grade,submitted,CHRON\nC1,05/10/2016,M,dip-sample,,yes,met\n' > past.csv
$ caseaudit -c "import audits past.csv" > /dev/null
$ caseaudit --mode csv -c "sql SELECT id, type, grade, submitted_at IS NOT NULL AS submitted FROM audit ORDER BY id"
id,type,grade,submitted^M
1,dip-sample,good,1^M
2,dip-sample,requires-improvement,1^M
3,themed,,1^M
4,multi-agency,,1^M
5,dip-sample,,1^M
$ # The same case, date and auditor: refused by every command, naming the audit.
$ caseaudit -c "audit add C1 --date 2016-10-01 --auditor M --grade good CHRON=met"
! error: case C1 was already audited on 2016-10-01 by M (audit 1); an audit is recorded once
? 1
$ printf 'audit start C1 --date 2016-10-05 --auditor M\n' | caseaudit
! error: line 1: case C1 was already audited on 2016-10-05 by M (audit 5); an audit is recorded once
? 1
$ printf 'case,date,auditor,type,grade,submitted,CHRON\nC1,2016-10-02,M,dip-sample,good,yes,met\n' > again.csv
$ caseaudit -c "import audits again.csv"
! again.csv:2: case C1 was already audited on 2016-10-02 by M (audit 2); an audit is imported once
! error: again.csv: 1 of 1 row is wrong; nothing was imported
? 1
$ # Who may audit.
$ caseaudit -c "audit add C1 --date 2016-10-06 --auditor SD CHRON=met" -c "audit add C1 --date 2016-10-06 --auditor I CHRON=met" -c "audit add C1 --date 2016-10-06 --auditor Q CHRON=met"
6
7
8
$ caseaudit -c "audit add C1 --date 2016-10-07 --auditor P CHRON=met"
! error: P is a partner and may not audit case C1; a partner audits only in a multi-agency audit
? 1
$ caseaudit -c "audit add C1 --date 2016-10-07 --auditor S CHRON=met" -c "audit add C1 --date 2016-10-07 --auditor A CHRON=met" -c "audit add C1 --date 2016-10-07 --auditor HS CHRON=met" 2>&1 | cut -d' ' -f1-6
error: S is a social-worker and
error: A is an aqw and
error: HS is the worker allocated
