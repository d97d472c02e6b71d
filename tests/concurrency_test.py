#!/usr/bin/env python3
"""Concurrency: several caseaudit processes write to one database at once.

usage: concurrency_test.py CASEAUDIT

Four writers record hundreds of commands each into one database file while
a fifth process runs `compliance` (or, until it exists, the list commands)
over and over and a sixth takes backups. Two writers are long sessions
(one process reading a script on standard input, as a manager working in
the REPL would); two start a new process for every few commands (one with
a script file, committed in groups, one with -c, a transaction per
command), so that opening, migrating and closing (with its checkpoint)
also happen under load. Every writer uses the commands this build has (read from `help`):
team add, worker add, case add, chron add, supervision add, audit add
--submit.

Afterwards, read straight from the database file:
- every command that reported success is there exactly once, with exactly
  one history entry for its insert;
- no command failed at all, and none with "database is locked";
- PRAGMA integrity_check is ok, and so is every backup, each of which is
  also a consistent snapshot (every row has its history entry).
The figures are printed at the end.
"""
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time

WRITERS = 4
ROUNDS = 120         # rounds per writer; each round is up to 6 commands
CHUNK = 12           # commands per process for the short-lived writers
DEADLINE = 45.0      # seconds: the whole test must end well under a minute
TODAY = "2016-11-30"


def available(binary, env):
    """The commands this build has, from `help`."""
    out = subprocess.run([binary, "-c", "help", ":memory:"], env=env, capture_output=True, text=True,
                         timeout=20).stdout
    names = set()
    for line in out.splitlines():
        m = re.match(r"^  (\S+)(?: (\S+))?\s{2,}", line)
        if m:
            names.add(m.group(1) + (" " + m.group(2) if m.group(2) else ""))
    return names


def available_verify(binary, env):
    out = subprocess.run([binary, "-c", "help history verify", ":memory:"], env=env, capture_output=True,
                         text=True, timeout=30)
    return out.returncode == 0


def plan(k, have):
    """Writer k's commands: a list of (line, checks). Each check is (sql,
    params) whose count must be exactly 1 when the command succeeded."""
    cmds = []
    team = None
    manager = f"W{k} manager"
    for i in range(ROUNDS):
        if i % 10 == 0:
            team = f"W{k} team {i}"
            cmds.append((f"team add '{team}' --service 'Service {k}'", [
                ("SELECT count(*) FROM team WHERE name = ?", (team,)),
                ("SELECT count(*) FROM history WHERE tbl = 'team' AND operation = 'insert'"
                 " AND json_extract(new, '$.name') = ?", (team,))]))
            if "worker add" in have and i == 0:
                cmds.append((f"worker add '{manager}' --team '{team}' --role team-manager --started 2015-01-01", [
                    ("SELECT count(*) FROM worker WHERE name = ?", (manager,))]))
        worker = f"W{k} worker {i}"
        ref = f"W{k}-C{i:04d}"
        if "worker add" in have:
            cmds.append((f"worker add '{worker}' --team '{team}' --role social-worker --started 2016-01-01", [
                ("SELECT count(*) FROM worker WHERE name = ?", (worker,)),
                ("SELECT count(*) FROM history WHERE tbl = 'worker' AND operation = 'insert'"
                 " AND json_extract(new, '$.name') = ?", (worker,))]))
        if "case add" in have:
            alloc = f" --worker '{worker}'" if "worker add" in have else ""
            cmds.append((f"case add {ref} --team '{team}'{alloc} --opened 2016-01-04 --status cp --flag neglect", [
                ("SELECT count(*) FROM case_file WHERE ref = ?", (ref,)),
                ("SELECT count(*) FROM history WHERE tbl = 'case_file' AND operation = 'insert'"
                 " AND json_extract(new, '$.ref') = ?", (ref,))]))
            if "chron add" in have:
                text = f"Referral {ref}: concern raised by school"
                cmds.append((f"chron add {ref} 2016-02-01 '{text}' --kind referral", [
                    ("SELECT count(*) FROM chronology WHERE text = ?", (text,)),
                    ("SELECT count(*) FROM history WHERE tbl = 'chronology' AND operation = 'insert'"
                     " AND json_extract(new, '$.text') = ?", (text,))]))
            if "supervision add" in have and "worker add" in have:
                cmds.append((f"supervision add '{worker}' --by '{manager}' --date 2016-03-0{1 + i % 9} --case {ref}", [
                    ("SELECT count(*) FROM supervision s JOIN worker w ON w.id = s.worker_id WHERE w.name = ?",
                     (worker,))]))
            if "audit add" in have and "worker add" in have:
                cmds.append((f"audit add {ref} --date 2016-11-0{1 + i % 9} --auditor '{manager}' --grade good"
                             f" --submit CHRON=met PLAN=not-met NEGLECT=met", [
                                 ("SELECT count(*) FROM audit a JOIN case_file c ON c.id = a.case_id"
                                  " WHERE c.ref = ? AND a.submitted_at IS NOT NULL", (ref,)),
                                 ("SELECT count(*) FROM answer n JOIN audit a ON a.id = n.audit_id"
                                  " JOIN case_file c ON c.id = a.case_id"
                                  " WHERE c.ref = ? AND n.standard_code = 'CHRON'", (ref,))]))
    return cmds


