/* The committee report as one self-contained HTML file. See report.h.
 *
 * Everything on the page comes from the tables the command hands over:
 * the figures are the compliance table's own cells (so they match
 * `compliance` exactly), the trend's limits and signals come from spc.c.
 * Colour is never the only cue: every status has a shape and a word,
 * every chart a text alternative. */
#include "report.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "output.h"
#include "spc.h"
#include "stats.h"
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

/* A string inside a CSS string literal: every character but letters,
 * digits and spaces as a hex escape, so no text can end the literal or
 * the style element. */
static void css_string(FILE *fp, const char *s)
{
	fputc('"', fp);
	for (const unsigned char *p = (const unsigned char *)s; p && *p; p++) {
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || *p == ' ' ||
		    *p >= 0x80)
			fputc(*p, fp);
		else
			fprintf(fp, "\\%02x ", *p);
	}
	fputc('"', fp);
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

static long long integer(const Table *t, int row, int col)
{
	const Value *v = table_cell(t, row, col);
	return v->type == VALUE_INT ? v->i : v->type == VALUE_REAL ? (long long)v->r : 0;
}

static int has_number(const Table *t, int row, int col)
{
	const Value *v = table_cell(t, row, col);
	return v->type == VALUE_INT || v->type == VALUE_REAL;
}

void report_percent_text(long long numerator, long long denominator, double threshold, char out[32])
{
	/* As many places as the contract's honest-rounding rule asks
	 * (stats.h), printed from whole numbers: half up at that many places. */
	int places = threshold >= 0 ? stats_percent_places(numerator, denominator, threshold) : 1;
	long long scale = 1;
	for (int i = 0; i < places; i++)
		scale *= 10;
	long long scaled = (2 * 100 * numerator * scale + denominator) / (2 * denominator);
	char whole[24], fraction[24];
	snprintf(whole, sizeof whole, "%lld", scaled / scale);
	snprintf(fraction, sizeof fraction, "%0*lld", places, scaled % scale);
	snprintf(out, 32, "%.12s.%.8s", whole, fraction);
}

/* ---- the palette (Okabe and Ito's colour-blind-safe hues, darkened
 * where a mark must reach 3:1 against white) and the status cues ---- */

#define INK "#1b1b1b"
#define MUTED "#4d4d4d"
#define GRID "#8c8c8c"
#define TARGET_INK "#1d3557"
#define BLUE "#0063a0"       /* improvement, passing, above the funnel */
#define VERMILION "#b84f00"  /* concern, failing, below the funnel */
#define GREY "#6b6b6b"       /* common cause, inside, no data */

/* Each status: its shape (as a character and in SVG), the colour of a
 * mark's fill and outline (3:1 or more against white), of its character
 * in text, and of a badge's tint. Blue, light amber and dark red stay
 * apart for the red-green colour blind (simulated deuteranopia: blue,
 * light yellow, dark olive), and the shape and the word say it anyway. */
typedef struct {
	const char *status, *shape, *fill, *stroke, *glyph, *tint;
} StatusCue;

static const StatusCue CUES[] = {
	{"green", "\xE2\x97\x8F", "#0072b2", "#0072b2", "#0063a0", "#dbe9f6"},  /* ● */
	{"amber", "\xE2\x97\x86", "#e69f00", "#5c4300", "#8a5d00", "#fdf0cc"},  /* ◆ */
	{"red", "\xE2\x96\xA0", "#a33a00", "#a33a00", "#a33a00", "#f6ddd0"},    /* ■ */
	{"no-data", "\xE2\x97\x8B", GREY, GREY, GREY, "#eeeeee"},              /* ○ */
};

static const StatusCue *cue_of(const char *status)
{
	for (size_t i = 0; i < sizeof CUES / sizeof CUES[0]; i++)
		if (strcmp(CUES[i].status, status) == 0)
			return &CUES[i];
	return &CUES[3];
}

/* The badge: shape and word, on a pale tint (the text stays dark). */
static void badge(FILE *fp, const char *status, int field)
{
	const StatusCue *k = cue_of(status);
	fprintf(fp, "<span class=\"badge st-%s\"><span class=\"shape\" aria-hidden=\"true\">%s</span> ", k->status, k->shape);
	if (field)
		fputs("<span data-field=\"status\">", fp);
	html(fp, status);
	if (field)
		fputs("</span>", fp);
	fputs("</span>", fp);
}

/* ---- dates in words ---- */

static const char *MONTHS[] = {"January", "February", "March", "April", "May", "June", "July",
                               "August", "September", "October", "November", "December"};

static void date_words(FILE *fp, const char *date)
{
	if (!date_valid(date)) {
		html(fp, date);
		return;
	}
	fprintf(fp, "%d %s %.4s", parse_digits(date + 8, 2), MONTHS[parse_digits(date + 5, 2) - 1], date);
}

static void month_words(FILE *fp, const char *ym, int with_year, int short_name)
{
	int m = parse_digits(ym + 5, 2);
	if (m < 1 || m > 12) {
		html(fp, ym);
		return;
	}
	fprintf(fp, short_name ? "%.3s" : "%s", MONTHS[m - 1]);
	if (with_year)
		fprintf(fp, " %.4s", ym);
}

static int whole_months(const Period *p)
{
	char last[11];
	month_last_day(month_of_date(p->to), last);
	return p->from[8] == '0' && p->from[9] == '1' && strcmp(last, p->to) == 0;
}

/* "July to September 2016", "April 2016 to March 2017", "July 2016", or
 * the dates in words. */
static void period_words(FILE *fp, const Period *p)
{
	if (p->all_time) {
		fputs("All time", fp);
		return;
	}
	if (!whole_months(p)) {
		date_words(fp, p->from);
		fputs(" to ", fp);
		date_words(fp, p->to);
		return;
	}
	int same_year = strncmp(p->from, p->to, 4) == 0, same_month = same_year && strncmp(p->from, p->to, 7) == 0;
	if (same_month) {
		month_words(fp, p->from, 1, 0);
		return;
	}
	month_words(fp, p->from, !same_year, 0);
	fputs(" to ", fp);
	month_words(fp, p->to, 1, 0);
}

/* What kind of period the label names: calendar or financial. */
static void period_kind(FILE *fp, const Period *p)
{
	const char *l = p->label;
	size_t n = strlen(l);
	if (p->all_time)
		fputs("every submitted audit on record", fp);
	else if (n == 10 && l[4] == '/' && l[7] == '-' && l[8] == 'Q')
		fprintf(fp, "quarter %c of the financial year %.7s (April to March), %s", l[9], l, l);
	else if (n == 7 && l[4] == '-' && l[5] == 'Q')
		fprintf(fp, "calendar quarter %c of %.4s, %s", l[6], l, l);
	else if (n == 7 && l[4] == '/')
		fprintf(fp, "the financial year %s (April to March)", l);
	else if (n == 4)
		fprintf(fp, "the calendar year %s", l);
	else if (n == 7 && l[4] == '-')
		fprintf(fp, "the calendar month %s", l);
	else
		fputs("the dates asked for", fp);
}

/* ---- lookups ---- */

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

/* How the target is measured: standard, mgmt-audits, sup-regular, ... */
static const char *target_measure(const ReportData *d, const char *code)
{
	if (d->targets == NULL)
		return "";
	int c = table_column(d->targets, "code"), m = table_column(d->targets, "measure");
	for (int r = 0; c >= 0 && m >= 0 && r < d->targets->nrow; r++)
		if (strcmp(text_of(d->targets, r, c), code) == 0)
			return text_of(d->targets, r, m);
	return "";
}

/* The plain-English name first, the code second. */
static void target_name(FILE *fp, const ReportData *d, const char *code)
{
	const char *text = target_text(d, code);
	fputs("<span class=\"name\">", fp);
	html(fp, *text ? text : code);
	fputs("</span> <span class=\"code\">", fp);
	html(fp, code);
	fputs("</span>", fp);
}

/* The rows of table t for target code: [*first, *end). Rows of one
 * target are together (the compliance table's order). */
static void target_rows(const Table *t, int target_col, const char *code, int *first, int *end)
{
	int r = 0;
	while (r < t->nrow && strcmp(text_of(t, r, target_col), code) != 0)
		r++;
	*first = r;
	while (r < t->nrow && strcmp(text_of(t, r, target_col), code) == 0)
		r++;
	*end = r;
}

/* ---- style ---- */

