#!/usr/bin/env python3
"""Browser test of the committee report.

1. A small council built through caseaudit's commands: `report html` for a
   quarter, rendered in headless Chromium (driven by playwright-core, with
   tests/browser/check.mjs). The figures the browser shows must be exactly
   those `compliance --mode json` prints for the same quarter, every target
   (k, n, percent, threshold, status, interval, evidence) and every team's
   cell (against `compliance --by team`); axe-core, injected into the page,
   must find 0 violations (on screen and as printed); html-validate's
   recommended preset must find 0 errors; the page loads nothing; the
   smallest printed text is at least 9 pt; nothing is wider than A4.
2. The demo council (demo/demo.caseaudit: 19 targets, 4 teams): the report
   printed to PDF by Chromium (--print-to-pdf) fits in at most 6 A4 pages,
   every target's name and every figure of the summary is in the PDF's
   text (pdftotext), and each page is kept as a PNG (pdftoppm) in the
   artifacts folder for a person to look at, with the HTML and the PDF.

The npm packages (axe-core, html-validate, playwright-core) are those of
tests/browser/package-lock.json, installed with `npm ci` into the build
folder (again only when the lock file changes).

usage: report_test.py CASEAUDIT ARTIFACT_DIR
"""
import filecmp
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

CASEAUDIT = os.path.abspath(sys.argv[1])
ARTIFACTS = os.path.abspath(sys.argv[2]) if len(sys.argv) > 2 else os.path.join(os.getcwd(), "artifacts")
HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.dirname(HERE)
MAX_DEMO_PAGES = 6
passed = failed = 0


def check(ok, what):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print("FAIL:", what)
    return ok


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


BROWSER_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--hide-scrollbars"]

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


def fmt(v):
    return "" if v is None else f"{v:.1f}" if isinstance(v, float) else str(v)


