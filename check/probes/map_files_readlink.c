/* The entry of the test binary's first mapping: see pa_map_entry. */
static void
probe(pid_t pid, struct pa_outcome *o)
{
	char	 path[128], buf[256];

	snprintf(path, sizeof(path), "/proc/%d/map_files/%s", (int)pid,
	    pa_map_entry);
	if (readlink(path, buf, sizeof(buf)) == -1)
		pa_failed(o, errno);
	else
		pa_allowed(o);
}
