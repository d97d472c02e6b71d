#!/usr/bin/env python3
"""Run one end-to-end script against the built caseaudit binary.

A script (tests/e2e/*.t) is a transcript, in the manner of cram:

    # a comment
    $ caseaudit -c "team add 'Assessment 1'"
    $ caseaudit --mode csv -c "team list"
    team,service,workers,open_cases^M
    Assessment 1,,0,0^M
    $ caseaudit -c "team add ''"
    ! error: the team name is empty; give a name (quote it if it has spaces)
    ? 1

Lines starting with "$ " are shell commands (bash), run in a fresh
temporary directory per script, where `caseaudit` is the binary under test
and CASEAUDIT_USER=tester, CASEAUDIT_TODAY=2016-11-30, NO_COLOR=1 are set.
With $CASEAUDIT_WRAPPER set (a command such as valgrind and its options),
`caseaudit` runs the binary under it.
"> " lines continue the command (for here-documents). The lines after it
are its expected standard output, with each carriage return written ^M;
"! " lines are its expected standard error, in order; "? N" its exit
status (0 when absent). A file in tests/e2e/data/ is reachable as $DATA/name.
"""
import os
import subprocess
import sys
import tempfile

def parse(path):
    cases = []
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for number, line in enumerate(lines, 1):
        if line.startswith("$ "):
            cases.append({"line": number, "cmd": line[2:], "out": [], "err": [], "rc": 0})
        elif not cases:
            continue  # header comments
        elif line.startswith("> ") or line == ">":
            cases[-1]["cmd"] += "\n" + line[2:]
        elif line.startswith("! ") or line == "!":
            cases[-1]["err"].append(line[2:])
        elif line.startswith("? "):
            cases[-1]["rc"] = int(line[2:])
        else:
            cases[-1]["out"].append(line)
    return cases

def show(text):
    return text.replace("\r", "^M")

def main():
    binary, script = os.path.abspath(sys.argv[1]), sys.argv[2]
    here = os.path.dirname(os.path.abspath(script))
    failures = 0
    cases = parse(script)
    with tempfile.TemporaryDirectory(prefix="caseaudit-e2e-") as tmp:
        bindir = os.path.join(tmp, ".bin")
        os.mkdir(bindir)
        wrapper = os.environ.get("CASEAUDIT_WRAPPER")  # e.g. valgrind (scripts/valgrind.sh)
        if wrapper:
            with open(os.path.join(bindir, "caseaudit"), "w") as f:
                f.write(f'#!/bin/sh\nexec {wrapper} "{binary}" "$@"\n')
            os.chmod(os.path.join(bindir, "caseaudit"), 0o755)
        else:
            os.symlink(binary, os.path.join(bindir, "caseaudit"))
        env = dict(os.environ)
        env.update(PATH=bindir + os.pathsep + env.get("PATH", ""), CASEAUDIT_USER="tester",
                   CASEAUDIT_TODAY="2016-11-30", NO_COLOR="1", DATA=os.path.join(here, "data"),
                   SOURCE_DIR=os.path.dirname(os.path.dirname(here)), LC_ALL="C.UTF-8")
        env.pop("XDG_STATE_HOME", None)
        env["HOME"] = tmp
        for case in cases:
            p = subprocess.run(["bash", "-c", case["cmd"]], cwd=tmp, env=env,
                               stdin=subprocess.DEVNULL, capture_output=True, timeout=600)
            out = show(p.stdout.decode("utf-8", "replace")).split("\n")
            err = p.stderr.decode("utf-8", "replace").split("\n")
            if out[-1] == "":
                out.pop()
            if err[-1] == "":
                err.pop()
            if out != case["out"] or err != case["err"] or p.returncode != case["rc"]:
                failures += 1
                print(f"FAIL {script}:{case['line']}: $ {case['cmd']}")
                if out != case["out"]:
                    print("  expected stdout:\n    " + "\n    ".join(case["out"]))
                    print("  got stdout:\n    " + "\n    ".join(out))
                if err != case["err"]:
                    print("  expected stderr:\n    " + "\n    ".join(case["err"]))
                    print("  got stderr:\n    " + "\n    ".join(err))
                if p.returncode != case["rc"]:
                    print(f"  expected exit {case['rc']}, got {p.returncode}")
    print(f"{len(cases) - failures} passed, {failures} failed")
    return 1 if failures or not cases else 0

if __name__ == "__main__":
    sys.exit(main())
