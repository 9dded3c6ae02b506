/*
 * Output: one TAP line per case, the summary rows the matrix table is
 * made from ($PA_RESULTS), and the legend of that table.  The words
 * and letters come from pa_result.h.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE	/* unless the build defines it */
#endif

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "internal.h"

static const char *
errname(int err)
{
	const char	*name;

	name = strerrorname_np(err);
	return name == NULL ? "unknown errno" : name;
}

/* The words and letters of each result kind: see harness/pa_result.h. */
static const struct {
	const char	*name;
	const char	*letter;
	const char	*legend;
} kinds[] = {
#define PA_RESULT_WORDS(kind, name, letter, legend, expect) \
	[PA_##kind] = { name, letter, legend },
	PA_RESULT_LIST(PA_RESULT_WORDS)
#undef PA_RESULT_WORDS
};

static const struct {
	int		 err;
	const char	*letter;
} errno_letters[] = {
#define PA_ERRNO_LETTER(err, letter)	{ err, letter },
	PA_ERRNO_LETTERS(PA_ERRNO_LETTER)
#undef PA_ERRNO_LETTER
};

#define NERRNO_LETTERS	(sizeof(errno_letters) / sizeof(errno_letters[0]))

/*
 * Describe an outcome for TAP and for the summary table.
 */
void
pa_describe(char *buf, size_t bufsz, enum pa_result r, int err)
{
	snprintf(buf, bufsz, "%s", r == PA_ERRNO ? errname(err) :
	    kinds[r].name);
}

/* The outcome's cell in the interface-by-scenario table. */
static const char *
letter(enum pa_result r, int err)
{
	size_t	 i;

	for (i = 0; r == PA_ERRNO && i < NERRNO_LETTERS; i++)
		if (errno_letters[i].err == err)
			return errno_letters[i].letter;
	return kinds[r].letter;
}

/* Whether an earlier kind has the same letter: the legend names it once. */
static int
letter_seen(size_t r)
{
	size_t	 j;

	for (j = 0; j < r; j++)
		if (strcmp(kinds[j].letter, kinds[r].letter) == 0)
			return 1;
	return 0;
}

/*
 * With PA_LEGEND set, a test prints what the letters of the table mean,
 * one "LETTER<TAB>MEANING" line each, and runs nothing:
 * check/matrix-table.sh asks for it.
 */
void
pa_legend(void)
{
	size_t	 i, r;

	for (r = 0; r < PA_NRESULTS; r++) {
		for (i = 0; r == PA_ERRNO && i < NERRNO_LETTERS; i++)
			printf("%s\t%s\n", errno_letters[i].letter,
			    errname(errno_letters[i].err));
		if (!letter_seen(r))
			printf("%s\t%s\n", kinds[r].letter, kinds[r].legend);
	}
}

static int
compare(const struct pa_case *c, const struct pa_outcome *o)
{
	if (o->result != c->want)
		return 0;
	return o->result != PA_ERRNO || o->err == c->want_err;
}

/* One row for the summary table, if the runner asked for it. */
static void
record(const struct pa_test *t, const struct pa_case *c, enum pa_result r,
    int err, const char *verdict)
{
	const char	*file;
	char		 got[32], row[512];
	int		 fd, len;

	if ((file = getenv("PA_RESULTS")) == NULL)
		return;
	pa_describe(got, sizeof(got), r, err);
	len = snprintf(row, sizeof(row), "%s\t%s\t%s\t%s\t%s\n",
	    t->iface, c->scenario, got, verdict, letter(r, err));
	if (len < 0 || (size_t)len >= sizeof(row)) {
		fprintf(stderr, "%s: a row for %s is too long\n", file,
		    t->iface);
		return;
	}
	/* One write with O_APPEND: rows from parallel tests never mix. */
	if ((fd = open(file, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC,
	    0644)) == -1)
		return;
	if (write(fd, row, len) != len)
		fprintf(stderr, "%s: short write\n", file);
	close(fd);
}

/* The names of the skip rules, as skip lines give them (internal.h). */
static const char *const rules[] = {
	[PA_SKIP_NO_ROOT] = "no root",
	[PA_SKIP_FEATURE] = "feature absent",
	[PA_SKIP_MOUNT] = "mount refused",
	[PA_SKIP_LSM] = "LSM",
	[PA_SKIP_SETTING] = "system setting",
	[PA_SKIP_KERNEL] = "outcome unknown on this release",
};

void
pa_skip_all(const struct pa_test *t, enum pa_ready rule, const char *why)
{
	size_t	 i;

	for (i = 0; i < t->ncases; i++) {
		printf("ok %zu - %s: %s: %s # SKIP %s: %s\n", i + 1, t->iface,
		    t->cases[i].scenario, t->cases[i].expect, rules[rule],
		    why);
		record(t, &t->cases[i], PA_SKIPPED, 0, "skip");
	}
}

/* Every case fails for one reason, found before any case ran. */
void
pa_fail_all(const struct pa_test *t, const char *why)
{
	size_t	 i;

	for (i = 0; i < t->ncases; i++) {
		printf("not ok %zu - %s: %s: %s\n", i + 1, t->iface,
		    t->cases[i].scenario, t->cases[i].expect);
		printf("# %s\n", why);
		record(t, &t->cases[i], PA_BROKEN, 0, "FAIL");
	}
}

/*
 * One case's TAP line.  A probe never skips: PA_SKIPPED is the
 * harness's own, and from a probe it fails the case like any other
 * result that is not the expected one.
 */
enum pa_verdict
pa_report(const struct pa_test *t, size_t i, const struct pa_outcome *o)
{
	const struct pa_alt	*a = pa_running_alt(&t->cases[i]);
	struct pa_case		 eff = t->cases[i], here;
	const struct pa_case	*c;
	char			 got[32];

	/*
	 * On this release the spec may expect something else, or cannot
	 * say; Yama's scope may change the expectation on top of that.
	 */
	if (a != NULL && a->unknown == NULL) {
		eff.expect = a->expect;
		eff.want = a->want;
		eff.want_err = a->want_err;
	}
	c = pa_yama_case(&eff, &here);
	pa_describe(got, sizeof(got), o->result, o->err);
	if (a != NULL && a->unknown != NULL) {
		printf("ok %zu - %s: %s # SKIP %s: %s (got %s)\n", i + 1,
		    t->iface, c->scenario, rules[PA_SKIP_KERNEL], a->unknown,
		    got);
		record(t, c, PA_SKIPPED, 0, "skip");
		return PA_CASE_SKIPPED;
	}
	if (compare(c, o)) {
		printf("ok %zu - %s: %s: %s\n", i + 1,
		    t->iface, c->scenario, c->expect);
		record(t, c, o->result, o->err, "ok");
		return PA_CASE_PASSED;
	}
	printf("not ok %zu - %s: %s: %s\n", i + 1,
	    t->iface, c->scenario, c->expect);
	printf("# got %s%s%s\n", got, *o->note ? ": " : "", o->note);
	record(t, c, o->result, o->err, "FAIL");
	return PA_CASE_FAILED;
}

