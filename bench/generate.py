#!/usr/bin/env python3
"""Generate a benchmark data set for caseaudit: a pool of councils' teams,
workers, case files, two years of monthly supervision and audits.

Deterministic: the same --audits and --seed give byte-identical files on any
machine (Python's random.Random with an integer seed is specified to be
stable across versions and platforms).

Sized by the number of audits (default 50,000, each with one answer per
standard: 15). Everything else scales with it: at 50,000 audits there are
25,000 case files, 40 teams (five councils of eight), about 8 workers a team
plus heads of service, and a supervision a month for most workers over the
two years 2015-01-01 .. 2016-12-31 that the audits span.

Writes, into --out DIR:

caseaudit input
  people.caseaudit      team add / worker add commands
  cases.csv             for `import cases` (id,team,worker,status,opened,flags)
  cases.caseaudit       the same cases as case add commands
  supervision.caseaudit supervision add commands
  samples.caseaudit     sample draw commands: each team's monthly dip sample
                        of 4 open cases, due at the month's end (scheduled
                        audits for the MGMT-AUDITS target)
  audits.csv            for `import audits` (case,date,auditor,type,grade,
                        submitted, then one column per standard code holding
                        Met / Not met / N/A, the spellings spreadsheets use)
  audits.caseaudit      the same audits as audit add commands (batch mode)

the same rows as plain CSV, for bench/reference.sql (header rows; results
spelt as caseaudit stores them: met, not-met, na)
  ref_teams.csv ref_workers.csv ref_cases.csv ref_supervision.csv
  ref_audits.csv  (id,case_ref,team,auditor,date,type,grade,submitted)
  ref_answers.csv (audit_id,standard,result)
  ref_targets.csv (code,standard,threshold,position): the built-in
                  audit-standard targets (migrations/0002)

Audit IDs in ref_audits.csv are the numbers caseaudit gives the rows of
audits.csv when they are imported into a database with no audits: 1, 2, ...
in file order.
"""
import argparse
import calendar
import csv
import datetime
import os
import random
import sys

# The built-in standards, in order, with whom they apply to (migrations/0002):
# (code, flags any of which the case needs, statuses the case needs).
STANDARDS = [
    ("CHRON", (), ()),
    ("ANALYSIS", (), ()),
    ("PLAN", (), ()),
    ("VOICE", (), ()),
    ("DECISIONS", (), ()),
    ("SUPERVISION", (), ()),
    ("NEGLECT", ("neglect",), ()),
    ("CSE-IDENTIFIED", ("cse", "missing"), ()),
    ("CSE-ASSESSED", ("cse",), ()),
    ("CSE-PLAN", ("cse",), ()),
    ("MISSING-INTERVIEW", ("missing",), ()),
    ("MISSING-RISK", ("missing",), ("cic",)),
    ("MISSING-PLAN", ("missing",), ("cic",)),
    ("IHA", (), ("cic",)),
    ("PATHWAY", (), ("care-leaver",)),
]

# The built-in audit-standard targets: (code, standard, threshold, position
# in `target list`). The other targets (MGMT-AUDITS 1, SUP-REGULAR 2,
# SUP-AGREEMENT 4, SUP-TRAINED 5) are not measured from answers.
TARGETS = [
    ("SUPERVISION", "SUPERVISION", 80, 3),
    ("CHRON", "CHRON", 85, 6),
    ("ANALYSIS", "ANALYSIS", 85, 7),
    ("PLAN", "PLAN", 85, 8),
    ("NEGLECT", "NEGLECT", 85, 9),
    ("CSE-IDENTIFIED", "CSE-IDENTIFIED", 85, 10),
    ("CSE-ASSESSED", "CSE-ASSESSED", 90, 11),
    ("CSE-PLAN", "CSE-PLAN", 80, 12),
    ("MISSING-INTERVIEW", "MISSING-INTERVIEW", 85, 13),
    ("MISSING-RISK", "MISSING-RISK", 85, 14),
    ("MISSING-PLAN", "MISSING-PLAN", 85, 15),
    ("IHA", "IHA", 95, 16),
    ("PATHWAY", "PATHWAY", 85, 17),
    ("VOICE", "VOICE", 85, 18),
    ("DECISIONS", "DECISIONS", 80, 19),
]

