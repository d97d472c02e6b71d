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
	Buf b = {0};
	buf_add(&b, "", 0);
	for (const char *p = s; *p;) {
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

static void print_table(Output *out, const Table *t)
{
	int n = t->ncol;
	int *width = xcalloc((size_t)n, sizeof(int));
	char **text = xcalloc((size_t)t->nrow * (size_t)n + 1, sizeof(char *));
	char **names = xcalloc((size_t)n + 1, sizeof(char *));
	for (int c = 0; c < n; c++) {
		names[c] = text_visible(t->names[c]);
		width[c] = text_width(names[c]);
	}
	for (int r = 0; r < t->nrow; r++)
		for (int c = 0; c < n; c++) {
			char *raw = value_text(table_cell(t, r, c));
			char *s = text_visible(raw);
			free(raw);
			text[r * n + c] = s;
			int w = text_width(s);
			if (w > width[c])
				width[c] = w;
		}
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
		fputs(c ? "  " : "", out->fp);
		fputs(names[c], out->fp);
		if (c < n - 1)
			fprintf(out->fp, "%*s", width[c] - text_width(names[c]) > 0 ? width[c] - text_width(names[c]) : 0, "");
	}
	fputc('\n', out->fp);
	for (int c = 0; c < n; c++) {
		fputs(c ? "  " : "", out->fp);
		for (int i = 0; i < width[c]; i++)
			fputc('-', out->fp);
	}
	fputc('\n', out->fp);
	for (int r = 0; r < t->nrow; r++) {
		for (int c = 0; c < n; c++) {
			const char *s = text[r * n + c];
			int w = text_width(s);
			int cut = w > width[c];
			size_t bytes = cut ? prefix_bytes(s, width[c] - 1) : strlen(s);
			int shown = cut ? width[c] : w;
			int pad = width[c] - shown;
			const char *color = out->color && strcmp(t->names[c], "status") == 0 ? rag_color(s) : NULL;
			fputs(c ? "  " : "", out->fp);
			if (is_number(table_cell(t, r, c)))
				fprintf(out->fp, "%*s", pad, "");
			if (color)
				fputs(color, out->fp);
			fwrite(s, 1, bytes, out->fp);
			if (cut)
				fputs("\xE2\x80\xA6", out->fp); /* ellipsis */
			if (color)
				fputs("\033[0m", out->fp);
			if (!is_number(table_cell(t, r, c)) && c < n - 1)
				fprintf(out->fp, "%*s", pad, "");
		}
		fputc('\n', out->fp);
	}
	for (int i = 0; i < t->nrow * n; i++)
		free(text[i]);
	for (int c = 0; c < n; c++)
		free(names[c]);
	free(names);
	free(text);
	free(width);
}

static void csv_field(FILE *fp, const char *s)
{
	if (strpbrk(s, ",\"\r\n") == NULL) {
		fputs(s, fp);
		return;
	}
	fputc('"', fp);
	for (; *s; s++) {
		if (*s == '"')
			fputc('"', fp);
		fputc(*s, fp);
	}
	fputc('"', fp);
}

static void print_csv(Output *out, const Table *t)
{
	for (int c = 0; c < t->ncol; c++) {
		if (c)
			fputc(',', out->fp);
		csv_field(out->fp, t->names[c]);
	}
	fputs("\r\n", out->fp);
	for (int r = 0; r < t->nrow; r++) {
		for (int c = 0; c < t->ncol; c++) {
			char *s = value_text(table_cell(t, r, c));
			if (c)
				fputc(',', out->fp);
			csv_field(out->fp, s);
			free(s);
		}
		fputs("\r\n", out->fp);
	}
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
static void json_fields(FILE *fp, const Table *t, int r)
{
	for (int c = 0; c < t->ncol; c++) {
		if (c)
			fputs(", ", fp);
		json_write_string(fp, t->names[c]);
		fputs(": ", fp);
		json_value(fp, table_cell(t, r, c));
	}
}

static void print_json(Output *out, const Table *t)
{
	fputc('[', out->fp);
	for (int r = 0; r < t->nrow; r++) {
		fputs(r ? ",\n {" : "\n {", out->fp);
		json_fields(out->fp, t, r);
		fputc('}', out->fp);
	}
	fputs(t->nrow ? "\n]\n" : "]\n", out->fp);
}

static const struct {
	void (*table)(Output *, const Table *);
} modes[] = {
	[MODE_TABLE] = {print_table},
	[MODE_CSV] = {print_csv},
	[MODE_JSON] = {print_json},
};

void output_table(Output *out, const Table *t)
{
	modes[out->mode].table(out, t);
	fflush(out->fp);
}

void output_document(Output *out, const Table *record, int nparts, const char *const names[],
                     const Table *const parts[])
{
	FILE *fp = out->fp;
	if (out->mode == MODE_JSON) {
		fputc('{', fp);
		if (record->nrow > 0)
			json_fields(fp, record, 0);
		for (int p = 0; p < nparts; p++) {
			fputs(record->ncol || p ? ",\n " : "", fp);
			json_write_string(fp, names[p]);
			fputs(": [", fp);
			for (int r = 0; r < parts[p]->nrow; r++) {
				fputs(r ? ",\n  {" : "\n  {", fp);
				json_fields(fp, parts[p], r);
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
		print_csv(out, fields);
		for (int p = 0; p < nparts; p++) {
			fputs("\r\n", fp);
			print_csv(out, parts[p]);
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
			print_table(out, parts[p]);
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
