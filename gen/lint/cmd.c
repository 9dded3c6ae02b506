/*
 * ptrace-access lint: compare what manual pages say about ptrace
 * access modes with the spec.
 *
 *	ptrace-access lint [--format text|json|claims] [--werror]
 *	    [--tree DIR] [FILE...]
 *
 * A FILE is a page (sections 2, 5 and 7, plain or gzipped; a .so link
 * is followed) or a patch (a unified diff, git format-patch output or
 * an mbox of a series), of which only the added lines are judged.
 * --tree DIR reads every page of sections 2, 5 and 7 of a man-pages
 * tree, in either layout.  The pages of one run are judged together:
 * an interface is documented when any of them documents it.
 */
#include <dirent.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/opts.h"
#include "lint/diff.h"
#include "lint/read.h"
#include "lint/report.h"
#include "msg.h"
#include "readall.h"
#include "xalloc.h"

#define SO_DEPTH	4	/* links to links followed */

int	cmd_lint(const struct spec *, int, char **);

struct run {
	const struct spec *s;
	struct report	 r;
	struct lpage	**pages;
	size_t		 npages;
	char		**bufs;		/* the pages point into them */
	size_t		 nbufs;
	char		**seen;		/* real paths read, to read each once */
	size_t		 nseen;
	int		 bad;
};

static void
add_page(struct run *rn, struct lpage *pg)
{
	rn->pages = xreallocarray(rn->pages, rn->npages + 1,
	    sizeof(*rn->pages));
	rn->pages[rn->npages++] = pg;
}

/* Has this file been read in this run?  Marks it read. */
static int
seen(struct run *rn, const char *path)
{
	char	 real[PATH_MAX];
	size_t	 i;

	if (realpath(path, real) == NULL)
		return 0;
	for (i = 0; i < rn->nseen; i++)
		if (strcmp(rn->seen[i], real) == 0)
			return 1;
	rn->seen = xreallocarray(rn->seen, rn->nseen + 1, sizeof(char *));
	rn->seen[rn->nseen++] = xstrdup(real);
	return 0;
}

/* ".so man5/proc_pid_uid_map.5": the target, or NULL. */
static const char *
so_target(const struct lpage *pg)
{
	size_t	 i;

	for (i = 0; i < pg->roff.nlines; i++) {
		if (pg->roff.lines[i].mac == RM_COMMENT ||
		    pg->roff.lines[i].mac == RM_BLANK)
			continue;
		if (pg->roff.lines[i].mac == RM_SO &&
		    pg->roff.lines[i].nargs > 0)
			return pg->roff.lines[i].args[0].s;
		break;
	}
	return NULL;
}

/* The target of a link: from the top of the tree, else beside it. */
static char *
so_path(const char *file, const char *target)
{
	const char	*sl = strrchr(file, '/'), *base = strrchr(target, '/');
	char		*dir, *p;

	if (target[0] == '/')
		return xstrdup(target);
	dir = sl != NULL ? xstrndup(file, sl - file) : xstrdup(".");
	p = xasprintf("%s/../%s", dir, target);
	if (access(p, R_OK) != 0) {
		free(p);
		p = xasprintf("%s/%s", dir, base != NULL ? base + 1 : target);
	}
	free(dir);
	return p;
}

static int	lint_file(struct run *, const char *, int);

static int
lint_page(struct run *rn, const char *file, char *buf, size_t len, int depth)
{
	struct lpage	*pg = lpage_parse(rn->s, file, buf, len);
	const char	*so = so_target(pg);
	char		*target;
	size_t		 i;
	int		 th = 0, rc;

	if (so != NULL && depth < SO_DEPTH) {
		target = so_path(file, so);
		rc = 0;
		if (access(target, R_OK) != 0)
			msg_in(file, NULL, MSG_WARNING, "a link to %s, which is "
			    "not there; not read", so);
		lpage_free(pg);
		if (access(target, R_OK) == 0 && !seen(rn, target))
			rc = lint_file(rn, target, depth + 1);
		free(target);
		return rc;
	}
	for (i = 0; i < pg->roff.nlines; i++)
		th |= pg->roff.lines[i].mac == RM_TH;
	if (!th || pg->section == 0 || memchr(buf, '\0', len) != NULL) {
		msg_in(file, NULL, MSG_ERROR, "not a manual page (no .TH "
		    "line) or a patch (no +++ line)");
		lpage_free(pg);
		return -1;
	}
	add_page(rn, pg);
	return 0;
}

static int
lint_file(struct run *rn, const char *file, int depth)
{
	struct patch	 pt;
	char		*buf;
	size_t		 len, i;

	if ((buf = read_path(file, &len)) == NULL)
		return -1;
	rn->bufs = xreallocarray(rn->bufs, rn->nbufs + 1, sizeof(char *));
	rn->bufs[rn->nbufs++] = buf;
	if (!is_patch(buf, len))
		return lint_page(rn, file, buf, len, depth);
	pt = parse_patch(rn->s, buf, len);
	for (i = 0; i < pt.npages; i++)
		add_page(rn, pt.pages[i]);
	free(pt.pages);
	return 0;
}

/* A page of section 2, 5 or 7: "kcmp.2", "proc.5.gz", "x.2const". */
static int
judged_name(const char *name)
{
	const char	*dot = strchr(name, '.');

	return dot != NULL && dot > name && strchr("257", dot[1]) != NULL &&
	    dot[1] != '\0';
}