# How often each standard is met where it applies, at the start of the
# period (practice improves over the two years, and teams differ).
MET_RATE = {
    "CHRON": 0.72, "ANALYSIS": 0.70, "PLAN": 0.66, "VOICE": 0.80,
    "DECISIONS": 0.76, "SUPERVISION": 0.68, "NEGLECT": 0.78,
    "CSE-IDENTIFIED": 0.82, "CSE-ASSESSED": 0.74, "CSE-PLAN": 0.70,
    "MISSING-INTERVIEW": 0.60, "MISSING-RISK": 0.75, "MISSING-PLAN": 0.71,
    "IHA": 0.82, "PATHWAY": 0.77,
}

PERIOD_START = datetime.date(2015, 1, 1)
PERIOD_END = datetime.date(2016, 12, 31)
MONTHS = [(y, m) for y in (2015, 2016) for m in range(1, 13)]

COUNCILS = ["Northshire", "Eastbrook", "Westmoor", "Southvale", "Kingsford",
            "Ashby", "Brackley", "Cranwell", "Dunmore", "Elmsworth"]
TEAM_KINDS = ["Assessment 1", "Assessment 2", "Child in Need 1", "Child in Need 2",
              "Child Protection", "Children in Care 1", "Children in Care 2", "Care Leavers"]
SERVICES = {"Assessment": "Front Door and Assessment", "Child in Need": "Children in Need",
            "Child Protection": "Safeguarding", "Children in Care": "Children in Care",
            "Care Leavers": "Leaving Care"}
FIRST = ["Amira", "Ben", "Chloe", "Daniel", "Ewa", "Farah", "George", "Hannah", "Imran",
         "Jade", "Kwame", "Laura", "Mohammed", "Niamh", "Oliver", "Priya", "Rhys", "Sophie",
         "Tomasz", "Uzma", "Victoria", "William", "Yasmin", "Zoe", "Aisha", "Callum", "Deborah",
         "Euan", "Fiona", "Grace"]
LAST = ["Khan", "O'Brien", "Smith", "Jones", "Patel", "Williams", "Nowak", "Taylor", "Brown",
        "Davies", "Evans", "Hughes", "Ahmed", "Murphy", "Clarke", "Walker", "Wright", "Green",
        "Hall", "Lewis", "Okafor", "Robinson", "Begum", "Kowalski", "Thompson", "Wood"]
# Case statuses by team kind: (status, weight).
STATUS_MIX = {
    "Assessment": [("early-help", 3), ("cin", 6), ("cp", 1)],
    "Child in Need": [("cin", 8), ("cp", 2)],
    "Child Protection": [("cp", 8), ("cin", 2)],
    "Children in Care": [("cic", 10)],
    "Care Leavers": [("care-leaver", 10)],
}
FLAG_RATE = {"neglect": 0.30, "cse": 0.08, "missing": 0.10, "domestic-abuse": 0.25}
SPELLING = {"met": "Met", "not-met": "Not met", "na": "N/A"}


def iso(d):
    return d.isoformat()


def month_bounds(y, m):
    return datetime.date(y, m, 1), datetime.date(y, m, calendar.monthrange(y, m)[1])


def random_date(rng, first, last):
    return first + datetime.timedelta(days=rng.randint(0, (last - first).days))


def quote(text):
    """A word for a caseaudit command line (double quotes; names here hold
    no double quote or backslash)."""
    return '"' + text + '"'


class Names:
    """Unique, plausible worker names."""

    def __init__(self, rng):
        self.rng = rng
        self.used = set()

    def new(self):
        first, last = self.rng.choice(FIRST), self.rng.choice(LAST)
        name = first + " " + last
        while name.lower() in self.used:
            # A middle initial, as staff lists tell namesakes apart.
            name = "%s %s. %s" % (first, chr(ord("A") + self.rng.randrange(26)), last)
            if name.lower() in self.used:
                first, last = self.rng.choice(FIRST), self.rng.choice(LAST)
                name = first + " " + last
        self.used.add(name.lower())
        return name