def npm_install():
    """The lock file's packages in BUILD/browser; '' or what went wrong."""
    target = os.path.join(os.path.dirname(ARTIFACTS), "browser")
    os.makedirs(target, exist_ok=True)
    lock = os.path.join(target, "package-lock.json")
    fresh = (os.path.isdir(os.path.join(target, "node_modules")) and os.path.exists(lock)
             and filecmp.cmp(lock, os.path.join(HERE, "browser", "package-lock.json"), shallow=False))
    for name in ("package.json", "package-lock.json", "check.mjs"):
        shutil.copy(os.path.join(HERE, "browser", name), os.path.join(target, name))
    if not fresh:
        npm = shutil.which("npm")
        if npm is None:
            return target, "npm is not installed (apt-get install nodejs npm)"
        p = subprocess.run([npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=target,
                           capture_output=True, text=True, timeout=300)
        if p.returncode != 0:
            return target, f"npm ci failed: {p.stderr.strip()[-500:]}"
    return target, ""


def run_checks(deps, report, browser):
    p = subprocess.run(["node", os.path.join(deps, "check.mjs"), report], capture_output=True, text=True,
                       timeout=180, env=dict(os.environ, CHROMIUM=browser))
    if not check(p.returncode == 0, f"check.mjs runs (stderr: {p.stderr[-800:]})"):
        return None
    return json.loads(p.stdout)


def caseaudit(db, env, *args, mode=None):
    cmd = [CASEAUDIT] + (["--mode", mode] if mode else []) + [a for c in args for a in ("-c", c)] + [db]
    return subprocess.run(cmd, env=env, capture_output=True, text=True)


def small_council(tmp, deps, browser, env):
    db = os.path.join(tmp, "council.db")
    script = os.path.join(tmp, "data.caseaudit")
    with open(script, "w") as f:
        f.write(SCRIPT)
    subprocess.run([CASEAUDIT, "--bail", "-f", script, db], check=True, env=env, stdout=subprocess.DEVNULL)
    report = os.path.join(tmp, "q3.html")
    p = caseaudit(db, env, f"report html '{report}' --quarter 2016-Q3")
    check(p.returncode == 0, f"report html exits 0 (stderr: {p.stderr})")
    figures = json.loads(caseaudit(db, env, "compliance --quarter 2016-Q3", mode="json").stdout)
    by_team = json.loads(caseaudit(db, env, "compliance --quarter 2016-Q3 --by team", mode="json").stdout)
    page = open(report, encoding="utf-8").read()
    check("<script" not in page.lower(), "no scripts in the report")
    check("http://" not in page.replace("http://www.w3.org/2000/svg", "") and "https://" not in page,
          "no network references")
    for name in ("Ann Lee", "Tom Ray", "Mo Khan", ">N1<", ">N2<", ">S1<"):
        check(name not in page, f"no worker or child named by default: {name}")
    r = run_checks(deps, report, browser)
    if r is None:
        return
    for media in ("screen", "print"):
        check(r[f"axe_{media}"] == [], f"axe-core: 0 violations ({media}): {json.dumps(r[f'axe_{media}'])[:1500]}")
    check(r["html_validate"]["errors"] == 0, f"html-validate recommended: 0 errors: {r['html_validate']}")
    check(r["requests"] == [], f"the report loads nothing: {r['requests']}")
    check(r["smallest_text_pt"]["pt"] >= 9 - 1e-6, f"no printed text under 9 pt: {r['smallest_text_pt']}")
    check(r["overflow"] == [], f"nothing wider than A4's printable width: {r['overflow']}")
    check(len(figures) == 19 and len(r["summary"]) == len(figures),
          f"one summary row per target ({len(r['summary'])} shown, {len(figures)} from compliance)")
    for row in figures:
        got = r["summary"].get(row["target"], {})
        for field in ("numerator", "denominator", "percent", "threshold", "status", "ci_low", "ci_high", "evidence"):
            check(got.get(field, "") == fmt(row[field]) if field != "threshold" else got.get(field) == str(row[field]),
                  f"{row['target']} {field}: shown {got.get(field)!r}, compliance {fmt(row[field])!r}")
    chron = next(x for x in figures if x["target"] == "CHRON")
    check(chron["numerator"] == 2 and chron["denominator"] == 3, "CHRON is 2 of 3 in Q3 (draft and June left out)")
    cells = {(c["team"], c["target"]): c for c in r["teams"]}
    check(len(cells) == len(by_team), f"one team cell per target and team: {len(cells)} shown, {len(by_team)} rows")
    for row in by_team:
        c = cells.get((row["team"], row["target"]))
        if not check(c is not None, f"cell {row['team']} {row['target']} shown"):
            continue
        check(c["status"] == row["status"], f"{row['team']} {row['target']} status {c['status']} vs {row['status']}")
        if row["denominator"] > 0:
            check((c["numerator"], c["denominator"], c["percent"]) ==
                  (str(row["numerator"]), str(row["denominator"]), fmt(row["percent"])),
                  f"{row['team']} {row['target']}: shown {c}, compliance {row}")
            check(c["few"] == (row["denominator"] < 5), f"{row['team']} {row['target']}: too few to judge below 5 files")
    kinds = [c["kind"] for c in r["charts"]]
    check(kinds.count("run-chart") + kinds.count("p-chart") == 19, f"a trend chart for every target: {kinds}")
    check(all(c["name"] for c in r["charts"]), "every chart has an accessible name")
    trend = [c for c in r["charts"] if c["kind"] in ("run-chart", "p-chart")]
    texts = {x["target"]: x for x in figures}
    check(all(c["figure"] in texts and c["figure"] in c["name"] for c in trend), "each trend chart names its target's code")
    shutil.copy(report, os.path.join(ARTIFACTS, "report-small.html"))
    # With --names: the list of overdue actions, marked; as accessible and valid.
    named = os.path.join(tmp, "q3-names.html")
    p = caseaudit(db, env, f"report html '{named}' --quarter 2016-Q3 --names --marking 'OFFICIAL'")
    check(p.returncode == 0, f"report html --names exits 0 (stderr: {p.stderr})")
    page = open(named, encoding="utf-8").read()
    check("Ann Lee" in page and 'id="names-marking"' in page and "PERSONAL DATA" in page,
          "--names lists the owners and marks the page as personal data")
    check('<p class="marking">OFFICIAL</p>' in page, "--marking sets the marking")
    r = run_checks(deps, named, browser)
    if r is not None:
        for media in ("screen", "print"):
            check(r[f"axe_{media}"] == [], f"--names: axe-core 0 violations ({media}): {json.dumps(r[f'axe_{media}'])[:1500]}")
        check(r["html_validate"]["errors"] == 0, f"--names: html-validate 0 errors: {r['html_validate']}")


def demo(tmp, deps, browser, env):
    db = os.path.join(tmp, "demo.db")
    subprocess.run([CASEAUDIT, "--bail", "-f", os.path.join(SOURCE, "demo", "demo.caseaudit"), db], check=True,
                   env=dict(env, CASEAUDIT_USER="demo"), stdout=subprocess.DEVNULL)
    report = os.path.join(tmp, "demo.html")
    p = caseaudit(db, dict(env, CASEAUDIT_USER="Jo Bloggs, Head of Service"), f"report html '{report}' --quarter 2016-Q3")
    check(p.returncode == 0, f"demo report html exits 0 (stderr: {p.stderr})")
    figures = json.loads(caseaudit(db, env, "compliance --quarter 2016-Q3", mode="json").stdout)
    targets = json.loads(caseaudit(db, env, "target list", mode="json").stdout)
    r = run_checks(deps, report, browser)
    if r is not None:
        for media in ("screen", "print"):
            check(r[f"axe_{media}"] == [], f"demo: axe-core 0 violations ({media}): {json.dumps(r[f'axe_{media}'])[:1500]}")
        check(r["html_validate"]["errors"] == 0, f"demo: html-validate 0 errors: {r['html_validate']}")
        check(r["smallest_text_pt"]["pt"] >= 9 - 1e-6, f"demo: no printed text under 9 pt: {r['smallest_text_pt']}")
        check(r["overflow"] == [], f"demo: nothing wider than A4: {r['overflow']}")
    pdf = os.path.join(ARTIFACTS, "report-demo.pdf")
    profile = os.path.join(tmp, "profile-pdf")
    p = subprocess.run([browser, *BROWSER_FLAGS, f"--user-data-dir={profile}", "--no-pdf-header-footer",
                        f"--print-to-pdf={pdf}", "file://" + report], capture_output=True, text=True, timeout=120)
    if not check(p.returncode == 0 and os.path.exists(pdf), f"chromium prints the demo report to PDF ({p.stderr[-300:]})"):
        return
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    size = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+)", info, re.M)
    check(abs(float(size.group(1)) - 595.3) < 2 and abs(float(size.group(2)) - 841.9) < 2, f"A4 pages: {size.group(0)}")
    check(1 <= pages <= MAX_DEMO_PAGES, f"the demo report prints on at most {MAX_DEMO_PAGES} pages: {pages}")
    print(f"demo report: {pages} pages")
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
    flat = re.sub(r"\s+", " ", subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout)
    # pdftotext drops a hyphen where a line breaks after it ("child-" /
    # "centred" reads "childcentred"): names are compared without hyphens.
    bare = re.sub(r"-\s*", "", flat)
    check("How to read this report" in text and text.index("How to read this report") < text.index("Targets at a glance"),
          "How to read this report comes first")
    check(text.count("OFFICIAL-SENSITIVE") >= 2 * pages, "the protective marking at the head and foot of every page")
    names = {t["code"]: t["text"] for t in targets}
    for row in figures:
        code = row["target"]
        check(re.sub(r"-\s*", "", names[code]) in bare, f"{code}'s name is in the PDF text: {names[code]!r}")
        check(code in flat, f"{code} is in the PDF text")
        figure = f"{row['numerator']} of {row['denominator']}"
        check(figure in flat, f"{code}: '{figure}' is in the PDF text")
        if row["percent"] is not None:
            check(f"{fmt(row['percent'])}%" in flat, f"{code}: {fmt(row['percent'])}% is in the PDF text")
            check(f"{fmt(row['ci_low'])}–{fmt(row['ci_high'])}" in flat, f"{code}: its interval is in the PDF text")
    for old in os.listdir(ARTIFACTS):
        if old.startswith("report-page-") and old.endswith(".png"):
            os.remove(os.path.join(ARTIFACTS, old))
    subprocess.run(["pdftoppm", "-r", "110", "-png", pdf, os.path.join(ARTIFACTS, "report-page")], check=True)
    pngs = [f for f in os.listdir(ARTIFACTS) if f.startswith("report-page-") and f.endswith(".png")]
    check(len(pngs) == pages, f"a PNG of each page kept in {ARTIFACTS}: {sorted(pngs)}")
    shutil.copy(report, os.path.join(ARTIFACTS, "report-demo.html"))


def main():
    browser = chromium()
    check(browser is not None, "chromium is installed (apt-get install chromium)")
    for tool in ("node", "pdftotext", "pdftoppm", "pdfinfo"):
        check(shutil.which(tool) is not None, f"{tool} is installed (apt-get install nodejs poppler-utils)")
    if failed:
        print(f"{passed} passed, {failed} failed")
        return 1
    os.makedirs(ARTIFACTS, exist_ok=True)
    deps, problem = npm_install()
    if not check(problem == "", problem):
        print(f"{passed} passed, {failed} failed")
        return 1
    with tempfile.TemporaryDirectory(prefix="caseaudit-report-") as tmp:
        env = dict(os.environ, CASEAUDIT_USER="qa.officer", CASEAUDIT_TODAY="2016-11-30", NO_COLOR="1")
        small_council(tmp, deps, browser, env)
        demo(tmp, deps, browser, env)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
