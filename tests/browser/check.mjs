// Checks one HTML report as a browser and a validator see it, for
// tests/report_test.py: axe-core's accessibility rules run inside the
// system Chromium (driven by playwright-core), and html-validate with its
// recommended preset. Prints one JSON object on standard output.
//
// usage: node check.mjs REPORT.html
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { HtmlValidate } from "html-validate";

const require = createRequire(import.meta.url);
const file = process.argv[2];
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"],
});
const result = {};
try {
  const page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
  // The report must load nothing: every request but the file itself fails the test.
  const requests = [];
  page.on("request", (r) => { if (r.url() !== pathToFileURL(file).href) requests.push(r.url()); });
  await page.goto(pathToFileURL(file).href);
  await page.addScriptTag({ content: axeSource });
  for (const media of ["screen", "print"]) {
    await page.emulateMedia({ media });
    // Every rule axe has that applies (WCAG 2.x A and AA, and best practices).
    const axe = await page.evaluate(async () => {
      const r = await window.axe.run(document, { resultTypes: ["violations"] });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
        nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, summary: n.failureSummary })) }));
    });
    result[`axe_${media}`] = axe;
  }
  result.requests = requests;
  // What a person sees: the figures of the summary table as rendered text.
  result.summary = await page.evaluate(() => {
    const rows = {};
    for (const tr of document.querySelectorAll("#compliance tr[data-target]")) {
      const row = {};
      for (const e of tr.querySelectorAll("[data-field]")) row[e.dataset.field] ??= e.textContent.trim();
      rows[tr.dataset.target] = row;
    }
    return rows;
  });
  result.teams = await page.evaluate(() => {
    const cells = [];
    for (const td of document.querySelectorAll("table.teams td[data-target]")) {
      const tr = td.closest("tr");
      const get = (f) => { const e = td.querySelector(`[data-field="${f}"]`); return e ? e.textContent.trim() : null; };
      cells.push({ team: tr.dataset.team, target: td.dataset.target, status: td.dataset.status,
                   numerator: get("numerator"), denominator: get("denominator"), percent: get("percent"),
                   few: td.querySelector(".few") !== null });
    }
    return cells;
  });
  result.charts = await page.evaluate(() => [...document.querySelectorAll("svg[role=img]")].map((s) => ({
    name: s.getAttribute("aria-label") || [...(s.getAttribute("aria-labelledby") || "").split(" ")]
      .map((id) => document.getElementById(id)?.textContent || "").join(" ").trim(),
    figure: s.closest("figure")?.dataset.target || s.closest("figure")?.dataset.funnel || null,
    kind: s.closest("figure")?.dataset.chart || (s.closest("figure")?.dataset.funnel ? "funnel" : "bar"),
  })));
  // The smallest text on the page, in points, as printed (1pt = 4/3 px).
  await page.emulateMedia({ media: "print" });
  result.smallest_text_pt = await page.evaluate(() => {
    let smallest = 1e9, where = null;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.textContent.trim()) continue;
      const e = n.parentElement;
      if (e.closest("[aria-hidden=true]") && !e.closest("svg.icon")) continue;
      let px = parseFloat(getComputedStyle(e).fontSize);
      // Text inside an SVG is scaled with it: its printed size is its size
      // times the ratio of the drawn width to the viewBox width.
      const svg = e.closest("svg");
      if (svg && svg.viewBox && svg.viewBox.baseVal && svg.viewBox.baseVal.width)
        px *= svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      if (px < smallest) { smallest = px; where = (e.closest("[id]")?.id || e.tagName) + ": " + n.textContent.trim().slice(0, 30); }
    }
    return { pt: smallest * 0.75, where };
  });
  // The layout at A4's printable width (186 mm): nothing wider than the page.
  await page.setViewportSize({ width: 703, height: 1000 });
  result.overflow = await page.evaluate(() => {
    const right = document.body.getBoundingClientRect().right + 1;
    return [...document.querySelectorAll("body *")].filter((e) => e.getBoundingClientRect().right > right)
      .slice(0, 5).map((e) => e.tagName + (e.id ? "#" + e.id : "") + (e.className ? "." + e.className : "") + " " + e.textContent.slice(0, 30));
  });
} finally {
  await browser.close();
}
const validator = new HtmlValidate({ extends: ["html-validate:recommended"] });
const report = await validator.validateFile(file);
result.html_validate = {
  errors: report.errorCount,
  warnings: report.warningCount,
  messages: report.results.flatMap((r) => r.messages).slice(0, 40)
    .map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`),
};
process.stdout.write(JSON.stringify(result));
