/* The committee report as one self-contained HTML file. */
#include "report.h"

#include <stdlib.h>
#include <string.h>

#include "output.h"
#include "util.h"

/* The columns every compliance table has (CONTRACT.md). */
typedef struct {
	int target, team, month, numerator, denominator, percent, threshold, status, low, high, evidence;
} Columns;

static int columns(const Table *t, Columns *c, char **cause)
{
	c->target = table_column(t, "target");
	c->team = table_column(t, "team");
	c->month = table_column(t, "month");
	c->numerator = table_column(t, "numerator");
	c->denominator = table_column(t, "denominator");
	c->percent = table_column(t, "percent");
	c->threshold = table_column(t, "threshold");
	c->status = table_column(t, "status");
	c->low = table_column(t, "ci_low");
	c->high = table_column(t, "ci_high");
	c->evidence = table_column(t, "evidence");
	if (c->target < 0 || c->numerator < 0 || c->denominator < 0 || c->percent < 0 || c->threshold < 0 ||
	    c->status < 0 || c->low < 0 || c->high < 0 || c->evidence < 0)
		return failure(cause, "the compliance table lacks a column the report needs");
	return 0;
}

static void html(FILE *fp, const char *s)
{
	for (; s && *s; s++) {
		switch (*s) {
		case '&': fputs("&amp;", fp); break;
		case '<': fputs("&lt;", fp); break;
		case '>': fputs("&gt;", fp); break;
		case '"': fputs("&quot;", fp); break;
		default: fputc(*s, fp);
		}
	}
}

/* A cell as text ("" for null), as the compliance command prints it. */
static void cell(FILE *fp, const Table *t, int row, int col)
{
	if (col < 0)
		return;
	char *s = value_text(table_cell(t, row, col));
	html(fp, s);
	free(s);
}

static const char *text_of(const Table *t, int row, int col)
{
	const Value *v = col >= 0 ? table_cell(t, row, col) : NULL;
	return v && v->type == VALUE_TEXT ? v->s : "";
}

/* A number cell; 0 when null (callers check has_number first). */
static double number(const Table *t, int row, int col)
{
	const Value *v = table_cell(t, row, col);
	return v->type == VALUE_INT ? (double)v->i : v->type == VALUE_REAL ? v->r : 0;
}

static int has_number(const Table *t, int row, int col)
{
	const Value *v = table_cell(t, row, col);
	return v->type == VALUE_INT || v->type == VALUE_REAL;
}

static const char *rag_fill(const char *status)
{
	if (strcmp(status, "green") == 0)
		return "#2e7d32";
	if (strcmp(status, "amber") == 0)
		return "#e39b00";
	if (strcmp(status, "red") == 0)
		return "#c62828";
	return "#9e9e9e";
}

static const char *target_text(const ReportData *d, const char *code)
{
	if (d->targets == NULL)
		return "";
	int c = table_column(d->targets, "code"), t = table_column(d->targets, "text");
	for (int r = 0; c >= 0 && t >= 0 && r < d->targets->nrow; r++)
		if (strcmp(text_of(d->targets, r, c), code) == 0)
			return text_of(d->targets, r, t);
	return "";
}

