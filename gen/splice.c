/*
 * ptrace-access splice: put the generated text into a man-pages tree.
 *
 *	ptrace-access splice --tree DIR [--write] [--template FILE]
 *
 * In ptrace(2), the subsection "Ptrace access mode checking" is
 * replaced by the one the project's template makes; in every other
 * page of the spec, the paragraph that states an interface's check
 * (found as lint finds it) and the ERRORS entries that name a mode are
 * replaced by the generated ones.  Every other byte stays as it was.
 * The changes are printed as a unified diff; --write also makes them,
 * atomically.  Text already in place is left alone, so that a second
 * run changes nothing.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "lint/read.h"
#include "model.h"
#include "msg.h"
#include "out.h"
#include "outfile.h"
#include "readall.h"
#include "xalloc.h"

#define SUBSECTION	"Ptrace access mode checking"

int	cmd_splice(const struct spec *, int, char **);

/* The generated text, made once into a temporary directory. */
struct gen {
	char	 dir[64];
	char	*sub;		/* the ptrace(2) subsection */
};

/* A replacement of lines first..last (indexes) of a page. */
struct edit {
	size_t	 first;
	size_t	 last;
	char	*text;
};

struct page_edits {
	struct edit	*v;
	size_t		 n;
	int		 unsplices;	/* interfaces left as they were */
};

/* Run argv with stdout to the file out; returns its exit status. */
static int
run(char *const argv[], const char *out)
{
	pid_t	 pid;
	int	 st, fd;

	fflush(stdout);
	if ((pid = fork()) == -1)
		return -1;
	if (pid == 0) {
		if (out != NULL) {
			if ((fd = open(out, O_WRONLY | O_CREAT | O_TRUNC,
			    0600)) == -1)
				_exit(127);
			dup2(fd, 1);
			close(fd);
		}
		execvp(argv[0], argv);
		_exit(127);
	}
	if (waitpid(pid, &st, 0) == -1 || !WIFEXITED(st))
		return -1;
	return WEXITSTATUS(st);
}

static char *
path2(const char *a, const char *b)
{
	size_t	 n = strlen(a) + strlen(b) + 2;
	char	*p = xcalloc(1, n);

	snprintf(p, n, "%s/%s", a, b);
	return p;
}

static char *
gen_file(const struct gen *g, const char *name)
{
	char	*p = path2(g->dir, name), *buf;
	size_t	 len;
	FILE	*fp;

	/* A page without ERRORS entries has no fragment: not an error. */
	if ((fp = fopen(p, "r")) == NULL) {
		free(p);
		return NULL;
	}
	fclose(fp);
	buf = read_path(p, &len);
	free(p);
	return buf;
}

/*
 * The subsection in the page: from its .SS line (its title quoted or
 * not) to the next heading, less the comment ruler in front of that
 * heading.  Returns line indexes.
 */
static int
find_subsection(const struct lpage *pg, size_t *first, size_t *last)
{
	const struct rline *l = pg->roff.lines;
	size_t		 i, n = pg->roff.nlines;

	for (i = 0; i < n; i++)
		if (l[i].mac == RM_SS && strcasecmp(l[i].title, SUBSECTION) == 0)
			break;
	if (i == n)
		return -1;
	*first = i;
	for (i++; i < n && l[i].mac != RM_SH && l[i].mac != RM_SS; i++)
		continue;
	while (i - 1 > *first && (l[i - 1].mac == RM_COMMENT ||
	    l[i - 1].mac == RM_BLANK))
		i--;
	*last = i - 1;
	return 0;
}

/* The bytes of lines first..last, with their newlines. */
static char *
line_bytes(const struct lpage *pg, const char *buf, size_t len,
    size_t first, size_t last)
{
	const char	*b = pg->roff.lines[first].s, *e;

	e = last + 1 < pg->roff.nlines ? pg->roff.lines[last + 1].s : buf + len;
	return xstrndup(b, e - b);
}

static int
gen_subsection(const struct spec *s, struct gen *g, const char *tmpl)
{
	char		*out = path2(g->dir, "ptrace.2"), *buf;
	char		*argv[] = { "m4", "-P", "-I", g->dir, (char *)tmpl,
			    NULL };
	struct lpage	*pg;
	size_t		 len, first, last;

	if (run(argv, out) != 0 || (buf = read_path(out, &len)) == NULL) {
		msg_fatal("splice: m4 -P %s failed", tmpl);
		free(out);
		return -1;
	}
	free(out);
	pg = lpage_parse(s, tmpl, buf, len);
	if (find_subsection(pg, &first, &last) == -1) {
		msg_fatal("splice: %s: no subsection \"%s\"", tmpl,
		    SUBSECTION);
		lpage_free(pg);
		free(buf);
		return -1;
	}
	g->sub = line_bytes(pg, buf, len, first, last);
	lpage_free(pg);
	free(buf);
	return 0;
}

