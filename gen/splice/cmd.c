/*
 * ptrace-access splice: put the generated text into a man-pages tree.
 *
 *	ptrace-access splice --tree DIR [--write] [--template FILE]
 *
 * The changes are printed as a unified diff (by diff -u); --write also
 * makes them, atomically (outfile.h).  What is replaced is decided in
 * splice/edits.c, from text made in memory by splice/gen.c.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cli/datadir.h"
#include "cli/opts.h"
#include "lint/read.h"
#include "model.h"
#include "msg.h"
#include "outfile.h"
#include "readall.h"
#include "splice/edits.h"
#include "splice/gen.h"
#include "xalloc.h"

int	cmd_splice(const struct spec *, int, char **);

/* Run argv, standard output as ours; returns its exit status. */
static int
run(char *const argv[])
{
	pid_t	 pid;
	int	 st;

	fflush(stdout);
	if ((pid = fork()) == -1)
		return -1;
	if (pid == 0) {
		execvp(argv[0], argv);
		_exit(127);
	}
	if (waitpid(pid, &st, 0) == -1 || !WIFEXITED(st))
		return -1;
	return WEXITSTATUS(st);
}

/* A temporary file holding s; its path, or NULL. */
static char *
temp_with(const char *s, size_t len)
{
	const char	*dir = getenv("TMPDIR");
	char		*p = xasprintf("%s/ptrace-access.XXXXXX",
			    dir != NULL && *dir != '\0' ? dir : "/tmp");
	int		 fd, bad;

	if ((fd = mkstemp(p)) == -1) {
		free(p);
		return NULL;
	}
	bad = write(fd, s, len) != (ssize_t)len;
	if (close(fd) == -1 || bad) {
		unlink(p);
		free(p);
		return NULL;
	}
	return p;
}

/* diff -u between the page as it is and as it would be. */
static int
show_diff(const char *rel, const char *old, size_t oldlen, const char *new,
    size_t newlen)
{
	char	*a = temp_with(old, oldlen), *b = temp_with(new, newlen);
	char	*la = xasprintf("a/%s", rel), *lb = xasprintf("b/%s", rel);
	char	*argv[] = { "diff", "-u", "--label", la, "--label", lb, a, b,
		    NULL };
	int	 rc = -1;

	if (a != NULL && b != NULL)
		rc = run(argv) == 1 ? 0 : -1;
	if (rc == -1)
		msg_fatal("splice: diff -u failed for %s", rel);
	if (a != NULL)
		unlink(a);
	if (b != NULL)
		unlink(b);
	free(a);
	free(b);
	free(la);
	free(lb);
	return rc;
}

static void
stage_write(const char *path, const char *s, size_t len)
{
	char	*dir = xstrdup(path), *sl = strrchr(dir, '/');
	FILE	*fp;

	*sl = '\0';
	fp = outfile_open(dir, sl + 1);
	fwrite(s, 1, len, fp);
	free(dir);
}

struct run_opts {
	const char	*tree;
	const char	*tmpl;
	int		 write;
};

static int
splice_page(const struct spec *s, const struct gen *g,
    const struct run_opts *o, const char *path, int *unsplices)
{
	struct page_edits pe = { NULL, 0, 0 };
	struct lpage	*pg;
	char		*buf, *out;
	size_t		 len, outlen, i;
	int		 rc = 0;

	if ((buf = read_path(path, &len)) == NULL)
		return -1;
	pg = lpage_parse(s, path + strlen(o->tree) + 1, buf, len);
	find_edits(s, g, pg, buf, len, &pe);
	*unsplices += pe.unsplices;
	out = apply(pg, buf, len, &pe, &outlen);
	if (outlen != len || memcmp(out, buf, len) != 0) {
		rc = show_diff(pg->file, buf, len, out, outlen);
		if (rc == 0 && o->write)
			stage_write(path, out, outlen);
	}
	for (i = 0; i < pe.n; i++)
		free(pe.v[i].text);
	free(pe.v);
	free(out);
	lpage_free(pg);
	free(buf);
	return rc;
}

