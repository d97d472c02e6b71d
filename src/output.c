/* The output modes: table (aligned, for people), csv (RFC 4180, for
 * spreadsheets) and json (one document per command, for scripts). */
#include "output.h"

#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"
#include "words.h"

int output_mode_parse(const char *name)
{
	if (strcmp(name, "table") == 0)
		return MODE_TABLE;
	if (strcmp(name, "csv") == 0)
		return MODE_CSV;
	if (strcmp(name, "json") == 0)
		return MODE_JSON;
	return -1;
}

const char *output_mode_name(OutputMode mode)
{
	static const char *names[] = {"table", "csv", "json"};
	return names[mode];
}

char *value_text(const Value *v)
{
	switch (v->type) {
	case VALUE_INT:
		return xprintf("%lld", v->i);
	case VALUE_REAL:
		/* What SQLite's shell writes for the infinities (sql SELECT 1e999);
		 * SQLite never returns a NaN (it becomes NULL). */
		if (isinf(v->r))
			return xstrdup(v->r > 0 ? "Inf" : "-Inf");
		if (isnan(v->r))
			return xstrdup("");
		if (v->decimals >= 0)
			return xprintf("%.*f", v->decimals, v->r);
		return xprintf("%.15g", v->r);
	case VALUE_TEXT:
		return xstrdup(v->s);
	default:
		return xstrdup("");
	}
}

/* Text as a table shows it on a terminal: a line break or tab as a space,
 * and every other control character visibly, never raw, so a value from a
 * tampered or shared file cannot retitle the terminal, move the cursor or
 * reorder what is shown: C0 controls as their Control Pictures (ESC as
 * U+241B), DEL as U+2421, C1 controls and bidirectional controls as
 * <U+202E>, and a byte that is not UTF-8 as <0xFF>. */
char *text_visible(const char *s)
{
	/* Most text is printable ASCII, shown as it is. */
	const unsigned char *q = (const unsigned char *)s;
	while (*q >= 0x20 && *q < 0x7F)
		q++;
	if (*q == '\0')
		return xstrdup(s);
	Buf b = {0};
	buf_add(&b, s, (size_t)(q - (const unsigned char *)s));
	for (const char *p = (const char *)q; *p;) {
		unsigned int cp;
		int n = utf8_next(p, &cp);
		if (n == 0) {
			buf_printf(&b, "<0x%02X>", (unsigned char)*p);
			p++;
			continue;
		}
		if (cp == '\n' || cp == '\r' || cp == '\t') {
			buf_add(&b, " ", 1);
		} else if (cp < 0x20 || cp == 0x7F) {
			unsigned int picture = cp == 0x7F ? 0x2421 : 0x2400 + cp;
			char u[4] = {(char)(0xE0 | (picture >> 12)), (char)(0x80 | ((picture >> 6) & 0x3F)),
			             (char)(0x80 | (picture & 0x3F)), 0};
			buf_add(&b, u, 3);
		} else if (char_is_control(cp)) {
			buf_printf(&b, "<U+%04X>", cp);
		} else {
			buf_add(&b, p, (size_t)n);
		}
		p += n;
	}
	return b.s;
}

/* Display width of UTF-8 text: one column per code point (input is checked
 * to be UTF-8 before it gets here; wide East Asian scripts are rare in
 * English councils' data and would only misalign a column). */
static int text_width(const char *s)
{
	int w = 0;
	for (; *s; s++)
		if (((unsigned char)*s & 0xC0) != 0x80)
			w++;
	return w;
}

/* Byte length of the first `cols` code points of s. */
static size_t prefix_bytes(const char *s, int cols)
{
	size_t i = 0;
	for (int c = 0; s[i] && c <= cols; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80 && ++c > cols)
			break;
	return i;
}

static int is_number(const Value *v)
{
	return v->type == VALUE_INT || v->type == VALUE_REAL;
}

static const char *rag_color(const char *s)
{
	if (strcmp(s, "green") == 0)
		return "\033[32m";
	if (strcmp(s, "amber") == 0)
		return "\033[33m";
	if (strcmp(s, "red") == 0)
		return "\033[31m";
	return NULL;
}

