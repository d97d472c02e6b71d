# The files rule (CONTRACT.md) for the database itself, .output and report:
# what a person sees. tests/files_test.py covers the full disk and
# planted links at length.
$ # An empty file made beforehand under a lax umask (touch) becomes private
$ # before any children's data goes in, saying so.
$ touch pre.db && chmod 644 pre.db && caseaudit -c "team add 'Assessment 1'" pre.db
! warning: pre.db was an empty file readable by other users; it is now readable by you only (permissions 0600)
$ stat -c %a pre.db
600
$ # A database that is already in use is left as it is.
$ caseaudit -c "team list" pre.db
team          service  workers  open_cases
------------  -------  -------  ----------
Assessment 1                 0           0
$ # .output and report refuse a symbolic link as their file.
$ echo other > victim.txt && ln -s victim.txt out.txt && caseaudit -c ".output out.txt" -c "team list" pre.db
! error: out.txt is a symbolic link; caseaudit never writes through one: give the real file's name
team          service  workers  open_cases
------------  -------  -------  ----------
Assessment 1                 0           0
? 1
$ cat victim.txt
other
$ caseaudit -c "report html out.txt" pre.db
! error: out.txt is a symbolic link; caseaudit never writes through one: give the real file's name
? 1
$ caseaudit -c ".output ." pre.db
! error: . is a folder; give a file name
? 1
$ # The .output file is private and appears whole at the next .output.
$ caseaudit -c ".output list.txt" -c "team list" -c ".output" -c "team list" pre.db; stat -c %a list.txt; cat list.txt
team          service  workers  open_cases
------------  -------  -------  ----------
Assessment 1                 0           0
600
team          service  workers  open_cases
------------  -------  -------  ----------
Assessment 1                 0           0
$ ls -A | grep -c '^\.list' || true
0
