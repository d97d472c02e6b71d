# history verify: the history's hash chain proves that nothing but
# caseaudit changed it. Each entry carries a SHA-256 of the entry before it
# and of its own contents; every recorded row is checked against its last
# entry. Here the attack of issue 15, with the stock sqlite3 shell and
# triggers off, is made part by part and whole, and each part is found.
# Hashes and times are real, so they are written HASH and TIMESTAMP.
$ caseaudit -c "team add 'Assessment Team 1'" -c "worker add 'Mary Manager' --team 'Assessment Team 1' --role team-manager --started 2015-01-01" -c "case add C1 --team 'Assessment Team 1' --opened 2016-01-04" -c "audit add C1 --date 2016-11-01 --auditor 'Mary Manager' --grade good --submit CHRON=met PLAN=not-met"
1
$ caseaudit -c "history verify" | sed -E 's/[0-9a-f]{64}/HASH/'
history: 67 entries, head sha256 HASH
whole: every entry matches its hash and the one before it, and every recorded row matches its last entry
$ # Every entry is sealed; who recorded it (--user) and the operating-system
$ # account that ran caseaudit are both kept, and history shows both.
$ sqlite3 caseaudit.db "SELECT count(*) FROM history WHERE length(hash) <> 32 OR hash IS NULL"
0
$ caseaudit --mode csv -c "history --table audit" | cut -d, -f2-4 | sed "s/,$(id -un),/,ACCOUNT,/"
who,account,table
tester,ACCOUNT,audit
$ cp caseaudit.db clean.db; caseaudit -c "history verify" | sed -n 's/.*head sha256 //p' > head.txt
$ # With triggers on, the stock shell cannot change the history at all.
$ sqlite3 caseaudit.db "UPDATE history SET user = 'mallory' WHERE id = 1"
! Error: stepping, the change history cannot be altered (19)
? 19
$ sqlite3 caseaudit.db "UPDATE history SET hash = NULL WHERE id = 1"
! Error: in prepare, no such function: caseaudit_user
? 1
$ # The attack of issue 15, whole: an entry changed, one removed, a row renamed.
$ sqlite3 caseaudit.db ".dbconfig enable_trigger off" "UPDATE history SET user='mallory' WHERE id=1" "DELETE FROM history WHERE id=2" "UPDATE team SET name='Renamed'"
     enable_trigger off
