/*
 * Look the target's directory up and do no more: an O_PATH open
 * asks for neither its permission nor its attributes.  The caller's
 * /proc instance is fresh, so nothing cached spares the lookup.
 */
static void
probe(pid_t pid, struct pa_outcome *o)
{
	char	 path[96];
	int	 fd;

	snprintf(path, sizeof(path), "%s/%d", pa_hidepid_dir, (int)pid);
	fd = open(path, O_PATH | O_CLOEXEC);
	if (fd == -1) {
		pa_failed(o, errno);
		return;
	}
	close(fd);
	pa_allowed(o);
}
