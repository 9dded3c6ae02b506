/* Read the target's copy of the cookie. */
static void
probe(pid_t pid, struct pa_outcome *o)
{
	unsigned long	 got = 0;
	struct iovec	 local = { &got, sizeof(got) };
	struct iovec	 remote = { (void *)&pa_cookie, sizeof(got) };

	if (process_vm_readv(pid, &local, 1, &remote, 1, 0) == -1)
		pa_failed(o, errno);
	else if (got != pa_cookie)
		pa_outcome(o, PA_BROKEN, "read %#lx, not the cookie", got);
	else
		pa_allowed(o);
}
