/*
 * Attach.  PTRACE_ATTACH stops the target: wait for the stop and
 * detach at once, so that it runs on for the next case.  A seized
 * target is not stopped; the kernel detaches it when the caller exits.
 */
static void
probe(pid_t pid, struct pa_outcome *o)
{
	int	 status;

	if (ptrace(SEIZE ? PTRACE_SEIZE : PTRACE_ATTACH, pid, NULL,
	    NULL) == -1) {
		pa_failed(o, errno);
		return;
	}
	if (!SEIZE && (waitpid(pid, &status, __WALL) == -1 ||
	    ptrace(PTRACE_DETACH, pid, NULL, NULL) == -1))
		pa_outcome(o, PA_BROKEN, "attached, cannot detach: %s",
		    strerror(errno));
	else
		pa_allowed(o);
}