/* What a cell shows in table mode: its text on one line. */
static char *cell_text(const Value *v)
{
	char *raw = value_text(v);
	char *s = text_visible(raw);
	free(raw);
	return s;
}

/* Table mode sizes its columns from the first rows (as many as this), then
 * prints them and every later row as it comes, cutting a later text wider
 * than its column as it cuts any other: a list of any length is printed in
 * the memory of this many rows. */
enum { TABLE_BATCH = 1000 };

/* One sink per mode, printing to an Output as rows come. */
typedef struct {
	Sink sink;
	Output *out;
	int ncol;
	char **names;
	long long rows;          /* rows printed (json: for the separators) */
	/* table mode */
	int *width;
	char **batch;            /* the first rows' cell texts, TABLE_BATCH * ncol */
	unsigned char *number;   /* whether each is a number (right-aligned) */
	int nbatch;
	int sized;               /* widths fixed, header printed */
	Buf line;                /* csv mode: the line being built */
} ModeSink;

static void keep_names(ModeSink *m, int ncol, const char *const *names)
{
	m->ncol = ncol;
	m->names = xcalloc((size_t)(ncol ? ncol : 1), sizeof(char *));
	for (int c = 0; c < ncol; c++)
		m->names[c] = xstrdup(names[c]);
}

static void table_header(Sink *sink, int ncol, const char *const *names)
{
	ModeSink *m = (ModeSink *)sink;
	keep_names(m, ncol, names);
	/* Column names come from the user too (sql ... AS "..."). */
	for (int c = 0; c < ncol; c++) {
		char *shown = text_visible(m->names[c]);
		free(m->names[c]);
		m->names[c] = shown;
	}
	size_t n = (size_t)(ncol ? ncol : 1);
	m->width = xcalloc(n, sizeof(int));
	m->batch = xcalloc(n * TABLE_BATCH, sizeof(char *));
	m->number = xcalloc(n * TABLE_BATCH, 1);
	for (int c = 0; c < ncol; c++)
		m->width[c] = text_width(m->names[c]);
}

/* n spaces (fprintf's "%*s" was a fifth of printing a table). */
static void pad_spaces(FILE *fp, int n)
{
	static const char spaces[] = "                                                                ";
	for (; n > 0; n -= (int)sizeof spaces - 1)
		fwrite(spaces, 1, n < (int)sizeof spaces - 1 ? (size_t)n : sizeof spaces - 1, fp);
}

static void table_print_row(ModeSink *m, char *const *text, const unsigned char *number)
{
	Output *out = m->out;
	int n = m->ncol;
	for (int c = 0; c < n; c++) {
		const char *s = text[c];
		int w = text_width(s);
		/* A number is never cut (an id cut short is another id), nor a
		 * first column kept whole: a later one wider than its column
		 * pushes the rest of its row right instead. */
		int cut = w > m->width[c] && !number[c] && !(c == 0 && out->keep_first);
		size_t bytes = cut ? prefix_bytes(s, m->width[c] - 1) : strlen(s);
		int shown = cut ? m->width[c] : w;
		int pad = shown < m->width[c] ? m->width[c] - shown : 0;
		const char *color = out->color && strcmp(m->names[c], "status") == 0 ? rag_color(s) : NULL;
		fputs(c ? "  " : "", out->fp);
		if (number[c])
			pad_spaces(out->fp, pad);
		if (color)
			fputs(color, out->fp);
		fwrite(s, 1, bytes, out->fp);
		if (cut)
			fputs("\xE2\x80\xA6", out->fp); /* ellipsis */
		if (color)
			fputs("\033[0m", out->fp);
		if (!number[c] && c < n - 1)
			pad_spaces(out->fp, pad);
	}
	fputc('\n', out->fp);
}

