// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Copyright (c) 2026 The ptrace-access authors
 *
 * The kselftest side of the ptrace_access tests: the same processes as
 * the LTP helper (a parked target and a fresh caller per case, or a
 * sibling thread for the same-thread-group scenario), reported with
 * kselftest.h.  Every ksft_* call is made here: kselftest.h keeps its
 * counters in each file that includes it.
 */

#define _GNU_SOURCE

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <linux/capability.h>

#include "../kselftest.h"
#include "ptrace_access_common.h"

#ifndef PIDFD_THREAD
# define PIDFD_THREAD	O_EXCL
#endif

/* A caller that takes longer than this hangs. */
#define PA_CASE_SECONDS	10

/* What the caller saw, written in its process, read in ours. */
static struct pa_outcome *seen;

/* /proc/TID/status is readable by anyone: it makes no ptrace check. */
pid_t pa_process(pid_t tid)
{
	char path[64], line[128];
	int tgid = tid;
	FILE *fp;

	snprintf(path, sizeof(path), "/proc/%d/status", (int)tid);
	fp = fopen(path, "re");
	if (!fp)
		return tid;
	while (fgets(line, sizeof(line), fp))
		if (sscanf(line, "Tgid: %d", &tgid) == 1)
			break;
	fclose(fp);
	return tgid;
}

/* A thread that does not lead its group needs PIDFD_THREAD (6.9). */
int pa_pidfd(pid_t pid)
{
	int fd;

	fd = syscall(SYS_pidfd_open, pid, 0);
	if (fd == -1 && (errno == EINVAL || errno == ENOENT))
		fd = syscall(SYS_pidfd_open, pid, PIDFD_THREAD);
	if (fd == -1 && errno == EINVAL && pa_process(pid) == getpid())
		fd = syscall(SYS_pidfd_open, getpid(), 0);
	return fd;
}

long pa_sysctl(const char *path)
{
	FILE *fp = fopen(path, "re");
	long val = -1;

	if (!fp)
		return -1;
	if (fscanf(fp, "%ld", &val) != 1)
		val = -1;
	fclose(fp);
	return val;
}



/* In a child: say what went wrong in the outcome, and leave. */
static void __attribute__((noreturn)) child_broken(const char *who,
						    const char *what)
{
	pa_outcome(seen, PA_BROKEN, "%s: %s: %s", who, what, strerror(errno));
	_exit(1);
}

/*
 * Wait until a parked task is asleep and off the CPU: wchan shows 0
 * for a task still on a run queue.  Reading /proc/TID/syscall as root
 * waits for the task to leave the CPU, and says "running" when it is
 * not blocked in a system call.
 */
static int park_wait(pid_t tid)
{
	char path[64], buf[64];
	ssize_t n;
	int fd, tries;

	snprintf(path, sizeof(path), "/proc/%d/syscall", (int)tid);
	for (tries = 0; tries < 100000; tries++) {
		fd = open(path, O_RDONLY | O_CLOEXEC);
		if (fd == -1)
			return -1;
		n = read(fd, buf, sizeof(buf) - 1);
		close(fd);
		if (n > 0 && buf[0] >= '0' && buf[0] <= '9')
			return 0;
		sched_yield();
	}
	return -1;
}

static pid_t target_start(const struct pa_target *t)
{
	int ready[2];
	pid_t pid;
	char c;
	const char *step;

	if (pipe2(ready, O_CLOEXEC))
		ksft_exit_fail_msg("pipe2: %s\n", strerror(errno));
	fflush(stdout);
	pid = fork();
	if (pid == -1)
		ksft_exit_fail_msg("fork: %s\n", strerror(errno));
	if (!pid) {
		step = pa_become(&t->cred);
		if (step)
			child_broken("target", step);
		if (prctl(PR_SET_DUMPABLE, t->dumpable, 0, 0, 0))
			child_broken("target", "PR_SET_DUMPABLE");
		/* After pa_become(): changing ids clears the death signal. */
		if (prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0))
			child_broken("target", "PR_SET_PDEATHSIG");
		if (write(ready[1], "r", 1) != 1)
			_exit(1);
		for (;;)
			pause();
	}
	close(ready[1]);
	if (read(ready[0], &c, 1) != 1 || park_wait(pid)) {
		close(ready[0]);
		kill(pid, SIGKILL);
		waitpid(pid, NULL, 0);
		return -1;
	}
	close(ready[0]);
	return pid;
}

struct sibling {
	const struct pa_cred *cred;
	int ready[2];
	pid_t tid;
	const char *step;
};

static void *sibling_main(void *arg)
{
	struct sibling *s = arg;
	char c = 'r';

	s->tid = syscall(SYS_gettid);
	s->step = pa_become(s->cred);
	if (s->step)
		c = 'f';
	if (write(s->ready[1], &c, 1) != 1)
		return NULL;
	for (;;)
		pause();
	return NULL;
}