/* ---- The pages of the tree. ---- */

/* DIR/man/manS/NAME.S (since man-pages 6.8), or DIR/manS/NAME.S. */
static char *
find_page(const char *tree, const char *name, int sec)
{
	struct stat	 st;
	char		*p;
	int		 i;

	for (i = 0; i < 2; i++) {
		p = xasprintf("%s/%sman%d/%s.%d", tree, i == 0 ? "man/" : "",
		    sec, name, sec);
		if (stat(p, &st) == 0 && S_ISREG(st.st_mode))
			return p;
		free(p);
	}
	return NULL;
}

struct paths {
	char	**v;
	size_t	  n;
};

static void
add_path(struct paths *ps, char *p)
{
	size_t	 i;

	if (p == NULL)
		return;
	for (i = 0; i < ps->n; i++)
		if (strcmp(ps->v[i], p) == 0) {
			free(p);
			return;
		}
	ps->v = xreallocarray(ps->v, ps->n + 1, sizeof(*ps->v));
	ps->v[ps->n++] = p;
}

/* Split proc_pid_*.5 pages where they exist, else proc.5. */
static void
tree_pages(const struct spec *s, const char *tree, struct paths *ps)
{
	const struct iface *f;
	char		*p;
	size_t		 i;

	add_path(ps, find_page(tree, "ptrace", 2));
	for (i = 0; i < s->nifaces; i++) {
		f = &s->ifaces[i];
		if (f->kind == IFACE_PROC) {
			if ((p = find_page(tree, f->id, 5)) == NULL)
				p = find_page(tree, "proc", 5);
			add_path(ps, p);
		} else if (strcmp(f->page, "ptrace") != 0)
			add_path(ps, find_page(tree, f->page, f->section));
	}
}

static int
parse_splice_opts(int argc, char **argv, struct run_opts *o)
{
	struct opt	 opts[] = {
		{ "--tree", NULL, 0, NULL, 0 },
		{ "--write", NULL, 1, NULL, 0 },
		{ "--template", NULL, 0, NULL, 0 },
	};

	if (opts_parse(argc, argv, opts, 3, OPERANDS_NONE) == -1)
		return -1;
	o->tree = opts[0].value;
	o->write = opts[1].given;
	o->tmpl = opts[2].value;
	if (o->tree == NULL) {
		msg_fatal("splice: --tree DIR is required");
		return -1;
	}
	return 0;
}

int
cmd_splice(const struct spec *s, int argc, char **argv)
{
	struct run_opts	 o;
	struct paths	 ps = { NULL, 0 };
	struct gen	 g;
	char		*tmpl;
	size_t		 i;
	int		 rc = 0, unsplices = 0;

	if (parse_splice_opts(argc, argv, &o) == -1)
		return EXIT_BADINPUT;
	tree_pages(s, o.tree, &ps);
	if (ps.n == 0) {
		msg_fatal("splice: %s: no page of the spec found", o.tree);
		return EXIT_BADINPUT;
	}
	memset(&g, 0, sizeof(g));
	tmpl = o.tmpl != NULL ? xstrdup(o.tmpl) :
	    data_path(DATA_PTRACE_TEMPLATE);
	if (tmpl == NULL || gen_make(s, &g, tmpl) == -1)
		rc = -1;
	free(tmpl);
	for (i = 0; i < ps.n; i++) {
		if (rc == 0 && splice_page(s, &g, &o, ps.v[i], &unsplices) ==
		    -1)
			rc = -1;
		free(ps.v[i]);
	}
	free(ps.v);
	gen_free(&g);
	if (rc == 0 && o.write && outfile_commit_all() == -1)
		rc = -1;
	if (rc == -1)
		return EXIT_BADINPUT;
	return unsplices > 0 ? EXIT_FINDINGS : 0;
}
