/*
 * Finding the interfaces that a piece of plain text names: a system
 * call or constant by word, a /proc file by path in any of the
 * spellings pages use ("/proc/pid/x", "/proc/[pid]/x", "/proc/self/x",
 * through task/tid), with the qualifier the generated pages add.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "lint/mention.h"
#include "xalloc.h"

void
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

void
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

int
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

/*
 * Is the spec's name that of the entries of directory dir, as
 * "/proc/[pid]/fd/[num]" is of "/proc/[pid]/fd"?  Unqualified only.
 */
static int
names_entries_of(const char *name, const char *dir)
{
	size_t	 n = strlen(dir);

	return strncmp(name, dir, n) == 0 && name[n] == '/' &&
	    name[n + 1] == '[' && strchr(name + n + 1, '/') == NULL &&
	    strchr(name + n + 1, ' ') == NULL && name[strlen(name) - 1] == ']';
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
	/* "the links in /proc/pid/fd" name /proc/[pid]/fd/[num]. */
	for (i = 0; !any && i < s->nifaces; i++)
		if (s->ifaces[i].kind == IFACE_PROC &&
		    names_entries_of(s->ifaces[i].name, c)) {
			hit_add(h, &s->ifaces[i], NULL, w);
			any = 1;
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
void
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