static const char *STYLE =
	"@page{size:A4;margin:16mm 12mm 16mm}"
	"*{box-sizing:border-box}"
	"html{background:#fff}"
	"body{font:10pt/1.4 'Liberation Sans',Arial,Helvetica,'DejaVu Sans',sans-serif;color:" INK ";max-width:186mm;margin:0 auto;padding:4mm 0}"
	"h1{font-size:18pt;margin:0;color:" TARGET_INK "}"
	"h2{font-size:13pt;color:" TARGET_INK ";margin:6mm 0 2mm;border-bottom:1px solid #99a;padding-bottom:1mm;break-after:avoid;page-break-after:avoid}"
	"h3{font-size:10.5pt;margin:3mm 0 1mm;break-after:avoid;page-break-after:avoid}"
	"p{margin:1.5mm 0}"
	".marking{font-weight:700;text-align:center;letter-spacing:.05em;border:1.5px solid " INK ";padding:.8mm;margin:0 0 3mm}"
	".personal{font-weight:700;border:2px solid " VERMILION ";padding:1.5mm 3mm;margin:2mm 0}"
	".subtitle{font-size:12pt;margin:1mm 0 2mm}"
	"dl.meta{display:grid;grid-template-columns:34mm 1fr;gap:.6mm 3mm;margin:2mm 0 0;font-size:9.5pt}"
	"dl.meta dt{font-weight:700}dl.meta dd{margin:0}"
	"header{border-bottom:3px solid " TARGET_INK ";padding-bottom:2mm}"
	"table{border-collapse:collapse;width:100%;font-size:9pt}"
	"#compliance{table-layout:fixed}#compliance td,#compliance th{padding:.8mm 1mm}"
	"#compliance col.c-name{width:52mm}#compliance col.c-met{width:15mm}#compliance col.c-pct{width:13mm}"
	"#compliance col.c-target{width:11mm}#compliance col.c-status{width:18mm}#compliance col.c-interval{width:20mm}"
	"#compliance col.c-bar{width:24mm}#compliance col.c-previous{width:33mm}"
	"#compliance caption{caption-side:bottom;text-align:left;font-size:9pt;color:" MUTED ";padding-top:1mm}"
	"#compliance th.target{font-weight:400;background:none}#compliance td.bar{vertical-align:middle}"
	"thead{display:table-header-group}"
	"tr{break-inside:avoid;page-break-inside:avoid}"
	"th,td{padding:1mm 1.4mm;border-bottom:1px solid #d0d0d8;text-align:left;vertical-align:top}"
	"th{background:#eef0f5;font-weight:700}"
	".num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}"
	".code{color:" MUTED ";font-size:9pt;white-space:nowrap}"
	"td .name{display:block}"
	".badge{display:inline-block;border:1px solid;border-radius:1.5mm;padding:0 1.4mm;white-space:nowrap}"
	"#tally{margin:2mm 0 4mm;font-size:9.5pt}#tally td.count{font-size:15pt;font-weight:700;width:18mm;vertical-align:middle}"
	"#tally th[scope=row]{background:none;width:78mm}#tally .meaning{font-weight:400}"
	"#tally td.which{color:" MUTED ";overflow-wrap:anywhere}"
	".how{background:#f4f5f9;border-left:4px solid " TARGET_INK ";padding:1mm 4mm;font-size:9.5pt}"
	".how dl{display:grid;grid-template-columns:auto 1fr;gap:.5mm 3mm;margin:1mm 0}.how dt{white-space:nowrap}.how dd{margin:0}"
	".grid{display:grid;grid-template-columns:repeat(3,1fr);gap:3mm}"
	"figure{margin:0;break-inside:avoid;page-break-inside:avoid}"
	".grid figure{border:1px solid #c8c8d0;border-radius:1.5mm;padding:1.2mm}"
	"figcaption{font-size:9pt;line-height:1.25}"
	"figcaption .name{font-weight:700}"
	".signals{margin:.6mm 0 0;font-size:9pt;line-height:1.25}"
	".icon{vertical-align:-1mm}"
	"svg text{fill:" INK "}"
	"td.cell{white-space:nowrap}table.teams{table-layout:fixed}table.teams th:first-child{width:27mm}table.teams td,table.teams th{padding:.8mm 1mm}"
	"td.cell .kn{color:" MUTED "}"
	".few{color:" MUTED ";font-style:italic;white-space:normal}"
	"footer{margin-top:6mm;border-top:1px solid #99a;padding-top:2mm;font-size:9pt}"
	"small{font-size:9pt;color:" MUTED "}"
	".visually-hidden{position:absolute;left:-9999px}"
	".personal.inline{display:inline-block;margin:0;padding:0 2mm}"
	"caption{text-align:left;font-size:9pt}"
	"svg.icon text.i-blue{fill:" BLUE "}svg.icon text.i-vermilion{fill:" VERMILION "}svg.icon text.i-grey{fill:" GREY "}"
	"@media print{body{padding:0}.grid{gap:2mm}.marking{display:none}}";

/* ---- the icons of Making Data Count: a ring and a letter, with words ---- */

/* kind: "blue", "vermilion" or "grey" (a class of the style sheet). */
static void icon(FILE *fp, const char *kind, const char *letter, const char *words)
{
	const char *colour = strcmp(kind, "blue") == 0 ? BLUE : strcmp(kind, "vermilion") == 0 ? VERMILION : GREY;
	fprintf(fp, "<svg class=\"icon\" xmlns=\"http://www.w3.org/2000/svg\" width=\"19\" height=\"19\" viewBox=\"0 0 20 20\" "
	        "aria-hidden=\"true\" focusable=\"false\"><circle cx=\"10\" cy=\"10\" r=\"8.7\" fill=\"#fff\" stroke=\"%s\" "
	        "stroke-width=\"2.2\"/><text class=\"i-%s\" x=\"10\" y=\"14.4\" text-anchor=\"middle\" font-size=\"13\" "
	        "font-weight=\"700\" font-family=\"Liberation Sans, Arial, DejaVu Sans, sans-serif\">%s</text></svg> %s",
	        colour, kind, letter, words);
}

static void variation_icon(FILE *fp, SpcVariation v)
{
	switch (v) {
	case SPC_VARIATION_IMPROVEMENT: icon(fp, "blue", "H", "special cause: improvement"); break;
	case SPC_VARIATION_CONCERN: icon(fp, "vermilion", "L", "special cause: concern"); break;
	case SPC_VARIATION_COMMON: icon(fp, "grey", "~", "common cause: no signal"); break;
	default: break;
	}
}

static void assurance_icon(FILE *fp, SpcAssurance a)
{
	switch (a) {
	case SPC_ASSURANCE_PASS: icon(fp, "blue", "P", "consistently passing the target"); break;
	case SPC_ASSURANCE_FAIL: icon(fp, "vermilion", "F", "consistently failing the target"); break;
	case SPC_ASSURANCE_HIT_AND_MISS: icon(fp, "grey", "?", "hit and miss against the target"); break;
	default: break;
	}
}

/* ---- header, how to read it, the headline ---- */

static void write_header(FILE *fp, const ReportData *d)
{
	fputs("<header>\n<p class=\"marking\">", fp);
	html(fp, d->marking);
	fputs("</p>\n<h1>Case-file audit compliance</h1>\n<p class=\"subtitle\" id=\"period-words\">", fp);
	period_words(fp, d->period);
	fputs(" &middot; ", fp);
	if (d->team) {
		fputs("team <b id=\"team\">", fp);
		html(fp, d->team);
		fputs("</b>", fp);
	} else {
		fputs("all teams", fp);
	}
	fputs("</p>\n", fp);
	if (d->names)
		fputs("<p class=\"personal\" id=\"names-marking\">Contains personal data: the names of workers and "
		      "children's case IDs. For the internal meeting only; do not publish or pass on.</p>\n", fp);
	fputs("<dl class=\"meta\">\n<dt>Period</dt><dd id=\"period\">", fp);
	if (d->period->all_time) {
		fputs("All time", fp);
		if (d->worker_period && !d->worker_period->all_time) {
			fputs(": every target over one span, ", fp);
			period_words(fp, d->worker_period);
		}
	} else {
		date_words(fp, d->period->from);
		fputs(" to ", fp);
		date_words(fp, d->period->to);
		fputs(": ", fp);
		period_kind(fp, d->period);
		if (strcmp(d->period->to, d->as_at) >= 0) {
			fputs("; <b>not yet ended</b>: the figures so far, as at ", fp);
			date_words(fp, d->as_at);
		}
	}
	fputs("</dd>\n<dt>Compared with</dt><dd id=\"previous\">", fp);
	if (d->previous) {
		period_words(fp, d->previous);
		fputs(" (", fp);
		date_words(fp, d->previous->from);
		fputs(" to ", fp);
		date_words(fp, d->previous->to);
		fputs("), the period of the same length before", fp);
	} else {
		fputs("nothing: an all-time report has no previous period", fp);
	}
	const ReportCoverage *k = &d->coverage;
	fprintf(fp, "</dd>\n<dt>Audits counted</dt><dd id=\"coverage\"><span data-field=\"audits\">%lld</span> submitted "
	        "audit%s of <span data-field=\"files\">%lld</span> case file%s in <span data-field=\"teams\">%lld</span> "
	        "team%s</dd>\n<dt>Audit types</dt><dd id=\"types\">",
	        k->audits, k->audits == 1 ? "" : "s", k->files, k->files == 1 ? "" : "s", k->teams,
	        k->teams == 1 ? "" : "s");
	fprintf(fp, "every type counted: dip-sample %lld, themed %lld, multi-agency %lld", k->dip_sample, k->themed,
	        k->multi_agency);
	if (k->themed + k->multi_agency > 0)
		fputs(" (themed and multi-agency files are chosen, not drawn at random: their intervals are a guide "
		      "only)", fp);
	fputs("</dd>\n<dt>Figures drawn</dt><dd id=\"drawn\">", fp);
	date_words(fp, d->drawn);
	if (strlen(d->drawn) > 11) {
		fputs(" at ", fp);
		html(fp, d->drawn + 11);
	}
	fprintf(fp, " by caseaudit %s</dd>\n<dt>Prepared by</dt><dd id=\"author\">", d->version);
	html(fp, d->author);
	fputs("</dd>\n</dl>\n</header>\n", fp);
}

