#!/usr/bin/env python3
"""The files rule (CONTRACT.md): every file caseaudit writes (.output,
report html, backup, the REPL history) is never written through a symbolic
link, is 0600, appears under its name only when complete, and a failed
write (a full disk) is an error, exit 1, leaving no partial file.

usage: files_test.py CASEAUDIT

1. A full disk: a small tmpfs (mounted when this runs as root and may
   mount; otherwise that part is skipped, saying so) receives `.output`,
   `report html` and `backup` of a database too big for it.
2. Planted links: FILE and its old predictable FILE.tmp as symbolic links
   to another user's file, for `.output`, `report html`, `backup` and the
   REPL history: the other file is never written.
3. `.output FILE` appears under its name only at the next `.output`.
"""
import os
import pty
import select
import shutil
import subprocess
import sys
import tempfile
import time

problems = []
figures = []


def env_for(tmp):
    e = dict(os.environ, CASEAUDIT_USER="tester", CASEAUDIT_TODAY="2016-11-30", NO_COLOR="1",
             XDG_STATE_HOME=os.path.join(tmp, "state"), HOME=tmp)
    e.pop("LC_ALL", None)
    return e


def run(binary, args, env, cwd, stdin=None):
    return subprocess.run([binary] + args, env=env, cwd=cwd, capture_output=True, text=True, input=stdin,
                          timeout=120)


def expect(cond, what):
    if not cond:
        problems.append(what)
    return cond


def mode(path):
    return os.lstat(path).st_mode & 0o777


def rm(path):
    if os.path.lexists(path):
        os.unlink(path)


def leftovers(folder, name):
    return [f for f in os.listdir(folder) if f.startswith("." + name + ".") or f == name + ".tmp"]


def make_database(binary, env, tmp, cases):
    db = os.path.join(tmp, "big.db")
    script = os.path.join(tmp, "load.txt")
    with open(script, "w") as f:
        f.write("team add 'Assessment 1'\nworker add 'Ann Smith' --team 'Assessment 1' --role social-worker\n")
        for i in range(cases):
            f.write(f"case add C{i:06d} --team 'Assessment 1' --worker 'Ann Smith' --opened 2016-01-04\n")
    p = run(binary, ["-f", script, db], env, tmp)
    if p.returncode != 0:
        sys.exit(f"files_test: cannot make the test database: {p.stderr[:500]}")
    return db


def full_disk(binary, env, tmp, db):
    mnt = os.path.join(tmp, "small")
    os.mkdir(mnt)
    if os.geteuid() != 0 or shutil.which("mount") is None:
        print("files_test: SKIPPED the full-disk part: not root, cannot mount a small tmpfs")
        return
    m = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", mnt], capture_output=True, text=True)
    if m.returncode != 0:
        print(f"files_test: SKIPPED the full-disk part: cannot mount a small tmpfs ({m.stderr.strip()})")
        return
    try:
        out = os.path.join(mnt, "cases.txt")
        p = run(binary, ["-c", f".output {out}", "-c", "case list", db], env, tmp)
        expect(p.returncode == 1, f".output on a full disk: exit {p.returncode}, not 1 (stderr {p.stderr!r})")
        expect("No space left on device" in p.stderr and "it was not written" in p.stderr,
               f".output on a full disk: the error does not say so: {p.stderr!r}")
        expect(not os.path.exists(out), ".output on a full disk left a partial file under the name")
        expect(leftovers(mnt, "cases.txt") == [], f".output on a full disk left {leftovers(mnt, 'cases.txt')}")
        # What follows the failure in the same script is not sent to the terminal.
        p = run(binary, ["-c", f".output {out}", "-c", "case list", "-c", "team list", db], env, tmp)
        expect(p.returncode == 1 and p.stdout == "", f".output after a failure printed {p.stdout[:80]!r}")

        report = os.path.join(mnt, "report.html")
        # Fill the disk first so the report cannot fit.
        with open(os.path.join(mnt, "filler"), "wb") as f:
            try:
                f.write(b"x" * (60 * 1024))
            except OSError:
                pass
        p = run(binary, ["-c", f"report html {report}", db], env, tmp)
        expect(p.returncode == 1, f"report html on a full disk: exit {p.returncode}, not 1")
        expect(not os.path.exists(report), "report html on a full disk left a file under the name")
        expect(leftovers(mnt, "report.html") == [], f"report html on a full disk left {leftovers(mnt, 'report.html')}")
        os.unlink(os.path.join(mnt, "filler"))

        copy = os.path.join(mnt, "copy.db")
        p = run(binary, ["-c", f"backup {copy}", db], env, tmp)
        expect(p.returncode == 1, f"backup on a full disk: exit {p.returncode}, not 1")
        expect(not os.path.exists(copy), "backup on a full disk left a file under the name")
        expect(os.listdir(mnt) == [], f"backup on a full disk left {os.listdir(mnt)}")
        figures.append(f"full disk (64 KiB tmpfs, a {os.path.getsize(db) // 1024} KiB database): "
                       ".output, report html and backup each exit 1 and leave nothing")
    finally:
        subprocess.run(["umount", mnt])