def failed_lines(stderr):
    """Line numbers reported as failed ("error: line N: ..."), and the rest."""
    lines, other = set(), []
    for text in stderr.splitlines():
        m = re.match(r"^error: line (\d+): ", text)
        if m:
            lines.add(int(m.group(1)))
        elif text.strip():
            other.append(text)
    return lines, other


def main():
    binary = os.path.abspath(sys.argv[1])
    start = time.monotonic()
    env = dict(os.environ, CASEAUDIT_TODAY=TODAY, NO_COLOR="1", LC_ALL="C.UTF-8")
    have = available(binary, env)
    problems = []
    with tempfile.TemporaryDirectory(prefix="caseaudit-concurrency-") as tmp:
        db = os.path.join(tmp, "council.db")
        plans = [plan(k, have) for k in range(WRITERS)]
        reader_cmd = ["-c", "compliance"] if "compliance" in have else \
            ["-c", "team list", "-c", "case list", "-c", "worker list"]
        # Everyone starts at once on a database that does not exist yet:
        # creating and migrating it is part of the race.
        procs = {}
        chunks = {}
        for k in range(WRITERS):
            user = f"writer{k}"
            if k < 2:
                p = subprocess.Popen([binary, "--user", user, db], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, env=env, cwd=tmp)
                procs[k] = p
            else:
                chunks[k] = [plans[k][j:j + CHUNK] for j in range(0, len(plans[k]), CHUNK)]
        results = {k: [] for k in range(WRITERS)}  # (commands, returncode, stdout, stderr) per process
        # The long sessions are fed their whole script on standard input;
        # each writer runs in a thread of its own.
        def feed_long(k):
            p = procs[k]
            script = "".join(line + "\n" for line, _ in plans[k])
            out, err = p.communicate(script.encode(), timeout=DEADLINE)
            results[k].append((plans[k], p.returncode, out.decode(), err.decode()))

        def run_short(k):
            for n, chunk in enumerate(chunks[k]):
                if k == 2:
                    # A script file (-f): its changes are committed in groups.
                    path = os.path.join(tmp, f"w{k}-{n}.txt")
                    with open(path, "w") as f:
                        f.write("".join(line + "\n" for line, _ in chunk))
                    args = ["-f", path]
                else:
                    # -c, each command in a transaction of its own.
                    args = [a for line, _ in chunk for a in ("-c", line)]
                p = subprocess.run([binary, "--user", f"writer{k}", *args, db], capture_output=True,
                                   env=env, cwd=tmp, timeout=DEADLINE)
                results[k].append((chunk, p.returncode, p.stdout.decode(), p.stderr.decode()))

        stop = threading.Event()
        reads = []

        def read_loop():
            while not stop.is_set():
                p = subprocess.run([binary, "--user", "reader", "--mode", "csv", *reader_cmd, db],
                                   capture_output=True, env=env, cwd=tmp, timeout=DEADLINE)
                reads.append((p.returncode, p.stderr.decode()))

        backups = []

        def backup_loop():
            n = 0
            while not stop.is_set():
                time.sleep(0.15)
                if not os.path.exists(db):
                    continue
                path = os.path.join(tmp, f"backup-{n}.db")
                n += 1
                p = subprocess.run([binary, "--user", "backup", "-c", f"backup {path}", db],
                                   capture_output=True, env=env, cwd=tmp, timeout=DEADLINE)
                backups.append((path, p.returncode, p.stderr.decode()))

        threads = [threading.Thread(target=feed_long if k < 2 else run_short, args=(k,)) for k in range(WRITERS)]
        helpers = [threading.Thread(target=read_loop), threading.Thread(target=backup_loop)]
        for t in threads + helpers:
            t.start()
        for t in threads:
            t.join()
        stop.set()
        for t in helpers:
            t.join()
        elapsed = time.monotonic() - start

        # What reported success, and what failed.
        written = 0
        succeeded = []
        for k in range(WRITERS):
            for commands, rc, out, err in results[k]:
                bad, other = failed_lines(err)
                for text in other:
                    problems.append(f"writer {k}: {text}")
                for n, (line, checks) in enumerate(commands, 1):
                    # -c errors carry no line number: a failed process
                    # counts none of its commands as succeeded.
                    if n in bad or (other and rc != 0):
                        continue
                    succeeded.append((line, checks))
                written += len(commands)
                if "locked" in err or "busy" in err:
                    problems.append(f"writer {k}: a command met a lock: {err.strip()}")
                if rc != 0:
                    problems.append(f"writer {k}: exit {rc}: {err.strip()[:500]}")
        for rc, err in reads:
            if rc != 0 or err:
                problems.append(f"reader: exit {rc}: {err.strip()[:300]}")
        for path, rc, err in backups:
            if rc != 0:
                problems.append(f"backup {os.path.basename(path)}: exit {rc}: {err.strip()[:300]}")

        # Every success is in the database exactly once.
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        lost = duplicated = 0
        for line, checks in succeeded:
            for sql, params in checks:
                count = con.execute(sql, params).fetchone()[0]
                if count == 0:
                    lost += 1
                    problems.append(f"lost: {line} ({sql} {params})")
                elif count > 1:
                    duplicated += 1
                    problems.append(f"{count} times: {line} ({sql} {params})")
        integrity = con.execute("PRAGMA integrity_check").fetchall()
        if integrity != [("ok",)]:
            problems.append(f"integrity_check: {integrity}")
        history = con.execute("SELECT count(*) FROM history").fetchone()[0]
        con.close()
        # The history's hash chain stayed whole with many writers, each
        # carrying the head from its own last entry (history_chain.c).
        if "history verify" in have or available_verify(binary, env):
            p = subprocess.run([binary, "-c", "history verify", db], capture_output=True, text=True, env=env,
                               timeout=120)
            if p.returncode != 0:
                problems.append(f"history verify after concurrent writers: {p.stdout[-2000:]}{p.stderr[-500:]}")

        # Every backup is sound and a consistent snapshot: each case and
        # team in it has its history entry, taken in the same transaction.
        good_backups = 0
        for path, rc, _ in backups:
            if rc != 0:
                continue
            if os.stat(path).st_mode & 0o777 != 0o600:
                problems.append(f"backup {path} has permissions {oct(os.stat(path).st_mode & 0o777)}, not 0600")
            b = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            check = b.execute("PRAGMA integrity_check").fetchall()
            if check != [("ok",)]:
                problems.append(f"backup {path}: integrity_check {check}")
            for table in ("team", "case_file", "chronology"):
                rows = b.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                logged = b.execute("SELECT count(*) FROM history WHERE tbl = ? AND operation = 'insert'",
                                   (table,)).fetchone()[0]
                if rows != logged:
                    problems.append(f"backup {path}: {rows} {table} rows but {logged} history inserts")
            b.close()
            good_backups += 1

    print(f"commands: {', '.join(sorted(c for c in have if c.split()[-1] == 'add'))}"
          f"; reader: {' '.join(reader_cmd[1::2])}")
    print(f"{written} commands written concurrently by {WRITERS} processes in {elapsed:.1f} s; "
          f"{len(succeeded)} reported success, {lost} lost, {duplicated} duplicated; "
          f"{history} history rows; {len(reads)} reader runs; {good_backups} backups taken under load")
    if written < WRITERS * 100:
        problems.append(f"only {written} commands were written; expected hundreds per writer")
    if elapsed > DEADLINE:
        problems.append(f"took {elapsed:.1f} s, more than {DEADLINE} s")
    for p in problems[:40]:
        print("FAIL", p)
    print(f"{0 if problems else 1} passed, {1 if problems else 0} failed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
