static void
probe(pid_t pid, struct pa_outcome *o)
{
	char	 path[64], buf[256];

	pa_proc_path(path, sizeof(path), pid, PROC_LINK);
	if (readlink(path, buf, sizeof(buf)) == -1)
		pa_failed(o, errno);
	else
		pa_allowed(o);
}
