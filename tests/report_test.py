#!/usr/bin/env python3
"""Browser test of the committee report.

Builds a small council through caseaudit's commands, writes `report html`
for a quarter, renders it in headless Chromium, and checks that the DOM the
browser built holds exactly the figures `compliance --mode json` prints for
the same quarter (every target: numerator, denominator, percent, status,
interval, evidence), the per-team table, the trend charts and the overdue
actions. It keeps a screenshot as an artifact: report.png beside this
test's build directory (argv[2]), for a person to look at.

usage: report_test.py CASEAUDIT ARTIFACT_DIR
"""
import html.parser
import json
import os
import shutil
import subprocess
import sys
import tempfile

CASEAUDIT = os.path.abspath(sys.argv[1])
ARTIFACTS = os.path.abspath(sys.argv[2]) if len(sys.argv) > 2 else os.getcwd()
passed = failed = 0


def check(ok, what):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print("FAIL:", what)


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


BROWSER_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--hide-scrollbars", "--allow-file-access-from-files"]


class Dom(html.parser.HTMLParser):
    """Collects the summary table's cells by target and field, and counts."""

    def __init__(self):
        super().__init__()
        self.rows = {}
        self.target = None
        self.field = None
        self.text = []
        self.ids = set()
        self.trend_figures = 0
        self.team_headers = []
        self.in_teams = False
        self.in_th = False
        self.overdue_rows = 0
        self.in_overdue = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "table" and a.get("id") == "teams":
            self.in_teams = True
        if tag == "table" and a.get("id") == "overdue":
            self.in_overdue = True
        if tag == "tbody" and self.in_overdue:
            self.overdue_rows = 0
        if tag == "tr" and self.in_overdue:
            self.overdue_rows += 1
        if tag == "th" and self.in_teams:
            self.in_th = True
            self.text = []
        if tag == "tr" and "data-target" in a:
            self.target = a["data-target"]
            self.rows[self.target] = {}
        if tag == "figure" and "data-target" in a:
            self.trend_figures += 1
        if self.target and "data-field" in a:
            self.field = a["data-field"]
            self.text = []

    def handle_endtag(self, tag):
        if tag in ("td", "span") and self.field and self.target:
            self.rows[self.target].setdefault(self.field, "".join(self.text).strip())
            self.field = None
        if tag == "tr":
            self.target = None
        if tag == "th" and self.in_th:
            self.team_headers.append("".join(self.text).strip())
            self.in_th = False
        if tag == "table":
            self.in_teams = False
            self.in_overdue = False

    def handle_data(self, data):
        self.text.append(data)


SCRIPT = """
team add 'North Team'
team add 'South Team'
worker add 'Mo Khan' --team 'North Team' --role team-manager --trained 2016-01-10
worker add 'Ann Lee' --team 'North Team' --role social-worker --started 2015-01-05 --agreement 2015-02-01
worker add 'Sue Park' --team 'South Team' --role team-manager
worker add 'Tom Ray' --team 'South Team' --role social-worker --started 2015-03-01
case add N1 --team 'North Team' --worker 'Ann Lee' --status cic --flag missing
case add N2 --team 'North Team' --worker 'Ann Lee' --status cp --flag neglect
case add S1 --team 'South Team' --worker 'Tom Ray' --status cin
supervision add 'Ann Lee' --by 'Mo Khan' --date 2016-07-12
supervision add 'Ann Lee' --by 'Mo Khan' --date 2016-08-09
supervision add 'Ann Lee' --by 'Mo Khan' --date 2016-09-13
supervision add 'Tom Ray' --by 'Sue Park' --date 2016-07-20
audit add N1 --date 2016-07-14 --auditor 'Mo Khan' --grade good --submit CHRON=met PLAN=met VOICE=met IHA=met MISSING-INTERVIEW=not-met
audit add N2 --date 2016-08-02 --auditor 'Mo Khan' --grade requires-improvement --submit CHRON=met PLAN=not-met VOICE=met NEGLECT=met
audit add S1 --date 2016-09-21 --auditor 'Sue Park' --grade inadequate --submit CHRON=not-met PLAN=not-met VOICE=met
audit add S1 --date 2016-06-21 --auditor 'Sue Park' --grade good --submit CHRON=met PLAN=met VOICE=met
audit add N1 --date 2016-09-28 --auditor 'Mo Khan' --grade good CHRON=not-met
action add 2 'Rewrite the plan with SMART targets' --owner 'Ann Lee' --due 2016-09-01
action add 3 'Update the chronology' --owner 'Tom Ray' --due 2016-12-31
"""


