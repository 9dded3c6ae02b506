/*
 * ptrace-access lint: compare what manual pages say about ptrace
 * access modes with the spec.
 *
 *	ptrace-access lint [--format text|json|claims] FILE...
 *
 * A FILE is a page (sections 2, 5 and 7; proc.5 or proc_pid_*.5) or a
 * unified diff, of which only the added lines are judged.  The roff is
 * made plain first, paragraph by paragraph, keeping the line of every
 * byte, so that a claim broken across macro lines is still one claim.
 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "escape.h"
#include "lint.h"
#include "readall.h"
#include "msg.h"
#include "names.h"
#include "xalloc.h"

int	cmd_lint(const struct spec *, int, char **);

/* Plain text with the line index of every byte. */
struct tbuf {
	char	*s;
	size_t	*at;
	size_t	 len;
	size_t	 cap;
};

/* Whitespace collapses to one space, never leading. */
static void
tb_putc(struct tbuf *b, char c, size_t at)
{
	if (isspace((unsigned char)c)) {
		if (b->len == 0 || b->s[b->len - 1] == ' ')
			return;
		c = ' ';
	}
	if (b->len + 2 > b->cap) {
		b->cap = b->cap ? b->cap * 2 : 128;
		b->s = xreallocarray(b->s, b->cap, 1);
		b->at = xreallocarray(b->at, b->cap, sizeof(*b->at));
	}
	b->at[b->len] = at;
	b->s[b->len++] = c;
	b->s[b->len] = '\0';
}

static void
tb_puts(struct tbuf *b, const char *s, size_t at)
{
	while (*s != '\0')
		tb_putc(b, *s++, at);
}

static void
tb_trim(struct tbuf *b)
{
	while (b->len > 0 && b->s[b->len - 1] == ' ')
		b->s[--b->len] = '\0';
}

/* Special characters that matter in prose; the rest print nothing. */
static const char *
special(const char *name, size_t len)
{
	static const char *const tab[][2] = {
		{ "em", "--" }, { "en", "-" }, { "hy", "-" }, { "bu", "*" },
		{ "aq", "'" }, { "dq", "\"" }, { "rs", "\\" }, { "ha", "^" },
		{ "ti", "~" }, { "lq", "\"" }, { "rq", "\"" }, { "or", "|" },
		{ "ba", "|" }, { "mi", "-" }, { "cq", "'" }, { "oq", "'" },
	};
	size_t	 i;

	for (i = 0; i < sizeof(tab) / sizeof(tab[0]); i++)
		if (strlen(tab[i][0]) == len &&
		    strncmp(tab[i][0], name, len) == 0)
			return tab[i][1];
	return "";
}

/* Skip a bracketed or two-character escape argument; returns its end. */
static size_t
esc_arg(const char *s, size_t len, size_t i, size_t *start, size_t *n)
{
	size_t	 j;

	if (i < len && s[i] == '[') {
		for (j = i + 1; j < len && s[j] != ']'; j++)
			continue;
		*start = i + 1;
		*n = j - i - 1;
		return j < len ? j + 1 : j;
	}
	if (i < len && s[i] == '(') {
		*start = i + 1;
		*n = i + 2 < len ? 2 : len - i - 1;
		return *start + *n;
	}
	*start = i;
	*n = i < len ? 1 : 0;
	return i + *n;
}

/* One escape sequence at s[i] == '\\'; returns the index after it. */
static size_t
put_escape(struct tbuf *b, const char *s, size_t len, size_t i, size_t at)
{
	size_t	 st, n;
	char	 c;

	if (++i >= len)
		return i;
	c = s[i++];
	switch (c) {
	case 'f':			/* fonts: \fB \f[I] \f(CW \f[] */
	case '*':			/* strings */
	case 'n':			/* registers */
		return esc_arg(s, len, i, &st, &n);
	case '[':
	case '(':
		i = esc_arg(s, len, i - 1, &st, &n);
		tb_puts(b, special(s + st, n), at);
		return i;
	case '-':
		tb_putc(b, '-', at);
		return i;
	case 'e':
	case '\\':
		tb_putc(b, '\\', at);
		return i;
	case '~':
	case ' ':
	case '0':
		tb_putc(b, ' ', at);
		return i;
	case '&': case '|': case '^': case '%': case ':': case 'c':
		return i;
	case 's':
		while (i < len && (s[i] == '+' || s[i] == '-' ||
		    isdigit((unsigned char)s[i])))
			i++;
		return i;
	default:
		tb_putc(b, c, at);
		return i;
	}
}

/* Text with escapes; a \" comment ends it. */
static void
put_text(struct tbuf *b, const char *s, size_t len, size_t at)
{
	size_t	 i = 0;

	while (i < len) {
		if (s[i] == '\\' && i + 1 < len && s[i + 1] == '"')
			return;
		if (s[i] == '\\')
			i = put_escape(b, s, len, i, at);
		else
			tb_putc(b, s[i++], at);
	}
}

/*
 * The arguments of a macro line, quoted or not; each is put as text,
 * joined by a space or, for the alternating macros, by nothing.
 */
static void
put_args(struct tbuf *b, const char *s, size_t len, int join, size_t at)
{
	size_t	 i = 0, st;
	int	 first = 1;

	while (i < len) {
		while (i < len && s[i] == ' ')
			i++;
		if (i == len || (s[i] == '\\' && i + 1 < len &&
		    s[i + 1] == '"'))
			break;
		if (!first && !join)
			tb_putc(b, ' ', at);
		first = 0;
		if (s[i] == '"') {
			for (st = ++i; i < len && s[i] != '"'; i++)
				continue;
			put_text(b, s + st, i - st, at);
			i++;
		} else {
			for (st = i; i < len && s[i] != ' '; i++)
				continue;
			put_text(b, s + st, i - st, at);
		}
	}
}

/* The name of the macro on a control line, and where its args start. */
static size_t
macro_name(const char *s, size_t len, char *name, size_t namesz)
{
	size_t	 i = 1, n = 0;

	while (i < len && (s[i] == ' ' || s[i] == '\t'))
		i++;
	while (i < len && s[i] != ' ' && s[i] != '\t' && n + 1 < namesz)
		name[n++] = s[i++];
	name[n] = '\0';
	while (i < len && s[i] != ' ')
		i++;
	return i;
}

static int
is_macro(const struct lline *l)
{
	return l->len > 0 && (l->s[0] == '.' || l->s[0] == '\'');
}

static int
is_comment(const struct lline *l)
{
	return is_macro(l) && l->len > 1 && l->s[1] == '\\';
}

