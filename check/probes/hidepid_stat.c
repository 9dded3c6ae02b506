/* stat(2) of the target's directory in the test's own /proc. */
static void
probe(pid_t pid, struct pa_outcome *o)
{
	char		 path[96];
	struct stat	 st;

	snprintf(path, sizeof(path), "%s/%d", pa_hidepid_dir, (int)pid);
	if (stat(path, &st) == -1)
		pa_failed(o, errno);
	else
		pa_allowed(o);
}
