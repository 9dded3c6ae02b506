// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Copyright (c) 2026 The ptrace-access authors
 */

/*
 * Processes: the test process stays root with all its capabilities and
 * only forks.  Each case forks a target, which takes the scenario's ids,
 * capabilities and dumpable flag and is parked in pause(), then a caller,
 * which takes its own and probes the target once.  The caller writes
 * what it saw into shared memory and exits; the test process judges it
 * and kills the target.  In the same-thread-group scenario the target
 * is a second thread of the caller.  Credentials: ptrace_access_creds.c.
 */

#define _GNU_SOURCE

#include <fcntl.h>
#include <pthread.h>
#include <sched.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <linux/capability.h>

#define TST_NO_DEFAULT_MAIN
#include "tst_test.h"
#include "tst_process_state.h"
#include "lapi/syscalls.h"
#include "ptrace_access_common.h"

#ifndef PIDFD_THREAD
# define PIDFD_THREAD	O_EXCL
#endif

/* How long a parked target may take to fall asleep. */
#define PA_PARK_MSEC	10000

/* What the caller saw, written in its process, read in ours. */
static struct pa_outcome *seen;
static int hidepid_mounted;

/* /proc/TID/status is readable by anyone: it makes no ptrace check. */
pid_t pa_process(pid_t tid)
{
	char path[64];
	int tgid;

	snprintf(path, sizeof(path), "/proc/%d/status", (int)tid);
	if (FILE_LINES_SCANF(path, "Tgid: %d", &tgid))
		return tid;

	return tgid;
}

/*
 * A thread that does not lead its group needs PIDFD_THREAD (Linux 6.9).
 * Before that no pidfd names it; a thread of our own group is then
 * named by our own pidfd: the same thread group, for the check.
 */
int pa_pidfd(pid_t pid)
{
	int fd;

	fd = tst_syscall(__NR_pidfd_open, pid, 0);
	if (fd == -1 && (errno == EINVAL || errno == ENOENT))
		fd = tst_syscall(__NR_pidfd_open, pid, PIDFD_THREAD);
	if (fd == -1 && errno == EINVAL && pa_process(pid) == getpid())
		fd = tst_syscall(__NR_pidfd_open, getpid(), 0);

	return fd;
}

long pa_sysctl(const char *path)
{
	long val;

	if (access(path, R_OK) || FILE_SCANF(path, "%ld", &val))
		return -1;

	return val;
}

static void become_or_break(const char *who, const struct pa_cred *c)
{
	const char *step = pa_become(c);

	if (step)
		tst_brk(TBROK | TERRNO, "%s: %s", who, step);
}

/*
 * Wait until a parked task is asleep and off the CPU: wchan shows 0
 * for a task still on a run queue.  Reading /proc/TID/syscall as root
 * waits for the task to leave the CPU, and says "running" when it is
 * not blocked in a system call.
 */
static void park_wait(pid_t tid, int thread)
{
	char path[64], buf[64];
	int fd, tries;
	ssize_t n;

	if (thread)
		TST_THREAD_STATE_WAIT(tid, 'S', PA_PARK_MSEC);
	else
		TST_PROCESS_STATE_WAIT(tid, 'S', PA_PARK_MSEC);

	snprintf(path, sizeof(path), "/proc/%d/syscall", (int)tid);
	for (tries = 0; tries < 10000; tries++) {
		fd = SAFE_OPEN(path, O_RDONLY | O_CLOEXEC);
		n = SAFE_READ(0, fd, buf, sizeof(buf) - 1);
		SAFE_CLOSE(fd);
		if (n > 0 && buf[0] >= '0' && buf[0] <= '9')
			return;
		sched_yield();
	}
	tst_brk(TBROK, "task %d does not fall asleep", (int)tid);
}

