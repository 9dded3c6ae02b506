/*
 * A denied read still succeeds and shows "0" instead of the name of
 * the function the target sleeps in.  Parked targets always sleep.
 */
static void
probe(pid_t pid, struct pa_outcome *o)
{
	char	 path[64], buf[128];
	ssize_t	 n;
	int	 fd;

	pa_proc_path(path, sizeof(path), pid, "wchan");
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd == -1) {
		pa_failed(o, errno);
		return;
	}
	n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	if (n == -1)
		pa_failed(o, errno);
	else if (n == 1 && buf[0] == '0')
		pa_outcome(o, PA_PRINTS_ZERO, "wchan is 0");
	else
		pa_allowed(o);
}
