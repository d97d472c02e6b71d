#!/usr/bin/env bash
# Time `caseaudit -c "import cases FILE"` against the sqlite3 shell's
# `.import` of the same file into a plain table, side by side.
#
#     bench/import_cases.sh [--runs N] [--rows N] [--work DIR]
#
# Generates a deterministic cases CSV (default 100,000 rows: 40 teams, 320
# workers, every status, quoted flag lists, a third unallocated) and a
# database holding its teams and workers. Each run copies that database
# afresh and imports the file into it, then loads the same file into an
# empty database with the sqlite3 shell; the two alternate (A B A B ...)
# after one warm-up pair, so the ratio is taken pair by pair and holds when
# the machine's speed drifts. Wall and CPU seconds come from bash's time
# keyword around each process, peak memory from /usr/bin/time when it is
# installed. Before timing, both sides are checked to have loaded every row.
#
# The sqlite3 shell only copies text into one table with no index,
# constraint or trigger; caseaudit checks every row (ID, team, worker,
# status, dates, flags, repeats), looks up names, writes the case, its
# flags and a history row for each, and keeps the unique and foreign-key
# indexes: the ratio is the price of that, in one transaction.
#
# caseaudit is $CASEAUDIT, else build-bench/caseaudit (built when missing,
# RelWithDebInfo as scripts/setup builds it). Work files go to --work
# (default /tmp/caseaudit-bench-import).
set -euo pipefail

runs=5
rows=100000
work=/tmp/caseaudit-bench-import
while [ $# -gt 0 ]; do
	case "$1" in
	--runs) runs=$2; shift 2 ;;
	--rows) rows=$2; shift 2 ;;
	--work) work=$2; shift 2 ;;
	-h|--help) sed -n '2,/^set -e/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
	*) echo "bench/import_cases.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
	esac
done
case "$runs$rows" in *[!0-9]*) echo "bench/import_cases.sh: --runs and --rows take whole numbers" >&2; exit 2 ;; esac
[ "$runs" -ge 1 ] && [ "$rows" -ge 1 ] || { echo "bench/import_cases.sh: --runs and --rows must be at least 1" >&2; exit 2; }
command -v sqlite3 >/dev/null || { echo "bench/import_cases.sh: needs the sqlite3 shell (Debian package sqlite3)" >&2; exit 2; }

root=$(cd "$(dirname "$0")/.." && pwd)
ca=${CASEAUDIT:-}
if [ -z "$ca" ]; then
	ca=$root/build-bench/caseaudit
	if [ ! -x "$ca" ]; then
		echo "building caseaudit into build-bench/ (RelWithDebInfo)" >&2
		cmake -S "$root" -B "$root/build-bench" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCASEAUDIT_TEST_CLOCK=ON >/dev/null
		cmake --build "$root/build-bench" -j"$(nproc)" --target caseaudit >/dev/null
	fi
fi
ca=$(cd "$(dirname "$ca")" && pwd)/$(basename "$ca")
export CASEAUDIT_USER=bench CASEAUDIT_TODAY=2017-01-15 NO_COLOR=1

mkdir -p "$work"
cd "$work"

# The data: arithmetic on the row number only, so the same --rows gives the
# same bytes on any machine.
awk -v rows="$rows" 'BEGIN {
	print "id,team,worker,status,opened,flags"
	split("early-help,cin,cp,cic,care-leaver", status, ",")
	for (i = 1; i <= rows; i++) {
		w = (i * 7) % 320
		flags = i % 7 == 0 ? "\"neglect;cse\"" : i % 11 == 0 ? "missing" : i % 13 == 0 ? "\"domestic-abuse;missing\"" : ""
		printf "C%07d,Team %02d,%s,%s,%04d-%02d-%02d,%s\n", i, w % 40, i % 3 ? sprintf("Worker %03d", w) : "",
		       status[i % 5 + 1], 2010 + i % 7, 1 + i % 12, 1 + i % 28, flags
	}
}' > cases.csv
{
	for t in $(seq 0 39); do printf "team add 'Team %02d'\n" "$t"; done
	for w in $(seq 0 319); do printf "worker add 'Worker %03d' --team 'Team %02d' --role social-worker\n" "$w" $((w % 40)); done
} > people.caseaudit
rm -f template.db template.db-wal template.db-shm
"$ca" -f people.caseaudit template.db
# The last connection to close checkpoints the WAL: template.db is whole.
[ ! -e template.db-wal ] || { echo "bench/import_cases.sh: template.db-wal was left behind" >&2; exit 1; }

