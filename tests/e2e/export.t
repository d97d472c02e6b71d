# export pool: a council's pseudonymised facts for the regional pool
# (pool/README.md). Child IDs and workers become HMAC-SHA256 pseudonyms
# under the council's key; no ID, name or free text leaves; every bad
# input is refused in one line with nothing written.
$ cat > setup.cmds <<'END'
> team add 'Assessment Team' --service 'Front Door'
> team add '=Formula Team'
> worker add 'Sam Patel' --team 'Assessment Team' --role team-manager --trained 2016-01-10
> worker add 'Alex Jones' --team 'Assessment Team' --role social-worker --agreement 2016-02-01
> case add C01 --team 'Assessment Team' --worker 'Alex Jones' --status cp --flag neglect
> case add C02 --team '=Formula Team'
> supervision add 'Alex Jones' --by 'Sam Patel' --date 2016-07-12
> audit add C01 --date 2016-07-20 --auditor 'Sam Patel' --grade good CHRON=met PLAN=not-met
> audit answer 1 VOICE met --note 'Child said she was scared of Uncle Bob'
> audit submit 1
> chron add C01 2016-07-01 'Strategy discussion about Uncle Bob'
> END
$ caseaudit -f setup.cmds x.db
1
audit 1 submitted; not answered, so not counted: ANALYSIS, DECISIONS, SUPERVISION, NEGLECT
$ # A known key, so that the pseudonyms below are fixed.
$ printf '%064x\n' 42 > k.key && chmod 600 k.key
$ caseaudit x.db -c "export pool out --quarter 2016-Q3 --council E09000001 --key-file k.key"
exported E09000001 to out: 2016-07-01 to 2016-09-30, 1 audits, 3 answers, key edcab1830fd234f6
$ ls out && stat -c '%a' out out/*.csv | sort -u
answers.csv
audits.csv
manifest.txt
scheduled.csv
targets.csv
teams.csv
thresholds.csv
worker_months.csv
600
700
$ cat out/audits.csv out/answers.csv
audit,child,team,date,type,grade^M
1,d12c58d0f7e7ef072982d1a52733a758,Assessment Team,2016-07-20,dip-sample,good^M
audit,standard,result^M
1,CHRON,met^M
1,PLAN,not-met^M
1,VOICE,met^M
$ # A team name a spreadsheet would run as a formula is neutralised, as in every CSV caseaudit writes.
$ cat out/teams.csv
team,service^M
'=Formula Team,^M
Assessment Team,Front Door^M
$ grep -E '^(caseaudit pool|format|council|key_id|period|as_at)' out/manifest.txt
caseaudit pool export
format 1
council E09000001
key_id edcab1830fd234f6
period_from 2016-07-01
period_to 2016-09-30
as_at 2016-11-30
$ # Each file's rows and SHA-256, and the manifest's own seal.
$ cd out && awk '$1 == "file" { print $2, $3 }' manifest.txt && awk '$1 == "file" { print $4 "  " $2 }' manifest.txt | sha256sum -c --quiet && echo hashes match
targets.csv 19
thresholds.csv 19
teams.csv 2
audits.csv 1
answers.csv 3
scheduled.csv 0
worker_months.csv 6
hashes match
$ cd out && grep -v '^manifest_sha256' manifest.txt | sha256sum | cut -c1-64 | grep -qF "$(sed -n 's/^manifest_sha256 //p' manifest.txt)" && echo sealed
sealed
$ # No child ID, worker name, note or chronology leaves.
$ grep -rlE 'C01|C02|Sam Patel|Alex Jones|Uncle Bob' out || echo none
none
$ # The same key gives the same pseudonyms in the next export.
$ caseaudit x.db -c "export pool out2 --month 2016-07 --council E09000001 --key-file k.key" >/dev/null && cut -d, -f2 out2/audits.csv | tail -1
d12c58d0f7e7ef072982d1a52733a758
$ # --team-codes: teams by a code derived under the key, never by name.
$ caseaudit x.db -c "export pool coded --quarter 2016-Q3 --council E09000001 --key-file k.key --team-codes" >/dev/null && cat coded/teams.csv && grep -rl 'Assessment Team' coded || echo no team names
team,service^M
T-e1e82a99be39,^M
T-160cb986808b,Front Door^M
no team names
$ # A key file is created 0600 on first use.
$ caseaudit x.db -c "export pool new --quarter 2016-Q3 --council E09000001 --key-file new.key" | sed 's/key [0-9a-f]\{16\}/key K/g'
created the key file new.key (key K): keep it safe and private; every export of this council must use it
exported E09000001 to new: 2016-07-01 to 2016-09-30, 1 audits, 3 answers, key K
$ stat -c '%a' new.key && wc -c < new.key
600
65
$ # Refusals: one line each, nothing written.
$ caseaudit x.db -c "export pool bad --quarter 2016-Q3 --key-file k.key"
! error: export pool needs --council CODE (the council's code, such as its ONS code)
? 1
$ caseaudit x.db -c "export pool bad --quarter 2016-Q3 --council E09000001"
! error: export pool needs --key-file FILE (the council's pseudonym key; created on first use)
? 1
$ caseaudit x.db -c "export pool bad --quarter 2016-Q3 --council 'E09 001' --key-file k.key"
! error: --council 'E09 001' is not a council code; expected 1 to 32 letters, digits or hyphens (an ONS code such as E09000001)
? 1
$ caseaudit x.db -c "export pool out --quarter 2016-Q3 --council E09000001 --key-file k.key"
! error: out already exists; give a new folder for the export
? 1
$ caseaudit x.db -c "export pool bad --from 2016-07-15 --to 2016-09-30 --council E09000001 --key-file k.key"
! error: the pool measures whole months: give --from as a month's first day and --to as a month's last day (or --month, --quarter, --year)
? 1
$ cp k.key loose.key && chmod 644 loose.key && caseaudit x.db -c "export pool bad --quarter 2016-Q3 --council E09000001 --key-file loose.key"
! error: the key file loose.key can be read by others (mode 0644); only its owner may: chmod 600 loose.key
? 1
$ echo not-a-key > wrong.key && chmod 600 wrong.key && caseaudit x.db -c "export pool bad --quarter 2016-Q3 --council E09000001 --key-file wrong.key"
! error: the key file wrong.key is not a caseaudit pool key (expected 64 hexadecimal digits)
? 1
$ ln -s k.key link.key && caseaudit x.db -c "export pool bad --quarter 2016-Q3 --council E09000001 --key-file link.key"
! error: cannot read the key file link.key: it is a symbolic link; give the key file itself
? 1
$ ls -d bad .caseaudit-export-* 2>&1 | sed 's/.*cannot access/cannot access/'
cannot access 'bad': No such file or directory
cannot access '.caseaudit-export-*': No such file or directory
