#!/usr/bin/env python3
"""Terminal test: types into the caseaudit REPL on a real terminal.

usage: repl_test.py PATH/TO/caseaudit

Each session runs in a private tmux server (its own socket in a temporary
folder, HOME and XDG_STATE_HOME there too), so what is checked is what a
person sees: the rendered screen. Every wait polls the screen for the
expected text with a deadline; nothing sleeps for a fixed time. Checks:
banner and prompt, Tab completion of a command word, an option, an
enumerated value, a team name (quoted), a list of case IDs, standard codes
in a positional after the first and an option's value from the command's
own fixed list; Ctrl-C
abandoning a half-typed line and stopping a running query; Ctrl-D and
.quit leaving; history kept in
$XDG_STATE_HOME (or ~/.local/state) with mode 0600 and recalled with Up in
the next session; a guided `audit start` answered at its own prompts (not
kept in history) and one abandoned with Ctrl-C; a correction by going back
(<), a change from the review screen, Ctrl-D half way kept as a draft (the
default, said on screen) and the draft continued and submitted; a re-audit
showing the earlier audit and its answers beside the questions; on a
12-line terminal a long list through $PAGER (a fake that records what it
is given) but never a short one, a .output file, after .pager off or
CASEAUDIT_PAGER=off, or in batch mode.

Prints one line per check and `N passed, N failed`; exits 1 on failure.
"""
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
import termios
import time

WAIT = 15.0         # seconds to wait for any one expected screen (a loaded CI machine)
BUDGET = 90.0       # seconds for the whole test: later waits fail at once
PROMPT = "caseaudit>"  # as tmux shows it: trailing spaces are not kept


class Failed(Exception):
    pass


def zombie_status(pid):
    """The wait status of process pid if it has ended and not been reaped."""
    try:
        with open("/proc/%s/stat" % pid) as f:
            stat = f.read()
    except (OSError, ValueError):
        return None
    # The command's name, in brackets, may hold spaces: fields follow it.
    fields = stat[stat.rfind(")") + 2:].split()
    if not fields or fields[0] != "Z" or len(fields) < 50:
        return None
    return int(fields[49])  # field 52 counting pid and comm


