/*
 * Version ranges: comparing releases, deciding whether a fact holds at
 * a release, checking the ranges a spec gives, and the spec as of one
 * release.  See ranges.h.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/model.h"
#include "msg.h"
#include "ranges/ranges.h"
#include "sbuf.h"
#include "xalloc.h"

/* "2.6.27", "6.12.117": two or three numbers separated by dots. */
int
version_ok(const char *s)
{
	int	 parts = 0;

	while (isdigit((unsigned char)*s)) {
		while (isdigit((unsigned char)*s))
			s++;
		parts++;
		if (*s != '.')
			break;
		s++;
	}
	return *s == '\0' && parts >= 2 && parts <= 3;
}

/*
 * Numbers compare as numbers; a missing one counts as 0, so "6.18" is
 * "6.18.0".  Whatever follows the numbers ("-fc-v1045", "+deb13") is a
 * build of that release and is ignored.
 */
int
version_cmp(const char *a, const char *b)
{
	unsigned long	 x, y;
	char		*end;

	while (isdigit((unsigned char)*a) || isdigit((unsigned char)*b)) {
		x = isdigit((unsigned char)*a) ? strtoul(a, &end, 10) : 0;
		if (isdigit((unsigned char)*a))
			a = end;
		y = isdigit((unsigned char)*b) ? strtoul(b, &end, 10) : 0;
		if (isdigit((unsigned char)*b))
			b = end;
		if (x != y)
			return x < y ? -1 : 1;
		if (*a == '.' && isdigit((unsigned char)a[1]))
			a++;
		if (*b == '.' && isdigit((unsigned char)b[1]))
			b++;
	}
	return 0;
}

static int
kver_cmp(struct kver x, const char *v)
{
	int	 c = version_cmp(x.v, v);

	return c != 0 ? c : x.eps;
}

int
bound_absent(const struct version *b)
{
	return b->name == NULL && b->unconfirmed == NULL &&
	    b->seen_in == NULL && b->after == NULL;
}

/* Has the change at bound b happened by x? */
static enum holds
reached(const struct version *b, struct kver x)
{
	if (b->name != NULL)
		return kver_cmp(x, b->name) >= 0 ? HOLDS_YES : HOLDS_NO;
	if (b->seen_in != NULL && kver_cmp(x, b->seen_in) >= 0)
		return HOLDS_YES;
	if (b->after != NULL && kver_cmp(x, b->after) <= 0)
		return HOLDS_NO;
	return HOLDS_UNKNOWN;
}

enum holds
range_holds(const struct version *since, const struct version *until,
    struct kver x)
{
	enum holds	 a, b;

	a = bound_absent(since) ? HOLDS_YES : reached(since, x);
	b = bound_absent(until) ? HOLDS_NO : reached(until, x);
	if (a == HOLDS_NO || b == HOLDS_YES)
		return HOLDS_NO;
	if (a == HOLDS_UNKNOWN || b == HOLDS_UNKNOWN)
		return HOLDS_UNKNOWN;
	return HOLDS_YES;
}

static const char *
window(const struct version *b, char *buf, size_t bufsz)
{
	if (b->after != NULL && b->seen_in != NULL)
		snprintf(buf, bufsz, "between %s and %s", b->after,
		    b->seen_in);
	else if (b->seen_in != NULL)
		snprintf(buf, bufsz, "before %s, first release unknown",
		    b->seen_in);
	else
		snprintf(buf, bufsz, "after %s, release unknown",
		    b->after != NULL ? b->after : "?");
	return buf;
}

const char *
range_unknown_why(const struct version *since, const struct version *until,
    struct kver x, char *buf, size_t bufsz)
{
	char	 w[128];

	if (!bound_absent(since) && reached(since, x) == HOLDS_UNKNOWN)
		snprintf(buf, bufsz, "added %s", window(since, w, sizeof(w)));
	else
		snprintf(buf, bufsz, "removed %s",
		    window(until, w, sizeof(w)));
	return buf;
}

/*
 * Loader checks.
 */

static const struct release *
find_release(const struct spec *s, const char *v)
{
	size_t	 i;

	for (i = 0; i < s->nreleases; i++)
		if (s->releases[i].name != NULL &&
		    version_cmp(s->releases[i].name, v) == 0)
			return &s->releases[i];
	return NULL;
}

