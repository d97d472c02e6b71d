#!/usr/bin/env python3
"""The regional pool, end to end, on a real PostgreSQL server.

Builds three councils' databases from bench/generate.py (different seeds),
exports each with `export pool` for a financial year, starts a PostgreSQL
server of its own (initdb into a temporary folder, pg_ctl on a Unix socket,
as a non-root user), loads the exports with pool/load, and checks:

- the pool's figures equal `caseaudit compliance --mode json` on each
  council's own file for every target, for the year, by team and by month,
  and for a quarter (numerator, denominator, threshold, status, evidence
  exactly; percent and interval to the printed decimals);
- the exports hold no case ID, worker name, note, action or chronology
  text of the source databases;
- loading a folder twice leaves the pool as loading it once;
- refusals, each one line and the pool unchanged: a council loaded under
  another key, a manifest edited after export, a file edited after export,
  an export of a newer format; and `export pool` with a key file others
  can read or that is not a key.

usage: pool_test.py CASEAUDIT SOURCE_DIR
Exits 77 (skipped) when PostgreSQL's server programs are not installed.
"""
import decimal
import glob
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pg_server import Pg, pg_bin  # noqa: E402

CASEAUDIT = os.path.abspath(sys.argv[1])
SOURCE = os.path.abspath(sys.argv[2])
TODAY = "2017-01-15"
YEAR = ("2016-04-01", "2017-03-31")  # the financial year 2016/17, as whole months
EXPORT_SPAN = ("2016-04-01", "2016-12-31")
QUARTER = ("2016-07-01", "2016-09-30")
passed = failed = 0


def check(ok, what):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print("FAIL:", what)


def caseaudit(db, *args, check_rc=True, stdin=None):
    env = dict(os.environ, CASEAUDIT_TODAY=TODAY, CASEAUDIT_USER="pool-test", NO_COLOR="1")
    r = subprocess.run([CASEAUDIT, db, *args], capture_output=True, text=True, env=env, input=stdin)
    if check_rc and r.returncode != 0:
        raise SystemExit("caseaudit %s failed (%d): %s" % (args, r.returncode, r.stderr[:2000]))
    return r


def build_council(work, name, seed):
    gen = os.path.join(work, "gen-" + name)
    subprocess.run([sys.executable, os.path.join(SOURCE, "bench", "generate.py"), "--audits", "2500",
                    "--seed", str(seed), "--out", gen], check=True, capture_output=True)
    db = os.path.join(work, name + ".db")
    caseaudit(db, "-f", os.path.join(gen, "people.caseaudit"))
    caseaudit(db, "-c", "import cases " + os.path.join(gen, "cases.csv"))
    caseaudit(db, "-f", os.path.join(gen, "supervision.caseaudit"), check_rc=False)
    caseaudit(db, "-f", os.path.join(gen, "samples.caseaudit"), check_rc=False)
    caseaudit(db, "-c", "import audits " + os.path.join(gen, "audits.csv"))
    # Free text that must never leave: a note, an action, a chronology entry.
    first = json.loads(caseaudit(db, "--mode", "json", "-c", "audit list --from 2016-06-01 --to 2016-06-30").stdout)
    audit = first[0]["id"]
    caseaudit(db, "-c", "chron add %s 2016-06-02 'Secret chronology %s' --kind visit" % (first[0]["case"], name))
    return db


def export(db, folder, key, council, period=EXPORT_SPAN, extra=()):
    return caseaudit(db, "-c", "export pool %s --from %s --to %s --council %s --key-file %s %s"
                     % (folder, period[0], period[1], council, key, " ".join(extra)), check_rc=False)


def decimals(value):
    text = repr(value)
    return len(text.split(".")[1]) if "." in text else 0


def same_figure(printed, exact):
    """A figure printed by caseaudit (rounded to its decimals) against the
    pool's unrounded one."""
    if printed is None or exact == "":
        return printed is None and exact == ""
    # Half up, as caseaudit rounds (Python's round() goes to even).
    places = decimal.Decimal(1).scaleb(-decimals(printed))
    shown = decimal.Decimal(exact).quantize(places, rounding=decimal.ROUND_HALF_UP)
    return abs(float(printed) - float(shown)) < 1e-9


