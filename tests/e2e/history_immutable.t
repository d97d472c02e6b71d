# The change history cannot be altered: not by any command, not by the
# `sql` command, not by UPDATE, DELETE or INSERT OR REPLACE straight on the
# file through the sqlite3 shell. Commands only ever add to it, and a change
# made outside caseaudit (which would go unrecorded) is refused.
# Limit: whoever can write the file (it is 0600: the owner) can still DROP
# the table or its triggers with the sqlite3 shell; no database can stop its
# owner from doing that.
$ caseaudit -c "team add 'Assessment Team 1'" -c "worker add 'Jo Bloggs' --team 'Assessment Team 1' --role social-worker --started 2015-01-01" -c "worker add 'Mary Manager' --team 'Assessment Team 1' --role team-manager --started 2015-01-01" -c "case add C1 --team 'Assessment Team 1' --worker 'Jo Bloggs' --opened 2016-01-04 --flag neglect" -c "chron add C1 2016-02-01 'Referral from school'" -c "audit add C1 --date 2016-11-01 --auditor 'Mary Manager' --grade good --submit CHRON=met PLAN=not-met"
1
$ # Each entry as one line, old and new values quoted, to compare before and after.
$ cat > dump.sh <<'SH'
> sqlite3 caseaudit.db "SELECT id, at, user, tbl, row_id, operation, quote(old), quote(new) FROM history ORDER BY id"
> SH
> sh dump.sh > before.txt; test "$(wc -l < before.txt)" -gt 10 && echo recorded
recorded
$ # Commands that change data only add entries: every earlier one stays as it was.
$ caseaudit -c "case set C1 --status cp --unflag neglect" -c "worker set 'Jo Bloggs' --agreement 2016-02-01" -c "case close C1 --date 2016-11-15" -c "team add 'Second Team'"
$ sh dump.sh | head -n "$(wc -l < before.txt)" | cmp - before.txt && echo earlier entries unchanged
earlier entries unchanged
$ test "$(sh dump.sh | wc -l)" -gt "$(wc -l < before.txt)" && echo more entries
more entries
$ sh dump.sh > before.txt
$ # Refused commands change nothing, the history included.
$ caseaudit -c "audit grade 1 inadequate" -c "audit answer 1 CHRON not-met" -c "audit submit 1" -c "team add 'assessment team 1'"
! error: audit 1 is submitted and cannot be changed
! error: audit 1 is submitted and cannot be changed
! error: audit 1 is submitted and cannot be changed
! error: a team called 'assessment team 1' already exists; team names are unique
? 1
$ sh dump.sh | cmp - before.txt && echo unchanged
unchanged
$ # The sql command reads only.
$ caseaudit -c "sql \"UPDATE history SET user = 'someone else'\""
! error: sql runs one read-only statement (SELECT, WITH ... SELECT, or a PRAGMA that reads); UPDATE is not allowed
? 1
$ caseaudit -c "sql \"DELETE FROM history\""
! error: sql runs one read-only statement (SELECT, WITH ... SELECT, or a PRAGMA that reads); DELETE is not allowed
? 1
$ caseaudit -c "sql \"WITH old AS (SELECT 1) DELETE FROM history WHERE id IN (SELECT * FROM old)\""
! error: sql runs one read-only statement (SELECT, WITH ... SELECT, or a PRAGMA that reads); DELETE is not allowed
? 1
$ caseaudit -c "sql \"REPLACE INTO history SELECT * FROM history WHERE id = 1\""
! error: sql runs one read-only statement (SELECT, WITH ... SELECT, or a PRAGMA that reads); INSERT is not allowed
? 1
$ caseaudit -c "sql \"DROP TABLE history\""
! error: sql runs one read-only statement (SELECT, WITH ... SELECT, or a PRAGMA that reads); changing the schema is not allowed
? 1
$ caseaudit -c "sql \"DROP TRIGGER history_no_update\""
! error: sql runs one read-only statement (SELECT, WITH ... SELECT, or a PRAGMA that reads); changing the schema is not allowed
? 1
$ caseaudit -c "sql \"PRAGMA writable_schema = 1\""
! error: sql runs one read-only statement (SELECT, WITH ... SELECT, or a PRAGMA that reads); PRAGMA writable_schema = 1 is not allowed
? 1
$ caseaudit -c "sql \"SELECT 1; DELETE FROM history\""
! error: sql runs one statement only; remove what follows the first ';'
? 1
$ caseaudit -c "sql \"COMMIT\""
! error: sql runs one read-only statement (SELECT, WITH ... SELECT, or a PRAGMA that reads); BEGIN, COMMIT or ROLLBACK is not allowed
? 1
$ caseaudit -c "sql \"ATTACH 'caseaudit.db' AS again\""
! error: sql runs one read-only statement (SELECT, WITH ... SELECT, or a PRAGMA that reads); ATTACH is not allowed
? 1
$ sh dump.sh | cmp - before.txt && echo unchanged
unchanged
$ # Straight on the file with the sqlite3 shell: UPDATE and DELETE are refused by triggers.
$ sqlite3 caseaudit.db "UPDATE history SET user = 'someone else' WHERE id = 1"
! Error: stepping, the change history cannot be altered (19)
? 19
$ sqlite3 caseaudit.db "UPDATE history SET old = NULL, new = NULL"
! Error: stepping, the change history cannot be altered (19)
? 19
$ sqlite3 caseaudit.db "DELETE FROM history WHERE tbl = 'audit'"
! Error: stepping, the change history cannot be altered (19)
? 19
$ sqlite3 caseaudit.db "DELETE FROM history"
! Error: stepping, the change history cannot be altered (19)
? 19
$ # REPLACE deletes the old row without firing delete triggers: refused before it can.
$ sqlite3 caseaudit.db "INSERT OR REPLACE INTO history(id, at, user, tbl, row_id, operation) VALUES (1, '2016-01-01', 'x', 'team', '1', 'insert')"
! Error: in prepare, no such function: caseaudit_user
? 1
$ sqlite3 caseaudit.db "REPLACE INTO history SELECT * FROM history WHERE id = 1"
! Error: in prepare, no such function: caseaudit_user
? 1
$ # Nor can entries be forged.
$ sqlite3 caseaudit.db "INSERT INTO history(at, user, tbl, row_id, operation) VALUES ('2016-01-01', 'x', 'audit', '9', 'delete')"
! Error: in prepare, no such function: caseaudit_user
? 1
$ # A change to the data outside caseaudit would go unrecorded: refused too.
$ sqlite3 caseaudit.db "UPDATE audit SET grade = 'outstanding'"
! Error: in prepare, no such function: caseaudit_row_history
? 1
$ sqlite3 caseaudit.db "DELETE FROM case_file"
! Error: in prepare, no such function: caseaudit_now
? 1
$ sh dump.sh | cmp - before.txt && echo unchanged
unchanged
$ sqlite3 caseaudit.db "PRAGMA integrity_check"
ok
$ # The history command shows the same entries.
$ test "$(caseaudit --mode csv -c "history" | tail -n +2 | wc -l)" = "$(wc -l < before.txt)" && echo the same number
the same number