static void write_how(FILE *fp)
{
	fputs("<section id=\"how\" aria-labelledby=\"how-h\"><h2 id=\"how-h\">How to read this report</h2>"
	      "<div class=\"how\">\n"
	      "<p>Each audit-standard figure is the share of <b>submitted</b> case-file audits in the period that met "
	      "the standard (files where it did not apply, and draft audits, are left out). Management audits count "
	      "the scheduled audits due in the period that were done on time; the supervision figures count workers "
	      "in post. Every figure is printed as <b>k of n</b>: k met, n measured.</p>\n"
	      "<dl>"
	      "<dt><b>Status</b></dt><dd>against the action plan's target: "
	      "<span aria-hidden=\"true\">\xE2\x97\x8F</span> green at or above it, "
	      "<span aria-hidden=\"true\">\xE2\x97\x86</span> amber up to 5 points below, "
	      "<span aria-hidden=\"true\">\xE2\x96\xA0</span> red further below, "
	      "<span aria-hidden=\"true\">\xE2\x97\x8B</span> no data. The shape and the word say it; colour only "
	      "repeats them, in blue for green, amber and dark red: colours that readers who cannot tell red from "
	      "green still tell apart.</dd>"
	      "<dt><b>Evidence</b></dt><dd>a sample can land either side of a target by chance. The <b>95% "
	      "interval</b> is the range in which the true rate very probably lies: <i>above</i> when all of it "
	      "is at or above the target, <i>below</i> when all of it is under, <i>inconclusive</i> when the sample "
	      "is too small to tell (audit more files before relying on it); <i>census</i> when everyone is "
	      "counted, so the figure is exact.</dd>"
	      "<dt><b>Trend</b></dt><dd>statistical process control, as NHS England's <i>Making Data Count</i>: the "
	      "monthly figure with its centre line and control limits. A point outside the limits, 7 in a row on "
	      "one side of the centre, 7 in a row rising or falling, or 2 of 3 close to a limit is a signal "
	      "(<i>special cause</i>); anything else is noise (<i>common cause</i>). Icons: ", fp);
	variation_icon(fp, SPC_VARIATION_IMPROVEMENT);
	fputs(", ", fp);
	variation_icon(fp, SPC_VARIATION_CONCERN);
	fputs(", ", fp);
	variation_icon(fp, SPC_VARIATION_COMMON);
	fputs("; against the target: ", fp);
	assurance_icon(fp, SPC_ASSURANCE_PASS);
	fputs(", ", fp);
	assurance_icon(fp, SPC_ASSURANCE_FAIL);
	fputs(", ", fp);
	assurance_icon(fp, SPC_ASSURANCE_HIT_AND_MISS);
	fputs(". With fewer than 12 months of data the chart is a plain run chart with no limits and no icons: "
	      "too few points to tell a signal from noise.</dd>"
	      "<dt><b>Teams</b></dt><dd>compared on a funnel plot, not a league table: a small team's figure "
	      "swings more, so the limits around the target widen as the number of files falls. A team outside "
	      "the outer funnel differs from the target by more than chance. A team figure on fewer than 5 files "
	      "is printed but marked <i>too few to judge</i>.</dd>"
	      "</dl></div></section>\n", fp);
}

typedef enum { H_MET_SHOWN, H_MET, H_BELOW, H_BELOW_SHOWN, H_CENSUS, H_NONE, H_COUNT } Headline;

static Headline headline_of(const char *status, const char *evidence)
{
	if (strcmp(evidence, "census") == 0)
		return H_CENSUS;
	if (strcmp(status, "no-data") == 0 || strcmp(evidence, "none") == 0)
		return H_NONE;
	if (strcmp(status, "green") == 0)
		return strcmp(evidence, "above") == 0 ? H_MET_SHOWN : H_MET;
	return strcmp(evidence, "below") == 0 ? H_BELOW_SHOWN : H_BELOW;
}

static void write_headline(FILE *fp, const ReportData *d, const Columns *c)
{
	static const char *titles[H_COUNT] = {"met, with evidence", "met, not yet shown", "below target, not yet shown",
	                                      "below target, with evidence", "census figures", "no data"};
	static const char *meaning[H_COUNT] = {
		"at or above target, and the sample shows it (interval wholly at or above)",
		"at or above target, but the sample is too small to show it",
		"under target, but the sample is too small to show it",
		"under target, and the sample shows it (interval wholly below)",
		"everyone counted: exact, no sampling error",
		"nothing was measured in the period",
	};
	static const char *ids[H_COUNT] = {"met-shown", "met", "below", "below-shown", "census", "no-data"};
	const Table *t = d->summary;
	int count[H_COUNT] = {0}, census_met = 0;
	for (int r = 0; r < t->nrow; r++) {
		Headline h = headline_of(text_of(t, r, c->status), text_of(t, r, c->evidence));
		count[h]++;
		census_met += h == H_CENSUS && strcmp(text_of(t, r, c->status), "green") == 0;
	}
	fprintf(fp, "<p id=\"headline\">Of %d targets: ", t->nrow);
	int said = 0;
	for (int h = 0; h < H_COUNT; h++) {
		if (count[h] == 0)
			continue;
		fprintf(fp, "%s%d %s", said++ ? "; " : "", count[h], titles[h]);
		if (h == H_CENSUS)
			fprintf(fp, " (%d met, %d below)", census_met, count[h] - census_met);
	}
	fputs(".</p>\n<table id=\"tally\"><thead><tr><th scope=\"col\" class=\"num\">Targets</th>"
	      "<th scope=\"col\">Finding</th><th scope=\"col\">Which</th></tr></thead><tbody>\n", fp);
	for (int h = 0; h < H_COUNT; h++) {
		fprintf(fp, "<tr data-headline=\"%s\"><td class=\"num count\">%d</td><th scope=\"row\">%s<br><span class=\"meaning\">%s",
		        ids[h], count[h], titles[h], meaning[h]);
		if (h == H_CENSUS && count[h])
			fprintf(fp, "; %d met, %d below", census_met, count[h] - census_met);
		fputs("</span></th><td class=\"which\">", fp);
		int listed = 0;
		for (int r = 0; r < t->nrow; r++)
			if (headline_of(text_of(t, r, c->status), text_of(t, r, c->evidence)) == (Headline)h) {
				fputs(listed++ ? ", " : "", fp);
				html(fp, text_of(t, r, c->target));
			}
		fputs(listed ? "" : "none", fp);
		fputs("</td></tr>\n", fp);
	}
	fputs("</tbody></table>\n", fp);
}

/* ---- the summary table, with the previous period ---- */

static int previous_row(const ReportData *d, const Columns *pc, const char *code)
{
	if (d->previous_summary == NULL)
		return -1;
	for (int r = 0; r < d->previous_summary->nrow; r++)
		if (strcmp(text_of(d->previous_summary, r, pc->target), code) == 0)
			return r;
	return -1;
}