class Session:
    """One caseaudit process on a tmux terminal."""

    def __init__(self, test, argv, name, rows=50):
        self.test = test
        self.name = name
        self.tmux("new-session", "-d", "-s", name, "-x", "160", "-y", str(rows), "--", *argv)
        self.target = name + ":0.0"
        tty = self.tmux("display-message", "-p", "-t", self.target, "#{pane_tty}").strip()
        # Watched, never read: its modes tell when libedit is reading keys.
        try:
            self.tty = os.open(tty, os.O_RDONLY | os.O_NOCTTY | os.O_NONBLOCK)
        except OSError:
            self.tty = None  # the process has ended already: waits will fail

    def close(self):
        if self.tty is not None:
            os.close(self.tty)

    def editing(self):
        """Whether libedit has the terminal (no canonical mode): only then
        are keys taken as typed. Between two lines the terminal is back in
        canonical mode, where the driver would take Ctrl-D or Ctrl-C itself
        and echo what is typed."""
        try:
            return self.tty is not None and not termios.tcgetattr(self.tty)[3] & termios.ICANON
        except termios.error:
            return False  # the process has ended

    def tmux(self, *args):
        return self.test.tmux(*args)

    def snapshot(self):
        """(the line the cursor is on, counting the scrollback; every line of
        the terminal, scrollback first), read in one tmux command so the two
        agree. Output after an action starts at the cursor's line then (the
        line being edited)."""
        out = self.tmux("display-message", "-p", "-t", self.target, "#{history_size} #{cursor_y}", ";",
                        "capture-pane", "-p", "-S", "-", "-E", "-", "-t", self.target)
        first, _, screen = out.partition("\n")
        size, y = first.split()
        return int(size) + int(y), screen.split("\n")

    def lines(self):
        return self.snapshot()[1]

    def mark(self):
        return self.snapshot()[0]

    def cursor_line(self):
        at, lines = self.snapshot()
        return lines[at].rstrip() if at < len(lines) else ""

    def keys(self, *keys):
        self.wait("caseaudit to read keys", self.editing)
        self.tmux("send-keys", "-t", self.target, *keys)

    def type(self, text):
        self.wait("caseaudit to read keys", self.editing)
        self.tmux("send-keys", "-t", self.target, "-l", text)

    def wait(self, what, check):
        """Poll until check() is true; fail with the screen when it is not."""
        deadline = min(time.monotonic() + WAIT, self.test.deadline)
        delay = 0.005
        while True:
            if check():
                return
            if time.monotonic() > deadline:
                screen = "\n".join(l.rstrip() for l in self.lines()).rstrip()
                raise Failed("timed out waiting for %s; the screen:\n%s" % (what, screen))
            time.sleep(delay)
            delay = min(delay * 2, 0.05)

    def wait_text(self, text, since=0):
        """Wait for text (a string or compiled regex) on a line at or after since."""
        def found():
            shown = "\n".join(l.rstrip() for l in self.lines()[since:])
            return text.search(shown) if hasattr(text, "search") else text in shown
        self.wait(repr(getattr(text, "pattern", text)), found)

    def wait_line(self, expected):
        """Wait until the line being edited reads exactly expected."""
        self.wait("the cursor line to read %r (it reads %r)" % (expected, self.cursor_line()),
                  lambda: self.cursor_line() == expected)

    def wait_prompt(self):
        self.wait_line(PROMPT)

    def run(self, command):
        """Type a command (none: run the line as it stands), Enter, and wait
        for the next prompt; the lines it printed are returned."""
        if command:
            self.type(command)
            self.wait_line(PROMPT + " " + command)
        start = self.mark()
        self.keys("Enter")
        self.wait("the prompt after %r" % command,
                  lambda: self.mark() > start and self.cursor_line() == PROMPT)
        return "\n".join(l.rstrip() for l in self.lines()[start + 1:self.mark()])

    def dead(self):
        """(whether the process has ended, its exit status or "signal N")."""
        out = self.tmux("display-message", "-p", "-t", self.target,
                        "#{pane_dead}:#{pane_dead_status}:#{pane_dead_signal}:#{pane_pid}")
        dead, status, signal, pid = (out.strip().split(":") + ["", "", ""])[:4]
        if status:
            return dead == "1", int(status)
        if signal:
            return dead == "1", "signal " + signal
        if dead == "1":
            # tmux 3.3 on a loaded machine can read the end of the output
            # and never reap the process (its SIGCHLD lost): the pane is
            # dead with no status, the process a zombie. A zombie's status
            # is in /proc (proc(5), stat field 52, as waitpid gives it).
            wait = zombie_status(pid)
            if wait is not None:
                if os.WIFSIGNALED(wait):
                    return True, "signal %d" % os.WTERMSIG(wait)
                return True, os.WEXITSTATUS(wait)
        return dead == "1", None

    def wait_exit(self):
        """Wait for the process to end; fail unless its exit status is 0."""
        self.wait("caseaudit to exit", lambda: self.dead()[1] is not None)
        status = self.dead()[1]
        if status != 0:
            # What it printed last (a sanitizer's report, say) says why.
            tail = "\n".join(l.rstrip() for l in self.lines()).rstrip().split("\n")[-25:]
            raise Failed("exit status %s; the screen ends:\n%s" % (status, "\n".join(tail)))


