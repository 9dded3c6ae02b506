/* Duplicate the target's fd 0, which every target has. */
static void
probe(pid_t pid, struct pa_outcome *o)
{
	int	 pfd, fd;

	pfd = pa_pidfd(pid);
	if (pfd == -1) {
		pa_outcome(o, PA_BROKEN, "pidfd_open: %s", strerror(errno));
		return;
	}
	fd = syscall(SYS_pidfd_getfd, pfd, 0, 0);
	if (fd == -1) {
		pa_failed(o, errno);
	} else {
		close(fd);
		pa_allowed(o);
	}
	close(pfd);
}
