/*
 * What probes call (see ../harness.h and ../probes/README): recording
 * an outcome, /proc paths, pidfds, sysctls; and the objects that exist
 * at the same address in every fork of the test binary.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE	/* unless the build defines it */
#endif

#include <sys/syscall.h>
#include <sys/types.h>

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "internal.h"

#ifndef PIDFD_THREAD
#define PIDFD_THREAD	O_EXCL
#endif

volatile unsigned long	 pa_cookie = 0x70747261636541UL;
char			 pa_page[PA_PAGE_MAX]
			    __attribute__((aligned(PA_PAGE_MAX)));
size_t			 pa_pagesz;
char			 pa_map_entry[64];
char			 pa_hidepid_dir[64];

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
	int	 len;

	o->result = r;
	o->err = 0;
	va_start(ap, fmt);
	len = vsnprintf(o->note, sizeof(o->note), fmt, ap);
	va_end(ap);
	/* A note too long for the outcome says that it was cut. */
	if (len > 0 && (size_t)len >= sizeof(o->note))
		memcpy(o->note + sizeof(o->note) - 4, "...", 4);
}

void
pa_proc_path(char *buf, size_t bufsz, pid_t pid, const char *file)
{
	int	 len;

	/*
	 * A path cut short could name another file: leave none, so that
	 * the probe fails (ENOENT) rather than probe the wrong thing.
	 */
	len = snprintf(buf, bufsz, "/proc/%d/%s", (int)pid, file);
	if (len < 0 || (size_t)len >= bufsz)
		*buf = '\0';
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