/* The previous period's figure and the change, in one cell. */
static void write_change(FILE *fp, const ReportData *d, const Columns *pc, const Table *t, const Columns *c, int r)
{
	int p = previous_row(d, pc, text_of(t, r, c->target));
	const Table *pt = d->previous_summary;
	fputs("<td data-field=\"previous\">", fp);
	if (p < 0 || !has_number(pt, p, pc->percent)) {
		fputs(p < 0 ? "" : "no data before", fp);
		fputs("</td>", fp);
		return;
	}
	long long n0 = integer(pt, p, pc->numerator), d0 = integer(pt, p, pc->denominator);
	cell(fp, pt, p, pc->percent);
	fputs("% (", fp);
	cell(fp, pt, p, pc->numerator);
	fputs(" of ", fp);
	cell(fp, pt, p, pc->denominator);
	fputs(")<br><span data-field=\"change\">", fp);
	if (!has_number(t, r, c->percent)) {
		fputs("no data now</span></td>", fp);
		return;
	}
	long long n1 = integer(t, r, c->numerator), d1 = integer(t, r, c->denominator);
	/* The change in points, from the unrounded fractions, to one place. */
	double change = 100.0 * ((double)n1 / (double)d1 - (double)n0 / (double)d0);
	long long tenths = llround(change * 10);
	fprintf(fp, "%s%lld.%lld pts, ", tenths > 0 ? "+" : tenths < 0 ? "&minus;" : "", llabs(tenths) / 10,
	        llabs(tenths) % 10);
	if (strcmp(text_of(t, r, c->evidence), "census") == 0) {
		fputs("exact (census)", fp);
	} else {
		int signal = spc_change_signal(n0, d0, n1, d1);
		fputs(signal > 0 ? "<b>a real rise</b>" : signal < 0 ? "<b>a real fall</b>" : "within chance", fp);
	}
	fputs("</span></td>", fp);
}

/* The status's shape in SVG: circle (green), diamond (amber), square (red). */
static void status_mark(FILE *fp, const StatusCue *k, double x, double y, double size)
{
	if (strcmp(k->status, "green") == 0)
		fprintf(fp, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" stroke=\"%s\"/>", x, y, size, k->fill,
		        k->stroke);
	else if (strcmp(k->status, "amber") == 0)
		fprintf(fp, "<path d=\"M%.1f %.1fl%.1f %.1fl%.1f %.1fl%.1f %.1fz\" fill=\"%s\" stroke=\"%s\"/>", x,
		        y - size * 1.3, size * 1.3, size * 1.3, -size * 1.3, size * 1.3, -size * 1.3, -size * 1.3, k->fill, k->stroke);
	else
		fprintf(fp, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>", x - size, y - size,
		        2 * size, 2 * size, k->fill);
}

/* One row's interval as a bar on a 0-100% scale, the target a tick. */
static void interval_bar(FILE *fp, const ReportData *d, const Table *t, const Columns *c, int r)
{
	const char *code = text_of(t, r, c->target);
	fputs("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 104 20\" width=\"100%\" role=\"img\" aria-label=\"", fp);
	html(fp, target_text(d, code));
	fputs(" (", fp);
	html(fp, code);
	fputs("): ", fp);
	if (has_number(t, r, c->percent)) {
		cell(fp, t, r, c->percent);
		if (has_number(t, r, c->low)) {
			fputs("%, 95% interval ", fp);
			cell(fp, t, r, c->low);
			fputs(" to ", fp);
			cell(fp, t, r, c->high);
		} else {
			fputs("%, a census (exact)", fp);
		}
	} else {
		fputs("no data", fp);
	}
	fputs(", target ", fp);
	cell(fp, t, r, c->threshold);
	fputs("%\">", fp);
	fputs("<line x1=\"2\" y1=\"10\" x2=\"102\" y2=\"10\" stroke=\"" GRID "\"/>"
	      "<line x1=\"2\" y1=\"5\" x2=\"2\" y2=\"15\" stroke=\"" GRID "\"/><line x1=\"52\" y1=\"6\" x2=\"52\" y2=\"14\" "
	      "stroke=\"" GRID "\"/><line x1=\"102\" y1=\"5\" x2=\"102\" y2=\"15\" stroke=\"" GRID "\"/>", fp);
	double tx = 2 + number(t, r, c->threshold);
	fprintf(fp, "<line x1=\"%.1f\" y1=\"1\" x2=\"%.1f\" y2=\"19\" stroke=\"" TARGET_INK "\" stroke-width=\"2\"/>", tx, tx);
	if (has_number(t, r, c->percent)) {
		const StatusCue *k = cue_of(text_of(t, r, c->status));
		double px = 2 + number(t, r, c->percent);
		/* A census has no interval: the shape alone. */
		if (has_number(t, r, c->low)) {
			double lx = 2 + number(t, r, c->low), hx = 2 + number(t, r, c->high);
			fprintf(fp, "<line x1=\"%.1f\" y1=\"10\" x2=\"%.1f\" y2=\"10\" stroke=\"%s\" stroke-width=\"2.5\"/>"
			        "<line x1=\"%.1f\" y1=\"6\" x2=\"%.1f\" y2=\"14\" stroke=\"%s\" stroke-width=\"1.5\"/>"
			        "<line x1=\"%.1f\" y1=\"6\" x2=\"%.1f\" y2=\"14\" stroke=\"%s\" stroke-width=\"1.5\"/>",
			        lx, hx, k->glyph, lx, lx, k->glyph, hx, hx, k->glyph);
		}
		status_mark(fp, k, px, 10, 4);
	}
	fputs("</svg>", fp);
}

static void write_summary(FILE *fp, const ReportData *d, const Columns *c)
{
	const Table *t = d->summary;
	Columns pc;
	int have_previous = d->previous_summary && columns(d->previous_summary, &pc, NULL) == 0;
	fputs("<table class=\"compliance\" id=\"compliance\"><caption>Chart: the percentage met as its status's shape "
	      "(<span aria-hidden=\"true\">\xE2\x97\x8F</span> green, <span aria-hidden=\"true\">\xE2\x97\x86</span> amber, "
	      "<span aria-hidden=\"true\">\xE2\x96\xA0</span> red), its 95% interval as a bar, and the target as a dark "
	      "upright line, on a scale from 0 to 100%. Previous: the period of the same length before; the change "
	      "in percentage points (pts) is \"a real rise\" or \"fall\" when a test of two proportions at 95% says it "
	      "is more than chance.</caption>"
	      "<colgroup><col class=\"c-name\"><col class=\"c-met\"><col class=\"c-pct\"><col class=\"c-target\">"
	      "<col class=\"c-status\"><col class=\"c-interval\"><col class=\"c-bar\"><col class=\"c-previous\"></colgroup>"
	      "<thead><tr><th scope=\"col\">Target</th><th scope=\"col\" class=\"num\">Met of<br>measured</th>"
	      "<th scope=\"col\" class=\"num\">%</th><th scope=\"col\" class=\"num\">Target<br>%</th>"
	      "<th scope=\"col\">Status</th><th scope=\"col\">95% interval, evidence</th>"
	      "<th scope=\"col\">Chart, 0 to 100%</th><th scope=\"col\">Previous, change</th></tr></thead><tbody>\n", fp);
	for (int r = 0; r < t->nrow; r++) {
		const char *code = text_of(t, r, c->target);
		fputs("<tr data-target=\"", fp);
		html(fp, code);
		fputs("\"><th scope=\"row\" class=\"target\">", fp);
		target_name(fp, d, code);
		fputs("</th><td class=\"num\"><span data-field=\"numerator\">", fp);
		cell(fp, t, r, c->numerator);
		fputs("</span> of <span data-field=\"denominator\">", fp);
		cell(fp, t, r, c->denominator);
		fputs("</span></td><td class=\"num\"><span data-field=\"percent\">", fp);
		cell(fp, t, r, c->percent);
		fputs("</span>", fp);
		fputs(has_number(t, r, c->percent) ? "%" : "&ndash;", fp);
		fputs("</td><td class=\"num\"><span data-field=\"threshold\">", fp);
		cell(fp, t, r, c->threshold);
		fputs("</span>%</td><td>", fp);
		badge(fp, text_of(t, r, c->status), 1);
		fputs("</td><td data-field=\"interval\">", fp);
		if (has_number(t, r, c->low)) {
			fputs("<span class=\"num\"><span data-field=\"ci_low\">", fp);
			cell(fp, t, r, c->low);
			fputs("</span>&ndash;<span data-field=\"ci_high\">", fp);
			cell(fp, t, r, c->high);
			fputs("</span></span><br>", fp);
		}
		fputs("<span data-field=\"evidence\">", fp);
		cell(fp, t, r, c->evidence);
		fputs("</span></td><td class=\"bar\">", fp);
		interval_bar(fp, d, t, c, r);
		fputs("</td>", fp);
		if (have_previous)
			write_change(fp, d, &pc, t, c, r);
		else
			fputs("<td>&ndash;</td>", fp);
		fputs("</tr>\n", fp);
	}
	fputs("</tbody></table>\n", fp);
}

/* ---- the trend: one SPC chart per target ---- */