def build(n_audits, seed):
    rng = random.Random(seed)
    names = Names(rng)
    n_teams = max(1, round(40 * n_audits / 50000))
    n_cases = max(n_teams, n_audits // 2)

    teams = []      # dicts: name, service, kind, manager, workers (practitioners)
    workers = []    # dicts: name, team, role, started, left, agreement, trained
    for t in range(n_teams):
        council = COUNCILS[(t // len(TEAM_KINDS)) % len(COUNCILS)]
        round_no = t // (len(TEAM_KINDS) * len(COUNCILS))
        kind = TEAM_KINDS[t % len(TEAM_KINDS)]
        base = kind.rstrip(" 0123456789")
        name = council + " " + kind + (" (%d)" % (round_no + 1) if round_no else "")
        team = {"name": name, "service": SERVICES[base], "kind": base, "practitioners": [],
                "offset": rng.uniform(-0.10, 0.08)}
        teams.append(team)

        def add(role, started, left=None):
            w = {"name": names.new(), "team": name, "role": role, "started": started, "left": left,
                 "agreement": None, "trained": None}
            if role in ("social-worker", "aqw"):
                if rng.random() < 0.88:
                    w["agreement"] = started + datetime.timedelta(days=rng.randint(3, 90))
            elif rng.random() < 0.85:
                w["trained"] = started + datetime.timedelta(days=rng.randint(10, 400))
            workers.append(w)
            return w

        team["manager"] = add("team-manager", random_date(rng, datetime.date(2008, 1, 1), datetime.date(2014, 6, 30)))
        roles = ["social-worker"] * 6 + ["aqw"]
        for role in roles:
            started = random_date(rng, datetime.date(2006, 1, 1), datetime.date(2014, 12, 1))
            if rng.random() < 0.12:
                # Leaves during the period; a successor starts about a month later.
                left = random_date(rng, datetime.date(2015, 2, 1), datetime.date(2016, 10, 31))
                w = add(role, started, left)
                team["practitioners"].append(w)
                successor = add(role, left + datetime.timedelta(days=rng.randint(14, 60)))
                team["practitioners"].append(successor)
            else:
                team["practitioners"].append(add(role, started))
        if t % len(TEAM_KINDS) == 0:
            council_head = add("head-of-service", random_date(rng, datetime.date(2005, 1, 1), datetime.date(2013, 1, 1)))
        team["head"] = council_head
        if rng.random() < 0.5:
            add("iro", random_date(rng, datetime.date(2006, 1, 1), datetime.date(2014, 1, 1)))

    # Case files, spread evenly over the teams; allocated to a practitioner
    # in post at the end of the period.
    cases = []
    for c in range(n_cases):
        team = teams[c % n_teams]
        current = [w for w in team["practitioners"] if w["left"] is None]
        mix = STATUS_MIX[team["kind"]]
        status = rng.choices([s for s, _ in mix], [w for _, w in mix])[0]
        flags = [f for f, rate in FLAG_RATE.items() if rng.random() < rate]
        opened = random_date(rng, datetime.date(2010, 1, 1), datetime.date(2016, 9, 30))
        worker = rng.choice(current)["name"] if rng.random() < 0.95 else ""
        cases.append({"ref": "C%07d" % (1000000 + c * 7 + rng.randrange(7)), "team": team, "worker": worker,
                      "status": status, "flags": flags, "opened": opened})
    by_worker = {}
    for case in cases:
        by_worker.setdefault(case["worker"], []).append(case["ref"])

    # Supervision: most practitioners, most months they are in post, by their
    # team manager, on a day both are in post.
    supervision = []
    for team in teams:
        manager = team["manager"]
        for w in team["practitioners"]:
            for y, m in MONTHS:
                first, last = month_bounds(y, m)
                lo = max(first, w["started"])
                hi = min(last, w["left"]) if w["left"] else last
                if lo > hi or rng.random() >= 0.93:
                    continue
                day = random_date(rng, lo, hi)
                mine = by_worker.get(w["name"], [])
                discussed = rng.sample(mine, min(len(mine), rng.randint(0, 2)))
                supervision.append((w["name"], manager["name"], day, discussed))
    supervision.sort(key=lambda s: s[2])

    # Audits: a case at random, a date after it opened, by the team manager
    # (sometimes the head of service); a few left as drafts.
    audits = []
    span = (PERIOD_END - PERIOD_START).days
    audited = set()  # (case, date): a case is audited at most once a day
    for a in range(n_audits):
        while True:
            case = cases[rng.randrange(n_cases)]
            date = random_date(rng, max(PERIOD_START, case["opened"]), PERIOD_END)
            if (case["ref"], date) not in audited:
                audited.add((case["ref"], date))
                break
        team = case["team"]
        auditor = team["head"]["name"] if rng.random() < 0.1 else team["manager"]["name"]
        kind = rng.choices(["dip-sample", "themed", "multi-agency"], [85, 10, 5])[0]
        progress = (date - PERIOD_START).days / span
        answers = []
        met = measured = 0
        for code, need_flags, need_status in STANDARDS:
            applies = (not need_flags or any(f in case["flags"] for f in need_flags)) and \
                      (not need_status or case["status"] in need_status)
            if not applies or rng.random() < 0.03:
                result = "na"
            else:
                p = min(0.99, max(0.05, MET_RATE[code] + team["offset"] + 0.12 * progress))
                result = "met" if rng.random() < p else "not-met"
                measured += 1
                met += result == "met"
            answers.append((code, result))
        share = met / measured if measured else 1.0
        grade = ("outstanding" if share >= 0.95 else "good" if share >= 0.78
                 else "requires-improvement" if share >= 0.55 else "inadequate")
        submitted = rng.random() >= 0.03
        if not submitted and rng.random() < 0.5:
            grade = ""
        audits.append({"case": case, "date": date, "auditor": auditor, "type": kind, "grade": grade,
                       "submitted": submitted, "answers": answers})
    # Spreadsheets are kept roughly in date order; the order is also what
    # numbers the audits.
    audits.sort(key=lambda a: a["date"])
    return teams, workers, cases, supervision, audits


def write(out, teams, workers, cases, supervision, audits):
    os.makedirs(out, exist_ok=True)

    def path(name):
        return os.path.join(out, name)

    def csv_writer(f):
        return csv.writer(f, lineterminator="\n")

    with open(path("people.caseaudit"), "w", encoding="utf-8") as f:
        f.write("# Teams and workers of the benchmark data set (bench/generate.py).\n")
        for t in teams:
            f.write("team add %s --service %s\n" % (quote(t["name"]), quote(t["service"])))
        for w in workers:
            line = "worker add %s --team %s --role %s --started %s" % (
                quote(w["name"]), quote(w["team"]), w["role"], iso(w["started"]))
            for option in ("left", "agreement", "trained"):
                if w[option]:
                    line += " --%s %s" % (option, iso(w[option]))
            f.write(line + "\n")
    with open(path("supervision.caseaudit"), "w", encoding="utf-8") as f:
        f.write("# Monthly supervision sessions (bench/generate.py).\n")
        for worker, manager, day, discussed in supervision:
            line = "supervision add %s --by %s --date %s" % (quote(worker), quote(manager), iso(day))
            for ref in discussed:
                line += " --case " + ref
            f.write(line + "\n")
    with open(path("samples.caseaudit"), "w", encoding="utf-8") as f:
        f.write("# Monthly dip samples, 4 open cases a team (bench/generate.py).\n")
        seed = 0
        for y, m in MONTHS:
            first, last = month_bounds(y, m)
            for t in teams:
                seed += 1
                f.write("sample draw --team %s --size 4 --auditor %s --due %s --seed %d --date %s\n" % (
                    quote(t["name"]), quote(t["manager"]["name"]), iso(last), seed, iso(first)))
    with open(path("cases.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv_writer(f)
        w.writerow(["id", "team", "worker", "status", "opened", "flags"])
        for c in cases:
            w.writerow([c["ref"], c["team"]["name"], c["worker"], c["status"], iso(c["opened"]), ";".join(c["flags"])])
    with open(path("cases.caseaudit"), "w", encoding="utf-8") as f:
        f.write("# Case files (bench/generate.py); the same rows as cases.csv.\n")
        for c in cases:
            line = "case add %s --team %s --status %s --opened %s" % (c["ref"], quote(c["team"]["name"]), c["status"],
                                                                     iso(c["opened"]))
            if c["worker"]:
                line += " --worker " + quote(c["worker"])
            for flag in c["flags"]:
                line += " --flag " + flag
            f.write(line + "\n")
    with open(path("audits.caseaudit"), "w", encoding="utf-8") as f:
        f.write("# Audits (bench/generate.py); the same rows as audits.csv.\n")
        for a in audits:
            line = "audit add %s --date %s --auditor %s --type %s" % (a["case"]["ref"], iso(a["date"]),
                                                                     quote(a["auditor"]), a["type"])
            if a["grade"]:
                line += " --grade " + a["grade"]
            if a["submitted"]:
                line += " --submit"
            for code, result in a["answers"]:
                line += " %s=%s" % (code, result)
            f.write(line + "\n")
    with open(path("audits.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv_writer(f)
        w.writerow(["case", "date", "auditor", "type", "grade", "submitted"] + [s[0] for s in STANDARDS])
        for a in audits:
            w.writerow([a["case"]["ref"], iso(a["date"]), a["auditor"], a["type"], a["grade"],
                        "yes" if a["submitted"] else "no"] + [SPELLING[r] for _, r in a["answers"]])

    # The reference rows.
    with open(path("ref_teams.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv_writer(f)
        w.writerow(["name", "service"])
        for t in teams:
            w.writerow([t["name"], t["service"]])
    with open(path("ref_workers.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv_writer(f)
        w.writerow(["name", "team", "role", "started", "left_on", "agreement", "trained"])
        for x in workers:
            w.writerow([x["name"], x["team"], x["role"], iso(x["started"])] +
                       [iso(x[k]) if x[k] else "" for k in ("left", "agreement", "trained")])
    with open(path("ref_cases.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv_writer(f)
        w.writerow(["ref", "team", "worker", "status", "opened", "flags"])
        for c in cases:
            w.writerow([c["ref"], c["team"]["name"], c["worker"], c["status"], iso(c["opened"]), ";".join(c["flags"])])
    with open(path("ref_supervision.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv_writer(f)
        w.writerow(["worker", "supervisor", "date"])
        for worker, manager, day, _ in supervision:
            w.writerow([worker, manager, iso(day)])
    with open(path("ref_audits.csv"), "w", encoding="utf-8", newline="") as f, \
         open(path("ref_answers.csv"), "w", encoding="utf-8", newline="") as g:
        wa, wn = csv_writer(f), csv_writer(g)
        wa.writerow(["id", "case_ref", "team", "auditor", "date", "type", "grade", "submitted"])
        wn.writerow(["audit_id", "standard", "result"])
        for number, a in enumerate(audits, 1):
            wa.writerow([number, a["case"]["ref"], a["case"]["team"]["name"], a["auditor"], iso(a["date"]),
                         a["type"], a["grade"], 1 if a["submitted"] else 0])
            for code, result in a["answers"]:
                wn.writerow([number, code, result])
    with open(path("ref_targets.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv_writer(f)
        w.writerow(["code", "standard", "threshold", "position"])
        for row in TARGETS:
            w.writerow(row)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--audits", type=int, default=50000, help="number of audits (default 50000)")
    parser.add_argument("--seed", type=int, default=2016, help="random seed (default 2016)")
    parser.add_argument("--out", required=True, help="directory to write into")
    args = parser.parse_args()
    if args.audits < 1:
        parser.error("--audits must be at least 1")
    data = build(args.audits, args.seed)
    write(args.out, *data)
    teams, workers, cases, supervision, audits = data
    print("%d teams, %d workers, %d cases, %d supervisions, %d audits, %d answers -> %s" % (
        len(teams), len(workers), len(cases), len(supervision), len(audits),
        sum(len(a["answers"]) for a in audits), args.out), file=sys.stderr)


if __name__ == "__main__":
    main()
