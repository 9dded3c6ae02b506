/*
 * ptrace-access: generate manual pages, tests and JSON from the spec
 * of Linux ptrace access mode checks.
 *
 *	ptrace-access [--spec FILE] COMMAND [ARGS]
 *
 * Every command that reads the spec loads and validates all of it
 * first and writes nothing when it has errors.
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/datadir.h"
#include "cli/opts.h"
#include "model/model.h"
#include "msg.h"
#include "emit/out.h"
#include "outfile.h"
#include "ranges/ranges.h"
#include "version.h"
#include "emit/export.h"

struct cmd {
	const char	*name;
	int		(*run)(const struct spec *, int, char **);
	int		 at;		/* what --kernel does; see spec_for() */
	const char	*usage;
	const char	*help;
};

static int	cmd_validate(const struct spec *, int, char **);
static int	cmd_man(const struct spec *, int, char **);
static int	cmd_json(const struct spec *, int, char **);
static int	cmd_tests(const struct spec *, int, char **);
int		cmd_lint(const struct spec *, int, char **);	/* lint.c */
int		cmd_splice(const struct spec *, int, char **);	/* splice.c */
int		cmd_audit(const struct spec *, int, char **);	/* audit/audit.c */

/*
 * --kernel VERSION: the spec as of that release.  Without it, the
 * pages and tests describe the newest release ("kernel"), and the JSON
 * gives every range.
 */
enum at {
	AT_NONE,		/* the command takes no --kernel */
	AT_NEWEST,		/* default: the newest release */
	AT_RANGES		/* default: every release, with ranges */
};

static const struct cmd cmds[] = {
	{ "validate", cmd_validate, AT_NONE, "validate",
	    "check the spec and report every error" },
	{ "man", cmd_man, AT_NEWEST,
	    "man --out DIR [--layout single|split] [--kernel VERSION]",
	    "write the roff fragments for the page templates" },
	{ "json", cmd_json, AT_RANGES, "json [--kernel VERSION]",
	    "print the interface table as JSON" },
	{ "tests", cmd_tests, AT_NEWEST,
	    "tests --out DIR [--format tap|ltp|kselftest] [--kernel VERSION]",
	    "write one C conformance test per interface" },
	{ "lint", cmd_lint, AT_NONE, "lint [--format text|json|claims] FILE...",
	    "compare the modes pages or patches name with the spec" },
	{ "splice", cmd_splice, AT_NEWEST, "splice --tree DIR [--write] "
	    "[--format-patch DIR] [--kernel VERSION]",
	    "put the generated text into a man-pages tree" },
	{ "audit", cmd_audit, AT_NONE, "audit --kernel DIR [--format text|json]",
	    "compare the checks of a kernel tree with the spec" },
};

#define NCMDS	(sizeof(cmds) / sizeof(cmds[0]))

static void
usage(FILE *fp)
{
	size_t	 i;

	fprintf(fp, "usage: ptrace-access [--spec FILE] command [args]\n"
	    "commands:\n");
	for (i = 0; i < NCMDS; i++)
		fprintf(fp, "  %-40s %s\n", cmds[i].usage, cmds[i].help);
}

static int
cmd_validate(const struct spec *s, int argc, char **argv)
{
	(void)s;
	return opts_parse(argc, argv, NULL, 0, OPERANDS_NONE) == -1 ?
	    EXIT_BADINPUT : 0;
}

static int
cmd_json(const struct spec *s, int argc, char **argv)
{
	if (opts_parse(argc, argv, NULL, 0, OPERANDS_NONE) == -1)
		return EXIT_BADINPUT;
	out_json(s, stdout);
	if (fflush(stdout) == EOF || ferror(stdout)) {
		msg_fatal("standard output: write error");
		return EXIT_BADINPUT;
	}
	return 0;
}

/*
 * The commands that write files: "--out DIR" and one option with two
 * values, the first the default ("--layout single|split").  Runs the
 * emitter with 0 or 1 for the option and publishes its files.
 */
static int
cmd_emit(const struct spec *s, int argc, char **argv, const char *opt,
    const char *choices, int (*emit)(const struct spec *, const char *, int))
{
	struct opt	 opts[] = {
		{ "--out", NULL, 0, NULL, 0 },
		{ opt, choices, 0, NULL, 0 },
	};

	if (opts_parse(argc, argv, opts, 2, OPERANDS_NONE) == -1)
		return EXIT_BADINPUT;
	if (opts[0].value == NULL) {
		msg_fatal("%s: --out DIR is required", argv[0]);
		return EXIT_BADINPUT;
	}
	if (emit(s, opts[0].value, opts[1].given ? opt_choice(&opts[1]) :
	    0) == -1 || outfile_commit_all() == -1)
		return EXIT_BADINPUT;
	return 0;
}

