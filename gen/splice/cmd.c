/*
 * ptrace-access splice: put the generated text into a man-pages tree.
 *
 *	ptrace-access splice --tree DIR [--write] [--format-patch DIR]
 *	    [--template FILE]
 *
 * The changes are printed as a unified diff (by diff -u); --write also
 * makes them, atomically (outfile.h); --format-patch writes them as a
 * series for git am (splice/patch.c), one patch per page.  What
 * changes is decided in splice/edits.c, from text made in memory by
 * splice/gen.c.
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
#include "model/model.h"
#include "msg.h"
#include "outfile.h"
#include "readall.h"
#include "splice/edits.h"
#include "splice/gen.h"
#include "splice/patch.h"
#include "xalloc.h"

int	cmd_splice(const struct spec *, int, char **);

/* Run argv, standard output to fd; returns its exit status. */
static int
run(char *const argv[], int fd)
{
	pid_t	 pid;
	int	 st;

	fflush(stdout);
	if ((pid = fork()) == -1)
		return -1;
	if (pid == 0) {
		if (fd != STDOUT_FILENO && dup2(fd, STDOUT_FILENO) == -1)
			_exit(127);
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

static void
unlink_free(char *p)
{
	if (p != NULL)
		unlink(p);
	free(p);
}

/*
 * diff -u between the page as it is and as it would be, labelled as
 * git labels it: printed, or returned (a patch needs it), or NULL.
 */
static char *
page_diff(const char *rel, const char *old, size_t oldlen, const char *new,
    size_t newlen, int keep)
{
	char	*a = temp_with(old, oldlen), *b = temp_with(new, newlen);
	char	*o = keep ? temp_with("", 0) : NULL, *out = NULL;
	char	*la = xasprintf("a/%s", rel), *lb = xasprintf("b/%s", rel);
	char	*argv[] = { "diff", "-u", "--label", la, "--label", lb, a, b,
		    NULL };
	size_t	 len;
	int	 fd = STDOUT_FILENO;

	if (a != NULL && b != NULL && (!keep || (o != NULL &&
	    (fd = open(o, O_WRONLY)) != -1))) {
		if (run(argv, fd) == 1)
			out = keep ? read_path(o, &len) : xstrdup("");
		if (fd != STDOUT_FILENO)
			close(fd);
	}
	if (out == NULL)
		msg_fatal("splice: diff -u failed for %s", rel);
	unlink_free(a);
	unlink_free(b);
	unlink_free(o);
	free(la);
	free(lb);
	return out;
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

/* A page of the tree and the interfaces it describes. */
struct tpage {
	char		*path;
	struct held	 held;
};

struct tpages {
	struct tpage	*v;
	size_t		 n;
};

struct run_opts {
	const char	*tree;
	const char	*tmpl;
	const char	*patches;	/* --format-patch DIR */
	int		 write;
};

static int
splice_page(const struct spec *s, const struct gen *g,
    const struct run_opts *o, const struct tpage *tp, int *unsplices)
{
	struct page_edits pe;
	struct lpage	*pg;
	char		*buf, *out, *diff = NULL;
	size_t		 len, outlen, i;
	int		 rc = 0;

	if ((buf = read_path(tp->path, &len)) == NULL)
		return -1;
	memset(&pe, 0, sizeof(pe));
	pg = lpage_parse(s, tp->path + strlen(o->tree) + 1, buf, len);
	find_edits(s, g, pg, &tp->held, buf, len, &pe);
	*unsplices += pe.unsplices;
	out = apply(pg, buf, len, &pe, &outlen);
	if (outlen != len || memcmp(out, buf, len) != 0) {
		diff = page_diff(pg->file, buf, len, out, outlen,
		    o->patches != NULL);
		if (diff == NULL)
			rc = -1;
		else if (o->patches != NULL)
			patch_add(s, pg->file, &pe, diff);
		if (rc == 0 && o->write)
			stage_write(tp->path, out, outlen);
	}
	for (i = 0; i < pe.n; i++)
		free(pe.v[i].text);
	free(pe.v);
	free(pe.added);
	free(pe.fixed);
	free(diff);
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

static void
add_iface(struct tpages *ps, char *path, const struct iface *f, int own)
{
	struct held	*h;
	size_t		 i;

	if (path == NULL)
		return;
	for (i = 0; i < ps->n && strcmp(ps->v[i].path, path) != 0; i++)
		continue;
	if (i == ps->n) {
		ps->v = xreallocarray(ps->v, ps->n + 1, sizeof(*ps->v));
		memset(&ps->v[ps->n], 0, sizeof(ps->v[ps->n]));
		ps->v[ps->n++].path = path;
	} else
		free(path);
	h = &ps->v[i].held;
	h->v = xreallocarray(h->v, h->n + 1, sizeof(*h->v));
	h->own = xreallocarray(h->own, h->n + 1, sizeof(*h->own));
	h->v[h->n] = f;
	h->own[h->n++] = own;
}

/*
 * A /proc file goes to its split page (lint/page.c names it), where
 * the tree has it, else to proc.5, which it shares with every other.
 */
static void
tree_pages(const struct spec *s, const char *tree, struct tpages *ps)
{
	const struct iface *f;
	char		*p, *name;
	size_t		 i;

	for (i = 0; i < s->nifaces; i++) {
		f = &s->ifaces[i];
		if (f->kind == IFACE_PROC) {
			name = split_page(f);
			p = name != NULL ? find_page(tree, name, 5) : NULL;
			free(name);
			if (p != NULL)
				add_iface(ps, p, f, 1);
			else
				add_iface(ps, find_page(tree, "proc", 5), f, 0);
		} else
			add_iface(ps, find_page(tree, f->page, f->section), f,
			    strcmp(f->id, f->page) == 0);
	}
}

static int
parse_splice_opts(int argc, char **argv, struct run_opts *o)
{
	struct opt	 opts[] = {
		{ "--tree", NULL, 0, NULL, 0 },
		{ "--write", NULL, 1, NULL, 0 },
		{ "--template", NULL, 0, NULL, 0 },
		{ "--format-patch", NULL, 0, NULL, 0 },
	};

	if (opts_parse(argc, argv, opts, 4, OPERANDS_NONE) == -1)
		return -1;
	o->tree = opts[0].value;
	o->write = opts[1].given;
	o->tmpl = opts[2].value;
	o->patches = opts[3].value;
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
	struct tpages	 ps = { NULL, 0 };
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
		if (rc == 0 && splice_page(s, &g, &o, &ps.v[i], &unsplices) ==
		    -1)
			rc = -1;
		free(ps.v[i].path);
		free(ps.v[i].held.v);
		free(ps.v[i].held.own);
	}
	free(ps.v);
	gen_free(&g);
	if (rc == 0 && o.patches != NULL && patch_write_all(s, o.patches) == -1)
		rc = -1;
	if (rc == 0 && (o.write || o.patches != NULL) &&
	    outfile_commit_all() == -1)
		rc = -1;
	if (rc == -1)
		return EXIT_BADINPUT;
	return unsplices > 0 ? EXIT_FINDINGS : 0;	/* a wrong mode left */
}