class Test:
    def __init__(self, binary):
        self.binary = os.path.abspath(binary)
        self.dir = tempfile.mkdtemp(prefix="caseaudit-repl-")
        self.db = os.path.join(self.dir, "council.db")
        self.state = os.path.join(self.dir, "state")
        self.home = os.path.join(self.dir, "home")
        os.mkdir(self.home)
        self.env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": self.home,
            "XDG_STATE_HOME": self.state,
            "CASEAUDIT_USER": "repl-test",
            "CASEAUDIT_TODAY": "2016-11-30",
            "LANG": "C.UTF-8",
            "LC_ALL": "C.UTF-8",
            "TERM": "xterm",
            "TMUX_TMPDIR": self.dir,
        }
        self.socket = os.path.join(self.dir, "tmux.sock")
        self.conf = os.path.join(self.dir, "tmux.conf")
        with open(self.conf, "w") as f:
            # Keep the pane after exit to read its status; no status line;
            # no delay after Escape; no colour so the text is plain.
            f.write("set -g remain-on-exit on\nset -g status off\nset -s escape-time 0\n"
                    "set -g history-limit 10000\nset -g default-terminal screen\n")
        self.deadline = time.monotonic() + BUDGET
        self.passed = 0
        self.failed = 0
        self.sessions = 0
        self.opened = []

    def tmux(self, *args):
        r = subprocess.run(["tmux", "-S", self.socket, "-f", self.conf, *args], env=self.env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=10)
        if r.returncode != 0:
            raise Failed("tmux %s: %s" % (" ".join(args), r.stderr.strip()))
        return r.stdout

    def batch(self, *commands, mode="csv"):
        argv = [self.binary, "--mode", mode]
        for c in commands:
            argv += ["-c", c]
        r = subprocess.run(argv + [self.db], env=self.env, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True, timeout=10)
        if r.returncode != 0:
            raise Failed("caseaudit %s failed (%d): %s" % (commands, r.returncode, r.stderr))
        return r.stdout

    def session(self, *extra_env, rows=50, argv=None):
        self.sessions += 1
        argv = argv or [self.binary, self.db]
        if extra_env:
            argv = ["env", *extra_env, *argv]
        s = Session(self, argv, "s%d" % self.sessions, rows=rows)
        self.opened.append(s)
        return s

    def check(self, name, function, *args):
        try:
            function(*args)
        except Failed as e:
            self.failed += 1
            print("FAIL %s: %s" % (name, e))
        except Exception as e:  # a bug in the test itself still counts
            self.failed += 1
            print("FAIL %s: %s: %s" % (name, type(e).__name__, e))
        else:
            self.passed += 1
            print("ok   %s" % name)

    def cleanup(self):
        for s in self.opened:
            s.close()
        subprocess.run(["tmux", "-S", self.socket, "kill-server"], env=self.env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=10)
        shutil.rmtree(self.dir, ignore_errors=True)


# ---- the checks ----

def setup(t):
    t.batch('team add "Assessment Team 1"', 'team add "Assessment Team 2"', 'team add "Children in Care"',
            'worker add "Mary Shah" --team "Assessment Team 1" --role team-manager',
            'worker add "Kate O\'Brien" --team "Assessment Team 1" --role social-worker',
            'worker add "Sam Patel" --team "Children in Care" --role social-worker',
            'case add C1001 --team "Assessment Team 1" --worker "Kate O\'Brien" --status cp --flag neglect'
            ' --opened 2016-03-01',
            'case add C1002 --team "Assessment Team 1" --worker "Kate O\'Brien" --status cin',
            'case add C3001 --team "Children in Care" --worker "Sam Patel" --status care-leaver',
            'chron add C1001 2016-10-01 "Initial child protection conference"')
    if "Children in Care" not in t.batch("team list"):
        raise Failed("the teams were not added")


def banner(s):
    s.wait_text(re.compile(r"^caseaudit \S+, database .*council\.db: type 'help'", re.M))
    s.wait_prompt()


def complete_command(s):
    s.type("tea")
    s.wait_line(PROMPT + " tea")
    s.keys("Tab")
    s.wait_line(PROMPT + " team")          # "team " with its space
    s.type("l")
    s.keys("Tab")
    s.wait_line(PROMPT + " team list")
    out = s.run("")
    for team in ("Assessment Team 1", "Assessment Team 2", "Children in Care"):
        if team not in out:
            raise Failed("team list printed no %r:\n%s" % (team, out))


def complete_option_and_value(s):
    s.type("case list --st")
    s.keys("Tab")
    s.wait_line(PROMPT + " case list --status")
    s.type("ca")
    s.keys("Tab")
    s.wait_line(PROMPT + " case list --status care-leaver")
    out = s.run("")
    if "C3001" not in out or "C1001" in out:
        raise Failed("case list --status care-leaver printed:\n" + out)