$ set -o pipefail; caseaudit -c "history verify" | sed -E 's/[0-9a-f]{64}/HASH/'
entry 1 (id 1, standard CHRON): was changed: its contents do not match its hash
entry 2 (id 3, standard PLAN): does not match the entry before it: the entry with id 2 was removed (or this one was changed)
team 1: name is 'Renamed' but its last history entry (position 63) has 'Assessment Team 1'
history: 66 entries, head sha256 HASH
! error: the history is not whole: 3 problems found; it was changed by something other than caseaudit
? 1
$ # Each part alone is found too.
$ cp clean.db changed.db; sqlite3 changed.db ".dbconfig enable_trigger off" "UPDATE history SET user='mallory' WHERE id=1" > /dev/null
$ set -o pipefail; caseaudit -c "history verify" changed.db | sed -n 1,1p
entry 1 (id 1, standard CHRON): was changed: its contents do not match its hash
! error: the history is not whole: 1 problem found; it was changed by something other than caseaudit
? 1
$ cp clean.db removed.db; sqlite3 removed.db ".dbconfig enable_trigger off" "DELETE FROM history WHERE id=2" > /dev/null
$ set -o pipefail; caseaudit -c "history verify" removed.db | sed -n 1,1p
entry 2 (id 3, standard PLAN): does not match the entry before it: the entry with id 2 was removed (or this one was changed)
! error: the history is not whole: 1 problem found; it was changed by something other than caseaudit
? 1
$ cp clean.db renamed.db; sqlite3 renamed.db ".dbconfig enable_trigger off" "UPDATE team SET name='Renamed'" > /dev/null
$ set -o pipefail; caseaudit -c "history verify" renamed.db | sed -n 1,1p
team 1: name is 'Renamed' but its last history entry (position 64) has 'Assessment Team 1'
! error: the history is not whole: 1 problem found; it was changed by something other than caseaudit
? 1
$ # Entries moved or inserted, and rows added or removed unrecorded.
$ cp clean.db moved.db; sqlite3 moved.db ".dbconfig enable_trigger off" "UPDATE history SET id = -1 WHERE id = 64" "UPDATE history SET id = 64 WHERE id = 65" "UPDATE history SET id = 65 WHERE id = -1" > /dev/null
$ set -o pipefail; caseaudit -c "history verify" moved.db | sed -n 1,2p
entry 64 (id 64, worker 1): is out of order: it was written after the entry now at position 65
entry 65 (id 65, team 1): is whole but follows entry 63: entry 64 was inserted before it, or moved there
! error: the history is not whole: 3 problems found; it was changed by something other than caseaudit
? 1
$ cp clean.db inserted.db; sqlite3 inserted.db ".dbconfig enable_trigger off" "UPDATE history SET id = id + 1000 WHERE id >= 66" "UPDATE history SET id = id - 999 WHERE id > 1000" "INSERT INTO history(id, at, user, tbl, row_id, operation, old, new) VALUES (66, '2016-11-01T09:00:00.000Z', 'mallory', 'case_file', '1', 'update', '{\"status\":\"cin\"}', '{\"status\":\"cp\"}')" "UPDATE case_file SET status = 'cp'" > /dev/null
$ set -o pipefail; caseaudit -c "history verify" inserted.db | sed -n 1,3p
entry 66 (id 66, case_file 1): has no hash: it was not written by caseaudit (an entry inserted, or its hash removed)
entry 67 (id 67, case_file 1): is whole but follows entry 65: entry 66 was inserted before it, or moved there
case_file 1: status is 'cp' but its last history entry (position 67) has 'cin'
! error: the history is not whole: 3 problems found; it was changed by something other than caseaudit
? 1
$ cp clean.db rows.db; sqlite3 rows.db ".dbconfig enable_trigger off" "INSERT INTO team(name) VALUES ('Unrecorded')" "UPDATE answer SET result = 'met' WHERE standard_code = 'PLAN'" "DELETE FROM answer WHERE standard_code = 'CHRON'" > /dev/null
$ set -o pipefail; caseaudit -c "history verify" rows.db | sed -n 1,3p
answer 1/PLAN: result is 'met' but its audit's insert (position 67) has 'not-met'
answer 1/CHRON: is gone, but its last history entry (position 67) did not delete it
team 2: has no history entry: it was written without caseaudit recording it
! error: the history is not whole: 3 problems found; it was changed by something other than caseaudit
? 1
$ # csv and json list the problems as a table: kind, position, id, table, row, problem.
$ caseaudit --mode csv -c "history verify" renamed.db
kind,position,id,table,row,problem^M
row,64,64,team,1,name is 'Renamed' but its last history entry (position 64) has 'Assessment Team 1'^M
! error: the history is not whole: 1 problem found; it was changed by something other than caseaudit
? 1
$ caseaudit --mode json -c "history verify" clean.db
[]
$ # A head printed earlier (by backup, report html or history verify) is
$ # checked with --head: the history up to it is unchanged.
$ caseaudit -c "team add 'Second Team'" clean.db
$ caseaudit -c "history verify --head $(cat head.txt)" clean.db | sed -E 's/[0-9a-f]{64}/HASH/'
history: 68 entries, head sha256 HASH
the head given is entry 67: the history up to it is as it was when it was printed
whole: every entry matches its hash and the one before it, and every recorded row matches its last entry
$ caseaudit -c "history verify --head $(cut -c 1-16 head.txt)" clean.db | sed -n 2p
the head given is entry 67: the history up to it is as it was when it was printed
$ # Someone who rewrites an entry and re-seals every one after it, having
$ # read how, leaves a chain that is whole: only the head printed before
$ # catches it. (Here the entries are re-sealed by python3.)
$ cp clean.db rewritten.db; sqlite3 rewritten.db ".dbconfig enable_trigger off" "UPDATE history SET user = 'mallory' WHERE id = 67" > /dev/null
$ python3 - rewritten.db > reseal.sql <<'PY'
> import hashlib, sqlite3, struct, sys
> db = sqlite3.connect(sys.argv[1])
> prev = bytes(32)
> for r in db.execute("SELECT id, at, user, account, tbl, row_id, operation, old, new FROM history ORDER BY id"):
>     h = hashlib.sha256(b"caseaudit history v1\0" + prev)
>     for v in r[1:]:
>         if v is None:
>             h.update(b"\0")
>         else:
>             b = str(v).encode()
>             h.update(b"\1" + struct.pack(">Q", len(b)) + b)
>     prev = h.digest()
>     print("UPDATE history SET hash = X'%s' WHERE id = %d;" % (prev.hex(), r[0]))
> PY
$ sqlite3 -cmd ".dbconfig enable_trigger off" rewritten.db < reseal.sql > /dev/null
$ caseaudit -c "history verify" rewritten.db | sed -n 2p
whole: every entry matches its hash and the one before it, and every recorded row matches its last entry
$ set -o pipefail; caseaudit -c "history verify --head $(cat head.txt)" rewritten.db | sed -E 's/[0-9a-f]{64}/HASH/'
the head HASH printed earlier is not in the history: the history was rewritten since (or the hash was mistyped)
history: 68 entries, head sha256 HASH
! error: the history is not whole: 1 problem found; it was changed by something other than caseaudit
? 1
$ caseaudit -c "history verify --head nothex"
! error: --head 'nothex' is not a history head; expected the sha256 printed by backup, report html or history verify (16 to 64 hexadecimal digits)
? 1
$ caseaudit -c "history verify extra"
! error: history verify: unexpected argument 'extra'; usage: history verify [--head HASH]
? 1
