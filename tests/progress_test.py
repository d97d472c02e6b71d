#!/usr/bin/env python3
"""Progress of long work: shown on a terminal, never in a pipe or a script.

usage: progress_test.py PATH/TO/caseaudit

Imports a CSV file (3,000 cases; the test build's
CASEAUDIT_PROGRESS_DELAY_MS=0 lifts the quarter second before progress
shows, so the work need not be long), and reports over them, with standard error
on a pseudo-terminal and standard output on a pipe: the terminal gets
progress lines (rows read, percent of the file, elapsed seconds; the
report's stages), each drawn over the last with a carriage return and
cleared at the end, at most about 10 a second; standard output gets only
the command's own line. The same import with standard error on a pipe,
and the same on a terminal but read from a script (-f), show none; a
ten-row import within the usual delay shows none either.

Prints one line per check and `N passed, N failed`; exits 1 on failure.
"""
import os
import pty
import re
import select
import shutil
import subprocess
import sys
import tempfile
import time

ROWS = 3000


def run(argv, env, stderr_tty, cwd):
    """Run argv; (stdout, stderr, status, seconds) with standard error on a
    pseudo-terminal when stderr_tty, else on a pipe."""
    started = time.monotonic()
    if not stderr_tty:
        p = subprocess.run(argv, env=env, cwd=cwd, stdin=subprocess.DEVNULL, capture_output=True, timeout=300)
        return p.stdout.decode(), p.stderr.decode(), p.returncode, time.monotonic() - started
    master, slave = pty.openpty()
    p = subprocess.Popen(argv, env=env, cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=slave)
    os.close(slave)
    err = b""
    out = b""
    os.set_blocking(p.stdout.fileno(), False)
    open_fds = [master, p.stdout]
    deadline = time.monotonic() + 300
    while open_fds and time.monotonic() < deadline:
        ready, _, _ = select.select(open_fds, [], [], 0.1)
        if master in ready:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO: the terminal's other end closed
                chunk = b""
            if chunk:
                err += chunk
            else:
                open_fds.remove(master)
        if p.stdout in ready:
            chunk = p.stdout.read()
            if chunk:
                out += chunk
            elif chunk == b"":
                open_fds.remove(p.stdout)
    p.wait(timeout=60)
    out += p.stdout.read() or b""
    os.close(master)
    return out.decode(), err.decode(), p.returncode, time.monotonic() - started


class Test:
    def __init__(self, binary):
        self.binary = os.path.abspath(binary)
        self.dir = tempfile.mkdtemp(prefix="caseaudit-progress-")
        self.env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": self.dir, "CASEAUDIT_USER": "tester",
                    "CASEAUDIT_TODAY": "2016-11-30", "LC_ALL": "C.UTF-8", "NO_COLOR": "1", "TERM": "xterm",
                    "CASEAUDIT_PROGRESS_DELAY_MS": "0"}
        self.passed = self.failed = 0
        self.csv = os.path.join(self.dir, "cases.csv")
        with open(self.csv, "w") as f:
            f.write("id,team,status,opened\n")
            for i in range(ROWS):
                f.write("C%06d,Team %d,cin,2016-01-04\n" % (i, i % 7))
        with open(os.path.join(self.dir, "small.csv"), "w") as f:
            f.write("id,team,status,opened\n")
            for i in range(10):
                f.write("S%02d,Team 1,cin,2016-01-04\n" % i)

    def caseaudit(self, db, *commands, stderr_tty=True, script=None):
        argv = [self.binary]
        for c in commands:
            argv += ["-c", c]
        if script:
            argv += ["-f", script]
        return run(argv + [os.path.join(self.dir, db)], self.env, stderr_tty, self.dir)

    def check(self, name, function):
        try:
            function()
        except AssertionError as e:
            self.failed += 1
            print("FAIL %s: %s" % (name, e))
        else:
            self.passed += 1
            print("ok   %s" % name)


def frames(err):
    """The progress lines drawn: the text after each carriage return."""
    return [f for f in re.split(r"\r", err) if f.strip() and not f.startswith("\x1b[K")]


