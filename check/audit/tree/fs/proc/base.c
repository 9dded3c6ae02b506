// SPDX-License-Identifier: GPL-2.0
/* Fixture: the procfs helpers with a fixed mode and with the caller's. */
#include <linux/ptrace.h>

static int lock_trace(struct task_struct *task)
{
	int err = down_read_killable(&task->signal->exec_update_lock);

	if (err)
		return err;
	if (!ptrace_may_access(task, PTRACE_MODE_ATTACH_FSCREDS)) {
		up_read(&task->signal->exec_update_lock);
		return -EPERM;
	}
	return 0;
}

static int proc_pid_stack(struct seq_file *m, struct pid_namespace *ns,
			  struct pid *pid, struct task_struct *task)
{
	int err;

	if (!file_ns_capable(m->file, &init_user_ns, CAP_SYS_ADMIN))
		return -EACCES;
	err = lock_trace(task);
	if (!err)
		unlock_trace(task);
	return err;
}

struct mm_struct *proc_mem_open(struct inode *inode, unsigned int mode)
{
	struct task_struct *task = get_proc_task(inode);
	struct mm_struct *mm;

	if (!task)
		return ERR_PTR(-ESRCH);
	mm = mm_access(task, mode | PTRACE_MODE_FSCREDS);
	put_task_struct(task);
	return mm;
}

static int __mem_open(struct inode *inode, struct file *file, unsigned int mode)
{
	struct mm_struct *mm = proc_mem_open(inode, mode);

	if (IS_ERR_OR_NULL(mm))
		return mm ? PTR_ERR(mm) : -ESRCH;
	file->private_data = mm;
	return 0;
}

static int mem_open(struct inode *inode, struct file *file)
{
	return __mem_open(inode, file, PTRACE_MODE_ATTACH);
}

static const struct file_operations proc_mem_operations = {
	.open		= mem_open,
	.release	= mem_release,
};
