#!/usr/bin/env python3
"""Crash safety: caseaudit killed with SIGKILL in the middle of its work.

usage: crash_test.py CASEAUDIT

1. A long batch, killed at several points: each round feeds thousands of
   commands on standard input and kills the process after it has printed
   a chosen number of lines. Output goes to a pseudo-terminal, so each
   line is seen the moment it is printed. Whatever was reported done
   before the kill must be in the database afterwards: the ID printed by
   `audit add` (when this build has it), and the case and chronology entry
   that `chron list` showed. Every round also checks PRAGMA
   integrity_check and that caseaudit opens the database again and goes on
   recording.
2. A process killed while it creates and migrates a new database: the
   next run must open it as a whole, migrated database.
3. A large `import cases` (when this build has it), killed part-way: none
   of the file's rows may be in the database afterwards.
4. `backup` killed part-way: its FILE is absent or whole, never half made.
After a kill the WAL and shared-memory files are left behind as a crash
leaves them: they, and the database, must be 0600.
"""
import os
import pty
import random
import re
import select
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

TODAY = "2016-11-30"
ROUNDS = 1500            # commands per batch round: 3 or 4 lines each
KILL_AFTER = [40, 300, 1200]  # lines of output seen before each kill
DEADLINE = 40.0


def available(binary, env):
    out = subprocess.run([binary, "-c", "help", ":memory:"], env=env, capture_output=True, text=True,
                         timeout=20).stdout
    names = set()
    for line in out.splitlines():
        m = re.match(r"^  (\S+)(?: (\S+))?\s{2,}", line)
        if m:
            names.add(m.group(1) + (" " + m.group(2) if m.group(2) else ""))
    return names


def run_and_kill(argv, env, cwd, stdin_path, lines_before_kill, seconds_before_kill=None, when=None):
    """Run argv with stdout on a pseudo-terminal; kill it with SIGKILL after
    it printed lines_before_kill lines and, when given, once when(last whole
    line) holds (or after seconds_before_kill). Returns (the lines it
    printed before it died, whether it was killed)."""
    master, slave = pty.openpty()
    with open(stdin_path, "rb") if stdin_path else open(os.devnull, "rb") as stdin:
        p = subprocess.Popen(argv, stdin=stdin, stdout=slave, stderr=subprocess.DEVNULL, env=env, cwd=cwd)
    os.close(slave)
    data = b""
    killed = False
    start = time.monotonic()
    while True:
        if not killed:
            lines = data.count(b"\n")
            late = seconds_before_kill is not None and time.monotonic() - start >= seconds_before_kill
            enough = lines_before_kill is not None and lines >= lines_before_kill
            if enough and when is not None:
                enough = when(data.rsplit(b"\n", 2)[-2].decode("utf-8", "replace").strip())
            if enough or late:
                p.send_signal(signal.SIGKILL)
                killed = True
        ready, _, _ = select.select([master], [], [], 0.002 if seconds_before_kill else 0.5)
        if ready:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO: the process is gone and the terminal closed
                break
            if not chunk:
                break
            data += chunk
        elif p.poll() is not None and killed:
            break
        if time.monotonic() - start > DEADLINE:
            p.kill()
            killed = True
    p.wait()
    os.close(master)
    text = data.decode("utf-8", "replace").replace("\r", "")
    # The last line may be cut short by the kill: only whole lines count.
    lines = text.split("\n")[:-1]
    return lines, killed and p.returncode == -signal.SIGKILL


def check_files(db, problems, where):
    for suffix in ("", "-wal", "-shm", "-journal"):
        path = db + suffix
        if os.path.exists(path):
            mode = os.stat(path).st_mode & 0o777
            if mode != 0o600:
                problems.append(f"{where}: {os.path.basename(path)} has permissions {oct(mode)}, not 0600")


def integrity(db, problems, where):
    con = sqlite3.connect(db)
    result = con.execute("PRAGMA integrity_check").fetchall()
    con.close()
    if result != [("ok",)]:
        problems.append(f"{where}: integrity_check: {result}")


