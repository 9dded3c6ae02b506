/*
 * MADV_COLD on a page of the target: a hint about reclaim order,
 * which changes nothing the target can observe.  The call takes a
 * process, not a thread: name the target's thread group.
 */
static void
probe(pid_t pid, struct pa_outcome *o)
{
	struct iovec	 iov = { pa_page, 0 };
	int		 pfd;

	iov.iov_len = pa_pagesz;
	pfd = pa_pidfd(pa_process(pid));
	if (pfd == -1) {
		pa_outcome(o, PA_BROKEN, "pidfd_open: %s", strerror(errno));
		return;
	}
	if (syscall(SYS_process_madvise, pfd, &iov, 1, MADV_COLD, 0) == -1)
		pa_failed(o, errno);
	else
		pa_allowed(o);
	close(pfd);
}
