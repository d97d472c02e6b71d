# The contract's roles and who may audit (CONTRACT "Values: ROLE" and
# "Who may audit"): a manager, an iro or a qa-officer; a partner only in a
# multi-agency audit; never a social worker or AQW, never the worker
# allocated to the case on the audit's date. Every path that records an
# audit asks the one rule (domain_may_audit): audit add, audit start, import.
$ caseaudit -c "team add 'Assessment Team 1'" -c "team add 'Children in Care'" -c "worker add 'Jane Smith' --team 'Assessment Team 1' --role social-worker" -c "worker add 'Alan Quinn' --team 'Assessment Team 1' --role aqw" -c "worker add 'Ann Boss' --team 'Assessment Team 1' --role team-manager" -c "worker add 'Helen Ward' --team 'Assessment Team 1' --role head-of-service" -c "worker add 'Sue Director' --team 'Assessment Team 1' --role senior-manager" -c "worker add 'Ira Reviewer' --team 'Children in Care' --role iro" -c "worker add 'Quinn Officer' --team 'Assessment Team 1' --role qa-officer" -c "worker add 'Pat Police' --team 'Assessment Team 1' --role partner"
$ caseaudit -c "case add C1 --team 'Assessment Team 1' --worker 'Jane Smith' --opened 2016-01-04" -c "case add C2 --team 'Assessment Team 1' --worker 'Ann Boss' --opened 2016-01-04"
$ caseaudit --mode csv -c "worker list" | cut -d, -f1,3
name,role
Alan Quinn,aqw
Ann Boss,team-manager
Helen Ward,head-of-service
Ira Reviewer,iro
Jane Smith,social-worker
Pat Police,partner
Quinn Officer,qa-officer
Sue Director,senior-manager
$ caseaudit -c "worker add 'Bob Chief' --team 'Assessment Team 1' --role director"
! error: --role 'director' is not known; expected one of: social-worker, aqw, team-manager, head-of-service, senior-manager, iro, qa-officer, partner
? 1
$ # Never a social worker or AQW; a partner only in a multi-agency audit.
$ caseaudit -c "audit add C2 --date 2016-11-01 --auditor 'Alan Quinn' CHRON=met"
! error: Alan Quinn is an aqw and may not audit case C2; audits are done by a manager (team-manager, head-of-service, senior-manager), an iro or a qa-officer, and by a partner in a multi-agency audit
? 1
$ caseaudit -c "audit add C2 --date 2016-11-01 --auditor 'Jane Smith' CHRON=met"
! error: Jane Smith is a social-worker and may not audit case C2; audits are done by a manager (team-manager, head-of-service, senior-manager), an iro or a qa-officer, and by a partner in a multi-agency audit
? 1
$ caseaudit -c "audit add C2 --date 2016-11-01 --auditor 'Pat Police' CHRON=met"
! error: Pat Police is a partner and may not audit case C2; a partner audits only in a multi-agency audit
? 1
$ # A social worker auditing their own case is refused; so is a manager
$ # allocated the case (on the audit's date).
$ caseaudit -c "audit add C1 --date 2016-11-01 --auditor 'Jane Smith' --grade good --submit CHRON=met"
! error: Jane Smith is the worker allocated to case C1 on 2016-11-01 and may not audit it; a worker never audits their own case: ask a manager, an iro or a qa-officer
? 1
$ caseaudit -c "audit add C2 --date 2016-11-01 --auditor 'Ann Boss' CHRON=met"
! error: Ann Boss is the worker allocated to case C2 on 2016-11-01 and may not audit it; a worker never audits their own case: ask a manager, an iro or a qa-officer
? 1
$ # audit start asks the same rule before the first question.
$ printf 'm\n' | caseaudit -c "audit start C1 --auditor 'Jane Smith'"
! error: Jane Smith is the worker allocated to case C1 on 2016-11-30 and may not audit it; a worker never audits their own case: ask a manager, an iro or a qa-officer
? 1
$ # An IRO, a QA officer, a head of service and a senior manager may; a
$ # partner in a multi-agency audit.
$ caseaudit -c "audit add C1 --date 2016-11-01 --auditor 'Ira Reviewer' --type themed --submit CHRON=met" -c "audit add C1 --date 2016-11-01 --auditor 'Quinn Officer' --type themed --submit CHRON=met" -c "audit add C1 --date 2016-11-01 --auditor 'Helen Ward' --grade good --submit CHRON=met" -c "audit add C1 --date 2016-11-01 --auditor 'Sue Director' --grade good --submit CHRON=met"
1
2
3
4
$ caseaudit --mode json -c "audit add C1 --date 2016-11-02 --auditor 'Pat Police' --type multi-agency --submit CHRON=met"
{"id": 5}
$ caseaudit --mode csv -c "audit list"
id,date,case,team,auditor,grade,status,moderated,theme^M
1,2016-11-01,C1,Assessment Team 1,Ira Reviewer,,submitted,,^M
2,2016-11-01,C1,Assessment Team 1,Quinn Officer,,submitted,,^M
3,2016-11-01,C1,Assessment Team 1,Helen Ward,good,submitted,,^M
4,2016-11-01,C1,Assessment Team 1,Sue Director,good,submitted,,^M
5,2016-11-02,C1,Assessment Team 1,Pat Police,,submitted,,^M
$ # Past audits from a file: the same rule, per row.
$ printf 'case,date,auditor,type,grade,submitted,CHRON\nC2,2016-10-03,Jane Smith,,good,yes,met\nC2,2016-10-04,Ira Reviewer,themed,,yes,met\n' > past.csv
$ caseaudit -c "import audits past.csv"
! past.csv:2: Jane Smith is a social-worker and may not audit case C2; audits are done by a manager (team-manager, head-of-service, senior-manager), an iro or a qa-officer, and by a partner in a multi-agency audit
! error: past.csv: 1 of 2 rows is wrong; nothing was imported
? 1
$ # Sample draws are management audits: the auditor is a manager, a
$ # senior manager included; an IRO is not.
$ caseaudit -c "sample draw --team 'Assessment Team 1' --size 1 --auditor 'Ira Reviewer' --due 2016-12-20 --seed 1"
! error: the auditor 'Ira Reviewer' is an iro; management audits are done by a team-manager, head-of-service or senior-manager
? 1
$ caseaudit --mode csv -c "sample draw --team 'Assessment Team 1' --size 1 --auditor 'Sue Director' --due 2016-12-20 --seed 1" | cut -d, -f1-4
sample,seed,position,case
1,1,1,C2
$ # Supervision is given by a manager: a senior manager supervises the
$ # heads of service below them; an IRO does not supervise.
$ caseaudit -c "supervision add 'Helen Ward' --by 'Sue Director' --date 2016-11-01"
$ caseaudit -c "supervision add 'Jane Smith' --by 'Ira Reviewer' --date 2016-11-01"
! error: 'Ira Reviewer' is not a manager (role iro); supervision is by a team-manager, head-of-service or senior-manager
? 1
