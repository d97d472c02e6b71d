#!/usr/bin/env python3
"""Ctrl-C while waiting for a locked database (issue 15, item 7).

usage: interrupt_test.py CASEAUDIT

A second process (Python's sqlite3) holds the write lock with BEGIN
IMMEDIATE; in the REPL (on a pseudo-terminal) `team add Blocked` waits for
it. Ctrl-C must cancel the wait and the command at once, saying so, and
nothing may be committed once the lock is released; the session goes on.
"""
import os
import pty
import select
import sqlite3
import sys
import tempfile
import time


def main():
    binary = os.path.abspath(sys.argv[1])
    problems = []
    with tempfile.TemporaryDirectory(prefix="caseaudit-interrupt-") as tmp:
        db = os.path.join(tmp, "locked.db")
        env = dict(os.environ, CASEAUDIT_USER="tester", CASEAUDIT_TODAY="2016-11-30", NO_COLOR="1",
                   XDG_STATE_HOME=os.path.join(tmp, "state"), HOME=tmp, TERM="dumb")
        os.spawnve(os.P_WAIT, binary, [binary, "-c", "team add Alpha", db], env)
        holder = sqlite3.connect(db, isolation_level=None, timeout=0)
        holder.execute("BEGIN IMMEDIATE")

        pid, fd = pty.fork()
        if pid == 0:
            os.execve(binary, [binary, db], env)
        seen = b""

        def read_until(marker, seconds):
            nonlocal seen
            deadline = time.monotonic() + seconds
            while marker not in seen and time.monotonic() < deadline:
                r, _, _ = select.select([fd], [], [], 0.2)
                if r:
                    try:
                        seen += os.read(fd, 4096)
                    except OSError:
                        return False
            return marker in seen

        if not read_until(b"caseaudit> ", 10):
            problems.append(f"no prompt: {seen!r}")
        os.write(fd, b"team add Blocked\r")
        time.sleep(1.0)  # caseaudit is now waiting for the lock
        mark = len(seen)
        started = time.monotonic()
        os.write(fd, b"\x03")  # Ctrl-C: the terminal sends SIGINT
        if not read_until(b"cancelled while waiting", 5):
            problems.append(f"Ctrl-C did not cancel the wait within 5 s: {seen[mark:]!r}")
        took = time.monotonic() - started
        if not read_until(b"nothing was changed", 1):
            problems.append(f"the message does not say nothing was changed: {seen[mark:]!r}")
        holder.execute("ROLLBACK")
        holder.close()
        time.sleep(0.5)
        # The session goes on: the next command works once the lock is free.
        os.write(fd, b"team list\r")
        if not read_until(b"Alpha", 10):
            problems.append(f"the session did not go on after Ctrl-C: {seen[mark:]!r}")
        os.write(fd, b".quit\r")
        read_until(b"\n", 2)
        try:
            os.waitpid(pid, 0)
        except ChildProcessError:
            pass
        con = sqlite3.connect(db)
        teams = [r[0] for r in con.execute("SELECT name FROM team ORDER BY name")]
        con.close()
        if teams != ["Alpha"]:
            problems.append(f"the cancelled command was committed after all: teams {teams}")
    for p in problems:
        print("FAIL:", p)
    if problems:
        sys.exit(1)
    print(f"interrupt_test: Ctrl-C cancelled the wait for a locked database in {took:.2f} s; nothing committed")


if __name__ == "__main__":
    main()