def complete_team_name(s):
    s.type("worker list --team chi")
    s.keys("Tab")
    s.wait_line(PROMPT + ' worker list --team "Children in Care"')
    out = s.run("")
    if "Sam Patel" not in out or "Mary Shah" in out:
        raise Failed("worker list --team printed:\n" + out)


def complete_list(s):
    # Several case IDs: Tab completes what they share, the next Tab lists them.
    s.type("case show C")
    s.keys("Tab")
    s.wait_line(PROMPT + " case show C")
    at = s.mark()
    s.keys("Tab")
    s.wait_text(re.compile(r"C1001 +C1002 +C3001"), since=at)
    s.wait_line(PROMPT + " case show C")   # the line is drawn again below the list
    s.type("3")
    s.keys("Tab")
    s.wait_line(PROMPT + " case show C3001")
    out = s.run("")
    if "care-leaver" not in out:
        raise Failed("case show C3001 printed:\n" + out)


def complete_later_positional(s):
    # Every positional has its kind, not only the first: theme add NAME
    # STANDARD... completes standard codes in the second and third places.
    s.type("theme add Visits CH")
    s.keys("Tab")
    s.wait_line(PROMPT + " theme add Visits CHRON")
    s.type("VOI")
    s.keys("Tab")
    s.wait_line(PROMPT + " theme add Visits CHRON VOICE")
    out = s.run("")
    if "error" in out:
        raise Failed("theme add printed:\n" + out)
    out = s.run("theme list")
    if "Visits" not in out or "VOICE" not in out:
        raise Failed("theme list printed:\n" + out)


def complete_theme_name(s):
    # A theme's name completes from the database wherever a command takes
    # one (here sample list --theme; the theme Visits is the one
    # complete_later_positional added).
    s.type("sample list --theme Vi")
    s.keys("Tab")
    s.wait_line(PROMPT + " sample list --theme Visits")
    out = s.run("")
    if "error" in out:
        raise Failed("sample list --theme Visits printed:\n" + out)
    s.type("audit start C1001 --theme vis")
    s.keys("Tab")
    s.wait_line(PROMPT + " audit start C1001 --theme Visits")
    at = s.mark()
    s.keys("C-c")
    s.wait("a fresh prompt below the abandoned line",
           lambda: s.mark() > at and s.cursor_line() == PROMPT)


def complete_fixed_choice(s):
    # An option whose values are the command's own fixed list
    # (compliance --by team|month|service).
    s.type("compliance --by mo")
    s.keys("Tab")
    s.wait_line(PROMPT + " compliance --by month")
    out = s.run("")
    if "error" in out or "month" not in out:
        raise Failed("compliance --by month printed:\n" + out)


def ctrl_c(s):
    s.type("team add Abandoned")
    s.wait_line(PROMPT + " team add Abandoned")
    at = s.mark()
    s.keys("C-c")
    s.wait("a fresh prompt below the abandoned line",
           lambda: s.mark() > at and s.cursor_line() == PROMPT)
    if s.dead()[0]:
        raise Failed("Ctrl-C ended the session")
    if "Abandoned" in t_global.batch("team list"):
        raise Failed("the abandoned line was run")
    s.run("team list")  # still answering


def ctrl_c_command(s):
    # A query that would never end: Ctrl-C stops it and the session goes on.
    s.type('sql "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n"')
    at = s.mark()
    s.keys("Enter")
    s.wait("the query to be running", lambda: s.mark() > at and not s.editing())
    s.tmux("send-keys", "-t", s.target, "C-c")
    s.wait_text("error: sql: interrupted", since=at)
    s.wait_prompt()
    out = s.run('sql "SELECT count(*) AS teams FROM team"')
    if not re.search(r"^ +3$", out, re.M):
        raise Failed("the next query printed:\n" + out)


def last_command(s):
    s.run("case show C1001")


def ctrl_d(s):
    s.wait_prompt()
    s.keys("C-d")
    s.wait_exit()


