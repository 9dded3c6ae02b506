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
 * in a private mount namespace (hidepid_mount()).
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE	/* unless the build defines it */
#endif

#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <sys/utsname.h>
#include <sys/wait.h>

#include <linux/capability.h>

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

#include "harness.h"

#define PA_MAXTARGETS	16
#define PA_WATCHDOG	30	/* seconds for a whole test */
#define PA_CASE_LIMIT	5	/* seconds for one caller */
#define PA_PAGE_MAX	65536	/* the largest page size Linux uses */

#ifndef PIDFD_THREAD
#define PIDFD_THREAD	O_EXCL
#endif

volatile unsigned long	 pa_cookie = 0x70747261636541UL;
char			 pa_page[PA_PAGE_MAX]
			    __attribute__((aligned(PA_PAGE_MAX)));
size_t			 pa_pagesz;
char			 pa_map_entry[64];
char			 pa_hidepid_dir[64];

struct parked {
	struct pa_target target;
	pid_t		 pid;
};

static struct parked	 parked[PA_MAXTARGETS];
static size_t		 nparked;
static pid_t		 test_pid;	/* the parent of every child */

void
pa_allowed(struct pa_outcome *o)
{
	o->result = PA_ALLOWED;
	o->err = 0;
}

void
pa_failed(struct pa_outcome *o, int err)
{
	o->result = PA_ERRNO;
	o->err = err;
}

void
pa_outcome(struct pa_outcome *o, enum pa_result r, const char *fmt, ...)
{
	va_list	 ap;

	o->result = r;
	o->err = 0;
	va_start(ap, fmt);
	vsnprintf(o->note, sizeof(o->note), fmt, ap);
	va_end(ap);
}

void
pa_proc_path(char *buf, size_t bufsz, pid_t pid, const char *file)
{
	snprintf(buf, bufsz, "/proc/%d/%s", (int)pid, file);
}

/*
 * A pidfd for the target.  A thread that does not lead its group
 * needs PIDFD_THREAD (Linux 6.9); only the same-thread-group case
 * probes one.
 */
int
pa_pidfd(pid_t pid)
{
	int	 fd;

	fd = syscall(SYS_pidfd_open, pid, 0);
	if (fd == -1 && (errno == EINVAL || errno == ENOENT))
		fd = syscall(SYS_pidfd_open, pid, PIDFD_THREAD);
	/*
	 * Before Linux 6.9 no pidfd names a thread that does not lead its
	 * group.  A thread of our own group is then named by our own
	 * pidfd: for the check, the same thread group either way.
	 */
	if (fd == -1 && errno == EINVAL && pa_process(pid) == getpid())
		fd = syscall(SYS_pidfd_open, getpid(), 0);
	return fd;
}

/* /proc/TID/status is readable by anyone: no ptrace check here. */
pid_t
pa_process(pid_t tid)
{
	char	 path[64], line[128];
	FILE	*fp;
	int	 tgid;

	snprintf(path, sizeof(path), "/proc/%d/status", (int)tid);
	if ((fp = fopen(path, "re")) == NULL)
		return tid;
	tgid = tid;
	while (fgets(line, sizeof(line), fp) != NULL)
		if (sscanf(line, "Tgid: %d", &tgid) == 1)
			break;
	fclose(fp);
	return tgid;
}

long
pa_sysctl(const char *path)
{
	FILE	*fp;
	long	 val;

	if ((fp = fopen(path, "r")) == NULL)
		return -1;
	if (fscanf(fp, "%ld", &val) != 1)
		val = -1;
	fclose(fp);
	return val;
}

static const char *
errname(int err)
{
	const char	*name;

	name = strerrorname_np(err);
	return name == NULL ? "unknown errno" : name;
}

