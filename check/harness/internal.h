/*
 * Between the files of the harness; tests see only ../harness.h.
 *
 *   probe_api.c	what probes call: outcomes, paths, pidfds, sysctls,
 *			and the objects every fork shares
 *   creds.c		taking a case's credentials (ids and capabilities)
 *   targets.c		parking targets, the same-thread-group sibling,
 *			dying with the test
 *   hidepid.c		the test's own /proc instance with hidepid=
 *   env.c		the environment: facts about the test binary, and
 *			why a test cannot run here (the skip rules)
 *   report.c		TAP lines, the summary rows, the matrix legend
 *   run.c		pa_run(): callers, batches, the watchdog
 *   yama.c		Yama's scope, and the expectations it picks
 */
#ifndef HARNESS_INTERNAL_H
#define HARNESS_INTERNAL_H

#include <sys/types.h>

#include <stddef.h>
#include <stdint.h>

#include "../harness.h"

#define PA_PAGE_MAX	65536	/* the largest page size Linux uses */

extern pid_t	 pa_test_pid;	/* the parent of every child */

/* creds.c */
uint64_t	 pa_caps_permitted(void);
int		 pa_become(const struct pa_cred *);

/* targets.c */
void		 pa_die_with(pid_t parent);
void		 pa_die_with_parent(void);
int		 pa_wait_asleep(pid_t tid);
pid_t		 pa_target_start(const struct pa_target *);
pid_t		 pa_target_get(const struct pa_target *);
void		 pa_targets_stop(void);

/*
 * The same-thread-group target: a second thread of the caller that
 * takes the target's credentials, then sleeps until the caller exits.
 */
struct pa_sibling {
	const struct pa_cred	*cred;
	int			 ready[2];
	pid_t			 tid;
};
pid_t		 pa_sibling_start(struct pa_sibling *, const struct pa_cred *);

/* hidepid.c */
const char	*pa_hidepid_mount(const struct pa_test *, char *why,
		    size_t whysz);
int		 pa_hidepid_fresh(const struct pa_test *);
void		 pa_hidepid_unmount(void);

/*
 * env.c.  The skip rules: the only reasons a case is skipped.  A skip
 * line names its rule first, "# SKIP feature absent: ..." (report.c).
 */
enum pa_ready {
	PA_READY,		/* the cases run */
	PA_SKIP_NO_ROOT,	/* credentials cannot be set */
	PA_SKIP_FEATURE,	/* the kernel lacks what the spec says the
				   interface needs (probe: needs:) */
	PA_SKIP_MOUNT,		/* the kernel refuses the hidepid= /proc */
	PA_SKIP_LSM,		/* Yama restricts more than the model knows */
	PA_SKIP_SETTING,	/* a sysctl forbids the probe (unready()) */
	PA_SKIP_KERNEL,		/* one case: the spec cannot tell on this release */
	PA_BROKEN_HERE		/* the control probe failed: every case fails */
};

int		 pa_setup(void);
enum pa_ready	 pa_unready(const struct pa_test *, char *why, size_t whysz);
const struct pa_alt *pa_running_alt(const struct pa_case *);

/* run.c */
void		 pa_case_probe(const struct pa_test *, const struct pa_case *,
		    pid_t target, struct pa_outcome *);
void		 pa_teardown(void);

/* yama.c */
long		 pa_yama_scope(void);
const struct pa_case *pa_yama_case(const struct pa_case *, struct pa_case *buf);
int		 pa_yama_refused(const struct pa_test *,
		    const struct pa_outcome *);

/* report.c */
enum pa_verdict { PA_CASE_PASSED, PA_CASE_FAILED, PA_CASE_SKIPPED };

void		 pa_describe(char *buf, size_t bufsz, enum pa_result, int err);
void		 pa_legend(void);
void		 pa_skip_all(const struct pa_test *, enum pa_ready rule,
		    const char *why);
void		 pa_fail_all(const struct pa_test *, const char *why);
enum pa_verdict	 pa_report(const struct pa_test *, size_t i,
		    const struct pa_outcome *);

#endif /* !HARNESS_INTERNAL_H */
