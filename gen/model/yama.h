/*
 * Yama, the security module that Debian's kernels build in after
 * commoncap (kernel-facts.md 3b): at ptrace_scope 1 to 3 it restricts
 * every check made at the ATTACH level, and leaves READ checks alone.
 *
 * The model asks it as the last security module (algo.c, step "lsm"),
 * for a scenario run at a given scope; the scenarios here are the ones
 * that tell its scopes apart: a caller that is the target's parent,
 * and targets that named a tracer with PR_SET_PTRACER.  The generated
 * tests read the scope at run time and pick the expectation for it.
 */
#ifndef YAMA_H
#define YAMA_H

#include <stddef.h>

#include "model/algo.h"

#define YAMA_SCOPES	4	/* ptrace_scope 0 (off) to 3 (no attach) */

/*
 * Step "lsm", Yama's part: whether Yama lets the caller through at
 * the scenario's scope; on a refusal, v says why.
 */
int		 yama_allows(unsigned int mode, const struct scenario *,
		    struct verdict *v);

/* The scenarios that only Yama tells apart; ATTACH interfaces only. */
extern const struct scenario	 yama_scenarios[];
extern const size_t		 nyama_scenarios;

/* The C name of a relation in the tests (harness.h), or NULL for none. */
const char	*relation_enum_name(enum relation);

#endif /* !YAMA_H */
