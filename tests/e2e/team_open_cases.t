# team list reads each team's open cases from a count the case files'
# triggers keep (migrations/0016): opening, closing and moving a case file
# keep it equal to counting the case files.
$ caseaudit > /dev/null <<'EOF'
> team add "Assessment Team 1"
> team add "Children in Care"
> case add C1 --team "Assessment Team 1"
> case add C2 --team "Assessment Team 1"
> case add C3 --team "Assessment Team 1"
> case add C4 --team "Children in Care"
> case close C2 --date 2016-11-01
> case set C3 --team "Children in Care"
> EOF
$ caseaudit --mode csv -c "team list"
team,service,workers,open_cases^M
Assessment Team 1,,0,1^M
Children in Care,,0,2^M
$ caseaudit --mode csv -c "sql 'SELECT t.name, count(c.id) AS open FROM team t LEFT JOIN case_file c ON c.team_id = t.id AND c.closed IS NULL GROUP BY t.id ORDER BY t.name'"
name,open^M
Assessment Team 1,1^M
Children in Care,2^M
$ caseaudit -c "team add 'Empty Team'" -c "team list"
team               service  workers  open_cases
-----------------  -------  -------  ----------
Assessment Team 1                 0           1
Children in Care                  0           2
Empty Team                        0           0
