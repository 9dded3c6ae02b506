/*
 * ptrace-access audit --kernel DIR [--format text|json]
 *
 * Exit 0 when the tree and the spec agree, 1 on any finding, 2 when
 * the arguments or the tree are not usable.
 */
#include <stdio.h>
#include <string.h>

#include "audit/audit.h"
#include "cli/opts.h"
#include "msg.h"

int	cmd_audit(const struct spec *, int, char **);

int
cmd_audit(const struct spec *s, int argc, char **argv)
{
	struct opt	 opts[] = {
		{ "--kernel", NULL, 0, NULL, 0 },
		{ "--format", "text|json", 0, "text", 0 },
	};
	struct ktree	 t;
	struct sites	 ss;
	struct findings	 fs;
	int		 rc;

	if (opts_parse(argc, argv, opts, 2, OPERANDS_NONE) == -1)
		return EXIT_BADINPUT;
	if (opts[0].value == NULL) {
		msg_fatal("audit: --kernel DIR is required");
		return EXIT_BADINPUT;
	}
	if (ktree_open(&t, opts[0].value) == -1)
		return EXIT_BADINPUT;
	ktree_scan(&t, s);
	sites_find(&ss, &t, s);
	compare(&fs, &ss, s, t.version);
	if (opt_choice(&opts[1]) == 1)
		report_json(stdout, &t, s, &ss, &fs);
	else
		report_text(stdout, &fs);
	fprintf(stderr, "audit: Linux %s (%s): %zu C files read, %zu check "
	    "sites, %zu findings; the spec describes %s\n", t.version, t.dir,
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
