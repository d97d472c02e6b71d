# report html: writes one self-contained file; bad input changes nothing.
$ caseaudit -c "team add 'North Team'" -c "worker add 'Mo Khan' --team 'North Team' --role team-manager" -c "case add N1 --team 'North Team' --status cin"
$ caseaudit -c "audit add N1 --date 2016-08-02 --auditor 'Mo Khan' --grade good --submit CHRON=met PLAN=not-met" 
1
$ caseaudit -c "report html q3.html --quarter 2016-Q3" | sed -E 's/[0-9a-f]{64}/HASH/'
wrote q3.html: 19 targets, 2016-Q3
history: 49 entries, head sha256 HASH
$ # The paper carries the same head in its footer, to check the database against later.
$ grep -c "<p id=\"chain-head\">history: 49 entries, head sha256 $(caseaudit -c 'history verify' | sed -n 's/.*sha256 //p')" q3.html
1
$ grep -c '<tr data-target=' q3.html; grep -o '<tr data-target="CHRON">.*</tr>' q3.html | grep -o 'data-field="percent">[^<]*' 
19
data-field="percent">100.0
$ grep -ci '<script' q3.html
0
? 1
$ stat -c %a q3.html
600
$ caseaudit -c "report html n.html --team 'North Team' --month 2016-08" | sed -E "s/[0-9a-f]{64}/HASH/" && grep -o 'team <b id="team">North Team</b>' n.html
wrote n.html: 19 targets, 2016-08, team North Team
history: 49 entries, head sha256 HASH
team <b id="team">North Team</b>
$ caseaudit --mode json -c "report html all.html" | sed -E "s/[0-9a-f]{64}/HASH/" && test -s all.html
$ caseaudit -c "report html x.html --team Nowhere"
! error: unknown team 'Nowhere'; 'team list' shows the teams
? 1
$ caseaudit -c "report html x.html --quarter 2016-Q5"; test -e x.html
! error: --quarter '2016-Q5' is not a quarter; expected YYYY-QN with N from 1 to 4, e.g. 2016-Q3 for July to September, or a financial year's YYYY/YY-QN, e.g. 2016/17-Q3 for October to December 2016
? 1
$ caseaudit -c "report html /nonexistent/dir/r.html"
! error: cannot write /nonexistent/dir/r.html: No such file or directory
? 1
$ caseaudit -c "report html"
! error: report html: missing argument; usage: report html FILE [--from DATE --to DATE | --month YYYY-MM | --quarter YYYY-QN | --quarter YYYY/YY-QN | --year YYYY[/YY]] [--team TEAM] [--marking TEXT] [--names] [--funnel all|CODE,...]
? 1
