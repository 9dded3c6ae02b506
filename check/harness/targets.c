/*
 * Targets: each distinct target of a test is forked once, takes its
 * credentials and is parked in pause(); its identity never changes, so
 * every case that names it probes the same process.  The same-thread-
 * group target is a sibling thread of the caller instead.  Every child
 * dies with the test process (PR_SET_PDEATHSIG).
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE	/* unless the build defines it */
#endif

#include <sys/prctl.h>
#include <sys/types.h>
#include <sys/wait.h>

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "internal.h"

#define PA_MAXTARGETS	16

struct parked {
	struct pa_target target;
	pid_t		 pid;
};

static struct parked	 parked[PA_MAXTARGETS];
static size_t		 nparked;

/*
 * Die with the parent, which must be the process given.  Called after
 * pa_become(), because changing credentials clears the parent-death
 * signal.
 */
void
pa_die_with(pid_t parent)
{
	if (prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0) == -1 ||
	    getppid() != parent)
		_exit(1);
}

/* Die with the test process. */
void
pa_die_with_parent(void)
{
	pa_die_with(pa_test_pid);
}

/* /proc/TID/syscall starts with a number when the task is blocked. */
static int
syscall_blocked(const char *buf, ssize_t n)
{
	return n > 0 && buf[0] >= '0' && buf[0] <= '9';
}

/* /proc/TID/wchan names a function when it is blocked, "0" if not. */
static int
wchan_blocked(const char *buf, ssize_t n)
{
	return n > 0 && !(n == 1 && buf[0] == '0');
}

/*
 * Read /proc/TID/FILE until blocked() says so: 0 then (or when the
 * task is gone), -1 when it never does, EACCES or EPERM when the file
 * may not be read.
 */
static int
poll_proc(pid_t tid, const char *file,
    int (*blocked)(const char *, ssize_t))
{
	char	 path[64], buf[64];
	int	 fd, tries;
	ssize_t	 n;

	snprintf(path, sizeof(path), "/proc/%d/%s", (int)tid, file);
	for (tries = 0; tries < 10000; tries++) {
		if ((fd = open(path, O_RDONLY | O_CLOEXEC)) == -1)
			return errno == ENOENT ? 0 : -1;
		n = read(fd, buf, sizeof(buf));
		close(fd);
		/* The check is made when the file is read. */
		if (n == -1 && (errno == EACCES || errno == EPERM))
			return errno;
		if (blocked(buf, n))
			return 0;
		sched_yield();
	}
	return -1;
}

/*
 * Wait until a parked task is off the CPU, blocked in pause(), so
 * that no probe finds it between its "ready" and its sleep: wchan,
 * for one, shows 0 for a task still on a run queue.  Reading
 * /proc/TID/syscall as root waits for the task to leave the CPU and
 * says "running" when it is not blocked at all.  Under Yama's scope 3
 * even root may not read it (an ATTACH check); wchan, a READ check,
 * tells too.
 */
int
pa_wait_asleep(pid_t tid)
{
	int	 r;

	if ((r = poll_proc(tid, "syscall", syscall_blocked)) == EACCES ||
	    r == EPERM)
		r = poll_proc(tid, "wchan", wchan_blocked);
	return r == 0 ? 0 : -1;
}

/*
 * What a target declares with PR_SET_PTRACER for Yama's scope 1.
 * Without Yama the prctl fails with EINVAL, and the declaration would
 * change nothing anyway.
 */
static int
declare_tracer(enum pa_relation r)
{
	unsigned long	 tracer;

	if (r == PA_REL_PTRACER_ANY)
		tracer = PR_SET_PTRACER_ANY;
	else if (r == PA_REL_PTRACER_ANCESTOR)
		tracer = pa_test_pid;
	else
		return 0;
	if (prctl(PR_SET_PTRACER, tracer, 0, 0, 0) == -1 && errno != EINVAL)
		return -1;
	return 0;
}

/*
 * Fork a target with the credentials, dumpable flag and relation of t
 * and park it.  Returns its pid once it is ready, or -1.  The target
 * dies with the process that forked it: the test, or for
 * PA_REL_PARENT the caller.
 */
pid_t
pa_target_start(const struct pa_target *t)
{
	int	 ready[2];
	pid_t	 pid;
	pid_t	 parent = getpid();
	char	 c;
	ssize_t	 n;

	if (pipe2(ready, O_CLOEXEC) == -1)
		return -1;
	fflush(stdout);
	if ((pid = fork()) == -1) {
		close(ready[0]);
		close(ready[1]);
		return -1;
	}
	if (pid == 0) {
		close(ready[0]);
		if (pa_become(&t->cred) == -1 ||
		    prctl(PR_SET_DUMPABLE, t->dumpable, 0, 0, 0) == -1 ||
		    declare_tracer(t->relation) == -1)
			_exit(1);
		pa_die_with(parent);
		if (write(ready[1], "r", 1) != 1)
			_exit(1);
		close(ready[1]);
		for (;;)
			pause();
	}
	close(ready[1]);
	n = read(ready[0], &c, 1);
	close(ready[0]);
	if (n != 1 || pa_wait_asleep(pid) == -1) {
		kill(pid, SIGKILL);
		waitpid(pid, NULL, 0);
		return -1;
	}
	return pid;
}

/* The parked target with this identity, started on first use. */
pid_t
pa_target_get(const struct pa_target *t)
{
	size_t	 i;

	for (i = 0; i < nparked; i++)
		if (memcmp(&parked[i].target, t, sizeof(*t)) == 0)
			return parked[i].pid;
	if (nparked == PA_MAXTARGETS)
		return -1;
	if ((parked[nparked].pid = pa_target_start(t)) == -1)
		return -1;
	parked[nparked].target = *t;
	return parked[nparked++].pid;
}

void
pa_targets_stop(void)
{
	size_t	 i;

	for (i = 0; i < nparked; i++)
		kill(parked[i].pid, SIGKILL);
	for (i = 0; i < nparked; i++)
		waitpid(parked[i].pid, NULL, 0);
	nparked = 0;
}

static void *
sibling_main(void *arg)
{
	struct pa_sibling	*s = arg;
	char		 c;

	s->tid = gettid();
	c = pa_become(s->cred) == -1 ? 'f' : 'r';
	if (write(s->ready[1], &c, 1) != 1)
		return NULL;
	for (;;)
		pause();
}

pid_t
pa_sibling_start(struct pa_sibling *s, const struct pa_cred *cred)
{
	pthread_t	 th;
	char		 c;

	s->cred = cred;
	if (pipe(s->ready) == -1 ||
	    pthread_create(&th, NULL, sibling_main, s) != 0 ||
	    read(s->ready[0], &c, 1) != 1 || c != 'r' ||
	    pa_wait_asleep(s->tid) == -1)
		return -1;
	return s->tid;
}