/*
 * Put the prose of one line: a text line, or a font macro line.
 * Returns 0 for any other request, which carries no prose.
 */
static int
put_line(struct tbuf *b, const struct lline *l, size_t at)
{
	char	 name[8];
	size_t	 i;

	if (!is_macro(l)) {
		put_text(b, l->s, l->len, at);
		return 1;
	}
	i = macro_name(l->s, l->len, name, sizeof(name));
	if (strcmp(name, "B") == 0 || strcmp(name, "I") == 0 ||
	    strcmp(name, "SM") == 0 || strcmp(name, "SB") == 0) {
		put_args(b, l->s + i, l->len - i, 0, at);
		return 1;
	}
	if (strlen(name) == 2 && strchr("BIR", name[0]) != NULL &&
	    strchr("BIR", name[1]) != NULL && name[0] != name[1]) {
		put_args(b, l->s + i, l->len - i, 1, at);
		return 1;
	}
	return 0;
}

/* The plain text of one line alone: a tag or a heading. */
static char *
line_text(const struct lline *l, int args_of_any)
{
	struct tbuf	 b = { NULL, NULL, 0, 0 };
	char		 name[8];
	size_t		 i;
	char		*s;

	if (!put_line(&b, l, 0) && args_of_any) {
		i = macro_name(l->s, l->len, name, sizeof(name));
		put_args(&b, l->s + i, l->len - i, 0, 0);
	}
	tb_trim(&b);
	s = xstrdup(b.s != NULL ? b.s : "");
	free(b.s);
	free(b.at);
	return s;
}

/* ---- The structure of a page. ---- */

struct pstate {
	struct lpage	*pg;
	struct tbuf	 cur;		/* the open paragraph */
	size_t		 first, last;
	enum lsect	 sect;
	char		*tags[LINT_DEPTH];
	size_t		 depth;
	int		 indented;
	int		 want_tag;
	int		 skip;		/* the heading took the next line */
	char		*ss;
};

static void
close_para(struct pstate *ps)
{
	struct lpara	*p;
	size_t		 i;

	if (ps->cur.len == 0)
		goto out;
	tb_trim(&ps->cur);
	ps->pg->paras = xreallocarray(ps->pg->paras, ps->pg->nparas + 1,
	    sizeof(*p));
	p = &ps->pg->paras[ps->pg->nparas++];
	memset(p, 0, sizeof(*p));
	p->first = ps->first;
	p->last = ps->last;
	p->text = ps->cur.s;
	p->at = ps->cur.at;
	p->len = ps->cur.len;
	p->sect = ps->sect;
	p->indented = ps->indented;
	p->ss = ps->ss != NULL ? xstrdup(ps->ss) : NULL;
	for (i = 0; i <= ps->depth && i < LINT_DEPTH; i++)
		if (ps->tags[i] != NULL)
			p->tags[p->ntags++] = xstrdup(ps->tags[i]);
	memset(&ps->cur, 0, sizeof(ps->cur));
	return;
out:
	free(ps->cur.s);
	free(ps->cur.at);
	memset(&ps->cur, 0, sizeof(ps->cur));
}

static void
clear_tags(struct pstate *ps, size_t from)
{
	size_t	 i;

	for (i = from; i < LINT_DEPTH; i++) {
		free(ps->tags[i]);
		ps->tags[i] = NULL;
	}
}

static enum lsect
sect_of(const char *title)
{
	if (strcasecmp(title, "ERRORS") == 0)
		return LSECT_ERRORS;
	if (strcasecmp(title, "NAME") == 0 ||
	    strcasecmp(title, "SYNOPSIS") == 0 ||
	    strcasecmp(title, "SEE ALSO") == 0)
		return LSECT_SKIP;
	return LSECT_BODY;
}

/* .TH title section: the first two arguments. */
static void
do_th(struct pstate *ps, const struct lline *l)
{
	char	*s = line_text(l, 1), *sp;

	if ((sp = strchr(s, ' ')) != NULL) {
		*sp++ = '\0';
		ps->pg->section = atoi(sp);
	}
	free(ps->pg->title);
	ps->pg->title = s;
}

/* A heading: its text is on the line, or on the next one. */
static void
do_heading(struct pstate *ps, const struct lline *l, const struct lline *next,
    int sh)
{
	char	*t = line_text(l, 1);

	if (*t == '\0' && next != NULL) {
		free(t);
		t = line_text(next, 1);
		ps->skip = 1;
	}
	close_para(ps);
	clear_tags(ps, 0);
	ps->depth = 0;
	ps->indented = 0;
	if (sh) {
		ps->sect = sect_of(t);
		free(ps->ss);
		ps->ss = NULL;
		free(t);
	} else {
		free(ps->ss);
		ps->ss = t;
	}
}

static void
set_tag(struct pstate *ps, char *tag)
{
	if (ps->depth < LINT_DEPTH) {
		clear_tags(ps, ps->depth);
		ps->tags[ps->depth] = tag;
	} else
		free(tag);
	ps->indented = 1;
}

/* Requests that break paragraphs; returns 1 if l was one. */
static int
do_request(struct pstate *ps, size_t idx)
{
	const struct lline *l = &ps->pg->lines[idx];
	const struct lline *next = idx + 1 < ps->pg->nlines ?
	    &ps->pg->lines[idx + 1] : NULL;
	char	 name[8];
	size_t	 i;

	i = macro_name(l->s, l->len, name, sizeof(name));
	if (strcmp(name, "TH") == 0)
		do_th(ps, l);
	else if (strcmp(name, "SH") == 0 || strcmp(name, "SS") == 0)
		do_heading(ps, l, next, name[1] == 'H');
	else if (strcmp(name, "TP") == 0 || strcmp(name, "TQ") == 0) {
		close_para(ps);
		ps->want_tag = name[1] == 'P' ? 1 : 2;
	} else if (strcmp(name, "IP") == 0) {
		close_para(ps);
		if (i < l->len)
			set_tag(ps, line_text(l, 1));
		ps->indented = 1;
	} else if (strcmp(name, "P") == 0 || strcmp(name, "PP") == 0 ||
	    strcmp(name, "LP") == 0) {
		close_para(ps);
		if (ps->depth == 0) {
			clear_tags(ps, 0);
			ps->indented = 0;
		}
	} else if (strcmp(name, "RS") == 0) {
		close_para(ps);
		ps->depth++;
	} else if (strcmp(name, "RE") == 0) {
		close_para(ps);
		if (ps->depth > 0)
			ps->depth--;
		clear_tags(ps, ps->depth + 1);
	} else if (strcmp(name, "EX") == 0 || strcmp(name, "EE") == 0 ||
	    strcmp(name, "nf") == 0 || strcmp(name, "fi") == 0 ||
	    strcmp(name, "sp") == 0 || strcmp(name, "TS") == 0)
		close_para(ps);
	else
		return 0;
	return 1;
}

