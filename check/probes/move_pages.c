/* Without nodes, move_pages(2) only says where a page is. */
static void
probe(pid_t pid, struct pa_outcome *o)
{
	void	*pages[1] = { pa_page };
	int	 status[1];

	if (syscall(SYS_move_pages, pid, 1, pages, NULL, status, 0) == -1)
		pa_failed(o, errno);
	else
		pa_allowed(o);
}
