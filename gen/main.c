/*
 * ptrace-access: generate manual pages, tests and JSON from the spec
 * of Linux ptrace access mode checks.
 *
 *	ptrace-access [--spec FILE] COMMAND [ARGS]
 *
 * Every command that reads the spec loads and validates all of it
 * first and writes nothing when it has errors.
 */
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/datadir.h"
#include "model.h"
#include "msg.h"
#include "out.h"
#include "outfile.h"

struct cmd {
	const char	*name;
	int		(*run)(const struct spec *, int, char **);
	const char	*usage;
	const char	*help;
};

static int	cmd_validate(const struct spec *, int, char **);
static int	cmd_man(const struct spec *, int, char **);
static int	cmd_json(const struct spec *, int, char **);
static int	cmd_tests(const struct spec *, int, char **);
int		cmd_lint(const struct spec *, int, char **);	/* lint.c */
int		cmd_splice(const struct spec *, int, char **);	/* splice.c */

static const struct cmd cmds[] = {
	{ "validate", cmd_validate, "validate",
	    "check the spec and report every error" },
	{ "man", cmd_man, "man --out DIR [--layout single|split]",
	    "write the roff fragments for the page templates" },
	{ "json", cmd_json, "json",
	    "print the interface table as JSON" },
	{ "tests", cmd_tests, "tests --out DIR [--format tap|ltp]",
	    "write one C conformance test per interface" },
	{ "lint", cmd_lint, "lint [--format text|json|claims] FILE...",
	    "compare the modes pages or patches name with the spec" },
	{ "splice", cmd_splice, "splice --tree DIR [--write]",
	    "put the generated text into a man-pages tree" },
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

/*
 * The options of the subcommands: a long option with a value.
 * Returns the value, or NULL after reporting a usage error.
 */
struct opt {
	const char	*name;
	const char	*value;
};

static int
parse_opts(int argc, char **argv, struct opt *opts, size_t nopts)
{
	size_t	 i, j;

	for (i = 1; i < (size_t)argc; i++) {
		for (j = 0; j < nopts; j++)
			if (strcmp(argv[i], opts[j].name) == 0)
				break;
		if (j == nopts) {
			msg_fatal("%s: unknown argument \"%s\"", argv[0],
			    argv[i]);
			return -1;
		}
		if (i + 1 == (size_t)argc) {
			msg_fatal("%s: %s needs a value", argv[0], argv[i]);
			return -1;
		}
		opts[j].value = argv[++i];
	}
	return 0;
}

static int
cmd_validate(const struct spec *s, int argc, char **argv)
{
	(void)s;
	return parse_opts(argc, argv, NULL, 0) == -1 ? EXIT_BADINPUT : 0;
}

static int
cmd_json(const struct spec *s, int argc, char **argv)
{
	if (parse_opts(argc, argv, NULL, 0) == -1)
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
    const char *const vals[2],
    int (*emit)(const struct spec *, const char *, int))
{
	struct opt	 opts[] = { { "--out", NULL }, { opt, vals[0] } };
	int		 second;

	if (parse_opts(argc, argv, opts, 2) == -1)
		return EXIT_BADINPUT;
	if (opts[0].value == NULL) {
		msg_fatal("%s: --out DIR is required", argv[0]);
		return EXIT_BADINPUT;
	}
	second = strcmp(opts[1].value, vals[1]) == 0;
	if (!second && strcmp(opts[1].value, vals[0]) != 0) {
		msg_fatal("%s: %s is %s or %s", argv[0], opt, vals[0], vals[1]);
		return EXIT_BADINPUT;
	}
	if (emit(s, opts[0].value, second) == -1 ||
	    outfile_commit_all() == -1)
		return EXIT_BADINPUT;
	return 0;
}

static int
cmd_man(const struct spec *s, int argc, char **argv)
{
	static const char *const layouts[2] = { "single", "split" };

	return cmd_emit(s, argc, argv, "--layout", layouts, out_roff);
}

static int
cmd_tests(const struct spec *s, int argc, char **argv)
{
	static const char *const formats[2] = { "tap", "ltp" };

	return cmd_emit(s, argc, argv, "--format", formats, out_tests);
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
	static const struct option longopts[] = {
		{ "spec", required_argument, NULL, 's' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	const struct cmd *cmd;
	const char	*file = NULL;
	char		*found = NULL;
	struct spec	*s;
	int		 ch, rc;

	/*
	 * A file size limit must fail the write (EFBIG) rather than kill
	 * the process, so that the staged files are removed and every
	 * previous output stays as it was.
	 */
	signal(SIGXFSZ, SIG_IGN);
	msg_file("ptrace-access");
	data_init(argv[0]);
	while ((ch = getopt_long(argc, argv, "+h", longopts, NULL)) != -1) {
		switch (ch) {
		case 's':
			file = optarg;
			break;
		case 'h':
			usage(stdout);
			return 0;
		default:
			usage(stderr);
			return EXIT_BADINPUT;
		}
	}
	argc -= optind;
	argv += optind;
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
	rc = cmd->run(s, argc, argv);
	if (rc != 0)
		outfile_abort_all();
	spec_free(s);
	return rc;
}