/* Fix the widths from the rows so far, print the header and those rows. */
static void table_size(ModeSink *m)
{
	Output *out = m->out;
	int n = m->ncol;
	int *width = m->width;
	/* Keep the table within the line width: narrow the widest column one
	 * character at a time (so the cut is shared among long columns), but
	 * none below 12 characters. */
	int limit = out->width > 0 ? out->width : 80;
	for (;;) {
		int total = 0, widest = -1;
		for (int c = 0; c < n; c++) {
			total += width[c] + (c ? 2 : 0);
			if ((c > 0 || !out->keep_first) && (widest < 0 || width[c] > width[widest]))
				widest = c;
		}
		if (total <= limit || widest < 0 || width[widest] <= 12)
			break;
		width[widest]--;
	}
	for (int c = 0; c < n; c++) {
		/* Padded by what shows, not by bytes (names in UTF-8). */
		int pad = width[c] - text_width(m->names[c]);
		fprintf(out->fp, "%s%s%*s", c ? "  " : "", m->names[c], c == n - 1 || pad < 0 ? 0 : pad, "");
	}
	fputc('\n', out->fp);
	for (int c = 0; c < n; c++) {
		fputs(c ? "  " : "", out->fp);
		for (int i = 0; i < width[c]; i++)
			fputc('-', out->fp);
	}
	fputc('\n', out->fp);
	for (int r = 0; r < m->nbatch; r++) {
		table_print_row(m, &m->batch[r * n], &m->number[r * n]);
		for (int c = 0; c < n; c++)
			free(m->batch[r * n + c]);
	}
	m->nbatch = 0;
	m->sized = 1;
}

static void table_row(Sink *sink, const Value *values)
{
	ModeSink *m = (ModeSink *)sink;
	int n = m->ncol;
	if (m->sized) {
		/* Past the first rows: one row's texts, printed at once. */
		char **text = m->batch;
		for (int c = 0; c < n; c++) {
			text[c] = cell_text(&values[c]);
			m->number[c] = (unsigned char)is_number(&values[c]);
		}
		table_print_row(m, text, m->number);
		for (int c = 0; c < n; c++)
			free(text[c]);
		return;
	}
	for (int c = 0; c < n; c++) {
		char *s = cell_text(&values[c]);
		m->batch[m->nbatch * n + c] = s;
		m->number[m->nbatch * n + c] = (unsigned char)is_number(&values[c]);
		int w = text_width(s);
		if (w > m->width[c])
			m->width[c] = w;
	}
	if (++m->nbatch == TABLE_BATCH)
		table_size(m);
}

static void table_end(Sink *sink)
{
	ModeSink *m = (ModeSink *)sink;
	if (!m->sized)
		table_size(m);
	fflush(m->out->fp);
}

/* One CSV field. Text that a spreadsheet would take for a formula (it
 * starts with =, +, -, @, a tab or a carriage return) is written after an
 * apostrophe, which Excel and LibreOffice show as text and hide; import
 * removes an apostrophe followed by one of those characters, so the value
 * reads back unchanged. Numbers are written as numbers: a negative one is
 * a number to a spreadsheet, not a formula, and needs no apostrophe. */
void csv_field(Buf *b, const char *s, int text)
{
	int guard = text && s[0] != '\0' && strchr("=+-@\t\r", s[0]) != NULL;
	int quote = strpbrk(s, ",\"\r\n") != NULL;
	if (quote)
		buf_add(b, "\"", 1);
	if (guard)
		buf_add(b, "'", 1);
	for (const char *q; (q = strchr(s, '"')) != NULL; s = q + 1) {
		buf_add(b, s, (size_t)(q - s) + 1); /* up to and with the quote, */
		buf_add(b, "\"", 1);               /* which is doubled */
	}
	buf_puts(b, s);
	if (quote)
		buf_add(b, "\"", 1);
}

/* A CSV line, built in the sink's buffer and written at once. */
static void csv_line_end(ModeSink *m)
{
	buf_add(&m->line, "\r\n", 2);
	fwrite(m->line.s, 1, m->line.len, m->out->fp);
	m->line.len = 0;
}