/* The chart's geometry, in SVG units; the figure prints about 56 mm wide,
 * so a font of 17.5 units is 9 pt or more on paper. */
#define CW 300
#define CH 130
#define CL 58
#define CR 292
#define CT 14
#define CB 108
#define CFONT 17.5

static double chart_y(double percent)
{
	return CB - (CB - CT) * percent / 100.0;
}

static void axis_percent(FILE *fp)
{
	for (int p = 0; p <= 100; p += 50)
		fprintf(fp, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"" GRID "\" stroke-width=\"0.8\"/>"
		        "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" dominant-baseline=\"middle\">%d%%</text>",
		        CL, chart_y(p), CR, chart_y(p), CL - 4, chart_y(p), p);
}

/* A point's mark: a circle (common cause), a triangle up (special cause
 * improvement) or down (concern). */
static void point_mark(FILE *fp, double x, double y, int special)
{
	if (special > 0)
		fprintf(fp, "<path d=\"M%.1f %.1fl6.5 11h-13z\" fill=\"" BLUE "\"/>", x, y - 7);
	else if (special < 0)
		fprintf(fp, "<path d=\"M%.1f %.1fl6.5 -11h-13z\" fill=\"" VERMILION "\"/>", x, y + 7);
	else
		fprintf(fp, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"" GREY "\"/>", x, y);
}

typedef struct {
	const char **names;  /* YYYY-MM, in order */
	int n;
} MonthList;

static void month_list(const ReportData *d, const Table *t, const Columns *c, MonthList *out)
{
	out->names = NULL;
	out->n = 0;
	int cap = 0;
	for (int r = 0; r < t->nrow; r++) {
		const char *m = text_of(t, r, c->month);
		int seen = 0;
		for (int i = 0; i < out->n && !seen; i++)
			seen = strcmp(out->names[i], m) == 0;
		if (seen)
			continue;
		if (out->n == cap) {
			cap = cap ? cap * 2 : 32;
			out->names = xrealloc(out->names, (size_t)cap * sizeof *out->names);
		}
		out->names[out->n++] = m;
	}
	/* Leave out the months before the first audit (a target measured by
	 * audits or scheduled audits has data): before it the council was not
	 * yet recording, and the worker targets' empty months are no trend. */
	int first = out->n;
	for (int pass = 0; pass < 2 && first == out->n; pass++)
		for (int r = 0; r < t->nrow; r++) {
			if (integer(t, r, c->denominator) <= 0)
				continue;
			if (pass == 0 && strncmp(target_measure(d, text_of(t, r, c->target)), "sup-", 4) == 0)
				continue;
			for (int i = 0; i < first; i++)
				if (strcmp(out->names[i], text_of(t, r, c->month)) == 0) {
					first = i;
					break;
				}
		}
	if (first == out->n)
		first = out->n > 0 ? out->n - 1 : 0;
	memmove(out->names, out->names + first, (size_t)(out->n - first) * sizeof *out->names);
	out->n -= first;
}

static void write_spc_chart(FILE *fp, const ReportData *d, const Columns *c, const MonthList *months, const char *code,
                            double threshold, int index)
{
	const Table *t = d->by_month;
	int first, end;
	target_rows(t, c->target, code, &first, &end);
	SpcPoint *points = xcalloc((size_t)(months->n ? months->n : 1), sizeof *points);
	for (int i = 0; i < months->n; i++)
		for (int r = first; r < end; r++)
			if (strcmp(text_of(t, r, c->month), months->names[i]) == 0) {
				points[i].numerator = integer(t, r, c->numerator);
				points[i].denominator = integer(t, r, c->denominator);
			}
	SpcChart chart;
	spc_p_chart(points, months->n, threshold, &chart);

	fputs("<figure data-target=\"", fp);
	html(fp, code);
	fprintf(fp, "\" data-chart=\"%s\" data-points=\"%d\"><figcaption>", chart.p_chart ? "p-chart" : "run-chart",
	        chart.points);
	target_name(fp, d, code);
	fputs("</figcaption>", fp);
	fprintf(fp, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"100%%\" role=\"img\" "
	        "aria-labelledby=\"spc-title-%d spc-desc-%d\" font-family=\"Liberation Sans, Arial, DejaVu Sans, sans-serif\" "
	        "font-size=\"%.1f\"><title id=\"spc-title-%d\">", CW, CH, index, index, CFONT, index);
	fputs(chart.p_chart ? "Control chart (p-chart) of " : "Run chart of ", fp);
	html(fp, target_text(d, code));
	fputs(" (", fp);
	html(fp, code);
	fprintf(fp, ") by month</title><desc id=\"spc-desc-%d\">", index);
	for (int i = 0; i < months->n; i++) {
		month_words(fp, months->names[i], 1, 1);
		if (points[i].denominator > 0) {
			char pct[32];
			report_percent_text(points[i].numerator, points[i].denominator, threshold, pct);
			fprintf(fp, ": %s%% (%lld of %lld)", pct, points[i].numerator, points[i].denominator);
			if (points[i].special)
				fputs(points[i].special > 0 ? ", special cause improvement" : ", special cause concern", fp);
		} else {
			fputs(": no data", fp);
		}
		fputs("; ", fp);
	}
	fprintf(fp, "target %g%%", threshold);
	if (chart.points > 0)
		fprintf(fp, "; centre line (average) %.1f%%", chart.centre);
	if (chart.p_chart)
		fprintf(fp, "; %s; %s", spc_variation_name(chart.variation), spc_assurance_name(chart.assurance));
	fputs(".</desc>", fp);
	axis_percent(fp);
	double step = months->n > 1 ? (CR - CL - 12) / (double)(months->n - 1) : 0;
	#define XAT(i) (months->n > 1 ? CL + 6 + step * (i) : (CL + CR) / 2.0)
	/* Limits as steps, month by month (a p-chart's limits vary with n). */
	if (chart.p_chart) {
		for (int side = 0; side < 2; side++) {
			Buf b = {0};
			int open = 0;
			for (int i = 0; i < months->n; i++) {
				if (points[i].denominator <= 0) {
					if (open)
						fprintf(fp, "<polyline points=\"%s\" fill=\"none\" stroke=\"" GREY "\" stroke-dasharray=\"5 3\" stroke-width=\"1.5\"/>", b.s);
					buf_free(&b);
					b = (Buf){0};
					open = 0;
					continue;
				}
				double v = side ? points[i].upper : points[i].lower;
				double half = months->n > 1 ? step / 2 : 20;
				buf_printf(&b, "%.1f,%.1f %.1f,%.1f ", XAT(i) - half, chart_y(v), XAT(i) + half, chart_y(v));
				open = 1;
			}
			if (open)
				fprintf(fp, "<polyline points=\"%s\" fill=\"none\" stroke=\"" GREY "\" stroke-dasharray=\"5 3\" stroke-width=\"1.5\"/>", b.s);
			buf_free(&b);
		}
	}
	if (chart.points > 0)
		fprintf(fp, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"" GREY "\" stroke-width=\"1.5\"/>", CL,
		        chart_y(chart.centre), CR, chart_y(chart.centre));
	fprintf(fp, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"" TARGET_INK "\" stroke-width=\"2.5\"/>", CL,
	        chart_y(threshold), CR, chart_y(threshold));
	for (int i = 0; i < months->n; i++)
		fprintf(fp, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"" MUTED "\"/>", XAT(i), CB, XAT(i), CB + 4);
	/* The line joins neighbouring months only: no line across a gap. */
	for (int i = 1; i < months->n; i++)
		if (points[i].denominator > 0 && points[i - 1].denominator > 0)
			fprintf(fp, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#555\" stroke-width=\"1.5\"/>",
			        XAT(i - 1), chart_y(points[i - 1].percent), XAT(i), chart_y(points[i].percent));
	for (int i = 0; i < months->n; i++)
		if (points[i].denominator > 0) {
			fprintf(fp, "<g data-month=\"%s\">", months->names[i]);
			point_mark(fp, XAT(i), chart_y(points[i].percent), points[i].special);
			fputs("</g>", fp);
		}
	if (chart.points == 0)
		fprintf(fp, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" dominant-baseline=\"middle\">no data</text>",
		        (CL + CR) / 2.0, chart_y(25));
	if (months->n > 0) {
		fprintf(fp, "<text x=\"%d\" y=\"%d\" text-anchor=\"start\">", CL, CH - 4);
		month_words(fp, months->names[0], 1, 1);
		fprintf(fp, "</text><text x=\"%d\" y=\"%d\" text-anchor=\"end\">", CR, CH - 4);
		month_words(fp, months->names[months->n - 1], 1, 1);
		fputs("</text>", fp);
	}
	#undef XAT
	fputs("</svg><p class=\"signals\">", fp);
	fprintf(fp, "Target %g%%", threshold);
	if (chart.points > 0)
		fprintf(fp, "; average %.1f%%", chart.centre);
	fputs(".<br>", fp);
	if (chart.p_chart) {
		variation_icon(fp, chart.variation);
		fputs("<br>", fp);
		assurance_icon(fp, chart.assurance);
	} else if (chart.points == 0) {
		fputs("No data in these months.", fp);
	} else {
		fprintf(fp, "Run chart: %d month%s, too few for limits.", chart.points, chart.points == 1 ? "" : "s");
	}
	fputs("</p></figure>\n", fp);
	free(points);
}