/* The line after .TP is the tag; after .TQ, a further tag. */
static void
take_tag(struct pstate *ps, const struct lline *l)
{
	char	*t = line_text(l, 0), *both;
	size_t	 n;

	if (ps->want_tag == 2 && ps->depth < LINT_DEPTH &&
	    ps->tags[ps->depth] != NULL) {
		n = strlen(ps->tags[ps->depth]) + strlen(t) + 3;
		both = xcalloc(1, n);
		snprintf(both, n, "%s, %s", ps->tags[ps->depth], t);
		free(t);
		t = both;
	}
	set_tag(ps, t);
	ps->want_tag = 0;
}

static void
parse_line(struct pstate *ps, size_t idx)
{
	const struct lline *l = &ps->pg->lines[idx];

	if (ps->skip) {
		ps->skip = 0;
		return;
	}
	if (l->gap) {
		close_para(ps);
		clear_tags(ps, 0);
		ps->depth = 0;
	}
	if (is_comment(l) || l->len == 0)
		return;
	if (ps->want_tag) {
		take_tag(ps, l);
		return;
	}
	if (is_macro(l) && do_request(ps, idx))
		return;
	if (ps->cur.len == 0)
		ps->first = idx;
	if (put_line(&ps->cur, l, idx)) {
		ps->last = idx;
		tb_putc(&ps->cur, ' ', idx);
	}
}

static void
parse_structure(struct lpage *pg)
{
	struct pstate	 ps;
	size_t		 i;

	memset(&ps, 0, sizeof(ps));
	ps.pg = pg;
	for (i = 0; i < pg->nlines; i++)
		parse_line(&ps, i);
	close_para(&ps);
	clear_tags(&ps, 0);
	free(ps.ss);
}

/* ---- Interfaces named in text. ---- */

struct hit {
	const struct iface *f;
	char		*unknown;
	size_t		 off;
};

struct hits {
	struct hit	*v;
	size_t		 n;
};

static void
hit_add(struct hits *h, const struct iface *f, const char *unknown,
    size_t off)
{
	size_t	 i;

	for (i = 0; i < h->n; i++)
		if (f != NULL ? h->v[i].f == f : (h->v[i].unknown != NULL &&
		    strcmp(h->v[i].unknown, unknown) == 0))
			return;
	h->v = xreallocarray(h->v, h->n + 1, sizeof(*h->v));
	h->v[h->n].f = f;
	h->v[h->n].unknown = unknown != NULL ? xstrdup(unknown) : NULL;
	h->v[h->n++].off = off;
}

static void
hits_free(struct hits *h)
{
	size_t	 i;

	for (i = 0; i < h->n; i++)
		free(h->v[i].unknown);
	free(h->v);
	h->v = NULL;
	h->n = 0;
}

/* Is w (len n) the bold constant of a span in this summary? */
static int
summary_const(const struct iface *f, const char *w, size_t n)
{
	const char	*p = f->summary.src;

	while (p != NULL && (p = strstr(p, "{b:")) != NULL) {
		p += 3;
		if (strncmp(p, w, n) == 0 && p[n] == '}' &&
		    strncmp(w, "PTRACE_MODE_", 12) != 0)
			return 1;
	}
	return 0;
}

static int
word_char(char c)
{
	return isalnum((unsigned char)c) || c == '_';
}

/*
 * Does the name match text at t?  A "*" in a name
 * ("PIDFD_GET_*_NAMESPACE") stands for itself or for a part of a word.
 * Sets *n to the length matched.
 */
static int
glob_at(const char *p, const char *t, size_t len, size_t *n)
{
	size_t	 k, m;

	if (*p == '\0') {
		*n = 0;
		return len == 0 || !word_char(t[0]);
	}
	if (*p == '*') {
		if (len > 0 && t[0] == '*' && glob_at(p + 1, t + 1, len - 1,
		    &m)) {
			*n = m + 1;
			return 1;
		}
		for (k = 1; k <= len && word_char(t[k - 1]); k++)
			if (glob_at(p + 1, t + k, len - k, &m)) {
				*n = k + m;
				return 1;
			}
		return 0;
	}
	if (len == 0 || *p != t[0] || !glob_at(p + 1, t + 1, len - 1, &m))
		return 0;
	*n = m + 1;
	return 1;
}

/*
 * A word that names an interface that is not a file: its name, or a
 * constant its summary names ("PTRACE_ATTACH").  Every page says
 * "see ptrace(2)", so the word ptrace names one only where a list of
 * interfaces is expected (with_ptrace), and only as "ptrace(2)".
 * Sets *n to the length of the word.
 */
static const struct iface *
word_iface(const struct spec *s, const char *t, size_t len, size_t w,
    size_t *n, int with_ptrace)
{
	const struct iface *f;
	size_t		 i, m;

	for (*n = 0; w + *n < len && word_char(t[w + *n]); (*n)++)
		continue;
	for (i = 0; i < s->nifaces; i++) {
		f = &s->ifaces[i];
		if (f->kind == IFACE_PROC)
			continue;
		if (summary_const(f, t + w, *n))
			return f;
		if (!glob_at(f->name, t + w, len - w, &m))
			continue;
		if (strcmp(f->name, "ptrace") != 0 || (with_ptrace &&
		    w + m + 3 <= len && strncmp(t + w + m, "(2)", 3) == 0)) {
			*n = m;
			return f;
		}
	}
	return NULL;
}

static int
is_var(const char *c, size_t n, const char *name)
{
	size_t	 k = strlen(name), i;

	if (n == k && strncasecmp(c, name, k) == 0)
		return 1;
	if (n == k + 2 && strchr("[<", c[0]) != NULL &&
	    strncasecmp(c + 1, name, k) == 0)
		return 1;
	for (i = 0; i < n; i++)
		if (!isdigit((unsigned char)c[i]))
			return 0;
	return n > 0;
}

/*
 * "/proc/pid/task/tid/environ", "/proc/[pid]/environ", "/proc/PID/x"
 * and "/proc/self/x" all become "/proc/[pid]/x".  The process
 * directory itself becomes "/proc/[pid]", and "/proc" stays: they
 * name the checks that the hidepid= mount option switches on.  NULL
 * for a path that is not /proc or under a process directory.
 */