def main():
    if len(sys.argv) != 2:
        print("usage: progress_test.py PATH/TO/caseaudit", file=sys.stderr)
        return 2
    t = Test(sys.argv[1])
    try:
        def import_on_terminal():
            out, err, rc, seconds = t.caseaudit("a.db", "import cases cases.csv --create-missing")
            assert rc == 0, "exit %d: %s" % (rc, err)
            assert out == "imported 3000 cases from cases.csv: 3000 added, 0 updated, 0 unchanged; " \
                          "created 7 teams\n", "standard output: %r" % out
            shown = frames(err.replace("\x1b[K", ""))
            assert shown, "no progress on the terminal in %.1f s: %r" % (seconds, err)
            for line in shown:
                assert re.fullmatch(r"importing cases\.csv: [\d,]+ rows?, \d+%, \d+\.\d s", line), \
                    "a progress line reads %r" % line
            rows = [int(re.search(r": ([\d,]+) rows?", l).group(1).replace(",", "")) for l in shown]
            assert rows == sorted(rows) and rows[-1] <= ROWS, "rows go %s" % rows
            # The percent is of the file read, by line: it follows the rows
            # (every row here is the same length) within a point or two.
            for line, n in zip(shown, rows):
                percent = int(re.search(r"(\d+)%", line).group(1))
                assert abs(percent - 100.0 * n / ROWS) <= 2, "%r: %d%% of the file at row %d" % (line, percent, n)
            assert err.endswith("\r\x1b[K"), "the line is not cleared at the end: %r" % err[-80:]
            # Throttled: at most about 10 a second (one more for rounding).
            assert len(shown) <= seconds * 10 + 2, "%d lines in %.1f s" % (len(shown), seconds)
            print("     %d progress lines in %.2f s, the last %r" % (len(shown), seconds, shown[-1]))

        def import_piped():
            out, err, rc, _ = t.caseaudit("b.db", "import cases cases.csv --create-missing", stderr_tty=False)
            assert rc == 0, "exit %d: %s" % (rc, err)
            assert err == "", "standard error on a pipe got %r" % err[:200]
            assert "imported 3000 cases" in out

        def import_in_script():
            script = os.path.join(t.dir, "import.txt")
            with open(script, "w") as f:
                f.write("import cases cases.csv --create-missing\n")
            out, err, rc, _ = t.caseaudit("c.db", script=script)
            assert rc == 0, "exit %d: %s" % (rc, err)
            assert err == "", "a script on a terminal got %r" % err[:200]

        def short_import_silent():
            env = dict(t.env)
            del env["CASEAUDIT_PROGRESS_DELAY_MS"]
            out, err, rc, seconds = run([t.binary, "-c", "import cases small.csv", os.path.join(t.dir, "a.db")],
                                        env, True, t.dir)
            assert rc == 0, "exit %d: %s" % (rc, err)
            if seconds < 0.2:
                assert err == "", "a %.2f s import showed %r" % (seconds, err)

        def report_on_terminal():
            out, err, rc, seconds = t.caseaudit("a.db", "report html r.html")
            assert rc == 0, "exit %d: %s" % (rc, err)
            assert "\r" not in out and "report r.html:" not in out, "standard output: %r" % out
            for line in frames(err.replace("\x1b[K", "")):
                assert re.fullmatch(r"report r\.html: [a-z ]+, \d+%, \d+\.\d s", line), "a line reads %r" % line
            assert frames(err), "no progress in %.1f s" % seconds

        t.check("import on a terminal shows rows, percent and time on stderr, cleared", import_on_terminal)
        t.check("import with stderr on a pipe shows none", import_piped)
        t.check("import read from a script (-f) shows none on a terminal", import_in_script)
        t.check("report html on a terminal: its stages on stderr, stdout clean", report_on_terminal)
        t.check("a short import within the delay shows nothing", short_import_silent)
    finally:
        shutil.rmtree(t.dir, ignore_errors=True)
    print("%d passed, %d failed" % (t.passed, t.failed))
    return 1 if t.failed else 0


if __name__ == "__main__":
    sys.exit(main())
