/*
 * The test's own /proc instance, for probes of the hidepid= checks.
 * No system setting is ever changed: the instance is mounted in a
 * private mount namespace of the test's, and each caller mounts a
 * fresh one over it.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE	/* unless the build defines it */
#endif

#include <sys/mount.h>
#include <sys/types.h>

#include <errno.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "internal.h"

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
void
pa_hidepid_unmount(void)
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
const char *
pa_hidepid_mount(const struct pa_test *t, char *why, size_t whysz)
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
	pa_hidepid_unmount();
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
int
pa_hidepid_fresh(const struct pa_test *t)
{
	if (unshare(CLONE_NEWNS) == -1 || proc_mount(t->hidepid) == -1)
		return -1;
	return 0;
}

