/* libFuzzer harness for words_split: the shell-like splitting of command
 * lines. Besides not crashing, it checks a round trip: the words, each
 * quoted again in single quotes, split back into the same words. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"
#include "words.h"

/* Quote a word so that words_split gives it back unchanged: inside single
 * quotes nothing is special, and a ' is written '\'' (close, escaped
 * quote, reopen). */
static void quote_word(Buf *b, const char *w)
{
	buf_puts(b, "'");
	for (const char *p = w; *p; p++) {
		if (*p == '\'')
			buf_puts(b, "'\\''");
		else
			buf_add(b, p, 1);
	}
	buf_puts(b, "' ");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *line = xmalloc(size + 1);
	memcpy(line, data, size);
	line[size] = '\0';

	int valid;
	text_valid(line, &valid);

	Words w;
	char *cause = NULL;
	int rc = words_split(line, &w, &cause);
	if (rc != 0 && cause == NULL)
		abort(); /* a refusal always says why */
	free(cause);
	if (rc == 0) {
		if (w.w[w.n] != NULL)
			abort();
		Buf b = {0};
		for (int i = 0; i < w.n; i++)
			quote_word(&b, w.w[i]);
		Words again;
		cause = NULL;
		if (words_split(b.s ? b.s : "", &again, &cause) != 0 || again.n != w.n)
			abort();
		for (int i = 0; i < w.n; i++)
			if (strcmp(again.w[i], w.w[i]) != 0)
				abort();
		words_free(&again);
		buf_free(&b);
	}
	words_free(&w);

	/* The completion variant accepts an open quote; last_start points into
	 * the line. */
	Words partial;
	words_split_partial(line, &partial);
	if (partial.last_start < 0 || (size_t)partial.last_start > strlen(line))
		abort();
	words_free(&partial);

	free(line);
	return 0;
}