def compare(pg, db, council, period, by):
    args = ["--from", period[0], "--to", period[1]]
    if by != "council":
        args += ["--by", by]
    mine = json.loads(caseaudit(db, "--mode", "json", "-c", "compliance " + " ".join(args)).stdout)
    rows = pg.query("SELECT target, coalesce(grp, ''), numerator, denominator, coalesce(percent::text, ''),"
                    " threshold, status, coalesce(ci_low::text, ''), coalesce(ci_high::text, ''), evidence"
                    " FROM pool.compliance('%s', '%s', '%s') WHERE council = '%s'"
                    % (period[0], period[1], by, council))
    pool = {(r[0], r[1]): r for r in rows}
    check(len(mine) == len(rows), "%s %s %s: %d rows in caseaudit, %d in the pool" % (council, period, by,
                                                                                     len(mine), len(rows)))
    key = {"team": "team", "month": "month"}.get(by)
    for m in mine:
        r = pool.get((m["target"], m[key] if key else ""))
        what = "%s %s by %s %s %s" % (council, period, by, m["target"], m.get(key, ""))
        if r is None:
            check(False, what + ": not in the pool")
            continue
        check(int(r[2]) == m["numerator"] and int(r[3]) == m["denominator"],
              what + ": counts %s/%s, caseaudit %s/%s" % (r[2], r[3], m["numerator"], m["denominator"]))
        check(float(r[5]) == float(m["threshold"]), what + ": threshold %s, caseaudit %s" % (r[5], m["threshold"]))
        check(r[6] == m["status"], what + ": status %s, caseaudit %s" % (r[6], m["status"]))
        check(r[9] == m["evidence"], what + ": evidence %s, caseaudit %s" % (r[9], m["evidence"]))
        check(same_figure(m["percent"], r[4]), what + ": percent %s, caseaudit %s" % (r[4], m["percent"]))
        check(same_figure(m["ci_low"], r[7]) and same_figure(m["ci_high"], r[8]),
              what + ": interval %s-%s, caseaudit %s-%s" % (r[7], r[8], m["ci_low"], m["ci_high"]))


def secrets(db):
    """Every case ID, worker name and free text of the database."""
    sql = ("SELECT ref FROM case_file UNION SELECT name FROM worker UNION SELECT note FROM answer"
           " WHERE note IS NOT NULL UNION SELECT text FROM action UNION SELECT text FROM chronology")
    out = json.loads(caseaudit(db, "--mode", "json", "-c", "sql \"%s\"" % sql).stdout)
    return [next(iter(row.values())) for row in out if next(iter(row.values()))]


def exported_text(folder):
    return "\n".join(open(path, encoding="utf-8").read() for path in sorted(glob.glob(folder + "/*")))


def reseal(folder):
    path = os.path.join(folder, "manifest.txt")
    lines = [l for l in open(path).read().splitlines(True) if not l.startswith("manifest_sha256 ")]
    body = "".join(lines)
    open(path, "w").write(body + "manifest_sha256 %s\n" % hashlib.sha256(body.encode()).hexdigest())


