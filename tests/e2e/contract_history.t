# CONTRACT.md, `history` and `history verify`: who (the --user name and the
# operating-system account) for every recorded change, those of a new
# database's built-in standards and targets included; verify exits 0 when
# the chain is whole and 1 otherwise, naming the entry by its position.
$ caseaudit --user 'Sam Jones' -c "team add 'Assessment 1'"
$ # Every entry, from the very first (the database's creation), names the account.
$ caseaudit --mode csv -c "sql SELECT count(*) AS entries, count(*) FILTER (WHERE account = '$(id -un)') AS with_account FROM history"
entries,with_account^M
64,64^M
$ caseaudit --mode csv -c "history --table standard" | sed -n 2p | cut -d, -f2,3 | sed "s/,$(id -un)$/,ACCOUNT/"
Sam Jones,ACCOUNT
$ caseaudit -c "history verify" | tail -n 1
whole: every entry matches its hash and the one before it, and every recorded row matches its last entry
$ caseaudit --mode json -c "history verify"
[]
$ # An entry changed by another program with the triggers off: found, by position; status 1.
$ python3 -c "import sqlite3; c = sqlite3.connect('caseaudit.db'); c.execute('DROP TRIGGER history_no_update'); c.execute(\"UPDATE history SET user = 'mallory' WHERE id = 5\"); c.commit()"
$ caseaudit --mode csv -c "history verify"
kind,position,id,table,row,problem^M
entry,5,5,standard,DECISIONS,was changed: its contents do not match its hash^M
! error: the history is not whole: 1 problem found; it was changed by something other than caseaudit
? 1
$ # An entry removed: the chain breaks at the one after it.
$ python3 -c "import sqlite3; c = sqlite3.connect('caseaudit.db'); c.execute('DROP TRIGGER history_no_delete'); c.execute('DELETE FROM history WHERE id = 10'); c.commit()"
$ caseaudit --mode csv -c "history verify" | cut -d, -f1,2,3; echo "status ${PIPESTATUS[0]}"
kind,position,id
entry,5,5
entry,10,11
status 1
! error: the history is not whole: 2 problems found; it was changed by something other than caseaudit
$ # An entry inserted by another program with the triggers off: found too.
$ caseaudit -c "team add 'Assessment 2'" > /dev/null 2>&1; cp caseaudit.db clean.db
$ python3 -c "import sqlite3; c = sqlite3.connect('clean.db'); c.execute('PRAGMA recursive_triggers = 0'); c.execute('DROP TRIGGER history_no_replace'); c.execute('DROP TRIGGER history_seal'); c.execute(\"INSERT INTO history(at, user, account, tbl, row_id, operation, old, new, hash) VALUES ('2016-11-30T12:00:00.000Z', 'x', 'x', 'team', '99', 'insert', NULL, '{}', randomblob(32))\"); c.commit()"
$ caseaudit --mode csv -c "history verify" clean.db | grep -c ",team,99,"; echo "status ${PIPESTATUS[0]}"
2
status 1
! error: the history is not whole: 4 problems found; it was changed by something other than caseaudit