static int
cmd_man(const struct spec *s, int argc, char **argv)
{
	return cmd_emit(s, argc, argv, "--layout", "single|split", out_roff);
}

/* The TAP tests, or an export for another project's suite. */
static int
emit_tests(const struct spec *s, const char *outdir, int format)
{
	switch (format) {
	case 1:
		return out_ltp(s, outdir);
	case 2:
		return out_kselftest(s, outdir);
	}
	return out_tests(s, outdir);
}

static int
cmd_tests(const struct spec *s, int argc, char **argv)
{
	return cmd_emit(s, argc, argv, "--format", "tap|ltp|kselftest",
	    emit_tests);
}

/*
 * Take "--kernel VERSION" (or "--kernel=VERSION") out of the command's
 * arguments and put the spec as of that release, or of the command's
 * default, in force.
 */
static int
spec_for(struct spec *s, const struct cmd *cmd, int *argc, char **argv)
{
	const char	*want = NULL, *release;
	int		 i, n = 0;

	if (cmd->at == AT_NONE)
		return 0;	/* the command reports --kernel as unknown */
	for (i = 1; i < *argc && strcmp(argv[i], "--") != 0; i++) {
		if (strncmp(argv[i], "--kernel=", 9) == 0) {
			want = argv[i] + 9;
			n = 1;
		} else if (strcmp(argv[i], "--kernel") == 0) {
			if (i + 1 == *argc) {
				msg_fatal("%s: --kernel needs a value",
				    argv[0]);
				return -1;
			}
			want = argv[i + 1];
			n = 2;
		} else
			continue;
		memmove(&argv[i], &argv[i + n], (*argc - i - n + 1) *
		    sizeof(*argv));
		*argc -= n;
		break;
	}
	if (want != NULL)
		release = ranges_release(s, want);
	else
		release = cmd->at == AT_NEWEST ? s->kernel : NULL;
	if (release == NULL)
		return want != NULL ? -1 : 0;
	return spec_at(s, release);
}

static const struct cmd *
find_cmd(const char *name)
{
	size_t	 i;

	for (i = 0; i < NCMDS; i++)
		if (strcmp(cmds[i].name, name) == 0)
			return &cmds[i];
	return NULL;
}

int
main(int argc, char *argv[])
{
	struct opt	 opts[] = {
		{ "--spec", NULL, 0, NULL, 0 },
		{ "--help", NULL, 1, NULL, 0 },
		{ "--version", NULL, 1, NULL, 0 },
	};
	const struct cmd *cmd;
	const char	*file;
	char		*found = NULL;
	struct spec	*s;
	int		 first, rc;

	/*
	 * A file size limit must fail the write (EFBIG) rather than kill
	 * the process, so that the staged files are removed and every
	 * previous output stays as it was.
	 */
	signal(SIGXFSZ, SIG_IGN);
	msg_file("ptrace-access");
	data_init(argv[0]);
	argv[0] = "";
	if (argc > 1 && strcmp(argv[1], "-h") == 0)
		argv[1] = "--help";
	if ((first = opts_parse(argc, argv, opts, 3, OPERANDS_ANY)) == -1) {
		usage(stderr);
		return EXIT_BADINPUT;
	}
	if (opts[1].given) {
		usage(stdout);
		return 0;
	}
	if (opts[2].given) {
		printf("ptrace-access %s\n", PA_VERSION);
		return 0;
	}
	file = opts[0].value;
	argc -= first;
	argv += first;
	if (argc == 0) {
		usage(stderr);
		return EXIT_BADINPUT;
	}
	if ((cmd = find_cmd(argv[0])) == NULL) {
		msg_fatal("unknown command \"%s\"", argv[0]);
		usage(stderr);
		return EXIT_BADINPUT;
	}
	if (file == NULL && (file = found = data_path(DATA_SPEC)) == NULL)
		return EXIT_BADINPUT;
	s = spec_load(file);
	/* From here on, messages are about the command, not the spec. */
	msg_file("ptrace-access");
	free(found);
	if (msg_errors() > 0) {
		spec_free(s);
		return EXIT_BADINPUT;
	}
	if (spec_for(s, cmd, &argc, argv) == -1) {
		spec_free(s);
		return EXIT_BADINPUT;
	}
	rc = cmd->run(s, argc, argv);
	if (rc != 0)
		outfile_abort_all();
	spec_free(s);
	return rc;
}
