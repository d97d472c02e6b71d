# backup FILE: a consistent copy, 0600, never over an existing file; the
# copy is an ordinary caseaudit database with the whole history.
$ caseaudit -c "team add 'Assessment Team 1'" -c "worker add 'Jo Bloggs' --team 'Assessment Team 1' --role social-worker" -c "case add C1 --team 'Assessment Team 1' --worker 'Jo Bloggs'"
$ caseaudit -c "backup copy.db" | sed -E -e 's/[0-9]* pages, [0-9]* KiB/N pages, N KiB/' -e 's/[0-9a-f]{64}/HASH/'
backed up caseaudit.db to copy.db: N pages, N KiB, checked
history: 66 entries, head sha256 HASH
$ # The head printed is the copy's: history verify --head checks it later.
$ caseaudit -c "history verify" copy.db | sed -E 's/[0-9a-f]{64}/HASH/'
history: 66 entries, head sha256 HASH
whole: every entry matches its hash and the one before it, and every recorded row matches its last entry
$ # Nothing is printed in csv and json, as for the other commands that change nothing shown.
$ caseaudit --mode csv -c "backup copy-csv.db" && caseaudit --mode json -c "backup copy-json.db" && ls copy-*.db
copy-csv.db
copy-json.db
$ # Created readable and writable by the owner only, whatever the umask.
$ umask 000; caseaudit -c "backup open.db" >/dev/null; stat -c '%a %n' caseaudit.db copy.db open.db
600 caseaudit.db
600 copy.db
600 open.db
$ # The copy opens as a caseaudit database, with the same rows and the same history.
$ caseaudit --mode csv -c "case list" copy.db
id,team,worker,status,opened,closed,flags,last_audited^M
C1,Assessment Team 1,Jo Bloggs,cin,,,,^M
$ sqlite3 caseaudit.db "SELECT * FROM history" > original.txt; sqlite3 copy.db "SELECT * FROM history" | cmp - original.txt && echo same history
same history
$ sqlite3 copy.db "PRAGMA integrity_check; PRAGMA application_id; PRAGMA journal_mode"
ok
1128363364
wal
$ caseaudit -c "case add C2 --team 'Assessment Team 1'" copy.db && caseaudit --mode csv -c "case list" copy.db | cut -d, -f1
id
C1
C2
$ # Taken from a session that has its own work going on: a copy of a copy.
$ caseaudit -c "case add C3 --team 'Assessment Team 1'" -c "backup second.db" -c "case add C4 --team 'Assessment Team 1'" >/dev/null; caseaudit --mode csv -c "case list" second.db | cut -d, -f1
id
C1
C3
$ # In a script, the changes before it are in the copy and those after it are not.
$ printf "team add 'Piped'\nbackup piped.db\nteam add 'After'\n" | caseaudit >/dev/null; caseaudit --mode csv -c "team list" piped.db | cut -d, -f1
team
Assessment Team 1
Piped
$ # No partial copy is left behind by a backup that finished.
$ ls | grep -c partial
0
? 1
$ # Never over an existing file: the file is left as it was.
$ cp copy.db before.db; caseaudit -c "backup copy.db"; echo "exit $?"; cmp copy.db before.db && echo untouched
! error: copy.db already exists; backup never overwrites a file: give a new file name
exit 1
untouched
$ caseaudit -c "backup caseaudit.db"
! error: caseaudit.db already exists; backup never overwrites a file: give a new file name
? 1
$ ln -s nowhere.db link.db; caseaudit -c "backup link.db"; ls nowhere.db
! error: link.db already exists; backup never overwrites a file: give a new file name
! ls: cannot access 'nowhere.db': No such file or directory
? 2
$ mkdir adir; caseaudit -c "backup adir"
! error: adir already exists; backup never overwrites a file: give a new file name
? 1
$ # A journal left beside the name would be played into the new file: refused.
$ touch stale.db-wal; caseaudit -c "backup stale.db"; ls stale.db
! error: stale.db-wal already exists beside stale.db; remove it or choose another file name
! ls: cannot access 'stale.db': No such file or directory
? 2
$ caseaudit -c "backup missing/dir/copy.db"
! error: cannot write missing/dir/copy.db: No such file or directory
? 1
$ caseaudit -c "backup ''"
! error: the backup file name is empty; give a new file name
? 1
$ caseaudit -c "backup"
! error: backup: missing argument; usage: backup FILE
? 1
$ caseaudit -c "backup a.db b.db"
! error: backup: unexpected argument 'b.db'; usage: backup FILE
? 1
$ caseaudit -c "backup a.db --force"
! error: unknown option --force for 'backup'; it takes no options
? 1
$ # A name that looks like an SQLite URI is a plain file name.
$ caseaudit -c "backup 'file:odd.db?mode=memory'" >/dev/null && ls file:*
file:odd.db?mode=memory
$ caseaudit -c "help backup" | head -n 3
usage: backup FILE

copy the database, consistently, to a new file
$ # Permissions of everything caseaudit keeps: the database, its WAL and shared-memory files while a session has it open, and the REPL's history.
$ rm -f new.db; mkfifo commands; caseaudit new.db < commands & exec 3>commands; echo "team add Open" >&3
> for i in $(seq 100); do [ -e new.db-wal ] && [ -e new.db-shm ] && break; sleep 0.1; done
> umask 000; stat -c '%a %n' new.db new.db-wal new.db-shm; exec 3>&-; wait
600 new.db
600 new.db-wal
600 new.db-shm
$ printf 'team add "Via the REPL"\n.quit\n' | script -qec "caseaudit" /dev/null >/dev/null; stat -c '%a %n' .local/state/caseaudit/history
600 .local/state/caseaudit/history
$ # So is a database named like one: what is recorded there is kept.
$ caseaudit -c "team add Kept" 'file:odd2.db?mode=memory' && caseaudit --mode csv -c "team list" 'file:odd2.db?mode=memory' | cut -d, -f1; ls odd2.db
team
Kept
! ls: cannot access 'odd2.db': No such file or directory
? 2