def main():
    bindir = pg_bin()
    if bindir is None or shutil.which("psql") is None:
        print("SKIP: PostgreSQL's server programs are not installed (Debian package postgresql)")
        return 77
    work = tempfile.mkdtemp(prefix="caseaudit-pool-")
    os.chmod(work, 0o755)
    pg = None
    try:
        councils = {"E09000001": 11, "E09000002": 12, "E09000003": 13}
        dbs, folders, keys = {}, {}, {}
        for code, seed in councils.items():
            dbs[code] = build_council(work, code, seed)
            keys[code] = os.path.join(work, code + ".key")
            folders[code] = os.path.join(work, "export-" + code)
            r = export(dbs[code], folders[code], keys[code], code)
            check(r.returncode == 0 and "created the key file" in r.stdout, "export %s: %s%s" % (code, r.stdout, r.stderr))
            check(oct(os.stat(keys[code]).st_mode & 0o777) == "0o600", "the key file is 0600")
            for path in glob.glob(folders[code] + "/*"):
                check(os.stat(path).st_mode & 0o077 == 0, path + " is readable by its owner only")
        # Nothing identifying leaves.
        for code in councils:
            text = exported_text(folders[code])
            leaked = [s for s in secrets(dbs[code]) if s in text]
            check(not leaked, "%s's export holds %d identifiers or texts, such as %r" % (code, len(leaked),
                                                                                        leaked[:3]))
        # A second export of the same council gives the same pseudonyms.
        again = os.path.join(work, "again")
        export(dbs["E09000001"], again, keys["E09000001"], "E09000001")
        check(open(again + "/audits.csv").read() == open(folders["E09000001"] + "/audits.csv").read(),
              "the same key gives the same pseudonyms from one export to the next")
        # --team-codes: no team names.
        coded = os.path.join(work, "coded")
        export(dbs["E09000002"], coded, keys["E09000002"], "E09000002", extra=("--team-codes",))
        team_names = [row[0] for row in csvrows(folders["E09000002"] + "/teams.csv")]
        coded_text = exported_text(coded)
        check(team_names and all(name not in coded_text for name in team_names),
              "--team-codes exports no team name: %r" % [n for n in team_names if n in coded_text])

        pg = Pg(work, bindir, SOURCE)
        for code in councils:
            r = pg.load(folders[code], region="London")
            check(r.returncode == 0, "load %s: %s" % (code, r.stderr))
        # The same figures both ways.
        for code in councils:
            for period in (QUARTER, ("2016-04-01", "2016-12-31")):
                for by in ("council", "team", "month"):
                    compare(pg, dbs[code], code, period, by)
        # The region is the sum of its councils.
        region = pg.query("SELECT target, numerator, denominator FROM pool.compliance('%s', '%s', 'region')"
                          % QUARTER)
        per = pg.query("SELECT target, sum(numerator), sum(denominator) FROM pool.compliance('%s', '%s', 'council')"
                       " GROUP BY target" % QUARTER)
        check(sorted(region) == sorted(per), "the region's counts are its councils' added together")

        # Idempotent: loading again changes nothing.
        before = pg.query("SELECT council, count(*) FROM pool.answer GROUP BY 1 ORDER BY 1")
        r = pg.load(folders["E09000001"])
        after = pg.query("SELECT council, count(*) FROM pool.answer GROUP BY 1 ORDER BY 1")
        check(r.returncode == 0 and before == after, "loading a folder twice leaves the pool as once")
        # A quarter's export replaces that quarter only.
        q3 = os.path.join(work, "q3")
        export(dbs["E09000001"], q3, keys["E09000001"], "E09000001", period=QUARTER)
        r = pg.load(q3)
        check(r.returncode == 0 and pg.query("SELECT council, count(*) FROM pool.answer GROUP BY 1 ORDER BY 1")
              == before, "re-loading one quarter of a loaded year replaces it: %s" % r.stderr)

        def refused(folder, words, what):
            snapshot = pg.query("SELECT count(*) FROM pool.answer")
            r = pg.load(folder)
            lines = r.stderr.strip().splitlines()
            check(r.returncode == 1 and len(lines) == 1 and words in r.stderr,
                  "%s: refused in one line saying '%s' (got %d: %r)" % (what, words, r.returncode, r.stderr))
            check(pg.query("SELECT count(*) FROM pool.answer") == snapshot, what + ": the pool is unchanged")

        # A council code already loaded under another key.
        other = os.path.join(work, "other")
        export(dbs["E09000002"], other, os.path.join(work, "stranger.key"), "E09000001")
        refused(other, "was loaded under key", "a council loaded under another key")
        # A manifest edited after export.
        edited = os.path.join(work, "edited")
        shutil.copytree(folders["E09000003"], edited)
        text = open(edited + "/manifest.txt").read().replace("period_from 2016-04-01", "period_from 2016-05-01")
        open(edited + "/manifest.txt", "w").write(text)
        refused(edited, "was changed after export", "a manifest edited after export")
        # A file edited after export.
        shutil.rmtree(edited)
        shutil.copytree(folders["E09000003"], edited)
        with open(edited + "/answers.csv", "a") as f:
            f.write("1,CHRON,met\r\n")
        refused(edited, "does not match its manifest", "a data file edited after export")
        # An export of a newer format.
        shutil.rmtree(edited)
        shutil.copytree(folders["E09000003"], edited)
        text = open(edited + "/manifest.txt").read().replace("format 1\n", "format 2\n")
        open(edited + "/manifest.txt", "w").write(text)
        reseal(edited)
        refused(edited, "newer than this pool", "an export of a newer format")

        # export pool's own refusals: one line, nothing written.
        db = dbs["E09000001"]
        loose = os.path.join(work, "loose.key")
        shutil.copy(keys["E09000001"], loose)
        os.chmod(loose, 0o644)
        for key, words in ((loose, "can be read by others"), (os.path.join(work, "q3/manifest.txt"),
                                                                 "not a caseaudit pool key")):
            target = os.path.join(work, "refused")
            r = export(db, target, key, "E09000001")
            check(r.returncode == 1 and words in r.stderr and len(r.stderr.strip().splitlines()) == 1
                  and not os.path.exists(target), "export with a bad key file: %r" % r.stderr)
    finally:
        if pg:
            pg.stop()
        shutil.rmtree(work, ignore_errors=True)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


def csvrows(path):
    import csv
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    return rows[1:]


if __name__ == "__main__":
    sys.exit(main())
