/* Splitting a command line into words the way a shell does: "..." and
 * '...' quote, a backslash escapes the next character (outside single
 * quotes), and # at the start of a word begins a comment. */
#ifndef CASEAUDIT_WORDS_H
#define CASEAUDIT_WORDS_H

typedef struct {
	int n;
	char **w;  /* n words, then NULL; owned */
	/* For completion: whether the line ended inside an open quote, and
	 * where the last word began in the input. */
	int open_quote;
	int last_start;
} Words;

/* 0, or -1 with *cause (an unterminated quote). words is always freeable. */
int words_split(const char *line, Words *words, char **cause);
/* Like words_split but an open quote at the end is accepted (completion). */
int words_split_partial(const char *line, Words *words);
void words_free(Words *words);

/* Whether s is valid UTF-8 without NUL, DEL or control characters other than
 * tab; on failure *offset is the 1-based byte position of the first bad one. */
int text_valid(const char *s, int *offset);

#endif