/* Every page of sections 2, 5 and 7 of one directory, sorted. */
static void
lint_dir(struct run *rn, const char *dir)
{
	struct dirent	**v;
	char		*p;
	int		 n, i;

	if ((n = scandir(dir, &v, NULL, alphasort)) == -1)
		return;
	for (i = 0; i < n; i++) {
		if (v[i]->d_name[0] != '.' && judged_name(v[i]->d_name)) {
			p = xasprintf("%s/%s", dir, v[i]->d_name);
			if (!seen(rn, p) && lint_file(rn, p, 0) == -1)
				rn->bad = 1;
			free(p);
		}
		free(v[i]);
	}
	free(v);
}

/* DIR/man2, DIR/man2const, ... and DIR/man/man2 ...: either layout. */
static int
lint_tree(struct run *rn, const char *tree)
{
	static const char *const secs[] = { "2", "2const", "2type", "5",
	    "7" };
	char		*d;
	size_t		 i, k, before = rn->npages;

	for (k = 0; k < 2; k++)
		for (i = 0; i < sizeof(secs) / sizeof(secs[0]); i++) {
			d = xasprintf("%s/%sman%s", tree, k ? "man/" : "",
			    secs[i]);
			lint_dir(rn, d);
			free(d);
		}
	if (rn->npages == before) {
		msg_in(tree, NULL, MSG_ERROR, "no page of sections 2, 5 or 7 "
		    "in man2/, man5/, man7/ or man/man*/");
		return -1;
	}
	return 0;
}

/*
 * proc.5 does not state what a split page beside it states: in the
 * layout of current man-pages, /proc/pid/environ is proc_pid_environ.5.
 */
static int
split_beside(const struct lpage *pg, const struct iface *f)
{
	const char	*sl = strrchr(pg->file, '/');
	char		*split = split_page(f), *p;
	int		 yes = 0, k;

	if (split == NULL || strcmp(pg->title, split) == 0) {
		free(split);
		return 0;
	}
	for (k = 0; k < 2 && !yes; k++) {
		p = xasprintf("%.*s%s.5%s", sl != NULL ?
		    (int)(sl - pg->file + 1) : 0, pg->file, split,
		    k ? ".gz" : "");
		yes = access(p, F_OK) == 0;
		free(p);
	}
	free(split);
	return yes;
}

/*
 * Does a claim about c state f's check?  One about a directory
 * ("/proc/pid/map_files is governed by ...") covers the files in it.
 */
static int
states(const struct iface *c, const struct iface *f)
{
	size_t	 n;

	if (c == f)
		return 1;
	if (c == NULL || c->kind != IFACE_PROC || f->kind != IFACE_PROC ||
	    strchr(c->name, ' ') != NULL)
		return 0;
	n = strlen(c->name);
	return strncmp(f->name, c->name, n) == 0 && f->name[n] == '/';
}

/* Interfaces that pages of the run should state and none does. */
static void
judge_run_missing(struct run *rn)
{
	const struct iface *f;
	const struct lpage *home;
	size_t		 i, k, c;
	int		 stated;

	for (i = 0; i < rn->s->nifaces; i++) {
		f = &rn->s->ifaces[i];
		home = NULL;
		stated = 0;
		for (k = 0; k < rn->npages; k++) {
			for (c = 0; c < rn->pages[k]->nclaims; c++)
				stated |= states(rn->pages[k]->claims[c].f, f);
			if (rn->pages[k]->patch ||
			    !lpage_expects(rn->pages[k], f) ||
			    split_beside(rn->pages[k], f))
				continue;
			if (home == NULL || strcmp(rn->pages[k]->title, "proc")
			    != 0)
				home = rn->pages[k];
		}
		if (home != NULL && !stated)
			judge_missing(&rn->r, home, f);
	}
}

static void
run_free(struct run *rn)
{
	size_t	 i;

	for (i = 0; i < rn->npages; i++)
		lpage_free(rn->pages[i]);
	for (i = 0; i < rn->nbufs; i++)
		free(rn->bufs[i]);
	for (i = 0; i < rn->nseen; i++)
		free(rn->seen[i]);
	free(rn->pages);
	free(rn->bufs);
	free(rn->seen);
}

int
cmd_lint(const struct spec *s, int argc, char **argv)
{
	struct opt	 opts[] = {
		{ "--format", "text|json|claims", 0, "text", 0 },
		{ "--werror", NULL, 1, NULL, 0 },
		{ "--tree", NULL, 0, NULL, 0 },
	};
	struct run	 rn;
	size_t		 k;
	int		 i;

	memset(&rn, 0, sizeof(rn));
	rn.s = s;
	if ((i = opts_parse(argc, argv, opts, 3, OPERANDS_ANY)) == -1)
		return EXIT_BADINPUT;
	if (i == argc && opts[2].value == NULL) {
		msg_fatal("lint: no FILE or --tree DIR given");
		return EXIT_BADINPUT;
	}
	rn.r.format = (enum rformat)opt_choice(&opts[0]);
	if (opts[2].value != NULL && lint_tree(&rn, opts[2].value) == -1)
		rn.bad = 1;
	for (; i < argc; i++)
		if (!seen(&rn, argv[i]) && lint_file(&rn, argv[i], 0) == -1)
			rn.bad = 1;
	for (k = 0; k < rn.npages; k++)
		judge_claims(&rn.r, rn.pages[k]);
	judge_run_missing(&rn);
	if (report_print(&rn.r) == -1) {
		msg_fatal("standard output: write error");
		rn.bad = 1;
	}
	run_free(&rn);
	if (rn.bad)
		return EXIT_BADINPUT;
	return rn.r.errors > 0 || (opts[1].given && rn.r.warnings > 0) ?
	    EXIT_FINDINGS : 0;
}