def history_file(t):
    path = os.path.join(t.state, "caseaudit", "history")
    if not os.path.exists(path):
        raise Failed("no history at " + path)
    mode = stat.S_IMODE(os.stat(path).st_mode)
    if mode != 0o600:
        raise Failed("history is mode %o, expected 600" % mode)
    with open(path, encoding="utf-8", errors="replace") as f:
        text = f.read()
    # libedit keeps lines vis(3)-encoded: spaces are \040.
    text = text.replace("\\040", " ")
    for line in ("team list", "case show C1001", 'worker list --team "Children in Care"'):
        if line not in text.split("\n"):
            raise Failed("history lacks %r:\n%s" % (line, text))
    if "Abandoned" in text:
        raise Failed("the line abandoned with Ctrl-C is in the history")


def history_recalled(s):
    s.wait_prompt()
    s.keys("Up")
    s.wait_line(PROMPT + " case show C1001")
    s.keys("Up")
    s.wait_line(PROMPT + " team list")
    s.keys("Down")
    s.wait_line(PROMPT + " case show C1001")
    out = s.run("")
    if "C1001" not in out:
        raise Failed("the recalled command printed:\n" + out)


def home_fallback_and_quit(t):
    # Without $XDG_STATE_HOME the history goes under ~/.local/state.
    s = t.session("-u", "XDG_STATE_HOME")
    s.wait_prompt()
    s.run("standard list")
    s.type(".quit")
    s.keys("Enter")
    s.wait_exit()
    path = os.path.join(t.home, ".local", "state", "caseaudit", "history")
    if not os.path.exists(path):
        raise Failed("no history at " + path)
    if stat.S_IMODE(os.stat(path).st_mode) != 0o600:
        raise Failed("%s is not mode 600" % path)


ANSWER = re.compile(r"^([A-Z-]+) \[m/n/x/<\?\]:$")


def guided_audit(t, s):
    s.wait_prompt()
    s.type('audit start C10')
    s.keys("Tab")
    s.wait_line(PROMPT + " audit start C100")
    s.type('1 --auditor "Mary')
    s.keys("Tab")
    s.wait_line(PROMPT + ' audit start C1001 --auditor "Mary Shah"')
    at = s.mark()
    s.keys("Enter")
    s.wait_text("latest chronology: 2016-10-01", since=at)
    answered, explained, acted, steps = [], False, False, 0
    while True:
        steps += 1
        if steps > 60:
            raise Failed("the guided audit did not finish")
        s.wait("a question of audit start",
               lambda: ANSWER.match(s.cursor_line()) or s.cursor_line().endswith(":")
               or s.cursor_line() == PROMPT)
        line = s.cursor_line()
        m = ANSWER.match(line)
        at = s.mark()
        if line == PROMPT:
            break
        if m and not explained:
            # Tab at an answer is not completion; ? explains the standard.
            s.keys("Tab")
            s.type("?")
            s.wait_line(line + " ?")
            s.keys("Enter")
            s.wait("the guidance and the question again",
                   lambda: s.mark() > at + 1 and s.cursor_line() == line)
            explained = True
            continue
        if m:
            answered.append(m.group(1))
            s.type("n no recent visit" if m.group(1) == "CHRON" else "m")
        elif line.startswith("change"):
            pass  # the review: blank goes on to the grade
        elif line.startswith("grade"):
            s.type("g")
        elif line.startswith("action") and not acted:
            s.type("Update the chronology")
            acted = True
        elif line.startswith("action"):
            pass  # a blank action finishes
        elif line.startswith("owner"):
            pass  # the case's worker, offered in brackets
        elif line.startswith("due"):
            s.type("+14")
        elif line.startswith("submit"):
            s.type("y")
        else:
            raise Failed("unexpected question %r" % line)
        s.keys("Enter")
        s.wait("the next question", lambda: s.mark() > at)
    screen = "\n".join(s.lines())
    found = re.search(r"Audit (\d+) recorded and submitted", screen)
    if not found:
        raise Failed("no 'recorded and submitted' on the screen:\n" + screen)
    if "CHRON" not in answered or len(answered) < 3:
        raise Failed("standards asked: %s" % answered)
    audit = t.batch("audit show %s" % found.group(1), mode="json")
    for word in ('"good"', '"not-met"', "no recent visit", "Update the chronology"):
        if word not in audit:
            raise Failed("audit show lacks %s:\n%s" % (word, audit))
    # The answers were not added to the history: Up gives the command.
    s.keys("Up")
    s.wait_line(PROMPT + ' audit start C1001 --auditor "Mary Shah"')
    s.keys("C-u")
    s.wait_prompt()