static pid_t sibling_start(struct sibling *s, const struct pa_cred *cred)
{
	pthread_t th;
	char c;

	s->cred = cred;
	if (pipe(s->ready))
		child_broken("caller", "pipe");
	errno = pthread_create(&th, NULL, sibling_main, s);
	if (errno)
		child_broken("caller", "pthread_create");
	if (read(s->ready[0], &c, 1) != 1 || c != 'r')
		child_broken("sibling thread", s->step ? s->step : "read");
	if (park_wait(s->tid))
		child_broken("sibling thread", "does not fall asleep");
	return s->tid;
}

static int proc_mount(const char *hidepid)
{
	char opts[64];

	snprintf(opts, sizeof(opts), "hidepid=%s", hidepid);
	return mount("proc", pa_hidepid_dir, "proc",
		     MS_NOSUID | MS_NODEV | MS_NOEXEC, opts);
}

static void caller_main(const struct pa_test *t, const struct pa_cred *cred,
			const struct pa_target *target, pid_t pid)
{
	struct sibling sib;
	const char *step;

	alarm(PA_CASE_SECONDS);
	/* A fresh /proc instance: nothing an earlier caller looked up. */
	if (t->hidepid && (unshare(CLONE_NEWNS) || proc_mount(t->hidepid)))
		child_broken("caller", "a fresh /proc");
	if (target->thread)
		pid = sibling_start(&sib, &target->cred);
	step = pa_become(cred);
	if (step)
		child_broken("caller", step);
	if (target->thread &&
	    prctl(PR_SET_DUMPABLE, target->dumpable, 0, 0, 0))
		child_broken("caller", "PR_SET_DUMPABLE");
	t->probe(pid, seen);
	_exit(0);
}

/* Probe a target with these credentials from a caller with those. */
static void probe_case(const struct pa_test *t, const struct pa_cred *cred,
		       const struct pa_target *target)
{
	pid_t pid = 0, caller;
	int status;

	pa_outcome(seen, PA_BROKEN, "the caller reported nothing");
	if (!target->thread) {
		pid = target_start(target);
		if (pid == -1)
			return;
	}
	fflush(stdout);
	caller = fork();
	if (caller == -1)
		ksft_exit_fail_msg("fork: %s\n", strerror(errno));
	if (!caller)
		caller_main(t, cred, target, pid);
	waitpid(caller, &status, 0);
	if (pid) {
		kill(pid, SIGKILL);
		waitpid(pid, NULL, 0);
	}
	if (WIFSIGNALED(status))
		pa_outcome(seen, PA_BROKEN, "the caller died of signal %d%s",
			   WTERMSIG(status),
			   WTERMSIG(status) == SIGALRM ? " (it hung)" : "");
}

static void describe(char *buf, size_t bufsz, const struct pa_outcome *o)
{
	static const char *const names[] = PA_RESULT_NAMES;

	if (o->result == PA_ERRNO)
		snprintf(buf, bufsz, "%s", strerrorname_np(o->err) ?
			 strerrorname_np(o->err) : strerror(o->err));
	else
		snprintf(buf, bufsz, "%s%s%s", names[o->result],
			 o->note[0] ? ": " : "", o->note);
}

/* Is the running kernel older than release "6.18.44"? */
static int linux_older_than(const char *release)
{
	unsigned int have[3] = { 0, 0, 0 }, need[3] = { 0, 0, 0 };
	struct utsname u;
	int i;

	if (uname(&u) ||
	    sscanf(u.release, "%u.%u.%u", &have[0], &have[1], &have[2]) < 2)
		return 0;
	sscanf(release, "%u.%u.%u", &need[0], &need[1], &need[2]);
	for (i = 0; i < 3; i++)
		if (have[i] != need[i])
			return have[i] < need[i];
	return 0;
}

static void judge(const struct pa_expect *e, const struct pa_outcome *o)
{
	char got[256];

	describe(got, sizeof(got), o);
	if (e->needs_linux && linux_older_than(e->needs_linux))
		ksft_test_result_skip("%s: %s: expected only from Linux %s on (got %s)\n",
				      e->scenario, e->expect, e->needs_linux,
				      got);
	else if (o->result == PA_SKIPPED)
		ksft_test_result_skip("%s: %s\n", e->scenario, o->note);
	else if (o->result == e->want &&
		 (o->result != PA_ERRNO || o->err == e->want_err))
		ksft_test_result_pass("%s: %s\n", e->scenario, e->expect);
	else
		ksft_test_result_fail("%s: %s: got %s\n", e->scenario,
				      e->expect, got);
}

