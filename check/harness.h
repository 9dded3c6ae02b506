/*
 * The runtime of every generated conformance test.
 *
 * A test is a table of cases for one kernel interface.  Each case
 * names the credentials of a target process and of a caller, and what
 * the caller must observe when it probes the target through the
 * interface.  The harness parks one process per distinct target,
 * forks one caller per case, compares what it saw with what the model
 * predicted, and prints TAP version 13.
 *
 * It ends with kselftest's "# Totals:" line.  Exit status: 1 when a
 * case failed, else 0, even when every case was skipped (its TAP says
 * SKIP; prove counts any other status as a failure).
 */
#ifndef HARNESS_H
#define HARNESS_H

#include <sys/types.h>

#include <stddef.h>
#include <stdint.h>

#include "harness/pa_result.h"

/* The four ids of a credential, indexing pa_cred's uid and gid. */
enum pa_id {
	PA_REAL,
	PA_EFF,
	PA_SAVED,
	PA_FS
};

/* A capability set: bit n is capability n of <linux/capability.h>. */
#define PA_CAP(n)	(UINT64_C(1) << (n))

struct pa_cred {
	uid_t		 uid[4];	/* real, effective, saved, fs */
	gid_t		 gid[4];
	uint64_t	 eff;		/* effective capabilities */
	uint64_t	 perm;		/* permitted capabilities */
};

/*
 * How the caller is related to the target, beyond ids: what Yama's
 * scope 1 asks.  Without one, both are children of the test process.
 */
enum pa_relation {
	PA_REL_NONE,
	PA_REL_PARENT,		/* the caller forks the target */
	PA_REL_PTRACER_ANY,	/* the target: PR_SET_PTRACER_ANY */
	PA_REL_PTRACER_ANCESTOR	/* the target names the test process */
};

struct pa_target {
	struct pa_cred	 cred;
	int		 dumpable;	/* the PR_SET_DUMPABLE argument */
	int		 thread;	/* a thread of the caller itself */
	enum pa_relation relation;
};

/*
 * PA_ALLOWED, PA_ERRNO (with err), PA_ZEROED, PA_PRINTS_ZERO, PA_OMITTED;
 * PA_BROKEN says why in note; PA_SKIPPED is the harness's alone.  See
 * harness/pa_result.h.
 */
struct pa_outcome {
	enum pa_result	 result;
	int		 err;		/* with PA_ERRNO */
	char		 note[160];
};

/*
 * The expectation of a case in a stretch of releases where it is not
 * the case's own (that of the release the tests were generated for):
 * from lo up to hi, each NULL when open, and each taken "just after"
 * the release when its _after flag is set.  unknown says why the spec
 * cannot tell what happens there.
 */
struct pa_alt {
	const char	*lo;
	int		 lo_after;
	const char	*hi;
	int		 hi_after;
	const char	*unknown;
	const char	*expect;
	enum pa_result	 want;
	int		 want_err;
};

struct pa_case {
	const char	*scenario;	/* the scenario id: "uid-differs" */
	const char	*expect;	/* "step (3) ...: denied, EPERM" */
	struct pa_cred	 caller;
	struct pa_target target;
	enum pa_result	 want;
	int		 want_err;	/* with PA_ERRNO */
	/* other expectations for other releases (generated from the spec) */
	const struct pa_alt *alts;
	size_t		 nalts;
	/*
	 * Under Yama's ptrace_scope yama_from (1 to 3) and above, the
	 * expectation is yama_expect, yama_want, yama_want_err instead;
	 * 0: Yama changes nothing for this case.
	 */
	int		 yama_from;
	const char	*yama_expect;
	enum pa_result	 yama_want;
	int		 yama_want_err;
};

/* Probe the target once from the caller and say what happened. */
typedef void	(*pa_probe)(pid_t target, struct pa_outcome *);

struct pa_test {
	const char	*iface;		/* "/proc/[pid]/stat" */
	pa_probe	 probe;
	/* NULL, or why the interface cannot be tested on this system */
	const char	*(*unready)(void);
	/* what the spec says the interface needs, or NULL */
	const char	*needs;
	/*
	 * The hidepid= value of a private /proc instance that the probe
	 * uses (pa_hidepid_dir), or NULL when it uses the system's /proc.
	 */
	const char	*hidepid;
	int		 attach;	/* the check is PTRACE_MODE_ATTACH */
	const struct pa_case *cases;
	size_t		 ncases;
};

int		 pa_run(const struct pa_test *);

/* For probes: record the outcome. */
void		 pa_allowed(struct pa_outcome *);
void		 pa_failed(struct pa_outcome *, int err);
void		 pa_outcome(struct pa_outcome *, enum pa_result,
			const char *fmt, ...)
			__attribute__((format(printf, 3, 4)));

/* For probes: "/proc/PID/FILE" into buf. */
void		 pa_proc_path(char *buf, size_t bufsz, pid_t,
			const char *file);
/* For probes: a pidfd for a process or for a thread, or -1. */
int		 pa_pidfd(pid_t);
/* For probes: the process (thread group) a thread belongs to. */
pid_t		 pa_process(pid_t);
/* For unready(): the number in a /proc/sys file, or -1. */
long		 pa_sysctl(const char *path);

/*
 * Objects that exist at the same address in the caller and in every
 * target, because all of them are forks of the test binary.
 */
extern volatile unsigned long	 pa_cookie;
extern char			 pa_page[];	/* one page */
extern size_t			 pa_pagesz;
/* The map_files entry of the test binary's first mapping. */
extern char			 pa_map_entry[64];
/* The private /proc instance of a test with hidepid set. */
extern char			 pa_hidepid_dir[64];

#endif /* !HARNESS_H */
