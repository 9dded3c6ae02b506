/*
 * Open the file and read from it: some files are checked at open,
 * others only when read.
 */
static void
probe(pid_t pid, struct pa_outcome *o)
{
	char	 path[64], buf[64];
	int	 fd;

	pa_proc_path(path, sizeof(path), pid, PROC_FILE);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd == -1) {
		pa_failed(o, errno);
		return;
	}
	if (READ_AT >= 0 && pread(fd, buf, sizeof(buf), READ_AT) == -1)
		pa_failed(o, errno);
	else
		pa_allowed(o);
	close(fd);
}
