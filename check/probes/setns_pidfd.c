/*
 * Join the target's namespace through a pidfd.  The caller is a
 * throwaway process and the target shares the test's namespaces, so
 * nothing changes.  Joining needs CAP_SYS_ADMIN after the check,
 * which every caller holds.
 */
static void
probe(pid_t pid, struct pa_outcome *o)
{
	int	 fd;

	fd = pa_pidfd(pid);
	if (fd == -1) {
		pa_outcome(o, PA_BROKEN, "pidfd_open: %s", strerror(errno));
		return;
	}
	if (setns(fd, NS_FLAG) == -1)
		pa_failed(o, errno);
	else
		pa_allowed(o);
	close(fd);
}
