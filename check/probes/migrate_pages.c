/*
 * Move the target's pages from node 0 to node 0: nothing moves, and
 * the node checks that follow the ptrace check always pass.
 */
static void
probe(pid_t pid, struct pa_outcome *o)
{
	unsigned long	 nodes = 1;

	if (syscall(SYS_migrate_pages, pid, sizeof(nodes) * 8, &nodes,
	    &nodes) == -1)
		pa_failed(o, errno);
	else
		pa_allowed(o);
}
