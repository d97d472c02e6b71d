# CONTRACT.md, the worker targets: SUP-REGULAR and SUP-AGREEMENT count
# social workers and AQWs in post, SUP-TRAINED team managers and heads of
# service (not senior managers, IROs, QA officers or partners); in post in
# a month: started on or before its last day, not left before its first
# day, no start date meaning always; --team counts that team's workers.
$ caseaudit -c "team add T" -c "team add U" > /dev/null
$ caseaudit -c "worker add M --team T --role team-manager --trained 2016-05-01" -c "worker add H --team T --role head-of-service" -c "worker add SM --team T --role senior-manager --trained 2016-01-01" -c "worker add I --team T --role iro" -c "worker add Q --team T --role qa-officer" -c "worker add P --team T --role partner"
$ caseaudit -c "worker add S1 --team T --role social-worker --started 2016-01-01 --agreement 2016-09-01" -c "worker add A1 --team T --role aqw --agreement 2016-11-15" -c "worker add L1 --team T --role social-worker --started 2015-01-01 --left 2016-09-15 --agreement 2015-02-01" -c "worker add N1 --team T --role social-worker --started 2016-11-01" -c "worker add X --team U --role social-worker --agreement 2016-01-01"
$ caseaudit -c "supervision add S1 --by M --date 2016-10-10" -c "supervision add L1 --by M --date 2016-09-01"
$ caseaudit --mode csv -c "compliance --month 2016-10 --target SUP-REGULAR" -c "compliance --month 2016-10 --target SUP-AGREEMENT" -c "compliance --month 2016-10 --target SUP-TRAINED" | grep -v '^target' | cut -d, -f1-9
SUP-REGULAR,1,3,33.3,90,red,,,census
SUP-AGREEMENT,2,3,66.7,90,red,,,census
SUP-TRAINED,1,2,50.0,90,red,,,census
$ caseaudit --mode csv -c "compliance --month 2016-10 --target SUP-REGULAR --detail" | cut -d, -f1-5
worker,team,role,result,months_without^M
A1,T,aqw,not-met,2016-10^M
S1,T,social-worker,met,^M
X,U,social-worker,not-met,2016-10^M
$ caseaudit --mode csv -c "compliance --month 2016-10 --target SUP-TRAINED --detail" | cut -d, -f1-4
worker,team,role,result
H,T,head-of-service,not-met
M,T,team-manager,met
$ # --team: that team's workers only.
$ caseaudit --mode csv -c "compliance --month 2016-10 --target SUP-AGREEMENT --team U" -c "compliance --month 2016-10 --target SUP-AGREEMENT --team T" | grep -v '^target' | cut -d, -f1-4
SUP-AGREEMENT,1,1,100.0
SUP-AGREEMENT,1,2,50.0
$ # A worker who left mid-September was in post in September: counted there.
$ caseaudit --mode csv -c "compliance --month 2016-09 --target SUP-REGULAR --detail" | cut -d, -f1-5
worker,team,role,result,months_without^M
A1,T,aqw,not-met,2016-09^M
L1,T,social-worker,met,^M
S1,T,social-worker,not-met,2016-09^M
X,U,social-worker,not-met,2016-09^M
