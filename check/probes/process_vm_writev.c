/* Write the cookie's own value over the target's copy of it. */
static void
probe(pid_t pid, struct pa_outcome *o)
{
	unsigned long	 val = pa_cookie;
	struct iovec	 local = { &val, sizeof(val) };
	struct iovec	 remote = { (void *)&pa_cookie, sizeof(val) };

	if (process_vm_writev(pid, &local, 1, &remote, 1, 0) == -1)
		pa_failed(o, errno);
	else
		pa_allowed(o);
}