static char *
canon_path(const char *p, size_t n)
{
	const char	*c = p + 6, *e = p + n, *sl;
	char		*out;

	while (e > p + 5 && (e[-1] == '.' || e[-1] == '/'))
		e--;
	if (e == p + 5)
		return xstrdup("/proc");
	if ((sl = memchr(c, '/', e - c)) == NULL)
		sl = e;
	if (!is_var(c, sl - c, "pid") && !(sl - c == 4 &&
	    strncmp(c, "self", 4) == 0))
		return NULL;
	if (sl == e)
		return xstrdup("/proc/[pid]");
	c = sl + 1;
	if (e - c > 5 && strncmp(c, "task/", 5) == 0 &&
	    (sl = memchr(c + 5, '/', e - c - 5)) != NULL &&
	    is_var(c + 5, sl - c - 5, "tid"))
		c = sl + 1;
	if (c >= e)
		return NULL;
	out = xcalloc(1, (e - c) + 13);
	memcpy(out, "/proc/[pid]/", 12);
	memcpy(out + 12, c, e - c);
	return out;
}

/*
 * Does a page's path name the spec's?  Components match one to one;
 * a spec component in brackets ("[num]") or "*" stands for any, and
 * a name that ends in "*" also names its directory.  A qualifier such
 * as " (follow)" after the spec's path is not part of it.
 */
static int
path_matches(const char *name, const char *path)
{
	const char	*q = strstr(name, " ("), *ne;
	size_t		 nl, pl;

	ne = q != NULL ? q : name + strlen(name);
	for (;;) {
		nl = strcspn(name, "/");
		if (name + nl > ne)
			nl = ne - name;
		pl = strcspn(path, "/");
		if (*path == '\0')
			return name == ne || (nl == 1 && *name == '*' &&
			    name + 1 == ne);
		if (name == ne)
			return 0;
		if (!((nl == 1 && *name == '*') || (nl > 0 && *name == '[') ||
		    (nl == pl && strncmp(name, path, nl) == 0)))
			return 0;
		name += nl;
		path += pl;
		if (*name == '/')
			name++;
		if (*path == '/')
			path++;
	}
}

/* Is q, "(follow)", the qualifier of the spec's name? */
static int
qualifier_is(const char *name, const char *q, size_t qlen)
{
	const char	*p = strstr(name, " (");

	return p != NULL && strlen(p + 1) == qlen &&
	    strncmp(p + 1, q, qlen) == 0;
}

/*
 * A path, and the qualifier that follows it in a generated page, if
 * any: "/proc/pid (hidepid lookup)" names that interface only.  A bare
 * directory that names none of the spec's is not a claim about an
 * unknown file: pages mention /proc and /proc/pid all the time.
 */
static void
path_hit(const struct spec *s, struct hits *h, const char *t, size_t w,
    size_t n, const char *q, size_t qlen)
{
	const struct iface *f;
	char	*c = canon_path(t + w, n);
	size_t	 i, before = h->n;
	int	 any = 0, exact = 0;

	if (c == NULL)
		return;
	for (i = 0; q != NULL && i < s->nifaces; i++)
		if (s->ifaces[i].kind == IFACE_PROC &&
		    path_matches(s->ifaces[i].name, c) &&
		    qualifier_is(s->ifaces[i].name, q, qlen))
			exact = 1;
	for (i = 0; i < s->nifaces; i++) {
		f = &s->ifaces[i];
		if (f->kind == IFACE_PROC && path_matches(f->name, c) &&
		    (!exact || qualifier_is(f->name, q, qlen))) {
			hit_add(h, f, NULL, w);
			any = 1;
		}
	}
	if (!any && h->n == before && strcmp(c, "/proc") != 0 &&
	    strcmp(c, "/proc/[pid]") != 0)
		hit_add(h, NULL, c, w);
	free(c);
}

static int
path_char(char c)
{
	return c != '\0' && !isspace((unsigned char)c) &&
	    strchr(",;:()\"'", c) == NULL;
}

/* The " (qualifier)" at t[i], as "(qualifier)", or NULL. */
static void
qualified(const char *t, size_t len, size_t i, const char **q, size_t *qlen)
{
	const char	*close;

	*q = NULL;
	*qlen = 0;
	if (i + 1 >= len || t[i] != ' ' || t[i + 1] != '(' ||
	    (close = memchr(t + i + 1, ')', len - i - 1)) == NULL)
		return;
	*q = t + i + 1;
	*qlen = close - *q + 1;
}

/* Every interface named in t[0..len). */
static void
mentions(const struct spec *s, const char *t, size_t len, int with_ptrace,
    struct hits *h)
{
	const struct iface *f;
	const char	*q;
	size_t		 i = 0, w, n, qlen;

	while (i < len) {
		if (strncmp(t + i, "/proc", 5) == 0 &&
		    (i + 5 == len || !word_char(t[i + 5])) &&
		    (i == 0 || !word_char(t[i - 1]))) {
			for (w = i; i < len && path_char(t[i]); i++)
				continue;
			qualified(t, len, i, &q, &qlen);
			path_hit(s, h, t, w, i - w, q, qlen);
			continue;
		}
		if (!word_char(t[i]) || (i > 0 && (word_char(t[i - 1]) ||
		    t[i - 1] == '/'))) {
			i++;
			continue;
		}
		w = i;
		if ((f = word_iface(s, t, len, w, &n, with_ptrace)) != NULL)
			hit_add(h, f, NULL, w);
		i += n > 0 ? n : 1;
	}
}

/* ---- Claims. ---- */

/* "PTRACE_MODE_READ_FSCREDS": its bits, or 0 with *bad set. */
static unsigned int
token_bits(const char *t, size_t n, int *bad)
{
	char		 part[32];
	unsigned int	 bits = 0, v;
	size_t		 i = 12, k;

	while (i < n) {
		for (k = 0; i < n && t[i] != '_' && k + 1 < sizeof(part); i++)
			part[k++] = t[i];
		part[k] = '\0';
		i++;
		if ((v = flag_value(part)) == 0)
			*bad = 1;
		bits |= v;
	}
	return bits;
}

static unsigned int
mask_of(unsigned int bits)
{
	unsigned int	 m = 0;

	if (bits & MODE_LEVELS)
		m |= MODE_LEVELS;
	if (bits & MODE_CREDS)
		m |= MODE_CREDS;
	return m | (bits & MODE_NOAUDIT);
}

