/*
 * A software event counting only user time on the target: with
 * perf_event_paranoid at 2 or below anyone may open it.
 */
static void
probe(pid_t pid, struct pa_outcome *o)
{
	struct perf_event_attr	 attr;
	int			 fd;

	memset(&attr, 0, sizeof(attr));
	attr.size = sizeof(attr);
	attr.type = PERF_TYPE_SOFTWARE;
	attr.config = PERF_COUNT_SW_TASK_CLOCK;
	attr.exclude_kernel = 1;
	attr.exclude_hv = 1;
	fd = syscall(SYS_perf_event_open, &attr, pid, -1, -1,
	    PERF_FLAG_FD_CLOEXEC);
	if (fd == -1) {
		pa_failed(o, errno);
		return;
	}
	close(fd);
	pa_allowed(o);
}

/* Above 2 (a Debian patch), only CAP_SYS_ADMIN may open events. */
static const char *
unready(void)
{
	if (pa_sysctl("/proc/sys/kernel/perf_event_paranoid") > 2)
		return "kernel.perf_event_paranoid is above 2";
	return NULL;
}