static void csv_header(Sink *sink, int ncol, const char *const *names)
{
	ModeSink *m = (ModeSink *)sink;
	keep_names(m, ncol, names);
	for (int c = 0; c < ncol; c++) {
		if (c)
			buf_add(&m->line, ",", 1);
		csv_field(&m->line, names[c], 1);
	}
	csv_line_end(m);
}

static void csv_row(Sink *sink, const Value *values)
{
	ModeSink *m = (ModeSink *)sink;
	for (int c = 0; c < m->ncol; c++) {
		char *s = value_text(&values[c]);
		if (c)
			buf_add(&m->line, ",", 1);
		csv_field(&m->line, s, !is_number(&values[c]));
		free(s);
	}
	csv_line_end(m);
}

static void csv_end(Sink *sink)
{
	fflush(((ModeSink *)sink)->out->fp);
}

void json_write_string(FILE *fp, const char *s)
{
	fputc('"', fp);
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		switch (*p) {
		case '"': fputs("\\\"", fp); break;
		case '\\': fputs("\\\\", fp); break;
		case '\n': fputs("\\n", fp); break;
		case '\r': fputs("\\r", fp); break;
		case '\t': fputs("\\t", fp); break;
		default:
			if (*p < 0x20 || *p == 0x7F) {
				fprintf(fp, "\\u%04x", *p);
			} else if (*p >= 0x80) {
				/* JSON is UTF-8: a byte that is not (sql's CAST(x'ff' AS
				 * TEXT)) becomes U+FFFD, the replacement character. */
				unsigned int cp;
				int n = utf8_next((const char *)p, &cp);
				if (n == 0) {
					fputs("\\ufffd", fp);
				} else {
					fwrite(p, 1, (size_t)n, fp);
					p += n - 1;
				}
			} else {
				fputc(*p, fp);
			}
		}
	}
	fputc('"', fp);
}

static void json_value(FILE *fp, const Value *v)
{
	if (v->type == VALUE_NULL || (v->type == VALUE_REAL && isnan(v->r))) {
		fputs("null", fp);
	} else if (v->type == VALUE_REAL && isinf(v->r)) {
		/* Valid JSON that every reader takes back as infinity, as SQLite's
		 * own json functions write it. */
		fputs(v->r > 0 ? "1e999" : "-1e999", fp);
	} else if (v->type == VALUE_TEXT) {
		json_write_string(fp, v->s);
	} else {
		char *s = value_text(v);
		fputs(s, fp);
		free(s);
	}
}

/* The fields of one row, "key": value, without the braces. */
static void json_fields(FILE *fp, int ncol, char *const *names, const Value *values)
{
	for (int c = 0; c < ncol; c++) {
		if (c)
			fputs(", ", fp);
		json_write_string(fp, names[c]);
		fputs(": ", fp);
		json_value(fp, &values[c]);
	}
}

static const Value *row_of(const Table *t, int r)
{
	return table_cell(t, r, 0);
}

static void json_header(Sink *sink, int ncol, const char *const *names)
{
	ModeSink *m = (ModeSink *)sink;
	keep_names(m, ncol, names);
	fputc('[', m->out->fp);
}

static void json_row(Sink *sink, const Value *values)
{
	ModeSink *m = (ModeSink *)sink;
	fputs(m->rows++ ? ",\n {" : "\n {", m->out->fp);
	json_fields(m->out->fp, m->ncol, m->names, values);
	fputc('}', m->out->fp);
}

static void json_end(Sink *sink)
{
	ModeSink *m = (ModeSink *)sink;
	fputs(m->rows ? "\n]\n" : "]\n", m->out->fp);
	fflush(m->out->fp);
}

/* The modes: how each prints a header, a row and the end of a result. */
static const Sink modes[] = {
	[MODE_TABLE] = {table_header, table_row, table_end},
	[MODE_CSV] = {csv_header, csv_row, csv_end},
	[MODE_JSON] = {json_header, json_row, json_end},
};

static Sink *mode_sink(Output *out, OutputMode mode)
{
	ModeSink *m = xcalloc(1, sizeof *m);
	m->sink = modes[mode];
	m->out = out;
	return &m->sink;
}

