/* The REPL's pager stream (a pager started only once the output passes a
 * screen, counting wrapped lines) and the progress line's text. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fixture.h"
#include "pager.h"
#include "progress.h"
#include "util.h"

/* A pager that copies its input to a file, and where it goes. */
typedef struct {
	char dir[64];
	char *file, *command;
	FILE *screen;    /* what is written straight to the terminal */
	char *shown;
	size_t shown_len;
} Rig;

static void rig_open(Rig *r)
{
	snprintf(r->dir, sizeof r->dir, "/tmp/check_pager.XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(r->dir));
	r->file = xprintf("%s/paged", r->dir);
	r->command = xprintf("cat > '%s'", r->file);
	r->screen = open_memstream(&r->shown, &r->shown_len);
}

/* What the pager was given, or NULL when it never ran. */
static char *paged(const Rig *r)
{
	FILE *fp = fopen(r->file, "r");
	if (fp == NULL)
		return NULL;
	Buf b = {0};
	char chunk[4096];
	size_t n;
	while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0)
		buf_add(&b, chunk, n);
	fclose(fp);
	return b.s ? b.s : xstrdup("");
}

static void rig_close(Rig *r)
{
	fclose(r->screen);
	free(r->shown);
	unlink(r->file);
	rmdir(r->dir);
	free(r->file);
	free(r->command);
}

START_TEST(test_fits_on_screen)
{
	Rig r;
	rig_open(&r);
	/* 10 rows: 9 lines fit above the prompt. */
	Pager *p = pager_open(r.command, r.screen, 10, 80);
	for (int i = 0; i < 9; i++)
		fprintf(pager_file(p), "line %d\n", i);
	ck_assert_int_eq(pager_close(p), 0);
	fflush(r.screen);
	ck_assert_ptr_null(paged(&r));
	ck_assert_ptr_nonnull(strstr(r.shown, "line 0\n"));
	ck_assert_ptr_nonnull(strstr(r.shown, "line 8\n"));
	rig_close(&r);
}
END_TEST

/* A command that prints nothing (an error alone, say). */
START_TEST(test_nothing_written)
{
	Rig r;
	rig_open(&r);
	Pager *p = pager_open(r.command, r.screen, 10, 80);
	ck_assert_int_eq(pager_close(p), 0);
	fflush(r.screen);
	ck_assert_uint_eq(r.shown_len, 0);
	ck_assert_ptr_null(paged(&r));
	rig_close(&r);
}
END_TEST

START_TEST(test_longer_than_screen)
{
	Rig r;
	rig_open(&r);
	Pager *p = pager_open(r.command, r.screen, 10, 80);
	for (int i = 0; i < 1000; i++)
		fprintf(pager_file(p), "line %d\n", i);
	ck_assert_int_eq(pager_close(p), 1);
	fflush(r.screen);
	char *text = paged(&r);
	ck_assert_ptr_nonnull(text);
	/* All of it, in order, and nothing on the screen. */
	ck_assert(strncmp(text, "line 0\nline 1\n", 14) == 0);
	ck_assert_ptr_nonnull(strstr(text, "line 999\n"));
	ck_assert_uint_eq(r.shown_len, 0);
	free(text);
	rig_close(&r);
}
END_TEST

/* Lines wider than the terminal take several of its lines. */
START_TEST(test_wrapped_lines_count)
{
	Rig r;
	rig_open(&r);
	Pager *p = pager_open(r.command, r.screen, 10, 20);
	for (int i = 0; i < 5; i++)
		fprintf(pager_file(p), "%050d\n", i); /* 3 terminal lines each */
	ck_assert_int_eq(pager_close(p), 1);
	char *text = paged(&r);
	ck_assert_ptr_nonnull(text);
	free(text);
	rig_close(&r);
	/* UTF-8 counts characters, not bytes: 19 'é' fit in 20 columns. */
	rig_open(&r);
	p = pager_open(r.command, r.screen, 10, 20);
	for (int i = 0; i < 9; i++) {
		for (int j = 0; j < 19; j++)
			fputs("\xC3\xA9", pager_file(p));
		fputc('\n', pager_file(p));
	}
	ck_assert_int_eq(pager_close(p), 0);
	ck_assert_ptr_null(paged(&r));
	rig_close(&r);
}
END_TEST

/* A pager quit early (q in less): the rest is dropped, with no SIGPIPE. */
START_TEST(test_pager_quits_early)
{
	Rig r;
	rig_open(&r);
	Pager *p = pager_open("head -c 10 > /dev/null", r.screen, 5, 80);
	for (int i = 0; i < 200000; i++)
		fprintf(pager_file(p), "line %d\n", i);
	ck_assert_int_eq(pager_close(p), 1);
	ck_assert_uint_eq(r.shown_len, 0);
	rig_close(&r);
}
END_TEST

START_TEST(test_pager_command)
{
	setenv("PAGER", "sh -c cat", 1);
	unsetenv("CASEAUDIT_PAGER");
	ck_assert_str_eq(pager_command(), "sh -c cat");
	setenv("CASEAUDIT_PAGER", "off", 1);
	ck_assert_ptr_null(pager_command());
	setenv("CASEAUDIT_PAGER", "", 1);
	ck_assert_ptr_null(pager_command());
	setenv("CASEAUDIT_PAGER", "sh -c 'cat'", 1);
	ck_assert_str_eq(pager_command(), "sh -c 'cat'");
	unsetenv("CASEAUDIT_PAGER");
	setenv("PAGER", "cat", 1);
	ck_assert_ptr_null(pager_command());
	/* A pager that is not installed would swallow the output: none. */
	setenv("PAGER", "no-such-pager-anywhere -R", 1);
	ck_assert_ptr_null(pager_command());
	unsetenv("PAGER");
}
END_TEST

START_TEST(test_progress_text)
{
	char *s = progress_text("importing cases.csv", NULL, 123456, 37.9, 2.14);
	ck_assert_str_eq(s, "importing cases.csv: 123,456 rows, 37%, 2.1 s");
	free(s);
	s = progress_text("report r.html", "measuring each team", -1, 25, 10.0);
	ck_assert_str_eq(s, "report r.html: measuring each team, 25%, 10.0 s");
	free(s);
	s = progress_text("compliance", "measuring", -1, -1, 0.5);
	ck_assert_str_eq(s, "compliance: measuring, 0.5 s");
	free(s);
	s = progress_text("x", NULL, 1, -1, 0);
	ck_assert_str_eq(s, "x: 1 row, 0.0 s");
	free(s);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("pager");
	TCase *pager = tcase_create("pager");
	tcase_add_test(pager, test_fits_on_screen);
	tcase_add_test(pager, test_nothing_written);
	tcase_add_test(pager, test_longer_than_screen);
	tcase_add_test(pager, test_wrapped_lines_count);
	tcase_add_test(pager, test_pager_quits_early);
	tcase_add_test(pager, test_pager_command);
	suite_add_tcase(s, pager);
	TCase *progress = tcase_create("progress");
	tcase_add_test(progress, test_progress_text);
	suite_add_tcase(s, progress);
	return fixture_run(s);
}