static void
check_named(const struct spec *s, const struct version *b, const char *v)
{
	if (v != NULL && s->nreleases > 0 && find_release(s, v) == NULL)
		msg_error(&b->pos, "unknown release \"%s\": list it under "
		    "\"releases\" with the tree read or the kernel observed",
		    v);
}

/* The earliest and latest versions a bound can stand for. */
static const char *
earliest(const struct version *b, int *eps)
{
	*eps = b->name == NULL;
	return b->name != NULL ? b->name : b->after;
}

static const char *
latest(const struct version *b)
{
	return b->name != NULL ? b->name : b->seen_in;
}

static void
check_bound(const struct spec *s, const struct version *b)
{
	check_named(s, b, b->seen_in);
	check_named(s, b, b->after);
	if (b->seen_in != NULL && b->after != NULL &&
	    version_cmp(b->after, b->seen_in) >= 0)
		msg_error(&b->pos, "\"after\" %s is not before \"seen_in\" %s",
		    b->after, b->seen_in);
}

static void
check_range(const struct spec *s, const struct version *since,
    const struct version *until)
{
	const char	*lo, *hi;
	int		 eps, c;

	check_bound(s, since);
	check_bound(s, until);
	if (bound_absent(since) || bound_absent(until))
		return;
	lo = earliest(since, &eps);
	hi = latest(until);
	if (lo == NULL || hi == NULL)
		return;
	c = version_cmp(lo, hi);
	if (c > 0 || (c == 0 && (eps || since->name != NULL)))
		msg_error(&until->pos, "range: since %s is not before "
		    "until %s", lo, hi);
}

static void
check_steps(const struct spec *s, const struct step *st, size_t n)
{
	size_t	 i, j;

	for (i = 0; i < n; i++) {
		for (j = 0; j < st[i].nvariants; j++)
			check_range(s, &st[i].variants[j].range.since,
			    &st[i].variants[j].range.until);
		check_steps(s, st[i].sub, st[i].nsub);
	}
}

static void
check_releases(const struct spec *s)
{
	size_t	 i;

	for (i = 1; i < s->nreleases; i++) {
		if (s->releases[i - 1].name == NULL ||
		    s->releases[i].name == NULL)
			continue;
		if (version_cmp(s->releases[i - 1].name,
		    s->releases[i].name) >= 0)
			msg_error(&s->releases[i].pos, "releases: \"%s\" "
			    "must come after \"%s\": list them oldest first",
			    s->releases[i].name, s->releases[i - 1].name);
	}
	if (s->schema == 2 && s->nreleases > 0 && s->kernel != NULL &&
	    s->releases[s->nreleases - 1].name != NULL &&
	    version_cmp(s->kernel, s->releases[s->nreleases - 1].name) != 0)
		msg_error(&s->releases[s->nreleases - 1].pos, "releases: the "
		    "newest is %s, but \"kernel\" says %s",
		    s->releases[s->nreleases - 1].name, s->kernel);
}

void
ranges_check(const struct spec *s)
{
	const struct iface	*f;
	size_t			 i, j;

	check_releases(s);
	for (i = 0; i < s->nifaces; i++) {
		f = &s->ifaces[i];
		check_range(s, &f->since, &f->until);
		for (j = 0; j < f->ngates; j++)
			check_range(s, &f->gates[j].since, &f->gates[j].until);
		for (j = 0; j < f->nnotes; j++)
			check_range(s, &f->notes[j].range.since,
			    &f->notes[j].range.until);
	}
	check_steps(s, s->steps, s->nsteps);
}

/*
 * Schema 1 described one kernel, "kernel".  Every fact in it holds
 * there, except a change seen only in a newer kernel ("seen_in").
 * "kernel" stays the release the commands default to, even when a
 * newer one is named.
 */
static void
upgrade_bound(struct version *b, const char *kernel)
{
	if (b->name != NULL || b->unconfirmed == NULL)
		return;
	if (b->seen_in == NULL)
		b->seen_in = xstrdup(kernel);
	else if (b->after == NULL && version_cmp(b->seen_in, kernel) > 0)
		b->after = xstrdup(kernel);
}

