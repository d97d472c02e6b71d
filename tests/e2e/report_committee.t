# report html for a committee: what it covers, the headline by status and
# evidence, the protective marking, no names unless --names, the funnel
# choice, and no cap on teams (300 teams, every one in the by-team table).
$ caseaudit -c "team add 'North Team'" -c "team add 'South Team'" -c "worker add 'Mo Khan' --team 'North Team' --role team-manager" -c "worker add 'Ann Lee' --team 'North Team' --role social-worker" -c "worker add 'Sue Park' --team 'South Team' --role team-manager"
$ caseaudit -c "case add N1 --team 'North Team' --worker 'Ann Lee' --status cin" -c "case add S1 --team 'South Team' --status cin"
$ caseaudit -c "audit add N1 --date 2016-08-02 --auditor 'Mo Khan' --grade good --submit CHRON=met PLAN=not-met" -c "audit add S1 --date 2016-09-02 --auditor 'Sue Park' --type themed --grade good --submit CHRON=met" -c "audit add N1 --date 2016-05-02 --auditor 'Mo Khan' --grade good --submit CHRON=not-met"
1
2
3
$ caseaudit -c "action add 1 'Rewrite the plan' --owner 'Ann Lee' --due 2016-08-20"
1
$ caseaudit -c "report html q3.html --quarter 2016-Q3" | sed -E "s/[0-9a-f]{64}/HASH/"
wrote q3.html: 19 targets, 2016-Q3
history: 56 entries, head sha256 HASH
$ grep -o '<p class="subtitle" id="period-words">[^<]*' q3.html
<p class="subtitle" id="period-words">July to September 2016 &middot; all teams
$ grep -o '<dd id="period">[^<]*' q3.html
<dd id="period">1 July 2016 to 30 September 2016: calendar quarter 3 of 2016, 2016-Q3
$ grep -o '<dd id="previous">[^<]*' q3.html
<dd id="previous">April to June 2016 (1 April 2016 to 30 June 2016), the period of the same length before
$ grep -o '<dd id="coverage">.*</dd>' q3.html | sed 's/<[^>]*>//g'
2 submitted audits of 2 case files in 2 teams
$ grep -o '<dd id="types">[^<]*' q3.html
<dd id="types">every type counted: dip-sample 1, themed 1, multi-agency 0 (themed and multi-agency files are chosen, not drawn at random: their intervals are a guide only)
$ grep -o '<dd id="author">[^<]*' q3.html
<dd id="author">tester
$ grep -o '<p id="headline">[^<]*' q3.html
<p id="headline">Of 19 targets: 1 met, not yet shown; 1 below target, with evidence; 3 census figures (0 met, 3 below); 14 no data.
$ grep -o '<tr data-headline="[a-z-]*"><td class="num count">[0-9]*' q3.html | sed 's/<tr //; s/><td class="num count">/ /'
data-headline="met-shown" 0
data-headline="met" 1
data-headline="below" 0
data-headline="below-shown" 1
data-headline="census" 3
data-headline="no-data" 14
$ grep -c '<p class="marking">OFFICIAL-SENSITIVE</p>' q3.html
2
$ caseaudit --user 'Jo Bloggs, Head of Service' -c "report html o.html --quarter 2016-Q3 --marking 'OFFICIAL'" | sed -E "s/[0-9a-f]{64}/HASH/" && grep -c '<p class="marking">OFFICIAL</p>' o.html && grep -o '<dd id="author">[^<]*' o.html
wrote o.html: 19 targets, 2016-Q3
history: 56 entries, head sha256 HASH
2
<dd id="author">Jo Bloggs, Head of Service
$ caseaudit -c "report html o.html --marking '  '"
! error: --marking '  ' is not a marking; give the protective marking's words, e.g. --marking OFFICIAL, at most 200 characters
? 1
$ grep -c "Ann Lee\|Mo Khan\|Sue Park\|>N1<\|>S1<" q3.html
0
? 1
$ grep -o '<p id="as-at">As at <b>[^<]*' q3.html
<p id="as-at">As at <b>30 November 2016
$ grep -o '<tr data-overdue-team><th scope="row">[^<]*</th><td class="num">[0-9]*</td><td class="num">[0-9]*</td><td class="num">[0-9]*</td>' q3.html | sed 's/<[^>]*>/ /g; s/  */ /g'
 North Team 0 0 1 
