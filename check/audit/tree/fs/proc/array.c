// SPDX-License-Identifier: GPL-2.0
/* Fixture: a check in a scoped_guard block, with a mode variable. */
#include <linux/ptrace.h>

static int do_task_stat(struct seq_file *m, struct pid_namespace *ns,
			struct pid *pid, struct task_struct *task, int whole)
{
	unsigned int mode = PTRACE_MODE_READ_FSCREDS;
	char state;
	int permitted = 0;

	scoped_guard(rwsem_read, &task->signal->exec_update_lock) {
		permitted = ptrace_may_access(task, mode | PTRACE_MODE_NOAUDIT);
	}
	state = *get_task_state(task);
	seq_printf(m, "%c", state);
	return 0;
}
