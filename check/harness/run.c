/*
 * The runtime of every generated conformance test: see harness.h.
 *
 * Processes: the test process stays root with all its capabilities
 * and only forks.  Each distinct target of a test is forked once,
 * takes its credentials and is parked in pause(); its identity never
 * changes, so every case that names it probes the same process.  A
 * caller is forked per set of caller credentials: it takes them,
 * probes the target of each case that has them, writes the outcomes
 * down a pipe and exits.  Targets are killed and reaped before
 * pa_run() returns; every child also dies with the test process
 * (PR_SET_PDEATHSIG), and a watchdog kills the whole process group if
 * anything hangs.  No system setting is ever changed: a test whose
 * probe needs /proc mounted with hidepid= mounts an instance of its own
 * in a private mount namespace (pa_hidepid_mount()).
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE	/* unless the build defines it */
#endif

#include <sys/prctl.h>
#include <sys/types.h>
#include <sys/wait.h>

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "internal.h"

#define PA_WATCHDOG	30	/* seconds for a whole test */
#define PA_CASE_LIMIT	5	/* seconds for one caller */

pid_t	 pa_test_pid;

/* Every path out of pa_run() once targets may run. */
void
pa_teardown(void)
{
	pa_targets_stop();
	pa_hidepid_unmount();
}

/*
 * A batch: the cases one caller runs.  Cases whose callers have the
 * same credentials share one caller, which probes their targets in
 * turn; a caller's identity never changes between probes, and every
 * probe undoes what it did (it closes what it opened, detaches what
 * it attached).  The same-thread-group case always runs alone.
 */
struct batch {
	const struct pa_case	**cases;
	pid_t			 *targets;
	struct pa_outcome	**outcomes;
	size_t			  n;
};

#define NO_REPORT	"the caller reported nothing"

/* What a caller writes down the pipe for each case it probed. */
struct report {
	size_t			 k;	/* index in the batch */
	struct pa_outcome	 o;
};

/*
 * The caller: in a fresh child of the test process, take the batch's
 * credentials, probe each target, report through fd, exit.
 */
static void
caller_main(const struct pa_test *t, const struct batch *b, int fd)
{
	const struct pa_case	*c = b->cases[0];
	struct report		 r;
	struct pa_sibling		 sib;
	pid_t			 target;
	pid_t			 child = -1;

	memset(&r, 0, sizeof(r));
	/* Not the test's watchdog: a hung caller dies alone. */
	signal(SIGALRM, SIG_DFL);
	alarm(PA_CASE_LIMIT);
	target = b->targets[0];
	/* Before the sibling starts: unshare(2) wants one thread. */
	if (t->hidepid != NULL && pa_hidepid_fresh(t) == -1)
		pa_outcome(&r.o, PA_BROKEN, "a fresh /proc: %s",
		    strerror(errno));
	else if (c->target.thread &&
	    (target = pa_sibling_start(&sib, &c->target.cred)) == -1)
		pa_outcome(&r.o, PA_BROKEN, "cannot start the sibling thread");
	else if (c->target.relation == PA_REL_PARENT &&
	    (target = child = pa_target_start(&c->target)) == -1)
		pa_outcome(&r.o, PA_BROKEN, "cannot start the caller's child");
	else if (pa_become(&c->caller) == -1)
		pa_outcome(&r.o, PA_BROKEN, "caller credentials: %s",
		    strerror(errno));
	else if (c->target.thread &&
	    prctl(PR_SET_DUMPABLE, c->target.dumpable, 0, 0, 0) == -1)
		pa_outcome(&r.o, PA_BROKEN, "PR_SET_DUMPABLE: %s",
		    strerror(errno));
	if (r.o.result == PA_BROKEN) {
		if (write(fd, &r, sizeof(r)) != sizeof(r))
			_exit(1);
		_exit(0);
	}
	pa_die_with_parent();
	for (r.k = 0; r.k < b->n; r.k++) {
		memset(&r.o, 0, sizeof(r.o));
		t->probe(r.k == 0 ? target : b->targets[r.k], &r.o);
		if (write(fd, &r, sizeof(r)) != sizeof(r))
			_exit(1);
	}
	if (child != -1) {
		kill(child, SIGKILL);
		waitpid(child, NULL, 0);
	}
	_exit(0);
}

/* Run a batch in a fresh caller and fill in what it saw. */
static void
batch_probe(const struct pa_test *t, const struct batch *b)
{
	struct report	 r;
	size_t		 k;
	int		 pfd[2], status;
	pid_t		 pid;

	for (k = 0; k < b->n; k++)
		pa_outcome(b->outcomes[k], PA_BROKEN, NO_REPORT);
	if (pipe2(pfd, O_CLOEXEC) == -1) {
		status = errno;
		for (k = 0; k < b->n; k++)
			pa_outcome(b->outcomes[k], PA_BROKEN, "pipe: %s",
			    strerror(status));
		return;
	}
	fflush(stdout);
	if ((pid = fork()) == -1) {
		status = errno;
		for (k = 0; k < b->n; k++)
			pa_outcome(b->outcomes[k], PA_BROKEN, "fork: %s",
			    strerror(status));
		close(pfd[0]);
		close(pfd[1]);
		return;
	}
	if (pid == 0) {
		close(pfd[0]);
		caller_main(t, b, pfd[1]);
	}
	close(pfd[1]);
	/* A report smaller than PIPE_BUF arrives whole. */
	while (read(pfd[0], &r, sizeof(r)) == sizeof(r) && r.k < b->n)
		*b->outcomes[r.k] = r.o;
	close(pfd[0]);
	waitpid(pid, &status, 0);
	for (k = 0; k < b->n && WIFSIGNALED(status); k++)
		if (strcmp(b->outcomes[k]->note, NO_REPORT) == 0)
			pa_outcome(b->outcomes[k], PA_BROKEN,
			    "the caller died of signal %d%s", WTERMSIG(status),
			    WTERMSIG(status) == SIGALRM ? " (it hung)" : "");
}

