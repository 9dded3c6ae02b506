// SPDX-License-Identifier: GPL-2.0-only
/* Fixture: a helper that passes its caller's mode on, through another. */
#include <linux/ptrace.h>

static bool may_access_mm(struct mm_struct *mm, struct task_struct *task, unsigned int mode)
{
	if (mm == current->mm)
		return true;
	if (ptrace_may_access(task, mode))
		return true;
	if ((mode & PTRACE_MODE_READ) && perfmon_capable())
		return true;
	return false;
}

struct mm_struct *mm_access(struct task_struct *task, unsigned int mode)
	__must_hold(&task->alloc_lock)
{
	struct mm_struct *mm = get_task_mm(task);

	if (!mm)
		return ERR_PTR(-ESRCH);
	if (!may_access_mm(mm, task, mode)) {
		mmput(mm);
		mm = ERR_PTR(-EACCES);
	}
	return mm;
}