static void
gen_cleanup(struct gen *g)
{
	DIR		*d;
	struct dirent	*e;
	char		*p;

	free(g->sub);
	g->sub = NULL;
	if (g->dir[0] == '\0' || (d = opendir(g->dir)) == NULL)
		return;
	while ((e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		p = path2(g->dir, e->d_name);
		unlink(p);
		free(p);
	}
	closedir(d);
	rmdir(g->dir);
	g->dir[0] = '\0';
}

static int
gen_make(const struct spec *s, struct gen *g, const char *tmpl)
{
	const char	*tmp = getenv("TMPDIR");

	g->sub = NULL;
	snprintf(g->dir, sizeof(g->dir), "%s/ptrace-access.XXXXXX",
	    tmp != NULL && strlen(tmp) < 40 ? tmp : "/tmp");
	if (mkdtemp(g->dir) == NULL) {
		msg_fatal("splice: %s: %s", g->dir, strerror(errno));
		return -1;
	}
	if (out_roff(s, g->dir, 0) == -1 || outfile_commit_all() == -1 ||
	    gen_subsection(s, g, tmpl) == -1) {
		gen_cleanup(g);
		return -1;
	}
	return 0;
}

/* ---- Finding what to replace. ---- */

static void
add_edit(struct page_edits *pe, size_t first, size_t last, char *text)
{
	pe->v = xreallocarray(pe->v, pe->n + 1, sizeof(*pe->v));
	pe->v[pe->n].first = first;
	pe->v[pe->n].last = last;
	pe->v[pe->n++].text = text;
}

/* The first claim in the section that ties f to its mode now. */
static size_t
first_claim(const struct lpage *pg, const struct iface *f, enum lsect sect)
{
	size_t	 i;

	for (i = 0; i < pg->nclaims; i++)
		if (pg->claims[i].f == f && !pg->claims[i].before &&
		    pg->paras[pg->claims[i].para].sect == sect)
			return i;
	return (size_t)-1;
}

static size_t
claim_para(const struct lpage *pg, const struct iface *f, enum lsect sect)
{
	size_t	 c = first_claim(pg, f, sect);

	return c == (size_t)-1 ? c : pg->claims[c].para;
}

/* Generated text with its paragraph requests made fit for the place. */
static void
append_para(char **acc, const char *text, const char *req)
{
	size_t		 n = *acc ? strlen(*acc) : 0, rl = strlen(req);
	const char	*p, *nl;

	for (p = text; *p != '\0'; p = nl) {
		nl = strchr(p, '\n');
		nl = nl != NULL ? nl + 1 : p + strlen(p);
		if (nl - p == 3 && strncmp(p, ".P\n", 3) == 0) {
			*acc = xreallocarray(*acc, n + rl + 2, 1);
			memcpy(*acc + n, req, rl);
			n += rl;
			(*acc)[n++] = '\n';
		} else {
			*acc = xreallocarray(*acc, n + (nl - p) + 1, 1);
			memcpy(*acc + n, p, nl - p);
			n += nl - p;
		}
		(*acc)[n] = '\0';
	}
}

/* Is text already in place at line first? */
static int
in_place(const struct lpage *pg, const char *buf, size_t len, size_t first,
    const char *text)
{
	size_t	 off = pg->roff.lines[first].s - buf, n = strlen(text);

	return off + n <= len && memcmp(buf + off, text, n) == 0;
}

/* Replace lines from..last of the paragraph, unless text is there. */
static void
edit_unless_in_place(struct page_edits *pe, const struct lpage *pg,
    const char *buf, size_t len, size_t from, size_t pi, char *text)
{
	const struct lpara *p = &pg->paras[pi];

	if (text == NULL || in_place(pg, buf, len, from, text))
		free(text);
	else
		add_edit(pe, from, p->last, text);
}

/*
 * The generated paragraphs of the interfaces whose claims share the
 * paragraph pi, one after the other; one that says word for word what
 * the one before said (the same check of two calls) is left out.
 */
static char *
group_text(const struct spec *s, const struct gen *g,
    const struct lpage *pg, size_t i, size_t pi, size_t *from)
{
	char		*text = NULL, *frag, *prev = NULL, name[128];
	const char	*req = pg->paras[pi].indented ? ".IP" : ".P";
	size_t		 k, c;

	for (k = i; k < s->nifaces; k++) {
		if (!lpage_expects(pg, &s->ifaces[k]) ||
		    (c = first_claim(pg, &s->ifaces[k], LSECT_BODY)) ==
		    (size_t)-1 || pg->claims[c].para != pi)
			continue;
		if (pg->claims[c].from < *from)
			*from = pg->claims[c].from;
		snprintf(name, sizeof(name), "access.%s", s->ifaces[k].id);
		if ((frag = gen_file(g, name)) == NULL)
			continue;
		if (prev != NULL && strcmp(prev, frag) == 0) {
			free(frag);
			continue;
		}
		if (text != NULL)
			append_para(&text, ".P\n", req);
		append_para(&text, frag, req);
		free(prev);
		prev = frag;
	}
	free(prev);
	return text;
}

/*
 * The access paragraphs: from the sentence that states the check to
 * the end of its paragraph; interfaces whose claims share a paragraph
 * (process_vm_readv and process_vm_writev) share the replacement.
 */
static void
access_edits(const struct spec *s, const struct gen *g,
    const struct lpage *pg, const char *buf, size_t len,
    struct page_edits *pe)
{
	size_t		 i, k, pi, from;
	char		*text;

	for (i = 0; i < s->nifaces; i++) {
		if (!lpage_expects(pg, &s->ifaces[i]))
			continue;
		if ((pi = claim_para(pg, &s->ifaces[i], LSECT_BODY)) ==
		    (size_t)-1) {
			fprintf(stderr, "ptrace-access: %s: %s: no paragraph "
			    "states its check; not spliced\n", pg->file,
			    s->ifaces[i].name);
			pe->unsplices++;
			continue;
		}
		for (k = 0; k < i; k++)
			if (lpage_expects(pg, &s->ifaces[k]) &&
			    claim_para(pg, &s->ifaces[k], LSECT_BODY) == pi)
				break;
		if (k < i)
			continue;	/* done with the first of the group */
		from = pg->paras[pi].last;
		text = group_text(s, g, pg, i, pi, &from);
		edit_unless_in_place(pe, pg, buf, len, from, pi, text);
	}
}

/* The body of the generated ERRORS entry for errname and mode. */
static char *
errors_body(const char *frag, const char *errname, unsigned int mode)
{
	char		 tag[64], mname[96];
	const char	*p, *b, *e;

	snprintf(tag, sizeof(tag), ".TP\n.B %s\n", errname);
	mode_name(mode & ~MODE_NOAUDIT, mname, sizeof(mname));
	for (p = frag; (p = strstr(p, tag)) != NULL; p = b) {
		b = p + strlen(tag);
		if ((e = strstr(b, ".TP\n")) == NULL)
			e = b + strlen(b);
		if (strstr(b, mname) != NULL && strstr(b, mname) < e)
			return xstrndup(b, e - b);
	}
	return NULL;
}

static void
errors_edits(const struct spec *s, const struct gen *g,
    const struct lpage *pg, const char *buf, size_t len,
    struct page_edits *pe)
{
	const struct lclaim *c;
	size_t		 i, done = (size_t)-1;
	char		*frag, name[128];
	const struct lpara *p;

	(void)s;
	snprintf(name, sizeof(name), "errors.%s", pg->title);
	if ((frag = gen_file(g, name)) == NULL)
		return;
	for (i = 0; i < pg->nclaims; i++) {
		c = &pg->claims[i];
		p = &pg->paras[c->para];
		if (c->f == NULL || c->before || c->para == done ||
		    p->sect != LSECT_ERRORS || p->ntags == 0 ||
		    !lpage_expects(pg, c->f))
			continue;
		done = c->para;
		edit_unless_in_place(pe, pg, buf, len, p->first, c->para,
		    errors_body(frag, p->tags[p->ntags - 1], c->f->mode));
	}
	free(frag);
}

static void
find_edits(const struct spec *s, const struct gen *g,
    const struct lpage *pg, const char *buf, size_t len,
    struct page_edits *pe)
{
	size_t	 first, last;

	if (strcmp(pg->title, "ptrace") == 0 && pg->section == 2) {
		if (find_subsection(pg, &first, &last) == -1) {
			fprintf(stderr, "ptrace-access: %s: no subsection "
			    "\"%s\"; not spliced\n", pg->file, SUBSECTION);
			pe->unsplices++;
		} else if (!in_place(pg, buf, len, first, g->sub))
			add_edit(pe, first, last, xstrdup(g->sub));
		return;
	}
	access_edits(s, g, pg, buf, len, pe);
	errors_edits(s, g, pg, buf, len, pe);
}

/* ---- Applying them. ---- */

static int
by_first(const void *a, const void *b)
{
	const struct edit *x = a, *y = b;

	return x->first < y->first ? -1 : x->first > y->first;
}

/* The new text of the page; edits that overlap an earlier one drop. */
static char *
apply(const struct lpage *pg, const char *buf, size_t len,
    struct page_edits *pe, size_t *outlen)
{
	FILE		*fp;
	char		*out = NULL;
	size_t		 i, at = 0, b, e;

	if (pe->n > 0)
		qsort(pe->v, pe->n, sizeof(*pe->v), by_first);
	if ((fp = open_memstream(&out, outlen)) == NULL)
		abort();
	for (i = 0; i < pe->n; i++) {
		b = pg->roff.lines[pe->v[i].first].s - buf;
		if (b < at)
			continue;
		e = pe->v[i].last + 1 < pg->roff.nlines ?
		    (size_t)(pg->roff.lines[pe->v[i].last + 1].s - buf) : len;
		fwrite(buf + at, 1, b - at, fp);
		fputs(pe->v[i].text, fp);
		at = e;
	}
	fwrite(buf + at, 1, len - at, fp);
	fclose(fp);
	return out;
}

static int
write_tmp(const char *path, const char *s, size_t len)
{
	FILE	*fp;
	int	 bad;

	if ((fp = fopen(path, "w")) == NULL)
		return -1;
	bad = fwrite(s, 1, len, fp) != len;
	return fclose(fp) == EOF || bad ? -1 : 0;
}

/* diff -u between the page as it is and as it would be. */
static int
show_diff(const struct gen *g, const char *rel, const char *old,
    size_t oldlen, const char *new, size_t newlen)
{
	char	*a = path2(g->dir, "diff.a"), *b = path2(g->dir, "diff.b");
	char	*la = path2("a", rel), *lb = path2("b", rel);
	char	*argv[] = { "diff", "-u", "--label", la, "--label", lb, a, b,
		    NULL };
	int	 rc = -1;

	if (write_tmp(a, old, oldlen) == 0 && write_tmp(b, new, newlen) == 0)
		rc = run(argv, NULL) == 1 ? 0 : -1;
	if (rc == -1)
		msg_fatal("splice: diff failed for %s", rel);
	unlink(a);
	unlink(b);
	free(a);
	free(b);
	free(la);
	free(lb);
	return rc;
}

static int
stage_write(const char *path, const char *s, size_t len)
{
	char	*dir = xstrdup(path), *sl = strrchr(dir, '/');
	FILE	*fp;

	*sl = '\0';
	fp = outfile_open(dir, sl + 1);
	fwrite(s, 1, len, fp);
	free(dir);
	return 0;
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
		rc = show_diff(g, pg->file, buf, len, out, outlen);
		if (rc == 0 && o->write)
			rc = stage_write(path, out, outlen);
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
	char		 rel[256];
	char		*p;
	int		 i;

	for (i = 0; i < 2; i++) {
		snprintf(rel, sizeof(rel), "%sman%d/%s.%d", i == 0 ?
		    "man/" : "", sec, name, sec);
		p = path2(tree, rel);
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
	int	 i;

	o->tree = NULL;
	o->tmpl = "man2/ptrace.2.m4";
	o->write = 0;
	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--write") == 0)
			o->write = 1;
		else if (strcmp(argv[i], "--tree") == 0 && i + 1 < argc)
			o->tree = argv[++i];
		else if (strcmp(argv[i], "--template") == 0 && i + 1 < argc)
			o->tmpl = argv[++i];
		else {
			msg_fatal("splice: unknown argument \"%s\"", argv[i]);
			return -1;
		}
	}
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
	size_t		 i;
	int		 rc = 0, unsplices = 0;

	if (parse_splice_opts(argc, argv, &o) == -1)
		return EXIT_BADINPUT;
	tree_pages(s, o.tree, &ps);
	if (ps.n == 0) {
		msg_fatal("splice: %s: no page of the spec found", o.tree);
		return EXIT_BADINPUT;
	}
	if (gen_make(s, &g, o.tmpl) == -1)
		rc = -1;
	for (i = 0; i < ps.n; i++) {
		if (rc == 0 && splice_page(s, &g, &o, ps.v[i], &unsplices) ==
		    -1)
			rc = -1;
		free(ps.v[i]);
	}
	free(ps.v);
	gen_cleanup(&g);
	if (rc == 0 && o.write && outfile_commit_all() == -1)
		rc = -1;
	if (rc == -1)
		return EXIT_BADINPUT;
	return unsplices > 0 ? EXIT_FINDINGS : 0;
}