$ caseaudit -c "report html n.html --quarter 2016-Q3 --names" | sed -E "s/[0-9a-f]{64}/HASH/"
wrote n.html: 19 targets, 2016-Q3, with names
history: 56 entries, head sha256 HASH
$ grep -c 'id="names-marking"' n.html; grep -o '<td>N1</td><td>North Team</td><td>Ann Lee</td><td>2016-08-20</td><td class="num">102</td>' n.html
1
<td>N1</td><td>North Team</td><td>Ann Lee</td><td>2016-08-20</td><td class="num">102</td>
$ caseaudit -c "report html f.html --quarter 2016-Q3 --funnel CHRON" | sed -E "s/[0-9a-f]{64}/HASH/" && grep -o 'data-funnel="[A-Z-]*"' f.html
wrote f.html: 19 targets, 2016-Q3
history: 56 entries, head sha256 HASH
data-funnel="CHRON"
$ caseaudit -c "report html f.html --funnel CHRON,NOPE"
! error: --funnel 'CHRON,NOPE': 'NOPE' is not a target; give all, or target codes separated by commas ('target list' shows them)
? 1
$ caseaudit -c "report html fy.html --quarter 2016/17-Q3" | sed -E "s/[0-9a-f]{64}/HASH/" && grep -o '<dd id="period">.*</dd>' fy.html | sed 's/<[^>]*>//g'
wrote fy.html: 19 targets, 2016/17-Q3
history: 56 entries, head sha256 HASH
1 October 2016 to 31 December 2016: quarter 3 of the financial year 2016/17 (April to March), 2016/17-Q3; not yet ended: the figures so far, as at 30 November 2016
$ caseaudit -c "report html fy.html --year 2016/17" | sed -E "s/[0-9a-f]{64}/HASH/" && grep -o '<dd id="previous">[^<]*' fy.html
wrote fy.html: 19 targets, 2016/17
history: 56 entries, head sha256 HASH
<dd id="previous">April 2015 to March 2016 (1 April 2015 to 31 March 2016), the period of the same length before
$ caseaudit -c "report html all.html" | sed -E "s/[0-9a-f]{64}/HASH/" && grep -o '<dd id="previous">[^<]*' all.html
wrote all.html: 19 targets, all time
history: 56 entries, head sha256 HASH
<dd id="previous">nothing: an all-time report has no previous period
$ for i in $(seq 1 300); do printf "team add 'Team %03d'\n" $i; done > teams.caseaudit && caseaudit -f teams.caseaudit
$ caseaudit -c "report html t.html --quarter 2016-Q3" | sed -E "s/[0-9a-f]{64}/HASH/" && grep -o '<tr data-team="Team [0-9]*">' t.html | sort -u | wc -l
wrote t.html: 19 targets, 2016-Q3
history: 356 entries, head sha256 HASH
300
$ grep -o '<p id="team-count">[0-9]* teams' t.html
<p id="team-count">302 teams
$ for m in 01 02 03 04 05 06 07; do echo "audit add S1 --date 2015-$((m+5))-05 --auditor 'Sue Park' --grade good --submit CHRON=not-met"; done | sed 's/2015-\([0-9]\)-/2015-0\1-/' > spc.caseaudit && for m in 04 05 06 07 08 09 10; do echo "audit add S1 --date 2016-$m-06 --auditor 'Sue Park' --grade good --submit CHRON=met"; done >> spc.caseaudit && caseaudit -f spc.caseaudit | wc -l
14
$ caseaudit -c "report html s.html --from 2016-10-01 --to 2016-10-31 --team 'South Team'" | sed -E "s/[0-9a-f]{64}/HASH/" && grep -o '<figure data-target="CHRON" data-chart="[a-z-]*" data-points="[0-9]*">' s.html
wrote s.html: 19 targets, 2016-10-01 to 2016-10-31, team South Team
history: 370 entries, head sha256 HASH
<figure data-target="CHRON" data-chart="p-chart" data-points="14">
$ grep -o '<figure data-target="CHRON".*</figure>' s.html | grep -o 'special cause: improvement\|hit and miss against the target\|data-month="2016-10"><path'
data-month="2016-10"><path
special cause: improvement
hit and miss against the target
