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

#include "cli/opts.h"
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
	struct opt	 opts[] = {
		{ "--format", "text|json|claims", 0, "text", 0 },
	};
	struct report	 r;
	int		 i, bad = 0;

	memset(&r, 0, sizeof(r));
	if ((i = opts_parse(argc, argv, opts, 1, OPERANDS_SOME)) == -1)
		return EXIT_BADINPUT;
	r.json = opt_choice(&opts[0]) == 1;
	r.all = opt_choice(&opts[0]) == 2;
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
