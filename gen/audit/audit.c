/*
 * ptrace-access audit --kernel DIR [--format text|json]
 *
 * Exit 0 when the tree and the spec agree, 1 on any finding, 2 when
 * the arguments or the tree are not usable.
 */
#include <stdio.h>
#include <string.h>

#include "audit/audit.h"
#include "msg.h"

int	cmd_audit(const struct spec *, int, char **);

int
cmd_audit(const struct spec *s, int argc, char **argv)
{
	const char	*dir = NULL, *fmt = "text";
	struct ktree	 t;
	struct sites	 ss;
	struct findings	 fs;
	int		 i, json, rc;

	for (i = 1; i + 1 < argc; i += 2) {
		if (strcmp(argv[i], "--kernel") == 0)
			dir = argv[i + 1];
		else if (strcmp(argv[i], "--format") == 0)
			fmt = argv[i + 1];
		else
			break;
	}
	if (i < argc) {
		msg_fatal("audit: unknown argument \"%s\"", argv[i]);
		return EXIT_BADINPUT;
	}
	json = strcmp(fmt, "json") == 0;
	if (dir == NULL || (!json && strcmp(fmt, "text") != 0)) {
		msg_fatal("audit: usage: audit --kernel DIR "
		    "[--format text|json]");
		return EXIT_BADINPUT;
	}
	if (ktree_open(&t, dir) == -1)
		return EXIT_BADINPUT;
	ktree_scan(&t, s);
	sites_find(&ss, &t, s);
	compare(&fs, &ss, s, t.version);
	if (json)
		report_json(stdout, &t, s, &ss, &fs);
	else
		report_text(stdout, &fs);
	fprintf(stderr, "audit: Linux %s (%s): %zu C files read, %zu check "
	    "sites, %zu findings; the spec describes %s\n", t.version, dir,
	    t.scanned, ss.n, fs.n, s->kernel);
	rc = fs.n > 0 ? EXIT_FINDINGS : 0;
	findings_free(&fs);
	sites_free(&ss);
	ktree_free(&t);
	if (fflush(stdout) == EOF || ferror(stdout)) {
		msg_fatal("standard output: write error");
		return EXIT_BADINPUT;
	}
	return rc;
}
