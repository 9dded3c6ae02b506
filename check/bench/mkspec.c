/*
 * Write a synthetic spec with N interfaces to standard output, for
 * benchmarks: the real spec's header, then N interfaces that vary in
 * kind, mode, denial and length.
 *	mkspec HEADER.yaml N
 * HEADER.yaml is a spec whose interfaces: list is last; it is copied
 * up to and including the "interfaces:" line.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const modes[] = {
	"[READ, FSCREDS]", "[READ, REALCREDS]", "[ATTACH, FSCREDS]",
	"[ATTACH, REALCREDS]", "[READ, FSCREDS, NOAUDIT]"
};

static void
copy_header(const char *file)
{
	char	 line[4096];
	FILE	*fp;

	if ((fp = fopen(file, "r")) == NULL) {
		perror(file);
		exit(1);
	}
	while (fgets(line, sizeof(line), fp) != NULL) {
		fputs(line, stdout);
		if (strcmp(line, "interfaces:\n") == 0)
			break;
	}
	fclose(fp);
}

static void
interface(long i)
{
	int	 proc = i % 3 != 0;

	if (proc)
		printf("  - name: /proc/[pid]/synthetic%ld\n"
		    "    kind: proc\n    operation: open\n    page: proc(5)\n"
		    "    probe: {method: open_read, arg: environ}\n", i);
	else
		printf("  - name: synthetic_call%ld\n"
		    "    kind: syscall\n    operation: syscall\n"
		    "    page: kcmp(2)\n    probe: {method: kcmp}\n", i);
	printf("    mode: %s\n    denial: %s\n", modes[i % 5],
	    proc ? "EACCES" : "EPERM");
	printf("    since: {version: %ld.%ld, commit: %012lx}\n",
	    3 + i % 4, i % 20, 0xabc000000000L + i);
	printf("    source: {file: fs/proc/synthetic.c, function: "
	    "synthetic_open%ld}\n", i);
	printf("    summary: |\n      Synthetic interface number %ld, "
	    "with a reference to {man:kcmp(2)}.\n", i);
	printf("    text: |\n      It reads {path:/proc/[pid]/x%ld} "
	    "and names {b:PTRACE_MODE_READ}.\n"
	    "      A second sentence, on its own line, as the markup "
	    "wants.\n", i);
	if (i % 4 == 0)
		printf("    history:\n      - version: 4.5\n"
		    "        commit: 0123456789ab\n"
		    "        before: [READ]\n");
}

int
main(int argc, char *argv[])
{
	long	 i, n;

	if (argc != 3 || (n = strtol(argv[2], NULL, 10)) <= 0) {
		fprintf(stderr, "usage: mkspec HEADER.yaml N\n");
		return 2;
	}
	copy_header(argv[1]);
	for (i = 0; i < n; i++)
		interface(i);
	return 0;
}