def batch_rounds(binary, env, tmp, have, problems, figures):
    db = os.path.join(tmp, "batch.db")
    setup = subprocess.run([binary, "-c", "team add T", "-c",
                            "worker add 'Mary Manager' --team T --role team-manager --started 2015-01-01", db],
                           env=env, capture_output=True, text=True)
    if setup.returncode != 0:
        problems.append(f"setup failed: {setup.stderr}")
        return
    audits = "audit add" in have
    for r, kill_after in enumerate(KILL_AFTER):
        script = os.path.join(tmp, f"round{r}.txt")
        with open(script, "w") as f:
            for i in range(ROUNDS):
                ref = f"R{r}-{i:05d}"
                f.write(f"case add {ref} --team T --opened 2016-01-04\n")
                f.write(f"chron add {ref} 2016-02-01 'entry {ref}'\n")
                f.write(f"chron list {ref}\n")
                if audits:
                    f.write(f"audit add {ref} --date 2016-11-01 --auditor 'Mary Manager' --grade good --submit"
                            f" CHRON=met PLAN=not-met\n")
        # With audits, kill the moment an ID has been printed: the narrowest
        # window between reporting an audit and its commit, if there is one.
        when = (lambda last: last.isdigit()) if audits else None
        lines, killed = run_and_kill([binary, "--mode", "csv", db], env, tmp, script, kill_after, when=when)
        where = f"batch round {r} (killed after {kill_after} lines)"
        if not killed:
            problems.append(f"{where}: the process was not killed mid-batch (it finished or failed first)")
        check_files(os.path.join(tmp, "batch.db"), problems, where)
        # Reported done: chron list printed the entry (so case add and chron
        # add had committed), and audit add printed an ID.
        shown = [m.group(1) for m in (re.match(r"^2016-02-01,[^,]*,entry (R\d+-\d+)$", l) for l in lines) if m]
        ids = [int(l) for l in lines if re.fullmatch(r"\d+", l)]
        integrity(db, problems, where)
        con = sqlite3.connect(db)
        for ref in shown:
            n = con.execute("SELECT count(*) FROM chronology h JOIN case_file c ON c.id = h.case_id"
                            " WHERE c.ref = ? AND h.text = ?", (ref, f"entry {ref}")).fetchone()[0]
            if n != 1:
                problems.append(f"{where}: case {ref} and its chronology were shown but {n} are in the database")
        for audit_id in ids:
            row = con.execute("SELECT submitted_at FROM audit WHERE id = ?", (audit_id,)).fetchone()
            if row is None or row[0] is None:
                problems.append(f"{where}: audit {audit_id} was printed but is not in the database, submitted")
        figures.append(f"round {r}: killed after {len(lines)} lines, {len(shown)} cases and {len(ids)} audits "
                       f"reported, all present" if not problems else f"round {r}: see failures")
        con.close()
        # caseaudit opens it again and goes on recording.
        p = subprocess.run([binary, "-c", f"case add AFTER-{r} --team T", "-c", "team list", db], env=env,
                           capture_output=True, text=True)
        if p.returncode != 0:
            problems.append(f"{where}: caseaudit could not carry on afterwards: {p.stderr.strip()}")


def schema_of(db):
    con = sqlite3.connect(db)
    shape = (con.execute("PRAGMA user_version").fetchone()[0], con.execute("PRAGMA application_id").fetchone()[0],
             con.execute("SELECT type, name, sql FROM sqlite_schema ORDER BY name").fetchall(),
             con.execute("SELECT count(*) FROM standard").fetchone()[0],
             con.execute("SELECT count(*) FROM target").fetchone()[0])
    con.close()
    return shape


def creation_kills(binary, env, tmp, problems, figures):
    """Kill while a new database is created and migrated, at a few moments;
    the next run must finish the job: the same schema, standards and targets
    as a database created in one go."""
    reference = os.path.join(tmp, "reference.db")
    subprocess.run([binary, "-c", "team list", reference], env=env, capture_output=True)
    expected = schema_of(reference)
    fine = early = 0
    for n, delay in enumerate([0.001, 0.003, 0.006, 0.01, 0.02, 0.04]):
        db = os.path.join(tmp, f"new{n}.db")
        _, killed = run_and_kill([binary, "-c", "team list", db], env, tmp, None, None, seconds_before_kill=delay)
        early += killed
        check_files(db, problems, f"creation kill {n}")
        p = subprocess.run([binary, "-c", "team add T", db], env=env, capture_output=True, text=True)
        if p.returncode != 0:
            problems.append(f"creation kill after {delay} s: the database cannot be used afterwards: "
                            f"{p.stderr.strip()}")
            continue
        integrity(db, problems, f"creation kill {n}")
        if schema_of(db) != expected:
            problems.append(f"creation kill after {delay} s: the schema differs from a database created whole")
            continue
        fine += 1
    figures.append(f"{early} processes killed while creating a database; all {fine} databases whole afterwards")