static const char *STYLE =
	"@page{size:A4;margin:14mm 12mm}"
	"*{box-sizing:border-box}"
	"body{font:10.5pt/1.4 'DejaVu Sans',Arial,Helvetica,sans-serif;color:#1b1b1b;max-width:186mm;margin:0 auto;padding:8mm 0}"
	"header{border-bottom:3px solid #1d3557;margin-bottom:6mm}"
	"h1{font-size:19pt;margin:0 0 1mm;color:#1d3557}"
	"h2{font-size:13pt;color:#1d3557;margin:7mm 0 2mm;border-bottom:1px solid #ccd;padding-bottom:1mm}"
	".meta{color:#555;margin:0 0 3mm}"
	"#by-team,#actions,#how,#intervals{break-inside:avoid-page}"
	"table{border-collapse:collapse;width:100%;font-size:9pt}"
	"th,td{padding:1.2mm 1.6mm;border-bottom:1px solid #e2e2e8;text-align:left;vertical-align:top}"
	"th{background:#f0f2f7;font-weight:600}"
	"td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}"
	".rag{display:inline-block;min-width:14mm;text-align:center;border-radius:2mm;padding:0 1.5mm;color:#fff;font-weight:600;white-space:nowrap;font-size:8.5pt}"
	".rag.green{background:#2e7d32}.rag.amber{background:#e39b00;color:#1b1b1b}.rag.red{background:#c62828}"
	".rag.no-data{background:#9e9e9e}"
	".tally{display:flex;gap:3mm;margin:2mm 0 3mm}.tally div{flex:1;border-radius:2mm;padding:2mm;color:#fff;text-align:center}"
	".tally b{display:block;font-size:16pt}"
	".grid{display:grid;grid-template-columns:repeat(3,1fr);gap:3mm}"
	".grid figure{margin:0;border:1px solid #e2e2e8;border-radius:2mm;padding:1.5mm;break-inside:avoid}"
	".grid figcaption{font-size:8.5pt;font-weight:600}"
	"td.cell{text-align:center;color:#fff;font-weight:600;border:1px solid #fff}"
	".note{background:#f6f7fb;border-left:4px solid #1d3557;padding:2mm 4mm}"
	"small{color:#555}";

static void write_tally(FILE *fp, const Table *t, const Columns *c)
{
	static const char *names[] = {"green", "amber", "red", "no-data"};
	static const char *labels[] = {"on target", "within 5 points", "below target", "no data"};
	fputs("<div class=\"tally\">", fp);
	for (int i = 0; i < 4; i++) {
		int n = 0;
		for (int r = 0; r < t->nrow; r++)
			n += strcmp(text_of(t, r, c->status), names[i]) == 0;
		fprintf(fp, "<div style=\"background:%s\" data-status=\"%s\"><b>%d</b>%s</div>", rag_fill(names[i]),
		        names[i], n, labels[i]);
	}
	fputs("</div>\n", fp);
}

static void write_summary(FILE *fp, const ReportData *d, const Columns *c)
{
	const Table *t = d->summary;
	fputs("<table class=\"compliance\" id=\"compliance\"><thead><tr><th>Target</th><th class=\"num\">Met</th>"
	      "<th class=\"num\">Measured</th><th class=\"num\">%</th><th class=\"num\">Target %</th><th>Status</th>"
	      "<th class=\"num\">95% interval</th><th>Evidence</th></tr></thead><tbody>\n", fp);
	for (int r = 0; r < t->nrow; r++) {
		const char *code = text_of(t, r, c->target);
		fputs("<tr data-target=\"", fp);
		html(fp, code);
		fputs("\"><td><b>", fp);
		html(fp, code);
		fputs("</b><br><small>", fp);
		html(fp, target_text(d, code));
		fputs("</small></td>", fp);
		static const char *fields[] = {"numerator", "denominator", "percent", "threshold"};
		const int cols[] = {c->numerator, c->denominator, c->percent, c->threshold};
		for (int i = 0; i < 4; i++) {
			fprintf(fp, "<td class=\"num\" data-field=\"%s\">", fields[i]);
			cell(fp, t, r, cols[i]);
			fputs("</td>", fp);
		}
		fprintf(fp, "<td data-field=\"status\"><span class=\"rag %s\">", text_of(t, r, c->status));
		cell(fp, t, r, c->status);
		fputs("</span></td><td class=\"num\" data-field=\"interval\">", fp);
		if (has_number(t, r, c->low)) {
			fputs("<span data-field=\"ci_low\">", fp);
			cell(fp, t, r, c->low);
			fputs("</span>&ndash;<span data-field=\"ci_high\">", fp);
			cell(fp, t, r, c->high);
			fputs("</span>", fp);
		}
		fputs("</td><td data-field=\"evidence\">", fp);
		cell(fp, t, r, c->evidence);
		fputs("</td></tr>\n", fp);
	}
	fputs("</tbody></table>\n", fp);
}

/* Each target's percentage as a dot, its 95% interval as an error bar, and
 * its threshold as a tick, on one 0-100% scale. */
