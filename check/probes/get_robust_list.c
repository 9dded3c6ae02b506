static void
probe(pid_t pid, struct pa_outcome *o)
{
	void	*head;
	size_t	 len;

	if (syscall(SYS_get_robust_list, pid, &head, &len) == -1)
		pa_failed(o, errno);
	else
		pa_allowed(o);
}