def import_kill(binary, env, tmp, have, problems, figures):
    if "import cases" not in have:
        figures.append("import cases is not in this build: the import kill was not run")
        return
    rows = 5000
    csv_path = os.path.join(tmp, "big.csv")
    with open(csv_path, "w") as f:
        f.write("id,team,status,opened,flags\n")
        for i in range(rows):
            f.write(f"IMP-{i:06d},T,cin,2016-01-04,{'neglect' if i % 3 == 0 else ''}\n")
    # How long a whole import takes here, to kill in the middle of one.
    empty = os.path.join(tmp, "empty.db")
    subprocess.run([binary, "-c", "team add T", empty], env=env, capture_output=True)
    full = os.path.join(tmp, "full.db")
    shutil.copy(empty, full)
    start = time.monotonic()
    p = subprocess.run([binary, "-c", f"import cases {csv_path}", full], env=env, capture_output=True, text=True)
    took = time.monotonic() - start
    if p.returncode != 0:
        problems.append(f"the import itself failed: {p.stderr.strip()[:300]}")
        return
    midway = 0
    for n, fraction in enumerate((0.2, 0.4, 0.6, 0.8)):
        db = os.path.join(tmp, f"import{n}.db")
        shutil.copy(empty, db)
        _, killed = run_and_kill([binary, "-c", f"import cases {csv_path}", db], env, tmp, None, None,
                                 seconds_before_kill=took * fraction)
        where = f"import killed at {fraction:.0%} of its time"
        check_files(db, problems, where)
        integrity(db, problems, where)
        con = sqlite3.connect(db)
        n = con.execute("SELECT count(*) FROM case_file WHERE ref LIKE 'IMP-%'").fetchone()[0]
        con.close()
        # All or nothing: a kill after the commit (while the process exits)
        # rightly leaves all of it.
        if n not in (0, rows):
            problems.append(f"{where}: {n} of its {rows} rows are in the database")
        if killed and n == 0:
            midway += 1
    if midway == 0:
        problems.append("no import was killed part-way (each finished first)")
    figures.append(f"import of {rows} rows ({took:.2f} s whole) killed part-way {midway} times: none of it present")


def backup_kill(binary, env, tmp, problems, figures):
    """Kill `backup` part-way: FILE is then absent (only .FILE.XXXXXX,
    0600, is left) or whole; never a FILE that looks done but is not."""
    db = os.path.join(tmp, "batch.db")
    whole = os.path.join(tmp, "whole-copy.db")
    start = time.monotonic()
    p = subprocess.run([binary, "-c", f"backup {whole}", db], env=env, capture_output=True, text=True)
    took = time.monotonic() - start
    if p.returncode != 0:
        problems.append(f"backup failed: {p.stderr.strip()}")
        return
    size = os.path.getsize(whole)
    absent = complete = 0
    for n, fraction in enumerate((0.3, 0.5, 0.7, 0.9)):
        target = os.path.join(tmp, f"killed-copy-{n}.db")
        run_and_kill([binary, "-c", f"backup {target}", db], env, tmp, None, None,
                     seconds_before_kill=took * fraction)
        for leftover in (f for f in os.listdir(tmp) if f.startswith(f".killed-copy-{n}.db.")):
            check_files(os.path.join(tmp, leftover), problems, f"backup killed at {fraction:.0%}")
        if not os.path.exists(target):
            absent += 1
            continue
        complete += 1
        integrity(target, problems, f"backup killed at {fraction:.0%}, its copy")
        check_files(target, problems, f"backup killed at {fraction:.0%}")
    figures.append(f"backup of {size // 1024} KiB ({took:.2f} s whole) killed 4 times: {absent} left no file, "
                   f"{complete} had finished; none half-made")


def main():
    binary = os.path.abspath(sys.argv[1])
    random.seed(7)
    env = dict(os.environ, CASEAUDIT_TODAY=TODAY, NO_COLOR="1", LC_ALL="C.UTF-8", CASEAUDIT_USER="crash")
    have = available(binary, env)
    problems, figures = [], []
    start = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="caseaudit-crash-") as tmp:
        batch_rounds(binary, env, tmp, have, problems, figures)
        backup_kill(binary, env, tmp, problems, figures)
        creation_kills(binary, env, tmp, problems, figures)
        import_kill(binary, env, tmp, have, problems, figures)
    for f in figures:
        print(f)
    print(f"took {time.monotonic() - start:.1f} s")
    for p in problems[:40]:
        print("FAIL", p)
    print(f"{0 if problems else 1} passed, {1 if problems else 0} failed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