Sink *output_sink(Output *out)
{
	return mode_sink(out, out->mode);
}

int output_sink_close(Sink *sink, int rc)
{
	ModeSink *m = (ModeSink *)sink;
	if (m->batch)
		for (int i = 0; i < m->nbatch * m->ncol; i++)
			free(m->batch[i]);
	for (int c = 0; c < m->ncol && m->names; c++)
		free(m->names[c]);
	free(m->names);
	free(m->width);
	free(m->batch);
	free(m->number);
	buf_free(&m->line);
	free(m);
	return rc;
}

static void print_as(Output *out, OutputMode mode, const Table *t)
{
	Sink *sink = mode_sink(out, mode);
	table_to_sink(t, sink);
	output_sink_close(sink, 0);
}

void output_table(Output *out, const Table *t)
{
	print_as(out, out->mode, t);
}

void output_document(Output *out, const Table *record, int nparts, const char *const names[],
                     const Table *const parts[])
{
	FILE *fp = out->fp;
	if (out->mode == MODE_JSON) {
		fputc('{', fp);
		if (record->nrow > 0)
			json_fields(fp, record->ncol, record->names, row_of(record, 0));
		for (int p = 0; p < nparts; p++) {
			fputs(record->ncol || p ? ",\n " : "", fp);
			json_write_string(fp, names[p]);
			fputs(": [", fp);
			for (int r = 0; r < parts[p]->nrow; r++) {
				fputs(r ? ",\n  {" : "\n  {", fp);
				json_fields(fp, parts[p]->ncol, parts[p]->names, row_of(parts[p], r));
				fputc('}', fp);
			}
			fputc(']', fp);
		}
		fputs("}\n", fp);
		fflush(fp);
		return;
	}
	/* Table and csv: the record turned on its side, one field a line. */
	Table *fields = table_new("field", "value", (const char *)NULL);
	for (int c = 0; c < record->ncol && record->nrow > 0; c++) {
		int r = table_add_row(fields);
		table_set_text(fields, r, 0, record->names[c]);
		char *s = value_text(table_cell(record, 0, c));
		table_set_text(fields, r, 1, s);
		free(s);
	}
	if (out->mode == MODE_CSV) {
		print_as(out, MODE_CSV, fields);
		for (int p = 0; p < nparts; p++) {
			fputs("\r\n", fp);
			print_as(out, MODE_CSV, parts[p]);
		}
	} else {
		int width = 0;
		for (int r = 0; r < fields->nrow; r++)
			if (text_width(table_cell(fields, r, 0)->s) > width)
				width = text_width(table_cell(fields, r, 0)->s);
		for (int r = 0; r < fields->nrow; r++) {
			const char *value = table_cell(fields, r, 1)->s;
			char *shown = text_visible(value ? value : "");
			fprintf(fp, "%-*s  %s\n", width, table_cell(fields, r, 0)->s, shown);
			free(shown);
		}
		for (int p = 0; p < nparts; p++) {
			if (parts[p]->nrow == 0) {
				fprintf(fp, "\n%s: none\n", names[p]);
				continue;
			}
			fprintf(fp, "\n%s:\n", names[p]);
			print_as(out, MODE_TABLE, parts[p]);
		}
	}
	table_free(fields);
	fflush(fp);
}

int output_result(Output *out, Table *t)
{
	if (t == NULL)
		return -1;
	output_table(out, t);
	table_free(t);
	return 0;
}

void output_id(Output *out, long long id)
{
	if (out->mode == MODE_JSON)
		fprintf(out->fp, "{\"id\": %lld}\n", id);
	else
		fprintf(out->fp, "%lld\n", id);
	fflush(out->fp);
}

void output_note(Output *out, const char *fmt, ...)
{
	if (out->mode != MODE_TABLE)
		return;
	va_list ap;
	va_start(ap, fmt);
	vfprintf(out->fp, fmt, ap);
	va_end(ap);
	fputc('\n', out->fp);
	fflush(out->fp);
}
