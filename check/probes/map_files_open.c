/* Follow the entry of the test binary's first mapping. */
static void
probe(pid_t pid, struct pa_outcome *o)
{
	char	 path[128];
	int	 fd;

	snprintf(path, sizeof(path), "/proc/%d/map_files/%s", (int)pid,
	    pa_map_entry);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd == -1) {
		pa_failed(o, errno);
		return;
	}
	close(fd);
	pa_allowed(o);
}
