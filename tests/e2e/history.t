# history: every recorded change, who made it and what changed. Times are
# real (UTC), so they are replaced by TIMESTAMP here.
$ caseaudit --user "Sam Jones" > /dev/null <<'EOF'
> team add "Assessment Team 1" --service "Children in Need"
> worker add "Mary Shah" --team "Assessment Team 1" --role team-manager
> case add C1001 --team "Assessment Team 1" --status cin --opened 2016-01-04
> EOF
$ caseaudit -c "audit add C1001 --date 2016-11-02 --auditor 'Mary Shah' CHRON=met" -c "audit grade 1 good" -c "audit answer 1 CHRON not-met --note 'out of date'"
1
$ # who: the --user name; account: the operating-system account that ran
$ # caseaudit (the test's own, written ACCOUNT here).
$ caseaudit -c "history --table team" | head -n 1 | tr -s ' '
when who account table row operation old new
$ caseaudit -c "history --table team" | sed -E 's/[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]*Z?…?/TIMESTAMP/' | sed -n 3p | grep -c "^TIMESTAMP  Sam Jones  $(id -un) *team   1    insert "
1
$ caseaudit --mode csv -c "history --table audit" | sed -E -e 's/[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]{12}Z/TIMESTAMP/' -e "s/^(TIMESTAMP,[^,]*),$(id -un),/\1,ACCOUNT,/"
when,who,account,table,row,operation,old,new^M
TIMESTAMP,tester,ACCOUNT,audit,1,insert,,"{""id"":1,""case_id"":1,""team_id"":1,""auditor_id"":1,""date"":""2016-11-02"",""type"":""dip-sample"",""grade"":null,""submitted_at"":null,""submitted_by"":null,""answers"":{""CHRON"":""met""},""notes"":{}}"^M
TIMESTAMP,tester,ACCOUNT,audit,1,update,"{""grade"":null}","{""grade"":""good""}"^M
$ # An audit is recorded with the answers it was given, as one change; an
$ # answer's history begins there and goes on under table answer.
$ caseaudit --mode json -c "history --table answer --id 1/CHRON" | sed -E -e 's/[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]{12}Z/TIMESTAMP/' -e "s/\"account\": \"$(id -un)\"/\"account\": \"ACCOUNT\"/"
[
 {"when": "TIMESTAMP", "who": "tester", "account": "ACCOUNT", "table": "audit", "row": "1", "operation": "insert", "old": null, "new": "{\"id\":1,\"case_id\":1,\"team_id\":1,\"auditor_id\":1,\"date\":\"2016-11-02\",\"type\":\"dip-sample\",\"grade\":null,\"submitted_at\":null,\"submitted_by\":null,\"answers\":{\"CHRON\":\"met\"},\"notes\":{}}"},
 {"when": "TIMESTAMP", "who": "tester", "account": "ACCOUNT", "table": "answer", "row": "1/CHRON", "operation": "update", "old": "{\"result\":\"met\",\"note\":null}", "new": "{\"result\":\"not-met\",\"note\":\"out of date\"}"}
]
$ caseaudit --mode json -c "history" | python3 -c 'import json,sys; rows=[r for r in json.load(sys.stdin) if not r["table"].startswith(("standard", "target", "setting"))]; print(len(rows), sorted({r["who"] for r in rows}), [r["operation"] for r in rows].count("update"))'
6 ['Sam Jones', 'tester'] 2
$ # "case" names the case_file table; --id is the row as the row column shows it.
$ caseaudit --mode csv -c "history --table case --id 1" | cut -d, -f2,4-6
who,table,row,operation
Sam Jones,case_file,1,insert
$ caseaudit --mode csv -c "history --id 1" | cut -d, -f4 | sort | uniq -c | sed 's/^ *//'
2 audit
1 case_file
1 table
1 team
1 worker
$ caseaudit --mode csv -c "history --table audit --id 2"
when,who,account,table,row,operation,old,new^M
$ [ "$(caseaudit --mode csv -c 'history --from 2000-01-01 --to 2999-12-31')" = "$(caseaudit --mode csv -c history)" ] && echo same
same
$ caseaudit --mode csv -c "history --to 2000-01-01"
when,who,account,table,row,operation,old,new^M
$ caseaudit --mode csv -c "history --from 2999-01-01"
when,who,account,table,row,operation,old,new^M
$ # A failed command changes nothing, so it records nothing.
$ caseaudit --mode csv -c history > before.csv
$ caseaudit -c "audit answer 1 IHA met"
! error: standard IHA applies only to cases with status cic and case C1001 has status cin, no flags; answer IHA=na
? 1
$ caseaudit --mode csv -c history | cmp - before.csv && echo unchanged
unchanged
$ caseaudit -c "history --table audits"
! error: unknown table 'audits'; expected one of: action, action_check, action_evidence, answer, audit, audit_theme, case_episode, case_file, case_flag, chronology, feedback, moderation, reaudit, reaudit_rule, sample, sample_theme, scheduled_audit, scheduled_withdrawal, setting, standard, standard_flag, standard_status, supervision, supervision_case, target, target_threshold, team, theme, theme_standard, worker
? 1
$ caseaudit -c "history --id ''"
! error: --id is empty; give the row as the history's row column shows it
? 1
$ caseaudit -c "history --from 2016-02-30"
! error: --from '2016-02-30' is not a real date; expected YYYY-MM-DD
? 1
$ caseaudit -c "history --to never"
! error: --to 'never' is not a real date; expected YYYY-MM-DD
? 1
$ caseaudit -c "history --from 2016-03-01 --to 2016-02-01"
! error: --from 2016-03-01 is after --to 2016-02-01
? 1
$ caseaudit -c "history --user tester"
! error: unknown option --user for 'history'; it takes: --table, --id, --from, --to
? 1
$ caseaudit -c "history audit"
! error: history: unexpected argument 'audit'; usage: history [--table TABLE] [--id ID] [--from DATE] [--to DATE]
? 1
