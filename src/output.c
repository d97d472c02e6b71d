/* The output modes: table (aligned, for people), csv (RFC 4180, for
 * spreadsheets) and json (one document per command, for scripts). */
#include "output.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

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
		if (v->decimals >= 0)
			return xprintf("%.*f", v->decimals, v->r);
		return xprintf("%.15g", v->r);
	case VALUE_TEXT:
		return xstrdup(v->s);
	default:
		return xstrdup("");
	}
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
	for (int c = 0; c < n; c++)
		width[c] = text_width(t->names[c]);
	for (int r = 0; r < t->nrow; r++)
		for (int c = 0; c < n; c++) {
			char *s = value_text(table_cell(t, r, c));
			for (char *p = s; *p; p++)
				if (*p == '\n' || *p == '\r' || *p == '\t')
					*p = ' ';
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
	for (int c = 0; c < n; c++)
		fprintf(out->fp, "%s%-*s", c ? "  " : "", c == n - 1 ? 0 : width[c], t->names[c]);
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
			if (*p < 0x20)
				fprintf(fp, "\\u%04x", *p);
			else
				fputc(*p, fp);
		}
	}
	fputc('"', fp);
}

static void json_value(FILE *fp, const Value *v)
{
	if (v->type == VALUE_NULL) {
		fputs("null", fp);
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
			fprintf(fp, "%-*s  %s\n", width, table_cell(fields, r, 0)->s, value ? value : "");
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