static size_t
mode_token(const char *t, size_t len, size_t i)
{
	size_t	 j = i + 12;

	if (i + 12 > len || strncmp(t + i, "PTRACE_MODE_", 12) != 0 ||
	    (i > 0 && word_char(t[i - 1])))
		return 0;
	while (j < len && (isupper((unsigned char)t[j]) || t[j] == '_' ||
	    isdigit((unsigned char)t[j])))
		j++;
	return j - i;
}

/* One expression: tokens joined by "|", "PTRACE_MODE_READ | ...". */
struct expr {
	size_t		 off, end;
	unsigned int	 bits;
	int		 bad;
};

static int
next_expr(const char *t, size_t len, size_t *i, struct expr *e)
{
	size_t	 n, j;

	for (; *i < len; (*i)++)
		if ((n = mode_token(t, len, *i)) > 0)
			break;
	if (*i >= len)
		return 0;
	memset(e, 0, sizeof(*e));
	e->off = *i;
	for (;;) {
		e->bits |= token_bits(t + *i, n, &e->bad);
		*i += n;
		e->end = *i;
		for (j = *i; j < len && t[j] == ' '; j++)
			continue;
		if (j >= len || t[j] != '|')
			break;
		for (j++; j < len && t[j] == ' '; j++)
			continue;
		if ((n = mode_token(t, len, j)) == 0)
			break;
		*i = j;
	}
	return 1;
}

static int
has_word(const char *t, size_t len, const char *w)
{
	size_t	 n = strlen(w), i;

	for (i = 0; i + n <= len; i++)
		if (strncasecmp(t + i, w, n) == 0 &&
		    (i == 0 || !isalpha((unsigned char)t[i - 1])))
			return 1;
	return 0;
}

/* Words that make a sentence about a mode a claim about a check. */
static int
has_cue(const char *t, size_t len)
{
	static const char *const cues[] = {
		"access mode", "check", "governed", "require", "permission",
	};
	size_t	 i;

	for (i = 0; i < sizeof(cues) / sizeof(cues[0]); i++)
		if (has_word(t, len, cues[i]))
			return 1;
	return 0;
}