/*
 * Why no case can run here, or NULL.  Yama refuses ATTACH checks by
 * rules of its own; the control probe (root with every capability)
 * must succeed, or the interface or a feature behind it is missing.
 */
static const char *unready(const struct pa_test *t, char *why, size_t whysz)
{
	struct pa_cred root;
	const struct pa_target *target = &pa_scenarios[0].target;
	unsigned int i;
	char got[200];
	long scope;

	scope = pa_sysctl("/proc/sys/kernel/yama/ptrace_scope");
	if (t->attach && scope > 0) {
		snprintf(why, whysz, "Yama's ptrace_scope is %ld: it refuses ATTACH checks by rules of its own",
			 scope);
		return why;
	}
	if (t->unready && t->unready())
		return t->unready();

	memset(&root, 0, sizeof(root));
	if (pa_caps_get(&root.perm))
		ksft_exit_fail_msg("capget: %s\n", strerror(errno));
	root.eff = root.perm;
	for (i = 0; target->thread && i < pa_nscenarios; i++)
		target = &pa_scenarios[i].target;
	probe_case(t, &root, target);
	if (seen->result == PA_ALLOWED)
		return NULL;
	describe(got, sizeof(got), seen);
	snprintf(why, whysz, "root with CAP_SYS_PTRACE gets %s%s%s", got,
		 t->needs ? "; it needs " : "", t->needs ? t->needs : "");
	return why;
}

/*
 * The test's own /proc instance, in a private mount namespace of its
 * own: callers mount theirs over it.
 */
static const char *hidepid_setup(const char *hidepid, char *why,
				 size_t whysz)
{
	snprintf(pa_hidepid_dir, sizeof(pa_hidepid_dir),
		 "/tmp/ptrace_access.XXXXXX");
	if (!mkdtemp(pa_hidepid_dir))
		ksft_exit_fail_msg("mkdtemp: %s\n", strerror(errno));
	if (unshare(CLONE_NEWNS) ||
	    mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) ||
	    proc_mount(hidepid)) {
		snprintf(why, whysz, "a /proc with hidepid=%s: %s", hidepid,
			 strerror(errno));
		rmdir(pa_hidepid_dir);
		return why;
	}
	return NULL;
}

static void setup(const struct pa_test *t)
{
	unsigned long start, end;
	FILE *fp;

	if (t->nexpect != pa_nscenarios)
		ksft_exit_fail_msg("%u expectations for %u scenarios\n",
				   t->nexpect, pa_nscenarios);
	seen = mmap(NULL, sizeof(*seen), PROT_READ | PROT_WRITE,
		    MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (seen == MAP_FAILED)
		ksft_exit_fail_msg("mmap: %s\n", strerror(errno));
	pa_pagesz = sysconf(_SC_PAGESIZE);
	if (pa_pagesz > PA_PAGE_MAX)
		ksft_exit_fail_msg("page size %zu\n", pa_pagesz);
	pa_page[0] = 1;
	/* Targets inherit fd 0; fd/0 and pidfd_getfd probe it. */
	if (fcntl(STDIN_FILENO, F_GETFD) == -1 &&
	    open("/dev/null", O_RDONLY) != STDIN_FILENO)
		ksft_exit_fail_msg("cannot give the test an fd 0\n");
	/* maps pads the addresses with zeros, map_files does not. */
	fp = fopen("/proc/self/maps", "re");
	if (!fp || fscanf(fp, "%lx-%lx", &start, &end) != 2)
		ksft_exit_fail_msg("cannot read /proc/self/maps\n");
	fclose(fp);
	snprintf(pa_map_entry, sizeof(pa_map_entry), "%lx-%lx", start, end);
}

int pa_main(const struct pa_test *t)
{
	const struct pa_scenario *s;
	struct pa_cred cred;
	const char *skip = NULL;
	char why[256];
	unsigned int n;

	ksft_print_header();
	if (geteuid())
		ksft_exit_skip("%s: needs root to set up credentials\n",
			       t->iface);
	setup(t);
	if (t->hidepid)
		skip = hidepid_setup(t->hidepid, why, sizeof(why));
	if (!skip)
		skip = unready(t, why, sizeof(why));
	if (skip) {
		if (t->hidepid)
			rmdir(pa_hidepid_dir);
		ksft_exit_skip("%s: %s\n", t->iface, skip);
	}

	ksft_set_plan(t->nexpect);
	for (n = 0; n < t->nexpect; n++) {
		s = &pa_scenarios[n];
		cred = s->caller;
		cred.eff |= t->caller_caps;
		cred.perm |= t->caller_caps;
		probe_case(t, &cred, &s->target);
		judge(&t->expect[n], seen);
	}
	if (t->hidepid) {
		umount2(pa_hidepid_dir, MNT_DETACH);
		rmdir(pa_hidepid_dir);
	}
	ksft_finished();
	return 0;
}
