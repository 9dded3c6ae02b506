/*
 * ptrace-access lint: compare what manual pages say about ptrace
 * access modes with the spec.
 *
 *	ptrace-access lint [--format text|json|claims] FILE...
 *
 * A FILE is a page (sections 2, 5 and 7; proc.5 or proc_pid_*.5) or a
 * unified diff, of which only the added lines are judged.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lint/diff.h"
#include "lint/read.h"
#include "lint/report.h"
#include "msg.h"
#include "readall.h"

int	cmd_lint(const struct spec *, int, char **);

static int
lint_file(struct report *r, const struct spec *s, const char *file)
{
	struct lpage	*pg;
	struct patch	 pt;
	char		*buf;
	size_t		 len, i;

	if ((buf = read_path(file, &len)) == NULL)
		return -1;
	if (is_patch(buf, len)) {
		pt = parse_patch(s, buf, len);
		for (i = 0; i < pt.npages; i++) {
			judge_page(r, s, pt.pages[i]);
			lpage_free(pt.pages[i]);
		}
		free(pt.pages);
	} else {
		pg = lpage_parse(s, file, buf, len);
		if (pg->section == 0 || memchr(buf, '\0', len) != NULL) {
			msg_fatal("%s: not a manual page or a patch", file);
			lpage_free(pg);
			free(buf);
			return -1;
		}
		judge_page(r, s, pg);
		lpage_free(pg);
	}
	free(buf);
	return 0;
}

int
cmd_lint(const struct spec *s, int argc, char **argv)
{
	struct report	 r;
	const char	*fmt = "text";
	int		 i, bad = 0;

	memset(&r, 0, sizeof(r));
	for (i = 1; i < argc && strncmp(argv[i], "--", 2) == 0; i++) {
		if (strcmp(argv[i], "--format") == 0 && i + 1 < argc)
			fmt = argv[++i];
		else {
			msg_fatal("lint: unknown argument \"%s\"", argv[i]);
			return EXIT_BADINPUT;
		}
	}
	r.json = strcmp(fmt, "json") == 0;
	r.all = strcmp(fmt, "claims") == 0;
	if (!r.json && !r.all && strcmp(fmt, "text") != 0) {
		msg_fatal("lint: --format is text, json or claims");
		return EXIT_BADINPUT;
	}
	if (i == argc) {
		msg_fatal("lint: no FILE given");
		return EXIT_BADINPUT;
	}
	if (r.json)
		fputs("{\"findings\": [", stdout);
	for (; i < argc; i++)
		if (lint_file(&r, s, argv[i]) == -1)
			bad = 1;
	if (r.json)
		printf("%s], \"claims\": %zu}\n", r.n ? "\n  " : "", r.nclaims);
	if (fflush(stdout) == EOF || ferror(stdout)) {
		msg_fatal("standard output: write error");
		return EXIT_BADINPUT;
	}
	return bad ? EXIT_BADINPUT : r.n > 0 ? EXIT_FINDINGS : 0;
}