/* The words and letters of each result kind: see harness/pa_result.h. */
static const struct {
	const char	*name;
	const char	*letter;
	const char	*legend;
} kinds[] = {
#define PA_RESULT_WORDS(kind, name, letter, legend, expect) \
	[PA_##kind] = { name, letter, legend },
	PA_RESULT_LIST(PA_RESULT_WORDS)
#undef PA_RESULT_WORDS
};

static const struct {
	int		 err;
	const char	*letter;
} errno_letters[] = {
#define PA_ERRNO_LETTER(err, letter)	{ err, letter },
	PA_ERRNO_LETTERS(PA_ERRNO_LETTER)
#undef PA_ERRNO_LETTER
};

#define NERRNO_LETTERS	(sizeof(errno_letters) / sizeof(errno_letters[0]))

/*
 * Describe an outcome for TAP and for the summary table.
 */
static void
describe(char *buf, size_t bufsz, enum pa_result r, int err)
{
	snprintf(buf, bufsz, "%s", r == PA_ERRNO ? errname(err) :
	    kinds[r].name);
}

/* The outcome's cell in the interface-by-scenario table. */
static const char *
letter(enum pa_result r, int err)
{
	size_t	 i;

	for (i = 0; r == PA_ERRNO && i < NERRNO_LETTERS; i++)
		if (errno_letters[i].err == err)
			return errno_letters[i].letter;
	return kinds[r].letter;
}

/* Whether an earlier kind has the same letter: the legend names it once. */
static int
letter_seen(size_t r)
{
	size_t	 j;

	for (j = 0; j < r; j++)
		if (strcmp(kinds[j].letter, kinds[r].letter) == 0)
			return 1;
	return 0;
}

/*
 * With PA_LEGEND set, a test prints what the letters of the table mean,
 * one "LETTER<TAB>MEANING" line each, and runs nothing:
 * check/matrix-table.sh asks for it.
 */
static void
legend(void)
{
	size_t	 i, r;

	for (r = 0; r < PA_NRESULTS; r++) {
		for (i = 0; r == PA_ERRNO && i < NERRNO_LETTERS; i++)
			printf("%s\t%s\n", errno_letters[i].letter,
			    errname(errno_letters[i].err));
		if (!letter_seen(r))
			printf("%s\t%s\n", kinds[r].letter, kinds[r].legend);
	}
}

/* capset(2) without libcap: two 32-bit words per set. */
static int
caps_set(uint64_t eff, uint64_t perm)
{
	struct __user_cap_header_struct	 hdr;
	struct __user_cap_data_struct	 data[2];
	int				 i;

	hdr.version = _LINUX_CAPABILITY_VERSION_3;
	hdr.pid = 0;
	for (i = 0; i < 2; i++) {
		data[i].effective = eff >> (32 * i);
		data[i].permitted = perm >> (32 * i);
		data[i].inheritable = 0;
	}
	return syscall(SYS_capset, &hdr, data);
}

static uint64_t
caps_permitted(void)
{
	struct __user_cap_header_struct	 hdr;
	struct __user_cap_data_struct	 data[2];

	hdr.version = _LINUX_CAPABILITY_VERSION_3;
	hdr.pid = 0;
	if (syscall(SYS_capget, &hdr, data) == -1)
		return 0;
	return data[0].permitted | (uint64_t)data[1].permitted << 32;
}

/*
 * Give the calling thread exactly these credentials.  Raw system
 * calls, because glibc would apply set*id to every thread and the
 * same-thread-group case needs two threads with different ids.
 * The calling thread must start as root with its capabilities.
 */
static int
become(const struct pa_cred *c)
{
	uint64_t	 all;

	all = caps_permitted();
	if (prctl(PR_SET_KEEPCAPS, 1, 0, 0, 0) == -1 ||
	    syscall(SYS_setgroups, 0, NULL) == -1 ||
	    syscall(SYS_setresgid, c->gid[PA_REAL], c->gid[PA_EFF],
	    c->gid[PA_SAVED]) == -1)
		return -1;
	syscall(SYS_setfsgid, c->gid[PA_FS]);
	if (syscall(SYS_setresuid, c->uid[PA_REAL], c->uid[PA_EFF],
	    c->uid[PA_SAVED]) == -1)
		return -1;

	/* Leaving uid 0 cleared the effective set; setfsuid needs it. */
	if (caps_set(all, all) == -1)
		return -1;
	syscall(SYS_setfsuid, c->uid[PA_FS]);
	if (caps_set(c->eff, c->perm) == -1)
		return -1;

	/* setfs[ug]id report no errors: ask for the value back. */
	if ((uid_t)syscall(SYS_setfsuid, -1) != c->uid[PA_FS] ||
	    (gid_t)syscall(SYS_setfsgid, -1) != c->gid[PA_FS]) {
		errno = EPERM;
		return -1;
	}
	return 0;
}

/*
 * Die with the test process.  Called after become(), because changing
 * credentials clears the parent-death signal.
 */
static void
die_with_parent(void)
{
	if (prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0) == -1 ||
	    getppid() != test_pid)
		_exit(1);
}

