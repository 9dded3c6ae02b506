/*
 * What a case of a generated test expects across the releases the
 * spec covers.  The version line is cut at every release and bound
 * the spec names; in each piece the interface and its gates either
 * hold or not, or the spec does not know.  The model decides the case
 * in each piece, and neighbouring pieces that agree become one span.
 * Outside the releases covered, a test expects what the nearest
 * covered release does.
 */
#include <stdlib.h>
#include <string.h>

#include "model/algo.h"
#include "model/model.h"
#include "ranges/ranges.h"
#include "ranges/spans.h"
#include "xalloc.h"

struct points {
	const char	**v;
	size_t		  n;
};

static void
add_point(struct points *p, const char *v, const char *oldest)
{
	size_t	 i;

	if (v == NULL || version_cmp(v, oldest) < 0)
		return;		/* before the releases covered */
	for (i = 0; i < p->n; i++)
		if (version_cmp(p->v[i], v) == 0)
			return;
	p->v = xreallocarray(p->v, p->n + 1, sizeof(*p->v));
	p->v[p->n++] = v;
}

static void
add_bound(struct points *p, const struct version *b, const char *oldest)
{
	add_point(p, b->name, oldest);
	add_point(p, b->after, oldest);
	add_point(p, b->seen_in, oldest);
}

static int
by_version(const void *a, const void *b)
{
	return version_cmp(*(const char *const *)a, *(const char *const *)b);
}

/* The releases and the bounds of this interface, in order. */
static void
cut(const struct spec *s, const struct iface *f, struct points *p)
{
	const char	*oldest = ranges_oldest(s);
	size_t		 i;

	for (i = 0; i < s->nreleases; i++)
		add_point(p, s->releases[i].name, oldest);
	add_bound(p, &f->since, oldest);
	add_bound(p, &f->until, oldest);
	for (i = 0; i < f->ngates_all; i++) {
		add_bound(p, &f->gates[i].since, oldest);
		add_bound(p, &f->gates[i].until, oldest);
	}
	qsort(p->v, p->n, sizeof(*p->v), by_version);
}

/*
 * The case at x with the gates that hold there; a gate the spec is
 * unsure of is taken (bit set in `with') or left out.
 */
static void
decide_with(const struct iface *f, const struct scenario *sc, struct kver x,
    unsigned int with, struct piece *out)
{
	struct iface	 g = *f;
	size_t		 i, k = 0, u = 0;
	enum holds	 h;

	g.gates = xcalloc(f->ngates_all + 1, sizeof(*g.gates));
	for (i = 0; i < f->ngates_all; i++) {
		h = range_holds(&f->gates[i].since, &f->gates[i].until, x);
		if (h == HOLDS_UNKNOWN && (with & (1u << u++)) == 0)
			continue;
		if (h != HOLDS_NO)
			g.gates[k++] = f->gates[i];
	}
	g.ngates = g.ngates_all = k;
	scenario_adapt(&g, sc, &out->s);
	algo_decide(&g, &out->s, &out->v);
	free(g.gates);
}

static int
same_case(const struct piece *a, const struct piece *b)
{
	return memcmp(&a->s.caller, &b->s.caller, sizeof(a->s.caller)) == 0 &&
	    a->v.result == b->v.result && a->v.errnum == b->v.errnum &&
	    strcmp(a->v.step, b->v.step) == 0 &&
	    strcmp(a->v.reason, b->v.reason) == 0;
}

/* The case at x, or why the spec cannot say. */
static void
decide(const struct iface *f, const struct scenario *sc, struct kver x,
    struct piece *out)
{
	struct piece	 other;
	size_t		 i, nunknown = 0;
	unsigned int	 with;

	memset(out, 0, sizeof(*out));
	out->known = 1;
	switch (range_holds(&f->since, &f->until, x)) {
	case HOLDS_NO:
		out->known = 0;
		snprintf(out->why, sizeof(out->why), "the spec has no "
		    "such check in this release");
		return;
	case HOLDS_UNKNOWN:
		out->known = 0;
		range_unknown_why(&f->since, &f->until, x, out->why,
		    sizeof(out->why));
		return;
	case HOLDS_YES:
		break;
	}
	for (i = 0; i < f->ngates_all; i++)
		if (range_holds(&f->gates[i].since, &f->gates[i].until, x) ==
		    HOLDS_UNKNOWN && nunknown++ == 0)
			range_unknown_why(&f->gates[i].since,
			    &f->gates[i].until, x, out->why, sizeof(out->why));
	/* Known if every way the unsure gates could go agrees. */
	decide_with(f, sc, x, 0, out);
	for (with = 1; nunknown < 8 && with < (1u << nunknown); with++) {
		decide_with(f, sc, x, with, &other);
		if (!same_case(out, &other)) {
			out->known = 0;
			return;
		}
	}
}

static int
same_piece(const struct piece *a, const struct piece *b)
{
	if (a->known != b->known)
		return 0;
	return a->known ? same_case(a, b) : strcmp(a->why, b->why) == 0;
}

size_t
case_spans(const struct spec *s, const struct iface *f,
    const struct scenario *sc, struct span **out)
{
	struct points	 p = { NULL, 0 };
	struct span	*sp = NULL;
	struct piece	 pc;
	struct kver	 x;
	size_t		 i, n = 0;
	int		 eps;

	cut(s, f, &p);
	/* Piece 2i is the release p[i] itself, piece 2i+1 just after it. */
	for (i = 0; i < 2 * p.n; i++) {
		eps = i % 2;
		x.v = p.v[i / 2];
		x.eps = eps;
		decide(f, sc, x, &pc);
		if (n > 0 && same_piece(&sp[n - 1].piece, &pc)) {
			sp[n - 1].hi.v = i + 1 < 2 * p.n ? p.v[(i + 1) / 2] :
			    NULL;
			sp[n - 1].hi.eps = !eps;
			continue;
		}
		sp = xreallocarray(sp, n + 1, sizeof(*sp));
		sp[n].piece = pc;
		sp[n].lo.v = n == 0 ? NULL : x.v;	/* and all before */
		sp[n].lo.eps = eps;
		sp[n].hi.v = i + 1 < 2 * p.n ? p.v[(i + 1) / 2] : NULL;
		sp[n].hi.eps = !eps;
		n++;
	}
	free(p.v);
	*out = sp;
	return n;
}

/*
 * For exports that know only "expected from this release on": the
 * release from which the case's outcome in the newest release holds
 * without a break, or NULL if it holds in every release covered.  A
 * stretch that starts just after a release starts, here, at it.
 */
const char *
case_needs_linux(const struct spec *s, const struct iface *f,
    const struct scenario *sc)
{
	struct span	*sp;
	const char	*from = NULL;
	size_t		 i, n;

	n = case_spans(s, f, sc, &sp);
	for (i = n; i > 0; i--) {
		if (!sp[i - 1].piece.known ||
		    !same_case(&sp[i - 1].piece, &sp[n - 1].piece))
			break;
		from = sp[i - 1].lo.v;
	}
	free(sp);
	return from;
}