static void
add_release(struct spec *s, const char *v)
{
	size_t	 i;

	if (v == NULL || find_release(s, v) != NULL)
		return;
	s->releases = xreallocarray(s->releases, s->nreleases + 1,
	    sizeof(*s->releases));
	for (i = s->nreleases; i > 0; i--) {
		if (version_cmp(s->releases[i - 1].name, v) < 0)
			break;
		s->releases[i] = s->releases[i - 1];
	}
	memset(&s->releases[i], 0, sizeof(s->releases[i]));
	s->releases[i].name = xstrdup(v);
	s->releases[i].observed = xstrdup("named by a schema 1 spec");
	s->nreleases++;
}

void
ranges_upgrade(struct spec *s)
{
	struct iface	*f;
	size_t		 i, j;

	if (s->kernel == NULL)
		return;
	add_release(s, s->kernel);
	for (i = 0; i < s->nifaces; i++) {
		f = &s->ifaces[i];
		upgrade_bound(&f->since, s->kernel);
		add_release(s, f->since.seen_in);
		for (j = 0; j < f->ngates; j++) {
			upgrade_bound(&f->gates[j].since, s->kernel);
			add_release(s, f->gates[j].since.seen_in);
			add_release(s, f->gates[j].since.after);
		}
	}
}

/*
 * The spec as of one release.
 */

const char *
ranges_oldest(const struct spec *s)
{
	return s->nreleases > 0 ? s->releases[0].name : NULL;
}

const char *
ranges_release(const struct spec *s, const char *arg)
{
	const struct release	*r;
	const char		*oldest = ranges_oldest(s), *newest;
	char			 num[32];
	size_t			 n;

	/* A build such as "6.18.44-fc-v1045" is its release. */
	n = strspn(arg, "0123456789.");
	snprintf(num, sizeof(num), "%.*s", (int)n, arg);
	newest = s->nreleases > 0 ? s->releases[s->nreleases - 1].name : NULL;
	if (!version_ok(num) || oldest == NULL) {
		msg_fatal("--kernel: invalid release \"%s\": expected numbers "
		    "and dots, such as 6.12.117", arg);
		return NULL;
	}
	if ((r = find_release(s, num)) != NULL)
		return r->name;
	if (version_cmp(num, oldest) < 0 || version_cmp(num, newest) > 0) {
		msg_fatal("--kernel: unknown release \"%s\": the spec covers "
		    "Linux %s to %s", arg, oldest, newest);
		return NULL;
	}
	return arg;	/* between two releases: spec_at() says what it knows */
}

static int
unknown_at(const struct spec *s, const struct version *since,
    const struct version *until, const struct pos *pos, const char *what,
    struct kver x)
{
	char	 why[192];

	msg_file(s->file);
	msg_error(pos, "%s: the spec does not know whether it holds in "
	    "Linux %s: %s", what, x.v,
	    range_unknown_why(since, until, x, why, sizeof(why)));
	msg_file("ptrace-access");
	return -1;
}

/*
 * Stable partition: the elements to keep first, in order, the others
 * after them, so that spec_free() still finds them.  Returns how many
 * are kept.
 */
static size_t
partition(void *arr, size_t elsize, size_t n, const char *keep)
{
	char	*a = arr, *tmp;
	size_t	 i, k = 0;

	tmp = xcalloc(1, elsize + 1);
	for (i = 0; i < n; i++) {
		if (!keep[i])
			continue;
		memcpy(tmp, a + i * elsize, elsize);
		memmove(a + (k + 1) * elsize, a + k * elsize,
		    (i - k) * elsize);
		memcpy(a + k * elsize, tmp, elsize);
		k++;
	}
	free(tmp);
	return k;
}

/*
 * A fact newer than the oldest release the spec covers says since
 * when, in a sentence of its own after its text.
 */
static void
say_since(const struct spec *s, struct text *t, const struct version *since)
{
	const char	*oldest = ranges_oldest(s), *first;
	struct sbuf	 b = { NULL, 0, 0 };

	first = since->name != NULL ? since->name : since->seen_in;
	if (t->src == NULL || first == NULL || oldest == NULL ||
	    version_cmp(first, oldest) <= 0)
		return;
	if (since->name != NULL)
		sbuf_printf(&b, "%s\nThis is so since Linux %s.", t->src,
		    since->name);
	else if (since->after != NULL)
		sbuf_printf(&b, "%s\nThis is so since a release after "
		    "Linux %s,\nand at the latest since Linux %s.", t->src,
		    since->after, since->seen_in);
	else
		sbuf_printf(&b, "%s\nThis is so at the latest since "
		    "Linux %s.", t->src, since->seen_in);
	free(t->src);
	t->src = b.s;
}