static void write_trends(FILE *fp, const ReportData *d, const Columns *c, const Columns *sc)
{
	MonthList months;
	month_list(d, d->by_month, c, &months);
	fputs("<p>Each target month by month", fp);
	if (months.n > 0) {
		fputs(", ", fp);
		month_words(fp, months.names[0], 1, 0);
		fputs(" to ", fp);
		month_words(fp, months.names[months.n - 1], 1, 0);
		fputs(" (up to 24 months to the period's end, from the first month with an audit)", fp);
	}
	fputs(". Dark line: the target. Grey line: the average (centre). Dashed: the control limits. Marks: "
	      "<span aria-hidden=\"true\">\xE2\x97\x8F</span> a month within common cause, "
	      "<span aria-hidden=\"true\">\xE2\x96\xB2</span> special cause improvement, "
	      "<span aria-hidden=\"true\">\xE2\x96\xBC</span> special cause concern. A month with no data is a gap; "
	      "the line does not cross it.</p>\n<div class=\"grid\">\n", fp);
	for (int s = 0; s < d->summary->nrow; s++)
		write_spc_chart(fp, d, c, &months, text_of(d->summary, s, sc->target), number(d->summary, s, sc->threshold),
		                s);
	fputs("</div>\n", fp);
	free(months.names);
}

/* ---- teams ---- */

typedef struct {
	const char **names;
	int n;
} TeamList;

static void team_list(const Table *t, const Columns *c, TeamList *out)
{
	out->names = NULL;
	out->n = 0;
	int cap = 0;
	/* Rows are grouped by target, teams by name within each: the teams of
	 * every target are the same list, so merging the first target's with
	 * any others' keeps name order. */
	for (int r = 0; r < t->nrow; r++) {
		const char *name = text_of(t, r, c->team);
		int seen = 0;
		for (int i = out->n - 1; i >= 0 && !seen; i--)
			seen = strcmp(out->names[i], name) == 0;
		if (seen)
			continue;
		if (out->n == cap) {
			cap = cap ? cap * 2 : 64;
			out->names = xrealloc(out->names, (size_t)cap * sizeof *out->names);
		}
		out->names[out->n++] = name;
	}
}

/* For each team of the list, its row in [first, end) or -1. */
static void team_rows(const Table *t, const Columns *c, const TeamList *teams, int first, int end, int *rows)
{
	for (int i = 0; i < teams->n; i++)
		rows[i] = -1;
	int j = 0;
	for (int r = first; r < end; r++) {
		const char *name = text_of(t, r, c->team);
		/* Usually in step with the list; search from where we are. */
		for (int k = 0; k < teams->n; k++) {
			int i = (j + k) % teams->n;
			if (strcmp(teams->names[i], name) == 0) {
				rows[i] = r;
				j = i + 1;
				break;
			}
		}
	}
}

/* A round axis maximum at or above n: 10, 20, 50, 100, 200, 500, ... */
static long long nice_max(long long n)
{
	long long base = 10;
	for (;;) {
		if (n <= base)
			return base;
		if (n <= 2 * base)
			return 2 * base;
		if (n <= 5 * base)
			return 5 * base;
		base *= 10;
	}
}

/* The funnel plot of one target; 1 when drawn, 0 when fewer than two
 * teams have figures. */
static int write_funnel(FILE *fp, const ReportData *d, const Columns *c, const TeamList *teams, const char *code,
                        double threshold, int index, int *rows)
{
	const Table *t = d->by_team;
	int first, end;
	target_rows(t, c->target, code, &first, &end);
	team_rows(t, c, teams, first, end, rows);
	long long max_n = 0;
	int with_data = 0;
	for (int i = 0; i < teams->n; i++)
		if (rows[i] >= 0 && integer(t, rows[i], c->denominator) > 0) {
			with_data++;
			if (integer(t, rows[i], c->denominator) > max_n)
				max_n = integer(t, rows[i], c->denominator);
		}
	if (with_data < 2)
		return 0;
	long long xmax = nice_max(max_n);
	fputs("<figure data-funnel=\"", fp);
	html(fp, code);
	fputs("\"><figcaption>", fp);
	target_name(fp, d, code);
	fprintf(fp, "</figcaption><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"100%%\" role=\"img\" "
	        "aria-labelledby=\"funnel-title-%d funnel-desc-%d\" font-family=\"Liberation Sans, Arial, DejaVu Sans, sans-serif\" "
	        "font-size=\"%.1f\"><title id=\"funnel-title-%d\">Funnel plot of ", CW, CH, index, index, CFONT, index);
	html(fp, target_text(d, code));
	fputs(" (", fp);
	html(fp, code);
	fprintf(fp, ") by team</title><desc id=\"funnel-desc-%d\">Percentage met against files measured, one mark per "
	        "team, with limits around the target of %g%% within which 95%% and 99.8%% of teams would lie by chance. ",
	        index, threshold);
	int above = 0, below = 0;
	for (int i = 0; i < teams->n; i++) {
		int r = rows[i];
		if (r < 0 || integer(t, r, c->denominator) <= 0)
			continue;
		int pos = spc_funnel_position(integer(t, r, c->numerator), integer(t, r, c->denominator), threshold);
		above += pos > 0;
		below += pos < 0;
		html(fp, teams->names[i]);
		fputs(": ", fp);
		cell(fp, t, r, c->numerator);
		fputs(" of ", fp);
		cell(fp, t, r, c->denominator);
		fputs(" (", fp);
		cell(fp, t, r, c->percent);
		fprintf(fp, "%%), %s; ", pos > 0 ? "above the funnel" : pos < 0 ? "below the funnel" : "inside");
	}
	fputs("</desc>", fp);
	axis_percent(fp);
	/* The funnels: 99.8% solid, 95% dashed, drawn from 1 file to xmax. */
	static const double zs[] = {SPC_FUNNEL_Z998, SPC_FUNNEL_Z95};
	for (int z = 0; z < 2; z++)
		for (int side = 0; side < 2; side++) {
			fputs("<polyline fill=\"none\" stroke=\"" GREY "\" stroke-width=\"1.5\"", fp);
			if (z == 1)
				fputs(" stroke-dasharray=\"5 3\"", fp);
			fputs(" points=\"", fp);
			for (int k = 0; k <= 60; k++) {
				double n = 1 + (double)(xmax - 1) * k / 60.0;
				double low, high;
				spc_funnel_limits(threshold, n, zs[z], &low, &high);
				fprintf(fp, "%.1f,%.1f ", CL + (CR - CL) * n / (double)xmax, chart_y(side ? high : low));
			}
			fputs("\"/>", fp);
		}
	fprintf(fp, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"" TARGET_INK "\" stroke-width=\"2.5\"/>", CL,
	        chart_y(threshold), CR, chart_y(threshold));
	for (int i = 0; i < teams->n; i++) {
		int r = rows[i];
		if (r < 0 || integer(t, r, c->denominator) <= 0)
			continue;
		long long k = integer(t, r, c->numerator), n = integer(t, r, c->denominator);
		int pos = spc_funnel_position(k, n, threshold);
		double x = CL + (CR - CL) * (double)n / (double)xmax, y = chart_y(100.0 * (double)k / (double)n);
		point_mark(fp, x, y, pos);
	}
	fprintf(fp, "<text x=\"%d\" y=\"%d\" text-anchor=\"start\">0</text><text x=\"%d\" y=\"%d\" text-anchor=\"end\">"
	        "%lld files</text>", CL, CH - 4, CR, CH - 4, xmax);
	fputs("</svg>", fp);
	fprintf(fp, "<p class=\"signals\">Target %g%%. ", threshold);
	if (above + below == 0) {
		fprintf(fp, "All %d teams inside the funnel: no team differs from the target by more than chance.", with_data);
	} else {
		int said = 0;
		for (int side = 1; side >= -1; side -= 2) {
			int listed = 0;
			for (int i = 0; i < teams->n; i++) {
				int r = rows[i];
				if (r < 0 || integer(t, r, c->denominator) <= 0 ||
				    spc_funnel_position(integer(t, r, c->numerator), integer(t, r, c->denominator), threshold) != side)
					continue;
				if (listed++ == 0)
					fputs(said++ ? "<br>" : "", fp), fputs(side > 0 ? "<span aria-hidden=\"true\">\xE2\x96\xB2</span> Above: " : "<span aria-hidden=\"true\">\xE2\x96\xBC</span> Below: ", fp);
				else
					fputs(", ", fp);
				html(fp, teams->names[i]);
				fputs(" (", fp);
				cell(fp, t, r, c->numerator);
				fputs(" of ", fp);
				cell(fp, t, r, c->denominator);
				fputs(")", fp);
			}
		}
	}
	fputs("</p></figure>\n", fp);
	return 1;
}

