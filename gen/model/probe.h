/*
 * The probe methods: how a test exercises an interface once, as the
 * model knows them.
 *
 * The spec names a method and its argument (probe: {method: kcmp,
 * arg: KCMP_VM}); this table says which arguments are valid, and the
 * kernel facts that come with the method rather than with the spec: a
 * ptrace attach refuses the caller's own thread group before any
 * check, setns(2) needs CAP_SYS_ADMIN of every caller, the hidepid=
 * probes look at a /proc instance of their own.  The loader validates
 * with probe_check(); the model (algo.c) and the test emitters read
 * the rest.  The probe code itself is check/probes/METHOD.c.
 */
#ifndef PROBE_H
#define PROBE_H

#include "model/model.h"

enum argrule {
	ARG_NONE,
	ARG_OPTIONAL,
	ARG_REQUIRED
};

struct probe_method {
	const char	*name;		/* the spec's probe: method */
	enum argrule	 arg;
	/* Why a given arg is wrong, or NULL. */
	const char	*(*check)(const char *arg);
	const char	*caps;		/* a capability the probe needs */
	/* The kernel refuses the caller's own thread group first. */
	int		 own_group_refused;
	/*
	 * The hidepid= value of the private /proc the probe uses, unless
	 * the arg names another; NULL: the probe uses the system's /proc.
	 */
	const char	*hidepid;
};

/* A namespace, for the pidfd ioctls and for setns. */
struct probe_ns {
	const char	*name;		/* "uts" */
	const char	*ioctl;		/* PIDFD_GET_UTS_NAMESPACE */
	const char	*clone;		/* CLONE_NEWUTS; NULL: not for setns */
};

/* NULL if the probe is valid, else why not. */
const char	*probe_check(const struct probe *);
/* The method of a probe the loader validated. */
const struct probe_method *probe_method_of(const struct probe *);
/* The name of the i-th method, or NULL past the last. */
const char	*probe_method_name(size_t i);
const struct probe_ns *probe_ns(const char *name);	/* NULL if unknown */
/* The hidepid= value of the probe's own /proc, or NULL. */
const char	*probe_hidepid(const struct probe *);

#endif /* !PROBE_H */