static int
gates_at(const struct spec *s, struct iface *f, struct kver x)
{
	char	*keep;
	size_t	 i;
	int	 rc = 0;

	keep = xcalloc(f->ngates + f->nnotes + 1, 1);
	for (i = 0; i < f->ngates && rc == 0; i++) {
		switch (range_holds(&f->gates[i].since, &f->gates[i].until, x)) {
		case HOLDS_UNKNOWN:
			rc = unknown_at(s, &f->gates[i].since,
			    &f->gates[i].until, &f->gates[i].pos,
			    f->gates[i].name, x);
			break;
		case HOLDS_YES:
			keep[i] = 1;
			say_since(s, &f->gates[i].text, &f->gates[i].since);
			break;
		case HOLDS_NO:
			break;
		}
	}
	if (rc == 0)
		f->ngates = partition(f->gates, sizeof(*f->gates), f->ngates,
		    keep);
	memset(keep, 0, f->nnotes + 1);
	for (i = 0; i < f->nnotes && rc == 0; i++) {
		switch (range_holds(&f->notes[i].range.since,
		    &f->notes[i].range.until, x)) {
		case HOLDS_UNKNOWN:
			rc = unknown_at(s, &f->notes[i].range.since,
			    &f->notes[i].range.until, &f->notes[i].pos,
			    "note", x);
			break;
		case HOLDS_YES:
			keep[i] = 1;
			say_since(s, &f->notes[i].text,
			    &f->notes[i].range.since);
			break;
		case HOLDS_NO:
			break;
		}
	}
	if (rc == 0)
		f->nnotes = partition(f->notes, sizeof(*f->notes), f->nnotes,
		    keep);
	free(keep);
	return rc;
}

/* A variant's sentences follow the step's own, which hold in every release. */
static void
append_text(struct text *dst, const struct text *src)
{
	struct sbuf	 b = { NULL, 0, 0 };

	if (src->src == NULL)
		return;
	if (dst->src == NULL) {
		dst->src = xstrdup(src->src);
		dst->pos = src->pos;
		return;
	}
	sbuf_printf(&b, "%s\n%s", dst->src, src->src);
	free(dst->src);
	dst->src = b.s;
}

/* Put the variant that holds at x in force. */
static int
steps_at(const struct spec *s, struct step *st, size_t n, struct kver x)
{
	struct variant	*v;
	size_t		 i, j;

	for (i = 0; i < n; i++) {
		for (j = 0; j < st[i].nvariants; j++) {
			v = &st[i].variants[j];
			switch (range_holds(&v->range.since, &v->range.until,
			    x)) {
			case HOLDS_UNKNOWN:
				return unknown_at(s, &v->range.since,
				    &v->range.until, &v->pos, v->id, x);
			case HOLDS_NO:
				continue;
			case HOLDS_YES:
				break;
			}
			st[i].variant = v->id;
			say_since(s, v->text.src != NULL ? &v->text : &v->after,
			    &v->range.since);
			append_text(&st[i].text, &v->text);
			append_text(&st[i].after, &v->after);
			break;
		}
		if (steps_at(s, st[i].sub, st[i].nsub, x) == -1)
			return -1;
	}
	return 0;
}

int
spec_at(struct spec *s, const char *release)
{
	struct kver	 x = { release, 0 };
	struct iface	*f;
	char		*keep;
	size_t		 i;
	int		 rc = 0;

	keep = xcalloc(s->nifaces + 1, 1);
	for (i = 0; i < s->nifaces && rc == 0; i++) {
		f = &s->ifaces[i];
		switch (range_holds(&f->since, &f->until, x)) {
		case HOLDS_UNKNOWN:
			rc = unknown_at(s, &f->since, &f->until, &f->pos,
			    f->name, x);
			break;
		case HOLDS_YES:
			keep[i] = 1;
			rc = gates_at(s, f, x);
			break;
		case HOLDS_NO:
			break;
		}
	}
	if (rc == 0) {
		s->nifaces = partition(s->ifaces, sizeof(*s->ifaces),
		    s->nifaces, keep);
		rc = steps_at(s, s->steps, s->nsteps, x);
	}
	free(keep);
	s->at = release;
	return rc;
}
