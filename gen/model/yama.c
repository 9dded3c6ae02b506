/*
 * Yama's ptrace access check, as security/yama/yama_lsm.c makes it
 * (kernel-facts.md 3b), and the scenarios that tell its scopes apart.
 * See yama.h.
 */
#include <stdio.h>

#include "model/yama.h"

/*
 * Scope 1 lets a caller through when the target descends from it, when
 * the target declared it (or any process) its tracer with
 * PR_SET_PTRACER, or when it has CAP_SYS_PTRACE; scope 2 only with
 * CAP_SYS_PTRACE; scope 3 never.  The capability counts in the target's
 * user namespace, which is the caller's in every scenario.
 */
int
yama_allows(unsigned int mode, const struct scenario *s, struct verdict *v)
{
	const char	*why;
	int		 ptrace_cap;

	if (!(mode & MODE_ATTACH) || s->yama == 0)
		return 1;
	ptrace_cap = (s->caller.eff &
	    CAPBIT(cap_value("CAP_SYS_PTRACE"))) != 0;
	switch (s->yama) {
	case 1:
		if (ptrace_cap || s->relation != REL_NONE)
			return 1;
		why = "the caller is not an ancestor of the target, "
		    "nor its declared tracer";
		break;
	case 2:
		if (ptrace_cap)
			return 1;
		why = "the caller lacks CAP_SYS_PTRACE";
		break;
	default:
		why = "no attaching at all";
		break;
	}
	v->allowed = 0;
	v->step = "lsm";
	snprintf(v->reason, sizeof(v->reason), "Yama ptrace_scope %d: %s",
	    s->yama, why);
	return 0;
}

#define U	40000
#define G	40000
#define PLAIN	{ { U, U, U, U }, { G, G, G, G }, 0, 0 }

/*
 * Same ids, no capabilities, a dumpable target: the control same-ids
 * of algo.c, with a relation.  same-ids itself is the caller that is
 * no relation of the target (a sibling: both are children of the test).
 */
const struct scenario yama_scenarios[] = {
	{ "caller-is-parent",
	  "The caller forked the target: under Yama's scope 1 a parent "
	  "may attach to its child.",
	  PLAIN, PLAIN, 1, 0, REL_PARENT, 0 },
	{ "ptracer-any",
	  "The target declared any process its tracer: "
	  "prctl(PR_SET_PTRACER, PR_SET_PTRACER_ANY).",
	  PLAIN, PLAIN, 1, 0, REL_PTRACER_ANY, 0 },
	{ "ptracer-ancestor",
	  "The target declared the test process its tracer with "
	  "PR_SET_PTRACER; the caller is a child of the test process.",
	  PLAIN, PLAIN, 1, 0, REL_PTRACER_ANCESTOR, 0 },
};

const size_t nyama_scenarios = sizeof(yama_scenarios) /
    sizeof(yama_scenarios[0]);

const char *
relation_enum_name(enum relation r)
{
	static const char *const names[] = {
		[REL_NONE] = NULL,
		[REL_PARENT] = "PA_REL_PARENT",
		[REL_PTRACER_ANY] = "PA_REL_PTRACER_ANY",
		[REL_PTRACER_ANCESTOR] = "PA_REL_PTRACER_ANCESTOR",
	};

	return names[r];
}