/* Run one case alone. */
void
pa_case_probe(const struct pa_test *t, const struct pa_case *c,
    pid_t target, struct pa_outcome *o)
{
	struct batch	 b;

	b.cases = &c;
	b.targets = &target;
	b.outcomes = &o;
	b.n = 1;
	batch_probe(t, &b);
}

/*
 * A case whose target the caller itself starts, a thread or a child,
 * runs alone in its caller.
 */
static int
alone(const struct pa_case *c)
{
	return c->target.thread || c->target.relation == PA_REL_PARENT;
}

/* Whether two cases can share a caller. */
static int
same_caller(const struct pa_case *a, const struct pa_case *b)
{
	if (a == b)
		return 1;
	return !alone(a) && !alone(b) &&
	    memcmp(&a->caller, &b->caller, sizeof(a->caller)) == 0;
}

/* Run every case, in batches, and put what each saw in got[]. */
static int
run_cases(const struct pa_test *t, struct pa_outcome *got)
{
	struct batch	 b;
	const struct pa_case *c;
	char		*done;
	size_t		 i, j;

	b.cases = calloc(t->ncases, sizeof(*b.cases));
	b.targets = calloc(t->ncases, sizeof(*b.targets));
	b.outcomes = calloc(t->ncases, sizeof(*b.outcomes));
	done = calloc(t->ncases, 1);
	if (b.cases == NULL || b.targets == NULL || b.outcomes == NULL ||
	    done == NULL)
		return -1;
	for (i = 0; i < t->ncases; i++) {
		for (b.n = 0, j = i; j < t->ncases; j++) {
			c = &t->cases[j];
			if (done[j] || !same_caller(&t->cases[i], c))
				continue;
			done[j] = 1;
			b.targets[b.n] = 0;
			if (!alone(c) &&
			    (b.targets[b.n] = pa_target_get(&c->target)) == -1) {
				pa_outcome(&got[j], PA_BROKEN,
				    "cannot start the target");
				continue;
			}
			b.cases[b.n] = c;
			b.outcomes[b.n++] = &got[j];
		}
		if (b.n > 0)
			batch_probe(t, &b);
	}
	free(b.cases);
	free(b.targets);
	free(b.outcomes);
	free(done);
	return 0;
}

static void
watchdog(int sig)
{
	static const char	 msg[] =
	    "Bail out! watchdog: the test hung; killing it\n";

	(void)sig;
	if (write(STDOUT_FILENO, msg, sizeof(msg) - 1) == -1)
		_exit(1);
	pa_hidepid_unmount();
	kill(0, SIGKILL);	/* our own process group: see pa_run() */
	_exit(1);
}

/*
 * kselftest's summary line, and the exit status: 1 when a case failed,
 * else 0.  A test whose every case was skipped exits 0 as well: its TAP
 * says SKIP, and prove counts any other status as a failure.
 */
static int
totals(size_t npass, size_t nfail, size_t nskip)
{
	printf("# Totals: pass:%zu fail:%zu xfail:0 xpass:0 skip:%zu "
	    "error:0\n", npass, nfail, nskip);
	return nfail > 0;
}

int
pa_run(const struct pa_test *t)
{
	struct pa_outcome	*got;
	char			 why[256];
	const char		*skip;
	enum pa_ready		 ready;
	size_t			 i, nfail, nskip;
	enum pa_verdict		 v;

	setvbuf(stdout, NULL, _IOLBF, 0);
	if (getenv("PA_LEGEND") != NULL) {
		pa_legend();
		return 0;
	}
	printf("TAP version 13\n1..%zu\n", t->ncases);
	if (geteuid() != 0) {
		pa_skip_all(t, PA_SKIP_NO_ROOT,
		    "needs root to set up credentials");
		return totals(0, 0, t->ncases);
	}

	/* Our own process group, so that the watchdog kills only us. */
	pa_test_pid = getpid();
	if (getpgrp() != pa_test_pid && setpgid(0, 0) == -1) {
		printf("Bail out! setpgid: %s\n", strerror(errno));
		return 1;
	}
	signal(SIGALRM, watchdog);
	alarm(PA_WATCHDOG);

	if (pa_setup() == -1) {
		printf("Bail out! cannot inspect the test binary\n");
		return 1;
	}
	if (t->hidepid != NULL &&
	    (skip = pa_hidepid_mount(t, why, sizeof(why))) != NULL) {
		pa_skip_all(t, PA_SKIP_MOUNT, skip);
		return totals(0, 0, t->ncases);
	}
	if ((ready = pa_unready(t, why, sizeof(why))) == PA_BROKEN_HERE) {
		pa_teardown();
		pa_fail_all(t, why);
		return totals(0, t->ncases, 0);
	}
	if (ready != PA_READY) {
		pa_teardown();
		pa_skip_all(t, ready, why);
		return totals(0, 0, t->ncases);
	}
	if ((got = calloc(t->ncases, sizeof(*got))) == NULL ||
	    run_cases(t, got) == -1) {
		pa_teardown();
		printf("Bail out! out of memory\n");
		return 1;
	}
	pa_teardown();
	alarm(0);

	nfail = nskip = 0;
	for (i = 0; i < t->ncases; i++) {
		v = pa_report(t, i, &got[i]);
		nfail += v == PA_CASE_FAILED;
		nskip += v == PA_CASE_SKIPPED;
	}
	free(got);
	return totals(t->ncases - nfail - nskip, nfail, nskip);
}

