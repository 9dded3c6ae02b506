/*
 * Version ranges (schema 2): in which releases a fact of the spec
 * holds, and the spec as of one release.
 *
 * A bound is a release where something changed.  A confirmed bound
 * names the first release with the change ("version").  An unknown one
 * may be pinned between two releases the spec lists under "releases":
 * absent from "after", present in "seen_in".  A release that falls
 * strictly between them is one where the spec does not know.
 */
#ifndef RANGES_H
#define RANGES_H

#include "model/model.h"

enum holds {
	HOLDS_NO,
	HOLDS_YES,
	HOLDS_UNKNOWN
};

/*
 * A point on the version line: a release, or (eps) just after it,
 * which stands for every version between it and the next bound.
 */
struct kver {
	const char	*v;
	int		 eps;
};

/* "6.18.44-fc-v1045" and "6.18.44" compare equal; -1, 0 or 1. */
int		 version_cmp(const char *, const char *);
int		 version_ok(const char *);	/* "4.5", "6.12.117" */
int		 bound_absent(const struct version *);
/* Whether a fact with this since and until holds at x. */
enum holds	 range_holds(const struct version *since,
		    const struct version *until, struct kver x);
/* Why a fact is unknown at x: "between 6.12.117 and 6.18.44". */
const char	*range_unknown_why(const struct version *since,
		    const struct version *until, struct kver x,
		    char *buf, size_t bufsz);

/* Loader checks: releases named, since before until.  Reports errors. */
void		 ranges_check(const struct spec *);
/* Schema 1: every release it names becomes a release of its own. */
void		 ranges_upgrade(struct spec *);

/* The release a --kernel argument names, or NULL after an error. */
const char	*ranges_release(const struct spec *, const char *arg);
/*
 * Hide every interface, gate and note that does not hold at release,
 * and put each step's variant in force.  Reports the first fact the
 * spec does not know at that release and returns -1.
 */
int		 spec_at(struct spec *, const char *release);
/* The oldest release the spec covers, or NULL. */
const char	*ranges_oldest(const struct spec *);

#endif /* !RANGES_H */
