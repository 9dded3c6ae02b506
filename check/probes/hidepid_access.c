/*
 * Open the target's directory in the test's own /proc instance: the
 * open asks for the directory's permission, which makes the check.
 */
static void
probe(pid_t pid, struct pa_outcome *o)
{
	char	 path[96];
	int	 fd;

	snprintf(path, sizeof(path), "%s/%d", pa_hidepid_dir, (int)pid);
	fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd == -1) {
		pa_failed(o, errno);
		return;
	}
	close(fd);
	pa_allowed(o);
}
