static void
probe(pid_t pid, struct pa_outcome *o)
{
	char		 path[64];
	DIR		*dir;
	size_t		 n;

	pa_proc_path(path, sizeof(path), pid, "map_files");
	dir = opendir(path);
	if (!dir) {
		pa_failed(o, errno);
		return;
	}
	errno = 0;
	for (n = 0; readdir(dir); n++)
		continue;
	if (errno != 0)
		pa_failed(o, errno);
	else if (n <= 2)
		pa_outcome(o, PA_BROKEN, "no mappings listed");
	else
		pa_allowed(o);
	closedir(dir);
}
