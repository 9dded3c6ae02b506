/*
 * What the test emitters share.  gen/out_tests.c writes the TAP tests
 * (and, until gen/emit/out_ltp.c replaces it, the LTP skeletons) from:
 *   test_probe.c	the probe of an interface as a test holds it: the
 *			#define lines from the spec's argument, then the
 *			code of check/probes/METHOD.c (embedded)
 *   test_parts.c	comments from the spec's prose, the head comment,
 *			and one row of the case table per scenario
 */
#ifndef EMIT_TESTS_H
#define EMIT_TESTS_H

#include <stdio.h>

#include "model/algo.h"
#include "model/model.h"

/* A probe as a test holds it. */
struct probe_text {
	void		 (*params)(FILE *, const char *);
	const char	*code;		/* check/probes/METHOD.c */
	int		 unready;	/* the code defines unready() */
	const char	*includes;	/* check/probes/includes.h */
};

/* -1, with a positioned error, if this build lacks the probe's code. */
int		 probe_text(const struct iface *, struct probe_text *);
void		 emit_probe(FILE *, const struct iface *,
		    const struct probe_text *);

/* Text into a block comment: each line gets the comment's " * ". */
void		 comment_text(FILE *, const struct text *);
void		 comment_str(FILE *, const char *);
/* The prose that heads every kind of test. */
void		 emit_about(FILE *, const struct spec *, const struct iface *);
/*
 * The case of one scenario, expectation derived by the model; with
 * alts, also its expectations on the other releases the spec covers.
 */
void		 emit_case(FILE *, const struct spec *, const struct iface *,
		    const struct scenario *, int alts);
/* A verdict in words: "step (3) ...: denied, EPERM". */
void		 expectation(const struct spec *, const struct verdict *,
		    char *buf, size_t bufsz);

#endif /* !EMIT_TESTS_H */