def guided_abandoned(t, s):
    before = t.batch("audit list --case C1002")
    at = s.mark()
    s.type('audit start C1002 --auditor "Mary Shah"')
    s.keys("Enter")
    s.wait("the first question", lambda: s.mark() > at and ANSWER.match(s.cursor_line()))
    s.type("m")
    s.keys("Enter")
    s.wait("the second question", lambda: s.mark() > at and ANSWER.match(s.cursor_line())
           and s.cursor_line() != s.lines()[at].rstrip())
    s.type("half an ans")
    at = s.mark()
    s.keys("C-c")
    # Ctrl-C offers to keep the answer given; its default is to drop it.
    s.wait_line("keep as a draft? [y/N]:")
    s.keys("Enter")
    s.wait_text("abandoned; nothing was recorded", since=at)
    s.wait_prompt()
    if t.batch("audit list --case C1002") != before:
        raise Failed("an abandoned guided audit recorded something")


def answer(s, text, then):
    """Type an answer at the question on the cursor line, Enter, and wait
    for the cursor line to match then (a regex); returns the lines printed."""
    at = s.mark()
    if text:
        s.type(text)
    s.keys("Enter")
    s.wait("%r after answering %r" % (then.pattern, text),
           lambda: s.mark() > at and then.match(s.cursor_line()))
    return "\n".join(l.rstrip() for l in s.lines()[at:])


def question(code):
    return re.compile(r"^%s \[m/n/x/<\?\]:$" % re.escape(code))


REVIEW = re.compile(r"^change \[1-\d+/code, blank: go on\]:$")


def guided_back_review_draft(t, s):
    """A correction by going back (<), a change from the review screen, a
    Ctrl-D half way kept as a draft (the default, said on screen) and the
    draft continued where it stopped, then submitted."""
    s.wait_prompt()
    s.type('audit start C1002 --auditor "Mary Shah"')
    answer(s, "", question("CHRON"))
    answer(s, "m", question("ANALYSIS"))
    # A note meant for PLAN typed at ANALYSIS: go back and mend it.
    answer(s, "n no timescales in the plan", question("PLAN"))
    out = answer(s, "<", question("ANALYSIS"))
    if "answered: not-met: no timescales in the plan" not in out:
        raise Failed("going back did not show the answer given:\n" + out)
    answer(s, "m risk well analysed", question("PLAN"))
    answer(s, "n no timescales in the plan", question("VOICE"))
    answer(s, "m", question("DECISIONS"))
    answer(s, "m", question("SUPERVISION"))
    out = answer(s, "m", REVIEW)
    for row in (r"1 +CHRON +met", r"2 +ANALYSIS +met +risk well analysed", r"3 +PLAN +not-met +no timescales"):
        if not re.search(row, out):
            raise Failed("the review lacks %r:\n%s" % (row, out))
    # Change VOICE from the review by its code, then go on.
    answer(s, "voice", question("VOICE"))
    out = answer(s, "n not seen alone", REVIEW)
    if not re.search(r"4 +VOICE +not-met +not seen alone", out):
        raise Failed("the review after the change:\n" + out)
    answer(s, "", re.compile(r"^grade \[o/g/r/i/<\]:$"))
    # Ctrl-D at the grade: keeping is the default, and the screen says so.
    at = s.mark()
    s.keys("C-d")
    s.wait_line("keep as a draft? [Y/n]:")
    s.wait_text("Enter keeps it (the default after Ctrl-D)", since=at)
    s.keys("Enter")
    s.wait_text(re.compile(r"Audit (\d+) kept as a draft"), since=at)
    s.wait_prompt()
    found = re.search(r"Audit (\d+) kept as a draft", "\n".join(s.lines()[at:]))
    audit = t.batch("audit show %s" % found.group(1), mode="json")
    for word in ('"status": "draft"', '{"standard": "ANALYSIS", "result": "met", "note": "risk well analysed"}',
                 '{"standard": "VOICE", "result": "not-met", "note": "not seen alone"}'):
        if word not in audit:
            raise Failed("the draft lacks %s:\n%s" % (word, audit))
    # audit start again continues the draft: every standard is answered,
    # so it stops at the review, then the grade.
    s.type('audit start C1002 --auditor "Mary Shah"')
    out = answer(s, "", REVIEW)
    if "Continuing draft audit %s" % found.group(1) not in out:
        raise Failed("audit start did not continue the draft:\n" + out)
    answer(s, "", re.compile(r"^grade"))
    answer(s, "g", re.compile(r"^action:$"))
    answer(s, "", re.compile(r"^submit now\? \[y/N\]:$"))
    out = answer(s, "y", re.compile("^" + re.escape(PROMPT) + "$"))
    if "Audit %s brought up to date and submitted" % found.group(1) not in out:
        raise Failed("the continued draft was not submitted:\n" + out)