/* Whether the funnel of target code is shown: every target with --funnel
 * all, those named with --funnel CODE,...; by default those red for the
 * whole service, or where a team lies outside the outer funnel. */
static int funnel_chosen(const ReportData *d, const Columns *c, const TeamList *teams, const char *code,
                         const char *status, double threshold, int *rows)
{
	if (d->funnel && strcmp(d->funnel, "all") == 0)
		return 1;
	if (d->funnel) {
		size_t n = strlen(code);
		for (const char *p = d->funnel; *p;) {
			size_t len = strcspn(p, ",");
			if (len == n && strncasecmp(p, code, n) == 0)
				return 1;
			p += len + (p[len] == ',');
		}
		return 0;
	}
	if (strcmp(status, "red") == 0)
		return 1;
	const Table *t = d->by_team;
	int first, end;
	target_rows(t, c->target, code, &first, &end);
	team_rows(t, c, teams, first, end, rows);
	for (int i = 0; i < teams->n; i++)
		if (rows[i] >= 0 && integer(t, rows[i], c->denominator) > 0 &&
		    spc_funnel_position(integer(t, rows[i], c->numerator), integer(t, rows[i], c->denominator), threshold) != 0)
			return 1;
	return 0;
}

static void write_funnels(FILE *fp, const ReportData *d, const Columns *c, const Columns *sc)
{
	TeamList teams;
	team_list(d->by_team, c, &teams);
	int *rows = xcalloc((size_t)(teams.n ? teams.n : 1), sizeof *rows);
	fputs("<p>Each mark is a team: its percentage met against the number of files measured. Dark line: the target. "
	      "Dashed: the limits within which 95% of teams would lie by chance if every team truly met the target "
	      "exactly; solid grey: 99.8%. <span aria-hidden=\"true\">\xE2\x97\x8F</span> inside, "
	      "<span aria-hidden=\"true\">\xE2\x96\xB2</span> above, <span aria-hidden=\"true\">\xE2\x96\xBC</span> below the "
	      "outer funnel. ", fp);
	if (d->funnel && strcmp(d->funnel, "all") == 0)
		fputs("Shown for every target measured in two teams or more.", fp);
	else if (d->funnel)
		fputs("Shown for the targets asked for (<code>--funnel</code>).", fp);
	else
		fputs("Shown for the targets red for the whole service, and those where a team lies outside the outer "
		      "funnel (<code>--funnel all</code> shows every target).", fp);
	fputs("</p>\n<div class=\"grid\">\n", fp);
	int shown = 0;
	for (int s = 0; s < d->summary->nrow; s++) {
		const char *code = text_of(d->summary, s, sc->target);
		double threshold = number(d->summary, s, sc->threshold);
		if (funnel_chosen(d, c, &teams, code, text_of(d->summary, s, sc->status), threshold, rows))
			shown += write_funnel(fp, d, c, &teams, code, threshold, s, rows);
	}
	fputs("</div>\n", fp);
	if (shown == 0)
		fputs("<p id=\"no-funnel\">No target chosen has figures in two teams or more.</p>\n", fp);
	free(rows);
	free(teams.names);
}

/* Teams down, a few targets across per table, each cell the percentage
 * with its status shape, and k of n under it. */
#define TEAM_TABLE_TARGETS 5

static void write_teams(FILE *fp, const ReportData *d, const Columns *c, const Columns *sc)
{
	const Table *t = d->by_team;
	TeamList teams;
	team_list(t, c, &teams);
	if (teams.n == 0) {
		fputs("<p>No teams.</p>\n", fp);
		free(teams.names);
		return;
	}
	fprintf(fp, "<p id=\"team-count\">%d team%s. Each cell: the percentage met with its status "
	        "(<span aria-hidden=\"true\">\xE2\x97\x8F</span> green, <span aria-hidden=\"true\">\xE2\x97\x86</span> amber, "
	        "<span aria-hidden=\"true\">\xE2\x96\xA0</span> red), then k of n. Fewer than %d files: "
	        "<i>too few to judge</i>. A dash: nothing measured.</p>\n",
	        teams.n, teams.n == 1 ? "" : "s", REPORT_TOO_FEW);
	int ntargets = d->summary->nrow;
	int *firsts = xcalloc((size_t)(ntargets ? ntargets : 1), sizeof *firsts);
	int *ends = xcalloc((size_t)(ntargets ? ntargets : 1), sizeof *ends);
	int *rows = xcalloc((size_t)teams.n * (size_t)(ntargets ? ntargets : 1), sizeof *rows);
	for (int s = 0; s < ntargets; s++) {
		target_rows(t, c->target, text_of(d->summary, s, sc->target), &firsts[s], &ends[s]);
		team_rows(t, c, &teams, firsts[s], ends[s], rows + (size_t)s * (size_t)teams.n);
	}
	/* As few tables as hold TEAM_TABLE_TARGETS each, the targets shared
	 * out evenly (19: 5, 5, 5, 4). */
	int ntables = (ntargets + TEAM_TABLE_TARGETS - 1) / TEAM_TABLE_TARGETS;
	int per = ntables ? (ntargets + ntables - 1) / ntables : 1;
	for (int g = 0; g < ntargets; g += per) {
		int gend = g + per < ntargets ? g + per : ntargets;
		fprintf(fp, "<table class=\"teams\" id=\"teams-%d\"><thead><tr><th scope=\"col\">Team</th>", g / per + 1);
		for (int s = g; s < gend; s++) {
			fputs("<th scope=\"col\" class=\"num\">", fp);
			for (const char *p = text_of(d->summary, s, sc->target); *p; p++) {
				char one[2] = {*p, 0};
				html(fp, one);
				if (*p == '-')
					fputs("<wbr>", fp);
			}
			fputs("<br><small>target ", fp);
			cell(fp, d->summary, s, sc->threshold);
			fputs("%</small></th>", fp);
		}
		fputs("</tr></thead><tbody>\n", fp);
		for (int i = 0; i < teams.n; i++) {
			fputs("<tr data-team=\"", fp);
			html(fp, teams.names[i]);
			fputs("\"><th scope=\"row\">", fp);
			html(fp, teams.names[i]);
			fputs("</th>", fp);
			for (int s = g; s < gend; s++) {
				int r = rows[(size_t)s * (size_t)teams.n + (size_t)i];
				fputs("<td class=\"cell num\" data-target=\"", fp);
				html(fp, text_of(d->summary, s, sc->target));
				fputs("\"", fp);
				if (r < 0 || !has_number(t, r, c->percent)) {
					fputs(" data-status=\"no-data\"><span aria-hidden=\"true\">&ndash;</span><span class=\"visually-hidden\">nothing measured</span></td>", fp);
					continue;
				}
				const char *status = text_of(t, r, c->status);
				int few = integer(t, r, c->denominator) < REPORT_TOO_FEW;
				fprintf(fp, " data-status=\"%s\">", status);
				if (!few)
					fprintf(fp, "<span class=\"shape st-%s\" aria-hidden=\"true\">%s</span> ", cue_of(status)->status,
					        cue_of(status)->shape);
				fputs("<span data-field=\"percent\">", fp);
				cell(fp, t, r, c->percent);
				fputs("</span>%", fp);
				if (!few) {
					fputs("<span class=\"visually-hidden\"> ", fp);
					html(fp, status);
					fputs("</span>", fp);
				}
				fputs(" <span class=\"kn\"><span data-field=\"numerator\">", fp);
				cell(fp, t, r, c->numerator);
				fputs("</span> of <span data-field=\"denominator\">", fp);
				cell(fp, t, r, c->denominator);
				fputs("</span></span>", fp);
				if (few)
					fputs("<br><span class=\"few\">too few to judge</span>", fp);
				fputs("</td>", fp);
			}
			fputs("</tr>\n", fp);
		}
		fputs("</tbody></table>\n", fp);
	}
	free(firsts);
	free(ends);
	free(rows);
	free(teams.names);
}

/* ---- overdue actions: by team and age; names only with --names ---- */