static pid_t target_start(const struct pa_target *t)
{
	pid_t pid = SAFE_FORK();

	if (!pid) {
		become_or_break("target", &t->cred);
		SAFE_PRCTL(PR_SET_DUMPABLE, t->dumpable, 0, 0, 0);
		/* After pa_become(): changing ids clears the death signal. */
		SAFE_PRCTL(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
		TST_CHECKPOINT_WAKE(0);
		for (;;)
			pause();
	}

	TST_CHECKPOINT_WAIT(0);
	park_wait(pid, 0);
	return pid;
}

/* The same-thread-group target: a second thread of the caller. */
struct sibling {
	const struct pa_cred *cred;
	int ready[2];
	pid_t tid;
	const char *step;
	int err;
};

static void *sibling_main(void *arg)
{
	struct sibling *s = arg;
	char c = 'r';

	s->tid = tst_syscall(__NR_gettid);
	s->step = pa_become(s->cred);
	if (s->step) {
		s->err = errno;
		c = 'f';
	}
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
	int ret;

	s->cred = cred;
	SAFE_PIPE(s->ready);
	ret = pthread_create(&th, NULL, sibling_main, s);
	if (ret)
		tst_brk(TBROK, "pthread_create(): %s", tst_strerrno(ret));
	SAFE_READ(1, s->ready[0], &c, 1);
	if (c != 'r') {
		errno = s->err;
		tst_brk(TBROK | TERRNO, "sibling thread: %s", s->step);
	}
	park_wait(s->tid, 1);
	return s->tid;
}

static void hidepid_mount(const char *hidepid)
{
	char opts[64];

	snprintf(opts, sizeof(opts), "hidepid=%s", hidepid);
	if (mount("proc", pa_hidepid_dir, "proc",
		  MS_NOSUID | MS_NODEV | MS_NOEXEC, opts))
		tst_brk(TCONF | TERRNO, "mounting proc with %s", opts);
}

/*
 * The caller: in a fresh child, take the credentials, probe the target
 * and write what it saw into shared memory.
 */
static void caller_main(const struct pa_test *t, const struct pa_cred *cred,
			const struct pa_target *target, pid_t pid)
{
	struct sibling sib;

	/* A fresh /proc instance: nothing an earlier caller looked up. */
	if (t->hidepid) {
		SAFE_UNSHARE(CLONE_NEWNS);
		hidepid_mount(t->hidepid);
	}
	if (target->thread)
		pid = sibling_start(&sib, &target->cred);
	become_or_break("caller", cred);
	if (target->thread)
		SAFE_PRCTL(PR_SET_DUMPABLE, target->dumpable, 0, 0, 0);

	t->probe(pid, seen);
	exit(0);
}

/* Probe a target with these credentials from a caller with those. */
static void probe_case(const struct pa_test *t, const struct pa_cred *cred,
		       const struct pa_target *target)
{
	pid_t pid = 0, caller;
	int status;

	pa_outcome(seen, PA_BROKEN, "the caller reported nothing");
	if (!target->thread)
		pid = target_start(target);

	caller = SAFE_FORK();
	if (!caller)
		caller_main(t, cred, target, pid);
	SAFE_WAITPID(caller, &status, 0);

	if (pid) {
		SAFE_KILL(pid, SIGKILL);
		SAFE_WAITPID(pid, NULL, 0);
	}
	if (!WIFEXITED(status) || WEXITSTATUS(status))
		tst_brk(TBROK, "the caller %s", tst_strstatus(status));
}

static void describe(char *buf, size_t bufsz, const struct pa_outcome *o)
{
	static const char *const names[] = PA_RESULT_NAMES;

	if (o->result == PA_ERRNO)
		snprintf(buf, bufsz, "%s", tst_strerrno(o->err));
	else
		snprintf(buf, bufsz, "%s%s%s", names[o->result],
			 o->note[0] ? ": " : "", o->note);
}

/* Is the running kernel older than release "6.18.44"? */
static int linux_older_than(const char *release)
{
	int v[3] = { 0, 0, 0 };

	if (sscanf(release, "%d.%d.%d", &v[0], &v[1], &v[2]) < 2)
		tst_brk(TBROK, "bad release in the test: %s", release);

	return tst_kvercmp(v[0], v[1], v[2]) < 0;
}

static void judge(const struct pa_expect *e, const struct pa_outcome *o)
{
	char got[256];

	describe(got, sizeof(got), o);
	if (e->needs_linux && linux_older_than(e->needs_linux)) {
		tst_res(TCONF, "%s: %s: expected only from Linux %s on (got %s)",
			e->scenario, e->expect, e->needs_linux, got);
		return;
	}
	if (o->result == PA_SKIPPED) {
		tst_res(TCONF, "%s: %s", e->scenario, o->note);
		return;
	}
	if (o->result == e->want &&
	    (o->result != PA_ERRNO || o->err == e->want_err))
		tst_res(TPASS, "%s: %s", e->scenario, e->expect);
	else
		tst_res(TFAIL, "%s: %s: got %s", e->scenario, e->expect, got);
}

void pa_run(const struct pa_test *t, unsigned int n)
{
	const struct pa_scenario *s = &pa_scenarios[n];
	struct pa_cred cred = s->caller;

	cred.eff |= t->caller_caps;
	cred.perm |= t->caller_caps;
	probe_case(t, &cred, &s->target);
	judge(&t->expect[n], seen);
}

/*
 * A control probe: root with every capability on the first scenario's
 * own target.  If even that fails, the interface or the feature behind
 * it is missing here.
 */
static void control(const struct pa_test *t)
{
	struct pa_cred root;
	const struct pa_target *target = &pa_scenarios[0].target;
	unsigned int i;
	char got[256];

	memset(&root, 0, sizeof(root));
	if (pa_caps_get(&root.perm))
		tst_brk(TBROK | TERRNO, "capget()");
	root.eff = root.perm;
	for (i = 0; target->thread && i < pa_nscenarios; i++)
		target = &pa_scenarios[i].target;

	probe_case(t, &root, target);
	if (seen->result == PA_ALLOWED)
		return;

	describe(got, sizeof(got), seen);
	tst_brk(TCONF, "%s: root with CAP_SYS_PTRACE gets %s%s%s", t->iface,
		got, t->needs ? "; it needs " : "", t->needs ? t->needs : "");
}

/*
 * The test's own /proc instance, in a private mount namespace: it goes
 * with the test process.  Targets and callers inherit it.  Its directory
 * is in the temporary directory that .needs_checkpoints implies.
 */
static void hidepid_setup(const char *hidepid)
{
	SAFE_UNSHARE(CLONE_NEWNS);
	SAFE_MOUNT(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL);
	SAFE_MKDIR("proc", 0755);
	if (!getcwd(pa_hidepid_dir, sizeof(pa_hidepid_dir) - 5))
		tst_brk(TBROK | TERRNO, "getcwd()");
	strcat(pa_hidepid_dir, "/proc");
	hidepid_mount(hidepid);
	hidepid_mounted = 1;
}

static void check_table(const struct pa_test *t)
{
	unsigned int i;

	if (t->nexpect != pa_nscenarios)
		tst_brk(TBROK, "%u expectations for %u scenarios",
			t->nexpect, pa_nscenarios);
	for (i = 0; i < pa_nscenarios; i++) {
		if (strcmp(t->expect[i].scenario, pa_scenarios[i].id))
			tst_brk(TBROK, "expectation %u is for %s, not %s", i,
				t->expect[i].scenario, pa_scenarios[i].id);
	}
}

void pa_setup(const struct pa_test *t)
{
	unsigned long start, end;
	long scope;
	const char *why;

	check_table(t);
	seen = SAFE_MMAP(NULL, sizeof(*seen), PROT_READ | PROT_WRITE,
			 MAP_SHARED | MAP_ANONYMOUS, -1, 0);

	pa_pagesz = getpagesize();
	if (pa_pagesz > PA_PAGE_MAX)
		tst_brk(TBROK, "page size %zu is too large", pa_pagesz);
	pa_page[0] = 1;

	/* Targets inherit fd 0; fd/0 and pidfd_getfd probe it. */
	if (fcntl(STDIN_FILENO, F_GETFD) == -1 &&
	    SAFE_OPEN("/dev/null", O_RDONLY) != STDIN_FILENO)
		tst_brk(TBROK, "cannot give the test an fd 0");

	/* maps pads the addresses with zeros, map_files does not. */
	SAFE_FILE_LINES_SCANF("/proc/self/maps", "%lx-%lx", &start, &end);
	snprintf(pa_map_entry, sizeof(pa_map_entry), "%lx-%lx", start, end);

	if (t->hidepid)
		hidepid_setup(t->hidepid);

	/* .save_restore set it to 0 where it could: 3 is final. */
	scope = pa_sysctl("/proc/sys/kernel/yama/ptrace_scope");
	if (t->attach && scope > 0)
		tst_brk(TCONF, "Yama's ptrace_scope is %ld and cannot be 0: it refuses ATTACH checks by rules of its own",
			scope);

	if (t->unready) {
		why = t->unready();
		if (why)
			tst_brk(TCONF, "%s", why);
	}
	control(t);
}

void pa_cleanup(void)
{
	if (hidepid_mounted && umount2(pa_hidepid_dir, MNT_DETACH))
		tst_res(TWARN | TERRNO, "umount2(%s)", pa_hidepid_dir);
}
