/*
 * List the test's own /proc and look for the target.  The listing
 * names processes only: a thread is looked for by its process.
 */
static void
probe(pid_t pid, struct pa_outcome *o)
{
	char		 name[16];
	struct dirent	*de;
	DIR		*dir;
	int		 found;

	snprintf(name, sizeof(name), "%d", (int)pa_process(pid));
	dir = opendir(pa_hidepid_dir);
	if (!dir) {
		pa_failed(o, errno);
		return;
	}
	found = 0;
	errno = 0;
	while (!found && (de = readdir(dir)) != NULL)
		found = strcmp(de->d_name, name) == 0;
	if (found)
		pa_allowed(o);
	else if (errno != 0)
		pa_failed(o, errno);
	else
		pa_outcome(o, PA_OMITTED, "%s is not listed", name);
	closedir(dir);
}
