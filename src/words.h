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

/* Whether s is valid UTF-8 without control characters other than tab (C0,
 * DEL, C1, and the bidirectional overrides, embeddings, isolates and marks
 * that reorder what a terminal shows); on failure *offset is the 1-based
 * byte position of the first bad one. */
int text_valid(const char *s, int *offset);

/* The length (1-4) of the valid UTF-8 sequence at s, with its code point
 * in *code_point, or 0 when s does not begin with one. */
int utf8_next(const char *s, unsigned int *code_point);
/* Whether a code point is a control character as text_valid means it. */
int char_is_control(unsigned int cp);

/* What is wrong with a name people tell apart by sight (a team, a worker,
 * a case ID), as the end of a sentence ("contains a tab; use spaces"), or
 * NULL: besides control characters, tabs and spaces other than U+0020,
 * so two names cannot differ by something that prints the same. */
const char *name_problem(const char *s);

#endif
