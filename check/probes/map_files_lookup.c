/*
 * Look up the entry of the test binary's first mapping, without
 * reading or following the link: lstat(2) makes only the lookup.
 */
static void
probe(pid_t pid, struct pa_outcome *o)
{
	char		 path[128];
	struct stat	 st;

	snprintf(path, sizeof(path), "/proc/%d/map_files/%s", (int)pid,
	    pa_map_entry);
	if (lstat(path, &st) == -1)
		pa_failed(o, errno);
	else
		pa_allowed(o);
}
