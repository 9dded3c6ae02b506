/*
 * Finding the data files: in the source tree the binary was built in,
 * then in the data directory compiled in.  A relative path would tie
 * the tool to the directory it is started from.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/datadir.h"
#include "msg.h"
#include "xalloc.h"

#ifndef PA_DATADIR
#define PA_DATADIR	"/usr/local/share/ptrace-access"
#endif

static const struct {
	const char	*in_tree;	/* below the source tree */
	const char	*installed;	/* below PA_DATADIR */
} files[] = {
	[DATA_SPEC] = { "spec/ptrace-access.yaml", "ptrace-access.yaml" },
	[DATA_PTRACE_TEMPLATE] = { "man2/ptrace.2.m4",
	    "templates/ptrace.2.m4" },
};

static const char	*argv0;

void
data_init(const char *arg0)
{
	argv0 = arg0;
}

/*
 * The source tree: the parent of the directory of the binary, when it
 * was started by a path (gen/ptrace-access, /src/gen/ptrace-access);
 * one found through PATH is an installed one.  argv[0] rather than
 * /proc/self/exe, which names valgrind under valgrind.
 */
static char *
tree_dir(void)
{
	const char	*sl;
	size_t		 n;

	if (argv0 == NULL || (sl = strrchr(argv0, '/')) == NULL)
		return NULL;
	n = (size_t)(sl - argv0);
	/* "gen/ptrace-access" gives "spec/...", as before, not "gen/../". */
	if (n == 3 && strncmp(argv0, "gen", 3) == 0)
		return xstrdup("");
	if (n > 3 && strncmp(sl - 4, "/gen", 4) == 0)
		return xstrndup(argv0, n - 4 > 0 ? n - 4 : 1);
	return xasprintf("%.*s/..", (int)n, argv0);
}

char *
data_path(enum datafile which)
{
	char	*dir = tree_dir(), *p = NULL;

	if (dir != NULL) {
		p = *dir == '\0' ? xstrdup(files[which].in_tree) :
		    xasprintf("%s/%s", dir, files[which].in_tree);
		free(dir);
		if (access(p, R_OK) == 0)
			return p;
		free(p);
	}
	p = xasprintf("%s/%s", PA_DATADIR, files[which].installed);
	if (access(p, R_OK) == 0)
		return p;
	msg_fatal("%s: %s (give its path on the command line)", p,
	    strerror(errno));
	free(p);
	return NULL;
}