def planted_links(binary, env, tmp, db):
    victim = os.path.join(tmp, "victim.txt")
    for command, name in ((".output {}", "out.txt"), ("report html {}", "r.html"), ("backup {}", "b.db")):
        with open(victim, "w") as f:
            f.write("another user's file\n")
        os.chmod(victim, 0o644)
        target = os.path.join(tmp, name)
        # The old predictable temporary name, planted.
        os.symlink(victim, target + ".tmp")
        args = ["-c", command.format(target)]
        if command.startswith(".output"):
            args += ["-c", "case list --team 'Assessment 1'"]
        args.append(db)
        p = run(binary, args, env, tmp)
        expect(p.returncode == 0, f"{command.format(name)} with {name}.tmp planted: exit {p.returncode}: {p.stderr!r}")
        expect(open(victim).read() == "another user's file\n", f"{command.format(name)} wrote through {name}.tmp")
        expect(os.path.isfile(target) and not os.path.islink(target) and mode(target) == 0o600,
               f"{command.format(name)}: {name} is not a private regular file")
        rm(target + ".tmp")
        rm(target)
        # The name itself, planted.
        os.symlink(victim, target)
        p = run(binary, args, env, tmp)
        expect(p.returncode == 1, f"{command.format(name)} onto a symbolic link: exit {p.returncode}, not 1")
        expect("symbolic link" in p.stderr or "already exists" in p.stderr,
               f"{command.format(name)} onto a symbolic link: unclear message {p.stderr!r}")
        expect(open(victim).read() == "another user's file\n", f"{command.format(name)} wrote through {name}")
        expect(os.path.islink(target), f"{command.format(name)} replaced the link {name}")
        expect(leftovers(tmp, name) == [], f"{command.format(name)} left {leftovers(tmp, name)}")
        rm(target)
    # An existing world-readable file given to .output becomes a private one.
    target = os.path.join(tmp, "shared.txt")
    with open(target, "w") as f:
        f.write("old\n")
    os.chmod(target, 0o644)
    p = run(binary, ["-c", f".output {target}", "-c", "team list", db], env, tmp)
    expect(p.returncode == 0 and "Assessment 1" in open(target).read() and mode(target) == 0o600,
           f".output over an existing 0644 file: exit {p.returncode}, mode {oct(mode(target))}")


def output_appears_whole(binary, env, tmp, db):
    """Piped commands: FILE appears only at the next .output."""
    out = os.path.join(tmp, "later.txt")
    p = subprocess.Popen([binary, db], env=env, cwd=tmp, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True)
    p.stdin.write(f".output {out}\nteam list\n")
    p.stdin.flush()
    time.sleep(1.0)
    expect(not os.path.exists(out), ".output FILE appeared before the next .output (half written)")
    p.stdin.write(".output\nteam list\n")
    p.stdin.flush()
    time.sleep(1.0)
    expect(os.path.exists(out) and "Assessment 1" in open(out).read(),
           ".output FILE did not appear, whole, at the next .output")
    p.stdin.close()
    p.wait(timeout=30)
    expect(p.returncode == 0, f"piped .output: exit {p.returncode}: {p.stderr.read()!r}")


def history_link(binary, env, tmp, db):
    """The REPL's history, planted as a link: never written through."""
    state = os.path.join(tmp, "state", "caseaudit")
    os.makedirs(state, exist_ok=True)
    victim = os.path.join(tmp, "victim-history")
    with open(victim, "w") as f:
        f.write("another user's file\n")
    os.symlink(victim, os.path.join(state, "history"))
    pid, fd = pty.fork()
    if pid == 0:
        os.execve(binary, [binary, db], env)
    seen = b""
    deadline = time.monotonic() + 20

    def read_until(marker):
        nonlocal seen
        while marker not in seen and time.monotonic() < deadline:
            r, _, _ = select.select([fd], [], [], 0.5)
            if r:
                try:
                    seen += os.read(fd, 4096)
                except OSError:
                    return
    read_until(b"caseaudit> ")
    os.write(fd, b"team list\r")
    read_until(b"Assessment 1")
    os.write(fd, b".quit\r")
    read_until(b"warning: cannot save the history")
    _, status = os.waitpid(pid, 0)
    expect(open(victim).read() == "another user's file\n", "the REPL wrote its history through a planted link")
    expect(b"symbolic link" in seen, f"the REPL did not say why it kept no history: {seen[-300:]!r}")


def main():
    binary = os.path.abspath(sys.argv[1])
    with tempfile.TemporaryDirectory(prefix="caseaudit-files-") as tmp:
        env = env_for(tmp)
        db = make_database(binary, env, tmp, 3000)
        full_disk(binary, env, tmp, db)
        planted_links(binary, env, tmp, db)
        output_appears_whole(binary, env, tmp, db)
        history_link(binary, env, tmp, db)
    for f in figures:
        print("files_test:", f)
    for p in problems:
        print("FAIL:", p)
    if problems:
        sys.exit(1)
    print("files_test: every file written whole, private, never through a link")


if __name__ == "__main__":
    main()
