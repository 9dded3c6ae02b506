/*
 * kcmp(2) checks both processes it names: name the target twice, so
 * that both checks are about it.  Index 0 is fd 0 for KCMP_FILE.
 */
static void
probe(pid_t pid, struct pa_outcome *o)
{
	if (syscall(SYS_kcmp, pid, pid, KCMP_TYPE, 0, 0) == -1)
		pa_failed(o, errno);
	else
		pa_allowed(o);
}
