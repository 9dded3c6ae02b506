/*
 * What a case of a generated test expects in each stretch of releases
 * (spans.c), so that the test picks its expectation from the running
 * kernel.
 */
#ifndef SPANS_H
#define SPANS_H

#include "model/algo.h"
#include "ranges/ranges.h"

/* The case in one piece of the version line. */
struct piece {
	int		 known;
	char		 why[160];	/* why the spec cannot say */
	struct scenario	 s;		/* as adapted there */
	struct verdict	 v;
};

/* Releases from lo (inclusive) up to hi (exclusive); NULL: open. */
struct span {
	struct kver	 lo;
	struct kver	 hi;
	struct piece	 piece;
};

/* The spans of one case, oldest first; the caller frees *out. */
size_t		 case_spans(const struct spec *, const struct iface *,
		    const struct scenario *, struct span **out);
/* The release from which the newest outcome holds, or NULL: always. */
const char	*case_needs_linux(const struct spec *, const struct iface *,
		    const struct scenario *);

#endif /* !SPANS_H */
