/* Splitting command lines into words. */
#include "words.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

static void add(Words *w, Buf *b)
{
	w->w = xrealloc(w->w, sizeof(char *) * (size_t)(w->n + 2));
	w->w[w->n++] = b->s ? b->s : xstrdup("");
	w->w[w->n] = NULL;
	b->s = NULL;
	b->len = b->cap = 0;
}

static int split(const char *line, Words *w, int partial, char **cause)
{
	memset(w, 0, sizeof *w);
	w->w = xcalloc(1, sizeof(char *));
	Buf b = {0};
	const char *p = line;
	for (;;) {
		while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
			p++;
		if (*p == '\0' || *p == '#')
			break;
		w->last_start = (int)(p - line);
		char quote = 0;
		int started = 0;
		while (*p) {
			if (quote == 0 && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
				break;
			if (quote == 0 && (*p == '"' || *p == '\'')) {
				quote = *p++;
				started = 1;
			} else if (quote != 0 && *p == quote) {
				quote = 0;
				p++;
			} else if (*p == '\\' && quote != '\'' && p[1] != '\0') {
				buf_add(&b, p + 1, 1);
				p += 2;
			} else {
				buf_add(&b, p++, 1);
			}
		}
		if (quote != 0) {
			w->open_quote = 1;
			if (!partial) {
				buf_free(&b);
				return failure(cause, "a quote (%c) is not closed; close it or escape it with a backslash", quote);
			}
		}
		if (b.s != NULL || started)
			add(w, &b);
	}
	buf_free(&b);
	return 0;
}

int words_split(const char *line, Words *w, char **cause)
{
	return split(line, w, 0, cause);
}

int words_split_partial(const char *line, Words *w)
{
	return split(line, w, 1, NULL);
}

void words_free(Words *w)
{
	for (int i = 0; i < w->n; i++)
		free(w->w[i]);
	free(w->w);
	memset(w, 0, sizeof *w);
}

int utf8_next(const char *s, unsigned int *code_point)
{
	const unsigned char *p = (const unsigned char *)s;
	int n;
	unsigned int cp;
	if (*p < 0x80) {
		*code_point = *p;
		return 1;
	} else if ((*p & 0xE0) == 0xC0) {
		n = 1;
		cp = *p & 0x1F;
	} else if ((*p & 0xF0) == 0xE0) {
		n = 2;
		cp = *p & 0x0F;
	} else if ((*p & 0xF8) == 0xF0) {
		n = 3;
		cp = *p & 0x07;
	} else {
		return 0;
	}
	for (int i = 1; i <= n; i++) {
		if ((p[i] & 0xC0) != 0x80)
			return 0;
		cp = (cp << 6) | (p[i] & 0x3F);
	}
	/* Overlong forms, surrogates and code points past U+10FFFF. */
	if ((n == 1 && cp < 0x80) || (n == 2 && cp < 0x800) || (n == 3 && cp < 0x10000) ||
	    (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
		return 0;
	*code_point = cp;
	return n + 1;
}

int char_is_control(unsigned int cp)
{
	return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) || /* C0, DEL, C1 */
	       cp == 0x061C || cp == 0x200E || cp == 0x200F ||            /* bidirectional marks */
	       (cp >= 0x202A && cp <= 0x202E) ||                          /* embeddings, overrides */
	       (cp >= 0x2066 && cp <= 0x2069);                            /* isolates */
}

int text_valid(const char *s, int *offset)
{
	const char *p = s;
	while (*p) {
		unsigned int cp;
		int n = utf8_next(p, &cp);
		if (n == 0 || (cp != '\t' && char_is_control(cp))) {
			if (offset)
				*offset = (int)(p - s) + 1;
			return 0;
		}
		p += n;
	}
	return 1;
}

const char *name_problem(const char *s)
{
	for (const char *p = s; *p;) {
		unsigned int cp;
		int n = utf8_next(p, &cp);
		if (n == 0)
			return "is not valid UTF-8 text";
		if (cp == '\t')
			return "contains a tab; use spaces";
		if (char_is_control(cp))
			return "contains a control character (or a right-to-left override), which would print "
			       "as something else";
		/* Spaces and invisible characters that print as a space or as
		 * nothing: two names differing only by one would look the same. */
		if (cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200D) || cp == 0x2028 || cp == 0x2029 ||
		    cp == 0x202F || cp == 0x205F || cp == 0x2060 || cp == 0x3000 || cp == 0xFEFF || cp == 0xAD)
			return "contains a no-break, wide or invisible space; use ordinary spaces";
		p += n;
	}
	return NULL;
}
