// SPDX-License-Identifier: GPL-2.0
/* Fixture: a system call with two checks, and braces in #if branches. */
#include <linux/ptrace.h>

DEFINE_GUARD(kcmp_fixture, struct task_struct *, kcmp_lock(_T), kcmp_unlock(_T))

static long kcmp_epoll_target(struct task_struct *task1)
{
	return 0;
}

SYSCALL_DEFINE5(kcmp, pid_t, pid1, pid_t, pid2, int, type,
		unsigned long, idx1, unsigned long, idx2)
{
	struct task_struct *task1, *task2;
	int ret;

	guard(rcu)();
	/*
	 * One should have enough rights to inspect task details.
	 */
	if (!ptrace_may_access(task1, PTRACE_MODE_READ_REALCREDS) ||
	    !ptrace_may_access(task2, PTRACE_MODE_READ_REALCREDS)) {
		ret = -EPERM;
		goto err;
	}
#ifdef CONFIG_EPOLL
	if (type == KCMP_EPOLL_TFD) {
#else
	if (0) {
#endif
		ret = kcmp_epoll_target(task1);
	}
#if 0
	if (!ptrace_may_access(task1, PTRACE_MODE_ATTACH_FSCREDS)) {
		ret = -EACCES;
	}
#endif
err:
	return ret;
}