def guided_reaudit(t, s):
    """A re-audit shows the earlier audit's date and grade, and its answer
    beside each question."""
    t.batch('worker add "Helen Ward" --team "Assessment Team 1" --role head-of-service')
    s.wait_prompt()
    s.type('audit start C1002 --auditor "Helen Ward"')
    out = answer(s, "", question("CHRON"))
    if not re.search(r"Re-audit: audit \d+ of 2016-11-30 by Mary Shah was graded good", out):
        raise Failed("no earlier audit shown:\n" + out)
    answer(s, "m", question("ANALYSIS"))
    out = answer(s, "m", question("PLAN"))
    if "last time: not-met: no timescales in the plan" not in out:
        raise Failed("the earlier answer is not beside PLAN:\n" + out)
    # Two answers given: Ctrl-C offers to keep them, n drops them.
    at = s.mark()
    s.keys("C-c")
    s.wait_line("keep as a draft? [y/N]:")
    s.type("n")
    s.keys("Enter")
    s.wait_text("abandoned; nothing was recorded", since=at)
    s.wait_prompt()


def fake_pager(t):
    """A pager that records what it was given (one file per run) and says
    on the screen that it ran."""
    path = os.path.join(t.dir, "fake-pager")
    with open(path, "w") as f:
        f.write('#!/bin/sh\nn=$(ls "$1" | wc -l)\ncat > "$1/run$n"\necho "[fake pager ran]"\n')
    os.chmod(path, 0o755)
    runs = os.path.join(t.dir, "pager-runs")
    os.makedirs(runs, exist_ok=True)
    return "PAGER=%s %s" % (path, runs), runs