/*
 * Wait until a parked task is off the CPU, blocked in pause(), so
 * that no probe finds it between its "ready" and its sleep: wchan,
 * for one, shows 0 for a task still on a run queue.  Reading
 * /proc/TID/syscall as root waits for the task to leave the CPU and
 * says "running" when it is not blocked at all.
 */
static int
wait_asleep(pid_t tid)
{
	char	 path[64], buf[64];
	int	 fd, tries;
	ssize_t	 n;

	snprintf(path, sizeof(path), "/proc/%d/syscall", (int)tid);
	for (tries = 0; tries < 10000; tries++) {
		if ((fd = open(path, O_RDONLY | O_CLOEXEC)) == -1)
			return errno == ENOENT ? 0 : -1;
		n = read(fd, buf, sizeof(buf));
		close(fd);
		if (n > 0 && buf[0] >= '0' && buf[0] <= '9')
			return 0;
		sched_yield();
	}
	return -1;
}

/*
 * Fork a target with the credentials and dumpable flag of t and park
 * it.  Returns its pid once it is ready, or -1.
 */
static pid_t
target_start(const struct pa_target *t)
{
	int	 ready[2];
	pid_t	 pid;
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
		if (become(&t->cred) == -1 ||
		    prctl(PR_SET_DUMPABLE, t->dumpable, 0, 0, 0) == -1)
			_exit(1);
		die_with_parent();
		if (write(ready[1], "r", 1) != 1)
			_exit(1);
		close(ready[1]);
		for (;;)
			pause();
	}
	close(ready[1]);
	n = read(ready[0], &c, 1);
	close(ready[0]);
	if (n != 1 || wait_asleep(pid) == -1) {
		kill(pid, SIGKILL);
		waitpid(pid, NULL, 0);
		return -1;
	}
	return pid;
}

/* The parked target with this identity, started on first use. */
static pid_t
target_get(const struct pa_target *t)
{
	size_t	 i;

	for (i = 0; i < nparked; i++)
		if (memcmp(&parked[i].target, t, sizeof(*t)) == 0)
			return parked[i].pid;
	if (nparked == PA_MAXTARGETS)
		return -1;
	if ((parked[nparked].pid = target_start(t)) == -1)
		return -1;
	parked[nparked].target = *t;
	return parked[nparked++].pid;
}

static void
targets_stop(void)
{
	size_t	 i;

	for (i = 0; i < nparked; i++)
		kill(parked[i].pid, SIGKILL);
	for (i = 0; i < nparked; i++)
		waitpid(parked[i].pid, NULL, 0);
	nparked = 0;
}

/*
 * A /proc instance with the test's hidepid= value on pa_hidepid_dir.
 * No gid= option: members of that group would skip the check.
 */
static int
proc_mount(const char *hidepid)
{
	char	 opts[64];

	snprintf(opts, sizeof(opts), "hidepid=%s", hidepid);
	return mount("proc", pa_hidepid_dir, "proc",
	    MS_NOSUID | MS_NODEV | MS_NOEXEC, opts);
}

/*
 * Only syscalls: the watchdog calls this too.  The mount goes with
 * our private namespace anyway; the directory would stay.
 */
static void
hidepid_unmount(void)
{
	if (pa_hidepid_dir[0] == '\0')
		return;
	umount2(pa_hidepid_dir, MNT_DETACH);
	rmdir(pa_hidepid_dir);
	pa_hidepid_dir[0] = '\0';
}

/*
 * Mount the test's /proc instance in a mount namespace of our own,
 * private so that the mount never reaches the system's namespace.
 * Targets and callers are forked later and inherit it.  The control
 * probe and the cases need it alike: do it before either.  Returns
 * NULL, or why the kernel refused.
 */
