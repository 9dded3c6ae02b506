/*
 * Linux 6.11 and later.  Defined here: <linux/pidfd.h> clashes with
 * <fcntl.h> on older C libraries.
 */
#ifndef PIDFD_GET_UTS_NAMESPACE
#define PIDFD_GET_CGROUP_NAMESPACE		_IO(0xFF, 1)
#define PIDFD_GET_IPC_NAMESPACE			_IO(0xFF, 2)
#define PIDFD_GET_MNT_NAMESPACE			_IO(0xFF, 3)
#define PIDFD_GET_NET_NAMESPACE			_IO(0xFF, 4)
#define PIDFD_GET_PID_NAMESPACE			_IO(0xFF, 5)
#define PIDFD_GET_PID_FOR_CHILDREN_NAMESPACE	_IO(0xFF, 6)
#define PIDFD_GET_TIME_NAMESPACE		_IO(0xFF, 7)
#define PIDFD_GET_TIME_FOR_CHILDREN_NAMESPACE	_IO(0xFF, 8)
#define PIDFD_GET_USER_NAMESPACE		_IO(0xFF, 9)
#define PIDFD_GET_UTS_NAMESPACE			_IO(0xFF, 10)
#endif

static void
probe(pid_t pid, struct pa_outcome *o)
{
	int	 pfd, fd;

	pfd = pa_pidfd(pid);
	if (pfd == -1) {
		pa_outcome(o, PA_BROKEN, "pidfd_open: %s", strerror(errno));
		return;
	}
	fd = ioctl(pfd, NS_IOCTL, 0);
	if (fd == -1) {
		pa_failed(o, errno);
	} else {
		close(fd);
		pa_allowed(o);
	}
	close(pfd);
}