static void write_actions(FILE *fp, const ReportData *d)
{
	const Table *t = d->overdue;
	fputs("<p id=\"as-at\">As at <b>", fp);
	date_words(fp, d->as_at);
	fputs("</b>, the day the figures were drawn, not the end of the period: actions set by audits, not done, "
	      "and past their due date.</p>\n", fp);
	if (t == NULL || t->nrow == 0) {
		fputs("<p id=\"overdue\">No action set by an audit is overdue.</p>\n", fp);
		return;
	}
	int team = table_column(t, "team"), days = table_column(t, "days");
	/* Summary by team (teams in order of first appearance, then by name). */
	const char **names = xcalloc((size_t)t->nrow, sizeof *names);
	long long(*age)[3] = xcalloc((size_t)t->nrow, sizeof *age);
	int n = 0;
	for (int r = 0; r < t->nrow; r++) {
		const char *name = text_of(t, r, team);
		int i = 0;
		while (i < n && strcmp(names[i], name) != 0)
			i++;
		if (i == n)
			names[n++] = name;
		long long dd = integer(t, r, days);
		age[i][dd <= 30 ? 0 : dd <= 90 ? 1 : 2]++;
	}
	for (int i = 1; i < n; i++) /* insertion sort by name: a handful of teams */
		for (int j = i; j > 0 && strcmp(names[j - 1], names[j]) > 0; j--) {
			const char *tn = names[j];
			names[j] = names[j - 1];
			names[j - 1] = tn;
			long long ta[3];
			memcpy(ta, age[j], sizeof ta);
			memcpy(age[j], age[j - 1], sizeof ta);
			memcpy(age[j - 1], ta, sizeof ta);
		}
	fprintf(fp, "<table id=\"overdue\"><caption>%d overdue action%s, by the team now "
	        "holding the file and by how long overdue</caption><thead><tr><th scope=\"col\">Team</th>"
	        "<th scope=\"col\" class=\"num\">Up to 30 days</th><th scope=\"col\" class=\"num\">31 to 90 days</th>"
	        "<th scope=\"col\" class=\"num\">Over 90 days</th><th scope=\"col\" class=\"num\">All</th></tr></thead><tbody>\n",
	        t->nrow, t->nrow == 1 ? "" : "s");
	long long total[3] = {0};
	for (int i = 0; i < n; i++) {
		fputs("<tr data-overdue-team><th scope=\"row\">", fp);
		html(fp, names[i]);
		fprintf(fp, "</th><td class=\"num\">%lld</td><td class=\"num\">%lld</td><td class=\"num\">%lld</td>"
		        "<td class=\"num\">%lld</td></tr>\n", age[i][0], age[i][1], age[i][2], age[i][0] + age[i][1] + age[i][2]);
		for (int k = 0; k < 3; k++)
			total[k] += age[i][k];
	}
	fprintf(fp, "</tbody><tfoot><tr><th scope=\"row\">All teams</th><td class=\"num\">%lld</td><td class=\"num\">%lld</td>"
	        "<td class=\"num\">%lld</td><td class=\"num\">%d</td></tr></tfoot></table>\n", total[0], total[1], total[2],
	        t->nrow);
	free(names);
	free(age);
	if (!d->names) {
		fputs("<p><small>No worker or child is named in this report. For the list of actions with owners and "
		      "case IDs, run <code>report html</code> with <code>--names</code> (internal meetings only) or "
		      "<code>action list --overdue</code>.</small></p>\n", fp);
		return;
	}
	static const char *wanted[] = {"id", "case", "team", "owner", "due", "days", "text"};
	static const char *heads[] = {"Action", "Case", "Team", "Owner", "Due", "Days overdue", "What"};
	fputs("<h3 id=\"named-h\">Overdue actions by name <span class=\"personal inline\">"
	      "Personal data</span></h3>\n<table id=\"overdue-names\" aria-labelledby=\"named-h\"><thead><tr>", fp);
	for (int i = 0; i < 7; i++)
		fprintf(fp, "<th scope=\"col\">%s</th>", heads[i]);
	fputs("</tr></thead><tbody>\n", fp);
	for (int r = 0; r < t->nrow; r++) {
		fputs("<tr>", fp);
		for (int i = 0; i < 7; i++) {
			fputs(i == 5 || i == 0 ? "<td class=\"num\">" : "<td>", fp);
			cell(fp, t, r, table_column(t, wanted[i]));
			fputs("</td>", fp);
		}
		fputs("</tr>\n", fp);
	}
	fputs("</tbody></table>\n", fp);
}

static void write_footer(FILE *fp, const ReportData *d)
{
	fputs("<footer>\n<p class=\"marking\">", fp);
	html(fp, d->marking);
	fputs("</p>\n<p>Drawn ", fp);
	date_words(fp, d->drawn);
	if (strlen(d->drawn) > 11) {
		fputs(" at ", fp);
		html(fp, d->drawn + 11);
	}
	fputs(" by caseaudit ", fp);
	html(fp, d->version);
	fputs(" for ", fp);
	html(fp, d->author);
	fputs(". Every figure is the one <code>compliance</code> prints for the same period.</p>\n", fp);
	/* The history chain head: which records these figures rest on. */
	if (d->chain_head) {
		fputs("<p id=\"chain-head\">", fp);
		html(fp, d->chain_head);
		fputs(" &middot; check it with <code>history verify --head</code></p>\n", fp);
	}
	fputs("</footer>\n", fp);
}

int report_html(FILE *fp, const ReportData *d, char **cause)
{
	Columns c, team_columns, month_columns;
	if (columns(d->summary, &c, cause) != 0 || columns(d->by_team, &team_columns, cause) != 0 ||
	    columns(d->by_month, &month_columns, cause) != 0)
		return -1;
	if (team_columns.team < 0 || month_columns.month < 0)
		return failure(cause, "the compliance tables by team and by month lack their team or month column");
	fputs("<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
	      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
	      "<title>Case-file audit compliance: ", fp);
	period_words(fp, d->period);
	if (d->team) {
		fputs(", ", fp);
		html(fp, d->team);
	}
	fprintf(fp, "</title><style>%s", STYLE);
	/* The marking at the head and foot of every printed page. */
	fputs("@page{@top-center{content:", fp);
	css_string(fp, d->marking);
	fputs(";font:700 9pt 'Liberation Sans',Arial,sans-serif}@bottom-center{content:", fp);
	css_string(fp, d->marking);
	fputs(";font:700 9pt 'Liberation Sans',Arial,sans-serif}@bottom-right{content:\"Page \" counter(page) \" of \" "
	      "counter(pages);font:9pt 'Liberation Sans',Arial,sans-serif}", fp);
	if (d->names)
		fputs("@top-right{content:\"PERSONAL DATA\";font:700 9pt 'Liberation Sans',Arial,sans-serif}", fp);
	fputs("}", fp);
	for (size_t i = 0; i < sizeof CUES / sizeof CUES[0]; i++)
		fprintf(fp, ".badge.st-%s{background:%s;border-color:%s}.st-%s .shape,.shape.st-%s{color:%s}", CUES[i].status,
		        CUES[i].tint, CUES[i].glyph, CUES[i].status, CUES[i].status, CUES[i].glyph);
	fputs("</style></head>\n<body>\n", fp);
	write_header(fp, d);
	fputs("<main>\n", fp);
	write_how(fp);
	fputs("<section id=\"summary\" aria-labelledby=\"summary-h\"><h2 id=\"summary-h\">Targets at a glance</h2>\n", fp);
	write_headline(fp, d, &c);
	write_summary(fp, d, &c);
	fputs("</section>\n<section id=\"trend\" aria-labelledby=\"trend-h\"><h2 id=\"trend-h\">Month by month: signal or "
	      "noise?</h2>\n", fp);
	write_trends(fp, d, &month_columns, &c);
	fputs("</section>\n<section id=\"funnels\" aria-labelledby=\"funnels-h\"><h2 id=\"funnels-h\">Teams compared "
	      "fairly</h2>\n", fp);
	write_funnels(fp, d, &team_columns, &c);
	fputs("</section>\n<section id=\"by-team\" aria-labelledby=\"by-team-h\"><h2 id=\"by-team-h\">By team</h2>\n", fp);
	write_teams(fp, d, &team_columns, &c);
	fputs("</section>\n<section id=\"actions\" aria-labelledby=\"actions-h\"><h2 id=\"actions-h\">Overdue actions</h2>\n", fp);
	write_actions(fp, d);
	fputs("</section>\n</main>\n", fp);
	write_footer(fp, d);
	fputs("</body></html>\n", fp);
	return ferror(fp) ? failure(cause, "cannot write the report") : 0;
}
