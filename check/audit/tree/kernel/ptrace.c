// SPDX-License-Identifier: GPL-2.0-only
/*
 * Fixture: the check itself, and ptrace_attach() calling it directly
 * inside the cleanup macros.  ptrace_may_access(task, PTRACE_MODE_READ)
 * in a comment is not a call.
 */
#include <linux/ptrace.h>

static const char *why = "ptrace_may_access(task, PTRACE_MODE_ATTACH)";

static int __ptrace_may_access(struct task_struct *task, unsigned int mode)
{
	if (same_thread_group(task, current))
		return 0;
	return -EPERM;
}

bool ptrace_may_access(struct task_struct *task, unsigned int mode)
{
	int err;

	task_lock(task);
	err = __ptrace_may_access(task, mode);
	task_unlock(task);
	return !err;
}

static int ptrace_attach(struct task_struct *task, long request,
			 unsigned long addr, unsigned long flags)
{
	int retval;

	scoped_cond_guard (mutex_intr, return -ERESTARTNOINTR,
			   &task->signal->cred_guard_mutex) {

		scoped_guard (task_lock, task) {
			retval = __ptrace_may_access(task, PTRACE_MODE_ATTACH_REALCREDS);
			if (retval)
				return retval;
		}

		scoped_guard (write_lock_irq, &tasklist_lock) {
			if (unlikely(task->exit_state))
				return -EPERM;
		}
	}
	return 0;
}

SYSCALL_DEFINE4(ptrace, long, request, long, pid, unsigned long, addr,
		unsigned long, data)
{
	struct task_struct *child;

	if (request == PTRACE_ATTACH || request == PTRACE_SEIZE)
		return ptrace_attach(child, request, addr, data);
	return -EIO;
}