run_caseaudit() {
	rm -f a.db a.db-wal a.db-shm
	cp template.db a.db
	"$ca" -c "import cases cases.csv" a.db >/dev/null
}
run_sqlite3() {
	rm -f b.db b.db-journal
	sqlite3 b.db ".mode csv" ".import cases.csv cases"
}

# Both sides load every row, or there is nothing to compare.
run_caseaudit
run_sqlite3
got_a=$("$ca" --mode csv -c "sql 'SELECT count(*) FROM case_file'" a.db | tail -1 | tr -d '\r')
got_b=$(sqlite3 b.db "SELECT count(*) FROM cases")
if [ "$got_a" != "$rows" ] || [ "$got_b" != "$rows" ]; then
	echo "bench/import_cases.sh: loaded $got_a rows into caseaudit and $got_b with sqlite3; expected $rows" >&2
	exit 1
fi

peak() { # peak resident memory in KB of one run of the function named $1, or "-"
	if [ -x /usr/bin/time ]; then
		/usr/bin/time -f %M -o peak.txt bash -c "$(declare -f "$1"); ca='$ca'; $1" && cat peak.txt
	else
		echo -
	fi
}

# Each run: wall, user and system seconds from bash's time keyword, which
# counts the whole process (and its children) from start to exit.
TIMEFORMAT='%R %U %S'
: > times.txt
for i in $(seq 0 "$runs"); do
	a=$( { time run_caseaudit 2>/dev/null; } 2>&1 )
	b=$( { time run_sqlite3 2>/dev/null; } 2>&1 )
	# Run 0 is the warm-up: the file and programs into the page cache.
	[ "$i" -gt 0 ] && echo "$a $b" >> times.txt
done
peak_a=$(peak run_caseaudit)
peak_b=$(peak run_sqlite3)

awk -v rows="$rows" -v runs="$runs" -v peak_a="$peak_a" -v peak_b="$peak_b" '
function median(v, n,   i, j, t, s) {
	for (i = 1; i <= n; i++) s[i] = v[i]
	for (i = 2; i <= n; i++) for (j = i; j > 1 && s[j - 1] > s[j]; j--) { t = s[j]; s[j] = s[j - 1]; s[j - 1] = t }
	return n % 2 ? s[(n + 1) / 2] : (s[n / 2] + s[n / 2 + 1]) / 2
}
function lo(v, n,   i, m) { m = v[1]; for (i = 2; i <= n; i++) if (v[i] < m) m = v[i]; return m }
function hi(v, n,   i, m) { m = v[1]; for (i = 2; i <= n; i++) if (v[i] > m) m = v[i]; return m }
function mb(kb) { return kb == "-" ? "-" : sprintf("%.1f MB", kb / 1024) }
function row(what, v, n) { printf "  %-29s %8.3f  (%.3f-%.3f)\n", what, median(v, n), lo(v, n), hi(v, n) }
{
	n++
	wa[n] = $1; ca[n] = $2 + $3; wb[n] = $4; cb[n] = $5 + $6
	wr[n] = $4 > 0 ? $1 / $4 : 0; cr[n] = cb[n] > 0 ? ca[n] / cb[n] : 0
}
END {
	printf "import of %d case rows, %d timed runs each after a warm-up; seconds: median (min-max)\n", rows, runs
	row("caseaudit wall", wa, n); row("caseaudit cpu (user+sys)", ca, n)
	row("sqlite3 .import wall", wb, n); row("sqlite3 .import cpu", cb, n)
	row("ratio caseaudit/sqlite3 wall", wr, n); row("ratio caseaudit/sqlite3 cpu", cr, n)
	printf "  peak memory: caseaudit %s, sqlite3 %s\n", mb(peak_a), mb(peak_b)
	printf "  caseaudit: %.0f rows a second (wall)\n", rows / median(wa, n)
}' times.txt
