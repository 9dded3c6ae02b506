/* SPDX-License-Identifier: GPL-2.0 */
/* Fixture: declarations are not calls, nor are macro bodies. */
#ifndef _LINUX_PTRACE_H
#define _LINUX_PTRACE_H

#define PTRACE_MODE_READ	0x01
#define PTRACE_MODE_ATTACH	0x02
#define PTRACE_MODE_NOAUDIT	0x04
#define PTRACE_MODE_FSCREDS	0x08
#define PTRACE_MODE_REALCREDS	0x10
#define PTRACE_MODE_READ_FSCREDS (PTRACE_MODE_READ | PTRACE_MODE_FSCREDS)
#define PTRACE_MODE_READ_REALCREDS (PTRACE_MODE_READ | PTRACE_MODE_REALCREDS)
#define PTRACE_MODE_ATTACH_FSCREDS (PTRACE_MODE_ATTACH | PTRACE_MODE_FSCREDS)
#define PTRACE_MODE_ATTACH_REALCREDS (PTRACE_MODE_ATTACH | PTRACE_MODE_REALCREDS)

extern bool ptrace_may_access(struct task_struct *task, unsigned int mode);

#define ptrace_may_read(t) \
	ptrace_may_access(t, PTRACE_MODE_READ_REALCREDS)

static inline int ptrace_reparented(struct task_struct *child)
{
	return !same_thread_group(child->real_parent, child->parent);
}

#endif