static void write_interval_chart(FILE *fp, const Table *t, const Columns *c)
{
	const int left = 120, right = 676, row = 20, top = 26;
	int height = top + row * t->nrow + 8;
	fprintf(fp, "<figure id=\"intervals\"><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 700 %d\" "
	        "width=\"100%%\" role=\"img\" aria-label=\"Percentages with 95%% intervals against thresholds\" "
	        "font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"10\">\n", height);
	for (int p = 0; p <= 100; p += 20) {
		double x = left + (right - left) * p / 100.0;
		fprintf(fp, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#e2e2e8\"/>"
		        "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#555\">%d%%</text>\n",
		        x, top - 6, x, height - 6, x, top - 10, p);
	}
	for (int r = 0; r < t->nrow; r++) {
		double y = top + row * r + row / 2.0;
		const char *status = text_of(t, r, c->status);
		fprintf(fp, "<g data-target=\"%s\"><text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" dominant-baseline=\"middle\">",
		        text_of(t, r, c->target), left - 8, y);
		html(fp, text_of(t, r, c->target));
		fputs("</text>", fp);
		double tx = left + (right - left) * number(t, r, c->threshold) / 100.0;
		fprintf(fp, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#1d3557\" stroke-width=\"2\"/>",
		        tx, y - 7, tx, y + 7);
		if (has_number(t, r, c->percent)) {
			double lx = left + (right - left) * number(t, r, c->low) / 100.0;
			double hx = left + (right - left) * number(t, r, c->high) / 100.0;
			double px = left + (right - left) * number(t, r, c->percent) / 100.0;
			const char *fill = rag_fill(status);
			fprintf(fp, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"2\"/>"
			        "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>"
			        "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>"
			        "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4.5\" fill=\"%s\"/>",
			        lx, y, hx, y, fill, lx, y - 4, lx, y + 4, fill, hx, y - 4, hx, y + 4, fill, px, y, fill);
		} else {
			fprintf(fp, "<text x=\"%d\" y=\"%.1f\" dominant-baseline=\"middle\" fill=\"#777\">no data</text>",
			        left + 4, y);
		}
		fputs("</g>\n", fp);
	}
	fputs("</svg><figcaption><small>Dot: the percentage met. Bar: its 95% interval. "
	      "Dark tick: the target.</small></figcaption></figure>\n", fp);
}

/* Small multiples: one line chart per target over the months of by_month. */
static void write_trends(FILE *fp, const ReportData *d, const Columns *c)
{
	const Table *t = d->by_month;
	/* The months shown, in order, from the table itself. */
	const char *months[24];
	int nmonths = 0;
	for (int r = 0; r < t->nrow; r++) {
		const char *m = text_of(t, r, c->month);
		int seen = 0;
		for (int i = 0; i < nmonths; i++)
			seen |= strcmp(months[i], m) == 0;
		if (!seen && nmonths < 24)
			months[nmonths++] = m;
	}
	Columns sc; /* the summary's columns: it has no month column */
	if (columns(d->summary, &sc, NULL) != 0)
		return;
	fputs("<div class=\"grid\">\n", fp);
	for (int s = 0; s < d->summary->nrow; s++) {
		const char *code = text_of(d->summary, s, sc.target);
		const int w = 220, h = 90, l = 26, rgt = 214, tp = 8, bt = 74;
		fputs("<figure data-target=\"", fp);
		html(fp, code);
		fputs("\"><figcaption>", fp);
		html(fp, code);
		fprintf(fp, "</figcaption><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"100%%\" "
		        "font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"8\">", w, h);
		fprintf(fp, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" fill=\"#777\">100</text>"
		        "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" fill=\"#777\">0</text>"
		        "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#ccd\"/>",
		        l - 3, tp + 3, l - 3, bt, l, bt, rgt, bt);
		double threshold = number(d->summary, s, sc.threshold);
		double ty = bt - (bt - tp) * threshold / 100.0;
		fprintf(fp, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#1d3557\" stroke-dasharray=\"3 2\"/>",
		        l, ty, rgt, ty);
		Buf line = {0}, dots = {0};
		int plotted = 0;
		for (int i = 0; i < nmonths; i++) {
			double x = nmonths > 1 ? l + (rgt - l) * i / (double)(nmonths - 1) : (l + rgt) / 2.0;
			if (i == 0 || i == nmonths - 1)
				fprintf(fp, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"%s\" fill=\"#777\">%s</text>", x, h - 4,
				        i == 0 ? "start" : "end", months[i]);
			for (int r = 0; r < t->nrow; r++) {
				if (strcmp(text_of(t, r, c->target), code) != 0 || strcmp(text_of(t, r, c->month), months[i]) != 0 ||
				    !has_number(t, r, c->percent))
					continue;
				double y = bt - (bt - tp) * number(t, r, c->percent) / 100.0;
				buf_printf(&line, "%s%.1f,%.1f", plotted++ ? " " : "", x, y);
				buf_printf(&dots, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.6\" fill=\"%s\" data-month=\"%s\"/>", x, y,
				           rag_fill(text_of(t, r, c->status)), months[i]);
			}
		}
		if (plotted > 1)
			fprintf(fp, "<polyline points=\"%s\" fill=\"none\" stroke=\"#5c677d\" stroke-width=\"1.4\"/>", line.s);
		if (plotted == 0)
			fprintf(fp, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"#777\">no data</text>", (l + rgt) / 2,
			        (tp + bt) / 2);
		fputs(dots.s ? dots.s : "", fp);
		buf_free(&line);
		buf_free(&dots);
		fputs("</svg></figure>\n", fp);
	}
	fputs("</div>\n", fp);
}

