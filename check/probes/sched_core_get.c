/* Read the target thread's core scheduling cookie. */
static void
probe(pid_t pid, struct pa_outcome *o)
{
	unsigned long	 cookie;

	if (prctl(PR_SCHED_CORE, PR_SCHED_CORE_GET, pid,
	    PR_SCHED_CORE_SCOPE_THREAD, &cookie) == -1)
		pa_failed(o, errno);
	else
		pa_allowed(o);
}
