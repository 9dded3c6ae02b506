// SPDX-License-Identifier: GPL-2.0-or-later
/* Fixture: a caller of mm_access(). */
#include <linux/ptrace.h>

static ssize_t process_vm_rw_core(pid_t pid, struct iov_iter *iter,
				  const struct iovec *rvec,
				  unsigned long riovcnt,
				  unsigned long flags, int vm_write)
{
	struct mm_struct *mm;

	/* Check if we have the permission to read or write the target. */
	mm = mm_access(task, PTRACE_MODE_ATTACH_REALCREDS);
	if (IS_ERR(mm))
		return PTR_ERR(mm) == -EACCES ? -EPERM : PTR_ERR(mm);
	return 0;
}