/* Is the expression in a clause about the time before a change? */
static int
is_before(const char *t, size_t start, size_t off)
{
	static const char *const words[] = {
		"before", "until", "prior to", "previously", "formerly",
		"earlier", "used to",
	};
	size_t	 i, c = start;

	for (i = start; i < off; i++)
		if (t[i] == ';')
			c = i + 1;
	for (i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (has_word(t + c, off - c, words[i]))
			return 1;
	return 0;
}

static void
add_claim(struct lpage *pg, size_t para, size_t line, const struct expr *e,
    const char *t, int before, const struct hit *h)
{
	const struct lpara *p = &pg->paras[para];
	struct lclaim	*c;

	pg->claims = xreallocarray(pg->claims, pg->nclaims + 1, sizeof(*c));
	c = &pg->claims[pg->nclaims++];
	memset(c, 0, sizeof(*c));
	c->para = para;
	c->line = line;
	c->from = p->first;
	c->bits = e->bits;
	c->mask = e->bad ? MODE_LEVELS | MODE_CREDS : mask_of(e->bits);
	c->bad = e->bad;
	c->before = before;
	c->says = xstrndup(t + e->off, e->end - e->off);
	c->f = h->f;
	c->unknown = h->unknown != NULL ? xstrdup(h->unknown) : NULL;
}

/* Is the tag a mode, as in ptrace(2)'s lists of levels and flags? */
static int
mode_tag(const char *tag, struct expr *e)
{
	size_t	 i = 0;

	return strncmp(tag, "PTRACE_MODE_", 12) == 0 &&
	    next_expr(tag, strlen(tag), &i, e);
}

/* The page's own interfaces, for a claim that names none. */
static void
page_hits(const struct spec *s, const struct lpage *pg, struct hits *h)
{
	size_t	 i, n = h->n;

	if (pg->title == NULL || strcmp(pg->title, "ptrace") == 0 ||
	    strcmp(pg->title, "proc") == 0)
		return;
	for (i = 0; i < s->nifaces; i++)
		if (lpage_expects(pg, &s->ifaces[i]))
			hit_add(h, &s->ifaces[i], NULL, 0);
	if (h->n == n && pg->section == 2)
		hit_add(h, NULL, pg->title, 0);
}

/*
 * On a page of its own interfaces, a name in the prose narrows the
 * claim to one of them (process_vm_writev on process_vm_readv(2)); a
 * name of another page's interface ("opened from /proc/pid/ns") is
 * context, not the subject.  ptrace(2) is about every interface.
 */
static void
own_only(const struct spec *s, const struct lpage *pg, struct hits *h)
{
	size_t	 i, k, own = 0;

	if (pg->title == NULL || strcmp(pg->title, "ptrace") == 0)
		return;
	for (i = 0; i < s->nifaces; i++)
		own += lpage_expects(pg, &s->ifaces[i]);
	if (own == 0)
		return;
	for (i = k = 0; i < h->n; i++) {
		if (h->v[i].f != NULL && lpage_expects(pg, h->v[i].f))
			h->v[k++] = h->v[i];
		else
			free(h->v[i].unknown);
	}
	h->n = k;
}

static void
prose_mentions(const struct spec *s, const struct lpage *pg, const char *t,
    size_t len, struct hits *h)
{
	mentions(s, t, len, 0, h);
	own_only(s, pg, h);
}

/*
 * Which interfaces a claim is about, nearest first: the item's tag,
 * the sentence, the paragraph, the subsection heading, the page.
 */
static void
tie(const struct spec *s, const struct lpage *pg, const struct lpara *p,
    size_t sb, size_t se, struct hits *h)
{
	struct expr	 e;
	size_t		 i;

	for (i = p->ntags; i > 0 && h->n == 0; i--)
		if (!mode_tag(p->tags[i - 1], &e))
			mentions(s, p->tags[i - 1], strlen(p->tags[i - 1]), 1,
			    h);
	if (h->n == 0)
		prose_mentions(s, pg, p->text + sb, se - sb, h);
	if (h->n == 0)
		prose_mentions(s, pg, p->text, p->len, h);
	if (h->n == 0 && p->ss != NULL)
		prose_mentions(s, pg, p->ss, strlen(p->ss), h);
	if (h->n == 0)
		page_hits(s, pg, h);
}


static void
sentence_claims(const struct spec *s, struct lpage *pg, size_t pi,
    size_t sb, size_t se)
{
	const struct lpara *p = &pg->paras[pi];
	struct hits	 h = { NULL, 0 };
	struct expr	 e;
	size_t		 i = sb, k;
	int		 before;

	if (p->sect == LSECT_SKIP || !has_cue(p->text + sb, se - sb))
		return;
	while (next_expr(p->text, se, &i, &e)) {
		if (h.n == 0)
			tie(s, pg, p, sb, se, &h);
		before = is_before(p->text, sb, e.off);
		for (k = 0; k < h.n; k++) {
			add_claim(pg, pi, p->at[e.off], &e, p->text, before,
			    &h.v[k]);
			/* A sentence that starts a line can be cut out. */
			if (sb == 0 || p->at[sb - 1] != p->at[sb])
				pg->claims[pg->nclaims - 1].from = p->at[sb];
		}
	}
	hits_free(&h);
}

static int
abbrev_end(const char *t, size_t i)
{
	static const char *const ab[] = { "e.g", "i.e", "etc", "cf", "vs" };
	size_t	 k, n;

	for (k = 0; k < sizeof(ab) / sizeof(ab[0]); k++) {
		n = strlen(ab[k]);
		if (i >= n && strncmp(t + i - n, ab[k], n) == 0 &&
		    (i == n || !isalpha((unsigned char)t[i - n - 1])))
			return 1;
	}
	return 0;
}

/* The end of the sentence that starts at i. */
static size_t
sentence_end(const char *t, size_t len, size_t i)
{
	for (; i < len; i++)
		if (strchr(".!?", t[i]) != NULL && (i + 1 == len ||
		    (t[i + 1] == ' ' && i + 2 < len &&
		    !islower((unsigned char)t[i + 2]))) && !abbrev_end(t, i))
			return i + 1;
	return len;
}

/* An item tagged with a mode: each interface it lists has that mode. */
static void
tag_claims(const struct spec *s, struct lpage *pg, size_t pi)
{
	const struct lpara *p = &pg->paras[pi];
	struct hits	 h = { NULL, 0 };
	struct expr	 e;
	size_t		 k;

	if (p->ntags == 0 || !mode_tag(p->tags[p->ntags - 1], &e))
		return;
	mentions(s, p->text, p->len, 1, &h);
	e.off = 0;
	for (k = 0; k < h.n; k++)
		add_claim(pg, pi, p->at[h.v[k].off], &e,
		    p->tags[p->ntags - 1], 0, &h.v[k]);
	hits_free(&h);
}

static void
find_claims(const struct spec *s, struct lpage *pg)
{
	const struct lpara *p;
	size_t		 pi, i, e;

	for (pi = 0; pi < pg->nparas; pi++) {
		p = &pg->paras[pi];
		for (i = 0; i < p->len; i = e) {
			e = sentence_end(p->text, p->len, i);
			sentence_claims(s, pg, pi, i, e);
			while (e < p->len && p->text[e] == ' ')
				e++;
		}
		tag_claims(s, pg, pi);
	}
}

/* ---- Pages and patches. ---- */

int
lpage_expects(const struct lpage *pg, const struct iface *f)
{
	if (pg->title == NULL)
		return 0;
	if (strcmp(f->page, pg->title) == 0 && f->section == pg->section)
		return 1;
	return f->kind == IFACE_PROC && pg->section == 5 &&
	    strcmp(f->id, pg->title) == 0;
}

/* Does the spec's prose name this mode, {b:PTRACE_MODE_...}? */
static int
text_names(const char *src, unsigned int bits, unsigned int mask)
{
	const char	*p = src, *e;
	int		 bad = 0;

	while (p != NULL && (p = strstr(p, "{b:PTRACE_MODE_")) != NULL) {
		p += 3;
		if ((e = strchr(p, '}')) == NULL)
			break;
		if (((token_bits(p, e - p, &bad) ^ bits) & mask) == 0 && !bad)
			return 1;
	}
	return 0;
}

/*
 * A mode the spec itself names for a variant of the interface
 * ("an event that sends SIGTRAP is checked with ... instead") is
 * what the spec says too.
 */
static int
spec_names(const struct iface *f, unsigned int bits, unsigned int mask)
{
	size_t	 i;

	if (text_names(f->text.src, bits, mask))
		return 1;
	for (i = 0; i < f->ngates; i++)
		if (text_names(f->gates[i].text.src, bits, mask))
			return 1;
	return 0;
}

int
lclaim_agrees(const struct lclaim *c)
{
	size_t	 i;

	if (c->f == NULL || c->bad)
		return 0;
	if (!c->before)
		return ((c->bits ^ c->f->mode) & c->mask) == 0 ||
		    spec_names(c->f, c->bits, c->mask);
	for (i = 0; i < c->f->nhistory; i++)
		if (((c->bits ^ c->f->history[i].before) & c->mask) == 0)
			return 1;
	return 0;
}

/* "man/man2/kcmp.2" gives kcmp and 2. */
static void
title_from_file(struct lpage *pg, const char *file)
{
	const char	*b = strrchr(file, '/'), *dot;

	b = b != NULL ? b + 1 : file;
	dot = strrchr(b, '.');
	pg->title = dot != NULL ? xstrndup(b, dot - b) : xstrdup(b);
	pg->section = dot != NULL ? atoi(dot + 1) : 0;
}

static void
add_line(struct lpage *pg, const char *s, size_t len, size_t no, int added)
{
	struct lline	*l;

	if (len > 0 && s[len - 1] == '\r')
		len--;
	pg->lines = xreallocarray(pg->lines, pg->nlines + 1, sizeof(*l));
	l = &pg->lines[pg->nlines++];
	l->s = s;
	l->len = len;
	l->no = no;
	l->added = added;
	l->gap = 0;
}

static struct lpage *
lpage_new(const char *file)
{
	struct lpage	*pg = xcalloc(1, sizeof(*pg));

	pg->file = xstrdup(file);
	title_from_file(pg, file);
	return pg;
}

static void
lpage_finish(const struct spec *s, struct lpage *pg)
{
	parse_structure(pg);
	find_claims(s, pg);
}

struct lpage *
lpage_parse(const struct spec *s, const char *file, const char *buf,
    size_t len)
{
	struct lpage	*pg = lpage_new(file);
	const char	*p = buf, *e = buf + len, *nl;
	size_t		 no = 1;

	while (p < e) {
		if ((nl = memchr(p, '\n', e - p)) == NULL)
			nl = e;
		add_line(pg, p, nl - p, no++, 1);
		p = nl + 1;
	}
	lpage_finish(s, pg);
	return pg;
}

void
lpage_free(struct lpage *pg)
{
	size_t	 i, k;

	if (pg == NULL)
		return;
	for (i = 0; i < pg->nparas; i++) {
		free(pg->paras[i].text);
		free(pg->paras[i].at);
		free(pg->paras[i].ss);
		for (k = 0; k < pg->paras[i].ntags; k++)
			free(pg->paras[i].tags[k]);
	}
	for (i = 0; i < pg->nclaims; i++) {
		free(pg->claims[i].says);
		free(pg->claims[i].unknown);
	}
	free(pg->paras);
	free(pg->claims);
	free(pg->lines);
	free(pg->title);
	free(pg->file);
	free(pg);
}

char *
lint_slurp(const char *file, size_t *len)
{
	FILE	*fp;
	char	*buf;

	*len = 0;
	if ((fp = fopen(file, "r")) == NULL) {
		msg_fatal("%s: cannot open: %s", file, strerror(errno));
		return NULL;
	}
	if ((buf = read_all(fp, 0, len)) == NULL)
		msg_fatal("%s: read error: %s", file, strerror(errno));
	fclose(fp);
	return buf;
}

/* A man page of section 2, 5 or 7, in either tree layout. */
static int
judged_path(const char *path)
{
	const char	*dot = strrchr(path, '.');

	if (dot == NULL || strlen(dot) != 2 || strchr("257", dot[1]) == NULL)
		return 0;
	return strstr(path, "man2/") != NULL || strstr(path, "man5/") !=
	    NULL || strstr(path, "man7/") != NULL || strchr(path, '/') == NULL;
}

/* "+++ b/man/man2/kcmp.2": the path, or NULL for /dev/null. */
static char *
diff_path(const char *s, size_t len)
{
	size_t	 i = 4, e;

	for (e = i; e < len && s[e] != '\t'; e++)
		continue;
	while (e > i && s[e - 1] == ' ')
		e--;
	if (e - i >= 2 && s[i + 1] == '/' && strchr("ab", s[i]) != NULL)
		i += 2;
	if (e - i == 9 && strncmp(s + i, "/dev/null", 9) == 0)
		return NULL;
	return xstrndup(s + i, e - i);
}

struct patch {
	struct lpage	**pages;
	size_t		 npages;
	struct lpage	*cur;		/* NULL: a file not judged */
	size_t		 no;		/* next new-side line number */
	int		 gap;
};

static void
patch_file(struct patch *pt, const char *s, size_t len)
{
	char	*path = diff_path(s, len);

	pt->cur = NULL;
	if (path != NULL && judged_path(path)) {
		pt->cur = lpage_new(path);
		pt->cur->patch = 1;
		pt->pages = xreallocarray(pt->pages, pt->npages + 1,
		    sizeof(*pt->pages));
		pt->pages[pt->npages++] = pt->cur;
	}
	free(path);
}

static void
patch_line(struct patch *pt, const char *s, size_t len)
{
	const char	*plus;

	if (len >= 4 && strncmp(s, "+++ ", 4) == 0) {
		patch_file(pt, s, len);
		return;
	}
	if (len >= 2 && strncmp(s, "@@", 2) == 0) {
		if ((plus = memchr(s, '+', len)) != NULL)
			pt->no = strtoul(plus + 1, NULL, 10);
		pt->gap = 1;
		return;
	}
	if (pt->cur == NULL || len == 0 || (s[0] != ' ' && s[0] != '+'))
		return;
	add_line(pt->cur, s + 1, len - 1, pt->no++, s[0] == '+');
	pt->cur->lines[pt->cur->nlines - 1].gap = pt->gap;
	pt->gap = 0;
}

static int
is_patch(const char *buf, size_t len)
{
	const char	*p = buf, *e = buf + len, *nl;

	while (p < e) {
		if ((nl = memchr(p, '\n', e - p)) == NULL)
			nl = e;
		if ((nl - p >= 11 && strncmp(p, "diff --git ", 11) == 0) ||
		    (nl - p >= 4 && strncmp(p, "+++ ", 4) == 0))
			return 1;
		if (nl - p >= 3 && strncmp(p, ".TH", 3) == 0)
			return 0;
		p = nl + 1;
	}
	return 0;
}

static struct patch
parse_patch(const struct spec *s, const char *buf, size_t len)
{
	struct patch	 pt;
	const char	*p = buf, *e = buf + len, *nl;
	size_t		 i;

	memset(&pt, 0, sizeof(pt));
	while (p < e) {
		if ((nl = memchr(p, '\n', e - p)) == NULL)
			nl = e;
		/* A line "-- " ends the diff in git format-patch output. */
		if (nl - p == 3 && strncmp(p, "-- ", 3) == 0)
			pt.cur = NULL;
		else
			patch_line(&pt, p, nl - p);
		p = nl + 1;
	}
	for (i = 0; i < pt.npages; i++)
		lpage_finish(s, pt.pages[i]);
	return pt;
}

/* ---- Findings. ---- */

enum fkind { F_MISMATCH, F_HISTORY, F_MISSING, F_UNKNOWN, F_OK };

static const char *const fkind_name[] = {
	"mismatch", "history", "missing", "unknown", "agrees"
};

struct finding {
	enum fkind	 kind;
	const char	*file;
	size_t		 line;		/* 0 for missing */
	const char	*iface;
	const char	*says;
	char		 spec[256];
	const struct iface *f;
};

struct report {
	int		 json;
	int		 all;		/* --format claims: agreeing ones too */
	size_t		 n;		/* findings printed */
	size_t		 nclaims;
};

static void
spec_says(const struct iface *f, int before, char *buf, size_t sz)
{
	char	 name[96];
	size_t	 i;

	if (f == NULL) {
		snprintf(buf, sz, "no such interface");
		return;
	}
	if (!before) {
		snprintf(buf, sz, "%s", mode_name(f->mode, name,
		    sizeof(name)));
		return;
	}
	if (f->nhistory == 0) {
		snprintf(buf, sz, "no earlier mode");
		return;
	}
	buf[0] = '\0';
	for (i = 0; i < f->nhistory; i++) {
		if (i > 0)
			strncat(buf, " or ", sz - strlen(buf) - 1);
		strncat(buf, mode_name(f->history[i].before, name,
		    sizeof(name)), sz - strlen(buf) - 1);
	}
	strncat(buf, " before a change", sz - strlen(buf) - 1);
}

static void
json_str(const char *key, const char *v, int comma)
{
	printf("\"%s\": ", key);
	if (v == NULL)
		fputs("null", stdout);
	else {
		putchar('"');
		esc_json(stdout, v, strlen(v));
		putchar('"');
	}
	if (comma)
		fputs(", ", stdout);
}

static void
print_json(struct report *r, const struct finding *x)
{
	printf("%s\n    {", r->n == 0 ? "" : ",");
	json_str("file", x->file, 1);
	if (x->line > 0)
		printf("\"line\": %zu, ", x->line);
	else
		fputs("\"line\": null, ", stdout);
	json_str("interface", x->iface, 1);
	json_str("kind", fkind_name[x->kind], 1);
	json_str("page_says", x->says, 1);
	json_str("spec_says", x->f != NULL || x->kind != F_UNKNOWN ?
	    x->spec : NULL, 1);
	json_str("kernel_file", x->f ? x->f->src_file : NULL, 1);
	json_str("kernel_function", x->f ? x->f->src_func : NULL, 0);
	putchar('}');
}

static void
print_text(const struct finding *x)
{
	if (x->kind == F_MISSING) {
		printf("%s: %s: missing: spec says %s\n", x->file, x->iface,
		    x->spec);
		return;
	}
	printf("%s:%zu: %s: ", x->file, x->line, x->iface);
	if (x->kind == F_UNKNOWN)
		printf("unknown: page says %s; the spec has no such "
		    "interface\n", x->says);
	else
		printf("page says %s%s; spec says %s (kernel %s:%s)%s\n",
		    x->says, x->kind == F_HISTORY ? " before a change" : "",
		    x->spec, x->f->src_file, x->f->src_func,
		    x->kind == F_OK ? ": agrees" : "");
}

static void
emit(struct report *r, const struct finding *x)
{
	if (x->kind == F_OK && !r->all)
		return;
	if (r->json)
		print_json(r, x);
	else
		print_text(x);
	if (x->kind != F_OK)
		r->n++;
}

/* Two claims on one line about one interface are one finding. */
static int
seen_before(const struct lpage *pg, size_t i)
{
	const struct lclaim *a = &pg->claims[i], *b;
	size_t		 k;

	for (k = 0; k < i; k++) {
		b = &pg->claims[k];
		if (b->line == a->line && b->f == a->f && b->before ==
		    a->before && strcmp(b->says, a->says) == 0 &&
		    (a->f != NULL || strcmp(a->unknown, b->unknown) == 0))
			return 1;
	}
	return 0;
}

static void
judge_claim(struct report *r, const struct lpage *pg, size_t i)
{
	const struct lclaim *c = &pg->claims[i];
	struct finding	 x;

	if (!pg->lines[c->line].added || seen_before(pg, i))
		return;
	r->nclaims++;
	memset(&x, 0, sizeof(x));
	x.file = pg->file;
	x.line = pg->lines[c->line].no;
	x.says = c->says;
	x.f = c->f;
	x.iface = c->f != NULL ? c->f->name : c->unknown;
	spec_says(c->f, c->before, x.spec, sizeof(x.spec));
	if (c->f == NULL)
		x.kind = F_UNKNOWN;
	else if (lclaim_agrees(c))
		x.kind = F_OK;
	else
		x.kind = c->before ? F_HISTORY : F_MISMATCH;
	if (x.kind == F_HISTORY)	/* the words are in spec_says */
		spec_says(c->f, 1, x.spec, sizeof(x.spec));
	emit(r, &x);
}

static void
judge_missing(struct report *r, const struct spec *s, const struct lpage *pg)
{
	struct finding	 x;
	size_t		 i, k;

	for (i = 0; i < s->nifaces; i++) {
		if (!lpage_expects(pg, &s->ifaces[i]))
			continue;
		for (k = 0; k < pg->nclaims; k++)
			if (pg->claims[k].f == &s->ifaces[i])
				break;
		if (k < pg->nclaims)
			continue;
		memset(&x, 0, sizeof(x));
		x.kind = F_MISSING;
		x.file = pg->file;
		x.iface = s->ifaces[i].name;
		x.f = &s->ifaces[i];
		spec_says(x.f, 0, x.spec, sizeof(x.spec));
		emit(r, &x);
	}
}

static void
judge_page(struct report *r, const struct spec *s, const struct lpage *pg)
{
	size_t	 i;

	for (i = 0; i < pg->nclaims; i++)
		judge_claim(r, pg, i);
	if (!pg->patch)
		judge_missing(r, s, pg);
}

static int
lint_file(struct report *r, const struct spec *s, const char *file)
{
	struct lpage	*pg;
	struct patch	 pt;
	char		*buf;
	size_t		 len, i;

	if ((buf = lint_slurp(file, &len)) == NULL)
		return -1;
	if (is_patch(buf, len)) {
		pt = parse_patch(s, buf, len);
		for (i = 0; i < pt.npages; i++) {
			judge_page(r, s, pt.pages[i]);
			lpage_free(pt.pages[i]);
		}
		free(pt.pages);
	} else {
		pg = lpage_parse(s, file, buf, len);
		if (pg->section == 0 || memchr(buf, '\0', len) != NULL) {
			msg_fatal("%s: not a manual page or a patch", file);
			lpage_free(pg);
			free(buf);
			return -1;
		}
		judge_page(r, s, pg);
		lpage_free(pg);
	}
	free(buf);
	return 0;
}

int
cmd_lint(const struct spec *s, int argc, char **argv)
{
	struct report	 r;
	const char	*fmt = "text";
	int		 i, bad = 0;

	memset(&r, 0, sizeof(r));
	for (i = 1; i < argc && strncmp(argv[i], "--", 2) == 0; i++) {
		if (strcmp(argv[i], "--format") == 0 && i + 1 < argc)
			fmt = argv[++i];
		else {
			msg_fatal("lint: unknown argument \"%s\"", argv[i]);
			return EXIT_BADINPUT;
		}
	}
	r.json = strcmp(fmt, "json") == 0;
	r.all = strcmp(fmt, "claims") == 0;
	if (!r.json && !r.all && strcmp(fmt, "text") != 0) {
		msg_fatal("lint: --format is text, json or claims");
		return EXIT_BADINPUT;
	}
	if (i == argc) {
		msg_fatal("lint: no FILE given");
		return EXIT_BADINPUT;
	}
	if (r.json)
		fputs("{\"findings\": [", stdout);
	for (; i < argc; i++)
		if (lint_file(&r, s, argv[i]) == -1)
			bad = 1;
	if (r.json)
		printf("%s], \"claims\": %zu}\n", r.n ? "\n  " : "", r.nclaims);
	if (fflush(stdout) == EOF || ferror(stdout)) {
		msg_fatal("standard output: write error");
		return EXIT_BADINPUT;
	}
	return bad ? EXIT_BADINPUT : r.n > 0 ? EXIT_FINDINGS : 0;
}
