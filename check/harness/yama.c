/*
 * Yama's ptrace_scope, read when the test runs: each case carries the
 * expectation of the model at scope 0 and, if Yama changes it, the one
 * from the scope on where it does (harness.h, yama_from).
 */
#include <stddef.h>

#include "internal.h"

/* 0 to 3; 0 also when the kernel has no Yama. */
long
pa_yama_scope(void)
{
	static long	 scope = -2;

	if (scope == -2 && (scope = pa_sysctl(
	    "/proc/sys/kernel/yama/ptrace_scope")) < 0)
		scope = 0;
	return scope;
}

/* The case as this scope makes it: c, or a copy in buf. */
const struct pa_case *
pa_yama_case(const struct pa_case *c, struct pa_case *buf)
{
	if (c->yama_from == 0 || pa_yama_scope() < c->yama_from)
		return c;
	*buf = *c;
	buf->expect = c->yama_expect;
	buf->want = c->yama_want;
	buf->want_err = c->yama_want_err;
	return buf;
}

/*
 * Whether the control probe's failure is Yama's doing: at scope 3 it
 * refuses even root an ATTACH check, as the cases of the test expect.
 */
int
pa_yama_refused(const struct pa_test *t, const struct pa_outcome *o)
{
	const struct pa_case	*c;
	size_t			 i;

	for (i = 0; i < t->ncases; i++) {
		c = &t->cases[i];
		if (c->yama_from != 0 && c->yama_from <= pa_yama_scope() &&
		    !c->target.thread)
			return o->result == c->yama_want &&
			    (o->result != PA_ERRNO || o->err == c->yama_want_err);
	}
	return 0;
}