/* Teams down, targets across, each cell the percentage in its RAG colour. */
static void write_teams(FILE *fp, const ReportData *d, const Columns *c)
{
	const Table *t = d->by_team;
	const char *teams[256];
	int nteams = 0;
	for (int r = 0; r < t->nrow; r++) {
		const char *name = text_of(t, r, c->team);
		int seen = 0;
		for (int i = 0; i < nteams; i++)
			seen |= strcmp(teams[i], name) == 0;
		if (!seen && nteams < 256)
			teams[nteams++] = name;
	}
	if (nteams == 0) {
		fputs("<p>No teams.</p>\n", fp);
		return;
	}
	/* Transposed (targets down, teams across) so that many targets fit A4. */
	fputs("<table id=\"teams\"><thead><tr><th>Target</th>", fp);
	for (int i = 0; i < nteams; i++) {
		fputs("<th class=\"num\">", fp);
		html(fp, teams[i]);
		fputs("</th>", fp);
	}
	fputs("</tr></thead><tbody>\n", fp);
	for (int s = 0; s < d->summary->nrow; s++) {
		const char *code = text_of(d->summary, s, c->target);
		fputs("<tr><td><b>", fp);
		html(fp, code);
		fputs("</b></td>", fp);
		for (int i = 0; i < nteams; i++) {
			int found = -1;
			for (int r = 0; r < t->nrow && found < 0; r++)
				if (strcmp(text_of(t, r, c->target), code) == 0 && strcmp(text_of(t, r, c->team), teams[i]) == 0)
					found = r;
			if (found < 0 || !has_number(t, found, c->percent)) {
				fputs("<td class=\"cell\" style=\"background:#bdbdbd\">&ndash;</td>", fp);
				continue;
			}
			fprintf(fp, "<td class=\"cell\" style=\"background:%s\" title=\"", rag_fill(text_of(t, found, c->status)));
			cell(fp, t, found, c->numerator);
			fputs(" of ", fp);
			cell(fp, t, found, c->denominator);
			fputs("\">", fp);
			cell(fp, t, found, c->percent);
			fputs("</td>", fp);
		}
		fputs("</tr>\n", fp);
	}
	fputs("</tbody></table>\n<p><small>Each cell: the percentage met, coloured green, amber or red against the "
	      "target; grey: nothing measured.</small></p>\n", fp);
}

static void write_actions(FILE *fp, const Table *t)
{
	if (t == NULL || t->nrow == 0) {
		fputs("<p id=\"overdue\">No action set by an audit is overdue.</p>\n", fp);
		return;
	}
	static const char *wanted[] = {"id", "audit", "case", "owner", "due", "text"};
	static const char *heads[] = {"Action", "Audit", "Case", "Owner", "Due", "What"};
	fprintf(fp, "<p>%d action%s past %s due date and not done:</p>\n<table id=\"overdue\"><thead><tr>", t->nrow,
	        t->nrow == 1 ? " is" : "s are", t->nrow == 1 ? "its" : "their");
	for (int i = 0; i < 6; i++)
		fprintf(fp, "<th>%s</th>", heads[i]);
	fputs("</tr></thead><tbody>\n", fp);
	for (int r = 0; r < t->nrow; r++) {
		fputs("<tr>", fp);
		for (int i = 0; i < 6; i++) {
			fputs("<td>", fp);
			cell(fp, t, r, table_column(t, wanted[i]));
			fputs("</td>", fp);
		}
		fputs("</tr>\n", fp);
	}
	fputs("</tbody></table>\n", fp);
}