static const char *
hidepid_mount(const struct pa_test *t, char *why, size_t whysz)
{
	const char	*what;
	int		 err;

	snprintf(pa_hidepid_dir, sizeof(pa_hidepid_dir),
	    "/tmp/ptrace-access-proc.XXXXXX");
	if (mkdtemp(pa_hidepid_dir) == NULL) {
		snprintf(why, whysz, "mkdtemp %s: %s", pa_hidepid_dir,
		    strerror(errno));
		pa_hidepid_dir[0] = '\0';
		return why;
	}
	if (unshare(CLONE_NEWNS) == -1)
		what = "unshare(CLONE_NEWNS)";
	else if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) == -1)
		what = "making the mounts private";
	else if (proc_mount(t->hidepid) == -1)
		what = "mounting proc";
	else
		return NULL;
	err = errno;
	hidepid_unmount();
	snprintf(why, whysz, "%s with hidepid=%s: %s", what, t->hidepid,
	    strerror(err));
	return why;
}

/*
 * Each caller mounts an instance of its own over the test's, in a
 * copy of the namespace (private too, since the test's is).  A fresh
 * instance has nothing cached: a /proc/PID entry that an earlier
 * caller looked up would spare this one the lookup, and with it the
 * check that hidepid=ptraceable makes there.
 */
static int
hidepid_fresh(const struct pa_test *t)
{
	if (unshare(CLONE_NEWNS) == -1 || proc_mount(t->hidepid) == -1)
		return -1;
	return 0;
}

/* Every path out of pa_run() once targets may run. */
static void
teardown(void)
{
	targets_stop();
	hidepid_unmount();
}

/*
 * The same-thread-group target: a second thread of the caller that
 * takes the target's credentials, then sleeps until the caller exits.
 */
struct sibling {
	const struct pa_cred	*cred;
	int			 ready[2];
	pid_t			 tid;
};

static void *
sibling_main(void *arg)
{
	struct sibling	*s = arg;
	char		 c;

	s->tid = gettid();
	c = become(s->cred) == -1 ? 'f' : 'r';
	if (write(s->ready[1], &c, 1) != 1)
		return NULL;
	for (;;)
		pause();
}