def pager(t):
    """On a 12-line terminal a list longer than the screen goes through
    $PAGER, a short one does not, nor one written to a .output file, nor
    any after .pager off; the same list in batch mode (-c) on the same
    terminal never does."""
    env, runs = fake_pager(t)
    s = t.session(env, rows=12)
    s.wait_prompt()
    out = s.run("standard list")
    if "[fake pager ran]" not in out or os.listdir(runs) != ["run0"]:
        raise Failed("standard list (16 lines) was not paged:\n%s" % out)
    with open(os.path.join(runs, "run0")) as f:
        paged = f.read()
    if not paged.startswith("code ") or "PATHWAY" not in paged:
        raise Failed("the pager was given:\n" + paged)
    out = s.run("team list")
    if "Children in Care" not in out or len(os.listdir(runs)) != 1:
        raise Failed("a short list was paged (or not shown):\n" + out)
    listed = os.path.join(t.dir, "standards.txt")
    s.run(".output " + listed)
    s.run("standard list")
    s.run(".output")
    with open(listed) as f:
        if "PATHWAY" not in f.read() or len(os.listdir(runs)) != 1:
            raise Failed("a list written to a .output file went through the pager")
    s.run(".pager off")
    out = s.run("standard list")
    if "[fake pager ran]" in out or len(os.listdir(runs)) != 1:
        raise Failed("standard list was paged after .pager off:\n" + out)
    s.run(".pager on")
    out = s.run("standard list")
    if "[fake pager ran]" not in out or len(os.listdir(runs)) != 2:
        raise Failed("standard list was not paged after .pager on:\n" + out)
    s.type(".quit")
    s.keys("Enter")
    s.wait_exit()
    # Batch mode on the same small terminal: never paged.
    b = t.session(env, rows=12, argv=[t.binary, "-c", "standard list", t.db])
    b.wait("the batch run to end", lambda: b.dead()[1] is not None)
    screen = "\n".join(b.lines())
    if b.dead()[1] != 0 or "[fake pager ran]" in screen or len(os.listdir(runs)) != 2:
        raise Failed("batch mode went through the pager:\n" + screen)
    # CASEAUDIT_PAGER=off turns it off from the start.
    s = t.session(env, "CASEAUDIT_PAGER=off", rows=12)
    s.wait_prompt()
    out = s.run("standard list")
    if "[fake pager ran]" in out or len(os.listdir(runs)) != 2:
        raise Failed("CASEAUDIT_PAGER=off still paged:\n" + out)
    s.type(".quit")
    s.keys("Enter")
    s.wait_exit()


def main():
    global t_global
    if len(sys.argv) != 2:
        print("usage: repl_test.py PATH/TO/caseaudit", file=sys.stderr)
        return 2
    if shutil.which("tmux") is None:
        print("FAIL tmux is not installed (scripts/setup installs it)")
        print("0 passed, 1 failed")
        return 1
    t = t_global = Test(sys.argv[1])
    started = time.monotonic()
    try:
        t.check("set-up database", setup, t)
        s = t.session()
        t.check("banner and prompt", banner, s)
        t.check("Tab completes a command word", complete_command, s)
        t.check("Tab completes an option and an enumerated value", complete_option_and_value, s)
        t.check("Tab completes a team name from the database, quoted", complete_team_name, s)
        t.check("Tab lists case IDs from the database", complete_list, s)
        t.check("Tab completes a positional after the first by its kind", complete_later_positional, s)
        t.check("Tab completes a theme's name from the database", complete_theme_name, s)
        t.check("Tab completes an option's value from its fixed list", complete_fixed_choice, s)
        t.check("Ctrl-C stops a running command", ctrl_c_command, s)
        t.check("Ctrl-C abandons a half-typed line", ctrl_c, s)
        t.check("a last command", last_command, s)
        t.check("Ctrl-D leaves with status 0", ctrl_d, s)
        t.check("history file kept, mode 600, without the abandoned line", history_file, t)
        s = t.session()
        t.check("Up recalls the previous session's commands", history_recalled, s)
        guided = subprocess.run([t.binary, "-c", "help audit start", t.db], env=t.env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode == 0
        if guided:
            t.check("a guided audit typed at its prompts", guided_audit, t, s)
            t.check("Ctrl-C abandons a guided audit", guided_abandoned, t, s)
            t.check("a guided audit: <, the review, Ctrl-D kept as a draft, continued", guided_back_review_draft,
                    t, s)
            t.check("a re-audit shows the earlier answers", guided_reaudit, t, s)
        else:
            print("skip guided audit: this build has no 'audit start'")
        t.check("Ctrl-D leaves the second session", ctrl_d, s)
        t.check("history under ~/.local/state without XDG_STATE_HOME; .quit leaves", home_fallback_and_quit, t)
        t.check("a list longer than the terminal goes through $PAGER (not short lists, .output, "
                ".pager off, batch)", pager, t)
    except Exception as e:  # the harness itself (tmux) failed: the rest cannot run
        t.failed += 1
        print("FAIL the test could not go on: %s: %s" % (type(e).__name__, e))
    finally:
        t.cleanup()
    print("took %.1f s" % (time.monotonic() - started))
    print("%d passed, %d failed" % (t.passed, t.failed))
    return 1 if t.failed else 0


t_global = None

if __name__ == "__main__":
    sys.exit(main())