/* The history's head at the foot of the paper: whoever holds it can later
 * check the database against it (history verify --head). */
static void write_history_footer(FILE *fp, const char *history)
{
	if (history == NULL)
		return;
	fputs("<footer><p class=\"meta\" id=\"history-head\">", fp);
	html(fp, history);
	fputs(" &middot; check it with <code>history verify --head</code></p></footer>\n", fp);
}

int report_html(FILE *fp, const ReportData *d, char **cause)
{
	Columns c, team_columns, month_columns;
	if (columns(d->summary, &c, cause) != 0 || columns(d->by_team, &team_columns, cause) != 0 ||
	    columns(d->by_month, &month_columns, cause) != 0)
		return -1;
	if (team_columns.team < 0 || month_columns.month < 0)
		return failure(cause, "the compliance tables by team and by month lack their team or month column");
	fputs("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
	      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
	      "<title>Case-file audit compliance: ", fp);
	html(fp, d->period);
	fprintf(fp, "</title><style>%s</style></head>\n<body>\n<header><h1>Case-file audit compliance</h1>"
	        "<p class=\"meta\">Period: <b id=\"period\">", STYLE);
	html(fp, d->period);
	fputs("</b> &middot; ", fp);
	if (d->team) {
		fputs("Team: <b id=\"team\">", fp);
		html(fp, d->team);
		fputs("</b>", fp);
	} else {
		fputs("All teams", fp);
	}
	fputs(" &middot; Prepared ", fp);
	html(fp, d->generated);
	fputs(" by ", fp);
	html(fp, d->user);
	fputs(" with caseaudit</p></header>\n", fp);

	fputs("<section id=\"summary\"><h2>Targets at a glance</h2>\n", fp);
	write_tally(fp, d->summary, &c);
	write_summary(fp, d, &c);
	write_interval_chart(fp, d->summary, &c);
	fputs("</section>\n<section id=\"trend\"><h2>Monthly trend</h2>\n"
	      "<p><small>The percentage met in each of the twelve months up to the end of the period; "
	      "dashed line: the target.</small></p>\n", fp);
	write_trends(fp, d, &month_columns);
	fputs("</section>\n<section id=\"by-team\"><h2>By team</h2>\n", fp);
	write_teams(fp, d, &team_columns);
	fputs("</section>\n<section id=\"actions\"><h2>Overdue actions</h2>\n", fp);
	write_actions(fp, d->overdue);
	fputs("</section>\n<section id=\"how\"><h2>How to read this report</h2><div class=\"note\">\n"
	      "<p>Each audit-standard figure is the share of <b>submitted</b> case-file audits in the period that met "
	      "the standard; files where the standard did not apply, and draft audits, are left out. Management "
	      "audits count the scheduled dip-sample audits due in the period that were done on time. The "
	      "supervision figures count workers in post.</p>\n"
	      "<p><b>Status</b> compares the percentage with the action plan's target: green at or above it, amber "
	      "within 5 points below, red further below. A small sample can land either side of a target by chance, "
	      "so each figure also has a <b>95% interval</b>: the range in which the true rate very probably lies. "
	      "<b>Evidence</b> says what the sample can support: <i>above</i> when the whole interval is at or above "
	      "the target, <i>below</i> when it is wholly under it, and <i>inconclusive</i> when the sample is too "
	      "small to tell. Read an inconclusive green or red with care, and audit more files before drawing "
	      "conclusions from it.</p></div></section>\n", fp);
	write_history_footer(fp, d->history);
	fputs("</body></html>\n", fp);
	return ferror(fp) ? failure(cause, "cannot write the report") : 0;
}