static pid_t
sibling_start(struct sibling *s, const struct pa_cred *cred)
{
	pthread_t	 th;
	char		 c;

	s->cred = cred;
	if (pipe(s->ready) == -1 ||
	    pthread_create(&th, NULL, sibling_main, s) != 0 ||
	    read(s->ready[0], &c, 1) != 1 || c != 'r' ||
	    wait_asleep(s->tid) == -1)
		return -1;
	return s->tid;
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
	struct sibling		 sib;
	pid_t			 target;

	memset(&r, 0, sizeof(r));
	/* Not the test's watchdog: a hung caller dies alone. */
	signal(SIGALRM, SIG_DFL);
	alarm(PA_CASE_LIMIT);
	target = b->targets[0];
	/* Before the sibling starts: unshare(2) wants one thread. */
	if (t->hidepid != NULL && hidepid_fresh(t) == -1)
		pa_outcome(&r.o, PA_BROKEN, "a fresh /proc: %s",
		    strerror(errno));
	else if (c->target.thread &&
	    (target = sibling_start(&sib, &c->target.cred)) == -1)
		pa_outcome(&r.o, PA_BROKEN, "cannot start the sibling thread");
	else if (become(&c->caller) == -1)
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
	die_with_parent();
	for (r.k = 0; r.k < b->n; r.k++) {
		memset(&r.o, 0, sizeof(r.o));
		t->probe(r.k == 0 ? target : b->targets[r.k], &r.o);
		if (write(fd, &r, sizeof(r)) != sizeof(r))
			_exit(1);
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
static void
case_probe(const struct pa_test *t, const struct pa_case *c,
    pid_t target, struct pa_outcome *o)
{
	struct batch	 b;

	b.cases = &c;
	b.targets = &target;
	b.outcomes = &o;
	b.n = 1;
	batch_probe(t, &b);
}

/* Whether two cases can share a caller. */
static int
same_caller(const struct pa_case *a, const struct pa_case *b)
{
	if (a == b)
		return 1;
	return !a->target.thread && !b->target.thread &&
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
			if (!c->target.thread &&
			    (b.targets[b.n] = target_get(&c->target)) == -1) {
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
	hidepid_unmount();
	kill(0, SIGKILL);	/* our own process group: see pa_run() */
	_exit(1);
}

/*
 * Facts about the test binary that probes need, found before any
 * fork so that every process agrees on them.
 */
static int
setup(void)
{
	FILE		*fp;
	char		 line[256];
	unsigned long	 start, end;

	pa_pagesz = sysconf(_SC_PAGESIZE);
	if (pa_pagesz > PA_PAGE_MAX)
		return -1;
	pa_page[0] = 1;		/* fault it in */

	/* Targets inherit fd 0; probes of fd/0 and pidfd_getfd need it. */
	if (fcntl(STDIN_FILENO, F_GETFD) == -1 &&
	    open("/dev/null", O_RDONLY) != STDIN_FILENO)
		return -1;

	if ((fp = fopen("/proc/self/maps", "r")) == NULL)
		return -1;
	if (fgets(line, sizeof(line), fp) == NULL) {
		fclose(fp);
		return -1;
	}
	fclose(fp);
	/* maps pads the addresses with zeros, map_files does not. */
	if (sscanf(line, "%lx-%lx", &start, &end) != 2)
		return -1;
	snprintf(pa_map_entry, sizeof(pa_map_entry), "%lx-%lx", start, end);
	return 0;
}

/*
 * A control probe: a root caller holding CAP_SYS_PTRACE, on the first
 * case's target, which the cases need anyway.  If even that does not
 * succeed, the interface or the feature behind it is missing here,
 * and every case is skipped.
 */
static const char *
control(const struct pa_test *t, char *why, size_t whysz)
{
	struct pa_case		 c;
	struct pa_outcome	 o;
	char			 got[32];
	size_t			 i;
	pid_t			 target;

	memset(&c, 0, sizeof(c));
	c.caller.eff = c.caller.perm = caps_permitted();
	c.target.cred = c.caller;
	c.target.dumpable = 1;
	for (i = 0; i < t->ncases; i++)
		if (!t->cases[i].target.thread) {
			c.target = t->cases[i].target;
			break;
		}
	if ((target = target_get(&c.target)) == -1)
		return "cannot start a target";
	case_probe(t, &c, target, &o);
	if (o.result == PA_ALLOWED)
		return NULL;
	describe(got, sizeof(got), o.result, o.err);
	snprintf(why, whysz, "root with CAP_SYS_PTRACE gets %s%s%s%s%s", got,
	    *o.note ? ": " : "", o.note, t->needs ? "; needs " : "",
	    t->needs ? t->needs : "");
	return why;
}

/*
 * Why the cases cannot run here, or NULL.  Yama refuses ATTACH-level
 * checks by its own rules (kernel-facts.md, 3b) and the model knows
 * only commoncap, so its restricting scopes skip such tests.
 */
static const char *
unready(const struct pa_test *t, char *why, size_t whysz)
{
	long	 scope;

	if (t->attach && (scope = pa_sysctl(
	    "/proc/sys/kernel/yama/ptrace_scope")) > 0) {
		snprintf(why, whysz, "Yama ptrace_scope is %ld: the model "
		    "covers commoncap only", scope);
		return why;
	}
	if (t->unready != NULL)
		return t->unready();
	return control(t, why, whysz);
}

static int
compare(const struct pa_case *c, const struct pa_outcome *o)
{
	if (o->result != c->want)
		return 0;
	return o->result != PA_ERRNO || o->err == c->want_err;
}

/* One row for the summary table, if the runner asked for it. */
static void
record(const struct pa_test *t, const struct pa_case *c, enum pa_result r,
    int err, const char *verdict)
{
	const char	*file;
	char		 got[32], row[512];
	int		 fd, len;

	if ((file = getenv("PA_RESULTS")) == NULL)
		return;
	describe(got, sizeof(got), r, err);
	len = snprintf(row, sizeof(row), "%s\t%s\t%s\t%s\t%s\n",
	    t->iface, c->scenario, got, verdict, letter(r, err));
	if (len < 0 || (size_t)len >= sizeof(row))
		return;
	/* One write with O_APPEND: rows from parallel tests never mix. */
	if ((fd = open(file, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC,
	    0644)) == -1)
		return;
	if (write(fd, row, len) != len)
		fprintf(stderr, "%s: short write\n", file);
	close(fd);
}

static void
skip_all(const struct pa_test *t, const char *why)
{
	size_t	 i;

	for (i = 0; i < t->ncases; i++) {
		printf("ok %zu - %s: %s: %s # SKIP %s\n", i + 1, t->iface,
		    t->cases[i].scenario, t->cases[i].expect, why);
		record(t, &t->cases[i], PA_SKIPPED, 0, "skip");
	}
}

/*
 * Is the running kernel older than release "6.18.44"?  Compares up to
 * three numbers; an unreadable release counts as not older.
 */
static int
linux_older_than(const char *want)
{
	struct utsname	 u;
	unsigned int	 have[3] = { 0, 0, 0 }, need[3] = { 0, 0, 0 };
	size_t		 i;

	if (uname(&u) == -1 ||
	    sscanf(u.release, "%u.%u.%u", &have[0], &have[1], &have[2]) < 2)
		return 0;
	sscanf(want, "%u.%u.%u", &need[0], &need[1], &need[2]);
	for (i = 0; i < 3; i++)
		if (have[i] != need[i])
			return have[i] < need[i];
	return 0;
}

/* Print one case's TAP line; say whether it passed, failed or skipped. */
enum verdict { PASSED, FAILED, SKIPPED };

static enum verdict
report(const struct pa_test *t, size_t i, const struct pa_outcome *o)
{
	const struct pa_case	*c = &t->cases[i];
	char			 got[32];

	describe(got, sizeof(got), o->result, o->err);
	/*
	 * The spec knows this outcome only from a newer kernel (a change
	 * whose release is not confirmed): say so rather than judge.
	 */
	if (c->needs_linux != NULL && linux_older_than(c->needs_linux)) {
		printf("ok %zu - %s: %s: %s # SKIP expected only from Linux "
		    "%s on (got %s)\n", i + 1, t->iface, c->scenario,
		    c->expect, c->needs_linux, got);
		record(t, c, PA_SKIPPED, 0, "skip");
		return SKIPPED;
	}
	describe(got, sizeof(got), o->result, o->err);
	if (o->result == PA_SKIPPED) {
		printf("ok %zu - %s: %s: %s # SKIP %s\n", i + 1,
		    t->iface, c->scenario, c->expect, o->note);
		record(t, c, PA_SKIPPED, 0, "skip");
		return SKIPPED;
	}
	if (compare(c, o)) {
		printf("ok %zu - %s: %s: %s\n", i + 1,
		    t->iface, c->scenario, c->expect);
		record(t, c, o->result, o->err, "ok");
		return PASSED;
	}
	printf("not ok %zu - %s: %s: %s\n", i + 1,
	    t->iface, c->scenario, c->expect);
	printf("# got %s%s%s\n", got, *o->note ? ": " : "", o->note);
	record(t, c, o->result, o->err, "FAIL");
	return FAILED;
}

int
pa_run(const struct pa_test *t)
{
	struct pa_outcome	*got;
	char			 why[256];
	const char		*skip;
	size_t			 i, nfail, nskip;
	enum verdict		 v;

	setvbuf(stdout, NULL, _IOLBF, 0);
	if (getenv("PA_LEGEND") != NULL) {
		legend();
		return 0;
	}
	printf("TAP version 13\n1..%zu\n", t->ncases);
	if (geteuid() != 0) {
		skip_all(t, "needs root to set up credentials");
		return 4;
	}

	/* Our own process group, so that the watchdog kills only us. */
	test_pid = getpid();
	if (getpgrp() != test_pid && setpgid(0, 0) == -1) {
		printf("Bail out! setpgid: %s\n", strerror(errno));
		return 1;
	}
	signal(SIGALRM, watchdog);
	alarm(PA_WATCHDOG);

	if (setup() == -1) {
		printf("Bail out! cannot inspect the test binary\n");
		return 1;
	}
	if (t->hidepid != NULL &&
	    (skip = hidepid_mount(t, why, sizeof(why))) != NULL) {
		skip_all(t, skip);
		return 4;
	}
	if ((skip = unready(t, why, sizeof(why))) != NULL) {
		teardown();
		skip_all(t, skip);
		return 4;
	}
	if ((got = calloc(t->ncases, sizeof(*got))) == NULL ||
	    run_cases(t, got) == -1) {
		teardown();
		printf("Bail out! out of memory\n");
		return 1;
	}
	teardown();
	alarm(0);

	nfail = nskip = 0;
	for (i = 0; i < t->ncases; i++) {
		v = report(t, i, &got[i]);
		nfail += v == FAILED;
		nskip += v == SKIPPED;
	}
	free(got);
	printf("# %zu passed, %zu failed, %zu skipped\n",
	    t->ncases - nfail - nskip, nfail, nskip);
	if (nfail)
		return 1;
	return nskip == t->ncases ? 4 : 0;
}