def main():
    browser = chromium()
    check(browser is not None, "chromium is installed (apt-get install chromium)")
    if browser is None:
        print(f"{passed} passed, {failed} failed")
        return 1
    with tempfile.TemporaryDirectory(prefix="caseaudit-report-") as tmp:
        env = dict(os.environ, CASEAUDIT_USER="qa.officer", CASEAUDIT_TODAY="2016-11-30", NO_COLOR="1")
        db = os.path.join(tmp, "council.db")
        script = os.path.join(tmp, "data.caseaudit")
        with open(script, "w") as f:
            f.write(SCRIPT)
        subprocess.run([CASEAUDIT, "--bail", "-f", script, db], check=True, env=env, stdout=subprocess.DEVNULL)
        report = os.path.join(tmp, "q3.html")
        p = subprocess.run([CASEAUDIT, "-c", f"report html '{report}' --quarter 2016-Q3", db], env=env,
                           capture_output=True, text=True)
        check(p.returncode == 0, f"report html exits 0 (stderr: {p.stderr})")
        figures = json.loads(subprocess.run([CASEAUDIT, "--mode", "json", "-c", "compliance --quarter 2016-Q3", db],
                                            env=env, capture_output=True, text=True, check=True).stdout)
        page = open(report, encoding="utf-8").read()
        check("<script" not in page.lower(), "no scripts in the report")
        check("http://" not in page.replace("http://www.w3.org/2000/svg", "") and "https://" not in page,
              "no network references")

        profile = os.path.join(tmp, "profile")
        url = "file://" + report
        dom = subprocess.run([browser, *BROWSER_FLAGS, f"--user-data-dir={profile}", "--dump-dom", url],
                             capture_output=True, text=True, timeout=90)
        check(dom.returncode == 0 and "</html>" in dom.stdout, "chromium renders the report")
        parsed = Dom()
        parsed.feed(dom.stdout)

        def fmt(v):
            return "" if v is None else f"{v:.1f}" if isinstance(v, float) else str(v)

        check(len(figures) == 19 and len(parsed.rows) == len(figures),
              f"one summary row per target ({len(parsed.rows)} in the DOM, {len(figures)} from compliance)")
        for row in figures:
            got = parsed.rows.get(row["target"], {})
            for field in ("numerator", "denominator", "percent", "status", "ci_low", "ci_high", "evidence"):
                check(got.get(field, "") == fmt(row[field]),
                      f"{row['target']} {field}: DOM {got.get(field)!r}, compliance {fmt(row[field])!r}")
            check(got.get("threshold") == fmt(row["threshold"]), f"{row['target']} threshold")
        chron = next(r for r in figures if r["target"] == "CHRON")
        check(chron["numerator"] == 2 and chron["denominator"] == 3, "CHRON is 2 of 3 in Q3 (draft and June left out)")
        check(parsed.trend_figures >= len(figures), "a trend chart for every target")
        check(parsed.team_headers[1:] == ["North Team", "South Team"], f"team columns: {parsed.team_headers}")
        check(parsed.overdue_rows == 1, f"one overdue action listed, got {parsed.overdue_rows}")
        check({"summary", "trend", "by-team", "actions", "how", "intervals"} <= parsed.ids, "every section is there")

        os.makedirs(ARTIFACTS, exist_ok=True)
        shot = os.path.join(ARTIFACTS, "report.png")
        s = subprocess.run([browser, *BROWSER_FLAGS, f"--user-data-dir={profile}", f"--screenshot={shot}",
                            "--window-size=1000,2400", url], capture_output=True, text=True, timeout=90)
        check(s.returncode == 0 and os.path.getsize(shot) > 10000, f"screenshot kept at {shot}")
        shutil.copy(report, os.path.join(ARTIFACTS, "report.html"))
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
